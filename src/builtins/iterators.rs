//! Advancing the built-in iterators.

use crate::objects::function::Args;
use crate::objects::iter::{DictIterKind, IterObj, IterState};
use crate::objects::wtf8::CodePoints;
use crate::objects::{PyStr, Value};
use crate::vm::{PyResult, Vm};

/// The next item of a built-in iterator, `None` when exhausted.
pub fn next(vm: &mut Vm, it: &IterObj) -> PyResult<Option<Value>> {
    // Fast paths that need no Python code keep the borrow; the others release it first.
    {
        let mut st = it.state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => match seq {
                Value::List(l) => {
                    let l = l.borrow();
                    if *index < l.len() {
                        let v = l[*index].clone();
                        *index += 1;
                        return Ok(Some(v));
                    }
                    drop(l);
                    *st = IterState::Exhausted;
                    return Ok(None);
                }
                Value::Tuple(t) => {
                    if *index < t.len() {
                        let v = t[*index].clone();
                        *index += 1;
                        return Ok(Some(v));
                    }
                    *st = IterState::Exhausted;
                    return Ok(None);
                }
                _ => {}
            },
            IterState::Str { s, byte } => {
                let Value::Str(ps) = s else { unreachable!() };
                if ps.has_surrogates() {
                    let mut cps = CodePoints::new(ps.wtf8().get(*byte..).unwrap_or_default());
                    let Some(cp) = cps.next() else {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    };
                    *byte = ps.wtf8().len() - cps.rest().len();
                    return Ok(Some(Value::from_pystr(PyStr::from_code_point(cp))));
                }
                let text = ps.as_str();
                match text[*byte..].chars().next() {
                    Some(c) => {
                        *byte += c.len_utf8();
                        let mut buf = [0u8; 4];
                        return Ok(Some(Value::str(c.encode_utf8(&mut buf))));
                    }
                    None => {
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::Range { next, stop, step } => {
                let more = if *step > 0 {
                    *next < *stop
                } else {
                    *next > *stop
                };
                if more {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    return Ok(Some(Value::from_i128(v)));
                }
                return Ok(None);
            }
            IterState::SetItems {
                set,
                items,
                index,
                len,
            } => {
                let (Value::Set(so) | Value::FrozenSet(so)) = set else {
                    unreachable!("a set iterator holds a set")
                };
                if so.len() != *len {
                    *st = IterState::Exhausted;
                    return Err(vm.runtime_error("Set changed size during iteration"));
                }
                if *index < items.len() {
                    let v = items[*index].clone();
                    *index += 1;
                    return Ok(Some(v));
                }
                *st = IterState::Exhausted;
                return Ok(None);
            }
            IterState::Values { items, index } => {
                if *index < items.len() {
                    let v = items[*index].clone();
                    *index += 1;
                    return Ok(Some(v));
                }
                *st = IterState::Exhausted;
                return Ok(None);
            }
            IterState::Dict {
                dict,
                pos,
                version,
                kind,
                len,
            } => {
                let Value::Dict(d) = dict else { unreachable!() };
                let t = d.table.borrow();
                if t.version != *version && t.len() != *len {
                    drop(t);
                    *st = IterState::Exhausted;
                    return Err(vm.runtime_error("dictionary changed size during iteration"));
                }
                match t.entry_from(*pos) {
                    Some((e, next_pos)) => {
                        *pos = next_pos;
                        let v = match kind {
                            DictIterKind::Keys => e.key.clone(),
                            DictIterKind::Values => e.value.clone(),
                            DictIterKind::Items => {
                                Value::tuple(vec![e.key.clone(), e.value.clone()])
                            }
                        };
                        return Ok(Some(v));
                    }
                    None => {
                        drop(t);
                        *st = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            IterState::Exhausted => return Ok(None),
            _ => {}
        }
    }
    // Iterators that call back into Python.
    let state = std::mem::replace(&mut *it.state.borrow_mut(), IterState::Exhausted);
    let (result, state) = match state {
        IterState::Seq { seq, index } => match vm.get_item(&seq, &Value::Int(index as i64)) {
            Ok(v) => (
                Ok(Some(v)),
                IterState::Seq {
                    seq,
                    index: index + 1,
                },
            ),
            Err(e)
                if e.is_instance_of(&vm.types().index_error.clone())
                    || e.is_instance_of(&vm.types().stop_iteration.clone()) =>
            {
                (Ok(None), IterState::Exhausted)
            }
            Err(e) => (Err(e), IterState::Exhausted),
        },
        IterState::Enumerate { inner, count } => match vm.iter_next(&inner) {
            Ok(Some(v)) => {
                let next_count = match &count {
                    Value::Int(i) => match i.checked_add(1) {
                        Some(n) => Value::Int(n),
                        None => {
                            vm.binary_op(&count, &Value::Int(1), crate::syntax::ast::Operator::Add)?
                        }
                    },
                    _ => vm.binary_op(&count, &Value::Int(1), crate::syntax::ast::Operator::Add)?,
                };
                (
                    Ok(Some(Value::tuple(vec![count, v]))),
                    IterState::Enumerate {
                        inner,
                        count: next_count,
                    },
                )
            }
            Ok(None) => (Ok(None), IterState::Exhausted),
            Err(e) => (Err(e), IterState::Enumerate { inner, count }),
        },
        IterState::Zip { iters, strict } => {
            let mut out = Vec::with_capacity(iters.len());
            let mut result = Ok(None);
            let mut done = iters.is_empty();
            for (i, itv) in iters.iter().enumerate() {
                match vm.iter_next(itv) {
                    Ok(Some(v)) => out.push(v),
                    Ok(None) => {
                        done = true;
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { "" } else { "s" };
                                result = Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural} 1{}",
                                    i + 1,
                                    if i == 1 {
                                        String::new()
                                    } else {
                                        format!("-{i}")
                                    }
                                )));
                            } else {
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    match vm.iter_next(other) {
                                        Ok(Some(_)) => {
                                            let plural = if j == 1 { "" } else { "s" };
                                            result = Err(vm.value_error(format!(
                                                "zip() argument {} is longer than argument{plural} 1{}",
                                                j + 1,
                                                if j == 1 { String::new() } else { format!("-{j}") }
                                            )));
                                            break;
                                        }
                                        Ok(None) => {}
                                        Err(e) => {
                                            result = Err(e);
                                            break;
                                        }
                                    }
                                }
                            }
                        }
                        break;
                    }
                    Err(e) => {
                        result = Err(e);
                        done = true;
                        break;
                    }
                }
            }
            if done {
                (result, IterState::Exhausted)
            } else {
                (
                    Ok(Some(Value::tuple(out))),
                    IterState::Zip { iters, strict },
                )
            }
        }
        IterState::Map { func, iters } => {
            let mut args = Vec::with_capacity(iters.len());
            let mut exhausted = false;
            let mut err = None;
            for itv in &iters {
                match vm.iter_next(itv) {
                    Ok(Some(v)) => args.push(v),
                    Ok(None) => {
                        exhausted = true;
                        break;
                    }
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            if let Some(e) = err {
                (Err(e), IterState::Map { func, iters })
            } else if exhausted {
                (Ok(None), IterState::Exhausted)
            } else {
                let r = vm.call(&func, &Args::new(&args));
                (r.map(Some), IterState::Map { func, iters })
            }
        }
        IterState::Filter { func, inner } => {
            let mut result = Ok(None);
            let mut alive = true;
            loop {
                match vm.iter_next(&inner) {
                    Ok(Some(v)) => {
                        let keep = if func.is_none() {
                            vm.is_true(&v)
                        } else {
                            vm.call0(&func, &[v.clone()]).and_then(|r| vm.is_true(&r))
                        };
                        match keep {
                            Ok(true) => {
                                result = Ok(Some(v));
                                break;
                            }
                            Ok(false) => {}
                            Err(e) => {
                                result = Err(e);
                                break;
                            }
                        }
                    }
                    Ok(None) => {
                        alive = false;
                        break;
                    }
                    Err(e) => {
                        result = Err(e);
                        break;
                    }
                }
            }
            let state = if alive {
                IterState::Filter { func, inner }
            } else {
                IterState::Exhausted
            };
            (result, state)
        }
        IterState::Reversed { seq, index } => {
            if index < 0 {
                (Ok(None), IterState::Exhausted)
            } else {
                match vm.get_item(&seq, &Value::Int(index)) {
                    Ok(v) => (
                        Ok(Some(v)),
                        IterState::Reversed {
                            seq,
                            index: index - 1,
                        },
                    ),
                    Err(e) if e.is_instance_of(&vm.types().index_error.clone()) => {
                        (Ok(None), IterState::Exhausted)
                    }
                    Err(e) => (Err(e), IterState::Exhausted),
                }
            }
        }
        IterState::Callable { func, sentinel } => match vm.call0(&func, &[]) {
            Ok(v) => {
                if vm.eq(&v, &sentinel)? {
                    (Ok(None), IterState::Exhausted)
                } else {
                    (Ok(Some(v)), IterState::Callable { func, sentinel })
                }
            }
            Err(e) if e.is_instance_of(&vm.types().stop_iteration.clone()) => {
                (Ok(None), IterState::Exhausted)
            }
            Err(e) => (Err(e), IterState::Callable { func, sentinel }),
        },
        other => (Ok(None), other),
    };
    *it.state.borrow_mut() = state;
    result
}
