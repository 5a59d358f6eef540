//! Matching time of typed questions: every question of the quality sets
//! (tests/questions/<lang>.txt), answered against the bundled event, many
//! times over; p50, p99 and the worst per language. The goal: p99 under
//! 1 ms in every language.
//!
//! `cargo bench --bench questions`

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use delegate_desk::content::Content;
use delegate_desk::i18n::Lang;

const ROUNDS: usize = 200;

fn questions(lang: Lang) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/questions")
        .join(format!("{}.txt", lang.code()));
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" | ").map(|(_, q)| q.trim().to_string()))
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let started = Instant::now();
    let content = match Content::bundled() {
        Ok(c) => c,
        Err(problems) => {
            eprintln!("the bundled content does not load: {problems:?}");
            std::process::exit(1);
        }
    };
    let loaded = started.elapsed();
    let index = Instant::now();
    let matcher = content.questions();
    let built = index.elapsed();
    println!("content loaded in {loaded:?}; question index built in {built:?}");
    let now = NaiveDate::from_ymd_opt(2025, 1, 15)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .unwrap_or_default();
    println!("| language | questions | p50 | p99 | worst |\n|---|---:|---:|---:|---:|");
    let mut all = Vec::new();
    for lang in Lang::ALL {
        let qs = questions(lang);
        if qs.is_empty() {
            continue;
        }
        let mut times = Vec::with_capacity(qs.len() * ROUNDS);
        for _ in 0..ROUNDS {
            for q in &qs {
                let t = Instant::now();
                let found = matcher.ask(&content.event, q, lang, now);
                times.push(t.elapsed());
                std::hint::black_box(found);
            }
        }
        times.sort();
        println!(
            "| {} | {} | {:.0} µs | {:.0} µs | {:.0} µs |",
            lang.code(),
            qs.len(),
            percentile(&times, 0.5).as_secs_f64() * 1e6,
            percentile(&times, 0.99).as_secs_f64() * 1e6,
            times.last().copied().unwrap_or_default().as_secs_f64() * 1e6,
        );
        all.extend(times);
    }
    all.sort();
    println!(
        "all: p50 {:.0} µs, p99 {:.0} µs",
        percentile(&all, 0.5).as_secs_f64() * 1e6,
        percentile(&all, 0.99).as_secs_f64() * 1e6
    );
}
