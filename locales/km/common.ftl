# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = ភាសាខ្មែរ

button-back = ◀️ ត្រឡប់ក្រោយ
button-menu = 🏠 ម៉ឺនុយចម្បង
button-previous = ◀️ មុន
button-next = បន្ទាប់ ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = ទំព័រទី{ $page } នៃ { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = ថ្ងៃចន្ទ
date-weekday-2 = ថ្ងៃអង្គារ
date-weekday-3 = ថ្ងៃពុធ
date-weekday-4 = ថ្ងៃព្រហស្បតិ៍
date-weekday-5 = ថ្ងៃសុក្រ
date-weekday-6 = ថ្ងៃសៅរ៍
date-weekday-7 = ថ្ងៃអាទិត្យ
date-weekday-short-1 = ចន្ទ
date-weekday-short-2 = អង្គារ
date-weekday-short-3 = ពុធ
date-weekday-short-4 = ព្រហស្បតិ៍
date-weekday-short-5 = សុក្រ
date-weekday-short-6 = សៅរ៍
date-weekday-short-7 = អាទិត្យ
date-month-1 = ខែមករា
date-month-2 = ខែកុម្ភៈ
date-month-3 = ខែមីនា
date-month-4 = ខែមេសា
date-month-5 = ខែឧសភា
date-month-6 = ខែមិថុនា
date-month-7 = ខែកក្កដា
date-month-8 = ខែសីហា
date-month-9 = ខែកញ្ញា
date-month-10 = ខែតុលា
date-month-11 = ខែវិច្ឆិកា
date-month-12 = ខែធ្នូ

# A day, long form ("Thursday 16 January").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday } ទី{ $day } { $month }

# A day on a small button ("Thu 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday } ទី{ $day }

# A range of days in one month ("15–18 January 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = ថ្ងៃទី{ $from }–{ $to } { $month } ឆ្នាំ{ $year }

# A range of days across months ("30 January – 2 February 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = ថ្ងៃទី{ $from_day } { $from_month } – ថ្ងៃទី{ $to_day } { $to_month } ឆ្នាំ{ $year }
