# Announcements: organisers compose and send them; delegates read them and
# acknowledge; sessions changed on site announce themselves.
# Burmese: announcement = ကြေညာချက်; version = ဘာသာပြန်မူ, original = မူရင်း;
# acknowledge = သိရှိကြောင်း အတည်ပြု; session = အစီအစဉ်; "you" = လူကြီးမင်း.

## Composing (/announce, organisers only).

announce-prompt = 📣 <b>ကြေညာချက် အသစ်။</b> ကြေညာချက်ကို သာမန် စာတစ်စောင်အဖြစ် ပေးပို့ပါ - ပုံစံချထားသော စာသား၊ ဓာတ်ပုံ၊ ဖိုင် သို့မဟုတ် စာတန်းပါ တည်နေရာ။ ကိုယ်စားလှယ်များသည် ထိုစာကို ပေးပို့သည့်အတိုင်း အတိအကျ လက်ခံရရှိပါမည်။
announce-use-buttons = အောက်ပါ ခလုတ်များကို အသုံးပြုပါ (သို့မဟုတ် /cancel)။
announce-discarded = ကြေညာချက်ကို ပယ်ဖျက်လိုက်ပါပြီ။ မည်သည့်စာမျှ ပေးပို့ခြင်း မပြုခဲ့ပါ။
# Variables: $language (text) the language's name, in itself.
announce-version-prompt = <b>{ $language }</b> ဘာသာပြန်မူကို ပေးပို့ပါ။ Delegate Desk ကို { $language } ဖြင့် ဖတ်ရှုသော ကိုယ်စားလှယ်များသည် မူရင်းအစား ထိုဘာသာပြန်မူကို လက်ခံရရှိပါမည်။
announce-version-title = မည်သည့် ဘာသာစကားအတွက် ဘာသာပြန်မူ ဖြစ်ပါသနည်း။ (✅ - ဘာသာပြန်မူ ရှိပြီး ဖြစ်သည်။ ထပ်မံ ပေးပို့ပါက ယခင်မူကို အစားထိုးပါမည်။)
announce-versions-none = မရှိ - အားလုံး မူရင်းကို လက်ခံရရှိပါမည်
# The composer. Variables: $summary (text) the start of the announcement; $audience (text) who it goes to; $count (number) how many people; $languages (text) how many read each language; $versions (text) the languages with their own version; $ack (text) "yes" or "no".
announce-composer =
    📣 <b>ကြေညာချက်</b>
    <i>{ $summary }</i>

    👥 <b>လက်ခံသူများ -</b> { $audience } ({ $count ->
       *[other] { $count } ဦး
    })
    { $languages }
    🌐 <b>ဘာသာပြန်မူများ -</b> { $versions }
    ✅ <b>သိရှိကြောင်း အတည်ပြုချက် -</b> { $ack ->
        [yes] လိုအပ်သည်
       *[no] မလိုအပ်ပါ
    }
announce-audience-title = 👥 မည်သူများထံ ပေးပို့လိုပါသနည်း။
announce-audience-pick = တစ်ခုကို ရွေးချယ်ပါ -
announce-audience-empty = ရွေးချယ်စရာ မရှိသေးပါ။
# Audiences named in the composer. Variables: $session (text) the session's title.
announce-audience-registrants = { $session } သို့ စာရင်းသွင်းထားသူများ
announce-audience-waitlist = { $session } အတွက် စောင့်ဆိုင်းစာရင်း
announce-audience-session = { $session } တွင် နေရာရရှိထားသူ အားလုံး
# Variables: $id (number) the announcement's number.
announce-audience-unacknowledged = ကြေညာချက် #{ $id } ကို သိရှိကြောင်း အတည်မပြုရသေးသူများ
# Above each copy in the preview. Variables: $language (text); $count (number) readers of that language; $version (text) "own" or "original".
announce-preview-header =
    👁 <b>{ $language }</b> · { $count ->
       *[other] { $count } ဦး
    } · { $version ->
        [own] ကိုယ်ပိုင် ဘာသာပြန်မူ
       *[original] မူရင်း
    }
announce-preview-nobody = 👁 ဤလက်ခံသူ အုပ်စုတွင် မည်သူမျှ မရှိသေးပါ။

button-announce-audience = 👥 လက်ခံသူများ
button-announce-version = 🌐 ဘာသာပြန်မူ ထည့်ရန်
button-announce-ack-on = ✅ သိရှိကြောင်း အတည်ပြုချက် - ဖွင့်
button-announce-ack-off = ☐ သိရှိကြောင်း အတည်ပြုချက် - ပိတ်
button-announce-preview = 👁 အစမ်းကြည့်ရန်
# Variables: $count (number) how many people.
button-announce-send = 📤 { $count } ဦးထံ ပေးပို့ရန်
button-announce-discard = ✖ ပယ်ဖျက်ရန်
button-announce-back = ⬅ ပြန်သွားရန်
button-audience-everyone = အားလုံး
button-audience-registrants = အစီအစဉ်သို့ စာရင်းသွင်းထားသူများ
button-audience-waitlist = အစီအစဉ်၏ စောင့်ဆိုင်းစာရင်း
button-audience-language = ဘာသာစကား တစ်ခု
button-audience-country = နိုင်ငံ တစ်ခု
button-audience-delegation = ကိုယ်စားလှယ်အဖွဲ့ တစ်ဖွဲ့
button-audience-volunteers = စေတနာ့ဝန်ထမ်းများ
button-audience-organisers = ပွဲစီစဉ်သူများ

## Delivery, progress and reports.

# Variables (all three): $id (number); $summary (text); $total, $sent, $failed, $unreachable, $remaining, $stopped (numbers); $rate (text) messages a second; $left (text) time left, m:ss.
announce-progress =
    📤 <b>ကြေညာချက် #{ $id }</b> ကို ပေးပို့နေပါသည်
    <i>{ $summary }</i>
    ပို့ပြီး - { $total } ဦးအနက် { $sent } ဦး · မအောင်မြင် { $failed } · ဆက်သွယ်၍ မရ { $unreachable } · ကျန် { $remaining }
    တစ်စက္ကန့်လျှင် စာ { $rate } စောင် · ကျန်ချိန် ခန့်မှန်း { $left }
announce-report-done =
    ✅ <b>ကြေညာချက် #{ $id }</b> ကို ပေးပို့ပြီးပါပြီ
    <i>{ $summary }</i>
    ပို့ပြီး - { $total } ဦးအနက် { $sent } ဦး · မအောင်မြင် { $failed } · ဆက်သွယ်၍ မရ (ဘော့ကို ပိတ်ဆို့ထား) { $unreachable }
announce-report-stopped =
    ⏹ <b>ကြေညာချက် #{ $id }</b> ကို ရပ်တန့်လိုက်ပါပြီ
    <i>{ $summary }</i>
    ပို့ပြီး - { $total } ဦးအနက် { $sent } ဦး · မပို့ခဲ့ { $stopped } · မအောင်မြင် { $failed } · ဆက်သွယ်၍ မရ { $unreachable }
# Variables: $acked (number) acknowledgements; $sent (number) delivered.
announce-acks = ✅ { $sent } ဦးအနက် { $acked } ဦး သိရှိကြောင်း အတည်ပြုပြီး
button-announce-stop = ⏹ ရပ်ရန်
# Variables: $count (number) who have not acknowledged.
button-announce-remind = 🔔 အတည်မပြုရသေးသူ { $count } ဦးကို သတိပေးရန်
button-announcements = 📋 ကြေညာချက်များ
announce-list-title = 📋 <b>မကြာသေးမီက ကြေညာချက်များ</b>
announce-list-empty = ကြေညာချက် မပေးပို့ရသေးပါ။ ရေးသားရန် /announce ကို ပေးပို့ပါ။
# Variables: $id (number); $summary (text); $state (text) draft, sending, done or stopped; $sent, $total, $failed, $unreachable, $acked (numbers); $ack (text) "yes" or "no".
announce-list-item =
    <b>#{ $id }</b> { $state ->
        [sending] 📤 ပေးပို့နေဆဲ
        [stopped] ⏹ ရပ်တန့်ပြီး
        [draft] 📝 မူကြမ်း
       *[done] ✅ ပေးပို့ပြီး
    } · <i>{ $summary }</i>
    ပို့ပြီး - { $total } ဦးအနက် { $sent } ဦး · မအောင်မြင် { $failed } · ဆက်သွယ်၍ မရ { $unreachable }{ $ack ->
        [yes] { " " }· အတည်ပြုပြီး { $acked }
       *[no] { "" }
    }

## Delegates.

button-announce-got-it = ✅ သိရှိပါပြီ
announce-toast-thanks = ကျေးဇူးတင်ပါသည်၊ မှတ်သားထားပါပြီ။
button-announcements-latest = 📣 ကြေညာချက်များ
latest-title = 📣 <b>နောက်ဆုံး ကြေညာချက်များ</b>
latest-empty = 📣 ကြေညာချက် မရှိသေးပါ။ ပွဲစီစဉ်သူများက ကြေညာချက် ပေးပို့သည်နှင့် ဤနေရာတွင် လက်ခံရရှိပါမည်။

## Schedule changes: the notices delegates receive.

# Variables: $session (text) the session's title; $date (text) its day.
notice-session-cancelled =
    ❌ <b>ဖျက်သိမ်းလိုက်ပါပြီ -</b> { $session }
    { $date }
notice-session-changed =
    ⚠️ <b>ပွဲအစီအစဉ် ပြောင်းလဲမှု -</b> { $session }
    { $date }
# Variables: $date (text) the new day.
notice-session-day = 📅 ယခု { $date }တွင် ကျင်းပပါမည်
# Variables: $from (text) the old start; $to (text) the new start; $end (text) the new end.
notice-session-time = 🕒 { $from } → <b>{ $to }</b> ({ $end } အထိ)
# Variables: $from (text) the old place; $to (text) the new place.
notice-session-place = 📍 { $from } → <b>{ $to }</b>
# Variables: $venue (text) the venue; $address (text) its address now.
notice-venue-changed =
    📍 <b>ကျင်းပရာနေရာ ပြင်ဆင်ချက် -</b> { $venue }
    လိပ်စာ သို့မဟုတ် မြေပုံပေါ်ရှိ တည်နေရာ ပြောင်းလဲသွားပါသည် - { $address }
# Variables: $shuttle (text) the shuttle; $from (text) the old departures; $to (text) the new ones.
notice-shuttle-changed =
    🚌 <b>ပို့ဆောင်ရေးကား ထွက်ခွာချိန် ပြောင်းလဲမှု -</b> { $shuttle }
    ယခင် - { $from }
    ယခု - <b>{ $to }</b>
button-notice-session = 📋 အစီအစဉ် အသေးစိတ်

## Changing a session on site (organisers, from the session's screen).

button-change-session = ✏️ ဤအစီအစဉ်ကို ပြင်ဆင်ရန် (ပွဲစီစဉ်သူများ)
# Variables: $session (text) the session's title.
change-title = ✏️ <b>ပြင်ဆင်ရန် -</b> { $session }
# Variables: $minutes (number).
button-change-delay = +{ $minutes } မိနစ်
button-change-move = 📍 အခန်း သို့မဟုတ် ကျင်းပရာနေရာ ပြောင်းရန်
button-change-cancel = ❌ အစီအစဉ်ကို ဖျက်သိမ်းရန်
change-move-venue = 📍 မည်သည့် ကျင်းပရာနေရာသို့ ပြောင်းလိုပါသနည်း။
change-move-room = မည်သည့် အခန်း ဖြစ်ပါသနည်း။
button-change-no-room = အခန်း သတ်မှတ်ချက် မရှိ
# Variables: $notice (text) the notice as delegates will read it; $count (number) how many will receive it.
change-preview =
    👁 <b>ကိုယ်စားလှယ်များ လက်ခံရရှိမည့် စာ</b> - ၎င်းတို့၏ ဘာသာစကား အသီးသီးဖြင့် ({ $count ->
       *[other] { $count } ဦး
    }) -

    { $notice }
# Variables: $count (number) how many will be told.
button-change-confirm = ✅ အတည်ပြုပြီး { $count } ဦးကို အသိပေးရန်
change-impossible = ဤအစီအစဉ်အတွက် ဤပြောင်းလဲမှုကို ပြုလုပ်၍ မရပါ (ညသန်းခေါင် ကျော်သည်အထိ ရွှေ့ဆိုင်းခြင်း၊ ဖျက်သိမ်းပြီးသော အစီအစဉ် သို့မဟုတ် ပြောင်းလဲမှု လုံးဝ မရှိခြင်း)။
change-reload-title = 🔄 <b>ပွဲ အချက်အလက်ဖိုင် အသစ်ကြောင့် ကိုယ်စားလှယ်များ၏ ပွဲအစီအစဉ် ပြောင်းလဲသွားပါသည်။</b> ၎င်းတို့သည် အောက်ပါ အသိပေးချက်များကို မိမိတို့ ဘာသာစကား အသီးသီးဖြင့် လက်ခံရရှိပါမည် -
# Variables: $count (number) how many messages.
button-change-notify = 📣 သက်ဆိုင်သူများကို အသိပေးရန် ({ $count })
# Variables: $count (number) how many messages.
change-notified = 📣 အသိပေးချက်များကို ပေးပို့နေပါပြီ (စာ { $count } စောင်)။ ပေးပို့မှု အခြေအနေကို /announcements တွင် ကြည့်ရှုနိုင်ပါသည်။
command-announce = ပွဲစီစဉ်သူများ - ကြေညာချက် ပေးပို့ရန်
command-announcements = ပွဲစီစဉ်သူများ - မကြာသေးမီက ကြေညာချက်များ
