//! The event file loader on any text: an event or problems, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    if let Err(problems) = delegate_desk::event::parse(Path::new("event.toml"), source) {
        assert!(!problems.is_empty(), "failed without a problem");
    }
});
