# Getting around (/transport).

transport-title =
    🚌 <b>交通出行</b>
    请选择查询内容：
# Variables: $venue (text) venue name.
transport-open-venue = 📍 { $venue }
# One shuttle route in the timetable. Variables: $route (text) route name.
transport-shuttle-route = <b>{ $route }</b>
# Variables: $place (text) where to board.
transport-shuttle-pickup = 上车地点：{ $place }
# Variables: $date (text) the day, short form, $times (text) list of departure times.
transport-shuttle-departures = { $date }：{ $times }
