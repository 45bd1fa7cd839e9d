//! `--format json`: the [`Output`] struct, pretty-printed.

use crate::diff::report::Output;

pub fn render(output: &Output) -> String {
    let mut json = serde_json::to_string_pretty(output).expect("reports serialize to JSON");
    json.push('\n');
    json
}
