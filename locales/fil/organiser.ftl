# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Paggamit ng Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Wala pang delegadong gumamit ng Delegate Desk.
        [1] Isang delegado na ang gumamit ng Delegate Desk.
       *[other] { $count } delegado na ang gumamit ng Delegate Desk.
    }
organiser-stats-by-language = <b>Ayon sa wika</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Hindi pa pumili (ayon sa wika ng kanilang Telegram app)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }
