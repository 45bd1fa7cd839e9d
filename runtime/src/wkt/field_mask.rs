//! `FieldMask`: the paths of the fields a request reads or changes.

use std::fmt;
use std::str::FromStr;

/// A set of field paths (`google-fieldmask` format), written as a comma-separated list such
/// as `"displayName,mediaMetadata.width"`.
///
/// A setter that takes a mask takes anything that converts into one: the text of a mask, or
/// its paths.
///
/// ```
/// use discogen_runtime::wkt::FieldMask;
///
/// assert_eq!(FieldMask::from("title"), FieldMask::new(["title"]));
/// assert_eq!(FieldMask::from("title, description").paths(), ["title", "description"]);
/// assert_eq!(FieldMask::from(["title", "mediaMetadata.width"]).to_string(), "title,mediaMetadata.width");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldMask(Vec<String>);

impl FieldMask {
    /// Builds a mask from paths.
    pub fn new<I, S>(paths: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        FieldMask(paths.into_iter().map(Into::into).collect())
    }

    /// The paths in the mask.
    pub fn paths(&self) -> &[String] {
        &self.0
    }

    /// Unwraps into the paths.
    pub fn into_paths(self) -> Vec<String> {
        self.0
    }

    /// Adds a path.
    pub fn push(&mut self, path: impl Into<String>) {
        self.0.push(path.into());
    }

    /// Whether the mask has no paths.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<String>> for FieldMask {
    fn from(value: Vec<String>) -> Self {
        FieldMask(value)
    }
}

/// The paths of the text of a mask: comma-separated, blanks around them ignored.
impl From<&str> for FieldMask {
    fn from(text: &str) -> Self {
        FieldMask(
            text.split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }
}

impl From<String> for FieldMask {
    fn from(text: String) -> Self {
        FieldMask::from(text.as_str())
    }
}

impl<S: Into<String>, const N: usize> From<[S; N]> for FieldMask {
    fn from(paths: [S; N]) -> Self {
        FieldMask::new(paths)
    }
}

impl From<Vec<&str>> for FieldMask {
    fn from(paths: Vec<&str>) -> Self {
        FieldMask::new(paths)
    }
}

impl<S: Into<String>> FromIterator<S> for FieldMask {
    fn from_iter<T: IntoIterator<Item = S>>(iter: T) -> Self {
        FieldMask::new(iter)
    }
}

impl fmt::Display for FieldMask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, path) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(path)?;
        }
        Ok(())
    }
}

impl FromStr for FieldMask {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(FieldMask::from(s))
    }
}

string_serde!(FieldMask, "a comma-separated field mask string");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_mask_round_trips() {
        let m: FieldMask = "displayName, mediaMetadata.width,,".parse().unwrap();
        assert_eq!(m.paths(), ["displayName", "mediaMetadata.width"]);
        assert_eq!(m.to_string(), "displayName,mediaMetadata.width");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, "\"displayName,mediaMetadata.width\"");
        assert_eq!(serde_json::from_str::<FieldMask>(&json).unwrap(), m);
        assert!(serde_json::from_str::<FieldMask>("\"\"")
            .unwrap()
            .is_empty());
    }
}
