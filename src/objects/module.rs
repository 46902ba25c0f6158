//! Module objects: a name and a namespace.

use std::rc::Rc;

use super::dict::PyDict;

pub struct Module {
    pub name: String,
    pub dict: Rc<PyDict>,
}
