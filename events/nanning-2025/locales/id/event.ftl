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
