//! Ten `get` calls across ten Compute Engine resources through our generated client, against
//! the base URL given as the only argument; prints what each call returned.

use google_compute_v1::{rt::auth::StaticToken, Client, Error};

fn report<T: std::fmt::Debug>(name: &str, result: Result<T, Error>) {
    match result {
        Ok(value) => println!("ok   {name}: {value:?}"),
        Err(e) => println!("FAIL {name}: {e}"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:9/".into());
    let client = Client::builder()
        .base_url(&base)
        .token_provider(StaticToken::new("bench-token"))
        .build()
        .expect("a client");
    let p = "bench-project";
    report("instances.get", client.instances().get(p, "zone", "vm").send().await.map(|r| r.name));
    report("disks.get", client.disks().get(p, "zone", "disk").send().await.map(|r| r.name));
    report("networks.get", client.networks().get(p, "net").send().await.map(|r| r.name));
    report("subnetworks.get", client.subnetworks().get(p, "region", "sub").send().await.map(|r| r.name));
    report("firewalls.get", client.firewalls().get(p, "fw").send().await.map(|r| r.name));
    report("images.get", client.images().get(p, "image").send().await.map(|r| r.name));
    report("zones.get", client.zones().get(p, "zone").send().await.map(|r| r.name));
    report("regions.get", client.regions().get(p, "region").send().await.map(|r| r.name));
    report("projects.get", client.projects().get(p).send().await.map(|r| r.name));
    report("machineTypes.get", client.machine_types().get(p, "zone", "e2-small").send().await.map(|r| r.name));
}
