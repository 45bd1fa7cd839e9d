//! Methods of the `projects` resource.
pub mod hmac_keys;
pub mod service_account;
/// Methods of the `projects` resource.
#[derive(Clone, Debug)]
pub struct Projects {
    pub(crate) core: crate::rt::internal::Core,
}
impl Projects {
    /// Methods of the `hmacKeys` resource.
    pub fn hmac_keys(&self) -> hmac_keys::HmacKeys {
        hmac_keys::HmacKeys {
            core: self.core.clone(),
        }
    }
    /// Methods of the `serviceAccount` resource.
    pub fn service_account(&self) -> service_account::ServiceAccount {
        service_account::ServiceAccount {
            core: self.core.clone(),
        }
    }
}
