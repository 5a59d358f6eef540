# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>Daftar masuk</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ Tandakan hadir
# Variables: $time (text) such as 13:52.
checkin-done = ✅ Kehadiran direkodkan pada pukul { $time }.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ Kehadiran telah pun direkodkan pada pukul { $time }.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 Ini ialah kod daftar masuk anda untuk <b>{ $title }</b>. Sila tunjukkan kod ini kepada sukarelawan di pintu masuk.
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = Kod ini untuk kegunaan sukarelawan di pintu masuk.
checkin-unknown = ❌ Kod daftar masuk ini tidak sah: pendaftarannya mungkin telah dibatalkan.
