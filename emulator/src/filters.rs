//! The filters of `mediaItems.search` and how they match
//! (<https://developers.google.com/photos/library/guides/apply-filters>,
//! <https://developers.google.com/photos/library/reference/rest/v1/mediaItems/search#Filters>):
//! dates with 0 meaning "any" part, inclusive ranges, and the content categories and features
//! of the reference's enums. See [`crate::search`] for how they combine.

use serde::Deserialize;

use crate::clock::days_in_month;
use crate::errors::ApiError;

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
pub(crate) struct Date {
    pub(crate) year: Option<i32>,
    pub(crate) month: Option<i32>,
    pub(crate) day: Option<i32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct DateRange {
    pub(crate) start_date: Option<Date>,
    pub(crate) end_date: Option<Date>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct DateFilter {
    pub(crate) dates: Option<Vec<Date>>,
    pub(crate) ranges: Option<Vec<DateRange>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct ContentFilter {
    pub(crate) included_content_categories: Option<Vec<String>>,
    pub(crate) excluded_content_categories: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct MediaTypeFilter {
    pub(crate) media_types: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct FeatureFilter {
    pub(crate) included_features: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct Filters {
    pub(crate) date_filter: Option<DateFilter>,
    pub(crate) content_filter: Option<ContentFilter>,
    pub(crate) media_type_filter: Option<MediaTypeFilter>,
    pub(crate) feature_filter: Option<FeatureFilter>,
    pub(crate) include_archived_media: Option<bool>,
    pub(crate) exclude_non_app_created_data: Option<bool>,
}

pub(crate) fn check_date(d: &Date, in_range: bool) -> Result<(i32, i32, i32), ApiError> {
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

pub(crate) fn date_matches(date: (i32, i32, i32), item: (i64, u32, u32)) -> bool {
    let (y, m, d) = date;
    (y == 0 || i64::from(y) == item.0)
        && (m == 0 || m as u32 == item.1)
        && (d == 0 || d as u32 == item.2)
}

pub(crate) fn in_range(
    start: (i32, i32, i32),
    end: (i32, i32, i32),
    item: (i64, u32, u32),
) -> bool {
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

pub(crate) fn check_categories(
    list: &Option<Vec<String>>,
    what: &str,
) -> Result<Vec<String>, ApiError> {
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
