//! The calendar arithmetic and the `strftime`/`strptime` engines behind `time` (and, through
//! `time.strftime` and `time._strptime_parts`, behind `datetime`). Output is the C locale's,
//! as CPython's under the default locale.

/// Broken-down time as C's `struct tm`, with Python's conventions: `mon` 1..=12, `wday`
/// 0 = Monday, `yday` 1..=366.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
    /// The zone's name (tm_zone), when known.
    pub zone: Option<String>,
    /// Seconds east of UTC (tm_gmtoff), when known.
    pub gmtoff: Option<i64>,
}

pub fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (negative before).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Count in 400-year eras starting on March 1st, so the leap day ends each year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01: (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Monday = 0.
pub fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

pub fn day_of_year(year: i64, month: i64, day: i64) -> i64 {
    days_from_civil(year, month, day) - days_from_civil(year, 1, 1) + 1
}

/// UTC broken-down time of a timestamp in whole seconds.
pub fn gm_tm(secs: i64) -> Tm {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        wday: weekday(days),
        yday: day_of_year(year, mon, mday),
        isdst: 0,
        zone: Some("GMT".into()),
        gmtoff: Some(0),
    }
}

const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn day_name(wday: i64) -> &'static str {
    DAY_NAMES[wday.rem_euclid(7) as usize]
}

fn month_name(mon: i64) -> &'static str {
    MONTH_NAMES[(mon - 1).clamp(0, 11) as usize]
}

/// The ISO 8601 (year, week, weekday 1..=7) of a date.
pub fn iso_calendar(year: i64, month: i64, day: i64) -> (i64, i64, i64) {
    let days = days_from_civil(year, month, day);
    let iso_weekday = weekday(days) + 1;
    // The ISO year is the one of this week's Thursday.
    let thursday = days - (iso_weekday - 1) + 3;
    let (iso_year, _, _) = civil_from_days(thursday);
    let week = (thursday - days_from_civil(iso_year, 1, 1)) / 7 + 1;
    (iso_year, week, iso_weekday)
}

/// `asctime`'s text: `Thu Jan  1 00:00:00 1970`.
pub fn asctime(tm: &Tm) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &day_name(tm.wday)[..3],
        &month_name(tm.mon)[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// C's strftime in the C locale. Unknown directives are copied as they are, as glibc does.
/// `epoch_seconds` answers `%s` (the local timestamp of `tm`).
pub fn strftime(fmt: &str, tm: &Tm, epoch_seconds: &dyn Fn(&Tm) -> i64) -> String {
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        format_directive(&mut out, d, tm, epoch_seconds);
    }
    out
}

fn format_directive(out: &mut String, d: char, tm: &Tm, epoch_seconds: &dyn Fn(&Tm) -> i64) {
    use std::fmt::Write;
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    // Week of the year with weeks starting on Sunday (%U) or Monday (%W).
    let sunday_week = (tm.yday + 6 - (tm.wday + 1) % 7) / 7;
    let monday_week = (tm.yday + 6 - tm.wday) / 7;
    let _ = match d {
        'a' => write!(out, "{}", &day_name(tm.wday)[..3]),
        'A' => write!(out, "{}", day_name(tm.wday)),
        'b' | 'h' => write!(out, "{}", &month_name(tm.mon)[..3]),
        'B' => write!(out, "{}", month_name(tm.mon)),
        'c' => write!(out, "{}", asctime(tm)),
        'C' => write!(out, "{:02}", tm.year.div_euclid(100)),
        'd' => write!(out, "{:02}", tm.mday),
        'D' => write!(
            out,
            "{:02}/{:02}/{:02}",
            tm.mon,
            tm.mday,
            tm.year.rem_euclid(100)
        ),
        'e' => write!(out, "{:2}", tm.mday),
        'F' => write!(out, "{}-{:02}-{:02}", year4(tm.year), tm.mon, tm.mday),
        'G' | 'g' | 'V' => {
            let (iso_year, week, _) = iso_calendar(tm.year, tm.mon, tm.mday);
            match d {
                'G' => write!(out, "{}", iso_year),
                'g' => write!(out, "{:02}", iso_year.rem_euclid(100)),
                _ => write!(out, "{:02}", week),
            }
        }
        'H' => write!(out, "{:02}", tm.hour),
        'I' => write!(out, "{:02}", hour12),
        'j' => write!(out, "{:03}", tm.yday),
        'k' => write!(out, "{:2}", tm.hour),
        'l' => write!(out, "{:2}", hour12),
        'm' => write!(out, "{:02}", tm.mon),
        'M' => write!(out, "{:02}", tm.min),
        'n' => out.write_char('\n'),
        'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
        'P' => write!(out, "{}", if tm.hour < 12 { "am" } else { "pm" }),
        'r' => write!(
            out,
            "{:02}:{:02}:{:02} {}",
            hour12,
            tm.min,
            tm.sec,
            if tm.hour < 12 { "AM" } else { "PM" }
        ),
        'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
        's' => write!(out, "{}", epoch_seconds(tm)),
        'S' => write!(out, "{:02}", tm.sec),
        't' => out.write_char('\t'),
        'T' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
        'u' => write!(out, "{}", tm.wday + 1),
        'U' => write!(out, "{:02}", sunday_week),
        'w' => write!(out, "{}", (tm.wday + 1) % 7),
        'W' => write!(out, "{:02}", monday_week),
        'x' => write!(
            out,
            "{:02}/{:02}/{:02}",
            tm.mon,
            tm.mday,
            tm.year.rem_euclid(100)
        ),
        'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
        'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
        'Y' => write!(out, "{}", tm.year),
        'z' => match tm.gmtoff {
            Some(off) => {
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.abs();
                write!(out, "{sign}{:02}{:02}", off / 3600, off % 3600 / 60)
            }
            None => Ok(()),
        },
        'Z' => write!(out, "{}", tm.zone.as_deref().unwrap_or("")),
        '%' => write!(out, "%"),
        other => write!(out, "%{other}"),
    };
}

fn year4(year: i64) -> String {
    if year >= 0 {
        format!("{year:04}")
    } else {
        format!("-{:04}", -year)
    }
}

/// What `strptime` read: the fields of a struct_time plus what datetime also wants.
#[derive(Debug, Default)]
pub struct Parsed {
    pub tm: Tm,
    pub microsecond: i64,
    /// `%z`: seconds east of UTC (with the microseconds of a fractional offset).
    pub utcoffset: Option<(i64, i64)>,
    /// `%Z`: the zone name as written.
    pub tzname: Option<String>,
}

/// A strptime failure: the message of the ValueError.
pub type ParseError = String;

struct Scanner<'a> {
    text: &'a [char],
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<char> {
        self.text.get(self.pos).copied()
    }

    /// Up to `max` digits (at least one), as a number.
    fn number(&mut self, max: usize) -> Option<i64> {
        let start = self.pos;
        while self.pos - start < max && self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if self.pos == start {
            return None;
        }
        self.text[start..self.pos]
            .iter()
            .collect::<String>()
            .parse()
            .ok()
    }

    /// One of `names` (whole or 3-letter, case-insensitive); its index.
    fn name(&mut self, names: &[&str], full: bool) -> Option<usize> {
        let rest: String = self.text[self.pos..]
            .iter()
            .collect::<String>()
            .to_lowercase();
        let mut best: Option<(usize, usize)> = None;
        for (i, n) in names.iter().enumerate() {
            let candidates: &[&str] = if full { &[n] } else { &[&n[..3]] };
            for cand in candidates {
                let cand = cand.to_lowercase();
                if rest.starts_with(&cand) && best.is_none_or(|(_, len)| cand.len() > len) {
                    best = Some((i, cand.chars().count()));
                }
            }
        }
        let (i, len) = best?;
        self.pos += len;
        Some(i)
    }
}

/// Which fields the format set, to fill in the others as CPython's `_strptime` does.
#[derive(Default)]
struct Seen {
    year: Option<i64>,
    month: Option<i64>,
    day: Option<i64>,
    yday: Option<i64>,
    weekday: Option<i64>,
    hour12: Option<i64>,
    pm: Option<bool>,
    week_of_year: Option<(i64, bool)>,
}

/// Parses `text` by `fmt`, as `time.strptime` (CPython's `_strptime`): fields not in the
/// format default to 1900-01-01 00:00:00.
pub fn strptime(text: &str, fmt: &str) -> Result<Parsed, ParseError> {
    let chars: Vec<char> = text.chars().collect();
    let mut s = Scanner {
        text: &chars,
        pos: 0,
    };
    let mut p = Parsed::default();
    p.tm.isdst = -1;
    let mut seen = Seen::default();
    let no_match = || {
        format!(
            "time data {} does not match format {}",
            py_repr(text),
            py_repr(fmt)
        )
    };
    let expanded = expand_composites(fmt);
    let fchars: Vec<char> = expanded.chars().collect();
    let mut i = 0;
    while i < fchars.len() {
        let c = fchars[i];
        i += 1;
        if c.is_whitespace() {
            // Whitespace in the format matches any run of whitespace (at least one).
            while i < fchars.len() && fchars[i].is_whitespace() {
                i += 1;
            }
            if !s.peek().is_some_and(char::is_whitespace) {
                return Err(no_match());
            }
            while s.peek().is_some_and(char::is_whitespace) {
                s.pos += 1;
            }
            continue;
        }
        if c != '%' {
            if s.peek().map(|x| x.to_lowercase().eq(c.to_lowercase())) != Some(true) {
                return Err(no_match());
            }
            s.pos += 1;
            continue;
        }
        let Some(&d) = fchars.get(i) else {
            return Err(format!("stray % in format '{fmt}'"));
        };
        i += 1;
        let ok = parse_directive(&mut s, d, &mut p, &mut seen).map_err(|bad| match bad {
            DirectiveError::NoMatch => no_match(),
            DirectiveError::Bad(msg) => msg,
        })?;
        if !ok {
            return Err(no_match());
        }
    }
    if s.pos < chars.len() {
        let rest: String = chars[s.pos..].iter().collect();
        return Err(format!("unconverted data remains: {rest}"));
    }
    finish(&mut p, &seen)?;
    Ok(p)
}

enum DirectiveError {
    NoMatch,
    Bad(String),
}

/// `%c`, `%x`, `%X`, `%D`, `%T`, `%R`, `%r` as the simple directives they stand for.
fn expand_composites(fmt: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('c') => out.push_str("%a %b %d %H:%M:%S %Y"),
            Some('x') | Some('D') => out.push_str("%m/%d/%y"),
            Some('X') | Some('T') => out.push_str("%H:%M:%S"),
            Some('R') => out.push_str("%H:%M"),
            Some('r') => out.push_str("%I:%M:%S %p"),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    out
}

fn parse_directive(
    s: &mut Scanner,
    d: char,
    p: &mut Parsed,
    seen: &mut Seen,
) -> Result<bool, DirectiveError> {
    let ranged = |s: &mut Scanner, max: usize, lo: i64, hi: i64| -> Option<i64> {
        let start = s.pos;
        let n = s.number(max)?;
        if n < lo || n > hi {
            s.pos = start;
            return None;
        }
        Some(n)
    };
    // A leading space is allowed before the one-digit forms (`%e`-style days).
    let skip_space = |s: &mut Scanner| {
        if s.peek() == Some(' ') {
            s.pos += 1;
        }
    };
    match d {
        'Y' => {
            let Some(y) = s.number(4) else {
                return Ok(false);
            };
            seen.year = Some(y);
        }
        'y' => {
            let Some(y) = ranged(s, 2, 0, 99) else {
                return Ok(false);
            };
            seen.year = Some(if y < 69 { 2000 + y } else { 1900 + y });
        }
        'm' => {
            skip_space(s);
            let Some(m) = ranged(s, 2, 1, 12) else {
                return Ok(false);
            };
            seen.month = Some(m);
        }
        'd' | 'e' => {
            skip_space(s);
            let Some(v) = ranged(s, 2, 1, 31) else {
                return Ok(false);
            };
            seen.day = Some(v);
        }
        'H' | 'k' => {
            skip_space(s);
            let Some(v) = ranged(s, 2, 0, 23) else {
                return Ok(false);
            };
            p.tm.hour = v;
        }
        'I' | 'l' => {
            skip_space(s);
            let Some(v) = ranged(s, 2, 1, 12) else {
                return Ok(false);
            };
            seen.hour12 = Some(v);
        }
        'M' => {
            let Some(v) = ranged(s, 2, 0, 59) else {
                return Ok(false);
            };
            p.tm.min = v;
        }
        'S' => {
            let Some(v) = ranged(s, 2, 0, 61) else {
                return Ok(false);
            };
            p.tm.sec = v;
        }
        'f' => {
            let start = s.pos;
            if s.number(6).is_none() {
                return Ok(false);
            }
            let digits: String = s.text[start..s.pos].iter().collect();
            let padded = format!("{digits:0<6}");
            p.microsecond = padded.parse().unwrap_or(0);
        }
        'j' => {
            let Some(v) = ranged(s, 3, 1, 366) else {
                return Ok(false);
            };
            seen.yday = Some(v);
        }
        'a' | 'A' => {
            let Some(i) = s
                .name(&DAY_NAMES, d == 'A')
                .or_else(|| s.name(&DAY_NAMES, d != 'A'))
            else {
                return Ok(false);
            };
            seen.weekday = Some(i as i64);
        }
        'b' | 'B' | 'h' => {
            let Some(i) = s
                .name(&MONTH_NAMES, d == 'B')
                .or_else(|| s.name(&MONTH_NAMES, d != 'B'))
            else {
                return Ok(false);
            };
            seen.month = Some(i as i64 + 1);
        }
        'p' => {
            let Some(i) = s.name(&["AM", "PM"], true) else {
                return Ok(false);
            };
            seen.pm = Some(i == 1);
        }
        'w' => {
            let Some(v) = ranged(s, 1, 0, 6) else {
                return Ok(false);
            };
            seen.weekday = Some((v + 6) % 7);
        }
        'u' => {
            let Some(v) = ranged(s, 1, 1, 7) else {
                return Ok(false);
            };
            seen.weekday = Some(v - 1);
        }
        'U' | 'W' => {
            let Some(v) = ranged(s, 2, 0, 53) else {
                return Ok(false);
            };
            seen.week_of_year = Some((v, d == 'W'));
        }
        'z' => return parse_utcoffset(s, p),
        'Z' => {
            let start = s.pos;
            while s.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
                s.pos += 1;
            }
            let name: String = s.text[start..s.pos].iter().collect();
            let upper = name.to_uppercase();
            if upper == "UTC" || upper == "GMT" {
                p.tm.isdst = 0;
            } else if !name.is_empty() {
                let (std_name, dst_name) = super::time::local_tznames();
                if upper == std_name.to_uppercase() {
                    p.tm.isdst = 0;
                } else if upper == dst_name.to_uppercase() {
                    p.tm.isdst = 1;
                } else {
                    s.pos = start;
                    return Ok(false);
                }
            } else {
                return Ok(false);
            }
            p.tzname = Some(name);
        }
        '%' => {
            if s.peek() != Some('%') {
                return Ok(false);
            }
            s.pos += 1;
        }
        other => {
            return Err(DirectiveError::Bad(format!(
                "'{other}' is a bad directive in format '%{other}'"
            )));
        }
    }
    Ok(true)
}

/// `%z`: `Z`, `+HHMM`, `+HH:MM`, `+HHMMSS`, `+HH:MM:SS[.ffffff]`.
fn parse_utcoffset(s: &mut Scanner, p: &mut Parsed) -> Result<bool, DirectiveError> {
    if matches!(s.peek(), Some('Z') | Some('z')) {
        s.pos += 1;
        p.utcoffset = Some((0, 0));
        return Ok(true);
    }
    let sign = match s.peek() {
        Some('+') => 1,
        Some('-') => -1,
        _ => return Ok(false),
    };
    s.pos += 1;
    let two = |s: &mut Scanner| -> Option<i64> {
        let start = s.pos;
        let n = s.number(2)?;
        if s.pos - start != 2 {
            return None;
        }
        Some(n)
    };
    let Some(hours) = two(s) else {
        return Ok(false);
    };
    let colon = s.peek() == Some(':');
    if colon {
        s.pos += 1;
    }
    let Some(minutes) = two(s) else {
        return Ok(false);
    };
    let mut seconds = 0;
    let mut micros = 0;
    let has_seconds = if colon {
        s.peek() == Some(':')
    } else {
        s.peek().is_some_and(|c| c.is_ascii_digit())
    };
    if has_seconds {
        if colon {
            s.pos += 1;
        }
        let Some(sec) = two(s) else {
            return Ok(false);
        };
        seconds = sec;
        if s.peek() == Some('.') {
            s.pos += 1;
            let start = s.pos;
            if s.number(6).is_none() || s.pos - start != 6 {
                return Ok(false);
            }
            micros = s.text[start..s.pos]
                .iter()
                .collect::<String>()
                .parse()
                .unwrap_or(0);
        }
    }
    if hours > 23 || minutes > 59 || seconds > 59 {
        return Err(DirectiveError::NoMatch);
    }
    let total = hours * 3600 + minutes * 60 + seconds;
    p.utcoffset = Some((sign * total, sign * micros));
    p.tm.gmtoff = Some(sign * total);
    Ok(true)
}

fn finish(p: &mut Parsed, seen: &Seen) -> Result<(), ParseError> {
    let year = seen.year.unwrap_or(1900);
    if let Some(h) = seen.hour12 {
        p.tm.hour = match seen.pm {
            Some(true) => h % 12 + 12,
            _ => h % 12,
        };
    }
    let (mut month, mut day) = (seen.month.unwrap_or(1), seen.day.unwrap_or(1));
    if let Some(yday) = seen.yday {
        // As CPython: a day of the year decides the month and day.
        let (_, m, d) = civil_from_days(days_from_civil(year, 1, 1) + yday - 1);
        month = m;
        day = d;
    } else if let (Some((week, monday_first)), Some(wd), None) =
        (seen.week_of_year, seen.weekday, seen.day)
    {
        // The date of weekday `wd` in week `week` of the year (%U: weeks from the first
        // Sunday, %W: from the first Monday; days before it are week 0).
        let jan1 = days_from_civil(year, 1, 1);
        let first_day = if monday_first { 0 } else { 6 };
        let first_week_start = jan1 + (first_day - weekday(jan1)).rem_euclid(7);
        let offset_in_week = if monday_first { wd } else { (wd + 1) % 7 };
        let days = first_week_start + (week - 1) * 7 + offset_in_week;
        let (_, m, d) = civil_from_days(days);
        month = m;
        day = d;
    }
    if day > days_in_month(year, month) {
        return Err("day is out of range for month".into());
    }
    let days = days_from_civil(year, month, day);
    p.tm.year = year;
    p.tm.mon = month;
    p.tm.mday = day;
    // A weekday read from the text is kept as it is (CPython does not check it).
    p.tm.wday = match (seen.weekday, seen.week_of_year) {
        (Some(w), None) => w,
        _ => weekday(days),
    };
    p.tm.yday = seen.yday.unwrap_or_else(|| day_of_year(year, month, day));
    Ok(())
}

/// Python's repr of a str (for strptime's messages).
fn py_repr(s: &str) -> String {
    crate::objects::repr::str_repr(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trip() {
        for days in [-800_000, -1, 0, 1, 59, 60, 365, 10_957, 19_723, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(weekday(0), 3);
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_calendar(2024, 1, 1), (2024, 1, 1));
        assert_eq!(iso_calendar(2021, 1, 3), (2020, 53, 7));
        assert_eq!(iso_calendar(2026, 12, 31), (2026, 53, 4));
    }
}
