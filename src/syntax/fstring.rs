//! f-string bodies: literal parts, `{expr!r:spec}` fields, nested specs, the `=` debug form.
use super::ast::{Expr, Span};
use super::error::SyntaxError;
use super::token::FStringLit;

pub struct Parts { lo: usize, hi: usize, values: Vec<Expr> }
impl Parts {
    pub fn new(lo: usize, hi: usize) -> Parts { Parts { lo, hi, values: Vec::new() } }
    pub fn push_str(&mut self, _s: &str) {}
    pub fn finish(self) -> Expr { todo!() }
}
pub fn parse_into(_source: &str, _f: &FStringLit, _parts: &mut Parts) -> Result<(), SyntaxError> { Err(SyntaxError::new("todo", Span::default())) }
