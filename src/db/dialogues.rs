//! The `dialogues` table: where each chat is in a conversation of several
//! steps, as JSON (the Telegram side decides what the steps are).

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// The chat's stored state, if it is in a conversation.
pub async fn get(conn: &mut AnyConnection, chat_id: i64) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as("SELECT state FROM dialogues WHERE chat_id = $1")
        .bind(chat_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|(state,)| state))
}

/// Stores the chat's state (replacing any).
pub async fn put(
    conn: &mut AnyConnection,
    chat_id: i64,
    state: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO dialogues (chat_id, state, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
    )
    .bind(chat_id)
    .bind(state)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Ends the chat's conversation (nothing happens if it had none).
pub async fn remove(conn: &mut AnyConnection, chat_id: i64) -> Result<()> {
    sqlx::query("DELETE FROM dialogues WHERE chat_id = $1")
        .bind(chat_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
