//! The `math` module, with CPython 3.11's results and error messages.

use crate::objects::heap::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{new_native_module, set};
use crate::builtins::args::{bind, exact, range};
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::objects::number as num;
use crate::syntax::ast::Operator;
use crate::vm::{PyErr, PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "math",
        &[
            ("sqrt", sqrt),
            ("isqrt", isqrt),
            ("pow", pow),
            ("exp", exp),
            ("exp2", exp2),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("log1p", log1p),
            ("expm1", expm1),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("degrees", degrees),
            ("radians", radians),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("factorial", factorial),
            ("gcd", gcd),
            ("lcm", lcm),
            ("comb", comb),
            ("perm", perm),
            ("prod", prod),
            ("fsum", fsum),
            ("hypot", hypot),
            ("dist", dist),
            ("copysign", copysign),
            ("fmod", fmod),
            ("remainder", remainder),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
            ("cbrt", cbrt),
            ("erf", erf),
            ("erfc", erfc),
            ("gamma", gamma),
            ("lgamma", lgamma),
            ("nextafter", nextafter),
            ("ulp", ulp),
        ],
    );
    set(&m, "pi", Value::Float(std::f64::consts::PI));
    set(&m, "e", Value::Float(std::f64::consts::E));
    set(&m, "tau", Value::Float(std::f64::consts::TAU));
    set(&m, "inf", Value::Float(f64::INFINITY));
    set(&m, "nan", Value::Float(f64::NAN));
    m
}

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_err(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// A math argument as a float (`__float__`, then `__index__`).
fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => num::bigint_to_f64(b).map_err(|e| vm.num_error(e)),
        _ => {
            if let Some(r) = vm.call_special(v, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        vm.type_name(v),
                        vm.type_name(&r)
                    ))),
                };
            }
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                return arg_f64(vm, &r);
            }
            if let Some(inner) = vm.unwrap_builtin(v) {
                return arg_f64(vm, &inner);
            }
            Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
        }
    }
}

/// An integer argument (`__index__`).
fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => {
            if let Some(inner) = vm.unwrap_builtin(v)
                && matches!(inner, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
            {
                return arg_int(vm, &inner);
            }
            if let Some(r) = vm.call_special(v, "__index__", &[])? {
                return match r {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg_int(vm, &r),
                    _ => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
}

/// CPython's `math_1`: one float argument, errors from the result.
fn math_1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = exact(vm, args, &format!("math.{name}"), 1)?;
    let x = arg_f64(vm, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident, $f:expr, $ov:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                math_1(vm, args, stringify!($name), $f, $ov)
            }
        )*
    };
}

unary! {
    erf, libm::erf, false;
    erfc, libm::erfc, false;
    exp, f64::exp, true;
    exp2, f64::exp2, true;
    expm1, f64::exp_m1, true;
    sin, f64::sin, false;
    cos, f64::cos, false;
    tan, f64::tan, false;
    asin, f64::asin, false;
    acos, f64::acos, false;
    atan, f64::atan, false;
    sinh, f64::sinh, true;
    cosh, f64::cosh, true;
    tanh, f64::tanh, false;
    asinh, f64::asinh, false;
    acosh, f64::acosh, false;
    atanh, f64::atanh, false;
    fabs, f64::abs, false;
    cbrt, f64::cbrt, false;
}

fn sqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    math_1(vm, args, "sqrt", f64::sqrt, false)
}

fn log1p(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.log1p", 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.ln_1p()))
}

fn degrees(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.degrees", 1)?;
    let x = arg_f64(vm, &a[0])?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.radians", 1)?;
    let x = arg_f64(vm, &a[0])?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

/// `log` of a float or an int of any size (CPython's `loghelper`).
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let int = match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some(arg_int(vm, v)?),
        _ => None,
    };
    if let Some(n) = int {
        if !n.is_positive() {
            return Err(domain(vm));
        }
        return Ok(match num::bigint_to_f64(&n) {
            Ok(x) => f(x),
            Err(_) => {
                // x = m * 2**e with 0.5 <= m < 1.
                let bits = n.bits() as i64;
                let shift = bits - 60;
                let top: BigInt = &n >> (shift as usize);
                let m = top.to_f64().unwrap_or(0.0) / 2f64.powi(60);
                f(m) + f(2.0) * bits as f64
            }
        });
    }
    let x = arg_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "log", 1, 2)?;
    let n = loghelper(vm, &a[0], f64::ln)?;
    if let Some(b) = a.get(1) {
        let d = loghelper(vm, b, f64::ln)?;
        if d == 0.0 {
            return Err(vm.zero_division("float division by zero"));
        }
        return Ok(Value::Float(n / d));
    }
    Ok(Value::Float(n))
}

fn log2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.log2", 1)?;
    loghelper(vm, &a[0], f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.log10", 1)?;
    loghelper(vm, &a[0], f64::log10).map(Value::Float)
}

fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = exact(vm, args, name, 2)?;
    let x = arg_f64(vm, &a[0])?;
    let y = arg_f64(vm, &a[1])?;
    Ok((x, y))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "pow")?;
    let r;
    let mut odd_y = false;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            r = if y == 0.0 { 1.0 } else { x };
        } else if y.is_nan() {
            r = if x == 1.0 { 1.0 } else { y };
        } else if x.is_infinite() {
            odd_y = y.is_finite() && y % 2.0 != 0.0 && y.fract() == 0.0;
            r = if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            };
        } else {
            // y is infinite
            r = if x.abs() == 1.0 {
                1.0
            } else if (y > 0.0) == (x.abs() > 1.0) {
                y.abs()
            } else {
                0.0
            };
        }
        let _ = odd_y;
        return Ok(Value::Float(r));
    }
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "remainder")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn modf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.modf", 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    let f = (x - i).copysign(x);
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp_f(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    if e == 0 {
        // Subnormal: scale up first.
        let (m, e2) = frexp_f(x * 2f64.powi(64));
        return (m, e2 - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e - 1022)
}

fn frexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.frexp", 1)?;
    let x = arg_f64(vm, &a[0])?;
    let (m, e) = frexp_f(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp_f(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let e = e.clamp(-10000, 10000) as i32;
    // Split the scaling so intermediate powers stay representable; the last
    // step rounds once (subnormal results are correctly rounded).
    let (m, fe) = frexp_f(x);
    let total = fe as i32 + e;
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total < -1080 {
        return 0.0f64.copysign(x);
    }
    if total > 1023 {
        (m * 2.0) * 2f64.powi(total - 1)
    } else if total >= -1021 {
        m * 2f64.powi(total)
    } else {
        // m * 2**total with total < -1021: scale to the subnormal range in one rounding.
        (m * 2f64.powi(total + 60)) * 2f64.powi(-60)
    }
}

fn ldexp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "ldexp", 2)?;
    let x = arg_f64(vm, &a[0])?;
    let e = match &a[1] {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg_int(vm, &a[1])?,
        v => {
            if let Some(inner) = vm.unwrap_builtin(v) {
                arg_int(vm, &inner)?
            } else {
                return Err(vm.type_error("Expected an int as second argument to ldexp."));
            }
        }
    };
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp_f(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn isfinite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.isfinite", 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.isinf", 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.isnan", 1)?;
    Ok(Value::Bool(arg_f64(vm, &a[0])?.is_nan()))
}

fn isclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "isclose", &["a", "b", "rel_tol", "abs_tol"], 2)?;
    if args.positional().len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.positional().len()
        )));
    }
    let x = arg_f64(vm, a[0].as_ref().unwrap())?;
    let y = arg_f64(vm, a[1].as_ref().unwrap())?;
    let rel = match &a[2] {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match &a[3] {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs,
    ))
}

fn nextafter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, "nextafter")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x == y {
        return Ok(Value::Float(y));
    }
    if x == 0.0 {
        return Ok(Value::Float(f64::from_bits(1).copysign(y)));
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    Ok(Value::Float(f64::from_bits(if up {
        bits + 1
    } else {
        bits - 1
    })))
}

fn ulp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.ulp", 1)?;
    let x = arg_f64(vm, &a[0])?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        return Ok(Value::Float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(Value::Float(f64::from_bits(x.to_bits() + 1) - x))
}

// --- rounding to int ---

fn round_via(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = exact(vm, args, name, 1)?;
    let v = a[0].clone();
    match &v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => {
            return num::f64_to_bigint(f(*x))
                .map(Value::from_bigint)
                .map_err(|e| vm.num_error(e));
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(&v, dunder, &[])? {
        return Ok(r);
    }
    let x = arg_f64(vm, &v)?;
    num::f64_to_bigint(f(x))
        .map(Value::from_bigint)
        .map_err(|e| vm.num_error(e))
}

fn floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    round_via(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    round_via(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.trunc", 1)?;
    let v = a[0].clone();
    match &v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => {
            return num::f64_to_bigint(*x)
                .map(Value::from_bigint)
                .map_err(|e| vm.num_error(e));
        }
        _ => {}
    }
    if let Some(r) = vm.call_special(&v, "__trunc__", &[])? {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(&v)
    )))
}

// --- integer functions ---

fn factorial(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.factorial", 1)?;
    let n = arg_int(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(product_range(1, n)))
}

/// The product of `lo..=hi` (1 when empty), by binary splitting.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut acc = BigInt::one();
        let mut small: u64 = 1;
        for i in lo..=hi {
            match small.checked_mul(i) {
                Some(s) => small = s,
                None => {
                    acc *= small;
                    small = i;
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn gcd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::args::no_keywords(vm, args, "gcd")?;
    let mut g = BigInt::zero();
    for v in args.positional() {
        let n = arg_int(vm, v)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::args::no_keywords(vm, args, "lcm")?;
    let mut l = BigInt::one();
    for v in args.positional() {
        let n = arg_int(vm, v)?;
        if n.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&n);
    }
    Ok(Value::from_bigint(l.abs()))
}

fn comb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "comb", 2)?;
    let n = arg_int(vm, &a[0])?;
    let k = arg_int(vm, &a[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "perm", 1, 2)?;
    let n = arg_int(vm, &a[0])?;
    let k = match a.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(arg_int(vm, v)?),
    };
    if n.is_negative() && k.is_some() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    let k = match k {
        None => {
            let n = Value::from_bigint(n);
            return factorial(vm, &Args::new(&[n]));
        }
        Some(k) => k,
    };
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn isqrt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.isqrt", 1)?;
    let n = arg_int(vm, &a[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn prod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "prod", &["iterable", "start"], 1)?;
    if args.positional().len() > 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.positional().len()
        )));
    }
    let mut acc = a[1].clone().unwrap_or(Value::Int(1));
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    while let Some(x) = vm.iter_next(&it)? {
        acc = vm.binary_op(&acc, &x, Operator::Mult)?;
    }
    Ok(acc)
}

/// `fsum`: Shewchuk's exactly rounded summation, as in CPython's `math_fsum`.
fn fsum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.fsum", 1)?;
    let it = vm.get_iter(&a[0])?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = vm.iter_next(&it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    let lo = x.mul_add(y, -hi);
    (hi, lo)
}

fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    let lo = (a - hi) + b;
    (hi, lo)
}

/// CPython 3.11's `vector_norm` (accurate hypot of `vec`, all finite and `<= max`).
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f(max);
    if max_e < -1023 {
        for v in vec.iter_mut() {
            *v /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = ldexp_f(1.0, -max_e);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    for &v in vec.iter() {
        let x = v * scale;
        let pr = dl_mul(x, x);
        let sm = dl_fast_sum(csum, pr.0);
        csum = sm.0;
        frac1 += pr.1;
        frac2 += sm.1;
    }
    let h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let pr = dl_mul(-h, h);
    let sm = dl_fast_sum(csum, pr.0);
    csum = sm.0;
    frac1 += pr.1;
    frac2 += sm.1;
    let x = csum - 1.0 + (frac1 + frac2);
    (h + x / (2.0 * h)) / scale
}

fn norm_of(vm: &mut Vm, items: &[Value]) -> PyResult<f64> {
    let mut vec = Vec::with_capacity(items.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in items {
        let x = arg_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        vec.push(x);
    }
    Ok(vector_norm(&mut vec, max, found_nan))
}

fn hypot(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::args::no_keywords(vm, args, "hypot")?;
    let items = args.positional().to_vec();
    norm_of(vm, &items).map(Value::Float)
}

fn dist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "dist", 2)?;
    let seq = |vm: &mut Vm, v: &Value, which: &str| -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => Ok(t.as_ref().clone()),
            Value::List(l) => Ok(l.borrow().clone()),
            _ => Err(vm.type_error(format!(
                "dist() argument {which} must be tuple, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let p = seq(vm, &a[0], "1")?;
    let q = seq(vm, &a[1], "2")?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let x = arg_f64(vm, x)?;
        let y = arg_f64(vm, y)?;
        diffs.push(Value::Float(x - y));
    }
    norm_of(vm, &diffs).map(Value::Float)
}

/// `math.gamma`: CPython's errors: a pole (0, negative integers) is a domain error, a
/// result too large for a float a range error.
fn gamma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.gamma", 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    let r = libm::tgamma(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

/// `math.lgamma`: log of |gamma(x)|; the poles are domain errors.
fn lgamma(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "math.lgamma", 1)?;
    let x = arg_f64(vm, &a[0])?;
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    let r = libm::lgamma(x);
    if r.is_infinite() && x.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}
