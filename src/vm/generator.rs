//! Generator objects: a suspended frame resumed by `next()`/`send()`/`for`.

use std::cell::{Cell, RefCell};

use super::frame::Frame;
use super::gc::Finalizers;
use crate::compiler::bytecode::Code;
use crate::objects::heap::Rc;

pub struct Generator {
    pub frame: RefCell<Option<Frame>>,
    pub started: Cell<bool>,
    pub running: Cell<bool>,
    pub name: String,
    pub qualname: String,
    /// Where the generator goes to be closed if it is dropped while suspended.
    pub finalizers: Rc<Finalizers>,
}

impl Generator {
    pub fn new(frame: Frame, code: &Code, finalizers: Rc<Finalizers>) -> Generator {
        Generator {
            frame: RefCell::new(Some(frame)),
            started: Cell::new(false),
            running: Cell::new(false),
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            finalizers,
        }
    }
}
