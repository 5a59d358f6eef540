# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>การใช้งาน Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] ยังไม่มีผู้แทนใช้งาน Delegate Desk
       *[other] มีผู้แทนใช้งาน Delegate Desk แล้ว { $count } ท่าน
    }
organiser-stats-by-language = <b>แยกตามภาษา</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = ยังไม่ได้เลือก (ใช้ภาษาตามแอป Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }
