# Organisers' commands (ORGANISER_IDS), in a private chat with the bot.

# /stats: who uses the desk.
organiser-stats-title = 📊 <b>Delegate Desk အသုံးပြုမှု</b>
# Variables: $count (number) how many delegates have used the desk.
organiser-stats-total =
    { $count ->
        [0] Delegate Desk ကို အသုံးပြုသည့် ကိုယ်စားလှယ် မရှိသေးပါ။
       *[other] ကိုယ်စားလှယ် { $count } ဦး Delegate Desk ကို အသုံးပြုပြီး ဖြစ်ပါသည်။
    }
organiser-stats-by-language = <b>ဘာသာစကားအလိုက်</b>
# Delegates who have not chosen a language: the desk follows their Telegram app's.
organiser-stats-no-choice = မရွေးချယ်ရသေး (Telegram အက်ပ်၏ ဘာသာစကားအတိုင်း)
# One line per language. Variables: $language (text) the language's name, $count (number) how many delegates.
organiser-stats-line = • { $language } - { $count }

## Invitations (/invite, /invites).

organiser-invite-ask-delegation = 🎟️ <b>ဖိတ်ကြားချက် အသစ်။</b> မည်သည့် <b>ကိုယ်စားလှယ်အဖွဲ့</b>အတွက် ဖြစ်ပါသနည်း (မြို့၊ နိုင်ငံ သို့မဟုတ် အဖွဲ့အစည်း)။ ရပ်လိုပါက /cancel ကို ပေးပို့ပါ။
organiser-invite-ask-people = <b>ဦးရေ</b> မည်မျှအတွက် ဖြစ်ပါသနည်း။
organiser-invite-ask-expiry = မည်သည့်နေ့အထိ သက်တမ်းရှိပါသနည်း။ 2025-01-14 ကဲ့သို့ ရက်စွဲကို ရိုက်ထည့်ပါ သို့မဟုတ် “သက်တမ်း အကန့်အသတ်မရှိ” ကို နှိပ်ပါ။
button-invite-no-expiry = သက်တမ်း အကန့်အသတ်မရှိ
# Variables: $max (number) the largest number accepted.
organiser-invite-invalid-people = 1 မှ { $max } အထိ ဂဏန်းတစ်ခုကို ရိုက်ထည့်ပါ။
organiser-invite-invalid-date = ယနေ့ သို့မဟုတ် နောက်ရက်များမှ ရက်စွဲကို 2025-01-14 ပုံစံဖြင့် ရိုက်ထည့်ပါ။
# Variables: $max (number) the longest name accepted, in characters.
organiser-invite-invalid-name = ကိုယ်စားလှယ်အဖွဲ့၏ အမည်ကို စာလုံး { $max } လုံးအထိ ရိုက်ထည့်ပါ။
organiser-invite-cancelled = ဖိတ်ကြားချက် မဖန်တီးခဲ့ပါ။
# Variables: $delegation (text) the delegation; $people (number) people it covers; $link (text) the deep link; $code (text) the code to type.
organiser-invite-created =
    ✅ <b>{ $delegation }</b> အတွက် ဖိတ်ကြားချက်၊ { $people ->
       *[other] { $people } ဦး
    }။
    ဤလင့်ခ် (သို့မဟုတ် အောက်ပါ QR ကုဒ်) ကို ကိုယ်စားလှယ်အဖွဲ့ထံ ပေးပို့ပါ -
    { $link }

    လင့်ခ်အစား ရိုက်ထည့်နိုင်သော ကုဒ် - <code>{ $code }</code>
# Variables: $date (text) the last valid day, long form.
organiser-invite-valid-until = { $date }အထိ (ထိုနေ့ အပါအဝင်) သက်တမ်းရှိပါသည်။
# Variables: $delegation (text) the delegation.
organiser-invite-qr-caption = { $delegation } အတွက် ဖိတ်ကြားချက် - Delegate Desk ကို ဖွင့်ရန် စကင်ဖတ်ပါ။
organiser-invites-title = 🎟️ <b>ဖိတ်ကြားချက်များ</b>
organiser-invites-none = ဖိတ်ကြားချက် မရှိသေးပါ။ /invite ဖြင့် ဖန်တီးနိုင်ပါသည်။
# Variables: $delegation (text); $used (number) people registered with it; $people (number) people it covers; $state (text) one of the states below; $code (text) its code.
organiser-invites-line = <b>{ $delegation }</b> - { $people } ဦးအနက် { $used } ဦး · { $state } · <code>{ $code }</code>
organiser-invites-state-active = အသုံးပြုနိုင်
organiser-invites-state-used-up = အရေအတွက် ပြည့်ပြီ
organiser-invites-state-expired = သက်တမ်းကုန်ပြီ
organiser-invites-state-revoked = ရုပ်သိမ်းပြီး
# Variables: $delegation (text).
button-revoke = ✖️ ရုပ်သိမ်းရန် - { $delegation }
# Variables: $delegation (text).
organiser-invite-revoked = <b>{ $delegation }</b> အတွက် ဖိတ်ကြားချက်ကို ရုပ်သိမ်းပြီးပါပြီ။ ၎င်းဖြင့် စာရင်းဝင်ပြီးသူများ၏ နေရာများမှာ ဆက်လက် ရှိနေပါမည်။

## Registrations (/registrations, /export).

organiser-registrations-title = 📋 <b>စာရင်းသွင်းမှုများ</b>
# Variables: $title (text) session title; $confirmed, $capacity, $waitlist, $checked (numbers).
organiser-registrations-line =
    <b>{ $title }</b>
    အတည်ပြုပြီး { $confirmed }/{ $capacity } · စောင့်ဆိုင်းစာရင်း { $waitlist } · တက်ရောက်ပြီး { $checked }
# Variables: $over (number) confirmed people beyond the capacity.
organiser-registrations-over = ⚠️ နေရာ အရေအတွက်ထက် { $over } ဦး ပိုနေပါသည်
organiser-registrations-none = စာရင်းသွင်းရန် လိုအပ်သော အစီအစဉ် မရှိပါ။
# Variables: $count (number) rows in the file.
organiser-export-caption =
    📄 { $count ->
        [0] စာရင်းသွင်းမှု မရှိသေးပါ။
       *[other] စာရင်းသွင်းမှု { $count } ခု။
    } မည်သည့် အက္ခရာဖြင့် ရေးထားသော အမည်မဆို Excel တွင် မှန်ကန်စွာ ပေါ်ပါသည်။

## Reloading the event file (/reload).

organiser-reload-ok = ✅ ပွဲ အချက်အလက်ဖိုင်ကို ပြန်လည် တင်ပြီးပါပြီ။
# Variables: $count (number) people moved from waitlists to confirmed seats.
organiser-reload-promoted =
    { $count ->
       *[other] စောင့်ဆိုင်းစာရင်းမှ { $count } ဦးကို နေရာ ပေးအပ်ပြီး အသိပေးပြီးပါပြီ။
    }
# Variables: $title (text) session title; $over (number) confirmed people beyond the new capacity.
organiser-reload-over = ⚠️ <b>{ $title }</b> - အတည်ပြုပြီးသူ { $over } ဦးသည် နေရာ အရေအတွက် အသစ်ထက် ပိုနေပါသည်။ မည်သူ့ကိုမျှ ဖယ်ရှားခြင်း မပြုပါ။
# Variables: $count (number) problems found.
organiser-reload-failed =
    ❌ { $count ->
       *[other] ပွဲ အချက်အလက်ဖိုင်တွင် ပြဿနာ { $count } ခု ရှိပါသည်
    }။ လက်ရှိ အကြောင်းအရာကိုသာ ဆက်လက် အသုံးပြုနေပါသည် -
# Before revoking. Variables: $delegation (text); $used (number) people already registered with it.
organiser-invite-revoke-confirm =
    <b>{ $delegation }</b> အတွက် ဖိတ်ကြားချက်ကို ရုပ်သိမ်းလိုပါသလား။ ရုပ်သိမ်းပြီးပါက ၎င်း၏ လင့်ခ်နှင့် ကုဒ်ကို အသုံးပြု၍ ရတော့မည် မဟုတ်ပါ။ { $used ->
        [0] အသုံးပြုသူ မရှိသေးပါ။
       *[other] ၎င်းဖြင့် စာရင်းဝင်ပြီးသူ { $used } ဦး၏ နေရာမှာ ဆက်လက် ရှိနေပါမည်။
    }
button-revoke-confirm = ✖️ ဟုတ်ကဲ့၊ ရုပ်သိမ်းပါ
