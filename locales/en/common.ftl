# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = English

button-back = ◀️ Back
button-menu = 🏠 Main menu
button-previous = ◀️ Previous
button-next = Next ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = Page { $page } of { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
date-weekday-short-1 = Mon
date-weekday-short-2 = Tue
date-weekday-short-3 = Wed
date-weekday-short-4 = Thu
date-weekday-short-5 = Fri
date-weekday-short-6 = Sat
date-weekday-short-7 = Sun
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December

# A day, long form ("Thursday 16 January").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday } { $day } { $month }

# A day on a small button ("Thu 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday } { $day }

# A range of days in one month ("15–18 January 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = { $from }–{ $to } { $month } { $year }

# A range of days across months ("30 January – 2 February 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = { $from_day } { $from_month } – { $to_day } { $to_month } { $year }
