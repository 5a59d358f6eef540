# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>签到</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ 确认签到
# Variables: $time (text) such as 13:52.
checkin-done = ✅ 已于{ $time }签到。
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ 该代表已于{ $time }签到。
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 这是您参加<b>{ $title }</b>的签到码，请在入场时向志愿者出示。
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = 此签到码仅供入口处志愿者扫描使用。
checkin-unknown = ❌ 该签到码无效，相应报名可能已被取消。
