//! Errors the generator reports about its input.

/// Why a Discovery document could not be turned into a crate.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The document is not valid JSON, or a value has the wrong shape.
    #[error("malformed Discovery document at {path}: {message}")]
    Malformed { path: String, message: String },
    /// A `$ref` names a schema the document does not define.
    #[error("{path} refers to schema `{target}`, which the document does not define")]
    DanglingRef { path: String, target: String },
    /// The document is well-formed JSON but breaks a rule of the Discovery format.
    #[error("invalid Discovery document at {path}: {message}")]
    Invalid { path: String, message: String },
    /// The overlay (see [`crate::overlay`]) is malformed or names something the document
    /// does not have.
    #[error("invalid overlay at {path}: {message}")]
    Overlay { path: String, message: String },
    /// The emitted tokens did not parse as Rust: a generator bug, reported rather than hidden.
    #[error("generated code for {file} does not parse: {message}")]
    Emit { file: String, message: String },
    /// A file could not be read or written.
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

impl Error {
    pub(crate) fn io(path: &std::path::Path, error: std::io::Error) -> Error {
        Error::Io {
            path: path.display().to_string(),
            message: error.to_string(),
        }
    }
}
