# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>{ $minutes }分钟后开始：</b>{ $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>早上好！</b>您{ $date }的安排如下：
briefing-free = 您今日没有已报名的场次。发送 /dialogues 即可查看仍可报名的平行对话。
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }：{ $times }

settings-title = ⚙️ <b>设置</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ 活动提醒：{ $minutes ->
        [0] 已关闭
       *[other] 您的每场活动开始前{ $minutes }分钟
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ 早间简报（{ $time }发送）：{ $on ->
        [yes] 已开启
       *[no] 已关闭
    }
settings-saved = ✅ 已保存。
button-settings = ⚙️ 设置
button-reminder-off = 不提醒
# Variables: $minutes (number).
button-reminder-minutes = 提前{ $minutes }分钟
button-briefing-on = ☀️ 早间简报：开
button-briefing-off = ☀️ 早间简报：关
command-settings = 活动提醒、早间简报及语言
