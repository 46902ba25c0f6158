//! The Global Interpreter Lock, and the wrapper that lets Python values cross OS threads.
//!
//! One GIL per interpreter. A thread runs Python code only while it holds the GIL; every
//! blocking operation goes through [`crate::vm::Vm::release_gil_while`], which lets other
//! threads run meanwhile. Switching follows CPython's "new GIL": a waiting thread waits up to
//! the switch interval, then sets a drop request that the holder sees at its next
//! instruction boundary (through the eval breaker) and honours.

use std::marker::PhantomData;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
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
    /// When the GIL last changed hands (how long the holder has had it).
    taken_at: std::time::Instant,
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
    /// `current_thread_id` of the thread holding the GIL, or `NO_HOLDER`: lets a value that
    /// must be freed under the GIL ([`GilBound`]) tell whether it may be.
    holder: AtomicU64,
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
                taken_at: std::time::Instant::now(),
            }),
            cond: Condvar::new(),
            switched: Condvar::new(),
            waiters: AtomicU32::new(0),
            scheduler: std::sync::Arc::new(super::scheduler::RealTime::default()),
            eval_breaker: AtomicU32::new(0),
            forced_switching: AtomicBool::new(true),
            holder: AtomicU64::new(NO_HOLDER),
        }
    }

    pub fn switch_interval(&self) -> Duration {
        self.scheduler.switch_interval()
    }

    pub fn set_switch_interval(&self, d: Duration) {
        self.scheduler.set_switch_interval(d);
    }

    /// Blocks until this thread holds the GIL. Low level: pair it with [`Gil::release`] on
    /// every path, unwinding included ([`HeldGil`] and the blocking door do).
    pub fn acquire(&self) {
        let mut st = self.state.lock();
        if !st.locked {
            st.locked = true;
            st.switches += 1;
            st.taken_at = std::time::Instant::now();
            self.holder
                .store(super::interp::current_thread_id(), Ordering::Relaxed);
            note_acquired();
            // A holder that yielded waits for the GIL to change hands: it just did.
            self.switched.notify_all();
            return;
        }
        self.waiters.fetch_add(1, Ordering::SeqCst);
        while st.locked {
            // Every waiter wakes now and then to check how long the holder has had the
            // GIL, but together they wake about WAKES_PER_INTERVAL times an interval:
            // thousands of waiters each timing out every interval were a storm of wakeups.
            const WAKES_PER_INTERVAL: u32 = 4;
            let interval = self.switch_interval();
            let spread = (self.waiters.load(Ordering::Relaxed) / WAKES_PER_INTERVAL).max(1);
            let period = interval.saturating_mul(spread);
            let timed_out = self.cond.wait_for(&mut st, period).timed_out();
            if timed_out && st.locked && st.taken_at.elapsed() >= interval {
                // The holder kept it for a whole interval: ask it to drop.
                self.eval_breaker
                    .fetch_or(breaker::DROP_REQUEST, Ordering::SeqCst);
            }
        }
        st.locked = true;
        st.switches += 1;
        st.taken_at = std::time::Instant::now();
        self.holder
            .store(super::interp::current_thread_id(), Ordering::Relaxed);
        note_acquired();
        self.waiters.fetch_sub(1, Ordering::SeqCst);
        if self.waiters.load(Ordering::SeqCst) == 0 {
            self.eval_breaker
                .fetch_and(!breaker::DROP_REQUEST, Ordering::SeqCst);
        }
        self.switched.notify_all();
    }

    /// Releases the GIL held by this thread. Low level: see [`Gil::acquire`].
    pub fn release(&self) {
        note_released();
        let mut st = self.state.lock();
        self.holder.store(NO_HOLDER, Ordering::Relaxed);
        st.locked = false;
        self.cond.notify_one();
        drop(st);
    }

    /// Whether the calling OS thread is the one holding this GIL now.
    pub fn is_held_by_current_thread(&self) -> bool {
        self.holder.load(Ordering::Relaxed) == super::interp::current_thread_id()
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
        self.holder.store(NO_HOLDER, Ordering::Relaxed);
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

    /// Acquires the GIL and returns the guard that proves it and releases it when dropped.
    pub fn acquire_held(self: &Arc<Gil>) -> HeldGil {
        self.acquire();
        HeldGil {
            gil: self.clone(),
            _not_send: PhantomData,
        }
    }
}

/// `Gil::holder` when no thread holds the GIL (`current_thread_id` never returns it).
const NO_HOLDER: u64 = 0;

/// The GIL held by the current thread, as a value: proof for what needs the GIL (it is not
/// `Send`, so it stays on the thread that acquired), and the guard that releases the GIL when
/// it is dropped — on every exit path, a panic's unwinding included. A [`crate::vm::Vm`]
/// owns its thread's guard as its last field, so that every Python object the thread state
/// owns is dropped before the GIL goes.
pub struct HeldGil {
    gil: Arc<Gil>,
    _not_send: PhantomData<*const ()>,
}

impl HeldGil {
    /// The GIL this guard holds.
    pub fn gil(&self) -> &Arc<Gil> {
        &self.gil
    }

    /// Runs `f` with the GIL released (the blocking door's core): the GIL is taken back when
    /// `f` returns *or unwinds*, so a panic inside `f` never lets the caller's frames unwind
    /// (dropping their Python objects) without the GIL. `&mut self` keeps the proof from
    /// being used meanwhile; `f: Send` keeps Python objects (`Rc`, not `Send`) and this
    /// guard (not `Send`, and `&HeldGil` is not `Send` either) out of `f`. A [`GilBound`]
    /// can be moved into `f`, but `f` cannot open it without acquiring the GIL itself, and
    /// dropping it unopened leaks rather than frees its contents.
    pub fn released_while<R>(&mut self, f: impl FnOnce() -> R + Send) -> R {
        struct Reacquire<'a>(&'a Gil);
        impl Drop for Reacquire<'_> {
            fn drop(&mut self) {
                self.0.acquire();
            }
        }
        self.gil.release();
        let _reacquire = Reacquire(&self.gil);
        f()
    }
}

impl Drop for HeldGil {
    fn drop(&mut self) {
        self.gil.release();
    }
}

/// Values owned by one thread's Python objects, moved to another thread (a new thread's
/// target and arguments). Opened only by a thread holding the same interpreter's GIL.
///
/// Dropped unopened (a closure moved into the blocking door, a thread that ends before it
/// opens its payload), the contents are freed only if the dropping thread holds the GIL;
/// otherwise they are leaked, which is safe, and debug builds fail loudly.
pub struct GilBound<T> {
    /// `None` once opened.
    value: Option<T>,
    /// The interpreter whose GIL guards `value`.
    gil: Arc<Gil>,
}

// SAFETY: a `GilBound<T>` is moved between OS threads, and `T` (Rc-based Python objects) is not
// `Send` because its reference counts are not atomic. That is sound because nothing can touch
// the `T` except under the GIL of the interpreter it belongs to:
// - `new` needs a `HeldGil` proof (the GIL is held while the value is wrapped) and records
//   which interpreter's GIL;
// - `into_inner`, the only way to reach the `T`, needs a `HeldGil` for that same GIL (checked,
//   so a proof for one interpreter cannot open another's values);
// - `Drop` frees the `T` only if the dropping thread holds that GIL right now; otherwise it
//   leaks it (never a data race, at worst a leak);
// - no `&T` is ever handed out, so `GilBound<T>: Sync` is not needed and not implemented.
// The GIL's mutex orders the accesses of successive holders (release/acquire give the
// happens-before edges), exactly as CPython's objects rely on it.
unsafe impl<T> Send for GilBound<T> {}

impl<T> GilBound<T> {
    /// Wraps a value; the proof says the GIL is held.
    pub fn new(value: T, held: &HeldGil) -> GilBound<T> {
        GilBound {
            value: Some(value),
            gil: held.gil.clone(),
        }
    }

    /// Unwraps on the receiving thread, which holds the same interpreter's GIL.
    pub fn into_inner(mut self, held: &HeldGil) -> T {
        assert!(
            Arc::ptr_eq(&self.gil, &held.gil),
            "pyth internal error: a value bound to one interpreter's GIL was opened with another's"
        );
        self.value.take().expect("a GilBound is opened once")
    }
}

impl<T> Drop for GilBound<T> {
    fn drop(&mut self) {
        let Some(value) = self.value.take() else {
            return;
        };
        if self.gil.is_held_by_current_thread() {
            drop(value);
        } else {
            // Leaking is safe; freeing Python objects without the GIL is not.
            std::mem::forget(value);
            debug_assert!(
                std::thread::panicking(),
                "pyth internal error: Python values dropped unopened by a thread without the GIL (leaked)"
            );
        }
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
