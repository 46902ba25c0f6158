//! The tokens the indentation-aware lexer hands to the LALRPOP parser.
//!
//! Raw tokens come from logos (`lexer.rs`); this is the cooked stream: literals already
//! decoded, NEWLINE/INDENT/DEDENT inserted, and a start marker first that selects the
//! grammar's entry point (file, REPL entry, or single expression).

use num_bigint::BigInt;
use std::fmt;

use crate::objects::wtf8::Wtf8Buf;

/// One string literal piece, before adjacent pieces are concatenated by the parser.
#[derive(Clone, Debug, PartialEq)]
pub enum StringLit {
    /// A `str` literal, escapes decoded (generalized UTF-8: `'\ud800'` is a lone surrogate).
    Str(Wtf8Buf),
    /// A `bytes` literal, escapes decoded.
    Bytes(Vec<u8>),
    /// An f-string: the raw text between the quotes, parsed further by `fstring.rs`.
    FString(FStringLit),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FStringLit {
    /// The text between the quotes, exactly as written.
    pub body: String,
    /// Byte offset of `body` in the source file (so nested expressions get true spans).
    pub body_start: usize,
    /// Line number of `body_start` (for error messages from nested fields).
    pub line: u32,
    /// `rf"..."`: backslashes in the literal parts are not escapes.
    pub raw: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    // Entry-point markers: exactly one is emitted first.
    StartModule,
    StartInteractive,
    StartExpression,

    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    String(StringLit),

    Newline,
    Indent,
    Dedent,
    /// The `(` of `with (a as b, c):`; put in place of `LPar` by the parser glue, which looks
    /// ahead to the matching `)` (an LR(1) grammar cannot tell it from a parenthesised tuple).
    WithLPar,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LeftShift,
    RightShift,
    Amper,
    Vbar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    RArrow,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    Ellipsis,
}

impl Tok {
    /// The keyword for an identifier-shaped word, if it is one.
    pub fn keyword(word: &str) -> Option<Tok> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }

    /// The source text of a fixed token (keywords, operators); `None` for the rest.
    pub fn text(&self) -> Option<&'static str> {
        Some(match self {
            Tok::False => "False",
            Tok::None => "None",
            Tok::True => "True",
            Tok::And => "and",
            Tok::As => "as",
            Tok::Assert => "assert",
            Tok::Async => "async",
            Tok::Await => "await",
            Tok::Break => "break",
            Tok::Class => "class",
            Tok::Continue => "continue",
            Tok::Def => "def",
            Tok::Del => "del",
            Tok::Elif => "elif",
            Tok::Else => "else",
            Tok::Except => "except",
            Tok::Finally => "finally",
            Tok::For => "for",
            Tok::From => "from",
            Tok::Global => "global",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::In => "in",
            Tok::Is => "is",
            Tok::Lambda => "lambda",
            Tok::Nonlocal => "nonlocal",
            Tok::Not => "not",
            Tok::Or => "or",
            Tok::Pass => "pass",
            Tok::Raise => "raise",
            Tok::Return => "return",
            Tok::Try => "try",
            Tok::While => "while",
            Tok::With => "with",
            Tok::Yield => "yield",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::DoubleStar => "**",
            Tok::Slash => "/",
            Tok::DoubleSlash => "//",
            Tok::Percent => "%",
            Tok::At => "@",
            Tok::LeftShift => "<<",
            Tok::RightShift => ">>",
            Tok::Amper => "&",
            Tok::Vbar => "|",
            Tok::Circumflex => "^",
            Tok::Tilde => "~",
            Tok::ColonEqual => ":=",
            Tok::Less => "<",
            Tok::Greater => ">",
            Tok::LessEqual => "<=",
            Tok::GreaterEqual => ">=",
            Tok::EqEqual => "==",
            Tok::NotEqual => "!=",
            Tok::LPar | Tok::WithLPar => "(",
            Tok::RPar => ")",
            Tok::LSqb => "[",
            Tok::RSqb => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::Semi => ";",
            Tok::Equal => "=",
            Tok::RArrow => "->",
            Tok::PlusEqual => "+=",
            Tok::MinusEqual => "-=",
            Tok::StarEqual => "*=",
            Tok::SlashEqual => "/=",
            Tok::DoubleSlashEqual => "//=",
            Tok::PercentEqual => "%=",
            Tok::AtEqual => "@=",
            Tok::AmperEqual => "&=",
            Tok::VbarEqual => "|=",
            Tok::CircumflexEqual => "^=",
            Tok::LeftShiftEqual => "<<=",
            Tok::RightShiftEqual => ">>=",
            Tok::DoubleStarEqual => "**=",
            Tok::Ellipsis => "...",
            _ => return None,
        })
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(t) = self.text() {
            return write!(f, "'{t}'");
        }
        match self {
            Tok::Name(n) => write!(f, "name '{n}'"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => write!(f, "number"),
            Tok::String(_) => write!(f, "string"),
            Tok::Newline => write!(f, "newline"),
            Tok::Indent => write!(f, "indent"),
            Tok::Dedent => write!(f, "dedent"),
            _ => write!(f, "start of input"),
        }
    }
}
