"""fnmatch: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) on file names."""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat, after normalising case as the OS does (not on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat."""
    pat = os.path.normcase(pat)
    compiled = _compile(pat)
    if os.path is posixpath:
        return [name for name in names if _match(compiled, name, 0, 0)]
    return [name for name in names if _match(compiled, os.path.normcase(name), 0, 0)]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _match(_compile(pat), name, 0, 0)


def _compile(pat):
    """The pattern as tokens: ('*',), ('?',), ('set', negated, chars, ranges) or ('lit', c)."""
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            chars = set()
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    if body[k] <= body[k + 2]:
                        ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    chars.add(body[k])
                    k += 1
            tokens.append(('set', negated, chars, ranges))
        else:
            tokens.append(('lit', c))
    return tokens


def _match(tokens, name, ti, ni):
    # Backtracking only at '*': the last star is retried one character further each time.
    star_ti = -1
    star_ni = 0
    while ni < len(name) or ti < len(tokens):
        if ti < len(tokens):
            tok = tokens[ti]
            kind = tok[0]
            if kind == '*':
                star_ti = ti
                star_ni = ni
                ti += 1
                continue
            if ni < len(name):
                c = name[ni]
                if kind == '?':
                    ok = True
                elif kind == 'lit':
                    ok = c == tok[1]
                else:
                    inside = c in tok[2] or any(lo <= c <= hi for lo, hi in tok[3])
                    ok = inside != tok[1]
                if ok:
                    ti += 1
                    ni += 1
                    continue
        if star_ti >= 0 and star_ni < len(name):
            star_ni += 1
            ti = star_ti + 1
            ni = star_ni
            continue
        return False
    return True


def translate(pat):
    """The pattern as a regular expression (for `re`)."""
    parts = []
    for tok in _compile(pat):
        kind = tok[0]
        if kind == '*':
            parts.append('.*')
        elif kind == '?':
            parts.append('.')
        elif kind == 'lit':
            c = tok[1]
            parts.append('\\' + c if c in '.^$*+?{}[]\\|()' or c == ' ' else c)
        else:
            body = ''.join(sorted(tok[2]))
            body = body.replace('\\', '\\\\').replace(']', '\\]').replace('^', '\\^')
            body += ''.join(f'{lo}-{hi}' for lo, hi in tok[3])
            parts.append(('[^' if tok[1] else '[') + body + ']')
    return '(?s:' + ''.join(parts) + ')\\Z'
