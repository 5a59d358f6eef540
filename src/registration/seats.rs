//! Seats: registering for a session, the waitlist, cancelling, and
//! promotion from the waitlist. Every change runs in one transaction that
//! holds the session's and the delegate's locks (see
//! [`Db::write_locked`]), so that 300 delegates tapping at once end with
//! exactly the capacity confirmed and the rest waitlisted in order, and a
//! tap delivered twice changes nothing the second time.

use chrono::{DateTime, Utc};

use super::codes;
use crate::db::registrations::{self, Place, Status};
use crate::db::{Db, Tx, attendees, delegate_lock, session_lock};
use crate::error::Result;
use crate::event::{Event, Session};

/// What a tap on Register did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Registered {
    Confirmed,
    Waitlisted {
        position: i64,
    },
    AlreadyConfirmed,
    AlreadyWaitlisted {
        position: i64,
    },
    /// The delegate has a place in `other`, at an overlapping time.
    /// `seats_left` in the tapped session: a switch is offered only when
    /// there is a seat to switch to (no one gives up a seat for a waitlist
    /// place by accident).
    Clash {
        other: String,
        seats_left: i64,
    },
    Closed,
    /// The session does not take registrations (or no longer exists).
    NotRegistrable,
    /// The delegate has not used an invitation.
    NotInvited,
    /// They have, but their profile is not finished.
    ProfileIncomplete,
}

/// Someone who got a seat from the waitlist, to be told.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Promotion {
    pub telegram_id: i64,
    pub session_id: String,
}

/// What a tap on Cancel did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cancelled {
    /// The place is given up; `promoted` got seats from the waitlist.
    Done {
        was: Status,
        promoted: Vec<Promotion>,
    },
    NotRegistered,
}

/// Whether two sessions overlap in time.
pub fn overlap(a: &Session, b: &Session) -> bool {
    a.id != b.id && a.date == b.date && a.start < b.end && b.start < a.end
}

/// Registers `telegram_id` for `session_id`: a seat while there are any,
/// else the waitlist. When `switch` is set, places in sessions that clash
/// are given up first (in the same transaction), and the seats they free
/// go to those waiting.
pub async fn register(
    db: &Db,
    event: &Event,
    session_id: &str,
    telegram_id: i64,
    switch: bool,
    now: DateTime<Utc>,
) -> Result<(Registered, Vec<Promotion>)> {
    let Some(session) = event
        .session(session_id)
        .filter(|s| s.registration.is_some())
    else {
        return Ok((Registered::NotRegistrable, Vec::new()));
    };
    let mut locks = vec![delegate_lock(telegram_id), session_lock(session_id)];
    if switch {
        // The sessions whose seats a switch may free.
        locks.extend(
            event
                .registrable()
                .filter(|s| overlap(s, session))
                .map(|s| session_lock(&s.id)),
        );
    }
    let open = event.registration_open(session, now);
    // Owned copies for the transaction (it may be tried again).
    let session = session.clone();
    let others: Vec<Session> = event.registrable().cloned().collect();
    db.write_locked("register", &locks, |tx| {
        let (session, others) = (session.clone(), others.clone());
        Box::pin(
            async move { register_in(tx, &others, &session, telegram_id, switch, open, now).await },
        )
    })
    .await
}

async fn register_in(
    tx: &mut Tx,
    others: &[Session],
    session: &Session,
    telegram_id: i64,
    switch: bool,
    open: bool,
    now: DateTime<Utc>,
) -> Result<(Registered, Vec<Promotion>)> {
    let none = Vec::new;
    match attendees::get(tx, telegram_id).await? {
        None => return Ok((Registered::NotInvited, none())),
        Some(a) if !a.complete => return Ok((Registered::ProfileIncomplete, none())),
        Some(_) => {}
    }
    if let Some(place) = registrations::place(tx, &session.id, telegram_id).await? {
        return Ok(match place.status {
            Status::Confirmed => (Registered::AlreadyConfirmed, none()),
            Status::Waitlisted => {
                let position = registrations::position(tx, &session.id, place.id).await?;
                (Registered::AlreadyWaitlisted { position }, none())
            }
        });
    }
    if !open {
        return Ok((Registered::Closed, none()));
    }
    let session_of = |id: &str| others.iter().find(|s| s.id == id);
    let clashes: Vec<Place> = registrations::places_of(tx, telegram_id)
        .await?
        .into_iter()
        .filter(|p| session_of(&p.session_id).is_some_and(|other| overlap(other, session)))
        .collect();
    // Seats free (a capacity raised a moment ago) go to those waiting
    // first: a newcomer never jumps the queue.
    let mut promoted = fill(tx, session).await?;
    let capacity = i64::from(session.registration.map_or(0, |r| r.capacity));
    let confirmed = registrations::count(tx, &session.id, Status::Confirmed).await?;
    if let Some(first) = clashes.first() {
        let seats_left = (capacity - confirmed).max(0);
        if !switch || seats_left == 0 {
            return Ok((
                Registered::Clash {
                    other: first.session_id.clone(),
                    seats_left,
                },
                none(),
            ));
        }
        for place in &clashes {
            registrations::delete(tx, &place.session_id, telegram_id).await?;
            if let Some(other) = session_of(&place.session_id) {
                promoted.extend(fill(tx, other).await?);
            }
        }
    }
    let status = if confirmed < capacity {
        Status::Confirmed
    } else {
        Status::Waitlisted
    };
    let token = codes::random()?;
    let id = registrations::insert(tx, &session.id, telegram_id, status, &token, now).await?;
    Ok(match status {
        Status::Confirmed => (Registered::Confirmed, promoted),
        Status::Waitlisted => {
            let position = registrations::position(tx, &session.id, id).await?;
            (Registered::Waitlisted { position }, promoted)
        }
    })
}

/// Gives seats to those waiting, in order, while `session` has free ones.
/// The caller holds the session's lock.
async fn fill(tx: &mut Tx, session: &Session) -> Result<Vec<Promotion>> {
    let capacity = i64::from(session.registration.map_or(0, |r| r.capacity));
    let mut confirmed = registrations::count(tx, &session.id, Status::Confirmed).await?;
    let mut promoted = Vec::new();
    while confirmed < capacity {
        let Some(next) = registrations::first_waitlisted(tx, &session.id).await? else {
            break;
        };
        registrations::confirm(tx, next.id).await?;
        promoted.push(Promotion {
            telegram_id: next.telegram_id,
            session_id: session.id.clone(),
        });
        confirmed += 1;
    }
    Ok(promoted)
}

/// Gives up `telegram_id`'s place in `session_id` (a seat or a waitlist
/// place); a freed seat goes to the first waiting, at once.
pub async fn cancel(
    db: &Db,
    event: &Event,
    session_id: &str,
    telegram_id: i64,
) -> Result<Cancelled> {
    let locks = [delegate_lock(telegram_id), session_lock(session_id)];
    let session = event.session(session_id).cloned();
    let session_id = session_id.to_string();
    db.write_locked("cancel", &locks, |tx| {
        let session = session.clone();
        let session_id = session_id.clone();
        Box::pin(async move {
            let Some(place) = registrations::place(tx, &session_id, telegram_id).await? else {
                return Ok(Cancelled::NotRegistered);
            };
            registrations::delete(tx, &session_id, telegram_id).await?;
            let promoted = match (&session, place.status) {
                (Some(s), Status::Confirmed) => fill(tx, s).await?,
                _ => Vec::new(),
            };
            Ok(Cancelled::Done {
                was: place.status,
                promoted,
            })
        })
    })
    .await
}

/// After the event file changed: seats a raised capacity frees go to those
/// waiting, in order. A lowered capacity removes nobody: the sessions now
/// over capacity are returned with how many are over.
pub async fn rebalance(db: &Db, event: &Event) -> Result<(Vec<Promotion>, Vec<(String, i64)>)> {
    let mut promoted = Vec::new();
    let mut over = Vec::new();
    for session in event.registrable() {
        let locks = [session_lock(&session.id)];
        let (p, o) = db
            .write_locked("rebalance", &locks, |tx| {
                let session = session.clone();
                Box::pin(async move {
                    let session = &session;
                    let promoted = fill(tx, session).await?;
                    let capacity = i64::from(session.registration.map_or(0, |r| r.capacity));
                    let confirmed =
                        registrations::count(tx, &session.id, Status::Confirmed).await?;
                    Ok((promoted, confirmed - capacity))
                })
            })
            .await?;
        promoted.extend(p);
        if o > 0 {
            over.push((session.id.clone(), o));
        }
    }
    Ok((promoted, over))
}

/// A delegate's places that still exist in the event, in programme order,
/// with their waitlist positions.
pub async fn agenda(
    db: &Db,
    event: &Event,
    telegram_id: i64,
) -> Result<Vec<(Session, Place, i64)>> {
    let mut conn = db.conn().await?;
    let mut out = Vec::new();
    for place in registrations::places_of(&mut conn, telegram_id).await? {
        let Some(session) = event.session(&place.session_id) else {
            continue;
        };
        let position = match place.status {
            Status::Waitlisted => {
                registrations::position(&mut conn, &place.session_id, place.id).await?
            }
            Status::Confirmed => 0,
        };
        out.push((session.clone(), place, position));
    }
    out.sort_by(|a, b| (a.0.date, a.0.start, &a.0.id).cmp(&(b.0.date, b.0.start, &b.0.id)));
    Ok(out)
}

/// Seats left (never negative) and confirmed, for each registrable session.
pub async fn seats(db: &Db, event: &Event) -> Result<Vec<(String, i64, i64)>> {
    let summary = registrations::summary(&mut *db.conn().await?).await?;
    Ok(event
        .registrable()
        .map(|s| {
            let confirmed = summary.iter().find(|r| r.0 == s.id).map_or(0, |r| r.1);
            let capacity = i64::from(s.registration.map_or(0, |r| r.capacity));
            (s.id.clone(), (capacity - confirmed).max(0), confirmed)
        })
        .collect())
}
