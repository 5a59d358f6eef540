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
