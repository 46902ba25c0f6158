//! The `signal` module. Python-level handlers run in the main thread at a safe point (the
//! eval breaker, or a blocking wait that a signal interrupted), as in CPython: the C-level
//! handler only records the signal.
//!
//! SIGINT arrives through the ctrlc handler the command line installs (src/vm/interp.rs);
//! other signals get a C handler (sigaction) that sets a bit in [`PENDING`] and writes a
//! byte to a pipe, whose reader thread hands the bits to the interpreters
//! (`interp::deliver_signals`: each records them and sets its eval breaker's SIGNAL bit).
//! Only async-signal-safe work happens in the handler itself.

use crate::objects::heap::Rc;
use std::sync::Once;
use std::sync::atomic::{AtomicI32, AtomicU64, Ordering};

use super::{new_native_module, set};
use crate::builtins::args::exact;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm};

/// Signals received by the C handler and not yet handed to the interpreters: bit n is
/// signal n.
static PENDING: AtomicU64 = AtomicU64::new(0);
/// The write end of the wake-up pipe (-1 before the first handler is installed).
static WAKE_FD: AtomicI32 = AtomicI32::new(-1);

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGSYS", libc::SIGSYS),
];

/// Signal numbers are 1..NSIG.
const NSIG: i32 = 65;

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("raise_signal", raise_signal),
            ("alarm", alarm),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
        ],
    );
    for (name, n) in SIGNALS {
        set(&m, name, Value::Int(*n as i64));
    }
    set(&m, "NSIG", Value::Int(NSIG as i64));
    set(&m, "SIG_DFL", Value::Int(SIG_DFL));
    set(&m, "SIG_IGN", Value::Int(SIG_IGN));
    m
}

/// Records a signal from the C handler.
fn note_pending(sig: i32) {
    if (1..64).contains(&sig) {
        PENDING.fetch_or(1 << sig, Ordering::SeqCst);
    }
}

/// Hands the signals the C handler recorded to the interpreters.
fn distribute_pending() {
    let mask = PENDING.swap(0, Ordering::SeqCst);
    if mask != 0 {
        crate::vm::interp::deliver_signals(mask);
    }
}

extern "C" fn on_signal(sig: libc::c_int) {
    // Only async-signal-safe work here: an atomic or and a write(2).
    note_pending(sig);
    let fd = WAKE_FD.load(Ordering::SeqCst);
    if fd >= 0 {
        let byte = 1u8;
        // SAFETY: write(2) is async-signal-safe; `byte` is a valid one-byte buffer.
        unsafe { libc::write(fd, (&byte as *const u8).cast(), 1) };
    }
}

/// Starts the pipe reader that turns a recorded signal into an eval-breaker request.
fn start_wake_thread() {
    static STARTED: Once = Once::new();
    STARTED.call_once(|| {
        let mut fds = [0 as libc::c_int; 2];
        // SAFETY: pipe fills the two-element array we pass.
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            return;
        }
        let (read_fd, write_fd) = (fds[0], fds[1]);
        WAKE_FD.store(write_fd, Ordering::SeqCst);
        let _ = std::thread::Builder::new()
            .name("pyth-signals".into())
            .spawn(move || {
                let mut buf = [0u8; 64];
                loop {
                    // SAFETY: `buf` is a valid writable buffer of its length.
                    let n = unsafe { libc::read(read_fd, buf.as_mut_ptr().cast(), buf.len()) };
                    if n < 0
                        && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
                    {
                        continue;
                    }
                    if n <= 0 {
                        return;
                    }
                    distribute_pending();
                }
            });
    });
}

fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = vm.to_index(v)?;
    if !(1..NSIG as i64).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

/// Sets the C-level disposition of `sig`: the recording handler, SIG_DFL or SIG_IGN.
fn set_disposition(sig: i32, disposition: libc::sighandler_t) -> std::io::Result<()> {
    // SAFETY: `action` is plain data, all-zero is valid; the handler we install only does
    // async-signal-safe work (see `on_signal`).
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = disposition;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        if libc::sigaction(sig, &action, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

fn signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "signal", 2)?;
    let sig = signum_arg(vm, &a[0])?;
    let handler = a[1].clone();
    if !vm.is_main_thread() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let disposition = match &handler {
        Value::Int(SIG_DFL) => libc::SIG_DFL,
        Value::Int(SIG_IGN) => libc::SIG_IGN,
        h if crate::builtins::functions::is_callable(vm, h) => {
            on_signal as *const () as libc::sighandler_t
        }
        _ => {
            return Err(vm.type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ));
        }
    };
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return Err(vm.os_error(&std::io::Error::from_raw_os_error(libc::EINVAL), None));
    }
    // SIGINT keeps the command line's Ctrl-C handler; its disposition is applied at the
    // safe point (take_signal).
    if sig != libc::SIGINT {
        start_wake_thread();
        set_disposition(sig, disposition).map_err(|e| vm.os_error(&e, None))?;
    }
    let old = current_handler(vm, sig);
    vm.state.signal_handlers.borrow_mut().insert(sig, handler);
    Ok(old)
}

fn current_handler(vm: &mut Vm, sig: i32) -> Value {
    if let Some(h) = vm.state.signal_handlers.borrow().get(&sig) {
        return h.clone();
    }
    if sig == libc::SIGINT {
        return default_int_handler_value(vm);
    }
    Value::Int(SIG_DFL)
}

fn default_int_handler_value(vm: &mut Vm) -> Value {
    vm.import_module("signal")
        .and_then(|m| vm.get_attr(&m, "default_int_handler"))
        .unwrap_or(Value::None)
}

fn getsignal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "getsignal", 1)?;
    let sig = signum_arg(vm, &a[0])?;
    Ok(current_handler(vm, sig))
}

fn default_int_handler(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.new_exception(&vm.types().keyboard_interrupt.clone(), vec![]))
}

fn raise_signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "raise_signal", 1)?;
    let sig = signum_arg(vm, &a[0])?;
    if sig == libc::SIGINT {
        // As Ctrl-C does (the ctrlc handler is not ours to call).
        vm.shared
            .pending_signals
            .fetch_or(1 << sig, Ordering::SeqCst);
    } else {
        // SAFETY: raise(3) takes a plain signal number.
        if unsafe { libc::raise(sig) } != 0 {
            return Err(vm.os_error(&std::io::Error::last_os_error(), None));
        }
        // raise(3) ran the C handler in this thread: hand the signal over now.
        distribute_pending();
    }
    // Handle it now, as CPython does on return from raise_signal.
    vm.take_signal()?;
    Ok(Value::None)
}

fn alarm(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "alarm", 1)?;
    let secs = vm.to_index(&a[0])?;
    start_wake_thread();
    if !vm
        .state
        .signal_handlers
        .borrow()
        .contains_key(&libc::SIGALRM)
    {
        // No Python handler: the default action (terminate), as CPython.
    }
    // SAFETY: alarm(2) takes a plain number of seconds.
    let left = unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as u32) };
    Ok(Value::Int(left as i64))
}

fn strsignal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "strsignal", 1)?;
    let sig = signum_arg(vm, &a[0])?;
    // SAFETY: strsignal returns a pointer to a static or thread-local string, copied at once.
    let text = unsafe {
        let p = libc::strsignal(sig);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    Ok(Value::string(text))
}

fn valid_signals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "valid_signals", 0)?;
    let set = vm.builtins().get_str("set").expect("builtin set");
    let items: Vec<Value> = (1..NSIG).map(|n| Value::Int(n as i64)).collect();
    vm.call0(&set, &[Value::list(items)])
}

impl Vm {
    /// Handles recorded signals at a safe point in the main thread: runs the Python
    /// handlers (an exception from one propagates), ignores SIG_IGN, and for SIGINT with
    /// no handler raises KeyboardInterrupt. Clears the eval breaker's SIGNAL bit.
    pub fn take_signal(&mut self) -> PyResult<()> {
        let _ = self.keyboard_interrupt(); // clears the SIGNAL bit
        let pending = self.shared.pending_signals.swap(0, Ordering::SeqCst);
        for sig in 1..64 {
            if pending & (1 << sig) == 0 {
                continue;
            }
            let handler = self.state.signal_handlers.borrow().get(&sig).cloned();
            match handler {
                None if sig == libc::SIGINT => return Err(self.keyboard_interrupt()),
                None => {}
                Some(Value::Int(SIG_IGN)) => {}
                Some(Value::Int(_)) if sig == libc::SIGINT => {
                    // SIG_DFL for SIGINT: die of the signal, as the default action does.
                    let _ = set_disposition(sig, libc::SIG_DFL);
                    // SAFETY: raise(3) takes a plain signal number.
                    unsafe { libc::raise(sig) };
                }
                Some(Value::Int(_)) => {}
                Some(h) => {
                    if let Err(e) = self.call0(&h, &[Value::Int(sig as i64), Value::None]) {
                        // The signals after this one wait for the next safe point.
                        let later = pending & !((2u64 << sig) - 1);
                        if later != 0 {
                            self.shared
                                .pending_signals
                                .fetch_or(later, Ordering::SeqCst);
                            self.shared
                                .gil
                                .eval_breaker
                                .fetch_or(crate::vm::gil::breaker::SIGNAL, Ordering::SeqCst);
                        }
                        return Err(e);
                    }
                }
            }
        }
        Ok(())
    }
}
