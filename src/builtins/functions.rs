//! Built-in functions: `print`, `len`, `isinstance`, `sorted`, `min`, …

use crate::objects::heap::Rc;

use num_bigint::BigInt;

use super::args::{bind, exact, no_keywords, range as arg_range};

use crate::objects::class::Class;
use crate::objects::function::Args;
use crate::objects::iter::{IterObj, IterState};
use crate::objects::number as num;
use crate::objects::value::{Property, Super};
use crate::objects::{PyStr, Value};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let b = vm.state.builtins.clone();
    let fns: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("any", any),
        ("all", all),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("hash", hash),
        ("id", id),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("callable", callable),
        ("iter", iter),
        ("next", next),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("input", input),
        ("format", format),
        ("vars", vars),
        ("dir", dir),
        ("globals", globals),
        ("locals", locals),
        ("__build_class__", build_class),
        ("__import__", import),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("open", crate::modules::io::open),
        ("exit", exit),
        ("quit", exit),
    ];
    for (name, f) in fns {
        b.set_str(name, super::native_function(name, *f));
    }
}

/// One piece of `print`'s output.
enum Piece<'a> {
    Text(&'a str),
    /// A str value, which may hold lone surrogates.
    Str(Rc<PyStr>),
}

fn print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    // `None`: the default separator and ending.
    let mut sep: Option<Value> = None;
    let mut end: Option<Value> = None;
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in args.keywords() {
        match k {
            "sep" => {
                if !v.is_none() {
                    sep = match v {
                        Value::Str(_) => Some(v.clone()),
                        _ => {
                            return Err(vm.type_error(format!(
                                "sep must be None or a string, not {}",
                                vm.type_name(v)
                            )));
                        }
                    }
                }
            }
            "end" => {
                if !v.is_none() {
                    end = match v {
                        Value::Str(_) => Some(v.clone()),
                        _ => {
                            return Err(vm.type_error(format!(
                                "end must be None or a string, not {}",
                                vm.type_name(v)
                            )));
                        }
                    }
                }
            }
            "file" => {
                if !v.is_none() {
                    file = Some(v.clone());
                }
            }
            "flush" => flush = vm.is_true(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                );
            }
        }
    }
    // No file: whatever `sys.stdout` is now (a program may have replaced it); the real
    // stdout is written directly, anything else through its `write`.
    if file.as_ref().is_none_or(Value::is_none) {
        file = match vm.state.modules.get_str("sys").and_then(|m| match m {
            Value::Module(m) => m.dict.get_str("stdout"),
            _ => None,
        }) {
            Some(Value::None) => return Ok(Value::None),
            Some(stream) if !crate::modules::io::is_std_stream(&stream, 1) => Some(stream),
            _ => None,
        };
    }
    // Each piece is written on its own, as CPython does (threads may interleave them).
    let write = |vm: &mut Vm, piece: Piece| -> PyResult<()> {
        match (&file, piece) {
            (None, Piece::Text(s)) => vm.write_stdout(s),
            (None, Piece::Str(s)) => vm.write_std_str(&s, false),
            (Some(f), piece) => {
                let arg = match piece {
                    Piece::Text(s) => Value::str(s),
                    Piece::Str(s) => Value::Str(s.clone()),
                };
                let w = vm.get_attr(f, "write")?;
                vm.call0(&w, &[arg])?;
                Ok(())
            }
        }
    };
    let piece = |v: &Option<Value>, default: &'static str| match v {
        Some(Value::Str(s)) => Piece::Str(s.clone()),
        _ => Piece::Text(default),
    };
    for (i, v) in args.positional().iter().enumerate() {
        if i > 0 {
            write(vm, piece(&sep, " "))?;
        }
        match v {
            Value::Str(s) => write(vm, Piece::Str(s.clone()))?,
            Value::Instance(_) => {
                let s = vm.str_value(v)?;
                write(vm, piece(&Some(s), ""))?;
            }
            _ => {
                let s = vm.to_str(v)?;
                write(vm, Piece::Text(&s))?;
            }
        }
    }
    write(vm, piece(&end, "\n"))?;
    if flush
        && let Some(f) = &file
        && let Ok(fl) = vm.get_attr(f, "flush")
    {
        vm.call0(&fl, &[])?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "len", 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "repr", 1)?;
    vm.repr_value(&a[0])
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "ascii", 1)?;
    vm.ascii_value(&a[0])
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "abs", 1)?;
    match &a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => match vm.call_special(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
    }
}

fn min_max(vm: &mut Vm, args: &Args, name: &str, want_max: bool) -> PyResult<Value> {
    let mut key = None;
    let mut default = None;
    for (k, v) in args.keywords() {
        match k {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone())
                }
            }
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    let pos = args.positional();
    let items = match pos.len() {
        0 => {
            return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
        }
        1 => vm.collect_iterable(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call0(k, &[best.clone()])?,
        None => best.clone(),
    };
    for item in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call0(kf, &[item.clone()])?,
            None => item.clone(),
        };
        let better = if want_max {
            vm.lt(&best_key, &k)?
        } else {
            vm.lt(&k, &best_key)?
        };
        if better {
            best = item;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "min", false)
}

fn max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    min_max(vm, args, "max", true)
}

fn sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "sum", &["iterable", "start"], 1)?;
    let mut total = a[1].clone().unwrap_or(Value::Int(0));
    if let Value::Str(_) = total {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let iterable = a[0].clone().unwrap();
    let it = vm.get_iter(&iterable)?;
    // Float sums use compensated summation like CPython's.
    while let Some(x) = vm.iter_next(&it)? {
        total = match (&total, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&total, &x, crate::syntax::ast::Operator::Add)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&total, &x, crate::syntax::ast::Operator::Add)?,
        };
    }
    Ok(total)
}

/// Sorts `items` in place, stably, by `key` if given, using only `<` like CPython's sort.
/// A merge sort of our own: the comparison can run Python code, fail, or be inconsistent,
/// none of which may panic (as the standard library's sorts may on inconsistent orders).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call0(k, &[it.clone()])?);
            }
            ks
        }
        None => items.clone(),
    };
    let n = keys.len();
    let mut idx: Vec<usize> = (0..n).collect();
    let mut buf: Vec<usize> = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only if it is strictly "before" the left one.
                let right_first = if reverse {
                    vm.lt(&keys[idx[i]], &keys[idx[j]])?
                } else {
                    vm.lt(&keys[idx[j]], &keys[idx[i]])?
                };
                if right_first {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            start = end;
        }
        std::mem::swap(&mut idx, &mut buf);
        width *= 2;
    }
    let old = std::mem::take(items);
    *items = idx.into_iter().map(|i| old[i].clone()).collect();
    Ok(())
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.keywords() {
        match k {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone())
                }
            }
            "reverse" => reverse = vm.is_true(v)?,
            _ => {
                return Err(
                    vm.type_error(format!("sort() got an unexpected keyword argument '{k}'"))
                );
            }
        }
    }
    let mut items = vm.collect_iterable(&pos[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "reversed", 1)?;
    let v = a[0].clone();
    let len = match &v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            vm.len(&v)?
        }
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            return Ok(Value::Iter(Rc::new(IterObj::new(
                "dict_reversekeyiterator",
                IterState::Values {
                    items: keys,
                    index: 0,
                },
            ))));
        }
        Value::Instance(_) | Value::Native(_) => {
            if let Some(r) = vm.call_special(&v, "__reversed__", &[])? {
                return Ok(r);
            }
            if vm.type_of(&v).lookup("__getitem__").is_none() {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", vm.type_name(&v)))
                );
            }
            vm.len(&v)?
        }
        Value::Class(_) => match vm.metaclass_special(&v, "__reversed__", &[])? {
            Some(r) => return Ok(r),
            None => {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", vm.type_name(&v)))
                );
            }
        },
        _ => {
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&v))));
        }
    };
    let name = match &v {
        Value::List(_) => "list_reverseiterator",
        Value::Range(_) => "range_iterator",
        _ => "reversed",
    };
    Ok(Value::Iter(Rc::new(IterObj::new(
        name,
        IterState::Reversed {
            seq: v,
            index: len as i64 - 1,
        },
    ))))
}

fn enumerate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "enumerate", &["iterable", "start"], 1)?;
    let it = vm.get_iter(a[0].as_ref().unwrap())?;
    let start = match &a[1] {
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => v.clone(),
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
        None => Value::Int(0),
    };
    Ok(Value::Iter(Rc::new(IterObj::new(
        "enumerate",
        IterState::Enumerate {
            inner: it,
            count: start,
        },
    ))))
}

fn zip(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.keywords() {
        if k == "strict" {
            strict = vm.is_true(v)?;
        } else {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut iters = Vec::new();
    for (i, a) in args.positional().iter().enumerate() {
        let it = vm.get_iter(a).map_err(|e| {
            if e.is_instance_of(&vm.types().type_error) {
                vm.type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?;
        iters.push(it);
    }
    Ok(Value::Iter(Rc::new(IterObj::new(
        "zip",
        IterState::Zip { iters, strict },
    ))))
}

fn map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    no_keywords(vm, args, "map")?;
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &pos[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(Value::Iter(Rc::new(IterObj::new(
        "map",
        IterState::Map {
            func: pos[0].clone(),
            iters,
        },
    ))))
}

fn filter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "filter", 2)?;
    let inner = vm.get_iter(&a[1])?;
    Ok(Value::Iter(Rc::new(IterObj::new(
        "filter",
        IterState::Filter {
            func: a[0].clone(),
            inner,
        },
    ))))
}

fn any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "any", 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.is_true(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "all", 1)?;
    let it = vm.get_iter(&a[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.is_true(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "round", &["number", "ndigits"], 1)?;
    let x = a[0].clone().unwrap();
    let nd = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.to_index(v)?),
    };
    match &x {
        Value::Float(f) => match num::float_round(*f, nd).map_err(|e| vm.num_error(e))? {
            num::RoundResult::Int(i) => Ok(Value::from_bigint(i)),
            num::RoundResult::Float(f) => Ok(Value::Float(f)),
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match nd {
            None => vm.positive(&x),
            Some(n) => {
                let b = to_bigint(vm, &x)?;
                Ok(Value::from_bigint(num::int_round(&b, n)))
            }
        },
        _ => {
            let mut extra = vec![];
            if let Some(v) = &a[1] {
                extra.push(v.clone());
            }
            match vm.call_special(&x, "__round__", &extra)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(&x)
                ))),
            }
        }
    }
}

pub fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => {
            let i = vm.to_index(v)?;
            Ok(BigInt::from(i))
        }
    }
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "divmod", 2)?;
    let (x, y) = (a[0].clone(), a[1].clone());
    let is_num = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    if is_num(&x) && is_num(&y) {
        let q = vm
            .binary_op(&x, &y, crate::syntax::ast::Operator::FloorDiv)
            .map_err(|e| {
                if e.is_instance_of(&vm.types().zero_division_error)
                    && matches!(x, Value::Float(_)) | matches!(y, Value::Float(_))
                {
                    vm.zero_division("float divmod()")
                } else {
                    e
                }
            })?;
        let r = vm.binary_op(&x, &y, crate::syntax::ast::Operator::Mod)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_special(&x, "__divmod__", &[y.clone()])?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(r);
    }
    if let Some(r) = vm.call_special(&y, "__rdivmod__", &[x.clone()])?
        && !matches!(r, Value::NotImplemented)
    {
        return Ok(r);
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(&x),
        vm.type_name(&y)
    )))
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "pow", &["base", "exp", "mod"], 2)?;
    let base = a[0].clone().unwrap();
    let exp = a[1].clone().unwrap();
    match &a[2] {
        None | Some(Value::None) => vm.binary_op(&base, &exp, crate::syntax::ast::Operator::Pow),
        Some(m) => {
            let ints = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
            if !(ints(&base) && ints(&exp) && ints(m)) {
                if matches!(base, Value::Instance(_)) {
                    let m = m.clone();
                    if let Some(r) = vm.call_special(&base, "__pow__", &[exp.clone(), m])?
                        && !matches!(r, Value::NotImplemented)
                    {
                        return Ok(r);
                    }
                    return Err(vm.type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        vm.type_name(&base),
                        vm.type_name(&exp),
                        vm.type_name(a[2].as_ref().unwrap())
                    )));
                }
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let (b, e, m) = (
                to_bigint(vm, &base)?,
                to_bigint(vm, &exp)?,
                to_bigint(vm, m)?,
            );
            num::big_pow_mod(&b, &e, &m)
                .map(Value::from_bigint)
                .map_err(|e| vm.num_error(e))
        }
    }
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "hash", 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn id(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "id", 1)?;
    Ok(Value::Int(crate::vm::ops::identity(&a[0]) as i64))
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "chr", 1)?;
    let i = match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match vm.to_index(&a[0]) {
            Ok(i) => i,
            Err(_) => return Err(vm.overflow_error("Python int too large to convert to C int")),
        },
        v => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        // A lone surrogate: not a Rust `char`, but a Python one.
        None if (0..0x110000).contains(&i) => {
            Ok(Value::from_pystr(PyStr::from_code_point(i as u32)))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "ord", 1)?;
    match &a[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(s.code_point_at(0) as i64))
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        v => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn radix(vm: &mut Vm, args: &Args, name: &str, r: u32) -> PyResult<Value> {
    let a = exact(vm, args, name, 1)?;
    let b = to_bigint(vm, &a[0])?;
    Ok(Value::string(num::int_to_str_radix(&b, r, true)))
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}

fn oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}

fn bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

/// Classes named by `isinstance`'s second argument (a class or nested tuples of them).
fn class_list(vm: &Vm, v: &Value, fname: &str, out: &mut Vec<Rc<Class>>) -> PyResult<()> {
    match v {
        Value::Class(c) => {
            out.push(c.clone());
            Ok(())
        }
        Value::Tuple(t) => {
            for x in t.iter() {
                class_list(vm, x, fname, out)?;
            }
            Ok(())
        }
        _ => Err(vm.type_error(if fname == "isinstance" {
            "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string()
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
        })),
    }
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "isinstance", 2)?;
    // An object that is not a class but answers the check itself (a typing alias).
    if matches!(a[1], Value::Instance(_))
        && let Some(r) = vm.call_special(&a[1], "__instancecheck__", &[a[0].clone()])?
    {
        return Ok(Value::Bool(vm.is_true(&r)?));
    }
    let mut classes = Vec::new();
    class_list(vm, &a[1], "isinstance", &mut classes)?;
    for c in &classes {
        if let Some(check) = vm.metaclass_of(c).lookup("__instancecheck__")
            && !matches!(check, Value::Builtin(_))
        {
            let r = vm.call0(&check, &[Value::Class(c.clone()), a[0].clone()])?;
            if vm.is_true(&r)? {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        if vm.is_instance(&a[0], c) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "issubclass", 2)?;
    if matches!(a[1], Value::Instance(_))
        && let Some(r) = vm.call_special(&a[1], "__subclasscheck__", &[a[0].clone()])?
    {
        return Ok(Value::Bool(vm.is_true(&r)?));
    }
    let Value::Class(sub) = &a[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let sub = sub.clone();
    let mut classes = Vec::new();
    class_list(vm, &a[1], "issubclass", &mut classes)?;
    for c in &classes {
        // A metaclass's __subclasscheck__ decides (abc.ABCMeta, typing's protocols).
        if let Some(check) = vm.metaclass_of(c).lookup("__subclasscheck__")
            && !matches!(check, Value::Builtin(_))
        {
            let r = vm.call0(&check, &[Value::Class(c.clone()), a[0].clone()])?;
            if vm.is_true(&r)? {
                return Ok(Value::Bool(true));
            }
            continue;
        }
        if sub.is_subclass(c) || Rc::ptr_eq(c, &vm.types().object) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) | Value::Native(_) => vm.type_of(v).lookup("__call__").is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "callable", 1)?;
    Ok(Value::Bool(is_callable(vm, &a[0])))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "iter", 1, 2)?;
    if a.len() == 2 {
        if !is_callable(vm, &a[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(Value::Iter(Rc::new(IterObj::new(
            "callable_iterator",
            IterState::Callable {
                func: a[0].clone(),
                sentinel: a[1].clone(),
            },
        ))));
    }
    vm.get_iter(&a[0])
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "next", 1, 2)?;
    let it = &a[0];
    let is_iter = match it {
        Value::Iter(_) | Value::Generator(_) => true,
        Value::Instance(_) | Value::Native(_) => vm.type_of(it).lookup("__next__").is_some(),
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match it {
        Value::Generator(g) => {
            let g = g.clone();
            match vm.resume_generator(&g, Value::None)? {
                Ok(v) => Ok(v),
                Err(r) => match a.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
                },
            }
        }
        Value::Instance(_) | Value::Native(_) => match vm.call_special(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => unreachable!("checked above"),
            Err(e) if e.is_instance_of(&vm.types().stop_iteration) && a.len() == 2 => {
                Ok(a[1].clone())
            }
            Err(e) => Err(e),
        },
        _ => match vm.iter_next(it)? {
            Some(v) => Ok(v),
            None => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(None)),
            },
        },
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "getattr", 2, 3)?;
    let name = attr_name(vm, &a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && e.is_instance_of(&vm.types().attribute_error) => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "setattr", 3)?;
    let name = attr_name(vm, &a[1])?;
    vm.set_attr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "hasattr", 2)?;
    let name = attr_name(vm, &a[1])?;
    match vm.get_attr(&a[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance_of(&vm.types().attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "delattr", 2)?;
    let name = attr_name(vm, &a[1])?;
    vm.del_attr(&a[0], &name)?;
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "input", 0, 1)?;
    if let Some(p) = a.first() {
        match vm.str_value(p)? {
            Value::Str(s) => vm.write_std_str(&s, false)?,
            other => {
                let text = vm.to_str(&other)?;
                vm.write_stdout(&text)?;
            }
        }
    }
    // Interruptible by Ctrl-C (see vm/stdin.rs).
    let mut s = vm.read_stdin_line()?;
    if s.is_empty() {
        return Err(vm.new_error(&vm.types().eof_error.clone(), "EOF when reading a line"));
    }
    if s.ends_with('\n') {
        s.pop();
        if s.ends_with('\r') {
            s.pop();
        }
    }
    Ok(Value::string(s))
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(v)
            )));
        }
        None => String::new(),
    };
    vm.format(&a[0], &spec)
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "vars", 0, 1)?;
    match a.first() {
        Some(v) => match vm.instance_dict(v) {
            Some(d) => {
                if !matches!(v, Value::Module(_)) {
                    vm.gc_track_exposed_dict(&d);
                }
                Ok(Value::Dict(d))
            }
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        None => Err(vm.type_error("vars() without arguments is not supported by pyth")),
    }
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = arg_range(vm, args, "dir", 0, 1)?;
    let mut names: Vec<String> = Vec::new();
    if let Some(v) = a.first() {
        if let Some(d) = vm.instance_dict(v) {
            names.extend(
                d.keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_string)),
            );
        }
        let cls = match v {
            Value::Class(c) => c.clone(),
            _ => vm.type_of(v),
        };
        if !matches!(v, Value::Module(_)) {
            for c in cls.mro_iter() {
                names.extend(
                    c.dict
                        .keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(str::to_string)),
                );
            }
        }
    } else if let Some(g) = &vm.current_globals {
        // No argument: the running module's names. (Inside a function CPython lists its
        // locals; a builtin cannot see the caller's fast locals, so this is the module's.)
        names.extend(
            g.keys()
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string)),
        );
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn globals(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    match &vm.current_globals {
        Some(g) => Ok(Value::Dict(g.clone())),
        None => Err(vm.runtime_error("globals(): no current frame")),
    }
}

fn locals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    globals(vm, args)
}

fn build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    vm.build_class(args)
}

fn import(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = vm.to_str(a[0].as_ref().unwrap())?;
    let fromlist = a[3].clone().unwrap_or(Value::None);
    let fromlist = if matches!(&fromlist, Value::Tuple(t) if t.is_empty())
        || matches!(&fromlist, Value::List(l) if l.borrow().is_empty())
    {
        Value::None
    } else {
        fromlist
    };
    let globals = vm.new_dict();
    vm.import_name(&name, &fromlist, 0, &globals)
}

fn source_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        Value::Code(_) => Err(vm.type_error("code objects are run directly")),
        _ => Err(vm.type_error("exec() arg 1 must be a string, bytes or code object")),
    }
}

fn namespace_args(vm: &mut Vm, a: &[Option<Value>]) -> PyResult<Rc<crate::objects::dict::PyDict>> {
    match a.get(1).cloned().flatten() {
        Some(Value::Dict(d)) => {
            if d.get_str("__builtins__").is_none() {
                d.set_str("__builtins__", Value::Dict(vm.state.builtins.clone()));
            }
            Ok(d)
        }
        Some(Value::None) | None => match &vm.current_globals {
            Some(g) => Ok(g.clone()),
            None => Ok(vm.new_dict()),
        },
        Some(v) => Err(vm.type_error(format!("globals must be a dict, not {}", vm.type_name(&v)))),
    }
}

fn exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "exec", &["source", "globals", "locals"], 1)?;
    let globals = namespace_args(vm, &a)?;
    let code = match a[0].clone().unwrap() {
        Value::Code(c) => c,
        src => {
            let text = source_arg(vm, &src)?;
            compile_source(vm, text, "<string>", "exec")?
        }
    };
    let locals = locals_arg(vm, &a, &globals)?;
    run_code_object(vm, code, &globals, &locals, "exec")?;
    Ok(Value::None)
}

/// Runs a code object for `exec`/`eval` as CPython does: one that needs a closure or
/// arguments is a TypeError, a generator's code makes a generator.
fn run_code_object(
    vm: &mut Vm,
    code: Rc<crate::compiler::bytecode::Code>,
    globals: &Rc<crate::objects::dict::PyDict>,
    locals: &Rc<crate::objects::dict::PyDict>,
    which: &str,
) -> PyResult<Value> {
    if !code.freevars.is_empty() {
        return Err(vm.type_error(if which == "exec" {
            format!(
                "code object requires a closure of exactly length {}",
                code.freevars.len()
            )
        } else {
            format!("code object passed to {which}() may not contain free variables")
        }));
    }
    let n = code.varnames.len();
    let positional = (code.argcount as usize).min(n);
    let kw_start = (positional + code.flags.varargs as usize).min(n);
    let kw_end = (kw_start + code.kwonlyargcount as usize).min(n);
    for (what, names) in [
        ("positional", &code.varnames[..positional]),
        ("keyword-only", &code.varnames[kw_start..kw_end]),
    ] {
        if !names.is_empty() {
            let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
            let list = match quoted.len() {
                1 => quoted[0].clone(),
                n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
            };
            let plural = if names.len() == 1 { "" } else { "s" };
            return Err(vm.type_error(format!(
                "{}() missing {} required {what} argument{plural}: {list}",
                code.name,
                names.len()
            )));
        }
    }
    if code.flags.namespace {
        return vm.run_code_in(code, globals, locals);
    }
    // A function's code: fast locals and fresh cells, `*args`/`**kwargs` empty.
    let mut frame = crate::vm::frame::Frame::new(code.clone(), globals.clone(), None);
    frame.cells = (0..code.cellvars.len())
        .map(|_| Rc::new(crate::objects::function::CellObj::new(None)))
        .collect();
    if code.flags.varargs && positional < n {
        frame.locals[positional] = Some(Value::tuple(vec![]));
    }
    if code.flags.varkeywords && kw_end < n {
        frame.locals[kw_end] = Some(Value::Dict(vm.new_dict()));
    }
    for &(ci, pi) in &code.cell_params {
        if let (Some(cell), Some(v)) = (frame.cells.get(ci as usize), frame.locals.get(pi as usize))
        {
            cell.set(v.clone());
        }
    }
    if code.flags.generator {
        let g = Value::Generator(Rc::new(crate::vm::generator::Generator::new(
            frame,
            &code,
            vm.state.gc.finalizers.clone(),
        )));
        vm.gc_track_value(&g);
        return Ok(g);
    }
    vm.enter_frame()?;
    match vm.run_frame(frame)? {
        crate::vm::eval::Exit::Return(v) => Ok(v),
        crate::vm::eval::Exit::Yield(..) => Ok(Value::None),
    }
}

fn eval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "eval", &["source", "globals", "locals"], 1)?;
    let globals = namespace_args(vm, &a)?;
    let code = match a[0].clone().unwrap() {
        Value::Code(c) => c,
        src => {
            let text = source_arg(vm, &src)?;
            compile_source(
                vm,
                text.trim_start_matches([' ', '\t']).to_string(),
                "<string>",
                "eval",
            )?
        }
    };
    let locals = locals_arg(vm, &a, &globals)?;
    run_code_object(vm, code, &globals, &locals, "eval")
}

/// The `locals` argument of `eval`/`exec` (a dict), defaulting to the globals.
fn locals_arg(
    vm: &mut Vm,
    a: &[Option<Value>],
    globals: &Rc<crate::objects::dict::PyDict>,
) -> PyResult<Rc<crate::objects::dict::PyDict>> {
    match a.get(2).cloned().flatten() {
        Some(Value::Dict(d)) => Ok(d),
        Some(Value::None) | None => Ok(globals.clone()),
        Some(v) => Err(vm.type_error(format!(
            "locals must be a mapping, not {}",
            vm.type_name(&v)
        ))),
    }
}

pub fn compile_source(
    vm: &mut Vm,
    text: String,
    filename: &str,
    mode: &str,
) -> PyResult<Rc<crate::compiler::bytecode::Code>> {
    use crate::compiler::codegen;
    use crate::syntax;
    let file = syntax::SourceFile::new(filename, text);
    let result = match mode {
        "eval" => syntax::parse_expression(&file.text)
            .and_then(|e| codegen::compile_expression(&e, file.clone())),
        "single" => syntax::parse_interactive(&file.text)
            .and_then(|m| codegen::compile_interactive(&m, file.clone())),
        "exec" => {
            syntax::parse_module(&file.text).and_then(|m| codegen::compile_module(&m, file.clone()))
        }
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    result.map_err(|e| vm.syntax_error_value(&e, &file))
}

fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "compile",
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let text = source_arg(vm, a[0].as_ref().unwrap())?;
    let filename = vm.to_str(a[1].as_ref().unwrap())?;
    let mode = vm.to_str(a[2].as_ref().unwrap())?;
    Ok(Value::Code(compile_source(vm, text, &filename, &mode)?))
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let code = args.positional().first().cloned();
    Err(vm.new_exception(&vm.types().system_exit.clone(), code.into_iter().collect()))
}

/// `property(fget, fset, fdel, doc)`.
pub fn new_property(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "property",
        &["cls", "fget", "fset", "fdel", "doc"],
        1,
    )?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    let mut doc = get(4);
    if doc.is_none() && !get(1).is_none() {
        doc = vm.get_attr(&get(1), "__doc__").unwrap_or(Value::None);
    }
    Ok(Value::Property(Rc::new(Property {
        fget: get(1),
        fset: get(2),
        fdel: get(3),
        doc,
    })))
}

/// `super(cls, obj)` (zero-argument `super()` is rewritten by the compiler into this form).
pub fn new_super(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    if pos.len() != 2 {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let Value::Class(this) = &pos[0] else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&pos[0])
        )));
    };
    let ok = match &pos[1] {
        Value::Class(c) => c.is_subclass(this) || vm.is_instance(&pos[1], this),
        other => vm.is_instance(other, this),
    };
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Super(Rc::new(Super {
        this: this.clone(),
        obj: pos[1].clone(),
    })))
}
