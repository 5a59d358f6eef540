# Typed questions: the bot's answers, and questions passed to volunteers.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    ດຽວນີ້
    ຕອນນີ້
    ຂະນະນີ້
    ປັດຈຸບັນ
    ລາຍການຕໍ່ໄປ
ask-words-today =
    ມື້ນີ້
    ວັນນີ້
    ຄືນນີ້
    ແລງນີ້
ask-words-tomorrow =
    ມື້ອື່ນ
    ພຸ່ງນີ້
ask-words-day-after-tomorrow =
    ມື້ຮື
ask-words-yesterday =
    ມື້ວານ
    ວານນີ້
ask-words-morning =
    ຕອນເຊົ້າ
    ພາກເຊົ້າ
    ເຊົ້ານີ້
    ເຊົ້າ
ask-words-afternoon =
    ຕອນບ່າຍ
    ພາກບ່າຍ
    ບ່າຍນີ້
    ບ່າຍ
ask-words-evening =
    ຕອນແລງ
    ຕອນຄ່ຳ
    ພາກຄ່ຳ
    ພາກແລງ
    ຄືນນີ້
    ແລງນີ້
    ຄ່ຳນີ້
ask-words-programme =
    ກຳນົດການ
    ໂປຣແກຣມ
    ໂປແກມ
    program
    ວາລະ
    ຕາຕະລາງງານ
    ຕາຕະລາງກິດຈະກຳ
    ກິດຈະກຳ
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    ມີຫຍັງແດ່
    ມີຫຍັງແນ່ຄັບ
    ມີຫຍັງເກີດຂຶ້ນບໍ
    ມີກິດຈະກຳຫຍັງແດ່
    ກິດຈະກຳມີຫຍັງແດ່ເຈົ້າ
    ມີງານຫຍັງແດ່
    ຂໍເບິ່ງກຳນົດການແດ່
    ກຳນົດການທັງໝົດ
    ພວກເຮົາຈະເຮັດຫຍັງແດ່
    ມີຫຍັງໃຫ້ເຮັດແດ່
    ວາງແຜນໄວ້ແນວໃດ
    ແຜນງານເປັນຈັ່ງໃດ
    ມີກອງປະຊຸມຫຍັງແດ່
    ລາຍຊື່ກອງປະຊຸມທັງໝົດ
    ຂໍ schedule ແດ່
    agenda ທັງໝົດ
    ມີ event ຫຍັງແດ່
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    ມື້ຈັນ
    van chan
    wan chan
ask-words-weekday-2 =
    ອັງຄານ
    van angkhan
    wan angkhan
ask-words-weekday-3 =
    ມື້ພຸດ
    van phut
    wan phut
ask-words-weekday-4 =
    ພະຫັດ
    van phahat
    van pha hat
ask-words-weekday-5 =
    ມື້ສຸກ
    van suk
    wan suk
ask-words-weekday-6 =
    ມື້ເສົາ
    van sao
    wan sao
ask-words-weekday-7 =
    ມື້ອາທິດ
    van athit
    wan athit

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>ກ່ຽວກັບ { $topic }:</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>ຄຳຕອບຕົວຢ່າງ: ຄະນະຈັດງານຈະຢືນຢັນລາຍລະອຽດພາຍຫຼັງ.</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = ກຳນົດການຂອງ{ $day }
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = ກຳນົດການ{ $part } ຂອງ{ $day }
ask-part-morning = ພາກເຊົ້າ
ask-part-afternoon = ພາກບ່າຍ
ask-part-evening = ພາກຄ່ຳ
ask-topic-now = ລາຍການທີ່ກຳລັງດຳເນີນຢູ່
ask-topic-programme = ກຳນົດການ
# Variables: $dates (text) the event's dates.
ask-day-empty = ໃນຊ່ວງເວລາດັ່ງກ່າວ ບໍ່ມີລາຍການໃດໃນກຳນົດການ. ງານນີ້ຈັດຂຶ້ນໃນ{ $dates }.
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 ຂ້າພະເຈົ້າບໍ່ແນ່ໃຈວ່າເຂົ້າໃຈຄຳຖາມຂອງທ່ານຖືກຕ້ອງຫຼືບໍ່. ທ່ານຕ້ອງການໃຫ້ຂ້າພະເຈົ້າສົ່ງຕໍ່ຄຳຖາມນີ້ໃຫ້ອາສາສະໝັກທີ່ເວົ້າ{ $language }ໄດ້ບໍ່? ອາສາສະໝັກຈະຕອບທ່ານຢູ່ບ່ອນນີ້.
button-ask-volunteer = 🙋 ຖາມອາສາສະໝັກ
button-ask-whole-day = 📅 ກຳນົດການທັງມື້

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 ກະລຸນາພິມຄຳຖາມຂອງທ່ານຕາມສຳນວນຂອງທ່ານເອງ, ແລ້ວອາສາສະໝັກທີ່ເວົ້າ{ $language }ໄດ້ ຈະຕອບທ່ານຢູ່ບ່ອນນີ້. ເພື່ອຢຸດ, ກະລຸນາສົ່ງ /cancel.
# Variables: $ticket (number) the question's number.
ask-sent = ✅ ຄຳຖາມຂອງທ່ານໄດ້ສົ່ງເຖິງອາສາສະໝັກແລ້ວ (ເລກທີ { $ticket }). ອາສາສະໝັກຈະຕອບທ່ານຢູ່ບ່ອນນີ້. ຂໍ້ຄວາມໃດໆທີ່ທ່ານພິມຕໍ່ຈາກນີ້ ກໍຈະສົ່ງເຖິງເຂົາເຈົ້າເຊັ່ນກັນ ຈົນກວ່າຈະປິດຄຳຖາມນີ້.
ask-added = ✅ ສົ່ງຕໍ່ໃຫ້ອາສາສະໝັກແລ້ວ.
ask-cancelled = ຄຳຖາມຂອງທ່ານບໍ່ໄດ້ຖືກສົ່ງ.
button-ask-done = ✔️ ໄດ້ຮັບຄຳຕອບແລ້ວ
ask-limit = ⏳ ທ່ານໄດ້ສົ່ງຂໍ້ຄວາມຫຼາຍສະບັບຫາອາສາສະໝັກ ໃນເວລາອັນສັ້ນ. ກະລຸນາລໍຖ້າສອງສາມນາທີ: ອາສາສະໝັກໄດ້ຮັບຂໍ້ຄວາມຂອງທ່ານແລ້ວ ແລະ ຈະຕອບທ່ານ.
# Variables: $phone (text) the help desk's phone.
ask-unavailable = ຂໍອະໄພ, ຂະນະນີ້ບໍ່ສາມາດຕິດຕໍ່ອາສາສະໝັກຈາກບ່ອນນີ້ໄດ້. ກະລຸນາໂທຫາໂຕະບໍລິການຊ່ວຍເຫຼືອ: { $phone }.
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 ອາສາສະໝັກທ່ານໜຶ່ງກຳລັງກວດເບິ່ງຄຳຖາມຂອງທ່ານ (ເລກທີ { $ticket }).
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>ຄຳຕອບຈາກອາສາສະໝັກ</b> (ຄຳຖາມເລກທີ { $ticket }):
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ ຄຳຖາມເລກທີ { $ticket } ຂອງທ່ານໄດ້ປິດແລ້ວ. ຄຳຕອບດັ່ງກ່າວເປັນປະໂຫຍດຕໍ່ທ່ານບໍ່?
button-helpful-yes = 👍 ເປັນປະໂຫຍດ
button-helpful-no = 👎 ບໍ່ເປັນປະໂຫຍດ
ask-thanks = ຂໍຂອບໃຈ! ຄຳຕິຊົມຂອງທ່ານຈະຊ່ວຍໃຫ້ພວກເຮົາປັບປຸງການບໍລິການໃຫ້ດີຂຶ້ນ.

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>ຄຳຖາມເລກທີ { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = ຈາກ { $name }
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = ຈາກ { $name }, { $delegation }
ticket-hint = ↩️ ກະລຸນາຕອບກັບ (reply) ຂໍ້ຄວາມນີ້ ເພື່ອຕອບຄຳຖາມ (ໃນກຸ່ມແບບຟໍຣັມ: ໃຫ້ພິມໃນຫົວຂໍ້ນີ້). ຜູ້ແທນຈະເຫັນຄຳຕອບຂອງທ່ານ ໂດຍບໍ່ເຫັນຊື່ຂອງທ່ານ.
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 { $name } ຮັບຜິດຊອບຄຳຖາມນີ້
# Variables: $name (text) who closed it.
ticket-closed = ✔️ ປິດໂດຍ { $name }
ticket-closed-by-delegate = ✔️ ປິດໂດຍຜູ້ແທນ
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>ຄຳຖາມເລກທີ { $ticket } ຍັງລໍຖ້າຄຳຕອບຢູ່</b> ເປັນເວລາ { $minutes } ນາທີແລ້ວ. ມີໃຜສາມາດຮັບຜິດຊອບໄດ້ບໍ່?
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>ເລກທີ { $ticket }</b>, { $name } ຂຽນເພີ່ມ:
ticket-feedback-yes = 👍 ຜູ້ແທນເຫັນວ່າຄຳຕອບເປັນປະໂຫຍດ.
ticket-feedback-no = 👎 ຜູ້ແທນເຫັນວ່າຄຳຕອບບໍ່ເປັນປະໂຫຍດ.
ticket-unreachable = ⚠️ ບໍ່ສາມາດຕິດຕໍ່ຜູ້ແທນໄດ້: ເຂົາເຈົ້າອາດຈະໄດ້ບລັອກບອດນີ້ແລ້ວ.
# Variables: $ticket (number).
ticket-is-closed = ຄຳຖາມນີ້ (ເລກທີ { $ticket }) ໄດ້ປິດແລ້ວ: ຂໍ້ຄວາມຂອງທ່ານບໍ່ໄດ້ຖືກສົ່ງຕໍ່.
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = ເລກທີ { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 ຮັບຜິດຊອບ
button-ticket-close = ✔️ ປິດ
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = { $name } ໄດ້ຮັບຜິດຊອບຄຳຖາມນີ້ແລ້ວ.
button-ticket-not-volunteer = ສະເພາະອາສາສະໝັກຂອງໂຕະບໍລິການເທົ່ານັ້ນທີ່ເຮັດສິ່ງນີ້ໄດ້.
button-ticket-gone = ຄຳຖາມນີ້ໄດ້ປິດແລ້ວ.
# Languages named for the volunteers.
ticket-language-en = ພາສາອັງກິດ
ticket-language-zh-CN = ພາສາຈີນ
ticket-language-id = ພາສາອິນໂດເນເຊຍ
ticket-language-ms = ພາສາມາເລ
ticket-language-th = ພາສາໄທ
ticket-language-vi = ພາສາຫວຽດນາມ
ticket-language-fil = ພາສາຟີລິບປິນ
ticket-language-km = ພາສາຂະແມ
ticket-language-lo = ພາສາລາວ
ticket-language-my = ພາສາມຽນມາ

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>ພາສາທີ່ທ່ານຕອບໄດ້</b>
    ກະລຸນາກົດເລືອກທຸກພາສາທີ່ທ່ານສາມາດຕອບຄຳຖາມໄດ້. ເມື່ອມີຄຳຖາມໃໝ່ເປັນພາສາເຫຼົ່ານັ້ນ, ບອດຈະແທັກຊື່ທ່ານໃນກຸ່ມອາສາສະໝັກ.
volunteer-languages-none = ທ່ານຍັງບໍ່ໄດ້ເລືອກພາສາໃດເທື່ອ.
button-volunteer-done = ✅ ສຳເລັດ
volunteer-languages-saved = ✅ ບັນທຶກແລ້ວ. ເມື່ອມີຄຳຖາມໃໝ່ເປັນພາສາຂອງທ່ານ, ບອດຈະແທັກຊື່ທ່ານ.
volunteer-not-member = ສ່ວນນີ້ສຳລັບອາສາສະໝັກຂອງໂຕະບໍລິການ. ກະລຸນາເຂົ້າຮ່ວມກຸ່ມອາສາສະໝັກກ່ອນ, ແລ້ວສົ່ງ /volunteer ອີກຄັ້ງ.

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>ຄຳຖາມເຖິງອາສາສະໝັກ</b>: ລໍຖ້າ { $open }, ກຳລັງຕອບ { $claimed }, ປິດແລ້ວ { $closed }.
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 ເຫັນວ່າເປັນປະໂຫຍດ: { $share } % ຂອງຜູ້ໃຫ້ຄຳຕິຊົມ { $rated } ທ່ານ.
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ ເວລາລໍຖ້າຄຳຕອບທຳອິດ (ຄ່າມັດທະຍະຖານ): { $minutes } ນາທີ.
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 ຄຳຖາມທີ່ພິມເຂົ້າມາ ທີ່ບອດຕອບເອງໄດ້: { $answered } ຈາກ { $asked }.

command-ask = ສົ່ງຄຳຖາມເຖິງອາສາສະໝັກ
command-volunteer = ອາສາສະໝັກ: ພາສາທີ່ທ່ານຕອບໄດ້
