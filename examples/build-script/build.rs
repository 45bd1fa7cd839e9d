// Generates the Tasks client from the document this crate ships; a document the generator
// refuses fails the build with the document's path and the JSON path of the problem.
fn main() -> Result<(), discogen::BuildError> {
    discogen::Builder::new("tasks.v1.json").generate_into_out_dir()?;
    Ok(())
}
