//! How bytes are sent ([`Protocol`], chunk sizes) and the progress reports.

use super::*;

/// How bytes are sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Protocol {
    /// Raw for inputs up to the resumable threshold and for inputs of unknown size (a
    /// resumable session must state the size when it starts), resumable for larger inputs.
    #[default]
    Auto,
    /// One request carrying all bytes. Paths and bytes are sent again after a transient
    /// failure; readers cannot be.
    Raw,
    /// A session: a `start` request, then chunks; after a dropped connection or a 5xx the
    /// client asks the server how much arrived and continues from there. Needs the input's
    /// size: a reader of unknown size is refused before anything is sent.
    Resumable,
}

/// Bytes sent so far, for one input and for the whole call.
///
/// After a resumable upload recovers, `sent` restarts from what the server reported, so it
/// can go down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Position of the input in the call (0 for [`Uploads::upload`]).
    pub index: usize,
    /// Bytes of this input sent.
    pub sent: u64,
    /// Size of this input, when known.
    pub total: Option<u64>,
    /// Bytes of every input of the call sent.
    pub overall_sent: u64,
    /// Size of every input of the call, when all are known.
    pub overall_total: Option<u64>,
}

pub(super) type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

/// Settings shared by [`Upload`] and [`CreateFromFiles`].
#[derive(Clone)]
pub(super) struct Settings {
    pub(super) protocol: Protocol,
    pub(super) chunk_size: u64,
    pub(super) resumable_threshold: u64,
    pub(super) progress: Option<ProgressFn>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            protocol: Protocol::Auto,
            chunk_size: DEFAULT_CHUNK_SIZE,
            resumable_threshold: DEFAULT_RESUMABLE_THRESHOLD,
            progress: None,
        }
    }
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("protocol", &self.protocol)
            .field("chunk_size", &self.chunk_size)
            .field("resumable_threshold", &self.resumable_threshold)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// Counts bytes sent per input and overall, and reports them.
pub(super) struct Tracker {
    callback: Option<ProgressFn>,
    sent: Vec<AtomicU64>,
    totals: Vec<Option<u64>>,
    overall: AtomicU64,
    overall_total: Option<u64>,
}

impl Tracker {
    pub(super) fn new(callback: Option<ProgressFn>, totals: Vec<Option<u64>>) -> Arc<Tracker> {
        let overall_total = totals
            .iter()
            .try_fold(0_u64, |sum, t| t.map(|t| sum.saturating_add(t)));
        Arc::new(Tracker {
            callback,
            sent: totals.iter().map(|_| AtomicU64::new(0)).collect(),
            totals,
            overall: AtomicU64::new(0),
            overall_total,
        })
    }

    pub(super) fn add(&self, index: usize, n: u64) {
        let sent = self.sent[index].fetch_add(n, Ordering::Relaxed) + n;
        let overall = self.overall.fetch_add(n, Ordering::Relaxed) + n;
        self.report(index, sent, overall);
    }

    /// Sets input `index` to `sent` bytes, e.g. to where a resumed upload continues.
    pub(super) fn set(&self, index: usize, sent: u64) {
        let old = self.sent[index].swap(sent, Ordering::Relaxed);
        let overall = if sent >= old {
            self.overall.fetch_add(sent - old, Ordering::Relaxed) + (sent - old)
        } else {
            self.overall.fetch_sub(old - sent, Ordering::Relaxed) - (old - sent)
        };
        if sent != old {
            self.report(index, sent, overall);
        }
    }

    fn report(&self, index: usize, sent: u64, overall_sent: u64) {
        if let Some(callback) = &self.callback {
            callback(Progress {
                index,
                sent,
                total: self.totals[index],
                overall_sent,
                overall_total: self.overall_total,
            });
        }
    }
}
