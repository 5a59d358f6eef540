# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 ยินดีต้อนรับ คุณ { $name }
    <b>Delegate Desk</b> คือศูนย์บริการข้อมูลของ<b>{ $event }</b> ระหว่างวันที่ { $dates }
    ระบบจะตอบกลับเป็น<b>ภาษาไทย</b> หากต้องการใช้ภาษาอื่น โปรดเลือกด้านล่าง

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    ยินดีให้บริการ โปรดเลือกหัวข้อที่ต้องการ
menu-schedule = 📅 กำหนดการ
menu-now = ⏱️ ขณะนี้และถัดไป
menu-venues = 📍 สถานที่และแผนที่
menu-transport = 🚌 การเดินทาง
menu-help = ❓ ความช่วยเหลือ
menu-language = 🌐 ภาษา

language-title = 🌐 โปรดเลือกภาษา:
language-changed = ✅ นับจากนี้ระบบจะตอบกลับเป็นภาษาไทย
