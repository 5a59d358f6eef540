//! Callback data as Telegram hands it back: any string. What decodes must
//! encode within 64 bytes to data that decodes to the same value.
#![no_main]

use delegate_desk::telegram::callback::{Callback, MAX_LEN};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &str| {
    if let Some(cb) = Callback::decode(data) {
        let encoded = cb.encode();
        assert!(
            encoded.len() <= MAX_LEN,
            "{cb:?} encodes to {} bytes",
            encoded.len()
        );
        assert_eq!(
            Callback::decode(&encoded),
            Some(cb),
            "{data:?} -> {encoded:?}"
        );
    }
});
