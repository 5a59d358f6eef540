# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>ประกาศใหม่</b> โปรดส่งประกาศมาที่นี่เป็นข้อความตามปกติ ได้แก่ ข้อความซึ่งจัดรูปแบบได้ รูปภาพ เอกสาร หรือตำแหน่งที่ตั้ง พร้อมคำบรรยาย ผู้แทนจะได้รับข้อความนั้นตรงตามที่ท่านส่งมาทุกประการ
announce-use-buttons = โปรดใช้ปุ่มด้านล่าง (หรือส่งคำสั่ง /cancel)
announce-discarded = ยกเลิกประกาศแล้ว ระบบไม่ได้ส่งข้อความใด
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = โปรดส่งประกาศฉบับภาษา <b>{ $language }</b> มาที่นี่ ผู้แทนที่ใช้ Delegate Desk เป็นภาษา { $language } จะได้รับฉบับนี้แทนต้นฉบับ
announce-version-title = ต้องการเพิ่มฉบับแปลภาษาใด (✅: มีฉบับแปลแล้ว หากส่งใหม่จะแทนที่ฉบับเดิม)
announce-versions-none = ไม่มี (ทุกท่านจะได้รับต้นฉบับ)
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>ประกาศ</b>
    <i>{ $summary }</i>

    👥 <b>ผู้รับ:</b> { $audience } ({ $count ->
       *[other] { $count } ท่าน
    })
    { $languages }
    🌐 <b>ฉบับแปล:</b> { $versions }
    ✅ <b>ต้องกดรับทราบ:</b> { $ack ->
        [yes] ใช่
       *[no] ไม่
    }
announce-audience-title = 👥 ต้องการส่งถึงผู้ใด
announce-audience-pick = โปรดเลือกหนึ่งรายการ:
announce-audience-empty = ยังไม่มีรายการให้เลือก
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = ผู้ลงทะเบียนเข้าร่วม { $session }
announce-audience-waitlist = รายชื่อสำรองของ { $session }
announce-audience-session = ทุกท่านที่มีที่นั่งใน { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = ผู้ที่ยังไม่กดรับทราบประกาศ #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } ท่าน
    } · { $version ->
        [own] ฉบับแปลภาษานี้
       *[original] ต้นฉบับ
    }
announce-preview-nobody = 👁 ยังไม่มีผู้รับในกลุ่มนี้

button-announce-audience = 👥 ผู้รับ
button-announce-version = 🌐 เพิ่มฉบับแปล
button-announce-ack-on = ✅ ต้องกดรับทราบ: เปิด
button-announce-ack-off = ☐ ต้องกดรับทราบ: ปิด
button-announce-preview = 👁 ดูตัวอย่าง
# Variables: $count (number) how many people.
button-announce-send = 📤 ส่งถึง { $count } ท่าน
button-announce-discard = ✖ ยกเลิก
button-announce-back = ⬅ ย้อนกลับ
button-audience-everyone = ทุกท่าน
button-audience-registrants = ผู้ลงทะเบียนตามรายการ
button-audience-waitlist = รายชื่อสำรองตามรายการ
button-audience-language = ตามภาษา
button-audience-country = ตามประเทศ
button-audience-delegation = ตามคณะผู้แทน
button-audience-volunteers = อาสาสมัคร
button-audience-organisers = ผู้จัดงาน

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>ประกาศ #{ $id }</b> กำลังส่ง
    <i>{ $summary }</i>
    ส่งแล้ว { $sent } จาก { $total } · ไม่สำเร็จ { $failed } · ติดต่อไม่ได้ { $unreachable } · คงเหลือ { $remaining }
    { $rate } ข้อความต่อวินาที · เหลือเวลาประมาณ { $left }
announce-report-done =
    ✅ <b>ประกาศ #{ $id }</b> ส่งเสร็จแล้ว
    <i>{ $summary }</i>
    ส่งแล้ว { $sent } จาก { $total } · ไม่สำเร็จ { $failed } · ติดต่อไม่ได้ (บล็อกบอต) { $unreachable }
announce-report-stopped =
    ⏹ <b>ประกาศ #{ $id }</b> หยุดส่งแล้ว
    <i>{ $summary }</i>
    ส่งแล้ว { $sent } จาก { $total } · ยังไม่ได้ส่ง { $stopped } · ไม่สำเร็จ { $failed } · ติดต่อไม่ได้ { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ รับทราบแล้ว { $acked } จาก { $sent } ท่าน
button-announce-stop = ⏹ หยุดส่ง
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 เตือน { $count } ท่านที่ยังไม่รับทราบ
button-announcements = 📋 ประกาศ
announce-list-title = 📋 <b>ประกาศล่าสุด</b>
announce-list-empty = ยังไม่มีการส่งประกาศ หากต้องการเขียนประกาศ โปรดส่งคำสั่ง /announce
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 กำลังส่ง
        [stopped] ⏹ หยุดแล้ว
        [draft] 📝 ฉบับร่าง
       *[done] ✅ ส่งเสร็จแล้ว
    } · <i>{ $summary }</i>
    ส่งแล้ว { $sent } จาก { $total } · ไม่สำเร็จ { $failed } · ติดต่อไม่ได้ { $unreachable }{ $ack ->
        [yes] { " " }· รับทราบ { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ รับทราบ
announce-toast-thanks = ขอขอบคุณ ระบบบันทึกการรับทราบแล้ว
button-announcements-latest = 📣 ประกาศ
latest-title = 📣 <b>ประกาศล่าสุด</b>
latest-empty = 📣 ยังไม่มีประกาศ เมื่อผู้จัดงานส่งประกาศ ท่านจะได้รับทางแชตนี้ทันที

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>ยกเลิก:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>เปลี่ยนแปลงกำหนดการ:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 เปลี่ยนไปจัดใน{ $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (สิ้นสุด { $end } น.)
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>ปรับปรุงข้อมูลสถานที่:</b> { $venue }
    ที่อยู่หรือหมุดแผนที่มีการเปลี่ยนแปลง ที่อยู่ปัจจุบัน: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>เวลาเดินรถรับส่งเปลี่ยนแปลง:</b> { $shuttle }
    เดิม: { $from }
    ใหม่: <b>{ $to }</b>
button-notice-session = 📋 รายละเอียดรายการ

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ แก้ไขรายการนี้ (ผู้จัดงาน)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>แก้ไข:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } นาที
button-change-move = 📍 ย้ายห้องหรือสถานที่
button-change-cancel = ❌ ยกเลิกรายการนี้
change-move-venue = 📍 ย้ายไปสถานที่ใด
change-move-room = ห้องใด
button-change-no-room = ไม่ระบุห้อง
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>ผู้แทนจะได้รับข้อความนี้</b> ในภาษาของแต่ละท่าน ({ $count ->
       *[other] { $count } ท่าน
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ ยืนยันและแจ้ง { $count } ท่าน
change-impossible = ไม่สามารถเปลี่ยนแปลงรายการนี้ตามที่เลือกได้ (เลื่อนเวลาเกินเที่ยงคืน รายการถูกยกเลิกไปแล้ว หรือไม่มีสิ่งใดเปลี่ยนแปลง)
change-reload-title = 🔄 <b>ไฟล์ข้อมูลงานใหม่ทำให้กำหนดการของผู้แทนเปลี่ยนไป</b> ผู้แทนจะได้รับข้อความแจ้งต่อไปนี้ ในภาษาของแต่ละท่าน:
# Variables: $count (number) how many messages.
button-change-notify = 📣 แจ้งผู้เกี่ยวข้อง ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 กำลังส่งข้อความแจ้ง ({ $count } ข้อความ) ดูความคืบหน้าได้ด้วยคำสั่ง /announcements
command-announce = ผู้จัดงาน: ส่งประกาศ
command-announcements = ผู้จัดงาน: ประกาศล่าสุด
