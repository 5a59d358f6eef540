//! Organisers' screens.

use chrono::NaiveDate;

use super::super::callback::Callback;
use super::super::screen::{Screen, arg, esc};
use super::View;
use crate::db::invitations::Invitation;
use crate::db::tickets::Figures;
use crate::event::{Session, text_ids};
use crate::i18n::Lang;
use crate::registration::codes;
use crate::registration::invitations::{self, State};
use crate::text::shorten;

/// Who uses the desk: how many delegates, by the language they chose
/// (`None`: they follow their Telegram app's language), as stored.
pub fn stats(v: &View, by_language: &[(Option<String>, i64)]) -> Screen {
    let total: i64 = by_language.iter().map(|(_, n)| n).sum();
    let mut text = format!(
        "{}\n\n{}",
        v.t("organiser-stats-title"),
        v.f("organiser-stats-total", &[("count", total.into())])
    );
    if total > 0 {
        text.push_str("\n\n");
        text.push_str(&v.t("organiser-stats-by-language"));
        for (code, count) in by_language {
            let language = match code.as_deref() {
                None => v.t("organiser-stats-no-choice"),
                // Each language by its own name, as in the picker.
                Some(code) => match Lang::from_code(code) {
                    Some(lang) => esc(&v.content.i18n.text(lang, "language-name")),
                    None => esc(code),
                },
            };
            text.push('\n');
            text.push_str(&v.f(
                "organiser-stats-line",
                &[("language", arg(language)), ("count", (*count).into())],
            ));
        }
    }
    Screen::new(text)
}

/// Questions: the tickets by state, the share found helpful, the median
/// time to a first answer, and how many typed questions the bot answered.
pub fn question_figures(v: &View, f: &Figures, asked: i64, answered: i64) -> String {
    let mut lines = vec![
        v.f(
            "organiser-stats-answered",
            &[("answered", answered.into()), ("asked", asked.into())],
        ),
        v.f(
            "organiser-stats-tickets",
            &[
                ("open", f.open.into()),
                ("claimed", f.claimed.into()),
                ("closed", f.closed.into()),
            ],
        ),
    ];
    if f.rated > 0 {
        let share = (f.helpful * 100 + f.rated / 2) / f.rated;
        lines.push(v.f(
            "organiser-stats-helpful",
            &[("share", share.into()), ("rated", f.rated.into())],
        ));
    }
    if let Some(secs) = f.median_first_answer {
        lines.push(v.f(
            "organiser-stats-first-answer",
            &[("minutes", ((secs + 30) / 60).into())],
        ));
    }
    lines.join("\n")
}

/// A new invitation: its link and code (the QR image follows).
pub fn invitation_created(v: &View, inv: &Invitation, link: &str) -> Screen {
    let mut text = v.f(
        "organiser-invite-created",
        &[
            ("delegation", arg(esc(&inv.delegation))),
            ("people", inv.people.into()),
            ("link", arg(esc(link))),
            ("code", arg(codes::display(&inv.code))),
        ],
    );
    if let Some(d) = inv.expires_on {
        text.push('\n');
        text.push_str(&v.f(
            "organiser-invite-valid-until",
            &[("date", arg(v.date_long(d)))],
        ));
    }
    Screen::new(text).button(v.raw("command-invites"), Callback::Invites { page: 0 })
}

/// The invitations with their use, newest first, [`INVITES_PER_PAGE`] to
/// a page; each not yet revoked has a button to revoke it.
pub fn invitations(v: &View, list: &[Invitation], today: NaiveDate, page: usize) -> Screen {
    let mut text = v.t("organiser-invites-title");
    let mut screen = Screen::default();
    if list.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("organiser-invites-none"));
    }
    let pages = list.len().div_ceil(INVITES_PER_PAGE).max(1);
    let page = page.min(pages - 1);
    for inv in list
        .iter()
        .skip(page * INVITES_PER_PAGE)
        .take(INVITES_PER_PAGE)
    {
        let st = invitations::state(inv, today);
        let state = v.t(match st {
            State::Active => "organiser-invites-state-active",
            State::UsedUp => "organiser-invites-state-used-up",
            State::Expired => "organiser-invites-state-expired",
            State::Revoked => "organiser-invites-state-revoked",
        });
        text.push('\n');
        text.push_str(&v.f(
            "organiser-invites-line",
            &[
                ("delegation", arg(esc(&inv.delegation))),
                ("used", inv.used.into()),
                ("people", inv.people.into()),
                ("state", arg(state)),
                ("code", arg(codes::display(&inv.code))),
            ],
        ));
        if st != State::Revoked {
            screen = screen.button(
                shorten(
                    &v.f(
                        "button-revoke",
                        &[("delegation", arg(inv.delegation.clone()))],
                    ),
                    48,
                ),
                Callback::Revoke(inv.code.clone()),
            );
        }
    }
    if pages > 1 {
        text.push_str("\n\n");
        text.push_str(&v.page_line(page, pages));
    }
    screen.text = text;
    screen
        .row(v.pager(page, pages, |page| Callback::Invites { page }))
        .row(vec![v.menu_button()])
}

/// Invitations on one page: each line is at most ~200 characters (a
/// 100-character name), and has its button.
pub const INVITES_PER_PAGE: usize = 10;

/// "Revoke the invitation for …?", with the button that does it.
pub fn confirm_revoke(v: &View, inv: &Invitation) -> Screen {
    let text = v.f(
        "organiser-invite-revoke-confirm",
        &[
            ("delegation", arg(esc(&inv.delegation))),
            ("used", inv.used.into()),
        ],
    );
    Screen::new(text)
        .button(
            v.raw("button-revoke-confirm"),
            Callback::RevokeConfirmed(inv.code.clone()),
        )
        .button(v.raw("button-back"), Callback::Invites { page: 0 })
}

/// Per session: confirmed of capacity, waitlist, checked in.
pub fn registrations(v: &View, rows: &[(&Session, i64, i64, i64)]) -> Screen {
    let mut text = v.t("organiser-registrations-title");
    if rows.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("organiser-registrations-none"));
    }
    for (s, confirmed, waitlist, checked) in rows {
        let capacity = i64::from(s.registration.map_or(0, |r| r.capacity));
        text.push_str("\n\n");
        text.push_str(&v.f(
            "organiser-registrations-line",
            &[
                ("title", arg(v.ev(&text_ids::session_title(&s.id)))),
                ("confirmed", (*confirmed).into()),
                ("capacity", capacity.into()),
                ("waitlist", (*waitlist).into()),
                ("checked", (*checked).into()),
            ],
        ));
        if *confirmed > capacity {
            text.push('\n');
            text.push_str(&v.f(
                "organiser-registrations-over",
                &[("over", (confirmed - capacity).into())],
            ));
        }
    }
    Screen::new(text)
}

/// The outcome of a reload.
pub fn reloaded(v: &View, promoted: usize, over: &[(String, i64)]) -> Screen {
    let mut text = v.t("organiser-reload-ok");
    if promoted > 0 {
        text.push('\n');
        text.push_str(&v.f("organiser-reload-promoted", &[("count", promoted.into())]));
    }
    for (id, n) in over {
        text.push('\n');
        text.push_str(&v.f(
            "organiser-reload-over",
            &[
                ("title", arg(v.ev(&text_ids::session_title(id)))),
                ("over", (*n).into()),
            ],
        ));
    }
    Screen::new(text)
}

/// A reload refused: each problem (they are the organiser's own file's,
/// in English, as `delegate-desk check` prints them).
pub fn reload_failed(v: &View, problems: &[String]) -> Screen {
    let mut text = v.f(
        "organiser-reload-failed",
        &[("count", problems.len().into())],
    );
    let mut listed = 0;
    for p in problems {
        let line = format!("\n• <code>{}</code>", esc(&shorten(p, 300)));
        if crate::text::utf16_len(&text) + crate::text::utf16_len(&line) > 3800 {
            break;
        }
        text.push_str(&line);
        listed += 1;
    }
    if listed < problems.len() {
        text.push_str(&format!("\n… (+{})", problems.len() - listed));
    }
    Screen::new(text)
}
