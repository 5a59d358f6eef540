# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>ကျင်းပရာနေရာများနှင့် မြေပုံ</b>
    မြေပုံ တည်နေရာနှင့် တက္ကစီယာဉ်မောင်းအား ပြသရန် ကတ်ကို ရယူရန် နေရာတစ်ခု ရွေးချယ်ပါ။
venues-taxi-button = 🚕 တက္ကစီယာဉ်မောင်းအတွက် ကတ်
venues-all-button = 📍 ကျင်းပရာနေရာအားလုံး
