# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 { $name }，欢迎您！
    我是 <b>Delegate Desk</b>，<b>{ $event }</b>（{ $dates }）信息服务台。
    我将使用<b>中文</b>为您服务。如需使用其他语言，请在下方选择。

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    请问有什么可以帮您？
menu-schedule = 📅 日程安排
menu-now = ⏱️ 正在进行与即将开始
menu-venues = 📍 场馆与地图
menu-transport = 🚌 交通出行
menu-help = ❓ 帮助
menu-language = 🌐 语言

language-title = 🌐 请选择语言：
language-changed = ✅ 从现在起，我将使用中文为您服务。
