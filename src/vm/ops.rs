//! Operators and the core protocols: arithmetic and comparison with their dunder fallbacks,
//! truth, hashing, equality, `repr`/`str`/`format`, iteration, subscripting, `len`.

use crate::objects::heap::Rc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::{PyErr, PyResult, Vm};
use crate::objects::Value;
use crate::objects::class::{Instance, Payload};
use crate::objects::function::Args;
use crate::objects::iter::{DictIterKind, IterObj, IterState};
use crate::objects::number::{self as num, NumError};
use crate::objects::repr::{float_repr, pystr_repr};
use crate::objects::stand_in::StandIn;
use crate::syntax::ast::{CmpOp, Operator};

/// The dunder names of a binary operator: (normal, reflected, in-place).
pub fn dunders(op: Operator) -> (&'static str, &'static str, &'static str) {
    match op {
        Operator::Add => ("__add__", "__radd__", "__iadd__"),
        Operator::Sub => ("__sub__", "__rsub__", "__isub__"),
        Operator::Mult => ("__mul__", "__rmul__", "__imul__"),
        Operator::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Operator::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Operator::Mod => ("__mod__", "__rmod__", "__imod__"),
        Operator::Pow => ("__pow__", "__rpow__", "__ipow__"),
        Operator::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        Operator::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        Operator::BitOr => ("__or__", "__ror__", "__ior__"),
        Operator::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        Operator::BitAnd => ("__and__", "__rand__", "__iand__"),
        Operator::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        _ => "?",
    }
}

fn cmp_dunders(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        _ => ("", ""),
    }
}

/// A number as the arithmetic fast paths see it.
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::BigInt(b) => Some(Num::Big(b)),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn big_of(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

impl Vm {
    pub fn num_error(&self, e: NumError) -> PyErr {
        match e {
            NumError::ZeroDivision(m) => self.zero_division(m),
            NumError::Overflow(m) => self.overflow_error(m),
            NumError::Value(m) => self.value_error(m),
        }
    }

    fn float_of(&self, n: &Num) -> PyResult<f64> {
        Ok(match n {
            Num::Int(i) => *i as f64,
            Num::Big(b) => num::bigint_to_f64(b).map_err(|e| self.num_error(e))?,
            Num::Float(f) => *f,
        })
    }

    /// Arithmetic on built-in numbers; `None` when the operands are not both numbers.
    fn numeric_op(&self, a: &Value, b: &Value, op: Operator) -> Option<PyResult<Value>> {
        let (x, y) = (as_num(a)?, as_num(b)?);
        Some(self.numeric_op_inner(x, y, op))
    }

    fn numeric_op_inner(&self, x: Num, y: Num, op: Operator) -> PyResult<Value> {
        use Operator::*;
        if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
            let (a, b) = (*a, *b);
            let fast = match op {
                Add => a.checked_add(b).map(Value::Int),
                Sub => a.checked_sub(b).map(Value::Int),
                Mult => a.checked_mul(b).map(Value::Int),
                FloorDiv => {
                    if b == 0 {
                        return Err(self.zero_division("integer division or modulo by zero"));
                    }
                    num::i64_floordiv(a, b).map(Value::Int)
                }
                Mod => {
                    if b == 0 {
                        return Err(self.zero_division("integer modulo by zero"));
                    }
                    num::i64_mod(a, b).map(Value::Int)
                }
                Div => {
                    return num::i64_true_div(a, b)
                        .map(Value::Float)
                        .map_err(|e| self.num_error(e));
                }
                BitAnd => Some(Value::Int(a & b)),
                BitOr => Some(Value::Int(a | b)),
                BitXor => Some(Value::Int(a ^ b)),
                LShift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    num::i64_shl(a, b).map(Value::Int)
                }
                RShift => {
                    if b < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    num::i64_shr(a, b).map(Value::Int)
                }
                Pow => {
                    if b >= 0 {
                        u32::try_from(b)
                            .ok()
                            .and_then(|e| num::i64_pow(a, e))
                            .map(Value::Int)
                    } else {
                        None
                    }
                }
                MatMult => None,
            };
            if let Some(v) = fast {
                return Ok(v);
            }
        }
        if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
            let (a, b) = (self.float_of(&x)?, self.float_of(&y)?);
            let r = match op {
                Add => Ok(a + b),
                Sub => Ok(a - b),
                Mult => Ok(a * b),
                Div => num::float_div(a, b),
                FloorDiv => num::float_floordiv(a, b),
                Mod => num::float_mod(a, b),
                Pow => num::float_pow(a, b),
                _ => {
                    return Err(self.type_error(format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        op.symbol(),
                        if matches!(x, Num::Float(_)) {
                            "float"
                        } else {
                            "int"
                        },
                        if matches!(y, Num::Float(_)) {
                            "float"
                        } else {
                            "int"
                        },
                    )));
                }
            };
            return r.map(Value::Float).map_err(|e| self.num_error(e));
        }
        let (a, b) = (big_of(&x), big_of(&y));
        let r = match op {
            Add => Ok(a + b),
            Sub => Ok(a - b),
            Mult => Ok(a * b),
            FloorDiv => num::big_floordiv(&a, &b),
            Mod => num::big_mod(&a, &b),
            Div => {
                return num::int_true_div(&a, &b)
                    .map(Value::Float)
                    .map_err(|e| self.num_error(e));
            }
            BitAnd => Ok(num::big_and(&a, &b)),
            BitOr => Ok(num::big_or(&a, &b)),
            BitXor => Ok(num::big_xor(&a, &b)),
            LShift => num::big_shl(&a, &b),
            RShift => num::big_shr(&a, &b),
            Pow => {
                return match num::big_pow(&a, &b).map_err(|e| self.num_error(e))? {
                    num::PowResult::Int(i) => Ok(Value::from_bigint(i)),
                    num::PowResult::Float(f) => Ok(Value::Float(f)),
                };
            }
            MatMult => {
                return Err(self
                    .type_error("unsupported operand type(s) for @: 'int' and 'int'".to_string()));
            }
        };
        r.map(Value::from_bigint).map_err(|e| self.num_error(e))
    }

    /// Built-in behaviour of `a op b` for non-numeric built-in types; `None` = not supported.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: Operator) -> Option<PyResult<Value>> {
        use Operator::*;
        match (a, b, op) {
            (Value::Str(x), Value::Str(y), Add) => {
                Some(Ok(Value::from_pystr(crate::objects::PyStr::concat(x, y))))
            }
            (Value::List(x), Value::List(y), Add) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Ok(Value::list(v)))
            }
            (Value::Tuple(x), Value::Tuple(y), Add) => {
                let mut v = x.as_ref().clone();
                v.extend(y.iter().cloned());
                Some(Ok(Value::tuple(v)))
            }
            (Value::Bytes(x), Value::Bytes(y), Add) => {
                let mut v = x.as_ref().clone();
                v.extend(y.iter());
                Some(Ok(Value::Bytes(Rc::new(v))))
            }
            (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _, Mult) => {
                let n = self.repeat_count(b)?;
                Some(n.and_then(|n| self.repeat(a, n)))
            }
            (_, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), Mult) => {
                let n = self.repeat_count(a)?;
                Some(n.and_then(|n| self.repeat(b, n)))
            }
            (Value::Str(s), _, Mod) => Some(self.percent_format(s, b)),
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_), _) => {
                self.set_binary(a, b, op)
            }
            (Value::Dict(x), Value::Dict(y), BitOr) => {
                let d = Rc::new(crate::objects::dict::PyDict::from_table(
                    x.table.borrow().clone(),
                ));
                Some((|| {
                    for (k, v) in y.items() {
                        d.set(self, k, v)?;
                    }
                    Ok(Value::Dict(d))
                })())
            }
            _ => None,
        }
    }

    fn repeat_count(&self, v: &Value) -> Option<PyResult<i64>> {
        match v {
            Value::Int(i) => Some(Ok(*i)),
            Value::Bool(b) => Some(Ok(*b as i64)),
            // Either sign: CPython cannot convert it to a C ssize_t.
            Value::BigInt(_) => Some(Err(
                self.overflow_error("cannot fit 'int' into an index-sized integer")
            )),
            _ => None,
        }
    }

    fn repeat(&self, seq: &Value, n: i64) -> PyResult<Value> {
        let n = n.max(0) as usize;
        let empty = match seq {
            Value::Str(s) => s.as_str().is_empty(),
            Value::Bytes(b) => b.is_empty(),
            _ => false,
        };
        if empty || n == 0 {
            return Ok(match seq {
                Value::Str(_) => Value::str(""),
                Value::Bytes(_) => Value::Bytes(Rc::new(Vec::new())),
                Value::List(_) => Value::list(Vec::new()),
                _ => Value::tuple(Vec::new()),
            });
        }
        Ok(match seq {
            Value::Str(s) if s.has_surrogates() => {
                if s.char_len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.overflow_error("repeated string is too long"));
                }
                let mut out: Vec<u8> = Vec::new();
                self.reserve_values(&mut out, s.wtf8().len() * n)?;
                for _ in 0..n {
                    out.extend_from_slice(s.wtf8());
                }
                Value::wtf8(out)
            }
            Value::Str(s) => {
                let s = s.as_str();
                let chars = s.chars().count();
                if chars.checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
                    return Err(self.overflow_error("repeated string is too long"));
                }
                let mut out = Vec::new();
                self.reserve_values(&mut out, s.len() * n)?;
                for _ in 0..n {
                    out.extend_from_slice(s.as_bytes());
                }
                Value::string(String::from_utf8(out).expect("copies of one str"))
            }
            Value::List(l) => Value::list(self.repeat_values(&l.borrow(), n)?),
            Value::Tuple(t) => Value::tuple(self.repeat_values(t, n)?),
            Value::Bytes(b) => {
                if b.len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.overflow_error("repeated bytes are too long"));
                }
                let mut out = Vec::new();
                self.reserve_values(&mut out, b.len() * n)?;
                for _ in 0..n {
                    out.extend_from_slice(b);
                }
                Value::Bytes(Rc::new(out))
            }
            _ => unreachable!(),
        })
    }

    /// `n` copies of `items` in one vector (MemoryError up front when it cannot fit).
    pub fn repeat_values(&self, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
        if items.is_empty() || n == 0 {
            return Ok(Vec::new());
        }
        let total = items
            .len()
            .checked_mul(n)
            .ok_or_else(|| self.new_exception(&self.types().memory_error, vec![]))?;
        let mut out = Vec::new();
        self.reserve_values(&mut out, total)?;
        for _ in 0..n {
            out.extend(items.iter().cloned());
        }
        Ok(out)
    }

    /// `a op b`, with CPython's dispatch: built-in fast paths, then `__op__`/`__rop__`
    /// (the right operand first when its type is a subclass that overrides the reflection).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: Operator) -> PyResult<Value> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                Operator::BitAnd => return Ok(Value::Bool(x & y)),
                Operator::BitOr => return Ok(Value::Bool(x | y)),
                Operator::BitXor => return Ok(Value::Bool(x ^ y)),
                _ => {}
            }
        }
        if let Some(r) = self.numeric_op(a, b, op) {
            return r;
        }
        if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
            if let Some(r) = self.builtin_binary(a, b, op) {
                return r;
            }
            if op == Operator::BitOr
                && is_union_operand(a)
                && is_union_operand(b)
                && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_)))
            {
                if let Some(r) = self.metaclass_special(a, "__or__", &[b.clone()])?
                    && !matches!(r, Value::NotImplemented)
                {
                    return Ok(r);
                }
                if let Some(r) = self.metaclass_special(b, "__ror__", &[a.clone()])?
                    && !matches!(r, Value::NotImplemented)
                {
                    return Ok(r);
                }
                return self.type_union(a, b);
            }
            return Err(self.unsupported(a, b, op));
        }
        let (name, rname, _) = dunders(op);
        self.dunder_binary(a, b, op, name, rname)
    }

    /// `int | None`: a `types.UnionType` (made by stdlib/types.py, imported on first use).
    fn type_union(&mut self, a: &Value, b: &Value) -> PyResult<Value> {
        let types = self.import_module("types")?;
        let make = self.get_attr(&types, "_make_union")?;
        self.call0(&make, &[a.clone(), b.clone()])
    }

    fn dunder_binary(
        &mut self,
        a: &Value,
        b: &Value,
        op: Operator,
        name: &str,
        rname: &str,
    ) -> PyResult<Value> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta) && tb.lookup(rname).is_some();
        if b_first {
            let r = self.call_special(b, rname, &[a.clone()])?;
            if let Some(v) = r
                && !matches!(v, Value::NotImplemented)
            {
                return Ok(v);
            }
        }
        if let Some(v) = self.call_special(a, name, &[b.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        if !b_first
            && !Rc::ptr_eq(&ta, &tb)
            && let Some(v) = self.call_special(b, rname, &[a.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        // Built-in bases of user subclasses (e.g. `class S(str)`).
        let ua = self.unwrap_builtin(a);
        let ub = self.unwrap_builtin(b);
        if ua.is_some() || ub.is_some() {
            let a2 = ua.unwrap_or_else(|| a.clone());
            let b2 = ub.unwrap_or_else(|| b.clone());
            if !matches!(a2, Value::Instance(_)) && !matches!(b2, Value::Instance(_)) {
                if let Some(r) = self.numeric_op(&a2, &b2, op) {
                    return r;
                }
                if let Some(r) = self.builtin_binary(&a2, &b2, op) {
                    return r;
                }
            }
        }
        Err(self.unsupported(a, b, op))
    }

    fn unsupported(&self, a: &Value, b: &Value, op: Operator) -> PyErr {
        if op == Operator::Pow {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            ));
        }
        if op == Operator::Add
            && let Value::Str(_) = a
        {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == Operator::Add
            && let Value::List(_) = a
        {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        if op == Operator::Add
            && let Value::Tuple(_) = a
        {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        if op == Operator::Mult && matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(b)
            ));
        }
        if op == Operator::Mult && matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(a)
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a op= b`: in-place lists, then `__iop__`, then the binary operator.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: Operator) -> PyResult<Value> {
        match (a, op) {
            (Value::List(l), Operator::Add) => {
                let items = self.collect_iterable(b)?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), Operator::Mult) => {
                if let Some(n) = self.repeat_count(b) {
                    let n = n?.max(0) as usize;
                    let orig = l.borrow().clone();
                    let new = self.repeat_values(&orig, n)?;
                    let old = std::mem::replace(&mut *l.borrow_mut(), new);
                    drop(old);
                    return Ok(a.clone());
                }
            }
            (
                Value::Set(_),
                Operator::BitOr | Operator::BitAnd | Operator::Sub | Operator::BitXor,
            ) => {
                if let Some(r) = self.set_inplace(a, b, op) {
                    return r;
                }
            }
            (Value::Dict(d), Operator::BitOr) => {
                self.dict_update_from(&Value::Dict(d.clone()), b, false)?;
                return Ok(a.clone());
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = dunders(op);
                if let Some(v) = self.call_special(a, iname, &[b.clone()])?
                    && !matches!(v, Value::NotImplemented)
                {
                    return Ok(v);
                }
            }
            _ => {}
        }
        self.binary_op(a, b, op).map_err(|e| {
            // The fallback's error names the augmented operator (`+=`).
            if e.is_instance_of(&self.types().type_error.clone())
                && let Ok(msg) = self.exception_only_msg(&e)
                && let Some(rest) =
                    msg.strip_prefix(&format!("unsupported operand type(s) for {}:", op.symbol()))
            {
                return self.type_error(format!(
                    "unsupported operand type(s) for {}=:{rest}",
                    op.symbol()
                ));
            }
            e
        })
    }

    /// The message of a built-in exception raised with one string argument.
    fn exception_only_msg(&self, e: &PyErr) -> Result<String, ()> {
        match e.state().borrow().args.first() {
            Some(Value::Str(s)) => Ok(s.as_str().to_string()),
            _ => Err(()),
        }
    }

    pub fn negative(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_dunder(a, "__neg__", "-"),
        }
    }

    pub fn positive(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_dunder(a, "__pos__", "+"),
        }
    }

    pub fn invert(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(num::big_invert(b))),
            _ => self.unary_dunder(a, "__invert__", "~"),
        }
    }

    fn unary_dunder(&mut self, a: &Value, name: &str, sym: &str) -> PyResult<Value> {
        if let Some(v) = self.call_special(a, name, &[])? {
            return Ok(v);
        }
        if let Some(inner) = self.unwrap_builtin(a) {
            return match sym {
                "-" => self.negative(&inner),
                "+" => self.positive(&inner),
                _ => self.invert(&inner),
            };
        }
        Err(self.type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            self.type_name(a)
        )))
    }

    // --- comparison ---

    pub fn compare_op(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            _ => self.rich_compare(a, b, op),
        }
    }

    /// Comparison of built-in values; `None` when the types don't support it natively.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> Option<PyResult<bool>> {
        use std::cmp::Ordering;
        let ord: Option<Ordering> = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
            (Value::Float(x), Value::Float(y)) => {
                return Some(Ok(match op {
                    CmpOp::Eq => x == y,
                    CmpOp::NotEq => x != y,
                    CmpOp::Lt => x < y,
                    CmpOp::LtE => x <= y,
                    CmpOp::Gt => x > y,
                    CmpOp::GtE => x >= y,
                    _ => false,
                }));
            }
            (Value::Str(x), Value::Str(y)) => Some(x.text_cmp(y)),
            _ => {
                if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
                    match (&x, &y) {
                        (Num::Float(f), _) | (_, Num::Float(f)) if f.is_nan() => {
                            return Some(Ok(op == CmpOp::NotEq));
                        }
                        _ => {}
                    }
                    Some(match (x, y) {
                        (Num::Float(f), Num::Float(g)) => {
                            f.partial_cmp(&g).unwrap_or(Ordering::Equal)
                        }
                        (Num::Int(i), Num::Float(f)) => {
                            num::cmp_i64_f64(i, f).unwrap_or(Ordering::Equal)
                        }
                        (Num::Float(f), Num::Int(i)) => {
                            num::cmp_i64_f64(i, f).unwrap_or(Ordering::Equal).reverse()
                        }
                        (Num::Big(i), Num::Float(f)) => {
                            num::cmp_bigint_f64(i, f).unwrap_or(Ordering::Equal)
                        }
                        (Num::Float(f), Num::Big(i)) => num::cmp_bigint_f64(i, f)
                            .unwrap_or(Ordering::Equal)
                            .reverse(),
                        (x, y) => big_of(&x).cmp(&big_of(&y)),
                    })
                } else {
                    match (a, b) {
                        (Value::Tuple(x), Value::Tuple(y)) => {
                            let (x, y) = (x.clone(), y.clone());
                            return Some(self.sequence_compare(&x, &y, op));
                        }
                        (Value::List(x), Value::List(y)) => {
                            let x = x.borrow().clone();
                            let y = y.borrow().clone();
                            return Some(self.sequence_compare(&x, &y, op));
                        }
                        (Value::Bytes(x), Value::Bytes(y)) => Some(x.cmp(y)),
                        (
                            Value::Set(_) | Value::FrozenSet(_),
                            Value::Set(_) | Value::FrozenSet(_),
                        ) => {
                            return self.set_compare(a, b, op);
                        }
                        (Value::Dict(_), Value::Dict(_))
                            if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
                        {
                            return Some(self.dict_eq(a, b).map(|e| e == (op == CmpOp::Eq)));
                        }
                        (Value::Range(x), Value::Range(y))
                            if matches!(op, CmpOp::Eq | CmpOp::NotEq) =>
                        {
                            let same = x.len() == y.len()
                                && (x.is_empty()
                                    || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                            return Some(Ok(same == (op == CmpOp::Eq)));
                        }
                        _ => None,
                    }
                }
            }
        };
        let ord = ord?;
        Some(Ok(match op {
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::NotEq => ord != Ordering::Equal,
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::LtE => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::GtE => ord != Ordering::Less,
            _ => false,
        }))
    }

    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if !self.eq(&x[i], &y[i])? {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.rich_compare(&x[i], &y[i], op)?;
                        self.is_true(&r)
                    }
                };
            }
        }
        let (a, b) = (x.len(), y.len());
        Ok(match op {
            CmpOp::Eq => a == b,
            CmpOp::NotEq => a != b,
            CmpOp::Lt => a < b,
            CmpOp::LtE => a <= b,
            CmpOp::Gt => a > b,
            CmpOp::GtE => a >= b,
            _ => false,
        })
    }

    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let nested = matches!(
            (a, b),
            (Value::List(_), Value::List(_))
                | (Value::Tuple(_), Value::Tuple(_))
                | (Value::Dict(_), Value::Dict(_))
        );
        if !nested {
            return self.rich_compare_inner(a, b, op);
        }
        // Containers compare their items in Rust: count the nesting against the recursion
        // limit, as CPython does, so that recursive or very deep ones raise RecursionError.
        self.enter_nested("maximum recursion depth exceeded in comparison")?;
        let r = self.rich_compare_inner(a, b, op);
        self.depth -= 1;
        r
    }

    /// One level of native recursion (comparison, hashing of nested containers) counted
    /// with the Python frames against the recursion limit; the caller decrements `depth`.
    pub fn enter_nested(&mut self, message: &str) -> PyResult<()> {
        if self.depth >= self.state.recursion_limit.get() {
            return Err(self.new_error(&self.types().recursion_error.clone(), message));
        }
        self.depth += 1;
        Ok(())
    }

    fn rich_compare_inner(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        // Native objects (deque, weakref.ref, ...) compare through their classes' dunders.
        let dispatch = |v: &Value| matches!(v, Value::Instance(_) | Value::Native(_));
        if !dispatch(a) && !dispatch(b) {
            if let Some(r) = self.builtin_compare(a, b, op) {
                return r.map(Value::Bool);
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
                _ => Err(self.compare_error(a, b, op)),
            };
        }
        let (name, rname) = cmp_dunders(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_first
            && let Some(v) = self.call_special(b, rname, &[a.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        if let Some(v) = self.call_special(a, name, &[b.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        if !b_first
            && let Some(v) = self.call_special(b, rname, &[a.clone()])?
            && !matches!(v, Value::NotImplemented)
        {
            return Ok(v);
        }
        let ua = self.unwrap_builtin(a);
        let ub = self.unwrap_builtin(b);
        if ua.is_some() || ub.is_some() {
            let a2 = ua.unwrap_or_else(|| a.clone());
            let b2 = ub.unwrap_or_else(|| b.clone());
            if !matches!(a2, Value::Instance(_)) && !matches!(b2, Value::Instance(_)) {
                return self.rich_compare(&a2, &b2, op);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => {
                // Default __ne__ inverts __eq__.
                if let Some(v) = self.call_special(a, "__eq__", &[b.clone()])?
                    && !matches!(v, Value::NotImplemented)
                {
                    let t = self.is_true(&v)?;
                    return Ok(Value::Bool(!t));
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => Err(self.compare_error(a, b, op)),
        }
    }

    fn compare_error(&self, a: &Value, b: &Value, op: CmpOp) -> PyErr {
        self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_symbol(op),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::objects::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let v = self.rich_compare(a, b, CmpOp::Eq)?;
        self.is_true(&v)
    }

    /// `a < b` as a bool (sorting, min/max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.text_cmp(y).is_lt()),
            _ => {
                let v = self.rich_compare(a, b, CmpOp::Lt)?;
                self.is_true(&v)
            }
        }
    }

    // --- truth, hash, length ---

    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&r)
                        ))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    return Ok(self.len_result(&r)? != 0);
                }
                if let Some(inner) = self.unwrap_builtin(v) {
                    return self.is_true(&inner);
                }
                true
            }
            _ => true,
        })
    }

    fn len_result(&self, r: &Value) -> PyResult<i64> {
        match r {
            Value::Int(n) if *n >= 0 => Ok(*n),
            Value::Bool(b) => Ok(*b as i64),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            ))),
        }
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => match usize::try_from(r.len()) {
                Ok(n) if n <= i64::MAX as usize => n,
                _ => {
                    return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
                }
            },
            Value::Class(_) => match self.metaclass_special(v, "__len__", &[])? {
                Some(r) => self.len_result(&r)? as usize,
                None => {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )));
                }
            },
            Value::Instance(_) | Value::Native(_) => {
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    return Ok(self.len_result(&r)? as usize);
                }
                if let Some(inner) = self.unwrap_builtin(v) {
                    return self.len(&inner);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
        })
    }

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => num::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::BigInt(b) => num::hash_bigint(b),
            Value::Float(f) => num::hash_f64(*f),
            Value::Str(s) => s.hash(),
            Value::None => 0x5f3759df,
            Value::Tuple(t) => {
                let t = t.clone();
                self.tuple_hash(t)?
            }
            Value::Bytes(b) => crate::objects::str::hash_str(&String::from_utf8_lossy(b)),
            Value::FrozenSet(s) => {
                let s = s.clone();
                s.frozen_hash()
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            Value::Instance(_) => {
                let cls = self.type_of(v);
                match cls.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                        );
                    }
                    Some(Value::Builtin(_)) | None => match self.unwrap_builtin(v) {
                        Some(inner) => return self.hash(&inner),
                        None => identity_hash(v),
                    },
                    Some(_) => {
                        let r = self
                            .call_special(v, "__hash__", &[])?
                            .unwrap_or(Value::Int(0));
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::BigInt(b) => num::hash_bigint(&b),
                            Value::Bool(b) => b as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                );
                            }
                        }
                    }
                }
            }
            // A native class's own __hash__ (None: unhashable, as deque's).
            Value::Native(n) => match n.class.dict.get_str("__hash__") {
                Some(Value::None) => {
                    return Err(
                        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
                    );
                }
                Some(_) => match self.call_special(v, "__hash__", &[])? {
                    Some(Value::Int(i)) => {
                        if i == -1 {
                            -2
                        } else {
                            i
                        }
                    }
                    Some(Value::BigInt(b)) => num::hash_bigint(&b),
                    _ => return Err(self.type_error("__hash__ method should return an integer")),
                },
                None => identity_hash(v),
            },
            _ => identity_hash(v),
        })
    }

    /// CPython 3.11's tuple hash (xxHash-based). Tuples nested in tuples are hashed with a
    /// stack of their own, not by recursion, so any depth works (as in CPython, where a
    /// million nested tuples hash fine); other items go through `hash`.
    fn tuple_hash(&mut self, t: Rc<Vec<Value>>) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        fn finish(acc: u64, len: usize) -> i64 {
            let acc = acc.wrapping_add((len as u64) ^ (P5 ^ 3527539));
            if acc == u64::MAX {
                1546275796
            } else {
                acc as i64
            }
        }
        fn add_lane(acc: u64, lane: i64) -> u64 {
            acc.wrapping_add((lane as u64).wrapping_mul(P2))
                .rotate_left(31)
                .wrapping_mul(P1)
        }
        // Tuples being hashed, outermost first: (tuple, next item, accumulator).
        let mut stack: Vec<(Rc<Vec<Value>>, usize, u64)> = vec![(t, 0, P5)];
        loop {
            let top = stack
                .last_mut()
                .expect("the outermost tuple is on the stack");
            let Some(item) = top.0.get(top.1).cloned() else {
                let (t, _, acc) = stack.pop().expect("just looked at it");
                let h = finish(acc, t.len());
                match stack.last_mut() {
                    Some(parent) => {
                        parent.2 = add_lane(parent.2, h);
                        parent.1 += 1;
                        continue;
                    }
                    None => return Ok(h),
                }
            };
            if let Value::Tuple(inner) = item {
                stack.push((inner, 0, P5));
                continue;
            }
            let lane = self.hash(&item)?;
            let top = stack.last_mut().expect("still there");
            top.2 = add_lane(top.2, lane);
            top.1 += 1;
        }
    }

    // --- repr / str / format ---

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        // Nested containers recurse in Rust: bound the depth like CPython's recursion limit.
        if let Value::Tuple(_) | Value::List(_) | Value::Dict(_) = v
            && self.repr_depth >= self.state.recursion_limit.get()
        {
            return Err(self.new_error(
                &self.types().recursion_error.clone(),
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_depth += 1;
        let r = self.repr_inner(v);
        self.repr_depth -= 1;
        r
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.bigint_to_string(b)?,
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => pystr_repr(s),
            Value::Bytes(b) => crate::objects::repr::bytes_repr(b),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    let t = t.clone();
                    format!("({})", self.join_reprs(&t)?)
                }
            }
            Value::List(l) => {
                if self.repr_guard_enter(v) {
                    return Ok("[...]".into());
                }
                let items = l.borrow().clone();
                let r = self.join_reprs(&items);
                self.repr_guard_exit();
                format!("[{}]", r?)
            }
            Value::Dict(d) => {
                if self.repr_guard_enter(v) {
                    return Ok("{...}".into());
                }
                let items = d.items();
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in &items {
                    let r =
                        (|| Ok::<_, PyErr>(format!("{}: {}", self.repr(k)?, self.repr(val)?)))();
                    match r {
                        Ok(s) => parts.push(s),
                        Err(e) => {
                            self.repr_guard_exit();
                            return Err(e);
                        }
                    }
                }
                self.repr_guard_exit();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.items();
                if items.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            Value::FrozenSet(s) => {
                let items = s.items();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!(
                "slice({}, {}, {})",
                self.repr(&s.start)?,
                self.repr(&s.stop)?,
                self.repr(&s.step)?
            ),
            Value::Function(f) => {
                format!("<function {} at {:#x}>", f.qualname.borrow(), identity(v))
            }
            Value::Builtin(b) => match &b.bound_self {
                Some(s) => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    self.type_name(s),
                    identity(s)
                ),
                None => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().clone(),
                    Value::Builtin(b) => b.name.to_string(),
                    _ => "?".into(),
                };
                let r = self.repr(&m.self_)?;
                format!("<bound method {fname} of {r}>")
            }
            Value::Class(c) => {
                if let Some(r) = self.metaclass_special(v, "__repr__", &[])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                let module = c
                    .dict
                    .get_str("__module__")
                    .and_then(|m| m.as_str().map(str::to_string));
                match module {
                    Some(m) if m != "builtins" => format!("<class '{m}.{}'>", c.qualname.borrow()),
                    _ => format!("<class '{}'>", c.qualname.borrow()),
                }
            }
            Value::Module(m) => {
                if m.dict.get_str("__file__").is_some() {
                    let file = m.dict.get_str("__file__").unwrap();
                    format!("<module '{}' from {}>", m.name, self.repr(&file)?)
                } else {
                    format!("<module '{}' (built-in)>", m.name)
                }
            }
            Value::Generator(g) => {
                format!("<generator object {} at {:#x}>", g.qualname, identity(v))
            }
            Value::Iter(it) => format!("<{} object at {:#x}>", it.type_name, identity(v)),
            Value::Code(c) => format!("<code object {} at {:#x}>", c.name, identity(v)),
            Value::Cell(_) => format!("<cell at {:#x}>", identity(v)),
            Value::Instance(i) => {
                if i.exception().is_some()
                    && self
                        .type_of(v)
                        .lookup("__repr__")
                        .is_some_and(|r| matches!(r, Value::Builtin(_)))
                {
                    return self.exception_repr(v);
                }
                match self.call_special(v, "__repr__", &[])? {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    Some(other) => {
                        return Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        )));
                    }
                    None => self.default_repr(v),
                }
            }
            Value::Native(_) => match self.call_special(v, "__repr__", &[])? {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => self.default_repr(v),
            },
            Value::Property(_) => format!("<property object at {:#x}>", identity(v)),
            Value::StaticMethod(_) => format!("<staticmethod object at {:#x}>", identity(v)),
            Value::ClassMethod(_) => format!("<classmethod object at {:#x}>", identity(v)),
            Value::Super(_) => "<super object>".into(),
        })
    }

    /// `<__main__.A object at 0x...>`
    pub fn default_repr(&self, v: &Value) -> String {
        let cls = self.type_of(v);
        let module = cls
            .dict
            .get_str("__module__")
            .and_then(|m| m.as_str().map(str::to_string))
            .unwrap_or_else(|| "builtins".into());
        let name = cls.qualname.borrow().clone();
        if module == "builtins" {
            format!("<{name} object at {:#x}>", identity(v))
        } else {
            format!("<{module}.{name} object at {:#x}>", identity(v))
        }
    }

    /// `BaseException.__repr__`: `Name(arg)` or `Name(a, b)`.
    pub fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let Value::Instance(i) = v else {
            return self.repr(v);
        };
        let args = i
            .exception()
            .map(|e| e.borrow().args.clone())
            .unwrap_or_default();
        let name = i.class().name();
        Ok(if args.len() == 1 {
            format!("{name}({})", self.repr(&args[0])?)
        } else {
            format!("{name}({})", self.join_reprs(&args)?)
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(it)?);
        }
        Ok(out)
    }

    fn repr_guard_enter(&mut self, v: &Value) -> bool {
        let id = identity(v);
        if self.repr_stack.contains(&id) {
            return true;
        }
        self.repr_stack.push(id);
        false
    }

    fn repr_guard_exit(&mut self) {
        self.repr_stack.pop();
    }

    fn bigint_to_string(&self, b: &BigInt) -> PyResult<String> {
        self.check_int_str_digits(b)?;
        Ok(b.to_string())
    }

    /// CPython's limit on decimal conversion of huge ints (4300 digits), checked before
    /// converting: a number over the limit is refused at once, not after a quadratic
    /// conversion.
    pub fn check_int_str_digits(&self, b: &BigInt) -> PyResult<()> {
        let limit = self.state.int_max_str_digits.get();
        if limit == 0 {
            return Ok(());
        }
        // A number of `limit` decimal digits has at most limit * log2(10) bits.
        let max_bits = (limit as f64 * std::f64::consts::LOG2_10).ceil() as u64;
        let too_many = if b.bits() > max_bits {
            true
        } else if b.bits() as f64 > (limit - 1) as f64 * std::f64::consts::LOG2_10 {
            b.magnitude().to_str_radix(10).len() > limit
        } else {
            false
        };
        if too_many {
            return Err(self.value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        Ok(())
    }

    pub fn repr_value(&mut self, v: &Value) -> PyResult<Value> {
        // A user `__repr__` may return text with lone surrogates, which `repr` cannot carry.
        if let Value::Instance(i) = v
            && i.exception().is_none()
            && self
                .type_of(v)
                .lookup("__repr__")
                .is_some_and(|r| !matches!(r, Value::Builtin(_)))
        {
            return match self.call_special(v, "__repr__", &[])? {
                Some(s @ Value::Str(_)) => Ok(s),
                Some(other) => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    self.type_name(&other)
                ))),
                None => Ok(Value::string(self.default_repr(v))),
            };
        }
        Ok(Value::string(self.repr(v)?))
    }

    pub fn ascii_value(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 128 {
                out.push(c);
            } else if n < 256 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 65536 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(Value::string(out))
    }

    /// `str(v)` as a Rust string. A lone surrogate reads as U+FFFD here; [`Vm::str_value`]
    /// keeps it.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(_) => Ok(self.str_value(v)?.as_str().unwrap_or("").to_string()),
            _ => self.repr(v),
        }
    }

    /// `str(v)` of an instance, as a str value.
    fn instance_str(&mut self, v: &Value, i: &Instance) -> PyResult<Value> {
        let cls = self.type_of(v);
        match cls.lookup("__str__") {
            Some(Value::Builtin(_)) | None => {
                if let Some(e) = i.exception() {
                    // BaseException.__str__ (exceptions never reach object's).
                    let args = e.borrow().args.clone();
                    if args.len() == 1 && !cls.is_subclass(&self.types().key_error.clone()) {
                        // The argument's own str, kept exact (lone surrogates included).
                        return self.str_value(&args[0]);
                    }
                    return Ok(Value::string(self.exception_str(&cls, &args)?));
                }
                if let Some(inner) = self.unwrap_builtin(v)
                    && !matches!(inner, Value::Set(_) | Value::FrozenSet(_))
                    && cls
                        .lookup("__repr__")
                        .is_none_or(|r| matches!(r, Value::Builtin(_)))
                {
                    return self.str_value(&inner);
                }
                Ok(Value::string(self.repr(v)?))
            }
            Some(_) => match self.call_special(v, "__str__", &[])? {
                Some(s @ Value::Str(_)) => Ok(s),
                Some(other) => Err(self.type_error(format!(
                    "__str__ returned non-string (type {})",
                    self.type_name(&other)
                ))),
                None => Ok(Value::string(self.repr(v)?)),
            },
        }
    }

    /// `str()` of a built-in exception with these args (KeyError shows the key's repr,
    /// OSError its `[Errno N] message: 'file'` form).
    pub fn exception_str(
        &mut self,
        cls: &Rc<crate::objects::class::Class>,
        args: &[Value],
    ) -> PyResult<String> {
        if cls.is_subclass(&self.types().key_error.clone()) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if cls.is_subclass(&self.types().os_error.clone())
            && (2..=5).contains(&args.len())
            && let Value::Int(errno) = args[0]
        {
            let msg = self.to_str(&args[1])?;
            return Ok(match (args.get(2), args.get(4)) {
                (Some(f), Some(f2)) if !f.is_none() && !f2.is_none() => format!(
                    "[Errno {errno}] {msg}: {} -> {}",
                    self.repr(f)?,
                    self.repr(f2)?
                ),
                (Some(f), _) if !f.is_none() => format!("[Errno {errno}] {msg}: {}", self.repr(f)?),
                _ => format!("[Errno {errno}] {msg}"),
            });
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.to_str(&args[0]),
            _ => self.repr(&Value::tuple(args.to_vec())),
        }
    }

    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            Value::Instance(i) => self.instance_str(v, i),
            _ => Ok(Value::string(self.to_str(v)?)),
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        use crate::objects::format as fmt;
        let out = match v {
            Value::Bool(b) if spec.is_empty() => if *b { "True" } else { "False" }.to_string(),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let n = match v {
                    Value::Int(i) => BigInt::from(*i),
                    Value::Bool(b) => BigInt::from(*b as i64),
                    Value::BigInt(b) => (**b).clone(),
                    _ => unreachable!(),
                };
                let s = fmt::parse_format_spec_for(spec, "int").map_err(|e| self.value_error(e))?;
                if matches!(s.ty, None | Some('d' | 'n')) {
                    self.check_int_str_digits(&n)?;
                }
                fmt::format_int(&n, &s).map_err(|e| self.format_error(e))?
            }
            Value::Float(f) => {
                let s =
                    fmt::parse_format_spec_for(spec, "float").map_err(|e| self.value_error(e))?;
                fmt::format_float(*f, &s).map_err(|e| self.format_error(e))?
            }
            Value::Str(s) => {
                let sp =
                    fmt::parse_format_spec_for(spec, "str").map_err(|e| self.value_error(e))?;
                if s.has_surrogates()
                    && let Some(si) = StandIn::choose([&**s])
                {
                    let text = si.to_stand_in(s);
                    let out = fmt::format_str(&text, &sp).map_err(|e| self.format_error(e))?;
                    return Ok(Value::from_pystr(si.from_stand_in(&out)));
                }
                fmt::format_str(s.as_str(), &sp).map_err(|e| self.format_error(e))?
            }
            Value::Instance(_)
                if self
                    .type_of(v)
                    .lookup("__format__")
                    .is_some_and(|f| !matches!(f, Value::Builtin(_))) =>
            {
                let r = self.call_special(v, "__format__", &[Value::str(spec)])?;
                return match r {
                    Some(s @ Value::Str(_)) => Ok(s),
                    Some(other) => Err(self.type_error(format!(
                        "__format__ must return a str, not {}",
                        self.type_name(&other)
                    ))),
                    None => Err(self.type_error("__format__ must return a str")),
                };
            }
            _ => {
                if let Some(inner) = self.unwrap_builtin(v) {
                    return self.format(&inner, spec);
                }
                if !spec.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name(v)
                    )));
                }
                return self.str_value(v);
            }
        };
        Ok(Value::string(out))
    }

    fn format_error(&self, e: String) -> PyErr {
        if crate::objects::format::is_overflow_error(&e) {
            self.overflow_error(e)
        } else {
            self.value_error(e)
        }
    }

    // --- iteration ---

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        match self.try_get_iter(v)? {
            Some(it) => Ok(it),
            None => Err(self.not_iterable(v)),
        }
    }

    /// `iter(v)`, or `None` when `v` is not iterable at all (errors raised by a user
    /// `__iter__` still propagate, so callers can word the not-iterable TypeError).
    pub fn try_get_iter(&mut self, v: &Value) -> PyResult<Option<Value>> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(_) => IterState::Str {
                s: v.clone(),
                byte: 0,
            },
            Value::Bytes(b) => IterState::Values {
                items: b.iter().map(|x| Value::Int(*x as i64)).collect(),
                index: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Dict(d) => IterState::Dict {
                dict: v.clone(),
                pos: 0,
                version: d.table.borrow().version,
                kind: DictIterKind::Keys,
                len: d.len(),
            },
            Value::Set(s) | Value::FrozenSet(s) => IterState::SetItems {
                set: v.clone(),
                items: s.items(),
                index: 0,
                len: s.len(),
            },
            Value::Iter(_) | Value::Generator(_) => return Ok(Some(v.clone())),
            Value::Class(_) => return self.metaclass_special(v, "__iter__", &[]),
            Value::Instance(_) | Value::Native(_) => {
                if let Some(it) = self.call_special(v, "__iter__", &[])? {
                    if !self.is_iterator(&it) {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(Some(it));
                }
                if self.type_of(v).lookup("__getitem__").is_some() {
                    IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    }
                } else if let Some(inner) = self.unwrap_builtin(v) {
                    return self.try_get_iter(&inner);
                } else {
                    return Ok(None);
                }
            }
            _ => return Ok(None),
        };
        let name = match v {
            Value::List(_) => "list_iterator",
            Value::Tuple(_) => "tuple_iterator",
            Value::Str(_) => "str_ascii_iterator",
            Value::Range(_) => "range_iterator",
            Value::Dict(_) => "dict_keyiterator",
            Value::Set(_) | Value::FrozenSet(_) => "set_iterator",
            Value::Bytes(_) => "bytes_iterator",
            _ => "iterator",
        };
        Ok(Some(Value::Iter(Rc::new(IterObj::new(name, state)))))
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) => true,
            Value::Instance(_) | Value::Native(_) => self.type_of(v).lookup("__next__").is_some(),
            _ => false,
        }
    }

    pub fn not_iterable(&self, v: &Value) -> PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// The next item of an iterator, or `None` when it is exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => crate::builtins::iterators::next(self, obj),
            Value::Generator(g) => {
                let g = g.clone();
                match self.resume_generator(&g, Value::None)? {
                    Ok(v) => Ok(Some(v)),
                    Err(_) => Ok(None),
                }
            }
            // itertools' iterators step without a method call (unless subclassed).
            Value::Native(n) if n.class.builtin && crate::modules::itertools::is_itertools(n) => {
                crate::modules::itertools::advance(self, it)
            }
            _ => match self.call_special(it, "__next__", &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                ))),
                Err(e) if e.is_instance_of(&self.types().stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// Collects an iterable into a vector (with fast paths for built-in sequences).
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.as_ref().clone()),
            Value::Dict(d) => Ok(d.keys()),
            Value::Set(s) | Value::FrozenSet(s) => Ok(s.items()),
            _ => match self.try_collect_iterable(v)? {
                Some(items) => Ok(items),
                None => Err(self.not_iterable(v)),
            },
        }
    }

    /// `collect_iterable`, or `None` when `v` is not iterable (a user `__iter__`'s own
    /// exceptions propagate).
    pub fn try_collect_iterable(&mut self, v: &Value) -> PyResult<Option<Vec<Value>>> {
        let mut out = Vec::new();
        if let Value::Range(r) = v {
            // Sized up front, as CPython's list() does: a huge range is a MemoryError at
            // once instead of growing until the process is killed.
            let n = usize::try_from(r.len())
                .ok()
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| {
                    self.overflow_error("Python int too large to convert to C ssize_t")
                })?;
            self.reserve_values(&mut out, n)?;
        }
        let Some(it) = self.try_get_iter(v)? else {
            return Ok(None);
        };
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(Some(out))
    }

    /// Reserves room for `n` more values, or MemoryError (never an abort) when the
    /// allocation is refused or is beyond any machine (over 2**40 bytes).
    pub fn reserve_values<T>(&self, v: &mut Vec<T>, n: usize) -> PyResult<()> {
        let too_big = n
            .checked_mul(std::mem::size_of::<T>())
            .is_none_or(|bytes| bytes > MAX_ALLOCATION);
        if too_big || v.try_reserve_exact(n).is_err() {
            return Err(self.new_exception(&self.types().memory_error, vec![]));
        }
        Ok(())
    }

    /// Unpacking `a, b = v` into exactly `n` values.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.as_ref().clone(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                let Some(it) = self.try_get_iter(v)? else {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    )));
                };
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    // --- containment and subscripting ---

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains_text(sub)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::List(l) => {
                let items = l.borrow().clone();
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                for x in t.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let d = d.clone();
                d.contains(self, item)
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let s = s.clone();
                s.contains(self, item)
            }
            Value::Range(r) => Ok(match item {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_)
                    if i128::try_from(&super::super::builtins::functions::to_bigint(
                        self, item,
                    )?)
                    .is_ok() =>
                {
                    let i =
                        i128::try_from(&super::super::builtins::functions::to_bigint(self, item)?)
                            .expect("checked");
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                _ => {
                    let r2 = Value::Range(r.clone());
                    let items = self.collect_iterable(&r2)?;
                    let mut found = false;
                    for x in &items {
                        if self.eq(x, item)? {
                            found = true;
                            break;
                        }
                    }
                    found
                }
            }),
            Value::Bytes(b) => match item {
                Value::Int(i) => Ok(b.contains(&(*i as u8))),
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]))
                }
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            _ => {
                if let Some(r) = self.call_special(container, "__contains__", &[item.clone()])? {
                    return self.is_true(&r);
                }
                if matches!(container, Value::Instance(_))
                    && let Some(inner) = self.unwrap_builtin(container)
                {
                    return self.contains(&inner, item);
                }
                let Some(it) = self.try_get_iter(container)? else {
                    return Err(self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    )));
                };
                while let Some(x) = self.iter_next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// An index value as i64 (`__index__`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match self.to_index_opt(v)? {
            Some(i) => Ok(i),
            None => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// `to_index`, but `None` when `v` has no `__index__` at all, so that callers can
    /// word their own TypeError while an exception raised by `__index__` itself (any
    /// exception, `SystemExit` included) reaches the program unchanged.
    pub fn to_index_opt(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => b
                .to_i64()
                .map(Some)
                .ok_or_else(|| self.index_error("cannot fit 'int' into an index-sized integer")),
            _ => match self.call_special(v, "__index__", &[])? {
                Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                    self.to_index_opt(&r)
                }
                Some(r) => match self.unwrap_builtin(&r) {
                    Some(inner @ (Value::Int(_) | Value::BigInt(_))) => self.to_index_opt(&inner),
                    _ => Err(self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ))),
                },
                None => Ok(None),
            },
        }
    }

    pub fn get_item(&mut self, obj: &Value, index: &Value) -> PyResult<Value> {
        crate::builtins::sequences::get_item(self, obj, index)
    }

    pub fn set_item(&mut self, obj: &Value, index: Value, v: Value) -> PyResult<()> {
        crate::builtins::sequences::set_item(self, obj, index, v)
    }

    pub fn del_item(&mut self, obj: &Value, index: &Value) -> PyResult<()> {
        crate::builtins::sequences::del_item(self, obj, index)
    }

    /// Calls the special method `name` found on the type of `obj` (not the instance);
    /// `None` if the type has none.
    /// `name` defined in Python by the metaclass (not `type`) of the class `v`: `len(Color)`,
    /// `Color['RED']`, `iter(Color)` and `repr(Color)` go through it, as for any instance.
    pub fn metaclass_special(
        &mut self,
        v: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let Value::Class(c) = v else {
            return Ok(None);
        };
        let meta = self.metaclass_of(c);
        if Rc::ptr_eq(&meta, &self.types().type_) {
            return Ok(None);
        }
        match meta.lookup(name) {
            None | Some(Value::Builtin(_)) | Some(Value::None) => Ok(None),
            Some(_) => self.call_special(v, name, args),
        }
    }

    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(f) = cls.lookup(name) else {
            return Ok(None);
        };
        if matches!(f, Value::None) {
            return Ok(None);
        }
        let mut all = Vec::with_capacity(args.len() + 1);
        match &f {
            Value::StaticMethod(inner) => {
                all.extend_from_slice(args);
                let inner = (**inner).clone();
                return self.call(&inner, &Args::new(&all)).map(Some);
            }
            Value::ClassMethod(inner) => {
                all.push(Value::Class(cls.clone()));
                all.extend_from_slice(args);
                let inner = (**inner).clone();
                return self.call(&inner, &Args::new(&all)).map(Some);
            }
            _ => {}
        }
        all.push(obj.clone());
        all.extend_from_slice(args);
        self.call(&f, &Args::new(&all)).map(Some)
    }

    /// For instances of user subclasses of built-in types: the built-in value inside.
    pub fn unwrap_builtin(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::Builtin(inner) => Some(inner.borrow().clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// The largest single allocation pyth attempts (1 TiB): anything bigger is a MemoryError
/// without asking the allocator, which may overcommit and let the process be killed later.
pub const MAX_ALLOCATION: usize = 1 << 40;

/// A stable identity for `id()` and default hashes.
pub fn identity(v: &Value) -> usize {
    v.heap_ptr().unwrap_or_else(|| match v {
        Value::None => 0x1000,
        Value::Bool(b) => 0x2000 + *b as usize,
        Value::Int(i) => *i as usize,
        Value::Float(f) => f.to_bits() as usize,
        _ => 0,
    })
}

fn identity_hash(v: &Value) -> i64 {
    let p = identity(v) as u64;
    (p.rotate_right(4)) as i64
}

/// An operand of `X | Y` between types: a class or None, at least one of them a class.
fn is_union_operand(v: &Value) -> bool {
    matches!(v, Value::Class(_) | Value::None)
}
