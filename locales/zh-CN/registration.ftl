# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).

menu-dialogues = 📝 平行对话报名
menu-my = 🗓️ 我的日程

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ 欢迎您！您已受邀参会，所属代表团：<b>{ $delegation }</b>。
    报名参加各场次前，请回答{ $steps }个简短问题，以便制作您的证件并供主办方参考。您可随时发送 /cancel 停止填写。
# Variables: $delegation (text) the delegation's name.
invite-already-member = 您已完成登记，所属代表团：<b>{ $delegation }</b>。
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = 您已完成登记，所属代表团：<b>{ $delegation }</b>，因此本邀请未予使用。如有误，请联系代表服务台。
invite-not-found = ❌ 该邀请码无效。请核对后重试，或向您所在代表团的联络人索取邀请链接。
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ 该邀请{ $people ->
        [1] 的名额已被使用
       *[other] 的{ $people }个名额已全部用完
    }。请联系您所在代表团的联络人。
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ 该邀请已于{ $date }过期。请向您所在代表团的联络人索取新的邀请。
invite-revoked = ❌ 该邀请已被主办方撤销。请联系您所在代表团的联络人。
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ 邀请码输入错误次数过多。请{ $minutes ->
       *[other] { $minutes }分钟
    }后再试。
# Someone without an invitation tries to register.
invite-needed = 各场次报名须凭邀请。请打开代表团联络人发给您的链接，或在此输入邀请码。

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = 第{ $step }题，共{ $steps }题
profile-ask-full-name = 请输入您的<b>全名</b>（将按此印制在证件上）。
profile-ask-title = 请输入您的<b>职务</b>，例如：市长、副市长、外事办公室主任。
profile-ask-city = 请问您代表哪座<b>城市</b>？
profile-ask-country = 请问您来自哪个<b>国家</b>？请在下方选择，或输入其他国家名称。
profile-ask-organisation = 请输入您所在的<b>单位</b>，例如：岘港市人民委员会。
profile-ask-diet = 请问您是否有特殊<b>饮食要求</b>？
profile-ask-diet-other = 请说明您的饮食要求（例如食物过敏）。
profile-ask-interpretation = 会议期间，您需要哪种<b>口译语言</b>？
profile-cancel-hint = 如需停止，请发送 /cancel。

profile-invalid-empty = 请输入您的回答。
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = 回答过长，请勿超过{ $max }个字符。
profile-invalid-characters = 回答中含有无法印制在证件上的字符，请重新输入。
profile-invalid-not-text = 请以文字形式回答。
profile-invalid-choose = 请点击下方按钮进行选择。

profile-cancelled = 您的个人信息尚未保存。您可随时发送 /profile 继续填写。
profile-saved = ✅ 谢谢！您的个人信息已保存，现在可以报名参加平行对话了。
profile-updated = ✅ 您的个人信息已更新。

profile-title = 👤 <b>我的个人信息</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = 代表团：<b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }：<b>{ $value }</b>
profile-edit-hint = 如需修改，请点击下方相应项目。
# Someone who has not used an invitation asks for their profile.
profile-none = 您尚未填写个人信息。报名须凭邀请：请打开代表团联络人发给您的链接，或在此输入邀请码。
profile-incomplete = 您的个人信息尚未填写完整，请继续。

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = 姓名
profile-field-title = 职务
profile-field-city = 城市
profile-field-country = 国家
profile-field-organisation = 单位
profile-field-diet = 饮食要求
profile-field-interpretation = 口译语言
profile-interpretation-none = 无需口译

# Countries offered as buttons (plain text). Others are typed.
country-bn = 文莱
country-kh = 柬埔寨
country-id = 印度尼西亚
country-la = 老挝
country-my = 马来西亚
country-mm = 缅甸
country-ph = 菲律宾
country-sg = 新加坡
country-th = 泰国
country-vn = 越南
country-tl = 东帝汶
country-cn = 中国

# Dietary requirements offered as buttons (plain text).
diet-none = 无特殊要求
diet-halal = 清真
diet-vegetarian = 素食
diet-vegan = 纯素（不含蛋奶）
diet-other = 其他（请说明）

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>平行对话报名</b>
dialogues-intro = 名额有限。请选择场次，查看详情并报名。
dialogues-none = 目前没有开放报名的场次。
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ 名额已满（共{ $capacity }个），可加入候补名单
       *[other] 🎟️ 剩余{ $left }个名额（共{ $capacity }个）
    }
dialogues-closed = 🔒 报名已截止
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = 报名截止时间：{ $date }{ $time }。
dialogues-you-confirmed = ✅ 您已报名
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ 您在候补名单中排第{ $position }位

## Registering, from a session's screen.

button-register = ✅ 报名
button-join-waitlist = ⏳ 加入候补名单
button-cancel-registration = ❌ 取消报名
button-leave-waitlist = ❌ 退出候补名单
button-check-in-code = 🎫 我的签到码
button-dialogues = 📝 全部平行对话
# Variables: $title (text) the session to switch to.
button-switch = 🔁 改为参加：{ $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>报名成功。</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    您的签到码见下条消息，请在入场时出示。
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>本场名额已满。</b>您在<b>{ $title }</b>的候补名单中排第{ $position }位。如有名额空出，系统将自动为您递补，并在此通知您。
# Variables: $title (text) session title.
register-already-confirmed = 您已报名<b>{ $title }</b>。
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = 您已在<b>{ $title }</b>的候补名单中，排第{ $position }位。
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b>与您已报名的<b>{ $other }</b>（{ $when }）时间冲突。您可以改为参加本场，但将同时放弃<b>{ $other }</b>的名额。
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 <b>{ $title }</b>的报名已于{ $date }{ $time }截止。
# Variables: $title (text) session title.
register-cancelled = 您已取消<b>{ $title }</b>的报名，您的名额将转给候补名单中的下一位。
# Variables: $title (text) session title.
register-left-waitlist = 您已退出<b>{ $title }</b>的候补名单。
# Variables: $title (text) session title.
register-not-registered = 您未报名<b>{ $title }</b>。
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>好消息：有名额空出，您已递补成功。</b>
    您现已报名参加：

    <b>{ $title }</b>
    { $when }
    { $venue }

    您的签到码见下条消息，请在入场时出示。
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 <b>{ $title }</b>签到码
    { $when }
    请在入场时向志愿者出示。

## My agenda (/my).

agenda-title = 🗓️ <b>我的日程</b>
agenda-empty = 您尚未报名任何场次。
agenda-confirmed = ✅ 已报名
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ 候补第{ $position }位
agenda-plenary-note = 全体会议向所有代表开放，无需报名，详见日程安排。
button-agenda-ics = 📅 添加到日历
button-profile = 👤 我的个人信息
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ 取消报名：{ $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 您在{ $event }的个人日程。打开此文件即可添加到手机日历。所有时间均为当地时间（{ $tz }）。
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title }（候补）
