//! Scope strings: normalising what an app asks for, and the words the consent page shows.
//!
//! The descriptions of the Photos scopes are the ones Google publishes for them in the
//! Discovery documents (`auth.oauth2.scopes` of `discovery/photoslibrary.v1.json` and
//! `discovery/photospicker.v1.json`), which is the text a consent screen shows. `openid`,
//! `email` and `profile` are the Sign-In scopes of "How to handle granular permissions"
//! (<https://developers.google.com/identity/protocols/oauth2/resources/granular-permissions>),
//! `userinfo.email` and `userinfo.profile` their long forms; their wording here is the
//! emulator's, after Google's consent screen. Anything else under
//! `https://www.googleapis.com/auth/` (or another `https://` scope URL) gets a generic line.

pub(crate) const PREFIX: &str = "https://www.googleapis.com/auth/";

const PHOTOS: [(&str, &str); 7] = [
    ("photoslibrary.appendonly", "Add to your Google Photos library"),
    (
        "photoslibrary.readonly.appcreateddata",
        "Manage photos added by this app",
    ),
    (
        "photoslibrary.edit.appcreateddata",
        "Edit the info in your photos, videos, and albums created within this app, including titles, descriptions, and covers",
    ),
    (
        "photospicker.mediaitems.readonly",
        "Access the photos and videos that you pick in Google Photos Picker sessions",
    ),
    (
        "photoslibrary",
        "See, upload, and organize items in your Google Photos library",
    ),
    ("photoslibrary.readonly", "View your Google Photos library"),
    (
        "photoslibrary.sharing",
        "Manage and add to shared albums on your behalf",
    ),
];

const SIGN_IN: [(&str, &str); 5] = [
    ("openid", "Associate you with your personal info on Google"),
    ("email", "See your primary Google Account email address"),
    (
        "profile",
        "See your personal info, including any personal info you've made publicly available",
    ),
    (
        "https://www.googleapis.com/auth/userinfo.email",
        "See your primary Google Account email address",
    ),
    (
        "https://www.googleapis.com/auth/userinfo.profile",
        "See your personal info, including any personal info you've made publicly available",
    ),
];

/// The full form of one requested scope, or `None` when it is no scope Google could know:
/// a Photos short name (`photoslibrary.readonly`) gets the prefix, the Sign-In names stay as
/// they are, and any `https://` URL of visible characters is kept.
pub(crate) fn normalise(scope: &str) -> Option<String> {
    if SIGN_IN.iter().any(|(s, _)| *s == scope) {
        return Some(scope.to_owned());
    }
    if PHOTOS.iter().any(|(s, _)| *s == scope) {
        return Some(format!("{PREFIX}{scope}"));
    }
    let rest = scope.strip_prefix("https://")?;
    let visible = rest.bytes().all(|b| b.is_ascii_graphic() && b != b'"');
    (visible && rest.len() > 1).then(|| scope.to_owned())
}

/// The space-separated `scope` parameter as full scopes, each once, in the order asked;
/// `Err` names the scopes that are not scopes.
pub(crate) fn parse(param: &str) -> Result<Vec<String>, Vec<String>> {
    let mut good: Vec<String> = Vec::new();
    let mut bad = Vec::new();
    for s in param.split_whitespace() {
        match normalise(s) {
            Some(full) if !good.contains(&full) => good.push(full),
            Some(_) => {}
            None => bad.push(s.to_owned()),
        }
    }
    if bad.is_empty() {
        Ok(good)
    } else {
        Err(bad)
    }
}

/// Whether the scope only signs the user in: granted on the first consent screen, never one
/// of the granular checkboxes.
pub(crate) fn is_sign_in(scope: &str) -> bool {
    SIGN_IN.iter().any(|(s, _)| *s == scope)
}

/// The scope without `https://www.googleapis.com/auth/` (`photoslibrary.readonly`), and
/// anything but letters, digits, `.`, `_` and `-` made `-`: the suffix of the checkbox ids.
pub(crate) fn short_name(scope: &str) -> String {
    let rest = scope
        .strip_prefix(PREFIX)
        .or_else(|| scope.strip_prefix("https://"))
        .unwrap_or(scope);
    let cleaned: String = rest
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    cleaned.trim_matches('-').to_owned()
}

/// The line the consent page shows for a scope.
pub(crate) fn description(scope: &str) -> String {
    if let Some((_, d)) = SIGN_IN.iter().find(|(s, _)| *s == scope) {
        return (*d).to_owned();
    }
    let short = scope.strip_prefix(PREFIX).unwrap_or(scope);
    match PHOTOS.iter().find(|(s, _)| *s == short) {
        Some((_, d)) => (*d).to_owned(),
        None => format!("Use {short} on your behalf"),
    }
}

/// Whether the scope belongs to Google Photos (the page gives those the Photos icon).
pub(crate) fn is_photos(scope: &str) -> bool {
    scope
        .strip_prefix(PREFIX)
        .is_some_and(|s| s.starts_with("photos"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_rejects() {
        assert_eq!(
            parse("photoslibrary.appendonly https://www.googleapis.com/auth/photoslibrary.appendonly openid").unwrap(),
            vec![
                "https://www.googleapis.com/auth/photoslibrary.appendonly".to_owned(),
                "openid".to_owned()
            ]
        );
        assert_eq!(parse("drive x").unwrap_err(), vec!["drive", "x"]);
        assert!(parse("http://www.googleapis.com/auth/x").is_err());
        assert_eq!(parse("  ").unwrap(), Vec::<String>::new());
    }

    #[test]
    fn names_and_words() {
        let read = "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata";
        assert_eq!(short_name(read), "photoslibrary.readonly.appcreateddata");
        assert_eq!(short_name("https://mail.google.com/"), "mail.google.com");
        assert_eq!(description(read), "Manage photos added by this app");
        assert!(description("https://www.googleapis.com/auth/drive").contains("drive"));
        assert!(is_photos(read));
        assert!(is_sign_in("email") && !is_sign_in(read));
    }
}
