# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>帮助</b>
    我是本次活动的信息服务台，可为您提供：
    📅 逐日日程安排，以及正在进行的活动；
    📍 各场馆信息，附地图定位和可出示给出租车司机的地址卡；
    🚌 交通指南：机场、火车站、地铁、活动接驳车及出租车。
    💬 您也可以直接用自己的话输入问题；如我无法回答，将由会说中文的志愿者为您解答（/ask）。
    ⏰ 我会在您的每场活动开始前提醒您，并于每天早上为您发送早间简报；具体方式可在 ⚙️ 设置（/settings）中选择。
    📣 主办方发布的通知将在此处发送给您；最新通知可在菜单的“📣 最新通知”中查看。
    请使用按钮或以下命令：/menu /schedule /now /venues /transport /settings /language /help
    🌐 如需更改语言，请发送 /language。
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>需要人工服务？</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = 开始使用并选择语言
command-menu = 主菜单
command-schedule = 逐日日程安排
command-now = 正在进行及即将开始的活动
command-venues = 场馆、地图及出租车地址卡
command-transport = 机场、火车站、地铁、接驳车、出租车
command-language = 更改语言
command-help = 帮助与联系方式

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk 是{ $event }信息服务台，提供日程安排、场馆信息（含地图和出租车地址卡）及交通指南，支持十种语言。请点击“开始”。
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = { $event }的日程、场馆及交通出行信息，以您选择的语言提供。
command-dialogues = 报名参加平行对话
command-my = 我的日程及日历文件
command-profile = 我的个人信息
command-cancel = 停止填写当前表单
command-invite = 主办方：新建邀请
command-invites = 主办方：邀请列表
command-registrations = 主办方：各场次报名情况
command-export = 主办方：导出报名表格
command-reload = 主办方：重新加载活动文件
command-stats = 主办方：使用情况统计
