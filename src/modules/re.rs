//! `_re`: compiled patterns (`re.Pattern`) and matches (`re.Match`) on fancy-regex, under
//! the `re` module of stdlib/re.py (which keeps the flags, the cache and `re.error`).
//! Python's syntax is translated first ([`super::re_translate`]); positions handed to and
//! from Python are code points, while fancy-regex works in UTF-8 byte offsets.

use crate::objects::heap::Rc;
use std::cell::RefCell;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use super::re_template::{Piece, expand, parse_template};
use super::re_translate::{self as tr, translate};
use super::{new_native_module, set};
use crate::builtins::args::{bind, exact};
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::dict::PyDict;
use crate::objects::function::{Args, NativeFn};
use crate::objects::module::Module;
use crate::objects::value::{NativeObject, Property};
use crate::vm::{PyErr, PyResult, Vm};

/// Backtracking steps allowed per match attempt before giving up (a catastrophic pattern
/// fails with RuntimeError instead of hanging).
const BACKTRACK_LIMIT: usize = 10_000_000;

pub struct Pattern {
    regex: Regex,
    /// The same, anchored at the end (`fullmatch`).
    full: Regex,
    /// The same, but not matching the empty string where the search starts: after an empty
    /// match, Python's scanner looks for a non-empty one at the same place.
    nonempty: Regex,
    source: Value,
    pub flags: i64,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub error_class: Value,
    match_class: Rc<Class>,
    /// A bytes pattern: it works on latin-1 text (one char per byte) and gives bytes back.
    is_bytes: bool,
}

pub struct MatchData {
    string: Value,
    /// The subject as text (bytes subjects decoded as latin-1).
    text: Rc<crate::objects::PyStr>,
    is_bytes: bool,
    pattern: Value,
    /// Per group (0 = the whole match): byte span in `text`.
    byte_spans: Vec<Option<(usize, usize)>>,
    /// The same spans in code points.
    char_spans: Vec<Option<(usize, usize)>>,
    pos: usize,
    endpos: usize,
}

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let object = vm.types().object.clone();
    let pattern_cls = builtin_class("Pattern", &[&object], BuiltinKind::Native);
    let match_cls = builtin_class("Match", &[&object], BuiltinKind::Native);
    for c in [&pattern_cls, &match_cls] {
        c.dict.set_str("__module__", Value::str("re"));
        crate::builtins::add_methods(c, &[("__new__", no_new)]);
    }
    crate::builtins::add_methods(
        &pattern_cls,
        &[
            ("match", pattern_match),
            ("fullmatch", pattern_fullmatch),
            ("search", pattern_search),
            ("findall", pattern_findall),
            ("finditer", pattern_finditer),
            ("sub", pattern_sub),
            ("subn", pattern_subn),
            ("split", pattern_split),
            ("__repr__", pattern_repr),
            ("__eq__", pattern_eq),
            ("__hash__", pattern_hash),
        ],
    );
    properties(
        &pattern_cls,
        &[
            ("pattern", pattern_pattern),
            ("flags", pattern_flags),
            ("groups", pattern_groups),
            ("groupindex", pattern_groupindex),
        ],
    );
    crate::builtins::add_methods(
        &match_cls,
        &[
            ("group", match_group),
            ("groups", match_groups),
            ("groupdict", match_groupdict),
            ("start", match_start),
            ("end", match_end),
            ("span", match_span),
            ("expand", match_expand),
            ("__getitem__", match_getitem),
            ("__repr__", match_repr),
        ],
    );
    properties(
        &match_cls,
        &[
            ("string", match_string),
            ("re", match_re),
            ("pos", match_pos),
            ("endpos", match_endpos),
            ("lastindex", match_lastindex),
            ("lastgroup", match_lastgroup),
            ("regs", match_regs),
        ],
    );
    let m = new_native_module(vm, "_re", &[("compile", compile)]);
    set(&m, "Pattern", Value::Class(pattern_cls));
    set(&m, "Match", Value::Class(match_cls));
    m
}

fn properties(cls: &Rc<Class>, getters: &[(&'static str, NativeFn)]) {
    for (name, f) in getters {
        let prop = Property {
            fget: crate::builtins::native(name, *f),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        };
        cls.dict.set_str(name, Value::Property(Rc::new(prop)));
    }
}

fn no_new(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Pattern' or 're.Match' instances directly"))
}

/// `re.error(msg, pattern, pos)`.
pub fn re_error(
    vm: &mut Vm,
    error_class: &Value,
    msg: &str,
    pattern: &Value,
    pos: Option<usize>,
) -> PyErr {
    let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
    match vm.call0(error_class, &[Value::str(msg), pattern.clone(), pos]) {
        Ok(exc) => vm.make_exception(exc).unwrap_or_else(|e| e),
        Err(e) => e,
    }
}

/// A bad template: re.error, or IndexError for an unknown group name (as CPython).
fn template_error(vm: &mut Vm, error_class: &Value, e: tr::SyntaxError, template: &Value) -> PyErr {
    if e.msg.starts_with("unknown group name") {
        return vm.index_error(e.msg);
    }
    re_error(vm, error_class, &e.msg, template, Some(e.pos))
}

/// `_re.compile(pattern, flags, error_class, pattern_class)`.
fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "compile", 4)?;
    let source = a[0].clone();
    let flags = vm.to_index(&a[1])?;
    let error_class = a[2].clone();
    let pattern_cls = match &a[3] {
        Value::Class(c) => c.clone(),
        _ => return Err(vm.type_error("compile needs the Pattern class")),
    };
    let is_bytes = matches!(source, Value::Bytes(_));
    let text = match &source {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => {
            if flags & tr::UNICODE != 0 {
                return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern"));
            }
            latin1(b)
        }
        v => {
            return Err(vm.type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                vm.type_name(v)
            )));
        }
    };
    let t = translate(&text, flags, is_bytes)
        .map_err(|e| re_error(vm, &error_class, &e.msg, &source, Some(e.pos)))?;
    let build = |pat: String| {
        RegexBuilder::new(&pat)
            .backtrack_limit(BACKTRACK_LIMIT)
            .build()
    };
    let regex = build(t.regex.clone());
    let full = build(format!("(?:{})\\z", t.regex));
    let nonempty = build(format!("(?:{})(?!\\G)", t.regex));
    let (regex, full, nonempty) = match (regex, full, nonempty) {
        (Ok(r), Ok(f), Ok(n)) => (r, f, n),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => {
            let msg = format!("{e}");
            return Err(re_error(vm, &error_class, &msg, &source, None));
        }
    };
    let match_class = match_class(vm)?;
    Ok(Value::Native(Rc::new(NativeObject {
        class: pattern_cls,
        payload: Box::new(Pattern {
            regex,
            full,
            nonempty,
            source,
            flags: t.flags,
            groups: t.groups,
            names: t.names,
            error_class,
            match_class,
            is_bytes,
        }),
        dict: RefCell::new(None),
    })))
}

/// `_re.Match`, the class of the matches a pattern makes.
fn match_class(vm: &mut Vm) -> PyResult<Rc<Class>> {
    let m = vm.import_module("_re")?;
    match vm.get_attr(&m, "Match")? {
        Value::Class(c) => Ok(c),
        _ => Err(vm.type_error("_re.Match is not a class")),
    }
}

fn pattern_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Pattern> {
    if let Value::Native(n) = v
        && let Some(p) = n.payload.downcast_ref::<Pattern>()
    {
        return Ok(p);
    }
    Err(vm.type_error("descriptor requires a 're.Pattern' object"))
}

fn match_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MatchData> {
    if let Value::Native(n) = v
        && let Some(m) = n.payload.downcast_ref::<MatchData>()
    {
        return Ok(m);
    }
    Err(vm.type_error("descriptor requires a 're.Match' object"))
}

/// Code point ↔ byte offset conversions for one subject string.
pub struct Offsets<'a> {
    text: &'a str,
    /// Byte offset of every code point, then the length (empty for ASCII text).
    starts: Vec<usize>,
}

impl<'a> Offsets<'a> {
    pub fn new(text: &'a str) -> Offsets<'a> {
        let starts = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(text.len()))
                .collect()
        };
        Offsets { text, starts }
    }

    pub fn char_len(&self) -> usize {
        if self.starts.is_empty() {
            self.text.len()
        } else {
            self.starts.len() - 1
        }
    }

    pub fn to_byte(&self, ch: usize) -> usize {
        if self.starts.is_empty() {
            ch.min(self.text.len())
        } else {
            self.starts[ch.min(self.starts.len() - 1)]
        }
    }

    pub fn to_char(&self, byte: usize) -> usize {
        if self.starts.is_empty() {
            byte
        } else {
            self.starts.binary_search(&byte).unwrap_or_else(|i| i)
        }
    }

    /// The byte offset of the code point after the one at `byte`.
    pub fn next_char(&self, byte: usize) -> usize {
        self.text[byte..]
            .chars()
            .next()
            .map_or(byte + 1, |c| byte + c.len_utf8())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Search,
    Match,
    Full,
    /// A search that rejects an empty match at its start.
    NonEmpty,
}

type Spans = Vec<Option<(usize, usize)>>;

/// One match attempt over `text[..end]` starting at byte `pos`.
fn attempt(
    vm: &Vm,
    pat: &Pattern,
    text: &str,
    pos: usize,
    end: usize,
    mode: Mode,
) -> PyResult<Option<Spans>> {
    let hay = &text[..end];
    if pos > hay.len() {
        return Ok(None);
    }
    let regex = match mode {
        Mode::Full => &pat.full,
        Mode::NonEmpty => &pat.nonempty,
        _ => &pat.regex,
    };
    let input = RegexInput::new(hay)
        .from_pos(pos)
        .anchored(matches!(mode, Mode::Match | Mode::Full));
    match regex.captures_input(input) {
        Ok(Some(caps)) => Ok(Some(
            (0..=pat.groups)
                .map(|i| caps.get(i).map(|m| (m.start(), m.end())))
                .collect(),
        )),
        Ok(None) => Ok(None),
        Err(fancy_regex::Error::RuntimeError(_)) => Err(vm.runtime_error(
            "regular expression exceeded its backtracking limit (catastrophic backtracking)",
        )),
        Err(e) => Err(vm.runtime_error(format!("regular expression failed: {e}"))),
    }
}

/// Bytes as text, one char per byte.
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

/// The subject of a call as text: a str for a str pattern, bytes (decoded as latin-1) for a
/// bytes pattern, or TypeError.
fn subject(vm: &Vm, v: &Value, is_bytes: bool) -> PyResult<Rc<crate::objects::PyStr>> {
    let v = vm.unwrap_builtin(v).unwrap_or_else(|| v.clone());
    match (&v, is_bytes) {
        (Value::Str(s), false) => Ok(s.clone()),
        (Value::Bytes(b), true) => Ok(Rc::new(crate::objects::PyStr::from_string(latin1(b)))),
        (Value::Str(_), true) => {
            Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        (Value::Bytes(_), false) => {
            Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        _ => Err(vm.type_error(format!(
            "expected string or bytes-like object, got '{}'",
            vm.type_name(&v)
        ))),
    }
}

/// A piece of the subject as the pattern's kind of string.
fn text_value(text: &str, is_bytes: bool) -> Value {
    if is_bytes {
        Value::Bytes(Rc::new(text.chars().map(|c| c as u32 as u8).collect()))
    } else {
        Value::str(text)
    }
}

/// `pos`/`endpos` arguments clamped to the string, in code points.
fn bounds(
    vm: &mut Vm,
    pos: &Option<Value>,
    endpos: &Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |v: i64| -> usize { v.clamp(0, len as i64) as usize };
    let p = match pos {
        Some(v) => clamp(vm.to_index(v)?),
        None => 0,
    };
    let e = match endpos {
        Some(v) => clamp(vm.to_index(v)?),
        None => len,
    };
    Ok((p, e.max(p)))
}

fn make_match(
    pat_value: &Value,
    pat: &Pattern,
    string: &Value,
    text: &Rc<crate::objects::PyStr>,
    off: &Offsets,
    spans: Spans,
    (pos, endpos): (usize, usize),
) -> Value {
    let chars = spans
        .iter()
        .map(|s| s.map(|(a, b)| (off.to_char(a), off.to_char(b))))
        .collect();
    Value::Native(Rc::new(NativeObject {
        class: pat.match_class.clone(),
        payload: Box::new(MatchData {
            string: string.clone(),
            text: text.clone(),
            is_bytes: pat.is_bytes,
            pattern: pat_value.clone(),
            byte_spans: spans,
            char_spans: chars,
            pos,
            endpos,
        }),
        dict: RefCell::new(None),
    }))
}

fn one_match(vm: &mut Vm, args: &Args, name: &str, mode: Mode) -> PyResult<Value> {
    let a = bind(vm, args, name, &["self", "string", "pos", "endpos"], 2)?;
    let pat_value = a[0].clone().unwrap_or(Value::None);
    let string = a[1].clone().unwrap_or(Value::None);
    let s = subject(vm, &string, pattern_of(vm, &pat_value)?.is_bytes)?;
    let off = Offsets::new(s.as_str());
    let (pos, endpos) = bounds(vm, &a[2], &a[3], off.char_len())?;
    let pat = pattern_of(vm, &pat_value)?;
    let found = attempt(
        vm,
        pat,
        s.as_str(),
        off.to_byte(pos),
        off.to_byte(endpos),
        mode,
    )?;
    Ok(match found {
        Some(spans) => make_match(&pat_value, pat, &string, &s, &off, spans, (pos, endpos)),
        None => Value::None,
    })
}

fn pattern_match(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_match(vm, args, "match", Mode::Match)
}

fn pattern_fullmatch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_match(vm, args, "fullmatch", Mode::Full)
}

fn pattern_search(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    one_match(vm, args, "search", Mode::Search)
}

/// Every match in `text[pos..end]` (byte offsets), as Python's scanner finds them: after
/// an empty match, the next match may start at the same place but must not be empty. Stops
/// after `limit` matches when it is non-zero.
fn all_matches(
    vm: &Vm,
    pat: &Pattern,
    off: &Offsets,
    pos: usize,
    end: usize,
    limit: usize,
) -> PyResult<Vec<Spans>> {
    let text = off.text;
    let mut out = Vec::new();
    let mut at = pos;
    let mut last_empty: Option<usize> = None;
    while at <= end {
        let mode = if last_empty == Some(at) {
            Mode::NonEmpty
        } else {
            Mode::Search
        };
        let Some(spans) = attempt(vm, pat, text, at, end, mode)? else {
            break;
        };
        let (s, e) = spans[0].unwrap_or((at, at));
        last_empty = (s == e).then_some(s);
        at = e;
        out.push(spans);
        if limit != 0 && out.len() >= limit {
            break;
        }
    }
    Ok(out)
}

fn slice(text: &str, span: Option<(usize, usize)>, is_bytes: bool) -> Value {
    match span {
        Some((a, b)) => text_value(&text[a..b], is_bytes),
        None => Value::None,
    }
}

fn pattern_findall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "findall", &["self", "string", "pos", "endpos"], 2)?;
    let pat_value = a[0].clone().unwrap_or(Value::None);
    let string = a[1].clone().unwrap_or(Value::None);
    let s = subject(vm, &string, pattern_of(vm, &pat_value)?.is_bytes)?;
    let off = Offsets::new(s.as_str());
    let (pos, endpos) = bounds(vm, &a[2], &a[3], off.char_len())?;
    let pat = pattern_of(vm, &pat_value)?;
    let found = all_matches(vm, pat, &off, off.to_byte(pos), off.to_byte(endpos), 0)?;
    let text = s.as_str();
    let empty = || text_value("", pat.is_bytes);
    let items = found
        .into_iter()
        .map(|spans| match pat.groups {
            0 => slice(text, spans[0], pat.is_bytes),
            1 => spans[1].map_or_else(empty, |sp| slice(text, Some(sp), pat.is_bytes)),
            _ => Value::tuple(
                spans[1..]
                    .iter()
                    .map(|sp| sp.map_or_else(empty, |sp| slice(text, Some(sp), pat.is_bytes)))
                    .collect(),
            ),
        })
        .collect();
    Ok(Value::list(items))
}

fn pattern_finditer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(
        vm,
        args,
        "finditer",
        &["self", "string", "pos", "endpos"],
        2,
    )?;
    let pat_value = a[0].clone().unwrap_or(Value::None);
    let string = a[1].clone().unwrap_or(Value::None);
    let s = subject(vm, &string, pattern_of(vm, &pat_value)?.is_bytes)?;
    let off = Offsets::new(s.as_str());
    let (pos, endpos) = bounds(vm, &a[2], &a[3], off.char_len())?;
    let pat = pattern_of(vm, &pat_value)?;
    let found = all_matches(vm, pat, &off, off.to_byte(pos), off.to_byte(endpos), 0)?;
    let items: Vec<Value> = found
        .into_iter()
        .map(|spans| make_match(&pat_value, pat, &string, &s, &off, spans, (pos, endpos)))
        .collect();
    Ok(Value::Iter(Rc::new(crate::objects::iter::IterObj::new(
        "callable_iterator",
        crate::objects::iter::IterState::Values { items, index: 0 },
    ))))
}

/// `sub`/`subn`: the new string and the number of replacements.
fn substitute(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, usize)> {
    let a = bind(vm, args, name, &["self", "repl", "string", "count"], 3)?;
    let pat_value = a[0].clone().unwrap_or(Value::None);
    let repl = a[1].clone().unwrap_or(Value::None);
    let string = a[2].clone().unwrap_or(Value::None);
    let count = match &a[3] {
        Some(v) => vm.to_index(v)?.max(0) as usize,
        None => 0,
    };
    let s = subject(vm, &string, pattern_of(vm, &pat_value)?.is_bytes)?;
    let text = s.as_str();
    let off = Offsets::new(text);
    let pat = pattern_of(vm, &pat_value)?;
    // A template is parsed once; a callable is called per match.
    let template: Option<Vec<Piece>> = match &repl {
        Value::Str(t) if !pat.is_bytes => Some(
            parse_template(t.as_str(), pat)
                .map_err(|e| template_error(vm, &pat.error_class.clone(), e, &repl))?,
        ),
        Value::Bytes(b) if pat.is_bytes => Some(
            parse_template(&latin1(b), pat)
                .map_err(|e| template_error(vm, &pat.error_class.clone(), e, &repl))?,
        ),
        _ => None,
    };
    // A string of the other kind is not called: CPython fails when it joins the pieces.
    let wrong_kind = matches!(repl, Value::Str(_) | Value::Bytes(_));
    let found = all_matches(vm, pat, &off, 0, text.len(), count)?;
    let n = found.len();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let match_class = pat.match_class.clone();
    // As CPython joins the pieces at the end, a callable's bad result is reported after
    // every call, with its index among the pieces.
    let mut piece_index = 0usize;
    let mut bad: Option<(usize, String)> = None;
    for spans in found {
        let (s0, e0) = spans[0].unwrap_or((last, last));
        if s0 > last {
            out.push_str(&text[last..s0]);
            piece_index += 1;
        }
        match &template {
            Some(pieces) => expand(pieces, text, &spans, &mut out),
            None if wrong_kind => {
                if bad.is_none() {
                    bad = Some((piece_index, vm.type_name(&repl)));
                }
                piece_index += 1;
            }
            None => {
                let m = Value::Native(Rc::new(NativeObject {
                    class: match_class.clone(),
                    payload: Box::new(MatchData {
                        string: string.clone(),
                        text: s.clone(),
                        is_bytes: pat.is_bytes,
                        pattern: pat_value.clone(),
                        char_spans: spans
                            .iter()
                            .map(|sp| sp.map(|(a, b)| (off.to_char(a), off.to_char(b))))
                            .collect(),
                        byte_spans: spans.clone(),
                        pos: 0,
                        endpos: off.char_len(),
                    }),
                    dict: RefCell::new(None),
                }));
                let r = vm.call0(&repl, &[m])?;
                match &r {
                    Value::Str(rs) if !pat.is_bytes => out.push_str(rs.as_str()),
                    Value::Bytes(rb) if pat.is_bytes => out.push_str(&latin1(rb)),
                    Value::None => piece_index = piece_index.wrapping_sub(1),
                    _ => {
                        if bad.is_none() {
                            bad = Some((piece_index, vm.type_name(&r)));
                        }
                    }
                }
                piece_index = piece_index.wrapping_add(1);
            }
        }
        last = e0;
    }
    if let Some((i, t)) = bad {
        return Err(vm.type_error(format!(
            "sequence item {i}: expected {}, {t} found",
            if pat.is_bytes {
                "a bytes-like object"
            } else {
                "str instance"
            }
        )));
    }
    out.push_str(&text[last..]);
    let result = if pat.is_bytes {
        text_value(&out, true)
    } else {
        Value::string(out)
    };
    Ok((result, n))
}

fn pattern_sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(substitute(vm, args, "sub")?.0)
}

fn pattern_subn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, n) = substitute(vm, args, "subn")?;
    Ok(Value::tuple(vec![s, Value::Int(n as i64)]))
}

fn pattern_split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "split", &["self", "string", "maxsplit"], 2)?;
    let pat_value = a[0].clone().unwrap_or(Value::None);
    let string = a[1].clone().unwrap_or(Value::None);
    let maxsplit = match &a[2] {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let s = subject(vm, &string, pattern_of(vm, &pat_value)?.is_bytes)?;
    let text = s.as_str();
    let off = Offsets::new(text);
    let pat = pattern_of(vm, &pat_value)?;
    if maxsplit < 0 {
        return Ok(Value::list(vec![text_value(text, pat.is_bytes)]));
    }
    let found = all_matches(vm, pat, &off, 0, text.len(), maxsplit as usize)?;
    let mut items = Vec::new();
    let mut last = 0;
    for spans in found {
        let (s0, e0) = spans[0].unwrap_or((last, last));
        items.push(text_value(&text[last..s0], pat.is_bytes));
        for sp in &spans[1..] {
            items.push(slice(text, *sp, pat.is_bytes));
        }
        last = e0;
    }
    items.push(text_value(&text[last..], pat.is_bytes));
    Ok(Value::list(items))
}

/// `re.IGNORECASE|re.MULTILINE` for the flags CPython shows (UNICODE is implied).
pub fn flags_repr(flags: i64) -> String {
    const NAMES: &[(i64, &str)] = &[
        (tr::ASCII, "ASCII"),
        (tr::IGNORECASE, "IGNORECASE"),
        (tr::LOCALE, "LOCALE"),
        (tr::UNICODE, "UNICODE"),
        (tr::MULTILINE, "MULTILINE"),
        (tr::DOTALL, "DOTALL"),
        (tr::VERBOSE, "VERBOSE"),
        (1, "TEMPLATE"),
        (128, "DEBUG"),
    ];
    let mut parts = Vec::new();
    let mut rest = flags;
    for (bit, name) in NAMES {
        if flags & bit != 0 {
            parts.push(format!("re.{name}"));
            rest &= !bit;
        }
    }
    if rest != 0 {
        parts.push(format!("{rest:#x}"));
    }
    parts.join("|")
}

fn pattern_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    let pat = pattern_of(vm, &a[0])?;
    let (source, flags) = (pat.source.clone(), pat.flags);
    let mut r = vm.repr(&source)?;
    if r.chars().count() > 200 {
        r = r.chars().take(200).collect();
    }
    let shown = flags & !tr::UNICODE;
    Ok(Value::string(if shown == 0 {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", flags_repr(shown))
    }))
}

fn pattern_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__eq__", 2)?;
    let x = pattern_of(vm, &a[0])?;
    let Ok(y) = pattern_of(vm, &a[1]) else {
        return Ok(Value::NotImplemented);
    };
    let (sx, sy, same_flags) = (x.source.clone(), y.source.clone(), x.flags == y.flags);
    Ok(Value::Bool(same_flags && vm.eq(&sx, &sy)?))
}

fn pattern_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__hash__", 1)?;
    let p = pattern_of(vm, &a[0])?;
    let (source, flags) = (p.source.clone(), p.flags);
    Ok(Value::Int(vm.hash(&source)? ^ flags))
}

fn pattern_pattern(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "pattern", 1)?;
    Ok(pattern_of(vm, &a[0])?.source.clone())
}

fn pattern_flags(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "flags", 1)?;
    Ok(Value::Int(pattern_of(vm, &a[0])?.flags))
}

fn pattern_groups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "groups", 1)?;
    Ok(Value::Int(pattern_of(vm, &a[0])?.groups as i64))
}

fn pattern_groupindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "groupindex", 1)?;
    let d = PyDict::new();
    for (name, i) in &pattern_of(vm, &a[0])?.names {
        d.set_str(name, Value::Int(*i as i64));
    }
    Ok(Value::Dict(Rc::new(d)))
}

// --- Match ---

/// The group number named by `v` (an int or a group name), or IndexError.
fn group_index(vm: &mut Vm, m: &MatchData, v: &Value) -> PyResult<usize> {
    let pat = pattern_of(vm, &m.pattern)?;
    let n = match v {
        Value::Str(s) => pat
            .names
            .iter()
            .find(|(name, _)| name == s.as_str())
            .map(|(_, i)| *i as i64),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_index(v).ok(),
        _ => None,
    };
    match n {
        Some(i) if i >= 0 && (i as usize) <= pat.groups => Ok(i as usize),
        _ => Err(vm.index_error("no such group")),
    }
}

fn group_value(m: &MatchData, i: usize, default: &Value) -> Value {
    match m.byte_spans[i] {
        Some(sp) => slice(m.text.as_str(), Some(sp), m.is_bytes),
        None => default.clone(),
    }
}

fn match_group(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::builtins::args::no_keywords(vm, args, "group")?;
    let pos = args.positional();
    let m = match_of(vm, &pos[0])?;
    if pos.len() == 1 {
        return Ok(group_value(m, 0, &Value::None));
    }
    let mut out = Vec::new();
    for g in &pos[1..] {
        let i = group_index(vm, m, g)?;
        out.push(group_value(m, i, &Value::None));
    }
    Ok(if out.len() == 1 {
        out.pop().unwrap_or(Value::None)
    } else {
        Value::tuple(out)
    })
}

fn match_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getitem__", 2)?;
    let m = match_of(vm, &a[0])?;
    let i = group_index(vm, m, &a[1])?;
    Ok(group_value(m, i, &Value::None))
}

fn match_groups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "groups", &["self", "default"], 1)?;
    let default = a[1].clone().unwrap_or(Value::None);
    let m = match_of(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(Value::tuple(
        (1..m.byte_spans.len())
            .map(|i| group_value(m, i, &default))
            .collect(),
    ))
}

fn match_groupdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "groupdict", &["self", "default"], 1)?;
    let default = a[1].clone().unwrap_or(Value::None);
    let m = match_of(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let pat = pattern_of(vm, &m.pattern)?;
    let d = PyDict::new();
    for (name, i) in &pat.names {
        d.set_str(name, group_value(m, *i, &default));
    }
    Ok(Value::Dict(Rc::new(d)))
}

/// The code-point span of the group named by the optional argument (-1, -1 if unmatched).
fn span_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    let a = bind(vm, args, name, &["self", "group"], 1)?;
    let m = match_of(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let i = match &a[1] {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(m.char_spans[i].map_or((-1, -1), |(s, e)| (s as i64, e as i64)))
}

fn match_start(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, args, "start")?.0))
}

fn match_end(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::Int(span_of(vm, args, "end")?.1))
}

fn match_span(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, e) = span_of(vm, args, "span")?;
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e)]))
}

fn match_expand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "expand", 2)?;
    let m = match_of(vm, &a[0])?;
    let pat = pattern_of(vm, &m.pattern)?;
    let template = match (&a[1], pat.is_bytes) {
        (Value::Str(t), false) => t.as_str().to_string(),
        (Value::Bytes(b), true) => latin1(b),
        (v, _) => {
            return Err(vm.type_error(format!(
                "expected {} instance, {} found",
                if pat.is_bytes {
                    "a bytes-like object"
                } else {
                    "str"
                },
                vm.type_name(v)
            )));
        }
    };
    let pieces = parse_template(&template, pat)
        .map_err(|e| template_error(vm, &pat.error_class.clone(), e, &a[1]))?;
    let mut out = String::new();
    expand(&pieces, m.text.as_str(), &m.byte_spans, &mut out);
    Ok(text_value(&out, m.is_bytes))
}

fn match_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__repr__", 1)?;
    let m = match_of(vm, &a[0])?;
    let (s, e) = m.char_spans[0].unwrap_or((0, 0));
    let text = group_value(m, 0, &Value::None);
    let r = vm.repr(&text)?;
    Ok(Value::string(format!(
        "<re.Match object; span=({s}, {e}), match={r}>"
    )))
}

fn match_string(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "string", 1)?;
    Ok(match_of(vm, &a[0])?.string.clone())
}

fn match_re(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "re", 1)?;
    Ok(match_of(vm, &a[0])?.pattern.clone())
}

fn match_pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "pos", 1)?;
    Ok(Value::Int(match_of(vm, &a[0])?.pos as i64))
}

fn match_endpos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "endpos", 1)?;
    Ok(Value::Int(match_of(vm, &a[0])?.endpos as i64))
}

/// The group that closed last: of the matched groups, the one ending last (the outer one
/// when nested groups end together).
fn last_index(m: &MatchData) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, sp) in m.byte_spans.iter().enumerate().skip(1) {
        if let Some((_, e)) = sp
            && best.is_none_or(|(_, be)| *e > be)
        {
            best = Some((i, *e));
        }
    }
    best.map(|(i, _)| i)
}

fn match_lastindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "lastindex", 1)?;
    let m = match_of(vm, &a[0])?;
    Ok(last_index(m).map_or(Value::None, |i| Value::Int(i as i64)))
}

fn match_lastgroup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "lastgroup", 1)?;
    let m = match_of(vm, &a[0])?;
    let Some(i) = last_index(m) else {
        return Ok(Value::None);
    };
    let pat = pattern_of(vm, &m.pattern)?;
    Ok(pat
        .names
        .iter()
        .find(|(_, g)| *g == i)
        .map_or(Value::None, |(n, _)| Value::str(n)))
}

fn match_regs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "regs", 1)?;
    let m = match_of(vm, &a[0])?;
    Ok(Value::tuple(
        m.char_spans
            .iter()
            .map(|sp| {
                let (s, e) = sp.map_or((-1, -1), |(s, e)| (s as i64, e as i64));
                Value::tuple(vec![Value::Int(s), Value::Int(e)])
            })
            .collect(),
    ))
}
