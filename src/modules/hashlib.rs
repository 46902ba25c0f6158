//! `hashlib` on the RustCrypto hashes: md5, sha1, the sha2 family, blake2b/blake2s (their
//! default sizes) and the sha3 family. A hash object is a native `_hashlib.HASH`. Large
//! updates run without the GIL (the data is copied out first), so hashing chunks in several
//! threads overlaps, as it does in CPython.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use sha2::Digest;

use super::{new_native_module, set};
use crate::builtins::args::{bind, exact};
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::objects::module::Module;
use crate::objects::value::NativeObject;
use crate::vm::{PyResult, Vm};

/// Updates at least this long release the GIL while they are hashed.
const RELEASE_GIL_AT: usize = 64 * 1024;

macro_rules! hashers {
    ($($variant:ident($ty:ty) = $name:literal, block $block:literal;)*) => {
        /// A running hash of one algorithm.
        #[derive(Clone)]
        enum Hasher {
            $($variant($ty)),*
        }

        /// The algorithms, by their hashlib names.
        const NAMES: &[&str] = &[$($name),*];

        impl Hasher {
            fn new(name: &str) -> Option<Hasher> {
                match name {
                    $($name => Some(Hasher::$variant(<$ty>::new())),)*
                    _ => None,
                }
            }

            fn update(&mut self, data: &[u8]) {
                match self {
                    $(Hasher::$variant(h) => Digest::update(h, data)),*
                }
            }

            /// The digest so far (the running state is kept).
            fn digest(&self) -> Vec<u8> {
                match self {
                    $(Hasher::$variant(h) => h.clone().finalize().to_vec()),*
                }
            }

            fn name(&self) -> &'static str {
                match self {
                    $(Hasher::$variant(_) => $name),*
                }
            }

            fn digest_size(&self) -> usize {
                match self {
                    $(Hasher::$variant(_) => <$ty as Digest>::output_size()),*
                }
            }

            fn block_size(&self) -> usize {
                match self {
                    $(Hasher::$variant(_) => $block),*
                }
            }
        }
    };
}

hashers! {
    Md5(md5::Md5) = "md5", block 64;
    Sha1(sha1::Sha1) = "sha1", block 64;
    Sha224(sha2::Sha224) = "sha224", block 64;
    Sha256(sha2::Sha256) = "sha256", block 64;
    Sha384(sha2::Sha384) = "sha384", block 128;
    Sha512(sha2::Sha512) = "sha512", block 128;
    Blake2b(blake2::Blake2b512) = "blake2b", block 128;
    Blake2s(blake2::Blake2s256) = "blake2s", block 64;
    Sha3_224(sha3::Sha3_224) = "sha3_224", block 144;
    Sha3_256(sha3::Sha3_256) = "sha3_256", block 136;
    Sha3_384(sha3::Sha3_384) = "sha3_384", block 104;
    Sha3_512(sha3::Sha3_512) = "sha3_512", block 72;
}

/// The payload of a hash object: `None` while a large update runs without the GIL.
type State = RefCell<Option<Hasher>>;

pub fn module(vm: &mut Vm) -> PyResult<Rc<Module>> {
    let cls = builtin_class("HASH", &[&vm.types().object.clone()], BuiltinKind::Native);
    cls.dict.set_str("__module__", Value::str("_hashlib"));
    crate::builtins::add_methods(
        &cls,
        &[
            ("__new__", no_new),
            ("update", update),
            ("digest", digest),
            ("hexdigest", hexdigest),
            ("copy", copy),
            ("__repr__", repr),
        ],
    );
    for (name, getter) in [
        ("name", name_get as NativeFn),
        ("digest_size", digest_size_get),
        ("block_size", block_size_get),
    ] {
        let prop = crate::objects::value::Property {
            fget: crate::builtins::native(name, getter),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        cls.dict.set_str(name, Value::Property(Rc::new(prop)));
    }
    let m = new_native_module(vm, "hashlib", &[("pbkdf2_hmac", pbkdf2_hmac)]);
    // Each constructor knows the class and its algorithm through its bound self.
    for name in NAMES {
        set(
            &m,
            name,
            Value::Builtin(Rc::new(BuiltinFunction {
                name,
                func: named_constructor,
                bound_self: Some(Value::tuple(vec![
                    Value::Class(cls.clone()),
                    Value::str(name),
                ])),
                is_method: false,
            })),
        );
    }
    set(
        &m,
        "file_digest",
        Value::Builtin(Rc::new(BuiltinFunction {
            name: "file_digest",
            func: file_digest,
            bound_self: Some(Value::Class(cls.clone())),
            is_method: false,
        })),
    );
    set(
        &m,
        "new",
        Value::Builtin(Rc::new(BuiltinFunction {
            name: "new",
            func: new,
            bound_self: Some(Value::Class(cls.clone())),
            is_method: false,
        })),
    );
    for attr in ["algorithms_available", "algorithms_guaranteed"] {
        let names = crate::objects::set::PySet::new();
        for n in NAMES {
            names.add(vm, Value::str(n))?;
        }
        set(&m, attr, Value::FrozenSet(Rc::new(names)));
    }
    Ok(m)
}

fn no_new(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create '_hashlib.HASH' instances"))
}

/// The bytes of a bytes-like argument; TypeError for str and non-buffers.
fn data_of(vm: &Vm, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        Value::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        _ => match vm.unwrap_builtin(v) {
            Some(Value::Bytes(b)) => Ok(b),
            _ => Err(vm.type_error("object supporting the buffer API required")),
        },
    }
}

fn make(vm: &mut Vm, cls: &Rc<Class>, mut h: Hasher, data: Option<&Value>) -> PyResult<Value> {
    if let Some(d) = data {
        let bytes = data_of(vm, d)?;
        h = feed(vm, h, &bytes);
    }
    Ok(Value::Native(Rc::new(NativeObject {
        class: cls.clone(),
        payload: Box::new(RefCell::new(Some(h))),
        dict: RefCell::new(None),
    })))
}

/// Hashes `data` into `h`, without the GIL when it is large.
fn feed(vm: &mut Vm, mut h: Hasher, data: &[u8]) -> Hasher {
    if data.len() < RELEASE_GIL_AT {
        h.update(data);
        return h;
    }
    let owned = data.to_vec();
    vm.release_gil_while(move || {
        h.update(&owned);
        h
    })
}

fn class_of(vm: &Vm, args: &Args) -> PyResult<Rc<Class>> {
    match args.args.first() {
        Some(Value::Class(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("hashlib constructor without its class")),
    }
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        args: &args.args[1.min(args.args.len())..],
        kwnames: args.kwnames,
    }
}

/// `hashlib.md5(data=b'', *, usedforsecurity=True)` and its siblings: the algorithm is the
/// function's own name.
fn named_constructor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, name) = match args.args.first() {
        Some(Value::Tuple(t)) if t.len() == 2 => match (&t[0], &t[1]) {
            (Value::Class(c), Value::Str(n)) => (c.clone(), n.as_str().to_string()),
            _ => return Err(vm.type_error("hashlib constructor without its algorithm")),
        },
        _ => return Err(vm.type_error("hashlib constructor without its algorithm")),
    };
    let r = rest(args);
    let a = bind(vm, &r, &name, &["data", "usedforsecurity", "string"], 0)?;
    let h = Hasher::new(&name)
        .ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    make(vm, &cls, h, a[0].as_ref().or(a[2].as_ref()))
}

/// `hashlib.new(name, data=b'')`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = class_of(vm, args)?;
    let r = rest(args);
    let a = bind(
        vm,
        &r,
        "new",
        &["name", "data", "usedforsecurity", "string"],
        1,
    )?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_ascii_lowercase(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "new() argument 'name' must be str, not {}",
                vm.type_name(v)
            )));
        }
        None => String::new(),
    };
    let name = match name.as_str() {
        "sha-256" => "sha256".to_string(),
        "sha-1" => "sha1".to_string(),
        _ => name,
    };
    let h = Hasher::new(&name)
        .ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    make(vm, &cls, h, a[1].as_ref().or(a[3].as_ref()))
}

fn state_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a State> {
    if let Value::Native(n) = v
        && let Some(s) = n.payload.downcast_ref::<State>()
    {
        return Ok(s);
    }
    Err(vm.type_error("descriptor requires a '_hashlib.HASH' object"))
}

/// The hasher of `v`, waiting (without the GIL) while another thread's large update has it.
fn take(vm: &mut Vm, v: &Value) -> PyResult<Hasher> {
    loop {
        if let Some(h) = state_of(vm, v)?.borrow_mut().take() {
            return Ok(h);
        }
        vm.release_gil_while(std::thread::yield_now);
    }
}

/// A copy of the hasher of `v` (waiting as `take` does).
fn snapshot(vm: &mut Vm, v: &Value) -> PyResult<Hasher> {
    loop {
        if let Some(h) = state_of(vm, v)?.borrow().as_ref() {
            return Ok(h.clone());
        }
        vm.release_gil_while(std::thread::yield_now);
    }
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "update", 2)?;
    let data = data_of(vm, &a[1])?;
    let h = take(vm, &a[0])?;
    let h = feed(vm, h, &data);
    *state_of(vm, &a[0])?.borrow_mut() = Some(h);
    Ok(Value::None)
}

fn digest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "digest", 1)?;
    Ok(Value::Bytes(Rc::new(snapshot(vm, &a[0])?.digest())))
}

fn hexdigest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "hexdigest", 1)?;
    let bytes = snapshot(vm, &a[0])?.digest();
    let mut hex = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        hex.push_str(&format!("{b:02x}"));
    }
    Ok(Value::string(hex))
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "copy", 1)?;
    let h = snapshot(vm, &a[0])?;
    let cls = vm.type_of(&a[0]);
    make(vm, &cls, h, None)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    let name = snapshot(vm, &a[0])?.name();
    let addr = crate::vm::ops::identity(&a[0]);
    Ok(Value::string(format!(
        "<{name} _hashlib.HASH object @ {addr:#x}>"
    )))
}

fn name_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "name", 1)?;
    Ok(Value::str(snapshot(vm, &a[0])?.name()))
}

fn digest_size_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "digest_size", 1)?;
    Ok(Value::Int(snapshot(vm, &a[0])?.digest_size() as i64))
}

fn block_size_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "block_size", 1)?;
    Ok(Value::Int(snapshot(vm, &a[0])?.block_size() as i64))
}

/// HMAC of `msg` with the pads already absorbed into `inner` and `outer`.
fn hmac_with(inner: &Hasher, outer: &Hasher, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.digest());
    o.digest()
}

/// PBKDF2-HMAC (RFC 8018) with `h` (a fresh hasher) as the hash.
fn pbkdf2(h: Hasher, password: &[u8], salt: &[u8], iterations: u64, dklen: usize) -> Vec<u8> {
    let block = h.block_size();
    let mut key = if password.len() > block {
        let mut k = h.clone();
        k.update(password);
        k.digest()
    } else {
        password.to_vec()
    };
    key.resize(block, 0);
    let mut inner = h.clone();
    inner.update(&key.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = h;
    outer.update(&key.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    let mut out = Vec::with_capacity(dklen);
    let mut index: u32 = 1;
    while out.len() < dklen {
        let mut first = salt.to_vec();
        first.extend_from_slice(&index.to_be_bytes());
        let mut u = hmac_with(&inner, &outer, &first);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_with(&inner, &outer, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        out.extend_from_slice(&t);
        index = index.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}

/// `hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`; the rounds
/// run without the GIL.
fn pbkdf2_hmac(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "pbkdf2_hmac",
        &["hash_name", "password", "salt", "iterations", "dklen"],
        4,
    )?;
    let name = match &a[0] {
        Some(Value::Str(s)) => s.as_str().to_ascii_lowercase(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
                vm.type_name(v)
            )));
        }
        None => String::new(),
    };
    let bytes_arg = |vm: &Vm, v: &Option<Value>| -> PyResult<Vec<u8>> {
        match v {
            Some(Value::Bytes(b)) => Ok(b.to_vec()),
            Some(v) => match vm.unwrap_builtin(v) {
                Some(Value::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                ))),
            },
            None => Ok(Vec::new()),
        }
    };
    let password = bytes_arg(vm, &a[1])?;
    let salt = bytes_arg(vm, &a[2])?;
    let iterations = vm.to_index(a[3].as_ref().unwrap_or(&Value::Int(0)))?;
    if iterations < 1 {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    let h = Hasher::new(&name)
        .ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
    let dklen = match &a[4] {
        None | Some(Value::None) => h.digest_size() as i64,
        Some(v) => vm.to_index(v)?,
    };
    if dklen < 1 {
        return Err(vm.value_error("key length must be greater than 0."));
    }
    if dklen > u32::MAX as i64 {
        return Err(vm.overflow_error("key length is too great."));
    }
    let iterations = iterations as u64;
    let key = vm.release_gil_while(move || pbkdf2(h, &password, &salt, iterations, dklen as usize));
    Ok(Value::Bytes(Rc::new(key)))
}

/// `hashlib.file_digest(fileobj, digest)`: the hash of everything `fileobj.read()` gives;
/// `digest` is an algorithm name or a constructor.
fn file_digest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = class_of(vm, args)?;
    let r = rest(args);
    let a = bind(vm, &r, "file_digest", &["fileobj", "digest"], 2)?;
    let fileobj = a[0].clone().unwrap_or(Value::None);
    let digest = a[1].clone().unwrap_or(Value::None);
    let h = match &digest {
        Value::Str(s) => {
            let name = s.as_str().to_ascii_lowercase();
            let h = Hasher::new(&name)
                .ok_or_else(|| vm.value_error(format!("unsupported hash type {name}")))?;
            make(vm, &cls, h, None)?
        }
        f => vm.call0(f, &[])?,
    };
    let read = vm.get_attr(&fileobj, "read")?;
    let update = vm.get_attr(&h, "update")?;
    loop {
        let chunk = vm.call0(&read, &[Value::Int(1 << 18)])?;
        match &chunk {
            Value::Bytes(b) if b.is_empty() => break,
            Value::Bytes(_) => {
                vm.call0(&update, &[chunk])?;
            }
            Value::None => break,
            _ => {
                let r = vm.repr(&fileobj)?;
                return Err(vm.value_error(format!("{r} is not a file opened in binary mode")));
            }
        }
    }
    Ok(h)
}
