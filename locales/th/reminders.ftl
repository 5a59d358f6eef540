# Reminders before a session, the morning briefing, and the settings
# screen.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>จะเริ่มในอีก { $minutes } นาที:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>อรุณสวัสดิ์</b> กำหนดการของท่านใน{ $date }:
briefing-free = วันนี้ไม่มีรายการในกำหนดการของท่าน ท่านสามารถดูการเสวนาที่ยังเปิดให้ลงทะเบียนเข้าร่วมได้ด้วยคำสั่ง /dialogues
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>การตั้งค่า</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ การแจ้งเตือน: { $minutes ->
        [0] ปิด
       *[other] ล่วงหน้า { $minutes } นาทีก่อนเริ่มแต่ละรายการของท่าน
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ สรุปกำหนดการตอนเช้า (เวลา { $time } น.): { $on ->
        [yes] เปิด
       *[no] ปิด
    }
settings-saved = ✅ บันทึกแล้ว
button-settings = ⚙️ การตั้งค่า
button-reminder-off = ปิด
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } นาที
button-briefing-on = ☀️ สรุปกำหนดการตอนเช้า: เปิด
button-briefing-off = ☀️ สรุปกำหนดการตอนเช้า: ปิด
command-settings = การแจ้งเตือน สรุปกำหนดการตอนเช้า และภาษา
