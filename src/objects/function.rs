//! Functions: Python functions (code + globals + defaults + closure), native builtins,
//! bound methods and closure cells.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use super::dict::PyDict;
use super::value::Value;
use crate::compiler::bytecode::Code;
use crate::vm::{PyResult, Vm};

pub struct Function {
    /// Replaceable: `f.__code__ = g.__code__`. Read it with [`Function::code`].
    pub code: RefCell<Rc<Code>>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// Defaults of the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: RefCell<Vec<(String, Value)>>,
    pub closure: Vec<Rc<CellObj>>,
    /// `f.attr = …` and `__doc__`, `__module__`, …
    pub dict: Rc<PyDict>,
}

/// A variable captured by a closure; empty until first assigned.
pub struct CellObj(pub RefCell<Option<Value>>);

impl CellObj {
    pub fn new(v: Option<Value>) -> CellObj {
        CellObj(RefCell::new(v))
    }

    pub fn get(&self) -> Option<Value> {
        self.0.borrow().clone()
    }

    pub fn set(&self, v: Option<Value>) {
        let old = std::mem::replace(&mut *self.0.borrow_mut(), v);
        drop(old);
    }
}

/// The arguments of a native call: positional values, then keyword values named by `kwnames`.
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn positional(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value).
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.args.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .zip(&self.args[start..])
            .map(|(k, v)| (k.as_str().unwrap_or(""), v))
    }

    pub fn has_keywords(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

impl Function {
    pub fn code(&self) -> Rc<Code> {
        self.code.borrow().clone()
    }
}

pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// Set for methods of native objects bound at creation (e.g. `lock.acquire`).
    pub bound_self: Option<Value>,
    /// Whether, found on a class, it binds to the instance: true for the methods of built-in
    /// types (CPython's method descriptors), false for module-level and builtins-namespace
    /// functions (CPython's `builtin_function_or_method`, which `Formatter.converter =
    /// time.localtime` relies on).
    pub is_method: bool,
}

impl BuiltinFunction {
    /// Whether attribute lookup on an instance binds it (see `is_method`); one already
    /// bound at creation never binds again.
    pub fn binds(&self) -> bool {
        self.is_method && self.bound_self.is_none()
    }
}

pub struct BoundMethod {
    pub self_: Value,
    pub func: Value,
}
