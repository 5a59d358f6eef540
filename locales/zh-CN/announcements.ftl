# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>新建通知。</b>请像平常发消息一样将通知发给我：可以是带格式的文字，也可以是附说明文字的图片、文件或位置。代表收到的消息将与之完全相同。
announce-use-buttons = 请使用下方按钮（或发送 /cancel）。
announce-discarded = 已放弃此通知，未发送任何消息。
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = 请发送<b>{ $language }</b>版本。使用{ $language }的代表将收到此版本，而非原文。
announce-version-title = 请选择要添加版本的语言（✅：已有版本，再次发送将替换原有版本）。
announce-versions-none = 无，所有人均收到原文
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>通知</b>
    <i>{ $summary }</i>

    👥 <b>发送对象：</b>{ $audience }（{ $count ->
       *[other] { $count }人
    }）
    { $languages }
    🌐 <b>语言版本：</b>{ $versions }
    ✅ <b>需确认收到：</b>{ $ack ->
        [yes] 是
       *[no] 否
    }
announce-audience-title = 👥 请选择发送对象：
announce-audience-pick = 请选择一项：
announce-audience-empty = 暂无可选项。
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = 已报名{ $session }的人员
announce-audience-waitlist = { $session }的候补名单
announce-audience-session = { $session }的全部报名及候补人员
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = 未确认收到第{ $id }号通知的人员
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count }人
    } · { $version ->
        [own] 该语言版本
       *[original] 原文
    }
announce-preview-nobody = 👁 该发送对象暂无人员。

button-announce-audience = 👥 发送对象
button-announce-version = 🌐 添加语言版本
button-announce-ack-on = ✅ 需确认收到：开
button-announce-ack-off = ☐ 需确认收到：关
button-announce-preview = 👁 预览
# Variables: $count (number) how many people.
button-announce-send = 📤 发送给{ $count }人
button-announce-discard = ✖ 放弃
button-announce-back = ⬅ 返回
button-audience-everyone = 全体人员
button-audience-registrants = 场次报名人员
button-audience-waitlist = 场次候补名单
button-audience-language = 指定语言
button-audience-country = 指定国家
button-audience-delegation = 指定代表团
button-audience-volunteers = 志愿者
button-audience-organisers = 主办方

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>第{ $id }号通知</b>正在发送
    <i>{ $summary }</i>
    已发送{ $sent }/{ $total } · 失败{ $failed } · 无法送达{ $unreachable } · 剩余{ $remaining }
    每秒{ $rate }条 · 预计还需{ $left }
announce-report-done =
    ✅ <b>第{ $id }号通知</b>已发送完毕
    <i>{ $summary }</i>
    已发送{ $sent }/{ $total } · 失败{ $failed } · 无法送达（已屏蔽本机器人）{ $unreachable }
announce-report-stopped =
    ⏹ <b>第{ $id }号通知</b>已停止发送
    <i>{ $summary }</i>
    已发送{ $sent }/{ $total } · 未发送{ $stopped } · 失败{ $failed } · 无法送达{ $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ 已确认收到：{ $acked }/{ $sent }
button-announce-stop = ⏹ 停止发送
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 提醒未确认的{ $count }人
button-announcements = 📋 通知列表
announce-list-title = 📋 <b>近期通知</b>
announce-list-empty = 尚未发送任何通知。如需撰写，请发送 /announce。
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>第{ $id }号</b> { $state ->
        [sending] 📤 发送中
        [stopped] ⏹ 已停止
        [draft] 📝 草稿
       *[done] ✅ 已发送
    } · <i>{ $summary }</i>
    已发送{ $sent }/{ $total } · 失败{ $failed } · 无法送达{ $unreachable }{ $ack ->
        [yes] { " " }· 已确认{ $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ 已知悉
announce-toast-thanks = 感谢确认，已记录。
button-announcements-latest = 📣 最新通知
latest-title = 📣 <b>最新通知</b>
latest-empty = 📣 暂无通知。主办方发布通知后，您将第一时间在此收到。

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>已取消：</b>{ $session }
    { $date }
notice-session-changed =
    ⚠️ <b>日程变更：</b>{ $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 改至{ $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b>（{ $end }结束）
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>场馆信息更新：</b>{ $venue }
    地址或地图定位已变更：{ $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>接驳车发车时间变更：</b>{ $shuttle }
    变更前：{ $from }
    变更后：<b>{ $to }</b>
button-notice-session = 📋 活动详情

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ 变更本场活动（主办方）
# Variables: $session (text) the session's title.
change-title = ✏️ <b>变更：</b>{ $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes }分钟
button-change-move = 📍 更换会议室或场馆
button-change-cancel = ❌ 取消本场活动
change-move-venue = 📍 改到哪个场馆？
change-move-room = 改到哪个会议室？
button-change-no-room = 不指定会议室
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>代表将收到以下通知</b>，以各自的语言显示（{ $count ->
       *[other] 共{ $count }人
    }）：

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ 确认并通知{ $count }人
change-impossible = 本场活动无法进行此项变更（延后超过午夜、活动已取消，或未作任何变更）。
change-reload-title = 🔄 <b>新的活动文件变更了代表的日程。</b>代表将以各自的语言收到以下通知：
# Variables: $count (number) how many messages.
button-change-notify = 📣 通知相关人员（{ $count }条）
# Variables: $count (number) how many messages.
change-notified = 📣 通知正在发送（共{ $count }条消息）。发送 /announcements 可查看进度。
command-announce = 主办方：发送通知
command-announcements = 主办方：近期通知
