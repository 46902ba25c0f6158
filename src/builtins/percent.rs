//! `str % args`: printf-style formatting.

use crate::objects::Value;
use crate::objects::format::{self as fmt, PrintfPiece};
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn percent_format(&mut self, template: &str, args: &Value) -> PyResult<Value> {
        let pieces = fmt::parse_printf(template).map_err(|e| self.value_error(e))?;
        let mapping = matches!(args, Value::Dict(_))
            || (matches!(args, Value::Instance(_))
                && self.type_of(args).lookup("__getitem__").is_some()
                && !matches!(args, Value::Tuple(_)));
        let items: Vec<Value> = match args {
            Value::Tuple(t) => t.as_ref().clone(),
            other => vec![other.clone()],
        };
        let mut next = 0usize;
        let mut out = String::new();
        let mut take = |vm: &mut Vm| -> PyResult<Value> {
            if next < items.len() {
                next += 1;
                Ok(items[next - 1].clone())
            } else {
                Err(vm.type_error("not enough arguments for format string"))
            }
        };
        let mut used_mapping = false;
        for piece in pieces {
            match piece {
                PrintfPiece::Literal(s) => out.push_str(&s),
                PrintfPiece::Conv {
                    key,
                    mut spec,
                    width_star,
                    precision_star,
                } => {
                    if width_star {
                        let w = take(self)?;
                        let w = self.to_index(&w)?;
                        spec.set_star_width(w).map_err(|e| self.value_error(e))?;
                    }
                    if precision_star {
                        let p = take(self)?;
                        let p = self.to_index(&p)?;
                        spec.set_star_precision(p)
                            .map_err(|e| self.value_error(e))?;
                    }
                    let arg = match &key {
                        Some(k) => {
                            if !mapping {
                                return Err(self.type_error("format requires a mapping"));
                            }
                            used_mapping = true;
                            self.get_item(args, &Value::str(k))?
                        }
                        None => take(self)?,
                    };
                    // Numeric conversions of an int or float subclass (an IntEnum member)
                    // format its value.
                    let arg = match self.unwrap_builtin(&arg) {
                        Some(inner @ (Value::Int(_) | Value::BigInt(_) | Value::Float(_)))
                            if !matches!(spec.conv, 's' | 'r' | 'a') =>
                        {
                            inner
                        }
                        _ => arg,
                    };
                    let text = match spec.conv {
                        's' => fmt::printf_str(&self.to_str(&arg)?, &spec),
                        'r' => fmt::printf_str(&self.repr(&arg)?, &spec),
                        'a' => {
                            let a = self.ascii_value(&arg)?;
                            fmt::printf_str(a.as_str().unwrap_or(""), &spec)
                        }
                        'c' => {
                            let c = match &arg {
                                Value::Str(s) if s.char_len() == 1 => s.as_str().to_string(),
                                Value::Int(i) => {
                                    match u32::try_from(*i).ok().and_then(char::from_u32) {
                                        Some(c) => c.to_string(),
                                        None => {
                                            return Err(self
                                                .overflow_error("%c arg not in range(0x110000)"));
                                        }
                                    }
                                }
                                _ => return Err(self.type_error("%c requires int or char")),
                            };
                            fmt::printf_str(&c, &spec)
                        }
                        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                            let n = match &arg {
                                Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                                    crate::objects::number::f64_to_bigint(*f)
                                        .map_err(|e| self.num_error(e))?
                                }
                                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                                    super::functions::to_bigint(self, &arg)?
                                }
                                _ => {
                                    let kind = if matches!(spec.conv, 'd' | 'i' | 'u') {
                                        "a real number"
                                    } else {
                                        "an integer"
                                    };
                                    return Err(self.type_error(format!(
                                        "%{} format: {kind} is required, not {}",
                                        spec.conv,
                                        self.type_name(&arg)
                                    )));
                                }
                            };
                            if !matches!(spec.conv, 'o' | 'x' | 'X') {
                                self.check_int_str_digits(&n)?;
                            }
                            fmt::printf_int(&n, &spec)
                        }
                        _ => {
                            let f = match &arg {
                                Value::Float(f) => *f,
                                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                                    super::methods_num::to_float(self, &arg)?
                                }
                                _ => {
                                    return Err(self.type_error(format!(
                                        "must be real number, not {}",
                                        self.type_name(&arg)
                                    )));
                                }
                            };
                            fmt::printf_float(f, &spec)
                        }
                    };
                    out.push_str(&text);
                }
            }
        }
        if !used_mapping && next < items.len() && !mapping {
            return Err(self.type_error("not all arguments converted during string formatting"));
        }
        Ok(Value::string(out))
    }
}
