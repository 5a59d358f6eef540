# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = မြန်မာဘာသာ

button-back = ◀️ ပြန်သွားရန်
button-menu = 🏠 ပင်မမီနူး
button-previous = ◀️ ယခင်
button-next = နောက်တစ်ခု ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = စာမျက်နှာ { $page } / { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = တနင်္လာနေ့
date-weekday-2 = အင်္ဂါနေ့
date-weekday-3 = ဗုဒ္ဓဟူးနေ့
date-weekday-4 = ကြာသပတေးနေ့
date-weekday-5 = သောကြာနေ့
date-weekday-6 = စနေနေ့
date-weekday-7 = တနင်္ဂနွေနေ့
date-weekday-short-1 = တနင်္လာ
date-weekday-short-2 = အင်္ဂါ
date-weekday-short-3 = ဗုဒ္ဓဟူး
date-weekday-short-4 = ကြာသပတေး
date-weekday-short-5 = သောကြာ
date-weekday-short-6 = စနေ
date-weekday-short-7 = တနင်္ဂနွေ
date-month-1 = ဇန်နဝါရီ
date-month-2 = ဖေဖော်ဝါရီ
date-month-3 = မတ်
date-month-4 = ဧပြီ
date-month-5 = မေ
date-month-6 = ဇွန်
date-month-7 = ဇူလိုင်
date-month-8 = ဩဂုတ်
date-month-9 = စက်တင်ဘာ
date-month-10 = အောက်တိုဘာ
date-month-11 = နိုဝင်ဘာ
date-month-12 = ဒီဇင်ဘာ

# A day, long form ("Thursday 16 January").
# Burmese order: month, day, then weekday ("ဇန်နဝါရီလ 16 ရက်၊ ကြာသပတေးနေ့").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $month }လ { $day } ရက်၊ { $weekday }

# A day on a small button ("Thu 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $day } ရက် ({ $weekday })

# A range of days in one month ("15–18 January 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = { $year } ခုနှစ်၊ { $month }လ { $from }–{ $to } ရက်

# A range of days across months ("30 January – 2 February 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = { $year } ခုနှစ်၊ { $from_month }လ { $from_day } ရက် – { $to_month }လ { $to_day } ရက်
