//! Paging: the runtime's `Page` impl of each page type, and `pages()` / `items()` on the
//! builders of paginated methods. Every name and shape comes from [`crate::ir::Pagination`]
//! and [`crate::ir::PageType`].

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::typeref::{ident, rust_type, Within};
use crate::ir::{Method, PageItems, PageToken, PageType, Pagination};

/// `impl rt::internal::Page for …` in the `types` module.
pub fn page_impl(page: &PageType) -> TokenStream {
    let ty = ident(&page.page_type);
    let field = ident(&page.next_token_field);
    let token = if page.next_token_optional {
        quote!(self.#field.as_deref())
    } else {
        quote!(Some(self.#field.as_str()))
    };
    quote! {
        #[doc(hidden)]
        impl rt::internal::Page for #ty {
            #[inline]
            fn next_page_token(&self) -> Option<&str> {
                #token
            }
        }
    }
}

/// The paging impls of a method's request builder.
pub fn builder_paging(m: &Method, p: &Pagination, send: &TokenStream) -> TokenStream {
    let builder = ident(&m.builder);
    let page = ident(&p.page_type);
    let (token_field, optional) = match &p.token {
        PageToken::Query { field, optional } => {
            let field = ident(field);
            (quote!(self.#field), *optional)
        }
        PageToken::Body {
            body,
            field,
            optional,
        } => {
            let (body, field) = (ident(body), ident(field));
            (quote!(self.#body.#field), *optional)
        }
    };
    let set_token = if optional {
        quote!(#token_field = Some(token);)
    } else {
        quote!(#token_field = token;)
    };
    let (items_trait, items_fn) = p
        .items
        .as_ref()
        .map(|items| items_impl(&builder, &page, items, send))
        .unzip();
    let mut pages_doc = format!(
        " Every page, following `{}` from this request's page on.",
        p.response_token
    );
    if p.items.is_none() {
        pages_doc.push_str(
            " The response has no single list of items, so there is no `items()`: read each \
             page's fields.",
        );
    }
    quote! {
        #[doc(hidden)]
        impl crate::rt::internal::PageRequest for #builder {
            type Page = crate::types::#page;
            fn set_page_token(&mut self, token: String) {
                #set_token
            }
            // Inline, like `send()`: the decoding of the page is compiled only into programs
            // that page. The page type is named rather than written `Self::Page`: comparing a
            // signature with the projection against the trait's costs rustc milliseconds per
            // method, which for an API of hundreds of paginated methods is a second.
            #[inline]
            fn fetch(self) -> crate::rt::ResponseFuture<crate::types::#page> {
                self.send()
            }
        }

        #items_trait

        impl #builder {
            #[doc = #pages_doc]
            #[inline]
            pub fn pages(self) -> impl futures_util::Stream<Item = Result<crate::types::#page, crate::Error>> + #send {
                crate::rt::internal::pages(self)
            }

            #items_fn
        }
    }
}

/// The `ItemsRequest` impl, and `items()`.
fn items_impl(
    builder: &syn::Ident,
    page: &syn::Ident,
    items: &PageItems,
    send: &TokenStream,
) -> (TokenStream, TokenStream) {
    let field = ident(&items.field);
    let value = rust_type(&items.item_type, Within::Elsewhere);
    let (item, collect) = if items.keyed {
        (quote!((String, #value)), quote!(.into_iter().collect()))
    } else {
        (value, quote!())
    };
    let take = if items.optional {
        quote!(page.#field.unwrap_or_default() #collect)
    } else {
        quote!(page.#field #collect)
    };
    let doc = if items.keyed {
        format!(
            " Every `(key, value)` entry of `{}` of every page, in order.",
            items.wire_name
        )
    } else {
        format!(
            " Every element of `{}` of every page, in order.",
            items.wire_name
        )
    };
    let items_trait = quote! {
        #[doc(hidden)]
        impl crate::rt::internal::ItemsRequest for #builder {
            type Item = #item;
            #[inline]
            fn page_items(page: crate::types::#page) -> Vec<#item> {
                #take
            }
        }
    };
    let items_fn = quote! {
        #[doc = #doc]
        #[inline]
        pub fn items(self) -> impl futures_util::Stream<Item = Result<#item, crate::Error>> + #send {
            crate::rt::internal::items(self)
        }
    };
    (items_trait, items_fn)
}
