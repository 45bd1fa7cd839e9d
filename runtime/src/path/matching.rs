//! Matching a URL or a resource name against path templates: which method's path an
//! operation's `selfLink` or `name` ends, and with which parameter values.

use crate::api::PathPart;

/// The path segments of a URL, percent-decoded.
pub(crate) fn link_path(link: &str) -> Vec<String> {
    let without_query = link.split(['?', '#']).next().unwrap_or("");
    let path = match without_query.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => without_query,
    };
    path.split('/')
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect()
}

/// One segment of a path template: text, or one whole simple parameter.
enum Segment {
    Text(String),
    Param,
    /// Anything else (a reserved parameter, a parameter with text beside it).
    Other,
}

fn template_segments(template: &[PathPart]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut current: Option<Segment> = None;
    let close = |current: &mut Option<Segment>, segments: &mut Vec<Segment>| {
        segments.push(current.take().unwrap_or(Segment::Text(String::new())));
    };
    for part in template {
        match part {
            PathPart::Literal(text) => {
                let mut pieces = text.split('/');
                if let Some(first) = pieces.next() {
                    if !first.is_empty() {
                        current = Some(match current.take() {
                            None => Segment::Text(first.to_owned()),
                            Some(Segment::Text(mut t)) => {
                                t.push_str(first);
                                Segment::Text(t)
                            }
                            Some(_) => Segment::Other,
                        });
                    }
                }
                for piece in pieces {
                    close(&mut current, &mut segments);
                    if !piece.is_empty() {
                        current = Some(Segment::Text(piece.to_owned()));
                    }
                }
            }
            PathPart::Param { reserved, .. } => {
                current = Some(match current.take() {
                    None if !reserved => Segment::Param,
                    _ => Segment::Other,
                });
            }
        }
    }
    if current.is_some() {
        close(&mut current, &mut segments);
    }
    segments
}

/// Matches the template (less its trailing text segments, such as `wait`) against the end of
/// `path`, and returns the parameters' values. Fails when a parameter would be left without a
/// segment, or the template has a segment it cannot match.
pub(crate) fn match_segments(template: &[PathPart], path: &[String]) -> Option<Vec<String>> {
    let mut segments = template_segments(template);
    while matches!(segments.last(), Some(Segment::Text(_))) {
        segments.pop();
    }
    if segments.is_empty() {
        return None;
    }
    let path: Vec<&String> = path.iter().filter(|s| !s.is_empty()).collect();
    let mut args = Vec::new();
    let mut path_iter = path.iter().rev();
    for segment in segments.iter().rev() {
        match (segment, path_iter.next()) {
            (Segment::Param, Some(value)) => args.push((*value).clone()),
            (Segment::Text(text), Some(value)) if text == *value => {}
            // A template longer than the link is fine when only text is left (`v1/`).
            (Segment::Text(_), None) => {}
            _ => return None,
        }
    }
    if args.is_empty() {
        return None;
    }
    args.reverse();
    Some(args)
}
