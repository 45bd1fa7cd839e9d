//! The examples in the docs: a call of every method, and the crate's quick start.
//!
//! Each example is a `no_run` doctest, so `cargo test` compiles it against the crate and it
//! cannot drift from the signatures. One rule serves every document: the arguments are
//! made from the parameters' types (a placeholder string from the parameter's name, or one
//! its `pattern` accepts; a real enum variant; a request body from `Default` with one
//! setter), and the call ends the way the method is used: `send()`, `items()` or `pages()`
//! for a paged method, `upload()` for media, `download()`, `poller()` for an operation.

use std::collections::{BTreeSet, HashMap};

use heck::{ToKebabCase, ToShoutySnakeCase};

use crate::ir::{
    Api, Field, Method, PageToken, Param, ParamLocation, Resource, TypeDef, TypeKind, TypeRef,
};
use crate::naming::unraw;

/// Widest line of example code: with the `    /// ` of a method's docs, 100 columns.
const WIDTH: usize = 92;

/// What the examples of one API need to know: the crate's name and its types.
pub struct Examples<'a> {
    /// The crate as Rust code names it (`google_drive_v3`).
    lib: String,
    types: HashMap<&'a str, &'a TypeDef>,
}

/// Example code: its `use` lines and the lines after them.
#[derive(Default)]
struct Code {
    imports: BTreeSet<String>,
    lines: Vec<String>,
}

impl<'a> Examples<'a> {
    pub fn new(api: &'a Api) -> Self {
        Examples {
            lib: api.crate_name.replace('-', "_"),
            types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
        }
    }

    /// The `# Example` section of a method's docs: calling `m` on `handle` (the way from
    /// `client` to its resource, see [`Handle`]). `deprecated`: the method or its resource
    /// is, so the example allows the warning.
    pub fn method(&self, handle: &[String], m: &Method, deprecated: bool) -> String {
        let code = self.call(handle, m);
        let mut text = String::from("# Example\n\n```no_run\n");
        // A deprecated method is still documented by a call that compiles without a warning.
        if deprecated {
            text.push_str("# #[allow(deprecated)]\n");
        }
        text.push_str(&format!(
            "# async fn example(client: &{lib}::Client) -> Result<(), {lib}::Error> {{\n",
            lib = self.lib
        ));
        text.push_str(&self.body(&code));
        text.push_str("# Ok(())\n# }\n```");
        text
    }

    /// Imports and lines of `code`, one per line.
    fn body(&self, code: &Code) -> String {
        let mut text = String::new();
        for import in &code.imports {
            text.push_str(&format!("use {import};\n"));
        }
        if !code.imports.is_empty() {
            text.push('\n');
        }
        for line in formatted(&code.lines) {
            text.push_str(&line);
            text.push('\n');
        }
        text
    }

    /// The crate's quick start: a client from a token, one call of the method `call` (on its
    /// handle) with its errors told apart, and `paged`, when the API has a paged method.
    pub fn quick_start(
        &self,
        call: Option<(&[String], &Method)>,
        paged: Option<(&[String], &Method)>,
    ) -> String {
        let lib = &self.lib;
        let mut text = format!(
            "## Quick start\n\n\
             A client needs a token provider (`rt::auth`): `StaticToken` holds a token you \
             already have; with the cargo feature `google-cloud-auth`, `GoogleCloudAuth` finds \
             application default credentials and refreshes them, and with `yup-oauth2`, \
             `YupOAuth2` runs an OAuth flow. Every call fails with the one [`Error`]: \
             `status()` and `api_error()` say what the server answered.\n\n\
             ```no_run\n\
             # async fn example() -> Result<(), {lib}::Error> {{\n"
        );
        let mut code = Code {
            imports: [
                format!("{lib}::rt::auth::StaticToken"),
                format!("{lib}::Client"),
            ]
            .into(),
            lines: vec![
                "let token = std::env::var(\"ACCESS_TOKEN\").expect(\"an OAuth access token\");"
                    .into(),
                "let client = Client::new(StaticToken::new(token))?;".into(),
            ],
        };
        if let Some((handle, m)) = call {
            let (setup, chain) = self.builder(handle, m, false);
            let request = chain.concat();
            code.imports.extend(setup.imports);
            code.lines.push(String::new());
            code.lines.extend(setup.lines);
            let matched = format!("match {request}.send().await {{");
            if matched.len() <= WIDTH {
                code.lines.push(matched);
            } else {
                code.lines.extend(chain_lines("let call = ", &chain));
                code.lines.push("match call.send().await {".into());
            }
            code.lines.extend(
                [
                    "    Ok(response) => println!(\"{response:?}\"),",
                    "    Err(err) if err.is_not_found() => println!(\"not found: {err}\"),",
                    "    Err(err) => return Err(err),",
                    "}",
                ]
                .map(String::from),
            );
        }
        if let Some((handle, m)) = paged {
            let paging = self.call(handle, m);
            code.imports.extend(paging.imports);
            code.lines.push(String::new());
            code.lines.extend(paging.lines);
        }
        text.push_str(&self.body(&code));
        text.push_str("# Ok(())\n# }\n```");
        text
    }

    /// The lines that call `m` the way it is used.
    fn call(&self, handle: &[String], m: &Method) -> Code {
        let streams = m.pagination.is_some()
            && m.media_upload.is_none()
            && !m.media_download
            && m.poller.is_none();
        let (mut code, mut chain) = self.builder(handle, m, streams);
        let lines = &mut code.lines;
        if let Some(upload) = &m.media_upload {
            lines.push(
                "let bytes = std::fs::read(\"FILE_PATH\").expect(\"a file to upload\");".into(),
            );
            let media = format!(
                "let media = {}::rt::media::Media::new(bytes, {:?});",
                self.lib,
                content_type(&upload.accept)
            );
            lines.push(media);
            chain.push(if upload.simple_path.is_some() {
                ".upload(media)".into()
            } else {
                ".upload_resumable(media)".into()
            });
            chain.push(".await?".into());
            lines.extend(chain_lines(binding(m), &chain));
        } else if m.media_download {
            chain.extend([".download()".into(), ".await?".into()]);
            lines.extend(chain_lines("let mut download = ", &chain));
            lines.extend(
                [
                    "while let Some(chunk) = download.chunk().await? {",
                    "    println!(\"{} bytes\", chunk.len());",
                    "}",
                ]
                .map(String::from),
            );
        } else if m.poller.is_some() {
            chain.extend([".poller()".into(), ".until_done()".into(), ".await?".into()]);
            lines.extend(chain_lines("let done = ", &chain));
        } else if let Some(pagination) = &m.pagination {
            let (all, one) = match pagination.items {
                Some(_) => ("items", "item"),
                None => ("pages", "page"),
            };
            chain.push(format!(".{all}()"));
            lines.extend(chain_lines(&format!("let {all} = "), &chain));
            lines.extend([
                format!("let mut {all} = std::pin::pin!({all});"),
                format!("while let Some({one}) = {all}.try_next().await? {{"),
                format!("    println!(\"{{{one}:?}}\");"),
                "}".into(),
            ]);
            code.imports.insert("futures_util::TryStreamExt".into());
        } else {
            chain.extend([".send()".into(), ".await?".into()]);
            lines.extend(chain_lines(binding(m), &chain));
        }
        code
    }

    /// The setup lines (a request body) and the chain that makes `m`'s builder: the handle,
    /// the constructor with its arguments, and one optional setter where there is one (not
    /// the page token when the example `pages` through the results).
    fn builder(&self, handle: &[String], m: &Method, pages: bool) -> (Code, Vec<String>) {
        let mut code = Code::default();
        let mut uses_types = false;
        let mut args: Vec<String> = m
            .required_params
            .iter()
            .map(|p| self.param_value(p, &mut uses_types))
            .collect();
        if let Some(body) = &m.request {
            let name = unraw(&body.name);
            let value = self.body_value(&body.ty, &m.id, &mut uses_types);
            code.lines
                .extend(chain_lines(&format!("let {name} = "), &value));
            args.push(name.to_string());
        }
        let mut chain = handle.to_vec();
        chain.push(format!(".{}({})", m.fn_name, args.join(", ")));
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
            chain.push(format!(".{}({value})", p.name));
        }
        if uses_types {
            code.imports.insert(format!("{}::types", self.lib));
        }
        (code, chain)
    }

    /// A value of `p`'s argument type.
    fn param_value(&self, p: &Param, uses_types: &mut bool) -> String {
        let one = match (&p.ty, p.location) {
            (TypeRef::String, ParamLocation::Path) => format!("{:?}", path_sample(p)),
            (TypeRef::String, ParamLocation::Query) => {
                format!("{:?}", p.wire_name.to_shouty_snake_case())
            }
            // Numbers go to arguments of their own type, except through an alias, whose
            // argument is an `impl Into<…>`.
            (ty, _) => self.value(
                ty,
                &p.wire_name,
                !p.repeated && matches!(ty, TypeRef::Named(_) | TypeRef::FieldMask),
                uses_types,
            ),
        };
        if p.repeated {
            format!("[{one}]")
        } else {
            one
        }
    }

    /// A value of type `ty` (named by `name` in placeholders). `into`: where it goes to an
    /// `impl Into<…>` argument, whose numbers need a suffix to be typed.
    fn value(&self, ty: &TypeRef, name: &str, into: bool, uses_types: &mut bool) -> String {
        let lib = &self.lib;
        let number = |plain: &str, suffix: &str| {
            if into {
                format!("{plain}{suffix}")
            } else {
                plain.to_string()
            }
        };
        match ty {
            TypeRef::String => format!("{:?}", name.to_shouty_snake_case()),
            TypeRef::Bool => "true".into(),
            TypeRef::I32 => number("1", "i32"),
            TypeRef::U32 => number("1", "u32"),
            TypeRef::I64 => number("1", "i64"),
            TypeRef::U64 => number("1", "u64"),
            TypeRef::F32 => number("1.0", "f32"),
            TypeRef::F64 => number("1.0", "f64"),
            TypeRef::Bytes => "b\"BYTES\".to_vec()".into(),
            TypeRef::Timestamp => format!("{lib}::rt::wkt::Timestamp::now()"),
            TypeRef::Date => {
                format!("{lib}::rt::wkt::Date::from_ymd(2024, 1, 31).expect(\"a valid date\")")
            }
            TypeRef::Duration => format!("{lib}::rt::wkt::Duration::from_secs(60)"),
            // A mask converts from its text wherever an argument takes `impl Into<FieldMask>`.
            TypeRef::FieldMask if into => "\"*\"".into(),
            TypeRef::FieldMask => format!("{lib}::rt::wkt::FieldMask::new([\"*\"])"),
            TypeRef::Any => "serde_json::json!({})".into(),
            TypeRef::Vec(inner) => format!("[{}]", self.value(inner, name, into, uses_types)),
            TypeRef::Map(inner) => {
                format!("[(\"KEY\", {})]", self.value(inner, name, into, uses_types))
            }
            TypeRef::Named(type_name) => {
                match self.types.get(type_name.as_str()).map(|t| &t.kind) {
                    Some(TypeKind::Alias(target)) => self.value(target, name, into, uses_types),
                    Some(TypeKind::Enum(e)) => {
                        *uses_types = true;
                        let variant = e
                            .variants
                            .iter()
                            .find(|v| !v.deprecated && !v.wire_value.ends_with("UNSPECIFIED"))
                            .or(e.variants.first());
                        match variant {
                            Some(v) => format!("types::{}::{}", type_name, v.name),
                            None => format!("types::{type_name}::from({:?})", name),
                        }
                    }
                    _ => {
                        *uses_types = true;
                        format!("types::{type_name}::default()")
                    }
                }
            }
        }
    }

    /// A request body: `types::T::default()` with one setter, where `T` has a field to set,
    /// as the parts of a chain.
    fn body_value(&self, ty: &TypeRef, method_id: &str, uses_types: &mut bool) -> Vec<String> {
        let TypeRef::Named(name) = ty else {
            return vec![match ty {
                TypeRef::Any => "serde_json::json!({})".into(),
                _ => "Default::default()".into(),
            }];
        };
        *uses_types = true;
        let mut value = vec![format!("types::{name}::default()")];
        if let Some(setter) = self.setter(name, method_id, true, uses_types) {
            value.push(setter);
        }
        value
    }

    /// `.set_x(value)` for a field of the struct `name` a request would set: one the method
    /// requires, else a plain one (a string, number, flag or enum) that the server does not
    /// set itself, `title` or `displayName` first, else (with `nested`) the first struct
    /// field, given a value the same way. `None` for a type with no such field.
    fn setter(
        &self,
        name: &str,
        method_id: &str,
        nested: bool,
        uses_types: &mut bool,
    ) -> Option<String> {
        let Some(TypeKind::Struct(s)) = self.types.get(name).map(|t| &t.kind) else {
            return None;
        };
        // Google's descriptions say "Output only" of what the server sets, also where the
        // schema does not mark the field read-only.
        let writable = |f: &&Field| {
            !f.read_only
                && !f.deprecated
                && !f
                    .description
                    .as_deref()
                    .is_some_and(|d| d.to_ascii_lowercase().contains("output only"))
        };
        let plain = |f: &&Field| writable(f) && self.simple(&f.ty);
        let field = s
            .fields
            .iter()
            .filter(plain)
            .find(|f| f.required_by.iter().any(|m| m == method_id))
            // What a reader sets first on a new object, where it has one.
            .or_else(|| {
                s.fields
                    .iter()
                    .filter(plain)
                    .find(|f| f.wire_name == "title" || f.wire_name == "displayName")
            })
            .or_else(|| s.fields.iter().find(plain));
        if let Some(f) = field {
            let v = self.value(&f.ty, &f.wire_name, true, uses_types);
            return Some(format!(".{}({v})", f.setter));
        }
        if !nested {
            return None;
        }
        s.fields.iter().filter(writable).find_map(|f| {
            let TypeRef::Named(inner) = &f.ty else {
                return None;
            };
            let inner_setter = self.setter(inner, method_id, false, uses_types)?;
            Some(format!(
                ".{}(types::{inner}::default(){inner_setter})",
                f.setter
            ))
        })
    }

    /// Whether a value of `ty` reads as plain data in an example: a string, number, flag or
    /// enum, or a list of them.
    fn simple(&self, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::String
            | TypeRef::Bool
            | TypeRef::I32
            | TypeRef::U32
            | TypeRef::I64
            | TypeRef::U64
            | TypeRef::F32
            | TypeRef::F64 => true,
            TypeRef::Vec(inner) => self.simple(inner),
            TypeRef::Named(name) => match self.types.get(name.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Enum(_)) => true,
                Some(TypeKind::Alias(target)) => self.simple(target),
                _ => false,
            },
            _ => false,
        }
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
    let plain = |p: &&Param| {
        matches!(
            p.ty,
            TypeRef::String
                | TypeRef::Bool
                | TypeRef::I32
                | TypeRef::U32
                | TypeRef::I64
                | TypeRef::U64
                | TypeRef::Named(_)
        )
    };
    candidates().find(plain).or_else(|| candidates().next())
}

/// `let x = ` for the result of `m`: nothing to bind when it answers nothing.
fn binding(m: &Method) -> &'static str {
    if m.response.is_some() {
        "let response = "
    } else {
        ""
    }
}

/// A placeholder for a path parameter that its `pattern` accepts, so that the example's
/// call would pass the runtime's check of the value: the pattern's own shape
/// (`projects/PROJECT/locations/LOCATION`) when it is literal segments and `[^/]+`, else
/// the parameter's name in capitals (`ALBUM_ID`) or in lower case (`album-id`), whichever
/// the pattern accepts; the capitals when none of them is.
fn path_sample(p: &Param) -> String {
    let upper = p.wire_name.to_shouty_snake_case();
    let Some(pattern) = &p.pattern else {
        return upper;
    };
    let Ok(regex) = regex_lite::Regex::new(pattern) else {
        return upper;
    };
    let candidates = [
        shaped(pattern),
        Some(upper.clone()),
        Some(p.wire_name.to_kebab_case()),
        Some(p.wire_name.clone()),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|c| regex.is_match(c))
        .unwrap_or(upper)
}

/// `projects/PROJECT/locations/LOCATION` for `^projects/[^/]+/locations/[^/]+$`: each
/// `[^/]+` (or `.*`) named after the collection before it, in the singular. `None` for a
/// pattern of another shape.
fn shaped(pattern: &str) -> Option<String> {
    // `[^/]+` holds a `/` of its own: name it before splitting at the separators.
    const ANY: &str = "\u{0}";
    let inner = pattern.strip_prefix('^')?.strip_suffix('$')?;
    let inner = inner.replace("[^/]+", ANY);
    let mut out: Vec<String> = Vec::new();
    for segment in inner.split('/') {
        if segment == ANY || segment == ".*" || segment == ".+" {
            let collection = out.last().map(String::as_str).unwrap_or("id");
            out.push(singular(collection).to_shouty_snake_case());
        } else if !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
        {
            out.push(segment.to_string());
        } else {
            return None;
        }
    }
    Some(out.join("/"))
}

/// `project` for `projects`, `policy` for `policies`: enough English for placeholders.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    if let Some(stem) = word.strip_suffix("sses") {
        return format!("{stem}ss");
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// A content type the method accepts: the first it names outright, else a common type of
/// the first family it accepts (`image/*` → `image/png`), else bytes.
fn content_type(accept: &[String]) -> String {
    if let Some(exact) = accept.iter().find(|a| !a.contains('*')) {
        return exact.clone();
    }
    let family = accept.iter().find_map(|a| a.strip_suffix("/*"));
    match family {
        Some("image") => "image/png",
        Some("video") => "video/mp4",
        Some("audio") => "audio/mpeg",
        Some("text") => "text/plain",
        Some("message") => "message/rfc822",
        _ => "application/octet-stream",
    }
    .into()
}

/// The statements of an example as prettyplease prints them, so that a long value (a
/// nested request body) is broken over lines instead of running off a docs page. Each group
/// between blank lines is printed on its own, since prettyplease keeps no blank line.
fn formatted(lines: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, group) in lines.split(|l| l.trim().is_empty()).enumerate() {
        if i > 0 {
            out.push(String::new());
        }
        out.extend(formatted_group(group));
    }
    out
}

/// `lines` as prettyplease prints them; unchanged if they do not parse as statements (not
/// expected: the tests compile every example).
fn formatted_group(lines: &[String]) -> Vec<String> {
    let source = format!("fn example() {{\n{}\n}}\n", lines.join("\n"));
    let Ok(file) = syn::parse_file(&source) else {
        return lines.to_vec();
    };
    let printed = prettyplease::unparse(&file);
    let body: Vec<&str> = printed.lines().collect();
    match body.as_slice() {
        [_, statements @ .., _] if !statements.is_empty() => statements
            .iter()
            .map(|l| l.strip_prefix("    ").unwrap_or(l).to_string())
            .collect(),
        _ => lines.to_vec(),
    }
}

/// `{start}{chain};` on one line, or the chain one call per line the way rustfmt breaks it.
fn chain_lines(start: &str, chain: &[String]) -> Vec<String> {
    let line = format!("{start}{};", chain.concat());
    if line.len() <= WIDTH {
        return vec![line];
    }
    let Some((last, middle)) = chain[1..].split_last() else {
        return vec![line];
    };
    let mut lines = vec![format!("{start}{}", chain[0])];
    lines.extend(middle.iter().map(|part| format!("    {part}")));
    lines.push(format!("    {last};"));
    lines
}

/// The way from `client` to the handle of a resource: `["client", ".albums()"]`.
pub type Handle = Vec<String>;

/// The client itself, the handle of the top-level methods.
pub fn client_handle() -> Handle {
    vec!["client".into()]
}

/// The handle of `child`, reached from its parent's.
pub fn child_handle(parent: &[String], child: &Resource) -> Handle {
    let mut handle = parent.to_vec();
    handle.push(format!(".{}()", child.accessor));
    handle
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::lower;
    use crate::model::Document;

    /// A document with one method of each way of calling.
    const WIDGETS: &str = r#"{
      "kind": "discovery#restDescription", "discoveryVersion": "v1",
      "id": "widgets:v1", "name": "widgets", "version": "v1", "title": "Widgets API",
      "rootUrl": "https://widgets.googleapis.com/", "servicePath": "",
      "schemas": {
        "Widget": {"id": "Widget", "type": "object", "properties": {
          "id": {"type": "string", "description": "Output only. Set by the server."},
          "owner": {"$ref": "Owner"},
          "color": {"type": "string", "enum": ["COLOR_UNSPECIFIED", "RED"]},
          "name": {"type": "string", "annotations": {"required": ["widgets.widgets.insert"]}}
        }},
        "Owner": {"id": "Owner", "type": "object", "properties": {"email": {"type": "string"}}},
        "Wrapper": {"id": "Wrapper", "type": "object", "properties": {"widget": {"$ref": "Widget"}}},
        "ListWidgetsResponse": {"id": "ListWidgetsResponse", "type": "object", "properties": {
          "widgets": {"type": "array", "items": {"$ref": "Widget"}},
          "nextPageToken": {"type": "string"}
        }}
      },
      "resources": {"projects": {"resources": {"widgets": {"methods": {
        "get": {
          "id": "widgets.widgets.get", "path": "v1/{+name}", "httpMethod": "GET",
          "parameters": {
            "name": {"type": "string", "location": "path", "required": true,
                     "pattern": "^projects/[^/]+/widgets/[^/]+$"},
            "view": {"type": "string", "location": "query", "enum": ["VIEW_UNSPECIFIED", "FULL"]}
          },
          "parameterOrder": ["name"], "response": {"$ref": "Widget"}
        },
        "list": {
          "id": "widgets.widgets.list", "path": "v1/widgets", "httpMethod": "GET",
          "parameters": {
            "pageToken": {"type": "string", "location": "query"},
            "pageSize": {"type": "integer", "format": "int32", "location": "query"}
          },
          "response": {"$ref": "ListWidgetsResponse"}
        },
        "insert": {
          "id": "widgets.widgets.insert", "path": "v1/widgets", "httpMethod": "POST",
          "request": {"$ref": "Widget"}, "response": {"$ref": "Widget"},
          "supportsMediaUpload": true,
          "mediaUpload": {"accept": ["image/*"], "protocols": {
            "simple": {"multipart": true, "path": "/upload/v1/widgets"}}}
        },
        "wrap": {
          "id": "widgets.widgets.wrap", "path": "v1/widgets:wrap", "httpMethod": "POST",
          "request": {"$ref": "Wrapper"}
        },
        "delete": {
          "id": "widgets.widgets.delete", "path": "v1/widgets/{id}", "httpMethod": "DELETE",
          "parameters": {"id": {"type": "string", "format": "int64", "location": "path",
                                "required": true}},
          "parameterOrder": ["id"]
        }
      }}}}}
    }"#;

    fn example(id: &str) -> String {
        let api = lower(&Document::parse(WIDGETS).unwrap()).unwrap();
        let m = api
            .root
            .all_methods()
            .into_iter()
            .find(|m| m.id == id)
            .unwrap();
        let handle = ["client", ".projects()", ".widgets()"].map(String::from);
        Examples::new(&api).method(&handle, m, false)
    }

    /// The visible lines of an example, without the fence and the hidden wrapper.
    fn visible(example: &str) -> Vec<&str> {
        example
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("```") && !l.is_empty())
            .collect()
    }

    #[test]
    fn a_method_is_called_with_values_of_its_argument_types() {
        let get = example("widgets.widgets.get");
        assert!(get.starts_with(
            "# Example\n\n```no_run\n# async fn example(client: &google_widgets_v1::Client) \
             -> Result<(), google_widgets_v1::Error> {\n"
        ));
        assert!(get.ends_with("# Ok(())\n# }\n```"));
        // The path value fits the pattern; the optional enum gets a variant that means
        // something, not its `UNSPECIFIED` one.
        assert_eq!(
            visible(&get),
            [
                "use google_widgets_v1::types;",
                "let response = client",
                "    .projects()",
                "    .widgets()",
                "    .get(\"projects/PROJECT/widgets/WIDGET\")",
                "    .view(types::ProjectsWidgetsGetView::Full)",
                "    .send()",
                "    .await?;",
            ],
            "{get}"
        );
        assert_eq!(
            visible(&example("widgets.widgets.delete")),
            ["client.projects().widgets().delete(1).send().await?;"]
        );
    }

    #[test]
    fn paged_methods_stream_their_items_without_setting_the_page_token() {
        assert_eq!(
            visible(&example("widgets.widgets.list")),
            [
                "use futures_util::TryStreamExt;",
                "let items = client.projects().widgets().list().page_size(1).items();",
                "let mut items = std::pin::pin!(items);",
                "while let Some(item) = items.try_next().await? {",
                "    println!(\"{item:?}\");",
                "}",
            ]
        );
    }

    #[test]
    fn bodies_set_one_field_and_media_methods_upload() {
        // The field the method requires, not the output-only one before it.
        assert_eq!(
            visible(&example("widgets.widgets.insert")),
            [
                "use google_widgets_v1::types;",
                "let request = types::Widget::default().set_name(\"NAME\");",
                "let bytes = std::fs::read(\"FILE_PATH\").expect(\"a file to upload\");",
                "let media = google_widgets_v1::rt::media::Media::new(bytes, \"image/png\");",
                "let response = client.projects().widgets().insert(request).upload(media).await?;",
            ]
        );
        // No plain field: the first struct field, given one of its own.
        assert_eq!(
            visible(&example("widgets.widgets.wrap"))[1..],
            [
                "let request = types::Wrapper::default()",
                "    .set_widget(types::Widget::default().set_color(types::WidgetColor::Red));",
                "client.projects().widgets().wrap(request).send().await?;",
            ]
        );
    }

    #[test]
    fn path_values_follow_the_pattern_where_the_name_would_not() {
        let param = |pattern: Option<&str>| Param {
            name: "instance".into(),
            wire_name: "instance".into(),
            location: ParamLocation::Path,
            ty: TypeRef::String,
            repeated: false,
            description: None,
            deprecated: false,
            pattern: pattern.map(String::from),
            default: None,
        };
        assert_eq!(path_sample(&param(None)), "INSTANCE");
        assert_eq!(
            path_sample(&param(Some("^policies/[^/]+/addresses/.*$"))),
            "policies/POLICY/addresses/ADDRESS"
        );
        // Compute's names are lower case.
        assert_eq!(
            path_sample(&param(Some("[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?"))),
            "instance"
        );
        // Nothing fits: the name, for the reader.
        assert_eq!(path_sample(&param(Some("^[0-9]+$"))), "INSTANCE");
    }

    #[test]
    fn media_types_come_from_what_the_method_accepts() {
        let accept =
            |types: &[&str]| content_type(&types.iter().map(|t| t.to_string()).collect::<Vec<_>>());
        assert_eq!(accept(&["image/*", "application/pdf"]), "application/pdf");
        assert_eq!(accept(&["message/*"]), "message/rfc822");
        assert_eq!(accept(&["*/*"]), "application/octet-stream");
        assert_eq!(accept(&[]), "application/octet-stream");
    }

    #[test]
    fn long_statements_are_broken_and_groups_keep_their_blank_line() {
        let lines: Vec<String> = [
            "let client = Client::new(token)?;",
            "",
            "let request = types::AddEnrichmentToAlbumRequest::default().set_album_position(types::AlbumPosition::default().set_position(types::AlbumPositionPosition::FirstInAlbum));",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            formatted(&lines),
            [
                "let client = Client::new(token)?;",
                "",
                "let request = types::AddEnrichmentToAlbumRequest::default()",
                "    .set_album_position(",
                "        types::AlbumPosition::default()",
                "            .set_position(types::AlbumPositionPosition::FirstInAlbum),",
                "    );",
            ]
        );
    }
}
