//! Generator objects: a suspended frame resumed by `next()`/`send()`/`for`.

use std::cell::{Cell, RefCell};

use super::frame::Frame;
use crate::compiler::bytecode::Code;

pub struct Generator {
    pub frame: RefCell<Option<Frame>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub name: String,
    pub qualname: String,
}

impl Generator {
    pub fn new(frame: Frame, code: &Code) -> Generator {
        Generator {
            frame: RefCell::new(Some(frame)),
            started: Cell::new(false),
            running: Cell::new(false),
            name: code.name.clone(),
            qualname: code.qualname.clone(),
        }
    }
}
