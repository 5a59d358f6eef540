# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>ການນຳໃຊ້ Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] ຍັງບໍ່ມີຜູ້ແທນທ່ານໃດນຳໃຊ້ Delegate Desk.
       *[other] ມີຜູ້ແທນນຳໃຊ້ Delegate Desk ແລ້ວ { $count } ທ່ານ.
    }
organiser-stats-by-language = <b>ແຍກຕາມພາສາ</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = ຍັງບໍ່ໄດ້ເລືອກ (ໃຊ້ພາສາຕາມແອັບ Telegram ຂອງເຂົາເຈົ້າ)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }
