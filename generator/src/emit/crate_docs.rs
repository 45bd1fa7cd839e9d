//! The crate's documentation, on its `lib.rs`: what the API is, a quick start, how the crate
//! is organized, how to test code that uses it and, for a big API, its cargo features.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::resources::http_variant;
use crate::emit::revision_note;
use crate::emit::Context;
use crate::ir::{Api, Method, Param, Resource, TypeRef};

/// The crate's docs, as `#![doc]` attributes.
pub fn crate_docs(api: &Api, cx: &Context) -> TokenStream {
    let mut sections = intro(api, cx);
    sections.push(cx.examples.quick_start());
    sections.push(ORGANIZATION.to_string());
    sections.extend(testing(api));
    sections.extend(cargo_features(api));
    let text = sections.join("\n\n");
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote!(#(#![doc = #lines])*)
}

/// The API's title and description, where the crate comes from, the API's documentation
/// and the notes on its document, a paragraph each.
fn intro(api: &Api, cx: &Context) -> Vec<String> {
    let mut paragraphs = vec![format!("# {}", api.title)];
    let description = api.description.iter();
    paragraphs.extend(description.map(|d| cx.docs.sanitize(d).join("\n")));
    paragraphs.push(format!(
        "A client for `{}`{}, generated from its Discovery document by `discogen`.",
        api.id,
        revision_note(api)
    ));
    let link = api.documentation_link.iter();
    paragraphs.extend(link.map(|link| format!("API documentation: <{link}>")));
    let notes = api.notes.iter();
    paragraphs.extend(notes.map(|note| cx.docs.sanitize(note).join("\n")));
    paragraphs
}

// After the quick start, one point per line rather than a paragraph to wade through.
const ORGANIZATION: &str = "## How the crate is organized\n\n\
    - [`Client`] has a handle per resource, with one method per API method, each documented \
    with an example of its call. Required parameters are the method's arguments; optional \
    ones are setters of the request builder it returns, and [`CallBuilder`] adds per-call \
    options (fields, timeout, retry policy).\n\
    - The request and response types of [`types`] are `#[non_exhaustive]`: build them from \
    `Default` with chainable setters (`T::default().set_name(\"x\")`) and read their public \
    fields. Enums keep values they do not know (`UnknownValue`), so a revision that adds a \
    property or a value is a minor release.\n\
    - Nothing is lost on the way back: every struct keeps the properties its schema does not \
    name in `unknown_fields` and sends them again.\n\
    - `set_or_clear_…(None)` sends `null` (`set_or_clear_…_entry(key, None)` for one entry of \
    a map), which in a PATCH clears the value on the server.";

/// "Testing code that uses this client": the runtime's mock transport answering the call of
/// [`mocked_call`]. Without such a call, no section.
fn testing(api: &Api) -> Option<String> {
    let (resource, method) = mocked_call(api)?;
    let lib = api.crate_name.replace('-', "_");
    let mut args: Vec<String> = method
        .required_params
        .iter()
        .map(|p| format!("{:?}", p.wire_name))
        .collect();
    if method.request.is_some() {
        args.push("Default::default()".into());
    }
    let reply = match &method.response {
        Some(TypeRef::Named(name)) => format!("MockReply::ok({lib}::types::{name}::default())"),
        Some(_) => "MockReply::ok(serde_json::json!({}))".to_string(),
        None => "MockReply::status(204)".to_string(),
    };
    let builder = format!("{}::{}", resource.module, method.builder);
    Some(format!(
        "## Testing code that uses this client\n\n\
         With the cargo feature `testing`, `rt::testing::MockTransport` takes the network's \
         place: it answers from a script, by method (each request builder's `METHOD_ID`) or by \
         path, with replies made from this crate's own types, and records every request \
         (credentials left out) for the test to check.\n\n\
         ```no_run\n\
         # #[cfg(feature = \"testing\")]\n\
         # async fn example() -> Result<(), {lib}::Error> {{\n\
         use {lib}::rt::testing::{{MockReply, MockTransport}};\n\
         use {lib}::{module};\n\n\
         let mock = MockTransport::new();\n\
         mock.on({builder}::METHOD_ID)\n    .reply({reply});\n\
         let client = {lib}::Client::builder().transport(mock.clone()).build()?;\n\
         client.{accessor}().{method}({args}).send().await?;\n\n\
         let sent = &mock.requests()[0];\n\
         assert_eq!(sent.method_id, Some({builder}::METHOD_ID));\n\
         assert_eq!(sent.method, {lib}::rt::http::Method::{http});\n\
         # Ok(())\n\
         # }}\n\
         ```",
        http = http_variant(method),
        module = resource.module,
        accessor = resource.accessor,
        method = method.fn_name,
        args = args.join(", "),
    ))
}

/// The call the testing section mocks. Each required argument is its parameter's wire name,
/// so it is the `get` with the fewest arguments among the top-level resources' methods whose
/// required arguments are all plain strings that accept their own names (else the first such
/// method): the example compiles, and its call would pass the runtime's checks.
fn mocked_call(api: &Api) -> Option<(&Resource, &Method)> {
    let accepts_its_name = |p: &Param| match &p.pattern {
        None => true,
        Some(pattern) => regex_lite::Regex::new(pattern).is_ok_and(|r| r.is_match(&p.wire_name)),
    };
    let plain = |m: &Method| {
        !m.deprecated
            && m.required_params
                .iter()
                .all(|p| p.ty == TypeRef::String && !p.repeated && accepts_its_name(p))
    };
    let candidates: Vec<(&Resource, &Method)> = api
        .root
        .children
        .iter()
        .filter(|r| !r.deprecated)
        .flat_map(|r| r.methods.iter().filter(|m| plain(m)).map(move |m| (r, m)))
        .collect();
    candidates
        .iter()
        .filter(|(_, m)| m.wire_name == "get")
        .min_by_key(|(_, m)| m.required_params.len())
        .or(candidates.first())
        .copied()
}

/// "Cargo features", for an API big enough to have a feature per top-level resource.
fn cargo_features(api: &Api) -> Option<String> {
    let (first, last) = (api.features.first()?, api.features.last()?);
    Some(format!(
        "## Cargo features\n\nThis API is big ({count} top-level resources), so each top-level \
         resource has a cargo feature (`{first}` … `{last}`, the resource's name in kebab case) \
         that compiles it and the types its methods use. All are on by default (`full`, which \
         also compiles the types no method uses). To compile only what you call: \
         `default-features = false, features = [\"{first}\"]`. Each resource and type says \
         which features it needs.",
        count = api.features.len(),
    ))
}
