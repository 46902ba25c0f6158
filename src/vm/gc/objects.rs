//! The kinds of objects the cycle collector tracks: a weak handle per tracked allocation (the
//! registry), the strong handle taken while a collection runs, and per kind the two
//! operations trial deletion needs — the references an object holds (exactly: each visited
//! address is one strong handle the object owns) and clearing its contents.
//!
//! An instance, class, function or module and the `__dict__` it owns are one unit for the
//! collector (as in CPython, where an instance's attributes live in the instance): the dict
//! is not tracked on its own, the owner's traversal visits the dict's entries, and both
//! addresses stand for the unit, so a reference to either from another candidate counts
//! against the unit, and handles to the dict from outside keep the unit alive.

use std::any::Any;
use std::cell::RefCell;

use crate::objects::Value;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::dict::{DictTable, PyDict};
use crate::objects::function::{BoundMethod, CellObj, Function};
use crate::objects::heap::{Rc, Weak};
use crate::objects::iter::IterState;
use crate::objects::module::Module;
use crate::objects::set::{PySet, SetTable};
use crate::vm::generator::Generator;

macro_rules! kinds {
    ($($kind:ident($ty:ty)),* $(,)?) => {
        /// A tracked allocation, as the registry keeps it: it does not keep the object alive.
        pub enum Tracked {
            $($kind(Weak<$ty>)),*
        }

        /// A tracked object held alive for the length of a collection.
        pub enum Obj {
            $($kind(Rc<$ty>)),*
        }

        impl Tracked {
            pub fn upgrade(&self) -> Option<Obj> {
                match self {
                    $(Tracked::$kind(w) => w.upgrade().map(Obj::$kind)),*
                }
            }

            pub fn is_dead(&self) -> bool {
                match self {
                    $(Tracked::$kind(w) => w.is_dead()),*
                }
            }
        }

        impl Obj {
            /// The object's address (the same as `Value::heap_ptr` of a value holding it).
            pub fn addr(&self) -> usize {
                match self {
                    $(Obj::$kind(r) => Rc::as_ptr(r) as *const () as usize),*
                }
            }

            fn strong_count(&self) -> usize {
                match self {
                    $(Obj::$kind(r) => Rc::strong_count(r)),*
                }
            }

            pub fn downgrade(&self) -> Tracked {
                match self {
                    $(Obj::$kind(r) => Tracked::$kind(Rc::downgrade(r))),*
                }
            }
        }
    };
}

kinds! {
    List(RefCell<Vec<Value>>),
    Tuple(Vec<Value>),
    Dict(PyDict),
    Set(PySet),
    Instance(Instance),
    Class(Class),
    Function(Function),
    Cell(CellObj),
    BoundMethod(BoundMethod),
    Generator(Generator),
    Module(Module),
}

/// Visits the handle `v` is.
///
/// Some kinds are never tracked: iterators, properties, static and class methods (CPython
/// tracks them, but they are made often and rarely close a cycle). When such an object has
/// no other handle than this one, its own handles are as good as its holder's, and are
/// visited instead of it: so `it = iter(l); l.append(it)`, a suspended `for` inside a
/// generator, or a property in a class dict whose getter refers back to the class can still
/// be collected. A shared one is visited as itself (no candidate: whatever it holds stays
/// alive), and past `INLINE_DEPTH` nested ones too.
#[inline]
fn value(v: &Value, visit: &mut impl FnMut(usize)) {
    value_at(v, visit, 0);
}

/// How deeply `value` follows untracked objects inside one another.
const INLINE_DEPTH: u32 = 16;

fn value_at(v: &Value, visit: &mut impl FnMut(usize), depth: u32) {
    let inline = depth < INLINE_DEPTH;
    match v {
        Value::Iter(it) if inline && Rc::strong_count(it) == 1 => {
            // Borrowed: what it holds counts as referenced from outside (alive).
            if let Ok(state) = it.state.try_borrow() {
                iter_state(&state, visit, depth + 1);
            }
        }
        Value::Property(p) if inline && Rc::strong_count(p) == 1 => {
            for f in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                value_at(f, visit, depth + 1);
            }
        }
        Value::StaticMethod(f) | Value::ClassMethod(f) if inline && Rc::strong_count(f) == 1 => {
            value_at(f, visit, depth + 1);
        }
        _ => {
            if let Some(a) = v.heap_ptr() {
                visit(a);
            }
        }
    }
}

#[inline]
fn rc<T: ?Sized + 'static>(r: &Rc<T>, visit: &mut impl FnMut(usize)) {
    visit(Rc::as_ptr(r) as *const () as usize);
}

/// Visits the keys and values of a dict the object owns (see the module comment); false when
/// the table is borrowed.
#[inline]
fn dict_entries(d: &PyDict, visit: &mut impl FnMut(usize)) -> bool {
    let Ok(table) = d.table.try_borrow() else {
        return false;
    };
    for e in table.entries() {
        value(&e.key, visit);
        value(&e.value, visit);
    }
    true
}

fn clear_dict(d: &PyDict, sink: &mut Vec<Box<dyn Any>>) {
    if let Ok(mut table) = d.table.try_borrow_mut() {
        let mut fresh = DictTable::default();
        fresh.version = table.version + 1;
        sink.push(Box::new(std::mem::replace(&mut *table, fresh)));
    }
}

impl Obj {
    /// The dict counted with this object (see the module comment).
    #[inline]
    pub fn owned_dict(&self) -> Option<&Rc<PyDict>> {
        match self {
            Obj::Instance(i) => Some(&i.dict),
            Obj::Class(c) => Some(&c.dict),
            Obj::Function(f) => Some(&f.dict),
            Obj::Module(m) => Some(&m.dict),
            _ => None,
        }
    }

    /// The address of the owned dict, the unit's second address.
    #[inline]
    pub fn owned_dict_addr(&self) -> Option<usize> {
        self.owned_dict()
            .map(|d| Rc::as_ptr(d) as *const () as usize)
    }

    /// The strong handles to the unit, less the one the collection holds and the one the
    /// owner holds to its dict: the handles trial deletion starts from.
    #[inline]
    pub fn handles(&self) -> usize {
        let own = self.strong_count() - 1;
        match self.owned_dict() {
            Some(d) => own + Rc::strong_count(d) - 1,
            None => own,
        }
    }

    /// Calls `visit` with the address of every object this one holds a strong handle to,
    /// once per handle (for a unit, the handles its dict holds instead of the handle to the
    /// dict). Returns false when one of the object's cells is borrowed (native code is using
    /// it): the collector then treats it as alive and as holding references it does not
    /// know about.
    pub fn traverse(&self, visit: &mut impl FnMut(usize)) -> bool {
        match self {
            Obj::List(l) => {
                let Ok(items) = l.try_borrow() else {
                    return false;
                };
                items.iter().for_each(|v| value(v, visit));
            }
            Obj::Tuple(t) => t.iter().for_each(|v| value(v, visit)),
            Obj::Dict(d) => {
                let Ok(table) = d.table.try_borrow() else {
                    return false;
                };
                for e in table.entries() {
                    value(&e.key, visit);
                    value(&e.value, visit);
                }
            }
            Obj::Set(s) => {
                let Ok(table) = s.table.try_borrow() else {
                    return false;
                };
                table.keys().for_each(|v| value(v, visit));
            }
            Obj::Instance(i) => {
                let Ok(class) = i.class.try_borrow() else {
                    return false;
                };
                match &i.payload {
                    Payload::None => {}
                    Payload::Builtin(b) => {
                        let Ok(b) = b.try_borrow() else {
                            return false;
                        };
                        value(&b, visit);
                    }
                    Payload::Exception(st) => {
                        let Ok(st) = st.try_borrow() else {
                            return false;
                        };
                        st.args.iter().for_each(|v| value(v, visit));
                        st.cause.iter().for_each(|v| value(v, visit));
                        st.context.iter().for_each(|v| value(v, visit));
                    }
                }
                rc(&class, visit);
                return dict_entries(&i.dict, visit);
            }
            Obj::Class(c) => {
                let (Ok(bases), Ok(mro), Ok(meta)) = (
                    c.bases.try_borrow(),
                    c.mro.try_borrow(),
                    c.metaclass.try_borrow(),
                ) else {
                    return false;
                };
                bases.iter().for_each(|b| rc(b, visit));
                mro.iter().for_each(|b| rc(b, visit));
                meta.iter().for_each(|m| rc(m, visit));
                return dict_entries(&c.dict, visit);
            }
            Obj::Function(f) => {
                let (Ok(defaults), Ok(kwdefaults)) =
                    (f.defaults.try_borrow(), f.kwdefaults.try_borrow())
                else {
                    return false;
                };
                rc(&f.globals, visit);
                defaults.iter().for_each(|v| value(v, visit));
                kwdefaults.iter().for_each(|(_, v)| value(v, visit));
                f.closure.iter().for_each(|c| rc(c, visit));
                return dict_entries(&f.dict, visit);
            }
            Obj::Cell(c) => {
                let Ok(v) = c.0.try_borrow() else {
                    return false;
                };
                v.iter().for_each(|v| value(v, visit));
            }
            Obj::BoundMethod(b) => {
                value(&b.self_, visit);
                value(&b.func, visit);
            }
            Obj::Generator(g) => {
                let Ok(frame) = g.frame.try_borrow() else {
                    return false;
                };
                if let Some(f) = frame.as_ref() {
                    f.stack.iter().for_each(|v| value(v, visit));
                    f.locals.iter().flatten().for_each(|v| value(v, visit));
                    f.cells.iter().for_each(|c| rc(c, visit));
                    rc(&f.globals, visit);
                    f.namespace.iter().for_each(|n| rc(n, visit));
                }
            }
            Obj::Module(m) => return dict_entries(&m.dict, visit),
        }
        true
    }

    /// Takes out the object's contents (the references that can close a cycle) into
    /// `sink`, which the collector drops once every garbage object has been cleared.
    pub fn clear(&self, sink: &mut Vec<Box<dyn Any>>) {
        match self {
            Obj::List(l) => {
                if let Ok(mut items) = l.try_borrow_mut() {
                    sink.push(Box::new(std::mem::take(&mut *items)));
                }
            }
            Obj::Dict(d) => clear_dict(d, sink),
            Obj::Set(s) => {
                if let Ok(mut table) = s.table.try_borrow_mut() {
                    let mut fresh = SetTable::default();
                    fresh.version = table.version + 1;
                    sink.push(Box::new(std::mem::replace(&mut *table, fresh)));
                }
            }
            Obj::Instance(i) => match &i.payload {
                Payload::None => {}
                Payload::Builtin(b) => {
                    if let Ok(mut b) = b.try_borrow_mut() {
                        sink.push(Box::new(std::mem::replace(&mut *b, Value::None)));
                    }
                }
                Payload::Exception(st) => {
                    if let Ok(mut st) = st.try_borrow_mut() {
                        sink.push(Box::new(std::mem::take(&mut st.args)));
                        sink.push(Box::new(st.cause.take()));
                        sink.push(Box::new(st.context.take()));
                    }
                }
            },
            Obj::Class(c) => {
                if let (Ok(mut bases), Ok(mut mro), Ok(mut meta)) = (
                    c.bases.try_borrow_mut(),
                    c.mro.try_borrow_mut(),
                    c.metaclass.try_borrow_mut(),
                ) {
                    sink.push(Box::new(std::mem::take(&mut *bases)));
                    sink.push(Box::new(std::mem::take(&mut *mro)));
                    sink.push(Box::new(meta.take()));
                }
            }
            Obj::Function(f) => {
                if let (Ok(mut defaults), Ok(mut kwdefaults)) =
                    (f.defaults.try_borrow_mut(), f.kwdefaults.try_borrow_mut())
                {
                    sink.push(Box::new(std::mem::take(&mut *defaults)));
                    sink.push(Box::new(std::mem::take(&mut *kwdefaults)));
                }
            }
            Obj::Cell(c) => {
                if let Ok(mut v) = c.0.try_borrow_mut() {
                    sink.push(Box::new(v.take()));
                }
            }
            Obj::Generator(g) => {
                if let Ok(mut frame) = g.frame.try_borrow_mut() {
                    sink.push(Box::new(frame.take()));
                }
            }
            // Immutable: the cycles through them are broken at their mutable members.
            Obj::Tuple(_) | Obj::BoundMethod(_) | Obj::Module(_) => {}
        }
        if let Some(d) = self.owned_dict() {
            clear_dict(d, sink);
        }
    }
}

fn iter_state(state: &IterState, visit: &mut impl FnMut(usize), depth: u32) {
    match state {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => value_at(seq, visit, depth),
        IterState::Str { s, .. } => value_at(s, visit, depth),
        IterState::Dict { dict, .. } => value_at(dict, visit, depth),
        IterState::Values { items, .. } => items.iter().for_each(|v| value_at(v, visit, depth)),
        IterState::SetItems { set, items, .. } => {
            value_at(set, visit, depth);
            items.iter().for_each(|v| value_at(v, visit, depth));
        }
        IterState::Enumerate { inner, count } => {
            value_at(inner, visit, depth);
            value_at(count, visit, depth);
        }
        IterState::Zip { iters, .. } => iters.iter().for_each(|v| value_at(v, visit, depth)),
        IterState::Map { func, iters } => {
            value_at(func, visit, depth);
            iters.iter().for_each(|v| value_at(v, visit, depth));
        }
        IterState::Filter { func, inner } => {
            value_at(func, visit, depth);
            value_at(inner, visit, depth);
        }
        IterState::Callable { func, sentinel } => {
            value_at(func, visit, depth);
            value_at(sentinel, visit, depth);
        }
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}
