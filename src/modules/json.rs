//! `_json`: the native core under the `json` package (stdlib/json/). The package keeps the
//! classes (`JSONEncoder`, `JSONDecoder`, `JSONDecodeError`) in Python, where subclassing and
//! `cls=` come for free; the parsing and the serializing, where the time goes, are here.

use crate::objects::heap::Rc;

use super::json_decode::{Failure, Hooks, Parser, byte_offset, char_index, raise};
use super::json_encode::{Encoder, Options};
use super::new_native_module;
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    new_native_module(vm, "_json", &[("encode", encode), ("decode", decode)])
}

fn opt(v: &Value) -> Option<Value> {
    (!v.is_none()).then(|| v.clone())
}

/// `encode(obj, indent, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan,
/// check_circular, default)`: the JSON text of `obj`.
fn encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "encode", 10)?;
    let indent = match &a[1] {
        Value::None => None,
        Value::Str(s) => Some(s.as_str().to_string()),
        v => Some(" ".repeat(vm.to_index(v)?.max(0) as usize)),
    };
    let text = |vm: &mut Vm, v: &Value| -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(vm.type_error(format!(
                "make_encoder() argument must be str, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let item_sep = text(vm, &a[2])?;
    let key_sep = text(vm, &a[3])?;
    let mut flags = [false; 5];
    for (slot, v) in flags.iter_mut().zip(&a[4..9]) {
        *slot = vm.is_true(v)?;
    }
    let [sort_keys, ensure_ascii, skipkeys, allow_nan, check_circular] = flags;
    let opts = Options {
        indent,
        item_sep,
        key_sep,
        sort_keys,
        ensure_ascii,
        skipkeys,
        allow_nan,
        check_circular,
        default: opt(&a[9]),
    };
    let mut enc = Encoder::new(vm, opts);
    enc.encode(&a[0])?;
    Ok(Value::string(enc.out))
}

/// `decode(s, idx, whole, error_class, object_hook, object_pairs_hook, parse_float,
/// parse_int, parse_constant, strict)`. With `whole`, the document is `s` entire (blanks
/// around the value allowed) and the value is returned; otherwise the value must start at
/// code point `idx` and `(value, end)` is returned (`JSONDecoder.raw_decode`).
fn decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = crate::builtins::args::exact(vm, args, "decode", 10)?;
    let doc = a[0].clone();
    let Value::Str(s) = &doc else {
        return Err(vm.type_error(format!(
            "first argument must be a string, not {}",
            vm.type_name(&doc)
        )));
    };
    let idx = vm.to_index(&a[1])?;
    let whole = vm.is_true(&a[2])?;
    let error_class = a[3].clone();
    let strict = vm.is_true(&a[9])?;
    let hooks = Hooks {
        object_hook: opt(&a[4]),
        pairs_hook: opt(&a[5]),
        parse_float: opt(&a[6]),
        parse_int: opt(&a[7]),
        parse_constant: opt(&a[8]),
        strict,
    };
    let text = s.as_str();
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let start = byte_offset(text, idx as usize);
    let mut parser = Parser {
        vm,
        text,
        hooks,
        keys: Default::default(),
    };
    let result = if whole {
        let p = parser.skip_ws(start);
        parser.value(p).and_then(|(v, end)| {
            let end = parser.skip_ws(end);
            if end != text.len() {
                Err(Failure::Syntax("Extra data", end))
            } else {
                Ok(v)
            }
        })
    } else {
        parser
            .value(start)
            .map(|(v, end)| Value::tuple(vec![v, Value::Int(char_index(text, end) as i64)]))
    };
    match result {
        Ok(v) => Ok(v),
        Err(f) => Err(raise(vm, f, &error_class, &doc, text)?),
    }
}
