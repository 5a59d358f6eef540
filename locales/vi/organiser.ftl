# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Tình hình sử dụng Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Chưa có đại biểu nào sử dụng Delegate Desk.
       *[other] Đã có { $count } đại biểu sử dụng Delegate Desk.
    }
organiser-stats-by-language = <b>Theo ngôn ngữ</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Chưa chọn (theo ngôn ngữ của ứng dụng Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }
