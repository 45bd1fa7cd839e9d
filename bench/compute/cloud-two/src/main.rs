//! The two calls of `compute-ours-two` through google-cloud-rust's `google-cloud-compute-v1`
//! with its default features (exactly `instances` and `projects`), against the endpoint given
//! as the only argument, with anonymous credentials.

use google_cloud_compute_v1::client::{Instances, Projects};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let base = std::env::args().nth(1).unwrap_or_else(|| "http://127.0.0.1:9/".into());
    let instances = Instances::builder().with_endpoint(&base).build().await?;
    let projects = Projects::builder().with_endpoint(&base).build().await?;
    let instance = instances
        .get()
        .set_project("bench-project")
        .set_zone("zone")
        .set_instance("vm")
        .send()
        .await;
    let project = projects.get().set_project("bench-project").send().await;
    println!("{:?}", instance.map(|r| r.name));
    println!("{:?}", project.map(|r| r.name));
    Ok(())
}
