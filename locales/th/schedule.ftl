# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>กำหนดการ</b>
schedule-choose-day = โปรดเลือกวัน:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = เวลาทั้งหมดเป็นเวลาท้องถิ่น ({ $tz }, { $offset })

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = ไม่มีกิจกรรมตามกำหนดการในวันนี้
schedule-day-hint = แตะที่รายการเพื่อดูรายละเอียด

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue } ({ $room })

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date } เวลา { $start }–{ $end } น. ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = การลงทะเบียน
schedule-kind-plenary = การประชุมเต็มคณะ
schedule-kind-parallel-dialogue = การเสวนาคู่ขนาน
schedule-kind-signing = พิธีลงนาม
schedule-kind-release = การประกาศ
schedule-kind-exchange = การหารือทวิภาคี
schedule-kind-visit = การเยี่ยมชม
schedule-kind-meal = มื้ออาหาร
schedule-kind-reception = งานเลี้ยงรับรอง
schedule-kind-departure = การเดินทางกลับ

## Now and next

now-title = ⏱️ <b>ขณะนี้และรายการถัดไป</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = เวลาท้องถิ่น: { $date } เวลา { $time } น. ({ $offset })
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date } เวลา { $start }–{ $end } น.
now-current = <b>กำลังดำเนินอยู่</b>
now-next = <b>รายการถัดไป</b>
now-nothing-current = ขณะนี้ไม่มีกิจกรรมที่กำลังดำเนินอยู่
now-nothing-next = วันนี้ไม่มีกิจกรรมอื่นตามกำหนดการแล้ว
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } ยังไม่เริ่มขึ้น โดยจะเปิดงานใน{ $date }
# Variables: $event (text) event name.
now-after = { $event } ได้เสร็จสิ้นลงแล้ว ขอขอบคุณทุกท่านที่ร่วมงาน
now-programme = 📅 กำหนดการทั้งหมด

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>ยกเลิกแล้ว</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>มีการเปลี่ยนแปลง</b> (เดิม: { $was })
