# Reminders before a session, the morning briefing, and the settings
# screen.
# Burmese: reminder = သတိပေးချက်; morning briefing = နံနက်ခင်း အကျဉ်းချုပ်;
# settings = ဆက်တင်များ; session = အစီအစဉ်; "you" = လူကြီးမင်း.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>နောက် { $minutes } မိနစ်တွင် စတင်ပါမည် -</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>မင်္ဂလာ နံနက်ခင်းပါ။</b> { $date } အတွက် လူကြီးမင်း၏ အစီအစဉ် -
briefing-free = ယနေ့ လူကြီးမင်း တက်ရောက်ရမည့် အစီအစဉ် မရှိပါ။ ပါဝင်နိုင်သေးသော ဆွေးနွေးပွဲများကို /dialogues တွင် ကြည့်ရှုနိုင်ပါသည်။
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle } - { $times }

settings-title = ⚙️ <b>ဆက်တင်များ</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ သတိပေးချက်များ - { $minutes ->
        [0] ပိတ်ထားသည်
       *[other] လူကြီးမင်း၏ အစီအစဉ်တစ်ခုစီ မစတင်မီ { $minutes } မိနစ်
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ { $time } တွင် ပေးပို့သော နံနက်ခင်း အကျဉ်းချုပ် - { $on ->
        [yes] ဖွင့်ထားသည်
       *[no] ပိတ်ထားသည်
    }
settings-saved = ✅ သိမ်းဆည်းပြီးပါပြီ။
button-settings = ⚙️ ဆက်တင်များ
button-reminder-off = ပိတ်
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } မိနစ်
button-briefing-on = ☀️ နံနက်ခင်း အကျဉ်းချုပ် - ဖွင့်
button-briefing-off = ☀️ နံနက်ခင်း အကျဉ်းချုပ် - ပိတ်
command-settings = သတိပေးချက်များ၊ နံနက်ခင်း အကျဉ်းချုပ်၊ ဘာသာစကား
