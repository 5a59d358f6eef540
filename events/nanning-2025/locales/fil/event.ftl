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

## Questions: ways delegates ask about an item, one per line (never shown;
## the bot learns from them to recognise typed questions). Optional for any
## venue, session or transport topic: <item>-ask.

venue-nicec-ask =
    Saan po ang convention center?
    Nasaan ang main venue?
    Paano pumunta sa pinagdarausan ng kumperensiya?
    Address ng Sentro ng Kumbensiyon at Eksibisyon
    san ang venue ng conference
    Asan yung NICEC, Nanning International Convention and Exhibition Center?
    Pa-send naman ng map o location pin ng venue
    Anong address ng convention centre sa Minzu Avenue?
    Pano papunta sa exhibition center, directions pls
    Gaano kalayo ang venue, pwede bang lakarin?
venue-hotel-ask =
    Saan ang hotel natin?
    Saan po tumutuloy ang mga delegasyon?
    Ano ang address ng hotel?
    Anong hotel po kami naka-check in?
    San kami mag-stay? Anong pangalan ng hotel ng delegates?
    Nasaan ang tutuluyan namin, yung accommodation?
    Pano bumalik sa hotel, pa-send ng location o map
    Asan ang lobby ng delegation hotel?
    Malapit ba sa Minzu Avenue ang hotel namin?
    Gaano kalayo ang hotel, ilang minuto lakad?
venue-qingxiu-ask =
    Saan ang Bundok Qingxiu?
    Nasaan po ang Qingxiu Mountain?
    Saan yung pasyalan na bibisitahin natin?
    Location ng Qingxiu park
    Address ng Qingxiu Shan scenic area
    Paano pumunta sa Qingxiushan, gaano kalayo?
    Asan yung bundok na may park at tanawin ng Yong River?
    Qing Xiu mountain map at directions
    Ano yung tourist spot na pupuntahan, yung scenic spot sa bundok?
venue-nng-ask =
    Saan ang airport?
    Gaano kalayo ang paliparan mula sa lungsod?
    Ilang km ang airport mula sa city?
    Nasaan po ang Nanning airport?
    Anong pangalan ng airport, Wuxu International Airport ba?
    NNG airport address at location
    Malayo ba ang erport sa city center? Ilang minuto?
    Saang terminal ng paliparan, Terminal 2 ba?
    Nanning Wuxu airport map
venue-east-station-ask =
    Saan ang istasyon ng tren?
    Nasaan ang train station?
    Saan ang high-speed rail station?
    Saan po ang Nanning East station?
    Address ng Nanning East Railway Station
    Nanning Dong station, asan yun?
    Pano pumunta sa estasyon ng tren, gaano kalayo?
    Location at map ng bullet train station
    Saang istasyon ng HSR o fast train, sa Changhong Road ba?
    Ilang km ang train station mula sa city?
transport-airport-ask =
    Paano pumunta sa hotel mula sa airport?
    May shuttle po ba mula sa paliparan?
    May susundo ba sa airport pagdating?
    Magkano ang taxi galing airport?
    Airport pickup
    Pano pumunta sa city galing airport pagka-landing?
    May libreng sundo o airport transfer ba pag-arrive ng flight ko?
    Hm ang pamasahe from airport to hotel? May airport bus o express?
    Ilang minuto ang biyahe mula NNG papunta sa city center?
    Saan ang pilahan ng taxi sa arrival hall ng Terminal 2?
transport-railway-ask =
    Paano pumunta sa hotel galing sa train station?
    Darating ako sakay ng high-speed train
    May sundo po ba sa istasyon ng tren?
    Galing Nanning East, pano papuntang hotel?
    Bababa ako ng tren sa Nanning East, may shuttle ba?
    Pagdating ng bullet train, paano papunta sa venue? Metro o taxi?
    Magkano ang taxi mula train station, ilang minuto?
    Sakay ako ng HSR, sino susundo sa estasyon?
    Transfer mula railway station papunta sa city, magkano pamasahe?
transport-metro-ask =
    Pwede ba mag-subway?
    Anong linya ng metro papuntang venue?
    Paano bumili ng ticket sa MRT?
    Saan ang metro station?
    May tren ba papunta sa convention center?
    Magkano ang pamasahe sa metro? Pwede bang QR code sa Alipay o WeChat?
    Line 1 ba ang sasakyan? Anong station bababa?
    Hanggang anong oras ang subway, first at last train?
    Paano sumakay ng LRT o MRT dito, may beep card ba?
    Saan bibili ng tiket, may ticket machine ba sa underground?
transport-shuttles-ask =
    Anong oras aalis ang bus papuntang venue?
    Schedule ng shuttle bus
    May bus po ba mula sa hotel?
    Anong oras ang shuttle pabalik sa hotel?
    Saan sasakay ng shuttle?
    Libre ba ang shuttle? Kailangan ba ng ID o badge?
    Anong oras ang unang sakay at huling biyahe ng coach?
    Saan ang sakayan ng service van ng event?
    May hatid-sundo ba ang organizer? Anong pick up time?
    Ilang beses bumibiyahe ang shuttle, every how many minutes?
transport-taxi-ask =
    Paano kumuha ng taxi?
    Pwede ba ang Didi o Grab dito?
    Paano magbayad sa taxi?
    Paano mag-book ng sasakyan sa app?
    Saan may taksi?
    Pano mag book ng Grab o DiDi, may ride-hailing app ba sa China?
    Hindi marunong mag-English ang driver, paano ko sasabihin ang address?
    Naka-metro ba ang taxi? Magkano ang singil o pamasahe?
    Pwede bang cash sa taxi o Alipay lang?
    Paano magpara ng cab, may taxi card ba na Chinese?
session-arrival-ask =
    Saan kukunin ang ID ko?
    Saan ang accreditation?
    Saan po magrerehistro pagdating?
    Saan makukuha ang badge?
    Registration pagdating
    Anong oras open ang registration desk sa lobby?
    Pagdating ko sa hotel, saan magpaparehistro at kukuha ng welcome kit?
    Saan ang check-in ng delegates, saan kukunin ang lanyard at ID card?
    Hanggang anong oras ang accreditation sa unang araw, January 15?
    Paano kumuha ng delegate pass o accreditation card?
session-welcome-dinner-ask =
    Kailan ang welcome dinner?
    May hapunan po ba sa unang gabi?
    Anong oras ang hapunang pagsalubong?
    Saan ang dinner para sa mga delegasyon?
    Saan ang welcome banquet, sa banquet hall ba ng hotel?
    Anong oras ang hapunan sa January 15?
    May welcome reception o salu-salo ba ang city government?
    Dinner ng mayor ng Nanning para sa delegates, what time?
    Saan kakain ng dinner pagdating, may handaan ba?
session-opening-ask =
    Kailan magsisimula ang opening ceremony?
    Anong oras ang pagbubukas?
    Saan gaganapin ang seremonya ng pagbubukas?
    Opening ng conference
    Anong oras ang opening, 9 ba?
    Saan ang plenary hall para sa opening?
    Sino ang magsasalita sa opening, may welcome speech ba?
    Opening ceremony sa January 16, anong oras dapat nandun?
    Kelan mag-uumpisa ang inauguration o pagbubukas ng dialogue?
session-mayors-dialogue-ask =
    Kailan ang dialogue ng mga mayor?
    Anong oras ang pangunahing diyalogo?
    Mayors' dialogue
    Kailan mag-uusap ang mga alkalde?
    Global Mayors Dialogue main session, saan at anong oras?
    Anong oras ang plenary session ng mga mayor?
    Saan ang main dialogue ng mga alkalde, plenary hall ba?
    Pag-uusap ng mga mayor tungkol sa industriya, kultura at edukasyon
    Kelan ang roundtable o panel ng mayors?
    Hanggang anong oras ang mayors forum?
session-dialogue-trade-ask =
    Kailan ang dialogue tungkol sa ekonomiya at kalakalan?
    Saan ang session sa trade?
    Forum sa negosyo at kooperasyon
    Diyalogo sa kalakalan
    Anong oras ang parallel session sa economy at trade?
    Saan ang Hall A, yung breakout session sa business at investment?
    Economic cooperation panel, kelan?
    Session tungkol sa Nanning Channel o China-ASEAN trade corridor
    Trade and economic dialogue, saan gaganapin?
session-dialogue-tourism-ask =
    Kailan ang dialogue sa cultural tourism?
    Saan ang session tungkol sa turismo?
    Forum sa kultura at turismo
    Diyalogo sa turismong pangkultura
    Anong oras ang parallel session sa culture at tourism?
    Saan ang Hall B, yung breakout session sa turismo?
    Tourism panel, kelan at saan?
    Session sa turismo at pagtutulungan sa kultura ng mga lungsod
    Culture and tourism dialogue, hanggang anong oras?
session-signing-ask =
    Kailan pipirmahan ang mga kasunduan?
    Anong oras ang signing ceremony?
    Paglagda sa mga MOU
    Pirmahan ng agreement
    Signing ng cooperation agreements, saan?
    Anong oras ang pirmahan ng MoU ng mga lungsod?
    Kailan ang paglagda ng kasunduan sa sister city o partnership?
    Saan gaganapin ang contract signing, plenary hall ba?
    Lalagda ba ang mayor namin? Anong oras ang signing?
session-initiative-ask =
    Kailan ilalabas ang Nanning Initiative?
    Anunsiyo ng Inisyatiba ng Nanning
    Anong oras ang launch ng Nanning Initiative?
    Paglulunsad ng inisyatiba
    Ano ang Nanning Initiative at kailan ito ia-announce?
    Launching ng initiative, saan gaganapin?
    Pag-release ng Nanning Initiative declaration
    Kelan ang launch ceremony ng inisyatibo?
    Anong oras ilulunsad ang Nanning Initiative, after ng signing ba?
session-city-exchanges-ask =
    Kailan ang bilateral meetings?
    Pulong ng mga lungsod
    Meeting sa mga sister city
    Kailan ang city-to-city meeting?
    Anong oras ang bilateral meeting ng city namin at ng Chinese city?
    Saan ang city exchanges, Hall A ba?
    Palitan ng mga lungsod, kelan?
    One-on-one meeting ng mga mayor, anong oras?
    Pulong ng mga lungsod ng China at ASEAN tungkol sa proyekto, saan?
    Friendship city exchange, kailan?
session-visit-qingxiu-ask =
    Kailan ang pagbisita sa Bundok Qingxiu?
    Sightseeing tour
    Anong oras ang tour sa Qingxiu?
    May pasyal po ba sa lungsod?
    City tour sa Qingxiu Mountain, anong oras aalis?
    Kelan ang field trip o excursion?
    Pasyal sa Qingxiushan, saan magkikita?
    Guided tour sa scenic area, hanggang anong oras?
    Anong oras ang city visit sa bundok?
session-visit-expo-ask =
    Kailan ang pagbisita sa Expo?
    Tour sa China–ASEAN Expo
    Anong oras ang punta sa Expo?
    Pagbisita sa ASEAN Expo
    Kelan ang visit sa China ASEAN Expo site?
    Expo tour, saan magkikita at anong oras aalis?
    Paglilibot sa Expo venue, January 18 ba?
    CAEXPO visit, kasama ba lahat ng delegates?
    Pupunta ba tayo sa exhibition ng China-ASEAN Expo?
session-departure-ask =
    Kailan tayo magche-check out?
    Araw ng pag-alis
    Shuttle papuntang airport pag-uwi
    Anong oras ang alis pauwi?
    Check-out sa hotel
    Anong oras ang checkout, may hatid ba sa airport o sa istasyon?
    Pauwi na kami, anong oras ang shuttle papuntang paliparan?
    Departure day, kelan aalis ang bus papuntang Nanning East?
    Flight ko pauwi, anong oras dapat umalis sa hotel?
    Uuwi na, may transfer ba sa airport o train station?

## Frequently asked questions: the topic (shown as "About …:"), the answer,
## and ways to ask. Entries marked sample in event.toml are placeholders the
## organisers replace.
# Variables (every answer): $phone (text) the desk's phone, $email (text) its e-mail.

faq-wifi-title = Wi-Fi
faq-wifi-answer = May libreng Wi-Fi sa Sentro ng Kumbensiyon at Eksibisyon at sa hotel ng mga delegasyon. Network: GMD-Delegates, password: Nanning2025. Kung hindi po kayo makakonekta, magtanong sa tanggapan ng tulong.
faq-wifi-ask =
    May wifi po ba?
    Ano ang password ng wifi?
    Paano mag-connect sa internet sa venue?
    Pangalan ng wifi network
    Anong wifi dito?
    Ano pw ng wi-fi? Pa-share naman ng wifi password
    Meron bang libreng wifi o free wifi dito?
    Di ako maka-connect sa wifi, ayaw kumonek
    Walang net o internet, mahina ang signal ng wifi
    Ang bagal ng internet, lagi nadidisconnect
    Paano mag-login sa wireless network? Pano mag connect?
    Wifi name at password ng GMD-Delegates
    Pano maka-online dito? May hotspot ba?
    Connected na ako pero walang internet connection
    Anong SSID at passcode ng wifi?
    Ano ang wifi pass? Walang net dito

faq-interpretation-title = Interpretasyon at headset
faq-interpretation-answer = May interpretasyon sa pagitan ng Tsino at Ingles ang mga sesyong plenaryo at ang mga magkasabay na diyalogo. Kumuha po ng headset sa pasukan ng bawat bulwagan gamit ang inyong kard ng akreditasyon, at ibalik ito paglabas ninyo. Channel 1: Tsino, channel 2: Ingles.
faq-interpretation-ask =
    May translation ba sa English?
    Saan kukuha ng headset?
    Anong channel ang English?
    Sabayang interpretasyon
    May interpreter po ba?
    May simultaneous interpretation ba? Chinese to English?
    Hindi ako marunong mag-Chinese, may tagasalin ba?
    Paano ko maiintindihan ang speech ng mga Chinese speaker?
    Saan humihiram ng earphones o headphones para sa translation?
    Anong channel ang Ingles at anong channel ang Tsino sa receiver?
    Walang sound ang headset ko, paano makinig sa interpretation?
    Isasalin ba sa English ang mga talumpati?
    Kailangan bang ibalik ang headset paglabas?
    Ano ang language dito, Mandarin ba o English? Walang translate?
    May live translation ba ng mga sesyon?
    May translator ba? Saan ang earpiece?

faq-dress-code-title = Angkop na kasuotan
faq-dress-code-answer = Pormal na kasuotang pangnegosyo (amerikana, o pormal na pambansang kasuotan) para sa pagbubukas, sa diyalogo ng mga alkalde, sa paglagda at sa hapunang pagsalubong; maayos ngunit di-pormal na kasuotan (smart casual) at komportableng sapatos para sa mga pagbisita.
faq-dress-code-ask =
    Ano ang isusuot ko?
    May dress code po ba?
    Kailangan ba naka-amerikana at kurbata?
    Pormal ba o casual?
    Pwede ba ang barong?
    Ano ang attire? Business attire ba?
    Kailangan ba ng suit and tie o coat?
    Pwede ba ang Barong Tagalog o Filipiniana bilang national costume?
    Smart casual ba pwede? Anong damit ang dapat dalhin?
    Pwede ba mag-maong at sneakers? Anong sapatos?
    Naka-long sleeves ba o polo lang?
    Formal wear ba o pwede ang traditional dress o batik?
    Kailangan ba ng blazer at necktie?
    Para sa babae, pwede ba ang dress o slacks?
    Anong outfit ang appropriate? Ano susuotin sa hapunan at sa pagbisita?

faq-meals-title = Pagkain at espesyal na diyeta
faq-meals-answer = Buffet po ang mga pananghalian sa Sentro ng Kumbensiyon at Eksibisyon, na may mga pagkaing halal at vegetarian; may label ang mga ito sa Tsino at Ingles. Para sa alerhiya o iba pang pangangailangan, ipaalam po sa amin sa inyong profile (/profile) o sa tanggapan ng tulong, at sabihan din ang mga kawani sa buffet.
faq-meals-ask =
    May halal food po ba?
    May vegetarian na pagkain ba?
    Allergic ako sa mani
    Saan pwedeng kumain?
    Maanghang ba ang pagkain?
    Saan ang lunch?
    Hindi ako kumakain ng baboy, may pork-free ba?
    Vegan ako, may gulay lang na ulam?
    May allergy ako sa seafood, hipon at peanuts
    Gluten-free o special diet, paano ipaalam?
    Buffet ba ang tanghalian? May breakfast o almusal ba?
    Saan may restaurant o kainan malapit?
    May tubig at inumin ba? Saan may kape o drinks?
    Di ako pwede sa spicy, may hindi maanghang?
    Gutom na ako, may food ba sa venue? Saan kakain?
    Kasama ba ang meals? Libre ba ang pagkain?

faq-prayer-title = Silid-dasalan
faq-prayer-answer = Bukas ang isang tahimik na silid para sa pagdarasal sa Sentro ng Kumbensiyon at Eksibisyon, ikalawang palapag, katabi ng Bulwagan B, mula 08:00 hanggang 18:00. Maituturo sa inyo ng tanggapan ng tulong ang direksiyon ng Mecca (qibla).
faq-prayer-ask =
    May prayer room po ba?
    Saan pwedeng magdasal?
    Musholla para sa mga Muslim
    Saang direksiyon ang qibla?
    Saan pwede mag-salah?
    Saan pwede mag-pray? May prayer area ba?
    Muslim ako, saan pwede mag-solat, salat o namaz?
    Saan ang mosque o masjid na malapit?
    Saan pwede mag-wudu o ablution?
    Direksiyon ng Mecca o kiblat para sa sambahayang
    May tahimik na kwarto para sa dasal o meditation?
    May simbahan ba dito para magsimba? Catholic mass?
    May templo o place of worship ba?
    Hanggang anong oras open ang prayer room?
    Saan makakapagdasal, may quiet room ba? Jummah prayer?
    Saan pwede manalangin o mag-worship?

faq-money-title = Pera at pagbabayad
faq-money-answer = Sa Tsina, karaniwang nagbabayad ang mga tao gamit ang telepono. Tumatanggap ang Alipay at WeChat Pay ng mga internasyonal na kard na Visa at Mastercard: i-install ang app, idagdag ang inyong kard, at magbayad sa pamamagitan ng pag-scan sa QR code ng tindahan. Dapat tanggapin saanman ang perang papel na renminbi (yuan), kaya magdala po ng kaunti. Gumagana ang mga internasyonal na kard sa mga hotel at malalaking tindahan, at tumatanggap ng mga dayuhang kard ang mga ATM ng Bank of China.
faq-money-ask =
    Pwede bang magbayad gamit ang credit card?
    Saan pwedeng magpapalit ng pera?
    Paano mag-set up ng Alipay?
    Tumatanggap ba ng cash ang mga tindahan?
    Saan may ATM?
    Saan may money changer? Papalit ng dolyar sa yuan
    Pwede ba ang Visa o Mastercard dito?
    Paano magbayad sa WeChat Pay, scan lang ng QR?
    Kailangan ko ba ng RMB o renminbi na cash?
    Saan pwede mag-withdraw? May bangko ba, Bank of China?
    Tumatanggap ba ng debit card? Pwede ang GCash?
    Paano mag-add ng card sa Alipay para mag-pay?
    Magkano ang palitan ng peso sa yuan, exchange rate?
    Cashless ba dito? Mobile payment lang ba?
    Pano magbayad kung wala akong Alipay? Cash lang ba?
    Mahal ba ang presyo ng bilihin dito?

faq-sim-title = SIM card at internet
faq-sim-answer = Kung naka-roaming po kayo o may internasyonal na eSIM, patuloy na gagana ang inyong mga karaniwang app. Sa SIM card ng Tsina, hindi gumagana ang Google, WhatsApp at maraming dayuhang app. Mabibili ang mga SIM card ng Tsina sa paliparan at sa mga tindahan ng China Mobile, China Unicom at China Telecom; dalhin po ang inyong pasaporte.
faq-sim-ask =
    Saan makakabili ng SIM card?
    Gagana ba ang WhatsApp sa China?
    Paano magkaroon ng mobile data?
    Gumagana ba dito ang roaming ko?
    Pwede ba ang Google dito?
    Saan bibili ng prepaid sim at load?
    May eSIM ba na pwede sa China?
    Blocked ba ang Facebook, Messenger, Instagram at YouTube?
    Kailangan ko ba ng VPN para sa Gmail at Google Maps?
    Paano mag-load o mag-top up ng data sa phone?
    Walang signal ang cellphone ko, walang 4G o 5G
    Saan may China Mobile o China Unicom store? Kailangan ba ng passport?
    Naka-roaming ako sa Globe o Smart, gagana ba ang data?
    Paano magkaroon ng internet sa cellphone paglabas?
    Gumagana ba ang Viber at Line dito? Bawal ba?
    Magkano ang simcard at data plan dito?

faq-medical-title = Tulong medikal at emerhensiya
faq-medical-answer = Sa oras ng emerhensiya, tumawag sa 120 para sa ambulansiya, at sa 110 para sa pulis. May himpilan ng paunang lunas na may doktor sa Sentro ng Kumbensiyon at Eksibisyon habang may mga sesyon, katabi ng pangunahing pasukan. Tutulungan po kayo ng tanggapan ng tulong na makahanap ng ospital o botika, at maaari rin silang magsalin para sa inyo.
faq-medical-ask =
    Masama ang pakiramdam ko, saan may doktor?
    May botika po ba malapit?
    Ano ang emergency number?
    Kailangan ko ng ospital
    Tumawag ng ambulansiya
    May clinic ba sa venue?
    May lagnat ako, saan makakabili ng gamot?
    Masakit ang ulo ko, may paracetamol o Biogesic ba?
    Masakit ang tiyan ko, nagtatae ako
    Nasugatan ako, may first aid ba?
    Emergency! Tawagan ang 120, ambulance
    May nurse, doctor o medic ba dito?
    Saan ang pharmacy o drugstore na malapit?
    Nahihilo ako, kailangan ko ng medical help
    Nadapa ako at na-injure, saan pwede magpatingin?
    May sakit ang kasama ko, paano magpa-hospital?

faq-lost-found-title = Mga nawala at natagpuang gamit
faq-lost-found-answer = May nawala po ba sa inyo? Magtanong sa tanggapan ng tulong sa pangunahing pasukan ng Sentro ng Kumbensiyon at Eksibisyon o sa lobi ng hotel; doon iniingatan ang mga gamit na natagpuan sa mga pinagdarausan hanggang sa pagtatapos ng kaganapan. Kung nawala ang inyong pasaporte, ipaalam agad sa tanggapan ng tulong: tutulungan nila kayong makipag-ugnayan sa pulis at sa inyong embahada.
faq-lost-found-ask =
    Nawala ang cellphone ko
    Naiwan ko ang bag ko sa bulwagan
    Saan ang lost and found?
    Nawala ang pasaporte ko
    May nakapulot po ba ng wallet?
    Nawawala ang ID badge ko, paano?
    May nakakita ba ng susi ko? Nawala ang keys
    Lost passport, ano ang gagawin?
    Nahulog ko ang pitaka ko
    Saan pwede i-report ang nawalang gamit?
    May nakuha ba kayong naiwang laptop o phone?
    Missing ang salamin ko, eyeglasses
    Nakapulot ako ng bag, saan isasauli?
    Lost item, saan hahanapin? Lost property
    Nawala ang accreditation card ko
    Nakalimutan ko ang gamit ko sa upuan

faq-luggage-title = Bagahe
faq-luggage-answer = Sa araw ng pag-alis, itatabi ng hotel ang inyong bagahe sa front desk pagkatapos ng check-out. Sa Sentro ng Kumbensiyon at Eksibisyon, may cloakroom katabi ng pangunahing pasukan na tumatanggap ng mga abrigo at bag habang may mga sesyon.
faq-luggage-ask =
    Saan pwedeng iwan ang maleta ko?
    May cloakroom po ba?
    Pwede bang iwan ang bagahe pagka-check out?
    Saan pwedeng ipatago ang gamit?
    Saan pwede mag-iwan ng luggage o baggage?
    May luggage storage ba o left luggage?
    Pwede ba ipa-hold ang suitcase sa front desk after checkout?
    Saan ilalagay ang mga bagahe bago umuwi?
    May coat check ba para sa coat at bag?
    Pwede bang iwan muna ang gamit ko habang may session?
    Pa-keep naman ng bag ko please
    Mabigat ang maleta, saan pwedeng itabi?
    May locker ba para sa gamit?
    Saan pwede magpaiwan ng bagahe pag check out?

faq-weather-title = Panahon at angkop na damit
faq-weather-answer = Banayad ang panahon sa Nanning tuwing Enero: mga 10 °C sa gabi hanggang 18 °C sa araw, madalas maulap at mahalumigmig, at kung minsan ay umuulan. Magdala po ng makapal na dyaket o sweater at payong; maaaring malamig sa loob ng mga bulwagan.
faq-weather-ask =
    Ano ang lagay ng panahon?
    Malamig ba sa Nanning?
    Uulan ba?
    Ilang degrees ang temperatura?
    Kailangan ko ba ng jacket?
    Ano ang weather forecast sa Nanning?
    Mainit ba o malamig sa January?
    Magdadala ba ako ng payong? Maulan ba?
    Anong klima sa Nanning tuwing winter?
    Humid ba? Mahalumigmig ba?
    Anong damit ang dadalhin para sa lamig, sweater o coat?
    Ilang celsius ang temp?
    Maaraw ba o umuulan? Maulap ba?
    Kailangan ba ng makapal na damit? Sobrang lamig ba?
    Warm ba o cold ang panahon?
    Malamig ba ang aircon sa loob ng hall?

faq-power-title = Saksakan ng kuryente at boltahe
faq-power-answer = 220 V, 50 Hz ang kuryente sa Tsina. Ang mga saksakan ay para sa plug na may dalawang patag na pin (type A), na kadalasang may butas din para sa dalawang bilog na pin (type C), at para sa plug na may tatlong patag na pin na nakahilig (type I). Karaniwang gumagana ang mga charger ng telepono at laptop; magdala po ng adapter. Maaaring magpahiram ng isa ang front desk ng hotel.
faq-power-ask =
    Anong klase ng saksakan sa China?
    Kailangan ko ba ng adapter?
    Ilang volts ang kuryente?
    Saan pwedeng mag-charge ng laptop?
    Anong plug ang gamit dito?
    220V ba ang kuryente? Kailangan ng converter?
    Pwede ba ang flat na plug ng Pilipinas dito?
    Saan may outlet o socket para mag charge ng phone?
    Lowbat na ako, saan pwede mag-charge? May power bank?
    May universal adapter ba na pwedeng hiramin?
    Type A, type C o type I ang plug?
    Saan makakabili ng charger o cable?
    Masisira ba ang charger ko sa 220 volts?
    May charging station ba?
    Pahiram naman ng adaptor at extension

faq-visa-title = Visa at pagpasok sa bansa
faq-visa-answer = Nakadepende sa inyong pasaporte ang mga patakaran sa pagpasok: sumangguni po sa embahada o konsulado ng Tsina sa inyong bansa. Nagpapadala ang mga tagapag-organisa ng opisyal na liham ng paanyaya para sa inyong aplikasyon ng visa; kung hindi pa ninyo ito natatanggap, makipag-ugnayan po sa tanggapan ng tulong. Dalhin palagi ang inyong pasaporte: hinihingi ito ng mga hotel at ng mga tindahan ng SIM card.
faq-visa-ask =
    Kailangan ko ba ng visa?
    Paano makakuha ng invitation letter?
    Visa on arrival
    Pwede bang pumasok sa China nang walang visa?
    Liham ng paanyaya para sa visa
    Visa-free ba ang Philippine passport sa China?
    Paano mag-apply ng visa sa Chinese embassy o konsulado?
    Ano ang requirements sa immigration pagdating?
    Wala pa akong invitation letter para sa visa application
    May 144-hour visa-free transit ba?
    Ano ang dapat dalhin sa immigration at customs?
    Ilang araw ang processing ng China visa?
    Pasaporte at visa, ano ang kailangan sa border?
    Saan ang embahada ng China? Consulate?
    Entry requirements sa China para sa mga delegado

faq-media-title = Media at pagkuha ng larawan
faq-media-answer = Maaaring mag-video at kumuha ng larawan ang mga akreditadong media sa pagbubukas, sa diyalogo ng mga alkalde, sa paglagda at sa paglulunsad ng Inisyatiba ng Nanning, mula sa lugar ng press. Maaaring kumuha ng larawan ang mga delegado, ngunit huwag po sana habang ginaganap ang mga bilateral na pulong ng mga lungsod. Ibabahagi ang mga opisyal na larawan pagkatapos ng kaganapan.
faq-media-ask =
    Pwede bang kumuha ng litrato?
    Saan makikita ang mga official photo?
    Press accreditation
    Bawal bang mag-video?
    Pwede bang mag-picture sa loob?
    Pwede ba mag-selfie at mag-picture sa sessions?
    Pwede bang mag-record o mag-livestream?
    Saan ang press area para sa mga journalist at media?
    Paano makakuha ng media accreditation bilang reporter?
    Kailan ibibigay ang mga official na larawan ng photographer?
    Bawal bang kumuha ng picture sa bilateral meeting?
    Pwede bang mag-interview ng mga mayor?
    Pwede ba magdala ng camera at tripod?
    Allowed ba mag-film at mag-shoot?
    Saan makaka-download ng mga pics, pictures at video ng event?
    Press kit at media center

faq-contact-title = Pakikipag-ugnayan sa mga tagapag-organisa
faq-contact-answer = Nasa lobi ng hotel at sa pangunahing pasukan ng Sentro ng Kumbensiyon at Eksibisyon ang tanggapan ng tulong, bukas 08:00–20:00 sa bawat araw ng kaganapan. Telepono: { $phone }. E-mail: { $email }. O magtanong po rito: sasagot ang isang boluntaryong nakapagsasalita ng inyong wika.
faq-contact-ask =
    Paano makipag-ugnayan sa mga organizer?
    Ano ang phone number ng help desk?
    Gusto kong makausap ang isang tao
    Sino ang pwedeng tawagan?
    Contact number ng organizers
    Ano ang email ng secretariat?
    Saan ang help desk o information desk?
    Paano kontakin ang staff o volunteer?
    May hotline ba na pwedeng tawagan?
    May reklamo ako, kanino sasabihin?
    Kailangan ko ng tulong, sino ang pwedeng tanungin?
    Pa-contact naman sa organizing committee
    Numero ng telepono ng tanggapan ng tulong
    Gusto kong makausap ang totoong tao, hindi bot
    Anong oras open ang help desk?
    Saan ako pwedeng magtanong? Paano mag-message sa organizers?
