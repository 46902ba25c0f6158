//! CPython-exact `repr()` of floats, strings and bytes.
//!
//! Used by `ast.dump()`-style printing and, later, by the VM's `repr`/`str`.

use std::fmt::Write as _;

use super::printable::NON_PRINTABLE;
use super::str::PyStr;

/// `repr(f)` for a Python float: the shortest digits that round-trip, laid out as CPython
/// does (`1e+16`, `1.5e-05`, `0.0001`, `123.0`, `-0.0`, `inf`, `nan`).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's `{:e}` prints the shortest round-trip digits: `-1.2345e-7`, `1e16`, `0e0`.
    let mut sci = format!("{:e}", f);
    let ndigits = sci
        .split_once('e')
        .map_or(0, |(m, _)| m.bytes().filter(u8::is_ascii_digit).count());
    if ndigits >= 16 {
        // When the shortest digits are an exact tie between two candidates (the value is
        // `…x5` exactly), Rust's shortest mode rounds half up while CPython's dtoa picks the
        // correctly rounded (half-even) one. Prefer the correctly rounded digits of the same
        // length whenever they round-trip too.
        let exact = format!("{:.*e}", ndigits - 1, f);
        if exact != sci && exact.parse::<f64>() == Ok(f) {
            sci = exact;
        }
    }
    let (neg, sci) = match sci.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, sci.as_str()),
    };
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` output has an exponent");
    let exp: i32 = exp.parse().expect("`{:e}` exponent is an integer");
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    let ndigits = digits.len() as i32;

    let mut out = String::with_capacity(24);
    if neg {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        // Exponent form: d[.ddd]e±XX (at least two exponent digits).
        out.push_str(&digits[..1]);
        if ndigits > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(out, "e{}{:02}", sign, exp.abs());
    } else if exp < 0 {
        // 0.000ddd
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        // The decimal point goes after `exp + 1` digits.
        let point = (exp + 1) as usize;
        if digits.len() <= point {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

/// CPython's `str.isprintable()` for one character (Unicode 14.0, as Python 3.11).
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    if c < 0x7F {
        return c >= 0x20;
    }
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// `repr(s)` for a Python str.
pub fn str_repr(s: &str) -> String {
    let quote = repr_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        push_repr_char(&mut out, c as u32, quote);
    }
    out.push(quote);
    out
}

/// `repr(s)` for a Python str that may hold lone surrogates (shown as `\ud800`).
pub fn pystr_repr(s: &PyStr) -> String {
    if !s.has_surrogates() {
        return str_repr(s.as_str());
    }
    let text = s.as_str();
    let quote = repr_quote(text.contains('\''), text.contains('"'));
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for cp in s.code_points() {
        push_repr_char(&mut out, cp, quote);
    }
    out.push(quote);
    out
}

/// CPython's choice of quote: double quotes only when the text has `'` but no `"`.
fn repr_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// One code point of a str repr: itself if printable, otherwise an escape.
fn push_repr_char(out: &mut String, cp: u32, quote: char) {
    let Some(c) = char::from_u32(cp) else {
        // A lone surrogate: never printable.
        let _ = write!(out, "\\u{:04x}", cp);
        return;
    };
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        ' '..='~' => out.push(c),
        c if (c as u32) < 0x7F => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c if is_printable(c) => out.push(c),
        c => {
            let n = c as u32;
            let _ = if n <= 0xFF {
                write!(out, "\\x{:02x}", n)
            } else if n <= 0xFFFF {
                write!(out, "\\u{:04x}", n)
            } else {
                write!(out, "\\U{:08x}", n)
            };
        }
    }
}

/// `repr(b)` for a Python bytes object.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'~' => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{:02x}", c);
            }
        }
    }
    out.push(quote as char);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values below were produced by CPython 3.11's repr().

    #[test]
    // The tie cases are written exactly (they are representable) to show the tie.
    #[allow(clippy::excessive_precision)]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (123.0, "123.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (5e-5, "5e-05"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1234567890123456.7, "1234567890123456.8"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (1e100, "1e+100"),
            (1e-100, "1e-100"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (2.5, "2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (-1.25e-7, "-1.25e-07"),
            (1e22, "1e+22"),
            (123456.789, "123456.789"),
            (0.0001 * 1.1, "0.00011000000000000002"),
            // Exact ties in the last shortest digit: CPython rounds half-even.
            (1223383794756801.25, "1223383794756801.2"),
            (-233891771783429.625, "-233891771783429.62"),
            (178282446750899.125, "178282446750899.12"),
        ];
        for &(f, want) in cases {
            assert_eq!(float_repr(f), want, "float_repr({f:?})");
        }
    }

    #[test]
    fn strings() {
        let cases: &[(&str, &str)] = &[
            ("", "''"),
            ("a", "'a'"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("'\"", "'\\'\"'"),
            ("a\\b", "'a\\\\b'"),
            ("\n\r\t\x00\x7f\x1b", "'\\n\\r\\t\\x00\\x7f\\x1b'"),
            ("\u{80}\u{a0}\u{ad}\u{e9}", "'\\x80\\xa0\\xad\u{e9}'"),
            ("é€😀", "'é€😀'"),
            ("\u{200b}\u{2028}\u{feff}", "'\\u200b\\u2028\\ufeff'"),
            ("\u{e0001}\u{10ffff}", "'\\U000e0001\\U0010ffff'"),
            (" \u{3000}\u{a0}", "' \\u3000\\xa0'"),
        ];
        for &(s, want) in cases {
            assert_eq!(str_repr(s), want, "str_repr({s:?})");
        }
    }

    #[test]
    fn printable() {
        assert!(is_printable('a'));
        assert!(is_printable(' '));
        assert!(!is_printable('\u{3000}'));
        assert!(!is_printable('\u{378}'));
        assert!(is_printable('\u{377}'));
        assert!(!is_printable('\u{10ffff}'));
        assert!(is_printable('\u{1f600}'));
    }

    #[test]
    fn bytes() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "b''"),
            (b"abc", "b'abc'"),
            (b"it's", "b\"it's\""),
            (b"\"", "b'\"'"),
            (b"'\"", "b'\\'\"'"),
            (b"\\", "b'\\\\'"),
            (
                b"\n\r\t\x00\x7f\x80\xff ",
                "b'\\n\\r\\t\\x00\\x7f\\x80\\xff '",
            ),
        ];
        for &(b, want) in cases {
            assert_eq!(bytes_repr(b), want, "bytes_repr({b:?})");
        }
    }
}
