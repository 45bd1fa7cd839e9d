//! Resource modules: a handle per resource and a request builder per method.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::doc_with;
use crate::emit::typeref::{ident, rust_type, Scope};
use crate::ir::{Method, PageTokenLocation, Param, ParamLocation, PathSegment, Resource, TypeRef};

/// Constructors of the resource's methods and accessors of its children, for the handle's
/// `impl` block. `builders` is the module of the builders, if not the handle's own.
pub fn handle_fns(resource: &Resource, builders: Option<&TokenStream>) -> TokenStream {
    let constructors = resource.methods.iter().map(|m| constructor(m, builders));
    let accessors = resource.children.iter().map(|child| {
        let accessor = ident(&child.accessor);
        let module = ident(&child.module);
        let handle = ident(&child.handle);
        let doc = format!(" Methods of the `{}` resource.", child.wire_name);
        let deprecated = child.deprecated.then(|| quote!(#[deprecated]));
        quote! {
            #[doc = #doc]
            #deprecated
            pub fn #accessor(&self) -> #module::#handle {
                #module::#handle { core: self.core.clone() }
            }
        }
    });
    quote! { #(#constructors)* #(#accessors)* }
}

/// The body of a non-root resource module: its handle and its builders.
pub fn resource_module(resource: &Resource, child_modules: &[String]) -> TokenStream {
    let handle = ident(&resource.handle);
    let handle_doc = format!(" Methods of the `{}` resource.", resource.wire_name);
    let module_doc = handle_doc.clone();
    let fns = handle_fns(resource, None);
    let children = child_modules.iter().map(|m| {
        let m = ident(m);
        quote!(pub mod #m;)
    });
    let builders = builders(resource);
    quote! {
        #![doc = #module_doc]
        #(#children)*

        #[doc = #handle_doc]
        #[derive(Clone, Debug)]
        pub struct #handle {
            pub(crate) core: crate::rt::Core,
        }

        impl #handle {
            #fns
        }

        #builders
    }
}

/// Method descriptions and builders of a resource.
pub fn builders(resource: &Resource) -> TokenStream {
    let items = resource.methods.iter().map(builder);
    quote! { #(#items)* }
}

fn method_docs(m: &Method) -> TokenStream {
    let mut notes = Vec::new();
    let template: String = m
        .path
        .iter()
        .map(|s| match s {
            PathSegment::Literal(l) => l.clone(),
            PathSegment::Variable {
                wire_name,
                reserved,
                ..
            } => format!("{{{}{wire_name}}}", if *reserved { "+" } else { "" }),
        })
        .collect();
    notes.push(format!(
        "`{} {template}` (`{}`)",
        m.http_method.as_str(),
        m.id
    ));
    if !m.scopes.is_empty() {
        let mut scopes = String::from("Authorized by any of these scopes:");
        for s in &m.scopes {
            scopes.push_str(&format!("\n- `{s}`"));
        }
        notes.push(scopes);
    }
    doc_with(m.description.as_deref(), &notes)
}

fn arg_type(p: &Param) -> (TokenStream, TokenStream) {
    let elem = rust_type(&p.ty, Scope::Elsewhere);
    let into = matches!(p.ty, TypeRef::String | TypeRef::Named(_));
    let name = ident(&p.name);
    match (p.repeated, into) {
        (false, true) => (quote!(impl Into<#elem>), quote!(#name.into())),
        (false, false) => (quote!(#elem), quote!(#name)),

        (true, true) => (
            quote!(impl IntoIterator<Item = impl Into<#elem>>),
            quote!(#name.into_iter().map(Into::into).collect()),
        ),
        (true, false) => (
            quote!(impl IntoIterator<Item = #elem>),
            quote!(#name.into_iter().collect()),
        ),
    }
}

fn field_type(p: &Param) -> TokenStream {
    let elem = rust_type(&p.ty, Scope::Elsewhere);
    if p.repeated {
        quote!(Vec<#elem>)
    } else {
        elem
    }
}

fn constructor(m: &Method, builders: Option<&TokenStream>) -> TokenStream {
    let fn_name = ident(&m.fn_name);
    let builder = ident(&m.builder);
    let builder = match builders {
        Some(module) => quote!(#module::#builder),
        None => quote!(#builder),
    };
    let docs = method_docs(m);
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &m.required_params {
        let name = ident(&p.name);
        let (ty, conversion) = arg_type(p);
        args.push(quote!(#name: #ty));
        // Field init shorthand where no conversion is needed (clippy: redundant_field_names).
        inits.push(if conversion.to_string() == name.to_string() {
            quote!(#name)
        } else {
            quote!(#name: #conversion)
        });
    }
    if let Some(body) = &m.request {
        let name = ident(&body.name);
        let ty = rust_type(&body.ty, Scope::Elsewhere);
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
                core: self.core.clone(),
                opts: crate::rt::CallOptions::default(),
                #(#inits,)*
            }
        }
    }
}

fn builder(m: &Method) -> TokenStream {
    let builder = ident(&m.builder);
    let info = ident(&m.info_static);
    let id = &m.id;
    let http = ident(match m.http_method.as_str() {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "PATCH" => "Patch",
        _ => "Delete",
    });
    let path_parts = m.path.iter().map(|s| match s {
        PathSegment::Literal(l) => quote!(crate::rt::PathPart::Literal(#l)),
        PathSegment::Variable {
            wire_name,
            reserved,
            pattern,
        } => {
            let pattern = match pattern {
                Some(p) => quote!(Some(#p)),
                None => quote!(None),
            };
            quote!(crate::rt::PathPart::Param { name: #wire_name, reserved: #reserved, pattern: #pattern })
        }
    });
    let scopes = &m.scopes;

    let mut fields = Vec::new();
    for p in &m.required_params {
        let name = ident(&p.name);
        let ty = field_type(p);
        fields.push(quote!(#name: #ty));
    }
    if let Some(body) = &m.request {
        let name = ident(&body.name);
        let ty = rust_type(&body.ty, Scope::Elsewhere);
        fields.push(quote!(#name: #ty));
    }
    for p in &m.optional_params {
        let name = ident(&p.name);
        let ty = field_type(p);
        fields.push(if p.repeated {
            quote!(#name: #ty)
        } else {
            quote!(#name: Option<#ty>)
        });
    }

    let setters = m.optional_params.iter().map(|p| {
        let name = ident(&p.name);
        let (ty, conversion) = arg_type(p);
        let mut notes = Vec::new();
        if let Some(default) = &p.default {
            notes.push(format!("Server default: `{default}`."));
        }
        if p.deprecated {
            notes.push("**Deprecated** by the API.".into());
        }
        let docs = doc_with(
            p.description
                .as_deref()
                .or(Some(&format!("Sets `{}`.", p.wire_name))),
            &notes,
        );
        let value = if p.repeated {
            conversion
        } else {
            quote!(Some(#conversion))
        };
        quote! {
            #docs
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
                path_calls.push(if p.ty == TypeRef::String {
                    quote!(call.path_arg(&self.#name);)
                } else {
                    quote!(call.path_arg(&self.#name.to_string());)
                });
            }
        }
    }
    let query_calls = m
        .required_params
        .iter()
        .filter(|p| p.location == ParamLocation::Query)
        .map(|p| query_call(p, true))
        .chain(m.optional_params.iter().map(|p| query_call(p, false)));
    let body_call = m.request.as_ref().map(|body| {
        let name = ident(&body.name);
        quote!(call.json_body(&self.#name);)
    });
    let (response_ty, execute) = match &m.response {
        Some(ty) => {
            let ty = rust_type(ty, Scope::Elsewhere);
            (ty, quote!(self.core.execute(call).await))
        }
        None => (quote!(()), quote!(self.core.execute_empty(call).await)),
    };
    let send_doc = format!(" Sends the request (`{id}`).");
    let must_use = format!("`{}` does nothing until it is sent", m.builder);
    let struct_doc = format!(" Request builder for `{id}`; made by the resource handle.");
    let pagination = m.pagination.as_ref().map(|p| {
        let page = ident(&p.page_type);
        let item = rust_type(&p.item_type, Scope::Elsewhere);
        let set_token = match &p.token_location {
            PageTokenLocation::Query(field) => {
                let field = ident(field);
                quote!(self.#field = Some(token);)
            }
            PageTokenLocation::Body(field) => {
                let body = ident(&m.request.as_ref().expect("body token needs a body").name);
                let field = ident(field);
                quote!(self.#body.#field = Some(token);)
            }
        };
        quote! {
            impl crate::rt::PageRequest for #builder {
                type Page = crate::types::#page;
                fn set_page_token(&mut self, token: String) {
                    #set_token
                }
                fn fetch(self) -> crate::rt::BoxFuture<'static, Result<Self::Page, crate::Error>> {
                    Box::pin(self.send())
                }
            }

            impl #builder {
                /// Every page, following `nextPageToken` from this request's page on.
                pub fn pages(self) -> impl futures_util::Stream<Item = Result<crate::types::#page, crate::Error>> + Send {
                    crate::rt::pages(self)
                }

                /// Every item of every page, in order.
                pub fn items(self) -> impl futures_util::Stream<Item = Result<#item, crate::Error>> + Send {
                    crate::rt::items(self)
                }
            }
        }
    });

    quote! {
        static #info: crate::rt::MethodInfo = crate::rt::MethodInfo {
            id: #id,
            http_method: crate::rt::HttpMethod::#http,
            path: &[#(#path_parts),*],
            scopes: &[#(#scopes),*],
        };

        #[doc = #struct_doc]
        #[derive(Clone, Debug)]
        #[must_use = #must_use]
        pub struct #builder {
            pub(crate) core: crate::rt::Core,
            pub(crate) opts: crate::rt::CallOptions,
            #(pub(crate) #fields,)*
        }

        impl #builder {
            #(#setters)*

            #[doc = #send_doc]
            pub async fn send(self) -> Result<#response_ty, crate::Error> {
                let mut call = crate::rt::Call::new(&#info, self.opts);
                #(#path_calls)*
                #(#query_calls)*
                #body_call
                #execute
            }
        }

        impl crate::rt::CallBuilder for #builder {
            fn options(&mut self) -> &mut crate::rt::CallOptions {
                &mut self.opts
            }
        }

        #pagination
    }
}

fn query_call(p: &Param, required: bool) -> TokenStream {
    let name = ident(&p.name);
    let wire = &p.wire_name;
    match (p.repeated, required) {
        (true, _) => quote! {
            for value in &self.#name {
                call.query(#wire, value);
            }
        },
        (false, true) => quote!(call.query(#wire, &self.#name);),
        (false, false) => quote! {
            if let Some(value) = &self.#name {
                call.query(#wire, value);
            }
        },
    }
}
