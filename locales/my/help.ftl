# Help (/help) and the bot's profile texts.

help-text =
    ❓ <b>အကူအညီ</b>
    ကျွန်ုပ်သည် ဤပွဲ၏ စုံစမ်းမေးမြန်းရေး ကောင်တာ ဖြစ်ပါသည်။ အောက်ပါတို့ကို ပြသပေးနိုင်ပါသည် -
    📅 နေ့အလိုက် ပွဲအစီအစဉ်နှင့် ယခု ကျင်းပနေသည့် အစီအစဉ်၊
    📍 မြေပုံ တည်နေရာနှင့် တက္ကစီယာဉ်မောင်းအား ပြသရန် ကတ် ပါဝင်သည့် ကျင်းပရာနေရာများ၊
    🚌 လေဆိပ်၊ ရထားဘူတာ၊ မြေအောက်ရထား၊ ပွဲ ပို့ဆောင်ရေးကားများနှင့် တက္ကစီများ အပါအဝင် သွားလာရေး အချက်အလက်များ။
    💬 မေးလိုသည်များကို မိမိ၏ စကားဖြင့် စာရိုက်၍လည်း မေးမြန်းနိုင်ပါသည်။ ကျွန်ုပ် မဖြေကြားနိုင်ပါက မိမိ၏ ဘာသာစကား တတ်ကျွမ်းသော စေတနာ့ဝန်ထမ်းတစ်ဦးက ဖြေကြားပေးပါမည် (/ask)။
    ခလုတ်များကို နှိပ်ပါ သို့မဟုတ် ဤအမိန့်များကို အသုံးပြုပါ - /menu /schedule /now /venues /transport /language /help
    🌐 ဘာသာစကား ပြောင်းလဲလိုပါက /language ကို ပေးပို့ပါ။
# Variables: $desk (text) where the help desk is, $phone (text), $email (text).
help-contacts =
    <b>တာဝန်ရှိသူနှင့် တိုက်ရိုက် ဆက်သွယ်လိုပါသလား။</b>
    { $desk }
    ☎️ { $phone }
    ✉️ { $email }

## Command menu (at most 256 characters each)

command-start = စတင်ရန်နှင့် ဘာသာစကား ရွေးချယ်ရန်
command-menu = ပင်မမီနူး
command-schedule = နေ့အလိုက် ပွဲအစီအစဉ်
command-now = ယခုနှင့် နောက်လာမည့် အစီအစဉ်
command-venues = ကျင်းပရာနေရာများ၊ မြေပုံနှင့် တက္ကစီကတ်
command-transport = လေဆိပ်၊ ရထားဘူတာ၊ မြေအောက်ရထား၊ ပို့ဆောင်ရေးကား၊ တက္ကစီ
command-language = ဘာသာစကား ပြောင်းရန်
command-help = အကူအညီနှင့် ဆက်သွယ်ရန်

## Bot profile

# Shown in the empty chat before /start (at most 512 characters).
# Variables: $event (text) event name with its city.
bot-description = Delegate Desk သည် { $event }၏ စုံစမ်းမေးမြန်းရေး ကောင်တာ ဖြစ်ပါသည်။ ပွဲအစီအစဉ်၊ မြေပုံနှင့် တက္ကစီကတ်များ ပါဝင်သည့် ကျင်းပရာနေရာများနှင့် သွားလာရေး အချက်အလက်များကို ဘာသာစကား 10 မျိုးဖြင့် ရယူနိုင်ပါသည်။ Start ကို နှိပ်ပါ။
# Shown on the bot's profile (at most 120 characters).
# Variables: $event (text) event name.
bot-short-description = { $event }၏ ပွဲအစီအစဉ်၊ ကျင်းပရာနေရာများနှင့် သွားလာရေးကို မိမိဘာသာစကားဖြင့် ရယူပါ။
command-dialogues = ပြိုင်တူ ဆွေးနွေးပွဲများသို့ စာရင်းသွင်းရန်
command-my = ကိုယ်ပိုင် အစီအစဉ်နှင့် ပြက္ခဒိန်ဖိုင်
command-profile = ကိုယ်ရေးအချက်အလက်
command-cancel = လက်ရှိ ဖောင်ဖြည့်ခြင်းကို ရပ်ရန်
command-invite = ပွဲစီစဉ်သူများ - ဖိတ်ကြားချက် အသစ်
command-invites = ပွဲစီစဉ်သူများ - ဖိတ်ကြားချက်များ
command-registrations = ပွဲစီစဉ်သူများ - အစီအစဉ်အလိုက် စာရင်းသွင်းမှု
command-export = ပွဲစီစဉ်သူများ - စာရင်းသွင်းမှု Excel ဖိုင်
command-reload = ပွဲစီစဉ်သူများ - ပွဲ အချက်အလက်ဖိုင် ပြန်တင်ရန်
command-stats = ပွဲစီစဉ်သူများ - အသုံးပြုမှု စာရင်းအင်း
