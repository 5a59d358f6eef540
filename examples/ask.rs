use delegate_desk::content::Content;
use delegate_desk::i18n::Lang;
fn main() {
    let c = Content::bundled().unwrap();
    let mut args = std::env::args().skip(1);
    let lang = Lang::from_code(&args.next().unwrap()).unwrap();
    let q = args.next().unwrap();
    let now = chrono::NaiveDate::from_ymd_opt(2025, 1, 15)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    println!("{:?}", c.questions().ask(&c.event, &q, lang, now));
}
