//! Getting around: the airport, the railway station, the metro, the event
//! shuttles and taxis, as the event content describes them.

use super::super::callback::Callback;
use super::super::screen::{Screen, TEXT_LIMIT, arg, button, esc};
use super::View;
use crate::event::{Shuttle, text_ids};
use crate::text::{paginate, shorten, utf16_len};

pub fn topics(v: &View) -> Screen {
    let mut screen = Screen::new(v.t("transport-title"));
    for topic in &v.event().transport {
        screen = screen.button(
            shorten(&v.raw(&text_ids::transport_title(&topic.id)), 48),
            Callback::Topic {
                id: topic.id.clone(),
                page: 0,
            },
        );
    }
    screen.row(vec![v.menu_button()])
}

fn shuttle_block(v: &View, s: &Shuttle) -> String {
    let mut lines = vec![
        v.f(
            "transport-shuttle-route",
            &[("route", arg(v.ev(&text_ids::shuttle_name(&s.id))))],
        ),
        v.f(
            "transport-shuttle-pickup",
            &[("place", arg(v.ev(&text_ids::shuttle_pickup(&s.id))))],
        ),
    ];
    let times: Vec<String> = s
        .times
        .iter()
        .map(|t| t.format("%H:%M").to_string())
        .collect();
    for date in &s.dates {
        lines.push(v.f(
            "transport-shuttle-departures",
            &[
                ("date", arg(esc(&v.date_button(*date)))),
                ("times", arg(times.join(" · "))),
            ],
        ));
    }
    lines.join("\n")
}

/// One topic, paged if its text is long. `None` for an unknown topic.
pub fn topic(v: &View, id: &str, page: u8) -> Option<Screen> {
    let topic = v.event().topic(id)?;
    let header = format!("<b>{}</b>", v.ev(&text_ids::transport_title(&topic.id)));
    let mut blocks = vec![v.ev(&text_ids::transport_body(&topic.id))];
    if topic.shuttles {
        blocks.extend(v.event().shuttles.iter().map(|s| shuttle_block(v, s)));
    }
    let pager_line = v.page_line(998, 999);
    let frame = utf16_len(&header) + utf16_len(&pager_line) + 8;
    let pages = paginate(&blocks, "\n\n", frame, TEXT_LIMIT, usize::MAX);
    let count = pages.len();
    let page = usize::from(page).min(count - 1);
    let mut text = header;
    for &i in &pages[page] {
        text.push_str("\n\n");
        text.push_str(&blocks[i]);
    }
    if count > 1 {
        text.push_str("\n\n");
        text.push_str(&v.page_line(page, count));
    }
    let mut screen = Screen::new(text);
    if let Some(venue) = &topic.venue {
        let name = v.raw(&text_ids::venue_name(venue));
        screen = screen.button(
            shorten(&v.f("transport-open-venue", &[("venue", arg(name))]), 48),
            Callback::Venue(venue.clone()),
        );
    }
    let pager = v.pager(page, count, |page| Callback::Topic {
        id: topic.id.clone(),
        page,
    });
    Some(screen.row(pager).row(vec![
        button(v.raw("button-back"), Callback::Transport),
        v.menu_button(),
    ]))
}
