//! The picker web page a `pickerUri` opens: the user's whole library as a grid to pick from,
//! and a Done button.
//!
//! It stands in for Google Photos' own picker, which "users can browse their library and
//! select the photos and videos they want to share with your app" in
//! (<https://developers.google.com/photos/picker/guides/get-started-picker>), so it shows
//! every item, including those the app did not create. `{pickerUri}/autoclose` closes the tab
//! after Done "instead of displaying a Done screen"
//! (<https://developers.google.com/photos/picker/reference/rest/v1/sessions>); and since "the
//! pickerUri cannot be opened in an iframe due to security reasons" (same page), the page
//! forbids framing. Once Done was pressed "the pickerUri will no longer work"
//! (<https://developers.google.com/photos/picker/reference/rest/v1/sessions/create>): it then
//! shows only that picking is complete.
//!
//! The page is plain HTML with inline CSS and a little inline script, nothing loaded from
//! elsewhere. Without script it still works: each item is a `<label>` around a checkbox named
//! `mediaItemIds` and Done submits the form to the page's own URL
//! (`application/x-www-form-urlencoded`). The script adds the count, the `maxItemCount` check
//! and submits the ids in the order the user clicked them, which is the order
//! `mediaItems.list` returns. Automation hooks: `[data-media-item-id="…"]` on each item
//! (clicking it toggles the item; `data-selected` says whether it is selected) and `#done`.

use axum::body::Body;
use axum::http::{Response, StatusCode};

use crate::base_urls;
use crate::errors::{ApiError, Code};
use crate::html::{esc, page as html};
use crate::query;
use crate::server::{Req, Shared};

use super::sessions::{self, PickRequest};
use super::state::Status;

/// What the page shows for a session at this moment.
enum View {
    Gone { title: &'static str, text: String },
    Done { count: usize },
    Open { limit: u64 },
}

fn view(shared: &Shared, id: &str) -> View {
    let now = shared.clock.now();
    let sessions = shared.picker();
    let Some(rec) = sessions.get(id) else {
        return View::Gone {
            title: "This picking session does not exist",
            text: "The link may be mistyped, or the app deleted the session. Go back to the app and start again.".into(),
        };
    };
    match rec.status(now) {
        Status::Expired => View::Gone {
            title: "This picking session has expired",
            text: "Go back to the app and start again to pick photos.".into(),
        },
        Status::TimedOut => View::Gone {
            title: "This picking session timed out",
            text: "It was open too long without a selection. Go back to the app and start again."
                .into(),
        },
        Status::Picked => View::Done {
            count: rec.picked.as_ref().map_or(0, Vec::len),
        },
        Status::Open => View::Open { limit: rec.limit() },
    }
}

struct Tile {
    id: String,
    name: String,
    is_video: bool,
    thumb: Option<String>,
}

/// Every item of the library, newest first as Google Photos shows them. Thumbnails are Library
/// base URLs (which need no token) cropped square; items whose bytes do not decode as an image
/// get a placeholder, since the emulator makes no video thumbnails.
fn library(shared: &Shared) -> Vec<Tile> {
    let store = shared.lock();
    let mut items: Vec<_> = store.items.iter().collect();
    items.sort_by_key(|i| std::cmp::Reverse(i.creation_time));
    items
        .into_iter()
        .map(|i| Tile {
            id: i.id.clone(),
            name: i.file_name.clone(),
            is_video: i.mime_type.starts_with("video/"),
            thumb: i.width.map(|_| {
                format!(
                    "{}=w320-h320-c",
                    base_urls::issue(shared, &store.secret, &i.id)
                )
            }),
        })
        .collect()
}

/// `GET {pickerUri}[/autoclose]`.
pub(crate) fn get(shared: &Shared, id: &str, autoclose: bool) -> Response<Body> {
    match view(shared, id) {
        View::Gone { title, text } => html(StatusCode::NOT_FOUND, &gone_page(title, &text)),
        View::Done { count } => html(StatusCode::OK, &done_page(count, true, false)),
        View::Open { limit } => html(
            StatusCode::OK,
            &picker_page(id, limit, &library(shared), &[], None, autoclose),
        ),
    }
}

/// The ids a Done submission carries: a form's `mediaItemIds` fields in order, or a JSON
/// `{"mediaItemIds": […]}` for a page driven by `fetch`.
fn submitted_ids(req: &Req) -> Result<Vec<String>, ApiError> {
    let is_json = req
        .header("content-type")
        .is_some_and(|c| c.to_ascii_lowercase().starts_with("application/json"));
    if is_json {
        return Ok(req.json::<PickRequest>()?.media_item_ids);
    }
    let form = String::from_utf8_lossy(&req.body);
    Ok(query::pairs(&form)
        .into_iter()
        .filter(|(k, _)| k == "mediaItemIds")
        .map(|(_, v)| v)
        .collect())
}

/// `POST {pickerUri}[/autoclose]`: the Done button.
pub(crate) fn post(shared: &Shared, req: &Req, id: &str, autoclose: bool) -> Response<Body> {
    let limit = match view(shared, id) {
        View::Open { limit } => limit,
        // Anything else looks as it would on reload (a second Done after picking included).
        _ => return get(shared, id, autoclose),
    };
    let result = submitted_ids(req).and_then(|ids| {
        sessions::pick(shared, id, &ids)?;
        Ok(ids.len())
    });
    match result {
        Ok(count) => html(StatusCode::OK, &done_page(count, false, autoclose)),
        Err(e) if e.code == Code::InvalidArgument => {
            let kept = submitted_ids(req).unwrap_or_default();
            html(
                StatusCode::BAD_REQUEST,
                &picker_page(
                    id,
                    limit,
                    &library(shared),
                    &kept,
                    Some(&e.message),
                    autoclose,
                ),
            )
        }
        // The session changed state between the look and the pick (expired, picked
        // elsewhere): show what a reload would.
        Err(_) => get(shared, id, autoclose),
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

const STYLE: &str = r#"
:root{--blue:#1a73e8;--blue-soft:#e8f0fe;--text:#202124;--muted:#5f6368;--line:#dadce0;--red:#c5221f}
*{box-sizing:border-box}
html,body{margin:0}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--text);background:#fff}
header{position:sticky;top:0;z-index:2;display:flex;align-items:center;gap:14px;padding:12px 24px;background:#fff;border-bottom:1px solid var(--line)}
.logo{flex:none;width:34px;height:34px;border-radius:50%;background:conic-gradient(#ea4335 0 25%,#fbbc04 0 50%,#34a853 0 75%,#4285f4 0)}
.heading h1{margin:0;font-size:18px;font-weight:500}
.heading p{margin:2px 0 0;color:var(--muted);font-size:13px}
.badge{margin-left:auto;flex:none;padding:3px 10px;border-radius:12px;font-size:12px;color:#7a4b00;background:#fef7e0;border:1px solid #f6dda0}
main{padding:18px 24px 104px}
.request{margin:0 0 18px;padding:12px 16px;border-radius:8px;background:var(--blue-soft);color:#174ea6}
.request strong{font-weight:600}
.request small{display:block;margin-top:2px;color:var(--muted)}
.error{margin:0 0 18px;padding:12px 16px;border-radius:8px;background:#fce8e6;color:var(--red)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:14px;margin:0;padding:0;list-style:none}
.item{display:block;position:relative;cursor:pointer;border-radius:10px;-webkit-tap-highlight-color:transparent}
.item input{position:absolute;opacity:0;width:1px;height:1px;margin:0;pointer-events:none}
.thumb{display:block;position:relative;aspect-ratio:1/1;overflow:hidden;border-radius:10px;background:#f1f3f4;transition:transform .12s ease,box-shadow .12s ease}
.thumb img{display:block;width:100%;height:100%;object-fit:cover}
.placeholder{display:flex;flex-direction:column;align-items:center;justify-content:center;gap:6px;width:100%;height:100%;color:var(--muted);font-size:12px;letter-spacing:.04em;text-transform:uppercase}
.placeholder svg{width:36px;height:36px;fill:currentColor}
.kind{position:absolute;right:6px;bottom:6px;padding:1px 7px;border-radius:4px;background:rgba(32,33,36,.72);color:#fff;font-size:11px}
.check{position:absolute;top:8px;left:8px;width:24px;height:24px;border-radius:50%;border:2px solid #fff;background:rgba(32,33,36,.28);box-shadow:0 1px 3px rgba(0,0,0,.35);transition:background .12s}
.check::after{content:"";position:absolute;left:6px;top:2px;width:6px;height:11px;border:solid #fff;border-width:0 2px 2px 0;transform:rotate(45deg);opacity:0}
.item:hover .check{background:rgba(32,33,36,.5)}
.item input:checked+.thumb{transform:scale(.9);box-shadow:0 0 0 3px var(--blue)}
.item input:checked+.thumb .check{background:var(--blue);border-color:var(--blue)}
.item input:checked+.thumb .check::after{opacity:1}
.item input:focus-visible+.thumb{box-shadow:0 0 0 3px rgba(26,115,232,.55)}
.name{display:block;margin-top:6px;overflow:hidden;color:var(--muted);font-size:12px;white-space:nowrap;text-overflow:ellipsis}
.item input:checked~.name{color:var(--blue);font-weight:500}
.empty{padding:48px 0;color:var(--muted);text-align:center}
footer{position:fixed;left:0;right:0;bottom:0;z-index:2;display:flex;align-items:center;gap:16px;padding:12px 24px;background:#fff;border-top:1px solid var(--line);box-shadow:0 -1px 6px rgba(0,0,0,.06)}
#count{font-weight:500;white-space:nowrap}
#message{color:var(--red);font-size:13px}
#done{margin-left:auto;padding:10px 28px;border:0;border-radius:20px;background:var(--blue);color:#fff;font:inherit;font-weight:500;cursor:pointer}
#done:hover{background:#1765cc}
#done:disabled{background:var(--line);color:#80868b;cursor:default}
.center{display:flex;min-height:100vh;align-items:center;justify-content:center;padding:24px}
.card{max-width:420px;text-align:center}
.card h1{margin:16px 0 8px;font-size:22px;font-weight:500}
.card p{margin:6px 0;color:var(--muted)}
.mark{display:inline-flex;width:64px;height:64px;border-radius:50%;align-items:center;justify-content:center;font-size:34px;color:#fff;background:#1e8e3e}
.mark.warn{background:#9aa0a6}
@media (max-width:600px){
 header,main,footer{padding-left:12px;padding-right:12px}
 .badge{display:none}
 .grid{grid-template-columns:repeat(auto-fill,minmax(104px,1fr));gap:8px}
}
"#;

/// Keeps the count and Done in step with the selection, refuses more than `max` items, and
/// submits the ids in click order.
const SCRIPT: &str = r#"
(function () {
  var form = document.getElementById('pick');
  var done = document.getElementById('done');
  var count = document.getElementById('count');
  var message = document.getElementById('message');
  var max = Number(form.getAttribute('data-max-item-count'));
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="mediaItemIds"]'));
  var order = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  function refresh() {
    count.textContent = order.length === 1 ? '1 item selected' : order.length + ' items selected';
    done.disabled = order.length === 0;
    boxes.forEach(function (b) {
      b.closest('[data-media-item-id]').setAttribute('data-selected', b.checked ? 'true' : 'false');
    });
  }
  form.addEventListener('change', function (e) {
    var b = e.target;
    if (!b || b.name !== 'mediaItemIds') { return; }
    message.textContent = '';
    if (b.checked) {
      if (order.length >= max) {
        b.checked = false;
        message.textContent = 'You can select up to ' + max + (max === 1 ? ' item.' : ' items.');
      } else {
        order.push(b.value);
      }
    } else {
      order = order.filter(function (v) { return v !== b.value; });
    }
    refresh();
  });
  form.addEventListener('submit', function (e) {
    if (order.length === 0) {
      e.preventDefault();
      message.textContent = 'Select at least one item.';
      return;
    }
    boxes.forEach(function (b) { b.removeAttribute('name'); });
    order.forEach(function (id) {
      var h = document.createElement('input');
      h.type = 'hidden';
      h.name = 'mediaItemIds';
      h.value = id;
      form.appendChild(h);
    });
  });
  refresh();
})();
"#;

const PLAY_ICON: &str =
    r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5v14l11-7z"/></svg>"#;
const PHOTO_ICON: &str = r#"<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M21 19V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2zM8.5 13.5l2.5 3 3.5-4.5 4.5 6H5l3.5-4.5z"/></svg>"#;

fn head(title: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n",
        esc(title)
    )
}

fn picker_page(
    session_id: &str,
    limit: u64,
    tiles: &[Tile],
    selected: &[String],
    error: Option<&str>,
    autoclose: bool,
) -> String {
    let action = format!(
        "/picker/pick/{}{}",
        esc(session_id),
        if autoclose { "/autoclose" } else { "" }
    );
    let mut out = head("Select photos · Google Photos Picker (emulator)");
    out.push_str("<body>\n<header>\n<div class=\"logo\" aria-hidden=\"true\"></div>\n<div class=\"heading\"><h1>Google Photos Picker</h1><p>Photos Picker emulator · select photos and videos to share</p></div>\n<span class=\"badge\" title=\"This page is served by photos-emulator, not by Google\">Emulator</span>\n</header>\n<main>\n");
    out.push_str(&format!(
        "<p class=\"request\"><strong>An app is asking for photos from your library.</strong> Select up to {}, then press Done.<small>Picking session {}</small></p>\n",
        plural(limit, "item", "items"),
        esc(session_id)
    ));
    if let Some(e) = error {
        out.push_str(&format!(
            "<p class=\"error\" role=\"alert\">{}</p>\n",
            esc(e)
        ));
    }
    out.push_str(&format!(
        "<form id=\"pick\" method=\"post\" action=\"{action}\" data-max-item-count=\"{limit}\">\n"
    ));
    if tiles.is_empty() {
        out.push_str("<p class=\"empty\">Your library is empty: there is nothing to pick.</p>\n");
    } else {
        out.push_str("<ul class=\"grid\">\n");
        for t in tiles {
            let id = esc(&t.id);
            let name = if t.name.is_empty() {
                "Untitled".to_owned()
            } else {
                esc(&t.name)
            };
            let checked = selected.contains(&t.id);
            let visual = match &t.thumb {
                Some(src) => format!("<img src=\"{}\" alt=\"{name}\" loading=\"lazy\">", esc(src)),
                None if t.is_video => format!("<span class=\"placeholder\">{PLAY_ICON}</span>"),
                None => format!("<span class=\"placeholder\">{PHOTO_ICON}No preview</span>"),
            };
            let kind = if t.is_video {
                "<span class=\"kind\">Video</span>"
            } else {
                ""
            };
            out.push_str(&format!(
                "<li><label class=\"item\" data-media-item-id=\"{id}\" data-selected=\"{checked}\"><input type=\"checkbox\" name=\"mediaItemIds\" value=\"{id}\"{}><span class=\"thumb\">{visual}{kind}<span class=\"check\" aria-hidden=\"true\"></span></span><span class=\"name\" title=\"{name}\">{name}</span></label></li>\n",
                if checked { " checked" } else { "" }
            ));
        }
        out.push_str("</ul>\n");
    }
    out.push_str(&format!(
        "<footer>\n<span id=\"count\" aria-live=\"polite\">{}</span>\n<span id=\"message\" role=\"alert\">{}</span>\n<button id=\"done\" type=\"submit\">Done</button>\n</footer>\n</form>\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        plural(selected.len() as u64, "item selected", "items selected"),
        error.map(esc).unwrap_or_default(),
    ));
    out
}

fn done_page(count: usize, already: bool, autoclose: bool) -> String {
    let mut out = head("Done · Google Photos Picker (emulator)");
    let what = plural(count as u64, "item", "items");
    let text = if already {
        format!("You already finished picking for this session ({what} shared). To pick more, start again from the app.")
    } else {
        format!("You shared {what} with the app. You can return to the app now.")
    };
    out.push_str(&format!(
        "<body>\n<main class=\"center\"><div class=\"card\" id=\"complete\">\n<span class=\"mark\" aria-hidden=\"true\">&#10003;</span>\n<h1>Picking complete</h1>\n<p>{}</p>\n<p>{}</p>\n</div></main>\n",
        esc(&text),
        if autoclose {
            "This tab closes by itself."
        } else {
            "You can close this tab."
        }
    ));
    if autoclose {
        out.push_str("<script>window.close();</script>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

fn gone_page(title: &str, text: &str) -> String {
    let mut out = head(&format!("{title} · Google Photos Picker (emulator)"));
    out.push_str(&format!(
        "<body>\n<main class=\"center\"><div class=\"card\" id=\"gone\">\n<span class=\"mark warn\" aria-hidden=\"true\">!</span>\n<h1>{}</h1>\n<p>{}</p>\n</div></main>\n</body>\n</html>\n",
        esc(title),
        esc(text)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_has_the_automation_hooks() {
        let tiles = vec![
            Tile {
                id: "A1".into(),
                name: "<b>.png".into(),
                is_video: false,
                thumb: Some("http://x/media/A1=w320-h320-c".into()),
            },
            Tile {
                id: "A2".into(),
                name: String::new(),
                is_video: true,
                thumb: None,
            },
        ];
        let page = picker_page("s-1", 3, &tiles, &["A2".into()], Some("Too many"), true);
        assert!(page.contains(r#"data-media-item-id="A1""#));
        assert!(page.contains(r#"data-media-item-id="A2" data-selected="true""#));
        assert!(page.contains(r#"value="A2" checked"#));
        assert!(page.contains(r#"id="done""#));
        assert!(page.contains(r#"action="/picker/pick/s-1/autoclose""#));
        assert!(page.contains("&lt;b&gt;.png"));
        assert!(!page.contains("<b>.png"));
        assert!(page.contains("Too many"));
        assert!(done_page(2, false, true).contains("window.close()"));
        assert!(!done_page(2, false, false).contains("window.close()"));
    }
}
