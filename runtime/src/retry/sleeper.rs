//! The clock the runtime waits on between attempts and between reads of an operation.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::BoxFuture;

/// Waits between attempts. The default uses `tokio::time::sleep`; tests inject one that
/// records the requested waits and returns at once.
pub trait Sleeper: Send + Sync + 'static {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

/// [`Sleeper`] backed by the tokio timer.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleeper;

impl Sleeper for TokioSleeper {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

impl<F> Sleeper for F
where
    F: Fn(Duration) -> BoxFuture<'static, ()> + Send + Sync + 'static,
{
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self(duration)
    }
}

#[derive(Clone)]
pub(crate) struct SharedSleeper(pub(crate) Arc<dyn Sleeper>);

impl fmt::Debug for SharedSleeper {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sleeper")
    }
}
