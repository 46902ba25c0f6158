//! Interpreter-wide state: the part every thread shares (`Shared`, thread-safe) and the
//! GIL-protected part (`State`: modules, builtins, types), plus running source code.

use crate::objects::heap::Rc;
use std::cell::{Cell, RefCell};
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

use super::eval::Exit;
use super::frame::Frame;
use super::gil::{Gil, HeldGil};
use super::{PyErr, PyResult, Vm};
use crate::builtins::types::Types;
use crate::compiler::codegen;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::module::Module;
use crate::syntax::{self, SourceFile, SyntaxError};

/// Where `print` and `sys.stdout.write` go.
pub enum OutputSink {
    Stdout,
    Stderr,
    /// Collected by the embedding program.
    Callback(Box<dyn Fn(&str) + Send + Sync>),
}

/// The thread-safe part of an interpreter.
pub struct Shared {
    pub gil: Arc<Gil>,
    pub stdout: parking_lot::Mutex<OutputSink>,
    pub stderr: parking_lot::Mutex<OutputSink>,
    /// OS thread id of the main thread (for KeyboardInterrupt delivery).
    pub main_thread: AtomicU64,
    /// The next Python thread identity to hand out.
    pub next_ident: AtomicU64,
    /// Stack size for new threads (`_thread.stack_size`); 0 = [`THREAD_STACK_SIZE`].
    pub thread_stack_size: std::sync::atomic::AtomicUsize,
    /// Signals delivered to this interpreter and not handled yet (bit n: signal n), for its
    /// main thread's next safe point (`Vm::take_signal`).
    pub pending_signals: AtomicU64,
}

/// Interpreter state protected by the GIL.
pub struct State {
    pub types: Types,
    pub builtins: Rc<PyDict>,
    /// `sys.modules`.
    pub modules: Rc<PyDict>,
    pub recursion_limit: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    /// `sys.path` entries searched for user modules.
    pub path: RefCell<Vec<String>>,
    /// Bumped whenever a class attribute is assigned or deleted (invalidates the classes'
    /// cached attribute-hook bits). Starts at 1.
    pub class_epoch: Cell<u64>,
    /// Files opened with `open()`, flushed and closed at exit if still open.
    pub open_files: crate::modules::io::OpenFiles,
    /// `sys.set_int_max_str_digits` (0: no limit).
    pub int_max_str_digits: Cell<usize>,
    /// Modules whose code is running now, and the thread running it (see `Vm::import_module`).
    pub initializing: RefCell<std::collections::HashMap<String, u64>>,
    /// For each thread waiting for another's module to finish, that module's name.
    pub import_waits: RefCell<std::collections::HashMap<u64, String>>,
    /// Python-level signal handlers by signal number (`signal.signal`); absent: default.
    pub signal_handlers: RefCell<std::collections::HashMap<i32, Value>>,
    /// Weak references with callbacks (`weakref.ref(obj, callback)`).
    pub weak_callbacks: crate::modules::weakref::Watched,
    /// Text read from stdin and not consumed yet (see `Vm::unread_stdin`).
    pub stdin_unread: RefCell<String>,
    /// The cycle collector and finalizer queue.
    pub gc: super::gc::Collector,
    /// The name `__builtins__` with its hash cached: every builtin lookup probes the globals
    /// for it (code may run with builtins of its own).
    pub builtins_key: crate::objects::PyStr,
}

/// The main thread's identity; later threads count up from it.
pub const FIRST_IDENT: u64 = 139_900_000_000_000;

/// How a program run ended.
pub enum RunError {
    Syntax(SyntaxError, Arc<SourceFile>),
    Exception(PyErr),
}

impl Vm {
    /// A fresh interpreter's main thread (holding the GIL).
    pub fn new_main() -> Vm {
        let shared = Arc::new(Shared {
            gil: Arc::new(Gil::new()),
            stdout: parking_lot::Mutex::new(OutputSink::Stdout),
            stderr: parking_lot::Mutex::new(OutputSink::Stderr),
            main_thread: AtomicU64::new(crate::vm::interp::current_thread_id()),
            next_ident: AtomicU64::new(FIRST_IDENT + 1),
            thread_stack_size: std::sync::atomic::AtomicUsize::new(0),
            pending_signals: AtomicU64::new(0),
        });
        let held = shared.gil.acquire_held();
        let types = Types::new();
        let builtins = Rc::new(PyDict::new());
        let state = Rc::new(State {
            types,
            builtins,
            modules: Rc::new(PyDict::new()),
            recursion_limit: Cell::new(1000),
            argv: RefCell::new(Vec::new()),
            path: RefCell::new(Vec::new()),
            class_epoch: Cell::new(1),
            open_files: Default::default(),
            int_max_str_digits: Cell::new(crate::objects::number::INT_MAX_STR_DIGITS),
            initializing: RefCell::new(std::collections::HashMap::new()),
            import_waits: RefCell::new(std::collections::HashMap::new()),
            signal_handlers: RefCell::new(std::collections::HashMap::new()),
            weak_callbacks: Default::default(),
            stdin_unread: RefCell::new(String::new()),
            gc: super::gc::Collector::new(shared.clone()),
            builtins_key: crate::objects::PyStr::new("__builtins__"),
        });
        let mut vm = Vm {
            shared,
            state,
            frames: Vec::new(),
            handled: Vec::new(),
            depth: 0,
            native_depth: Cell::new(0),
            reraising: false,
            repr_stack: Vec::new(),
            repr_depth: 0,
            frame_pool: Vec::new(),
            ident: FIRST_IDENT,
            current_globals: None,
            // The thread creating an interpreter may be any thread (the embedding program's):
            // assume the smallest stack Rust gives its threads, from here down.
            stack_floor: super::thread::stack_floor(EMBEDDER_STACK_SIZE),
            thread_locals: super::thread::ThreadLocalsUsed::new(FIRST_IDENT),
            sentinels: super::thread::Sentinels::default(),
            held,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// The thread state of a new thread of the same interpreter (called on that thread,
    /// with the GIL held).
    pub fn new_thread(shared: Arc<Shared>, state: Rc<State>, held: HeldGil, ident: u64) -> Vm {
        Vm {
            shared,
            state,
            frames: Vec::new(),
            handled: Vec::new(),
            depth: 0,
            native_depth: Cell::new(0),
            reraising: false,
            repr_stack: Vec::new(),
            repr_depth: 0,
            frame_pool: Vec::new(),
            ident,
            current_globals: None,
            stack_floor: 0,
            thread_locals: super::thread::ThreadLocalsUsed::new(ident),
            sentinels: super::thread::Sentinels::default(),
            held,
        }
    }

    pub fn is_main_thread(&self) -> bool {
        self.shared
            .main_thread
            .load(std::sync::atomic::Ordering::Relaxed)
            == current_thread_id()
    }

    /// A new module object registered in `sys.modules`.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<Module> {
        let dict = Rc::new(PyDict::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        dict.set_str("__builtins__", Value::Dict(self.state.builtins.clone()));
        if let Some(f) = file {
            dict.set_str("__file__", Value::str(f));
        }
        let m = Rc::new(Module {
            name: name.to_string(),
            dict,
        });
        self.state.modules.set_str(name, Value::Module(m.clone()));
        m
    }

    /// Compiles and runs `source` as module code in `globals`.
    pub fn run_source(
        &mut self,
        file: Arc<SourceFile>,
        globals: &Rc<PyDict>,
    ) -> Result<Value, RunError> {
        let module =
            syntax::parse_module(&file.text).map_err(|e| RunError::Syntax(e, file.clone()))?;
        let code = codegen::compile_module(&module, file.clone())
            .map_err(|e| RunError::Syntax(e, file.clone()))?;
        drop(module);
        self.run_code(code, globals).map_err(RunError::Exception)
    }

    /// Runs a compiled module-level code object.
    pub fn run_code(
        &mut self,
        code: Rc<crate::compiler::bytecode::Code>,
        globals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        self.run_code_in(code, globals, globals)
    }

    /// Runs module-level code with separate globals and locals (`exec(src, g, l)`).
    pub fn run_code_in(
        &mut self,
        code: Rc<crate::compiler::bytecode::Code>,
        globals: &Rc<PyDict>,
        locals: &Rc<PyDict>,
    ) -> PyResult<Value> {
        let frame = Frame::new(code, globals.clone(), Some(locals.clone()));
        self.enter_frame()?;
        match self.run_frame(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => Ok(Value::None),
        }
    }

    /// Writes text to `sys.stdout` (through the blocking door).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        let shared = self.shared.clone();
        let text = s.to_string();
        let r = self.release_gil_while(move || write_sink(&shared.stdout.lock(), &text));
        r.map_err(|e| self.os_error(&e, None))
    }

    /// Writes text to `sys.stderr` (through the blocking door).
    pub fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        let shared = self.shared.clone();
        let text = s.to_string();
        let r = self.release_gil_while(move || write_sink(&shared.stderr.lock(), &text));
        r.map_err(|e| self.os_error(&e, None))
    }

    /// Writes a str to `sys.stdout` (`to_stderr`: `sys.stderr`), encoded as CPython encodes
    /// them under the C and C.UTF-8 locales: UTF-8 with errors='surrogateescape' for stdout
    /// (U+DC80..U+DCFF give back the bytes 0x80..0xFF, any other lone surrogate raises
    /// UnicodeEncodeError) and errors='backslashreplace' for stderr.
    pub fn write_std_str(&mut self, s: &crate::objects::PyStr, to_stderr: bool) -> PyResult<()> {
        if !s.has_surrogates() {
            return if to_stderr {
                self.write_stderr(s.as_str())
            } else {
                self.write_stdout(s.as_str())
            };
        }
        let errors = if to_stderr {
            "backslashreplace"
        } else {
            "surrogateescape"
        };
        let bytes = crate::builtins::codecs::encode(self, s, None, Some(errors))?;
        let shared = self.shared.clone();
        let r = self.release_gil_while(move || {
            let sink = if to_stderr {
                shared.stderr.lock()
            } else {
                shared.stdout.lock()
            };
            write_sink_bytes(&sink, &bytes)
        });
        r.map_err(|e| self.os_error(&e, None))
    }
}

/// Interpreters that get Ctrl-C (see [`deliver_sigint_to`]).
static SIGINT_TARGETS: parking_lot::Mutex<Vec<std::sync::Weak<Shared>>> =
    parking_lot::Mutex::new(Vec::new());

/// Makes Ctrl-C raise KeyboardInterrupt in this interpreter's main thread (the command line
/// does this; an embedding program decides for itself). The process-wide handler runs on
/// its own thread (ctrlc) and sets the SIGNAL bit of every registered interpreter's eval
/// breaker.
pub fn deliver_sigint_to(shared: &Arc<Shared>) {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    SIGINT_TARGETS.lock().push(Arc::downgrade(shared));
    INSTALLED.call_once(|| {
        let _ = ctrlc::set_handler(|| deliver_signals(1 << 2));
    });
}

/// Delivers signals (bit n: signal n) to every interpreter registered with
/// [`deliver_sigint_to`]: each records them and its main thread handles them at its next
/// safe point.
pub fn deliver_signals(mask: u64) {
    let mut targets = SIGINT_TARGETS.lock();
    targets.retain(|w| w.strong_count() > 0);
    for t in targets.iter().filter_map(|w| w.upgrade()) {
        t.pending_signals
            .fetch_or(mask, std::sync::atomic::Ordering::SeqCst);
        t.gil.eval_breaker.fetch_or(
            super::gil::breaker::SIGNAL,
            std::sync::atomic::Ordering::SeqCst,
        );
    }
}

/// Sets `bit` in the eval breaker of every interpreter registered with
/// [`deliver_sigint_to`] (the command line's), from any thread.
pub fn request_breaker(bit: u32) {
    let mut targets = SIGINT_TARGETS.lock();
    targets.retain(|w| w.strong_count() > 0);
    for t in targets.iter().filter_map(|w| w.upgrade()) {
        t.gil
            .eval_breaker
            .fetch_or(bit, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Stack size of the threads Python code starts: CPython's (the platform's default
/// pthread stack, 8 MiB on Linux). Deep native recursion (`__repr__` calling `repr`, …)
/// nests eval loops; [`Vm::stack_exhausted`] turns running out into RecursionError.
pub const THREAD_STACK_SIZE: usize = 8 << 20;

/// Stack size of the command line's interpreter thread (the main program): address space
/// reserved, not committed, so deep recursion in the main thread reaches the recursion
/// limit before the stack guard.
pub const MAIN_STACK_SIZE: usize = 256 << 20;

/// What a thread that creates an interpreter itself is assumed to have (Rust's default for
/// spawned threads), counted from where the interpreter is created.
pub const EMBEDDER_STACK_SIZE: usize = 2 << 20;

/// Runs a script as `__main__`: sets `sys.argv` and `sys.path`, runs it, reports an uncaught
/// exception as CPython does, and returns the exit status.
pub fn run_main(
    vm: &mut Vm,
    main_stack_size: usize,
    source: Arc<SourceFile>,
    argv: Vec<String>,
    render_syntax: impl Fn(&SourceFile, &SyntaxError) -> String,
) -> i32 {
    super::thread::report_panics_as_python_errors();
    vm.stack_floor = vm
        .stack_floor
        .min(super::thread::stack_floor(main_stack_size));
    let script_dir = if source.name.starts_with('<') {
        String::new()
    } else {
        std::path::Path::new(&source.name)
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    *vm.state.argv.borrow_mut() = argv;
    vm.state.path.borrow_mut().push(script_dir);
    let main = vm.new_module("__main__", None);
    if !source.name.starts_with('<') {
        main.dict.set_str("__file__", Value::str(&source.name));
    }
    let globals = main.dict.clone();
    // A Rust panic that escapes the native-call boundary (a bug in the eval loop itself) is
    // reported as a SystemError traceback, and the other threads are still joined.
    let result = match vm.catch_panic(|vm| vm.run_source(source, &globals)) {
        Ok(r) => r,
        Err(e) => Err(RunError::Exception(e)),
    };
    let status = match result {
        Ok(_) => 0,
        Err(RunError::Syntax(e, file)) => {
            let _ = vm.write_stderr(&render_syntax(&file, &e));
            1
        }
        Err(RunError::Exception(e)) => vm.report_uncaught(&e),
    };
    drop(globals);
    // As CPython at exit: wait for non-daemon threads (daemon threads die with the process).
    let shutdown = vm
        .catch_panic(|vm| vm.shutdown_threads())
        .unwrap_or_else(Err);
    let status = match shutdown {
        Ok(()) => status,
        Err(e) => vm.report_uncaught(&e).max(status),
    };
    // Then the `atexit` functions (they may still use threads and files).
    let status = match vm.catch_panic(|vm| vm.run_atexit()).unwrap_or_else(Err) {
        Ok(()) => status,
        Err(e) => vm.report_uncaught(&e).max(status),
    };
    super::gc::at_exit(vm);
    vm.state.open_files.close_all();
    let _ = std::io::Write::flush(&mut std::io::stdout());
    status
}

impl Vm {
    /// Runs `f`, turning a Rust panic that escapes it into a `SystemError` (with this
    /// thread's interpreter stacks emptied, so it can go on running Python).
    pub fn catch_panic<R>(&mut self, f: impl FnOnce(&mut Vm) -> R) -> Result<R, PyErr> {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(r) => Ok(r),
            Err(panic) => {
                self.recover_from_panic();
                Err(self.internal_error(panic))
            }
        }
    }

    /// `threading._shutdown()`, if `threading` was imported.
    pub fn shutdown_threads(&mut self) -> PyResult<()> {
        if let Some(Value::Module(m)) = self.state.modules.get_str("threading")
            && let Some(f) = m.dict.get_str("_shutdown")
        {
            self.call0(&f, &[])?;
        }
        Ok(())
    }

    /// `atexit._run_exitfuncs()`, if `atexit` was imported.
    pub fn run_atexit(&mut self) -> PyResult<()> {
        if let Some(Value::Module(m)) = self.state.modules.get_str("atexit")
            && let Some(f) = m.dict.get_str("_run_exitfuncs")
        {
            self.call0(&f, &[])?;
        }
        Ok(())
    }

    /// Prints an uncaught exception (or handles `SystemExit`); returns the exit status.
    pub fn report_uncaught(&mut self, e: &PyErr) -> i32 {
        if e.is_instance_of(&self.types().system_exit.clone()) {
            let code = e
                .state()
                .borrow()
                .args
                .first()
                .cloned()
                .unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => i as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let text = self.to_str(&other).unwrap_or_default();
                    let _ = self.write_stderr(&format!("{text}\n"));
                    1
                }
            };
        }
        let text = self.format_exception(e);
        let _ = self.write_stderr(&text);
        if e.is_instance_of(&self.types().keyboard_interrupt.clone()) {
            // CPython dies by SIGINT here; a shell shows that as status 130.
            return 130;
        }
        1
    }
}

/// [`write_sink`] for bytes that need not be UTF-8 (a callback sees them decoded lossily).
fn write_sink_bytes(sink: &OutputSink, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    match sink {
        OutputSink::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
        OutputSink::Stderr => {
            let mut out = std::io::stderr().lock();
            out.write_all(bytes)?;
            out.flush()
        }
        OutputSink::Callback(f) => {
            f(&String::from_utf8_lossy(bytes));
            Ok(())
        }
    }
}

fn write_sink(sink: &OutputSink, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    match sink {
        OutputSink::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()
        }
        OutputSink::Stderr => {
            let mut out = std::io::stderr().lock();
            out.write_all(text.as_bytes())?;
            out.flush()
        }
        OutputSink::Callback(f) => {
            f(text);
            Ok(())
        }
    }
}

/// A number identifying the current OS thread.
pub fn current_thread_id() -> u64 {
    thread_local! {
        static ID: u64 = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            std::thread::current().id().hash(&mut h);
            // Never 0: the GIL uses 0 for "no holder".
            h.finish().max(1)
        };
    }
    ID.with(|id| *id)
}
