//! Lowering: [`crate::model::Document`] → [`crate::ir::Api`].

mod aliases;
mod endpoints;
mod features;
mod media;
mod methods;
mod operations;
mod overlay;
mod pagination;
mod path;
mod recursion;
mod request_id;
mod types;

use std::collections::BTreeSet;

use crate::error::Error;
use crate::ir::{Api, PageType, Resource, Scope, TypeDef};
use crate::model::Document;
use crate::naming::resolve;
use crate::overlay::Overlay;

pub use features::FEATURE_THRESHOLD;
pub use methods::ROOT_MODULES;
pub use operations::operation_shapes;
pub use overlay::apply_overlay;
pub use types::TypeSpace;

/// Lowers `doc` with what the generator knows of its API beyond the document
/// ([`crate::apis`]).
pub fn lower(doc: &Document) -> Result<Api, Error> {
    let facts = crate::apis::facts_for(doc)?;
    lower_with_facts(doc, &facts)
}

/// Lowers `doc` with `facts` about the API that the document does not state (its
/// operations; notes and limits are applied afterwards by [`apply_overlay`]).
pub fn lower_with_facts(doc: &Document, facts: &Overlay) -> Result<Api, Error> {
    if doc.name.is_empty() || doc.version.is_empty() {
        return Err(Error::Invalid {
            path: "(document root)".into(),
            message: "expected non-empty `name` and `version`".into(),
        });
    }
    endpoints::check(doc)?;
    // Types are named in two passes (see `types`): the first records what every type wants.
    let mut recording = TypeSpace::recording(&doc.schemas);
    lower_tree(doc, &mut recording)?;
    let mut space = TypeSpace::planned(&doc.schemas, recording.into_plan());
    let mut root = lower_tree(doc, &mut space)?;
    let scopes = scopes(doc);
    name_method_scopes(&mut root, &scopes);
    let mut defs = space.defs;
    recursion::box_recursive_fields(&mut defs);
    defs.sort_by(|a, b| a.name.cmp(&b.name));
    let pages = page_types(&root, &defs);
    let mut api = Api {
        crate_name: crate_name(doc),
        id: doc
            .id
            .clone()
            .unwrap_or_else(|| format!("{}:{}", doc.name, doc.version)),
        title: doc.title.clone().unwrap_or_else(|| doc.name.clone()),
        description: doc.description.clone(),
        documentation_link: doc.documentation_link.clone(),
        revision: doc.revision.clone(),
        root_url: doc.root_url.clone(),
        mtls_root_url: doc.mtls_root_url.clone(),
        service_path: doc.service_path.clone(),
        batch_path: doc.batch_path.clone(),
        scopes,
        types: defs,
        pages,
        root,
        notes: Vec::new(),
        features: Vec::new(),
        operations: Vec::new(),
        min_retry_waits: Vec::new(),
    };
    operations::assign_pollers(&mut api, &facts.operations)?;
    features::assign_features(&mut api);
    operations::gate_operations(&mut api);
    Ok(api)
}

/// Lowers the schemas, then the resource tree, into `space`.
fn lower_tree(doc: &Document, space: &mut TypeSpace) -> Result<Resource, Error> {
    space.add_schemas(&doc.schemas)?;
    aliases::check_alias_cycles(&space.defs)?;
    let root_names = methods::ResourceNames {
        wire_name: String::new(),
        module: String::new(),
        accessor: String::new(),
        handle: "Client".into(),
    };
    methods::lower_resource(space, "", root_names, &doc.methods, &doc.resources, false)
}

/// `photoslibrary` + `v1` → `google-photoslibrary-v1`; `admin` + `directory_v1` →
/// `google-admin-directory-v1`.
pub fn crate_name(doc: &Document) -> String {
    let clean = |s: &str| {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect::<String>()
    };
    format!("google-{}-{}", clean(&doc.name), clean(&doc.version))
}

/// `https://www.googleapis.com/auth/photoslibrary.readonly` → `PHOTOSLIBRARY_READONLY`.
fn scopes(doc: &Document) -> Vec<Scope> {
    let Some(oauth2) = doc.auth.as_ref().and_then(|a| a.oauth2.as_ref()) else {
        return Vec::new();
    };
    let wanted = oauth2.scopes.keys().map(|url| {
        let tail = url.trim_end_matches('/').rsplit('/').next().unwrap_or(url);
        let mut name: String = tail
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect();
        if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
            name.insert_str(0, "SCOPE_");
        }
        (url.clone(), name)
    });
    let names = resolve(&[], wanted);
    oauth2
        .scopes
        .iter()
        .map(|(url, info)| Scope {
            const_name: names[url].clone(),
            url: url.clone(),
            description: info.description.clone(),
            notes: Vec::new(),
        })
        .collect()
}

/// Gives each method's scopes the constant names the API's scopes took.
fn name_method_scopes(resource: &mut Resource, scopes: &[Scope]) {
    for method in &mut resource.methods {
        for scope in &mut method.scopes {
            scope.const_name = scopes
                .iter()
                .find(|s| s.url == scope.url)
                .map(|s| s.const_name.clone());
        }
    }
    for child in &mut resource.children {
        name_method_scopes(child, scopes);
    }
}

/// Every page type once, in name order: two methods may share a response type.
fn page_types(root: &Resource, types: &[TypeDef]) -> Vec<PageType> {
    let seen: BTreeSet<&str> = root
        .all_methods()
        .into_iter()
        .filter_map(|m| m.pagination.as_ref())
        .map(|p| p.page_type.as_str())
        .collect();
    let mut out: Vec<PageType> = types
        .iter()
        .filter(|def| seen.contains(def.name.as_str()))
        .filter_map(pagination::page_type)
        .collect();
    out.sort_by(|a, b| a.page_type.cmp(&b.page_type));
    out
}
