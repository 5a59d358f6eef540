# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Delegate Desk အသုံးပြုမှု</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Delegate Desk ကို အသုံးပြုသည့် ကိုယ်စားလှယ် မရှိသေးပါ။
       *[other] ကိုယ်စားလှယ် { $count } ဦး Delegate Desk ကို အသုံးပြုပြီး ဖြစ်ပါသည်။
    }
organiser-stats-by-language = <b>ဘာသာစကားအလိုက်</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = မရွေးချယ်ရသေး (Telegram အက်ပ်၏ ဘာသာစကားအတိုင်း)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language } - { $count }
