//! The eval loop. One loop runs a frame and every Python function it calls (callee frames
//! are pushed, not recursed into), so Python recursion does not consume Rust stack; only
//! native code calling back into Python (a `key=` function, `__init__` from a type call)
//! starts a nested loop.

use crate::objects::heap::Rc;
use std::sync::atomic::Ordering;

use super::frame::{Block, BlockKind, Frame};
use super::generator::Generator;
use super::traceback::TracebackEntry;
use super::{PyErr, PyResult, Vm};
use crate::compiler::bytecode::Instr;
use crate::objects::Value;
use crate::objects::function::{Args, CellObj, Function};
use crate::syntax::ast::{CmpOp, Operator};

/// What resumes a generator.
enum Resume {
    /// `next()` / `send(v)`: the value of the paused `yield`.
    Send(Value),
    /// `throw(e)`: raised at the paused `yield`.
    Throw(PyErr),
    /// Carry on: the frame's stack already holds what it needs.
    Continue,
}

/// How a frame run by [`Vm::run_frame`] stopped.
pub enum Exit {
    Return(Value),
    /// A generator frame yielded; the frame is handed back to be resumed later.
    Yield(Value, Frame),
}

/// What the instruction loop asks of the frame manager.
enum Flow {
    Return(Value),
    Yield(Value),
    /// Push this callee frame and run it.
    Call(Frame),
}

/// How deep native code may nest eval loops before RecursionError (each nesting costs Rust
/// stack; interpreter threads get large stacks, see `interp.rs`).
const MAX_NATIVE_DEPTH: usize = 400;

impl Vm {
    /// A frame for `code`, reusing vectors of finished frames.
    pub fn new_frame(
        &mut self,
        code: Rc<crate::compiler::bytecode::Code>,
        globals: Rc<crate::objects::dict::PyDict>,
        namespace: Option<Rc<crate::objects::dict::PyDict>>,
    ) -> Frame {
        match self.frame_pool.pop() {
            Some((stack, mut locals)) => {
                locals.resize(code.varnames.len(), None);
                Frame {
                    code,
                    ip: 0,
                    stack,
                    locals,
                    cells: Vec::new(),
                    blocks: Vec::new(),
                    globals,
                    namespace,
                }
            }
            None => Frame::new(code, globals, namespace),
        }
    }

    fn recycle_frame(&mut self, mut f: Frame) {
        if self.frame_pool.len() < 64 {
            f.stack.clear();
            f.locals.clear();
            self.frame_pool
                .push((std::mem::take(&mut f.stack), std::mem::take(&mut f.locals)));
        }
    }

    /// Registers a new Python frame on this thread (RecursionError past the limit).
    pub fn enter_frame(&mut self) -> PyResult<()> {
        if self.depth >= self.state.recursion_limit.get() {
            return Err(self.recursion_error());
        }
        self.depth += 1;
        Ok(())
    }

    /// Runs `frame` (already entered with [`Vm::enter_frame`]) until it returns, yields, or
    /// an exception escapes it.
    pub fn run_frame(&mut self, f: Frame) -> PyResult<Exit> {
        self.run_frame_with(f, None)
    }

    /// `run_frame`, optionally starting by raising `pending` at the frame's current
    /// instruction (`generator.throw`).
    fn run_frame_with(&mut self, mut f: Frame, pending: Option<PyErr>) -> PyResult<Exit> {
        let native = self.native_depth.get();
        if native >= MAX_NATIVE_DEPTH || self.stack_exhausted() {
            self.depth -= 1;
            return Err(self.recursion_error());
        }
        self.native_depth.set(native + 1);
        // A nested eval loop (an import, a call from native code) switches the running
        // module; the caller's is back in force when it ends, however it ends.
        let caller_globals = self.current_globals.clone();
        let base = self.frames.len();
        if let Some(err) = pending
            && let Err(err) = self.unwind(&mut f, err, base)
        {
            self.native_depth.set(native);
            self.current_globals = caller_globals;
            return Err(err);
        }
        let result = loop {
            match self.execute(&mut f) {
                Ok(Flow::Call(callee)) => {
                    self.frames.push(std::mem::replace(&mut f, callee));
                }
                Ok(Flow::Return(v)) => {
                    self.depth -= 1;
                    if self.frames.len() == base {
                        self.recycle_frame(f);
                        break Ok(Exit::Return(v));
                    }
                    let done = std::mem::replace(&mut f, self.frames.pop().expect("caller frame"));
                    self.recycle_frame(done);
                    f.push(v);
                }
                Ok(Flow::Yield(v)) => {
                    self.depth -= 1;
                    break Ok(Exit::Yield(v, f));
                }
                Err(err) => match self.unwind(&mut f, err, base) {
                    Ok(()) => {}
                    Err(err) => break Err(err),
                },
            }
        };
        self.native_depth.set(native);
        self.current_globals = caller_globals;
        result
    }

    /// Finds a handler for `err`, starting in `f` and moving out through caller frames of
    /// this loop. On success `f` is the frame to continue in.
    fn unwind(&mut self, f: &mut Frame, err: PyErr, base: usize) -> PyResult<()> {
        let mut skip_entry = std::mem::take(&mut self.reraising);
        loop {
            if !skip_entry {
                self.add_traceback(&err, f);
            }
            skip_entry = false;
            while let Some(block) = f.blocks.pop() {
                match block.kind {
                    BlockKind::Handler => {
                        self.handled.pop();
                    }
                    BlockKind::Except | BlockKind::Finally => {
                        f.stack.truncate(block.depth as usize);
                        f.blocks.push(Block {
                            kind: BlockKind::Handler,
                            handler: 0,
                            depth: block.depth,
                        });
                        let exc = err.value();
                        self.handled.push(exc.clone());
                        f.push(exc);
                        f.ip = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            self.depth -= 1;
            if self.frames.len() == base {
                return Err(err);
            }
            *f = self.frames.pop().expect("caller frame");
        }
    }

    /// A builtin as code running with `globals` sees it: `globals['__builtins__']` when
    /// that is a dict or module of its own (`eval(src, {'__builtins__': {}})`), else the
    /// interpreter's builtins.
    fn builtin_name(
        &self,
        globals: &crate::objects::dict::PyDict,
        name: &crate::objects::PyStr,
    ) -> Option<Value> {
        match globals.get_name(&self.state.builtins_key) {
            Some(Value::Dict(d)) if !Rc::ptr_eq(&d, &self.state.builtins) => d.get_name(name),
            Some(Value::Module(m)) => m.dict.get_name(name),
            _ => self.state.builtins.get_name(name),
        }
    }

    fn add_traceback(&mut self, err: &PyErr, f: &Frame) {
        let mut st = err.state().borrow_mut();
        if st.traceback.is_empty()
            && st.context.is_none()
            && let Some(handled) = self.handled.last()
            && !handled.is(&err.value())
        {
            st.context = Some(handled.clone());
        }
        st.traceback.push(TracebackEntry {
            code: f.code.clone(),
            ip: f.ip.saturating_sub(1) as u32,
        });
    }

    fn handle_eval_breaker(&mut self) -> PyResult<()> {
        let bits = self.shared.gil.eval_breaker.load(Ordering::Relaxed);
        if bits & super::gil::breaker::DROP_REQUEST != 0 {
            self.shared.gil.yield_to_waiter();
        }
        if bits & super::gil::breaker::SIGNAL != 0 && self.is_main_thread() {
            self.take_signal()?;
        }
        if bits & super::gc::BREAKER_BIT != 0 {
            super::gc::safe_point(self);
            crate::modules::weakref::run_dead_callbacks(self);
        }
        Ok(())
    }

    /// The instruction loop for one frame.
    fn execute(&mut self, f: &mut Frame) -> PyResult<Flow> {
        let code = f.code.clone();
        if !self
            .current_globals
            .as_ref()
            .is_some_and(|g| Rc::ptr_eq(g, &f.globals))
        {
            self.current_globals = Some(f.globals.clone());
        }
        let instrs = &code.instructions[..];
        loop {
            if self.shared.gil.eval_breaker.load(Ordering::Relaxed) != 0 {
                self.handle_eval_breaker()?;
            }
            let instr = instrs[f.ip];
            f.ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::Pop => {
                    f.pop();
                }
                Instr::Dup => {
                    let v = f.top().clone();
                    f.push(v);
                }
                Instr::Dup2 => {
                    let a = f.peek(1).clone();
                    let b = f.peek(0).clone();
                    f.push(a);
                    f.push(b);
                }
                Instr::Rot2 => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Instr::Rot3 => {
                    let top = f.pop();
                    let n = f.stack.len();
                    f.stack.insert(n - 2, top);
                }
                Instr::Rot4 => {
                    let top = f.pop();
                    let n = f.stack.len();
                    f.stack.insert(n - 3, top);
                }
                Instr::LoadConst(i) => {
                    let v = code.consts[i as usize].clone();
                    f.push(v);
                }
                Instr::LoadFast(i) => match &f.locals[i as usize] {
                    Some(v) => {
                        let v = v.clone();
                        f.push(v);
                    }
                    None => {
                        return Err(self.new_error(
                            &self.types().unbound_local_error,
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[i as usize]
                            ),
                        ));
                    }
                },
                Instr::StoreFast(i) => {
                    let v = f.pop();
                    f.locals[i as usize] = Some(v);
                }
                Instr::DeleteFast(i) => {
                    if f.locals[i as usize].take().is_none() {
                        return Err(self.new_error(
                            &self.types().unbound_local_error,
                            format!(
                                "cannot access local variable '{}' where it is not associated with a value",
                                code.varnames[i as usize]
                            ),
                        ));
                    }
                }
                Instr::LoadDeref(i) => match f.cells[i as usize].get() {
                    Some(v) => f.push(v),
                    None => return Err(self.unbound_cell(&code, i as usize)),
                },
                Instr::StoreDeref(i) => {
                    let v = f.pop();
                    f.cells[i as usize].set(Some(v));
                }
                Instr::DeleteDeref(i) => {
                    if f.cells[i as usize].get().is_none() {
                        return Err(self.unbound_cell(&code, i as usize));
                    }
                    f.cells[i as usize].set(None);
                }
                Instr::LoadClassDeref(i) => {
                    let name = self.cell_name(&code, i as usize);
                    let found = f.namespace.as_ref().and_then(|ns| ns.get_str(&name));
                    match found {
                        Some(v) => f.push(v),
                        None => match f.cells[i as usize].get() {
                            Some(v) => f.push(v),
                            None => return Err(self.unbound_cell(&code, i as usize)),
                        },
                    }
                }
                Instr::LoadClosure(i) => {
                    let c = f.cells[i as usize].clone();
                    f.push(Value::Cell(c));
                }
                Instr::LoadName(i) => {
                    let name = &code.name_objs[i as usize];
                    let v = f
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.get_name(name))
                        .or_else(|| f.globals.get_name(name))
                        .or_else(|| self.builtin_name(&f.globals, name));
                    match v {
                        Some(v) => f.push(v),
                        None => return Err(self.name_error(name.as_str())),
                    }
                }
                Instr::StoreName(i) => {
                    let v = f.pop();
                    let ns = f.namespace.as_ref().unwrap_or(&f.globals);
                    ns.set_name(&code.name_objs[i as usize], v);
                }
                Instr::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    let ns = f.namespace.as_ref().unwrap_or(&f.globals);
                    if ns.table.borrow_mut().remove_str(name).is_none() {
                        return Err(self.name_error(name));
                    }
                }
                Instr::LoadGlobal(i) => {
                    let name = &code.name_objs[i as usize];
                    match f
                        .globals
                        .get_name(name)
                        .or_else(|| self.builtin_name(&f.globals, name))
                    {
                        Some(v) => f.push(v),
                        None => return Err(self.name_error(name.as_str())),
                    }
                }
                Instr::StoreGlobal(i) => {
                    let v = f.pop();
                    f.globals.set_name(&code.name_objs[i as usize], v);
                }
                Instr::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if f.globals.table.borrow_mut().remove_str(name).is_none() {
                        return Err(self.name_error(name));
                    }
                }
                Instr::LoadAttr(i) => {
                    let obj = f.pop();
                    let v = self.get_attr(&obj, &code.names[i as usize])?;
                    f.push(v);
                }
                Instr::StoreAttr(i) => {
                    let obj = f.pop();
                    let v = f.pop();
                    self.set_attr(&obj, &code.names[i as usize], v)?;
                }
                Instr::DeleteAttr(i) => {
                    let obj = f.pop();
                    self.del_attr(&obj, &code.names[i as usize])?;
                }
                Instr::LoadMethod(i) => {
                    let obj = f.pop();
                    match self.load_method(&obj, &code.names[i as usize])? {
                        Some(func) => {
                            f.push(func);
                            f.push(obj);
                        }
                        None => {
                            let attr = self.get_attr(&obj, &code.names[i as usize])?;
                            f.push(attr);
                            f.push(Value::NotImplemented);
                        }
                    }
                }
                Instr::CallMethod(n) => {
                    let n = n as usize;
                    let self_at = f.stack.len() - n - 1;
                    if matches!(f.stack[self_at], Value::NotImplemented) {
                        // Not a method: drop the marker and call the attribute.
                        f.stack.remove(self_at);
                        if let Some(flow) = self.call_from_stack(f, n)? {
                            return Ok(flow);
                        }
                    } else if let Some(flow) = self.call_from_stack(f, n + 1)? {
                        return Ok(flow);
                    }
                }
                Instr::BinarySubscr => {
                    let index = f.pop();
                    let obj = f.pop();
                    let v = self.get_item(&obj, &index)?;
                    f.push(v);
                }
                Instr::StoreSubscr => {
                    let index = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    self.set_item(&obj, index, v)?;
                }
                Instr::DeleteSubscr => {
                    let index = f.pop();
                    let obj = f.pop();
                    self.del_item(&obj, &index)?;
                }
                Instr::BinaryOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        let fast = match op {
                            Operator::Add => x.checked_add(*y),
                            Operator::Sub => x.checked_sub(*y),
                            Operator::Mult => x.checked_mul(*y),
                            _ => None,
                        };
                        if let Some(r) = fast {
                            f.push(Value::Int(r));
                            continue;
                        }
                    }
                    let v = self.binary_op(&a, &b, op)?;
                    f.push(v);
                }
                Instr::InplaceOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    let v = self.inplace_op(&a, &b, op)?;
                    f.push(v);
                }
                Instr::UnaryNot => {
                    let a = f.pop();
                    let t = self.is_true(&a)?;
                    f.push(Value::Bool(!t));
                }
                Instr::UnaryNegative => {
                    let a = f.pop();
                    let v = self.negative(&a)?;
                    f.push(v);
                }
                Instr::UnaryPositive => {
                    let a = f.pop();
                    let v = self.positive(&a)?;
                    f.push(v);
                }
                Instr::UnaryInvert => {
                    let a = f.pop();
                    let v = self.invert(&a)?;
                    f.push(v);
                }
                Instr::CompareOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        let r = match op {
                            CmpOp::Lt => Some(x < y),
                            CmpOp::LtE => Some(x <= y),
                            CmpOp::Gt => Some(x > y),
                            CmpOp::GtE => Some(x >= y),
                            CmpOp::Eq => Some(x == y),
                            CmpOp::NotEq => Some(x != y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            f.push(Value::Bool(r));
                            continue;
                        }
                    }
                    let v = self.compare_op(&a, &b, op)?;
                    f.push(v);
                }
                Instr::Jump(t) => f.ip = t as usize,
                Instr::PopJumpIfFalse(t) => {
                    let v = f.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => self.is_true(&v)?,
                    };
                    if !truth {
                        f.ip = t as usize;
                    }
                }
                Instr::PopJumpIfTrue(t) => {
                    let v = f.pop();
                    let truth = match v {
                        Value::Bool(b) => b,
                        _ => self.is_true(&v)?,
                    };
                    if truth {
                        f.ip = t as usize;
                    }
                }
                Instr::JumpIfFalseOrPop(t) => {
                    if !self.is_true(f.top())? {
                        f.ip = t as usize;
                    } else {
                        f.pop();
                    }
                }
                Instr::JumpIfTrueOrPop(t) => {
                    if self.is_true(f.top())? {
                        f.ip = t as usize;
                    } else {
                        f.pop();
                    }
                }
                Instr::GetIter => {
                    let v = f.pop();
                    let it = self.get_iter(&v)?;
                    f.push(it);
                }
                Instr::ForIter(t) => {
                    let next = self.iter_next(f.top())?;
                    match next {
                        Some(v) => f.push(v),
                        None => {
                            f.pop();
                            f.ip = t as usize;
                        }
                    }
                }
                Instr::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let t = Value::tuple(items);
                    self.gc_track_value(&t);
                    f.push(t);
                }
                Instr::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let l = Value::list(items);
                    self.gc_track_value(&l);
                    f.push(l);
                }
                Instr::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let set = self.new_set(items)?;
                    self.gc_track_value(&set);
                    f.push(set);
                }
                Instr::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let d = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.set(self, k, v)?;
                    }
                    let d = Value::Dict(d);
                    self.gc_track_value(&d);
                    f.push(d);
                }
                Instr::BuildString(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let exact = items
                        .iter()
                        .any(|it| matches!(it, Value::Str(p) if p.has_surrogates()));
                    if exact {
                        // A piece holds lone surrogates: build the exact text.
                        let mut s = crate::objects::str::PyStrBuilder::new();
                        for it in &items {
                            if let Value::Str(p) = it {
                                s.push_pystr(p);
                            }
                        }
                        f.push(Value::from_pystr(s.finish()));
                    } else {
                        let mut s = String::new();
                        for it in &items {
                            if let Value::Str(p) = it {
                                s.push_str(p.as_str());
                            }
                        }
                        f.push(Value::string(s));
                    }
                }
                Instr::BuildSlice(n) => {
                    let step = if n == 3 { f.pop() } else { Value::None };
                    let stop = f.pop();
                    let start = f.pop();
                    f.push(Value::Slice(Rc::new(crate::objects::value::Slice {
                        start,
                        stop,
                        step,
                    })));
                }
                Instr::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(f.pop()) } else { None };
                    let v = f.pop();
                    let v = match flags & 3 {
                        1 => self.str_value(&v)?,
                        2 => self.repr_value(&v)?,
                        3 => self.ascii_value(&v)?,
                        _ => v,
                    };
                    let spec_str = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    let out = match (&v, spec_str.is_empty()) {
                        (Value::Str(_), true) => v,
                        _ => self.format(&v, &spec_str)?,
                    };
                    f.push(out);
                }
                Instr::ListAppend(n) => {
                    let v = f.pop();
                    let at = f.stack.len() - n as usize;
                    if let Value::List(l) = &f.stack[at] {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd(n) => {
                    let v = f.pop();
                    let at = f.stack.len() - n as usize;
                    let set = f.stack[at].clone();
                    self.set_add(&set, v)?;
                }
                Instr::MapAdd(n) => {
                    let v = f.pop();
                    let k = f.pop();
                    let at = f.stack.len() - n as usize;
                    if let Value::Dict(d) = &f.stack[at] {
                        let d = d.clone();
                        d.set(self, k, v)?;
                    }
                }
                Instr::ListExtend(n) => {
                    let v = f.pop();
                    let at = f.stack.len() - n as usize;
                    let items = self.collect_iterable(&v).map_err(|e| {
                        if e.is_instance_of(&self.types().type_error) {
                            self.type_error(format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&v)
                            ))
                        } else {
                            e
                        }
                    })?;
                    if let Value::List(l) = &f.stack[at] {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate(n) => {
                    let v = f.pop();
                    let at = f.stack.len() - n as usize;
                    let set = f.stack[at].clone();
                    for item in self.collect_iterable(&v)? {
                        self.set_add(&set, item)?;
                    }
                }
                Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                    let v = f.pop();
                    let at = f.stack.len() - n as usize;
                    let target = f.stack[at].clone();
                    let merge = matches!(instr, Instr::DictMerge(_));
                    self.dict_update_from(&target, &v, merge)?;
                }
                Instr::ListToTuple => {
                    let v = f.pop();
                    let items = match v {
                        Value::List(l) => l.borrow().clone(),
                        other => vec![other],
                    };
                    f.push(Value::tuple(items));
                }
                Instr::UnpackSequence(n) => {
                    let v = f.pop();
                    let items = self.unpack(&v, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Instr::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let v = f.pop();
                    let mut items = self.collect_iterable(&v)?;
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for x in tail.into_iter().rev() {
                        f.push(x);
                    }
                    f.push(Value::list(middle));
                    for x in items.into_iter().rev() {
                        f.push(x);
                    }
                }
                Instr::MakeFunction(flags) => {
                    let code_v = f.pop();
                    let Value::Code(fcode) = code_v else {
                        unreachable!("MakeFunction takes a code object");
                    };
                    let closure = if flags & 8 != 0 {
                        match f.pop() {
                            Value::Tuple(t) => t
                                .iter()
                                .map(|c| match c {
                                    Value::Cell(c) => c.clone(),
                                    _ => {
                                        let cell = Rc::new(CellObj::new(None));
                                        self.gc_track_cell(&cell);
                                        cell
                                    }
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let annotations = if flags & 4 != 0 { Some(f.pop()) } else { None };
                    let kwdefaults = if flags & 2 != 0 {
                        match f.pop() {
                            Value::Dict(d) => d
                                .items()
                                .into_iter()
                                .map(|(k, v)| (k.as_str().unwrap_or("").to_string(), v))
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = if flags & 1 != 0 {
                        match f.pop() {
                            Value::Tuple(t) => t.as_ref().clone(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let func =
                        self.new_function(fcode, f.globals.clone(), defaults, kwdefaults, closure);
                    if let (Some(ann), Value::Function(func)) = (annotations, &func) {
                        func.dict.set_str("__annotations__", ann);
                    }
                    f.push(func);
                }
                Instr::Call(n) => {
                    if let Some(flow) = self.call_from_stack(f, n as usize)? {
                        return Ok(flow);
                    }
                }
                Instr::CallKw(n) => {
                    let names = f.pop();
                    let n = n as usize;
                    let at = f.stack.len() - n - 1;
                    let callee = f.stack[at].clone();
                    let kwnames: Vec<Value> = match &names {
                        Value::Tuple(t) => t.as_ref().clone(),
                        _ => vec![],
                    };
                    let args: Vec<Value> = f.stack.split_off(at + 1);
                    f.pop();
                    if let Some((func, self_)) = plain_python_callee(&callee) {
                        let frame = self.function_frame(func, &args, &kwnames, self_)?;
                        self.enter_frame()?;
                        return Ok(Flow::Call(frame));
                    }
                    let v = self.call(
                        &callee,
                        &Args {
                            args: &args,
                            kwnames: &kwnames,
                        },
                    )?;
                    f.push(v);
                }
                Instr::CallEx(has_kw) => {
                    let kwargs = if has_kw != 0 { Some(f.pop()) } else { None };
                    let args = f.pop();
                    let callee = f.pop();
                    let mut all: Vec<Value> = match args {
                        Value::Tuple(t) => t.as_ref().clone(),
                        _ => vec![],
                    };
                    let mut names = Vec::new();
                    if let Some(Value::Dict(d)) = &kwargs {
                        for (k, v) in d.items() {
                            if !matches!(k, Value::Str(_)) {
                                return Err(self.type_error("keywords must be strings"));
                            }
                            names.push(k);
                            all.push(v);
                        }
                    }
                    if let Some((func, self_)) = plain_python_callee(&callee) {
                        let frame = self.function_frame(func, &all, &names, self_)?;
                        self.enter_frame()?;
                        return Ok(Flow::Call(frame));
                    }
                    let v = self.call(
                        &callee,
                        &Args {
                            args: &all,
                            kwnames: &names,
                        },
                    )?;
                    f.push(v);
                }
                Instr::ReturnValue => {
                    let v = f.pop();
                    // The compiler unwinds every loop, handler and `with` a `return`
                    // leaves: anything left here is a codegen bug (issue 12, w1/w2).
                    debug_assert!(
                        f.stack.is_empty() && f.blocks.is_empty(),
                        "pyth internal error: {} values and {} blocks left at return from {}",
                        f.stack.len(),
                        f.blocks.len(),
                        code.qualname
                    );
                    return Ok(Flow::Return(v));
                }
                Instr::LoadBuildClass => {
                    let v = self
                        .state
                        .builtins
                        .get_str("__build_class__")
                        .ok_or_else(|| self.name_error("__build_class__"))?;
                    f.push(v);
                }
                Instr::SetupExcept(t) => f.blocks.push(Block {
                    kind: BlockKind::Except,
                    handler: t,
                    depth: f.stack.len() as u32,
                }),
                Instr::SetupFinally(t) => f.blocks.push(Block {
                    kind: BlockKind::Finally,
                    handler: t,
                    depth: f.stack.len() as u32,
                }),
                Instr::SetupWith(t) => {
                    let ctx = f.pop();
                    let (enter, exit) = self.context_methods(&ctx)?;
                    f.push(exit);
                    // __exit__ is only owed once __enter__ has succeeded.
                    let r = self.call(&enter, &Args::new(&[]))?;
                    f.blocks.push(Block {
                        kind: BlockKind::Finally,
                        handler: t,
                        depth: f.stack.len() as u32,
                    });
                    f.push(r);
                }
                Instr::PopBlock => {
                    f.blocks.pop();
                }
                Instr::PopExcept => {
                    if let Some(b) = f.blocks.pop() {
                        debug_assert_eq!(b.kind, BlockKind::Handler);
                    }
                    self.handled.pop();
                }
                Instr::Raise(n) => {
                    return Err(match n {
                        0 => match self.handled.last() {
                            Some(Value::Instance(e)) => {
                                self.reraising = true;
                                PyErr(e.clone())
                            }
                            _ => self.runtime_error("No active exception to reraise"),
                        },
                        1 => {
                            let exc = f.pop();
                            self.make_exception(exc)?
                        }
                        _ => {
                            let cause = f.pop();
                            let exc = f.pop();
                            let err = self.make_exception(exc)?;
                            let cause = match cause {
                                Value::None => None,
                                c @ (Value::Instance(_) | Value::Class(_)) => {
                                    match self.make_exception(c) {
                                        Ok(e) => Some(e.value()),
                                        Err(_) => {
                                            return Err(self.type_error(
                                                "exception causes must derive from BaseException",
                                            ));
                                        }
                                    }
                                }
                                _ => {
                                    return Err(self.type_error(
                                        "exception causes must derive from BaseException",
                                    ));
                                }
                            };
                            let mut st = err.state().borrow_mut();
                            st.cause = cause;
                            st.suppress_context = true;
                            drop(st);
                            err
                        }
                    });
                }
                Instr::Reraise => {
                    let exc = f.pop();
                    self.reraising = true;
                    return Err(match exc {
                        Value::Instance(e) => PyErr(e),
                        _ => self.runtime_error("bad reraise"),
                    });
                }
                Instr::CheckExcMatch => {
                    let cls = f.pop();
                    let exc = f.top().clone();
                    let m = self.exception_matches(&exc, &cls)?;
                    f.push(Value::Bool(m));
                }
                Instr::WithExceptStart => {
                    let exc = f.top().clone();
                    let exit = f.peek(1).clone();
                    let ty = self.type_of(&exc);
                    let r = self.call(&exit, &Args::new(&[Value::Class(ty), exc, Value::None]))?;
                    f.push(r);
                }
                Instr::WithExitNormal => {
                    let exit = f.pop();
                    self.call(&exit, &Args::new(&[Value::None, Value::None, Value::None]))?;
                }
                Instr::LoadAssertionError => {
                    f.push(Value::Class(self.types().assertion_error.clone()));
                }
                Instr::ImportName(i) => {
                    let fromlist = f.pop();
                    let level = f.pop();
                    let level = match level {
                        Value::Int(l) => l as usize,
                        _ => 0,
                    };
                    let m =
                        self.import_name(&code.names[i as usize], &fromlist, level, &f.globals)?;
                    f.push(m);
                }
                Instr::ImportFrom(i) => {
                    let module = f.top().clone();
                    let v = self.import_from(&module, &code.names[i as usize])?;
                    f.push(v);
                }
                Instr::ImportStar => {
                    let module = f.pop();
                    let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&module, &ns)?;
                }
                Instr::YieldValue => {
                    let v = f.pop();
                    return Ok(Flow::Yield(v));
                }
                Instr::YieldFrom => {
                    let sent = f.pop();
                    let sub = f.top().clone();
                    match self.send_to(&sub, sent)? {
                        Ok(yielded) => {
                            f.ip -= 1;
                            return Ok(Flow::Yield(yielded));
                        }
                        Err(returned) => {
                            f.pop();
                            f.push(returned);
                        }
                    }
                }
                Instr::GetYieldFromIter => {
                    let v = f.pop();
                    let it = match v {
                        Value::Generator(_) => v,
                        _ => self.get_iter(&v)?,
                    };
                    f.push(it);
                }
                Instr::PrintExpr => {
                    let v = f.pop();
                    if !v.is_none() {
                        let r = self.repr(&v)?;
                        self.write_stdout(&r)?;
                        self.write_stdout("\n")?;
                        self.state.builtins.set_str("_", v);
                    }
                }
                Instr::LoadLocals => {
                    let d = match &f.namespace {
                        Some(ns) => ns.clone(),
                        None => {
                            let d = self.new_dict();
                            for (name, v) in code.varnames.iter().zip(&f.locals) {
                                if let Some(v) = v {
                                    d.set_str(name, v.clone());
                                }
                            }
                            let cell_names = code.cellvars.iter().chain(&code.freevars);
                            for (name, cell) in cell_names.zip(&f.cells) {
                                if let Some(v) = cell.get() {
                                    d.set_str(name, v);
                                }
                            }
                            d
                        }
                    };
                    f.push(Value::Dict(d));
                }
                Instr::SortedKeys => {
                    let Value::Dict(d) = f.pop() else {
                        unreachable!("SortedKeys follows LoadLocals")
                    };
                    let mut names: Vec<String> = d
                        .keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(str::to_string))
                        .collect();
                    names.sort();
                    f.push(Value::list(names.into_iter().map(Value::string).collect()));
                }
                Instr::SetupAnnotations => {
                    let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                    if ns.get_str("__annotations__").is_none() {
                        ns.set_str("__annotations__", Value::Dict(self.new_dict()));
                    }
                }
            }
        }
    }

    /// Calls the callable `n` deep on the stack with the `n` values above it as arguments
    /// (the callable is replaced by the result). Python functions become a new frame.
    fn call_from_stack(&mut self, f: &mut Frame, n: usize) -> PyResult<Option<Flow>> {
        let at = f.stack.len() - n - 1;
        let callee = f.stack[at].clone();
        if let Some((func, self_)) = plain_python_callee(&callee) {
            let frame = self.function_frame(func, &f.stack[at + 1..], &[], self_)?;
            f.stack.truncate(at);
            self.enter_frame()?;
            return Ok(Some(Flow::Call(frame)));
        }
        let args = f.stack.split_off(at + 1);
        f.pop();
        let v = self.call(&callee, &Args::new(&args))?;
        f.push(v);
        Ok(None)
    }

    fn cell_name(&self, code: &crate::compiler::bytecode::Code, i: usize) -> String {
        if i < code.cellvars.len() {
            code.cellvars[i].clone()
        } else {
            code.freevars[i - code.cellvars.len()].clone()
        }
    }

    fn unbound_cell(&self, code: &crate::compiler::bytecode::Code, i: usize) -> PyErr {
        let name = self.cell_name(code, i);
        if i < code.cellvars.len() {
            self.new_error(
                &self.types().unbound_local_error,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.new_error(
                &self.types().name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// Runs a generator's frame until it yields or returns; the frame goes back into the
    /// generator on a yield.
    pub fn resume_generator(
        &mut self,
        g: &Rc<Generator>,
        sent: Value,
    ) -> PyResult<Result<Value, Value>> {
        self.resume_generator_with(g, Resume::Send(sent))
    }

    /// Resumes a generator by raising `err` at its paused `yield` (`generator.throw`).
    pub fn throw_into_generator(
        &mut self,
        g: &Rc<Generator>,
        err: PyErr,
    ) -> PyResult<Result<Value, Value>> {
        if !g.started.get() {
            // Never started: the exception is raised without running any of its code.
            g.frame.borrow_mut().take();
            return Err(err);
        }
        // Paused in `yield from`: the exception goes to the sub-iterator first.
        let sub = g.frame.borrow().as_ref().and_then(|f| {
            if matches!(f.code.instructions.get(f.ip), Some(Instr::YieldFrom)) {
                f.stack.last().cloned()
            } else {
                None
            }
        });
        if let Some(sub) = sub {
            let outcome = match &sub {
                Value::Generator(sg) => {
                    let sg = sg.clone();
                    self.throw_into_generator(&sg, err)
                }
                other => match self.get_attr(other, "throw") {
                    Ok(t) => match self.call0(&t, &[err.value()]) {
                        Ok(v) => Ok(Ok(v)),
                        Err(e) if e.is_instance_of(&self.types().stop_iteration.clone()) => {
                            let r = e
                                .state()
                                .borrow()
                                .args
                                .first()
                                .cloned()
                                .unwrap_or(Value::None);
                            Ok(Err(r))
                        }
                        Err(e) => Err(e),
                    },
                    Err(_) => Err(err),
                },
            };
            return match outcome {
                // The sub-iterator yielded: still delegating.
                Ok(Ok(v)) => Ok(Ok(v)),
                // It returned: the `yield from` evaluates to its value.
                Ok(Err(r)) => {
                    if let Some(f) = g.frame.borrow_mut().as_mut() {
                        f.stack.pop();
                        f.stack.push(r);
                        f.ip += 1;
                    }
                    self.resume_generator_with(g, Resume::Continue)
                }
                // It raised: the exception continues in this generator.
                Err(e) => self.resume_generator_with(g, Resume::Throw(e)),
            };
        }
        self.resume_generator_with(g, Resume::Throw(err))
    }

    fn resume_generator_with(
        &mut self,
        g: &Rc<Generator>,
        input: Resume,
    ) -> PyResult<Result<Value, Value>> {
        let (sent, throw, push) = match input {
            Resume::Send(v) => (v, None, true),
            Resume::Throw(e) => (Value::None, Some(e), false),
            Resume::Continue => (Value::None, None, false),
        };
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            if g.running.get() {
                return Err(self.value_error("generator already executing"));
            }
            return Ok(Err(Value::None));
        };
        if !push {
            // A throw, or a `yield from` that already has its value on the stack.
        } else if g.started.get() {
            frame.push(sent);
        } else if !sent.is_none() {
            *g.frame.borrow_mut() = Some(frame);
            return Err(self.type_error("can't send non-None value to a just-started generator"));
        }
        g.started.set(true);
        g.running.set(true);
        let entered = self.enter_frame();
        if let Err(e) = entered {
            g.running.set(false);
            *g.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
        let r = self.run_frame_with(frame, throw);
        g.running.set(false);
        match r {
            Ok(Exit::Yield(v, frame)) => {
                *g.frame.borrow_mut() = Some(frame);
                Ok(Ok(v))
            }
            Ok(Exit::Return(v)) => Ok(Err(v)),
            Err(e) => {
                if e.is_instance_of(&self.types().stop_iteration) {
                    let err = self.runtime_error("generator raised StopIteration");
                    {
                        let mut st = err.state().borrow_mut();
                        st.cause = Some(e.value());
                        st.context = Some(e.value());
                        st.suppress_context = true;
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    /// Builds a function object.
    pub fn new_function(
        &mut self,
        code: Rc<crate::compiler::bytecode::Code>,
        globals: Rc<crate::objects::dict::PyDict>,
        defaults: Vec<Value>,
        kwdefaults: Vec<(String, Value)>,
        closure: Vec<Rc<CellObj>>,
    ) -> Value {
        let dict = self.new_dict();
        if let Some(m) = globals.get_str("__name__") {
            dict.set_str("__module__", m);
        }
        let doc = match code.consts.first() {
            Some(Value::Str(s)) if code.name != "<lambda>" => Value::Str(s.clone()),
            _ => Value::None,
        };
        dict.set_str("__doc__", doc);
        let function = Value::Function(Rc::new(Function {
            name: std::cell::RefCell::new(code.name.clone()),
            qualname: std::cell::RefCell::new(code.qualname.clone()),
            code: std::cell::RefCell::new(code),
            globals,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            dict,
        }));
        self.gc_track_value(&function);
        function
    }
}

/// A callee the eval loop can enter as a new frame of its own loop (no nested Rust call):
/// a Python function that is not a generator, or such a function bound to `self`. Staying in
/// one loop keeps the callers visible in `Vm::frames` (tracebacks, `logging`'s caller).
fn plain_python_callee(
    callee: &Value,
) -> Option<(
    &crate::objects::heap::Rc<crate::objects::function::Function>,
    Option<&Value>,
)> {
    match callee {
        Value::Function(func) if !func.code.borrow().flags.generator => Some((func, None)),
        Value::BoundMethod(m) => match &m.func {
            Value::Function(func) if !func.code.borrow().flags.generator => {
                Some((func, Some(&m.self_)))
            }
            _ => None,
        },
        _ => None,
    }
}
