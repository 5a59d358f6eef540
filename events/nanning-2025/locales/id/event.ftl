# Event content of the Global Mayors Dialogue, Nanning 2025, in Indonesian.
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = Dialog Wali Kota Global · Nanning
event-city = Nanning
event-about = Para wali kota dari tujuh negara ASEAN dan para pemimpin kota di Tiongkok bertemu di Nanning untuk memperdalam kerja sama praktis di bidang ekonomi, perdagangan, kebudayaan, pariwisata, dan pendidikan, serta membangun komunitas Tiongkok–ASEAN dengan masa depan bersama yang lebih erat.
contact-desk = Meja layanan delegasi berada di lobi hotel dan di pintu masuk utama Pusat Konvensi dan Pameran, buka pukul 08:00–20:00 setiap hari selama acara berlangsung.

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = Pusat Konvensi dan Pameran Internasional Nanning
venue-nicec-address = Jalan Minzu No. 11, Distrik Qingxiu, Nanning
venue-nicec-about = Lokasi utama: upacara pembukaan, dialog wali kota, dialog paralel, penandatanganan, dan peluncuran Inisiatif Nanning.
venue-hotel-name = Hotel delegasi
venue-hotel-address = Jalan Minzu, Distrik Qingxiu, Nanning
venue-hotel-about = Tempat menginap para delegasi; lokasi registrasi, jamuan makan malam penyambutan, dan titik keberangkatan bus antar-jemput.
venue-qingxiu-name = Kawasan Wisata Gunung Qingxiu
venue-qingxiu-address = Jalan Fenglingnan No. 6-6, Distrik Qingxiu, Nanning
venue-qingxiu-about = Ikon hijau Kota Nanning yang menghadap Sungai Yong; lokasi kunjungan kota.
venue-nng-name = Bandara Internasional Nanning Wuxu (NNG)
venue-nng-address = Kecamatan Wuxu, Distrik Jiangnan, Nanning
venue-nng-about = Sekitar 35 km di sebelah barat daya pusat kota; 40–50 menit dengan mobil.
venue-east-station-name = Stasiun Kereta Api Nanning Timur
venue-east-station-address = Jalan Changhong No. 66, Distrik Qingxiu, Nanning
venue-east-station-about = Stasiun kereta cepat; Metro Jalur 1 melayani rute dari sini ke Pusat Konvensi dan Pameran.

## Rooms

room-nicec-plenary-hall = Aula Pleno
room-nicec-hall-a = Aula A
room-nicec-hall-b = Aula B
room-nicec-dining-hall = Ruang Makan
room-hotel-lobby = Lobi
room-hotel-banquet-hall = Ruang Perjamuan

## Sessions: title and a short description

session-arrival-title = Kedatangan dan akreditasi
session-arrival-description = Delegasi tiba serta mengambil tanda pengenal dan paket selamat datang di meja layanan. Bus antar-jemput tersedia dari bandara dan Stasiun Nanning Timur.
session-welcome-dinner-title = Jamuan makan malam penyambutan
session-welcome-dinner-description = Jamuan makan malam yang diselenggarakan oleh Pemerintah Rakyat Kota Nanning untuk seluruh delegasi.
session-opening-title = Upacara pembukaan
session-opening-description = Kata sambutan dari kota tuan rumah dan tamu kehormatan, menandai dibukanya Dialog Wali Kota Global.
session-mayors-dialogue-title = Dialog Wali Kota Global
session-mayors-dialogue-description = Para wali kota dari Tiongkok dan mancanegara membahas kerja sama praktis di bidang industri, kebudayaan, dan pendidikan, serta pertukaran antarperadaban.
session-lunch-16-title = Makan siang
session-lunch-16-description = Makan siang prasmanan untuk seluruh delegasi.
session-dialogue-trade-title = Dialog paralel: kerja sama ekonomi dan perdagangan
session-dialogue-trade-description = Perwakilan kota dan para pakar bertukar gagasan tentang kerja sama antarkota di bidang ekonomi dan perdagangan, serta tentang "Saluran Nanning" antara Tiongkok dan ASEAN.
session-dialogue-tourism-title = Dialog paralel: pariwisata budaya
session-dialogue-tourism-description = Perwakilan kota dan para pakar bertukar gagasan tentang kerja sama kebudayaan dan pariwisata antara kota-kota di Tiongkok dan kota-kota mancanegara.
session-signing-title = Penandatanganan perjanjian kerja sama
session-signing-description = Kota-kota peserta menandatangani perjanjian kerja sama di bidang perdagangan internasional, pertukaran budaya, pariwisata, olahraga, dan pendidikan.
session-initiative-title = Peluncuran Inisiatif Nanning
session-initiative-description = Peluncuran Inisiatif Nanning, yang memuat hasil pertukaran dan kerja sama antara kota-kota di Tiongkok dan kota-kota mancanegara.
session-lunch-17-title = Makan siang
session-lunch-17-description = Makan siang prasmanan untuk seluruh delegasi.
session-city-exchanges-title = Pertukaran antarkota
session-city-exchanges-description = Pertemuan bilateral antara kota-kota di Tiongkok dan ASEAN mengenai pertukaran persahabatan dan proyek kerja sama praktis.
session-visit-qingxiu-title = Kunjungan ke Gunung Qingxiu
session-visit-qingxiu-description = Kunjungan dengan pemandu ke kawasan wisata paling terkenal di Nanning. Disarankan mengenakan alas kaki yang nyaman.
session-visit-expo-title = Kunjungan ke lokasi Ekspo Tiongkok–ASEAN
session-visit-expo-description = Tur ke lokasi penyelenggaraan Ekspo Tiongkok–ASEAN; Nanning adalah kota tuan rumah tetap ekspo ini.
session-departure-title = Keberangkatan
session-departure-description = Check-out hotel dan bus antar-jemput ke bandara serta Stasiun Nanning Timur.

## Shuttles: route name and where to board

shuttle-airport-hotel-name = Bandara → Hotel delegasi
shuttle-airport-hotel-pickup = Area kedatangan Terminal 2, di meja penyambutan Dialog Wali Kota Global.
shuttle-station-hotel-name = Stasiun Nanning Timur → Hotel delegasi
shuttle-station-hotel-pickup = Pintu keluar utama stasiun, di meja penyambutan Dialog Wali Kota Global.
shuttle-hotel-nicec-name = Hotel delegasi → Pusat Konvensi dan Pameran
shuttle-hotel-nicec-pickup = Pintu masuk utama hotel.
shuttle-nicec-hotel-name = Pusat Konvensi dan Pameran → Hotel delegasi
shuttle-nicec-hotel-pickup = Pintu masuk utama Pusat Konvensi dan Pameran.
shuttle-hotel-airport-name = Hotel delegasi → Bandara
shuttle-hotel-airport-pickup = Pintu masuk utama hotel. Mohon hadir 10 menit lebih awal beserta barang bawaan Anda.
shuttle-hotel-station-name = Hotel delegasi → Stasiun Nanning Timur
shuttle-hotel-station-pickup = Pintu masuk utama hotel. Mohon hadir 10 menit lebih awal beserta barang bawaan Anda.

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ Dari bandara
transport-airport-body =
    Bandara Internasional Nanning Wuxu (NNG) terletak sekitar 35 km di sebelah barat daya pusat kota.
    • Bus antar-jemput acara: gratis bagi delegasi pada 15 Januari; carilah meja penyambutan di area kedatangan Terminal 2.
    • Taksi: naiklah taksi hanya dari pangkalan taksi resmi di luar area kedatangan; perjalanan memakan waktu 40–50 menit dengan tarif sekitar 100–150 yuan.
    • Bus bandara: bus berangkat dari luar area kedatangan menuju pusat kota, kira-kira setiap 30 menit.
transport-railway-title = 🚄 Dari Stasiun Nanning Timur
transport-railway-body =
    Kereta cepat tiba di Stasiun Kereta Api Nanning Timur.
    • Bus antar-jemput acara: gratis bagi delegasi pada 15 Januari; meja penyambutan berada di pintu keluar utama.
    • Metro: Jalur 1 melaju langsung dari stasiun ke Stasiun Pusat Konvensi dan Pameran (sekitar 15 menit).
    • Taksi: gunakan pangkalan taksi resmi; perjalanan ke pusat kota memakan waktu sekitar 20 menit.
transport-metro-title = 🚇 Metro
transport-metro-body =
    Metro Nanning memiliki lima jalur. Jalur 1 melintasi Jalan Minzu dan menghubungkan Stasiun Nanning Timur dengan Stasiun Pusat Konvensi dan Pameran, di sebelah lokasi utama.
    • Tiket: beli tiket sekali jalan di mesin tiket di stasiun (tunai atau pembayaran seluler), atau pindai kode QR transportasi di Alipay atau WeChat.
    • Kereta beroperasi sekitar pukul 06:30 hingga 23:00.
transport-shuttles-title = 🚌 Bus antar-jemput acara
transport-shuttles-body = Bus antar-jemput acara gratis bagi delegasi yang mengenakan tanda pengenal. Waktu yang tercantum adalah waktu setempat.
transport-taxi-title = 🚕 Taksi dan taksi daring
transport-taxi-body =
    Taksi mudah ditemukan dan menggunakan argometer. Sebagian besar sopir tidak berbahasa Inggris: buka lokasi tujuan di bot ini dan tunjukkan kartu taksinya kepada sopir.
    • Taksi daring: aplikasi DiDi tersedia dalam bahasa Inggris dan juga dapat digunakan melalui Alipay serta WeChat.
    • Pembayaran: Alipay dan WeChat Pay menerima kartu internasional; sebagian besar taksi juga menerima uang tunai.

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 Nomor darurat di Tiongkok: polisi 110, ambulans 120, pemadam kebakaran 119, kecelakaan lalu lintas 122.
taxi-card-hint = 🚕 Tunjukkan pesan ini kepada sopir taksi: pesan ini memuat tujuan Anda dalam bahasa Mandarin.

## Questions: ways delegates ask about an item, one per line (never shown;
## the bot learns from them to recognise typed questions). Optional for any
## venue, session or transport topic: <item>-ask.

venue-nicec-ask =
    Pusat konvensinya di mana?
    Lokasi utama acara di mana ya?
    Bagaimana cara ke tempat konferensi?
    Alamat gedung pameran
    Venue acaranya di mana?
    Convention center dmn ya kak? Venuenya dimana?
    Gedung konvensi NICEC alamatnya apa?
    Peta lokasi Pusat Konvensi dan Pameran
    Jalan Minzu no 11 itu gedung apa?
    Gmn cara ke venue, jauh gak dari sini?
venue-hotel-ask =
    Hotel kita di mana?
    Delegasi menginap di hotel apa?
    Alamat hotel delegasi
    Nama hotelnya apa?
    Hotelnya dmn ya?
    Kita nginep di hotel mana? Akomodasi peserta
    Lokasi penginapan delegasi, ada peta?
    Gmn cara balik ke hotel?
    Hotel delegasi dimana? Jauh ga dari sini?
venue-qingxiu-ask =
    Gunung Qingxiu di mana?
    Lokasi taman Qingxiu
    Tempat wisata yang dikunjungi di mana?
    Qingxiu Mountain itu di mana?
    Qingxiushan dmn? Qing Xiu Shan alamatnya apa?
    Alamat kawasan wisata Gunung Qingxiu
    Gunungnya dimana, jauh ga dari kota?
    Gmn cara ke Qingxiu park?
    Peta bukit Qingxiu dekat Sungai Yong
venue-nng-ask =
    Bandaranya di mana?
    Jarak bandara ke kota berapa km?
    Bandara Nanning jauh tidak dari pusat kota?
    Bandara Wuxu dmn? Airport NNG
    Alamat Bandara Internasional Nanning Wuxu
    Lokasi bandar udara Nanning dimana?
    Bandaranya jauh gak, brp km?
    Nanning airport di distrik mana?
    Peta bandara, Terminal 2 yg mana?
venue-east-station-ask =
    Stasiun keretanya di mana?
    Lokasi stasiun kereta cepat
    Stasiun Nanning Timur di mana?
    Nanning East station dmn? Nanning Dong
    Alamat stasiun kereta api, Jalan Changhong
    Stasiun KA timur yg mana? Dimana stasiunnya?
    Stasiunnya jauh gak dari hotel?
    Peta stasiun kereta cepat Nanning
    Stasiun HSR alamatnya apa?
transport-airport-ask =
    Dari bandara ke hotel naik apa?
    Ada jemputan di bandara?
    Penjemputan saat tiba di bandara
    Naik taksi dari bandara berapa?
    Ada shuttle dari bandara?
    Dijemput gak di airport? Airport pickup
    Ada bus bandara kayak Damri?
    Baru mendarat, ke hotel gmn caranya?
    Brp lama perjalanan dari bandara ke kota?
    Ongkos taksi dari bandara brp yuan?
transport-railway-ask =
    Dari stasiun ke hotel bagaimana caranya?
    Saya datang naik kereta cepat
    Ada jemputan di stasiun kereta?
    Saya tiba di Stasiun Nanning Timur
    Turun kereta terus ke hotel gmn?
    Shuttle dari stasiun ada gak?
    Naik taksi dari stasiun brp lama?
    Dari stasiun kereta api naik metro bisa?
    Sy naik high speed train, dijemput di stasiun?
transport-metro-ask =
    Bisa naik MRT?
    Metro jalur berapa ke lokasi acara?
    Cara beli tiket MRT
    Stasiun metro terdekat di mana?
    Ada subway?
    Naik kereta bawah tanah line 1 ke venue, MRT dimana?
    MRT buka jam brp, sampai jam berapa?
    Harga tiket metro brp? Tiketnya beli dmn?
    Bayar MRT pakai QR Alipay atau WeChat bisa gak?
    Ada LRT atau KRL di Nanning?
transport-shuttles-ask =
    Jam berapa bus ke lokasi acara berangkat?
    Jam keberangkatan bus antar-jemput
    Ada shuttle dari hotel?
    Bus balik ke hotel jam berapa?
    Shuttle bus berangkat dari mana?
    Jadwal shuttle-nya gmn? Shuttlenya tiap brp menit?
    Bus antar jemput gratis gak? Bayar gak?
    Naik bis panitia dari mana?
    Shutel ke venue jam brp?
    Perlu tanda pengenal buat naik bus delegasi?
transport-taxi-ask =
    Bagaimana cara dapat taksi?
    Bisa pakai Grab atau Gojek?
    Ada ojol atau taksi online?
    Bayar taksi pakai apa?
    Pesan taksi lewat aplikasi
    Gmn cara pesan DiDi? Aplikasi Didi
    Taxi pakai argo gak? Tarif taksi brp?
    Supir taksinya gak bisa bahasa Inggris, gmn?
    Kartu taksi buat ditunjukkan ke sopir
    Bisa sewa mobil atau taksi daring?
session-arrival-ask =
    Ambil ID card di mana?
    Registrasi di mana?
    Tempat akreditasi di mana?
    Daftar ulang waktu tiba di mana?
    Tanda pengenal peserta diambil di mana?
    Ambil badge atau name tag dmn?
    Meja registrasi buka jam brp?
    Paket selamat datang, welcome kit, goodie bag
    Registrasi ulang kedatangan delegasi kapan?
    Regis peserta di lobi hotel jam berapa?
session-welcome-dinner-ask =
    Jamuan makan malam penyambutan jam berapa?
    Ada makan malam di hari pertama?
    Welcome dinner kapan?
    Gala dinner jam berapa?
    Jamuan makan malam di mana? Ruang perjamuan
    Dinner-nya dmn? Dinnernya jam brp?
    Banquet atau resepsi penyambutan kapan?
    Makan malam bersama tuan rumah Pemerintah Kota Nanning
    Acara ramah tamah tgl 15 jam berapa?
session-opening-ask =
    Upacara pembukaan mulai jam berapa?
    Pembukaannya kapan?
    Jam berapa acara dibuka?
    Opening ceremony jam berapa?
    Seremoni pembukaan resmi di aula mana?
    Opening-nya dmn? Aula Pleno?
    Acara pembukaan selesai jam brp?
    Kata sambutan pembukaan dari tuan rumah kapan?
    Pembukaan acara tgl 16 mulai jam brp?
session-mayors-dialogue-ask =
    Dialog wali kota kapan?
    Jam berapa dialog utama?
    Sidang pleno para wali kota
    Kapan walikota berdialog?
    Mayors dialogue jam brp?
    Forum wali kota global di aula mana?
    Diskusi para walkot mulai kapan?
    Sesi pleno dialog utama selesai jam berapa?
    Pertemuan wali kota soal kerja sama industri dan pendidikan
session-dialogue-trade-ask =
    Dialog ekonomi dan perdagangan kapan?
    Sesi perdagangan di ruang mana?
    Forum kerja sama bisnis
    Diskusi soal ekonomi dan dagang
    Dialog paralel ekonomi di Aula A?
    Sesi trade dan investasi jam brp?
    Panel ekonomi perdagangan dmn?
    Saluran Nanning, Nanning Channel, dibahas kapan?
    Parallel session ekonomi mulai jam berapa?
session-dialogue-tourism-ask =
    Dialog pariwisata budaya kapan?
    Sesi pariwisata di mana?
    Forum budaya dan wisata
    Diskusi soal pariwisata
    Dialog paralel pariwisata di Aula B?
    Sesi tourism jam brp?
    Panel kebudayaan dan turisme dmn?
    Parallel session pariwisata mulai jam berapa?
    Wisata budaya dibahas di ruang mana?
session-signing-ask =
    Kapan penandatanganan perjanjian?
    Upacara tanda tangan jam berapa?
    Penandatanganan MoU kapan?
    Teken kerja sama kapan?
    Signing ceremony jam brp?
    Penandatangan perjanjian kerja sama di aula mana?
    Tanda tangan nota kesepahaman dmn?
    Teken MoU antarkota mulai jam berapa?
    Kesepakatan kerja sama ditandatangani kapan?
session-initiative-ask =
    Inisiatif Nanning diluncurkan kapan?
    Pengumuman Inisiatif Nanning
    Peluncuran deklarasi Nanning
    Launching Nanning Initiative jam brp?
    Peluncuran inisiatif di aula mana?
    Launch inisiatifnya kapan?
    Deklarasi bersama diumumkan jam berapa?
    Inisiatif Nanning itu apa, kapan diluncurkan?
session-city-exchanges-ask =
    Pertemuan bilateral kapan?
    Pertemuan antarkota
    Bilateral meeting jam berapa?
    Ketemu dengan kota mitra kapan?
    Pertukaran antarkota di aula mana?
    City exchange jam brp?
    Rapat bilateral dgn kota sahabat dmn?
    Pertemuan sister city, kota kembar, kapan?
    Pertukaran persahabatan antara kota Tiongkok dan ASEAN
session-visit-qingxiu-ask =
    Kunjungan ke Gunung Qingxiu kapan?
    Tur jalan-jalan keliling kota
    City tour jam berapa?
    Tur ke Qingxiu berangkat jam brp?
    Wisata ke gunung Qingxiu tgl 17
    Sightseeing atau tamasya kapan?
    Kunjungan kota dengan pemandu
    Jalan jalan ke Qingxiu kumpul dmn?
    Field trip ke taman Qingxiu jam berapa?
session-visit-expo-ask =
    Kunjungan ke Expo kapan?
    Tur Ekspo Tiongkok–ASEAN
    Kunjungan ke CAEXPO
    China ASEAN Expo kapan?
    Tur ke lokasi ekspo jam brp?
    Kunjungan ekspo tgl 18 jam berapa?
    Site visit ke tempat expo
    Ekspo China ASEAN berangkat dmn?
    Lihat lokasi ekspo Tiongkok ASEAN kapan?
session-departure-ask =
    Check-out jam berapa?
    Hari kepulangan
    Shuttle ke bandara waktu pulang
    Kapan kita pulang?
    Checkout hotel jam brp? Cek out kapan?
    Bus ke bandara atau stasiun tgl 18 jam berapa?
    Hari terakhir, keberangkatan delegasi pulang
    Pulang ke tanah air, bus berangkat dmn?
    Harus keluar dari hotel jam brp?

## Frequently asked questions: the topic (shown as "About …:"), the answer,
## and ways to ask. Entries marked sample in event.toml are placeholders the
## organisers replace.
# Variables (every answer): $phone (text) the desk's phone, $email (text) its e-mail.

faq-wifi-title = Wi-Fi
faq-wifi-answer = Wi-Fi gratis tersedia di Pusat Konvensi dan Pameran serta di hotel delegasi. Jaringan: GMD-Delegates, kata sandi: Nanning2025. Jika tidak dapat tersambung, silakan bertanya di meja layanan.
faq-wifi-ask =
    Ada wifi?
    Password wifi-nya apa?
    Cara tersambung ke internet di lokasi acara
    Nama jaringan wifi
    Kata sandi wifi
    Wifi dmn? Wifinya dimana ya?
    Pw wifi apa kak? Passwordnya apa?
    Pasword wi fi yg benar apa?
    Gmn cara konek wifi? Connect ke jaringan
    Wifinya gak bisa nyambung, ga konek
    Internetnya lemot, sinyal wifi lemah
    Login wifi gimana? Username dan sandinya apa?
    Ada hotspot atau free wifi gratis?
    Bisa online di aula? Akses internet brp?
    Jaringan wireless atau WLAN ada ga? Wifi gk ada?

faq-interpretation-title = Juru bahasa dan headset
faq-interpretation-answer = Sidang pleno dan dialog paralel diterjemahkan secara lisan antara bahasa Mandarin dan bahasa Inggris. Silakan ambil headset di pintu masuk setiap aula dengan menunjukkan tanda pengenal Anda, dan kembalikan saat meninggalkan aula. Saluran 1: bahasa Mandarin, saluran 2: bahasa Inggris.
faq-interpretation-ask =
    Ada terjemahan ke bahasa Inggris?
    Headset penerjemah ambil di mana?
    Bahasa Inggris di channel berapa?
    Penerjemahan simultan
    Ada interpreter?
    Ada penerjemah atau juru bahasa?
    Alat penerjemah, receiver, ambil dmn?
    Earphone atau headphone buat dengar terjemahan
    Channel bahasa Mandarin brp? Saluran English yg mana?
    Sy gak ngerti bahasa China, gmn?
    Ada translator? Bisa translate ke bahasa Indonesia?
    Gimana cara dengerin terjemahan pidato?
    Pembicara pakai bahasa Cina, diterjemahkan nggak?
    Headsetnya harus dikembalikan?
    Translation English ada gak? Tidak paham bahasanya

faq-dress-code-title = Ketentuan berpakaian
faq-dress-code-answer = Pakaian resmi (setelan jas atau busana resmi nasional) untuk upacara pembukaan, dialog wali kota, penandatanganan, dan jamuan makan malam penyambutan; pakaian rapi santai (smart casual) dengan alas kaki yang nyaman untuk kunjungan.
faq-dress-code-ask =
    Pakai baju apa?
    Ada dress code?
    Harus pakai jas dan dasi?
    Pakaian resmi atau santai?
    Boleh pakai batik?
    Dresscode-nya apa? Dresscodenya formal?
    Aturan berpakaian yg berlaku gmn?
    Pakai setelan jas, blazer, atau kemeja?
    Perlu pakai dasi ga? Harus pake jas nggak?
    Boleh pakai baju adat atau busana nasional?
    Pakai PDH atau baju dinas?
    Formal atau casual? Smart casual itu gmn?
    Sepatu apa yg cocok? Boleh sneakers?
    Outfit buat pembukaan apa? Kostum apa?
    Boleh pakai jeans atau kaos?
    Kebaya atau peci boleh gak?

faq-meals-title = Makanan dan diet khusus
faq-meals-answer = Makan siang disajikan secara prasmanan di Pusat Konvensi dan Pameran, dengan hidangan halal dan vegetarian yang diberi label dalam bahasa Mandarin dan bahasa Inggris. Jika Anda memiliki alergi atau kebutuhan lain, mohon beri tahu kami melalui profil Anda (/profile) atau di meja layanan, serta sampaikan juga kepada petugas di meja prasmanan.
faq-meals-ask =
    Ada makanan halal?
    Ada menu vegetarian?
    Saya alergi kacang
    Makan di mana?
    Makanannya pedas tidak?
    Apakah makanannya mengandung babi?
    Makanannya halal ga? Ada label halal?
    Ada babinya gak? Pork atau minyak babi
    Menu vegan ada? Sy tidak makan daging
    Alergi seafood, udang, makanan laut
    Ada makanan bebas gluten? Diet khusus
    Makan siang prasmanan atau buffet dmn?
    Sarapan jam brp? Breakfast di mana?
    Air minum ada? Minuman, kopi, teh
    Ada restoran halal dekat sini? Restaurant
    Makanannya pedes gak? Ada pantangan makanan

faq-prayer-title = Ruang ibadah
faq-prayer-answer = Ruang ibadah yang tenang tersedia di Pusat Konvensi dan Pameran, lantai 2, di sebelah Aula B, buka pukul 08:00–18:00. Petugas meja layanan dapat menunjukkan arah kiblat kepada Anda.
faq-prayer-ask =
    Ada musala?
    Mushola di mana?
    Tempat salat di mana?
    Mau sholat, ada ruangan?
    Arah kiblat ke mana?
    Tempat ibadah
    Musholla atau mushala dmn?
    Ruang sholat, solat, shalat, sembahyang
    Kiblatnya ke arah mana? Arah Mekkah
    Tempat wudhu atau wudu ada ga?
    Masjid terdekat dimana? Mesjid
    Salat Jumat atau jumatan dmn?
    Saya muslim, ada ruang doa buat berdoa?
    Ruang ibadah buka jam brp?
    Ada ruang tenang untuk meditasi?
    Gereja, vihara, atau klenteng terdekat

faq-money-title = Uang dan pembayaran
faq-money-answer = Di Tiongkok, pembayaran umumnya dilakukan melalui ponsel. Alipay dan WeChat Pay menerima kartu Visa dan Mastercard internasional: unduh aplikasinya, tambahkan kartu Anda, lalu bayar dengan memindai kode QR toko. Uang tunai renminbi (yuan) wajib diterima di semua tempat, jadi sebaiknya Anda membawa sejumlah uang tunai. Kartu internasional dapat digunakan di hotel dan toko besar, serta ATM Bank of China menerima kartu luar negeri.
faq-money-ask =
    Bisa bayar pakai kartu kredit?
    Tukar uang di mana?
    Cara daftar Alipay
    Toko terima uang tunai?
    ATM terdekat di mana?
    Money changer dmn? Penukaran valas
    Bisa bayar pakai kartu debit, Visa, atau Mastercard?
    Cara pakai WeChat Pay? Wechat pay gmn?
    Bayar pakai scan QR code bisa? QRIS bisa gak?
    Bayar cash pakai yuan atau RMB? Renminbi
    Kurs rupiah ke yuan brp? Dolar
    Tarik tunai atau ambil uang di ATM bisa? Bank dimana?
    Kartu ATM Indonesia bisa dipakai gak?
    Perlu bawa uang cash brp? Harga di sini mahal?
    Pembayaran pakai e-wallet atau dompet digital

faq-sim-title = Kartu SIM dan internet
faq-sim-answer = Dengan roaming atau eSIM internasional, aplikasi yang biasa Anda gunakan tetap berfungsi. Jika Anda memakai kartu SIM Tiongkok, Google, WhatsApp, dan banyak aplikasi asing lainnya tidak dapat digunakan. Kartu SIM Tiongkok dijual di bandara serta di gerai China Mobile, China Unicom, dan China Telecom; jangan lupa membawa paspor Anda.
faq-sim-ask =
    Kartu SIM dijual di mana?
    WA bisa dipakai di China?
    Cara dapat kuota internet
    Roaming saya jalan di sini?
    Bisa buka Google?
    Beli kartu perdana
    Beli simcard dmn? Sim card lokal
    eSIM bisa dipakai? Esim apa yg bagus?
    Paket data atau data seluler gmn?
    Isi pulsa atau top up kuota dimana?
    WhatsApp, Instagram, Facebook, Gmail diblokir?
    Perlu VPN ga buat buka IG dan YouTube?
    Sinyal HP 4G atau 5G di sini bagus?
    Beli SIM perlu paspor?
    China Mobile, Unicom, atau Telecom, provider mana?
    Internet di hp gmn? Roaming internasional

faq-medical-title = Bantuan medis dan darurat
faq-medical-answer = Dalam keadaan darurat, hubungi 120 untuk ambulans dan 110 untuk polisi. Pos pertolongan pertama dengan dokter jaga tersedia di Pusat Konvensi dan Pameran, di sebelah pintu masuk utama, selama sesi berlangsung. Petugas meja layanan akan membantu Anda menemukan rumah sakit atau apotek dan dapat mendampingi Anda sebagai penerjemah.
faq-medical-ask =
    Saya sakit, dokter di mana?
    Ada apotek dekat sini?
    Nomor darurat berapa?
    Saya perlu ke rumah sakit
    Tolong panggil ambulans
    Saya kurang enak badan
    Apotik atau toko obat dmn?
    Saya demam dan pusing, sakit kepala
    Sakit perut, mual, diare, gmn?
    Klinik atau RS terdekat dimana?
    Ambulan nomornya brp? 120
    Ada pos P3K, pertolongan pertama?
    Sy jatuh dan luka, terkilir, cedera
    Beli obat flu, paracetamol, dmn?
    Ada perawat atau suster?
    Keadaan darurat, gawat darurat, IGD atau UGD

faq-lost-found-title = Barang hilang dan temuan
faq-lost-found-answer = Kehilangan barang? Silakan tanyakan ke meja layanan di pintu masuk utama Pusat Konvensi dan Pameran atau di lobi hotel; barang yang ditemukan di lokasi acara disimpan di sana hingga acara berakhir. Jika paspor Anda hilang, segera beri tahu meja layanan: petugas akan membantu Anda menghubungi polisi dan kedutaan besar negara Anda.
faq-lost-found-ask =
    HP saya hilang
    Tas saya ketinggalan di aula
    Tempat barang hilang di mana?
    Paspor saya hilang
    Lost and found di mana?
    Hp sy ilang, gmn?
    Dompet saya hilang, dompetnya ilang
    Ponsel ketinggalan di ruangan
    Kacamata saya ketinggalan
    Kunci kamar hilang
    Badge atau tanda pengenal saya hilang
    Lupa bawa tas, kelupaan di kursi
    Nemu barang orang, taruh dmn?
    Barang temuan disimpan dimana? Barang hilang ngga ketemu
    Kehilangan barang lapor ke mana?

faq-luggage-title = Barang bawaan
faq-luggage-answer = Pada hari keberangkatan, hotel dapat menyimpan barang bawaan Anda di meja resepsionis setelah check-out. Di Pusat Konvensi dan Pameran, tempat penitipan barang di sebelah pintu masuk utama menerima titipan mantel dan tas selama sesi berlangsung.
faq-luggage-ask =
    Koper saya bisa dititipkan di mana?
    Ada tempat penitipan barang?
    Bisa titip tas setelah check-out?
    Penitipan bagasi di hotel
    Ada loker?
    Titip koper dmn? Nitip kopernya bisa gak?
    Barang bawaan disimpan dimana?
    Simpan luggage atau baggage dmn?
    Tempat titip mantel, cloakroom, coat check
    Ada locker atau storage buat tas besar?
    Setelah checkout koper ditaruh dmn?
    Resepsionis hotel bisa simpan koper?
    Tas besar boleh dibawa ke aula?
    Penitipan tas di venue ada gak?

faq-weather-title = Cuaca dan pakaian
faq-weather-answer = Cuaca Nanning pada bulan Januari relatif sejuk: sekitar 10 °C pada malam hari hingga 18 °C pada siang hari, sering berawan dan lembap, kadang hujan. Bawalah jaket hangat atau sweter serta payung; suhu di dalam aula bisa terasa dingin.
faq-weather-ask =
    Cuacanya bagaimana?
    Di Nanning dingin tidak?
    Bakal hujan?
    Suhunya berapa derajat?
    Perlu bawa jaket?
    Cuaca Nanning bulan Januari gmn?
    Dingin ga di sana? Dingin banget nggak?
    Temperatur brp celcius?
    Hujan gak? Perlu bawa payung?
    Panas atau gerah gak? Hangat?
    Udaranya lembap atau lembab?
    Perlu sweater, sweter, atau baju hangat?
    Prakiraan cuaca, ramalan cuaca, forecast
    Iklimnya gmn? Musim dingin ada salju?
    Baju apa yg cocok untuk cuaca di sana?

faq-power-title = Stopkontak dan tegangan listrik
faq-power-answer = Tiongkok menggunakan listrik 220 V, 50 Hz. Stopkontak menerima steker dua pin pipih (tipe A), sering kali digabung dengan dua pin bulat (tipe C), serta tiga pin pipih miring (tipe I). Pengisi daya ponsel dan laptop biasanya dapat langsung digunakan, tetapi bawalah adaptor steker. Resepsionis hotel juga dapat meminjamkannya.
faq-power-ask =
    Colokan listrik di China tipe apa?
    Perlu adaptor?
    Voltasenya berapa?
    Charge laptop di mana?
    Ada colokan buat ngecas HP?
    Stop kontak atau stopkontak dimana? Colokan dmn?
    Colokannya bulat atau pipih? Steker tipe apa?
    Perlu adapter atau konverter? Travel adapter
    Tegangan listrik 220 volt? 220V
    Cas hp dmn? Ngecas laptop bisa gak?
    Pinjam charger atau kabel data
    Boleh bawa power bank? Powerbank
    Baterai HP habis, lowbat, mau isi daya
    Colokan Indonesia bisa dipakai ga?
    Ada terminal listrik atau colokan T?

faq-visa-title = Visa dan ketentuan masuk
faq-visa-answer = Ketentuan masuk bergantung pada paspor Anda: silakan tanyakan kepada kedutaan besar atau konsulat Tiongkok di negara Anda. Panitia mengirimkan surat undangan resmi untuk pengajuan visa Anda; jika Anda belum menerimanya, silakan hubungi meja layanan. Selalu bawa paspor Anda: hotel dan gerai kartu SIM akan memintanya.
faq-visa-ask =
    Perlu visa?
    Cara dapat surat undangan
    Bisa visa on arrival?
    Bisa masuk China tanpa visa?
    Bebas visa untuk WNI?
    Visanya gmn? Urus visa di mana?
    Invitation letter buat apply visa
    Kedutaan atau konsulat Tiongkok, kedubes China
    Paspor dinas perlu visa ga? Visa gk perlu?
    Lewat imigrasi gmn? Pemeriksaan imigrasi ketat ga?
    Syarat masuk Tiongkok apa aja?
    Visa transit atau visa free brp hari?
    Bea cukai, customs, barang yg dilarang
    Masa berlaku paspor minimal brp bulan?
    Surat undangan resmi belum diterima

faq-media-title = Media dan fotografi
faq-media-answer = Media yang terakreditasi dapat merekam video dan mengambil foto upacara pembukaan, dialog wali kota, penandatanganan, dan peluncuran Inisiatif Nanning dari area pers. Delegasi dipersilakan mengambil foto, tetapi mohon tidak melakukannya selama pertemuan antarkota. Foto resmi akan dibagikan setelah acara selesai.
faq-media-ask =
    Boleh foto-foto?
    Foto resmi bisa didapat di mana?
    Akreditasi wartawan
    Boleh merekam video?
    Boleh ambil gambar?
    Boleh foto ga? Poto boleh nggak?
    Boleh bawa kamera atau drone?
    Rekam video, syuting, atau shooting boleh gak?
    Fotografer resmi, dokumentasi acara dmn?
    Wartawan, jurnalis, pers, media, area pers dmn?
    Live streaming atau siaran langsung boleh?
    Wawancara atau interview boleh gak?
    Fotonya dibagikan kapan? Download foto dmn?
    Boleh upload ke medsos?
    Press room atau ruang media ada gak?

faq-contact-title = Menghubungi panitia
faq-contact-answer = Meja layanan delegasi berada di lobi hotel dan di pintu masuk utama Pusat Konvensi dan Pameran, buka pukul 08:00–20:00 setiap hari selama acara berlangsung. Telepon: { $phone }. Email: { $email }. Anda juga dapat bertanya di sini: relawan yang menguasai bahasa Anda akan menjawab.
faq-contact-ask =
    Cara menghubungi panitia
    Nomor telepon meja layanan berapa?
    Saya mau bicara dengan petugas
    Bisa telepon siapa?
    Nomor CP panitia
    Kontak panitia brp? No telp atau no hp
    Hotline atau nomor WA panitia
    Email panitia apa? Alamat e-mail
    Help desk atau meja informasi dimana?
    Mau ngomong sama orang, staf, atau admin
    Komplain, keluhan, atau pengaduan ke mana?
    Tanya ke siapa? Contact person
    LO saya siapa? Liaison officer
    Penyelenggara atau organizer bisa dihubungi gmn?
    Ada relawan atau volunteer yg bisa bantu?
