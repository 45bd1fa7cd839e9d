//! Media methods of a request builder: `upload` (simple protocol), `upload_resumable`
//! (resumable protocol) and `download` (`alt=media`), for the methods whose document says so.
//! Each starts from the builder's `into_call()`; the runtime's `Call` knows the endpoints from
//! the method's `MediaUpload`, declared here.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::doc_with;
use crate::emit::limits::human_size;
use crate::emit::path::{path_parts, template};
use crate::emit::typeref::ident;
use crate::ir::{MediaUpload, Method};

/// `, upload() and download()`: the builder's other ways of sending, for the docs of
/// `into_call`.
pub fn sent_also(m: &Method) -> String {
    let mut names = Vec::new();
    if let Some(u) = &m.media_upload {
        if u.simple_path.is_some() {
            names.push("`upload()`");
        }
        if u.resumable_path.is_some() {
            names.push("`upload_resumable()`");
        }
    }
    if m.media_download {
        names.push("`download()`");
    }
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => format!(" and {last}"),
        Some((last, rest)) => format!(", {} and {last}", rest.join(", ")),
    }
}

/// The `static` describing the upload endpoints of a method that accepts media.
pub fn upload_static(u: &MediaUpload) -> TokenStream {
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
    let endpoint = |segments: Option<&[crate::ir::PathSegment]>| match segments.map(path_parts) {
        Some(parts) => quote!(&[#(#parts),*]),
        None => quote!(&[]),
    };
    let simple_path = endpoint(u.simple_path.as_deref());
    let resumable_path = endpoint(u.resumable_path.as_deref());
    quote! {
        static #info: crate::rt::internal::MediaUpload = crate::rt::internal::MediaUpload {
            path: #simple_path,
            max_size: #max_size,
            accept: &[#(#accept),*],
            multipart: #with_metadata,
            resumable_path: #resumable_path,
        };
    }
}

/// The media methods of `m`'s builder; empty for other methods.
pub fn media_fns(m: &Method, response_ty: &TokenStream) -> TokenStream {
    let upload = m
        .media_upload
        .as_ref()
        .map(|u| upload_fns(m, u, response_ty));
    let download = m.media_download.then(download_fn);
    quote! { #upload #download }
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

fn upload_fns(m: &Method, u: &MediaUpload, response_ty: &TokenStream) -> TokenStream {
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
            pub fn upload(self, media: crate::rt::media::Media) -> crate::rt::ResponseFuture<#response_ty> {
                self.into_call().upload(media)
            }
        }
    });
    let resumable_fn = u.resumable_path.as_deref().map(|segments| {
        let doc = doc_with(
            Some(&format!(
                "Sends the request with `media` as its content through the resumable protocol: \
                 `{} {}` (`uploadType=resumable`) opens an upload session, then the media goes \
                 in chunks (see `rt::media::Media::chunk_size`), resuming from \
                 the server's offset after a transient failure.",
                m.http_method.as_str(),
                template(segments)
            )),
            &[metadata_note(m, u, Protocol::Resumable), limits.clone()],
        );
        quote! {
            #doc
            #[inline]
            pub fn upload_resumable(self, media: crate::rt::media::Media) -> crate::rt::ResponseFuture<#response_ty> {
                self.into_call().upload_resumable(media)
            }
        }
    });
    quote!(#upload_fn #resumable_fn)
}

fn download_fn() -> TokenStream {
    let doc = doc_with(
        Some(
            "Sends the request with `alt=media` and returns the content itself rather than its \
             metadata, unread: stream it with `rt::media::Download::chunk` or \
             `rt::media::Download::into_stream`.",
        ),
        &[],
    );
    quote! {
        #doc
        #[inline]
        pub fn download(self) -> crate::rt::ResponseFuture<crate::rt::media::Download> {
            self.into_call().download()
        }
    }
}
