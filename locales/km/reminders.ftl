# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>ក្នុងរយៈពេល { $minutes } នាទីទៀត៖</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>អរុណសួស្ដី!</b> កម្មវិធីរបស់លោកអ្នកសម្រាប់{ $date }៖
briefing-free = ថ្ងៃនេះ លោកអ្នកមិនមានសម័យប្រជុំទេ។ សូមផ្ញើ /dialogues ដើម្បីមើលកិច្ចសន្ទនាស្របគ្នា ដែលលោកអ្នកនៅតែអាចចុះឈ្មោះចូលរួមបាន។
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }៖ { $times }

settings-title = ⚙️ <b>ការកំណត់</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ ការរំលឹក៖ { $minutes ->
        [0] បិទ
       *[other] { $minutes } នាទី មុនសម័យប្រជុំនីមួយៗរបស់លោកអ្នក
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ សេចក្ដីសង្ខេបពេលព្រឹក ម៉ោង { $time }៖ { $on ->
        [yes] បើក
       *[no] បិទ
    }
settings-saved = ✅ បានរក្សាទុក។
button-settings = ⚙️ ការកំណត់
button-reminder-off = បិទ
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } នាទី
button-briefing-on = ☀️ សេចក្ដីសង្ខេបពេលព្រឹក៖ បើក
button-briefing-off = ☀️ សេចក្ដីសង្ខេបពេលព្រឹក៖ បិទ
command-settings = ការរំលឹក សេចក្ដីសង្ខេបពេលព្រឹក និងភាសា
