//! Python 3.11 numeric semantics as pure functions.
//!
//! Every function here mirrors what CPython 3.11 (64-bit build) does for the
//! corresponding operation on `int` / `float` values, including the exact
//! error messages. Nothing in this module panics: every failure is reported
//! as a [`NumError`] carrying CPython's message.
//!
//! i64 fast paths (`i64_*`) return `None` whenever the result does not fit
//! (or the operation needs an error); the caller then falls back to the
//! BigInt version (`big_*`), which produces either the result or the error.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A numeric error, carrying CPython's exact message.
///
/// `ZeroDivision` maps to `ZeroDivisionError`, `Overflow` to `OverflowError`
/// and `Value` to `ValueError`.
#[derive(Debug, Clone, PartialEq)]
pub enum NumError {
    /// `ZeroDivisionError(msg)`
    ZeroDivision(&'static str),
    /// `OverflowError(msg)`
    Overflow(&'static str),
    /// `ValueError(msg)`
    Value(String),
}

/// Result of `int ** int`: an int for non-negative exponents, a float for
/// negative exponents (as in CPython, `2 ** -1 == 0.5`).
#[derive(Debug, Clone, PartialEq)]
pub enum PowResult {
    /// Integer result.
    Int(BigInt),
    /// Float result (negative exponent).
    Float(f64),
}

/// Result of `round(float, ndigits)`: an int when `ndigits` is omitted, a
/// float otherwise.
#[derive(Debug, Clone, PartialEq)]
pub enum RoundResult {
    /// `round(x)` returns an int.
    Int(BigInt),
    /// `round(x, n)` returns a float.
    Float(f64),
}

/// Largest integer (in bits) this module will build for `**` and `<<`.
///
/// CPython raises `MemoryError` when it cannot allocate a result; pyth has no
/// such error in [`NumError`], so results whose size provably exceeds this
/// bound (512 MiB) are reported as `NumError::Overflow(TOO_LARGE_MSG)`.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// Message used when a result would exceed [`MAX_INT_BITS`] (CPython would
/// raise `MemoryError` here).
pub const TOO_LARGE_MSG: &str = "integer result too large (out of memory)";

/// CPython 3.11's default `sys.get_int_max_str_digits()`: `int(text, base)`
/// for a base that is not a power of two refuses more digits than this.
pub const INT_MAX_STR_DIGITS: usize = 4300;

const MSG_DIV_OR_MOD_ZERO: &str = "integer division or modulo by zero";
const MSG_MOD_ZERO: &str = "integer modulo by zero";
const MSG_INT_TOO_LARGE_FLOAT: &str = "int too large to convert to float";
const MSG_ZERO_NEG_POW: &str = "0.0 cannot be raised to a negative power";
const MSG_POW_RANGE: &str = "(34, 'Numerical result out of range')";

// ---------------------------------------------------------------------------
// i64 fast paths
// ---------------------------------------------------------------------------

/// `a // b` with floor semantics. `None` on overflow (`i64::MIN // -1`) or
/// when `b == 0` (the BigInt version then raises the error).
pub fn i64_floordiv(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q.checked_sub(1)
    } else {
        Some(q)
    }
}

/// `a % b` with the sign of the divisor. `None` when `b == 0`.
pub fn i64_mod(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    if b == -1 {
        return Some(0);
    }
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `divmod(a, b)`. `None` on overflow or `b == 0`.
pub fn i64_divmod(a: i64, b: i64) -> Option<(i64, i64)> {
    Some((i64_floordiv(a, b)?, i64_mod(a, b)?))
}

/// `base ** exp` for a non-negative exponent. `None` on overflow.
pub fn i64_pow(base: i64, exp: u32) -> Option<i64> {
    base.checked_pow(exp)
}

/// `a << n`. `None` when `n < 0` (error in the BigInt version) or on overflow.
pub fn i64_shl(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    if a == 0 {
        return Some(0);
    }
    if n >= 64 {
        return None;
    }
    let r = a << n;
    if (r >> n) == a { Some(r) } else { None }
}

/// `a >> n` (arithmetic, flooring). `None` when `n < 0`.
pub fn i64_shr(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    Some(a >> n.min(63))
}

/// `a / b` (true division) for ints. Exact inputs up to 2**53 use plain
/// float division; otherwise falls back to [`int_true_div`].
pub fn i64_true_div(a: i64, b: i64) -> Result<f64, NumError> {
    const LIM: u64 = 1 << 53;
    if b == 0 {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    if a.unsigned_abs() <= LIM && b.unsigned_abs() <= LIM {
        return Ok(a as f64 / b as f64);
    }
    int_true_div(&BigInt::from(a), &BigInt::from(b))
}

// ---------------------------------------------------------------------------
// BigInt arithmetic
// ---------------------------------------------------------------------------

/// `a // b` (floor division). ZeroDivisionError "integer division or modulo
/// by zero".
pub fn big_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(MSG_DIV_OR_MOD_ZERO));
    }
    Ok(a.div_floor(b))
}

/// `a % b` (result has the divisor's sign). ZeroDivisionError "integer
/// modulo by zero".
pub fn big_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(MSG_MOD_ZERO));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`. ZeroDivisionError "integer division or modulo by zero".
pub fn big_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision(MSG_DIV_OR_MOD_ZERO));
    }
    Ok(a.div_mod_floor(b))
}

/// `base ** exp` (2-argument pow). A negative exponent converts both
/// operands to float and uses [`float_pow`], exactly as CPython does
/// (`2 ** -1 == 0.5`, `0 ** -1` raises ZeroDivisionError, a base or exponent
/// too large for a float raises "int too large to convert to float").
///
/// Results that would exceed [`MAX_INT_BITS`] return
/// `Overflow(TOO_LARGE_MSG)` (CPython: MemoryError).
pub fn big_pow(base: &BigInt, exp: &BigInt) -> Result<PowResult, NumError> {
    if exp.is_negative() {
        let b = bigint_to_f64(base)?;
        let e = bigint_to_f64(exp)?;
        return float_pow(b, e).map(PowResult::Float);
    }
    if exp.is_zero() {
        return Ok(PowResult::Int(BigInt::one()));
    }
    // Trivial bases: 0, 1, -1 with any (possibly huge) exponent.
    if base.is_zero() || base.is_one() {
        return Ok(PowResult::Int(base.clone()));
    }
    if *base == BigInt::from(-1) {
        let odd = exp.is_odd();
        return Ok(PowResult::Int(BigInt::from(if odd { -1 } else { 1 })));
    }
    // Fast path.
    if let (Some(b), Some(e)) = (base.to_i64(), exp.to_u32())
        && let Some(r) = i64_pow(b, e)
    {
        return Ok(PowResult::Int(BigInt::from(r)));
    }
    let e = match exp.to_u64() {
        Some(e) if e <= MAX_INT_BITS => e,
        _ => return Err(NumError::Overflow(TOO_LARGE_MSG)),
    };
    // |base| >= 2, so the result has at least (bits-1)*e + 1 bits.
    let lower = (base.bits() - 1).saturating_mul(e);
    if lower >= MAX_INT_BITS {
        return Err(NumError::Overflow(TOO_LARGE_MSG));
    }
    // Powers of two are a plain shift.
    let tz = base.trailing_zeros().unwrap_or(0);
    if base.bits() == tz + 1 {
        let mag = BigInt::one() << ((tz * e) as usize);
        let neg = base.is_negative() && e % 2 == 1;
        return Ok(PowResult::Int(if neg { -mag } else { mag }));
    }
    Ok(PowResult::Int(num_traits::Pow::pow(base, e)))
}

/// `pow(base, exp, m)` (3-argument pow), as CPython 3.8+:
/// `m == 0` → ValueError "pow() 3rd argument cannot be 0"; a negative
/// exponent uses the modular inverse of `base` (ValueError "base is not
/// invertible for the given modulus" when none exists); the result has the
/// sign of `m`.
pub fn big_pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> Result<BigInt, NumError> {
    if m.is_zero() {
        return Err(NumError::Value("pow() 3rd argument cannot be 0".into()));
    }
    let negative_output = m.is_negative();
    let modulus = m.abs();
    if modulus.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = base.mod_floor(&modulus);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &modulus).ok_or_else(|| {
            NumError::Value("base is not invertible for the given modulus".into())
        })?;
        e = -e;
    }
    let mut r = b.modpow(&e, &modulus);
    if negative_output && !r.is_zero() {
        r -= &modulus;
    }
    Ok(r)
}

/// Modular inverse of `a` (0 <= a < m, m > 1), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// Converts a shift count to `u64`, or the negative-count error.
fn shift_count(n: &BigInt) -> Result<Option<u64>, NumError> {
    if n.is_negative() {
        return Err(NumError::Value("negative shift count".into()));
    }
    Ok(n.to_u64())
}

/// `a << n`. ValueError "negative shift count"; results beyond
/// [`MAX_INT_BITS`] give `Overflow(TOO_LARGE_MSG)` (CPython: MemoryError).
pub fn big_shl(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    let count = shift_count(n)?;
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    match count {
        Some(c) if c.saturating_add(a.bits()) <= MAX_INT_BITS => Ok(a << (c as usize)),
        _ => Err(NumError::Overflow(TOO_LARGE_MSG)),
    }
}

/// `a >> n` (floors for negative `a`, so `-1 >> 100 == -1`).
/// ValueError "negative shift count".
pub fn big_shr(a: &BigInt, n: &BigInt) -> Result<BigInt, NumError> {
    let count = shift_count(n)?;
    match count {
        Some(c) if c < a.bits() => Ok(a >> (c as usize)),
        _ => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `a & b` with Python's infinite two's complement semantics.
pub fn big_and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b` with Python's infinite two's complement semantics.
pub fn big_or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b` with Python's infinite two's complement semantics.
pub fn big_xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a == -(a + 1)`.
pub fn big_invert(a: &BigInt) -> BigInt {
    -(a + BigInt::one())
}

/// `a / b` for ints, correctly rounded (round-half-even) like CPython:
/// `10**400 / 10**399 == 10.0`. ZeroDivisionError "division by zero";
/// OverflowError "integer division result too large for a float". Zero
/// results carry the sign of the true quotient (`0 / -5 == -0.0`).
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::ZeroDivision("division by zero"));
    }
    const LIM: u64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() <= LIM
        && y.unsigned_abs() <= LIM
    {
        return Ok(x as f64 / y as f64);
    }
    let negate = a.is_negative() != b.is_negative();
    let r = ratio_to_f64(a.magnitude(), b.magnitude()).ok_or(NumError::Overflow(
        "integer division result too large for a float",
    ))?;
    Ok(if negate { -r } else { r })
}

// ---------------------------------------------------------------------------
// Exact float construction helpers
// ---------------------------------------------------------------------------

/// Exactly `2**e` for `-1074 <= e <= 1023`; `inf` above, `0` below.
fn pow2(e: i64) -> f64 {
    if e > 1023 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

/// Correctly rounds `(q + frac) * 2**-k` to f64 (round-half-even), where
/// `sticky` says whether `frac` (in [0, 1)) is non-zero. `None` on overflow.
fn round_parts(q: u64, sticky: bool, k: i64) -> Option<f64> {
    if q == 0 {
        return Some(0.0);
    }
    let n = 64 - i64::from(q.leading_zeros());
    let e = n - 1 - k;
    if e >= 1024 {
        return None;
    }
    let u = (e - 52).max(-1074);
    let d = u + k;
    let (m, uexp) = if d <= 0 {
        (q, -k)
    } else if d > n {
        return Some(0.0);
    } else {
        let qq = u128::from(q);
        let m = qq >> d;
        let rem = qq & ((1u128 << d) - 1);
        let half = 1u128 << (d - 1);
        let up = rem > half || (rem == half && (sticky || m & 1 == 1));
        ((m + u128::from(up)) as u64, u)
    };
    let r = (m as f64) * pow2(uexp);
    if r.is_infinite() { None } else { Some(r) }
}

/// Correctly rounded `a / b` for `b != 0`. `None` on overflow.
fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() || b.is_zero() {
        return Some(0.0);
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < -1077 {
        return Some(0.0);
    }
    let k = 55 - diff;
    let (num, den) = if k >= 0 {
        (a << (k as usize), b.clone())
    } else {
        (a.clone(), b << ((-k) as usize))
    };
    let (q, r) = num.div_rem(&den);
    let q = q.to_u64()?;
    round_parts(q, !r.is_zero(), k)
}

/// Correctly rounded conversion of a magnitude. `None` on overflow.
fn biguint_to_f64(a: &BigUint) -> Option<f64> {
    let bits = a.bits();
    if bits <= 64 {
        return round_parts(a.to_u64().unwrap_or(0), false, 0);
    }
    let s = bits - 64;
    let top = (a >> (s as usize)).to_u64().unwrap_or(0);
    let sticky = a.trailing_zeros().unwrap_or(0) < s;
    round_parts(top, sticky, -(s as i64))
}

/// Splits a finite, non-zero float into `(mantissa, exponent)` with
/// `|x| == mantissa * 2**exponent`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1u64 << 52) - 1);
    if e == 0 {
        (f, -1074)
    } else {
        (f | (1u64 << 52), e - 1075)
    }
}

// ---------------------------------------------------------------------------
// Conversions
// ---------------------------------------------------------------------------

/// `int(x)` for a float: truncates toward zero. OverflowError "cannot
/// convert float infinity to integer"; ValueError "cannot convert float NaN
/// to integer".
pub fn f64_to_bigint(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::Value(
            "cannot convert float NaN to integer".into(),
        ));
    }
    if x.is_infinite() {
        return Err(NumError::Overflow(
            "cannot convert float infinity to integer",
        ));
    }
    if x.abs() < TWO63 {
        return Ok(BigInt::from(x as i64));
    }
    let (m, e) = decompose(x);
    // |x| >= 2**63 so e > 0.
    let mag = BigInt::from(m) << (e.max(0) as usize);
    Ok(if x < 0.0 { -mag } else { mag })
}

/// `float(n)` for an int, correctly rounded (round-half-even):
/// `float(2**53 + 1) == 2**53`. OverflowError "int too large to convert to
/// float".
pub fn bigint_to_f64(n: &BigInt) -> Result<f64, NumError> {
    if let Some(v) = n.to_i64() {
        return Ok(v as f64);
    }
    let r = biguint_to_f64(n.magnitude()).ok_or(NumError::Overflow(MSG_INT_TOO_LARGE_FLOAT))?;
    Ok(if n.is_negative() { -r } else { r })
}

/// Truncates `s` to at most `n` characters (CPython's `%.200R`).
fn truncate_chars(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

/// Code points of the Unicode (non-ASCII) decimal digit zeros (Unicode 14,
/// as in CPython 3.11); each starts a run of ten digits 0-9.
const DIGIT_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
    0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50,
    0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// Decimal value of a non-ASCII Unicode decimal digit (category Nd).
fn unicode_decimal(c: char) -> Option<u8> {
    let v = c as u32;
    let idx = DIGIT_ZEROS.partition_point(|&z| z <= v);
    if idx == 0 {
        return None;
    }
    let z = DIGIT_ZEROS[idx - 1];
    if v - z < 10 {
        Some((v - z) as u8)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII stays,
/// Unicode spaces become ' ', Unicode digits become ASCII digits, and the
/// first other character becomes '?' (ending the buffer).
fn transform_to_ascii(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let v = c as u32;
        if v < 127 {
            out.push(v as u8);
        } else if super::text::is_py_space(c) {
            out.push(b' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push(b'0' + d);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C-locale `isspace` (CPython's `Py_ISSPACE`).
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Value of an ASCII digit/letter in bases up to 36.
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 99,
    }
}

/// `int(text, base)` exactly as CPython 3.11: surrounding (Unicode)
/// whitespace, a sign, base 0 prefix detection (`0x`/`0o`/`0b`, and
/// `int('010', 0)` is an error while `int('00', 0) == 0`), a matching prefix
/// allowed for bases 16/8/2, single underscores between digits (and one
/// after a prefix), Unicode decimal digits.
///
/// Errors: ValueError "int() base must be >= 2 and <= 36, or 0";
/// ValueError "invalid literal for int() with base {base}: {repr}" with the
/// repr of the original text truncated to 200 characters; ValueError
/// "Exceeds the limit (4300 digits) for integer string conversion: value has
/// N digits; use sys.set_int_max_str_digits() to increase the limit" for
/// bases that are not powers of two (see [`INT_MAX_STR_DIGITS`]).
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, NumError> {
    parse_int_limited(text, base, INT_MAX_STR_DIGITS)
}

/// [`parse_int`] with the digit limit of `sys.set_int_max_str_digits` (0: none).
pub fn parse_int_limited(text: &str, base: u32, max_digits: usize) -> Result<BigInt, NumError> {
    if base == 1 || base > 36 {
        return Err(NumError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let invalid = || {
        NumError::Value(format!(
            "invalid literal for int() with base {}: {}",
            base,
            truncate_chars(super::repr::str_repr(text), 200)
        ))
    };
    let buf = transform_to_ascii(text);
    let mut i = 0;
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    while i < buf.len() && is_c_space(buf[i]) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        b = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0' {
        let p = at(i + 1).to_ascii_lowercase();
        if (b == 16 && p == b'x') || (b == 8 && p == b'o') || (b == 2 && p == b'b') {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    // Scan digits with single underscores between them.
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < buf.len() {
        let c = buf[i];
        if c == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else if digit_value(c) < b {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && max_digits > 0 && digits.len() > max_digits {
        return Err(NumError::Value(format!(
            "Exceeds the limit ({max_digits} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.is_empty() {
        return Err(invalid());
    }
    while i < buf.len() && is_c_space(buf[i]) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    let mag = if digits.len() <= 12 {
        let mut v: u64 = 0;
        for &d in &digits {
            v = v * u64::from(b) + u64::from(digit_value(d));
        }
        BigInt::from(v)
    } else {
        BigInt::parse_bytes(&digits, b).ok_or_else(invalid)?
    };
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(if negative { -mag } else { mag })
}

/// `float(text)` exactly as CPython 3.11 (decimal literals only, no hex):
/// surrounding (Unicode) whitespace, a sign, `inf`/`infinity`/`nan` in any
/// case (`-nan` has its sign bit set), underscores only between digits,
/// Unicode decimal digits. Out-of-range values give `±inf` / `±0.0` as in
/// CPython. Error: ValueError "could not convert string to float: {repr}".
pub fn parse_float(text: &str) -> Result<f64, NumError> {
    let invalid = || {
        NumError::Value(format!(
            "could not convert string to float: {}",
            super::repr::str_repr(text)
        ))
    };
    let buf = transform_to_ascii(text);
    // Underscore removal (done before stripping whitespace, as CPython).
    let mut clean = Vec::with_capacity(buf.len());
    let mut prev = 0u8;
    for &c in &buf {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(invalid());
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(invalid());
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    let mut s: &[u8] = &clean;
    while let [first, rest @ ..] = s {
        if is_c_space(*first) {
            s = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = s {
        if is_c_space(*last) {
            s = rest;
        } else {
            break;
        }
    }
    let (negative, body) = match s {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        return Ok(if negative { -f64::NAN } else { f64::NAN });
    }
    // Validate: digits* [. digits*] [e [sign] digits+], with >= 1 mantissa digit.
    let mut i = 0;
    let mut mant_digits = 0;
    while i < body.len() && body[i].is_ascii_digit() {
        i += 1;
        mant_digits += 1;
    }
    if i < body.len() && body[i] == b'.' {
        i += 1;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            mant_digits += 1;
        }
    }
    if mant_digits == 0 {
        return Err(invalid());
    }
    if i < body.len() && (body[i] == b'e' || body[i] == b'E') {
        i += 1;
        if i < body.len() && (body[i] == b'+' || body[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
    }
    if i != body.len() {
        return Err(invalid());
    }
    let st = std::str::from_utf8(body).map_err(|_| invalid())?;
    let v: f64 = st.parse().map_err(|_| invalid())?;
    Ok(if negative { -v } else { v })
}

/// `bin(n)` / `oct(n)` / `hex(n)` style formatting: sign, then (if `prefix`)
/// `0b`/`0o`/`0x` for radix 2/8/16, then lowercase digits
/// (`hex(-255) == '-0xff'`). A radix outside 2..=36 is treated as 10.
/// No digit limit applies (intended for power-of-two radixes).
pub fn int_to_str_radix(n: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = if (2..=36).contains(&radix) { radix } else { 10 };
    let mut out = String::new();
    if n.is_negative() {
        out.push('-');
    }
    if prefix {
        match radix {
            2 => out.push_str("0b"),
            8 => out.push_str("0o"),
            16 => out.push_str("0x"),
            _ => {}
        }
    }
    out.push_str(&n.magnitude().to_str_radix(radix));
    out
}

// ---------------------------------------------------------------------------
// Float arithmetic
// ---------------------------------------------------------------------------

/// `a / b` for floats. ZeroDivisionError "float division by zero".
pub fn float_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod` (b != 0).
fn float_div_mod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b` for floats (CPython's algorithm, e.g. `inf // 1` is nan).
/// ZeroDivisionError "float floor division by zero".
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float floor division by zero"));
    }
    Ok(float_div_mod_raw(a, b).0)
}

/// `a % b` for floats: the result has the divisor's sign (`0.0 % -2 ==
/// -0.0`, `-1 % inf == inf`). ZeroDivisionError "float modulo".
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)` for floats. ZeroDivisionError "float divmod()".
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::ZeroDivision("float divmod()"));
    }
    Ok(float_div_mod_raw(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats with CPython's special cases: `x ** 0 == 1`,
/// `1 ** nan == 1`, infinities, `0.0 ** negative` → ZeroDivisionError
/// "0.0 cannot be raised to a negative power", negative base with a
/// non-integer exponent → ValueError (CPython returns a complex; pyth has
/// none), overflow → OverflowError "(34, 'Numerical result out of range')".
pub fn float_pow(iv: f64, iw: f64) -> Result<f64, NumError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd { iv } else { iv.abs() }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::ZeroDivision(MSG_ZERO_NEG_POW));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::Value(
                "pyth does not support complex numbers: negative number cannot be raised to a \
                 fractional power"
                    .into(),
            ));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::Overflow(MSG_POW_RANGE));
    }
    Ok(if negate { -r } else { r })
}

// ---------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------

/// `round(x)` for a float: round-half-even to an int (`round(2.5) == 2`).
/// OverflowError "cannot convert float infinity to integer"; ValueError
/// "cannot convert float NaN to integer".
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    f64_to_bigint(x.round_ties_even())
}

/// Rounds `num / den` (den > 0) to the nearest integer, ties to even.
fn div_round_half_even(num: &BigInt, den: &BigInt) -> BigInt {
    let (q, r) = num.div_mod_floor(den);
    let twice: BigInt = r << 1usize;
    match twice.cmp(den) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

fn pow10(n: u64) -> BigInt {
    num_traits::Pow::pow(BigInt::from(10u32), n)
}

/// `round(x, ndigits)` for a float, correctly rounded from the exact
/// binary value like CPython (`round(2.675, 2) == 2.67`,
/// `round(0.125, 2) == 0.12`, `round(1234.5, -2) == 1200.0`); nan/inf are
/// returned unchanged; zero results keep the sign of `x`. OverflowError
/// "rounded value too large to represent".
pub fn float_round_digits(x: f64, ndigits: i64) -> Result<f64, NumError> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let (m, e) = decompose(x);
    let mant = BigInt::from(m);
    // y = round_half_even(|x| * 10**ndigits)
    let y = if ndigits >= 0 {
        let num = mant * pow10(ndigits as u64);
        if e >= 0 {
            num << (e as usize)
        } else {
            div_round_half_even(&num, &(BigInt::one() << ((-e) as usize)))
        }
    } else {
        let num = if e >= 0 { mant << (e as usize) } else { mant };
        let mut den = pow10((-ndigits) as u64);
        if e < 0 {
            den <<= (-e) as usize;
        }
        div_round_half_even(&num, &den)
    };
    let r = if ndigits >= 0 {
        ratio_to_f64(y.magnitude(), pow10(ndigits as u64).magnitude())
    } else {
        biguint_to_f64((y * pow10((-ndigits) as u64)).magnitude())
    }
    .ok_or(NumError::Overflow("rounded value too large to represent"))?;
    Ok(r.copysign(x))
}

/// `round(x)` (`ndigits == None`, returns an int) or `round(x, n)` (returns
/// a float). See [`float_round_to_int`] and [`float_round_digits`].
pub fn float_round(x: f64, ndigits: Option<i64>) -> Result<RoundResult, NumError> {
    match ndigits {
        None => float_round_to_int(x).map(RoundResult::Int),
        Some(n) => float_round_digits(x, n).map(RoundResult::Float),
    }
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, otherwise
/// rounded to a multiple of `10**-ndigits` with ties to even
/// (`round(1250, -2) == 1200`, `round(1350, -2) == 1400`).
pub fn int_round(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2*|n| (so the result is 0) whenever 3*k >= bits(n) + 1.
    if k.saturating_mul(3) > n.bits() {
        return BigInt::zero();
    }
    let p = pow10(k);
    div_round_half_even(n, &p) * p
}

// ---------------------------------------------------------------------------
// Hashing (CPython 3.11, 64-bit)
// ---------------------------------------------------------------------------

/// 2**63 as a float.
const TWO63: f64 = (1u64 << 63) as f64;

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;
const HASH_INF: i64 = 314_159;

fn finish_hash(h: u64, negative: bool) -> i64 {
    let v = if negative { -(h as i64) } else { h as i64 };
    if v == -1 { -2 } else { v }
}

/// `hash(n)` for an int that fits in i64 (`hash(-1) == -2`).
pub fn hash_i64(n: i64) -> i64 {
    finish_hash(n.unsigned_abs() % HASH_MODULUS, n < 0)
}

/// `hash(n)` for any int (`hash(2**61) == 1`); equals [`hash_f64`] of an
/// equal float.
pub fn hash_bigint(n: &BigInt) -> i64 {
    if let Some(v) = n.to_i64() {
        return hash_i64(v);
    }
    let mut h: u128 = 0;
    for d in n.magnitude().iter_u64_digits().rev() {
        h = ((h << 64) | u128::from(d)) % u128::from(HASH_MODULUS);
    }
    finish_hash(h as u64, n.is_negative())
}

/// `hash(x)` for a float (`hash(1.5) == 1152921504606846977`,
/// `hash(inf) == 314159`, `hash(-inf) == -314159`). NaN hashes to 0 here:
/// CPython 3.10+ hashes NaN by object identity, which pyth cannot mirror.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (m, e) = decompose(x);
    let h = m % HASH_MODULUS;
    let r = e.rem_euclid(i64::from(HASH_BITS)) as u32;
    let h = if r == 0 {
        h
    } else {
        ((h << r) & HASH_MODULUS) | (h >> (HASH_BITS - r))
    };
    finish_hash(h, x < 0.0)
}

// ---------------------------------------------------------------------------
// Exact int/float comparison
// ---------------------------------------------------------------------------

/// Exact comparison of an int with a float (`2**53 + 1 > 2.0**53`,
/// `10**400 < inf`). `None` when `f` is nan.
pub fn cmp_bigint_f64(n: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Some(v) = n.to_i64() {
        return cmp_i64_f64(v, f);
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = f.trunc();
    let ti = f64_to_bigint(t).ok()?;
    match n.cmp(&ti) {
        Ordering::Equal => Some(cmp_frac(f - t)),
        o => Some(o),
    }
}

/// Ordering of an integer equal to trunc(f) against f, given f's fraction.
fn cmp_frac(frac: f64) -> Ordering {
    if frac > 0.0 {
        Ordering::Less
    } else if frac < 0.0 {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// Exact comparison of an i64 with a float. `None` when `f` is nan.
pub fn cmp_i64_f64(a: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if a.unsigned_abs() <= (1u64 << 53) {
        return (a as f64).partial_cmp(&f);
    }
    if f >= TWO63 {
        return Some(Ordering::Less);
    }
    if f < -TWO63 {
        return Some(Ordering::Greater);
    }
    let t = f.trunc();
    let ti = t as i64;
    match a.cmp(&ti) {
        Ordering::Equal => Some(cmp_frac(f - t)),
        o => Some(o),
    }
}

/// Sign of a BigInt as -1, 0 or 1 (convenience for callers).
pub fn big_signum(n: &BigInt) -> i32 {
    match n.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11.7 (`python3`) and are
    //! written here as literals; the tests never run Python.
    use super::*;
    use std::str::FromStr;

    fn b(s: &str) -> BigInt {
        BigInt::from_str(s).unwrap()
    }

    fn canon_err(e: &NumError) -> String {
        match e {
            NumError::ZeroDivision(m) => format!("ZeroDivision({m})"),
            NumError::Overflow(m) => format!("Overflow({m})"),
            NumError::Value(m) => format!("Value({m})"),
        }
    }

    fn canon_f(r: Result<f64, NumError>) -> String {
        match r {
            Ok(x) if x.is_nan() => "nan".into(),
            Ok(x) => format!("{:016x}", x.to_bits()),
            Err(e) => canon_err(&e),
        }
    }

    fn canon_f2(r: Result<(f64, f64), NumError>) -> String {
        match r {
            Ok((x, y)) => format!("{},{}", canon_f(Ok(x)), canon_f(Ok(y))),
            Err(e) => canon_err(&e),
        }
    }

    fn canon_i(r: Result<BigInt, NumError>) -> String {
        match r {
            Ok(v) => v.to_string(),
            Err(e) => canon_err(&e),
        }
    }

    fn canon_pow(r: Result<PowResult, NumError>) -> String {
        match r {
            Ok(PowResult::Int(v)) => v.to_string(),
            Ok(PowResult::Float(x)) => canon_f(Ok(x)),
            Err(e) => canon_err(&e),
        }
    }

    /// (a, b, a // b, a % b, a / b, a & b, a | b, a ^ b)
    type IntBinopRow = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );

    fn fbits(x: u64) -> f64 {
        f64::from_bits(x)
    }

    fn i64_of(s: &str) -> Option<i64> {
        i64::from_str(s).ok()
    }

    #[test]
    fn float_binops_table() {
        for &(a, c, fd, md, dm, pw) in FLOAT_BINOPS {
            let (x, y) = (fbits(a), fbits(c));
            assert_eq!(canon_f(float_floordiv(x, y)), fd, "{x:?} // {y:?}");
            assert_eq!(canon_f(float_mod(x, y)), md, "{x:?} % {y:?}");
            assert_eq!(canon_f2(float_divmod(x, y)), dm, "divmod({x:?}, {y:?})");
            assert_eq!(canon_f(float_pow(x, y)), pw, "{x:?} ** {y:?}");
        }
    }

    #[test]
    fn int_binops_table() {
        for &(a, c, fd, md, td, and, or, xor) in INT_BINOPS {
            let (x, y) = (b(a), b(c));
            assert_eq!(canon_i(big_floordiv(&x, &y)), fd, "{a} // {c}");
            assert_eq!(canon_i(big_mod(&x, &y)), md, "{a} % {c}");
            assert_eq!(canon_f(int_true_div(&x, &y)), td, "{a} / {c}");
            assert_eq!(big_and(&x, &y).to_string(), and);
            assert_eq!(big_or(&x, &y).to_string(), or);
            assert_eq!(big_xor(&x, &y).to_string(), xor);
            if let Ok((q, r)) = big_divmod(&x, &y) {
                assert_eq!(
                    (q.to_string(), r.to_string()),
                    (fd.to_string(), md.to_string())
                );
            }
            if let (Some(p), Some(q)) = (i64_of(a), i64_of(c)) {
                assert_eq!(
                    i64_floordiv(p, q).map(|v| v.to_string()),
                    i64_of(fd).map(|v| v.to_string())
                );
                assert_eq!(
                    i64_mod(p, q).map(|v| v.to_string()),
                    i64_of(md).map(|v| v.to_string())
                );
                if i64_of(fd).is_some() && i64_of(md).is_some() {
                    assert_eq!(
                        i64_divmod(p, q),
                        Some((i64_of(fd).unwrap(), i64_of(md).unwrap()))
                    );
                }
                assert_eq!(canon_f(i64_true_div(p, q)), td, "{a} / {c}");
                if let Some(o) = i64_of(and) {
                    assert_eq!(p & q, o);
                }
            }
        }
    }

    #[test]
    fn pow_mod_table() {
        for &(a, e, m, r) in POW_MOD {
            assert_eq!(
                canon_i(big_pow_mod(&b(a), &b(e), &b(m))),
                r,
                "pow({a}, {e}, {m})"
            );
        }
    }

    #[test]
    fn int_unary_table() {
        for &(a, f, h, inv, hx, bn, oc) in INT_UNARY {
            let n = b(a);
            assert_eq!(canon_f(bigint_to_f64(&n)), f, "float({a})");
            assert_eq!(hash_bigint(&n), h, "hash({a})");
            assert_eq!(big_invert(&n).to_string(), inv);
            assert_eq!(int_to_str_radix(&n, 16, true), hx);
            if !bn.is_empty() {
                assert_eq!(int_to_str_radix(&n, 2, true), bn);
            }
            if !oc.is_empty() {
                assert_eq!(int_to_str_radix(&n, 8, true), oc);
            }
            if let Some(v) = i64_of(a) {
                assert_eq!(hash_i64(v), h);
            }
        }
    }

    #[test]
    fn shifts_table() {
        for &(a, s, l, r) in SHIFTS {
            let (n, c) = (b(a), b(s));
            assert_eq!(canon_i(big_shl(&n, &c)), l, "{a} << {s}");
            assert_eq!(canon_i(big_shr(&n, &c)), r, "{a} >> {s}");
            if let (Some(x), Some(k)) = (i64_of(a), i64_of(s)) {
                assert_eq!(
                    i64_shl(x, k).map(|v| v.to_string()),
                    i64_of(l).map(|v| v.to_string())
                );
                if k >= 0 {
                    assert_eq!(i64_shr(x, k).map(|v| v.to_string()), Some(r.to_string()));
                }
            }
        }
    }

    #[test]
    fn pows_table() {
        for &(a, e, r) in POWS {
            assert_eq!(canon_pow(big_pow(&b(a), &b(e))), r, "{a} ** {e}");
        }
    }

    #[test]
    fn int_round_table() {
        for &(a, nd, r) in INT_ROUNDS {
            assert_eq!(int_round(&b(a), nd).to_string(), r, "round({a}, {nd})");
        }
    }

    #[test]
    fn float_unary_table() {
        for &(x, r, i, h) in FLOAT_UNARY {
            let v = fbits(x);
            assert_eq!(canon_i(float_round_to_int(v)), r, "round({v:?})");
            match float_round(v, None) {
                Ok(RoundResult::Int(n)) => assert_eq!(n.to_string(), r),
                Err(e) => assert_eq!(canon_err(&e), r),
                Ok(other) => panic!("unexpected {other:?}"),
            }
            assert_eq!(canon_i(f64_to_bigint(v)), i, "int({v:?})");
            assert_eq!(hash_f64(v), h, "hash({v:?})");
        }
    }

    #[test]
    fn float_round_table() {
        for &(x, nd, r) in FLOAT_ROUNDS {
            let v = fbits(x);
            assert_eq!(canon_f(float_round_digits(v, nd)), r, "round({v:?}, {nd})");
            match float_round(v, Some(nd)) {
                Ok(RoundResult::Float(f)) => assert_eq!(canon_f(Ok(f)), r),
                Err(e) => assert_eq!(canon_err(&e), r),
                Ok(other) => panic!("unexpected {other:?}"),
            }
        }
    }

    #[test]
    fn cmp_table() {
        for &(a, x, c) in CMPS {
            let expect = match c {
                -1 => Some(Ordering::Less),
                0 => Some(Ordering::Equal),
                1 => Some(Ordering::Greater),
                _ => None,
            };
            assert_eq!(
                cmp_bigint_f64(&b(a), fbits(x)),
                expect,
                "{a} vs {:?}",
                fbits(x)
            );
            if let Some(v) = i64_of(a) {
                assert_eq!(cmp_i64_f64(v, fbits(x)), expect, "{a} vs {:?}", fbits(x));
            }
        }
    }

    #[test]
    fn parse_int_table() {
        for &(s, base, r) in PARSE_INTS {
            assert_eq!(canon_i(parse_int(s, base)), r, "int({s:?}, {base})");
        }
    }

    #[test]
    fn parse_float_table() {
        for &(s, r) in PARSE_FLOATS {
            assert_eq!(canon_f(parse_float(s)), r, "float({s:?})");
        }
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }

    #[test]
    fn brief_examples() {
        assert_eq!(
            big_floordiv(&b("1"), &b("0")),
            Err(NumError::ZeroDivision("integer division or modulo by zero"))
        );
        assert_eq!(
            big_mod(&b("1"), &b("0")),
            Err(NumError::ZeroDivision("integer modulo by zero"))
        );
        assert_eq!(
            int_true_div(&b("1"), &b("0")),
            Err(NumError::ZeroDivision("division by zero"))
        );
        assert_eq!(
            float_div(1.0, 0.0),
            Err(NumError::ZeroDivision("float division by zero"))
        );
        assert_eq!(float_div(1.0, 4.0), Ok(0.25));
        assert_eq!(int_true_div(&pow10(400), &pow10(399)), Ok(10.0));
        assert_eq!(
            int_true_div(&pow10(400), &b("1")),
            Err(NumError::Overflow(
                "integer division result too large for a float"
            ))
        );
        assert_eq!(big_pow(&b("2"), &b("-1")), Ok(PowResult::Float(0.5)));
        assert_eq!(
            big_pow(&b("0"), &b("-1")),
            Err(NumError::ZeroDivision(
                "0.0 cannot be raised to a negative power"
            ))
        );
        assert_eq!(
            float_pow(10.0, 400.0),
            Err(NumError::Overflow("(34, 'Numerical result out of range')"))
        );
        assert!(matches!(
            float_pow(-8.0, 1.0 / 3.0),
            Err(NumError::Value(_))
        ));
        assert_eq!(float_pow(-8.0, 3.0), Ok(-512.0));
        assert_eq!(float_round_digits(2.675, 2), Ok(2.67));
        assert_eq!(float_round_digits(0.125, 2), Ok(0.12));
        assert_eq!(float_round_digits(1.5, 0), Ok(2.0));
        assert_eq!(float_round_digits(1234.5, -2), Ok(1200.0));
        assert_eq!(
            float_round_digits(1.5e308, -308),
            Err(NumError::Overflow("rounded value too large to represent"))
        );
        assert_eq!(float_round_to_int(2.5), Ok(b("2")));
        assert_eq!(float_round_to_int(-0.5), Ok(b("0")));
        assert_eq!(float_round_to_int(1e20), Ok(b("100000000000000000000")));
        assert_eq!(int_round(&b("1250"), -2), b("1200"));
        assert_eq!(int_round(&b("1350"), -2), b("1400"));
        assert_eq!(
            f64_to_bigint(f64::NAN),
            Err(NumError::Value(
                "cannot convert float NaN to integer".into()
            ))
        );
        assert_eq!(
            f64_to_bigint(f64::NEG_INFINITY),
            Err(NumError::Overflow(
                "cannot convert float infinity to integer"
            ))
        );
        assert_eq!(f64_to_bigint(-1e20), Ok(b("-100000000000000000000")));
        assert_eq!(f64_to_bigint(-TWO63), Ok(BigInt::from(i64::MIN)));
        // 2**1024 - 2**970 rounds up to 2**1024: overflow, as CPython.
        let n = (BigInt::one() << 1024usize) - (BigInt::one() << 970usize);
        assert_eq!(
            bigint_to_f64(&n),
            Err(NumError::Overflow("int too large to convert to float"))
        );
        let n = (BigInt::one() << 53usize) + 1;
        assert_eq!(bigint_to_f64(&n), Ok(9007199254740992.0));
        assert_eq!(bigint_to_f64(&b("-9223372036854775808")), Ok(-TWO63));
        assert_eq!(
            parse_int("abc", 10),
            Err(NumError::Value(
                "invalid literal for int() with base 10: 'abc'".into()
            ))
        );
        assert_eq!(parse_int("0x1f", 16), Ok(b("31")));
        assert_eq!(
            parse_int("1", 1),
            Err(NumError::Value(
                "int() base must be >= 2 and <= 36, or 0".into()
            ))
        );
        assert_eq!(
            parse_float("x"),
            Err(NumError::Value(
                "could not convert string to float: 'x'".into()
            ))
        );
        assert_eq!(int_to_str_radix(&b("-255"), 16, true), "-0xff");
        assert_eq!(int_to_str_radix(&b("-255"), 16, false), "-ff");
        assert_eq!(int_to_str_radix(&b("35"), 36, true), "z");
        assert_eq!(int_to_str_radix(&b("12"), 99, true), "12");
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_i64(i64::MAX), 3);
        assert_eq!(hash_bigint(&(BigInt::one() << 61usize)), 1);
        assert_eq!(hash_f64(1.5), 1152921504606846977);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_f64(f64::NAN), 0);
        assert_eq!(hash_f64(-0.0), 0);
        assert_eq!(hash_f64(1.0), hash_i64(1));
        assert_eq!(hash_f64(-2.0), -2);
        assert_eq!(
            hash_f64(2.0f64.powi(100)),
            hash_bigint(&(BigInt::one() << 100usize))
        );
        assert_eq!(
            cmp_bigint_f64(&((BigInt::one() << 53usize) + 1), 2.0f64.powi(53)),
            Some(Ordering::Greater)
        );
        assert_eq!(
            cmp_bigint_f64(&pow10(400), f64::INFINITY),
            Some(Ordering::Less)
        );
        assert_eq!(cmp_i64_f64(i64::MAX, TWO63), Some(Ordering::Less));
        assert_eq!(cmp_i64_f64(i64::MIN, -TWO63), Some(Ordering::Equal));
        assert_eq!(cmp_i64_f64(1, f64::NAN), None);
    }

    #[test]
    fn i64_fast_paths() {
        assert_eq!(i64_floordiv(i64::MIN, -1), None);
        assert_eq!(i64_floordiv(-7, 2), Some(-4));
        assert_eq!(i64_floordiv(7, -2), Some(-4));
        assert_eq!(i64_floordiv(-7, -2), Some(3));
        assert_eq!(i64_floordiv(1, 0), None);
        assert_eq!(i64_floordiv(i64::MIN, 2), Some(i64::MIN / 2));
        assert_eq!(i64_mod(i64::MIN, -1), Some(0));
        assert_eq!(i64_mod(-7, 2), Some(1));
        assert_eq!(i64_mod(7, -2), Some(-1));
        assert_eq!(i64_mod(i64::MIN, i64::MAX), Some(i64::MAX - 1));
        assert_eq!(i64_mod(5, 0), None);
        assert_eq!(i64_pow(2, 62), Some(1 << 62));
        assert_eq!(i64_pow(2, 63), None);
        assert_eq!(i64_pow(-2, 63), Some(i64::MIN));
        assert_eq!(i64_pow(0, 0), Some(1));
        assert_eq!(i64_shl(1, 62), Some(1 << 62));
        assert_eq!(i64_shl(1, 63), None);
        assert_eq!(i64_shl(-1, 63), Some(i64::MIN));
        assert_eq!(i64_shl(0, 1000), Some(0));
        assert_eq!(i64_shl(1, -1), None);
        assert_eq!(i64_shr(-5, 1), Some(-3));
        assert_eq!(i64_shr(-1, 1000), Some(-1));
        assert_eq!(i64_shr(1, -1), None);
        assert_eq!(
            i64_true_div(0, -5).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert_eq!(i64_true_div(i64::MIN, 3), Ok(-3.0744573456182584e18));
    }

    #[test]
    fn limits_and_no_panics() {
        let huge = pow10(30);
        assert_eq!(
            big_shl(&b("1"), &huge),
            Err(NumError::Overflow(TOO_LARGE_MSG))
        );
        assert_eq!(big_shl(&b("0"), &huge), Ok(b("0")));
        assert_eq!(big_shr(&b("-1"), &huge), Ok(b("-1")));
        assert_eq!(
            big_pow(&b("2"), &huge),
            Err(NumError::Overflow(TOO_LARGE_MSG))
        );
        assert_eq!(big_pow(&b("-1"), &(&huge + 1)), Ok(PowResult::Int(b("-1"))));
        assert_eq!(big_pow(&b("0"), &huge), Ok(PowResult::Int(b("0"))));
        let p = big_pow(&b("-8"), &b("1001")).unwrap();
        assert_eq!(p, PowResult::Int(-(BigInt::one() << 3003usize)));
        let p = big_pow(&b("-4"), &b("1000")).unwrap();
        assert_eq!(p, PowResult::Int(BigInt::one() << 2000usize));
        assert_eq!(
            big_pow(&b("2"), &(-pow10(400))),
            Err(NumError::Overflow("int too large to convert to float"))
        );
        assert_eq!(
            big_pow_mod(&b("3"), &huge, &b("1000000007")).map(|v| v.is_positive()),
            Ok(true)
        );
        assert_eq!(int_round(&b("5"), i64::MIN), b("0"));
        assert_eq!(float_round_digits(1.5, i64::MAX), Ok(1.5));
        assert_eq!(
            float_round_digits(-1.5, i64::MIN).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        // CPython 3.11's int max str digits (4300) for non power-of-two bases.
        let long = "1".repeat(4301);
        assert_eq!(
            parse_int(&long, 10),
            Err(NumError::Value(
                "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
                 digits; use sys.set_int_max_str_digits() to increase the limit"
                    .into()
            ))
        );
        assert_eq!(
            parse_int(&"1".repeat(4300), 10).map(|v| v.bits()),
            Ok(14282)
        );
        assert_eq!(parse_int(&"1".repeat(5000), 2).map(|v| v.bits()), Ok(5000));
        // Error reprs of the original text are truncated to 200 characters.
        let x = "x".repeat(300);
        let msg = format!(
            "invalid literal for int() with base 10: '{}",
            "x".repeat(199)
        );
        assert_eq!(parse_int(&x, 10), Err(NumError::Value(msg)));
        assert_eq!(crate::objects::repr::str_repr("a'b"), "\"a'b\"");
        assert_eq!(crate::objects::repr::str_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(
            crate::objects::repr::str_repr("\\\n\t\r\u{0}é"),
            "'\\\\\\n\\t\\r\\x00é'"
        );
    }

    /// (a, b, a // b, a % b, divmod(a, b), a ** b), floats as bit patterns.
    #[rustfmt::skip]
    const FLOAT_BINOPS: &[(u64, u64, &str, &str, &str, &str)] = &[
        (0x0000000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x0000000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x0000000000000000, 0x3ff0000000000000, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x0000000000000000, 0xbff0000000000000, "8000000000000000", "8000000000000000", "8000000000000000,8000000000000000", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        (0x0000000000000000, 0x401c000000000000, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x0000000000000000, 0xc01e000000000000, "8000000000000000", "8000000000000000", "8000000000000000,8000000000000000", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        (0x0000000000000000, 0x3fe0000000000000, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x0000000000000000, 0xc008000000000000, "8000000000000000", "8000000000000000", "8000000000000000,8000000000000000", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        (0x0000000000000000, 0x7e37e43c8800759c, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x0000000000000000, 0x0000000000000001, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x0000000000000000, 0x7ff0000000000000, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x0000000000000000, 0xfff0000000000000, "8000000000000000", "8000000000000000", "8000000000000000,8000000000000000", "7ff0000000000000"),
        (0x0000000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x0000000000000000, 0x400d99999999999a, "0000000000000000", "0000000000000000", "0000000000000000,0000000000000000", "0000000000000000"),
        (0x8000000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x8000000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x8000000000000000, 0x3ff0000000000000, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "8000000000000000"),
        (0x8000000000000000, 0xbff0000000000000, "0000000000000000", "8000000000000000", "0000000000000000,8000000000000000", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        (0x8000000000000000, 0x401c000000000000, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "8000000000000000"),
        (0x8000000000000000, 0xc01e000000000000, "0000000000000000", "8000000000000000", "0000000000000000,8000000000000000", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        (0x8000000000000000, 0x3fe0000000000000, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "0000000000000000"),
        (0x8000000000000000, 0xc008000000000000, "0000000000000000", "8000000000000000", "0000000000000000,8000000000000000", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        (0x8000000000000000, 0x7e37e43c8800759c, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "0000000000000000"),
        (0x8000000000000000, 0x0000000000000001, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "0000000000000000"),
        (0x8000000000000000, 0x7ff0000000000000, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "0000000000000000"),
        (0x8000000000000000, 0xfff0000000000000, "0000000000000000", "8000000000000000", "0000000000000000,8000000000000000", "7ff0000000000000"),
        (0x8000000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x8000000000000000, 0x400d99999999999a, "8000000000000000", "0000000000000000", "8000000000000000,0000000000000000", "0000000000000000"),
        (0x3ff0000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x3ff0000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x3ff0000000000000, 0x3ff0000000000000, "3ff0000000000000", "0000000000000000", "3ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0xbff0000000000000, "bff0000000000000", "8000000000000000", "bff0000000000000,8000000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0x401c000000000000, "0000000000000000", "3ff0000000000000", "0000000000000000,3ff0000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0xc01e000000000000, "bff0000000000000", "c01a000000000000", "bff0000000000000,c01a000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0x3fe0000000000000, "4000000000000000", "0000000000000000", "4000000000000000,0000000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0xc008000000000000, "bff0000000000000", "c000000000000000", "bff0000000000000,c000000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0x7e37e43c8800759c, "0000000000000000", "3ff0000000000000", "0000000000000000,3ff0000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0x0000000000000001, "7ff0000000000000", "0000000000000000", "7ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0x7ff0000000000000, "0000000000000000", "3ff0000000000000", "0000000000000000,3ff0000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0xfff0000000000000, "bff0000000000000", "fff0000000000000", "bff0000000000000,fff0000000000000", "3ff0000000000000"),
        (0x3ff0000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "3ff0000000000000"),
        (0x3ff0000000000000, 0x400d99999999999a, "0000000000000000", "3ff0000000000000", "0000000000000000,3ff0000000000000", "3ff0000000000000"),
        (0xbff0000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xbff0000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xbff0000000000000, 0x3ff0000000000000, "bff0000000000000", "0000000000000000", "bff0000000000000,0000000000000000", "bff0000000000000"),
        (0xbff0000000000000, 0xbff0000000000000, "3ff0000000000000", "8000000000000000", "3ff0000000000000,8000000000000000", "bff0000000000000"),
        (0xbff0000000000000, 0x401c000000000000, "bff0000000000000", "4018000000000000", "bff0000000000000,4018000000000000", "bff0000000000000"),
        (0xbff0000000000000, 0xc01e000000000000, "0000000000000000", "bff0000000000000", "0000000000000000,bff0000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xbff0000000000000, 0x3fe0000000000000, "c000000000000000", "0000000000000000", "c000000000000000,0000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xbff0000000000000, 0xc008000000000000, "0000000000000000", "bff0000000000000", "0000000000000000,bff0000000000000", "bff0000000000000"),
        (0xbff0000000000000, 0x7e37e43c8800759c, "bff0000000000000", "7e37e43c8800759c", "bff0000000000000,7e37e43c8800759c", "3ff0000000000000"),
        (0xbff0000000000000, 0x0000000000000001, "fff0000000000000", "0000000000000000", "fff0000000000000,0000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xbff0000000000000, 0x7ff0000000000000, "bff0000000000000", "7ff0000000000000", "bff0000000000000,7ff0000000000000", "3ff0000000000000"),
        (0xbff0000000000000, 0xfff0000000000000, "0000000000000000", "bff0000000000000", "0000000000000000,bff0000000000000", "3ff0000000000000"),
        (0xbff0000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0xbff0000000000000, 0x400d99999999999a, "bff0000000000000", "400599999999999a", "bff0000000000000,400599999999999a", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0x401c000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x401c000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x401c000000000000, 0x3ff0000000000000, "401c000000000000", "0000000000000000", "401c000000000000,0000000000000000", "401c000000000000"),
        (0x401c000000000000, 0xbff0000000000000, "c01c000000000000", "8000000000000000", "c01c000000000000,8000000000000000", "3fc2492492492492"),
        (0x401c000000000000, 0x401c000000000000, "3ff0000000000000", "0000000000000000", "3ff0000000000000,0000000000000000", "412921ee00000000"),
        (0x401c000000000000, 0xc01e000000000000, "bff0000000000000", "bfe0000000000000", "bff0000000000000,bfe0000000000000", "3e9eccb04ff37377"),
        (0x401c000000000000, 0x3fe0000000000000, "402c000000000000", "0000000000000000", "402c000000000000,0000000000000000", "40052a7fa9d2f8ea"),
        (0x401c000000000000, 0xc008000000000000, "c008000000000000", "c000000000000000", "c008000000000000,c000000000000000", "3f67e225515a4f1d"),
        (0x401c000000000000, 0x7e37e43c8800759c, "0000000000000000", "401c000000000000", "0000000000000000,401c000000000000", "Overflow((34, 'Numerical result out of range'))"),
        (0x401c000000000000, 0x0000000000000001, "7ff0000000000000", "0000000000000000", "7ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x401c000000000000, 0x7ff0000000000000, "0000000000000000", "401c000000000000", "0000000000000000,401c000000000000", "7ff0000000000000"),
        (0x401c000000000000, 0xfff0000000000000, "bff0000000000000", "fff0000000000000", "bff0000000000000,fff0000000000000", "0000000000000000"),
        (0x401c000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x401c000000000000, 0x400d99999999999a, "3ff0000000000000", "400a666666666666", "3ff0000000000000,400a666666666666", "4094ed037391fd3c"),
        (0xc01e000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xc01e000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xc01e000000000000, 0x3ff0000000000000, "c020000000000000", "3fe0000000000000", "c020000000000000,3fe0000000000000", "c01e000000000000"),
        (0xc01e000000000000, 0xbff0000000000000, "401c000000000000", "bfe0000000000000", "401c000000000000,bfe0000000000000", "bfc1111111111111"),
        (0xc01e000000000000, 0x401c000000000000, "c000000000000000", "401a000000000000", "c000000000000000,401a000000000000", "c1345e36de000000"),
        (0xc01e000000000000, 0xc01e000000000000, "3ff0000000000000", "8000000000000000", "3ff0000000000000,8000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xc01e000000000000, 0x3fe0000000000000, "c02e000000000000", "0000000000000000", "c02e000000000000,0000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xc01e000000000000, 0xc008000000000000, "4000000000000000", "bff8000000000000", "4000000000000000,bff8000000000000", "bf636b06e70b7421"),
        (0xc01e000000000000, 0x7e37e43c8800759c, "bff0000000000000", "7e37e43c8800759c", "bff0000000000000,7e37e43c8800759c", "Overflow((34, 'Numerical result out of range'))"),
        (0xc01e000000000000, 0x0000000000000001, "fff0000000000000", "0000000000000000", "fff0000000000000,0000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xc01e000000000000, 0x7ff0000000000000, "bff0000000000000", "7ff0000000000000", "bff0000000000000,7ff0000000000000", "7ff0000000000000"),
        (0xc01e000000000000, 0xfff0000000000000, "0000000000000000", "c01e000000000000", "0000000000000000,c01e000000000000", "0000000000000000"),
        (0xc01e000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0xc01e000000000000, 0x400d99999999999a, "c008000000000000", "400cccccccccccce", "c008000000000000,400cccccccccccce", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0x3fe0000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x3fe0000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x3fe0000000000000, 0x3ff0000000000000, "0000000000000000", "3fe0000000000000", "0000000000000000,3fe0000000000000", "3fe0000000000000"),
        (0x3fe0000000000000, 0xbff0000000000000, "bff0000000000000", "bfe0000000000000", "bff0000000000000,bfe0000000000000", "4000000000000000"),
        (0x3fe0000000000000, 0x401c000000000000, "0000000000000000", "3fe0000000000000", "0000000000000000,3fe0000000000000", "3f80000000000000"),
        (0x3fe0000000000000, 0xc01e000000000000, "bff0000000000000", "c01c000000000000", "bff0000000000000,c01c000000000000", "4066a09e667f3bcd"),
        (0x3fe0000000000000, 0x3fe0000000000000, "3ff0000000000000", "0000000000000000", "3ff0000000000000,0000000000000000", "3fe6a09e667f3bcd"),
        (0x3fe0000000000000, 0xc008000000000000, "bff0000000000000", "c004000000000000", "bff0000000000000,c004000000000000", "4020000000000000"),
        (0x3fe0000000000000, 0x7e37e43c8800759c, "0000000000000000", "3fe0000000000000", "0000000000000000,3fe0000000000000", "0000000000000000"),
        (0x3fe0000000000000, 0x0000000000000001, "7ff0000000000000", "0000000000000000", "7ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x3fe0000000000000, 0x7ff0000000000000, "0000000000000000", "3fe0000000000000", "0000000000000000,3fe0000000000000", "0000000000000000"),
        (0x3fe0000000000000, 0xfff0000000000000, "bff0000000000000", "fff0000000000000", "bff0000000000000,fff0000000000000", "7ff0000000000000"),
        (0x3fe0000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x3fe0000000000000, 0x400d99999999999a, "0000000000000000", "3fe0000000000000", "0000000000000000,3fe0000000000000", "3fb3b2c47bff8328"),
        (0xc008000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xc008000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xc008000000000000, 0x3ff0000000000000, "c008000000000000", "0000000000000000", "c008000000000000,0000000000000000", "c008000000000000"),
        (0xc008000000000000, 0xbff0000000000000, "4008000000000000", "8000000000000000", "4008000000000000,8000000000000000", "bfd5555555555555"),
        (0xc008000000000000, 0x401c000000000000, "bff0000000000000", "4010000000000000", "bff0000000000000,4010000000000000", "c0a1160000000000"),
        (0xc008000000000000, 0xc01e000000000000, "0000000000000000", "c008000000000000", "0000000000000000,c008000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xc008000000000000, 0x3fe0000000000000, "c018000000000000", "0000000000000000", "c018000000000000,0000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xc008000000000000, 0xc008000000000000, "3ff0000000000000", "8000000000000000", "3ff0000000000000,8000000000000000", "bfa2f684bda12f68"),
        (0xc008000000000000, 0x7e37e43c8800759c, "bff0000000000000", "7e37e43c8800759c", "bff0000000000000,7e37e43c8800759c", "Overflow((34, 'Numerical result out of range'))"),
        (0xc008000000000000, 0x0000000000000001, "fff0000000000000", "0000000000000000", "fff0000000000000,0000000000000000", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0xc008000000000000, 0x7ff0000000000000, "bff0000000000000", "7ff0000000000000", "bff0000000000000,7ff0000000000000", "7ff0000000000000"),
        (0xc008000000000000, 0xfff0000000000000, "0000000000000000", "c008000000000000", "0000000000000000,c008000000000000", "0000000000000000"),
        (0xc008000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0xc008000000000000, 0x400d99999999999a, "bff0000000000000", "3fe6666666666668", "bff0000000000000,3fe6666666666668", "Value(pyth does not support complex numbers: negative number cannot be raised to a fractional power)"),
        (0x7e37e43c8800759c, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x7e37e43c8800759c, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x7e37e43c8800759c, 0x3ff0000000000000, "7e37e43c8800759c", "0000000000000000", "7e37e43c8800759c,0000000000000000", "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 0xbff0000000000000, "fe37e43c8800759c", "8000000000000000", "fe37e43c8800759c,8000000000000000", "01a56e1fc2f8f359"),
        (0x7e37e43c8800759c, 0x401c000000000000, "7e0b4dfc092518b2", "3ff0000000000000", "7e0b4dfc092518b2,3ff0000000000000", "Overflow((34, 'Numerical result out of range'))"),
        (0x7e37e43c8800759c, 0xc01e000000000000, "fe097bfc4ccd4a40", "8000000000000000", "fe097bfc4ccd4a40,8000000000000000", "0000000000000000"),
        (0x7e37e43c8800759c, 0x3fe0000000000000, "7e47e43c8800759c", "0000000000000000", "7e47e43c8800759c,0000000000000000", "5f138d352e5096af"),
        (0x7e37e43c8800759c, 0xc008000000000000, "fe1fdafb60009cd0", "8000000000000000", "fe1fdafb60009cd0,8000000000000000", "0000000000000000"),
        (0x7e37e43c8800759c, 0x7e37e43c8800759c, "3ff0000000000000", "0000000000000000", "3ff0000000000000,0000000000000000", "Overflow((34, 'Numerical result out of range'))"),
        (0x7e37e43c8800759c, 0x0000000000000001, "7ff0000000000000", "0000000000000000", "7ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x7e37e43c8800759c, 0x7ff0000000000000, "0000000000000000", "7e37e43c8800759c", "0000000000000000,7e37e43c8800759c", "7ff0000000000000"),
        (0x7e37e43c8800759c, 0xfff0000000000000, "bff0000000000000", "fff0000000000000", "bff0000000000000,fff0000000000000", "0000000000000000"),
        (0x7e37e43c8800759c, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7e37e43c8800759c, 0x400d99999999999a, "7e19d425c3761e47", "3ffc408f4350ed98", "7e19d425c3761e47,3ffc408f4350ed98", "Overflow((34, 'Numerical result out of range'))"),
        (0x0000000000000001, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x0000000000000001, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x0000000000000001, 0x3ff0000000000000, "0000000000000000", "0000000000000001", "0000000000000000,0000000000000001", "0000000000000001"),
        (0x0000000000000001, 0xbff0000000000000, "bff0000000000000", "bff0000000000000", "bff0000000000000,bff0000000000000", "Overflow((34, 'Numerical result out of range'))"),
        (0x0000000000000001, 0x401c000000000000, "0000000000000000", "0000000000000001", "0000000000000000,0000000000000001", "0000000000000000"),
        (0x0000000000000001, 0xc01e000000000000, "bff0000000000000", "c01e000000000000", "bff0000000000000,c01e000000000000", "Overflow((34, 'Numerical result out of range'))"),
        (0x0000000000000001, 0x3fe0000000000000, "0000000000000000", "0000000000000001", "0000000000000000,0000000000000001", "1e60000000000000"),
        (0x0000000000000001, 0xc008000000000000, "bff0000000000000", "c008000000000000", "bff0000000000000,c008000000000000", "Overflow((34, 'Numerical result out of range'))"),
        (0x0000000000000001, 0x7e37e43c8800759c, "0000000000000000", "0000000000000001", "0000000000000000,0000000000000001", "0000000000000000"),
        (0x0000000000000001, 0x0000000000000001, "3ff0000000000000", "0000000000000000", "3ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x0000000000000001, 0x7ff0000000000000, "0000000000000000", "0000000000000001", "0000000000000000,0000000000000001", "0000000000000000"),
        (0x0000000000000001, 0xfff0000000000000, "bff0000000000000", "fff0000000000000", "bff0000000000000,fff0000000000000", "7ff0000000000000"),
        (0x0000000000000001, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x0000000000000001, 0x400d99999999999a, "0000000000000000", "0000000000000001", "0000000000000000,0000000000000001", "0000000000000000"),
        (0x7ff0000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x7ff0000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x7ff0000000000000, 0x3ff0000000000000, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff0000000000000, 0xbff0000000000000, "nan", "nan", "nan,nan", "0000000000000000"),
        (0x7ff0000000000000, 0x401c000000000000, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff0000000000000, 0xc01e000000000000, "nan", "nan", "nan,nan", "0000000000000000"),
        (0x7ff0000000000000, 0x3fe0000000000000, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff0000000000000, 0xc008000000000000, "nan", "nan", "nan,nan", "0000000000000000"),
        (0x7ff0000000000000, 0x7e37e43c8800759c, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff0000000000000, 0x0000000000000001, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff0000000000000, 0x7ff0000000000000, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff0000000000000, 0xfff0000000000000, "nan", "nan", "nan,nan", "0000000000000000"),
        (0x7ff0000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff0000000000000, 0x400d99999999999a, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0xfff0000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xfff0000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0xfff0000000000000, 0x3ff0000000000000, "nan", "nan", "nan,nan", "fff0000000000000"),
        (0xfff0000000000000, 0xbff0000000000000, "nan", "nan", "nan,nan", "8000000000000000"),
        (0xfff0000000000000, 0x401c000000000000, "nan", "nan", "nan,nan", "fff0000000000000"),
        (0xfff0000000000000, 0xc01e000000000000, "nan", "nan", "nan,nan", "0000000000000000"),
        (0xfff0000000000000, 0x3fe0000000000000, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0xfff0000000000000, 0xc008000000000000, "nan", "nan", "nan,nan", "8000000000000000"),
        (0xfff0000000000000, 0x7e37e43c8800759c, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0xfff0000000000000, 0x0000000000000001, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0xfff0000000000000, 0x7ff0000000000000, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0xfff0000000000000, 0xfff0000000000000, "nan", "nan", "nan,nan", "0000000000000000"),
        (0xfff0000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0xfff0000000000000, 0x400d99999999999a, "nan", "nan", "nan,nan", "7ff0000000000000"),
        (0x7ff8000000000000, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x7ff8000000000000, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x7ff8000000000000, 0x3ff0000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0xbff0000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x401c000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0xc01e000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x3fe0000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0xc008000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x7e37e43c8800759c, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x0000000000000001, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x7ff0000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0xfff0000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x7ff8000000000000, 0x400d99999999999a, "nan", "nan", "nan,nan", "nan"),
        (0x400d99999999999a, 0x0000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x400d99999999999a, 0x8000000000000000, "ZeroDivision(float floor division by zero)", "ZeroDivision(float modulo)", "ZeroDivision(float divmod())", "3ff0000000000000"),
        (0x400d99999999999a, 0x3ff0000000000000, "4008000000000000", "3fe6666666666668", "4008000000000000,3fe6666666666668", "400d99999999999a"),
        (0x400d99999999999a, 0xbff0000000000000, "c010000000000000", "bfd3333333333330", "c010000000000000,bfd3333333333330", "3fd14c1bacf914c1"),
        (0x400d99999999999a, 0x401c000000000000, "0000000000000000", "400d99999999999a", "0000000000000000,400d99999999999a", "40c28a9806fd4a45"),
        (0x400d99999999999a, 0xc01e000000000000, "bff0000000000000", "c00e666666666666", "bff0000000000000,c00e666666666666", "3f0cb629a6933d5a"),
        (0x400d99999999999a, 0x3fe0000000000000, "401c000000000000", "3fc99999999999a0", "401c000000000000,3fc99999999999a0", "3ffec6d0353167a9"),
        (0x400d99999999999a, 0xc008000000000000, "c000000000000000", "c002666666666666", "c000000000000000,c002666666666666", "3f94374a6b89f579"),
        (0x400d99999999999a, 0x7e37e43c8800759c, "0000000000000000", "400d99999999999a", "0000000000000000,400d99999999999a", "Overflow((34, 'Numerical result out of range'))"),
        (0x400d99999999999a, 0x0000000000000001, "7ff0000000000000", "0000000000000000", "7ff0000000000000,0000000000000000", "3ff0000000000000"),
        (0x400d99999999999a, 0x7ff0000000000000, "0000000000000000", "400d99999999999a", "0000000000000000,400d99999999999a", "7ff0000000000000"),
        (0x400d99999999999a, 0xfff0000000000000, "bff0000000000000", "fff0000000000000", "bff0000000000000,fff0000000000000", "0000000000000000"),
        (0x400d99999999999a, 0x7ff8000000000000, "nan", "nan", "nan,nan", "nan"),
        (0x400d99999999999a, 0x400d99999999999a, "3ff0000000000000", "0000000000000000", "3ff0000000000000,0000000000000000", "405fa4c55d77f0e3"),
    ];
    /// (a, b, a // b, a % b, a / b, a & b, a | b, a ^ b)
    #[rustfmt::skip]
    const INT_BINOPS: &[IntBinopRow] = &[
        ("0", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "0", "0"),
        ("0", "1", "0", "0", "0000000000000000", "0", "1", "1"),
        ("0", "-1", "0", "0", "8000000000000000", "0", "-1", "-1"),
        ("0", "2", "0", "0", "0000000000000000", "0", "2", "2"),
        ("0", "-7", "0", "0", "8000000000000000", "0", "-7", "-7"),
        ("0", "10", "0", "0", "0000000000000000", "0", "10", "10"),
        ("0", "9007199254740993", "0", "0", "0000000000000000", "0", "9007199254740993", "9007199254740993"),
        ("0", "9223372036854775807", "0", "0", "0000000000000000", "0", "9223372036854775807", "9223372036854775807"),
        ("0", "-9223372036854775808", "0", "0", "8000000000000000", "0", "-9223372036854775808", "-9223372036854775808"),
        ("0", "18446744073709551619", "0", "0", "0000000000000000", "0", "18446744073709551619", "18446744073709551619"),
        ("0", "-1267650600228229401496703205381", "0", "0", "8000000000000000", "0", "-1267650600228229401496703205381", "-1267650600228229401496703205381"),
        ("0", "1000000000000000000000000000000", "0", "0", "0000000000000000", "0", "1000000000000000000000000000000", "1000000000000000000000000000000"),
        ("0", "-9999999999999999999999999999999999999993", "0", "0", "8000000000000000", "0", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999993"),
        ("1", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "1", "1"),
        ("1", "1", "1", "0", "3ff0000000000000", "1", "1", "0"),
        ("1", "-1", "-1", "0", "bff0000000000000", "1", "-1", "-2"),
        ("1", "2", "0", "1", "3fe0000000000000", "0", "3", "3"),
        ("1", "-7", "-1", "-6", "bfc2492492492492", "1", "-7", "-8"),
        ("1", "10", "0", "1", "3fb999999999999a", "0", "11", "11"),
        ("1", "9007199254740993", "0", "1", "3c9fffffffffffff", "1", "9007199254740993", "9007199254740992"),
        ("1", "9223372036854775807", "0", "1", "3c00000000000000", "1", "9223372036854775807", "9223372036854775806"),
        ("1", "-9223372036854775808", "-1", "-9223372036854775807", "bc00000000000000", "0", "-9223372036854775807", "-9223372036854775807"),
        ("1", "18446744073709551619", "0", "1", "3bf0000000000000", "1", "18446744073709551619", "18446744073709551618"),
        ("1", "-1267650600228229401496703205381", "-1", "-1267650600228229401496703205380", "b9b0000000000000", "1", "-1267650600228229401496703205381", "-1267650600228229401496703205382"),
        ("1", "1000000000000000000000000000000", "0", "1", "39b4484bfeebc2a0", "0", "1000000000000000000000000000001", "1000000000000000000000000000001"),
        ("1", "-9999999999999999999999999999999999999993", "-1", "-9999999999999999999999999999999999999992", "b7a16c262777579c", "1", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999994"),
        ("-1", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "-1", "-1"),
        ("-1", "1", "-1", "0", "bff0000000000000", "1", "-1", "-2"),
        ("-1", "-1", "1", "0", "3ff0000000000000", "-1", "-1", "0"),
        ("-1", "2", "-1", "1", "bfe0000000000000", "2", "-1", "-3"),
        ("-1", "-7", "0", "-1", "3fc2492492492492", "-7", "-1", "6"),
        ("-1", "10", "-1", "9", "bfb999999999999a", "10", "-1", "-11"),
        ("-1", "9007199254740993", "-1", "9007199254740992", "bc9fffffffffffff", "9007199254740993", "-1", "-9007199254740994"),
        ("-1", "9223372036854775807", "-1", "9223372036854775806", "bc00000000000000", "9223372036854775807", "-1", "-9223372036854775808"),
        ("-1", "-9223372036854775808", "0", "-1", "3c00000000000000", "-9223372036854775808", "-1", "9223372036854775807"),
        ("-1", "18446744073709551619", "-1", "18446744073709551618", "bbf0000000000000", "18446744073709551619", "-1", "-18446744073709551620"),
        ("-1", "-1267650600228229401496703205381", "0", "-1", "39b0000000000000", "-1267650600228229401496703205381", "-1", "1267650600228229401496703205380"),
        ("-1", "1000000000000000000000000000000", "-1", "999999999999999999999999999999", "b9b4484bfeebc2a0", "1000000000000000000000000000000", "-1", "-1000000000000000000000000000001"),
        ("-1", "-9999999999999999999999999999999999999993", "0", "-1", "37a16c262777579c", "-9999999999999999999999999999999999999993", "-1", "9999999999999999999999999999999999999992"),
        ("2", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "2", "2"),
        ("2", "1", "2", "0", "4000000000000000", "0", "3", "3"),
        ("2", "-1", "-2", "0", "c000000000000000", "2", "-1", "-3"),
        ("2", "2", "1", "0", "3ff0000000000000", "2", "2", "0"),
        ("2", "-7", "-1", "-5", "bfd2492492492492", "0", "-5", "-5"),
        ("2", "10", "0", "2", "3fc999999999999a", "2", "10", "8"),
        ("2", "9007199254740993", "0", "2", "3cafffffffffffff", "0", "9007199254740995", "9007199254740995"),
        ("2", "9223372036854775807", "0", "2", "3c10000000000000", "2", "9223372036854775807", "9223372036854775805"),
        ("2", "-9223372036854775808", "-1", "-9223372036854775806", "bc10000000000000", "0", "-9223372036854775806", "-9223372036854775806"),
        ("2", "18446744073709551619", "0", "2", "3c00000000000000", "2", "18446744073709551619", "18446744073709551617"),
        ("2", "-1267650600228229401496703205381", "-1", "-1267650600228229401496703205379", "b9c0000000000000", "2", "-1267650600228229401496703205381", "-1267650600228229401496703205383"),
        ("2", "1000000000000000000000000000000", "0", "2", "39c4484bfeebc2a0", "0", "1000000000000000000000000000002", "1000000000000000000000000000002"),
        ("2", "-9999999999999999999999999999999999999993", "-1", "-9999999999999999999999999999999999999991", "b7b16c262777579c", "2", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999995"),
        ("-7", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "-7", "-7"),
        ("-7", "1", "-7", "0", "c01c000000000000", "1", "-7", "-8"),
        ("-7", "-1", "7", "0", "401c000000000000", "-7", "-1", "6"),
        ("-7", "2", "-4", "1", "c00c000000000000", "0", "-5", "-5"),
        ("-7", "-7", "1", "0", "3ff0000000000000", "-7", "-7", "0"),
        ("-7", "10", "-1", "3", "bfe6666666666666", "8", "-5", "-13"),
        ("-7", "9007199254740993", "-1", "9007199254740986", "bccbffffffffffff", "9007199254740993", "-7", "-9007199254741000"),
        ("-7", "9223372036854775807", "-1", "9223372036854775800", "bc2c000000000000", "9223372036854775801", "-1", "-9223372036854775802"),
        ("-7", "-9223372036854775808", "0", "-7", "3c2c000000000000", "-9223372036854775808", "-7", "9223372036854775801"),
        ("-7", "18446744073709551619", "-1", "18446744073709551612", "bc1c000000000000", "18446744073709551617", "-5", "-18446744073709551622"),
        ("-7", "-1267650600228229401496703205381", "0", "-7", "39dc000000000000", "-1267650600228229401496703205383", "-5", "1267650600228229401496703205378"),
        ("-7", "1000000000000000000000000000000", "-1", "999999999999999999999999999993", "b9e1bf427f0e4a4c", "1000000000000000000000000000000", "-7", "-1000000000000000000000000000007"),
        ("-7", "-9999999999999999999999999999999999999993", "0", "-7", "37ce7d42c510d952", "-9999999999999999999999999999999999999999", "-1", "9999999999999999999999999999999999999998"),
        ("10", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "10", "10"),
        ("10", "1", "10", "0", "4024000000000000", "0", "11", "11"),
        ("10", "-1", "-10", "0", "c024000000000000", "10", "-1", "-11"),
        ("10", "2", "5", "0", "4014000000000000", "2", "10", "8"),
        ("10", "-7", "-2", "-4", "bff6db6db6db6db7", "8", "-5", "-13"),
        ("10", "10", "1", "0", "3ff0000000000000", "10", "10", "0"),
        ("10", "9007199254740993", "0", "10", "3cd3ffffffffffff", "0", "9007199254741003", "9007199254741003"),
        ("10", "9223372036854775807", "0", "10", "3c34000000000000", "10", "9223372036854775807", "9223372036854775797"),
        ("10", "-9223372036854775808", "-1", "-9223372036854775798", "bc34000000000000", "0", "-9223372036854775798", "-9223372036854775798"),
        ("10", "18446744073709551619", "0", "10", "3c24000000000000", "2", "18446744073709551627", "18446744073709551625"),
        ("10", "-1267650600228229401496703205381", "-1", "-1267650600228229401496703205371", "b9e4000000000000", "10", "-1267650600228229401496703205381", "-1267650600228229401496703205391"),
        ("10", "1000000000000000000000000000000", "0", "10", "39e95a5efea6b347", "0", "1000000000000000000000000000010", "1000000000000000000000000000010"),
        ("10", "-9999999999999999999999999999999999999993", "-1", "-9999999999999999999999999999999999999983", "b7d5c72fb1552d83", "2", "-9999999999999999999999999999999999999985", "-9999999999999999999999999999999999999987"),
        ("9007199254740993", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "9007199254740993", "9007199254740993"),
        ("9007199254740993", "1", "9007199254740993", "0", "4340000000000000", "1", "9007199254740993", "9007199254740992"),
        ("9007199254740993", "-1", "-9007199254740993", "0", "c340000000000000", "9007199254740993", "-1", "-9007199254740994"),
        ("9007199254740993", "2", "4503599627370496", "1", "4330000000000000", "0", "9007199254740995", "9007199254740995"),
        ("9007199254740993", "-7", "-1286742750677285", "-2", "c312492492492493", "9007199254740993", "-7", "-9007199254741000"),
        ("9007199254740993", "10", "900719925474099", "3", "430999999999999a", "0", "9007199254741003", "9007199254741003"),
        ("9007199254740993", "9007199254740993", "1", "0", "3ff0000000000000", "9007199254740993", "9007199254740993", "0"),
        ("9007199254740993", "9223372036854775807", "0", "9007199254740993", "3f50000000000001", "9007199254740993", "9223372036854775807", "9214364837600034814"),
        ("9007199254740993", "-9223372036854775808", "-1", "-9214364837600034815", "bf50000000000000", "0", "-9214364837600034815", "-9214364837600034815"),
        ("9007199254740993", "18446744073709551619", "0", "9007199254740993", "3f40000000000000", "1", "18455751272964292611", "18455751272964292610"),
        ("9007199254740993", "-1267650600228229401496703205381", "-1", "-1267650600228220394297448464388", "bd00000000000000", "9007199254740993", "-1267650600228229401496703205381", "-1267650600228238408695957946374"),
        ("9007199254740993", "1000000000000000000000000000000", "0", "9007199254740993", "3d04484bfeebc2a0", "9007199254740992", "1000000000000000000000000000001", "999999999999990992800745259009"),
        ("9007199254740993", "-9999999999999999999999999999999999999993", "-1", "-9999999999999999999999990992800745259000", "baf16c262777579d", "1", "-9999999999999999999999990992800745259001", "-9999999999999999999999990992800745259002"),
        ("9223372036854775807", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "9223372036854775807", "9223372036854775807"),
        ("9223372036854775807", "1", "9223372036854775807", "0", "43e0000000000000", "1", "9223372036854775807", "9223372036854775806"),
        ("9223372036854775807", "-1", "-9223372036854775807", "0", "c3e0000000000000", "9223372036854775807", "-1", "-9223372036854775808"),
        ("9223372036854775807", "2", "4611686018427387903", "1", "43d0000000000000", "2", "9223372036854775807", "9223372036854775805"),
        ("9223372036854775807", "-7", "-1317624576693539401", "0", "c3b2492492492492", "9223372036854775801", "-1", "-9223372036854775802"),
        ("9223372036854775807", "10", "922337203685477580", "7", "43a999999999999a", "10", "9223372036854775807", "9223372036854775797"),
        ("9223372036854775807", "9007199254740993", "1023", "9007199254739968", "408fffffffffffff", "9007199254740993", "9223372036854775807", "9214364837600034814"),
        ("9223372036854775807", "9223372036854775807", "1", "0", "3ff0000000000000", "9223372036854775807", "9223372036854775807", "0"),
        ("9223372036854775807", "-9223372036854775808", "-1", "-1", "bff0000000000000", "0", "-1", "-1"),
        ("9223372036854775807", "18446744073709551619", "0", "9223372036854775807", "3fe0000000000000", "3", "27670116110564327423", "27670116110564327420"),
        ("9223372036854775807", "-1267650600228229401496703205381", "-1", "-1267650600219006029459848429574", "bda0000000000000", "9223372036854775803", "-1267650600228229401496703205377", "-1267650600237452773533557981180"),
        ("9223372036854775807", "1000000000000000000000000000000", "0", "9223372036854775807", "3da4484bfeebc2a0", "5076944270305263616", "1000000000004146427766549512191", "999999999999069483496244248575"),
        ("9223372036854775807", "-9999999999999999999999999999999999999993", "-1", "-9999999999999999999990776627963145224186", "bb916c262777579c", "5047021154770878471", "-9999999999999999999995823649117916102657", "-10000000000000000000000870670272686981128"),
        ("-9223372036854775808", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "-9223372036854775808", "-9223372036854775808"),
        ("-9223372036854775808", "1", "-9223372036854775808", "0", "c3e0000000000000", "0", "-9223372036854775807", "-9223372036854775807"),
        ("-9223372036854775808", "-1", "9223372036854775808", "0", "43e0000000000000", "-9223372036854775808", "-1", "9223372036854775807"),
        ("-9223372036854775808", "2", "-4611686018427387904", "0", "c3d0000000000000", "0", "-9223372036854775806", "-9223372036854775806"),
        ("-9223372036854775808", "-7", "1317624576693539401", "-1", "43b2492492492492", "-9223372036854775808", "-7", "9223372036854775801"),
        ("-9223372036854775808", "10", "-922337203685477581", "2", "c3a999999999999a", "0", "-9223372036854775798", "-9223372036854775798"),
        ("-9223372036854775808", "9007199254740993", "-1024", "1024", "c08fffffffffffff", "0", "-9214364837600034815", "-9214364837600034815"),
        ("-9223372036854775808", "9223372036854775807", "-2", "9223372036854775806", "bff0000000000000", "0", "-1", "-1"),
        ("-9223372036854775808", "-9223372036854775808", "1", "0", "3ff0000000000000", "-9223372036854775808", "-9223372036854775808", "0"),
        ("-9223372036854775808", "18446744073709551619", "-1", "9223372036854775811", "bfe0000000000000", "18446744073709551616", "-9223372036854775805", "-27670116110564327421"),
        ("-9223372036854775808", "-1267650600228229401496703205381", "0", "-9223372036854775808", "3da0000000000000", "-1267650600237452773533557981184", "-5", "1267650600237452773533557981179"),
        ("-9223372036854775808", "1000000000000000000000000000000", "-1", "999999999990776627963145224192", "bda4484bfeebc2a0", "999999999994923055729694736384", "-4146427766549512192", "-999999999999069483496244248576"),
        ("-9223372036854775808", "-9999999999999999999999999999999999999993", "0", "-9223372036854775808", "3b916c262777579c", "-10000000000000000000005047021154770878464", "-4176350882083897337", "10000000000000000000000870670272686981127"),
        ("18446744073709551619", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "18446744073709551619", "18446744073709551619"),
        ("18446744073709551619", "1", "18446744073709551619", "0", "43f0000000000000", "1", "18446744073709551619", "18446744073709551618"),
        ("18446744073709551619", "-1", "-18446744073709551619", "0", "c3f0000000000000", "18446744073709551619", "-1", "-18446744073709551620"),
        ("18446744073709551619", "2", "9223372036854775809", "1", "43e0000000000000", "2", "18446744073709551619", "18446744073709551617"),
        ("18446744073709551619", "-7", "-2635249153387078803", "-2", "c3c2492492492492", "18446744073709551617", "-5", "-18446744073709551622"),
        ("18446744073709551619", "10", "1844674407370955161", "9", "43b999999999999a", "2", "18446744073709551627", "18446744073709551625"),
        ("18446744073709551619", "9007199254740993", "2047", "9007199254738948", "409fffffffffffff", "1", "18455751272964292611", "18455751272964292610"),
        ("18446744073709551619", "9223372036854775807", "2", "5", "4000000000000000", "3", "27670116110564327423", "27670116110564327420"),
        ("18446744073709551619", "-9223372036854775808", "-3", "-9223372036854775805", "c000000000000000", "18446744073709551616", "-9223372036854775805", "-27670116110564327421"),
        ("18446744073709551619", "18446744073709551619", "1", "0", "3ff0000000000000", "18446744073709551619", "18446744073709551619", "0"),
        ("18446744073709551619", "-1267650600228229401496703205381", "-1", "-1267650600209782657422993653762", "bdb0000000000000", "18446744073709551619", "-1267650600228229401496703205381", "-1267650600246676145570412757000"),
        ("18446744073709551619", "1000000000000000000000000000000", "0", "18446744073709551619", "3db4484bfeebc2a0", "0", "1000000000018446744073709551619", "1000000000018446744073709551619"),
        ("18446744073709551619", "-9999999999999999999999999999999999999993", "-1", "-9999999999999999999981553255926290448374", "bba16c262777579c", "3", "-9999999999999999999981553255926290448377", "-9999999999999999999981553255926290448380"),
        ("-1267650600228229401496703205381", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "-1267650600228229401496703205381", "-1267650600228229401496703205381"),
        ("-1267650600228229401496703205381", "1", "-1267650600228229401496703205381", "0", "c630000000000000", "1", "-1267650600228229401496703205381", "-1267650600228229401496703205382"),
        ("-1267650600228229401496703205381", "-1", "1267650600228229401496703205381", "0", "4630000000000000", "-1267650600228229401496703205381", "-1", "1267650600228229401496703205380"),
        ("-1267650600228229401496703205381", "2", "-633825300114114700748351602691", "1", "c620000000000000", "2", "-1267650600228229401496703205381", "-1267650600228229401496703205383"),
        ("-1267650600228229401496703205381", "-7", "181092942889747057356671886483", "0", "4602492492492492", "-1267650600228229401496703205383", "-5", "1267650600228229401496703205378"),
        ("-1267650600228229401496703205381", "10", "-126765060022822940149670320539", "9", "c5f999999999999a", "10", "-1267650600228229401496703205381", "-1267650600228229401496703205391"),
        ("-1267650600228229401496703205381", "9007199254740993", "-140737488355328", "140737488355323", "c2dfffffffffffff", "9007199254740993", "-1267650600228229401496703205381", "-1267650600228238408695957946374"),
        ("-1267650600228229401496703205381", "9223372036854775807", "-137438953473", "9223371899415822330", "c240000000000000", "9223372036854775803", "-1267650600228229401496703205377", "-1267650600237452773533557981180"),
        ("-1267650600228229401496703205381", "-9223372036854775808", "137438953472", "-5", "4240000000000000", "-1267650600237452773533557981184", "-5", "1267650600237452773533557981179"),
        ("-1267650600228229401496703205381", "18446744073709551619", "-68719476736", "206158430203", "c230000000000000", "18446744073709551619", "-1267650600228229401496703205381", "-1267650600246676145570412757000"),
        ("-1267650600228229401496703205381", "-1267650600228229401496703205381", "1", "0", "3ff0000000000000", "-1267650600228229401496703205381", "-1267650600228229401496703205381", "0"),
        ("-1267650600228229401496703205381", "1000000000000000000000000000000", "-2", "732349399771770598503296794619", "bff4484bfeebc2a0", "1000000000000000000000000000000", "-1267650600228229401496703205381", "-2267650600228229401496703205381"),
        ("-1267650600228229401496703205381", "-9999999999999999999999999999999999999993", "0", "-1267650600228229401496703205381", "3de16c262777579c", "-10000000001267650600228229401496703205373", "-1", "10000000001267650600228229401496703205372"),
        ("1000000000000000000000000000000", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "1000000000000000000000000000000", "1000000000000000000000000000000"),
        ("1000000000000000000000000000000", "1", "1000000000000000000000000000000", "0", "46293e5939a08cea", "0", "1000000000000000000000000000001", "1000000000000000000000000000001"),
        ("1000000000000000000000000000000", "-1", "-1000000000000000000000000000000", "0", "c6293e5939a08cea", "1000000000000000000000000000000", "-1", "-1000000000000000000000000000001"),
        ("1000000000000000000000000000000", "2", "500000000000000000000000000000", "0", "46193e5939a08cea", "0", "1000000000000000000000000000002", "1000000000000000000000000000002"),
        ("1000000000000000000000000000000", "-7", "-142857142857142857142857142858", "-6", "c5fcd98a8b00a10b", "1000000000000000000000000000000", "-7", "-1000000000000000000000000000007"),
        ("1000000000000000000000000000000", "10", "100000000000000000000000000000", "0", "45f431e0fae6d721", "0", "1000000000000000000000000000010", "1000000000000000000000000000010"),
        ("1000000000000000000000000000000", "9007199254740993", "111022302462515", "5780067583622605", "42d93e5939a08ce9", "9007199254740992", "1000000000000000000000000000001", "999999999999990992800745259009"),
        ("1000000000000000000000000000000", "9223372036854775807", "108420217248", "5076944378725480864", "42393e5939a08cea", "5076944270305263616", "1000000000004146427766549512191", "999999999999069483496244248575"),
        ("1000000000000000000000000000000", "-9223372036854775808", "-108420217249", "-4146427766549512192", "c2393e5939a08cea", "999999999994923055729694736384", "-4146427766549512192", "-999999999999069483496244248576"),
        ("1000000000000000000000000000000", "18446744073709551619", "54210108624", "5076944107674937744", "42293e5939a08cea", "0", "1000000000018446744073709551619", "1000000000018446744073709551619"),
        ("1000000000000000000000000000000", "-1267650600228229401496703205381", "-1", "-267650600228229401496703205381", "bfe93e5939a08cea", "1000000000000000000000000000000", "-1267650600228229401496703205381", "-2267650600228229401496703205381"),
        ("1000000000000000000000000000000", "1000000000000000000000000000000", "1", "0", "3ff0000000000000", "1000000000000000000000000000000", "1000000000000000000000000000000", "0"),
        ("1000000000000000000000000000000", "-9999999999999999999999999999999999999993", "-1", "-9999999998999999999999999999999999999993", "bddb7cdfd9d7bdbb", "991290159345108884669429972992", "-9999999999991290159345108884669429972985", "-10000000000982580318690217769338859945977"),
        ("-9999999999999999999999999999999999999993", "0", "ZeroDivision(integer division or modulo by zero)", "ZeroDivision(integer modulo by zero)", "ZeroDivision(division by zero)", "0", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999993"),
        ("-9999999999999999999999999999999999999993", "1", "-9999999999999999999999999999999999999993", "0", "c83d6329f1c35ca5", "1", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999994"),
        ("-9999999999999999999999999999999999999993", "-1", "9999999999999999999999999999999999999993", "0", "483d6329f1c35ca5", "-9999999999999999999999999999999999999993", "-1", "9999999999999999999999999999999999999992"),
        ("-9999999999999999999999999999999999999993", "2", "-4999999999999999999999999999999999999997", "1", "c82d6329f1c35ca5", "2", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999995"),
        ("-9999999999999999999999999999999999999993", "-7", "1428571428571428571428571428571428571427", "-4", "4810caf3659434f0", "-9999999999999999999999999999999999999999", "-1", "9999999999999999999999999999999999999998"),
        ("-9999999999999999999999999999999999999993", "10", "-1000000000000000000000000000000000000000", "7", "c8078287f49c4a1d", "2", "-9999999999999999999999999999999999999985", "-9999999999999999999999999999999999999987"),
        ("-9999999999999999999999999999999999999993", "9007199254740993", "-1110223024625156417164116", "6959793153807195", "c4ed6329f1c35ca4", "1", "-9999999999999999999999990992800745259001", "-9999999999999999999999990992800745259002"),
        ("-9999999999999999999999999999999999999993", "9223372036854775807", "-1084202172485504434126", "9202749018129989689", "c44d6329f1c35ca5", "5047021154770878471", "-9999999999999999999995823649117916102657", "-10000000000000000000000870670272686981128"),
        ("-9999999999999999999999999999999999999993", "-9223372036854775808", "1084202172485504434007", "-4176350882083897337", "444d6329f1c35ca5", "-10000000000000000000005047021154770878464", "-4176350882083897337", "10000000000000000000000870670272686981127"),
        ("-9999999999999999999999999999999999999993", "18446744073709551619", "-542101086242752216916", "8036801396586987011", "c43d6329f1c35ca5", "3", "-9999999999999999999981553255926290448377", "-9999999999999999999981553255926290448380"),
        ("-9999999999999999999999999999999999999993", "-1267650600228229401496703205381", "7888609052", "-266356277420564745874028291181", "41fd6329f1c35ca5", "-10000000001267650600228229401496703205373", "-1", "10000000001267650600228229401496703205372"),
        ("-9999999999999999999999999999999999999993", "1000000000000000000000000000000", "-10000000000", "7", "c202a05f20000000", "991290159345108884669429972992", "-9999999999991290159345108884669429972985", "-10000000000982580318690217769338859945977"),
        ("-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999993", "1", "0", "3ff0000000000000", "-9999999999999999999999999999999999999993", "-9999999999999999999999999999999999999993", "0"),
    ];
    /// (a, b, m, pow(a, b, m))
    #[rustfmt::skip]
    const POW_MOD: &[(&str, &str, &str, &str)] = &[
        ("0", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("0", "0", "1", "0"),
        ("0", "0", "-1", "0"),
        ("0", "0", "7", "1"),
        ("0", "0", "-7", "-6"),
        ("0", "0", "1000000007", "1"),
        ("0", "0", "18446744073709551616", "1"),
        ("0", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("0", "1", "1", "0"),
        ("0", "1", "-1", "0"),
        ("0", "1", "7", "0"),
        ("0", "1", "-7", "0"),
        ("0", "1", "1000000007", "0"),
        ("0", "1", "18446744073709551616", "0"),
        ("0", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("0", "5", "1", "0"),
        ("0", "5", "-1", "0"),
        ("0", "5", "7", "0"),
        ("0", "5", "-7", "0"),
        ("0", "5", "1000000007", "0"),
        ("0", "5", "18446744073709551616", "0"),
        ("0", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("0", "-1", "1", "0"),
        ("0", "-1", "-1", "0"),
        ("0", "-1", "7", "Value(base is not invertible for the given modulus)"),
        ("0", "-1", "-7", "Value(base is not invertible for the given modulus)"),
        ("0", "-1", "1000000007", "Value(base is not invertible for the given modulus)"),
        ("0", "-1", "18446744073709551616", "Value(base is not invertible for the given modulus)"),
        ("0", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("0", "-3", "1", "0"),
        ("0", "-3", "-1", "0"),
        ("0", "-3", "7", "Value(base is not invertible for the given modulus)"),
        ("0", "-3", "-7", "Value(base is not invertible for the given modulus)"),
        ("0", "-3", "1000000007", "Value(base is not invertible for the given modulus)"),
        ("0", "-3", "18446744073709551616", "Value(base is not invertible for the given modulus)"),
        ("0", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("0", "100000000000000000000", "1", "0"),
        ("0", "100000000000000000000", "-1", "0"),
        ("0", "100000000000000000000", "7", "0"),
        ("0", "100000000000000000000", "-7", "0"),
        ("0", "100000000000000000000", "1000000007", "0"),
        ("0", "100000000000000000000", "18446744073709551616", "0"),
        ("1", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("1", "0", "1", "0"),
        ("1", "0", "-1", "0"),
        ("1", "0", "7", "1"),
        ("1", "0", "-7", "-6"),
        ("1", "0", "1000000007", "1"),
        ("1", "0", "18446744073709551616", "1"),
        ("1", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("1", "1", "1", "0"),
        ("1", "1", "-1", "0"),
        ("1", "1", "7", "1"),
        ("1", "1", "-7", "-6"),
        ("1", "1", "1000000007", "1"),
        ("1", "1", "18446744073709551616", "1"),
        ("1", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("1", "5", "1", "0"),
        ("1", "5", "-1", "0"),
        ("1", "5", "7", "1"),
        ("1", "5", "-7", "-6"),
        ("1", "5", "1000000007", "1"),
        ("1", "5", "18446744073709551616", "1"),
        ("1", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("1", "-1", "1", "0"),
        ("1", "-1", "-1", "0"),
        ("1", "-1", "7", "1"),
        ("1", "-1", "-7", "-6"),
        ("1", "-1", "1000000007", "1"),
        ("1", "-1", "18446744073709551616", "1"),
        ("1", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("1", "-3", "1", "0"),
        ("1", "-3", "-1", "0"),
        ("1", "-3", "7", "1"),
        ("1", "-3", "-7", "-6"),
        ("1", "-3", "1000000007", "1"),
        ("1", "-3", "18446744073709551616", "1"),
        ("1", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("1", "100000000000000000000", "1", "0"),
        ("1", "100000000000000000000", "-1", "0"),
        ("1", "100000000000000000000", "7", "1"),
        ("1", "100000000000000000000", "-7", "-6"),
        ("1", "100000000000000000000", "1000000007", "1"),
        ("1", "100000000000000000000", "18446744073709551616", "1"),
        ("-1", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-1", "0", "1", "0"),
        ("-1", "0", "-1", "0"),
        ("-1", "0", "7", "1"),
        ("-1", "0", "-7", "-6"),
        ("-1", "0", "1000000007", "1"),
        ("-1", "0", "18446744073709551616", "1"),
        ("-1", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-1", "1", "1", "0"),
        ("-1", "1", "-1", "0"),
        ("-1", "1", "7", "6"),
        ("-1", "1", "-7", "-1"),
        ("-1", "1", "1000000007", "1000000006"),
        ("-1", "1", "18446744073709551616", "18446744073709551615"),
        ("-1", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-1", "5", "1", "0"),
        ("-1", "5", "-1", "0"),
        ("-1", "5", "7", "6"),
        ("-1", "5", "-7", "-1"),
        ("-1", "5", "1000000007", "1000000006"),
        ("-1", "5", "18446744073709551616", "18446744073709551615"),
        ("-1", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-1", "-1", "1", "0"),
        ("-1", "-1", "-1", "0"),
        ("-1", "-1", "7", "6"),
        ("-1", "-1", "-7", "-1"),
        ("-1", "-1", "1000000007", "1000000006"),
        ("-1", "-1", "18446744073709551616", "18446744073709551615"),
        ("-1", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-1", "-3", "1", "0"),
        ("-1", "-3", "-1", "0"),
        ("-1", "-3", "7", "6"),
        ("-1", "-3", "-7", "-1"),
        ("-1", "-3", "1000000007", "1000000006"),
        ("-1", "-3", "18446744073709551616", "18446744073709551615"),
        ("-1", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-1", "100000000000000000000", "1", "0"),
        ("-1", "100000000000000000000", "-1", "0"),
        ("-1", "100000000000000000000", "7", "1"),
        ("-1", "100000000000000000000", "-7", "-6"),
        ("-1", "100000000000000000000", "1000000007", "1"),
        ("-1", "100000000000000000000", "18446744073709551616", "1"),
        ("3", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("3", "0", "1", "0"),
        ("3", "0", "-1", "0"),
        ("3", "0", "7", "1"),
        ("3", "0", "-7", "-6"),
        ("3", "0", "1000000007", "1"),
        ("3", "0", "18446744073709551616", "1"),
        ("3", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("3", "1", "1", "0"),
        ("3", "1", "-1", "0"),
        ("3", "1", "7", "3"),
        ("3", "1", "-7", "-4"),
        ("3", "1", "1000000007", "3"),
        ("3", "1", "18446744073709551616", "3"),
        ("3", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("3", "5", "1", "0"),
        ("3", "5", "-1", "0"),
        ("3", "5", "7", "5"),
        ("3", "5", "-7", "-2"),
        ("3", "5", "1000000007", "243"),
        ("3", "5", "18446744073709551616", "243"),
        ("3", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("3", "-1", "1", "0"),
        ("3", "-1", "-1", "0"),
        ("3", "-1", "7", "5"),
        ("3", "-1", "-7", "-2"),
        ("3", "-1", "1000000007", "333333336"),
        ("3", "-1", "18446744073709551616", "12297829382473034411"),
        ("3", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("3", "-3", "1", "0"),
        ("3", "-3", "-1", "0"),
        ("3", "-3", "7", "6"),
        ("3", "-3", "-7", "-1"),
        ("3", "-3", "1000000007", "370370373"),
        ("3", "-3", "18446744073709551616", "9564978408590137875"),
        ("3", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("3", "100000000000000000000", "1", "0"),
        ("3", "100000000000000000000", "-1", "0"),
        ("3", "100000000000000000000", "7", "4"),
        ("3", "100000000000000000000", "-7", "-3"),
        ("3", "100000000000000000000", "1000000007", "139421235"),
        ("3", "100000000000000000000", "18446744073709551616", "14533340473642188801"),
        ("-2", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-2", "0", "1", "0"),
        ("-2", "0", "-1", "0"),
        ("-2", "0", "7", "1"),
        ("-2", "0", "-7", "-6"),
        ("-2", "0", "1000000007", "1"),
        ("-2", "0", "18446744073709551616", "1"),
        ("-2", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-2", "1", "1", "0"),
        ("-2", "1", "-1", "0"),
        ("-2", "1", "7", "5"),
        ("-2", "1", "-7", "-2"),
        ("-2", "1", "1000000007", "1000000005"),
        ("-2", "1", "18446744073709551616", "18446744073709551614"),
        ("-2", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-2", "5", "1", "0"),
        ("-2", "5", "-1", "0"),
        ("-2", "5", "7", "3"),
        ("-2", "5", "-7", "-4"),
        ("-2", "5", "1000000007", "999999975"),
        ("-2", "5", "18446744073709551616", "18446744073709551584"),
        ("-2", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-2", "-1", "1", "0"),
        ("-2", "-1", "-1", "0"),
        ("-2", "-1", "7", "3"),
        ("-2", "-1", "-7", "-4"),
        ("-2", "-1", "1000000007", "500000003"),
        ("-2", "-1", "18446744073709551616", "Value(base is not invertible for the given modulus)"),
        ("-2", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-2", "-3", "1", "0"),
        ("-2", "-3", "-1", "0"),
        ("-2", "-3", "7", "6"),
        ("-2", "-3", "-7", "-1"),
        ("-2", "-3", "1000000007", "875000006"),
        ("-2", "-3", "18446744073709551616", "Value(base is not invertible for the given modulus)"),
        ("-2", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("-2", "100000000000000000000", "1", "0"),
        ("-2", "100000000000000000000", "-1", "0"),
        ("-2", "100000000000000000000", "7", "2"),
        ("-2", "100000000000000000000", "-7", "-5"),
        ("-2", "100000000000000000000", "1000000007", "855473248"),
        ("-2", "100000000000000000000", "18446744073709551616", "0"),
        ("100000000000000000000", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("100000000000000000000", "0", "1", "0"),
        ("100000000000000000000", "0", "-1", "0"),
        ("100000000000000000000", "0", "7", "1"),
        ("100000000000000000000", "0", "-7", "-6"),
        ("100000000000000000000", "0", "1000000007", "1"),
        ("100000000000000000000", "0", "18446744073709551616", "1"),
        ("100000000000000000000", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("100000000000000000000", "1", "1", "0"),
        ("100000000000000000000", "1", "-1", "0"),
        ("100000000000000000000", "1", "7", "2"),
        ("100000000000000000000", "1", "-7", "-5"),
        ("100000000000000000000", "1", "1000000007", "4900"),
        ("100000000000000000000", "1", "18446744073709551616", "7766279631452241920"),
        ("100000000000000000000", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("100000000000000000000", "5", "1", "0"),
        ("100000000000000000000", "5", "-1", "0"),
        ("100000000000000000000", "5", "7", "4"),
        ("100000000000000000000", "5", "-7", "-3"),
        ("100000000000000000000", "5", "1000000007", "226732710"),
        ("100000000000000000000", "5", "18446744073709551616", "0"),
        ("100000000000000000000", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("100000000000000000000", "-1", "1", "0"),
        ("100000000000000000000", "-1", "-1", "0"),
        ("100000000000000000000", "-1", "7", "4"),
        ("100000000000000000000", "-1", "-7", "-3"),
        ("100000000000000000000", "-1", "1000000007", "154489797"),
        ("100000000000000000000", "-1", "18446744073709551616", "Value(base is not invertible for the given modulus)"),
        ("100000000000000000000", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("100000000000000000000", "-3", "1", "0"),
        ("100000000000000000000", "-3", "-1", "0"),
        ("100000000000000000000", "-3", "7", "1"),
        ("100000000000000000000", "-3", "-7", "-6"),
        ("100000000000000000000", "-3", "1000000007", "206165314"),
        ("100000000000000000000", "-3", "18446744073709551616", "Value(base is not invertible for the given modulus)"),
        ("100000000000000000000", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("100000000000000000000", "100000000000000000000", "1", "0"),
        ("100000000000000000000", "100000000000000000000", "-1", "0"),
        ("100000000000000000000", "100000000000000000000", "7", "2"),
        ("100000000000000000000", "100000000000000000000", "-7", "-5"),
        ("100000000000000000000", "100000000000000000000", "1000000007", "29738302"),
        ("100000000000000000000", "100000000000000000000", "18446744073709551616", "0"),
        ("18446744073709551619", "0", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("18446744073709551619", "0", "1", "0"),
        ("18446744073709551619", "0", "-1", "0"),
        ("18446744073709551619", "0", "7", "1"),
        ("18446744073709551619", "0", "-7", "-6"),
        ("18446744073709551619", "0", "1000000007", "1"),
        ("18446744073709551619", "0", "18446744073709551616", "1"),
        ("18446744073709551619", "1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("18446744073709551619", "1", "1", "0"),
        ("18446744073709551619", "1", "-1", "0"),
        ("18446744073709551619", "1", "7", "5"),
        ("18446744073709551619", "1", "-7", "-2"),
        ("18446744073709551619", "1", "1000000007", "582344011"),
        ("18446744073709551619", "1", "18446744073709551616", "3"),
        ("18446744073709551619", "5", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("18446744073709551619", "5", "1", "0"),
        ("18446744073709551619", "5", "-1", "0"),
        ("18446744073709551619", "5", "7", "3"),
        ("18446744073709551619", "5", "-7", "-4"),
        ("18446744073709551619", "5", "1000000007", "237606480"),
        ("18446744073709551619", "5", "18446744073709551616", "243"),
        ("18446744073709551619", "-1", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("18446744073709551619", "-1", "1", "0"),
        ("18446744073709551619", "-1", "-1", "0"),
        ("18446744073709551619", "-1", "7", "3"),
        ("18446744073709551619", "-1", "-7", "-4"),
        ("18446744073709551619", "-1", "1000000007", "643710957"),
        ("18446744073709551619", "-1", "18446744073709551616", "12297829382473034411"),
        ("18446744073709551619", "-3", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("18446744073709551619", "-3", "1", "0"),
        ("18446744073709551619", "-3", "-1", "0"),
        ("18446744073709551619", "-3", "7", "6"),
        ("18446744073709551619", "-3", "-7", "-1"),
        ("18446744073709551619", "-3", "1000000007", "111124587"),
        ("18446744073709551619", "-3", "18446744073709551616", "9564978408590137875"),
        ("18446744073709551619", "100000000000000000000", "0", "Value(pow() 3rd argument cannot be 0)"),
        ("18446744073709551619", "100000000000000000000", "1", "0"),
        ("18446744073709551619", "100000000000000000000", "-1", "0"),
        ("18446744073709551619", "100000000000000000000", "7", "2"),
        ("18446744073709551619", "100000000000000000000", "-7", "-5"),
        ("18446744073709551619", "100000000000000000000", "1000000007", "552415389"),
        ("18446744073709551619", "100000000000000000000", "18446744073709551616", "14533340473642188801"),
    ];
    /// (n, float(n), hash(n), ~n, hex(n), bin(n), oct(n))
    #[rustfmt::skip]
    const INT_UNARY: &[(&str, &str, i64, &str, &str, &str, &str)] = &[
        ("0", "0000000000000000", 0, "-1", "0x0", "0b0", "0o0"),
        ("1", "3ff0000000000000", 1, "-2", "0x1", "0b1", "0o1"),
        ("-1", "bff0000000000000", -2, "0", "-0x1", "-0b1", "-0o1"),
        ("2", "4000000000000000", 2, "-3", "0x2", "0b10", "0o2"),
        ("-7", "c01c000000000000", -7, "6", "-0x7", "-0b111", "-0o7"),
        ("10", "4024000000000000", 10, "-11", "0xa", "0b1010", "0o12"),
        ("9007199254740993", "4340000000000000", 9007199254740993, "-9007199254740994", "0x20000000000001", "0b100000000000000000000000000000000000000000000000000001", "0o400000000000000001"),
        ("9223372036854775807", "43e0000000000000", 3, "-9223372036854775808", "0x7fffffffffffffff", "0b111111111111111111111111111111111111111111111111111111111111111", "0o777777777777777777777"),
        ("-9223372036854775808", "c3e0000000000000", -4, "9223372036854775807", "-0x8000000000000000", "-0b1000000000000000000000000000000000000000000000000000000000000000", "-0o1000000000000000000000"),
        ("18446744073709551619", "43f0000000000000", 11, "-18446744073709551620", "0x10000000000000003", "0b10000000000000000000000000000000000000000000000000000000000000011", "0o2000000000000000000003"),
        ("-1267650600228229401496703205381", "c630000000000000", -549755813893, "1267650600228229401496703205380", "-0x10000000000000000000000005", "-0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000101", "-0o2000000000000000000000000000000005"),
        ("1000000000000000000000000000000", "46293e5939a08cea", 465258685558744706, "-1000000000000000000000000000001", "0xc9f2c9cd04674edea40000000", "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000", "0o1447626234640431647336510000000000"),
        ("-9999999999999999999999999999999999999993", "c83d6329f1c35ca5", -1388497483929617583, "9999999999999999999999999999999999999992", "-0x1d6329f1c35ca4bfabb9f560fffffffff9", "-0b1110101100011001010011111000111000011010111001010010010111111101010111011100111110101011000001111111111111111111111111111111111111001", "-0o165431237070327122277527347653017777777777771"),
        ("2305843009213693952", "43c0000000000000", 1, "-2305843009213693953", "0x2000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000", "0o200000000000000000000"),
        ("2305843009213693951", "43c0000000000000", 0, "-2305843009213693952", "0x1fffffffffffffff", "0b1111111111111111111111111111111111111111111111111111111111111", "0o177777777777777777777"),
        ("-2305843009213693951", "c3c0000000000000", 0, "2305843009213693950", "-0x1fffffffffffffff", "-0b1111111111111111111111111111111111111111111111111111111111111", "-0o177777777777777777777"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "Overflow(int too large to convert to float)", 2270095687171440639, "-179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497793", "0xfffffffffffffc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "", ""),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858367", "7fefffffffffffff", 2234066890152476670, "-179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "0xfffffffffffff7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", "", ""),
        ("9007199254740995", "4340000000000002", 9007199254740995, "-9007199254740996", "0x20000000000003", "0b100000000000000000000000000000000000000000000000000011", "0o400000000000000003"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)", 477640439047194790, "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0x1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "", ""),
    ];
    /// (n, shift, n << shift, n >> shift)
    #[rustfmt::skip]
    const SHIFTS: &[(&str, &str, &str, &str)] = &[
        ("0", "0", "0", "0"),
        ("0", "1", "0", "0"),
        ("0", "63", "0", "0"),
        ("0", "64", "0", "0"),
        ("0", "65", "0", "0"),
        ("0", "200", "0", "0"),
        ("0", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("1", "0", "1", "1"),
        ("1", "1", "2", "0"),
        ("1", "63", "9223372036854775808", "0"),
        ("1", "64", "18446744073709551616", "0"),
        ("1", "65", "36893488147419103232", "0"),
        ("1", "200", "1606938044258990275541962092341162602522202993782792835301376", "0"),
        ("1", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("-1", "0", "-1", "-1"),
        ("-1", "1", "-2", "-1"),
        ("-1", "63", "-9223372036854775808", "-1"),
        ("-1", "64", "-18446744073709551616", "-1"),
        ("-1", "65", "-36893488147419103232", "-1"),
        ("-1", "200", "-1606938044258990275541962092341162602522202993782792835301376", "-1"),
        ("-1", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("5", "0", "5", "5"),
        ("5", "1", "10", "2"),
        ("5", "63", "46116860184273879040", "0"),
        ("5", "64", "92233720368547758080", "0"),
        ("5", "65", "184467440737095516160", "0"),
        ("5", "200", "8034690221294951377709810461705813012611014968913964176506880", "0"),
        ("5", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("-5", "0", "-5", "-5"),
        ("-5", "1", "-10", "-3"),
        ("-5", "63", "-46116860184273879040", "-1"),
        ("-5", "64", "-92233720368547758080", "-1"),
        ("-5", "65", "-184467440737095516160", "-1"),
        ("-5", "200", "-8034690221294951377709810461705813012611014968913964176506880", "-1"),
        ("-5", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("9223372036854775807", "0", "9223372036854775807", "9223372036854775807"),
        ("9223372036854775807", "1", "18446744073709551614", "4611686018427387903"),
        ("9223372036854775807", "63", "85070591730234615856620279821087277056", "0"),
        ("9223372036854775807", "64", "170141183460469231713240559642174554112", "0"),
        ("9223372036854775807", "65", "340282366920938463426481119284349108224", "0"),
        ("9223372036854775807", "200", "14821387422376473012610148036853061929676595944860829594528367759230087758610432", "0"),
        ("9223372036854775807", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("-9223372036854775808", "0", "-9223372036854775808", "-9223372036854775808"),
        ("-9223372036854775808", "1", "-18446744073709551616", "-4611686018427387904"),
        ("-9223372036854775808", "63", "-85070591730234615865843651857942052864", "-1"),
        ("-9223372036854775808", "64", "-170141183460469231731687303715884105728", "-1"),
        ("-9223372036854775808", "65", "-340282366920938463463374607431768211456", "-1"),
        ("-9223372036854775808", "200", "-14821387422376473014217086081112052205218558037201992197050570753012880593911808", "-1"),
        ("-9223372036854775808", "-1", "Value(negative shift count)", "Value(negative shift count)"),
        ("-1267650600228229401496703205381", "0", "-1267650600228229401496703205381", "-1267650600228229401496703205381"),
        ("-1267650600228229401496703205381", "1", "-2535301200456458802993406410762", "-633825300114114700748351602691"),
        ("-1267650600228229401496703205381", "63", "-11692013098647223345629478661776381017431734222848", "-137438953473"),
        ("-1267650600228229401496703205381", "64", "-23384026197294446691258957323552762034863468445696", "-68719476737"),
        ("-1267650600228229401496703205381", "65", "-46768052394588893382517914647105524069726936891392", "-34359738369"),
        ("-1267650600228229401496703205381", "200", "-2037035976334486086268445688417412851272763345043646061097846262366992314732250670359904256", "-1"),
        ("-1267650600228229401496703205381", "-1", "Value(negative shift count)", "Value(negative shift count)"),
    ];
    /// (base, exp, base ** exp)
    #[rustfmt::skip]
    const POWS: &[(&str, &str, &str)] = &[
        ("0", "0", "1"),
        ("0", "1", "0"),
        ("0", "2", "0"),
        ("0", "3", "0"),
        ("0", "64", "0"),
        ("0", "1000000000000000000000000000000", "0"),
        ("0", "-1", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        ("0", "-2", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        ("0", "-3", "ZeroDivision(0.0 cannot be raised to a negative power)"),
        ("0", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("1", "0", "1"),
        ("1", "1", "1"),
        ("1", "2", "1"),
        ("1", "3", "1"),
        ("1", "64", "1"),
        ("1", "1000000000000000000000000000000", "1"),
        ("1", "-1", "3ff0000000000000"),
        ("1", "-2", "3ff0000000000000"),
        ("1", "-3", "3ff0000000000000"),
        ("1", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("-1", "0", "1"),
        ("-1", "1", "-1"),
        ("-1", "2", "1"),
        ("-1", "3", "-1"),
        ("-1", "64", "1"),
        ("-1", "1000000000000000000000000000000", "1"),
        ("-1", "-1", "bff0000000000000"),
        ("-1", "-2", "3ff0000000000000"),
        ("-1", "-3", "bff0000000000000"),
        ("-1", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("2", "0", "1"),
        ("2", "1", "2"),
        ("2", "2", "4"),
        ("2", "3", "8"),
        ("2", "64", "18446744073709551616"),
        ("2", "-1", "3fe0000000000000"),
        ("2", "-2", "3fd0000000000000"),
        ("2", "-3", "3fc0000000000000"),
        ("2", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("-2", "0", "1"),
        ("-2", "1", "-2"),
        ("-2", "2", "4"),
        ("-2", "3", "-8"),
        ("-2", "64", "18446744073709551616"),
        ("-2", "-1", "bfe0000000000000"),
        ("-2", "-2", "3fd0000000000000"),
        ("-2", "-3", "bfc0000000000000"),
        ("-2", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("3", "0", "1"),
        ("3", "1", "3"),
        ("3", "2", "9"),
        ("3", "3", "27"),
        ("3", "64", "3433683820292512484657849089281"),
        ("3", "-1", "3fd5555555555555"),
        ("3", "-2", "3fbc71c71c71c71c"),
        ("3", "-3", "3fa2f684bda12f68"),
        ("3", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("-7", "0", "1"),
        ("-7", "1", "-7"),
        ("-7", "2", "49"),
        ("-7", "3", "-343"),
        ("-7", "64", "1219760487635835700138573862562971820755615294131238401"),
        ("-7", "-1", "bfc2492492492492"),
        ("-7", "-2", "3f94e5e0a72f0539"),
        ("-7", "-3", "bf67e225515a4f1d"),
        ("-7", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("9223372036854775807", "0", "1"),
        ("9223372036854775807", "1", "9223372036854775807"),
        ("9223372036854775807", "2", "85070591730234615847396907784232501249"),
        ("9223372036854775807", "3", "784637716923335095224261902710254454442933591094742482943"),
        ("9223372036854775807", "-1", "3c00000000000000"),
        ("9223372036854775807", "-2", "3810000000000000"),
        ("9223372036854775807", "-3", "3420000000000000"),
        ("9223372036854775807", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("-9223372036854775808", "0", "1"),
        ("-9223372036854775808", "1", "-9223372036854775808"),
        ("-9223372036854775808", "2", "85070591730234615865843651857942052864"),
        ("-9223372036854775808", "3", "-784637716923335095479473677900958302012794430558004314112"),
        ("-9223372036854775808", "-1", "bc00000000000000"),
        ("-9223372036854775808", "-2", "3810000000000000"),
        ("-9223372036854775808", "-3", "b420000000000000"),
        ("-9223372036854775808", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("1000000000000000000000000000000", "0", "1"),
        ("1000000000000000000000000000000", "1", "1000000000000000000000000000000"),
        ("1000000000000000000000000000000", "2", "1000000000000000000000000000000000000000000000000000000000000"),
        ("1000000000000000000000000000000", "3", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("1000000000000000000000000000000", "-1", "39b4484bfeebc29f"),
        ("1000000000000000000000000000000", "-2", "3379b604aaaca626"),
        ("1000000000000000000000000000000", "-3", "2d404bd984990e6f"),
        ("1000000000000000000000000000000", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0", "1"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-1", "Overflow(int too large to convert to float)"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-2", "Overflow(int too large to convert to float)"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-3", "Overflow(int too large to convert to float)"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "Overflow(int too large to convert to float)"),
    ];
    /// (n, ndigits, round(n, ndigits))
    #[rustfmt::skip]
    const INT_ROUNDS: &[(&str, i64, &str)] = &[
        ("0", -1, "0"),
        ("0", -2, "0"),
        ("0", -3, "0"),
        ("0", -10, "0"),
        ("0", -20, "0"),
        ("0", -40, "0"),
        ("0", 0, "0"),
        ("0", 3, "0"),
        ("0", i64::MIN, "0"),
        ("5", -1, "0"),
        ("5", -2, "0"),
        ("5", -3, "0"),
        ("5", -10, "0"),
        ("5", -20, "0"),
        ("5", -40, "0"),
        ("5", 0, "5"),
        ("5", 3, "5"),
        ("5", i64::MIN, "0"),
        ("-5", -1, "0"),
        ("-5", -2, "0"),
        ("-5", -3, "0"),
        ("-5", -10, "0"),
        ("-5", -20, "0"),
        ("-5", -40, "0"),
        ("-5", 0, "-5"),
        ("-5", 3, "-5"),
        ("-5", i64::MIN, "0"),
        ("15", -1, "20"),
        ("15", -2, "0"),
        ("15", -3, "0"),
        ("15", -10, "0"),
        ("15", -20, "0"),
        ("15", -40, "0"),
        ("15", 0, "15"),
        ("15", 3, "15"),
        ("15", i64::MIN, "0"),
        ("-15", -1, "-20"),
        ("-15", -2, "0"),
        ("-15", -3, "0"),
        ("-15", -10, "0"),
        ("-15", -20, "0"),
        ("-15", -40, "0"),
        ("-15", 0, "-15"),
        ("-15", 3, "-15"),
        ("-15", i64::MIN, "0"),
        ("25", -1, "20"),
        ("25", -2, "0"),
        ("25", -3, "0"),
        ("25", -10, "0"),
        ("25", -20, "0"),
        ("25", -40, "0"),
        ("25", 0, "25"),
        ("25", 3, "25"),
        ("25", i64::MIN, "0"),
        ("1250", -1, "1250"),
        ("1250", -2, "1200"),
        ("1250", -3, "1000"),
        ("1250", -10, "0"),
        ("1250", -20, "0"),
        ("1250", -40, "0"),
        ("1250", 0, "1250"),
        ("1250", 3, "1250"),
        ("1250", i64::MIN, "0"),
        ("1350", -1, "1350"),
        ("1350", -2, "1400"),
        ("1350", -3, "1000"),
        ("1350", -10, "0"),
        ("1350", -20, "0"),
        ("1350", -40, "0"),
        ("1350", 0, "1350"),
        ("1350", 3, "1350"),
        ("1350", i64::MIN, "0"),
        ("-1250", -1, "-1250"),
        ("-1250", -2, "-1200"),
        ("-1250", -3, "-1000"),
        ("-1250", -10, "0"),
        ("-1250", -20, "0"),
        ("-1250", -40, "0"),
        ("-1250", 0, "-1250"),
        ("-1250", 3, "-1250"),
        ("-1250", i64::MIN, "0"),
        ("-1350", -1, "-1350"),
        ("-1350", -2, "-1400"),
        ("-1350", -3, "-1000"),
        ("-1350", -10, "0"),
        ("-1350", -20, "0"),
        ("-1350", -40, "0"),
        ("-1350", 0, "-1350"),
        ("-1350", 3, "-1350"),
        ("-1350", i64::MIN, "0"),
        ("1251", -1, "1250"),
        ("1251", -2, "1300"),
        ("1251", -3, "1000"),
        ("1251", -10, "0"),
        ("1251", -20, "0"),
        ("1251", -40, "0"),
        ("1251", 0, "1251"),
        ("1251", 3, "1251"),
        ("1251", i64::MIN, "0"),
        ("9223372036854775807", -1, "9223372036854775810"),
        ("9223372036854775807", -2, "9223372036854775800"),
        ("9223372036854775807", -3, "9223372036854776000"),
        ("9223372036854775807", -10, "9223372040000000000"),
        ("9223372036854775807", -20, "0"),
        ("9223372036854775807", -40, "0"),
        ("9223372036854775807", 0, "9223372036854775807"),
        ("9223372036854775807", 3, "9223372036854775807"),
        ("9223372036854775807", i64::MIN, "0"),
        ("-9223372036854775808", -1, "-9223372036854775810"),
        ("-9223372036854775808", -2, "-9223372036854775800"),
        ("-9223372036854775808", -3, "-9223372036854776000"),
        ("-9223372036854775808", -10, "-9223372040000000000"),
        ("-9223372036854775808", -20, "0"),
        ("-9223372036854775808", -40, "0"),
        ("-9223372036854775808", 0, "-9223372036854775808"),
        ("-9223372036854775808", 3, "-9223372036854775808"),
        ("-9223372036854775808", i64::MIN, "0"),
        ("1000000000000000000005000000000", -1, "1000000000000000000005000000000"),
        ("1000000000000000000005000000000", -2, "1000000000000000000005000000000"),
        ("1000000000000000000005000000000", -3, "1000000000000000000005000000000"),
        ("1000000000000000000005000000000", -10, "1000000000000000000000000000000"),
        ("1000000000000000000005000000000", -20, "1000000000000000000000000000000"),
        ("1000000000000000000005000000000", -40, "0"),
        ("1000000000000000000005000000000", 0, "1000000000000000000005000000000"),
        ("1000000000000000000005000000000", 3, "1000000000000000000005000000000"),
        ("1000000000000000000005000000000", i64::MIN, "0"),
        ("123", -1, "120"),
        ("123", -2, "100"),
        ("123", -3, "0"),
        ("123", -10, "0"),
        ("123", -20, "0"),
        ("123", -40, "0"),
        ("123", 0, "123"),
        ("123", 3, "123"),
        ("123", i64::MIN, "0"),
    ];
    /// (x, round(x), int(x), hash(x))
    #[rustfmt::skip]
    const FLOAT_UNARY: &[(u64, &str, &str, i64)] = &[
        (0x0000000000000000, "0", "0", 0),
        (0x8000000000000000, "0", "0", 0),
        (0x3fe0000000000000, "0", "0", 1152921504606846976),
        (0x3ff8000000000000, "2", "1", 1152921504606846977),
        (0x4004000000000000, "2", "2", 1152921504606846978),
        (0xbfe0000000000000, "0", "0", -1152921504606846976),
        (0xc004000000000000, "-2", "-2", -1152921504606846978),
        (0x4005666666666666, "3", "2", 1556444031219243010),
        (0x3fc0000000000000, "0", "0", 288230376151711744),
        (0x3fd8000000000000, "0", "0", 864691128455135232),
        (0x40934a0000000000, "1234", "1234", 1152921504606848210),
        (0x4480f0cf064dd592, "10000000000000000000000", "10000000000000000000000", 1864712049423028464),
        (0x7e37e43c8800759c, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", 1224995262755759164),
        (0x0000000000000001, "0", "0", 16777216),
        (0x80000000000007e8, "0", "0", -33957085184),
        (0x3fb999999999999a, "0", "0", 230584300921369408),
        (0x7fefffffffffffff, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", 2234066890152476671),
        (0x40c81cd6e631f8a1, "12346", "12345", 1565436818957021241),
        (0x4330000000000001, "4503599627370497", "4503599627370497", 4503599627370497),
        (0x7ff0000000000000, "Overflow(cannot convert float infinity to integer)", "Overflow(cannot convert float infinity to integer)", 314159),
        (0xfff0000000000000, "Overflow(cannot convert float infinity to integer)", "Overflow(cannot convert float infinity to integer)", -314159),
        (0x7ff8000000000000, "Value(cannot convert float NaN to integer)", "Value(cannot convert float NaN to integer)", 0),
        (0x3fd23d70a3d70a3d, "0", "0", 657165257625902720),
        (0x3ff0147ae147ae14, "1", "1", 11529215046068225),
        (0x4341c37937e08000, "10000000000000000", "10000000000000000", 10000000000000000),
    ];
    /// (x, ndigits, round(x, ndigits))
    #[rustfmt::skip]
    const FLOAT_ROUNDS: &[(u64, i64, &str)] = &[
        (0x0000000000000000, 0, "0000000000000000"),
        (0x0000000000000000, 1, "0000000000000000"),
        (0x0000000000000000, 2, "0000000000000000"),
        (0x0000000000000000, 3, "0000000000000000"),
        (0x0000000000000000, -1, "0000000000000000"),
        (0x0000000000000000, -2, "0000000000000000"),
        (0x0000000000000000, -3, "0000000000000000"),
        (0x0000000000000000, 15, "0000000000000000"),
        (0x0000000000000000, 17, "0000000000000000"),
        (0x0000000000000000, 308, "0000000000000000"),
        (0x0000000000000000, 323, "0000000000000000"),
        (0x0000000000000000, 324, "0000000000000000"),
        (0x0000000000000000, -308, "0000000000000000"),
        (0x0000000000000000, -309, "0000000000000000"),
        (0x8000000000000000, 0, "8000000000000000"),
        (0x8000000000000000, 1, "8000000000000000"),
        (0x8000000000000000, 2, "8000000000000000"),
        (0x8000000000000000, 3, "8000000000000000"),
        (0x8000000000000000, -1, "8000000000000000"),
        (0x8000000000000000, -2, "8000000000000000"),
        (0x8000000000000000, -3, "8000000000000000"),
        (0x8000000000000000, 15, "8000000000000000"),
        (0x8000000000000000, 17, "8000000000000000"),
        (0x8000000000000000, 308, "8000000000000000"),
        (0x8000000000000000, 323, "8000000000000000"),
        (0x8000000000000000, 324, "8000000000000000"),
        (0x8000000000000000, -308, "8000000000000000"),
        (0x8000000000000000, -309, "8000000000000000"),
        (0x3fe0000000000000, 0, "0000000000000000"),
        (0x3fe0000000000000, 1, "3fe0000000000000"),
        (0x3fe0000000000000, 2, "3fe0000000000000"),
        (0x3fe0000000000000, 3, "3fe0000000000000"),
        (0x3fe0000000000000, -1, "0000000000000000"),
        (0x3fe0000000000000, -2, "0000000000000000"),
        (0x3fe0000000000000, -3, "0000000000000000"),
        (0x3fe0000000000000, 15, "3fe0000000000000"),
        (0x3fe0000000000000, 17, "3fe0000000000000"),
        (0x3fe0000000000000, 308, "3fe0000000000000"),
        (0x3fe0000000000000, 323, "3fe0000000000000"),
        (0x3fe0000000000000, 324, "3fe0000000000000"),
        (0x3fe0000000000000, -308, "0000000000000000"),
        (0x3fe0000000000000, -309, "0000000000000000"),
        (0x3ff8000000000000, 0, "4000000000000000"),
        (0x3ff8000000000000, 1, "3ff8000000000000"),
        (0x3ff8000000000000, 2, "3ff8000000000000"),
        (0x3ff8000000000000, 3, "3ff8000000000000"),
        (0x3ff8000000000000, -1, "0000000000000000"),
        (0x3ff8000000000000, -2, "0000000000000000"),
        (0x3ff8000000000000, -3, "0000000000000000"),
        (0x3ff8000000000000, 15, "3ff8000000000000"),
        (0x3ff8000000000000, 17, "3ff8000000000000"),
        (0x3ff8000000000000, 308, "3ff8000000000000"),
        (0x3ff8000000000000, 323, "3ff8000000000000"),
        (0x3ff8000000000000, 324, "3ff8000000000000"),
        (0x3ff8000000000000, -308, "0000000000000000"),
        (0x3ff8000000000000, -309, "0000000000000000"),
        (0x4004000000000000, 0, "4000000000000000"),
        (0x4004000000000000, 1, "4004000000000000"),
        (0x4004000000000000, 2, "4004000000000000"),
        (0x4004000000000000, 3, "4004000000000000"),
        (0x4004000000000000, -1, "0000000000000000"),
        (0x4004000000000000, -2, "0000000000000000"),
        (0x4004000000000000, -3, "0000000000000000"),
        (0x4004000000000000, 15, "4004000000000000"),
        (0x4004000000000000, 17, "4004000000000000"),
        (0x4004000000000000, 308, "4004000000000000"),
        (0x4004000000000000, 323, "4004000000000000"),
        (0x4004000000000000, 324, "4004000000000000"),
        (0x4004000000000000, -308, "0000000000000000"),
        (0x4004000000000000, -309, "0000000000000000"),
        (0xbfe0000000000000, 0, "8000000000000000"),
        (0xbfe0000000000000, 1, "bfe0000000000000"),
        (0xbfe0000000000000, 2, "bfe0000000000000"),
        (0xbfe0000000000000, 3, "bfe0000000000000"),
        (0xbfe0000000000000, -1, "8000000000000000"),
        (0xbfe0000000000000, -2, "8000000000000000"),
        (0xbfe0000000000000, -3, "8000000000000000"),
        (0xbfe0000000000000, 15, "bfe0000000000000"),
        (0xbfe0000000000000, 17, "bfe0000000000000"),
        (0xbfe0000000000000, 308, "bfe0000000000000"),
        (0xbfe0000000000000, 323, "bfe0000000000000"),
        (0xbfe0000000000000, 324, "bfe0000000000000"),
        (0xbfe0000000000000, -308, "8000000000000000"),
        (0xbfe0000000000000, -309, "8000000000000000"),
        (0xc004000000000000, 0, "c000000000000000"),
        (0xc004000000000000, 1, "c004000000000000"),
        (0xc004000000000000, 2, "c004000000000000"),
        (0xc004000000000000, 3, "c004000000000000"),
        (0xc004000000000000, -1, "8000000000000000"),
        (0xc004000000000000, -2, "8000000000000000"),
        (0xc004000000000000, -3, "8000000000000000"),
        (0xc004000000000000, 15, "c004000000000000"),
        (0xc004000000000000, 17, "c004000000000000"),
        (0xc004000000000000, 308, "c004000000000000"),
        (0xc004000000000000, 323, "c004000000000000"),
        (0xc004000000000000, 324, "c004000000000000"),
        (0xc004000000000000, -308, "8000000000000000"),
        (0xc004000000000000, -309, "8000000000000000"),
        (0x4005666666666666, 0, "4008000000000000"),
        (0x4005666666666666, 1, "400599999999999a"),
        (0x4005666666666666, 2, "40055c28f5c28f5c"),
        (0x4005666666666666, 3, "4005666666666666"),
        (0x4005666666666666, -1, "0000000000000000"),
        (0x4005666666666666, -2, "0000000000000000"),
        (0x4005666666666666, -3, "0000000000000000"),
        (0x4005666666666666, 15, "4005666666666666"),
        (0x4005666666666666, 17, "4005666666666666"),
        (0x4005666666666666, 308, "4005666666666666"),
        (0x4005666666666666, 323, "4005666666666666"),
        (0x4005666666666666, 324, "4005666666666666"),
        (0x4005666666666666, -308, "0000000000000000"),
        (0x4005666666666666, -309, "0000000000000000"),
        (0x3fc0000000000000, 0, "0000000000000000"),
        (0x3fc0000000000000, 1, "3fb999999999999a"),
        (0x3fc0000000000000, 2, "3fbeb851eb851eb8"),
        (0x3fc0000000000000, 3, "3fc0000000000000"),
        (0x3fc0000000000000, -1, "0000000000000000"),
        (0x3fc0000000000000, -2, "0000000000000000"),
        (0x3fc0000000000000, -3, "0000000000000000"),
        (0x3fc0000000000000, 15, "3fc0000000000000"),
        (0x3fc0000000000000, 17, "3fc0000000000000"),
        (0x3fc0000000000000, 308, "3fc0000000000000"),
        (0x3fc0000000000000, 323, "3fc0000000000000"),
        (0x3fc0000000000000, 324, "3fc0000000000000"),
        (0x3fc0000000000000, -308, "0000000000000000"),
        (0x3fc0000000000000, -309, "0000000000000000"),
        (0x3fd8000000000000, 0, "0000000000000000"),
        (0x3fd8000000000000, 1, "3fd999999999999a"),
        (0x3fd8000000000000, 2, "3fd851eb851eb852"),
        (0x3fd8000000000000, 3, "3fd8000000000000"),
        (0x3fd8000000000000, -1, "0000000000000000"),
        (0x3fd8000000000000, -2, "0000000000000000"),
        (0x3fd8000000000000, -3, "0000000000000000"),
        (0x3fd8000000000000, 15, "3fd8000000000000"),
        (0x3fd8000000000000, 17, "3fd8000000000000"),
        (0x3fd8000000000000, 308, "3fd8000000000000"),
        (0x3fd8000000000000, 323, "3fd8000000000000"),
        (0x3fd8000000000000, 324, "3fd8000000000000"),
        (0x3fd8000000000000, -308, "0000000000000000"),
        (0x3fd8000000000000, -309, "0000000000000000"),
        (0x40934a0000000000, 0, "4093480000000000"),
        (0x40934a0000000000, 1, "40934a0000000000"),
        (0x40934a0000000000, 2, "40934a0000000000"),
        (0x40934a0000000000, 3, "40934a0000000000"),
        (0x40934a0000000000, -1, "4093380000000000"),
        (0x40934a0000000000, -2, "4092c00000000000"),
        (0x40934a0000000000, -3, "408f400000000000"),
        (0x40934a0000000000, 15, "40934a0000000000"),
        (0x40934a0000000000, 17, "40934a0000000000"),
        (0x40934a0000000000, 308, "40934a0000000000"),
        (0x40934a0000000000, 323, "40934a0000000000"),
        (0x40934a0000000000, 324, "40934a0000000000"),
        (0x40934a0000000000, -308, "0000000000000000"),
        (0x40934a0000000000, -309, "0000000000000000"),
        (0x4480f0cf064dd592, 0, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 1, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 2, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 3, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, -1, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, -2, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, -3, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 15, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 17, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 308, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 323, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, 324, "4480f0cf064dd592"),
        (0x4480f0cf064dd592, -308, "0000000000000000"),
        (0x4480f0cf064dd592, -309, "0000000000000000"),
        (0x7e37e43c8800759c, 0, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 1, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 2, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 3, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, -1, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, -2, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, -3, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 15, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 17, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 308, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 323, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, 324, "7e37e43c8800759c"),
        (0x7e37e43c8800759c, -308, "0000000000000000"),
        (0x7e37e43c8800759c, -309, "0000000000000000"),
        (0x0000000000000001, 0, "0000000000000000"),
        (0x0000000000000001, 1, "0000000000000000"),
        (0x0000000000000001, 2, "0000000000000000"),
        (0x0000000000000001, 3, "0000000000000000"),
        (0x0000000000000001, -1, "0000000000000000"),
        (0x0000000000000001, -2, "0000000000000000"),
        (0x0000000000000001, -3, "0000000000000000"),
        (0x0000000000000001, 15, "0000000000000000"),
        (0x0000000000000001, 17, "0000000000000000"),
        (0x0000000000000001, 308, "0000000000000000"),
        (0x0000000000000001, 323, "0000000000000000"),
        (0x0000000000000001, 324, "0000000000000001"),
        (0x0000000000000001, -308, "0000000000000000"),
        (0x0000000000000001, -309, "0000000000000000"),
        (0x80000000000007e8, 0, "8000000000000000"),
        (0x80000000000007e8, 1, "8000000000000000"),
        (0x80000000000007e8, 2, "8000000000000000"),
        (0x80000000000007e8, 3, "8000000000000000"),
        (0x80000000000007e8, -1, "8000000000000000"),
        (0x80000000000007e8, -2, "8000000000000000"),
        (0x80000000000007e8, -3, "8000000000000000"),
        (0x80000000000007e8, 15, "8000000000000000"),
        (0x80000000000007e8, 17, "8000000000000000"),
        (0x80000000000007e8, 308, "8000000000000000"),
        (0x80000000000007e8, 323, "80000000000007e8"),
        (0x80000000000007e8, 324, "80000000000007e8"),
        (0x80000000000007e8, -308, "8000000000000000"),
        (0x80000000000007e8, -309, "8000000000000000"),
        (0x3fb999999999999a, 0, "0000000000000000"),
        (0x3fb999999999999a, 1, "3fb999999999999a"),
        (0x3fb999999999999a, 2, "3fb999999999999a"),
        (0x3fb999999999999a, 3, "3fb999999999999a"),
        (0x3fb999999999999a, -1, "0000000000000000"),
        (0x3fb999999999999a, -2, "0000000000000000"),
        (0x3fb999999999999a, -3, "0000000000000000"),
        (0x3fb999999999999a, 15, "3fb999999999999a"),
        (0x3fb999999999999a, 17, "3fb999999999999a"),
        (0x3fb999999999999a, 308, "3fb999999999999a"),
        (0x3fb999999999999a, 323, "3fb999999999999a"),
        (0x3fb999999999999a, 324, "3fb999999999999a"),
        (0x3fb999999999999a, -308, "0000000000000000"),
        (0x3fb999999999999a, -309, "0000000000000000"),
        (0x7fefffffffffffff, 0, "7fefffffffffffff"),
        (0x7fefffffffffffff, 1, "7fefffffffffffff"),
        (0x7fefffffffffffff, 2, "7fefffffffffffff"),
        (0x7fefffffffffffff, 3, "7fefffffffffffff"),
        (0x7fefffffffffffff, -1, "7fefffffffffffff"),
        (0x7fefffffffffffff, -2, "7fefffffffffffff"),
        (0x7fefffffffffffff, -3, "7fefffffffffffff"),
        (0x7fefffffffffffff, 15, "7fefffffffffffff"),
        (0x7fefffffffffffff, 17, "7fefffffffffffff"),
        (0x7fefffffffffffff, 308, "7fefffffffffffff"),
        (0x7fefffffffffffff, 323, "7fefffffffffffff"),
        (0x7fefffffffffffff, 324, "7fefffffffffffff"),
        (0x7fefffffffffffff, -308, "Overflow(rounded value too large to represent)"),
        (0x7fefffffffffffff, -309, "0000000000000000"),
        (0x40c81cd6e631f8a1, 0, "40c81d0000000000"),
        (0x40c81cd6e631f8a1, 1, "40c81cd99999999a"),
        (0x40c81cd6e631f8a1, 2, "40c81cd70a3d70a4"),
        (0x40c81cd6e631f8a1, 3, "40c81cd6e978d4fe"),
        (0x40c81cd6e631f8a1, -1, "40c81f0000000000"),
        (0x40c81cd6e631f8a1, -2, "40c8060000000000"),
        (0x40c81cd6e631f8a1, -3, "40c7700000000000"),
        (0x40c81cd6e631f8a1, 15, "40c81cd6e631f8a1"),
        (0x40c81cd6e631f8a1, 17, "40c81cd6e631f8a1"),
        (0x40c81cd6e631f8a1, 308, "40c81cd6e631f8a1"),
        (0x40c81cd6e631f8a1, 323, "40c81cd6e631f8a1"),
        (0x40c81cd6e631f8a1, 324, "40c81cd6e631f8a1"),
        (0x40c81cd6e631f8a1, -308, "0000000000000000"),
        (0x40c81cd6e631f8a1, -309, "0000000000000000"),
        (0x4330000000000001, 0, "4330000000000001"),
        (0x4330000000000001, 1, "4330000000000001"),
        (0x4330000000000001, 2, "4330000000000001"),
        (0x4330000000000001, 3, "4330000000000001"),
        (0x4330000000000001, -1, "4330000000000004"),
        (0x4330000000000001, -2, "4330000000000004"),
        (0x4330000000000001, -3, "432ffffffffffc20"),
        (0x4330000000000001, 15, "4330000000000001"),
        (0x4330000000000001, 17, "4330000000000001"),
        (0x4330000000000001, 308, "4330000000000001"),
        (0x4330000000000001, 323, "4330000000000001"),
        (0x4330000000000001, 324, "4330000000000001"),
        (0x4330000000000001, -308, "0000000000000000"),
        (0x4330000000000001, -309, "0000000000000000"),
        (0x7ff0000000000000, 0, "7ff0000000000000"),
        (0x7ff0000000000000, 1, "7ff0000000000000"),
        (0x7ff0000000000000, 2, "7ff0000000000000"),
        (0x7ff0000000000000, 3, "7ff0000000000000"),
        (0x7ff0000000000000, -1, "7ff0000000000000"),
        (0x7ff0000000000000, -2, "7ff0000000000000"),
        (0x7ff0000000000000, -3, "7ff0000000000000"),
        (0x7ff0000000000000, 15, "7ff0000000000000"),
        (0x7ff0000000000000, 17, "7ff0000000000000"),
        (0x7ff0000000000000, 308, "7ff0000000000000"),
        (0x7ff0000000000000, 323, "7ff0000000000000"),
        (0x7ff0000000000000, 324, "7ff0000000000000"),
        (0x7ff0000000000000, -308, "7ff0000000000000"),
        (0x7ff0000000000000, -309, "7ff0000000000000"),
        (0xfff0000000000000, 0, "fff0000000000000"),
        (0xfff0000000000000, 1, "fff0000000000000"),
        (0xfff0000000000000, 2, "fff0000000000000"),
        (0xfff0000000000000, 3, "fff0000000000000"),
        (0xfff0000000000000, -1, "fff0000000000000"),
        (0xfff0000000000000, -2, "fff0000000000000"),
        (0xfff0000000000000, -3, "fff0000000000000"),
        (0xfff0000000000000, 15, "fff0000000000000"),
        (0xfff0000000000000, 17, "fff0000000000000"),
        (0xfff0000000000000, 308, "fff0000000000000"),
        (0xfff0000000000000, 323, "fff0000000000000"),
        (0xfff0000000000000, 324, "fff0000000000000"),
        (0xfff0000000000000, -308, "fff0000000000000"),
        (0xfff0000000000000, -309, "fff0000000000000"),
        (0x7ff8000000000000, 0, "nan"),
        (0x7ff8000000000000, 1, "nan"),
        (0x7ff8000000000000, 2, "nan"),
        (0x7ff8000000000000, 3, "nan"),
        (0x7ff8000000000000, -1, "nan"),
        (0x7ff8000000000000, -2, "nan"),
        (0x7ff8000000000000, -3, "nan"),
        (0x7ff8000000000000, 15, "nan"),
        (0x7ff8000000000000, 17, "nan"),
        (0x7ff8000000000000, 308, "nan"),
        (0x7ff8000000000000, 323, "nan"),
        (0x7ff8000000000000, 324, "nan"),
        (0x7ff8000000000000, -308, "nan"),
        (0x7ff8000000000000, -309, "nan"),
        (0x3fd23d70a3d70a3d, 0, "0000000000000000"),
        (0x3fd23d70a3d70a3d, 1, "3fd3333333333333"),
        (0x3fd23d70a3d70a3d, 2, "3fd1eb851eb851ec"),
        (0x3fd23d70a3d70a3d, 3, "3fd23d70a3d70a3d"),
        (0x3fd23d70a3d70a3d, -1, "0000000000000000"),
        (0x3fd23d70a3d70a3d, -2, "0000000000000000"),
        (0x3fd23d70a3d70a3d, -3, "0000000000000000"),
        (0x3fd23d70a3d70a3d, 15, "3fd23d70a3d70a3d"),
        (0x3fd23d70a3d70a3d, 17, "3fd23d70a3d70a3d"),
        (0x3fd23d70a3d70a3d, 308, "3fd23d70a3d70a3d"),
        (0x3fd23d70a3d70a3d, 323, "3fd23d70a3d70a3d"),
        (0x3fd23d70a3d70a3d, 324, "3fd23d70a3d70a3d"),
        (0x3fd23d70a3d70a3d, -308, "0000000000000000"),
        (0x3fd23d70a3d70a3d, -309, "0000000000000000"),
        (0x3ff0147ae147ae14, 0, "3ff0000000000000"),
        (0x3ff0147ae147ae14, 1, "3ff0000000000000"),
        (0x3ff0147ae147ae14, 2, "3ff0000000000000"),
        (0x3ff0147ae147ae14, 3, "3ff0147ae147ae14"),
        (0x3ff0147ae147ae14, -1, "0000000000000000"),
        (0x3ff0147ae147ae14, -2, "0000000000000000"),
        (0x3ff0147ae147ae14, -3, "0000000000000000"),
        (0x3ff0147ae147ae14, 15, "3ff0147ae147ae14"),
        (0x3ff0147ae147ae14, 17, "3ff0147ae147ae14"),
        (0x3ff0147ae147ae14, 308, "3ff0147ae147ae14"),
        (0x3ff0147ae147ae14, 323, "3ff0147ae147ae14"),
        (0x3ff0147ae147ae14, 324, "3ff0147ae147ae14"),
        (0x3ff0147ae147ae14, -308, "0000000000000000"),
        (0x3ff0147ae147ae14, -309, "0000000000000000"),
        (0x4341c37937e08000, 0, "4341c37937e08000"),
        (0x4341c37937e08000, 1, "4341c37937e08000"),
        (0x4341c37937e08000, 2, "4341c37937e08000"),
        (0x4341c37937e08000, 3, "4341c37937e08000"),
        (0x4341c37937e08000, -1, "4341c37937e08000"),
        (0x4341c37937e08000, -2, "4341c37937e08000"),
        (0x4341c37937e08000, -3, "4341c37937e08000"),
        (0x4341c37937e08000, 15, "4341c37937e08000"),
        (0x4341c37937e08000, 17, "4341c37937e08000"),
        (0x4341c37937e08000, 308, "4341c37937e08000"),
        (0x4341c37937e08000, 323, "4341c37937e08000"),
        (0x4341c37937e08000, 324, "4341c37937e08000"),
        (0x4341c37937e08000, -308, "0000000000000000"),
        (0x4341c37937e08000, -309, "0000000000000000"),
    ];
    /// (n, x, cmp(n, x) as -1/0/1, or 2 for unordered)
    #[rustfmt::skip]
    const CMPS: &[(&str, u64, i32)] = &[
        ("0", 0x0000000000000000, 0),
        ("0", 0x8000000000000000, 0),
        ("0", 0x3fe0000000000000, -1),
        ("0", 0xbfe0000000000000, 1),
        ("0", 0x3ff0000000000000, -1),
        ("0", 0x4340000000000000, -1),
        ("0", 0x4340000000000001, -1),
        ("0", 0xc340000000000000, 1),
        ("0", 0x43e0000000000000, -1),
        ("0", 0xc3e0000000000000, 1),
        ("0", 0x43dfeb3dd0676600, -1),
        ("0", 0x7e37e43c8800759c, -1),
        ("0", 0x7ff0000000000000, -1),
        ("0", 0xfff0000000000000, 1),
        ("0", 0x7ff8000000000000, 2),
        ("0", 0x0000000000000001, -1),
        ("1", 0x0000000000000000, 1),
        ("1", 0x8000000000000000, 1),
        ("1", 0x3fe0000000000000, 1),
        ("1", 0xbfe0000000000000, 1),
        ("1", 0x3ff0000000000000, 0),
        ("1", 0x4340000000000000, -1),
        ("1", 0x4340000000000001, -1),
        ("1", 0xc340000000000000, 1),
        ("1", 0x43e0000000000000, -1),
        ("1", 0xc3e0000000000000, 1),
        ("1", 0x43dfeb3dd0676600, -1),
        ("1", 0x7e37e43c8800759c, -1),
        ("1", 0x7ff0000000000000, -1),
        ("1", 0xfff0000000000000, 1),
        ("1", 0x7ff8000000000000, 2),
        ("1", 0x0000000000000001, 1),
        ("-1", 0x0000000000000000, -1),
        ("-1", 0x8000000000000000, -1),
        ("-1", 0x3fe0000000000000, -1),
        ("-1", 0xbfe0000000000000, -1),
        ("-1", 0x3ff0000000000000, -1),
        ("-1", 0x4340000000000000, -1),
        ("-1", 0x4340000000000001, -1),
        ("-1", 0xc340000000000000, 1),
        ("-1", 0x43e0000000000000, -1),
        ("-1", 0xc3e0000000000000, 1),
        ("-1", 0x43dfeb3dd0676600, -1),
        ("-1", 0x7e37e43c8800759c, -1),
        ("-1", 0x7ff0000000000000, -1),
        ("-1", 0xfff0000000000000, 1),
        ("-1", 0x7ff8000000000000, 2),
        ("-1", 0x0000000000000001, -1),
        ("9007199254740992", 0x0000000000000000, 1),
        ("9007199254740992", 0x8000000000000000, 1),
        ("9007199254740992", 0x3fe0000000000000, 1),
        ("9007199254740992", 0xbfe0000000000000, 1),
        ("9007199254740992", 0x3ff0000000000000, 1),
        ("9007199254740992", 0x4340000000000000, 0),
        ("9007199254740992", 0x4340000000000001, -1),
        ("9007199254740992", 0xc340000000000000, 1),
        ("9007199254740992", 0x43e0000000000000, -1),
        ("9007199254740992", 0xc3e0000000000000, 1),
        ("9007199254740992", 0x43dfeb3dd0676600, -1),
        ("9007199254740992", 0x7e37e43c8800759c, -1),
        ("9007199254740992", 0x7ff0000000000000, -1),
        ("9007199254740992", 0xfff0000000000000, 1),
        ("9007199254740992", 0x7ff8000000000000, 2),
        ("9007199254740992", 0x0000000000000001, 1),
        ("9007199254740993", 0x0000000000000000, 1),
        ("9007199254740993", 0x8000000000000000, 1),
        ("9007199254740993", 0x3fe0000000000000, 1),
        ("9007199254740993", 0xbfe0000000000000, 1),
        ("9007199254740993", 0x3ff0000000000000, 1),
        ("9007199254740993", 0x4340000000000000, 1),
        ("9007199254740993", 0x4340000000000001, -1),
        ("9007199254740993", 0xc340000000000000, 1),
        ("9007199254740993", 0x43e0000000000000, -1),
        ("9007199254740993", 0xc3e0000000000000, 1),
        ("9007199254740993", 0x43dfeb3dd0676600, -1),
        ("9007199254740993", 0x7e37e43c8800759c, -1),
        ("9007199254740993", 0x7ff0000000000000, -1),
        ("9007199254740993", 0xfff0000000000000, 1),
        ("9007199254740993", 0x7ff8000000000000, 2),
        ("9007199254740993", 0x0000000000000001, 1),
        ("-9007199254740993", 0x0000000000000000, -1),
        ("-9007199254740993", 0x8000000000000000, -1),
        ("-9007199254740993", 0x3fe0000000000000, -1),
        ("-9007199254740993", 0xbfe0000000000000, -1),
        ("-9007199254740993", 0x3ff0000000000000, -1),
        ("-9007199254740993", 0x4340000000000000, -1),
        ("-9007199254740993", 0x4340000000000001, -1),
        ("-9007199254740993", 0xc340000000000000, -1),
        ("-9007199254740993", 0x43e0000000000000, -1),
        ("-9007199254740993", 0xc3e0000000000000, 1),
        ("-9007199254740993", 0x43dfeb3dd0676600, -1),
        ("-9007199254740993", 0x7e37e43c8800759c, -1),
        ("-9007199254740993", 0x7ff0000000000000, -1),
        ("-9007199254740993", 0xfff0000000000000, 1),
        ("-9007199254740993", 0x7ff8000000000000, 2),
        ("-9007199254740993", 0x0000000000000001, -1),
        ("9223372036854775807", 0x0000000000000000, 1),
        ("9223372036854775807", 0x8000000000000000, 1),
        ("9223372036854775807", 0x3fe0000000000000, 1),
        ("9223372036854775807", 0xbfe0000000000000, 1),
        ("9223372036854775807", 0x3ff0000000000000, 1),
        ("9223372036854775807", 0x4340000000000000, 1),
        ("9223372036854775807", 0x4340000000000001, 1),
        ("9223372036854775807", 0xc340000000000000, 1),
        ("9223372036854775807", 0x43e0000000000000, -1),
        ("9223372036854775807", 0xc3e0000000000000, 1),
        ("9223372036854775807", 0x43dfeb3dd0676600, 1),
        ("9223372036854775807", 0x7e37e43c8800759c, -1),
        ("9223372036854775807", 0x7ff0000000000000, -1),
        ("9223372036854775807", 0xfff0000000000000, 1),
        ("9223372036854775807", 0x7ff8000000000000, 2),
        ("9223372036854775807", 0x0000000000000001, 1),
        ("-9223372036854775808", 0x0000000000000000, -1),
        ("-9223372036854775808", 0x8000000000000000, -1),
        ("-9223372036854775808", 0x3fe0000000000000, -1),
        ("-9223372036854775808", 0xbfe0000000000000, -1),
        ("-9223372036854775808", 0x3ff0000000000000, -1),
        ("-9223372036854775808", 0x4340000000000000, -1),
        ("-9223372036854775808", 0x4340000000000001, -1),
        ("-9223372036854775808", 0xc340000000000000, -1),
        ("-9223372036854775808", 0x43e0000000000000, -1),
        ("-9223372036854775808", 0xc3e0000000000000, 0),
        ("-9223372036854775808", 0x43dfeb3dd0676600, -1),
        ("-9223372036854775808", 0x7e37e43c8800759c, -1),
        ("-9223372036854775808", 0x7ff0000000000000, -1),
        ("-9223372036854775808", 0xfff0000000000000, 1),
        ("-9223372036854775808", 0x7ff8000000000000, 2),
        ("-9223372036854775808", 0x0000000000000001, -1),
        ("9223372036854775808", 0x0000000000000000, 1),
        ("9223372036854775808", 0x8000000000000000, 1),
        ("9223372036854775808", 0x3fe0000000000000, 1),
        ("9223372036854775808", 0xbfe0000000000000, 1),
        ("9223372036854775808", 0x3ff0000000000000, 1),
        ("9223372036854775808", 0x4340000000000000, 1),
        ("9223372036854775808", 0x4340000000000001, 1),
        ("9223372036854775808", 0xc340000000000000, 1),
        ("9223372036854775808", 0x43e0000000000000, 0),
        ("9223372036854775808", 0xc3e0000000000000, 1),
        ("9223372036854775808", 0x43dfeb3dd0676600, 1),
        ("9223372036854775808", 0x7e37e43c8800759c, -1),
        ("9223372036854775808", 0x7ff0000000000000, -1),
        ("9223372036854775808", 0xfff0000000000000, 1),
        ("9223372036854775808", 0x7ff8000000000000, 2),
        ("9223372036854775808", 0x0000000000000001, 1),
        ("18446744073709551619", 0x0000000000000000, 1),
        ("18446744073709551619", 0x8000000000000000, 1),
        ("18446744073709551619", 0x3fe0000000000000, 1),
        ("18446744073709551619", 0xbfe0000000000000, 1),
        ("18446744073709551619", 0x3ff0000000000000, 1),
        ("18446744073709551619", 0x4340000000000000, 1),
        ("18446744073709551619", 0x4340000000000001, 1),
        ("18446744073709551619", 0xc340000000000000, 1),
        ("18446744073709551619", 0x43e0000000000000, 1),
        ("18446744073709551619", 0xc3e0000000000000, 1),
        ("18446744073709551619", 0x43dfeb3dd0676600, 1),
        ("18446744073709551619", 0x7e37e43c8800759c, -1),
        ("18446744073709551619", 0x7ff0000000000000, -1),
        ("18446744073709551619", 0xfff0000000000000, 1),
        ("18446744073709551619", 0x7ff8000000000000, 2),
        ("18446744073709551619", 0x0000000000000001, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x8000000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x3fe0000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xbfe0000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x3ff0000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x4340000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x4340000000000001, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xc340000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x43e0000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xc3e0000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x43dfeb3dd0676600, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7e37e43c8800759c, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7ff0000000000000, -1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xfff0000000000000, 1),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7ff8000000000000, 2),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000001, 1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x8000000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x3fe0000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xbfe0000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x3ff0000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x4340000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x4340000000000001, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xc340000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x43e0000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xc3e0000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x43dfeb3dd0676600, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7e37e43c8800759c, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7ff0000000000000, -1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0xfff0000000000000, 1),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x7ff8000000000000, 2),
        ("-10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 0x0000000000000001, -1),
    ];
    /// (text, base, int(text, base))
    #[rustfmt::skip]
    const PARSE_INTS: &[(&str, u32, &str)] = &[
        ("0", 10, "0"),
        (" 42 ", 10, "42"),
        ("-0", 10, "0"),
        ("+17", 0, "17"),
        ("1_000", 10, "1000"),
        ("1__0", 10, "Value(invalid literal for int() with base 10: '1__0')"),
        ("_1", 10, "Value(invalid literal for int() with base 10: '_1')"),
        ("1_", 10, "Value(invalid literal for int() with base 10: '1_')"),
        ("010", 0, "Value(invalid literal for int() with base 0: '010')"),
        ("00", 0, "0"),
        ("0_0", 0, "0"),
        ("0_1", 0, "Value(invalid literal for int() with base 0: '0_1')"),
        ("0x1f", 16, "31"),
        ("0X_f", 0, "15"),
        ("0x__f", 0, "Value(invalid literal for int() with base 0: '0x__f')"),
        ("0x", 16, "Value(invalid literal for int() with base 16: '0x')"),
        ("0b12", 0, "Value(invalid literal for int() with base 0: '0b12')"),
        ("0B11", 0, "3"),
        ("0o17", 0, "15"),
        ("0o17", 8, "15"),
        ("0o17", 10, "Value(invalid literal for int() with base 10: '0o17')"),
        ("0b1", 16, "177"),
        ("0b1", 11, "Value(invalid literal for int() with base 11: '0b1')"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("abc", 10, "Value(invalid literal for int() with base 10: 'abc')"),
        ("abc", 16, "2748"),
        ("", 10, "Value(invalid literal for int() with base 10: '')"),
        (" ", 10, "Value(invalid literal for int() with base 10: ' ')"),
        ("+", 10, "Value(invalid literal for int() with base 10: '+')"),
        ("- 1", 10, "Value(invalid literal for int() with base 10: '- 1')"),
        ("1 1", 10, "Value(invalid literal for int() with base 10: '1 1')"),
        ("\u{1c}1", 10, "Value(invalid literal for int() with base 10: '\\x1c1')"),
        ("\u{180e}1", 10, "Value(invalid literal for int() with base 10: '\\u180e1')"),
        ("\u{b}1\u{c}", 10, "1"),
        ("٣٤", 10, "34"),
        (" ٣\u{2003}", 10, "3"),
        ("٣x", 10, "Value(invalid literal for int() with base 10: '٣x')"),
        ("1\u{0}", 10, "Value(invalid literal for int() with base 10: '1\\x00')"),
        ("'", 10, "Value(invalid literal for int() with base 10: \"'\")"),
        ("'\"", 10, "Value(invalid literal for int() with base 10: '\\'\"')"),
        ("a\u{1}\u{7f}\u{85}\u{a0}\u{ad}\u{2028}é😀", 10, "Value(invalid literal for int() with base 10: 'a\\x01\\x7f\\x85\\xa0\\xad\\u2028é😀')"),
        ("999999999999999999999999999999", 10, "999999999999999999999999999999"),
        ("-ffffffffffffffffffffffffffffffffffffffff", 16, "-1461501637330902918203684832716283019655932542975"),
        ("12", 1, "Value(int() base must be >= 2 and <= 36, or 0)"),
        ("12", 37, "Value(int() base must be >= 2 and <= 36, or 0)"),
        ("12", 3, "5"),
        ("\u{9}\u{a} 0x_1_2 \u{d}", 0, "18"),
        ("1\u{a0}", 10, "1"),
        ("٣٤٥", 0, "345"),
        ("０x1", 0, "1"),
        ("-0b1_0", 0, "-2"),
        ("9223372036854775808", 10, "9223372036854775808"),
        ("-9223372036854775809", 10, "-9223372036854775809"),
        ("  +0o777  ", 0, "511"),
        ("1e5", 10, "Value(invalid literal for int() with base 10: '1e5')"),
        ("1.0", 10, "Value(invalid literal for int() with base 10: '1.0')"),
        ("\\", 10, "Value(invalid literal for int() with base 10: '\\\\')"),
        ("a\u{9}b\u{a}c\u{d}d", 10, "Value(invalid literal for int() with base 10: 'a\\tb\\nc\\rd')"),
        ("0_7", 0, "Value(invalid literal for int() with base 0: '0_7')"),
        ("-0_0", 0, "0"),
        ("0x_", 16, "Value(invalid literal for int() with base 16: '0x_')"),
        ("0b", 0, "Value(invalid literal for int() with base 0: '0b')"),
    ];
    /// (text, float(text))
    #[rustfmt::skip]
    const PARSE_FLOATS: &[(&str, &str)] = &[
        ("1.5", "3ff8000000000000"),
        (" -InFinity ", "fff0000000000000"),
        ("inf", "7ff0000000000000"),
        ("+inf", "7ff0000000000000"),
        ("-iNf", "fff0000000000000"),
        ("nan", "nan"),
        ("-nan", "nan"),
        ("NaN", "nan"),
        ("infinit", "Value(could not convert string to float: 'infinit')"),
        ("nan(1)", "Value(could not convert string to float: 'nan(1)')"),
        ("1_0.5", "4025000000000000"),
        ("1__0", "Value(could not convert string to float: '1__0')"),
        ("1_", "Value(could not convert string to float: '1_')"),
        ("1_e5", "Value(could not convert string to float: '1_e5')"),
        ("1._5", "Value(could not convert string to float: '1._5')"),
        ("1.5_1", "3ff828f5c28f5c29"),
        ("1e5_0", "4a511b0ec57e649a"),
        ("1e5_", "Value(could not convert string to float: '1e5_')"),
        (".5", "3fe0000000000000"),
        ("5.", "4014000000000000"),
        (".", "Value(could not convert string to float: '.')"),
        ("1e", "Value(could not convert string to float: '1e')"),
        ("1e+", "Value(could not convert string to float: '1e+')"),
        ("e5", "Value(could not convert string to float: 'e5')"),
        ("1E-05", "3ee4f8b588e368f1"),
        ("", "Value(could not convert string to float: '')"),
        ("  ", "Value(could not convert string to float: '  ')"),
        ("1e-400", "0000000000000000"),
        ("-1e999", "fff0000000000000"),
        ("٣.5", "400c000000000000"),
        (" 1_0 ", "4024000000000000"),
        ("0x10", "Value(could not convert string to float: '0x10')"),
        ("1,5", "Value(could not convert string to float: '1,5')"),
        ("1.7976931348623157e308", "7fefffffffffffff"),
        ("1.7976931348623159e308", "7ff0000000000000"),
        ("2.2250738585072011e-308", "000fffffffffffff"),
        ("4.9406564584124654e-324", "0000000000000001"),
        ("2.4703282292062328e-324", "0000000000000001"),
        ("2.4703282292062327e-324", "0000000000000000"),
        ("0.1", "3fb999999999999a"),
        ("123456789012345678901234567890e-10", "43e56a95319d63e1"),
        ("-0", "8000000000000000"),
        ("-0.0", "8000000000000000"),
        ("+.5e+1", "4014000000000000"),
        ("1..2", "Value(could not convert string to float: '1..2')"),
        ("--1", "Value(could not convert string to float: '--1')"),
        ("+-1", "Value(could not convert string to float: '+-1')"),
        ("x", "Value(could not convert string to float: 'x')"),
        ("'", "Value(could not convert string to float: \"'\")"),
        ("1\u{0}", "Value(could not convert string to float: '1\\x00')"),
        ("\u{a0}1.25\u{2003}", "3ff4000000000000"),
        ("infinity", "7ff0000000000000"),
        ("INFINITY", "7ff0000000000000"),
        ("-Infinity", "fff0000000000000"),
        ("in f", "Value(could not convert string to float: 'in f')"),
        ("1 e5", "Value(could not convert string to float: '1 e5')"),
        ("_1", "Value(could not convert string to float: '_1')"),
        ("1e_5", "Value(could not convert string to float: '1e_5')"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Value(could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')"),
    ];
}
