//! The picking flow of Google's guides, one step per method: a user chooses photos and
//! videos from their own Google Photos library, and the app reads what was chosen.
//!
//! Since 2025-03-31 this is how an app reads a user's photos: the Library API serves only
//! what the app created. The steps
//! (<https://developers.google.com/photos/picker/guides/get-started-picker>):
//!
//! 1. [`Picking::start`] creates a session (`sessions.create`);
//! 2. [`picker_link`] gives the link the user opens (with `/autoclose` when the app wants
//!    the tab to close itself), on this device or, as a QR code, on a phone;
//! 3. [`Picking::wait`] polls `sessions.get` at the server's `pollingConfig.pollInterval`
//!    until `mediaItemsSet` is true, or until `pollingConfig.timeoutIn` runs out;
//! 4. [`Picking::items`] lists every picked item (`mediaItems.list`);
//! 5. [`Picking::download`] reads an item's bytes through its `baseUrl`, with the access
//!    token (Picker base URLs need it, unlike Library ones) and the same `=w`/`=h`/`=d`/`=dv`
//!    parameters; they expire after 60 minutes;
//! 6. [`Picking::delete`] deletes the session, as Google asks once the app is done.
//!
//! Each step is usable alone, and every failure is the crate's [`Error`], whose picking cases
//! ([`Error::NotPicked`], [`Error::SessionExpired`], [`Error::NotReady`],
//! [`Error::TooManySessions`], [`Error::Incomplete`]) say what to do next.
//!
//! ```no_run
//! # async fn example(client: google_photos::picker::Client) -> google_photos::Result<()> {
//! use google_photos::picking::{original_variant, picker_link};
//! use google_photos::PickerExt as _;
//!
//! let picking = client.picking();
//! let session = picking.start().max_item_count(10).send().await?;
//! println!("Pick your photos at {}", picker_link(&session, false)?);
//! let session = picking.wait(&session).await?;
//! let id = session.id.as_deref().unwrap_or_default();
//! for (n, item) in picking.items(id).await?.iter().enumerate() {
//!     let download = picking.download(item, original_variant(item))?;
//!     download.to_file(format!("picked-{n}")).await?;
//! }
//! picking.delete(id).await?;
//! # Ok(()) }
//! ```

mod error;
mod wait;

use futures_util::{Stream, StreamExt, TryStreamExt};

use self::error::{from_call, Step};
pub use self::wait::Wait;
use crate::downloads::{DownloadRequest, MediaVariant};
use crate::picker::types::{PickedMediaItem, PickedMediaItemType, PickingConfig, PickingSession};
use crate::picker::Client;
use crate::Error;

/// The scope a token for a Picker base URL is asked for.
static DOWNLOAD_SCOPES: &[&str] = &[crate::picker::scopes::PHOTOSPICKER_MEDIAITEMS_READONLY];

/// Items per `mediaItems.list` page: the most the API returns.
const PAGE_SIZE: i32 = 100;

/// The steps of the picking flow, made by [`PickerExt::picking`](crate::PickerExt::picking)
/// or [`Picking::new`].
#[derive(Clone, Debug)]
pub struct Picking {
    client: Client,
}

impl Picking {
    /// The picking flow through `client`.
    pub fn new(client: &Client) -> Self {
        Picking {
            client: client.clone(),
        }
    }

    /// Step 1: a new session (`sessions.create`). Fails with
    /// [`Error::TooManySessions`] when the user has too many open ones.
    pub fn start(&self) -> Start {
        Start {
            client: self.client.clone(),
            config: PickingConfig::default(),
            request_id: None,
        }
    }

    /// Step 3: waits until the user has finished picking in `session` (as returned by
    /// [`start`](Self::start) or `sessions.get`), polling as the session's `pollingConfig`
    /// says. Await it, or set [`Wait::max_wait`] first.
    pub fn wait(&self, session: &PickingSession) -> Wait {
        Wait::new(self.client.clone(), session.clone())
    }

    /// Step 4: every item the user picked in session `session_id`, in order, read a page
    /// of 100 at a time.
    pub async fn items(&self, session_id: &str) -> Result<Vec<PickedMediaItem>, Error> {
        self.item_stream(session_id).try_collect().await
    }

    /// Step 4 as a stream: the picked items, pages fetched as the stream is read.
    pub fn item_stream(
        &self,
        session_id: &str,
    ) -> impl Stream<Item = Result<PickedMediaItem, Error>> + Send + 'static {
        let id = session_id.to_string();
        self.client
            .media_items()
            .list()
            .session_id(session_id)
            .page_size(PAGE_SIZE)
            .items()
            .map(move |item| item.map_err(|err| from_call(Step::Session(&id), err)))
    }

    /// Step 5: a download of `variant` of `item`, from its `mediaFile.baseUrl`, with the
    /// client's access token.
    pub fn download(
        &self,
        item: &PickedMediaItem,
        variant: MediaVariant,
    ) -> Result<DownloadRequest, Error> {
        let base = item
            .media_file
            .as_ref()
            .and_then(|file| file.base_url.as_deref())
            .ok_or(Error::Incomplete {
                what: "picked media item",
                field: "mediaFile.baseUrl",
            })?;
        let url = variant.url(base)?;
        Ok(DownloadRequest::new(self.client.engine(), url, DOWNLOAD_SCOPES).authorized(true))
    }

    /// Step 6: deletes session `session_id` (`sessions.delete`). Its base URLs stop
    /// working, so download first.
    pub async fn delete(&self, session_id: &str) -> Result<(), Error> {
        self.client
            .sessions()
            .delete(session_id)
            .send()
            .await
            .map(|_| ())
            .map_err(|err| from_call(Step::Session(session_id), err))
    }
}

/// Step 2: the link to give the user, from the session's `pickerUri`; with `autoclose`,
/// the picker's tab closes itself once the user is done (`/autoclose` appended, as
/// Google's guides describe for apps that poll rather than redirect).
pub fn picker_link(session: &PickingSession, autoclose: bool) -> Result<String, Error> {
    let uri = session.picker_uri.as_deref().ok_or(Error::Incomplete {
        what: "session",
        field: "pickerUri",
    })?;
    Ok(if autoclose {
        format!("{}/autoclose", uri.trim_end_matches('/'))
    } else {
        uri.to_string()
    })
}

/// The variant that reads `item`'s original bytes: `=dv` for a video, `=d` (with the
/// metadata except location) otherwise.
pub fn original_variant(item: &PickedMediaItem) -> MediaVariant {
    match item.r#type {
        Some(PickedMediaItemType::Video) => MediaVariant::Video,
        _ => MediaVariant::Original,
    }
}

/// A session to create, made by [`Picking::start`].
#[derive(Debug)]
#[must_use = "`Start` does nothing until it is sent"]
pub struct Start {
    client: Client,
    config: PickingConfig,
    request_id: Option<String>,
}

impl Start {
    /// The most items the user may pick (`pickingConfig.maxItemCount`).
    pub fn max_item_count(mut self, count: i64) -> Self {
        self.config.max_item_count = Some(count);
        self
    }

    /// A UUID (version 4) naming this request (`requestId`), for the streamlined picking
    /// of apps on limited-input devices; sending the same one again does not make a second
    /// session.
    pub fn request_id(mut self, request_id: impl Into<String>) -> Self {
        self.request_id = Some(request_id.into());
        self
    }

    /// Creates the session.
    pub async fn send(self) -> Result<PickingSession, Error> {
        let mut session = PickingSession::default();
        if self.config != PickingConfig::default() {
            session.picking_config = Some(self.config);
        }
        let mut create = self.client.sessions().create(session);
        if let Some(id) = self.request_id {
            create = create.request_id(id);
        }
        create
            .send()
            .await
            .map_err(|err| from_call(Step::Create, err))
    }
}
