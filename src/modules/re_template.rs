//! Replacement templates of `re.sub` and `Match.expand`: `\1`, `\g<name>`, `\g<2>`, the
//! character escapes, checked as CPython checks them.

use super::re::Pattern;
use super::re_translate::SyntaxError;

pub enum Piece {
    Text(String),
    Group(usize),
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        msg: msg.into(),
        pos,
    })
}

pub fn parse_template(t: &str, pat: &Pattern) -> Result<Vec<Piece>, SyntaxError> {
    let c: Vec<char> = t.chars().collect();
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut i = 0;
    let group = |n: usize, at: usize| -> Result<usize, SyntaxError> {
        if n > pat.groups {
            return err(format!("invalid group reference {n}"), at);
        }
        Ok(n)
    };
    while i < c.len() {
        if c[i] != '\\' {
            text.push(c[i]);
            i += 1;
            continue;
        }
        let at = i;
        let Some(&d) = c.get(i + 1) else {
            return err("bad escape (end of pattern)", at);
        };
        i += 2;
        let push_group = |pieces: &mut Vec<Piece>, text: &mut String, n: usize| {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(text)));
            }
            pieces.push(Piece::Group(n));
        };
        match d {
            'g' => {
                if c.get(i) != Some(&'<') {
                    return err("missing <", i);
                }
                let start = i + 1;
                if start >= c.len() {
                    return err("missing group name", start);
                }
                let Some(len) = c[start..].iter().position(|&x| x == '>') else {
                    return err("missing >, unterminated name", start);
                };
                let name: String = c[start..start + len].iter().collect();
                if name.is_empty() {
                    return err("missing group name", start);
                }
                let n = if name.chars().all(|x| x.is_ascii_digit()) {
                    let n: usize = name.parse().unwrap_or(usize::MAX);
                    group(n, start)?
                } else {
                    let ident = name
                        .chars()
                        .next()
                        .is_some_and(|x| x.is_alphabetic() || x == '_')
                        && name.chars().all(|x| x.is_alphanumeric() || x == '_');
                    if !ident {
                        return err(format!("bad character in group name '{name}'"), start);
                    }
                    match pat.names.iter().find(|(nm, _)| *nm == name) {
                        Some((_, g)) => *g,
                        None => return err(format!("unknown group name '{name}'"), start),
                    }
                };
                push_group(&mut pieces, &mut text, n);
                i = start + len + 1;
            }
            '0' => {
                // Octal: \0, \0d, \0dd.
                let mut v = 0u32;
                let mut k = 0;
                while k < 2
                    && let Some(x) = c.get(i).and_then(|x| x.to_digit(8))
                {
                    v = v * 8 + x;
                    i += 1;
                    k += 1;
                }
                text.push(char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let d1 = c.get(i).copied();
                let d2 = c.get(i + 1).copied();
                let octal3 = d <= '7'
                    && d1.is_some_and(|x| x.is_digit(8))
                    && d2.is_some_and(|x| x.is_digit(8));
                if octal3 {
                    let digits: String = [d, d1.unwrap_or('0'), d2.unwrap_or('0')].iter().collect();
                    let v = u32::from_str_radix(&digits, 8).unwrap_or(0);
                    if v > 0o377 {
                        return err(
                            format!("octal escape value \\{digits} outside of range 0-0o377"),
                            at,
                        );
                    }
                    text.push(char::from_u32(v).unwrap_or('\0'));
                    i += 2;
                } else {
                    let mut n = d.to_digit(10).unwrap_or(0) as usize;
                    if let Some(x) = d1.and_then(|x| x.to_digit(10)) {
                        n = n * 10 + x as usize;
                        i += 1;
                    }
                    let n = group(n, at + 1)?;
                    push_group(&mut pieces, &mut text, n);
                }
            }
            'n' => text.push('\n'),
            't' => text.push('\t'),
            'r' => text.push('\r'),
            'f' => text.push('\u{c}'),
            'v' => text.push('\u{b}'),
            'a' => text.push('\u{7}'),
            'b' => text.push('\u{8}'),
            '\\' => text.push('\\'),
            x if x.is_ascii_alphabetic() => return err(format!("bad escape \\{x}"), at),
            x => {
                // Other escapes stay as written.
                text.push('\\');
                text.push(x);
            }
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// Appends the template filled from one match (unmatched groups give "").
pub fn expand(pieces: &[Piece], subject: &str, spans: &[Option<(usize, usize)>], out: &mut String) {
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Group(n) => {
                if let Some(Some((a, b))) = spans.get(*n) {
                    out.push_str(&subject[*a..*b]);
                }
            }
        }
    }
}
