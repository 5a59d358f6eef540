# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>ການນຳໃຊ້ Delegate Desk</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] ຍັງບໍ່ມີຜູ້ແທນທ່ານໃດນຳໃຊ້ Delegate Desk.
       *[other] ມີຜູ້ແທນນຳໃຊ້ Delegate Desk ແລ້ວ { $count } ທ່ານ.
    }
organiser-stats-by-language = <b>ແຍກຕາມພາສາ</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = ຍັງບໍ່ໄດ້ເລືອກ (ໃຊ້ພາສາຕາມແອັບ Telegram ຂອງເຂົາເຈົ້າ)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language }: { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>ຄຳເຊີນໃໝ່.</b> ຄຳເຊີນນີ້ສຳລັບ<b>ຄະນະຜູ້ແທນ</b>ໃດ (ນະຄອນ, ປະເທດ ຫຼື ອົງການ)? ເພື່ອຢຸດ, ກະລຸນາສົ່ງ /cancel.
organiser-invite-ask-people = ຄຳເຊີນນີ້ສຳລັບ<b>ຈັກທ່ານ</b>?
organiser-invite-ask-expiry = ຄຳເຊີນນີ້ໃຊ້ໄດ້ຮອດວັນໃດ? ກະລຸນາພິມວັນທີ ເຊັ່ນ 2025-01-14, ຫຼື ກົດ “ບໍ່ມີວັນໝົດອາຍຸ”.
button-invite-no-expiry = ບໍ່ມີວັນໝົດອາຍຸ
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = ກະລຸນາພິມຕົວເລກແຕ່ 1 ຫາ { $max }.
organiser-invite-invalid-date = ກະລຸນາພິມວັນທີ ເຊັ່ນ 2025-01-14, ເຊິ່ງຕ້ອງເປັນມື້ນີ້ ຫຼື ຫຼັງຈາກມື້ນີ້.
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = ກະລຸນາພິມຊື່ຄະນະຜູ້ແທນ, ບໍ່ເກີນ { $max } ຕົວອັກສອນ.
organiser-invite-cancelled = ບໍ່ໄດ້ສ້າງຄຳເຊີນໃດ.
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ ຄຳເຊີນສຳລັບ <b>{ $delegation }</b> ຈຳນວນ { $people ->
       *[other] { $people } ທ່ານ
    }.
    ກະລຸນາສົ່ງຕໍ່ລິ້ງນີ້ (ຫຼື ລະຫັດ QR ຂ້າງລຸ່ມນີ້) ໃຫ້ຄະນະຜູ້ແທນ:
    { $link }

    ລະຫັດສຳລັບພິມແທນການເປີດລິ້ງ: <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = ໃຊ້ໄດ້ຮອດ{ $date } (ລວມທັງວັນດັ່ງກ່າວ).
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = ຄຳເຊີນສຳລັບ { $delegation }: ສະແກນເພື່ອເປີດ Delegate Desk.
organiser-invites-title = 🎟️ <b>ລາຍການຄຳເຊີນ</b>
organiser-invites-none = ຍັງບໍ່ມີຄຳເຊີນເທື່ອ. ສ້າງຄຳເຊີນໄດ້ດ້ວຍ /invite.
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b>: { $used } ຈາກ { $people } · { $state } · <code>{ $code }</code>
organiser-invites-state-active = ໃຊ້ງານໄດ້
organiser-invites-state-used-up = ໃຊ້ຄົບແລ້ວ
organiser-invites-state-expired = ໝົດອາຍຸແລ້ວ
organiser-invites-state-revoked = ຖືກຍົກເລີກແລ້ວ
# Variables: $delegation (text).
button-revoke = ✖️ ຍົກເລີກ: { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = ຄຳເຊີນສຳລັບ <b>{ $delegation }</b> ໄດ້ຖືກຍົກເລີກແລ້ວ. ຜູ້ທີ່ໄດ້ລົງທະບຽນດ້ວຍຄຳເຊີນນີ້ແລ້ວ ຍັງຄົງຮັກສາບ່ອນນັ່ງຂອງຕົນໄວ້.

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>ການລົງທະບຽນ</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    ຢືນຢັນແລ້ວ { $confirmed }/{ $capacity } · ລາຍຊື່ລໍຖ້າ { $waitlist } · ເຊັກອິນແລ້ວ { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ ເກີນຈຳນວນບ່ອນນັ່ງ { $over } ທ່ານ
organiser-registrations-none = ບໍ່ມີລາຍການໃດໃນງານນີ້ທີ່ຕ້ອງລົງທະບຽນ.
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] ຍັງບໍ່ມີການລົງທະບຽນ.
       *[other] ມີການລົງທະບຽນທັງໝົດ { $count } ລາຍການ.
    } ຊື່ທີ່ຂຽນດ້ວຍຕົວອັກສອນທຸກພາສາ ຈະສະແດງຢ່າງຖືກຕ້ອງໃນ Excel.

## Reloading the event file (/reload).

organiser-reload-ok = ✅ ໂຫຼດໄຟລ໌ຂໍ້ມູນງານຄືນໃໝ່ແລ້ວ.
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] ມີ { $count } ທ່ານ ໄດ້ຮັບບ່ອນນັ່ງຈາກລາຍຊື່ລໍຖ້າ ແລະ ໄດ້ຮັບການແຈ້ງໃຫ້ຊາບແລ້ວ.
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b>: ມີຜູ້ທີ່ຢືນຢັນແລ້ວເກີນຈຳນວນບ່ອນນັ່ງໃໝ່ { $over } ທ່ານ. ບໍ່ມີຜູ້ໃດຖືກຖອນອອກ.
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] ໄຟລ໌ຂໍ້ມູນງານມີບັນຫາ { $count } ຂໍ້
    }. ລະບົບຍັງຄົງໃຊ້ຂໍ້ມູນເດີມຢູ່:
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    ທ່ານຕ້ອງການຍົກເລີກຄຳເຊີນສຳລັບ <b>{ $delegation }</b> ແທ້ບໍ່? ລິ້ງ ແລະ ລະຫັດຂອງຄຳເຊີນນີ້ຈະໃຊ້ບໍ່ໄດ້ອີກ. { $used ->
        [0] ຍັງບໍ່ມີຜູ້ໃດໃຊ້ຄຳເຊີນນີ້ເທື່ອ.
       *[other] ຜູ້ທີ່ໄດ້ລົງທະບຽນດ້ວຍຄຳເຊີນນີ້ແລ້ວ { $used } ທ່ານ ຍັງຄົງຮັກສາບ່ອນນັ່ງຂອງຕົນໄວ້.
    }
button-revoke-confirm = ✖️ ແມ່ນ, ຍົກເລີກຄຳເຊີນ
