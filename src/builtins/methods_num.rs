//! `int`, `float` and `bool`: constructors and methods.

use crate::objects::heap::Rc;

use num_bigint::BigInt;

use super::add_methods;
use super::args::bind;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::number as num;
use crate::syntax::ast::Operator;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    let (int, bool_, float) = (t.int.clone(), t.bool_.clone(), t.float.clone());
    add_methods(&int, &[("__new__", int_new)]);
    add_methods(&bool_, &[("__new__", bool_new)]);
    add_methods(&float, &[("__new__", float_new)]);
    add_methods(&int, INT_METHODS);
    add_methods(&int, INT_BINOPS);
    add_methods(&int, INT_BINOPS_BASE);
    int.dict.set_str(
        "from_bytes",
        Value::ClassMethod(crate::objects::heap::Rc::new(super::native(
            "from_bytes",
            int_from_bytes,
        ))),
    );
    add_methods(&bool_, BOOL_METHODS);
    add_methods(&float, FLOAT_METHODS);
    add_methods(&float, FLOAT_BINOPS_BASE);
    add_methods(&float, FLOAT_BINOPS_EXTRA);
    float.dict.set_str(
        "fromhex",
        Value::ClassMethod(crate::objects::heap::Rc::new(super::native(
            "fromhex",
            float_fromhex,
        ))),
    );
}

/// `int(x)`, `int(s, base)`.
pub fn int_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "int", &["x", "base"], 0)?;
    let Some(x) = a[0].clone() else {
        return wrap_for_cls(vm, args, Value::Int(0));
    };
    if let Some(base) = &a[1] {
        let b = vm.to_index(base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match &x {
            Value::Str(s) => {
                num::parse_int_limited(s.as_str(), b as u32, vm.state.int_max_str_digits.get())
                    .map(Value::from_bigint)
                    .map_err(|e| vm.num_error(exact_text_in_error(e, s)))
            }
            Value::Bytes(s) => num::parse_int_limited(
                &String::from_utf8_lossy(s),
                b as u32,
                vm.state.int_max_str_digits.get(),
            )
            .map(Value::from_bigint)
            .map_err(|e| vm.num_error(e)),
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        }
        .and_then(|v| wrap_for_cls(vm, args, v));
    }
    let v = to_int(vm, &x)?;
    wrap_for_cls(vm, args, v)
}

/// For `int.__new__(cls, …)`/`float.__new__(cls, …)` with a user subclass `cls`: an
/// instance of `cls` holding the built-in value `v`.
fn wrap_for_cls(vm: &mut Vm, args: &Args, v: Value) -> PyResult<Value> {
    match args.args.first() {
        Some(Value::Class(c)) if !c.builtin => {
            let c = c.clone();
            vm.object_new(&c, &Args::new(&[v]))
        }
        _ => Ok(v),
    }
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => num::f64_to_bigint(*f)
            .map(Value::from_bigint)
            .map_err(|e| vm.num_error(e)),
        Value::Str(s) => num::parse_int_limited(s.as_str(), 10, vm.state.int_max_str_digits.get())
            .map(Value::from_bigint)
            .map_err(|e| vm.num_error(exact_text_in_error(e, s))),
        Value::Bytes(s) => num::parse_int_limited(
            &String::from_utf8_lossy(s),
            10,
            vm.state.int_max_str_digits.get(),
        )
        .map(Value::from_bigint)
        .map_err(|e| vm.num_error(e)),
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_special(x, name, &[])? {
                    return Ok(r);
                }
            }
            if let Some(inner) = vm.unwrap_builtin(x) {
                return to_int(vm, &inner);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

fn bool_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    match pos.len() {
        0 => Ok(Value::Bool(false)),
        1 => Ok(Value::Bool(vm.is_true(&pos[0])?)),
        n => Err(vm.type_error(format!("bool expected at most 1 argument, got {n}"))),
    }
}

fn float_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let v = match pos.len() {
        0 => Value::Float(0.0),
        1 => Value::Float(to_float(vm, &pos[0])?),
        n => return Err(vm.type_error(format!("float expected at most 1 argument, got {n}"))),
    };
    wrap_for_cls(vm, args, v)
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => num::bigint_to_f64(b).map_err(|e| vm.num_error(e)),
        Value::Str(s) => {
            num::parse_float(s.as_str()).map_err(|e| vm.num_error(exact_text_in_error(e, s)))
        }
        _ => {
            if let Some(r) = vm.call_special(x, "__float__", &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    _ => Err(vm.type_error("__float__ returned non-float")),
                };
            }
            if let Some(r) = vm.call_special(x, "__index__", &[])? {
                return to_float(vm, &r);
            }
            if let Some(inner) = vm.unwrap_builtin(x) {
                return to_float(vm, &inner);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

// ---------------------------------------------------------------------------
// Receivers
// ---------------------------------------------------------------------------

/// The built-in value of `v` (unwrapping instances of user subclasses).
fn plain(vm: &Vm, v: &Value) -> Value {
    vm.unwrap_builtin(v).unwrap_or_else(|| v.clone())
}

fn big_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::BigInt(b) => Some((**b).clone()),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        _ => None,
    }
}

fn descriptor_error(vm: &Vm, name: &str, owner: &str, v: &Value) -> crate::vm::PyErr {
    if name.starts_with("__") {
        return vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(v)
        ));
    }
    vm.type_error(format!(
        "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    ))
}

/// `self` of an int method, as a plain int value (Int, BigInt or Bool).
fn int_self(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let Some(s) = args.args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'int' object needs an argument"
        )));
    };
    let p = plain(vm, s);
    match p {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(p),
        _ => Err(descriptor_error(vm, name, "int", s)),
    }
}

fn int_self_big(vm: &Vm, args: &Args, name: &str) -> PyResult<BigInt> {
    let v = int_self(vm, args, name)?;
    Ok(big_of(&v).unwrap_or_default())
}

fn float_self(vm: &Vm, args: &Args, name: &str) -> PyResult<f64> {
    let Some(s) = args.args.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'float' object needs an argument"
        )));
    };
    match plain(vm, s) {
        Value::Float(f) => Ok(f),
        _ => Err(descriptor_error(vm, name, "float", s)),
    }
}

/// The method's positional arguments after `self`, checking their count.
fn method_args<'a>(
    vm: &Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let owner = match args.args.first().map(|v| plain(vm, v)) {
        Some(Value::Float(_)) => "float",
        _ => "int",
    };
    let name = &format!("{owner}.{name}");
    if args.has_keywords() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &args.positional()[1.min(args.positional().len())..];
    if rest.len() < min || rest.len() > max {
        return Err(vm.type_error(if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({} given)", rest.len()),
                1 => format!("{name}() takes exactly one argument ({} given)", rest.len()),
                _ => format!("expected {min} arguments, got {}", rest.len()),
            }
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {}",
                if max == 1 { "" } else { "s" },
                rest.len()
            )
        }));
    }
    Ok(rest)
}

// ---------------------------------------------------------------------------
// int
// ---------------------------------------------------------------------------

const INT_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("conjugate", int_pos),
    ("as_integer_ratio", int_as_integer_ratio),
    ("__index__", int_pos),
    ("__int__", int_pos),
    ("__trunc__", int_pos),
    ("__floor__", int_pos),
    ("__ceil__", int_pos),
    ("__pos__", int_pos),
    ("__float__", int_float),
    ("__abs__", int_abs),
    ("__neg__", int_neg),
    ("__invert__", int_invert),
    ("__bool__", int_bool),
    ("__hash__", int_hash),
    ("__round__", int_round),
    ("__format__", num_format),
    ("__getnewargs__", int_getnewargs),
];

fn int_bit_length(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "bit_length", 0, 0)?;
    let n = int_self_big(vm, args, "bit_length")?;
    Ok(Value::Int(n.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "bit_count", 0, 0)?;
    let n = int_self_big(vm, args, "bit_count")?;
    let c: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(c as i64))
}

fn byteorder_arg(vm: &Vm, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(v) => Err(vm.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(v)
        ))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = int_self_big(vm, args, "to_bytes")?;
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "to_bytes", &["length", "byteorder", "signed"], 0)?;
    let length = match &a[0] {
        None => 1,
        Some(v) => vm.to_index(v)?,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, a[1].as_ref())?;
    let signed = match &a[2] {
        None => false,
        Some(v) => vm.is_true(v)?,
    };
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if n.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    // The padded result is allocated up front: MemoryError, not an abort, when it cannot be.
    let mut padded: Vec<u8> = Vec::new();
    vm.reserve_values(&mut padded, length)?;
    drop(padded);
    let fill = if signed && n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(crate::objects::heap::Rc::new(bytes)))
}

fn int_from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.args[0].clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(
        vm,
        &rest,
        "from_bytes",
        &["bytes", "byteorder", "signed"],
        1,
    )?;
    let data: Vec<u8> = match a[0].as_ref().unwrap() {
        Value::Bytes(b) => b.as_ref().clone(),
        Value::Str(_) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        v => {
            let items = vm.collect_iterable(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                let i = vm.to_index(&it)?;
                if !(0..256).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
    };
    let little = byteorder_arg(vm, a[1].as_ref())?;
    let signed = match &a[2] {
        None => false,
        Some(v) => vm.is_true(v)?,
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (true, false) => BigInt::from_bytes_le(num_bigint::Sign::Plus, &data),
        (false, false) => BigInt::from_bytes_be(num_bigint::Sign::Plus, &data),
    };
    let v = Value::from_bigint(n);
    match &cls {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types().int) => Ok(v),
        _ => vm.call0(&cls, &[v]),
    }
}

fn int_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "as_integer_ratio", 0, 0)?;
    let v = int_self(vm, args, "as_integer_ratio")?;
    let v = match v {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    Ok(Value::tuple(vec![v, Value::Int(1)]))
}

fn int_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__pos__", 0, 0)?;
    let v = int_self(vm, args, "__pos__")?;
    Ok(match v {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    })
}

fn int_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = int_pos(vm, args)?;
    Ok(Value::tuple(vec![v]))
}

fn int_float(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__float__", 0, 0)?;
    let v = int_self(vm, args, "__float__")?;
    to_float(vm, &v).map(Value::Float)
}

fn int_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__abs__", 0, 0)?;
    let n = int_self_big(vm, args, "__abs__")?;
    Ok(Value::from_bigint(BigInt::from(n.magnitude().clone())))
}

fn int_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__neg__", 0, 0)?;
    let v = int_self(vm, args, "__neg__")?;
    vm.negative(&v)
}

fn int_invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__invert__", 0, 0)?;
    let v = int_self(vm, args, "__invert__")?;
    vm.invert(&v)
}

fn int_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__bool__", 0, 0)?;
    let n = int_self_big(vm, args, "__bool__")?;
    Ok(Value::Bool(n.sign() != num_bigint::Sign::NoSign))
}

fn int_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__hash__", 0, 0)?;
    let v = int_self(vm, args, "__hash__")?;
    vm.hash(&v).map(Value::Int)
}

fn int_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = method_args(vm, args, "__round__", 0, 1)?;
    let v = int_self(vm, args, "__round__")?;
    let v = match v {
        Value::Bool(b) => Value::Int(b as i64),
        v => v,
    };
    match rest.first() {
        None | Some(Value::None) => Ok(v),
        Some(nd) => {
            let nd = vm.to_index(nd)?;
            let b = big_of(&v).unwrap_or_default();
            Ok(Value::from_bigint(num::int_round(&b, nd)))
        }
    }
}

fn num_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = method_args(vm, args, "__format__", 1, 1)?;
    let spec = match &rest[0] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(v)
            )));
        }
    };
    let v = plain(vm, &args.args[0]);
    vm.format(&v, &spec)
}

// --- int arithmetic dunders ---

fn is_int_like(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn is_num_like(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
    )
}

/// Shared body of the binary dunders: `self op other` (or `other op self` when
/// `reflected`), `NotImplemented` for operands of other types.
fn dunder_binop(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    op: Operator,
    reflected: bool,
    float_self_type: bool,
) -> PyResult<Value> {
    let rest = method_args(vm, args, name, 1, 1)?;
    let a = if float_self_type {
        Value::Float(float_self(vm, args, name)?)
    } else {
        int_self(vm, args, name)?
    };
    let b = plain(vm, &rest[0]);
    let ok = if float_self_type {
        is_num_like(&b)
    } else {
        is_int_like(&b)
    };
    if !ok {
        return Ok(Value::NotImplemented);
    }
    if float_self_type && matches!(op, Operator::LShift | Operator::RShift) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.binary_op(&b, &a, op)
    } else {
        vm.binary_op(&a, &b, op)
    }
}

fn dunder_divmod(vm: &mut Vm, args: &Args, reflected: bool, is_float: bool) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let rest = method_args(vm, args, name, 1, 1)?;
    let a = if is_float {
        Value::Float(float_self(vm, args, name)?)
    } else {
        int_self(vm, args, name)?
    };
    let b = plain(vm, &rest[0]);
    if !(if is_float {
        is_num_like(&b)
    } else {
        is_int_like(&b)
    }) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let f = vm.builtins().get_str("divmod");
    match f {
        Some(f) => vm.call0(&f, &[x, y]),
        None => Err(vm.runtime_error("divmod is missing")),
    }
}

fn dunder_pow(vm: &mut Vm, args: &Args, reflected: bool, is_float: bool) -> PyResult<Value> {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let rest = method_args(vm, args, name, 1, 2)?;
    let a = if is_float {
        Value::Float(float_self(vm, args, name)?)
    } else {
        int_self(vm, args, name)?
    };
    let b = plain(vm, &rest[0]);
    if !(if is_float {
        is_num_like(&b)
    } else {
        is_int_like(&b)
    }) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    match rest.get(1) {
        None | Some(Value::None) => vm.binary_op(&x, &y, Operator::Pow),
        Some(m) => {
            if is_float {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let m = plain(vm, m);
            if !is_int_like(&m) {
                return Ok(Value::NotImplemented);
            }
            let f = vm.builtins().get_str("pow");
            match f {
                Some(f) => vm.call0(&f, &[x, y, m]),
                None => Err(vm.runtime_error("pow is missing")),
            }
        }
    }
}

macro_rules! binops {
    ($table:ident, $float:expr, $( ($name:literal, $rname:literal, $f:ident, $rf:ident, $op:ident) ),* $(,)?) => {
        $(
            fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                dunder_binop(vm, args, $name, Operator::$op, false, $float)
            }
            fn $rf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                dunder_binop(vm, args, $rname, Operator::$op, true, $float)
            }
        )*
        const $table: &[(&str, crate::objects::function::NativeFn)] = &[
            $( ($name, $f), ($rname, $rf), )*
        ];
    };
}

binops!(
    INT_BINOPS_BASE,
    false,
    ("__add__", "__radd__", int_add, int_radd, Add),
    ("__sub__", "__rsub__", int_sub, int_rsub, Sub),
    ("__mul__", "__rmul__", int_mul, int_rmul, Mult),
    (
        "__truediv__",
        "__rtruediv__",
        int_truediv,
        int_rtruediv,
        Div
    ),
    (
        "__floordiv__",
        "__rfloordiv__",
        int_floordiv,
        int_rfloordiv,
        FloorDiv
    ),
    ("__mod__", "__rmod__", int_mod, int_rmod, Mod),
    ("__lshift__", "__rlshift__", int_lshift, int_rlshift, LShift),
    ("__rshift__", "__rrshift__", int_rshift, int_rrshift, RShift),
    ("__and__", "__rand__", int_and, int_rand, BitAnd),
    ("__or__", "__ror__", int_or, int_ror, BitOr),
    ("__xor__", "__rxor__", int_xor, int_rxor, BitXor),
);

binops!(
    FLOAT_BINOPS_BASE,
    true,
    ("__add__", "__radd__", float_add, float_radd, Add),
    ("__sub__", "__rsub__", float_sub, float_rsub, Sub),
    ("__mul__", "__rmul__", float_mul, float_rmul, Mult),
    (
        "__truediv__",
        "__rtruediv__",
        float_truediv,
        float_rtruediv,
        Div
    ),
    (
        "__floordiv__",
        "__rfloordiv__",
        float_floordiv,
        float_rfloordiv,
        FloorDiv
    ),
    ("__mod__", "__rmod__", float_mod, float_rmod, Mod),
);

fn int_divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_divmod(vm, args, false, false)
}
fn int_rdivmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_divmod(vm, args, true, false)
}
fn int_pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_pow(vm, args, false, false)
}
fn int_rpow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_pow(vm, args, true, false)
}
fn float_divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_divmod(vm, args, false, true)
}
fn float_rdivmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_divmod(vm, args, true, true)
}
fn float_pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_pow(vm, args, false, true)
}
fn float_rpow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    dunder_pow(vm, args, true, true)
}

const INT_BINOPS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__divmod__", int_divmod),
    ("__rdivmod__", int_rdivmod),
    ("__pow__", int_pow),
    ("__rpow__", int_rpow),
];

// ---------------------------------------------------------------------------
// bool
// ---------------------------------------------------------------------------

const BOOL_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__and__", bool_and),
    ("__rand__", bool_and),
    ("__or__", bool_or),
    ("__ror__", bool_or),
    ("__xor__", bool_xor),
    ("__rxor__", bool_xor),
];

fn bool_bitop(vm: &mut Vm, args: &Args, name: &str, op: Operator) -> PyResult<Value> {
    let rest = method_args(vm, args, name, 1, 1)?;
    let a = int_self(vm, args, name)?;
    let b = plain(vm, &rest[0]);
    if let (Value::Bool(x), Value::Bool(y)) = (&a, &b) {
        return Ok(Value::Bool(match op {
            Operator::BitAnd => x & y,
            Operator::BitOr => x | y,
            _ => x ^ y,
        }));
    }
    if !is_int_like(&b) {
        return Ok(Value::NotImplemented);
    }
    vm.binary_op(&a, &b, op)
}

fn bool_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__and__", Operator::BitAnd)
}
fn bool_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__or__", Operator::BitOr)
}
fn bool_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bool_bitop(vm, args, "__xor__", Operator::BitXor)
}

// ---------------------------------------------------------------------------
// float
// ---------------------------------------------------------------------------

const FLOAT_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("conjugate", float_pos),
    ("__pos__", float_pos),
    ("__float__", float_pos),
    ("__neg__", float_neg),
    ("__abs__", float_abs),
    ("__bool__", float_bool),
    ("__int__", float_trunc),
    ("__trunc__", float_trunc),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
    ("__round__", float_round),
    ("__hash__", float_hash),
    ("__format__", num_format),
    ("__getnewargs__", float_getnewargs),
];

fn float_is_integer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "is_integer", 0, 0)?;
    let f = float_self(vm, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.trunc() == f))
}

/// `float.as_integer_ratio()` as big ints (numerator, denominator).
pub fn f64_ratio(vm: &Vm, f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let bits = f.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if e == 0 {
        (m, -1074)
    } else {
        (m | (1u64 << 52), e - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let mut n = BigInt::from(m);
    if f < 0.0 {
        n = -n;
    }
    if e >= 0 {
        Ok((n << (e as usize), BigInt::from(1)))
    } else {
        Ok((n, BigInt::from(1) << ((-e) as usize)))
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "as_integer_ratio", 0, 0)?;
    let f = float_self(vm, args, "as_integer_ratio")?;
    let (n, d) = f64_ratio(vm, f)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

/// `float.hex()`.
pub fn f64_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let m = bits & ((1u64 << 52) - 1);
    if e == 0 {
        format!("{sign}0x0.{m:013x}p-1022")
    } else {
        let exp = e - 1023;
        format!(
            "{sign}0x1.{m:013x}p{}{exp}",
            if exp >= 0 { "+" } else { "" }
        )
    }
}

fn float_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "hex", 0, 0)?;
    let f = float_self(vm, args, "hex")?;
    Ok(Value::string(f64_hex(f)))
}

/// `float.fromhex(s)`.
fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let sgn = if neg { -1.0 } else { 1.0 };
    if lower == "inf" || lower == "infinity" {
        return Some(sgn * f64::INFINITY);
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut n = BigInt::from(0);
    for c in ip.chars().chain(fp.chars()) {
        let d = c.to_digit(16)?;
        n = n * 16 + d;
    }
    let mut e: i64 = -4 * fp.len() as i64;
    if let Some(x) = exp {
        let x = x.strip_prefix('+').unwrap_or(x);
        if x.is_empty() || x == "-" {
            return None;
        }
        let v: i64 = x.parse().ok()?;
        e = e.checked_add(v)?;
    }
    // Exact value n * 2**e, rounded half-even to a double.
    if n.sign() == num_bigint::Sign::NoSign {
        return Some(sgn * 0.0);
    }
    let bits = n.bits() as i64;
    // Top exponent of the value: 2**(bits - 1 + e).
    let top = bits - 1 + e;
    if top > 1023 {
        return Some(sgn * f64::INFINITY);
    }
    // Number of significant bits we may keep.
    let keep = if top < -1022 { 53 - (-1022 - top) } else { 53 };
    if keep <= 0 {
        // Below half the smallest subnormal (or exactly it, ties to even -> 0).
        if keep == 0 {
            let half = BigInt::from(1) << ((bits - 1) as usize);
            return Some(if n > half { sgn * 5e-324 } else { sgn * 0.0 });
        }
        return Some(sgn * 0.0);
    }
    let shift = bits - keep;
    let (mut m, e2) = if shift > 0 {
        let sh = shift as usize;
        let q: BigInt = &n >> sh;
        let r: BigInt = &n - (&q << sh);
        let half = BigInt::from(1) << (sh - 1);
        let mut q = q;
        if r > half || (r == half && (&q & BigInt::from(1)) == BigInt::from(1)) {
            q += 1;
        }
        (q, e + shift)
    } else {
        (n, e)
    };
    use num_traits::ToPrimitive;
    let mut mf = m.to_u64()? as f64;
    let _ = &mut m;
    // mf * 2**e2, done in two steps to avoid intermediate overflow/underflow.
    let mut e2 = e2;
    while e2 > 1000 {
        mf *= 2f64.powi(1000);
        e2 -= 1000;
    }
    while e2 < -1000 {
        mf *= 2f64.powi(-1000);
        e2 += 1000;
    }
    let r = mf * 2f64.powi(e2 as i32);
    if r.is_infinite() {
        return Some(sgn * f64::INFINITY);
    }
    Some(sgn * r)
}

fn float_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.args[0].clone();
    let rest = method_args(vm, args, "fromhex", 1, 1)?;
    let s = match &rest[0] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "bad argument type for built-in operation: '{}'",
                vm.type_name(v)
            )));
        }
    };
    let Some(f) = parse_hex_float(&s) else {
        return Err(vm.value_error("invalid hexadecimal floating-point string"));
    };
    if f.is_infinite() && !s.to_ascii_lowercase().contains("inf") {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
    }
    match &cls {
        Value::Class(c) if Rc::ptr_eq(c, &vm.types().float) => Ok(Value::Float(f)),
        _ => vm.call0(&cls, &[Value::Float(f)]),
    }
}

fn float_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__pos__", 0, 0)?;
    Ok(Value::Float(float_self(vm, args, "__pos__")?))
}

fn float_getnewargs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = float_pos(vm, args)?;
    Ok(Value::tuple(vec![v]))
}

fn float_neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__neg__", 0, 0)?;
    Ok(Value::Float(-float_self(vm, args, "__neg__")?))
}

fn float_abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__abs__", 0, 0)?;
    Ok(Value::Float(float_self(vm, args, "__abs__")?.abs()))
}

fn float_bool(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__bool__", 0, 0)?;
    Ok(Value::Bool(float_self(vm, args, "__bool__")? != 0.0))
}

fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    num::f64_to_bigint(f)
        .map(Value::from_bigint)
        .map_err(|e| vm.num_error(e))
}

fn float_trunc(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__trunc__", 0, 0)?;
    let f = float_self(vm, args, "__trunc__")?;
    float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__floor__", 0, 0)?;
    let f = float_self(vm, args, "__floor__")?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__ceil__", 0, 0)?;
    let f = float_self(vm, args, "__ceil__")?;
    float_to_int(vm, f.ceil())
}

fn float_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = method_args(vm, args, "__round__", 0, 1)?;
    let f = float_self(vm, args, "__round__")?;
    let nd = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.to_index(v)?),
    };
    match num::float_round(f, nd).map_err(|e| vm.num_error(e))? {
        num::RoundResult::Int(i) => Ok(Value::from_bigint(i)),
        num::RoundResult::Float(f) => Ok(Value::Float(f)),
    }
}

fn float_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    method_args(vm, args, "__hash__", 0, 0)?;
    let f = float_self(vm, args, "__hash__")?;
    Ok(Value::Int(num::hash_f64(f)))
}

const FLOAT_BINOPS_EXTRA: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__divmod__", float_divmod),
    ("__rdivmod__", float_rdivmod),
    ("__pow__", float_pow),
    ("__rpow__", float_rpow),
];

/// A parse error of text `s`: its message quotes the repr of `s.as_str()`, where a lone
/// surrogate reads U+FFFD; this puts the exact repr (`'\ud800'`) back.
fn exact_text_in_error(e: num::NumError, s: &crate::objects::PyStr) -> num::NumError {
    match e {
        num::NumError::Value(msg) if s.has_surrogates() => {
            let lossy = crate::objects::repr::str_repr(s.as_str());
            let exact = crate::objects::repr::pystr_repr(s);
            num::NumError::Value(msg.replacen(&lossy, &exact, 1))
        }
        other => other,
    }
}
