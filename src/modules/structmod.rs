//! The `struct` module: packing values into bytes by a format (`<hi`, `>Q`, `10s`, …),
//! with CPython's sizes, alignment and `struct.error` messages.

use crate::objects::heap::Rc;

use super::{new_native_module, set};
use crate::builtins::add_methods;
use crate::builtins::args::{bind, exact};
use crate::builtins::types::builtin_class;
use crate::objects::Value;
use crate::objects::class::{BuiltinKind, Class};
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::objects::value::NativeObject;
use crate::vm::{PyErr, PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "struct",
        &[
            ("pack", pack),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
            ("calcsize", calcsize),
        ],
    );
    let error = builtin_class(
        "error",
        &[&vm.types().exception.clone()],
        BuiltinKind::BaseException,
    );
    error.dict.set_str("__module__", Value::str("struct"));
    set(&m, "error", Value::Class(error));
    let cls = builtin_class("Struct", &[&vm.types().object.clone()], BuiltinKind::Native);
    cls.dict.set_str("__module__", Value::str("_struct"));
    add_methods(
        &cls,
        &[
            ("__new__", struct_new),
            ("pack", struct_pack),
            ("unpack", struct_unpack),
            ("unpack_from", struct_unpack_from),
            ("iter_unpack", struct_iter_unpack),
            ("__getattr__", struct_getattr),
        ],
    );
    set(&m, "Struct", Value::Class(cls));
    m
}

/// Byte order and whether sizes/alignment are the platform's (`@`) or standard.
#[derive(Clone, Copy)]
struct Order {
    little: bool,
    native: bool,
}

/// One item of a format: a code with its repeat count.
#[derive(Clone, Copy)]
struct Item {
    code: char,
    count: usize,
    size: usize,
    /// Padding before the item (native alignment).
    pad: usize,
}

/// A compiled format.
struct Format {
    text: String,
    order: Order,
    items: Vec<Item>,
    size: usize,
}

impl Format {
    /// How many values pack takes / unpack returns.
    fn value_count(&self) -> usize {
        self.items
            .iter()
            .map(|i| match i.code {
                'x' => 0,
                's' | 'p' => 1,
                _ => i.count,
            })
            .sum()
    }
}

fn struct_error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let cls = match vm
        .import_module("struct")
        .and_then(|m| vm.get_attr(&m, "error"))
    {
        Ok(Value::Class(c)) => c,
        _ => vm.types().value_error.clone(),
    };
    vm.new_error(&cls, msg)
}

fn code_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn compile(vm: &mut Vm, text: &str) -> PyResult<Format> {
    let mut chars = text.chars().peekable();
    let order = match chars.peek() {
        Some('<') => Order {
            little: true,
            native: false,
        },
        Some('>') | Some('!') => Order {
            little: false,
            native: false,
        },
        Some('=') => Order {
            little: cfg!(target_endian = "little"),
            native: false,
        },
        Some('@') => Order {
            little: cfg!(target_endian = "little"),
            native: true,
        },
        _ => Order {
            little: cfg!(target_endian = "little"),
            native: true,
        },
    };
    if matches!(chars.peek(), Some('<' | '>' | '!' | '=' | '@')) {
        chars.next();
    }
    let mut items = Vec::new();
    let mut size = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let (count, code) = if c.is_ascii_digit() {
            let mut n = c.to_digit(10).unwrap_or(0) as usize;
            while let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d as usize))
                    .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
                chars.next();
            }
            match chars.next() {
                Some(code) => (n, code),
                None => {
                    return Err(struct_error(
                        vm,
                        "repeat count given without format specifier",
                    ));
                }
            }
        } else {
            (1, c)
        };
        let Some(item_size) = code_size(code, order.native) else {
            return Err(struct_error(vm, "bad char in struct format"));
        };
        let pad = if order.native && !matches!(code, 'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p') {
            (item_size - size % item_size) % item_size
        } else {
            0
        };
        let total = item_size
            .checked_mul(count)
            .and_then(|t| t.checked_add(pad))
            .and_then(|t| t.checked_add(size))
            .filter(|t| *t <= isize::MAX as usize)
            .ok_or_else(|| struct_error(vm, "total struct size too long"))?;
        size = total;
        items.push(Item {
            code,
            count,
            size: item_size,
            pad,
        });
    }
    Ok(Format {
        text: text.to_string(),
        order,
        items,
        size,
    })
}

fn format_text(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => Err(vm.type_error(format!(
            "{what} argument 1 must be a str or bytes object, not {}",
            vm.type_name(v)
        ))),
    }
}

fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        _ => match vm.unwrap_builtin(v) {
            Some(Value::Bytes(b)) => Ok(b),
            _ => {
                // Other buffers (bytearray, memoryview) through bytes(v).
                if let Some(bytes_fn) = vm.builtins().get_str("bytes")
                    && !matches!(v, Value::Str(_) | Value::Int(_))
                    && let Ok(Value::Bytes(b)) = vm.call0(&bytes_fn, &[v.clone()])
                {
                    return Ok(b);
                }
                Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                )))
            }
        },
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    match v {
        Value::Int(i) => Ok((*i).into()),
        Value::Bool(b) => Ok((*b as i64).into()),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(_) | Value::Str(_) | Value::Bytes(_) | Value::None => {
            Err(struct_error(vm, "required argument is not an integer"))
        }
        _ => match vm.call_special(v, "__index__", &[])? {
            Some(r) => int_arg(vm, &r),
            None => Err(struct_error(vm, "required argument is not an integer")),
        },
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(_) => crate::builtins::methods_num::to_float(vm, v),
        _ => match vm.call_special(v, "__float__", &[])? {
            Some(Value::Float(f)) => Ok(f),
            _ => Err(struct_error(vm, "required argument is not a float")),
        },
    }
}

fn range_message(code: char, size: usize, signed: bool, negative: bool) -> String {
    let (lo, hi): (i128, i128) = if signed {
        (-(1i128 << (size * 8 - 1)), (1i128 << (size * 8 - 1)) - 1)
    } else {
        (0, (1i128 << (size * 8)) - 1)
    };
    match code {
        'b' => format!("byte format requires {lo} <= number <= {hi}"),
        'B' => format!("ubyte format requires {lo} <= number <= {hi}"),
        'h' => format!("short format requires {lo} <= number <= {hi}"),
        'H' => format!("ushort format requires {lo} <= number <= {hi}"),
        // CPython's wording: 8-byte codes, and negative values for 'I'/'L', say only this.
        _ if size == 8 || (!signed && negative) => "argument out of range".to_string(),
        _ => format!("'{code}' format requires {lo} <= number <= {hi}"),
    }
}

fn put_int(out: &mut Vec<u8>, v: u64, size: usize, little: bool) {
    let bytes = v.to_le_bytes();
    if little {
        out.extend_from_slice(&bytes[..size]);
    } else {
        out.extend(bytes[..size].iter().rev());
    }
}

fn get_int(data: &[u8], little: bool) -> u64 {
    let mut v = 0u64;
    if little {
        for b in data.iter().rev() {
            v = v << 8 | *b as u64;
        }
    } else {
        for b in data {
            v = v << 8 | *b as u64;
        }
    }
    v
}

/// An f64 as IEEE half precision bits (round half to even), or None if too large.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign = if x.is_sign_negative() { 0x8000u16 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // The value in units of the smallest subnormal (2**-24), rounded half to even.
    if a < 6.103_515_625e-5 {
        let units = a * 16_777_216.0;
        let r = round_half_even(units) as u16;
        return Some(sign | r);
    }
    let mut exp = a.log2().floor() as i32;
    let fraction = a / 2f64.powi(exp) - 1.0;
    let mut m = round_half_even(fraction * 1024.0) as u32;
    if m == 1024 {
        // Rounded up to the next power of two.
        m = 0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    Some(sign | (((exp + 15) as u16) << 10) | m as u16)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let mant = (h & 0x3ff) as f64;
    sign * match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    }
}

fn do_pack(vm: &mut Vm, f: &Format, values: &[Value]) -> PyResult<Value> {
    let expected = f.value_count();
    if values.len() != expected {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {expected} items for packing (got {})",
                values.len()
            ),
        ));
    }
    let mut out = Vec::with_capacity(f.size);
    let mut next = values.iter();
    for item in &f.items {
        out.resize(out.len() + item.pad, 0);
        match item.code {
            'x' => out.resize(out.len() + item.count, 0),
            's' | 'p' => {
                let v = next.next().expect("counted");
                let data = match v {
                    Value::Bytes(b) => b.clone(),
                    _ => match vm.unwrap_builtin(v) {
                        Some(Value::Bytes(b)) => b,
                        _ => {
                            return Err(struct_error(
                                vm,
                                format!("argument for '{}' must be a bytes object", item.code),
                            ));
                        }
                    },
                };
                let n = item.count;
                if item.code == 's' {
                    let take = data.len().min(n);
                    out.extend_from_slice(&data[..take]);
                    out.resize(out.len() + (n - take), 0);
                } else if n > 0 {
                    // Pascal string: a length byte, then up to n - 1 bytes.
                    let take = data.len().min(n - 1).min(255);
                    out.push(take as u8);
                    out.extend_from_slice(&data[..take]);
                    out.resize(out.len() + (n - 1 - take), 0);
                }
            }
            code => {
                for _ in 0..item.count {
                    let v = next.next().expect("counted");
                    pack_one(vm, &mut out, code, item.size, f.order, v)?;
                }
            }
        }
    }
    Ok(Value::Bytes(Rc::new(out)))
}

fn pack_one(
    vm: &mut Vm,
    out: &mut Vec<u8>,
    code: char,
    size: usize,
    order: Order,
    v: &Value,
) -> PyResult<()> {
    use num_traits::ToPrimitive;
    let little = order.little;
    match code {
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => out.push(b[0]),
            _ => {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ));
            }
        },
        '?' => {
            let t = vm.is_true(v)?;
            out.push(t as u8);
        }
        'e' => {
            let x = float_arg(vm, v)?;
            let h = f64_to_half(x)
                .ok_or_else(|| vm.overflow_error("float too large to pack with e format"))?;
            put_int(out, h as u64, 2, little);
        }
        'f' => {
            let x = float_arg(vm, v)?;
            let x32 = x as f32;
            // Native mode is a C cast (overflow gives inf); standard mode checks.
            if x32.is_infinite() && x.is_finite() && !order.native {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            put_int(out, x32.to_bits() as u64, 4, little);
        }
        'd' => {
            let x = float_arg(vm, v)?;
            put_int(out, x.to_bits(), 8, little);
        }
        _ => {
            let signed = matches!(code, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
            let n = int_arg(vm, v)?;
            let bits = size * 8;
            let fits = if signed {
                n.to_i128()
                    .is_some_and(|x| x >= -(1i128 << (bits - 1)) && x < (1i128 << (bits - 1)))
            } else {
                n.to_i128().is_some_and(|x| x >= 0 && x < (1i128 << bits))
            };
            if !fits {
                let negative = n.sign() == num_bigint::Sign::Minus;
                return Err(struct_error(
                    vm,
                    range_message(code, size, signed, negative),
                ));
            }
            let x = n.to_i128().unwrap_or(0) as u64;
            put_int(out, x, size, little);
        }
    }
    Ok(())
}

fn do_unpack(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    let little = f.order.little;
    let mut out = Vec::with_capacity(f.value_count());
    let mut pos = 0;
    for item in &f.items {
        pos += item.pad;
        match item.code {
            'x' => pos += item.count,
            's' => {
                out.push(Value::Bytes(Rc::new(data[pos..pos + item.count].to_vec())));
                pos += item.count;
            }
            'p' => {
                let n = item.count;
                let bytes = if n == 0 {
                    Vec::new()
                } else {
                    let len = (data[pos] as usize).min(n - 1);
                    data[pos + 1..pos + 1 + len].to_vec()
                };
                out.push(Value::Bytes(Rc::new(bytes)));
                pos += n;
            }
            code => {
                for _ in 0..item.count {
                    let chunk = &data[pos..pos + item.size];
                    pos += item.size;
                    out.push(unpack_one(code, chunk, little));
                }
            }
        }
    }
    let _ = vm;
    Ok(Value::tuple(out))
}

fn unpack_one(code: char, chunk: &[u8], little: bool) -> Value {
    let raw = get_int(chunk, little);
    let size = chunk.len();
    match code {
        'c' => Value::Bytes(Rc::new(vec![chunk[0]])),
        '?' => Value::Bool(chunk[0] != 0),
        'e' => Value::Float(half_to_f64(raw as u16)),
        'f' => Value::Float(f32::from_bits(raw as u32) as f64),
        'd' => Value::Float(f64::from_bits(raw)),
        'b' | 'h' | 'i' | 'l' | 'q' | 'n' => {
            let shift = 64 - size * 8;
            Value::Int(((raw << shift) as i64) >> shift)
        }
        _ => {
            if raw > i64::MAX as u64 {
                Value::from_bigint(raw.into())
            } else {
                Value::Int(raw as i64)
            }
        }
    }
}

fn pack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(fmt) = pos.first() else {
        return Err(vm.type_error("pack expected at least 1 argument, got 0"));
    };
    let text = format_text(vm, fmt, "Struct()")?;
    let f = compile(vm, &text)?;
    do_pack(vm, &f, &pos[1..])
}

fn unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "unpack", 2)?;
    let text = format_text(vm, &a[0], "Struct()")?;
    let f = compile(vm, &text)?;
    let data = buffer_arg(vm, &a[1])?;
    unpack_whole(vm, &f, &data)
}

fn unpack_whole(vm: &mut Vm, f: &Format, data: &[u8]) -> PyResult<Value> {
    if data.len() != f.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", f.size),
        ));
    }
    do_unpack(vm, f, data)
}

fn unpack_from_impl(
    vm: &mut Vm,
    f: &Format,
    buffer: &Value,
    offset: Option<&Value>,
) -> PyResult<Value> {
    let data = buffer_arg(vm, buffer)?;
    let mut offset = match offset {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    if offset < 0 {
        if offset + (data.len() as i64) < 0 {
            return Err(struct_error(
                vm,
                format!(
                    "offset {offset} out of range for {}-byte buffer",
                    data.len()
                ),
            ));
        }
        offset += data.len() as i64;
    }
    let offset = offset as usize;
    if data.len() < offset || data.len() - offset < f.size {
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                f.size + offset,
                f.size,
                offset,
                data.len()
            ),
        ));
    }
    do_unpack(vm, f, &data[offset..offset + f.size])
}

fn unpack_from(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "unpack_from", &["format", "buffer", "offset"], 2)?;
    let text = format_text(vm, a[0].as_ref().expect("required"), "Struct()")?;
    let f = compile(vm, &text)?;
    unpack_from_impl(vm, &f, a[1].as_ref().expect("required"), a[2].as_ref())
}

fn iter_unpack_impl(vm: &mut Vm, f: &Format, buffer: &Value) -> PyResult<Value> {
    let data = buffer_arg(vm, buffer)?;
    if f.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    if data.len() % f.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                f.size
            ),
        ));
    }
    let mut items = Vec::with_capacity(data.len() / f.size);
    for chunk in data.chunks(f.size) {
        items.push(do_unpack(vm, f, chunk)?);
    }
    let list = Value::list(items);
    let iter = vm.builtins().get_str("iter").expect("builtin iter");
    vm.call0(&iter, &[list])
}

fn iter_unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "iter_unpack", 2)?;
    let text = format_text(vm, &a[0], "Struct()")?;
    let f = compile(vm, &text)?;
    iter_unpack_impl(vm, &f, &a[1])
}

fn calcsize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "calcsize", 1)?;
    let text = format_text(vm, &a[0], "Struct()")?;
    let f = compile(vm, &text)?;
    Ok(Value::Int(f.size as i64))
}

// --- Struct objects ---

fn struct_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("Struct.__new__ needs a class"));
    };
    let cls: Rc<Class> = cls.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    let a = bind(vm, &rest, "Struct", &["format"], 1)?;
    let text = format_text(vm, a[0].as_ref().expect("required"), "Struct()")?;
    let f = compile(vm, &text)?;
    Ok(Value::Native(Rc::new(NativeObject {
        class: cls,
        payload: Box::new(f),
        dict: std::cell::RefCell::new(None),
    })))
}

fn format_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Format> {
    match v {
        Value::Native(n) => n
            .payload
            .downcast_ref::<Format>()
            .ok_or_else(|| vm.type_error("descriptor requires a '_struct.Struct' object")),
        _ => Err(vm.type_error("descriptor requires a '_struct.Struct' object")),
    }
}

fn struct_pack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.args[0].clone();
    let f = format_of(vm, &me)?;
    do_pack(vm, f, &args.positional()[1..])
}

fn struct_unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "unpack", 2)?;
    let me = a[0].clone();
    let f = format_of(vm, &me)?;
    let data = buffer_arg(vm, &a[1])?;
    unpack_whole(vm, f, &data)
}

fn struct_unpack_from(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = bind(vm, args, "unpack_from", &["self", "buffer", "offset"], 2)?;
    let me = a[0].clone().expect("self");
    let f = format_of(vm, &me)?;
    unpack_from_impl(vm, f, a[1].as_ref().expect("required"), a[2].as_ref())
}

fn struct_iter_unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "iter_unpack", 2)?;
    let me = a[0].clone();
    let f = format_of(vm, &me)?;
    iter_unpack_impl(vm, f, &a[1])
}

/// `format` and `size`.
fn struct_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getattr__", 2)?;
    let me = a[0].clone();
    let f = format_of(vm, &me)?;
    match a[1].as_str() {
        Some("format") => Ok(Value::string(f.text.clone())),
        Some("size") => Ok(Value::Int(f.size as i64)),
        Some(other) => Err(vm.new_error(
            &vm.types().attribute_error.clone(),
            format!("'_struct.Struct' object has no attribute '{other}'"),
        )),
        None => Err(vm.type_error("attribute name must be string")),
    }
}
