# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = ไทย

button-back = ◀️ ย้อนกลับ
button-menu = 🏠 เมนูหลัก
button-previous = ◀️ ก่อนหน้า
button-next = ถัดไป ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = หน้า { $page } จาก { $pages }

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = วันจันทร์
date-weekday-2 = วันอังคาร
date-weekday-3 = วันพุธ
date-weekday-4 = วันพฤหัสบดี
date-weekday-5 = วันศุกร์
date-weekday-6 = วันเสาร์
date-weekday-7 = วันอาทิตย์
date-weekday-short-1 = จ.
date-weekday-short-2 = อ.
date-weekday-short-3 = พ.
date-weekday-short-4 = พฤ.
date-weekday-short-5 = ศ.
date-weekday-short-6 = ส.
date-weekday-short-7 = อา.
date-month-1 = มกราคม
date-month-2 = กุมภาพันธ์
date-month-3 = มีนาคม
date-month-4 = เมษายน
date-month-5 = พฤษภาคม
date-month-6 = มิถุนายน
date-month-7 = กรกฎาคม
date-month-8 = สิงหาคม
date-month-9 = กันยายน
date-month-10 = ตุลาคม
date-month-11 = พฤศจิกายน
date-month-12 = ธันวาคม

# A day, long form ("Thursday 16 January").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $weekday }ที่ { $day } { $month }

# A day on a small button ("Thu 16").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $weekday } { $day }

# A range of days in one month ("15–18 January 2025").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = { $from }–{ $to } { $month } ค.ศ. { $year }

# A range of days across months ("30 January – 2 February 2025").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = { $from_day } { $from_month } – { $to_day } { $to_month } ค.ศ. { $year }
