//! Module objects: a name and a namespace.

use crate::objects::heap::Rc;

use super::dict::PyDict;

pub struct Module {
    pub name: String,
    pub dict: Rc<PyDict>,
}
