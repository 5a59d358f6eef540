//! Venues: the list, the map pin and the card for the taxi driver.

use super::super::callback::Callback;
use super::super::screen::{Screen, button, esc};
use super::View;
use crate::event::text_ids;
use crate::text::shorten;

pub fn list(v: &View) -> Screen {
    let mut text = v.t("venues-title");
    let mut screen = Screen::default();
    for venue in &v.event().venues {
        text.push_str(&format!(
            "\n\n<b>{}</b>\n{}",
            v.ev(&text_ids::venue_name(&venue.id)),
            v.ev(&text_ids::venue_about(&venue.id)),
        ));
        let name = v.raw(&text_ids::venue_name(&venue.id));
        screen = screen.button(
            shorten(&format!("📍 {name}"), 48),
            Callback::Venue(venue.id.clone()),
        );
    }
    screen.text = text;
    screen.row(vec![v.menu_button()])
}

/// A native venue pin: where the place is, its name and address in the
/// delegate's language, and buttons under it.
pub struct Pin {
    /// WGS-84.
    pub lat: f64,
    pub lon: f64,
    pub title: String,
    pub address: String,
    pub buttons: Screen,
}

pub fn pin(v: &View, id: &str) -> Option<Pin> {
    let venue = v.event().venue(id)?;
    let buttons = Screen::default()
        .button(
            v.raw("venues-taxi-button"),
            Callback::Taxi(venue.id.clone()),
        )
        .row(vec![
            button(v.raw("venues-all-button"), Callback::Venues),
            v.menu_button(),
        ]);
    Some(Pin {
        lat: venue.lat,
        lon: venue.lon,
        // Venue titles and addresses are plain text (no parse mode).
        title: v.raw(&text_ids::venue_name(&venue.id)),
        address: v.raw(&text_ids::venue_address(&venue.id)),
        buttons,
    })
}

/// The card to show a taxi driver: one line for the delegate in their
/// language, then the request, the name and the full address in the local
/// language, alone and in bold. It has no buttons: a button would edit the
/// card away while the driver still needs it.
pub fn taxi_card(v: &View, id: &str) -> Option<Screen> {
    let venue = v.event().venue(id)?;
    let text = format!(
        "{}\n\n<b>{}</b>\n\n<b>{}</b>\n<b>{}</b>",
        v.ev(text_ids::TAXI_CARD_HINT),
        esc(&v.event().taxi_phrase),
        esc(&venue.local_name),
        esc(&venue.local_address),
    );
    Some(Screen::new(text))
}
