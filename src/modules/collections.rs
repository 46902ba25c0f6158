//! `_collections.deque`: native like CPython's, so that `append` and `popleft` are each one
//! step under the GIL — `queue.Queue` and `SimpleQueue` rely on that atomicity.

use crate::objects::heap::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

use super::{new_native_module, set};
use crate::builtins::add_methods;
use crate::builtins::args::{bind, exact};
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::BuiltinKind;
use crate::objects::function::Args;
use crate::objects::iter::{IterObj, IterState};
use crate::objects::module::Module;
use crate::objects::value::NativeObject;
use crate::vm::{PyResult, Vm};

struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Option<usize>,
}

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(vm, "_collections", &[]);
    let cls = builtin_class("deque", &[&vm.types().object.clone()], BuiltinKind::Native);
    cls.dict.set_str("__module__", Value::str("collections"));
    cls.dict.set_str("__hash__", Value::None);
    add_methods(
        &cls,
        &[
            ("__new__", deque_new),
            ("append", append),
            ("appendleft", appendleft),
            ("pop", pop),
            ("popleft", popleft),
            ("extend", extend),
            ("extendleft", extendleft),
            ("clear", clear),
            ("rotate", rotate),
            ("count", count),
            ("remove", remove),
            ("index", index),
            ("reverse", reverse),
            ("copy", copy),
            ("__len__", len),
            ("__bool__", bool_),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__contains__", contains),
            ("__repr__", repr),
            ("__eq__", eq),
        ],
    );
    // `maxlen`: a read-only data descriptor, as CPython's.
    cls.dict.set_str(
        "maxlen",
        Value::Property(Rc::new(crate::objects::value::Property {
            fget: crate::builtins::native("maxlen", maxlen),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        })),
    );
    set(&m, "deque", Value::Class(cls));
    m
}

fn maxlen(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "maxlen", 1)?;
    Ok(match deque_of(vm, &a[0])?.maxlen {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

fn deque_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Deque> {
    match v {
        Value::Native(n) => n
            .payload
            .downcast_ref::<Deque>()
            .ok_or_else(|| vm.type_error("descriptor requires a 'collections.deque' object")),
        _ => Err(vm.type_error("descriptor requires a 'collections.deque' object")),
    }
}

fn deque_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("deque.__new__ needs a class"));
    };
    let cls = cls.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "deque", &["iterable", "maxlen"], 0)?;
    let maxlen = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = vm.to_index(v)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let items = match &a[0] {
        Some(v) => vm.collect_iterable(v)?,
        None => Vec::new(),
    };
    let mut dq: VecDeque<Value> = items.into();
    if let Some(m) = maxlen {
        while dq.len() > m {
            dq.pop_front();
        }
    }
    Ok(Value::Native(Rc::new(NativeObject {
        class: cls,
        payload: Box::new(Deque {
            items: RefCell::new(dq),
            maxlen,
        }),
        dict: RefCell::new(None),
    })))
}

fn push(d: &Deque, v: Value, left: bool) {
    let mut items = d.items.borrow_mut();
    if d.maxlen == Some(0) {
        return;
    }
    if left {
        items.push_front(v);
        if d.maxlen.is_some_and(|m| items.len() > m) {
            items.pop_back();
        }
    } else {
        items.push_back(v);
        if d.maxlen.is_some_and(|m| items.len() > m) {
            items.pop_front();
        }
    }
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "append", 2)?;
    push(deque_of(vm, &a[0])?, a[1].clone(), false);
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "appendleft", 2)?;
    push(deque_of(vm, &a[0])?, a[1].clone(), true);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "pop", 1)?;
    let v = deque_of(vm, &a[0])?.items.borrow_mut().pop_back();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn popleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "popleft", 1)?;
    let v = deque_of(vm, &a[0])?.items.borrow_mut().pop_front();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "extend", 2)?;
    let items = vm.collect_iterable(&a[1])?;
    let d = deque_of(vm, &a[0])?;
    for v in items {
        push(d, v, false);
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "extendleft", 2)?;
    let items = vm.collect_iterable(&a[1])?;
    let d = deque_of(vm, &a[0])?;
    for v in items {
        push(d, v, true);
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "clear", 1)?;
    let old = std::mem::take(&mut *deque_of(vm, &a[0])?.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    let n = match pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    let d = deque_of(vm, &pos[0])?;
    let mut items = d.items.borrow_mut();
    let len = items.len() as i64;
    if len > 0 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    Ok(Value::None)
}

fn snapshot(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    Ok(deque_of(vm, v)?.items.borrow().iter().cloned().collect())
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "count", 2)?;
    let mut n = 0;
    for x in snapshot(vm, &a[0])? {
        if vm.eq(&x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn position(vm: &mut Vm, d: &Value, x: &Value) -> PyResult<Option<usize>> {
    for (i, y) in snapshot(vm, d)?.iter().enumerate() {
        if vm.eq(y, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "remove", 2)?;
    match position(vm, &a[0], &a[1])? {
        Some(i) => {
            deque_of(vm, &a[0])?.items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(vm.value_error("deque.remove(x): x not in deque")),
    }
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::range(vm, args, "index", 2, 4)?;
    match position(vm, &a[0], &a[1])? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a[1])?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "reverse", 1)?;
    let d = deque_of(vm, &a[0])?;
    let mut items = d.items.borrow_mut();
    let v: VecDeque<Value> = items.drain(..).rev().collect();
    *items = v;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "copy", 1)?;
    let d = deque_of(vm, &a[0])?;
    let cls = vm.type_of(&a[0]);
    Ok(Value::Native(Rc::new(NativeObject {
        class: cls,
        payload: Box::new(Deque {
            items: RefCell::new(d.items.borrow().clone()),
            maxlen: d.maxlen,
        }),
        dict: RefCell::new(None),
    })))
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__len__", 1)?;
    Ok(Value::Int(deque_of(vm, &a[0])?.items.borrow().len() as i64))
}

fn bool_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__bool__", 1)?;
    Ok(Value::Bool(!deque_of(vm, &a[0])?.items.borrow().is_empty()))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__iter__", 1)?;
    let items = snapshot(vm, &a[0])?;
    Ok(Value::Iter(Rc::new(IterObj::new(
        "_collections._deque_iterator",
        IterState::Values { items, index: 0 },
    ))))
}

fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__reversed__", 1)?;
    let mut items = snapshot(vm, &a[0])?;
    items.reverse();
    Ok(Value::Iter(Rc::new(IterObj::new(
        "_collections._deque_reverse_iterator",
        IterState::Values { items, index: 0 },
    ))))
}

fn item_index(vm: &mut Vm, d: &Deque, i: &Value) -> PyResult<usize> {
    let n = d.items.borrow().len() as i64;
    let mut k = vm.to_index(i)?;
    if k < 0 {
        k += n;
    }
    if k < 0 || k >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(k as usize)
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getitem__", 2)?;
    let d = deque_of(vm, &a[0])?;
    let k = item_index(vm, d, &a[1])?;
    Ok(d.items.borrow()[k].clone())
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__setitem__", 3)?;
    let d = deque_of(vm, &a[0])?;
    let k = item_index(vm, d, &a[1])?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[k], a[2].clone());
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__contains__", 2)?;
    Ok(Value::Bool(position(vm, &a[0], &a[1])?.is_some()))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    let maxlen = deque_of(vm, &a[0])?.maxlen;
    let items = snapshot(vm, &a[0])?;
    let list = vm.repr(&Value::list(items))?;
    let name = vm.type_of(&a[0]).name();
    Ok(Value::string(match maxlen {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    }))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__eq__", 2)?;
    if deque_of(vm, &a[1]).is_err() {
        return Ok(Value::NotImplemented);
    }
    let x = Value::list(snapshot(vm, &a[0])?);
    let y = Value::list(snapshot(vm, &a[1])?);
    Ok(Value::Bool(vm.eq(&x, &y)?))
}
