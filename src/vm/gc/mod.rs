//! The cycle collector (CPython's design, over `Rc`): container objects are tracked in three
//! generations when they are allocated; a collection finds the garbage among one generation
//! and the younger ones by trial deletion, runs the finalizers of what it found (`__del__`,
//! closing suspended generators), then breaks the cycles by clearing the garbage's contents.
//!
//! Reference counting still frees everything that is not in a cycle; the collector only has
//! to find the groups of objects that keep each other alive. For each candidate, `gc_refs`
//! starts at its strong count and loses one for every reference from another candidate:
//! what is left is the number of references from outside (variables, frames, native code,
//! untracked objects). Candidates with outside references, and everything reachable from
//! them, are alive; the rest is unreachable. A reference the traversal misses only makes an
//! object look alive (a leak); so each kind's traversal visits exactly the handles the object
//! owns, and an object whose `RefCell` is borrowed counts as alive and untraversed.
//!
//! Collections run at safe points only: allocation counts past the threshold set a bit of
//! the eval breaker, and the eval loop collects at its next instruction boundary (as
//! CPython 3.12 does), never inside an allocation or a `Drop`. Finalizers run there too.
//!
//! The registry is per interpreter (`State::gc`). An instance (class, function, module) and
//! its `__dict__` are one tracked object (see `objects`). Iterators, properties and
//! static/class methods are not tracked, but a traversal follows them when its object holds
//! their only handle (see `objects::value`). Never collected when in a cycle: native
//! objects' payloads (locks, deques, …), `super` objects, slices, shared iterators or
//! properties, and containers created by native code that does not register them (see
//! `Vm::gc_track_value`'s callers).
//!
//! Cost (issue 12): trial deletion (`trial`) traverses each candidate once and looks
//! addresses up in its own open-addressing table; tuples and bound methods that cannot close
//! a cycle are not tracked. Measured with callgrind, the collector's share of a run (gc on
//! against `gc.disable()`) is about 1% on p05/p07/p09/t5 and about 6% on a shortened
//! t4_pool_map, which keeps tens of thousands of futures alive.

pub mod finalize;
pub mod objects;
pub mod trial;

use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::heap::Rc;
use crate::vm::{Shared, Vm};
pub use finalize::Finalizers;
use objects::{Obj, Tracked};

/// The eval-breaker bit that asks for a collection or for pending finalizers to run.
/// (A high bit, clear of the GIL's own bits.)
pub const BREAKER_BIT: u32 = 1 << 16;

const GENERATIONS: usize = 3;

/// One interpreter's collector: the tracked objects by generation, counts and thresholds.
pub struct Collector {
    generations: [RefCell<Vec<Tracked>>; GENERATIONS],
    /// Generation 0: tracked allocations since its last collection; generation n > 0:
    /// collections of generation n-1 since its last collection (as CPython's counts).
    counts: [Cell<usize>; GENERATIONS],
    thresholds: [Cell<usize>; GENERATIONS],
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// The breaker bit has been set for a collection that has not run yet.
    requested: Cell<bool>,
    /// Objects in the oldest generation after its last collection, and objects that have
    /// survived a generation-1 collection since (CPython 3.11's rule for full collections).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    /// Each generation's length when its dead handles were last dropped.
    pruned_len: [Cell<usize>; GENERATIONS],
    pub finalizers: Rc<Finalizers>,
}

impl Collector {
    pub fn new(shared: Arc<Shared>) -> Collector {
        Collector {
            generations: Default::default(),
            counts: Default::default(),
            thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            requested: Cell::new(false),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            pruned_len: Default::default(),
            finalizers: Rc::new(Finalizers::new(shared)),
        }
    }

    /// Registers a new container; asks for a collection when generation 0 is full.
    #[inline(never)]
    pub fn track(&self, shared: &Shared, t: Tracked) {
        let mut young = self.generations[0].borrow_mut();
        young.push(t);
        if young.len() > 2 * self.pruned_len[0].get() + PRUNE_SLACK {
            // No collection has come for a while (the collector is disabled, or native
            // code allocates without reaching a safe point): drop the dead handles so that
            // their memory goes back.
            prune(&mut young, &self.pruned_len[0]);
        }
        drop(young);
        let n = self.counts[0].get() + 1;
        self.counts[0].set(n);
        let threshold = self.thresholds[0].get();
        if n > threshold && threshold != 0 && self.enabled.get() && !self.requested.get() {
            self.requested.set(true);
            shared
                .gil
                .eval_breaker
                .fetch_or(BREAKER_BIT, Ordering::SeqCst);
        }
    }

    pub fn is_enabled(&self) -> bool {
        self.enabled.get()
    }

    pub fn set_enabled(&self, on: bool) {
        self.enabled.set(on);
    }

    pub fn counts(&self) -> [usize; GENERATIONS] {
        [0, 1, 2].map(|i| self.counts[i].get())
    }

    pub fn thresholds(&self) -> [usize; GENERATIONS] {
        [0, 1, 2].map(|i| self.thresholds[i].get())
    }

    pub fn set_thresholds(&self, t: &[usize]) {
        for (i, &v) in t.iter().enumerate().take(GENERATIONS) {
            self.thresholds[i].set(v);
        }
    }

    /// The oldest generation due for a collection (CPython's `gc_collect_generations`).
    fn due_generation(&self) -> Option<usize> {
        (0..GENERATIONS).rev().find(|&i| {
            self.counts[i].get() > self.thresholds[i].get()
                && self.thresholds[i].get() != 0
                && !(i == GENERATIONS - 1
                    && self.long_lived_pending.get() < self.long_lived_total.get() / 4)
        })
    }
}

impl Vm {
    /// Registers a container the collector should know about (no-op for other values).
    // Out of line (as the other entry points here): kept out of the eval loop's code, and
    // cheap beside the allocation it follows.
    #[inline(never)]
    pub fn gc_track_value(&self, v: &Value) {
        let t = match v {
            Value::List(r) => Tracked::List(Rc::downgrade(r)),
            Value::Tuple(r) => {
                if !r.iter().any(may_hold_cycle) {
                    return;
                }
                Tracked::Tuple(Rc::downgrade(r))
            }
            Value::Dict(r) => {
                if r.gc_tracked_alone.replace(true) {
                    return;
                }
                Tracked::Dict(Rc::downgrade(r))
            }
            Value::Set(r) | Value::FrozenSet(r) => Tracked::Set(Rc::downgrade(r)),
            // Their dicts are counted with them (see `objects`).
            Value::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Value::Class(r) => {
                // Class bodies' namespaces become class dicts: never worth the risk.
                self.gc_track_exposed_dict(&r.dict);
                Tracked::Class(Rc::downgrade(r))
            }
            Value::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Value::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
            Value::BoundMethod(r) => {
                // A lock's `acquire` (a Condition keeps two) cannot be part of a cycle.
                if !may_hold_cycle(&r.self_) && !may_hold_cycle(&r.func) {
                    return;
                }
                Tracked::BoundMethod(Rc::downgrade(r))
            }
            Value::Generator(r) => Tracked::Generator(Rc::downgrade(r)),
            Value::Module(r) => Tracked::Module(Rc::downgrade(r)),
            _ => return,
        };
        self.gc_track(t);
    }

    #[inline(never)]
    pub fn gc_track(&self, t: Tracked) {
        self.state.gc.track(&self.shared, t);
    }

    /// A dict counted with its owner (an instance's `__dict__`, …; see `objects`) is handed
    /// to Python code, so it may come to outlive its owner: from now on it is tracked on its
    /// own as well (in a collection where the owner is a candidate too, it is still counted
    /// with the owner).
    #[cold]
    #[inline(never)]
    pub fn gc_track_exposed_dict(&self, d: &Rc<PyDict>) {
        if !d.gc_tracked_alone.replace(true) {
            self.gc_track(Tracked::Dict(Rc::downgrade(d)));
        }
    }

    /// Registers a closure cell.
    #[inline(never)]
    pub fn gc_track_cell(&self, c: &Rc<crate::objects::function::CellObj>) {
        self.gc_track(Tracked::Cell(Rc::downgrade(c)));
    }
}

/// Whether a tuple item or a bound method's part can be part of a cycle the collector can
/// find (a tuple of strs and numbers cannot; nor can native objects and built-in functions,
/// whose references the collector does not follow). A tuple of such atoms cannot either (one
/// level deep: `dict.items()`-like pairs of pairs stay untracked).
fn may_hold_cycle(v: &Value) -> bool {
    match v {
        Value::Tuple(t) => t
            .iter()
            .any(|v| matches!(v, Value::Tuple(_)) || !is_atom(v)),
        v => !is_atom(v),
    }
}

/// A value that holds no reference the collector follows.
fn is_atom(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Code(_)
            | Value::Native(_)
            | Value::Builtin(_)
            | Value::NotImplemented
            | Value::Ellipsis
    )
}

/// The eval loop's safe point for the collector (its breaker bit was set): collects the
/// generation that is due, then runs pending finalizers.
#[cold]
#[inline(never)]
pub fn safe_point(vm: &mut Vm) {
    vm.shared
        .gil
        .eval_breaker
        .fetch_and(!BREAKER_BIT, Ordering::SeqCst);
    let state = vm.state.clone();
    let gc = &state.gc;
    if gc.requested.replace(false)
        && gc.enabled.get()
        && !gc.collecting.get()
        && let Some(generation) = gc.due_generation()
    {
        collect(vm, generation);
    }
    finalize::run_pending(vm);
}

/// Collects `generation` and the younger ones; returns how many unreachable objects were
/// found (`gc.collect()`'s result). Finalizers of objects freed by the collection run at the
/// next safe point (or when the caller runs `finalize::run_pending`).
#[inline(never)]
pub fn collect(vm: &mut Vm, generation: usize) -> usize {
    let state = vm.state.clone();
    let gc = &state.gc;
    if gc.collecting.get() {
        return 0;
    }
    gc.collecting.set(true);
    let generation = generation.min(GENERATIONS - 1);
    if generation + 1 < GENERATIONS {
        gc.counts[generation + 1].set(gc.counts[generation + 1].get() + 1);
    }
    for i in 0..=generation {
        gc.counts[i].set(0);
    }
    // The candidates, alive for the length of the collection.
    let mut young: Vec<Obj> = Vec::new();
    for i in 0..=generation {
        gc.pruned_len[i].set(0);
        let list = std::mem::take(&mut *gc.generations[i].borrow_mut());
        young.extend(list.iter().filter_map(Tracked::upgrade));
    }
    let verdict = trial::find_unreachable(young);
    let older = (generation + 1).min(GENERATIONS - 1);
    let survivors = verdict.alive.len();
    move_to(
        gc,
        older,
        verdict
            .alive
            .iter()
            .map(Obj::downgrade)
            .chain(verdict.alive_dicts),
    );
    drop(verdict.alive);
    let garbage = verdict.garbage;
    let garbage_dicts = verdict.garbage_dicts;

    // PEP 442: finalizers run before anything is cleared; they may resurrect objects, so
    // the garbage is checked again afterwards and only what is still unreachable is cleared.
    let garbage = if finalize::run_for_garbage(vm, &garbage) {
        let again = trial::find_unreachable(garbage);
        move_to(
            gc,
            older,
            again
                .alive
                .iter()
                .map(Obj::downgrade)
                .chain(again.alive_dicts)
                .chain(garbage_dicts),
        );
        again.garbage
    } else {
        garbage
    };
    // As CPython, resurrected objects do not count as collected.
    let found = garbage.len();
    let mut sink: Vec<Box<dyn std::any::Any>> = Vec::new();
    for o in &garbage {
        o.clear(&mut sink);
    }
    drop(sink);
    drop(garbage);

    match generation {
        2 => {
            gc.long_lived_pending.set(0);
            gc.long_lived_total.set(gc.generations[2].borrow().len());
        }
        1 => gc
            .long_lived_pending
            .set(gc.long_lived_pending.get() + survivors),
        _ => {}
    }
    gc.collecting.set(false);
    found
}

/// Moves survivors to an older generation. Handles of objects freed since they got there
/// are dropped when the generation is collected, or here once it has doubled since it was
/// last pruned (so this stays amortised O(1) per object).
fn move_to(gc: &Collector, generation: usize, objs: impl Iterator<Item = Tracked>) {
    let mut list = gc.generations[generation].borrow_mut();
    list.extend(objs);
    if list.len() > 2 * gc.pruned_len[generation].get() + PRUNE_SLACK {
        prune(&mut list, &gc.pruned_len[generation]);
    }
}

/// How far a generation may grow past twice its length at its last pruning before its
/// dead handles are dropped.
const PRUNE_SLACK: usize = 1024;

/// Drops the handles of freed objects from a generation (which frees their memory: a weak
/// handle keeps an allocation, though not its contents).
#[cold]
#[inline(never)]
fn prune(list: &mut Vec<Tracked>, pruned_len: &Cell<usize>) {
    list.retain(|t| !t.is_dead());
    pruned_len.set(list.len());
}

/// At interpreter exit, as CPython's finalization (where `__main__` and everything only it
/// reaches become one big piece of cyclic garbage): every live object with a finalizer is
/// finalized first, oldest first, while all globals are intact; then `__main__`'s globals are
/// released and a full collection runs. Daemon threads may still be running (each thread
/// state holds the interpreter state): then objects they may use are left alone.
pub fn at_exit(vm: &mut Vm) {
    finalize::run_pending(vm);
    if Rc::strong_count(&vm.state) > 1 {
        return;
    }
    let state = vm.state.clone();
    let live: Vec<Obj> = (0..GENERATIONS)
        .rev()
        .flat_map(|g| {
            state.gc.generations[g]
                .borrow()
                .iter()
                .filter_map(Tracked::upgrade)
                .collect::<Vec<_>>()
        })
        .collect();
    finalize::run_for_garbage(vm, &live);
    drop(live);
    finalize::run_pending(vm);
    if let Some(Value::Module(main)) = state.modules.get_str("__main__") {
        let builtins = main.dict.get_str("__builtins__");
        let old = std::mem::take(&mut *main.dict.table.borrow_mut());
        if let Some(b) = builtins {
            main.dict.set_str("__builtins__", b);
        }
        drop(old);
        finalize::run_pending(vm);
    }
    collect(vm, GENERATIONS - 1);
    finalize::run_pending(vm);
}
