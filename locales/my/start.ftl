# /start, the main menu and the language picker.

# Variables: $name (text) the delegate's first name, $event (text) event name with its city, $dates (text) the event's dates.
start-greeting =
    👋 { $name }၊ ကြိုဆိုပါသည်။
    ကျွန်ုပ်သည် { $dates }တွင် ကျင်းပသော <b>{ $event }</b>၏ စုံစမ်းမေးမြန်းရေး ကောင်တာ <b>Delegate Desk</b> ဖြစ်ပါသည်။
    <b>မြန်မာဘာသာ</b>ဖြင့် ပြန်လည်ဖြေကြားပါမည်။ အခြားဘာသာစကားကို အသုံးပြုလိုပါက အောက်တွင် ရွေးချယ်ပါ။

# Variables: $event (text) event name.
menu-title =
    <b>{ $event }</b>
    မည်သည့် အကူအညီ လိုအပ်ပါသနည်း။
menu-schedule = 📅 ပွဲအစီအစဉ်
menu-now = ⏱️ ယခုနှင့် နောက်အစီအစဉ်
menu-venues = 📍 ကျင်းပရာနေရာများနှင့် မြေပုံ
menu-transport = 🚌 သွားလာရေး
menu-help = ❓ အကူအညီ
menu-language = 🌐 ဘာသာစကား

language-title = 🌐 ဘာသာစကား ရွေးချယ်ပါ -
language-changed = ✅ ယခုမှစ၍ မြန်မာဘာသာဖြင့် ပြန်လည်ဖြေကြားပါမည်။
