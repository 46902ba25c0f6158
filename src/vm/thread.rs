//! Starting OS threads that run Python code, and the interruptible waits they block in.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use super::gil::{GilBound, breaker};
use super::interp::THREAD_STACK_SIZE;
use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::function::Args;

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
    /// An exception escaping `func` is printed as CPython's `_thread` does.
    pub fn start_thread(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
    ) -> PyResult<u64> {
        let ident = self.shared.next_ident.fetch_add(1, Ordering::SeqCst);
        let payload = GilBound::new((self.state.clone(), func, args, kwnames), &self.held);
        let shared = self.shared.clone();
        let spawned = std::thread::Builder::new()
            .name(format!("pyth-{ident}"))
            .stack_size(THREAD_STACK_SIZE)
            .spawn(move || {
                let held = shared.gil.acquire_held();
                let (state, func, args, kwnames) = payload.into_inner(&held);
                let mut vm = Vm::new_thread(shared.clone(), state, held, ident);
                let result = vm.call(
                    &func,
                    &Args {
                        args: &args,
                        kwnames: &kwnames,
                    },
                );
                if let Err(e) = result
                    && !e.is_instance_of(&vm.types().system_exit.clone())
                {
                    let r = vm.repr(&func).unwrap_or_default();
                    let text = vm.format_exception(&e);
                    let _ = vm.write_stderr(&format!(
                        "Unhandled exception in thread started by {r}\n{text}"
                    ));
                }
                drop((func, args, kwnames));
                drop(vm);
                shared.gil.release();
            });
        match spawned {
            Ok(_) => Ok(ident),
            Err(e) => Err(self.runtime_error(format!("can't start new thread: {e}"))),
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
        // The signal handler cannot wake every waiter, so waiters look now and then.
        const POLL: Duration = Duration::from_millis(50);
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
                    (d - now).min(POLL)
                }
                None => POLL,
            };
            if park(slice) {
                return WaitResult::Done;
            }
        }
    }
}
