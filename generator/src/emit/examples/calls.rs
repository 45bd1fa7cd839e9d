//! The call of a method in an example: its request builder, made from the handle with
//! values for its arguments, and the way its result is used.

use proc_macro2::TokenStream;
use quote::quote;

use super::code::Code;
use super::values::{content_type, string_flag_or_integer};
use super::Examples;
use crate::emit::typeref::ident;
use crate::ir::{Method, PageToken, Param, TypeRef};

/// A method's request builder in example code.
pub(super) struct Builder {
    /// `let request = …;`, for a method that takes a request body.
    pub body: Option<TokenStream>,
    /// `client.projects().get("PROJECT").view(…)`: the handle, the constructor with its
    /// arguments, and one optional setter where there is one.
    pub expr: TokenStream,
}

impl Examples<'_> {
    /// Adds to `code` the statements that call `m` the way it is used.
    pub(super) fn call(&self, handle: &[String], m: &Method, code: &mut Code) {
        let streams = m.pagination.is_some()
            && m.media_upload.is_none()
            && !m.media_download
            && m.poller.is_none();
        let Builder { body, expr } = self.builder(handle, m, streams, code);
        let call = if let Some(upload) = &m.media_upload {
            let lib = &self.lib;
            let content_type = content_type(&upload.accept);
            let upload = match upload.simple_path {
                Some(_) => quote!(upload),
                None => quote!(upload_resumable),
            };
            let sent = bound(m, quote!(#expr.#upload(media).await?));
            quote! {
                let bytes = std::fs::read("FILE_PATH").expect("a file to upload");
                let media = #lib::rt::media::Media::new(bytes, #content_type);
                #sent
            }
        } else if m.media_download {
            quote! {
                let mut download = #expr.download().await?;
                while let Some(chunk) = download.chunk().await? {
                    println!("{} bytes", chunk.len());
                }
            }
        } else if m.poller.is_some() {
            quote!(let done = #expr.poller().until_done().await?;)
        } else if let Some(pagination) = &m.pagination {
            code.import(quote!(futures_util::TryStreamExt));
            let (all, one) = match pagination.items {
                Some(_) => (quote!(items), "item"),
                None => (quote!(pages), "page"),
            };
            let shown = format!("{{{one}:?}}");
            let one = ident(one);
            quote! {
                let #all = #expr.#all();
                let mut #all = std::pin::pin!(#all);
                while let Some(#one) = #all.try_next().await? {
                    println!(#shown);
                }
            }
        } else {
            bound(m, quote!(#expr.send().await?))
        };
        code.group(quote!(#body #call));
    }

    /// The request builder of `m`, reached from `client` through `handle`. Its optional
    /// setter is not the page token where the example `pages` through the results. Imports
    /// the crate's `types` into `code` where the values name them.
    pub(super) fn builder(
        &self,
        handle: &[String],
        m: &Method,
        pages: bool,
        code: &mut Code,
    ) -> Builder {
        let mut uses_types = false;
        let mut args: Vec<TokenStream> = m
            .required_params
            .iter()
            .map(|p| self.param_value(p, &mut uses_types))
            .collect();
        let body = m.request.as_ref().map(|body| {
            let name = ident(&body.name);
            let value = self.body_value(&body.ty, &m.id, &mut uses_types);
            args.push(quote!(#name));
            quote!(let #name = #value;)
        });
        let accessors = handle.iter().map(|a| ident(a));
        let constructor = ident(&m.fn_name);
        let mut expr = quote!(client #(.#accessors())* .#constructor(#(#args),*));
        let token = m
            .pagination
            .as_ref()
            .and_then(|p| match &p.token {
                PageToken::Query { field, .. } => Some(field.as_str()),
                PageToken::Body { .. } => None,
            })
            .filter(|_| pages);
        if let Some(p) = optional_param(m, token) {
            let value = self.param_value(p, &mut uses_types);
            let setter = ident(&p.name);
            expr = quote!(#expr.#setter(#value));
        }
        if uses_types {
            let lib = &self.lib;
            code.import(quote!(#lib::types));
        }
        Builder { body, expr }
    }
}

/// The optional parameter an example sets: the first that is not deprecated and not
/// `skip` (the page token), preferring plain values (strings, numbers, flags, enums) over
/// the rest; `None` when there is none.
fn optional_param<'m>(m: &'m Method, skip: Option<&str>) -> Option<&'m Param> {
    let candidates = || {
        m.optional_params
            .iter()
            .filter(|p| !p.deprecated && Some(p.name.as_str()) != skip)
    };
    let plain = |p: &&Param| matches!(p.ty, TypeRef::Named(_)) || string_flag_or_integer(&p.ty);
    candidates().find(plain).or_else(|| candidates().next())
}

/// The statement of `call`, the result bound to `response` where `m` answers something.
fn bound(m: &Method, call: TokenStream) -> TokenStream {
    match m.response {
        Some(_) => quote!(let response = #call;),
        None => quote!(#call;),
    }
}
