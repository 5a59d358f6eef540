//! The bot's commands. Their descriptions for Telegram's command menu come
//! from the `command-*` messages of each language.

use teloxide::macros::BotCommands;
use teloxide::utils::command::BotCommands as _;

#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum Command {
    /// `/start` with an optional deep-link payload (used by later features).
    Start(String),
    Menu,
    Schedule,
    Now,
    Dialogues,
    My,
    Profile,
    Venues,
    Transport,
    Language,
    /// Reminders, the morning briefing, the language.
    Settings,
    Help,
    /// Leaves a form (the profile, a new invitation) at any step.
    Cancel,
    /// Passes a question to the volunteers (`/ask` alone asks for it).
    Ask(String),
    /// Volunteers: the languages they answer in (not in the menu).
    Volunteer,
}

/// Commands only organisers (`ORGANISER_IDS`) have, in a private chat.
/// They are not in the public command menu.
#[derive(BotCommands, Clone, Debug, PartialEq, Eq)]
#[command(rename_rule = "lowercase")]
pub enum OrganiserCommand {
    /// How many delegates use the desk, by language.
    Stats,
    /// A new invitation for a delegation (a short form).
    Invite,
    /// The invitations, their use, and revoking one.
    Invites,
    /// Per session: confirmed of capacity, waitlist, checked in.
    Registrations,
    /// Registrations and profiles as a CSV file.
    Export,
    /// Reloads the event file after checking it.
    Reload,
    /// Composes an announcement.
    Announce,
    /// The recent announcements and their delivery.
    Announcements,
}

impl OrganiserCommand {
    /// The organisers' own commands, listed in their menu after the
    /// delegates' (through a per-chat command scope).
    pub const MENU: [&'static str; 8] = [
        "announce",
        "announcements",
        "invite",
        "invites",
        "registrations",
        "export",
        "reload",
        "stats",
    ];
}

impl Command {
    /// The commands listed in Telegram's menu, in order.
    pub const MENU: [&'static str; 13] = [
        "start",
        "menu",
        "schedule",
        "now",
        "dialogues",
        "my",
        "profile",
        "venues",
        "transport",
        "language",
        "settings",
        "ask",
        "help",
    ];

    /// Parses a command leniently: `/menu please` is `/menu`. `None` when
    /// the text is not one of ours.
    pub fn parse_lenient(text: &str, bot_name: &str) -> Option<Command> {
        if let Ok(c) = Command::parse(text, bot_name) {
            return Some(c);
        }
        let first = text.split_whitespace().next()?;
        Command::parse(first, bot_name).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_with_payloads_and_extra_words() {
        assert_eq!(
            Command::parse_lenient("/start abc_123", "desk_bot"),
            Some(Command::Start("abc_123".into()))
        );
        assert_eq!(
            Command::parse_lenient("/start", "desk_bot"),
            Some(Command::Start(String::new()))
        );
        assert_eq!(
            Command::parse_lenient("/menu please", "desk_bot"),
            Some(Command::Menu)
        );
        assert_eq!(
            Command::parse_lenient("/help@desk_bot", "desk_bot"),
            Some(Command::Help)
        );
        assert_eq!(Command::parse_lenient("/help@other_bot", "desk_bot"), None);
        assert_eq!(Command::parse_lenient("/nope", "desk_bot"), None);
        assert_eq!(Command::parse_lenient("/", "desk_bot"), None);
    }

    #[test]
    fn the_menu_lists_every_command() {
        for name in Command::MENU {
            assert!(Command::parse(&format!("/{name}"), "b").is_ok(), "{name}");
        }
        for name in OrganiserCommand::MENU {
            assert!(
                OrganiserCommand::parse(&format!("/{name}"), "b").is_ok(),
                "{name}"
            );
            assert!(Command::parse(&format!("/{name}"), "b").is_err(), "{name}");
        }
    }
}
