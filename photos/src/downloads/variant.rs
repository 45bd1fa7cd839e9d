//! The parameters Google's media base URLs take.

use crate::error::invalid;
use crate::Error;

/// Which bytes of a media item to read from its base URL.
///
/// Base URLs served from Google's media hosts (the `baseUrl` of a Photos Library media item
/// or of a Photos Picker media file) take parameters appended to the URL: `=w{W}-h{H}` for
/// an image fitted into a box (`-c` crops it to the box), `=d` for the original bytes with
/// their metadata (except location), `=dv` for a video's bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MediaVariant {
    /// An image fitted into `width` × `height` pixels (`=w{W}-h{H}`), keeping its aspect
    /// ratio; with `crop`, cropped to exactly that box (`-c`). For videos, a thumbnail.
    Sized {
        /// Largest width in pixels (at least 1).
        width: u32,
        /// Largest height in pixels (at least 1).
        height: u32,
        /// Crop to the box instead of fitting into it.
        crop: bool,
    },
    /// The original bytes with their metadata, except location (`=d`).
    Original,
    /// A video's bytes (`=dv`).
    Video,
}

impl MediaVariant {
    /// The parameters appended to a base URL, e.g. `=w2048-h1024-c`.
    pub fn suffix(&self) -> Result<String, Error> {
        match *self {
            MediaVariant::Sized {
                width,
                height,
                crop,
            } => {
                if width == 0 || height == 0 {
                    return Err(invalid(format!(
                        "image size {width}x{height}: width and height must be at least 1"
                    )));
                }
                let crop = if crop { "-c" } else { "" };
                Ok(format!("=w{width}-h{height}{crop}"))
            }
            MediaVariant::Original => Ok("=d".into()),
            MediaVariant::Video => Ok("=dv".into()),
        }
    }

    /// `base_url` with this variant's parameters. Fails when `base_url` is not an http(s) URL
    /// or already carries parameters.
    pub fn url(&self, base_url: &str) -> Result<String, Error> {
        let parsed =
            url::Url::parse(base_url).map_err(|_| invalid("the base URL is not a URL".into()))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(invalid("the base URL must use http or https".into()));
        }
        if parsed.query().is_some() || parsed.fragment().is_some() || parsed.path().contains('=') {
            return Err(invalid(
                "the base URL already has parameters; pass the item's baseUrl as is".into(),
            ));
        }
        Ok(format!("{base_url}{}", self.suffix()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://lh3.googleusercontent.com/lr/AF1Qip";

    #[test]
    fn variants_append_parameters() {
        let sized = MediaVariant::Sized {
            width: 2048,
            height: 1024,
            crop: false,
        };
        assert_eq!(sized.url(BASE).unwrap(), format!("{BASE}=w2048-h1024"));
        let cropped = MediaVariant::Sized {
            width: 256,
            height: 256,
            crop: true,
        };
        assert_eq!(cropped.url(BASE).unwrap(), format!("{BASE}=w256-h256-c"));
        assert_eq!(
            MediaVariant::Original.url(BASE).unwrap(),
            format!("{BASE}=d")
        );
        assert_eq!(MediaVariant::Video.url(BASE).unwrap(), format!("{BASE}=dv"));
    }

    #[test]
    fn bad_inputs_are_errors() {
        let zero = MediaVariant::Sized {
            width: 0,
            height: 10,
            crop: false,
        };
        assert!(zero.url(BASE).is_err());
        assert!(MediaVariant::Original.url("not a url").is_err());
        assert!(MediaVariant::Original.url("ftp://x/y").is_err());
        assert!(MediaVariant::Original.url(&format!("{BASE}=d")).is_err());
    }
}
