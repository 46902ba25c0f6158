//! The `time` module. `sleep` goes through the blocking door (the GIL is released).

use std::rc::Rc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

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

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn time(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::from_bigint(since_epoch().as_nanos().into()))
}

fn clock_start() -> Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn perf_counter(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(clock_start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::from_bigint(
        clock_start().elapsed().as_nanos().into(),
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
    let deadline = Instant::now() + d;
    let r = vm.release_gil_while(move || {
        ctx.wait_until(Some(deadline), |slice| {
            std::thread::sleep(slice);
            false
        })
    });
    if r == crate::vm::thread::WaitResult::Interrupted {
        vm.shared.gil.eval_breaker.fetch_and(
            !crate::vm::gil::breaker::SIGNAL,
            std::sync::atomic::Ordering::SeqCst,
        );
        return Err(vm.new_exception(&vm.types().keyboard_interrupt.clone(), vec![]));
    }
    Ok(Value::None)
}
