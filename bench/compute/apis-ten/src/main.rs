//! The ten calls of `compute-ours-ten` through google-apis-rs' `google-compute1`, set up as
//! its documentation shows (hyper-util client over a hyper-rustls connector) with a fixed
//! token, against the base URL given as the only argument.

use google_compute1::{hyper_rustls, hyper_util, Compute, Error};

fn report<T: std::fmt::Debug>(name: &str, result: Result<T, Error>) {
    match result {
        Ok(value) => println!("ok   {name}: {value:?}"),
        Err(e) => println!("FAIL {name}: {e}"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:9/".into());
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_native_roots()
        .expect("TLS roots")
        .https_or_http()
        .enable_http1()
        .build();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .build(connector);
    let mut hub = Compute::new(client, "bench-token".to_string());
    hub.base_url(base.clone());
    hub.root_url(base);
    let p = "bench-project";
    report("instances.get", hub.instances().get(p, "zone", "vm").doit().await.map(|r| r.1.name));
    report("disks.get", hub.disks().get(p, "zone", "disk").doit().await.map(|r| r.1.name));
    report("networks.get", hub.networks().get(p, "net").doit().await.map(|r| r.1.name));
    report("subnetworks.get", hub.subnetworks().get(p, "region", "sub").doit().await.map(|r| r.1.name));
    report("firewalls.get", hub.firewalls().get(p, "fw").doit().await.map(|r| r.1.name));
    report("images.get", hub.images().get(p, "image").doit().await.map(|r| r.1.name));
    report("zones.get", hub.zones().get(p, "zone").doit().await.map(|r| r.1.name));
    report("regions.get", hub.regions().get(p, "region").doit().await.map(|r| r.1.name));
    report("projects.get", hub.projects().get(p).doit().await.map(|r| r.1.name));
    report("machineTypes.get", hub.machine_types().get(p, "zone", "e2-small").doit().await.map(|r| r.1.name));
}
