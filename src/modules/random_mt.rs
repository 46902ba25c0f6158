//! The engine of Python's `random` module, reproducing CPython 3.11's
//! sequences bit for bit.
//!
//! The core is the MT19937 Mersenne Twister exactly as in CPython's
//! `Modules/_randommodule.c` (seeding through `init_by_array`, 53-bit
//! `random()`, word-wise `getrandbits`), and the methods on top of it follow
//! `Lib/random.py` of CPython 3.11 line by line, so that for the same seed
//! every method consumes the same 32-bit outputs in the same order and
//! returns the same values as CPython.
//!
//! Errors carry the exact CPython message together with the Python exception
//! class that would be raised (see [`RandomError`]). Nothing in this module
//! panics, whatever the input.
//!
//! The module is self-contained: it depends only on `num-bigint` and
//! `num-traits`, and contains its own SHA-512 (needed by `seed(str)`).

use std::collections::HashSet;
use std::fmt;

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Number of 32-bit words of MT19937 state.
const N: usize = 624;
/// MT19937 middle word offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// `random.NV_MAGICCONST == 4 * exp(-0.5) / sqrt(2.0)` as CPython computes it.
const NV_MAGICCONST: f64 = 1.715_527_769_921_413_5;
/// `random.TWOPI == 2.0 * math.pi`.
const TWOPI: f64 = 2.0 * std::f64::consts::PI;

/// Largest bit count `getrandbits` accepts (its argument is a C `int`).
const MAX_BITS: u64 = i32::MAX as u64;

const MSG_C_INT: &str = "Python int too large to convert to C int";
const MSG_EMPTY_RANGE: &str = "empty range for randrange()";

/// An error raised by a `random` method: the Python exception class and
/// CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RandomError {
    /// `ValueError(msg)`.
    Value(String),
    /// `IndexError(msg)`.
    Index(String),
    /// `TypeError(msg)`.
    Type(String),
    /// `OverflowError(msg)`.
    Overflow(String),
    /// `ZeroDivisionError(msg)`.
    ZeroDivision(String),
    /// `MemoryError(msg)` (the message is empty, as in CPython).
    Memory(String),
}

impl RandomError {
    /// The name of the Python exception class, e.g. `"ValueError"`.
    pub fn exception_name(&self) -> &'static str {
        match self {
            RandomError::Value(_) => "ValueError",
            RandomError::Index(_) => "IndexError",
            RandomError::Type(_) => "TypeError",
            RandomError::Overflow(_) => "OverflowError",
            RandomError::ZeroDivision(_) => "ZeroDivisionError",
            RandomError::Memory(_) => "MemoryError",
        }
    }

    /// The exception message (what `str(exc)` gives in CPython).
    pub fn message(&self) -> &str {
        match self {
            RandomError::Value(m)
            | RandomError::Index(m)
            | RandomError::Type(m)
            | RandomError::Overflow(m)
            | RandomError::ZeroDivision(m)
            | RandomError::Memory(m) => m,
        }
    }
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.exception_name(), self.message())
    }
}

impl std::error::Error for RandomError {}

impl From<RandomError> for String {
    fn from(e: RandomError) -> String {
        e.to_string()
    }
}

fn value_err(msg: &str) -> RandomError {
    RandomError::Value(msg.to_string())
}

fn float_zero_div() -> RandomError {
    RandomError::ZeroDivision("float division by zero".to_string())
}

/// The state of one `random.Random` instance: MT19937 plus the cached
/// second value of `gauss()`.
#[derive(Clone)]
pub struct MersenneTwister {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl fmt::Debug for MersenneTwister {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MersenneTwister")
            .field("index", &self.index)
            .field("gauss_next", &self.gauss_next)
            .finish_non_exhaustive()
    }
}

impl Default for MersenneTwister {
    fn default() -> Self {
        Self::new_from_time()
    }
}

impl MersenneTwister {
    // ------------------------------------------------------------------
    // Construction and seeding
    // ------------------------------------------------------------------

    /// The state as `Random.getstate()` shows it: the 624 words, the position, the cached
    /// gauss value.
    pub fn state(&self) -> (Vec<u32>, usize, Option<f64>) {
        (self.mt.to_vec(), self.index, self.gauss_next)
    }

    /// Restores a state from [`MersenneTwister::state`]; `Err` when it is not one
    /// (wrong length, position past the end).
    pub fn set_state(
        &mut self,
        words: &[u32],
        index: usize,
        gauss_next: Option<f64>,
    ) -> Result<(), &'static str> {
        if words.len() != N {
            return Err("state vector is the wrong size");
        }
        if index > N {
            return Err("invalid state");
        }
        self.mt.copy_from_slice(words);
        self.index = index;
        self.gauss_next = gauss_next;
        Ok(())
    }

    fn unseeded() -> Self {
        MersenneTwister {
            mt: [0; N],
            index: N,
            gauss_next: None,
        }
    }

    /// A generator seeded as `random.Random()` / `random.seed(None)` does:
    /// from unpredictable entropy (the clock, the process id, a per-process
    /// random hasher key and a counter), fed through `init_by_array` with a
    /// full 624-word key as CPython does with `os.urandom`.
    pub fn new_from_time() -> Self {
        let mut g = Self::unseeded();
        g.seed_from_entropy();
        g
    }

    /// A generator seeded with the integer `n` (`random.Random(n)`).
    pub fn from_bigint(n: &BigInt) -> Self {
        let mut g = Self::unseeded();
        g.seed_bigint(n);
        g
    }

    /// A generator seeded with the integer `n` (`random.Random(n)`).
    pub fn from_u64(n: u64) -> Self {
        Self::from_bigint(&BigInt::from(n))
    }

    /// Reseeds from entropy: `random.seed()` / `random.seed(None)`.
    pub fn seed_from_entropy(&mut self) {
        use std::collections::hash_map::RandomState;
        use std::hash::{BuildHasher, Hasher};
        use std::sync::atomic::{AtomicU64, Ordering};
        static COUNTER: AtomicU64 = AtomicU64::new(0);

        let mut h = RandomState::new().build_hasher();
        if let Ok(d) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            h.write_u128(d.as_nanos());
        }
        h.write_u32(std::process::id());
        h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
        h.write_usize(self as *const Self as usize);
        let mut s = h.finish();
        // Expand with splitmix64 into a 624-word key.
        let mut key = [0u32; N];
        for pair in key.chunks_mut(2) {
            s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let mut z = s;
            z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
            z ^= z >> 31;
            pair[0] = z as u32;
            if let Some(hi) = pair.get_mut(1) {
                *hi = (z >> 32) as u32;
            }
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// `random.seed(n)` for an int `n`: seeds with `abs(n)`, split into
    /// 32-bit words least significant first. Resets the `gauss` cache.
    pub fn seed_bigint(&mut self, n: &BigInt) {
        let mut words = n.magnitude().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        self.init_by_array(&words);
        self.gauss_next = None;
    }

    /// `random.seed(n)` for a small int.
    pub fn seed_u64(&mut self, n: u64) {
        let words = [n as u32, (n >> 32) as u32];
        let used = if n >> 32 == 0 { 1 } else { 2 };
        self.init_by_array(&words[..used]);
        self.gauss_next = None;
    }

    /// `random.seed(s)` for `bytes`/`bytearray` `s` (version 2):
    /// seeds with `int.from_bytes(s + sha512(s).digest(), 'big')`.
    pub fn seed_bytes(&mut self, s: &[u8]) {
        let mut buf = Vec::with_capacity(s.len() + 64);
        buf.extend_from_slice(s);
        buf.extend_from_slice(&sha512(s));
        let n = BigInt::from_bytes_be(Sign::Plus, &buf);
        self.seed_bigint(&n);
    }

    /// `random.seed(s)` for a `str` `s` (version 2): the UTF-8 encoding of
    /// `s` is used as by [`seed_bytes`](Self::seed_bytes). (Strings holding
    /// lone surrogates make CPython raise `UnicodeEncodeError`; that is the
    /// caller's concern.)
    pub fn seed_str(&mut self, s: &str) {
        self.seed_bytes(s.as_bytes());
    }

    /// `random.seed(x)` for a float `x`: CPython 3.11 seeds with `hash(x)`
    /// reinterpreted as an unsigned 64-bit integer (no `abs`), so
    /// `seed(-1.5)` equals `seed(2**64 - hash(1.5))`. `hash(nan)` is
    /// identity based in 3.11 (unpredictable), so a NaN seeds from entropy.
    pub fn seed_f64(&mut self, x: f64) {
        if x.is_nan() {
            self.seed_from_entropy();
            return;
        }
        self.seed_u64(hash_f64(x) as u64);
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.mt;
        let mut i = 1usize;
        let mut j = 0usize;
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        self.index = N;
    }

    // ------------------------------------------------------------------
    // Core generator (C level)
    // ------------------------------------------------------------------

    /// The next raw 32-bit MT19937 output (`genrand_uint32`).
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.mt;
            let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// `random.random()`: a float in `[0.0, 1.0)` with 53 random bits.
    pub fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 128`, as a machine integer. Consumes the
    /// same words as CPython: 32-bit words least significant first, the
    /// last one shifted right by `32 - k % 32`.
    pub fn getrandbits_u128(&mut self, k: u32) -> u128 {
        let k = k.min(128);
        let mut acc: u128 = 0;
        let mut rem = k;
        let mut shift = 0u32;
        while rem > 0 {
            let mut r = self.next_u32();
            if rem < 32 {
                r >>= 32 - rem;
            }
            acc |= (r as u128) << shift;
            shift += 32;
            rem = rem.saturating_sub(32);
        }
        acc
    }

    /// `random.getrandbits(k)`: a non-negative int with `k` random bits
    /// (`getrandbits(0) == 0` in 3.11). `k` above `2**31 - 1` raises
    /// `OverflowError` as in CPython (its argument is a C `int`).
    pub fn getrandbits(&mut self, k: u64) -> Result<BigInt, RandomError> {
        if k > MAX_BITS {
            return Err(RandomError::Overflow(MSG_C_INT.to_string()));
        }
        if k <= 128 {
            return Ok(BigInt::from(self.getrandbits_u128(k as u32)));
        }
        let words = ((k - 1) / 32 + 1) as usize;
        let mut v: Vec<u32> = Vec::new();
        if v.try_reserve_exact(words).is_err() {
            return Err(RandomError::Memory(String::new()));
        }
        let mut rem = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if rem < 32 {
                r >>= 32 - rem as u32;
            }
            v.push(r);
            rem = rem.saturating_sub(32);
        }
        Ok(BigInt::from_slice(Sign::Plus, &v))
    }

    /// `random.getrandbits(k)` with a Python int `k`: negative `k` raises
    /// `ValueError('number of bits must be non-negative')`, `k` beyond a C
    /// `int` raises `OverflowError`.
    pub fn getrandbits_bigint(&mut self, k: &BigInt) -> Result<BigInt, RandomError> {
        match k.to_i32() {
            None => Err(RandomError::Overflow(MSG_C_INT.to_string())),
            Some(k) if k < 0 => Err(value_err("number of bits must be non-negative")),
            Some(k) => self.getrandbits(k as u64),
        }
    }

    /// `random.randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
    pub fn randbytes(&mut self, n: usize) -> Result<Vec<u8>, RandomError> {
        let bits = (n as u128) * 8;
        if bits > MAX_BITS as u128 {
            return Err(RandomError::Overflow(MSG_C_INT.to_string()));
        }
        let mut out: Vec<u8> = Vec::new();
        if out.try_reserve_exact(n).is_err() {
            return Err(RandomError::Memory(String::new()));
        }
        let mut rem = n;
        while rem > 0 {
            let mut r = self.next_u32();
            if rem < 4 {
                r >>= 32 - 8 * rem as u32;
            }
            let take = rem.min(4);
            out.extend_from_slice(&r.to_le_bytes()[..take]);
            rem -= take;
        }
        Ok(out)
    }

    // ------------------------------------------------------------------
    // Integer methods
    // ------------------------------------------------------------------

    /// `_randbelow_with_getrandbits(n)` for machine-sized `n`: a uniform
    /// int in `[0, n)`, by rejection on `getrandbits(n.bit_length())`.
    /// Returns 0 for `n == 0` (CPython would loop forever; callers never
    /// pass it).
    pub fn randbelow_u128(&mut self, n: u128) -> u128 {
        if n == 0 {
            return 0;
        }
        let k = 128 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u128(k);
            if r < n {
                return r;
            }
        }
    }

    /// [`randbelow_u128`](Self::randbelow_u128) for `u64`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        self.randbelow_u128(n as u128) as u64
    }

    /// `_randbelow_with_getrandbits(n)`: a uniform int in `[0, n)`.
    /// Returns 0 for `n <= 0` (CPython would loop forever or misbehave;
    /// its callers never pass such `n`). Uses machine arithmetic when `n`
    /// fits in 128 bits, with the identical sequence.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u128() {
            return BigInt::from(self.randbelow_u128(small));
        }
        let k = n.bits();
        loop {
            // k < 2**31 always holds for any int that fits in memory here;
            // on the impossible failure fall back to 0 rather than panic.
            let Ok(r) = self.getrandbits(k) else {
                return BigInt::zero();
            };
            if &r < n {
                return r;
            }
        }
    }

    /// `random.randrange(start, stop=None, step=1)` on Python ints.
    ///
    /// `stop: None` means the one-argument form; `step: None` means the
    /// default step (an explicit step of 1 is treated the same, as CPython
    /// does because small ints are cached). Converting non-integer
    /// arguments (`__index__`, the float deprecation path) is the caller's
    /// job.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, RandomError> {
        let Some(stop) = stop else {
            if let Some(s) = step
                && !s.is_one()
            {
                return Err(RandomError::Type(
                    "Missing a non-None stop argument".to_string(),
                ));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(value_err(MSG_EMPTY_RANGE));
        };
        let width = stop - start;
        let one = BigInt::one();
        let step = step.unwrap_or(&one);
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(RandomError::Value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = if step.is_positive() {
            floor_div(&(&width + step - 1), step)
        } else if step.is_negative() {
            floor_div(&(&width + step + 1), step)
        } else {
            return Err(value_err("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(value_err(MSG_EMPTY_RANGE));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// `random.randrange` on machine ints; same semantics and messages as
    /// [`randrange`](Self::randrange), no big-int allocation.
    pub fn randrange_i64(
        &mut self,
        start: i64,
        stop: Option<i64>,
        step: Option<i64>,
    ) -> Result<i64, RandomError> {
        self.randrange_i128(start as i128, stop.map(i128::from), step.map(i128::from))
    }

    /// Works for arguments within roughly `±2**100`, which covers the
    /// `i64` entry points (including `randint`'s `b + 1`).
    fn randrange_i128(
        &mut self,
        start: i128,
        stop: Option<i128>,
        step: Option<i128>,
    ) -> Result<i64, RandomError> {
        let to_i64 =
            |v: i128| i64::try_from(v).map_err(|_| RandomError::Overflow(MSG_C_INT.to_string()));
        let Some(stop) = stop else {
            if let Some(s) = step
                && s != 1
            {
                return Err(RandomError::Type(
                    "Missing a non-None stop argument".to_string(),
                ));
            }
            if start > 0 {
                return to_i64(self.randbelow_u128(start as u128) as i128);
            }
            return Err(value_err(MSG_EMPTY_RANGE));
        };
        let width = stop - start;
        let step = step.unwrap_or(1);
        if step == 1 {
            if width > 0 {
                return to_i64(start + self.randbelow_u128(width as u128) as i128);
            }
            return Err(RandomError::Value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        }
        let n = match step.signum() {
            1 => (width + step - 1).div_euclid(step),
            -1 => {
                // Floor division by a negative divisor.
                let a = width + step + 1;
                let q = a / step;
                if a % step != 0 && ((a < 0) != (step < 0)) {
                    q - 1
                } else {
                    q
                }
            }
            _ => return Err(value_err("zero step for randrange()")),
        };
        if n <= 0 {
            return Err(value_err(MSG_EMPTY_RANGE));
        }
        to_i64(start + step * self.randbelow_u128(n as u128) as i128)
    }

    /// `random.randint(a, b)` = `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        let stop = b + 1;
        self.randrange(a, Some(&stop), None)
    }

    /// `random.randint(a, b)` on machine ints.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> Result<i64, RandomError> {
        self.randrange_i128(a as i128, Some(b as i128 + 1), None)
    }

    // ------------------------------------------------------------------
    // Sequence methods
    // ------------------------------------------------------------------

    /// `random.choice(seq)` for a sequence of length `len`: the index to
    /// pick. An empty sequence gives
    /// `IndexError('Cannot choose from an empty sequence')`.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(RandomError::Index(
                "Cannot choose from an empty sequence".to_string(),
            ));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `random.shuffle(x)` in place, with CPython's exact swaps.
    pub fn shuffle<T>(&mut self, x: &mut [T]) {
        for i in (1..x.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            x.swap(i, j);
        }
    }

    /// The swaps `random.shuffle` performs on a sequence of length `len`,
    /// in order: apply `x.swap(i, j)` for each `(i, j)`.
    pub fn shuffle_swaps(&mut self, len: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(len.saturating_sub(1));
        for i in (1..len).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            out.push((i, j));
        }
        out
    }

    /// `random.sample(population, k)` for a population of length `n`: the
    /// indices of the selected elements, in selection order. Reproduces
    /// both of CPython 3.11's paths (pool-based when
    /// `n <= 21 + 4**ceil(log(3k, 4))` for `k > 5`, else set-based).
    ///
    /// `k < 0` or `k > n` gives
    /// `ValueError('Sample larger than population or is negative')`; a
    /// Python `k` outside `i64` should be mapped to the same error. The
    /// `counts=` form is `sample_indices(sum(counts), k)` followed by a
    /// bisect of each index in the cumulative counts (caller side).
    pub fn sample_indices(&mut self, n: usize, k: i64) -> Result<Vec<usize>, RandomError> {
        if k < 0 || k as u64 > n as u64 {
            return Err(value_err("Sample larger than population or is negative"));
        }
        let k = k as usize;
        let mut result: Vec<usize> = Vec::new();
        if result.try_reserve_exact(k).is_err() {
            return Err(RandomError::Memory(String::new()));
        }
        let mut setsize: u128 = 21;
        if k > 5 {
            // `_ceil(_log(k * 3, 4))`, computed with the same doubles.
            let x = (k as u128 * 3) as f64;
            let e = (x.ln() / std::hint::black_box(4.0f64).ln()).ceil();
            setsize = if e >= 63.0 {
                u128::MAX
            } else {
                setsize + 4u128.pow(e.max(0.0) as u32)
            };
        }
        if n as u128 <= setsize {
            // Pool path: non-selected indices at pool[0 : n - i].
            let mut pool: Vec<usize> = Vec::new();
            if pool.try_reserve_exact(n).is_err() {
                return Err(RandomError::Memory(String::new()));
            }
            pool.extend(0..n);
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected: HashSet<usize> = HashSet::new();
            if selected.try_reserve(k).is_err() {
                return Err(RandomError::Memory(String::new()));
            }
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `random.choices(population, k=k)` (no weights) for a population of
    /// length `n`: `k` indices `floor(random() * n)`. A negative Python `k`
    /// means `k = 0`. With `n == 0` and `k > 0`, CPython draws one
    /// `random()` and then fails indexing the population; this returns
    /// `IndexError('list index out of range')` after the same draw (the
    /// message for other sequence types is the caller's to adjust).
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Result<Vec<usize>, RandomError> {
        if k == 0 {
            return Ok(Vec::new());
        }
        if n == 0 {
            self.random();
            return Err(RandomError::Index("list index out of range".to_string()));
        }
        let mut out: Vec<usize> = Vec::new();
        if out.try_reserve_exact(k).is_err() {
            return Err(RandomError::Memory(String::new()));
        }
        let nf = n as f64;
        for _ in 0..k {
            let i = (self.random() * nf).floor() as usize;
            out.push(i.min(n - 1));
        }
        Ok(out)
    }

    /// `random.choices(population, weights, k=k)`: the relative weights
    /// are accumulated in `f64` (as CPython does for float weights; integer
    /// weights beyond 2**53 would be summed exactly by CPython) and passed
    /// to [`choices_cum_weights_indices`](Self::choices_cum_weights_indices).
    pub fn choices_weights_indices(
        &mut self,
        n: usize,
        weights: &[f64],
        k: usize,
    ) -> Result<Vec<usize>, RandomError> {
        let mut cum = Vec::with_capacity(weights.len());
        let mut total = 0.0f64;
        for (i, &w) in weights.iter().enumerate() {
            total = if i == 0 { w } else { total + w };
            cum.push(total);
        }
        self.choices_cum_weights_indices(n, &cum, k)
    }

    /// `random.choices(population, cum_weights=cum, k=k)` for a population
    /// of length `n`: `bisect_right(cum, random() * total, 0, n - 1)` per
    /// pick, with CPython's checks and messages in CPython's order.
    pub fn choices_cum_weights_indices(
        &mut self,
        n: usize,
        cum_weights: &[f64],
        k: usize,
    ) -> Result<Vec<usize>, RandomError> {
        if cum_weights.len() != n {
            return Err(value_err(
                "The number of weights does not match the population",
            ));
        }
        let Some(&last) = cum_weights.last() else {
            return Err(RandomError::Index("list index out of range".to_string()));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(value_err("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(value_err("Total of weights must be finite"));
        }
        let mut out: Vec<usize> = Vec::new();
        if out.try_reserve_exact(k).is_err() {
            return Err(RandomError::Memory(String::new()));
        }
        let hi = n - 1;
        for _ in 0..k {
            let x = self.random() * total;
            // bisect_right(cum_weights, x, 0, hi)
            let (mut lo, mut h) = (0usize, hi);
            while lo < h {
                let mid = (lo + h) / 2;
                if x < cum_weights[mid] {
                    h = mid;
                } else {
                    lo = mid + 1;
                }
            }
            out.push(lo);
        }
        Ok(out)
    }

    // ------------------------------------------------------------------
    // Real-valued distributions
    // ------------------------------------------------------------------

    /// `random.uniform(a, b)` = `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.triangular(low, high, mode)`; `mode: None` means the
    /// midpoint. When `mode` is given and `high == low` CPython catches the
    /// `ZeroDivisionError` and returns `low` (after drawing one value).
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(m) => {
                let d = high - low;
                if d == 0.0 {
                    return low;
                }
                (m - low) / d
            }
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// `random.normalvariate(mu, sigma)` (Kinderman–Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = NV_MAGICCONST * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// `random.gauss(mu, sigma)`: Box–Muller, caching the second value in
    /// the generator (cleared by every `seed_*`).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.lognormvariate(mu, sigma)` = `exp(normalvariate(mu, sigma))`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        self.normalvariate(mu, sigma).exp()
    }

    /// `random.expovariate(lambd)` = `-log(1.0 - random()) / lambd`;
    /// `lambd == 0` raises `ZeroDivisionError` after the draw.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        let u = self.random();
        if lambd == 0.0 {
            return Err(float_zero_div());
        }
        Ok(-(1.0 - u).ln() / lambd)
    }

    /// `random.paretovariate(alpha)` = `1.0 / (1.0 - random()) ** (1.0 / alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        if alpha == 0.0 {
            return Err(float_zero_div());
        }
        let p = py_pow(u, 1.0 / alpha)?;
        if p == 0.0 {
            return Err(float_zero_div());
        }
        Ok(1.0 / p)
    }

    /// `random.weibullvariate(alpha, beta)` =
    /// `alpha * (-log(1.0 - random())) ** (1.0 / beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        if beta == 0.0 {
            return Err(float_zero_div());
        }
        Ok(alpha * py_pow(-u.ln(), 1.0 / beta)?)
    }
}

/// Python float `**` for the non-negative bases used above: `0.0 ** neg`
/// raises `ZeroDivisionError`, otherwise libm `pow`.
fn py_pow(base: f64, exp: f64) -> Result<f64, RandomError> {
    if base == 0.0 && exp < 0.0 {
        return Err(RandomError::ZeroDivision(
            "0.0 cannot be raised to a negative power".to_string(),
        ));
    }
    let r = base.powf(exp);
    if r.is_infinite() && base.is_finite() && exp.is_finite() {
        return Err(RandomError::Overflow(
            "(34, 'Numerical result out of range')".to_string(),
        ));
    }
    Ok(r)
}

/// Floor division of big ints (Python's `//`).
fn floor_div(a: &BigInt, b: &BigInt) -> BigInt {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        q - 1
    } else {
        q
    }
}

pub use crate::objects::number::hash_f64;

// ----------------------------------------------------------------------
// SHA-512 (FIPS 180-4)
// ----------------------------------------------------------------------

const SHA512_H0: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

fn sha512_compress(h: &mut [u64; 8], block: &[u8]) {
    let mut w = [0u64; 80];
    for (t, chunk) in block.chunks_exact(8).take(16).enumerate() {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        w[t] = u64::from_be_bytes(b);
    }
    for t in 16..80 {
        let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
        let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..80 {
        let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA512_K[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (hv, v) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *hv = hv.wrapping_add(v);
    }
}

/// SHA-512 digest of `data` (FIPS 180-4), as `hashlib.sha512(data).digest()`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h = SHA512_H0;
    let mut blocks = data.chunks_exact(128);
    for block in &mut blocks {
        sha512_compress(&mut h, block);
    }
    let rest = blocks.remainder();
    // Padding: 0x80, zeros, 128-bit big-endian bit length.
    let mut tail = [0u8; 256];
    tail[..rest.len()].copy_from_slice(rest);
    tail[rest.len()] = 0x80;
    let tail_len = if rest.len() < 112 { 128 } else { 256 };
    let bit_len = (data.len() as u128).wrapping_mul(8);
    tail[tail_len - 16..tail_len].copy_from_slice(&bit_len.to_be_bytes());
    for block in tail[..tail_len].chunks_exact(128) {
        sha512_compress(&mut h, block);
    }
    let mut out = [0u8; 64];
    for (chunk, v) in out.chunks_exact_mut(8).zip(h) {
        chunk.copy_from_slice(&v.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    fn seeded(n: i64) -> MersenneTwister {
        MersenneTwister::from_bigint(&BigInt::from(n))
    }

    fn hex(d: &[u8]) -> String {
        d.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn randoms(g: &mut MersenneTwister, n: usize) -> Vec<f64> {
        (0..n).map(|_| g.random()).collect()
    }

    #[test]
    fn sha512_known_digests() {
        assert_eq!(
            hex(&sha512(b"")),
            "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce\
             47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
        );
        assert_eq!(
            hex(&sha512(b"abc")),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            hex(&sha512(&[b'a'; 200])),
            "4b11459c33f52a22ee8236782714c150a3b2c60994e9acee17fe68947a3e6789\
             f31e7668394592da7bef827cddca88c4e6f86e4df7ed1ae6cba71f3e98faee9f"
        );
    }

    #[test]
    fn seed_42_random() {
        let mut g = seeded(42);
        assert_eq!(
            randoms(&mut g, 5),
            [
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
                0.22321073814882275,
                0.7364712141640124
            ]
        );
    }

    #[test]
    fn seed_ints() {
        let mut g = seeded(0);
        assert_eq!(
            randoms(&mut g, 3),
            [0.8444218515250481, 0.7579544029403025, 0.420571580830845]
        );
        let mut g = MersenneTwister::from_bigint(&(BigInt::one() << 100));
        assert_eq!(
            randoms(&mut g, 3),
            [0.7586581712996778, 0.22562004686918613, 0.9800682106697105]
        );
        let expect7 = [0.32383276483316237, 0.15084917392450192, 0.6509344730398537];
        assert_eq!(randoms(&mut seeded(-7), 3), expect7);
        assert_eq!(randoms(&mut seeded(7), 3), expect7);
        let mut g = MersenneTwister::new_from_time();
        g.seed_u64(7);
        assert_eq!(randoms(&mut g, 3), expect7);
    }

    #[test]
    fn seed_strings_and_bytes() {
        let hello = [0.3537754404730722, 0.6631985810268619, 0.5476053663383964];
        let mut g = MersenneTwister::new_from_time();
        g.seed_str("hello");
        assert_eq!(randoms(&mut g, 3), hello);
        g.seed_bytes(b"hello");
        assert_eq!(randoms(&mut g, 3), hello);
        g.seed_str("");
        assert_eq!(
            randoms(&mut g, 3),
            [0.9602256525641875, 0.595411957851699, 0.3880117152955401]
        );
        g.seed_str("héllo ✓");
        assert_eq!(
            randoms(&mut g, 3),
            [0.5592754137226804, 0.16962911506618839, 0.5818399129795992]
        );
    }

    #[test]
    fn seed_floats() {
        let cases: [(f64, i64, f64); 11] = [
            (1.5, 1152921504606846977, 0.551763726942059),
            (-1.5, -1152921504606846977, 0.7101153317194698),
            (0.0, 0, 0.8444218515250481),
            (-0.0, 0, 0.8444218515250481),
            (1e300, 1224995262755759164, 0.2614143642581235),
            (5e-324, 16777216, 0.4787190331584651),
            (f64::INFINITY, 314159, 0.19236379321481523),
            (f64::NEG_INFINITY, -314159, 0.820833204760975),
            (3.0, 3, 0.23796462709189137),
            (0.1, 230584300921369408, 0.8062579873336703),
            (-1.0, -2, 0.13119521545503066),
        ];
        let mut g = MersenneTwister::new_from_time();
        for (x, h, r) in cases {
            assert_eq!(hash_f64(x), h, "hash({x})");
            g.seed_f64(x);
            assert_eq!(g.random(), r, "seed({x})");
        }
        // NaN must not panic.
        g.seed_f64(f64::NAN);
        let r = g.random();
        assert!((0.0..1.0).contains(&r));
    }

    #[test]
    fn randint_after_seed_1() {
        let expect = [18, 73, 98, 9, 33, 16, 64, 98, 58, 61];
        let mut g = seeded(1);
        let got: Vec<i64> = (0..10).map(|_| g.randint_i64(1, 100).unwrap()).collect();
        assert_eq!(got, expect);
        let mut g = seeded(1);
        let got: Vec<BigInt> = (0..10)
            .map(|_| g.randint(&BigInt::from(1), &BigInt::from(100)).unwrap())
            .collect();
        assert_eq!(got, expect.map(BigInt::from));
    }

    #[test]
    fn randrange_sequences() {
        let mut g = seeded(3);
        let got: Vec<i64> = (0..10)
            .map(|_| g.randrange_i64(0, Some(100), Some(5)).unwrap())
            .collect();
        assert_eq!(got, [35, 90, 85, 20, 55, 95, 75, 90, 10, 95]);

        let neg = [79, 37, 44, 86, 65, 2, 37, 51, 30, 37];
        let mut g = seeded(3);
        let got: Vec<i64> = (0..10)
            .map(|_| g.randrange_i64(100, Some(0), Some(-7)).unwrap())
            .collect();
        assert_eq!(got, neg);
        let mut g = seeded(3);
        let (a, b, s) = (BigInt::from(100), BigInt::from(0), BigInt::from(-7));
        let got: Vec<BigInt> = (0..10)
            .map(|_| g.randrange(&a, Some(&b), Some(&s)).unwrap())
            .collect();
        assert_eq!(got, neg.map(BigInt::from));

        let mut g = seeded(3);
        let got: Vec<i64> = (0..10)
            .map(|_| g.randrange_i64(10, None, None).unwrap())
            .collect();
        assert_eq!(got, [3, 9, 8, 2, 5, 9, 7, 9, 1, 9]);

        let mut g = seeded(5);
        let lo: BigInt = -(BigInt::one() << 70u32);
        let hi = BigInt::one() << 80;
        let got: Vec<BigInt> = (0..3)
            .map(|_| g.randrange(&lo, Some(&hi), None).unwrap())
            .collect();
        assert_eq!(
            got,
            [
                big("1124639700884557902177007"),
                big("600993877037367167367287"),
                big("897749782116724386523277")
            ]
        );
    }

    #[test]
    fn randrange_errors() {
        let mut g = seeded(1);
        fn v<T>(s: &str) -> Result<T, RandomError> {
            Err(RandomError::Value(s.to_string()))
        }
        assert_eq!(
            g.randrange_i64(0, None, None),
            v("empty range for randrange()")
        );
        assert_eq!(
            g.randrange_i64(-3, None, None),
            v("empty range for randrange()")
        );
        assert_eq!(
            g.randrange_i64(5, Some(5), None),
            v("empty range for randrange() (5, 5, 0)")
        );
        assert_eq!(
            g.randrange_i64(5, Some(1), None),
            v("empty range for randrange() (5, 1, -4)")
        );
        assert_eq!(
            g.randrange_i64(0, Some(10), Some(0)),
            v("zero step for randrange()")
        );
        assert_eq!(
            g.randrange_i64(0, Some(10), Some(-1)),
            v("empty range for randrange()")
        );
        assert_eq!(
            g.randrange_i64(10, None, Some(2)),
            Err(RandomError::Type(
                "Missing a non-None stop argument".to_string()
            ))
        );
        assert_eq!(
            g.randint_i64(5, 1),
            v("empty range for randrange() (5, 2, -3)")
        );
        assert_eq!(
            g.randint(&BigInt::from(5), &BigInt::from(1)),
            v("empty range for randrange() (5, 2, -3)")
        );
        let z = BigInt::zero();
        assert_eq!(
            g.randrange(&z, Some(&BigInt::from(10)), Some(&z)),
            v("zero step for randrange()")
        );
        // Extremes must not overflow or panic.
        assert!(g.randint_i64(i64::MIN, i64::MAX).is_ok());
        assert!(g.randrange_i64(i64::MAX, Some(i64::MIN), Some(-1)).is_ok());
        assert!(
            g.randrange_i64(i64::MIN, Some(i64::MAX), Some(i64::MAX))
                .is_ok()
        );
        assert!(
            g.randrange_i64(i64::MAX, Some(i64::MIN), Some(i64::MIN))
                .is_ok()
        );
        let e = g.choice_index(0).unwrap_err();
        assert_eq!(e.exception_name(), "IndexError");
        assert_eq!(e.message(), "Cannot choose from an empty sequence");
    }

    #[test]
    fn choice_shuffle_sample() {
        let mut g = seeded(5);
        let got: Vec<usize> = (0..10).map(|_| g.choice_index(7).unwrap()).collect();
        assert_eq!(got, [4, 2, 5, 2, 6, 5, 6, 5, 5, 4]);

        let mut g = seeded(9);
        let mut v: Vec<u32> = (0..10).collect();
        g.shuffle(&mut v);
        assert_eq!(v, [9, 8, 3, 2, 0, 6, 1, 4, 5, 7]);
        let mut g = seeded(9);
        let mut w: Vec<u32> = (0..10).collect();
        for (i, j) in g.shuffle_swaps(10) {
            w.swap(i, j);
        }
        assert_eq!(w, v);

        // Set-based path (n = 100 > setsize = 21 + 4**ceil(log(15, 4)) = 85).
        assert_eq!(
            seeded(11).sample_indices(100, 5).unwrap(),
            [57, 71, 99, 59, 65]
        );
        // Pool-based path.
        assert_eq!(
            seeded(11).sample_indices(10, 8).unwrap(),
            [7, 8, 9, 3, 4, 5, 1, 0]
        );
        assert_eq!(
            seeded(11).sample_indices(1_000_000, 10).unwrap(),
            [
                474354, 907796, 586963, 898485, 969105, 819166, 488269, 473780, 532510, 896580
            ]
        );
        // k = 6: setsize = 21 + 4**ceil(log(18, 4)) = 85 >= 40 -> pool.
        assert_eq!(
            seeded(11).sample_indices(40, 6).unwrap(),
            [28, 35, 29, 39, 32, 12]
        );
        let err = Err(value_err("Sample larger than population or is negative"));
        assert_eq!(seeded(1).sample_indices(3, 4), err);
        assert_eq!(seeded(1).sample_indices(3, -1), err);
        assert_eq!(seeded(1).sample_indices(0, 0), Ok(vec![]));
    }

    #[test]
    fn floats() {
        let mut g = seeded(13);
        let got: Vec<f64> = (0..3).map(|_| g.uniform(-3.5, 10.25)).collect();
        assert_eq!(
            got,
            [0.061366761087761734, 5.922297403262382, 5.906126372721523]
        );

        let mut g = seeded(19);
        let got: Vec<f64> = (0..4).map(|_| g.gauss(1.0, 2.0)).collect();
        assert_eq!(
            got,
            [
                -0.5499256813369531,
                -2.1450549583088807,
                -1.374224174084285,
                0.6929981321416784
            ]
        );
        // Reseeding clears the cached gauss value.
        let mut g = seeded(19);
        g.gauss(0.0, 1.0);
        g.seed_u64(19);
        assert_eq!(g.gauss(1.0, 2.0), -0.5499256813369531);

        let mut g = seeded(19);
        let got: Vec<f64> = (0..4).map(|_| g.normalvariate(1.0, 2.0)).collect();
        assert_eq!(
            got,
            [
                3.8254794778400223,
                1.1437447887974888,
                0.15150116913294132,
                -0.10842875443642552
            ]
        );
        let mut g = seeded(19);
        let got: Vec<f64> = (0..3).map(|_| g.expovariate(1.5).unwrap()).collect();
        assert_eq!(
            got,
            [0.7536617255423801, 1.0244700257042576, 0.48996053853478827]
        );
        assert_eq!(
            g.expovariate(0.0),
            Err(RandomError::ZeroDivision("float division by zero".into()))
        );
        let mut g = seeded(19);
        let mut got: Vec<f64> = (0..3).map(|_| g.triangular(0.0, 10.0, Some(3.0))).collect();
        got.push(g.triangular(0.0, 1.0, None));
        assert_eq!(
            got,
            [
                5.245928889469461,
                6.119767394356075,
                4.20626467675781,
                0.5057792509886195
            ]
        );
        assert_eq!(g.triangular(1.0, 1.0, Some(1.0)), 1.0);

        let mut g = seeded(29);
        let got = [
            g.paretovariate(2.5).unwrap(),
            g.weibullvariate(1.5, 2.0).unwrap(),
            g.lognormvariate(0.5, 0.25),
        ];
        assert_eq!(
            got,
            [1.374011565134376, 0.9771792680350151, 2.0297238211489503]
        );
    }

    #[test]
    fn getrandbits_and_bytes() {
        let mut g = seeded(17);
        assert_eq!(
            g.getrandbits(100).unwrap(),
            big("380825277873904682254355971265")
        );
        assert_eq!(
            g.getrandbits(100).unwrap(),
            big("181402811909549098441107504215")
        );
        let mut g = seeded(17);
        let got: Vec<BigInt> = [0u64, 1, 31, 32, 33, 63, 64, 65]
            .iter()
            .map(|&k| g.getrandbits(k).unwrap())
            .collect();
        let expect = [
            "0",
            "1",
            "889418965",
            "3464710496",
            "5598161286",
            "2671322655836700695",
            "14132187866414473023",
            "31437307717907396789",
        ];
        assert_eq!(got, expect.map(big));
        // Big path (> 128 bits) agrees with the word layout of the small one.
        let mut a = seeded(17);
        let mut b = seeded(17);
        let x = a.getrandbits(200).unwrap();
        let lo = BigInt::from(b.getrandbits_u128(128));
        let hi = BigInt::from(b.getrandbits_u128(72));
        assert_eq!(x, lo | (hi << 128));
        assert_eq!(
            g.getrandbits_bigint(&BigInt::from(-1)),
            Err(value_err("number of bits must be non-negative"))
        );
        assert_eq!(
            g.getrandbits_bigint(&(BigInt::one() << 31)),
            Err(RandomError::Overflow(MSG_C_INT.into()))
        );
        assert_eq!(
            g.getrandbits(u64::MAX),
            Err(RandomError::Overflow(MSG_C_INT.into()))
        );

        let mut g = seeded(29);
        assert_eq!(
            g.randbytes(7).unwrap(),
            [0xc1, 0x87, b'Q', 0x8c, b'V', b'|', 0x13]
        );
        assert!(g.randbytes(usize::MAX).is_err());
    }

    #[test]
    fn choices() {
        let mut g = seeded(23);
        assert_eq!(g.choices_indices(10, 6).unwrap(), [9, 9, 8, 0, 5, 4]);
        let mut g = seeded(23);
        assert_eq!(
            g.choices_weights_indices(4, &[1.0, 2.5, 0.0, 4.0], 6)
                .unwrap(),
            [3, 3, 3, 0, 3, 1]
        );
        assert_eq!(g.choices_indices(0, 0), Ok(vec![]));
        assert_eq!(
            g.choices_indices(0, 1).unwrap_err().exception_name(),
            "IndexError"
        );
        assert_eq!(
            g.choices_weights_indices(1, &[0.0], 1),
            Err(value_err("Total of weights must be greater than zero"))
        );
        assert_eq!(
            g.choices_weights_indices(1, &[f64::INFINITY], 1),
            Err(value_err("Total of weights must be finite"))
        );
        assert_eq!(
            g.choices_cum_weights_indices(2, &[f64::NAN, f64::NAN], 1),
            Err(value_err("Total of weights must be finite"))
        );
        assert_eq!(
            g.choices_weights_indices(2, &[1.0], 1),
            Err(value_err(
                "The number of weights does not match the population"
            ))
        );
        assert_eq!(
            g.choices_weights_indices(0, &[], 1)
                .unwrap_err()
                .exception_name(),
            "IndexError"
        );
    }
}
