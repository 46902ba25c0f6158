//! PEP 263 source encodings: a `coding[:=]NAME` comment on line 1 or 2 says how the file's
//! bytes are text. pyth knows the encodings a source file realistically declares: UTF-8,
//! Latin-1 (and its aliases) and ASCII.

/// The encoding a source declares, as a decoder; `None` when there is no declaration.
/// An unknown name is an error (CPython: `SyntaxError: encoding problem: NAME`).
pub fn declared_encoding(bytes: &[u8]) -> Result<Option<Encoding>, String> {
    for (n, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let Some(name) = cookie(line) else {
            // Line 2 counts only if line 1 is blank or a comment.
            let trimmed = line.trim_ascii_start();
            if n == 0 && !(trimmed.is_empty() || trimmed.starts_with(b"#")) {
                return Ok(None);
            }
            continue;
        };
        return Encoding::named(&name)
            .map(Some)
            .ok_or_else(|| format!("encoding problem: {name}"));
    }
    Ok(None)
}

/// The NAME of `# ... coding[:=] NAME` when `line` is such a comment.
fn cookie(line: &[u8]) -> Option<String> {
    let line = line.trim_ascii_start();
    if !line.starts_with(b"#") {
        return None;
    }
    let text = String::from_utf8_lossy(line);
    let at = text.find("coding")?;
    let rest = &text[at + "coding".len()..];
    let rest = rest.strip_prefix([':', '='])?;
    let rest = rest.trim_start_matches([' ', '\t']);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

impl Encoding {
    /// CPython's normalisation of encoding names: case and `-`/`_` do not matter.
    pub fn named(name: &str) -> Option<Encoding> {
        let n = name.to_ascii_lowercase().replace('_', "-");
        match n.as_str() {
            "utf-8" | "utf8" | "utf-8-sig" | "u8" | "utf" => Some(Encoding::Utf8),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1"
            | "latin" | "iso-latin-1" | "iso-ir-100" | "csisolatin1" => Some(Encoding::Latin1),
            "ascii" | "us-ascii" | "646" => Some(Encoding::Ascii),
            _ => None,
        }
    }

    /// Python's name for the codec.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
        }
    }

    /// Decodes `bytes`; on failure, the offset of the first byte that does not decode.
    pub fn decode(self, bytes: &[u8]) -> Result<String, usize> {
        match self {
            Encoding::Utf8 => {
                String::from_utf8(bytes.to_vec()).map_err(|e| e.utf8_error().valid_up_to())
            }
            Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
            Encoding::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
                Some(at) => Err(at),
                None => Ok(String::from_utf8(bytes.to_vec()).expect("ASCII is UTF-8")),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cookies_on_the_first_two_lines_only() {
        assert_eq!(
            declared_encoding(b"# -*- coding: latin-1 -*-\n"),
            Ok(Some(Encoding::Latin1))
        );
        assert_eq!(
            declared_encoding(b"#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\n"),
            Ok(Some(Encoding::Utf8))
        );
        assert_eq!(declared_encoding(b"x = 1\n# coding: latin-1\n"), Ok(None));
        assert_eq!(declared_encoding(b"\n\n# coding: latin-1\n"), Ok(None));
        assert_eq!(
            declared_encoding(b"# coding: klingon\n"),
            Err("encoding problem: klingon".into())
        );
        assert_eq!(Encoding::Latin1.decode(b"caf\xe9"), Ok("café".into()));
        assert_eq!(Encoding::Ascii.decode(b"ab\xe9"), Err(2));
    }
}
