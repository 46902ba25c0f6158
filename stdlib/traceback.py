"""traceback: extract, format and print the stack and exceptions' tracebacks.

The formatting of each entry (file, line, source text and CPython 3.11's carets) comes from
the interpreter's own traceback printer (`_traceback`), so `print_exc()` prints exactly what
an uncaught exception would. Frames are not objects in pyth: `tb_frame`, `walk_tb` and
`walk_stack` are not provided, and the `f` argument of the stack functions must be None.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException']

_sentinel = object()


class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name and source line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame_summary in self:
            key = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if key == last:
                count += 1
            else:
                if count > 3:
                    n = count - 3
                    result.append(f'  [Previous line repeated {n} more '
                                  f'time{"s" if n > 1 else ""}]\n')
                last = key
                count = 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            n = count - 3
            result.append(f'  [Previous line repeated {n} more '
                          f'time{"s" if n > 1 else ""}]\n')
        return result


def _limited(items, limit, from_end):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if from_end:
        if limit >= 0:
            return items[len(items) - limit:] if limit else []
        return items[:-limit]
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def _summaries(rows):
    return StackSummary.from_list(rows)


def _check_frame(f):
    if f is not None:
        raise NotImplementedError("pyth has no frame objects: pass f=None")


def _caller_rows(drop):
    # The running frames, outermost first, without this module's own frames.
    rows = _traceback.extract_stack()
    return rows[:len(rows) - drop]


# -- tracebacks ------------------------------------------------------------------------------

def extract_tb(tb, limit=None):
    return _summaries(_limited(_traceback.extract_tb(tb), limit, False))


def format_tb(tb, limit=None):
    pieces = _traceback.format_tb(tb)
    if limit is None and getattr(sys, 'tracebacklimit', None) is None:
        return pieces
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _write(''.join(format_tb(tb, limit)), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    _write(''.join(format_list(extracted_list)), file)


def _write(text, file):
    if file is None:
        file = sys.stderr
    file.write(text)


# -- exceptions ------------------------------------------------------------------------------

def _exception_value(exc, value, tb):
    if value is _sentinel and tb is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f"Exception expected for value, {type(exc).__name__} found")
    if value is _sentinel or tb is _sentinel:
        raise ValueError("Both or neither of value and tb must be given")
    if value is None:
        return None, None
    return value, tb


def _format_one(value, tb, limit, output):
    if tb is not None:
        output.append('Traceback (most recent call last):\n')
        output.extend(format_tb(tb, limit))
    output.extend(format_exception_only(value))


def _format_chain(value, tb, limit, chain, output, seen):
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            _format_chain(cause, cause.__traceback__, limit, chain, output, seen)
            output.append('\nThe above exception was the direct cause '
                          'of the following exception:\n\n')
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            _format_chain(context, context.__traceback__, limit, chain, output, seen)
            output.append('\nDuring handling of the above exception, '
                          'another exception occurred:\n\n')
    _format_one(value, tb, limit, output)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _exception_value(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    output = []
    _format_chain(value, tb, limit, chain, output, set())
    return output


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        return [f'{type(value).__name__}: {value}\n' if str(value) else
                f'{type(value).__name__}\n']
    lines = [_traceback.format_exception_only(value)]
    for note in getattr(value, '__notes__', None) or ():
        lines.append(f'{note}\n')
    return lines


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _write(''.join(format_exception(exc, value, tb, limit=limit, chain=chain)), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Frames are not objects in pyth: there is nothing to clear."""


# -- the running stack -----------------------------------------------------------------------

def extract_stack(f=None, limit=None):
    _check_frame(f)
    return _summaries(_limited(_caller_rows(1), limit, True))


def format_stack(f=None, limit=None):
    _check_frame(f)
    return _summaries(_limited(_caller_rows(1), limit, True)).format()


def print_stack(f=None, limit=None, file=None):
    _check_frame(f)
    _write(''.join(_summaries(_limited(_caller_rows(1), limit, True)).format()), file)


class TracebackException:
    """An exception captured for later formatting: type, message, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        self.stack = extract_tb(exc_traceback, limit)
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = bool(exc_value.__suppress_context__) if exc_value else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, limit=limit,
                                                      _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield ('\nThe above exception was the direct cause '
                       'of the following exception:\n\n')
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield ('\nDuring handling of the above exception, '
                       'another exception occurred:\n\n')
        tb = self._value.__traceback__ if self._value is not None else None
        if tb is not None:
            yield 'Traceback (most recent call last):\n'
            yield from format_tb(tb, self._limit)
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        for line in self.format(chain=chain):
            _write(line, file)
