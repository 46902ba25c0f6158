//! `ast.dump()`-compatible printing of the AST (used by `pyth parse` and the tests).
//!
//! The output is exactly what CPython 3.11's `ast.dump(tree)` prints with default
//! arguments: one line, no attributes, fields in `_fields` order, optional (`?`) fields
//! omitted when `None`, lists always printed, `None` printed inside lists.

use super::ast::*;
use crate::objects::repr::{bytes_repr, float_repr, pystr_repr, str_repr};

/// `ast.dump(ast.parse(src))`.
pub fn dump_module(m: &Module) -> String {
    let mut d = Dumper::default();
    d.out.push_str("Module(body=");
    d.stmts(&m.body);
    d.out.push_str(", type_ignores=[])");
    d.out
}

/// `ast.dump(ast.parse(src, mode='single'))`.
pub fn dump_interactive(m: &Interactive) -> String {
    let mut d = Dumper::default();
    d.out.push_str("Interactive(body=");
    d.stmts(&m.body);
    d.out.push(')');
    d.out
}

/// `ast.dump(node)` for one expression (`ast.parse(src, mode='eval').body`).
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper::default();
    d.expr(e);
    d.out
}

/// `ast.dump(node)` for one statement.
pub fn dump_stmt(s: &Stmt) -> String {
    let mut d = Dumper::default();
    d.stmt(s);
    d.out
}

/// `repr()` of a constant's value, as `ast.dump` shows it.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Imag(f) => imag_repr(*f),
        Constant::Str(s) => pystr_repr(&crate::objects::PyStr::from_wtf8(s.as_bytes().to_vec())),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Ellipsis => "Ellipsis".to_string(),
    }
}

/// `repr(complex(0, x))`: the imaginary part in repr style but without a forced `.0`
/// (`2j`, `1.5j`, `1e+16j`, `infj`).
fn imag_repr(f: f64) -> String {
    let mut s = float_repr(f);
    if s.ends_with(".0") {
        s.truncate(s.len() - 2);
    }
    s.push('j');
    s
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn unaryop_name(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Invert => "Invert()",
        UnaryOp::Not => "Not()",
        UnaryOp::UAdd => "UAdd()",
        UnaryOp::USub => "USub()",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

fn boolop_name(op: BoolOp) -> &'static str {
    match op {
        BoolOp::And => "And()",
        BoolOp::Or => "Or()",
    }
}

fn ctx_name(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

#[derive(Default)]
struct Dumper {
    out: String,
}

impl Dumper {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// `, name=` before every field but the first.
    fn field(&mut self, name: &str) {
        self.out.push_str(", ");
        self.out.push_str(name);
        self.out.push('=');
    }

    fn ident(&mut self, id: &str) {
        let r = str_repr(id);
        self.out.push_str(&r);
    }

    fn list<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            each(self, item);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, body: &[Stmt]) {
        self.list(body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, es: &[Expr]) {
        self.list(es, |d, e| d.expr(e));
    }

    fn opt_field(&mut self, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.field(name);
            self.expr(e);
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        match &st.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
            } => {
                self.s("FunctionDef(name=");
                self.ident(name);
                self.field("args");
                self.arguments(args);
                self.field("body");
                self.stmts(body);
                self.field("decorator_list");
                self.exprs(decorator_list);
                self.opt_field("returns", returns);
                self.s(")");
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.s("ClassDef(name=");
                self.ident(name);
                self.field("bases");
                self.exprs(bases);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
                self.field("body");
                self.stmts(body);
                self.field("decorator_list");
                self.exprs(decorator_list);
                self.s(")");
            }
            StmtKind::Return { value } => {
                self.s("Return(");
                if let Some(v) = value {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            StmtKind::Delete { targets } => {
                self.s("Delete(targets=");
                self.exprs(targets);
                self.s(")");
            }
            StmtKind::Assign { targets, value } => {
                self.s("Assign(targets=");
                self.exprs(targets);
                self.field("value");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AugAssign { target, op, value } => {
                self.s("AugAssign(target=");
                self.expr(target);
                self.field("op");
                self.s(operator_name(*op));
                self.field("value");
                self.expr(value);
                self.s(")");
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.s("AnnAssign(target=");
                self.expr(target);
                self.field("annotation");
                self.expr(annotation);
                self.opt_field("value", value);
                self.field("simple");
                self.s(if *simple { "1" } else { "0" });
                self.s(")");
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.s("For(target=");
                self.expr(target);
                self.field("iter");
                self.expr(iter);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::While { test, body, orelse } => {
                self.s("While(test=");
                self.expr(test);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::If { test, body, orelse } => {
                self.s("If(test=");
                self.expr(test);
                self.field("body");
                self.stmts(body);
                self.field("orelse");
                self.stmts(orelse);
                self.s(")");
            }
            StmtKind::With { items, body } => {
                self.s("With(items=");
                self.list(items, |d, item| d.withitem(item));
                self.field("body");
                self.stmts(body);
                self.s(")");
            }
            StmtKind::Raise { exc, cause } => {
                self.s("Raise(");
                let mut first = true;
                if let Some(e) = exc {
                    self.s("exc=");
                    self.expr(e);
                    first = false;
                }
                if let Some(c) = cause {
                    if !first {
                        self.s(", ");
                    }
                    self.s("cause=");
                    self.expr(c);
                }
                self.s(")");
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.s("Try(body=");
                self.stmts(body);
                self.field("handlers");
                self.list(handlers, |d, h| d.handler(h));
                self.field("orelse");
                self.stmts(orelse);
                self.field("finalbody");
                self.stmts(finalbody);
                self.s(")");
            }
            StmtKind::Assert { test, msg } => {
                self.s("Assert(test=");
                self.expr(test);
                self.opt_field("msg", msg);
                self.s(")");
            }
            StmtKind::Import { names } => {
                self.s("Import(names=");
                self.list(names, |d, a| d.alias(a));
                self.s(")");
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.s("ImportFrom(");
                if let Some(m) = module {
                    self.s("module=");
                    self.ident(m);
                    self.s(", ");
                }
                self.s("names=");
                self.list(names, |d, a| d.alias(a));
                self.field("level");
                self.s(&level.to_string());
                self.s(")");
            }
            StmtKind::Global { names } => {
                self.s("Global(names=");
                self.list(names, |d, n| d.ident(n));
                self.s(")");
            }
            StmtKind::Nonlocal { names } => {
                self.s("Nonlocal(names=");
                self.list(names, |d, n| d.ident(n));
                self.s(")");
            }
            StmtKind::Expr { value } => {
                self.s("Expr(value=");
                self.expr(value);
                self.s(")");
            }
            StmtKind::Pass => self.s("Pass()"),
            StmtKind::Break => self.s("Break()"),
            StmtKind::Continue => self.s("Continue()"),
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.s("BoolOp(op=");
                self.s(boolop_name(*op));
                self.field("values");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::NamedExpr { target, value } => {
                self.s("NamedExpr(target=");
                self.expr(target);
                self.field("value");
                self.expr(value);
                self.s(")");
            }
            ExprKind::BinOp { left, op, right } => {
                self.s("BinOp(left=");
                self.expr(left);
                self.field("op");
                self.s(operator_name(*op));
                self.field("right");
                self.expr(right);
                self.s(")");
            }
            ExprKind::UnaryOp { op, operand } => {
                self.s("UnaryOp(op=");
                self.s(unaryop_name(*op));
                self.field("operand");
                self.expr(operand);
                self.s(")");
            }
            ExprKind::Lambda { args, body } => {
                self.s("Lambda(args=");
                self.arguments(args);
                self.field("body");
                self.expr(body);
                self.s(")");
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.s("IfExp(test=");
                self.expr(test);
                self.field("body");
                self.expr(body);
                self.field("orelse");
                self.expr(orelse);
                self.s(")");
            }
            ExprKind::Dict { keys, values } => {
                self.s("Dict(keys=");
                self.list(keys, |d, k| match k {
                    Some(k) => d.expr(k),
                    None => d.s("None"),
                });
                self.field("values");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Set { elts } => {
                self.s("Set(elts=");
                self.exprs(elts);
                self.s(")");
            }
            ExprKind::ListComp { elt, generators } => {
                self.s("ListComp(elt=");
                self.expr(elt);
                self.field("generators");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::SetComp { elt, generators } => {
                self.s("SetComp(elt=");
                self.expr(elt);
                self.field("generators");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.s("DictComp(key=");
                self.expr(key);
                self.field("value");
                self.expr(value);
                self.field("generators");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.s("GeneratorExp(elt=");
                self.expr(elt);
                self.field("generators");
                self.comprehensions(generators);
                self.s(")");
            }
            ExprKind::Yield { value } => {
                self.s("Yield(");
                if let Some(v) = value {
                    self.s("value=");
                    self.expr(v);
                }
                self.s(")");
            }
            ExprKind::YieldFrom { value } => {
                self.s("YieldFrom(value=");
                self.expr(value);
                self.s(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.s("Compare(left=");
                self.expr(left);
                self.field("ops");
                self.list(ops, |d, op| d.s(cmpop_name(*op)));
                self.field("comparators");
                self.exprs(comparators);
                self.s(")");
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.s("Call(func=");
                self.expr(func);
                self.field("args");
                self.exprs(args);
                self.field("keywords");
                self.list(keywords, |d, k| d.keyword(k));
                self.s(")");
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.s("FormattedValue(value=");
                self.expr(value);
                self.field("conversion");
                self.s(&conversion.to_string());
                self.opt_field("format_spec", format_spec);
                self.s(")");
            }
            ExprKind::JoinedStr { values } => {
                self.s("JoinedStr(values=");
                self.exprs(values);
                self.s(")");
            }
            ExprKind::Constant { value } => {
                self.s("Constant(value=");
                let r = constant_repr(value);
                self.s(&r);
                self.s(")");
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.s("Attribute(value=");
                self.expr(value);
                self.field("attr");
                self.ident(attr);
                self.field("ctx");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.s("Subscript(value=");
                self.expr(value);
                self.field("slice");
                self.expr(slice);
                self.field("ctx");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Starred { value, ctx } => {
                self.s("Starred(value=");
                self.expr(value);
                self.field("ctx");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Name { id, ctx } => {
                self.s("Name(id=");
                self.ident(id);
                self.field("ctx");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::List { elts, ctx } => {
                self.s("List(elts=");
                self.exprs(elts);
                self.field("ctx");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Tuple { elts, ctx } => {
                self.s("Tuple(elts=");
                self.exprs(elts);
                self.field("ctx");
                self.s(ctx_name(*ctx));
                self.s(")");
            }
            ExprKind::Slice { lower, upper, step } => {
                self.s("Slice(");
                let mut first = true;
                for (name, part) in [("lower", lower), ("upper", upper), ("step", step)] {
                    if let Some(p) = part {
                        if !first {
                            self.s(", ");
                        }
                        first = false;
                        self.s(name);
                        self.s("=");
                        self.expr(p);
                    }
                }
                self.s(")");
            }
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list(gens, |d, c| {
            d.s("comprehension(target=");
            d.expr(&c.target);
            d.field("iter");
            d.expr(&c.iter);
            d.field("ifs");
            d.exprs(&c.ifs);
            d.s(", is_async=0)");
        });
    }

    fn arguments(&mut self, a: &Arguments) {
        self.s("arguments(posonlyargs=");
        self.list(&a.posonlyargs, |d, x| d.arg(x));
        self.field("args");
        self.list(&a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.field("vararg");
            self.arg(v);
        }
        self.field("kwonlyargs");
        self.list(&a.kwonlyargs, |d, x| d.arg(x));
        self.field("kw_defaults");
        self.list(&a.kw_defaults, |d, k| match k {
            Some(k) => d.expr(k),
            None => d.s("None"),
        });
        if let Some(k) = &a.kwarg {
            self.field("kwarg");
            self.arg(k);
        }
        self.field("defaults");
        self.exprs(&a.defaults);
        self.s(")");
    }

    fn arg(&mut self, a: &Arg) {
        self.s("arg(arg=");
        self.ident(&a.arg);
        self.opt_field("annotation", &a.annotation);
        self.s(")");
    }

    fn keyword(&mut self, k: &Keyword) {
        self.s("keyword(");
        if let Some(name) = &k.arg {
            self.s("arg=");
            self.ident(name);
            self.s(", ");
        }
        self.s("value=");
        self.expr(&k.value);
        self.s(")");
    }

    fn alias(&mut self, a: &Alias) {
        self.s("alias(name=");
        self.ident(&a.name);
        if let Some(asname) = &a.asname {
            self.field("asname");
            self.ident(asname);
        }
        self.s(")");
    }

    fn withitem(&mut self, w: &WithItem) {
        self.s("withitem(context_expr=");
        self.expr(&w.context_expr);
        self.opt_field("optional_vars", &w.optional_vars);
        self.s(")");
    }

    fn handler(&mut self, h: &ExceptHandler) {
        self.s("ExceptHandler(");
        if let Some(t) = &h.type_ {
            self.s("type=");
            self.expr(t);
            self.s(", ");
        }
        if let Some(n) = &h.name {
            self.s("name=");
            self.ident(n);
            self.s(", ");
        }
        self.s("body=");
        self.stmts(&h.body);
        self.s(")");
    }
}

#[cfg(test)]
mod tests {
    //! Expected strings were produced by CPython 3.11's `ast.dump(ast.parse(src))`.
    use super::*;

    fn e(kind: ExprKind) -> Expr {
        Expr::new(kind, Span::default())
    }
    fn s(kind: StmtKind) -> Stmt {
        Stmt::new(kind, Span::default())
    }
    fn name(id: &str, ctx: ExprContext) -> Expr {
        e(ExprKind::Name { id: id.into(), ctx })
    }
    fn load(id: &str) -> Expr {
        name(id, ExprContext::Load)
    }
    fn konst(value: Constant) -> Expr {
        e(ExprKind::Constant { value })
    }
    fn int(i: i64) -> Expr {
        konst(Constant::Int(i.into()))
    }
    fn arg(a: &str) -> Arg {
        Arg {
            arg: a.into(),
            annotation: None,
            span: Span::default(),
        }
    }
    fn module(body: Vec<Stmt>) -> String {
        dump_module(&Module { body })
    }

    #[test]
    fn call_print() {
        let call = e(ExprKind::Call {
            func: Box::new(load("print")),
            args: vec![konst(Constant::Str("hi".into()))],
            keywords: vec![],
        });
        assert_eq!(
            module(vec![s(StmtKind::Expr {
                value: Box::new(call)
            })]),
            "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Constant(value='hi')], keywords=[]))], type_ignores=[])"
        );
    }

    #[test]
    fn function_def_with_kwonly_defaults() {
        // def f(a, *, b, c=2, **k) -> int: pass
        let args = Arguments {
            args: vec![arg("a")],
            kwonlyargs: vec![arg("b"), arg("c")],
            kw_defaults: vec![None, Some(int(2))],
            kwarg: Some(arg("k")),
            ..Arguments::default()
        };
        let f = s(StmtKind::FunctionDef {
            name: "f".into(),
            args: Box::new(args),
            body: vec![s(StmtKind::Pass)],
            decorator_list: vec![],
            returns: Some(Box::new(load("int"))),
        });
        assert_eq!(
            module(vec![f]),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[arg(arg='b'), arg(arg='c')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='k'), defaults=[]), body=[Pass()], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"
        );
    }

    #[test]
    fn lambda_varargs() {
        // lambda *a, **k: None
        let lam = e(ExprKind::Lambda {
            args: Box::new(Arguments {
                vararg: Some(arg("a")),
                kwarg: Some(arg("k")),
                ..Arguments::default()
            }),
            body: Box::new(konst(Constant::None)),
        });
        assert_eq!(
            dump_expr(&lam),
            "Lambda(args=arguments(posonlyargs=[], args=[], vararg=arg(arg='a'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='k'), defaults=[]), body=Constant(value=None))"
        );
    }

    #[test]
    fn relative_import_and_alias() {
        let from = s(StmtKind::ImportFrom {
            module: None,
            names: vec![Alias {
                name: "x".into(),
                asname: None,
                span: Span::default(),
            }],
            level: 1,
        });
        let imp = s(StmtKind::Import {
            names: vec![Alias {
                name: "a.b".into(),
                asname: Some("c".into()),
                span: Span::default(),
            }],
        });
        assert_eq!(
            module(vec![from, imp]),
            "Module(body=[ImportFrom(names=[alias(name='x')], level=1), Import(names=[alias(name='a.b', asname='c')])], type_ignores=[])"
        );
    }

    #[test]
    fn dict_with_unpacking_and_constants() {
        // {**a, "k": 1.5, 2: b"x"}
        let d = e(ExprKind::Dict {
            keys: vec![None, Some(konst(Constant::Str("k".into()))), Some(int(2))],
            values: vec![
                load("a"),
                konst(Constant::Float(1.5)),
                konst(Constant::Bytes(b"x".to_vec())),
            ],
        });
        assert_eq!(
            dump_expr(&d),
            "Dict(keys=[None, Constant(value='k'), Constant(value=2)], values=[Name(id='a', ctx=Load()), Constant(value=1.5), Constant(value=b'x')])"
        );
    }

    #[test]
    fn try_except_raise_from() {
        let handler = ExceptHandler {
            type_: Some(e(ExprKind::Tuple {
                elts: vec![load("A"), load("B")],
                ctx: ExprContext::Load,
            })),
            name: Some("e".into()),
            body: vec![s(StmtKind::Raise {
                exc: Some(Box::new(load("X"))),
                cause: Some(Box::new(load("e"))),
            })],
            span: Span::default(),
        };
        let t = s(StmtKind::Try {
            body: vec![s(StmtKind::Pass)],
            handlers: vec![handler],
            orelse: vec![],
            finalbody: vec![],
        });
        assert_eq!(
            module(vec![t]),
            "Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))])], orelse=[], finalbody=[])], type_ignores=[])"
        );
    }

    #[test]
    fn annassign_imaginary() {
        // x: int = 2j
        let a = s(StmtKind::AnnAssign {
            target: Box::new(name("x", ExprContext::Store)),
            annotation: Box::new(load("int")),
            value: Some(Box::new(konst(Constant::Imag(2.0)))),
            simple: true,
        });
        assert_eq!(
            module(vec![a]),
            "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=2j), simple=1)], type_ignores=[])"
        );
        assert_eq!(constant_repr(&Constant::Imag(1.5)), "1.5j");
        assert_eq!(constant_repr(&Constant::Imag(1e16)), "1e+16j");
        assert_eq!(constant_repr(&Constant::Imag(f64::INFINITY)), "infj");
        assert_eq!(constant_repr(&Constant::Imag(0.0)), "0j");
        assert_eq!(constant_repr(&Constant::Ellipsis), "Ellipsis");
    }

    #[test]
    fn slices() {
        // a[1:, ::-1]
        let neg1 = e(ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand: Box::new(int(1)),
        });
        let sub = e(ExprKind::Subscript {
            value: Box::new(load("a")),
            slice: Box::new(e(ExprKind::Tuple {
                elts: vec![
                    e(ExprKind::Slice {
                        lower: Some(Box::new(int(1))),
                        upper: None,
                        step: None,
                    }),
                    e(ExprKind::Slice {
                        lower: None,
                        upper: None,
                        step: Some(Box::new(neg1)),
                    }),
                ],
                ctx: ExprContext::Load,
            })),
            ctx: ExprContext::Load,
        });
        assert_eq!(
            dump_expr(&sub),
            "Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1)), Slice(step=UnaryOp(op=USub(), operand=Constant(value=1)))], ctx=Load()), ctx=Load())"
        );
    }

    #[test]
    fn comprehension_with_and_class() {
        // [y for y in z if y]
        let lc = e(ExprKind::ListComp {
            elt: Box::new(load("y")),
            generators: vec![Comprehension {
                target: name("y", ExprContext::Store),
                iter: load("z"),
                ifs: vec![load("y")],
            }],
        });
        assert_eq!(
            dump_expr(&lc),
            "ListComp(elt=Name(id='y', ctx=Load()), generators=[comprehension(target=Name(id='y', ctx=Store()), iter=Name(id='z', ctx=Load()), ifs=[Name(id='y', ctx=Load())], is_async=0)])"
        );
        // with a as b, c: pass
        let w = s(StmtKind::With {
            items: vec![
                WithItem {
                    context_expr: load("a"),
                    optional_vars: Some(Box::new(name("b", ExprContext::Store))),
                },
                WithItem {
                    context_expr: load("c"),
                    optional_vars: None,
                },
            ],
            body: vec![s(StmtKind::Pass)],
        });
        assert_eq!(
            dump_stmt(&w),
            "With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])"
        );
        // class C(B, metaclass=M, **kw): pass
        let kw = |a: Option<&str>, v: Expr| Keyword {
            arg: a.map(Into::into),
            value: v,
            span: Span::default(),
        };
        let c = s(StmtKind::ClassDef {
            name: "C".into(),
            bases: vec![load("B")],
            keywords: vec![kw(Some("metaclass"), load("M")), kw(None, load("kw"))],
            body: vec![s(StmtKind::Pass)],
            decorator_list: vec![],
        });
        assert_eq!(
            dump_stmt(&c),
            "ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Pass()], decorator_list=[])"
        );
    }

    #[test]
    fn fstring() {
        // f"{x!r:>{w}} {y=}"
        let spec = e(ExprKind::JoinedStr {
            values: vec![
                konst(Constant::Str(">".into())),
                e(ExprKind::FormattedValue {
                    value: Box::new(load("w")),
                    conversion: -1,
                    format_spec: None,
                }),
            ],
        });
        let js = e(ExprKind::JoinedStr {
            values: vec![
                e(ExprKind::FormattedValue {
                    value: Box::new(load("x")),
                    conversion: 'r' as i32,
                    format_spec: Some(Box::new(spec)),
                }),
                konst(Constant::Str(" y=".into())),
                e(ExprKind::FormattedValue {
                    value: Box::new(load("y")),
                    conversion: 'r' as i32,
                    format_spec: None,
                }),
            ],
        });
        assert_eq!(
            dump_expr(&js),
            "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)])"
        );
    }

    #[test]
    fn return_yield_global() {
        let body = vec![
            s(StmtKind::Return { value: None }),
            s(StmtKind::Global {
                names: vec!["x".into(), "y".into()],
            }),
            s(StmtKind::Expr {
                value: Box::new(e(ExprKind::Yield { value: None })),
            }),
        ];
        assert_eq!(
            module(body),
            "Module(body=[Return(), Global(names=['x', 'y']), Expr(value=Yield())], type_ignores=[])"
        );
    }
}
