//! `str` and `bytes`: constructors and methods.
//!
//! The algorithms live in `objects::text` (pure functions over `&str`); this file does the
//! argument handling, with CPython 3.11's error types and messages, and `str.format`.

use crate::objects::heap::Rc;
use std::cell::RefCell;
use std::cmp::Ordering;

use super::add_methods;
use super::codecs::{decode, encode};
use super::native;
use crate::objects::Value;
use crate::objects::class::{Class, Instance, Payload};
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::stand_in::StandIn;
use crate::objects::str::{PyStr, PyStrBuilder};
use crate::objects::text::{self, SizeError};
use crate::vm::{PyErr, PyResult, Vm};

type Native = fn(&mut Vm, &Args) -> PyResult<Value>;
/// `(self, sub, start, end)` of a str search.
type SearchArgs = (Rc<PyStr>, Rc<PyStr>, Option<i64>, Option<i64>);
/// `(self, sub, window)` of a bytes search.
type BSearchArgs = (Rc<Vec<u8>>, Vec<u8>, Option<(usize, usize)>);

/// A str method that runs on stand-in text when an operand holds lone surrogates.
macro_rules! stand_in {
    ($method:expr) => {
        |vm, args| with_stand_ins(vm, args, $method)
    };
}

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    let methods: &[(&'static str, Native)] = &[
        ("__new__", str_new),
        ("join", str_join),
        ("split", stand_in!(str_split)),
        ("rsplit", stand_in!(str_rsplit)),
        ("splitlines", stand_in!(str_splitlines)),
        ("partition", stand_in!(str_partition)),
        ("rpartition", stand_in!(str_rpartition)),
        ("strip", stand_in!(str_strip)),
        ("lstrip", stand_in!(str_lstrip)),
        ("rstrip", stand_in!(str_rstrip)),
        ("find", stand_in!(str_find)),
        ("rfind", stand_in!(str_rfind)),
        ("index", stand_in!(str_index)),
        ("rindex", stand_in!(str_rindex)),
        ("count", stand_in!(str_count)),
        ("startswith", stand_in!(str_startswith)),
        ("endswith", stand_in!(str_endswith)),
        ("replace", stand_in!(str_replace)),
        ("removeprefix", stand_in!(str_removeprefix)),
        ("removesuffix", stand_in!(str_removesuffix)),
        ("upper", stand_in!(str_upper)),
        ("lower", stand_in!(str_lower)),
        ("title", stand_in!(str_title)),
        ("capitalize", stand_in!(str_capitalize)),
        ("swapcase", stand_in!(str_swapcase)),
        ("casefold", stand_in!(str_casefold)),
        ("isdigit", stand_in!(str_isdigit)),
        ("isdecimal", stand_in!(str_isdecimal)),
        ("isnumeric", stand_in!(str_isnumeric)),
        ("isalpha", stand_in!(str_isalpha)),
        ("isalnum", stand_in!(str_isalnum)),
        ("isspace", stand_in!(str_isspace)),
        ("islower", stand_in!(str_islower)),
        ("isupper", stand_in!(str_isupper)),
        ("istitle", stand_in!(str_istitle)),
        ("isidentifier", stand_in!(str_isidentifier)),
        ("isprintable", stand_in!(str_isprintable)),
        ("isascii", stand_in!(str_isascii)),
        ("zfill", stand_in!(str_zfill)),
        ("center", stand_in!(str_center)),
        ("ljust", stand_in!(str_ljust)),
        ("rjust", stand_in!(str_rjust)),
        ("expandtabs", stand_in!(str_expandtabs)),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
        ("__format__", stand_in!(str_dunder_format)),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__hash__", str_hash),
        ("__repr__", str_repr_m),
    ];
    add_methods(&t.str_, methods);
    t.str_.dict.set_str(
        "maketrans",
        Value::StaticMethod(Rc::new(native("maketrans", str_maketrans))),
    );
    let bmethods: &[(&'static str, Native)] = &[
        ("__new__", bytes_new),
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("join", bytes_join),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("replace", bytes_replace),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isspace", bytes_isspace),
        ("__len__", bytes_len),
    ];
    add_methods(&t.bytes, bmethods);
    t.bytes.dict.set_str(
        "fromhex",
        Value::ClassMethod(Rc::new(native("fromhex", bytes_fromhex))),
    );
}

// ---------------------------------------------------------------------------
// Lone surrogates
// ---------------------------------------------------------------------------

/// Calls str method `method`; when an operand (the string, an argument, or a str in a
/// tuple argument) holds lone surrogates, the method runs on stand-in text and its str
/// results are turned back (see `objects::stand_in`). Other calls go straight through.
#[inline]
fn with_stand_ins(vm: &mut Vm, args: &Args, method: Native) -> PyResult<Value> {
    // The common case decided on the spot: only plain strs and other plain values.
    let may_hold = |v: &Value| match v {
        Value::Str(s) => s.has_surrogates(),
        Value::Tuple(_) | Value::Instance(_) => true,
        _ => false,
    };
    if !args.args.iter().any(may_hold) {
        return method(vm, args);
    }
    on_stand_ins(vm, args, method)
}

/// [`with_stand_ins`] once an operand may hold surrogates.
fn on_stand_ins(vm: &mut Vm, args: &Args, method: Native) -> PyResult<Value> {
    let holds = |v: &Value| match v {
        Value::Str(s) => s.has_surrogates(),
        Value::Tuple(t) => t
            .iter()
            .any(|x| matches!(x, Value::Str(s) if s.has_surrogates())),
        Value::Instance(_) => as_text(vm, v).is_some_and(|s| s.has_surrogates()),
        _ => false,
    };
    if !args.args.iter().any(holds) {
        return method(vm, args);
    }
    let mut texts: Vec<Rc<PyStr>> = Vec::new();
    for v in args.args {
        match v {
            Value::Tuple(t) => texts.extend(t.iter().filter_map(|x| as_text(vm, x))),
            _ => texts.extend(as_text(vm, v)),
        }
    }
    let Some(si) = StandIn::choose(texts.iter().map(|t| &**t)) else {
        // Every stand-in block is taken (a string using 131 blocks of private-use code
        // points): the method sees U+FFFD for each surrogate.
        return method(vm, args);
    };
    let swapped: Vec<Value> = args.args.iter().map(|v| swap_in(vm, &si, v)).collect();
    let result = method(
        vm,
        &Args {
            args: &swapped,
            kwnames: args.kwnames,
        },
    )?;
    Ok(swap_out(&si, result))
}

/// An operand with its surrogates swapped for stand-ins.
fn swap_in(vm: &Vm, si: &StandIn, v: &Value) -> Value {
    match v {
        Value::Tuple(t) => Value::tuple(t.iter().map(|x| swap_in(vm, si, x)).collect()),
        Value::Str(s) if !s.has_surrogates() => v.clone(),
        Value::Str(_) | Value::Instance(_) => match as_text(vm, v) {
            Some(s) if s.has_surrogates() => Value::string(si.to_stand_in(&s)),
            _ => v.clone(),
        },
        _ => v.clone(),
    }
}

/// A method's result with stand-ins turned back into surrogates.
fn swap_out(si: &StandIn, v: Value) -> Value {
    match v {
        Value::Str(s) => Value::from_pystr(si.from_stand_in(s.as_str())),
        Value::Tuple(t) => Value::tuple(t.iter().map(|x| swap_out(si, x.clone())).collect()),
        Value::List(l) => {
            // A fresh list built by the method: nothing else holds it yet.
            let items: Vec<Value> = l.borrow().iter().map(|x| swap_out(si, x.clone())).collect();
            *l.borrow_mut() = items;
            Value::List(l)
        }
        other => other,
    }
}

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

/// The text of a `str` or of an instance of a `str` subclass.
fn as_text(vm: &Vm, v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match vm.unwrap_builtin(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

fn as_bytes(vm: &Vm, v: &Value) -> Option<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(_) => match vm.unwrap_builtin(v) {
            Some(Value::Bytes(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// The type name argument clinic prints in "must be str, not X" (`None` for None).
fn clinic_type(vm: &Vm, v: &Value) -> String {
    match v {
        Value::None => "None".to_string(),
        _ => vm.type_name(v),
    }
}

fn descriptor_error(vm: &Vm, name: &str, owner: &str, v: &Value) -> PyErr {
    if name.starts_with("__") {
        vm.type_error(format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            vm.type_name(v)
        ))
    } else {
        vm.type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    }
}

/// `self` of a `str` method, and the remaining arguments.
fn this<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Rc<PyStr>, Args<'a>)> {
    if args.positional().is_empty() {
        return Err(vm.type_error(format!("unbound method str.{name}() needs an argument")));
    }
    let s = as_text(vm, &args.args[0])
        .ok_or_else(|| descriptor_error(vm, name, "str", &args.args[0]))?;
    Ok((
        s,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    ))
}

fn this_bytes<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Rc<Vec<u8>>, Args<'a>)> {
    if args.positional().is_empty() {
        return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")));
    }
    let b = as_bytes(vm, &args.args[0])
        .ok_or_else(|| descriptor_error(vm, name, "bytes", &args.args[0]))?;
    Ok((
        b,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    ))
}

/// Argument-clinic style binding (keywords allowed), with CPython's messages.
fn kw_bind(vm: &Vm, args: &Args, fname: &str, params: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let pos = args.positional();
    if pos.len() > params.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.keywords() {
        match params.iter().position(|p| *p == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// Positional-only arguments in the `find() takes at least 1 argument (0 given)` style.
fn pos_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{owner}.{fname}() takes no keyword arguments")));
    }
    let pos = args.positional();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if pos.len() < min {
        return Err(vm.type_error(format!(
            "{fname}() takes at least {min} argument{} ({} given)",
            plural(min),
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {max} argument{} ({} given)",
            plural(max),
            pos.len()
        )));
    }
    Ok(pos)
}

/// Positional-only arguments in the `center expected at least 1 argument, got 0` style.
fn clinic_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    owner: &str,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{owner}.{fname}() takes no keyword arguments")));
    }
    let pos = args.positional();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if min == max && min <= 1 && pos.len() != min {
        return Err(vm.type_error(if min == 0 {
            format!("{owner}.{fname}() takes no arguments ({} given)", pos.len())
        } else {
            format!(
                "{owner}.{fname}() takes exactly one argument ({} given)",
                pos.len()
            )
        }));
    }
    if pos.len() < min {
        return Err(vm.type_error(format!(
            "{fname} expected at least {min} argument{}, got {}",
            plural(min),
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(vm.type_error(format!(
            "{fname} expected at most {max} argument{}, got {}",
            plural(max),
            pos.len()
        )));
    }
    Ok(pos)
}

/// A `Py_ssize_t` argument (`width`, `maxsplit`, `count`).
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        Value::Float(_) | Value::Str(_) | Value::None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        _ => vm.to_index(v).map_err(|e| {
            if vm.exc_matches(&e, &vm.types().index_error.clone()) {
                vm.overflow_error("Python int too large to convert to C ssize_t")
            } else {
                e
            }
        }),
    }
}

/// An optional slice index (`start`/`end` of `find` and friends); big ints clamp.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(other) => {
            let has_index = matches!(other, Value::Instance(_))
                && vm.type_of(other).lookup("__index__").is_some();
            if !has_index {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            vm.to_index(other).map(Some)
        }
    }
}

fn size_error(vm: &Vm, e: SizeError) -> PyErr {
    match e {
        SizeError::Overflow(m) => vm.overflow_error(m),
        SizeError::Memory => vm.new_exception(&vm.types().memory_error.clone(), vec![]),
    }
}

fn cow(s: std::borrow::Cow<'_, str>, orig: &Rc<PyStr>) -> Value {
    match s {
        std::borrow::Cow::Borrowed(b) if b.len() == orig.as_str().len() => Value::Str(orig.clone()),
        other => Value::string(other.into_owned()),
    }
}

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

// ---------------------------------------------------------------------------
// Constructor
// ---------------------------------------------------------------------------

/// Wraps a built-in value for a subclass `cls` (an instance carrying the value).
fn for_subclass(vm: &Vm, cls: &Value, base: &Rc<Class>, v: Value) -> Value {
    match cls {
        Value::Class(c) if !Rc::ptr_eq(c, base) && c.is_subclass(base) => {
            let _ = vm;
            Value::Instance(Rc::new(Instance {
                class: RefCell::new(c.clone()),
                dict: Rc::new(PyDict::new()),
                payload: Payload::Builtin(RefCell::new(v)),
            }))
        }
        _ => v,
    }
}

fn str_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(cls) = args.positional().first().cloned() else {
        return Err(vm.type_error("str.__new__(): not enough arguments"));
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = kw_bind(vm, &rest, "str", &["object", "encoding", "errors"])?;
    let v = match (&a[0], &a[1], &a[2]) {
        (None, _, _) => Value::str(""),
        (Some(v), None, None) => vm.str_value(v)?,
        (Some(v), enc, errors) => {
            let enc = opt_str_arg(vm, enc.as_ref(), "str", "encoding")?;
            let errors = opt_str_arg(vm, errors.as_ref(), "str", "errors")?;
            match as_bytes(vm, v) {
                Some(b) => decode(vm, &b, enc.as_deref(), errors.as_deref())?,
                None if as_text(vm, v).is_some() => {
                    return Err(vm.type_error("decoding str is not supported"));
                }
                None => {
                    return Err(vm.type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(v)
                    )));
                }
            }
        }
    };
    let base = vm.types().str_.clone();
    let v = match v {
        Value::Str(_) => v,
        other => match as_text(vm, &other) {
            Some(s) => Value::Str(s),
            None => other,
        },
    };
    Ok(for_subclass(vm, &cls, &base, v))
}

fn opt_str_arg(vm: &Vm, v: Option<&Value>, fname: &str, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => match as_text(vm, v) {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                clinic_type(vm, v)
            ))),
        },
    }
}

// ---------------------------------------------------------------------------
// join, split, partition
// ---------------------------------------------------------------------------

fn str_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (sep, rest) = this(vm, args, "join")?;
    let a = clinic_args(vm, &rest, "str", "join", 1, 1)?;
    let items = match &a[0] {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.as_ref().clone(),
        other => {
            let it = vm.get_iter(other).map_err(|e| {
                if vm.exc_matches(&e, &vm.types().type_error.clone()) {
                    vm.type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            let mut v = Vec::new();
            while let Some(x) = vm.iter_next(&it)? {
                v.push(x);
            }
            v
        }
    };
    let plain = !sep.has_surrogates()
        && items
            .iter()
            .all(|it| matches!(it, Value::Str(s) if !s.has_surrogates()));
    if plain {
        // The common case: plain strs only, joined as UTF-8.
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(sep.as_str());
            }
            if let Value::Str(s) = it {
                out.push_str(s.as_str());
            }
        }
        return Ok(Value::string(out));
    }
    let mut out = PyStrBuilder::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_pystr(&sep);
        }
        match as_text(vm, it) {
            Some(s) => out.push_pystr(&s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )));
            }
        }
    }
    Ok(Value::from_pystr(out.finish()))
}

fn sep_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Rc<PyStr>>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_text(vm, v) {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v)))),
        },
    }
}

fn str_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    as_text(vm, v).ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

fn split_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let a = kw_bind(vm, &rest, name, &["sep", "maxsplit"])?;
    let sep = sep_arg(vm, a[0].as_ref())?;
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => ssize(vm, v)?,
    };
    let sep_s = sep.as_ref().map(|x| x.as_str());
    let r = if right {
        text::rsplit(s.as_str(), sep_s, maxsplit)
    } else {
        text::split(s.as_str(), sep_s, maxsplit)
    };
    match r {
        Ok(parts) => Ok(str_list(parts)),
        Err(m) => Err(vm.value_error(m)),
    }
}

fn str_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_impl(vm, args, "rsplit", true)
}

fn int_flag(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::BigInt(_) => Ok(true),
        _ => Ok(vm.to_index(v)? != 0),
    }
}

fn str_splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "splitlines")?;
    let a = kw_bind(vm, &rest, "splitlines", &["keepends"])?;
    let keep = match &a[0] {
        None => false,
        Some(v) => int_flag(vm, v)?,
    };
    Ok(str_list(text::splitlines(s.as_str(), keep)))
}

fn partition_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let a = clinic_args(vm, &rest, "str", name, 1, 1)?;
    let sep = str_arg(vm, &a[0])?;
    let r = if right {
        text::rpartition(s.as_str(), sep.as_str())
    } else {
        text::partition(s.as_str(), sep.as_str())
    };
    match r {
        Ok((x, y, z)) => Ok(Value::tuple(vec![
            Value::str(x),
            Value::str(y),
            Value::str(z),
        ])),
        Err(m) => Err(vm.value_error(m)),
    }
}

fn str_partition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

// ---------------------------------------------------------------------------
// strip, find, count, startswith, replace
// ---------------------------------------------------------------------------

fn strip_impl(vm: &mut Vm, args: &Args, name: &str, which: u8) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let a = clinic_args(vm, &rest, "str", name, 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => match as_text(vm, v) {
            Some(c) => Some(c),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let cs = chars.as_ref().map(|c| c.as_str());
    let r = match which {
        0 => text::strip(s.as_str(), cs),
        1 => text::lstrip(s.as_str(), cs),
        _ => text::rstrip(s.as_str(), cs),
    };
    Ok(cow(std::borrow::Cow::Borrowed(r), &s))
}

fn str_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", 0)
}

fn str_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", 1)
}

fn str_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", 2)
}

/// `(sub, start, end)` for find/rfind/index/rindex/count.
fn search_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<SearchArgs> {
    let (s, rest) = this(vm, args, name)?;
    let a = pos_args(vm, &rest, "str", name, 1, 3)?;
    let sub = str_arg(vm, &a[0])?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    Ok((s, sub, start, end))
}

fn str_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, "find")?;
    Ok(Value::Int(text::find(s.as_str(), sub.as_str(), a, b)))
}

fn str_rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, "rfind")?;
    Ok(Value::Int(text::rfind(s.as_str(), sub.as_str(), a, b)))
}

fn str_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, "index")?;
    match text::find(s.as_str(), sub.as_str(), a, b) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, "rindex")?;
    match text::rfind(s.as_str(), sub.as_str(), a, b) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, a, b) = search_args(vm, args, "count")?;
    Ok(Value::Int(
        text::count(s.as_str(), sub.as_str(), a, b) as i64
    ))
}

fn affix_impl(vm: &mut Vm, args: &Args, name: &str, ends: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let a = pos_args(vm, &rest, "str", name, 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    let test = |p: &str| {
        if ends {
            text::endswith(s.as_str(), p, start, end)
        } else {
            text::startswith(s.as_str(), p, start, end)
        }
    };
    match &a[0] {
        Value::Tuple(t) => {
            for item in t.iter() {
                match as_text(vm, item) {
                    Some(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(item)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        v => match as_text(vm, v) {
            Some(p) => Ok(Value::Bool(test(p.as_str()))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn str_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn str_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "replace")?;
    let a = clinic_args(vm, &rest, "str", "replace", 2, 3)?;
    let mut parts = Vec::new();
    for (i, v) in a.iter().take(2).enumerate() {
        match as_text(vm, v) {
            Some(p) => parts.push(p),
            None => {
                return Err(vm.type_error(format!(
                    "replace() argument {} must be str, not {}",
                    i + 1,
                    clinic_type(vm, v)
                )));
            }
        }
    }
    let count = match a.get(2) {
        None => -1,
        Some(v) => ssize(vm, v)?,
    };
    let r = text::replace(s.as_str(), parts[0].as_str(), parts[1].as_str(), count)
        .map_err(|e| size_error(vm, e))?;
    Ok(cow(r, &s))
}

fn affix_remove(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let a = clinic_args(vm, &rest, "str", name, 1, 1)?;
    let p = as_text(vm, &a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "{name}() argument must be str, not {}",
            clinic_type(vm, &a[0])
        ))
    })?;
    let r = if suffix {
        s.as_str().strip_suffix(p.as_str())
    } else {
        s.as_str().strip_prefix(p.as_str())
    };
    Ok(match r {
        Some(r) if !p.as_str().is_empty() => Value::str(r),
        _ => Value::Str(s),
    })
}

fn str_removeprefix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_remove(vm, args, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_remove(vm, args, "removesuffix", true)
}

// ---------------------------------------------------------------------------
// Case and predicates
// ---------------------------------------------------------------------------

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    let (s, rest) = this(vm, args, name)?;
    clinic_args(vm, &rest, "str", name, 0, 0)?;
    Ok(s)
}

macro_rules! str_case {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let s = no_args(vm, args, $name)?;
            let f: fn(&str) -> String = $f;
            Ok(Value::string(f(s.as_str())))
        }
    };
}

macro_rules! str_pred {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let s = no_args(vm, args, $name)?;
            Ok(Value::Bool($f(s.as_str())))
        }
    };
}

str_case!(str_upper, "upper", |s| text::upper(s).into_owned());
str_case!(str_lower, "lower", |s| text::lower(s).into_owned());
str_case!(str_title, "title", text::title);
str_case!(str_capitalize, "capitalize", text::capitalize);
str_case!(str_swapcase, "swapcase", text::swapcase);
str_case!(str_casefold, "casefold", casefold);
str_pred!(str_isdigit, "isdigit", text::isdigit);
str_pred!(str_isdecimal, "isdecimal", text::isdecimal);
str_pred!(str_isnumeric, "isnumeric", text::isnumeric);
str_pred!(str_isalpha, "isalpha", text::isalpha);
str_pred!(str_isalnum, "isalnum", text::isalnum);
str_pred!(str_isspace, "isspace", text::isspace);
str_pred!(str_islower, "islower", text::islower);
str_pred!(str_isupper, "isupper", text::isupper);
str_pred!(str_istitle, "istitle", text::istitle);
str_pred!(str_isidentifier, "isidentifier", text::isidentifier);
str_pred!(str_isprintable, "isprintable", text::isprintable);
str_pred!(str_isascii, "isascii", text::isascii);

/// Unicode full case folding: lowercase plus the special foldings that differ from it.
fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            'ϐ' => out.push('β'),
            'ϑ' => out.push('θ'),
            'ϕ' => out.push('φ'),
            'ϖ' => out.push('π'),
            'ϰ' => out.push('κ'),
            'ϱ' => out.push('ρ'),
            'ϵ' => out.push('ε'),
            'ẛ' => out.push('ṡ'),
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            '\u{149}' => out.push_str("\u{2bc}n"),
            '\u{1f0}' => out.push_str("j\u{30c}"),
            'ᾼ' | 'ᾳ' => out.push_str("αι"),
            'ῌ' | 'ῃ' => out.push_str("ηι"),
            'ῼ' | 'ῳ' => out.push_str("ωι"),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

fn str_zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "zfill")?;
    let a = clinic_args(vm, &rest, "str", "zfill", 1, 1)?;
    let w = ssize(vm, &a[0])?;
    let r = text::zfill(s.as_str(), w).map_err(|e| size_error(vm, e))?;
    Ok(cow(r, &s))
}

fn pad_impl(vm: &mut Vm, args: &Args, name: &str, which: u8) -> PyResult<Value> {
    let (s, rest) = this(vm, args, name)?;
    let a = clinic_args(vm, &rest, "str", name, 1, 2)?;
    let w = ssize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(v) => match as_text(vm, v) {
            Some(f) if f.char_len() == 1 => f.char_at(0),
            Some(_) => {
                return Err(vm.type_error("The fill character must be exactly one character long"));
            }
            None => {
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    let r = match which {
        0 => text::center(s.as_str(), w, fill),
        1 => text::ljust(s.as_str(), w, fill),
        _ => text::rjust(s.as_str(), w, fill),
    }
    .map_err(|e| size_error(vm, e))?;
    Ok(cow(r, &s))
}

fn str_center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", 0)
}

fn str_ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", 1)
}

fn str_rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", 2)
}

fn str_expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "expandtabs")?;
    let a = kw_bind(vm, &rest, "expandtabs", &["tabsize"])?;
    let tab = match &a[0] {
        None => 8,
        Some(Value::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C int"));
        }
        Some(v) => ssize(vm, v)?,
    };
    let r = text::expandtabs(s.as_str(), tab).map_err(|e| size_error(vm, e))?;
    Ok(cow(r, &s))
}

// ---------------------------------------------------------------------------
// Encoding and decoding
// ---------------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "encode")?;
    let a = kw_bind(vm, &rest, "encode", &["encoding", "errors"])?;
    let enc = opt_str_arg(vm, a[0].as_ref(), "encode", "encoding")?;
    let errors = opt_str_arg(vm, a[1].as_ref(), "encode", "errors")?;
    let b = encode(vm, &s, enc.as_deref(), errors.as_deref())?;
    Ok(Value::Bytes(Rc::new(b)))
}

// ---------------------------------------------------------------------------
// str.format
// ---------------------------------------------------------------------------

#[derive(PartialEq)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: i64,
}

/// Where the replacement fields take their values from.
struct FormatSource<'a> {
    args: Option<&'a [Value]>,
    kwargs: Option<Value>,
}

/// A field name part made of decimal digits, as an index.
fn get_integer(vm: &Vm, s: &str) -> PyResult<Option<i64>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<i64>()
        .map(Some)
        .map_err(|_| vm.value_error("Too many decimal digits in format string"))
}

fn get_field(
    vm: &mut Vm,
    name: &str,
    src: &FormatSource,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let nb = name.as_bytes();
    let mut j = 0;
    while j < nb.len() && nb[j] != b'.' && nb[j] != b'[' {
        j += 1;
    }
    let (first, rest) = (&name[..j], &name[j..]);
    let mut idx = get_integer(vm, first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if auto.state == AutoState::Init {
            auto.state = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        if auto.state == AutoState::Manual && empty {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.state == AutoState::Auto && !empty {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if empty {
            idx = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut obj = match idx {
        None => match &src.kwargs {
            None => return Err(vm.key_error(Value::str(first))),
            Some(kw) => {
                let kw = kw.clone();
                vm.get_item(&kw, &Value::str(first))?
            }
        },
        Some(k) => match src.args {
            None => return Err(vm.value_error("Format string contains positional fields")),
            Some(a) => match usize::try_from(k).ok().and_then(|k| a.get(k)) {
                Some(v) => v.clone(),
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {k} out of range for positional args tuple"
                    )));
                }
            },
        },
    };
    let rb = rest.as_bytes();
    let mut p = 0;
    while p < rb.len() {
        let c = rb[p];
        p += 1;
        match c {
            b'.' => {
                let s = p;
                while p < rb.len() && rb[p] != b'.' && rb[p] != b'[' {
                    p += 1;
                }
                let attr = &rest[s..p];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.get_attr(&obj, attr)?;
            }
            b'[' => {
                let s = p;
                while p < rb.len() && rb[p] != b']' {
                    p += 1;
                }
                if p >= rb.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                let key = &rest[s..p];
                p += 1;
                let k = get_integer(vm, key)?;
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let kv = match k {
                    Some(i) => Value::Int(i),
                    None => Value::str(key),
                };
                obj = vm.get_item(&obj, &kv)?;
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
    }
    Ok(obj)
}

fn build_string(
    vm: &mut Vm,
    fmt: &str,
    src: &FormatSource,
    depth: i32,
    auto: &mut AutoNumber,
    template_si: Option<&StandIn>,
) -> PyResult<PyStr> {
    if depth <= 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let n = b.len();
    let mut out = PyStrBuilder::with_capacity(n);
    // Literal text of a template that holds surrogates is on stand-ins (see `str_format`).
    let literal = |out: &mut PyStrBuilder, text: &str| match template_si {
        Some(si) => out.push_pystr(&si.from_stand_in(text)),
        None => out.push_str(text),
    };
    let mut i = 0;
    while i < n {
        // Literal text up to a brace.
        let start = i;
        let mut c = 0u8;
        let mut markup = false;
        while i < n {
            c = b[i];
            i += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        if !markup {
            literal(&mut out, &fmt[start..]);
            break;
        }
        let at_end = i >= n;
        if c == b'}' && (at_end || b[i] != b'}') {
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if at_end && c == b'{' {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        if b[i] == c {
            literal(&mut out, &fmt[start..i]);
            i += 1;
            continue;
        }
        literal(&mut out, &fmt[start..i - 1]);
        // The replacement field.
        let fstart = i;
        let mut c = 0u8;
        while i < n {
            c = b[i];
            i += 1;
            match c {
                b'{' => return Err(vm.value_error("unexpected '{' in field name")),
                b'[' => {
                    while i < n && b[i] != b']' {
                        i += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        let field_name = &fmt[fstart..i.saturating_sub(1).max(fstart)];
        let mut conversion: Option<char> = None;
        let mut spec = "";
        let mut expand = false;
        if c == b'!' || c == b':' {
            let mut done = false;
            if c == b'!' {
                if i >= n {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                }
                let ch = fmt[i..].chars().next().unwrap_or('\0');
                conversion = Some(ch);
                i += ch.len_utf8();
                if i < n {
                    let c2 = b[i];
                    i += 1;
                    if c2 == b'}' {
                        done = true;
                    } else if c2 != b':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let sstart = i;
                let mut count = 1;
                let mut found = false;
                while i < n {
                    let c = b[i];
                    i += 1;
                    if c == b'{' {
                        expand = true;
                        count += 1;
                    } else if c == b'}' {
                        count -= 1;
                        if count == 0 {
                            spec = &fmt[sstart..i - 1];
                            found = true;
                            break;
                        }
                    }
                }
                if !found {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
            }
        } else if c != b'}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        // Render it.
        let obj = get_field(vm, field_name, src, auto)?;
        let obj = match conversion {
            None => obj,
            Some('r') => vm.repr_value(&obj)?,
            Some('s') => vm.str_value(&obj)?,
            Some('a') => vm.ascii_value(&obj)?,
            Some(ch) => {
                let n = ch as u32;
                return Err(vm.value_error(if n > 32 && n < 127 {
                    format!("Unknown conversion specifier {ch}")
                } else {
                    format!("Unknown conversion specifier \\x{n:x}")
                }));
            }
        };
        let spec_s = if expand {
            let s = build_string(vm, spec, src, depth - 1, auto, template_si)?;
            s.as_str().to_string()
        } else {
            spec.to_string()
        };
        let r = vm.format(&obj, &spec_s)?;
        match &r {
            Value::Str(s) => out.push_pystr(s),
            other => out.push_str(&vm.to_str(other)?),
        }
    }
    Ok(out.finish())
}

/// `template.format(...)`: a template holding surrogates is parsed on stand-in text.
fn format_template(
    vm: &mut Vm,
    template: &PyStr,
    src: &FormatSource,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let si = template
        .has_surrogates()
        .then(|| StandIn::choose([template]))
        .flatten();
    let out = match &si {
        Some(si) => build_string(vm, &si.to_stand_in(template), src, 2, auto, Some(si))?,
        None => build_string(vm, template.as_str(), src, 2, auto, None)?,
    };
    Ok(Value::from_pystr(out))
}

fn str_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.positional().is_empty() {
        return Err(vm.type_error("unbound method str.format() needs an argument"));
    }
    let (s, rest) = this(vm, args, "format")?;
    let kwargs = if rest.has_keywords() {
        let d = vm.new_dict();
        for (k, v) in rest.keywords() {
            d.set(vm, Value::str(k), v.clone())?;
        }
        Some(Value::Dict(d))
    } else {
        None
    };
    let src = FormatSource {
        args: Some(rest.positional()),
        kwargs,
    };
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    format_template(vm, &s, &src, &mut auto)
}

fn str_format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "format_map")?;
    let a = clinic_args(vm, &rest, "str", "format_map", 1, 1)?;
    let src = FormatSource {
        args: None,
        kwargs: Some(a[0].clone()),
    };
    let mut auto = AutoNumber {
        state: AutoState::Init,
        next: 0,
    };
    format_template(vm, &s, &src, &mut auto)
}

fn str_dunder_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "__format__")?;
    let a = clinic_args(vm, &rest, "str", "__format__", 1, 1)?;
    let spec = as_text(vm, &a[0]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[0])
        ))
    })?;
    vm.format(&Value::Str(s), spec.as_str())
}

// ---------------------------------------------------------------------------
// maketrans / translate
// ---------------------------------------------------------------------------

fn str_maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = clinic_args(vm, args, "str", "maketrans", 1, 3)?;
    let d = vm.new_dict();
    if a.len() == 1 {
        let Value::Dict(src) = &a[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                other => match as_text(vm, other) {
                    Some(s) if s.char_len() == 1 => Value::Int(s.code_point_at(0) as i64),
                    Some(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                    None => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        );
                    }
                },
            };
            d.set(vm, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let mut strs = Vec::new();
    for (i, v) in a.iter().enumerate().rev() {
        match as_text(vm, v) {
            Some(s) => strs.push(s),
            None if i == 0 => {
                return Err(vm.type_error(
                    "first maketrans argument must be a string if there is a second argument",
                ));
            }
            None => {
                return Err(vm.type_error(format!(
                    "maketrans() argument {} must be str, not {}",
                    i + 1,
                    clinic_type(vm, v)
                )));
            }
        }
    }
    strs.reverse();
    if strs[0].char_len() != strs[1].char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (x, y) in strs[0].code_points().zip(strs[1].code_points()) {
        d.set(vm, Value::Int(x as i64), Value::Int(y as i64))?;
    }
    if let Some(z) = strs.get(2) {
        for c in z.code_points() {
            d.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

fn str_translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, rest) = this(vm, args, "translate")?;
    let a = clinic_args(vm, &rest, "str", "translate", 1, 1)?;
    let table = a[0].clone();
    let lookup = vm.types().lookup_error.clone();
    let mut out = PyStrBuilder::with_capacity(s.as_str().len());
    for cp in s.code_points() {
        let r = match vm.get_item(&table, &Value::Int(cp as i64)) {
            Ok(v) => v,
            Err(e) if vm.exc_matches(&e, &lookup) => {
                out.push_code_point(cp);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            Value::Int(i) => match u32::try_from(*i) {
                Ok(ch) if ch < 0x110000 => out.push_code_point(ch),
                _ => {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"));
                }
            },
            other => match as_text(vm, other) {
                Some(t) => out.push_pystr(&t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            },
        }
    }
    Ok(Value::from_pystr(out.finish()))
}

// ---------------------------------------------------------------------------
// Special methods
// ---------------------------------------------------------------------------

fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Rc<PyStr>, &'a Value)> {
    let (s, rest) = this(vm, args, name)?;
    super::args::exact(vm, &rest, name, 1)?;
    Ok((s, &rest.positional()[0]))
}

fn str_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = no_args(vm, args, "__len__")?;
    Ok(Value::Int(s.char_len() as i64))
}

fn str_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one_arg(vm, args, "__contains__")?;
    match as_text(vm, x) {
        Some(sub) => Ok(Value::Bool(s.contains_text(&sub))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(x)
        ))),
    }
}

fn str_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one_arg(vm, args, "__getitem__")?;
    let x = x.clone();
    vm.get_item(&Value::Str(s), &x)
}

fn str_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = no_args(vm, args, "__iter__")?;
    vm.get_iter(&Value::Str(s))
}

fn str_add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one_arg(vm, args, "__add__")?;
    match as_text(vm, x) {
        Some(t) => Ok(Value::from_pystr(PyStr::concat(&s, &t))),
        None => {
            if matches!(x, Value::Instance(_)) && vm.type_of(x).lookup("__radd__").is_some() {
                return Ok(Value::NotImplemented);
            }
            Err(vm.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                vm.type_name(x)
            )))
        }
    }
}

fn str_mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one_arg(vm, args, "__mul__")?;
    let n = match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => x.clone(),
        Value::Instance(_) if vm.type_of(x).lookup("__index__").is_some() => {
            Value::Int(vm.to_index(x)?)
        }
        Value::Instance(_) => return Ok(Value::NotImplemented),
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(x)
            )));
        }
    };
    vm.binary_op(&Value::Str(s), &n, crate::syntax::ast::Operator::Mult)
}

fn str_mod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, x) = one_arg(vm, args, "__mod__")?;
    let x = x.clone();
    vm.percent_format(&s, &x)
}

fn str_rmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, x) = one_arg(vm, args, "__rmod__")?;
    match as_text(vm, x) {
        Some(_) => Ok(Value::NotImplemented),
        None => Ok(Value::NotImplemented),
    }
}

fn compare(vm: &mut Vm, args: &Args, name: &str, f: fn(Ordering) -> bool) -> PyResult<Value> {
    let (s, x) = one_arg(vm, args, name)?;
    match as_text(vm, x) {
        Some(t) => Ok(Value::Bool(f(s.text_cmp(&t)))),
        None => Ok(Value::NotImplemented),
    }
}

fn str_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", Ordering::is_eq)
}

fn str_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", Ordering::is_ne)
}

fn str_lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", Ordering::is_lt)
}

fn str_le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__le__", Ordering::is_le)
}

fn str_gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", Ordering::is_gt)
}

fn str_ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", Ordering::is_ge)
}

fn str_repr_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = no_args(vm, args, "__repr__")?;
    Ok(Value::string(crate::objects::repr::pystr_repr(&s)))
}

fn str_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = no_args(vm, args, "__hash__")?;
    Ok(Value::Int(s.hash()))
}

// ---------------------------------------------------------------------------
// bytes
// ---------------------------------------------------------------------------

fn new_bytes(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(v))
}

fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(cls) = args.positional().first().cloned() else {
        return Err(vm.type_error("bytes.__new__(): not enough arguments"));
    };
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = kw_bind(vm, &rest, "bytes", &["source", "encoding", "errors"])?;
    let enc = opt_str_arg(vm, a[1].as_ref(), "bytes", "encoding")?;
    let errors = opt_str_arg(vm, a[2].as_ref(), "bytes", "errors")?;
    let v = match &a[0] {
        None => {
            if enc.is_some() || errors.is_some() {
                return Err(vm.type_error(if enc.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            new_bytes(vec![])
        }
        Some(src) => {
            if let Some(s) = as_text(vm, src) {
                if enc.is_none() {
                    return Err(vm.type_error("string argument without an encoding"));
                }
                new_bytes(encode(vm, &s, enc.as_deref(), errors.as_deref())?)
            } else if enc.is_some() || errors.is_some() {
                return Err(vm.type_error(if enc.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            } else {
                bytes_from_object(vm, src)?
            }
        }
    };
    let base = vm.types().bytes.clone();
    Ok(for_subclass(vm, &cls, &base, v))
}

fn bytes_from_object(vm: &mut Vm, src: &Value) -> PyResult<Value> {
    if let Some(b) = as_bytes(vm, src) {
        return Ok(Value::Bytes(b));
    }
    match src {
        Value::BigInt(_) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Value::Int(_) | Value::Bool(_) => {
            let n = ssize(vm, src)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if n > (1 << 34) {
                return Err(vm.new_exception(&vm.types().memory_error.clone(), vec![]));
            }
            return Ok(new_bytes(vec![0; n as usize]));
        }
        Value::Instance(_) if vm.type_of(src).lookup("__index__").is_some() => {
            let n = vm.to_index(src)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            return Ok(new_bytes(vec![0; n as usize]));
        }
        _ => {}
    }
    let Some(it) = vm.try_get_iter(src)? else {
        return Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(src)
        )));
    };
    let mut out = Vec::new();
    while let Some(x) = vm.iter_next(&it)? {
        out.push(byte_value(vm, &x, "bytes must be in range(0, 256)")?);
    }
    Ok(new_bytes(out))
}

fn byte_value(vm: &mut Vm, x: &Value, msg: &str) -> PyResult<u8> {
    let i = match x {
        Value::BigInt(_) => return Err(vm.value_error(msg)),
        _ => vm.to_index(x)?,
    };
    u8::try_from(i).map_err(|_| vm.value_error(msg))
}

fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    as_bytes(vm, v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn bytes_decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (b, rest) = this_bytes(vm, args, "decode")?;
    let a = kw_bind(vm, &rest, "decode", &["encoding", "errors"])?;
    let enc = opt_str_arg(vm, a[0].as_ref(), "decode", "encoding")?;
    let errors = opt_str_arg(vm, a[1].as_ref(), "decode", "errors")?;
    decode(vm, &b, enc.as_deref(), errors.as_deref())
}

fn bytes_hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (b, rest) = this_bytes(vm, args, "hex")?;
    let a = kw_bind(vm, &rest, "hex", &["sep", "bytes_per_sep"])?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let sep = match &a[0] {
        None => return Ok(Value::string(digits.concat())),
        Some(v) => match (as_text(vm, v), as_bytes(vm, v)) {
            (Some(s), _) => s.as_str().to_string(),
            (_, Some(bs)) => String::from_utf8_lossy(&bs).into_owned(),
            _ => {
                return Err(
                    vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                );
            }
        },
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII."));
    }
    let per = match &a[1] {
        None => 1,
        Some(v) => ssize(vm, v)?,
    };
    if per == 0 || digits.is_empty() {
        return Ok(Value::string(digits.concat()));
    }
    let k = per.unsigned_abs() as usize;
    let n = digits.len();
    let mut out = String::new();
    for (i, d) in digits.iter().enumerate() {
        if i > 0 {
            // Groups counted from the right for a positive count, from the left otherwise.
            let boundary = if per > 0 {
                (n - i).is_multiple_of(k)
            } else {
                i.is_multiple_of(k)
            };
            if boundary {
                out.push_str(&sep);
            }
        }
        out.push_str(d);
    }
    Ok(Value::string(out))
}

fn bytes_fromhex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::args::no_keywords(vm, args, "fromhex")?;
    let a = args.positional();
    if a.len() != 2 {
        return Err(vm.type_error(format!(
            "bytes.fromhex() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    let s = as_text(vm, &a[1]).ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&a[1])
        ))
    })?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
        }
        i += 2;
    }
    let v = new_bytes(out);
    let base = vm.types().bytes.clone();
    Ok(for_subclass(vm, &a[0], &base, v))
}

fn bytes_join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (sep, rest) = this_bytes(vm, args, "join")?;
    let a = clinic_args(vm, &rest, "bytes", "join", 1, 1)?;
    let it = vm.get_iter(&a[0]).map_err(|e| {
        if vm.exc_matches(&e, &vm.types().type_error.clone()) {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(x) = vm.iter_next(&it)? {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes(vm, &x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(&x)
                )));
            }
        }
        i += 1;
    }
    Ok(new_bytes(out))
}

fn is_bspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn bfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w == n)
}

fn brfind(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn bsplit_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<Value> {
    let (b, rest) = this_bytes(vm, args, name)?;
    let a = kw_bind(vm, &rest, name, &["sep", "maxsplit"])?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let maxsplit = match &a[1] {
        None => -1,
        Some(v) => ssize(vm, v)?,
    };
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest: &[u8] = &b;
            loop {
                let pos = if left == 0 {
                    None
                } else if right {
                    brfind(rest, &sep)
                } else {
                    bfind(rest, &sep)
                };
                match pos {
                    Some(p) => {
                        if right {
                            parts.push(rest[p + sep.len()..].to_vec());
                            rest = &rest[..p];
                        } else {
                            parts.push(rest[..p].to_vec());
                            rest = &rest[p + sep.len()..];
                        }
                        left -= 1;
                    }
                    None => {
                        parts.push(rest.to_vec());
                        break;
                    }
                }
            }
        }
        None => {
            let mut rest: &[u8] = &b;
            loop {
                rest = if right {
                    let e = rest
                        .iter()
                        .rposition(|&x| !is_bspace(x))
                        .map_or(0, |e| e + 1);
                    &rest[..e]
                } else {
                    let s = rest
                        .iter()
                        .position(|&x| !is_bspace(x))
                        .unwrap_or(rest.len());
                    &rest[s..]
                };
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    parts.push(rest.to_vec());
                    break;
                }
                let pos = if right {
                    rest.iter().rposition(|&x| is_bspace(x))
                } else {
                    rest.iter().position(|&x| is_bspace(x))
                };
                match pos {
                    Some(p) => {
                        if right {
                            parts.push(rest[p + 1..].to_vec());
                            rest = &rest[..p];
                        } else {
                            parts.push(rest[..p].to_vec());
                            rest = &rest[p + 1..];
                        }
                        left -= 1;
                    }
                    None => {
                        parts.push(rest.to_vec());
                        break;
                    }
                }
            }
        }
    }
    if right {
        parts.reverse();
    }
    Ok(Value::list(parts.into_iter().map(new_bytes).collect()))
}

fn bytes_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bsplit_impl(vm, args, "split", false)
}

fn bytes_rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bsplit_impl(vm, args, "rsplit", true)
}

fn bstrip_impl(vm: &mut Vm, args: &Args, name: &str, which: u8) -> PyResult<Value> {
    let (b, rest) = this_bytes(vm, args, name)?;
    let a = clinic_args(vm, &rest, "bytes", name, 0, 1)?;
    let chars = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, v)?),
    };
    let strip = |x: u8| match &chars {
        None => is_bspace(x),
        Some(c) => c.contains(&x),
    };
    let mut s = 0;
    let mut e = b.len();
    if which != 2 {
        while s < e && strip(b[s]) {
            s += 1;
        }
    }
    if which != 1 {
        while e > s && strip(b[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_bytes(b[s..e].to_vec()))
}

fn bytes_strip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bstrip_impl(vm, args, "strip", 0)
}

fn bytes_lstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bstrip_impl(vm, args, "lstrip", 1)
}

fn bytes_rstrip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bstrip_impl(vm, args, "rstrip", 2)
}

/// The window `[start, end)` of a bytes search; `None` when empty in CPython's sense.
fn bwindow(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let s = slice_index(vm, start)?;
    let e = slice_index(vm, end)?;
    let (s, e) = text::adjust_indices(len, s, e);
    Ok(if s > e { None } else { Some((s, e)) })
}

fn bsearch_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<BSearchArgs> {
    let (b, rest) = this_bytes(vm, args, name)?;
    let a = pos_args(vm, &rest, "bytes", name, 1, 3)?;
    let sub = match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            vec![byte_value(vm, &a[0], "byte must be in range(0, 256)")?]
        }
        v => match as_bytes(vm, v) {
            Some(s) => s.as_ref().clone(),
            None => {
                return Err(vm.type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    vm.type_name(v)
                )));
            }
        },
    };
    let w = bwindow(vm, b.len(), a.get(1), a.get(2))?;
    Ok((b, sub, w))
}

fn bfind_impl(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult<i64> {
    let (b, sub, w) = bsearch_args(vm, args, name)?;
    let Some((s, e)) = w else {
        return Ok(-1);
    };
    let hay = &b[s..e];
    let r = if right {
        brfind(hay, &sub)
    } else {
        bfind(hay, &sub)
    };
    Ok(r.map_or(-1, |p| (p + s) as i64))
}

fn bytes_find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(bfind_impl(vm, args, "find", false)?))
}

fn bytes_rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(bfind_impl(vm, args, "rfind", true)?))
}

fn bytes_index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match bfind_impl(vm, args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn bytes_rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match bfind_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn bytes_count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (b, sub, w) = bsearch_args(vm, args, "count")?;
    let Some((s, e)) = w else {
        return Ok(Value::Int(0));
    };
    let hay = &b[s..e];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = bfind(&hay[i..], &sub) {
        n += 1;
        i += p + sub.len();
    }
    Ok(Value::Int(n))
}

fn baffix_impl(vm: &mut Vm, args: &Args, name: &str, ends: bool) -> PyResult<Value> {
    let (b, rest) = this_bytes(vm, args, name)?;
    let a = pos_args(vm, &rest, "bytes", name, 1, 3)?;
    let w = bwindow(vm, b.len(), a.get(1), a.get(2))?;
    let test = |p: &[u8]| match w {
        None => false,
        Some((s, e)) => {
            if ends {
                b[s..e].ends_with(p)
            } else {
                b[s..e].starts_with(p)
            }
        }
    };
    match &a[0] {
        Value::Tuple(t) => {
            for item in t.iter() {
                match as_bytes(vm, item) {
                    Some(p) => {
                        if test(&p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(item)
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        v => match as_bytes(vm, v) {
            Some(p) => Ok(Value::Bool(test(&p))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn bytes_startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    baffix_impl(vm, args, "startswith", false)
}

fn bytes_endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    baffix_impl(vm, args, "endswith", true)
}

fn bytes_replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (b, rest) = this_bytes(vm, args, "replace")?;
    let a = clinic_args(vm, &rest, "bytes", "replace", 2, 3)?;
    let old = bytes_arg(vm, &a[0])?;
    let new = bytes_arg(vm, &a[1])?;
    let count = match a.get(2) {
        None => -1,
        Some(v) => ssize(vm, v)?,
    };
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, &x) in b.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&b[i..]);
                return Ok(new_bytes(out));
            }
            out.extend_from_slice(&new);
            out.push(x);
            left -= 1;
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_bytes(out));
    }
    let mut i = 0;
    while left > 0 {
        match bfind(&b[i..], &old) {
            Some(p) => {
                out.extend_from_slice(&b[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(new_bytes(out))
}

fn bytes_no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<Vec<u8>>> {
    let (b, rest) = this_bytes(vm, args, name)?;
    clinic_args(vm, &rest, "bytes", name, 0, 0)?;
    Ok(b)
}

fn bytes_upper(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bytes_no_args(vm, args, "upper")?;
    Ok(new_bytes(b.to_ascii_uppercase()))
}

fn bytes_lower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bytes_no_args(vm, args, "lower")?;
    Ok(new_bytes(b.to_ascii_lowercase()))
}

fn bytes_isdigit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bytes_no_args(vm, args, "isdigit")?;
    Ok(Value::Bool(
        !b.is_empty() && b.iter().all(u8::is_ascii_digit),
    ))
}

fn bytes_isalpha(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bytes_no_args(vm, args, "isalpha")?;
    Ok(Value::Bool(
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic),
    ))
}

fn bytes_isspace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bytes_no_args(vm, args, "isspace")?;
    Ok(Value::Bool(
        !b.is_empty() && b.iter().all(|&x| is_bspace(x)),
    ))
}

fn bytes_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = bytes_no_args(vm, args, "__len__")?;
    Ok(Value::Int(b.len() as i64))
}
