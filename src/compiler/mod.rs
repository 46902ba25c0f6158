//! The compiler: scope analysis and code generation from the AST to bytecode.

pub mod bytecode;
pub mod codegen;
pub mod symtable;
