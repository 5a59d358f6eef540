# Registration for the sessions that need it (the parallel dialogues):
# invitations, the delegate's profile, seats, waitlists and "My agenda".
# "Register" here means signing up for a session (zh: 报名), not the
# arrival desk (zh: 注册报到).
# Burmese: "register for a session" = စာရင်းသွင်း (the arrival desk is မှတ်ပုံတင်ခြင်း);
# waitlist = စောင့်ဆိုင်းစာရင်း; check-in code = ဝင်ခွင့်ကုဒ်; "you" = လူကြီးမင်း.

menu-dialogues = 📝 ဆွေးနွေးပွဲများသို့ စာရင်းသွင်းရန်
menu-my = 🗓️ ကိုယ်ပိုင် အစီအစဉ်

## Invitations: a delegate opens their delegation's link or types its code.

# Variables: $delegation (text) the delegation's name (a city, country or organisation), $steps (number) how many questions the profile has.
invite-welcome =
    ✅ ကြိုဆိုပါသည်။ လူကြီးမင်းကို <b>{ $delegation }</b> ကိုယ်စားလှယ်အဖွဲ့ဝင်အဖြစ် ဖိတ်ကြားထားပါသည်။
    အစီအစဉ်များသို့ စာရင်းသွင်းရန် ကိုယ်စားလှယ်ကတ်နှင့် ပွဲစီစဉ်သူများအတွက် မေးခွန်းတိုများ { $steps } ခုကို ဖြေဆိုပေးပါ။ /cancel ဖြင့် အချိန်မရွေး ရပ်နိုင်ပါသည်။
# Variables: $delegation (text) the delegation's name.
invite-already-member = လူကြီးမင်းသည် <b>{ $delegation }</b> ကိုယ်စားလှယ်အဖွဲ့တွင် စာရင်းဝင်ပြီး ဖြစ်ပါသည်။
# Someone who belongs to one delegation opens another's invitation.
# Variables: $delegation (text) the delegation they belong to.
invite-other-delegation = လူကြီးမင်းသည် <b>{ $delegation }</b> ကိုယ်စားလှယ်အဖွဲ့တွင် စာရင်းဝင်ပြီး ဖြစ်သောကြောင့် ဤဖိတ်ကြားချက်ကို အသုံးမပြုခဲ့ပါ။ မှားယွင်းနေပါက အကူအညီပေးရေး ကောင်တာသို့ ဆက်သွယ်ပါ။
invite-not-found = ❌ ဤဖိတ်ကြားချက် ကုဒ် မမှန်ကန်ပါ။ ကုဒ်ကို စစ်ဆေးပြီး ထပ်မံ ကြိုးစားပါ သို့မဟုတ် ကိုယ်စားလှယ်အဖွဲ့၏ ညှိနှိုင်းရေးမှူးထံမှ လင့်ခ်ကို တောင်းခံပါ။
# Variables: $people (number) how many people the invitation covers.
invite-used-up =
    ❌ ဤဖိတ်ကြားချက်ကို ခွင့်ပြုထားသည့် အရေအတွက် ({ $people ->
       *[other] { $people } ဦး
    }) ပြည့်အောင် အသုံးပြုပြီး ဖြစ်ပါသည်။ ကိုယ်စားလှယ်အဖွဲ့၏ ညှိနှိုင်းရေးမှူးထံ ဆက်သွယ်ပါ။
# Variables: $date (text) the day it expired, long form.
invite-expired = ❌ ဤဖိတ်ကြားချက်သည် { $date }တွင် သက်တမ်းကုန်ဆုံးခဲ့ပါသည်။ ကိုယ်စားလှယ်အဖွဲ့၏ ညှိနှိုင်းရေးမှူးထံမှ ဖိတ်ကြားချက် အသစ် တောင်းခံပါ။
invite-revoked = ❌ ဤဖိတ်ကြားချက်ကို ပွဲစီစဉ်သူများက ရုပ်သိမ်းလိုက်ပါပြီ။ ကိုယ်စားလှယ်အဖွဲ့၏ ညှိနှိုင်းရေးမှူးထံ ဆက်သွယ်ပါ။
# After five wrong codes in ten minutes. Variables: $minutes (number) how long to wait.
invite-slow-down =
    ⏳ မှားယွင်းသော ကုဒ်များကို အကြိမ်များစွာ ရိုက်ထည့်ထားပါသည်။ ထပ်မံ မကြိုးစားမီ { $minutes ->
       *[other] { $minutes } မိနစ်
    } စောင့်ပေးပါ။
# Someone without an invitation tries to register.
invite-needed = အစီအစဉ်များသို့ စာရင်းသွင်းခြင်းကို ဖိတ်ကြားချက်ဖြင့်သာ ဆောင်ရွက်နိုင်ပါသည်။ ကိုယ်စားလှယ်အဖွဲ့၏ ညှိနှိုင်းရေးမှူး ပေးပို့ထားသော လင့်ခ်ကို ဖွင့်ပါ သို့မဟုတ် ဖိတ်ကြားချက် ကုဒ်ကို ဤနေရာတွင် ရိုက်ထည့်ပါ။

## The profile: a short conversation after the first use of an invitation.

# Variables: $step (number) this question's number, $steps (number) how many there are.
profile-step = မေးခွန်း { $step } / { $steps }
profile-ask-full-name = ကိုယ်စားလှယ်ကတ်တွင် ဖော်ပြစေလိုသည့်အတိုင်း <b>အမည်အပြည့်အစုံ</b>ကို ရိုက်ထည့်ပေးပါ။
profile-ask-title = <b>ရာထူး သို့မဟုတ် တာဝန်</b>ကို ဖော်ပြပေးပါ။ ဥပမာ - မြို့တော်ဝန်၊ ဒုတိယ မြို့တော်ဝန်၊ နိုင်ငံခြားရေးရာ ညွှန်ကြားရေးမှူး။
profile-ask-city = မည်သည့် <b>မြို့</b>ကို ကိုယ်စားပြုပါသနည်း။
profile-ask-country = မည်သည့် <b>နိုင်ငံ</b>မှ ဖြစ်ပါသနည်း။ အောက်တွင် ရွေးချယ်ပါ သို့မဟုတ် အခြားနိုင်ငံ၏ အမည်ကို ရိုက်ထည့်ပါ။
profile-ask-organisation = မည်သည့် <b>အဖွဲ့အစည်း</b>တွင် တာဝန်ထမ်းဆောင်ပါသနည်း။ ဥပမာ - ရန်ကုန်မြို့တော် စည်ပင်သာယာရေး ကော်မတီ။
profile-ask-diet = <b>အစားအသောက်ဆိုင်ရာ လိုအပ်ချက်</b> တစ်စုံတစ်ရာ ရှိပါသလား။
profile-ask-diet-other = အစားအသောက်ဆိုင်ရာ လိုအပ်ချက်ကို ဖော်ပြပေးပါ (ဥပမာ - ဓာတ်မတည့်သော အစားအစာ)။
profile-ask-interpretation = အစီအစဉ်များ ကျင်းပစဉ် မည်သည့် <b>ဘာသာစကားဖြင့် စကားပြန်</b> လိုအပ်ပါသနည်း။
profile-cancel-hint = ရပ်လိုပါက /cancel ကို ပေးပို့ပါ။

profile-invalid-empty = အဖြေကို ရိုက်ထည့်ပေးပါ။
# Variables: $max (number) the longest answer accepted, in characters.
profile-invalid-too-long = ဤအဖြေသည် ရှည်လွန်းနေပါသည်။ စာလုံး { $max } လုံးအထိသာ ရိုက်ထည့်ပေးပါ။
profile-invalid-characters = ဤအဖြေတွင် ကိုယ်စားလှယ်ကတ်ပေါ်တွင် ပုံနှိပ်၍ မရနိုင်သော စာလုံးများ ပါဝင်နေပါသည်။ ထပ်မံ ရိုက်ထည့်ပေးပါ။
profile-invalid-not-text = စာသားဖြင့် ဖြေဆိုပေးပါ။
profile-invalid-choose = အောက်ပါ ခလုတ်များထဲမှ တစ်ခုကို ရွေးချယ်ပါ။

profile-cancelled = ကိုယ်ရေးအချက်အလက်ကို မသိမ်းဆည်းရသေးပါ။ /profile ကို ပေးပို့၍ အချိန်မရွေး ဆက်လက် ဖြည့်သွင်းနိုင်ပါသည်။
profile-saved = ✅ ကျေးဇူးတင်ပါသည်။ ကိုယ်ရေးအချက်အလက်ကို သိမ်းဆည်းပြီးပါပြီ။ ယခု ပြိုင်တူ ဆွေးနွေးပွဲများသို့ စာရင်းသွင်းနိုင်ပါပြီ။
profile-updated = ✅ ကိုယ်ရေးအချက်အလက်ကို ပြင်ဆင်ပြီးပါပြီ။

profile-title = 👤 <b>ကိုယ်ရေးအချက်အလက်</b>
# Variables: $delegation (text) the delegation's name.
profile-delegation = ကိုယ်စားလှယ်အဖွဲ့ - <b>{ $delegation }</b>
# One line of the profile. Variables: $field (text) what it is, such as "Name"; $value (text) the answer.
profile-line = { $field } - <b>{ $value }</b>
profile-edit-hint = အဖြေတစ်ခုကို ပြင်ဆင်လိုပါက အောက်တွင် ၎င်းကို နှိပ်ပါ။
# Someone who has not used an invitation asks for their profile.
profile-none = ကိုယ်ရေးအချက်အလက် မရှိသေးပါ။ စာရင်းသွင်းခြင်းကို ဖိတ်ကြားချက်ဖြင့်သာ ဆောင်ရွက်နိုင်ပါသည် - ကိုယ်စားလှယ်အဖွဲ့၏ ညှိနှိုင်းရေးမှူး ပေးပို့ထားသော လင့်ခ်ကို ဖွင့်ပါ သို့မဟုတ် ဖိတ်ကြားချက် ကုဒ်ကို ဤနေရာတွင် ရိုက်ထည့်ပါ။
profile-incomplete = ကိုယ်ရေးအချက်အလက် မပြည့်စုံသေးပါ။ ဆက်လက် ဖြည့်သွင်းကြပါစို့။

# The profile's fields: shown in the profile and on buttons (plain text).
profile-field-full-name = အမည်
profile-field-title = ရာထူး
profile-field-city = မြို့
profile-field-country = နိုင်ငံ
profile-field-organisation = အဖွဲ့အစည်း
profile-field-diet = အစားအသောက် လိုအပ်ချက်
profile-field-interpretation = စကားပြန်
profile-interpretation-none = စကားပြန် မလိုအပ်ပါ

# Countries offered as buttons (plain text). Others are typed.
country-bn = ဘရူနိုင်း ဒါရုဆလမ်
country-kh = ကမ္ဘောဒီးယား
country-id = အင်ဒိုနီးရှား
country-la = လာအို
country-my = မလေးရှား
country-mm = မြန်မာ
country-ph = ဖိလစ်ပိုင်
country-sg = စင်ကာပူ
country-th = ထိုင်း
country-vn = ဗီယက်နမ်
country-tl = တီမော-လက်စ်တေ
country-cn = တရုတ်

# Dietary requirements offered as buttons (plain text).
diet-none = အထူး လိုအပ်ချက် မရှိပါ
diet-halal = ဟလာလ်
diet-vegetarian = သက်သတ်လွတ်
diet-vegan = ဗီဂန် (နို့၊ ဥ မပါ)
diet-other = အခြား (ဖော်ပြပါမည်)

## The sessions open for registration (/dialogues).

dialogues-title = 📝 <b>ဆွေးနွေးပွဲများသို့ စာရင်းသွင်းခြင်း</b>
dialogues-intro = နေရာ အရေအတွက် ကန့်သတ်ထားပါသည်။ အသေးစိတ် ကြည့်ရှုရန်နှင့် စာရင်းသွင်းရန် အစီအစဉ်တစ်ခုကို ရွေးချယ်ပါ။
dialogues-none = ယခု စာရင်းသွင်းနိုင်သော အစီအစဉ် မရှိပါ။
# Seats of a session. Variables: $left (number) seats still free, $capacity (number) all seats.
dialogues-seats =
    { $left ->
        [0] 🎟️ ပြည့်ပါပြီ (နေရာ { $capacity } ခု) - စောင့်ဆိုင်းစာရင်း ဖွင့်ထားပါသည်
       *[other] 🎟️ နေရာ { $capacity } ခုအနက် { $left } ခု ကျန်ပါသည်
    }
dialogues-closed = 🔒 စာရင်းသွင်းခြင်း ပိတ်ပြီး
# Variables: $date (text) the day, long form; $time (text) such as 20:00.
dialogues-closes = စာရင်းသွင်းခြင်းကို { $date }၊ { $time } တွင် ပိတ်ပါမည်။
dialogues-you-confirmed = ✅ စာရင်းသွင်းပြီး
# Variables: $position (number) the delegate's place on the waitlist.
dialogues-you-waitlisted = ⏳ စောင့်ဆိုင်းစာရင်းတွင် အမှတ်စဉ် { $position }

## Registering, from a session's screen.

button-register = ✅ စာရင်းသွင်းရန်
button-join-waitlist = ⏳ စောင့်ဆိုင်းစာရင်းသို့ ဝင်ရန်
button-cancel-registration = ❌ စာရင်းသွင်းမှု ပယ်ဖျက်ရန်
button-leave-waitlist = ❌ စောင့်ဆိုင်းစာရင်းမှ ထွက်ရန်
button-check-in-code = 🎫 ဝင်ခွင့်ကုဒ်
button-dialogues = 📝 ဆွေးနွေးပွဲ အားလုံး
# Variables: $title (text) the session to switch to.
button-switch = 🔁 { $title } သို့ ပြောင်းရန်

# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-confirmed =
    ✅ <b>စာရင်းသွင်းပြီးပါပြီ။</b>

    <b>{ $title }</b>
    { $when }
    { $venue }

    ဝင်ခွင့်ကုဒ်ကို အောက်တွင် ပေးပို့ပါမည်။ ဝင်ပေါက်တွင် ပြသပေးပါ။
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-waitlisted = ⏳ <b>ဤအစီအစဉ်တွင် နေရာပြည့်သွားပါပြီ။</b> လူကြီးမင်းသည် <b>{ $title }</b> အတွက် စောင့်ဆိုင်းစာရင်းတွင် အမှတ်စဉ် { $position } ဖြစ်ပါသည်။ နေရာလွတ်ပါက လူကြီးမင်းထံ အလိုအလျောက် ပေးအပ်မည်ဖြစ်ပြီး ဤချတ်တွင် အသိပေးပါမည်။
# Variables: $title (text) session title.
register-already-confirmed = <b>{ $title }</b> သို့ စာရင်းသွင်းပြီး ဖြစ်ပါသည်။
# Variables: $title (text) session title; $position (number) place on the waitlist.
register-already-waitlisted = <b>{ $title }</b> အတွက် စောင့်ဆိုင်းစာရင်းတွင် ရှိပြီး ဖြစ်ပါသည် - အမှတ်စဉ် { $position }။
# The session overlaps one the delegate has a place in.
# Variables: $title (text) the session they tapped; $other (text) the one they have; $when (text) its day and time.
register-clash = ⚠️ <b>{ $title }</b> သည် လူကြီးမင်း စာရင်းသွင်းထားပြီးဖြစ်သော <b>{ $other }</b> ({ $when }) နှင့် အချိန်တူ ကျင်းပပါသည်။ ပြောင်းနိုင်ပါသည်၊ သို့ရာတွင် <b>{ $other }</b> ရှိ လူကြီးမင်း၏ နေရာကို စွန့်လွှတ်ရပါမည်။
# Variables: $title (text) session title; $date (text) the day, long form; $time (text) such as 20:00.
register-closed = 🔒 <b>{ $title }</b> အတွက် စာရင်းသွင်းခြင်းကို { $date }၊ { $time } တွင် ပိတ်ခဲ့ပါသည်။
# Variables: $title (text) session title.
register-cancelled = <b>{ $title }</b> အတွက် စာရင်းသွင်းမှုကို ပယ်ဖျက်ပြီးပါပြီ။ လူကြီးမင်း၏ နေရာကို စောင့်ဆိုင်းစာရင်းရှိ နောက်တစ်ဦးထံ ပေးအပ်ပါမည်။
# Variables: $title (text) session title.
register-left-waitlist = <b>{ $title }</b> အတွက် စောင့်ဆိုင်းစာရင်းမှ ထွက်ပြီးပါပြီ။
# Variables: $title (text) session title.
register-not-registered = <b>{ $title }</b> တွင် စာရင်းသွင်းထားခြင်း မရှိပါ။
# Sent unprompted when a seat frees up.
# Variables: $title (text) session title; $when (text) its day and time; $venue (text) its venue and room.
register-promoted =
    🎉 <b>သတင်းကောင်း - လူကြီးမင်းအတွက် နေရာလွတ် ရရှိပါပြီ။</b>
    ယခု အောက်ပါ အစီအစဉ်သို့ စာရင်းသွင်းပြီး ဖြစ်ပါသည် -

    <b>{ $title }</b>
    { $when }
    { $venue }

    ဝင်ခွင့်ကုဒ်ကို အောက်တွင် ပေးပို့ပါမည်။ ဝင်ပေါက်တွင် ပြသပေးပါ။
# The caption of the check-in QR code (at most 1024 characters).
# Variables: $title (text) session title; $when (text) its day and time.
register-code-caption =
    🎫 <b>{ $title }</b> အတွက် ဝင်ခွင့်ကုဒ်
    { $when }
    ဝင်ပေါက်ရှိ စေတနာ့ဝန်ထမ်းများအား ပြသပေးပါ။

## My agenda (/my).

agenda-title = 🗓️ <b>ကိုယ်ပိုင် အစီအစဉ်</b>
agenda-empty = မည်သည့် အစီအစဉ်တွင်မျှ စာရင်းသွင်းထားခြင်း မရှိသေးပါ။
agenda-confirmed = ✅ စာရင်းသွင်းပြီး
# Variables: $position (number) place on the waitlist.
agenda-waitlisted = ⏳ စောင့်ဆိုင်းစာရင်း၊ အမှတ်စဉ် { $position }
agenda-plenary-note = အလုံးစုံ အစည်းအဝေးများကို ကိုယ်စားလှယ်အားလုံး စာရင်းသွင်းရန် မလိုဘဲ တက်ရောက်နိုင်ပါသည်။ ပွဲအစီအစဉ်တွင် ကြည့်ရှုပါ။
button-agenda-ics = 📅 ပြက္ခဒိန်သို့ ထည့်ရန်
button-profile = 👤 ကိုယ်ရေးအချက်အလက်
# A cancel button for one session of the agenda. Variables: $title (text) session title, shortened.
button-agenda-cancel = ❌ ပယ်ဖျက်ရန် - { $title }
# The caption of the calendar file. Variables: $event (text) event name; $tz (text) time zone such as Asia/Shanghai.
agenda-ics-caption = 📅 { $event }အတွက် လူကြီးမင်း၏ အစီအစဉ်။ ဖုန်းပြက္ခဒိန်သို့ ထည့်ရန် ဤဖိုင်ကို ဖွင့်ပါ။ အချိန်အားလုံးသည် ဒေသစံတော်ချိန် ({ $tz }) ဖြစ်ပါသည်။
# How a session on the waitlist is named in the calendar. Variables: $title (text) session title.
agenda-ics-waitlisted = { $title } (စောင့်ဆိုင်းစာရင်း)
