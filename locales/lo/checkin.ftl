# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>ເຊັກອິນ</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ ຢືນຢັນການເຂົ້າຮ່ວມ
# Variables: $time (text) such as 13:52.
checkin-done = ✅ ເຊັກອິນແລ້ວ ເວລາ { $time }.
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ ໄດ້ເຊັກອິນໄປແລ້ວ ເມື່ອເວລາ { $time }.
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 ນີ້ແມ່ນລະຫັດເຊັກອິນຂອງທ່ານສຳລັບ <b>{ $title }</b>. ກະລຸນາສະແດງລະຫັດນີ້ໃຫ້ອາສາສະໝັກຢູ່ທາງເຂົ້າຫ້ອງ.
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = ລະຫັດນີ້ແມ່ນສຳລັບອາສາສະໝັກຢູ່ທາງເຂົ້າຫ້ອງເທົ່ານັ້ນ.
checkin-unknown = ❌ ລະຫັດເຊັກອິນນີ້ບໍ່ຖືກຕ້ອງ: ການລົງທະບຽນອາດຈະຖືກຍົກເລີກແລ້ວ.
