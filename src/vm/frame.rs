//! A frame: one activation of a code object — its locals, cells, operand stack, block
//! stack and instruction pointer.

use crate::objects::heap::Rc;

use crate::compiler::bytecode::Code;
use crate::objects::Value;
use crate::objects::dict::PyDict;
use crate::objects::function::CellObj;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `try` with `except` clauses.
    Except,
    /// `try` with `finally`, or `with`.
    Finally,
    /// An `except`/`finally` handler is running: leaving it restores the handled exception.
    Handler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Stack depth to cut back to when the handler is entered.
    pub depth: u32,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    pub stack: Vec<Value>,
    /// Fast locals (`None` = unbound).
    pub locals: Vec<Option<Value>>,
    /// Cell variables, then free variables.
    pub cells: Vec<Rc<CellObj>>,
    pub blocks: Vec<Block>,
    pub globals: Rc<PyDict>,
    /// Module and class bodies store names here (for modules, the globals themselves).
    pub namespace: Option<Rc<PyDict>>,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<PyDict>, namespace: Option<Rc<PyDict>>) -> Frame {
        let nlocals = code.varnames.len();
        Frame {
            stack: Vec::with_capacity(8),
            locals: vec![None; nlocals],
            cells: Vec::new(),
            blocks: Vec::new(),
            ip: 0,
            code,
            globals,
            namespace,
        }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack
            .pop()
            .expect("the compiler keeps the stack balanced")
    }

    #[inline]
    pub fn top(&self) -> &Value {
        self.stack
            .last()
            .expect("the compiler keeps the stack balanced")
    }

    /// The item `n` below the top (0 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        &self.stack[self.stack.len() - 1 - n]
    }
}
