# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>Check-in</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ Mark as present
# Variables: $time (text) such as 13:52.
checkin-done = ✅ Checked in at { $time }.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ Already checked in at { $time }.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 This is your check-in code for <b>{ $title }</b>. Please show it to the volunteers at the door.
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = This code is for the volunteers at the door.
checkin-unknown = ❌ This check-in code is not valid: the registration may have been cancelled.
