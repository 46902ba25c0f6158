//! pyth: an embeddable interpreter for a Python subset whose threads are real OS threads
//! taking turns on a Global Interpreter Lock.
//!
//! The pipeline: [`syntax`] (lexer, LALRPOP grammar, AST, syntax errors) → [`compiler`]
//! (scopes, bytecode) → [`vm`] (eval loop, GIL), with [`objects`], [`builtins`] and
//! [`modules`] beside it.

// `&[x.clone()]` reads better than `std::slice::from_ref(&x)` in argument lists.
#![allow(clippy::cloned_ref_to_slice_refs)]

pub mod builtins;
pub mod cli;
pub mod compiler;
pub mod modules;
pub mod objects;
pub mod syntax;
pub mod vm;
