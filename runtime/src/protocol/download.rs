//! Media downloads (`alt=media`): the attempts cover getting the response headers; the body
//! is the [`Download`]'s to read, which can ask for the rest again with the same request.

use crate::engine::{Engine, Read};
use crate::media::Download;
use crate::request::{prepare, Alt, CallParts};
use crate::Error;

pub(crate) async fn download(engine: &Engine, call: CallParts) -> Result<Download, Error> {
    let prepared = prepare(engine, call, Alt::Media)?;
    let response = prepared.send(Read::Head).await?;
    Ok(Download::from_response(response).resumable(prepared))
}
