//! The JSON parser behind `json.loads`: a hand-written recursive descent over the UTF-8 bytes
//! of the document, with CPython's error messages and positions (reported in code points).

use std::borrow::Cow;

use foldhash::HashMap;
use num_bigint::BigInt;

use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::heap::Rc;
use crate::vm::{PyErr, PyResult, Vm};

/// The hooks of `json.JSONDecoder`; `None` where the default applies.
pub struct Hooks {
    pub object_hook: Option<Value>,
    pub pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub strict: bool,
}

/// Why parsing stopped: a JSON syntax error (message, byte offset) or a Python exception
/// raised by a hook.
pub enum Failure {
    Syntax(&'static str, usize),
    Python(PyErr),
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Failure {
        Failure::Python(e)
    }
}

type Parsed<T> = Result<T, Failure>;

pub struct Parser<'a, 'vm> {
    pub vm: &'vm mut Vm,
    pub text: &'a str,
    pub hooks: Hooks,
    /// Object keys seen so far: a key repeated across objects is one str object, hashed
    /// once (as CPython's scanner memoizes them).
    pub keys: HashMap<&'a str, Value>,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl<'a> Parser<'a, '_> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    pub fn skip_ws(&self, mut pos: usize) -> usize {
        let b = self.bytes();
        while pos < b.len() && is_ws(b[pos]) {
            pos += 1;
        }
        pos
    }

    /// The value starting exactly at `pos`, and the offset after it.
    pub fn value(&mut self, pos: usize) -> Parsed<(Value, usize)> {
        let b = self.bytes();
        let Some(&c) = b.get(pos) else {
            return Err(Failure::Syntax("Expecting value", pos));
        };
        let rest = &b[pos..];
        match c {
            b'"' => {
                let (s, end) = self.string(pos)?;
                let v = match s {
                    Cow::Borrowed(b) => Value::str(b),
                    Cow::Owned(o) => Value::string(o),
                };
                Ok((v, end))
            }
            b'{' => self.nested(pos, true),
            b'[' => self.nested(pos, false),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, pos + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), pos + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), pos + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant("NaN", f64::NAN, pos),
            b'I' if rest.starts_with(b"Infinity") => self.constant("Infinity", f64::INFINITY, pos),
            b'-' if rest.starts_with(b"-Infinity") => {
                self.constant("-Infinity", f64::NEG_INFINITY, pos)
            }
            b'-' | b'0'..=b'9' => self.number(pos),
            _ => Err(Failure::Syntax("Expecting value", pos)),
        }
    }

    fn constant(&mut self, name: &str, f: f64, pos: usize) -> Parsed<(Value, usize)> {
        let v = match &self.hooks.parse_constant {
            Some(h) => {
                let h = h.clone();
                self.vm.call0(&h, &[Value::str(name)])?
            }
            None => Value::Float(f),
        };
        Ok((v, pos + name.len()))
    }

    /// An array or object, counted against the recursion limit.
    fn nested(&mut self, pos: usize, object: bool) -> Parsed<(Value, usize)> {
        let what = if object { "object" } else { "array" };
        self.vm.enter_nested(&format!(
            "maximum recursion depth exceeded while decoding a JSON {what} from a unicode string"
        ))?;
        let r = if object {
            self.object(pos)
        } else {
            self.array(pos)
        };
        self.vm.depth -= 1;
        r
    }

    fn array(&mut self, pos: usize) -> Parsed<(Value, usize)> {
        let mut items = Vec::new();
        let mut p = self.skip_ws(pos + 1);
        if self.bytes().get(p) == Some(&b']') {
            return Ok((Value::list(items), p + 1));
        }
        loop {
            let (v, end) = self.value(p)?;
            items.push(v);
            p = self.skip_ws(end);
            match self.bytes().get(p) {
                Some(b']') => return Ok((Value::list(items), p + 1)),
                Some(b',') => p = self.skip_ws(p + 1),
                _ => return Err(Failure::Syntax("Expecting ',' delimiter", p)),
            }
        }
    }

    fn object(&mut self, pos: usize) -> Parsed<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut p = self.skip_ws(pos + 1);
        if self.bytes().get(p) != Some(&b'}') {
            loop {
                if self.bytes().get(p) != Some(&b'"') {
                    return Err(Failure::Syntax(
                        "Expecting property name enclosed in double quotes",
                        p,
                    ));
                }
                let (key, end) = self.string(p)?;
                let key = match key {
                    Cow::Borrowed(k) => match self.keys.get(k) {
                        Some(v) => v.clone(),
                        None => {
                            let v = Value::str(k);
                            self.keys.insert(k, v.clone());
                            v
                        }
                    },
                    Cow::Owned(k) => Value::string(k),
                };
                p = self.skip_ws(end);
                if self.bytes().get(p) != Some(&b':') {
                    return Err(Failure::Syntax("Expecting ':' delimiter", p));
                }
                p = self.skip_ws(p + 1);
                let (v, end) = self.value(p)?;
                pairs.push((key, v));
                p = self.skip_ws(end);
                match self.bytes().get(p) {
                    Some(b'}') => break,
                    Some(b',') => p = self.skip_ws(p + 1),
                    _ => return Err(Failure::Syntax("Expecting ',' delimiter", p)),
                }
            }
        }
        let end = p + 1;
        if let Some(h) = self.hooks.pairs_hook.clone() {
            let list = pairs
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            return Ok((self.vm.call0(&h, &[Value::list(list)])?, end));
        }
        let dict = PyDict::new();
        {
            let mut table = dict.table.borrow_mut();
            for (k, v) in pairs {
                table.set_str_value(k, v);
            }
        }
        let dict = Value::Dict(Rc::new(dict));
        if let Some(h) = self.hooks.object_hook.clone() {
            return Ok((self.vm.call0(&h, &[dict])?, end));
        }
        Ok((dict, end))
    }

    /// The string whose opening quote is at `start`; returns its text and the offset after
    /// the closing quote.
    pub fn string(&self, start: usize) -> Parsed<(Cow<'a, str>, usize)> {
        let b = self.bytes();
        let text: &'a str = self.text;
        let unterminated = Failure::Syntax("Unterminated string starting at", start);
        let mut p = start + 1;
        // Most strings have no escapes: then the result is a slice of the document.
        while p < b.len() && b[p] != b'"' && b[p] != b'\\' && b[p] >= 0x20 {
            p += 1;
        }
        if b.get(p) == Some(&b'"') {
            return Ok((Cow::Borrowed(&text[start + 1..p]), p + 1));
        }
        let mut out = String::from(&text[start + 1..p]);
        loop {
            // Copy the run of plain characters in one go.
            let run = p;
            while p < b.len() && b[p] != b'"' && b[p] != b'\\' && b[p] >= 0x20 {
                p += 1;
            }
            out.push_str(&self.text[run..p]);
            let Some(&c) = b.get(p) else {
                return Err(unterminated);
            };
            match c {
                b'"' => return Ok((Cow::Owned(out), p + 1)),
                b'\\' => {
                    let Some(&e) = b.get(p + 1) else {
                        return Err(unterminated);
                    };
                    let simple = match e {
                        b'"' => Some('"'),
                        b'\\' => Some('\\'),
                        b'/' => Some('/'),
                        b'b' => Some('\u{8}'),
                        b'f' => Some('\u{c}'),
                        b'n' => Some('\n'),
                        b'r' => Some('\r'),
                        b't' => Some('\t'),
                        _ => None,
                    };
                    if let Some(ch) = simple {
                        out.push(ch);
                        p += 2;
                        continue;
                    }
                    if e != b'u' {
                        return Err(Failure::Syntax("Invalid \\escape", p));
                    }
                    let unit = self
                        .hex4(p + 2)
                        .ok_or(Failure::Syntax("Invalid \\uXXXX escape", p + 1))?;
                    p += 6;
                    let mut code = unit;
                    if (0xD800..0xDC00).contains(&unit)
                        && b.get(p) == Some(&b'\\')
                        && b.get(p + 1) == Some(&b'u')
                    {
                        let low = self
                            .hex4(p + 2)
                            .ok_or(Failure::Syntax("Invalid \\uXXXX escape", p + 1))?;
                        if (0xDC00..0xE000).contains(&low) {
                            code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                            p += 6;
                        }
                    }
                    // pyth's str cannot hold a lone surrogate: it becomes U+FFFD.
                    out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                }
                _ => {
                    // A control character.
                    if self.hooks.strict {
                        return Err(Failure::Syntax("Invalid control character at", p));
                    }
                    out.push(c as char);
                    p += 1;
                }
            }
        }
    }

    fn hex4(&self, pos: usize) -> Option<u32> {
        let digits = self.bytes().get(pos..pos + 4)?;
        let mut v = 0u32;
        for &d in digits {
            v = v * 16 + (d as char).to_digit(16)?;
        }
        Some(v)
    }

    fn number(&mut self, pos: usize) -> Parsed<(Value, usize)> {
        let b = self.bytes();
        let digits = |mut p: usize| {
            while p < b.len() && b[p].is_ascii_digit() {
                p += 1;
            }
            p
        };
        let mut p = pos;
        if b[p] == b'-' {
            p += 1;
        }
        match b.get(p) {
            Some(b'0') => p += 1,
            Some(b'1'..=b'9') => p = digits(p),
            _ => return Err(Failure::Syntax("Expecting value", pos)),
        }
        let mut is_float = false;
        if b.get(p) == Some(&b'.') && b.get(p + 1).is_some_and(u8::is_ascii_digit) {
            p = digits(p + 1);
            is_float = true;
        }
        if matches!(b.get(p), Some(b'e' | b'E')) {
            let mut q = p + 1;
            if matches!(b.get(q), Some(b'+' | b'-')) {
                q += 1;
            }
            if b.get(q).is_some_and(u8::is_ascii_digit) {
                p = digits(q);
                is_float = true;
            }
        }
        let text = &self.text[pos..p];
        let hook = if is_float {
            self.hooks.parse_float.clone()
        } else {
            self.hooks.parse_int.clone()
        };
        let v = match hook {
            Some(h) => self.vm.call0(&h, &[Value::str(text)])?,
            None if is_float => Value::Float(text.parse().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => {
                    let big: BigInt = text
                        .parse()
                        .map_err(|_| Failure::Syntax("Expecting value", pos))?;
                    self.vm.check_int_str_digits(&big)?;
                    Value::from_bigint(big)
                }
            },
        };
        Ok((v, p))
    }
}

/// The code-point index of byte offset `byte` in `text`.
pub fn char_index(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    if text.is_ascii() {
        return byte;
    }
    text[..byte].chars().count()
}

/// The byte offset of code-point index `index` (the end when past it).
pub fn byte_offset(text: &str, index: usize) -> usize {
    if text.is_ascii() {
        return index.min(text.len());
    }
    text.char_indices()
        .nth(index)
        .map_or(text.len(), |(b, _)| b)
}

/// Turns a failure into the Python exception: a syntax error becomes
/// `error_class(msg, doc, pos)` (json.JSONDecodeError).
pub fn raise(
    vm: &mut Vm,
    failure: Failure,
    error_class: &Value,
    doc: &Value,
    text: &str,
) -> PyResult<PyErr> {
    match failure {
        Failure::Python(e) => Ok(e),
        Failure::Syntax(msg, byte) => {
            let pos = char_index(text, byte) as i64;
            let exc = vm.call0(
                error_class,
                &[Value::str(msg), doc.clone(), Value::Int(pos)],
            )?;
            vm.make_exception(exc)
        }
    }
}
