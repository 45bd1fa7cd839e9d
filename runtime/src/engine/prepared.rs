//! One request made ready once and sent by every attempt: what a call becomes before the
//! retry loop, and what the protocols (uploads, downloads, batches) are built over.

use bytes::Bytes;

use super::retry_loop::retry_loop;
use super::{Accept, Attempt, Engine, Read, Repeat};
use crate::http::{Body, Headers, Method, Request, Response};
use crate::Error;

/// A request ready to send, and how its attempts are repeated.
#[derive(Clone, Debug)]
pub(crate) struct Prepared {
    pub(crate) engine: Engine,
    /// The Discovery id of the method, for the requests of generated methods.
    pub(crate) method_id: Option<&'static str>,
    pub(crate) method: Method,
    pub(crate) url: String,
    pub(crate) headers: Headers,
    pub(crate) body: Option<Bytes>,
    pub(crate) accept: Accept,
    pub(crate) repeat: Repeat,
}

impl Prepared {
    /// Sends the request once, within the attempt's time, reading what `read` says.
    pub(crate) async fn send_once(&self, attempt: &Attempt, read: Read) -> Result<Response, Error> {
        self.engine
            .send_once(
                self.request(),
                self.repeat.token,
                self.accept,
                attempt,
                read,
            )
            .await
    }

    /// Sends the request, attempted as the policy allows, reading what `read` says: with
    /// [`Read::Head`] the attempts cover getting the response headers (a download's).
    pub(crate) async fn send(&self, read: Read) -> Result<Response, Error> {
        retry_loop(
            &self.engine,
            &self.repeat,
            &mut (self, read),
            |(this, read), attempt| Box::pin(this.send_once(attempt, *read)),
        )
        .await
    }

    fn request(&self) -> Request {
        let mut request = Request::new(self.method, self.url.as_str());
        request.headers = self.headers.clone();
        request.body = self.body.clone().map_or_else(Body::empty, Body::from);
        request.method_id = self.method_id;
        request
    }
}
