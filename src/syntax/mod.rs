//! The front end: source text → tokens → AST, and syntax errors.

pub mod ast;
pub mod builder;
pub mod diagnostic;
pub mod dump;
pub mod encoding;
pub mod error;
pub mod fstring;
pub mod lexer;
pub mod parser;
pub mod source;
pub mod token;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::{parse_expression, parse_interactive, parse_module};
pub use source::SourceFile;
