//! The built-in classes of one interpreter: `object`, `type`, `int`, `str`, … and the
//! exception hierarchy. Their methods are added by the other files of `builtins/`.

use crate::objects::heap::Rc;
use std::cell::RefCell;
use std::collections::HashMap;

use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::dict::PyDict;

pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none_type: Rc<Class>,
    pub not_implemented_type: Rc<Class>,
    pub ellipsis_type: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub iterator: Rc<Class>,
    pub generator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub traceback: Rc<Class>,
    /// Dict views (`d.keys()`, `d.values()`, `d.items()`): instances carrying the dict.
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,

    pub base_exception: Rc<Class>,
    pub exception: Rc<Class>,
    pub arithmetic_error: Rc<Class>,
    pub zero_division_error: Rc<Class>,
    pub overflow_error: Rc<Class>,
    pub lookup_error: Rc<Class>,
    pub index_error: Rc<Class>,
    pub key_error: Rc<Class>,
    pub value_error: Rc<Class>,
    pub type_error: Rc<Class>,
    pub name_error: Rc<Class>,
    pub unbound_local_error: Rc<Class>,
    pub attribute_error: Rc<Class>,
    pub runtime_error: Rc<Class>,
    pub recursion_error: Rc<Class>,
    pub not_implemented_error: Rc<Class>,
    pub stop_iteration: Rc<Class>,
    pub generator_exit: Rc<Class>,
    pub assertion_error: Rc<Class>,
    pub import_error: Rc<Class>,
    pub module_not_found_error: Rc<Class>,
    pub keyboard_interrupt: Rc<Class>,
    pub system_exit: Rc<Class>,
    pub os_error: Rc<Class>,
    pub timeout_error: Rc<Class>,
    pub file_not_found_error: Rc<Class>,
    pub permission_error: Rc<Class>,
    pub syntax_error: Rc<Class>,
    pub indentation_error: Rc<Class>,
    pub tab_error: Rc<Class>,
    pub memory_error: Rc<Class>,
    pub eof_error: Rc<Class>,
    /// `io.UnsupportedOperation` (an OSError and a ValueError).
    pub unsupported_operation: Rc<Class>,
    /// Every built-in exception class by name (for the builtins module).
    pub exceptions: Vec<Rc<Class>>,
    pub by_name: HashMap<&'static str, Rc<Class>>,
    /// The classes of the built-in iterators (`list_iterator`, `zip`, …), made on first use.
    pub iter_classes: RefCell<HashMap<&'static str, Rc<Class>>>,
}

/// A built-in class.
pub fn builtin_class(name: &str, bases: &[&Rc<Class>], kind: BuiltinKind) -> Rc<Class> {
    let mut mro: Vec<Rc<Class>> = Vec::new();
    for b in bases {
        for c in b.mro_iter() {
            if !mro.iter().any(|m| Rc::ptr_eq(m, &c)) {
                mro.push(c);
            }
        }
    }
    // object always last.
    if let Some(pos) = mro.iter().position(|c| c.name() == "object" && c.builtin) {
        let o = mro.remove(pos);
        mro.push(o);
    }
    let dict = Rc::new(PyDict::new());
    dict.set_str("__module__", Value::str("builtins"));
    Rc::new(Class {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(bases.iter().map(|b| (*b).clone()).collect()),
        mro: RefCell::new(mro),
        dict,
        kind,
        builtin: true,
        metaclass: RefCell::new(None),
        hooks: std::cell::Cell::new((0, 0)),
        finalizers: None,
    })
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    pub fn new() -> Types {
        use BuiltinKind as K;
        let object = builtin_class("object", &[], K::Object);
        let o = &object;
        let type_ = builtin_class("type", &[o], K::Type);
        let int = builtin_class("int", &[o], K::Int);
        let bool_ = builtin_class("bool", &[&int], K::Bool);
        let mut by_name: HashMap<&'static str, Rc<Class>> = HashMap::new();
        let mut exceptions = Vec::new();
        let base_exception = builtin_class("BaseException", &[o], K::BaseException);
        let mut exc = |name: &'static str, base: &Rc<Class>| -> Rc<Class> {
            let c = builtin_class(name, &[base], K::BaseException);
            by_name.insert(name, c.clone());
            exceptions.push(c.clone());
            c
        };
        let exception = exc("Exception", &base_exception);
        let arithmetic_error = exc("ArithmeticError", &exception);
        let zero_division_error = exc("ZeroDivisionError", &arithmetic_error);
        let overflow_error = exc("OverflowError", &arithmetic_error);
        exc("FloatingPointError", &arithmetic_error);
        let lookup_error = exc("LookupError", &exception);
        let index_error = exc("IndexError", &lookup_error);
        let key_error = exc("KeyError", &lookup_error);
        let value_error = exc("ValueError", &exception);
        let unicode_error = exc("UnicodeError", &value_error);
        exc("UnicodeDecodeError", &unicode_error);
        exc("UnicodeEncodeError", &unicode_error);
        let type_error = exc("TypeError", &exception);
        let name_error = exc("NameError", &exception);
        let unbound_local_error = exc("UnboundLocalError", &name_error);
        let attribute_error = exc("AttributeError", &exception);
        let runtime_error = exc("RuntimeError", &exception);
        let recursion_error = exc("RecursionError", &runtime_error);
        let not_implemented_error = exc("NotImplementedError", &runtime_error);
        let stop_iteration = exc("StopIteration", &exception);
        exc("StopAsyncIteration", &exception);
        let generator_exit = exc("GeneratorExit", &base_exception);
        let assertion_error = exc("AssertionError", &exception);
        let import_error = exc("ImportError", &exception);
        let module_not_found_error = exc("ModuleNotFoundError", &import_error);
        let keyboard_interrupt = exc("KeyboardInterrupt", &base_exception);
        let system_exit = exc("SystemExit", &base_exception);
        let os_error = exc("OSError", &exception);
        let timeout_error = exc("TimeoutError", &os_error);
        let file_not_found_error = exc("FileNotFoundError", &os_error);
        let permission_error = exc("PermissionError", &os_error);
        exc("FileExistsError", &os_error);
        exc("IsADirectoryError", &os_error);
        exc("NotADirectoryError", &os_error);
        exc("InterruptedError", &os_error);
        exc("BlockingIOError", &os_error);
        exc("ChildProcessError", &os_error);
        exc("ProcessLookupError", &os_error);
        let connection_error = exc("ConnectionError", &os_error);
        exc("BrokenPipeError", &connection_error);
        exc("ConnectionAbortedError", &connection_error);
        exc("ConnectionRefusedError", &connection_error);
        exc("ConnectionResetError", &connection_error);
        let syntax_error = exc("SyntaxError", &exception);
        let indentation_error = exc("IndentationError", &syntax_error);
        let tab_error = exc("TabError", &indentation_error);
        let memory_error = exc("MemoryError", &exception);
        let eof_error = exc("EOFError", &exception);
        let unsupported_operation = builtin_class(
            "UnsupportedOperation",
            &[&os_error, &value_error],
            K::BaseException,
        );
        unsupported_operation
            .dict
            .set_str("__module__", Value::str("io"));
        exc("BufferError", &exception);
        exc("ReferenceError", &exception);
        exc("SystemError", &exception);
        let warning = exc("Warning", &exception);
        for w in [
            "UserWarning",
            "DeprecationWarning",
            "PendingDeprecationWarning",
            "SyntaxWarning",
            "RuntimeWarning",
            "FutureWarning",
            "ImportWarning",
            "UnicodeWarning",
            "BytesWarning",
            "ResourceWarning",
            "EncodingWarning",
        ] {
            exc(w, &warning);
        }
        by_name.insert("BaseException", base_exception.clone());
        exceptions.insert(0, base_exception.clone());
        // EnvironmentError / IOError are aliases of OSError.
        by_name.insert("EnvironmentError", os_error.clone());
        by_name.insert("IOError", os_error.clone());

        let plain = |name: &str, kind| builtin_class(name, &[&object], kind);
        Types {
            none_type: plain("NoneType", K::NoneType),
            not_implemented_type: plain("NotImplementedType", K::NotImplementedType),
            ellipsis_type: plain("ellipsis", K::Ellipsis),
            float: plain("float", K::Float),
            str_: plain("str", K::Str),
            bytes: plain("bytes", K::Bytes),
            tuple: plain("tuple", K::Tuple),
            list: plain("list", K::List),
            dict: plain("dict", K::Dict),
            set: plain("set", K::Set),
            frozenset: plain("frozenset", K::FrozenSet),
            range: plain("range", K::Range),
            slice: plain("slice", K::Slice),
            function: plain("function", K::Function),
            builtin_function: plain("builtin_function_or_method", K::BuiltinFunction),
            method: plain("method", K::Method),
            module: plain("module", K::Module),
            iterator: plain("iterator", K::Iterator),
            generator: plain("generator", K::Generator),
            property: plain("property", K::Property),
            staticmethod: plain("staticmethod", K::StaticMethod),
            classmethod: plain("classmethod", K::ClassMethod),
            super_: plain("super", K::Super),
            code: plain("code", K::Code),
            cell: plain("cell", K::Cell),
            traceback: plain("traceback", K::Native),
            dict_keys: plain("dict_keys", K::Object),
            dict_values: plain("dict_values", K::Object),
            dict_items: plain("dict_items", K::Object),
            object,
            type_,
            int,
            bool_,
            base_exception,
            exception,
            arithmetic_error,
            zero_division_error,
            overflow_error,
            lookup_error,
            index_error,
            key_error,
            value_error,
            type_error,
            name_error,
            unbound_local_error,
            attribute_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            stop_iteration,
            generator_exit,
            assertion_error,
            import_error,
            module_not_found_error,
            keyboard_interrupt,
            system_exit,
            os_error,
            timeout_error,
            file_not_found_error,
            permission_error,
            syntax_error,
            indentation_error,
            tab_error,
            memory_error,
            eof_error,
            unsupported_operation,
            exceptions,
            by_name,
            iter_classes: RefCell::new(HashMap::new()),
        }
    }

    /// The class of a built-in iterator named `name` (a subclass of the generic iterator
    /// class, which has `__iter__` and `__next__`).
    pub fn iter_class(&self, name: &'static str) -> Rc<Class> {
        self.iter_classes
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| builtin_class(name, &[&self.iterator], BuiltinKind::Iterator))
            .clone()
    }

    /// The built-in types exposed by name in `builtins`.
    pub fn public(&self) -> Vec<(&'static str, Rc<Class>)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool_.clone()),
            ("float", self.float.clone()),
            ("str", self.str_.clone()),
            ("bytes", self.bytes.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
        ]
    }
}
