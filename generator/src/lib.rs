//! Generates Rust client crates from Google API Discovery documents.
//!
//! The pipeline has three layers, each in its own module:
//! [`model`] parses the document faithfully, [`lower`] turns it into the [`ir`] (where every
//! name and type is decided) and [`emit`] prints the IR as a formatted crate. [`generate()`]
//! runs them in order. A generated crate is only what the document and the data below
//! describe: hand-written code lives in crates of its own, on top of it.
//!
//! What a document does not say about its API is data: [`apis`] holds it, one file per API
//! ([`Overlay`] is its format, also for an API it has no file for). Around it: [`output`]
//! writes a crate (only the files that changed), and [`Builder`] generates from a build
//! script into `OUT_DIR`.

pub mod apis;
mod builder;
pub mod emit;
pub mod error;
pub mod generate;
pub mod ir;
pub mod lower;
pub mod model;
pub mod naming;
pub mod output;
pub mod overlay;

pub use builder::{BuildError, Builder};
pub use emit::{GeneratedFile, RuntimeDependency, RUNTIME_VERSION};
pub use error::Error;
pub use generate::{generate, Options};
pub use overlay::Overlay;

// The Rust examples of the README and the guide compile as doctests (with this crate's
// dev-dependencies: the Photos, Drive, Storage and BigQuery clients and google-photos), so
// they cannot drift from the API.
#[cfg(doctest)]
mod documentation {
    #[doc = include_str!("../../README.md")]
    struct Readme;
    macro_rules! guide_pages {
        ($($page:ident = $file:literal),* $(,)?) => {
            $(
                #[doc = include_str!(concat!("../../docs/guide/", $file))]
                struct $page;
            )*
        };
    }
    guide_pages!(
        Architecture = "architecture.md",
        Calls = "calls.md",
        Testing = "testing.md",
        Media = "media.md",
        Paging = "paging.md",
        Operations = "operations.md",
        Batch = "batch.md",
        BigApis = "big-apis.md",
        Photos = "photos.md",
        Picker = "picker.md",
        Emulator = "emulator.md",
        Correctness = "correctness.md",
        Publishing = "publishing.md",
    );
}
