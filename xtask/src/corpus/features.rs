//! `cargo xtask corpus --features sample|every`: feature combinations of the documents big
//! enough to have a cargo feature per top-level resource (`discogen::lower::features`),
//! besides the defaults that every document's check compiles.

use std::path::Path;

use anyhow::Result;

use super::{cargo_with, secs, Row};

/// Which combinations to check.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Matrix {
    /// No default features, all features, and five single features spread over the list
    /// (the first, the last and three between): what CI runs. The defaults are the crate's
    /// ordinary check.
    Sample,
    /// Each feature on its own: the full proof, by hand (about 130 checks for compute.v1).
    Every,
}

/// The combinations of `matrix` for `features`, as cargo arguments.
fn combinations(features: &[String], matrix: Matrix) -> Vec<Vec<String>> {
    let single = |f: &String| {
        vec![
            "--no-default-features".into(),
            "--features".into(),
            f.clone(),
        ]
    };
    match matrix {
        Matrix::Every => features.iter().map(single).collect(),
        Matrix::Sample => {
            let mut out = vec![
                vec!["--no-default-features".to_string()],
                vec!["--all-features".to_string()],
            ];
            let last = features.len().saturating_sub(1);
            let mut picks: Vec<usize> = (0..5).map(|i| i * last / 4).collect();
            picks.dedup();
            out.extend(picks.into_iter().map(|i| single(&features[i])));
            out
        }
    }
}

/// Checks every combination of `matrix` for the crate `name`; each must compile without a
/// warning. Adds what fails to the row's problems.
pub fn check(root: &Path, scratch: &Path, row: &mut Row, name: &str, matrix: Matrix) -> Result<()> {
    // A crate small enough to have no resource features has no combinations either.
    if row.features.is_empty() {
        return Ok(());
    }
    for args in combinations(&row.features, matrix) {
        let label = args.join(" ");
        let outcome = cargo_with(root, scratch, "check", name, &args)?;
        println!(
            "== cargo check -p {name} {label}: {}",
            secs(outcome.elapsed)
        );
        row.note_problems(&format!("check {label}"), &outcome);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_spreads_five_single_features() {
        let features: Vec<String> = (0..9).map(|i| format!("f{i}")).collect();
        let singles: Vec<String> = combinations(&features, Matrix::Sample)
            .into_iter()
            .skip(2)
            .map(|args| args[2].clone())
            .collect();
        assert_eq!(singles, ["f0", "f2", "f4", "f6", "f8"]);
        assert_eq!(combinations(&features, Matrix::Every).len(), 9);
        let few = vec!["a".to_string(), "b".to_string()];
        assert_eq!(combinations(&few, Matrix::Sample).len(), 2 + 2);
    }
}
