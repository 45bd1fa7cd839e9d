//! Limits of the Photos Library API, for code that prepares requests.
//!
//! The limits of the API's methods are stated once, by the generated request builders (each
//! builder's associated constants, from the generator's data on the API, which also checks
//! them before sending); this module names the ones an app needs under one roof. The sizes of
//! media are the upload endpoint's, which no method describes.

use crate::error::invalid;
use crate::library::{albums, media_items};
use crate::Error;

/// Most ids in `mediaItems.batchGet`, `albums.batchAddMediaItems` and
/// `albums.batchRemoveMediaItems`, and most items in one `mediaItems.batchCreate` call.
pub const MAX_BATCH_ITEMS: usize = media_items::BatchCreate::NEW_MEDIA_ITEMS_MAX_ITEMS;

/// Largest `pageSize` of `mediaItems.list` and `mediaItems.search`.
pub const MAX_MEDIA_ITEMS_PAGE_SIZE: i32 = media_items::List::PAGE_SIZE_MAXIMUM as i32;

/// Largest `pageSize` of `albums.list` and `sharedAlbums.list`.
pub const MAX_ALBUMS_PAGE_SIZE: i32 = albums::List::PAGE_SIZE_MAXIMUM as i32;

/// Most characters in a media item's description (it must be shorter than 1000).
pub const MAX_DESCRIPTION_CHARS: usize =
    media_items::BatchCreate::NEW_MEDIA_ITEMS_DESCRIPTION_MAX_LENGTH;

/// Most characters in an album's title.
pub const MAX_ALBUM_TITLE_CHARS: usize = albums::Create::ALBUM_TITLE_MAX_LENGTH;

/// Largest photo Google Photos accepts, in bytes (200 MB).
pub const MAX_PHOTO_BYTES: u64 = 200 * 1024 * 1024;

/// Largest video Google Photos accepts, in bytes (20 GB).
pub const MAX_VIDEO_BYTES: u64 = 20 * 1024 * 1024 * 1024;

/// Checks a media item description: [`Error::Api`] (the runtime's `InvalidArgument`) when it
/// has more than
/// [`MAX_DESCRIPTION_CHARS`] characters.
pub fn check_description(description: &str) -> Result<(), Error> {
    let found = description.chars().count();
    if found > MAX_DESCRIPTION_CHARS {
        return Err(invalid(format!(
            "a media item description has {found} characters; the API allows at most \
             {MAX_DESCRIPTION_CHARS}"
        )));
    }
    Ok(())
}

/// Checks an album title: [`Error::Api`] (the runtime's `InvalidArgument`) when it has more
/// than
/// [`MAX_ALBUM_TITLE_CHARS`] characters.
pub fn check_album_title(title: &str) -> Result<(), Error> {
    let found = title.chars().count();
    if found > MAX_ALBUM_TITLE_CHARS {
        return Err(invalid(format!(
            "an album title has {found} characters; the API allows at most \
             {MAX_ALBUM_TITLE_CHARS}"
        )));
    }
    Ok(())
}

/// Checks the size of media of type `mime_type` against [`MAX_PHOTO_BYTES`] (images) or
/// [`MAX_VIDEO_BYTES`] (videos); other types are left to the server.
pub fn check_media_size(mime_type: &str, size: u64) -> Result<(), Error> {
    let essence = mime_type.split(';').next().unwrap_or("").trim();
    let (kind, max) = if essence.starts_with("image/") {
        ("photo", MAX_PHOTO_BYTES)
    } else if essence.starts_with("video/") {
        ("video", MAX_VIDEO_BYTES)
    } else {
        return Ok(());
    };
    if size > max {
        return Err(invalid(format!(
            "a {kind} of {size} bytes is larger than the API's limit of {max} bytes"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_count_characters_not_bytes() {
        assert!(check_description(&"é".repeat(999)).is_ok());
        assert!(check_description(&"a".repeat(1000)).is_err());
        assert!(check_album_title(&"日".repeat(500)).is_ok());
        assert!(check_album_title(&"a".repeat(501)).is_err());
    }

    #[test]
    fn media_sizes_depend_on_the_kind() {
        assert!(check_media_size("image/jpeg", MAX_PHOTO_BYTES).is_ok());
        assert!(check_media_size("image/jpeg", MAX_PHOTO_BYTES + 1).is_err());
        assert!(check_media_size("video/mp4", MAX_PHOTO_BYTES + 1).is_ok());
        assert!(check_media_size("video/mp4", MAX_VIDEO_BYTES + 1).is_err());
        assert!(check_media_size("application/octet-stream", u64::MAX).is_ok());
    }
}
