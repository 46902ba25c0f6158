//! Built-in iterators: over sequences, ranges, dicts, and the lazy `enumerate`, `zip`, `map`,
//! `filter`, `reversed` objects.

use std::cell::RefCell;

use super::value::Value;

pub struct IterObj {
    pub state: RefCell<IterState>,
    /// The Python type name (`list_iterator`, `enumerate`, …).
    pub type_name: &'static str,
}

pub enum IterState {
    /// Lists, tuples and any sequence read by index until it raises IndexError.
    Seq {
        seq: Value,
        index: usize,
    },
    Str {
        s: Value,
        byte: usize,
    },
    Range {
        next: i128,
        stop: i128,
        step: i128,
    },
    /// A snapshot of keys/values/items: dict iteration checks `version` for mutation.
    Dict {
        dict: Value,
        pos: usize,
        version: u64,
        kind: DictIterKind,
        len: usize,
    },
    Values {
        items: Vec<Value>,
        index: usize,
    },
    /// A snapshot of a set's items; the set's size is checked at each step, as CPython
    /// does (RuntimeError when the loop body added or removed items).
    SetItems {
        set: Value,
        items: Vec<Value>,
        index: usize,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl IterObj {
    pub fn new(type_name: &'static str, state: IterState) -> IterObj {
        IterObj {
            state: RefCell::new(state),
            type_name,
        }
    }
}
