# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>ความช่วยเหลือ</b>
    ที่นี่คือศูนย์บริการข้อมูลของงาน ท่านสามารถดูข้อมูลได้ดังนี้
    📅 กำหนดการรายวัน และกิจกรรมที่กำลังดำเนินอยู่ขณะนี้
    📍 สถานที่จัดงาน พร้อมหมุดแผนที่และบัตรสำหรับแสดงแก่คนขับแท็กซี่
    🚌 การเดินทาง ได้แก่ ท่าอากาศยาน สถานีรถไฟ รถไฟฟ้าใต้ดิน รถรับส่งของงาน และแท็กซี่
    💬 นอกจากนี้ ท่านสามารถพิมพ์คำถามได้โดยตรง หากระบบตอบไม่ได้ อาสาสมัครที่พูดภาษาของท่านจะช่วยตอบ (/ask)
    ⏰ ระบบจะแจ้งเตือนท่านก่อนเริ่มแต่ละรายการในกำหนดการของท่าน และส่งสรุปกำหนดการตอนเช้าให้ท่านทุกวัน ท่านสามารถเลือกรูปแบบที่ต้องการได้ในการตั้งค่า ⚙️ /settings
    📣 ประกาศจากผู้จัดงานจะส่งถึงท่านทางแชตนี้ ท่านสามารถดูประกาศล่าสุดได้ที่ 📣 ประกาศ ในเมนู
    โปรดใช้ปุ่ม หรือคำสั่งต่อไปนี้: /menu /schedule /now /venues /transport /settings /language /help
    🌐 หากต้องการเปลี่ยนภาษา โปรดส่งคำสั่ง /language
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>ติดต่อเจ้าหน้าที่</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = เริ่มต้นใช้งานและเลือกภาษา
command-menu = เมนูหลัก
command-schedule = กำหนดการรายวัน
command-now = กิจกรรมขณะนี้และรายการถัดไป
command-venues = สถานที่จัดงาน แผนที่ และบัตรสำหรับแท็กซี่
command-transport = ท่าอากาศยาน สถานีรถไฟ รถไฟฟ้าใต้ดิน รถรับส่ง และแท็กซี่
command-language = เปลี่ยนภาษา
command-help = ความช่วยเหลือและช่องทางติดต่อ

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk คือศูนย์บริการข้อมูลของ{ $event } ให้ข้อมูลกำหนดการ สถานที่จัดงานพร้อมแผนที่และบัตรสำหรับแท็กซี่ ตลอดจนการเดินทาง ใน 10 ภาษา โปรดกด Start เพื่อเริ่มต้นใช้งาน
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = กำหนดการ สถานที่จัดงาน และการเดินทางสำหรับ{ $event } ในภาษาของท่าน
command-dialogues = ลงทะเบียนเข้าร่วมการเสวนาคู่ขนาน
command-my = กำหนดการส่วนตัวและไฟล์ปฏิทิน
command-profile = ข้อมูลส่วนตัว
command-cancel = หยุดกรอกแบบฟอร์มที่ทำอยู่
command-invite = ผู้จัดงาน: สร้างคำเชิญใหม่
command-invites = ผู้จัดงาน: รายการคำเชิญ
command-registrations = ผู้จัดงาน: การลงทะเบียนแยกตามรายการ
command-export = ผู้จัดงาน: ส่งออกข้อมูลการลงทะเบียนเป็นสเปรดชีต
command-reload = ผู้จัดงาน: โหลดไฟล์ข้อมูลงานใหม่
command-stats = ผู้จัดงาน: สถิติผู้ใช้งาน
