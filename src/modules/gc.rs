//! The `gc` module: the interface to the cycle collector (`crate::vm::gc`).
//!
//! `collect()` returns how many unreachable objects it found, as CPython's does; pyth's
//! objects are not quite CPython's (an instance and its `__dict__` count as one, as in
//! CPython 3.11, but a `__dict__` that was handed out and outlived its instance counts on its
//! own), so the numbers can differ. `garbage` stays empty: finalizers never stop an
//! object from being collected (PEP 442).

use crate::objects::heap::Rc;

use super::{new_native_module, set};
use crate::builtins::args::{bind, exact};
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm, gc};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
        ],
    );
    set(&m, "garbage", Value::list(Vec::new()));
    m
}

fn collect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "collect", &["generation"], 0)?;
    let generation = match &a[0] {
        Some(v) => vm.to_index(v)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    gc::finalize::run_pending(vm);
    let found = gc::collect(vm, generation as usize);
    gc::finalize::run_pending(vm);
    crate::modules::weakref::run_dead_callbacks(vm);
    Ok(Value::Int(found as i64))
}

fn enable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "gc.enable", 0)?;
    vm.state.gc.set_enabled(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "gc.disable", 0)?;
    vm.state.gc.set_enabled(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "gc.isenabled", 0)?;
    Ok(Value::Bool(vm.state.gc.is_enabled()))
}

fn triple(t: [usize; 3]) -> Value {
    Value::tuple(t.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn get_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "gc.get_count", 0)?;
    Ok(triple(vm.state.gc.counts()))
}

fn get_threshold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "gc.get_threshold", 0)?;
    Ok(triple(vm.state.gc.thresholds()))
}

fn set_threshold(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::args::no_keywords(vm, args, "set_threshold")?;
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut t = Vec::with_capacity(pos.len());
    for v in pos {
        // CPython stores C ints; negative thresholds behave as "never".
        let n = vm.to_index(v)?;
        t.push(n.max(0) as usize);
    }
    vm.state.gc.set_thresholds(&t);
    Ok(Value::None)
}
