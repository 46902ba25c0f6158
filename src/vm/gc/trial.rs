//! Trial deletion: which of a collection's candidates are reachable only from each other.
//!
//! For each candidate, `gc_refs` starts at its handles (strong references, less the
//! collection's own) and loses one for every reference from another candidate: what is left
//! is the number of references from outside (variables, frames, native code, untracked
//! objects). Candidates with outside references, and everything reachable from them, are
//! alive; the rest is unreachable. Each candidate is traversed once: the references between
//! candidates found while counting are kept for the reachability pass.

use super::objects::{Obj, Tracked};

/// Candidate numbers by object address, for the length of one collection: an open-addressing
/// table (linear probing, at most half full). Lookups are what trial deletion does most (one
/// per reference it follows), and heap addresses need no general-purpose hash.
struct AddrIndex {
    /// Address and candidate number; address 0 marks a free slot.
    slots: Vec<(usize, u32)>,
    mask: usize,
    /// 64 less log2 of the table size: the product's top bits pick the slot.
    shift: u32,
    len: usize,
}

impl AddrIndex {
    fn with_capacity(n: usize) -> AddrIndex {
        let size = (n * 2).max(16).next_power_of_two();
        AddrIndex {
            slots: vec![(0, 0); size],
            mask: size - 1,
            shift: 64 - size.trailing_zeros(),
            len: 0,
        }
    }

    #[inline]
    fn slot_of(&self, addr: usize) -> usize {
        // Fibonacci hashing: nearby addresses land far apart.
        ((addr as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, addr: usize) -> Option<u32> {
        let mut i = self.slot_of(addr);
        loop {
            let (a, j) = self.slots[i];
            if a == addr {
                return Some(j);
            }
            if a == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Inserts `addr` unless it is there already; returns whether it was inserted.
    fn insert(&mut self, addr: usize, j: u32) -> bool {
        debug_assert!(addr != 0);
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mut i = self.slot_of(addr);
        loop {
            let (a, _) = self.slots[i];
            if a == addr {
                return false;
            }
            if a == 0 {
                self.slots[i] = (addr, j);
                self.len += 1;
                return true;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[cold]
    fn grow(&mut self) {
        let old = std::mem::take(&mut self.slots);
        *self = AddrIndex::with_capacity(old.len());
        for (a, j) in old {
            if a != 0 {
                self.insert(a, j);
            }
        }
    }
}

/// What trial deletion decided about a collection's candidates.
pub struct Verdict {
    pub garbage: Vec<Obj>,
    pub alive: Vec<Obj>,
    /// Dicts that are tracked on their own but were counted with their owner (also a
    /// candidate), when the owner is alive: they stay tracked.
    pub alive_dicts: Vec<Tracked>,
    /// The same, for owners that are garbage (needed again if a finalizer resurrects them).
    pub garbage_dicts: Vec<Tracked>,
}

/// Decides which of `objs` are unreachable. Each object is one candidate however often it
/// was tracked; a dict tracked on its own whose owner is a candidate too is counted with its
/// owner.
pub fn find_unreachable(objs: Vec<Obj>) -> Verdict {
    // Candidate number by address: a unit's two addresses both map to it (see `objects`).
    let mut index = AddrIndex::with_capacity(objs.len() * 2);
    let mut candidates: Vec<Obj> = Vec::with_capacity(objs.len());
    // Owners first, so that their dicts are recognised when they come.
    let (owners, others): (Vec<Obj>, Vec<Obj>) =
        objs.into_iter().partition(|o| o.owned_dict().is_some());
    for o in owners {
        let n = candidates.len() as u32;
        if !index.insert(o.addr(), n) {
            continue; // tracked twice
        }
        if let Some(d) = o.owned_dict_addr() {
            index.insert(d, n);
        }
        candidates.push(o);
    }
    // A dict tracked on its own, counted with its owner: it follows the owner's fate. Only a
    // weak handle is kept meanwhile (a strong one would count as a reference from outside).
    let mut owned_dicts: Vec<(Tracked, u32)> = Vec::new();
    for o in others {
        let addr = o.addr();
        match index.get(addr) {
            None => {
                index.insert(addr, candidates.len() as u32);
                candidates.push(o);
            }
            Some(j) => {
                if matches!(o, Obj::Dict(_))
                    && candidates[j as usize].owned_dict_addr() == Some(addr)
                {
                    owned_dicts.push((o.downgrade(), j));
                }
                // Otherwise tracked twice: the first handle stands for it.
            }
        }
    }
    let objs = candidates;
    let n = objs.len();
    let mut gc_refs: Vec<i64> = objs.iter().map(|o| o.handles() as i64).collect();
    // References between candidates, by candidate: from `starts[i]` to `starts[i + 1]`.
    let mut edges: Vec<u32> = Vec::with_capacity(n * 2);
    let mut starts: Vec<usize> = Vec::with_capacity(n + 1);
    let mut opaque = vec![false; n];
    for (i, o) in objs.iter().enumerate() {
        starts.push(edges.len());
        let complete = o.traverse(&mut |addr| {
            if let Some(j) = index.get(addr) {
                gc_refs[j as usize] -= 1;
                edges.push(j);
            }
        });
        opaque[i] = !complete;
    }
    starts.push(edges.len());
    drop(index);
    let consistent = gc_refs.iter().all(|&r| r >= 0);
    debug_assert!(
        consistent,
        "cycle collector: a traversal over-counted references"
    );
    let mut reachable: Vec<bool> = if consistent {
        (0..n).map(|i| gc_refs[i] > 0 || opaque[i]).collect()
    } else {
        // A traversal reported a reference its object does not own: trust nothing.
        vec![true; n]
    };
    // Everything reachable from an object with outside references is alive.
    let mut stack: Vec<usize> = (0..n).filter(|&i| reachable[i]).collect();
    while let Some(i) = stack.pop() {
        for &j in &edges[starts[i]..starts[i + 1]] {
            let j = j as usize;
            if !reachable[j] {
                reachable[j] = true;
                stack.push(j);
            }
        }
    }
    let (alive_dicts, garbage_dicts): (Vec<_>, Vec<_>) = owned_dicts
        .into_iter()
        .partition(|&(_, j)| reachable[j as usize]);
    let (alive, garbage): (Vec<_>, Vec<_>) = objs.into_iter().zip(reachable).partition(|&(_, r)| r);
    Verdict {
        garbage: garbage.into_iter().map(|(o, _)| o).collect(),
        alive: alive.into_iter().map(|(o, _)| o).collect(),
        alive_dicts: alive_dicts.into_iter().map(|(t, _)| t).collect(),
        garbage_dicts: garbage_dicts.into_iter().map(|(t, _)| t).collect(),
    }
}
