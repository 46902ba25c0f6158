//! `set` and `frozenset`: constructors, methods, operators, and the VM's set helpers.

use crate::objects::heap::Rc;

use super::add_methods;
use super::methods_list::{between, descriptor_error, inner, noargs, one};
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::set::PySet;
use crate::syntax::ast::{CmpOp, Operator};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    let common: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection_m),
        ("difference", set_difference_m),
        ("symmetric_difference", set_symmetric_difference_m),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", set_len),
        ("__contains__", set_contains),
        ("__iter__", set_iter),
        ("__eq__", set_eq),
        ("__ne__", set_ne),
        ("__le__", set_le),
        ("__lt__", set_lt),
        ("__ge__", set_ge),
        ("__gt__", set_gt),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("__repr__", set_repr),
    ];
    add_methods(&t.set, common);
    add_methods(&t.frozenset, common);
    add_methods(
        &t.set,
        &[
            ("__new__", set_new),
            ("__init__", set_init),
            ("add", set_add_m),
            ("remove", set_remove),
            ("discard", set_discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("update", set_update),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            (
                "symmetric_difference_update",
                set_symmetric_difference_update,
            ),
            ("__ior__", set_ior),
            ("__iand__", set_iand),
            ("__isub__", set_isub),
            ("__ixor__", set_ixor),
        ],
    );
    t.set.dict.set_str("__hash__", Value::None);
    add_methods(
        &t.frozenset,
        &[("__new__", frozenset_new), ("__hash__", frozenset_hash)],
    );
}

// --- helpers (also used by the dict views) ---

/// The set inside `v` (a set, a frozenset, or an instance of a subclass) and whether it is
/// frozen.
fn any_set(vm: &Vm, v: &Value) -> Option<(Rc<PySet>, bool)> {
    match inner(vm, v) {
        Value::Set(s) => Some((s, false)),
        Value::FrozenSet(s) => Some((s, true)),
        _ => None,
    }
}

fn self_set(vm: &Vm, v: &Value, name: &str) -> PyResult<(Rc<PySet>, bool)> {
    any_set(vm, v).ok_or_else(|| descriptor_error(vm, name, "set", v))
}

fn wrap(s: Rc<PySet>, frozen: bool) -> Value {
    if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

/// Hashes `key`; an unhashable set key is looked up as the equal frozenset (as CPython).
fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<Value> {
    match vm.hash(key) {
        Ok(_) => Ok(key.clone()),
        Err(e) => {
            if e.is_instance_of(&vm.types().type_error.clone())
                && let Some((s, false)) = any_set(vm, key)
            {
                let f = Rc::new(PySet::new());
                f.table.borrow_mut().copy_from(&s.table.borrow());
                return Ok(Value::FrozenSet(f));
            }
            Err(e)
        }
    }
}

/// Adds the entries of set `o` to `target`: CPython's `set_merge`.
fn merge_set(vm: &mut Vm, target: &Rc<PySet>, o: &Rc<PySet>) -> PyResult<()> {
    if Rc::ptr_eq(target, o) {
        return Ok(());
    }
    if target.is_empty() {
        target.table.borrow_mut().copy_from(&o.table.borrow());
        if target.len() == o.len() {
            return Ok(());
        }
    }
    target.table.borrow_mut().reserve_merge(o.len());
    // Collect first: adding may run Python `__eq__`, which must not find `o` borrowed.
    let items = o.table.borrow().hashed_items();
    for (h, k) in items {
        target.add_hashed(vm, k, h)?;
    }
    Ok(())
}

/// `target.update(other)` for one iterable: CPython's `set_update_internal`.
pub fn update_from(vm: &mut Vm, target: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some((o, _)) = any_set(vm, other) {
        return merge_set(vm, target, &o);
    }
    if let Value::Dict(d) = other {
        target.table.borrow_mut().reserve_merge(d.len());
        for k in d.keys() {
            target.add(vm, k)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        target.add(vm, x)?;
    }
    Ok(())
}

fn new_from(vm: &mut Vm, other: &Value) -> PyResult<Rc<PySet>> {
    let out = Rc::new(PySet::new());
    update_from(vm, &out, other)?;
    Ok(out)
}

fn copy_of(vm: &mut Vm, s: &Rc<PySet>) -> PyResult<Rc<PySet>> {
    let out = Rc::new(PySet::new());
    merge_set(vm, &out, s)?;
    Ok(out)
}

/// CPython's `set_intersection(so, other)`.
pub fn intersection(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let result = Rc::new(PySet::new());
    if let Some((o, _)) = any_set(vm, other) {
        if Rc::ptr_eq(&o, so) {
            return copy_of(vm, so);
        }
        let (big, small) = if o.len() > so.len() {
            (o, so.clone())
        } else {
            (so.clone(), o)
        };
        let items = small.table.borrow().hashed_items();
        for (h, k) in items {
            if big.contains(vm, &k)? {
                result.add_hashed(vm, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        if so.contains(vm, &x)? {
            result.add(vm, x)?;
        }
    }
    Ok(result)
}

/// CPython's `set_difference_update_internal`.
pub fn difference_update(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some((o, _)) = any_set(vm, other) {
        if Rc::ptr_eq(&o, so) {
            so.table.borrow_mut().clear();
            return Ok(());
        }
        for k in o.items() {
            so.remove(vm, &k)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(x) = vm.iter_next(&it)? {
            let k = lookup_key(vm, &x)?;
            so.remove(vm, &k)?;
        }
    }
    so.table.borrow_mut().shrink_dummies();
    Ok(())
}

/// CPython's `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let other_size = if let Some((o, _)) = any_set(vm, other) {
        Some(o.len())
    } else if let Value::Dict(d) = other {
        Some(d.len())
    } else {
        None
    };
    let copy_and_difference = match other_size {
        None => true,
        Some(n) => (so.len() >> 2) > n,
    };
    if copy_and_difference {
        let result = copy_of(vm, so)?;
        difference_update(vm, &result, other)?;
        return Ok(result);
    }
    let result = Rc::new(PySet::new());
    let items = so.table.borrow().hashed_items();
    for (h, k) in items {
        let present = match other {
            Value::Dict(d) => d.contains(vm, &k)?,
            _ => vm.contains(other, &k)?,
        };
        if !present {
            result.add_hashed(vm, k, h)?;
        }
    }
    Ok(result)
}

/// CPython's `set_symmetric_difference_update`.
pub fn symmetric_difference_update(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<()> {
    if let Some((o, _)) = any_set(vm, other)
        && Rc::ptr_eq(&o, so)
    {
        so.table.borrow_mut().clear();
        return Ok(());
    }
    if let Value::Dict(d) = other {
        for k in d.keys() {
            if !so.remove(vm, &k)? {
                so.add(vm, k)?;
            }
        }
        return Ok(());
    }
    let otherset = match any_set(vm, other) {
        Some((o, _)) => o,
        None => new_from(vm, other)?,
    };
    let items = otherset.table.borrow().hashed_items();
    for (h, k) in items {
        if !so.remove(vm, &k)? {
            so.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<Rc<PySet>> {
    let otherset = new_from(vm, other)?;
    symmetric_difference_update(vm, &otherset, &Value::Set(so.clone()))?;
    Ok(otherset)
}

fn issubset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    let o = match any_set(vm, other) {
        Some((o, _)) => o,
        None => new_from(vm, other)?,
    };
    if so.len() > o.len() {
        return Ok(false);
    }
    for k in so.items() {
        if !o.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset(vm: &mut Vm, so: &Rc<PySet>, other: &Value) -> PyResult<bool> {
    if let Some((o, _)) = any_set(vm, other) {
        return issubset(vm, &o, &Value::Set(so.clone()));
    }
    let it = vm.get_iter(other)?;
    while let Some(x) = vm.iter_next(&it)? {
        if !so.contains(vm, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// --- constructors ---

fn set_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = super::methods_list::subclass_new(vm, args) {
        return r;
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    if rest.has_keywords() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let pos = super::args::range(vm, &rest, "set", 0, 1)?;
    let out = Rc::new(PySet::new());
    if let Some(v) = pos.first() {
        update_from(vm, &out, v)?;
    }
    Ok(Value::Set(out))
}

fn set_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    let (s, r) = between(vm, args, "set", "set", 0, 1)?;
    let (so, _) = self_set(vm, &s, "__init__")?;
    so.table.borrow_mut().clear();
    if let Some(v) = r.first() {
        update_from(vm, &so, v)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = super::methods_list::subclass_new(vm, args) {
        return r;
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    if rest.has_keywords() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    let pos = super::args::range(vm, &rest, "frozenset", 0, 1)?;
    if let Some(v @ Value::FrozenSet(_)) = pos.first() {
        return Ok(v.clone());
    }
    let out = Rc::new(PySet::new());
    if let Some(v) = pos.first() {
        update_from(vm, &out, v)?;
    }
    Ok(Value::FrozenSet(out))
}

// --- methods ---

fn set_add_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "set.add")?;
    let (so, _) = self_set(vm, &s, "add")?;
    so.add(vm, x)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "set.remove")?;
    let (so, _) = self_set(vm, &s, "remove")?;
    let k = lookup_key(vm, &x)?;
    if !so.remove(vm, &k)? {
        return Err(vm.key_error(x));
    }
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "set.discard")?;
    let (so, _) = self_set(vm, &s, "discard")?;
    let k = lookup_key(vm, &x)?;
    so.remove(vm, &k)?;
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "set.pop")?;
    let (so, _) = self_set(vm, &s, "pop")?;
    let popped = so.table.borrow_mut().pop_first();
    match popped {
        Some(v) => Ok(v),
        None => Err(vm.new_error(&vm.types().key_error.clone(), "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "set.clear")?;
    let (so, _) = self_set(vm, &s, "clear")?;
    so.table.borrow_mut().clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "copy")?;
    let (so, frozen) = self_set(vm, &s, "copy")?;
    if let Value::FrozenSet(_) = s {
        return Ok(s);
    }
    Ok(wrap(copy_of(vm, &so)?, frozen))
}

fn star<'a>(vm: &Vm, args: &'a Args, qual: &str) -> PyResult<(Value, &'a [Value])> {
    let r = super::methods_list::rest(vm, args, qual)?;
    Ok((args.args[0].clone(), r))
}

fn set_union(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = star(vm, args, "set.union")?;
    let (so, frozen) = self_set(vm, &s, "union")?;
    let result = copy_of(vm, &so)?;
    for o in r {
        update_from(vm, &result, o)?;
    }
    Ok(wrap(result, frozen))
}

fn set_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = star(vm, args, "set.update")?;
    let (so, _) = self_set(vm, &s, "update")?;
    for o in r {
        update_from(vm, &so, o)?;
    }
    Ok(Value::None)
}

fn intersection_multi(vm: &mut Vm, so: &Rc<PySet>, others: &[Value]) -> PyResult<Rc<PySet>> {
    if others.is_empty() {
        return copy_of(vm, so);
    }
    let mut result = so.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

fn set_intersection_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = star(vm, args, "set.intersection")?;
    let (so, frozen) = self_set(vm, &s, "intersection")?;
    let result = intersection_multi(vm, &so, r)?;
    Ok(wrap(result, frozen))
}

fn swap_bodies(so: &Rc<PySet>, from: &Rc<PySet>) {
    if Rc::ptr_eq(so, from) {
        return;
    }
    let mut t = from.table.borrow().clone();
    let v = so.table.borrow().version + 1;
    t.version = v;
    let old = std::mem::replace(&mut *so.table.borrow_mut(), t);
    drop(old);
}

fn set_intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = star(vm, args, "set.intersection_update")?;
    let (so, _) = self_set(vm, &s, "intersection_update")?;
    let result = intersection_multi(vm, &so, r)?;
    swap_bodies(&so, &result);
    Ok(Value::None)
}

fn set_difference_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = star(vm, args, "set.difference")?;
    let (so, frozen) = self_set(vm, &s, "difference")?;
    if r.is_empty() {
        return Ok(wrap(copy_of(vm, &so)?, frozen));
    }
    let result = difference(vm, &so, &r[0])?;
    for o in &r[1..] {
        difference_update(vm, &result, o)?;
    }
    Ok(wrap(result, frozen))
}

fn set_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = star(vm, args, "set.difference_update")?;
    let (so, _) = self_set(vm, &s, "difference_update")?;
    for o in r {
        difference_update(vm, &so, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "set.symmetric_difference")?;
    let (so, frozen) = self_set(vm, &s, "symmetric_difference")?;
    Ok(wrap(symmetric_difference(vm, &so, &o)?, frozen))
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "set.symmetric_difference_update")?;
    let (so, _) = self_set(vm, &s, "symmetric_difference_update")?;
    symmetric_difference_update(vm, &so, &o)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "set.issubset")?;
    let (so, _) = self_set(vm, &s, "issubset")?;
    Ok(Value::Bool(issubset(vm, &so, &o)?))
}

fn set_issuperset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "set.issuperset")?;
    let (so, _) = self_set(vm, &s, "issuperset")?;
    Ok(Value::Bool(issuperset(vm, &so, &o)?))
}

fn set_isdisjoint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "set.isdisjoint")?;
    let (so, _) = self_set(vm, &s, "isdisjoint")?;
    if let Some((os, _)) = any_set(vm, &o) {
        if Rc::ptr_eq(&os, &so) {
            return Ok(Value::Bool(so.is_empty()));
        }
        let (big, small) = if os.len() > so.len() {
            (os, so)
        } else {
            (so, os)
        };
        for k in small.items() {
            if big.contains(vm, &k)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(&o)?;
    while let Some(x) = vm.iter_next(&it)? {
        if so.contains(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__len__")?;
    let (so, _) = self_set(vm, &s, "__len__")?;
    Ok(Value::Int(so.len() as i64))
}

fn set_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "__contains__")?;
    let (so, _) = self_set(vm, &s, "__contains__")?;
    let k = lookup_key(vm, &x)?;
    Ok(Value::Bool(so.contains(vm, &k)?))
}

fn set_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__iter__")?;
    let (so, frozen) = self_set(vm, &s, "__iter__")?;
    vm.get_iter(&wrap(so, frozen))
}

fn set_cmp(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let (s, o) = one(vm, args, "__eq__")?;
    let (so, _) = self_set(vm, &s, "__eq__")?;
    let Some((os, _)) = any_set(vm, &o) else {
        return Ok(Value::NotImplemented);
    };
    let (a, b) = (Value::Set(so), Value::Set(os));
    match vm.set_compare(&a, &b, op) {
        Some(r) => r.map(Value::Bool),
        None => Ok(Value::NotImplemented),
    }
}

fn set_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Eq)
}
fn set_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::NotEq)
}
fn set_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::LtE)
}
fn set_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Lt)
}
fn set_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::GtE)
}
fn set_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_cmp(vm, args, CmpOp::Gt)
}

/// `a op b` when both are sets (else NotImplemented); the result has `a`'s base type.
fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: Operator) -> PyResult<Value> {
    let (Some((x, frozen)), Some(_)) = (any_set(vm, a), any_set(vm, b)) else {
        return Ok(Value::NotImplemented);
    };
    let r = match op {
        Operator::BitOr => {
            let r = copy_of(vm, &x)?;
            update_from(vm, &r, b)?;
            r
        }
        Operator::BitAnd => intersection(vm, &x, b)?,
        Operator::Sub => difference(vm, &x, b)?,
        _ => symmetric_difference(vm, &x, b)?,
    };
    Ok(wrap(r, frozen))
}

fn binop(vm: &mut Vm, args: &Args, op: Operator, reflected: bool) -> PyResult<Value> {
    let (s, o) = one(vm, args, "__or__")?;
    if reflected {
        set_op(vm, &o, &s, op)
    } else {
        set_op(vm, &s, &o, op)
    }
}

fn set_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::BitOr, false)
}
fn set_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::BitOr, true)
}
fn set_and(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::BitAnd, false)
}
fn set_rand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::BitAnd, true)
}
fn set_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::Sub, false)
}
fn set_rsub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::Sub, true)
}
fn set_xor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::BitXor, false)
}
fn set_rxor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    binop(vm, args, Operator::BitXor, true)
}

fn inplace(vm: &mut Vm, args: &Args, op: Operator) -> PyResult<Value> {
    let (s, o) = one(vm, args, "__ior__")?;
    let (so, _) = self_set(vm, &s, "__ior__")?;
    if any_set(vm, &o).is_none() {
        return Ok(Value::NotImplemented);
    }
    set_inplace_apply(vm, &so, &o, op)?;
    Ok(s)
}

fn set_inplace_apply(vm: &mut Vm, so: &Rc<PySet>, o: &Value, op: Operator) -> PyResult<()> {
    match op {
        Operator::BitOr => update_from(vm, so, o),
        Operator::BitAnd => {
            let r = intersection(vm, so, o)?;
            swap_bodies(so, &r);
            Ok(())
        }
        Operator::Sub => difference_update(vm, so, o),
        _ => symmetric_difference_update(vm, so, o),
    }
}

fn set_ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, Operator::BitOr)
}
fn set_iand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, Operator::BitAnd)
}
fn set_isub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, Operator::Sub)
}
fn set_ixor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    inplace(vm, args, Operator::BitXor)
}

fn frozenset_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__hash__")?;
    let (so, _) = self_set(vm, &s, "__hash__")?;
    Ok(Value::Int(so.frozen_hash()))
}

fn set_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__repr__")?;
    let (so, frozen) = self_set(vm, &s, "__repr__")?;
    let base = vm.repr(&wrap(so.clone(), frozen))?;
    if !matches!(s, Value::Instance(_)) {
        return Ok(Value::string(base));
    }
    let name = vm.type_name(&s);
    if so.is_empty() {
        return Ok(Value::string(format!("{name}()")));
    }
    let body = if frozen {
        // `frozenset({...})`: keep the braces part.
        base.trim_start_matches("frozenset(")
            .trim_end_matches(')')
            .to_string()
    } else {
        base
    };
    Ok(Value::string(format!("{name}({body})")))
}

impl Vm {
    /// A new `set` of the items, added in order.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Rc::new(PySet::new());
        for it in items {
            s.add(self, it)?;
        }
        Ok(Value::Set(s))
    }

    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        match set {
            Value::Set(s) => {
                let s = s.clone();
                s.add(self, item)?;
                Ok(())
            }
            _ => Err(self.type_error("set_add on a non-set")),
        }
    }

    fn set_of(&self, v: &Value) -> Option<Rc<PySet>> {
        match v {
            Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
    pub fn set_binary(&mut self, a: &Value, b: &Value, op: Operator) -> Option<PyResult<Value>> {
        self.set_of(a)?;
        self.set_of(b)?;
        if !matches!(
            op,
            Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor
        ) {
            return Some(Err(self.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))));
        }
        Some(set_op(self, a, b, op))
    }

    /// `a |= b` etc. on a mutable set.
    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: Operator) -> Option<PyResult<Value>> {
        let x = match a {
            Value::Set(s) => s.clone(),
            _ => return None,
        };
        self.set_of(b)?;
        Some(set_inplace_apply(self, &x, b, op).map(|_| a.clone()))
    }

    /// Set comparisons: equality and subset/superset.
    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<bool>> {
        let (x, y) = (self.set_of(a)?, self.set_of(b)?);
        let r = (|| -> PyResult<bool> {
            let subset = |vm: &mut Vm, p: &Rc<PySet>, q: &Rc<PySet>| -> PyResult<bool> {
                if p.len() > q.len() {
                    return Ok(false);
                }
                for it in p.items() {
                    if !q.contains(vm, &it)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            Ok(match op {
                CmpOp::Eq => x.len() == y.len() && subset(self, &x, &y)?,
                CmpOp::NotEq => !(x.len() == y.len() && subset(self, &x, &y)?),
                CmpOp::LtE => subset(self, &x, &y)?,
                CmpOp::Lt => x.len() < y.len() && subset(self, &x, &y)?,
                CmpOp::GtE => subset(self, &y, &x)?,
                CmpOp::Gt => y.len() < x.len() && subset(self, &y, &x)?,
                _ => false,
            })
        })();
        Some(r)
    }
}
