//! `str % args`: printf-style formatting.

use crate::objects::format::{self as fmt, PrintfPiece};
use crate::objects::stand_in::StandIn;
use crate::objects::str::{PyStr, PyStrBuilder};
use crate::objects::{Value, heap::Rc};
use crate::vm::{PyResult, Vm};

/// `printf_str` of a str that may hold lone surrogates (which pass through on stand-ins,
/// see `objects::stand_in`).
fn printf_text(s: &PyStr, spec: &fmt::PrintfSpec, out: &mut PyStrBuilder) {
    if s.has_surrogates()
        && let Some(si) = StandIn::choose([s])
    {
        let text = fmt::printf_str(&si.to_stand_in(s), spec);
        return out.push_pystr(&si.from_stand_in(&text));
    }
    out.push_str(&fmt::printf_str(s.as_str(), spec));
}

impl Vm {
    pub fn percent_format(&mut self, template: &PyStr, args: &Value) -> PyResult<Value> {
        // The template's own surrogates ride through parsing on stand-ins.
        let template_si = template
            .has_surrogates()
            .then(|| StandIn::choose([template]))
            .flatten();
        let template_text = match &template_si {
            Some(si) => std::borrow::Cow::Owned(si.to_stand_in(template)),
            None => std::borrow::Cow::Borrowed(template.as_str()),
        };
        let pieces = fmt::parse_printf(&template_text).map_err(|e| self.value_error(e))?;
        let mapping = matches!(args, Value::Dict(_))
            || (matches!(args, Value::Instance(_))
                && self.type_of(args).lookup("__getitem__").is_some()
                && !matches!(args, Value::Tuple(_)));
        let items: Vec<Value> = match args {
            Value::Tuple(t) => t.as_ref().clone(),
            other => vec![other.clone()],
        };
        let mut next = 0usize;
        let mut out = PyStrBuilder::new();
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
                PrintfPiece::Literal(s) => match &template_si {
                    Some(si) => out.push_pystr(&si.from_stand_in(&s)),
                    None => out.push_str(&s),
                },
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
                        's' => {
                            let s = self.str_value(&arg)?;
                            if let Value::Str(s) = &s {
                                printf_text(s, &spec, &mut out);
                            }
                            continue;
                        }
                        'r' => {
                            if let Value::Str(r) = self.repr_value(&arg)? {
                                printf_text(&r, &spec, &mut out);
                            }
                            continue;
                        }
                        'a' => {
                            let a = self.ascii_value(&arg)?;
                            fmt::printf_str(a.as_str().unwrap_or(""), &spec)
                        }
                        'c' => {
                            let c: Rc<PyStr> = match &arg {
                                Value::Str(s) if s.char_len() == 1 => s.clone(),
                                Value::Int(i) => match u32::try_from(*i) {
                                    Ok(cp) if cp < 0x110000 => Rc::new(PyStr::from_code_point(cp)),
                                    _ => {
                                        return Err(
                                            self.overflow_error("%c arg not in range(0x110000)")
                                        );
                                    }
                                },
                                _ => return Err(self.type_error("%c requires int or char")),
                            };
                            printf_text(&c, &spec, &mut out);
                            continue;
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
        Ok(Value::from_pystr(out.finish()))
    }
}
