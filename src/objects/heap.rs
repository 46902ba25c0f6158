//! `Rc`: the handle through which every heap object is reached.
//!
//! Python objects are shared between OS threads, and their reference counts are not atomic
//! (as CPython's are not): that is sound only because a thread touches them while it holds its
//! interpreter's GIL. This wrapper around `std::rc::Rc` is where that rule is checked. In
//! builds with debug assertions (the test suite), creating, cloning or dropping a handle on a
//! thread that has released the GIL panics at once, so any path that frees or shares an object
//! without the GIL — a value outliving its thread's hold on the GIL, unwinding past the blocking
//! door — fails loudly in the tests instead of corrupting the heap now and then. In release
//! builds the checks compile away and the wrapper costs nothing.

use std::any::{Any, TypeId};
use std::ops::Deref;

/// A reference-counted heap object (see the module comment).
pub struct Rc<T: ?Sized + 'static>(std::rc::Rc<T>);

/// A handle that does not keep its object alive (the cycle collector's registry).
pub struct Weak<T: ?Sized + 'static>(std::rc::Weak<T>);

impl<T: ?Sized + 'static> Weak<T> {
    /// A strong handle, if the object is still alive.
    #[inline]
    pub fn upgrade(&self) -> Option<Rc<T>> {
        crate::vm::gil::debug_check_gil("cloned");
        self.0.upgrade().map(Rc)
    }

    /// Whether the object has been freed.
    #[inline]
    pub fn is_dead(&self) -> bool {
        self.0.strong_count() == 0
    }
}

impl<T: 'static> Rc<T> {
    #[inline]
    pub fn new(value: T) -> Rc<T> {
        crate::vm::gil::debug_check_gil("created");
        Rc(std::rc::Rc::new(value))
    }
}

impl<T: ?Sized + 'static> Rc<T> {
    /// A handle that does not keep the object alive.
    #[inline]
    pub fn downgrade(this: &Rc<T>) -> Weak<T> {
        Weak(std::rc::Rc::downgrade(&this.0))
    }

    /// Whether two handles point at the same object (`is`).
    #[inline]
    pub fn ptr_eq(a: &Rc<T>, b: &Rc<T>) -> bool {
        std::rc::Rc::ptr_eq(&a.0, &b.0)
    }

    #[inline]
    pub fn as_ptr(this: &Rc<T>) -> *const T {
        std::rc::Rc::as_ptr(&this.0)
    }

    /// How many handles point at the object (the cycle collector's starting count).
    #[inline]
    pub fn strong_count(this: &Rc<T>) -> usize {
        std::rc::Rc::strong_count(&this.0)
    }
}

impl<T: ?Sized + 'static> Clone for Rc<T> {
    #[inline]
    fn clone(&self) -> Rc<T> {
        crate::vm::gil::debug_check_gil("cloned");
        Rc(self.0.clone())
    }
}

impl<T: ?Sized + 'static> Drop for Rc<T> {
    #[inline]
    fn drop(&mut self) {
        crate::vm::gil::debug_check_gil("dropped");
        // The finalizer hook: the last handle of an instance (whose class may have
        // `__del__`) or of a generator (which may be suspended inside `try`/`with`) goes
        // to the collector, which keeps the object alive until its finalizer has run at the
        // next safe point. The type test is decided at compile time for every other type.
        if (TypeId::of::<T>() == TypeId::of::<crate::objects::class::Instance>()
            || TypeId::of::<T>() == TypeId::of::<crate::vm::generator::Generator>())
            && std::rc::Rc::strong_count(&self.0) == 1
        {
            let any: &dyn Any = &self.0;
            if let Some(inst) = any.downcast_ref::<std::rc::Rc<crate::objects::class::Instance>>() {
                crate::vm::gc::finalize::instance_dropped(Rc(inst.clone()));
            } else if let Some(g) =
                any.downcast_ref::<std::rc::Rc<crate::vm::generator::Generator>>()
            {
                crate::vm::gc::finalize::generator_dropped(Rc(g.clone()));
            }
        }
    }
}

impl<T: ?Sized + 'static> Deref for Rc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + 'static> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + 'static + std::fmt::Debug> std::fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: ?Sized + 'static + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        *self.0 == *other.0
    }
}

impl<T: ?Sized + 'static + std::fmt::Display> std::fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
