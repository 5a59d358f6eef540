# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 Selamat datang, { $name }!
    Saya <b>Delegate Desk</b>, pusat informasi <b>{ $event }</b>, { $dates }.
    Saya akan menjawab dalam <b>bahasa Indonesia</b>. Untuk menggunakan bahasa lain, silakan pilih di bawah ini.

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    Apa yang dapat saya bantu?
menu-schedule = 📅 Jadwal acara
menu-now = ⏱️ Sekarang dan berikutnya
menu-venues = 📍 Lokasi dan peta
menu-transport = 🚌 Transportasi
menu-help = ❓ Bantuan
menu-language = 🌐 Bahasa

language-title = 🌐 Pilih bahasa Anda:
language-changed = ✅ Mulai sekarang saya akan menjawab dalam bahasa Indonesia.
