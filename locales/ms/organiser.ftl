# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Penggunaan Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Belum ada delegasi yang menggunakan Delegate Desk.
       *[other] { $count } delegasi telah menggunakan Delegate Desk.
    }
organiser-stats-by-language = <b>Mengikut bahasa</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Belum memilih (mengikut bahasa aplikasi Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }
