# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk: กลุ่มอาสาสมัคร</b>
    คำถามจากผู้แทนที่ Delegate Desk ไม่สามารถตอบได้ ระบบจะส่งมายังกลุ่มนี้เป็นภาษาของผู้แทนท่านนั้น เพื่อให้อาสาสมัครที่ใช้ภาษาดังกล่าวได้ช่วยตอบ
    ค้นหาข้อมูลระหว่างให้ความช่วยเหลือได้ด้วยคำสั่งต่อไปนี้: /schedule /now /venues /transport
