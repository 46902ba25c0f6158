//! Scope analysis: which names are local, global, free (captured from an enclosing
//! function) or cell (captured by an inner function), for every module, class, function,
//! lambda and comprehension scope. The code generator asks this table how to load and
//! store each name.

use std::collections::{HashMap, HashSet};

use crate::syntax::SyntaxError;
use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    /// A list/set/dict comprehension or generator expression (a function scope of its own).
    Comprehension,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// A fast local (functions) or a namespace entry (module and class bodies).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Used but bound nowhere visible: a global or builtin.
    GlobalImplicit,
    /// Captured from an enclosing function.
    Free,
    /// Local here and captured by an inner scope.
    Cell,
}

const ASSIGNED: u8 = 1;
const USED: u8 = 2;
const PARAM: u8 = 4;
const GLOBAL: u8 = 8;
const NONLOCAL: u8 = 16;

/// The analysis of one scope.
#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Every name seen, in order of first appearance, with its resolution.
    pub symbols: Vec<(String, NameScope)>,
    index: HashMap<String, usize>,
    flags: Vec<u8>,
    /// Parameter names in order (positional-only, regular, `*args`, keyword-only, `**kw`).
    pub params: Vec<String>,
    pub is_generator: bool,
    /// A method that uses `super` or `__class__`: it gets the implicit `__class__` cell.
    pub needs_class_cell: bool,
    children: Vec<usize>,
    /// Class scopes only: names the class binds in its namespace that inner functions
    /// capture from an enclosing function (passed through as free variables).
    pub class_free: Vec<String>,
    /// Key of the AST node that opened the scope.
    key: usize,
    /// `global`/`nonlocal` statement positions, for errors.
    decl_spans: HashMap<String, Span>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, key: usize) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            flags: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            needs_class_cell: false,
            children: Vec::new(),
            class_free: Vec::new(),
            key,
            decl_spans: HashMap::new(),
        }
    }

    fn mark(&mut self, name: &str, flag: u8) {
        match self.index.get(name) {
            Some(&i) => self.flags[i] |= flag,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols
                    .push((name.to_string(), NameScope::GlobalImplicit));
                self.flags.push(flag);
            }
        }
    }

    fn flag(&self, name: &str) -> u8 {
        self.index.get(name).map_or(0, |&i| self.flags[i])
    }

    /// How this scope sees `name` (names it never mentions are global).
    pub fn lookup(&self, name: &str) -> NameScope {
        self.index
            .get(name)
            .map_or(NameScope::GlobalImplicit, |&i| self.symbols[i].1)
    }

    fn set(&mut self, name: &str, scope: NameScope) {
        if !self.index.contains_key(name) {
            self.mark(name, 0);
        }
        let i = self.index[name];
        self.symbols[i].1 = scope;
    }

    /// Names resolved as cells, in order.
    pub fn cellvars(&self) -> Vec<String> {
        self.symbols
            .iter()
            .filter(|(_, s)| *s == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect()
    }

    /// Names resolved as free, in order (then a class's pass-through names).
    pub fn freevars(&self) -> Vec<String> {
        self.symbols
            .iter()
            .filter(|(_, s)| *s == NameScope::Free)
            .map(|(n, _)| n.clone())
            .chain(self.class_free.iter().cloned())
            .collect()
    }

    /// Local variable slots of a function scope: parameters first, then other locals.
    pub fn varnames(&self) -> Vec<String> {
        let mut names = self.params.clone();
        for (i, (n, s)) in self.symbols.iter().enumerate() {
            if matches!(s, NameScope::Local | NameScope::Cell)
                && self.flags[i] & PARAM == 0
                && *s == NameScope::Local
            {
                names.push(n.clone());
            }
        }
        names
    }
}

/// The scopes of a module, found by the address of the AST node that opens each.
pub struct SymbolTable {
    scopes: Vec<Scope>,
    by_key: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn module_scope(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope opened by a `def`/`class` statement.
    pub fn stmt_scope(&self, s: &Stmt) -> &Scope {
        &self.scopes[self.by_key[&(s as *const Stmt as usize)]]
    }

    /// The scope opened by a lambda or comprehension expression.
    pub fn expr_scope(&self, e: &Expr) -> &Scope {
        &self.scopes[self.by_key[&(e as *const Expr as usize)]]
    }
}

pub fn build_module(body: &[Stmt]) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", 0)],
        stack: vec![0],
    };
    for s in body {
        b.stmt(s)?;
    }
    b.finish()
}

/// A table for a single expression (`eval`), scoped like a module.
pub fn build_expression(e: &Expr) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", 0)],
        stack: vec![0],
    };
    b.expr(e)?;
    b.finish()
}

struct Builder {
    scopes: Vec<Scope>,
    /// Indices of the scopes being built, innermost last.
    stack: Vec<usize>,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn finish(mut self) -> Result<SymbolTable, SyntaxError> {
        analyze(&mut self.scopes, 0, &HashSet::new())?;
        let by_key = self
            .scopes
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, s)| (s.key, i))
            .collect();
        Ok(SymbolTable {
            scopes: self.scopes,
            by_key,
        })
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, key: usize) {
        let i = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, key));
        let parent = *self.stack.last().unwrap();
        self.scopes[parent].children.push(i);
        self.stack.push(i);
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn bind(&mut self, name: &str, _span: Span) -> Result<(), SyntaxError> {
        self.cur().mark(name, ASSIGNED);
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        let scope = self.cur();
        scope.mark(name, USED);
        if (name == "super" || name == "__class__") && scope.kind == ScopeKind::Function {
            scope.needs_class_cell = true;
        }
    }

    fn declare(&mut self, names: &[String], flag: u8, span: Span) -> Result<(), SyntaxError> {
        let kind = self.cur().kind;
        for n in names {
            let word = if flag == GLOBAL { "global" } else { "nonlocal" };
            let f = self.cur().flag(n);
            if f & PARAM != 0 {
                let msg = if flag == GLOBAL {
                    format!("name '{n}' is parameter and global")
                } else {
                    format!("name '{n}' is parameter and nonlocal")
                };
                return Err(SyntaxError::new(msg, span));
            }
            if flag == NONLOCAL && f & GLOBAL != 0 {
                return Err(SyntaxError::new(
                    format!("name '{n}' is nonlocal and global"),
                    span,
                ));
            }
            if flag == GLOBAL && f & NONLOCAL != 0 {
                return Err(SyntaxError::new(
                    format!("name '{n}' is nonlocal and global"),
                    span,
                ));
            }
            if f & USED != 0 {
                return Err(SyntaxError::new(
                    format!("name '{n}' is used prior to {word} declaration"),
                    span,
                ));
            }
            if f & ASSIGNED != 0 {
                return Err(SyntaxError::new(
                    format!("name '{n}' is assigned to before {word} declaration"),
                    span,
                ));
            }
            if flag == NONLOCAL && kind == ScopeKind::Module {
                return Err(SyntaxError::new(
                    "nonlocal declaration not allowed at module level",
                    span,
                ));
            }
            let scope = self.cur();
            scope.mark(n, flag);
            scope.decl_spans.insert(n.clone(), span);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn arguments_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in all_args(args) {
            if let Some(ann) = &a.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let mut seen = std::collections::HashSet::new();
        // CPython's slot order: positional, keyword-only, then *args and **kwargs.
        let ordered = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in ordered {
            if !seen.insert(a.arg.as_str()) {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", a.arg),
                    a.span,
                ));
            }
            let scope = self.cur();
            scope.mark(&a.arg, PARAM | ASSIGNED);
            scope.params.push(a.arg.clone());
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                for d in decorator_list {
                    self.expr(d)?;
                }
                self.arguments_defaults(args)?;
                if let Some(r) = returns {
                    self.expr(r)?;
                }
                self.bind(name, s.span)?;
                self.push_scope(ScopeKind::Function, name, s as *const Stmt as usize);
                self.params(args)?;
                self.stmts(body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                for d in decorator_list {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.bind(name, s.span)?;
                self.push_scope(ScopeKind::Class, name, s as *const Stmt as usize);
                self.stmts(body)?;
                self.pop_scope();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.use_name(id);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let ExprKind::Name { id, .. } = &target.kind {
                    let f = self.cur().flag(id);
                    if *simple && f & (GLOBAL | NONLOCAL) != 0 {
                        let word = if f & GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(SyntaxError::new(
                            format!("annotated name '{id}' can't be {word}"),
                            target.span,
                        ));
                    }
                    self.bind(id, target.span)?;
                } else {
                    self.target(target)?;
                }
                if self.cur().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n, h.span)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.bind(bound, a.span)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                s.span,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.bind(bound, a.span)?;
                }
            }
            StmtKind::Global { names } => self.declare(names, GLOBAL, s.span)?,
            StmtKind::Nonlocal { names } => self.declare(names, NONLOCAL, s.span)?,
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// An assignment or deletion target.
    fn target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name { id, .. } => self.bind(id, t.span),
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.target(e)?;
                }
                Ok(())
            }
            ExprKind::Starred { value, .. } => self.target(value),
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load {
                    self.use_name(id);
                } else {
                    self.bind(id, e.span)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if let ExprKind::Name { id, .. } = &target.kind {
                    // In a comprehension, the walrus binds in the enclosing function scope.
                    let mut depth = self.stack.len() - 1;
                    while depth > 0
                        && self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension
                    {
                        depth -= 1;
                    }
                    let i = self.stack[depth];
                    // Comprehensions between here and the binding scope see the name as that
                    // scope's: a module global, or a function's (captured) local.
                    // A function that declares the name `global` binds it as a global too.
                    let flag = if self.scopes[i].kind == ScopeKind::Module
                        || self.scopes[i].flag(id) & GLOBAL != 0
                    {
                        GLOBAL
                    } else {
                        NONLOCAL
                    };
                    for d in depth + 1..self.stack.len() {
                        let c = self.stack[d];
                        self.scopes[c].mark(id, flag);
                    }
                    if self.scopes[i].kind == ScopeKind::Class && depth != self.stack.len() - 1 {
                        return Err(SyntaxError::new(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.span,
                        ));
                    }
                    self.scopes[i].mark(id, ASSIGNED);
                }
            }
            ExprKind::Lambda { args, body } => {
                self.arguments_defaults(args)?;
                self.push_scope(ScopeKind::Function, "<lambda>", e as *const Expr as usize);
                self.params(args)?;
                self.expr(body)?;
                self.pop_scope();
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                let name = match &e.kind {
                    ExprKind::ListComp { .. } => "<listcomp>",
                    ExprKind::SetComp { .. } => "<setcomp>",
                    _ => "<genexpr>",
                };
                self.comprehension(e, name, generators, &[elt])?;
                if name == "<genexpr>" {
                    let i = *self.scopes[*self.stack.last().unwrap()]
                        .children
                        .last()
                        .unwrap();
                    self.scopes[i].is_generator = true;
                }
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, &[key, value])?,
            ExprKind::Yield { value } => {
                self.mark_generator(e.span)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom { value } => {
                self.mark_generator(e.span)?;
                self.expr(value)?;
            }
            _ => {
                let mut children = Vec::new();
                direct_children(e, &mut children);
                for c in children {
                    self.expr(c)?;
                }
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Function => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                Err(SyntaxError::new("'yield' inside list comprehension", span))
            }
            _ => Err(SyntaxError::new("'yield' outside function", span)),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        self.push_scope(ScopeKind::Comprehension, name, e as *const Expr as usize);
        let scope = self.cur();
        scope.mark(".0", PARAM | ASSIGNED);
        scope.params.push(".0".into());
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for elt in elts {
            self.expr(elt)?;
        }
        self.pop_scope();
        Ok(())
    }
}

fn all_args(args: &Arguments) -> impl Iterator<Item = &Arg> {
    args.posonlyargs
        .iter()
        .chain(&args.args)
        .chain(args.vararg.iter())
        .chain(&args.kwonlyargs)
        .chain(args.kwarg.iter())
}

/// The sub-expressions of expressions that open no scope.
fn direct_children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values),
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    out.push(k);
                }
                out.push(v);
            }
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            out.extend(elts)
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(func);
            out.extend(args);
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(value);
            if let Some(s) = format_spec {
                out.push(s);
            }
        }
        ExprKind::JoinedStr { values } => out.extend(values),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => out.push(value),
        ExprKind::Subscript { value, slice, .. } => {
            out.push(value);
            out.push(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref());
            out.extend(upper.as_deref());
            out.extend(step.as_deref());
        }
        _ => {}
    }
}

/// Resolves every name of scope `i`, given the names bound by enclosing function scopes.
/// Returns the names this scope needs from outside (its free variables).
fn analyze(
    scopes: &mut Vec<Scope>,
    i: usize,
    enclosing: &HashSet<String>,
) -> Result<Vec<String>, SyntaxError> {
    let kind = scopes[i].kind;
    // First pass: this scope's own bindings.
    let names: Vec<(String, u8)> = scopes[i]
        .symbols
        .iter()
        .zip(&scopes[i].flags)
        .map(|((n, _), f)| (n.clone(), *f))
        .collect();
    for (name, f) in &names {
        let resolved = if f & GLOBAL != 0 {
            NameScope::GlobalExplicit
        } else if f & NONLOCAL != 0 {
            if !enclosing.contains(name) {
                let span = scopes[i].decl_spans.get(name).copied().unwrap_or_default();
                if kind == ScopeKind::Comprehension {
                    // A walrus target passing through: resolved by the enclosing scope.
                    NameScope::Free
                } else {
                    return Err(SyntaxError::new(
                        format!("no binding for nonlocal '{name}' found"),
                        span,
                    ));
                }
            } else {
                NameScope::Free
            }
        } else if f & (ASSIGNED | PARAM) != 0 {
            NameScope::Local
        } else if kind != ScopeKind::Module && enclosing.contains(name) {
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scopes[i].set(name, resolved);
    }
    // What inner scopes may capture from here: enclosing names plus our function locals
    // (class and module bindings are not visible to inner functions).
    // (A set: a scope may have tens of thousands of names, and each child looks them up.)
    let mut visible: HashSet<String> = enclosing.clone();
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        for (name, scope) in &scopes[i].symbols {
            if matches!(scope, NameScope::Local) {
                visible.insert(name.clone());
            }
        }
        // Names declared global are not capturable from here.
        visible.retain(|n| scopes[i].lookup(n) != NameScope::GlobalExplicit);
    }
    if kind == ScopeKind::Class {
        visible.insert("__class__".into());
    }
    let children = scopes[i].children.clone();
    let mut needs_class_cell = false;
    for c in children {
        if kind == ScopeKind::Class && scopes[c].needs_class_cell {
            scopes[c].mark("__class__", USED);
            needs_class_cell = true;
        }
        let free = analyze(scopes, c, &visible)?;
        for name in free {
            if kind == ScopeKind::Class && name == "__class__" {
                needs_class_cell = true;
                continue;
            }
            match scopes[i].lookup(&name) {
                NameScope::Local
                    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) =>
                {
                    scopes[i].set(&name, NameScope::Cell)
                }
                NameScope::Cell | NameScope::Free => {}
                NameScope::Local if kind == ScopeKind::Class => {
                    // The class binds it too, but inner functions see the outer binding:
                    // the class body keeps reading its namespace, and passes the cell on.
                    if !scopes[i].class_free.contains(&name) {
                        scopes[i].class_free.push(name);
                    }
                }
                _ => scopes[i].set(&name, NameScope::Free),
            }
        }
    }
    if needs_class_cell {
        scopes[i].set("__class__", NameScope::Cell);
    }
    Ok(scopes[i].freevars())
}
