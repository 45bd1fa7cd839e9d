//! The entry points: `client.uploads()`, one upload, and creating media items from many.

use super::*;

/// Handle for uploads, made by [`LibraryExt::uploads`](crate::LibraryExt::uploads) or
/// [`Uploads::new`].
#[derive(Clone, Debug)]
pub struct Uploads {
    client: Client,
}

impl Uploads {
    /// Uploads through `client`.
    pub fn new(client: &Client) -> Self {
        Uploads {
            client: client.clone(),
        }
    }

    /// Uploads one input and returns its upload token, for `mediaItems.batchCreate`
    /// (`SimpleMediaItem.uploadToken`). Tokens are valid for one day.
    pub fn upload(&self, source: impl Into<UploadSource>) -> Upload {
        Upload {
            engine: self.client.engine().clone(),
            source: source.into(),
            settings: Settings::default(),
        }
    }

    /// Uploads every input and creates media items from them; see [`CreateFromFiles`].
    pub fn create_from_files<I>(&self, inputs: I) -> CreateFromFiles
    where
        I: IntoIterator,
        I::Item: Into<NewMedia>,
    {
        CreateFromFiles {
            client: self.client.clone(),
            inputs: inputs.into_iter().map(Into::into).collect(),
            album_id: None,
            album_position: None,
            concurrency: DEFAULT_CONCURRENCY,
            settings: Settings::default(),
        }
    }
}

/// An upload of one input; made by [`Uploads::upload`].
#[derive(Debug)]
#[must_use = "`Upload` does nothing until it is sent"]
pub struct Upload {
    engine: Engine,
    source: UploadSource,
    settings: Settings,
}

/// Setters shared by [`Upload`] and [`CreateFromFiles`].
macro_rules! settings_setters {
    () => {
        /// Raw, resumable, or chosen by size (the default).
        pub fn protocol(mut self, protocol: Protocol) -> Self {
            self.settings.protocol = protocol;
            self
        }

        /// Size of resumable chunks, rounded down to the server's granularity (and to at
        /// least one granule); at most 1 GiB. Default [`DEFAULT_CHUNK_SIZE`].
        pub fn chunk_size(mut self, bytes: u64) -> Self {
            self.settings.chunk_size = bytes.clamp(1, MAX_CHUNK_SIZE);
            self
        }

        /// Inputs larger than this use the resumable protocol under [`Protocol::Auto`].
        /// Default [`DEFAULT_RESUMABLE_THRESHOLD`].
        pub fn resumable_threshold(mut self, bytes: u64) -> Self {
            self.settings.resumable_threshold = bytes;
            self
        }

        /// Called with the bytes sent so far (per input and overall) as the upload
        /// proceeds, e.g. to drive a progress bar. Runs on the task sending the bytes, so
        /// it should return quickly.
        pub fn progress(mut self, callback: impl Fn(Progress) + Send + Sync + 'static) -> Self {
            self.settings.progress = Some(Arc::new(callback));
            self
        }
    };
}

impl Upload {
    settings_setters!();

    /// Sends the bytes and returns the upload token.
    pub async fn send(self) -> Result<String, Error> {
        let mut opened = open(self.source).await?;
        let tracker = Tracker::new(self.settings.progress.clone(), vec![opened.size]);
        upload_opened(&self.engine, &mut opened, &self.settings, &tracker, 0).await
    }
}

/// Uploads many inputs and creates a media item from each; made by
/// [`Uploads::create_from_files`].
///
/// Every input is checked first (its description, its size against the photo and video
/// limits), then uploaded, at most [`concurrency`](Self::concurrency) at a time. The
/// uploaded ones are created with `mediaItems.batchCreate` in input order, in batches of at
/// most 50. The result has one entry per input, in input order: the created [`MediaItem`],
/// or that input's error — its check or upload failure, the per-item status `batchCreate`
/// returned, or the error of its batch's `batchCreate` call. A failure of one input never
/// loses the others.
#[derive(Debug)]
#[must_use = "`CreateFromFiles` does nothing until it is sent"]
pub struct CreateFromFiles {
    client: Client,
    inputs: Vec<NewMedia>,
    album_id: Option<String>,
    album_position: Option<AlbumPosition>,
    concurrency: usize,
    settings: Settings,
}

/// An uploaded input waiting for `batchCreate`.
pub(super) struct Uploaded {
    index: usize,
    token: String,
    file_name: Option<String>,
    description: Option<String>,
}

impl CreateFromFiles {
    settings_setters!();

    /// Adds the new items to this album (the app must have created it).
    pub fn album_id(mut self, album_id: impl Into<String>) -> Self {
        self.album_id = Some(album_id.into());
        self
    }

    /// Where in the album the items go; needs [`album_id`](Self::album_id). Items keep
    /// input order: after the first batch, later batches go after the last item created.
    pub fn album_position(mut self, position: AlbumPosition) -> Self {
        self.album_position = Some(position);
        self
    }

    /// How many uploads run at once (at least 1). Default [`DEFAULT_CONCURRENCY`].
    pub fn concurrency(mut self, uploads: usize) -> Self {
        self.concurrency = uploads.max(1);
        self
    }

    /// Uploads and creates; one result per input, in input order.
    pub async fn send(self) -> Vec<Result<MediaItem, Error>> {
        let count = self.inputs.len();
        let mut results: Vec<Option<Result<MediaItem, Error>>> = (0..count).map(|_| None).collect();
        if self.album_position.is_some() && self.album_id.is_none() {
            let err = Arc::new(rt::Error::InvalidArgument(
                "an album position needs an album id".into(),
            ));
            return (0..count).map(|_| Err(Error::Api(err.clone()))).collect();
        }

        // Check and open every input first, so progress knows the total.
        let mut opened = Vec::with_capacity(count);
        let mut totals = Vec::with_capacity(count);
        for (index, input) in self.inputs.into_iter().enumerate() {
            match prepare_input(input).await {
                Ok((source, description)) => {
                    totals.push(source.size);
                    opened.push((index, source, description));
                }
                Err(err) => {
                    totals.push(Some(0));
                    results[index] = Some(Err(err));
                }
            }
        }
        let tracker = Tracker::new(self.settings.progress.clone(), totals);

        let engine = self.client.engine();
        let settings = &self.settings;
        let uploads = stream::iter(opened)
            .map(|(index, mut source, description)| {
                let tracker = tracker.clone();
                async move {
                    let token = upload_opened(engine, &mut source, settings, &tracker, index).await;
                    (index, token, source.file_name, description)
                }
            })
            .buffer_unordered(self.concurrency)
            .collect::<Vec<_>>()
            .await;
        let mut ready = Vec::new();
        for (index, token, file_name, description) in uploads {
            match token {
                Ok(token) => ready.push(Uploaded {
                    index,
                    token,
                    file_name,
                    description,
                }),
                Err(err) => results[index] = Some(Err(err)),
            }
        }
        ready.sort_by_key(|u| u.index);

        let mut position = self.album_position.clone();
        for batch in ready.chunks(limits::MAX_BATCH_ITEMS) {
            // Fields given, not set through `set_or_clear_…`: an absent album or description
            // is left out of the request, not sent as `null`.
            let mut request = BatchCreateMediaItemsRequest::default();
            request.album_id = self.album_id.clone();
            request.album_position = position.clone();
            request.new_media_items = Some(batch.iter().map(new_media_item).collect());
            let response = self.client.media_items().batch_create(request).send().await;
            let created = match response {
                Ok(response) => {
                    let mut created =
                        assign_results(batch, response.new_media_item_results.unwrap_or_default());
                    let last = created.iter().rev().find_map(|(_, r)| match r {
                        Ok(item) => item.id.clone(),
                        Err(_) => None,
                    });
                    for (index, result) in created.drain(..) {
                        results[index] = Some(result);
                    }
                    last
                }
                Err(err) => {
                    let err = Arc::new(err);
                    for u in batch {
                        results[u.index] = Some(Err(Error::Api(err.clone())));
                    }
                    None
                }
            };
            // Later batches follow the last item created, keeping input order in the album.
            let keeps_order = matches!(
                position.as_ref().and_then(|p| p.position.as_ref()),
                Some(
                    AlbumPositionPosition::FirstInAlbum
                        | AlbumPositionPosition::AfterMediaItem
                        | AlbumPositionPosition::AfterEnrichmentItem
                )
            );
            if let (true, Some(last)) = (keeps_order, created) {
                position = Some(
                    AlbumPosition::default()
                        .set_position(AlbumPositionPosition::AfterMediaItem)
                        .set_relative_media_item_id(last),
                );
            }
        }

        results
            .into_iter()
            .map(|r| r.unwrap_or_else(|| Err(protocol("the input was neither created nor failed"))))
            .collect()
    }
}

/// Checks an input and opens its source.
pub(super) async fn prepare_input(input: NewMedia) -> Result<(Opened, Option<String>), Error> {
    if let Some(description) = &input.description {
        limits::check_description(description)?;
    }
    let opened = open(input.source).await?;
    if let Some(size) = opened.size {
        limits::check_media_size(&opened.mime_type, size)?;
    }
    Ok((opened, input.description))
}

/// Pairs a batch's inputs with `batchCreate`'s results: by upload token, else by position.
pub(super) fn assign_results(
    batch: &[Uploaded],
    results: Vec<crate::library::types::NewMediaItemResult>,
) -> Vec<(usize, Result<MediaItem, Error>)> {
    let mut results: Vec<Option<crate::library::types::NewMediaItemResult>> =
        results.into_iter().map(Some).collect();
    batch
        .iter()
        .enumerate()
        .map(|(position, u)| {
            let by_token = results.iter().position(|r| {
                r.as_ref()
                    .is_some_and(|r| r.upload_token.as_deref() == Some(u.token.as_str()))
            });
            let found = by_token
                .or_else(|| {
                    results
                        .get(position)
                        .filter(|r| r.as_ref().is_some_and(|r| r.upload_token.is_none()))
                        .map(|_| position)
                })
                .and_then(|i| results[i].take());
            let outcome = match found {
                None => Err(protocol("batchCreate returned no result for this item")),
                Some(r) => match (r.status, r.media_item) {
                    (Some(status), _) if status.code.unwrap_or(0) != 0 => {
                        Err(Error::ItemFailed(Box::new(status)))
                    }
                    (_, Some(item)) => Ok(item),
                    (_, None) => Err(protocol("batchCreate returned no media item for this item")),
                },
            };
            (u.index, outcome)
        })
        .collect()
}

/// The `batchCreate` entry of one uploaded input.
fn new_media_item(upload: &Uploaded) -> NewMediaItem {
    let mut simple = SimpleMediaItem::default();
    simple.file_name = upload.file_name.clone();
    simple.upload_token = Some(upload.token.clone());
    let mut item = NewMediaItem::default();
    item.description = upload.description.clone();
    item.simple_media_item = Some(simple);
    item
}
