# The programme (/schedule), a session's detail and "now and next" (/now).

schedule-title = 📅 <b>ပွဲအစီအစဉ်</b>
schedule-choose-day = နေ့ရက် ရွေးချယ်ပါ -

# Said once at the top of each programme view.
# Variables: $tz (text) time-zone name such as Asia/Shanghai, $offset (text) such as UTC+8.
schedule-timezone-note = အချိန်အားလုံးသည် ဒေသစံတော်ချိန် ({ $tz }, { $offset }) ဖြစ်ပါသည်။

# Variables: $date (text) the day, long form.
schedule-day-title = 📅 <b>{ $date }</b>
schedule-day-empty = ဤနေ့တွင် စီစဉ်ထားသော အစီအစဉ် မရှိပါ။
schedule-day-hint = အသေးစိတ် ကြည့်ရှုရန် အစီအစဉ်တစ်ခုကို နှိပ်ပါ။

# Variables: $venue (text) venue name.
schedule-venue = 📍 { $venue }
# Variables: $venue (text) venue name, $room (text) room name.
schedule-venue-room = 📍 { $venue }၊ { $room }

# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00; $offset (text) such as UTC+8.
schedule-session-when = 🗓️ { $date }၊ { $start }–{ $end } ({ $offset })

# Button from a session to its venue. Variables: $venue (text) venue name.
schedule-open-venue = 📍 { $venue }
# Button from a session back to its day. Variables: $date (text) the day, short form.
schedule-back-to-day = ◀️ { $date }

## Kinds of session

schedule-kind-registration = မှတ်ပုံတင်ခြင်း
schedule-kind-plenary = အလုံးစုံ အစည်းအဝေး
schedule-kind-parallel-dialogue = ပြိုင်တူ ဆွေးနွေးပွဲ
schedule-kind-signing = လက်မှတ်ရေးထိုးပွဲ
schedule-kind-release = ထုတ်ပြန်ကြေညာပွဲ
schedule-kind-exchange = နှစ်ဖက် တွေ့ဆုံဖလှယ်ပွဲများ
schedule-kind-visit = လေ့လာရေးခရီး
schedule-kind-meal = စားသောက်ချိန်
schedule-kind-reception = ဧည့်ခံပွဲ
schedule-kind-departure = ပြန်လည် ထွက်ခွာခြင်း

## Now and next

now-title = ⏱️ <b>ယခုနှင့် နောက်လာမည့် အစီအစဉ်</b>
# Variables: $time (text) local time such as 10:05, $date (text) the day, long form, $offset (text) such as UTC+8.
now-clock = ဒေသစံတော်ချိန် - { $time }၊ { $date } ({ $offset })။
# A session on another day in "coming up".
# Variables: $date (text) the day, long form; $start, $end (text) times such as 09:00.
now-other-day = { $date }၊ { $start }–{ $end }
now-current = <b>ယခု ကျင်းပနေဆဲ</b>
now-next = <b>မကြာမီ ကျင်းပမည်</b>
now-nothing-current = ယခုအချိန်တွင် ကျင်းပနေသည့် အစီအစဉ် မရှိပါ။
now-nothing-next = ယနေ့အတွက် နောက်ထပ် စီစဉ်ထားသော အစီအစဉ် မရှိတော့ပါ။
# Variables: $event (text) event name, $date (text) first day, long form.
now-before = { $event } မစတင်ရသေးပါ။ { $date }တွင် ဖွင့်လှစ်မည် ဖြစ်ပါသည်။
# Variables: $event (text) event name.
now-after = { $event } ပြီးဆုံးသွားပါပြီ။ ပါဝင်တက်ရောက်ပေးသည့်အတွက် ကျေးဇူးတင်ပါသည်။
now-programme = 📅 ပွဲအစီအစဉ် အပြည့်အစုံ

# A session cancelled on site by the organisers.
schedule-cancelled = ❌ <b>ဖျက်သိမ်းလိုက်ပါပြီ</b>
# A session changed on site. Variables: $was (text) its time or place before.
schedule-changed = ⚠️ <b>ပြောင်းလဲထားပါသည်</b> (ယခင် - { $was })
