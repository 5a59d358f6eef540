# Getting around (/transport).

transport-title =
    🚌 <b>Getting around</b>
    Choose a topic:
# Variables: $venue (text) venue name.
transport-open-venue = 📍 { $venue }
# One shuttle route in the timetable. Variables: $route (text) route name.
transport-shuttle-route = <b>{ $route }</b>
# Variables: $place (text) where to board.
transport-shuttle-pickup = Boarding: { $place }
# Variables: $date (text) the day, short form, $times (text) list of departure times.
transport-shuttle-departures = { $date }: { $times }
