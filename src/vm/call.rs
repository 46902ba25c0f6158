//! Calling: dispatch on the callable, binding arguments to a Python function's parameters
//! (with CPython's error messages), instantiating classes, and building classes.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use super::eval::Exit;
use super::frame::Frame;
use super::generator::Generator;
use super::{PyErr, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class, ExceptionState, Instance, Payload};
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, CellObj, Function};

impl Vm {
    /// Calls any callable.
    pub fn call(&mut self, callee: &Value, args: &Args) -> PyResult<Value> {
        match callee {
            Value::Function(f) => {
                let frame = self.function_frame(f, args.args, args.kwnames, None)?;
                self.run_function_frame(f, frame)
            }
            Value::Builtin(b) => match &b.bound_self {
                Some(s) => {
                    let mut all = Vec::with_capacity(args.args.len() + 1);
                    all.push(s.clone());
                    all.extend_from_slice(args.args);
                    self.call_native(
                        b.func,
                        &Args {
                            args: &all,
                            kwnames: args.kwnames,
                        },
                    )
                }
                None => self.call_native(b.func, args),
            },
            Value::BoundMethod(m) => {
                if let Value::Function(f) = &m.func {
                    let frame = self.function_frame(f, args.args, args.kwnames, Some(&m.self_))?;
                    return self.run_function_frame(f, frame);
                }
                let mut all = Vec::with_capacity(args.args.len() + 1);
                all.push(m.self_.clone());
                all.extend_from_slice(args.args);
                let func = m.func.clone();
                self.call(
                    &func,
                    &Args {
                        args: &all,
                        kwnames: args.kwnames,
                    },
                )
            }
            Value::Class(c) => {
                let c = c.clone();
                self.call_class(&c, args)
            }
            Value::Instance(_) | Value::Native(_) => {
                let cls = self.type_of(callee);
                match cls.lookup("__call__") {
                    Some(f) => {
                        let bound = self.bind_descriptor(f, callee, &cls)?;
                        self.call(&bound, args)
                    }
                    None => Err(self.not_callable(callee)),
                }
            }
            Value::StaticMethod(f) => {
                let f = (**f).clone();
                self.call(&f, args)
            }
            _ => Err(self.not_callable(callee)),
        }
    }

    fn not_callable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Convenience: call with positional arguments only.
    pub fn call0(&mut self, callee: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(callee, &Args::new(args))
    }

    fn run_function_frame(&mut self, f: &Rc<Function>, frame: Frame) -> PyResult<Value> {
        let code = f.code();
        if code.flags.generator {
            let g = Value::Generator(Rc::new(Generator::new(
                frame,
                &code,
                self.state.gc.finalizers.clone(),
            )));
            self.gc_track_value(&g);
            return Ok(g);
        }
        self.enter_frame()?;
        match self.run_frame(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => unreachable!("only generator frames yield"),
        }
    }

    /// Builds the frame for calling `func`: binds arguments to parameters, applies defaults,
    /// creates cells. `self_` is prepended to the positional arguments (bound methods).
    pub fn function_frame(
        &mut self,
        func: &Rc<Function>,
        args: &[Value],
        kwnames: &[Value],
        self_: Option<&Value>,
    ) -> PyResult<Frame> {
        let code = &func.code();
        let mut frame = self.new_frame(code.clone(), func.globals.clone(), None);
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let npos_given = args.len() - kwnames.len();
        let positional = &args[..npos_given];
        let offset = self_.is_some() as usize;
        let total_pos = positional.len() + offset;
        let fast = kwnames.is_empty()
            && !code.flags.varargs
            && !code.flags.varkeywords
            && kwonly == 0
            && total_pos == argcount;
        if let Some(s) = self_
            && argcount > 0
        {
            frame.locals[0] = Some(s.clone());
        }
        if fast {
            for (i, v) in positional.iter().enumerate() {
                frame.locals[i + offset] = Some(v.clone());
            }
        } else {
            self.bind_slow(
                func,
                &mut frame,
                positional,
                self_,
                &args[npos_given..],
                kwnames,
            )?;
        }
        // Cells: parameters captured by inner functions move into their cell.
        let ncell = code.cellvars.len();
        if ncell > 0 || !code.freevars.is_empty() {
            let mut cells = Vec::with_capacity(ncell + code.freevars.len());
            for _ in 0..ncell {
                let cell = Rc::new(CellObj::new(None));
                self.gc_track_cell(&cell);
                cells.push(cell);
            }
            for &(ci, pi) in &code.cell_params {
                cells[ci as usize].set(frame.locals[pi as usize].clone());
            }
            cells.extend(func.closure.iter().cloned());
            frame.cells = cells;
        }
        Ok(frame)
    }

    fn bind_slow(
        &mut self,
        func: &Rc<Function>,
        frame: &mut Frame,
        positional: &[Value],
        self_: Option<&Value>,
        kwvalues: &[Value],
        kwnames: &[Value],
    ) -> PyResult<()> {
        let code = func.code();
        let qual = func.qualname.borrow().clone();
        let argcount = code.argcount as usize;
        let posonly = code.posonlyargcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let mut slot = argcount + kwonly;
        let varargs_slot = if code.flags.varargs {
            slot += 1;
            Some(slot - 1)
        } else {
            None
        };
        let varkw_slot = if code.flags.varkeywords {
            Some(slot)
        } else {
            None
        };
        let mut all_pos: Vec<Value> = Vec::with_capacity(positional.len() + 1);
        if let Some(s) = self_ {
            all_pos.push(s.clone());
        }
        all_pos.extend_from_slice(positional);
        let n = all_pos.len();
        for (i, v) in all_pos.iter().take(argcount).enumerate() {
            frame.locals[i] = Some(v.clone());
        }
        if n > argcount {
            match varargs_slot {
                Some(s) => frame.locals[s] = Some(Value::tuple(all_pos[argcount..].to_vec())),
                None => {
                    let kw_given = kwnames
                        .iter()
                        .filter(|k| {
                            code.varnames[argcount..argcount + kwonly]
                                .iter()
                                .any(|n| Some(n.as_str()) == k.as_str())
                        })
                        .count();
                    return Err(self.too_many_positional(func, n, kw_given));
                }
            }
        } else if let Some(s) = varargs_slot {
            frame.locals[s] = Some(Value::tuple(vec![]));
        }
        let kwdict = varkw_slot.map(|_| Rc::new(PyDict::new()));
        let mut posonly_as_kw = Vec::new();
        for (name_v, value) in kwnames.iter().zip(kwvalues) {
            let name = name_v.as_str().unwrap_or("");
            let found = code.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| n == name)
                .map(|i| i + posonly);
            match found {
                Some(i) => {
                    if frame.locals[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    frame.locals[i] = Some(value.clone());
                }
                None => match &kwdict {
                    Some(d) => {
                        if d.get_str(name).is_some() {
                            return Err(self.type_error(format!(
                                "{qual}() got multiple values for keyword argument '{name}'"
                            )));
                        }
                        d.set_str(name, value.clone());
                    }
                    None => {
                        if code.varnames[..posonly].iter().any(|n| n == name) {
                            posonly_as_kw.push(name.to_string());
                            continue;
                        }
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let (Some(s), Some(d)) = (varkw_slot, kwdict) {
            frame.locals[s] = Some(Value::Dict(d));
        }
        // Defaults for missing positional parameters.
        let defaults = func.defaults.borrow();
        let first_default = argcount.saturating_sub(defaults.len());
        let mut missing = Vec::new();
        for i in n.min(argcount)..argcount {
            if frame.locals[i].is_none() {
                if i >= first_default {
                    frame.locals[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if frame.locals[i].is_none() {
                let name = &code.varnames[i];
                match kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => frame.locals[i] = Some(v.clone()),
                    None => missing.push(name.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }

    fn too_many_positional(&self, func: &Rc<Function>, given: usize, kw_given: usize) -> PyErr {
        let code = &func.code();
        let qual = func.qualname.borrow();
        let argcount = code.argcount as usize;
        let ndefaults = func.defaults.borrow().len();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {argcount} positional arguments",
                argcount - ndefaults
            )
        } else {
            format!(
                "{argcount} positional argument{}",
                if argcount == 1 { "" } else { "s" }
            )
        };
        let kw = if kw_given > 0 {
            format!(
                " positional argument{} (and {kw_given} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kw.is_empty() {
            "was"
        } else {
            "were"
        };
        self.type_error(format!(
            "{qual}() takes {takes} but {given}{kw} {verb} given"
        ))
    }

    // --- classes ---

    /// Calls a class: `type(x)`, built-in constructors, or `__new__` + `__init__`.
    pub fn call_class(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        // A metaclass with its own __call__.
        let meta = self.metaclass_of(cls);
        if !Rc::ptr_eq(&meta, &self.types().type_)
            && let Some(call) = meta.lookup("__call__")
            && !matches!(call, Value::Builtin(_))
        {
            let mut all = vec![Value::Class(cls.clone())];
            all.extend_from_slice(args.args);
            return self.call(
                &call,
                &Args {
                    args: &all,
                    kwnames: args.kwnames,
                },
            );
        }
        self.type_call(cls, args)
    }

    /// `type.__call__(cls, ...)`: `__new__` then `__init__`, without the metaclass's own
    /// `__call__` (which reaches this through `super().__call__(...)`).
    pub fn type_call(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        // __new__
        let new = cls.lookup("__new__");
        let instance = match &new {
            Some(Value::StaticMethod(f)) | Some(Value::ClassMethod(f)) => {
                let f = (**f).clone();
                let mut all = vec![Value::Class(cls.clone())];
                all.extend_from_slice(args.args);
                self.call(
                    &f,
                    &Args {
                        args: &all,
                        kwnames: args.kwnames,
                    },
                )?
            }
            Some(f @ Value::Function(_)) => {
                let mut all = vec![Value::Class(cls.clone())];
                all.extend_from_slice(args.args);
                let f = f.clone();
                self.call(
                    &f,
                    &Args {
                        args: &all,
                        kwnames: args.kwnames,
                    },
                )?
            }
            Some(f @ Value::Builtin(_)) => {
                let mut all = vec![Value::Class(cls.clone())];
                all.extend_from_slice(args.args);
                let f = f.clone();
                self.call(
                    &f,
                    &Args {
                        args: &all,
                        kwnames: args.kwnames,
                    },
                )?
            }
            _ => self.object_new(cls, args)?,
        };
        // Built-in types construct fully in __new__ (their __init__ does nothing).
        if cls.builtin {
            if matches!(
                cls.kind,
                BuiltinKind::List | BuiltinKind::Dict | BuiltinKind::Set
            ) {
                self.gc_track_value(&instance);
            }
            return Ok(instance);
        }
        if !self.is_instance(&instance, cls) {
            return Ok(instance);
        }
        if let Some(init) = cls.lookup("__init__") {
            match &init {
                Value::Builtin(_) => {
                    // object.__init__ (or a built-in base's): reject arguments only when
                    // __new__ is object's too.
                    let init_owner = cls.lookup_with_owner("__init__").map(|(_, o)| o);
                    let is_object_init =
                        init_owner.is_some_and(|o| Rc::ptr_eq(&o, &self.types().object));
                    let new_is_object = cls
                        .lookup_with_owner("__new__")
                        .is_none_or(|(_, o)| Rc::ptr_eq(&o, &self.types().object));
                    if is_object_init && new_is_object && !args.args.is_empty() {
                        return Err(self.type_error(format!("{}() takes no arguments", cls.name())));
                    }
                    if !is_object_init {
                        let mut all = vec![instance.clone()];
                        all.extend_from_slice(args.args);
                        self.call(
                            &init,
                            &Args {
                                args: &all,
                                kwnames: args.kwnames,
                            },
                        )?;
                    }
                }
                _ => {
                    let bound = self.bind_descriptor(init, &instance, cls)?;
                    let r = self.call(&bound, args)?;
                    if !r.is_none() {
                        return Err(self.type_error(format!(
                            "__init__() should return None, not '{}'",
                            self.type_name(&r)
                        )));
                    }
                }
            }
        }
        Ok(instance)
    }

    /// `object.__new__(cls)`: a bare instance with the layout of the class's built-in base.
    pub fn object_new(&mut self, cls: &Rc<Class>, args: &Args) -> PyResult<Value> {
        let payload = match cls.kind {
            BuiltinKind::BaseException => Payload::Exception(RefCell::new(ExceptionState {
                args: args.positional().to_vec(),
                ..ExceptionState::default()
            })),
            BuiltinKind::Object => Payload::None,
            _ if cls.builtin => {
                return Err(self.type_error(format!("cannot create '{}' instances", cls.name())));
            }
            _ => {
                // A subclass of a built-in type: build the built-in value from the args.
                let base = cls
                    .mro_iter()
                    .find(|c| c.builtin)
                    .unwrap_or_else(|| self.types().object.clone());
                let inner = if matches!(
                    cls.kind,
                    BuiltinKind::List | BuiltinKind::Dict | BuiltinKind::Set
                ) {
                    // Mutable containers start empty; their __init__ fills them.
                    self.call_class(&base, &Args::new(&[]))?
                } else {
                    self.call_class(&base, &Args::new(args.positional()))?
                };
                Payload::Builtin(RefCell::new(inner))
            }
        };
        let instance = Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls.clone()),
            dict: Rc::new(PyDict::new()),
            payload,
        }));
        self.gc_track_value(&instance);
        Ok(instance)
    }

    /// Creates a class object (what `type(name, bases, ns)` does).
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: &Rc<PyDict>,
        metaclass: Option<Rc<Class>>,
    ) -> PyResult<Rc<Class>> {
        self.new_class_kw(name, bases, ns, metaclass, Vec::new())
    }

    /// `new_class` with the class statement's keywords (passed to `__init_subclass__`).
    pub fn new_class_kw(
        &mut self,
        name: &str,
        bases: Vec<Rc<Class>>,
        ns: &Rc<PyDict>,
        metaclass: Option<Rc<Class>>,
        kwargs: Vec<(Value, Value)>,
    ) -> PyResult<Rc<Class>> {
        let object = self.types().object.clone();
        let bases = if bases.is_empty() {
            vec![object.clone()]
        } else {
            bases
        };
        for b in &bases {
            if b.builtin
                && matches!(
                    b.kind,
                    BuiltinKind::Bool
                        | BuiltinKind::Range
                        | BuiltinKind::Slice
                        | BuiltinKind::Function
                        | BuiltinKind::Generator
                        | BuiltinKind::NoneType
                )
            {
                return Err(self.type_error(format!(
                    "type '{}' is not an acceptable base type",
                    b.name()
                )));
            }
        }
        let mro = self.c3_mro(&bases)?;
        let kind = bases
            .iter()
            .map(|b| b.kind)
            .find(|k| *k != BuiltinKind::Object)
            .unwrap_or(BuiltinKind::Object);
        let qualname = ns
            .get_str("__qualname__")
            .and_then(|q| q.as_str().map(str::to_string))
            .unwrap_or_else(|| name.to_string());
        let dict = Rc::new(PyDict::from_table(ns.table.borrow().clone()));
        dict.table.borrow_mut().remove_str("__qualname__");
        if dict.get_str("__module__").is_none()
            && let Some(m) = self.current_module_name()
        {
            dict.set_str("__module__", Value::string(m));
        }
        // __eq__ without __hash__ makes instances unhashable.
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        // Plain functions for these become static/class methods implicitly.
        if let Some(f @ Value::Function(_)) = dict.get_str("__new__") {
            dict.set_str("__new__", Value::StaticMethod(Rc::new(f)));
        }
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = dict.get_str(special) {
                dict.set_str(special, Value::ClassMethod(Rc::new(f)));
            }
        }
        let has_del = dict.get_str("__del__").is_some()
            || mro.iter().any(|c| c.dict.get_str("__del__").is_some());
        let finalizers = has_del.then(|| self.state.gc.finalizers.clone());
        let cls = Rc::new(Class {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(mro),
            dict,
            kind,
            builtin: false,
            metaclass: RefCell::new(metaclass),
            hooks: std::cell::Cell::new((0, 0)),
            finalizers,
        });
        self.gc_track_value(&Value::Class(cls.clone()));
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        for (k, v) in cls.dict.items() {
            if let Value::Instance(_) = &v
                && self.type_of(&v).lookup("__set_name__").is_some()
            {
                self.call_special(&v, "__set_name__", &[Value::Class(cls.clone()), k])?;
            }
        }
        let parent = cls.mro.borrow().first().cloned();
        match parent.and_then(|p| p.lookup("__init_subclass__")) {
            Some(Value::ClassMethod(f)) => {
                let f = (*f).clone();
                let mut all = vec![Value::Class(cls.clone())];
                let mut names = Vec::new();
                for (k, v) in kwargs {
                    names.push(k);
                    all.push(v);
                }
                self.call(
                    &f,
                    &Args {
                        args: &all,
                        kwnames: &names,
                    },
                )?;
            }
            _ if !kwargs.is_empty() => {
                return Err(self.type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
            _ => {}
        }
        Ok(cls)
    }

    /// `__name__` of the running code's module (for classes made by `type(...)`).
    fn current_module_name(&self) -> Option<String> {
        self.current_globals
            .as_ref()?
            .get_str("__name__")?
            .as_str()
            .map(str::to_string)
    }

    /// C3 linearisation of the bases (the MRO after the class itself).
    fn c3_mro(&self, bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
        let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro_iter().collect()).collect();
        seqs.push(bases.to_vec());
        let mut out: Vec<Rc<Class>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs.iter().find_map(|s| {
                let head = &s[0];
                let in_tail = seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
                (!in_tail).then(|| head.clone())
            });
            let Some(c) = candidate else {
                let names: Vec<String> = bases.iter().map(|b| b.name()).collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &c) {
                    s.remove(0);
                }
            }
            out.push(c);
        }
    }

    /// The class statement's bases as classes: a base that is not a class (`Generic[T]`, a
    /// typing alias) is replaced by what its `__mro_entries__(bases)` returns. The second
    /// value is the original bases tuple when any was replaced (stored as `__orig_bases__`).
    fn resolve_bases(&mut self, given: &[Value]) -> PyResult<(Vec<Rc<Class>>, Option<Value>)> {
        let original = Value::tuple(given.to_vec());
        let mut bases = Vec::new();
        let mut replaced = false;
        for b in given {
            if let Value::Class(c) = b {
                bases.push(c.clone());
                continue;
            }
            let Some(entries) = self.call_special(b, "__mro_entries__", &[original.clone()])?
            else {
                return Err(
                    self.type_error(format!("bases must be types, not {}", self.type_name(b)))
                );
            };
            let Value::Tuple(entries) = entries else {
                return Err(self.type_error("__mro_entries__ must return a tuple"));
            };
            for e in entries.iter() {
                match e {
                    Value::Class(c) => bases.push(c.clone()),
                    other => {
                        return Err(self.type_error(format!(
                            "bases must be types, not {}",
                            self.type_name(other)
                        )));
                    }
                }
            }
            replaced = true;
        }
        Ok((bases, replaced.then_some(original)))
    }

    /// The namespace a class body runs in: `metaclass.__prepare__(name, bases, **kw)` when the
    /// metaclass defines one in Python (it must return a dict), else a fresh dict.
    fn prepare_namespace(
        &mut self,
        name: &str,
        bases: &[Rc<Class>],
        metaclass: Option<&Rc<Class>>,
        kwargs: &[(Value, Value)],
    ) -> PyResult<Rc<PyDict>> {
        let prepare = metaclass.and_then(|m| m.lookup("__prepare__"));
        let is_classmethod = matches!(prepare, Some(Value::ClassMethod(_)));
        let f = match prepare {
            Some(Value::ClassMethod(f) | Value::StaticMethod(f)) => (*f).clone(),
            Some(f @ Value::Function(_)) => f,
            _ => return Ok(Rc::new(PyDict::new())),
        };
        let meta = metaclass.expect("a __prepare__ was found on it").clone();
        let bases_t = Value::tuple(bases.iter().cloned().map(Value::Class).collect());
        let mut all = Vec::new();
        if is_classmethod {
            all.push(Value::Class(meta));
        }
        all.push(Value::str(name));
        all.push(bases_t);
        let mut names = Vec::new();
        for (k, v) in kwargs {
            names.push(k.clone());
            all.push(v.clone());
        }
        let r = self.call(
            &f,
            &Args {
                args: &all,
                kwnames: &names,
            },
        )?;
        match r {
            Value::Dict(d) => Ok(d),
            other => Err(self.type_error(format!(
                "{name}.__prepare__() must return a dict, not {}",
                self.type_name(&other)
            ))),
        }
    }

    /// `__build_class__(func, name, *bases, metaclass=..., **kw)`.
    pub fn build_class(&mut self, args: &Args) -> PyResult<Value> {
        let pos = args.positional();
        if pos.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let Value::Function(body) = &pos[0] else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let name = self.to_str(&pos[1])?;
        let (bases, orig_bases) = self.resolve_bases(&pos[2..])?;
        let mut metaclass: Option<Rc<Class>> = None;
        let mut meta_value: Option<Value> = None;
        let mut extra_kw: Vec<(Value, Value)> = Vec::new();
        for (k, v) in args.keywords() {
            if k == "metaclass" {
                match v {
                    Value::Class(c) => metaclass = Some(c.clone()),
                    other => meta_value = Some(other.clone()),
                }
            } else {
                extra_kw.push((Value::str(k), v.clone()));
            }
        }
        if metaclass.is_none() {
            for b in &bases {
                let m = self.metaclass_of(b);
                if !Rc::ptr_eq(&m, &self.types().type_) {
                    metaclass = Some(m);
                    break;
                }
            }
        }
        // Run the class body in a fresh namespace, or the metaclass's `__prepare__` mapping.
        let ns = self.prepare_namespace(&name, &bases, metaclass.as_ref(), &extra_kw)?;
        if let Some(orig) = orig_bases {
            ns.set_str("__orig_bases__", orig);
        }
        let body_code = body.code();
        let mut frame = Frame::new(body_code.clone(), body.globals.clone(), Some(ns.clone()));
        let mut cells: Vec<Rc<CellObj>> = (0..body_code.cellvars.len())
            .map(|_| Rc::new(CellObj::new(None)))
            .collect();
        cells.iter().for_each(|c| self.gc_track_cell(c));
        cells.extend(body.closure.iter().cloned());
        frame.cells = cells;
        self.enter_frame()?;
        let class_cell = match self.run_frame(frame)? {
            Exit::Return(v) => v,
            Exit::Yield(..) => Value::None,
        };
        let cls_value = if let Some(m) = meta_value {
            let bases_t = Value::tuple(bases.into_iter().map(Value::Class).collect());
            self.call0(&m, &[Value::string(name), bases_t, Value::Dict(ns)])?
        } else if let Some(meta) = metaclass.filter(|m| !Rc::ptr_eq(m, &self.types().type_)) {
            let bases_t = Value::tuple(bases.into_iter().map(Value::Class).collect());
            let mut all = vec![Value::string(name), bases_t, Value::Dict(ns)];
            let mut names = Vec::new();
            for (k, v) in extra_kw {
                names.push(k);
                all.push(v);
            }
            // type.__new__ via the metaclass (a subclass of type).
            self.call(
                &Value::Class(meta),
                &Args {
                    args: &all,
                    kwnames: &names,
                },
            )?
        } else {
            Value::Class(self.new_class_kw(&name, bases, &ns, None, extra_kw)?)
        };
        if let Value::Cell(c) = class_cell {
            c.set(Some(cls_value.clone()));
        }
        Ok(cls_value)
    }

    // --- exceptions ---

    /// The exception raised by `raise v`: an instance, or a class to instantiate.
    pub fn make_exception(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(i) if i.exception().is_some() => Ok(PyErr(i.clone())),
            Value::Class(c) if c.kind == BuiltinKind::BaseException => {
                let c = c.clone();
                let inst = self.call_class(&c, &Args::new(&[]))?;
                match inst {
                    Value::Instance(i) if i.exception().is_some() => Ok(PyErr(i)),
                    other => {
                        let r = self.repr(&v)?;
                        Err(self.type_error(format!(
                            "calling {r} should have returned an instance of BaseException, not {}",
                            self.type_name(&other)
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `except cls:` — does the exception match the class or tuple of classes?
    pub fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Class(c) => {
                if c.kind != BuiltinKind::BaseException {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(self.is_instance(exc, c))
            }
            Value::Tuple(t) => {
                let t = t.clone();
                for c in t.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `with` support: the bound `__enter__` and `__exit__` of a context manager.
    pub fn context_methods(&mut self, ctx: &Value) -> PyResult<(Value, Value)> {
        let cls = self.type_of(ctx);
        let enter = cls.lookup("__enter__");
        let exit = cls.lookup("__exit__");
        match (enter, exit) {
            (Some(en), Some(ex)) => {
                let en = self.bind_descriptor(en, ctx, &cls)?;
                let ex = self.bind_descriptor(ex, ctx, &cls)?;
                Ok((en, ex))
            }
            (None, _) => Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                self.type_name(ctx)
            ))),
            (Some(_), None) => Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol (missed __exit__ method)",
                self.type_name(ctx)
            ))),
        }
    }

    /// `yield from` / `send`: sends a value into a sub-iterator. `Ok(Ok(v))` when it
    /// yields `v`, `Ok(Err(r))` when it finishes with return value `r`.
    pub fn send_to(&mut self, sub: &Value, value: Value) -> PyResult<Result<Value, Value>> {
        match sub {
            Value::Generator(g) => {
                let g = g.clone();
                self.resume_generator(&g, value)
            }
            _ => {
                let r = if value.is_none() {
                    self.iter_next(sub).map(|o| o.ok_or(Value::None))
                } else {
                    match self.get_attr(sub, "send") {
                        Ok(send) => match self.call0(&send, &[value]) {
                            Ok(v) => Ok(Ok(v)),
                            Err(e) if e.is_instance_of(&self.types().stop_iteration) => {
                                let v = e
                                    .state()
                                    .borrow()
                                    .args
                                    .first()
                                    .cloned()
                                    .unwrap_or(Value::None);
                                Ok(Err(v))
                            }
                            Err(e) => Err(e),
                        },
                        Err(e) => Err(e),
                    }
                };
                match r {
                    Ok(Ok(v)) => Ok(Ok(v)),
                    Ok(Err(v)) => Ok(Err(v)),
                    Err(e) => Err(e),
                }
            }
        }
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}
