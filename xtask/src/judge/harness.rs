//! The harness test of one document: a `match` from method id to the builder call, each
//! argument read from the vector by its wire name and turned into the argument's type, then
//! the comparison of every vector's request with Google's.

use std::collections::HashMap;
use std::path::Path;

use anyhow::{bail, Result};
use discogen::emit::typeref::{rust_type, Within};
use discogen::ir::{Api, Method, Param, Resource, TypeDef, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The harness crate's name.
pub const CRATE: &str = "judge-harness";

/// A document's test, and the cargo features of its crate that the judged methods need.
pub struct TestFile {
    pub source: String,
    pub features: Vec<String>,
}

/// The test of `api` (document `stem`); with `features`, an API that has features is judged
/// on those resources only.
pub fn test_file(api: &Api, stem: &str, features: &[String], data: &Path) -> Result<TestFile> {
    let included: Vec<String> = if api.features.is_empty() {
        Vec::new()
    } else if features.is_empty() {
        api.features.clone()
    } else {
        for f in features {
            if !api.features.contains(f) {
                bail!("{stem} has no feature `{f}`");
            }
        }
        features.to_vec()
    };
    let types: HashMap<&str, &TypeDef> = api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut arms = Vec::new();
    walk(&api.root, &[], &included, &types, &mut arms);
    let lib = format_ident!("{}", api.crate_name.replace('-', "_"));
    let vectors = data.join(format!("{stem}.jsonl")).display().to_string();
    let differences = data.join("differences.json").display().to_string();
    let found = format!("../{stem}.found.json");
    // A run on some features judges their methods only; any other run judges every vector.
    let sampled = !api.features.is_empty() && !features.is_empty();
    let tokens = quote! {
        use client_judge::args::{big, de, list, text};
        use client_judge::{judge, verdict, Expected, Outcome, Vector};
        use #lib as api;
        use api::rt::testing::{MockReply, MockTransport};

        /// The vector's call through the generated builder; `None` for a method this run
        /// does not judge.
        #[allow(deprecated, unused_mut, unused_variables, clippy::let_unit_value)]
        async fn call(client: &api::Client, v: &Vector) -> Option<Result<(), api::Error>> {
            let p = &v.params;
            let result = match v.id.as_str() {
                #(#arms)*
                _ => return None,
            };
            Some(result)
        }

        // One match over every method of a big API makes a future whose poll, unoptimized,
        // needs more stack than a test thread has.
        #[test]
        fn requests_equal_googles() {
            std::thread::Builder::new()
                .stack_size(512 << 20)
                .spawn(|| {
                    // Every attempt of a call is bounded in time, on tokio's timer.
                    tokio::runtime::Builder::new_current_thread()
                        .enable_time()
                        .build()
                        .unwrap()
                        .block_on(judge_every_vector())
                })
                .unwrap()
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        }

        async fn judge_every_vector() {
            let vectors = client_judge::vectors(include_str!(#vectors));
            let expected = Expected::parse(include_str!(#differences));
            let mut results = Vec::new();
            for v in &vectors {
                let mock = MockTransport::new();
                mock.on_any().reply(MockReply::json(200, serde_json::json!({})));
                let client = api::Client::builder()
                    .transport(mock.clone())
                    .token_provider(api::rt::auth::StaticToken::new("token"))
                    .build()
                    .unwrap();
                let Some(result) = call(&client, v).await else {
                    continue;
                };
                let outcome = match (result, mock.requests().into_iter().next()) {
                    (_, Some(sent)) => Outcome::Sent {
                        method: sent.method.to_string(),
                        body: (!sent.body.is_empty()).then(|| sent.json()).flatten(),
                        url: sent.url,
                    },
                    (Err(e), None) => Outcome::Refused(e.to_string()),
                    (Ok(()), None) => panic!("{}: answered without a request", v.id),
                };
                results.push((v.id.clone(), judge(v, &outcome)));
            }
            // What differed, by method, for whoever updates differences.json after reading it.
            let found: std::collections::BTreeMap<&str, Vec<&str>> = results
                .iter()
                .filter(|(_, d)| !d.is_empty())
                .map(|(id, d)| (id.as_str(), d.iter().map(|d| d.kind.name()).collect()))
                .collect();
            let found_path = concat!(env!("CARGO_MANIFEST_DIR"), "/", #found);
            std::fs::write(found_path, serde_json::to_string_pretty(&found).unwrap()).unwrap();
            assert!(
                #sampled || results.len() == vectors.len(),
                "{} of {} vectors have no method in the crate",
                vectors.len() - results.len(),
                vectors.len()
            );
            match verdict(#stem, &results, &expected) {
                Ok(summary) => println!("{summary}"),
                Err(failure) => panic!("{failure}"),
            }
        }
    };
    let file: syn::File = syn::parse2(tokens)?;
    let source = format!(
        "// Written by `cargo xtask judge` from {stem}. DO NOT EDIT.\n\n{}",
        prettyplease::unparse(&file)
    );
    Ok(TestFile {
        source,
        features: included,
    })
}

/// The match arms of the methods of `resource` and below, reached through `handles`.
fn walk(
    resource: &Resource,
    handles: &[TokenStream],
    included: &[String],
    types: &HashMap<&str, &TypeDef>,
    arms: &mut Vec<TokenStream>,
) {
    if let Some(feature) = &resource.feature {
        if !included.contains(feature) {
            return;
        }
    }
    for m in &resource.methods {
        arms.push(arm(m, handles, types));
    }
    for child in &resource.children {
        let accessor = format_ident!("{}", child.accessor);
        let mut path = handles.to_vec();
        path.push(quote!(.#accessor()));
        walk(child, &path, included, types, arms);
    }
}

fn arm(m: &Method, handles: &[TokenStream], types: &HashMap<&str, &TypeDef>) -> TokenStream {
    let id = &m.id;
    let constructor = ident(&m.fn_name);
    let mut args: Vec<TokenStream> = m
        .required_params
        .iter()
        .map(|p| {
            let wire = &p.wire_name;
            let value = param(p, quote!(&p[#wire]), types);
            quote!(#value)
        })
        .collect();
    if let Some(body) = &m.request {
        let ty = outside(&body.ty);
        args.push(quote!(de::<#ty>(v.body.as_ref().unwrap_or(&serde_json::Value::Null))));
    }
    let setters = m.optional_params.iter().map(|p| {
        let wire = &p.wire_name;
        let setter = ident(&p.name);
        let value = param(p, quote!(x), types);
        quote! {
            if let Some(x) = p.get(#wire) {
                call = call.#setter(#value);
            }
        }
    });
    let ending = match m.response {
        Some(_) => quote!(call.send().await.map(drop)),
        None => quote!(call.send().await),
    };
    quote! {
        #id => {
            let mut call = client #(#handles)* .#constructor(#(#args),*);
            #(#setters)*
            #ending
        }
    }
}

/// The expression that turns the JSON `value` into `p`'s argument.
fn param(p: &Param, value: TokenStream, types: &HashMap<&str, &TypeDef>) -> TokenStream {
    let element = convert(&p.ty, types);
    if p.repeated {
        quote!(list(#value, #element))
    } else {
        quote!((#element)(#value))
    }
}

/// The function from a JSON value to a value of `ty`.
fn convert(ty: &TypeRef, types: &HashMap<&str, &TypeDef>) -> TokenStream {
    match ty {
        TypeRef::String => quote!(text),
        TypeRef::I64 => quote!(big::<i64>),
        TypeRef::U64 => quote!(big::<u64>),
        TypeRef::Named(name) => match types.get(name.as_str()).map(|t| &t.kind) {
            Some(TypeKind::Alias(target)) => convert(target, types),
            _ => {
                let ty = outside(ty);
                quote!(de::<#ty>)
            }
        },
        other => {
            let ty = outside(other);
            quote!(de::<#ty>)
        }
    }
}

/// `ty` as code outside the crate names it (`api::types::X`, `api::rt::wkt::Date`).
fn outside(ty: &TypeRef) -> TokenStream {
    let inside = rust_type(ty, Within::Elsewhere).to_string();
    inside
        .replace("crate ::", "api ::")
        .parse()
        .expect("a type path parses")
}

fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => format_ident!("r#{}", raw),
        None => format_ident!("{}", name),
    }
}
