# Event content of the Global Mayors Dialogue, Nanning 2025, in Malay (Malaysia).
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = Dialog Datuk Bandar Global · Nanning
event-city = Nanning
event-about = Datuk bandar dari tujuh negara ASEAN dan pemimpin bandar raya China bertemu di Nanning untuk memperdalam kerjasama praktikal dalam bidang ekonomi, perdagangan, kebudayaan, pelancongan dan pendidikan, serta membina komuniti China–ASEAN yang lebih erat dengan masa depan bersama.
contact-desk = Kaunter bantuan delegasi terletak di lobi hotel dan di pintu masuk utama Pusat Konvensyen dan Pameran, dibuka pukul 08:00–20:00 setiap hari sepanjang acara.

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = Pusat Konvensyen dan Pameran Antarabangsa Nanning
venue-nicec-address = 11 Jalan Minzu, Daerah Qingxiu, Nanning
venue-nicec-about = Tempat utama acara: majlis perasmian, dialog datuk bandar, dialog selari, pemeteraian perjanjian dan pelancaran Inisiatif Nanning.
venue-hotel-name = Hotel delegasi
venue-hotel-address = Jalan Minzu, Daerah Qingxiu, Nanning
venue-hotel-about = Tempat penginapan delegasi; tempat pendaftaran dan makan malam alu-aluan, serta tempat bas ulang-alik bertolak.
venue-qingxiu-name = Kawasan Pelancongan Gunung Qingxiu
venue-qingxiu-address = 6-6 Jalan Fenglingnan, Daerah Qingxiu, Nanning
venue-qingxiu-about = Mercu tanda hijau Nanning yang menghadap Sungai Yong; tempat lawatan bandar raya.
venue-nng-name = Lapangan Terbang Antarabangsa Nanning Wuxu (NNG)
venue-nng-address = Pekan Wuxu, Daerah Jiangnan, Nanning
venue-nng-about = Kira-kira 35 km ke barat daya pusat bandar; 40–50 minit dengan kereta.
venue-east-station-name = Stesen Kereta Api Nanning Timur
venue-east-station-address = 66 Jalan Changhong, Daerah Qingxiu, Nanning
venue-east-station-about = Stesen kereta api berkelajuan tinggi; Laluan 1 Metro bergerak dari sini ke Pusat Konvensyen dan Pameran.

## Rooms

room-nicec-plenary-hall = Dewan Pleno
room-nicec-hall-a = Dewan A
room-nicec-hall-b = Dewan B
room-nicec-dining-hall = Dewan Makan
room-hotel-lobby = Lobi
room-hotel-banquet-hall = Dewan Bankuet

## Sessions: title and a short description

session-arrival-title = Ketibaan dan akreditasi
session-arrival-description = Delegasi tiba dan mengambil pas delegasi serta pek alu-aluan di kaunter bantuan. Bas ulang-alik disediakan dari lapangan terbang dan Stesen Nanning Timur.
session-welcome-dinner-title = Majlis makan malam alu-aluan
session-welcome-dinner-description = Makan malam yang dihoskan oleh Kerajaan Rakyat Bandar Raya Nanning untuk semua delegasi.
session-opening-title = Majlis perasmian
session-opening-description = Ucapan alu-aluan oleh bandar raya tuan rumah dan tetamu kehormat, sempena perasmian Dialog Datuk Bandar Global.
session-mayors-dialogue-title = Dialog Datuk Bandar Global
session-mayors-dialogue-description = Datuk bandar dari China dan luar negara membincangkan kerjasama praktikal dalam bidang industri, kebudayaan dan pendidikan, serta pertukaran antara tamadun.
session-lunch-16-title = Makan tengah hari
session-lunch-16-description = Makan tengah hari secara bufet untuk semua delegasi.
session-dialogue-trade-title = Dialog selari: kerjasama ekonomi dan perdagangan
session-dialogue-trade-description = Wakil bandar raya dan pakar bertukar pandangan tentang kerjasama bandar dalam bidang ekonomi dan perdagangan, serta tentang "Saluran Nanning" antara China dan ASEAN.
session-dialogue-tourism-title = Dialog selari: pelancongan budaya
session-dialogue-tourism-description = Wakil bandar raya dan pakar bertukar pandangan tentang kerjasama kebudayaan dan pelancongan antara bandar raya China dan bandar raya antarabangsa.
session-signing-title = Pemeteraian perjanjian kerjasama
session-signing-description = Bandar raya peserta memeterai perjanjian kerjasama dalam bidang perdagangan antarabangsa, pertukaran budaya, pelancongan, sukan dan pendidikan.
session-initiative-title = Pelancaran Inisiatif Nanning
session-initiative-description = Pelancaran Inisiatif Nanning, yang menggariskan hasil pertukaran dan kerjasama antara bandar raya China dan bandar raya antarabangsa.
session-lunch-17-title = Makan tengah hari
session-lunch-17-description = Makan tengah hari secara bufet untuk semua delegasi.
session-city-exchanges-title = Pertukaran antara bandar raya
session-city-exchanges-description = Pertemuan dua hala antara bandar raya China dan ASEAN mengenai pertukaran persahabatan dan projek praktikal.
session-visit-qingxiu-title = Lawatan ke Gunung Qingxiu
session-visit-qingxiu-description = Lawatan berpandu ke kawasan pelancongan paling terkenal di Nanning. Kasut yang selesa amat disyorkan.
session-visit-expo-title = Lawatan ke tapak Ekspo China–ASEAN
session-visit-expo-description = Lawatan ke tapak penganjuran Ekspo China–ASEAN; Nanning ialah bandar raya tuan rumah tetap ekspo ini.
session-departure-title = Keberangkatan delegasi
session-departure-description = Daftar keluar hotel dan bas ulang-alik ke lapangan terbang serta Stesen Nanning Timur.

## Shuttles: route name and where to board

shuttle-airport-hotel-name = Lapangan terbang → Hotel delegasi
shuttle-airport-hotel-pickup = Balai ketibaan Terminal 2, di kaunter sambutan Dialog Datuk Bandar Global.
shuttle-station-hotel-name = Stesen Nanning Timur → Hotel delegasi
shuttle-station-hotel-pickup = Pintu keluar utama stesen, di kaunter sambutan Dialog Datuk Bandar Global.
shuttle-hotel-nicec-name = Hotel delegasi → Pusat Konvensyen dan Pameran
shuttle-hotel-nicec-pickup = Pintu masuk utama hotel.
shuttle-nicec-hotel-name = Pusat Konvensyen dan Pameran → Hotel delegasi
shuttle-nicec-hotel-pickup = Pintu masuk utama Pusat Konvensyen dan Pameran.
shuttle-hotel-airport-name = Hotel delegasi → Lapangan terbang
shuttle-hotel-airport-pickup = Pintu masuk utama hotel. Sila tiba 10 minit lebih awal bersama bagasi anda.
shuttle-hotel-station-name = Hotel delegasi → Stesen Nanning Timur
shuttle-hotel-station-pickup = Pintu masuk utama hotel. Sila tiba 10 minit lebih awal bersama bagasi anda.

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ Dari lapangan terbang
transport-airport-body =
    Lapangan Terbang Antarabangsa Nanning Wuxu (NNG) terletak kira-kira 35 km ke barat daya pusat bandar.
    • Bas ulang-alik acara: percuma untuk delegasi pada 15 Januari; cari kaunter sambutan di balai ketibaan Terminal 2.
    • Teksi: naik teksi hanya dari perhentian teksi rasmi di luar balai ketibaan; perjalanan mengambil masa 40–50 minit dengan tambang kira-kira 100–150 yuan.
    • Bas lapangan terbang: bas bertolak dari luar balai ketibaan ke pusat bandar, kira-kira setiap 30 minit.
transport-railway-title = 🚄 Dari Stesen Nanning Timur
transport-railway-body =
    Kereta api berkelajuan tinggi tiba di Stesen Kereta Api Nanning Timur.
    • Bas ulang-alik acara: percuma untuk delegasi pada 15 Januari; kaunter sambutan terletak di pintu keluar utama.
    • Metro: Laluan 1 bergerak terus dari stesen ke Stesen Pusat Konvensyen dan Pameran (kira-kira 15 minit).
    • Teksi: gunakan perhentian teksi rasmi; perjalanan ke pusat bandar mengambil masa kira-kira 20 minit.
transport-metro-title = 🚇 Metro
transport-metro-body =
    Metro Nanning mempunyai lima laluan. Laluan 1 melalui Jalan Minzu dan menghubungkan Stesen Nanning Timur dengan Stesen Pusat Konvensyen dan Pameran, bersebelahan tempat utama acara.
    • Tiket: beli tiket sehala di mesin tiket di stesen (tunai atau bayaran mudah alih), atau imbas kod QR pengangkutan dalam Alipay atau WeChat.
    • Tren beroperasi dari kira-kira pukul 06:30 hingga 23:00.
transport-shuttles-title = 🚌 Bas ulang-alik acara
transport-shuttles-body = Bas ulang-alik acara disediakan secara percuma untuk delegasi yang memakai pas delegasi. Semua masa ialah waktu tempatan.
transport-taxi-title = 🚕 Teksi dan e-hailing
transport-taxi-body =
    Teksi mudah didapati dan menggunakan meter. Kebanyakan pemandu tidak berbahasa Inggeris: buka tempat acara dalam bot ini dan tunjukkan kad teksinya kepada pemandu.
    • E-hailing: aplikasi DiDi boleh digunakan dalam bahasa Inggeris, dan juga melalui Alipay serta WeChat.
    • Bayaran: Alipay dan WeChat Pay menerima kad antarabangsa; kebanyakan teksi juga menerima wang tunai.

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 Nombor kecemasan di China: polis 110, ambulans 120, bomba 119, kemalangan jalan raya 122.
taxi-card-hint = 🚕 Tunjukkan mesej ini kepada pemandu teksi: destinasi anda tertera dalam bahasa Cina.
