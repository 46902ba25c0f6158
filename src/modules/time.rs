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
    let nanos = seconds_to_nanos(vm, &a[0])?;
    if nanos < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let d = Duration::from_nanos(nanos as u64);
    let ctx = vm.wait_context();
    let scheduler = vm.shared.gil.scheduler.clone();
    let r = vm.release_gil_while(move || scheduler.sleep(&ctx, d));
    if r == crate::vm::thread::WaitResult::Interrupted {
        return Err(vm.keyboard_interrupt());
    }
    Ok(Value::None)
}

const NANOS_PER_SEC: i64 = 1_000_000_000;

/// A number of seconds from Python (`time.sleep`, lock and urlopen timeouts) as nanoseconds
/// in CPython's `_PyTime_t` range (an i64), with CPython's errors: NaN is a ValueError, a
/// float out of range "timestamp out of range for platform time_t", an int out of range
/// "timestamp too large to convert to C _PyTime_t". Floats round away from zero, as
/// CPython's timeouts do. Every `Duration` made from a user's number comes through here.
pub fn seconds_to_nanos(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(f) = v {
        return float_seconds_to_nanos(vm, *f);
    }
    let secs = match vm.to_index(v) {
        Ok(secs) => secs,
        Err(e) if e.is_instance_of(&vm.types().index_error.clone()) => {
            return Err(int_too_large(vm));
        }
        Err(e) => return Err(e),
    };
    secs.checked_mul(NANOS_PER_SEC)
        .ok_or_else(|| int_too_large(vm))
}

fn float_seconds_to_nanos(vm: &Vm, secs: f64) -> PyResult<i64> {
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let nanos = secs * NANOS_PER_SEC as f64;
    let nanos = if nanos >= 0.0 {
        nanos.ceil()
    } else {
        nanos.floor()
    };
    // As CPython's range check: the bounds are i64's, as doubles (2**63 itself passes and
    // saturates below).
    if !((i64::MIN as f64) <= nanos && nanos <= (i64::MAX as f64)) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(nanos as i64)
}

fn int_too_large(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("timestamp too large to convert to C _PyTime_t")
}

/// `Instant::now() + nanos`, or `None` (wait forever) past what the clock can represent.
pub fn deadline_after(nanos: i64) -> Option<std::time::Instant> {
    std::time::Instant::now().checked_add(Duration::from_nanos(nanos.max(0) as u64))
}
