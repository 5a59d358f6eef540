//! What this process knows of each delegate's language, so that an
//! ordinary tap does not ask the database again.
//!
//! Only while this process is the only one that handles updates (long
//! polling: Telegram gives a bot's updates to one poller): then every
//! change to what is remembered here — a language chosen, a delegate found
//! unreachable by the outbox — happens in this process, which forgets the
//! delegate at once. Instances behind a webhook share the database with
//! others and never remember.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use crate::i18n::Lang;

/// How many delegates are remembered at most; past it, the memory starts
/// again (a delegate forgotten is only asked of the database once more).
const CAPACITY: usize = 100_000;

#[derive(Debug, Default)]
pub struct Known {
    on: AtomicBool,
    /// Telegram id → (the language they chose, if any and known; a hash of
    /// the language code their app reported last).
    delegates: Mutex<HashMap<i64, (Option<Lang>, u64)>>,
    /// Counts what was forgotten: what the database said before a
    /// forgetting may be stale by the time it is noted.
    forgotten: AtomicU64,
}

/// When a look-up in the database began (see [`Known::note`]).
#[derive(Debug, Clone, Copy)]
pub struct Asked(u64);

fn fingerprint(app_code: &str) -> u64 {
    let mut h = DefaultHasher::new();
    app_code.hash(&mut h);
    h.finish()
}

impl Known {
    /// Remember from now on (this process alone handles updates).
    pub fn switch_on(&self) {
        self.on.store(true, Ordering::Relaxed);
    }

    /// The language the delegate chose (`Some(None)`: none), if it is known
    /// and the database has nothing to learn: their app reports no code, or
    /// the one it reported last time.
    pub fn recall(&self, telegram_id: i64, app_code: Option<&str>) -> Option<Option<Lang>> {
        if !self.on.load(Ordering::Relaxed) {
            return None;
        }
        let delegates = self.delegates.lock().unwrap_or_else(|p| p.into_inner());
        let (chosen, app) = delegates.get(&telegram_id)?;
        match app_code {
            Some(code) if fingerprint(code) != *app => None,
            _ => Some(*chosen),
        }
    }

    /// Taken before asking the database, for [`Known::note`].
    pub fn asking(&self) -> Asked {
        Asked(self.forgotten.load(Ordering::SeqCst))
    }

    /// What the database said of the delegate when `asked` (and was told:
    /// the code their app reports, stored if it changed; reachable again).
    /// Not kept if anyone was forgotten since: it may be stale.
    pub fn note(
        &self,
        asked: Asked,
        telegram_id: i64,
        app_code: Option<&str>,
        chosen: Option<Lang>,
    ) {
        if !self.on.load(Ordering::Relaxed) {
            return;
        }
        let mut delegates = self.delegates.lock().unwrap_or_else(|p| p.into_inner());
        if self.forgotten.load(Ordering::SeqCst) != asked.0 {
            return;
        }
        let app = match (app_code, delegates.get(&telegram_id)) {
            (Some(code), _) => fingerprint(code),
            // Nothing reported: the stored code stays what it was, which
            // only a remembered fingerprint can say; else the next report
            // is compared with nothing and goes to the database.
            (None, Some((_, app))) => *app,
            (None, None) => 0,
        };
        if delegates.len() >= CAPACITY && !delegates.contains_key(&telegram_id) {
            delegates.clear();
        }
        delegates.insert(telegram_id, (chosen, app));
    }

    /// Forgets the delegate: what the database holds of them changed.
    pub fn forget(&self, telegram_id: i64) {
        if !self.on.load(Ordering::Relaxed) {
            return;
        }
        let mut delegates = self.delegates.lock().unwrap_or_else(|p| p.into_inner());
        self.forgotten.fetch_add(1, Ordering::SeqCst);
        delegates.remove(&telegram_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_nothing_unless_switched_on() {
        let known = Known::default();
        known.note(known.asking(), 7, Some("th"), Some(Lang::Th));
        assert_eq!(known.recall(7, Some("th")), None);
    }

    #[test]
    fn a_new_app_language_goes_back_to_the_database() {
        let known = Known::default();
        known.switch_on();
        known.note(known.asking(), 7, Some("th"), None);
        assert_eq!(known.recall(7, Some("th")), Some(None));
        assert_eq!(known.recall(7, None), Some(None));
        assert_eq!(known.recall(7, Some("vi")), None);
        assert_eq!(known.recall(8, Some("th")), None);
    }

    #[test]
    fn a_report_without_a_code_keeps_the_last_code() {
        let known = Known::default();
        known.switch_on();
        known.note(known.asking(), 7, Some("km"), Some(Lang::Km));
        known.note(known.asking(), 7, None, Some(Lang::Km));
        assert_eq!(known.recall(7, Some("km")), Some(Some(Lang::Km)));
        known.forget(7);
        assert_eq!(known.recall(7, Some("km")), None);
    }

    #[test]
    fn what_was_read_before_a_forgetting_is_not_kept() {
        let known = Known::default();
        known.switch_on();
        let asked = known.asking();
        // Meanwhile the delegate chose a language, or the outbox found
        // them unreachable.
        known.forget(9);
        known.note(asked, 7, Some("lo"), None);
        assert_eq!(known.recall(7, Some("lo")), None);
        known.note(known.asking(), 7, Some("lo"), None);
        assert_eq!(known.recall(7, Some("lo")), Some(None));
    }
}
