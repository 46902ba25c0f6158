//! `_traceback`: the native core of the `traceback` module (stdlib/traceback.py). It formats
//! with the same code as the interpreter's own report of an uncaught exception, so
//! `traceback.print_exc()` prints exactly what an uncaught exception would.

use crate::objects::heap::Rc;

use super::new_native_module;
use crate::builtins::args::exact;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::traceback::{TracebackEntry, format_entries};
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    new_native_module(
        vm,
        "_traceback",
        &[
            ("format_exception_only", format_exception_only),
            ("format_tb", format_tb),
            ("extract_tb", extract_tb),
            ("format_stack", format_stack),
            ("extract_stack", extract_stack),
            ("caller", caller),
        ],
    )
}

/// `format_exception_only(exc)`: the `Type: message` line (with CPython's "Did you mean"
/// for a NameError), and its newline.
fn format_exception_only(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "format_exception_only", 1)?;
    check_exception(vm, &a[0])?;
    let mut text = vm.exception_only_with_suggestion(&a[0]);
    text.push('\n');
    Ok(Value::string(text))
}

fn check_exception(vm: &mut Vm, exc: &Value) -> PyResult<()> {
    let base = vm.types().base_exception.clone();
    if vm.is_instance(exc, &base) {
        Ok(())
    } else {
        let name = vm.type_of(exc).name.borrow().clone();
        Err(vm.type_error(format!("Exception expected for value, {name} found")))
    }
}

/// The entries of a traceback object, outermost first (`None` has none).
fn traceback_entries(vm: &mut Vm, tb: &Value) -> PyResult<Vec<TracebackEntry>> {
    match tb {
        Value::None => Ok(Vec::new()),
        Value::Native(n) => match n.payload.downcast_ref::<Vec<TracebackEntry>>() {
            Some(entries) => Ok(entries.iter().rev().cloned().collect()),
            None => Err(vm.type_error("expected a traceback object")),
        },
        _ => Err(vm.type_error("expected a traceback object")),
    }
}

/// The frames running on this thread, outermost first, as traceback entries.
fn stack_entries(vm: &Vm) -> Vec<TracebackEntry> {
    vm.frames
        .iter()
        .map(|f| TracebackEntry {
            code: f.code.clone(),
            ip: f.ip.saturating_sub(1) as u32,
        })
        .collect()
}

fn summaries(entries: &[TracebackEntry]) -> Value {
    Value::list(
        entries
            .iter()
            .map(|e| {
                let line = e.line();
                Value::tuple(vec![
                    Value::str(&e.code.source.name),
                    Value::Int(line as i64),
                    Value::str(&e.code.name),
                    Value::str(e.code.source.line_text(line).trim()),
                ])
            })
            .collect(),
    )
}

fn pieces(entries: &[TracebackEntry]) -> Value {
    let refs: Vec<&TracebackEntry> = entries.iter().collect();
    Value::list(
        format_entries(&refs)
            .into_iter()
            .map(Value::string)
            .collect(),
    )
}

/// `format_tb(tb)`: one string per entry, as in a printed traceback.
fn format_tb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "format_tb", 1)?;
    let entries = traceback_entries(vm, &a[0])?;
    Ok(pieces(&entries))
}

/// `extract_tb(tb)`: (filename, lineno, name, line) per entry.
fn extract_tb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "extract_tb", 1)?;
    let entries = traceback_entries(vm, &a[0])?;
    Ok(summaries(&entries))
}

/// `format_stack()`: the running frames, outermost first, one string each.
fn format_stack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "format_stack", 0)?;
    Ok(pieces(&stack_entries(vm)))
}

/// `extract_stack()`: (filename, lineno, name, line) per running frame, outermost first.
fn extract_stack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "extract_stack", 0)?;
    Ok(summaries(&stack_entries(vm)))
}

/// `caller(internal_file, stacklevel)`: (filename, lineno, function name) of the
/// `stacklevel`-th running frame, counting outwards from the innermost and skipping frames of
/// `internal_file` (the module asking: `logging` finds the code that called it); the outermost
/// frame when the stack is not that deep.
fn caller(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "caller", 2)?;
    let internal = vm.to_str(&a[0])?;
    let mut level = vm.to_index(&a[1])?;
    let mut found = None;
    for frame in vm.frames.iter().rev() {
        found = Some(frame);
        if *frame.code.source.name != *internal {
            level -= 1;
            if level <= 0 {
                break;
            }
        }
    }
    Ok(match found {
        Some(f) => {
            let line = f.code.line_of(f.ip.saturating_sub(1));
            Value::tuple(vec![
                Value::str(&f.code.source.name),
                Value::Int(line as i64),
                Value::str(&f.code.name),
            ])
        }
        None => Value::tuple(vec![
            Value::str("(unknown file)"),
            Value::Int(0),
            Value::str("(unknown function)"),
        ]),
    })
}
