//! The `_thread` module: starting threads, locks, re-entrant locks, identities and
//! thread-local data — the small native core `threading.py` is written on.

use crate::objects::heap::Rc;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use parking_lot::{Condvar, Mutex};

use super::{new_native_module, set};
use crate::builtins::add_methods;
use crate::builtins::args::bind;
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::objects::value::NativeObject;
use crate::vm::thread::{WaitContext, WaitResult};
use crate::vm::{PyResult, Vm};

/// The largest timeout accepted (as CPython's `TIMEOUT_MAX` on Linux).
pub const TIMEOUT_MAX: f64 = 9223372036.0;

/// A lock shared by threads: the state lives outside the GIL so that waiters can block on
/// it without holding the GIL.
///
/// Waiters never take the lock while they lack the GIL: they sleep until it looks free,
/// then go back to competing for the GIL and try again. A thread releasing the lock while
/// it runs may take it straight back (as CPython threads do between switch points); the
/// waiters then sleep on the GIL rather than waking at every release.
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    cond: Condvar,
}

impl RawLock {
    pub fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Releases; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.cond.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }

    /// Sleeps (no GIL held) until the lock looks free, `deadline` passes or Ctrl-C.
    fn wait_free(&self, ctx: &WaitContext, deadline: Option<Instant>) -> WaitResult {
        ctx.wait_until(deadline, |slice| {
            let mut l = self.locked.lock();
            if *l {
                self.cond.wait_for(&mut l, slice);
            }
            !*l
        })
    }
}

/// A re-entrant lock: owner thread identity and recursion count (same waiting scheme as
/// [`RawLock`]).
#[derive(Default)]
pub struct RawRLock {
    state: Mutex<(u64, usize)>,
    cond: Condvar,
}

impl RawRLock {
    /// Takes it for `me` with `count` if free (or already `me`'s when `reenter`).
    fn try_acquire(&self, me: u64, count: usize, reenter: bool) -> bool {
        let mut st = self.state.lock();
        if reenter && st.1 > 0 && st.0 == me {
            st.1 += count;
            return true;
        }
        if st.1 == 0 {
            *st = (me, count);
            return true;
        }
        false
    }

    fn wait_free(&self, ctx: &WaitContext, deadline: Option<Instant>) -> WaitResult {
        ctx.wait_until(deadline, |slice| {
            let mut st = self.state.lock();
            if st.1 > 0 {
                self.cond.wait_for(&mut st, slice);
            }
            st.1 == 0
        })
    }

    /// Drops one level (or all, `all`); returns the (owner, count) before.
    fn release_levels(&self, all: bool) -> (u64, usize) {
        let mut st = self.state.lock();
        let before = *st;
        st.1 = if all { 0 } else { st.1 - 1 };
        if st.1 == 0 {
            st.0 = 0;
            self.cond.notify_one();
        }
        before
    }
}

/// Retries `try_acquire` with the GIL held, sleeping without it in between, until success,
/// the deadline, or Ctrl-C.
fn acquire_loop(
    vm: &mut Vm,
    deadline: Option<Instant>,
    mut try_acquire: impl FnMut() -> bool,
    wait_free: impl Fn(&WaitContext, Option<Instant>) -> WaitResult + Send + Sync + Clone,
) -> PyResult<bool> {
    loop {
        if try_acquire() {
            return Ok(true);
        }
        let ctx = vm.wait_context();
        let wait = wait_free.clone();
        match vm.release_gil_while(move || wait(&ctx, deadline)) {
            WaitResult::Done => {}
            WaitResult::TimedOut => return Ok(try_acquire()),
            // A handler that returns lets the wait go on (PEP 475).
            WaitResult::Interrupted => vm.take_signal()?,
        }
    }
}

/// Per-thread attribute dicts of a `threading.local` object.
pub struct LocalStore {
    dicts: RefCell<HashMap<u64, Rc<PyDict>>>,
    /// The constructor's arguments: a subclass's `__init__` runs again with them in each
    /// thread that first touches the object (as CPython's `threading.local`).
    init_args: (Vec<Value>, Vec<Value>),
}

impl LocalStore {
    pub fn dict_for(&self, ident: u64) -> Rc<PyDict> {
        self.dicts
            .borrow_mut()
            .entry(ident)
            .or_insert_with(|| Rc::new(PyDict::new()))
            .clone()
    }

    pub fn has_dict(&self, ident: u64) -> bool {
        self.dicts.borrow().contains_key(&ident)
    }

    /// Frees thread `ident`'s dict (that thread has ended).
    pub fn remove_dict(&self, ident: u64) {
        let dict = self.dicts.borrow_mut().remove(&ident);
        // Freed after the borrow ends: freeing the contents may reach this store again.
        drop(dict);
    }
}

/// Before a thread first uses a `threading.local` subclass instance: give it its own dict
/// and run the subclass's `__init__` there with the original arguments.
pub fn ensure_local_init(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    let Value::Native(n) = obj else {
        return Ok(());
    };
    let Some(store) = n.payload.downcast_ref::<LocalStore>() else {
        return Ok(());
    };
    if store.has_dict(vm.ident) {
        return Ok(());
    }
    store.dict_for(vm.ident);
    vm.thread_locals.note_used(obj);
    let init = n.class.lookup("__init__");
    if let Some(init @ Value::Function(_)) = init {
        let mut all = vec![obj.clone()];
        all.extend(store.init_args.0.iter().cloned());
        let names = store.init_args.1.clone();
        vm.call(
            &init,
            &Args {
                args: &all,
                kwnames: &names,
            },
        )?;
    }
    Ok(())
}

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "_thread",
        &[
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("_count", count),
            ("stack_size", stack_size),
            ("interrupt_main", interrupt_main),
            ("daemon_threads_allowed", daemon_threads_allowed),
            ("_format_exception", format_exception),
            ("_cpu_count", cpu_count),
            ("_set_sentinel", set_sentinel),
        ],
    );
    let object = vm.types().object.clone();
    let lock = builtin_class("lock", &[&object], BuiltinKind::Native);
    lock.dict.set_str("__module__", Value::str("_thread"));
    add_methods(
        &lock,
        &[
            ("__new__", lock_new),
            ("acquire", lock_acquire),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("__exit__", lock_exit),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__repr__", lock_repr),
        ],
    );
    let rlock = builtin_class("RLock", &[&object], BuiltinKind::Native);
    rlock.dict.set_str("__module__", Value::str("_thread"));
    add_methods(
        &rlock,
        &[
            ("__new__", rlock_new),
            ("acquire", rlock_acquire),
            ("__enter__", rlock_acquire),
            ("release", rlock_release),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_recursion_count", rlock_recursion_count),
            ("__repr__", rlock_repr),
        ],
    );
    let local = builtin_class("_local", &[&object], BuiltinKind::Native);
    local.dict.set_str("__module__", Value::str("_thread"));
    add_methods(&local, &[("__new__", local_new)]);
    set(&m, "LockType", Value::Class(lock.clone()));
    set(&m, "lock", Value::Class(lock));
    set(&m, "RLock", Value::Class(rlock));
    set(&m, "_local", Value::Class(local));
    set(&m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    set(&m, "error", Value::Class(vm.types().runtime_error.clone()));
    m
}

fn native(class: Rc<Class>, payload: Box<dyn std::any::Any>) -> Value {
    Value::Native(Rc::new(NativeObject {
        class,
        payload,
        dict: RefCell::new(None),
    }))
}

fn class_arg(vm: &Vm, args: &Args) -> PyResult<Rc<Class>> {
    match args.args.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("__new__ needs a class")),
    }
}

fn lock_of(vm: &Vm, v: &Value) -> PyResult<Arc<RawLock>> {
    match v {
        Value::Native(n) => n
            .payload
            .downcast_ref::<Arc<RawLock>>()
            .cloned()
            .ok_or_else(|| vm.type_error("descriptor requires a '_thread.lock' object")),
        _ => Err(vm.type_error("descriptor requires a '_thread.lock' object")),
    }
}

fn rlock_of(vm: &Vm, v: &Value) -> PyResult<Arc<RawRLock>> {
    match v {
        Value::Native(n) => n
            .payload
            .downcast_ref::<Arc<RawRLock>>()
            .cloned()
            .ok_or_else(|| vm.type_error("descriptor requires a '_thread.RLock' object")),
        _ => Err(vm.type_error("descriptor requires a '_thread.RLock' object")),
    }
}

/// A new `_thread.lock` object.
pub fn new_lock(vm: &Vm) -> PyResult<Value> {
    let Some(Value::Module(m)) = vm.state.modules.get_str("_thread") else {
        return Err(vm.runtime_error("_thread is not loaded"));
    };
    let Some(Value::Class(c)) = m.dict.get_str("LockType") else {
        return Err(vm.runtime_error("_thread.LockType is missing"));
    };
    Ok(native(c, Box::new(Arc::new(RawLock::default()))))
}

/// `_thread._set_sentinel()`: a new lock that the runtime releases when the calling thread's
/// state is destroyed, however the thread ended (`threading` waits on it in `join`).
fn set_sentinel(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let lock = new_lock(vm)?;
    let raw = lock_of(vm, &lock)?;
    vm.sentinels.push(raw);
    Ok(lock)
}

fn lock_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = class_arg(vm, args)?;
    Ok(native(c, Box::new(Arc::new(RawLock::default()))))
}

fn allocate_lock(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    new_lock(vm)
}

/// Parses `acquire(blocking=True, timeout=-1)`: `None` = don't block, else the deadline.
fn acquire_args(vm: &mut Vm, args: &Args) -> PyResult<Option<Option<Instant>>> {
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "acquire", &["blocking", "timeout"], 0)?;
    let blocking = match &a[0] {
        Some(v) => vm.is_true(v)?,
        None => true,
    };
    // As CPython: the timeout is converted first (its range errors win), in nanoseconds.
    const UNSET: i64 = -1_000_000_000;
    let timeout = match &a[1] {
        Some(v) => crate::modules::time::seconds_to_nanos(vm, v)?,
        None => UNSET,
    };
    if !blocking {
        if timeout != UNSET {
            return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(None);
    }
    if timeout < 0 && timeout != UNSET {
        return Err(vm.value_error("timeout value must be positive"));
    }
    // Every timeout in `_PyTime_t` range is at most TIMEOUT_MAX (plus a fraction), which
    // CPython accepts: no "timeout value is too large" case remains.
    Ok(Some(if timeout == UNSET {
        None
    } else {
        crate::modules::time::deadline_after(timeout)
    }))
}

fn lock_acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args.args[0])?;
    let mode = acquire_args(vm, args)?;
    if lock.try_acquire() {
        return Ok(Value::Bool(true));
    }
    let Some(deadline) = mode else {
        return Ok(Value::Bool(false));
    };
    let waiter = lock.clone();
    let got = acquire_loop(
        vm,
        deadline,
        || lock.try_acquire(),
        move |ctx, d| waiter.wait_free(ctx, d),
    )?;
    Ok(Value::Bool(got))
}

fn lock_release(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args.args[0])?;
    if !lock.release() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    lock_release(vm, &Args::new(&args.args[..1]))?;
    Ok(Value::Bool(false))
}

fn lock_locked(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args.args[0])?;
    Ok(Value::Bool(lock.is_locked()))
}

fn lock_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = lock_of(vm, &args.args[0])?;
    let state = if lock.is_locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(Value::string(format!(
        "<{state} _thread.lock object at {:#x}>",
        crate::vm::ops::identity(&args.args[0])
    )))
}

fn rlock_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = class_arg(vm, args)?;
    Ok(native(c, Box::new(Arc::new(RawRLock::default()))))
}

fn rlock_acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    let mode = acquire_args(vm, args)?;
    let me = vm.ident;
    if lock.try_acquire(me, 1, true) {
        return Ok(Value::Bool(true));
    }
    let Some(deadline) = mode else {
        return Ok(Value::Bool(false));
    };
    let waiter = lock.clone();
    let got = acquire_loop(
        vm,
        deadline,
        || lock.try_acquire(me, 1, true),
        move |ctx, d| waiter.wait_free(ctx, d),
    )?;
    Ok(Value::Bool(got))
}

fn rlock_release(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    {
        let st = lock.state.lock();
        if st.1 == 0 || st.0 != vm.ident {
            return Err(vm.runtime_error("cannot release un-acquired lock"));
        }
    }
    lock.release_levels(false);
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rlock_release(vm, &Args::new(&args.args[..1]))?;
    Ok(Value::Bool(false))
}

fn rlock_is_owned(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    let st = lock.state.lock();
    Ok(Value::Bool(st.1 > 0 && st.0 == vm.ident))
}

/// For `Condition.wait` on an RLock: release completely, returning the saved state.
fn rlock_release_save(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    if lock.state.lock().1 == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let (owner, count) = lock.release_levels(true);
    Ok(Value::tuple(vec![
        Value::Int(count as i64),
        Value::Int(owner as i64),
    ]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    let (count, owner) = match args.args.get(1) {
        Some(Value::Tuple(t)) if t.len() == 2 => match (&t[0], &t[1]) {
            (Value::Int(c), Value::Int(o)) => (*c as usize, *o as u64),
            _ => return Err(vm.type_error("bad state")),
        },
        _ => return Err(vm.type_error("_acquire_restore needs a state tuple")),
    };
    let waiter = lock.clone();
    acquire_loop(
        vm,
        None,
        || lock.try_acquire(owner, count, false),
        move |ctx, d| waiter.wait_free(ctx, d),
    )?;
    Ok(Value::None)
}

fn rlock_recursion_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    let st = lock.state.lock();
    Ok(Value::Int(if st.0 == vm.ident { st.1 as i64 } else { 0 }))
}

fn rlock_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let lock = rlock_of(vm, &args.args[0])?;
    let st = lock.state.lock();
    let state = if st.1 > 0 { "locked" } else { "unlocked" };
    Ok(Value::string(format!(
        "<{state} _thread.RLock object owner={} count={} at {:#x}>",
        st.0,
        st.1,
        crate::vm::ops::identity(&args.args[0])
    )))
}

fn local_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = class_arg(vm, args)?;
    let given = args.args.len() > 1;
    if given && !matches!(c.lookup("__init__"), Some(Value::Function(_))) {
        return Err(vm.type_error("Initialization arguments are not supported"));
    }
    let store = LocalStore {
        dicts: RefCell::new(HashMap::new()),
        init_args: (args.positional()[1..].to_vec(), args.kwnames.to_vec()),
    };
    // The creating thread's dict exists up front: its __init__ runs from the class call.
    store.dict_for(vm.ident);
    let local = native(c, Box::new(store));
    vm.thread_locals.note_used(&local);
    Ok(local)
}

fn start_new_thread(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            pos.len()
        )));
    }
    if !crate::builtins::functions::is_callable(vm, &pos[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let Value::Tuple(t) = &pos[1] else {
        return Err(vm.type_error("2nd arg must be a tuple"));
    };
    let mut all = t.as_ref().clone();
    let mut names = Vec::new();
    if let Some(kw) = pos.get(2) {
        match kw {
            Value::Dict(d) => {
                for (k, v) in d.items() {
                    names.push(k);
                    all.push(v);
                }
            }
            Value::None => {}
            _ => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        }
    }
    let ident = vm.start_thread(pos[0].clone(), all, names)?;
    Ok(Value::Int(ident as i64))
}

fn get_ident(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.ident as i64))
}

fn get_native_id(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(native_thread_id()))
}

/// The OS thread id.
pub fn native_thread_id() -> i64 {
    #[cfg(target_os = "linux")]
    {
        // /proc/thread-self resolves to /proc/<pid>/task/<tid>.
        if let Ok(p) = std::fs::read_link("/proc/thread-self")
            && let Some(tid) = p
                .file_name()
                .and_then(|s| s.to_str())
                .and_then(|s| s.parse().ok())
        {
            return tid;
        }
    }
    crate::vm::interp::current_thread_id() as i64 & 0x7fff_ffff
}

fn count(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

/// `_thread.stack_size([size])`: the stack size of threads started later (0: the default);
/// returns the previous setting. As CPython on Linux: at least 32 KiB.
fn stack_size(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::range(vm, args, "stack_size", 0, 1)?;
    let old = vm
        .shared
        .thread_stack_size
        .load(std::sync::atomic::Ordering::Relaxed);
    if let Some(v) = a.first() {
        let size = vm.to_index(v)?;
        if size < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        if size != 0 && size < 32768 {
            return Err(vm.value_error(format!("size not valid: {size} bytes")));
        }
        vm.shared
            .thread_stack_size
            .store(size as usize, std::sync::atomic::Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

fn interrupt_main(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    // As if SIGINT had arrived (its handler runs, by default KeyboardInterrupt).
    vm.shared
        .pending_signals
        .fetch_or(1 << 2, std::sync::atomic::Ordering::SeqCst);
    vm.shared.gil.eval_breaker.fetch_or(
        crate::vm::gil::breaker::SIGNAL,
        std::sync::atomic::Ordering::SeqCst,
    );
    Ok(Value::None)
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// The report CPython prints for an exception (traceback and message), as a string.
fn format_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "_format_exception", 1)?;
    match &a[0] {
        Value::Instance(i) if i.exception().is_some() => {
            let err = crate::vm::PyErr(i.clone());
            Ok(Value::string(vm.format_exception(&err)))
        }
        other => Ok(Value::string(vm.repr(other)? + "\n")),
    }
}

fn cpu_count(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        std::thread::available_parallelism().map_or(1, |n| n.get() as i64),
    ))
}
