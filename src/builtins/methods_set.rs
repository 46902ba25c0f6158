//! `set` and `frozenset`: constructors, methods, operators, and the VM's set helpers.

use std::rc::Rc;

use super::add_methods;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::set::PySet;
use crate::syntax::ast::{CmpOp, Operator};
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(&t.set, &[("__new__", set_new)]);
    add_methods(&t.frozenset, &[("__new__", frozenset_new)]);
}

fn set_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let items = match pos.first() {
        Some(v) => vm.collect_iterable(v)?,
        None => vec![],
    };
    vm.new_set(items)
}

fn frozenset_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    if let Some(v @ Value::FrozenSet(_)) = pos.first() {
        return Ok(v.clone());
    }
    let items = match pos.first() {
        Some(v) => vm.collect_iterable(v)?,
        None => vec![],
    };
    match vm.new_set(items)? {
        Value::Set(s) => Ok(Value::FrozenSet(s)),
        other => Ok(other),
    }
}

impl Vm {
    /// A new `set` of the items, added in order.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Rc::new(PySet::new());
        for it in items {
            s.add(self, it)?;
        }
        Ok(Value::Set(s))
    }

    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        match set {
            Value::Set(s) => {
                let s = s.clone();
                s.add(self, item)?;
                Ok(())
            }
            _ => Err(self.type_error("set_add on a non-set")),
        }
    }

    fn set_of(&self, v: &Value) -> Option<Rc<PySet>> {
        match v {
            Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
            _ => None,
        }
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` on sets.
    pub fn set_binary(&mut self, a: &Value, b: &Value, op: Operator) -> Option<PyResult<Value>> {
        let (x, y) = (self.set_of(a)?, self.set_of(b)?);
        let frozen = matches!(a, Value::FrozenSet(_));
        let r = (|| -> PyResult<Value> {
            let out = Rc::new(PySet::new());
            match op {
                Operator::BitOr => {
                    out.table.borrow_mut().copy_from(&x.table.borrow());
                    for it in y.items() {
                        out.add(self, it)?;
                    }
                }
                Operator::BitAnd => {
                    let (small, big) = if x.len() <= y.len() {
                        (&x, &y)
                    } else {
                        (&y, &x)
                    };
                    for it in small.items() {
                        if big.contains(self, &it)? {
                            out.add(self, it)?;
                        }
                    }
                }
                Operator::Sub => {
                    for it in x.items() {
                        if !y.contains(self, &it)? {
                            out.add(self, it)?;
                        }
                    }
                }
                Operator::BitXor => {
                    for it in x.items() {
                        if !y.contains(self, &it)? {
                            out.add(self, it)?;
                        }
                    }
                    for it in y.items() {
                        if !x.contains(self, &it)? {
                            out.add(self, it)?;
                        }
                    }
                }
                _ => {
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op.symbol(),
                        self.type_name(a),
                        self.type_name(b)
                    )));
                }
            }
            Ok(if frozen {
                Value::FrozenSet(out)
            } else {
                Value::Set(out)
            })
        })();
        Some(r)
    }

    /// `a |= b` etc. on a mutable set.
    pub fn set_inplace(&mut self, a: &Value, b: &Value, op: Operator) -> Option<PyResult<Value>> {
        let x = self.set_of(a)?;
        self.set_of(b)?;
        let r = self.set_binary(a, b, op)?;
        Some(r.map(|v| {
            if let Value::Set(n) | Value::FrozenSet(n) = &v {
                *x.table.borrow_mut() = n.table.borrow().clone();
            }
            a.clone()
        }))
    }

    /// Set comparisons: equality and subset/superset.
    pub fn set_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<bool>> {
        let (x, y) = (self.set_of(a)?, self.set_of(b)?);
        let r = (|| -> PyResult<bool> {
            let subset = |vm: &mut Vm, p: &Rc<PySet>, q: &Rc<PySet>| -> PyResult<bool> {
                if p.len() > q.len() {
                    return Ok(false);
                }
                for it in p.items() {
                    if !q.contains(vm, &it)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            Ok(match op {
                CmpOp::Eq => x.len() == y.len() && subset(self, &x, &y)?,
                CmpOp::NotEq => !(x.len() == y.len() && subset(self, &x, &y)?),
                CmpOp::LtE => subset(self, &x, &y)?,
                CmpOp::Lt => x.len() < y.len() && subset(self, &x, &y)?,
                CmpOp::GtE => subset(self, &y, &x)?,
                CmpOp::Gt => y.len() < x.len() && subset(self, &y, &x)?,
                _ => false,
            })
        })();
        Some(r)
    }
}
