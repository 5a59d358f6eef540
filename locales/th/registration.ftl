# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).

menu-dialogues = 📝 ลงทะเบียนเข้าร่วมการเสวนา
menu-my = 🗓️ กำหนดการส่วนตัว

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ ยินดีต้อนรับ ท่านได้รับเชิญในนามคณะผู้แทน <b>{ $delegation }</b>
    เพื่อลงทะเบียนเข้าร่วมรายการต่าง ๆ โปรดตอบคำถามสั้น ๆ { $steps } ข้อ เพื่อใช้จัดทำบัตรประจำตัวและเป็นข้อมูลสำหรับผู้จัดงาน ท่านสามารถหยุดได้ทุกเมื่อโดยส่งคำสั่ง /cancel
# Variables: $delegation (text) the delegation's name.
invite-already-member = ท่านได้ลงทะเบียนในนามคณะผู้แทน <b>{ $delegation }</b> ไว้แล้ว
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = ท่านได้ลงทะเบียนในนามคณะผู้แทน <b>{ $delegation }</b> ไว้แล้ว ระบบจึงไม่ได้ใช้คำเชิญนี้ หากข้อมูลไม่ถูกต้อง โปรดติดต่อจุดบริการช่วยเหลือ
invite-not-found = ❌ รหัสคำเชิญนี้ไม่ถูกต้อง โปรดตรวจสอบแล้วลองใหม่อีกครั้ง หรือขอลิงก์จากผู้ประสานงานคณะผู้แทนของท่าน
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ คำเชิญนี้มีผู้ใช้ครบ { $people ->
       *[other] { $people } ท่าน
    } ตามจำนวนที่กำหนดไว้แล้ว โปรดติดต่อผู้ประสานงานคณะผู้แทนของท่าน
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ คำเชิญนี้หมดอายุไปแล้วเมื่อ{ $date } โปรดขอคำเชิญใหม่จากผู้ประสานงานคณะผู้แทนของท่าน
invite-revoked = ❌ ผู้จัดงานได้เพิกถอนคำเชิญนี้แล้ว โปรดติดต่อผู้ประสานงานคณะผู้แทนของท่าน
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ ท่านป้อนรหัสไม่ถูกต้องหลายครั้งเกินไป โปรดรอ { $minutes ->
       *[other] { $minutes } นาที
    } แล้วลองใหม่อีกครั้ง
# Someone without an invitation tries to register.
invite-needed = การลงทะเบียนเข้าร่วมรายการต่าง ๆ สงวนไว้สำหรับผู้ได้รับเชิญเท่านั้น โปรดเปิดลิงก์ที่ผู้ประสานงานคณะผู้แทนของท่านส่งให้ หรือพิมพ์รหัสคำเชิญที่นี่

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = คำถามที่ { $step } จาก { $steps }
profile-ask-full-name = โปรดระบุ<b>ชื่อ-นามสกุล</b>ของท่าน ตามที่ต้องการให้ปรากฏบนบัตรประจำตัว
profile-ask-title = โปรดระบุ<b>ตำแหน่ง</b>ของท่าน เช่น นายกเทศมนตรี รองนายกเทศมนตรี ผู้อำนวยการฝ่ายการต่างประเทศ
profile-ask-city = ท่านเป็นผู้แทนของ<b>เมือง</b>ใด
profile-ask-country = ท่านมาจาก<b>ประเทศ</b>ใด โปรดเลือกด้านล่าง หรือพิมพ์ชื่อประเทศอื่น
profile-ask-organisation = ท่านสังกัด<b>หน่วยงาน</b>ใด เช่น คณะกรรมการประชาชนนครดานัง
profile-ask-diet = ท่านมี<b>ข้อจำกัดด้านอาหาร</b>หรือไม่
profile-ask-diet-other = โปรดระบุข้อจำกัดด้านอาหารของท่าน (เช่น อาหารที่แพ้)
profile-ask-interpretation = ระหว่างการประชุม ท่านต้องการ<b>ล่ามแปลเป็นภาษาใด</b>
profile-cancel-hint = หากต้องการหยุด โปรดส่งคำสั่ง /cancel

profile-invalid-empty = โปรดพิมพ์คำตอบ
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = คำตอบนี้ยาวเกินไป โปรดพิมพ์ไม่เกิน { $max } ตัวอักษร
profile-invalid-characters = คำตอบนี้มีอักขระที่ไม่สามารถพิมพ์ลงบนบัตรประจำตัวได้ โปรดพิมพ์ใหม่อีกครั้ง
profile-invalid-not-text = โปรดตอบเป็นข้อความ
profile-invalid-choose = โปรดเลือกจากปุ่มด้านล่าง

profile-cancelled = ระบบยังไม่ได้บันทึกข้อมูลส่วนตัวของท่าน ท่านสามารถดำเนินการต่อได้ทุกเมื่อโดยส่งคำสั่ง /profile
profile-saved = ✅ ขอขอบคุณ ระบบได้บันทึกข้อมูลส่วนตัวของท่านแล้ว ขณะนี้ท่านสามารถลงทะเบียนเข้าร่วมการเสวนาคู่ขนานได้
profile-updated = ✅ ปรับปรุงข้อมูลส่วนตัวของท่านเรียบร้อยแล้ว

profile-title = 👤 <b>ข้อมูลส่วนตัว</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = คณะผู้แทน: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = หากต้องการแก้ไขคำตอบ โปรดแตะที่รายการด้านล่าง
# Someone who has not used an invitation asks for their profile.
profile-none = ท่านยังไม่มีข้อมูลส่วนตัวในระบบ การลงทะเบียนสงวนไว้สำหรับผู้ได้รับเชิญเท่านั้น โปรดเปิดลิงก์ที่ผู้ประสานงานคณะผู้แทนของท่านส่งให้ หรือพิมพ์รหัสคำเชิญที่นี่
profile-incomplete = ท่านยังกรอกข้อมูลส่วนตัวไม่ครบ โปรดกรอกต่อดังนี้

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = ชื่อ-นามสกุล
profile-field-title = ตำแหน่ง
profile-field-city = เมือง
profile-field-country = ประเทศ
profile-field-organisation = หน่วยงาน
profile-field-diet = ข้อจำกัดด้านอาหาร
profile-field-interpretation = ล่ามแปลภาษา
profile-interpretation-none = ไม่ต้องการล่าม

# Countries offered as buttons (plain text). Others are typed.
country-bn = บรูไนดารุสซาลาม
country-kh = กัมพูชา
country-id = อินโดนีเซีย
country-la = สปป.ลาว
country-my = มาเลเซีย
country-mm = เมียนมา
country-ph = ฟิลิปปินส์
country-sg = สิงคโปร์
country-th = ไทย
country-vn = เวียดนาม
country-tl = ติมอร์-เลสเต
country-cn = จีน

# Dietary requirements offered as buttons (plain text).
diet-none = ไม่มีข้อจำกัด
diet-halal = ฮาลาล
diet-vegetarian = มังสวิรัติ
diet-vegan = วีแกน
diet-other = อื่น ๆ (โปรดระบุ)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>การลงทะเบียนเข้าร่วมการเสวนา</b>
dialogues-intro = ที่นั่งมีจำนวนจำกัด โปรดเลือกรายการเพื่อดูรายละเอียดและลงทะเบียน
dialogues-none = ขณะนี้ยังไม่มีรายการที่เปิดรับลงทะเบียน
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ เต็มแล้ว ({ $capacity } ที่นั่ง) เปิดรับรายชื่อสำรอง
       *[other] 🎟️ เหลือ { $left } จาก { $capacity } ที่นั่ง
    }
dialogues-closed = 🔒 ปิดรับลงทะเบียนแล้ว
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = ปิดรับลงทะเบียนใน{ $date } เวลา { $time } น.
dialogues-you-confirmed = ✅ ท่านลงทะเบียนแล้ว
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ ท่านอยู่ในรายชื่อสำรองลำดับที่ { $position }

## Registering, from a session's screen.

button-register = ✅ ลงทะเบียน
button-join-waitlist = ⏳ ลงชื่อสำรอง
button-cancel-registration = ❌ ยกเลิกการลงทะเบียน
button-leave-waitlist = ❌ ออกจากรายชื่อสำรอง
button-check-in-code = 🎫 รหัสเช็กอินของท่าน
button-dialogues = 📝 การเสวนาทั้งหมด
# Variables: $title (text) the session to switch to.
button-switch = 🔁 เปลี่ยนเป็น { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>ท่านลงทะเบียนเรียบร้อยแล้ว</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    รหัสเช็กอินของท่านอยู่ในข้อความถัดไป โปรดแสดงรหัสนี้ที่ประตูทางเข้า
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>รายการนี้มีผู้ลงทะเบียนเต็มแล้ว</b> ท่านอยู่ในรายชื่อสำรองลำดับที่ { $position } ของ <b>{ $title }</b> หากมีที่นั่งว่าง ระบบจะจัดที่นั่งให้ท่านโดยอัตโนมัติและแจ้งให้ทราบทางแชตนี้
# Variables: $title (text) session title.
register-already-confirmed = ท่านได้ลงทะเบียนเข้าร่วม <b>{ $title }</b> ไว้แล้ว
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = ท่านอยู่ในรายชื่อสำรองลำดับที่ { $position } ของ <b>{ $title }</b> อยู่แล้ว
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> จัดขึ้นในเวลาเดียวกับ <b>{ $other }</b> ({ $when }) ซึ่งท่านได้ลงทะเบียนไว้แล้ว ท่านสามารถเปลี่ยนรายการได้ แต่การลงทะเบียนของท่านใน <b>{ $other }</b> จะถูกยกเลิก
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 การลงทะเบียนเข้าร่วม <b>{ $title }</b> ได้ปิดรับไปแล้วเมื่อ{ $date } เวลา { $time } น.
# Variables: $title (text) session title.
register-cancelled = ยกเลิกการลงทะเบียนเข้าร่วม <b>{ $title }</b> ของท่านแล้ว ที่นั่งของท่านจะส่งต่อให้แก่ผู้ที่อยู่ในรายชื่อสำรองลำดับถัดไป
# Variables: $title (text) session title.
register-left-waitlist = ท่านได้ถอนชื่อออกจากรายชื่อสำรองของ <b>{ $title }</b> แล้ว
# Variables: $title (text) session title.
register-not-registered = ไม่พบรายชื่อของท่านใน <b>{ $title }</b>
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>ขอแจ้งข่าวดี มีที่นั่งว่างสำหรับท่านแล้ว</b>
    ขณะนี้ท่านได้ลงทะเบียนเข้าร่วม:

    <b>{ $title }</b>
    { $when }
    { $venue }

    รหัสเช็กอินของท่านอยู่ในข้อความถัดไป โปรดแสดงรหัสนี้ที่ประตูทางเข้า
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 รหัสเช็กอินสำหรับ <b>{ $title }</b>
    { $when }
    โปรดแสดงรหัสนี้แก่อาสาสมัครที่ประตูทางเข้า

## My agenda (/my).

agenda-title = 🗓️ <b>กำหนดการส่วนตัว</b>
agenda-empty = ท่านยังไม่ได้ลงทะเบียนเข้าร่วมรายการใด
agenda-confirmed = ✅ ลงทะเบียนแล้ว
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ รายชื่อสำรองลำดับที่ { $position }
agenda-plenary-note = การประชุมเต็มคณะเปิดให้ผู้แทนทุกท่านเข้าร่วมได้โดยไม่ต้องลงทะเบียน โปรดดูกำหนดการ
button-agenda-ics = 📅 เพิ่มลงในปฏิทิน
button-profile = 👤 ข้อมูลส่วนตัว
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ ยกเลิก: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 กำหนดการส่วนตัวของท่านสำหรับ{ $event } โปรดเปิดไฟล์นี้เพื่อเพิ่มลงในปฏิทินของโทรศัพท์ เวลาทั้งหมดเป็นเวลาท้องถิ่น ({ $tz })
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (รายชื่อสำรอง)
