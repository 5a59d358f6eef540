# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = Filipino

button-back = ◀️ Bumalik
button-menu = 🏠 Pangunahing menu
button-previous = ◀️ Nakaraan
button-next = Susunod ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = Pahina { $page } ng { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = Lunes
date-weekday-2 = Martes
date-weekday-3 = Miyerkoles
date-weekday-4 = Huwebes
date-weekday-5 = Biyernes
date-weekday-6 = Sabado
date-weekday-7 = Linggo
date-weekday-short-1 = Lun
date-weekday-short-2 = Mar
date-weekday-short-3 = Miy
date-weekday-short-4 = Huw
date-weekday-short-5 = Biy
date-weekday-short-6 = Sab
date-weekday-short-7 = Lin
date-month-1 = Enero
date-month-2 = Pebrero
date-month-3 = Marso
date-month-4 = Abril
date-month-5 = Mayo
date-month-6 = Hunyo
date-month-7 = Hulyo
date-month-8 = Agosto
date-month-9 = Setyembre
date-month-10 = Oktubre
date-month-11 = Nobyembre
date-month-12 = Disyembre

# A day, long form ("Huwebes, Enero 16").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday }, { $month } { $day }

# A day on a small button ("Huw 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday } { $day }

# A range of days in one month ("Enero 15–18, 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = { $month } { $from }–{ $to }, { $year }

# A range of days across months ("Enero 30 – Pebrero 2, 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = { $from_month } { $from_day } – { $to_month } { $to_day }, { $year }
