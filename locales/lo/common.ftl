# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = ພາສາລາວ

button-back = ◀️ ກັບຄືນ
button-menu = 🏠 ເມນູຫຼັກ
button-previous = ◀️ ກ່ອນໜ້າ
button-next = ຕໍ່ໄປ ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = ໜ້າ { $page } ຈາກ { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = ວັນຈັນ
date-weekday-2 = ວັນອັງຄານ
date-weekday-3 = ວັນພຸດ
date-weekday-4 = ວັນພະຫັດ
date-weekday-5 = ວັນສຸກ
date-weekday-6 = ວັນເສົາ
date-weekday-7 = ວັນອາທິດ
date-weekday-short-1 = ຈັນ
date-weekday-short-2 = ອັງຄານ
date-weekday-short-3 = ພຸດ
date-weekday-short-4 = ພະຫັດ
date-weekday-short-5 = ສຸກ
date-weekday-short-6 = ເສົາ
date-weekday-short-7 = ອາທິດ
date-month-1 = ມັງກອນ
date-month-2 = ກຸມພາ
date-month-3 = ມີນາ
date-month-4 = ເມສາ
date-month-5 = ພຶດສະພາ
date-month-6 = ມິຖຸນາ
date-month-7 = ກໍລະກົດ
date-month-8 = ສິງຫາ
date-month-9 = ກັນຍາ
date-month-10 = ຕຸລາ
date-month-11 = ພະຈິກ
date-month-12 = ທັນວາ

# A day, long form ("Thursday 16 January").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday } ທີ { $day } { $month }

# A day on a small button ("Thu 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday } { $day }

# A range of days in one month ("15–18 January 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = ວັນທີ { $from }–{ $to } { $month } { $year }

# A range of days across months ("30 January – 2 February 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = ວັນທີ { $from_day } { $from_month } – { $to_day } { $to_month } { $year }
