//! Static facts about one API method, as generated code declares them.

/// HTTP method of an API method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HttpMethod {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl HttpMethod {
    /// The method name as sent on the wire.
    pub const fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Post => "POST",
            HttpMethod::Put => "PUT",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Delete => "DELETE",
        }
    }

    /// Whether repeating the request has the same effect as sending it once (RFC 9110).
    pub const fn is_idempotent(self) -> bool {
        matches!(self, HttpMethod::Get | HttpMethod::Put | HttpMethod::Delete)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            HttpMethod::Get => reqwest::Method::GET,
            HttpMethod::Post => reqwest::Method::POST,
            HttpMethod::Put => reqwest::Method::PUT,
            HttpMethod::Patch => reqwest::Method::PATCH,
            HttpMethod::Delete => reqwest::Method::DELETE,
        }
    }
}

/// One piece of a method's path template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPart {
    /// Text copied as is.
    Literal(&'static str),
    /// A parameter: `{name}` (`reserved: false`, `/` is encoded) or `{+name}`
    /// (`reserved: true`, `/` is kept between non-empty segments). Values must match
    /// `pattern` when given.
    Param {
        /// Parameter name, for error messages.
        name: &'static str,
        /// Reserved expansion (`{+name}`).
        reserved: bool,
        /// Regular expression the whole value must match.
        pattern: Option<&'static str>,
    },
}

/// Static facts about one API method.
#[derive(Debug)]
pub struct MethodInfo {
    /// Discovery id, e.g. `photoslibrary.albums.get`.
    pub id: &'static str,
    /// HTTP method.
    pub http_method: HttpMethod,
    /// Path template, relative to the root URL plus service path.
    pub path: &'static [PathPart],
    /// OAuth scopes, any one of which authorizes the method; tokens are requested for these.
    pub scopes: &'static [&'static str],
}
