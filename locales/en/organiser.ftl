# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Delegate Desk in use</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] No delegate has used the desk yet.
        [one] One delegate has used the desk.
       *[other] { $count } delegates have used the desk.
    }
organiser-stats-by-language = <b>By language</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = Not chosen (following their Telegram app)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>New invitation.</b> Which <b>delegation</b> is it for (a city, country or organisation)? Send /cancel to stop.
organiser-invite-ask-people = How many <b>people</b> does it cover?
organiser-invite-ask-expiry = Until which day is it valid? Type a date such as 2025-01-14, or tap “No expiry”.
button-invite-no-expiry = No expiry
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = Please type a number from 1 to { $max }.
organiser-invite-invalid-date = Please type a date such as 2025-01-14, today or later.
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = Please type the delegation's name, at most { $max } characters.
organiser-invite-cancelled = No invitation was created.
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ Invitation for <b>{ $delegation }</b>, { $people ->
        [one] one person
       *[other] { $people } people
    }.
    Forward this link (or the QR code below) to the delegation:
    { $link }

    Code to type instead: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = Valid until { $date } inclusive.
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = Invitation for { $delegation }: scan to open the Delegate Desk.
organiser-invites-title = 🎟️ <b>Invitations</b>
organiser-invites-none = No invitations yet. Create one with /invite.
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: { $used } of { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = active
organiser-invites-state-used-up = used up
organiser-invites-state-expired = expired
organiser-invites-state-revoked = revoked
# Variables: $delegation (text).
button-revoke = ✖️ Revoke: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = The invitation for <b>{ $delegation }</b> is revoked. People already registered with it keep their places.

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>Registrations</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    Confirmed { $confirmed }/{ $capacity } · waitlist { $waitlist } · checked in { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ { $over } over capacity
organiser-registrations-none = No session of the event needs registration.
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] No registrations yet.
        [one] One registration.
       *[other] { $count } registrations.
    } Names in every script display correctly in Excel.

## Reloading the event file (/reload).

organiser-reload-ok = ✅ The event file is reloaded.
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
        [one] One person was given a seat from a waitlist and told.
       *[other] { $count } people were given seats from waitlists and told.
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: { $over } confirmed over the new capacity. Nobody was removed.
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
        [one] The event file has a problem
       *[other] The event file has { $count } problems
    }; the current content stays in use:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    Revoke the invitation for <b>{ $delegation }</b>? Its link and code will no longer work. { $used ->
        [0] Nobody has used it yet.
        [one] The one person who used it keeps their place.
       *[other] The { $used } people who used it keep their places.
    }
button-revoke-confirm = ✖️ Yes, revoke it
