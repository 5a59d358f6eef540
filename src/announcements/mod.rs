//! Organisers' announcements and the notices of schedule changes: who
//! receives them ([`audience`]), the outbox that delivers them durably
//! within Telegram's limits ([`outbox`], [`pace`]), and sessions changed on
//! site ([`changes`], [`notice`]). No Telegram types: the Telegram side
//! gives the outbox a [`outbox::Courier`] that sends one message.

pub mod audience;
pub mod changes;
pub mod notice;
pub mod outbox;
pub mod pace;
pub mod reminders;

pub use audience::Audience;
pub use notice::Notice;
