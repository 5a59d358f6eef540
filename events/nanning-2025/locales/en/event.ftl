# Event content of the Global Mayors Dialogue, Nanning 2025, in English.
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = Global Mayors Dialogue · Nanning
event-city = Nanning
event-about = Mayors from seven ASEAN countries and leaders of Chinese cities meet in Nanning to deepen practical cooperation in the economy, trade, culture, tourism and education, and to build a closer China–ASEAN community with a shared future.
contact-desk = The delegates' help desk is in the hotel lobby and at the main entrance of the Convention and Exhibition Center, open 08:00–20:00 every day of the event.

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = Nanning International Convention and Exhibition Center
venue-nicec-address = 11 Minzu Avenue, Qingxiu District, Nanning
venue-nicec-about = Main venue: opening, mayors' dialogue, parallel dialogues, signings and the Nanning Initiative.
venue-hotel-name = Delegation hotel
venue-hotel-address = Minzu Avenue, Qingxiu District, Nanning
venue-hotel-about = Where delegations stay; registration, welcome dinner and shuttles leave from here.
venue-qingxiu-name = Qingxiu Mountain Scenic Area
venue-qingxiu-address = 6-6 Fenglingnan Road, Qingxiu District, Nanning
venue-qingxiu-about = Nanning's green landmark, overlooking the Yong River; site of the city visit.
venue-nng-name = Nanning Wuxu International Airport (NNG)
venue-nng-address = Wuxu Town, Jiangnan District, Nanning
venue-nng-about = About 35 km south-west of the city centre; 40–50 minutes by car.
venue-east-station-name = Nanning East Railway Station
venue-east-station-address = 66 Changhong Road, Qingxiu District, Nanning
venue-east-station-about = High-speed railway station; Metro Line 1 runs from here to the Convention and Exhibition Center.

## Rooms

room-nicec-plenary-hall = Plenary Hall
room-nicec-hall-a = Hall A
room-nicec-hall-b = Hall B
room-nicec-dining-hall = Dining Hall
room-hotel-lobby = Lobby
room-hotel-banquet-hall = Banquet Hall

## Sessions: title and a short description

session-arrival-title = Arrival and accreditation
session-arrival-description = Delegations arrive and collect their badges and welcome packs at the help desk. Shuttles run from the airport and Nanning East station.
session-welcome-dinner-title = Welcome dinner
session-welcome-dinner-description = Dinner hosted by the Nanning Municipal People's Government for all delegations.
session-opening-title = Opening ceremony
session-opening-description = Welcome addresses by the host city and guests of honour, opening the Global Mayors Dialogue.
session-mayors-dialogue-title = Global Mayors Dialogue
session-mayors-dialogue-description = Mayors from China and abroad discuss practical cooperation in industry, culture and education, and exchanges between civilisations.
session-lunch-16-title = Lunch
session-lunch-16-description = Buffet lunch for all delegates.
session-dialogue-trade-title = Parallel dialogue: economic and trade cooperation
session-dialogue-trade-description = City representatives and experts exchange ideas on urban cooperation in the economy and trade, and on the "Nanning Channel" between China and ASEAN.
session-dialogue-tourism-title = Parallel dialogue: cultural tourism
session-dialogue-tourism-description = City representatives and experts exchange ideas on cooperation in culture and tourism between Chinese and international cities.
session-signing-title = Signing of cooperation agreements
session-signing-description = Cities sign cooperation agreements in international trade, cultural exchange, tourism, sports and education.
session-initiative-title = Release of the Nanning Initiative
session-initiative-description = The Nanning Initiative is released, setting out the results of exchanges and cooperation between Chinese and international cities.
session-lunch-17-title = Lunch
session-lunch-17-description = Buffet lunch for all delegates.
session-city-exchanges-title = City-to-city exchanges
session-city-exchanges-description = Bilateral meetings between Chinese and ASEAN cities on friendly exchanges and practical projects.
session-visit-qingxiu-title = Visit to Qingxiu Mountain
session-visit-qingxiu-description = A guided visit to Nanning's best-known scenic area. Comfortable shoes are recommended.
session-visit-expo-title = China–ASEAN Expo showcase visit
session-visit-expo-description = A tour of the home of the China–ASEAN Expo, of which Nanning is the permanent host city.
session-departure-title = Departures
session-departure-description = Check-out and shuttles to the airport and Nanning East station.

## Shuttles: route name and where to board

shuttle-airport-hotel-name = Airport → Delegation hotel
shuttle-airport-hotel-pickup = Terminal 2 arrivals hall, at the Global Mayors Dialogue welcome desk.
shuttle-station-hotel-name = Nanning East station → Delegation hotel
shuttle-station-hotel-pickup = Main exit of the station, at the Global Mayors Dialogue welcome desk.
shuttle-hotel-nicec-name = Delegation hotel → Convention and Exhibition Center
shuttle-hotel-nicec-pickup = Hotel main entrance.
shuttle-nicec-hotel-name = Convention and Exhibition Center → Delegation hotel
shuttle-nicec-hotel-pickup = Main entrance of the Convention and Exhibition Center.
shuttle-hotel-airport-name = Delegation hotel → Airport
shuttle-hotel-airport-pickup = Hotel main entrance. Please be there 10 minutes early with your luggage.
shuttle-hotel-station-name = Delegation hotel → Nanning East station
shuttle-hotel-station-pickup = Hotel main entrance. Please be there 10 minutes early with your luggage.

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ From the airport
transport-airport-body =
    Nanning Wuxu International Airport (NNG) is about 35 km south-west of the city centre.
    • Event shuttle: free for delegates on 15 January; look for the welcome desk in the Terminal 2 arrivals hall.
    • Taxi: take one only from the official taxi rank outside arrivals; the trip takes 40–50 minutes and costs about 100–150 yuan.
    • Airport bus: coaches leave from outside arrivals for the city centre, about every 30 minutes.
transport-railway-title = 🚄 From Nanning East station
transport-railway-body =
    High-speed trains arrive at Nanning East Railway Station.
    • Event shuttle: free for delegates on 15 January; the welcome desk is at the main exit.
    • Metro: Line 1 runs directly from the station to Convention and Exhibition Center station (about 15 minutes).
    • Taxi: use the official taxi rank; the trip to the city centre takes about 20 minutes.
transport-metro-title = 🚇 Metro
transport-metro-body =
    Nanning Metro has five lines. Line 1 runs along Minzu Avenue and links Nanning East station with Convention and Exhibition Center station, next to the main venue.
    • Tickets: buy single tickets from machines in the stations (cash or mobile payment), or scan a transit QR code in Alipay or WeChat.
    • Trains run from about 06:30 to 23:00.
transport-shuttles-title = 🚌 Event shuttles
transport-shuttles-body = Event shuttles are free for delegates wearing their badge. Times are local time.
transport-taxi-title = 🚕 Taxis and ride-hailing
transport-taxi-body =
    Taxis are plentiful and metered. Most drivers do not speak English: open a venue in this bot and show the driver its taxi card.
    • Ride-hailing: DiDi works in English, also inside Alipay and WeChat.
    • Payment: Alipay and WeChat Pay accept international cards; most taxis also take cash.

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 Emergency numbers in China: police 110, ambulance 120, fire 119, traffic accidents 122.
taxi-card-hint = 🚕 Show this message to your taxi driver: it gives the destination in Chinese.

## Questions: ways delegates ask about an item, one per line (never shown;
## the bot learns from them to recognise typed questions). Optional for any
## venue, session or transport topic: <item>-ask.

venue-nicec-ask =
    Where is the convention centre?
    Where is the main venue?
    How do I get to the conference venue?
    Address of the exhibition center
    Where is NICEC?
    Nanning International Convention and Exhibition Centre location
    Convention center on Minzu Avenue, how far from here?
    Map to the conference hall pls
    Where is the forum venue, what is the adress?
    Directions to the convention and expo center
venue-hotel-ask =
    Where is our hotel?
    Where are the delegations staying?
    What is the address of the hotel?
    Which hotel we are staying in?
    Name of the delegation hotel
    Where is my accommodation?
    Hotel location on the map
    How far is the hotel from here?
    Where do we sleep, which lodging?
    Directions to the hotel, hotel adress pls
venue-qingxiu-ask =
    Where is Qingxiu Mountain?
    Where is the scenic area we visit?
    Qingxiu park location
    Qingxiushan address
    How to go to Qing Xiu mountain?
    Green mountain park by the Yong River
    Map of Qingxiu scenic spot
    How far is Qingxiu Mountain from city centre?
    Where is Qinxiu hill, directions?
venue-nng-ask =
    Where is the airport?
    How far is the airport from the city?
    Nanning Wuxu airport address
    Wuxu International Airport location
    NNG airport how many km from town?
    Where is Terminal 2 at Nanning airport?
    Directions to Nanning airport
    Where is the airprot, is it far?
venue-east-station-ask =
    Where is the train station?
    Where is the high-speed railway station?
    Nanning East Railway Station address
    Where is Nanning Dong station?
    Location of the bullet train station
    HSR station Nanning East, how far?
    Map to the railway station
    Nanning East station on Changhong Road
    Directions to the rail station, trian station where?
transport-airport-ask =
    How do I get from the airport to the hotel?
    Is there an airport shuttle?
    Airport pickup on arrival
    How much is a taxi from the airport?
    Airport transfer to the city centre
    Is there an airport bus or coach to downtown?
    How long from the airport to the city?
    Will someone pick me up at the airport?
    Airport taxi fare in yuan
    I land at Wuxu airport, how to go to hotel?
transport-railway-ask =
    How do I get from the railway station to the hotel?
    I arrive by high-speed train
    Pickup at the train station
    From Nanning East station to the city, how?
    Is there a shuttle from the train station?
    Metro from the railway station to the convention center
    Taxi from the train station, how much and how long?
    I come by bullet train, who picks me up?
    Transfer from Nanning East station
transport-metro-ask =
    Can I take the subway?
    Which metro line goes to the venue?
    How do I buy a metro ticket?
    Is there MRT or underground in Nanning?
    Metro Line 1 to Convention and Exhibition Center station
    Subway fare, how much is the ticket?
    Can I pay the metro with Alipay or WeChat QR code?
    What time does the metro open and close?
    Nearest subway station to the venue
    Nanning metro map
transport-shuttles-ask =
    When does the bus leave for the venue?
    Shuttle bus times
    Is there a bus from the hotel?
    What time is the shuttle back to the hotel?
    Shuttle schedule, timetable
    Where do I board the shuttle, pick up point?
    Is the shuttle bus free?
    Coach from the hotel to the convention center
    Do I need my badge for the shuttle?
    Last shuttle in the evening what time
transport-taxi-ask =
    How do I get a taxi?
    Can I use Didi or Grab?
    How do I pay for a taxi?
    Where can I find a cab?
    Ride-hailing app in China
    Taxi driver don't speak English
    Taxi card with the address in Chinese
    Is the taxi metered, how much is the fare?
    Is there Uber, how to book a car with DiDi?
    Can I pay the taxi by cash or card?
session-arrival-ask =
    Where do I collect my badge?
    Where is accreditation?
    Where do I register when I arrive?
    Registration time on 15 January
    Where to pick up name badge and welcome pack?
    When does registration open?
    Accreditation desk hours
    Arrival day, what to do first?
    Where to get my delegate pass or ID card?
    Registeration counter, where?
session-welcome-dinner-ask =
    When is the welcome dinner?
    Is there a dinner on the first evening?
    What time is the welcome banquet?
    Where is the banquet hall?
    Welcome reception on 15 January
    Dinner hosted by the Nanning government
    Gala dinner tonight, what time it start?
    Is dinner included on arrival day?
    Welcome dinner location
session-opening-ask =
    When does the opening ceremony start?
    What time is the opening?
    Where is the opening ceremony, which hall?
    Opening session on 16 January
    Welcome speeches, what time?
    Opening in the Plenary Hall
    Inauguration, official launch of the event
    What time should I be seated for the opening?
    When the conference start?
session-mayors-dialogue-ask =
    When is the mayors' dialogue?
    What time is the main dialogue?
    Global Mayors Dialogue main session
    Where is the plenary session of the mayors?
    Mayors forum time
    Plenary discussion of mayors, which hall?
    Mayor dialog schedule
    Mayors panel on industry, culture and education
    GMD main session start and end
session-dialogue-trade-ask =
    When is the economic and trade dialogue?
    Where is the trade session?
    Business cooperation dialogue
    Economy and trade parallel session, which hall?
    Nanning Channel session
    Investment and commerce forum
    Economic cooperation breakout session time
    Parallel dialogue on economy, what time start?
    Trade dialog room
session-dialogue-tourism-ask =
    When is the cultural tourism dialogue?
    Where is the tourism session?
    Culture and tourism forum
    Cultural tourism parallel session, which room?
    Tourism cooperation breakout, what time?
    Culture exchange and travel dialogue
    Tourism dialog in the afternoon
    Parallel dialogue on culture, where?
    Cultural-tourism panel start time
session-signing-ask =
    When are the agreements signed?
    What time is the signing ceremony?
    Signing of cooperation agreements
    MoU signing, where?
    Where do cities sign the agreements?
    Sister city agreement signing
    Contract signing ceremony time
    Memorandum of understanding ceremony
    Signing session in which hall?
session-initiative-ask =
    When is the Nanning Initiative released?
    Nanning Initiative announcement
    Release of the Nanning Initiative, what time?
    Launch of the initiative
    Where is the Nanning Declaration presented?
    Final declaration, outcome document
    Nanning Initiative publication ceremony
    When do they publish the initiative?
session-city-exchanges-ask =
    When are the bilateral meetings?
    Meetings between cities
    City-to-city exchanges, what time?
    Where are the bilateral talks?
    One-on-one meeting with a Chinese city
    Side meetings between mayors
    Meeting room for city exchange
    Twin city, sister city talks
    Bilateral meeting schedule on 17 January
session-visit-qingxiu-ask =
    When is the visit to Qingxiu Mountain?
    Sightseeing tour
    City tour, city visit, what time?
    Excursion to Qingxiu scenic area
    Where does the Qingxiu trip meet?
    Field visit on 17 January afternoon
    Guided tour of the park
    Qingxiu mountain visit timing
    Outing to the mountain, when we go?
session-visit-expo-ask =
    When is the Expo visit?
    China–ASEAN Expo tour
    CAEXPO showcase visit
    What time is the Expo tour?
    Visit to the China ASEAN Expo exhibition
    Expo showcase on 18 January
    Where do we meet for the expo visit?
    Exhibition tour in the morning
    ASEAN expo site visit
session-departure-ask =
    When do we check out?
    Departure day
    Shuttle to the airport when leaving
    What time is check-out on 18 January?
    Going home, transfer to the airport or station
    Last day, when we leave?
    Hotel checkout time
    Departure shuttle schedule
    Can I have late check-out?
    Leaving Nanning

## Frequently asked questions: the topic (shown as "About …:"), the answer,
## and ways to ask. Entries marked sample in event.toml are placeholders the
## organisers replace.
# Variables (every answer): $phone (text) the desk's phone, $email (text) its e-mail.

faq-wifi-title = Wi-Fi
faq-wifi-answer = Free Wi-Fi covers the Convention and Exhibition Center and the delegation hotel. Network: GMD-Delegates, password: Nanning2025. If it does not connect, ask at the help desk.
faq-wifi-ask =
    Is there wifi?
    What is the wifi password?
    How do I connect to the internet at the venue?
    Wireless network name
    wi-fi pw pls
    Wifi not working, can't connect
    Internet is very slow
    Is there free wifi in the convention hall?
    What is the WiFi login?
    No signal on the wifi
    How to go online with my laptop?
    Network name and password
    Is there a hotspot?
    wify code?
    Internet access at the conference

faq-interpretation-title = Interpretation and headsets
faq-interpretation-answer = Plenary sessions and the parallel dialogues are interpreted between Chinese and English. Collect a headset at the entrance of each hall against your badge and return it when you leave. Channel 1: Chinese, channel 2: English.
faq-interpretation-ask =
    Is there translation into English?
    Where do I get a headset?
    Which channel is English?
    Simultaneous interpretation
    Is there an interpreter?
    I don't understand Chinese
    Headphones or earphones for translation
    Where to get the receiver for interpretation?
    Chinese to English translation of the speeches
    How can I listen in English?
    Translation device not working
    Interpretation in other languages?
    Do I return the headset after?
    Interpretor, translater available?
    Which language are the sessions in?

faq-dress-code-title = Dress code
faq-dress-code-answer = Business attire (a suit, or national formal dress) for the opening, the mayors' dialogue, the signing and the welcome dinner; smart casual with comfortable shoes for the visits.
faq-dress-code-ask =
    What should I wear?
    Is there a dress code?
    Do I need a suit and tie?
    Formal clothes or casual?
    Business attire required?
    Can I wear national dress or batik?
    Is traditional costume allowed?
    Is a jacket necessary for the opening?
    What shoes for the visits?
    Smart casual ok?
    Dresscode for the welcome dinner
    What to wear to the ceremony
    Is tie compulsory?
    Outfit for the conference
    Can I wear baju or barong?

faq-meals-title = Meals and dietary needs
faq-meals-answer = Lunches are buffets at the Convention and Exhibition Center with halal and vegetarian dishes, labelled in Chinese and English. For allergies or other needs, tell us in your profile (/profile) or at the help desk, and tell the staff at the buffet.
faq-meals-ask =
    Is there halal food?
    Do you have vegetarian meals?
    I am allergic to peanuts
    Where can I eat?
    Is the food spicy?
    Does the food have pork?
    Any vegan option?
    Is lunch a buffet?
    Where is lunch served?
    Food allergy to seafood or shellfish
    Gluten free meals
    Is breakfast and dinner included?
    Special diet requirements
    Restaurant near the venue
    Where can I get drinking water or a drink?
    Food without pork and no alcohol

faq-prayer-title = Prayer room
faq-prayer-answer = A quiet room for prayer is open at the Convention and Exhibition Center, level 2, next to Hall B, from 08:00 to 18:00. The help desk can show you the direction of Mecca (qibla).
faq-prayer-ask =
    Is there a prayer room?
    Where can I pray?
    Musholla for Muslims
    Which way is the qibla?
    Where is the mosque?
    Place for solat, salat or namaz
    Direction of Mecca, kiblat
    Where to do wudu, ablution?
    Muslim prayer room, surau, mushola
    Quiet room for meditation
    Is there a church nearby?
    Buddhist temple in Nanning
    Place of worship
    Friday prayer, Jumaat
    Where is the musalla, prayer time?

faq-money-title = Money and paying
faq-money-answer = China pays mostly by phone. Alipay and WeChat Pay accept international Visa and Mastercard cards: install the app, add your card and pay by scanning the shop's QR code. Cash in renminbi (yuan) must be accepted everywhere, so carry some. International cards work in hotels and large shops, and ATMs of Bank of China take foreign cards.
faq-money-ask =
    Can I pay with my credit card?
    Where can I exchange money?
    How do I set up Alipay?
    Do shops accept cash?
    Where is an ATM?
    Can I use Visa or Mastercard?
    WeChat Pay for foreigners
    Pay by scanning QR code
    Money changer near here
    Change dollars to yuan, RMB
    Where to withdraw cash?
    Where is Bank of China?
    Renminbi exchange rate
    Does my debit card work in China?
    How to pay in shops
    Prices, is it expensive?

faq-sim-title = SIM cards and internet
faq-sim-answer = With roaming or an international eSIM, your usual apps keep working. On a Chinese SIM card, Google, WhatsApp and many foreign apps do not work. Chinese SIM cards are sold at the airport and in China Mobile, China Unicom and China Telecom shops; bring your passport.
faq-sim-ask =
    Where can I buy a SIM card?
    Will WhatsApp work in China?
    How do I get mobile data?
    Does my roaming work here?
    Can I use Google?
    eSIM for China
    Do I need a VPN?
    Are Facebook and Instagram blocked?
    Line app and Gmail not working
    4G 5G data package
    Top up, load credit on my phone
    China Mobile or Unicom shop
    No phone signal, sim problem
    Do I need passport to buy a SIM?
    Local simcard price
    Internet on my phone

faq-medical-title = Medical help and emergencies
faq-medical-answer = In an emergency call 120 for an ambulance, 110 for the police. A first-aid point with a doctor is open at the Convention and Exhibition Center during sessions, next to the main entrance. The help desk will help you find a hospital or a pharmacy and can interpret for you.
faq-medical-ask =
    I feel sick, where is a doctor?
    Is there a pharmacy nearby?
    What is the emergency number?
    I need a hospital
    Call an ambulance
    I have fever and headache
    Stomach ache, need medicine
    Where is the clinic or first aid?
    Drugstore or chemist near here
    I'm ill, need to see a nurse
    Injury, I fell down
    Medical emergency help
    Number for ambulance in China, 120?
    Diarrhoea diarrhea medicine
    Where can I buy paracetamol, panadol?
    Feeling unwell

faq-lost-found-title = Lost and found
faq-lost-found-answer = Lost something? Ask at the help desk at the main entrance of the Convention and Exhibition Center or in the hotel lobby; things found at the venues are kept there until the end of the event. If you lost your passport, tell the help desk at once: they will help you contact the police and your embassy.
faq-lost-found-ask =
    I lost my phone
    I left my bag in the hall
    Where is lost property?
    I lost my passport
    I cannot find my wallet
    Forgot my badge, glasses
    Lost and found office
    I left my keys somewhere
    My bag is missing
    Has anyone found a phone?
    Lost item at the venue
    I lose my handphone
    Left behind my laptop in the car
    Where to report lost things?

faq-luggage-title = Luggage
faq-luggage-answer = On the day of departure the hotel keeps your luggage at the front desk after check-out. At the Convention and Exhibition Center a cloakroom next to the main entrance takes coats and bags during sessions.
faq-luggage-ask =
    Where can I leave my suitcase?
    Is there a cloakroom?
    Can I store my bags after check-out?
    Luggage storage
    Baggage room at the hotel
    Coat check
    Left-luggage
    Keep my luggage after checkout
    Where to put my baggage?
    Where can I leave my coat?
    Can the hotel hold my bags until the shuttle?
    Big suitcase at the venue, where?
    Luggages keep where?

faq-weather-title = Weather and what to wear
faq-weather-answer = Nanning is mild in January: about 10 °C at night to 18 °C during the day, often cloudy and damp, sometimes rainy. Bring a warm jacket or sweater and an umbrella; halls can be cool.
faq-weather-ask =
    What is the weather like?
    Is it cold in Nanning?
    Will it rain?
    What is the temperature?
    Do I need a jacket?
    Weather forecast for January
    How many degrees?
    Is it hot or warm?
    Should I bring an umbrella?
    Is it humid?
    Climate in Nanning in winter
    Need sweater or coat?
    What clothes for this weather?
    Temperature in Celsius today
    Raining tomorrow?

faq-power-title = Power sockets and voltage
faq-power-answer = China uses 220 V, 50 Hz. Sockets take two flat pins (type A), often combined with two round pins (type C), and three angled flat pins (type I). Phone and laptop chargers usually work; bring an adapter. The hotel front desk can lend one.
faq-power-ask =
    What plug type is used in China?
    Do I need an adapter?
    What is the voltage?
    Where can I charge my laptop?
    Power socket, outlet type
    Converter for my plug
    220V or 110V?
    Where to charge my phone, battery low
    Power bank rental
    Can I borrow a charger or charging cable?
    Electricity 50 Hz
    Does a UK plug work?
    Type A, C, I sockets
    Can I borrow an adaptor?

faq-visa-title = Visas and entry
faq-visa-answer = Entry rules depend on your passport: check with the Chinese embassy or consulate in your country. The organisers send an official invitation letter for your visa application; if you have not received yours, contact the desk. Carry your passport: hotels and SIM card shops ask for it.
faq-visa-ask =
    Do I need a visa?
    How do I get an invitation letter?
    Visa on arrival
    Can I enter China without a visa?
    Visa-free entry for ASEAN?
    Chinese embassy or consulate
    Immigration control, passport check
    Transit visa
    Entry requirements
    Customs declaration
    Visa application documents
    Border crossing from Vietnam
    Invitation letter not received
    Passport validity

faq-media-title = Media and photography
faq-media-answer = Accredited media may film and photograph the opening, the mayors' dialogue, the signing and the Nanning Initiative from the press area. Delegates may take photos, but please not during the city-to-city meetings. Official photos are shared after the event.
faq-media-ask =
    Can I take photos?
    Where are the official photos?
    Press accreditation
    Is filming allowed?
    Can I record video?
    Camera allowed in the hall?
    Journalist, media registration
    Where is the press area?
    Photographer access
    Can I livestream?
    Interview with a mayor
    Download event pictures
    Are pics allowed during meetings?
    Media centre

faq-contact-title = Contacting the organisers
faq-contact-answer = The help desk is in the hotel lobby and at the main entrance of the Convention and Exhibition Center, open 08:00–20:00 every day of the event. Phone: { $phone }. E-mail: { $email }. Or ask here: a volunteer who speaks your language will answer.
faq-contact-ask =
    How do I contact the organisers?
    What is the phone number of the help desk?
    I need to speak to someone
    Who can I call?
    Organising committee email
    Hotline number
    Talk to a real person
    Help desk opening hours
    Where is the info desk, information counter?
    I want to complain
    Contact staff or volunteer
    Secretariat contact
    Ask someone, I need help
    Email address of the organizers
