# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>Check-in delegasi</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ Tandai hadir
# Variables: $time (text) such as 13:52.
checkin-done = ✅ Tercatat hadir pukul { $time }.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ Sudah tercatat hadir pukul { $time }.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 Ini adalah kode check-in Anda untuk <b>{ $title }</b>. Mohon tunjukkan kode ini kepada relawan di pintu masuk.
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = Kode ini diperuntukkan bagi relawan di pintu masuk.
checkin-unknown = ❌ Kode check-in ini tidak valid: pendaftarannya mungkin telah dibatalkan.
