# Event content of the Global Mayors Dialogue, Nanning 2025, in Filipino.
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = Pandaigdigang Diyalogo ng mga Alkalde · Nanning
event-city = Nanning
event-about = Nagtitipon sa Nanning ang mga alkalde mula sa pitong bansang kasapi ng ASEAN at ang mga pinuno ng mga lungsod ng Tsina upang palalimin ang praktikal na pagtutulungan sa ekonomiya, kalakalan, kultura, turismo at edukasyon, at upang bumuo ng mas malapit na pamayanan ng Tsina at ASEAN na may iisang kinabukasan.
contact-desk = Ang tanggapan ng tulong para sa mga delegado ay nasa lobi ng hotel at sa pangunahing pasukan ng Sentro ng Kumbensiyon at Eksibisyon, bukas mula 08:00 hanggang 20:00 sa bawat araw ng kaganapan.

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = Pandaigdigang Sentro ng Kumbensiyon at Eksibisyon ng Nanning
venue-nicec-address = 11 Abenida Minzu, Distrito ng Qingxiu, Nanning
venue-nicec-about = Pangunahing pinagdarausan: pagbubukas, diyalogo ng mga alkalde, mga magkasabay na diyalogo, paglagda sa mga kasunduan at ang Inisyatiba ng Nanning.
venue-hotel-name = Hotel ng mga delegasyon
venue-hotel-address = Abenida Minzu, Distrito ng Qingxiu, Nanning
venue-hotel-about = Tuluyan ng mga delegasyon; dito ginaganap ang rehistrasyon at ang hapunang pagsalubong, at dito umaalis ang mga sasakyang panghatid.
venue-qingxiu-name = Pook-pasyalan ng Bundok Qingxiu
venue-qingxiu-address = 6-6 Daang Fenglingnan, Distrito ng Qingxiu, Nanning
venue-qingxiu-about = Luntiang palatandaan ng Nanning na tanaw ang Ilog Yong; dito gaganapin ang pagbisita sa lungsod.
venue-nng-name = Paliparang Pandaigdig ng Nanning Wuxu (NNG)
venue-nng-address = Bayan ng Wuxu, Distrito ng Jiangnan, Nanning
venue-nng-about = Mga 35 km sa timog-kanluran ng sentro ng lungsod; 40–50 minuto sakay ng kotse.
venue-east-station-name = Istasyon ng Tren ng Silangang Nanning
venue-east-station-address = 66 Daang Changhong, Distrito ng Qingxiu, Nanning
venue-east-station-about = Istasyon ng mabibilis na tren; mula rito, tumatakbo ang Linya 1 ng metro hanggang sa Sentro ng Kumbensiyon at Eksibisyon.

## Rooms

room-nicec-plenary-hall = Bulwagang Plenaryo
room-nicec-hall-a = Bulwagan A
room-nicec-hall-b = Bulwagan B
room-nicec-dining-hall = Silid-kainan
room-hotel-lobby = Lobi
room-hotel-banquet-hall = Bulwagang Piging

## Sessions: title and a short description

session-arrival-title = Pagdating at akreditasyon
session-arrival-description = Darating ang mga delegasyon at kukunin nila sa tanggapan ng tulong ang kanilang kard ng akreditasyon at pakete ng pagsalubong. May mga sasakyang panghatid mula sa paliparan at sa istasyon ng Silangang Nanning.
session-welcome-dinner-title = Hapunang pagsalubong
session-welcome-dinner-description = Hapunang handog ng Pamahalaang Panlungsod ng Nanning para sa lahat ng delegasyon.
session-opening-title = Seremonya ng pagbubukas
session-opening-description = Mga pananalita ng pagtanggap mula sa punong-abalang lungsod at sa mga panauhing pandangal, bilang pagbubukas ng Pandaigdigang Diyalogo ng mga Alkalde.
session-mayors-dialogue-title = Pandaigdigang Diyalogo ng mga Alkalde
session-mayors-dialogue-description = Tinatalakay ng mga alkalde mula sa Tsina at sa ibang bansa ang praktikal na pagtutulungan sa industriya, kultura at edukasyon, at ang palitan sa pagitan ng mga sibilisasyon.
session-lunch-16-title = Pananghalian
session-lunch-16-description = Salu-salong pananghalian para sa lahat ng delegado.
session-dialogue-trade-title = Magkasabay na diyalogo: pagtutulungan sa ekonomiya at kalakalan
session-dialogue-trade-description = Nagpapalitan ng kaisipan ang mga kinatawan ng mga lungsod at mga eksperto tungkol sa pagtutulungan ng mga lungsod sa ekonomiya at kalakalan, at tungkol sa "Daluyan ng Nanning" sa pagitan ng Tsina at ASEAN.
session-dialogue-tourism-title = Magkasabay na diyalogo: turismong pangkultura
session-dialogue-tourism-description = Nagpapalitan ng kaisipan ang mga kinatawan ng mga lungsod at mga eksperto tungkol sa pagtutulungan sa kultura at turismo ng mga lungsod ng Tsina at ng mga lungsod sa ibang bansa.
session-signing-title = Paglagda sa mga kasunduan ng pagtutulungan
session-signing-description = Lalagda ang mga lungsod sa mga kasunduan ng pagtutulungan sa internasyonal na kalakalan, palitang pangkultura, turismo, palakasan at edukasyon.
session-initiative-title = Paglulunsad ng Inisyatiba ng Nanning
session-initiative-description = Ilulunsad ang Inisyatiba ng Nanning, na naglalahad ng mga bunga ng palitan at pagtutulungan ng mga lungsod ng Tsina at ng mga lungsod sa ibang bansa.
session-lunch-17-title = Pananghalian
session-lunch-17-description = Salu-salong pananghalian para sa lahat ng delegado.
session-city-exchanges-title = Palitan ng mga lungsod
session-city-exchanges-description = Mga bilateral na pulong ng mga lungsod ng Tsina at ng mga lungsod ng ASEAN tungkol sa palitang pangkaibigan at mga praktikal na proyekto.
session-visit-qingxiu-title = Pagbisita sa Bundok Qingxiu
session-visit-qingxiu-description = Ginabayang pagbisita sa pinakatanyag na pook-pasyalan ng Nanning. Iminumungkahi ang pagsusuot ng komportableng sapatos.
session-visit-expo-title = Pagbisita sa pinagdarausan ng Ekspo Tsina–ASEAN
session-visit-expo-description = Paglilibot sa pinagdarausan ng Ekspo Tsina–ASEAN, na ang permanenteng punong-abalang lungsod ay ang Nanning.
session-departure-title = Pag-alis
session-departure-description = Pag-alis sa hotel at mga sasakyang panghatid patungo sa paliparan at sa istasyon ng Silangang Nanning.

## Shuttles: route name and where to board

shuttle-airport-hotel-name = Paliparan → Hotel ng mga delegasyon
shuttle-airport-hotel-pickup = Bulwagan ng pagdating ng Terminal 2, sa tanggapan ng pagsalubong ng Pandaigdigang Diyalogo ng mga Alkalde.
shuttle-station-hotel-name = Istasyon ng Silangang Nanning → Hotel ng mga delegasyon
shuttle-station-hotel-pickup = Pangunahing labasan ng istasyon, sa tanggapan ng pagsalubong ng Pandaigdigang Diyalogo ng mga Alkalde.
shuttle-hotel-nicec-name = Hotel ng mga delegasyon → Sentro ng Kumbensiyon at Eksibisyon
shuttle-hotel-nicec-pickup = Pangunahing pasukan ng hotel.
shuttle-nicec-hotel-name = Sentro ng Kumbensiyon at Eksibisyon → Hotel ng mga delegasyon
shuttle-nicec-hotel-pickup = Pangunahing pasukan ng Sentro ng Kumbensiyon at Eksibisyon.
shuttle-hotel-airport-name = Hotel ng mga delegasyon → Paliparan
shuttle-hotel-airport-pickup = Pangunahing pasukan ng hotel. Pakidating po nang 10 minuto bago ang alis, dala ang inyong bagahe.
shuttle-hotel-station-name = Hotel ng mga delegasyon → Istasyon ng Silangang Nanning
shuttle-hotel-station-pickup = Pangunahing pasukan ng hotel. Pakidating po nang 10 minuto bago ang alis, dala ang inyong bagahe.

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ Mula sa paliparan
transport-airport-body =
    Ang Paliparang Pandaigdig ng Nanning Wuxu (NNG) ay mga 35 km sa timog-kanluran ng sentro ng lungsod.
    • Sasakyang panghatid ng kaganapan: libre para sa mga delegado sa Enero 15; hanapin ang tanggapan ng pagsalubong sa bulwagan ng pagdating ng Terminal 2.
    • Taksi: sumakay lamang sa opisyal na pilahan ng taksi sa labas ng bulwagan ng pagdating; 40–50 minuto ang biyahe at nagkakahalaga ito ng mga 100–150 yuan.
    • Bus ng paliparan: may mga bus na umaalis mula sa labas ng bulwagan ng pagdating patungo sa sentro ng lungsod, humigit-kumulang tuwing 30 minuto.
transport-railway-title = 🚄 Mula sa istasyon ng Silangang Nanning
transport-railway-body =
    Dumarating ang mabibilis na tren sa Istasyon ng Tren ng Silangang Nanning.
    • Sasakyang panghatid ng kaganapan: libre para sa mga delegado sa Enero 15; nasa pangunahing labasan ang tanggapan ng pagsalubong.
    • Metro: direktang tumatakbo ang Linya 1 mula sa istasyon hanggang sa istasyong Sentro ng Kumbensiyon at Eksibisyon (mga 15 minuto).
    • Taksi: gamitin ang opisyal na pilahan ng taksi; mga 20 minuto ang biyahe patungo sa sentro ng lungsod.
transport-metro-title = 🚇 Metro
transport-metro-body =
    May limang linya ang Metro ng Nanning. Tumatakbo ang Linya 1 sa kahabaan ng Abenida Minzu at nag-uugnay sa istasyon ng Silangang Nanning at sa istasyong Sentro ng Kumbensiyon at Eksibisyon, katabi ng pangunahing pinagdarausan.
    • Tiket: bumili ng tiket na pang-isahang biyahe sa mga makina sa loob ng mga istasyon (perang papel o bayad gamit ang telepono), o i-scan ang QR code pansakay sa Alipay o WeChat.
    • Tumatakbo ang mga tren mula mga 06:30 hanggang 23:00.
transport-shuttles-title = 🚌 Mga sasakyang panghatid ng kaganapan
transport-shuttles-body = Libre ang mga sasakyang panghatid ng kaganapan para sa mga delegadong suot ang kanilang kard ng akreditasyon. Lokal na oras ang nakasaad na mga oras.
transport-taxi-title = 🚕 Taksi at pagtawag ng sasakyan sa app
transport-taxi-body =
    Maraming taksi at nakametro ang singil ng mga ito. Karamihan sa mga drayber ay hindi nagsasalita ng Ingles: buksan ang isang pinagdarausan sa bot na ito at ipakita sa drayber ang kard nito para sa taksi.
    • Pagtawag ng sasakyan sa app: gumagana ang DiDi sa Ingles, at magagamit din ito sa loob ng Alipay at WeChat.
    • Pagbabayad: tumatanggap ang Alipay at WeChat Pay ng mga internasyonal na kard; tumatanggap din ng perang papel ang karamihan sa mga taksi.

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 Mga numerong pang-emerhensiya sa Tsina: pulis 110, ambulansiya 120, bumbero 119, aksidente sa trapiko 122.
taxi-card-hint = 🚕 Ipakita po ang mensaheng ito sa drayber ng taksi: nakasulat dito sa wikang Tsino ang inyong pupuntahan.
