# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 Selamat datang, { $name }!
    Saya <b>Delegate Desk</b>, kaunter maklumat <b>{ $event }</b>, { $dates }.
    Saya akan membalas dalam <b>bahasa Melayu</b>. Untuk menggunakan bahasa lain, sila pilih di bawah.

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    Apa yang boleh saya bantu?
menu-schedule = 📅 Atur cara
menu-now = ⏱️ Sekarang dan seterusnya
menu-venues = 📍 Tempat acara dan peta
menu-transport = 🚌 Pengangkutan
menu-help = ❓ Bantuan
menu-language = 🌐 Bahasa

language-title = 🌐 Pilih bahasa anda:
language-changed = ✅ Mulai sekarang, saya akan membalas dalam bahasa Melayu.
