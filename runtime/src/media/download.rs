//! The content of a media download, read as it arrives; written into a file or writer in one
//! call that resumes a cut body with `Range` and checks the bytes against `x-goog-hash`.

use std::fmt;
use std::path::Path;

use base64::Engine as _;
use bytes::Bytes;
use futures_util::stream::{Stream, TryStreamExt};
use md5::Digest as _;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use crate::engine::{retry_loop, Attempt, AttemptError, Prepared, Read};
use crate::http::{Headers, Response, ResponseBody, StatusCode};
use crate::Error;

/// How many times one download may be resumed after its body was cut.
const MAX_RESUMES: u32 = 10;

/// A successful `alt=media` response (a generated method's `download()`), or the answer to a
/// hand-built request for media ([`RawRequest::download`]), whose body has not been read
/// yet.
///
/// [`RawRequest::download`]: crate::engine::RawRequest::download
///
/// The call's timeout covers getting the response headers; reading the body is bounded only
/// by how long the caller keeps reading. Dropping the value closes the connection.
///
/// [`write_to`](Self::write_to) and [`write_to_file`](Self::write_to_file) read it all in one
/// call, in constant memory: a body cut short, or silent for the call's timeout, is asked
/// for again from where it broke
/// (`Range: bytes=N-`, guarded by the first answer's `ETag` with `If-Range`, and checked
/// against its `ETag` and `X-Goog-Generation`), and the bytes are checked against the
/// crc32c and md5 of `x-goog-hash` when the server sends it (Cloud Storage does). A
/// mismatch is [`Error::Integrity`].
pub struct Download {
    status: StatusCode,
    headers: Headers,
    body: ResponseBody,
    again: Option<Prepared>,
}

impl Download {
    /// The download of a successful response, its body unread.
    pub fn from_response(response: Response) -> Self {
        Download {
            status: response.status,
            headers: response.headers,
            body: response.body,
            again: None,
        }
    }

    /// Keeps how to ask for the rest of the body again.
    pub(crate) fn resumable(mut self, prepared: Prepared) -> Self {
        self.again = Some(prepared);
        self
    }

    /// HTTP status (2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Response headers.
    pub fn headers(&self) -> &Headers {
        &self.headers
    }

    /// `Content-Length`, when the server sent one (a compressed body has none: it is
    /// decompressed as it arrives).
    pub fn content_length(&self) -> Option<u64> {
        self.headers
            .get("content-length")
            .and_then(|v| v.trim().parse().ok())
    }

    /// `Content-Type`, when the server sent one.
    pub fn content_type(&self) -> Option<&str> {
        self.headers.get("content-type")
    }

    /// The next chunk of the body, or `None` at its end.
    pub async fn chunk(&mut self) -> Result<Option<Bytes>, Error> {
        self.body.chunk().await.map_err(Error::Transport)
    }

    /// The whole body in memory.
    pub async fn bytes(self) -> Result<Bytes, Error> {
        self.body.bytes().await.map_err(Error::Transport)
    }

    /// The body as a stream of chunks.
    pub fn into_stream(self) -> impl Stream<Item = Result<Bytes, Error>> + Send {
        self.body.into_stream().map_err(Error::Transport)
    }

    /// Writes the whole body into `out`, resuming and checking it (see [`Download`]), and
    /// returns the number of bytes written. On an error, what `out` holds is not the object.
    pub async fn write_to<W: AsyncWrite + Unpin + Send + ?Sized>(
        mut self,
        out: &mut W,
    ) -> Result<u64, Error> {
        let expected = Expected::from(&self.headers);
        let mut seen = Checksums::default();
        match self.again.take() {
            None => {
                while let Some(chunk) = self.body.chunk().await.map_err(Error::Transport)? {
                    out.write_all(&chunk).await.map_err(write_error)?;
                    seen.add(&chunk);
                }
            }
            Some(again) => resuming(again, self.body, &expected, &mut seen, out).await?,
        }
        out.flush().await.map_err(write_error)?;
        expected.check(&seen)?;
        Ok(seen.len)
    }

    /// Writes the whole body into the file at `path` as [`write_to`](Self::write_to) does:
    /// into `path` with `.part` appended first, renamed to `path` only once every byte
    /// arrived and checked, and removed otherwise.
    pub async fn write_to_file(self, path: impl AsRef<Path>) -> Result<u64, Error> {
        let path = path.as_ref();
        let mut part = path.as_os_str().to_owned();
        part.push(".part");
        let part = std::path::PathBuf::from(part);
        let mut file = tokio::fs::File::create(&part).await.map_err(write_error)?;
        let written = match self.write_to(&mut file).await {
            Ok(written) => written,
            Err(err) => {
                drop(file);
                let _ = tokio::fs::remove_file(&part).await;
                return Err(err);
            }
        };
        file.sync_all().await.map_err(write_error)?;
        drop(file);
        tokio::fs::rename(&part, path).await.map_err(write_error)?;
        Ok(written)
    }
}

impl fmt::Debug for Download {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Download")
            .field("status", &self.status)
            .field("content_length", &self.content_length())
            .finish_non_exhaustive()
    }
}

fn write_error(err: std::io::Error) -> Error {
    Error::InvalidArgument(format!("the download could not be written: {err}"))
}

/// Reads `body` into `out`; a body cut short, or silent for the call's timeout, is asked for
/// again from where it broke, each time an attempt of the request's retry loop. Bytes that
/// arrive are progress: the policy's attempts and time count from the last of them.
async fn resuming<W: AsyncWrite + Unpin + Send + ?Sized>(
    again: Prepared,
    body: ResponseBody,
    expected: &Expected,
    seen: &mut Checksums,
    out: &mut W,
) -> Result<(), Error> {
    let mut repeat = again.repeat.clone();
    repeat.idempotent = true;
    let mut reading = Reading {
        again: &again,
        expected,
        body: Some(body),
        resumes: 0,
        seen,
        out,
    };
    let read = retry_loop(&again.engine, &repeat, &mut reading, |reading, attempt| {
        Box::pin(reading.attempt(attempt))
    })
    .await;
    read.map_err(|(Failure::Again(err) | Failure::Final(err))| err)
}

/// What the attempts at reading a download share.
struct Reading<'a, W: ?Sized> {
    again: &'a Prepared,
    expected: &'a Expected,
    /// The body to read on: the first answer's, until it breaks.
    body: Option<ResponseBody>,
    resumes: u32,
    seen: &'a mut Checksums,
    out: &'a mut W,
}

impl<W: AsyncWrite + Unpin + Send + ?Sized> Reading<'_, W> {
    /// Reads the body on, asking for the rest first when the last one broke.
    async fn attempt(&mut self, attempt: &Attempt) -> Result<(), Failure> {
        let mut body = match self.body.take() {
            Some(body) => body,
            None => {
                self.resumes += 1;
                rest(self.again, attempt, self.expected, self.seen.len)
                    .await
                    .map_err(Failure::Again)?
            }
        };
        // A body that stops arriving for the call's timeout is a cut one too.
        let idle = self.again.repeat.timeout;
        loop {
            let next = match idle {
                Some(limit) => match tokio::time::timeout(limit, body.chunk()).await {
                    Ok(chunk) => chunk.map_err(Error::Transport),
                    Err(_) => Err(Error::Timeout(limit)),
                },
                None => body.chunk().await.map_err(Error::Transport),
            };
            // The body broke: the next attempt asks for the rest, as often as allowed.
            let next = next.map_err(|err| match self.resumes {
                MAX_RESUMES => Failure::Final(err),
                _ => Failure::Again(err),
            })?;
            match next {
                Some(chunk) => {
                    self.out
                        .write_all(&chunk)
                        .await
                        .map_err(|e| Failure::Final(write_error(e)))?;
                    self.seen.add(&chunk);
                    attempt.progressed();
                }
                None => return Ok(()),
            }
        }
    }
}

/// Why an attempt at reading the body failed: in a way the retry loop judges, or for good.
enum Failure {
    Again(Error),
    /// Writing failed, or the download was resumed as often as it may be.
    Final(Error),
}

impl AttemptError for Failure {
    fn runtime_error(&self) -> Option<&Error> {
        match self {
            Failure::Again(err) => Some(err),
            Failure::Final(_) => None,
        }
    }

    fn map_runtime_error(self, replace: impl FnOnce(Error) -> Error) -> Self {
        match self {
            Failure::Again(err) => Failure::Again(replace(err)),
            last => last,
        }
    }
}

/// The body from byte `from` on: a `206` starting there, of the same object.
async fn rest(
    prepared: &Prepared,
    attempt: &Attempt,
    expected: &Expected,
    from: u64,
) -> Result<ResponseBody, Error> {
    let mut again = prepared.clone();
    let set = |headers: &mut Headers, name: &str, value: String| {
        headers
            .insert(name, value)
            .map_err(|_| Error::Integrity(format!("the download cannot be resumed with {name}")))
    };
    set(&mut again.headers, "range", format!("bytes={from}-"))?;
    if let Some(etag) = &expected.etag {
        set(&mut again.headers, "if-range", etag.clone())?;
    }
    let response = again.send_once(attempt, Read::Head).await?;
    let starts = response
        .headers
        .get("content-range")
        .and_then(|r| r.trim().strip_prefix("bytes "))
        .and_then(|r| r.split('-').next())
        .and_then(|start| start.parse::<u64>().ok());
    if response.status != StatusCode::PARTIAL_CONTENT || starts != Some(from) {
        return Err(Error::Integrity(format!(
            "asked for the rest from byte {from}, the server answered {} ({})",
            response.status.as_u16(),
            response
                .headers
                .get("content-range")
                .unwrap_or("no Content-Range")
        )));
    }
    let same = |name: &str, was: &Option<String>| {
        was.is_none() || response.headers.get(name) == was.as_deref()
    };
    if !same("etag", &expected.etag) || !same("x-goog-generation", &expected.generation) {
        return Err(Error::Integrity(
            "the object changed while its download was resumed".into(),
        ));
    }
    Ok(response.body)
}

/// What the first answer said the body is.
struct Expected {
    length: Option<u64>,
    crc32c: Option<u32>,
    md5: Option<Vec<u8>>,
    etag: Option<String>,
    generation: Option<String>,
}

impl From<&Headers> for Expected {
    fn from(headers: &Headers) -> Self {
        let base64 = |v: &str| {
            base64::engine::general_purpose::STANDARD
                .decode(v.trim())
                .ok()
        };
        // `crc32c=<base64>, md5=<base64>`; Cloud Storage may send the two as two headers.
        let hashes: Vec<(String, Vec<u8>)> = headers
            .get_all("x-goog-hash")
            .flat_map(|v| v.split(','))
            .filter_map(|pair| {
                let (name, value) = pair.trim().split_once('=')?;
                Some((name.to_ascii_lowercase(), base64(value)?))
            })
            .collect();
        let hash = |name: &str| {
            hashes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        // A body decompressed on the way (a stored gzip object served as is) does not have
        // the stored object's checksums.
        let transcoded = headers
            .get("x-goog-stored-content-encoding")
            .is_some_and(|e| !e.eq_ignore_ascii_case("identity"));
        let text = |name: &str| headers.get(name).map(str::to_owned);
        Expected {
            length: headers
                .get("content-length")
                .and_then(|v| v.trim().parse().ok()),
            crc32c: (!transcoded)
                .then(|| hash("crc32c"))
                .flatten()
                .and_then(|b| Some(u32::from_be_bytes(b.try_into().ok()?))),
            md5: (!transcoded).then(|| hash("md5")).flatten(),
            etag: text("etag"),
            generation: text("x-goog-generation"),
        }
    }
}

impl Expected {
    fn check(&self, seen: &Checksums) -> Result<(), Error> {
        if let Some(length) = self.length.filter(|l| *l != seen.len) {
            return Err(Error::Integrity(format!(
                "{} bytes arrived of the {length} announced",
                seen.len
            )));
        }
        if let Some(crc32c) = self.crc32c.filter(|c| *c != seen.crc32c) {
            return Err(Error::Integrity(format!(
                "crc32c {:08x} of the bytes received is not the server's {crc32c:08x}",
                seen.crc32c
            )));
        }
        let md5 = seen.md5.clone().finalize();
        if self.md5.as_deref().is_some_and(|m| m != md5.as_slice()) {
            return Err(Error::Integrity(
                "md5 of the bytes received is not the server's".into(),
            ));
        }
        Ok(())
    }
}

/// What the bytes received add up to.
#[derive(Default)]
struct Checksums {
    len: u64,
    crc32c: u32,
    md5: md5::Md5,
}

impl Checksums {
    fn add(&mut self, chunk: &[u8]) {
        self.len += chunk.len() as u64;
        self.crc32c = crc32c::crc32c_append(self.crc32c, chunk);
        self.md5.update(chunk);
    }
}
