# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.
# Lao: announcement = ແຈ້ງການ; acknowledge = ຢືນຢັນການຮັບຊາບ (button: ຮັບຊາບແລ້ວ);
# version = ສະບັບພາສາ; original = ຕົ້ນສະບັບ; audience = ຜູ້ຮັບ;
# notice (schedule change) = ການແຈ້ງເຕືອນ; session = ລາຍການ (as in schedule.ftl).

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>ແຈ້ງການໃໝ່.</b> ກະລຸນາສົ່ງແຈ້ງການມາຫາຂ້າພະເຈົ້າເປັນຂໍ້ຄວາມທຳມະດາ: ຂໍ້ຄວາມທີ່ມີການຈັດຮູບແບບ, ຮູບພາບ, ເອກະສານ ຫຼື ທີ່ຕັ້ງ ພ້ອມຄຳອະທິບາຍ. ຜູ້ແທນຈະໄດ້ຮັບຂໍ້ຄວາມນັ້ນຕາມທີ່ທ່ານສົ່ງມາທຸກປະການ.
announce-use-buttons = ກະລຸນາໃຊ້ປຸ່ມຂ້າງລຸ່ມນີ້ (ຫຼື /cancel).
announce-discarded = ໄດ້ຍົກເລີກແຈ້ງການນີ້ແລ້ວ: ບໍ່ມີຫຍັງຖືກສົ່ງອອກໄປ.
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = ກະລຸນາສົ່ງສະບັບ <b>{ $language }</b> ມາຫາຂ້າພະເຈົ້າ. ຜູ້ແທນທີ່ໃຊ້ Delegate Desk ເປັນ { $language } ຈະໄດ້ຮັບສະບັບນີ້ແທນຕົ້ນສະບັບ.
announce-version-title = ສະບັບນີ້ສຳລັບພາສາໃດ? (✅: ມີສະບັບແລ້ວ; ຫາກສົ່ງສະບັບໃໝ່ ຈະແທນສະບັບເດີມ.)
announce-versions-none = ບໍ່ມີ: ທຸກທ່ານຈະໄດ້ຮັບຕົ້ນສະບັບ
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>ແຈ້ງການ</b>
    <i>{ $summary }</i>

    👥 <b>ເຖິງ:</b> { $audience } ({ $count ->
       *[other] { $count } ທ່ານ
    })
    { $languages }
    🌐 <b>ສະບັບພາສາອື່ນ:</b> { $versions }
    ✅ <b>ຢືນຢັນການຮັບຊາບ:</b> { $ack ->
        [yes] ຕ້ອງການ
       *[no] ບໍ່ຕ້ອງການ
    }
announce-audience-title = 👥 ຈະສົ່ງໃຫ້ຜູ້ໃດ?
announce-audience-pick = ກະລຸນາເລືອກອັນໜຶ່ງ:
announce-audience-empty = ຍັງບໍ່ມີຜູ້ໃດໃຫ້ເລືອກເທື່ອ.
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = ຜູ້ລົງທະບຽນເຂົ້າຮ່ວມ { $session }
announce-audience-waitlist = ລາຍຊື່ລໍຖ້າຂອງ { $session }
announce-audience-session = ທຸກທ່ານທີ່ມີບ່ອນນັ່ງໃນ { $session }
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = ຜູ້ທີ່ຍັງບໍ່ໄດ້ຮັບຊາບແຈ້ງການ #{ $id }
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } ທ່ານ
    } · { $version ->
        [own] ສະບັບພາສານີ້
       *[original] ຕົ້ນສະບັບ
    }
announce-preview-nobody = 👁 ຍັງບໍ່ມີຜູ້ໃດຢູ່ໃນກຸ່ມຜູ້ຮັບນີ້ເທື່ອ.

button-announce-audience = 👥 ຜູ້ຮັບ
button-announce-version = 🌐 ເພີ່ມສະບັບພາສາ
button-announce-ack-on = ✅ ຢືນຢັນຮັບຊາບ: ເປີດ
button-announce-ack-off = ☐ ຢືນຢັນຮັບຊາບ: ປິດ
button-announce-preview = 👁 ເບິ່ງຕົວຢ່າງ
# Variables: $count (number) how many people.
button-announce-send = 📤 ສົ່ງໃຫ້ { $count } ທ່ານ
button-announce-discard = ✖ ຍົກເລີກ
button-announce-back = ⬅ ກັບຄືນ
button-audience-everyone = ທຸກທ່ານ
button-audience-registrants = ຜູ້ລົງທະບຽນເຂົ້າຮ່ວມລາຍການ
button-audience-waitlist = ລາຍຊື່ລໍຖ້າຂອງລາຍການ
button-audience-language = ພາສາໃດໜຶ່ງ
button-audience-country = ປະເທດໃດໜຶ່ງ
button-audience-delegation = ຄະນະຜູ້ແທນໃດໜຶ່ງ
button-audience-volunteers = ອາສາສະໝັກ
button-audience-organisers = ຄະນະຈັດງານ

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>ແຈ້ງການ #{ $id }</b>: ກຳລັງສົ່ງ
    <i>{ $summary }</i>
    ສົ່ງແລ້ວ { $sent } ຈາກ { $total } · ບໍ່ສຳເລັດ { $failed } · ຕິດຕໍ່ບໍ່ໄດ້ { $unreachable } · ຍັງເຫຼືອ { $remaining }
    { $rate } ຂໍ້ຄວາມຕໍ່ວິນາທີ · ເຫຼືອເວລາປະມານ { $left }
announce-report-done =
    ✅ <b>ແຈ້ງການ #{ $id }</b>: ສົ່ງສຳເລັດແລ້ວ
    <i>{ $summary }</i>
    ສົ່ງແລ້ວ { $sent } ຈາກ { $total } · ບໍ່ສຳເລັດ { $failed } · ຕິດຕໍ່ບໍ່ໄດ້ (ບລັອກບອດ) { $unreachable }
announce-report-stopped =
    ⏹ <b>ແຈ້ງການ #{ $id }</b>: ຢຸດການສົ່ງແລ້ວ
    <i>{ $summary }</i>
    ສົ່ງແລ້ວ { $sent } ຈາກ { $total } · ບໍ່ໄດ້ສົ່ງ { $stopped } · ບໍ່ສຳເລັດ { $failed } · ຕິດຕໍ່ບໍ່ໄດ້ { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ ຮັບຊາບແລ້ວ { $acked } ຈາກ { $sent }
button-announce-stop = ⏹ ຢຸດ
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 ເຕືອນ { $count } ທ່ານທີ່ຍັງບໍ່ຮັບຊາບ
button-announcements = 📋 ແຈ້ງການ
announce-list-title = 📋 <b>ແຈ້ງການຫຼ້າສຸດ</b>
announce-list-empty = ຍັງບໍ່ມີແຈ້ງການໃດຖືກສົ່ງອອກເທື່ອ. ເພື່ອຂຽນແຈ້ງການ, ກະລຸນາສົ່ງ /announce.
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 ກຳລັງສົ່ງ
        [stopped] ⏹ ຢຸດແລ້ວ
        [draft] 📝 ສະບັບຮ່າງ
       *[done] ✅ ສົ່ງສຳເລັດ
    } · <i>{ $summary }</i>
    ສົ່ງແລ້ວ { $sent } ຈາກ { $total } · ບໍ່ສຳເລັດ { $failed } · ຕິດຕໍ່ບໍ່ໄດ້ { $unreachable }{ $ack ->
        [yes] { " " }· ຮັບຊາບແລ້ວ { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ ຮັບຊາບແລ້ວ
announce-toast-thanks = ຂໍຂອບໃຈ, ໄດ້ບັນທຶກໄວ້ແລ້ວ.
button-announcements-latest = 📣 ແຈ້ງການ
latest-title = 📣 <b>ແຈ້ງການຫຼ້າສຸດ</b>
latest-empty = 📣 ຍັງບໍ່ມີແຈ້ງການເທື່ອ. ທ່ານຈະໄດ້ຮັບແຈ້ງການຢູ່ບ່ອນນີ້ ທັນທີທີ່ຄະນະຈັດງານສົ່ງອອກມາ.

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>ຍົກເລີກແລ້ວ:</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>ປ່ຽນແປງກຳນົດການ:</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 ປ່ຽນເປັນ{ $date }
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> (ຈົນຮອດ { $end })
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>ປັບປຸງຂໍ້ມູນສະຖານທີ່:</b> { $venue }
    ທີ່ຢູ່ ຫຼື ໝຸດແຜນທີ່ໄດ້ມີການປ່ຽນແປງ: { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>ປ່ຽນເວລາລົດຮັບ-ສົ່ງ:</b> { $shuttle }
    ເວລາເດີມ: { $from }
    ເວລາໃໝ່: <b>{ $to }</b>
button-notice-session = 📋 ລາຍລະອຽດລາຍການ

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ ປ່ຽນແປງລາຍການນີ້ (ຄະນະຈັດງານ)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>ປ່ຽນແປງ:</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } ນາທີ
button-change-move = 📍 ຍ້າຍໄປຫ້ອງ ຫຼື ສະຖານທີ່ອື່ນ
button-change-cancel = ❌ ຍົກເລີກລາຍການນີ້
change-move-venue = 📍 ຍ້າຍໄປສະຖານທີ່ໃດ?
change-move-room = ຫ້ອງໃດ?
button-change-no-room = ບໍ່ລະບຸຫ້ອງ
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>ຜູ້ແທນຈະໄດ້ຮັບຂໍ້ຄວາມນີ້</b>, ເປັນພາສາຂອງແຕ່ລະທ່ານ ({ $count ->
       *[other] { $count } ທ່ານ
    }):

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ ຢືນຢັນ ແລະ ແຈ້ງ { $count } ທ່ານ
change-impossible = ບໍ່ສາມາດປ່ຽນແປງລາຍການນີ້ແບບນີ້ໄດ້ (ເລື່ອນເວລາເກີນທ່ຽງຄືນ, ລາຍການຖືກຍົກເລີກແລ້ວ ຫຼື ບໍ່ມີການປ່ຽນແປງຫຍັງເລີຍ).
change-reload-title = 🔄 <b>ໄຟລ໌ຂໍ້ມູນງານໃໝ່ ໄດ້ປ່ຽນແປງກຳນົດການຂອງຜູ້ແທນ.</b> ຜູ້ແທນຈະໄດ້ຮັບການແຈ້ງເຕືອນເຫຼົ່ານີ້ ເປັນພາສາຂອງແຕ່ລະທ່ານ:
# Variables: $count (number) how many messages.
button-change-notify = 📣 ແຈ້ງຜູ້ກ່ຽວຂ້ອງ ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 ກຳລັງສົ່ງການແຈ້ງເຕືອນ ({ $count } ຂໍ້ຄວາມ). ເບິ່ງຄວາມຄືບໜ້າໄດ້ທີ່ /announcements.
command-announce = ຄະນະຈັດງານ: ສົ່ງແຈ້ງການ
command-announcements = ຄະນະຈັດງານ: ແຈ້ງການຫຼ້າສຸດ
