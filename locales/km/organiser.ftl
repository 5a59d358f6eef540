# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>ការប្រើប្រាស់ Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] មិនទាន់មានប្រតិភូណាប្រើប្រាស់ Delegate Desk នៅឡើយទេ។
       *[other] ប្រតិភូចំនួន { $count } រូប បានប្រើប្រាស់ Delegate Desk រួចហើយ។
    }
organiser-stats-by-language = <b>តាមភាសា</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = មិនទាន់ជ្រើសរើស (តាមភាសាដែលបានកំណត់ក្នុង Telegram របស់ពួកគេ)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }៖ { $count }
