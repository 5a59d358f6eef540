# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>ຊ່ວຍເຫຼືອ</b>
    ຂ້າພະເຈົ້າແມ່ນໂຕະບໍລິການຂໍ້ມູນຂອງງານ. ຂ້າພະເຈົ້າສາມາດສະແດງໃຫ້ທ່ານເບິ່ງ:
    📅 ກຳນົດການແຍກຕາມແຕ່ລະວັນ ແລະ ລາຍການທີ່ກຳລັງດຳເນີນຢູ່;
    📍 ສະຖານທີ່ຈັດງານ ພ້ອມໝຸດແຜນທີ່ ແລະ ບັດສຳລັບສະແດງໃຫ້ຄົນຂັບແທັກຊີ;
    🚌 ວິທີເດີນທາງ: ສະໜາມບິນ, ສະຖານີລົດໄຟ, ລົດໄຟໃຕ້ດິນ, ລົດຮັບ-ສົ່ງຂອງງານ ແລະ ລົດແທັກຊີ.
    💬 ນອກຈາກນີ້, ທ່ານຍັງສາມາດພິມຄຳຖາມຕາມສຳນວນຂອງທ່ານເອງໄດ້ເລີຍ; ຫາກຂ້າພະເຈົ້າຕອບບໍ່ໄດ້, ອາສາສະໝັກທີ່ເວົ້າພາສາຂອງທ່ານໄດ້ ຈະເປັນຜູ້ຕອບ (/ask).
    ⏰ ຂ້າພະເຈົ້າຈະສົ່ງການເຕືອນຄວາມຈຳໃຫ້ທ່ານກ່ອນເລີ່ມແຕ່ລະລາຍການຂອງທ່ານ ແລະ ສົ່ງສະຫຼຸບກຳນົດການຕອນເຊົ້າໃຫ້ທ່ານທຸກມື້; ທ່ານສາມາດເລືອກຮູບແບບທີ່ຕ້ອງການໄດ້ໃນການຕັ້ງຄ່າ ⚙️ /settings.
    📣 ແຈ້ງການຕ່າງໆຈາກຄະນະຈັດງານຈະສົ່ງມາເຖິງທ່ານຢູ່ບ່ອນນີ້; ແຈ້ງການຫຼ້າສຸດສາມາດເບິ່ງໄດ້ທີ່ 📣 ແຈ້ງການ ໃນເມນູ.
    ກະລຸນາໃຊ້ປຸ່ມ ຫຼື ຄຳສັ່ງເຫຼົ່ານີ້: /menu /schedule /now /venues /transport /settings /language /help
    🌐 ເພື່ອປ່ຽນພາສາ, ກະລຸນາສົ່ງ /language.
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>ຕ້ອງການຕິດຕໍ່ເຈົ້າໜ້າທີ່ບໍ?</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = ເລີ່ມຕົ້ນ ແລະ ເລືອກພາສາ
command-menu = ເມນູຫຼັກ
command-schedule = ກຳນົດການແຍກຕາມວັນ
command-now = ລາຍການປັດຈຸບັນ ແລະ ລາຍການຕໍ່ໄປ
command-venues = ສະຖານທີ່, ແຜນທີ່ ແລະ ບັດສຳລັບແທັກຊີ
command-transport = ສະໜາມບິນ, ສະຖານີລົດໄຟ, ລົດໄຟໃຕ້ດິນ, ລົດຮັບ-ສົ່ງ, ແທັກຊີ
command-language = ປ່ຽນພາສາ
command-help = ຊ່ວຍເຫຼືອ ແລະ ການຕິດຕໍ່

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk ແມ່ນໂຕະບໍລິການຂໍ້ມູນຂອງ{ $event }: ກຳນົດການ, ສະຖານທີ່ພ້ອມແຜນທີ່ ແລະ ບັດສຳລັບແທັກຊີ, ພ້ອມທັງວິທີເດີນທາງ — ມີໃຫ້ເລືອກ 10 ພາສາ. ກະລຸນາກົດປຸ່ມ Start.
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = ກຳນົດການ, ສະຖານທີ່ ແລະ ການເດີນທາງ ຂອງ{ $event } ເປັນພາສາຂອງທ່ານ.
command-dialogues = ລົງທະບຽນເຂົ້າຮ່ວມການສົນທະນາຄູ່ຂະໜານ
command-my = ກຳນົດການຂອງທ່ານ ແລະ ໄຟລ໌ປະຕິທິນ
command-profile = ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານ
command-cancel = ຢຸດການຕອບແບບຟອມທີ່ກຳລັງເຮັດຢູ່
command-invite = ຄະນະຈັດງານ: ສ້າງຄຳເຊີນໃໝ່
command-invites = ຄະນະຈັດງານ: ລາຍການຄຳເຊີນ
command-registrations = ຄະນະຈັດງານ: ການລົງທະບຽນແຍກຕາມລາຍການ
command-export = ຄະນະຈັດງານ: ສົ່ງອອກຂໍ້ມູນການລົງທະບຽນເປັນໄຟລ໌ຕາຕະລາງ
command-reload = ຄະນະຈັດງານ: ໂຫຼດໄຟລ໌ຂໍ້ມູນງານຄືນໃໝ່
command-stats = ຄະນະຈັດງານ: ສະຖິຕິການນຳໃຊ້
