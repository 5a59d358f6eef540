//! Settings, from the environment and a `.env` file. Secrets are never
//! printed: the token is kept in a [`SecretString`] whose `Debug` hides it.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use secrecy::SecretString;
use url::Url;

use crate::clock::Clock;
use crate::db::Backend;
use crate::error::{Error, Result};
use crate::i18n::Lang;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://delegate-desk.db";
/// Minutes before an unclaimed question is raised again.
pub const DEFAULT_RERAISE_MINUTES: u32 = 10;

pub struct Settings {
    /// `TELOXIDE_TOKEN`: required to run.
    pub token: Option<SecretString>,
    /// `TELOXIDE_API_URL`: a self-hosted Bot API server (tests use one too).
    pub api_url: Option<Url>,
    /// `DATABASE_URL`: `sqlite://…` or `postgres://…`. May hold a password:
    /// `Debug` hides it.
    pub database_url: String,
    /// `ORGANISER_IDS`: Telegram user ids of organisers (for later features).
    pub organiser_ids: Vec<u64>,
    /// `VOLUNTEER_CHAT_ID`: the volunteers' group (for later features).
    pub volunteer_chat_id: Option<i64>,
    /// `VOLUNTEER_LANGUAGE`: the language the bot writes to volunteers in.
    pub volunteer_language: Lang,
    /// `TICKET_RERAISE_MINUTES`: after how long an unclaimed question is
    /// raised again in the volunteers' group.
    pub reraise_minutes: u32,
    /// `BROADCAST_RATE`: messages a second for announcements and replies
    /// together (default 30, Telegram's free limit; up to 1000 with
    /// `PAID_BROADCAST`).
    pub broadcast_rate: u32,
    /// `PAID_BROADCAST`: `true` to send broadcasts with
    /// `allow_paid_broadcast` (0.1 Star each), above 30 a second.
    pub paid_broadcast: bool,
    /// `EVENT_DIR`: the event content folder; `None`: the bundled event.
    pub event_dir: Option<PathBuf>,
    /// `LOCALES_DIR`: the interface translations; `None`: the bundled ones.
    pub locales_dir: Option<PathBuf>,
    /// `DELEGATE_DESK_NOW`: pins the clock (RFC 3339).
    pub clock: Clock,
    /// `METRICS_ADDR`: where `/healthz` and `/metrics` listen; `None`: not
    /// served.
    pub metrics_addr: Option<SocketAddr>,
    /// `WEBHOOK_URL` (with `WEBHOOK_SECRET`, `WEBHOOK_LISTEN`): webhook
    /// mode; `None`: long polling.
    pub webhook: Option<Webhook>,
}

/// Webhook mode: Telegram posts updates to `url`, which a reverse proxy
/// passes to `listen` (same path).
pub struct Webhook {
    /// `WEBHOOK_URL`: the public `https://` address registered with
    /// Telegram; its path is the path served.
    pub url: Url,
    /// `WEBHOOK_LISTEN`: the address the bot listens on (default
    /// 127.0.0.1:8080).
    pub listen: SocketAddr,
    /// `WEBHOOK_SECRET`: Telegram sends it with every update; requests
    /// without it are refused (401).
    pub secret: SecretString,
}

/// Where the bot listens for webhook requests unless told otherwise.
pub const DEFAULT_WEBHOOK_LISTEN: &str = "127.0.0.1:8080";

fn invalid(name: &str, why: impl std::fmt::Display) -> Error {
    Error::Config(format!("setting {name} is malformed: {why}"))
}

impl Settings {
    /// Every setting's name.
    pub const NAMES: [&'static str; 17] = [
        "TELOXIDE_TOKEN",
        "TELOXIDE_API_URL",
        "DATABASE_URL",
        "ORGANISER_IDS",
        "VOLUNTEER_CHAT_ID",
        "VOLUNTEER_LANGUAGE",
        "TICKET_RERAISE_MINUTES",
        "BROADCAST_RATE",
        "PAID_BROADCAST",
        "EVENT_DIR",
        "LOCALES_DIR",
        "DELEGATE_DESK_NOW",
        "METRICS_ADDR",
        "WEBHOOK_URL",
        "WEBHOOK_LISTEN",
        "WEBHOOK_SECRET",
        "LOG_FORMAT",
    ];

    /// Reads the settings from the process environment.
    pub fn from_env() -> Result<Settings> {
        for name in Settings::NAMES {
            if let Err(std::env::VarError::NotUnicode(_)) = std::env::var(name) {
                return Err(invalid(name, "not valid UTF-8"));
            }
        }
        Settings::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads the settings through `get`, which returns a variable's value.
    /// Empty values count as unset.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Settings> {
        let get = |name: &str| {
            get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };

        let token = get("TELOXIDE_TOKEN").map(SecretString::from);
        let api_url = get("TELOXIDE_API_URL")
            .map(|v| Url::parse(&v).map_err(|e| invalid("TELOXIDE_API_URL", e)))
            .transpose()?;
        let organiser_ids = get("ORGANISER_IDS")
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| {
                        s.parse::<u64>().map_err(|_| {
                            invalid("ORGANISER_IDS", format!("`{s}` is not a Telegram user id"))
                        })
                    })
                    .collect::<Result<Vec<_>>>()
            })
            .transpose()?
            .unwrap_or_default();
        let volunteer_chat_id = get("VOLUNTEER_CHAT_ID")
            .map(|v| {
                v.parse::<i64>()
                    .map_err(|_| invalid("VOLUNTEER_CHAT_ID", format!("`{v}` is not a chat id")))
            })
            .transpose()?;
        let volunteer_language = match get("VOLUNTEER_LANGUAGE") {
            None => Lang::En,
            Some(v) => Lang::from_code(&v).ok_or_else(|| {
                invalid(
                    "VOLUNTEER_LANGUAGE",
                    format!("`{v}` is not one of the desk's languages (en, zh-CN, id, ms, th, vi, fil, km, lo, my)"),
                )
            })?,
        };
        let reraise_minutes = match get("TICKET_RERAISE_MINUTES") {
            None => DEFAULT_RERAISE_MINUTES,
            Some(v) => v
                .parse::<u32>()
                .ok()
                .filter(|m| (1..=1440).contains(m))
                .ok_or_else(|| {
                    invalid(
                        "TICKET_RERAISE_MINUTES",
                        format!("`{v}` is not a number of minutes from 1 to 1440"),
                    )
                })?,
        };
        let paid_broadcast = match get("PAID_BROADCAST").as_deref() {
            None | Some("false") | Some("0") | Some("no") => false,
            Some("true") | Some("1") | Some("yes") => true,
            Some(v) => {
                return Err(invalid(
                    "PAID_BROADCAST",
                    format!("`{v}` is not true or false"),
                ));
            }
        };
        use crate::announcements::pace::{DEFAULT_RATE, MAX_RATE};
        let broadcast_rate = match get("BROADCAST_RATE") {
            None => DEFAULT_RATE,
            Some(v) => {
                let limit = if paid_broadcast {
                    MAX_RATE
                } else {
                    DEFAULT_RATE
                };
                v.parse::<u32>()
                    .ok()
                    .filter(|r| (1..=limit).contains(r))
                    .ok_or_else(|| {
                        let why = if paid_broadcast {
                            format!("`{v}` is not a number of messages a second from 1 to {MAX_RATE}")
                        } else {
                            format!(
                                "`{v}` is not a number of messages a second from 1 to {DEFAULT_RATE} \
                                 (above {DEFAULT_RATE}, Telegram requires PAID_BROADCAST=true)"
                            )
                        };
                        invalid("BROADCAST_RATE", why)
                    })?
            }
        };
        let clock = match get("DELEGATE_DESK_NOW") {
            None => Clock::System,
            Some(v) => Clock::Fixed(
                DateTime::parse_from_rfc3339(&v)
                    .map_err(|e| {
                        invalid(
                            "DELEGATE_DESK_NOW",
                            format!("`{v}` is not a moment like 2025-01-16T10:30:00+08:00 ({e})"),
                        )
                    })?
                    .with_timezone(&Utc),
            ),
        };
        let database_url = get("DATABASE_URL").unwrap_or_else(|| DEFAULT_DATABASE_URL.into());
        if Backend::of_url(&database_url).is_none() {
            return Err(invalid(
                "DATABASE_URL",
                "use sqlite://<file> or postgres://<user>@<host>/<database>",
            ));
        }
        if database_url.contains(":memory:") || database_url.contains("mode=memory") {
            return Err(invalid(
                "DATABASE_URL",
                "an in-memory database loses everything at each restart: use sqlite://<file>",
            ));
        }
        let address = |name: &str| {
            get(name)
                .map(|v| {
                    v.parse::<SocketAddr>().map_err(|_| {
                        invalid(name, format!("`{v}` is not an address like 127.0.0.1:9090"))
                    })
                })
                .transpose()
        };
        let metrics_addr = address("METRICS_ADDR")?;
        let webhook = match get("WEBHOOK_URL") {
            None => {
                for name in ["WEBHOOK_SECRET", "WEBHOOK_LISTEN"] {
                    if get(name).is_some() {
                        return Err(invalid(
                            name,
                            "it is used in webhook mode only: set WEBHOOK_URL too, or remove it",
                        ));
                    }
                }
                None
            }
            Some(v) => {
                let url = Url::parse(&v)
                    .ok()
                    .filter(|u| u.scheme() == "https" && u.host().is_some())
                    .ok_or_else(|| {
                        invalid(
                            "WEBHOOK_URL",
                            format!("`{v}` is not a public https:// address (Telegram posts only to https)"),
                        )
                    })?;
                let secret = get("WEBHOOK_SECRET")
                    .filter(|s| {
                        (1..=256).contains(&s.len())
                            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                    })
                    .ok_or_else(|| {
                        invalid(
                            "WEBHOOK_SECRET",
                            "webhook mode needs a secret of 1 to 256 letters, digits, _ or - \
                             (Telegram sends it with every update; requests without it are refused)",
                        )
                    })?;
                let listen = match address("WEBHOOK_LISTEN")? {
                    Some(a) => a,
                    None => DEFAULT_WEBHOOK_LISTEN
                        .parse()
                        .map_err(|_| invalid("WEBHOOK_LISTEN", DEFAULT_WEBHOOK_LISTEN))?,
                };
                Some(Webhook {
                    url,
                    listen,
                    secret: SecretString::from(secret),
                })
            }
        };
        Ok(Settings {
            token,
            api_url,
            database_url,
            organiser_ids,
            volunteer_chat_id,
            volunteer_language,
            reraise_minutes,
            broadcast_rate,
            paid_broadcast,
            event_dir: get("EVENT_DIR").map(PathBuf::from),
            locales_dir: get("LOCALES_DIR").map(PathBuf::from),
            clock,
            metrics_addr,
            webhook,
        })
    }

    /// The token, or the one-line error that says it is missing.
    pub fn require_token(&self) -> Result<&SecretString> {
        self.token.as_ref().ok_or_else(|| {
            Error::Config(
                "setting TELOXIDE_TOKEN is missing: put the token from @BotFather in .env".into(),
            )
        })
    }
}

/// `DATABASE_URL` with any password (`user:password@`, `?password=`)
/// replaced by `***`.
pub fn redacted_url(url: &str) -> String {
    let Ok(mut parsed) = Url::parse(url) else {
        // Not a URL we can read: show only the scheme.
        return format!("{}:…", url.split(':').next().unwrap_or_default());
    };
    if parsed.password().is_some() {
        // Only URLs that cannot have a password refuse this; ours can.
        let _ = parsed.set_password(Some("***"));
    }
    if parsed.query_pairs().any(|(k, _)| k == "password") {
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(k, v)| {
                let v = if k == "password" {
                    "***".into()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
    }
    parsed.to_string()
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("token", &self.token)
            .field("api_url", &self.api_url.as_ref().map(Url::as_str))
            .field("database_url", &redacted_url(&self.database_url))
            .field("organiser_ids", &self.organiser_ids)
            .field("volunteer_chat_id", &self.volunteer_chat_id)
            .field("volunteer_language", &self.volunteer_language)
            .field("reraise_minutes", &self.reraise_minutes)
            .field("broadcast_rate", &self.broadcast_rate)
            .field("paid_broadcast", &self.paid_broadcast)
            .field("event_dir", &self.event_dir)
            .field("locales_dir", &self.locales_dir)
            .field("clock", &self.clock)
            .field("metrics_addr", &self.metrics_addr)
            .field(
                "webhook",
                &self
                    .webhook
                    .as_ref()
                    .map(|w| (w.url.as_str(), w.listen, "secret: ***")),
            )
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(|k| map.get(k).cloned())
    }

    #[test]
    fn defaults_need_nothing_but_the_token_to_run() {
        let s = settings(&[]).unwrap();
        assert_eq!(s.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(s.clock, Clock::System);
        assert!(
            s.require_token()
                .unwrap_err()
                .to_string()
                .contains("TELOXIDE_TOKEN")
        );
    }

    #[test]
    fn the_token_is_never_printed() {
        let s = settings(&[("TELOXIDE_TOKEN", "123:SECRET-TOKEN")]).unwrap();
        assert!(!format!("{s:?}").contains("SECRET-TOKEN"));
    }

    #[test]
    fn the_database_password_is_never_printed() {
        let s = settings(&[(
            "DATABASE_URL",
            "postgres://desk:S3CRET-PW@db.example.org:5432/desk",
        )])
        .unwrap();
        let shown = format!("{s:?}");
        assert!(!shown.contains("S3CRET-PW"), "{shown}");
        assert!(
            shown.contains("postgres://desk:***@db.example.org:5432/desk"),
            "{shown}"
        );
        assert_eq!(
            redacted_url("sqlite://delegate-desk.db"),
            "sqlite://delegate-desk.db"
        );
        let shown = redacted_url("postgres://desk@db/desk?sslmode=require&password=S3CRET-PW");
        assert!(!shown.contains("S3CRET-PW"), "{shown}");
        assert!(
            shown.contains("sslmode=require") && shown.contains("password=***"),
            "{shown}"
        );
    }

    #[test]
    fn postgres_and_sqlite_urls_are_accepted_and_folders_default_to_the_bundled_ones() {
        for url in [
            "postgres://postgres@127.0.0.1/test",
            "postgresql://h/db",
            "sqlite://x.db",
        ] {
            assert_eq!(
                settings(&[("DATABASE_URL", url)]).unwrap().database_url,
                url
            );
        }
        let s = settings(&[]).unwrap();
        assert_eq!((s.event_dir, s.locales_dir), (None, None));
        let s = settings(&[("EVENT_DIR", "events/x"), ("LOCALES_DIR", " ")]).unwrap();
        assert_eq!(s.event_dir, Some(PathBuf::from("events/x")));
        assert_eq!(s.locales_dir, None);
    }

    #[test]
    fn malformed_settings_are_named() {
        for (name, value) in [
            ("TELOXIDE_API_URL", "not a url"),
            ("ORGANISER_IDS", "12,abc"),
            ("VOLUNTEER_CHAT_ID", "group"),
            ("DELEGATE_DESK_NOW", "tomorrow"),
            ("DATABASE_URL", "mysql://x"),
            ("DATABASE_URL", "sqlite::memory:"),
            ("DATABASE_URL", "sqlite://desk.db?mode=memory"),
            ("BROADCAST_RATE", "0"),
            ("BROADCAST_RATE", "31"),
            ("PAID_BROADCAST", "maybe"),
            ("METRICS_ADDR", "localhost"),
            ("WEBHOOK_URL", "http://desk.example.org/hook"),
            ("WEBHOOK_SECRET", "no-url-given"),
        ] {
            let err = settings(&[(name, value)]).unwrap_err().to_string();
            assert!(err.contains(name), "{err}");
            assert!(!err.contains('\n'), "{err}");
        }
    }

    #[test]
    fn webhook_mode_needs_https_and_a_secret_which_is_never_printed() {
        let url = ("WEBHOOK_URL", "https://desk.example.org/telegram/hook");
        let err = settings(&[url]).unwrap_err().to_string();
        assert!(err.contains("WEBHOOK_SECRET"), "{err}");
        let err = settings(&[url, ("WEBHOOK_SECRET", "has spaces in it")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("WEBHOOK_SECRET"), "{err}");
        let s = settings(&[url, ("WEBHOOK_SECRET", "S3cret_token-1")]).unwrap();
        let w = s.webhook.as_ref().unwrap();
        assert_eq!(w.url.path(), "/telegram/hook");
        assert_eq!(w.listen.to_string(), DEFAULT_WEBHOOK_LISTEN);
        assert!(!format!("{s:?}").contains("S3cret_token-1"));
        let s = settings(&[
            url,
            ("WEBHOOK_SECRET", "x"),
            ("WEBHOOK_LISTEN", "0.0.0.0:8443"),
            ("METRICS_ADDR", "127.0.0.1:9090"),
        ])
        .unwrap();
        assert_eq!(s.webhook.unwrap().listen.port(), 8443);
        assert_eq!(s.metrics_addr.unwrap().port(), 9090);
        assert!(settings(&[]).unwrap().webhook.is_none());
    }

    #[test]
    fn values_parse() {
        let s = settings(&[
            ("ORGANISER_IDS", " 1, 2 ,3"),
            ("VOLUNTEER_CHAT_ID", "-1001234"),
            ("DELEGATE_DESK_NOW", "2025-01-16T10:30:00+08:00"),
        ])
        .unwrap();
        assert_eq!(s.organiser_ids, [1, 2, 3]);
        assert_eq!((s.broadcast_rate, s.paid_broadcast), (30, false));
        let paid = settings(&[("BROADCAST_RATE", "1000"), ("PAID_BROADCAST", "true")]).unwrap();
        assert_eq!((paid.broadcast_rate, paid.paid_broadcast), (1000, true));
        assert_eq!(s.volunteer_chat_id, Some(-1001234));
        assert_eq!(
            s.clock,
            Clock::Fixed("2025-01-16T02:30:00Z".parse().unwrap())
        );
    }
}
