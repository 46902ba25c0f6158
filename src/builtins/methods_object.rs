//! `object`, `type`, `BaseException`, and the descriptor types (`property`, `staticmethod`,
//! `classmethod`, `super`).

use crate::objects::heap::Rc;

use super::add_methods;
use super::args::exact;
use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let t = vm.types();
    add_methods(
        &t.object,
        &[
            ("__new__", object_new),
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__hash__", object_hash),
            ("__format__", object_format),
            ("__getattribute__", object_getattribute),
            ("__setattr__", object_setattr),
            ("__delattr__", object_delattr),
            ("__init_subclass__", object_init_subclass),
            ("__dir__", object_dir),
        ],
    );
    add_methods(
        &t.type_,
        &[
            ("__new__", type_new),
            ("__call__", type_call),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
        ],
    );
    add_methods(&t.method, &[("__new__", method_new)]);
    add_methods(&t.module, &[("__new__", module_new)]);
    add_methods(
        &t.base_exception,
        &[
            ("__init__", exception_init),
            ("__repr__", exception_repr),
            ("__str__", exception_str),
            ("with_traceback", exception_with_traceback),
            ("add_note", exception_add_note),
        ],
    );
    exception_descriptors(vm);
    let t = vm.types();
    add_methods(
        &t.property,
        &[
            ("__new__", property_new),
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
        ],
    );
    add_methods(&t.staticmethod, &[("__new__", staticmethod_new)]);
    add_methods(&t.classmethod, &[("__new__", classmethod_new)]);
    add_methods(&t.super_, &[("__new__", super_new)]);
    add_methods(&t.none_type, &[("__new__", none_new)]);
    add_methods(
        &t.slice,
        &[("__new__", slice_new), ("indices", slice_indices)],
    );
    add_methods(
        &t.generator,
        &[
            ("send", generator_send),
            ("close", generator_close),
            ("throw", generator_throw),
            ("__next__", generator_next),
            ("__iter__", identity),
        ],
    );
    add_methods(
        &t.iterator,
        &[("__next__", iterator_next), ("__iter__", identity)],
    );
}

fn identity(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.args[0].clone())
}

fn object_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    vm.object_new(&cls, &rest)
}

fn object_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    Ok(Value::string(vm.default_repr(&a[0])))
}

fn object_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__str__", 1)?;
    vm.repr_value(&a[0])
}

fn object_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__eq__", 2)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__ne__", 2)?;
    let r = vm.rich_compare(&a[0], &a[1], crate::syntax::ast::CmpOp::Eq)?;
    match r {
        Value::NotImplemented => Ok(r),
        v => Ok(Value::Bool(!vm.is_true(&v)?)),
    }
}

fn object_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__hash__", 1)?;
    Ok(Value::Int(
        (crate::vm::ops::identity(&a[0]) as u64).rotate_right(4) as i64,
    ))
}

fn object_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__format__", 2)?;
    if let Value::Str(s) = &a[1]
        && !s.as_str().is_empty()
    {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&a[0])
        )));
    }
    vm.str_value(&a[0])
}

fn object_getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getattribute__", 2)?;
    let name = vm.to_str(&a[1])?;
    // The generic lookup, bypassing a user __getattribute__ override.
    let obj = a[0].clone();
    let cls = vm.type_of(&obj);
    if let Some(d) = cls.lookup(&name)
        && matches!(d, Value::Property(_))
    {
        return vm.bind_descriptor(d, &obj, &cls);
    }
    if let Some(dict) = vm.instance_dict(&obj)
        && let Some(v) = dict.get_str(&name)
    {
        return Ok(v);
    }
    if let Some(d) = cls.lookup(&name) {
        return vm.bind_descriptor(d, &obj, &cls);
    }
    if let Some(ga) = cls.lookup("__getattr__") {
        return vm.call0(&ga, &[obj, a[1].clone()]);
    }
    Err(vm.no_attribute(&a[0], &name))
}

fn object_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__setattr__", 3)?;
    let name = vm.to_str(&a[1])?;
    vm.generic_setattr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__delattr__", 2)?;
    let name = vm.to_str(&a[1])?;
    match vm
        .instance_dict(&a[0])
        .and_then(|d| d.table.borrow_mut().remove_str(&name))
    {
        Some(_) => Ok(Value::None),
        None => Err(vm.no_attribute(&a[0], &name)),
    }
}

fn object_init_subclass(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let dir = vm.state.builtins.get_str("dir").unwrap_or(Value::None);
    vm.call(&dir, args)
}

/// `type(x)` or `type(name, bases, dict)`.
fn type_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(meta)) = args.args.first() else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    let meta = meta.clone();
    let pos = &args.positional()[1..];
    match pos.len() {
        1 if !args.has_keywords() => Ok(Value::Class(vm.type_of(&pos[0]))),
        3 => {
            let name = vm.to_str(&pos[0])?;
            let bases: Vec<Rc<Class>> = match &pos[1] {
                Value::Tuple(t) => t
                    .iter()
                    .map(|b| match b {
                        Value::Class(c) => Ok(c.clone()),
                        _ => Err(vm.type_error("bases must be types")),
                    })
                    .collect::<PyResult<_>>()?,
                _ => return Err(vm.type_error("type.__new__() argument 2 must be tuple")),
            };
            let Value::Dict(ns) = &pos[2] else {
                return Err(vm.type_error("type.__new__() argument 3 must be dict"));
            };
            let type_ = vm.types().type_.clone();
            if Rc::ptr_eq(&meta, &type_) {
                // `type(name, bases, ns)` with a base made by another metaclass (an ABC):
                // that metaclass makes the class, as CPython picks the most derived one.
                let derived = bases
                    .iter()
                    .map(|b| vm.metaclass_of(b))
                    .find(|m| !Rc::ptr_eq(m, &type_));
                if let Some(derived) = derived {
                    return vm.call0(&Value::Class(derived), pos);
                }
            }
            let metaclass = if Rc::ptr_eq(&meta, &type_) {
                None
            } else {
                Some(meta)
            };
            let ns = ns.clone();
            // Keywords of the class statement (a metaclass passes them on through
            // `super().__new__(...)`) go to `__init_subclass__`.
            let kwargs = args
                .keywords()
                .map(|(k, v)| (Value::str(k), v.clone()))
                .collect();
            let cls = vm.new_class_kw(&name, bases, &ns, metaclass, kwargs)?;
            // A metaclass's own __init__ runs after creation.
            Ok(Value::Class(cls))
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

/// `types.MethodType(function, instance)`: a bound method.
fn method_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "method", 3)?;
    if !crate::builtins::functions::is_callable(vm, &a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(Value::BoundMethod(Rc::new(
        crate::objects::function::BoundMethod {
            self_: a[2].clone(),
            func: a[1].clone(),
        },
    )))
}

/// `types.ModuleType(name, doc=None)`: a new, empty module (not put in `sys.modules`).
fn module_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    }
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let Value::Str(name) = &pos[1] else {
        return Err(vm.type_error(format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(&pos[1])
        )));
    };
    let dict = vm.new_dict();
    dict.set_str("__name__", pos[1].clone());
    dict.set_str("__doc__", pos.get(2).cloned().unwrap_or(Value::None));
    dict.set_str("__package__", Value::None);
    dict.set_str("__loader__", Value::None);
    dict.set_str("__spec__", Value::None);
    Ok(Value::Module(Rc::new(crate::objects::module::Module {
        name: name.as_str().to_string(),
        dict,
    })))
}

/// "descriptor '__call__' requires a 'type' object but received a 'int'"
fn not_a_type(vm: &Vm, method: &str, got: Option<&Value>) -> crate::vm::PyErr {
    let got = got.map_or_else(|| "nothing".to_string(), |v| vm.type_name(v).to_string());
    vm.type_error(format!(
        "descriptor '{method}' requires a 'type' object but received a '{got}'"
    ))
}

/// `type.__setattr__(cls, name, value)` (what a metaclass's `__setattr__` defers to).
fn type_setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__setattr__", 3)?;
    let Value::Class(cls) = &a[0] else {
        return Err(not_a_type(vm, "__setattr__", a.first()));
    };
    let name = vm.to_str(&a[1])?;
    vm.set_class_attr(cls, &name, a[2].clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__delattr__", 2)?;
    let Value::Class(cls) = &a[0] else {
        return Err(not_a_type(vm, "__delattr__", a.first()));
    };
    if cls.builtin {
        let name = vm.to_str(&a[1])?;
        return Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            cls.name()
        )));
    }
    let name = vm.to_str(&a[1])?;
    vm.del_attr_unhooked(&a[0], &name)?;
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance of `cls`.
fn type_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(not_a_type(vm, "__call__", args.args.first()));
    };
    let cls = cls.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    vm.type_call(&cls, &rest)
}

fn type_mro(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "mro", 1)?;
    match &a[0] {
        Value::Class(c) => Ok(Value::list(c.mro_iter().map(Value::Class).collect())),
        _ => Err(vm.type_error("mro() needs a class")),
    }
}

fn type_subclasses(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::list(vec![]))
}

fn exception_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = args.args.first()
        && let Some(st) = i.exception()
    {
        st.borrow_mut().args = args.positional()[1..].to_vec();
        return Ok(Value::None);
    }
    Err(vm.type_error("BaseException.__init__ needs an exception"))
}

fn exception_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    Ok(Value::string(vm.exception_repr(&a[0])?))
}

fn exception_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__str__", 1)?;
    let Value::Instance(i) = &a[0] else {
        return vm.str_value(&a[0]);
    };
    let args_v = i
        .exception()
        .map(|e| e.borrow().args.clone())
        .unwrap_or_default();
    let cls = i.class();
    Ok(Value::string(vm.exception_str(&cls, &args_v)?))
}

fn exception_with_traceback(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "with_traceback", 2)?;
    Ok(a[0].clone())
}

fn exception_add_note(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "add_note", 2)?;
    if let Value::Instance(i) = &a[0] {
        let notes = match i.dict.get_str("__notes__") {
            Some(n) => n,
            None => {
                let n = Value::list(vec![]);
                i.dict.set_str("__notes__", n.clone());
                n
            }
        };
        if let Value::List(l) = notes {
            l.borrow_mut().push(a[1].clone());
        }
    }
    Ok(Value::None)
}

fn property_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::functions::new_property(vm, args)
}

fn property_with(vm: &mut Vm, args: &Args, which: usize) -> PyResult<Value> {
    let a = exact(vm, args, "property", 2)?;
    let Value::Property(p) = &a[0] else {
        return Err(vm.type_error("descriptor needs a property"));
    };
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = a[1].clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::Property(Rc::new(crate::objects::value::Property {
        fget,
        fset,
        fdel,
        doc: p.doc.clone(),
    })))
}

fn property_getter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn staticmethod_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "staticmethod", 2)?;
    Ok(Value::StaticMethod(Rc::new(a[1].clone())))
}

fn classmethod_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "classmethod", 2)?;
    Ok(Value::ClassMethod(Rc::new(a[1].clone())))
}

fn super_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    super::functions::new_super(vm, args)
}

fn none_new(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn slice_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = &args.positional()[1..];
    let (start, stop, step) = match pos.len() {
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        n => {
            return Err(vm.type_error(format!(
                "slice expected at {} 1 argument, got {n}",
                if n == 0 { "least" } else { "most" }
            )));
        }
    };
    Ok(Value::Slice(Rc::new(crate::objects::value::Slice {
        start,
        stop,
        step,
    })))
}

fn slice_indices(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "indices", 2)?;
    let Value::Slice(s) = &a[0] else {
        return Err(vm.type_error("indices() needs a slice"));
    };
    let len = vm.to_index(&a[1])?;
    let s = s.clone();
    let (x, y, z) = super::sequences::slice_indices(vm, &s, len)?;
    Ok(Value::tuple(vec![
        Value::Int(x),
        Value::Int(y),
        Value::Int(z),
    ]))
}

fn generator_send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "send", 2)?;
    let Value::Generator(g) = &a[0] else {
        return Err(vm.type_error("send() needs a generator"));
    };
    let g = g.clone();
    match vm.resume_generator(&g, a[1].clone())? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
    }
}

fn generator_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__next__", 1)?;
    let Value::Generator(g) = &a[0] else {
        return Err(vm.type_error("__next__() needs a generator"));
    };
    let g = g.clone();
    match vm.resume_generator(&g, Value::None)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
    }
}

fn generator_close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "close", 1)?;
    let Value::Generator(g) = &a[0] else {
        return Err(vm.type_error("close() needs a generator"));
    };
    let g = g.clone();
    if !g.started.get() || g.frame.borrow().is_none() {
        g.frame.borrow_mut().take();
        return Ok(Value::None);
    }
    let exit = vm.new_exception(&vm.types().generator_exit.clone(), vec![]);
    match vm.throw_into_generator(&g, exit) {
        Ok(Ok(_)) => Err(vm.runtime_error("generator ignored GeneratorExit")),
        Ok(Err(_)) => Ok(Value::None),
        Err(e)
            if e.is_instance_of(&vm.types().generator_exit.clone())
                || e.is_instance_of(&vm.types().stop_iteration.clone()) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn generator_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    }
    let Value::Generator(g) = &pos[0] else {
        return Err(vm.type_error("throw() needs a generator"));
    };
    let g = g.clone();
    let exc = match (&pos[1], pos.get(2)) {
        (Value::Class(_), Some(v)) if !v.is_none() => {
            let inst = vm.call0(&pos[1], &[v.clone()])?;
            vm.make_exception(inst)?
        }
        _ => vm.make_exception(pos[1].clone())?,
    };
    match vm.throw_into_generator(&g, exc)? {
        Ok(v) => Ok(v),
        Err(r) => Err(vm.stop_iteration(if r.is_none() { None } else { Some(r) })),
    }
}

fn iterator_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__next__", 1)?;
    match vm.iter_next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

/// `args`, `__traceback__`, `__cause__`, `__context__` and `__suppress_context__` as data
/// descriptors on BaseException (so `hasattr(ValueError, "args")` holds, and assignment
/// goes through them).
fn exception_descriptors(vm: &mut Vm) {
    macro_rules! getset {
        ($($name:literal => $get:ident, $set:ident;)*) => {{
            $(
                fn $get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                    let a = exact(vm, args, $name, 1)?;
                    Ok(vm.special_attr(&a[0], $name)?.unwrap_or(Value::None))
                }
                fn $set(vm: &mut Vm, args: &Args) -> PyResult<Value> {
                    let a = exact(vm, args, $name, 2)?;
                    vm.set_exception_attr(&a[0], $name, a[1].clone())?;
                    Ok(Value::None)
                }
            )*
            vec![$(($name, super::native($name, $get), super::native($name, $set))),*]
        }};
    }
    let table = getset! {
        "args" => get_args, set_args;
        "__traceback__" => get_traceback, set_traceback;
        "__cause__" => get_cause, set_cause;
        "__context__" => get_context, set_context;
        "__suppress_context__" => get_suppress, set_suppress;
    };
    let base = vm.types().base_exception.clone();
    for (name, fget, fset) in table {
        base.dict.set_str(
            name,
            Value::Property(Rc::new(crate::objects::value::Property {
                fget,
                fset,
                fdel: Value::None,
                doc: Value::None,
            })),
        );
    }
}
