# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Penggunaan Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Belum ada delegasi yang menggunakan Delegate Desk.
       *[other] { $count } delegasi telah menggunakan Delegate Desk.
    }
organiser-stats-by-language = <b>Menurut bahasa</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Belum memilih (mengikuti bahasa aplikasi Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>Undangan baru.</b> Untuk <b>delegasi</b> mana undangan ini (kota, negara, atau organisasi)? Kirim /cancel untuk berhenti.
organiser-invite-ask-people = Berapa <b>orang</b> yang tercakup dalam undangan ini?
organiser-invite-ask-expiry = Sampai tanggal berapa undangan ini berlaku? Ketik tanggal seperti 2025-01-14, atau ketuk “Tanpa batas waktu”.
button-invite-no-expiry = Tanpa batas waktu
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = Silakan ketik angka dari 1 sampai { $max }.
organiser-invite-invalid-date = Silakan ketik tanggal seperti 2025-01-14, yaitu hari ini atau sesudahnya.
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = Silakan ketik nama delegasi, maksimal { $max } karakter.
organiser-invite-cancelled = Tidak ada undangan yang dibuat.
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ Undangan untuk <b>{ $delegation }</b>, { $people ->
       *[other] { $people } orang
    }.
    Teruskan tautan ini (atau kode QR di bawah) kepada delegasi tersebut:
    { $link }

    Atau, kode yang dapat diketik sebagai gantinya: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = Berlaku sampai dengan { $date }.
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = Undangan untuk { $delegation }: pindai untuk membuka Delegate Desk.
organiser-invites-title = 🎟️ <b>Undangan</b>
organiser-invites-none = Belum ada undangan. Buat undangan dengan /invite.
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: { $used } dari { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = aktif
organiser-invites-state-used-up = kuota habis
organiser-invites-state-expired = kedaluwarsa
organiser-invites-state-revoked = dicabut
# Variables: $delegation (text).
button-revoke = ✖️ Cabut: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = Undangan untuk <b>{ $delegation }</b> telah dicabut. Orang yang sudah terdaftar melalui undangan ini tetap mempertahankan tempatnya.

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>Pendaftaran</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    Terkonfirmasi { $confirmed }/{ $capacity } · daftar tunggu { $waitlist } · hadir { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ { $over } melebihi kapasitas
organiser-registrations-none = Tidak ada sesi dalam acara ini yang memerlukan pendaftaran.
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] Belum ada pendaftaran.
       *[other] { $count } pendaftaran.
    } Nama dalam aksara apa pun ditampilkan dengan benar di Excel.

## Reloading the event file (/reload).

organiser-reload-ok = ✅ Berkas acara telah dimuat ulang.
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] { $count } orang telah mendapat kursi dari daftar tunggu dan sudah diberi tahu.
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: { $over } peserta terkonfirmasi melebihi kapasitas baru. Tidak ada yang dikeluarkan.
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] Berkas acara memiliki { $count } masalah
    }; konten yang berlaku saat ini tetap digunakan:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    Cabut undangan untuk <b>{ $delegation }</b>? Tautan dan kodenya tidak akan berlaku lagi. { $used ->
        [0] Belum ada yang menggunakannya.
       *[other] { $used } orang yang telah menggunakannya tetap mempertahankan tempatnya.
    }
button-revoke-confirm = ✖️ Ya, cabut
