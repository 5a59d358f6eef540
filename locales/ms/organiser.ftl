# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Penggunaan Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Belum ada delegasi yang menggunakan Delegate Desk.
       *[other] { $count } delegasi telah menggunakan Delegate Desk.
    }
organiser-stats-by-language = <b>Mengikut bahasa</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Belum memilih (mengikut bahasa aplikasi Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>Jemputan baharu.</b> Untuk <b>delegasi</b> manakah jemputan ini (bandar, negara atau organisasi)? Hantar /cancel untuk berhenti.
organiser-invite-ask-people = Jemputan ini untuk berapa <b>orang</b>?
organiser-invite-ask-expiry = Sehingga bilakah jemputan ini sah? Taip tarikh seperti 2025-01-14, atau ketik “Tiada tarikh luput”.
button-invite-no-expiry = Tiada tarikh luput
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = Sila taip nombor dari 1 hingga { $max }.
organiser-invite-invalid-date = Sila taip tarikh seperti 2025-01-14, iaitu hari ini atau tarikh selepasnya.
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = Sila taip nama delegasi, maksimum { $max } aksara.
organiser-invite-cancelled = Tiada jemputan dibuat.
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ Jemputan untuk <b>{ $delegation }</b>, { $people ->
       *[other] { $people } orang
    }.
    Majukan pautan ini (atau kod QR di bawah) kepada delegasi tersebut:
    { $link }

    Atau, kod yang boleh ditaip sebagai gantinya: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = Sah sehingga { $date } (termasuk hari tersebut).
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = Jemputan untuk { $delegation }: imbas untuk membuka Delegate Desk.
organiser-invites-title = 🎟️ <b>Jemputan</b>
organiser-invites-none = Belum ada jemputan. Buat jemputan dengan /invite.
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: { $used } daripada { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = aktif
organiser-invites-state-used-up = habis digunakan
organiser-invites-state-expired = tamat tempoh
organiser-invites-state-revoked = ditarik balik
# Variables: $delegation (text).
button-revoke = ✖️ Tarik balik: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = Jemputan untuk <b>{ $delegation }</b> telah ditarik balik. Mereka yang telah berdaftar melaluinya mengekalkan tempat masing-masing.

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>Pendaftaran</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    Disahkan { $confirmed }/{ $capacity } · senarai menunggu { $waitlist } · hadir { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ { $over } melebihi kapasiti
organiser-registrations-none = Tiada sesi dalam acara ini yang memerlukan pendaftaran.
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] Belum ada pendaftaran.
       *[other] { $count } pendaftaran.
    } Nama dalam apa jua sistem tulisan dipaparkan dengan betul dalam Excel.

## Reloading the event file (/reload).

organiser-reload-ok = ✅ Fail acara telah dimuat semula.
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] { $count } orang telah diberikan tempat duduk daripada senarai menunggu dan telah dimaklumkan.
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: { $over } peserta yang disahkan melebihi kapasiti baharu. Tiada sesiapa yang dikeluarkan.
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] Fail acara mempunyai { $count } masalah
    }; kandungan semasa terus digunakan:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    Tarik balik jemputan untuk <b>{ $delegation }</b>? Pautan dan kodnya tidak akan berfungsi lagi. { $used ->
        [0] Belum ada sesiapa yang menggunakannya.
       *[other] { $used } orang yang telah menggunakannya tetap mengekalkan tempat masing-masing.
    }
button-revoke-confirm = ✖️ Ya, tarik balik
