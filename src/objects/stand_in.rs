//! Running `&str` algorithms on strings that hold lone surrogates.
//!
//! Most `str` methods (split, find, strip, replace, upper, isalpha, padding, …) are written
//! over Rust's `&str`, which cannot hold a surrogate. Rather than write each one twice, a
//! call whose operands hold surrogates runs on *stand-in* text: each surrogate U+D800+k is
//! swapped for the private-use code point `base + k`, where the 2048-code-point block at
//! `base` is one that none of the operands uses, and the results are swapped back.
//!
//! The swap is exact because it is one-to-one per code point (lengths and indices do not
//! move) and because private-use code points behave like surrogates in every algorithm it
//! serves: neither is a letter, digit, space, line break or identifier character, neither
//! is printable or has case. It is *not* used where code point values show (ordering,
//! `ord`, `repr`, encoding, `translate`); those work on the exact text directly.

use super::str::PyStr;
use super::wtf8::{self, CodePoints};

/// First code points of the private-use blocks of 2048 that can stand in for surrogates:
/// three in the BMP's private-use area, then the 128 blocks of planes 15 and 16.
fn candidate_bases() -> impl Iterator<Item = u32> {
    [0xE000, 0xE800, 0xF000]
        .into_iter()
        .chain((0xF0000..0x110000).step_by(0x800))
}

const BLOCK: u32 = 0x800;

/// A chosen stand-in block.
#[derive(Clone, Copy)]
pub struct StandIn {
    base: u32,
}

impl StandIn {
    /// A block that no code point of `texts` falls in; `None` only when the texts use every
    /// candidate block (131 of them), and the caller falls back to the lossy text.
    pub fn choose<'a>(texts: impl IntoIterator<Item = &'a PyStr>) -> Option<StandIn> {
        // Bit i: candidate block i is in use.
        let mut used = [0u64; 3];
        for t in texts {
            if t.is_ascii() {
                continue;
            }
            for cp in t.code_points() {
                if cp < 0xE000 || (0xF800..0xF0000).contains(&cp) {
                    continue;
                }
                let i = if cp < 0xF800 {
                    (cp - 0xE000) / BLOCK
                } else {
                    3 + (cp - 0xF0000) / BLOCK
                } as usize;
                used[i / 64] |= 1 << (i % 64);
            }
        }
        candidate_bases()
            .enumerate()
            .find(|&(i, _)| used[i / 64] & (1 << (i % 64)) == 0)
            .map(|(_, base)| StandIn { base })
    }

    /// `s` with its surrogates swapped for stand-ins (surrogate-free strings unchanged).
    pub fn to_stand_in(&self, s: &PyStr) -> String {
        if !s.has_surrogates() {
            return s.as_str().to_string();
        }
        s.code_points()
            .map(|cp| {
                let cp = if wtf8::is_surrogate(cp) {
                    self.base + (cp - 0xD800)
                } else {
                    cp
                };
                char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER)
            })
            .collect()
    }

    /// Stand-in text back to the real text: stand-ins become surrogates again.
    pub fn from_stand_in(&self, s: &str) -> PyStr {
        let range = self.base..self.base + BLOCK;
        if !s.chars().any(|c| range.contains(&(c as u32))) {
            return PyStr::new(s);
        }
        PyStr::from_code_points(CodePoints::new(s.as_bytes()).map(|cp| {
            if range.contains(&cp) {
                0xD800 + (cp - self.base)
            } else {
                cp
            }
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_both_ways_around_used_blocks() {
        let s = PyStr::from_code_points([0x61, 0xD800, 0xE000, 0xDFFF]);
        let t = PyStr::new("\u{e801}");
        let si = StandIn::choose([&s, &t]).expect("a free block");
        let text = si.to_stand_in(&s);
        assert_eq!(text, "a\u{f000}\u{e000}\u{f7ff}");
        let back = si.from_stand_in(&text);
        assert!(back.text_eq(&s));
    }
}
