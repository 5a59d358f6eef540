# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>Atur cara</b>
schedule-choose-day = Pilih hari:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = Semua masa ialah waktu tempatan ({ $tz }, { $offset }).

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = Tiada acara yang dijadualkan pada hari ini.
schedule-day-hint = Ketik sesi untuk melihat butirannya.

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue }, { $room }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date }, pukul { $start }–{ $end } ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = Pendaftaran
schedule-kind-plenary = Sesi pleno
schedule-kind-parallel-dialogue = Dialog selari
schedule-kind-signing = Majlis pemeteraian
schedule-kind-release = Pelancaran
schedule-kind-exchange = Pertemuan dua hala
schedule-kind-visit = Lawatan
schedule-kind-meal = Jamuan makan
schedule-kind-reception = Majlis sambutan
schedule-kind-departure = Keberangkatan

## Now and next

now-title = ⏱️ <b>Sekarang dan seterusnya</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = Waktu tempatan: pukul { $time }, { $date } ({ $offset }).
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }, pukul { $start }–{ $end }
now-current = <b>Sedang berlangsung</b>
now-next = <b>Akan datang</b>
now-nothing-current = Tiada sesi yang sedang berlangsung sekarang.
now-nothing-next = Tiada lagi acara yang dijadualkan hari ini.
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } belum bermula. Acara ini akan dibuka pada { $date }.
# Variables: $event (text) event name.
now-after = { $event } telah berakhir. Terima kasih atas penyertaan anda!
now-programme = 📅 Atur cara penuh

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>Dibatalkan</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>Diubah</b> (asalnya { $was })
