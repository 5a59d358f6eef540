//! The `announcements`, `announcement_versions`, `deliveries` and
//! `session_changes` tables: the outbox of announcements and notices, and
//! sessions changed on site.
//!
//! Recipients are read and written a page at a time (by Telegram id), so
//! that an announcement to 100,000 delegates never holds them all in
//! memory. Workers claim pending deliveries with one `UPDATE … RETURNING`;
//! on PostgreSQL the rows are picked `FOR UPDATE SKIP LOCKED`, so that two
//! instances never claim the same one.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::settings::DEFAULT_REMINDER;
use super::{Backend, timestamp};
use crate::announcements::Audience;
use crate::announcements::changes::Change;
use crate::error::Result;
use crate::i18n::Lang;

/// An announcement as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Announcement {
    pub id: i64,
    pub kind: Kind,
    /// The notice, as JSON (kind `Notice`).
    pub notice: Option<String>,
    pub audience: String,
    pub summary: String,
    pub needs_ack: bool,
    pub state: State,
    pub created_by: i64,
    pub created_at: String,
    pub finished_at: Option<String>,
    pub progress: Option<(i64, i64)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A copy of an organiser's message (and its versions).
    Message,
    /// A text rendered in each recipient's language.
    Notice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Waiting for an organiser to confirm (the notices of a reload).
    Draft,
    Sending,
    Done,
    Stopped,
}

impl State {
    fn parse(s: &str) -> State {
        match s {
            "draft" => State::Draft,
            "done" => State::Done,
            "stopped" => State::Stopped,
            _ => State::Sending,
        }
    }
}

type Row = (
    i64,
    String,
    Option<String>,
    String,
    String,
    i64,
    String,
    i64,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
);

/// Not a reminder or a briefing (they would crowd the lists out).
const NOT_AUTOMATIC: &str =
    "COALESCE(source, '') NOT LIKE 'reminder:%' AND COALESCE(source, '') NOT LIKE 'briefing:%'";

const SELECT: &str = "SELECT id, kind, notice, audience, summary, needs_ack, state, created_by, \
     created_at, finished_at, progress_chat, progress_message FROM announcements";

fn from_row(r: Row) -> Announcement {
    let (id, kind, notice, audience, summary, ack, state, by, at, finished, pc, pm) = r;
    Announcement {
        id,
        kind: if kind == "notice" {
            Kind::Notice
        } else {
            Kind::Message
        },
        notice,
        audience,
        summary,
        needs_ack: ack != 0,
        state: State::parse(&state),
        created_by: by,
        created_at: at,
        finished_at: finished,
        progress: pc.zip(pm),
    }
}

/// What a new announcement is.
#[derive(Debug, Clone)]
pub struct New<'a> {
    /// `Some(json)`: a notice; `None`: a copied message.
    pub notice: Option<&'a str>,
    pub audience: &'a Audience,
    pub summary: &'a str,
    pub needs_ack: bool,
    pub created_by: i64,
    /// Where the organiser follows its progress.
    pub progress: Option<(i64, i64)>,
    /// What created it: the same source twice creates one announcement.
    pub source: &'a str,
    /// Written as a draft, to be sent once an organiser confirms it.
    pub draft: bool,
}

/// Stores a new announcement (sending); `None` if its source already
/// created one.
pub async fn create(
    conn: &mut AnyConnection,
    new: &New<'_>,
    at: DateTime<Utc>,
) -> Result<Option<i64>> {
    let row: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO announcements (kind, notice, audience, summary, needs_ack, created_by, \
         created_at, progress_chat, progress_message, source, state) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (source) DO NOTHING RETURNING id",
    )
    .bind(if new.notice.is_some() {
        "notice"
    } else {
        "message"
    })
    .bind(new.notice)
    .bind(new.audience.encode())
    .bind(new.summary)
    .bind(i64::from(new.needs_ack))
    .bind(new.created_by)
    .bind(timestamp(at))
    .bind(new.progress.map(|p| p.0))
    .bind(new.progress.map(|p| p.1))
    .bind(new.source)
    .bind(if new.draft { "draft" } else { "sending" })
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|(id,)| id))
}

/// The message to copy for `lang` (`None`: the original).
pub async fn add_version(
    conn: &mut AnyConnection,
    id: i64,
    lang: Option<Lang>,
    from_chat: i64,
    message_id: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO announcement_versions (announcement_id, lang, from_chat, message_id) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (announcement_id, lang) DO NOTHING",
    )
    .bind(id)
    .bind(lang.map_or("", Lang::code))
    .bind(from_chat)
    .bind(message_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// An announcement's messages: (language, or `None` for the original;
/// chat; message).
pub async fn versions(conn: &mut AnyConnection, id: i64) -> Result<Vec<(Option<Lang>, i64, i64)>> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT lang, from_chat, message_id FROM announcement_versions \
         WHERE announcement_id = $1 ORDER BY lang",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(l, c, m)| (Lang::from_code(&l), c, m))
        .collect())
}

pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<Announcement>> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(from_row))
}

/// The latest announcements (not drafts), newest first.
pub async fn recent(conn: &mut AnyConnection, limit: i64) -> Result<Vec<Announcement>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE state <> 'draft' AND {NOT_AUTOMATIC} ORDER BY id DESC LIMIT $1"
    ))
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// The latest announcements a delegate should be able to read again: those
/// sent to them, and those to everyone (also from before they joined).
pub async fn latest_for(
    conn: &mut AnyConnection,
    telegram_id: i64,
    limit: i64,
) -> Result<Vec<Announcement>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE state IN ('sending', 'done') AND {NOT_AUTOMATIC} AND (audience = 'all' OR EXISTS (SELECT 1 FROM \
         deliveries d WHERE d.announcement_id = announcements.id AND d.telegram_id = $1 \
         AND d.state = 'sent')) ORDER BY id DESC LIMIT $2"
    ))
    .bind(telegram_id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// Announcements still being sent.
pub async fn sending(conn: &mut AnyConnection) -> Result<Vec<i64>> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM announcements WHERE state = 'sending' ORDER BY id")
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// A recipient as read from the audience: Telegram id, chosen language,
/// the language their app reported.
pub type Recipient = (i64, Option<String>, Option<String>);

/// One page of an audience, by Telegram id after `after`. Unreachable
/// delegates are left out.
pub async fn recipients_page(
    conn: &mut AnyConnection,
    audience: &Audience,
    organisers: &[i64],
    after: i64,
    limit: i64,
) -> Result<Vec<Recipient>> {
    const REACHABLE: &str = "(d.unreachable_at IS NULL)";
    let (sql, arg): (String, Option<String>) = match audience {
        Audience::Everyone | Audience::Language(_) => (
            format!(
                "SELECT d.telegram_id, d.language, d.app_language FROM delegates d \
                 WHERE {REACHABLE} AND d.telegram_id > $1"
            ),
            None,
        ),
        Audience::Registrants(s) | Audience::Waitlist(s) | Audience::Session(s) => {
            let status = match audience {
                Audience::Registrants(_) => "AND r.status = 'confirmed'",
                Audience::Waitlist(_) => "AND r.status = 'waitlisted'",
                _ => "",
            };
            (
                format!(
                    "SELECT r.telegram_id, d.language, d.app_language FROM registrations r \
                     LEFT JOIN delegates d ON d.telegram_id = r.telegram_id \
                     WHERE {REACHABLE} AND r.telegram_id > $1 AND r.session_id = $2 {status}"
                ),
                Some(s.clone()),
            )
        }
        Audience::Country(c) => (
            "SELECT a.telegram_id, d.language, d.app_language FROM attendees a \
             LEFT JOIN delegates d ON d.telegram_id = a.telegram_id \
             WHERE (d.unreachable_at IS NULL) AND a.telegram_id > $1 AND a.country_code = $2"
                .to_string(),
            Some(c.clone()),
        ),
        Audience::Delegation(code) => (
            "SELECT a.telegram_id, d.language, d.app_language FROM attendees a \
             JOIN invitations i ON i.code = a.invitation \
             LEFT JOIN delegates d ON d.telegram_id = a.telegram_id \
             WHERE (d.unreachable_at IS NULL) AND a.telegram_id > $1 AND i.delegation = \
             (SELECT delegation FROM invitations WHERE code = $2)"
                .to_string(),
            Some(code.clone()),
        ),
        Audience::Volunteers => (
            "SELECT v.telegram_id, d.language, d.app_language FROM volunteers v \
             LEFT JOIN delegates d ON d.telegram_id = v.telegram_id \
             WHERE (d.unreachable_at IS NULL) AND v.telegram_id > $1 AND v.languages <> ''"
                .to_string(),
            None,
        ),
        Audience::Unacknowledged(id) => (
            format!(
                "SELECT x.telegram_id, d.language, d.app_language FROM deliveries x \
                 LEFT JOIN delegates d ON d.telegram_id = x.telegram_id \
                 WHERE {REACHABLE} AND x.telegram_id > $1 AND x.announcement_id = {id} \
                 AND x.state = 'sent' AND x.acked_at IS NULL"
            ),
            None,
        ),
        Audience::RemindRegistrants { session, minutes } => (
            format!(
                "SELECT r.telegram_id, d.language, d.app_language FROM registrations r \
                 LEFT JOIN delegates d ON d.telegram_id = r.telegram_id \
                 LEFT JOIN delegate_settings s ON s.telegram_id = r.telegram_id \
                 WHERE {REACHABLE} AND r.telegram_id > $1 AND r.session_id = $2 \
                 AND r.status = 'confirmed' AND COALESCE(s.reminder_minutes, {DEFAULT_REMINDER}) = {minutes}"
            ),
            Some(session.clone()),
        ),
        Audience::RemindEveryone { minutes } => (
            format!(
                "SELECT d.telegram_id, d.language, d.app_language FROM delegates d \
                 LEFT JOIN delegate_settings s ON s.telegram_id = d.telegram_id \
                 WHERE {REACHABLE} AND d.telegram_id > $1 \
                 AND COALESCE(s.reminder_minutes, {DEFAULT_REMINDER}) = {minutes}"
            ),
            None,
        ),
        Audience::Briefed => (
            format!(
                "SELECT d.telegram_id, d.language, d.app_language FROM delegates d \
                 LEFT JOIN delegate_settings s ON s.telegram_id = d.telegram_id \
                 WHERE {REACHABLE} AND d.telegram_id > $1 AND COALESCE(s.briefing, 1) = 1"
            ),
            None,
        ),
        Audience::Organisers => {
            let mut out = Vec::new();
            let mut ids: Vec<i64> = organisers.iter().copied().filter(|&o| o > after).collect();
            ids.sort_unstable();
            for id in ids.into_iter().take(usize::try_from(limit).unwrap_or(0)) {
                let row: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT language, app_language, unreachable_at FROM delegates \
                         WHERE telegram_id = $1",
                )
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
                match row {
                    Some((_, _, Some(_))) => {}
                    Some((l, a, None)) => out.push((id, l, a)),
                    None => out.push((id, None, None)),
                }
            }
            return Ok(out);
        }
    };
    let order = if sql.starts_with("SELECT r.") {
        "r.telegram_id"
    } else if sql.starts_with("SELECT a.") {
        "a.telegram_id"
    } else if sql.starts_with("SELECT v.") {
        "v.telegram_id"
    } else if sql.starts_with("SELECT x.") {
        "x.telegram_id"
    } else {
        "d.telegram_id"
    };
    let limit_at = if arg.is_some() { "$3" } else { "$2" };
    let sql = format!("{sql} ORDER BY {order} LIMIT {limit_at}");
    let mut q = sqlx::query_as::<_, Recipient>(&sql).bind(after);
    if let Some(a) = arg {
        q = q.bind(a);
    }
    Ok(q.bind(limit).fetch_all(&mut *conn).await?)
}

/// Adds recipients (Telegram id, language) to the outbox; one already
/// there is left as it is.
pub async fn add_deliveries(
    conn: &mut AnyConnection,
    id: i64,
    rows: &[(i64, Lang)],
    at: DateTime<Utc>,
) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    // One statement per page: `($1, $3, $4, $2), ($1, $5, $6, $2), …`
    // (sqlx's query builder writes `?` for the Any driver, which
    // PostgreSQL does not read).
    let values: Vec<String> = (0..rows.len())
        .map(|i| format!("($1, ${}, ${}, $2)", 3 + 2 * i, 4 + 2 * i))
        .collect();
    let sql = format!(
        "INSERT INTO deliveries (announcement_id, telegram_id, lang, not_before) VALUES {} \
         ON CONFLICT (announcement_id, telegram_id) DO NOTHING",
        values.join(", ")
    );
    let mut q = sqlx::query(&sql).bind(id).bind(timestamp(at));
    for (telegram_id, lang) in rows {
        q = q.bind(*telegram_id).bind(lang.code());
    }
    q.execute(&mut *conn).await?;
    Ok(())
}

/// A delivery claimed by a worker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claimed {
    pub id: i64,
    pub announcement_id: i64,
    pub telegram_id: i64,
    pub lang: Lang,
    pub attempts: i64,
}

/// Claims up to `limit` deliveries due by `now`, of announcements still
/// sending, oldest announcement first: they are `sending` from now on.
pub async fn claim(
    conn: &mut AnyConnection,
    backend: Backend,
    limit: i64,
    now: DateTime<Utc>,
) -> Result<Vec<Claimed>> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE OF d SKIP LOCKED",
        // SQLite has one writer at a time: the statement is the claim.
        Backend::Sqlite => "",
    };
    let now = timestamp(now);
    let rows: Vec<(i64, i64, i64, String, i64)> = sqlx::query_as(&format!(
        "UPDATE deliveries SET state = 'sending', claimed_at = $1 WHERE id IN (\
         SELECT d.id FROM deliveries d JOIN announcements a ON a.id = d.announcement_id \
         WHERE d.state = 'pending' AND d.not_before <= $1 AND a.state = 'sending' \
         ORDER BY d.announcement_id, d.id LIMIT $2 {lock}) \
         RETURNING id, announcement_id, telegram_id, lang, attempts"
    ))
    .bind(&now)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    let mut claimed: Vec<Claimed> = rows
        .into_iter()
        .map(
            |(id, announcement_id, telegram_id, lang, attempts)| Claimed {
                id,
                announcement_id,
                telegram_id,
                lang: Lang::from_code(&lang).unwrap_or(Lang::En),
                attempts,
            },
        )
        .collect();
    claimed.sort_by_key(|c| c.id);
    Ok(claimed)
}

/// Deliveries claimed before `before` and never finished (their worker
/// was killed) are due again. Returns how many.
pub async fn release_stale(conn: &mut AnyConnection, before: DateTime<Utc>) -> Result<u64> {
    // Those of an announcement stopped meanwhile are stopped too.
    let done = sqlx::query(
        "UPDATE deliveries SET state = CASE WHEN (SELECT a.state FROM announcements a \
         WHERE a.id = deliveries.announcement_id) = 'stopped' THEN 'stopped' ELSE 'pending' END \
         WHERE state = 'sending' AND claimed_at < $1",
    )
    .bind(timestamp(before))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

pub async fn mark_sent(conn: &mut AnyConnection, id: i64, at: DateTime<Utc>) -> Result<()> {
    sqlx::query("UPDATE deliveries SET state = 'sent', sent_at = $2, error = NULL WHERE id = $1")
        .bind(id)
        .bind(timestamp(at))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Telegram says the recipient cannot be reached: not retried, and the
/// delegate is skipped by later announcements until they write again.
pub async fn mark_unreachable(
    conn: &mut AnyConnection,
    id: i64,
    telegram_id: i64,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query("UPDATE deliveries SET state = 'unreachable' WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE delegates SET unreachable_at = $2 WHERE telegram_id = $1")
        .bind(telegram_id)
        .bind(timestamp(at))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Due again at `not_before` (a failure to try again, counted in
/// `attempts`; or a 429, not counted).
pub async fn retry(
    conn: &mut AnyConnection,
    id: i64,
    not_before: DateTime<Utc>,
    counted: bool,
    error: Option<&str>,
) -> Result<()> {
    sqlx::query(
        "UPDATE deliveries SET state = 'pending', not_before = $2, \
         attempts = attempts + $3, error = COALESCE($4, error) WHERE id = $1",
    )
    .bind(id)
    .bind(timestamp(not_before))
    .bind(i64::from(counted))
    .bind(error)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Not sent because it is no longer true or no longer timely (a reminder
/// of a session that moved or began, a briefing after the morning).
pub async fn mark_skipped(conn: &mut AnyConnection, id: i64) -> Result<()> {
    sqlx::query("UPDATE deliveries SET state = 'skipped' WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Given up after the last attempt.
pub async fn mark_failed(conn: &mut AnyConnection, id: i64, error: &str) -> Result<()> {
    sqlx::query(
        "UPDATE deliveries SET state = 'failed', attempts = attempts + 1, error = $2 WHERE id = $1",
    )
    .bind(id)
    .bind(error)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// An announcement's deliveries by state, and its acknowledgements.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub pending: i64,
    pub sending: i64,
    pub sent: i64,
    pub failed: i64,
    pub unreachable: i64,
    pub stopped: i64,
    pub acked: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.pending + self.sending + self.sent + self.failed + self.unreachable + self.stopped
    }

    /// Not sent yet and still to be.
    pub fn remaining(&self) -> i64 {
        self.pending + self.sending
    }
}

/// Deliveries still to send, over every announcement (the metrics).
pub async fn backlog(conn: &mut AnyConnection) -> Result<i64> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'sending')")
            .fetch_one(&mut *conn)
            .await?;
    Ok(n)
}

pub async fn counts(conn: &mut AnyConnection, id: i64) -> Result<Counts> {
    let rows: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT state, COUNT(*), COUNT(acked_at) FROM deliveries WHERE announcement_id = $1 \
         GROUP BY state",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut c = Counts::default();
    for (state, n, acked) in rows {
        c.acked += acked;
        match state.as_str() {
            "pending" => c.pending = n,
            "sending" => c.sending = n,
            "sent" => c.sent = n,
            "failed" => c.failed = n,
            "unreachable" => c.unreachable = n,
            _ => c.stopped = n,
        }
    }
    Ok(c)
}

/// Marks a sending announcement done when nothing is left to send; true
/// for the one caller that did (it sends the final report).
pub async fn finish_if_done(conn: &mut AnyConnection, id: i64, at: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE announcements SET state = 'done', finished_at = $2 WHERE id = $1 \
         AND state = 'sending' AND NOT EXISTS (SELECT 1 FROM deliveries WHERE \
         announcement_id = $1 AND state IN ('pending', 'sending'))",
    )
    .bind(id)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stops a sending announcement: what was not sent yet never will be.
/// False if it was no longer sending.
pub async fn stop(conn: &mut AnyConnection, id: i64, at: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE announcements SET state = 'stopped', finished_at = $2 WHERE id = $1 \
         AND state = 'sending'",
    )
    .bind(id)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE deliveries SET state = 'stopped' WHERE announcement_id = $1 AND state = 'pending'",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// "Got it": the recipient acknowledged. False if already done (or never
/// sent to them). A reminder's acknowledgement counts for what it reminded
/// of too (and that one's original, for a reminder of a reminder).
pub async fn ack(
    conn: &mut AnyConnection,
    id: i64,
    telegram_id: i64,
    at: DateTime<Utc>,
) -> Result<bool> {
    let noted = ack_one(conn, id, telegram_id, at).await?;
    let mut of = get(conn, id).await?;
    while let Some(a) = of {
        let Some(Audience::Unacknowledged(original)) = Audience::decode(&a.audience) else {
            break;
        };
        // Reminders come after what they remind of: no cycle.
        if original >= a.id {
            break;
        }
        ack_one(conn, original, telegram_id, at).await?;
        of = get(conn, original).await?;
    }
    Ok(noted)
}

async fn ack_one(
    conn: &mut AnyConnection,
    id: i64,
    telegram_id: i64,
    at: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE deliveries SET acked_at = $3 WHERE announcement_id = $1 AND telegram_id = $2 \
         AND acked_at IS NULL",
    )
    .bind(id)
    .bind(telegram_id)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many deliveries each recipient got of an announcement (tests and
/// checks: never more than one row each, by the table's key).
pub async fn delivered_to(conn: &mut AnyConnection, id: i64) -> Result<Vec<(i64, String)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT telegram_id, state FROM deliveries WHERE announcement_id = $1 ORDER BY telegram_id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows)
}

/// Where the organiser follows an announcement's progress.
pub async fn set_progress(
    conn: &mut AnyConnection,
    id: i64,
    chat: i64,
    message: i64,
) -> Result<()> {
    sqlx::query("UPDATE announcements SET progress_chat = $2, progress_message = $3 WHERE id = $1")
        .bind(id)
        .bind(chat)
        .bind(message)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Starts sending a draft, with the organiser's progress message; false
/// if it was not a draft (any more).
pub async fn start_draft(
    conn: &mut AnyConnection,
    id: i64,
    progress: Option<(i64, i64)>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE announcements SET state = 'sending', progress_chat = $2, progress_message = $3 \
         WHERE id = $1 AND state = 'draft'",
    )
    .bind(id)
    .bind(progress.map(|p| p.0))
    .bind(progress.map(|p| p.1))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Sessions changed on site.
pub async fn changes(conn: &mut AnyConnection) -> Result<Vec<Change>> {
    type ChangeRow = (String, i64, Option<String>, Option<String>, i64);
    let rows: Vec<ChangeRow> = sqlx::query_as(
        "SELECT session_id, delay_minutes, venue, room, cancelled FROM session_changes \
         ORDER BY session_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(session_id, delay_minutes, venue, room, cancelled)| Change {
                session_id,
                delay_minutes,
                venue,
                room,
                cancelled: cancelled != 0,
            },
        )
        .collect())
}

/// Stores a session's change (replacing the one before).
pub async fn put_change(
    conn: &mut AnyConnection,
    c: &Change,
    by: i64,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO session_changes (session_id, delay_minutes, venue, room, cancelled, \
         changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (session_id) DO UPDATE SET delay_minutes = excluded.delay_minutes, \
         venue = excluded.venue, room = excluded.room, cancelled = excluded.cancelled, \
         changed_by = excluded.changed_by, changed_at = excluded.changed_at",
    )
    .bind(&c.session_id)
    .bind(c.delay_minutes)
    .bind(&c.venue)
    .bind(&c.room)
    .bind(i64::from(c.cancelled))
    .bind(by)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}
