//! A fake Telegram Bot API server on loopback, for end-to-end tests of the
//! real binary.
//!
//! Every request is checked against the published Bot API specification
//! (`bot-api/bot-api-10.1.json`, vendored from the Bot API spec): the method must exist, every
//! required parameter must be present, no unknown parameter may be sent and
//! every value must have the documented type (nested objects included).
//! On top of that come Telegram's documented limits (text length, callback
//! data size, well-formed HTML, ...). Anything wrong is recorded as a
//! violation, which the tests assert to be empty.
//!
//! Parameters come as JSON or, with files (`sendPhoto`, `sendDocument`),
//! as multipart/form-data: text fields are typed as Telegram reads them
//! (`chat_id` a number, `reply_markup` JSON, ...), `attach://<part>` is
//! resolved, and each uploaded file is recorded as `{"file_name", "size",
//! "text" or "hex"}` for the tests to inspect ([`Call::file`]).
//!
//! Like Telegram, the server keeps state: the update queue (`getUpdates`
//! with `offset` confirmation and long polling), the messages in each chat
//! (so `editMessageText` of an unknown or unchanged message fails as it does
//! for real) and the callback queries waiting for an answer.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::TcpListener;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use serde_json::{Map, Value, json};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// The bot's username, as `getMe` reports it.
pub const BOT_USERNAME: &str = "delegate_desk_bot";
/// The longest a `getUpdates` long poll is held open.
const MAX_LONG_POLL: Duration = Duration::from_secs(1);
/// Telegram's limit on a message text (UTF-16 code units).
const TEXT_LIMIT: usize = 4096;
/// Telegram's limit on callback data (bytes).
const CALLBACK_DATA_LIMIT: usize = 64;
/// Telegram's limit on a caption (UTF-16 code units).
const CAPTION_LIMIT: usize = 1024;
/// Telegram's limit on an uploaded photo (bytes).
const PHOTO_LIMIT: usize = 10 * 1024 * 1024;
/// Telegram's limit on other uploaded files (bytes).
const FILE_LIMIT: usize = 50 * 1024 * 1024;

// ---------------------------------------------------------------------------
// The specification
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Field {
    name: String,
    types: Vec<String>,
    required: bool,
}

#[derive(Debug)]
struct MethodSpec {
    /// The canonical name, e.g. `sendMessage`.
    name: String,
    fields: Vec<Field>,
    returns: Vec<String>,
}

#[derive(Debug)]
struct TypeSpec {
    fields: Option<Vec<Field>>,
    subtypes: Vec<String>,
}

/// The Bot API as published: methods (by lower-case name) and types.
#[derive(Debug)]
pub struct Spec {
    version: String,
    methods: HashMap<String, MethodSpec>,
    types: HashMap<String, TypeSpec>,
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn fields(v: Option<&Value>) -> Option<Vec<Field>> {
    let list = v?.as_array()?;
    Some(
        list.iter()
            .map(|f| Field {
                name: f["name"].as_str().unwrap_or_default().to_string(),
                types: strings(f.get("types")),
                required: f["required"].as_bool().unwrap_or(false),
            })
            .collect(),
    )
}

impl Spec {
    /// The specification vendored with the tests (Bot API 10.1, as data;
    /// MIT, see bot-api/LICENSE), so that a fresh clone tests alone.
    pub fn bundled() -> Spec {
        Spec::parse(include_str!("bot-api/bot-api-10.1.json"))
    }

    pub fn parse(text: &str) -> Spec {
        let doc: Value = serde_json::from_str(text).expect("the Bot API spec is not JSON");
        let methods = doc["methods"]
            .as_object()
            .expect("spec without methods")
            .iter()
            .map(|(name, m)| {
                (
                    name.to_ascii_lowercase(),
                    MethodSpec {
                        name: name.clone(),
                        fields: fields(m.get("fields")).unwrap_or_default(),
                        returns: strings(m.get("returns")),
                    },
                )
            })
            .collect();
        let types = doc["types"]
            .as_object()
            .expect("spec without types")
            .iter()
            .map(|(name, t)| {
                (
                    name.clone(),
                    TypeSpec {
                        fields: fields(t.get("fields")),
                        subtypes: strings(t.get("subtypes")),
                    },
                )
            })
            .collect();
        Spec {
            version: doc["version"].as_str().unwrap_or("?").to_string(),
            methods,
            types,
        }
    }

    fn method(&self, name: &str) -> Option<&MethodSpec> {
        self.methods.get(&name.to_ascii_lowercase())
    }

    /// Checks a method's parameters: required ones present, no unknown
    /// ones, every value of a documented type.
    pub fn check_params(&self, method: &str, params: &Map<String, Value>) -> Vec<String> {
        let Some(m) = self.method(method) else {
            return vec![format!("{method}: no such method in the Bot API")];
        };
        let mut out = Vec::new();
        self.check_fields(&m.name, &m.fields, params, &mut out);
        out
    }

    /// Checks that a value is of one of the given types, e.g. `["Update"]`.
    pub fn check_value(&self, path: &str, value: &Value, types: &[String]) -> Vec<String> {
        let mut out = Vec::new();
        self.check_alternatives(path, value, types, &mut out);
        out
    }

    fn check_fields(
        &self,
        path: &str,
        fields: &[Field],
        object: &Map<String, Value>,
        out: &mut Vec<String>,
    ) {
        for f in fields {
            if f.required && !object.contains_key(&f.name) {
                out.push(format!("{path}: required `{}` is missing", f.name));
            }
        }
        for (key, value) in object {
            match fields.iter().find(|f| &f.name == key) {
                None => out.push(format!("{path}: `{key}` is not a documented field")),
                Some(_) if value.is_null() => {
                    out.push(format!("{path}.{key}: null (leave optional fields out)"))
                }
                Some(f) => self.check_alternatives(&format!("{path}.{key}"), value, &f.types, out),
            }
        }
    }

    fn check_alternatives(
        &self,
        path: &str,
        value: &Value,
        types: &[String],
        out: &mut Vec<String>,
    ) {
        let mut best: Option<Vec<String>> = None;
        for t in types {
            let mut errors = Vec::new();
            self.check_one(path, value, t, &mut errors);
            if errors.is_empty() {
                return;
            }
            if best.as_ref().is_none_or(|b| errors.len() < b.len()) {
                best = Some(errors);
            }
        }
        match best {
            Some(errors) if types.len() == 1 => out.extend(errors),
            Some(errors) => out.push(format!(
                "{path}: matches none of {} ({})",
                types.join(" | "),
                errors.join("; ")
            )),
            None => {}
        }
    }

    fn check_one(&self, path: &str, value: &Value, ty: &str, out: &mut Vec<String>) {
        if let Some(inner) = ty.strip_prefix("Array of ") {
            match value.as_array() {
                Some(items) => {
                    for (i, item) in items.iter().enumerate() {
                        self.check_one(&format!("{path}[{i}]"), item, inner, out);
                    }
                }
                None => out.push(format!("{path}: expected {ty}, got {value}")),
            }
            return;
        }
        let ok = match ty {
            "String" => value.is_string(),
            "Integer" => value.is_i64() || value.is_u64(),
            "Float" => value.is_number(),
            "Boolean" => value.is_boolean(),
            "True" => value == &Value::Bool(true),
            // A file_id or URL, or a file uploaded with multipart/form-data
            // (see [`upload`]).
            "InputFile" => value.is_string() || is_upload(value),
            named => match self.types.get(named) {
                None => {
                    out.push(format!("{path}: the spec does not define type {named}"));
                    return;
                }
                Some(t) if !t.subtypes.is_empty() => {
                    self.check_alternatives(path, value, &t.subtypes, out);
                    return;
                }
                Some(t) => match (value.as_object(), &t.fields) {
                    (Some(object), Some(fields)) => {
                        self.check_fields(path, fields, object, out);
                        return;
                    }
                    (Some(_), None) => true,
                    (None, _) => false,
                },
            },
        };
        if !ok {
            out.push(format!("{path}: expected {ty}, got {value}"));
        }
    }
}

// ---------------------------------------------------------------------------
// Telegram's rules beyond the types
// ---------------------------------------------------------------------------

pub fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// Telegram HTML, as documented under "HTML style": the supported tags,
/// properly nested and closed, and every `&` starting one of the supported
/// entities. Returns the plain text (tags removed, entities decoded).
pub fn parse_telegram_html(html: &str) -> Result<String, String> {
    const TAGS: &[&str] = &[
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "tg-time",
        "code",
        "pre",
        "blockquote",
    ];
    let mut plain = String::new();
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let Some(end) = rest.find('>') else {
                    return Err(format!("unclosed `<` at {:?}", excerpt(rest)));
                };
                let inside = &rest[1..end];
                let at = excerpt(rest);
                rest = &rest[end + 1..];
                if let Some(name) = inside.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    match stack.pop() {
                        Some(open) if open == name => {}
                        Some(open) => {
                            return Err(format!("</{name}> closes <{open}> at {at:?}"));
                        }
                        None => return Err(format!("</{name}> was never opened, at {at:?}")),
                    }
                    continue;
                }
                let name_end = inside
                    .find(|c: char| c.is_whitespace())
                    .unwrap_or(inside.len());
                let name = inside[..name_end].to_ascii_lowercase();
                if !TAGS.contains(&name.as_str()) {
                    return Err(format!("unsupported tag <{name}> at {at:?}"));
                }
                let attrs = parse_attributes(&inside[name_end..])
                    .map_err(|e| format!("<{name}>: {e} at {at:?}"))?;
                let attr = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v);
                match name.as_str() {
                    "a" if attr("href").is_none() => {
                        return Err(format!("<a> without href at {at:?}"));
                    }
                    "span" if attr("class").map(String::as_str) != Some("tg-spoiler") => {
                        return Err(format!("<span> without class=\"tg-spoiler\" at {at:?}"));
                    }
                    "tg-emoji" if attr("emoji-id").is_none() => {
                        return Err(format!("<tg-emoji> without emoji-id at {at:?}"));
                    }
                    _ => {}
                }
                match stack.last().map(String::as_str) {
                    Some("pre") if name != "code" => {
                        return Err(format!("<{name}> inside <pre> at {at:?}"));
                    }
                    Some("code") => return Err(format!("<{name}> inside <code> at {at:?}")),
                    _ => {}
                }
                if name == "blockquote" && stack.iter().any(|t| t == "blockquote") {
                    return Err(format!("nested <blockquote> at {at:?}"));
                }
                stack.push(name);
            }
            '&' => {
                let (decoded, len) =
                    entity(rest).ok_or_else(|| format!("bare `&` at {:?}", excerpt(rest)))?;
                plain.push(decoded);
                rest = &rest[len..];
            }
            '>' => return Err(format!("bare `>` at {:?}", excerpt(rest))),
            c => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!("<{open}> is never closed"));
    }
    Ok(plain)
}

fn excerpt(s: &str) -> String {
    s.chars().take(40).collect()
}

/// The entity at the start of `s` (which starts with `&`): the character
/// and the entity's length in bytes.
fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s.find(';')?;
    let body = &s[1..semi];
    let c = match body {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let n = body.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) if !hex.is_empty() => u32::from_str_radix(hex, 16).ok()?,
                Some(_) => return None,
                None if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok()?,
                None => return None,
            };
            char::from_u32(code)?
        }
    };
    Some((c, semi + 1))
}

fn parse_attributes(mut s: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(out);
        }
        let key_end = s
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(s.len());
        let key = s[..key_end].to_ascii_lowercase();
        s = &s[key_end..];
        if let Some(after) = s.trim_start().strip_prefix('=') {
            let after = after.trim_start();
            let (value, rest) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..]
                        .find(q)
                        .ok_or_else(|| format!("unterminated value of `{key}`"))?;
                    (&after[1..1 + close], &after[close + 2..])
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            let mut decoded = String::new();
            let mut v = value;
            while let Some(c) = v.chars().next() {
                if c == '&' {
                    let (d, len) =
                        entity(v).ok_or_else(|| format!("bare `&` in the value of `{key}`"))?;
                    decoded.push(d);
                    v = &v[len..];
                } else {
                    decoded.push(c);
                    v = &v[c.len_utf8()..];
                }
            }
            out.push((key, decoded));
            s = rest;
        } else {
            out.push((key, String::new()));
        }
    }
}

/// Unicode isolation marks (FSI/PDI and friends): Telegram clients show
/// them as junk.
fn has_isolation_marks(s: &str) -> bool {
    s.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'])
}

fn each_string<'a>(path: &str, v: &'a Value, f: &mut dyn FnMut(&str, &'a str)) {
    match v {
        Value::String(s) => f(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                each_string(&format!("{path}[{i}]"), item, f);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                each_string(&format!("{path}.{k}"), item, f);
            }
        }
        _ => {}
    }
}

/// A parameter, or null when it is absent.
fn at<'a>(p: &'a Map<String, Value>, key: &str) -> &'a Value {
    p.get(key).unwrap_or(&Value::Null)
}

fn is_language_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// A broken rule: `fatal` ones make Telegram refuse the request (400).
struct Broken {
    fatal: bool,
    what: String,
}

fn fatal(what: String) -> Broken {
    Broken { fatal: true, what }
}

fn lenient(what: String) -> Broken {
    Broken { fatal: false, what }
}

/// Telegram's documented limits for the methods the bot uses.
fn check_rules(method: &str, p: &Map<String, Value>) -> Vec<Broken> {
    let mut out = Vec::new();
    let str_of = |k: &str| p.get(k).and_then(Value::as_str);

    each_string(method, &Value::Object(p.clone()), &mut |path, s| {
        if has_isolation_marks(s) {
            out.push(lenient(format!(
                "{path}: contains Unicode isolation marks (U+2066..U+2069): {s:?}"
            )));
        }
    });

    if let Some(mode) = str_of("parse_mode")
        && !["HTML", "Markdown", "MarkdownV2"].contains(&mode)
    {
        out.push(fatal(format!("{method}.parse_mode: unsupported {mode:?}")));
    }
    if let Some(text) = str_of("text")
        && matches!(method, "sendMessage" | "editMessageText")
    {
        if utf16_len(text) > TEXT_LIMIT {
            out.push(fatal(format!(
                "{method}.text: {} UTF-16 units, over Telegram's {TEXT_LIMIT}",
                utf16_len(text)
            )));
        }
        let plain = if str_of("parse_mode") == Some("HTML") {
            match parse_telegram_html(text) {
                Ok(plain) => plain,
                Err(e) => {
                    out.push(fatal(format!("{method}.text: can't parse entities: {e}")));
                    text.to_string()
                }
            }
        } else {
            text.to_string()
        };
        if plain.trim().is_empty() {
            out.push(fatal(format!("{method}.text: message text is empty")));
        }
    }
    if let Some(caption) = str_of("caption") {
        // Counted on the caption as sent, as for `text` above.
        if utf16_len(caption) > CAPTION_LIMIT {
            out.push(fatal(format!(
                "{method}.caption: {} UTF-16 units, over Telegram's {CAPTION_LIMIT}",
                utf16_len(caption)
            )));
        }
        if str_of("parse_mode") == Some("HTML")
            && let Err(e) = parse_telegram_html(caption)
        {
            out.push(fatal(format!(
                "{method}.caption: can't parse entities: {e}"
            )));
        }
    }
    for (key, value) in p {
        let Some(bytes) = upload_bytes(value) else {
            continue;
        };
        let photo = method == "sendPhoto" && key == "photo";
        let limit = if photo { PHOTO_LIMIT } else { FILE_LIMIT };
        if bytes.is_empty() {
            out.push(fatal(format!("{method}.{key}: the file is empty")));
        } else if bytes.len() > limit {
            out.push(fatal(format!(
                "{method}.{key}: {} bytes, over Telegram's {limit}",
                bytes.len()
            )));
        }
        if photo {
            match image_size(&bytes) {
                None => out.push(fatal(format!(
                    "{method}.photo: not an image Telegram can read (IMAGE_PROCESS_FAILED)"
                ))),
                Some((w, h)) if w + h > 10_000 || w.max(h) > 20 * w.min(h).max(1) => {
                    out.push(fatal(format!(
                        "{method}.photo: {w} × {h} (PHOTO_INVALID_DIMENSIONS)"
                    )))
                }
                Some(_) => {}
            }
        }
    }
    if let Some(rows) = p
        .get("reply_markup")
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(Value::as_array)
    {
        for (r, row) in rows.iter().enumerate() {
            for (c, button) in row.as_array().into_iter().flatten().enumerate() {
                let at = format!("{method}.reply_markup.inline_keyboard[{r}][{c}]");
                if button["text"].as_str().is_some_and(|t| t.trim().is_empty()) {
                    out.push(fatal(format!("{at}.text: empty button label")));
                }
                if let Some(data) = button["callback_data"].as_str()
                    && (data.is_empty() || data.len() > CALLBACK_DATA_LIMIT)
                {
                    out.push(fatal(format!(
                        "{at}.callback_data: {} bytes, must be 1-{CALLBACK_DATA_LIMIT} ({data:?})",
                        data.len()
                    )));
                }
            }
        }
    }
    match method {
        "answerCallbackQuery" => {
            if let Some(text) = str_of("text")
                && text.chars().count() > 200
            {
                out.push(fatal(format!("{method}.text: over 200 characters")));
            }
        }
        "setMyCommands" => {
            let commands = at(p, "commands").as_array().cloned().unwrap_or_default();
            if commands.len() > 100 {
                out.push(fatal(format!("{method}: over 100 commands")));
            }
            for (i, c) in commands.iter().enumerate() {
                let name = c["command"].as_str().unwrap_or_default();
                if name.is_empty()
                    || name.len() > 32
                    || !name
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                {
                    out.push(fatal(format!(
                        "{method}.commands[{i}]: bad command {name:?}"
                    )));
                }
                let n = c["description"]
                    .as_str()
                    .unwrap_or_default()
                    .chars()
                    .count();
                if !(1..=256).contains(&n) {
                    out.push(fatal(format!(
                        "{method}.commands[{i}].description: {n} characters, must be 1-256"
                    )));
                }
            }
        }
        "setMyDescription" | "setMyShortDescription" => {
            let (key, limit) = if method == "setMyDescription" {
                ("description", 512)
            } else {
                ("short_description", 120)
            };
            if let Some(n) = str_of(key).map(|s| s.chars().count())
                && n > limit
            {
                out.push(fatal(format!(
                    "{method}.{key}: {n} characters, over {limit}"
                )));
            }
        }
        "sendVenue" => {
            let lat = at(p, "latitude").as_f64().unwrap_or(f64::NAN);
            let lon = at(p, "longitude").as_f64().unwrap_or(f64::NAN);
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                out.push(fatal(format!("{method}: no such place ({lat}, {lon})")));
            }
            for key in ["title", "address"] {
                if str_of(key).is_some_and(|s| s.trim().is_empty()) {
                    out.push(fatal(format!("{method}.{key}: empty")));
                }
            }
        }
        _ => {}
    }
    if matches!(
        method,
        "setMyCommands" | "setMyDescription" | "setMyShortDescription" | "getMyCommands"
    ) && let Some(code) = str_of("language_code")
        && !is_language_code(code)
    {
        out.push(fatal(format!(
            "{method}.language_code: {code:?} is not a two-letter ISO 639-1 code"
        )));
    }
    out
}

// ---------------------------------------------------------------------------
// Uploads: multipart/form-data, as Telegram reads it
// ---------------------------------------------------------------------------

/// One part of a multipart/form-data body.
#[derive(Debug)]
struct FormPart {
    name: String,
    file_name: Option<String>,
    content_type: Option<String>,
    data: Vec<u8>,
}

/// The parameters of a header value such as `multipart/form-data;
/// boundary=x` or `form-data; name="photo"; filename="a.png"` (names in
/// lower case, quoted values unquoted, `name*=utf-8''...` decoded).
fn header_params(value: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut rest = value.split_once(';').map_or("", |(_, r)| r);
    loop {
        rest = rest.trim_start_matches([' ', '\t', ';']);
        if rest.is_empty() {
            return Ok(out);
        }
        let eq = rest
            .find('=')
            .ok_or_else(|| format!("a parameter without a value in {value:?}"))?;
        let key = rest[..eq].trim().to_ascii_lowercase();
        rest = rest[eq + 1..].trim_start();
        let v = if let Some(quoted) = rest.strip_prefix('"') {
            let mut v = String::new();
            let mut chars = quoted.char_indices();
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '\\' => v.extend(chars.next().map(|(_, c)| c)),
                    '"' => {
                        end = Some(i + 1);
                        break;
                    }
                    c => v.push(c),
                }
            }
            rest = &quoted[end.ok_or_else(|| format!("an unclosed quote in {value:?}"))?..];
            v
        } else {
            let end = rest.find(';').unwrap_or(rest.len());
            let v = rest[..end].trim().to_string();
            rest = &rest[end..];
            v
        };
        match key.strip_suffix('*') {
            // RFC 5987: charset'language'percent-encoded
            Some(key) => {
                let encoded = v.splitn(3, '\'').nth(2).unwrap_or_default();
                let decoded = percent_decode(encoded)
                    .ok_or_else(|| format!("a malformed {key}* in {value:?}"))?;
                out.push((key.to_string(), decoded));
            }
            None => out.push((key, v)),
        }
    }
}

fn percent_decode(s: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' {
            let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).ok()
}

/// Where `needle` first occurs in `haystack` at or after `from`.
fn find_bytes(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// Splits a multipart/form-data body (RFC 7578) into its parts.
fn parse_multipart(body: &[u8], boundary: &str) -> Result<Vec<FormPart>, String> {
    let delimiter = format!("--{boundary}").into_bytes();
    let close = [b"\r\n".as_slice(), &delimiter].concat();
    // Anything before the first delimiter is a preamble, ignored.
    let mut at =
        find_bytes(body, 0, &delimiter).ok_or("the boundary is not in the body")? + delimiter.len();
    let mut parts = Vec::new();
    loop {
        let rest = &body[at..];
        if rest.starts_with(b"--") {
            return Ok(parts);
        }
        if !rest.starts_with(b"\r\n") || rest.starts_with(b"\r\n\r\n") {
            return Err(format!("part {} has no headers", parts.len() + 1));
        }
        let head_end = find_bytes(body, at + 2, b"\r\n\r\n")
            .ok_or_else(|| format!("part {}: no blank line after the headers", parts.len() + 1))?;
        let head = std::str::from_utf8(&body[at + 2..head_end])
            .map_err(|_| format!("part {}: headers not UTF-8", parts.len() + 1))?;
        let data_end = find_bytes(body, head_end + 4, &close)
            .ok_or_else(|| format!("part {}: not closed by the boundary", parts.len() + 1))?;
        let mut part = FormPart {
            name: String::new(),
            file_name: None,
            content_type: None,
            data: body[head_end + 4..data_end].to_vec(),
        };
        let mut disposition = false;
        for line in head.split("\r\n") {
            let (header, value) = line
                .split_once(':')
                .ok_or_else(|| format!("a malformed part header {line:?}"))?;
            match header.trim().to_ascii_lowercase().as_str() {
                "content-disposition" => {
                    if !value.trim().to_ascii_lowercase().starts_with("form-data") {
                        return Err(format!("Content-Disposition {value:?} is not form-data"));
                    }
                    disposition = true;
                    for (key, v) in header_params(value)? {
                        match key.as_str() {
                            "name" => part.name = v,
                            "filename" => part.file_name = Some(v),
                            _ => {}
                        }
                    }
                }
                "content-type" => part.content_type = Some(value.trim().to_string()),
                _ => {}
            }
        }
        if !disposition || part.name.is_empty() {
            return Err(format!("part {} has no name", parts.len() + 1));
        }
        parts.push(part);
        at = data_end + close.len();
    }
}

/// A text field as Telegram reads it for a parameter of `types`: as the
/// first of them it can be read as (`123` for an Integer, `true` for a
/// Boolean, JSON for an object or an array), else as a string. A field
/// the method does not have is read as JSON if it is JSON.
fn form_value(text: &str, types: &[String]) -> Value {
    if types.is_empty() {
        return serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.into()));
    }
    for t in types {
        let read = match t.as_str() {
            "Integer" => text.parse::<i64>().ok().map(Value::from),
            "Float" => text
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number),
            "Boolean" | "True" => match text {
                "true" => Some(Value::Bool(true)),
                "false" => Some(Value::Bool(false)),
                _ => None,
            },
            "String" | "InputFile" => None,
            _ => serde_json::from_str::<Value>(text)
                .ok()
                .filter(|v| v.is_object() || v.is_array()),
        };
        if let Some(v) = read {
            return v;
        }
    }
    Value::String(text.into())
}

/// The parameters of a multipart/form-data request (`content_type` is
/// the header, with its boundary), read as Telegram reads them: each text
/// field typed after the method's `fields`, each file as an [`upload`],
/// and `attach://<part>` replaced by the file sent in that part.
fn read_form(
    content_type: &str,
    body: &[u8],
    fields: &[Field],
) -> Result<Map<String, Value>, String> {
    let boundary = header_params(content_type)?
        .into_iter()
        .find(|(k, _)| k == "boundary")
        .map(|(_, v)| v)
        .filter(|b| !b.is_empty())
        .ok_or("multipart/form-data without a boundary")?;
    let mut names = BTreeSet::new();
    let mut texts = Vec::new();
    let mut files: HashMap<String, Value> = HashMap::new();
    for part in parse_multipart(body, &boundary)? {
        if !names.insert(part.name.clone()) {
            return Err(format!("part {:?} sent twice", part.name));
        }
        match (&part.file_name, std::str::from_utf8(&part.data)) {
            (None, Ok(text)) => texts.push((part.name.clone(), text.to_string())),
            _ => {
                files.insert(part.name.clone(), upload(&part));
            }
        }
    }
    let mut attached = BTreeSet::new();
    let mut params = Map::new();
    for (name, text) in texts {
        let types = fields
            .iter()
            .find(|f| f.name == name)
            .map_or(&[][..], |f| &f.types[..]);
        let value = match text.strip_prefix("attach://") {
            Some(part) if types.iter().any(|t| t == "InputFile") => {
                attached.insert(part.to_string());
                files
                    .get(part)
                    .cloned()
                    .ok_or_else(|| format!("{name}: {text} names no file part"))?
            }
            _ => {
                // Inside JSON (InputMedia's `media`), references stay
                // strings; the file must be there all the same.
                let value = form_value(&text, types);
                let mut missing = None;
                each_string(&name, &value, &mut |path, s| {
                    if let Some(part) = s.strip_prefix("attach://") {
                        if files.contains_key(part) {
                            attached.insert(part.to_string());
                        } else {
                            missing.get_or_insert(format!("{path}: {s} names no file part"));
                        }
                    }
                });
                if let Some(m) = missing {
                    return Err(m);
                }
                value
            }
        };
        params.insert(name, value);
    }
    // Files sent under a parameter's own name (not attached elsewhere).
    for (name, file) in files {
        if !attached.contains(&name) {
            params.insert(name, file);
        }
    }
    Ok(params)
}

/// An uploaded file as the tests see it: `{"file_name", "size"}` (and
/// `content_type` if the part had one) with the content as `text` when it
/// is UTF-8, else as `hex`.
fn upload(part: &FormPart) -> Value {
    let mut file = json!({
        "file_name": part.file_name.clone().unwrap_or_default(),
        "size": part.data.len(),
    });
    if let Some(t) = &part.content_type {
        file["content_type"] = json!(t);
    }
    match std::str::from_utf8(&part.data) {
        Ok(text) => file["text"] = json!(text),
        Err(_) => file["hex"] = json!(to_hex(&part.data)),
    }
    file
}

fn is_upload(v: &Value) -> bool {
    v["file_name"].is_string()
        && v["size"].is_u64()
        && (v["text"].is_string() || v["hex"].is_string())
}

/// The content of an [`upload`].
fn upload_bytes(v: &Value) -> Option<Vec<u8>> {
    if !is_upload(v) {
        return None;
    }
    match v["text"].as_str() {
        Some(text) => Some(text.as_bytes().to_vec()),
        None => from_hex(v["hex"].as_str()?),
    }
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The size of an image Telegram can read: a PNG's, from its header;
/// JPEG, GIF and WebP images are recognised, their size not read (0 × 0).
fn image_size(bytes: &[u8]) -> Option<(u64, u64)> {
    let be = |at: usize| {
        bytes
            .get(at..at + 4)
            .map(|b| u64::from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])))
    };
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.get(12..16) == Some(b"IHDR") {
        Some((be(16)?, be(20)?))
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"GIF8")
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
    {
        Some((0, 0))
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    /// The method's canonical name, e.g. `sendMessage`.
    pub method: String,
    /// The parameters, as sent (`{}` for an empty body).
    pub body: Value,
    /// The full answer, `{"ok": ...}`.
    pub response: Value,
    /// When the request arrived, since the server started.
    pub at: Duration,
}

impl Call {
    /// The `result` of a successful call.
    pub fn result(&self) -> &Value {
        &self.response["result"]
    }

    pub fn ok(&self) -> bool {
        self.response["ok"] == Value::Bool(true)
    }

    pub fn str(&self, key: &str) -> &str {
        self.body[key].as_str().unwrap_or_default()
    }

    pub fn chat_id(&self) -> Option<i64> {
        self.body["chat_id"].as_i64()
    }

    /// The file uploaded as parameter `key` (with multipart/form-data).
    pub fn file(&self, key: &str) -> Option<Upload> {
        let v = &self.body[key];
        Some(Upload {
            file_name: v["file_name"].as_str()?.to_string(),
            bytes: upload_bytes(v)?,
        })
    }

    /// The labels and callback data of the inline keyboard, row by row.
    pub fn buttons(&self) -> Vec<(String, String)> {
        buttons_of(&self.body)
    }
}

/// The labels and callback data of the inline keyboard of a request's
/// parameters or of a message, row by row.
pub fn buttons_of(message: &Value) -> Vec<(String, String)> {
    message["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["text"].as_str().unwrap_or_default().to_string(),
                b["callback_data"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// A file the bot uploaded.
#[derive(Debug, Clone)]
pub struct Upload {
    /// As the part named it (empty if it did not).
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl Upload {
    /// The content, if it is UTF-8 text.
    pub fn text(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }
}

/// A message in a chat, as the server remembers it.
#[derive(Debug, Clone)]
struct Stored {
    json: Value,
    from_bot: bool,
    /// The text as sent (with markup), the parse mode and the keyboard,
    /// to tell "message is not modified".
    source: Option<(String, Option<String>, Value)>,
}

#[derive(Default)]
struct State {
    calls: Vec<Call>,
    violations: Vec<String>,
    updates: Vec<Value>,
    /// Updates queued again by [`FakeBotApi::redeliver`]: delivered once
    /// more whatever the offset (Telegram never had them confirmed).
    redelivered: std::collections::HashSet<i64>,
    next_update_id: i64,
    next_message_id: i64,
    /// Chats seen in updates, by id: the chat object.
    chats: HashMap<i64, Value>,
    messages: HashMap<(i64, i64), Stored>,
    /// Callback queries not answered yet.
    open_queries: BTreeSet<String>,
    answered_queries: BTreeSet<String>,
    /// Errors to answer instead of the usual result.
    faults: Vec<Fault>,
    /// Methods whose next answer is held back this long (a slow Telegram).
    holds: HashMap<String, Duration>,
    /// Members of group chats, for getChatMember: chat id → user ids.
    members: HashMap<i64, BTreeSet<i64>>,
    /// Supergroups that are forums (topics on).
    forums: BTreeSet<i64>,
    /// Forum topics opened: (chat, thread id) → name; and closed ones.
    topics: BTreeMap<(i64, i64), String>,
    closed_topics: BTreeSet<(i64, i64)>,
    /// Telegram's limits, when enforced: messages a second overall, and
    /// whether one chat gets at most one a second.
    limits: Option<(usize, bool)>,
    /// When each message was sent (overall, and per chat), for the limits.
    sent_at: std::collections::VecDeque<Instant>,
    sent_to: HashMap<i64, Instant>,
    /// How many requests the limits refused with 429.
    floods: usize,
    /// The kinds of update last asked for (Telegram keeps the setting
    /// until a getUpdates gives another).
    allowed_updates: Option<Vec<String>>,
}

/// An error Telegram answers now and then: flood control, a user who
/// blocked the bot, a message deleted meanwhile.
#[derive(Debug, Clone)]
pub struct Fault {
    method: String,
    chat_id: Option<i64>,
    response: Value,
    /// How many more requests get it; `None`: all of them.
    times: Option<usize>,
}

impl Fault {
    /// Answers `method` (for `chat_id`, if given) with `error_code` and
    /// `description`, once.
    pub fn new(method: &str, chat_id: Option<i64>, error_code: u16, description: &str) -> Fault {
        Fault {
            method: method.into(),
            chat_id,
            response: error(error_code, description),
            times: Some(1),
        }
    }

    /// 429 Too Many Requests with `retry_after`, once.
    pub fn flood(method: &str, chat_id: i64, retry_after: u64) -> Fault {
        let mut f = Fault::new(
            method,
            Some(chat_id),
            429,
            &format!("Too Many Requests: retry after {retry_after}"),
        );
        f.response["parameters"] = json!({ "retry_after": retry_after });
        f
    }

    /// Every request, not just the next one.
    pub fn always(mut self) -> Fault {
        self.times = None;
        self
    }
}

struct Shared {
    spec: Spec,
    token: String,
    bot_id: i64,
    started: Instant,
    state: Mutex<State>,
    new_update: Notify,
    /// Counts getUpdates requests: a newer one ends the one in flight.
    polls: AtomicU64,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking test thread must not hide what was recorded.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn bot_user(&self) -> Value {
        json!({
            "id": self.bot_id,
            "is_bot": true,
            "first_name": "Delegate Desk",
            "username": BOT_USERNAME,
        })
    }

    fn me(&self) -> Value {
        let mut me = self.bot_user();
        let extra = json!({
            "can_join_groups": true,
            "can_read_all_group_messages": false,
            "supports_inline_queries": false,
            "can_connect_to_business": false,
            "has_main_web_app": false,
        });
        me.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        me
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

fn ok(result: Value) -> Value {
    json!({ "ok": true, "result": result })
}

fn error(code: u16, description: impl Into<String>) -> Value {
    json!({ "ok": false, "error_code": code, "description": description.into() })
}

// ---------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------

/// A running fake Bot API.
pub struct FakeBotApi {
    shared: Arc<Shared>,
    port: u16,
    handle: ServerHandle,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl FakeBotApi {
    /// Starts a server for `token` on 127.0.0.1 and a free port, on the
    /// current tokio runtime.
    pub async fn start(token: &str) -> std::io::Result<FakeBotApi> {
        let bot_id = token
            .split(':')
            .next()
            .and_then(|id| id.parse().ok())
            .expect("a bot token starts with the bot's id");
        let shared = Arc::new(Shared {
            spec: Spec::bundled(),
            token: token.to_string(),
            bot_id,
            started: Instant::now(),
            state: Mutex::new(State {
                next_update_id: 10_000,
                next_message_id: 500,
                ..State::default()
            }),
            new_update: Notify::new(),
            polls: AtomicU64::new(0),
        });
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let port = listener.local_addr()?.port();
        let data = web::Data::from(shared.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .app_data(web::PayloadConfig::new(8 * 1024 * 1024))
                .route("/bot{token}/{method}", web::post().to(endpoint))
                .default_service(web::to(not_found))
        })
        .workers(2)
        .disable_signals()
        .shutdown_timeout(1)
        .listen(listener)?
        .run();
        let handle = server.handle();
        let task = tokio::spawn(server);
        Ok(FakeBotApi {
            shared,
            port,
            handle,
            task: Some(task),
        })
    }

    /// The base URL to give the bot as `TELOXIDE_API_URL`.
    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// Queues an update, e.g. `push_update("message", json!({...}))`, and
    /// returns its update_id. The update must itself follow the spec.
    pub fn push_update(&self, kind: &str, payload: Value) -> i64 {
        let update = self.remember_update(kind, payload);
        let id = update["update_id"].as_i64().unwrap_or_default();
        self.shared.lock().updates.push(update);
        self.shared.new_update.notify_waiters();
        id
    }

    /// Queues `update` again, as it was (same update_id): Telegram
    /// delivering it a second time after a crash or a slow answer.
    #[allow(dead_code)]
    pub fn redeliver(&self, update: Value) {
        let mut st = self.shared.lock();
        if let Some(id) = update["update_id"].as_i64() {
            st.redelivered.insert(id);
        }
        st.updates.push(update);
        drop(st);
        self.shared.new_update.notify_waiters();
    }

    /// An update as Telegram would post it to a webhook (remembered like a
    /// polled one, but not queued for getUpdates).
    #[allow(dead_code)]
    pub fn webhook_update(&self, kind: &str, payload: Value) -> Value {
        self.remember_update(kind, payload)
    }

    /// Gives an update its id and remembers its chat and message, as
    /// Telegram does.
    fn remember_update(&self, kind: &str, payload: Value) -> Value {
        let mut st = self.shared.lock();
        let id = st.next_update_id;
        st.next_update_id += 1;
        let update = json!({ "update_id": id, kind: payload });
        let problems = self
            .shared
            .spec
            .check_value("Update", &update, &["Update".into()]);
        assert!(
            problems.is_empty(),
            "the test queued an update Telegram would never send: {problems:#?}"
        );
        // Remember the chat and the message, as Telegram does.
        let message = match kind {
            "message" => Some(&update[kind]),
            "callback_query" => update[kind].get("message"),
            _ => None,
        };
        if let Some(m) = message {
            let chat = m["chat"].clone();
            if let Some(chat_id) = chat["id"].as_i64() {
                st.chats.insert(chat_id, chat);
                if kind == "message"
                    && let Some(mid) = m["message_id"].as_i64()
                {
                    st.messages.insert(
                        (chat_id, mid),
                        Stored {
                            json: m.clone(),
                            from_bot: false,
                            source: None,
                        },
                    );
                }
            }
        }
        if kind == "callback_query"
            && let Some(qid) = update[kind]["id"].as_str()
        {
            st.open_queries.insert(qid.to_string());
        }
        update
    }

    /// Answers matching requests with an error from now on.
    /// Makes `user` a member of the group `chat` (for getChatMember).
    pub fn add_member(&self, chat: i64, user: i64) {
        self.shared
            .lock()
            .members
            .entry(chat)
            .or_default()
            .insert(user);
    }

    /// Makes the supergroup `chat` a forum (for getChat, createForumTopic).
    pub fn make_forum(&self, chat: i64) {
        self.shared.lock().forums.insert(chat);
    }

    /// The forum topics opened in `chat`: (thread id, name, closed).
    pub fn topics(&self, chat: i64) -> Vec<(i64, String, bool)> {
        let st = self.shared.lock();
        st.topics
            .iter()
            .filter(|((c, _), _)| *c == chat)
            .map(|((c, t), name)| (*t, name.clone(), st.closed_topics.contains(&(*c, *t))))
            .collect()
    }

    /// A private chat the bot may write to, as if its user had written
    /// before (delegates seeded straight into the database).
    pub fn add_private_chat(&self, id: i64, first_name: &str) {
        self.shared.lock().chats.insert(
            id,
            json!({"id": id, "type": "private", "first_name": first_name}),
        );
    }

    /// Enforces Telegram's limits from now on: at most `per_second`
    /// messages in any second, and (if `per_chat`) one a second to a chat;
    /// beyond them, 429 with `retry_after` 1.
    pub fn enforce_limits(&self, per_second: usize, per_chat: bool) {
        self.shared.lock().limits = Some((per_second, per_chat));
    }

    /// How many requests the limits refused.
    pub fn floods(&self) -> usize {
        self.shared.lock().floods
    }

    pub fn inject(&self, fault: Fault) {
        self.shared.lock().faults.push(fault);
    }

    /// Takes every fault back (a user who unblocked the bot).
    pub fn heal(&self) {
        self.shared.lock().faults.clear();
    }

    /// Every call so far.
    /// Holds the next answer to `method` back for `hold` (a slow Telegram).
    pub fn hold(&self, method: &str, hold: Duration) {
        self.shared.lock().holds.insert(method.into(), hold);
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// How many calls were made so far: a mark for [`FakeBotApi::wait_for_from`].
    pub fn mark(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// The calls of one method so far.
    /// The calls from the `from`-th on (cheaper than all of them; the
    /// broadcast benchmark reads a long list this way).
    #[allow(dead_code)]
    pub fn calls_since(&self, from: usize) -> Vec<Call> {
        let st = self.shared.lock();
        st.calls
            .get(from..)
            .map(<[Call]>::to_vec)
            .unwrap_or_default()
    }

    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| c.method == method)
            .collect()
    }

    /// A message as it is now in the chat (after any edits), as Telegram
    /// would put it in a callback query.
    pub fn current_message(&self, chat_id: i64, message_id: i64) -> Option<Value> {
        self.shared
            .lock()
            .messages
            .get(&(chat_id, message_id))
            .map(|m| m.json.clone())
    }

    /// Every broken rule so far.
    pub fn violations(&self) -> Vec<String> {
        self.shared.lock().violations.clone()
    }

    /// Updates queued but not yet confirmed by the bot.
    pub fn pending_updates(&self) -> usize {
        self.shared.lock().updates.len()
    }

    /// Waits for the first call of `method` (from the start) that satisfies `pred`.
    pub async fn wait_for(
        &self,
        method: &str,
        timeout: Duration,
        pred: impl Fn(&Call) -> bool,
    ) -> Result<Call, String> {
        self.wait_for_from(0, method, timeout, pred).await
    }

    /// Waits for the first call of `method`, at or after the `from`-th call,
    /// that satisfies `pred`.
    pub async fn wait_for_from(
        &self,
        from: usize,
        method: &str,
        timeout: Duration,
        pred: impl Fn(&Call) -> bool,
    ) -> Result<Call, String> {
        self.wait_for_n(from, method, 1, timeout, pred)
            .await
            .map(|mut v| v.remove(0))
    }

    /// Waits until `n` calls of `method` at or after the `from`-th call
    /// satisfy `pred`; returns the first `n`. `method` may list several
    /// methods, as in `"editMessageText|sendMessage"`.
    pub async fn wait_for_n(
        &self,
        from: usize,
        method: &str,
        n: usize,
        timeout: Duration,
        pred: impl Fn(&Call) -> bool,
    ) -> Result<Vec<Call>, String> {
        let deadline = Instant::now() + timeout;
        loop {
            let found: Vec<Call> = {
                let st = self.shared.lock();
                st.calls
                    .iter()
                    .skip(from)
                    .filter(|c| method.split('|').any(|m| m == c.method) && pred(c))
                    .take(n)
                    .cloned()
                    .collect()
            };
            if found.len() == n {
                return Ok(found);
            }
            if Instant::now() >= deadline {
                return Err(format!(
                    "waited {timeout:?} for {n} matching {method} call(s), found {}; calls since #{from}:\n{}",
                    found.len(),
                    self.summary(from)
                ));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// One line per call from the `from`-th, for failure messages.
    pub fn summary(&self, from: usize) -> String {
        self.shared
            .lock()
            .calls
            .iter()
            .enumerate()
            .skip(from)
            .filter(|(_, c)| {
                c.method != "getUpdates" || c.result().as_array().is_some_and(|a| !a.is_empty())
            })
            .map(|(i, c)| {
                let mut body = c.body.to_string();
                if body.len() > 300 {
                    body = body.chars().take(300).collect::<String>() + "…";
                }
                format!("  #{i} {:?} {} {body} -> ok={}", c.at, c.method, c.ok())
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Stops the server.
    pub async fn stop(mut self) {
        self.handle.stop(false).await;
        if let Some(task) = self.task.take() {
            let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
        }
    }
}

impl Drop for FakeBotApi {
    fn drop(&mut self) {
        if self.task.is_some() {
            // Not stopped (a test failed): ask the server to stop; the
            // request is sent at once, the returned future only waits.
            drop(self.handle.stop(false));
        }
    }
}

async fn not_found(req: HttpRequest, shared: web::Data<Shared>) -> HttpResponse {
    let what = format!("{} {}: not a Bot API request", req.method(), req.path());
    shared.lock().violations.push(what);
    HttpResponse::NotFound().json(error(404, "Not Found"))
}

async fn endpoint(
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
    shared: web::Data<Shared>,
) -> HttpResponse {
    let (token, method) = path.into_inner();
    let at = shared.started.elapsed();
    let (status, response, method_name, params) =
        answer(&shared, &req, &token, &method, &body).await;
    shared.lock().calls.push(Call {
        method: method_name,
        body: Value::Object(params),
        response: response.clone(),
        at,
    });
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap())
        .content_type("application/json")
        .body(response.to_string())
}

/// Handles one request: (HTTP status, answer, method name, parameters).
async fn answer(
    shared: &Shared,
    req: &HttpRequest,
    token: &str,
    method: &str,
    body: &[u8],
) -> (u16, Value, String, Map<String, Value>) {
    let violation = |what: String| shared.lock().violations.push(what);
    let lower = method.to_ascii_lowercase();

    // Parameters: JSON, multipart/form-data (files), or nothing at all.
    let params = if body.iter().all(u8::is_ascii_whitespace) {
        Map::new()
    } else {
        // The boundary is case-sensitive: the header is kept as sent.
        let header = req
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let content_type = header.to_ascii_lowercase();
        if content_type.starts_with("multipart/form-data") {
            let fields = shared
                .spec
                .method(&lower)
                .map_or(&[][..], |m| &m.fields[..]);
            match read_form(header, body, fields) {
                Ok(params) => params,
                Err(e) => {
                    violation(format!("{method}: multipart/form-data: {e}"));
                    return (
                        400,
                        error(400, format!("Bad Request: {e}")),
                        method.into(),
                        Map::new(),
                    );
                }
            }
        } else if content_type.starts_with("application/json") {
            match serde_json::from_slice::<Value>(body) {
                Ok(Value::Object(map)) => map,
                Ok(other) => {
                    violation(format!("{method}: body is not a JSON object: {other}"));
                    return (
                        400,
                        error(400, "Bad Request: invalid JSON"),
                        method.into(),
                        Map::new(),
                    );
                }
                Err(e) => {
                    violation(format!("{method}: body is not JSON: {e}"));
                    return (
                        400,
                        error(400, "Bad Request: invalid JSON"),
                        method.into(),
                        Map::new(),
                    );
                }
            }
        } else {
            violation(format!(
                "{method}: body sent as {content_type:?}; only JSON and multipart/form-data are supported here"
            ));
            return (
                400,
                error(400, "Bad Request: unsupported content type"),
                method.into(),
                Map::new(),
            );
        }
    };

    if token != shared.token {
        // Telegram checks the token before the method.
        let name = shared
            .spec
            .method(&lower)
            .map_or(method, |m| m.name.as_str());
        violation(format!("{name}: wrong token"));
        return (401, error(401, "Unauthorized"), name.into(), params);
    }
    let Some(spec) = shared.spec.method(&lower) else {
        violation(format!(
            "{method}: no such method in {}",
            shared.spec.version
        ));
        return (
            404,
            error(404, "Not Found: method not found"),
            method.into(),
            params,
        );
    };
    let name = spec.name.clone();

    let mut refuse: Option<String> = None;
    for problem in shared.spec.check_params(&name, &params) {
        // Telegram ignores unknown parameters but refuses missing or
        // mistyped ones.
        if !problem.contains("is not a documented field") && refuse.is_none() {
            refuse = Some(problem.clone());
        }
        violation(problem);
    }
    for broken in check_rules(&name, &params) {
        if broken.fatal && refuse.is_none() {
            refuse = Some(broken.what.clone());
        }
        violation(broken.what);
    }
    if let Some(why) = refuse {
        return (400, error(400, format!("Bad Request: {why}")), name, params);
    }

    let hold = shared.lock().holds.remove(&name);
    if let Some(hold) = hold {
        tokio::time::sleep(hold).await;
    }
    if let Some(response) = injected_fault(shared, &name, &params) {
        let status = response["error_code"].as_u64().unwrap_or(400) as u16;
        return (status, response, name, params);
    }
    if let Some(response) = over_the_limit(shared, &name, &params) {
        return (429, response, name, params);
    }
    let (status, response) = match name.as_str() {
        "getUpdates" => get_updates(shared, &params).await,
        other => respond(shared, other, &params),
    };
    if response["ok"] == Value::Bool(true) {
        let problems = shared.spec.check_value(
            &format!("{name} result"),
            &response["result"],
            &spec.returns,
        );
        for p in problems {
            violation(format!("fake server bug: {p}"));
        }
    }
    (status, response, name, params)
}

/// Methods that send or change a message: those Telegram's limits count.
fn is_message(method: &str) -> bool {
    method.starts_with("send") || method == "copyMessage" || method.starts_with("editMessage")
}

/// 429 when a message would go over the limits being enforced: more than
/// the limit in the last second overall, or (if asked) a second message to
/// one chat within a second.
fn over_the_limit(shared: &Shared, method: &str, p: &Map<String, Value>) -> Option<Value> {
    let mut st = shared.lock();
    let (limit, per_chat) = st.limits?;
    if !is_message(method) {
        return None;
    }
    let now = Instant::now();
    while st
        .sent_at
        .front()
        .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
    {
        st.sent_at.pop_front();
    }
    let chat = at(p, "chat_id").as_i64().unwrap_or_default();
    let chat_busy = per_chat
        && st
            .sent_to
            .get(&chat)
            .is_some_and(|t| now.duration_since(*t) < Duration::from_millis(950));
    if st.sent_at.len() >= limit || chat_busy {
        st.floods += 1;
        let mut e = error(429, "Too Many Requests: retry after 1");
        e["parameters"] = json!({ "retry_after": 1 });
        return Some(e);
    }
    st.sent_at.push_back(now);
    st.sent_to.insert(chat, now);
    None
}

fn injected_fault(shared: &Shared, method: &str, p: &Map<String, Value>) -> Option<Value> {
    let mut st = shared.lock();
    let chat = at(p, "chat_id").as_i64();
    let i = st
        .faults
        .iter()
        .position(|f| f.method == method && (f.chat_id.is_none() || f.chat_id == chat))?;
    let fault = &mut st.faults[i];
    let response = fault.response.clone();
    match &mut fault.times {
        Some(1) => {
            st.faults.remove(i);
        }
        Some(n) => *n -= 1,
        None => {}
    }
    Some(response)
}

async fn get_updates(shared: &Shared, p: &Map<String, Value>) -> (u16, Value) {
    // As on Telegram, a new getUpdates ends the one in flight with 409. A
    // bot that drops its long poll on shutdown and confirms with a final
    // short poll never sees that answer; two bot instances would, and log it.
    let generation = shared.polls.fetch_add(1, Ordering::SeqCst) + 1;
    shared.new_update.notify_waiters();

    let offset = p.get("offset").and_then(Value::as_i64).unwrap_or(0);
    let limit = p
        .get("limit")
        .and_then(Value::as_i64)
        .unwrap_or(100)
        .clamp(1, 100) as usize;
    let timeout = p.get("timeout").and_then(Value::as_u64).unwrap_or(0);
    let asked: Option<Vec<String>> = p.get("allowed_updates").map(|a| {
        a.as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect()
    });
    // "If not specified, the previous setting will be used."
    let allowed = {
        let mut st = shared.lock();
        if asked.is_some() {
            st.allowed_updates = asked;
        }
        st.allowed_updates.clone()
    };
    let deadline = Instant::now() + MAX_LONG_POLL.min(Duration::from_secs(timeout));
    loop {
        let notified = shared.new_update.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let batch: Vec<Value> = {
            let mut st = shared.lock();
            if offset > 0 {
                let again = std::mem::take(&mut st.redelivered);
                st.updates.retain(|u| {
                    let id = u["update_id"].as_i64().unwrap_or(0);
                    id >= offset || again.contains(&id)
                });
                st.redelivered = again;
            } else if offset < 0 {
                let keep = offset.unsigned_abs() as usize;
                let n = st.updates.len();
                st.updates.drain(..n.saturating_sub(keep));
            }
            st.updates
                .iter()
                .filter(|u| match &allowed {
                    Some(kinds) if !kinds.is_empty() => {
                        kinds.iter().any(|k| u.get(k.as_str()).is_some())
                    }
                    _ => true,
                })
                .take(limit)
                .cloned()
                .collect::<Vec<Value>>()
        };
        // A redelivered update goes out once more, then counts as any other.
        {
            let mut st = shared.lock();
            for u in &batch {
                if let Some(id) = u["update_id"].as_i64() {
                    st.redelivered.remove(&id);
                }
            }
        }
        if shared.polls.load(Ordering::SeqCst) != generation {
            return (
                409,
                error(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                ),
            );
        }
        let now = Instant::now();
        if !batch.is_empty() || now >= deadline {
            return (200, ok(Value::Array(batch)));
        }
        let _ = tokio::time::timeout(deadline - now, notified).await;
    }
}

/// Answers every other method the bot uses.
fn respond(shared: &Shared, method: &str, p: &Map<String, Value>) -> (u16, Value) {
    match method {
        "getMe" => (200, ok(shared.me())),
        "getWebhookInfo" => (
            200,
            ok(json!({"url": "", "has_custom_certificate": false, "pending_update_count": 0})),
        ),
        "deleteWebhook"
        | "setWebhook"
        | "setMyCommands"
        | "setMyDescription"
        | "setMyShortDescription"
        | "deleteMyCommands"
        | "close"
        | "logOut" => (200, ok(json!(true))),
        "answerCallbackQuery" => {
            let id = at(p, "callback_query_id")
                .as_str()
                .unwrap_or_default()
                .to_string();
            let mut st = shared.lock();
            if st.open_queries.remove(&id) {
                st.answered_queries.insert(id);
                (200, ok(json!(true)))
            } else {
                let what = if st.answered_queries.contains(&id) {
                    "answered twice"
                } else {
                    "never sent"
                };
                st.violations
                    .push(format!("answerCallbackQuery: query {id:?} {what}"));
                (
                    400,
                    error(
                        400,
                        "Bad Request: query is too old and response timeout expired or query ID is invalid",
                    ),
                )
            }
        }
        "sendMessage" | "sendVenue" | "sendPhoto" | "sendDocument" => send(shared, method, p),
        "getChatMember" => {
            let (chat, user) = (at(p, "chat_id").as_i64(), at(p, "user_id").as_i64());
            let (Some(chat), Some(user)) = (chat, user) else {
                return (400, error(400, "Bad Request: chat not found"));
            };
            let member = shared
                .lock()
                .members
                .get(&chat)
                .is_some_and(|m| m.contains(&user));
            let who = json!({"id": user, "is_bot": false, "first_name": "Member"});
            let status = if member { "member" } else { "left" };
            (200, ok(json!({"status": status, "user": who})))
        }
        "editMessageText" => edit_text(shared, p),
        "getChat" => {
            let st = shared.lock();
            let Ok((id, chat)) = chat_of(&st, p) else {
                return (400, error(400, "Bad Request: chat not found"));
            };
            let mut info = chat.clone();
            let extra = json!({
                "accent_color_id": 0,
                "max_reaction_count": 11,
                "accepted_gift_types": {"unlimited_gifts": false, "limited_gifts": false,
                    "unique_gifts": false, "premium_subscription": false,
                    "gifts_from_channels": false},
            });
            info.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            if st.forums.contains(&id) {
                info["is_forum"] = json!(true);
            }
            (200, ok(info))
        }
        "createForumTopic" => {
            let mut st = shared.lock();
            let id = at(p, "chat_id").as_i64().unwrap_or_default();
            if !st.forums.contains(&id) {
                st.violations
                    .push(format!("createForumTopic: chat {id} is not a forum"));
                return (400, error(400, "Bad Request: the chat is not a forum"));
            }
            let name = at(p, "name").as_str().unwrap_or_default().to_string();
            if name.is_empty() || name.chars().count() > 128 {
                st.violations.push(format!(
                    "createForumTopic: name of {} characters",
                    name.chars().count()
                ));
            }
            // A topic's id is the id of the service message opening it.
            let thread = st.next_message_id;
            st.next_message_id += 1;
            st.topics.insert((id, thread), name.clone());
            (
                200,
                ok(json!({"message_thread_id": thread, "name": name, "icon_color": 7322096})),
            )
        }
        "closeForumTopic" => {
            let mut st = shared.lock();
            let key = (
                at(p, "chat_id").as_i64().unwrap_or_default(),
                at(p, "message_thread_id").as_i64().unwrap_or_default(),
            );
            if !st.topics.contains_key(&key) {
                return (400, error(400, "Bad Request: TOPIC_ID_INVALID"));
            }
            st.closed_topics.insert(key);
            (200, ok(json!(true)))
        }
        "setMessageReaction" => (200, ok(json!(true))),
        "copyMessage" => copy_message(shared, p),
        "editMessageReplyMarkup" => {
            let mut st = shared.lock();
            let key = (
                at(p, "chat_id").as_i64().unwrap_or_default(),
                at(p, "message_id").as_i64().unwrap_or_default(),
            );
            match st.messages.get_mut(&key) {
                Some(m) => {
                    match inline_markup(p) {
                        Some(markup) => m.json["reply_markup"] = markup,
                        None => {
                            if let Some(o) = m.json.as_object_mut() {
                                o.remove("reply_markup");
                            }
                        }
                    }
                    (200, ok(m.json.clone()))
                }
                None => (400, error(400, "Bad Request: message to edit not found")),
            }
        }
        other => {
            shared
                .lock()
                .violations
                .push(format!("{other}: the fake server does not implement it"));
            (
                400,
                error(400, format!("Bad Request: {other} is not supported here")),
            )
        }
    }
}

/// A copy of a message the chat has, into another chat (or topic): its
/// text, media and location, with a new caption if given; no sender's name.
fn copy_message(shared: &Shared, p: &Map<String, Value>) -> (u16, Value) {
    let mut st = shared.lock();
    let (chat_id, chat) = match chat_of(&st, p) {
        Ok(c) => c,
        Err(e) => {
            st.violations.push(format!(
                "copyMessage: chat {} was never seen",
                at(p, "chat_id")
            ));
            return e;
        }
    };
    let from = (
        at(p, "from_chat_id").as_i64().unwrap_or_default(),
        at(p, "message_id").as_i64().unwrap_or_default(),
    );
    let Some(original) = st.messages.get(&from).map(|m| m.json.clone()) else {
        st.violations
            .push(format!("copyMessage: no message {from:?} to copy"));
        return (400, error(400, "Bad Request: message to copy not found"));
    };
    let id = st.next_message_id;
    st.next_message_id += 1;
    let mut m = json!({
        "message_id": id,
        "from": shared.bot_user(),
        "date": unix_now(),
        "chat": chat,
    });
    for key in [
        "text", "photo", "document", "location", "venue", "contact", "sticker", "caption",
    ] {
        if let Some(v) = original.get(key) {
            m[key] = v.clone();
        }
    }
    if p.contains_key("caption") {
        m["caption"] = json!(plain_text(p, "caption"));
    }
    if let Some(thread) = at(p, "message_thread_id").as_i64() {
        m["message_thread_id"] = json!(thread);
        m["is_topic_message"] = json!(true);
    }
    if let Some(markup) = inline_markup(p) {
        m["reply_markup"] = markup;
    }
    st.messages.insert(
        (chat_id, id),
        Stored {
            json: m,
            from_bot: true,
            source: None,
        },
    );
    (200, ok(json!({"message_id": id})))
}

fn chat_of(st: &State, p: &Map<String, Value>) -> Result<(i64, Value), (u16, Value)> {
    let not_found = || (400, error(400, "Bad Request: chat not found"));
    let id = at(p, "chat_id").as_i64().ok_or_else(not_found)?;
    let chat = st.chats.get(&id).cloned().ok_or_else(not_found)?;
    Ok((id, chat))
}

/// The text (or caption, as `key`) as the chat shows it: without markup.
fn plain_text(p: &Map<String, Value>, key: &str) -> String {
    let text = at(p, key).as_str().unwrap_or_default();
    if at(p, "parse_mode").as_str() == Some("HTML") {
        parse_telegram_html(text).unwrap_or_else(|_| text.to_string())
    } else {
        text.to_string()
    }
}

fn inline_markup(p: &Map<String, Value>) -> Option<Value> {
    p.get("reply_markup")
        .filter(|m| m.get("inline_keyboard").is_some())
        .cloned()
}

fn send(shared: &Shared, method: &str, p: &Map<String, Value>) -> (u16, Value) {
    let mut st = shared.lock();
    let (chat_id, chat) = match chat_of(&st, p) {
        Ok(c) => c,
        Err(e) => {
            st.violations.push(format!(
                "{method}: chat {} was never seen",
                at(p, "chat_id")
            ));
            return e;
        }
    };
    let id = st.next_message_id;
    st.next_message_id += 1;
    let mut m = json!({
        "message_id": id,
        "from": shared.bot_user(),
        "date": unix_now(),
        "chat": chat,
    });
    let source = match method {
        "sendMessage" => {
            m["text"] = json!(plain_text(p, "text"));
            Some((
                at(p, "text").as_str().unwrap_or_default().to_string(),
                at(p, "parse_mode").as_str().map(str::to_string),
                p.get("reply_markup").cloned().unwrap_or(Value::Null),
            ))
        }
        "sendVenue" => {
            let location = json!({"latitude": at(p, "latitude"), "longitude": at(p, "longitude")});
            m["location"] = location.clone();
            m["venue"] = json!({"location": location, "title": at(p, "title"),
                                "address": at(p, "address")});
            None
        }
        // sendPhoto, sendDocument: the file as Telegram keeps it, and the
        // caption (such a message has no text to edit).
        _ => {
            if method == "sendPhoto" {
                m["photo"] = json!([sent_photo(at(p, "photo"), chat_id, id)]);
            } else {
                m["document"] = sent_document(at(p, "document"), chat_id, id);
            }
            if p.contains_key("caption") {
                m["caption"] = json!(plain_text(p, "caption"));
            }
            None
        }
    };
    if let Some(markup) = inline_markup(p) {
        m["reply_markup"] = markup;
    }
    if let Some(thread) = at(p, "message_thread_id").as_i64() {
        m["message_thread_id"] = json!(thread);
        m["is_topic_message"] = json!(true);
    }
    if let Some(to) = p
        .get("reply_parameters")
        .and_then(|r| r.get("message_id"))
        .and_then(Value::as_i64)
        && let Some(replied) = st.messages.get(&(chat_id, to))
    {
        m["reply_to_message"] = replied.json.clone();
    }
    st.messages.insert(
        (chat_id, id),
        Stored {
            json: m.clone(),
            from_bot: true,
            source,
        },
    );
    (200, ok(m))
}

/// The PhotoSize Telegram answers for a photo sent (an upload or a
/// file_id).
fn sent_photo(photo: &Value, chat_id: i64, message_id: i64) -> Value {
    let bytes = upload_bytes(photo).unwrap_or_default();
    let (width, height) = match image_size(&bytes) {
        Some((w, h)) if w > 0 && h > 0 => (w, h),
        _ => (320, 320),
    };
    let mut size = json!({
        "file_id": format!("photo-{chat_id}-{message_id}"),
        "file_unique_id": format!("p{chat_id}x{message_id}"),
        "width": width,
        "height": height,
    });
    if !bytes.is_empty() {
        size["file_size"] = json!(bytes.len());
    }
    size
}

/// The Document Telegram answers for a file sent (an upload or a
/// file_id).
fn sent_document(file: &Value, chat_id: i64, message_id: i64) -> Value {
    let mut document = json!({
        "file_id": format!("document-{chat_id}-{message_id}"),
        "file_unique_id": format!("d{chat_id}x{message_id}"),
    });
    let name = file["file_name"].as_str().unwrap_or_default();
    if !name.is_empty() {
        document["file_name"] = json!(name);
    }
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let mime = match extension.as_deref() {
        Some("ics") => Some("text/calendar"),
        Some("csv") => Some("text/csv"),
        Some("png") => Some("image/png"),
        Some("pdf") => Some("application/pdf"),
        Some("txt") => Some("text/plain"),
        _ => None,
    };
    if let Some(mime) = mime {
        document["mime_type"] = json!(mime);
    }
    if let Some(bytes) = upload_bytes(file) {
        document["file_size"] = json!(bytes.len());
    }
    document
}

fn edit_text(shared: &Shared, p: &Map<String, Value>) -> (u16, Value) {
    let mut st = shared.lock();
    if p.contains_key("inline_message_id") {
        st.violations
            .push("editMessageText: inline messages are not used by this bot".into());
        return (400, error(400, "Bad Request: MESSAGE_ID_INVALID"));
    }
    let (Some(chat_id), Some(message_id)) =
        (at(p, "chat_id").as_i64(), at(p, "message_id").as_i64())
    else {
        st.violations
            .push("editMessageText: needs chat_id and message_id".into());
        return (
            400,
            error(400, "Bad Request: message identifier is not specified"),
        );
    };
    if !p.contains_key("text") {
        st.violations.push("editMessageText: no text".into());
        return (400, error(400, "Bad Request: text must be non-empty"));
    }
    let Some(stored) = st.messages.get(&(chat_id, message_id)).cloned() else {
        return (400, error(400, "Bad Request: message to edit not found"));
    };
    if !stored.from_bot {
        return (400, error(400, "Bad Request: message can't be edited"));
    }
    let Some((old_text, old_mode, old_markup)) = &stored.source else {
        return (
            400,
            error(400, "Bad Request: there is no text in the message to edit"),
        );
    };
    let text = at(p, "text").as_str().unwrap_or_default().to_string();
    let mode = at(p, "parse_mode").as_str().map(str::to_string);
    let markup = p.get("reply_markup").cloned().unwrap_or(Value::Null);
    if (&text, &mode, &markup) == (old_text, old_mode, old_markup) {
        return (
            400,
            error(
                400,
                "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
            ),
        );
    }
    let mut m = stored.json.clone();
    m["text"] = json!(plain_text(p, "text"));
    m["edit_date"] = json!(unix_now());
    match inline_markup(p) {
        Some(markup) => m["reply_markup"] = markup,
        None => {
            m.as_object_mut().unwrap().remove("reply_markup");
        }
    }
    st.messages.insert(
        (chat_id, message_id),
        Stored {
            json: m.clone(),
            from_bot: true,
            source: Some((text, mode, markup)),
        },
    );
    (200, ok(m))
}

// ---------------------------------------------------------------------------
// Self-checks: the fake must answer what teloxide can read.
// ---------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_html_is_checked() {
        for good in [
            "plain",
            "<b>bold</b> &amp; <i>it&#39;s</i> &lt;3 &quot;q&quot; &#x1F600;",
            "<a href=\"https://example.org/?a=1&amp;b=2\">link</a>",
            "<pre><code class=\"language-rust\">fn</code></pre>",
            "<span class=\"tg-spoiler\">x</span><tg-spoiler>y</tg-spoiler>",
            "<blockquote expandable>q</blockquote>",
        ] {
            assert!(parse_telegram_html(good).is_ok(), "{good}");
        }
        assert_eq!(parse_telegram_html("<b>a</b> &lt;&amp;").unwrap(), "a <&");
        for bad in [
            "<b>open",
            "<b><i>x</b></i>",
            "</b>",
            "<div>x</div>",
            "a & b",
            "&nbsp;",
            "a < b",
            "a > b",
            "<a>x</a>",
            "<span>x</span>",
            "<code><b>x</b></code>",
            "<b",
        ] {
            assert!(parse_telegram_html(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_spec_catches_missing_extra_and_mistyped_parameters() {
        let spec = Spec::bundled();
        let p = |v: Value| v.as_object().unwrap().clone();
        assert!(
            spec.check_params("sendMessage", &p(json!({"chat_id": 1, "text": "hi"})))
                .is_empty()
        );
        assert!(
            !spec
                .check_params("sendMessage", &p(json!({"chat_id": 1})))
                .is_empty()
        );
        assert!(
            !spec
                .check_params(
                    "sendMessage",
                    &p(json!({"chat_id": 1, "text": "x", "colour": 1}))
                )
                .is_empty()
        );
        assert!(
            !spec
                .check_params(
                    "sendMessage",
                    &p(json!({"chat_id": 1, "text": "x",
                        "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": 5}]]}}))
                )
                .is_empty()
        );
        assert!(!spec.check_params("sendMesage", &Map::new()).is_empty());
    }

    /// The start of a PNG image of `width` × `height`: enough for
    /// [`image_size`].
    fn tiny_png(width: u32, height: u32) -> Vec<u8> {
        [
            b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".as_slice(),
            &width.to_be_bytes(),
            &height.to_be_bytes(),
            b"\x08\0\0\0",
        ]
        .concat()
    }

    /// A multipart/form-data body as reqwest writes it for teloxide.
    fn form(boundary: &str, parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut body = b"preamble\r\n".to_vec();
        for (disposition, data) in parts {
            body.extend(
                format!("--{boundary}\r\nContent-Disposition: form-data; {disposition}\r\n\r\n")
                    .bytes(),
            );
            body.extend(*data);
            body.extend(b"\r\n");
        }
        body.extend(format!("--{boundary}--\r\n").bytes());
        body
    }

    #[test]
    fn multipart_uploads_are_read_as_telegram_reads_them() {
        let spec = Spec::bundled();
        let fields = &spec.method("sendPhoto").unwrap().fields;
        let png = tiny_png(296, 296);
        let markup = br#"{"inline_keyboard":[[{"text":"a","callback_data":"m"}]]}"#;
        let body = form(
            "Ab-9",
            &[
                ("name=\"chat_id\"", b"7"),
                ("name=\"photo\"", b"attach://f1"),
                ("name=\"caption\"", b"123"),
                ("name=\"parse_mode\"", b"HTML"),
                ("name=\"has_spoiler\"", b"false"),
                ("name=\"reply_markup\"", markup),
                ("name=\"f1\"; filename=\"a \\\"b\\\".png\"", &png),
            ],
        );
        let p = read_form("multipart/form-data; boundary=\"Ab-9\"", &body, fields).unwrap();
        assert_eq!(p["chat_id"], json!(7));
        assert_eq!(p["caption"], json!("123"), "a String stays a string");
        assert_eq!(p["has_spoiler"], json!(false));
        assert_eq!(p["reply_markup"]["inline_keyboard"][0][0]["text"], "a");
        assert_eq!(p["photo"]["file_name"], "a \"b\".png");
        assert_eq!(p["photo"]["size"], png.len());
        assert_eq!(upload_bytes(&p["photo"]).unwrap(), png);
        assert!(!p.contains_key("f1"), "an attached part is no parameter");
        assert!(spec.check_params("sendPhoto", &p).is_empty(), "{p:?}");
        assert!(check_rules("sendPhoto", &p).is_empty());

        // A text file sent under its parameter's own name.
        let body = form(
            "b",
            &[
                ("name=\"chat_id\"", b"7"),
                ("name=\"document\"; filename=\"a.ics\"", b"BEGIN:VCALENDAR"),
            ],
        );
        let p = read_form("multipart/form-data; boundary=b", &body, fields).unwrap();
        assert_eq!(p["document"]["text"], "BEGIN:VCALENDAR");

        // Refused: a reference to no part, a part twice, no boundary.
        let dangling = form("b", &[("name=\"photo\"", b"attach://nope")]);
        assert!(read_form("multipart/form-data; boundary=b", &dangling, fields).is_err());
        let twice = form("b", &[("name=\"a\"", b"1"), ("name=\"a\"", b"2")]);
        assert!(read_form("multipart/form-data; boundary=b", &twice, fields).is_err());
        assert!(read_form("multipart/form-data", &twice, fields).is_err());
        assert!(read_form("multipart/form-data; boundary=zz", &twice, fields).is_err());

        // Telegram's rules: an image, a caption within 1024 characters.
        let not_image = json!({"file_name": "x.png", "size": 3, "text": "abc"});
        let p = |v: Value| v.as_object().unwrap().clone();
        let broken = check_rules("sendPhoto", &p(json!({"chat_id": 7, "photo": not_image})));
        assert_eq!(broken.len(), 1);
        let long = "ก".repeat(1025);
        let photo = json!({"file_name": "x.png", "size": png.len(), "hex": to_hex(&png)});
        let broken = check_rules(
            "sendPhoto",
            &p(json!({"chat_id": 7, "photo": photo, "caption": long})),
        );
        assert_eq!(broken.len(), 1);
        assert!(
            check_rules("sendPhoto", &p(json!({"photo": tiny_png_upload(30, 900)}))).len() == 1
        );
    }

    fn tiny_png_upload(width: u32, height: u32) -> Value {
        upload(&FormPart {
            name: "photo".into(),
            file_name: Some("x.png".into()),
            content_type: Some("image/png".into()),
            data: tiny_png(width, height),
        })
    }

    #[tokio::test]
    async fn answers_deserialize_into_teloxide_types() {
        let api = FakeBotApi::start("42:T").await.unwrap();
        let me: teloxide::types::Me = serde_json::from_value(api.shared.me()).unwrap();
        assert_eq!(me.username(), BOT_USERNAME);

        let user = json!({"id": 7, "is_bot": false, "first_name": "A", "language_code": "th"});
        let chat = json!({"id": 7, "type": "private", "first_name": "A"});
        api.push_update(
            "message",
            json!({"message_id": 1, "date": 1, "chat": chat, "from": user, "text": "/start",
                   "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}),
        );
        let p = |v: Value| v.as_object().unwrap().clone();
        let keyboard = json!({"inline_keyboard": [[{"text": "a", "callback_data": "m"}]]});
        let (_, sent) = send(
            &api.shared,
            "sendMessage",
            &p(
                json!({"chat_id": 7, "text": "<b>x</b>", "parse_mode": "HTML",
                      "reply_markup": keyboard}),
            ),
        );
        let m: teloxide::types::Message = serde_json::from_value(sent["result"].clone()).unwrap();
        assert_eq!(m.text(), Some("x"));
        assert!(m.reply_markup().is_some());
        let (_, venue) = send(
            &api.shared,
            "sendVenue",
            &p(json!({"chat_id": 7, "latitude": 22.8, "longitude": 108.4,
                      "title": "t", "address": "a"})),
        );
        let v: teloxide::types::Message = serde_json::from_value(venue["result"].clone()).unwrap();
        assert!(v.venue().is_some(), "{v:?}");
        let png = tiny_png(300, 300);
        let photo = upload(&FormPart {
            name: "photo".into(),
            file_name: Some("check-in.png".into()),
            content_type: None,
            data: png.clone(),
        });
        let (_, sent_png) = send(
            &api.shared,
            "sendPhoto",
            &p(json!({"chat_id": 7, "photo": photo, "caption": "<b>c</b>", "parse_mode": "HTML"})),
        );
        let with_photo: teloxide::types::Message =
            serde_json::from_value(sent_png["result"].clone()).unwrap();
        let sizes = with_photo.photo().expect("a photo message");
        assert_eq!((sizes[0].width, sizes[0].height), (300, 300));
        assert_eq!(with_photo.caption(), Some("c"));
        let ics = upload(&FormPart {
            name: "document".into(),
            file_name: Some("agenda.ics".into()),
            content_type: None,
            data: b"BEGIN:VCALENDAR".to_vec(),
        });
        let (_, sent_ics) = send(
            &api.shared,
            "sendDocument",
            &p(json!({"chat_id": 7, "document": ics, "caption": "c"})),
        );
        let with_file: teloxide::types::Message =
            serde_json::from_value(sent_ics["result"].clone()).unwrap();
        let document = with_file.document().expect("a document message");
        assert_eq!(document.file_name.as_deref(), Some("agenda.ics"));
        assert_eq!(document.file.size, 15);
        let (code, _) = edit_text(
            &api.shared,
            &p(json!({"chat_id": 7, "message_id": with_file.id.0, "text": "y"})),
        );
        assert_eq!(code, 400, "a document has no text to edit");
        let (code, edited) = edit_text(
            &api.shared,
            &p(json!({"chat_id": 7, "message_id": m.id.0, "text": "y"})),
        );
        assert_eq!(code, 200);
        let _: teloxide::types::Message = serde_json::from_value(edited["result"].clone()).unwrap();
        let (code, _) = edit_text(
            &api.shared,
            &p(json!({"chat_id": 7, "message_id": m.id.0, "text": "y"})),
        );
        assert_eq!(code, 400, "not modified");

        let id = api.push_update(
            "callback_query",
            json!({"id": "q1", "from": user, "message": sent["result"], "chat_instance": "c",
                   "data": "m"}),
        );
        let queued = api.shared.lock().updates.clone();
        let updates: Vec<teloxide::types::Update> =
            serde_json::from_value(Value::Array(queued)).unwrap();
        assert_eq!(updates.len(), 2);
        assert_eq!(updates[1].id.0 as i64, id);
        let info: teloxide::types::WebhookInfo = serde_json::from_value(
            respond(&api.shared, "getWebhookInfo", &Map::new()).1["result"].clone(),
        )
        .unwrap();
        assert!(info.url.is_none());
        assert!(api.violations().is_empty(), "{:#?}", api.violations());
        api.stop().await;
    }
}
