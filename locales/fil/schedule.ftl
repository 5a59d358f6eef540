# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>Programa</b>
schedule-choose-day = Pumili ng araw:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = Lokal na oras ang lahat ng nakasaad na oras ({ $tz }, { $offset }).

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = Walang nakatakdang gawain sa araw na ito.
schedule-day-hint = Pindutin ang isang sesyon para sa mga detalye.

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

schedule-kind-registration = Rehistrasyon
schedule-kind-plenary = Sesyong plenaryo
schedule-kind-parallel-dialogue = Magkasabay na diyalogo
schedule-kind-signing = Seremonya ng paglagda
schedule-kind-release = Paglulunsad
schedule-kind-exchange = Mga bilateral na pulong
schedule-kind-visit = Pagbisita
schedule-kind-meal = Pagkain
schedule-kind-reception = Resepsiyon
schedule-kind-departure = Pag-alis

## Now and next

now-title = ⏱️ <b>Ngayon at susunod</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = Lokal na oras: { $time }, { $date } ({ $offset }).
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }, { $start }–{ $end }
now-current = <b>Nagaganap ngayon</b>
now-next = <b>Susunod</b>
now-nothing-current = Walang sesyong nagaganap sa ngayon.
now-nothing-next = Wala nang nakatakdang gawain ngayong araw.
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = Hindi pa nagsisimula ang { $event }. Magbubukas ito sa { $date }.
# Variables: $event (text) event name.
now-after = Natapos na po ang { $event }. Maraming salamat sa inyong pakikilahok!
now-programme = 📅 Buong programa

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>Kinansela</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>Binago</b> (dati: { $was })
