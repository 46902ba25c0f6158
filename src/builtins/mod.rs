//! The `builtins` module: built-in functions, the built-in types and their methods.

pub mod args;
pub mod codecs;
pub mod dict_views;
pub mod functions;
pub mod iterators;
pub mod methods_dict;
pub mod methods_list;
pub mod methods_num;
pub mod methods_object;
pub mod methods_set;
pub mod methods_str;
pub mod percent;
pub mod sequences;
pub mod types;

use crate::objects::heap::Rc;

use crate::objects::Value;
use crate::objects::class::Class;
use crate::objects::function::{BuiltinFunction, NativeFn};
use crate::vm::Vm;

/// A native function value.
pub fn native(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        bound_self: None,
        is_method: true,
    }))
}

/// A module-level native function: it does not bind when stored on a class.
pub fn native_function(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinFunction {
        name,
        func,
        bound_self: None,
        is_method: false,
    }))
}

/// Adds native methods to a class's dict.
pub fn add_methods(cls: &Rc<Class>, methods: &[(&'static str, NativeFn)]) {
    for (name, f) in methods {
        cls.dict.set_str(name, native(name, *f));
    }
}

/// Fills the builtins namespace and the built-in types' methods.
pub fn install(vm: &mut Vm) {
    methods_object::install(vm);
    methods_num::install(vm);
    methods_str::install(vm);
    methods_list::install(vm);
    methods_dict::install(vm);
    methods_set::install(vm);
    functions::install(vm);
    let b = vm.state.builtins.clone();
    for (name, cls) in vm.types().public() {
        b.set_str(name, Value::Class(cls));
    }
    for (name, cls) in vm.types().by_name.clone() {
        b.set_str(name, Value::Class(cls));
    }
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__debug__", Value::Bool(true));
    let module = Rc::new(crate::objects::module::Module {
        name: "builtins".into(),
        dict: b,
    });
    vm.state.modules.set_str("builtins", Value::Module(module));
}
