//! The JSON serializer behind `json.dumps`: writes into one `String`, with CPython's layout
//! for `indent`/`separators`, its float repr, its escapes and its error messages.

use std::fmt::Write as _;

use foldhash::HashSet;

use crate::objects::Value;
use crate::objects::repr::float_repr;
use crate::vm::{PyResult, Vm};

pub struct Options {
    /// The text of one indentation level; `None`: everything on one line.
    pub indent: Option<String>,
    pub item_sep: String,
    pub key_sep: String,
    pub sort_keys: bool,
    pub ensure_ascii: bool,
    pub skipkeys: bool,
    pub allow_nan: bool,
    pub check_circular: bool,
    /// Called on objects JSON cannot represent; `None`: TypeError.
    pub default: Option<Value>,
}

pub struct Encoder<'vm> {
    pub vm: &'vm mut Vm,
    pub opts: Options,
    pub out: String,
    level: usize,
    /// The containers being encoded (by address), to catch cycles.
    in_progress: HashSet<usize>,
}

impl<'vm> Encoder<'vm> {
    pub fn new(vm: &'vm mut Vm, opts: Options) -> Encoder<'vm> {
        Encoder {
            vm,
            opts,
            out: String::new(),
            level: 0,
            in_progress: HashSet::default(),
        }
    }

    pub fn encode(&mut self, v: &Value) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Value::BigInt(b) => {
                self.vm.check_int_str_digits(b)?;
                let _ = write!(self.out, "{b}");
            }
            Value::Float(f) => {
                let text = self.float(*f)?;
                self.out.push_str(&text);
            }
            Value::Str(s) => write_string(&mut self.out, s.as_str(), self.opts.ensure_ascii),
            Value::List(_) | Value::Tuple(_) => self.array(v)?,
            Value::Dict(_) => self.object(v)?,
            _ => {
                // Subclasses of the built-in types (IntEnum, OrderedDict, a str subclass)
                // are written as the built-in value they hold.
                if let Some(inner) = self.vm.unwrap_builtin(v)
                    && matches!(
                        inner,
                        Value::Int(_)
                            | Value::BigInt(_)
                            | Value::Bool(_)
                            | Value::Float(_)
                            | Value::Str(_)
                            | Value::List(_)
                            | Value::Tuple(_)
                            | Value::Dict(_)
                    )
                {
                    return self.guarded(v, |e| e.encode(&inner));
                }
                self.fallback(v)?;
            }
        }
        Ok(())
    }

    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.opts.allow_nan {
            return Err(self
                .vm
                .value_error("Out of range float values are not JSON compliant"));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    /// Runs `f` with `v` marked as being encoded (cycle check and recursion limit).
    fn guarded(&mut self, v: &Value, f: impl FnOnce(&mut Self) -> PyResult<()>) -> PyResult<()> {
        let addr = v.heap_ptr();
        if self.opts.check_circular
            && let Some(a) = addr
            && !self.in_progress.insert(a)
        {
            return Err(self.vm.value_error("Circular reference detected"));
        }
        self.vm
            .enter_nested("maximum recursion depth exceeded while encoding a JSON object")?;
        let r = f(self);
        self.vm.depth -= 1;
        if self.opts.check_circular
            && let Some(a) = addr
        {
            self.in_progress.remove(&a);
        }
        r
    }

    /// An object JSON has no form for: `default(o)`, or TypeError.
    fn fallback(&mut self, v: &Value) -> PyResult<()> {
        let Some(default) = self.opts.default.clone() else {
            return Err(self.vm.type_error(format!(
                "Object of type {} is not JSON serializable",
                self.vm.type_name(v)
            )));
        };
        self.guarded(v, |e| {
            let replacement = e.vm.call0(&default, std::slice::from_ref(v))?;
            e.encode(&replacement)
        })
    }

    fn newline(&mut self) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..self.level {
                self.out.push_str(ind);
            }
        }
    }

    fn array(&mut self, v: &Value) -> PyResult<()> {
        let items = match v {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.as_ref().clone(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.guarded(v, |e| {
            e.out.push('[');
            e.level += 1;
            e.newline();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    e.out.push_str(&e.opts.item_sep.clone());
                    e.newline();
                }
                e.encode(item)?;
            }
            e.level -= 1;
            e.newline();
            e.out.push(']');
            Ok(())
        })
    }

    fn object(&mut self, v: &Value) -> PyResult<()> {
        let Value::Dict(d) = v else { return Ok(()) };
        let mut items = d.items();
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.opts.sort_keys {
            // Sort (key, position) pairs: the keys decide (they are distinct), as CPython's
            // sort of the items does, with the same TypeError for unorderable keys.
            let mut pairs: Vec<Value> = items
                .iter()
                .enumerate()
                .map(|(i, (k, _))| Value::tuple(vec![k.clone(), Value::Int(i as i64)]))
                .collect();
            crate::builtins::functions::sort_values(self.vm, &mut pairs, None, false)?;
            items = pairs
                .iter()
                .filter_map(|p| match p {
                    Value::Tuple(t) => match t[1] {
                        Value::Int(i) => Some(items[i as usize].clone()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
        }
        self.guarded(v, |e| {
            e.out.push('{');
            e.level += 1;
            e.newline();
            let mut first = true;
            for (k, val) in &items {
                let Some(key) = e.key_text(k)? else {
                    continue;
                };
                if !first {
                    e.out.push_str(&e.opts.item_sep.clone());
                    e.newline();
                }
                first = false;
                write_string(&mut e.out, &key, e.opts.ensure_ascii);
                e.out.push_str(&e.opts.key_sep.clone());
                e.encode(val)?;
            }
            e.level -= 1;
            e.newline();
            e.out.push('}');
            Ok(())
        })
    }

    /// A dict key as JSON text; `None` to skip it (`skipkeys`).
    fn key_text(&mut self, k: &Value) -> PyResult<Option<String>> {
        let k = match self.vm.unwrap_builtin(k) {
            Some(inner) => inner,
            None => k.clone(),
        };
        Ok(Some(match &k {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
            Value::None => "null".to_string(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => self.float(*f)?,
            _ if self.opts.skipkeys => return Ok(None),
            _ => {
                return Err(self.vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    self.vm.type_name(&k)
                )));
            }
        }))
    }
}

/// Appends `s` as a JSON string literal.
pub fn write_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let plain = if ensure_ascii {
            (' '..='~').contains(&c) && c != '"' && c != '\\'
        } else {
            c >= ' ' && c != '"' && c != '\\'
        };
        if plain {
            continue;
        }
        out.push_str(&s[run..i]);
        run = i + c.len_utf8();
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            _ => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}
