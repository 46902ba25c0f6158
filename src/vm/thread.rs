//! Starting OS threads that run Python code, and the interruptible waits they block in.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use std::panic::{AssertUnwindSafe, catch_unwind};

use super::gil::{GilBound, breaker, note_thread_starts_without_gil};
use super::interp::THREAD_STACK_SIZE;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::function::{Args, NativeFn};

/// How a blocking wait ended.
#[derive(Debug, PartialEq, Eq)]
pub enum WaitResult {
    Done,
    TimedOut,
    /// Ctrl-C arrived while the main thread waited.
    Interrupted,
}

impl Vm {
    /// Starts `func(*args, **kwargs)` on a new OS thread; returns the thread's identity.
    /// An exception escaping `func` is printed as CPython's `_thread` does; so is a Rust
    /// panic, as a `SystemError` (see [`Vm::internal_error`]).
    pub fn start_thread(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
    ) -> PyResult<u64> {
        let ident = self.shared.next_ident.fetch_add(1, Ordering::SeqCst);
        let state = GilBound::new(self.state.clone(), &self.held);
        let target = GilBound::new((func, args, kwnames), &self.held);
        let shared = self.shared.clone();
        // A stack too small for the reserve could not run even threading's bootstrap.
        let stack_size = match self.shared.thread_stack_size.load(Ordering::Relaxed) {
            0 => THREAD_STACK_SIZE,
            n => n.max(4 * STACK_RESERVE),
        };
        let spawned = std::thread::Builder::new()
            .name(format!("pyth-{ident}"))
            .stack_size(stack_size)
            .spawn(move || {
                note_thread_starts_without_gil();
                PANICS_REPORTED_AS_PYTHON.set(true);
                let stack_floor = stack_floor(stack_size);
                // Declared first, so dropped last: the guard inside the Vm releases the GIL
                // after everything Python this thread owns is gone (its locals, the target,
                // its result), on every path.
                let held = shared.gil.acquire_held();
                let state = state.into_inner(&held);
                let mut vm = Vm::new_thread(shared, state, held, ident);
                vm.stack_floor = stack_floor;
                // Everything Python is created and dropped inside, with the GIL held; a
                // panic that escapes even the native-call boundary stops here.
                let outcome = catch_unwind(AssertUnwindSafe(|| vm.run_thread_target(target)));
                if let Err(panic) = outcome {
                    vm.recover_from_panic();
                    let err = vm.internal_error(panic);
                    vm.report_thread_exception(None, &err);
                }
                // `vm` drops here: its sentinels are released (the thread counts as
                // finished for `join`), then its GIL guard releases the GIL.
            });
        match spawned {
            Ok(_) => Ok(ident),
            Err(e) => Err(self.runtime_error(format!("can't start new thread: {e}"))),
        }
    }

    /// The body of a new thread: calls the target and reports what escapes it.
    fn run_thread_target(&mut self, target: GilBound<(Value, Vec<Value>, Vec<Value>)>) {
        let (func, args, kwnames) = target.into_inner(&self.held);
        let result = self.call(
            &func,
            &Args {
                args: &args,
                kwnames: &kwnames,
            },
        );
        if let Err(e) = result {
            self.report_thread_exception(Some(&func), &e);
        }
    }

    /// Prints an exception that ended a `_thread` thread, as CPython does (`SystemExit` ends
    /// the thread silently).
    fn report_thread_exception(&mut self, func: Option<&Value>, e: &super::PyErr) {
        if e.is_instance_of(&self.types().system_exit.clone()) {
            return;
        }
        let r = match func {
            Some(f) => self.repr(f).unwrap_or_default(),
            None => "<unknown>".to_string(),
        };
        let text = self.format_exception(e);
        let _ = self.write_stderr(&format!(
            "Exception ignored in thread started by: {r}\n{text}"
        ));
    }

    /// The Python exception a Rust panic becomes: `SystemError("pyth internal error: ...")`.
    pub fn internal_error(&self, panic: Box<dyn std::any::Any + Send>) -> super::PyErr {
        let msg = panic_message(&*panic);
        // Dropped here, with the GIL held (a panic payload is `Send`: never Python objects).
        drop(panic);
        let msg = if msg.starts_with("pyth internal error") {
            msg
        } else {
            format!("pyth internal error: {msg}")
        };
        let class = self
            .types()
            .by_name
            .get("SystemError")
            .cloned()
            .unwrap_or_else(|| self.types().runtime_error.clone());
        self.new_error(&class, msg)
    }

    /// How deep this thread's interpreter stacks are now, to restore after a panic.
    #[inline]
    pub fn unwind_marks(&self) -> UnwindMarks {
        UnwindMarks {
            frames: self.frames.len(),
            depth: self.depth,
            native_depth: self.native_depth.get(),
            handled: self.handled.len(),
            repr_stack: self.repr_stack.len(),
            repr_depth: self.repr_depth,
        }
    }

    /// After a panic was caught: drops what the unwound code left on this thread's stacks
    /// above `marks` (with the GIL held), so that the thread can go on running Python.
    pub fn restore_unwind_marks(&mut self, marks: &UnwindMarks) {
        self.frames.truncate(marks.frames);
        self.depth = marks.depth;
        self.native_depth.set(marks.native_depth);
        self.handled.truncate(marks.handled);
        self.repr_stack.truncate(marks.repr_stack);
        self.repr_depth = marks.repr_depth;
        self.reraising = false;
    }

    /// After a panic escaped to the bottom of a thread: empties its interpreter stacks.
    pub fn recover_from_panic(&mut self) {
        self.restore_unwind_marks(&UnwindMarks::default());
    }

    /// Calls a native function, turning a Rust panic inside it into a Python
    /// `SystemError`, so that Python `finally` blocks and handlers still run. Unwinding costs
    /// nothing until something panics.
    #[inline]
    pub fn call_native(&mut self, f: NativeFn, args: &Args) -> PyResult<Value> {
        let marks = self.unwind_marks();
        match catch_unwind(AssertUnwindSafe(|| f(self, args))) {
            Ok(r) => r,
            #[cfg(debug_assertions)]
            Err(panic) if panic.is::<EscapeNativeBoundary>() => std::panic::resume_unwind(panic),
            Err(panic) => {
                self.restore_unwind_marks(&marks);
                Err(self.internal_error(panic))
            }
        }
    }
    /// Consumes a pending Ctrl-C: clears the signal bit and returns the KeyboardInterrupt
    /// to raise in the main thread.
    pub fn keyboard_interrupt(&self) -> super::PyErr {
        self.shared
            .gil
            .eval_breaker
            .fetch_and(!breaker::SIGNAL, Ordering::SeqCst);
        self.new_exception(&self.types().keyboard_interrupt.clone(), vec![])
    }

    /// What a blocking primitive needs to wait without the GIL: the shared state (for the
    /// Ctrl-C flag) and whether this is the main thread (the one KeyboardInterrupt goes to).
    pub fn wait_context(&self) -> WaitContext {
        WaitContext {
            shared: self.shared.clone(),
            main: self.is_main_thread(),
        }
    }
}

/// See [`Vm::wait_context`]. `Send`: used inside the blocking door.
pub struct WaitContext {
    shared: Arc<super::Shared>,
    main: bool,
}

impl WaitContext {
    /// Ctrl-C is pending and this thread is the one to get it.
    pub fn interrupted(&self) -> bool {
        self.main && self.shared.gil.eval_breaker.load(Ordering::SeqCst) & breaker::SIGNAL != 0
    }

    /// Waits until `deadline` (or forever), in slices short enough to notice Ctrl-C:
    /// `park(slice)` blocks for at most `slice` and returns true once the condition holds.
    pub fn wait_until(
        &self,
        deadline: Option<Instant>,
        mut park: impl FnMut(Duration) -> bool,
    ) -> WaitResult {
        // The signal handler cannot wake every waiter, so the main thread (the only one
        // Ctrl-C is for) looks now and then; other threads sleep until woken or due.
        const POLL: Duration = Duration::from_millis(50);
        const NO_POLL: Duration = Duration::from_secs(3600);
        let poll = if self.main { POLL } else { NO_POLL };
        loop {
            if self.interrupted() {
                return WaitResult::Interrupted;
            }
            let slice = match deadline {
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        return WaitResult::TimedOut;
                    }
                    (d - now).min(poll)
                }
                None => poll,
            };
            if park(slice) {
                return WaitResult::Done;
            }
        }
    }
}

/// The address of a local of the caller's frame: where the stack is now (it grows down).
#[inline(always)]
pub fn current_stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// How much stack is kept free below the deepest eval loop: room for the native code
/// that runs between two checks (a builtin, formatting a traceback after the
/// RecursionError). Debug builds use far bigger frames.
pub const STACK_RESERVE: usize = if cfg!(debug_assertions) {
    1 << 20
} else {
    256 << 10
};

/// The lowest stack address eval loops may start at, on a thread whose stack of
/// `stack_size` bytes began just above the caller's frame (see [`Vm::stack_exhausted`]).
pub fn stack_floor(stack_size: usize) -> usize {
    let usable = stack_size.saturating_sub(STACK_RESERVE + (64 << 10));
    current_stack_address().saturating_sub(usable)
}

impl Vm {
    /// The Rust stack is nearly used up: nesting another eval loop must raise
    /// RecursionError instead (so a small thread stack is safe at any recursion limit).
    #[inline]
    pub fn stack_exhausted(&self) -> bool {
        current_stack_address() < self.stack_floor
    }
}

/// How deep a thread's interpreter stacks were (see [`Vm::unwind_marks`]).
#[derive(Default)]
pub struct UnwindMarks {
    frames: usize,
    depth: usize,
    native_depth: usize,
    handled: usize,
    repr_stack: usize,
    repr_depth: usize,
}

thread_local! {
    /// This thread turns every panic into a Python `SystemError` (see
    /// [`panics_are_reported_as_python_errors`]).
    static PANICS_REPORTED_AS_PYTHON: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic on this thread ends up as a Python `SystemError` that carries its message
/// (Python threads, and the command line's main program): a panic hook then has nothing to
/// add, unless a Rust backtrace was asked for.
pub fn panics_are_reported_as_python_errors() -> bool {
    PANICS_REPORTED_AS_PYTHON.get()
}

/// Marks this thread as one whose panics become Python errors (see above).
pub fn report_panics_as_python_errors() {
    PANICS_REPORTED_AS_PYTHON.set(true);
}

/// A panic payload that the native-call boundary lets through (debug builds only: the
/// `_pyth_testing` module uses it to stand for a bug in the eval loop itself).
pub struct EscapeNativeBoundary(pub String);

/// The text of a panic payload (`panic!` gives a `&str` or a `String`).
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = panic.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = panic.downcast_ref::<String>() {
        s.clone()
    } else if let Some(EscapeNativeBoundary(s)) = panic.downcast_ref::<EscapeNativeBoundary>() {
        s.clone()
    } else {
        "a Rust panic".to_string()
    }
}

/// Locks that a thread holds until its thread state goes away (CPython's
/// `_thread._set_sentinel`): released when the [`Vm`] is dropped, however the thread ended,
/// so `join()`, `is_alive()` and interpreter exit never wait for a thread that died badly.
#[derive(Default)]
pub struct Sentinels(Vec<Arc<crate::modules::thread::RawLock>>);

impl Sentinels {
    pub fn push(&mut self, lock: Arc<crate::modules::thread::RawLock>) {
        self.0.push(lock);
    }
}

impl Drop for Sentinels {
    fn drop(&mut self) {
        for lock in self.0.drain(..) {
            lock.release();
        }
    }
}

/// The `threading.local` objects in which a thread has a dict: when the thread state goes,
/// those dicts are freed (with the GIL held: this is a field of the [`Vm`], dropped before
/// its GIL guard), as CPython frees a finished thread's local data.
pub struct ThreadLocalsUsed {
    ident: u64,
    objects: Vec<Value>,
    /// When `objects` grows to this length, the objects nobody else refers to any more
    /// are forgotten (their stores, and dicts, are freed with them).
    prune_at: usize,
}

impl ThreadLocalsUsed {
    pub fn new(ident: u64) -> ThreadLocalsUsed {
        ThreadLocalsUsed {
            ident,
            objects: Vec::new(),
            prune_at: 16,
        }
    }

    /// Records that this thread now has a dict in the local object `local`.
    pub fn note_used(&mut self, local: &Value) {
        if self.objects.len() >= self.prune_at {
            self.objects.retain(|o| match o {
                Value::Native(n) => crate::objects::heap::Rc::strong_count(n) > 1,
                _ => false,
            });
            self.prune_at = (self.objects.len() * 2).max(16);
        }
        self.objects.push(local.clone());
    }
}

impl Drop for ThreadLocalsUsed {
    fn drop(&mut self) {
        for local in std::mem::take(&mut self.objects) {
            if let Value::Native(n) = &local
                && let Some(store) = n
                    .payload
                    .downcast_ref::<crate::modules::thread::LocalStore>()
            {
                store.remove_dict(self.ident);
            }
        }
    }
}
