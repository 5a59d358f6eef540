# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>{ $minutes } menit lagi:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>Selamat pagi!</b> Agenda Anda untuk { $date }:
briefing-free = Hari ini tidak ada sesi dalam agenda Anda. Kirim /dialogues untuk melihat dialog yang masih dapat Anda ikuti.
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>Pengaturan</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ Pengingat: { $minutes ->
        [0] nonaktif
       *[other] { $minutes } menit sebelum setiap sesi Anda
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ Ringkasan pagi pukul { $time }: { $on ->
        [yes] aktif
       *[no] nonaktif
    }
settings-saved = ✅ Tersimpan.
button-settings = ⚙️ Pengaturan
button-reminder-off = Nonaktif
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } menit
button-briefing-on = ☀️ Ringkasan pagi: aktif
button-briefing-off = ☀️ Ringkasan pagi: nonaktif
command-settings = Pengingat, ringkasan pagi, bahasa
