//! The code generator: AST + symbol table → code objects.
//!
//! Exceptions use a runtime block stack (`SetupExcept`/`SetupFinally`/`SetupWith` push
//! handlers, `PopBlock` removes them); `finally` bodies are emitted once for the normal path
//! and once for the exception path, and `return`/`break`/`continue` inline the cleanup of
//! every block they leave, as CPython does.

use crate::objects::heap::Rc;
use std::collections::HashMap;
use std::sync::Arc;

use super::bytecode::{Code, CodeFlags, Instr};
use super::symtable::{self, NameScope, Scope, ScopeKind, SymbolTable};
use crate::objects::Value;
use crate::syntax::ast::*;
use crate::syntax::{SourceFile, SyntaxError};

type CResult<T> = Result<T, SyntaxError>;

/// Compiles a module body.
pub fn compile_module(module: &Module, source: Arc<SourceFile>) -> CResult<Rc<Code>> {
    let table = symtable::build_module(&module.body)?;
    let mut c = Compiler::new(&table, source);
    c.future_annotations = imports_future_annotations(&module.body);
    c.push_unit(
        table.module_scope(),
        "<module>".into(),
        "<module>".into(),
        1,
    );
    c.unit().flags.namespace = true;
    c.body_with_docstring(&module.body)?;
    c.load_const(Value::None);
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

/// Compiles a REPL entry: expression statements echo their value.
pub fn compile_interactive(module: &Interactive, source: Arc<SourceFile>) -> CResult<Rc<Code>> {
    let table = symtable::build_module(&module.body)?;
    let mut c = Compiler::new(&table, source);
    c.push_unit(
        table.module_scope(),
        "<module>".into(),
        "<module>".into(),
        1,
    );
    c.unit().flags.namespace = true;
    c.interactive = true;
    if has_annotations(&module.body) {
        c.emit(Instr::SetupAnnotations);
    }
    for s in &module.body {
        c.stmt(s)?;
    }
    c.load_const(Value::None);
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

/// The index of `name` in a table, adding it if new.
fn intern(table: &mut Vec<String>, index: &mut HashMap<String, u32>, name: &str) -> u32 {
    if let Some(&i) = index.get(name) {
        return i;
    }
    table.push(name.to_string());
    let i = table.len() as u32 - 1;
    index.insert(name.to_string(), i);
    i
}

/// Whether the module starts (after its docstring) with `from __future__ import annotations`:
/// annotations are then stored as their source text instead of evaluated (PEP 563).
fn imports_future_annotations(body: &[Stmt]) -> bool {
    let mut stmts = body.iter().peekable();
    if let Some(StmtKind::Expr { value }) = stmts.peek().map(|s| &s.kind)
        && matches!(
            value.kind,
            ExprKind::Constant {
                value: Constant::Str(_)
            }
        )
    {
        stmts.next();
    }
    for s in stmts {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// Whether a module or class body stores annotations (it then needs `__annotations__`).
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { simple, .. } => *simple,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// Compiles a single expression (`eval`).
pub fn compile_expression(e: &Expr, source: Arc<SourceFile>) -> CResult<Rc<Code>> {
    let table = symtable::build_expression(e)?;
    let mut c = Compiler::new(&table, source);
    c.push_unit(
        table.module_scope(),
        "<module>".into(),
        "<module>".into(),
        1,
    );
    c.unit().flags.namespace = true;
    c.expr(e)?;
    c.emit(Instr::ReturnValue);
    Ok(c.pop_unit())
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
struct Label(u32);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum NameOp {
    Load,
    Store,
    Delete,
}

impl NameOp {
    fn pick(self, load: Instr, store: Instr, delete: Instr) -> Instr {
        match self {
            NameOp::Load => load,
            NameOp::Store => store,
            NameOp::Delete => delete,
        }
    }
}

/// What `return`/`break`/`continue` must clean up when leaving a block.
enum Block<'a> {
    Loop {
        continue_to: Label,
        break_to: Label,
        /// A `for` loop keeps its iterator on the stack.
        has_iterator: bool,
    },
    TryExcept,
    TryFinally {
        finalbody: &'a [Stmt],
    },
    /// Inside an `except` clause (`name` is the `as` target, unbound on leaving).
    ExceptHandler {
        name: Option<&'a str>,
    },
    /// A value that sits on the stack while a `finally` body runs inlined for a `return`
    /// (the return value): leaving the body another way must pop it.
    PopValue,
    /// Inside a `finally` running for an exception (which is on the stack).
    FinallyHandler,
    With,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    /// A str's generalized UTF-8 bytes (two strings are one constant only if equal).
    Str(Vec<u8>),
}

struct Unit<'a> {
    scope: &'a Scope,
    name: String,
    qualname: String,
    first_line: u32,
    instructions: Vec<Instr>,
    spans: Vec<Span>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    var_index: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    labels: Vec<Option<u32>>,
    fixups: Vec<(usize, Label)>,
    blocks: Vec<Block<'a>>,
    flags: CodeFlags,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    span: Span,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    source: Arc<SourceFile>,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// `from __future__ import annotations`: annotations compile to their source text.
    future_annotations: bool,
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, source: Arc<SourceFile>) -> Self {
        Compiler {
            table,
            source,
            units: Vec::new(),
            interactive: false,
            future_annotations: false,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn push_unit(&mut self, scope: &'a Scope, name: String, qualname: String, first_line: u32) {
        let varnames = if matches!(scope.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            scope.varnames()
        } else {
            Vec::new()
        };
        let var_index = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        self.units.push(Unit {
            scope,
            name,
            qualname,
            first_line,
            instructions: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            var_index,
            cellvars: scope.cellvars(),
            freevars: scope.freevars(),
            labels: Vec::new(),
            fixups: Vec::new(),
            blocks: Vec::new(),
            flags: CodeFlags {
                generator: scope.is_generator,
                ..CodeFlags::default()
            },
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            span: Span::default(),
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let mut u = self.units.pop().expect("a unit is being compiled");
        for (at, label) in std::mem::take(&mut u.fixups) {
            let target = u.labels[label.0 as usize].expect("every label is placed");
            u.instructions[at] = match u.instructions[at] {
                Instr::Jump(_) => Instr::Jump(target),
                Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
                Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
                Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
                Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
                Instr::ForIter(_) => Instr::ForIter(target),
                Instr::SetupExcept(_) => Instr::SetupExcept(target),
                Instr::SetupFinally(_) => Instr::SetupFinally(target),
                Instr::SetupWith(_) => Instr::SetupWith(target),
                other => other,
            };
        }
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                u.scope
                    .params
                    .iter()
                    .position(|p| p == name)
                    .map(|pi| (ci as u32, pi as u32))
            })
            .collect();
        // Parameters that are cells still occupy their argument slot.
        let mut varnames = u.varnames;
        for p in &u.scope.params {
            if !u.var_index.contains_key(p) {
                u.var_index.insert(p.clone(), varnames.len() as u32);
                varnames.push(p.clone());
            }
        }
        Rc::new(Code {
            name: u.name,
            qualname: u.qualname,
            source: self.source.clone(),
            first_line: u.first_line,
            instructions: u.instructions,
            spans: u.spans,
            consts: u.consts,
            name_objs: u
                .names
                .iter()
                .map(|n| Rc::new(crate::objects::PyStr::new(n)))
                .collect(),
            names: u.names,
            varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            max_stack: 0,
        })
    }

    // --- emitting ---

    fn emit(&mut self, instr: Instr) -> usize {
        let u = self.unit();
        u.instructions.push(instr);
        u.spans.push(u.span);
        u.instructions.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn place(&mut self, label: Label) {
        let u = self.unit();
        u.labels[label.0 as usize] = Some(u.instructions.len() as u32);
    }

    fn emit_jump(&mut self, instr: Instr, label: Label) {
        let at = self.emit(instr);
        self.unit().fixups.push((at, label));
    }

    fn set_span(&mut self, span: Span) -> Span {
        std::mem::replace(&mut self.unit().span, span)
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(*b)),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Str(s) => Some(ConstKey::Str(s.wtf8().to_vec())),
            _ => None,
        };
        let u = self.unit();
        if let Some(k) = &key
            && let Some(&i) = u.const_index.get(k)
        {
            return i;
        }
        u.consts.push(v);
        let i = u.consts.len() as u32 - 1;
        if let Some(k) = key {
            u.const_index.insert(k, i);
        }
        i
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        intern(&mut u.names, &mut u.name_index, name)
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        intern(&mut u.varnames, &mut u.var_index, name)
    }

    fn cell_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|n| n == name) {
            return i as u32;
        }
        let i = u
            .freevars
            .iter()
            .position(|n| n == name)
            .expect("free variable resolved by the symbol table");
        (u.cellvars.len() + i) as u32
    }

    // --- names ---

    fn load_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, NameOp::Delete);
    }

    /// Loads, stores or deletes `name` where the symbol table says it lives: a fast local,
    /// a cell, a global, or (module and class bodies) the namespace.
    fn name_op(&mut self, name: &str, op: NameOp) {
        let scope = self.unit().scope;
        let kind = scope.kind;
        let function = matches!(kind, ScopeKind::Function | ScopeKind::Comprehension);
        let instr = match scope.lookup(name) {
            NameScope::Cell | NameScope::Free => {
                let i = self.cell_idx(name);
                match op {
                    NameOp::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(i),
                    NameOp::Load => Instr::LoadDeref(i),
                    NameOp::Store => Instr::StoreDeref(i),
                    NameOp::Delete => Instr::DeleteDeref(i),
                }
            }
            NameScope::GlobalExplicit => {
                let i = self.name_idx(name);
                op.pick(
                    Instr::LoadGlobal(i),
                    Instr::StoreGlobal(i),
                    Instr::DeleteGlobal(i),
                )
            }
            NameScope::GlobalImplicit if op == NameOp::Load && function => {
                Instr::LoadGlobal(self.name_idx(name))
            }
            NameScope::Local | NameScope::GlobalImplicit if function => {
                let i = self.var_idx(name);
                op.pick(
                    Instr::LoadFast(i),
                    Instr::StoreFast(i),
                    Instr::DeleteFast(i),
                )
            }
            NameScope::Local | NameScope::GlobalImplicit => {
                let i = self.name_idx(name);
                op.pick(
                    Instr::LoadName(i),
                    Instr::StoreName(i),
                    Instr::DeleteName(i),
                )
            }
        };
        self.emit(instr);
    }

    // --- statements ---

    fn body_with_docstring(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if has_annotations(body) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = body;
        if let Some(first) = body.first()
            && let StmtKind::Expr { value } = &first.kind
            && let ExprKind::Constant {
                value: Constant::Str(doc),
            } = &value.kind
        {
            let old = self.set_span(first.span);
            self.load_const(Value::wtf8(doc.as_bytes().to_vec()));
            self.store_name("__doc__");
            self.set_span(old);
            rest = &body[1..];
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let old = self.set_span(s.span);
        let r = self.stmt_inner(s);
        self.set_span(old);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Expr { value } => {
                self.expr(value)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Dup);
                    }
                    self.assign_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.assign_target(target)?;
                } else if !*simple {
                    // `a.b: int` still evaluates the target's object.
                    match &target.kind {
                        ExprKind::Attribute { value, .. } => {
                            self.expr(value)?;
                            self.emit(Instr::Pop);
                        }
                        ExprKind::Subscript { value, slice, .. } => {
                            self.expr(value)?;
                            self.emit(Instr::Pop);
                            self.expr(slice)?;
                            self.emit(Instr::Pop);
                        }
                        _ => {}
                    }
                }
                let kind = self.unit().scope.kind;
                if *simple
                    && matches!(kind, ScopeKind::Module | ScopeKind::Class)
                    && let ExprKind::Name { id, .. } = &target.kind
                {
                    // __annotations__[name] = annotation
                    self.annotation(annotation)?;
                    let i = self.name_idx("__annotations__");
                    self.emit(Instr::LoadName(i));
                    self.load_const(Value::str(id));
                    self.emit(Instr::StoreSubscr);
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return { value } => {
                if !matches!(self.unit().scope.kind, ScopeKind::Function) {
                    return Err(SyntaxError::new("'return' outside function", s.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_blocks_for_return()?;
                self.emit(Instr::ReturnValue);
            }
            StmtKind::Break => self.break_continue(true, s.span)?,
            StmtKind::Continue => self.break_continue(false, s.span)?,
            StmtKind::If { test, body, orelse } => {
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Instr::Jump(0), end);
                }
                self.place(else_label);
                self.stmts(orelse)?;
                self.place(end);
            }
            StmtKind::While { test, body, orelse } => {
                let top = self.new_label();
                let else_label = self.new_label();
                let end = self.new_label();
                self.place(top);
                self.jump_if(test, false, else_label)?;
                self.unit().blocks.push(Block::Loop {
                    continue_to: top,
                    break_to: end,
                    has_iterator: false,
                });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.emit_jump(Instr::Jump(0), top);
                self.place(else_label);
                self.stmts(orelse)?;
                self.place(end);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                let top = self.new_label();
                let exhausted = self.new_label();
                let end = self.new_label();
                self.expr(iter)?;
                self.emit(Instr::GetIter);
                self.place(top);
                self.emit_jump(Instr::ForIter(0), exhausted);
                self.assign_target(target)?;
                self.unit().blocks.push(Block::Loop {
                    continue_to: top,
                    break_to: end,
                    has_iterator: true,
                });
                self.stmts(body)?;
                self.unit().blocks.pop();
                self.emit_jump(Instr::Jump(0), top);
                self.place(exhausted);
                self.stmts(orelse)?;
                self.place(end);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Instr::Raise(n));
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.place(end);
            }
            StmtKind::With { items, body } => self.with(items, body)?,
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => self.function_def(s, name, args, body, decorator_list, returns.as_deref())?,
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.class_def(s, name, bases, keywords, body, decorator_list)?,
            StmtKind::Import { names } => {
                for a in names {
                    self.load_const(Value::Int(0));
                    if a.asname.is_some() {
                        self.load_const(Value::Bool(true));
                    } else {
                        self.load_const(Value::None);
                    }
                    let i = self.name_idx(&a.name);
                    self.emit(Instr::ImportName(i));
                    match &a.asname {
                        Some(asname) => self.store_name(asname),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.store_name(&top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::Int(*level as i64));
                let fromlist: Vec<Value> = names.iter().map(|a| Value::str(&a.name)).collect();
                self.load_const(Value::tuple(fromlist));
                let i = self.name_idx(module.as_deref().unwrap_or(""));
                self.emit(Instr::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_idx(&a.name);
                        self.emit(Instr::ImportFrom(i));
                        self.store_name(a.asname.as_deref().unwrap_or(&a.name));
                    }
                    self.emit(Instr::Pop);
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.load_name(id);
                self.expr(value)?;
                let old = self.set_span(target.span.to(value.span));
                self.emit(Instr::InplaceOp(op));
                self.set_span(old);
                self.store_name(id);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instr::Dup);
                let i = self.name_idx(attr);
                let old = self.set_span(target.span);
                self.emit(Instr::LoadAttr(i));
                self.set_span(old);
                self.expr(value)?;
                let old = self.set_span(target.span.to(value.span));
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot2);
                self.emit(Instr::StoreAttr(i));
                self.set_span(old);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instr::Dup2);
                let old = self.set_span(target.span);
                self.emit(Instr::BinarySubscr);
                self.set_span(old);
                self.expr(value)?;
                let old = self.set_span(target.span.to(value.span));
                self.emit(Instr::InplaceOp(op));
                self.emit(Instr::Rot3);
                self.emit(Instr::StoreSubscr);
                self.set_span(old);
            }
            _ => unreachable!("the parser only builds valid augmented targets"),
        }
        Ok(())
    }

    fn assign_target(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_span(t.span);
        let r = self.assign_target_inner(t);
        self.set_span(old);
        r
    }

    fn assign_target_inner(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.store_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Instr::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                let star = elts
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
                match star {
                    None => {
                        self.emit(Instr::UnpackSequence(elts.len() as u32));
                    }
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred { .. }))
                            .count()
                            > 1
                        {
                            return Err(SyntaxError::new(
                                "multiple starred expressions in assignment",
                                t.span,
                            ));
                        }
                        let after = elts.len() - i - 1;
                        if i > 255 || after > 255 {
                            return Err(SyntaxError::new(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            ));
                        }
                        self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
                    }
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred { value, .. } => self.assign_target(value)?,
                        _ => self.assign_target(e)?,
                    }
                }
            }
            ExprKind::Starred { .. } => {
                return Err(SyntaxError::new(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ));
            }
            _ => unreachable!("the parser only builds valid targets"),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        let old = self.set_span(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.delete_name(id),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Instr::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => unreachable!("the parser only builds valid targets"),
        }
        self.set_span(old);
        Ok(())
    }

    // --- control flow cleanup ---

    /// Emits the cleanup for `return` (the value is on top of the stack).
    fn unwind_blocks_for_return(&mut self) -> CResult<()> {
        let n = self.unit().blocks.len();
        for i in (0..n).rev() {
            self.unwind_block(i, true)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, i: usize, preserve_top: bool) -> CResult<()> {
        // Blocks are re-pushed around inlined `finally` bodies so nested control flow in
        // them unwinds correctly.
        let block = std::mem::replace(&mut self.unit().blocks[i], Block::TryExcept);
        match &block {
            Block::Loop { has_iterator, .. } => {
                if *has_iterator {
                    if preserve_top {
                        self.emit(Instr::Rot2);
                    }
                    self.emit(Instr::Pop);
                }
            }
            Block::TryExcept => {
                self.emit(Instr::PopBlock);
            }
            Block::TryFinally { finalbody } => {
                self.emit(Instr::PopBlock);
                let saved: Vec<Block> = self.unit().blocks.drain(i..).collect();
                // The body runs with the return value (if any) on the stack: a `return`,
                // `break` or `continue` inside it must drop that value first.
                if preserve_top {
                    self.unit().blocks.push(Block::PopValue);
                }
                self.stmts(finalbody)?;
                if preserve_top {
                    self.unit().blocks.pop();
                }
                self.unit().blocks.extend(saved);
            }
            Block::ExceptHandler { name } => {
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            Block::PopValue => {
                if preserve_top {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
            }
            Block::FinallyHandler => {
                if preserve_top {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::Pop);
                self.emit(Instr::PopExcept);
            }
            Block::With => {
                self.emit(Instr::PopBlock);
                if preserve_top {
                    self.emit(Instr::Rot2);
                }
                self.emit(Instr::WithExitNormal);
            }
        }
        self.unit().blocks[i] = block;
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, span: Span) -> CResult<()> {
        let n = self.unit().blocks.len();
        let Some(loop_at) = self
            .unit()
            .blocks
            .iter()
            .rposition(|b| matches!(b, Block::Loop { .. }))
        else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(SyntaxError::new(msg, span));
        };
        for i in (loop_at + 1..n).rev() {
            self.unwind_block(i, false)?;
        }
        let (continue_to, break_to, has_iterator) = match &self.unit().blocks[loop_at] {
            Block::Loop {
                continue_to,
                break_to,
                has_iterator,
            } => (*continue_to, *break_to, *has_iterator),
            _ => unreachable!(),
        };
        if is_break {
            if has_iterator {
                self.emit(Instr::Pop);
            }
            self.emit_jump(Instr::Jump(0), break_to);
        } else {
            self.emit_jump(Instr::Jump(0), continue_to);
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let handler_label = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupExcept(0), handler_label);
        self.unit().blocks.push(Block::TryExcept);
        self.stmts(body)?;
        self.unit().blocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Instr::Jump(0), end);
        self.place(handler_label);
        for (i, h) in handlers.iter().enumerate() {
            let old = self.set_span(h.span);
            if h.type_.is_none() && i + 1 < handlers.len() {
                return Err(SyntaxError::new("default 'except:' must be last", h.span));
            }
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit_jump(Instr::PopJumpIfFalse(0), next);
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().blocks.push(Block::ExceptHandler {
                name: h.name.as_deref(),
            });
            self.stmts(&h.body)?;
            self.unit().blocks.pop();
            self.emit(Instr::PopExcept);
            if let Some(n) = &h.name {
                self.load_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.emit_jump(Instr::Jump(0), end);
            self.place(next);
            self.set_span(old);
        }
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let handler_label = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally(0), handler_label);
        self.unit().blocks.push(Block::TryFinally { finalbody });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().blocks.pop();
        self.emit(Instr::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Instr::Jump(0), end);
        self.place(handler_label);
        self.unit().blocks.push(Block::FinallyHandler);
        self.stmts(finalbody)?;
        self.unit().blocks.pop();
        self.emit(Instr::Reraise);
        self.place(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        let old = self.set_span(item.context_expr.span);
        self.emit_jump(Instr::SetupWith(0), handler);
        self.set_span(old);
        match &item.optional_vars {
            Some(v) => self.assign_target(v)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.unit().blocks.push(Block::With);
        self.with(rest, body)?;
        self.unit().blocks.pop();
        self.emit(Instr::PopBlock);
        let old = self.set_span(item.context_expr.span);
        self.emit(Instr::WithExitNormal);
        self.emit_jump(Instr::Jump(0), end);
        self.place(handler);
        self.emit(Instr::WithExceptStart);
        self.emit_jump(Instr::PopJumpIfTrue(0), suppress);
        self.emit(Instr::Reraise);
        self.place(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.set_span(old);
        self.place(end);
        Ok(())
    }

    // --- functions and classes ---

    /// Pushes defaults/kwdefaults for a function; returns the MakeFunction flags so far.
    fn function_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = args
            .kwonlyargs
            .iter()
            .zip(&args.kw_defaults)
            .filter_map(|(a, d)| d.as_ref().map(|d| (a, d)))
            .collect();
        if !kw.is_empty() {
            for (a, d) in &kw {
                self.load_const(Value::str(&a.arg));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    /// Pushes an annotation's value: the expression's, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if !self.future_annotations {
            return self.expr(e);
        }
        let text = self
            .source
            .text
            .get(e.span.start as usize..e.span.end as usize)
            .unwrap_or("");
        let text = if text.contains('\n') {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            text.to_string()
        };
        self.load_const(Value::string(text));
        Ok(())
    }

    /// Pushes the `__annotations__` dict of a function (parameters in order, then `return`)
    /// and returns the MakeFunction flag for it, or 0 when nothing is annotated.
    fn function_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let params = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_ref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_ref());
        let mut n = 0;
        for a in params {
            if let Some(ann) = &a.annotation {
                self.load_const(Value::str(&a.arg));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Value::str("return"));
            self.annotation(r)?;
            n += 1;
        }
        if n == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildMap(n));
        Ok(4)
    }

    /// Pushes the closure tuple for a nested scope (if it has free variables) and the code.
    fn make_closure(&mut self, code: Rc<Code>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in code.freevars.clone() {
                let i = self.cell_idx(&name);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Value::Code(code));
        self.emit(Instr::MakeFunction(flags));
    }

    fn qualname_for(&mut self, name: &str) -> String {
        let parent = self.unit();
        match parent.scope.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Function | ScopeKind::Comprehension => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            ScopeKind::Class => format!("{}.{}", parent.qualname, name),
        }
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.unit();
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        u.flags.varargs = args.vararg.is_some();
        u.flags.varkeywords = args.kwarg.is_some();
    }

    fn function_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
    ) -> CResult<()> {
        for d in decorators {
            self.expr(d)?;
        }
        let flags = self.function_defaults(args)? | self.function_annotations(args, returns)?;
        let scope = self.table.stmt_scope(s);
        let qualname = self.qualname_for(name);
        let line = self.source.line_of(s.span.start) as u32;
        self.push_unit(scope, name.to_string(), qualname, line);
        self.set_arg_counts(args);
        // A docstring is the first constant (as CPython's co_consts[0]).
        if let Some(StmtKind::Expr { value }) = body.first().map(|s| &s.kind)
            && let ExprKind::Constant {
                value: Constant::Str(doc),
            } = &value.kind
        {
            self.add_const(Value::wtf8(doc.as_bytes().to_vec()));
        } else {
            self.add_const(Value::None);
        }
        self.stmts(body)?;
        self.load_const(Value::None);
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, flags);
        for _ in decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &str,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> CResult<()> {
        for d in decorators {
            self.expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope = self.table.stmt_scope(s);
        let qualname = self.qualname_for(name);
        let line = self.source.line_of(s.span.start) as u32;
        self.push_unit(scope, name.to_string(), qualname.clone(), line);
        self.unit().flags.namespace = true;
        // __module__ and __qualname__ first, as CPython.
        let i = self.name_idx("__name__");
        self.emit(Instr::LoadName(i));
        self.store_name_in_class("__module__");
        self.load_const(Value::str(&qualname));
        self.store_name_in_class("__qualname__");
        self.body_with_docstring(body)?;
        if scope.cellvars().iter().any(|n| n == "__class__") {
            let i = self.cell_idx("__class__");
            self.emit(Instr::LoadClosure(i));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        self.load_const(Value::str(name));
        self.call_args(bases, keywords, 2)?;
        for _ in decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(name);
        Ok(())
    }

    fn store_name_in_class(&mut self, name: &str) {
        let i = self.name_idx(name);
        self.emit(Instr::StoreName(i));
    }

    // --- expressions ---

    /// Jumps to `label` when `test` is `when`; otherwise falls through.
    fn jump_if(&mut self, test: &'a Expr, when: bool, label: Label) -> CResult<()> {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, label),
            ExprKind::BoolOp { op, values } => {
                let is_and = *op == BoolOp::And;
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` when true): any operand decides.
                    for v in values {
                        self.jump_if(v, when, label)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().expect("a BoolOp has operands");
                    for v in init {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, label)?;
                    self.place(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        if when {
            self.emit_jump(Instr::PopJumpIfTrue(0), label);
        } else {
            self.emit_jump(Instr::PopJumpIfFalse(0), label);
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let old = self.set_span(e.span);
        let r = self.expr_inner(e);
        self.set_span(old);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Constant { value } => {
                let v = match value {
                    Constant::None => Value::None,
                    Constant::Bool(b) => Value::Bool(*b),
                    Constant::Int(i) => Value::from_bigint(i.clone()),
                    Constant::Float(f) => Value::Float(*f),
                    Constant::Str(s) => Value::wtf8(s.as_bytes().to_vec()),
                    Constant::Bytes(b) => Value::Bytes(Rc::new(b.clone())),
                    Constant::Ellipsis => Value::Ellipsis,
                    Constant::Imag(_) => {
                        return Err(SyntaxError::new(
                            "pyth does not support complex numbers",
                            e.span,
                        ));
                    }
                };
                self.load_const(v);
            }
            ExprKind::Name { id, .. } => self.load_name(id),
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::USub => Instr::UnaryNegative,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::Invert => Instr::UnaryInvert,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let (last, init) = values.split_last().expect("a BoolOp has operands");
                for v in init {
                    self.expr(v)?;
                    match op {
                        BoolOp::And => self.emit_jump(Instr::JumpIfFalseOrPop(0), end),
                        BoolOp::Or => self.emit_jump(Instr::JumpIfTrueOrPop(0), end),
                    }
                }
                self.expr(last)?;
                self.place(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&comparators[0])?;
                    self.emit(Instr::CompareOp(ops[0]));
                } else {
                    let cleanup = self.new_label();
                    let end = self.new_label();
                    let n = ops.len();
                    for (i, (op, c)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(c)?;
                        if i + 1 < n {
                            self.emit(Instr::Dup);
                            self.emit(Instr::Rot3);
                            self.emit(Instr::CompareOp(*op));
                            self.emit_jump(Instr::JumpIfFalseOrPop(0), cleanup);
                        } else {
                            self.emit(Instr::CompareOp(*op));
                        }
                    }
                    self.emit_jump(Instr::Jump(0), end);
                    self.place(cleanup);
                    self.emit(Instr::Rot2);
                    self.emit(Instr::Pop);
                    self.place(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                let else_label = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.expr(body)?;
                self.emit_jump(Instr::Jump(0), end);
                self.place(else_label);
                self.expr(orelse)?;
                self.place(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instr::Dup);
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.store_name(id);
                }
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                if let ExprKind::Attribute { value, attr, .. } = &func.kind
                    && !args
                        .iter()
                        .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                    && keywords.is_empty()
                {
                    self.expr(value)?;
                    let i = self.name_idx(attr);
                    let old = self.set_span(func.span);
                    self.emit(Instr::LoadMethod(i));
                    self.set_span(old);
                    for a in args {
                        self.expr(a)?;
                    }
                    self.emit(Instr::CallMethod(args.len() as u32));
                } else if args.is_empty()
                    && keywords.is_empty()
                    && matches!(&func.kind, ExprKind::Name { id, .. } if id == "locals")
                    && self.unit().scope.lookup("locals") == NameScope::GlobalImplicit
                {
                    self.emit(Instr::LoadLocals);
                } else if args.is_empty()
                    && keywords.is_empty()
                    && matches!(&func.kind, ExprKind::Name { id, .. } if id == "dir")
                    && self.unit().scope.lookup("dir") == NameScope::GlobalImplicit
                {
                    // `dir()` lists the caller's scope, which a builtin cannot see.
                    self.emit(Instr::LoadLocals);
                    self.emit(Instr::SortedKeys);
                } else if args.len() == 1
                    && keywords.is_empty()
                    && !matches!(args[0].kind, ExprKind::Starred { .. })
                    && self.unit().scope.kind != ScopeKind::Module
                    && matches!(&func.kind, ExprKind::Name { id, .. } if id == "eval" || id == "exec")
                    && self.unit().scope.lookup("globals") == NameScope::GlobalImplicit
                    && matches!(&func.kind, ExprKind::Name { id, .. }
                        if self.unit().scope.lookup(id) == NameScope::GlobalImplicit)
                {
                    // `eval(src)` in a function or class body sees its locals: it is
                    // `eval(src, globals(), locals())`, which a builtin cannot build itself.
                    self.expr(func)?;
                    self.expr(&args[0])?;
                    self.load_name("globals");
                    self.emit(Instr::Call(0));
                    self.emit(Instr::LoadLocals);
                    self.emit(Instr::Call(3));
                } else if self.is_zero_arg_super(func, args, keywords) {
                    // `super()` → `super(__class__, <first argument>)`.
                    self.expr(func)?;
                    let i = self.cell_idx("__class__");
                    self.emit(Instr::LoadDeref(i));
                    let first = self.unit().scope.params[0].clone();
                    self.load_name(&first);
                    self.emit(Instr::Call(2));
                } else {
                    self.expr(func)?;
                    self.call_args(args, keywords, 0)?;
                }
            }
            ExprKind::Tuple { elts, .. } => {
                if elts
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    self.starred_list(elts)?;
                    self.emit(Instr::ListToTuple);
                } else if let Some(v) = const_tuple(elts) {
                    self.load_const(v);
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildTuple(elts.len() as u32));
                }
            }
            ExprKind::List { elts, .. } => {
                if elts
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    self.starred_list(elts)?;
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildList(elts.len() as u32));
                }
            }
            ExprKind::Set { elts } => {
                if elts
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    self.emit(Instr::BuildSet(0));
                    for x in elts {
                        match &x.kind {
                            ExprKind::Starred { value, .. } => {
                                self.expr(value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            _ => {
                                self.expr(x)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for x in elts {
                        self.expr(x)?;
                    }
                    self.emit(Instr::BuildSet(elts.len() as u32));
                }
            }
            ExprKind::Dict { keys, values } => {
                if keys.iter().any(|k| k.is_none()) {
                    self.emit(Instr::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Instr::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Instr::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildMap(keys.len() as u32));
                }
            }
            ExprKind::Starred { .. } => {
                return Err(SyntaxError::new(
                    "can't use starred expression here",
                    e.span,
                ));
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    match &v.kind {
                        ExprKind::Constant {
                            value: Constant::Str(s),
                        } => self.load_const(Value::wtf8(s.as_bytes().to_vec())),
                        _ => self.expr(v)?,
                    }
                }
                if values.len() != 1 || !matches!(values[0].kind, ExprKind::FormattedValue { .. }) {
                    self.emit(Instr::BuildString(values.len() as u32));
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::Lambda { args, body } => {
                let flags = self.function_defaults(args)?;
                let scope = self.table.expr_scope(e);
                let qualname = self.qualname_for("<lambda>");
                let line = self.source.line_of(e.span.start) as u32;
                self.push_unit(scope, "<lambda>".into(), qualname, line);
                self.set_arg_counts(args);
                self.add_const(Value::None);
                self.expr(body)?;
                self.emit(Instr::ReturnValue);
                let code = self.pop_unit();
                self.make_closure(code, flags);
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, CompKind::Gen(elt))?
            }
            ExprKind::Yield { value } => {
                self.check_yield(e.span)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield(e.span)?;
                self.expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Value::None);
                self.emit(Instr::YieldFrom);
            }
        }
        Ok(())
    }

    fn is_zero_arg_super(&mut self, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> bool {
        let ExprKind::Name { id, .. } = &func.kind else {
            return false;
        };
        let scope = self.unit().scope;
        id == "super"
            && args.is_empty()
            && keywords.is_empty()
            && scope.kind == ScopeKind::Function
            && !scope.params.is_empty()
            && scope.lookup("__class__") == NameScope::Free
    }

    fn check_yield(&mut self, span: Span) -> CResult<()> {
        match self.unit().scope.kind {
            ScopeKind::Function => Ok(()),
            _ => Err(SyntaxError::new("'yield' outside function", span)),
        }
    }

    /// A list display with `*` items: builds a list.
    fn starred_list(&mut self, elts: &'a [Expr]) -> CResult<()> {
        self.emit(Instr::BuildList(0));
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(x)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    /// Arguments of a call whose callable (and `extra` already-pushed positional arguments)
    /// is on the stack.
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [Keyword], extra: u32) -> CResult<()> {
        let has_star = args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let has_dstar = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Instr::Call(args.len() as u32 + extra));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    let name = k.arg.as_ref().expect("no ** here");
                    if names.iter().any(|n: &Value| n.as_str() == Some(name)) {
                        return Err(SyntaxError::new(
                            format!("keyword argument repeated: {name}"),
                            k.span,
                        ));
                    }
                    self.expr(&k.value)?;
                    names.push(Value::str(name));
                }
                let n = args.len() + keywords.len();
                self.load_const(Value::tuple(names));
                self.emit(Instr::CallKw(n as u32 + extra));
            }
            return Ok(());
        }
        // General form: positional args collected into a tuple, keywords into a dict.
        self.emit(Instr::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(Instr::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        if keywords.is_empty() {
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Value::str(name));
                    self.expr(&k.value)?;
                    self.emit(Instr::BuildMap(1));
                    self.emit(Instr::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        name: &str,
        generators: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let scope = self.table.expr_scope(e);
        let qualname = self.qualname_for(name);
        let line = self.source.line_of(e.span.start) as u32;
        self.push_unit(scope, name.to_string(), qualname, line);
        self.unit().argcount = 1;
        // The loop's own instructions (iterating an inner `for`, appending) point at the
        // whole comprehension, as in CPython's tracebacks.
        self.set_span(e.span);
        match kind {
            CompKind::List(_) => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        self.comprehension_loop(generators, 0, &kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.pop_unit();
        self.make_closure(code, 0);
        self.expr(&generators[0].iter)?;
        self.emit(Instr::GetIter);
        self.emit(Instr::Call(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        generators: &'a [Comprehension],
        depth: usize,
        kind: &CompKind<'a>,
    ) -> CResult<()> {
        let g = &generators[depth];
        let top = self.new_label();
        let end = self.new_label();
        if depth == 0 {
            let i = self.var_idx(".0");
            self.emit(Instr::LoadFast(i));
        } else {
            self.expr(&g.iter)?;
            self.emit(Instr::GetIter);
        }
        self.place(top);
        self.emit_jump(Instr::ForIter(0), end);
        self.assign_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, top)?;
        }
        if depth + 1 < generators.len() {
            self.comprehension_loop(generators, depth + 1, kind)?;
        } else {
            // The collection sits below one iterator per loop.
            let n = generators.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(n));
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(n));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(n));
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit_jump(Instr::Jump(0), top);
        self.place(end);
        Ok(())
    }
}

enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// A tuple display made only of constants becomes one constant.
fn const_tuple(elts: &[Expr]) -> Option<Value> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        match &e.kind {
            ExprKind::Constant { value } => out.push(match value {
                Constant::None => Value::None,
                Constant::Bool(b) => Value::Bool(*b),
                Constant::Int(i) => Value::from_bigint(i.clone()),
                Constant::Float(f) => Value::Float(*f),
                Constant::Str(s) => Value::wtf8(s.as_bytes().to_vec()),
                _ => return None,
            }),
            _ => return None,
        }
    }
    Some(Value::tuple(out))
}
