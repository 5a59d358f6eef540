# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = Bahasa Indonesia

button-back = ◀️ Kembali
button-menu = 🏠 Menu utama
button-previous = ◀️ Sebelumnya
button-next = Berikutnya ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = Halaman { $page } dari { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = Senin
date-weekday-2 = Selasa
date-weekday-3 = Rabu
date-weekday-4 = Kamis
date-weekday-5 = Jumat
date-weekday-6 = Sabtu
date-weekday-7 = Minggu
date-weekday-short-1 = Sen
date-weekday-short-2 = Sel
date-weekday-short-3 = Rab
date-weekday-short-4 = Kam
date-weekday-short-5 = Jum
date-weekday-short-6 = Sab
date-weekday-short-7 = Min
date-month-1 = Januari
date-month-2 = Februari
date-month-3 = Maret
date-month-4 = April
date-month-5 = Mei
date-month-6 = Juni
date-month-7 = Juli
date-month-8 = Agustus
date-month-9 = September
date-month-10 = Oktober
date-month-11 = November
date-month-12 = Desember

# A day, long form ("Kamis, 16 Januari").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday }, { $day } { $month }

# A day on a small button ("Kam 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday } { $day }

# A range of days in one month ("15–18 Januari 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = { $from }–{ $to } { $month } { $year }

# A range of days across months ("30 Januari – 2 Februari 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = { $from_day } { $from_month } – { $to_day } { $to_month } { $year }
