//! `_pyth_testing`: hooks for the test suite, in debug builds only (as CPython's `_testcapi`).
//! They provoke the internal-failure paths that real bugs used to take, so the tests keep
//! proving those paths safe after the bugs themselves are fixed:
//!
//! - `panic(msg)`: a Rust panic inside a native call (becomes `SystemError` at the call).
//! - `panic_in_blocking_door(msg)`: a panic while the GIL is released (the door must take
//!   the GIL back before anything unwinds).
//! - `panic_past_native_boundary(msg)`: a panic that the native-call boundary lets through,
//!   as a bug in the eval loop itself would be: it unwinds to the bottom of the thread
//!   (a thread's body, or the main program).
//! - `drop_bound_in_blocking_door()`: a `GilBound` holding Python objects dropped unopened
//!   inside the blocking door: its contents must be leaked, not freed (debug builds then
//!   fail loudly, which arrives here as a `SystemError`).

use crate::objects::heap::Rc;

use super::new_native_module;
use crate::builtins::args::exact;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::gil::GilBound;
use crate::vm::thread::EscapeNativeBoundary;
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    new_native_module(
        vm,
        "_pyth_testing",
        &[
            ("panic", panic),
            ("panic_in_blocking_door", panic_in_blocking_door),
            ("panic_past_native_boundary", panic_past_native_boundary),
            ("drop_bound_in_blocking_door", drop_bound_in_blocking_door),
        ],
    )
}

fn message(vm: &mut Vm, args: &Args, name: &str) -> PyResult<String> {
    let a = exact(vm, args, name, 1)?;
    vm.to_str(&a[0])
}

fn panic(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let msg = message(vm, args, "panic")?;
    panic!("{msg}");
}

fn panic_in_blocking_door(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let msg = message(vm, args, "panic_in_blocking_door")?;
    vm.release_gil_while(move || -> () { panic!("{msg}") });
    Ok(Value::None)
}

fn panic_past_native_boundary(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let msg = message(vm, args, "panic_past_native_boundary")?;
    std::panic::panic_any(EscapeNativeBoundary(msg));
}

fn drop_bound_in_blocking_door(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let objects = Value::list(vec![Value::Int(1), Value::str("leaked")]);
    let bound = GilBound::new(objects, &vm.held);
    vm.release_gil_while(move || drop(bound));
    Ok(Value::None)
}
