//! Classes (built-in types are classes too) and instances of user classes.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use super::dict::PyDict;
use super::value::Value;
use crate::vm::traceback::TracebackEntry;

/// Which built-in layout a class's instances have. User classes inherit their base's kind
/// (an instance of `class E(Exception)` carries exception state).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Iterator,
    Generator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Code,
    Cell,
    BaseException,
    Native,
}

pub struct Class {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<Rc<Class>>>,
    /// The method resolution order after the class itself.
    pub mro: RefCell<Vec<Rc<Class>>>,
    pub dict: Rc<PyDict>,
    pub kind: BuiltinKind,
    /// True for the built-in types themselves (not user subclasses).
    pub builtin: bool,
    /// The metaclass when it is not `type`.
    pub metaclass: RefCell<Option<Rc<Class>>>,
    /// Which attribute hooks the class has (`HOOK_*` bits), with the class epoch they were
    /// computed at (any class attribute change bumps the epoch).
    pub hooks: std::cell::Cell<(u64, u8)>,
    /// The interpreter's finalizer queue, for classes with `__del__` (their instances are
    /// handed to it when their last reference goes away).
    pub finalizers: Option<Rc<crate::vm::gc::Finalizers>>,
}

/// A user-defined `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// A user-defined `__setattr__`.
pub const HOOK_SETATTR: u8 = 2;
/// A `__getattr__` fallback.
pub const HOOK_GETATTR: u8 = 4;
/// A user-defined `__delattr__`.
pub const HOOK_DELATTR: u8 = 8;

impl Class {
    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }
}

/// Methods on the class handle (they hand out `Rc<Class>`es along the MRO).
impl Rc<Class> {
    /// The class itself, then its MRO.
    pub fn mro_iter<'a>(&'a self) -> impl Iterator<Item = Rc<Class>> + 'a {
        std::iter::once(self.clone()).chain(self.mro.borrow().clone())
    }

    /// Looks `name` up along the MRO (no descriptors applied).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let hash = super::str::hash_str(name);
        if let Some(v) = self.dict.table.borrow().get_str_hashed(name, hash) {
            return Some(v);
        }
        for c in self.mro.borrow().iter() {
            if let Some(v) = c.dict.table.borrow().get_str_hashed(name, hash) {
                return Some(v);
            }
        }
        None
    }

    /// The class and where along the MRO `name` was found.
    pub fn lookup_with_owner(&self, name: &str) -> Option<(Value, Rc<Class>)> {
        for c in self.mro_iter() {
            if let Some(v) = c.dict.get_str(name) {
                return Some((v, c));
            }
        }
        None
    }

    pub fn is_subclass(&self, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// The `HOOK_*` bits, recomputed when `epoch` moved on.
    pub fn hooks(&self, epoch: u64) -> u8 {
        let (at, bits) = self.hooks.get();
        if at == epoch && epoch != 0 {
            return bits;
        }
        let user = |v: Option<Value>| v.is_some_and(|v| !matches!(v, Value::Builtin(_)));
        let mut bits = 0;
        if user(self.lookup("__getattribute__")) {
            bits |= HOOK_GETATTRIBUTE;
        }
        if user(self.lookup("__setattr__")) {
            bits |= HOOK_SETATTR;
        }
        if self.lookup("__getattr__").is_some() {
            bits |= HOOK_GETATTR;
        }
        if user(self.lookup("__delattr__")) {
            bits |= HOOK_DELATTR;
        }
        self.hooks.set((epoch, bits));
        bits
    }
}

/// An instance of a user class.
pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    pub dict: Rc<PyDict>,
    pub payload: Payload,
}

pub enum Payload {
    None,
    Exception(RefCell<ExceptionState>),
    /// Instances of user subclasses of built-in types keep the built-in value here.
    Builtin(RefCell<Value>),
}

#[derive(Default)]
pub struct ExceptionState {
    pub args: Vec<Value>,
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
}

impl Instance {
    pub fn class(&self) -> Rc<Class> {
        self.class.borrow().clone()
    }

    pub fn exception(&self) -> Option<&RefCell<ExceptionState>> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}
