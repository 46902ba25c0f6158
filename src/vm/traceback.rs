//! Tracebacks: where an exception passed, and CPython's text layout for printing one.

use crate::objects::heap::Rc;

use super::{PyErr, Vm};
use crate::compiler::bytecode::Code;
use crate::objects::Value;
use crate::objects::class::Instance;

/// One frame an exception passed through: the code and the instruction that was running.
#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub ip: u32,
}

impl TracebackEntry {
    pub fn line(&self) -> usize {
        self.code.line_of(self.ip as usize)
    }
}

impl Vm {
    /// The full report CPython prints for an uncaught exception, chained exceptions first.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(&err.value(), &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let Value::Instance(inst) = exc else { return };
        let id = Rc::as_ptr(inst) as usize;
        seen.push(id);
        let (cause, context, suppress) = match inst.exception() {
            Some(st) => {
                let st = st.borrow();
                (st.cause.clone(), st.context.clone(), st.suppress_context)
            }
            None => (None, None, false),
        };
        if let Some(c) = &cause
            && !seen.contains(&(crate::vm::ops::identity(c)))
        {
            self.format_chain(c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if !suppress
            && let Some(c) = &context
            && !seen.contains(&(crate::vm::ops::identity(c)))
        {
            self.format_chain(c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        self.format_one(exc, out);
    }

    /// One exception: its traceback entries and the `Type: message` line.
    pub(crate) fn format_one(&mut self, exc: &Value, out: &mut String) {
        let Value::Instance(inst) = exc else { return };
        if let Some(st) = inst.exception() {
            let st = st.borrow();
            if !st.traceback.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                // Entries are stored innermost first; printed outermost first.
                let outermost_first: Vec<&TracebackEntry> = st.traceback.iter().rev().collect();
                for piece in format_entries(&outermost_first) {
                    out.push_str(&piece);
                }
            }
        }
        out.push_str(&self.exception_only_with_suggestion(exc));
        out.push('\n');
    }

    /// `Type: message`, with CPython's "Did you mean" for a `NameError` that has a traceback.
    pub fn exception_only_with_suggestion(&mut self, exc: &Value) -> String {
        let mut text = self.exception_only(exc);
        if let Value::Instance(inst) = exc
            && let Some(st) = inst.exception()
            && let Some(suggestion) = self.name_error_suggestion(inst, &st.borrow().traceback)
        {
            text.push_str(&format!(". Did you mean: '{suggestion}'?"));
        }
        text
    }

    /// CPython 3.11's suggestion for an uncaught `NameError` (`offer_suggestions_for_name_error`
    /// in Python/suggestions.c): the closest name among the innermost frame's local variable
    /// names, else its module's globals, else the builtins.
    fn name_error_suggestion(&self, inst: &Instance, tb: &[TracebackEntry]) -> Option<String> {
        if !Rc::ptr_eq(&inst.class.borrow(), &self.types().name_error) {
            return None;
        }
        let name = inst.dict.get_str("name")?;
        let name = name.as_str()?;
        let innermost = tb.first()?;
        if let Some(found) = closest_name(name, innermost.code.varnames.iter().map(String::as_str))
        {
            return Some(found.to_string());
        }
        // The module whose file the innermost code came from; without it, no suggestion
        // (suggesting a builtin where CPython would suggest a global would be wrong).
        let file = &innermost.code.source.name;
        let globals = self
            .state
            .modules
            .values()
            .into_iter()
            .find_map(|m| match m {
                Value::Module(m)
                    if m.dict.get_str("__file__").as_ref().and_then(Value::as_str)
                        == Some(file.as_str()) =>
                {
                    Some(m.dict.clone())
                }
                _ => None,
            })?;
        for dict in [globals.keys(), self.builtins().keys()] {
            let keys: Vec<String> = dict
                .iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect();
            if let Some(found) = closest_name(name, keys.iter().map(String::as_str)) {
                return Some(found.to_string());
            }
        }
        None
    }

    /// `Type: message` (or just `Type`), with the module prefix for non-builtin classes.
    pub fn exception_only(&mut self, exc: &Value) -> String {
        let cls = self.type_of(exc);
        let module = cls
            .dict
            .get_str("__module__")
            .and_then(|m| m.as_str().map(str::to_string))
            .unwrap_or_else(|| "builtins".into());
        let mut name = cls.qualname.borrow().clone();
        if module != "builtins" && module != "__main__" {
            name = format!("{module}.{name}");
        }
        // As stderr writes it: a lone surrogate in the message comes out as `\udc80`.
        let msg = match self.str_value(exc) {
            Ok(Value::Str(m)) => crate::builtins::codecs::with_surrogates_escaped(&m),
            Ok(_) | Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
}

/// The text of traceback entries (outermost first) as CPython prints them: one string per
/// entry (`  File "f.py", line 3, in g` and its source line with carets), and after 3
/// identical entries in a row (same file, line and function) one
/// `  [Previous line repeated N more times]` string for the rest.
pub fn format_entries(entries: &[&TracebackEntry]) -> Vec<String> {
    const CUTOFF: usize = 3;
    let mut pieces = Vec::new();
    let mut last: Option<(String, usize, String)> = None;
    let mut repeats = 0usize;
    let flush = |pieces: &mut Vec<String>, repeats: usize| {
        if repeats > CUTOFF {
            let n = repeats - CUTOFF;
            let s = if n == 1 { "" } else { "s" };
            pieces.push(format!("  [Previous line repeated {n} more time{s}]\n"));
        }
    };
    for entry in entries {
        let line = entry.line();
        let key = (
            entry.code.source.name.to_string(),
            line,
            entry.code.name.to_string(),
        );
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush(&mut pieces, repeats);
            last = Some(key);
            repeats = 1;
        }
        if repeats > CUTOFF {
            continue;
        }
        let mut piece = format!(
            "  File \"{}\", line {}, in {}\n",
            entry.code.source.name, line, entry.code.name
        );
        let text = entry.code.source.line_text(line).trim();
        if !text.is_empty() {
            piece.push_str(&format!("    {text}\n"));
            if let Some(carets) = caret_line(entry) {
                piece.push_str(&carets);
            }
        }
        pieces.push(piece);
    }
    flush(&mut pieces, repeats);
    pieces
}

/// Character count of the first `byte_offset` bytes of `s` (CPython's
/// `_byte_offset_to_character_offset`).
fn char_offset(s: &str, byte_offset: usize) -> usize {
    let b = byte_offset.min(s.len());
    String::from_utf8_lossy(&s.as_bytes()[..b]).chars().count()
}

/// CPython 3.11's indicator line under a traceback's source line: `^^^^` under the failing
/// expression, or `~~~^~~~` anchors for binary operators and subscripts; `None` when the
/// expression spans the whole line.
fn caret_line(entry: &TracebackEntry) -> Option<String> {
    let code = &entry.code;
    let span = *code.spans.get(entry.ip as usize)?;
    let source = &code.source;
    let (line, col) = source.line_col(span.start);
    let (end_line, end_col) = source.line_col(span.end);
    let original = source.line_text(line);
    let stripped = original.trim_start();
    let stripped_chars = original.chars().count() - stripped.chars().count();
    let stripped_len = stripped.trim_end().chars().count();
    let start = char_offset(original, col) + 1;
    let mut end = char_offset(original, end_col) + 1;
    let mut anchors = None;
    if line == end_line {
        let seg_end = end_col.min(original.len());
        if col <= seg_end {
            anchors = segment_anchors(&original[col..seg_end]);
        }
    } else {
        end = stripped_chars + stripped_len + 1;
    }
    let show = end.saturating_sub(start) < stripped_len || anchors.is_some_and(|(l, r)| r > l);
    if !show || end <= start {
        return None;
    }
    let mut row = String::from("    ");
    row.push_str(&" ".repeat(start - 1 - stripped_chars));
    match anchors {
        Some((left, right)) => {
            let width = end - start;
            row.push_str(&"~".repeat(left.min(width)));
            row.push_str(&"^".repeat(right.saturating_sub(left).min(width.saturating_sub(left))));
            row.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => row.push_str(&"^".repeat(end - start)),
    }
    row.push('\n');
    Some(row)
}

/// The operator (or `[...]`) anchors of a one-line expression segment, in characters.
fn segment_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let module = crate::syntax::parse_module(segment).ok()?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let bytes = segment.as_bytes();
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let op_start = left.span.end as usize;
            let op_end = right.span.start as usize;
            let op_str = segment.get(op_start..op_end)?;
            let offset = op_str.len() - op_str.trim_start().len();
            let mut left_anchor = op_start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < op_str.len() && !(op_str.as_bytes()[offset + 1] as char).is_whitespace()
            {
                right_anchor += 1;
            }
            while left_anchor < bytes.len()
                && ((bytes[left_anchor] as char).is_whitespace()
                    || b")#".contains(&bytes[left_anchor]))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((
                char_offset(segment, left_anchor),
                char_offset(segment, right_anchor),
            ))
        }
        ExprKind::Subscript {
            value: v, slice, ..
        } => {
            let mut left_anchor = char_offset(segment, v.span.end as usize);
            let mut right_anchor = char_offset(segment, slice.span.end as usize + 1);
            let chars: Vec<char> = segment.chars().collect();
            while left_anchor < chars.len()
                && (chars[left_anchor].is_whitespace() || chars[left_anchor] != '[')
            {
                left_anchor += 1;
            }
            while right_anchor < chars.len()
                && (chars[right_anchor].is_whitespace() || chars[right_anchor] != ']')
            {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

/// CPython's `calculate_suggestions`: the candidate at the smallest Levenshtein distance, if
/// no more than about a third of the characters differ; none when there are 750 or more.
fn closest_name<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(item, _)| item)
}

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        MOVE_COST
    } else if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` (suggestions.c): moves cost 2, case changes 1; anything
/// over `max_cost` is reported as `max_cost + 1`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    let suf = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    a = &a[..a.len() - suf];
    b = &b[..b.len() - suf];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ch);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}
