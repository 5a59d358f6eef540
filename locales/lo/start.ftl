# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 ຍິນດີຕ້ອນຮັບ ທ່ານ { $name }!
    ຂ້າພະເຈົ້າແມ່ນ <b>Delegate Desk</b>, ໂຕະບໍລິການຂໍ້ມູນຂອງ <b>{ $event }</b>, { $dates }.
    ຂ້າພະເຈົ້າຈະຕອບເປັນ<b>ພາສາລາວ</b>. ຫາກທ່ານຕ້ອງການໃຊ້ພາສາອື່ນ, ກະລຸນາເລືອກຢູ່ຂ້າງລຸ່ມນີ້.

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    ຂ້າພະເຈົ້າສາມາດຊ່ວຍຫຍັງທ່ານໄດ້ແດ່?
menu-schedule = 📅 ກຳນົດການ
menu-now = ⏱️ ລາຍການປັດຈຸບັນ ແລະ ຕໍ່ໄປ
menu-venues = 📍 ສະຖານທີ່ ແລະ ແຜນທີ່
menu-transport = 🚌 ການເດີນທາງ
menu-help = ❓ ຊ່ວຍເຫຼືອ
menu-language = 🌐 ພາສາ

language-title = 🌐 ກະລຸນາເລືອກພາສາ:
language-changed = ✅ ນັບແຕ່ນີ້ໄປ ຂ້າພະເຈົ້າຈະຕອບເປັນພາສາລາວ.
