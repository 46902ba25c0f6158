//! Python object helpers shared by the front end and the VM.

mod printable;
pub mod repr;
