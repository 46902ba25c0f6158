//! `dict`: constructor, methods, and the VM's dict helpers.

use crate::objects::heap::Rc;

use super::add_methods;
use super::methods_list::{between, descriptor_error, inner, noargs, one};
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::Args;
use crate::objects::iter::DictIterKind;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(
        &t.dict,
        &[
            ("__new__", dict_new),
            ("__init__", dict_init),
            ("keys", dict_keys),
            ("values", dict_values),
            ("items", dict_items),
            ("get", dict_get),
            ("setdefault", dict_setdefault),
            ("pop", dict_pop),
            ("popitem", dict_popitem),
            ("update", dict_update),
            ("copy", dict_copy),
            ("clear", dict_clear),
            ("__len__", dict_len),
            ("__contains__", dict_contains),
            ("__getitem__", dict_getitem),
            ("__setitem__", dict_setitem),
            ("__delitem__", dict_delitem),
            ("__iter__", dict_iter),
            ("__reversed__", dict_reversed),
            ("__eq__", dict_eq_m),
            ("__ne__", dict_ne_m),
            ("__or__", dict_or),
            ("__ror__", dict_ror),
            ("__ior__", dict_ior),
            ("__repr__", dict_repr),
        ],
    );
    t.dict.dict.set_str("__hash__", Value::None);
    t.dict.dict.set_str(
        "fromkeys",
        Value::ClassMethod(Rc::new(super::native("fromkeys", dict_fromkeys))),
    );
    super::dict_views::install(vm);
}

/// The dict inside `v` (a dict or an instance of a subclass).
pub(crate) fn dict_of(vm: &Vm, v: &Value, name: &str) -> PyResult<Rc<PyDict>> {
    match inner(vm, v) {
        Value::Dict(d) => Ok(d),
        _ => Err(descriptor_error(vm, name, "dict", v)),
    }
}

fn as_dict(vm: &Vm, v: &Value) -> Option<Rc<PyDict>> {
    match inner(vm, v) {
        Value::Dict(d) => Some(d),
        _ => None,
    }
}

fn dict_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(r) = super::methods_list::subclass_new(vm, args) {
        return r;
    }
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

/// `dict.update` / `dict.__init__`: one optional positional source, then keywords.
fn update_common(vm: &mut Vm, args: &Args, short: &str, name: &str) -> PyResult<Value> {
    let pos = args.positional();
    let Some(s) = pos.first().cloned() else {
        return Err(vm.type_error(format!(
            "descriptor '{name}' of 'dict' object needs an argument"
        )));
    };
    let d = dict_of(vm, &s, name)?;
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "{short} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let dv = Value::Dict(d.clone());
    if let Some(src) = pos.get(1) {
        vm.dict_update_from(&dv, src, false)?;
    }
    for (k, v) in args.keywords() {
        d.set(vm, Value::str(k), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_common(vm, args, "dict", "__init__")
}

fn dict_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    update_common(vm, args, "update", "update")
}

fn dict_keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.keys")?;
    let d = dict_of(vm, &s, "keys")?;
    super::dict_views::new_view(vm, d, DictIterKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.values")?;
    let d = dict_of(vm, &s, "values")?;
    super::dict_views::new_view(vm, d, DictIterKind::Values)
}

fn dict_items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.items")?;
    let d = dict_of(vm, &s, "items")?;
    super::dict_views::new_view(vm, d, DictIterKind::Items)
}

fn dict_get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "dict.get", "get", 1, 2)?;
    let d = dict_of(vm, &s, "get")?;
    Ok(d.get(vm, &r[0])?
        .unwrap_or_else(|| r.get(1).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "dict.setdefault", "setdefault", 1, 2)?;
    let d = dict_of(vm, &s, "setdefault")?;
    if let Some(v) = d.get(vm, &r[0])? {
        return Ok(v);
    }
    let dflt = r.get(1).cloned().unwrap_or(Value::None);
    d.set(vm, r[0].clone(), dflt.clone())?;
    Ok(dflt)
}

fn dict_pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "dict.pop", "pop", 1, 2)?;
    let d = dict_of(vm, &s, "pop")?;
    let found = if d.is_empty() {
        None
    } else {
        d.remove(vm, &r[0])?
    };
    match found {
        Some(v) => Ok(v),
        None => match r.get(1) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(r[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.popitem")?;
    let d = dict_of(vm, &s, "popitem")?;
    let popped = d.table.borrow_mut().pop_last();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.new_error(
            &vm.types().key_error.clone(),
            "popitem(): dictionary is empty",
        )),
    }
}

fn dict_copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.copy")?;
    let d = dict_of(vm, &s, "copy")?;
    let t = d.table.borrow().clone();
    Ok(Value::Dict(Rc::new(PyDict::from_table(t))))
}

fn dict_clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.clear")?;
    let d = dict_of(vm, &s, "clear")?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    let version = old.version + 1;
    d.table.borrow_mut().version = version;
    drop(old);
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (cls, r) = between(vm, args, "fromkeys", "fromkeys", 1, 2)?;
    let value = r.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.collect_iterable(&r[0])?;
    let is_plain = matches!(&cls, Value::Class(c) if Rc::ptr_eq(c, &vm.types().dict));
    if is_plain {
        let d = Rc::new(PyDict::new());
        for k in keys {
            d.set(vm, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    let obj = vm.call0(&cls, &[])?;
    for k in keys {
        vm.set_item(&obj, k, value.clone())?;
    }
    Ok(obj)
}

fn dict_len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.__len__")?;
    Ok(Value::Int(dict_of(vm, &s, "__len__")?.len() as i64))
}

fn dict_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, k) = one(vm, args, "dict.__contains__")?;
    let d = dict_of(vm, &s, "__contains__")?;
    Ok(Value::Bool(d.contains(vm, &k)?))
}

fn dict_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, k) = one(vm, args, "dict.__getitem__")?;
    let d = dict_of(vm, &s, "__getitem__")?;
    if let Some(v) = d.get(vm, &k)? {
        return Ok(v);
    }
    if matches!(s, Value::Instance(_))
        && let Some(v) = vm.call_special(&s, "__missing__", std::slice::from_ref(&k))?
    {
        return Ok(v);
    }
    Err(vm.key_error(k))
}

fn dict_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, r) = between(vm, args, "dict.__setitem__", "__setitem__", 2, 2)?;
    let d = dict_of(vm, &s, "__setitem__")?;
    d.set(vm, r[0].clone(), r[1].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, k) = one(vm, args, "dict.__delitem__")?;
    let d = dict_of(vm, &s, "__delitem__")?;
    match d.remove(vm, &k)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k)),
    }
}

fn dict_iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.__iter__")?;
    let d = dict_of(vm, &s, "__iter__")?;
    Ok(super::dict_views::dict_iterator(d, DictIterKind::Keys))
}

fn dict_reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.__reversed__")?;
    let d = dict_of(vm, &s, "__reversed__")?;
    Ok(super::dict_views::reversed_iterator(&d, DictIterKind::Keys))
}

fn dict_eq_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "dict.__eq__")?;
    let d = dict_of(vm, &s, "__eq__")?;
    match as_dict(vm, &o) {
        Some(e) => Ok(Value::Bool(vm.dict_eq(&Value::Dict(d), &Value::Dict(e))?)),
        None => Ok(Value::NotImplemented),
    }
}

fn dict_ne_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "dict.__ne__")?;
    let d = dict_of(vm, &s, "__ne__")?;
    match as_dict(vm, &o) {
        Some(e) => Ok(Value::Bool(!vm.dict_eq(&Value::Dict(d), &Value::Dict(e))?)),
        None => Ok(Value::NotImplemented),
    }
}

fn merged(vm: &mut Vm, a: &Rc<PyDict>, b: &Rc<PyDict>) -> PyResult<Value> {
    let d = Rc::new(PyDict::from_table(a.table.borrow().clone()));
    for (k, v) in b.items() {
        d.set(vm, k, v)?;
    }
    Ok(Value::Dict(d))
}

fn dict_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "dict.__or__")?;
    let d = dict_of(vm, &s, "__or__")?;
    match as_dict(vm, &o) {
        Some(e) => merged(vm, &d, &e),
        None => Ok(Value::NotImplemented),
    }
}

fn dict_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "dict.__ror__")?;
    let d = dict_of(vm, &s, "__ror__")?;
    match as_dict(vm, &o) {
        Some(e) => merged(vm, &e, &d),
        None => Ok(Value::NotImplemented),
    }
}

fn dict_ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, o) = one(vm, args, "dict.__ior__")?;
    let d = dict_of(vm, &s, "__ior__")?;
    vm.dict_update_from(&Value::Dict(d), &o, false)?;
    Ok(s)
}

fn dict_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = noargs(vm, args, "dict.__repr__")?;
    let d = dict_of(vm, &s, "__repr__")?;
    let r = vm.repr(&Value::Dict(d))?;
    Ok(Value::string(r))
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
                let Some(items) = self.try_collect_iterable(src)? else {
                    return Err(self
                        .type_error(format!("'{}' object is not iterable", self.type_name(src))));
                };
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    let Some(kv) = self.try_collect_iterable(&item)? else {
                        return Err(self.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    };
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
