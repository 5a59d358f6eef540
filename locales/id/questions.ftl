# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    sekarang
    skrg
    skrng
    saat ini
    sedang berlangsung
    berikutnya
    selanjutnya
ask-words-today =
    hari ini
    hr ini
    pagi ini
    siang ini
    sore ini
    nanti sore
    malam ini
    nanti malam
ask-words-tomorrow =
    besok
    bsk
    esok
ask-words-day-after-tomorrow =
    lusa
    dua hari lagi
ask-words-yesterday =
    kemarin
    kemaren
    kmrn
ask-words-morning =
    pagi
    pagi hari
ask-words-afternoon =
    siang
    sore
    siang hari
    sore hari
    petang
ask-words-evening =
    malam
    malam ini
    nanti malam
    mlm
ask-words-programme =
    jadwal
    jadwalnya
    jadwal acara
    agenda
    agendanya
    rundown
    susunan acara
    rangkaian acara
    program
    programnya
    acaranya apa
    ada acara apa
    kegiatan
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    ada acara apa aja
    acaranya apa aja ya
    ada kegiatan apa saja
    kegiatannya apa aja sih
    ada event apa aja
    kita ngapain aja ya
    rencananya apa saja
    lihat jadwal lengkapnya dong
    minta jadwal acaranya dong kak
    boleh minta rundown acaranya
    agenda lengkapnya gimana ya
    tolong kirim susunan acaranya
    daftar sesinya apa aja
    ada sesi apa saja
    schedule acaranya gimana
    program kegiatannya apa ya
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    sen
    snn
    senen
ask-words-weekday-2 =
    sel
    sls
ask-words-weekday-3 =
    rab
    rebo
ask-words-weekday-4 =
    kam
    kms
    kemis
ask-words-weekday-5 =
    jum
    jmt
    jum'at
    jumaat
ask-words-weekday-6 =
    sab
    sbt
ask-words-weekday-7 =
    ahad

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>Tentang { $topic }:</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>Contoh jawaban: panitia akan mengonfirmasi detailnya.</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = jadwal acara pada { $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = jadwal acara pada { $day }, { $part }
ask-part-morning = pagi hari
ask-part-afternoon = siang dan sore hari
ask-part-evening = malam hari
ask-topic-now = acara yang sedang berlangsung
ask-topic-programme = jadwal acara
# Variables: $dates (text) the event's dates.
ask-day-empty = Tidak ada kegiatan yang dijadwalkan pada waktu tersebut. Acara ini berlangsung pada { $dates }.
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 Saya kurang yakin memahami pertanyaan Anda. Bolehkah saya meneruskannya kepada relawan yang menguasai { $language }? Relawan akan menjawab di sini.
button-ask-volunteer = 🙋 Tanya relawan
button-ask-whole-day = 📅 Jadwal sehari penuh

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 Silakan tulis pertanyaan Anda dengan kata-kata Anda sendiri; relawan yang menguasai { $language } akan menjawab di sini. Untuk membatalkan, kirim /cancel.
# Variables: $ticket (number) the question's number.
ask-sent = ✅ Pertanyaan Anda telah dikirim kepada relawan (no. { $ticket }). Relawan akan menjawab di sini. Pesan apa pun yang Anda tulis setelah ini juga akan diteruskan kepada mereka hingga pertanyaan ini ditutup.
ask-added = ✅ Telah diteruskan kepada relawan.
ask-cancelled = Pertanyaan Anda batal dikirim.
button-ask-done = ✔️ Pertanyaan saya sudah terjawab
ask-limit = ⏳ Anda telah mengirim banyak pesan kepada relawan dalam waktu singkat. Mohon tunggu beberapa menit: relawan sudah menerima pesan Anda dan akan menjawabnya.
# Variables: $phone (text) the help desk's phone.
ask-unavailable = Mohon maaf, saat ini relawan tidak dapat dihubungi dari sini. Silakan telepon meja layanan: { $phone }.
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 Seorang relawan sedang menangani pertanyaan Anda (no. { $ticket }).
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>Jawaban relawan</b> (pertanyaan no. { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ Pertanyaan Anda (no. { $ticket }) telah ditutup. Apakah jawabannya membantu?
button-helpful-yes = 👍 Ya
button-helpful-no = 👎 Tidak
ask-thanks = Terima kasih. Masukan Anda membantu kami meningkatkan layanan ini.

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>Pertanyaan no. { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = Dari { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = Dari { $name }, { $delegation }
ticket-hint = ↩️ Balas pesan ini untuk menjawab (di forum: tulis di topik ini). Delegasi akan melihat jawaban Anda tanpa nama Anda.
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 Ditangani oleh { $name }
# Variables: $name (text) who closed it.
ticket-closed = ✔️ Ditutup oleh { $name }
ticket-closed-by-delegate = ✔️ Ditutup oleh delegasi
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>Pertanyaan no. { $ticket } masih menunggu</b> setelah { $minutes } menit. Siapa yang bisa menanganinya?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>No. { $ticket }</b>, { $name } menambahkan:
ticket-feedback-yes = 👍 Menurut delegasi, jawabannya membantu.
ticket-feedback-no = 👎 Menurut delegasi, jawabannya tidak membantu.
ticket-unreachable = ⚠️ Delegasi tidak dapat dihubungi; kemungkinan mereka telah memblokir bot ini.
# Variables: $ticket (number).
ticket-is-closed = Pertanyaan ini (no. { $ticket }) sudah ditutup: pesan Anda tidak diteruskan.
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = No. { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 Tangani
button-ticket-close = ✔️ Tutup
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = Sudah ditangani oleh { $name }.
button-ticket-not-volunteer = Hanya relawan meja layanan yang dapat melakukan ini.
button-ticket-gone = Pertanyaan ini sudah ditutup.
# Languages named for the volunteers.
ticket-language-en = Bahasa Inggris
ticket-language-zh-CN = Bahasa Mandarin
ticket-language-id = Bahasa Indonesia
ticket-language-ms = Bahasa Melayu
ticket-language-th = Bahasa Thai
ticket-language-vi = Bahasa Vietnam
ticket-language-fil = Bahasa Filipino
ticket-language-km = Bahasa Khmer
ticket-language-lo = Bahasa Laos
ticket-language-my = Bahasa Myanmar

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>Bahasa yang Anda gunakan untuk menjawab</b>
    Ketuk setiap bahasa yang dapat Anda gunakan untuk menjawab pertanyaan. Anda akan ditandai (mention) di grup relawan setiap kali ada pertanyaan baru dalam bahasa tersebut.
volunteer-languages-none = Anda belum memilih bahasa apa pun.
button-volunteer-done = ✅ Selesai
volunteer-languages-saved = ✅ Tersimpan. Anda akan ditandai (mention) setiap kali ada pertanyaan baru dalam bahasa pilihan Anda.
volunteer-not-member = Fitur ini khusus untuk relawan meja layanan. Silakan bergabung dengan grup relawan terlebih dahulu, lalu kirim /volunteer lagi.

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>Pertanyaan untuk relawan</b>: { $open } menunggu, { $claimed } sedang dijawab, { $closed } ditutup.
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 Dinilai membantu: { $share }% dari { $rated } penilaian.
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ Median waktu hingga jawaban pertama: { $minutes } menit.
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 Pertanyaan yang diketik dan dijawab langsung oleh bot: { $answered } dari { $asked }.

command-ask = Ajukan pertanyaan kepada relawan
command-volunteer = Relawan: bahasa yang Anda gunakan untuk menjawab
