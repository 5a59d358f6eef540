# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>การใช้งาน Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] ยังไม่มีผู้แทนใช้งาน Delegate Desk
       *[other] มีผู้แทนใช้งาน Delegate Desk แล้ว { $count } ท่าน
    }
organiser-stats-by-language = <b>แยกตามภาษา</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = ยังไม่ได้เลือก (ใช้ภาษาตามแอป Telegram)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>สร้างคำเชิญใหม่</b> คำเชิญนี้สำหรับ<b>คณะผู้แทน</b>ใด (เมือง ประเทศ หรือหน่วยงาน) หากต้องการหยุด โปรดส่งคำสั่ง /cancel
organiser-invite-ask-people = คำเชิญนี้ใช้ได้สำหรับ<b>กี่ท่าน</b>
organiser-invite-ask-expiry = คำเชิญนี้ใช้ได้ถึงวันใด โปรดพิมพ์วันที่ในรูปแบบ ปี ค.ศ.-เดือน-วัน เช่น 2025-01-14 หรือแตะ “ไม่มีวันหมดอายุ”
button-invite-no-expiry = ไม่มีวันหมดอายุ
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = โปรดพิมพ์ตัวเลขตั้งแต่ 1 ถึง { $max }
organiser-invite-invalid-date = โปรดพิมพ์วันที่ในรูปแบบ ปี ค.ศ.-เดือน-วัน เช่น 2025-01-14 ซึ่งต้องเป็นวันนี้หรือวันหลังจากนี้
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = โปรดพิมพ์ชื่อคณะผู้แทน ความยาวไม่เกิน { $max } ตัวอักษร
organiser-invite-cancelled = ยกเลิกแล้ว ระบบไม่ได้สร้างคำเชิญ
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ คำเชิญสำหรับ <b>{ $delegation }</b> จำนวน { $people ->
       *[other] { $people } ท่าน
    }
    โปรดส่งต่อลิงก์นี้ (หรือคิวอาร์โค้ดด้านล่าง) ให้แก่คณะผู้แทน:
    { $link }

    รหัสสำหรับพิมพ์แทนการเปิดลิงก์: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = ใช้ได้จนถึงสิ้น{ $date }
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = คำเชิญสำหรับ { $delegation }: สแกนเพื่อเปิด Delegate Desk
organiser-invites-title = 🎟️ <b>รายการคำเชิญ</b>
organiser-invites-none = ยังไม่มีคำเชิญ สร้างคำเชิญได้ด้วยคำสั่ง /invite
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: { $used } จาก { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = ใช้งานได้
organiser-invites-state-used-up = ใช้ครบแล้ว
organiser-invites-state-expired = หมดอายุแล้ว
organiser-invites-state-revoked = เพิกถอนแล้ว
# Variables: $delegation (text).
button-revoke = ✖️ เพิกถอน: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = เพิกถอนคำเชิญสำหรับ <b>{ $delegation }</b> แล้ว ผู้ที่ลงทะเบียนด้วยคำเชิญนี้ไปแล้วยังคงได้รับสิทธิ์ตามเดิม

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>การลงทะเบียน</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    ยืนยันแล้ว { $confirmed }/{ $capacity } · สำรอง { $waitlist } · เช็กอินแล้ว { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ เกินจำนวนที่นั่ง { $over } ท่าน
organiser-registrations-none = ไม่มีรายการใดในงานนี้ที่ต้องลงทะเบียน
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] ยังไม่มีการลงทะเบียน
       *[other] การลงทะเบียน { $count } รายการ
    } ชื่อในทุกระบบอักษรจะแสดงผลได้ถูกต้องใน Excel

## Reloading the event file (/reload).

organiser-reload-ok = ✅ โหลดไฟล์ข้อมูลงานใหม่เรียบร้อยแล้ว
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] มีผู้ได้รับที่นั่งจากรายชื่อสำรอง { $count } ท่าน และระบบได้แจ้งให้ทราบแล้ว
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: มีผู้ได้รับการยืนยันเกินจำนวนที่นั่งใหม่ { $over } ท่าน ระบบไม่ได้นำผู้ใดออกจากรายชื่อ
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] ไฟล์ข้อมูลงานมีปัญหา { $count } จุด
    } ระบบจึงยังคงใช้ข้อมูลเดิมอยู่:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    ต้องการเพิกถอนคำเชิญสำหรับ <b>{ $delegation }</b> หรือไม่ เมื่อเพิกถอนแล้ว ลิงก์และรหัสของคำเชิญนี้จะใช้ไม่ได้อีก { $used ->
        [0] ยังไม่มีผู้ใช้คำเชิญนี้
       *[other] ผู้ที่ใช้คำเชิญนี้ไปแล้ว { $used } ท่านยังคงได้รับสิทธิ์ตามเดิม
    }
button-revoke-confirm = ✖️ ยืนยันการเพิกถอน
