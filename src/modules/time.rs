//! The `time` module. `sleep` goes through the blocking door (the GIL is released).

use crate::objects::heap::Rc;
use std::time::Duration;

use super::new_native_module;
use crate::builtins::args::exact;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    new_native_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", perf_counter),
            ("sleep", sleep),
        ],
    )
}

fn time(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(
        vm.shared.gil.scheduler.wall_clock().as_secs_f64(),
    ))
}

fn time_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::from_bigint(
        vm.shared.gil.scheduler.wall_clock().as_nanos().into(),
    ))
}

fn perf_counter(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(
        vm.shared.gil.scheduler.monotonic().as_secs_f64(),
    ))
}

fn perf_counter_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::from_bigint(
        vm.shared.gil.scheduler.monotonic().as_nanos().into(),
    ))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "sleep", 1)?;
    let secs = match &a[0] {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::builtins::methods_num::to_float(vm, &a[0])?
        }
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(vm.overflow_error("sleep length is too large"));
    }
    let d = Duration::from_secs_f64(secs);
    let ctx = vm.wait_context();
    let scheduler = vm.shared.gil.scheduler.clone();
    let r = vm.release_gil_while(move || scheduler.sleep(&ctx, d));
    if r == crate::vm::thread::WaitResult::Interrupted {
        return Err(vm.keyboard_interrupt());
    }
    Ok(Value::None)
}
