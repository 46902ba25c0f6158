//! `str`: immutable UTF-8 text with its code-point length and a cached hash.

use super::value::HashCache;

pub struct PyStr {
    s: Box<str>,
    /// Number of code points (Python's `len`); equal to the byte length for ASCII text.
    chars: usize,
    hash: HashCache,
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
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
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

    /// The string's hash (not CPython's randomised SipHash, which no program may rely on,
    /// but stable within a process and never -1).
    pub fn hash(&self) -> i64 {
        self.hash.get_or(|| hash_str(&self.s))
    }

    /// The code point at index `i` (0 ≤ i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

/// FNV-1a over the bytes, folded to avoid -1.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = h as i64;
    if h == -1 { -2 } else { h }
}
