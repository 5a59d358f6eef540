# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>场馆与地图</b>
    请选择地点，获取地图定位及可出示给出租车司机的地址卡。
venues-taxi-button = 🚕 出租车地址卡
venues-all-button = 📍 全部场馆

# One line above the Chinese name and address, in the delegate's language.
taxi-card-hint = 🚕 请向出租车司机出示此消息，其中载有中文目的地名称和地址。
