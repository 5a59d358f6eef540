# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>Sa loob ng { $minutes } minuto:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>Magandang umaga po!</b> Narito ang inyong agenda ngayong { $date }:
briefing-free = Wala po kayong sesyon ngayong araw. Ipinapakita ng /dialogues ang mga diyalogong maaari pa ninyong salihan.
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>Mga setting</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ Mga paalala: { $minutes ->
        [0] naka-off
       *[other] { $minutes } minuto bago ang bawat isa sa inyong mga sesyon
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ Buod sa umaga nang { $time }: { $on ->
        [yes] naka-on
       *[no] naka-off
    }
settings-saved = ✅ Nai-save na.
button-settings = ⚙️ Mga setting
button-reminder-off = Naka-off
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } min
button-briefing-on = ☀️ Buod sa umaga: naka-on
button-briefing-off = ☀️ Buod sa umaga: naka-off
command-settings = Mga paalala, buod sa umaga, wika
