# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>Còn { $minutes } phút nữa:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>Kính chúc Quý vị buổi sáng tốt lành!</b> Lịch tham dự của Quý vị hôm nay, { $date }:
briefing-free = Hôm nay Quý vị không có phiên nào. Lệnh /dialogues cho biết các phiên đối thoại mà Quý vị vẫn có thể đăng ký tham dự.
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>Cài đặt</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ Lời nhắc: { $minutes ->
        [0] tắt
       *[other] { $minutes } phút trước mỗi phiên của Quý vị
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ Bản tin buổi sáng lúc { $time }: { $on ->
        [yes] bật
       *[no] tắt
    }
settings-saved = ✅ Đã lưu.
button-settings = ⚙️ Cài đặt
button-reminder-off = Tắt
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } phút
button-briefing-on = ☀️ Bản tin buổi sáng: bật
button-briefing-off = ☀️ Bản tin buổi sáng: tắt
command-settings = Lời nhắc, bản tin buổi sáng, ngôn ngữ
