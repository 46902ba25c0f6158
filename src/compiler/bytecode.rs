//! The bytecode: a compact instruction enum (8 bytes each), and the code object that holds
//! a function's or module's instructions, constants, names and span table.

use std::fmt;
use std::sync::Arc;

use crate::objects::Value;
use crate::syntax::SourceFile;
use crate::syntax::ast::{CmpOp, Operator, Span};

/// One instruction. Arguments index the code object's tables (`consts`, `names`,
/// `varnames`, cells) or are jump targets (instruction indices) or counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    Pop,
    /// Duplicate the top of the stack.
    Dup,
    /// Duplicate the top two items, keeping their order.
    Dup2,
    /// Swap the top two items.
    Rot2,
    /// Lift the second and third items one up, moving the top down to third place.
    Rot3,
    Rot4,

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Load a cell or free variable (cells first, then free variables).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// In a class body: a free variable, but the class namespace wins if it has the name.
    LoadClassDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// Module and class scopes: look in the namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// `obj.name(...)`: pushes (method, obj) for a plain function found on the type, or
    /// (attr, NULL-marker) otherwise; `CallMethod` consumes either form.
    LoadMethod(u32),
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,

    BinaryOp(Operator),
    /// `x op= y`: tries the in-place dunder first.
    InplaceOp(Operator),
    UnaryNot,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    CompareOp(CmpOp),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// Leave the top on the stack and jump if it is false, else pop it (for `and`).
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Push the iterator's next item, or pop the iterator and jump when it is exhausted.
    ForIter(u32),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `n` key/value pairs, pushed key first.
    BuildMap(u32),
    /// Concatenate `n` strings (f-strings).
    BuildString(u32),
    /// Slice with 2 or 3 parts.
    BuildSlice(u32),
    /// f-string field: the low 2 bits give the conversion (0 none, 1 str, 2 repr, 3 ascii),
    /// bit 2 says a format spec is on the stack above the value.
    FormatValue(u32),
    /// Append TOS to the list `n` deep (comprehensions).
    ListAppend(u32),
    SetAdd(u32),
    /// Key and value on top go into the dict `n` deep.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like `DictUpdate`, but duplicate keys are a TypeError (`**` in calls).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Starred unpacking: low byte = names before the star, next byte = names after.
    UnpackEx(u32),

    /// Build a function from the code object on top; flags say what else was pushed below
    /// it: 1 defaults tuple, 2 keyword-defaults dict, 4 annotations, 8 closure tuple.
    MakeFunction(u32),
    /// Call with `n` positional arguments.
    Call(u32),
    /// Call with `n` arguments, the last ones keyword arguments named by the tuple on top.
    CallKw(u32),
    /// Call with an args tuple (and, if the flag is 1, a kwargs dict) from `*`/`**`.
    CallEx(u32),
    ReturnValue,
    LoadBuildClass,

    /// Push an exception handler block: on an exception, the stack is cut back to its
    /// depth here, the exception is pushed and execution goes on at the target.
    SetupExcept(u32),
    /// As `SetupExcept`, for a `finally` handler.
    SetupFinally(u32),
    /// `with`: calls `__enter__`, keeps the bound `__exit__` below the result, and pushes a
    /// handler block like `SetupFinally`.
    SetupWith(u32),
    PopBlock,
    /// Leave an `except` handler: pop its block and restore the previously handled exception.
    PopExcept,
    /// `raise` with 0 (re-raise), 1 (exception) or 2 (exception from cause) operands.
    Raise(u32),
    /// Re-raise the exception on top of the stack (end of a `finally` or unmatched `except`).
    Reraise,
    /// TOS is an exception class (or tuple); TOS1 the exception: replace TOS with the bool.
    CheckExcMatch,
    /// In a `with` handler: stack is [exit, exc]; push `exit(type, exc, tb)`.
    WithExceptStart,
    /// Leaving a `with` normally: pop `exit` and call `exit(None, None, None)`.
    WithExitNormal,
    LoadAssertionError,

    /// Stack: level, fromlist → module.
    ImportName(u32),
    ImportFrom(u32),
    ImportStar,

    YieldValue,
    /// `yield from`: TOS is the value to send, TOS1 the sub-iterator; repeats itself (by
    /// not advancing) until the sub-iterator is done, then pushes its return value.
    YieldFrom,
    GetYieldFromIter,

    /// REPL: echo the value if it is not None (and store it as `_`).
    PrintExpr,
    /// `locals()`: the namespace of a module or class body, or a fresh dict of a function's
    /// bound local, cell and free variables.
    LoadLocals,
    /// `dir()` without arguments: TOS (the `locals()` dict) becomes its sorted keys.
    SortedKeys,
    SetupAnnotations,
}

/// A compiled function body, class body or module.
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub source: Arc<SourceFile>,
    /// Line of the `def`/`class` (1 for modules).
    pub first_line: u32,
    pub instructions: Vec<Instr>,
    /// The source span each instruction came from (same length as `instructions`).
    pub spans: Vec<Span>,
    pub consts: Vec<Value>,
    /// Names for global/attribute/name-scope access.
    pub names: Vec<String>,
    /// The same names as string objects (hash cached) for namespace lookups and stores.
    pub name_objs: Vec<crate::objects::heap::Rc<crate::objects::PyStr>>,
    /// Local variable names; parameters come first.
    pub varnames: Vec<String>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<String>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<String>,
    /// For each cell variable that is also a parameter, its index in `varnames`.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub max_stack: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkeywords: bool,
    pub generator: bool,
    /// Uses locals as a namespace dict (module and class bodies).
    pub namespace: bool,
}

impl Code {
    /// 1-based source line of instruction `ip`.
    pub fn line_of(&self, ip: usize) -> usize {
        let span = self.spans.get(ip).copied().unwrap_or_default();
        self.source.line_of(span.start)
    }

    /// Number of cell + free variable slots in a frame.
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<code object {}>", self.name)
    }
}

impl Code {
    /// A readable listing (for `pyth dis` and debugging).
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        self.disassemble_into(&mut out);
        out
    }

    fn disassemble_into(&self, out: &mut String) {
        use std::fmt::Write;
        let _ = writeln!(out, "Disassembly of <code object {}>:", self.qualname);
        let mut last_line = 0;
        for (i, instr) in self.instructions.iter().enumerate() {
            let line = self.line_of(i);
            let marker = if line != last_line {
                last_line = line;
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            let detail = match instr {
                Instr::LoadConst(n) => format!(" ({})", self.consts[*n as usize].debug_repr()),
                Instr::LoadFast(n) | Instr::StoreFast(n) | Instr::DeleteFast(n) => {
                    format!(" ({})", self.varnames[*n as usize])
                }
                Instr::LoadName(n)
                | Instr::StoreName(n)
                | Instr::DeleteName(n)
                | Instr::LoadGlobal(n)
                | Instr::StoreGlobal(n)
                | Instr::DeleteGlobal(n)
                | Instr::LoadAttr(n)
                | Instr::StoreAttr(n)
                | Instr::DeleteAttr(n)
                | Instr::LoadMethod(n)
                | Instr::ImportName(n)
                | Instr::ImportFrom(n) => format!(" ({})", self.names[*n as usize]),
                _ => String::new(),
            };
            let _ = writeln!(out, "{marker} {i:>5} {instr:?}{detail}");
        }
        for c in &self.consts {
            if let Value::Code(code) = c {
                out.push('\n');
                code.disassemble_into(out);
            }
        }
    }
}
