//! `list` and `tuple`: constructors and methods.

use super::add_methods;
use super::args::range;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(&t.list, &[("__new__", list_new), ("append", list_append)]);
    add_methods(&t.tuple, &[("__new__", tuple_new)]);
    add_methods(&t.range, &[("__new__", range_new)]);
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v),
    }
}

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::args::no_keywords(vm, args, "range")?;
    let pos = &args.positional()[1..];
    let (start, stop, step) = match pos.len() {
        1 => (0, range_arg(vm, &pos[0])?, 1),
        2 => (range_arg(vm, &pos[0])?, range_arg(vm, &pos[1])?, 1),
        3 => (
            range_arg(vm, &pos[0])?,
            range_arg(vm, &pos[1])?,
            range_arg(vm, &pos[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(std::rc::Rc::new(
        crate::objects::value::Range { start, stop, step },
    )))
}

fn list_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = range(vm, &rest, "list", 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
    }
}

fn tuple_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = range(vm, &rest, "tuple", 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
    }
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::args::exact(vm, args, "append", 2)?;
    match &a[0] {
        Value::List(l) => {
            l.borrow_mut().push(a[1].clone());
            Ok(Value::None)
        }
        other => match vm.unwrap_builtin(other) {
            Some(Value::List(l)) => {
                l.borrow_mut().push(a[1].clone());
                Ok(Value::None)
            }
            _ => Err(vm.type_error("descriptor 'append' requires a 'list' object")),
        },
    }
}
