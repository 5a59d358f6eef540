//! The bundled event, the translations and the migrations are built into
//! the binary: rebuild when a file is added to their folders, not only when
//! one already there changes.

fn main() {
    for folder in ["locales", "events/nanning-2025", "migrations"] {
        println!("cargo:rerun-if-changed={folder}");
    }
}
