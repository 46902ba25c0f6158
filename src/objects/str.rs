//! `str`: immutable text with its code-point length and a cached hash.
//!
//! Text is UTF-8 in a `Box<str>`, which every `&str`-based algorithm can use directly. A
//! Python string may also hold lone surrogates (`chr(0xd800)`), which UTF-8 cannot; such a
//! string additionally keeps its exact text in generalized UTF-8 (see [`super::wtf8`]), and
//! its `Box<str>` shows each surrogate as U+FFFD. Surrogate-free strings, nearly all of them,
//! pay one null pointer for this and take exactly the paths they took before.
//!
//! Code that must keep surrogates (building, comparing, slicing, repr, encoding) works on
//! [`PyStr::wtf8`] or [`PyStr::code_points`]; code that only reads names, numbers or
//! file paths may keep using [`PyStr::as_str`].

use super::stand_in::StandIn;
use super::value::HashCache;
use super::wtf8::{self, CodePoints};

pub struct PyStr {
    /// The text; a lone surrogate reads as U+FFFD here (see `exact`).
    s: Box<str>,
    /// Number of code points (Python's `len`); equal to the byte length for ASCII text.
    chars: usize,
    hash: HashCache,
    /// The exact text, only when it holds lone surrogates.
    exact: Option<Box<SurrogateText>>,
}

/// The generalized UTF-8 bytes of a string that holds lone surrogates.
struct SurrogateText {
    wtf8: Box<[u8]>,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(s.to_string())
    }

    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s: s.into_boxed_str(),
            chars,
            hash: HashCache::new(),
            exact: None,
        }
    }

    /// A string from generalized UTF-8 bytes (which may encode lone surrogates).
    pub fn from_wtf8(bytes: Vec<u8>) -> PyStr {
        if !wtf8::has_surrogates(&bytes) {
            return match String::from_utf8(bytes) {
                Ok(s) => PyStr::from_string(s),
                // Not produced by this crate's builders; never panic on it either.
                Err(e) => PyStr::from_string(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            };
        }
        let lossy = wtf8::to_lossy(&bytes);
        let chars = lossy.chars().count();
        PyStr {
            s: lossy.into_boxed_str(),
            chars,
            hash: HashCache::new(),
            exact: Some(Box::new(SurrogateText {
                wtf8: bytes.into_boxed_slice(),
            })),
        }
    }

    /// A one-character string holding code point `cp` (surrogates included).
    pub fn from_code_point(cp: u32) -> PyStr {
        match char::from_u32(cp) {
            Some(c) => {
                let mut buf = [0u8; 4];
                PyStr::new(c.encode_utf8(&mut buf))
            }
            None => {
                let mut v = Vec::with_capacity(3);
                wtf8::push_code_point(&mut v, cp);
                PyStr::from_wtf8(v)
            }
        }
    }

    /// A string of these code points.
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> PyStr {
        let mut v = Vec::new();
        for cp in cps {
            wtf8::push_code_point(&mut v, cp);
        }
        PyStr::from_wtf8(v)
    }

    /// The text as UTF-8. A lone surrogate reads as U+FFFD: code that builds new strings
    /// from this one, compares or encodes it must use [`PyStr::wtf8`] instead when
    /// [`PyStr::has_surrogates`].
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Whether the text holds a lone surrogate (U+D800..U+DFFF).
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.exact.is_some()
    }

    /// The exact text in generalized UTF-8: the same bytes as `as_str()` for surrogate-free
    /// text. Equal strings have equal bytes, and byte order is code point order.
    #[inline]
    pub fn wtf8(&self) -> &[u8] {
        match &self.exact {
            None => self.s.as_bytes(),
            Some(e) => &e.wtf8,
        }
    }

    /// The code points, surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints::new(self.wtf8())
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// `a + b`.
    pub fn concat(a: &PyStr, b: &PyStr) -> PyStr {
        if !a.has_surrogates() && !b.has_surrogates() {
            let mut s = String::with_capacity(a.s.len() + b.s.len());
            s.push_str(&a.s);
            s.push_str(&b.s);
            return PyStr::from_string(s);
        }
        let mut v = Vec::with_capacity(a.wtf8().len() + b.wtf8().len());
        v.extend_from_slice(a.wtf8());
        v.extend_from_slice(b.wtf8());
        PyStr::from_wtf8(v)
    }

    /// `sub in self`.
    pub fn contains_text(&self, sub: &PyStr) -> bool {
        if !self.has_surrogates() && !sub.has_surrogates() {
            return self.s.contains(&*sub.s);
        }
        // Generalized UTF-8 is self-synchronizing, so a byte match is a code point match.
        let (h, n) = (self.wtf8(), sub.wtf8());
        n.is_empty() || h.windows(n.len()).any(|w| w == n)
    }

    /// `self * n` (the caller has checked the size).
    pub fn repeat(&self, n: usize) -> PyStr {
        if self.has_surrogates() {
            PyStr::from_wtf8(self.wtf8().repeat(n))
        } else {
            PyStr::from_string(self.s.repeat(n))
        }
    }

    /// `self[start:stop:step]`, with the bounds resolved as by `slice.indices(len)`.
    pub fn slice(&self, start: i64, stop: i64, step: i64) -> PyStr {
        if self.has_surrogates()
            && let Some(si) = StandIn::choose([self])
        {
            let text = si.to_stand_in(self);
            return si.from_stand_in(&super::text::slice(&text, start, stop, step));
        }
        PyStr::from_string(super::text::slice(&self.s, start, stop, step).into_owned())
    }

    /// Python's `==` on two strings.
    #[inline]
    pub fn text_eq(&self, other: &PyStr) -> bool {
        // Equal texts have equal UTF-8 views, so the exact bytes are only looked at when the
        // views match and a surrogate is involved.
        self.s == other.s
            && ((self.exact.is_none() && other.exact.is_none()) || self.wtf8() == other.wtf8())
    }

    /// Python's ordering of two strings (by code point).
    #[inline]
    pub fn text_cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.wtf8().cmp(other.wtf8())
    }

    /// The string's hash (not CPython's randomised SipHash, which no program may rely on,
    /// but stable within a process and never -1).
    pub fn hash(&self) -> i64 {
        self.hash.get_or(|| hash_bytes(self.wtf8()))
    }

    /// The code point at index `i` (0 ≤ i < len). A surrogate reads as U+FFFD; see
    /// [`PyStr::code_point_at`].
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }

    /// The code point at index `i` (0 ≤ i < len), surrogates included.
    pub fn code_point_at(&self, i: usize) -> u32 {
        match &self.exact {
            None => self.char_at(i) as u32,
            Some(e) => CodePoints::new(&e.wtf8).nth(i).unwrap_or(0),
        }
    }
}

/// FNV-1a over the bytes, folded to avoid -1.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// [`hash_str`] over a string's generalized UTF-8 bytes.
fn hash_bytes(bytes: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}

/// Builds a string piece by piece, staying on plain UTF-8 until a piece brings a surrogate.
#[derive(Default)]
pub struct PyStrBuilder {
    utf8: String,
    /// The text so far in generalized UTF-8, once it holds a surrogate.
    exact: Option<Vec<u8>>,
}

impl PyStrBuilder {
    pub fn new() -> PyStrBuilder {
        PyStrBuilder::default()
    }

    pub fn with_capacity(n: usize) -> PyStrBuilder {
        PyStrBuilder {
            utf8: String::with_capacity(n),
            exact: None,
        }
    }

    #[inline]
    pub fn push_str(&mut self, s: &str) {
        match &mut self.exact {
            None => self.utf8.push_str(s),
            Some(e) => e.extend_from_slice(s.as_bytes()),
        }
    }

    #[inline]
    pub fn push_pystr(&mut self, s: &PyStr) {
        if !s.has_surrogates() {
            return self.push_str(s.as_str());
        }
        self.exact_bytes().extend_from_slice(s.wtf8());
    }

    #[inline]
    pub fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) if self.exact.is_none() => self.utf8.push(c),
            _ => wtf8::push_code_point(self.exact_bytes(), cp),
        }
    }

    /// The generalized UTF-8 buffer, switching to it first if needed.
    fn exact_bytes(&mut self) -> &mut Vec<u8> {
        let utf8 = &mut self.utf8;
        self.exact
            .get_or_insert_with(|| std::mem::take(utf8).into_bytes())
    }

    pub fn finish(self) -> PyStr {
        match self.exact {
            None => PyStr::from_string(self.utf8),
            Some(e) => PyStr::from_wtf8(e),
        }
    }
}
