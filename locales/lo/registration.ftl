# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).
# Lao: "register for a session" = ລົງທະບຽນເຂົ້າຮ່ວມ; waitlist = ລາຍຊື່ລໍຖ້າ;
# check-in = ເຊັກອິນ; session = ລາຍການ (as in schedule.ftl); profile = ຂໍ້ມູນສ່ວນຕົວ;
# "My …" is written "… ຂອງທ່ານ" (the bot itself is ຂ້າພະເຈົ້າ).

menu-dialogues = 📝 ລົງທະບຽນເຂົ້າຮ່ວມການສົນທະນາ
menu-my = 🗓️ ກຳນົດການຂອງທ່ານ

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ ຍິນດີຕ້ອນຮັບ! ທ່ານໄດ້ຮັບເຊີນໃນນາມຄະນະຜູ້ແທນ <b>{ $delegation }</b>.
    ເພື່ອລົງທະບຽນເຂົ້າຮ່ວມລາຍການຕ່າງໆ, ກະລຸນາຕອບຄຳຖາມສັ້ນໆ { $steps } ຂໍ້ ເພື່ອໃຊ້ເຮັດບັດປະຈຳຕົວ ແລະ ເປັນຂໍ້ມູນໃຫ້ຄະນະຈັດງານ. ທ່ານສາມາດຢຸດໄດ້ທຸກເວລາ ໂດຍສົ່ງ /cancel.
# Variables: $delegation (text) the delegation's name.
invite-already-member = ທ່ານໄດ້ລົງທະບຽນໃນນາມຄະນະຜູ້ແທນ <b>{ $delegation }</b> ແລ້ວ.
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = ທ່ານໄດ້ລົງທະບຽນໃນນາມຄະນະຜູ້ແທນ <b>{ $delegation }</b> ແລ້ວ, ສະນັ້ນ ຄຳເຊີນນີ້ຈຶ່ງບໍ່ໄດ້ຖືກນຳໃຊ້. ຫາກມີຂໍ້ຜິດພາດ, ກະລຸນາຕິດຕໍ່ໂຕະບໍລິການຊ່ວຍເຫຼືອ.
invite-not-found = ❌ ລະຫັດຄຳເຊີນນີ້ບໍ່ຖືກຕ້ອງ. ກະລຸນາກວດສອບ ແລະ ລອງໃໝ່ອີກຄັ້ງ, ຫຼື ຂໍລິ້ງຈາກຜູ້ປະສານງານຄະນະຜູ້ແທນຂອງທ່ານ.
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ ຄຳເຊີນນີ້ໄດ້ຖືກນຳໃຊ້ຄົບຕາມຈຳນວນທີ່ກຳນົດໄວ້ ({ $people ->
       *[other] { $people } ທ່ານ
    }) ແລ້ວ. ກະລຸນາຕິດຕໍ່ຜູ້ປະສານງານຄະນະຜູ້ແທນຂອງທ່ານ.
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ ຄຳເຊີນນີ້ໄດ້ໝົດອາຍຸແລ້ວເມື່ອ{ $date }. ກະລຸນາຂໍຄຳເຊີນໃໝ່ຈາກຜູ້ປະສານງານຄະນະຜູ້ແທນຂອງທ່ານ.
invite-revoked = ❌ ຄຳເຊີນນີ້ໄດ້ຖືກຍົກເລີກໂດຍຄະນະຈັດງານ. ກະລຸນາຕິດຕໍ່ຜູ້ປະສານງານຄະນະຜູ້ແທນຂອງທ່ານ.
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ ທ່ານໃສ່ລະຫັດຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າ { $minutes ->
       *[other] { $minutes } ນາທີ
    } ກ່ອນລອງໃໝ່ອີກຄັ້ງ.
# Someone without an invitation tries to register.
invite-needed = ການລົງທະບຽນເຂົ້າຮ່ວມລາຍການຕ່າງໆ ແມ່ນສະເພາະຜູ້ທີ່ໄດ້ຮັບເຊີນເທົ່ານັ້ນ. ກະລຸນາເປີດລິ້ງທີ່ຜູ້ປະສານງານຄະນະຜູ້ແທນຂອງທ່ານສົ່ງໃຫ້, ຫຼື ພິມລະຫັດຄຳເຊີນໃສ່ບ່ອນນີ້.

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = ຄຳຖາມທີ { $step } ຈາກ { $steps }
profile-ask-full-name = ກະລຸນາພິມ<b>ຊື່ ແລະ ນາມສະກຸນ</b>ຂອງທ່ານ ຕາມທີ່ຕ້ອງການໃຫ້ປາກົດຢູ່ໃນບັດປະຈຳຕົວ.
profile-ask-title = ກະລຸນາລະບຸ<b>ຕຳແໜ່ງ ຫຼື ໜ້າທີ່</b>ຂອງທ່ານ. ຕົວຢ່າງ: ເຈົ້າຄອງນະຄອນ, ຮອງເຈົ້າຄອງນະຄອນ, ຫົວໜ້າພະແນກການຕ່າງປະເທດ.
profile-ask-city = ທ່ານເປັນຜູ້ແທນຂອງ<b>ນະຄອນ</b>ໃດ?
profile-ask-country = ທ່ານມາຈາກ<b>ປະເທດ</b>ໃດ? ກະລຸນາເລືອກຢູ່ຂ້າງລຸ່ມນີ້ ຫຼື ພິມຊື່ປະເທດອື່ນ.
profile-ask-organisation = ທ່ານສັງກັດ<b>ອົງການ</b>ໃດ? ຕົວຢ່າງ: ຄະນະກຳມະການປະຊາຊົນນະຄອນດ່າໜັງ.
profile-ask-diet = ທ່ານມີ<b>ຄວາມຕ້ອງການພິເສດດ້ານອາຫານ</b>ບໍ່?
profile-ask-diet-other = ກະລຸນາອະທິບາຍຄວາມຕ້ອງການດ້ານອາຫານຂອງທ່ານ (ເຊັ່ນ: ອາຫານທີ່ທ່ານແພ້).
profile-ask-interpretation = ໃນລະຫວ່າງກອງປະຊຸມ, ທ່ານຕ້ອງການ<b>ການແປພາສາ</b>ເປັນພາສາໃດ?
profile-cancel-hint = ເພື່ອຢຸດ, ກະລຸນາສົ່ງ /cancel.

profile-invalid-empty = ກະລຸນາພິມຄຳຕອບ.
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = ຄຳຕອບນີ້ຍາວເກີນໄປ: ກະລຸນາພິມບໍ່ເກີນ { $max } ຕົວອັກສອນ.
profile-invalid-characters = ຄຳຕອບນີ້ມີຕົວອັກສອນທີ່ບໍ່ສາມາດພິມລົງໃນບັດປະຈຳຕົວໄດ້. ກະລຸນາພິມໃໝ່ອີກຄັ້ງ.
profile-invalid-not-text = ກະລຸນາຕອບເປັນຂໍ້ຄວາມ.
profile-invalid-choose = ກະລຸນາເລືອກຈາກປຸ່ມຂ້າງລຸ່ມນີ້.

profile-cancelled = ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານຍັງບໍ່ໄດ້ຖືກບັນທຶກ. ທ່ານສາມາດສືບຕໍ່ໄດ້ທຸກເວລາ ໂດຍສົ່ງ /profile.
profile-saved = ✅ ຂໍຂອບໃຈ, ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານໄດ້ຖືກບັນທຶກແລ້ວ. ດຽວນີ້ທ່ານສາມາດລົງທະບຽນເຂົ້າຮ່ວມການສົນທະນາຄູ່ຂະໜານໄດ້.
profile-updated = ✅ ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານໄດ້ຖືກປັບປຸງແລ້ວ.

profile-title = 👤 <b>ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານ</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = ຄະນະຜູ້ແທນ: <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field }: <b>{ $value }</b>
profile-edit-hint = ເພື່ອແກ້ໄຂຄຳຕອບ, ກະລຸນາກົດໃສ່ຄຳຕອບນັ້ນຢູ່ຂ້າງລຸ່ມນີ້.
# Someone who has not used an invitation asks for their profile.
profile-none = ທ່ານຍັງບໍ່ມີຂໍ້ມູນສ່ວນຕົວໃນລະບົບ. ການລົງທະບຽນແມ່ນສະເພາະຜູ້ທີ່ໄດ້ຮັບເຊີນເທົ່ານັ້ນ: ກະລຸນາເປີດລິ້ງທີ່ຜູ້ປະສານງານຄະນະຜູ້ແທນຂອງທ່ານສົ່ງໃຫ້, ຫຼື ພິມລະຫັດຄຳເຊີນໃສ່ບ່ອນນີ້.
profile-incomplete = ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານຍັງບໍ່ຄົບຖ້ວນ. ກະລຸນາຕອບຄຳຖາມຕໍ່.

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = ຊື່ ແລະ ນາມສະກຸນ
profile-field-title = ຕຳແໜ່ງ
profile-field-city = ນະຄອນ
profile-field-country = ປະເທດ
profile-field-organisation = ອົງການ
profile-field-diet = ຄວາມຕ້ອງການດ້ານອາຫານ
profile-field-interpretation = ການແປພາສາ
profile-interpretation-none = ບໍ່ຕ້ອງການແປພາສາ

# Countries offered as buttons (plain text). Others are typed.
country-bn = ບຣູໄນ ດາຣຸສຊາລາມ
country-kh = ກຳປູເຈຍ
country-id = ອິນໂດເນເຊຍ
country-la = ສປປ ລາວ
country-my = ມາເລເຊຍ
country-mm = ມຽນມາ
country-ph = ຟີລິບປິນ
country-sg = ສິງກະໂປ
country-th = ໄທ
country-vn = ຫວຽດນາມ
country-tl = ຕີມໍ-ເລສເຕ
country-cn = ຈີນ

# Dietary requirements offered as buttons (plain text).
diet-none = ບໍ່ມີຄວາມຕ້ອງການພິເສດ
diet-halal = ອາຫານຮາລານ
diet-vegetarian = ອາຫານມັງສະວິລັດ
diet-vegan = ວີແກນ (ບໍ່ມີນົມ ແລະ ໄຂ່)
diet-other = ອື່ນໆ (ກະລຸນາລະບຸ)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>ການລົງທະບຽນເຂົ້າຮ່ວມການສົນທະນາ</b>
dialogues-intro = ບ່ອນນັ່ງມີຈຳນວນຈຳກັດ. ກະລຸນາເລືອກລາຍການ ເພື່ອເບິ່ງລາຍລະອຽດ ແລະ ລົງທະບຽນ.
dialogues-none = ຂະນະນີ້ບໍ່ມີລາຍການໃດເປີດໃຫ້ລົງທະບຽນ.
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ ເຕັມແລ້ວ ({ $capacity } ບ່ອນນັ່ງ): ເປີດຮັບລາຍຊື່ລໍຖ້າ
       *[other] 🎟️ ຍັງເຫຼືອ { $left } ຈາກ { $capacity } ບ່ອນນັ່ງ
    }
dialogues-closed = 🔒 ປິດການລົງທະບຽນແລ້ວ
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = ການລົງທະບຽນຈະປິດໃນ{ $date } ເວລາ { $time }.
dialogues-you-confirmed = ✅ ທ່ານໄດ້ລົງທະບຽນແລ້ວ
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ ທ່ານຢູ່ລຳດັບທີ { $position } ໃນລາຍຊື່ລໍຖ້າ

## Registering, from a session's screen.

button-register = ✅ ລົງທະບຽນ
button-join-waitlist = ⏳ ເຂົ້າລາຍຊື່ລໍຖ້າ
button-cancel-registration = ❌ ຍົກເລີກການລົງທະບຽນ
button-leave-waitlist = ❌ ອອກຈາກລາຍຊື່ລໍຖ້າ
button-check-in-code = 🎫 ລະຫັດເຊັກອິນຂອງທ່ານ
button-dialogues = 📝 ການສົນທະນາທັງໝົດ
# Variables: $title (text) the session to switch to.
button-switch = 🔁 ປ່ຽນເປັນ { $title }

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>ທ່ານໄດ້ລົງທະບຽນແລ້ວ.</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    ລະຫັດເຊັກອິນຂອງທ່ານຢູ່ຂ້າງລຸ່ມນີ້: ກະລຸນາສະແດງລະຫັດນີ້ຢູ່ທາງເຂົ້າຫ້ອງ.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>ລາຍການນີ້ເຕັມແລ້ວ.</b> ທ່ານຢູ່ລຳດັບທີ { $position } ໃນລາຍຊື່ລໍຖ້າຂອງ <b>{ $title }</b>. ຫາກມີບ່ອນນັ່ງຫວ່າງ, ບ່ອນນັ່ງນັ້ນຈະຖືກມອບໃຫ້ທ່ານໂດຍອັດຕະໂນມັດ ແລະ ຂ້າພະເຈົ້າຈະແຈ້ງໃຫ້ທ່ານຊາບຢູ່ບ່ອນນີ້.
# Variables: $title (text) session title.
register-already-confirmed = ທ່ານໄດ້ລົງທະບຽນເຂົ້າຮ່ວມ <b>{ $title }</b> ແລ້ວ.
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = ທ່ານຢູ່ໃນລາຍຊື່ລໍຖ້າຂອງ <b>{ $title }</b> ແລ້ວ, ລຳດັບທີ { $position }.
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> ຈັດຂຶ້ນໃນເວລາດຽວກັນກັບ <b>{ $other }</b> ({ $when }) ເຊິ່ງທ່ານໄດ້ລົງທະບຽນໄວ້ແລ້ວ. ທ່ານສາມາດປ່ຽນໄດ້, ແຕ່ການລົງທະບຽນຂອງທ່ານໃນ <b>{ $other }</b> ຈະຖືກຍົກເລີກ.
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 ການລົງທະບຽນເຂົ້າຮ່ວມ <b>{ $title }</b> ໄດ້ປິດແລ້ວເມື່ອ{ $date } ເວລາ { $time }.
# Variables: $title (text) session title.
register-cancelled = ການລົງທະບຽນຂອງທ່ານສຳລັບ <b>{ $title }</b> ໄດ້ຖືກຍົກເລີກແລ້ວ. ບ່ອນນັ່ງຂອງທ່ານຈະຖືກມອບໃຫ້ຜູ້ທີ່ຢູ່ລຳດັບຕໍ່ໄປໃນລາຍຊື່ລໍຖ້າ.
# Variables: $title (text) session title.
register-left-waitlist = ທ່ານໄດ້ອອກຈາກລາຍຊື່ລໍຖ້າຂອງ <b>{ $title }</b> ແລ້ວ.
# Variables: $title (text) session title.
register-not-registered = ບໍ່ພົບລາຍຊື່ຂອງທ່ານໃນ <b>{ $title }</b>.
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>ຂ່າວດີ: ມີບ່ອນນັ່ງຫວ່າງສຳລັບທ່ານແລ້ວ.</b>
    ດຽວນີ້ທ່ານໄດ້ລົງທະບຽນເຂົ້າຮ່ວມ:

    <b>{ $title }</b>
    { $when }
    { $venue }

    ລະຫັດເຊັກອິນຂອງທ່ານຢູ່ຂ້າງລຸ່ມນີ້: ກະລຸນາສະແດງລະຫັດນີ້ຢູ່ທາງເຂົ້າຫ້ອງ.
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 ລະຫັດເຊັກອິນສຳລັບ <b>{ $title }</b>
    { $when }
    ກະລຸນາສະແດງລະຫັດນີ້ໃຫ້ອາສາສະໝັກຢູ່ທາງເຂົ້າຫ້ອງ.

## My agenda (/my).

agenda-title = 🗓️ <b>ກຳນົດການຂອງທ່ານ</b>
agenda-empty = ທ່ານຍັງບໍ່ໄດ້ລົງທະບຽນເຂົ້າຮ່ວມລາຍການໃດເທື່ອ.
agenda-confirmed = ✅ ລົງທະບຽນແລ້ວ
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ ລາຍຊື່ລໍຖ້າ, ລຳດັບທີ { $position }
agenda-plenary-note = ກອງປະຊຸມເຕັມຄະນະເປີດໃຫ້ຜູ້ແທນທຸກທ່ານເຂົ້າຮ່ວມໂດຍບໍ່ຕ້ອງລົງທະບຽນ: ກະລຸນາເບິ່ງກຳນົດການ.
button-agenda-ics = 📅 ເພີ່ມໃສ່ປະຕິທິນ
button-profile = 👤 ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານ
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ ຍົກເລີກ: { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 ກຳນົດການຂອງທ່ານສຳລັບ{ $event }. ກະລຸນາເປີດໄຟລ໌ນີ້ ເພື່ອເພີ່ມໃສ່ປະຕິທິນໃນໂທລະສັບຂອງທ່ານ. ເວລາທັງໝົດແມ່ນເວລາທ້ອງຖິ່ນ ({ $tz }).
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (ລາຍຊື່ລໍຖ້າ)
