//! Native modules (`sys`, `time`, `math`, `random`, …) and the Python-source standard
//! library embedded from `stdlib/`.

pub mod collections;
pub mod gc;
pub mod hashlib;
pub mod io;
pub mod itertools;
pub mod itertools_combinatoric;
pub mod json;
pub mod json_decode;
pub mod json_encode;
pub mod math;
pub mod posix;
pub mod random;
pub mod random_mt;
pub mod re;
pub mod re_template;
pub mod re_translate;
pub mod signal;
pub mod structmod;
pub mod sys;
#[cfg(debug_assertions)]
pub mod testing;
pub mod thread;
pub mod time;
pub mod time_format;
pub mod traceback;
pub mod urllib;
pub mod weakref;

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
        "_io" => io::module(vm),
        "math" => math::module(vm),
        "posix" => posix::module(vm),
        "_weakref" => weakref::module(vm),
        "signal" => signal::module(vm),
        "struct" => structmod::module(vm),
        "gc" => gc::module(vm),
        "_traceback" => traceback::module(vm),
        "random" => random::module(vm),
        "itertools" => itertools::module(vm),
        "_json" => json::module(vm),
        "hashlib" => hashlib::module(vm)?,
        "_re" => re::module(vm),
        #[cfg(debug_assertions)]
        "_pyth_testing" => testing::module(vm),
        _ => return Ok(None),
    }))
}

mod stdlib_table {
    include!(concat!(env!("OUT_DIR"), "/stdlib_table.rs"));
}

/// The source of a standard-library module written in Python: (text, is_package). Every `.py`
/// file under `stdlib/` is in the table (see build.rs).
pub fn stdlib_source(name: &str) -> Option<(&'static str, bool)> {
    let table = stdlib_table::STDLIB;
    let i = table.binary_search_by(|(n, _, _)| (*n).cmp(name)).ok()?;
    let (_, src, is_pkg) = table[i];
    Some((src, is_pkg))
}

/// The names of every Python-source standard-library module, sorted.
pub fn stdlib_names() -> impl Iterator<Item = &'static str> {
    stdlib_table::STDLIB.iter().map(|(n, _, _)| *n)
}

/// A module object with the given native functions.
pub fn new_native_module(vm: &mut Vm, name: &str, fns: &[(&'static str, NativeFn)]) -> Rc<Module> {
    let m = vm.new_module(name, None);
    for (fname, f) in fns {
        m.dict
            .set_str(fname, crate::builtins::native_function(fname, *f));
    }
    m
}

/// Sets a module attribute.
pub fn set(m: &Rc<Module>, name: &str, v: Value) {
    m.dict.set_str(name, v);
}
