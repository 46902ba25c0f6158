//! `ast.dump()`-compatible printing of the AST (used by `pyth parse` and the tests).

// TEMPORARY PLACEHOLDER (cli branch): lets `pyth parse` compile until the real `ast.dump`
// printer lands. The owner of dump.rs replaces this whole file.
use super::ast::Module;

pub fn dump_module(m: &Module) -> String {
    format!("{m:?}")
}
