//! Files and the standard streams: `open()` and `sys.stdout`/`sys.stderr`/`sys.stdin`.

use crate::objects::heap::Rc;

use crate::objects::Value;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

/// The object behind `sys.stdout` (fd 1), `sys.stderr` (fd 2) or `sys.stdin` (fd 0).
pub fn std_stream(vm: &mut Vm, fd: i32) -> Value {
    let cls = crate::builtins::types::builtin_class(
        "TextIOWrapper",
        &[&vm.types().object.clone()],
        crate::objects::class::BuiltinKind::Native,
    );
    crate::builtins::add_methods(
        &cls,
        &[
            ("write", stream_write),
            ("flush", stream_flush),
            ("readline", stream_readline),
            ("fileno", stream_fileno),
        ],
    );
    Value::Native(Rc::new(crate::objects::value::NativeObject {
        class: cls,
        payload: Box::new(fd),
        dict: std::cell::RefCell::new(None),
    }))
}

fn fd_of(v: &Value) -> i32 {
    match v {
        Value::Native(n) => n.payload.downcast_ref::<i32>().copied().unwrap_or(1),
        _ => 1,
    }
}

fn stream_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "write", 2)?;
    let s = match &a[1] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        }
    };
    let n = s.chars().count();
    if fd_of(&a[0]) == 2 {
        vm.write_stderr(&s)?;
    } else {
        vm.write_stdout(&s)?;
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn stream_fileno(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(fd_of(&args.args[0]) as i64))
}

fn stream_readline(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::string(vm.read_stdin_line()?))
}

/// An open file: the OS handle behind a mutex so reads and writes can happen without the
/// GIL (through the blocking door).
pub struct FileObject {
    inner: std::sync::Arc<parking_lot::Mutex<FileInner>>,
    name: String,
    mode: String,
    binary: bool,
}

struct FileInner {
    reader: Option<std::io::BufReader<std::fs::File>>,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    closed: bool,
}

fn file_of(vm: &Vm, v: &Value) -> PyResult<Rc<Value>> {
    match v {
        Value::Native(n) if n.payload.is::<FileObject>() => Ok(Rc::new(v.clone())),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn with_file<R>(vm: &Vm, v: &Value, f: impl FnOnce(&FileObject) -> R) -> PyResult<R> {
    let _ = file_of(vm, v)?;
    match v {
        Value::Native(n) => Ok(f(n.payload.downcast_ref::<FileObject>().expect("checked"))),
        _ => unreachable!(),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)`.
pub fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::bind(
        vm,
        args,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let name = match a[0].as_ref().unwrap() {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            )));
        }
    };
    let mode = match &a[1] {
        Some(Value::Str(m)) => m.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "open() argument 'mode' must be str, not {}",
                vm.type_name(v)
            )));
        }
        None => "r".to_string(),
    };
    let valid = mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let mut opts = std::fs::OpenOptions::new();
    let (read, write) = match mode.chars().find(|c| "rwax".contains(*c)).unwrap() {
        'r' => {
            opts.read(true).write(plus);
            (true, plus)
        }
        'w' => {
            opts.write(true).create(true).truncate(true).read(plus);
            (plus, true)
        }
        'a' => {
            opts.append(true).create(true).read(plus);
            (plus, true)
        }
        _ => {
            opts.write(true).create_new(true).read(plus);
            (plus, true)
        }
    };
    let path = name.clone();
    let opened = vm.release_gil_while(move || opts.open(&path));
    let file = opened.map_err(|e| vm.os_error(&e, Some(&name)))?;
    let inner = FileInner {
        reader: if read {
            Some(std::io::BufReader::new(
                file.try_clone().map_err(|e| vm.os_error(&e, Some(&name)))?,
            ))
        } else {
            None
        },
        writer: if write {
            Some(std::io::BufWriter::new(file))
        } else {
            None
        },
        closed: false,
    };
    let class_name = if binary {
        if write {
            "BufferedWriter"
        } else {
            "BufferedReader"
        }
    } else {
        "TextIOWrapper"
    };
    let cls = crate::builtins::types::builtin_class(
        class_name,
        &[&vm.types().object.clone()],
        crate::objects::class::BuiltinKind::Native,
    );
    cls.dict.set_str("__module__", Value::str("_io"));
    crate::builtins::add_methods(
        &cls,
        &[
            ("read", file_read),
            ("readline", file_readline),
            ("readlines", file_readlines),
            ("write", file_write),
            ("writelines", file_writelines),
            ("close", file_close),
            ("flush", file_flush),
            ("__enter__", file_enter),
            ("__exit__", file_exit),
            ("__iter__", file_enter),
            ("__next__", file_next),
            ("__repr__", file_repr),
        ],
    );
    let obj = Value::Native(Rc::new(crate::objects::value::NativeObject {
        class: cls,
        payload: Box::new(FileObject {
            inner: std::sync::Arc::new(parking_lot::Mutex::new(inner)),
            name: name.clone(),
            mode: mode.clone(),
            binary,
        }),
        dict: std::cell::RefCell::new(Some(Rc::new(crate::objects::dict::PyDict::new()))),
    }));
    if let Some(d) = vm.instance_dict(&obj) {
        d.set_str("name", Value::string(name));
        d.set_str("mode", Value::string(mode));
        d.set_str("closed", Value::Bool(false));
    }
    Ok(obj)
}

fn io_error(vm: &Vm, msg: &str) -> crate::vm::PyErr {
    if msg == "not readable" || msg == "not writable" {
        return vm.new_error(&vm.types().unsupported_operation.clone(), msg);
    }
    vm.value_error(msg.to_string())
}

/// The `io` module: `open` and `UnsupportedOperation`.
pub fn module(vm: &mut Vm) -> Rc<crate::objects::module::Module> {
    let m = super::new_native_module(vm, "io", &[("open", open)]);
    super::set(
        &m,
        "UnsupportedOperation",
        Value::Class(vm.types().unsupported_operation.clone()),
    );
    m
}

/// Runs `op` on the file without the GIL.
fn file_op<R: Send>(
    vm: &mut Vm,
    v: &Value,
    op: impl FnOnce(&mut FileInner) -> Result<R, String> + Send,
) -> PyResult<(R, bool)> {
    let (inner, binary) = with_file(vm, v, |f| (f.inner.clone(), f.binary))?;
    let r = vm.release_gil_while(move || {
        let mut g = inner.lock();
        if g.closed {
            return Err("I/O operation on closed file.".to_string());
        }
        op(&mut g)
    });
    r.map(|x| (x, binary)).map_err(|e| io_error(vm, &e))
}

fn to_text(vm: &Vm, bytes: Vec<u8>, binary: bool) -> PyResult<Value> {
    if binary {
        return Ok(Value::Bytes(Rc::new(bytes)));
    }
    let s = String::from_utf8(bytes).map_err(|_| {
        vm.new_error(
            &vm.types().by_name["UnicodeDecodeError"].clone(),
            "'utf-8' codec can't decode bytes",
        )
    })?;
    Ok(Value::string(if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }))
}

fn file_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Read;
    let limit = match args.args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let (bytes, binary) = file_op(vm, &args.args[0], move |f| {
        let r = f.reader.as_mut().ok_or("not readable")?;
        let mut buf = Vec::new();
        match limit {
            Some(n) => {
                r.take(n as u64)
                    .read_to_end(&mut buf)
                    .map_err(|e| e.to_string())?;
            }
            None => {
                r.read_to_end(&mut buf).map_err(|e| e.to_string())?;
            }
        }
        Ok(buf)
    })?;
    to_text(vm, bytes, binary)
}

fn read_line(f: &mut FileInner) -> Result<Vec<u8>, String> {
    use std::io::BufRead;
    let r = f.reader.as_mut().ok_or("not readable")?;
    let mut buf = Vec::new();
    r.read_until(b'\n', &mut buf).map_err(|e| e.to_string())?;
    Ok(buf)
}

fn file_readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (bytes, binary) = file_op(vm, &args.args[0], read_line)?;
    to_text(vm, bytes, binary)
}

fn file_readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let (bytes, binary) = file_op(vm, &args.args[0], read_line)?;
        if bytes.is_empty() {
            break;
        }
        out.push(to_text(vm, bytes, binary)?);
    }
    Ok(Value::list(out))
}

fn file_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (bytes, binary) = file_op(vm, &args.args[0], read_line)?;
    if bytes.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    to_text(vm, bytes, binary)
}

fn file_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Write;
    let a = crate::builtins::args::exact(vm, args, "write", 2)?;
    let binary = with_file(vm, &a[0], |f| f.binary)?;
    let (data, n) = match (&a[1], binary) {
        (Value::Str(s), false) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        (Value::Bytes(b), true) => (b.as_ref().clone(), b.len()),
        (v, false) => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        }
        (v, true) => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            )));
        }
    };
    file_op(vm, &a[0], move |f| {
        let w = f.writer.as_mut().ok_or("not writable")?;
        w.write_all(&data).map_err(|e| e.to_string())
    })?;
    Ok(Value::Int(n as i64))
}

fn file_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "writelines", 2)?;
    for line in vm.collect_iterable(&a[1])? {
        file_write(vm, &Args::new(&[a[0].clone(), line]))?;
    }
    Ok(Value::None)
}

fn file_flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Write;
    file_op(vm, &args.args[0], |f| {
        if let Some(w) = f.writer.as_mut() {
            w.flush().map_err(|e| e.to_string())?;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

fn file_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Write;
    let inner = with_file(vm, &args.args[0], |f| f.inner.clone())?;
    let r = vm.release_gil_while(move || {
        let mut g = inner.lock();
        if g.closed {
            return Ok(());
        }
        g.closed = true;
        g.reader = None;
        match g.writer.take() {
            Some(mut w) => w.flush(),
            None => Ok(()),
        }
    });
    if let Some(d) = vm.instance_dict(&args.args[0]) {
        d.set_str("closed", Value::Bool(true));
    }
    r.map_err(|e| vm.os_error(&e, None))?;
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let closed = with_file(vm, &args.args[0], |f| f.inner.lock().closed)?;
    if closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(args.args[0].clone())
}

fn file_exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    file_close(vm, &Args::new(&args.args[..1]))?;
    Ok(Value::Bool(false))
}

fn file_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, mode, binary) = with_file(vm, &args.args[0], |f| {
        (f.name.clone(), f.mode.clone(), f.binary)
    })?;
    let cls = vm.type_of(&args.args[0]).name();
    let name_r = crate::objects::repr::str_repr(&name);
    Ok(Value::string(if binary {
        format!("<_io.{cls} name={name_r}>")
    } else {
        format!("<_io.{cls} name={name_r} mode='{mode}' encoding='UTF-8'>")
    }))
}
