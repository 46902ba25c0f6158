//! `dict`: constructor, methods, and the VM's dict helpers.

use std::rc::Rc;

use super::add_methods;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(&t.dict, &[("__new__", dict_new)]);
}

fn dict_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = Value::Dict(Rc::new(PyDict::new()));
    let pos = &args.positional()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        vm.dict_update_from(&d, src, false)?;
    }
    if let Value::Dict(dd) = &d {
        for (k, v) in args.keywords() {
            dd.set_str(k, v.clone());
        }
    }
    Ok(d)
}

impl Vm {
    /// `target.update(src)` (or `{**src}` / `f(**src)` with `merge`, where duplicate keys
    /// are an error).
    pub fn dict_update_from(&mut self, target: &Value, src: &Value, merge: bool) -> PyResult<()> {
        let Value::Dict(t) = target else {
            return Err(self.type_error("dict update target must be a dict"));
        };
        let t = t.clone();
        let pairs: Vec<(Value, Value)> = match src {
            Value::Dict(d) => d.items(),
            _ if self.type_of(src).lookup("keys").is_some() => {
                let keys_fn = self.get_attr(src, "keys")?;
                let keys = self.call0(&keys_fn, &[])?;
                let keys = self.collect_iterable(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.get_item(src, &k)?;
                    out.push((k, v));
                }
                out
            }
            _ => {
                if merge {
                    return Err(self
                        .type_error(format!("'{}' object is not a mapping", self.type_name(src))));
                }
                let items = self.collect_iterable(src).map_err(|_| {
                    self.type_error(format!("'{}' object is not iterable", self.type_name(src)))
                })?;
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    let kv = self.collect_iterable(&item).map_err(|_| {
                        self.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    })?;
                    if kv.len() != 2 {
                        return Err(self.value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            kv.len()
                        )));
                    }
                    let mut it = kv.into_iter();
                    out.push((it.next().unwrap(), it.next().unwrap()));
                }
                out
            }
        };
        for (k, v) in pairs {
            if merge && t.contains(self, &k)? {
                let name = self.to_str(&k)?;
                return Err(self.type_error(format!(
                    "keywords must be unique: got multiple values for keyword argument '{name}'"
                )));
            }
            t.set(self, k, v)?;
        }
        Ok(())
    }

    /// `a == b` for two dicts.
    pub fn dict_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
            return Ok(false);
        };
        if x.len() != y.len() {
            return Ok(false);
        }
        let y = y.clone();
        for (k, v) in x.items() {
            match y.get(self, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }
}
