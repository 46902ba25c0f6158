//! `str.encode` and `bytes.decode`: the utf-8, ascii and latin-1 codecs with CPython's
//! error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, and the
//! two that deal in lone surrogates: surrogateescape and surrogatepass).

use crate::objects::Value;
use crate::objects::heap::Rc;
use crate::objects::str::{PyStr, PyStrBuilder};
use crate::objects::wtf8;
use crate::vm::{PyErr, PyResult, Vm};

#[derive(Clone, Copy, PartialEq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 128,
            Codec::Latin1 => 256,
        }
    }

    /// Whether the codec can write code point `cp` (UTF-8 writes everything but
    /// surrogates).
    fn can_encode(self, cp: u32) -> bool {
        cp < self.limit() && !wtf8::is_surrogate(cp)
    }

    /// Why a code point cannot be encoded (the end of CPython's message).
    fn reason(self) -> String {
        match self {
            Codec::Utf8 => "surrogates not allowed".to_string(),
            _ => format!("ordinal not in range({})", self.limit()),
        }
    }
}

/// The codec for an encoding name (`None` is UTF-8).
pub fn codec(vm: &Vm, name: Option<&str>) -> PyResult<Codec> {
    let Some(name) = name else {
        return Ok(Codec::Utf8);
    };
    let norm: String = name
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8-ucs2" | "utf8-ucs4" => Ok(Codec::Utf8),
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" | "ascii-8bit" => Ok(Codec::Ascii),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1"
        | "iso-ir-100" | "iso-8859-1:1987" | "iso8859" => Ok(Codec::Latin1),
        _ => Err(vm.new_error(
            &vm.types().lookup_error.clone(),
            format!("unknown encoding: {name}"),
        )),
    }
}

fn unknown_handler(vm: &Vm, h: &str) -> PyErr {
    vm.new_error(
        &vm.types().lookup_error.clone(),
        format!("unknown error handler name '{h}'"),
    )
}

fn exception_class(vm: &Vm, name: &str) -> Rc<crate::objects::class::Class> {
    vm.types()
        .by_name
        .get(name)
        .cloned()
        .unwrap_or_else(|| vm.types().value_error.clone())
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as backslashreplace and reprs write it.
fn code_point_escape(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// The text with each lone surrogate written as `\udXXX`: what errors='backslashreplace'
/// (stderr's handler) makes of it.
pub fn with_surrogates_escaped(s: &PyStr) -> String {
    if !s.has_surrogates() {
        return s.as_str().to_string();
    }
    let mut out = String::with_capacity(s.wtf8().len() + 8);
    for cp in s.code_points() {
        match char::from_u32(cp) {
            Some(c) => out.push(c),
            None => out.push_str(&code_point_escape(cp)),
        }
    }
    out
}

/// CPython's `UnicodeEncodeError` for code points `start..end` of `s`, with its message
/// and the `encoding`, `object`, `start`, `end` and `reason` attributes.
pub fn encode_error(vm: &Vm, codec: Codec, s: &PyStr, start: usize, end: usize) -> PyErr {
    let reason = codec.reason();
    let msg = if end - start == 1 {
        format!(
            "'{}' codec can't encode character '{}' in position {start}: {reason}",
            codec.name(),
            code_point_escape(s.code_point_at(start))
        )
    } else {
        format!(
            "'{}' codec can't encode characters in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    let err = vm.new_error(&exception_class(vm, "UnicodeEncodeError"), msg);
    let attrs = &err.0.dict;
    attrs.set_str("encoding", Value::str(codec.name()));
    attrs.set_str(
        "object",
        Value::from_pystr(PyStr::from_wtf8(s.wtf8().to_vec())),
    );
    attrs.set_str("start", Value::Int(start as i64));
    attrs.set_str("end", Value::Int(end as i64));
    attrs.set_str("reason", Value::string(reason));
    err
}

/// `s.encode(enc, errors)`.
pub fn encode(vm: &Vm, s: &PyStr, enc: Option<&str>, errors: Option<&str>) -> PyResult<Vec<u8>> {
    let codec = codec(vm, enc)?;
    if !s.has_surrogates() && (codec == Codec::Utf8 || s.is_ascii()) {
        return Ok(s.as_str().as_bytes().to_vec());
    }
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let cp = cps[i];
        if codec.can_encode(cp) {
            match codec {
                Codec::Utf8 => wtf8::push_code_point(&mut out, cp),
                _ => out.push(cp as u8),
            }
            i += 1;
            continue;
        }
        // The run of code points the codec cannot write goes to the error handler at once.
        let mut j = i;
        while j < cps.len() && !codec.can_encode(cps[j]) {
            j += 1;
        }
        let run = &cps[i..j];
        match errors.unwrap_or("strict") {
            "strict" => return Err(encode_error(vm, codec, s, i, j)),
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run.len())),
            "backslashreplace" => {
                for &cp in run {
                    out.extend(code_point_escape(cp).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &cp in run {
                    out.extend(format!("&#{cp};").bytes());
                }
            }
            "surrogateescape" => {
                // U+DC80..U+DCFF stand for the bytes 0x80..0xFF a decoder could not read.
                // As in CPython, those before the first other code point are written, and
                // the error covers the rest of the run.
                let escaped = run
                    .iter()
                    .take_while(|cp| (0xDC80..=0xDCFF).contains(*cp))
                    .count();
                out.extend(run[..escaped].iter().map(|cp| (cp - 0xDC00) as u8));
                if escaped < run.len() {
                    return Err(encode_error(vm, codec, s, i + escaped, j));
                }
            }
            "surrogatepass" => {
                // Surrogates written in UTF-8's layout anyway; other codecs cannot.
                if codec != Codec::Utf8 || !run.iter().all(|&cp| wtf8::is_surrogate(cp)) {
                    return Err(encode_error(vm, codec, s, i, j));
                }
                for &cp in run {
                    wtf8::push_code_point(&mut out, cp);
                }
            }
            h => return Err(unknown_handler(vm, h)),
        }
        i = j;
    }
    Ok(out)
}

/// Appends the code points that error handler `errors` makes of undecodable `bad` bytes;
/// `Ok(false)` for "strict".
fn decode_handler(vm: &Vm, errors: &str, bad: &[u8], out: &mut PyStrBuilder) -> PyResult<bool> {
    match errors {
        "strict" => return Ok(false),
        "ignore" => {}
        "replace" => out.push_str("\u{fffd}"),
        "backslashreplace" => {
            for x in bad {
                out.push_str(&format!("\\x{x:02x}"));
            }
        }
        "surrogateescape" => {
            for &x in bad {
                out.push_code_point(0xDC00 + x as u32);
            }
        }
        h => return Err(unknown_handler(vm, h)),
    }
    Ok(true)
}

/// A surrogate encoded in UTF-8's 3-byte layout at the start of `b`, which only the
/// surrogatepass handler reads.
fn encoded_surrogate(b: &[u8]) -> Option<u32> {
    match b {
        [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] => {
            Some(0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F))
        }
        _ => None,
    }
}

/// `b.decode(enc, errors)`.
pub fn decode(vm: &Vm, b: &[u8], enc: Option<&str>, errors: Option<&str>) -> PyResult<Value> {
    let codec = codec(vm, enc)?;
    let errors = errors.unwrap_or("strict");
    match codec {
        Codec::Latin1 => return Ok(Value::string(b.iter().map(|&x| x as char).collect())),
        Codec::Ascii => {
            if b.is_ascii() {
                return Ok(Value::string(String::from_utf8_lossy(b).into_owned()));
            }
            let mut out = PyStrBuilder::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push_code_point(x as u32);
                    continue;
                }
                if errors == "surrogatepass" {
                    // Not a UTF codec: surrogatepass has nothing to pass here.
                } else if decode_handler(vm, errors, &[x], &mut out)? {
                    continue;
                }
                return Err(vm.new_error(
                    &exception_class(vm, "UnicodeDecodeError"),
                    format!(
                        "'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)"
                    ),
                ));
            }
            return Ok(Value::from_pystr(out.finish()));
        }
        Codec::Utf8 => {}
    }
    let mut out = PyStrBuilder::with_capacity(b.len());
    let mut pos = 0;
    loop {
        let e = match std::str::from_utf8(&b[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(Value::from_pystr(out.finish()));
            }
            Err(e) => e,
        };
        let good = e.valid_up_to();
        out.push_str(std::str::from_utf8(&b[pos..pos + good]).unwrap_or_default());
        let start = pos + good;
        if errors == "surrogatepass"
            && let Some(cp) = encoded_surrogate(&b[start..])
        {
            out.push_code_point(cp);
            pos = start + 3;
            continue;
        }
        let (n, reason) = match e.error_len() {
            Some(n) => {
                let first = b[start];
                let reason = if n == 1 && !(0xc2..=0xf4).contains(&first) {
                    "invalid start byte"
                } else {
                    "invalid continuation byte"
                };
                (n, reason)
            }
            None => (b.len() - start, "unexpected end of data"),
        };
        let handled = errors != "surrogatepass"
            && decode_handler(vm, errors, &b[start..start + n], &mut out)?;
        if !handled {
            let msg = if n == 1 {
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    b[start]
                )
            } else {
                format!(
                    "'utf-8' codec can't decode bytes in position {start}-{}: {reason}",
                    start + n - 1
                )
            };
            return Err(vm.new_error(&exception_class(vm, "UnicodeDecodeError"), msg));
        }
        pos = start + n;
    }
}
