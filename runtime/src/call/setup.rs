//! How generated code sets up a [`Call`]: its constructors and the setters a request
//! builder's `into_call()` uses. Reached through `internal`; not for users.

use std::fmt::Display;

use ::serde::de::DeserializeOwned;

use super::{decode_json, Call};
use crate::api::MethodInfo;
use crate::engine::Engine;
use crate::request::{CallOptions, JsonBody};
use crate::Error;

/// A call of `method` through `engine` with the builder's options, for a method that answers
/// with JSON.
pub fn call<T: DeserializeOwned>(
    engine: Engine,
    method: &'static MethodInfo,
    options: CallOptions,
) -> Call<T> {
    Call::with_decoder(engine, method, options, decode_json::<T>)
}

/// A call of `method` that answers with no body (whatever comes back is read and dropped).
pub fn call_without_response(
    engine: Engine,
    method: &'static MethodInfo,
    options: CallOptions,
) -> Call<()> {
    Call::with_decoder(engine, method, options, |_, _| Ok(()))
}

/// The setters of a call that a request builder's `into_call()` uses.
pub trait Setup {
    /// Supplies the next path parameter, in the order of the method's `PathPart::Param`s.
    fn path_arg(&mut self, value: &dyn Display);

    /// Adds a query parameter; call repeatedly with one name for a repeated parameter.
    fn query(&mut self, name: &'static str, value: &dyn Display);

    /// Sets the JSON request body. A serialization failure is kept and reported when the
    /// call is sent.
    fn json_body<B: ::serde::Serialize + ?Sized>(&mut self, body: &B);

    /// Records the outcome of a check of the request (a limit of the API): the first failure
    /// is what the call resolves to, before anything is sent.
    fn check(&mut self, outcome: Result<(), Error>);

    /// Adds the request id that makes the call safe to repeat (AIP-155): `value`, or else a
    /// UUID v4 made now, so every attempt of this call sends the same one; the call is then
    /// retried like a read, unless the caller said otherwise (`CallBuilder::idempotent`).
    fn request_id(&mut self, name: &'static str, value: Option<&str>);
}

impl<T> Setup for Call<T> {
    fn path_arg(&mut self, value: &dyn Display) {
        self.parts.path_args.push(value.to_string());
    }

    fn query(&mut self, name: &'static str, value: &dyn Display) {
        self.parts.query.push((name, value.to_string()));
    }

    fn json_body<B: ::serde::Serialize + ?Sized>(&mut self, body: &B) {
        self.parts.body = JsonBody::Json(serde_json::to_vec(body));
    }

    fn check(&mut self, outcome: Result<(), Error>) {
        self.parts.check(outcome);
    }

    fn request_id(&mut self, name: &'static str, value: Option<&str>) {
        let id = value.map_or_else(|| uuid::Uuid::new_v4().to_string(), str::to_owned);
        self.parts.query.push((name, id));
        self.parts.options.idempotent.get_or_insert(true);
    }
}
