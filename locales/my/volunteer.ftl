# The volunteers' group (VOLUNTEER_CHAT_ID): what the bot says there.

volunteer-group-help =
    🤝 <b>Delegate Desk - စေတနာ့ဝန်ထမ်းများ အဖွဲ့</b>
    Delegate Desk က မဖြေကြားနိုင်သော ကိုယ်စားလှယ်များ၏ မေးခွန်းများကို ထိုကိုယ်စားလှယ်၏ ဘာသာစကားဖြင့် ဤအဖွဲ့တွင် တင်ပေးမည် ဖြစ်ပြီး ထိုဘာသာစကား တတ်ကျွမ်းသော စေတနာ့ဝန်ထမ်းက ပြန်လည်ဖြေကြားပေးနိုင်ပါသည်။
    ကူညီပေးနေစဉ် အချက်အလက် ရှာဖွေရန် - /schedule /now /venues /transport
