//! Glue around the LALRPOP-generated parser: the entry points, the token stream it reads
//! (which remembers what it has handed over, for error messages), and the mapping of
//! LALRPOP's "unexpected token" errors onto CPython's messages.

use std::collections::VecDeque;

use lalrpop_util::ParseError;

use super::ast::{Expr, ExprKind, Interactive, Module, Span, Stmt, StmtKind};
use super::builder::Top;
use super::error::SyntaxError;
use super::lexer::{Lexer, Mode};
use super::token::Tok;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    python,
    "/python.rs"
);

/// How deeply expressions and statements may nest, as CPython's compiler limit (about 3000):
/// beyond it, `RecursionError: maximum recursion depth exceeded during compilation`.
pub const MAX_NESTING: usize = 3000;

/// Sources longer than this are parsed on a thread with a stack sized to the source, so that
/// dropping a rejected deep tree cannot overflow the caller's stack.
const BIG_SOURCE: usize = 4 * 1024;

/// Parses a whole file (`exec` mode).
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    match parse(source, Mode::Module)? {
        Top::Module(m) => Ok(m),
        _ => unreachable!("module mode yields a module"),
    }
}

/// Parses one REPL entry (`single` mode).
pub fn parse_interactive(source: &str) -> Result<Interactive, SyntaxError> {
    match parse(source, Mode::Interactive)? {
        Top::Interactive(m) => Ok(m),
        _ => unreachable!("interactive mode yields an interactive entry"),
    }
}

/// Parses a single expression (`eval` mode).
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    match parse(source, Mode::Expression)? {
        Top::Expression(e) => Ok(e),
        _ => unreachable!("expression mode yields an expression"),
    }
}

fn parse(source: &str, mode: Mode) -> Result<Top, SyntaxError> {
    if source.len() <= BIG_SOURCE {
        return parse_tokens(source, Lexer::new(source, mode));
    }
    // Each nesting level costs a few hundred bytes of stack when a tree is dropped or walked
    // recursively; give the parse a stack that fits the worst case for this source.
    let stack = (source.len() * 256).max(8 << 20);
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("pyth-parse".into())
            .stack_size(stack)
            .spawn_scoped(scope, || parse_tokens(source, Lexer::new(source, mode)))
            .map(|h| h.join())
    })
    .map_err(|e| {
        SyntaxError::new(
            format!("cannot start the parser thread: {e}"),
            Span::default(),
        )
    })?
    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Parses the tokens of `lexer` (a whole source, or an f-string field inside it).
pub(crate) fn parse_tokens(source: &str, lexer: Lexer<'_>) -> Result<Top, SyntaxError> {
    let mut stream = TokenStream::new(lexer);
    let result = python::TopParser::new().parse(source, &mut stream);
    match result {
        Ok(top) => {
            check_nesting(&top)?;
            Ok(top)
        }
        Err(e) => {
            let lexer_error = matches!(e, ParseError::User { .. });
            let error = map_error(e, &stream.seen, source);
            if lexer_error || error.kind != super::error::SyntaxErrorKind::SyntaxError {
                return Err(error);
            }
            // As CPython does, a tokenizer error anywhere later in the source (an unclosed
            // bracket, an unterminated string) wins over the parser's complaint.
            Err(stream.first_lexer_error().unwrap_or(error))
        }
    }
}

type Triple = (usize, Tok, usize);

/// A token as remembered for error messages (literal payloads dropped).
#[derive(Clone, Debug)]
struct Seen {
    lo: usize,
    tok: Tok,
    hi: usize,
}

/// The lexer's tokens as the parser reads them. It rewrites the `(` of a parenthesised
/// `with` item list to `WithLPar` (which needs lookahead to the matching `)`), and records
/// every token handed over so that errors can look back at the line.
struct TokenStream<'src> {
    lexer: Lexer<'src>,
    ahead: VecDeque<Result<Triple, SyntaxError>>,
    seen: Vec<Seen>,
    /// The previous token was `with`.
    after_with: bool,
}

impl<'src> TokenStream<'src> {
    fn new(lexer: Lexer<'src>) -> Self {
        TokenStream {
            lexer,
            ahead: VecDeque::new(),
            seen: Vec::new(),
            after_with: false,
        }
    }

    /// Reads the rest of the tokens and returns the first lexer error, if any.
    fn first_lexer_error(&mut self) -> Option<SyntaxError> {
        while let Some(item) = self.pull() {
            if let Err(e) = item {
                return Some(e);
            }
        }
        None
    }

    fn pull(&mut self) -> Option<Result<Triple, SyntaxError>> {
        self.ahead.pop_front().or_else(|| self.lexer.next())
    }

    /// Just after `with (`: true if the matching `)` is followed by `:`.
    fn paren_items_follow(&mut self) -> bool {
        let mut depth = 1usize;
        let mut i = 0;
        loop {
            if i == self.ahead.len() {
                match self.lexer.next() {
                    Some(item) => self.ahead.push_back(item),
                    None => return false,
                }
            }
            match &self.ahead[i] {
                Err(_) => return false,
                Ok((_, tok, _)) => match tok {
                    Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                    Tok::RPar | Tok::RSqb | Tok::RBrace => {
                        depth -= 1;
                        if depth == 0 {
                            if i + 1 == self.ahead.len() {
                                match self.lexer.next() {
                                    Some(item) => self.ahead.push_back(item),
                                    None => return false,
                                }
                            }
                            return matches!(self.ahead[i + 1], Ok((_, Tok::Colon, _)));
                        }
                    }
                    Tok::Newline => return false,
                    _ => {}
                },
            }
            i += 1;
        }
    }
}

impl Iterator for TokenStream<'_> {
    type Item = Result<Triple, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.pull()?;
        let Ok((lo, mut tok, hi)) = item else {
            return Some(item);
        };
        if self.after_with && tok == Tok::LPar && self.paren_items_follow() {
            tok = Tok::WithLPar;
        }
        self.after_with = tok == Tok::With;
        let remembered = match &tok {
            Tok::Int(_) => Tok::Int(Default::default()),
            Tok::Float(_) => Tok::Float(0.0),
            Tok::Imag(_) => Tok::Imag(0.0),
            Tok::String(_) => Tok::String(super::token::StringLit::Str(Default::default())),
            Tok::Name(n) if matches!(n.as_str(), "print" | "exec" | "match" | "type") => {
                tok.clone()
            }
            Tok::Name(_) => Tok::Name(String::new()),
            other => other.clone(),
        };
        self.seen.push(Seen {
            lo,
            tok: remembered,
            hi,
        });
        Some(Ok((lo, tok, hi)))
    }
}

// ----------------------------------------------------------------------------------------
// Error mapping

fn map_error(err: ParseError<usize, Tok, SyntaxError>, seen: &[Seen], source: &str) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken { token: (lo, _, hi) } => {
            SyntaxError::new("invalid syntax", Span::new(lo, hi))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            // The failing "token" is the end of input, after everything in `seen`.
            unexpected(seen, seen.len(), location, location, &expected, source)
        }
        ParseError::UnrecognizedToken {
            token: (lo, _, hi),
            expected,
        } => {
            // The failing token is the last one handed over.
            let index = seen.len().saturating_sub(1);
            unexpected(seen, index, lo, hi, &expected, source)
        }
    }
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|e| e == terminal)
}

/// Index of the first token of the logical line holding `seen[index]`.
fn line_start(seen: &[Seen], index: usize) -> usize {
    let mut i = index.min(seen.len());
    while i > 0 {
        match seen[i - 1].tok {
            Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression
            | Tok::Semi => break,
            _ => i -= 1,
        }
    }
    i
}

fn line_number(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// CPython's name for the block a compound statement's header opens.
fn block_name(tok: &Tok) -> Option<&'static str> {
    Some(match tok {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        _ => return None,
    })
}

fn starts_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
    )
}

fn ends_expression(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imag(_)
            | Tok::String(_)
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::RPar
            | Tok::RSqb
            | Tok::RBrace
    )
}

/// `x = 1` where an expression was expected (`if x = 1:`): CPython's
/// `invalid_named_expression` messages, found by re-parsing the left side.
fn misplaced_assignment(seen: &[Seen], index: usize, source: &str) -> Option<SyntaxError> {
    let start = expression_start(seen, index - 1);
    let lo = seen[start].lo;
    let text = source.get(lo..seen[index - 1].hi)?;
    let lhs = parse_expression(text).ok()?;
    let span = Span::new(lo, seen[index].hi);
    if matches!(lhs.kind, ExprKind::Name { .. }) {
        return Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            span,
        ));
    }
    if super::builder::is_bitwise_or_level(&lhs) {
        return Some(SyntaxError::new(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                super::builder::expr_name(&lhs)
            ),
            Span::new(lo, seen[index - 1].hi),
        ));
    }
    None
}

/// The innermost open bracket before `seen[index]`.
fn innermost_bracket(seen: &[Seen], index: usize) -> Option<Tok> {
    let mut open = Vec::new();
    for s in &seen[..index] {
        match s.tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => open.push(s.tok.clone()),
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// Bracket depth just before `seen[index]`.
fn bracket_depth(seen: &[Seen], index: usize) -> usize {
    let mut depth = 0usize;
    for s in &seen[..index] {
        match s.tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Start of the expression that ends with `seen[end]`, scanning back over operators and
/// balanced brackets (an approximation of the `disjunction` CPython reports).
fn expression_start(seen: &[Seen], end: usize) -> usize {
    let mut depth = 0usize;
    let mut i = end;
    loop {
        match seen[i].tok {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => {
                if depth == 0 {
                    return i + 1;
                }
                depth -= 1;
            }
            Tok::Comma
            | Tok::Equal
            | Tok::Colon
            | Tok::ColonEqual
            | Tok::For
            | Tok::If
            | Tok::Else
            | Tok::Lambda
            | Tok::Yield
            | Tok::Return
            | Tok::Newline
            | Tok::Indent
            | Tok::Dedent
            | Tok::Semi
            | Tok::StartModule
            | Tok::StartInteractive
            | Tok::StartExpression
                if depth == 0 =>
            {
                return i + 1;
            }
            _ => {}
        }
        if i == 0 {
            return 0;
        }
        i -= 1;
    }
}

/// Builds the message for an unexpected token `seen[index]` (or end of input when
/// `index == seen.len()`) at `lo..hi`.
fn unexpected(
    seen: &[Seen],
    index: usize,
    lo: usize,
    hi: usize,
    expected: &[String],
    source: &str,
) -> SyntaxError {
    let span = Span::new(lo, hi);
    let tok = seen.get(index).map(|s| &s.tok);
    let first = line_start(seen, index);
    let first_tok = seen.get(first).map(|s| &s.tok);

    // Features pyth leaves out: say so instead of "invalid syntax".
    match tok {
        Some(Tok::Async) | Some(Tok::Await) => {
            return SyntaxError::new(
                "pyth does not support 'async' and 'await' (coroutines)",
                span,
            );
        }
        _ => {}
    }
    if let Some(Tok::Name(n)) = first_tok {
        let line_has_colon = seen[first..].iter().any(|s| s.tok == Tok::Colon);
        if n == "match" && index == first + 1 && line_has_colon {
            return SyntaxError::new(
                "pyth does not support the 'match' statement",
                Span::new(seen[first].lo, seen[first].hi),
            );
        }
        if n == "type" && index == first + 2 && tok == Some(&Tok::Equal) {
            return SyntaxError::new(
                "pyth does not support the 'type' statement",
                Span::new(seen[first].lo, seen[first].hi),
            );
        }
    }
    if tok == Some(&Tok::LSqb) && index >= 2 && matches!(seen[index - 2].tok, Tok::Def | Tok::Class)
    {
        return SyntaxError::new("pyth does not support type parameter lists", span);
    }

    if tok == Some(&Tok::Indent) {
        return SyntaxError::indentation("unexpected indent", span);
    }
    if expects(expected, "Indent") && index > 0 {
        // After `header:` NEWLINE, the block is missing.
        let header = line_start(seen, index - 1);
        if let Some(kind) = block_name(&seen[header].tok) {
            let header_line = line_number(source, seen[header].lo);
            // At the end of input CPython reports the header's line.
            let at = if index == seen.len() {
                seen[index - 1].lo
            } else {
                lo
            };
            return SyntaxError::indentation(
                format!("expected an indented block after {kind} on line {header_line}"),
                Span::new(at, at.max(hi.min(at))),
            );
        }
    }
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        return SyntaxError::new("expected 'except' or 'finally' block", span);
    }
    let prev = index
        .checked_sub(1)
        .and_then(|i| seen.get(i))
        .map(|s| &s.tok);
    if tok == Some(&Tok::Colon) && prev == Some(&Tok::RArrow) {
        return SyntaxError::new("expected ':'", span);
    }
    if tok == Some(&Tok::Star) && prev == Some(&Tok::Except) {
        if source[hi..].trim_start().starts_with(':') {
            return SyntaxError::new("expected one or more exception types", span);
        }
        return SyntaxError::new("pyth does not support 'except*' (exception groups)", span);
    }
    if expects(expected, "\"(\"") && index >= 2 && seen[index - 2].tok == Tok::Def {
        return SyntaxError::new("expected '('", span);
    }
    if matches!(tok, Some(Tok::RBrace | Tok::Comma))
        && prev == Some(&Tok::Colon)
        && innermost_bracket(seen, index) == Some(Tok::LBrace)
    {
        return SyntaxError::new(
            "expression expected after dictionary key and ':'",
            Span::new(seen[index - 1].lo, seen[index - 1].hi),
        );
    }
    if tok == Some(&Tok::Newline)
        && expects(expected, "\":\"")
        && first_tok.and_then(block_name).is_some()
    {
        return SyntaxError::new("expected ':'", span);
    }
    if let Some(t) = tok {
        // `print "x"`: Python 2's print statement.
        if let Some(Tok::Name(n)) = first_tok
            && (n == "print" || n == "exec")
            && index == first + 1
            && starts_expression(t)
            && *t != Tok::LPar
        {
            let end = seen[index..]
                .iter()
                .find(|s| matches!(s.tok, Tok::Newline | Tok::Semi))
                .map_or(hi, |s| s.lo);
            return SyntaxError::new(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                Span::new(seen[first].lo, end),
            );
        }
        if index > 0
            && starts_expression(t)
            && ends_expression(&seen[index - 1].tok)
            && bracket_depth(seen, index) > 0
        {
            let start = expression_start(seen, index - 1);
            return SyntaxError::new(
                "invalid syntax. Perhaps you forgot a comma?",
                Span::new(seen[start].lo, hi),
            );
        }
        if *t == Tok::Equal
            && index > 0
            && ends_expression(&seen[index - 1].tok)
            && let Some(e) = misplaced_assignment(seen, index, source)
        {
            return e;
        }
    }
    SyntaxError::new("invalid syntax", span)
}

// ----------------------------------------------------------------------------------------
// Nesting limit

/// Rejects trees nested deeper than [`MAX_NESTING`], walking them without recursion.
fn check_nesting(top: &Top) -> Result<(), SyntaxError> {
    enum Node<'a> {
        Stmt(&'a Stmt),
        Expr(&'a Expr),
    }
    let mut stack: Vec<(Node, usize)> = Vec::new();
    match top {
        Top::Module(m) => stack.extend(m.body.iter().map(|s| (Node::Stmt(s), 1))),
        Top::Interactive(m) => stack.extend(m.body.iter().map(|s| (Node::Stmt(s), 1))),
        Top::Expression(e) => stack.push((Node::Expr(e), 1)),
    }
    while let Some((node, depth)) = stack.pop() {
        let span = match node {
            Node::Stmt(s) => s.span,
            Node::Expr(e) => e.span,
        };
        if depth > MAX_NESTING {
            return Err(SyntaxError {
                kind: super::error::SyntaxErrorKind::RecursionError,
                msg: "maximum recursion depth exceeded during compilation".into(),
                span,
            });
        }
        let d = depth + 1;
        match node {
            Node::Stmt(s) => {
                let mut exprs: Vec<&Expr> = Vec::new();
                let mut stmts: Vec<&Stmt> = Vec::new();
                stmt_children(s, &mut exprs, &mut stmts);
                stack.extend(exprs.into_iter().map(|e| (Node::Expr(e), d)));
                stack.extend(stmts.into_iter().map(|s| (Node::Stmt(s), d)));
            }
            Node::Expr(e) => {
                let mut exprs: Vec<&Expr> = Vec::new();
                expr_children(e, &mut exprs);
                stack.extend(exprs.into_iter().map(|e| (Node::Expr(e), d)));
            }
        }
    }
    Ok(())
}

fn args_children<'a>(a: &'a super::ast::Arguments, out: &mut Vec<&'a Expr>) {
    out.extend(a.defaults.iter());
    out.extend(a.kw_defaults.iter().flatten());
    for arg in a
        .posonlyargs
        .iter()
        .chain(&a.args)
        .chain(&a.kwonlyargs)
        .chain(a.vararg.iter())
        .chain(a.kwarg.iter())
    {
        out.extend(arg.annotation.as_deref());
    }
}

fn stmt_children<'a>(s: &'a Stmt, exprs: &mut Vec<&'a Expr>, stmts: &mut Vec<&'a Stmt>) {
    match &s.kind {
        StmtKind::FunctionDef {
            args,
            body,
            decorator_list,
            returns,
            ..
        } => {
            args_children(args, exprs);
            exprs.extend(decorator_list);
            exprs.extend(returns.as_deref());
            stmts.extend(body);
        }
        StmtKind::ClassDef {
            bases,
            keywords,
            body,
            decorator_list,
            ..
        } => {
            exprs.extend(bases);
            exprs.extend(keywords.iter().map(|k| &k.value));
            exprs.extend(decorator_list);
            stmts.extend(body);
        }
        StmtKind::Return { value } => exprs.extend(value.as_deref()),
        StmtKind::Delete { targets } => exprs.extend(targets),
        StmtKind::Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            exprs.push(target);
            exprs.push(value);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs.push(target);
            exprs.push(annotation);
            exprs.extend(value.as_deref());
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs.push(target);
            exprs.push(iter);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            exprs.push(test);
            stmts.extend(body);
            stmts.extend(orelse);
        }
        StmtKind::With { items, body } => {
            for item in items {
                exprs.push(&item.context_expr);
                exprs.extend(item.optional_vars.as_deref());
            }
            stmts.extend(body);
        }
        StmtKind::Raise { exc, cause } => {
            exprs.extend(exc.as_deref());
            exprs.extend(cause.as_deref());
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts.extend(body);
            for h in handlers {
                exprs.extend(h.type_.as_ref());
                stmts.extend(&h.body);
            }
            stmts.extend(orelse);
            stmts.extend(finalbody);
        }
        StmtKind::Assert { test, msg } => {
            exprs.push(test);
            exprs.extend(msg.as_deref());
        }
        StmtKind::Expr { value } => exprs.push(value),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

fn expr_children<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values),
        ExprKind::NamedExpr { target, value } => {
            out.push(target);
            out.push(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::Lambda { args, body } => {
            args_children(args, out);
            out.push(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        ExprKind::Dict { keys, values } => {
            out.extend(keys.iter().flatten());
            out.extend(values);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            out.extend(elts)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            for g in generators {
                out.push(&g.target);
                out.push(&g.iter);
                out.extend(&g.ifs);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push(key);
            out.push(value);
            for g in generators {
                out.push(&g.target);
                out.push(&g.iter);
                out.extend(&g.ifs);
            }
        }
        ExprKind::Yield { value } => out.extend(value.as_deref()),
        ExprKind::YieldFrom { value } => out.push(value),
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
            out.extend(format_spec.as_deref());
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
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}
