//! Dict views: `dict_keys`, `dict_values`, `dict_items`. A view is an instance of its class
//! carrying the dict (so it sees later changes), with set operations on keys and items views.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use super::add_methods;
use super::methods_list::{noargs, one};
use crate::objects::Value;
use crate::objects::class::{Instance, Payload};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::iter::{DictIterKind, IterObj, IterState};
use crate::objects::set::PySet;
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    let common: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__len__", view_len),
        ("__iter__", view_iter),
        ("__reversed__", view_reversed),
        ("__repr__", view_repr),
        ("__contains__", view_contains),
    ];
    let setlike: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("__eq__", view_eq),
        ("__ne__", view_ne),
        ("__lt__", view_lt),
        ("__le__", view_le),
        ("__gt__", view_gt),
        ("__ge__", view_ge),
        ("__and__", view_and),
        ("__rand__", view_and_r),
        ("__or__", view_or),
        ("__ror__", view_or_r),
        ("__sub__", view_sub),
        ("__rsub__", view_sub_r),
        ("__xor__", view_xor),
        ("__rxor__", view_xor_r),
        ("isdisjoint", view_isdisjoint),
    ];
    for c in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_methods(c, common);
    }
    for c in [&t.dict_keys, &t.dict_items] {
        add_methods(c, setlike);
        c.dict.set_str("__hash__", Value::None);
    }
    add_methods(
        &t.dict_values,
        &[("__eq__", values_eq), ("__hash__", values_hash)],
    );
}

/// A new view of `d`.
pub fn new_view(vm: &mut Vm, d: Rc<PyDict>, kind: DictIterKind) -> PyResult<Value> {
    let t = vm.types();
    let class: Rc<crate::objects::class::Class> = match kind {
        DictIterKind::Keys => t.dict_keys.clone(),
        DictIterKind::Values => t.dict_values.clone(),
        DictIterKind::Items => t.dict_items.clone(),
    };
    // The dict is kept under a non-str key of the instance dict (no attribute can reach
    // it), not as a built-in payload: `str()` of a payload instance prints the payload.
    let slot = Rc::new(PyDict::new());
    slot.set(vm, Value::Int(0), Value::Dict(d))?;
    Ok(Value::Instance(Rc::new(Instance {
        class: RefCell::new(class),
        dict: slot,
        payload: Payload::None,
    })))
}

/// An iterator over `d`'s keys, values or items that detects size changes.
pub fn dict_iterator(d: Rc<PyDict>, kind: DictIterKind) -> Value {
    let name = match kind {
        DictIterKind::Keys => "dict_keyiterator",
        DictIterKind::Values => "dict_valueiterator",
        DictIterKind::Items => "dict_itemiterator",
    };
    let (version, len) = {
        let t = d.table.borrow();
        (t.version, t.len())
    };
    Value::Iter(Rc::new(IterObj::new(
        name,
        IterState::Dict {
            dict: Value::Dict(d),
            pos: 0,
            version,
            kind,
            len,
        },
    )))
}

pub fn reversed_iterator(d: &PyDict, kind: DictIterKind) -> Value {
    let (name, mut items) = match kind {
        DictIterKind::Keys => ("dict_reversekeyiterator", d.keys()),
        DictIterKind::Values => ("dict_reversevalueiterator", d.values()),
        DictIterKind::Items => (
            "dict_reverseitemiterator",
            d.items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        ),
    };
    items.reverse();
    Value::Iter(Rc::new(IterObj::new(
        name,
        IterState::Values { items, index: 0 },
    )))
}

/// The dict and kind of a view, `None` if `v` is not a view.
fn view_parts(vm: &Vm, v: &Value) -> Option<(Rc<PyDict>, DictIterKind)> {
    let Value::Instance(i) = v else { return None };
    let cls = i.class();
    let t = vm.types();
    let kind = if Rc::ptr_eq(&cls, &t.dict_keys) {
        DictIterKind::Keys
    } else if Rc::ptr_eq(&cls, &t.dict_values) {
        DictIterKind::Values
    } else if Rc::ptr_eq(&cls, &t.dict_items) {
        DictIterKind::Items
    } else {
        return None;
    };
    let t = i.dict.table.borrow();
    let (e, _) = t.entry_from(0)?;
    match (&e.key, &e.value) {
        (Value::Int(0), Value::Dict(d)) => Some((d.clone(), kind)),
        _ => None,
    }
}

fn view_self(vm: &Vm, v: &Value, name: &str) -> PyResult<(Rc<PyDict>, DictIterKind)> {
    view_parts(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' requires a dict view, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn view_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__len__")?;
    let (d, _) = view_self(vm, &s, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__iter__")?;
    let (d, kind) = view_self(vm, &s, "__iter__")?;
    Ok(dict_iterator(d, kind))
}

fn view_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__reversed__")?;
    let (d, kind) = view_self(vm, &s, "__reversed__")?;
    Ok(reversed_iterator(&d, kind))
}

/// The view's current contents as a list of values (keys, values or item tuples).
fn contents(d: &PyDict, kind: DictIterKind) -> Vec<Value> {
    match kind {
        DictIterKind::Keys => d.keys(),
        DictIterKind::Values => d.values(),
        DictIterKind::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

fn view_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__repr__")?;
    let (d, kind) = view_self(vm, &s, "__repr__")?;
    let name = vm.type_name(&s);
    let items = Value::list(contents(&d, kind));
    let r = vm.repr(&items)?;
    Ok(Value::string(format!("{name}({r})")))
}

fn view_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "__contains__")?;
    let (d, kind) = view_self(vm, &s, "__contains__")?;
    Ok(Value::Bool(view_has(vm, &d, kind, &x)?))
}

fn view_has(vm: &mut Vm, d: &Rc<PyDict>, kind: DictIterKind, x: &Value) -> PyResult<bool> {
    match kind {
        DictIterKind::Keys => d.contains(vm, x),
        DictIterKind::Values => {
            for v in d.values() {
                if vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictIterKind::Items => {
            let Value::Tuple(t) = x else { return Ok(false) };
            if t.len() != 2 {
                return Ok(false);
            }
            match d.get(vm, &t[0])? {
                Some(v) => vm.eq(&v, &t[1]),
                None => Ok(false),
            }
        }
    }
}

fn values_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "__eq__")?;
    Ok(Value::Bool(s.is(&o)))
}

fn values_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__hash__")?;
    let p = crate::vm::ops::identity(&s) as u64;
    Ok(Value::Int(p.rotate_right(4) as i64))
}

/// Is `v` set-like for view comparisons (a set, a frozenset, a keys or items view)?
fn setlike(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => true,
        Value::Instance(_) => {
            matches!(
                super::methods_list::inner(vm, v),
                Value::Set(_) | Value::FrozenSet(_)
            ) || matches!(
                view_parts(vm, v),
                Some((_, DictIterKind::Keys | DictIterKind::Items))
            )
        }
        _ => false,
    }
}

fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    vm.len(v)
}

/// `all(x in b for x in a)`
fn all_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let items = vm.collect_iterable(a)?;
    for x in items {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn view_compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let (s, o) = one(vm, args, "__eq__")?;
    view_self(vm, &s, "comparison")?;
    if !setlike(vm, &o) {
        return Ok(Value::NotImplemented);
    }
    let (ls, lo) = (len_of(vm, &s)?, len_of(vm, &o)?);
    let r = match op {
        CmpOp::Eq => ls == lo && all_in(vm, &s, &o)?,
        CmpOp::NotEq => !(ls == lo && all_in(vm, &s, &o)?),
        CmpOp::Lt => ls < lo && all_in(vm, &s, &o)?,
        CmpOp::LtE => ls <= lo && all_in(vm, &s, &o)?,
        CmpOp::Gt => ls > lo && all_in(vm, &o, &s)?,
        CmpOp::GtE => ls >= lo && all_in(vm, &o, &s)?,
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn view_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_compare(vm, args, CmpOp::Eq)
}
fn view_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_compare(vm, args, CmpOp::NotEq)
}
fn view_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_compare(vm, args, CmpOp::Lt)
}
fn view_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_compare(vm, args, CmpOp::LtE)
}
fn view_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_compare(vm, args, CmpOp::Gt)
}
fn view_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_compare(vm, args, CmpOp::GtE)
}

/// `set(v)`, adding in `v`'s iteration order (copying the table of a set).
fn set_from(vm: &mut Vm, v: &Value) -> PyResult<Rc<PySet>> {
    let out = Rc::new(PySet::new());
    super::methods_set::update_from(vm, &out, v)?;
    Ok(out)
}

#[derive(Clone, Copy)]
enum ViewOp {
    And,
    Or,
    Sub,
    Xor,
}

/// CPython's `dictviews_*`: `a` and `b` in operator order; one of them is a view.
fn view_binop(vm: &mut Vm, a: &Value, b: &Value, op: ViewOp) -> PyResult<Value> {
    match op {
        ViewOp::And => {
            // The view is "self"; a set "other" bigger than it does the work.
            let (mut s, mut o) = if view_parts(vm, a).is_some() {
                (a.clone(), b.clone())
            } else {
                (b.clone(), a.clone())
            };
            let ls = len_of(vm, &s)?;
            if let Value::Set(os) = &o
                && ls <= os.len()
            {
                let os = os.clone();
                let r = super::methods_set::intersection(vm, &os, &s)?;
                return Ok(Value::Set(r));
            }
            if view_parts(vm, &o).is_some() && len_of(vm, &o)? > ls {
                std::mem::swap(&mut s, &mut o);
            }
            let out = Rc::new(PySet::new());
            let items = vm.collect_iterable(&o)?;
            for x in items {
                if vm.contains(&s, &x)? {
                    out.add(vm, x)?;
                }
            }
            Ok(Value::Set(out))
        }
        ViewOp::Or => {
            let out = set_from(vm, a)?;
            super::methods_set::update_from(vm, &out, b)?;
            Ok(Value::Set(out))
        }
        ViewOp::Sub => {
            let out = set_from(vm, a)?;
            super::methods_set::difference_update(vm, &out, b)?;
            Ok(Value::Set(out))
        }
        ViewOp::Xor => {
            let out = set_from(vm, a)?;
            super::methods_set::symmetric_difference_update(vm, &out, b)?;
            Ok(Value::Set(out))
        }
    }
}

fn view_op(vm: &mut Vm, args: &Args, op: ViewOp, reflected: bool) -> PyResult<Value> {
    let (s, o) = one(vm, args, "__and__")?;
    view_self(vm, &s, "__and__")?;
    if reflected {
        view_binop(vm, &o, &s, op)
    } else {
        view_binop(vm, &s, &o, op)
    }
}

fn view_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::And, false)
}
fn view_and_r(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::And, true)
}
fn view_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::Or, false)
}
fn view_or_r(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::Or, true)
}
fn view_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::Sub, false)
}
fn view_sub_r(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::Sub, true)
}
fn view_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::Xor, false)
}
fn view_xor_r(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view_op(vm, args, ViewOp::Xor, true)
}

fn view_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "isdisjoint")?;
    view_self(vm, &s, "isdisjoint")?;
    let items = vm.collect_iterable(&o)?;
    for x in items {
        if vm.contains(&s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
