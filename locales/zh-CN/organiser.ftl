# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Delegate Desk 使用情况</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] 尚无代表使用 Delegate Desk。
       *[other] 已有{ $count }名代表使用 Delegate Desk。
    }
organiser-stats-by-language = <b>按语言统计</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = 未选择（跟随 Telegram 应用的语言）
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }：{ $count }
