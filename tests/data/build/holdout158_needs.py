"""Needs for holdout158: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "oDn01",
        "vi",
        "smartorder_channel",
        "Cần phần mềm đồng bộ phòng trống giữa Booking, Agoda và Airbnb cho homestay 6 phòng",
        "Homestay của gia đình tôi ở cồn Chim (xã Hòa Minh, Châu Thành, Trà Vinh) có 6 phòng, đang bán cùng lúc trên Booking.com, "
        "Agoda và Airbnb. Mỗi khi có khách đặt ở một trang, tôi phải vào từng trang còn lại đóng phòng bằng tay, nên đã hai lần bán "
        "trùng một phòng cho hai đoàn. Cần một phần mềm tự động cập nhật giá, số phòng trống và đơn đặt giữa các kênh, chỉ sửa giá "
        "một chỗ là tất cả các trang cùng đổi.",
        {"oDo001": 2, "oDo002": 2, "oDo004": 2, "oDo005": 2, "oDo007": 2, "oDo003": 1, "oDo008": 1},
    ),
    (
        "oDn02",
        "en",
        "leovac_channel",
        "Affordable channel manager for a 12-room guesthouse selling on four channels",
        "Our 12-room family guesthouse on the riverside in Vĩnh Long city sells rooms through Booking.com, Agoda, Airbnb and our own "
        "small website. My daughter spends two to four hours every day changing prices and closing dates on each portal, and last "
        "month we still overbooked twice. We want a channel manager that pushes prices and availability to all portals from one place "
        "and works with a simple property management system. Our budget is at the low end of the market, tens of euros a month rather "
        "than hundreds.",
        {"oDo004": 2, "oDo005": 2, "oDo007": 2, "oDo002": 2, "oDo001": 1, "oDo006": 1},
    ),
    (
        "oDn03",
        "vi",
        "hanoimoi_conho",
        "Tổ hợp tác du lịch cồn Hô cần đưa phòng của 8 hộ lên các trang đặt phòng và quản lý chung",
        "Cồn Hô (ấp Mỹ Hiệp A, xã Đức Mỹ, Càng Long) rộng 25,5 ha, có 23 hộ với hơn 80 nhân khẩu; 8 hộ đang làm du lịch tự thân, "
        "khách ăn ở trong nhà, món ăn lấy từ vườn. Hiện khách chỉ đến qua người quen và công ty lữ hành. Tổ hợp tác muốn đưa phòng "
        "của cả 8 hộ lên Booking, Agoda, Traveloka và có một công cụ quản lý lịch phòng chung để tổ trưởng thấy ngay nhà nào còn "
        "phòng, phân khách cho từng hộ, tránh trùng lịch.",
        {"oDo002": 2, "oDo001": 2, "oDo011": 1, "oDo008": 1},
    ),
    (
        "oDn04",
        "vi",
        "gohost_commission",
        "Homestay muốn có website nhận đặt phòng trực tiếp để bớt phí hoa hồng OTA",
        "Homestay nhà vườn của chúng tôi ở cù lao An Bình (Long Hồ, Vĩnh Long) nhận phần lớn khách qua Booking.com, Agoda, Traveloka "
        "và trả hoa hồng cho mỗi đơn sau khi khách lưu trú. Khách quen quay lại vẫn đặt qua OTA nên phí rất lớn. Cần làm website riêng "
        "có lịch phòng trống, khách tự đặt, nhận xác nhận ngay và thanh toán trước qua đường link, để tăng doanh thu thực nhận mà vẫn "
        "giữ OTA cho khách mới.",
        {"oDo009": 2, "oDo010": 2, "oDo006": 1},
    ),
    (
        "oDn05",
        "vi",
        "vienthong_lock",
        "Khóa điện tử cho homestay 8 phòng vẫn mở được khi cúp điện",
        "Homestay 8 phòng gần biển Ba Động (xã Trường Long Hòa, Duyên Hải) hay bị cúp điện trong mùa mưa, khách lại thường đến muộn "
        "khi gia đình đã ngủ. Muốn thay khóa cơ bằng khóa điện tử (mã số hoặc thẻ) để khách tự nhận phòng, nhưng khi mất điện khóa "
        "vẫn phải mở được: có pin riêng, cổng sạc khẩn cấp micro USB bên ngoài và chìa cơ dự phòng. Cần tư vấn loại khóa và cách "
        "cấp mã cho từng khách.",
        {"oDo015": 2, "oDo013": 2, "oDo014": 2, "oDo016": 1, "oDo012": 1},
    ),
    (
        "oDn06",
        "en",
        "hm_winter",
        "Stop air-conditioners running in empty and unsold rooms",
        "Our 16-room hotel in Trà Vinh city finds that guest rooms make up most of the electricity bill, because split air-conditioners "
        "stay on in rooms that are empty or not even sold that night. We want room controls that put the air-conditioner into a "
        "set-back temperature when nobody is in the room and, ideally, follow the booking status so unsold rooms stay off. We have read "
        "that set-back temperatures alone can cut the bill by around 20%; we need a supplier who can install and train our staff.",
        {"oDo046": 2, "oDo047": 2, "oDo015": 2, "oDo044": 1, "oDo051": 1},
    ),
    (
        "oDn07",
        "vi",
        "dostally_laundry",
        "Nhóm 10 homestay cần thuê ngoài giặt ga, khăn có nhận giao tận nơi",
        "Mười homestay của chúng tôi ở cù lao An Bình (Long Hồ) mỗi nhà tự giặt ga, gối, khăn bằng máy gia đình: tốn điện nước, tốn "
        "người, không có chỗ phơi, mùa mưa đồ vải còn mùi ẩm. Muốn thuê một đơn vị giặt là chuyên nghiệp nhận và giao tận nơi theo lịch, "
        "tính tiền theo khối lượng và tần suất, có gói riêng cho từng loại vải, để các nhà bỏ máy giặt, lấy chỗ đó làm thêm phòng cho khách.",
        {"oDo023": 2, "oDo027": 2, "oDo019": 2, "oDo021": 2, "oDo018": 2, "oDo022": 1},
    ),
    (
        "oDn08",
        "en",
        "lodging_linens",
        "Decide between replacing our laundry machines and outsourcing, and between owning and renting linen",
        "Our 20-room hotel in Vĩnh Long city runs its own small laundry, but the washers are ageing. Before spending money we must "
        "decide whether to replace them or close the on-premises laundry and outsource, and whether to keep buying our own sheets and "
        "towels or rent linen from a laundry company. We need an honest comparison of investment, running cost per kilogram, quality "
        "and speed for a property of our size.",
        {"oDo024": 2, "oDo022": 2, "oDo021": 2, "oDo026": 1, "oDo025": 1},
    ),
    (
        "oDn09",
        "vi",
        "afamily_laundry",
        "Mua máy giặt và máy sấy cho homestay 8 phòng để mùa mưa vẫn kịp đồ vải",
        "Homestay 8 phòng của tôi ở Vũng Liêm: mùa mưa ga, gối giặt xong phơi hai ba ngày vẫn không khô, còn mùi ẩm, phải mang ra "
        "tiệm giặt sấy lấy nhanh rất tốn. Khi kín phòng mỗi ngày có khoảng 16 bộ ga và 30 khăn. Muốn mua một máy giặt và một máy sấy "
        "đủ sức, sấy một mẻ trong khoảng một đến hai tiếng; cần tư vấn chọn máy gia dụng hay máy công nghiệp và công suất bao nhiêu ký.",
        {"oDo025": 2, "oDo026": 2, "oDo024": 1, "oDo028": 1},
    ),
    (
        "oDn10",
        "en",
        "verytime_towel",
        "Ready-made towel and linen reuse programme for a family guesthouse",
        "Our family guesthouse in Tiểu Cần changes sheets and towels every day for every guest, which doubles our water, detergent and "
        "laundry labour. We want a ready-made reuse programme: what to say at check-in, cards and signs for the rooms, and a simple rule "
        "for housekeepers, so guests staying several nights can choose to keep their towels and sheets. A 25 to 50% cut in laundry cost, "
        "as some hotels report, would matter a lot to us.",
        {"oDo029": 2, "oDo030": 2, "oDo031": 2, "oDo032": 2},
    ),
    (
        "oDn11",
        "vi",
        "consumertraveler_towel",
        "Chương trình khách tự chọn dùng lại khăn, ga mà không bị nghĩ là cắt giảm chi phí",
        "Khu nghỉ nhà vườn của chúng tôi ở Cầu Kè muốn mời khách dùng lại khăn và ga để tiết kiệm nước, nhưng sợ khách cho rằng chỉ "
        "để cắt chi phí như nhiều khách sạn. Cần một chương trình bài bản: thẻ thông báo trong phòng, cách giải thích cho khách, cách "
        "nhân viên buồng thực hiện đúng, kèm các việc tiết kiệm nước thật sự như vòi sen lưu lượng thấp để khách thấy cơ sở làm nghiêm túc.",
        {"oDo029": 2, "oDo030": 2, "oDo031": 2, "oDo032": 2},
    ),
    (
        "oDn12",
        "en",
        "clean_bedbug",
        "Bed bug prevention protocol after a guest review about bites",
        "A guest at our 7-room homestay in Châu Thành (Trà Vinh) wrote a review about bites. We found nothing, but we know bed bugs "
        "travel in luggage and used furniture and can ruin our rating. We want a prevention protocol: training housekeepers to spot the "
        "signs, a routine room inspection, mattress protection, and a clear plan for what to do if a room is infested.",
        {"oDo033": 2, "oDo034": 2, "oDo035": 2, "oDo036": 2},
    ),
    (
        "oDn13",
        "vi",
        "tourane_report",
        "Chuẩn hóa quy trình dọn buồng và đào tạo nhân viên buồng cho khách sạn gia đình",
        "Khách sạn gia đình 14 phòng ở TP Trà Vinh: người nhà và hai nhân viên thời vụ dọn phòng mỗi người một kiểu, khách nhiều lần "
        "chê vệ sinh trên Booking. Sau dịch khách quay lại đông, chất lượng phòng quyết định việc khách có trở lại hay không. Cần một "
        "bộ quy trình vệ sinh buồng khách chuẩn (chuẩn bị dụng cụ, xe đẩy, thứ tự làm phòng, kiểm tra sau khi làm) và một khóa đào "
        "tạo ngắn cho nhân viên buồng.",
        {"oDo038": 2, "oDo037": 2, "oDo039": 1, "oDo104": 1},
    ),
    (
        "oDn14",
        "vi",
        "megasun_compare",
        "Chuyển từ bình nóng lạnh từng phòng sang nước nóng trung tâm bằng bơm nhiệt",
        "Nhà nghỉ 8 phòng ở thị trấn Tiểu Cần đang dùng mỗi phòng một bình nóng lạnh; mùa khách đông tiền điện tăng vọt, khách tắm "
        "sau thường hết nước nóng. Muốn chuyển sang một hệ nước nóng trung tâm bằng bơm nhiệt (heat pump) cấp cho cả 8 phòng tắm. "
        "Cần so sánh chi phí đầu tư, tiền điện hằng tháng với bình nóng lạnh, thời gian hoàn vốn và đơn vị thi công lắp đặt.",
        {"oDo041": 2, "oDo042": 2, "oDo040": 2, "oDo043": 2},
    ),
    (
        "oDn15",
        "en",
        "hm_heatpump",
        "Replace gas-fired shower heating with an air-source heat pump",
        "Our 10-room guesthouse in Duyên Hải heats shower water with an LPG boiler, and each room has an old wall air-conditioner. We "
        "read that heat pumps are two to four times as efficient as gas or electric-resistance heating and last 15 to 20 years with "
        "little maintenance. We want an air-source heat-pump water heater sized for 10 bathrooms, a cost comparison with our gas bills, "
        "and advice on the yearly maintenance.",
        {"oDo043": 2, "oDo041": 2, "oDo042": 2, "oDo040": 2, "oDo044": 1},
    ),
    (
        "oDn16",
        "vi",
        "vuphong_solar",
        "Can lap dien mat troi ap mai cho homestay 10 phong, chi phi thap nhat",
        "Homestay 10 phong cua toi o Cau Ngang co mai ton rong, mua nang tien dien len rat cao vi may lanh chay ca ngay. Muon lap he "
        "dien mat troi ap mai hoa luoi, can biet chi phi thap nhat cho moi kWp, tiet kiem duoc bao nhieu phan tram hoa don, bao lau "
        "hoan von va bao hanh tam pin bao nhieu nam. Can don vi khao sat mai va lap dat tron goi.",
        {"oDo048": 2, "oDo049": 1, "oDo136": 1},
    ),
    (
        "oDn17",
        "en",
        "tknl_hotels_power",
        "Energy audit and saving package for a 20-room hotel",
        "Our 20-room hotel in Trà Vinh city pays a heavy electricity bill for air-conditioning, water heaters and lighting; the building "
        "was designed without any thought of saving energy. We want an energy audit followed by a practical package: air-conditioner "
        "set-points of 22°C or higher, replacing old lamps with LED, using daylight and cross-ventilation, reminder signs for guests at "
        "doors and stairs, and proper maintenance of the air-conditioning units.",
        {"oDo050": 2, "oDo051": 2, "oDo045": 2, "oDo047": 1, "oDo044": 1},
    ),
    (
        "oDn18",
        "vi",
        "htlegal_luutru",
        "Nhà nghỉ 12 phòng cần tư vấn hồ sơ PCCC để đủ điều kiện kinh doanh lưu trú",
        "Nhà nghỉ 3 tầng, 12 phòng ở phường 1, TP Trà Vinh đang làm thủ tục đủ điều kiện an ninh trật tự và kinh doanh dịch vụ lưu trú "
        "theo Luật Du lịch 2017 và Nghị định 96/2016. Công an yêu cầu có phương án chữa cháy, nội quy, biển báo, sơ đồ thoát nạn theo "
        "Luật PCCC và Nghị định 136/2020, Thông tư 149/2020. Cần đơn vị tư vấn lập hồ sơ PCCC trọn gói và hướng dẫn trang bị phương tiện.",
        {"oDo052": 2, "oDo053": 2, "oDo055": 2, "oDo054": 2, "oDo056": 1},
    ),
    (
        "oDn19",
        "en",
        "firenetforum",
        "Smoke detection for a 4-room homestay in an old wooden house",
        "We run a homestay in a traditional wooden house in Càng Long with 4 guest rooms, about the size of an ordinary family home, "
        "and a short escape route through the hall. We need automatic fire detection that will wake guests at night: interconnected "
        "smoke alarms on mains power with battery back-up, or wireless detectors, installed without cutting into the old timber walls, "
        "plus advice on where each detector should go.",
        {"oDo057": 2, "oDo066": 2, "oDo061": 2, "oDo062": 1, "oDo063": 1, "oDo064": 1, "oDo067": 1},
    ),
    (
        "oDn20",
        "vi",
        "homezt_alarm",
        "Báo cháy từng phòng hiển thị về quầy lễ tân và điện thoại chủ nhà",
        "Nhà nghỉ 2 tầng, 9 phòng ở thị trấn Cầu Kè: chủ nhà ngủ ở nhà sau, nếu một phòng khách có khói thì không ai biết kịp. Muốn "
        "lắp đầu báo khói ở từng phòng, đầu báo nhiệt ở bếp, chuông và đèn báo, có tủ trung tâm đặt ở quầy lễ tân hiện rõ phòng nào "
        "đang báo và gửi cảnh báo về điện thoại chủ nhà. Cần khảo sát, lắp đặt và bảo trì.",
        {"oDo065": 2, "oDo064": 2, "oDo057": 2, "oDo059": 2, "oDo058": 1, "oDo066": 1, "oDo067": 1},
    ),
    (
        "oDn21",
        "en",
        "inncaring_fire",
        "Emergency lighting, guest fire information and night-staff training for a small B&B",
        "Our 5-room bed-and-breakfast in Long Hồ: if the power fails during a fire at night, guests who do not know the house would be "
        "in the dark on the stairs. We want emergency lighting for rooms, corridor and stairs, clear fire-safety information for guests "
        "in every room, a written fire risk assessment, and training so whoever is on duty at night knows how to get everyone out.",
        {"oDo060": 2, "oDo061": 2, "oDo053": 1, "oDo062": 1},
    ),
    (
        "oDn22",
        "vi",
        "vnnews_residence",
        "Chuyển sang khai báo tạm trú điện tử cho khách nước ngoài ngay khi nhận phòng",
        "Homestay của chúng tôi ở xã Long Hòa (Châu Thành, Trà Vinh) đón nhiều khách Tây. Hiện phải chép thông tin hộ chiếu vào phiếu "
        "giấy rồi mang lên công an xã trong vòng 12 giờ, khách đến tối thì rất vất vả. Muốn chuyển sang khai báo tạm trú điện tử ngay "
        "lúc khách nhận phòng; cần hướng dẫn đăng ký tài khoản khai báo, cách nhập thông tin hộ chiếu và lưu hồ sơ.",
        {"oDo071": 2, "oDo068": 2, "oDo070": 2, "oDo072": 1, "oDo074": 1},
    ),
    (
        "oDn23",
        "en",
        "lawnet_residence",
        "Clear procedure for declaring long-staying foreign volunteers at a village farm-stay",
        "Our farm-stay in a Khmer village in Trà Cú hosts foreign volunteers for several weeks; the commune counts as a remote area. We "
        "are not a hotel and are unsure of our duties: who must declare the guests, whether within 12 or 24 hours, and whether we may "
        "send the declarations by e-mail or website instead of travelling to the police post. We want a clear written procedure and, if "
        "possible, someone to set it up with us.",
        {"oDo069": 2, "oDo070": 2, "oDo071": 2, "oDo074": 2, "oDo073": 1},
    ),
    (
        "oDn24",
        "vi",
        "tvpl_homestay_register",
        "Hướng dẫn thủ tục thông báo lưu trú cho khách trong nước ở homestay",
        "Gia đình tôi ở Cầu Ngang mở homestay 4 phòng cho khách trong nước. Tôi chưa rõ homestay có được tính là cơ sở lưu trú du lịch "
        "như khách sạn, nhà nghỉ không, và khách ở lại phải thông báo lưu trú ra sao: khai ở công an xã hay qua mạng, cần ghi những "
        "thông tin gì của khách, nếu không khai có bị phạt. Cần người hướng dẫn thủ tục cụ thể.",
        {"oDo072": 2, "oDo071": 1},
    ),
    (
        "oDn25",
        "vi",
        "lfasc_homestay_food",
        "Tập huấn an toàn thực phẩm và làm giấy chứng nhận cho homestay nấu ăn cho khách",
        "Homestay ở cồn Chim (Hòa Minh, Châu Thành) nấu bữa sáng và bữa tối cho khách nước ngoài bằng rau, cá trong vườn, ao nhà và mua "
        "thêm ở chợ. Đoàn kiểm tra nhắc phải có giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. Cần được tập huấn về sơ chế, bảo "
        "quản lạnh, hỏi khách dị ứng món gì, kiểm soát nguồn mua hàng, bếp và dụng cụ, kèm hướng dẫn làm hồ sơ.",
        {"oDo076": 2, "oDo075": 2, "oDo077": 2, "oDo080": 2, "oDo079": 1},
    ),
    (
        "oDn26",
        "en",
        "thesafetyexpert",
        "Safe breakfast buffet: temperature limits, allergen labels and food-handler training",
        "Our guesthouse in Vĩnh Long city sets out a breakfast buffet for up to 40 guests; eggs, sliced fruit and rice dishes often sit "
        "out for two or three hours. We need help setting and checking temperature limits for hot and cold dishes, allergen labels next "
        "to each dish, and a short hygiene course for the three people who store, prepare and serve breakfast.",
        {"oDo078": 2, "oDo081": 2, "oDo077": 1, "oDo082": 1},
    ),
    (
        "oDn27",
        "vi",
        "cardozapub_food",
        "Hệ thống an toàn thực phẩm đơn giản cho nhà nghỉ 3 phòng chỉ phục vụ bữa sáng",
        "Nhà nghỉ nhỏ 3 phòng ở Mang Thít chỉ phục vụ bữa sáng nấu theo yêu cầu (trứng, bánh mì, hủ tiếu). Muốn có một cách quản lý an "
        "toàn thực phẩm vừa sức: đúng quy định, an toàn, minh bạch nguồn gốc thực phẩm cho khách; gồm sổ theo dõi hằng ngày, nhiệt kế "
        "tủ lạnh, quy tắc rửa tay, tách đồ sống và chín, không cần hệ thống phức tạp như nhà hàng.",
        {"oDo082": 2, "oDo081": 2, "oDo079": 2, "oDo076": 1},
    ),
    (
        "oDn28",
        "vi",
        "diakythuat_ww",
        "Xử lý nước thải sinh hoạt cho homestay 6 phòng trước khi xả ra kênh",
        "Homestay 6 phòng ven kênh ở cù lao An Bình (Long Hồ): chỉ nhà vệ sinh có bể phốt, còn nước tắm, nước bếp đổ thẳng ra mương sau "
        "nhà; mùa khô khách phàn nàn mùi. Đất thấm kém, không có cống chung. Cần giải pháp xử lý nước thải nhỏ gọn, chi phí thấp, như bể "
        "phốt kèm bể lọc hoặc bãi lọc trồng cây, để nước ra kênh sạch hơn.",
        {"oDo091": 2, "oDo092": 2, "oDo095": 2, "oDo098": 2, "oDo097": 1, "oDo096": 1, "oDo094": 1},
    ),
    (
        "oDn29",
        "en",
        "travinh_green",
        "Planted wetland to treat guest wastewater at an eco-homestay on Cồn Chim",
        "Our eco-homestay is on Cồn Chim islet (Hòa Minh commune, Châu Thành), a 60-hectare community that says no to plastic waste and "
        "uses no chemicals on rice, vegetables or fruit. Water from our guest showers and kitchen now seeps into the canal. We want a "
        "planted wetland, for example canna or reed beds, sized for about 12 guests a night, that cleans the wastewater without chemicals "
        "or power and meets discharge limits.",
        {"oDo095": 2, "oDo098": 2, "oDo097": 2, "oDo096": 1, "oDo099": 1, "oDo092": 1, "oDo147": 1},
    ),
    (
        "oDn30",
        "vi",
        "viscribd_ksh",
        "Làm túi ủ biogas xử lý phân heo và lấy khí nấu ăn cho homestay",
        "Nhà tôi ở Tam Bình vừa nuôi 20 con heo vừa mở homestay 3 phòng; mùi phân heo và nước rửa chuồng làm khách khó chịu. Muốn làm "
        "túi ủ hoặc hầm biogas để xử lý chất thải chăn nuôi, lấy khí đốt nấu bữa sáng cho khách thay củi, gas (mỗi m3 khí sinh học tương "
        "đương khoảng nửa ký dầu), phần bã dùng bón vườn. Cần đơn vị lắp đặt và hướng dẫn vận hành.",
        {"oDo100": 2, "oDo103": 1, "oDo101": 1, "oDo102": 1, "oDo147": 1},
    ),
    (
        "oDn31",
        "vi",
        "vitban_gieng",
        "Loc nuoc gieng khoan bi phen cho homestay o Tra Cu",
        "Nuoc gieng khoan o homestay cua toi tai xa Long Hiep (Tra Cu) bi phen: vang duc, mui tanh, khan va ga giat xong bi o vang, "
        "khach tam xong than ngua da. Can he thong loc nuoc gieng cho 5 phong tam va bep nau an, khu sat, mangan, loai bo phen, gia vua "
        "phai va de tu bao duong.",
        {"oDo083": 2, "oDo084": 2, "oDo085": 2, "oDo086": 1, "oDo087": 1},
    ),
    (
        "oDn32",
        "en",
        "viteko_phusa",
        "Treat silty river water for guest showers in the flood season",
        "Our riverside homestay on an islet in the Cổ Chiên river (Long Hồ) uses river water for showers and washing. In the rainy and "
        "flood season it turns yellow-brown with fine silt that settles slowly, clogs our water heaters and upsets guests. We want a "
        "treatment set-up sized for 6 rooms: settling, coagulation, sand filtration and disinfection, so guests get clear and safe water.",
        {"oDo085": 2, "oDo084": 1, "oDo087": 1, "oDo088": 1},
    ),
    (
        "oDn33",
        "en",
        "nepal_rwh",
        "Rooftop rainwater harvesting for a guesthouse where groundwater turns salty",
        "Our guesthouse in Duyên Hải relies on groundwater and canal water that turn salty in the dry season. We want to collect "
        "rainwater from about 200 m2 of roof into storage tanks for guest showers and toilets, with first-flush diversion, and "
        "guidance on keeping the stored water clean and testing its quality.",
        {"oDo089": 2, "oDo090": 2},
    ),
    (
        "oDn34",
        "vi",
        "hoabinh_thesis",
        "Mở lớp tiếng Anh giao tiếp du lịch cho 20 hộ làm homestay ở cồn Hô",
        "HTX du lịch cộng đồng cồn Hô (Càng Long) có khoảng 20 chủ hộ và con em làm homestay, chèo xuồng, hướng dẫn khách; phần lớn "
        "không nói được tiếng Anh nên với khách Tây chủ yếu ra dấu. Muốn mở một lớp tiếng Anh giao tiếp du lịch ngắn ngày ngay tại cồn: "
        "chào đón, giới thiệu phòng và món ăn, chỉ đường, xử lý phàn nàn đơn giản.",
        {"oDo105": 2, "oDo104": 2, "oDo106": 2, "oDo107": 1, "oDo108": 1, "oDo113": 1},
    ),
    (
        "oDn35",
        "en",
        "americantesol",
        "On-site role-play English course for hotel reception staff",
        "Our 18-room hotel in Trà Vinh city now receives many more foreign guests, but reception staff freeze when checking guests in, "
        "taking phone reservations, handling a complaint or helping a guest who has lost a passport or needs a hospital. We want a "
        "practical on-site English course built on role plays of these situations, with some cultural etiquette, fitted around shifts.",
        {"oDo107": 2, "oDo108": 2, "oDo109": 2, "oDo110": 1},
    ),
    (
        "oDn36",
        "vi",
        "vieclam_terms",
        "Đào tạo lễ tân mới theo chuẩn kỹ năng nghề",
        "Khách sạn gia đình 10 phòng ở TP Vĩnh Long vừa tuyển hai lễ tân mới tốt nghiệp phổ thông, chưa biết thuật ngữ và quy trình: "
        "tình trạng phòng (trống, có khách, hỏng), nhận và trả phòng, đặt phòng. Muốn đào tạo các bạn theo một tiêu chuẩn kỹ năng nghề "
        "lễ tân được công nhận và có người giám sát kèm cặp tại chỗ.",
        {"oDo112": 2, "oDo111": 2, "oDo109": 1},
    ),
    (
        "oDn37",
        "vi",
        "vhttdl_ambassador",
        "Huấn luyện người dân quanh điểm du lịch thành đại sứ du lịch",
        "Xã có chùa Ao Bà Om và các phum sóc Khmer ở Trà Vinh muốn huấn luyện người dân bán hàng, chạy xe ôm, làm homestay thành những "
        "đại sứ du lịch của địa phương: kỹ năng đón tiếp, giới thiệu văn hóa Khmer, vài câu tiếng Anh thông dụng, sơ cứu và an toàn "
        "thực phẩm cơ bản. Nhân lực du lịch của xã vừa thiếu vừa yếu, cần chương trình phù hợp người dân.",
        {"oDo104": 2, "oDo105": 2, "oDo120": 1, "oDo106": 1},
    ),
    (
        "oDn38",
        "en",
        "payhip_handouts",
        "In-house English classes taught by department for a 15-room hotel",
        "Our 15-room riverside hotel in Vĩnh Long wants to run small in-house English classes of 4 to 10 people for housekeeping, "
        "restaurant and maintenance staff. Each group should learn only what it needs with guests: towel requests and cleaning times, "
        "menu questions, a broken air-conditioner. We are looking for a trainer or programme that teaches hotel English by department.",
        {"oDo107": 2, "oDo108": 2, "oDo109": 1, "oDo151": 1},
    ),
    (
        "oDn39",
        "vi",
        "wanderingwounded",
        "Cải tạo 2 phòng tầng trệt cho khách lớn tuổi và khách ngồi xe lăn",
        "Homestay nhà vườn của tôi ở Long Hồ có nhiều đoàn khách lớn tuổi; có khách ngồi xe lăn đặt phòng xong đến nơi không vào được "
        "nhà tắm vì cửa hẹp, bậc cao. Muốn cải tạo 2 phòng tầng trệt: lối vào không bậc, cửa rộng, nhà tắm có tay vịn và chỗ xoay xe, "
        "đồng thời đăng rõ trên trang đặt phòng ảnh và kích thước cửa, phòng tắm để khách tự đánh giá trước khi đặt.",
        {"oDo115": 2, "oDo117": 2, "oDo114": 2, "oDo116": 1},
    ),
    (
        "oDn40",
        "en",
        "andywright_access",
        "Describe our accessible room accurately and train staff to answer honestly",
        "Our guesthouse in Trà Vinh city has one ground-floor room we list as accessible, yet wheelchair users have arrived to find a "
        "step at the entrance and a shower they could not use. We want to describe exactly what we offer in our listings: entrance, "
        "door widths, bathroom layout, bed height, turning space and scooter charging, and to train front-desk staff to answer "
        "accessibility questions honestly before guests book.",
        {"oDo114": 2, "oDo116": 1, "oDo118": 1},
    ),
    (
        "oDn41",
        "vi",
        "tailieutuoi_asean",
        "Nhóm hộ làm homestay ở cồn Chim muốn áp dụng Tiêu chuẩn Homestay ASEAN",
        "Sáu hộ làm homestay ở cồn Chim (Hòa Minh, Châu Thành) muốn áp dụng Tiêu chuẩn nhà ở có phòng cho khách du lịch thuê của ASEAN "
        "để thu hút khách quốc tế. Cần biết cụ thể các tiêu chí về chủ nhà, ngôi nhà, buồng ngủ, vệ sinh, hoạt động cộng đồng, khóa học "
        "bắt buộc cho chủ nhà, và được hướng dẫn chuẩn bị để được đánh giá công nhận.",
        {"oDo119": 2, "oDo120": 2, "oDo121": 1},
    ),
    (
        "oDn42",
        "en",
        "plano_access",
        "Equip rooms for deaf and partially sighted guests",
        "Our small hotel in Vĩnh Long city will host a group of deaf and partially sighted travellers from an association. We want to "
        "equip two rooms with fire alarms and alarm clocks that flash or vibrate and a door-knock light, offer an induction loop or "
        "written communication at reception, and provide fire instructions in large print and Braille.",
        {"oDo114": 2, "oDo064": 1, "oDo117": 1, "oDo116": 1},
    ),
    (
        "oDn43",
        "vi",
        "otavn_seo",
        "Quy trình theo dõi và trả lời đánh giá để nâng điểm trên Booking, Agoda",
        "Homestay 7 phòng của chúng tôi ở Cầu Ngang nhận nhiều đánh giá 2 đến 3 sao trên Booking và Agoda vì nhận phòng chậm, phòng chưa "
        "sạch; điểm tụt kéo thứ hạng tìm kiếm xuống. Muốn có quy trình theo dõi và trả lời đánh giá chuyên nghiệp, biết nên trả lời "
        "những đánh giá nào, trong bao lâu, và biến góp ý của khách thành việc cải tiến để nâng điểm trung bình.",
        {"oDo125": 2, "oDo126": 2, "oDo127": 2, "oDo129": 2, "oDo122": 1, "oDo011": 1},
    ),
    (
        "oDn44",
        "en",
        "fourhoteliers_5060",
        "Outsourced monitoring and replies to international guest reviews",
        "Our boutique guesthouse near Ao Bà Om pond receives reviews in English, French and German on TripAdvisor, Google and Expedia, "
        "and we answer almost none of them, especially the negative ones. We know a property's response can sway future guests more than "
        "the complaint itself. We want a service that monitors the sites and writes courteous, individual replies within a day.",
        {"oDo129": 2, "oDo130": 1, "oDo127": 1, "oDo128": 1, "oDo125": 1},
    ),
    (
        "oDn45",
        "vi",
        "thuonline_reviews",
        "Xoa danh gia 1 sao cua khach da huy phong khong den o",
        "Homestay cua toi o Tieu Can bi mot khach danh gia 1 sao tren trang dat phong du khach da huy phong va khong den o. Can biet "
        "nhung truong hop nao duoc yeu cau xoa danh gia, can giay to chung minh gi, thao tac tren extranet the nao va mat bao lau.",
        {"oDo124": 2, "oDo122": 1},
    ),
    (
        "oDn46",
        "en",
        "mower_reviews",
        "Rules for replying to Vietnamese and English reviews on several platforms",
        "Our guesthouse in Cầu Kè gets many reviews in Vietnamese from domestic travellers and in English from foreigners on Booking.com, "
        "TripAdvisor and Google. Since most travellers read reviews before booking, we want clear rules for replying: which language to "
        "answer in, tone, how fast, how to handle unfair criticism, and how to turn complaints into fixes; and someone to coach our manager.",
        {"oDo122": 2, "oDo127": 2, "oDo128": 2},
    ),
    (
        "oDn47",
        "vi",
        "fourhoteliers_7592",
        "Xem điểm đánh giá từng hạng mục và trả lời bình luận trên Booking.com",
        "Nhà nghỉ của chúng tôi ở TP Trà Vinh muốn biết khách chấm điểm riêng từng mục như sạch sẽ, vị trí, bữa sáng, Wi-Fi ra sao trong "
        "hai năm qua để xếp thứ tự việc cần cải thiện, và trả lời từng bình luận ngay trên trang chỗ nghỉ. Cần hướng dẫn dùng mục đánh "
        "giá của khách trong extranet Booking.com và một chiến lược trả lời theo từng bước.",
        {"oDo123": 2, "oDo122": 2, "oDo125": 1},
    ),
    (
        "oDn48",
        "en",
        "mona_media",
        "Shared direct-booking website for an association of 15 guesthouses",
        "An association of 15 small guesthouses and homestays in Vĩnh Long city wants a shared booking website, so members rely less on "
        "online travel agencies. Travellers should check each house's availability by date, see prices and room details, pay a deposit "
        "and get instant confirmation. We need a developer for the site and its booking engine.",
        {"oDo010": 2, "oDo009": 2, "oDo006": 1, "oDo002": 1},
    ),
    (
        "oDn49",
        "vi",
        "miendiaoc_pms",
        "Phan mem quan ly homestay 5 phong dung tren dien thoai",
        "Can phan mem quan ly homestay 5 phong o Cau Ke dung duoc tren dien thoai: xep phong, ghi thong tin khach, tinh tien, bao cao "
        "doanh thu, thay cho so sach va file Excel hien nay; co dong bo voi cac trang dat phong cang tot. Gia re, de dung cho nguoi lon tuoi.",
        {"oDo001": 2, "oDo003": 1, "oDo004": 1},
    ),
    (
        "oDn50",
        "en",
        "hotelbriefing_ota",
        "Keep rates identical across four OTAs and recover search ranking",
        "Our 22-room hotel in Trà Vinh city is listed on Booking.com, Agoda, Traveloka and Trip.com. Prices drift apart between the sites "
        "and, after several 'no availability' errors, we slipped down the search results. We need a channel manager that keeps rates, "
        "restrictions and availability identical everywhere in real time and warns us of parity problems.",
        {"oDo008": 2, "oDo004": 2, "oDo005": 1},
    ),
    (
        "oDn51",
        "en",
        "hundure_qr",
        "Door codes sent before arrival for rooms rented through Airbnb",
        "I rent 6 rooms above my shop in Vĩnh Long city through Airbnb and am often out when guests arrive. I want each guest to receive "
        "a door code or QR key by message before arrival, valid only from check-in to check-out and cancelled automatically after "
        "departure, generated from the booking so I do not have to hand over keys.",
        {"oDo013": 2, "oDo014": 2, "oDo012": 2, "oDo017": 1, "oDo015": 1},
    ),
    (
        "oDn52",
        "vi",
        "nhathongminh_laser",
        "Khóa mã số tự sinh mã cho từng khách đến muộn",
        "Homestay 4 phòng của tôi ở Trà Ôn, khách hay đến lúc 10 đến 11 giờ đêm khi cả nhà đã ngủ. Muốn lắp khóa mã số hoặc Bluetooth ở "
        "cổng và cửa phòng, mỗi đơn đặt tự sinh một mã riêng gửi qua tin nhắn cho khách, hết hiệu lực khi trả phòng; pin dùng lâu, báo "
        "trước khi pin yếu.",
        {"oDo013": 2, "oDo014": 2, "oDo012": 1, "oDo015": 1},
    ),
    (
        "oDn53",
        "vi",
        "masterkeys",
        "Chuyển sang khóa thẻ từ và ổ cắm thẻ ngắt điện cho khách sạn mini",
        "Khách sạn mini 12 phòng ở TP Vĩnh Long đang dùng khóa cơ: khách hay làm mất chìa, ra ngoài vẫn để máy lạnh và đèn chạy. Muốn "
        "chuyển sang khóa thẻ từ có máy ghi thẻ ở lễ tân, lưu lịch sử mở cửa, kèm ổ cắm thẻ để điện trong phòng tự ngắt khi khách rút "
        "thẻ ra ngoài.",
        {"oDo015": 2, "oDo046": 2, "oDo047": 1, "oDo016": 1},
    ),
    (
        "oDn54",
        "en",
        "chantelle_laundry",
        "Contract with a commercial laundry for a hotel and restaurant",
        "Our 20-room hotel with a restaurant in Trà Vinh city produces sheets, towels, tablecloths and uniforms every day and the small "
        "laundry room cannot keep up. We want to outsource to a commercial laundry under a clear contract: fixed pickup and delivery "
        "times, quality checks, compensation for lost or damaged items, pricing that follows occupancy and a spare linen stock.",
        {"oDo023": 2, "oDo020": 2, "oDo019": 2, "oDo018": 2, "oDo027": 1},
    ),
    (
        "oDn55",
        "en",
        "giatui_mount",
        "Size and mount washers for an upstairs laundry room",
        "We are adding an in-house laundry to our 14-room guesthouse in Bình Minh (Vĩnh Long), but the only free space is on the first "
        "floor above the kitchen. We need advice on machine type and size: how many kilograms we wash a day, whether a hard-mount washer "
        "needs a concrete base on the ground floor or a soft-mount model is needed upstairs, and a matching dryer.",
        {"oDo026": 2, "oDo024": 2, "oDo025": 2, "oDo028": 1},
    ),
    (
        "oDn56",
        "vi",
        "bedbugpestcontrol",
        "Khách phản ánh bị rệp giường cắn, cần kiểm tra và xử lý",
        "Khách ở homestay của tôi tại Cầu Ngang phản ánh bị rệp cắn; khách lật nệm thấy đốm đen ở đường may và xác rệp. Cần đơn vị hướng "
        "dẫn kiểm tra từng phòng, xử lý rệp giường hạn chế hóa chất, bọc nệm chống rệp và lập quy trình để nhân viên buồng phát hiện sớm.",
        {"oDo033": 2, "oDo034": 2, "oDo035": 2, "oDo036": 2},
    ),
    (
        "oDn57",
        "en",
        "megasun_pros",
        "Heat-pump hot water on a rental or pay-monthly basis",
        "A cooperative running four homestays in Cầu Kè wants heat-pump hot water, knowing its efficiency and its drawbacks, but cannot "
        "pay the whole investment up front. We are looking for a supplier who installs a heat pump on rental or monthly payment, "
        "connects it to our existing hot-water tanks and monitors the output remotely.",
        {"oDo043": 2, "oDo042": 1, "oDo041": 1},
    ),
    (
        "oDn58",
        "en",
        "h24_solar",
        "Rooftop solar with battery storage for a homestay with frequent power cuts",
        "Our 6-room homestay in Cầu Ngang sees its bill double in the hot months because of air-conditioning, and power cuts leave guests "
        "without fans. We want a rooftop solar system of about 3 to 5 kW with battery storage (hybrid), so daytime load is covered and "
        "essentials keep running during outages; panels should keep their output for 20 years or more.",
        {"oDo048": 2, "oDo049": 1, "oDo136": 1},
    ),
    (
        "oDn59",
        "en",
        "doctop_audit",
        "Full energy audit report for a 25-room hotel",
        "Our 25-room hotel in Vĩnh Long city wants a proper energy audit: measuring where electricity goes (air-conditioning, hot water, "
        "lighting, laundry), a report with the savings potential and payback of each measure, and a plan to carry them out.",
        {"oDo050": 2, "oDo051": 1, "oDo045": 1, "oDo047": 1},
    ),
    (
        "oDn60",
        "en",
        "scribd_ktnl",
        "LED retrofit for corridors, stairwells and signage",
        "Our guesthouse in Trà Vinh city has long corridors, stairwells and a sign board lit all night with old tube and incandescent "
        "lamps. We want a lighting retrofit to LED with separate circuits and timers, and simple rules for staff on switching off, "
        "based on cases that have worked in other hotels.",
        {"oDo051": 2, "oDo050": 1, "oDo044": 1},
    ),
    (
        "oDn61",
        "vi",
        "textdoc_security",
        "Tập huấn PCCC và diễn tập thoát nạn cho nhân viên khách sạn",
        "Khách sạn 15 phòng ở TP Trà Vinh đã có camera, báo cháy và bình chữa cháy nhưng nhân viên ca đêm và người nhà chưa từng được "
        "huấn luyện. Cần tổ chức tập huấn PCCC định kỳ, diễn tập thoát nạn cho khách, phân công nhiệm vụ từng người khi có cháy và "
        "hướng dẫn khách nắm lối thoát.",
        {"oDo053": 2, "oDo060": 2, "oDo055": 1, "oDo056": 1},
    ),
    (
        "oDn62",
        "en",
        "innspiring_forum",
        "Fire extinguishers, emergency lights and exit signs for a B&B cooking on gas",
        "Our 6-room B&B in Càng Long cooks breakfast on a gas stove in the same building where guests sleep. We need the right fire "
        "extinguishers on each floor and in the kitchen, a fire blanket, emergency lighting and exit signs, and someone to inspect and "
        "service the extinguishers every year.",
        {"oDo063": 2, "oDo062": 2, "oDo056": 2, "oDo066": 1},
    ),
    (
        "oDn63",
        "vi",
        "pvl_pccc",
        "Dieu kien PCCC cho nha nghi 5 tang vua mua lai",
        "Toi vua mua lai nha nghi 5 tang, 20 phong o TP Vinh Long. Can biet day du dieu kien PCCC voi nha nghi tu 5 tang tro len: thong "
        "bao voi canh sat PCCC truoc khi hoat dong, noi quy, bien bao, phan cong nhiem vu, luc luong PCCC tai cho duoc huan luyen, phuong "
        "an chua chay. Can don vi tu van lam ho so va trang bi.",
        {"oDo054": 2, "oDo052": 2, "oDo053": 2, "oDo056": 1},
    ),
    (
        "oDn64",
        "en",
        "dht_residence",
        "Declaring foreign guests who stay in our family house",
        "We host foreign guests in spare rooms of our family house among the orchards of Vũng Liêm; it is a private residence, not a "
        "hotel. We need to know which documents to ask for on arrival, how and where to declare each guest's temporary residence, and "
        "how a missing declaration would affect their visa extensions or other papers.",
        {"oDo070": 2, "oDo069": 2, "oDo073": 2, "oDo071": 1, "oDo074": 1},
    ),
    (
        "oDn65",
        "en",
        "nhp_bb_food",
        "Trace breakfast ingredients bought from neighbours and keep them cold",
        "Our homestay in Tiểu Cần buys eggs, fish and vegetables from neighbours and our own garden for guests' breakfasts. Inspectors "
        "asked how we trace food back to its source and how we keep it at the right temperature. We need a simple way to record where "
        "each batch came from, check fridge temperatures, and choose and check our suppliers.",
        {"oDo075": 2, "oDo080": 2, "oDo076": 1, "oDo079": 1},
    ),
    (
        "oDn66",
        "vi",
        "atpacademy_food",
        "Tap huan ve sinh an toan thuc pham cho nguoi nau bua sang",
        "Khu homestay o xa An Binh (Long Ho) co 5 nguoi nau bua sang cho khach. Can lop tap huan ve sinh an toan thuc pham: rua tay, so "
        "che, bao quan, nhiet do tu lanh, cach phuc vu, co chung nhan kien thuc an toan thuc pham cho nguoi che bien de du dieu kien kinh doanh an uong.",
        {"oDo075": 2, "oDo077": 2, "oDo080": 2, "oDo081": 2, "oDo076": 1},
    ),
    (
        "oDn67",
        "vi",
        "scribd_septic",
        "Bể tự hoại homestay bị đầy, trào và bốc mùi",
        "Bể tự hoại của homestay 8 phòng ở Châu Thành (Trà Vinh) xây đã 10 năm, mùa đông khách thường trào và bốc mùi; nước sau bể chảy "
        "ra ao cá. Cần kiểm tra, tính lại dung tích bể theo số khách, hút bùn định kỳ và thêm ngăn lọc sau bể để nước ra ao sạch hơn.",
        {"oDo091": 2, "oDo092": 2, "oDo093": 1, "oDo094": 1, "oDo097": 1},
    ),
    (
        "oDn68",
        "en",
        "surveying_grey",
        "Reuse shower and laundry greywater to irrigate the orchard",
        "Our garden homestay in a fruit orchard in Long Hồ wants to reuse greywater from guest showers and the laundry to irrigate the "
        "trees instead of pumping groundwater, after simple treatment that will not clog drip lines or harm the fruit trees. We already "
        "fit water-saving taps and want to go further.",
        {"oDo098": 2, "oDo090": 1, "oDo096": 1, "oDo097": 1},
    ),
    (
        "oDn69",
        "vi",
        "encyclopedia_cw",
        "Bãi lọc trồng cây xử lý nước thải cho khu du lịch sinh thái nhà vườn",
        "Khu du lịch sinh thái nhà vườn ở Vũng Liêm có 4 nhà nghỉ và một nhà hàng nhỏ, muốn xây bãi lọc trồng cây (đất ngập nước kiến "
        "tạo) để xử lý nước thải sinh hoạt ngay tại chỗ, vừa làm cảnh quan cho khách tham quan, vận hành đơn giản, không tốn điện, không hóa chất.",
        {"oDo095": 2, "oDo098": 2, "oDo097": 2, "oDo096": 1, "oDo092": 1},
    ),
    (
        "oDn70",
        "vi",
        "howtopedia_rwh",
        "Hứng nước mưa từ mái cho homestay vùng nước giếng nhiễm mặn",
        "Homestay 5 phòng ở xã Trường Long Hòa (Duyên Hải): mùa khô nước máy yếu, nước giếng bị mặn. Muốn làm hệ thống hứng nước mưa từ "
        "mái vào bồn chứa để dùng tắm giặt, xả bồn cầu, có lưới chắn rác, bỏ nước đầu trận mưa và cách giữ nước trong bồn sạch.",
        {"oDo089": 2, "oDo090": 2},
    ),
    (
        "oDn71",
        "en",
        "nhatrang_onsite",
        "Training a new front-office supervisor",
        "Our 30-room hotel in Trà Vinh city has promoted a receptionist to front-office supervisor. She needs training in supervising "
        "staff, checking room sales and revenue at the desk, evaluating staff performance, and planning and running on-the-job training "
        "for new receptionists.",
        {"oDo111": 2, "oDo112": 2, "oDo109": 1},
    ),
    (
        "oDn72",
        "vi",
        "kepotimes_access",
        "Cai tao phong tam cho khach lon tuoi va khach xe lan",
        "Homestay cua toi o Tra On co nhieu khach lon tuoi. Can cai tao phong tam: tay vin canh bon cau va cho tam, san chong tron, voi "
        "sen cam tay, ghe tam gap, bo bac cua, cua du rong cho xe lan va cong tac den thap vua tam tay.",
        {"oDo117": 2, "oDo115": 2, "oDo114": 1},
    ),
    (
        "oDn73",
        "en",
        "hoaninh_homestay",
        "Renewing the ASEAN Homestay Standard for a homestay cluster and adding two households",
        "Our cluster of homestays in Hòa Ninh commune (Long Hồ), on about one hectare of gardens with packages from about 40 USD per "
        "guest per night, holds the ASEAN Homestay Standard title and must renew it; two neighbouring households want to join. We need "
        "the current criteria for hosts, houses, rooms and community activities, and help preparing the new households for assessment.",
        {"oDo119": 2, "oDo120": 2, "oDo121": 1},
    ),
    (
        "oDn74",
        "vi",
        "giongtrom_homestay",
        "Tài liệu hướng dẫn vận hành cho homestay mới mở từ nhà cấp bốn",
        "Tôi 33 tuổi, từng làm quản lý resort, vừa về quê ở Giồng Trôm sửa căn nhà cấp bốn thành homestay 3 phòng để khách ăn ở cùng "
        "gia đình. Cần tài liệu hướng dẫn vận hành bài bản: đón khách, định giá, ghi chép thu chi, làm tờ giới thiệu, tổ chức hoạt động "
        "trải nghiệm như làng nghề bánh tráng, bánh phồng, vườn dừa.",
        {"oDo120": 2, "oDo119": 1, "oDo001": 1},
    ),
    (
        "oDn75",
        "en",
        "fivei_media",
        "One calendar for three homestay houses listed on Airbnb and Booking.com",
        "We run three homestay houses in Trà Vinh city, each listed separately on Airbnb and Booking.com, and keep the calendars in our "
        "heads. We want one system that holds all three properties' calendars and pushes bookings and blocked dates to both sites "
        "automatically.",
        {"oDo004": 2, "oDo005": 2, "oDo001": 2, "oDo002": 2},
    ),
]
