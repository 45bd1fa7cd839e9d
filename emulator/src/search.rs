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
use crate::clock::{date_of, days_in_month};
use crate::errors::{json_response, ApiError};
use crate::paging;
use crate::server::{Req, Shared};
use crate::state::ItemRec;
use crate::wire;

const CATEGORIES: &[&str] = &[
    "NONE",
    "LANDSCAPES",
    "RECEIPTS",
    "CITYSCAPES",
    "LANDMARKS",
    "SELFIES",
    "PEOPLE",
    "PETS",
    "WEDDINGS",
    "BIRTHDAYS",
    "DOCUMENTS",
    "TRAVEL",
    "ANIMALS",
    "FOOD",
    "SPORT",
    "NIGHT",
    "PERFORMANCES",
    "WHITEBOARDS",
    "SCREENSHOTS",
    "UTILITY",
    "ARTS",
    "CRAFTS",
    "FASHION",
    "HOUSES",
    "GARDENS",
    "FLOWERS",
    "HOLIDAYS",
];

#[derive(Debug, Default, Deserialize, Clone, Copy)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Date {
    year: Option<i32>,
    month: Option<i32>,
    day: Option<i32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DateRange {
    start_date: Option<Date>,
    end_date: Option<Date>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DateFilter {
    dates: Option<Vec<Date>>,
    ranges: Option<Vec<DateRange>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ContentFilter {
    included_content_categories: Option<Vec<String>>,
    excluded_content_categories: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct MediaTypeFilter {
    media_types: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FeatureFilter {
    included_features: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Filters {
    date_filter: Option<DateFilter>,
    content_filter: Option<ContentFilter>,
    media_type_filter: Option<MediaTypeFilter>,
    feature_filter: Option<FeatureFilter>,
    include_archived_media: Option<bool>,
    exclude_non_app_created_data: Option<bool>,
}

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
    let size = paging::page_size(parse_int(req, "pageSize")?, 25, 100)?;
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

fn check_date(d: &Date, in_range: bool) -> Result<(i32, i32, i32), ApiError> {
    let (y, m, day) = (
        d.year.unwrap_or(0),
        d.month.unwrap_or(0),
        d.day.unwrap_or(0),
    );
    let bad = |what: &str| {
        Err(ApiError::invalid(format!(
            "Invalid date in dateFilter: {what}."
        )))
    };
    if !(0..=9999).contains(&y) || !(0..=12).contains(&m) || !(0..=31).contains(&day) {
        return bad("year must be 0 to 9999, month 0 to 12, day 0 to 31");
    }
    if m == 0 && day != 0 {
        return bad("a day needs a month");
    }
    if in_range && y == 0 {
        return bad("dates in a range need a year");
    }
    if y != 0 && m != 0 && day as u32 > days_in_month(i64::from(y), m as u32) {
        return bad("the day does not exist in that month");
    }
    if y == 0 && m == 0 && day == 0 {
        return bad("at least one of year, month and day must be set");
    }
    Ok((y, m, day))
}

fn date_matches(date: (i32, i32, i32), item: (i64, u32, u32)) -> bool {
    let (y, m, d) = date;
    (y == 0 || i64::from(y) == item.0)
        && (m == 0 || m as u32 == item.1)
        && (d == 0 || d as u32 == item.2)
}

fn in_range(start: (i32, i32, i32), end: (i32, i32, i32), item: (i64, u32, u32)) -> bool {
    let lo = (
        i64::from(start.0),
        start.1.max(1) as u32,
        start.2.max(1) as u32,
    );
    let end_m = if end.1 == 0 { 12 } else { end.1 as u32 };
    let end_d = if end.2 == 0 {
        days_in_month(i64::from(end.0), end_m)
    } else {
        end.2 as u32
    };
    let hi = (i64::from(end.0), end_m, end_d);
    lo <= item && item <= hi
}

fn check_categories(list: &Option<Vec<String>>, what: &str) -> Result<Vec<String>, ApiError> {
    let list = list.clone().unwrap_or_default();
    if list.len() > 10 {
        return Err(ApiError::invalid(format!(
            "At most 10 {what} may be given."
        )));
    }
    if let Some(bad) = list.iter().find(|c| !CATEGORIES.contains(&c.as_str())) {
        return Err(ApiError::invalid(format!(
            "Invalid value at 'filters.content_filter.{what}', \"{bad}\""
        )));
    }
    Ok(list.into_iter().filter(|c| c != "NONE").collect())
}

pub(crate) fn search(shared: &Shared, req: &Req) -> Result<Response<Body>, ApiError> {
    let body: SearchRequest = req.json()?;
    let size = paging::page_size(body.page_size, 25, 100)?;
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
