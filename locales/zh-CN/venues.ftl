# Venues (/venues), the map pin and the taxi card.

venues-title =
    📍 <b>场馆与地图</b>
    请选择地点，获取地图定位及可出示给出租车司机的地址卡。
venues-taxi-button = 🚕 出租车地址卡
venues-all-button = 📍 全部场馆
