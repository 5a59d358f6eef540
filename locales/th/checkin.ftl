# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>เช็กอิน</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ ยืนยันการเข้าร่วม
# Variables: $time (text) such as 13:52.
checkin-done = ✅ เช็กอินเรียบร้อยแล้วเมื่อเวลา { $time } น.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ ผู้แทนท่านนี้เช็กอินไปแล้วเมื่อเวลา { $time } น.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 นี่คือรหัสเช็กอินของท่านสำหรับ <b>{ $title }</b> โปรดแสดงรหัสนี้แก่อาสาสมัครที่ประตูทางเข้า
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = รหัสนี้มีไว้สำหรับอาสาสมัครที่ประตูทางเข้าเท่านั้น
checkin-unknown = ❌ รหัสเช็กอินนี้ไม่ถูกต้อง การลงทะเบียนอาจถูกยกเลิกไปแล้ว
