//! The virtual machine: per-thread state ([`Vm`]), the eval loop, calls, attributes,
//! operators, exceptions and tracebacks, generators, imports, and the GIL.

pub mod attr;
pub mod call;
pub mod eval;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod gil;
pub mod import;
pub mod interp;
pub mod ops;
pub mod scheduler;
pub mod stdin;
pub mod thread;
pub mod traceback;

use crate::objects::heap::Rc;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

use crate::builtins::types::Types;
use crate::objects::class::{Class, ExceptionState, Instance, Payload};
use crate::objects::dict::PyDict;
use crate::objects::{PyStr, Value};
use frame::Frame;
use gil::HeldGil;
pub use interp::{Shared, State};

/// An exception in flight: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub Rc<Instance>);

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn class(&self) -> Rc<Class> {
        self.0.class()
    }

    pub fn is_instance_of(&self, class: &Rc<Class>) -> bool {
        self.0.class().is_subclass(class)
    }

    pub fn state(&self) -> &RefCell<ExceptionState> {
        self.0
            .exception()
            .expect("exception instances carry exception state")
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} exception>", self.0.class().name())
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// The state of one thread running Python code (CPython's `PyThreadState`). It lives on its
/// OS thread; interpreter-wide state is reached through `state` (GIL-protected) and `shared`.
pub struct Vm {
    pub shared: Arc<Shared>,
    pub state: Rc<State>,
    /// Caller frames suspended while a callee runs in the same eval loop.
    pub frames: Vec<Frame>,
    /// Exceptions being handled (innermost last): `sys.exc_info()` and implicit chaining.
    pub handled: Vec<Value>,
    /// Python frames currently active on this thread (for RecursionError).
    pub depth: usize,
    /// Nested eval loops (native code calling back into Python).
    pub native_depth: Cell<usize>,
    /// The error being raised is a re-raise (`raise`, end of `finally`): the current frame is
    /// already in its traceback.
    pub reraising: bool,
    /// Containers whose repr is being built (to print `[...]` for self-references).
    pub repr_stack: Vec<usize>,
    /// How deeply `repr` calls are nested (bounded by the recursion limit).
    pub repr_depth: usize,
    /// Stack and locals vectors of finished frames, reused by new frames (saves two
    /// allocations per call).
    pub frame_pool: Vec<(Vec<Value>, Vec<Option<Value>>)>,
    /// This thread's Python identity (`threading.get_ident()`).
    pub ident: u64,
    /// Globals of the frame currently running (for `globals()`, `eval`, `exec`).
    pub current_globals: Option<Rc<PyDict>>,
    /// Eval loops must not start below this stack address (0: not checked), see
    /// [`Vm::stack_exhausted`].
    pub stack_floor: usize,
    /// `threading.local` objects holding a dict of this thread's (freed with the thread).
    pub thread_locals: thread::ThreadLocalsUsed,
    /// Locks released when this thread state goes (`_thread._set_sentinel`), after its
    /// thread-local data is freed.
    pub sentinels: thread::Sentinels,
    /// The GIL, held while Python code runs: the proof for what needs it, and the guard that
    /// releases it. Last field on purpose: fields drop in order, so every Python object this
    /// thread state owns is freed before the GIL is released, on every path.
    pub held: HeldGil,
}

impl Vm {
    pub fn types(&self) -> &Types {
        &self.state.types
    }

    pub fn builtins(&self) -> &Rc<PyDict> {
        &self.state.builtins
    }

    // --- exceptions ---

    /// A new exception instance of `class` with the given args.
    pub fn new_exception(&self, class: &Rc<Class>, args: Vec<Value>) -> PyErr {
        let exc = Rc::new(Instance {
            class: RefCell::new(class.clone()),
            dict: Rc::new(PyDict::new()),
            payload: Payload::Exception(RefCell::new(ExceptionState {
                args,
                ..ExceptionState::default()
            })),
        });
        // Caught, it can close a cycle (`e.handler = self`, a context chain).
        self.gc_track(gc::objects::Tracked::Instance(Rc::downgrade(&exc)));
        PyErr(exc)
    }

    pub fn new_error(&self, class: &Rc<Class>, msg: impl Into<String>) -> PyErr {
        self.new_exception(class, vec![Value::string(msg.into())])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().index_error, msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        self.new_exception(&self.types().key_error, vec![key])
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().attribute_error, msg)
    }

    /// `NameError: name 'x' is not defined`, with its `name` attribute (CPython sets it; the
    /// traceback printer uses it for "Did you mean" suggestions).
    pub fn name_error(&self, name: &str) -> PyErr {
        let err = self.new_error(
            &self.types().name_error,
            format!("name '{name}' is not defined"),
        );
        err.0.dict.set_str("name", Value::str(name));
        err
    }

    pub fn zero_division(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().zero_division_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().overflow_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().runtime_error, msg)
    }

    pub fn recursion_error(&self) -> PyErr {
        self.new_error(
            &self.types().recursion_error,
            "maximum recursion depth exceeded",
        )
    }

    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        self.new_exception(&self.types().stop_iteration, value.into_iter().collect())
    }

    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().not_implemented_error, msg)
    }

    pub fn import_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.types().import_error, msg)
    }

    pub fn os_error(&self, e: &std::io::Error, filename: Option<&str>) -> PyErr {
        let (class, mut args) = self.os_error_parts(e);
        if let Some(f) = filename {
            args.push(Value::str(f));
        }
        self.new_exception(&class, args)
    }

    /// An OSError naming two files (`rename`, `symlink`): its str ends `'a' -> 'b'`. The
    /// args are CPython's constructor order (errno, strerror, filename, winerror, filename2).
    pub fn os_error2(&self, e: &std::io::Error, filename: &str, filename2: &str) -> PyErr {
        let (class, mut args) = self.os_error_parts(e);
        args.extend([Value::str(filename), Value::None, Value::str(filename2)]);
        self.new_exception(&class, args)
    }

    fn os_error_parts(&self, e: &std::io::Error) -> (Rc<Class>, Vec<Value>) {
        let errno = e.raw_os_error().unwrap_or(0);
        let class = match e.raw_os_error() {
            Some(n) => self.os_error_class(n),
            None => match e.kind() {
                std::io::ErrorKind::NotFound => self.types().file_not_found_error.clone(),
                std::io::ErrorKind::PermissionDenied => self.types().permission_error.clone(),
                std::io::ErrorKind::TimedOut => self.types().timeout_error.clone(),
                _ => self.types().os_error.clone(),
            },
        };
        let mut msg = e.to_string();
        if let Some(i) = msg.find(" (os error") {
            msg.truncate(i);
        }
        (class, vec![Value::Int(errno as i64), Value::string(msg)])
    }

    /// The OSError subclass CPython raises for an errno code (PEP 3151's table).
    pub fn os_error_class(&self, errno: i32) -> Rc<Class> {
        let name = match errno {
            libc::ENOENT => "FileNotFoundError",
            libc::EEXIST => "FileExistsError",
            libc::EISDIR => "IsADirectoryError",
            libc::ENOTDIR => "NotADirectoryError",
            libc::EACCES | libc::EPERM => "PermissionError",
            libc::EINTR => "InterruptedError",
            libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
            libc::ECHILD => "ChildProcessError",
            libc::ESRCH => "ProcessLookupError",
            libc::ETIMEDOUT => "TimeoutError",
            libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
            libc::ECONNABORTED => "ConnectionAbortedError",
            libc::ECONNREFUSED => "ConnectionRefusedError",
            libc::ECONNRESET => "ConnectionResetError",
            _ => "OSError",
        };
        self.types().by_name[name].clone()
    }

    /// Converts a lookup or an exception raised by a type error (`NotImplemented`) etc.
    pub fn exc_matches(&self, err: &PyErr, class: &Rc<Class>) -> bool {
        err.is_instance_of(class)
    }

    // --- small helpers ---

    pub fn new_str(&self, s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s.into())))
    }

    pub fn new_dict(&self) -> Rc<PyDict> {
        Rc::new(PyDict::new())
    }

    /// Runs `f` without the GIL (the blocking door): other Python threads run meanwhile.
    /// `f` must be `Send`, so it cannot touch Python objects, which are not. The GIL is taken
    /// back when `f` returns or panics (see [`HeldGil::released_while`]).
    pub fn release_gil_while<R, F: FnOnce() -> R + Send>(&mut self, f: F) -> R {
        self.held.released_while(f)
    }
}
