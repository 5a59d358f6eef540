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

## Questions: ways delegates ask about an item, one per line (never shown;
## the bot learns from them to recognise typed questions). Optional for any
## venue, session or transport topic: <item>-ask.

venue-nicec-ask =
    会展中心在哪里？
    主会场在哪儿
    怎么去会议场馆？
    国际会展中心地址
    开会的地方在哪
    南宁国际会展中心怎么走
    会展中心离这儿远吗
    NICEC在哪
    民族大道11号怎么去
    会议中心地图定位
    会展中心在哪条街
    南宁会展位于哪个区
    百度地图导航会展中心
    朱槿花大楼在哪里
venue-hotel-ask =
    我们住哪个酒店？
    代表团酒店在哪里
    酒店地址是什么？
    住宿安排在哪
    下榻的宾馆叫什么名字
    饭店怎么走
    hotel在哪
    酒店位置发个定位
    代表住在哪里
    住的地方怎么回去
    代表团酒店在哪条路上
    入住酒店位于哪个区
    住的宾馆高德导航搜什么
    酒店门牌号多少
venue-qingxiu-ask =
    青秀山在哪里？
    参观的景区在哪儿
    青秀山风景区位置
    青秀山怎么去
    青秀山地址
    青秀山公园远吗
    青秀山景区大门在哪
    凤岭南路那个景点怎么走
    青秀山地图
    邕江边的山在哪
    青秀山在哪条路上
    青秀山位于南宁哪个区
    青秀山风景名胜区导航
    青秀山距离有多远
venue-nng-ask =
    机场在哪里？
    机场离市区多远？
    吴圩机场远吗
    南宁机场位置
    吴圩国际机场地址
    NNG机场在哪
    飞机场怎么走
    2号航站楼在哪
    T2航站楼
    飞机场离市中心多远
    吴圩机场在哪个区
    南宁机场位于吴圩镇吗
    飞机场导航定位
    NNG机场具体地址
venue-east-station-ask =
    火车站在哪里？
    高铁站在哪儿
    南宁东站在哪
    南宁东站地址
    东站怎么去
    动车站位置
    南宁东火车站远吗
    长虹路66号在哪
    高铁东站地图
    南宁东站在哪条路上
    南宁东站位于哪个区
    高铁南宁东站导航
    东站距离这里有多远
    南宁火车东站定位
transport-airport-ask =
    从机场怎么去酒店？
    机场有人接机吗？
    有没有机场接驳车
    机场打车到市区多少钱？
    下飞机后怎么走
    机场大巴几点一班
    吴圩机场到市区怎么去
    接机的车在哪里等
    机场出租车要多久
    落地后去市中心坐什么车
    机场大巴在哪上车
    到达层出租车候车点
    从吴圩机场打滴滴
    接机巴士免费吗
transport-railway-ask =
    从火车站怎么到酒店？
    我坐高铁过来
    高铁站有人接站吗
    南宁东站到酒店怎么走
    坐动车到南宁东站后怎么走
    东站有接驳车吗
    火车站打车多少钱
    南宁东站到会展中心要多久
    下了火车怎么去市区
    东站出租车在哪坐
    南宁东站出站口接待台
    高铁到站有接送吗
    火车站打滴滴去酒店
    乘火车到南宁后怎么去酒店
transport-metro-ask =
    可以坐地铁吗？
    几号线到会场？
    地铁票怎么买
    地铁几点停运
    能用乘车码坐地铁吗
    地铁站在哪
    地铁1号线会展中心站
    坐地铁多少钱
    轨道交通运营时间
    地铁早上几点开
    南宁有轻轨吗
    地铁线路图
    自动售票机买单程票
    subway怎么刷码进站
transport-shuttles-ask =
    去会场的班车几点发车？
    接驳车时刻表
    酒店有大巴吗？
    回酒店的车几点走
    摆渡车在哪坐
    接驳巴士免费吗
    shuttle bus几点
    通勤车在哪上车
    班车多久一趟
    大巴时间表
    穿梭巴士几点开
    会务车在哪上车
    坐班车要带证件吗
    酒店正门等大巴吗
transport-taxi-ask =
    怎么打车？
    能用滴滴吗
    可以用grab吗
    出租车怎么付钱
    叫个的士
    网约车怎么叫
    taxi司机不会英文怎么办
    打的多少钱
    出租车地址卡
    帮我叫辆车
    滴滴出行有英文版吗
    打车软件用哪个
    出租车打表吗
    的士收现金吗
session-arrival-ask =
    在哪里领证件？
    胸卡去哪拿
    到了在哪报到？
    注册报到在哪里
    代表证怎么领
    签到几点开始
    报到处在大堂吗
    参会证在哪领取
    1月15日报到时间
    registration在哪
    胸牌几点可以领
    欢迎资料袋在哪拿
    抵达以后先去哪报到
    注册截止是几点
session-welcome-dinner-ask =
    欢迎晚宴什么时候？
    第一天晚上有晚宴吗
    晚宴几点开始
    欢迎宴在哪里
    宴会厅在哪
    15号晚上的宴会
    欢迎酒会几点结束
    市政府宴请时间
    招待晚宴地点
    欢迎晚宴是哪天
    迎宾宴几点入场
    晚宴在酒店哪个厅
    欢迎晚宴需要报名吗
    welcome dinner几点
session-opening-ask =
    开幕式几点开始？
    开幕是什么时候
    开幕式在哪个厅
    开幕典礼时间
    开幕仪式在全体会议厅吗
    16号上午开幕式
    开幕式几点结束
    opening ceremony几点
    开幕致辞什么时候
    开幕式是哪天
    开幕式在哪里举行
    开幕大会几点入场
    开幕要提前多久到场
    开幕式多长时间
session-mayors-dialogue-ask =
    市长对话什么时候举行？
    主论坛几点开始
    市长对话会在哪
    世界市长对话时间
    市长论坛几点结束
    全体大会什么时候
    市长们对话在哪个厅
    主旨对话几点
    市长会议安排
    市长对话是哪天
    市长圆桌会几点
    中外市长对话会多久
    mayors dialogue在哪个会议厅
    市长高峰论坛
session-dialogue-trade-ask =
    经贸合作对话什么时候？
    经贸分论坛在哪里
    商务合作对话
    贸易平行对话几点
    经贸对话在A厅吗
    投资合作分会场
    南宁渠道论坛几点
    经济贸易分论坛报名
    经贸对话几点结束
    经贸平行对话是哪天
    经贸分论坛几点开始
    经贸对话哪个会议室
    经贸论坛还有名额吗
    trade dialogue在哪个厅
session-dialogue-tourism-ask =
    文旅对话什么时候？
    旅游分论坛在哪
    文化旅游论坛
    文旅平行对话几点开始
    文旅分论坛在B厅吗
    旅游合作对话报名
    文化和旅游平行论坛地点
    文旅对话几点结束
    文旅分会场
    文旅平行对话是哪天
    旅游对话哪个会议室
    文旅论坛还有名额吗
    tourism dialogue在哪个厅
    文化旅游分会几点
session-signing-ask =
    什么时候签协议？
    签约仪式几点
    合作协议签约时间
    签约在哪个厅
    签署合作协议
    友好城市协议签字仪式
    签约几点结束
    MOU签约什么时候
    签约环节在哪里
    签约仪式是哪天
    签约几点开始
    签约仪式在全体会议厅吗
    合作备忘录签署几点
    signing ceremony在哪
session-initiative-ask =
    南宁倡议什么时候发布？
    《南宁倡议》发布会
    倡议发布几点
    南宁倡议发布仪式在哪
    南宁倡议是什么
    倡议书什么时候公布
    Nanning Initiative几点
    发布倡议在全体会议厅吗
    南宁宣言发布时间
    南宁倡议是哪天发布
    倡议发布会在哪个厅
    南宁倡议几点开始
    南宁倡议宣读时间
    倡议发布几点结束
session-city-exchanges-ask =
    双边会谈什么时候？
    城市之间的会见
    城市交流活动几点
    双边会见安排
    城市间交流在哪个厅
    17号上午城市交流
    双边会谈在A厅吗
    城市对接会几点
    和中国城市会谈时间
    城市间交流是哪天
    双边会谈几点开始
    城际交流在哪个会议室
    东盟城市双边对接
    bilateral meeting几点
session-visit-qingxiu-ask =
    什么时候去青秀山？
    参观青秀山几点出发
    观光游览安排
    去景区是哪天
    青秀山参观几点回来
    17号下午参观
    青秀山游览要走很多路吗
    考察参观行程
    去青秀山集合时间
    青秀山参观是哪天
    游青秀山几点开始
    青秀山游览几点结束
    去青秀山坐车吗
    青秀山参观要报名吗
session-visit-expo-ask =
    什么时候参观东博会？
    中国东盟博览会参观
    去博览会展馆是哪天
    东博会几点去
    东盟博览会场馆参观时间
    18号上午参观展馆
    CAEXPO参观
    博览会馆参观几点结束
    东博会集合在哪
    东博会展馆参观是哪天
    参观博览会几点出发
    中国东盟博览会行程
    东博会参观要报名吗
    China ASEAN Expo参观几点
session-departure-ask =
    什么时候退房？
    离会是哪天
    走的时候有车送机吗
    回程送站安排
    最后一天几点check out
    18号回国怎么走
    离开南宁送机时间
    退房时间几点
    返程送站的车几点
    代表离会是哪天
    checkout截止几点
    送机车几点出发
    离会送高铁站几点
    返程航班怎么去机场

## Frequently asked questions: the topic (shown as "About …:"), the answer,
## and ways to ask. Entries marked sample in event.toml are placeholders the
## organisers replace.
# Variables (every answer): $phone (text) the desk's phone, $email (text) its e-mail.

faq-wifi-title = 无线网络（Wi-Fi）
faq-wifi-answer = 会展中心和代表团酒店均有免费 Wi-Fi 覆盖。网络名称：GMD-Delegates，密码：Nanning2025。如无法连接，请咨询代表服务台。
faq-wifi-ask =
    有wifi吗？
    WiFi密码是多少
    会场怎么上网？
    无线网叫什么名字
    连不上网怎么办
    无线网络密码
    网速太慢了
    网络连接不上
    有免费网络吗
    wi-fi怎么登录
    wifi信号不好
    有没有热点可以连
    WLAN账号和密码
    上不了网
    网络断了
    GMD-Delegates怎么连
    wifi密码忘了
    笔记本连不上无线
    哪有免费wifi用
    wifi名称是什么

faq-interpretation-title = 同声传译与耳机
faq-interpretation-answer = 全体会议和各场平行对话均提供中英文同声传译。请在各会议厅入口凭证件领取耳机，离场时归还。1频道为中文，2频道为英文。
faq-interpretation-ask =
    有英文翻译吗？
    同传耳机在哪领
    英文是几频道
    有没有同声传译
    听不懂中文怎么办
    翻译耳机怎么用
    同传是哪个频道
    有没有口译员
    能翻译成英语吗
    讲话有中文翻译吗
    接收器在哪拿
    耳麦要还吗
    同声翻译设备
    我需要翻译
    听不懂发言
    中文频道是几
    同传设备在哪借
    耳机坏了听不到声音
    translation耳机
    翻译器怎么调频道

faq-dress-code-title = 着装要求
faq-dress-code-answer = 出席开幕式、世界市长对话、签约仪式和欢迎晚宴时，请着正装（西装或本国民族正装）；参观考察时请着商务休闲装，并穿着舒适的鞋子。
faq-dress-code-ask =
    穿什么衣服合适？
    有着装要求吗
    需要穿西装打领带吗
    穿正装还是便装？
    dress code是什么
    可以穿民族服装吗
    要穿正式服装吗
    可以穿休闲装吗
    要穿皮鞋吗
    要不要系领带
    能穿传统服饰吗
    穿巴迪衫可以吗
    参观穿什么鞋
    开会要穿西服吗
    着装规定
    商务休闲可以吗
    要穿礼服吗
    女士着装怎么穿
    可以穿牛仔裤吗
    能穿运动鞋吗

faq-meals-title = 餐饮与饮食需求
faq-meals-answer = 午餐为会展中心自助餐，提供清真和素食菜品，并配有中英文标识。如有食物过敏或其他饮食需求，请在个人信息（/profile）中注明或告知代表服务台，取餐时也请告知自助餐区工作人员。
faq-meals-ask =
    有清真餐吗？
    有素食吗
    我对花生过敏
    在哪吃饭？
    菜辣不辣
    午饭在哪吃
    有自助餐吗
    菜里有没有猪肉
    有纯素的吗
    我对海鲜过敏
    有无麸质食物吗
    早饭在哪吃
    附近有餐厅吗
    有饮用水吗
    halal food有吗
    我有饮食禁忌
    午餐吃什么菜
    哪里有咖啡喝
    能点外卖吗
    我吃素不吃肉

faq-prayer-title = 祈祷室
faq-prayer-answer = 会展中心2层B厅旁设有安静的祈祷室，开放时间为08:00—18:00。代表服务台可为您指示麦加方向（礼拜朝向）。
faq-prayer-ask =
    有祈祷室吗？
    哪里可以做礼拜
    穆斯林礼拜的地方
    朝拜方向是哪边
    有没有礼拜室
    祷告室在哪
    附近有清真寺吗
    麦加方向在哪
    哪里可以做乃玛兹
    哪里可以洗小净
    有安静的房间吗
    可以冥想的地方
    附近有教堂吗
    附近有寺庙吗
    salat礼拜去哪
    基卜拉朝向
    有礼拜毯吗
    namaz去哪做
    祈祷室几点开放
    qibla朝哪边

faq-money-title = 货币与支付
faq-money-answer = 在中国，日常付款多用手机支付。支付宝和微信支付均支持境外 Visa 和 Mastercard 银行卡：安装应用、绑定银行卡后，扫描商家二维码即可付款。各处均不得拒收人民币（元）现金，建议随身携带一些。酒店和大型商场可刷境外银行卡，中国银行的 ATM 也支持境外银行卡取现。
faq-money-ask =
    可以刷信用卡吗？
    哪里能换钱
    支付宝怎么开通
    商店收现金吗
    附近有ATM吗
    取款机在哪
    能用Visa卡吗
    万事达卡能用吗
    微信支付怎么绑卡
    扫码付款怎么弄
    美元能用吗
    哪里兑换人民币
    附近有银行吗
    怎么取现金
    付钱用什么
    RMB换汇
    美金在哪换
    支付宝绑不了外国卡
    中国银行ATM取钱
    银联卡能用吗

faq-sim-title = 手机卡与上网
faq-sim-answer = 如开通国际漫游或使用国际 eSIM，您常用的应用均可照常使用；如换用中国手机卡，Google、WhatsApp 及许多境外应用将无法使用。机场及中国移动、中国联通、中国电信营业厅均有中国手机卡出售，购买时请携带护照。
faq-sim-ask =
    哪里可以买电话卡？
    在中国能用WhatsApp吗
    手机流量怎么办
    我的漫游能用吗
    能上谷歌吗
    sim卡在哪买
    有eSIM吗
    办手机卡要护照吗
    怎么充话费
    手机没信号
    VPN能用吗
    Facebook和Instagram能用吗
    Line能用吗
    5G流量卡
    中国移动营业厅在哪
    手机上网卡
    流量包在哪买
    联通电信营业厅
    翻墙怎么弄
    谷歌地图打不开

faq-medical-title = 医疗与紧急情况
faq-medical-answer = 如遇紧急情况，请拨打120呼叫救护车，拨打110报警。会议期间，会展中心正门旁设有医疗急救点，有医生值守。代表服务台可协助您寻找医院或药店，并可为您提供翻译。
faq-medical-ask =
    我不舒服，哪里有医生？
    附近有药店吗
    急救电话是多少
    我要去医院
    帮我叫救护车
    有医务室吗
    我发烧了
    头疼要买药
    肚子疼拉肚子
    受伤了怎么办
    有急救站吗
    生病了去哪看病
    最近的诊所在哪
    120怎么打
    有护士吗
    药房在哪买药
    感冒咳嗽买什么药
    急诊科在哪
    有创可贴吗
    医疗点在哪里

faq-lost-found-title = 失物招领
faq-lost-found-answer = 如有物品遗失，请到会展中心正门或酒店大堂的代表服务台询问；在各场馆拾获的物品将在服务台保管至活动结束。如护照丢失，请立即告知服务台，工作人员将协助您联系警方和本国使馆。
faq-lost-found-ask =
    我手机丢了
    包忘在会场了
    失物招领在哪
    护照丢了怎么办
    捡到东西交给谁
    钱包不见了
    胸卡丢了
    钥匙找不到了
    眼镜落在会议厅了
    丢东西了去哪找
    有人捡到一个包吗
    遗失物品
    我把包落下了
    东西找不到了
    失物认领处
    证件弄丢了
    手表找不到了
    我东西掉了
    捡到别人的手机
    丢失物品登记

faq-luggage-title = 行李寄存
faq-luggage-answer = 离会当天办理退房后，可将行李寄存在酒店前台。会议期间，会展中心正门旁设有衣帽间，可寄存外套和包。
faq-luggage-ask =
    行李箱可以放哪？
    有衣帽间吗
    退房后能寄存行李吗
    外套放哪里
    哪里可以存包
    行李寄存处在哪
    箱子能放前台吗
    可以寄存大衣吗
    退房后行李怎么办
    有存包处吗
    会场能放行李吗
    行李暂存
    寄存背包
    luggage存放
    大件行李存哪
    拉杆箱放哪儿
    行李寄存要钱吗
    寄存柜在哪
    可以存旅行箱吗
    衣服挂哪里

faq-weather-title = 天气与穿衣
faq-weather-answer = 南宁1月气候温和：夜间约10°C，白天约18°C，多阴天，较潮湿，有时下雨。请携带保暖外套或毛衣以及雨伞；会议厅内可能较凉。
faq-weather-ask =
    天气怎么样？
    南宁冷不冷
    会下雨吗
    气温多少度
    要带外套吗
    一月南宁热吗
    要带伞吗
    天气预报
    湿度大吗
    需要穿毛衣吗
    南宁冬天气候
    白天暖和吗
    晚上几度
    会议厅里冷吗
    天冷穿什么
    南宁会下雪吗
    空气质量怎么样
    需要带羽绒服吗
    南宁潮湿吗
    1月份温度多少

faq-power-title = 电源插座与电压
faq-power-answer = 中国电压为220 V，频率为50 Hz。插座适用双扁脚插头（A型，通常也兼容双圆脚C型插头）和三扁脚“八字形”插头（I型）。手机和笔记本电脑充电器一般可直接使用，但请携带转换插头；也可向酒店前台借用。
faq-power-ask =
    中国用什么插头？
    需要转换头吗
    电压是多少
    哪里能给电脑充电
    插座是什么样的
    能借转换插头吗
    手机充电器能用吗
    是220伏吗
    哪里可以充电
    哪里有充电宝
    笔记本电源适配器
    插座在哪
    万能转换器
    充电线
    电源插座
    手机没电了
    欧标插头能用吗
    英标三孔插头
    有USB充电口吗
    要带变压器吗

faq-visa-title = 签证与入境
faq-visa-answer = 入境规定因所持护照而异，请向中国驻贵国使领馆咨询。主办方将向您发出正式邀请函，供办理签证使用；如尚未收到，请联系代表服务台。请随身携带护照，入住酒店和购买手机卡时均需出示。
faq-visa-ask =
    需要签证吗？
    邀请函怎么拿
    可以落地签吗
    免签能入境中国吗
    办visa要什么材料
    签证怎么办理
    入境要什么手续
    过海关要注意什么
    中国大使馆
    领事馆办签证
    过境免签
    还没收到邀请函
    出入境检查
    护照有效期要求
    海关申报
    240小时免签政策
    入境卡怎么填
    签证费多少钱
    东盟国家免签吗
    边检要看什么

faq-media-title = 媒体与拍照
faq-media-answer = 持证媒体可在媒体区拍摄开幕式、世界市长对话、签约仪式及《南宁倡议》发布环节。代表可以拍照，但城市间交流会谈期间请勿拍摄。官方照片将在活动结束后统一分享。
faq-media-ask =
    可以拍照吗？
    官方照片在哪里看
    记者证怎么办
    能录像吗
    媒体注册
    能不能拍视频
    可以用相机吗
    摄影师在哪
    记者采访区
    媒体证
    可以直播吗
    合影照片什么时候发
    会谈时能拍吗
    记者能采访吗
    拍摄规定
    活动照片哪里下载
    能用手机拍吗
    可以带无人机吗
    新闻中心在哪
    媒体采访申请

faq-contact-title = 联系主办方
faq-contact-answer = 代表服务台设在酒店大堂及会展中心正门，活动期间每日08:00—20:00开放。电话：{ $phone }。电子邮箱：{ $email }。您也可以直接在这里提问，会说中文的志愿者将为您解答。
faq-contact-ask =
    怎么联系主办方？
    服务台电话多少
    我想找工作人员
    能打给谁
    有人工服务吗
    组委会电话
    客服热线
    邮箱地址
    联系方式
    咨询台在哪
    我要投诉
    志愿者在哪里
    找人帮忙
    会务组怎么联系
    email是多少
    主办单位联系人
    会务组加微信
    热线打不通
    organizer怎么联系
    能找个真人聊吗
