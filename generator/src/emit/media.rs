//! Media methods of a request builder: `upload` (simple protocol), `upload_resumable`
//! (resumable protocol) and `download` (`alt=media`), for the methods whose document says so.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::doc_with;
use crate::emit::limits::human_size;
use crate::emit::path::{path_parts, template};
use crate::emit::typeref::ident;
use crate::ir::{MediaUpload, Method};

/// The statements `send` is made of, shared by the media methods.
pub struct CallParts<'a> {
    pub limit_checks: &'a [TokenStream],
    pub path_calls: &'a [TokenStream],
    pub query_calls: &'a [TokenStream],
    pub body_call: Option<&'a TokenStream>,
    pub response_ty: &'a TokenStream,
}

/// The upload `static` and the media methods of `m`'s builder; empty for other methods.
pub fn media_items(m: &Method, parts: &CallParts) -> TokenStream {
    let builder = ident(&m.builder);
    let upload = m.media_upload.as_ref().map(|u| upload_items(m, u, parts));
    let download = m.media_download.then(|| download_fn(m, parts));
    if upload.is_none() && download.is_none() {
        return TokenStream::new();
    }
    let (upload_static, upload_fns) = upload.unzip();
    quote! {
        #upload_static

        impl #builder {
            #upload_fns
            #download
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Protocol {
    Simple,
    Resumable,
}

/// What travels with the media, for one protocol.
fn metadata_note(m: &Method, u: &MediaUpload, protocol: Protocol) -> String {
    let simple = protocol == Protocol::Simple;
    match (&m.request, u.with_metadata) {
        (Some(body), true) => format!(
            "The request body (`{}`) is sent as JSON metadata {}.",
            crate::naming::unraw(&body.name),
            if simple {
                "before the media (`uploadType=multipart`, a `multipart/related` body)"
            } else {
                "in the request that opens the session"
            }
        ),
        (Some(body), false) => format!(
            "The method takes no metadata with media: the request body (`{}`) is not sent{}.",
            crate::naming::unraw(&body.name),
            if simple { " (`uploadType=media`)" } else { "" }
        ),
        (None, _) if simple => "The media is the whole request body (`uploadType=media`).".into(),
        (None, _) => "The session opens without metadata; the chunks carry only the media.".into(),
    }
}

fn limits_note(u: &MediaUpload) -> String {
    let mut checks = Vec::new();
    if !u.accept.is_empty() {
        let accept: Vec<String> = u.accept.iter().map(|a| format!("`{a}`")).collect();
        checks.push(format!("its type must match {}", accept.join(", ")));
    }
    if let Some(max) = u.max_size {
        checks.push(format!("it may hold at most {}", human_size(max)));
    }
    if checks.is_empty() {
        String::new()
    } else {
        format!(
            "Checked before anything is sent (`Error::InvalidArgument` otherwise): {}.",
            checks.join("; ")
        )
    }
}

fn upload_items(m: &Method, u: &MediaUpload, parts: &CallParts) -> (TokenStream, TokenStream) {
    let info = ident(&u.info_static);
    let accept = &u.accept;
    let max_size = match u.max_size {
        Some(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    };
    let with_metadata = u.with_metadata;
    let simple = u.simple_path.as_deref().map(path_parts);
    let simple_path = match &simple {
        Some(parts) => quote!(&[#(#parts),*]),
        None => quote!(&[]),
    };
    let resumable = u.resumable_path.as_deref().map(path_parts);
    let resumable_path = match &resumable {
        Some(parts) => quote!(&[#(#parts),*]),
        None => quote!(&[]),
    };
    let static_item = quote! {
        static #info: crate::rt::internal::MediaUpload = crate::rt::internal::MediaUpload {
            path: #simple_path,
            max_size: #max_size,
            accept: &[#(#accept),*],
            multipart: #with_metadata,
            resumable_path: #resumable_path,
        };
    };

    let CallParts {
        limit_checks,
        path_calls,
        query_calls,
        body_call,
        response_ty,
    } = parts;
    let method_info = ident(&m.info_static);
    let body_call = body_call.filter(|_| u.with_metadata);
    let execute = match m.response {
        Some(_) => quote!(self.core.execute(call)),
        None => quote!(self.core.execute_empty(call)),
    };
    let limits = limits_note(u);
    let upload_fn = u.simple_path.as_deref().map(|segments| {
        let doc = doc_with(
            Some(&format!(
                "Sends the request with `media` as its content, in one request to the upload \
                 endpoint `{} {}`.",
                m.http_method.as_str(),
                template(segments)
            )),
            &[metadata_note(m, u, Protocol::Simple), limits.clone()],
        );
        quote! {
            #doc
            #[inline]
            pub fn upload(self, media: crate::rt::Media) -> crate::rt::ResponseFuture<#response_ty> {
                let mut call = crate::rt::internal::Call::new(&#method_info, self.opts);
                #(#limit_checks)*
                #(#path_calls)*
                #(#query_calls)*
                #body_call
                call.media_upload(&#info, media);
                #execute
            }
        }
    });
    let resumable_fn = u.resumable_path.as_deref().map(|segments| {
        let doc = doc_with(
            Some(&format!(
                "Sends the request with `media` as its content through the resumable protocol: \
                 `{} {}` (`uploadType=resumable`) opens an upload session, then the media goes \
                 in chunks (see `rt::Media::chunk_size`), resuming from \
                 the server's offset after a transient failure.",
                m.http_method.as_str(),
                template(segments)
            )),
            &[metadata_note(m, u, Protocol::Resumable), limits.clone()],
        );
        quote! {
            #doc
            #[inline]
            pub fn upload_resumable(self, media: crate::rt::Media) -> crate::rt::ResponseFuture<#response_ty> {
                let mut call = crate::rt::internal::Call::new(&#method_info, self.opts);
                #(#limit_checks)*
                #(#path_calls)*
                #(#query_calls)*
                #body_call
                call.resumable_upload(&#info, media);
                #execute
            }
        }
    });
    (static_item, quote!(#upload_fn #resumable_fn))
}

fn download_fn(m: &Method, parts: &CallParts) -> TokenStream {
    let CallParts {
        limit_checks,
        path_calls,
        query_calls,
        body_call,
        ..
    } = parts;
    let method_info = ident(&m.info_static);
    let binding = if path_calls.is_empty()
        && query_calls.is_empty()
        && body_call.is_none()
        && limit_checks.is_empty()
    {
        quote!(call)
    } else {
        quote!(mut call)
    };
    let doc = doc_with(
        Some(
            "Sends the request with `alt=media` and returns the content itself rather than its \
             metadata, unread: stream it with `rt::Download::chunk` or \
             `rt::Download::into_stream`.",
        ),
        &[],
    );
    quote! {
        #doc
        #[inline]
        pub fn download(self) -> crate::rt::ResponseFuture<crate::rt::Download> {
            let #binding = crate::rt::internal::Call::new(&#method_info, self.opts);
            #(#limit_checks)*
            #(#path_calls)*
            #(#query_calls)*
            #body_call
            self.core.execute_download(call)
        }
    }
}
