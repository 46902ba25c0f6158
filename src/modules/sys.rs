//! The `sys` module.

use crate::objects::heap::Rc;

use super::{new_native_module, set};
use crate::builtins::args::exact;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "sys",
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("getswitchinterval", getswitchinterval),
            ("setswitchinterval", setswitchinterval),
            ("exc_info", exc_info),
            ("intern", intern),
            ("getsizeof", getsizeof),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
        ],
    );
    let argv: Vec<Value> = vm
        .state
        .argv
        .borrow()
        .iter()
        .map(|a| Value::str(a))
        .collect();
    set(&m, "argv", Value::list(argv));
    let path: Vec<Value> = vm
        .state
        .path
        .borrow()
        .iter()
        .map(|a| Value::str(a))
        .collect();
    set(&m, "path", Value::list(path));
    set(&m, "modules", Value::Dict(vm.state.modules.clone()));
    set(&m, "version", Value::str("3.11.7 (pyth 0.1.0)"));
    // version_info and flags are made on first use (see `module_getattr`): building them
    // runs Python code, which most programs importing sys never need.
    m.dict.set_str(
        "__getattr__",
        crate::builtins::native("__getattr__", module_getattr),
    );
    set(&m, "platform", Value::str("linux"));
    set(&m, "byteorder", Value::str("little"));
    set(&m, "maxsize", Value::Int(i64::MAX));
    set(&m, "implementation", Value::str("pyth"));
    set(&m, "executable", Value::str(""));
    for (name, original, fd) in [
        ("stdout", "__stdout__", 1),
        ("stderr", "__stderr__", 2),
        ("stdin", "__stdin__", 0),
    ] {
        let stream = crate::modules::io::std_stream(vm, fd);
        set(&m, name, stream.clone());
        set(&m, original, stream);
    }
    m
}

/// The module's `__getattr__` (PEP 562): `version_info` and `flags`, struct sequences
/// (stdlib/_structseq.py) that compare as tuples and show their field names, made and kept
/// in the module on first use.
fn module_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getattr__", 1)?;
    let name = a[0].as_str().unwrap_or("").to_string();
    let zero = || Value::Int(0);
    let fields: Vec<(&str, Value)> = match name.as_str() {
        "version_info" => vec![
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(7)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
        "flags" => vec![
            ("debug", zero()),
            ("inspect", zero()),
            ("interactive", zero()),
            ("optimize", zero()),
            ("dont_write_bytecode", Value::Int(1)),
            ("no_user_site", zero()),
            ("no_site", zero()),
            ("ignore_environment", zero()),
            ("verbose", zero()),
            ("bytes_warning", zero()),
            ("quiet", zero()),
            ("hash_randomization", Value::Int(1)),
            ("isolated", zero()),
            ("dev_mode", Value::Bool(false)),
            ("utf8_mode", zero()),
            ("warn_default_encoding", zero()),
            ("safe_path", Value::Bool(false)),
            ("int_max_str_digits", Value::Int(-1)),
        ],
        _ => {
            return Err(vm.attribute_error(format!("module 'sys' has no attribute '{name}'")));
        }
    };
    let make = vm.import_module("_structseq")?;
    let make = vm.get_attr(&make, "structseq")?;
    let names = Value::tuple(fields.iter().map(|(f, _)| Value::str(f)).collect());
    let cls = vm.call0(&make, &[Value::str(&name), Value::str("sys"), names])?;
    let values = Value::tuple(fields.into_iter().map(|(_, v)| v).collect());
    let obj = vm.call0(&cls, &[values])?;
    if let Value::Module(m) = vm.import_module("sys")? {
        set(&m, &name, obj.clone());
    }
    Ok(obj)
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // sys.exit(None) raises SystemExit() with no args, as CPython.
    let code = args.positional().first().cloned().filter(|c| !c.is_none());
    Err(vm.new_exception(&vm.types().system_exit.clone(), code.into_iter().collect()))
}

fn get_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "get_int_max_str_digits", 0)?;
    Ok(Value::Int(vm.state.int_max_str_digits.get() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640, as CPython.
fn set_int_max_str_digits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::bind(vm, args, "set_int_max_str_digits", &["maxdigits"], 1)?;
    let n = vm.to_index(a[0].as_ref().expect("required"))?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.state.int_max_str_digits.set(n as usize);
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.state.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "setrecursionlimit", 1)?;
    let n = match &a[0] {
        Value::Int(n) => *n,
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.state.recursion_limit.set(n as usize);
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(vm.shared.gil.switch_interval().as_secs_f64()))
}

fn setswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "setswitchinterval", 1)?;
    let s = crate::builtins::methods_num::to_float(vm, &a[0])?;
    if s <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    // CPython accepts any positive value (NaN and huge ones included) and keeps whole
    // microseconds; the conversion saturates (NaN: the smallest interval).
    let micros = (s * 1e6) as u64;
    vm.shared
        .gil
        .set_switch_interval(std::time::Duration::from_micros(micros));
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    match vm.handled.last().cloned() {
        Some(e) => {
            let t = Value::Class(vm.type_of(&e));
            let tb = vm.get_attr(&e, "__traceback__").unwrap_or(Value::None);
            Ok(Value::tuple(vec![t, e, tb]))
        }
        None => Ok(Value::tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn intern(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "intern", 1)?;
    Ok(a[0].clone())
}

fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "getsizeof", 1)?;
    Ok(Value::Int(match &a[0] {
        Value::Str(s) => 49 + s.as_str().len() as i64,
        _ => 16,
    }))
}
