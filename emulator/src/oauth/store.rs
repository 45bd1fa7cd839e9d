//! What the OAuth side of the emulator remembers: sign-ins waiting on the consent page,
//! authorization codes, grants, and the tokens of each grant.
//!
//! A grant is what Google shows a user under "Third-party apps with account access": one
//! app's access to a set of scopes. Its refresh token and every access token minted from it
//! live and die with it: revoking any of its tokens revokes the grant ("OAuth 2.0 for iOS &
//! Desktop Apps", "Revoking a token": "If the token is an access token and it has a
//! corresponding refresh token, the refresh token will also be revoked";
//! <https://developers.google.com/identity/protocols/oauth2/native-app>). All of it is kept in
//! memory only, also with a data directory (the emulator's choice: tokens of an earlier run
//! are as good as revoked).

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, SystemTime};

use super::pkce::Challenge;
use super::random::Random;

/// How many sign-ins may wait on their consent page at once; the oldest give way (the
/// emulator's choice, so that a flood of authorization requests cannot grow memory).
const MAX_PENDING: usize = 1000;

/// One grant, as [`crate::Emulator::oauth_grants`] shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuthGrant {
    /// The client the user granted access to.
    pub client_id: String,
    /// The granted scopes, full URLs (or `openid`, `email`, `profile`), in the order asked.
    pub scopes: Vec<String>,
    /// Whether the grant was revoked (through `/revoke`, or
    /// [`crate::Emulator::revoke_grants`]).
    pub revoked: bool,
    /// How many access tokens were minted for it (the first one included).
    pub access_tokens_issued: usize,
    /// How many times its refresh token was used.
    pub refreshes: usize,
}

/// Tokens minted by [`crate::Emulator::issue_token`], as the token endpoint would answer
/// them.
#[derive(Clone, PartialEq, Eq)]
pub struct IssuedToken {
    /// The access token (`ya29.…`).
    pub access_token: String,
    /// The refresh token of the new grant (`1//…`).
    pub refresh_token: String,
    /// The access token's lifetime.
    pub expires_in: Duration,
    /// The granted scopes, space-separated.
    pub scope: String,
}

impl std::fmt::Debug for IssuedToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IssuedToken")
            .field("access_token", &"<redacted>")
            .field("refresh_token", &"<redacted>")
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .finish()
    }
}

/// An authorization request waiting on its consent page.
pub(crate) struct Pending {
    pub(crate) client_id: String,
    pub(crate) redirect_uri: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) include_granted: bool,
    pub(crate) state: Option<String>,
    pub(crate) challenge: Option<Challenge>,
    pub(crate) created: SystemTime,
}

/// An authorization code and what it stands for.
pub(crate) struct CodeRec {
    pub(crate) client_id: String,
    pub(crate) redirect_uri: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) challenge: Option<Challenge>,
    pub(crate) expires: SystemTime,
    pub(crate) used: bool,
}

struct GrantRec {
    client_id: String,
    scopes: Vec<String>,
    revoked: bool,
    access_tokens: usize,
    refreshes: usize,
}

struct AccessRec {
    grant: usize,
    expires: SystemTime,
}

/// What an access token the emulator issued is worth now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Access {
    Valid(Vec<String>),
    Expired,
    Revoked,
}

/// What a refresh token the emulator issued is worth now.
pub(crate) enum Refresh {
    Live { grant: usize, client_id: String },
    Revoked,
}

pub(crate) struct OAuthStore {
    pub(crate) random: Random,
    pending: HashMap<String, Pending>,
    pending_order: VecDeque<String>,
    codes: HashMap<String, CodeRec>,
    grants: Vec<GrantRec>,
    access: HashMap<String, AccessRec>,
    refresh: HashMap<String, usize>,
    /// Secrets clients sent that the emulator did not issue (code verifiers), for
    /// [`crate::Emulator::oauth_secrets`].
    seen: Vec<String>,
}

impl OAuthStore {
    pub(crate) fn new(random: Random) -> OAuthStore {
        OAuthStore {
            random,
            pending: HashMap::new(),
            pending_order: VecDeque::new(),
            codes: HashMap::new(),
            grants: Vec::new(),
            access: HashMap::new(),
            refresh: HashMap::new(),
            seen: Vec::new(),
        }
    }

    /// Parks a request for its consent page; returns the page's opaque id.
    pub(crate) fn add_pending(&mut self, p: Pending) -> String {
        let id = self.random.token(24);
        if self.pending_order.len() >= MAX_PENDING {
            if let Some(old) = self.pending_order.pop_front() {
                self.pending.remove(&old);
            }
        }
        self.pending_order.push_back(id.clone());
        self.pending.insert(id.clone(), p);
        id
    }

    /// The request behind a consent page, once: a page can be answered only one time.
    pub(crate) fn take_pending(&mut self, id: &str) -> Option<Pending> {
        let p = self.pending.remove(id)?;
        self.pending_order.retain(|x| x != id);
        Some(p)
    }

    /// Every scope the user granted this client and did not revoke, for
    /// `include_granted_scopes`.
    pub(crate) fn granted_before(&self, client_id: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for g in self
            .grants
            .iter()
            .filter(|g| g.client_id == client_id && !g.revoked)
        {
            for s in &g.scopes {
                if !out.contains(s) {
                    out.push(s.clone());
                }
            }
        }
        out
    }

    pub(crate) fn issue_code(&mut self, rec: CodeRec) -> String {
        let code = format!("4/0A{}", self.random.token(40));
        self.codes.insert(code.clone(), rec);
        code
    }

    pub(crate) fn code(&self, code: &str) -> Option<&CodeRec> {
        self.codes.get(code)
    }

    pub(crate) fn spend_code(&mut self, code: &str) {
        if let Some(c) = self.codes.get_mut(code) {
            c.used = true;
        }
    }

    /// A new grant with its refresh token.
    pub(crate) fn new_grant(&mut self, client_id: &str, scopes: Vec<String>) -> (usize, String) {
        self.grants.push(GrantRec {
            client_id: client_id.to_owned(),
            scopes,
            revoked: false,
            access_tokens: 0,
            refreshes: 0,
        });
        let grant = self.grants.len() - 1;
        let token = format!("1//0{}", self.random.token(48));
        self.refresh.insert(token.clone(), grant);
        (grant, token)
    }

    /// Mints an access token of the grant; `refresh` counts it as a refresh.
    pub(crate) fn issue_access(
        &mut self,
        grant: usize,
        expires: SystemTime,
        refresh: bool,
    ) -> String {
        let token = format!("ya29.{}", self.random.token(48));
        self.access
            .insert(token.clone(), AccessRec { grant, expires });
        if let Some(g) = self.grants.get_mut(grant) {
            g.access_tokens += 1;
            if refresh {
                g.refreshes += 1;
            }
        }
        token
    }

    pub(crate) fn scopes(&self, grant: usize) -> Vec<String> {
        self.grants
            .get(grant)
            .map(|g| g.scopes.clone())
            .unwrap_or_default()
    }

    pub(crate) fn check_access(&self, token: &str, now: SystemTime) -> Option<Access> {
        let rec = self.access.get(token)?;
        let grant = self.grants.get(rec.grant)?;
        Some(if grant.revoked {
            Access::Revoked
        } else if now >= rec.expires {
            Access::Expired
        } else {
            Access::Valid(grant.scopes.clone())
        })
    }

    pub(crate) fn check_refresh(&self, token: &str) -> Option<Refresh> {
        let grant = *self.refresh.get(token)?;
        let g = self.grants.get(grant)?;
        Some(if g.revoked {
            Refresh::Revoked
        } else {
            Refresh::Live {
                grant,
                client_id: g.client_id.clone(),
            }
        })
    }

    /// Revokes the grant of a live refresh or access token; false when the token is unknown,
    /// expired or already revoked.
    pub(crate) fn revoke(&mut self, token: &str, now: SystemTime) -> bool {
        let grant = match (self.refresh.get(token), self.access.get(token)) {
            (Some(&g), _) => g,
            (None, Some(a)) if now < a.expires => a.grant,
            _ => return false,
        };
        match self.grants.get_mut(grant) {
            Some(g) if !g.revoked => {
                g.revoked = true;
                true
            }
            _ => false,
        }
    }

    pub(crate) fn expire_all(&mut self, now: SystemTime) {
        for a in self.access.values_mut() {
            a.expires = a.expires.min(now);
        }
    }

    pub(crate) fn revoke_all(&mut self) {
        for g in &mut self.grants {
            g.revoked = true;
        }
    }

    pub(crate) fn grants(&self) -> Vec<OAuthGrant> {
        self.grants
            .iter()
            .map(|g| OAuthGrant {
                client_id: g.client_id.clone(),
                scopes: g.scopes.clone(),
                revoked: g.revoked,
                access_tokens_issued: g.access_tokens,
                refreshes: g.refreshes,
            })
            .collect()
    }

    /// Remembers a secret a client sent (a code verifier).
    pub(crate) fn saw(&mut self, secret: &str) {
        if !secret.is_empty() && !self.seen.iter().any(|s| s == secret) {
            self.seen.push(secret.to_owned());
        }
    }

    /// Whether `s` is a code or token the emulator issued, or a secret it saw.
    pub(crate) fn knows(&self, s: &str) -> bool {
        self.access.contains_key(s)
            || self.refresh.contains_key(s)
            || self.codes.contains_key(s)
            || self.seen.iter().any(|x| x == s)
    }

    /// Every code and token issued and every secret seen.
    pub(crate) fn secrets(&self) -> Vec<String> {
        let mut out: Vec<String> = self.codes.keys().cloned().collect();
        out.extend(self.refresh.keys().cloned());
        out.extend(self.access.keys().cloned());
        out.extend(self.seen.iter().cloned());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revoking_any_token_revokes_the_grant() {
        let now = SystemTime::now();
        let later = now + Duration::from_secs(60);
        let mut s = OAuthStore::new(Random::new());
        let (g, refresh) = s.new_grant("c", vec!["openid".into()]);
        let a1 = s.issue_access(g, later, false);
        let a2 = s.issue_access(g, later, true);
        assert!(a1.starts_with("ya29.") && refresh.starts_with("1//"));
        assert_eq!(
            s.check_access(&a1, now),
            Some(Access::Valid(vec!["openid".into()]))
        );
        assert!(s.revoke(&a2, now));
        assert!(!s.revoke(&a2, now), "already revoked");
        assert_eq!(s.check_access(&a1, now), Some(Access::Revoked));
        assert!(matches!(s.check_refresh(&refresh), Some(Refresh::Revoked)));
        assert!(!s.revoke("nope", now));
        let grants = s.grants();
        assert_eq!(
            (grants[0].access_tokens_issued, grants[0].refreshes),
            (2, 1)
        );
    }

    #[test]
    fn expiry_and_pending_cap() {
        let now = SystemTime::now();
        let mut s = OAuthStore::new(Random::new());
        let (g, _) = s.new_grant("c", vec![]);
        let a = s.issue_access(g, now + Duration::from_secs(60), false);
        s.expire_all(now);
        assert_eq!(s.check_access(&a, now), Some(Access::Expired));
        assert!(
            !s.revoke(&a, now),
            "an expired access token revokes nothing"
        );
        let first = s.add_pending(pending());
        for _ in 0..MAX_PENDING {
            s.add_pending(pending());
        }
        assert!(s.take_pending(&first).is_none());
    }

    fn pending() -> Pending {
        Pending {
            client_id: "c".into(),
            redirect_uri: "http://127.0.0.1:1/".into(),
            scopes: vec![],
            include_granted: false,
            state: None,
            challenge: None,
            created: SystemTime::now(),
        }
    }
}
