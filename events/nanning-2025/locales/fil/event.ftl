# Event content of the Global Mayors Dialogue, Nanning 2025, in Filipino.
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = Pandaigdigang Diyalogo ng mga Alkalde
event-city = Nanning
event-about = Nagtitipon sa Nanning ang mga alkalde mula sa pitong bansang kasapi ng ASEAN at ang mga pinuno ng mga lungsod ng Tsina upang palalimin ang praktikal na pagtutulungan sa ekonomiya, kalakalan, kultura, turismo at edukasyon, at upang bumuo ng mas malapit na pamayanan ng Tsina at ASEAN na may iisang kinabukasan.
contact-desk = Ang help desk ng mga delegado ay nasa lobby ng hotel at sa pangunahing pasukan ng Convention and Exhibition Center, bukas mula 08:00 hanggang 20:00 sa bawat araw ng kaganapan.

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = Nanning International Convention and Exhibition Center
venue-nicec-address = 11 Minzu Avenue, Distrito ng Qingxiu, Nanning
venue-nicec-about = Pangunahing venue: pagbubukas, diyalogo ng mga alkalde, mga sabayang diyalogo, paglagda sa mga kasunduan at ang Nanning Initiative.
venue-hotel-name = Hotel ng mga delegasyon
venue-hotel-address = Minzu Avenue, Distrito ng Qingxiu, Nanning
venue-hotel-about = Tuluyan ng mga delegasyon; dito ginaganap ang rehistrasyon at ang hapunang pagsalubong, at dito umaalis ang mga shuttle.
venue-qingxiu-name = Pook-pasyalan ng Bundok Qingxiu
venue-qingxiu-address = 6-6 Fenglingnan Road, Distrito ng Qingxiu, Nanning
venue-qingxiu-about = Luntiang palatandaan ng Nanning na tanaw ang Ilog Yong; dito gaganapin ang pagbisita sa lungsod.
venue-nng-name = Paliparang Pandaigdig ng Nanning Wuxu (NNG)
venue-nng-address = Bayan ng Wuxu, Distrito ng Jiangnan, Nanning
venue-nng-about = Mga 35 km sa timog-kanluran ng sentro ng lungsod; 40–50 minuto sakay ng kotse.
venue-east-station-name = Estasyon ng Tren ng Nanning East
venue-east-station-address = Distrito ng Qingxiu, Nanning
venue-east-station-about = Estasyon ng high-speed na tren; mula rito, tumatakbo ang Linya 1 ng metro hanggang sa Convention and Exhibition Center.

## Rooms

room-nicec-plenary-hall = Bulwagang Plenaryo
room-nicec-hall-a = Bulwagan A
room-nicec-hall-b = Bulwagan B
room-nicec-dining-hall = Bulwagang Kainan
room-hotel-lobby = Lobby
room-hotel-banquet-hall = Bulwagang Piging

## Sessions: title and a short description

session-arrival-title = Pagdating at akreditasyon
session-arrival-description = Darating ang mga delegasyon at kukunin nila sa help desk ang kanilang badge at pakete ng pagsalubong. May mga shuttle mula sa paliparan at sa estasyon ng Nanning East.
session-welcome-dinner-title = Hapunang pagsalubong
session-welcome-dinner-description = Hapunang handog ng Pamahalaang Bayan ng Nanning para sa lahat ng delegasyon.
session-opening-title = Seremonya ng pagbubukas
session-opening-description = Mga pananalita ng pagtanggap mula sa punong-abalang lungsod at sa mga panauhing pandangal, bilang pagbubukas ng Pandaigdigang Diyalogo ng mga Alkalde.
session-mayors-dialogue-title = Pandaigdigang Diyalogo ng mga Alkalde
session-mayors-dialogue-description = Tinatalakay ng mga alkalde mula sa Tsina at sa ibang bansa ang praktikal na pagtutulungan sa industriya, kultura at edukasyon, at ang palitan sa pagitan ng mga sibilisasyon.
session-lunch-16-title = Pananghalian
session-lunch-16-description = Buffet na pananghalian para sa lahat ng delegado.
session-dialogue-trade-title = Sabayang diyalogo: pagtutulungan sa ekonomiya at kalakalan
session-dialogue-trade-description = Nagpapalitan ng kaisipan ang mga kinatawan ng mga lungsod at mga eksperto tungkol sa pagtutulungan ng mga lungsod sa ekonomiya at kalakalan, at tungkol sa "Nanning Channel" sa pagitan ng Tsina at ASEAN.
session-dialogue-tourism-title = Sabayang diyalogo: turismong pangkultura
session-dialogue-tourism-description = Nagpapalitan ng kaisipan ang mga kinatawan ng mga lungsod at mga eksperto tungkol sa pagtutulungan sa kultura at turismo ng mga lungsod ng Tsina at ng mga lungsod sa ibang bansa.
session-signing-title = Paglagda sa mga kasunduan ng pagtutulungan
session-signing-description = Lalagda ang mga lungsod sa mga kasunduan ng pagtutulungan sa internasyonal na kalakalan, palitang pangkultura, turismo, palakasan at edukasyon.
session-initiative-title = Paglulunsad ng Nanning Initiative
session-initiative-description = Ilulunsad ang Nanning Initiative, na naglalahad ng mga bunga ng palitan at pagtutulungan ng mga lungsod ng Tsina at ng mga lungsod sa ibang bansa.
session-lunch-17-title = Pananghalian
session-lunch-17-description = Buffet na pananghalian para sa lahat ng delegado.
session-city-exchanges-title = Palitan ng mga lungsod
session-city-exchanges-description = Mga bilateral na pulong ng mga lungsod ng Tsina at ng mga lungsod ng ASEAN tungkol sa palitang pangkaibigan at mga praktikal na proyekto.
session-visit-qingxiu-title = Pagbisita sa Bundok Qingxiu
session-visit-qingxiu-description = Ginabayang pagbisita sa pinakatanyag na pook-pasyalan ng Nanning. Iminumungkahi ang pagsusuot ng komportableng sapatos.
session-visit-expo-title = Pagbisita sa eksibit ng China–ASEAN Expo
session-visit-expo-description = Paglilibot sa tahanan ng China–ASEAN Expo, na ang permanenteng punong-abalang lungsod ay ang Nanning.
session-departure-title = Pag-alis
session-departure-description = Pag-check out at mga shuttle patungo sa paliparan at sa estasyon ng Nanning East.

## Shuttles: route name and where to board

shuttle-airport-hotel-name = Paliparan → Hotel ng mga delegasyon
shuttle-airport-hotel-pickup = Arrivals hall ng Terminal 2, sa welcome desk ng Pandaigdigang Diyalogo ng mga Alkalde.
shuttle-station-hotel-name = Estasyon ng Nanning East → Hotel ng mga delegasyon
shuttle-station-hotel-pickup = Pangunahing labasan ng estasyon, sa welcome desk ng Pandaigdigang Diyalogo ng mga Alkalde.
shuttle-hotel-nicec-name = Hotel ng mga delegasyon → Convention and Exhibition Center
shuttle-hotel-nicec-pickup = Pangunahing pasukan ng hotel.
shuttle-nicec-hotel-name = Convention and Exhibition Center → Hotel ng mga delegasyon
shuttle-nicec-hotel-pickup = Pangunahing pasukan ng Convention and Exhibition Center.
shuttle-hotel-airport-name = Hotel ng mga delegasyon → Paliparan
shuttle-hotel-airport-pickup = Pangunahing pasukan ng hotel. Pakidating po nang 10 minuto bago ang alis, dala ang inyong bagahe.
shuttle-hotel-station-name = Hotel ng mga delegasyon → Estasyon ng Nanning East
shuttle-hotel-station-pickup = Pangunahing pasukan ng hotel. Pakidating po nang 10 minuto bago ang alis, dala ang inyong bagahe.

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ Mula sa paliparan
transport-airport-body =
    Ang Paliparang Pandaigdig ng Nanning Wuxu (NNG) ay mga 35 km sa timog-kanluran ng sentro ng lungsod.
    • Shuttle ng kaganapan: libre para sa mga delegado sa Enero 15; hanapin ang welcome desk sa arrivals hall ng Terminal 2.
    • Taxi: sumakay lamang sa opisyal na pilahan ng taxi sa labas ng arrivals; 40–50 minuto ang biyahe at nagkakahalaga ito ng mga 100–150 yuan.
    • Bus ng paliparan: may mga bus na umaalis mula sa labas ng arrivals patungo sa sentro ng lungsod, humigit-kumulang tuwing 30 minuto.
transport-railway-title = 🚄 Mula sa Nanning East
transport-railway-body =
    Dumarating ang mga high-speed na tren sa Estasyon ng Tren ng Nanning East.
    • Shuttle ng kaganapan: libre para sa mga delegado sa Enero 15; nasa pangunahing labasan ang welcome desk.
    • Metro: direktang tumatakbo ang Linya 1 mula sa estasyon hanggang sa estasyong Convention and Exhibition Center (mga 15 minuto).
    • Taxi: gamitin ang opisyal na pilahan ng taxi; mga 20 minuto ang biyahe patungo sa sentro ng lungsod.
transport-metro-title = 🚇 Metro
transport-metro-body =
    May limang linya ang Nanning Metro. Tumatakbo ang Linya 1 sa kahabaan ng Minzu Avenue at nag-uugnay sa estasyon ng Nanning East at sa estasyong Convention and Exhibition Center, katabi ng pangunahing venue.
    • Tiket: bumili ng tiket na pang-isahang biyahe sa mga makina sa loob ng mga estasyon (cash o mobile payment), o i-scan ang transit QR code sa Alipay o WeChat.
    • Tumatakbo ang mga tren mula mga 06:30 hanggang 23:00.
transport-shuttles-title = 🚌 Mga shuttle ng kaganapan
transport-shuttles-body = Libre ang mga shuttle ng kaganapan para sa mga delegadong suot ang kanilang badge. Lokal na oras ang nakasaad na mga oras.
transport-taxi-title = 🚕 Taxi at ride-hailing
transport-taxi-body =
    Maraming taxi at may taximeter ang mga ito. Karamihan sa mga drayber ay hindi nagsasalita ng Ingles: buksan ang isang venue sa bot na ito at ipakita sa drayber ang kard nito para sa taxi.
    • Ride-hailing: gumagana ang DiDi sa Ingles, at magagamit din ito sa loob ng Alipay at WeChat.
    • Pagbabayad: tumatanggap ang Alipay at WeChat Pay ng mga internasyonal na kard; tumatanggap din ng cash ang karamihan sa mga taxi.

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 Mga numerong pang-emergency sa Tsina: pulis 110, ambulansiya 120, bumbero 119.
taxi-card-hint = 🚕 Ipakita po ang mensaheng ito sa drayber ng taxi: nakasulat dito sa wikang Tsino ang inyong pupuntahan.
