//! One-line Rust signatures of the items the emitter prints for the IR, so a report can say
//! which items of the generated crate a change adds, removes or alters.
//!
//! Argument and field types come from `discogen::emit::signature`, the functions the
//! emitter prints them with, as one line of text; types of the `types` module are named bare
//! (`Album`), runtime types with `rt::`.

use discogen::emit::signature::{self, compact};
use discogen::emit::typeref::{rust_type, Within};
use discogen::ir::{
    Field, Gate, Method, PageItems, Param, Resource, Scope, TypeDef, TypeKind, TypeRef, Variant,
};

/// Where a resource's items live in the generated crate.
#[derive(Debug, Clone)]
pub struct Place {
    /// Dotted wire path (`albums`, `projects.locations`); empty for the root.
    pub wire: String,
    /// Module path (`albums`, `projects::locations`); empty for the root.
    pub module: String,
    /// Path of the handle struct (`albums::Albums`; `Client` for the root).
    pub handle: String,
    /// Prefix of request builder paths (`albums::`; `methods::` for the root).
    pub builders: String,
    /// The cargo feature its items need (a big API's top-level resource and all below it).
    pub feature: Option<String>,
}

impl Place {
    pub fn root() -> Place {
        Place {
            wire: String::new(),
            module: String::new(),
            handle: "Client".into(),
            builders: "methods::".into(),
            feature: None,
        }
    }

    pub fn child(&self, r: &Resource) -> Place {
        let join = |a: &str, sep: &str, b: &str| {
            if a.is_empty() {
                b.to_string()
            } else {
                format!("{a}{sep}{b}")
            }
        };
        let module = join(&self.module, "::", &r.module);
        Place {
            wire: join(&self.wire, ".", &r.wire_name),
            handle: format!("{module}::{}", r.handle),
            builders: format!("{module}::"),
            module,
            feature: r.feature.clone().or_else(|| self.feature.clone()),
        }
    }

    /// `item` as the report shows it: with the `cfg` of the feature it needs, if any.
    fn gated(&self, item: String) -> String {
        match &self.feature {
            Some(feature) => format!("#[cfg(feature = \"{feature}\")] {item}"),
            None => item,
        }
    }

    /// `albums.get`; `get` for a top-level method.
    pub fn method_location(&self, wire_name: &str) -> String {
        if self.wire.is_empty() {
            wire_name.to_string()
        } else {
            format!("{}.{wire_name}", self.wire)
        }
    }
}

/// The type as the generated crate's `types` module spells it (`Album`, `rt::wkt::Timestamp`).
pub fn ty(t: &TypeRef) -> String {
    compact(&rust_type(t, Within::TypesModule))
}

/// A struct field's full type: `Option<Box<T>>`, `T`, …
pub fn field_ty(f: &Field) -> String {
    compact(&signature::field_type(f, Within::TypesModule))
}

/// `Album::media_items_count: Option<i64>`.
pub fn field(owner: &str, f: &Field) -> String {
    format!("{owner}::{}: {}", f.name, field_ty(f))
}

/// The setters of a field, as the emitter prints them: `Album::set_title(impl Into<String>)`,
/// for an `Option` `Album::set_or_clear_title(Option<String>)`, and for an optional map
/// `Album::set_or_clear_labels_entry(impl Into<String>, Option<String>)`.
pub fn setters(owner: &str, f: &Field) -> Vec<String> {
    let mut out = vec![format!("{owner}::{}({})", f.setter, set_argument(&f.ty))];
    if let Some(clearer) = &f.clearer {
        out.push(format!(
            "{owner}::{clearer}({})",
            compact(&signature::clearer_argument(&f.ty, Within::TypesModule))
        ));
    }
    if let (Some(entry), TypeRef::Map(value)) = (&f.entry_setter, &f.ty) {
        out.push(format!(
            "{owner}::{entry}(impl Into<String>, Option<{}>)",
            ty(value)
        ));
    }
    out
}

/// What `set_…` takes.
fn set_argument(t: &TypeRef) -> String {
    compact(&signature::setter_argument(t, Within::TypesModule).0)
}

/// The setter of a struct's flattened map.
pub fn additional_setter(owner: &str, setter: &str, value: &TypeRef) -> String {
    format!(
        "{owner}::{setter}({})",
        set_argument(&TypeRef::Map(Box::new(value.clone())))
    )
}

/// The flattened map of a struct with `additionalProperties`.
pub fn additional(owner: &str, name: &str, t: &TypeRef) -> String {
    format!("{owner}::{name}: BTreeMap<String, {}>", ty(t))
}

/// `struct Album`, `enum AlbumKind`, `type Labels = BTreeMap<String, String>`; with the
/// `cfg` of the features it needs, in a big API (`#[cfg(feature = "instances")] struct …`).
pub fn type_def(def: &TypeDef) -> String {
    let item = match &def.kind {
        TypeKind::Struct(_) => format!("struct {}", def.name),
        TypeKind::Enum(_) => format!("enum {}", def.name),
        TypeKind::Alias(target) => format!("type {} = {}", def.name, ty(target)),
    };
    let feature = |f: &String| format!("feature = \"{f}\"");
    match &def.gate {
        Gate::Always => item,
        Gate::AnyOf(features) if features.len() == 1 => {
            format!("#[cfg({})] {item}", feature(&features[0]))
        }
        Gate::AnyOf(features) => {
            let any: Vec<String> = features.iter().map(feature).collect();
            format!("#[cfg(any({}))] {item}", any.join(", "))
        }
        Gate::Full => format!("#[cfg(feature = \"full\")] {item}"),
    }
}

/// `MediaTypeFilterMediaTypesItem::Photo`.
pub fn variant(owner: &str, v: &Variant) -> String {
    format!("{owner}::{}", v.name)
}

/// `scopes::PHOTOSLIBRARY`.
pub fn scope(s: &Scope) -> String {
    format!("scopes::{}", s.const_name)
}

/// A constructor or setter argument.
fn arg_ty(p: &Param) -> String {
    compact(&signature::param_argument(p, Within::TypesModule).0)
}

/// `albums::Albums::get(album_id: impl Into<String>) -> albums::Get`.
pub fn constructor(place: &Place, m: &Method) -> String {
    let mut args: Vec<String> = m
        .required_params
        .iter()
        .map(|p| format!("{}: {}", p.name, arg_ty(p)))
        .collect();
    if let Some(body) = &m.request {
        args.push(format!("{}: {}", body.name, ty(&body.ty)));
    }
    place.gated(format!(
        "{}::{}({}) -> {}",
        place.handle,
        m.fn_name,
        args.join(", "),
        builder_path(place, m)
    ))
}

/// `albums::Get`, the path that the builder's own items start with.
fn builder_path(place: &Place, m: &Method) -> String {
    format!("{}{}", place.builders, m.builder)
}

/// `albums::Get::page_size(page_size: i32)`.
pub fn setter(place: &Place, m: &Method, p: &Param) -> String {
    place.gated(format!(
        "{}::{}({}: {})",
        builder_path(place, m),
        p.name,
        p.name,
        arg_ty(p)
    ))
}

/// `albums::Get::send() -> Result<Album, Error>`.
pub fn send(place: &Place, m: &Method) -> String {
    let response = m.response.as_ref().map_or_else(|| "()".to_string(), ty);
    place.gated(format!(
        "{}::send() -> Result<{response}, Error>",
        builder_path(place, m)
    ))
}

/// `media::Upload::upload(media: rt::media::Media) -> Result<Album, Error>`: the simple-protocol
/// upload the emitter adds to a builder whose method takes media.
pub fn upload(place: &Place, m: &Method) -> String {
    let response = m.response.as_ref().map_or_else(|| "()".to_string(), ty);
    place.gated(format!(
        "{}::upload(media: rt::media::Media) -> Result<{response}, Error>",
        builder_path(place, m)
    ))
}

/// `media::Get::download() -> Result<rt::media::Download, Error>`.
pub fn download(place: &Place, m: &Method) -> String {
    place.gated(format!(
        "{}::download() -> Result<rt::media::Download, Error>",
        builder_path(place, m)
    ))
}

/// `albums::List::items() -> Stream<Item = Result<Album, Error>>`.
pub fn items(place: &Place, m: &Method, items: &PageItems) -> String {
    let item = if items.keyed {
        format!("(String, {})", ty(&items.item_type))
    } else {
        ty(&items.item_type)
    };
    place.gated(format!(
        "{}::items() -> Stream<Item = Result<{item}, Error>>",
        builder_path(place, m)
    ))
}

/// `jobs::Insert::poller() -> Poller<.., Job>`: what `until_done()` yields.
pub fn poller(place: &Place, m: &Method, yields: &TypeRef) -> String {
    place.gated(format!(
        "{}::poller() -> Poller<{}>",
        builder_path(place, m),
        ty(yields)
    ))
}

/// `albums::List::pages() -> Stream<Item = Result<ListAlbumsResponse, Error>>`.
pub fn pages(place: &Place, m: &Method, page: &str) -> String {
    place.gated(format!(
        "{}::pages() -> Stream<Item = Result<{page}, Error>>",
        builder_path(place, m)
    ))
}

/// `Client::albums() -> albums::Albums`.
pub fn accessor(parent: &Place, child: &Place, r: &Resource) -> String {
    child.gated(format!(
        "{}::{}() -> {}",
        parent.handle, r.accessor, child.handle
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_print_as_the_emitter_prints_them() {
        let t = TypeRef::Map(Box::new(TypeRef::Vec(Box::new(TypeRef::Named("A".into())))));
        assert_eq!(ty(&t), "BTreeMap<String, Vec<A>>");
        assert_eq!(ty(&TypeRef::Bytes), "Vec<u8>");
        let f = Field {
            name: "r#type".into(),
            setter: "set_type".into(),
            clearer: Some("set_or_clear_type".into()),
            entry_setter: None,
            wire_name: "type".into(),
            ty: TypeRef::Named("Album".into()),
            required: false,
            boxed: true,
            description: None,
            read_only: false,
            deprecated: false,
            required_by: Vec::new(),
        };
        assert_eq!(field("Album", &f), "Album::r#type: Option<Box<Album>>");
        assert_eq!(
            setters("Album", &f),
            [
                "Album::set_type(impl Into<Album>)",
                "Album::set_or_clear_type(Option<Album>)"
            ]
        );
    }
}
