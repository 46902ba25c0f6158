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

use std::ops::Deref;

/// A reference-counted heap object (see the module comment).
pub struct Rc<T: ?Sized>(std::rc::Rc<T>);

impl<T> Rc<T> {
    #[inline]
    pub fn new(value: T) -> Rc<T> {
        crate::vm::gil::debug_check_gil("created");
        Rc(std::rc::Rc::new(value))
    }
}

impl<T: ?Sized> Rc<T> {
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

impl<T: ?Sized> Clone for Rc<T> {
    #[inline]
    fn clone(&self) -> Rc<T> {
        crate::vm::gil::debug_check_gil("cloned");
        Rc(self.0.clone())
    }
}

impl<T: ?Sized> Drop for Rc<T> {
    #[inline]
    fn drop(&mut self) {
        crate::vm::gil::debug_check_gil("dropped");
    }
}

impl<T: ?Sized> Deref for Rc<T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized> AsRef<T> for Rc<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + std::fmt::Debug> std::fmt::Debug for Rc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<T: ?Sized + PartialEq> PartialEq for Rc<T> {
    fn eq(&self, other: &Rc<T>) -> bool {
        *self.0 == *other.0
    }
}

impl<T: ?Sized + std::fmt::Display> std::fmt::Display for Rc<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
