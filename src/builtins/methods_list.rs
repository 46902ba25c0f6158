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
