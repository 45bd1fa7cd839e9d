//! Request limits from an overlay, checked by `send` before anything is sent: one call of
//! the runtime's `limits` checks per value reached, and the rule as docs say it.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::typeref::ident;
use crate::ir::{Limit, LimitRule, LimitStep};

pub fn rule_text(rule: LimitRule) -> String {
    match rule {
        LimitRule::MaxItems(n) => format!("at most {n} items"),
        LimitRule::MaxLength(n) => format!("at most {n} characters"),
        LimitRule::Maximum { value, .. } => format!("at most {value}"),
        LimitRule::Minimum { value, .. } => format!("at least {value}"),
    }
}

/// Code that returns `Error::InvalidArgument` from `send` when the value breaks the limit:
/// one call of a `limits` check of the runtime per value reached.
pub fn limit_check(info: &syn::Ident, limit: &Limit) -> TokenStream {
    let what = &limit.display;
    let check = match limit.rule {
        LimitRule::MaxItems(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(crate::rt::internal::limits::max_items(&#info, #what, value.len(), #n)?;)
        }
        LimitRule::MaxLength(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(crate::rt::internal::limits::max_length(&#info, #what, value, #n)?;)
        }
        LimitRule::Maximum { value, wide } | LimitRule::Minimum { value, wide } => {
            let check = match limit.rule {
                LimitRule::Maximum { .. } => quote!(maximum),
                _ => quote!(minimum),
            };
            let found = if wide {
                quote!(*value)
            } else {
                quote!(i64::from(*value))
            };
            let bound = proc_macro2::Literal::i64_unsuffixed(value);
            quote!(crate::rt::internal::limits::#check(&#info, #what, #found, #bound)?;)
        }
    };
    nest(quote!(self), false, &limit.steps, &check)
}

/// Walks `steps` from the place `base` (or, when `is_ref`, from the reference `value`),
/// binding each reached value to `value` as a reference, then runs `check`.
fn nest(base: TokenStream, is_ref: bool, steps: &[LimitStep], check: &TokenStream) -> TokenStream {
    let reference = if is_ref {
        quote!(value)
    } else {
        quote!(&#base)
    };
    match steps.split_first() {
        None if is_ref => check.clone(),
        None => quote! {{
            let value = #reference;
            #check
        }},
        Some((LimitStep::Field { name, optional }, rest)) => {
            let name = ident(name);
            if *optional {
                let inner = nest(quote!(value), true, rest, check);
                quote! {
                    if let Some(value) = &#base.#name {
                        #inner
                    }
                }
            } else {
                nest(quote!(#base.#name), false, rest, check)
            }
        }
        Some((LimitStep::Each, rest)) => {
            let inner = nest(quote!(value), true, rest, check);
            quote! {
                for value in #reference {
                    #inner
                }
            }
        }
    }
}
