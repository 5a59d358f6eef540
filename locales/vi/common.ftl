# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = Tiếng Việt

button-back = ◀️ Quay lại
button-menu = 🏠 Trình đơn chính
button-previous = ◀️ Trang trước
button-next = Trang sau ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = Trang { $page }/{ $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = Thứ Hai
date-weekday-2 = Thứ Ba
date-weekday-3 = Thứ Tư
date-weekday-4 = Thứ Năm
date-weekday-5 = Thứ Sáu
date-weekday-6 = Thứ Bảy
date-weekday-7 = Chủ Nhật
date-weekday-short-1 = T2
date-weekday-short-2 = T3
date-weekday-short-3 = T4
date-weekday-short-4 = T5
date-weekday-short-5 = T6
date-weekday-short-6 = T7
date-weekday-short-7 = CN
date-month-1 = tháng 1
date-month-2 = tháng 2
date-month-3 = tháng 3
date-month-4 = tháng 4
date-month-5 = tháng 5
date-month-6 = tháng 6
date-month-7 = tháng 7
date-month-8 = tháng 8
date-month-9 = tháng 9
date-month-10 = tháng 10
date-month-11 = tháng 11
date-month-12 = tháng 12

# A day, long form ("Thứ Năm, ngày 16 tháng 1").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday }, ngày { $day } { $month }

# A day on a small button ("T5, ngày 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday }, ngày { $day }

# A range of days in one month ("ngày 15–18 tháng 1 năm 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = ngày { $from }–{ $to } { $month } năm { $year }

# A range of days across months ("ngày 30 tháng 1 – ngày 2 tháng 2 năm 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = ngày { $from_day } { $from_month } – ngày { $to_day } { $to_month } năm { $year }
