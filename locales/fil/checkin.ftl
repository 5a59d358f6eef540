# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>Check-in ng delegado</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ Itala bilang dumalo
# Variables: $time (text) such as 13:52.
checkin-done = ✅ Naitala ang check-in nang { $time }.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ Naitala na ang check-in kanina, nang { $time }.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 Ito po ang inyong check-in code para sa <b>{ $title }</b>. Pakipakita po ito sa mga boluntaryo sa pasukan.
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = Ang code na ito ay para sa mga boluntaryo sa pasukan.
checkin-unknown = ❌ Hindi wasto ang check-in code na ito: maaaring nakansela na ang rehistro.
