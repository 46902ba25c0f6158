//! `int`, `float` and `bool`: constructors and methods.

use num_bigint::BigInt;

use super::add_methods;
use super::args::bind;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::number as num;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(&t.int, &[("__new__", int_new)]);
    add_methods(&t.bool_, &[("__new__", bool_new)]);
    add_methods(&t.float, &[("__new__", float_new)]);
}

/// `int(x)`, `int(s, base)`.
pub fn int_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "int", &["x", "base"], 0)?;
    let Some(x) = a[0].clone() else {
        return Ok(Value::Int(0));
    };
    if let Some(base) = &a[1] {
        let b = vm.to_index(base)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match &x {
            Value::Str(s) => num::parse_int(s.as_str(), b as u32)
                .map(Value::from_bigint)
                .map_err(|e| vm.num_error(e)),
            Value::Bytes(s) => num::parse_int(&String::from_utf8_lossy(s), b as u32)
                .map(Value::from_bigint)
                .map_err(|e| vm.num_error(e)),
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    to_int(vm, &x)
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => num::f64_to_bigint(*f)
            .map(Value::from_bigint)
            .map_err(|e| vm.num_error(e)),
        Value::Str(s) => num::parse_int(s.as_str(), 10)
            .map(Value::from_bigint)
            .map_err(|e| vm.num_error(e)),
        Value::Bytes(s) => num::parse_int(&String::from_utf8_lossy(s), 10)
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
    match pos.len() {
        0 => Ok(Value::Float(0.0)),
        1 => to_float(vm, &pos[0]).map(Value::Float),
        n => Err(vm.type_error(format!("float expected at most 1 argument, got {n}"))),
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => num::bigint_to_f64(b).map_err(|e| vm.num_error(e)),
        Value::Str(s) => num::parse_float(s.as_str()).map_err(|e| vm.num_error(e)),
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

#[allow(dead_code)]
fn big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        Value::Bool(b) => BigInt::from(*b as i64),
        _ => BigInt::from(0),
    }
}
