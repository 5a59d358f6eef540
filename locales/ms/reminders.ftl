# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>Dalam { $minutes } minit:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>Selamat pagi!</b> Agenda anda untuk { $date }:
briefing-free = Anda tiada sesi hari ini. /dialogues memaparkan dialog yang masih boleh anda sertai.
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>Tetapan</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ Peringatan: { $minutes ->
        [0] mati
       *[other] { $minutes } minit sebelum setiap sesi anda
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ Taklimat pagi pada pukul { $time }: { $on ->
        [yes] hidup
       *[no] mati
    }
settings-saved = ✅ Disimpan.
button-settings = ⚙️ Tetapan
button-reminder-off = Mati
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } minit
button-briefing-on = ☀️ Taklimat pagi: hidup
button-briefing-off = ☀️ Taklimat pagi: mati
command-settings = Peringatan, taklimat pagi, bahasa
