//! `mediaItems.list` and `mediaItems.search`
//! (<https://developers.google.com/photos/library/reference/rest/v1/mediaItems/search>,
//! <https://developers.google.com/photos/library/guides/apply-filters>).
//!
//! Rules implemented, with their sources:
//! - default page size 25, maximum 100 (see [`crate::paging`]);
//! - `albumId` and `filters` together are an error (400); `albumId` lists the album in album
//!   order and must name an app-created album (400 otherwise);
//! - `list` returns the library in the order items were added; `search` without `orderBy`
//!   returns newest first by creation time, `orderBy: "MediaMetadata.creation_time"` oldest
//!   first and `"MediaMetadata.creation_time desc"` newest first; `orderBy` needs a
//!   `dateFilter` and allows no other filter beside `includeArchivedMedia` and
//!   `excludeNonAppCreatedData`;
//! - `dateFilter`: up to 5 `dates` (year, month, day; 0 means "any") and up to 5 `ranges`
//!   (inclusive; a 0 month or day widens the bound to the whole year or month), matched
//!   against the creation time in UTC;
//! - `mediaTypeFilter`: exactly one of `ALL_MEDIA`, `PHOTO`, `VIDEO`, decided by MIME type;
//! - `featureFilter` `FAVORITES` and `contentFilter` categories (at most 10 each way) are
//!   evaluated on what the emulator knows. An app-created item is never a favourite (only the
//!   user can mark one in the Google Photos app) and the emulator classifies no content, so
//!   for the only items the API can return since 2025-03-31, `FAVORITES` and any included
//!   category match nothing and excluded categories exclude nothing; `NONE` is no filter.
//!
//! Not emulated: archiving (`includeArchivedMedia` is accepted and changes nothing, no item
//! is archived) and content classification.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use serde::Deserialize;
use serde_json::json;

use crate::albums::parse_int;
use crate::clock::date_of;
use crate::errors::{json_response, ApiError};
use crate::filters::{check_categories, check_date, date_matches, in_range, Filters};
use crate::paging::{self, AboveMax};
use crate::server::{Req, Shared};
use crate::state::ItemRec;
use crate::wire;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct SearchRequest {
    album_id: Option<String>,
    page_size: Option<i64>,
    page_token: Option<String>,
    filters: Option<Filters>,
    order_by: Option<String>,
}

fn respond(
    shared: &Shared,
    items: &[&ItemRec],
    secret: &str,
    fp: &str,
    token: Option<&str>,
    size: usize,
) -> Result<Response<Body>, ApiError> {
    let (page, next) = paging::page(items, secret, fp, token, size)?;
    let mut body = serde_json::Map::new();
    if !page.is_empty() {
        let v: Vec<_> = page
            .iter()
            .map(|i| wire::item_json(shared, secret, i))
            .collect();
        body.insert("mediaItems".into(), json!(v));
    }
    if let Some(next) = next {
        body.insert("nextPageToken".into(), json!(next));
    }
    Ok(json_response(
        StatusCode::OK,
        &serde_json::Value::Object(body),
    ))
}

pub(crate) fn list(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let size = paging::page_size(parse_int(req, "pageSize")?, 25, 100, AboveMax::Refuse)?;
    let store = shared.lock();
    let items: Vec<&ItemRec> = store.items.iter().filter(|i| i.app_created).collect();
    respond(
        shared,
        &items,
        &store.secret,
        "mediaItems.list",
        req.param("pageToken"),
        size,
    )
}

pub(crate) fn search(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let body: SearchRequest = req.json()?;
    let size = paging::page_size(body.page_size, 25, 100, AboveMax::Refuse)?;
    let store = shared.lock();
    // The fingerprint binds page tokens to this exact query.
    let mut canonical = req.json::<serde_json::Value>()?;
    if let Some(m) = canonical.as_object_mut() {
        m.remove("pageToken");
        m.remove("pageSize");
    }
    let fp = format!("mediaItems.search {canonical}");
    if let Some(aid) = &body.album_id {
        if body.filters.is_some() {
            return Err(ApiError::invalid(
                "albumId and filters cannot be set together.",
            ));
        }
        if body.order_by.is_some() {
            return Err(ApiError::invalid(
                "orderBy can only be used with a dateFilter.",
            ));
        }
        let album = store.visible_album(aid).ok_or_else(|| {
            ApiError::invalid("Invalid album ID: only albums created by this app can be searched.")
        })?;
        let items: Vec<&ItemRec> = album
            .items
            .iter()
            .filter_map(|i| store.visible_item(i))
            .collect();
        return respond(
            shared,
            &items,
            &store.secret,
            &fp,
            body.page_token.as_deref(),
            size,
        );
    }
    let f = body.filters.unwrap_or_default();
    let desc = match body.order_by.as_deref().map(str::trim) {
        None => true,
        Some(o) => {
            if f.date_filter.is_none() {
                return Err(ApiError::invalid(
                    "orderBy can only be used with a dateFilter.",
                ));
            }
            if f.content_filter.is_some()
                || f.media_type_filter.is_some()
                || f.feature_filter.is_some()
            {
                return Err(ApiError::invalid(
                    "With orderBy, the only other filters allowed are includeArchivedMedia and excludeNonAppCreatedData.",
                ));
            }
            match o.split_whitespace().collect::<Vec<_>>().as_slice() {
                ["MediaMetadata.creation_time"] => false,
                ["MediaMetadata.creation_time", "desc"] => true,
                _ => return Err(ApiError::invalid(format!("Invalid orderBy \"{o}\"."))),
            }
        }
    };
    let (mut dates, mut ranges) = (Vec::new(), Vec::new());
    if let Some(df) = &f.date_filter {
        let ds = df.dates.as_deref().unwrap_or_default();
        let rs = df.ranges.as_deref().unwrap_or_default();
        if ds.len() > 5 || rs.len() > 5 {
            return Err(ApiError::invalid(
                "A dateFilter takes at most 5 dates and 5 ranges.",
            ));
        }
        for d in ds {
            dates.push(check_date(d, false)?);
        }
        for r in rs {
            let (Some(s), Some(e)) = (&r.start_date, &r.end_date) else {
                return Err(ApiError::invalid(
                    "A date range needs startDate and endDate.",
                ));
            };
            ranges.push((check_date(s, true)?, check_date(e, true)?));
        }
    }
    let kind = match f
        .media_type_filter
        .as_ref()
        .and_then(|m| m.media_types.clone())
        .unwrap_or_default()
        .as_slice()
    {
        [] => "ALL_MEDIA".to_owned(),
        [one] if ["ALL_MEDIA", "PHOTO", "VIDEO"].contains(&one.as_str()) => one.clone(),
        [one] => return Err(ApiError::invalid(format!("Invalid media type \"{one}\"."))),
        _ => {
            return Err(ApiError::invalid(
                "mediaTypeFilter takes exactly one media type.",
            ))
        }
    };
    let features = f
        .feature_filter
        .as_ref()
        .and_then(|x| x.included_features.clone())
        .unwrap_or_default();
    if let Some(bad) = features.iter().find(|x| *x != "NONE" && *x != "FAVORITES") {
        return Err(ApiError::invalid(format!("Invalid feature \"{bad}\".")));
    }
    let favorites_only = features.iter().any(|x| x == "FAVORITES");
    let cf = f.content_filter.as_ref();
    let included = check_categories(
        &cf.and_then(|c| c.included_content_categories.clone()),
        "includedContentCategories",
    )?;
    let excluded = check_categories(
        &cf.and_then(|c| c.excluded_content_categories.clone()),
        "excludedContentCategories",
    )?;
    if included.iter().any(|c| excluded.contains(c)) {
        return Err(ApiError::invalid(
            "A category cannot be both included and excluded.",
        ));
    }
    // Both are accepted and change nothing: no item is archived, and every visible item is
    // app-created anyway.
    let _ = (f.include_archived_media, f.exclude_non_app_created_data);
    let mut items: Vec<&ItemRec> = store
        .items
        .iter()
        .filter(|i| i.app_created)
        .filter(|i| {
            let day = date_of(i.creation_time);
            (dates.is_empty() && ranges.is_empty())
                || dates.iter().any(|d| date_matches(*d, day))
                || ranges.iter().any(|(s, e)| in_range(*s, *e, day))
        })
        .filter(|i| match kind.as_str() {
            "PHOTO" => i.mime_type.starts_with("image/"),
            "VIDEO" => i.mime_type.starts_with("video/"),
            _ => true,
        })
        .filter(|i| !favorites_only || i.favorite)
        .filter(|i| included.is_empty() || i.categories.iter().any(|c| included.contains(c)))
        .filter(|i| !i.categories.iter().any(|c| excluded.contains(c)))
        .collect();
    // A stable sort keeps library order among items created at the same instant.
    items.sort_by(|a, b| {
        if desc {
            b.creation_time.cmp(&a.creation_time)
        } else {
            a.creation_time.cmp(&b.creation_time)
        }
    });
    respond(
        shared,
        &items,
        &store.secret,
        &fp,
        body.page_token.as_deref(),
        size,
    )
}
