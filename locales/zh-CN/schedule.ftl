# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>日程安排</b>
schedule-choose-day = 请选择日期：

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = 所有时间均为当地时间（{ $tz }，{ $offset }）。

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = 当日无活动安排。
schedule-day-hint = 点击活动可查看详情。

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue }{ $room }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date }{ $start }—{ $end }（{ $offset }）

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = 注册报到
schedule-kind-plenary = 全体会议
schedule-kind-parallel-dialogue = 平行对话
schedule-kind-signing = 签约仪式
schedule-kind-release = 成果发布
schedule-kind-exchange = 双边交流
schedule-kind-visit = 参观考察
schedule-kind-meal = 用餐
schedule-kind-reception = 宴请
schedule-kind-departure = 离会

## Now and next

now-title = ⏱️ <b>正在进行与即将开始</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = 当地时间：{ $date }{ $time }（{ $offset }）。
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }{ $start }—{ $end }
now-current = <b>正在进行</b>
now-next = <b>即将开始</b>
now-nothing-current = 当前没有正在进行的活动。
now-nothing-next = 今日已无其他安排。
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event }尚未开始，将于{ $date }开幕。
# Variables: $event (text) event name.
now-after = { $event }已圆满结束，感谢您的参与！
now-programme = 📅 完整日程

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>已取消</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>有变更</b>（原为{ $was }）
