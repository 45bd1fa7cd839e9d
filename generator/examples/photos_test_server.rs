//! A local stand-in for the Photos Library API's upload endpoint, `albums.create` and
//! `mediaItems.batchCreate` (the server the upload tests use), to try the
//! `photos_upload_folder` example without a Google account.
//!
//! ```sh
//! cargo run -p discogen --example photos_test_server -- --port 8080
//! ```

#[path = "../tests/upload_server/mod.rs"]
mod upload_server;

use clap::Parser;

/// Serves the Photos upload protocol, albums.create and mediaItems.batchCreate on 127.0.0.1
/// until interrupted. Files whose name contains `bad` fail in batchCreate.
#[derive(Parser)]
struct Args {
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Chunk granularity of resumable uploads, in bytes.
    #[arg(long, default_value_t = 256 * 1024)]
    granularity: u64,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let args = Args::parse();
    let addr = format!("127.0.0.1:{}", args.port);
    let server = match upload_server::UploadServer::start_on(&addr, args.granularity.max(1)).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("error: listening on {addr}: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("{}", server.base_url);
    let mut reported = 0;
    loop {
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let received = server.received();
        for upload in &received[reported..] {
            eprintln!(
                "received {} bytes ({}, {}) as {}",
                upload.len, upload.mime_type, upload.protocol, upload.token
            );
        }
        reported = received.len();
    }
}
