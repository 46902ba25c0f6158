//! `_weakref`: weak references (`weakref.ref`) over the heap's weak handles; stdlib/weakref.py
//! builds proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize on it.
//!
//! Callbacks: a callback is Python code, so it cannot run inside the drop that frees its
//! object. While any reference with a callback exists, the drop hook of instances
//! ([`instance_died`]) notes that something died and asks for a safe point (the eval
//! breaker); there [`run_dead_callbacks`] calls the callbacks of the references whose
//! objects are gone — at the next instruction boundary, so `del obj` is followed by the
//! callback before the next statement, as in CPython.

use crate::objects::heap::{Rc, Weak};
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{new_native_module, set};
use crate::builtins::add_methods;
use crate::builtins::args::{bind, exact};
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class, Instance};
use crate::objects::function::{Args, BoundMethod, Function};
use crate::objects::module::Module;
use crate::objects::set::PySet;
use crate::objects::value::NativeObject;
use crate::vm::generator::Generator;
use crate::vm::{PyResult, Vm};

/// Some reference with a callback exists (in any interpreter): deaths must be noticed.
static WATCHING: AtomicBool = AtomicBool::new(false);
/// An instance died since the last safe point.
static DEATHS: AtomicBool = AtomicBool::new(false);

/// The object a reference points at, held weakly.
enum Target {
    Instance(Weak<Instance>),
    Function(Weak<Function>),
    Class(Weak<Class>),
    Generator(Weak<Generator>),
    Set(Weak<PySet>),
    FrozenSet(Weak<PySet>),
    BoundMethod(Weak<BoundMethod>),
    Module(Weak<Module>),
    Native(Weak<NativeObject>),
}

impl Target {
    fn of(v: &Value) -> Option<Target> {
        Some(match v {
            Value::Instance(i) => Target::Instance(Rc::downgrade(i)),
            Value::Function(f) => Target::Function(Rc::downgrade(f)),
            Value::Class(c) => Target::Class(Rc::downgrade(c)),
            Value::Generator(g) => Target::Generator(Rc::downgrade(g)),
            Value::Set(s) => Target::Set(Rc::downgrade(s)),
            Value::FrozenSet(s) => Target::FrozenSet(Rc::downgrade(s)),
            Value::BoundMethod(m) => Target::BoundMethod(Rc::downgrade(m)),
            Value::Module(m) => Target::Module(Rc::downgrade(m)),
            Value::Native(n) => Target::Native(Rc::downgrade(n)),
            _ => return None,
        })
    }

    fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Generator(w) => Value::Generator(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            Target::BoundMethod(w) => Value::BoundMethod(w.upgrade()?),
            Target::Module(w) => Value::Module(w.upgrade()?),
            Target::Native(w) => Value::Native(w.upgrade()?),
        })
    }

    fn is_dead(&self) -> bool {
        match self {
            Target::Instance(w) => w.is_dead(),
            Target::Function(w) => w.is_dead(),
            Target::Class(w) => w.is_dead(),
            Target::Generator(w) => w.is_dead(),
            Target::Set(w) | Target::FrozenSet(w) => w.is_dead(),
            Target::BoundMethod(w) => w.is_dead(),
            Target::Module(w) => w.is_dead(),
            Target::Native(w) => w.is_dead(),
        }
    }
}

struct WeakRef {
    target: Target,
    callback: RefCell<Option<Value>>,
    /// The referent's hash, kept once computed (a dead reference still hashes).
    hash: std::cell::Cell<Option<i64>>,
    /// The referent's type name and address, for the repr.
    type_name: String,
}

/// References with callbacks, per interpreter (held weakly: a reference that dies first
/// never calls back, as in CPython).
#[derive(Default)]
pub struct Watched(RefCell<Vec<Weak<NativeObject>>>);

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("_collect_dead", collect_dead),
        ],
    );
    let cls = builtin_class(
        "ReferenceType",
        &[&vm.types().object.clone()],
        BuiltinKind::Native,
    );
    cls.dict.set_str("__module__", Value::str("weakref"));
    add_methods(
        &cls,
        &[
            ("__new__", ref_new),
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
            ("__getattr__", ref_getattr),
        ],
    );
    set(&m, "ref", Value::Class(cls.clone()));
    set(&m, "ReferenceType", Value::Class(cls));
    m
}

/// The drop hook of instances (vm/gc/finalize.rs): notes a death when callbacks wait.
#[inline]
pub fn instance_died() {
    if WATCHING.load(Ordering::Relaxed) {
        DEATHS.store(true, Ordering::SeqCst);
        crate::vm::interp::request_breaker(crate::vm::gc::BREAKER_BIT);
    }
}

/// At a safe point: calls the callbacks of references whose objects died. A callback's
/// exception is reported as CPython's "Exception ignored in: ..." and otherwise ignored.
pub fn run_dead_callbacks(vm: &mut Vm) {
    if !DEATHS.swap(false, Ordering::SeqCst) {
        return;
    }
    let watched = vm.state.weak_callbacks.0.take();
    let mut keep = Vec::with_capacity(watched.len());
    let mut due = Vec::new();
    for w in watched {
        let Some(obj) = w.upgrade() else {
            continue;
        };
        let dead = obj
            .payload
            .downcast_ref::<WeakRef>()
            .is_some_and(|r| r.target.is_dead());
        if dead {
            due.push(obj);
        } else {
            keep.push(w);
        }
    }
    vm.state.weak_callbacks.0.borrow_mut().extend(keep);
    for obj in due {
        let callback = obj
            .payload
            .downcast_ref::<WeakRef>()
            .and_then(|r| r.callback.borrow_mut().take());
        if let Some(cb) = callback
            && let Err(e) = vm.call0(&cb, &[Value::Native(obj.clone())])
        {
            crate::vm::gc::finalize::report_ignored(vm, &cb, &e);
        }
    }
}

fn weakref_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a WeakRef> {
    match v {
        Value::Native(n) => n
            .payload
            .downcast_ref::<WeakRef>()
            .ok_or_else(|| vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
        _ => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
    }
}

fn ref_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("ref.__new__ needs a class"));
    };
    let cls = cls.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let pos = rest.positional();
    if rest.has_keywords() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "__new__ expected at {} 2 arguments, got {}",
            if pos.is_empty() { "least" } else { "most" },
            pos.len()
        )));
    }
    let obj = &pos[0];
    let Some(target) = Target::of(obj) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(obj)
        )));
    };
    let callback = pos.get(1).filter(|c| !c.is_none()).cloned();
    let has_callback = callback.is_some();
    let r = Rc::new(NativeObject {
        class: cls,
        payload: Box::new(WeakRef {
            target,
            callback: RefCell::new(callback),
            hash: std::cell::Cell::new(None),
            type_name: vm.type_name(obj),
        }),
        dict: RefCell::new(None),
    });
    if has_callback {
        WATCHING.store(true, Ordering::SeqCst);
        vm.state
            .weak_callbacks
            .0
            .borrow_mut()
            .push(Rc::downgrade(&r));
    }
    Ok(Value::Native(r))
}

fn ref_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__call__", 1)?;
    let r = weakref_of(vm, &a[0])?;
    Ok(r.target.get().unwrap_or(Value::None))
}

fn ref_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__hash__", 1)?;
    let me = a[0].clone();
    let r = weakref_of(vm, &me)?;
    if let Some(h) = r.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(obj) = r.target.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    r.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// Two live references compare their objects; otherwise they are equal only if they are
/// the same reference.
fn ref_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let ra = weakref_of(vm, a)?;
    let Ok(rb) = weakref_of(vm, b) else {
        return Ok(None);
    };
    match (ra.target.get(), rb.target.get()) {
        (Some(x), Some(y)) => Ok(Some(vm.eq(&x, &y)?)),
        _ => Ok(Some(
            crate::vm::ops::identity(a) == crate::vm::ops::identity(b),
        )),
    }
}

fn ref_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__eq__", 2)?;
    Ok(match ref_equal(vm, &a[0], &a[1])? {
        Some(b) => Value::Bool(b),
        None => Value::NotImplemented,
    })
}

fn ref_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__ne__", 2)?;
    Ok(match ref_equal(vm, &a[0], &a[1])? {
        Some(b) => Value::Bool(!b),
        None => Value::NotImplemented,
    })
}

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    let me = a[0].clone();
    let r = weakref_of(vm, &me)?;
    let here = crate::vm::ops::identity(&me);
    Ok(Value::string(match r.target.get() {
        Some(obj) => format!(
            "<weakref at {here:#x}; to '{}' at {:#x}>",
            r.type_name,
            crate::vm::ops::identity(&obj)
        ),
        None => format!("<weakref at {here:#x}; dead>"),
    }))
}

fn ref_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getattr__", 2)?;
    let me = a[0].clone();
    let r = weakref_of(vm, &me)?;
    match a[1].as_str() {
        Some("__callback__") => Ok(r.callback.borrow().clone().unwrap_or(Value::None)),
        Some(other) => Err(vm.new_error(
            &vm.types().attribute_error.clone(),
            format!("'weakref.ReferenceType' object has no attribute '{other}'"),
        )),
        None => Err(vm.type_error("attribute name must be string")),
    }
}

/// How many references with callbacks point at `obj` (references without callbacks are
/// not tracked, so they are not counted).
fn getweakrefcount(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "getweakrefcount", 1)?;
    let target = crate::vm::ops::identity(&a[0]);
    let watched: Vec<_> = vm
        .state
        .weak_callbacks
        .0
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    let n = watched
        .iter()
        .filter_map(|o| o.payload.downcast_ref::<WeakRef>()?.target.get())
        .filter(|v| crate::vm::ops::identity(v) == target)
        .count();
    Ok(Value::Int(n as i64))
}

/// Runs the callbacks of dead references now (weakref.py calls this where CPython's
/// callbacks would already have run, e.g. before reporting a container's length).
fn collect_dead(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind(vm, args, "_collect_dead", &[], 0)?;
    if WATCHING.load(Ordering::Relaxed) {
        DEATHS.store(true, Ordering::SeqCst);
        run_dead_callbacks(vm);
    }
    Ok(Value::None)
}
