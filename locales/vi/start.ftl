# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 Xin kính chào { $name }!
    Tôi là <b>Delegate Desk</b>, quầy thông tin trực tuyến của <b>{ $event }</b>, { $dates }.
    Tôi sẽ trả lời bằng <b>tiếng Việt</b>. Để dùng ngôn ngữ khác, xin Quý vị chọn bên dưới.

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    Tôi có thể giúp gì cho Quý vị?
menu-schedule = 📅 Chương trình
menu-now = ⏱️ Đang và sắp diễn ra
menu-venues = 📍 Địa điểm và bản đồ
menu-transport = 🚌 Di chuyển
menu-help = ❓ Trợ giúp
menu-language = 🌐 Ngôn ngữ

language-title = 🌐 Xin chọn ngôn ngữ:
language-changed = ✅ Từ bây giờ, tôi sẽ trả lời bằng tiếng Việt.
