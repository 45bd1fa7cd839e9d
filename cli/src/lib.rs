//! The commands of the `discogen` binary, as a library: `cargo xtask` runs the same code for
//! this repository's own chores.

pub mod carried_runtime;
pub mod diff;
pub mod generate;
pub mod release;
pub mod table;
