//! `posix`: the native core of `os` (stdlib/os.py builds `environ`, `stat_result`, `walk`,
//! `makedirs`, `scandir` and `os.path` over it, as CPython's os.py does over its posix).
//! Every call that touches the file system runs through the blocking door (the GIL is
//! released), so threads doing file work overlap.

use crate::objects::heap::Rc;
use std::ffi::CString;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

use super::{new_native_module, set};
use crate::builtins::args::{bind, exact};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyErr, PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "posix",
        &[
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("cpu_count", cpu_count),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("remove", remove),
            ("unlink", remove),
            ("rename", rename),
            ("replace", rename),
            ("stat", stat),
            ("lstat", lstat),
            ("chmod", chmod),
            ("access", access),
            ("readlink", readlink),
            ("symlink", symlink),
            ("link", link),
            ("urandom", urandom),
            ("strerror", strerror),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("get_terminal_size", get_terminal_size),
            ("isatty", isatty),
            ("uname", uname),
            ("kill", kill),
            ("umask", umask),
            ("_exit", exit_now),
            ("system", system),
        ],
    );
    let environ = PyDict::new();
    for (k, v) in std::env::vars_os() {
        environ.set_str(
            &k.to_string_lossy(),
            Value::string(v.to_string_lossy().into()),
        );
    }
    set(&m, "environ", Value::Dict(Rc::new(environ)));
    for (name, v) in [
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
    ] {
        set(&m, name, Value::Int(v as i64));
    }
    m
}

/// A path argument: a str, bytes (UTF-8) or an object with `__fspath__`, as CPython's
/// `path_converter` accepts.
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {
            if let Some(inner) = vm.unwrap_builtin(v)
                && matches!(inner, Value::Str(_) | Value::Bytes(_))
            {
                return path_arg(vm, &inner, fname);
            }
            if let Some(r) = vm.call_special(v, "__fspath__", &[])? {
                return match r {
                    Value::Str(_) | Value::Bytes(_) => path_arg(vm, &r, fname),
                    _ => Err(vm.type_error(format!(
                        "expected {}.__fspath__() to return str or bytes, not {}",
                        vm.type_name(v),
                        vm.type_name(&r)
                    ))),
                };
            }
            // CPython's wording lists what each function accepts (some take descriptors).
            let accepted = match fname {
                "stat" | "chdir" | "chmod" => "string, bytes, os.PathLike or integer",
                "listdir" => "string, bytes, os.PathLike, integer or None",
                _ => "string, bytes or os.PathLike",
            };
            Err(vm.type_error(format!(
                "{fname}: path should be {accepted}, not {}",
                vm.type_name(v)
            )))
        }
    }
}

/// Runs a file-system call without the GIL and turns its error into the OSError subclass
/// CPython raises, naming `path`.
fn fs_call<T: Send>(
    vm: &mut Vm,
    path: &str,
    f: impl FnOnce() -> std::io::Result<T> + Send,
) -> PyResult<T> {
    let r = vm.release_gil_while(f);
    r.map_err(|e| vm.os_error(&e, Some(path)))
}

fn one_path(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<String> {
    let a = bind(vm, args, fname, &["path"], 1)?;
    path_arg(vm, a[0].as_ref().expect("required"), fname)
}

fn getpid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "getpid", 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "getppid", 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn getuid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "getuid", 0)?;
    // SAFETY: getuid has no preconditions and cannot fail.
    Ok(Value::Int(unsafe { libc::getuid() } as i64))
}

fn geteuid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "geteuid", 0)?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    Ok(Value::Int(unsafe { libc::geteuid() } as i64))
}

fn getgid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "getgid", 0)?;
    // SAFETY: getgid has no preconditions and cannot fail.
    Ok(Value::Int(unsafe { libc::getgid() } as i64))
}

/// The number of online CPUs (as CPython: not the affinity mask), or None.
fn cpu_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "cpu_count", 0)?;
    // SAFETY: sysconf only reads a system constant.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "getcwd", 0)?;
    // getcwd's error names no file.
    let r = vm.release_gil_while(std::env::current_dir);
    let cwd = r.map_err(|e| vm.os_error(&e, None))?;
    Ok(Value::string(cwd.to_string_lossy().into_owned()))
}

fn chdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let path = one_path(vm, args, "chdir")?;
    let p = path.clone();
    fs_call(vm, &path, move || std::env::set_current_dir(p))?;
    Ok(Value::None)
}

/// `listdir(path='.')`: names in directory order, without `.` and `..`; bytes in, bytes
/// out, as CPython.
fn listdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "listdir", &["path"], 0)?;
    let (path, as_bytes) = match &a[0] {
        None | Some(Value::None) => (".".to_string(), false),
        Some(v) => (path_arg(vm, v, "listdir")?, matches!(v, Value::Bytes(_))),
    };
    let p = path.clone();
    let names: Vec<std::ffi::OsString> = fs_call(vm, &path, move || {
        std::fs::read_dir(p)?
            .map(|e| e.map(|e| e.file_name()))
            .collect()
    })?;
    let items = names
        .into_iter()
        .map(|n| {
            if as_bytes {
                use std::os::unix::ffi::OsStrExt;
                Value::Bytes(Rc::new(n.as_bytes().to_vec()))
            } else {
                Value::string(n.to_string_lossy().into_owned())
            }
        })
        .collect();
    Ok(Value::list(items))
}

fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "mkdir", &["path", "mode", "dir_fd"], 1)?;
    let path = path_arg(vm, a[0].as_ref().expect("required"), "mkdir")?;
    let mode = match &a[1] {
        Some(v) => vm.to_index(v)? as u32,
        None => 0o777,
    };
    let p = path.clone();
    fs_call(vm, &path, move || {
        std::fs::DirBuilder::new().mode(mode).create(p)
    })?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let path = one_path(vm, args, "rmdir")?;
    let p = path.clone();
    fs_call(vm, &path, move || std::fs::remove_dir(p))?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let path = one_path(vm, args, "remove")?;
    let p = path.clone();
    fs_call(vm, &path, move || std::fs::remove_file(p))?;
    Ok(Value::None)
}

/// `rename(src, dst)` / `replace`: POSIX rename replaces an existing file either way. The
/// error names both paths (`'a' -> 'b'`), as CPython's.
fn rename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "rename", &["src", "dst"], 2)?;
    let src = path_arg(vm, a[0].as_ref().expect("required"), "rename")?;
    let dst = path_arg(vm, a[1].as_ref().expect("required"), "rename")?;
    let (s, d) = (src.clone(), dst.clone());
    let r = vm.release_gil_while(move || std::fs::rename(s, d));
    r.map_err(|e| two_path_error(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

fn two_path_error(vm: &Vm, e: &std::io::Error, a: &str, b: &str) -> PyErr {
    vm.os_error2(e, a, b)
}

/// The fields `os.stat_result` is built from (stdlib/os.py): mode, ino, dev, nlink, uid,
/// gid, size, the three times as floats, the three times in nanoseconds, blksize, blocks,
/// rdev.
fn stat_tuple(m: &std::fs::Metadata) -> Value {
    let secs = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let nanos =
        |s: i64, ns: i64| Value::from_bigint((s as i128 * 1_000_000_000 + ns as i128).into());
    Value::tuple(vec![
        Value::Int(m.mode() as i64),
        Value::from_bigint(m.ino().into()),
        Value::from_bigint(m.dev().into()),
        Value::Int(m.nlink() as i64),
        Value::Int(m.uid() as i64),
        Value::Int(m.gid() as i64),
        Value::Int(m.size() as i64),
        Value::Float(secs(m.atime(), m.atime_nsec())),
        Value::Float(secs(m.mtime(), m.mtime_nsec())),
        Value::Float(secs(m.ctime(), m.ctime_nsec())),
        nanos(m.atime(), m.atime_nsec()),
        nanos(m.mtime(), m.mtime_nsec()),
        nanos(m.ctime(), m.ctime_nsec()),
        Value::Int(m.blksize() as i64),
        Value::Int(m.blocks() as i64),
        Value::from_bigint(m.rdev().into()),
    ])
}

fn stat_common(vm: &mut Vm, args: &Args, fname: &str, follow: bool) -> PyResult<Value> {
    let a = bind(vm, args, fname, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let follow = match &a[2] {
        Some(v) => follow && vm.is_true(v)?,
        None => follow,
    };
    let path = path_arg(vm, a[0].as_ref().expect("required"), fname)?;
    let p = path.clone();
    let meta = fs_call(vm, &path, move || {
        if follow {
            std::fs::metadata(p)
        } else {
            std::fs::symlink_metadata(p)
        }
    })?;
    Ok(stat_tuple(&meta))
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_common(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_common(vm, args, "lstat", false)
}

fn chmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "chmod", &["path", "mode"], 2)?;
    let path = path_arg(vm, a[0].as_ref().expect("required"), "chmod")?;
    let mode = vm.to_index(a[1].as_ref().expect("required"))? as u32;
    let p = path.clone();
    fs_call(vm, &path, move || {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode))
    })?;
    Ok(Value::None)
}

fn c_path(vm: &Vm, path: &str) -> PyResult<CString> {
    CString::new(path).map_err(|_| vm.value_error("embedded null byte"))
}

fn access(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "access", &["path", "mode"], 2)?;
    let path = path_arg(vm, a[0].as_ref().expect("required"), "access")?;
    let mode = vm.to_index(a[1].as_ref().expect("required"))? as i32;
    let c = c_path(vm, &path)?;
    // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
    let r = vm.release_gil_while(move || unsafe { libc::access(c.as_ptr(), mode) });
    Ok(Value::Bool(r == 0))
}

fn readlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let path = one_path(vm, args, "readlink")?;
    let p = path.clone();
    let target = fs_call(vm, &path, move || std::fs::read_link(p))?;
    Ok(Value::string(target.to_string_lossy().into_owned()))
}

fn symlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "symlink",
        &["src", "dst", "target_is_directory"],
        2,
    )?;
    let src = path_arg(vm, a[0].as_ref().expect("required"), "symlink")?;
    let dst = path_arg(vm, a[1].as_ref().expect("required"), "symlink")?;
    let (s, d) = (src.clone(), dst.clone());
    let r = vm.release_gil_while(move || std::os::unix::fs::symlink(s, d));
    r.map_err(|e| two_path_error(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

fn link(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "link", &["src", "dst"], 2)?;
    let src = path_arg(vm, a[0].as_ref().expect("required"), "link")?;
    let dst = path_arg(vm, a[1].as_ref().expect("required"), "link")?;
    let (s, d) = (src.clone(), dst.clone());
    let r = vm.release_gil_while(move || std::fs::hard_link(s, d));
    r.map_err(|e| two_path_error(vm, &e, &src, &dst))?;
    Ok(Value::None)
}

/// `urandom(size)`: bytes from the kernel's generator (getrandom(2)).
fn urandom(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "urandom", 1)?;
    let n = vm.to_index(&a[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    if n as u64 > crate::vm::ops::MAX_ALLOCATION as u64 {
        return Err(vm.new_error(&vm.types().memory_error.clone(), ""));
    }
    let mut buf = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < buf.len() {
        let rest = &mut buf[filled..];
        // SAFETY: `rest` is a valid writable buffer of `rest.len()` bytes.
        let r = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if r < 0 {
            let e = std::io::Error::last_os_error();
            if e.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(vm.os_error(&e, None));
        }
        filled += r as usize;
    }
    Ok(Value::Bytes(Rc::new(buf)))
}

/// The message of an errno code, as `os.strerror`.
pub fn strerror_text(code: i32) -> String {
    let mut msg = std::io::Error::from_raw_os_error(code).to_string();
    if let Some(i) = msg.find(" (os error") {
        msg.truncate(i);
    }
    msg
}

fn strerror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "strerror", 1)?;
    let code = vm.to_index(&a[0])?;
    Ok(Value::string(strerror_text(code as i32)))
}

fn env_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    let s = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(vm.type_error(format!(
                "{what}: expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            )));
        }
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s)
}

fn putenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "putenv", 2)?;
    let key = env_text(vm, &a[0], "putenv")?;
    let value = env_text(vm, &a[1], "putenv")?;
    if key.is_empty() || key.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: the environment is only changed here and in `unsetenv`, with the GIL held;
    // pyth's own readers of the environment (localtime's TZ lookup) also run with the GIL
    // held, so no other pyth thread reads it while it changes.
    unsafe { std::env::set_var(key, value) };
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "unsetenv", 1)?;
    let key = env_text(vm, &a[0], "unsetenv")?;
    if key.is_empty() || key.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: as in `putenv`: changed and read only with the GIL held.
    unsafe { std::env::remove_var(key) };
    Ok(Value::None)
}

/// `get_terminal_size(fd=1)` as a (columns, lines) tuple; stdlib/os.py wraps it.
fn get_terminal_size(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "get_terminal_size", &["fd"], 0)?;
    let fd = match &a[0] {
        Some(v) => vm.to_index(v)? as i32,
        None => 1,
    };
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `winsize` into the valid struct we pass.
    let r = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) };
    if r != 0 {
        return Err(vm.os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::tuple(vec![
        Value::Int(ws.ws_col as i64),
        Value::Int(ws.ws_row as i64),
    ]))
}

fn isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "isatty", 1)?;
    let fd = vm.to_index(&a[0])?;
    let Ok(fd) = i32::try_from(fd) else {
        return Ok(Value::Bool(false));
    };
    // SAFETY: isatty only inspects the descriptor number.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `uname()` as (sysname, nodename, release, version, machine).
fn uname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "uname", 0)?;
    // SAFETY: utsname is plain data; all-zero is a valid value for it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname fills the valid struct we pass.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(vm.os_error(&std::io::Error::last_os_error(), None));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|c| **c != 0)
            .map(|c| *c as u8)
            .collect();
        Value::string(String::from_utf8_lossy(&bytes).into_owned())
    };
    Ok(Value::tuple(vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ]))
}

fn kill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "kill", 2)?;
    let pid = vm.to_index(&a[0])?;
    let sig = vm.to_index(&a[1])?;
    let (Ok(pid), Ok(sig)) = (i32::try_from(pid), i32::try_from(sig)) else {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    };
    // SAFETY: kill takes plain integers; errors come back through errno.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(vm.os_error(&std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

fn umask(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "umask", 1)?;
    let mask = vm.to_index(&a[0])?;
    // SAFETY: umask takes a plain integer and cannot fail.
    Ok(Value::Int(
        unsafe { libc::umask(mask as libc::mode_t) } as i64
    ))
}

fn exit_now(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "_exit", 1)?;
    let code = vm.to_index(&a[0])?;
    use std::io::Write;
    let _ = std::io::stdout().flush();
    std::process::exit(code as i32)
}

/// `system(command)`: runs `/bin/sh -c command` without the GIL; the wait status.
fn system(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "system", &["command"], 1)?;
    let cmd = path_arg(vm, a[0].as_ref().expect("required"), "system")?;
    // pyth's stdout is unbuffered, so what Python printed comes before the child's output.
    let status = vm.release_gil_while(move || {
        std::process::Command::new("/bin/sh")
            .arg("-c")
            .arg(cmd)
            .status()
    });
    use std::os::unix::process::ExitStatusExt;
    Ok(Value::Int(match status {
        Ok(s) => s.into_raw() as i64,
        Err(_) => -1,
    }))
}
