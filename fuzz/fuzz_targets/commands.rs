//! A message's text as a command (delegates' and organisers'), and the
//! payload of a `/start` deep link.
#![no_main]

use delegate_desk::registration::codes::{self, Payload};
use delegate_desk::telegram::commands::{Command, OrganiserCommand};
use libfuzzer_sys::fuzz_target;
use teloxide::utils::command::BotCommands;

const BOT: &str = "delegate_desk_bot";

fuzz_target!(|text: &str| {
    if let Some(Command::Start(payload)) = Command::parse_lenient(text, BOT) {
        check_payload(&payload);
    }
    let _ = OrganiserCommand::parse(text, BOT);
    check_payload(text);
});

fn check_payload(payload: &str) {
    match codes::read_payload(payload) {
        // A code read from a payload is in its stored form.
        Payload::Invitation(code) | Payload::CheckIn(code) => {
            assert_eq!(codes::normalize(&code).as_deref(), Some(code.as_str()));
        }
        Payload::Unknown => {}
    }
}
