//! `instances.get` and `projects.get` through our generated client built with only the
//! `instances` and `projects` features, against the base URL given as the only argument.

use google_compute_v1::{rt::auth::StaticToken, Client};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:9/".into());
    let client = Client::builder()
        .base_url(&base)
        .token_provider(StaticToken::new("bench-token"))
        .build()
        .expect("a client");
    let instance = client.instances().get("bench-project", "zone", "vm").send().await;
    let project = client.projects().get("bench-project").send().await;
    println!("{:?}", instance.map(|r| r.name));
    println!("{:?}", project.map(|r| r.name));
}
