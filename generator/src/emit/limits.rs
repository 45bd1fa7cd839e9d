//! Request limits from an overlay, checked by `send` before anything is sent: one call of
//! the runtime's `limits` checks per value reached, and the rule as docs say it.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::typeref::ident;
use crate::ir::{Limit, LimitRule, LimitStep};

fn rule_text(rule: LimitRule) -> String {
    match rule {
        LimitRule::MaxItems(n) => format!("at most {n} items"),
        LimitRule::MaxLength(n) => format!("at most {n} characters"),
        LimitRule::Maximum { value, .. } => format!("at most {value}"),
        LimitRule::Minimum { value, .. } => format!("at least {value}"),
    }
}

/// One Markdown bullet per checked value, in the order first checked: a minimum and a
/// maximum of the same value read as one range (`from 1 to 100`).
pub fn limit_bullets(limits: &[Limit]) -> Vec<String> {
    let mut bullets: Vec<(&str, Vec<LimitRule>)> = Vec::new();
    for limit in limits {
        match bullets
            .iter_mut()
            .find(|(display, _)| *display == limit.display)
        {
            Some((_, rules)) => rules.push(limit.rule),
            None => bullets.push((&limit.display, vec![limit.rule])),
        }
    }
    bullets
        .into_iter()
        .map(|(display, rules)| {
            let min = rules.iter().find_map(|r| match r {
                LimitRule::Minimum { value, .. } => Some(*value),
                _ => None,
            });
            let max = rules.iter().find_map(|r| match r {
                LimitRule::Maximum { value, .. } => Some(*value),
                _ => None,
            });
            let mut texts = Vec::new();
            if let (Some(min), Some(max)) = (min, max) {
                texts.push(format!("from {min} to {max}"));
            }
            for rule in &rules {
                let ranged = matches!(rule, LimitRule::Minimum { .. } | LimitRule::Maximum { .. });
                if !(ranged && min.is_some() && max.is_some()) {
                    texts.push(rule_text(*rule));
                }
            }
            format!("- `{display}`: {}", texts.join(", "))
        })
        .collect()
}

/// `5497558138880` → `5 TiB`: the largest binary unit that divides the size exactly, or
/// bytes.
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 6] = ["EiB", "PiB", "TiB", "GiB", "MiB", "KiB"];
    for (i, unit) in UNITS.iter().enumerate() {
        let size = 1u64 << (10 * (UNITS.len() - i) as u32);
        if bytes >= size && bytes.is_multiple_of(size) {
            return format!("{} {unit}", bytes / size);
        }
    }
    if bytes == 1 {
        "1 byte".into()
    } else {
        format!("{bytes} bytes")
    }
}

/// The builder's associated constant stating `limit`: code that prepares requests (splits a
/// list into batches, pages by the largest page) reads the API's limit from here, the one
/// place it is written.
pub fn limit_const(limit: &Limit) -> TokenStream {
    let name = ident(&limit.const_name);
    let doc = format!(
        " The API's limit on `{}`: {}; `send()` checks it before anything is sent.",
        limit.display,
        rule_text(limit.rule)
    );
    let (ty, value) = match limit.rule {
        LimitRule::MaxItems(n) | LimitRule::MaxLength(n) => {
            (quote!(usize), proc_macro2::Literal::u64_unsuffixed(n))
        }
        LimitRule::Maximum { value, .. } | LimitRule::Minimum { value, .. } => {
            (quote!(i64), proc_macro2::Literal::i64_unsuffixed(value))
        }
    };
    quote! {
        #[doc = #doc]
        pub const #name: #ty = #value;
    }
}

/// Code that makes the call fail with `Error::InvalidArgument`, before anything is sent, when
/// the value breaks the limit: one `limits` check of the runtime per value reached, its
/// outcome recorded on `call`.
pub fn limit_check(info: &syn::Ident, limit: &Limit) -> TokenStream {
    let what = &limit.display;
    let check = match limit.rule {
        LimitRule::MaxItems(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(call.check(crate::rt::internal::limits::max_items(&#info, #what, value.len(), #n));)
        }
        LimitRule::MaxLength(n) => {
            let n = proc_macro2::Literal::u64_unsuffixed(n);
            quote!(call.check(crate::rt::internal::limits::max_length(&#info, #what, value, #n));)
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
            quote!(call.check(crate::rt::internal::limits::#check(&#info, #what, #found, #bound));)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(display: &str, rule: LimitRule) -> Limit {
        Limit {
            display: display.into(),
            const_name: String::new(),
            steps: Vec::new(),
            rule,
        }
    }

    #[test]
    fn a_minimum_and_a_maximum_read_as_one_range() {
        let limits = [
            limit(
                "pageSize",
                LimitRule::Minimum {
                    value: 1,
                    wide: false,
                },
            ),
            limit("ids", LimitRule::MaxItems(50)),
            limit(
                "pageSize",
                LimitRule::Maximum {
                    value: 100,
                    wide: false,
                },
            ),
            limit(
                "title",
                LimitRule::Maximum {
                    value: 9,
                    wide: false,
                },
            ),
        ];
        assert_eq!(
            limit_bullets(&limits),
            [
                "- `pageSize`: from 1 to 100",
                "- `ids`: at most 50 items",
                "- `title`: at most 9"
            ]
        );
    }

    #[test]
    fn sizes_take_the_largest_exact_unit() {
        assert_eq!(human_size(5 << 40), "5 TiB");
        assert_eq!(human_size(1536 << 20), "1536 MiB");
        assert_eq!(human_size(3 << 30), "3 GiB");
        assert_eq!(human_size(1000), "1000 bytes");
        assert_eq!(human_size(1), "1 byte");
    }
}
