//! `dict`: an insertion-ordered hash table keyed by Python hash and equality, laid out like
//! CPython's compact dict (an index table probing into a dense entry array).
//!
//! Equality may run Python code (`__eq__`), which may even mutate the dict; lookups therefore
//! never hold the `RefCell` borrow while comparing with a user object, and they restart if
//! the table changed under them.

use std::cell::RefCell;

use super::value::Value;
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const PERTURB_SHIFT: u32 = 5;

/// CPython's open-addressing step (dicts and sets): the next slot to probe.
#[inline]
pub(crate) fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    indices: Vec<i32>,
    entries: Vec<Option<Entry>>,
    used: usize,
    /// Bumped on every structural change, to detect mutation during iteration or lookup.
    pub version: u64,
}

/// Equality that needs no Python code: `Some(answer)`, or `None` when `__eq__` must run.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    fast_eq_nested(a, b, 0)
}

/// `fast_eq` of items `depth` tuples deep: deeply nested tuples are left to the slow path,
/// which counts nesting against the recursion limit (no Rust stack overflow here).
fn fast_eq_nested(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.text_eq(y)),
        (Int(x), Int(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == *y as i64),
        (Float(x), Float(y)) => Some(x == y),
        (Int(x), Float(y)) | (Float(y), Int(x)) => Some((*x as f64) == *y && (*y as i64) == *x),
        (BigInt(x), BigInt(y)) => Some(x == y),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => Some(false),
        (None, _) | (_, None) => Some(false),
        (Str(_), Int(_) | Float(_) | Bool(_) | BigInt(_))
        | (Int(_) | Float(_) | Bool(_) | BigInt(_), Str(_)) => Some(false),
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            if depth >= 16 {
                return Option::None;
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match fast_eq_nested(p, q, depth + 1) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        _ => Option::None,
    }
}

enum Probe {
    Found(usize),
    Missing,
    /// Keys with the right hash whose equality needs Python code: (entry index, key).
    Ask(Vec<(usize, Value)>),
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> DictTable {
        let mut t = DictTable::new();
        if n > 0 {
            t.resize_indices((n * 3 / 2).next_power_of_two().max(8));
        }
        t
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    fn probe(&self, key: &Value, hash: i64) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut ask = Vec::new();
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if ask.is_empty() {
                    Probe::Missing
                } else {
                    Probe::Ask(ask)
                };
            }
            if ix >= 0 {
                let e = self.entries[ix as usize].as_ref().expect("live index");
                if e.hash == hash {
                    match fast_eq(&e.key, key) {
                        Some(true) => return Probe::Found(ix as usize),
                        Some(false) => {}
                        Option::None => ask.push((ix as usize, e.key.clone())),
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    fn resize_indices(&mut self, size: usize) {
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let mut perturb = e.hash as u64;
                let mut i = (e.hash as u64 as usize) & mask;
                while self.indices[i] != EMPTY {
                    i = next_slot(i, &mut perturb, mask);
                }
                self.indices[i] = n as i32;
            }
        }
    }

    /// Drop tombstones from the entry array and rebuild the index.
    fn compact(&mut self, min_size: usize) {
        self.entries.retain(|e| e.is_some());
        let mut size = 8;
        while size * 2 < min_size * 3 {
            size *= 2;
        }
        self.resize_indices(size);
    }

    /// Append a new entry for a key known to be absent.
    fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.compact((self.used + 1) * 2);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] >= 0 {
            i = next_slot(i, &mut perturb, mask);
        }
        self.indices[i] = self.entries.len() as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.version += 1;
    }

    fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix].take().expect("live entry");
        // Follow the entry's own probe sequence to the slot that points at it.
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut slot = (e.hash as u64 as usize) & mask;
        while self.indices[slot] != ix as i32 {
            slot = next_slot(slot, &mut perturb, mask);
        }
        self.indices[slot] = DUMMY;
        self.used -= 1;
        self.version += 1;
        e
    }

    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The live entry at position `pos` of the entry array or later: (entry, next position).
    pub fn entry_from(&self, mut pos: usize) -> Option<(&Entry, usize)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((e, pos + 1));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.entries().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn clear(&mut self) {
        *self = DictTable {
            version: self.version + 1,
            ..DictTable::default()
        };
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(ix);
        Some((e.key, e.value))
    }

    // --- string-keyed fast paths (namespaces, attribute dicts, keyword arguments) ---

    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_hashed(key, super::str::hash_str(key))
    }

    /// `get_str` with the key's hash already known (names carry theirs).
    pub fn get_str_hashed(&self, key: &str, hash: i64) -> Option<Value> {
        let ix = self.find_str(key, hash)?;
        Some(self.entries[ix].as_ref().expect("live index").value.clone())
    }

    /// The value under str key `name` (lone surrogates included).
    #[inline]
    pub fn find_str_value(&self, name: &super::PyStr) -> Option<Value> {
        let ix = self.find_pystr(name, name.hash())?;
        Some(self.entries[ix].as_ref().expect("live index").value.clone())
    }

    /// Insert with a `str` key (no Python equality can be involved). Allocates the key
    /// object only when the key is new.
    pub fn set_str(&mut self, key: &str, value: Value) {
        let hash = super::str::hash_str(key);
        if let Some(ix) = self.find_str(key, hash) {
            self.entries[ix].as_mut().expect("live").value = value;
        } else {
            self.push_new(hash, Value::str(key), value);
        }
    }

    /// The entry whose str key is `key` (as text: a string holding lone surrogates is
    /// never equal to it).
    fn find_str(&self, key: &str, hash: i64) -> Option<usize> {
        self.find_str_by(hash, |s| s.as_str() == key && !s.has_surrogates())
    }

    /// The entry whose str key equals `key`, lone surrogates included.
    #[inline]
    fn find_pystr(&self, key: &super::PyStr, hash: i64) -> Option<usize> {
        if key.has_surrogates() {
            self.find_surrogate_key(key, hash)
        } else {
            self.find_str(key.as_str(), hash)
        }
    }

    #[cold]
    fn find_surrogate_key(&self, key: &super::PyStr, hash: i64) -> Option<usize> {
        self.find_str_by(hash, |s| s.text_eq(key))
    }

    /// The entry with this hash whose str key satisfies `same`.
    #[inline]
    fn find_str_by(&self, hash: i64, same: impl Fn(&super::PyStr) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 {
                let e = self.entries[ix as usize].as_ref().expect("live index");
                if e.hash == hash
                    && let Value::Str(s) = &e.key
                    && same(s)
                {
                    return Some(ix as usize);
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    /// Insert with a key that is a `str` value.
    pub fn set_str_value(&mut self, key: Value, value: Value) {
        let Value::Str(s) = &key else {
            unreachable!("set_str_value takes a str key")
        };
        let hash = s.hash();
        match self.find_pystr(s, hash) {
            Some(ix) => {
                self.entries[ix].as_mut().expect("live").value = value;
            }
            None => self.push_new(hash, key, value),
        }
    }

    pub fn remove_str(&mut self, key: &str) -> Option<Value> {
        let k = Value::str(key);
        let hash = super::str::hash_str(key);
        match self.probe(&k, hash) {
            Probe::Found(ix) => Some(self.remove_at(ix).value),
            _ => None,
        }
    }
}

/// A dict object: the table behind a `RefCell` (borrowed only briefly, never across calls
/// into Python code).
#[derive(Default)]
pub struct PyDict {
    pub table: RefCell<DictTable>,
    /// The cycle collector tracks this dict on its own, though an object owns it (see
    /// `vm::gc::objects`): it was handed to Python code.
    pub gc_tracked_alone: std::cell::Cell<bool>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }

    pub fn from_table(table: DictTable) -> PyDict {
        PyDict {
            table: RefCell::new(table),
            gc_tracked_alone: Default::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.table.borrow().get_str(key)
    }

    /// Lookup by an interned name (its hash is cached).
    pub fn get_name(&self, name: &super::PyStr) -> Option<Value> {
        self.table.borrow().find_str_value(name)
    }

    pub fn set_str(&self, key: &str, value: Value) {
        self.table.borrow_mut().set_str(key, value)
    }

    /// Store under an interned name: no allocation, cached hash.
    pub fn set_name(&self, name: &crate::objects::heap::Rc<super::PyStr>, value: Value) {
        let old = {
            let mut t = self.table.borrow_mut();
            match t.find_pystr(name, name.hash()) {
                Some(ix) => Some(std::mem::replace(
                    &mut t.entries[ix].as_mut().expect("live").value,
                    value,
                )),
                None => {
                    t.push_new(name.hash(), Value::Str(name.clone()), value);
                    None
                }
            }
        };
        drop(old);
    }

    /// Finds the entry index for `key`, running `__eq__` where needed.
    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        loop {
            let (probe, version) = {
                let t = self.table.borrow();
                (t.probe(key, hash), t.version)
            };
            match probe {
                Probe::Found(ix) => return Ok(Some(ix)),
                Probe::Missing => return Ok(None),
                Probe::Ask(candidates) => {
                    let mut changed = false;
                    let size = self.table.borrow().indices.len();
                    for (ix, candidate) in candidates {
                        let equal = vm.eq(&candidate, key)?;
                        // As CPython: start again only if `__eq__` resized the table or
                        // replaced this entry; mere insertions elsewhere must not restart
                        // the probe (an `__eq__` that always inserts would loop forever).
                        let t = self.table.borrow();
                        if t.version != version
                            && (t.indices.len() != size
                                || !t
                                    .entries
                                    .get(ix)
                                    .and_then(Option::as_ref)
                                    .is_some_and(|e| e.key.is(&candidate)))
                        {
                            changed = true;
                            break;
                        }
                        drop(t);
                        if equal {
                            return Ok(Some(ix));
                        }
                    }
                    if !changed {
                        return Ok(None);
                    }
                }
            }
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(self.lookup(vm, key, hash)?.map(|ix| {
            self.table.borrow().entries[ix]
                .as_ref()
                .expect("live")
                .value
                .clone()
        }))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.lookup(vm, key, hash)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, key, hash, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.lookup(vm, &key, hash)? {
            Some(ix) => {
                let old = std::mem::replace(
                    &mut self.table.borrow_mut().entries[ix]
                        .as_mut()
                        .expect("live")
                        .value,
                    value,
                );
                drop(old);
            }
            None => self.table.borrow_mut().push_new(hash, key, value),
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was there.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        Ok(match self.lookup(vm, key, hash)? {
            Some(ix) => {
                let e = self.table.borrow_mut().remove_at(ix);
                Some(e.value)
            }
            None => None,
        })
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table.borrow().values()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table.borrow().items()
    }
}
