# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 សូមស្វាគមន៍ { $name }!
    ខ្ញុំគឺ <b>Delegate Desk</b> ជាបញ្ជរព័ត៌មានរបស់<b>{ $event }</b> ដែលប្រព្រឹត្តទៅនៅ{ $dates }។
    ខ្ញុំនឹងឆ្លើយតបជា<b>ភាសាខ្មែរ</b>។ ដើម្បីប្រើភាសាផ្សេង សូមជ្រើសរើសនៅខាងក្រោម។

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    តើខ្ញុំអាចជួយលោកអ្នកយ៉ាងដូចម្ដេចបាន?
menu-schedule = 📅 កម្មវិធី
menu-now = ⏱️ ឥឡូវនេះ និងបន្ទាប់
menu-venues = 📍 ទីកន្លែង និងផែនទី
menu-transport = 🚌 ការធ្វើដំណើរ
menu-help = ❓ ជំនួយ
menu-language = 🌐 ភាសា

language-title = 🌐 សូមជ្រើសរើសភាសា៖
language-changed = ✅ ចាប់ពីពេលនេះតទៅ ខ្ញុំនឹងឆ្លើយតបជាភាសាខ្មែរ។
