# Event content of the Global Mayors Dialogue, Nanning 2025, in Vietnamese.
# Plain text only (no HTML): the bot escapes it. Keep ids as they are; they
# are referenced from event.toml. Items marked "sample" in event.toml are
# invented placeholders for organisers to replace.

## The event

event-name = Đối thoại Thị trưởng toàn cầu · Nam Ninh
event-city = Nam Ninh
event-about = Thị trưởng đến từ bảy quốc gia ASEAN và lãnh đạo các thành phố Trung Quốc gặp gỡ tại Nam Ninh nhằm làm sâu sắc thêm hợp tác thiết thực trong các lĩnh vực kinh tế, thương mại, văn hóa, du lịch và giáo dục, cùng xây dựng cộng đồng chia sẻ tương lai chung Trung Quốc – ASEAN ngày càng gắn bó.
contact-desk = Quầy hỗ trợ đại biểu đặt tại sảnh khách sạn và cổng chính Trung tâm Hội nghị và Triển lãm, làm việc từ 08:00 đến 20:00 hằng ngày trong thời gian diễn ra sự kiện.

## Venues: name, address in the delegate's language, one line about it

venue-nicec-name = Trung tâm Hội nghị và Triển lãm Quốc tế Nam Ninh
venue-nicec-address = Số 11 đại lộ Dân Tộc, quận Thanh Tú, Nam Ninh
venue-nicec-about = Địa điểm chính: lễ khai mạc, đối thoại thị trưởng, các phiên đối thoại song song, lễ ký kết và công bố Sáng kiến Nam Ninh.
venue-hotel-name = Khách sạn đoàn đại biểu
venue-hotel-address = Đại lộ Dân Tộc, quận Thanh Tú, Nam Ninh
venue-hotel-about = Nơi lưu trú của các đoàn đại biểu; nơi đăng ký, tổ chức tiệc chào mừng và điểm xuất phát của xe đưa đón.
venue-qingxiu-name = Khu danh thắng núi Thanh Tú
venue-qingxiu-address = Số 6-6 đường Phượng Lĩnh Nam, quận Thanh Tú, Nam Ninh
venue-qingxiu-about = Biểu tượng xanh của Nam Ninh, nhìn ra sông Ung; nơi diễn ra chuyến tham quan thành phố.
venue-nng-name = Sân bay quốc tế Ngô Khư Nam Ninh (NNG)
venue-nng-address = Trấn Ngô Khư, quận Giang Nam, Nam Ninh
venue-nng-about = Cách trung tâm thành phố khoảng 35 km về phía tây nam; 40–50 phút đi ô tô.
venue-east-station-name = Ga Nam Ninh Đông
venue-east-station-address = Số 66 đường Trường Hồng, quận Thanh Tú, Nam Ninh
venue-east-station-about = Ga đường sắt cao tốc; tuyến tàu điện ngầm số 1 chạy từ đây đến Trung tâm Hội nghị và Triển lãm.

## Rooms

room-nicec-plenary-hall = Hội trường chính
room-nicec-hall-a = Hội trường A
room-nicec-hall-b = Hội trường B
room-nicec-dining-hall = Phòng ăn
room-hotel-lobby = Sảnh
room-hotel-banquet-hall = Phòng tiệc

## Sessions: title and a short description

session-arrival-title = Đón đoàn và cấp thẻ đại biểu
session-arrival-description = Các đoàn đại biểu đến nơi và nhận thẻ đại biểu cùng bộ tài liệu chào mừng tại quầy hỗ trợ. Có xe đưa đón từ sân bay và ga Nam Ninh Đông.
session-welcome-dinner-title = Tiệc tối chào mừng
session-welcome-dinner-description = Tiệc tối do Chính quyền Nhân dân thành phố Nam Ninh chủ trì, chiêu đãi toàn thể các đoàn đại biểu.
session-opening-title = Lễ khai mạc
session-opening-description = Phát biểu chào mừng của thành phố chủ nhà và các khách mời danh dự, khai mạc Đối thoại Thị trưởng toàn cầu.
session-mayors-dialogue-title = Đối thoại Thị trưởng toàn cầu
session-mayors-dialogue-description = Các thị trưởng Trung Quốc và nước ngoài thảo luận về hợp tác thiết thực trong các lĩnh vực công nghiệp, văn hóa, giáo dục và về giao lưu giữa các nền văn minh.
session-lunch-16-title = Ăn trưa
session-lunch-16-description = Bữa trưa tự chọn dành cho toàn thể đại biểu.
session-dialogue-trade-title = Đối thoại song song: hợp tác kinh tế – thương mại
session-dialogue-trade-description = Đại diện các thành phố và chuyên gia trao đổi ý kiến về hợp tác đô thị trong lĩnh vực kinh tế, thương mại và về “Kênh Nam Ninh” giữa Trung Quốc và ASEAN.
session-dialogue-tourism-title = Đối thoại song song: văn hóa – du lịch
session-dialogue-tourism-description = Đại diện các thành phố và chuyên gia trao đổi ý kiến về hợp tác văn hóa và du lịch giữa các thành phố Trung Quốc và quốc tế.
session-signing-title = Ký kết các thỏa thuận hợp tác
session-signing-description = Các thành phố ký kết thỏa thuận hợp tác trong các lĩnh vực thương mại quốc tế, giao lưu văn hóa, du lịch, thể thao và giáo dục.
session-initiative-title = Công bố Sáng kiến Nam Ninh
session-initiative-description = Công bố Sáng kiến Nam Ninh, nêu rõ những kết quả giao lưu và hợp tác giữa các thành phố Trung Quốc và quốc tế.
session-lunch-17-title = Ăn trưa
session-lunch-17-description = Bữa trưa tự chọn dành cho toàn thể đại biểu.
session-city-exchanges-title = Giao lưu giữa các thành phố
session-city-exchanges-description = Các cuộc gặp song phương giữa các thành phố Trung Quốc và ASEAN về giao lưu hữu nghị và các dự án thiết thực.
session-visit-qingxiu-title = Tham quan núi Thanh Tú
session-visit-qingxiu-description = Chuyến tham quan có hướng dẫn viên tại khu danh thắng nổi tiếng nhất Nam Ninh. Quý vị nên mang giày thoải mái.
session-visit-expo-title = Tham quan khu trưng bày Hội chợ Trung Quốc – ASEAN
session-visit-expo-description = Tham quan nơi tổ chức Hội chợ Trung Quốc – ASEAN; Nam Ninh là thành phố đăng cai cố định của Hội chợ.
session-departure-title = Tiễn đoàn
session-departure-description = Trả phòng khách sạn; xe đưa đón ra sân bay và ga Nam Ninh Đông.

## Shuttles: route name and where to board

shuttle-airport-hotel-name = Sân bay → Khách sạn đoàn đại biểu
shuttle-airport-hotel-pickup = Sảnh đến Nhà ga T2, tại quầy đón tiếp của Đối thoại Thị trưởng toàn cầu.
shuttle-station-hotel-name = Ga Nam Ninh Đông → Khách sạn đoàn đại biểu
shuttle-station-hotel-pickup = Cửa ra chính của nhà ga, tại quầy đón tiếp của Đối thoại Thị trưởng toàn cầu.
shuttle-hotel-nicec-name = Khách sạn đoàn đại biểu → Trung tâm Hội nghị và Triển lãm
shuttle-hotel-nicec-pickup = Cổng chính khách sạn.
shuttle-nicec-hotel-name = Trung tâm Hội nghị và Triển lãm → Khách sạn đoàn đại biểu
shuttle-nicec-hotel-pickup = Cổng chính Trung tâm Hội nghị và Triển lãm.
shuttle-hotel-airport-name = Khách sạn đoàn đại biểu → Sân bay
shuttle-hotel-airport-pickup = Cổng chính khách sạn. Xin Quý vị có mặt sớm 10 phút cùng hành lý.
shuttle-hotel-station-name = Khách sạn đoàn đại biểu → Ga Nam Ninh Đông
shuttle-hotel-station-pickup = Cổng chính khách sạn. Xin Quý vị có mặt sớm 10 phút cùng hành lý.

## Getting around: topic title (a button) and its text

transport-airport-title = ✈️ Từ sân bay
transport-airport-body =
    Sân bay quốc tế Ngô Khư Nam Ninh (NNG) cách trung tâm thành phố khoảng 35 km về phía tây nam.
    • Xe đưa đón của sự kiện: miễn phí cho đại biểu trong ngày 15 tháng 1; quầy đón tiếp đặt tại sảnh đến Nhà ga T2.
    • Taxi: chỉ đón xe tại điểm taxi chính thức bên ngoài sảnh đến; thời gian đi 40–50 phút, chi phí khoảng 100–150 nhân dân tệ.
    • Xe buýt sân bay: xe khởi hành từ bên ngoài sảnh đến về trung tâm thành phố, khoảng 30 phút một chuyến.
transport-railway-title = 🚄 Từ ga Nam Ninh Đông
transport-railway-body =
    Các chuyến tàu cao tốc đến ga Nam Ninh Đông.
    • Xe đưa đón của sự kiện: miễn phí cho đại biểu trong ngày 15 tháng 1; quầy đón tiếp đặt tại cửa ra chính.
    • Tàu điện ngầm: tuyến số 1 chạy thẳng từ nhà ga đến ga Trung tâm Hội nghị và Triển lãm (khoảng 15 phút).
    • Taxi: xin đón xe tại điểm taxi chính thức; thời gian đi vào trung tâm thành phố khoảng 20 phút.
transport-metro-title = 🚇 Tàu điện ngầm
transport-metro-body =
    Tàu điện ngầm Nam Ninh có năm tuyến. Tuyến số 1 chạy dọc đại lộ Dân Tộc, nối ga Nam Ninh Đông với ga Trung tâm Hội nghị và Triển lãm, ngay cạnh địa điểm chính.
    • Vé: mua vé lượt tại máy bán vé trong nhà ga (tiền mặt hoặc thanh toán di động), hoặc quét mã QR đi tàu trong Alipay hoặc WeChat.
    • Tàu chạy từ khoảng 06:30 đến 23:00.
transport-shuttles-title = 🚌 Xe đưa đón sự kiện
transport-shuttles-body = Xe đưa đón của sự kiện miễn phí cho đại biểu đeo thẻ đại biểu. Thời gian tính theo giờ địa phương.
transport-taxi-title = 🚕 Taxi và xe công nghệ
transport-taxi-body =
    Taxi dễ tìm và tính tiền theo đồng hồ. Phần lớn tài xế không nói tiếng Anh: xin mở địa điểm cần đến ngay tại đây và đưa tài xế xem thẻ địa chỉ.
    • Gọi xe công nghệ: DiDi có giao diện tiếng Anh, dùng được cả trong Alipay và WeChat.
    • Thanh toán: Alipay và WeChat Pay chấp nhận thẻ quốc tế; phần lớn taxi cũng nhận tiền mặt.

## Local help: emergency numbers, and the line above the taxi card (its
## Chinese text comes from event.toml).

contact-emergency = 🚨 Số điện thoại khẩn cấp tại Trung Quốc: cảnh sát 110, cấp cứu 120, cứu hỏa 119, tai nạn giao thông 122.
taxi-card-hint = 🚕 Xin đưa tài xế taxi xem tin nhắn này: điểm đến được ghi bằng tiếng Trung.

## Questions: ways delegates ask about an item, one per line (never shown;
## the bot learns from them to recognise typed questions). Optional for any
## venue, session or transport topic: <item>-ask.

venue-nicec-ask =
    Trung tâm Hội nghị và Triển lãm ở đâu?
    Địa điểm chính của hội nghị ở đâu ạ?
    Đến hội trường hội nghị bằng cách nào?
    Địa chỉ trung tâm triển lãm
    Hội nghị tổ chức ở chỗ nào vậy
    Trung tam hoi nghi trien lam Nam Ninh o dau
    NICEC ở đâu, cho xin vị trí trên bản đồ
    Trung tâm hội nghị cách đây bao xa, đi bộ được ko
    Chỉ đường đến Nanning International Convention and Exhibition Center
    Số 11 đại lộ Dân Tộc (Minzu Avenue) ở chỗ nào
    TT hội nghị triển lãm QT Nam Ninh nằm đường nào
    Cho xin location, định vị trung tâm hội nghị trên bản đồ
    Venue hội nghị nằm ở quận nào
    Convention center Nam Ninh tìm thế nào
venue-hotel-ask =
    Khách sạn của đoàn ở đâu?
    Các đoàn đại biểu lưu trú ở đâu?
    Địa chỉ khách sạn là gì?
    Cho tôi xin địa chỉ ks
    Khách sạn đoàn đại biểu nằm ở đường nào
    Khach san doan dai bieu o dau
    Ks của đoàn mình tên gì, ở đâu vậy
    Chỉ đường về khách sạn giúp tôi
    Hotel của delegation nằm ở đâu, có map ko
    Vị trí khách sạn trên bản đồ
    Chỗ ở, nơi nghỉ của đại biểu nằm quận nào
    Cho xin location, định vị khách sạn
    Ks đoàn mình cách đây bao xa
    Khach san doan dai bieu ten la gi, dia chi o dau
venue-qingxiu-ask =
    Núi Thanh Tú ở đâu?
    Khu danh thắng mình đi tham quan nằm ở đâu?
    Công viên Thanh Tú ở chỗ nào
    Vị trí núi Qingxiu
    Nui Thanh Tu o dau
    Thanh Tú Sơn đi đường nào, có xa ko
    Địa chỉ khu danh thắng núi Thanh Tú
    Qingxiushan, Qingxiu Mountain ở đâu, có bản đồ ko
    Núi Thanh Tú cách nội thành bao xa
    Đường Phượng Lĩnh Nam ở đâu
    Qingxiu Park nằm quận nào
    Cho xin location, định vị công viên núi Thanh Tú
    Khu thắng cảnh Thanh Tú Sơn gần sông Ung à
    Tìm đường lên núi Thanh Tú, cổng vào ở đâu
venue-nng-ask =
    Sân bay ở đâu?
    Sân bay cách thành phố bao xa?
    Sân bay Ngô Khư nằm ở đâu
    San bay Nam Ninh o dau
    Địa chỉ sân bay quốc tế Nam Ninh
    Sân bay Wuxu ở đâu, mã NNG
    Sân bay cách trung tâm bao nhiêu km
    Terminal T2 sân bay Ngô Khư ở chỗ nào
    Airport Nam Ninh nằm ở quận nào
    San bay Ngo Khu cach bao xa
    Phi trường Nam Ninh ở đâu
    Cho xin location, định vị sân bay Wuxu
    Nanning Wuxu International Airport nằm đường nào
    Sân bay NNG trên bản đồ, vị trí chỗ nào
venue-east-station-ask =
    Ga tàu ở đâu?
    Ga tàu cao tốc nằm ở đâu?
    Ga Nam Ninh Đông ở chỗ nào
    Địa chỉ ga đường sắt cao tốc
    Ga Nam Ninh Dong o dau
    Nanning East Station, ga Nanning Dong ở đâu
    Địa chỉ ga tàu hỏa Nam Ninh Đông
    Ga tàu cao tốc Nam Ninh Đông cách nội thành bao xa
    Vị trí ga đường sắt trên bản đồ
    Nhà ga xe lửa nằm ở đường nào
    Ga Đông Nam Ninh nằm quận nào
    Cho xin location, định vị ga tàu cao tốc
    Ga HSR Nanning Dong ở đường Trường Hồng à
    Ga xe lửa Nam Ninh Đông có gần ko
transport-airport-ask =
    Từ sân bay về khách sạn đi thế nào?
    Có xe đón ở sân bay không?
    Xuống máy bay có người ra đón không ạ?
    Taxi từ sân bay hết bao nhiêu tiền?
    Xe buýt sân bay vào trung tâm thành phố
    Tu san bay ve khach san di the nao
    Xe đưa đón sân bay có miễn phí ko
    Airport bus, xe buýt sân bay mấy phút một chuyến
    Từ sân bay Ngô Khư vào thành phố mất bao lâu
    Mới hạ cánh, giờ đi gì về ks
    Đến sân bay Ngô Khư rồi bắt xe gì về ks
    Từ phi trường vào thành phố bằng gì
    Có pick up sân bay ko, đón ở T2
    Xe buýt, xe khách từ sân bay giá vé bn
transport-railway-ask =
    Từ ga tàu về khách sạn bằng cách nào?
    Tôi đi tàu cao tốc đến Nam Ninh
    Có xe đón ở ga không?
    Ra khỏi ga Nam Ninh Đông thì đi tiếp thế nào
    Tu ga Nam Ninh Dong ve ks di the nao
    Vừa xuống tàu ở ga Nam Ninh Đông, đi tiếp bằng gì
    Xuống tàu cao tốc rồi bắt taxi ở đâu
    Xe đưa đón ở ga tàu có miễn phí ko
    Đi tàu hỏa đến thì ai ra ga đón
    Từ ga về trung tâm thành phố mất bao lâu
    Đi tàu CRH đến ga Đông rồi về ks
    Tàu Hà Nội sang Nam Ninh, xuống ga đi gì
    Từ ga Đông Nam Ninh đón xe gì
    Từ ga Nanning East đi tàu điện tuyến 1
transport-metro-ask =
    Có đi tàu điện ngầm được không?
    Tuyến metro nào đến địa điểm hội nghị?
    Mua vé tàu điện ngầm ở đâu?
    Tàu điện chạy đến mấy giờ?
    Quét mã QR đi tàu điện
    Tau dien ngam Nam Ninh may gio chay
    Giá vé metro bao nhiêu tiền
    Subway tuyến số 1 đi đến đâu
    Đi tàu điện trả bằng Alipay, WeChat dc ko
    Ga tàu điện ngầm gần trung tâm hội nghị nhất
    Tàu ngầm Nam Ninh có mấy tuyến
    Chuyến tàu điện ngầm đầu tiên, cuối cùng lúc mấy giờ
    Mua thẻ đi metro, nạp thẻ tàu điện ở đâu
    Nanning Metro Line 1 dừng ở những ga nào
transport-shuttles-ask =
    Mấy giờ có xe đưa đón đi hội nghị?
    Giờ chạy xe đưa đón
    Khách sạn có xe buýt đưa đi không?
    Mấy giờ có xe về lại khách sạn?
    Xe shuttle đón ở đâu
    Xe dua don may gio chay
    Lịch chạy, thời gian biểu xe bus đưa đón của sự kiện
    Xe đưa đón có miễn phí ko, có cần đeo thẻ ko
    Điểm đón xe shuttle ở cổng khách sạn phải ko
    Chuyến xe cuối về ks lúc mấy giờ
    Xe đưa rước đại biểu từ khách sạn mấy giờ chạy
    Bến đỗ, điểm đón xe bus đưa đón ở đâu
    Xe coach, xe khách chở đoàn đi hội nghị
    Lỡ chuyến shuttle thì bao lâu có chuyến sau
transport-taxi-ask =
    Gọi taxi thế nào?
    Ở đây có Grab hay DiDi không?
    Trả tiền taxi bằng cách nào?
    Đặt xe, book xe công nghệ ở Nam Ninh
    Bắt taxi ở đâu
    Goi taxi o dau, het bao nhieu tien
    Cách đặt xe DiDi, app có tiếng Anh ko
    Taxi có nhận tiền mặt ko
    Tài xế taxi ko nói tiếng Anh thì làm sao
    Có app đặt xe như Grab ko
    Dùng app Didi Chuxing, Uber ở Nam Ninh được ko
    Đón tắc xi, xe ôm ở đâu
    Đưa thẻ địa chỉ tiếng Trung cho tài xế
    Taxi tính tiền đồng hồ, cước taxi bao nhiêu
session-arrival-ask =
    Nhận thẻ đại biểu ở đâu?
    Làm thủ tục đăng ký ở đâu?
    Đến nơi thì đăng ký ở chỗ nào?
    Lấy badge ở đâu ạ
    Nhận túi tài liệu ở đâu
    Nhan the dai bieu o dau
    Đăng ký, check-in đại biểu mấy giờ
    Cấp thẻ đại biểu ngày nào
    Registration ở đâu vậy
    Đón đoàn đại biểu ngày 15 tháng 1
    Lấy thẻ đeo, thẻ ra vào hội nghị lúc mấy giờ
    Quầy đăng ký mở cửa khi nào, đóng lúc mấy giờ
    Bộ tài liệu đại biểu, túi tài liệu nhận ở quầy đăng ký nào
    Đoàn vừa tới Nam Ninh thì làm thủ tục gì
session-welcome-dinner-ask =
    Tiệc chào mừng lúc mấy giờ?
    Tối đầu tiên có tiệc không?
    Tiệc chiêu đãi tổ chức ở đâu?
    Ăn tối chào mừng khi nào
    Tiec chao mung may gio
    Welcome dinner ở phòng tiệc nào
    Tiệc tối do thành phố Nam Ninh chủ trì khi nào
    Bữa tối chiêu đãi các đoàn mấy giờ bắt đầu
    Tiệc chiêu đãi ở phòng tiệc tầng mấy
    Dạ tiệc, gala dinner ngày nào
    Banquet chào mừng đại biểu kết thúc lúc mấy giờ
    Tiệc welcome tổ chức ở banquet hall nào
    Tiec chieu dai bat dau luc may gio
    Thành phố mời cơm, đãi tiệc khi nào
session-opening-ask =
    Lễ khai mạc bắt đầu lúc mấy giờ?
    Khai mạc mấy giờ?
    Khai mạc ở hội trường nào?
    Giờ khai mạc hội nghị
    Le khai mac may gio
    Opening ceremony bắt đầu lúc nào
    Lễ khai mạc ở hội trường chính phải ko
    Ngày khai mạc là ngày nào
    Phát biểu khai mạc, diễn văn khai mạc mấy giờ
    Khai mạc kết thúc lúc mấy giờ
    Opening khai mạc tổ chức ở main hall à
    Mấy giờ phải có mặt dự lễ khai mạc
    Khai mac dien ra ngay nao, o dau
    Lễ mở màn sự kiện khi nào bắt đầu
session-mayors-dialogue-ask =
    Đối thoại thị trưởng khi nào?
    Phiên đối thoại chính lúc mấy giờ?
    Phiên toàn thể các thị trưởng
    Diễn đàn thị trưởng ở đâu
    Doi thoai thi truong may gio
    Phiên đối thoại các thị trưởng ở hội trường nào
    Mayors dialogue bắt đầu lúc nào
    Thị trưởng thảo luận ở phiên nào, hội trường chính à
    Phiên đối thoại thị trưởng kết thúc lúc mấy giờ
    Global Mayors Dialogue diễn ra ngày nào
    Phiên plenary các mayor ở main hall à
    Phiên của Chủ tịch UBND các thành phố khi nào
    Tọa đàm thị trưởng về công nghiệp, văn minh
    Doi thoai thi truong o hoi truong nao, ket thuc may gio
session-dialogue-trade-ask =
    Đối thoại kinh tế thương mại khi nào?
    Phiên thương mại tổ chức ở đâu?
    Đối thoại về hợp tác kinh doanh
    Phiên hợp tác đầu tư, thương mại
    Doi thoai kinh te thuong mai may gio
    Phiên song song về kinh tế ở hội trường nào
    Kênh Nam Ninh, hợp tác thương mại Trung Quốc ASEAN
    Trade dialogue, phiên economy ở phòng nào
    Phiên kinh tế thương mại bắt đầu và kết thúc lúc nào
    Phiên business, xuất nhập khẩu ở Hội trường A hay B
    Tọa đàm kinh tế, logistics, cửa ngõ ASEAN ngày nào
    Phiên giao thương mấy giờ bắt đầu
    Nanning Channel, hành lang thương mại khi nào
    Phien kinh te thuong mai o hoi truong nao
session-dialogue-tourism-ask =
    Đối thoại văn hóa du lịch khi nào?
    Phiên du lịch ở đâu?
    Diễn đàn văn hóa và du lịch
    Phiên về hợp tác du lịch
    Doi thoai van hoa du lich may gio
    Phiên song song về văn hóa ở hội trường nào
    Tourism dialogue ở phòng nào
    Hợp tác du lịch và giao lưu văn hóa giữa các thành phố
    Phiên văn hóa du lịch bắt đầu lúc mấy giờ
    Phiên culture and tourism diễn ra ngày nào
    Tọa đàm lữ hành, du khách kết thúc mấy giờ
    Phiên văn hoá du lịch ở Hội trường A hay B
    Phien du lich van hoa bat dau khi nao
    Quảng bá văn hoá, ngành du lịch thảo luận lúc nào
session-signing-ask =
    Khi nào ký kết các thỏa thuận?
    Lễ ký kết mấy giờ?
    Ký biên bản ghi nhớ hợp tác
    Lễ ký thỏa thuận hợp tác ở đâu
    Le ky ket may gio
    Signing ceremony ở đâu
    Ký MOU giữa các thành phố khi nào
    Lễ ký hiệp định hợp tác ở hội trường nào
    Ký văn bản hợp tác lúc mấy giờ
    Ký thoả thuận hợp tác ngày nào
    Lễ ký bản ghi nhớ, MoU kết thúc lúc mấy giờ
    Ký kết agreement giữa các thành phố khi nào bắt đầu
    Le ky thoa thuan o hoi truong nao
    Ký hợp tác thể thao, giáo dục lúc nào
session-initiative-ask =
    Khi nào công bố Sáng kiến Nam Ninh?
    Lễ công bố sáng kiến
    Sáng kiến Nam Ninh ra mắt lúc nào
    Tuyên bố chung Nam Ninh
    Cong bo Sang kien Nam Ninh may gio
    Nanning Initiative công bố ở đâu
    Lễ ra mắt sáng kiến ở hội trường nào
    Văn kiện Sáng kiến Nam Ninh công bố ngày nào
    Sáng kiến Nam Ninh phát hành lúc mấy giờ
    Lễ công bố Nanning Initiative bắt đầu, kết thúc khi nào
    Tuyên bố Nam Ninh, declaration đọc ở main hall à
    Sang kien Nam Ninh cong bo o dau, ngay nao
    Thông qua sáng kiến ở hội trường chính à
    Initiative launch diễn ra ngày nào
session-city-exchanges-ask =
    Khi nào có các cuộc gặp song phương?
    Gặp gỡ giữa các thành phố
    Tiếp xúc song phương với thành phố Trung Quốc
    Họp song phương kết nghĩa thành phố
    Gap song phuong giua cac thanh pho khi nao
    Bilateral meeting với thành phố Trung Quốc ở đâu
    Lịch gặp song phương của đoàn mình mấy giờ
    Giao lưu hữu nghị giữa các thành phố ASEAN và Trung Quốc
    Hẹn gặp riêng với thị trưởng thành phố bạn
    Gặp riêng 1-1 với thành phố đối tác ngày nào
    Hội đàm song phương ở phòng nào
    Gặp thành phố kết nghĩa, anh em mấy giờ
    Làm việc với lãnh đạo TP Trung Quốc khi nào
    City-to-city meeting, city exchange ở hội trường nào
session-visit-qingxiu-ask =
    Khi nào đi tham quan núi Thanh Tú?
    Chuyến tham quan thành phố
    Đi thăm Qingxiu mấy giờ
    Có đi tham quan danh lam thắng cảnh không
    Tham quan nui Thanh Tu may gio
    City tour mấy giờ xuất phát
    Đi tham quan núi Thanh Tú có hướng dẫn viên ko
    Đi thăm Thanh Tú Sơn tập trung ở đâu
    Đi dạo núi Thanh Tú ngày nào
    Đi núi Thanh Tú bắt đầu, kết thúc mấy giờ
    Leo núi, ngắm cảnh Qingxiu Mountain ngày nào
    Du ngoạn công viên Thanh Tú khi nào
    Tour Qingxiushan lên xe ở đâu, mấy giờ về
    Tham quan thanh tu son ngay nao
session-visit-expo-ask =
    Khi nào tham quan Hội chợ?
    Tham quan Hội chợ Trung Quốc – ASEAN
    Đi xem khu triển lãm CAEXPO
    Thăm khu trưng bày Expo
    Tham quan hoi cho Trung Quoc ASEAN khi nao
    China-ASEAN Expo đi thăm lúc mấy giờ
    Tham quan khu hội chợ tập trung ở đâu
    Đi xem triển lãm Hội chợ ASEAN ngày nào
    Thăm nhà triển lãm CA Expo mấy giờ
    Tham quan hội chợ Trung Quốc ASEAN kết thúc khi nào
    Visit Expo, xem gian hàng hội chợ mấy giờ xuất phát
    Khu Hội chợ ASEAN ở hội trường nào
    Đi tham quan Expo Trung Quốc - Đông Nam Á ngày nào
    Tham quan hoi cho Expo luc may gio bat dau
session-departure-ask =
    Khi nào trả phòng?
    Ngày về nước
    Hôm về tiễn đoàn lúc mấy giờ
    Mấy giờ check out
    Ngày tiễn đoàn
    Ngay ve tra phong may gio
    Check-out khách sạn trước mấy giờ
    Xe đưa ra sân bay ngày về mấy giờ chạy
    Xe ra ga tàu hôm tiễn đoàn
    Ngày cuối về nước, departure day
    Lịch tiễn đoàn ngày cuối thế nào
    Rời khách sạn, rời Nam Ninh ngày nào
    Hạn trả phòng khách sạn, checkout muộn được ko
    Ngày bay về, ngày kết thúc hội nghị

## Frequently asked questions: the topic (shown as "About …:"), the answer,
## and ways to ask. Entries marked sample in event.toml are placeholders the
## organisers replace.
# Variables (every answer): $phone (text) the desk's phone, $email (text) its e-mail.

faq-wifi-title = Wi-Fi
faq-wifi-answer = Wi-Fi miễn phí phủ sóng Trung tâm Hội nghị và Triển lãm cũng như Khách sạn đoàn đại biểu. Tên mạng: GMD-Delegates, mật khẩu: Nanning2025. Nếu không kết nối được, xin Quý vị liên hệ quầy hỗ trợ đại biểu.
faq-wifi-ask =
    Có wifi không?
    Mật khẩu wifi là gì?
    Vào mạng ở hội trường thế nào?
    Tên mạng wifi
    Pass wifi
    Co wifi k, có wi-fi ko vậy
    Mat khau wifi la gi
    Pass wifi là gì vậy
    Mk wifi hội trường, cho xin pw
    Wifi miễn phí, mạng không dây ở đâu
    Ko kết nối được wifi
    Mạng wifi yếu quá, wifi chậm
    Sóng wifi yếu, ko vào được mạng
    Đăng nhập wifi thế nào, login ko dc
    Có điểm phát wifi, hotspot ko
    Làm sao vào mạng wifi miễn phí
    Bắt wifi ở đâu, vào wifi thế nào
    Cho em xin pass wai fai
    Tên wifi GMD-Delegates, mật mã wifi là gì
    Wifi bị rớt, mất kết nối, ko truy cập được

faq-interpretation-title = phiên dịch và tai nghe
faq-interpretation-answer = Các phiên toàn thể và các phiên đối thoại song song đều có phiên dịch giữa tiếng Trung và tiếng Anh. Xin Quý vị xuất trình thẻ đại biểu để nhận tai nghe tại cửa vào mỗi hội trường và trả lại khi rời hội trường. Kênh 1: tiếng Trung, kênh 2: tiếng Anh.
faq-interpretation-ask =
    Có dịch sang tiếng Anh không?
    Lấy tai nghe ở đâu?
    Kênh nào là tiếng Anh?
    Có phiên dịch đồng thời không
    Tai nghe dịch cabin
    Co phien dich ko
    Tai nghe phiên dịch lấy ở đâu
    Nghe dịch tiếng Anh kênh mấy
    Kênh tiếng Trung là kênh nào
    Có dịch sang tiếng Việt ko
    Tôi ko hiểu tiếng Trung, có người thông dịch ko
    Máy thu, headphone, headset nghe dịch
    Có translator, dịch thuật bài phát biểu ko
    Trả tai nghe ở đâu
    Nghe phiên dịch tiếng Anh bằng tai nghe thế nào
    Mượn tai nghe dịch ở đâu
    Ai phiên dịch cho đoàn, có thông dịch viên ko
    Cần người dịch tiếng Trung, biên dịch viên
    Chỉnh kênh tai nghe, chọn kênh 2 thế nào
    Ko nghe được phiên dịch, tai nghe hỏng

faq-dress-code-title = trang phục
faq-dress-code-answer = Trang phục trang trọng (com-lê hoặc quốc phục) khi dự lễ khai mạc, phiên đối thoại thị trưởng, lễ ký kết và tiệc tối chào mừng; trang phục lịch sự, thoải mái và giày dễ đi khi tham gia các chuyến tham quan.
faq-dress-code-ask =
    Nên mặc gì?
    Có quy định về trang phục không?
    Có cần mặc vest, thắt cà vạt không?
    Mặc đồ trang trọng hay đồ thường?
    Dress code thế nào
    Nen mac gi
    Quy dinh trang phuc the nao
    Mặc com-lê hay áo sơ mi
    Có cần đeo cà vạt, caravat ko
    Mặc áo dài, quốc phục được ko
    Trang phục truyền thống, trang phục dân tộc có được ko
    Mặc đồ công sở, áo vét, jacket hay đồ thường
    Mặc đồ casual được ko
    Đi giày gì, giày thể thao được ko
    Dự các buổi lễ trang trọng mặc trang phục gì
    Mặc quần áo thoải mái, đồ lịch sự được ko
    Có bắt buộc mặc formal, bộ suit ko
    Nữ mặc váy, đầm được ko
    Quần jean, áo phông, áo thun được ko
    Quần áo dự hội nghị, veston hay đồ lịch sự

faq-meals-title = bữa ăn và yêu cầu về ăn uống
faq-meals-answer = Bữa trưa tự chọn được phục vụ tại Trung tâm Hội nghị và Triển lãm, có món halal và món chay; các món đều ghi tên bằng tiếng Trung và tiếng Anh. Nếu bị dị ứng hoặc có yêu cầu khác về ăn uống, xin Quý vị ghi vào hồ sơ (/profile) hoặc báo quầy hỗ trợ đại biểu, đồng thời báo cho nhân viên phục vụ tại quầy tự chọn.
faq-meals-ask =
    Có đồ ăn halal không?
    Có suất ăn chay không?
    Tôi bị dị ứng đậu phộng
    Ăn trưa ở đâu?
    Đồ ăn có cay không?
    Co do an halal ko
    An trua o dau, may gio
    Tôi ăn thuần chay (vegan), ăn chay trường
    Đồ ăn có thịt lợn, thịt heo ko
    Tôi dị ứng hải sản, tôm cua
    Ăn kiêng, ko ăn được gluten
    Buffet trưa, ăn tự chọn mấy giờ
    Bữa sáng ăn ở đâu
    Gần đây có nhà hàng, quán ăn ko
    Nước uống, đồ uống lấy ở đâu
    Thực đơn có món halal, món chay ko
    Có cơm, phở, đồ ăn vặt ko
    Cà phê, trà, nước suối lấy ở đâu
    Báo chế độ ăn đặc biệt, ko ăn được mì chính
    Món ăn có mỡ lợn, rượu ko, halal chuẩn ko

faq-prayer-title = phòng cầu nguyện
faq-prayer-answer = Phòng cầu nguyện yên tĩnh được bố trí tại tầng 2 Trung tâm Hội nghị và Triển lãm, cạnh Hội trường B, mở cửa từ 08:00 đến 18:00. Quầy hỗ trợ đại biểu có thể chỉ giúp Quý vị hướng Mecca (qibla).
faq-prayer-ask =
    Có phòng cầu nguyện không?
    Cầu nguyện ở đâu được?
    Phòng cầu nguyện cho người Hồi giáo
    Hướng qibla là hướng nào?
    Có chỗ hành lễ cho người theo đạo Hồi không
    Co phong cau nguyen ko
    Phòng cầu nguyện mở cửa mấy giờ, ở tầng mấy
    Đi solat, salat, sholat ở đâu
    Chỗ làm namaz
    Gần đây có thánh đường Hồi giáo, mosque ko
    Hướng Mecca, hướng kiblat, kiblah
    Chỗ lấy nước wudu, làm lễ rửa trước khi cầu nguyện
    Phòng yên tĩnh, phòng thiền, chỗ tĩnh tâm
    Gần đây có nhà thờ hay chùa ko
    Người Muslim hành lễ ở đâu
    Cho nguoi theo dao Hoi hanh le o dau
    Thánh đường masjid, musholla gần nhất
    Cần chỗ yên tĩnh để cầu kinh, đọc kinh
    Theo đạo Islam, cần thảm cầu nguyện
    Nhà nguyện, chỗ thờ phượng ở đâu

faq-money-title = tiền và thanh toán
faq-money-answer = Ở Trung Quốc, phần lớn việc thanh toán được thực hiện qua điện thoại. Alipay và WeChat Pay chấp nhận thẻ Visa và Mastercard quốc tế: Quý vị chỉ cần cài ứng dụng, thêm thẻ và thanh toán bằng cách quét mã QR của cửa hàng. Mọi nơi đều bắt buộc phải nhận tiền mặt nhân dân tệ (yuan), vì vậy Quý vị nên mang theo một ít. Thẻ quốc tế dùng được tại khách sạn và các cửa hàng lớn; máy ATM của Ngân hàng Trung Quốc (Bank of China) nhận thẻ nước ngoài.
faq-money-ask =
    Trả bằng thẻ tín dụng được không?
    Đổi tiền ở đâu?
    Cài Alipay thế nào?
    Cửa hàng có nhận tiền mặt không?
    Cây ATM ở đâu?
    Doi tien o dau
    Tra bang the dc ko
    Thanh toán bằng thẻ Visa, Mastercard được ko
    Quẹt thẻ ghi nợ, debit card được ko
    Dùng WeChat Pay thanh toán thế nào
    Quét mã QR trả tiền
    Đổi đô la, USD sang nhân dân tệ
    Đổi tiền Việt sang tệ, RMB, yuan
    Rút tiền ở ngân hàng nào, bank nào
    Nên mang bao nhiêu tiền mặt
    Mua sắm ở cửa hàng trả tiền kiểu gì, tiền mặt hay thẻ
    Tỷ giá đồng sang tệ, đổi ngoại tệ
    Thẻ Napas, JCB, UnionPay dùng được ko
    Alipay ko liên kết được thẻ, ko thanh toán được
    Ví điện tử, chuyển khoản ở TQ dùng thế nào

faq-sim-title = thẻ SIM và internet
faq-sim-answer = Nếu dùng chuyển vùng quốc tế (roaming) hoặc eSIM quốc tế, các ứng dụng quen thuộc của Quý vị vẫn hoạt động bình thường. Nếu dùng thẻ SIM Trung Quốc, Quý vị sẽ không sử dụng được Google, WhatsApp và nhiều ứng dụng nước ngoài khác. Thẻ SIM Trung Quốc được bán tại sân bay và các cửa hàng China Mobile, China Unicom, China Telecom; xin Quý vị mang theo hộ chiếu khi mua.
faq-sim-ask =
    Mua SIM ở đâu?
    Facebook có vào được không?
    Làm sao có 4G, data di động?
    Roaming có dùng được ở đây không?
    Có vào được Google không?
    Mua eSIM
    Mua sim o dau
    Sim điện thoại Trung Quốc mua ở đâu
    Nạp tiền điện thoại, nạp data, mua gói cước
    Có cần VPN ko
    Zalo, WhatsApp, LINE, Messenger có bị chặn ko
    Gmail, YouTube, Instagram ko vào được
    Điện thoại mất sóng, sóng điện thoại yếu, ko có 4G, 5G
    Mua sim có cần hộ chiếu ko
    Roaming Viettel, Vinaphone, Mobifone dùng được ko
    Sim quốc tế, sim data 5G
    Mua thẻ cào, sim China Mobile, Unicom ở đâu
    Đăng ký chuyển vùng quốc tế, gói roaming
    Telegram, TikTok, Google Maps ở TQ có dùng được ko
    Cài app vượt tường lửa, VPN ở đâu

faq-medical-title = hỗ trợ y tế và cấp cứu
faq-medical-answer = Trong trường hợp khẩn cấp, xin gọi 120 (xe cấp cứu) hoặc 110 (cảnh sát). Trong thời gian diễn ra các phiên, điểm sơ cứu có bác sĩ trực đặt cạnh cổng chính Trung tâm Hội nghị và Triển lãm. Quầy hỗ trợ đại biểu sẽ giúp Quý vị tìm bệnh viện hoặc nhà thuốc và có thể phiên dịch cho Quý vị.
faq-medical-ask =
    Tôi thấy mệt, bác sĩ ở đâu?
    Gần đây có nhà thuốc không?
    Số điện thoại cấp cứu là gì?
    Tôi cần đi bệnh viện
    Gọi xe cứu thương giúp tôi
    Bac si o dau
    Tôi bị ốm, bị bệnh, ko khỏe
    Bị sốt, đau đầu
    Đau bụng, tiêu chảy
    Mua thuốc ở hiệu thuốc nào
    Phòng khám, trạm y tế gần nhất
    Có điểm sơ cứu, y tá ko
    Tôi bị thương, bị ngã
    Khẩn cấp, gọi 120 giúp tôi
    Nha thuoc gan day
    Bị cảm, ho, sổ mũi mua thuốc gì
    Cần khám bệnh, gặp bác sĩ nói tiếng Anh
    Huyết áp cao, đau tim, cần thuốc gấp
    Khám bệnh có dùng bảo hiểm y tế được ko
    Bị ngộ độc, buồn nôn, chóng mặt

faq-lost-found-title = đồ thất lạc
faq-lost-found-answer = Quý vị bị thất lạc đồ? Xin liên hệ quầy hỗ trợ đại biểu tại cổng chính Trung tâm Hội nghị và Triển lãm hoặc tại sảnh khách sạn; đồ vật nhặt được tại các địa điểm được lưu giữ tại đó cho đến khi sự kiện kết thúc. Nếu bị mất hộ chiếu, xin Quý vị báo ngay cho quầy hỗ trợ để được giúp liên hệ với cảnh sát và Đại sứ quán nước mình.
faq-lost-found-ask =
    Tôi bị mất điện thoại
    Tôi để quên túi trong hội trường
    Nơi nhận đồ thất lạc ở đâu?
    Tôi mất hộ chiếu rồi
    Rơi đồ thì tìm ở đâu
    Toi bi mat do
    Mất ví, bóp tiền rồi
    Để quên điện thoại trên xe
    Tôi làm rơi thẻ đại biểu
    Quên kính ở hội trường
    Mất chìa khóa, thẻ phòng
    Có ai nhặt được túi xách ko
    Quầy đồ thất lạc, lost and found ở đâu
    Mất passport phải làm sao
    Tìm đồ bị mất, bị thiếu ở đâu
    Đánh rơi bóp, ví tiền rồi
    Báo mất đồ ở quầy nào, nhận lại đồ thất lạc ở đâu
    Bị mất cắp, bị trộm, báo công an ở đâu
    Tìm ko thấy iPad, máy tính bảng
    Đồ bỏ quên, đồ rơi ai nhặt được

faq-luggage-title = hành lý
faq-luggage-answer = Vào ngày rời Nam Ninh, sau khi Quý vị trả phòng, khách sạn sẽ giữ hộ hành lý tại quầy lễ tân. Tại Trung tâm Hội nghị và Triển lãm, phòng gửi đồ cạnh cổng chính nhận giữ áo khoác và túi xách trong thời gian diễn ra các phiên.
faq-luggage-ask =
    Gửi vali ở đâu?
    Có phòng gửi đồ không?
    Trả phòng rồi gửi hành lý được không?
    Chỗ gửi áo khoác
    Giữ hộ hành lý
    Gui hanh ly o dau
    Gửi vali ở quầy lễ tân được ko
    Giữ hộ vali, ba lô đến chiều được ko
    Ks có giữ hành lý ko
    Chỗ gửi túi xách ở trung tâm hội nghị
    Phòng giữ đồ, tủ gửi đồ
    Gửi áo choàng, cloakroom
    Có chỗ cất va li ko
    Lấy lại hành lý đã gửi ở đâu
    Luggage storage, ký gửi hành lý
    Ky gui do dac
    Gửi ba lô, túi to, đồ cồng kềnh ở đâu
    Locker, tủ khóa để đồ có ko
    Ký gửi vali có mất phí ko
    Nhờ bellboy, porter mang hành lý lên phòng

faq-weather-title = thời tiết và trang phục phù hợp
faq-weather-answer = Tháng 1, thời tiết ở Nam Ninh ôn hòa: khoảng 10 °C về đêm đến 18 °C ban ngày, trời thường nhiều mây và ẩm, đôi khi có mưa. Xin Quý vị mang theo áo khoác ấm hoặc áo len và ô (dù); trong các hội trường có thể hơi lạnh.
faq-weather-ask =
    Thời tiết thế nào?
    Nam Ninh có lạnh không?
    Trời có mưa không?
    Nhiệt độ bao nhiêu độ?
    Có cần mang áo khoác không?
    Thoi tiet the nao
    Tháng 1 Nam Ninh trời thế nào
    Trời lạnh hay nóng
    Nhiệt độ ban đêm mấy độ C
    Có cần mang ô, dù ko
    Trời có ẩm ko, độ ẩm cao ko
    Dự báo thời tiết mấy ngày tới
    Nên mang áo len, áo ấm ko
    Khí hậu Nam Ninh mùa đông
    Trời có ấm ko
    Nam Ninh có rét ko, mùa này trời ra sao
    Trời nắng hay âm u, có sương mù ko
    Có mưa phùn, nồm ẩm ko
    Có cần mang áo phao, áo gió ko
    Weather Nam Ninh tháng 1, mấy độ

faq-power-title = ổ cắm điện và điện áp
faq-power-answer = Trung Quốc dùng điện 220 V, 50 Hz. Ổ cắm nhận phích hai chân dẹt (loại A), thường kết hợp với hai chân tròn (loại C), và phích ba chân dẹt xếp chéo (loại I). Sạc điện thoại và máy tính xách tay thường dùng được; Quý vị nên mang theo đầu chuyển đổi (adapter). Quầy lễ tân khách sạn có thể cho mượn đầu chuyển đổi.
faq-power-ask =
    Ổ cắm ở Trung Quốc loại gì?
    Có cần mang đầu chuyển (adapter) không?
    Điện áp bao nhiêu vôn?
    Sạc laptop ở đâu?
    Phích cắm chân tròn có cắm được không
    O cam dien loai gi
    Cắm sạc điện thoại ở đâu
    Điện 220V hay 110V
    Mượn adapter, bộ chuyển đổi ở đâu
    Phích cắm Việt Nam dùng được ko
    Sạc dự phòng, pin dự phòng, power bank
    Điện thoại hết pin, cần sạc
    Dây cáp sạc, củ sạc
    Ổ điện, chỗ cắm điện trong hội trường
    Cắm điện máy tính xách tay
    Cần đầu chuyển ba chấu, hai chấu ko
    Ổ cắm đa năng, ổ cắm kéo dài mượn ở đâu
    Máy sấy tóc dùng điện 220 vôn được ko
    Cục sạc nhanh type-C, sạc iPhone
    Converter, plug adapter, socket

faq-visa-title = thị thực và nhập cảnh
faq-visa-answer = Quy định nhập cảnh tùy thuộc vào hộ chiếu của Quý vị: xin Quý vị hỏi Đại sứ quán hoặc Lãnh sự quán Trung Quốc tại nước mình. Ban Tổ chức gửi thư mời chính thức để Quý vị làm hồ sơ xin thị thực; nếu chưa nhận được, xin liên hệ quầy hỗ trợ đại biểu. Xin Quý vị luôn mang theo hộ chiếu: khách sạn và cửa hàng bán thẻ SIM đều yêu cầu xuất trình.
faq-visa-ask =
    Có cần xin visa không?
    Xin thư mời ở đâu?
    Có visa cửa khẩu không?
    Vào Trung Quốc có được miễn thị thực không?
    Hộ chiếu công vụ có được miễn thị thực không
    Co can visa ko
    Thủ tục nhập cảnh Trung Quốc
    Làm thị thực ở Đại sứ quán
    Lãnh sự quán Trung Quốc ở đâu
    Chưa nhận được thư mời
    Hộ chiếu phổ thông có cần xin visa ko
    Miễn visa quá cảnh, transit
    Qua cửa khẩu biên giới Hữu Nghị
    Hải quan, khai báo khi nhập cảnh
    Xin visa mất bao lâu
    Hộ chiếu còn hạn bao lâu thì được nhập cảnh
    Giấy mời, công hàm xin visa
    Tờ khai nhập cảnh, thẻ nhập cảnh điền thế nào
    Làm visa Trung Quốc online, nộp hồ sơ ở đâu
    Xuất nhập cảnh qua cửa khẩu Lạng Sơn, Móng Cái

faq-media-title = báo chí và chụp ảnh
faq-media-answer = Phóng viên đã được cấp thẻ tác nghiệp có thể quay phim, chụp ảnh lễ khai mạc, phiên đối thoại thị trưởng, lễ ký kết và lễ công bố Sáng kiến Nam Ninh từ khu vực dành cho báo chí. Đại biểu được phép chụp ảnh, nhưng xin vui lòng không chụp trong các cuộc gặp giữa các thành phố. Ảnh chính thức sẽ được chia sẻ sau sự kiện.
faq-media-ask =
    Có được chụp ảnh không?
    Ảnh chính thức xem ở đâu?
    Thẻ tác nghiệp báo chí
    Có được quay phim không?
    Xin ảnh của sự kiện
    Co duoc chup anh ko
    Được chụp hình trong hội trường ko
    Quay video, ghi hình được ko
    Phóng viên, nhà báo đăng ký ở đâu
    Thẻ báo chí, accreditation
    Livestream, phát trực tiếp được ko
    Nhà báo xin phỏng vấn, họp báo ở đâu
    Nhiếp ảnh gia chính thức
    Tải ảnh sự kiện ở đâu
    Khu vực dành cho báo chí
    Dùng máy ảnh, camera được ko
    Chụp selfie, chụp ảnh kỷ niệm được ko
    Phóng viên đài truyền hình đăng ký tác nghiệp
    Quay flycam, drone được ko
    Xin file ảnh, link hình ảnh sự kiện

faq-contact-title = cách liên hệ Ban Tổ chức
faq-contact-answer = Quầy hỗ trợ đại biểu đặt tại sảnh khách sạn và cổng chính Trung tâm Hội nghị và Triển lãm, làm việc từ 08:00 đến 20:00 hằng ngày trong thời gian diễn ra sự kiện. Điện thoại: { $phone }. Email: { $email }. Quý vị cũng có thể hỏi ngay tại đây: tình nguyện viên nói ngôn ngữ của Quý vị sẽ trả lời.
faq-contact-ask =
    Liên hệ Ban Tổ chức bằng cách nào?
    Số điện thoại quầy hỗ trợ là gì?
    Tôi muốn nói chuyện với người phụ trách của Ban Tổ chức
    Cần gọi cho ai ở Ban Tổ chức?
    Hotline BTC
    Lien he BTC
    Sđt ban tổ chức
    Sdt quầy hỗ trợ
    Email ban tổ chức
    Gặp nhân viên hỗ trợ ở đâu
    Muốn nói chuyện với người thật, nhân viên BTC
    Khiếu nại, góp ý với Ban Tổ chức
    Cần giúp đỡ thì hỏi quầy hỗ trợ hay tình nguyện viên
    Tình nguyện viên ở đâu
    Gọi điện cho ban tổ chức
    Quầy thông tin, help desk
    Đường dây nóng, số liên lạc BTC
    Văn phòng ban tổ chức, ban thư ký ở đâu
    Nhắn tin cho admin, staff thế nào
    Cần trợ giúp gấp, điều phối viên của đoàn là ai
