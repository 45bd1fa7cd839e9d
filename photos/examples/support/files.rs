//! Naming downloaded files: safe names from what the server calls an item, never
//! overwriting a file already in the folder.

use std::collections::HashSet;
use std::path::Path;

use anyhow::Context as _;

/// A file name from an item's `filename`: no path separators or control characters, not
/// empty, not `.` or `..`; `id` (made alphanumeric) when nothing of the name is left.
pub fn safe_file_name(filename: &str, id: &str) -> String {
    let cleaned: String = filename
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() || (cfg!(windows) && ":*?\"<>|".contains(c))
            {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim().to_string();
    if cleaned.is_empty() || cleaned.chars().all(|c| c == '.') {
        return id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
    }
    cleaned
}

/// `name`, or `stem (2).ext`, `stem (3).ext`, … the first not in `taken` (compared without
/// case, for case-insensitive file systems); the name returned is added to `taken`.
pub fn unique_name(name: &str, taken: &mut HashSet<String>) -> String {
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 => name.split_at(dot),
        _ => (name, ""),
    };
    let mut candidate = name.to_string();
    let mut n = 2;
    while !taken.insert(candidate.to_lowercase()) {
        candidate = format!("{stem} ({n}){ext}");
        n += 1;
    }
    candidate
}

/// Creates `folder` if missing and returns the names already in it, lowercased, for
/// [`unique_name`].
pub fn taken_names(folder: &Path) -> anyhow::Result<HashSet<String>> {
    std::fs::create_dir_all(folder).with_context(|| format!("creating {}", folder.display()))?;
    let mut taken = HashSet::new();
    for entry in
        std::fs::read_dir(folder).with_context(|| format!("reading {}", folder.display()))?
    {
        let entry = entry.with_context(|| format!("reading {}", folder.display()))?;
        taken.insert(entry.file_name().to_string_lossy().to_lowercase());
    }
    Ok(taken)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_made_safe_and_unique() {
        assert_eq!(safe_file_name("../etc/passwd", "x"), ".._etc_passwd");
        assert_eq!(safe_file_name(" .. ", "AB-12/3"), "AB_12_3");
        let mut taken = HashSet::from(["beach.jpg".to_string()]);
        assert_eq!(unique_name("Beach.jpg", &mut taken), "Beach (2).jpg");
        assert_eq!(unique_name("beach.jpg", &mut taken), "beach (3).jpg");
        assert_eq!(unique_name(".hidden", &mut taken), ".hidden");
    }
}
