//! Finalizers: `__del__` (once per object, as PEP 442) and closing a suspended generator
//! (its `finally` blocks and `__exit__`s run), for cyclic garbage found by a collection and
//! for objects whose last reference went away.
//!
//! A finalizer is Python code, so it never runs inside a `Drop` or in the middle of native
//! code (cells may be borrowed, invariants half-restored). When the last handle of an
//! instance whose class has `__del__`, or of a generator suspended inside `try`/`with`, is
//! dropped, the `heap::Rc` drop hook gives the object (still the same object: its identity
//! is kept) to this queue and sets the collector's eval-breaker bit; the eval loop runs the
//! queue at its next instruction boundary. Exceptions raised by finalizers are reported as
//! CPython's "Exception ignored in: ..." and otherwise ignored.

use foldhash::HashSet;
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::objects::Obj;
use crate::objects::Value;
use crate::objects::class::Instance;
use crate::objects::heap::Rc;
use crate::vm::generator::Generator;
use crate::vm::{PyErr, Shared, Vm};

/// One interpreter's finalizer queue.
pub struct Finalizers {
    pending: RefCell<Vec<Value>>,
    /// Addresses of live instances whose `__del__` has run (it never runs twice). An address
    /// leaves the set when its instance is freed.
    finalized: RefCell<HashSet<usize>>,
    running: Cell<bool>,
    shared: Arc<Shared>,
}

impl Finalizers {
    pub fn new(shared: Arc<Shared>) -> Finalizers {
        Finalizers {
            pending: RefCell::new(Vec::new()),
            finalized: RefCell::new(HashSet::default()),
            running: Cell::new(false),
            shared,
        }
    }

    fn schedule(&self, v: Value) {
        if let Ok(mut p) = self.pending.try_borrow_mut() {
            p.push(v);
            self.shared
                .gil
                .eval_breaker
                .fetch_or(super::BREAKER_BIT, Ordering::SeqCst);
        }
    }
}

fn instance_addr(i: &Rc<Instance>) -> usize {
    Rc::as_ptr(i) as *const () as usize
}

/// The drop hook for the last handle of an instance: queues it when its class has
/// `__del__` that has not run yet.
pub fn instance_dropped(inst: Rc<Instance>) {
    // Weak references with callbacks wait for deaths (src/modules/weakref.rs).
    crate::modules::weakref::instance_died();
    let fin = match inst.class.try_borrow() {
        Ok(class) => match &class.finalizers {
            Some(f) => f.clone(),
            None => return,
        },
        Err(_) => return,
    };
    let addr = instance_addr(&inst);
    match fin.finalized.try_borrow_mut() {
        Ok(mut done) => {
            if done.remove(&addr) {
                // Finalized already: this is its real end.
                return;
            }
        }
        Err(_) => return,
    }
    fin.schedule(Value::Instance(inst));
}

/// The drop hook for the last handle of a generator: queues it for `close()` when it is
/// suspended inside a `try`, `with` or `except` block.
pub fn generator_dropped(g: Rc<Generator>) {
    if needs_close(&g) {
        let fin = g.finalizers.clone();
        fin.schedule(Value::Generator(g));
    }
}

fn needs_close(g: &Generator) -> bool {
    g.started.get()
        && !g.running.get()
        && g.frame
            .try_borrow()
            .is_ok_and(|f| f.as_ref().is_some_and(|f| !f.blocks.is_empty()))
}

/// Runs the finalizers of a collection's garbage (before it is cleared); returns whether
/// any ran (the garbage must then be checked again for resurrected objects).
pub fn run_for_garbage(vm: &mut Vm, garbage: &[Obj]) -> bool {
    let mut todo = Vec::new();
    for o in garbage {
        match o {
            Obj::Instance(i) => {
                let fin = i.class.try_borrow().ok().and_then(|c| c.finalizers.clone());
                if let Some(fin) = fin
                    && !fin.finalized.borrow().contains(&instance_addr(i))
                {
                    todo.push(Value::Instance(i.clone()));
                }
            }
            Obj::Generator(g) if needs_close(g) => todo.push(Value::Generator(g.clone())),
            _ => {}
        }
    }
    if todo.is_empty() {
        return false;
    }
    let saved = enter(vm);
    for v in todo {
        run_one(vm, v);
    }
    leave(vm, saved);
    true
}

/// Runs every queued finalizer (and those their objects' freeing queues in turn).
pub fn run_pending(vm: &mut Vm) {
    let fin = vm.state.gc.finalizers.clone();
    if fin.running.get() {
        return;
    }
    fin.running.set(true);
    let saved = enter(vm);
    loop {
        let batch = match fin.pending.try_borrow_mut() {
            Ok(mut p) => std::mem::take(&mut *p),
            Err(_) => break,
        };
        if batch.is_empty() {
            break;
        }
        for v in batch {
            run_one(vm, v);
        }
    }
    leave(vm, saved);
    fin.running.set(false);
}

type SavedState = (Vec<Value>, bool, Option<Rc<crate::objects::dict::PyDict>>);

/// A finalizer runs as if nothing were being handled (no implicit exception chaining), and
/// leaves the interrupted code's state as it found it.
fn enter(vm: &mut Vm) -> SavedState {
    (
        std::mem::take(&mut vm.handled),
        std::mem::replace(&mut vm.reraising, false),
        vm.current_globals.clone(),
    )
}

fn leave(vm: &mut Vm, (handled, reraising, globals): SavedState) {
    vm.handled = handled;
    vm.reraising = reraising;
    vm.current_globals = globals;
}

fn run_one(vm: &mut Vm, v: Value) {
    match &v {
        Value::Instance(i) => {
            let class = i.class();
            if let Some(fin) = &class.finalizers {
                fin.finalized.borrow_mut().insert(instance_addr(i));
            }
            let Some(del) = class.lookup("__del__") else {
                return;
            };
            let result = vm
                .bind_descriptor(del.clone(), &v, &class)
                .and_then(|bound| vm.call0(&bound, &[]));
            if let Err(e) = result {
                report_ignored(vm, &del, &e);
            }
        }
        Value::Generator(g) => {
            if !needs_close(g) {
                return;
            }
            let result = vm
                .get_attr(&v, "close")
                .and_then(|close| vm.call0(&close, &[]));
            if let Err(e) = result {
                report_ignored(vm, &v, &e);
            }
        }
        _ => {}
    }
}

/// CPython's report of an exception that cannot propagate (`PyErr_WriteUnraisable`): the
/// exception and its traceback, without its chain.
pub(crate) fn report_ignored(vm: &mut Vm, obj: &Value, e: &PyErr) {
    let what = vm.repr(obj).unwrap_or_else(|_| "<object>".into());
    let mut text = format!("Exception ignored in: {what}\n");
    vm.format_one(&e.value(), &mut text);
    let _ = vm.write_stderr(&text);
}
