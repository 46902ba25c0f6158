//! Python's format-specification mini-language (`format()`, `str.format`,
//! f-strings) and printf-style (`%` operator) number/string formatting, as
//! pure functions following CPython 3.11.
//!
//! Errors are returned as the exact CPython exception message.  Almost all are
//! `ValueError`s; [`is_overflow_error`] tells which ones CPython raises as
//! `OverflowError`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::repr::float_repr;

/// Largest width/precision we are willing to materialise (CPython would try
/// and raise `MemoryError` much later); larger ones give [`TOO_LARGE`].
const MAX_FIELD: usize = 1 << 28;

/// Error message used when a width or precision is too large to render.
pub const TOO_LARGE: &str = "format result too large";

/// True if `msg` (an error from this module) is an `OverflowError` in
/// CPython rather than a `ValueError`.
pub fn is_overflow_error(msg: &str) -> bool {
    matches!(
        msg,
        "%c arg not in range(0x110000)"
            | "Python int too large to convert to C long"
            | "int too large to convert to float"
    )
}

// ---------------------------------------------------------------------------
// Format-spec mini-language
// ---------------------------------------------------------------------------

/// A parsed standard format specifier
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// `align: None` means "the type's default" (`>` for numbers, `<` for str,
/// or `=` for numbers when `zero` is set).  When `zero` is set (the `0`
/// before the width, with no explicit fill), `fill` is `'0'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default `' '`).
    pub fill: char,
    /// Explicit alignment: one of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// Sign option: `+`, `-` or `' '`.
    pub sign: Option<char>,
    /// The `z` option (coerce negative zero to positive zero; floats only).
    pub no_neg_zero: bool,
    /// The `#` alternate form.
    pub alternate: bool,
    /// The `0` zero-padding flag before the width.
    pub zero: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits after the point, significant digits, or max chars).
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: None,
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// Effective alignment for a type whose default alignment is `default`.
    fn align_or(&self, default: char) -> char {
        self.align.unwrap_or(if self.zero && default == '>' {
            '='
        } else {
            default
        })
    }
}

/// Parse a format spec; see [`parse_format_spec_for`].  The only
/// type-dependent message (`Invalid format specifier ... for object of type
/// 'T'`) names type `object` here, so prefer [`parse_format_spec_for`].
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object")
}

/// Reads a run of ASCII digits; returns (value, digits consumed).
fn get_integer(c: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut v: usize = 0;
    let mut n = 0;
    while let Some(d) = c
        .get(*pos)
        .and_then(|ch| ch.to_digit(10).filter(|_| ch.is_ascii()))
    {
        let d = d as usize;
        if v > (isize::MAX as usize - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        v = v * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((v, n))
}

fn char_for_msg(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{u:x}")
    }
}

fn cannot_specify(sep: char, ty: char) -> String {
    format!("Cannot specify '{sep}' with '{}'.", char_for_msg(ty))
}

fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        char_for_msg(ty)
    )
}

/// Parse a standard format spec for an object of Python type `type_name`
/// (used only in the `Invalid format specifier` message), with CPython
/// 3.11's parse-time validation (grouping/type compatibility, missing
/// precision, `Too many decimal digits in format string`, ...).
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    let c: Vec<char> = spec.chars().collect();
    let n = c.len();
    let mut pos = 0;
    let mut s = FormatSpec::default();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if n >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        fill_specified = true;
        pos = 2;
    } else if n >= 1 && is_align(c[0]) {
        s.align = Some(c[0]);
        pos = 1;
    }
    if pos < n && matches!(c[pos], '+' | '-' | ' ') {
        s.sign = Some(c[pos]);
        pos += 1;
    }
    if pos < n && c[pos] == 'z' {
        s.no_neg_zero = true;
        pos += 1;
    }
    if pos < n && c[pos] == '#' {
        s.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < n && c[pos] == '0' {
        s.fill = '0';
        s.zero = true;
        pos += 1;
    }
    let (w, consumed) = get_integer(&c, &mut pos)?;
    if consumed > 0 {
        s.width = Some(w);
    }
    if pos < n && c[pos] == ',' {
        s.grouping = Some(',');
        pos += 1;
    }
    let both = "Cannot specify both ',' and '_'.";
    if pos < n && c[pos] == '_' {
        if s.grouping.is_some() {
            return Err(both.to_string());
        }
        s.grouping = Some('_');
        pos += 1;
    }
    if pos < n && c[pos] == ',' && s.grouping == Some('_') {
        return Err(both.to_string());
    }
    if pos < n && c[pos] == '.' {
        pos += 1;
        let (p, consumed) = get_integer(&c, &mut pos)?;
        if consumed == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        s.precision = Some(p);
    }
    if n - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        ));
    }
    if n - pos == 1 {
        s.ty = Some(c[pos]);
    }
    if let (Some(sep), Some(ty)) = (s.grouping, s.ty) {
        let ok = match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
            'b' | 'o' | 'x' | 'X' => sep == '_',
            _ => false,
        };
        if !ok {
            return Err(cannot_specify(sep, ty));
        }
    }
    Ok(s)
}

fn check_size(spec: &FormatSpec) -> Result<(), String> {
    if spec.width.unwrap_or(0) > MAX_FIELD || spec.precision.unwrap_or(0) > MAX_FIELD {
        return Err(TOO_LARGE.to_string());
    }
    Ok(())
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: group `digits`, padding
/// with zeros (and separators) up to `min_width` characters.
fn group_digits(digits: &str, min_width: isize, grouping: Option<(char, usize)>) -> String {
    let d: Vec<char> = digits.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(d.len() + min_width.max(0) as usize);
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut end = d.len();
    let mut emit = |out: &mut Vec<char>, n_chars: isize, n_zeros: isize, sep: Option<char>| {
        if let Some(sep) = sep {
            out.push(sep);
        }
        let n_chars = n_chars.max(0) as usize;
        for i in 0..n_chars {
            out.push(d[end - 1 - i]);
        }
        end -= n_chars;
        out.extend(std::iter::repeat_n('0', n_zeros.max(0) as usize));
    };
    match grouping {
        Some((sep, size)) => {
            let size = size as isize;
            let mut use_sep = false;
            loop {
                let l = size.min(remaining.max(min_width).max(1));
                let n_zeros = (l - remaining).max(0);
                let n_chars = remaining.min(l).max(0);
                emit(&mut out, n_chars, n_zeros, use_sep.then_some(sep));
                use_sep = true;
                remaining -= n_chars;
                min_width -= l;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let l = remaining.max(min_width).max(1);
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(&mut out, n_chars, n_zeros, None);
        }
    }
    out.iter().rev().collect()
}

/// The parts of a formatted number, laid out like CPython's
/// `calc_number_widths` + `fill_number`.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn layout_number(
    num: &Number,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    check_size(spec)?;
    let align = spec.align_or('>');
    let fill = spec.fill;
    let sign = match spec.sign {
        Some('+') => Some(if num.negative { '-' } else { '+' }),
        Some(' ') => Some(if num.negative { '-' } else { ' ' }),
        _ => num.negative.then_some('-'),
    };
    let n_non_digit = sign.is_some() as isize
        + num.prefix.chars().count() as isize
        + num.has_decimal as isize
        + num.remainder.chars().count() as isize;
    let width: isize = spec.width.map_or(-1, |w| w as isize);
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if num.digits.is_empty() {
        String::new()
    } else {
        group_digits(num.digits, min_width, grouping)
    };
    let n_padding = width - (n_non_digit + grouped.chars().count() as isize);
    let (mut lpad, mut spad, mut rpad) = (0usize, 0usize, 0usize);
    if n_padding > 0 {
        let p = n_padding as usize;
        match align {
            '<' => rpad = p,
            '^' => {
                lpad = p / 2;
                rpad = p - lpad;
            }
            '=' => spad = p,
            _ => lpad = p,
        }
    }
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, lpad));
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(num.prefix);
    out.extend(std::iter::repeat_n(fill, spad));
    out.push_str(&grouped);
    if num.has_decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// Correctly rounded (half-to-even) `int` -> `float`, as `float(int)`.
fn bigint_to_f64(v: &BigInt) -> Result<f64, String> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let f = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        if bits > 1024 {
            return Err("int too large to convert to float".to_string());
        }
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        let top = top | sticky as u64;
        // 2^shift, with shift <= 960.
        let scale = f64::from_bits((1023 + shift) << 52);
        top as f64 * scale
    };
    if f.is_infinite() {
        return Err("int too large to convert to float".to_string());
    }
    Ok(if v.is_negative() { -f } else { f })
}

/// `format(v, spec)` for a Python `int` (types b c d o x X n, none, and
/// e E f F g G % via conversion to float).
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(bigint_to_f64(v)?, spec);
        }
        _ => return Err(unknown_code(ty, "int")),
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let x = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let ch = char::from_u32(x as u32)
            .ok_or_else(|| "%c arg is a surrogate code point (unsupported)".to_string())?;
        let rem = ch.to_string();
        let num = Number {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: &rem,
        };
        return layout_number(&num, spec, None);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (spec.grouping, ty) {
        (_, 'n') => None,
        (Some('_'), _) => Some(('_', if base == 10 { 3 } else { 4 })),
        (Some(sep), _) => Some((sep, 3)),
        (None, _) => None,
    };
    let num = Number {
        negative: v.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&num, spec, grouping)
}

/// `format(v, spec)` for a Python `float` (types e E f F g G n % and none).
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, String> {
    let ty = spec.ty;
    if let Some(c) = ty
        && !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    {
        return Err(unknown_code(c, "float"));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".to_string());
    }
    check_size(spec)?;
    let (mode, default_prec, add_dot_0) = match ty {
        None => ('r', 0, true),
        Some('n') => ('g', 6, false),
        Some('%') => ('f', 6, false),
        Some(c) => (c, 6, false),
    };
    let val = if ty == Some('%') { v * 100.0 } else { v };
    let (mode, prec) = match spec.precision {
        None => (mode, default_prec),
        Some(p) => (if mode == 'r' { 'g' } else { mode }, p),
    };
    let mut s = double_to_string(val, mode, prec, spec.alternate, add_dot_0, spec.no_neg_zero);
    if ty == Some('%') {
        s.push('%');
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(ndig);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = match (spec.grouping, ty) {
        (_, Some('n')) | (None, _) => None,
        (Some(sep), _) => Some((sep, 3)),
    };
    let num = Number {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&num, spec, grouping)
}

/// `format(v, spec)` for a Python `str` (type `s` or none).
pub fn format_str(v: &str, spec: &FormatSpec) -> Result<String, String> {
    match spec.ty {
        None => {
            if let Some(sep) = spec.grouping {
                return Err(cannot_specify(sep, 's'));
            }
        }
        Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    match spec.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    check_size(spec)?;
    let len = v.chars().count();
    let (text, len) = match spec.precision {
        Some(p) if p < len => (v.char_indices().nth(p).map_or(v, |(i, _)| &v[..i]), p),
        _ => (v, len),
    };
    Ok(pad(text, len, spec.width.unwrap_or(0), align, spec.fill))
}

fn pad(text: &str, len: usize, width: usize, align: char, fill: char) -> String {
    if width <= len {
        return text.to_string();
    }
    let p = width - len;
    let (l, r) = match align {
        '<' => (0, p),
        '^' => (p / 2, p - p / 2),
        _ => (p, 0),
    };
    let mut out = String::with_capacity(text.len() + p);
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, r));
    out
}

// ---------------------------------------------------------------------------
// Float to string (CPython's PyOS_double_to_string)
// ---------------------------------------------------------------------------

/// `|a|` rounded to `prec` digits after the point (exact, half-to-even).
fn fixed(a: f64, prec: usize) -> String {
    // Every f64 is exact within 1074 fractional digits; pad beyond that.
    const LIM: usize = 1100;
    if prec <= LIM {
        format!("{a:.prec$}")
    } else {
        let mut s = format!("{a:.LIM$}");
        s.extend(std::iter::repeat_n('0', prec - LIM));
        s
    }
}

/// `|a|` in scientific form with `prec` digits after the point: returns
/// the mantissa (`d.ddd`, or `d` when prec is 0) and the decimal exponent.
fn sci(a: f64, prec: usize) -> (String, i64) {
    // An f64 has at most 767 significant decimal digits; pad beyond that.
    const LIM: usize = 800;
    let s = format!("{a:.*e}", prec.min(LIM));
    let (m, e) = s.split_once('e').unwrap_or((s.as_str(), "0"));
    let mut m = m.to_string();
    if prec > LIM {
        m.extend(std::iter::repeat_n('0', prec - LIM));
    }
    (m, e.parse().unwrap_or(0))
}

fn push_exponent(out: &mut String, upper: bool, exp: i64) {
    out.push(if upper { 'E' } else { 'e' });
    out.push_str(&format!("{exp:+03}"));
}

/// 'g' formatting, following CPython's `format_float_short`.
fn g_format(a: f64, prec: usize, alt: bool, add_dot_0: bool, upper: bool) -> String {
    let p = prec.max(1);
    let (m, e) = sci(a, p - 1);
    let mut digits: String = m.chars().filter(|c| *c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    let p = p as i64;
    let dl = digits.len() as i64;
    let mut decpt = e + 1;
    let use_exp = decpt <= -4 || decpt > if add_dot_0 { p - 1 } else { p };
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    let mut vend = if alt { p.max(dl) } else { dl };
    vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    let zeros = |n: i64| "0".repeat(n.max(0) as usize);
    let mut out = String::new();
    if decpt <= 0 {
        out.push_str(&zeros(decpt - vstart));
        out.push('.');
        out.push_str(&zeros(-decpt));
    }
    if 0 < decpt && decpt <= dl {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if dl < decpt {
        out.push_str(&zeros(decpt - dl));
        out.push('.');
        out.push_str(&zeros(vend - decpt));
    } else {
        out.push_str(&zeros(vend - dl));
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        push_exponent(&mut out, upper, exp);
    }
    out
}

/// CPython's `PyOS_double_to_string(val, mode, prec, flags)` for modes
/// e E f F g G and 'r' (repr); `add_dot_0` and `no_neg_0` are the
/// `Py_DTSF_ADD_DOT_0` / `Py_DTSF_NO_NEG_0` flags, `alt` is `Py_DTSF_ALT`.
fn double_to_string(
    val: f64,
    mode: char,
    prec: usize,
    alt: bool,
    add_dot_0: bool,
    no_neg_0: bool,
) -> String {
    let upper = matches!(mode, 'E' | 'F' | 'G');
    if val.is_nan() {
        return if upper { "NAN" } else { "nan" }.to_string();
    }
    if val.is_infinite() {
        let s = if upper { "INF" } else { "inf" };
        return if val < 0.0 {
            format!("-{s}")
        } else {
            s.to_string()
        };
    }
    let a = val.abs();
    let body = match mode {
        'f' | 'F' => {
            let mut s = fixed(a, prec);
            if alt && prec == 0 {
                s.push('.');
            }
            s
        }
        'e' | 'E' => {
            let (mut s, e) = sci(a, prec);
            if alt && prec == 0 {
                s.push('.');
            }
            push_exponent(&mut s, upper, e);
            s
        }
        'g' | 'G' => g_format(a, prec, alt, add_dot_0, upper),
        _ => {
            let mut r = float_repr(a);
            if alt && !r.contains('.') {
                match r.find('e') {
                    Some(i) => r.insert(i, '.'),
                    None => r.push('.'),
                }
            }
            r
        }
    };
    let mantissa_zero = body
        .chars()
        .take_while(|c| *c != 'e' && *c != 'E')
        .all(|c| !c.is_ascii_digit() || c == '0');
    if val.is_sign_negative() && !(no_neg_0 && mantissa_zero) {
        format!("-{body}")
    } else {
        body
    }
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// One `%` conversion of a printf-style format string (flags, width,
/// precision, conversion character).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PrintfSpec {
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always show a sign for numbers.
    pub plus: bool,
    /// `' '`: space before positive numbers.
    pub space: bool,
    /// `0`: zero-pad numbers.
    pub zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision.
    pub precision: Option<usize>,
    /// Conversion character: one of `s r a c d i u o x X e E f F g G`.
    pub conv: char,
}

impl PrintfSpec {
    /// Fill in a `*` width from its argument: a negative width means
    /// left-justify with `|w|`, as CPython does.
    pub fn set_star_width(&mut self, w: i64) -> Result<(), String> {
        if w < 0 {
            self.minus = true;
        }
        let w = w.unsigned_abs();
        if w > MAX_FIELD as u64 {
            return Err("width too big".to_string());
        }
        self.width = Some(w as usize);
        Ok(())
    }

    /// Fill in a `*` precision from its argument (negative means 0).
    pub fn set_star_precision(&mut self, p: i64) -> Result<(), String> {
        if p > MAX_FIELD as i64 {
            return Err("precision too big".to_string());
        }
        self.precision = Some(p.max(0) as usize);
        Ok(())
    }
}

/// A piece of a parsed printf-style format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintfPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    /// A conversion that consumes an argument.
    Conv {
        /// The `(name)` mapping key, if any.
        key: Option<String>,
        /// Flags, width, precision and conversion character.
        spec: PrintfSpec,
        /// Width was `*`: the caller takes it from the next argument (before
        /// the precision and the value) and calls [`PrintfSpec::set_star_width`].
        width_star: bool,
        /// Precision was `*`: taken from the next argument, see
        /// [`PrintfSpec::set_star_precision`].
        precision_star: bool,
    },
}

/// Split a printf-style format string into literal text and conversions.
/// Errors as CPython: `incomplete format`, `incomplete format key`,
/// `width too big`, `precision too big`,
/// `unsupported format character 'z' (0x7a) at index 1` (CPython reports the
/// last one only after fetching the argument; here it is reported eagerly).
pub fn parse_printf(fmt: &str) -> Result<Vec<PrintfPiece>, String> {
    let c: Vec<char> = fmt.chars().collect();
    let n = c.len();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let incomplete = || "incomplete format".to_string();
    while i < n {
        if c[i] != '%' {
            lit.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= n {
            return Err(incomplete());
        }
        if c[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        if !lit.is_empty() {
            pieces.push(PrintfPiece::Literal(std::mem::take(&mut lit)));
        }
        let mut key = None;
        if c[i] == '(' {
            i += 1;
            let start = i;
            let mut depth = 1;
            while depth > 0 && i < n {
                match c[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".to_string());
            }
            key = Some(c[start..i - 1].iter().collect::<String>());
        }
        let next = |i: &mut usize| -> Result<char, String> {
            let ch = *c.get(*i).ok_or_else(incomplete)?;
            *i += 1;
            Ok(ch)
        };
        let mut spec = PrintfSpec::default();
        let mut ch;
        loop {
            ch = next(&mut i)?;
            match ch {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
        }
        let (mut width_star, mut precision_star) = (false, false);
        if ch == '*' {
            width_star = true;
            ch = next(&mut i)?;
        } else if let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii()) {
            let mut w = d as usize;
            loop {
                ch = next(&mut i)?;
                let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii()) else {
                    break;
                };
                if w > (isize::MAX as usize - d as usize) / 10 {
                    return Err("width too big".to_string());
                }
                w = w * 10 + d as usize;
            }
            if w > MAX_FIELD {
                return Err("width too big".to_string());
            }
            spec.width = Some(w);
        }
        if ch == '.' {
            spec.precision = Some(0);
            ch = next(&mut i)?;
            if ch == '*' {
                precision_star = true;
                ch = next(&mut i)?;
            } else if let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii()) {
                let mut p = d as usize;
                loop {
                    ch = next(&mut i)?;
                    let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii()) else {
                        break;
                    };
                    if p > (i32::MAX as usize - d as usize) / 10 {
                        return Err("precision too big".to_string());
                    }
                    p = p * 10 + d as usize;
                }
                if p > MAX_FIELD {
                    return Err("precision too big".to_string());
                }
                spec.precision = Some(p);
            }
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = next(&mut i)?;
        }
        if !"sraciduoxXeEfFgG".contains(ch) {
            let u = ch as u32;
            let shown = if (31..=126).contains(&u) { ch } else { '?' };
            return Err(format!(
                "unsupported format character '{shown}' (0x{u:x}) at index {}",
                i - 1
            ));
        }
        spec.conv = ch;
        pieces.push(PrintfPiece::Conv {
            key,
            spec,
            width_star,
            precision_star,
        });
    }
    if !lit.is_empty() {
        pieces.push(PrintfPiece::Literal(lit));
    }
    Ok(pieces)
}

/// CPython's `unicode_format_arg_output` for a numeric conversion: `body`
/// is the number's text (possibly starting with `-`), `prefix_len` the
/// length of a `0x`/`0o` prefix following the sign (0 if none).
fn printf_output(body: &str, prefix_len: usize, spec: &PrintfSpec) -> String {
    let chars: Vec<char> = body.chars().collect();
    let mut len = chars.len();
    let mut width = spec.width.unwrap_or(0);
    if width <= len && !spec.plus && !spec.space {
        return body.to_string();
    }
    let fill = if spec.zero { '0' } else { ' ' };
    let mut pindex = 0;
    let signchar = match chars.first() {
        Some(&c @ ('-' | '+')) => {
            pindex = 1;
            len -= 1;
            Some(c)
        }
        _ if spec.plus => Some('+'),
        _ if spec.space => Some(' '),
        _ => None,
    };
    width = width.max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefix: String = chars[pindex..pindex + prefix_len].iter().collect();
    if prefix_len > 0 {
        if fill != ' ' {
            out.push_str(&prefix);
        }
        width = width.saturating_sub(prefix_len);
        len -= prefix_len;
    }
    let rest = &chars[pindex + prefix_len..];
    if width > len && !spec.minus {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = signchar {
            out.push(s);
        }
        out.push_str(&prefix);
    }
    out.extend(rest.iter());
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

/// `%d %i %u %o %x %X` of an int (any other `conv` is treated as `d`).
pub fn printf_int(v: &BigInt, spec: &PrintfSpec) -> String {
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if let Some(p) = spec.precision
        && p > digits.len()
    {
        digits.insert_str(0, &"0".repeat(p - digits.len()));
    }
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let sign = if v.is_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    printf_output(&format!("{sign}{prefix}{digits}"), prefix.len(), spec)
}

/// `%e %E %f %F %g %G` of a float (default precision 6; any other `conv`
/// is treated as `g`).
pub fn printf_float(v: f64, spec: &PrintfSpec) -> String {
    let conv = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let prec = spec.precision.unwrap_or(6);
    let body = double_to_string(v, conv, prec, spec.alternate, false, false);
    printf_output(&body, 0, spec)
}

/// `%s %r %a %c` of an already-converted string: precision truncates (for
/// s/r/a), width pads on the left (or the right with `-`); other flags are
/// ignored.
pub fn printf_str(s: &str, spec: &PrintfSpec) -> String {
    let mut text = s;
    let mut len = s.chars().count();
    if matches!(spec.conv, 's' | 'r' | 'a')
        && let Some(p) = spec.precision
        && p < len
    {
        text = s.char_indices().nth(p).map_or(s, |(i, _)| &s[..i]);
        len = p;
    }
    let align = if spec.minus { '<' } else { '>' };
    pad(text, len, spec.width.unwrap_or(0), align, ' ')
}

#[cfg(test)]
#[allow(clippy::approx_constant)] // 3.14159 is test data, not PI
mod tests {
    //! Expected strings were produced by CPython 3.11 (`format(v, spec)` and
    //! `fmt % (v,)`), pasted here as literals.
    use super::*;

    fn show(r: Result<String, String>) -> String {
        r.unwrap_or_else(|e| format!("ERR:{e}"))
    }
    fn fi(v: &str, spec: &str) -> String {
        let v: BigInt = v.parse().unwrap();
        show(parse_format_spec_for(spec, "int").and_then(|s| format_int(&v, &s)))
    }
    fn ff(v: f64, spec: &str) -> String {
        show(parse_format_spec_for(spec, "float").and_then(|s| format_float(v, &s)))
    }
    fn fs(v: &str, spec: &str) -> String {
        show(parse_format_spec_for(spec, "str").and_then(|s| format_str(v, &s)))
    }
    fn printf(fmt: &str, one: &dyn Fn(&PrintfSpec) -> String) -> String {
        show(parse_printf(fmt).map(|pieces| {
            pieces
                .iter()
                .map(|p| match p {
                    PrintfPiece::Literal(l) => l.clone(),
                    PrintfPiece::Conv { spec, .. } => one(spec),
                })
                .collect()
        }))
    }
    fn pi(fmt: &str, v: &str) -> String {
        let v: BigInt = v.parse().unwrap();
        printf(fmt, &|s| printf_int(&v, s))
    }
    fn pf(fmt: &str, v: f64) -> String {
        printf(fmt, &|s| printf_float(v, s))
    }
    fn ps(fmt: &str, v: &str) -> String {
        printf(fmt, &|s| printf_str(v, s))
    }

    #[test]
    fn cpython_cases() {
        assert_eq!(
            fi("1", "abc"),
            "ERR:Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(fi("1", ",,"), "ERR:Cannot specify ',' with ','.");
        assert_eq!(fi("1", ",_"), "ERR:Cannot specify both ',' and '_'.");
        assert_eq!(fi("1", "_,"), "ERR:Cannot specify both ',' and '_'.");
        assert_eq!(fi("1", "."), "ERR:Format specifier missing precision");
        assert_eq!(
            fi("1", ".2"),
            "ERR:Precision not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1", "x,"),
            "ERR:Invalid format specifier 'x,' for object of type 'int'"
        );
        assert_eq!(
            fi("1", "c,"),
            "ERR:Invalid format specifier 'c,' for object of type 'int'"
        );
        assert_eq!(
            fi("1", "+c"),
            "ERR:Sign not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1", "#c"),
            "ERR:Alternate form (#) not allowed with integer format specifier 'c'"
        );
        assert_eq!(
            fi("1", "s"),
            "ERR:Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(fi("1", "_n"), "ERR:Cannot specify '_' with 'n'.");
        assert_eq!(fi("1", ",n"), "ERR:Cannot specify ',' with 'n'.");
        assert_eq!(
            fi("1", "z"),
            "ERR:Negative zero coercion (z) not allowed in integer format specifier"
        );
        assert_eq!(
            fi("1", "99999999999999999999"),
            "ERR:Too many decimal digits in format string"
        );
        assert_eq!(
            fi("1", "<<<"),
            "ERR:Unknown format code '<' for object of type 'int'"
        );
        assert_eq!(
            fi("1", "10.3.4"),
            "ERR:Invalid format specifier '10.3.4' for object of type 'int'"
        );
        assert_eq!(fi("1", ",x"), "ERR:Cannot specify ',' with 'x'.");
        assert_eq!(
            fi("1", "\u{e4}"),
            "ERR:Unknown format code '\\xe4' for object of type 'int'"
        );
        assert_eq!(fi("1", "0="), "1");
        assert_eq!(fi("1", "00"), "1");
        assert_eq!(fi("1", "=^"), "1");
        assert_eq!(
            fi("1", "#.2"),
            "ERR:Precision not allowed in integer format specifier"
        );
        assert_eq!(fi("1", "<05"), "10000");
        assert_eq!(fi("1", "x<05"), "1xxxx");
        assert_eq!(fi("-42", "08"), "-0000042");
        assert_eq!(fi("1234567", "012,"), "0,001,234,567");
        assert_eq!(fi("1234", "09,"), "0,001,234");
        assert_eq!(fi("1234", "08,"), "0,001,234");
        assert_eq!(fi("1", "#b"), "0b1");
        assert_eq!(fi("-255", "#X"), "-0XFF");
        assert_eq!(fi("-255", "#010x"), "-0x00000ff");
        assert_eq!(fi("255", "#_b"), "0b1111_1111");
        assert_eq!(fi("65", "05c"), "0000A");
        assert_eq!(fi("65", "c"), "A");
        assert_eq!(fi("128512", "c"), "\u{1f600}");
        assert_eq!(fi("65", "<3c"), "A  ");
        assert_eq!(fi("65", "^5c"), "  A  ");
        assert_eq!(fi("10000000000", "c"), "ERR:%c arg not in range(0x110000)");
        assert_eq!(fi("-1", "c"), "ERR:%c arg not in range(0x110000)");
        assert_eq!(
            fi("1000000000000000000000000000000", "c"),
            "ERR:Python int too large to convert to C long"
        );
        assert_eq!(fi("12345", "x^+11,"), "xx+12,345xx");
        assert_eq!(fi("12345", "_"), "12_345");
        assert_eq!(fi("3735928559", "_X"), "DEAD_BEEF");
        assert_eq!(fi("3735928559", "#_x"), "0xdead_beef");
        assert_eq!(fi("3735928559", "#015_x"), "0x000_dead_beef");
        assert_eq!(fi("5", "b"), "101");
        assert_eq!(fi("-5", "#b"), "-0b101");
        assert_eq!(fi("5", " "), " 5");
        assert_eq!(fi("5", "+"), "+5");
        assert_eq!(fi("-5", " "), "-5");
        assert_eq!(fi("0", "#o"), "0o0");
        assert_eq!(fi("1234", "n"), "1234");
        assert_eq!(fi("-1234", "012n"), "-00000001234");
        assert_eq!(fi("1", "e"), "1.000000e+00");
        assert_eq!(fi("-7", ".2%"), "-700.00%");
        assert_eq!(fi("100000000000000000000", "g"), "1e+20");
        assert_eq!(fi("10000000000000000", ""), "10000000000000000");
        assert_eq!(
            fi(
                "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "e"
            ),
            "ERR:int too large to convert to float"
        );
        assert_eq!(fi("9007199254740993", ".0f"), "9007199254740992");
        assert_eq!(fi("1000000000000000000000000000000", "e"), "1.000000e+30");
        assert_eq!(fi("-1234567", "_"), "-1_234_567");
        assert_eq!(fi("123", "*^10"), "***123****");
        assert_eq!(fi("-123", "=+8"), "-    123");
        assert_eq!(fi("123", "+010_"), "+0_000_123");
        assert_eq!(fi("-98765", ""), "-98765");
        assert_eq!(
            fi("10000000000000000000000000", ",d"),
            "10,000,000,000,000,000,000,000,000"
        );
        assert_eq!(fi("7", "o"), "7");
        assert_eq!(fi("255", "x"), "ff");
        assert_eq!(fi("255", "X"), "FF");
        assert_eq!(fi("1", "^4"), " 1  ");
        assert_eq!(
            ff(1.0, "d"),
            "ERR:Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            ff(1.0, "c"),
            "ERR:Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(ff(1e+16, "#"), "1.e+16");
        assert_eq!(ff(1.5e-05, "#"), "1.5e-05");
        assert_eq!(ff(1.0, "#.0"), "1.e+00");
        assert_eq!(ff(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(ff(f64::INFINITY, "010,"), "0000000inf");
        assert_eq!(ff(f64::NAN, "f"), "nan");
        assert_eq!(ff(f64::NAN, "+"), "+nan");
        assert_eq!(ff(f64::INFINITY, "+"), "+inf");
        assert_eq!(ff(f64::NEG_INFINITY, ""), "-inf");
        assert_eq!(ff(1.5, "012,e"), "1.500000e+00");
        assert_eq!(ff(1234.5, "012,.2f"), "0,001,234.50");
        assert_eq!(ff(1.0, ".3"), "1.0");
        assert_eq!(ff(1e+20, ""), "1e+20");
        assert_eq!(ff(123456789.0, ".3"), "1.23e+08");
        assert_eq!(ff(2.675, ".2f"), "2.67");
        assert_eq!(ff(0.125, ".2f"), "0.12");
        assert_eq!(ff(0.375, ".2f"), "0.38");
        assert_eq!(ff(0.5, ".0f"), "0");
        assert_eq!(ff(2.5, ".0f"), "2");
        assert_eq!(ff(1.5, ".0f"), "2");
        assert_eq!(ff(1.0, "#.0f"), "1.");
        assert_eq!(ff(1.0, "#.0e"), "1.e+00");
        assert_eq!(ff(1.0, "#g"), "1.00000");
        assert_eq!(ff(1.0, "#.1g"), "1.");
        assert_eq!(ff(-0.0001, "z.2f"), "0.00");
        assert_eq!(ff(-0.0, "z"), "0.0");
        assert_eq!(ff(-0.0, ""), "-0.0");
        assert_eq!(ff(f64::NEG_INFINITY, "z"), "-inf");
        assert_eq!(ff(12345.678, "_"), "12_345.678");
        assert_eq!(ff(12345.678, ","), "12,345.678");
        assert_eq!(ff(1e+16, ","), "1e+16");
        assert_eq!(ff(0.5, "%"), "50.000000%");
        assert_eq!(ff(0.5, ".0%"), "50%");
        assert_eq!(ff(0.5, "#.0%"), "50.%");
        assert_eq!(ff(0.0001, "g"), "0.0001");
        assert_eq!(ff(1e-05, "g"), "1e-05");
        assert_eq!(ff(1000000000000000.0, ".16g"), "1000000000000000");
        assert_eq!(ff(1e+16, ".16g"), "1e+16");
        assert_eq!(ff(100.0, ".2"), "1e+02");
        assert_eq!(ff(0.1, ".20"), "0.10000000000000000555");
        assert_eq!(ff(5e-324, ""), "5e-324");
        assert_eq!(ff(123.0, ".3"), "1.23e+02");
        assert_eq!(ff(12.0, ".3"), "12.0");
        assert_eq!(ff(1.0, "#.3"), "1.00");
        assert_eq!(ff(0.0, ".3"), "0.0");
        assert_eq!(ff(99.99, ".3"), "1e+02");
        assert_eq!(ff(0.0, "#.0"), "0.e+00");
        assert_eq!(ff(-0.0, "g"), "-0");
        assert_eq!(ff(1e+16, ".20"), "10000000000000000.0");
        assert_eq!(ff(12.5, ".0"), "1e+01");
        assert_eq!(ff(f64::INFINITY, "F"), "INF");
        assert_eq!(ff(f64::NAN, "E"), "NAN");
        assert_eq!(ff(1.0, "^+10.2f"), "  +1.00   ");
        assert_eq!(ff(1.0, "*^9"), "***1.0***");
        assert_eq!(ff(-1.5, "=+10"), "-      1.5");
        assert_eq!(ff(1234567.125, "_.2f"), "1_234_567.12");
        assert_eq!(ff(1234567.0, "012_.1f"), "01_234_567.0");
        assert_eq!(ff(1234.0, "n"), "1234");
        assert_eq!(ff(1e-07, "%"), "0.000010%");
        assert_eq!(ff(-0.0, "%"), "-0.000000%");
        assert_eq!(ff(123.456, ".1e"), "1.2e+02");
        assert_eq!(ff(1e+100, ".2e"), "1.00e+100");
        assert_eq!(ff(1e-100, "E"), "1.000000E-100");
        assert_eq!(ff(3.0, "010.3e"), "03.000e+00");
        assert_eq!(ff(-3.0, "0=10.3e"), "-3.000e+00");
        assert_eq!(ff(1.0, ""), "1.0");
        assert_eq!(ff(0.1, ""), "0.1");
        assert_eq!(ff(0.3333333333333333, ""), "0.3333333333333333");
        assert_eq!(ff(1e+22, "f"), "10000000000000000000000.000000");
        assert_eq!(ff(1e+300, ".3g"), "1e+300");
        assert_eq!(ff(2.5, ".1e"), "2.5e+00");
        assert_eq!(ff(0.000123456, "G"), "0.000123456");
        assert_eq!(ff(1.5, ".2147483648"), "ERR:precision too big");
        assert_eq!(ff(3.14159, "<10.2f"), "3.14      ");
        assert_eq!(ff(3.14159, "x^12.4"), "xxx3.142xxxx");
        assert_eq!(ff(-1e-10, " .3e"), "-1.000e-10");
        assert_eq!(ff(1e+16, ".17"), "1e+16");
        assert_eq!(ff(9.5, ".0f"), "10");
        assert_eq!(ff(0.05, ".1f"), "0.1");
        assert_eq!(ff(1e-05, ".3"), "1e-05");
        assert_eq!(
            fs("a", "d"),
            "ERR:Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(
            fs("a", "+"),
            "ERR:Sign not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", " "),
            "ERR:Space not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "#"),
            "ERR:Alternate form (#) not allowed in string format specifier"
        );
        assert_eq!(
            fs("a", "="),
            "ERR:'=' alignment not allowed in string format specifier"
        );
        assert_eq!(fs("a", ","), "ERR:Cannot specify ',' with 's'.");
        assert_eq!(fs("a", ".0"), "");
        assert_eq!(fs("abc", "x<5.2"), "abxxx");
        assert_eq!(fs("a", "0"), "a");
        assert_eq!(fs("a", "05"), "a0000");
        assert_eq!(
            fs("a", "z"),
            "ERR:Negative zero coercion (z) not allowed in string format specifier"
        );
        assert_eq!(fs("h\u{e9}llo", "^9"), "  h\u{e9}llo  ");
        assert_eq!(
            fs("\u{65e5}\u{672c}\u{8a9e}", "*>6.2"),
            "****\u{65e5}\u{672c}"
        );
        assert_eq!(fs("abc", ""), "abc");
        assert_eq!(fs("abc", "s"), "abc");
        assert_eq!(fs("abc", ">2"), "abc");
        assert_eq!(fs("abc", "_"), "ERR:Cannot specify '_' with 's'.");
        assert_eq!(fs("abc", ",x"), "ERR:Cannot specify ',' with 'x'.");
        assert_eq!(fs("ab", "=^7"), "==ab===");
        assert_eq!(fs("tab", "\t<5"), "tab\t\t");
        assert_eq!(
            pi("%5%", "7"),
            "ERR:unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(pi("%(a", "1"), "ERR:incomplete format key");
        assert_eq!(
            pi("%z", "7"),
            "ERR:unsupported format character 'z' (0x7a) at index 1"
        );
        assert_eq!(pi("%", "7"), "ERR:incomplete format");
        assert_eq!(pi("abc%", "1"), "ERR:incomplete format");
        assert_eq!(pi("%-", "1"), "ERR:incomplete format");
        assert_eq!(pi("%5", "1"), "ERR:incomplete format");
        assert_eq!(pi("%.", "1"), "ERR:incomplete format");
        assert_eq!(
            pi("%\u{e9}", "1"),
            "ERR:unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            pi("%\u{1}", "1"),
            "ERR:unsupported format character '?' (0x1) at index 1"
        );
        assert_eq!(pi("%99999999999999999999d", "1"), "ERR:width too big");
        assert_eq!(pi("%.99999999999d", "1"), "ERR:precision too big");
        assert_eq!(
            pi("%ll%", "1"),
            "ERR:unsupported format character 'l' (0x6c) at index 2"
        );
        assert_eq!(pi("%.3d", "7"), "007");
        assert_eq!(pi("%.3d", "-3"), "-003");
        assert_eq!(pi("%#.3x", "-255"), "-0x0ff");
        assert_eq!(pi("%05d", "-255"), "-0255");
        assert_eq!(pi("%-05d", "-3"), "-3   ");
        assert_eq!(pi("%#o", "-255"), "-0o377");
        assert_eq!(pi("%#X", "-255"), "-0XFF");
        assert_eq!(pi("%5.3d", "-7"), " -007");
        assert_eq!(pi("%+05x", "255"), "+00ff");
        assert_eq!(pi("% #o", "8"), " 0o10");
        assert_eq!(pi("%#5x", "255"), " 0xff");
        assert_eq!(pi("%#05x", "255"), "0x0ff");
        assert_eq!(pi("%#-7x|", "255"), "0xff   |");
        assert_eq!(pi("%x", "-255"), "-ff");
        assert_eq!(pi("%u", "-3"), "-3");
        assert_eq!(pi("%i", "3"), "3");
        assert_eq!(pi("%.0d", "0"), "0");
        assert_eq!(pi("%#x", "0"), "0x0");
        assert_eq!(pi("%ld", "7"), "7");
        assert_eq!(pi("%d%%", "50"), "50%");
        assert_eq!(pf("%05f", f64::INFINITY), "00inf");
        assert_eq!(pf("%+.2e", -255.0), "-2.55e+02");
        assert_eq!(pf("% g", 7.0), " 7");
        assert_eq!(pf("%#.0g", -255.0), "-3.e+02");
        assert_eq!(pf("%#.0f", -3.0), "-3.");
        assert_eq!(pf("%e", 0.0), "0.000000e+00");
        assert_eq!(pf("%E", f64::NEG_INFINITY), "-INF");
        assert_eq!(pf("%F", f64::NAN), "NAN");
        assert_eq!(pf("%G", 1e-10), "1E-10");
        assert_eq!(pf("%g", 123456789.0), "1.23457e+08");
        assert_eq!(pf("%.3g", 0.0001234), "0.000123");
        assert_eq!(pf("%10.4f|", 3.14159), "    3.1416|");
        assert_eq!(pf("%-10.2e|", 31415.9), "3.14e+04  |");
        assert_eq!(pf("%+g", 0.0), "+0");
        assert_eq!(pf("%g", -0.0), "-0");
        assert_eq!(pf("%.0e", 2.5), "2e+00");
        assert_eq!(pf("%#.3g", 1.0), "1.00");
        assert_eq!(pf("%.f", 1.5), "2");
        assert_eq!(pf("%f", 2.675), "2.675000");
        assert_eq!(pf("%.2f", 2.675), "2.67");
        assert_eq!(pf("%010.3f", -3.14159), "-00003.142");
        assert_eq!(pf("%-+8.1f|", 2.25), "+2.2    |");
        assert_eq!(
            pf("%f", 1e+300),
            "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"
        );
        assert_eq!(ps("%5.2s", "hello"), "   he");
        assert_eq!(ps("%-10s|", "hello"), "hello     |");
        assert_eq!(ps("%.3s", "ab"), "ab");
        assert_eq!(ps("%05s", "ab"), "   ab");
        assert_eq!(ps("%+s", "ab"), "ab");
        assert_eq!(ps("%3c", "a"), "  a");
        assert_eq!(ps("%.2c", "a"), "a");
        assert_eq!(ps("%s", "\u{e9}"), "\u{e9}");
        assert_eq!(ps("%-4s|", "\u{65e5}\u{672c}"), "\u{65e5}\u{672c}  |");
    }

    #[test]
    fn parse_fields() {
        let s = parse_format_spec("*^+#012,.3f").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.alternate && !s.zero && !s.no_neg_zero);
        // '0' after an explicit fill is part of the width.
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let z = parse_format_spec("08").unwrap();
        assert!(z.zero);
        assert_eq!((z.fill, z.align, z.width), ('0', None, Some(8)));
        assert_eq!(parse_format_spec("").unwrap(), FormatSpec::default());
        assert_eq!(
            parse_format_spec("abc").unwrap_err(),
            "Invalid format specifier 'abc' for object of type 'object'"
        );
    }

    #[test]
    fn printf_pieces_and_stars() {
        let p = parse_printf("%(na(m)e)-*.*f and %%%s").unwrap();
        assert_eq!(p.len(), 3);
        let PrintfPiece::Conv {
            key,
            spec,
            width_star,
            precision_star,
        } = &p[0]
        else {
            panic!("expected conversion")
        };
        assert_eq!(key.as_deref(), Some("na(m)e"));
        assert!(spec.minus && *width_star && *precision_star);
        assert_eq!(spec.conv, 'f');
        assert_eq!(p[1], PrintfPiece::Literal(" and %".to_string()));
        // '%*d' % (-5, 3) == '3    '; '%.*f' % (-2, 3.14159) == '3'
        let mut s = PrintfSpec {
            conv: 'd',
            ..Default::default()
        };
        s.set_star_width(-5).unwrap();
        assert_eq!(printf_int(&BigInt::from(3), &s), "3    ");
        let mut s = PrintfSpec {
            conv: 'f',
            ..Default::default()
        };
        s.set_star_precision(-2).unwrap();
        assert_eq!(printf_float(3.14159, &s), "3");
        assert!(s.set_star_width(i64::MIN).is_err());
        assert_eq!(parse_printf("").unwrap(), vec![]);
        assert_eq!(
            parse_printf("a%%b").unwrap(),
            vec![PrintfPiece::Literal("a%b".to_string())]
        );
    }

    #[test]
    fn limits_and_error_kinds() {
        assert_eq!(ff(1.0, "536870913"), format!("ERR:{TOO_LARGE}"));
        assert_eq!(fi("1", "536870913"), format!("ERR:{TOO_LARGE}"));
        assert!(is_overflow_error("%c arg not in range(0x110000)"));
        assert!(is_overflow_error("int too large to convert to float"));
        assert!(!is_overflow_error("Invalid format specifier"));
        // Precision beyond Rust's formatter limit (65535) must not panic.
        assert_eq!(ff(0.5, ".70000f").len(), 70002);
        assert_eq!(ff(0.5, ".70000e").len(), 70006);
        assert_eq!(pf("%.70000g", 0.5), "0.5");
    }

    #[test]
    fn no_panics_on_odd_specs() {
        let specs = [
            "", "<", "^^", "==", "\u{e9}^", "z", "#", "0", ",", "_", ".", ".0", "99", "0=99,.0%",
            "+z#0,.5g", "\u{0}", "}", "%%%", "x", "X", "c", "n", "s", "r",
        ];
        let ints = ["0", "-1", "1114111", "55296", "99999999999999999999999"];
        let floats = [
            0.0,
            -0.0,
            f64::NAN,
            f64::INFINITY,
            f64::MIN_POSITIVE,
            f64::MAX,
            -1e-300,
        ];
        for s in specs {
            for v in ints {
                let _ = fi(v, s);
            }
            for v in floats {
                let _ = ff(v, s);
            }
            let _ = fs("h\u{e9}", s);
            let _ = parse_printf(s);
            let _ = pi(s, "5");
        }
    }
}
