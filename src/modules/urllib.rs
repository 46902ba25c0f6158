//! `urllib.request` (`urlopen`, `urlretrieve`) over a real HTTP client (ureq, with TLS), and
//! `urllib.error`. Requests run without the GIL (the blocking door), so downloads in
//! threads overlap.

use crate::objects::heap::Rc;

use super::{new_native_module, set};
use crate::builtins::args::bind;
use crate::objects::Value;

use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyErr, PyResult, Vm};

pub fn package(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(vm, "urllib", &[]);
    set(&m, "__path__", Value::list(vec![]));
    m
}

pub fn error_module(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let m = new_native_module(vm, "urllib.error", &[]);
    // The exception classes are defined in Python, as CPython's are.
    let src = "class URLError(OSError):\n    def __init__(self, reason, filename=None):\n        self.args = (reason,)\n        self.reason = reason\n        if filename is not None:\n            self.filename = filename\n    def __str__(self):\n        return '<urlopen error %s>' % self.reason\n\nclass HTTPError(URLError):\n    def __init__(self, url, code, msg, hdrs=None, fp=None):\n        self.args = (url, code, msg)\n        self.reason = msg\n        self.code = code\n        self.msg = msg\n        self.hdrs = hdrs\n        self.url = url\n    def __str__(self):\n        return 'HTTP Error %s: %s' % (self.code, self.msg)\n    def getcode(self):\n        return self.code\n\nclass ContentTooShortError(URLError):\n    def __init__(self, message, content):\n        URLError.__init__(self, message)\n        self.content = content\n";
    let code = crate::builtins::functions::compile_source(
        vm,
        src.to_string(),
        "<pyth stdlib>/urllib/error.py",
        "exec",
    )?;
    m.dict.set_str("__name__", Value::str("urllib.error"));
    vm.run_code(code, &m.dict.clone())?;
    Ok(m)
}

pub fn request_module(vm: &mut Vm) -> PyResult<Rc<Module>> {
    vm.import_module("urllib.error")?;
    Ok(new_native_module(
        vm,
        "urllib.request",
        &[("urlopen", urlopen), ("urlretrieve", urlretrieve)],
    ))
}

/// What a finished request produced, moved back under the GIL.
struct Fetched {
    status: u16,
    reason: String,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

enum FetchError {
    /// No response: DNS, connection, TLS, timeout (→ URLError).
    Transport(String),
    /// A response with an error status (→ HTTPError).
    Status(Fetched),
}

fn fetch(url: &str, timeout: Option<std::time::Duration>) -> Result<Fetched, FetchError> {
    use std::io::Read;
    let mut config = ureq::Agent::config_builder().http_status_as_error(false);
    if let Some(t) = timeout.filter(|t| !t.is_zero()) {
        config = config.timeout_global(Some(t));
    }
    let agent: ureq::Agent = config.build().into();
    let response = agent
        .get(url)
        .call()
        .map_err(|e| FetchError::Transport(transport_reason(&e)))?;
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string()))
        .collect();
    let reason = status.canonical_reason().unwrap_or("").to_string();
    let mut body = Vec::new();
    response
        .into_body()
        .into_reader()
        .read_to_end(&mut body)
        .map_err(|e| FetchError::Transport(e.to_string()))?;
    let fetched = Fetched {
        status: status.as_u16(),
        reason,
        url: url.to_string(),
        headers,
        body,
    };
    if fetched.status >= 400 {
        return Err(FetchError::Status(fetched));
    }
    Ok(fetched)
}

/// The reason text CPython would show for a failed connection.
fn transport_reason(e: &ureq::Error) -> String {
    match e {
        ureq::Error::HostNotFound => "[Errno -3] Temporary failure in name resolution".into(),
        ureq::Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "[Errno 111] Connection refused".into(),
            std::io::ErrorKind::TimedOut => "timed out".into(),
            _ => {
                let text = io.to_string();
                if text.contains("failed to lookup")
                    || text.contains("Name or service")
                    || text.contains("resolution")
                {
                    "[Errno -3] Temporary failure in name resolution".into()
                } else {
                    text
                }
            }
        },
        ureq::Error::Timeout(_) => "timed out".into(),
        other => other.to_string(),
    }
}

fn url_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => {
            // A Request object: its full_url attribute.
            let full = vm.get_attr(other, "full_url")?;
            vm.to_str(&full)
        }
    }
}

fn do_fetch(vm: &mut Vm, url: String, timeout: Option<std::time::Duration>) -> PyResult<Fetched> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        let scheme = url.split(':').next().unwrap_or("");
        return Err(url_error(vm, &format!("unknown url type: {scheme}"))?);
    }
    let r = vm.release_gil_while(move || fetch(&url, timeout));
    match r {
        Ok(f) => Ok(f),
        Err(FetchError::Transport(reason)) => Err(url_error(vm, &reason)?),
        Err(FetchError::Status(f)) => {
            let cls = error_class(vm, "HTTPError")?;
            let e = vm.call0(
                &cls,
                &[
                    Value::string(f.url),
                    Value::Int(f.status as i64),
                    Value::string(f.reason),
                    Value::None,
                    Value::None,
                ],
            )?;
            Err(vm.make_exception(e)?)
        }
    }
}

fn error_class(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = vm.import_module("urllib.error")?;
    vm.get_attr(&m, name)
}

fn url_error(vm: &mut Vm, reason: &str) -> PyResult<PyErr> {
    let cls = error_class(vm, "URLError")?;
    let e = vm.call0(&cls, &[Value::str(reason)])?;
    vm.make_exception(e)
}

/// The `timeout` argument, with CPython's conversion errors (see `time::seconds_to_nanos`).
fn timeout_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<std::time::Duration>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(t) => {
            let nanos = crate::modules::time::seconds_to_nanos(vm, t)?;
            if nanos < 0 {
                return Err(vm.value_error("Timeout value out of range"));
            }
            Ok(Some(std::time::Duration::from_nanos(nanos as u64)))
        }
    }
}

/// `urlopen(url, data=None, timeout=...)`: a response with `read()`, `status`, `getcode()`,
/// `headers`, usable in `with`.
fn urlopen(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "urlopen",
        &[
            "url",
            "data",
            "timeout",
            "cafile",
            "capath",
            "cadefault",
            "context",
        ],
        1,
    )?;
    let url = url_arg(vm, a[0].as_ref().unwrap())?;
    let timeout = timeout_arg(vm, &a[2])?;
    let f = do_fetch(vm, url, timeout)?;
    let src = "class HTTPResponse:\n    def __init__(self, body, status, reason, url, headers):\n        self._body = body\n        self._pos = 0\n        self.status = status\n        self.code = status\n        self.reason = reason\n        self.url = url\n        self.headers = headers\n        self.closed = False\n    def read(self, amt=-1):\n        if amt is None or amt < 0:\n            data = self._body[self._pos:]\n        else:\n            data = self._body[self._pos:self._pos + amt]\n        self._pos += len(data)\n        return data\n    def getcode(self):\n        return self.status\n    def geturl(self):\n        return self.url\n    def getheader(self, name, default=None):\n        return self.headers.get(name.lower(), default)\n    def getheaders(self):\n        return list(self.headers.items())\n    def close(self):\n        self.closed = True\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        self.close()\n        return False\n";
    let ns = Rc::new(PyDict::new());
    ns.set_str("__name__", Value::str("http.client"));
    let code = crate::builtins::functions::compile_source(
        vm,
        src.to_string(),
        "<pyth stdlib>/http/client.py",
        "exec",
    )?;
    vm.run_code(code, &ns)?;
    let cls = ns.get_str("HTTPResponse").expect("defined above");
    let headers = Rc::new(PyDict::new());
    for (k, v) in f.headers {
        headers.set_str(&k.to_ascii_lowercase(), Value::string(v));
    }
    vm.call0(
        &cls,
        &[
            Value::Bytes(Rc::new(f.body)),
            Value::Int(f.status as i64),
            Value::string(f.reason),
            Value::string(f.url),
            Value::Dict(headers),
        ],
    )
}

/// `urlretrieve(url, filename=None)`: downloads to a file; returns `(filename, headers)`.
fn urlretrieve(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "urlretrieve",
        &["url", "filename", "reporthook", "data"],
        1,
    )?;
    let url = url_arg(vm, a[0].as_ref().unwrap())?;
    let f = do_fetch(vm, url.clone(), None)?;
    let filename = match &a[1] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => {
            let name = url.rsplit('/').next().unwrap_or("download").to_string();
            std::env::temp_dir()
                .join(name)
                .to_string_lossy()
                .into_owned()
        }
    };
    let path = filename.clone();
    let body = f.body;
    let written = vm.release_gil_while(move || std::fs::write(&path, body));
    written.map_err(|e| vm.os_error(&e, Some(&filename)))?;
    let headers = Rc::new(PyDict::new());
    for (k, v) in f.headers {
        headers.set_str(&k.to_ascii_lowercase(), Value::string(v));
    }
    Ok(Value::tuple(vec![
        Value::string(filename),
        Value::Dict(headers),
    ]))
}
