//! `Value`: every Python value, 16 bytes. `None`, bools, small ints and floats live inline;
//! everything else is a reference-counted heap object.
//!
//! Heap objects use `Rc` and `RefCell`. They are shared between OS threads, and that is sound
//! because a thread touches them only while it holds the GIL: `Value` is deliberately not
//! `Send`, so the compiler stops any code from carrying one outside the GIL (the blocking
//! door's closures must be `Send`). Values cross to another thread only inside
//! [`crate::vm::gil::GilBound`], which is opened with the GIL held on the other side.

use crate::objects::heap::Rc;
use std::cell::{Cell, RefCell};

use num_bigint::BigInt;

use super::class::{Class, Instance};
use super::dict::PyDict;
use super::function::{BoundMethod, BuiltinFunction, CellObj, Function};
use super::iter::IterObj;
use super::module::Module;
use super::set::PySet;
use super::str::PyStr;
use crate::compiler::bytecode::Code;
use crate::vm::generator::Generator;

#[derive(Clone)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int outside `i64`; results that fit are always normalised back to `Int`.
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    Tuple(Rc<Vec<Value>>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Iter(Rc<IterObj>),
    Generator(Rc<Generator>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Super(Rc<Super>),
    Code(Rc<Code>),
    Cell(Rc<CellObj>),
    /// A native object of a module (a lock, a thread-local, …).
    Native(Rc<NativeObject>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// `range(start, stop, step)`. Bounds are i128 so that `range(10**20)` works; values
/// outside i64 come out as big ints.
pub struct Range {
    pub start: i128,
    pub stop: i128,
    pub step: i128,
}

impl Range {
    pub fn len(&self) -> i128 {
        // In u128: the span of a range over the whole i128 line does not fit i128
        // (lengths past i128::MAX saturate; no Python program can iterate that far).
        let (lo, hi, step) = (self.start, self.stop, self.step);
        let n = if step > 0 && lo < hi {
            (hi.abs_diff(lo) - 1) / step.unsigned_abs() + 1
        } else if step < 0 && lo > hi {
            (lo.abs_diff(hi) - 1) / step.unsigned_abs() + 1
        } else {
            0
        };
        i128::try_from(n).unwrap_or(i128::MAX)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i128) -> i128 {
        // The true value lies between start and stop, so the wrapped result is exact.
        self.start.wrapping_add(i.wrapping_mul(self.step))
    }
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

/// `super()` bound to a class and an object (or class).
pub struct Super {
    /// Lookups start after this class in the MRO of `obj`'s type.
    pub this: Rc<Class>,
    pub obj: Value,
}

/// A module's native object: its class and Rust payload.
pub struct NativeObject {
    pub class: Rc<Class>,
    pub payload: Box<dyn std::any::Any>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    pub fn from_pystr(s: PyStr) -> Value {
        Value::Str(Rc::new(s))
    }

    /// A str from generalized UTF-8 bytes, which may encode lone surrogates.
    pub fn wtf8(bytes: Vec<u8>) -> Value {
        Value::Str(Rc::new(PyStr::from_wtf8(bytes)))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    /// An int from an i128, inline when it fits in i64.
    pub fn from_i128(v: i128) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::BigInt(Rc::new(BigInt::from(v))),
        }
    }

    /// An int from a big integer, inline when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same inline value or same heap object.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// Address of the heap object, if any (also the basis of `id()`).
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const () as usize,
            Str(r) => Rc::as_ptr(r) as *const () as usize,
            Bytes(r) => Rc::as_ptr(r) as *const () as usize,
            Tuple(r) => Rc::as_ptr(r) as *const () as usize,
            List(r) => Rc::as_ptr(r) as *const () as usize,
            Dict(r) => Rc::as_ptr(r) as *const () as usize,
            Set(r) | FrozenSet(r) => Rc::as_ptr(r) as *const () as usize,
            Range(r) => Rc::as_ptr(r) as *const () as usize,
            Slice(r) => Rc::as_ptr(r) as *const () as usize,
            Function(r) => Rc::as_ptr(r) as *const () as usize,
            Builtin(r) => Rc::as_ptr(r) as *const () as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Class(r) => Rc::as_ptr(r) as *const () as usize,
            Instance(r) => Rc::as_ptr(r) as *const () as usize,
            Module(r) => Rc::as_ptr(r) as *const () as usize,
            Iter(r) => Rc::as_ptr(r) as *const () as usize,
            Generator(r) => Rc::as_ptr(r) as *const () as usize,
            Property(r) => Rc::as_ptr(r) as *const () as usize,
            StaticMethod(r) | ClassMethod(r) => Rc::as_ptr(r) as *const () as usize,
            Super(r) => Rc::as_ptr(r) as *const () as usize,
            Code(r) => Rc::as_ptr(r) as *const () as usize,
            Cell(r) => Rc::as_ptr(r) as *const () as usize,
            Native(r) => Rc::as_ptr(r) as *const () as usize,
            _ => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// A short description for debugging and disassembly (not Python's repr).
    pub fn debug_repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => super::repr::float_repr(*f),
            Value::Str(s) => super::repr::str_repr(s.as_str()),
            Value::Code(c) => format!("<code object {}>", c.name),
            Value::Tuple(t) => format!(
                "({})",
                t.iter()
                    .map(|v| v.debug_repr())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            _ => "<object>".into(),
        }
    }
}

/// A lazily computed hash slot (`-1` = not yet computed, as CPython).
#[derive(Default)]
pub struct HashCache(Cell<i64>);

impl HashCache {
    pub fn new() -> HashCache {
        HashCache(Cell::new(-1))
    }

    pub fn get_or(&self, f: impl FnOnce() -> i64) -> i64 {
        let h = self.0.get();
        if h != -1 {
            return h;
        }
        let h = f();
        self.0.set(h);
        h
    }
}
