//! The examples in the docs: a call of every method, and the crate's quick start.
//!
//! Each example is a `no_run` doctest, so `cargo test` compiles it against the crate and it
//! cannot drift from the signatures. One rule serves every document: the arguments are
//! made from the parameters' types (a placeholder string from the parameter's name, or one
//! its `pattern` accepts; a real enum variant; a request body from `Default` with one
//! setter), and the call ends the way the method is used: `send()`, `items()` or `pages()`
//! for a paged method, `upload()` for media, `download()`, `poller()` for an operation.

mod calls;
mod code;
mod quick_start;
mod values;

use std::collections::HashMap;

use crate::emit::typeref::ident;
use crate::ir::{Api, Method, Resource, TypeDef};

use code::Code;

/// What the examples of one API need to know: the crate's name, its types and its resources.
pub struct Examples<'a> {
    /// The crate as Rust code names it (`google_drive_v3`).
    lib: syn::Ident,
    types: HashMap<&'a str, &'a TypeDef>,
    /// The resources the client reaches, among which the quick start picks its calls.
    root: &'a Resource,
}

impl<'a> Examples<'a> {
    pub fn new(api: &'a Api) -> Self {
        Examples {
            lib: ident(&api.crate_name.replace('-', "_")),
            types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            root: &api.root,
        }
    }

    /// The `# Example` section of a method's docs: calling `m` on `handle` (the way from
    /// `client` to its resource, see [`Handle`]). `deprecated`: the method or its resource
    /// is, so the example allows the warning.
    pub fn method(&self, handle: &[String], m: &Method, deprecated: bool) -> String {
        let mut code = Code::default();
        self.call(handle, m, &mut code);
        let client = format!("client: &{}::Client", self.lib);
        format!("# Example\n\n{}", self.doctest(&code, &client, deprecated))
    }

    /// `code` as a `no_run` doctest, in a hidden `async fn` that takes `params` and returns
    /// the crate's `Result`, so that the code can `.await` and use `?` the way a caller
    /// would. `deprecated`: the code calls what is, so the function allows the warning.
    fn doctest(&self, code: &Code, params: &str, deprecated: bool) -> String {
        let mut text = String::from("```no_run\n");
        // A deprecated method is still documented by a call that compiles without a warning.
        if deprecated {
            text.push_str("# #[allow(deprecated)]\n");
        }
        text.push_str(&format!(
            "# async fn example({params}) -> Result<(), {}::Error> {{\n",
            self.lib
        ));
        for line in code.lines() {
            text.push_str(&line);
            text.push('\n');
        }
        text.push_str("# Ok(())\n# }\n```");
        text
    }
}

/// The way from `client` to the handle of a resource: the accessors called on the way
/// (`["projects", "widgets"]` for `client.projects().widgets()`).
pub type Handle = Vec<String>;

/// The client itself, the handle of the top-level methods.
pub fn client_handle() -> Handle {
    Vec::new()
}

/// The handle of `child`, reached from its parent's.
pub fn child_handle(parent: &[String], child: &Resource) -> Handle {
    let mut handle = parent.to_vec();
    handle.push(child.accessor.clone());
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
        documented(id, false)
    }

    /// The example of the method `id`, as the docs of a deprecated method or not.
    fn documented(id: &str, deprecated: bool) -> String {
        let api = lower(&Document::parse(WIDGETS).unwrap()).unwrap();
        let m = api
            .root
            .all_methods()
            .into_iter()
            .find(|m| m.id == id)
            .unwrap();
        let handle = ["projects", "widgets"].map(String::from);
        Examples::new(&api).method(&handle, m, deprecated)
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
    fn a_deprecated_call_is_allowed_in_its_example() {
        let example = documented("widgets.widgets.get", true);
        assert!(
            example.starts_with("# Example\n\n```no_run\n# #[allow(deprecated)]\n# async fn"),
            "{example}"
        );
    }
}
