# Typed questions: the bot's answers, and questions passed to volunteers.
# Burmese: volunteer = စေတနာ့ဝန်ထမ်း; question no. = မေးခွန်း အမှတ်; "you" = လူကြီးမင်း.

## Words the bot looks for in a question (never shown). One way of saying
## it per line; write what delegates type, with and without accents where
## people often leave them out. Several words on a line must all be there.

ask-words-now =
    ယခု
    အခု
    လက်ရှိ
    လောလောဆယ်
    နောက်လာမယ့်
    နောက်လာမည့်
ask-words-today =
    ယနေ့
    ဒီနေ့
    ကနေ့
    ဒီည
ask-words-tomorrow =
    မနက်ဖြန်
    နက်ဖြန်
    မနက်ဖန်
    tmr
ask-words-day-after-tomorrow =
    သဘက်ခါ
    သန်ဘက်ခါ
ask-words-yesterday =
    မနေ့က
    မနေ့
ask-words-morning =
    မနက်
    နံနက်
    မနက်ပိုင်း
    မနက်ခင်း
ask-words-afternoon =
    နေ့လယ်
    နေ့လည်
    နေ့လယ်ပိုင်း
    မွန်းလွဲ
    နေ့ခင်း
ask-words-evening =
    ညနေ
    ညနေခင်း
    ညနေပိုင်း
    ည
    ဒီည
ask-words-programme =
    အစီအစဉ်
    အစီအစဥ်
    ပွဲအစီအစဉ်
    အချိန်ဇယား
    programme
    program
    schedule
    agenda
# Questions about the programme in general, without a day (never shown):
# the bot learns from them what a programme question sounds like.
ask-programme =
    ဘာတွေရှိလဲ
    ဘာတေရှိလဲဗျ
    တစ်ခုခုရှိလား
    ဘာပွဲတွေရှိလဲ
    ဘာလှုပ်ရှားမှုတွေရှိလဲ
    ဘာတွေဖြစ်နေလဲ
    ဘာတွေလုပ်ကြမှာလဲ
    ဘာတွေစီစဉ်ထားလဲ ခင်ဗျာ
    အစီအစဉ်ပြပေးပါ
    အစီအစဉ်တစ်ခုလုံး ကြည့်ချင်ပါတယ်
    ပွဲစဉ်စာရင်း
    ဘာဆွေးနွေးပွဲတွေရှိလဲ
    အစည်းအဝေးစာရင်း အကုန်
    ညီလာခံ အစီအစဉ် အပြည့်အစုံ
    schedule ပြပါအုံး
    agenda ဘာတွေလဲရှင့်
    event တွေ ဘာရှိလဲ
    plan က ဘလိုလဲ
# Other ways to write each weekday (1 = Monday); the full names come from
# date-weekday-N. One per line.
ask-words-weekday-1 =
    တနင်္လာ
    တနင်လာ
    taninlar
    ta nin lar
ask-words-weekday-2 =
    အင်္ဂါ
    အင်ဂါ
    inga
    ingar
ask-words-weekday-3 =
    ဗုဒ္ဓဟူး
    ဗုဒ်ဓဟူး
    boddahu
    bote da hu
ask-words-weekday-4 =
    ကြာသပတေး
    ကြာသာပတေး
    kyarthapaday
    kyar thar pa tay
ask-words-weekday-5 =
    သောကြာ
    thaukkya
    thout kyar
ask-words-weekday-6 =
    စနေ
    sanay
    sa nay
ask-words-weekday-7 =
    တနင်္ဂနွေ
    တနင်ဂနွေ
    taninganway
    ta nin ga nway

## Answers

# Above every answer, so that a wrong match is obvious.
# Variables: $topic (text) what the answer is about.
ask-about = ℹ️ <b>{ $topic } အကြောင်း -</b>
# Under an answer whose facts are still the sample ones.
ask-sample-note = <i>နမူနာ အဖြေ ဖြစ်ပါသည်။ အသေးစိတ်ကို ပွဲစီစဉ်သူများက အတည်ပြုပေးပါမည်။</i>
# The topic of a programme answer.
# Variables: $day (text) a date, such as "Thursday 16 January 2025".
ask-topic-day = { $day } ပွဲအစီအစဉ်
# Variables: $day (text) a date; $part (text) a part of the day.
ask-topic-day-part = { $day } { $part } ပွဲအစီအစဉ်
ask-part-morning = နံနက်ပိုင်း
ask-part-afternoon = နေ့လယ်ပိုင်း
ask-part-evening = ညနေပိုင်း
ask-topic-now = ယခု ကျင်းပနေသည့် အစီအစဉ်
ask-topic-programme = ပွဲအစီအစဉ်
# Variables: $dates (text) the event's dates.
ask-day-empty = ထိုအချိန်တွင် စီစဉ်ထားသော အစီအစဉ် မရှိပါ။ ဤပွဲကို { $dates }တွင် ကျင်းပပါသည်။
# Variables: $language (text) the delegate's language, in that language.
ask-unsure = 🤔 လူကြီးမင်း၏ မေးခွန်းကို မှန်ကန်စွာ နားလည်ခြင်း ရှိမရှိ မသေချာပါ။ { $language } တတ်ကျွမ်းသော စေတနာ့ဝန်ထမ်းထံ လွှဲပေးရပါမလား။ စေတနာ့ဝန်ထမ်းက ဤနေရာတွင် ပြန်လည် ဖြေကြားပေးပါမည်။
button-ask-volunteer = 🙋 စေတနာ့ဝန်ထမ်းကို မေးရန်
button-ask-whole-day = 📅 တစ်နေ့လုံး အစီအစဉ်

## Asking a volunteer

# Variables: $language (text) the delegate's language, in that language.
ask-prompt = 🙋 မေးလိုသည့် မေးခွန်းကို လွတ်လပ်စွာ ရေးသားပေးပါ။ { $language } တတ်ကျွမ်းသော စေတနာ့ဝန်ထမ်းတစ်ဦးက ဤနေရာတွင် ဖြေကြားပေးပါမည်။ ရပ်လိုပါက /cancel ကို ပေးပို့ပါ။
# Variables: $ticket (number) the question's number.
ask-sent = ✅ လူကြီးမင်း၏ မေးခွန်းကို စေတနာ့ဝန်ထမ်းများထံ ပေးပို့ပြီးပါပြီ (အမှတ် { $ticket })။ စေတနာ့ဝန်ထမ်းတစ်ဦးက ဤနေရာတွင် ဖြေကြားပေးပါမည်။ မေးခွန်းကို မပိတ်မချင်း ဆက်လက် ရေးသားသမျှကိုလည်း ၎င်းတို့ထံ ပေးပို့ပါမည်။
ask-added = ✅ စေတနာ့ဝန်ထမ်းများထံ ပေးပို့ပြီးပါပြီ။
ask-cancelled = လူကြီးမင်း၏ မေးခွန်းကို ပေးပို့ခြင်း မပြုခဲ့ပါ။
button-ask-done = ✔️ မေးခွန်းအတွက် အဖြေ ရပါပြီ
ask-limit = ⏳ အချိန်တိုအတွင်း စေတနာ့ဝန်ထမ်းများထံ စာများစွာ ပေးပို့ထားပါသည်။ မိနစ်အနည်းငယ် စောင့်ဆိုင်းပေးပါ။ စေတနာ့ဝန်ထမ်းများက လူကြီးမင်း၏ စာများကို လက်ခံရရှိထားပြီး ဖြစ်၍ ပြန်လည် ဖြေကြားပေးပါမည်။
# Variables: $phone (text) the help desk's phone.
ask-unavailable = တောင်းပန်ပါသည်၊ ယခုအချိန်တွင် ဤနေရာမှ စေတနာ့ဝန်ထမ်းများကို ဆက်သွယ်၍ မရနိုင်ပါ။ အကူအညီပေးရေး ကောင်တာသို့ ဖုန်းဆက်ပေးပါ - { $phone }။
# Variables: $ticket (number) the question's number.
ask-claimed = 🙋 စေတနာ့ဝန်ထမ်းတစ်ဦးက လူကြီးမင်း၏ မေးခွန်း (အမှတ် { $ticket }) ကို ကြည့်ရှုနေပါသည်။
# Introduces what a volunteer sent.
# Variables: $ticket (number) the question's number.
ask-reply = 💬 <b>စေတနာ့ဝန်ထမ်း၏ အဖြေ</b> (မေးခွန်း အမှတ် { $ticket }) -
# Variables: $ticket (number) the question's number.
ask-closed = ✔️ လူကြီးမင်း၏ မေးခွန်း အမှတ် { $ticket } ကို ပိတ်လိုက်ပါပြီ။ ရရှိသော အဖြေသည် အထောက်အကူ ဖြစ်ပါသလား။
button-helpful-yes = 👍 ဟုတ်ကဲ့
button-helpful-no = 👎 မဟုတ်ပါ
ask-thanks = ကျေးဇူးတင်ပါသည်။ လူကြီးမင်း၏ တုံ့ပြန်ချက်သည် ကျွန်ုပ်တို့၏ ဝန်ဆောင်မှုကို ပိုမို ကောင်းမွန်စေရန် အထောက်အကူ ဖြစ်ပါသည်။

## The volunteers' group (in the volunteers' language, VOLUNTEER_LANGUAGE)

# A new question.
# Variables: $ticket (number) its number; $language (text) the delegate's language.
ticket-title = 🆕 <b>မေးခွန်း အမှတ် { $ticket }</b> · { $language }
# Variables: $name (text) the delegate's first name.
ticket-from = { $name } ထံမှ
# Variables: $name (text) first name; $delegation (text) their delegation.
ticket-from-delegation = { $name } ({ $delegation }) ထံမှ
ticket-hint = ↩️ ဖြေကြားရန် ဤစာကို Reply လုပ်ပါ (ဖိုရမ်တွင်မူ ဤခေါင်းစဉ်အောက်တွင် ရေးပါ)။ ကိုယ်စားလှယ်သည် သင့်အမည်ကို မမြင်ရဘဲ အဖြေကိုသာ မြင်ရပါမည်။
# Variables: $names (text) volunteers' names, as mentions.
ticket-mention = 📣 { $names }
# Variables: $name (text) who claimed it.
ticket-claimed = 🙋 { $name } က တာဝန်ယူထားသည်
# Variables: $name (text) who closed it.
ticket-closed = ✔️ { $name } က ပိတ်လိုက်သည်
ticket-closed-by-delegate = ✔️ ကိုယ်စားလှယ်က ပိတ်လိုက်သည်
# Variables: $ticket (number) its number; $minutes (number) how long it has waited.
ticket-reraise = ⏰ <b>မေးခွန်း အမှတ် { $ticket } သည် မိနစ် { $minutes } ကြာသည်အထိ ဖြေကြားသူ မရှိသေးပါ</b>။ မည်သူ တာဝန်ယူနိုင်ပါသနည်း။
# Variables: $ticket (number); $name (text) the delegate's first name.
ticket-follow-up = 💬 <b>အမှတ် { $ticket }</b> - { $name } က ထပ်မံ ရေးသားသည် -
ticket-feedback-yes = 👍 ကိုယ်စားလှယ်က အဖြေသည် အထောက်အကူ ဖြစ်သည်ဟု ဆိုပါသည်။
ticket-feedback-no = 👎 ကိုယ်စားလှယ်က အဖြေသည် အထောက်အကူ မဖြစ်ဟု ဆိုပါသည်။
ticket-unreachable = ⚠️ ကိုယ်စားလှယ်ထံ စာပို့၍ မရပါ။ ဘော့ကို ပိတ်ဆို့ (block) ထားခြင်း ဖြစ်နိုင်ပါသည်။
# Variables: $ticket (number).
ticket-is-closed = ဤမေးခွန်း (အမှတ် { $ticket }) ကို ပိတ်ပြီး ဖြစ်သဖြင့် သင့်စာကို ကိုယ်စားလှယ်ထံ ပေးပို့ခြင်း မပြုခဲ့ပါ။
# Name of the forum topic of a question (at most 128 characters).
# Variables: $ticket (number); $language (text); $name (text) first name.
ticket-topic-name = အမှတ် { $ticket } · { $language } · { $name }
button-ticket-claim = 🙋 တာဝန်ယူမည်
button-ticket-close = ✔️ ပိတ်မည်
# Pop-ups.
# Variables: $name (text) who claimed it.
button-ticket-taken = { $name } က တာဝန်ယူထားပြီး ဖြစ်ပါသည်။
button-ticket-not-volunteer = Delegate Desk ၏ စေတနာ့ဝန်ထမ်းများသာ ဤလုပ်ဆောင်ချက်ကို ပြုလုပ်နိုင်ပါသည်။
button-ticket-gone = ဤမေးခွန်းကို ပိတ်ပြီး ဖြစ်ပါသည်။
# Languages named for the volunteers.
ticket-language-en = အင်္ဂလိပ်ဘာသာ
ticket-language-zh-CN = တရုတ်ဘာသာ
ticket-language-id = အင်ဒိုနီးရှားဘာသာ
ticket-language-ms = မလေးဘာသာ
ticket-language-th = ထိုင်းဘာသာ
ticket-language-vi = ဗီယက်နမ်ဘာသာ
ticket-language-fil = ဖိလစ်ပိုင်ဘာသာ
ticket-language-km = ခမာဘာသာ
ticket-language-lo = လာအိုဘာသာ
ticket-language-my = မြန်မာဘာသာ

## A volunteer's languages (/volunteer, in a private chat)

volunteer-languages = 🗣 <b>သင် ဖြေကြားပေးမည့် ဘာသာစကားများ</b>
    မေးခွန်းများကို ဖြေကြားပေးနိုင်သည့် ဘာသာစကား တစ်ခုချင်းစီကို နှိပ်ပါ။ ထိုဘာသာစကားများဖြင့် မေးခွန်းအသစ် ရောက်လာပါက စေတနာ့ဝန်ထမ်းများ အဖွဲ့တွင် သင့်ကို mention ဖြင့် အသိပေးပါမည်။
volunteer-languages-none = ဘာသာစကား မရွေးချယ်ရသေးပါ။
button-volunteer-done = ✅ ပြီးပါပြီ
volunteer-languages-saved = ✅ သိမ်းဆည်းပြီးပါပြီ။ သင်၏ ဘာသာစကားများဖြင့် မေးခွန်းအသစ် ရောက်လာပါက သင့်ကို mention ဖြင့် အသိပေးပါမည်။
volunteer-not-member = ဤလုပ်ဆောင်ချက်သည် Delegate Desk ၏ စေတနာ့ဝန်ထမ်းများအတွက် ဖြစ်ပါသည်။ စေတနာ့ဝန်ထမ်းများ အဖွဲ့သို့ ဦးစွာ ဝင်ရောက်ပြီးမှ /volunteer ကို ထပ်မံ ပေးပို့ပါ။

## Organisers' statistics (/stats)

# Variables: $open, $claimed, $closed (numbers).
organiser-stats-tickets = 🙋 <b>စေတနာ့ဝန်ထမ်းများထံ မေးခွန်းများ</b> - စောင့်ဆိုင်းဆဲ { $open }၊ ဖြေကြားနေဆဲ { $claimed }၊ ပိတ်ပြီး { $closed }။
# Variables: $share (number) percent; $rated (number) how many answered the question.
organiser-stats-helpful = 👍 အထောက်အကူ ဖြစ်သည်ဟု ဆိုသူ - အကဲဖြတ်ပေးသူ { $rated } ဦးအနက် { $share } %။
# Variables: $minutes (number).
organiser-stats-first-answer = ⏱ ပထမဆုံး အဖြေ ရရှိရန် ကြာချိန် (အလယ်ကိန်း) - { $minutes } မိနစ်။
# Variables: $answered (number); $asked (number).
organiser-stats-answered = 🤖 စာရိုက်၍ မေးသော မေးခွန်း { $asked } ခုအနက် ဘော့က ကိုယ်တိုင် ဖြေကြားခဲ့သည် - { $answered } ခု။

command-ask = စေတနာ့ဝန်ထမ်းထံ မေးခွန်း မေးရန်
command-volunteer = စေတနာ့ဝန်ထမ်းများ - ဖြေကြားပေးမည့် ဘာသာစကားများ
