//! Running the example programs as child processes.
//!
//! Cargo builds binaries for integration tests (`CARGO_BIN_EXE_*`) but not examples, so the
//! first test to need them runs `cargo build --examples -p google-photos` once, into the
//! target directory this test binary lives in.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// `target/<profile>`, the folder holding `deps/` with this test binary.
pub fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let deps = exe.parent().expect("the test binary is in deps/");
    match deps.parent() {
        Some(dir) if deps.file_name().is_some_and(|n| n == "deps") => dir.to_path_buf(),
        // Not cargo's layout: fall back to the documented variables.
        _ => {
            let target = std::env::var_os("CARGO_TARGET_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| {
                    Path::new(env!("CARGO_MANIFEST_DIR"))
                        .parent()
                        .expect("the workspace root")
                        .join("target")
                });
            target.join("debug")
        }
    }
}

/// The folder holding the built examples, building them the first time.
pub fn examples_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let profile = profile_dir();
        let target = profile.parent().expect("target dir").to_path_buf();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut command = Command::new(cargo);
        command
            .args(["build", "--examples", "-p", "google-photos", "--target-dir"])
            .arg(&target)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        match profile.file_name().and_then(|n| n.to_str()) {
            Some("debug") | None => {}
            Some("release") => {
                command.arg("--release");
            }
            Some(other) => {
                command.args(["--profile", other]);
            }
        }
        let status = command.status().expect("cargo runs");
        assert!(status.success(), "building the examples failed: {status}");
        profile.join("examples")
    })
}

/// Runs example `name` with `args`, against `base_url` when given. The command is built at
/// once, so the future borrows nothing.
pub fn run(
    name: &str,
    base_url: Option<&str>,
    args: &[&str],
) -> impl std::future::Future<Output = Output> + Send + 'static {
    run_in(None, name, base_url, args)
}

/// [`run`] in the working directory `cwd`, when given.
pub fn run_in(
    cwd: Option<&Path>,
    name: &str,
    base_url: Option<&str>,
    args: &[&str],
) -> impl std::future::Future<Output = Output> + Send + 'static {
    let exe = examples_dir().join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let mut command = tokio::process::Command::new(&exe);
    command.env_remove("PHOTOS_ACCESS_TOKEN");
    if let Some(url) = base_url {
        command.args(["--base-url", url]);
    }
    command.args(args);
    if let Some(dir) = cwd {
        command.current_dir(dir);
    }
    let what = format!("{name} {args:?}");
    async move {
        let output = command
            .output()
            .await
            .unwrap_or_else(|e| panic!("running {}: {e}", exe.display()));
        eprintln!(
            "--- {what}: {}\n--- stdout:\n{}--- stderr:\n{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        output
    }
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The values of the stdout lines starting with `key: `.
pub fn values<'a>(stdout: &'a str, key: &str) -> Vec<&'a str> {
    let prefix = format!("{key}: ");
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix(prefix.as_str()))
        .collect()
}

/// Asserts a clean failure: exit code 1, no panic, a message on stderr.
pub fn assert_clean_failure(output: &Output, mentions: &str) {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(1), "exit code; stderr: {err}");
    assert!(!err.contains("panicked"), "it panicked: {err}");
    assert!(err.contains("error:"), "no error message: {err}");
    assert!(
        err.contains(mentions),
        "stderr should name {mentions:?}: {err}"
    );
}

/// Starts example `name` with `args`, its stdout and stderr piped, to read its lines as it
/// prints them. Killed if dropped before it ends.
pub fn spawn(name: &str, args: &[&str]) -> tokio::process::Child {
    let exe = examples_dir().join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    tokio::process::Command::new(&exe)
        .env_remove("PHOTOS_ACCESS_TOKEN")
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| panic!("running {}: {e}", exe.display()))
}

/// An example program running as a child process, whose stdout lines are read as it prints
/// them and kept, so a test can act on one (open a link) while the program waits.
pub struct Running {
    what: String,
    child: tokio::process::Child,
    lines: tokio::io::Lines<tokio::io::BufReader<tokio::process::ChildStdout>>,
    printed: String,
}

impl Running {
    pub fn start(name: &str, args: &[&str]) -> Running {
        let mut child = spawn(name, args);
        let stdout = child.stdout.take().expect("stdout is piped");
        Running {
            what: format!("{name} {args:?}"),
            child,
            lines: tokio::io::AsyncBufReadExt::lines(tokio::io::BufReader::new(stdout)),
            printed: String::new(),
        }
    }

    /// The value of the next stdout line starting with `key: `, or `None` when the program
    /// ends first. Fails after a minute without one.
    pub async fn value(&mut self, key: &str) -> Option<String> {
        let prefix = format!("{key}: ");
        loop {
            let line =
                tokio::time::timeout(std::time::Duration::from_secs(60), self.lines.next_line())
                    .await
                    .unwrap_or_else(|_| {
                        panic!(
                            "{}: no `{key}:` line within a minute: {}",
                            self.what, self.printed
                        )
                    })
                    .expect("stdout reads")?;
            self.printed.push_str(&line);
            self.printed.push('\n');
            if let Some(value) = line.strip_prefix(&prefix) {
                return Some(value.to_owned());
            }
        }
    }

    /// Waits for the program to end (a minute at most) and returns all it printed.
    pub async fn finish(mut self) -> Output {
        use tokio::io::AsyncReadExt as _;
        while let Some(line) = self.lines.next_line().await.expect("stdout reads") {
            self.printed.push_str(&line);
            self.printed.push('\n');
        }
        let mut stderr = Vec::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            pipe.read_to_end(&mut stderr).await.expect("stderr reads");
        }
        let status = tokio::time::timeout(std::time::Duration::from_secs(60), self.child.wait())
            .await
            .unwrap_or_else(|_| panic!("{} did not end within a minute", self.what))
            .expect("the program runs");
        eprintln!(
            "--- {}: {status}\n--- stdout:\n{}--- stderr:\n{}",
            self.what,
            self.printed,
            String::from_utf8_lossy(&stderr)
        );
        Output {
            status,
            stdout: self.printed.into_bytes(),
            stderr,
        }
    }
}
