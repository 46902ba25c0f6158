//! The `random` module: `random.Random` (a native class over the Mersenne Twister in
//! [`super::random_mt`]) and the module-level functions, bound methods of one hidden
//! instance, as in CPython. The generator lives in that instance (per interpreter); the
//! GIL serialises calls, and no `RefCell` borrow is held across a call into Python.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::random_mt::{MersenneTwister, RandomError};
use super::{new_native_module, set};
use crate::builtins::args::bind;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::objects::module::Module;
use crate::objects::value::NativeObject;
use crate::vm::{PyErr, PyResult, Vm};

type Rng = RefCell<MersenneTwister>;

const METHODS: &[(&str, NativeFn)] = &[
    ("seed", seed),
    ("getstate", getstate),
    ("setstate", setstate),
    ("random", random),
    ("getrandbits", getrandbits),
    ("randbytes", randbytes),
    ("randrange", randrange),
    ("randint", randint),
    ("choice", choice),
    ("choices", choices),
    ("shuffle", shuffle),
    ("sample", sample),
    ("uniform", uniform),
    ("triangular", triangular),
    ("gauss", gauss),
    ("normalvariate", normalvariate),
    ("lognormvariate", lognormvariate),
    ("expovariate", expovariate),
    ("paretovariate", paretovariate),
    ("weibullvariate", weibullvariate),
];

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let cls = crate::builtins::types::builtin_class(
        "Random",
        &[&vm.types().object.clone()],
        BuiltinKind::Native,
    );
    cls.dict.set_str("__module__", Value::str("random"));
    crate::builtins::add_methods(&cls, &[("__new__", random_new), ("__init__", random_init)]);
    crate::builtins::add_methods(&cls, METHODS);
    let m = new_native_module(vm, "random", &[]);
    let inst = new_instance(&cls, MersenneTwister::new_from_time());
    for (name, f) in METHODS {
        set(
            &m,
            name,
            Value::Builtin(Rc::new(BuiltinFunction {
                name,
                func: *f,
                bound_self: Some(inst.clone()),
                is_method: false,
            })),
        );
    }
    set(&m, "Random", Value::Class(cls));
    set(&m, "_inst", inst);
    m
}

fn new_instance(cls: &Rc<Class>, mt: MersenneTwister) -> Value {
    Value::Native(Rc::new(NativeObject {
        class: cls.clone(),
        payload: Box::new(RefCell::new(mt)),
        dict: RefCell::new(None),
    }))
}

fn rand_err(vm: &Vm, e: RandomError) -> PyErr {
    let t = vm.types();
    let cls = match e {
        RandomError::Value(_) => t.value_error.clone(),
        RandomError::Index(_) => t.index_error.clone(),
        RandomError::Type(_) => t.type_error.clone(),
        RandomError::Overflow(_) => t.overflow_error.clone(),
        RandomError::ZeroDivision(_) => t.zero_division_error.clone(),
        RandomError::Memory(_) => t.memory_error.clone(),
    };
    if let RandomError::Memory(_) = e {
        return vm.new_exception(&cls, vec![]);
    }
    vm.new_error(&cls, e.message().to_string())
}

/// Runs `f` on the generator of `self` (`args.args[0]`).
fn with_rng<R>(vm: &Vm, args: &Args, f: impl FnOnce(&mut MersenneTwister) -> R) -> PyResult<R> {
    if let Some(Value::Native(n)) = args.args.first()
        && let Some(rng) = n.payload.downcast_ref::<Rng>()
    {
        return Ok(f(&mut rng.borrow_mut()));
    }
    Err(vm.type_error("descriptor requires a 'random.Random' object"))
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        args: &args.args[1.min(args.args.len())..],
        kwnames: args.kwnames,
    }
}

fn random_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let r = rest(args);
    let pos = r.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "Random() expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let inst = new_instance(&cls, MersenneTwister::default());
    let x = pos.first().cloned().unwrap_or(Value::None);
    do_seed(vm, &inst, &x)?;
    Ok(inst)
}

fn random_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = rest(args);
    let pos = r.positional();
    if let Some(x) = pos.first() {
        let inst = args.args[0].clone();
        do_seed(vm, &inst, x)?;
    }
    Ok(Value::None)
}

fn do_seed(vm: &mut Vm, inst: &Value, a: &Value) -> PyResult<()> {
    let a = vm.unwrap_builtin(a).unwrap_or_else(|| a.clone());
    let Value::Native(n) = inst else {
        return Err(vm.type_error("descriptor requires a 'random.Random' object"));
    };
    let Some(rng) = n.payload.downcast_ref::<Rng>() else {
        return Err(vm.type_error("descriptor requires a 'random.Random' object"));
    };
    match &a {
        Value::None => rng.borrow_mut().seed_from_entropy(),
        Value::Int(i) => rng.borrow_mut().seed_bigint(&BigInt::from(*i)),
        Value::Bool(b) => rng.borrow_mut().seed_bigint(&BigInt::from(*b as i64)),
        Value::BigInt(b) => rng.borrow_mut().seed_bigint(b),
        Value::Float(f) => rng.borrow_mut().seed_f64(*f),
        Value::Str(s) => rng.borrow_mut().seed_str(s.as_str()),
        Value::Bytes(b) => rng.borrow_mut().seed_bytes(b),
        _ => {
            return Err(vm.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ));
        }
    }
    Ok(())
}

fn seed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "seed", &["a", "version"], 0)?;
    let x = a[0].clone().unwrap_or(Value::None);
    let inst = args.args[0].clone();
    do_seed(vm, &inst, &x)?;
    Ok(Value::None)
}

/// `getstate()`: `(3, (624 words..., position), gauss_next)`, as CPython's version 3.
fn getstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::args::exact(vm, &rest(args), "getstate", 0)?;
    let (words, index, gauss) = with_rng(vm, args, |m| m.state())?;
    let mut internal: Vec<Value> = words.into_iter().map(|w| Value::Int(w as i64)).collect();
    internal.push(Value::Int(index as i64));
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(internal),
        gauss.map_or(Value::None, Value::Float),
    ]))
}

/// `setstate(state)`: the inverse of `getstate`, with CPython's errors.
fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = rest(args);
    let a = crate::builtins::args::exact(vm, &r, "setstate", 1)?;
    let parts = match &a[0] {
        Value::Tuple(t) => t.as_ref().clone(),
        _ => return Err(vm.type_error("state vector must be a tuple")),
    };
    if parts.len() != 3 {
        return Err(vm.value_error("state vector must be a tuple of three"));
    }
    if !matches!(parts[0], Value::Int(3)) {
        let version = vm.repr(&parts[0])?;
        return Err(vm.value_error(format!(
            "state with version {version} passed to Random.setstate() of version 3"
        )));
    }
    let Value::Tuple(internal) = &parts[1] else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    let mut words = Vec::with_capacity(internal.len());
    for v in internal.iter() {
        let n = int_arg(vm, v)?;
        let w = u32::try_from(&n)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C unsigned long"))?;
        words.push(w);
    }
    let index = words.pop().unwrap_or(0) as usize;
    let gauss = match &parts[2] {
        Value::None => None,
        v => Some(crate::builtins::methods_num::to_float(vm, v)?),
    };
    with_rng(vm, args, |m| m.set_state(&words, index, gauss))?
        .map_err(|msg| vm.value_error(msg))?;
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = rest(args);
    if !r.positional().is_empty() || r.has_keywords() {
        return Err(vm.type_error(format!(
            "random() takes no arguments ({} given)",
            r.positional().len()
        )));
    }
    with_rng(vm, args, |m| Value::Float(m.random()))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => {
            if let Some(inner) = vm.unwrap_builtin(v) {
                return int_arg(vm, &inner);
            }
            crate::builtins::functions::to_bigint(vm, v)
        }
    }
}

fn getrandbits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = rest(args);
    let a = crate::builtins::args::exact(vm, &r, "getrandbits", 1)?;
    let k = int_arg(vm, &a[0])?;
    let r = with_rng(vm, args, |m| m.getrandbits_bigint(&k))?;
    r.map(Value::from_bigint).map_err(|e| rand_err(vm, e))
}

fn randbytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "randbytes", &["n"], 1)?;
    let n = int_arg(vm, a[0].as_ref().unwrap())?;
    if n.is_negative() {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let n = n.to_usize().unwrap_or(usize::MAX);
    let r = with_rng(vm, args, |m| m.randbytes(n))?;
    r.map(|b| Value::Bytes(Rc::new(b)))
        .map_err(|e| rand_err(vm, e))
}

/// `_index(x)` with randrange's float fallback.
fn range_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let v = vm.unwrap_builtin(v).unwrap_or_else(|| v.clone());
    if let Value::Float(f) = v {
        if f.is_finite() && f.fract() == 0.0 {
            return num_bigint_from_f64(vm, f);
        }
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        return Err(vm.value_error(format!("non-integer {what} for randrange()")));
    }
    int_arg(vm, &v)
}

fn num_bigint_from_f64(vm: &Vm, f: f64) -> PyResult<BigInt> {
    crate::objects::number::f64_to_bigint(f).map_err(|e| vm.num_error(e))
}

fn randrange(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "randrange", &["start", "stop", "step"], 1)?;
    let start = range_arg(vm, a[0].as_ref().unwrap(), "arg 1")?;
    let stop = match &a[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(range_arg(vm, v, "stop")?),
    };
    let step = match &a[2] {
        None => None,
        Some(v) => Some(range_arg(vm, v, "step")?),
    };
    let r = with_rng(vm, args, |m| {
        m.randrange(&start, stop.as_ref(), step.as_ref())
    })?;
    r.map(Value::from_bigint).map_err(|e| rand_err(vm, e))
}

fn randint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "randint", &["a", "b"], 2)?;
    let lo = range_arg(vm, a[0].as_ref().unwrap(), "arg 1")?;
    let hi = range_arg(vm, a[1].as_ref().unwrap(), "stop")?;
    let r = with_rng(vm, args, |m| m.randint(&lo, &hi))?;
    r.map(Value::from_bigint).map_err(|e| rand_err(vm, e))
}

fn choice(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "choice", &["seq"], 1)?;
    let seq = a[0].clone().unwrap();
    let n = vm.len(&seq)?;
    let i = with_rng(vm, args, |m| m.choice_index(n))?.map_err(|e| rand_err(vm, e))?;
    vm.get_item(&seq, &Value::Int(i as i64))
}

fn shuffle(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "shuffle", &["x"], 1)?;
    let x = a[0].clone().unwrap();
    if let Value::List(l) = &x {
        let n = l.borrow().len();
        let swaps = with_rng(vm, args, |m| m.shuffle_swaps(n))?;
        let mut v = l.borrow_mut();
        for (i, j) in swaps {
            if i < v.len() && j < v.len() {
                v.swap(i, j);
            }
        }
        return Ok(Value::None);
    }
    let n = vm.len(&x)?;
    for i in (1..n).rev() {
        let j = with_rng(vm, args, |m| m.randbelow_u64(i as u64 + 1))? as usize;
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let xi = vm.get_item(&x, &vi)?;
        let xj = vm.get_item(&x, &vj)?;
        vm.set_item(&x, vi, xj)?;
        vm.set_item(&x, vj, xi)?;
    }
    Ok(Value::None)
}

/// Element `i` of a population (fast for lists and tuples).
fn item(vm: &mut Vm, pop: &Value, i: usize) -> PyResult<Value> {
    match pop {
        Value::List(l) => {
            if let Some(v) = l.borrow().get(i) {
                return Ok(v.clone());
            }
        }
        Value::Tuple(t) => {
            if let Some(v) = t.get(i) {
                return Ok(v.clone());
            }
        }
        _ => {}
    }
    vm.get_item(pop, &Value::Int(i as i64))
}

fn sample(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "sample", &["population", "k", "counts"], 2)?;
    let pop = a[0].clone().unwrap();
    if matches!(
        pop,
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) | Value::Iter(_) | Value::Generator(_)
    ) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let n = vm.len(&pop)?;
    let kv = a[1].clone().unwrap();
    let k = int_arg(vm, &kv)?;
    let k = k
        .to_i64()
        .unwrap_or(if k.is_negative() { -1 } else { i64::MAX });
    if let Some(counts) = &a[2]
        && !counts.is_none()
    {
        let counts = vm.collect_iterable(counts)?;
        let mut cum: Vec<BigInt> = Vec::with_capacity(counts.len());
        let mut total = BigInt::zero();
        for c in &counts {
            let c = vm.unwrap_builtin(c).unwrap_or_else(|| c.clone());
            match c {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                    total += int_arg(vm, &c)?;
                }
                _ => return Err(vm.type_error("Counts must be integers")),
            }
            cum.push(total.clone());
        }
        if cum.len() != n {
            return Err(vm.value_error("The number of counts does not match the population"));
        }
        let total = cum.pop().unwrap_or_default();
        if !total.is_positive() {
            return Err(vm.value_error("Total of counts must be greater than zero"));
        }
        let Some(total) = total.to_usize() else {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        };
        let sel =
            with_rng(vm, args, |m| m.sample_indices(total, k))?.map_err(|e| rand_err(vm, e))?;
        let mut out = Vec::with_capacity(sel.len());
        for s in sel {
            let s = BigInt::from(s);
            let idx = cum.partition_point(|c| *c <= s);
            out.push(item(vm, &pop, idx)?);
        }
        return Ok(Value::list(out));
    }
    let sel = with_rng(vm, args, |m| m.sample_indices(n, k))?.map_err(|e| rand_err(vm, e))?;
    let mut out = Vec::with_capacity(sel.len());
    for i in sel {
        out.push(item(vm, &pop, i)?);
    }
    Ok(Value::list(out))
}

fn choices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = rest(args);
    if r.positional().len() > 2 {
        return Err(vm.type_error(format!(
            "choices() takes from 2 to 3 positional arguments but {} were given",
            r.positional().len() + 1
        )));
    }
    let a = bind(
        vm,
        &r,
        "choices",
        &["population", "weights", "cum_weights", "k"],
        1,
    )?;
    let pop = a[0].clone().unwrap();
    let n = vm.len(&pop)?;
    let k = match &a[3] {
        None => 1,
        Some(v) => {
            let k = int_arg(vm, v)?;
            k.to_i64()
                .unwrap_or(if k.is_negative() { 0 } else { i64::MAX })
                .max(0) as usize
        }
    };
    let weights = a[1].clone().filter(|v| !v.is_none());
    let cum = a[2].clone().filter(|v| !v.is_none());
    let idx = match (weights, cum) {
        (None, None) => with_rng(vm, args, |m| m.choices_indices(n, k))?,
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"));
        }
        (Some(w), None) => {
            if matches!(w, Value::Int(_) | Value::BigInt(_)) {
                let kr = vm.repr(&w)?;
                return Err(vm.type_error(format!(
                    "The number of choices must be a keyword argument: k={kr}"
                )));
            }
            let items = vm.collect_iterable(&w)?;
            let mut ws = Vec::with_capacity(items.len());
            for it in &items {
                ws.push(crate::builtins::methods_num::to_float(vm, it)?);
            }
            with_rng(vm, args, |m| m.choices_weights_indices(n, &ws, k))?
        }
        (None, Some(c)) => {
            let items = vm.collect_iterable(&c)?;
            let mut ws = Vec::with_capacity(items.len());
            for it in &items {
                ws.push(crate::builtins::methods_num::to_float(vm, it)?);
            }
            with_rng(vm, args, |m| m.choices_cum_weights_indices(n, &ws, k))?
        }
    }
    .map_err(|e| rand_err(vm, e))?;
    let mut out = Vec::with_capacity(idx.len());
    for i in idx {
        out.push(item(vm, &pop, i)?);
    }
    Ok(Value::list(out))
}

fn f(vm: &mut Vm, v: &Option<Value>, default: f64) -> PyResult<f64> {
    match v {
        None => Ok(default),
        Some(v) => crate::builtins::methods_num::to_float(vm, v),
    }
}

fn uniform(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "uniform", &["a", "b"], 2)?;
    let (x, y) = (f(vm, &a[0], 0.0)?, f(vm, &a[1], 0.0)?);
    with_rng(vm, args, |m| Value::Float(m.uniform(x, y)))
}

fn triangular(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "triangular", &["low", "high", "mode"], 0)?;
    let low = f(vm, &a[0], 0.0)?;
    let high = f(vm, &a[1], 1.0)?;
    let mode = match &a[2] {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::builtins::methods_num::to_float(vm, v)?),
    };
    with_rng(vm, args, |m| Value::Float(m.triangular(low, high, mode)))
}

fn gauss(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "gauss", &["mu", "sigma"], 0)?;
    let (mu, sigma) = (f(vm, &a[0], 0.0)?, f(vm, &a[1], 1.0)?);
    with_rng(vm, args, |m| Value::Float(m.gauss(mu, sigma)))
}

fn normalvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "normalvariate", &["mu", "sigma"], 0)?;
    let (mu, sigma) = (f(vm, &a[0], 0.0)?, f(vm, &a[1], 1.0)?);
    with_rng(vm, args, |m| Value::Float(m.normalvariate(mu, sigma)))
}

fn lognormvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "lognormvariate", &["mu", "sigma"], 2)?;
    let (mu, sigma) = (f(vm, &a[0], 0.0)?, f(vm, &a[1], 1.0)?);
    with_rng(vm, args, |m| Value::Float(m.lognormvariate(mu, sigma)))
}

fn expovariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "expovariate", &["lambd"], 1)?;
    let l = f(vm, &a[0], 1.0)?;
    let r = with_rng(vm, args, |m| m.expovariate(l))?;
    r.map(Value::Float).map_err(|e| rand_err(vm, e))
}

fn paretovariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "paretovariate", &["alpha"], 1)?;
    let al = f(vm, &a[0], 1.0)?;
    let r = with_rng(vm, args, |m| m.paretovariate(al))?;
    r.map(Value::Float).map_err(|e| rand_err(vm, e))
}

fn weibullvariate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, &rest(args), "weibullvariate", &["alpha", "beta"], 2)?;
    let (al, be) = (f(vm, &a[0], 1.0)?, f(vm, &a[1], 1.0)?);
    let r = with_rng(vm, args, |m| m.weibullvariate(al, be))?;
    r.map(Value::Float).map_err(|e| rand_err(vm, e))
}
