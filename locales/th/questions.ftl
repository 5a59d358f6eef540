# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    ตอนนี้
    ขณะนี้
    เดี๋ยวนี้
    ถัดไป
ask-words-today =
    วันนี้
    คืนนี้
ask-words-tomorrow =
    พรุ่งนี้
    วันพรุ่งนี้
    พรุ้งนี้
ask-words-day-after-tomorrow =
    มะรืนนี้
    มะรืน
    วันมะรืน
ask-words-yesterday =
    เมื่อวาน
    เมื่อวานนี้
    วานนี้
ask-words-morning =
    เช้า
    ตอนเช้า
    ช่วงเช้า
    ภาคเช้า
    ก่อนเที่ยง
ask-words-afternoon =
    บ่าย
    ตอนบ่าย
    ช่วงบ่าย
    ภาคบ่าย
    หลังเที่ยง
ask-words-evening =
    ตอนเย็น
    ช่วงเย็น
    เย็นนี้
    พรุ่งนี้เย็น
    คืนนี้
    ตอนค่ำ
    ช่วงค่ำ
ask-words-programme =
    กำหนดการ
    ตารางงาน
    ตารางกิจกรรม
    กิจกรรม
    โปรแกรม
    agenda
    schedule
    program
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    มีอะไรบ้าง
    มีกิจกรรมอะไรบ้าง
    มีอะไรเกิดขึ้นบ้างคะ
    งานนี้มีอะไรบ้างครับ
    ขอดูกำหนดการหน่อยครับ
    ขอตารางกิจกรรมหน่อยค่ะ
    กำหนดการทั้งหมด
    ตารางงานทั้งหมดมีอะไรบ้าง
    มีเซสชั่นอะไรบ้าง
    รายการเซสชันทั้งหมด
    เราต้องทำอะไรบ้าง
    มีแพลนอะไรไว้บ้าง
    ขอดู agenda หน่อย
    schedule เป็นยังไงบ้าง
    โปรแกรมมีอะไรบ้างครับ
    ขอ program ทั้งหมดหน่อยค่ะ
    ตารางประชุมมีอะไรบ้าง
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    จันทร์
    จันทร
    วันจัน
ask-words-weekday-2 =
    อังคาร
    อังคาน
    วันอัง
ask-words-weekday-3 =
    พุธ
    วันพุท
    วันพุด
ask-words-weekday-4 =
    พฤหัส
    พฤหัสบดี
    พฤหัด
    วันพฤ
    พฤ.
ask-words-weekday-5 =
    ศุกร์
    ศุก
ask-words-weekday-6 =
    เสาร์
    วันเสา
ask-words-weekday-7 =
    อาทิตย์
    อาทิด
    อา.

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>เรื่อง: { $topic }</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>คำตอบตัวอย่าง: ผู้จัดงานจะยืนยันรายละเอียดอีกครั้ง</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = กำหนดการ{ $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = กำหนดการ{ $day } { $part }
ask-part-morning = ช่วงเช้า
ask-part-afternoon = ช่วงบ่าย
ask-part-evening = ช่วงเย็น
ask-topic-now = กิจกรรมที่กำลังดำเนินอยู่ขณะนี้
ask-topic-programme = กำหนดการ
# Variables: $dates (text) the event's dates.
ask-day-empty = ไม่มีกิจกรรมตามกำหนดการในช่วงเวลาดังกล่าว งานนี้จัดขึ้นระหว่างวันที่ { $dates }
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 ขออภัย ระบบไม่แน่ใจว่าเข้าใจคำถามของท่านถูกต้อง ท่านต้องการให้ส่งต่อคำถามนี้ไปยังอาสาสมัครที่พูดภาษา{ $language }หรือไม่ อาสาสมัครจะตอบกลับทางแชตนี้
button-ask-volunteer = 🙋 ถามอาสาสมัคร
button-ask-whole-day = 📅 กำหนดการทั้งวัน

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 โปรดพิมพ์คำถามของท่านได้เลย อาสาสมัครที่พูดภาษา{ $language }จะตอบกลับทางแชตนี้ หากต้องการหยุด โปรดส่งคำสั่ง /cancel
# Variables: $ticket (number) the question's number.
ask-sent = ✅ ส่งคำถามของท่านถึงอาสาสมัครแล้ว (หมายเลข { $ticket }) อาสาสมัครจะตอบกลับทางแชตนี้ ระบบจะส่งข้อความที่ท่านพิมพ์เพิ่มเติมถึงอาสาสมัครด้วย จนกว่าจะปิดคำถามนี้
ask-added = ✅ ส่งต่อถึงอาสาสมัครแล้ว
ask-cancelled = ยกเลิกแล้ว ระบบไม่ได้ส่งคำถามของท่าน
button-ask-done = ✔️ ได้รับคำตอบแล้ว
ask-limit = ⏳ ท่านส่งข้อความถึงอาสาสมัครหลายข้อความในเวลาอันสั้น โปรดรอสักสองสามนาที อาสาสมัครได้รับข้อความของท่านแล้ว และจะตอบกลับท่านโดยเร็ว
# Variables: $phone (text) the help desk's phone.
ask-unavailable = ขออภัย ขณะนี้ไม่สามารถติดต่ออาสาสมัครผ่านช่องทางนี้ได้ โปรดโทรติดต่อจุดบริการช่วยเหลือที่หมายเลข { $phone }
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 อาสาสมัครกำลังดูแลคำถามของท่าน (หมายเลข { $ticket })
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>คำตอบจากอาสาสมัคร</b> (คำถามหมายเลข { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ ปิดคำถามหมายเลข { $ticket } ของท่านแล้ว คำตอบที่ได้รับเป็นประโยชน์ต่อท่านหรือไม่
button-helpful-yes = 👍 เป็นประโยชน์
button-helpful-no = 👎 ไม่เป็นประโยชน์
ask-thanks = ขอขอบคุณ ความเห็นของท่านจะช่วยให้เราปรับปรุงบริการให้ดียิ่งขึ้น

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>คำถามหมายเลข { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = จากคุณ { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = จากคุณ { $name } คณะผู้แทน { $delegation }
ticket-hint = ↩️ ตอบกลับ (reply) ข้อความนี้เพื่อตอบคำถาม (หากเป็นกลุ่มแบบฟอรัม ให้พิมพ์ในหัวข้อนี้) ผู้แทนจะเห็นคำตอบโดยไม่เห็นชื่อของท่าน
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 { $name } รับเรื่องแล้ว
# Variables: $name (text) who closed it.
ticket-closed = ✔️ { $name } ปิดคำถามแล้ว
ticket-closed-by-delegate = ✔️ ผู้แทนปิดคำถามแล้ว
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>คำถามหมายเลข { $ticket } ยังรอคำตอบอยู่</b> (ผ่านไปแล้ว { $minutes } นาที) มีท่านใดรับเรื่องได้บ้าง
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>หมายเลข { $ticket }</b> คุณ { $name } ส่งข้อความเพิ่มเติม:
ticket-feedback-yes = 👍 ผู้แทนเห็นว่าคำตอบเป็นประโยชน์
ticket-feedback-no = 👎 ผู้แทนเห็นว่าคำตอบไม่เป็นประโยชน์
ticket-unreachable = ⚠️ ไม่สามารถติดต่อผู้แทนได้ ผู้แทนอาจบล็อกบอตไว้
# Variables: $ticket (number).
ticket-is-closed = คำถามนี้ (หมายเลข { $ticket }) ปิดแล้ว ระบบจึงไม่ได้ส่งต่อข้อความของท่าน
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = หมายเลข { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 รับเรื่อง
button-ticket-close = ✔️ ปิดคำถาม
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = { $name } รับเรื่องนี้ไปแล้ว
button-ticket-not-volunteer = เฉพาะอาสาสมัครของจุดบริการช่วยเหลือเท่านั้นที่ทำรายการนี้ได้
button-ticket-gone = คำถามนี้ปิดไปแล้ว
# Languages named for the volunteers.
ticket-language-en = ภาษาอังกฤษ
ticket-language-zh-CN = ภาษาจีน
ticket-language-id = ภาษาอินโดนีเซีย
ticket-language-ms = ภาษามลายู
ticket-language-th = ภาษาไทย
ticket-language-vi = ภาษาเวียดนาม
ticket-language-fil = ภาษาฟิลิปิโน
ticket-language-km = ภาษาเขมร
ticket-language-lo = ภาษาลาว
ticket-language-my = ภาษาเมียนมา

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>ภาษาที่ท่านใช้ตอบคำถาม</b>
    แตะเลือกทุกภาษาที่ท่านสามารถตอบคำถามได้ เมื่อมีคำถามใหม่ในภาษาเหล่านั้น ระบบจะแท็กชื่อท่านในกลุ่มอาสาสมัคร
volunteer-languages-none = ท่านยังไม่ได้เลือกภาษาใด
button-volunteer-done = ✅ เสร็จสิ้น
volunteer-languages-saved = ✅ บันทึกแล้ว เมื่อมีคำถามใหม่ในภาษาของท่าน ระบบจะแท็กชื่อท่าน
volunteer-not-member = คำสั่งนี้สำหรับอาสาสมัครของจุดบริการช่วยเหลือ โปรดเข้าร่วมกลุ่มอาสาสมัครก่อน แล้วส่งคำสั่ง /volunteer อีกครั้ง

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>คำถามถึงอาสาสมัคร</b>: รอคำตอบ { $open } · กำลังตอบ { $claimed } · ปิดแล้ว { $closed }
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 เห็นว่าเป็นประโยชน์: ร้อยละ { $share } จากผู้ให้คะแนน { $rated } ท่าน
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ เวลาจนได้คำตอบแรก (ค่ามัธยฐาน): { $minutes } นาที
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 คำถามที่พิมพ์เข้ามาและบอตตอบได้เอง: { $answered } จาก { $asked }

command-ask = ส่งคำถามถึงอาสาสมัคร
command-volunteer = อาสาสมัคร: ภาษาที่ท่านใช้ตอบคำถาม
