//! The pages of the authorization endpoint: the consent screen, and the error page Google
//! shows instead of redirecting when a request is refused.
//!
//! The consent screen follows what "How to handle granular permissions"
//! (<https://developers.google.com/identity/protocols/oauth2/resources/granular-permissions>)
//! describes: the app's name and the signed-in account, one line per requested scope, and,
//! when "more than one non-Sign-In scope" is requested, a checkbox for each of those (ticked,
//! as Google shows them) so the user can grant some and not others; the Sign-In scopes
//! (`openid`, `email`, `profile`) carry no checkbox, since Google asks for them on a screen of
//! their own first. An "Emulator" badge and a line under the buttons say that the page is
//! the emulator's and no Google account is involved.
//!
//! Everything is inline (no external CSS, script or font) and the page works without script:
//! a plain form POST whose buttons are `name="action"` `value="cancel"`/`"allow"`. The only
//! script keeps "Select all" in step with the boxes. Hooks for browser tests: `#consent` (the
//! form), `#allow`, `#cancel`, and per granular scope an `input[name="scope"]` whose `value`
//! is the full scope and whose `id` is `scope-` + the scope's short name
//! (`scope-photoslibrary.readonly.appcreateddata`); the error page is `#error` with the
//! error code in `data-error`.

use crate::html::esc;

use super::scopes;
use super::CONSENT_PATH;

/// What the consent page shows.
pub(crate) struct Consent<'a> {
    /// The opaque id of the waiting request, the form's only hidden field.
    pub(crate) consent_id: &'a str,
    pub(crate) app_name: &'a str,
    pub(crate) email: &'a str,
    pub(crate) scopes: &'a [String],
    pub(crate) redirect_uri: &'a str,
}

/// Whether the page shows checkboxes: more than one scope that is not a Sign-In scope.
pub(crate) fn is_granular(requested: &[String]) -> bool {
    requested.iter().filter(|s| !scopes::is_sign_in(s)).count() > 1
}

const STYLE: &str = r#"
:root{--blue:#0b57d0;--blue-hover:#0a4ab5;--text:#1f1f1f;--muted:#444746;--line:#c4c7c5;--soft:#f0f4f9}
*{box-sizing:border-box}
html,body{margin:0}
body{min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;padding:24px 16px;font:14px/1.43 "Google Sans",Roboto,system-ui,-apple-system,"Segoe UI","Helvetica Neue",Arial,sans-serif;color:var(--text);background:var(--soft)}
.card{width:100%;max-width:520px;background:#fff;border-radius:28px;box-shadow:0 1px 2px rgba(0,0,0,.08),0 2px 8px rgba(0,0,0,.06);overflow:hidden}
.top{display:flex;align-items:center;gap:10px;padding:18px 28px;border-bottom:1px solid #e3e3e3;color:var(--muted);font-size:14px}
.g{flex:none;width:20px;height:20px;border-radius:50%;background:conic-gradient(from -45deg,#ea4335 0 25%,#4285f4 0 50%,#34a853 0 75%,#fbbc04 0)}
.badge{margin-left:auto;flex:none;padding:2px 10px;border-radius:12px;font-size:12px;font-weight:500;color:#7a4b00;background:#fef7e0;border:1px solid #f6dda0}
.body{padding:28px 36px 32px}
.app-mark{display:flex;width:48px;height:48px;border-radius:12px;align-items:center;justify-content:center;font-size:24px;font-weight:500;color:#fff;background:linear-gradient(135deg,#4285f4,#34a853)}
h1{margin:16px 0 12px;font-size:24px;line-height:1.33;font-weight:400}
h1 .app,.lead strong,.trust strong{color:var(--blue);font-weight:500}
.account{display:inline-flex;align-items:center;gap:8px;padding:3px 12px 3px 3px;border:1px solid var(--line);border-radius:16px;font-size:14px;font-weight:500}
.avatar{display:inline-flex;width:24px;height:24px;border-radius:50%;align-items:center;justify-content:center;font-size:12px;color:#fff;background:#8e24aa}
.lead{margin:24px 0 8px;font-size:16px}
.select-all{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:10px 0;border-bottom:1px solid #e3e3e3;font-weight:500;cursor:pointer}
.scopes{margin:0;padding:0;list-style:none}
.scope{display:flex;align-items:center;gap:14px;padding:10px 0;border-bottom:1px solid #e3e3e3}
label.scope{cursor:pointer}
.icon{flex:none;display:inline-flex;width:32px;height:32px;border-radius:50%;align-items:center;justify-content:center;background:var(--soft)}
.icon svg{width:20px;height:20px}
.text{flex:1;min-width:0}
.desc{display:block}
.name{display:block;margin-top:2px;color:var(--muted);font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.always{display:block;margin-top:2px;color:var(--muted);font-size:12px}
input[type=checkbox]{flex:none;width:18px;height:18px;margin:0;accent-color:var(--blue);cursor:pointer}
.trust{margin:20px 0 0}
.trust h2{margin:0 0 6px;font-size:16px;font-weight:500}
.trust p{margin:0 0 8px;color:var(--muted)}
.note{margin-top:16px;padding:10px 14px;border-radius:12px;background:#fef7e0;color:#5f4200;font-size:13px}
.note code,.details code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:24px}
button{min-width:96px;padding:10px 24px;border-radius:20px;font:inherit;font-weight:500;cursor:pointer}
#cancel{border:1px solid var(--line);background:#fff;color:var(--blue)}
#cancel:hover{background:#f3f6fc}
#allow{border:0;background:var(--blue);color:#fff}
#allow:hover{background:var(--blue-hover)}
button:focus-visible,input:focus-visible{outline:2px solid var(--blue);outline-offset:2px}
.error h1{margin-top:4px}
.error .code{margin:20px 0 0;font-weight:500}
.details{margin-top:16px;color:var(--muted)}
.details summary{cursor:pointer;color:var(--blue);font-weight:500}
.details ul{margin:8px 0 0;padding-left:18px}
.foot{max-width:520px;width:100%;margin-top:12px;padding:0 28px;color:var(--muted);font-size:12px}
.intro h1{margin-bottom:16px}
@media (min-width:900px){
 .card.wide{max-width:1040px}
 .wide .body{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.15fr);column-gap:56px;padding:36px 44px 32px}
 .wide .intro h1{font-size:32px;line-height:1.25}
 .wide .lead{margin-top:4px}
 .foot.wide{max-width:1040px}
}
@media (max-width:520px){.body{padding:24px 20px}.top{padding:16px 20px}h1{font-size:20px}}
"#;

/// Keeps "Select all" and the scope boxes in step.
const SCRIPT: &str = r#"
(function () {
  var all = document.getElementById('select-all');
  if (!all) { return; }
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name="scope"]'));
  function sync() {
    var on = boxes.filter(function (b) { return b.checked; }).length;
    all.checked = on === boxes.length;
    all.indeterminate = on > 0 && on < boxes.length;
  }
  all.addEventListener('change', function () {
    boxes.forEach(function (b) { b.checked = all.checked; });
  });
  boxes.forEach(function (b) { b.addEventListener('change', sync); });
  sync();
})();
"#;

/// The Google Photos pinwheel, in the four Google colours.
const PHOTOS_ICON: &str = r##"<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="#ea4335" d="M12 12V3a4.5 4.5 0 0 1 0 9z"/><path fill="#4285f4" d="M12 12h9a4.5 4.5 0 0 1-9 0z"/><path fill="#34a853" d="M12 12v9a4.5 4.5 0 0 1 0-9z"/><path fill="#fbbc04" d="M12 12H3a4.5 4.5 0 0 1 9 0z"/></svg>"##;
const PERSON_ICON: &str = r##"<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="#444746" d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5z"/></svg>"##;
const KEY_ICON: &str = r##"<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="#444746" d="M7 14a2 2 0 1 1 0-4 2 2 0 0 1 0 4zm5.6-4A6 6 0 1 0 12.6 14H16v3h3v-3h2v-4z"/></svg>"##;

fn head(title: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(title)
    )
}

fn top() -> &'static str {
    "<div class=\"top\"><span class=\"g\" aria-hidden=\"true\"></span><span>Sign in with Google</span><span class=\"badge\" title=\"This page is served by photos-emulator on this computer, not by Google\">Emulator</span></div>\n"
}

fn initial(s: &str) -> String {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .map_or('?', |c| c.to_ascii_uppercase())
        .to_string()
}

fn scope_row(scope: &str, checkbox: bool) -> String {
    let icon = if scopes::is_photos(scope) {
        PHOTOS_ICON
    } else if scopes::is_sign_in(scope) {
        PERSON_ICON
    } else {
        KEY_ICON
    };
    let short = scopes::short_name(scope);
    let text = format!(
        "<span class=\"text\"><span class=\"desc\">{}</span><code class=\"name\">{}</code>{}</span>",
        esc(&scopes::description(scope)),
        esc(if short.is_empty() { scope } else { &short }),
        if checkbox || !scopes::is_sign_in(scope) {
            ""
        } else {
            "<span class=\"always\">Shared when you sign in</span>"
        },
    );
    if checkbox {
        let id = format!("scope-{short}");
        format!(
            "<li><label class=\"scope\" for=\"{id}\" data-scope=\"{s}\"><span class=\"icon\">{icon}</span>{text}<input type=\"checkbox\" name=\"scope\" value=\"{s}\" id=\"{id}\" checked></label></li>\n",
            id = esc(&id),
            s = esc(scope),
        )
    } else {
        format!(
            "<li class=\"scope\" data-scope=\"{}\"><span class=\"icon\">{icon}</span>{text}</li>\n",
            esc(scope)
        )
    }
}

pub(crate) fn consent(v: &Consent<'_>) -> String {
    let app = esc(v.app_name);
    let granular = is_granular(v.scopes);
    let mut out = head(&format!(
        "Sign in - Google Accounts (emulator): {}",
        v.app_name
    ));
    out.push_str("<main class=\"card wide\">\n");
    out.push_str(top());
    out.push_str(&format!(
        "<div class=\"body\">\n<div class=\"intro\">\n<div class=\"app-mark\" aria-hidden=\"true\">{}</div>\n<h1><span class=\"app\">{app}</span> wants access to your Google Account</h1>\n<div class=\"account\"><span class=\"avatar\" aria-hidden=\"true\">{}</span><span id=\"account-email\">{}</span></div>\n</div>\n",
        esc(&initial(v.app_name)),
        esc(&initial(v.email)),
        esc(v.email),
    ));
    out.push_str(&format!(
        "<form id=\"consent\" method=\"post\" action=\"{CONSENT_PATH}\">\n<input type=\"hidden\" name=\"consent_id\" value=\"{}\">\n",
        esc(v.consent_id)
    ));
    if granular {
        out.push_str(&format!(
            "<p class=\"lead\">Select what <strong>{app}</strong> can access</p>\n<label class=\"select-all\" for=\"select-all\">Select all<input type=\"checkbox\" id=\"select-all\" checked></label>\n"
        ));
    } else {
        out.push_str(&format!(
            "<p class=\"lead\">This will allow <strong>{app}</strong> to:</p>\n"
        ));
    }
    out.push_str("<ul class=\"scopes\">\n");
    for s in v.scopes.iter().filter(|s| scopes::is_sign_in(s)) {
        out.push_str(&scope_row(s, false));
    }
    for s in v.scopes.iter().filter(|s| !scopes::is_sign_in(s)) {
        out.push_str(&scope_row(s, granular));
    }
    out.push_str("</ul>\n");
    out.push_str(&format!(
        "<section class=\"trust\"><h2>Make sure you trust <strong>{app}</strong></h2><p>You may be sharing sensitive info with this app. You can always see or remove access in your Google Account.</p></section>\n<p class=\"note\">Served by <strong>photos-emulator</strong> on this computer: no Google account is involved and nothing leaves this machine. After you choose, your browser returns to <code>{}</code>.</p>\n",
        esc(v.redirect_uri)
    ));
    out.push_str("<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"cancel\" id=\"cancel\">Cancel</button><button type=\"submit\" name=\"action\" value=\"allow\" id=\"allow\">Allow</button></div>\n</form>\n</div>\n</main>\n");
    out.push_str("<p class=\"foot wide\">photos-emulator · a local stand-in for Google's sign-in, for testing apps</p>\n");
    if granular {
        out.push_str(&format!("<script>{SCRIPT}</script>\n"));
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// A refused authorization request, shown instead of a redirect.
pub(crate) struct Refused {
    pub(crate) status: u16,
    pub(crate) error: &'static str,
    pub(crate) title: String,
    /// What the user is told.
    pub(crate) text: String,
    /// What the developer is told.
    pub(crate) detail: String,
    /// Request parameters worth showing (never a secret, a state or a challenge).
    pub(crate) request: Vec<(&'static str, String)>,
}

pub(crate) fn refused(r: &Refused) -> String {
    let mut out = head(&format!("Error {}: {} (emulator)", r.status, r.error));
    out.push_str(&format!(
        "<main class=\"card error\" id=\"error\" data-error=\"{}\">\n",
        esc(r.error)
    ));
    out.push_str(top());
    out.push_str(&format!(
        "<div class=\"body\">\n<h1>{}</h1>\n<p>{}</p>\n<p class=\"code\">Error {}: {}</p>\n<details class=\"details\" open><summary>Error details</summary><p>{}</p>",
        esc(&r.title),
        esc(&r.text),
        r.status,
        esc(r.error),
        esc(&r.detail),
    ));
    if !r.request.is_empty() {
        out.push_str("<p>Request details:</p><ul>");
        for (k, v) in &r.request {
            out.push_str(&format!("<li><code>{}={}</code></li>", esc(k), esc(v)));
        }
        out.push_str("</ul>");
    }
    out.push_str("</details>\n</div>\n</main>\n<p class=\"foot\">photos-emulator · a local stand-in for Google's sign-in, for testing apps</p>\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(scopes: &[&str]) -> String {
        let scopes: Vec<String> = scopes.iter().map(|s| (*s).to_owned()).collect();
        consent(&Consent {
            consent_id: "c<1>",
            app_name: "Demo <App>",
            email: "u@example.com",
            scopes: &scopes,
            redirect_uri: "http://127.0.0.1:9/",
        })
    }

    #[test]
    fn checkboxes_only_for_several_non_sign_in_scopes() {
        let read = "https://www.googleapis.com/auth/photoslibrary.readonly.appcreateddata";
        let append = "https://www.googleapis.com/auth/photoslibrary.appendonly";
        let one = page(&["openid", read]);
        assert!(!one.contains("name=\"scope\""));
        assert!(!one.contains("<script>"));
        let two = page(&["email", read, append]);
        assert!(two.contains(&format!(
            "name=\"scope\" value=\"{read}\" id=\"scope-photoslibrary.readonly.appcreateddata\" checked"
        )));
        assert_eq!(two.matches("type=\"checkbox\" name=\"scope\"").count(), 2);
        assert!(two.contains("Shared when you sign in"));
        for hook in [
            "id=\"consent\"",
            "id=\"allow\"",
            "id=\"cancel\"",
            ">Emulator<",
        ] {
            assert!(two.contains(hook), "{hook}");
        }
        assert!(two.contains("Demo &lt;App&gt;") && !two.contains("Demo <App>"));
        assert!(two.contains("value=\"c&lt;1&gt;\""));
    }

    #[test]
    fn error_page_names_the_error() {
        let p = refused(&Refused {
            status: 400,
            error: "redirect_uri_mismatch",
            title: "Access blocked".into(),
            text: "t".into(),
            detail: "d".into(),
            request: vec![("redirect_uri", "https://<x>".into())],
        });
        assert!(p.contains("data-error=\"redirect_uri_mismatch\""));
        assert!(p.contains("Error 400: redirect_uri_mismatch"));
        assert!(p.contains("redirect_uri=https://&lt;x&gt;"));
    }
}
