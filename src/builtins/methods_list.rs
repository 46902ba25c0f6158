//! `list` and `tuple`: constructors and methods (also `range`'s constructor).
//!
//! Every method takes `self` at `args.args[0]`, which may be an instance of a user subclass
//! (`class Stack(list)`): the built-in value inside is used then.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use super::add_methods;
use super::args::range;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::iter::{IterObj, IterState};
use crate::syntax::ast::CmpOp;
use crate::vm::{PyResult, Vm};

type ListRef = Rc<RefCell<Vec<Value>>>;

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(
        &t.list,
        &[
            ("__new__", list_new),
            ("__init__", list_init),
            ("append", list_append),
            ("extend", list_extend),
            ("insert", list_insert),
            ("remove", list_remove),
            ("pop", list_pop),
            ("index", list_index),
            ("count", list_count),
            ("clear", list_clear),
            ("copy", list_copy),
            ("reverse", list_reverse),
            ("sort", list_sort),
            ("__len__", list_len),
            ("__contains__", list_contains),
            ("__iter__", list_iter),
            ("__reversed__", list_reversed),
            ("__getitem__", list_getitem),
            ("__setitem__", list_setitem),
            ("__delitem__", list_delitem),
            ("__add__", list_add),
            ("__iadd__", list_iadd),
            ("__mul__", list_mul),
            ("__rmul__", list_mul),
            ("__imul__", list_imul),
            ("__eq__", list_eq),
            ("__ne__", list_ne),
            ("__lt__", list_lt),
            ("__le__", list_le),
            ("__gt__", list_gt),
            ("__ge__", list_ge),
            ("__repr__", seq_repr),
        ],
    );
    t.list.dict.set_str("__hash__", Value::None);
    add_methods(
        &t.tuple,
        &[
            ("__new__", tuple_new),
            ("index", tuple_index),
            ("count", tuple_count),
            ("__len__", tuple_len),
            ("__contains__", tuple_contains),
            ("__iter__", tuple_iter),
            ("__getitem__", tuple_getitem),
            ("__add__", tuple_add),
            ("__mul__", tuple_mul),
            ("__rmul__", tuple_mul),
            ("__hash__", tuple_hash),
            ("__eq__", tuple_eq),
            ("__ne__", tuple_ne),
            ("__lt__", tuple_lt),
            ("__le__", tuple_le),
            ("__gt__", tuple_gt),
            ("__ge__", tuple_ge),
            ("__repr__", seq_repr),
        ],
    );
    add_methods(
        &t.range,
        &[
            ("__new__", range_new),
            ("index", range_index),
            ("count", range_count),
        ],
    );
}

// --- argument helpers shared by the collection methods ---

/// The arguments after `self`, rejecting keywords (`list.append() takes no keyword arguments`).
pub(crate) fn rest<'a>(vm: &Vm, args: &'a Args, qual: &str) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{qual}() takes no keyword arguments")));
    }
    let pos = args.positional();
    if pos.is_empty() {
        return Err(vm.type_error(format!("descriptor '{qual}' needs an argument")));
    }
    Ok(&pos[1..])
}

/// `self` and exactly one argument (METH_O).
pub(crate) fn one(vm: &Vm, args: &Args, qual: &str) -> PyResult<(Value, Value)> {
    let r = rest(vm, args, qual)?;
    if r.len() != 1 {
        return Err(vm.type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            r.len()
        )));
    }
    Ok((args.args[0].clone(), r[0].clone()))
}

/// `self` and no argument (METH_NOARGS).
pub(crate) fn noargs(vm: &Vm, args: &Args, qual: &str) -> PyResult<Value> {
    let r = rest(vm, args, qual)?;
    if !r.is_empty() {
        return Err(vm.type_error(format!("{qual}() takes no arguments ({} given)", r.len())));
    }
    Ok(args.args[0].clone())
}

/// `self` and between `min` and `max` arguments (`pop expected at most 1 argument, got 2`).
pub(crate) fn between<'a>(
    vm: &Vm,
    args: &'a Args,
    qual: &str,
    short: &str,
    min: usize,
    max: usize,
) -> PyResult<(Value, &'a [Value])> {
    let r = rest(vm, args, qual)?;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if min == max && r.len() != min {
        return Err(vm.type_error(format!(
            "{short} expected {min} argument{}, got {}",
            plural(min),
            r.len()
        )));
    }
    if r.len() < min {
        return Err(vm.type_error(format!(
            "{short} expected at least {min} argument{}, got {}",
            plural(min),
            r.len()
        )));
    }
    if r.len() > max {
        return Err(vm.type_error(format!(
            "{short} expected at most {max} argument{}, got {}",
            plural(max),
            r.len()
        )));
    }
    Ok((args.args[0].clone(), r))
}

/// `descriptor 'append' for 'list' objects doesn't apply to a 'int' object`
pub(crate) fn descriptor_error(vm: &Vm, name: &str, ty: &str, v: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "descriptor '{name}' for '{ty}' objects doesn't apply to a '{}' object",
        vm.type_name(v)
    ))
}

/// The built-in value of `v`, looking inside instances of user subclasses.
pub(crate) fn inner(vm: &Vm, v: &Value) -> Value {
    match v {
        Value::Instance(_) => vm.unwrap_builtin(v).unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

fn list_of(vm: &Vm, v: &Value, name: &str) -> PyResult<ListRef> {
    match inner(vm, v) {
        Value::List(l) => Ok(l),
        _ => Err(descriptor_error(vm, name, "list", v)),
    }
}

fn tuple_of(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<Vec<Value>>> {
    match inner(vm, v) {
        Value::Tuple(t) => Ok(t),
        _ => Err(descriptor_error(vm, name, "tuple", v)),
    }
}

/// A list's items, when `v` is a list (or a subclass instance).
fn as_list(vm: &Vm, v: &Value) -> Option<ListRef> {
    match inner(vm, v) {
        Value::List(l) => Some(l),
        _ => None,
    }
}

fn as_tuple(vm: &Vm, v: &Value) -> Option<Rc<Vec<Value>>> {
    match inner(vm, v) {
        Value::Tuple(t) => Some(t),
        _ => None,
    }
}

/// Clamps a `start`/`stop` argument of `index` to `0..=len` like CPython's slice rules.
fn clamp_index(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = match v {
        Value::BigInt(b) => {
            if num_traits::Signed::is_negative(&**b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => vm.to_index_opt(v)?.ok_or_else(|| {
            vm.type_error("slice indices must be integers or have an __index__ method")
        })?,
    };
    let len = len as i64;
    Ok(if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    } as usize)
}

/// `seq.index(x[, start[, stop]])` over a snapshot read through `get`.
fn seq_index(
    vm: &mut Vm,
    get: &dyn Fn(usize) -> Option<Value>,
    len: usize,
    args: &[Value],
    what: &str,
) -> PyResult<Value> {
    let x = &args[0];
    let start = match args.get(1) {
        Some(v) => clamp_index(vm, v, len)?,
        None => 0,
    };
    let stop = match args.get(2) {
        Some(v) => clamp_index(vm, v, len)?,
        None => len,
    };
    let mut i = start;
    while i < stop {
        let Some(item) = get(i) else { break };
        if vm.eq(&item, x)? {
            return Ok(Value::Int(i as i64));
        }
        i += 1;
    }
    if what == "list" {
        let r = vm.repr(x)?;
        Err(vm.value_error(format!("{r} is not in list")))
    } else {
        Err(vm.value_error("tuple.index(x): x not in tuple"))
    }
}

fn seq_count(vm: &mut Vm, get: &dyn Fn(usize) -> Option<Value>, x: &Value) -> PyResult<Value> {
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = get(i) {
        if vm.eq(&item, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn seq_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "__repr__")?;
    let v = inner(vm, &s);
    let r = vm.repr(&v)?;
    Ok(Value::string(r))
}

fn iter_of(name: &'static str, state: IterState) -> Value {
    Value::Iter(Rc::new(IterObj::new(name, state)))
}

/// `base.__new__(cls, ...)` for a user subclass `cls`: an instance carrying the built-in
/// value (filled by `__init__` for the mutable types).
pub(crate) fn subclass_new(vm: &mut Vm, args: &Args) -> Option<PyResult<Value>> {
    match args.args.first() {
        Some(Value::Class(c)) if !c.builtin => {
            let c = c.clone();
            let rest = Args {
                args: &args.args[1..],
                kwnames: args.kwnames,
            };
            Some(vm.object_new(&c, &rest))
        }
        _ => None,
    }
}

// --- range ---

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match v {
        Value::Int(i) => Ok(*i as i128),
        Value::Bool(b) => Ok(*b as i128),
        Value::BigInt(b) => i128::try_from(&**b)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v).map(|i| i as i128),
    }
}

fn range_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::args::no_keywords(vm, args, "range")?;
    let pos = &args.positional()[1..];
    let (start, stop, step) = match pos.len() {
        1 => (0, range_arg(vm, &pos[0])?, 1),
        2 => (range_arg(vm, &pos[0])?, range_arg(vm, &pos[1])?, 1),
        3 => (
            range_arg(vm, &pos[0])?,
            range_arg(vm, &pos[1])?,
            range_arg(vm, &pos[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(crate::objects::heap::Rc::new(
        crate::objects::value::Range { start, stop, step },
    )))
}

// --- list ---

fn list_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = subclass_new(vm, args) {
        return r;
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    if rest.has_keywords() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let a = range(vm, &rest, "list", 0, 1)?;
    match a.first() {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
    }
}

fn list_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.has_keywords() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let (s, r) = between(vm, args, "list", "list", 0, 1)?;
    let l = list_of(vm, &s, "__init__")?;
    let items = match r.first() {
        Some(v) => vm.collect_iterable(v)?,
        None => vec![],
    };
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "list.append")?;
    list_of(vm, &s, "append")?.borrow_mut().push(x);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "list.extend")?;
    let l = list_of(vm, &s, "extend")?;
    let items = vm.collect_iterable(&x)?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "list.insert", "insert", 2, 2)?;
    let l = list_of(vm, &s, "insert")?;
    let i = match &r[0] {
        Value::BigInt(b) => {
            if num_traits::Signed::is_negative(&**b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        v => vm.to_index(v)?,
    };
    let mut l = l.borrow_mut();
    let len = l.len() as i64;
    let pos = if i < 0 {
        (i.saturating_add(len)).max(0)
    } else {
        i.min(len)
    };
    l.insert(pos as usize, r[1].clone());
    Ok(Value::None)
}

fn list_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "list.remove")?;
    let l = list_of(vm, &s, "remove")?;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &x)? {
            let mut lb = l.borrow_mut();
            if i < lb.len() {
                let old = lb.remove(i);
                drop(lb);
                drop(old);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "list.pop", "pop", 0, 1)?;
    let l = list_of(vm, &s, "pop")?;
    let i = match r.first() {
        Some(Value::BigInt(_)) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
        }
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let mut lb = l.borrow_mut();
    if lb.is_empty() {
        drop(lb);
        return Err(vm.index_error("pop from empty list"));
    }
    let len = lb.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        drop(lb);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(lb.remove(j as usize))
}

fn list_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "list.index", "index", 1, 3)?;
    let l = list_of(vm, &s, "index")?;
    let len = l.borrow().len();
    let get = |i: usize| l.borrow().get(i).cloned();
    seq_index(vm, &get, len, r, "list")
}

fn list_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "list.count")?;
    let l = list_of(vm, &s, "count")?;
    let get = |i: usize| l.borrow().get(i).cloned();
    seq_count(vm, &get, &x)
}

fn list_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "list.clear")?;
    let l = list_of(vm, &s, "clear")?;
    let old = std::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "list.copy")?;
    let l = list_of(vm, &s, "copy")?;
    let items = l.borrow().clone();
    Ok(Value::list(items))
}

fn list_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "list.reverse")?;
    list_of(vm, &s, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_sort(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let s = pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("descriptor 'sort' of 'list' object needs an argument"))?;
    let l = list_of(vm, &s, "sort")?;
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.keywords() {
        match k {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone());
                }
            }
            "reverse" => reverse = vm.is_true(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    // As CPython: the list looks empty while it is being sorted.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.borrow().is_empty();
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "list.__len__")?;
    let n = list_of(vm, &s, "__len__")?.borrow().len();
    Ok(Value::Int(n as i64))
}

fn list_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "list.__contains__")?;
    let l = Value::List(list_of(vm, &s, "__contains__")?);
    Ok(Value::Bool(vm.contains(&l, &x)?))
}

fn list_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "list.__iter__")?;
    let l = Value::List(list_of(vm, &s, "__iter__")?);
    vm.get_iter(&l)
}

fn list_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "list.__reversed__")?;
    let l = list_of(vm, &s, "__reversed__")?;
    let n = l.borrow().len() as i64;
    Ok(iter_of(
        "list_reverseiterator",
        IterState::Reversed {
            seq: Value::List(l),
            index: n - 1,
        },
    ))
}

fn list_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, i) = one(vm, args, "list.__getitem__")?;
    let l = Value::List(list_of(vm, &s, "__getitem__")?);
    super::sequences::get_item(vm, &l, &i)
}

fn list_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "list.__setitem__", "__setitem__", 2, 2)?;
    let l = Value::List(list_of(vm, &s, "__setitem__")?);
    super::sequences::set_item(vm, &l, r[0].clone(), r[1].clone())?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, i) = one(vm, args, "list.__delitem__")?;
    let l = Value::List(list_of(vm, &s, "__delitem__")?);
    super::sequences::del_item(vm, &l, &i)?;
    Ok(Value::None)
}

fn list_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "list.__add__")?;
    let l = list_of(vm, &s, "__add__")?;
    let Some(other) = as_list(vm, &o) else {
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&o)
        )));
    };
    let mut v = l.borrow().clone();
    v.extend(other.borrow().iter().cloned());
    Ok(Value::list(v))
}

fn list_iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "list.__iadd__")?;
    let l = list_of(vm, &s, "__iadd__")?;
    let items = vm.collect_iterable(&o)?;
    l.borrow_mut().extend(items);
    Ok(s)
}

fn repeat_n(vm: &mut Vm, o: &Value) -> PyResult<Option<i64>> {
    match o {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => match vm.to_index(o) {
            Ok(n) => Ok(Some(n)),
            Err(e) if vm.exc_matches(&e, &vm.types().index_error.clone()) => {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            Err(e) => Err(e),
        },
    }
}

fn repeated(vm: &Vm, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    vm.repeat_values(items, n.max(0) as usize)
}

fn list_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "list.__mul__")?;
    let l = list_of(vm, &s, "__mul__")?;
    match repeat_n(vm, &o)? {
        Some(n) => {
            let items = l.borrow().clone();
            Ok(Value::list(repeated(vm, &items, n)?))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn list_imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "list.__imul__")?;
    let l = list_of(vm, &s, "__imul__")?;
    match repeat_n(vm, &o)? {
        Some(n) => {
            let items = l.borrow().clone();
            let new = repeated(vm, &items, n)?;
            let old = std::mem::replace(&mut *l.borrow_mut(), new);
            drop(old);
            Ok(s)
        }
        None => Ok(Value::NotImplemented),
    }
}

fn list_cmp(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let (s, o) = one(vm, args, name)?;
    let l = list_of(vm, &s, name)?;
    match as_list(vm, &o) {
        Some(other) => vm.rich_compare(&Value::List(l), &Value::List(other), op),
        None => Ok(Value::NotImplemented),
    }
}

fn list_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Eq, "__eq__")
}
fn list_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::NotEq, "__ne__")
}
fn list_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Lt, "__lt__")
}
fn list_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::LtE, "__le__")
}
fn list_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::Gt, "__gt__")
}
fn list_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    list_cmp(vm, args, CmpOp::GtE, "__ge__")
}

// --- tuple ---

fn tuple_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = subclass_new(vm, args) {
        return r;
    }
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    if rest.has_keywords() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let a = range(vm, &rest, "tuple", 0, 1)?;
    match a.first() {
        None => Ok(Value::tuple(vec![])),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
    }
}

fn tuple_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "tuple.index", "index", 1, 3)?;
    let t = tuple_of(vm, &s, "index")?;
    let get = |i: usize| t.get(i).cloned();
    seq_index(vm, &get, t.len(), r, "tuple")
}

fn tuple_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "tuple.count")?;
    let t = tuple_of(vm, &s, "count")?;
    let get = |i: usize| t.get(i).cloned();
    seq_count(vm, &get, &x)
}

fn tuple_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "tuple.__len__")?;
    Ok(Value::Int(tuple_of(vm, &s, "__len__")?.len() as i64))
}

fn tuple_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one(vm, args, "tuple.__contains__")?;
    let t = Value::Tuple(tuple_of(vm, &s, "__contains__")?);
    Ok(Value::Bool(vm.contains(&t, &x)?))
}

fn tuple_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "tuple.__iter__")?;
    let t = Value::Tuple(tuple_of(vm, &s, "__iter__")?);
    vm.get_iter(&t)
}

fn tuple_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, i) = one(vm, args, "tuple.__getitem__")?;
    let t = Value::Tuple(tuple_of(vm, &s, "__getitem__")?);
    super::sequences::get_item(vm, &t, &i)
}

fn tuple_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "tuple.__add__")?;
    let t = tuple_of(vm, &s, "__add__")?;
    let Some(other) = as_tuple(vm, &o) else {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&o)
        )));
    };
    let mut v = t.as_ref().clone();
    v.extend(other.iter().cloned());
    Ok(Value::tuple(v))
}

fn tuple_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "tuple.__mul__")?;
    let t = tuple_of(vm, &s, "__mul__")?;
    match repeat_n(vm, &o)? {
        Some(1) if matches!(s, Value::Tuple(_)) => Ok(s),
        Some(n) => Ok(Value::tuple(repeated(vm, &t, n)?)),
        None => Ok(Value::NotImplemented),
    }
}

fn tuple_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "tuple.__hash__")?;
    let t = Value::Tuple(tuple_of(vm, &s, "__hash__")?);
    Ok(Value::Int(vm.hash(&t)?))
}

fn tuple_cmp(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let (s, o) = one(vm, args, name)?;
    let t = tuple_of(vm, &s, name)?;
    match as_tuple(vm, &o) {
        Some(other) => vm.rich_compare(&Value::Tuple(t), &Value::Tuple(other), op),
        None => Ok(Value::NotImplemented),
    }
}

fn tuple_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Eq, "__eq__")
}
fn tuple_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::NotEq, "__ne__")
}
fn tuple_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Lt, "__lt__")
}
fn tuple_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::LtE, "__le__")
}
fn tuple_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::Gt, "__gt__")
}
fn tuple_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tuple_cmp(vm, args, CmpOp::GtE, "__ge__")
}

fn range_position(vm: &mut Vm, r: &Value, x: &Value) -> PyResult<Option<i128>> {
    let Value::Range(rg) = r else {
        return Err(vm.type_error("descriptor requires a 'range' object"));
    };
    let as_int = match x {
        Value::Int(i) => Some(*i as i128),
        Value::Bool(b) => Some(*b as i128),
        Value::BigInt(b) => i128::try_from(&**b).ok(),
        _ => None,
    };
    if let Some(i) = as_int {
        let inside = if rg.step > 0 {
            i >= rg.start && i < rg.stop
        } else {
            i <= rg.start && i > rg.stop
        };
        if inside && (i - rg.start) % rg.step == 0 {
            return Ok(Some((i - rg.start) / rg.step));
        }
        return Ok(None);
    }
    let n = rg.len();
    for k in 0..n {
        if vm.eq(&Value::from_i128(rg.get(k)), x)? {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn range_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::args::exact(vm, args, "index", 2)?;
    match range_position(vm, &a[0], &a[1])? {
        Some(k) => Ok(Value::from_i128(k)),
        None => {
            let r = vm.repr(&a[1])?;
            Err(vm.value_error(format!("{r} is not in range")))
        }
    }
}

fn range_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = super::args::exact(vm, args, "count", 2)?;
    Ok(Value::Int(
        range_position(vm, &a[0], &a[1])?.is_some() as i64
    ))
}
