# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>Jadwal acara</b>
schedule-choose-day = Pilih hari:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = Semua waktu adalah waktu setempat ({ $tz }, { $offset }).

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = Tidak ada acara yang dijadwalkan pada hari ini.
schedule-day-hint = Ketuk salah satu sesi untuk melihat detailnya.

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

schedule-kind-registration = Registrasi
schedule-kind-plenary = Sidang pleno
schedule-kind-parallel-dialogue = Dialog paralel
schedule-kind-signing = Upacara penandatanganan
schedule-kind-release = Peluncuran
schedule-kind-exchange = Pertemuan bilateral
schedule-kind-visit = Kunjungan
schedule-kind-meal = Jamuan makan
schedule-kind-reception = Resepsi
schedule-kind-departure = Keberangkatan

## Now and next

now-title = ⏱️ <b>Sekarang dan berikutnya</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = Waktu setempat: pukul { $time }, { $date } ({ $offset }).
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }, pukul { $start }–{ $end }
now-current = <b>Sedang berlangsung</b>
now-next = <b>Berikutnya</b>
now-nothing-current = Saat ini tidak ada sesi yang sedang berlangsung.
now-nothing-next = Tidak ada lagi acara yang dijadwalkan hari ini.
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } belum dimulai. Acara akan dibuka pada { $date }.
# Variables: $event (text) event name.
now-after = { $event } telah berakhir. Terima kasih atas partisipasi Anda!
now-programme = 📅 Jadwal lengkap

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>Dibatalkan</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>Diubah</b> (sebelumnya { $was })
