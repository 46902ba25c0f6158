//! The `time` module. `sleep` goes through the blocking door (the GIL is released). Local
//! time comes from the C library (`localtime_r`, `mktime`), which reads TZ; formatting and
//! parsing are pyth's own (time_format.rs). `struct_time` is a struct sequence
//! (stdlib/_structseq.py).

use crate::objects::heap::Rc;
use std::time::Duration;

use super::time_format::{self, Tm};
use super::{new_native_module, set};
use crate::builtins::args::{exact, range};
use crate::objects::Value;
use crate::objects::function::Args;
use crate::objects::module::Module;
use crate::vm::{PyResult, Vm};

pub fn module(vm: &mut Vm) -> Rc<Module> {
    let m = new_native_module(
        vm,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("monotonic", perf_counter),
            ("monotonic_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("sleep", sleep),
            ("gmtime", gmtime),
            ("localtime", localtime),
            ("mktime", mktime),
            ("asctime", asctime),
            ("ctime", ctime),
            ("strftime", strftime),
            ("strptime", strptime),
            ("_strptime_parts", strptime_parts),
            ("tzset", tzset),
        ],
    );
    // struct_time is made on first use (`module_getattr`): building it runs Python code,
    // which programs that only sleep or read clocks never need.
    m.dict.set_str(
        "__getattr__",
        crate::builtins::native("__getattr__", module_getattr),
    );
    set_zone_attributes(&m);
    m
}

/// The module's `__getattr__` (PEP 562): `struct_time`, a struct sequence
/// (stdlib/_structseq.py), made and kept in the module on first use.
fn module_getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "__getattr__", 1)?;
    let name = a[0].as_str().unwrap_or("").to_string();
    if name != "struct_time" {
        return Err(vm.attribute_error(format!("module 'time' has no attribute '{name}'")));
    }
    let make = vm.import_module("_structseq")?;
    let make = vm.get_attr(&make, "structseq")?;
    let names = |items: &[&str]| Value::tuple(items.iter().map(|s| Value::str(s)).collect());
    let struct_time = vm.call0(
        &make,
        &[
            Value::str("struct_time"),
            Value::str("time"),
            names(&[
                "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                "tm_yday", "tm_isdst",
            ]),
            names(&["tm_zone", "tm_gmtoff"]),
        ],
    )?;
    if let Value::Module(m) = vm.import_module("time")? {
        set(&m, "struct_time", struct_time.clone());
    }
    Ok(struct_time)
}

unsafe extern "C" {
    /// POSIX tzset(3) (the libc crate does not declare it).
    #[link_name = "tzset"]
    fn tzset_c();
}

/// `timezone`, `altzone`, `daylight` and `tzname`, from the local offsets of January 1st and
/// July 1st of this year (as CPython computes them).
fn set_zone_attributes(m: &Rc<Module>) {
    // SAFETY: tzset only (re)reads TZ into the C library's zone state; it runs with the GIL
    // held, like every other use of that state in pyth.
    unsafe { tzset_c() };
    let (jan, jul) = january_july();
    let jan_west = -jan.gmtoff.unwrap_or(0);
    let jul_west = -jul.gmtoff.unwrap_or(0);
    let jan_name = jan.zone.clone().unwrap_or_default();
    let jul_name = jul.zone.clone().unwrap_or_default();
    let (timezone, altzone, names) = if jan_west < jul_west {
        // Southern hemisphere: January is summer.
        (jul_west, jan_west, (jul_name, jan_name))
    } else {
        (jan_west, jul_west, (jan_name, jul_name))
    };
    set(m, "timezone", Value::Int(timezone));
    set(m, "altzone", Value::Int(altzone));
    set(m, "daylight", Value::Int((jan_west != jul_west) as i64));
    set(
        m,
        "tzname",
        Value::tuple(vec![Value::string(names.0), Value::string(names.1)]),
    );
}

fn january_july() -> (Tm, Tm) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let year = time_format::gm_tm(now).year;
    let jan = time_format::days_from_civil(year, 1, 1) * 86_400;
    let jul = time_format::days_from_civil(year, 7, 1) * 86_400;
    (
        local_tm(jan).unwrap_or_else(|| time_format::gm_tm(jan)),
        local_tm(jul).unwrap_or_else(|| time_format::gm_tm(jul)),
    )
}

/// The local zone's (standard, daylight) names, for strptime's `%Z`.
pub fn local_tznames() -> (String, String) {
    let (jan, jul) = january_july();
    let (a, b) = (jan.zone.unwrap_or_default(), jul.zone.unwrap_or_default());
    if jan.gmtoff > jul.gmtoff {
        (b, a)
    } else {
        (a, b)
    }
}

/// Local broken-down time of a timestamp, or None if the C library cannot represent it.
pub fn local_tm(secs: i64) -> Option<Tm> {
    #[allow(clippy::useless_conversion)] // time_t is not i64 on every target
    let t: libc::time_t = secs.try_into().ok()?;
    // SAFETY: `tm` is plain data, all-zero is valid; localtime_r fills it from `t` and
    // returns null on failure. tm_zone points into the C library's static zone names, read
    // at once below.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return None;
        }
        let zone = if tm.tm_zone.is_null() {
            None
        } else {
            Some(
                std::ffi::CStr::from_ptr(tm.tm_zone)
                    .to_string_lossy()
                    .into_owned(),
            )
        };
        Some(Tm {
            year: tm.tm_year as i64 + 1900,
            mon: tm.tm_mon as i64 + 1,
            mday: tm.tm_mday as i64,
            hour: tm.tm_hour as i64,
            min: tm.tm_min as i64,
            sec: tm.tm_sec as i64,
            wday: (tm.tm_wday as i64 + 6) % 7,
            yday: tm.tm_yday as i64 + 1,
            isdst: tm.tm_isdst as i64,
            zone,
            gmtoff: Some(tm.tm_gmtoff as i64),
        })
    }
}

/// The timestamp of a local broken-down time (C's mktime: out-of-range fields roll
/// over), or None if it cannot be represented.
pub fn local_mktime(t: &Tm) -> Option<i64> {
    let field = |v: i64| -> Option<libc::c_int> { v.try_into().ok() };
    // SAFETY: `tm` is plain data, all-zero is valid; mktime only reads and normalises it.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        tm.tm_year = field(t.year - 1900)?;
        tm.tm_mon = field(t.mon - 1)?;
        tm.tm_mday = field(t.mday)?;
        tm.tm_hour = field(t.hour)?;
        tm.tm_min = field(t.min)?;
        tm.tm_sec = field(t.sec)?;
        tm.tm_isdst = field(t.isdst)?;
        // mktime returns -1 both for an error and for one second before the epoch: a
        // weekday it did not overwrite tells them apart.
        tm.tm_wday = -1;
        let r = libc::mktime(&mut tm);
        if r == -1 && tm.tm_wday == -1 {
            return None;
        }
        Some(r as i64)
    }
}

fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.import_module("time")?;
    vm.get_attr(&m, "struct_time")
}

fn make_struct_time(vm: &mut Vm, tm: &Tm) -> PyResult<Value> {
    let cls = struct_time_class(vm)?;
    let items = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int(tm.wday),
        Value::Int(tm.yday),
        Value::Int(tm.isdst),
        tm.zone.clone().map_or(Value::None, Value::string),
        tm.gmtoff.map_or(Value::None, Value::Int),
    ];
    vm.call0(&cls, &[Value::tuple(items)])
}

/// A time tuple argument (a 9-tuple or a struct_time; the latter also gives its zone).
fn tm_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Tm> {
    let (items, is_struct) = match v {
        Value::Tuple(t) => ((**t).clone(), false),
        _ => match vm.unwrap_builtin(v) {
            Some(Value::Tuple(t)) => ((*t).clone(), true),
            _ => return Err(vm.type_error("Tuple or struct_time argument required")),
        },
    };
    if items.len() != 9 {
        return Err(vm.type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = match item {
            Value::Float(_) => {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            _ => vm.to_index(item)?,
        };
    }
    let mut tm = Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
        zone: None,
        gmtoff: None,
    };
    if is_struct {
        if let Value::Str(z) = vm.get_attr(v, "tm_zone")? {
            tm.zone = Some(z.as_str().to_string());
        }
        if let Value::Int(off) = vm.get_attr(v, "tm_gmtoff")? {
            tm.gmtoff = Some(off);
        }
    }
    Ok(tm)
}

/// CPython's checks of a time tuple before formatting (`checktm` and strftime's fix-ups:
/// month, day and day of year 0 mean 1).
fn check_tm(vm: &Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let checks: [(bool, &str); 7] = [
        ((1..=12).contains(&tm.mon), "month out of range"),
        ((1..=31).contains(&tm.mday), "day of month out of range"),
        ((0..=23).contains(&tm.hour), "hour out of range"),
        ((0..=59).contains(&tm.min), "minute out of range"),
        ((0..=61).contains(&tm.sec), "seconds out of range"),
        (tm.wday >= 0, "day of week out of range"),
        ((1..=366).contains(&tm.yday), "day of year out of range"),
    ];
    for (ok, msg) in checks {
        if !ok {
            return Err(vm.value_error(msg));
        }
    }
    tm.wday %= 7;
    tm.isdst = tm.isdst.clamp(-1, 1);
    Ok(())
}

/// A timestamp argument in whole seconds (floats floored), or now if absent or None.
fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(vm.shared.gil.scheduler.wall_clock().as_secs() as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            let fl = f.floor();
            if !(fl >= i64::MIN as f64 && fl < i64::MAX as f64) {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(fl as i64)
        }
        Some(v) => match vm.to_index(v) {
            Ok(n) => Ok(n),
            Err(e)
                if e.is_instance_of(&vm.types().overflow_error.clone())
                    || e.is_instance_of(&vm.types().index_error.clone()) =>
            {
                Err(vm.overflow_error("timestamp out of range for platform time_t"))
            }
            Err(e) => Err(e),
        },
    }
}

/// Years C's `struct tm` can hold (an int year after 1900).
fn check_year_range(vm: &Vm, secs: i64) -> PyResult<()> {
    // About ±67 billion years: past this the year overflows a C int.
    const LIMIT: i64 = 67_767_976_233_316_800;
    if !(-LIMIT..=LIMIT).contains(&secs) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(())
}

fn gmtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "gmtime", 0, 1)?;
    let secs = seconds_arg(vm, a.first())?;
    check_year_range(vm, secs)?;
    let tm = time_format::gm_tm(secs);
    make_struct_time(vm, &tm)
}

fn localtime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "localtime", 0, 1)?;
    let secs = seconds_arg(vm, a.first())?;
    check_year_range(vm, secs)?;
    let tm = local_tm(secs)
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    make_struct_time(vm, &tm)
}

fn mktime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "mktime", 1)?;
    let tm = tm_arg(vm, &a[0], "mktime")?;
    let secs =
        local_mktime(&tm).ok_or_else(|| vm.overflow_error("mktime argument out of range"))?;
    Ok(Value::Float(secs as f64))
}

fn asctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "asctime", 0, 1)?;
    let mut tm = match a.first() {
        Some(v) => tm_arg(vm, v, "asctime")?,
        None => {
            let now = seconds_arg(vm, None)?;
            local_tm(now).unwrap_or_else(|| time_format::gm_tm(now))
        }
    };
    check_tm(vm, &mut tm)?;
    Ok(Value::string(time_format::asctime(&tm)))
}

fn ctime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "ctime", 0, 1)?;
    let secs = seconds_arg(vm, a.first())?;
    check_year_range(vm, secs)?;
    let tm = local_tm(secs)
        .ok_or_else(|| vm.overflow_error("timestamp out of range for platform time_t"))?;
    Ok(Value::string(time_format::asctime(&tm)))
}

fn strftime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = range(vm, args, "strftime", 1, 2)?;
    let Value::Str(fmt) = &a[0] else {
        return Err(vm.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    let mut tm = match a.get(1) {
        Some(v) => tm_arg(vm, v, "strftime")?,
        None => {
            let now = seconds_arg(vm, None)?;
            local_tm(now).unwrap_or_else(|| time_format::gm_tm(now))
        }
    };
    check_tm(vm, &mut tm)?;
    if tm.zone.is_none() {
        // A plain tuple: the local zone's name for its DST flag, as the C library does.
        let names = local_tznames();
        tm.zone = Some(if tm.isdst > 0 { names.1 } else { names.0 });
        tm.gmtoff = Some(0);
    }
    let epoch = |t: &Tm| local_mktime(t).unwrap_or(-1);
    Ok(Value::string(time_format::strftime(
        fmt.as_str(),
        &tm,
        &epoch,
    )))
}

fn strptime_args(vm: &mut Vm, args: &Args) -> PyResult<time_format::Parsed> {
    let a = range(vm, args, "strptime", 1, 2)?;
    let text = match &a[0] {
        Value::Str(s) => s.as_str().to_string(),
        v => {
            return Err(vm.type_error(format!(
                "strptime() argument 0 must be str, not <class '{}'>",
                vm.type_name(v)
            )));
        }
    };
    let fmt = match a.get(1) {
        None => "%a %b %d %H:%M:%S %Y".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "strptime() argument 1 must be str, not <class '{}'>",
                vm.type_name(v)
            )));
        }
    };
    time_format::strptime(&text, &fmt).map_err(|msg| vm.value_error(msg))
}

fn strptime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut parsed = strptime_args(vm, args)?;
    parsed.tm.zone = parsed.tzname.clone();
    make_struct_time(vm, &parsed.tm)
}

/// For datetime.strptime: (year, month, day, hour, minute, second, microsecond,
/// utcoffset seconds or None, utcoffset microseconds, zone name or None).
fn strptime_parts(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = strptime_args(vm, args)?;
    let (off, off_us) = match p.utcoffset {
        Some((s, us)) => (Value::Int(s), Value::Int(us)),
        None => (Value::None, Value::Int(0)),
    };
    Ok(Value::tuple(vec![
        Value::Int(p.tm.year),
        Value::Int(p.tm.mon),
        Value::Int(p.tm.mday),
        Value::Int(p.tm.hour),
        Value::Int(p.tm.min),
        Value::Int(p.tm.sec),
        Value::Int(p.microsecond),
        off,
        off_us,
        p.tzname.map_or(Value::None, Value::string),
    ]))
}

fn tzset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "tzset", 0)?;
    let m = vm.import_module("time")?;
    if let Value::Module(m) = m {
        set_zone_attributes(&m);
    }
    Ok(Value::None)
}

fn cpu_clock(clock: libc::clockid_t) -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid struct we pass.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    )
}

fn process_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "process_time", 0)?;
    Ok(Value::Float(
        cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID).as_secs_f64(),
    ))
}

fn process_time_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "process_time_ns", 0)?;
    Ok(Value::from_bigint(
        cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID).as_nanos().into(),
    ))
}

fn thread_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "thread_time", 0)?;
    Ok(Value::Float(
        cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID).as_secs_f64(),
    ))
}

fn thread_time_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact(vm, args, "thread_time_ns", 0)?;
    Ok(Value::from_bigint(
        cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID).as_nanos().into(),
    ))
}

fn time(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(
        vm.shared.gil.scheduler.wall_clock().as_secs_f64(),
    ))
}

fn time_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::from_bigint(
        vm.shared.gil.scheduler.wall_clock().as_nanos().into(),
    ))
}

fn perf_counter(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::Float(
        vm.shared.gil.scheduler.monotonic().as_secs_f64(),
    ))
}

fn perf_counter_ns(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::from_bigint(
        vm.shared.gil.scheduler.monotonic().as_nanos().into(),
    ))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = exact(vm, args, "sleep", 1)?;
    let nanos = seconds_to_nanos(vm, &a[0])?;
    if nanos < 0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let end = vm.shared.gil.scheduler.monotonic() + Duration::from_nanos(nanos as u64);
    loop {
        let now = vm.shared.gil.scheduler.monotonic();
        let left = end.saturating_sub(now);
        let ctx = vm.wait_context();
        let scheduler = vm.shared.gil.scheduler.clone();
        let r = vm.release_gil_while(move || scheduler.sleep(&ctx, left));
        if r != crate::vm::thread::WaitResult::Interrupted {
            return Ok(Value::None);
        }
        // A signal handler ran (or raised): a handler that returns lets the sleep go on
        // for the time left (PEP 475).
        vm.take_signal()?;
        if vm.shared.gil.scheduler.monotonic() >= end {
            return Ok(Value::None);
        }
    }
}

const NANOS_PER_SEC: i64 = 1_000_000_000;

/// A number of seconds from Python (`time.sleep`, lock and urlopen timeouts) as nanoseconds
/// in CPython's `_PyTime_t` range (an i64), with CPython's errors: NaN is a ValueError, a
/// float out of range "timestamp out of range for platform time_t", an int out of range
/// "timestamp too large to convert to C _PyTime_t". Floats round away from zero, as
/// CPython's timeouts do. Every `Duration` made from a user's number comes through here.
pub fn seconds_to_nanos(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(f) = v {
        return float_seconds_to_nanos(vm, *f);
    }
    let secs = match vm.to_index(v) {
        Ok(secs) => secs,
        Err(e) if e.is_instance_of(&vm.types().index_error.clone()) => {
            return Err(int_too_large(vm));
        }
        Err(e) => return Err(e),
    };
    secs.checked_mul(NANOS_PER_SEC)
        .ok_or_else(|| int_too_large(vm))
}

fn float_seconds_to_nanos(vm: &Vm, secs: f64) -> PyResult<i64> {
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    let nanos = secs * NANOS_PER_SEC as f64;
    let nanos = if nanos >= 0.0 {
        nanos.ceil()
    } else {
        nanos.floor()
    };
    // As CPython's range check: the bounds are i64's, as doubles (2**63 itself passes and
    // saturates below).
    if !((i64::MIN as f64) <= nanos && nanos <= (i64::MAX as f64)) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(nanos as i64)
}

fn int_too_large(vm: &Vm) -> crate::vm::PyErr {
    vm.overflow_error("timestamp too large to convert to C _PyTime_t")
}

/// `Instant::now() + nanos`, or `None` (wait forever) past what the clock can represent.
pub fn deadline_after(nanos: i64) -> Option<std::time::Instant> {
    std::time::Instant::now().checked_add(Duration::from_nanos(nanos.max(0) as u64))
}
