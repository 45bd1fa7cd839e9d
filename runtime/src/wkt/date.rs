//! `Date`: a calendar date without time zone.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::ParseError;

/// A calendar date without time zone (`date` format, `YYYY-MM-DD`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(NaiveDate);

impl Date {
    /// Builds a date; `None` if it does not exist.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }

    /// The wrapped `chrono` date.
    pub fn as_naive_date(&self) -> &NaiveDate {
        &self.0
    }

    /// Unwraps into a `chrono` date.
    pub fn into_naive_date(self) -> NaiveDate {
        self.0
    }
}

impl From<NaiveDate> for Date {
    fn from(value: NaiveDate) -> Self {
        Date(value)
    }
}

impl From<Date> for NaiveDate {
    fn from(value: Date) -> Self {
        value.0
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0.format("%Y-%m-%d"), f)
    }
}

impl FromStr for Date {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Date)
            .map_err(|_| ParseError::new("date", s, "expected YYYY-MM-DD"))
    }
}

string_serde!(Date, "a YYYY-MM-DD date string");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_round_trips() {
        let d: Date = "2024-02-29".parse().unwrap();
        assert_eq!(d, Date::from_ymd(2024, 2, 29).unwrap());
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2024-02-29\"");
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-02-01T00:00:00Z".parse::<Date>().is_err());
    }
}
