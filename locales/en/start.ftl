# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 Welcome, { $name }!
    I am <b>Delegate Desk</b>, the information desk of the <b>{ $event }</b>, { $dates }.
    I will reply in <b>English</b>. To use another language, choose it below.

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    How can I help you?
menu-schedule = 📅 Programme
menu-now = ⏱️ Now and next
menu-venues = 📍 Venues and maps
menu-transport = 🚌 Getting around
menu-help = ❓ Help
menu-language = 🌐 Language

language-title = 🌐 Choose your language:
language-changed = ✅ From now on I will reply in English.
