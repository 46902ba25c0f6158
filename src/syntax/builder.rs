//! AST builders called from the grammar's actions. The grammar stays small and declarative;
//! the checks that give CPython's specific messages (invalid targets, parameter order,
//! argument order) live here.

use super::ast::*;
use super::error::SyntaxError;
use super::fstring;
use super::token::{StringLit, Tok};
use lalrpop_util::ParseError;

/// What the single public grammar entry point returns; the start marker token picks one.
pub enum Top {
    Module(Module),
    Interactive(Interactive),
    Expression(Expr),
}

pub type Result<T> = std::result::Result<T, SyntaxError>;

pub fn expr(kind: ExprKind, lo: usize, hi: usize) -> Expr {
    Expr::new(kind, Span::new(lo, hi))
}

pub fn stmt(kind: StmtKind, lo: usize, hi: usize) -> Stmt {
    Stmt::new(kind, Span::new(lo, hi))
}

/// A compound statement ends where its last nested statement ends (not at the DEDENT).
pub fn end_of(block: &[Stmt], lo: usize) -> usize {
    block.last().map(|s| s.span.end as usize).unwrap_or(lo)
}

/// Wraps a builder error for LALRPOP.
pub fn user(error: SyntaxError) -> ParseError<usize, Tok, SyntaxError> {
    ParseError::User { error }
}

/// Attaches decorators to a `def` or `class`.
pub fn decorate(mut s: Stmt, decos: Vec<Expr>) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef { decorator_list, .. }
        | StmtKind::ClassDef { decorator_list, .. } => *decorator_list = decos,
        _ => {}
    }
    s
}

pub fn name(id: String, lo: usize, hi: usize) -> Expr {
    expr(
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        },
        lo,
        hi,
    )
}

pub fn constant(value: Constant, lo: usize, hi: usize) -> Expr {
    expr(ExprKind::Constant { value }, lo, hi)
}

/// `a, b` without brackets: a tuple if there is a comma, else the single expression.
pub fn tuple_or_single(mut elts: Vec<Expr>, trailing_comma: bool, lo: usize, hi: usize) -> Expr {
    if elts.len() == 1 && !trailing_comma {
        elts.pop().unwrap()
    } else {
        expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            lo,
            hi,
        )
    }
}

/// `( ... )` holding a comma-separated list: a tuple, or a parenthesised expression.
pub fn paren(mut elts: Vec<Expr>, trailing_comma: bool, lo: usize, hi: usize) -> Result<Expr> {
    if elts.len() == 1 && !trailing_comma {
        let e = elts.pop().unwrap();
        if matches!(e.kind, ExprKind::Starred { .. }) {
            return Err(SyntaxError::new(
                "cannot use starred expression here",
                e.span,
            ));
        }
        Ok(e)
    } else {
        Ok(tuple_or_single(elts, true, lo, hi))
    }
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, lo: usize, hi: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, lo, hi)
}

pub fn bin_op(left: Expr, op: Operator, right: Expr) -> Expr {
    let span = left.span.to(right.span);
    Expr::new(
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
        span,
    )
}

pub fn unary(op: UnaryOp, operand: Expr, lo: usize) -> Expr {
    let hi = operand.span.end as usize;
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        lo,
        hi,
    )
}

pub fn compare(left: Expr, rest: Vec<(CmpOp, Expr)>) -> Expr {
    let lo = left.span.start as usize;
    let hi = rest.last().map(|(_, e)| e.span.end as usize).unwrap_or(lo);
    let (ops, comparators) = rest.into_iter().unzip();
    expr(
        ExprKind::Compare {
            left: Box::new(left),
            ops,
            comparators,
        },
        lo,
        hi,
    )
}

pub fn named_expr(target: Expr, value: Expr, lo: usize, hi: usize) -> Result<Expr> {
    match target.kind {
        ExprKind::Name { id, .. } => {
            let target = Expr::new(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Store,
                },
                target.span,
            );
            Ok(expr(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                lo,
                hi,
            ))
        }
        _ => Err(SyntaxError::new(
            format!(
                "cannot use assignment expressions with {}",
                expr_name(&target)
            ),
            target.span,
        )),
    }
}

/// Concatenates adjacent string literals (`'a' "b" f'{c}'`) into one constant or f-string.
pub fn strings(source: &str, pieces: Vec<(usize, StringLit, usize)>) -> Result<Expr> {
    let lo = pieces[0].0;
    let hi = pieces[pieces.len() - 1].2;
    let any_bytes = pieces
        .iter()
        .any(|(_, s, _)| matches!(s, StringLit::Bytes(_)));
    let all_bytes = pieces
        .iter()
        .all(|(_, s, _)| matches!(s, StringLit::Bytes(_)));
    if any_bytes && !all_bytes {
        return Err(SyntaxError::new(
            "cannot mix bytes and nonbytes literals",
            Span::new(lo, hi),
        ));
    }
    if all_bytes {
        let mut out = Vec::new();
        for (_, s, _) in pieces {
            if let StringLit::Bytes(b) = s {
                out.extend(b);
            }
        }
        return Ok(constant(Constant::Bytes(out), lo, hi));
    }
    if !pieces
        .iter()
        .any(|(_, s, _)| matches!(s, StringLit::FString(_)))
    {
        let mut out = crate::objects::wtf8::Wtf8Buf::new();
        for (_, s, _) in pieces {
            if let StringLit::Str(s) = s {
                out.push_wtf8(s.as_bytes());
            }
        }
        return Ok(constant(Constant::Str(out), lo, hi));
    }
    // An f-string somewhere: build one JoinedStr, merging neighbouring literal text.
    let mut parts = fstring::Parts::new(lo, hi);
    for (_, s, _) in pieces {
        match s {
            StringLit::Str(s) => parts.push_text(&s),
            StringLit::FString(f) => fstring::parse_into(source, &f, &mut parts)?,
            StringLit::Bytes(_) => unreachable!("checked above"),
        }
    }
    Ok(parts.finish())
}

/// The name CPython uses for an expression in "cannot assign to …" messages.
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression that cannot be a target, as CPython's `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, ctx: ExprContext) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if ctx == ExprContext::Del {
                Some(e)
            } else {
                invalid_target(value, ctx)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, ctx))
        }
        ExprKind::Compare { left, .. } if ctx == ExprContext::Store => {
            // CPython reports `a in b = 1`-style targets by their left side when that is
            // itself invalid, else the comparison.
            invalid_target(left, ctx).or(Some(e))
        }
        _ => Some(e),
    }
}

/// Whether CPython's `invalid_named_expression` rule sees this node (a `bitwise_or`).
pub fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        &e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant {
                value: Constant::None | Constant::Bool(_),
            }
    )
}

fn target_error(bad: &Expr, ctx: ExprContext) -> SyntaxError {
    let verb = if ctx == ExprContext::Del {
        "delete"
    } else {
        "assign to"
    };
    SyntaxError::new(format!("cannot {verb} {}", expr_name(bad)), bad.span)
}

/// Turns a parsed expression into an assignment/deletion target, setting its context.
pub fn to_target(e: Expr, ctx: ExprContext) -> Result<Expr> {
    if let Some(bad) = invalid_target(&e, ctx) {
        return Err(target_error(bad, ctx));
    }
    Ok(set_ctx(e, ctx))
}

fn set_ctx(mut e: Expr, new: ExprContext) -> Expr {
    match &mut e.kind {
        ExprKind::Name { ctx, .. }
        | ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. } => *ctx = new,
        ExprKind::Starred { value, ctx } => {
            *ctx = new;
            let inner = std::mem::replace(value.as_mut(), placeholder());
            **value = set_ctx(inner, new);
        }
        ExprKind::Tuple { elts, ctx } | ExprKind::List { elts, ctx } => {
            *ctx = new;
            let old = std::mem::take(elts);
            *elts = old.into_iter().map(|x| set_ctx(x, new)).collect();
        }
        _ => {}
    }
    e
}

fn placeholder() -> Expr {
    Expr::new(
        ExprKind::Constant {
            value: Constant::None,
        },
        Span::default(),
    )
}

/// `t1 = t2 = value`: `parts` holds every expression between the `=` signs.
pub fn assign(first: Expr, rest: Vec<Expr>, lo: usize, hi: usize) -> Result<Stmt> {
    let mut all = Vec::with_capacity(rest.len() + 1);
    all.push(first);
    all.extend(rest);
    let value = all.pop().unwrap();
    let n = all.len();
    let mut targets = Vec::with_capacity(n);
    for (i, t) in all.into_iter().enumerate() {
        if matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
            return Err(SyntaxError::new(
                "assignment to yield expression not possible",
                t.span,
            ));
        }
        if let Some(bad) = invalid_target(&t, ExprContext::Store) {
            // CPython's invalid_named_expression fires first for a target written directly
            // before `= value`: the whole target, or the last element of a bare tuple.
            let bare = std::ptr::eq(bad, &t)
                || (!tuple_is_parenthesised(&t)
                    && matches!(&t.kind, ExprKind::Tuple { elts, .. }
                        if elts.last().is_some_and(|x| std::ptr::eq(x, bad))));
            let last = i + 1 == n;
            if bare && last && is_bitwise_or_level(bad) && !is_yield(&value) {
                return Err(SyntaxError::new(
                    format!(
                        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                        expr_name(bad)
                    ),
                    bad.span,
                ));
            }
            return Err(target_error(bad, ExprContext::Store));
        }
        targets.push(set_ctx(t, ExprContext::Store));
    }
    Ok(stmt(
        StmtKind::Assign {
            targets,
            value: Box::new(value),
        },
        lo,
        hi,
    ))
}

fn is_yield(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. })
}

/// A tuple written with parentheses has its span start at a `(` that its first element
/// does not start at.
fn tuple_is_parenthesised(t: &Expr) -> bool {
    match &t.kind {
        ExprKind::Tuple { elts, .. } => elts.first().is_none_or(|f| f.span.start != t.span.start),
        _ => false,
    }
}

pub fn aug_assign(target: Expr, op: Operator, value: Expr, lo: usize, hi: usize) -> Result<Stmt> {
    match target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            Ok(stmt(
                StmtKind::AugAssign {
                    target: Box::new(set_ctx(target, ExprContext::Store)),
                    op,
                    value: Box::new(value),
                },
                lo,
                hi,
            ))
        }
        _ => Err(SyntaxError::new(
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            ),
            target.span,
        )),
    }
}

pub fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    lo: usize,
    hi: usize,
) -> Result<Stmt> {
    let simple = matches!(target.kind, ExprKind::Name { .. }) && target.span.start as usize == lo;
    match &target.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple { .. } => {
            return Err(SyntaxError::new(
                "only single target (not tuple) can be annotated",
                target.span,
            ));
        }
        ExprKind::List { .. } => {
            return Err(SyntaxError::new(
                "only single target (not list) can be annotated",
                target.span,
            ));
        }
        _ => {
            return Err(SyntaxError::new(
                "illegal target for annotation",
                target.span,
            ));
        }
    }
    Ok(stmt(
        StmtKind::AnnAssign {
            target: Box::new(set_ctx(target, ExprContext::Store)),
            annotation: Box::new(annotation),
            value: value.map(Box::new),
            simple,
        },
        lo,
        hi,
    ))
}

pub fn delete(targets: Vec<Expr>, lo: usize, hi: usize) -> Result<Stmt> {
    let targets = targets
        .into_iter()
        .map(|t| to_target(t, ExprContext::Del))
        .collect::<Result<Vec<_>>>()?;
    Ok(stmt(StmtKind::Delete { targets }, lo, hi))
}

/// One `if`/`elif` arm, for folding `elif` chains into nested `If` statements.
pub type IfArm = (usize, Expr, Vec<Stmt>);

pub fn if_chain(first: IfArm, elifs: Vec<IfArm>, orelse: Option<Vec<Stmt>>) -> Stmt {
    let mut arms = vec![first];
    arms.extend(elifs);
    let mut tail = orelse.unwrap_or_default();
    for (lo, test, body) in arms.into_iter().rev() {
        let hi = end_of(if tail.is_empty() { &body } else { &tail }, lo);
        let s = stmt(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse: tail,
            },
            lo,
            hi,
        );
        tail = vec![s];
    }
    tail.pop().expect("at least one arm")
}

// ---------------------------------------------------------------------------------------
// Parameters

pub enum Param {
    /// `name`, `name: ann`, `name=default`.
    Plain(Arg, Option<Expr>),
    /// `*`, `*args`; the span is the star's.
    Star(Option<Arg>, Span),
    /// `**kwargs`.
    DoubleStar(Arg),
    /// `/`.
    Slash(Span),
}

pub fn arg(name: String, annotation: Option<Expr>, lo: usize, hi: usize) -> Arg {
    Arg {
        arg: name,
        annotation: annotation.map(Box::new),
        span: Span::new(lo, hi),
    }
}

/// Builds `arguments` from the flat parameter list, with CPython's ordering errors.
pub fn arguments(params: Vec<Param>) -> Result<Arguments> {
    let mut a = Arguments::default();
    let mut seen_star = false;
    let mut seen_slash = false;
    let mut star_span = Span::default();
    let mut bare_star = false;
    let mut regular: Vec<Arg> = Vec::new();
    let mut saw_default = false;
    for p in params {
        if a.kwarg.is_some() {
            let span = match &p {
                Param::Plain(arg, _) => arg.span,
                Param::Star(_, s) | Param::Slash(s) => *s,
                Param::DoubleStar(arg) => arg.span,
            };
            return Err(SyntaxError::new(
                "arguments cannot follow var-keyword argument",
                span,
            ));
        }
        match p {
            Param::Plain(arg, default) => {
                if seen_star {
                    a.kwonlyargs.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            saw_default = true;
                            a.defaults.push(d);
                        }
                        None if saw_default => {
                            return Err(SyntaxError::new(
                                "non-default argument follows default argument",
                                arg.span,
                            ));
                        }
                        None => {}
                    }
                    regular.push(arg);
                }
            }
            Param::Slash(span) => {
                if seen_slash {
                    return Err(SyntaxError::new("/ may appear only once", span));
                }
                if seen_star {
                    return Err(SyntaxError::new("/ must be ahead of *", span));
                }
                if regular.is_empty() {
                    return Err(SyntaxError::new(
                        "at least one argument must precede /",
                        span,
                    ));
                }
                seen_slash = true;
                a.posonlyargs = std::mem::take(&mut regular);
            }
            Param::Star(arg, span) => {
                if seen_star {
                    return Err(SyntaxError::new("* argument may appear only once", span));
                }
                seen_star = true;
                star_span = span;
                bare_star = arg.is_none();
                a.vararg = arg;
            }
            Param::DoubleStar(arg) => {
                if bare_star && a.kwonlyargs.is_empty() {
                    return Err(SyntaxError::new(
                        "named arguments must follow bare *",
                        star_span,
                    ));
                }
                a.kwarg = Some(arg);
            }
        }
    }
    if bare_star && a.kwonlyargs.is_empty() {
        return Err(SyntaxError::new(
            "named arguments must follow bare *",
            star_span,
        ));
    }
    a.args = regular;
    Ok(a)
}

// ---------------------------------------------------------------------------------------
// Call arguments

pub enum CallArg {
    Positional(Expr),
    /// A generator expression without its own parentheses: `f(x for x in y)`.
    Generator(Expr),
    Keyword(Keyword),
    Star(Expr),
    DoubleStar(Keyword),
    /// `f(a.b=1)`: the span of the left side, for CPython's message.
    BadKeyword(Span),
}

pub fn call_args(items: Vec<CallArg>) -> Result<(Vec<Expr>, Vec<Keyword>)> {
    let mut args = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let mut seen_kw = false;
    let mut seen_double_star = false;
    let n = items.len();
    for item in items {
        match item {
            CallArg::Positional(e) => {
                if seen_double_star {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    ));
                }
                if seen_kw {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument",
                        e.span,
                    ));
                }
                args.push(e);
            }
            CallArg::Generator(e) => {
                if n != 1 {
                    return Err(SyntaxError::new(
                        "Generator expression must be parenthesized",
                        e.span,
                    ));
                }
                args.push(e);
            }
            CallArg::Star(e) => {
                if seen_double_star {
                    return Err(SyntaxError::new(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    ));
                }
                args.push(e);
            }
            CallArg::Keyword(k) => {
                seen_kw = true;
                keywords.push(k);
            }
            CallArg::DoubleStar(k) => {
                seen_double_star = true;
                keywords.push(k);
            }
            CallArg::BadKeyword(span) => {
                return Err(SyntaxError::new(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    span,
                ));
            }
        }
    }
    Ok((args, keywords))
}

pub fn keyword_arg(lhs: Expr, value: Expr, lo: usize, hi: usize) -> CallArg {
    match lhs.kind {
        ExprKind::Name { id, .. } => CallArg::Keyword(Keyword {
            arg: Some(id),
            value,
            span: Span::new(lo, hi),
        }),
        _ => CallArg::BadKeyword(Span::new(lo, value.span.end as usize)),
    }
}

pub fn call(func: Expr, args: (Vec<Expr>, Vec<Keyword>), hi: usize) -> Expr {
    let lo = func.span.start as usize;
    expr(
        ExprKind::Call {
            func: Box::new(func),
            args: args.0,
            keywords: args.1,
        },
        lo,
        hi,
    )
}

pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Result<Comprehension> {
    Ok(Comprehension {
        target: to_target(target, ExprContext::Store)?,
        iter,
        ifs,
    })
}

/// `(a, b)` after `with`, whose items could have been an expression: rewritten by the parser
/// glue (see `parser.rs`), so here the items are simply collected.
pub fn with_item(context_expr: Expr, vars: Option<Expr>) -> Result<WithItem> {
    Ok(WithItem {
        context_expr,
        optional_vars: match vars {
            Some(v) => Some(Box::new(to_target(v, ExprContext::Store)?)),
            None => None,
        },
    })
}

pub fn dict(entries: Vec<(Option<Expr>, Expr)>, lo: usize, hi: usize) -> Expr {
    let (keys, values) = entries.into_iter().unzip();
    expr(ExprKind::Dict { keys, values }, lo, hi)
}

pub fn int_constant(v: num_bigint::BigInt, lo: usize, hi: usize) -> Expr {
    constant(Constant::Int(v), lo, hi)
}
