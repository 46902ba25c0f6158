//! The combinatoric iterators of `itertools`: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each reads its input into a pool once, then steps a
//! vector of indices into the pool; no step calls into Python.

use super::itertools::{State, make, split_new};
use crate::builtins::args::bind;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

pub struct Combinatoric {
    kind: Kind,
    pools: Vec<Vec<Value>>,
    indices: Vec<usize>,
    /// `permutations` only: how many more rotations each position has.
    cycles: Vec<usize>,
    r: usize,
    started: bool,
    done: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

/// The next tuple, or `None` once every one has been produced.
pub fn next(c: &mut Combinatoric) -> Option<Value> {
    if c.done {
        return None;
    }
    if !c.started {
        c.started = true;
    } else if !advance(c) {
        c.done = true;
        c.pools = Vec::new();
        return None;
    }
    Some(current(c))
}

fn current(c: &Combinatoric) -> Value {
    let items = match c.kind {
        Kind::Product => c
            .indices
            .iter()
            .zip(&c.pools)
            .map(|(&i, pool)| pool[i].clone())
            .collect(),
        _ => c.indices[..c.r]
            .iter()
            .map(|&i| c.pools[0][i].clone())
            .collect(),
    };
    Value::tuple(items)
}

/// Moves the indices to the next tuple; false when there is none.
fn advance(c: &mut Combinatoric) -> bool {
    match c.kind {
        Kind::Product => {
            for i in (0..c.indices.len()).rev() {
                c.indices[i] += 1;
                if c.indices[i] < c.pools[i].len() {
                    return true;
                }
                c.indices[i] = 0;
            }
            false
        }
        Kind::Permutations => {
            let n = c.pools[0].len();
            for i in (0..c.r).rev() {
                c.cycles[i] -= 1;
                if c.cycles[i] == 0 {
                    // Rotate indices[i..] left by one.
                    c.indices[i..].rotate_left(1);
                    c.cycles[i] = n - i;
                } else {
                    let j = c.cycles[i];
                    c.indices.swap(i, n - j);
                    return true;
                }
            }
            false
        }
        Kind::Combinations => {
            let n = c.pools[0].len();
            let r = c.r;
            let Some(i) = (0..r).rev().find(|&i| c.indices[i] != i + n - r) else {
                return false;
            };
            c.indices[i] += 1;
            for j in i + 1..r {
                c.indices[j] = c.indices[j - 1] + 1;
            }
            true
        }
        Kind::WithReplacement => {
            let n = c.pools[0].len();
            let Some(i) = (0..c.r).rev().find(|&i| c.indices[i] != n - 1) else {
                return false;
            };
            let v = c.indices[i] + 1;
            for x in &mut c.indices[i..] {
                *x = v;
            }
            true
        }
    }
}

fn new(kind: Kind, pools: Vec<Vec<Value>>, indices: Vec<usize>, r: usize, done: bool) -> State {
    State::Combinatoric(Combinatoric {
        kind,
        pools,
        indices,
        cycles: Vec::new(),
        r,
        started: false,
        done,
    })
}

pub fn product_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "product")?;
    let mut repeat = 1i64;
    for (k, v) in rest.keywords() {
        if k == "repeat" {
            repeat = vm.to_index(v)?;
        } else {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for product()"
            )));
        }
    }
    if repeat < 0 {
        return Err(vm.value_error("repeat argument cannot be negative"));
    }
    let mut base = Vec::new();
    for v in rest.positional() {
        base.push(vm.collect_iterable(v)?);
    }
    let total = base.len().saturating_mul(repeat as usize);
    if total > 1 << 24 {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let mut pools = Vec::with_capacity(total);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    let done = pools.iter().any(|p| p.is_empty());
    let n = pools.len();
    Ok(make(&cls, new(Kind::Product, pools, vec![0; n], n, done)))
}

/// `(pool, r)` with r checked as CPython checks it.
fn pool_and_r(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    r_required: bool,
) -> PyResult<(Vec<Value>, Option<usize>)> {
    if args.args.is_empty() {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'iterable' (pos 1)"
        )));
    }
    let a = bind(
        vm,
        args,
        name,
        &["iterable", "r"],
        if r_required { 2 } else { 1 },
    )?;
    let pool = vm.collect_iterable(a[0].as_ref().unwrap_or(&Value::None))?;
    let r = match &a[1] {
        None | Some(Value::None) if !r_required => None,
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
                && vm.type_of(v).lookup("__index__").is_none()
            {
                return Err(vm.type_error("Expected int as r"));
            }
            let r = vm.to_index(v)?;
            if r < 0 {
                return Err(vm.value_error("r must be non-negative"));
            }
            Some(r as usize)
        }
        None => None,
    };
    Ok((pool, r))
}

pub fn permutations_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "permutations")?;
    let (pool, r) = pool_and_r(vm, &rest, "permutations", false)?;
    let n = pool.len();
    let r = r.unwrap_or(n);
    let done = r > n;
    let mut state = new(Kind::Permutations, vec![pool], (0..n).collect(), r, done);
    if let State::Combinatoric(c) = &mut state
        && !done
    {
        c.cycles = (0..r).map(|i| n - i).collect();
    }
    Ok(make(&cls, state))
}

pub fn combinations_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, rest) = split_new(vm, args, "combinations")?;
    let (pool, r) = pool_and_r(vm, &rest, "combinations", true)?;
    let n = pool.len();
    let r = r.unwrap_or(0);
    let done = r > n;
    let indices = if done { Vec::new() } else { (0..r).collect() };
    Ok(make(
        &cls,
        new(Kind::Combinations, vec![pool], indices, r, done),
    ))
}

pub fn cwr_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = "combinations_with_replacement";
    let (cls, rest) = split_new(vm, args, name)?;
    let (pool, r) = pool_and_r(vm, &rest, name, true)?;
    let r = r.unwrap_or(0);
    let done = pool.is_empty() && r > 0;
    let indices = if done { Vec::new() } else { vec![0; r] };
    Ok(make(
        &cls,
        new(Kind::WithReplacement, vec![pool], indices, r, done),
    ))
}
