# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到). In Indonesian: "pendaftaran" / "mendaftar"
# for sessions; "registrasi" stays reserved for the arrival desk.

menu-dialogues = 📝 Pendaftaran dialog
menu-my = 🗓️ Agenda saya

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ Selamat datang! Anda diundang sebagai anggota delegasi <b>{ $delegation }</b>.
    Untuk mendaftar mengikuti sesi, mohon jawab { $steps } pertanyaan singkat untuk tanda pengenal Anda dan untuk panitia. Anda dapat berhenti kapan saja dengan /cancel.
# Variables: $delegation (text) the delegation's name.
invite-already-member = Anda sudah terdaftar sebagai anggota delegasi <b>{ $delegation }</b>.
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = Anda sudah terdaftar sebagai anggota delegasi <b>{ $delegation }</b>, sehingga undangan ini tidak digunakan. Jika ini suatu kekeliruan, silakan hubungi meja layanan delegasi.
invite-not-found = ❌ Kode undangan ini tidak valid. Silakan periksa kembali dan coba lagi, atau mintalah tautannya kepada koordinator delegasi Anda.
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ Undangan ini sudah digunakan oleh { $people ->
        [1] satu-satunya orang
       *[other] seluruh { $people } orang
    } yang tercakup di dalamnya. Silakan hubungi koordinator delegasi Anda.
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ Masa berlaku undangan ini telah berakhir pada { $date }. Silakan minta undangan baru kepada koordinator delegasi Anda.
invite-revoked = ❌ Undangan ini telah dicabut oleh panitia. Silakan hubungi koordinator delegasi Anda.
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ Terlalu banyak kode yang salah. Silakan tunggu { $minutes ->
       *[other] { $minutes } menit
    } sebelum mencoba lagi.
# Someone without an invitation tries to register.
invite-needed = Pendaftaran sesi hanya dapat dilakukan melalui undangan. Silakan buka tautan yang dikirimkan oleh koordinator delegasi Anda, atau ketik kode undangan di sini.

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = Pertanyaan { $step } dari { $steps }
profile-ask-full-name = Siapa <b>nama lengkap</b> Anda, sebagaimana yang akan dicantumkan pada tanda pengenal Anda?
profile-ask-title = Apa <b>jabatan</b> Anda? Misalnya: Wali Kota, Wakil Wali Kota, Kepala Kantor Urusan Luar Negeri.
profile-ask-city = <b>Kota</b> mana yang Anda wakili?
profile-ask-country = Dari <b>negara</b> mana Anda berasal? Silakan pilih di bawah ini, atau ketik nama negara lain.
profile-ask-organisation = Apa <b>instansi atau organisasi</b> tempat Anda bertugas? Misalnya: Komite Rakyat Kota Da Nang.
profile-ask-diet = Apakah Anda memiliki <b>kebutuhan makanan khusus</b>?
profile-ask-diet-other = Silakan jelaskan kebutuhan makanan khusus Anda (misalnya, alergi).
profile-ask-interpretation = Ke bahasa apa Anda memerlukan <b>penerjemahan lisan</b> selama sesi berlangsung?
profile-cancel-hint = Untuk berhenti, kirim /cancel.

profile-invalid-empty = Silakan ketik jawaban Anda.
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = Jawaban ini terlalu panjang: mohon maksimal { $max } karakter.
profile-invalid-characters = Jawaban ini mengandung karakter yang tidak dapat dicetak pada tanda pengenal. Silakan ketik ulang.
profile-invalid-not-text = Silakan jawab dalam bentuk teks.
profile-invalid-choose = Silakan pilih salah satu tombol di bawah ini.

profile-cancelled = Profil Anda tidak disimpan. Anda dapat melanjutkannya kapan saja dengan mengirim /profile.
profile-saved = ✅ Terima kasih, profil Anda telah disimpan. Kini Anda dapat mendaftar untuk mengikuti dialog paralel.
profile-updated = ✅ Profil Anda telah diperbarui.

profile-title = 👤 <b>Profil saya</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = Delegasi: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = Untuk memperbaiki jawaban, ketuk jawaban tersebut di bawah ini.
# Someone who has not used an invitation asks for their profile.
profile-none = Anda belum memiliki profil. Pendaftaran hanya melalui undangan: silakan buka tautan yang dikirimkan oleh koordinator delegasi Anda, atau ketik kode undangan di sini.
profile-incomplete = Profil Anda belum lengkap. Mari kita lanjutkan.

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = Nama
profile-field-title = Jabatan
profile-field-city = Kota
profile-field-country = Negara
profile-field-organisation = Instansi/organisasi
profile-field-diet = Kebutuhan makanan khusus
profile-field-interpretation = Penerjemahan lisan
profile-interpretation-none = Tidak perlu penerjemahan

# Countries offered as buttons (plain text). Others are typed.
country-bn = Brunei Darussalam
country-kh = Kamboja
country-id = Indonesia
country-la = Laos
country-my = Malaysia
country-mm = Myanmar
country-ph = Filipina
country-sg = Singapura
country-th = Thailand
country-vn = Vietnam
country-tl = Timor-Leste
country-cn = Tiongkok

# Dietary requirements offered as buttons (plain text).
diet-none = Tidak ada kebutuhan khusus
diet-halal = Halal
diet-vegetarian = Vegetarian
diet-vegan = Vegan
diet-other = Lainnya (akan saya jelaskan)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>Pendaftaran dialog</b>
dialogues-intro = Jumlah kursi terbatas. Pilih sesi untuk melihat detailnya dan mendaftar.
dialogues-none = Saat ini tidak ada sesi yang membuka pendaftaran.
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ Penuh ({ $capacity } kursi): daftar tunggu dibuka
       *[other] 🎟️ Tersisa { $left } dari { $capacity } kursi
    }
dialogues-closed = 🔒 Pendaftaran ditutup
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = Pendaftaran akan ditutup pada { $date } pukul { $time }.
dialogues-you-confirmed = ✅ Anda sudah terdaftar
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ Anda berada di urutan ke-{ $position } dalam daftar tunggu

## Registering, from a session's screen.

button-register = ✅ Daftar
button-join-waitlist = ⏳ Masuk daftar tunggu
button-cancel-registration = ❌ Batalkan pendaftaran saya
button-leave-waitlist = ❌ Keluar dari daftar tunggu
button-check-in-code = 🎫 Kode check-in saya
button-dialogues = 📝 Semua dialog
# Variables: $title (text) the session to switch to.
button-switch = 🔁 Pindah ke { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>Anda telah terdaftar.</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    Kode check-in Anda menyusul di bawah ini: mohon tunjukkan kode tersebut di pintu masuk.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>Sesi ini sudah penuh.</b> Anda berada di urutan ke-{ $position } dalam daftar tunggu untuk <b>{ $title }</b>. Jika ada kursi yang kosong, kursi tersebut akan otomatis diberikan kepada Anda dan saya akan memberi tahu Anda di sini.
# Variables: $title (text) session title.
register-already-confirmed = Anda sudah terdaftar untuk <b>{ $title }</b>.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = Anda sudah berada dalam daftar tunggu untuk <b>{ $title }</b>: urutan ke-{ $position }.
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> berlangsung bersamaan dengan <b>{ $other }</b> ({ $when }), dan Anda sudah memiliki tempat di sesi tersebut. Anda dapat pindah sesi: tempat Anda di <b>{ $other }</b> akan dilepaskan.
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 Pendaftaran untuk <b>{ $title }</b> telah ditutup pada { $date } pukul { $time }.
# Variables: $title (text) session title.
register-cancelled = Pendaftaran Anda untuk <b>{ $title }</b> telah dibatalkan. Kursi Anda akan diberikan kepada orang berikutnya dalam daftar tunggu.
# Variables: $title (text) session title.
register-left-waitlist = Anda telah keluar dari daftar tunggu untuk <b>{ $title }</b>.
# Variables: $title (text) session title.
register-not-registered = Anda tidak memiliki tempat di <b>{ $title }</b>.
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>Kabar baik: kini ada kursi yang tersedia untuk Anda.</b>
    Anda sekarang terdaftar untuk:

    <b>{ $title }</b>
    { $when }
    { $venue }

    Kode check-in Anda menyusul di bawah ini: mohon tunjukkan kode tersebut di pintu masuk.
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 Kode check-in untuk <b>{ $title }</b>
    { $when }
    Mohon tunjukkan kode ini kepada relawan di pintu masuk.

## My agenda (/my).

agenda-title = 🗓️ <b>Agenda saya</b>
agenda-empty = Anda belum memiliki tempat di sesi mana pun.
agenda-confirmed = ✅ Terdaftar
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ Daftar tunggu, urutan ke-{ $position }
agenda-plenary-note = Sidang pleno terbuka untuk semua delegasi tanpa pendaftaran: lihat jadwal acara.
button-agenda-ics = 📅 Tambahkan ke kalender saya
button-profile = 👤 Profil saya
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ Batalkan: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 Agenda Anda untuk { $event }. Buka berkas ini untuk menambahkannya ke kalender ponsel Anda. Semua waktu adalah waktu setempat ({ $tz }).
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (daftar tunggu)
