//! Serves [`bench_support::MockServer`] for other processes: prints its base URL on the first
//! line of stdout, then serves until stdin is closed (or after ten minutes at most).

use std::time::Duration;

use tokio::io::AsyncReadExt;

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let server = bench_support::MockServer::start().await?;
    println!("{}", server.base_url);
    let mut stdin = tokio::io::stdin();
    let mut sink = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(600), stdin.read_to_end(&mut sink)).await;
    eprintln!("mock server: {} requests answered", server.requests());
    Ok(())
}
