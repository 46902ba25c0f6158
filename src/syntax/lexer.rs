//! The lexer: logos raw tokens plus an indentation layer yielding LALRPOP triples.
//!
//! logos recognises names, operators and the *start* of numbers and strings; numbers and
//! string bodies are then scanned by hand (following CPython's tokenizer closely, so that
//! error messages and positions match). Above that sits the layer that turns physical lines
//! into logical ones: NEWLINE / INDENT / DEDENT, bracket tracking, backslash continuation.

mod unicode_names;

use super::ast::Span;
use super::error::SyntaxError;
use super::token::{FStringLit, StringLit, Tok};
use crate::objects::wtf8::Wtf8Buf;
use logos::Logos;
use num_bigint::BigInt;
use std::collections::VecDeque;

/// Which entry point the token stream is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    Interactive,
    Expression,
}

/// A token with its byte span, as LALRPOP's external lexer interface wants it.
pub type Spanned = (usize, Tok, usize);

/// CPython's limit on open brackets (`MAXLEVEL`).
const MAX_NESTING: usize = 200;
/// CPython's limit on indentation levels (`MAXINDENT`): the stack holds at most this many.
const MAX_INDENT: usize = 100;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
enum Raw {
    #[regex(r"[_\p{XID_Start}][\p{XID_Continue}--[\x{200C}\x{200D}\x{30FB}\x{FF65}]]*")]
    Name,
    #[regex(r"[0-9]|\.[0-9]")]
    Number,
    #[regex(r#"(?i:r|u|b|br|rb|f|fr|rf)?['"]"#)]
    String,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("...")]
    Ellipsis,
}

/// Characters Python's `str.isprintable()` rejects (other than ASCII, handled directly).
/// CPython's `str.isprintable()` for one character.
fn is_printable(c: char) -> bool {
    crate::objects::repr::is_printable(c)
}

fn simple_tok(raw: Raw) -> Tok {
    match raw {
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::Slash => Tok::Slash,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::Percent => Tok::Percent,
        Raw::At => Tok::At,
        Raw::LeftShift => Tok::LeftShift,
        Raw::RightShift => Tok::RightShift,
        Raw::Amper => Tok::Amper,
        Raw::Vbar => Tok::Vbar,
        Raw::Circumflex => Tok::Circumflex,
        Raw::Tilde => Tok::Tilde,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LPar => Tok::LPar,
        Raw::RPar => Tok::RPar,
        Raw::LSqb => Tok::LSqb,
        Raw::RSqb => Tok::RSqb,
        Raw::LBrace => Tok::LBrace,
        Raw::RBrace => Tok::RBrace,
        Raw::Comma => Tok::Comma,
        Raw::Colon => Tok::Colon,
        Raw::Dot => Tok::Dot,
        Raw::Semi => Tok::Semi,
        Raw::Equal => Tok::Equal,
        Raw::RArrow => Tok::RArrow,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinusEqual => Tok::MinusEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AtEqual => Tok::AtEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VbarEqual => Tok::VbarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::LeftShiftEqual => Tok::LeftShiftEqual,
        Raw::RightShiftEqual => Tok::RightShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::Ellipsis => Tok::Ellipsis,
        // Handled by the caller.
        Raw::Name | Raw::Number | Raw::String => Tok::Newline,
    }
}

fn err_at(msg: impl Into<String>, pos: usize) -> SyntaxError {
    SyntaxError::new(msg, Span::new(pos, pos))
}

pub struct Lexer<'src> {
    /// The source, cut at the end of the region being lexed.
    src: &'src str,
    pos: usize,
    /// Start marker not yet emitted (and its position).
    start: Option<(Tok, usize)>,
    /// `Module`/`Interactive`: track indentation.
    indent_mode: bool,
    /// An f-string replacement field: newlines are whitespace, no NEWLINE at all.
    field: bool,
    at_line_start: bool,
    line_has_tokens: bool,
    /// (column with tabs to 8, column with tabs to 1) of each open indentation level.
    indents: Vec<(u32, u32)>,
    /// (bracket byte, offset, line) of each open bracket.
    brackets: Vec<(u8, usize, u32)>,
    /// Current 1-based line number (`\r\n`, `\r`, `\n` each end a line).
    line: u32,
    pending: VecDeque<Spanned>,
    eof: bool,
    done: bool,
}

impl<'src> Lexer<'src> {
    pub fn new(source: &'src str, mode: Mode) -> Self {
        let marker = match mode {
            Mode::Module => Tok::StartModule,
            Mode::Interactive => Tok::StartInteractive,
            Mode::Expression => Tok::StartExpression,
        };
        let pos = if source.starts_with('\u{feff}') { 3 } else { 0 };
        Lexer {
            src: source,
            pos,
            start: Some((marker, 0)),
            indent_mode: mode != Mode::Expression,
            field: false,
            at_line_start: true,
            line_has_tokens: false,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line: 1,
            pending: VecDeque::new(),
            eof: false,
            done: false,
        }
    }

    /// Lexes `source[start..end]` (an f-string replacement field's expression) as if wrapped in
    /// parentheses: no NEWLINE/INDENT/DEDENT at all, newlines are whitespace. Spans are absolute
    /// offsets into `source`; `line` is the line number at `start` (for error messages).
    /// Emits `Tok::StartExpression` first.
    pub fn new_fstring_field(source: &'src str, start: usize, end: usize, line: u32) -> Self {
        let mut end = end.min(source.len());
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        let mut start = start.min(end);
        while !source.is_char_boundary(start) {
            start -= 1;
        }
        let src = &source[..end];
        Lexer {
            src,
            pos: start,
            start: Some((Tok::StartExpression, start)),
            indent_mode: false,
            field: true,
            at_line_start: false,
            line_has_tokens: false,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line,
            pending: VecDeque::new(),
            eof: false,
            done: false,
        }
    }

    fn bytes(&self) -> &'src [u8] {
        self.src.as_bytes()
    }

    /// Offset of the end of the physical line containing `pos` (its `\r`/`\n`, or EOF).
    fn line_end(&self, pos: usize) -> usize {
        self.bytes()[pos..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(self.src.len(), |i| pos + i)
    }

    fn lex(&mut self) -> Result<Option<Spanned>, SyntaxError> {
        let bytes = self.bytes();
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Ok(Some(t));
            }
            if self.eof {
                return Ok(None);
            }
            if self.at_line_start {
                self.at_line_start = false;
                if self.indent_mode && self.brackets.is_empty() {
                    self.line_start()?;
                    continue;
                }
            }
            while self.pos < bytes.len() && matches!(bytes[self.pos], b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            if self.pos >= bytes.len() {
                self.at_eof()?;
                continue;
            }
            let start = self.pos;
            match bytes[start] {
                b'\n' | b'\r' => {
                    self.pos += if bytes[start] == b'\r' && bytes.get(start + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    self.line += 1;
                    if self.brackets.is_empty() && !self.field {
                        self.at_line_start = true;
                        if self.line_has_tokens {
                            self.line_has_tokens = false;
                            return Ok(Some((start, Tok::Newline, self.pos)));
                        }
                    }
                }
                b'#' => self.pos = self.line_end(start),
                b'\\' => {
                    let after = start + 1;
                    match bytes.get(after) {
                        Some(b'\n') | Some(b'\r') => {
                            self.pos = after
                                + if bytes[after] == b'\r' && bytes.get(after + 1) == Some(&b'\n') {
                                    2
                                } else {
                                    1
                                };
                            self.line += 1;
                            if self.pos >= bytes.len() {
                                return Err(err_at("unexpected EOF while parsing", after));
                            }
                        }
                        None => return Err(err_at("unexpected EOF while parsing", after)),
                        Some(_) => {
                            return Err(err_at(
                                "unexpected character after line continuation character",
                                after,
                            ));
                        }
                    }
                }
                b'\0' => return Err(err_at("source code cannot contain null bytes", start)),
                _ => {
                    let tok = self.token(start)?;
                    self.line_has_tokens = true;
                    return Ok(Some(tok));
                }
            }
        }
    }

    /// Indentation at the start of a logical line (outside brackets, indentation modes).
    fn line_start(&mut self) -> Result<(), SyntaxError> {
        let bytes = self.bytes();
        let begin = self.pos;
        let (mut col, mut altcol) = (0u32, 0u32);
        while let Some(&b) = bytes.get(self.pos) {
            match b {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match bytes.get(self.pos) {
            None | Some(b'#') | Some(b'\n') | Some(b'\r') => return Ok(()), // blank line
            _ => {}
        }
        let tab_error = || {
            SyntaxError::tab(
                "inconsistent use of tabs and spaces in indentation",
                Span::new(begin, begin),
            )
        };
        let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(SyntaxError::indentation(
                    "too many levels of indentation",
                    Span::new(begin, begin),
                ));
            }
            if altcol <= alttop {
                return Err(tab_error());
            }
            self.indents.push((col, altcol));
            self.pending.push_back((begin, Tok::Indent, self.pos));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |l| l.0) {
                self.indents.pop();
                self.pending.push_back((self.pos, Tok::Dedent, self.pos));
            }
            let &(top, alttop) = self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                let end = self.line_end(self.pos);
                return Err(SyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Span::new(end, end),
                ));
            }
            if altcol != alttop {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn at_eof(&mut self) -> Result<(), SyntaxError> {
        if let Some(&(b, pos, _)) = self.brackets.last() {
            return Err(err_at(format!("'{}' was never closed", b as char), pos));
        }
        let end = self.src.len();
        self.eof = true;
        if self.line_has_tokens && !self.field {
            self.line_has_tokens = false;
            self.pending.push_back((end, Tok::Newline, end));
        }
        if self.indent_mode {
            while self.indents.len() > 1 {
                self.indents.pop();
                self.pending.push_back((end, Tok::Dedent, end));
            }
        }
        Ok(())
    }

    /// One token starting at `start` (not whitespace, newline, comment or backslash).
    fn token(&mut self, start: usize) -> Result<Spanned, SyntaxError> {
        let rest = &self.src[start..];
        let mut raw = Raw::lexer(rest);
        let kind = match raw.next() {
            Some(Ok(k)) => k,
            _ => return Err(self.invalid_char(start)),
        };
        let end = start + raw.span().end;
        match kind {
            Raw::Name => {
                let text = &self.src[start..end];
                let tok = Tok::keyword(text).unwrap_or_else(|| Tok::Name(normalize_name(text)));
                self.pos = end;
                Ok((start, tok, end))
            }
            Raw::Number => {
                let (tok, end) = scan_number(self.src, start)?;
                self.pos = end;
                Ok((start, tok, end))
            }
            Raw::String => self.string(start, end),
            _ => {
                self.pos = end;
                let b = self.bytes()[start];
                match b {
                    b'(' | b'[' | b'{' => {
                        if self.brackets.len() >= MAX_NESTING {
                            return Err(err_at("too many nested parentheses", start));
                        }
                        self.brackets.push((b, start, self.line));
                    }
                    b')' | b']' | b'}' => match self.brackets.pop() {
                        None => return Err(err_at(format!("unmatched '{}'", b as char), start)),
                        Some((open, _, line)) => {
                            let expected = match open {
                                b'(' => b')',
                                b'[' => b']',
                                _ => b'}',
                            };
                            if b != expected {
                                let mut msg = format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    b as char, open as char
                                );
                                if line != self.line {
                                    msg.push_str(&format!(" on line {line}"));
                                }
                                return Err(err_at(msg, start));
                            }
                        }
                    },
                    _ => {}
                }
                Ok((start, simple_tok(kind), end))
            }
        }
    }

    fn invalid_char(&self, pos: usize) -> SyntaxError {
        let c = self.src[pos..].chars().next().unwrap_or('\0');
        let span = Span::new(pos, pos + c.len_utf8());
        if c.is_ascii() && is_printable(c) {
            SyntaxError::new("invalid syntax", span)
        } else if is_printable(c) {
            SyntaxError::new(
                format!("invalid character '{c}' (U+{:04X})", c as u32),
                Span::new(pos, pos),
            )
        } else {
            SyntaxError::new(
                format!("invalid non-printable character U+{:04X}", c as u32),
                Span::new(pos, pos),
            )
        }
    }

    /// A string literal; `quote_end` is just after the opening quote.
    fn string(&mut self, start: usize, quote_end: usize) -> Result<Spanned, SyntaxError> {
        let bytes = self.bytes();
        let quote = bytes[quote_end - 1];
        let (mut raw, mut is_bytes, mut is_f) = (false, false, false);
        for &b in &bytes[start..quote_end - 1] {
            match b {
                b'r' | b'R' => raw = true,
                b'b' | b'B' => is_bytes = true,
                b'f' | b'F' => is_f = true,
                _ => {}
            }
        }
        let triple =
            bytes.get(quote_end) == Some(&quote) && bytes.get(quote_end + 1) == Some(&quote);
        let body_start = if triple { quote_end + 2 } else { quote_end };
        let body_line = self.line;
        let mut i = body_start;
        let body_end = loop {
            let Some(&b) = bytes.get(i) else {
                let mut line = self.line;
                if i > body_start && matches!(bytes[i - 1], b'\n' | b'\r') {
                    line -= 1;
                }
                let what = if triple {
                    "triple-quoted string"
                } else {
                    "string"
                };
                return Err(err_at(
                    format!("unterminated {what} literal (detected at line {line})"),
                    start,
                ));
            };
            match b {
                b'\\' => {
                    i += 1;
                    match bytes.get(i) {
                        Some(b'\r') => {
                            i += if bytes.get(i + 1) == Some(&b'\n') {
                                2
                            } else {
                                1
                            };
                            self.line += 1;
                        }
                        Some(b'\n') => {
                            i += 1;
                            self.line += 1;
                        }
                        Some(_) => i += 1,
                        None => {}
                    }
                }
                b'\n' | b'\r' => {
                    if !triple {
                        return Err(err_at(
                            format!(
                                "unterminated string literal (detected at line {})",
                                self.line
                            ),
                            start,
                        ));
                    }
                    i += if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    self.line += 1;
                }
                _ if b == quote => {
                    if !triple {
                        break i;
                    }
                    if bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) {
                        break i;
                    }
                    i += 1;
                }
                _ => i += 1,
            }
        };
        let end = body_end + if triple { 3 } else { 1 };
        self.pos = end;
        let body = &self.src[body_start..body_end];
        let lit = if is_f {
            StringLit::FString(FStringLit {
                body: body.to_owned(),
                body_start,
                line: body_line,
                raw,
            })
        } else if is_bytes {
            if !body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    Span::new(start, end),
                ));
            }
            if raw {
                StringLit::Bytes(normalize_newlines(body).into_bytes())
            } else {
                StringLit::Bytes(decode_bytes(body, end)?)
            }
        } else if raw {
            StringLit::Str(normalize_newlines(body).into())
        } else {
            StringLit::Str(decode_str(body, end)?)
        };
        Ok((start, Tok::String(lit), end))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        if let Some((tok, pos)) = self.start.take() {
            return Some(Ok((pos, tok, pos)));
        }
        match self.lex() {
            Ok(Some(t)) => Some(Ok(t)),
            Ok(None) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers

/// Identifiers are compared in NFKC form (PEP 3131): `ℌ` and `H` are one name.
fn normalize_name(text: &str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}

/// CPython's `is_potential_identifier_char`.
fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// A cursor over bytes mimicking CPython's `tok_nextc`/`tok_backup` (EOF is sticky).
struct Cursor<'a> {
    bytes: &'a [u8],
    cur: usize,
}

const EOF: u8 = 0xff; // never a byte of valid UTF-8

impl Cursor<'_> {
    fn next(&mut self) -> u8 {
        match self.bytes.get(self.cur) {
            Some(&b) => {
                self.cur += 1;
                b
            }
            None => EOF,
        }
    }
    fn backup(&mut self, c: u8) {
        if c != EOF {
            self.cur -= 1;
        }
    }
    /// CPython reports tokenizer errors at the character before `cur`.
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        err_at(msg, self.cur.saturating_sub(1))
    }
    fn lookahead(&mut self, s: &[u8]) -> bool {
        let rest = &self.bytes[self.cur.min(self.bytes.len())..];
        rest.starts_with(s)
    }
    /// CPython's `verify_end_of_number`.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), SyntaxError> {
        let keyword_follows = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.bytes.get(self.cur), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if !keyword_follows && c != EOF && is_ident_byte(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }
    /// CPython's `tok_decimal_tail`.
    fn decimal_tail(&mut self) -> Result<u8, SyntaxError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            let c = self.next();
            if !c.is_ascii_digit() {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }
    /// Digits of a `0x`/`0o`/`0b` literal; `c` is the character after the prefix.
    fn radix_digits(&mut self, mut c: u8, radix: u32, kind: &str) -> Result<u8, SyntaxError> {
        let is_digit = |c: u8| (c as char).is_digit(radix);
        loop {
            if c == b'_' {
                c = self.next();
            }
            if !is_digit(c) {
                if radix != 16 && c.is_ascii_digit() {
                    return Err(
                        self.error(format!("invalid digit '{}' in {kind} literal", c as char))
                    );
                }
                self.backup(c);
                return Err(self.error(format!("invalid {kind} literal")));
            }
            c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != b'_' {
                break;
            }
        }
        if radix != 16 && c.is_ascii_digit() {
            return Err(self.error(format!("invalid digit '{}' in {kind} literal", c as char)));
        }
        self.verify_end(c, kind)?;
        Ok(c)
    }
}

enum NumKind {
    Int(u32),
    Float,
    Imag,
}

/// Scans a number starting at `start` (a digit, or `.` followed by a digit).
fn scan_number(src: &str, start: usize) -> Result<(Tok, usize), SyntaxError> {
    let mut t = Cursor {
        bytes: src.as_bytes(),
        cur: start,
    };
    let kind = number_kind(&mut t, start)?;
    let end = t.cur;
    let text = &src[start..end];
    let tok = match kind {
        NumKind::Int(radix) => {
            let digits = if radix == 10 { text } else { &text[2..] };
            Tok::Int(parse_int(digits, radix))
        }
        NumKind::Float => Tok::Float(parse_float(text)),
        NumKind::Imag => Tok::Imag(parse_float(&text[..text.len() - 1])),
    };
    Ok((tok, end))
}

fn parse_int(digits: &str, radix: u32) -> BigInt {
    let clean: std::borrow::Cow<str> = if digits.contains('_') {
        digits.replace('_', "").into()
    } else {
        digits.into()
    };
    if let Ok(v) = u64::from_str_radix(&clean, radix) {
        return BigInt::from(v);
    }
    BigInt::parse_bytes(clean.as_bytes(), radix).unwrap_or_default()
}

fn parse_float(text: &str) -> f64 {
    if text.contains('_') {
        text.replace('_', "").parse().unwrap_or(0.0)
    } else {
        text.parse().unwrap_or(0.0)
    }
}

/// CPython's number-scanning state machine; leaves `t.cur` at the end of the literal.
fn number_kind(t: &mut Cursor, start: usize) -> Result<NumKind, SyntaxError> {
    let mut c = t.next();
    if c == b'.' {
        c = t.next();
        return fraction(t, c);
    }
    if c == b'0' {
        c = t.next();
        match c {
            b'x' | b'X' => {
                let c = t.next();
                let c = t.radix_digits(c, 16, "hexadecimal")?;
                t.backup(c);
                return Ok(NumKind::Int(16));
            }
            b'o' | b'O' => {
                let c = t.next();
                let c = t.radix_digits(c, 8, "octal")?;
                t.backup(c);
                return Ok(NumKind::Int(8));
            }
            b'b' | b'B' => {
                let c = t.next();
                let c = t.radix_digits(c, 2, "binary")?;
                t.backup(c);
                return Ok(NumKind::Int(2));
            }
            _ => {}
        }
        let mut nonzero = false;
        loop {
            if c == b'_' {
                c = t.next();
                if !c.is_ascii_digit() {
                    t.backup(c);
                    return Err(t.error("invalid decimal literal"));
                }
            }
            if c != b'0' {
                break;
            }
            c = t.next();
        }
        if c.is_ascii_digit() {
            nonzero = true;
            c = t.decimal_tail()?;
        }
        match c {
            b'.' => {
                c = t.next();
                return fraction(t, c);
            }
            b'e' | b'E' => return exponent(t, c),
            b'j' | b'J' => return imaginary(t),
            _ => {}
        }
        if nonzero {
            return Err(err_at(
                "leading zeros in decimal integer literals are not permitted; \
                 use an 0o prefix for octal integers",
                start,
            ));
        }
        t.verify_end(c, "decimal")?;
        t.backup(c);
        return Ok(NumKind::Int(10));
    }
    // Decimal.
    c = t.decimal_tail()?;
    match c {
        b'.' => {
            c = t.next();
            fraction(t, c)
        }
        b'e' | b'E' => exponent(t, c),
        b'j' | b'J' => imaginary(t),
        _ => {
            t.verify_end(c, "decimal")?;
            t.backup(c);
            Ok(NumKind::Int(10))
        }
    }
}

/// After the `.`; `c` is the next character.
fn fraction(t: &mut Cursor, mut c: u8) -> Result<NumKind, SyntaxError> {
    if c.is_ascii_digit() {
        c = t.decimal_tail()?;
    }
    match c {
        b'e' | b'E' => exponent(t, c),
        b'j' | b'J' => imaginary(t),
        _ => {
            t.verify_end(c, "decimal")?;
            t.backup(c);
            Ok(NumKind::Float)
        }
    }
}

/// `e` is the `e`/`E` just read.
fn exponent(t: &mut Cursor, e: u8) -> Result<NumKind, SyntaxError> {
    let mut c = t.next();
    if c == b'+' || c == b'-' {
        c = t.next();
        if !c.is_ascii_digit() {
            t.backup(c);
            return Err(t.error("invalid decimal literal"));
        }
    } else if !c.is_ascii_digit() {
        t.backup(c);
        t.verify_end(e, "decimal")?;
        t.backup(e);
        // `1e` followed by a keyword: the number ends before the `e`.
        return Ok(exponent_less(t));
    }
    c = t.decimal_tail()?;
    if c == b'j' || c == b'J' {
        return imaginary(t);
    }
    t.verify_end(c, "decimal")?;
    t.backup(c);
    Ok(NumKind::Float)
}

/// The number before a dangling `e` (as in `1else`): an int unless it has a `.`.
fn exponent_less(t: &Cursor) -> NumKind {
    let mut i = t.cur;
    while i > 0 && (t.bytes[i - 1].is_ascii_digit() || t.bytes[i - 1] == b'_') {
        i -= 1;
    }
    if i > 0 && t.bytes[i - 1] == b'.' {
        NumKind::Float
    } else {
        NumKind::Int(10)
    }
}

/// After the `j`.
fn imaginary(t: &mut Cursor) -> Result<NumKind, SyntaxError> {
    let c = t.next();
    t.verify_end(c, "imaginary")?;
    t.backup(c);
    Ok(NumKind::Imag)
}

// ---------------------------------------------------------------------------------------------
// String escapes

/// `\r\n` and lone `\r` become `\n` (CPython translates newlines when reading source).
fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_owned()
    }
}

/// Decode the escapes of a non-raw str literal body (also used for f-string literal parts).
/// `body_start` = absolute offset of `body`, for error spans. Errors are reported at the end
/// of `body` (CPython points just past the literal; callers that know better may re-span).
pub fn decode_str_escapes(body: &str, body_start: usize) -> Result<Wtf8Buf, SyntaxError> {
    decode_str(body, body_start + body.len())
}

/// The offset CPython's unicode-escape decoder reports for byte `idx` of `body`: it sees the
/// body with each non-ASCII character spelled `\UXXXXXXXX` and a backslash before one
/// spelled `\u005c`.
fn escape_position(body: &str, idx: usize) -> usize {
    let b = body.as_bytes();
    let mut pos = 0;
    let mut i = 0;
    while i < idx.min(b.len()) {
        let c = b[i];
        if c == b'\\' {
            pos += if b.get(i + 1).is_none_or(|&n| n >= 0x80) {
                6
            } else {
                1
            };
            i += 1;
        } else if c >= 0x80 {
            pos += 10;
            i += body[i..].chars().next().map_or(1, char::len_utf8);
        } else if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
            i += 1;
        } else {
            pos += 1;
            i += 1;
        }
    }
    pos
}

fn unicode_error(body: &str, start: usize, end: usize, msg: &str, at: usize) -> SyntaxError {
    let a = escape_position(body, start);
    let b = escape_position(body, end);
    err_at(
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {a}-{}: {msg}",
            b.saturating_sub(1)
        ),
        at,
    )
}

fn hex_value(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |v, &d| {
        (v << 4) | (d as char).to_digit(16).unwrap_or(0)
    })
}

fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    if let Some(hex) = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if (4..=5).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let v = u32::from_str_radix(hex, 16).ok()?;
            let ok = (0x3400..=0x4DBF).contains(&v)
                || (0x4E00..=0x9FFF).contains(&v)
                || (0x20000..=0x2A6DF).contains(&v);
            return if ok { char::from_u32(v) } else { None };
        }
        return None;
    }
    let names = unicode_names::NAMES;
    names
        .binary_search_by(|(n, _)| (*n).cmp(upper.as_str()))
        .ok()
        .and_then(|i| char::from_u32(names[i].1))
}

/// Decodes a non-raw str body; errors are reported at offset `at`.
fn decode_str(body: &str, at: usize) -> Result<Wtf8Buf, SyntaxError> {
    let b = body.as_bytes();
    if !b.iter().any(|&c| c == b'\\' || c == b'\r') {
        return Ok(body.into());
    }
    let mut out = Wtf8Buf::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let run = b[i..]
            .iter()
            .position(|&c| c == b'\\' || c == b'\r')
            .map_or(b.len(), |n| i + n);
        out.push_str(&body[i..run]);
        i = run;
        if i >= b.len() {
            break;
        }
        if b[i] == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        // A backslash.
        let esc = i;
        let Some(&c) = b.get(i + 1) else {
            out.push('\\');
            break;
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push_code_point(v);
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let n = b[i..]
                    .iter()
                    .take(count)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                if n < count {
                    return Err(unicode_error(body, esc, i + n, what, at));
                }
                let v = hex_value(&b[i..i + count]);
                i += count;
                if v > 0x10FFFF {
                    return Err(unicode_error(body, esc, i, "illegal Unicode character", at));
                }
                // Lone surrogates included, as CPython keeps them ('\ud83d\ude00' stays two).
                out.push_code_point(v);
            }
            b'N' => {
                const MALFORMED: &str = "malformed \\N character escape";
                if b.get(i) != Some(&b'{') {
                    return Err(unicode_error(body, esc, i, MALFORMED, at));
                }
                let name_start = i + 1;
                let Some(close) = b[name_start..].iter().position(|&d| d == b'}') else {
                    return Err(unicode_error(body, esc, b.len(), MALFORMED, at));
                };
                let name_end = name_start + close;
                if close == 0 {
                    return Err(unicode_error(body, esc, name_end, MALFORMED, at));
                }
                i = name_end + 1;
                match lookup_name(&body[name_start..name_end]) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(
                            body,
                            esc,
                            i,
                            "unknown Unicode character name",
                            at,
                        ));
                    }
                }
            }
            _ => {
                // Unknown escape: kept verbatim; the next character is copied normally.
                out.push('\\');
                i = esc + 1;
            }
        }
    }
    Ok(out)
}

/// Decodes a non-raw bytes body (already checked to be ASCII); errors reported at `at`.
fn decode_bytes(body: &str, at: usize) -> Result<Vec<u8>, SyntaxError> {
    let b = body.as_bytes();
    if !b.iter().any(|&c| c == b'\\' || c == b'\r') {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc = i;
        let Some(&c) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match c {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                if i + 2 <= b.len() && b[i].is_ascii_hexdigit() && b[i + 1].is_ascii_hexdigit() {
                    out.push(hex_value(&b[i..i + 2]) as u8);
                    i += 2;
                } else {
                    return Err(err_at(
                        format!("(value error) invalid \\x escape at position {esc}"),
                        at,
                    ));
                }
            }
            _ => {
                out.push(b'\\');
                i = esc + 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::error::SyntaxErrorKind;
    use Tok::*;

    fn lex(src: &str, mode: Mode) -> Vec<Tok> {
        Lexer::new(src, mode)
            .map(|r| {
                r.unwrap_or_else(|e| panic!("{src:?}: {e} at {:?}", e.span))
                    .1
            })
            .collect()
    }

    fn toks(src: &str) -> Vec<Tok> {
        let mut v = lex(src, Mode::Module);
        assert_eq!(v.remove(0), StartModule);
        v
    }

    fn name(s: &str) -> Tok {
        Name(s.to_owned())
    }

    fn int(v: i64) -> Tok {
        Int(BigInt::from(v))
    }

    fn s(v: &str) -> Tok {
        String(StringLit::Str(v.into()))
    }

    fn by(v: &[u8]) -> Tok {
        String(StringLit::Bytes(v.to_vec()))
    }

    /// The first error: (kind, message, 1-based line, 1-based character column), the way
    /// CPython reports `lineno`/`offset`.
    fn error(src: &str) -> (SyntaxErrorKind, std::string::String, usize, usize) {
        for r in Lexer::new(src, Mode::Module) {
            if let Err(e) = r {
                let at = e.span.start as usize;
                let before = &src[..at];
                let mut line = 1;
                let mut line_start = 0;
                let b = before.as_bytes();
                for (i, &c) in b.iter().enumerate() {
                    if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                        line += 1;
                        line_start = i + 1;
                    }
                }
                let col = before[line_start..].chars().count() + 1;
                return (e.kind, e.msg, line, col);
            }
        }
        panic!("no error for {src:?}");
    }

    #[track_caller]
    fn check_err(src: &str, msg: &str, line: usize, col: usize) {
        let (kind, m, l, c) = error(src);
        assert_eq!(kind, SyntaxErrorKind::SyntaxError, "{src:?}");
        assert_eq!((m.as_str(), l, c), (msg, line, col), "{src:?}");
    }

    #[test]
    fn simple_statements() {
        assert_eq!(toks("x = 1\n"), vec![name("x"), Equal, int(1), Newline]);
        assert_eq!(toks("x = 1"), vec![name("x"), Equal, int(1), Newline]);
        assert_eq!(toks(""), vec![]);
        assert_eq!(toks("# just a comment\n\n   \n"), vec![]);
        assert_eq!(
            toks("if x and not y: pass # c\n"),
            vec![If, name("x"), And, Not, name("y"), Colon, Pass, Newline]
        );
        assert_eq!(lex("", Mode::Expression), vec![StartExpression]);
        assert_eq!(
            lex("x", Mode::Interactive),
            vec![StartInteractive, name("x"), Newline]
        );
    }

    #[test]
    fn spans() {
        let v: Vec<_> = Lexer::new("ab = 'c'\n", Mode::Module)
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(v[0], (0, StartModule, 0));
        assert_eq!(v[1], (0, name("ab"), 2));
        assert_eq!(v[2], (3, Equal, 4));
        assert_eq!(v[3], (5, s("c"), 8));
        assert_eq!(v[4], (8, Newline, 9));
    }

    #[test]
    fn indentation() {
        let src = "if x:\n    y\n\n    # c\n    if z:\n        w\nv\n";
        assert_eq!(
            toks(src),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                name("y"),
                Newline,
                If,
                name("z"),
                Colon,
                Newline,
                Indent,
                name("w"),
                Newline,
                Dedent,
                Dedent,
                name("v"),
                Newline
            ]
        );
        // Dedents at EOF, no trailing newline.
        assert_eq!(
            toks("def f():\n\treturn 1"),
            vec![
                Def,
                name("f"),
                LPar,
                RPar,
                Colon,
                Newline,
                Indent,
                Return,
                int(1),
                Newline,
                Dedent
            ]
        );
        // Tabs go to multiples of 8: a tab and 8 spaces are the same level (if consistent).
        assert_eq!(
            toks("if x:\n\tif y:\n\t\tz\n\tw\n"),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                If,
                name("y"),
                Colon,
                Newline,
                Indent,
                name("z"),
                Newline,
                Dedent,
                name("w"),
                Newline,
                Dedent
            ]
        );
        // Unexpected indent is the parser's business.
        assert_eq!(toks("  x\n"), vec![Indent, name("x"), Newline, Dedent]);
        // Form feed resets the column.
        assert_eq!(toks("  \x0cx=1\n"), vec![name("x"), Equal, int(1), Newline]);
        // Expression mode: no INDENT/DEDENT.
        assert_eq!(
            lex("  1 +\\\n 2\n\n", Mode::Expression),
            vec![StartExpression, int(1), Plus, int(2), Newline]
        );
    }

    #[test]
    fn brackets_and_continuation() {
        assert_eq!(
            toks("x = (1,\n  2)\ny = [\n]\n"),
            vec![
                name("x"),
                Equal,
                LPar,
                int(1),
                Comma,
                int(2),
                RPar,
                Newline,
                name("y"),
                Equal,
                LSqb,
                RSqb,
                Newline
            ]
        );
        assert_eq!(
            toks("if x:\n    a = 1 + \\\n2\n    b = {\n}\n"),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                name("a"),
                Equal,
                int(1),
                Plus,
                int(2),
                Newline,
                name("b"),
                Equal,
                LBrace,
                RBrace,
                Newline,
                Dedent
            ]
        );
        assert_eq!(
            toks("x = 1 \\\n\n"),
            vec![name("x"), Equal, int(1), Newline]
        );
        assert_eq!(
            toks("a\r\nb\rc"),
            vec![name("a"), Newline, name("b"), Newline, name("c"), Newline]
        );
        assert_eq!(toks("\u{feff}x\n"), vec![name("x"), Newline]);
        assert_eq!(
            toks("x = 1\n\\\ny = 2\n"),
            vec![
                name("x"),
                Equal,
                int(1),
                Newline,
                name("y"),
                Equal,
                int(2),
                Newline
            ]
        );
        assert_eq!(
            toks("if x:\n  \n\ty\n"),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                name("y"),
                Newline,
                Dedent
            ]
        );
    }

    #[test]
    fn operators() {
        let src = "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> \
                   += -= *= /= //= %= @= &= |= ^= <<= >>= **= ...";
        let mut v = toks(src);
        assert_eq!(v.pop(), Some(Newline));
        let texts: Vec<_> = v.iter().map(|t| t.text().unwrap()).collect();
        assert_eq!(texts.join(" "), src.replace("  ", " "));
        assert_eq!(toks("a..b"), vec![name("a"), Dot, Dot, name("b"), Newline]);
        assert_eq!(toks("x.5"), vec![name("x"), Float(0.5), Newline]);
    }

    #[test]
    fn names_and_keywords() {
        assert_eq!(
            toks("None True False _x été αβ match"),
            vec![
                None,
                True,
                False,
                name("_x"),
                name("été"),
                name("αβ"),
                name("match"),
                Newline
            ]
        );
        assert_eq!(toks("x\u{b7}y"), vec![name("x\u{b7}y"), Newline]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("0 00 0_0 7 1_000_000 0x_fF 0o17 0B1_0 0XdeadBEEF"),
            vec![
                int(0),
                int(0),
                int(0),
                int(7),
                int(1000000),
                int(255),
                int(15),
                int(2),
                int(0xdeadbeef),
                Newline
            ]
        );
        assert_eq!(
            toks("1.5 .5 5. 1e10 1E-5 1_0.0_1 0e5 00.5 09.5 1_000.000_1e1_0"),
            vec![
                Float(1.5),
                Float(0.5),
                Float(5.0),
                Float(1e10),
                Float(1e-5),
                Float(10.01),
                Float(0.0),
                Float(0.5),
                Float(9.5),
                Float(10000001000000.0),
                Newline
            ]
        );
        assert_eq!(
            toks("2j 1.5J 0777j 1e5j"),
            vec![Imag(2.0), Imag(1.5), Imag(777.0), Imag(1e5), Newline]
        );
        assert_eq!(
            toks("123456789012345678901234567890"),
            vec![
                Int("123456789012345678901234567890".parse().unwrap()),
                Newline
            ]
        );
        assert_eq!(toks("0.1"), vec![Float(0.1), Newline]);
        assert_eq!(toks("1e400"), vec![Float(f64::INFINITY), Newline]);
        // A number directly followed by a keyword (CPython warns, but accepts).
        assert_eq!(
            toks("1if x else 2"),
            vec![int(1), If, name("x"), Else, int(2), Newline]
        );
        assert_eq!(toks("1else"), vec![int(1), Else, Newline]);
        assert_eq!(toks("1.else"), vec![Float(1.0), Else, Newline]);
        assert_eq!(toks("0x1for"), vec![int(31), Or, Newline]); // as CPython: 0x1f or
        assert_eq!(toks("1or 2"), vec![int(1), Or, int(2), Newline]);
    }

    #[test]
    fn strings() {
        assert_eq!(
            toks(r#"'a' "b" '''c'd''' """e"f""" u'g' R'\n' rb'\x' Br"h" b'\x41\n'"#),
            vec![
                s("a"),
                s("b"),
                s("c'd"),
                s("e\"f"),
                s("g"),
                s("\\n"),
                by(b"\\x"),
                by(b"h"),
                by(b"A\n"),
                Newline
            ]
        );
        assert_eq!(
            toks(r#"'\n\t\r\\\'\"\a\b\f\v\0\101\777\x41\u00e9\U0001F600'"#),
            vec![
                s("\n\t\r\\'\"\x07\x08\x0c\x0b\0A\u{1ff}A\u{e9}\u{1F600}"),
                Newline
            ]
        );
        assert_eq!(
            toks(
                r"'\N{BULLET}\N{EM DASH}\N{greek small letter alpha}\N{DEGREE SIGN}\N{LATIN SMALL LETTER E WITH ACUTE}\N{SNOWMAN}\N{CHECK MARK}'"
            ),
            vec![
                s("\u{2022}\u{2014}\u{3b1}\u{b0}\u{e9}\u{2603}\u{2713}"),
                Newline
            ]
        );
        // Unknown escapes stay verbatim.
        assert_eq!(toks(r"'\d\é\8'"), vec![s("\\d\\é\\8"), Newline]);
        assert_eq!(
            toks(r"b'\d\777\u1234'"),
            vec![by(b"\\d\xff\\u1234"), Newline]
        );
        // Backslash-newline inside a string; newlines in triple-quoted strings normalised.
        assert_eq!(toks("'a\\\nb'"), vec![s("ab"), Newline]);
        assert_eq!(toks("'''a\r\nb\rc'''"), vec![s("a\nb\nc"), Newline]);
        assert_eq!(
            toks("x = '''\n\n'''\ny"),
            vec![name("x"), Equal, s("\n\n"), Newline, name("y"), Newline]
        );
        // Escaped quotes.
        assert_eq!(
            toks(r#"'\'' "\"" '''\''''"#),
            vec![s("'"), s("\""), s("'"), Newline]
        );
        assert_eq!(toks(r"r'\''"), vec![s("\\'"), Newline]);
        // Not a prefix: a name, then a string.
        assert_eq!(toks("ur'x'"), vec![name("ur"), s("x"), Newline]);
    }

    #[test]
    fn fstrings() {
        let v: Vec<_> = Lexer::new("x = f'a{b}c' + RF\"\\{x}\"", Mode::Module)
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(
            v[3],
            (
                4,
                String(StringLit::FString(FStringLit {
                    body: "a{b}c".into(),
                    body_start: 6,
                    line: 1,
                    raw: false
                })),
                12
            )
        );
        assert_eq!(
            v[5].1,
            String(StringLit::FString(FStringLit {
                body: "\\{x}".into(),
                body_start: 18,
                line: 1,
                raw: true
            }))
        );
        // A replacement field, lexed on its own with absolute spans.
        let src = "f'{a +\n b[1]}'";
        let v: Vec<_> = Lexer::new_fstring_field(src, 3, 12, 1)
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(
            v,
            vec![
                (3, StartExpression, 3),
                (3, name("a"), 4),
                (5, Plus, 6),
                (8, name("b"), 9),
                (9, LSqb, 10),
                (10, int(1), 11),
                (11, RSqb, 12)
            ]
        );
    }

    #[test]
    fn decode_helper() {
        assert_eq!(decode_str_escapes(r"a\tb", 0).unwrap(), "a\tb");
        let e = decode_str_escapes(r"ab\x", 10).unwrap_err();
        assert_eq!(
            e.msg,
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: truncated \\xXX escape"
        );
    }

    #[test]
    fn string_errors() {
        check_err(
            "x = 'abc\n",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = 'abc",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = rb'abc",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = f'abc",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = 'a\\\nbc",
            "unterminated string literal (detected at line 2)",
            1,
            5,
        );
        check_err(
            "x = 'a\\\n",
            "unterminated string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = \"abc\\\ndef",
            "unterminated string literal (detected at line 2)",
            1,
            5,
        );
        check_err(
            "x = \"\"\"abc\n\ny\n",
            "unterminated triple-quoted string literal (detected at line 3)",
            1,
            5,
        );
        check_err(
            "x = '''abc",
            "unterminated triple-quoted string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = '''abc\n",
            "unterminated triple-quoted string literal (detected at line 1)",
            1,
            5,
        );
        check_err(
            "x = '''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5,
        );
        check_err(
            "x = '''a\rb",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
            5,
        );
        check_err(
            "b'\u{e9}'\n",
            "bytes can only contain ASCII literal characters",
            1,
            1,
        );
        check_err(
            "x = b'abc\u{20ac}'\n",
            "bytes can only contain ASCII literal characters",
            1,
            5,
        );
        check_err(
            "x = b'\\x'\n",
            "(value error) invalid \\x escape at position 0",
            1,
            10,
        );
        check_err(
            "b'ab\\xz'\n",
            "(value error) invalid \\x escape at position 2",
            1,
            9,
        );
        let u = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
        let cases: &[(&str, &str, usize)] = &[
            ("'\\x'\n", "0-1: truncated \\xXX escape", 5),
            ("'\\x4'\n", "0-2: truncated \\xXX escape", 6),
            ("'\\u12'\n", "0-3: truncated \\uXXXX escape", 7),
            ("'\\U1234'\n", "0-5: truncated \\UXXXXXXXX escape", 9),
            ("'\\U00110000'\n", "0-9: illegal Unicode character", 13),
            ("'\\N{FOO}'\n", "0-6: unknown Unicode character name", 10),
            ("'\\N{BULLET'\n", "0-8: malformed \\N character escape", 12),
            ("'\\N'\n", "0-1: malformed \\N character escape", 5),
            ("'\\N{}'\n", "0-2: malformed \\N character escape", 7),
            ("'\\Nx'\n", "0-1: malformed \\N character escape", 6),
            ("'\u{e9}\\x'\n", "10-11: truncated \\xXX escape", 6),
            ("'\\\u{e9}\\x'\n", "16-17: truncated \\xXX escape", 7),
            ("'ab\\x'\n", "2-3: truncated \\xXX escape", 7),
            ("'\\N{BULLET}\\x'\n", "10-11: truncated \\xXX escape", 15),
        ];
        for &(src, msg, col) in cases {
            check_err(src, &format!("{u}{msg}"), 1, col);
        }
    }

    #[test]
    fn bracket_errors() {
        check_err("x = (1,\n2\n", "'(' was never closed", 1, 5);
        check_err("x = (1,\n[2\n", "'[' was never closed", 2, 1);
        check_err("(", "'(' was never closed", 1, 1);
        check_err("x=1\ry=(\r", "'(' was never closed", 2, 3);
        check_err("x = 1)\n", "unmatched ')'", 1, 6);
        check_err("x = 1\n)\n", "unmatched ')'", 2, 1);
        check_err(
            "x = (1]\n",
            "closing parenthesis ']' does not match opening parenthesis '('",
            1,
            7,
        );
        check_err(
            "x = (1,\n2]\n",
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
            2,
            2,
        );
        check_err(
            "{(}",
            "closing parenthesis '}' does not match opening parenthesis '('",
            1,
            3,
        );
        check_err(&"(".repeat(201), "too many nested parentheses", 1, 201);
        check_err(&"(".repeat(200), "'(' was never closed", 1, 200);
    }

    #[test]
    fn indentation_errors() {
        let check = |src: &str, kind, msg: &str, line, col| {
            assert_eq!(error(src), (kind, msg.to_owned(), line, col), "{src:?}");
        };
        let ind = SyntaxErrorKind::IndentationError;
        let tab = SyntaxErrorKind::TabError;
        let unindent = "unindent does not match any outer indentation level";
        let inconsistent = "inconsistent use of tabs and spaces in indentation";
        check("if x:\n    a\n  b\n", ind, unindent, 3, 4);
        check("if x:\n    a\n  bcd = 1", ind, unindent, 3, 10);
        check("if x:\n  a\n b", ind, unindent, 3, 3);
        check("if x:\n\ta\n        b\n", tab, inconsistent, 3, 1);
        check("if x:\n        a\n\tb\n", tab, inconsistent, 3, 1);
        check("if x:\n  if y:\n\ta", tab, inconsistent, 3, 1);
        check("if x:\n    \ty\n\tz\n", tab, inconsistent, 3, 1);
        let mut deep = std::string::String::from("if x:\n");
        for i in 1..101 {
            deep.push_str(&" ".repeat(i));
            deep.push_str("if x:\n");
        }
        deep.push_str(&" ".repeat(101));
        deep.push_str("pass\n");
        check(&deep, ind, "too many levels of indentation", 101, 1);
    }

    #[test]
    fn number_errors() {
        let leading = "leading zeros in decimal integer literals are not permitted; \
                       use an 0o prefix for octal integers";
        let cases: &[(&str, &str, usize)] = &[
            ("1abc\n", "invalid decimal literal", 1),
            ("0x\n", "invalid hexadecimal literal", 2),
            ("0xg\n", "invalid hexadecimal literal", 2),
            ("0o\n", "invalid octal literal", 2),
            ("0o8\n", "invalid digit '8' in octal literal", 3),
            ("0b2\n", "invalid digit '2' in binary literal", 3),
            ("0b\n", "invalid binary literal", 2),
            ("0123\n", leading, 1),
            ("09\n", leading, 1),
            ("x = 0_7\n", leading, 5),
            ("x = 012_3\n", leading, 5),
            ("1_\n", "invalid decimal literal", 2),
            ("1__0\n", "invalid decimal literal", 2),
            ("1e\n", "invalid decimal literal", 1),
            ("1e+\n", "invalid decimal literal", 3),
            ("1.e5x\n", "invalid decimal literal", 4),
            ("1jx\n", "invalid imaginary literal", 2),
            ("0x1_\n", "invalid hexadecimal literal", 4),
            ("0o7_\n", "invalid octal literal", 4),
            ("0b1_\n", "invalid binary literal", 4),
            ("1.0_\n", "invalid decimal literal", 4),
            ("1_.0\n", "invalid decimal literal", 2),
            ("1e1_\n", "invalid decimal literal", 4),
            ("0b12\n", "invalid digit '2' in binary literal", 4),
            ("0o19\n", "invalid digit '9' in octal literal", 4),
            ("x = 1.__class__\n", "invalid decimal literal", 6),
            ("x = 0_\n", "invalid decimal literal", 6),
            ("x = 0__1\n", "invalid decimal literal", 6),
            ("1€\n", "invalid decimal literal", 1),
        ];
        for &(src, msg, col) in cases {
            check_err(src, msg, 1, col);
        }
    }

    #[test]
    fn character_errors() {
        check_err(
            "x = \u{20ac}\n",
            "invalid character '\u{20ac}' (U+20AC)",
            1,
            5,
        );
        check_err(
            "x = a\u{20ac}\n",
            "invalid character '\u{20ac}' (U+20AC)",
            1,
            6,
        );
        check_err(
            "x\u{a0}= 1\n",
            "invalid non-printable character U+00A0",
            1,
            2,
        );
        check_err(
            "x = \u{200b}\n",
            "invalid non-printable character U+200B",
            1,
            5,
        );
        check_err("x = \x01\n", "invalid non-printable character U+0001", 1, 5);
        check_err("x = \x7f\n", "invalid non-printable character U+007F", 1, 5);
        check_err(
            "x = 1 \\ y\n",
            "unexpected character after line continuation character",
            1,
            8,
        );
        check_err(
            "y = 2\nx = 1 \\ y\n",
            "unexpected character after line continuation character",
            2,
            8,
        );
        check_err("x = 1 \\", "unexpected EOF while parsing", 1, 8);
        check_err("x = 1 \\\n", "unexpected EOF while parsing", 1, 8);
        check_err("\\", "unexpected EOF while parsing", 1, 2);
        for c in ["!", "$", "?", "`"] {
            check_err(&format!("x = {c}\n"), "invalid syntax", 1, 5);
        }
        check_err("x = a!b\n", "invalid syntax", 1, 6);
        check_err("x = 1\0\n", "source code cannot contain null bytes", 1, 6);
        check_err(
            "x = \u{661}\n",
            "invalid character '\u{661}' (U+0661)",
            1,
            5,
        );
        check_err(
            "x = \u{301}\n",
            "invalid character '\u{301}' (U+0301)",
            1,
            5,
        );
        check_err(
            "x = a\u{200d}b\n",
            "invalid non-printable character U+200D",
            1,
            6,
        );
        check_err(
            "x = \u{2028}\n",
            "invalid non-printable character U+2028",
            1,
            5,
        );
        check_err("a\u{30fb}b", "invalid character '\u{30fb}' (U+30FB)", 1, 2);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_random(src in "[ a-z0-9_\t\n\r\\\\'\"#()\\[\\]{}.eEjxobrf+*=:;é€\u{a0}\u{feff}\u{c}]{0,40}") {
            for mode in [Mode::Module, Mode::Expression] {
                let n = Lexer::new(&src, mode).take(10_000).count();
                proptest::prop_assert!(n < 10_000);
            }
            let n = Lexer::new_fstring_field(&src, 1, src.len(), 1).take(10_000).count();
            proptest::prop_assert!(n < 10_000);
        }
    }

    #[test]
    fn never_panics() {
        let samples = [
            "",
            "\\",
            "'",
            "\"\"\"",
            "\r",
            "\r\n\r",
            "\x0c",
            "\0",
            "(\n",
            ")",
            "0x",
            "1e",
            ".",
            "..",
            "é",
            "\u{feff}",
            "\u{feff}\u{feff}",
            "f'",
            "b'\u{e9}",
            "'\\",
            "'\\\r",
            "\t\t x\n y",
            "if x:\n\ty\n  z",
            "1_000_",
            "0o",
            "0b",
            "1.e",
            "1e-",
            "'\\N{",
            "'\\U0010FFFF'",
            "'\\ud800'",
            "x = 1if",
            "\u{1F600}",
            "a\u{301}",
            "\u{301}",
        ];
        for src in samples {
            for mode in [Mode::Module, Mode::Expression] {
                let n = Lexer::new(src, mode).take(10_000).count();
                assert!(n < 10_000, "{src:?}");
            }
            for end in 0..=src.len() {
                if src.is_char_boundary(end) {
                    let n = Lexer::new_fstring_field(src, 0, end, 1)
                        .take(10_000)
                        .count();
                    assert!(n < 10_000);
                }
            }
        }
    }
}

/// Run by hand: `PYTH_LEX_DIR=/usr/lib/python3.11 cargo test --release --lib lex_corpus -- --ignored --nocapture`.
/// Prints `path<TAB>token-count-or-error` per file and the throughput.
#[cfg(test)]
mod corpus {
    use super::*;

    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }

    #[test]
    #[ignore]
    fn lex_corpus() {
        let Ok(dir) = std::env::var("PYTH_LEX_DIR") else {
            return;
        };
        let mut files = Vec::new();
        walk(std::path::Path::new(&dir), &mut files);
        files.sort();
        let (mut lines, mut bytes) = (0usize, 0usize);
        let mut total = std::time::Duration::ZERO;
        let mut report = std::string::String::new();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            lines += text.lines().count();
            bytes += text.len();
            let t = std::time::Instant::now();
            let mut n = 0usize;
            let mut err = None;
            for r in Lexer::new(&text, Mode::Module) {
                match r {
                    Ok(_) => n += 1,
                    Err(e) => {
                        err = Some(e);
                        break;
                    }
                }
            }
            total += t.elapsed();
            match err {
                None => report.push_str(&format!("{}\t{}\n", f.display(), n - 1)),
                Some(e) => report.push_str(&format!(
                    "{}\tERR {} @{}\n",
                    f.display(),
                    e.msg,
                    e.span.start
                )),
            }
        }
        std::fs::write("/tmp/pyth_lex_corpus.txt", report).unwrap();
        eprintln!(
            "{lines} lines, {bytes} bytes in {total:?}: {:.0} lines/s",
            lines as f64 / total.as_secs_f64()
        );
    }

    #[test]
    #[ignore]
    fn dump_file() {
        let Ok(path) = std::env::var("PYTH_LEX_FILE") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let mut out = std::string::String::new();
        for r in Lexer::new(&text, Mode::Module).skip(1) {
            match r {
                Ok((s, t, _)) => out.push_str(&format!("{s} {t:?}\n")),
                Err(e) => out.push_str(&format!("ERR {e:?}\n")),
            }
        }
        std::fs::write("/tmp/pyth_lex_dump.txt", out).unwrap();
    }
}
