//! `set` and `frozenset`: CPython's open-addressing table (linear probes, then perturbed
//! jumps) reproduced exactly, so that iteration order matches CPython's — programs print
//! sets of small ints and expect `{1, 2, 3}`.

use std::cell::RefCell;

use super::dict::{fast_eq, next_slot};
use super::value::Value;
use crate::vm::{PyResult, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

#[derive(Clone)]
pub struct SetTable {
    table: Vec<Slot>,
    /// Active entries.
    used: usize,
    /// Active plus dummy entries.
    fill: usize,
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            table: vec![Slot::Empty; MINSIZE],
            used: 0,
            fill: 0,
            version: 0,
        }
    }
}

enum Probe {
    Found,
    /// Not present: the index of the empty (or first dummy) slot to fill.
    Free(usize),
    /// Keys with the same hash whose equality needs Python code.
    Ask(Vec<Value>),
}

impl SetTable {
    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    fn probe(&self, key: &Value, hash: i64) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        let mut ask = Vec::new();
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let idx = i + j;
                match &self.table[idx] {
                    Slot::Empty => {
                        if !ask.is_empty() {
                            return Probe::Ask(ask);
                        }
                        return Probe::Free(freeslot.unwrap_or(idx));
                    }
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(idx);
                        }
                    }
                    Slot::Full(h, k) => {
                        if *h == hash {
                            match fast_eq(k, key) {
                                Some(true) => return Probe::Found,
                                Some(false) => {}
                                None => ask.push(k.clone()),
                            }
                        }
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        table[i + j] = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        for slot in old {
            if let Slot::Full(h, k) = slot {
                Self::insert_clean(&mut self.table, h, k);
            }
        }
        self.fill = self.used;
    }

    /// Inserts a key known to be absent, at the slot the probe found.
    fn add_at(&mut self, idx: usize, hash: i64, key: Value) {
        let was_empty = matches!(self.table[idx], Slot::Empty);
        self.table[idx] = Slot::Full(hash, key);
        self.used += 1;
        self.version += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= self.mask() * 3 {
                let n = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(n);
            }
        }
    }

    fn remove_found(
        &mut self,
        key: &Value,
        hash: i64,
        vm_eq: &mut dyn FnMut(&Value) -> bool,
    ) -> bool {
        for slot in self.table.iter_mut() {
            if let Slot::Full(h, k) = slot
                && *h == hash
                && (fast_eq(k, key) == Some(true) || vm_eq(k))
            {
                *slot = Slot::Dummy;
                self.used -= 1;
                self.version += 1;
                return true;
            }
        }
        false
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn items(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Full(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// The keys, borrowed (the cycle collector's traversal).
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Full(_, k) => Some(k),
            _ => None,
        })
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// `set_merge` when this table is empty: CPython copies the other table's layout.
    pub fn copy_from(&mut self, other: &SetTable) {
        if self.used == 0 && self.fill == 0 {
            if other.fill == other.used {
                // Same layout, dummies absent: copy slot for slot (possibly resizing first).
                if self.table.len() == other.table.len() {
                    self.table = other.table.clone();
                    self.used = other.used;
                    self.fill = other.fill;
                    self.version += 1;
                    return;
                }
            }
            if (other.used) * 5 >= self.mask() * 3 {
                self.resize(other.used * 2);
            }
            for (h, k) in other.hashed_items() {
                Self::insert_clean(&mut self.table, h, k);
            }
            self.used = other.used;
            self.fill = other.used;
            self.version += 1;
        }
    }

    /// CPython's `set_merge`/dict-update pre-resize before adding `other_used` entries.
    pub fn reserve_merge(&mut self, other_used: usize) {
        if (self.fill + other_used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other_used) * 2);
        }
    }

    /// After `difference_update`: resize dummies away when more than a quarter are dummies.
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let n = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(n);
        }
    }

    pub fn pop_first(&mut self) -> Option<Value> {
        for slot in self.table.iter_mut() {
            if let Slot::Full(_, _) = slot {
                let Slot::Full(_, k) = std::mem::replace(slot, Slot::Dummy) else {
                    unreachable!()
                };
                self.used -= 1;
                self.version += 1;
                return Some(k);
            }
        }
        None
    }

    pub fn clear(&mut self) {
        let v = self.version + 1;
        *self = SetTable::default();
        self.version = v;
    }
}

#[derive(Default)]
pub struct PySet {
    pub table: RefCell<SetTable>,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().items()
    }

    fn lookup(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Result<(), usize>> {
        loop {
            let probe = self.table.borrow().probe(key, hash);
            match probe {
                Probe::Found => return Ok(Ok(())),
                Probe::Free(i) => return Ok(Err(i)),
                Probe::Ask(candidates) => {
                    // As CPython: only a resize during `__eq__` restarts the probe (an
                    // `__eq__` that always inserts elsewhere must not loop forever).
                    let size = self.table.borrow().table.len();
                    let resized = |s: &Self| s.table.borrow().table.len() != size;
                    for c in candidates {
                        if vm.eq(&c, key)? {
                            return Ok(Ok(()));
                        }
                        if resized(self) {
                            break;
                        }
                    }
                    if !resized(self) {
                        // None equal: find the free slot ignoring those candidates.
                        let t = self.table.borrow();
                        let mask = t.mask();
                        let mut perturb = hash as u64;
                        let mut i = (hash as u64 as usize) & mask;
                        let mut freeslot = None;
                        loop {
                            let probes = if i + LINEAR_PROBES <= mask {
                                LINEAR_PROBES
                            } else {
                                0
                            };
                            for j in 0..=probes {
                                match &t.table[i + j] {
                                    Slot::Empty => return Ok(Err(freeslot.unwrap_or(i + j))),
                                    Slot::Dummy if freeslot.is_none() => freeslot = Some(i + j),
                                    _ => {}
                                }
                            }
                            i = next_slot(i, &mut perturb, mask);
                        }
                    }
                }
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.lookup(vm, key, hash)?.is_ok())
    }

    /// Adds `key`; returns false if it was already present.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, key, hash)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        match self.lookup(vm, &key, hash)? {
            Ok(()) => Ok(false),
            Err(idx) => {
                self.table.borrow_mut().add_at(idx, hash, key);
                Ok(true)
            }
        }
    }

    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        if self.lookup(vm, key, hash)?.is_err() {
            return Ok(false);
        }
        // Present: find the slot (identity/fast equality, else Python equality).
        let candidates: Vec<Value> = self
            .table
            .borrow()
            .hashed_items()
            .into_iter()
            .filter(|(h, _)| *h == hash)
            .map(|(_, k)| k)
            .collect();
        let mut target = None;
        for c in candidates {
            if fast_eq(&c, key) == Some(true) || vm.eq(&c, key)? {
                target = Some(c);
                break;
            }
        }
        let Some(target) = target else {
            return Ok(false);
        };
        Ok(self
            .table
            .borrow_mut()
            .remove_found(&target, hash, &mut |k| k.is(&target)))
    }

    /// CPython's frozenset hash.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let t = self.table.borrow();
        let mut hash: u64 = 0;
        for (h, _) in t.hashed_items() {
            hash ^= shuffle(h as u64);
        }
        hash ^= ((t.used as u64) + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}
