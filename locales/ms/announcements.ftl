# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>Pengumuman baharu.</b> Hantarkan pengumuman itu kepada saya sebagai mesej biasa: teks berformat, foto, dokumen atau lokasi berserta kapsyen. Delegasi akan menerima mesej itu tepat seperti yang dihantar.
announce-use-buttons = Sila gunakan butang di bawah (atau /cancel).
announce-discarded = Pengumuman telah dibuang; tiada apa-apa yang dihantar.
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = Hantarkan versi <b>{ $language }</b> kepada saya. Delegasi yang menggunakan kaunter ini dalam { $language } akan menerima versi tersebut dan bukannya versi asal.
announce-version-title = Versi ini untuk bahasa apa? (✅: sudah mempunyai versi; menghantar versi lain akan menggantikannya.)
announce-versions-none = tiada: semua orang menerima versi asal
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>Pengumuman</b>
    <i>{ $summary }</i>

    👥 <b>Kepada:</b> { $audience } ({ $count ->
       *[other] { $count } orang
    })
    { $languages }
    🌐 <b>Versi:</b> { $versions }
    ✅ <b>Perlu akuan terima:</b> { $ack ->
        [yes] ya
       *[no] tidak
    }
announce-audience-title = 👥 Kepada siapakah pengumuman ini dihantar?
announce-audience-pick = Pilih satu:
announce-audience-empty = Belum ada sesiapa untuk dipilih.
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = Berdaftar untuk { $session }
announce-audience-waitlist = Senarai menunggu untuk { $session }
announce-audience-session = Semua yang mempunyai tempat dalam { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = Belum membuat akuan terima #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } orang
    } · { $version ->
        [own] versi tersendiri
       *[original] versi asal
    }
announce-preview-nobody = 👁 Belum ada sesiapa dalam kumpulan penerima ini.

button-announce-audience = 👥 Penerima
button-announce-version = 🌐 Tambah versi
button-announce-ack-on = ✅ Perlu akuan terima: ya
button-announce-ack-off = ☐ Perlu akuan terima: tidak
button-announce-preview = 👁 Pratonton
# Variables: $count (number) how many people.
button-announce-send = 📤 Hantar kepada { $count }
button-announce-discard = ✖ Buang
button-announce-back = ⬅ Kembali
button-audience-everyone = Semua orang
button-audience-registrants = Berdaftar untuk sesi
button-audience-waitlist = Senarai menunggu sesi
button-audience-language = Satu bahasa
button-audience-country = Satu negara
button-audience-delegation = Satu delegasi
button-audience-volunteers = Sukarelawan
button-audience-organisers = Penganjur

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>Pengumuman #{ $id }</b> sedang dihantar
    <i>{ $summary }</i>
    Dihantar { $sent } daripada { $total } · gagal { $failed } · tidak dapat dihubungi { $unreachable } · baki { $remaining }
    { $rate } mesej sesaat · lebih kurang { $left } lagi
announce-report-done =
    ✅ <b>Pengumuman #{ $id }</b> telah disampaikan
    <i>{ $summary }</i>
    Dihantar { $sent } daripada { $total } · gagal { $failed } · tidak dapat dihubungi (menyekat bot) { $unreachable }
announce-report-stopped =
    ⏹ <b>Pengumuman #{ $id }</b> telah dihentikan
    <i>{ $summary }</i>
    Dihantar { $sent } daripada { $total } · tidak dihantar { $stopped } · gagal { $failed } · tidak dapat dihubungi { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ Akuan terima: { $acked } daripada { $sent }
button-announce-stop = ⏹ Hentikan
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 Ingatkan { $count } orang yang belum
button-announcements = 📋 Pengumuman
announce-list-title = 📋 <b>Pengumuman terkini</b>
announce-list-empty = Belum ada pengumuman yang dihantar. Hantar /announce untuk menulis pengumuman.
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 sedang dihantar
        [stopped] ⏹ dihentikan
        [draft] 📝 draf
       *[done] ✅ disampaikan
    } · <i>{ $summary }</i>
    Dihantar { $sent } daripada { $total } · gagal { $failed } · tidak dapat dihubungi { $unreachable }{ $ack ->
        [yes] { " " }· akuan terima { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ Dimaklumi
announce-toast-thanks = Terima kasih, akuan anda telah direkodkan.
button-announcements-latest = 📣 Pengumuman
latest-title = 📣 <b>Pengumuman terbaharu</b>
latest-empty = 📣 Belum ada pengumuman. Anda akan menerimanya di sini sebaik sahaja pihak penganjur menghantar pengumuman.

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>Dibatalkan:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>Perubahan atur cara:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 Kini diadakan pada { $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (sehingga { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>Kemas kini tempat acara:</b> { $venue }
    Alamat atau pin peta telah berubah: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>Perubahan waktu bas ulang-alik:</b> { $shuttle }
    Sebelum ini: { $from }
    Kini: <b>{ $to }</b>
button-notice-session = 📋 Butiran sesi

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ Ubah sesi ini (penganjur)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>Ubah:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } minit
button-change-move = 📍 Pindah ke bilik atau tempat lain
button-change-cancel = ❌ Batalkan sesi
change-move-venue = 📍 Ke tempat acara yang mana?
change-move-room = Bilik yang mana?
button-change-no-room = Tiada bilik tertentu
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>Delegasi akan menerima mesej ini</b>, masing-masing dalam bahasa mereka ({ $count ->
       *[other] { $count } orang
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ Sahkan dan maklumkan { $count }
change-impossible = Perubahan ini tidak boleh dibuat bagi sesi ini (penangguhan melepasi tengah malam, sesi yang telah dibatalkan, atau tiada sebarang perubahan).
change-reload-title = 🔄 <b>Fail acara baharu mengubah atur cara bagi delegasi.</b> Mereka akan menerima notis berikut, masing-masing dalam bahasa mereka:
# Variables: $count (number) how many messages.
button-change-notify = 📣 Maklumkan yang berkenaan ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 Notis sedang dihantar ({ $count } mesej). /announcements memaparkan kemajuannya.
command-announce = Penganjur: hantar pengumuman
command-announcements = Penganjur: pengumuman terkini
