//! Resource modules: a handle per resource and a request builder per method.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{doc_with, verbatim_attrs};
use crate::emit::examples::child_handle;
use crate::emit::features::{feature_cfg, feature_note};
use crate::emit::limits::{limit_bullets, limit_check, limit_const};
use crate::emit::media;
use crate::emit::pagination;
use crate::emit::path::{path_parts, template};
use crate::emit::signature::{param_argument, param_field_type};
use crate::emit::typeref::{ident, rust_type, Within};
use crate::emit::Context;
use crate::ir::{Method, Param, ParamLocation, PathSegment, Resource, TypeRef};

/// Constructors of the resource's methods and accessors of its children, for the handle's
/// `impl` block. `builders` is the module of the builders, if not the handle's own; `handle`
/// is how the examples reach the resource from a client.
pub fn handle_fns(
    resource: &Resource,
    builders: Option<&TokenStream>,
    handle: &[String],
    cx: &Context,
) -> TokenStream {
    let constructors = resource
        .methods
        .iter()
        .map(|m| constructor(m, builders, handle, resource.deprecated, cx));
    let accessors = resource.children.iter().map(|child| {
        let accessor = ident(&child.accessor);
        let module = ident(&child.module);
        let handle = ident(&child.handle);
        let notes: Vec<String> = child.feature.iter().map(|f| feature_note(f)).collect();
        let doc = doc_with(
            Some(&format!("Methods of the `{}` resource.", child.wire_name)),
            &notes,
        );
        let deprecated = child.deprecated.then(|| quote!(#[deprecated]));
        let cfg = child.feature.as_deref().map(feature_cfg);
        quote! {
            #doc
            #cfg
            #deprecated
            pub fn #accessor(&self) -> #module::#handle {
                #module::#handle { engine: self.engine.clone() }
            }
        }
    });
    quote! { #(#constructors)* #(#accessors)* }
}

/// The body of a non-root resource module: its handle and its builders. `parent` is how
/// the examples reach its parent from a client.
pub fn resource_module(
    resource: &Resource,
    child_modules: &[String],
    parent: &[String],
    cx: &Context,
) -> TokenStream {
    let handle = ident(&resource.handle);
    let handle_doc = format!(" Methods of the `{}` resource.", resource.wire_name);
    let mut module_doc = vec![handle_doc.clone()];
    if let Some(feature) = &resource.feature {
        module_doc.extend([String::new(), format!(" {}", feature_note(feature))]);
    }
    let fns = handle_fns(resource, None, &child_handle(parent, resource), cx);
    let children = child_modules.iter().map(|m| {
        let m = ident(m);
        quote!(pub mod #m;)
    });
    let builders = builders(resource, &resource.handle, cx);
    let unread = unread_core(resource);
    quote! {
        #(#![doc = #module_doc])*
        #(#children)*

        #[doc = #handle_doc]
        #[derive(Clone, Debug)]
        pub struct #handle {
            #unread
            pub(crate) engine: crate::rt::engine::Engine,
        }

        impl #handle {
            #fns
        }

        #builders
    }
}

/// A handle of a resource with neither methods nor children has nothing that reads its
/// core (the handle exists so that the API's shape is the document's): say so, instead of
/// a dead-code warning in the user's build.
fn unread_core(resource: &Resource) -> Option<TokenStream> {
    (resource.methods.is_empty() && resource.children.is_empty())
        .then(|| quote!(#[allow(dead_code)]))
}

/// Method descriptions and builders of a resource; `handle` is the path of the type whose
/// methods make them, from the builders' module.
pub fn builders(resource: &Resource, handle: &str, cx: &Context) -> TokenStream {
    // A builder named `Send` (Gmail's `drafts.send`) shadows the marker trait in its module,
    // whose streams then name the trait by its path.
    let send = if resource.methods.iter().any(|m| m.builder == "Send") {
        quote!(std::marker::Send)
    } else {
        quote!(Send)
    };
    let items = resource
        .methods
        .iter()
        .map(|m| builder(m, handle, &send, cx));
    quote! { #(#items)* }
}

fn method_docs(m: &Method, handle: &[String], deprecated: bool, cx: &Context) -> TokenStream {
    let mut notes = m.notes.clone();
    if !m.limits.is_empty() {
        let mut checked = String::from(
            "Checked before sending (a value out of range is `Error::InvalidArgument`):",
        );
        for bullet in limit_bullets(&m.limits) {
            checked.push('\n');
            checked.push_str(&bullet);
        }
        notes.push(checked);
    }
    let template = template(&m.path);
    notes.push(format!(
        "`{} {template}` (`{}`)",
        m.http_method.as_str(),
        m.id
    ));
    if !m.scopes.is_empty() {
        let mut scopes = String::from("Authorized by any of these scopes:");
        for s in &m.scopes {
            match &s.const_name {
                Some(name) => scopes.push_str(&format!("\n- [`{name}`](crate::scopes::{name})")),
                None => scopes.push_str(&format!("\n- `{}`", s.url)),
            }
        }
        notes.push(scopes);
    }
    let docs = cx.docs.with(m.description.as_deref(), &notes);
    let example = verbatim_attrs(&cx.examples.method(handle, m, deprecated || m.deprecated));
    quote! {
        #docs
        #[doc = ""]
        #example
    }
}

/// `deprecated`: whether the resource is, so that its example allows the warning.
fn constructor(
    m: &Method,
    builders: Option<&TokenStream>,
    handle: &[String],
    deprecated: bool,
    cx: &Context,
) -> TokenStream {
    let fn_name = ident(&m.fn_name);
    let builder = ident(&m.builder);
    let builder = match builders {
        Some(module) => quote!(#module::#builder),
        None => quote!(#builder),
    };
    let docs = method_docs(m, handle, deprecated, cx);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &m.required_params {
        let name = ident(&p.name);
        let (ty, conversion) = param_argument(p, Within::Elsewhere);
        args.push(quote!(#name: #ty));
        // Field init shorthand where no conversion is needed (clippy: redundant_field_names).
        inits.push(match conversion {
            Some(conversion) => quote!(#name: #conversion),
            None => quote!(#name),
        });
    }
    if let Some(body) = &m.request {
        let name = ident(&body.name);
        let ty = rust_type(&body.ty, Within::Elsewhere);
        args.push(quote!(#name: #ty));
        inits.push(quote!(#name));
    }
    for p in &m.optional_params {
        let name = ident(&p.name);
        inits.push(if p.repeated {
            quote!(#name: Vec::new())
        } else {
            quote!(#name: None)
        });
    }
    let deprecated = m.deprecated.then(|| quote!(#[deprecated]));
    quote! {
        #docs
        #deprecated
        pub fn #fn_name(&self, #(#args),*) -> #builder {
            #builder {
                engine: self.engine.clone(),
                opts: crate::rt::CallOptions::default(),
                #(#inits,)*
            }
        }
    }
}

/// The variant of the runtime's `http::Method` that `m` is sent with.
pub fn http_variant(m: &Method) -> &'static str {
    http_method_variant(m.http_method)
}

/// The variant of the runtime's `http::Method` for `method`.
pub fn http_method_variant(method: crate::ir::HttpMethod) -> &'static str {
    match method.as_str() {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "PATCH" => "Patch",
        _ => "Delete",
    }
}

fn builder(m: &Method, handle: &str, send: &TokenStream, cx: &Context) -> TokenStream {
    let builder = ident(&m.builder);
    let info = ident(&m.info_static);
    let id = &m.id;
    let http = ident(http_variant(m));
    let path_parts = path_parts(&m.path);
    let scopes = m.scopes.iter().map(|s| &s.url);

    let mut fields = Vec::new();
    for p in &m.required_params {
        let name = ident(&p.name);
        let ty = param_field_type(p, Within::Elsewhere);
        fields.push(quote!(#name: #ty));
    }
    if let Some(body) = &m.request {
        let name = ident(&body.name);
        let ty = rust_type(&body.ty, Within::Elsewhere);
        fields.push(quote!(#name: #ty));
    }
    for p in &m.optional_params {
        let name = ident(&p.name);
        let ty = param_field_type(p, Within::Elsewhere);
        fields.push(if p.repeated {
            quote!(#name: #ty)
        } else {
            quote!(#name: Option<#ty>)
        });
    }

    let setters = m.optional_params.iter().map(|p| {
        let name = ident(&p.name);
        let (ty, conversion) = param_argument(p, Within::Elsewhere);
        let mut notes = Vec::new();
        if let Some(default) = &p.default {
            notes.push(format!("Server default: `{default}`."));
        }
        if p.deprecated {
            notes.push("**Deprecated** by the API.".into());
        }
        if m.request_id.as_ref() == Some(&p.wire_name) {
            notes.push(
                "Left unset, the call sends a UUID v4 of its own, the same on every attempt, \
                 so a request that timed out is retried without doing the work twice."
                    .into(),
            );
        }
        let docs = cx.docs.with(
            p.description
                .as_deref()
                .or(Some(&format!("Sets `{}`.", p.wire_name))),
            &notes,
        );
        let conversion = conversion.unwrap_or_else(|| quote!(#name));
        let value = if p.repeated {
            conversion
        } else {
            quote!(Some(#conversion))
        };
        quote! {
            #docs
            #[inline]
            pub fn #name(mut self, #name: #ty) -> Self {
                self.#name = #value;
                self
            }
        }
    });

    let path_args = m
        .required_params
        .iter()
        .filter(|p| p.location == ParamLocation::Path);
    // Path arguments in template order, which is the order `Call` expects them.
    let mut path_calls = Vec::new();
    for segment in &m.path {
        if let PathSegment::Variable { wire_name, .. } = segment {
            if let Some(p) = path_args.clone().find(|p| &p.wire_name == wire_name) {
                let name = ident(&p.name);
                let value = display_value(&p.ty, quote!(&self.#name));
                path_calls.push(quote!(call.path_arg(#value);));
            }
        }
    }
    let query_calls: Vec<TokenStream> = m
        .required_params
        .iter()
        .filter(|p| p.location == ParamLocation::Query)
        .map(|p| query_call(m, p, true))
        .chain(m.optional_params.iter().map(|p| query_call(m, p, false)))
        .collect();
    let body_call = m.request.as_ref().map(|body| {
        let name = ident(&body.name);
        quote!(call.json_body(&self.#name);)
    });
    let (response_ty, constructor) = match &m.response {
        Some(ty) => {
            let ty = rust_type(ty, Within::Elsewhere);
            (ty, quote!(call))
        }
        None => (quote!(()), quote!(call_without_response)),
    };
    let start = quote!(crate::rt::internal::#constructor(self.engine, &#info, self.opts));
    let limit_checks: Vec<TokenStream> = m.limits.iter().map(|l| limit_check(&info, l)).collect();
    let limit_consts = m.limits.iter().map(limit_const);
    // A method with nothing to add to its call returns it as made.
    let assembly = if path_calls.is_empty()
        && query_calls.is_empty()
        && body_call.is_none()
        && limit_checks.is_empty()
    {
        start
    } else {
        quote! {
            use crate::rt::internal::Setup as _;
            let mut call = #start;
            #(#limit_checks)*
            #(#path_calls)*
            #(#query_calls)*
            #body_call
            call
        }
    };
    let upload = m.media_upload.as_ref().map(media::upload_static);
    let upload_info = match &m.media_upload {
        Some(u) => {
            let upload = ident(&u.info_static);
            quote!(Some(&#upload))
        }
        None => quote!(None),
    };
    let download = m.media_download;
    let media_fns = media::media_fns(m, &response_ty);
    let also = media::sent_also(m);
    let into_call_doc = format!(
        " The request as a value of the runtime ([`rt::Call`](crate::rt::Call)), not yet sent: what `send()`{also} {}, for \
         sending later or elsewhere, or for inspecting in a test.",
        if also.is_empty() { "sends" } else { "send" }
    );
    let send_doc = format!(" Sends the request (`{id}`).");
    let must_use = format!("`{}` does nothing until it is sent", m.builder);
    // The constructor's docs describe the method and show it called; the builder points
    // there. Intra-doc links name a raw identifier without its `r#`.
    let fn_name = crate::naming::unraw(&m.fn_name);
    let handle_name = handle.rsplit("::").next().unwrap_or(handle);
    let struct_doc = format!(
        " Request builder for `{id}`, made by [`{handle_name}::{fn_name}`]({handle}::{fn_name}), \
         whose docs describe the method and show a call."
    );
    let pagination = m
        .pagination
        .as_ref()
        .map(|p| pagination::builder_paging(m, p, send));
    let poller = m
        .poller
        .as_ref()
        .map(|p| crate::emit::polling::poller_fn(p, &response_ty));

    quote! {
        #upload

        static #info: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
            id: #id,
            http_method: crate::rt::internal::HttpMethod::#http,
            path: &[#(#path_parts),*],
            scopes: &[#(#scopes),*],
            media_upload: #upload_info,
            media_download: #download,
        };

        #[doc = #struct_doc]
        #[derive(Clone, Debug)]
        #[must_use = #must_use]
        pub struct #builder {
            pub(crate) engine: crate::rt::engine::Engine,
            pub(crate) opts: crate::rt::CallOptions,
            #(pub(crate) #fields,)*
        }

        impl #builder {
            /// The Discovery id of the method, e.g. for a test's mock to answer it by.
            pub const METHOD_ID: &'static str = #id;

            #(#limit_consts)*

            #(#setters)*

            #[doc = #into_call_doc]
            #[inline]
            pub fn into_call(self) -> crate::rt::Call<#response_ty> {
                #assembly
            }

            #[doc = #send_doc]
            #[inline]
            pub fn send(self) -> crate::rt::ResponseFuture<#response_ty> {
                self.into_call().send()
            }

            #poller

            #media_fns
        }

        impl crate::rt::CallBuilder for #builder {
            fn options(&mut self) -> &mut crate::rt::CallOptions {
                &mut self.opts
            }
        }

        #pagination
    }
}

fn query_call(m: &Method, p: &Param, required: bool) -> TokenStream {
    let name = ident(&p.name);
    let wire = &p.wire_name;
    if m.request_id.as_ref() == Some(wire) {
        let value = if required {
            quote!(Some(self.#name.as_str()))
        } else {
            quote!(self.#name.as_deref())
        };
        return quote!(call.request_id(#wire, #value););
    }
    let value = display_value(&p.ty, quote!(value));
    match (p.repeated, required) {
        (true, _) => quote! {
            for value in &self.#name {
                call.query(#wire, #value);
            }
        },
        (false, true) => {
            let value = display_value(&p.ty, quote!(&self.#name));
            quote!(call.query(#wire, #value);)
        }
        (false, false) => quote! {
            if let Some(value) = &self.#name {
                call.query(#wire, #value);
            }
        },
    }
}

/// What `Call` gets for a parameter value given by reference: bytes go as base64, every other
/// type displays as it is written on the wire.
fn display_value(ty: &TypeRef, reference: TokenStream) -> TokenStream {
    match ty {
        TypeRef::Bytes => quote!(&crate::rt::internal::serde::encode_base64(#reference)),
        _ => reference,
    }
}
