# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>Programme</b>
schedule-choose-day = Choose a day:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = All times are local time ({ $tz }, { $offset }).

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = Nothing is scheduled on this day.
schedule-day-hint = Tap a session for details.

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue }, { $room }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date }, { $start }–{ $end } ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = Registration
schedule-kind-plenary = Plenary session
schedule-kind-parallel-dialogue = Parallel dialogue
schedule-kind-signing = Signing ceremony
schedule-kind-release = Release
schedule-kind-exchange = Bilateral exchanges
schedule-kind-visit = Visit
schedule-kind-meal = Meal
schedule-kind-reception = Reception
schedule-kind-departure = Departure

## Now and next

now-title = ⏱️ <b>Now and next</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = Local time: { $time }, { $date } ({ $offset }).
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }, { $start }–{ $end }
now-current = <b>Happening now</b>
now-next = <b>Coming up</b>
now-nothing-current = Nothing is in session right now.
now-nothing-next = Nothing more is scheduled today.
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = The { $event } has not begun yet. It opens on { $date }.
# Variables: $event (text) event name.
now-after = The { $event } has ended. Thank you for taking part!
now-programme = 📅 Full programme

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>Cancelled</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>Changed</b> (was { $was })
