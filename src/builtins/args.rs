//! Argument parsing for native functions, with CPython-style error messages.

use crate::objects::Value;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

/// Binds `args` to the named parameters `params`, the first `required` of which must be
/// given. Returns one slot per parameter. Extra positional or unknown keyword arguments are
/// TypeErrors naming `fname`.
pub fn bind(
    vm: &Vm,
    args: &Args,
    fname: &str,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    if pos.len() > params.len() {
        return Err(vm.type_error(if params.len() == required {
            format!(
                "{fname}() takes exactly {} argument{} ({} given)",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                pos.len()
            )
        } else {
            format!(
                "{fname}() takes at most {} argument{} ({} given)",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                pos.len()
            )
        }));
    }
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.keywords() {
        match params.iter().position(|p| *p == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )));
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(
                if pos.is_empty() && required == 1 && args.kwnames.is_empty() {
                    format!("{fname}() takes exactly one argument (0 given)")
                } else {
                    format!(
                        "{fname}() missing required argument '{}' (pos {})",
                        params[i],
                        i + 1
                    )
                },
            ));
        }
    }
    Ok(out)
}

/// Exactly `n` positional arguments, no keywords.
pub fn exact<'a>(vm: &Vm, args: &'a Args, fname: &str, n: usize) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, fname)?;
    let pos = args.positional();
    if pos.len() != n {
        return Err(vm.type_error(match n {
            0 => format!("{fname}() takes no arguments ({} given)", pos.len()),
            1 => format!("{fname}() takes exactly one argument ({} given)", pos.len()),
            _ => format!("{fname} expected {n} arguments, got {}", pos.len()),
        }));
    }
    Ok(pos)
}

/// Between `min` and `max` positional arguments, no keywords.
pub fn range<'a>(
    vm: &Vm,
    args: &'a Args,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(vm, args, fname)?;
    let pos = args.positional();
    if pos.len() < min {
        return Err(vm.type_error(format!(
            "{fname} expected at least {min} argument{}, got {}",
            if min == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(vm.type_error(format!(
            "{fname} expected at most {max} argument{}, got {}",
            if max == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}

pub fn no_keywords(vm: &Vm, args: &Args, fname: &str) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}
