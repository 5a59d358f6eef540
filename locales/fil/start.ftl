# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 Maligayang pagdating po, { $name }!
    Ako po ang <b>Delegate Desk</b>, ang tanggapan ng impormasyon ng <b>{ $event }</b>, { $dates }.
    Sasagot ako sa wikang <b>Filipino</b>. Upang gumamit ng ibang wika, piliin po ito sa ibaba.

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    Paano ko po kayo matutulungan?
menu-schedule = 📅 Programa
menu-now = ⏱️ Ngayon at susunod
menu-venues = 📍 Mga pinagdarausan at mapa
menu-transport = 🚌 Pagbiyahe
menu-help = ❓ Tulong
menu-language = 🌐 Wika

language-title = 🌐 Piliin po ang inyong wika:
language-changed = ✅ Mula ngayon, sasagot po ako sa wikang Filipino.
