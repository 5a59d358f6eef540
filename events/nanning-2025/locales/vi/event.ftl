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
