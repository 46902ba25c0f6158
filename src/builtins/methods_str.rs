//! `str` and `bytes`: constructors and methods.

use super::add_methods;
use super::args::bind;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(&t.str_, &[("__new__", str_new), ("join", str_join)]);
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "str", &["object", "encoding", "errors"], 0)?;
    match &a[0] {
        None => Ok(Value::str("")),
        Some(v) => vm.str_value(v),
    }
}

fn str_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::args::exact(vm, args, "join", 2)?;
    let sep = vm.to_str(&a[0])?;
    let items = vm.collect_iterable(&a[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )));
            }
        }
    }
    Ok(Value::string(out))
}
