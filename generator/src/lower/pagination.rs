//! Which methods page, where their page token goes, and which response field holds the
//! items.
//!
//! A method pages when its response has a page-token string and it takes one (a query
//! parameter, or else a request-body field): it gets `pages()`. A page token is named
//! `pageToken` or `nextPageToken` on either side, the first of the two that is there, the
//! rule of Google's Python client (`_PAGE_TOKEN_NAMES` and `_findPageTokenName` in
//! `googleapiclient/discovery.py`), which pages BigQuery's `tabledata.list` and
//! `jobs.getQueryResults` on a response `pageToken`. It also gets `items()` when
//! one response field can be named the items by the rule of [`items_rank`]. Each field is
//! ranked on its own (its name, its type, and the names of the method), never against how
//! many other fields there are, so a later revision that adds an unrelated list beside the
//! items (a worse-ranked field) cannot move or remove `items()`.

use heck::ToSnakeCase;

use crate::ir::{
    Body, PageItems, PageToken, PageType, Pagination, Param, Struct, TypeDef, TypeKind, TypeRef,
};
use crate::lower::types::TypeSpace;

/// Lists that ride beside the items of a page and are never the items: AIP-217's
/// `unreachable` (and Compute's `unreachables`), Cloud Storage's `prefixes`, warnings and
/// partial errors. They stay readable on each page from `pages()`.
pub const SIDE_LISTS: &[&str] = &[
    "unreachable",
    "unreachables",
    "unreachableLocations",
    "failedLocations",
    "missingLocations",
    "prefixes",
    "warnings",
    "scopedWarnings",
    "partialErrors",
];

/// Field names (or last words of them) that name a page's contents without naming the
/// resource: `results`, `rows`, `entries`…
const GENERIC_ITEMS: &[&str] = &[
    "results",
    "rows",
    "entries",
    "data",
    "records",
    "details",
    "resources",
];

/// Verbs a method name may start with before the thing it lists (`listFoos`, `searchFoos`,
/// `aggregatedList`), and that a response name may start with (`ListFoosResponse`).
const VERBS: &[&str] = &[
    "list",
    "search",
    "aggregated",
    "query",
    "fetch",
    "find",
    "lookup",
    "get",
    "show",
    "bulk",
    "batch",
    "retrieve",
    "count",
    "enumerate",
];

/// What a method is called, as far as the items rule cares.
pub struct MethodContext<'a> {
    /// Wire name of the resource the method belongs to (`albums`); empty at the root.
    pub resource: &'a str,
    /// Wire name of the method (`list`, `listFoos`).
    pub method: &'a str,
}

/// The names a page token goes by, in the order they are looked for.
pub const TOKEN_NAMES: [&str; 2] = ["pageToken", "nextPageToken"];

pub fn pagination(
    space: &TypeSpace,
    context: &MethodContext<'_>,
    required_params: &[Param],
    optional_params: &[Param],
    request: Option<&Body>,
    response: Option<&TypeRef>,
) -> Option<Pagination> {
    let Some(TypeRef::Named(page_type)) = response else {
        return None;
    };
    let page_def = space.def(page_type)?;
    let TypeKind::Struct(page) = &page_def.kind else {
        return None;
    };
    let response_token = token_field(page)?;
    fn is_token(name: &str) -> impl Fn(&&Param) -> bool + '_ {
        move |p| p.wire_name == name && p.ty == TypeRef::String && !p.repeated
    }
    // Drive's `changes.list` requires its token (the first comes from another method).
    let query_token = TOKEN_NAMES.into_iter().find_map(|name| {
        optional_params
            .iter()
            .find(is_token(name))
            .map(|p| (p, true))
            .or_else(|| {
                required_params
                    .iter()
                    .find(is_token(name))
                    .map(|p| (p, false))
            })
    });
    let token = if let Some((p, optional)) = query_token {
        PageToken::Query {
            field: p.name.clone(),
            optional,
        }
    } else {
        let body = request?;
        let TypeRef::Named(body_type) = &body.ty else {
            return None;
        };
        let TypeKind::Struct(body_struct) = &space.def(body_type)?.kind else {
            return None;
        };
        let field = token_field(body_struct)?;
        PageToken::Body {
            body: body.name.clone(),
            field: field.name.clone(),
            optional: !field.required,
        }
    };
    let names = context_names(context, page_def);
    Some(Pagination {
        token,
        response_token: response_token.wire_name.clone(),
        page_type: page_type.clone(),
        items: items_field(space, page, &names),
    })
}

/// The `Page` impl of a response type: where its next-page token is.
pub fn page_type(def: &TypeDef) -> Option<PageType> {
    let TypeKind::Struct(page) = &def.kind else {
        return None;
    };
    let field = token_field(page)?;
    Some(PageType {
        page_type: def.name.clone(),
        next_token_field: field.name.clone(),
        next_token_optional: !field.required,
    })
}

/// The first field named by [`TOKEN_NAMES`] that is a string: in a response, the next
/// page's token; in a request body, where the token goes.
fn token_field(fields: &Struct) -> Option<&crate::ir::Field> {
    TOKEN_NAMES.into_iter().find_map(|name| {
        fields
            .fields
            .iter()
            .find(|f| f.wire_name == name && f.ty == TypeRef::String)
    })
}

/// The best-ranked field, if exactly one field has that rank.
fn items_field(space: &TypeSpace, page: &Struct, names: &[Vec<String>]) -> Option<PageItems> {
    let mut ranked = Vec::new();
    for field in &page.fields {
        let (item_type, keyed) = match &field.ty {
            TypeRef::Vec(inner) => ((**inner).clone(), false),
            TypeRef::Map(inner) => ((**inner).clone(), true),
            _ => continue,
        };
        let item_origin = match &item_type {
            TypeRef::Named(name) => space.def(name).map(|d| d.origin.as_str()),
            _ => None,
        };
        if let Some(rank) = items_rank(&field.wire_name, item_origin, names) {
            ranked.push((rank, (field, item_type, keyed)));
        }
    }
    let (field, item_type, keyed) = sole_best(ranked)?;
    Some(PageItems {
        field: field.name.clone(),
        wire_name: field.wire_name.clone(),
        optional: !field.required,
        item_type,
        keyed,
    })
}

/// The candidate of the best rank, if no other candidate shares that rank.
fn sole_best<T>(ranked: Vec<((u8, usize), T)>) -> Option<T> {
    let best = ranked.iter().map(|(rank, _)| *rank).min()?;
    let mut top = ranked.into_iter().filter(|(rank, _)| *rank == best);
    let (_, sole) = top.next()?;
    top.next().is_none().then_some(sole)
}

/// The rank of a list or map field as the items of a page; lower is better, `None` never.
/// `names` are the method's names as words, best first: its resource, the object of its
/// method name (`listFoos` → `foos`), the object of its response type (`ListFoosResponse`).
///
/// 0. the field `items`;
/// 1. the field is one of the names (`albums` of resource `albums`);
/// 2. the field is a name's singular (`session` of resource `sessions`);
/// 3. one ends with the other (`aclPolicyRevisions` of `revisions`, `policies` of
///    `autoscalingPolicies`);
/// 4. the field's element type ends with a name's singular (`resources: [Account]` of
///    `accounts`);
/// 5. the field, less its last word, ends a name's singular (`logNames` of `logs`);
/// 6. the field is a generic collection name ([`GENERIC_ITEMS`]);
/// 7. the field's last word is one.
///
/// Side lists ([`SIDE_LISTS`]) have no rank. Within a rank, an earlier name wins.
pub fn items_rank(
    wire_name: &str,
    item_origin: Option<&str>,
    names: &[Vec<String>],
) -> Option<(u8, usize)> {
    if SIDE_LISTS.contains(&wire_name) {
        return None;
    }
    if wire_name == "items" {
        return Some((0, 0));
    }
    let field = words(wire_name);
    if field.is_empty() {
        return None;
    }
    let singular = |name: &[String]| -> Vec<String> {
        let mut name = name.to_vec();
        if let Some(last) = name.last_mut() {
            *last = singular(last);
        }
        name
    };
    let first = |rank: u8, test: &dyn Fn(&[String]) -> bool| {
        names
            .iter()
            .position(|name| !name.is_empty() && test(name))
            .map(|i| (rank, i))
    };
    let joined = field.concat();
    first(1, &|name| field == name)
        .or_else(|| first(2, &|name| field == singular(name)))
        .or_else(|| {
            first(3, &|name| {
                let name_joined = name.concat();
                ends_with(&field, name)
                    || ends_with(name, &field)
                    || joined.ends_with(&name_joined)
                    || name_joined.ends_with(&joined)
            })
        })
        .or_else(|| {
            let origin = words(item_origin?);
            first(4, &|name| origin.last() == singular(name).last())
        })
        .or_else(|| {
            let body = &field[..field.len() - 1];
            first(5, &|name| {
                !body.is_empty() && ends_with(&singular(name), body)
            })
        })
        .or_else(|| GENERIC_ITEMS.contains(&wire_name).then_some((6, 0)))
        .or_else(|| {
            let last = field.last()?;
            GENERIC_ITEMS.contains(&last.as_str()).then_some((7, 0))
        })
}

/// The method's names as lower-case words, best first (see [`items_rank`]).
fn context_names(context: &MethodContext<'_>, page: &TypeDef) -> Vec<Vec<String>> {
    let mut names = vec![words(context.resource)];
    let method = words(context.method);
    names.push(without_verbs(&method).unwrap_or_default());
    let mut response = words(&page.origin);
    // `GoogleCloudFooV1ListBarsResponse`: what follows the version, without `Response`.
    if response.last().map(String::as_str) == Some("response") {
        response.pop();
        if let Some(version) = response.iter().rposition(|w| is_version(w)) {
            response.drain(..=version);
        }
        names.push(without_verbs(&response).unwrap_or_default());
    }
    for name in &mut names {
        // `fetchCommitList` lists commits.
        if name.len() > 1 && name.last().map(String::as_str) == Some("list") {
            name.pop();
        }
    }
    names
}

/// `[list, foo, bars]` → `[foo, bars]`; `None` when nothing follows the verbs.
fn without_verbs(name: &[String]) -> Option<Vec<String>> {
    let start = name
        .iter()
        .position(|w| !VERBS.contains(&w.as_str()))
        .unwrap_or(name.len());
    (start < name.len()).then(|| name[start..].to_vec())
}

/// `v1`, `v1beta1`, `v2alpha`.
fn is_version(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next() == Some('v') && chars.next().is_some_and(|c| c.is_ascii_digit())
}

fn words(name: &str) -> Vec<String> {
    name.to_snake_case()
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn ends_with(name: &[String], tail: &[String]) -> bool {
    !tail.is_empty() && name.ends_with(tail)
}

/// English plural to singular, as far as API collection names need.
fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "xes", "shes", "ches"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if !word.ends_with("ss") => stem.to_owned(),
        _ => word.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `names` for resource `resource`, method `method`, response schema `response`.
    fn names(resource: &str, method: &str, response: &str) -> Vec<Vec<String>> {
        let page = TypeDef {
            name: response.into(),
            origin: response.into(),
            description: None,
            deprecated: false,
            kind: TypeKind::Alias(TypeRef::Any),
            gate: Default::default(),
        };
        context_names(&MethodContext { resource, method }, &page)
    }

    /// The field `items_rank` picks among `fields` (wire name, element type's schema).
    fn pick<'a>(
        resource: &str,
        method: &str,
        response: &str,
        fields: &[(&'a str, Option<&str>)],
    ) -> Option<&'a str> {
        let names = names(resource, method, response);
        let ranked = fields
            .iter()
            .filter_map(|(f, origin)| items_rank(f, *origin, &names).map(|r| (r, *f)))
            .collect();
        sole_best(ranked)
    }

    // Response shapes below are taken from the Discovery documents of
    // google-api-python-client 2.202.0.

    #[test]
    fn storage_lists_skip_prefixes_and_unreachable() {
        // storage.objects.list → Objects {items, prefixes, nextPageToken}
        let objects = [("items", Some("Object")), ("prefixes", None)];
        assert_eq!(pick("objects", "list", "Objects", &objects), Some("items"));
        // storage.buckets.list → Buckets {items, unreachable, nextPageToken}
        let buckets = [("items", Some("Bucket")), ("unreachable", None)];
        assert_eq!(pick("buckets", "list", "Buckets", &buckets), Some("items"));
    }

    #[test]
    fn aip_lists_pick_the_resource_over_unreachable() {
        // redis.projects.locations.instances.list → ListInstancesResponse
        let fields = [("instances", Some("Instance")), ("unreachable", None)];
        assert_eq!(
            pick("instances", "list", "ListInstancesResponse", &fields),
            Some("instances")
        );
        // *.operations.list → ListOperationsResponse {operations, unreachable}
        let fields = [("operations", Some("Operation")), ("unreachable", None)];
        assert_eq!(
            pick("operations", "list", "ListOperationsResponse", &fields),
            Some("operations")
        );
        // Photos: albums.list, mediaItems.search, sharedAlbums.list.
        let albums = [("albums", Some("Album"))];
        assert_eq!(
            pick("albums", "list", "ListAlbumsResponse", &albums),
            Some("albums")
        );
        let items = [("mediaItems", Some("MediaItem"))];
        assert_eq!(
            pick("mediaItems", "search", "SearchMediaItemsResponse", &items),
            Some("mediaItems")
        );
        let shared = [("sharedAlbums", Some("Album"))];
        assert_eq!(
            pick("sharedAlbums", "list", "ListSharedAlbumsResponse", &shared),
            Some("sharedAlbums")
        );
    }

    #[test]
    fn names_match_across_word_boundaries_and_case() {
        // redis.projects.locations.aclPolicies.revisions.list
        let fields = [
            ("aclPolicyRevisions", Some("AclPolicyRevision")),
            ("unreachable", None),
        ];
        assert_eq!(
            pick(
                "revisions",
                "list",
                "ListAclPolicyRevisionsResponse",
                &fields
            ),
            Some("aclPolicyRevisions")
        );
        // dataproc.projects.regions.autoscalingPolicies.list
        let fields = [("policies", Some("AutoscalingPolicy"))];
        assert_eq!(
            pick(
                "autoscalingPolicies",
                "list",
                "ListAutoscalingPoliciesResponse",
                &fields
            ),
            Some("policies")
        );
        // adsense.accounts.adclients.list: the resource is all lower case.
        let fields = [("adClients", Some("AdClient"))];
        assert_eq!(
            pick("adclients", "list", "ListAdClientsResponse", &fields),
            Some("adClients")
        );
        // content.accounts.list → {resources: [Account]}
        let fields = [("resources", Some("Account"))];
        assert_eq!(
            pick("accounts", "list", "AccountsListResponse", &fields),
            Some("resources")
        );
        // logging.projects.logs.list → {logNames: [string]}
        let fields = [("logNames", None)];
        assert_eq!(
            pick("logs", "list", "ListLogsResponse", &fields),
            Some("logNames")
        );
        // developerconnect …gitRepositoryLinks.fetchCommitList → {commits}
        let fields = [("commits", Some("SCMCommit"))];
        assert_eq!(
            pick(
                "gitRepositoryLinks",
                "fetchCommitList",
                "FetchGitRepositoryLinkCommitListResponse",
                &fields
            ),
            Some("commits")
        );
    }

    #[test]
    fn exact_names_beat_near_ones() {
        // datafusion.projects.locations.versions.list
        let fields = [
            ("availableVersions", Some("Version")),
            ("versions", Some("Version")),
        ];
        assert_eq!(
            pick("versions", "list", "ListAvailableVersionsResponse", &fields),
            Some("versions")
        );
        // fitness.users.sessions.list → {deletedSession, session}
        let fields = [
            ("deletedSession", Some("Session")),
            ("session", Some("Session")),
        ];
        assert_eq!(
            pick("sessions", "list", "ListSessionsResponse", &fields),
            Some("session")
        );
        // discoveryengine …servingConfigs.search: `results` beside facets and friends.
        let fields = [
            ("appliedControls", None),
            (
                "facets",
                Some("GoogleCloudDiscoveryengineV1betaSearchResponseFacet"),
            ),
            (
                "oneBoxResults",
                Some("GoogleCloudDiscoveryengineV1betaSearchResponseOneBoxResult"),
            ),
            (
                "results",
                Some("GoogleCloudDiscoveryengineV1betaSearchResponseSearchResult"),
            ),
        ];
        assert_eq!(
            pick(
                "servingConfigs",
                "search",
                "GoogleCloudDiscoveryengineV1betaSearchResponse",
                &fields
            ),
            Some("results")
        );
    }

    #[test]
    fn compute_aggregated_lists_page_a_map() {
        // compute.instances.aggregatedList → InstanceAggregatedList {items: map, unreachables}
        let fields = [
            ("items", Some("InstancesScopedList")),
            ("unreachables", None),
        ];
        assert_eq!(
            pick(
                "instances",
                "aggregatedList",
                "InstanceAggregatedList",
                &fields
            ),
            Some("items")
        );
    }

    #[test]
    fn no_items_where_no_field_is_named_for_them() {
        // tagmanager.accounts.containers.workspaces.folders.entities → FolderEntities
        let fields = [
            ("tag", Some("Tag")),
            ("trigger", Some("Trigger")),
            ("variable", Some("Variable")),
        ];
        assert_eq!(pick("folders", "entities", "FolderEntities", &fields), None);
        // apigee …securityStats.queryTabularStats → {columns, values}
        let fields = [("columns", None), ("values", None)];
        assert_eq!(
            pick(
                "securityStats",
                "queryTabularStats",
                "GoogleCloudApigeeV1QueryTabularStatsResponse",
                &fields
            ),
            None
        );
    }

    #[test]
    fn an_unrelated_list_added_later_moves_nothing() {
        // The ranks are per field, so adding a worse-ranked list cannot change the pick.
        for extra in ["unreachable", "facets", "relatedThings", "columnHeaders"] {
            let fields = [("instances", Some("Instance")), (extra, None)];
            assert_eq!(
                pick("instances", "list", "ListInstancesResponse", &fields),
                Some("instances"),
                "{extra}"
            );
            let fields = [("logNames", None), (extra, None)];
            assert_eq!(
                pick("logs", "list", "ListLogsResponse", &fields),
                Some("logNames"),
                "{extra}"
            );
        }
    }

    #[test]
    fn response_names_lose_prefix_version_verb_and_suffix() {
        assert_eq!(
            names(
                "x",
                "list",
                "GoogleCloudAiplatformV1beta1ListDataItemsResponse"
            )[2],
            ["data", "items"]
        );
        assert_eq!(names("x", "aggregatedList", "X")[1], Vec::<String>::new());
        assert_eq!(names("x", "listFooBars", "X")[1], ["foo", "bars"]);
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("addresses"), "address");
        assert_eq!(singular("access"), "access");
    }
}
