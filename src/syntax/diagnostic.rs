//! Rendering syntax errors for people: CPython 3.11's exact stderr text, or a miette report.
//!
//! [`format_python`] reproduces what `python3` prints for an uncaught `SyntaxError`. It works in
//! two steps, like CPython: the error's byte span becomes CPython's exception attributes
//! (`lineno`, `offset`, `end_lineno`, `end_offset`, `text`, see [`Location`]), and those are
//! printed by a transcription of CPython's `print_error_text` (Python/pythonrun.c).
//!
//! Rules worth knowing, all verified against CPython 3.11.7:
//!
//! * Columns are **bytes** when the source came from a file or stdin, and **characters** for
//!   `-c` (`<string>`): with `é = (1 2)` in a file the caret sits one column further right than
//!   under `-c`. That is a CPython 3.11 quirk (the file tokenizer reports byte offsets); we match it.
//! * The shown line has its leading spaces, tabs and form feeds stripped and the caret moves left
//!   with it; a caret that would land left of the text is not printed (that is how
//!   `unexpected indent` and `TabError` come out caret-less).
//! * The caret run is `end_offset - offset` long, at least one; a span reaching onto a later
//!   line runs to the end of its first line. The caret column is clipped to the line's length.
//! * An error at the end of the input (`span.start >= text.len()`, e.g. `expected an indented
//!   block` after a final `if x:`): in file mode CPython shows the last line and no caret when
//!   the file ends with a newline or the error is an `IndentationError`, else a caret just after
//!   the last line's text; in string mode it shows the (empty) line after a final newline with a
//!   caret at its start.
//! * `unindent does not match any outer indentation level` always points just past the end of
//!   its line; `source code cannot contain null bytes` shows the line up to the NUL, no caret.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};

use super::error::{SyntaxError, SyntaxErrorKind};
use super::source::SourceFile;

/// Where the source came from, which decides the column unit CPython reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputMode {
    /// A script file or `<stdin>`: byte columns.
    File,
    /// `-c CODE` (`<string>`) or `compile()` of a str: character columns.
    String,
}

impl InputMode {
    /// `<string>` is string mode; every other name (a path, `<stdin>`) is file mode.
    pub fn for_name(name: &str) -> InputMode {
        if name == "<string>" {
            InputMode::String
        } else {
            InputMode::File
        }
    }
}

/// CPython's view of where a syntax error is: the `SyntaxError` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub lineno: usize,
    /// 1-based column; 0 means "no caret".
    pub offset: i64,
    pub end_lineno: usize,
    /// 1-based column just past the error; -1 or 0 when unknown.
    pub end_offset: i64,
    /// The source line, with its `\n` if it has one.
    pub text: Option<String>,
}

/// CPython 3.11's stderr text for an uncaught syntax error in `file`, e.g.
///
/// ```text
///   File "/tmp/x.py", line 1
///     if x
///         ^
/// SyntaxError: expected ':'
/// ```
///
/// The column unit follows [`InputMode::for_name`] of the file's name.
pub fn format_python(file: &SourceFile, err: &SyntaxError) -> String {
    format_python_in(file, err, InputMode::for_name(&file.name))
}

/// [`format_python`] with an explicit input mode.
pub fn format_python_in(file: &SourceFile, err: &SyntaxError, mode: InputMode) -> String {
    let loc = locate(file, err, mode);
    print_syntax_error(&file.name, &loc, err.kind.class_name(), &err.msg)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offset at which 1-based `line` starts.
fn line_start(file: &SourceFile, line: usize) -> usize {
    let mut start = 0;
    // `line_text` does not expose starts; walk from the offset of a known position instead.
    if line > 1 {
        let mut seen = 1;
        for (i, b) in file.text.bytes().enumerate() {
            if b == b'\n' {
                seen += 1;
                if seen == line {
                    start = i + 1;
                    break;
                }
            }
        }
    }
    start
}

/// The line's text as CPython stores it in `SyntaxError.text`: `\r\n` becomes `\n`.
fn cpython_line(file: &SourceFile, line: usize) -> String {
    let mut s = file.line_text(line).to_string();
    let start = line_start(file, line);
    if file.text[start..].contains('\n') {
        s.push('\n');
    }
    s
}

/// 0-based column of byte offset `pos` (on line `line`) in the mode's unit.
fn column(file: &SourceFile, line: usize, pos: usize, mode: InputMode) -> i64 {
    let start = line_start(file, line);
    let pos = pos.max(start);
    match mode {
        InputMode::File => (pos - start) as i64,
        InputMode::String => file.text[start..pos].chars().count() as i64,
    }
}

/// The `SyntaxError` attributes CPython would report for `err`.
pub fn locate(file: &SourceFile, err: &SyntaxError, mode: InputMode) -> Location {
    let text = file.text.as_str();
    let len = text.len();
    let start = floor_boundary(text, err.span.start as usize);
    let end = floor_boundary(text, (err.span.end as usize).max(start));

    if err.msg == "source code cannot contain null bytes" {
        let line = file.line_of(start as u32);
        let ls = line_start(file, line);
        return Location {
            lineno: line,
            offset: 0,
            end_lineno: line,
            end_offset: 0,
            text: Some(text[ls..start.max(ls)].to_string()),
        };
    }

    if len == 0 {
        return Location {
            lineno: 1,
            offset: 1,
            end_lineno: 1,
            end_offset: 1,
            text: Some(String::new()),
        };
    }

    let mut loc = if start >= len {
        // At the end of the input.
        match mode {
            InputMode::File => {
                let line = file.line_of((len - 1) as u32);
                let caretless =
                    text.ends_with('\n') || err.kind == SyntaxErrorKind::IndentationError;
                let offset = if caretless {
                    0
                } else {
                    column(file, line, len, mode) + 1
                };
                Location {
                    lineno: line,
                    offset,
                    end_lineno: line,
                    end_offset: if caretless { -1 } else { offset },
                    text: Some(cpython_line(file, line)),
                }
            }
            InputMode::String => {
                let line = file.line_of(len as u32);
                let offset = column(file, line, len, mode) + 1;
                Location {
                    lineno: line,
                    offset,
                    end_lineno: line,
                    end_offset: offset,
                    text: Some(cpython_line(file, line)),
                }
            }
        }
    } else {
        let line = file.line_of(start as u32);
        let end_line = file.line_of(end as u32);
        Location {
            lineno: line,
            offset: column(file, line, start, mode) + 1,
            end_lineno: end_line,
            end_offset: column(file, end_line, end, mode) + 1,
            text: Some(cpython_line(file, line)),
        }
    };

    if err.kind == SyntaxErrorKind::TabError || err.msg == "unexpected indent" {
        loc.offset = 0;
        loc.end_offset = -1;
    } else if err.msg.starts_with("unindent does not match") {
        let ls = line_start(file, loc.lineno);
        let le = ls + file.line_text(loc.lineno).len();
        loc.offset = column(file, loc.lineno, le, mode) + 1;
        loc.end_lineno = loc.lineno;
        loc.end_offset = -1;
    }
    loc
}

/// CPython's `print_exception` for a syntax error: the `File` line, the source line with its
/// caret line (see `print_error_text` in Python/pythonrun.c), then `Class: message`.
pub fn print_syntax_error(filename: &str, loc: &Location, class: &str, msg: &str) -> String {
    let mut out = format!("  File \"{filename}\", line {}\n", loc.lineno);
    if let Some(text) = &loc.text {
        let line_size = text.len() as i64;
        let mut offset = loc.offset;
        let mut end_offset = loc.end_offset;
        if loc.end_lineno > loc.lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        let carets = if end_offset > 0 && end_offset > offset {
            end_offset - offset
        } else {
            1
        };
        offset -= 1;
        let mut t = text.as_str();
        while let Some(rest) = t.strip_prefix([' ', '\t', '\x0c']) {
            t = rest;
            offset -= 1;
        }
        let mut len = t.len() as i64;
        if t.ends_with('\n') {
            len -= 1;
        }
        if offset > len {
            offset = len;
        }
        // Skip past newlines embedded in the text.
        while let Some(nl) = t.find('\n') {
            let inl = nl as i64;
            if inl >= offset {
                break;
            }
            t = &t[nl + 1..];
            offset -= inl + 1;
        }
        out.push_str("    ");
        out.push_str(t);
        if !t.ends_with('\n') {
            out.push('\n');
        }
        if offset >= 0 {
            out.push_str("    ");
            out.extend(std::iter::repeat_n(' ', offset as usize));
            out.extend(std::iter::repeat_n('^', carets as usize));
            out.push('\n');
        }
    }
    out.push_str(class);
    out.push_str(": ");
    out.push_str(msg);
    out.push('\n');
    out
}

/// A syntax error as a miette diagnostic, for terminal output.
#[derive(Debug)]
struct FancySyntaxError {
    class: &'static str,
    msg: String,
    src: NamedSource<String>,
    span: (usize, usize),
    label: String,
}

impl std::fmt::Display for FancySyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class, self.msg)
    }
}

impl std::error::Error for FancySyntaxError {}

impl Diagnostic for FancySyntaxError {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some(self.label.clone()),
            self.span,
        ))))
    }
}

/// A miette report of `err`: `Class: message`, the source around the error and a label at
/// the exact span. `color` picks ANSI colours or plain Unicode.
pub fn render_fancy(file: &SourceFile, err: &SyntaxError, color: bool) -> String {
    let text = &file.text;
    let start = floor_boundary(text, err.span.start as usize);
    let mut end = floor_boundary(text, (err.span.end as usize).max(start));
    if end == start && start < text.len() {
        // Point at one whole character rather than between two.
        end = start + text[start..].chars().next().map_or(0, char::len_utf8);
    }
    let label = match err.msg.as_str() {
        m if m.starts_with("invalid syntax") => "here".to_string(),
        m => m.to_string(),
    };
    let diag = FancySyntaxError {
        class: err.kind.class_name(),
        msg: err.msg.clone(),
        src: NamedSource::new(&file.name, text.clone()),
        span: (start, end - start),
        label,
    };
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut out = String::new();
    if GraphicalReportHandler::new_themed(theme)
        .render_report(&mut out, &diag)
        .is_err()
    {
        out = format!("{diag}\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::Span;

    fn err(kind: SyntaxErrorKind, msg: &str, start: usize, end: usize) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span: Span::new(start, end),
        }
    }

    fn syn(msg: &str, start: usize, end: usize) -> SyntaxError {
        err(SyntaxErrorKind::SyntaxError, msg, start, end)
    }

    fn show(name: &str, src: &str, e: &SyntaxError) -> String {
        format_python(&SourceFile::new(name, src), e)
    }

    // Every expected text below was produced by `python3` 3.11.7 on the same source.

    #[test]
    fn expected_colon() {
        assert_eq!(
            show("/tmp/x.py", "if x\n  pass\n", &syn("expected ':'", 4, 5)),
            "  File \"/tmp/x.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
    }

    #[test]
    fn leading_tab_is_stripped() {
        let src = "if 1:\n\tfoo(1 2)\n";
        assert_eq!(
            show(
                "/tmp/x.py",
                src,
                &syn("invalid syntax. Perhaps you forgot a comma?", 11, 14)
            ),
            "  File \"/tmp/x.py\", line 2\n    foo(1 2)\n        ^^^\n\
             SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
    }

    #[test]
    fn span_onto_next_line_runs_to_end_of_first() {
        let src = "x = (1 +\n      2 3)\n";
        assert_eq!(
            show(
                "/tmp/x.py",
                src,
                &syn("invalid syntax. Perhaps you forgot a comma?", 5, 16)
            ),
            "  File \"/tmp/x.py\", line 1\n    x = (1 +\n         ^^^\n\
             SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
    }

    #[test]
    fn file_columns_are_bytes_string_columns_are_chars() {
        let src = "é = (1 2)\n";
        let e = syn("invalid syntax. Perhaps you forgot a comma?", 6, 9);
        assert_eq!(
            show("/tmp/x.py", src, &e),
            "  File \"/tmp/x.py\", line 1\n    é = (1 2)\n          ^^^\n\
             SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
        assert_eq!(
            show("<string>", src, &e),
            "  File \"<string>\", line 1\n    é = (1 2)\n         ^^^\n\
             SyntaxError: invalid syntax. Perhaps you forgot a comma?\n"
        );
    }

    #[test]
    fn never_closed_points_at_bracket() {
        assert_eq!(
            show("/tmp/x.py", "x = (1,\n", &syn("'(' was never closed", 4, 5)),
            "  File \"/tmp/x.py\", line 1\n    x = (1,\n        ^\n\
             SyntaxError: '(' was never closed\n"
        );
    }

    #[test]
    fn unterminated_triple_quote() {
        let src = "x = \"\"\"abc\n\ndef\n";
        assert_eq!(
            show(
                "/tmp/x.py",
                src,
                &syn(
                    "unterminated triple-quoted string literal (detected at line 3)",
                    4,
                    4
                )
            ),
            "  File \"/tmp/x.py\", line 1\n    x = \"\"\"abc\n        ^\n\
             SyntaxError: unterminated triple-quoted string literal (detected at line 3)\n"
        );
    }

    #[test]
    fn unexpected_indent_has_no_caret() {
        let e = err(SyntaxErrorKind::IndentationError, "unexpected indent", 8, 9);
        assert_eq!(
            show("/tmp/x.py", "x = 1\n  y = 2\n", &e),
            "  File \"/tmp/x.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
        );
    }

    #[test]
    fn tab_error_has_no_caret() {
        let src = "if 1:\n        x = 1\n\ty = 2\n";
        let e = err(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            21,
            22,
        );
        assert_eq!(
            show("/tmp/x.py", src, &e),
            "  File \"/tmp/x.py\", line 3\n    y = 2\n\
             TabError: inconsistent use of tabs and spaces in indentation\n"
        );
    }

    #[test]
    fn unindent_points_past_end_of_line() {
        let src = "if True:\n  x = 1\n y = 2\n";
        let e = err(
            SyntaxErrorKind::IndentationError,
            "unindent does not match any outer indentation level",
            18,
            19,
        );
        assert_eq!(
            show("/tmp/x.py", src, &e),
            "  File \"/tmp/x.py\", line 3\n    y = 2\n         ^\n\
             IndentationError: unindent does not match any outer indentation level\n"
        );
    }

    #[test]
    fn expected_indented_block_at_eof() {
        let msg = "expected an indented block after 'if' statement on line 1";
        let e = |n| err(SyntaxErrorKind::IndentationError, msg, n, n);
        assert_eq!(
            show("/tmp/x.py", "if x:\n", &e(6)),
            format!("  File \"/tmp/x.py\", line 1\n    if x:\nIndentationError: {msg}\n")
        );
        assert_eq!(
            show("/tmp/x.py", "if x:\n# c\n", &e(10)),
            format!("  File \"/tmp/x.py\", line 2\n    # c\nIndentationError: {msg}\n")
        );
        assert_eq!(
            show("<string>", "if x:", &e(5)),
            format!(
                "  File \"<string>\", line 1\n    if x:\n         ^\nIndentationError: {msg}\n"
            )
        );
        assert_eq!(
            show("<string>", "if x:\n", &e(6)),
            format!("  File \"<string>\", line 2\n    \n    ^\nIndentationError: {msg}\n")
        );
    }

    #[test]
    fn invalid_syntax_at_eof_without_newline() {
        assert_eq!(
            show("/tmp/x.py", "x = 1 +", &syn("invalid syntax", 7, 7)),
            "  File \"/tmp/x.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn tab_inside_line_is_kept() {
        assert_eq!(
            show("/tmp/x.py", "x = 1\t2 3\n", &syn("invalid syntax", 6, 7)),
            "  File \"/tmp/x.py\", line 1\n    x = 1\t2 3\n          ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn crlf_and_form_feed() {
        assert_eq!(
            show("/tmp/x.py", "x = 1 2\r\n", &syn("invalid syntax", 6, 7)),
            "  File \"/tmp/x.py\", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n"
        );
        assert_eq!(
            show("/tmp/x.py", "\x0cx = 1 2\n", &syn("invalid syntax", 7, 8)),
            "  File \"/tmp/x.py\", line 1\n    x = 1 2\n          ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn null_bytes() {
        let e = syn("source code cannot contain null bytes", 11, 12);
        assert_eq!(
            show("/tmp/x.py", "x = 1\ny = 2\0 + 3\n", &e),
            "  File \"/tmp/x.py\", line 2\n    y = 2\n\
             SyntaxError: source code cannot contain null bytes\n"
        );
    }

    #[test]
    fn out_of_range_span_does_not_panic() {
        let f = SourceFile::new("<string>", "é\n");
        for (s, e) in [(1, 1), (1, 9), (50, 40), (0, 0), (3, 3)] {
            let _ = format_python(&f, &syn("x", s, e));
            let _ = render_fancy(&f, &syn("x", s, e), false);
        }
        let _ = format_python(&SourceFile::new("a", ""), &syn("x", 0, 0));
    }

    #[test]
    fn fancy_mentions_class_message_and_label() {
        let f = SourceFile::new("x.py", "if x\n  pass\n");
        let out = render_fancy(&f, &syn("expected ':'", 4, 5), false);
        assert!(out.contains("SyntaxError: expected ':'"), "{out}");
        assert!(out.contains("x.py"), "{out}");
        assert!(out.contains("if x"), "{out}");
    }
}
