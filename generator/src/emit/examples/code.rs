//! Example code as tokens, printed by prettyplease like the rest of the crate, so that a long
//! statement (a nested request body, a chain of calls) is broken over lines instead of
//! running off a docs page.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

/// Example code: what it imports, and its statements in groups set apart by a blank line.
#[derive(Default)]
pub(super) struct Code {
    /// Paths to `use`, by their text: each is imported once, and the `use` lines are sorted.
    imports: BTreeMap<String, TokenStream>,
    groups: Vec<TokenStream>,
}

impl Code {
    /// Adds `use path;`, once however often it is asked for.
    pub fn import(&mut self, path: TokenStream) {
        self.imports.insert(path.to_string(), path);
    }

    /// Adds `statements` after a blank line.
    pub fn group(&mut self, statements: TokenStream) {
        self.groups.push(statements);
    }

    /// The lines of the code: its `use` lines, then its groups. Each group is printed on its
    /// own, since prettyplease keeps no blank line.
    pub fn lines(&self) -> Vec<String> {
        let paths = self.imports.values();
        let imports = (!self.imports.is_empty()).then(|| quote!(#(use #paths;)*));
        let mut lines = Vec::new();
        for group in imports.iter().chain(&self.groups) {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(printed(group));
        }
        lines
    }
}

/// `statements` as prettyplease prints them in a function's body, without the indentation.
///
/// Panics if they do not parse as statements: the examples are made of fixed code and of
/// identifiers that every other emitter has made into tokens the same way.
pub(super) fn printed(statements: &TokenStream) -> Vec<String> {
    let file: syn::File = syn::parse2(quote!(fn example() { #statements }))
        .unwrap_or_else(|e| panic!("example code does not parse ({e}): {statements}"));
    let printed = prettyplease::unparse(&file);
    let lines: Vec<&str> = printed.lines().collect();
    match lines.as_slice() {
        [_open, body @ .., _close] => body
            .iter()
            .map(|l| l.strip_prefix("    ").unwrap_or(l).to_string())
            .collect(),
        // `fn example() {}`: no statement.
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_statements_are_broken_and_groups_keep_their_blank_line() {
        let mut code = Code::default();
        code.import(quote!(google_photoslibrary_v1::types));
        code.import(quote!(futures_util::TryStreamExt));
        code.import(quote!(google_photoslibrary_v1::types));
        code.group(quote!(let client = Client::new(token)?;));
        code.group(quote! {
            let request = types::AddEnrichmentToAlbumRequest::default().set_album_position(
                types::AlbumPosition::default()
                    .set_position(types::AlbumPositionPosition::FirstInAlbum),
            );
        });
        assert_eq!(
            code.lines(),
            [
                "use futures_util::TryStreamExt;",
                "use google_photoslibrary_v1::types;",
                "",
                "let client = Client::new(token)?;",
                "",
                "let request = types::AddEnrichmentToAlbumRequest::default()",
                "    .set_album_position(",
                "        types::AlbumPosition::default()",
                "            .set_position(types::AlbumPositionPosition::FirstInAlbum),",
                "    );",
            ]
        );
    }
}
