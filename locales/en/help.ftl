# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>Help</b>
    I am the information desk of the event. I can show you:
    📅 the programme, day by day, and what is on now;
    📍 the venues, with a map pin and a card to show your taxi driver;
    🚌 how to get around: the airport, the railway station, the metro, event shuttles and taxis.
    💬 You can also simply type a question in your own words; if I cannot answer it, a volunteer who speaks your language will (/ask).
    ⏰ I remind you before your sessions and send you a briefing each morning; choose how in ⚙️ /settings.
    📣 The organisers' announcements reach you here; the latest are under 📣 Announcements in the menu.
    Use the buttons, or these commands: /menu /schedule /now /venues /transport /settings /language /help
    🌐 To change the language, send /language.
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>Need a person?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = Start and choose your language
command-menu = Main menu
command-schedule = Programme, day by day
command-now = What is on now and next
command-venues = Venues, maps and taxi cards
command-transport = Airport, station, metro, shuttles, taxis
command-language = Change the language
command-help = Help and contacts

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk is the information desk of the { $event }: the programme, the venues with maps and taxi cards, and how to get around — in ten languages. Press Start.
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = Programme, venues and getting around at the { $event }, in your language.
command-dialogues = Register for the parallel dialogues
command-my = My agenda and calendar file
command-profile = My profile
command-cancel = Stop the current form
command-invite = Organisers: new invitation
command-invites = Organisers: invitations
command-registrations = Organisers: registrations by session
command-export = Organisers: registrations as a spreadsheet
command-reload = Organisers: reload the event file
command-stats = Organisers: who uses the desk
