//! Python objects: the `Value` type and one file per type family, plus pure helpers
//! (number semantics, formatting, text algorithms, reprs) shared by the VM and builtins.

pub mod class;
pub mod dict;
pub mod format;
pub mod function;
pub mod heap;
pub mod iter;
pub mod module;
pub mod number;
mod printable;
pub mod repr;
pub mod set;
pub mod stand_in;
pub mod str;
pub mod text;
pub mod value;
pub mod wtf8;

pub use str::PyStr;
pub use value::Value;
