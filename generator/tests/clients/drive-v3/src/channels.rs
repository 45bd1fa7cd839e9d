//! Methods of the `channels` resource.
/// Methods of the `channels` resource.
#[derive(Clone, Debug)]
pub struct Channels {
    pub(crate) core: crate::rt::internal::Core,
}
impl Channels {
    /// Stops watching resources through this channel. For more information, see \[Notifications for resource changes\](<https://developers.google.com/workspace/drive/api/guides/push>).
    ///
    /// `POST channels/stop` (`drive.channels.stop`)
    ///
    /// Authorized by any of these scopes:
    /// - `https://www.googleapis.com/auth/drive`
    /// - `https://www.googleapis.com/auth/drive.appdata`
    /// - `https://www.googleapis.com/auth/drive.file`
    /// - `https://www.googleapis.com/auth/drive.meet.readonly`
    /// - `https://www.googleapis.com/auth/drive.metadata`
    /// - `https://www.googleapis.com/auth/drive.metadata.readonly`
    /// - `https://www.googleapis.com/auth/drive.photos.readonly`
    /// - `https://www.googleapis.com/auth/drive.readonly`
    pub fn stop(&self, request: crate::types::Channel) -> Stop {
        Stop {
            core: self.core.clone(),
            opts: crate::rt::CallOptions::default(),
            request,
        }
    }
}
static STOP: crate::rt::internal::MethodInfo = crate::rt::internal::MethodInfo {
    id: "drive.channels.stop",
    http_method: crate::rt::internal::HttpMethod::Post,
    path: &[crate::rt::internal::PathPart::Literal("channels/stop")],
    scopes: &[
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/drive.appdata",
        "https://www.googleapis.com/auth/drive.file",
        "https://www.googleapis.com/auth/drive.meet.readonly",
        "https://www.googleapis.com/auth/drive.metadata",
        "https://www.googleapis.com/auth/drive.metadata.readonly",
        "https://www.googleapis.com/auth/drive.photos.readonly",
        "https://www.googleapis.com/auth/drive.readonly",
    ],
};
/// Request builder for `drive.channels.stop`; made by the resource handle.
#[derive(Clone, Debug)]
#[must_use = "`Stop` does nothing until it is sent"]
pub struct Stop {
    pub(crate) core: crate::rt::internal::Core,
    pub(crate) opts: crate::rt::CallOptions,
    pub(crate) request: crate::types::Channel,
}
impl Stop {
    /// Sends the request (`drive.channels.stop`).
    pub async fn send(self) -> Result<(), crate::Error> {
        let mut call = crate::rt::internal::Call::new(&STOP, self.opts);
        call.json_body(&self.request);
        self.core.execute_empty(call).await
    }
}
impl crate::rt::CallBuilder for Stop {
    fn options(&mut self) -> &mut crate::rt::CallOptions {
        &mut self.opts
    }
}
