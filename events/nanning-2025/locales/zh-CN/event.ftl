# Event content of the Global Mayors Dialogue, Nanning 2025, in Simplified Chinese.
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = 世界市长对话·南宁
event-city = 南宁
event-about = 来自东盟七国的市长与中国城市负责人齐聚南宁，深化经贸、文化、旅游、教育等领域务实合作，携手构建更为紧密的中国—东盟命运共同体。
contact-desk = 代表服务台设在酒店大堂及会展中心正门，活动期间每日08:00—20:00开放。

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = 南宁国际会展中心
venue-nicec-address = 南宁市青秀区民族大道11号
venue-nicec-about = 主会场：开幕式、市长对话、平行对话、签约仪式及《南宁倡议》发布。
venue-hotel-name = 代表团酒店
venue-hotel-address = 南宁市青秀区民族大道
venue-hotel-about = 代表团下榻酒店；注册报到、欢迎晚宴均在此举行，接驳车由此发车。
venue-qingxiu-name = 青秀山风景区
venue-qingxiu-address = 南宁市青秀区凤岭南路6-6号
venue-qingxiu-about = 南宁的绿色地标，俯瞰邕江；城市参观考察地点。
venue-nng-name = 南宁吴圩国际机场（NNG）
venue-nng-address = 南宁市江南区吴圩镇
venue-nng-about = 位于市中心西南约35公里，车程40—50分钟。
venue-east-station-name = 南宁东站
venue-east-station-address = 南宁市青秀区长虹路66号
venue-east-station-about = 高铁车站；可乘地铁1号线直达会展中心。

## Rooms

room-nicec-plenary-hall = 全体会议厅
room-nicec-hall-a = A厅
room-nicec-hall-b = B厅
room-nicec-dining-hall = 餐厅
room-hotel-lobby = 大堂
room-hotel-banquet-hall = 宴会厅

## Sessions: title and a short description

session-arrival-title = 抵达与注册报到
session-arrival-description = 各代表团抵达后，在服务台领取证件和欢迎资料。机场和南宁东站均有接驳车。
session-welcome-dinner-title = 欢迎晚宴
session-welcome-dinner-description = 南宁市人民政府设宴招待全体代表团。
session-opening-title = 开幕式
session-opening-description = 东道城市致欢迎辞，贵宾致辞，世界市长对话正式开幕。
session-mayors-dialogue-title = 世界市长对话
session-mayors-dialogue-description = 中外市长围绕产业、文化、教育等领域务实合作及文明交流互鉴展开对话。
session-lunch-16-title = 午餐
session-lunch-16-description = 全体代表自助午餐。
session-dialogue-trade-title = 平行对话：经贸合作
session-dialogue-trade-description = 城市代表和专家围绕城市经贸合作及中国—东盟“南宁渠道”建设交流观点。
session-dialogue-tourism-title = 平行对话：文化旅游
session-dialogue-tourism-description = 城市代表和专家围绕中外城市文化和旅游合作交流观点。
session-signing-title = 合作协议签约仪式
session-signing-description = 各城市在国际贸易、人文交流、旅游、体育、教育等领域签署合作协议。
session-initiative-title = 《南宁倡议》发布
session-initiative-description = 发布《南宁倡议》，集中展示中外城市交流合作成果。
session-lunch-17-title = 午餐
session-lunch-17-description = 全体代表自助午餐。
session-city-exchanges-title = 城市间交流
session-city-exchanges-description = 中国与东盟城市举行双边会谈，就友好交往和务实合作项目进行交流。
session-visit-qingxiu-title = 参观青秀山
session-visit-qingxiu-description = 在讲解员陪同下参观南宁最著名的风景区。建议穿着舒适的鞋子。
session-visit-expo-title = 参观中国—东盟博览会展馆
session-visit-expo-description = 参观中国—东盟博览会举办场馆。南宁是中国—东盟博览会永久举办地。
session-departure-title = 代表离会
session-departure-description = 办理退房，乘接驳车前往机场和南宁东站。

## Shuttles: route name and where to board

shuttle-airport-hotel-name = 机场 → 代表团酒店
shuttle-airport-hotel-pickup = 2号航站楼到达大厅，世界市长对话接待台。
shuttle-station-hotel-name = 南宁东站 → 代表团酒店
shuttle-station-hotel-pickup = 车站主出站口，世界市长对话接待台。
shuttle-hotel-nicec-name = 代表团酒店 → 会展中心
shuttle-hotel-nicec-pickup = 酒店正门。
shuttle-nicec-hotel-name = 会展中心 → 代表团酒店
shuttle-nicec-hotel-pickup = 会展中心正门。
shuttle-hotel-airport-name = 代表团酒店 → 机场
shuttle-hotel-airport-pickup = 酒店正门。请携带行李提前10分钟到达。
shuttle-hotel-station-name = 代表团酒店 → 南宁东站
shuttle-hotel-station-pickup = 酒店正门。请携带行李提前10分钟到达。

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ 机场交通
transport-airport-body =
    南宁吴圩国际机场（NNG）位于市中心西南约35公里。
    • 活动接驳车：1月15日为代表免费提供，请前往2号航站楼到达大厅的接待台。
    • 出租车：请仅在到达层外的正规出租车候车点乘车，车程40—50分钟，车费约100—150元。
    • 机场大巴：在到达层外发车前往市中心，约每30分钟一班。
transport-railway-title = 🚄 南宁东站交通
transport-railway-body =
    高铁列车抵达南宁东站。
    • 活动接驳车：1月15日为代表免费提供，接待台设在车站主出站口。
    • 地铁：乘1号线可从车站直达会展中心站（约15分钟）。
    • 出租车：请在正规出租车候车点乘车，前往市中心约需20分钟。
transport-metro-title = 🚇 地铁
transport-metro-body =
    南宁地铁现有5条线路。1号线沿民族大道运行，连接南宁东站与主会场旁的会展中心站。
    • 购票：可在车站自动售票机购买单程票（支持现金或移动支付），也可使用支付宝或微信乘车码扫码进站。
    • 运营时间：约06:30至23:00。
transport-shuttles-title = 🚌 活动接驳车
transport-shuttles-body = 佩戴证件的代表可免费乘坐活动接驳车。所列时间均为当地时间。
transport-taxi-title = 🚕 出租车与网约车
transport-taxi-body =
    出租车数量充足，按表计费。多数司机不会说英语：请在本机器人中打开场馆页面，向司机出示出租车地址卡。
    • 网约车：滴滴出行提供英文界面，也可通过支付宝和微信使用。
    • 支付：支付宝和微信支付支持绑定境外银行卡；大多数出租车也接受现金。

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 中国紧急求助电话：报警 110，急救 120，火警 119，交通事故 122。
taxi-card-hint = 🚕 请向出租车司机出示此消息，其中载有中文目的地名称和地址。
