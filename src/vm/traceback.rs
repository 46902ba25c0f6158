//! Tracebacks: where an exception passed, and CPython's text layout for printing one.

use crate::objects::heap::Rc;

use super::{PyErr, Vm};
use crate::compiler::bytecode::Code;
use crate::objects::Value;

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
        let tb = inst
            .exception()
            .map(|st| st.borrow().traceback.clone())
            .unwrap_or_default();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let line = entry.line();
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.code.source.name, line, entry.code.name
                ));
                let text = entry.code.source.line_text(line).trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {text}\n"));
                    if let Some(carets) = caret_line(entry) {
                        out.push_str(&carets);
                    }
                }
            }
        }
        out.push_str(&self.exception_only(exc));
        out.push('\n');
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
        let msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".into(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }
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
