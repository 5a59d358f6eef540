# Check-in at the door: a volunteer scans a delegate's check-in QR code,
# which opens the bot.

# What the volunteer sees after scanning.
# Variables: $name (text) the delegate's full name; $delegation (text) their delegation; $title (text) session title; $when (text) its day and time.
checkin-card =
    🎫 <b>တက်ရောက်မှု မှတ်တမ်းတင်ခြင်း</b>

    <b>{ $name }</b>
    { $delegation }

    { $title }
    { $when }
button-check-in = ✅ တက်ရောက်ကြောင်း မှတ်ရန်
# Variables: $time (text) such as 13:52.
checkin-done = ✅ { $time } တွင် တက်ရောက်ကြောင်း မှတ်တမ်းတင်ပြီးပါပြီ။
# Variables: $time (text) such as 13:52.
checkin-already = ⚠️ { $time } တွင် တက်ရောက်ကြောင်း မှတ်တမ်းတင်ပြီး ဖြစ်ပါသည်။
# The delegate opens their own code. Variables: $title (text) session title.
checkin-own-code = 🎫 ဤသည်မှာ <b>{ $title }</b> အတွက် လူကြီးမင်း၏ ဝင်ခွင့်ကုဒ် ဖြစ်ပါသည်။ ဝင်ပေါက်ရှိ စေတနာ့ဝန်ထမ်းများအား ပြသပေးပါ။
# Anyone else who opens a check-in code learns nothing about its owner.
checkin-not-for-you = ဤကုဒ်သည် ဝင်ပေါက်ရှိ စေတနာ့ဝန်ထမ်းများ အသုံးပြုရန် ဖြစ်ပါသည်။
checkin-unknown = ❌ ဤဝင်ခွင့်ကုဒ် မမှန်ကန်ပါ။ စာရင်းသွင်းမှုကို ပယ်ဖျက်ထားခြင်း ဖြစ်နိုင်ပါသည်။
