//! Tracebacks: where an exception passed, and CPython's text layout for printing one.

use std::rc::Rc;

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
    fn format_one(&mut self, exc: &Value, out: &mut String) {
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
