//! `lib.rs`: crate docs, the `Client`, the API description and the scopes.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::examples::client_handle;
use crate::emit::features::feature_cfg;
use crate::emit::resources::handle_fns;
use crate::emit::revision_note;
use crate::emit::typeref::ident;
use crate::emit::Context;
use crate::generate::Options;
use crate::ir::Api;

/// `extras` are the extra modules; those in `optional` compile only with their feature.
/// Compiled in place (see [`Options::extras_in_place`]), each is declared with the
/// `#[path]` of its hand-written file; an optional one's file then states its feature note
/// itself (docs on the declaration would resolve the file's intra-doc links in the crate
/// root's scope).
pub fn lib_rs(
    api: &Api,
    extras: &[String],
    optional: &[&str],
    options: &Options,
    cx: &Context,
) -> TokenStream {
    let mut crate_doc = format!("# {}", api.title);
    if let Some(d) = &api.description {
        crate_doc.push_str(&format!("\n\n{}", cx.docs.sanitize(d).join("\n")));
    }
    crate_doc.push_str(&format!(
        "\n\nA client for `{}`{}, generated from its Discovery document by `discogen`.",
        api.id,
        revision_note(api)
    ));
    if let Some(link) = &api.documentation_link {
        crate_doc.push_str(&format!("\n\nAPI documentation: <{link}>"));
    }
    for note in &api.notes {
        crate_doc.push_str(&format!("\n\n{}", cx.docs.sanitize(note).join("\n")));
    }
    crate_doc.push_str("\n\n");
    crate_doc.push_str(&cx.examples.quick_start());
    // After the quick start, one point per line rather than a paragraph to wade through.
    crate_doc.push_str(
        "\n\n## How the crate is organized\n\n\
         - [`Client`] has a handle per resource, with one method per API method, each \
         documented with an example of its call. Required parameters are the method's \
         arguments; optional ones are setters of the request builder it returns, and \
         [`CallBuilder`] adds per-call options (fields, timeout, retry policy).\n\
         - The request and response types of [`types`] are `#[non_exhaustive]`: build them \
         from `Default` with chainable setters (`T::default().set_name(\"x\")`) and read \
         their public fields. Enums keep values they do not know (`UnknownValue`), so a \
         revision that adds a property or a value is a minor release.\n\
         - Nothing is lost on the way back: every struct keeps the properties its schema \
         does not name in `unknown_fields` and sends them again.\n\
         - `set_or_clear_…(None)` sends `null` (`set_or_clear_…_entry(key, None)` for one \
         entry of a map), which in a PATCH clears the value on the server.",
    );
    if let Some(section) = testing_section(api) {
        crate_doc.push_str(&section);
    }
    if let (Some(first), Some(last)) = (api.features.first(), api.features.last()) {
        crate_doc.push_str(&format!(
            "\n\n## Cargo features\n\nThis API is big ({count} top-level resources), so each \
             top-level resource has a cargo feature (`{first}` … `{last}`, the resource's name \
             in kebab case) that compiles it and the types its methods use. All are on by \
             default (`full`, which also compiles the types no method uses). To compile only \
             what you call: `default-features = false, features = [\"{first}\"]`. Each \
             resource and type says which features it needs.",
            count = api.features.len(),
        ));
    }
    let crate_docs = crate_doc.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });

    let id = &api.id;
    let root_url = &api.root_url;
    let service_path = &api.service_path;
    // The runtime takes "" for "the document does not say".
    let batch = api.batch_path.as_deref().unwrap_or_default();
    let min_waits = api.min_retry_waits.iter().map(|(status, secs)| {
        let (status, secs) = (
            proc_macro2::Literal::u16_unsuffixed(*status),
            proc_macro2::Literal::u64_unsuffixed(*secs),
        );
        quote!((#status, std::time::Duration::from_secs(#secs)))
    });
    let modules = api.root.children.iter().map(|c| {
        let module = ident(&c.module);
        let cfg = c.feature.as_deref().map(feature_cfg);
        quote!(#cfg pub mod #module;)
    });
    let methods_module = (!api.root.methods.is_empty()).then(|| {
        quote!(
            pub mod methods;
        )
    });
    let extras_modules = extras.iter().map(|m| {
        let cfg = optional.contains(&m.as_str()).then(|| feature_cfg(m));
        let placed = options
            .extra_module_path(m)
            .map(|path| quote!(#[path = #path]));
        let m = ident(m);
        quote!(#cfg #placed pub mod #m;)
    });
    let polling_module = (!api.operations.is_empty()).then(|| {
        quote!(
            mod polling;
        )
    });
    let batch_fn = api
        .batch_path
        .as_deref()
        .filter(|p| !p.is_empty())
        .map(|path| {
            let doc = format!(
                " Collects calls of this API to send them as one request to `{path}` (at most \
                 [`rt::batch::DEFAULT_MAX_CALLS`] by default): see [`rt::batch::Batch`]."
            );
            quote! {
                #[doc = #doc]
                pub fn batch(&self) -> rt::batch::Batch {
                    rt::batch::Batch::new(self.engine.clone())
                }
            }
        });
    let methods = quote!(methods);
    let fns = handle_fns(&api.root, Some(&methods), &client_handle(), cx);
    let scope_consts = api.scopes.iter().map(|s| {
        let name = ident(&s.const_name);
        let url = &s.url;
        let docs = cx
            .docs
            .with(Some(s.description.as_deref().unwrap_or(url)), &s.notes);
        quote! { #docs pub const #name: &str = #url; }
    });
    quote! {
        #(#![doc = #crate_docs])*
        #![forbid(unsafe_code)]
        // docs.rs (`--cfg docsrs`, nightly) shows which cargo feature each item needs.
        #![cfg_attr(docsrs, feature(doc_cfg))]

        /// The runtime shared by every discogen client ([`discogen_runtime`]): errors, auth,
        /// retries, media, paging and value types, the same types for every API.
        pub use discogen_runtime as rt;

        pub mod types;
        #(#modules)*
        #methods_module
        #polling_module
        #(#extras_modules)*

        pub use rt::{CallBuilder, Error};

        /// What the runtime needs to know about this API.
        static API: rt::internal::ApiInfo = rt::internal::ApiInfo {
            id: #id,
            crate_name: env!("CARGO_PKG_NAME"),
            crate_version: env!("CARGO_PKG_VERSION"),
            root_url: #root_url,
            service_path: #service_path,
            batch_path: #batch,
            min_retry_waits: &[#(#min_waits),*],
        };

        /// OAuth 2.0 scopes of the API.
        pub mod scopes {
            #(#scope_consts)*
        }

        /// The entry point: a handle to every resource of the API.
        ///
        /// Cheap to clone; clones share one connection pool and token cache.
        #[derive(Clone, Debug)]
        pub struct Client {
            pub(crate) engine: rt::engine::Engine,
        }

        impl Client {
            /// A client that authenticates every request with `token_provider`, with default
            /// settings otherwise. Use [`Client::builder`] to change them.
            pub fn new(token_provider: impl rt::auth::TokenProvider + 'static) -> Result<Self, Error> {
                Self::builder().token_provider(token_provider).build()
            }

            /// Settings for a client: base URL, HTTP client, retries, timeouts, credentials.
            pub fn builder() -> rt::ClientBuilder<Client> {
                rt::ClientBuilder::new(&API, |engine| Client { engine })
            }

            /// The request path this client's calls go through (its transport, token,
            /// retries and rate limit), for requests that no method of the API describes:
            /// see [`rt::engine::RawRequest`].
            pub fn engine(&self) -> &rt::engine::Engine {
                &self.engine
            }

            #batch_fn

            #fns
        }
    }
}

/// "Testing code that uses this client": the runtime's mock transport answering one call of
/// this API. Each required argument is its parameter's wire name, so the call is the `get`
/// with the fewest arguments among the top-level resources' methods whose required arguments
/// are all plain strings that accept their own names (else the first such method): the
/// example compiles, and its call would pass the runtime's checks. Without such a method, no
/// section.
fn testing_section(api: &Api) -> Option<String> {
    let accepts_its_name = |p: &crate::ir::Param| match &p.pattern {
        None => true,
        Some(pattern) => regex_lite::Regex::new(pattern).is_ok_and(|r| r.is_match(&p.wire_name)),
    };
    let plain = |m: &crate::ir::Method| {
        !m.deprecated
            && m.required_params
                .iter()
                .all(|p| p.ty == crate::ir::TypeRef::String && !p.repeated && accepts_its_name(p))
    };
    let candidates: Vec<(&crate::ir::Resource, &crate::ir::Method)> = api
        .root
        .children
        .iter()
        .filter(|r| !r.deprecated)
        .flat_map(|r| r.methods.iter().filter(|m| plain(m)).map(move |m| (r, m)))
        .collect();
    let (resource, method) = candidates
        .iter()
        .filter(|(_, m)| m.wire_name == "get")
        .min_by_key(|(_, m)| m.required_params.len())
        .or(candidates.first())
        .copied()?;
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
        Some(crate::ir::TypeRef::Named(name)) => {
            format!("MockReply::ok({lib}::types::{name}::default())")
        }
        Some(_) => "MockReply::ok(serde_json::json!({}))".to_string(),
        None => "MockReply::status(204)".to_string(),
    };
    let builder = format!("{}::{}", resource.module, method.builder);
    Some(format!(
        "\n\n## Testing code that uses this client\n\n\
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
        http = crate::emit::resources::http_variant(method),
        module = resource.module,
        accessor = resource.accessor,
        method = method.fn_name,
        args = args.join(", "),
    ))
}
