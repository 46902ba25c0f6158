//! Reading lines from the process's standard input so that Ctrl-C interrupts the wait.
//!
//! A blocking `read` on stdin cannot be interrupted without signals and `unsafe`, so one
//! dedicated OS thread does the reading: a Python thread asks it for a line and waits for
//! the answer in the blocking door, in slices that notice Ctrl-C (as every other wait does).
//! A read that Ctrl-C abandoned stays outstanding: its line answers the next request, so
//! no input is lost. The reader never touches Python objects.

use std::io::BufRead;
use std::sync::OnceLock;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

use parking_lot::Mutex;

use super::thread::WaitResult;
use super::{PyResult, Vm};

/// The reader thread's two ends, behind one lock: one request is answered at a time.
struct StdinReader {
    inner: Mutex<ReaderEnds>,
}

struct ReaderEnds {
    requests: Sender<()>,
    lines: Receiver<std::io::Result<String>>,
    /// A request was sent and its line not received yet (a Ctrl-C interrupted its reader).
    outstanding: bool,
}

/// The process has one stdin, so it has one reader, started on first use.
fn reader() -> &'static StdinReader {
    static READER: OnceLock<StdinReader> = OnceLock::new();
    READER.get_or_init(|| {
        let (requests, wanted) = channel::<()>();
        let (send_line, lines) = channel();
        let spawned = std::thread::Builder::new()
            .name("pyth-stdin".into())
            .spawn(move || {
                let stdin = std::io::stdin();
                while wanted.recv().is_ok() {
                    let mut line = String::new();
                    let read = stdin.lock().read_line(&mut line).map(|_| line);
                    if send_line.send(read).is_err() {
                        break;
                    }
                }
            });
        if let Err(e) = spawned {
            // No reader: every request gets the error.
            let (requests, _) = channel();
            let (fail, lines) = channel();
            let _ = fail.send(Err(e));
            return StdinReader {
                inner: Mutex::new(ReaderEnds {
                    requests,
                    lines,
                    outstanding: true,
                }),
            };
        }
        StdinReader {
            inner: Mutex::new(ReaderEnds {
                requests,
                lines,
                outstanding: false,
            }),
        }
    })
}

/// The outcome of one wait for a line.
enum LineWait {
    Line(std::io::Result<String>),
    Interrupted,
}

impl Vm {
    /// Reads one line from stdin (with its newline; "" at end of file) through the
    /// blocking door. Ctrl-C in the main thread raises KeyboardInterrupt, as in CPython.
    /// Text that `sys.stdin.read(n)` read past its `n` characters comes first.
    pub fn read_stdin_line(&mut self) -> PyResult<String> {
        let mut kept = std::mem::take(&mut *self.state.stdin_unread.borrow_mut());
        if !kept.is_empty() {
            if let Some(i) = kept.find('\n') {
                let rest = kept.split_off(i + 1);
                *self.state.stdin_unread.borrow_mut() = rest;
                return Ok(kept);
            }
            let more = self.read_stdin_line_raw()?;
            kept.push_str(&more);
            return Ok(kept);
        }
        self.read_stdin_line_raw()
    }

    /// Gives back text read from stdin but not consumed (`sys.stdin.read(n)`'s surplus):
    /// the next read starts with it.
    pub fn unread_stdin(&mut self, text: String) {
        let mut unread = self.state.stdin_unread.borrow_mut();
        let rest = std::mem::take(&mut *unread);
        *unread = text + &rest;
    }

    fn read_stdin_line_raw(&mut self) -> PyResult<String> {
        let ctx = self.wait_context();
        let outcome = self.release_gil_while(move || {
            const SLICE: Duration = Duration::from_millis(50);
            let reader = reader();
            let mut got = None;
            let waited = ctx.wait_until(None, |slice| {
                // Another thread may be reading: wait for it without missing Ctrl-C.
                let Some(mut ends) = reader.inner.try_lock_for(slice.min(SLICE)) else {
                    return false;
                };
                if !ends.outstanding {
                    if ends.requests.send(()).is_err() {
                        got = Some(Err(std::io::Error::other("stdin reader stopped")));
                        return true;
                    }
                    ends.outstanding = true;
                }
                match ends.lines.recv_timeout(slice.min(SLICE)) {
                    Ok(line) => {
                        ends.outstanding = false;
                        got = Some(line);
                        true
                    }
                    Err(RecvTimeoutError::Timeout) => false,
                    Err(RecvTimeoutError::Disconnected) => {
                        got = Some(Err(std::io::Error::other("stdin reader stopped")));
                        true
                    }
                }
            });
            match (waited, got) {
                (WaitResult::Interrupted, _) => LineWait::Interrupted,
                (_, Some(line)) => LineWait::Line(line),
                (_, None) => LineWait::Interrupted,
            }
        });
        match outcome {
            LineWait::Line(Ok(line)) => Ok(line),
            LineWait::Line(Err(e)) => Err(self.os_error(&e, None)),
            LineWait::Interrupted => {
                // A signal handler that returns lets the read go on (PEP 475).
                self.take_signal()?;
                self.read_stdin_line_raw()
            }
        }
    }
}
