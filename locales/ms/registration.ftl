# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).

menu-dialogues = 📝 Pendaftaran dialog
menu-my = 🗓️ Agenda saya

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ Selamat datang! Anda dijemput sebagai ahli delegasi <b>{ $delegation }</b>.
    Untuk mendaftar bagi sesi-sesi, sila jawab { $steps } soalan ringkas untuk pas delegasi anda dan untuk pihak penganjur. Anda boleh berhenti pada bila-bila masa dengan /cancel.
# Variables: $delegation (text) the delegation's name.
invite-already-member = Anda telah berdaftar sebagai ahli delegasi <b>{ $delegation }</b>.
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = Anda telah berdaftar sebagai ahli delegasi <b>{ $delegation }</b>, oleh itu jemputan ini tidak digunakan. Jika ini satu kesilapan, sila hubungi kaunter bantuan.
invite-not-found = ❌ Kod jemputan ini tidak sah. Sila semak dan cuba lagi, atau minta pautan daripada penyelaras delegasi anda.
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ Jemputan ini telah digunakan oleh { $people ->
        [1] satu-satunya orang
       *[other] kesemua { $people } orang
    } yang diliputinya. Sila hubungi penyelaras delegasi anda.
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ Jemputan ini telah tamat tempoh pada { $date }. Sila minta jemputan baharu daripada penyelaras delegasi anda.
invite-revoked = ❌ Jemputan ini telah ditarik balik oleh pihak penganjur. Sila hubungi penyelaras delegasi anda.
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ Terlalu banyak kod yang salah. Sila tunggu { $minutes ->
       *[other] { $minutes } minit
    } sebelum mencuba lagi.
# Someone without an invitation tries to register.
invite-needed = Pendaftaran untuk sesi adalah melalui jemputan sahaja. Sila buka pautan yang dihantar oleh penyelaras delegasi anda, atau taip kod jemputan di sini.

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = Soalan { $step } daripada { $steps }
profile-ask-full-name = Apakah <b>nama penuh</b> anda, seperti yang akan tertera pada pas delegasi anda?
profile-ask-title = Apakah <b>jawatan</b> anda? Contohnya: Datuk Bandar, Timbalan Datuk Bandar, Pengarah Hal Ehwal Luar Negeri.
profile-ask-city = <b>Bandar</b> manakah yang anda wakili?
profile-ask-country = Anda berasal dari <b>negara</b> mana? Sila pilih di bawah, atau taip nama negara lain.
profile-ask-organisation = Anda bertugas di <b>organisasi</b> mana? Contohnya: Jawatankuasa Rakyat Bandar Raya Da Nang.
profile-ask-diet = Adakah anda mempunyai sebarang <b>keperluan pemakanan khas</b>?
profile-ask-diet-other = Sila nyatakan keperluan pemakanan anda (contohnya, alahan).
profile-ask-interpretation = Apakah <b>bahasa interpretasi</b> yang anda perlukan semasa sesi?
profile-cancel-hint = Untuk berhenti, hantar /cancel.

profile-invalid-empty = Sila taip jawapan anda.
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = Jawapan ini terlalu panjang: sila hadkan kepada { $max } aksara.
profile-invalid-characters = Jawapan ini mengandungi aksara yang tidak boleh dicetak pada pas delegasi. Sila taip semula.
profile-invalid-not-text = Sila jawab dalam bentuk teks.
profile-invalid-choose = Sila pilih salah satu butang di bawah.

profile-cancelled = Profil anda tidak disimpan. Anda boleh meneruskannya pada bila-bila masa: hantar /profile.
profile-saved = ✅ Terima kasih, profil anda telah disimpan. Anda kini boleh mendaftar untuk dialog selari.
profile-updated = ✅ Profil anda telah dikemas kini.

profile-title = 👤 <b>Profil saya</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = Delegasi: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = Untuk membetulkan jawapan, ketik jawapan itu di bawah.
# Someone who has not used an invitation asks for their profile.
profile-none = Anda belum mempunyai profil. Pendaftaran adalah melalui jemputan: sila buka pautan yang dihantar oleh penyelaras delegasi anda, atau taip kod jemputan di sini.
profile-incomplete = Profil anda belum lengkap. Mari kita teruskan.

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = Nama
profile-field-title = Jawatan
profile-field-city = Bandar
profile-field-country = Negara
profile-field-organisation = Organisasi
profile-field-diet = Keperluan pemakanan
profile-field-interpretation = Interpretasi
profile-interpretation-none = Tidak perlu interpretasi

# Countries offered as buttons (plain text). Others are typed.
country-bn = Brunei Darussalam
country-kh = Kemboja
country-id = Indonesia
country-la = Laos
country-my = Malaysia
country-mm = Myanmar
country-ph = Filipina
country-sg = Singapura
country-th = Thailand
country-vn = Vietnam
country-tl = Timor-Leste
country-cn = China

# Dietary requirements offered as buttons (plain text).
diet-none = Tiada keperluan khas
diet-halal = Halal
diet-vegetarian = Vegetarian
diet-vegan = Vegan
diet-other = Lain-lain (akan saya nyatakan)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>Pendaftaran dialog</b>
dialogues-intro = Tempat duduk terhad. Pilih sesi untuk melihat butirannya dan mendaftar.
dialogues-none = Tiada sesi yang dibuka untuk pendaftaran.
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ Penuh ({ $capacity } tempat duduk): senarai menunggu dibuka
       *[other] 🎟️ Baki { $left } daripada { $capacity } tempat duduk
    }
dialogues-closed = 🔒 Pendaftaran ditutup
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = Pendaftaran akan ditutup pada { $date } pukul { $time }.
dialogues-you-confirmed = ✅ Anda telah berdaftar
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ Anda berada di kedudukan ke-{ $position } dalam senarai menunggu

## Registering, from a session's screen.

button-register = ✅ Daftar
button-join-waitlist = ⏳ Sertai senarai menunggu
button-cancel-registration = ❌ Batalkan pendaftaran saya
button-leave-waitlist = ❌ Tinggalkan senarai menunggu
button-check-in-code = 🎫 Kod daftar masuk saya
button-dialogues = 📝 Semua dialog
# Variables: $title (text) the session to switch to.
button-switch = 🔁 Tukar ke { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>Anda telah berdaftar.</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    Kod daftar masuk anda akan dihantar selepas ini: sila tunjukkan kod itu di pintu masuk.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>Sesi ini sudah penuh.</b> Anda berada di kedudukan ke-{ $position } dalam senarai menunggu untuk <b>{ $title }</b>. Jika ada tempat duduk yang kosong, tempat itu akan diberikan kepada anda secara automatik dan saya akan memaklumkan anda di sini.
# Variables: $title (text) session title.
register-already-confirmed = Anda telah pun berdaftar untuk <b>{ $title }</b>.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = Anda telah pun berada dalam senarai menunggu untuk <b>{ $title }</b>: kedudukan ke-{ $position }.
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> diadakan serentak dengan <b>{ $other }</b> ({ $when }), dan anda sudah mempunyai tempat dalam sesi tersebut. Anda boleh bertukar sesi: tempat anda dalam <b>{ $other }</b> akan dilepaskan.
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 Pendaftaran untuk <b>{ $title }</b> telah ditutup pada { $date } pukul { $time }.
# Variables: $title (text) session title.
register-cancelled = Pendaftaran anda untuk <b>{ $title }</b> telah dibatalkan. Tempat duduk anda akan diberikan kepada orang seterusnya dalam senarai menunggu.
# Variables: $title (text) session title.
register-left-waitlist = Anda telah keluar daripada senarai menunggu untuk <b>{ $title }</b>.
# Variables: $title (text) session title.
register-not-registered = Anda tidak mempunyai tempat dalam <b>{ $title }</b>.
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>Berita baik: tempat duduk kini tersedia untuk anda.</b>
    Anda kini berdaftar untuk:

    <b>{ $title }</b>
    { $when }
    { $venue }

    Kod daftar masuk anda akan dihantar selepas ini: sila tunjukkan kod itu di pintu masuk.
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 Kod daftar masuk untuk <b>{ $title }</b>
    { $when }
    Sila tunjukkan kod ini kepada sukarelawan di pintu masuk.

## My agenda (/my).

agenda-title = 🗓️ <b>Agenda saya</b>
agenda-empty = Anda belum mempunyai tempat dalam mana-mana sesi.
agenda-confirmed = ✅ Berdaftar
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ Senarai menunggu, kedudukan ke-{ $position }
agenda-plenary-note = Sesi pleno terbuka kepada semua delegasi tanpa pendaftaran: sila rujuk atur cara.
button-agenda-ics = 📅 Tambah ke kalendar saya
button-profile = 👤 Profil saya
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ Batal: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 Agenda anda untuk { $event }. Buka fail ini untuk menambahkannya ke dalam kalendar telefon anda. Semua masa ialah waktu tempatan ({ $tz }).
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (senarai menunggu)
