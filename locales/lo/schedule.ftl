# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>ກຳນົດການ</b>
schedule-choose-day = ກະລຸນາເລືອກວັນ:

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = ເວລາທັງໝົດແມ່ນເວລາທ້ອງຖິ່ນ ({ $tz }, { $offset }).

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = ບໍ່ມີກຳນົດການໃນວັນນີ້.
schedule-day-hint = ກົດໃສ່ລາຍການ ເພື່ອເບິ່ງລາຍລະອຽດ.

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue }, { $room }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date }, ເວລາ { $start }–{ $end } ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = ການລົງທະບຽນ
schedule-kind-plenary = ກອງປະຊຸມເຕັມຄະນະ
schedule-kind-parallel-dialogue = ການສົນທະນາຄູ່ຂະໜານ
schedule-kind-signing = ພິທີລົງນາມ
schedule-kind-release = ການປະກາດ
schedule-kind-exchange = ການແລກປ່ຽນສອງຝ່າຍ
schedule-kind-visit = ການຢ້ຽມຊົມ
schedule-kind-meal = ຄາບອາຫານ
schedule-kind-reception = ງານລ້ຽງຕ້ອນຮັບ
schedule-kind-departure = ການເດີນທາງກັບ

## Now and next

now-title = ⏱️ <b>ລາຍການປັດຈຸບັນ ແລະ ຕໍ່ໄປ</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = ເວລາທ້ອງຖິ່ນ: { $time }, { $date } ({ $offset }).
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }, ເວລາ { $start }–{ $end }
now-current = <b>ກຳລັງດຳເນີນຢູ່</b>
now-next = <b>ລາຍການຕໍ່ໄປ</b>
now-nothing-current = ປັດຈຸບັນບໍ່ມີລາຍການໃດກຳລັງດຳເນີນຢູ່.
now-nothing-next = ມື້ນີ້ບໍ່ມີລາຍການໃດອີກແລ້ວ.
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } ຍັງບໍ່ທັນເລີ່ມຕົ້ນ. ງານຈະເປີດໃນ{ $date }.
# Variables: $event (text) event name.
now-after = { $event } ໄດ້ສິ້ນສຸດລົງແລ້ວ. ຂໍຂອບໃຈທີ່ທ່ານໄດ້ເຂົ້າຮ່ວມ!
now-programme = 📅 ກຳນົດການທັງໝົດ

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>ຍົກເລີກແລ້ວ</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>ມີການປ່ຽນແປງ</b> (ເດີມ: { $was })
