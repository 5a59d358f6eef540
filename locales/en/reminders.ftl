# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>In { $minutes } minutes:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>Good morning!</b> Your day, { $date }:
briefing-free = No session of yours today. /dialogues shows the dialogues you can still join.
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>Settings</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ Reminders: { $minutes ->
        [0] off
       *[other] { $minutes } minutes before each of your sessions
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ Morning briefing at { $time }: { $on ->
        [yes] on
       *[no] off
    }
settings-saved = ✅ Saved.
button-settings = ⚙️ Settings
button-reminder-off = Off
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } min
button-briefing-on = ☀️ Morning briefing: on
button-briefing-off = ☀️ Morning briefing: off
command-settings = Reminders, morning briefing, language
