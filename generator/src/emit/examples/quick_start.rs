//! The crate's quick start: a client from a token, one call with its errors told apart, and
//! a paged call.

use proc_macro2::TokenStream;
use quote::quote;

use super::calls::Builder;
use super::code::{printed, Code};
use super::{child_handle, client_handle, Examples, Handle};
use crate::ir::{Method, Resource};

const INTRO: &str = "A client needs a token provider (`rt::auth`): `StaticToken` holds a \
    token you already have; with the cargo feature `google-cloud-auth`, `GoogleCloudAuth` \
    finds application default credentials and refreshes them, with `installed-app`, \
    `InstalledApp` signs a user in through their browser and keeps the sign-in on disk, and \
    with `yup-oauth2`, `YupOAuth2` runs an OAuth flow. Every call fails with the one [`Error`]: `status()` and \
    `api_error()` say what the server answered.";

impl Examples<'_> {
    /// The `## Quick start` section of the crate docs.
    pub fn quick_start(&self) -> String {
        let lib = &self.lib;
        let mut code = Code::default();
        code.import(quote!(#lib::rt::auth::StaticToken));
        code.import(quote!(#lib::Client));
        code.group(quote! {
            let token = std::env::var("ACCESS_TOKEN").expect("an OAuth access token");
            let client = Client::new(StaticToken::new(token))?;
        });
        let (call, paged) = quick_start_calls(self.root);
        if let Some((handle, m)) = call {
            let Builder { body, expr } = self.builder(&handle, m, false, &mut code);
            let matched = match_answer(&expr);
            code.group(quote!(#body #matched));
        }
        if let Some((handle, m)) = paged {
            self.call(&handle, m, &mut code);
        }
        format!(
            "## Quick start\n\n{INTRO}\n\n{}",
            self.doctest(&code, "", false)
        )
    }
}

/// A `match` on the answer to `request` that tells a missing resource from other errors.
/// Where the call would not fit on the `match` line, it is bound to a name first.
fn match_answer(request: &TokenStream) -> TokenStream {
    let arms = quote! {
        Ok(response) => println!("{response:?}"),
        Err(err) if err.is_not_found() => println!("not found: {err}"),
        Err(err) => return Err(err),
    };
    let inline = quote! {
        match #request.send().await { #arms }
    };
    // prettyplease breaks a head too long for its line: the chain over lines, or the `{`
    // onto a line of its own.
    let head = printed(&inline).into_iter().next().unwrap_or_default();
    if head.ends_with(".send().await {") {
        return inline;
    }
    quote! {
        let call = #request;
        match call.send().await { #arms }
    }
}

/// A method and the handle it is called on.
type Call<'a> = (Handle, &'a Method);

/// The calls of the quick start: the `get` with the fewest arguments among the top-level
/// methods (the document's first method where there is none), and a paged method: of the
/// same resource where it has one, else the one with the fewest arguments. Deprecated
/// methods and resources are left out.
fn quick_start_calls(root: &Resource) -> (Option<Call<'_>>, Option<Call<'_>>) {
    fn walk<'a>(
        resource: &'a Resource,
        handle: Handle,
        depth: usize,
        out: &mut Vec<(Handle, &'a Method, usize)>,
    ) {
        if resource.deprecated {
            return;
        }
        for m in resource.methods.iter().filter(|m| !m.deprecated) {
            out.push((handle.clone(), m, depth));
        }
        for child in &resource.children {
            walk(child, child_handle(&handle, child), depth + 1, out);
        }
    }
    let mut calls = Vec::new();
    walk(root, client_handle(), 0, &mut calls);
    let arguments = |m: &Method| m.required_params.len() + usize::from(m.request.is_some());
    let top = || calls.iter().filter(|(_, _, depth)| *depth <= 1);
    let call = top()
        .filter(|(_, m, _)| m.wire_name == "get")
        .min_by_key(|(_, m, _)| arguments(m))
        .or_else(|| top().next())
        .map(|(h, m, _)| (h.clone(), *m));
    let paged = || calls.iter().filter(|(_, m, _)| m.pagination.is_some());
    let paged = call
        .as_ref()
        .and_then(|(handle, _)| paged().find(|(h, _, _)| h == handle))
        .or_else(|| paged().min_by_key(|(_, m, _)| arguments(m)))
        .map(|(h, m, _)| (h.clone(), *m));
    (call, paged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_too_long_for_the_match_line_is_bound_first() {
        let short = match_answer(&quote!(client.about().get()));
        assert_eq!(
            printed(&short),
            [
                "match client.about().get().send().await {",
                "    Ok(response) => println!(\"{response:?}\"),",
                "    Err(err) if err.is_not_found() => println!(\"not found: {err}\"),",
                "    Err(err) => return Err(err),",
                "}",
            ]
        );
        let long = match_answer(&quote! {
            client.spreadsheets().get("SPREADSHEET_ID").comments_view_mode(
                types::SpreadsheetsGetCommentsViewMode::CommentsViewModeDefaultForCurrentAccess
            )
        });
        assert_eq!(
            printed(&long)[..7],
            [
                "let call = client",
                "    .spreadsheets()",
                "    .get(\"SPREADSHEET_ID\")",
                "    .comments_view_mode(",
                "        types::SpreadsheetsGetCommentsViewMode::CommentsViewModeDefaultForCurrentAccess,",
                "    );",
                "match call.send().await {",
            ]
        );
    }
}
