//! Long-running operations: the crate's `polling` module (how each operation type is read
//! again) and the `poller()` of the methods that answer with one.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::features::cfg;
use crate::emit::path::path_parts;
use crate::emit::resources::http_method_variant;
use crate::emit::typeref::ident;
use crate::ir::{Api, OperationShape, OperationType, Poller};

/// `src/polling.rs`: one `rt::internal::Polling` per operation type. The routes are described
/// here again, not taken from their resource modules, which cargo features may leave out.
pub fn polling_module(api: &Api) -> TokenStream {
    let statics = api.operations.iter().map(operation_static);
    quote! {
        //! How the operations of this API are read again until they are finished, for the
        //! `poller()` of the methods that answer with one (see `rt::lro::Poller`).
        #(#statics)*
    }
}

fn operation_static(operation: &OperationType) -> TokenStream {
    let name = ident(&operation.static_name);
    let gate = cfg(&operation.gate);
    let doc = format!(
        " `{}`: what says it is finished and the methods that read it again.",
        operation.type_name
    );
    let shape = match &operation.shape {
        OperationShape::Done => quote!(crate::rt::internal::OperationShape::Done),
        OperationShape::Status { done_value } => {
            quote!(crate::rt::internal::OperationShape::Status { done_value: #done_value })
        }
        OperationShape::Field {
            state,
            done_value,
            error,
        } => quote! {
            crate::rt::internal::OperationShape::Field {
                state: &[#(#state),*],
                done_value: #done_value,
                error: &[#(#error),*],
            }
        },
    };
    let arguments = operation
        .arguments
        .iter()
        .map(|(name, path)| quote!((#name, &[#(#path),*])));
    let routes = operation.routes.iter().map(|route| {
        let id = &route.id;
        let http = ident(http_method_variant(route.http_method));
        let path = path_parts(&route.path);
        let scopes = &route.scopes;
        quote! {
            &crate::rt::internal::MethodInfo {
                id: #id,
                http_method: crate::rt::internal::HttpMethod::#http,
                path: &[#(#path),*],
                scopes: &[#(#scopes),*],
                media_upload: None,
                media_download: false,
            }
        }
    });
    quote! {
        #[doc = #doc]
        #gate
        pub(crate) static #name: crate::rt::internal::Polling = crate::rt::internal::Polling {
            shape: #shape,
            routes: &[#(#routes),*],
            arguments: &[#(#arguments),*],
        };
    }
}

/// A builder's `poller()`; `operation` is the method's response type.
pub fn poller_fn(poller: &Poller, operation: &TokenStream) -> TokenStream {
    let polling = ident(&poller.operation);
    let start = quote!(crate::rt::lro::Poller::new(self.into_call(), &crate::polling::#polling));
    let (result, body, yields) = match &poller.response {
        Some(name) => {
            let ty = ident(name);
            let yields = format!("the operation's `response` as [`{name}`](crate::types::{name})");
            (
                quote!(, crate::types::#ty),
                quote!(#start.with_response()),
                yields,
            )
        }
        None => (quote!(), start, "the finished operation".to_string()),
    };
    let doc = format!(
        " Sends the request, then reads the operation it answers again until it is finished \
         ([`rt::lro::Poller`](crate::rt::lro::Poller): `until_done()`, or `poll()` step by step), which \
         yields {yields}."
    );
    quote! {
        #[doc = #doc]
        #[inline]
        pub fn poller(self) -> crate::rt::lro::Poller<#operation #result> {
            #body
        }
    }
}
