//! `lib.rs`: the crate's docs, its modules, the `Client`, the API description and the
//! scopes.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::crate_docs::crate_docs;
use crate::emit::examples::client_handle;
use crate::emit::features::feature_cfg;
use crate::emit::resources::handle_fns;
use crate::emit::typeref::ident;
use crate::emit::Context;
use crate::ir::Api;

pub fn lib_rs(api: &Api, cx: &Context) -> TokenStream {
    let docs = crate_docs(api, cx);
    let modules = modules(api);
    let api_info = api_info(api);
    let scopes = scopes(api, cx);
    let client = client(api, cx);
    quote! {
        #docs
        #![forbid(unsafe_code)]
        // docs.rs (`--cfg docsrs`, nightly) shows which cargo feature each item needs.
        #![cfg_attr(docsrs, feature(doc_cfg))]

        /// The runtime shared by every discogen client ([`discogen_runtime`]): errors, auth,
        /// retries, media, paging and value types, the same types for every API.
        pub use discogen_runtime as rt;

        #modules

        pub use rt::{CallBuilder, Error};

        #api_info
        #scopes
        #client
    }
}

/// The crate's modules: `types`, the top-level resources (each under its feature, where
/// the API has features), the top-level methods' builders and the operations' pollers.
fn modules(api: &Api) -> TokenStream {
    let resources = api.root.children.iter().map(|c| {
        let module = ident(&c.module);
        let cfg = c.feature.as_deref().map(feature_cfg);
        quote!(#cfg pub mod #module;)
    });
    let methods = (!api.root.methods.is_empty()).then(|| quote! { pub mod methods; });
    let polling = (!api.operations.is_empty()).then(|| quote! { mod polling; });
    quote! {
        pub mod types;
        #(#resources)*
        #methods
        #polling
    }
}

/// The `API` static, which every call hands the runtime.
fn api_info(api: &Api) -> TokenStream {
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
    quote! {
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
    }
}

/// The `scopes` module: a constant per OAuth scope, documented with what it grants.
fn scopes(api: &Api, cx: &Context) -> TokenStream {
    let consts = api.scopes.iter().map(|s| {
        let name = ident(&s.const_name);
        let url = &s.url;
        let docs = cx
            .docs
            .with(Some(s.description.as_deref().unwrap_or(url)), &s.notes);
        quote! { #docs pub const #name: &str = #url; }
    });
    quote! {
        /// OAuth 2.0 scopes of the API.
        pub mod scopes {
            #(#consts)*
        }
    }
}

/// The `Client`: its constructors, the batch of calls where the API has a batch path, and
/// the handles of the resources and constructors of the top-level methods.
fn client(api: &Api, cx: &Context) -> TokenStream {
    let batch = batch_fn(api);
    let methods = quote!(methods);
    let fns = handle_fns(&api.root, Some(&methods), &client_handle(), cx);
    quote! {
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

            #batch

            #fns
        }
    }
}

/// `Client::batch`, for an API with a batch path.
fn batch_fn(api: &Api) -> Option<TokenStream> {
    let path = api.batch_path.as_deref().filter(|p| !p.is_empty())?;
    let doc = format!(
        " Collects calls of this API to send them as one request to `{path}` (at most \
         [`rt::batch::DEFAULT_MAX_CALLS`] by default): see [`rt::batch::Batch`]."
    );
    Some(quote! {
        #[doc = #doc]
        pub fn batch(&self) -> rt::batch::Batch {
            rt::batch::Batch::new(self.engine.clone())
        }
    })
}
