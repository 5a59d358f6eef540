//! The `questions`, `tickets`, `ticket_messages` and `volunteers` tables:
//! typed questions, those passed to volunteers, what was relayed, and who
//! answers in which language.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// Where a ticket stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Open,
    Claimed,
    Closed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Claimed => "claimed",
            Status::Closed => "closed",
        }
    }

    fn parse(s: &str) -> Status {
        match s {
            "claimed" => Status::Claimed,
            "closed" => Status::Closed,
            _ => Status::Open,
        }
    }
}

/// A ticket as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub id: i64,
    pub telegram_id: i64,
    pub lang: String,
    pub question: String,
    pub first_name: String,
    pub delegation: Option<String>,
    pub status: Status,
    pub group_chat_id: Option<i64>,
    pub group_message_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub claimed_by: Option<i64>,
    pub claimed_name: Option<String>,
    pub created_at: DateTime<Utc>,
}

type Row = (
    i64,
    i64,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    String,
);

const SELECT: &str = "SELECT t.id, t.telegram_id, t.lang, t.question, t.first_name, \
     t.delegation, t.status, t.group_chat_id, t.group_message_id, t.thread_id, t.claimed_by, \
     t.claimed_name, t.created_at FROM tickets t";

fn parse_time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

fn from_row(r: Row) -> Ticket {
    Ticket {
        id: r.0,
        telegram_id: r.1,
        lang: r.2,
        question: r.3,
        first_name: r.4,
        delegation: r.5,
        status: Status::parse(&r.6),
        group_chat_id: r.7,
        group_message_id: r.8,
        thread_id: r.9,
        claimed_by: r.10,
        claimed_name: r.11,
        created_at: parse_time(&r.12),
    }
}

/// Records a typed question and what answered it (`None`: not sure).
/// Returns its id; the same message again (a redelivered update) returns
/// the id it already has, with `false`.
pub async fn record_question(
    conn: &mut AnyConnection,
    telegram_id: i64,
    message_id: i64,
    text: &str,
    lang: &str,
    answer: Option<&str>,
    at: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let inserted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO questions (telegram_id, message_id, text, lang, answer, asked_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (telegram_id, message_id) DO NOTHING \
         RETURNING id",
    )
    .bind(telegram_id)
    .bind(message_id)
    .bind(text)
    .bind(lang)
    .bind(answer)
    .bind(timestamp(at))
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((id,)) = inserted {
        return Ok((id, true));
    }
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM questions WHERE telegram_id = $1 AND message_id = $2")
            .bind(telegram_id)
            .bind(message_id)
            .fetch_one(&mut *conn)
            .await?;
    Ok((id, false))
}

/// A question's text, if it is `telegram_id`'s.
pub async fn question(
    conn: &mut AnyConnection,
    id: i64,
    telegram_id: i64,
) -> Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT text FROM questions WHERE id = $1 AND telegram_id = $2")
            .bind(id)
            .bind(telegram_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|r| r.0))
}

/// How many typed questions were asked, and how many the bot answered.
pub async fn question_counts(conn: &mut AnyConnection) -> Result<(i64, i64)> {
    let row: (i64, i64) = sqlx::query_as("SELECT COUNT(*), COUNT(answer) FROM questions")
        .fetch_one(&mut *conn)
        .await?;
    Ok(row)
}

/// A new ticket's facts.
#[derive(Debug, Clone)]
pub struct NewTicket<'a> {
    pub telegram_id: i64,
    /// What opened it (see the table's comment): a redelivery finds it.
    pub source: i64,
    pub lang: &'a str,
    pub question: &'a str,
    pub first_name: &'a str,
    pub delegation: Option<&'a str>,
}

/// Opens a ticket; `(id, false)` when `source` already opened one.
pub async fn open(
    conn: &mut AnyConnection,
    t: &NewTicket<'_>,
    at: DateTime<Utc>,
) -> Result<(i64, bool)> {
    let inserted: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO tickets (telegram_id, source, lang, question, first_name, delegation, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (telegram_id, source) DO NOTHING RETURNING id",
    )
    .bind(t.telegram_id)
    .bind(t.source)
    .bind(t.lang)
    .bind(t.question)
    .bind(t.first_name)
    .bind(t.delegation)
    .bind(timestamp(at))
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((id,)) = inserted {
        return Ok((id, true));
    }
    let (id,): (i64,) =
        sqlx::query_as("SELECT id FROM tickets WHERE telegram_id = $1 AND source = $2")
            .bind(t.telegram_id)
            .bind(t.source)
            .fetch_one(&mut *conn)
            .await?;
    Ok((id, false))
}

pub async fn get(conn: &mut AnyConnection, id: i64) -> Result<Option<Ticket>> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE t.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(from_row))
}

/// The delegate's ticket that is not closed (the latest), if any.
pub async fn open_of(conn: &mut AnyConnection, telegram_id: i64) -> Result<Option<Ticket>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE t.telegram_id = $1 AND t.status <> 'closed' ORDER BY t.id DESC LIMIT 1"
    ))
    .bind(telegram_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(from_row))
}

/// Where the ticket was posted in the volunteers' group.
pub async fn set_posted(
    conn: &mut AnyConnection,
    id: i64,
    chat_id: i64,
    message_id: i64,
    thread_id: Option<i64>,
) -> Result<()> {
    sqlx::query(
        "UPDATE tickets SET group_chat_id = $2, group_message_id = $3, thread_id = $4 \
         WHERE id = $1",
    )
    .bind(id)
    .bind(chat_id)
    .bind(message_id)
    .bind(thread_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The ticket a message of the volunteers' group replies to: its post, a
/// message relayed into it, or a volunteer's earlier answer.
pub async fn by_group_message(
    conn: &mut AnyConnection,
    chat_id: i64,
    message_id: i64,
) -> Result<Option<Ticket>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE (t.group_chat_id = $1 AND t.group_message_id = $2) \
         OR t.id IN (SELECT m.ticket_id FROM ticket_messages m \
            WHERE (m.copy_chat_id = $1 AND m.copy_message_id = $2) \
               OR (m.chat_id = $1 AND m.message_id = $2)) \
         ORDER BY t.id DESC LIMIT 1"
    ))
    .bind(chat_id)
    .bind(message_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(from_row))
}

/// The ticket of a forum topic.
pub async fn by_thread(
    conn: &mut AnyConnection,
    chat_id: i64,
    thread_id: i64,
) -> Result<Option<Ticket>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE t.group_chat_id = $1 AND t.thread_id = $2 ORDER BY t.id DESC LIMIT 1"
    ))
    .bind(chat_id)
    .bind(thread_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(from_row))
}

/// Gives an open ticket to a volunteer. `false`: it was not open (claimed
/// by someone, or closed): read it again to say by whom.
pub async fn claim(
    conn: &mut AnyConnection,
    id: i64,
    volunteer: i64,
    name: &str,
    at: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE tickets SET status = 'claimed', claimed_by = $2, claimed_name = $3, \
         claimed_at = $4 WHERE id = $1 AND status = 'open'",
    )
    .bind(id)
    .bind(volunteer)
    .bind(name)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Closes a ticket. `false`: it was closed already.
pub async fn close(conn: &mut AnyConnection, id: i64, at: DateTime<Utc>) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE tickets SET status = 'closed', closed_at = $2 WHERE id = $1 AND status <> 'closed'",
    )
    .bind(id)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Notes the first answer a volunteer gave (for the median time to it).
pub async fn answered(conn: &mut AnyConnection, id: i64, at: DateTime<Utc>) -> Result<()> {
    sqlx::query("UPDATE tickets SET first_answer_at = COALESCE(first_answer_at, $2) WHERE id = $1")
        .bind(id)
        .bind(timestamp(at))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records the delegate's feedback once. `false`: not theirs, not closed,
/// or given already.
pub async fn feedback(
    conn: &mut AnyConnection,
    id: i64,
    telegram_id: i64,
    helpful: bool,
) -> Result<bool> {
    let done = sqlx::query(
        "UPDATE tickets SET helpful = $3 WHERE id = $1 AND telegram_id = $2 \
         AND status = 'closed' AND helpful IS NULL",
    )
    .bind(id)
    .bind(telegram_id)
    .bind(i64::from(helpful))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a message to relay. `false`: it was recorded already (a
/// redelivered update): do not relay it again.
pub async fn add_message(
    conn: &mut AnyConnection,
    ticket_id: i64,
    from_volunteer: bool,
    chat_id: i64,
    message_id: i64,
    at: DateTime<Utc>,
) -> Result<bool> {
    let done = sqlx::query(
        "INSERT INTO ticket_messages (ticket_id, from_volunteer, chat_id, message_id, at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (chat_id, message_id) DO NOTHING",
    )
    .bind(ticket_id)
    .bind(i64::from(from_volunteer))
    .bind(chat_id)
    .bind(message_id)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Where a recorded message was relayed to.
pub async fn set_copy(
    conn: &mut AnyConnection,
    chat_id: i64,
    message_id: i64,
    copy_chat_id: i64,
    copy_message_id: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE ticket_messages SET copy_chat_id = $3, copy_message_id = $4 \
         WHERE chat_id = $1 AND message_id = $2",
    )
    .bind(chat_id)
    .bind(message_id)
    .bind(copy_chat_id)
    .bind(copy_message_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Forgets a message that could not be relayed (so that a redelivery may
/// try again).
pub async fn remove_message(conn: &mut AnyConnection, chat_id: i64, message_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM ticket_messages WHERE chat_id = $1 AND message_id = $2")
        .bind(chat_id)
        .bind(message_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How many tickets the delegate opened, and messages they sent to
/// volunteers, since `since`.
pub async fn recent_activity(
    conn: &mut AnyConnection,
    telegram_id: i64,
    since: DateTime<Utc>,
) -> Result<(i64, i64)> {
    let since = timestamp(since);
    let (tickets,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM tickets WHERE telegram_id = $1 AND created_at >= $2")
            .bind(telegram_id)
            .bind(&since)
            .fetch_one(&mut *conn)
            .await?;
    let (messages,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM ticket_messages WHERE chat_id = $1 AND from_volunteer = 0 \
         AND at >= $2",
    )
    .bind(telegram_id)
    .bind(&since)
    .fetch_one(&mut *conn)
    .await?;
    Ok((tickets, messages))
}

/// Takes the open (unclaimed) tickets last raised (or opened) before
/// `cutoff`, marking them raised at `at`: each is taken once, also with
/// several instances.
pub async fn take_unclaimed(
    conn: &mut AnyConnection,
    cutoff: DateTime<Utc>,
    at: DateTime<Utc>,
) -> Result<Vec<Ticket>> {
    let ids: Vec<(i64,)> = sqlx::query_as(
        "UPDATE tickets SET raised_at = $2 WHERE status = 'open' \
         AND group_message_id IS NOT NULL AND COALESCE(raised_at, created_at) <= $1 \
         RETURNING id",
    )
    .bind(timestamp(cutoff))
    .bind(timestamp(at))
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for (id,) in ids {
        if let Some(t) = get(conn, id).await? {
            out.push(t);
        }
    }
    Ok(out)
}

/// The organisers' figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub open: i64,
    pub claimed: i64,
    pub closed: i64,
    pub helpful: i64,
    pub rated: i64,
    /// Median seconds from a ticket to its first answer.
    pub median_first_answer: Option<i64>,
}

pub async fn figures(conn: &mut AnyConnection) -> Result<Figures> {
    let counts: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM tickets GROUP BY status")
            .fetch_all(&mut *conn)
            .await?;
    let mut f = Figures::default();
    for (status, n) in counts {
        match Status::parse(&status) {
            Status::Open => f.open = n,
            Status::Claimed => f.claimed = n,
            Status::Closed => f.closed = n,
        }
    }
    let (helpful, rated): (i64, i64) = sqlx::query_as(
        "SELECT CAST(COALESCE(SUM(helpful), 0) AS BIGINT), COUNT(helpful) FROM tickets",
    )
    .fetch_one(&mut *conn)
    .await?;
    f.helpful = helpful;
    f.rated = rated;
    let times: Vec<(String, String)> = sqlx::query_as(
        "SELECT created_at, first_answer_at FROM tickets WHERE first_answer_at IS NOT NULL",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut secs: Vec<i64> = times
        .iter()
        .map(|(a, b)| (parse_time(b) - parse_time(a)).num_seconds())
        .collect();
    secs.sort_unstable();
    f.median_first_answer = match secs.len() {
        0 => None,
        n if n % 2 == 1 => Some(secs[n / 2]),
        n => Some((secs[n / 2 - 1] + secs[n / 2]) / 2),
    };
    Ok(f)
}

/// Stores the languages a volunteer answers in.
pub async fn set_languages(
    conn: &mut AnyConnection,
    telegram_id: i64,
    name: &str,
    languages: &[String],
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO volunteers (telegram_id, name, languages, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (telegram_id) DO UPDATE SET name = $2, languages = $3, updated_at = $4",
    )
    .bind(telegram_id)
    .bind(name)
    .bind(languages.join(","))
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The languages a volunteer answers in.
pub async fn languages(conn: &mut AnyConnection, telegram_id: i64) -> Result<Vec<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT languages FROM volunteers WHERE telegram_id = $1")
            .bind(telegram_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row
        .map(|(l,)| {
            l.split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default())
}

/// Volunteers (id, name) who answer in `lang`, or every volunteer who set
/// any language (`None`).
pub async fn volunteers(
    conn: &mut AnyConnection,
    lang: Option<&str>,
) -> Result<Vec<(i64, String)>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT telegram_id, name, languages FROM volunteers WHERE languages <> '' \
         ORDER BY telegram_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter(|(_, _, langs)| lang.is_none_or(|l| langs.split(',').any(|x| x == l)))
        .map(|(id, name, _)| (id, name))
        .collect())
}
