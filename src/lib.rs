//! pyth: an embeddable interpreter for a Python subset whose threads are real OS threads
//! taking turns on a Global Interpreter Lock.
//!
//! The pipeline: [`syntax`] (lexer, LALRPOP grammar, AST, syntax errors) → compiler → vm.

pub mod cli;
pub mod objects;
pub mod syntax;
