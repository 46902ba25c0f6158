//! Native modules (`sys`, `time`, `math`, `random`, …) and the Python-source standard
//! library embedded from `stdlib/`.

pub mod collections;
pub mod gc;
pub mod io;
pub mod math;
pub mod random;
pub mod random_mt;
pub mod sys;
#[cfg(debug_assertions)]
pub mod testing;
pub mod thread;
pub mod time;
pub mod urllib;

use crate::objects::heap::Rc;

use crate::objects::Value;
use crate::objects::function::NativeFn;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm};

/// Builds the native module `name`, if there is one.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Rc<Module>>> {
    Ok(Some(match name {
        "sys" => sys::module(vm),
        "time" => time::module(vm),
        "_thread" => thread::module(vm),
        "urllib" => urllib::package(vm),
        "urllib.error" => urllib::error_module(vm)?,
        "urllib.request" => urllib::request_module(vm)?,
        "_collections" => collections::module(vm),
        "io" => io::module(vm),
        "math" => math::module(vm),
        "gc" => gc::module(vm),
        "random" => random::module(vm),
        #[cfg(debug_assertions)]
        "_pyth_testing" => testing::module(vm),
        _ => return Ok(None),
    }))
}

/// The source of a standard-library module written in Python: (text, is_package).
pub fn stdlib_source(name: &str) -> Option<(&'static str, bool)> {
    Some(match name {
        "threading" => (include_str!("../../stdlib/threading.py"), false),
        "queue" => (include_str!("../../stdlib/queue.py"), false),
        "heapq" => (include_str!("../../stdlib/heapq.py"), false),
        "collections" => (include_str!("../../stdlib/collections/__init__.py"), true),
        "concurrent" => (include_str!("../../stdlib/concurrent/__init__.py"), true),
        "concurrent.futures" => (
            include_str!("../../stdlib/concurrent/futures/__init__.py"),
            true,
        ),
        _ => return None,
    })
}

/// A module object with the given native functions.
pub fn new_native_module(vm: &mut Vm, name: &str, fns: &[(&'static str, NativeFn)]) -> Rc<Module> {
    let m = vm.new_module(name, None);
    for (fname, f) in fns {
        m.dict.set_str(fname, crate::builtins::native(fname, *f));
    }
    m
}

/// Sets a module attribute.
pub fn set(m: &Rc<Module>, name: &str, v: Value) {
    m.dict.set_str(name, v);
}
