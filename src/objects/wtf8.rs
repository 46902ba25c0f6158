//! Text that may hold lone surrogates, as bytes in generalized UTF-8.
//!
//! A Python `str` is a sequence of code points, and U+D800..U+DFFF (surrogates) are code
//! points like any other: `chr(0xd800)` is a one-character string. Rust's `str` cannot hold
//! them, so text that does is kept here as *generalized UTF-8*: every code point, surrogates
//! included, in UTF-8's byte layout, one code point at a time. Unlike WTF-8 proper, a high
//! surrogate followed by a low one stays two 3-byte sequences (`'\ud83d\ude00'` is two code
//! points in Python, different from `'\U0001f600'`), so equal texts always have equal bytes.
//!
//! Two properties make the byte form easy to work with:
//! * surrogate-free text is plain UTF-8, byte for byte;
//! * comparing the bytes lexicographically orders the texts by code point (what Python's
//!   `<` on str does), and a sequence never starts in the middle of another one.

/// Whether `cp` is a surrogate code point (U+D800..U+DFFF).
#[inline]
pub fn is_surrogate(cp: u32) -> bool {
    (0xD800..=0xDFFF).contains(&cp)
}

/// Whether `bytes` (generalized UTF-8) encode at least one surrogate.
///
/// In UTF-8 a surrogate is the only sequence led by 0xED with a second byte of 0xA0 or more.
#[inline]
pub fn has_surrogates(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(i) = rest.iter().position(|&b| b == 0xED) {
        if rest.get(i + 1).is_some_and(|&b| b >= 0xA0) {
            return true;
        }
        rest = &rest[i + 1..];
    }
    false
}

/// Appends code point `cp` (any value up to U+10FFFF, surrogates included).
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    match char::from_u32(cp) {
        Some(c) => {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        None => {
            // A surrogate (the only invalid `char` below 0x110000): UTF-8's 3-byte layout.
            let cp = cp.min(0xFFFF);
            out.push(0xE0 | (cp >> 12) as u8);
            out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            out.push(0x80 | (cp & 0x3F) as u8);
        }
    }
}

/// Length in bytes of the sequence that starts with byte `lead`.
#[inline]
fn sequence_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        // A stray continuation byte (never produced here): step over it alone.
        0x80..=0xBF => 1,
    }
}

/// The code points of generalized UTF-8 `bytes`.
#[derive(Clone)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
}

impl<'a> CodePoints<'a> {
    pub fn new(bytes: &'a [u8]) -> CodePoints<'a> {
        CodePoints { bytes }
    }

    /// The bytes not yet iterated.
    pub fn rest(&self) -> &'a [u8] {
        self.bytes
    }
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        let (&lead, _) = self.bytes.split_first()?;
        let n = sequence_len(lead).min(self.bytes.len());
        let mut cp = match n {
            1 => return self.take(1, lead as u32),
            2 => (lead & 0x1F) as u32,
            3 => (lead & 0x0F) as u32,
            _ => (lead & 0x07) as u32,
        };
        for &b in &self.bytes[1..n] {
            cp = (cp << 6) | (b & 0x3F) as u32;
        }
        self.take(n, cp)
    }
}

impl CodePoints<'_> {
    #[inline]
    fn take(&mut self, n: usize, cp: u32) -> Option<u32> {
        self.bytes = &self.bytes[n..];
        Some(cp)
    }
}

/// Byte offset of code point `index` in `bytes`, clamped to the length.
pub fn byte_offset(bytes: &[u8], index: usize) -> usize {
    let mut seen = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if (b as i8) >= -0x40 {
            if seen == index {
                return i;
            }
            seen += 1;
        }
    }
    bytes.len()
}

/// The text with each surrogate shown as U+FFFD: what `&str`-only code gets to see.
pub fn to_lossy(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for cp in CodePoints::new(bytes) {
        out.push(char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    out
}

/// A growable generalized UTF-8 buffer: text being built that may gain surrogates.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
}

impl Wtf8Buf {
    pub fn new() -> Wtf8Buf {
        Wtf8Buf::default()
    }

    pub fn with_capacity(n: usize) -> Wtf8Buf {
        Wtf8Buf {
            bytes: Vec::with_capacity(n),
        }
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.push_str(c.encode_utf8(&mut buf));
    }

    pub fn push_code_point(&mut self, cp: u32) {
        push_code_point(&mut self.bytes, cp);
    }

    /// Appends text that is already generalized UTF-8 (another buffer's or a str's bytes).
    pub fn push_wtf8(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The text, or `None` when it holds a surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    pub fn to_lossy(&self) -> String {
        to_lossy(&self.bytes)
    }

    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints::new(&self.bytes)
    }
}

impl From<&str> for Wtf8Buf {
    fn from(s: &str) -> Wtf8Buf {
        Wtf8Buf {
            bytes: s.as_bytes().to_vec(),
        }
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Wtf8Buf {
        Wtf8Buf {
            bytes: s.into_bytes(),
        }
    }
}

impl PartialEq<&str> for Wtf8Buf {
    fn eq(&self, other: &&str) -> bool {
        self.bytes == other.as_bytes()
    }
}

impl std::fmt::Debug for Wtf8Buf {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\"")?;
        for cp in self.code_points() {
            match char::from_u32(cp) {
                Some(c) => write!(f, "{}", c.escape_debug())?,
                None => write!(f, "\\u{{{cp:x}}}")?,
            }
        }
        write!(f, "\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let mut b = Wtf8Buf::new();
        for cp in [0x41, 0xD800, 0xDFFF, 0xE9, 0x1F600, 0xD83D, 0xDE00] {
            b.push_code_point(cp);
        }
        let cps: Vec<u32> = b.code_points().collect();
        assert_eq!(cps, [0x41, 0xD800, 0xDFFF, 0xE9, 0x1F600, 0xD83D, 0xDE00]);
        assert!(has_surrogates(b.as_bytes()));
        assert!(!has_surrogates("a\u{d7ff}\u{e000}\u{ffff}".as_bytes()));
        assert_eq!(
            b.to_lossy(),
            "A\u{fffd}\u{fffd}\u{e9}\u{1F600}\u{fffd}\u{fffd}"
        );
        assert_eq!(byte_offset(b.as_bytes(), 2), 4);
    }

    #[test]
    fn byte_order_is_code_point_order() {
        let enc = |cp| {
            let mut v = Vec::new();
            push_code_point(&mut v, cp);
            v
        };
        let order = [
            0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
        ];
        for w in order.windows(2) {
            assert!(enc(w[0]) < enc(w[1]), "{:x} < {:x}", w[0], w[1]);
        }
    }
}
