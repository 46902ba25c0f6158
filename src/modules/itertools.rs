//! `itertools`: lazy iterators as native classes (`itertools.count`, `chain`, `groupby`, …).
//!
//! Every iterator is a native object whose payload is a `RefCell<State>`; one `__next__`
//! advances any of them. The borrow is held while a step calls into Python (a predicate, a
//! key function, the inner iterator), so a re-entrant `next()` on the same object — from the
//! callback itself, or another thread while the callback runs — is a RuntimeError instead of
//! a corrupted state or a panic. The combinatoric iterators live in
//! [`super::itertools_combinatoric`].

use crate::objects::heap::Rc;
use std::cell::RefCell;
use std::collections::VecDeque;

use super::itertools_combinatoric::{self as comb, Combinatoric};
use super::{new_native_module, set};
use crate::builtins::args::{bind, exact};
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::function::{Args, BuiltinFunction, NativeFn};
use crate::objects::module::Module;
use crate::objects::value::NativeObject;
use crate::syntax::ast::Operator;
use crate::vm::{PyResult, Vm};

/// The state of one itertools iterator.
pub enum State {
    Count {
        next: Value,
        step: Value,
    },
    Cycle {
        source: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    Repeat {
        obj: Value,
        left: Option<i64>,
    },
    Accumulate {
        source: Value,
        func: Option<Value>,
        total: Option<Value>,
        initial: Option<Value>,
    },
    Chain {
        sources: Value,
        active: Option<Value>,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    DropWhile {
        pred: Value,
        source: Value,
        dropping: bool,
    },
    TakeWhile {
        pred: Value,
        source: Value,
    },
    FilterFalse {
        pred: Value,
        source: Value,
    },
    ISlice {
        source: Value,
        /// The index of the next item to yield.
        next: i64,
        /// -1: no stop.
        stop: i64,
        step: i64,
        /// How many items were taken from `source`.
        taken: i64,
    },
    Pairwise {
        source: Value,
        last: Option<Value>,
    },
    StarMap {
        func: Value,
        source: Value,
    },
    ZipLongest {
        sources: Vec<Option<Value>>,
        fill: Value,
        active: usize,
    },
    GroupBy(GroupBy),
    Grouper {
        parent: Value,
        key: Value,
        generation: u64,
    },
    Tee {
        shared: Rc<RefCell<TeeShared>>,
        slot: usize,
    },
    Combinatoric(Combinatoric),
    Done,
}

pub struct GroupBy {
    source: Value,
    keyfunc: Value,
    target_key: Option<Value>,
    current_key: Option<Value>,
    current_value: Option<Value>,
    /// Bumped at every new group: a grouper of an older group is exhausted.
    generation: u64,
    grouper_class: Rc<Class>,
}

/// What the iterators returned by one `tee()` share: the items some of them have not yet
/// seen, and where each one is.
pub struct TeeShared {
    source: Value,
    buffer: VecDeque<Value>,
    /// The absolute index of `buffer[0]`.
    base: usize,
    /// Per tee iterator, the absolute index of its next item (`None` once it is dropped).
    positions: Vec<Option<usize>>,
}

impl Drop for State {
    fn drop(&mut self) {
        // A dropped tee iterator no longer holds items back in the shared buffer.
        if let State::Tee { shared, slot } = self
            && let Ok(mut sh) = shared.try_borrow_mut()
        {
            sh.positions[*slot] = None;
        }
    }
}

type Cell = RefCell<State>;

/// The classes and their constructors, each with `__iter__`/`__next__` added.
const CLASSES: &[(&str, NativeFn)] = &[
    ("count", count_new),
    ("cycle", cycle_new),
    ("repeat", repeat_new),
    ("accumulate", accumulate_new),
    ("chain", chain_new),
    ("compress", compress_new),
    ("dropwhile", dropwhile_new),
    ("takewhile", takewhile_new),
    ("filterfalse", filterfalse_new),
    ("islice", islice_new),
    ("pairwise", pairwise_new),
    ("starmap", starmap_new),
    ("zip_longest", zip_longest_new),
    ("groupby", groupby_new),
    ("_grouper", no_new),
    ("_tee", no_new),
    ("product", comb::product_new),
    ("permutations", comb::permutations_new),
    ("combinations", comb::combinations_new),
    ("combinations_with_replacement", comb::cwr_new),
];

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(vm, "itertools", &[]);
    let object = vm.types().object.clone();
    for (name, new) in CLASSES {
        let cls = builtin_class(name, &[&object], BuiltinKind::Native);
        cls.dict.set_str("__module__", Value::str("itertools"));
        crate::builtins::add_methods(
            &cls,
            &[
                ("__new__", *new),
                ("__iter__", iter_self),
                ("__next__", next),
            ],
        );
        if matches!(*name, "count" | "repeat") {
            crate::builtins::add_methods(&cls, &[("__repr__", repr)]);
        }
        if *name == "chain" {
            cls.dict.set_str(
                "from_iterable",
                Value::ClassMethod(Rc::new(crate::builtins::native(
                    "from_iterable",
                    chain_from_iterable,
                ))),
            );
        }
        if *name == "_tee" {
            crate::builtins::add_methods(&cls, &[("__copy__", tee_copy)]);
        }
        set(&m, name, Value::Class(cls));
    }
    // `tee` is a function; it knows the `_tee` class through its bound self.
    if let Some(tee_cls) = m.dict.get_str("_tee") {
        set(
            &m,
            "tee",
            Value::Builtin(Rc::new(BuiltinFunction {
                name: "tee",
                func: tee,
                bound_self: Some(tee_cls),
                is_method: false,
            })),
        );
    }
    m
}

/// A new iterator object of class `cls`.
pub fn make(cls: &Rc<Class>, state: State) -> Value {
    Value::Native(Rc::new(NativeObject {
        class: cls.clone(),
        payload: Box::new(RefCell::new(state)),
        dict: RefCell::new(None),
    }))
}

/// CPython's wording when a constructor with several parameters gets none.
fn require_first(vm: &Vm, args: &Args, name: &str, param: &str) -> PyResult<()> {
    if args.args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() missing required argument '{param}' (pos 1)"
        )));
    }
    Ok(())
}

/// The class and the constructor's arguments after it.
pub fn split_new<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Rc<Class>, Args<'a>)> {
    match args.args.first() {
        Some(Value::Class(c)) => Ok((
            c.clone(),
            Args {
                args: &args.args[1..],
                kwnames: args.kwnames,
            },
        )),
        _ => Err(vm.type_error(format!("{name}.__new__(X): X is not a type object"))),
    }
}

fn cell_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Cell> {
    if let Value::Native(n) = v
        && let Some(c) = n.payload.downcast_ref::<Cell>()
    {
        return Ok(c);
    }
    Err(vm.type_error("descriptor requires an itertools object"))
}

fn no_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, _) = split_new(vm, args, "itertools")?;
    Err(vm.type_error(format!(
        "cannot create 'itertools.{}' instances",
        cls.name()
    )))
}

fn iter_self(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__iter__", 1)?;
    Ok(a[0].clone())
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__next__", 1)?;
    match advance(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

/// Whether `n` is one of this module's iterators (the VM's fast path for `next`).
pub fn is_itertools(n: &NativeObject) -> bool {
    n.payload.is::<Cell>()
}

/// The next item of an itertools iterator; `None` when it is exhausted.
pub fn advance(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let cell = cell_of(vm, it)?;
    let mut st = cell.try_borrow_mut().map_err(|_| {
        let name = vm.type_name(it);
        vm.runtime_error(format!("itertools.{name} iterator is already running"))
    })?;
    let r = step(vm, it, &mut st)?;
    if r.is_none() && !matches!(*st, State::Done | State::Tee { .. } | State::Cycle { .. }) {
        // Exhausted: let go of the inner iterators and callables now.
        let old = std::mem::replace(&mut *st, State::Done);
        drop(st);
        drop(old);
    }
    Ok(r)
}

/// Calls `f(x)` and tells whether the result is true.
fn truthy_call(vm: &mut Vm, f: &Value, x: &Value) -> PyResult<bool> {
    if f.is_none() {
        return vm.is_true(x);
    }
    let r = vm.call0(f, std::slice::from_ref(x))?;
    vm.is_true(&r)
}

/// One step of any itertools iterator; `None` when it is exhausted.
fn step(vm: &mut Vm, this: &Value, st: &mut State) -> PyResult<Option<Value>> {
    match st {
        State::Done => Ok(None),
        State::Count { next, step } => {
            let v = next.clone();
            *next = vm.binary_op(&v, step, Operator::Add)?;
            Ok(Some(v))
        }
        State::Cycle {
            source,
            saved,
            index,
        } => {
            if let Some(src) = source {
                if let Some(v) = vm.iter_next(src)? {
                    saved.push(v.clone());
                    return Ok(Some(v));
                }
                *source = None;
            }
            if saved.is_empty() {
                return Ok(None);
            }
            let v = saved[*index % saved.len()].clone();
            *index = (*index + 1) % saved.len();
            Ok(Some(v))
        }
        State::Repeat { obj, left } => match left {
            None => Ok(Some(obj.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(obj.clone()))
            }
        },
        State::Accumulate {
            source,
            func,
            total,
            initial,
        } => {
            if let Some(init) = initial.take() {
                *total = Some(init.clone());
                return Ok(Some(init));
            }
            let Some(x) = vm.iter_next(source)? else {
                return Ok(None);
            };
            let new = match (total.take(), func) {
                (None, _) => x,
                (Some(t), Some(f)) => vm.call0(f, &[t, x])?,
                (Some(t), None) => vm.binary_op(&t, &x, Operator::Add)?,
            };
            *total = Some(new.clone());
            Ok(Some(new))
        }
        State::Chain { sources, active } => loop {
            if let Some(it) = active {
                if let Some(v) = vm.iter_next(it)? {
                    return Ok(Some(v));
                }
                *active = None;
            }
            match vm.iter_next(sources)? {
                Some(iterable) => *active = Some(vm.get_iter(&iterable)?),
                None => return Ok(None),
            }
        },
        State::Compress { data, selectors } => loop {
            let Some(d) = vm.iter_next(data)? else {
                return Ok(None);
            };
            let Some(s) = vm.iter_next(selectors)? else {
                return Ok(None);
            };
            if vm.is_true(&s)? {
                return Ok(Some(d));
            }
        },
        State::DropWhile {
            pred,
            source,
            dropping,
        } => loop {
            let Some(x) = vm.iter_next(source)? else {
                return Ok(None);
            };
            if *dropping {
                if truthy_call(vm, pred, &x)? {
                    continue;
                }
                *dropping = false;
            }
            return Ok(Some(x));
        },
        State::TakeWhile { pred, source } => {
            let Some(x) = vm.iter_next(source)? else {
                return Ok(None);
            };
            if truthy_call(vm, pred, &x)? {
                Ok(Some(x))
            } else {
                Ok(None)
            }
        }
        State::FilterFalse { pred, source } => loop {
            let Some(x) = vm.iter_next(source)? else {
                return Ok(None);
            };
            if !truthy_call(vm, pred, &x)? {
                return Ok(Some(x));
            }
        },
        State::ISlice {
            source,
            next,
            stop,
            step,
            taken,
        } => {
            while *taken < *next {
                if vm.iter_next(source)?.is_none() {
                    return Ok(None);
                }
                *taken += 1;
            }
            if *stop != -1 && *taken >= *stop {
                return Ok(None);
            }
            let Some(v) = vm.iter_next(source)? else {
                return Ok(None);
            };
            *taken += 1;
            let old = *next;
            *next = next.saturating_add(*step);
            if *next < old || (*stop != -1 && *next > *stop) {
                *next = *stop;
            }
            Ok(Some(v))
        }
        State::Pairwise { source, last } => {
            let a = match last.take() {
                Some(a) => a,
                None => match vm.iter_next(source)? {
                    Some(a) => a,
                    None => return Ok(None),
                },
            };
            let Some(b) = vm.iter_next(source)? else {
                return Ok(None);
            };
            *last = Some(b.clone());
            Ok(Some(Value::tuple(vec![a, b])))
        }
        State::StarMap { func, source } => {
            let Some(x) = vm.iter_next(source)? else {
                return Ok(None);
            };
            let items = match &x {
                Value::Tuple(t) => t.as_ref().clone(),
                _ => vm.collect_iterable(&x)?,
            };
            vm.call0(func, &items).map(Some)
        }
        State::ZipLongest {
            sources,
            fill,
            active,
        } => {
            if *active == 0 {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(sources.len());
            for slot in sources.iter_mut() {
                let v = match slot {
                    Some(it) => match vm.iter_next(it)? {
                        Some(v) => v,
                        None => {
                            *slot = None;
                            *active -= 1;
                            if *active == 0 {
                                return Ok(None);
                            }
                            fill.clone()
                        }
                    },
                    None => fill.clone(),
                };
                out.push(v);
            }
            Ok(Some(Value::tuple(out)))
        }
        State::GroupBy(g) => {
            let Some(key) = groupby_next(vm, g)? else {
                return Ok(None);
            };
            let grouper = make(
                &g.grouper_class,
                State::Grouper {
                    parent: this.clone(),
                    key: key.clone(),
                    generation: g.generation,
                },
            );
            Ok(Some(Value::tuple(vec![key, grouper])))
        }
        State::Grouper {
            parent,
            key,
            generation,
        } => {
            let parent = parent.clone();
            let cell = cell_of(vm, &parent)?;
            let mut pst = cell
                .try_borrow_mut()
                .map_err(|_| vm.runtime_error("itertools.groupby iterator is already running"))?;
            let State::GroupBy(g) = &mut *pst else {
                return Ok(None);
            };
            if g.generation != *generation {
                return Ok(None);
            }
            if g.current_value.is_none() && !groupby_fetch(vm, g)? {
                return Ok(None);
            }
            let current = g.current_key.clone().unwrap_or(Value::None);
            if !vm.eq(key, &current)? {
                return Ok(None);
            }
            g.current_key = None;
            Ok(g.current_value.take())
        }
        State::Tee { shared, slot } => {
            let shared = shared.clone();
            let mut sh = shared
                .try_borrow_mut()
                .map_err(|_| vm.runtime_error("cannot re-enter the tee iterator"))?;
            let pos = sh.positions[*slot].unwrap_or(sh.base);
            let v = if pos - sh.base < sh.buffer.len() {
                sh.buffer[pos - sh.base].clone()
            } else {
                let src = sh.source.clone();
                match vm.iter_next(&src)? {
                    Some(v) => {
                        sh.buffer.push_back(v.clone());
                        v
                    }
                    None => return Ok(None),
                }
            };
            sh.positions[*slot] = Some(pos + 1);
            // Items every tee iterator has passed are no longer needed.
            let lowest = sh.positions.iter().flatten().min().copied().unwrap_or(0);
            while sh.base < lowest && !sh.buffer.is_empty() {
                sh.buffer.pop_front();
                sh.base += 1;
            }
            Ok(Some(v))
        }
        State::Combinatoric(c) => Ok(comb::next(c)),
    }
}

/// Takes the next item of a groupby's source and its key; false at the end.
fn groupby_fetch(vm: &mut Vm, g: &mut GroupBy) -> PyResult<bool> {
    let Some(v) = vm.iter_next(&g.source)? else {
        return Ok(false);
    };
    let key = if g.keyfunc.is_none() {
        v.clone()
    } else {
        vm.call0(&g.keyfunc, std::slice::from_ref(&v))?
    };
    g.current_value = Some(v);
    g.current_key = Some(key);
    Ok(true)
}

fn groupby_next(vm: &mut Vm, g: &mut GroupBy) -> PyResult<Option<Value>> {
    g.generation += 1;
    // Skip the rest of the current group.
    loop {
        if let Some(current) = &g.current_key {
            match &g.target_key {
                None => break,
                Some(target) => {
                    let (t, c) = (target.clone(), current.clone());
                    if !vm.eq(&t, &c)? {
                        break;
                    }
                }
            }
        }
        if !groupby_fetch(vm, g)? {
            return Ok(None);
        }
    }
    let key = g.current_key.clone().unwrap_or(Value::None);
    g.target_key = Some(key.clone());
    Ok(Some(key))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    let cell = cell_of(vm, &a[0])?;
    let Ok(st) = cell.try_borrow() else {
        return Ok(Value::str("..."));
    };
    let name = vm.type_name(&a[0]);
    let text = match &*st {
        State::Count { next, step } => {
            let (next, step) = (next.clone(), step.clone());
            drop(st);
            let n = vm.repr(&next)?;
            if matches!(step, Value::Int(1)) {
                format!("{name}({n})")
            } else {
                let s = vm.repr(&step)?;
                format!("{name}({n}, {s})")
            }
        }
        State::Repeat { obj, left } => {
            let (obj, left) = (obj.clone(), *left);
            drop(st);
            let o = vm.repr(&obj)?;
            match left {
                Some(n) => format!("{name}({o}, {n})"),
                None => format!("{name}({o})"),
            }
        }
        _ => {
            drop(st);
            vm.default_repr(&a[0])
        }
    };
    Ok(Value::string(text))
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_)
    )
}

fn count_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "count")?;
    let a = bind(vm, &rest, "count", &["start", "step"], 0)?;
    let start = a[0].clone().unwrap_or(Value::Int(0));
    let step = a[1].clone().unwrap_or(Value::Int(1));
    for v in [&start, &step] {
        let numeric = is_number(v)
            || (matches!(v, Value::Instance(_))
                && (vm.type_of(v).lookup("__add__").is_some()
                    || vm.type_of(v).lookup("__index__").is_some()));
        if !numeric {
            return Err(vm.type_error("a number is required"));
        }
    }
    Ok(make(&cls, State::Count { next: start, step }))
}

fn cycle_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "cycle")?;
    no_kw(vm, &rest, "cycle")?;
    let pos = rest.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("cycle expected 1 argument, got {}", pos.len())));
    }
    let source = vm.get_iter(&pos[0])?;
    Ok(make(
        &cls,
        State::Cycle {
            source: Some(source),
            saved: Vec::new(),
            index: 0,
        },
    ))
}

fn repeat_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "repeat")?;
    require_first(vm, &rest, "repeat", "object")?;
    let a = bind(vm, &rest, "repeat", &["object", "times"], 1)?;
    let obj = a[0].clone().unwrap_or(Value::None);
    let left = match &a[1] {
        None => None,
        Some(t) => Some(vm.to_index(t)?.max(0)),
    };
    Ok(make(&cls, State::Repeat { obj, left }))
}

fn accumulate_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "accumulate")?;
    require_first(vm, &rest, "accumulate", "iterable")?;
    let a = bind(vm, &rest, "accumulate", &["iterable", "func", "initial"], 1)?;
    let source = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let func = a[1].clone().filter(|f| !f.is_none());
    let initial = a[2].clone().filter(|f| !f.is_none());
    Ok(make(
        &cls,
        State::Accumulate {
            source,
            func,
            total: None,
            initial,
        },
    ))
}

fn no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.has_keywords() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Exactly `n` positional arguments to a constructor, in CPython's wording.
fn exactly<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    no_kw(vm, args, name)?;
    let pos = args.positional();
    if pos.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}

fn chain_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "chain")?;
    no_kw(vm, &rest, "chain")?;
    let sources = vm.get_iter(&Value::tuple(rest.positional().to_vec()))?;
    Ok(make(
        &cls,
        State::Chain {
            sources,
            active: None,
        },
    ))
}

fn chain_from_iterable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "chain")?;
    let a = exactly(vm, &rest, "from_iterable", 1)?;
    let sources = vm.get_iter(&a[0])?;
    Ok(make(
        &cls,
        State::Chain {
            sources,
            active: None,
        },
    ))
}

fn compress_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "compress")?;
    let a = bind(vm, &rest, "compress", &["data", "selectors"], 2)?;
    let data = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = vm.get_iter(a[1].as_ref().unwrap_or(&Value::None))?;
    Ok(make(&cls, State::Compress { data, selectors }))
}

/// `(predicate, iterable)` for dropwhile, takewhile and filterfalse.
fn pred_and_iter(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<Class>, Value, Value)> {
    let (cls, rest) = split_new(vm, args, name)?;
    let a = exactly(vm, &rest, name, 2)?;
    let source = vm.get_iter(&a[1])?;
    Ok((cls, a[0].clone(), source))
}

fn dropwhile_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, pred, source) = pred_and_iter(vm, args, "dropwhile")?;
    Ok(make(
        &cls,
        State::DropWhile {
            pred,
            source,
            dropping: true,
        },
    ))
}

fn takewhile_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, pred, source) = pred_and_iter(vm, args, "takewhile")?;
    Ok(make(&cls, State::TakeWhile { pred, source }))
}

fn filterfalse_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, pred, source) = pred_and_iter(vm, args, "filterfalse")?;
    Ok(make(&cls, State::FilterFalse { pred, source }))
}

/// An islice bound: None, or an int in 0..=sys.maxsize.
fn islice_bound(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Option<i64>> {
    let message = || {
        format!("{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    };
    if v.is_none() {
        return Ok(None);
    }
    let ok_type = matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        || vm.type_of(v).lookup("__index__").is_some();
    if !ok_type {
        return Err(vm.value_error(message()));
    }
    match vm.to_index(v) {
        Ok(n) if n >= 0 => Ok(Some(n)),
        Ok(_) => Err(vm.value_error(message())),
        // Past sys.maxsize: CPython clamps to maxsize.
        Err(_) if matches!(v, Value::BigInt(b) if num_traits::Signed::is_positive(&**b)) => {
            Ok(Some(i64::MAX))
        }
        Err(_) => Err(vm.value_error(message())),
    }
}

fn islice_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "islice")?;
    no_kw(vm, &rest, "islice")?;
    let pos = rest.positional();
    if pos.len() < 2 {
        return Err(vm.type_error(format!(
            "islice expected at least 2 arguments, got {}",
            pos.len()
        )));
    }
    if pos.len() > 4 {
        return Err(vm.type_error(format!(
            "islice expected at most 4 arguments, got {}",
            pos.len()
        )));
    }
    let (start, stop, step) = if pos.len() == 2 {
        let stop = islice_bound(vm, &pos[1], "Stop")?;
        (0, stop, 1)
    } else {
        let start = islice_bound(vm, &pos[1], "Indices")
            .map_err(|_| indices_error(vm))?
            .unwrap_or(0);
        let stop = islice_bound(vm, &pos[2], "Stop")?;
        let step = match pos.get(3) {
            None | Some(Value::None) => 1,
            Some(v) => match vm.to_index(v) {
                Ok(n) if n >= 1 => n,
                _ => {
                    return Err(
                        vm.value_error("Step for islice() must be a positive integer or None.")
                    );
                }
            },
        };
        (start, stop, step)
    };
    let source = vm.get_iter(&pos[0])?;
    Ok(make(
        &cls,
        State::ISlice {
            source,
            next: start,
            stop: stop.unwrap_or(-1),
            step,
            taken: 0,
        },
    ))
}

fn indices_error(vm: &Vm) -> crate::vm::PyErr {
    vm.value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
}

fn pairwise_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "pairwise")?;
    let a = exactly(vm, &rest, "pairwise", 1)?;
    let source = vm.get_iter(&a[0])?;
    Ok(make(&cls, State::Pairwise { source, last: None }))
}

fn starmap_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "starmap")?;
    let a = exactly(vm, &rest, "starmap", 2)?;
    let source = vm.get_iter(&a[1])?;
    Ok(make(
        &cls,
        State::StarMap {
            func: a[0].clone(),
            source,
        },
    ))
}

fn zip_longest_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "zip_longest")?;
    let mut fill = Value::None;
    for (k, v) in rest.keywords() {
        if k == "fillvalue" {
            fill = v.clone();
        } else {
            return Err(vm.type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut sources = Vec::new();
    for v in rest.positional() {
        sources.push(Some(vm.get_iter(v)?));
    }
    let active = sources.len();
    Ok(make(
        &cls,
        State::ZipLongest {
            sources,
            fill,
            active,
        },
    ))
}

fn groupby_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "groupby")?;
    require_first(vm, &rest, "groupby", "iterable")?;
    let a = bind(vm, &rest, "groupby", &["iterable", "key"], 1)?;
    let source = vm.get_iter(a[0].as_ref().unwrap_or(&Value::None))?;
    let keyfunc = a[1].clone().unwrap_or(Value::None);
    let module = vm.import_module("itertools")?;
    let grouper_class = match vm.get_attr(&module, "_grouper")? {
        Value::Class(c) => c,
        _ => return Err(vm.type_error("itertools._grouper is not a class")),
    };
    Ok(make(
        &cls,
        State::GroupBy(GroupBy {
            source,
            keyfunc,
            target_key: None,
            current_key: None,
            current_value: None,
            generation: 0,
            grouper_class,
        }),
    ))
}

fn tee(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("tee needs its class"));
    };
    let cls = cls.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    no_kw(vm, &rest, "tee")?;
    let pos = rest.positional();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tee expected {}, got {}",
            if pos.is_empty() {
                "at least 1 argument"
            } else {
                "at most 2 arguments"
            },
            pos.len()
        )));
    }
    let n = match pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let source = vm.get_iter(&pos[0])?;
    let n = n as usize;
    let shared = Rc::new(RefCell::new(TeeShared {
        source,
        buffer: VecDeque::new(),
        base: 0,
        positions: vec![Some(0); n],
    }));
    let items = (0..n)
        .map(|slot| {
            make(
                &cls,
                State::Tee {
                    shared: shared.clone(),
                    slot,
                },
            )
        })
        .collect();
    Ok(Value::tuple(items))
}

fn tee_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__copy__", 1)?;
    let cell = cell_of(vm, &a[0])?;
    let st = cell
        .try_borrow()
        .map_err(|_| vm.runtime_error("cannot re-enter the tee iterator"))?;
    let State::Tee { shared, slot } = &*st else {
        return Err(vm.type_error("not a tee iterator"));
    };
    let shared = shared.clone();
    let mut sh = shared
        .try_borrow_mut()
        .map_err(|_| vm.runtime_error("cannot re-enter the tee iterator"))?;
    let pos = sh.positions[*slot];
    sh.positions.push(pos);
    let slot = sh.positions.len() - 1;
    drop(sh);
    drop(st);
    let cls = vm.type_of(&a[0]);
    Ok(make(&cls, State::Tee { shared, slot }))
}
