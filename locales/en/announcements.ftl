# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>New announcement.</b> Send it to me as an ordinary message: text with formatting, a photo, a document or a location with a caption. Delegates will receive exactly that message.
announce-use-buttons = Please use the buttons below (or /cancel).
announce-discarded = The announcement was discarded; nothing was sent.
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = Send me the <b>{ $language }</b> version. Delegates who read the desk in { $language } will receive it instead of the original.
announce-version-title = Which language is the version for? (✅: already has one; sending another replaces it.)
announce-versions-none = none: everyone receives the original
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>Announcement</b>
    <i>{ $summary }</i>

    👥 <b>To:</b> { $audience } ({ $count ->
        [one] one person
       *[other] { $count } people
    })
    { $languages }
    🌐 <b>Versions:</b> { $versions }
    ✅ <b>Needs acknowledgement:</b> { $ack ->
        [yes] yes
       *[no] no
    }
announce-audience-title = 👥 Who should receive it?
announce-audience-pick = Choose one:
announce-audience-empty = There is nobody to choose yet.
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = Registered for { $session }
announce-audience-waitlist = Waitlist of { $session }
announce-audience-session = Everyone with a place in { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = Not yet acknowledged #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
        [one] one person
       *[other] { $count } people
    } · { $version ->
        [own] their own version
       *[original] the original
    }
announce-preview-nobody = 👁 Nobody is in this audience yet.

button-announce-audience = 👥 Audience
button-announce-version = 🌐 Add a version
button-announce-ack-on = ✅ Needs acknowledgement: on
button-announce-ack-off = ☐ Needs acknowledgement: off
button-announce-preview = 👁 Preview
# Variables: $count (number) how many people.
button-announce-send = 📤 Send to { $count }
button-announce-discard = ✖ Discard
button-announce-back = ⬅ Back
button-audience-everyone = Everyone
button-audience-registrants = Registered for a session
button-audience-waitlist = Waitlist of a session
button-audience-language = One language
button-audience-country = One country
button-audience-delegation = One delegation
button-audience-volunteers = Volunteers
button-audience-organisers = Organisers

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>Announcement #{ $id }</b> is on its way
    <i>{ $summary }</i>
    Sent { $sent } of { $total } · failed { $failed } · unreachable { $unreachable } · remaining { $remaining }
    { $rate } messages a second · about { $left } left
announce-report-done =
    ✅ <b>Announcement #{ $id }</b> delivered
    <i>{ $summary }</i>
    Sent { $sent } of { $total } · failed { $failed } · unreachable (blocked the bot) { $unreachable }
announce-report-stopped =
    ⏹ <b>Announcement #{ $id }</b> stopped
    <i>{ $summary }</i>
    Sent { $sent } of { $total } · not sent { $stopped } · failed { $failed } · unreachable { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ Acknowledged by { $acked } of { $sent }
button-announce-stop = ⏹ Stop
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 Remind the { $count } who have not
button-announcements = 📋 Announcements
announce-list-title = 📋 <b>Recent announcements</b>
announce-list-empty = No announcement has been sent yet. Send /announce to write one.
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 sending
        [stopped] ⏹ stopped
        [draft] 📝 draft
       *[done] ✅ delivered
    } · <i>{ $summary }</i>
    Sent { $sent } of { $total } · failed { $failed } · unreachable { $unreachable }{ $ack ->
        [yes] { " " }· acknowledged { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ Got it
announce-toast-thanks = Thank you, noted.
button-announcements-latest = 📣 Announcements
latest-title = 📣 <b>Latest announcements</b>
latest-empty = 📣 There are no announcements yet. You will receive them here as soon as the organisers send one.

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>Cancelled:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>Schedule change:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 Now on { $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (until { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>Venue update:</b> { $venue }
    The address or the map pin has changed: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>Shuttle times changed:</b> { $shuttle }
    Before: { $from }
    Now: <b>{ $to }</b>
button-notice-session = 📋 Session details

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ Change this session (organisers)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>Change:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } min
button-change-move = 📍 Move to another room or venue
button-change-cancel = ❌ Cancel the session
change-move-venue = 📍 To which venue?
change-move-room = Which room?
button-change-no-room = No particular room
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>Delegates will receive this</b>, each in their language ({ $count ->
        [one] one person
       *[other] { $count } people
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ Confirm and tell { $count }
change-impossible = This change is not possible for this session (a delay past midnight, a cancelled session, or no change at all).
change-reload-title = 🔄 <b>The new event file changes the programme for delegates.</b> They will receive these notices, each in their language:
# Variables: $count (number) how many messages.
button-change-notify = 📣 Tell those concerned ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 The notices are on their way ({ $count } messages). /announcements shows their progress.
command-announce = Organisers: send an announcement
command-announcements = Organisers: recent announcements
