# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Delegate Desk 使用情况</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] 尚无代表使用 Delegate Desk。
       *[other] 已有{ $count }名代表使用 Delegate Desk。
    }
organiser-stats-by-language = <b>按语言统计</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = 未选择（跟随 Telegram 应用的语言）
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }：{ $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>新建邀请。</b>此邀请发给哪个<b>代表团</b>（城市、国家或机构）？发送 /cancel 可停止。
organiser-invite-ask-people = 此邀请可供多少<b>人</b>使用？
organiser-invite-ask-expiry = 有效期至哪一天？请输入日期（例如2025-01-14），或点击“长期有效”。
button-invite-no-expiry = 长期有效
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = 请输入1至{ $max }之间的数字。
organiser-invite-invalid-date = 请输入今天或之后的日期，例如2025-01-14。
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = 请输入代表团名称，不超过{ $max }个字符。
organiser-invite-cancelled = 未创建任何邀请。
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ 已为<b>{ $delegation }</b>创建邀请，可供{ $people ->
       *[other] { $people }人
    }使用。
    请将以下链接（或下方二维码）转发给该代表团：
    { $link }

    对方也可直接输入邀请码：<code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = 有效期至{ $date }（含当日）。
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = 致{ $delegation }的邀请：扫码即可打开 Delegate Desk。
organiser-invites-title = 🎟️ <b>邀请列表</b>
organiser-invites-none = 尚无邀请。请发送 /invite 创建。
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>：已用{ $used }/{ $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = 有效
organiser-invites-state-used-up = 已用完
organiser-invites-state-expired = 已过期
organiser-invites-state-revoked = 已撤销
# Variables: $delegation (text).
button-revoke = ✖️ 撤销：{ $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = <b>{ $delegation }</b>的邀请已撤销。已凭此邀请登记的人员保留其名额。

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>报名情况</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    已确认{ $confirmed }/{ $capacity } · 候补{ $waitlist } · 已签到{ $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ 超出名额{ $over }人
organiser-registrations-none = 本次活动没有需要报名的场次。
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] 尚无报名记录。
       *[other] 共{ $count }条报名记录。
    }各种文字的姓名均可在 Excel 中正确显示。

## Reloading the event file (/reload).

organiser-reload-ok = ✅ 活动文件已重新加载。
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] 已有{ $count }人由候补递补获得名额，并已通知本人。
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>：已确认人数超出新名额上限{ $over }人。未移除任何人。
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] 活动文件存在{ $count }个问题
    }，仍沿用当前内容：
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    确定撤销<b>{ $delegation }</b>的邀请吗？撤销后，其链接和邀请码将无法再使用。{ $used ->
        [0] 目前尚无人使用此邀请。
       *[other] 已凭此邀请登记的{ $used }人仍保留其名额。
    }
button-revoke-confirm = ✖️ 确认撤销
