//! Request bodies that report their progress as they are sent.

use super::*;

/// A request body from `stream` that reports each piece to the tracker as it is sent.
pub(super) fn counted<S>(stream: S, tracker: &Arc<Tracker>, index: usize) -> Body
where
    S: Stream<Item = Result<Bytes, io::Error>> + Send + 'static,
{
    let tracker = tracker.clone();
    Body::from_stream(stream.inspect_ok(move |piece| tracker.add(index, piece.len() as u64)))
}

/// Bytes in pieces of [`READ_SIZE`], so progress moves as they are sent. No copies.
pub(super) fn bytes_stream(
    bytes: Bytes,
) -> impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static {
    let pieces = bytes.len().div_ceil(READ_SIZE);
    stream::iter((0..pieces).map(move |i| {
        let end = ((i + 1) * READ_SIZE).min(bytes.len());
        Ok(bytes.slice(i * READ_SIZE..end))
    }))
}

pub(super) fn record(slot: &FailureSlot, err: &io::Error) -> io::Error {
    *slot.lock().unwrap_or_else(|e| e.into_inner()) =
        Some(io::Error::new(err.kind(), err.to_string()));
    io::Error::new(err.kind(), err.to_string())
}

/// `len` bytes of the file at `path` from `offset`, opened when first polled (never, for no
/// bytes), read by the runtime's [`file_pieces`](rt::media::file_pieces).
pub(super) fn file_stream(
    path: PathBuf,
    offset: u64,
    len: u64,
    failure: FailureSlot,
) -> impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static {
    let opened = move |()| {
        let path = path.clone();
        async move {
            let mut file = tokio::fs::File::open(&path).await?;
            file.seek(io::SeekFrom::Start(offset)).await?;
            Ok::<_, io::Error>(rt::media::file_pieces(file, len))
        }
    };
    stream::iter((len > 0).then_some(()))
        .then(opened)
        .try_flatten()
        .map_err(move |err| record(&failure, &err))
}

/// A whole reader; with a declared size, it must produce exactly that many bytes.
pub(super) fn reader_stream(
    reader: Box<dyn AsyncRead + Send + Unpin>,
    size: Option<u64>,
    failure: FailureSlot,
) -> impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static {
    struct State {
        reader: Box<dyn AsyncRead + Send + Unpin>,
        sent: u64,
        size: Option<u64>,
        failure: FailureSlot,
    }
    async fn read(state: &mut State) -> io::Result<Option<Bytes>> {
        let mut buffer = BytesMut::with_capacity(READ_SIZE);
        let read = state.reader.read_buf(&mut buffer).await?;
        state.sent += read as u64;
        match state.size {
            Some(size) if state.sent > size || (read == 0 && state.sent < size) => {
                Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the reader's length differs from its declared size {size}"),
                ))
            }
            _ if read == 0 => Ok(None),
            _ => Ok(Some(buffer.freeze())),
        }
    }
    let state = State {
        reader,
        sent: 0,
        size,
        failure,
    };
    stream::unfold(Some(state), |state| async move {
        let mut state = state?;
        match read(&mut state).await {
            Ok(Some(piece)) => Some((Ok(piece), Some(state))),
            Ok(None) => None,
            Err(err) => Some((Err(record(&state.failure, &err)), None)),
        }
    })
}
