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

## Questions: ways delegates ask about an item, one per line (never shown;
## the bot learns from them to recognise typed questions). Optional for any
## venue, session or transport topic: <item>-ask.

venue-nicec-ask =
    Pusat konvensyen kat mana?
    Di manakah tempat utama acara?
    Macam mana nak pergi ke tempat persidangan?
    Alamat pusat pameran
    Venue utama di mana?
    Pusat Konvensyen dan Pameran Antarabangsa Nanning kat mana?
    NICEC kat mana? Convention centre Nanning
    Lokasi dewan persidangan, ada peta?
    Jauh tak pusat konvensyen? Camne nak ke sana?
    Conference center alamat apa? Jalan Minzu
    Pusat konvensyen terletak di jalan apa?
    NICEC dalam daerah mana?
    Pin lokasi pusat pameran, Google Maps atau Waze
    Exhibition centre Nanning, nak cari venue
venue-hotel-ask =
    Hotel kita di mana?
    Delegasi menginap di mana?
    Apakah alamat hotel?
    Nama hotel penginapan kami apa?
    Hotel delegasi kat mana?
    Location hotel, ada map?
    Hotel jauh tak dari tempat acara?
    Camne nak pergi hotel? Arah ke hotel
    Kita tidur hotel mana?
    Alamat tempat tinggal delegasi
    Hotel delegasi terletak di jalan apa?
    Hotel penginapan dalam daerah mana?
    Pin lokasi hotel untuk Google Maps
    Nak cari hotel kami guna Waze, nama apa?
venue-qingxiu-ask =
    Gunung Qingxiu di mana?
    Tempat pelancongan yang kita lawati tu kat mana?
    Lokasi taman Qingxiu
    Bukit Qingxiu jauh tak?
    Qingxiu Mountain kat mana?
    Alamat Taman Gunung Qingxiu, Qingxiushan
    Camne nak pergi Qingxiu Shan?
    Berapa jauh Qingxiu dari pusat bandar?
    Peta kawasan pelancongan Qingxiu
    Tempat menarik tepi Sungai Yong
    Gunung Qingxiu terletak di jalan apa?
    Qingxiu Mountain dalam daerah mana?
    Pin lokasi Qingxiushan, Google Maps
    Nak cari taman bukit Qingxiu, Jalan Fenglingnan
venue-nng-ask =
    Lapangan terbang di mana?
    Airport jauh tak dari bandar?
    Berapa jauh lapangan terbang dari pusat bandar?
    Lokasi airport Nanning
    Alamat lapangan terbang Wuxu
    Nanning Wuxu International Airport kat mana?
    NNG airport berapa km?
    Peta ke airport, arah ke sana
    Lapangan terbang Nanning terletak kat mana?
    Lapangan terbang terletak di daerah mana?
    Airport Wuxu dalam pekan apa? Jiangnan
    Pin lokasi lapangan terbang NNG, Google Maps
    Nak cari airport Nanning, berapa kilometer?
venue-east-station-ask =
    Stesen kereta api di mana?
    Stesen kereta api laju kat mana?
    Lokasi stesen keretapi Nanning Timur
    Stesen tren laju
    Nanning East station kat mana?
    Alamat Stesen Nanning Timur, Jalan Changhong
    Stesen HSR, high speed rail, di mana?
    Jauh tak stesen train dari bandar?
    Peta ke stesen Nanning Dong
    Stesen Nanning Timur terletak di jalan apa?
    Stesen keretapi laju dalam daerah mana?
    Pin lokasi stesen Nanning Dong, Google Maps
    Nanning East railway station berapa jauh?
    Nak cari stesen bullet train kat mana?
transport-airport-ask =
    Macam mana nak pergi dari lapangan terbang ke hotel?
    Ada bas ulang-alik dari airport?
    Siapa jemput kami di lapangan terbang?
    Berapa tambang teksi dari airport?
    Transport dari airport ke hotel
    Naik teksi dari airport berapa lama?
    Bas lapangan terbang ke bandar ada tak?
    Shuttle percuma dari airport bila?
    Dah sampai airport, nak naik apa ke hotel?
    Baru landing, nak ke hotel camne?
    Bas shuttle dari lapangan terbang Wuxu
    Airport bus ke pusat bandar berapa harga?
    Ambil teksi dari airport NNG ke hotel
    Airport pickup delegasi, kaunter sambutan Terminal 2
transport-railway-ask =
    Macam mana nak ke hotel dari stesen kereta api?
    Saya datang naik kereta api laju
    Ada orang jemput di stesen?
    Dari Stesen Nanning Timur ke hotel naik apa?
    Dah sampai stesen keretapi, camne nak pergi hotel?
    Dari stesen train ke hotel naik teksi berapa lama?
    Ada shuttle dari Nanning East?
    Naik metro dari stesen Nanning Timur ke pusat konvensyen
    Sampai naik HSR, lepas tu naik apa?
    Turun kereta api laju, nak ke hotel camne?
    Bullet train sampai Nanning Dong, naik apa?
    Pickup delegasi di stesen Nanning Timur ada?
    Shuttle dari stesen keretapi ke hotel percuma?
    Keluar stesen HSR, kaunter sambutan kat mana?
transport-metro-ask =
    Boleh naik metro?
    Laluan MRT mana yang ke tempat acara?
    Macam mana nak beli tiket metro?
    Naik LRT ke pusat konvensyen
    Stesen subway terdekat
    Tiket metro berapa harga?
    Metro buka pukul berapa sampai pukul berapa?
    Boleh bayar metro guna Alipay atau kod QR?
    Laluan 1 metro, Line 1 berhenti kat mana?
    Kereta api bawah tanah ke Jalan Minzu
    Subway Nanning Line 1 naik kat mana?
    Nak naik metro, beli token atau kad?
    Stesen metro Convention Centre kat mana?
    Naik MRT perlu imbas QR WeChat?
transport-shuttles-ask =
    Pukul berapa bas bertolak ke tempat acara?
    Jadual bas ulang-alik
    Ada bas dari hotel?
    Pukul berapa bas balik ke hotel?
    Bas shuttle percuma ke?
    Shuttle bus pukul berapa?
    Bas percuma untuk delegasi ada tak?
    Tempat naik bas ulang-alik kat mana?
    Bas ke pusat konvensyen pagi esok pukul berapa?
    Shuttle bus naik kat mana, pintu masuk hotel?
    Bas delegasi ke NICEC bila bertolak?
    Naik coach acara perlu tunjuk pas delegasi?
    Jadual shuttle dari pusat konvensyen ke hotel
    Van atau bas rasmi acara ada tak?
transport-taxi-ask =
    Macam mana nak dapatkan teksi?
    Boleh guna Didi atau Grab?
    Macam mana nak bayar teksi?
    Nak tempah e-hailing
    Teksi guna meter ke?
    Tambang teksi berapa?
    Teksi terima tunai ke?
    Apps e-hailing apa kat China?
    Pemandu teksi faham bahasa Inggeris tak?
    Nak naik cab atau kereta sewa, camne?
    Macam mana nak panggil teksi kat China?
    Grab tak ada, guna DiDi camne?
    Nak book teksi guna app Didi Chuxing
    Tunjuk alamat Cina pada driver teksi
session-arrival-ask =
    Di mana saya boleh ambil pas delegasi?
    Kaunter akreditasi di mana?
    Di mana nak daftar bila sampai?
    Badge nama ambil kat mana?
    Pendaftaran delegasi pukul berapa?
    Bila boleh register?
    Akreditasi di lobi hotel bila?
    Pek alu-aluan ambil kat mana?
    Hari pertama sampai nak buat apa?
    Kaunter registration buka pukul berapa?
    Ambil lanyard dan badge delegasi hari apa?
    Check-in delegasi bila mula?
    Akreditasi tamat pukul berapa?
    Daftar kehadiran delegasi di lobi ke?
session-welcome-dinner-ask =
    Bila majlis makan malam alu-aluan?
    Ada makan malam pada malam pertama?
    Pukul berapa jamuan makan malam?
    Dinner alu-aluan di mana?
    Welcome dinner pukul berapa?
    Jamuan di Dewan Bankuet hotel
    Makan malam hari pertama kat mana?
    Bankuet alu-aluan bila mula?
    Welcome dinner hari apa?
    Jamuan makan malam rasmi di Dewan Bankuet ke?
    Makan malam alu-aluan habis pukul berapa?
    Gala dinner bila?
    Majlis makan malam Kerajaan Bandar Raya Nanning bila?
session-opening-ask =
    Bila majlis perasmian bermula?
    Pukul berapa perasmian?
    Upacara pembukaan pukul berapa?
    Majlis pembukaan rasmi di mana?
    Opening ceremony bila?
    Upacara perasmian di Dewan Pleno ke?
    Ucapan alu-aluan tuan rumah pukul berapa?
    Perasmian mula pukul 9 ke?
    Upacara pembukaan start bila?
    Majlis perasmian hari apa?
    Ucaptama dan ucapan tetamu kehormat bila?
    Opening session di Dewan Pleno pukul berapa?
    Majlis perasmian tamat pukul berapa?
session-mayors-dialogue-ask =
    Bila dialog datuk bandar?
    Pukul berapa dialog utama?
    Sesi Dialog Datuk Bandar Global
    Perbincangan para datuk bandar bila?
    Mayors dialogue pukul berapa?
    Dialog datuk bandar di dewan mana?
    Sesi pleno utama bila mula dan habis?
    Forum datuk bandar China dan luar negara
    Mayors Dialogue hari apa?
    Global Mayors Dialogue start pukul berapa?
    Dialog datuk bandar tamat pukul berapa?
    Sesi pleno datuk bandar di Plenary Hall ke?
    Panel mayor bandar raya tentang industri dan tamadun bila?
session-dialogue-trade-ask =
    Bila dialog ekonomi dan perdagangan?
    Sesi perdagangan di mana?
    Dialog kerjasama perniagaan
    Forum ekonomi dan dagangan
    Dialog selari ekonomi di Dewan A ke?
    Sesi trade bila mula?
    Perbincangan pasal perdagangan pukul berapa?
    Sesi Saluran Nanning China-ASEAN
    Dialog perdagangan hari apa?
    Sesi ekonomi start pukul berapa?
    Trade and economy dialogue dewan mana?
    Forum bisnes dan pelaburan tamat bila?
    Sesi business China ASEAN bila?
session-dialogue-tourism-ask =
    Bila dialog pelancongan budaya?
    Sesi pelancongan di dewan mana?
    Forum kebudayaan dan pelancongan
    Dialog tentang pelancongan
    Dialog selari pelancongan budaya pukul berapa?
    Sesi tourism di Dewan B ke?
    Forum budaya bila habis?
    Dialog kebudayaan hari apa?
    Dialog pelancongan start pukul berapa?
    Cultural tourism dialogue bila?
    Sesi budaya dan tourism tamat bila?
    Sesi kebudayaan pelancongan bermula bila?
    Panel pelancongan dan warisan budaya hari apa?
session-signing-ask =
    Bila perjanjian ditandatangani?
    Pukul berapa majlis menandatangani perjanjian?
    Majlis pemeteraian MoU
    Bila sesi tandatangan?
    Signing ceremony pukul berapa?
    Tandatangan perjanjian kerjasama di dewan mana?
    Majlis pemeteraian perjanjian bila?
    Bila sign MoU?
    Majlis menandatangani MoU hari apa?
    Signing MoU start pukul berapa?
    Pemeteraian memorandum persefahaman bila?
    Tandatangan perjanjian habis pukul berapa?
    Signing ceremony di Dewan Pleno ke?
session-initiative-ask =
    Bila Inisiatif Nanning dilancarkan?
    Pengumuman Inisiatif Nanning
    Pelancaran deklarasi Nanning
    Launching Inisiatif Nanning pukul berapa?
    Pelancaran inisiatif di dewan mana?
    Nanning Initiative bila?
    Bila pengisytiharan Inisiatif Nanning?
    Majlis pelancaran bila mula?
    Nanning Initiative launch hari apa?
    Pelancaran Inisiatif Nanning start pukul berapa?
    Lancar inisiatif tamat pukul berapa?
    Launch Inisiatif Nanning di Plenary Hall ke?
    Dokumen Inisiatif Nanning diumumkan bila?
session-city-exchanges-ask =
    Bila pertemuan dua hala?
    Mesyuarat antara bandar raya
    Sesi bilateral dengan bandar China
    Pertemuan bandar kembar
    Pertukaran antara bandar raya pukul berapa?
    Mesyuarat dua hala di Dewan A ke?
    Bilateral meeting bila?
    Sesi pertukaran persahabatan dengan bandar ASEAN
    Pertemuan dua hala hari apa?
    Bilateral meeting start pukul berapa?
    Sesi city-to-city exchange dewan mana?
    Mesyuarat bandar kembar tamat pukul berapa?
    Sesi one-on-one antara bandar raya bila?
session-visit-qingxiu-ask =
    Bila lawatan ke Gunung Qingxiu?
    Lawatan bersiar-siar
    Jalan-jalan ke Qingxiu pukul berapa?
    Lawatan Gunung Qingxiu pukul berapa?
    Bila tour ke Qingxiu?
    Lawatan bandar ke taman Qingxiu hari apa?
    Pukul berapa bertolak ke bukit Qingxiu?
    Trip Qingxiu habis pukul berapa?
    Lawatan Qingxiu Mountain hari apa?
    Tour Gunung Qingxiu start pukul berapa?
    Site visit ke Qingxiushan bila?
    Lawatan berpandu Qingxiu tamat bila?
    Naik bukit Qingxiu, tempat berkumpul kat mana?
session-visit-expo-ask =
    Bila lawatan ke Ekspo?
    Lawatan Ekspo China-ASEAN
    Pukul berapa pergi tengok ekspo?
    Lawatan tapak Ekspo China ASEAN bila?
    Expo tour pukul berapa?
    Pergi CAEXPO hari apa?
    Lawatan ekspo mula pukul 9 ke?
    Bila tengok tapak ekspo?
    Lawatan China-ASEAN Expo start pukul berapa?
    Site visit ekspo CAEXPO tamat bila?
    Lawat tapak pameran Ekspo China ASEAN bila?
    Lawatan berpandu ekspo, tempat berkumpul kat mana?
    Expo visit bila bertolak?
session-departure-ask =
    Bila kita daftar keluar?
    Hari berlepas pulang
    Bas ke lapangan terbang semasa balik
    Check out hotel pukul berapa?
    Bila balik?
    Bas ke airport hari terakhir pukul berapa?
    Keberangkatan delegasi bila?
    Hari pulang, bas ke stesen pukul berapa?
    Hari terakhir nak check out bila?
    Shuttle balik ke airport bertolak pukul berapa?
    Checkout hotel sebelum pukul berapa?
    Keberangkatan, bas ke Stesen Nanning Timur bila?
    Flight balik, bas hotel ke lapangan terbang bila?

## Frequently asked questions: the topic (shown as "About …:"), the answer,
## and ways to ask. Entries marked sample in event.toml are placeholders the
## organisers replace.
# Variables (every answer): $phone (text) the desk's phone, $email (text) its e-mail.

faq-wifi-title = Wi-Fi
faq-wifi-answer = Wi-Fi percuma disediakan di seluruh Pusat Konvensyen dan Pameran serta hotel delegasi. Rangkaian: GMD-Delegates, kata laluan: Nanning2025. Jika tidak dapat bersambung, sila tanya di kaunter bantuan.
faq-wifi-ask =
    Ada wifi tak?
    Apa kata laluan wifi?
    Password wifi apa?
    Macam mana nak sambung internet di tempat acara?
    Nama rangkaian wayarles
    Wi-Fi percuma ada ke?
    Camne nak connect wifi?
    Pw wifi apa ye? Katalaluan wifi
    Internet slow sangat, lembap
    Wifi tak dapat sambung, tak boleh online
    Signal wifi lemah kat dewan
    Nama network wifi apa?
    Ada hotspot internet tanpa wayar?
    Kena login ke nak guna wifi?
    Wifi free kat sini ada x?
    Macam mana nak log masuk wifi?
    Wifi GMD-Delegates password apa?
    Tak dapat connect wireless, camne?
    Internet putus-putus, wifi down
    Kod wifi apa? Wifi takde line

faq-interpretation-title = Interpretasi dan alat dengar
faq-interpretation-answer = Interpretasi antara bahasa Cina dan bahasa Inggeris disediakan untuk sesi pleno dan dialog selari. Sila ambil alat dengar di pintu masuk setiap dewan dengan pas delegasi anda, dan pulangkannya apabila anda keluar. Saluran 1: bahasa Cina; saluran 2: bahasa Inggeris.
faq-interpretation-ask =
    Ada terjemahan ke bahasa Inggeris?
    Di mana nak ambil headset?
    Saluran mana untuk bahasa Inggeris?
    Interpretasi serentak
    Fon kepala untuk terjemahan
    Ada penterjemah tak?
    Jurubahasa ada ke?
    Macam mana nak dengar terjemahan?
    Earphone untuk translation ambil kat mana?
    Headphone atau fon telinga terjemahan
    Receiver alat dengar kat mana?
    Channel berapa untuk English?
    Saya tak faham bahasa Cina, ada translate?
    Ucapan dalam bahasa apa?
    Ada interpreter bahasa Mandarin?
    Alat terjemahan serentak, nak dengar ucapan
    Pinjam headset terjemahan kat mana?
    Nak dengar versi English, tekan channel apa?
    Ada terjemahan bahasa Melayu?
    Headset tak berbunyi, nak tukar alat dengar

faq-dress-code-title = Kod pakaian
faq-dress-code-answer = Pakaian formal (sut atau pakaian rasmi kebangsaan) untuk majlis perasmian, dialog datuk bandar, majlis pemeteraian dan majlis makan malam alu-aluan; pakaian kasual kemas dengan kasut yang selesa untuk lawatan.
faq-dress-code-ask =
    Apa yang perlu saya pakai?
    Ada kod pakaian?
    Perlu pakai sut dan tali leher?
    Pakaian formal atau kasual?
    Boleh pakai baju batik?
    Dress code apa?
    Kena pakai baju apa?
    Pakaian rasmi ke kasual?
    Perlu pakai kot atau blazer?
    Boleh pakai baju Melayu?
    Pakaian tradisional atau pakaian kebangsaan boleh?
    Attire apa untuk acara ni?
    Wajib pakai tie ke?
    Kasut apa yang sesuai?
    Boleh pakai jeans, smart casual?
    Baju kurung boleh ke?
    Business attire wajib ke?
    Kemeja lengan panjang atau t-shirt boleh?
    Lawatan boleh pakai sneakers, kasut sukan?
    Perlu pakai songkok dan samping?

faq-meals-title = Makanan dan keperluan pemakanan
faq-meals-answer = Makan tengah hari disediakan secara bufet di Pusat Konvensyen dan Pameran, dengan hidangan halal dan vegetarian yang dilabel dalam bahasa Cina dan bahasa Inggeris. Untuk alahan atau keperluan lain, sila maklumkan kepada kami melalui profil anda (/profile) atau di kaunter bantuan, dan beritahu juga petugas di bufet.
faq-meals-ask =
    Ada makanan halal?
    Ada hidangan vegetarian?
    Saya alah kacang tanah
    Nak makan di mana?
    Makanan pedas tak?
    Ada daging babi, pork, dalam makanan?
    Saya vegetarian, ada makanan sayur?
    Ada pilihan vegan?
    Saya alergi makanan laut, seafood
    Makanan bebas gluten ada?
    Lunch kat mana? Makan tengah hari
    Sarapan pagi dan makan malam macam mana?
    Ada buffet atau bufet?
    Ada restoran halal dekat sini?
    Air minuman disediakan tak?
    Diet khas, alahan peanut, camne?
    Nak beli makanan kat mana?
    Ada sijil halal, logo halal?
    Menu bufet ada apa? Tak makan daging
    Nak minum kopi, air mineral ada?

faq-prayer-title = Bilik solat
faq-prayer-answer = Sebuah bilik yang tenang untuk bersembahyang disediakan di Pusat Konvensyen dan Pameran, aras 2, bersebelahan Dewan B, dari pukul 08:00 hingga 18:00. Kaunter bantuan boleh menunjukkan arah kiblat (Mekah).
faq-prayer-ask =
    Ada bilik solat?
    Di mana saya boleh solat?
    Surau di mana?
    Arah kiblat ke mana?
    Tempat sembahyang untuk orang Islam
    Masjid terdekat kat mana?
    Nak sembahyang zohor, ada tempat?
    Musolla atau musalla ada tak?
    Ada tempat ambil wuduk, wudhu?
    Kiblat arah mana? Arah Mekah, Makkah
    Saya Muslim, nak sholat, salat, namaz
    Bilik senyap untuk beribadat atau meditasi
    Ada gereja atau tokong, kuil berdekatan?
    Waktu solat kat Nanning pukul berapa?
    Sejadah ada tak?
    Camne nak cari surau?
    Nak solat Jumaat, masjid mana?
    Bilik solat aras berapa?
    Arah kiblat guna kompas, ada app?
    Telekung dan kain pelikat ada?

faq-money-title = Wang dan pembayaran
faq-money-answer = Di China, kebanyakan bayaran dibuat melalui telefon. Alipay dan WeChat Pay menerima kad Visa dan Mastercard antarabangsa: pasang aplikasi, tambah kad anda dan bayar dengan mengimbas kod QR kedai. Wang tunai dalam renminbi (yuan) wajib diterima di semua tempat, jadi bawalah sedikit. Kad antarabangsa boleh digunakan di hotel dan kedai besar, dan mesin ATM Bank of China menerima kad asing.
faq-money-ask =
    Boleh bayar guna kad kredit?
    Di mana boleh tukar duit?
    Macam mana nak set up Alipay?
    Kedai terima tunai tak?
    ATM kat mana?
    Money changer di mana?
    Boleh guna WeChat Pay?
    Nak bayar guna QR code boleh?
    Kad debit Visa atau Mastercard diterima?
    Tukar ringgit ke yuan, RMB, renminbi kat mana?
    Perlu bawa duit tunai, cash?
    Mesin ATM nak withdraw, keluarkan duit
    Bank terdekat kat mana?
    Kadar tukaran dolar ke RMB
    Harga barang mahal tak? Bayaran camne?
    Kedai terima kad tak?
    Boleh guna Touch n Go eWallet, TNG?
    Mesin ATM terima kad asing?
    Bayar guna Apple Pay boleh?
    Alipay tak boleh link kad, camne?

faq-sim-title = Kad SIM dan internet
faq-sim-answer = Dengan perayauan antarabangsa (roaming) atau eSIM antarabangsa, aplikasi yang biasa anda gunakan akan terus berfungsi. Dengan kad SIM China pula, Google, WhatsApp dan banyak aplikasi asing lain tidak dapat digunakan. Kad SIM China dijual di lapangan terbang dan di kedai China Mobile, China Unicom dan China Telecom; sila bawa pasport anda.
faq-sim-ask =
    Di mana boleh beli kad SIM?
    WhatsApp boleh guna di China tak?
    Macam mana nak dapat data mudah alih?
    Roaming saya boleh guna di sini?
    Boleh guna Google?
    Nak beli simkad
    Ada eSIM untuk China?
    Camne nak top up, topup, reload kredit?
    Line phone takde, signal telefon lemah
    Facebook, Instagram, Google kena block ke?
    Perlu VPN ke?
    Internet kat telefon, data 4G 5G
    Beli simcard kena bawa pasport?
    Data roaming mahal tak? Perayauan
    Aplikasi Line dan YouTube disekat ke?
    Nak beli kad SIM prabayar China
    Kedai China Mobile atau Unicom kat mana?
    Pakej data internet telefon berapa?
    Roaming Maxis, Celcom, Digi, U Mobile boleh guna?
    Kena beli VPN untuk WhatsApp?

faq-medical-title = Bantuan perubatan dan kecemasan
faq-medical-answer = Dalam keadaan kecemasan, hubungi 120 untuk ambulans dan 110 untuk polis. Pos pertolongan cemas dengan doktor bertugas dibuka di Pusat Konvensyen dan Pameran sepanjang sesi, bersebelahan pintu masuk utama. Kaunter bantuan akan membantu anda mencari hospital atau farmasi dan boleh menjadi jurubahasa anda.
faq-medical-ask =
    Saya tak sihat, doktor di mana?
    Ada farmasi berdekatan?
    Nombor kecemasan apa?
    Saya perlu ke hospital
    Panggil ambulans
    Klinik kat mana?
    Saya demam, nak jumpa doktor
    Sakit kepala, ada ubat tak? Panadol
    Sakit perut, cirit-birit
    Kedai ubat dekat sini kat mana?
    Ada first aid, pertolongan cemas?
    Saya cedera, luka
    Ada jururawat atau nurse?
    Nombor ambulans China 120
    Emergency, tolong!
    Rasa tak sedap badan, selsema, sakit
    Nak beli ubat di farmasi, pharmacy
    Hospital terdekat ada doktor cakap English?
    Perlukan rawatan segera, klinik 24 jam?
    Pening, muntah, rasa nak pengsan

faq-lost-found-title = Barang hilang dan dijumpai
faq-lost-found-answer = Kehilangan barang? Sila tanya di kaunter bantuan di pintu masuk utama Pusat Konvensyen dan Pameran atau di lobi hotel; barang yang dijumpai di tempat acara disimpan di sana sehingga acara tamat. Jika pasport anda hilang, segera maklumkan kepada kaunter bantuan: mereka akan membantu anda menghubungi polis dan kedutaan anda.
faq-lost-found-ask =
    Telefon saya hilang
    Beg saya tertinggal di dewan
    Di mana kaunter barang hilang?
    Pasport saya hilang
    Dompet saya hilang
    Saya tertinggal beg, kat mana nak cari?
    Terjumpa barang orang, nak hantar kat mana?
    Kunci bilik saya hilang
    Badge atau tag nama saya hilang
    Cermin mata tertinggal
    Handphone, hp saya hilang
    Lost and found kat mana?
    Barang saya lupa ambil, tertinggal
    Passport hilang, nak buat apa?
    Ada orang jumpa telefon bimbit?
    Saya kehilangan barang, wallet
    Tercicir dompet, ada sesiapa jumpa?
    Laptop tertinggal kat dewan, siapa simpan?
    Beg galas saya lesap
    Barang keciciran, nak lapor mana?

faq-luggage-title = Bagasi
faq-luggage-answer = Pada hari keberangkatan, hotel akan menyimpan bagasi anda di kaunter penyambut tetamu selepas daftar keluar. Di Pusat Konvensyen dan Pameran, kaunter simpanan barang bersebelahan pintu masuk utama menyimpan kot dan beg sepanjang sesi.
faq-luggage-ask =
    Di mana boleh tinggalkan beg pakaian?
    Ada tempat simpan barang?
    Boleh simpan bagasi selepas check-out?
    Tumpang simpan luggage di hotel
    Cloakroom di mana?
    Boleh simpan beg kat kaunter?
    Lepas daftar keluar nak letak bagasi kat mana?
    Tempat simpan kot dan beg, coat check
    Ada bilik simpanan luggage?
    Baggage storage ada tak?
    Nak tinggal suitcase sementara
    Left luggage kat mana?
    Beg besar boleh simpan kat mana?
    Ada locker tak?
    Penyimpanan bagasi percuma ke?
    Nak hantar beg ke bilik simpanan
    Simpan beg troli selepas checkout
    Ada porter atau bellboy angkat bagasi?
    Tinggal beg kat concierge boleh?
    Kaunter simpanan beg tutup pukul berapa?

faq-weather-title = Cuaca dan pakaian yang sesuai
faq-weather-answer = Pada bulan Januari, cuaca di Nanning sederhana sejuk: kira-kira 10 °C pada waktu malam hingga 18 °C pada waktu siang, selalunya mendung dan lembap, kadang-kadang hujan. Bawalah jaket tebal atau baju sejuk serta payung; dewan mungkin agak sejuk.
faq-weather-ask =
    Cuaca macam mana?
    Nanning sejuk tak?
    Hujan tak nanti?
    Suhu berapa darjah?
    Perlu bawa jaket?
    Kena bawa baju sejuk ke?
    Ramalan cuaca minggu ni
    Panas ke sejuk kat Nanning?
    Perlu bawa payung?
    Udara lembap tak?
    Iklim Nanning bulan Januari
    Temperature berapa celcius?
    Perlu sweater atau baju tebal?
    Cuaca panas tak? Weather forecast
    Musim sejuk ke sekarang?
    Baju apa sesuai dengan cuaca?
    Berapa darjah celsius kat Nanning?
    Kena bawa winter jacket, baju tebal?
    Nanning berkabus atau mendung?
    Hujan lebat tak, perlu baju hujan?

faq-power-title = Soket elektrik dan voltan
faq-power-answer = China menggunakan 220 V, 50 Hz. Soket menerima palam dua pin leper (jenis A), selalunya digabungkan dengan dua pin bulat (jenis C), dan palam tiga pin leper bersudut (jenis I). Pengecas telefon dan komputer riba biasanya boleh digunakan; bawalah penyesuai palam (adapter). Kaunter penyambut tetamu hotel boleh meminjamkannya.
faq-power-ask =
    Jenis plug apa di China?
    Perlu bawa adapter?
    Voltan berapa?
    Di mana nak cas laptop?
    Ada soket tiga pin tak?
    Soket elektrik jenis apa?
    Perlu converter ke?
    220V ke 240V?
    Bateri telefon habis, nak cas kat mana?
    Boleh pinjam adaptor?
    Plug tiga pin UK boleh guna?
    Ada power bank?
    Charger laptop boleh guna?
    Outlet elektrik kat dewan ada?
    Ada kabel pengecas?
    Elektrik di China berapa volt?
    Plug point kat dewan ada?
    Universal adapter boleh beli kat mana?
    Nak cas telefon bimbit, ada pengecas USB Type-C?
    Soket pin bulat ke pin leper?

faq-visa-title = Visa dan kemasukan
faq-visa-answer = Syarat kemasukan bergantung pada pasport anda: sila semak dengan kedutaan atau konsulat China di negara anda. Pihak penganjur akan menghantar surat jemputan rasmi untuk permohonan visa anda; jika anda belum menerimanya, sila hubungi kaunter bantuan. Sentiasa bawa pasport anda: hotel dan kedai kad SIM akan memintanya.
faq-visa-ask =
    Perlu visa tak?
    Macam mana nak dapat surat jemputan?
    Visa on arrival
    Boleh masuk China tanpa visa?
    Bebas visa untuk rakyat Malaysia?
    Syarat kemasukan ke China
    Kena apply visa ke?
    Invitation letter untuk kedutaan
    Konsulat China kat mana?
    Transit tanpa visa boleh?
    Imigresen, kena tunjuk apa?
    Kastam, barang apa tak boleh bawa?
    Pasport kena sah berapa bulan?
    Bebas visa 30 hari ke?
    Nak mohon visa camne?
    Rakyat Brunei perlu visa?
    Pengecualian visa 30 hari untuk Malaysia?
    Borang ketibaan imigresen kena isi?
    Pasport tamat tempoh, boleh masuk China?
    Surat undangan penganjur untuk permohonan visa

faq-media-title = Media dan fotografi
faq-media-answer = Media yang diakreditasi boleh merakam video dan mengambil gambar majlis perasmian, dialog datuk bandar, majlis pemeteraian dan pelancaran Inisiatif Nanning dari kawasan media. Delegasi boleh mengambil gambar, tetapi diminta tidak berbuat demikian semasa pertemuan dua hala antara bandar raya. Gambar rasmi akan dikongsi selepas acara.
faq-media-ask =
    Boleh ambil gambar?
    Di mana gambar rasmi?
    Pas media
    Boleh rakam video?
    Boleh snap foto?
    Boleh tangkap gambar semasa sesi?
    Jurugambar rasmi ada?
    Akreditasi media untuk wartawan
    Boleh buat live streaming, siaran langsung?
    Boleh buat interview, temu bual?
    Kamera boleh bawa masuk?
    Boleh record video?
    Foto rasmi dapat kat mana?
    Press boleh masuk?
    Boleh upload gambar ke media sosial?
    Kawasan media kat mana?
    Boleh guna drone untuk rakam?
    Wartawan daftar pas media kat mana?
    Gambar rasmi boleh download di mana?
    Boleh siar live di TikTok? Reporter akhbar

faq-contact-title = Menghubungi penganjur
faq-contact-answer = Kaunter bantuan terletak di lobi hotel dan di pintu masuk utama Pusat Konvensyen dan Pameran, dibuka pukul 08:00–20:00 setiap hari sepanjang acara. Telefon: { $phone }. E-mel: { $email }. Atau tanya di sini: sukarelawan yang fasih dalam bahasa anda akan menjawab.
faq-contact-ask =
    Macam mana nak hubungi penganjur?
    Nombor telefon kaunter bantuan?
    Saya nak cakap dengan seseorang
    Siapa yang boleh saya hubungi?
    Nombor telefon urusetia
    Email penganjur apa?
    Nombor hotline
    Kaunter bantuan kat mana?
    Nak buat aduan, complain
    Nak tanya staf atau petugas
    Boleh call siapa?
    Ada orang yang boleh tolong?
    Urus setia, jawatankuasa penganjur
    Nak bercakap dengan orang, bukan bot
    Help desk buka pukul berapa?
    Hubungi pihak penganjur camne?
    Nak WhatsApp urusetia, nombor berapa?
    Pegawai penghubung, LO kami siapa?
    Nak jumpa sukarelawan, volunteer
    Telefon penganjur tak angkat, nak emel mana?
