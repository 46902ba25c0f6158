//! f-string bodies: literal parts, `{expr!r:spec}` fields, nested specs, the `=` debug form.
//!
//! The lexer hands over the raw text between the quotes; this module splits it as CPython
//! 3.11's `fstring_find_expr` does and parses each field's expression with the real parser
//! (via a lexer over the same source range, so spans stay true).

use super::ast::{Expr, ExprKind, Span};
use super::error::SyntaxError;
use super::lexer::{Lexer, decode_str_escapes};
use super::parser::parse_tokens;
use super::token::FStringLit;
use crate::objects::wtf8::Wtf8Buf;

/// The pieces of one (possibly implicitly concatenated) f-string, merged as CPython does:
/// neighbouring literal text becomes one `Constant`, empty text is dropped.
pub struct Parts {
    span: Span,
    values: Vec<Expr>,
    pending: Wtf8Buf,
}

impl Parts {
    pub fn new(lo: usize, hi: usize) -> Parts {
        Parts {
            span: Span::new(lo, hi),
            values: Vec::new(),
            pending: Wtf8Buf::new(),
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.pending.push_str(s);
    }

    /// Appends literal text that may hold lone surrogates.
    pub fn push_text(&mut self, s: &Wtf8Buf) {
        self.pending.push_wtf8(s.as_bytes());
    }

    fn push_field(&mut self, field: Expr) {
        self.flush();
        self.values.push(field);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let value = super::ast::Constant::Str(std::mem::take(&mut self.pending));
            self.values
                .push(Expr::new(ExprKind::Constant { value }, self.span));
        }
    }

    pub fn finish(mut self) -> Expr {
        self.flush();
        Expr::new(
            ExprKind::JoinedStr {
                values: self.values,
            },
            self.span,
        )
    }
}

/// Parses one f-string literal's body into `parts`.
pub fn parse_into(source: &str, lit: &FStringLit, parts: &mut Parts) -> Result<(), SyntaxError> {
    let mut scanner = Scanner {
        source,
        body: &lit.body,
        base: lit.body_start,
        line: lit.line,
        raw: lit.raw,
        pos: 0,
        span: parts.span,
    };
    scanner.parse_parts(parts, 0)?;
    Ok(())
}

struct Scanner<'a> {
    source: &'a str,
    body: &'a str,
    /// Offset of `body` in `source`.
    base: usize,
    /// Line number of `base`.
    line: u32,
    raw: bool,
    pos: usize,
    /// The whole string's span, for errors and for the nodes (as CPython 3.11 does).
    span: Span,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.body.as_bytes().get(self.pos).copied()
    }

    fn peek_at(&self, i: usize) -> Option<u8> {
        self.body.as_bytes().get(self.pos + i).copied()
    }

    fn error(&self, msg: &str) -> SyntaxError {
        let at = self.base + self.pos.min(self.body.len());
        SyntaxError::new(msg, Span::new(at, at))
    }

    /// Literal text and fields up to the end of the body, or (inside a format spec, `depth`
    /// > 0) up to the `}` that closes the field.
    fn parse_parts(&mut self, parts: &mut Parts, depth: usize) -> Result<(), SyntaxError> {
        loop {
            let start = self.pos;
            // Literal text up to the next brace.
            while let Some(c) = self.peek() {
                match c {
                    b'{' | b'}' => break,
                    b'\\' if !self.raw => {
                        // `\N{NAME}` braces belong to the escape.
                        if self.peek_at(1) == Some(b'N') && self.peek_at(2) == Some(b'{') {
                            match self.body[self.pos..].find('}') {
                                Some(close) => self.pos += close + 1,
                                None => self.pos = self.body.len(),
                            }
                        } else {
                            self.pos += 1 + self.peek_at(1).map_or(0, |_| 1);
                            while !self.body.is_char_boundary(self.pos.min(self.body.len())) {
                                self.pos += 1;
                            }
                            self.pos = self.pos.min(self.body.len());
                        }
                    }
                    _ => self.pos += 1,
                }
            }
            self.push_literal(parts, start, self.pos)?;
            match self.peek() {
                None => return Ok(()),
                Some(b'{') => {
                    if depth == 0 && self.peek_at(1) == Some(b'{') {
                        parts.push_str("{");
                        self.pos += 2;
                        continue;
                    }
                    self.pos += 1;
                    let (debug_text, field) = self.parse_field(depth)?;
                    if let Some(text) = debug_text {
                        parts.push_str(&text);
                    }
                    parts.push_field(field);
                }
                Some(_) => {
                    // `}`
                    if depth > 0 {
                        return Ok(());
                    }
                    if self.peek_at(1) == Some(b'}') {
                        parts.push_str("}");
                        self.pos += 2;
                        continue;
                    }
                    self.pos += 1;
                    return Err(self.error("f-string: single '}' is not allowed"));
                }
            }
        }
    }

    fn push_literal(&self, parts: &mut Parts, start: usize, end: usize) -> Result<(), SyntaxError> {
        if start == end {
            return Ok(());
        }
        let text = &self.body[start..end];
        if self.raw || !text.contains('\\') {
            parts.push_str(text);
        } else {
            parts.push_text(&decode_str_escapes(text, self.base + start)?);
        }
        Ok(())
    }

    /// After a `{`: the expression, `=`, `!conversion`, `:spec`, and the closing `}`.
    /// Returns the `=` form's literal text (if any) and the `FormattedValue`.
    fn parse_field(&mut self, depth: usize) -> Result<(Option<String>, Expr), SyntaxError> {
        if depth >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let expr_start = self.pos;
        let mut nesting: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None; // (quote char, triple)
        loop {
            let Some(c) = self.peek() else {
                return Err(self.error("f-string: expecting '}'"));
            };
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return Err(self.error("f-string expression part cannot include a backslash"));
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if self.peek_at(1) == Some(q) && self.peek_at(2) == Some(q) {
                        quote = None;
                        self.pos += 2;
                    }
                }
                self.pos += 1;
                continue;
            }
            match c {
                b'\\' => {
                    return Err(self.error("f-string expression part cannot include a backslash"));
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    let triple = self.peek_at(1) == Some(c) && self.peek_at(2) == Some(c);
                    quote = Some((c, triple));
                    self.pos += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    nesting.push(c);
                    self.pos += 1;
                    continue;
                }
                b')' | b']' | b'}' if !nesting.is_empty() => {
                    nesting.pop();
                    self.pos += 1;
                    continue;
                }
                b'}' | b'!' | b':' | b'=' | b'<' | b'>' if nesting.is_empty() => {
                    let next = self.peek_at(1);
                    if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        self.pos += 2;
                        continue;
                    }
                    if c == b'<' || c == b'>' {
                        self.pos += 1;
                        continue;
                    }
                    break;
                }
                _ => self.pos += 1,
            }
        }
        let expr_end = self.pos;
        if self.body[expr_start..expr_end].trim().is_empty() {
            return Err(self.error("f-string: empty expression not allowed"));
        }
        let value = self.parse_expr(expr_start, expr_end)?;

        // The `=` debug form: the expression text (with the `=` and its trailing spaces)
        // becomes literal text before the value.
        let mut debug_text = None;
        if self.peek() == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')) {
                self.pos += 1;
            }
            debug_text = Some(self.body[expr_start..self.pos].to_string());
        }
        let mut conversion = -1;
        if self.peek() == Some(b'!') {
            self.pos += 1;
            let c = self.peek();
            let next = self.peek_at(1);
            match c {
                Some(c @ (b's' | b'r' | b'a')) if matches!(next, Some(b':' | b'}')) => {
                    conversion = c as i32;
                    self.pos += 1;
                }
                Some(b's' | b'r' | b'a') => {
                    self.pos += 1;
                    return Err(self.error("f-string: expecting '}'"));
                }
                _ => {
                    return Err(self.error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ));
                }
            }
        }
        let mut format_spec = None;
        if self.peek() == Some(b':') {
            self.pos += 1;
            let mut spec = Parts::new(self.span.start as usize, self.span.end as usize);
            self.parse_parts(&mut spec, depth + 1)?;
            format_spec = Some(Box::new(spec.finish()));
        }
        if self.peek() != Some(b'}') {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.pos += 1;
        if debug_text.is_some() && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i32;
        }
        let field = Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            self.span,
        );
        Ok((debug_text, field))
    }

    fn parse_expr(&self, start: usize, end: usize) -> Result<Expr, SyntaxError> {
        let line = self.line + self.body[..start].bytes().filter(|&b| b == b'\n').count() as u32;
        let lexer = Lexer::new_fstring_field(self.source, self.base + start, self.base + end, line);
        match parse_tokens(self.source, lexer) {
            Ok(super::builder::Top::Expression(e)) => Ok(e),
            Ok(_) => unreachable!("an f-string field lexer starts an expression"),
            Err(mut e) => {
                if !e.msg.starts_with("f-string") {
                    e.msg = format!("f-string: {}", e.msg);
                }
                Err(e)
            }
        }
    }
}
