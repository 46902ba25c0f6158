//! Python regular-expression syntax translated into fancy-regex's, checking on the way what
//! CPython's parser rejects, with its messages and positions (in code points).
//!
//! What differs: `(?P=name)` (a backreference), `\Z` (fancy's `\z`), `$` (Python's also
//! matches before a final newline), octal escapes, a `{` that does not start a repeat (a
//! literal), `[` `&` `~` inside a class (literals in Python, set operators in fancy),
//! `re.VERBOSE` (stripped here, so that whitespace inside classes stays literal), `re.ASCII`
//! (`\d`, `\w`, `\s`, `\b` limited to ASCII) and the global inline flags.

pub const IGNORECASE: i64 = 2;
pub const LOCALE: i64 = 4;
pub const UNICODE: i64 = 32;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;
pub const VERBOSE: i64 = 64;
pub const ASCII: i64 = 256;

/// A pattern CPython would reject: the message and the code-point position.
pub struct SyntaxError {
    pub msg: String,
    pub pos: usize,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        msg: msg.into(),
        pos,
    })
}

pub struct Translated {
    /// The pattern in fancy-regex syntax (flags included).
    pub regex: String,
    /// The flags after the inline ones were added (with UNICODE unless ASCII).
    pub flags: i64,
    pub groups: usize,
    /// Named groups and their numbers.
    pub names: Vec<(String, usize)>,
}

/// What the previous item was, for the repeat checks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// Start of the pattern or of a group, or after `|`: nothing to repeat.
    Nothing,
    Atom,
    Repeat,
    /// A repeat already made lazy or possessive.
    ModifiedRepeat,
}

fn flag_of(c: char) -> Option<i64> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        'u' => UNICODE,
        _ => return None,
    })
}

/// `bytes`: a bytes pattern (given as latin-1 text): ASCII classes, no UNICODE flag.
pub fn translate(pattern: &str, mut flags: i64, bytes: bool) -> Result<Translated, SyntaxError> {
    let p: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    // Global inline flags: only at the very start (CPython 3.11 rejects them elsewhere).
    while p.get(i) == Some(&'(') && p.get(i + 1) == Some(&'?') {
        let mut j = i + 2;
        let mut f = 0;
        while let Some(v) = p.get(j).and_then(|&c| flag_of(c)) {
            f |= v;
            j += 1;
        }
        if j > i + 2 && p.get(j) == Some(&')') {
            flags |= f;
            i = j + 1;
        } else {
            break;
        }
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return err("ASCII and UNICODE flags are incompatible", 0);
    }
    if bytes && flags & UNICODE != 0 {
        return err("cannot use UNICODE flag with a bytes pattern", 0);
    }
    if flags & ASCII == 0 && !bytes {
        flags |= UNICODE;
    }
    let t = Translator {
        p,
        i,
        out: String::with_capacity(pattern.len() + 8),
        verbose: flags & VERBOSE != 0,
        ascii: bytes || flags & ASCII != 0,
        multiline: flags & MULTILINE != 0,
        groups: 0,
        open: Vec::new(),
        closed: Vec::new(),
        names: Vec::new(),
        prev: Prev::Nothing,
    };
    let (body, groups, names) = t.run()?;
    let mut regex = String::new();
    let mut prefix = String::new();
    if flags & IGNORECASE != 0 {
        prefix.push('i');
    }
    if flags & MULTILINE != 0 {
        prefix.push('m');
    }
    if flags & DOTALL != 0 {
        prefix.push('s');
    }
    if !prefix.is_empty() {
        regex.push_str(&format!("(?{prefix})"));
    }
    regex.push_str(&body);
    Ok(Translated {
        regex,
        flags,
        groups,
        names,
    })
}

struct Translator {
    p: Vec<char>,
    i: usize,
    out: String,
    verbose: bool,
    ascii: bool,
    multiline: bool,
    groups: usize,
    /// Positions of the open parentheses, with the group number they open (if any) and
    /// whether VERBOSE was on before them (a scoped `(?x:...)` changes it until `)`).
    open: Vec<(usize, Option<usize>, bool)>,
    /// Numbers of the groups already closed (a backreference may only name those).
    closed: Vec<usize>,
    names: Vec<(String, usize)>,
    prev: Prev,
}

type Out = (String, usize, Vec<(String, usize)>);

impl Translator {
    fn peek(&self, k: usize) -> Option<char> {
        self.p.get(self.i + k).copied()
    }

    fn run(mut self) -> Result<Out, SyntaxError> {
        while let Some(c) = self.peek(0) {
            let at = self.i;
            if self.verbose && (c.is_whitespace() || c == '#') {
                if c == '#' {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.i += 1;
                    }
                }
                self.i += 1;
                continue;
            }
            match c {
                '\\' => {
                    // Anchors (`\A`, `\Z`, `\b`, `\B`) cannot be repeated.
                    let anchor = matches!(self.peek(1), Some('A' | 'Z' | 'b' | 'B'));
                    self.escape(false)?;
                    self.prev = if anchor { Prev::Nothing } else { Prev::Atom };
                }
                '[' => {
                    self.class()?;
                    self.prev = Prev::Atom;
                }
                '(' => self.open_paren()?,
                ')' => {
                    let Some((_, group, verbose)) = self.open.pop() else {
                        return err("unbalanced parenthesis", at);
                    };
                    self.verbose = verbose;
                    if let Some(g) = group {
                        self.closed.push(g);
                    }
                    self.out.push(')');
                    self.i += 1;
                    self.prev = Prev::Atom;
                }
                '*' | '+' | '?' => {
                    match self.prev {
                        Prev::Nothing => return err("nothing to repeat", at),
                        Prev::Repeat if c != '*' => {
                            self.out.push(c);
                            self.i += 1;
                            self.prev = Prev::ModifiedRepeat;
                            continue;
                        }
                        Prev::Repeat | Prev::ModifiedRepeat => {
                            return err("multiple repeat", at);
                        }
                        Prev::Atom => {}
                    }
                    self.out.push(c);
                    self.i += 1;
                    self.prev = Prev::Repeat;
                }
                '{' => match self.repeat_braces() {
                    Some((text, len)) => {
                        match self.prev {
                            Prev::Nothing => return err("nothing to repeat", at),
                            Prev::Repeat | Prev::ModifiedRepeat => {
                                return err("multiple repeat", at);
                            }
                            Prev::Atom => {}
                        }
                        let bounds: Vec<u64> = text
                            .trim_matches(|c| c == '{' || c == '}')
                            .split(',')
                            .filter_map(|n| n.parse().ok())
                            .collect();
                        if bounds.len() == 2 && bounds[0] > bounds[1] {
                            return err("min repeat greater than max repeat", at + 1);
                        }
                        self.out.push_str(&text);
                        self.i += len;
                        self.prev = Prev::Repeat;
                    }
                    None => {
                        self.out.push_str("\\{");
                        self.i += 1;
                        self.prev = Prev::Atom;
                    }
                },
                '}' => {
                    self.out.push_str("\\}");
                    self.i += 1;
                    self.prev = Prev::Atom;
                }
                '|' => {
                    self.out.push('|');
                    self.i += 1;
                    self.prev = Prev::Nothing;
                }
                '$' => {
                    // Without MULTILINE, Python's `$` also matches before a final newline.
                    self.out
                        .push_str(if self.multiline { "$" } else { "(?=\\n?\\z)" });
                    self.i += 1;
                    self.prev = Prev::Nothing;
                }
                '^' => {
                    self.out.push('^');
                    self.i += 1;
                    self.prev = Prev::Nothing;
                }
                _ => {
                    self.literal(c);
                    self.i += 1;
                    self.prev = Prev::Atom;
                }
            }
        }
        if let Some(&(at, _, _)) = self.open.last() {
            return err("missing ), unterminated subpattern", at);
        }
        Ok((self.out, self.groups, self.names))
    }

    fn literal(&mut self, c: char) {
        self.out.push(c);
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the cursor: the fancy-regex text and its length.
    fn repeat_braces(&self) -> Option<(String, usize)> {
        let mut j = 1;
        let mut lo = String::new();
        while let Some(c) = self.peek(j).filter(char::is_ascii_digit) {
            lo.push(c);
            j += 1;
        }
        let mut hi = None;
        if self.peek(j) == Some(',') {
            j += 1;
            let mut h = String::new();
            while let Some(c) = self.peek(j).filter(char::is_ascii_digit) {
                h.push(c);
                j += 1;
            }
            hi = Some(h);
        }
        if self.peek(j) != Some('}') || (lo.is_empty() && hi.is_none()) {
            return None;
        }
        let lo = if lo.is_empty() { "0".to_string() } else { lo };
        let text = match hi {
            None => format!("{{{lo}}}"),
            Some(h) if h.is_empty() => format!("{{{lo},}}"),
            Some(h) => format!("{{{lo},{h}}}"),
        };
        Some((text, j + 1))
    }

    fn open_paren(&mut self) -> Result<(), SyntaxError> {
        let at = self.i;
        if self.peek(1) != Some('?') {
            self.groups += 1;
            self.open.push((at, Some(self.groups), self.verbose));
            self.out.push('(');
            self.i += 1;
            self.prev = Prev::Nothing;
            return Ok(());
        }
        let rest: String = self.p[at + 2..].iter().take(3).collect();
        if rest.starts_with("P<") {
            let start = at + 4;
            let name = self.read_name(start, '>')?;
            if self.names.iter().any(|(n, _)| *n == name) {
                return err(
                    format!(
                        "redefinition of group name '{name}' as group {}; was group {}",
                        self.groups + 1,
                        self.names
                            .iter()
                            .find(|(n, _)| *n == name)
                            .map_or(0, |x| x.1)
                    ),
                    start,
                );
            }
            self.groups += 1;
            self.names.push((name.clone(), self.groups));
            self.open.push((at, Some(self.groups), self.verbose));
            self.out.push_str(&format!("(?P<{name}>"));
            self.i = start + name.chars().count() + 1;
            self.prev = Prev::Nothing;
            return Ok(());
        }
        if rest.starts_with("P=") {
            let start = at + 4;
            let name = self.read_name(start, ')')?;
            let Some(&(_, g)) = self.names.iter().find(|(n, _)| *n == name) else {
                return err(format!("unknown group name '{name}'"), start);
            };
            if !self.closed.contains(&g) {
                return err("cannot refer to an open group", at);
            }
            self.out.push_str(&format!("(?:\\{g})"));
            self.i = start + name.chars().count() + 1;
            self.prev = Prev::Atom;
            return Ok(());
        }
        if rest.starts_with('#') {
            let mut j = at + 3;
            while j < self.p.len() && self.p[j] != ')' {
                j += 1;
            }
            if j >= self.p.len() {
                return err("missing ), unterminated comment", at);
            }
            self.i = j + 1;
            return Ok(());
        }
        for opener in ["<=", "<!", ":", "=", "!", ">", "("] {
            if rest.starts_with(opener) {
                self.open.push((at, None, self.verbose));
                let text = format!("(?{opener}");
                self.out.push_str(if opener == "(" { "(?" } else { &text });
                self.i = at + 2 + if opener == "(" { 0 } else { opener.len() };
                self.prev = Prev::Nothing;
                return Ok(());
            }
        }
        // Scoped flags: (?imsx-imsx:...); `a`, `u` and `L` are dropped.
        let mut j = at + 2;
        let mut text = String::from("(?");
        let mut turning_off = false;
        let mut verbose = self.verbose;
        while let Some(&c) = self.p.get(j) {
            if flag_of(c).is_some() {
                if c == 'x' {
                    verbose = !turning_off;
                } else if !matches!(c, 'a' | 'u' | 'L') {
                    text.push(c);
                }
                j += 1;
            } else if c == '-' {
                turning_off = true;
                text.push(c);
                j += 1;
            } else {
                break;
            }
        }
        match self.p.get(j) {
            Some(':') if j > at + 2 => {
                text.push(':');
                let text = text.replace("(?-:", "(?:");
                self.open.push((at, None, self.verbose));
                self.verbose = verbose;
                self.out.push_str(&text);
                self.i = j + 1;
                self.prev = Prev::Nothing;
                Ok(())
            }
            Some(')') if j > at + 2 => err("global flags not at the start of the expression", at),
            Some(&c) => err(format!("unknown extension ?{c}"), at + 1),
            None => err("unexpected end of pattern", j),
        }
    }

    /// A group name ending at `end`; must be an identifier.
    fn read_name(&self, start: usize, end: char) -> Result<String, SyntaxError> {
        let mut j = start;
        let mut name = String::new();
        while let Some(&c) = self.p.get(j) {
            if c == end {
                break;
            }
            name.push(c);
            j += 1;
        }
        if j >= self.p.len() {
            return err(format!("missing {end}, unterminated name"), start);
        }
        if name.is_empty() {
            return err("missing group name", start);
        }
        let mut chars = name.chars();
        let first = chars.next().unwrap_or('0');
        if !(first.is_alphabetic() || first == '_')
            || !chars.all(|c| c.is_alphanumeric() || c == '_')
        {
            return err(format!("bad character in group name '{name}'"), start);
        }
        Ok(name)
    }

    /// A character class `[...]`.
    fn class(&mut self) -> Result<(), SyntaxError> {
        let start = self.i;
        self.out.push('[');
        self.i += 1;
        if self.peek(0) == Some('^') {
            self.out.push('^');
            self.i += 1;
        }
        if self.peek(0) == Some(']') {
            self.out.push_str("\\]");
            self.i += 1;
        }
        loop {
            let Some(c) = self.peek(0) else {
                return err("unterminated character set", start);
            };
            if c == '\\'
                && let Some(d) = self.peek(1).filter(|d| "dDwWsS".contains(*d))
                && self.peek(2) == Some('-')
                && let Some(hi) = self.peek(3).filter(|&h| h != ']')
            {
                return err(format!("bad character range \\{d}-{hi}"), self.i);
            }
            if c != '\\'
                && self.peek(1) == Some('-')
                && let Some(hi) = self.peek(2).filter(|&h| h != ']' && h != '\\')
                && hi < c
            {
                return err(format!("bad character range {c}-{hi}"), self.i);
            }
            match c {
                ']' => {
                    self.out.push(']');
                    self.i += 1;
                    return Ok(());
                }
                '\\' => self.escape(true)?,
                '[' | '&' | '~' => {
                    self.out.push('\\');
                    self.out.push(c);
                    self.i += 1;
                }
                '-' if self.peek(1) == Some('-') => {
                    // `--` is set difference in fancy-regex: the first `-` is a literal.
                    self.out.push_str("\\-");
                    self.i += 1;
                }
                _ => {
                    self.out.push(c);
                    self.i += 1;
                }
            }
        }
    }

    /// The escape at the cursor (a backslash), inside a class or not.
    fn escape(&mut self, in_class: bool) -> Result<(), SyntaxError> {
        let at = self.i;
        let Some(d) = self.peek(1) else {
            return err("bad escape (end of pattern)", at);
        };
        self.i += 2;
        match d {
            '0'..='7' if d == '0' || in_class || self.octal_len() == 2 => {
                // An octal escape: up to three digits (the first already read).
                let mut v = d.to_digit(8).unwrap_or(0);
                let mut n = 1;
                while n < 3
                    && let Some(x) = self.peek(0).and_then(|c| c.to_digit(8))
                {
                    v = v * 8 + x;
                    self.i += 1;
                    n += 1;
                }
                if v > 0o377 {
                    return err(
                        format!("octal escape value \\{v:o} outside of range 0-0o377"),
                        at,
                    );
                }
                self.out.push_str(&format!("\\x{{{v:x}}}"));
            }
            '1'..='9' => {
                if in_class {
                    return err(format!("bad escape \\{d}"), at);
                }
                let mut n = d.to_digit(10).unwrap_or(0) as usize;
                if let Some(x) = self.peek(0).and_then(|c| c.to_digit(10)) {
                    n = n * 10 + x as usize;
                    self.i += 1;
                }
                if !self.closed.contains(&n) {
                    if n <= self.groups {
                        return err("cannot refer to an open group", at);
                    }
                    return err(format!("invalid group reference {n}"), at + 1);
                }
                self.out.push_str(&format!("(?:\\{n})"));
            }
            'Z' if !in_class => self.out.push_str("\\z"),
            'A' if !in_class => self.out.push_str("\\A"),
            'b' if in_class => self.out.push_str("\\x08"),
            'b' | 'B' => {
                if self.ascii {
                    // fancy-regex cannot switch Unicode off inline: spell the ASCII word
                    // boundary out with look-arounds.
                    const W: &str = "[0-9A-Za-z_]";
                    self.out.push_str(&if d == 'b' {
                        format!("(?:(?<={W})(?!{W})|(?<!{W})(?={W}))")
                    } else {
                        format!("(?:(?<={W})(?={W})|(?<!{W})(?!{W}))")
                    });
                } else {
                    self.out.push('\\');
                    self.out.push(d);
                }
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                if self.ascii {
                    let set = match d.to_ascii_lowercase() {
                        'd' => "0-9",
                        'w' => "0-9A-Za-z_",
                        _ => " \\t\\n\\r\\x0B\\x0C",
                    };
                    let negated = d.is_ascii_uppercase();
                    if in_class && !negated {
                        self.out.push_str(set);
                    } else if in_class {
                        // A negated ASCII class inside a class: fancy's nested class.
                        self.out.push_str(&format!("[^{set}]"));
                    } else {
                        self.out
                            .push_str(&format!("[{}{set}]", if negated { "^" } else { "" }));
                    }
                } else {
                    self.out.push('\\');
                    self.out.push(d);
                }
            }
            'a' | 'f' | 'n' | 'r' | 't' | 'v' => {
                self.out.push('\\');
                self.out.push(d);
            }
            'x' | 'u' | 'U' => {
                let len = match d {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = (0..len).filter_map(|k| self.peek(k)).collect();
                if digits.chars().count() != len || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
                    let shown: String = std::iter::once(d)
                        .chain(digits.chars().take_while(char::is_ascii_hexdigit))
                        .collect();
                    return err(format!("incomplete escape \\{shown}"), at);
                }
                let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
                if char::from_u32(v).is_none() {
                    return err(format!("bad escape \\{d}{digits}"), at);
                }
                self.i += len;
                self.out.push_str(&format!("\\x{{{v:x}}}"));
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{c}"), at),
            c => {
                if c.is_ascii() {
                    self.out.push('\\');
                    self.out.push(c);
                } else {
                    self.out.push(c);
                }
            }
        }
        Ok(())
    }

    /// How many octal digits follow the cursor.
    fn octal_len(&self) -> usize {
        (0..2)
            .take_while(|&k| self.peek(k).is_some_and(|c| c.is_digit(8)))
            .count()
    }
}
