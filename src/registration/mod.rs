//! Registration for the sessions that need it: invitations, the profile,
//! seats and waitlists, the personal agenda as a calendar file, check-in
//! at the door and the organisers' export. No Telegram types here.

pub mod calendar;
pub mod checkin;
pub mod codes;
pub mod export;
pub mod invitations;
pub mod profile;
pub mod qr;
pub mod seats;
