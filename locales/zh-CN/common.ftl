# Shared words, buttons and dates.
# Messages may use Telegram HTML (<b>, <i>); variables are escaped by the bot.

# The name of this language, written in the language itself (shown in the language picker).
language-name = 中文

button-back = ◀️ 返回
button-menu = 🏠 主菜单
button-previous = ◀️ 上一页
button-next = 下一页 ▶️

# Variables: $page (number) the current page, $pages (number) how many pages there are.
pager-page = 第{ $page }页，共{ $pages }页

## Dates. Weekdays run from 1 = Monday to 7 = Sunday.

date-weekday-1 = 星期一
date-weekday-2 = 星期二
date-weekday-3 = 星期三
date-weekday-4 = 星期四
date-weekday-5 = 星期五
date-weekday-6 = 星期六
date-weekday-7 = 星期日
date-weekday-short-1 = 周一
date-weekday-short-2 = 周二
date-weekday-short-3 = 周三
date-weekday-short-4 = 周四
date-weekday-short-5 = 周五
date-weekday-short-6 = 周六
date-weekday-short-7 = 周日
date-month-1 = 1月
date-month-2 = 2月
date-month-3 = 3月
date-month-4 = 4月
date-month-5 = 5月
date-month-6 = 6月
date-month-7 = 7月
date-month-8 = 8月
date-month-9 = 9月
date-month-10 = 10月
date-month-11 = 11月
date-month-12 = 12月

# A day, long form ("Thursday 16 January"; here "1月16日（星期四）").
# Variables: $weekday (text) weekday name, $day (number) day of the month, $month (text) month name, $year (number).
date-long = { $month }{ $day }日（{ $weekday }）

# A day on a small button ("Thu 16"; here "16日 周四").
# Variables: $weekday (text) short weekday name, $day (number) day of the month.
date-button = { $day }日 { $weekday }

# A range of days in one month ("15–18 January 2025"; here "2025年1月15日至18日").
# Variables: $from (number) first day, $to (number) last day, $month (text) month name, $year (number).
date-range-month = { $year }年{ $month }{ $from }日至{ $to }日

# A range of days across months ("30 January – 2 February 2025"; here "2025年1月30日至2月2日").
# Variables: $from_day, $to_day (numbers), $from_month, $to_month (text), $year (number).
date-range = { $year }年{ $from_month }{ $from_day }日至{ $to_month }{ $to_day }日
