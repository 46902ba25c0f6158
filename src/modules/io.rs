//! Files and the standard streams: `open()` and `sys.stdout`/`sys.stderr`/`sys.stdin`.

use std::rc::Rc;

use crate::objects::Value;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

/// The object behind `sys.stdout` (fd 1), `sys.stderr` (fd 2) or `sys.stdin` (fd 0).
pub fn std_stream(vm: &mut Vm, fd: i32) -> Value {
    let cls = crate::builtins::types::builtin_class(
        "TextIOWrapper",
        &[&vm.types().object.clone()],
        crate::objects::class::BuiltinKind::Native,
    );
    crate::builtins::add_methods(
        &cls,
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("fileno", stream_fileno),
        ],
    );
    Value::Native(Rc::new(crate::objects::value::NativeObject {
        class: cls,
        payload: Box::new(fd),
        dict: std::cell::RefCell::new(None),
    }))
}

fn fd_of(v: &Value) -> i32 {
    match v {
        Value::Native(n) => n.payload.downcast_ref::<i32>().copied().unwrap_or(1),
        _ => 1,
    }
}

fn stream_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "write", 2)?;
    let s = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        }
    };
    let n = s.chars().count();
    if fd_of(&a[0]) == 2 {
        vm.write_stderr(&s)?;
    } else {
        vm.write_stdout(&s)?;
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn stream_fileno(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(fd_of(&args.args[0]) as i64))
}

fn stream_readline(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let line = vm.release_gil_while(|| {
        let mut s = String::new();
        std::io::stdin().read_line(&mut s).map(|_| s)
    });
    match line {
        Ok(s) => Ok(Value::string(s)),
        Err(e) => Err(vm.os_error(&e, None)),
    }
}

/// `open(file, mode='r', encoding=None)`: not yet supported beyond raising clearly.
pub fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let _ = args;
    Err(vm.not_implemented_error("open() is not supported by pyth yet"))
}
