# Reminders before a session, the morning briefing, and the settings
# screen.
# Lao: reminder = ການເຕືອນຄວາມຈຳ (distinct from ການແຈ້ງເຕືອນ, the schedule-change
# notices); morning briefing = ສະຫຼຸບກຳນົດການຕອນເຊົ້າ; session = ລາຍການ.

# Variables: $minutes (number) minutes before the session; $session (text) its title.
reminder-title = ⏰ <b>ອີກ { $minutes } ນາທີ:</b> { $session }
# Variables: $date (text) the day, written out.
briefing-title = ☀️ <b>ສະບາຍດີຕອນເຊົ້າ!</b> ກຳນົດການຂອງທ່ານໃນ{ $date }:
briefing-free = ມື້ນີ້ທ່ານບໍ່ມີລາຍການໃດ. ກະລຸນາສົ່ງ /dialogues ເພື່ອເບິ່ງການສົນທະນາຄູ່ຂະໜານທີ່ທ່ານຍັງສາມາດລົງທະບຽນເຂົ້າຮ່ວມໄດ້.
# One line per shuttle running today. Variables: $shuttle (text) its name; $times (text) its departures.
briefing-shuttle = 🚌 { $shuttle }: { $times }

settings-title = ⚙️ <b>ການຕັ້ງຄ່າ</b>
# Variables: $minutes (number) minutes before each session; 0: off.
settings-reminders =
    ⏰ ການເຕືອນຄວາມຈຳ: { $minutes ->
        [0] ປິດ
       *[other] { $minutes } ນາທີ ກ່ອນເລີ່ມແຕ່ລະລາຍການຂອງທ່ານ
    }
# Variables: $time (text) when the briefing goes out; $on (text) "yes" or "no".
settings-briefing =
    ☀️ ສະຫຼຸບກຳນົດການຕອນເຊົ້າ ເວລາ { $time }: { $on ->
        [yes] ເປີດ
       *[no] ປິດ
    }
settings-saved = ✅ ບັນທຶກແລ້ວ.
button-settings = ⚙️ ການຕັ້ງຄ່າ
button-reminder-off = ປິດ
# Variables: $minutes (number).
button-reminder-minutes = { $minutes } ນາທີ
button-briefing-on = ☀️ ສະຫຼຸບກຳນົດການຕອນເຊົ້າ: ເປີດ
button-briefing-off = ☀️ ສະຫຼຸບກຳນົດການຕອນເຊົ້າ: ປິດ
command-settings = ການເຕືອນຄວາມຈຳ, ສະຫຼຸບກຳນົດການຕອນເຊົ້າ ແລະ ພາສາ
