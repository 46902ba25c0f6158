//! Files and the standard streams: `open()` and `sys.stdout`/`sys.stderr`/`sys.stdin`.

use crate::objects::heap::Rc;

use crate::objects::function::Args;
use crate::objects::{PyStr, Value};
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
            ("readlines", stream_readlines),
            ("read", stream_read),
            ("__iter__", stream_iter),
            ("__next__", stream_next),
            ("fileno", stream_fileno),
            ("isatty", stream_isatty),
        ],
    );
    // The data attributes CPython's streams have (logging's handler reprs show `name`).
    let (name, mode) = match fd {
        0 => ("<stdin>", "r"),
        1 => ("<stdout>", "w"),
        _ => ("<stderr>", "w"),
    };
    let dict = crate::objects::dict::PyDict::new();
    dict.set_str("name", Value::str(name));
    dict.set_str("mode", Value::str(mode));
    dict.set_str("encoding", Value::str("utf-8"));
    dict.set_str(
        "errors",
        Value::str(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }),
    );
    Value::Native(Rc::new(crate::objects::value::NativeObject {
        class: cls,
        payload: Box::new(fd),
        dict: std::cell::RefCell::new(Some(Rc::new(dict))),
    }))
}

/// Whether `v` is the standard stream object for file descriptor `fd` (`sys.__stdout__`…).
pub fn is_std_stream(v: &Value, fd: i32) -> bool {
    match v {
        Value::Native(n) => n.payload.downcast_ref::<i32>() == Some(&fd),
        _ => false,
    }
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
        Value::Str(s) => s.clone(),
        v => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            )));
        }
    };
    vm.write_std_str(&s, fd_of(&a[0]) == 2)?;
    Ok(Value::Int(s.char_len() as i64))
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

/// Every line up to end of file (each read through the blocking door).
fn stdin_lines(vm: &mut Vm) -> PyResult<Vec<String>> {
    let mut lines = Vec::new();
    loop {
        let line = vm.read_stdin_line()?;
        if line.is_empty() {
            return Ok(lines);
        }
        lines.push(line);
    }
}

fn stream_readlines(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let lines = stdin_lines(vm)?;
    Ok(Value::list(lines.into_iter().map(Value::string).collect()))
}

/// `read(size=-1)`: the rest of the input, or up to `size` characters of it (stdin is read
/// by lines; what is read past `size` is kept for the next read).
fn stream_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let size = match args.args.get(1) {
        None | Some(Value::None) => -1,
        Some(v) => vm.to_index(v)?,
    };
    if size < 0 {
        return Ok(Value::string(stdin_lines(vm)?.concat()));
    }
    let mut text = String::new();
    while (text.chars().count() as i64) < size {
        let line = vm.read_stdin_line()?;
        if line.is_empty() {
            break;
        }
        text.push_str(&line);
    }
    if let Some((cut, _)) = text.char_indices().nth(size as usize) {
        let surplus = text.split_off(cut);
        vm.unread_stdin(surplus);
    }
    Ok(Value::string(text))
}

fn stream_iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn stream_next(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let line = vm.read_stdin_line()?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(Value::string(line))
}

fn stream_isatty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // SAFETY: isatty only inspects the descriptor number.
    Ok(Value::Bool(
        unsafe { libc::isatty(fd_of(&args.args[0])) } == 1,
    ))
}

/// An open file: the OS handle behind a mutex so reads and writes can happen without the
/// GIL (through the blocking door).
pub struct FileObject {
    inner: std::sync::Arc<parking_lot::Mutex<FileInner>>,
    name: String,
    mode: String,
    binary: bool,
}

pub struct FileInner {
    reader: Option<std::io::BufReader<std::fs::File>>,
    writer: Option<std::io::BufWriter<std::fs::File>>,
    closed: bool,
    text: TextState,
}

/// Text mode: how bytes become characters (`encoding`, `errors`, `newline`), and the
/// characters decoded but not yet handed out, so that `read(n)` and `readline(limit)`
/// count characters as CPython does.
struct TextState {
    encoding: Encoding,
    /// The name as given to `open` (for the repr).
    encoding_name: Option<String>,
    errors: Errors,
    /// `None`: universal newlines (read: `\r\n` and `\r` become `\n`); `Some("")`: lines
    /// end at any of them, untranslated; `Some(t)`: lines end at `t`, and a written
    /// `\n` becomes `t`.
    newline: Option<&'static str>,
    decoded: String,
    /// Bytes read but not yet decoded (an incomplete UTF-8 sequence, a trailing `\r`).
    undecoded: Vec<u8>,
    /// Bytes of the file decoded so far (for error positions).
    consumed: usize,
    eof: bool,
}

use crate::syntax::encoding::Encoding;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    Strict,
    Replace,
    Ignore,
}

/// Every file an interpreter opened, so that files still open at exit are flushed and
/// closed as CPython does (even those only a reference cycle keeps alive).
#[derive(Default)]
pub struct OpenFiles(parking_lot::Mutex<Vec<std::sync::Weak<parking_lot::Mutex<FileInner>>>>);

impl OpenFiles {
    fn register(&self, f: &std::sync::Arc<parking_lot::Mutex<FileInner>>) {
        let mut list = self.0.lock();
        list.retain(|w| w.strong_count() > 0);
        list.push(std::sync::Arc::downgrade(f));
    }

    /// Flushes and closes every file still open (at interpreter exit).
    pub fn close_all(&self) {
        use std::io::Write;
        let list = std::mem::take(&mut *self.0.lock());
        for f in list.iter().filter_map(std::sync::Weak::upgrade) {
            let mut g = f.lock();
            g.closed = true;
            g.reader = None;
            if let Some(mut w) = g.writer.take() {
                let _ = w.flush();
            }
        }
    }
}

const CHUNK: usize = 8192;

impl TextState {
    /// Decodes one more chunk from `r`; false at end of file.
    fn fill(&mut self, r: &mut impl std::io::Read) -> Result<bool, String> {
        if self.eof {
            return Ok(false);
        }
        let mut buf = vec![0u8; CHUNK];
        let n = r.read(&mut buf).map_err(|e| e.to_string())?;
        buf.truncate(n);
        self.undecoded.extend_from_slice(&buf);
        if n == 0 {
            self.eof = true;
        }
        // Keep back an incomplete UTF-8 sequence, and a final `\r` that may start a
        // `\r\n`, until more bytes (or the end) arrive.
        let mut cut = self.undecoded.len();
        if !self.eof {
            if self.encoding == Encoding::Utf8 {
                cut = utf8_complete_prefix(&self.undecoded);
            }
            if cut > 0 && self.undecoded[cut - 1] == b'\r' {
                cut -= 1;
            }
        }
        let bytes: Vec<u8> = self.undecoded.drain(..cut).collect();
        let text = self.decode(&bytes)?;
        self.consumed += bytes.len();
        match self.newline {
            None if text.contains('\r') => self
                .decoded
                .push_str(&text.replace("\r\n", "\n").replace('\r', "\n")),
            _ => self.decoded.push_str(&text),
        }
        Ok(n > 0 || !bytes.is_empty())
    }

    fn decode(&self, bytes: &[u8]) -> Result<String, String> {
        match self.encoding.decode(bytes) {
            Ok(s) => Ok(s),
            Err(_) if self.errors != Errors::Strict => {
                let replace = self.errors == Errors::Replace;
                Ok(match self.encoding {
                    Encoding::Utf8 => {
                        let s = String::from_utf8_lossy(bytes).into_owned();
                        if replace {
                            s
                        } else {
                            s.replace('\u{fffd}', "")
                        }
                    }
                    _ => bytes
                        .iter()
                        .filter_map(|&b| {
                            if b.is_ascii() {
                                Some(b as char)
                            } else if replace {
                                Some('\u{fffd}')
                            } else {
                                None
                            }
                        })
                        .collect(),
                })
            }
            Err(at) => {
                let name = self.encoding.name();
                let why = match self.encoding {
                    Encoding::Ascii => "ordinal not in range(128)".to_string(),
                    _ => utf8_error_reason(&bytes[at..]).to_string(),
                };
                Err(format!(
                    "UnicodeDecodeError:'{name}' codec can't decode byte 0x{:02x} in position {}: {why}",
                    bytes[at],
                    self.consumed + at
                ))
            }
        }
    }

    /// Where the first line of `decoded` ends (just past its terminator), if it does.
    fn line_end(&self) -> Option<usize> {
        let d = &self.decoded;
        match self.newline {
            None | Some("\n") => d.find('\n').map(|i| i + 1),
            Some("") => {
                let i = d.find(['\r', '\n'])?;
                if d.as_bytes()[i] == b'\r' {
                    if i + 1 < d.len() {
                        Some(if d.as_bytes()[i + 1] == b'\n' {
                            i + 2
                        } else {
                            i + 1
                        })
                    } else if self.eof {
                        Some(i + 1)
                    } else {
                        None
                    }
                } else {
                    Some(i + 1)
                }
            }
            Some(t) => d.find(t).map(|i| i + t.len()),
        }
    }

    /// Takes up to `n` characters (all with `None`) from the decoded text.
    fn take_chars(&mut self, n: Option<usize>) -> String {
        let at = match n {
            Some(n) => self
                .decoded
                .char_indices()
                .nth(n)
                .map_or(self.decoded.len(), |(i, _)| i),
            None => self.decoded.len(),
        };
        let rest = self.decoded.split_off(at);
        std::mem::replace(&mut self.decoded, rest)
    }

    fn read(&mut self, r: &mut impl std::io::Read, n: Option<usize>) -> Result<String, String> {
        while n.is_none_or(|n| self.decoded.chars().count() < n) {
            if !self.fill(r)? {
                break;
            }
        }
        Ok(self.take_chars(n))
    }

    fn readline(
        &mut self,
        r: &mut impl std::io::Read,
        limit: Option<usize>,
    ) -> Result<String, String> {
        loop {
            if let Some(end) = self.line_end() {
                let chars = self.decoded[..end].chars().count();
                return Ok(self.take_chars(Some(limit.map_or(chars, |l| l.min(chars)))));
            }
            if limit.is_some_and(|l| self.decoded.chars().count() >= l) {
                return Ok(self.take_chars(limit));
            }
            if !self.fill(r)? {
                return Ok(self.take_chars(limit));
            }
        }
    }

    /// Text to the bytes written: newline translation, then encoding.
    fn encode(&self, s: &str) -> Result<Vec<u8>, String> {
        let s = match self.newline {
            Some(t @ ("\r" | "\r\n")) if s.contains('\n') => s.replace('\n', t),
            _ => s.to_string(),
        };
        let max = match self.encoding {
            Encoding::Utf8 => return Ok(s.into_bytes()),
            Encoding::Latin1 => 0xff,
            Encoding::Ascii => 0x7f,
        };
        let mut out = Vec::with_capacity(s.len());
        for (i, c) in s.chars().enumerate() {
            if (c as u32) <= max {
                out.push(c as u8);
            } else {
                match self.errors {
                    Errors::Replace => out.push(b'?'),
                    Errors::Ignore => {}
                    Errors::Strict => {
                        return Err(format!(
                            "UnicodeEncodeError:'{}' codec can't encode character {} in position {i}: ordinal not in range({})",
                            self.encoding.name(),
                            match c as u32 {
                                n @ 0..=0xff => format!("'\\x{n:02x}'"),
                                n @ 0..=0xffff => format!("'\\u{n:04x}'"),
                                n => format!("'\\U{n:08x}'"),
                            },
                            max + 1
                        ));
                    }
                }
            }
        }
        Ok(out)
    }
}

/// The length of the longest prefix of `b` that does not end inside a UTF-8 sequence.
fn utf8_complete_prefix(b: &[u8]) -> usize {
    let n = b.len();
    for back in 1..=3.min(n) {
        let byte = b[n - back];
        if byte & 0xc0 != 0x80 {
            let need = match byte {
                0xc0..=0xdf => 2,
                0xe0..=0xef => 3,
                0xf0..=0xf7 => 4,
                _ => 1,
            };
            return if need > back { n - back } else { n };
        }
    }
    n
}

/// CPython's reason for an invalid UTF-8 sequence starting at `b[0]`.
fn utf8_error_reason(b: &[u8]) -> &'static str {
    match b[0] {
        0x80..=0xbf | 0xf8..=0xff | 0xc0 | 0xc1 => "invalid start byte",
        _ if b.len() < 2 => "unexpected end of data",
        _ => "invalid continuation byte",
    }
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
    let text_arg = |i: usize, what: &str, vm: &mut Vm| -> PyResult<Option<String>> {
        match &a[i] {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(v) => Err(vm.type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let encoding_name = text_arg(3, "encoding", vm)?;
    let errors_name = text_arg(4, "errors", vm)?;
    let newline_arg = text_arg(5, "newline", vm)?;
    if binary {
        for (given, what) in [
            (&encoding_name, "an encoding"),
            (&errors_name, "an errors"),
            (&newline_arg, "a newline"),
        ] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let encoding = match &encoding_name {
        None => Encoding::Utf8,
        Some(n) => Encoding::named(n).ok_or_else(|| {
            vm.new_error(
                &vm.types().lookup_error.clone(),
                format!("unknown encoding: {n}"),
            )
        })?,
    };
    let errors = match errors_name.as_deref() {
        None | Some("strict") => Errors::Strict,
        Some("replace") => Errors::Replace,
        Some("ignore") => Errors::Ignore,
        // Other handlers (surrogateescape, backslashreplace...) act as strict here.
        Some(_) => Errors::Strict,
    };
    let newline: Option<&'static str> = match newline_arg.as_deref() {
        None => None,
        Some("") => Some(""),
        Some("\n") => Some("\n"),
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        Some(other) => {
            return Err(vm.value_error(format!("illegal newline value: {other}")));
        }
    };
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
    let opened = vm.release_gil_while(move || {
        let file = opts.open(&path)?;
        // Linux opens a directory for reading; CPython refuses it.
        if file.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(21));
        }
        Ok(file)
    });
    let file = opened.map_err(|e| match e.raw_os_error() {
        Some(21) => {
            let cls = vm.types().by_name["IsADirectoryError"].clone();
            vm.new_exception(
                &cls,
                vec![
                    Value::Int(21),
                    Value::str("Is a directory"),
                    Value::str(&name),
                ],
            )
        }
        _ => vm.os_error(&e, Some(&name)),
    })?;
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
        text: TextState {
            encoding,
            encoding_name,
            errors,
            newline,
            decoded: String::new(),
            undecoded: Vec::new(),
            consumed: 0,
            eof: false,
        },
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
    let inner = std::sync::Arc::new(parking_lot::Mutex::new(inner));
    vm.state.open_files.register(&inner);
    let obj = Value::Native(Rc::new(crate::objects::value::NativeObject {
        class: cls,
        payload: Box::new(FileObject {
            inner,
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
    for class in ["UnicodeDecodeError", "UnicodeEncodeError"] {
        if let Some(text) = msg.strip_prefix(class).and_then(|m| m.strip_prefix(':')) {
            return vm.new_error(&vm.types().by_name[class].clone(), text);
        }
    }
    vm.value_error(msg.to_string())
}

/// The `io` module: `open` and `UnsupportedOperation`.
pub fn module(vm: &mut Vm) -> Rc<crate::objects::module::Module> {
    let m = super::new_native_module(vm, "_io", &[("open", open)]);
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

/// The size argument of `read`/`readline` (None or negative: no limit).
fn size_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<usize>> {
    match args.args.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.to_index_opt(v)?.ok_or_else(|| {
                vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                ))
            })?;
            Ok(usize::try_from(n).ok())
        }
    }
}

fn file_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Read;
    let limit = size_arg(vm, args)?;
    let binary = with_file(vm, &args.args[0], |f| f.binary)?;
    if !binary {
        let (s, _) = file_op(vm, &args.args[0], move |f| {
            let r = f.reader.as_mut().ok_or("not readable")?;
            f.text.read(r, limit)
        })?;
        return Ok(Value::string(s));
    }
    let (bytes, _) = file_op(vm, &args.args[0], move |f| {
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
    Ok(Value::Bytes(Rc::new(bytes)))
}

/// One line (at most `limit` characters, or bytes in binary mode).
fn read_line(vm: &mut Vm, file: &Value, limit: Option<usize>) -> PyResult<Value> {
    use std::io::BufRead;
    let binary = with_file(vm, file, |f| f.binary)?;
    if !binary {
        let (s, _) = file_op(vm, file, move |f| {
            let r = f.reader.as_mut().ok_or("not readable")?;
            f.text.readline(r, limit)
        })?;
        return Ok(Value::string(s));
    }
    let (bytes, _) = file_op(vm, file, move |f| {
        let r = f.reader.as_mut().ok_or("not readable")?;
        let mut buf = Vec::new();
        match limit {
            Some(n) => {
                use std::io::Read;
                r.take(n as u64)
                    .read_until(b'\n', &mut buf)
                    .map_err(|e| e.to_string())?;
            }
            None => {
                r.read_until(b'\n', &mut buf).map_err(|e| e.to_string())?;
            }
        }
        Ok(buf)
    })?;
    Ok(Value::Bytes(Rc::new(bytes)))
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Str(s) => s.as_str().is_empty(),
        Value::Bytes(b) => b.is_empty(),
        _ => true,
    }
}

fn file_readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let limit = size_arg(vm, args)?;
    read_line(vm, &args.args[0], limit)
}

fn file_readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut out = Vec::new();
    loop {
        let line = read_line(vm, &args.args[0], None)?;
        if is_empty(&line) {
            break;
        }
        out.push(line);
    }
    Ok(Value::list(out))
}

fn file_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let line = read_line(vm, &args.args[0], None)?;
    if is_empty(&line) {
        return Err(vm.stop_iteration(None));
    }
    Ok(line)
}

/// Text with lone surrogates, made writable as the file's errors handler says: strict
/// raises CPython's UnicodeEncodeError (no codec this module offers can encode a
/// surrogate), replace writes `?` for each, ignore drops them.
fn text_without_surrogates(vm: &mut Vm, file: &Value, s: &PyStr) -> PyResult<String> {
    // Fixed when the file was opened; the lock is only held for the copy.
    let (encoding, errors) = with_file(vm, file, |f| {
        let inner = f.inner.lock();
        (inner.text.encoding, inner.text.errors)
    })?;
    let cps = s.code_points();
    Ok(match errors {
        Errors::Strict => {
            use crate::objects::wtf8::is_surrogate;
            let codec = crate::builtins::codecs::codec(vm, Some(encoding.name()))?;
            let bad = |cp: u32| is_surrogate(cp) || !encoding_can(encoding, cp);
            // CPython reports the first code point the codec cannot write and the run of
            // such code points that follows it.
            let i = s.code_points().position(bad).unwrap_or(0);
            let run = s.code_points().skip(i).take_while(|&cp| bad(cp)).count();
            return Err(crate::builtins::codecs::encode_error(
                vm,
                codec,
                s,
                i,
                i + run.max(1),
            ));
        }
        Errors::Replace => cps.map(|cp| char::from_u32(cp).unwrap_or('?')).collect(),
        Errors::Ignore => cps.filter_map(char::from_u32).collect(),
    })
}

/// Whether a text file in `encoding` can write code point `cp` (surrogates aside).
fn encoding_can(encoding: Encoding, cp: u32) -> bool {
    match encoding {
        Encoding::Utf8 => true,
        Encoding::Latin1 => cp <= 0xff,
        Encoding::Ascii => cp <= 0x7f,
    }
}

fn file_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Write;
    let a = crate::builtins::args::exact(vm, args, "write", 2)?;
    let binary = with_file(vm, &a[0], |f| f.binary)?;
    let (text, data, n) = match (&a[1], binary) {
        (Value::Str(s), false) if s.has_surrogates() => (
            Some(text_without_surrogates(vm, &a[0], s)?),
            Vec::new(),
            s.char_len(),
        ),
        (Value::Str(s), false) => (Some(s.as_str().to_string()), Vec::new(), s.char_len()),
        (Value::Bytes(b), true) => (None, b.as_ref().clone(), b.len()),
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
        let data = match text {
            Some(t) => f.text.encode(&t)?,
            None => data,
        };
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
    let (name, mode, binary, encoding) = with_file(vm, &args.args[0], |f| {
        let encoding = match f.inner.lock().text.encoding_name.clone() {
            Some(e) => e,
            None => "UTF-8".to_string(),
        };
        (f.name.clone(), f.mode.clone(), f.binary, encoding)
    })?;
    let cls = vm.type_of(&args.args[0]).name();
    let name_r = crate::objects::repr::str_repr(&name);
    Ok(Value::string(if binary {
        format!("<_io.{cls} name={name_r}>")
    } else {
        format!("<_io.{cls} name={name_r} mode='{mode}' encoding='{encoding}'>")
    }))
}
