# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>Pengumuman baru.</b> Kirimkan pengumuman kepada saya sebagai pesan biasa: teks berformat, foto, dokumen, atau lokasi, dengan keterangan. Delegasi akan menerima pesan tersebut persis seperti yang Anda kirim.
announce-use-buttons = Silakan gunakan tombol di bawah ini (atau /cancel).
announce-discarded = Pengumuman dibatalkan; tidak ada yang dikirim.
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = Kirimkan versi <b>{ $language }</b> kepada saya. Delegasi yang menggunakan Delegate Desk dalam { $language } akan menerima versi ini sebagai pengganti versi asli.
announce-version-title = Untuk bahasa apa versi ini? (✅: sudah ada versinya; versi baru akan menggantikannya.)
announce-versions-none = tidak ada: semua orang menerima versi asli
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>Pengumuman</b>
    <i>{ $summary }</i>

    👥 <b>Kepada:</b> { $audience } ({ $count ->
       *[other] { $count } orang
    })
    { $languages }
    🌐 <b>Versi:</b> { $versions }
    ✅ <b>Perlu konfirmasi:</b> { $ack ->
        [yes] ya
       *[no] tidak
    }
announce-audience-title = 👥 Siapa penerimanya?
announce-audience-pick = Pilih salah satu:
announce-audience-empty = Belum ada yang dapat dipilih.
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = Terdaftar untuk { $session }
announce-audience-waitlist = Daftar tunggu untuk { $session }
announce-audience-session = Semua yang memiliki tempat di { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = Belum mengonfirmasi pengumuman #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } orang
    } · { $version ->
        [own] versi tersendiri
       *[original] versi asli
    }
announce-preview-nobody = 👁 Belum ada orang dalam kelompok penerima ini.

button-announce-audience = 👥 Penerima
button-announce-version = 🌐 Tambah versi
button-announce-ack-on = ✅ Perlu konfirmasi: aktif
button-announce-ack-off = ☐ Perlu konfirmasi: nonaktif
button-announce-preview = 👁 Pratinjau
# Variables: $count (number) how many people.
button-announce-send = 📤 Kirim ke { $count } orang
button-announce-discard = ✖ Batalkan
button-announce-back = ⬅ Kembali
button-audience-everyone = Semua orang
button-audience-registrants = Terdaftar di suatu sesi
button-audience-waitlist = Daftar tunggu suatu sesi
button-audience-language = Satu bahasa
button-audience-country = Satu negara
button-audience-delegation = Satu delegasi
button-audience-volunteers = Relawan
button-audience-organisers = Panitia

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>Pengumuman #{ $id }</b> sedang dikirim
    <i>{ $summary }</i>
    Terkirim { $sent } dari { $total } · gagal { $failed } · tidak dapat dihubungi { $unreachable } · tersisa { $remaining }
    { $rate } pesan per detik · sekitar { $left } lagi
announce-report-done =
    ✅ <b>Pengumuman #{ $id }</b> telah terkirim
    <i>{ $summary }</i>
    Terkirim { $sent } dari { $total } · gagal { $failed } · tidak dapat dihubungi (memblokir bot) { $unreachable }
announce-report-stopped =
    ⏹ <b>Pengumuman #{ $id }</b> dihentikan
    <i>{ $summary }</i>
    Terkirim { $sent } dari { $total } · tidak dikirim { $stopped } · gagal { $failed } · tidak dapat dihubungi { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ Dikonfirmasi oleh { $acked } dari { $sent }
button-announce-stop = ⏹ Hentikan
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 Ingatkan { $count } yang belum
button-announcements = 📋 Pengumuman
announce-list-title = 📋 <b>Pengumuman terbaru</b>
announce-list-empty = Belum ada pengumuman yang dikirim. Kirim /announce untuk membuat pengumuman.
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 sedang dikirim
        [stopped] ⏹ dihentikan
        [draft] 📝 draf
       *[done] ✅ terkirim
    } · <i>{ $summary }</i>
    Terkirim { $sent } dari { $total } · gagal { $failed } · tidak dapat dihubungi { $unreachable }{ $ack ->
        [yes] { " " }· dikonfirmasi { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ Dimengerti
announce-toast-thanks = Terima kasih, sudah kami catat.
button-announcements-latest = 📣 Pengumuman
latest-title = 📣 <b>Pengumuman terbaru</b>
latest-empty = 📣 Belum ada pengumuman. Anda akan menerimanya di sini segera setelah panitia mengirimkannya.

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>Dibatalkan:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>Perubahan jadwal:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 Kini dijadwalkan pada { $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (hingga pukul { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>Pembaruan lokasi acara:</b> { $venue }
    Alamat atau titik peta telah berubah: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>Perubahan jadwal bus antar-jemput:</b> { $shuttle }
    Sebelumnya: { $from }
    Sekarang: <b>{ $to }</b>
button-notice-session = 📋 Detail sesi

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ Ubah sesi ini (panitia)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>Ubah:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } menit
button-change-move = 📍 Pindah ke ruangan atau lokasi lain
button-change-cancel = ❌ Batalkan sesi ini
change-move-venue = 📍 Ke lokasi mana?
change-move-room = Ruangan mana?
button-change-no-room = Tanpa ruangan tertentu
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>Delegasi akan menerima pesan ini</b>, masing-masing dalam bahasanya ({ $count ->
       *[other] { $count } orang
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ Konfirmasi, beri tahu { $count } orang
change-impossible = Perubahan ini tidak dapat diterapkan pada sesi ini (penundaan melewati tengah malam, sesi yang sudah dibatalkan, atau tidak ada perubahan sama sekali).
change-reload-title = 🔄 <b>Berkas acara yang baru mengubah jadwal acara bagi delegasi.</b> Mereka akan menerima pemberitahuan berikut, masing-masing dalam bahasanya:
# Variables: $count (number) how many messages.
button-change-notify = 📣 Beri tahu yang bersangkutan ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 Pemberitahuan sedang dikirim ({ $count } pesan). Pantau perkembangannya dengan /announcements.
command-announce = Panitia: kirim pengumuman
command-announcements = Panitia: pengumuman terbaru
