//! `Rc`: the handle through which every heap object is reached.
//!
//! Python objects are shared between OS threads, and their reference counts are not atomic
//! (as CPython's are not): that is sound only because a thread touches them while it holds its
//! interpreter's GIL. This wrapper around `std::rc::Rc` is where that rule is checked. In
//! builds with debug assertions (the test suite), creating, cloning or dropping a handle on a
//! thread that has released the GIL panics at once, so any path that frees or shares an object
//! without the GIL — a value outliving its thread's hold on the GIL, unwinding past the blocking
//! door — fails loudly in the tests instead of corrupting the heap now and then. In release
//! builds the checks compile away.
//!
//! Dropping the last handle is where the wrapper does real work: it gives instances and
//! generators to their finalizers (see `vm::gc::finalize`), and it bounds how deeply frees
//! nest (a million nested lists are freed without a million nested Rust frames).

use std::any::{Any, TypeId};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::ops::Deref;

/// A reference-counted heap object (see the module comment).
pub struct Rc<T: ?Sized + 'static>(ManuallyDrop<std::rc::Rc<T>>);

/// A handle that does not keep its object alive (the cycle collector's registry).
pub struct Weak<T: ?Sized + 'static>(std::rc::Weak<T>);

impl<T: ?Sized + 'static> Weak<T> {
    /// A strong handle, if the object is still alive.
    #[inline]
    pub fn upgrade(&self) -> Option<Rc<T>> {
        crate::vm::gil::debug_check_gil("cloned");
        self.0.upgrade().map(Rc::wrap)
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
        Rc::wrap(std::rc::Rc::new(value))
    }
}

impl<T: ?Sized + 'static> Rc<T> {
    #[inline]
    fn wrap(inner: std::rc::Rc<T>) -> Rc<T> {
        Rc(ManuallyDrop::new(inner))
    }

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
        Rc::wrap(std::rc::Rc::clone(&self.0))
    }
}

impl<T: ?Sized + 'static> Drop for Rc<T> {
    #[inline]
    fn drop(&mut self) {
        crate::vm::gil::debug_check_gil("dropped");
        if std::rc::Rc::strong_count(&self.0) == 1 {
            // SAFETY: `drop` runs once and `self.0` is not used after it.
            let last = unsafe { ManuallyDrop::take(&mut self.0) };
            drop_last(last);
        } else {
            // SAFETY: as above.
            unsafe { ManuallyDrop::drop(&mut self.0) };
        }
    }
}

/// The last handle of an object goes. Out of line, so that the drop glue of `Value` (run for
/// every value popped off the stack) stays a decrement and a branch.
///
/// The finalizer hook: the last handle of an instance (whose class may have `__del__`) or of a
/// generator (which may be suspended inside `try`/`with`) goes to the collector, which keeps
/// the object alive until its finalizer has run at the next safe point. The type test is
/// decided at compile time for every other type.
#[cold]
#[inline(never)]
fn drop_last<T: ?Sized + 'static>(last: std::rc::Rc<T>) {
    if TypeId::of::<T>() == TypeId::of::<crate::objects::class::Instance>()
        || TypeId::of::<T>() == TypeId::of::<crate::vm::generator::Generator>()
    {
        let any: &dyn Any = &last;
        if let Some(inst) = any.downcast_ref::<std::rc::Rc<crate::objects::class::Instance>>() {
            crate::vm::gc::finalize::instance_dropped(Rc::wrap(inst.clone()));
        } else if let Some(g) = any.downcast_ref::<std::rc::Rc<crate::vm::generator::Generator>>() {
            crate::vm::gc::finalize::generator_dropped(Rc::wrap(g.clone()));
        }
    }
    free_bounded(last);
}

/// How deeply frees of last handles are nested on this thread, and the objects whose free was
/// put off because the nesting got too deep (CPython's "trashcan").
struct Trashcan {
    depth: Cell<u32>,
    deferred: RefCell<Vec<Box<dyn Any>>>,
}

thread_local! {
    static TRASHCAN: Trashcan = const {
        Trashcan {
            depth: Cell::new(0),
            deferred: RefCell::new(Vec::new()),
        }
    };
}

/// Nesting of frees beyond which an object's free is deferred: freeing a list that holds the
/// last handle of a list that holds … recurses once per level, and a million levels would
/// overflow any thread's stack.
const TRASHCAN_DEPTH: u32 = 256;

/// Frees `last` (the last handle of its object), keeping the recursion of nested frees
/// bounded: past `TRASHCAN_DEPTH` levels the object is set aside, and the outermost free
/// frees what was set aside, one at a time, each starting again at depth 1.
fn free_bounded<T: ?Sized + 'static>(last: std::rc::Rc<T>) {
    let deferred = TRASHCAN.try_with(|t| {
        let depth = t.depth.get();
        if depth >= TRASHCAN_DEPTH {
            t.deferred.borrow_mut().push(Box::new(last));
            return None;
        }
        t.depth.set(depth + 1);
        Some((last, depth == 0))
    });
    let Ok(Some((last, outermost))) = deferred else {
        // Deferred, or the thread is exiting (its thread-locals are gone): nothing to bound.
        return;
    };
    drop(last);
    if outermost {
        while let Some(next) = TRASHCAN.with(|t| t.deferred.borrow_mut().pop()) {
            drop(next);
        }
    }
    let _ = TRASHCAN.try_with(|t| t.depth.set(t.depth.get() - 1));
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
