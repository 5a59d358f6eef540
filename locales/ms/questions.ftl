# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    sekarang
    skrg
    skg
    masa ini
    kini
    seterusnya
ask-words-today =
    hari ini
    hari ni
    harini
    malam ini
    malam ni
ask-words-tomorrow =
    esok
    besok
    esk
ask-words-day-after-tomorrow =
    lusa
ask-words-yesterday =
    semalam
    smlm
ask-words-morning =
    pagi
    pg
    a.m.
ask-words-afternoon =
    petang
    ptg
    p.m.
ask-words-evening =
    malam
    mlm
ask-words-programme =
    atur cara
    aturcara
    jadual
    agenda
    program
    tentatif
    aktiviti
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    ada acara apa
    apa yg ada
    ada apa-apa aktiviti tak
    apa aktiviti yang ada
    ada apa-apa yang berlangsung ke
    ada event apa je
    kita nak buat apa
    apa yang dirancang
    boleh tunjuk jadual
    nak tengok schedule penuh
    atur cara penuh
    seluruh agenda
    senarai sesi
    ada sesi apa
    boleh share tentatif program
    apa plan kita
    jadual persidangan
    minta atur cara ye
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    isn
    monday
    mon
ask-words-weekday-2 =
    sel
    tuesday
    tue
    tues
ask-words-weekday-3 =
    rab
    wednesday
    wed
ask-words-weekday-4 =
    kha
    kamis
    thursday
    thu
    thur
    thurs
ask-words-weekday-5 =
    jum
    jumat
    friday
    fri
ask-words-weekday-6 =
    sab
    saturday
ask-words-weekday-7 =
    ahd
    sunday
    sun

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>Mengenai { $topic }:</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>Jawapan contoh: penganjur akan mengesahkan butirannya.</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = atur cara pada { $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = atur cara pada { $day }, { $part }
ask-part-morning = waktu pagi
ask-part-afternoon = waktu petang
ask-part-evening = waktu malam
ask-topic-now = acara yang sedang berlangsung
ask-topic-programme = atur cara
# Variables: $dates (text) the event's dates.
ask-day-empty = Tiada apa-apa yang dijadualkan pada waktu itu. Acara ini berlangsung pada { $dates }.
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 Saya kurang pasti sama ada saya faham soalan anda. Adakah anda ingin soalan ini dimajukan kepada sukarelawan yang fasih dalam { $language }? Jawapannya akan diberikan di sini.
button-ask-volunteer = 🙋 Tanya sukarelawan
button-ask-whole-day = 📅 Atur cara sepanjang hari

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 Sila tulis soalan anda dengan ayat sendiri; sukarelawan yang fasih dalam { $language } akan menjawabnya di sini. Untuk berhenti, hantar /cancel.
# Variables: $ticket (number) the question's number.
ask-sent = ✅ Soalan anda telah dihantar kepada sukarelawan (no. { $ticket }). Seorang sukarelawan akan menjawab di sini. Sebarang mesej yang anda tulis selepas ini juga akan dimajukan kepada mereka sehingga soalan ini ditutup.
ask-added = ✅ Telah dimajukan kepada sukarelawan.
ask-cancelled = Soalan anda tidak dihantar.
button-ask-done = ✔️ Soalan saya telah dijawab
ask-limit = ⏳ Anda telah menghantar banyak mesej kepada sukarelawan dalam masa yang singkat. Sila tunggu beberapa minit: mereka telah menerima mesej anda dan akan menjawab.
# Variables: $phone (text) the help desk's phone.
ask-unavailable = Maaf, sukarelawan tidak dapat dihubungi dari sini buat masa ini. Sila hubungi kaunter bantuan: { $phone }.
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 Seorang sukarelawan sedang meneliti soalan anda (no. { $ticket }).
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>Jawapan daripada sukarelawan</b> (soalan no. { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ Soalan anda (no. { $ticket }) telah ditutup. Adakah jawapan itu membantu anda?
button-helpful-yes = 👍 Ya
button-helpful-no = 👎 Tidak
ask-thanks = Terima kasih. Maklum balas anda membantu kami menambah baik kaunter ini.

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>Soalan no. { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = Daripada { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = Daripada { $name }, { $delegation }
ticket-hint = ↩️ Balas mesej ini untuk menjawab (dalam forum: tulis dalam topik ini). Delegasi akan menerima jawapan anda tanpa nama anda dipaparkan.
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 Diambil oleh { $name }
# Variables: $name (text) who closed it.
ticket-closed = ✔️ Ditutup oleh { $name }
ticket-closed-by-delegate = ✔️ Ditutup oleh delegasi
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>Soalan no. { $ticket } masih menunggu</b> selepas { $minutes } minit. Siapa yang boleh mengambilnya?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>No. { $ticket }</b>, { $name } menambah:
ticket-feedback-yes = 👍 Delegasi mendapati jawapan itu membantu.
ticket-feedback-no = 👎 Delegasi mendapati jawapan itu tidak membantu.
ticket-unreachable = ⚠️ Delegasi tidak dapat dihubungi: mereka mungkin telah menyekat bot ini.
# Variables: $ticket (number).
ticket-is-closed = Soalan ini (no. { $ticket }) telah ditutup: mesej anda tidak dimajukan.
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = No. { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 Ambil
button-ticket-close = ✔️ Tutup
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = Sudah diambil oleh { $name }.
button-ticket-not-volunteer = Hanya sukarelawan kaunter ini yang boleh berbuat demikian.
button-ticket-gone = Soalan ini telah pun ditutup.
# Languages named for the volunteers.
ticket-language-en = Bahasa Inggeris
ticket-language-zh-CN = Bahasa Cina
ticket-language-id = Bahasa Indonesia
ticket-language-ms = Bahasa Melayu
ticket-language-th = Bahasa Thai
ticket-language-vi = Bahasa Vietnam
ticket-language-fil = Bahasa Filipino
ticket-language-km = Bahasa Khmer
ticket-language-lo = Bahasa Lao
ticket-language-my = Bahasa Myanmar

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>Bahasa yang anda gunakan untuk menjawab</b>
    Ketik setiap bahasa yang boleh anda gunakan untuk menjawab soalan. Apabila ada soalan baharu dalam bahasa tersebut, anda akan disebut dalam kumpulan sukarelawan.
volunteer-languages-none = Anda belum memilih sebarang bahasa.
button-volunteer-done = ✅ Selesai
volunteer-languages-saved = ✅ Disimpan. Anda akan disebut apabila ada soalan baharu dalam bahasa anda.
volunteer-not-member = Fungsi ini hanya untuk sukarelawan kaunter. Sila sertai kumpulan sukarelawan terlebih dahulu, kemudian hantar /volunteer sekali lagi.

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>Soalan kepada sukarelawan</b>: { $open } menunggu, { $claimed } sedang dijawab, { $closed } ditutup.
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 Didapati membantu: { $share }% daripada { $rated } penilaian.
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ Masa median untuk jawapan pertama: { $minutes } minit.
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 Soalan ditaip yang dijawab sendiri oleh bot: { $answered } daripada { $asked }.

command-ask = Tanya soalan kepada sukarelawan
command-volunteer = Sukarelawan: bahasa yang anda gunakan untuk menjawab
