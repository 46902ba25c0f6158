//! Subscripting: `obj[i]`, `obj[a:b:c]`, assignment and deletion, for the built-in
//! sequences and mappings and for user classes (`__getitem__` and friends).

use crate::objects::class::BuiltinKind;
use crate::objects::heap::Rc;
use num_bigint::BigInt;
use num_traits::Signed;

use crate::objects::Value;
use crate::objects::value::{Range, Slice};
use crate::vm::{PyResult, Vm};

/// A slice resolved against a length, as `slice.indices(len)`: (start, stop, step).
pub fn slice_indices(vm: &mut Vm, s: &Slice, len: i64) -> PyResult<(i64, i64, i64)> {
    let (a, b, c) = slice_indices_wide(vm, s, len as i128)?;
    // Start and stop are clamped to [-1, len] and the step saturates, so they fit.
    let narrow = |v: i128| v.clamp(i64::MIN as i128 / 2, i64::MAX as i128 / 2) as i64;
    Ok((narrow(a), narrow(b), narrow(c)))
}

/// CPython's slice adjustment over 128-bit lengths (ranges may be longer than 2**63).
pub fn slice_indices_wide(vm: &mut Vm, s: &Slice, len: i128) -> PyResult<(i128, i128, i128)> {
    let step = if s.step.is_none() {
        1
    } else {
        slice_int(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |vm: &mut Vm, v: &Value, default: i128| -> PyResult<i128> {
        if v.is_none() {
            return Ok(default);
        }
        let mut i = slice_int(vm, v)?;
        if i < 0 {
            i += len;
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = fix(vm, &s.start, if step < 0 { upper } else { lower })?;
    let stop = fix(vm, &s.stop, if step < 0 { lower } else { upper })?;
    Ok((start, stop, step))
}

/// A slice bound: big ints saturate far beyond any length (and `-step` stays finite).
fn slice_int(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    const FAR: i128 = i128::MAX / 4;
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        Value::BigInt(b) => Ok(i128::try_from(&**b)
            .unwrap_or(if num_traits::Signed::is_negative(&**b) {
                -FAR
            } else {
                FAR
            })
            .clamp(-FAR, FAR)),
        _ => vm.to_index_opt(v)?.map(i128::from).ok_or_else(|| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        }),
    }
}

/// The positions a resolved slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        let more = if step > 0 { i < stop } else { i > stop };
        if !more {
            return None;
        }
        let v = i;
        i += step;
        Some(v as usize)
    })
}

fn seq_index(vm: &mut Vm, index: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match index {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer".to_string()));
        }
        _ => vm.to_index_opt(index)?.ok_or_else(|| {
            if what == "string" {
                return vm.type_error(format!(
                    "string indices must be integers, not '{}'",
                    vm.type_name(index)
                ));
            }
            vm.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(index)
            ))
        })?,
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(vm.index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

pub fn get_item(vm: &mut Vm, obj: &Value, index: &Value) -> PyResult<Value> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = index {
                let len = l.borrow().len() as i64;
                let (a, b, c) = slice_indices(vm, s, len)?;
                let l = l.borrow();
                return Ok(Value::list(
                    slice_positions(a, b, c).map(|i| l[i].clone()).collect(),
                ));
            }
            let len = l.borrow().len();
            let i = seq_index(vm, index, len, "list")?;
            Ok(l.borrow()[i].clone())
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = index {
                let (a, b, c) = slice_indices(vm, s, t.len() as i64)?;
                return Ok(Value::tuple(
                    slice_positions(a, b, c).map(|i| t[i].clone()).collect(),
                ));
            }
            let i = seq_index(vm, index, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = index {
                let (a, b, c) = slice_indices(vm, sl, s.char_len() as i64)?;
                return Ok(Value::from_pystr(s.slice(a, b, c)));
            }
            let i = seq_index(vm, index, s.char_len(), "string")?;
            if s.has_surrogates() {
                let cp = s.code_point_at(i);
                return Ok(Value::from_pystr(crate::objects::PyStr::from_code_point(
                    cp,
                )));
            }
            let c = s.char_at(i);
            let mut buf = [0u8; 4];
            Ok(Value::str(c.encode_utf8(&mut buf)))
        }
        Value::Bytes(b) => {
            if let Value::Slice(sl) = index {
                let (x, y, z) = slice_indices(vm, sl, b.len() as i64)?;
                return Ok(Value::Bytes(Rc::new(
                    slice_positions(x, y, z).map(|i| b[i]).collect(),
                )));
            }
            let i = seq_index(vm, index, b.len(), "index")?;
            Ok(Value::Int(b[i] as i64))
        }
        Value::Range(r) => {
            let len = r.len();
            if let Value::Slice(sl) = index {
                let (a, b, c) = slice_indices_wide(vm, sl, len)?;
                // start + i * step in big ints: the product may overflow i128 where the sum
                // does not. A stop beyond i128 is clamped (it only has to lie past the end).
                let at = |i: i128| {
                    let v = BigInt::from(r.start) + BigInt::from(i) * BigInt::from(r.step);
                    i128::try_from(&v).unwrap_or(if v.is_negative() {
                        i128::MIN
                    } else {
                        i128::MAX
                    })
                };
                let (start, stop) = (at(a), at(b));
                let Some(step) = r.step.checked_mul(c) else {
                    return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
                };
                return Ok(Value::Range(Rc::new(Range { start, stop, step })));
            }
            let i: i128 = match index {
                Value::Int(i) => *i as i128,
                Value::Bool(b) => *b as i128,
                Value::BigInt(b) => i128::try_from(&**b).unwrap_or(i128::MAX),
                _ => vm.to_index_opt(index)?.ok_or_else(|| {
                    vm.type_error(format!(
                        "range indices must be integers or slices, not {}",
                        vm.type_name(index)
                    ))
                })? as i128,
            };
            let j = if i < 0 { i + len } else { i };
            if j < 0 || j >= len {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(Value::from_i128(r.get(j)))
        }
        Value::Dict(d) => {
            let d = d.clone();
            match d.get(vm, index)? {
                Some(v) => Ok(v),
                None => Err(vm.key_error(index.clone())),
            }
        }
        Value::Class(c) => {
            if let Some(v) = vm.metaclass_special(obj, "__getitem__", &[index.clone()])? {
                return Ok(v);
            }
            if let Some(cgi) = c.lookup("__class_getitem__") {
                let f = match cgi {
                    Value::ClassMethod(f) => (*f).clone(),
                    other => other,
                };
                return vm.call0(&f, &[obj.clone(), index.clone()]);
            }
            // `list[int]`, `dict[str, int]`: a types.GenericAlias, as in CPython.
            if c.builtin
                && matches!(
                    c.kind,
                    BuiltinKind::List
                        | BuiltinKind::Dict
                        | BuiltinKind::Tuple
                        | BuiltinKind::Set
                        | BuiltinKind::FrozenSet
                        | BuiltinKind::Type
                )
            {
                let types = vm.import_module("types")?;
                let alias = vm.get_attr(&types, "GenericAlias")?;
                return vm.call0(&alias, &[obj.clone(), index.clone()]);
            }
            // Other built-in classes in annotations (`deque[int]`): the class stands for
            // its generic alias.
            if c.builtin || c.lookup("__class_getitem__").is_some() {
                return Ok(obj.clone());
            }
            Err(vm.type_error(format!("type '{}' is not subscriptable", c.name())))
        }
        Value::Instance(_) | Value::Native(_) => {
            if let Some(v) = vm.call_special(obj, "__getitem__", &[index.clone()])? {
                return Ok(v);
            }
            if let Some(inner) = vm.unwrap_builtin(obj) {
                if let Value::Dict(d) = &inner
                    && d.get(vm, index)?.is_none()
                    && let Some(v) = vm.call_special(obj, "__missing__", &[index.clone()])?
                {
                    return Ok(v);
                }
                return get_item(vm, &inner, index);
            }
            Err(not_subscriptable(vm, obj))
        }
        _ => Err(not_subscriptable(vm, obj)),
    }
}

fn not_subscriptable(vm: &Vm, obj: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(obj)
    ))
}

pub fn set_item(vm: &mut Vm, obj: &Value, index: Value, v: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = &index {
                let Some(items) = vm.try_collect_iterable(&v)? else {
                    return Err(vm.type_error("can only assign an iterable"));
                };
                let len = l.borrow().len() as i64;
                let (a, b, c) = slice_indices(vm, s, len)?;
                let mut l = l.borrow_mut();
                if c == 1 {
                    let b = b.max(a);
                    l.splice(a as usize..b as usize, items);
                } else {
                    let positions: Vec<usize> = slice_positions(a, b, c).collect();
                    if positions.len() != items.len() {
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            positions.len()
                        )));
                    }
                    for (p, item) in positions.into_iter().zip(items) {
                        l[p] = item;
                    }
                }
                return Ok(());
            }
            let len = l.borrow().len();
            let i = seq_index(vm, &index, len, "list assignment")?;
            let old = std::mem::replace(&mut l.borrow_mut()[i], v);
            drop(old);
            Ok(())
        }
        Value::Dict(d) => {
            let d = d.clone();
            d.set(vm, index, v)
        }
        Value::Instance(_) | Value::Native(_) => {
            if vm
                .call_special(obj, "__setitem__", &[index.clone(), v.clone()])?
                .is_some()
            {
                return Ok(());
            }
            if let Some(inner) = vm.unwrap_builtin(obj) {
                return set_item(vm, &inner, index, v);
            }
            Err(vm.type_error(format!(
                "'{}' object does not support item assignment",
                vm.type_name(obj)
            )))
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(obj)
        ))),
    }
}

pub fn del_item(vm: &mut Vm, obj: &Value, index: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = index {
                let len = l.borrow().len() as i64;
                let (a, b, c) = slice_indices(vm, s, len)?;
                let mut positions: Vec<usize> = slice_positions(a, b, c).collect();
                positions.sort_unstable();
                let mut l = l.borrow_mut();
                for p in positions.into_iter().rev() {
                    l.remove(p);
                }
                return Ok(());
            }
            let len = l.borrow().len();
            let i = seq_index(vm, index, len, "list assignment")?;
            let old = l.borrow_mut().remove(i);
            drop(old);
            Ok(())
        }
        Value::Dict(d) => {
            let d = d.clone();
            match d.remove(vm, index)? {
                Some(_) => Ok(()),
                None => Err(vm.key_error(index.clone())),
            }
        }
        Value::Instance(_) | Value::Native(_) => {
            if vm
                .call_special(obj, "__delitem__", &[index.clone()])?
                .is_some()
            {
                return Ok(());
            }
            if let Some(inner) = vm.unwrap_builtin(obj) {
                return del_item(vm, &inner, index);
            }
            Err(vm.type_error(format!(
                "'{}' object does not support item deletion",
                vm.type_name(obj)
            )))
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item deletion",
            vm.type_name(obj)
        ))),
    }
}
