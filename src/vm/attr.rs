//! Attribute access: `obj.name` for instances (descriptors, instance dict, `__getattr__`),
//! classes, modules, functions and built-in values; assignment and deletion.

use crate::objects::heap::Rc;

use super::{PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{Class, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR, Payload};
use crate::objects::function::{Args, BoundMethod};

impl Vm {
    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(_) | Value::Native(_) => self.instance_getattr(obj, name),
            Value::Class(c) => {
                let c = c.clone();
                self.class_getattr(&c, name)
            }
            Value::Module(m) => match m.dict.get_str(name) {
                Some(v) => Ok(v),
                None if name == "__dict__" => Ok(Value::Dict(m.dict.clone())),
                None => {
                    if let Some(getattr) = m.dict.get_str("__getattr__") {
                        return self.call(&getattr, &Args::new(&[Value::str(name)]));
                    }
                    Err(self
                        .attribute_error(format!("module '{}' has no attribute '{name}'", m.name)))
                }
            },
            Value::Super(s) => {
                let s = s.clone();
                self.super_getattr(&s, name)
            }
            _ => {
                if let Some(v) = self.special_attr(obj, name)? {
                    return Ok(v);
                }
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(d) => self.bind_descriptor(d, obj, &cls),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
        }
    }

    pub fn no_attribute(&self, obj: &Value, name: &str) -> crate::vm::PyErr {
        self.attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            self.type_name(obj)
        ))
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`.
    pub fn bind_descriptor(&mut self, d: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match d {
            Value::Builtin(ref b) if !b.binds() => d,
            Value::Function(_) | Value::Builtin(_) => {
                let m = Value::BoundMethod(Rc::new(BoundMethod {
                    self_: obj.clone(),
                    func: d,
                }));
                self.gc_track_value(&m);
                m
            }
            Value::StaticMethod(f) => (*f).clone(),
            Value::ClassMethod(f) => {
                let m = Value::BoundMethod(Rc::new(BoundMethod {
                    self_: Value::Class(cls.clone()),
                    func: (*f).clone(),
                }));
                self.gc_track_value(&m);
                m
            }
            Value::Property(p) => {
                if p.fget.is_none() {
                    return Err(self.attribute_error("unreadable attribute"));
                }
                let fget = p.fget.clone();
                self.call(&fget, &Args::new(&[obj.clone()]))?
            }
            Value::Instance(_) => {
                let dt = self.type_of(&d);
                if dt.lookup("__get__").is_some() {
                    self.call_special(&d, "__get__", &[obj.clone(), Value::Class(cls.clone())])?
                        .unwrap_or(Value::None)
                } else {
                    d
                }
            }
            other => other,
        })
    }

    fn instance_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        crate::modules::thread::ensure_local_init(self, obj)?;
        let cls = self.type_of(obj);
        let hooks = cls.hooks(self.state.class_epoch.get());
        // A user-defined __getattribute__ takes over entirely.
        if hooks & HOOK_GETATTRIBUTE != 0
            && let Some(ga) = cls.lookup("__getattribute__")
        {
            return self.call(&ga, &Args::new(&[obj.clone(), Value::str(name)]));
        }
        let descr = cls.lookup(name);
        // Data descriptors win over the instance dict.
        if let Some(d) = &descr {
            match d {
                Value::Property(_) => return self.bind_descriptor(d.clone(), obj, &cls),
                Value::Instance(_) => {
                    let dt = self.type_of(d);
                    if dt.lookup("__set__").is_some() || dt.lookup("__delete__").is_some() {
                        return self.bind_descriptor(d.clone(), obj, &cls);
                    }
                }
                _ => {}
            }
        }
        if let Some(dict) = self.instance_dict(obj)
            && let Some(v) = dict.get_str(name)
        {
            return Ok(v);
        }
        if let Some(d) = descr {
            return self.bind_descriptor(d, obj, &cls);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(v);
        }
        if hooks & HOOK_GETATTR != 0
            && let Some(ga) = cls.lookup("__getattr__")
        {
            return self.call(&ga, &Args::new(&[obj.clone(), Value::str(name)]));
        }
        Err(self.no_attribute(obj, name))
    }

    /// The `__dict__` of an object that has one.
    pub fn instance_dict(&self, obj: &Value) -> Option<Rc<crate::objects::dict::PyDict>> {
        match obj {
            Value::Instance(i) => Some(i.dict.clone()),
            Value::Native(n) => match n
                .payload
                .downcast_ref::<crate::modules::thread::LocalStore>()
            {
                Some(store) => Some(store.dict_for(self.ident)),
                None => n.dict.borrow().clone(),
            },
            Value::Function(f) => Some(f.dict.clone()),
            Value::Class(c) => Some(c.dict.clone()),
            Value::Module(m) => Some(m.dict.clone()),
            _ => None,
        }
    }

    /// Attributes every object of a kind has that are not in a type dict.
    pub fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match (obj, name) {
            (_, "__class__") => Value::Class(self.type_of(obj)),
            (Value::Instance(i), "__dict__") => {
                self.gc_track_exposed_dict(&i.dict);
                Value::Dict(i.dict.clone())
            }
            (Value::Instance(i), _) if i.exception().is_some() => {
                let st = i.exception().expect("checked").borrow();
                match name {
                    "args" => Value::tuple(st.args.clone()),
                    "__cause__" => st.cause.clone().unwrap_or(Value::None),
                    "__context__" => st.context.clone().unwrap_or(Value::None),
                    "__suppress_context__" => Value::Bool(st.suppress_context),
                    "value" if i.class().is_subclass(&self.types().stop_iteration.clone()) => {
                        st.args.first().cloned().unwrap_or(Value::None)
                    }
                    "code" if i.class().is_subclass(&self.types().system_exit.clone()) => {
                        match st.args.len() {
                            0 => Value::None,
                            1 => st.args[0].clone(),
                            _ => Value::tuple(st.args.clone()),
                        }
                    }
                    "errno" | "strerror" | "filename" | "filename2"
                        if i.class().is_subclass(&self.types().os_error.clone()) =>
                    {
                        let idx = match name {
                            "errno" => 0,
                            "strerror" => 1,
                            "filename" => 2,
                            _ => 4,
                        };
                        if st.args.len() >= 2 {
                            st.args.get(idx).cloned().unwrap_or(Value::None)
                        } else {
                            Value::None
                        }
                    }
                    "__traceback__" => {
                        if st.traceback.is_empty() {
                            Value::None
                        } else {
                            Value::Native(Rc::new(crate::objects::value::NativeObject {
                                class: self.types().traceback.clone(),
                                payload: Box::new(st.traceback.clone()),
                                dict: std::cell::RefCell::new(None),
                            }))
                        }
                    }
                    _ => return Ok(None),
                }
            }
            (Value::Function(f), _) => match name {
                "__name__" => Value::string(f.name.borrow().clone()),
                "__qualname__" => Value::string(f.qualname.borrow().clone()),
                "__dict__" => {
                    self.gc_track_exposed_dict(&f.dict);
                    Value::Dict(f.dict.clone())
                }
                "__code__" => Value::Code(f.code()),
                "__globals__" => Value::Dict(f.globals.clone()),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    }
                }
                "__annotations__" => match f.dict.get_str(name) {
                    Some(v) => v,
                    None => {
                        // Created on first access, as CPython does.
                        let d = Value::Dict(self.new_dict());
                        f.dict.set_str(name, d.clone());
                        d
                    }
                },
                "__kwdefaults__" => {
                    let kw = f.kwdefaults.borrow().clone();
                    if kw.is_empty() {
                        Value::None
                    } else {
                        let d = self.new_dict();
                        for (k, v) in kw {
                            d.set_str(&k, v);
                        }
                        Value::Dict(d)
                    }
                }
                "__closure__" => {
                    if f.closure.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                    }
                }
                _ => match f.dict.get_str(name) {
                    Some(v) => v,
                    None => return Ok(None),
                },
            },
            (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(b.name),
            (Value::Builtin(_), "__self__") => Value::None,
            (Value::BoundMethod(m), "__self__") => m.self_.clone(),
            (Value::BoundMethod(m), "__func__") => m.func.clone(),
            (Value::BoundMethod(m), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
                let f = m.func.clone();
                return self.get_attr(&f, name).map(Some);
            }
            (Value::Generator(g), "__name__") => Value::str(&g.name),
            (Value::Generator(g), "__qualname__") => Value::str(&g.qualname),
            (Value::Code(c), "co_name") => Value::str(&c.name),
            (Value::Code(c), "co_filename") => Value::str(&c.source.name),
            (Value::Code(c), "co_firstlineno") => Value::Int(c.first_line as i64),
            (Value::Code(c), "co_argcount") => Value::Int(c.argcount as i64),
            (Value::Code(c), "co_freevars") => {
                Value::tuple(c.freevars.iter().map(|n| Value::str(n)).collect())
            }
            (Value::Code(c), "co_cellvars") => {
                Value::tuple(c.cellvars.iter().map(|n| Value::str(n)).collect())
            }
            (Value::Code(c), "co_varnames") => {
                Value::tuple(c.varnames.iter().map(|n| Value::str(n)).collect())
            }
            (Value::Cell(c), "cell_contents") => match c.get() {
                Some(v) => v,
                None => return Err(self.value_error("Cell is empty")),
            },
            (Value::Range(r), "start") => Value::from_i128(r.start),
            (Value::Range(r), "stop") => Value::from_i128(r.stop),
            (Value::Range(r), "step") => Value::from_i128(r.step),
            (Value::Slice(s), "start") => s.start.clone(),
            (Value::Slice(s), "stop") => s.stop.clone(),
            (Value::Slice(s), "step") => s.step.clone(),
            (Value::Property(p), "fget") => p.fget.clone(),
            (Value::Property(p), "fset") => p.fset.clone(),
            (Value::Property(p), "fdel") => p.fdel.clone(),
            (Value::Property(p), "__doc__") => p.doc.clone(),
            (Value::StaticMethod(f) | Value::ClassMethod(f), "__func__") => (**f).clone(),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "real" | "numerator") => {
                self.positive(obj)?
            }
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "imag") => Value::Int(0),
            (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), "denominator") => Value::Int(1),
            (Value::Float(f), "real") => Value::Float(*f),
            (Value::Float(_), "imag") => Value::Float(0.0),
            _ => return Ok(None),
        }))
    }

    fn class_getattr(&mut self, cls: &Rc<Class>, name: &str) -> PyResult<Value> {
        match name {
            "__name__" => return Ok(Value::string(cls.name())),
            "__qualname__" => return Ok(Value::string(cls.qualname.borrow().clone())),
            "__mro__" => {
                return Ok(Value::tuple(cls.mro_iter().map(Value::Class).collect()));
            }
            "__bases__" => {
                return Ok(Value::tuple(
                    cls.bases
                        .borrow()
                        .iter()
                        .cloned()
                        .map(Value::Class)
                        .collect(),
                ));
            }
            "__base__" => {
                return Ok(cls
                    .bases
                    .borrow()
                    .first()
                    .cloned()
                    .map(Value::Class)
                    .unwrap_or(Value::None));
            }
            "__dict__" => {
                return Ok(Value::Dict(Rc::new(
                    crate::objects::dict::PyDict::from_table(cls.dict.table.borrow().clone()),
                )));
            }
            "__class__" => return Ok(Value::Class(self.metaclass_of(cls))),
            _ => {}
        }
        if let Some(v) = cls.lookup(name) {
            return Ok(match v {
                Value::ClassMethod(f) => {
                    let m = Value::BoundMethod(Rc::new(BoundMethod {
                        self_: Value::Class(cls.clone()),
                        func: (*f).clone(),
                    }));
                    self.gc_track_value(&m);
                    m
                }
                Value::StaticMethod(f) => (*f).clone(),
                Value::Instance(_) => {
                    let dt = self.type_of(&v);
                    if dt.lookup("__get__").is_some() {
                        self.call_special(&v, "__get__", &[Value::None, Value::Class(cls.clone())])?
                            .unwrap_or(Value::None)
                    } else {
                        v
                    }
                }
                other => other,
            });
        }
        if name == "__doc__" {
            return Ok(Value::None);
        }
        // Methods of the metaclass (`type`): e.g. `cls.mro()`, `type.__subclasses__`.
        let meta = self.metaclass_of(cls);
        if let Some(v) = meta.lookup(name) {
            return self.bind_descriptor(v, &Value::Class(cls.clone()), &meta);
        }
        if let Some(getattr) = self.metaclass_hook(cls, "__getattr__") {
            return self.call(
                &getattr,
                &Args::new(&[Value::Class(cls.clone()), Value::str(name)]),
            );
        }
        Err(self.attribute_error(format!(
            "type object '{}' has no attribute '{name}'",
            cls.name()
        )))
    }

    pub fn metaclass_of(&self, cls: &Rc<Class>) -> Rc<Class> {
        if let Some(m) = cls.metaclass.borrow().clone() {
            return m;
        }
        for b in cls.mro.borrow().iter() {
            if let Some(m) = b.metaclass.borrow().clone() {
                return m;
            }
        }
        self.types().type_.clone()
    }

    fn super_getattr(&mut self, s: &crate::objects::value::Super, name: &str) -> PyResult<Value> {
        // `super(C, cls)` where cls is a subclass of C searches cls's MRO; where cls is an
        // instance of the metaclass C (in a metaclass method) it searches the metaclass's.
        let (start_cls, through_class) = match &s.obj {
            Value::Class(c) if c.is_subclass(&s.this) => (c.clone(), true),
            other => (self.type_of(other), false),
        };
        let mut after = false;
        for c in start_cls.mro_iter() {
            if after && let Some(v) = c.dict.get_str(name) {
                return match (&s.obj, v) {
                    (Value::Class(_), Value::Function(_)) if through_class => {
                        Ok(c.dict.get_str(name).unwrap())
                    }
                    // `__new__` is a static method: `super().__new__(cls, ...)` passes `cls`.
                    (_, v @ Value::Builtin(_)) if name == "__new__" => Ok(v),
                    (obj, v) => self.bind_descriptor(v, obj, &start_cls),
                };
            }
            if Rc::ptr_eq(&c, &s.this) {
                after = true;
            }
        }
        if name == "__class__" {
            return Ok(Value::Class(self.types().super_.clone()));
        }
        Err(self.attribute_error(format!("'super' object has no attribute '{name}'")))
    }

    /// For `obj.name(...)`: the plain function to call with `obj` prepended, when that is
    /// what attribute lookup would bind (avoids allocating a bound method).
    pub fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if matches!(obj, Value::Class(_) | Value::Module(_) | Value::Super(_)) {
            return Ok(None);
        }
        let cls = self.type_of(obj);
        let Some(f) = cls.lookup(name) else {
            return Ok(None);
        };
        match &f {
            Value::Function(_) => {}
            Value::Builtin(b) if b.binds() => {}
            _ => return Ok(None),
        }
        if let Value::Instance(i) = obj {
            if i.dict.get_str(name).is_some() {
                return Ok(None);
            }
            if cls.hooks(self.state.class_epoch.get()) & HOOK_GETATTRIBUTE != 0 {
                return Ok(None);
            }
        }
        Ok(Some(f))
    }

    /// `obj.__class__ = value`, with CPython's checks: only between user classes whose
    /// instances have the same layout (anything else would let an instance pose as a
    /// built-in object it does not contain).
    fn assign_class(&mut self, obj: &Value, value: Value) -> PyResult<()> {
        let Value::Class(new) = value else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&value)
            )));
        };
        let old = self.type_of(obj);
        let Value::Instance(i) = obj else {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        if new.builtin || old.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if new.kind != old.kind {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name(),
                old.name()
            )));
        }
        *i.class.borrow_mut() = new;
        Ok(())
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        if name == "__class__" && !matches!(obj, Value::Instance(_) | Value::Native(_)) {
            return self.assign_class(obj, value);
        }
        match obj {
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(obj);
                if cls.hooks(self.state.class_epoch.get()) & HOOK_SETATTR != 0
                    && let Some(sa) = cls.lookup("__setattr__")
                {
                    self.call(&sa, &Args::new(&[obj.clone(), Value::str(name), value]))?;
                    return Ok(());
                }
                self.generic_setattr(obj, name, value)
            }
            Value::Class(c) => {
                // A metaclass's own __setattr__ (enum refuses to rebind members).
                if let Some(sa) = self.metaclass_hook(c, "__setattr__") {
                    self.call(&sa, &Args::new(&[obj.clone(), Value::str(name), value]))?;
                    return Ok(());
                }
                let c = c.clone();
                self.set_class_attr(&c, name, value)
            }
            Value::Module(m) => {
                m.dict.set_str(name, value);
                Ok(())
            }
            Value::Function(f) => {
                match name {
                    "__name__" => *f.name.borrow_mut() = self.to_str(&value)?,
                    "__qualname__" => *f.qualname.borrow_mut() = self.to_str(&value)?,
                    "__code__" => {
                        let Value::Code(code) = value else {
                            return Err(self.type_error("__code__ must be set to a code object"));
                        };
                        let (want, got) = (f.closure.len(), code.freevars.len());
                        if want != got {
                            return Err(self.value_error(format!(
                                "{}() requires a code object with {want} free vars, not {got}",
                                f.name.borrow()
                            )));
                        }
                        *f.code.borrow_mut() = code;
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match &value {
                            Value::None => vec![],
                            _ => self.collect_iterable(&value)?,
                        }
                    }
                    _ => f.dict.set_str(name, value),
                }
                Ok(())
            }
            _ => Err(self.attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                self.type_name(obj)
            ))),
        }
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        crate::modules::thread::ensure_local_init(self, obj)?;
        let cls = self.type_of(obj);
        if let Some(d) = cls.lookup(name) {
            match &d {
                Value::Property(p) => {
                    if p.fset.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{name}' of '{}' object has no setter",
                            cls.name()
                        )));
                    }
                    let fset = p.fset.clone();
                    self.call(&fset, &Args::new(&[obj.clone(), value]))?;
                    return Ok(());
                }
                Value::Instance(_) if self.type_of(&d).lookup("__set__").is_some() => {
                    self.call_special(&d, "__set__", &[obj.clone(), value])?;
                    return Ok(());
                }
                _ => {}
            }
        }
        if name == "__class__" {
            return self.assign_class(obj, value);
        }
        if let Value::Instance(i) = obj {
            if Rc::ptr_eq(&i.class(), &self.types().object) {
                return Err(self.no_attribute(obj, name));
            }
            if self.set_exception_attr(obj, name, value.clone())? {
                return Ok(());
            }
            i.dict.set_str(name, value);
            return Ok(());
        }
        if let Some(dict) = self.instance_dict(obj) {
            dict.set_str(name, value);
            return Ok(());
        }
        Err(self.no_attribute(obj, name))
    }

    /// Sets one of an exception's own attributes (`args`, `__cause__`, …); false if `name`
    /// is not one of them (or `obj` is not an exception).
    pub fn set_exception_attr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<bool> {
        let Value::Instance(i) = obj else {
            return Ok(false);
        };
        let Some(e) = i.exception() else {
            return Ok(false);
        };
        match name {
            "args" => {
                let args = self.collect_iterable(&value)?;
                e.borrow_mut().args = args;
            }
            "__cause__" => {
                let mut st = e.borrow_mut();
                st.cause = if value.is_none() { None } else { Some(value) };
                st.suppress_context = true;
            }
            "__context__" => {
                e.borrow_mut().context = if value.is_none() { None } else { Some(value) };
            }
            "__suppress_context__" => {
                let t = self.is_true(&value)?;
                e.borrow_mut().suppress_context = t;
            }
            "__traceback__" => {}
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// `del obj.name`.
    /// `type.__setattr__(cls, name, value)`: sets a class attribute (no metaclass hook).
    pub fn set_class_attr(&mut self, c: &Rc<Class>, name: &str, value: Value) -> PyResult<()> {
        match name {
            "__name__" => *c.name.borrow_mut() = self.to_str(&value)?,
            "__qualname__" => *c.qualname.borrow_mut() = self.to_str(&value)?,
            _ => {}
        }
        if c.builtin {
            return Err(self.type_error(format!(
                "cannot set '{name}' attribute of immutable type '{}'",
                c.name()
            )));
        }
        c.dict.set_str(name, value);
        self.state.class_epoch.set(self.state.class_epoch.get() + 1);
        Ok(())
    }

    /// `name` defined in Python by the metaclass (other than `type`) of `cls`.
    fn metaclass_hook(&self, cls: &Rc<Class>, name: &str) -> Option<Value> {
        let meta = self.metaclass_of(cls);
        if Rc::ptr_eq(&meta, &self.types().type_) {
            return None;
        }
        meta.lookup(name)
            .filter(|f| !matches!(f, Value::Builtin(_) | Value::None))
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Class(c) = obj
            && let Some(da) = self.metaclass_hook(c, "__delattr__")
        {
            self.call(&da, &Args::new(&[obj.clone(), Value::str(name)]))?;
            return Ok(());
        }
        self.del_attr_unhooked(obj, name)
    }

    /// `del obj.name` without a metaclass's `__delattr__` (`type.__delattr__`).
    pub fn del_attr_unhooked(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(_) = obj {
            let cls = self.type_of(obj);
            if let Some(da) = cls.lookup("__delattr__")
                && !matches!(da, Value::Builtin(_))
            {
                self.call(&da, &Args::new(&[obj.clone(), Value::str(name)]))?;
                return Ok(());
            }
            if let Some(d @ Value::Instance(_)) = cls.lookup(name)
                && self.type_of(&d).lookup("__delete__").is_some()
            {
                self.call_special(&d, "__delete__", &[obj.clone()])?;
                return Ok(());
            }
            if let Some(Value::Property(p)) = cls.lookup(name) {
                if p.fdel.is_none() {
                    return Err(self.attribute_error(format!(
                        "property '{name}' of '{}' object has no deleter",
                        cls.name()
                    )));
                }
                let fdel = p.fdel.clone();
                self.call(&fdel, &Args::new(&[obj.clone()]))?;
                return Ok(());
            }
        }
        if matches!(obj, Value::Class(_)) {
            self.state.class_epoch.set(self.state.class_epoch.get() + 1);
        }
        let removed = match obj {
            Value::Class(c) if !c.builtin => c.dict.table.borrow_mut().remove_str(name),
            _ => self
                .instance_dict(obj)
                .and_then(|d| d.table.borrow_mut().remove_str(name)),
        };
        match removed {
            Some(_) => Ok(()),
            None => match obj {
                Value::Class(c) => Err(self.attribute_error(format!(
                    "type object '{}' has no attribute '{name}'",
                    c.name()
                ))),
                _ => Err(self.no_attribute(obj, name)),
            },
        }
    }

    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = self.types();
        match v {
            Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => self.metaclass_of(c),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Iter(i) => t.iter_class(i.type_name),
            Value::Generator(_) => t.generator.clone(),
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Native(n) => n.class.clone(),
        }
    }

    /// The type name used in error messages (`'int' object ...`).
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iter(i) => i.type_name.to_string(),
            _ => self.type_of(v).name(),
        }
    }

    /// Whether `v` is an instance of `cls` (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        if Rc::ptr_eq(cls, &self.types().object) {
            return true;
        }
        let t = self.type_of(v);
        if t.is_subclass(cls) {
            return true;
        }
        // bool is a subclass of int.
        matches!(v, Value::Bool(_)) && Rc::ptr_eq(cls, &self.types().int)
    }

    pub fn payload_is_builtin(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if matches!(i.payload, Payload::Builtin(_)))
    }
}
