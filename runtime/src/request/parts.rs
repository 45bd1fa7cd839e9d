//! What a call is made of, whatever it answers: the part of a [`Call`](crate::Call) that is
//! not generic, which every protocol takes from here.

use super::options::CallOptions;
use crate::api::{MediaUpload, MethodInfo};
use crate::media::Media;
use crate::Error;

pub(crate) struct CallParts {
    pub(crate) method: &'static MethodInfo,
    pub(crate) options: CallOptions,
    pub(crate) path_args: Vec<String>,
    pub(crate) query: Vec<(&'static str, String)>,
    pub(crate) body: JsonBody,
    pub(crate) media: Option<MediaPart>,
    /// The first check that failed while the call was built; sent instead of the request.
    pub(crate) failure: Option<Error>,
}

/// The JSON request body, as serialized when the call was built.
pub(crate) enum JsonBody {
    None,
    Json(Result<Vec<u8>, serde_json::Error>),
}

/// Media a call carries, and how it goes to the method's upload endpoint.
pub(crate) struct MediaPart {
    pub(crate) upload: &'static MediaUpload,
    pub(crate) media: Media,
    pub(crate) protocol: UploadProtocol,
}

/// The two ways media reaches an upload endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UploadProtocol {
    /// One request: `uploadType=media`, or `multipart` with the JSON body as metadata.
    OneRequest,
    /// `uploadType=resumable`: a request opens a session, the media goes in chunks.
    Resumable,
}

impl CallParts {
    pub(crate) fn new(method: &'static MethodInfo, options: CallOptions) -> Self {
        CallParts {
            method,
            options,
            path_args: Vec::new(),
            query: Vec::new(),
            body: JsonBody::None,
            media: None,
            failure: None,
        }
    }

    /// Keeps the first failure of a check: the call resolves to it, before anything is sent.
    pub(crate) fn check(&mut self, outcome: Result<(), Error>) {
        if let (Err(err), None) = (outcome, &self.failure) {
            self.failure = Some(err);
        }
    }

    /// Whether repeating the call is harmless: the caller's word, else the HTTP method's.
    pub(crate) fn idempotent(&self) -> bool {
        self.options
            .idempotent
            .unwrap_or(self.method.http_method.is_idempotent())
    }
}
