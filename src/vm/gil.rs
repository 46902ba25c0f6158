//! The Global Interpreter Lock, and the wrapper that lets Python values cross OS threads.
//!
//! One GIL per interpreter. A thread runs Python code only while it holds the GIL; every
//! blocking operation goes through [`crate::vm::Vm::release_gil_while`], which lets other
//! threads run meanwhile. Switching follows CPython's "new GIL": a waiting thread waits up to
//! the switch interval, then sets a drop request that the holder sees at its next
//! instruction boundary (through the eval breaker) and honours.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

/// Bits of the eval breaker: the one atomic word the eval loop checks at every instruction.
pub mod breaker {
    /// Another thread is waiting for the GIL and asked the holder to drop it.
    pub const DROP_REQUEST: u32 = 1;
    /// A signal (Ctrl-C) arrived: raise KeyboardInterrupt in the main thread.
    pub const SIGNAL: u32 = 2;
    /// Some thread has a pending asynchronous exception or interrupt request.
    pub const INTERRUPT: u32 = 4;
}

struct GilState {
    locked: bool,
    /// Incremented each time the GIL changes hands, so a releasing holder can tell that a
    /// waiter really took it before trying again.
    switches: u64,
}

pub struct Gil {
    state: Mutex<GilState>,
    cond: Condvar,
    /// Signalled when the GIL changes hands (for "don't take it back before a waiter had it").
    switched: Condvar,
    waiters: AtomicU32,
    /// The switching policy and clock (see `scheduler.rs`).
    pub scheduler: std::sync::Arc<dyn super::scheduler::Scheduler>,
    pub eval_breaker: AtomicU32,
    /// Set by a releasing holder that was asked to drop: it must not re-take the GIL before
    /// the number of switches has moved.
    forced_switching: AtomicBool,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    pub fn new() -> Gil {
        Gil {
            state: Mutex::new(GilState {
                locked: false,
                switches: 0,
            }),
            cond: Condvar::new(),
            switched: Condvar::new(),
            waiters: AtomicU32::new(0),
            scheduler: std::sync::Arc::new(super::scheduler::RealTime::default()),
            eval_breaker: AtomicU32::new(0),
            forced_switching: AtomicBool::new(true),
        }
    }

    pub fn switch_interval(&self) -> Duration {
        self.scheduler.switch_interval()
    }

    pub fn set_switch_interval(&self, d: Duration) {
        self.scheduler.set_switch_interval(d);
    }

    /// Blocks until this thread holds the GIL.
    pub fn acquire(&self) {
        let mut st = self.state.lock();
        if !st.locked {
            st.locked = true;
            st.switches += 1;
            note_acquired();
            return;
        }
        self.waiters.fetch_add(1, Ordering::SeqCst);
        while st.locked {
            let switches = st.switches;
            let timed_out = self
                .cond
                .wait_for(&mut st, self.switch_interval())
                .timed_out();
            if timed_out && st.locked && st.switches == switches {
                // The holder kept it for a whole interval: ask it to drop.
                self.eval_breaker
                    .fetch_or(breaker::DROP_REQUEST, Ordering::SeqCst);
            }
        }
        st.locked = true;
        st.switches += 1;
        note_acquired();
        self.waiters.fetch_sub(1, Ordering::SeqCst);
        if self.waiters.load(Ordering::SeqCst) == 0 {
            self.eval_breaker
                .fetch_and(!breaker::DROP_REQUEST, Ordering::SeqCst);
        }
        self.switched.notify_all();
    }

    /// Releases the GIL held by this thread.
    pub fn release(&self) {
        note_released();
        let mut st = self.state.lock();
        st.locked = false;
        self.cond.notify_one();
        drop(st);
    }

    /// Honours a drop request: releases, waits until another thread has taken the GIL (so
    /// the same thread cannot win it straight back), and re-acquires.
    pub fn yield_to_waiter(&self) {
        let mut st = self.state.lock();
        self.eval_breaker
            .fetch_and(!breaker::DROP_REQUEST, Ordering::SeqCst);
        if self.waiters.load(Ordering::SeqCst) == 0 {
            return;
        }
        let before = st.switches;
        note_released();
        st.locked = false;
        self.cond.notify_one();
        if self.forced_switching.load(Ordering::Relaxed) {
            while st.switches == before && self.waiters.load(Ordering::SeqCst) > 0 {
                self.switched.wait(&mut st);
            }
        }
        drop(st);
        self.acquire();
    }
}

/// A value owned by one thread's Python objects, moved to another thread (a new thread's
/// target and arguments, a result handed back). Only opened by a thread holding the GIL.
pub struct GilBound<T>(T);

// SAFETY: the contents (Rc-based Python objects) are only created and opened by threads that
// hold the interpreter's GIL, which serialises every access to them and orders those accesses
// (the GIL's mutex gives the happens-before edges), exactly as CPython's objects rely on it.
unsafe impl<T> Send for GilBound<T> {}

impl<T> GilBound<T> {
    /// Wraps a value; the proof says the GIL is held.
    pub fn new(value: T, _held: &HeldGil) -> GilBound<T> {
        GilBound(value)
    }

    /// Unwraps on the receiving thread, which holds the GIL.
    pub fn into_inner(self, _held: &HeldGil) -> T {
        self.0
    }
}

/// Proof that the current thread holds the GIL: made by [`Gil::acquire_held`], not `Send`.
pub struct HeldGil(std::marker::PhantomData<*const ()>);

impl Gil {
    /// Acquires the GIL and returns the proof of holding it.
    pub fn acquire_held(&self) -> HeldGil {
        self.acquire();
        HeldGil(std::marker::PhantomData)
    }
}

/// How many GILs this OS thread holds, or `RELEASED` once it has given its last one up.
/// Only the debug check reads it: a thread that never held a GIL (a unit test, the parser's
/// thread) may use objects of its own; a thread that released its GIL may not touch any.
#[cfg(debug_assertions)]
mod held_count {
    use std::cell::Cell;

    pub const NEVER: i32 = 0;
    pub const RELEASED: i32 = -1;

    thread_local! {
        pub static HELD: Cell<i32> = const { Cell::new(NEVER) };
    }
}

#[inline]
fn note_acquired() {
    #[cfg(debug_assertions)]
    held_count::HELD.with(|h| h.set(h.get().max(0) + 1));
}

#[inline]
fn note_released() {
    #[cfg(debug_assertions)]
    held_count::HELD.with(|h| {
        let n = h.get() - 1;
        h.set(if n <= 0 { held_count::RELEASED } else { n });
    });
}

/// Marks a new Python thread as not holding the GIL yet, so that touching an object before
/// it acquires the GIL is caught like touching one after releasing it.
#[inline]
pub fn note_thread_starts_without_gil() {
    #[cfg(debug_assertions)]
    held_count::HELD.with(|h| h.set(held_count::RELEASED));
}

/// The debug-build check behind [`crate::objects::heap::Rc`]: panics when a heap object is
/// created, cloned or dropped by a thread that has released its GIL.
#[inline]
pub fn debug_check_gil(what: &str) {
    #[cfg(debug_assertions)]
    {
        let held = held_count::HELD
            .try_with(|h| h.get())
            .unwrap_or(held_count::NEVER);
        if held == held_count::RELEASED {
            panic!(
                "pyth internal error: a Python object was {what} by a thread that does not hold the GIL"
            );
        }
    }
    #[cfg(not(debug_assertions))]
    let _ = what;
}
