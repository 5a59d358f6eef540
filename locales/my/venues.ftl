# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>ကျင်းပရာနေရာများနှင့် မြေပုံ</b>
    မြေပုံ တည်နေရာနှင့် တက္ကစီယာဉ်မောင်းအား ပြသရန် ကတ်ကို ရယူရန် နေရာတစ်ခု ရွေးချယ်ပါ။
venues-taxi-button = 🚕 တက္ကစီယာဉ်မောင်းအတွက် ကတ်
venues-all-button = 📍 နေရာအားလုံး

# One line above the Chinese name and address, in the delegate's language.
taxi-card-hint = 🚕 ဤစာကို တက္ကစီယာဉ်မောင်းအား ပြသပါ။ သွားရောက်လိုသည့် နေရာကို တရုတ်ဘာသာဖြင့် ဖော်ပြထားပါသည်။
