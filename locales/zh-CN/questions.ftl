# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    现在
    目前
    此刻
    当前
    接下来
    下一场
ask-words-today =
    今天
    今日
    今儿
    今晚
ask-words-tomorrow =
    明天
    明日
    明儿
    明早
    明晚
ask-words-day-after-tomorrow =
    后天
    后日
ask-words-yesterday =
    昨天
    昨日
    昨晚
ask-words-morning =
    上午
    早上
    早晨
    明早
ask-words-afternoon =
    下午
    午后
ask-words-evening =
    晚上
    傍晚
    夜里
    今晚
    明晚
ask-words-programme =
    日程
    议程
    活动安排
    会议安排
    会议流程
    行程
    有什么活动
    有啥活动
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    有什么活动
    有啥活动吗
    都有哪些活动
    有什么安排
    有啥安排
    请问活动怎么安排的
    我们要做什么
    我们都干啥
    计划是什么
    看看日程
    麻烦发一下完整议程
    全部日程安排
    会议流程是怎样的
    有哪些会议和论坛
    场次列表
    求agenda
    schedule发一下
    有program吗
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    周一
    礼拜一
    星期1
    周1
    礼拜1
ask-words-weekday-2 =
    周二
    礼拜二
    星期2
    周2
    礼拜2
ask-words-weekday-3 =
    周三
    礼拜三
    星期3
    周3
    礼拜3
ask-words-weekday-4 =
    周四
    礼拜四
    星期4
    周4
    礼拜4
ask-words-weekday-5 =
    周五
    礼拜五
    星期5
    周5
    礼拜5
ask-words-weekday-6 =
    周六
    礼拜六
    星期6
    周6
    礼拜6
ask-words-weekday-7 =
    周日
    周天
    星期天
    礼拜天
    礼拜日

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>关于{ $topic }：</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>示例答复：具体信息以主办方确认为准。</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = { $day }的日程
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = { $day }{ $part }的日程
ask-part-morning = 上午
ask-part-afternoon = 下午
ask-part-evening = 晚上
ask-topic-now = 正在进行的活动
ask-topic-programme = 日程安排
# Variables: $dates (text) the event's dates.
ask-day-empty = 该时段没有活动安排。本次活动于{ $dates }举行。
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 抱歉，我可能没有理解您的问题。是否需要转交给会说{ $language }的志愿者？志愿者将在这里答复您。
button-ask-volunteer = 🙋 咨询志愿者
button-ask-whole-day = 📅 查看全天日程

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 请用您自己的话输入问题，会说{ $language }的志愿者将在这里答复您。如需取消，请发送 /cancel。
# Variables: $ticket (number) the question's number.
ask-sent = ✅ 您的问题（第{ $ticket }号）已转交志愿者，志愿者将在这里答复您。问题关闭前，您继续发送的消息也将一并转交。
ask-added = ✅ 已转交志愿者。
ask-cancelled = 已取消，您的问题未发送。
button-ask-done = ✔️ 我的问题已解决
ask-limit = ⏳ 您在短时间内向志愿者发送了较多消息，请稍等几分钟。志愿者已收到您的消息，会尽快答复。
# Variables: $phone (text) the help desk's phone.
ask-unavailable = 抱歉，目前无法通过此处联系志愿者。请致电代表服务台：{ $phone }。
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 志愿者正在处理您的第{ $ticket }号问题。
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>志愿者答复</b>（第{ $ticket }号问题）：
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ 您的第{ $ticket }号问题已关闭。这个答复对您有帮助吗？
button-helpful-yes = 👍 有帮助
button-helpful-no = 👎 没有帮助
ask-thanks = 感谢您的反馈，这将帮助我们改进服务台的工作。

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>第{ $ticket }号问题</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = 提问人：{ $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = 提问人：{ $name }（{ $delegation }）
ticket-hint = ↩️ 回复本条消息即可答复代表（如群组已开启话题功能，请在本话题中回复）。代表收到的答复不会显示您的姓名。
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 已由{ $name }认领
# Variables: $name (text) who closed it.
ticket-closed = ✔️ 已由{ $name }关闭
ticket-closed-by-delegate = ✔️ 已由代表关闭
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>第{ $ticket }号问题仍在等待答复</b>，已等待{ $minutes }分钟。请问哪位可以接手？
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>第{ $ticket }号</b>，{ $name }补充：
ticket-feedback-yes = 👍 代表认为答复有帮助。
ticket-feedback-no = 👎 代表认为答复没有帮助。
ticket-unreachable = ⚠️ 无法联系该代表，对方可能已屏蔽本机器人。
# Variables: $ticket (number).
ticket-is-closed = 第{ $ticket }号问题已关闭，您的消息未转交给代表。
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = 第{ $ticket }号 · { $language } · { $name }
button-ticket-claim = 🙋 认领
button-ticket-close = ✔️ 关闭
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = 已由{ $name }认领。
button-ticket-not-volunteer = 仅服务台志愿者可执行此操作。
button-ticket-gone = 此问题已关闭。
# Languages named for the volunteers.
ticket-language-en = 英语
ticket-language-zh-CN = 中文
ticket-language-id = 印尼语
ticket-language-ms = 马来语
ticket-language-th = 泰语
ticket-language-vi = 越南语
ticket-language-fil = 菲律宾语
ticket-language-km = 高棉语
ticket-language-lo = 老挝语
ticket-language-my = 缅甸语

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>您可用于答复的语言</b>
    请点选您能用来答复问题的每一种语言。今后有以这些语言提出的新问题时，将在志愿者群中@您。
volunteer-languages-none = 您尚未选择任何语言。
button-volunteer-done = ✅ 完成
volunteer-languages-saved = ✅ 已保存。今后有以您所选语言提出的新问题时，将@您。
volunteer-not-member = 此功能仅供服务台志愿者使用。请先加入志愿者群，然后再次发送 /volunteer。

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>转给志愿者的问题</b>：待处理{ $open }个，处理中{ $claimed }个，已关闭{ $closed }个。
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 认为有帮助：{ $share }%（共{ $rated }条评价）。
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ 首次答复用时中位数：{ $minutes }分钟。
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 文字提问共{ $asked }条，其中机器人自行回答{ $answered }条。

command-ask = 向志愿者提问
command-volunteer = 志愿者：设置答复所用语言
