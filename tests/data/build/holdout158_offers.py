"""Offers for holdout158: (id, language, source key, title, description)."""

OFFERS = [
    # online booking, property management and channel managers
    (
        "oDo001",
        "vi",
        "danahost_pms",
        "Phần mềm quản lý homestay (PMS) cho chủ nhà dưới 10 căn",
        "Gom việc nhận booking, xếp phòng, tính tiền và báo cáo doanh thu về một màn hình trên web hoặc điện thoại, thay cho file Excel, "
        "sổ ghi khách và việc mở 3 đến 4 ứng dụng OTA để đóng phòng bằng tay. Đồng bộ lịch với Booking, Agoda, Airbnb để tránh bán trùng "
        "phòng (overbooking); dành cho chủ homestay quy mô 3 đến 10 căn.",
    ),
    (
        "oDo002",
        "vi",
        "sazi_channel",
        "Module quản lý kênh phân phối (channel manager) kết nối các OTA",
        "Kết nối và đồng bộ tồn phòng, giá với Booking.com, Agoda, Expedia, Airbnb, Hotels.com, Traveloka, Trip.com; ánh xạ từng loại "
        "phòng và gói giá sang từng kênh, cài tỷ lệ hoa hồng mặc định, tiền tệ, thuế. Bảng điều khiển cho thấy trạng thái kết nối, số "
        "đặt phòng 30 ngày, lần đồng bộ gần nhất và các lỗi đồng bộ cần xử lý.",
    ),
    (
        "oDo003",
        "vi",
        "skyhotel_docs",
        "Phần mềm quản lý khách sạn có phân hệ lễ tân và dọn phòng",
        "Bộ phần mềm kèm tài liệu hướng dẫn: cài đặt ban đầu, nghiệp vụ lễ tân, nghiệp vụ quản lý, dọn phòng (housekeeping) và xử lý "
        "tình huống nghiệp vụ; giúp khách sạn nhỏ chuẩn hóa nhận, trả phòng và cập nhật tình trạng phòng.",
    ),
    (
        "oDo004",
        "en",
        "nu_channel",
        "Channel manager with 15-minute sync and rate-parity alerts",
        "Keeps room availability and rates in sync across Booking.com, Expedia, Airbnb and other sites from one dashboard; a room booked "
        "on one platform is closed everywhere else. Automatic sync every 15 minutes plus manual sync, room mappings per listing, a "
        "per-channel markup (for example 15% to cover a 15% commission) and alerts when rates differ between channels.",
    ),
    (
        "oDo005",
        "en",
        "hoteltech_channel",
        "Two-way channel manager integration for hotels",
        "We connect your property management system to online travel agencies through API-based two-way channel management: each "
        "booking immediately updates inventory on all other channels, and rate changes or maintenance blocks reach every OTA within "
        "minutes. Reconciliation flags synchronisation errors before they cause double bookings, with automatic alerts to staff.",
    ),
    (
        "oDo006",
        "en",
        "visitoai_channel",
        "Channel manager plus an AI agent that turns chats into direct bookings",
        "For independent hotels of about 20 to 150 rooms: a channel manager that makes the PMS the single source of truth for rates and "
        "availability across OTAs, the direct booking engine and metasearch such as Google and Tripadvisor, combined with an AI agent "
        "that answers WhatsApp, Instagram and website chat and converts enquiries into direct bookings. OTA connections in days.",
    ),
    (
        "oDo007",
        "en",
        "stayquora_channel",
        "Channel manager set-up for independent hotels",
        "We configure a channel manager linking your PMS with Booking.com, Expedia, Airbnb, Agoda and your own website, synchronising "
        "inventory, rates and restrictions in real time so a room booked on one channel disappears from the others. Typical results: no "
        "more double bookings and 5 to 15 hours of staff time a week freed from manual updates.",
    ),
    (
        "oDo008",
        "en",
        "smartorder_visibility",
        "Channel management that protects OTA ranking and rate parity",
        "Real-time sync of availability, rates and restrictions across Booking.com, Expedia, Agoda, Trip.com and Airbnb keeps listings "
        "accurate, which OTA ranking algorithms reward, and prevents the rate-parity gaps that trigger OTA penalties. Properties on "
        "several channels typically reach 30 to 40% higher occupancy than single-channel ones; bookings flow straight into PMS reports.",
    ),
    (
        "oDo009",
        "vi",
        "koder_direct",
        "Thiết kế website đặt phòng trực tiếp cho nhà cho thuê nghỉ dưỡng",
        "Xây website riêng để khách đặt chỗ trên kênh do chủ nhà kiểm soát: lịch phòng trống, yêu cầu đặt, hóa đơn và đường link thanh "
        "toán, nhắn tin với khách. Giúp giữ lại phần phí nền tảng và dữ liệu khách quay lại; kèm lộ trình tiếp thị để đặt phòng trực tiếp "
        "tăng dần trong khi vẫn dùng Airbnb, Vrbo lấp chỗ trống.",
    ),
    (
        "oDo010",
        "vi",
        "hotelbriefing_engine",
        "Cung cấp công cụ đặt phòng (booking engine) gắn vào website khách sạn",
        "Phần mềm cho khách tự kiểm tra phòng trống theo ngày nhận phòng, xem thông tin từng loại phòng, giá, ưu đãi và tiện ích kèm "
        "theo rồi thanh toán ngay trên website của khách sạn; đơn được xác nhận tức thì và phòng được giữ đảm bảo. Là nền tảng cho bộ "
        "phận đặt phòng, quản lý doanh thu và tiếp thị số.",
    ),
    (
        "oDo011",
        "vi",
        "otavn_improve",
        "Tư vấn cải thiện đánh giá trực tuyến và đào tạo bán phòng trên OTA",
        "Đơn vị chuyên về kênh OTA hướng dẫn mẹo và quy trình quản lý, cải thiện đánh giá của khách trên các trang đặt phòng, kèm khóa "
        "đào tạo sale OTA 1-1 hoặc tự học trực tuyến cho nhân viên khách sạn, homestay và bảng giá dịch vụ tiếp thị.",
    ),
    (
        "oDo012",
        "vi",
        "kaisstar_smartlock",
        "Khóa thông minh tích hợp PMS cho nhận phòng không tiếp xúc",
        "Tích hợp khóa thông minh với hệ thống quản lý cơ sở lưu trú (PMS) để tự động hóa từ đặt phòng đến mở cửa: tự gán phòng, sinh mã "
        "cửa theo từng đơn, gửi mã qua SMS, email hoặc tin nhắn nền tảng, tự hủy mã khi hết hạn. Giảm giờ công lễ tân, tránh gửi nhầm mã "
        "hay quên cập nhật quyền vào cửa trong mùa cao điểm.",
    ),
    # self check-in and locks
    (
        "oDo013",
        "en",
        "zimr_selfcheckin",
        "Self-check-in with smart locks for small hotels and guesthouses",
        "Guests open the front or room door with a six-digit code or their phone, valid only for their stay, so nobody has to wait up for "
        "late arrivals. We support retrofit locks mounted over the existing cylinder (the mechanical key still works), keypads and key "
        "safes, and automate code creation per booking, delivery by e-mail or WhatsApp before arrival and deletion after departure.",
    ),
    (
        "oDo014",
        "en",
        "ttlock_checkin",
        "Smart-lock management app that sends guests e-keys at check-in",
        "Lock-management software for rented rooms: check-in records payment method and amount, shows remaining and total days of stay "
        "and automatically sends an e-key (door-opening permission) to the guest's phone. Renewal updates access; check-out produces a "
        "statement, deletes access and marks the room vacant. Access can also be tied to bill payment.",
    ),
    (
        "oDo015",
        "vi",
        "xptech_lock",
        "Hệ thống khóa thẻ từ cho khách sạn, nhà nghỉ, homestay",
        "Gồm phần mềm quản lý (tương thích đa số PMS), máy ghi và đọc thẻ cổng USB, thẻ RF dùng 100.000 lần, khóa thẻ từ chạy pin độc "
        "lập lưu 250 lần mở gần nhất; tùy chọn máy thu thập dữ liệu mở cửa, ổ cắm thẻ tiết kiệm điện (cắm thẻ mới bật đèn, máy lạnh) và "
        "đầu đọc thang máy. Quản lý nhận, trả phòng ngay tại lễ tân.",
    ),
    (
        "oDo016",
        "vi",
        "tkn_access",
        "Tư vấn kiểm soát ra vào và khóa cửa điện tử cho khách sạn",
        "Khóa cửa thẻ từ gồm phần cơ, đầu đọc thẻ và mạch điện tử, ghi lại ID thẻ và thời gian mở cửa, chạy pin hoặc nguồn DC; thẻ "
        "Mifare 13,56 MHz mã hóa dữ liệu, bảo vệ bằng mã nhà sản xuất và mã riêng của khách sạn để chống sao chép. Giải thích thuật ngữ, "
        "giúp chủ khách sạn chọn hệ thống phù hợp.",
    ),
    (
        "oDo017",
        "en",
        "hogood_cardless",
        "Cardless hotel check-in by QR code or face recognition",
        "Smart door locks that let authorised guests open the room by scanning a code or by facial recognition, with no key card. Opening "
        "the door can start a room scene: air-conditioning and lights on, curtains opening, music playing.",
    ),
    # laundry and housekeeping
    (
        "oDo018",
        "en",
        "accom_laundry",
        "Outsourced housekeeping and linen services for accommodation",
        "We take over linen and housekeeping for accommodation providers, so owners no longer need laundry space, machines or a large "
        "housekeeping department. Commercial laundry is all we do; contracts are set up to avoid sham contracting and underpaid workers, "
        "while the property keeps control of standards and price.",
    ),
    (
        "oDo019",
        "en",
        "oxwash_laundry",
        "Commercial laundry service for hotels",
        "Outsourcing turns laundry from a fixed cost into a variable one: we wash bed linen and towels at a lower price per kilogram "
        "through economies of scale, and hotels no longer schedule and supervise laundry staff. Our process lowers environmental impact "
        "while the hotel keeps control of quality.",
    ),
    (
        "oDo020",
        "en",
        "stcroix_laundry",
        "Hotel linen outsourcing with quality checks and spare stock",
        "An external textile service with contingency plans, finished-quality checks and replacement linen, so output no longer depends "
        "on your manpower or machine breakdowns. A set price per service with costs that follow occupancy, online management of linen "
        "stock, and sanitary standards for guest linen.",
    ),
    (
        "oDo021",
        "en",
        "uhs_laundry",
        "Hotel laundry outsourcing with a cost calculator",
        "Move from an on-property laundry to our service: the calculator compares your labour, equipment, utilities and maintenance "
        "with our per-unit price. Industrial washers and dryers, computerised sorting and inventory, capacity that follows seasonal "
        "occupancy, and strict quality control of linens.",
    ),
    (
        "oDo022",
        "en",
        "akitabox_laundry",
        "Advice on in-house versus outsourced hotel laundry",
        "Facility-management guidance on the trade-offs for your property: outsourcing cuts detergent, electricity and labour (labour "
        "can be half of laundry operating cost), but linens usually return within 24 hours and stains cannot be treated on the spot. "
        "Includes a hotel maintenance and management guide.",
    ),
    (
        "oDo023",
        "vi",
        "horeca_outsource",
        "Hướng dẫn thuê ngoài và giám sát dịch vụ giặt là cho khách sạn",
        "Dành cho khách sạn dưới 100 phòng, không có mặt bằng giặt nội bộ: mẫu hợp đồng gồm phạm vi công việc, cam kết chất lượng (độ "
        "sạch, mùi, cách gấp, đóng gói), lịch giao nhận cố định, thời gian xử lý tối đa, trách nhiệm và quy trình bồi thường đồ mất, hỏng, "
        "cơ chế điều chỉnh giá; cách kiểm soát từng đợt giao để không bị động.",
    ),
    (
        "oDo024",
        "vi",
        "horeca_opl",
        "Tư vấn đầu tư giặt ủi nội bộ (On-Premise Laundry) kèm bảng chi phí",
        "Phân tích khi nào khách sạn nên tự vận hành giặt ủi tại chỗ và khi nào nên thuê ngoài tính theo kg hoặc hợp đồng định kỳ: so "
        "sánh khả năng kiểm soát chất lượng, tốc độ, bảo quản đồ vải với chi phí đầu tư ban đầu; kèm bảng chi phí đầu tư và vận hành cụ "
        "thể để chủ cơ sở ra quyết định.",
    ),
    (
        "oDo025",
        "vi",
        "vnreview_washer",
        "Cung cấp máy giặt, máy sấy công nghiệp cho cơ sở lưu trú",
        "Máy giặt công nghiệp có động cơ, lồng giặt và khung bền hơn máy gia dụng, xử lý khối lượng lớn ga, khăn, rèm trong thời gian "
        "ngắn và chạy liên tục. Tư vấn chọn giữa máy gia dụng và máy công nghiệp theo quy mô, khối lượng đồ vải mỗi ngày và ngân sách.",
    ),
    (
        "oDo026",
        "vi",
        "smc_load",
        "Tư vấn tính khối lượng đồ giặt để chọn công suất máy giặt công nghiệp",
        "Hướng dẫn ước lượng khối lượng đồ vải khô mỗi ngày để chọn đúng công suất máy; mỗi mẻ chỉ nên nạp 70 đến 80% khối lượng ghi trên "
        "máy (máy 20 kg nạp 16 đến 18 kg) để giặt sạch và bền máy, không nạp quá ít gây lãng phí điện.",
    ),
    (
        "oDo027",
        "vi",
        "theone_faq",
        "Dịch vụ giặt ủi công nghiệp cho khách sạn, nhà hàng, spa, resort",
        "Nhận giặt số lượng lớn đồ vải nhanh, sạch, đúng tiêu chuẩn vệ sinh cho khách sạn, nhà hàng, bệnh viện, spa, resort; giải đáp quy "
        "trình, chi phí, lợi ích, cách chọn đối tác giặt thuê ngoài, đồng thời cung cấp thiết bị nếu cơ sở muốn tự chủ giặt là.",
    ),
    (
        "oDo028",
        "vi",
        "inko_workshop",
        "Tư vấn lắp đặt, mở xưởng giặt là công nghiệp",
        "Thiết kế xưởng giặt là dịch vụ đúng công suất, dễ mở rộng: ưu tiên máy nhỏ để đủ mẻ nhanh; tỷ lệ máy sấy trên máy giặt 1/1 với "
        "sấy hơi, 1,2/1 với sấy điện; sấy điện rẻ, gọn cho xưởng nhỏ, sấy hơi cho xưởng lớn; mỗi mẻ tối đa 1 giờ. Phục vụ giặt ướt, giặt "
        "khô, là hơi cho khách dân sinh.",
    ),
    (
        "oDo029",
        "en",
        "ahla_towel",
        "Towel and linen reuse programme kit",
        "Guests choose whether sheets and towels are changed daily, through tent cards, pillow cards and door hangers. Expect about a 17% "
        "cut in laundry loads and the related water, energy and labour; a 300-room hotel saves about 51,840 gallons of water and 346 "
        "gallons of detergent a year, and linens last longer.",
    ),
    (
        "oDo030",
        "en",
        "guestsupply_towel",
        "Implementing a linen and towel reuse programme",
        "A low-cost water saving: bathroom door hangers (fresh or reuse), placards explaining the programme and simple instructions "
        "(towels on the floor to change, hung up to reuse). Laundry is about 16% of hotel water use, second only to bathrooms; low-flow "
        "showerheads and toilets add further savings.",
    ),
    (
        "oDo031",
        "vi",
        "travelfoundation_towel",
        "Bộ công cụ chương trình dùng lại khăn cho cơ sở lưu trú",
        "Chương trình dùng lại khăn giúp tiết kiệm nước, năng lượng và bột giặt: thẻ đặt trong phòng để khách tự quyết khi nào thay khăn "
        "thay vì thay mỗi ngày. Kèm video hướng dẫn nhiều ngôn ngữ cách triển khai và cách kiểm tra chương trình có được nhân viên làm đúng.",
    ),
    (
        "oDo032",
        "en",
        "hotelbusiness_linen",
        "Linen and towel reuse cards and programme support",
        "Cards on doors and bedside tables invite guests to hang up towels to reuse them or to place a pillow card to keep their sheets. "
        "An average 150-room hotel with 66% guest participation saves about $32,000 a year; the programme already runs in dozens of "
        "hotels of several brands.",
    ),
    (
        "oDo033",
        "en",
        "texas_bedbug",
        "Bed bug prevention programme for hotels",
        "Inspections for early signs (dark stains, blood spots) in bed frames, furniture joints and baseboards; seamless mattress "
        "encasements; whole-room or spot heat treatment to about 120°F that kills all life stages without pesticides; steaming, monitored "
        "traps, hot laundry cycles, isolation of infested items and guest education.",
    ),
    (
        "oDo034",
        "en",
        "lodging_bedbug",
        "Bed bug preparedness and mattress protection for hotels",
        "Training housekeepers to spot infestation signs when changing sheets, mattress and box-spring encasements that save thousands "
        "in disposal costs, and professional extermination with equipment that kills adult bugs and eggs, which hotels do not keep on hand.",
    ),
    (
        "oDo035",
        "en",
        "hotelbedbug_11",
        "Weekly bed bug inspection routine for housekeeping staff",
        "An 11-step inspection added to housekeepers' weekly duties: flashlight checks along the headboard, a card slid between headboard "
        "and wall, bedding pulled back corner by corner, mattress edges, tufts and labels, and bed-skirt creases, so bugs are found before "
        "guests find them.",
    ),
    (
        "oDo036",
        "vi",
        "bedbuggeneral",
        "Chương trình kiểm tra, phát hiện và xử lý rệp giường cho cơ sở lưu trú",
        "Lập quy trình kiểm tra để phòng ngừa và phát hiện sớm rệp giường, huấn luyện nhân viên buồng và bảo trì nhận biết dấu hiệu, dùng "
        "bẫy hoặc hệ thống phát hiện rệp, xử lý và bọc nệm chống rệp; chọn đơn vị diệt côn trùng theo chất lượng chứ không theo giá.",
    ),
    (
        "oDo037",
        "vi",
        "tailieu_buong",
        "Giải pháp nâng cao chất lượng đào tạo nghiệp vụ buồng",
        "Trường Cao đẳng Du lịch Hà Nội phân tích hiện trạng đào tạo nghiệp vụ buồng cho các loại hình cơ sở lưu trú, chỉ ra kết quả và "
        "hạn chế, đề xuất giải pháp phối hợp giữa trường, doanh nghiệp và người lao động để nâng chất lượng nhân lực phục vụ buồng.",
    ),
    (
        "oDo038",
        "vi",
        "sanmarino_sop",
        "Quy trình chuẩn bị và vệ sinh buồng khách cho khách sạn nhỏ",
        "Bộ quy trình vệ sinh buồng xây dựng từ thực tế bộ phận buồng của một khách sạn boutique: chuẩn bị dụng cụ, xe đẩy, thứ tự làm "
        "buồng, kiểm tra sau khi làm; dùng để hướng dẫn, kèm cặp nhân viên buồng mới và thực tập sinh.",
    ),
    (
        "oDo039",
        "vi",
        "scribd_buong",
        "Tư vấn tổ chức bộ phận buồng phòng",
        "Thiết lập chức năng, nhiệm vụ bộ phận buồng: chuẩn bị buồng sẵn sàng đón khách, vệ sinh buồng hằng ngày và khu công cộng, kiểm "
        "tra trang thiết bị khi dọn, phối hợp với lễ tân; chia tổ dọn phòng, giặt ủi, kho vải, vệ sinh công cộng, cây xanh.",
    ),
    # hot water and energy in rooms
    (
        "oDo040",
        "vi",
        "megasun_heatpump",
        "Cung cấp máy bơm nhiệt (heat pump) và lập bài toán kinh tế",
        "Máy heat pump làm nóng nước bằng cách hấp thụ nhiệt từ không khí; so sánh chi phí với các cách làm nóng khác như điện trở, gas, "
        "dầu và lập bài toán kinh tế cho từng công trình.",
    ),
    (
        "oDo041",
        "vi",
        "cnxln_heatpump",
        "Hệ thống nước nóng trung tâm heat pump cho nhà nghỉ, khách sạn, villa",
        "Tiết kiệm 75 đến 80% điện năng so với bình nóng lạnh sợi đốt; mở vòi là có nước nóng, áp lực mạnh, dung lượng lớn; không có "
        "điện trở trong nước nên an toàn; bền, dễ quản lý. Thiết kế, lắp đặt cho biệt thự, resort, nhà nghỉ và khách sạn.",
    ),
    (
        "oDo042",
        "vi",
        "tgbn_heatpump",
        "Phân tích đầu tư và vận hành hệ thống heat pump",
        "Hệ heat pump 300 lít giá 25 đến 40 triệu đồng (bình nóng lạnh 100 lít 5 đến 8 triệu) nhưng phục vụ liên tục 4 đến 6 phòng tắm; "
        "hệ số COP 3,5 đến 4,2, tiết kiệm 60 đến 70% điện; khách sạn 20 phòng tiết kiệm 1 đến 3 triệu đồng mỗi tháng; ít hỏng vặt. Tư "
        "vấn hoàn vốn và bảo trì.",
    ),
    (
        "oDo043",
        "en",
        "aspcv_heatpump",
        "Heat pump in place of LPG boilers for hotel hot water, on rental",
        "A 4-star hotel that burned 35 to 50 kg of LPG a day for bathing water switched to a 28 kW heat pump we installed on the roof in "
        "three days, integrated with the existing calorifier and covering 40 to 90°C. The system came with thermal energy monitoring and "
        "was supplied on rental; the hotel cut its energy bill by 70%.",
    ),
    (
        "oDo044",
        "en",
        "hm_best_energy",
        "Energy-efficient in-room air-conditioning for hotels",
        "Variable-refrigerant PTAC and vertical PTAC units that bring VRF efficiency into guest rooms without a complex central system, "
        "with inverter compressors and fresh-air intake through a MERV 8 filter so the unit draws less electricity; after lighting, "
        "climate control is a hotel's largest energy use.",
    ),
    (
        "oDo045",
        "en",
        "achr_hvac",
        "Hotel HVAC upgrades and maintenance contracts",
        "HVAC contractor services for hotels: replacing motors with electronically commutated motors (20 to 30% more efficient), cleaning "
        "PTAC and VTAC units, adjusting expansion valves, correcting refrigerant charge and changing dirty filters, with a motor "
        "assessment and incentive check to set a return-on-investment benchmark.",
    ),
    (
        "oDo046",
        "en",
        "gln_keycard",
        "Keycard-based guestroom energy management",
        "The guest's room key switches the room between occupied and unoccupied modes, giving guests control while saving energy in empty "
        "rooms; HVAC controls can save up to 45% of in-room energy with a fast payback, suited to 15 to 20-year-old hotels without major "
        "renovation or lost room nights.",
    ),
    (
        "oDo047",
        "en",
        "t4h_energy",
        "Automated guestroom energy management that does not rely on keycards",
        "Guest rooms account for about 90% of wasted electricity, mostly HVAC (70 to 90% of consumption), and guests defeat keycard "
        "switches with a second card. Our automated system detects real occupancy and sets HVAC back when rooms are empty, without "
        "relying on guests.",
    ),
    (
        "oDo048",
        "vi",
        "solarspc_rooftop",
        "Lắp đặt điện mặt trời áp mái dân dụng",
        "Tấm pin Mono PERC, inverter chuỗi hoặc micro, giám sát qua điện thoại: tiết kiệm 50 đến 90% hóa đơn điện, tuổi thọ 25 đến 30 năm, "
        "bảo hành 10 đến 12 năm. Hệ hòa lưới 15 đến 20 triệu đồng cho 3 kWp; hệ hybrid thêm 30 đến 50 triệu cho pin lưu trữ 5 kWh, dùng "
        "được khi mất điện; hệ độc lập cho nơi chưa có lưới.",
    ),
    (
        "oDo049",
        "vi",
        "thanhnien_rooftop",
        "Tập huấn điện mặt trời áp mái cho hộ gia đình và doanh nghiệp",
        "Khóa tập huấn năng lượng sạch hướng tới lực lượng lao động xanh, có doanh nghiệp lắp đặt chia sẻ: bức xạ mặt trời ở Việt Nam "
        "4 đến 5 kWh/m2/ngày, điện mặt trời áp mái giúp cắt giảm hóa đơn điện hằng tháng, phù hợp định hướng Quy hoạch điện VIII.",
    ),
    (
        "oDo050",
        "vi",
        "kiemtoan_nl",
        "Dịch vụ kiểm toán năng lượng",
        "Đo lường, phân tích, đánh giá tiêu thụ năng lượng để xác định tiềm năng tiết kiệm và đề xuất giải pháp, theo Luật sử dụng năng "
        "lượng tiết kiệm và hiệu quả (Luật 50/2010/QH12): giảm chi phí vận hành, nâng hiệu suất thiết bị, tuân thủ quy định, giảm phát thải.",
    ),
    (
        "oDo051",
        "vi",
        "tknl_hanoi",
        "Mô hình quản lý năng lượng và thay đèn tiết kiệm cho khách sạn",
        "Kinh nghiệm một khách sạn 4 sao: lập ban quản lý năng lượng, thay hơn 1.500 bóng sợi đốt 50 W bằng bóng compact 7 W (mỗi bộ tiết "
        "kiệm 43 W), lắp 800 bóng LED ở sảnh có phân lộ, quy định nhân viên tận dụng ánh sáng tự nhiên, tắt đèn khi không dùng. Hỗ trợ "
        "nhân rộng cho cơ sở lưu trú.",
    ),
    # fire safety
    (
        "oDo052",
        "vi",
        "pc17_homestay",
        "Lập phương án chữa cháy mẫu PC17 cho homestay",
        "Soạn phương án chữa cháy của cơ sở theo mẫu PC17 (Nghị định 136): vị trí, các hướng tiếp giáp, giao thông bên trong và bên ngoài "
        "phục vụ chữa cháy, cầu thang, hành lang thoát nạn, khoảng cách đến đội Cảnh sát PCCC và CNCH, các tình huống cháy và cách xử lý; "
        "trình cơ quan công an phê duyệt.",
    ),
    (
        "oDo053",
        "vi",
        "luatlvn_pccc",
        "Tư vấn nội quy và điều kiện PCCC cho khách sạn, nhà nghỉ",
        "Theo khoản 1 Điều 5 Nghị định 136/2020: nội quy, biển cấm, biển báo, sơ đồ chỉ dẫn thoát nạn; lực lượng PCCC tại chỗ được huấn "
        "luyện và thường trực; phương án chữa cháy, thoát hiểm được duyệt; hệ thống điện, chống sét, nguồn nhiệt an toàn; hệ thống báo "
        "cháy, chữa cháy, ngăn khói, thoát nạn đủ số lượng và chất lượng.",
    ),
    (
        "oDo054",
        "en",
        "amavi_pccc",
        "Fire-protection compliance for guesthouses and motels",
        "Guesthouses are on the list of premises that must notify the fire police before opening; those of 5 storeys or more, or "
        "5,000 m3 and above (up to 9 storeys or 25 m), need rules, signs and escape diagrams, assigned fire duties, safe electrical and "
        "heat sources, technical fire procedures and a trained on-site fire team on standby. We prepare the documents and equipment.",
    ),
    (
        "oDo055",
        "vi",
        "pvl_pccc",
        "Tư vấn pháp lý phòng cháy chữa cháy cho nhà nghỉ",
        "Hướng dẫn lập kế hoạch PCCC được phê duyệt trước khi hoạt động; trang bị bình chữa cháy, báo cháy tự động, phun nước, vòi chữa "
        "cháy, đèn thoát hiểm ở hành lang, sảnh, bếp; ít nhất hai lối thoát hiểm độc lập luôn thông thoáng và biển chỉ dẫn rõ ràng; giải "
        "đáp vướng mắc và căn cứ pháp lý.",
    ),
    (
        "oDo056",
        "vi",
        "kimlong_pccc",
        "Cung cấp thiết bị PCCC và đánh giá nguy cơ cháy cho cơ sở lưu trú",
        "Chỉ ra nguyên nhân cháy thường gặp ở khách sạn, nhà nghỉ, nhà trọ: điện cũ, quá tải, ổ cắm và dây sai quy cách, bếp núc, nguồn "
        "nhiệt; cung cấp bình chữa cháy, thiết bị PCCC, kiểm tra định kỳ và hướng dẫn tuân thủ quy định cho cơ sở lưu trú.",
    ),
    (
        "oDo057",
        "vi",
        "hochiki_wireless",
        "Hệ thống báo cháy cục bộ không dây",
        "Đầu báo khói, báo nhiệt không dây đặt ở những chỗ dễ cháy, gửi tín hiệu về bảng điều khiển trung tâm khi phát hiện khói hoặc nhiệt "
        "bất thường; không cần khoan tường, kéo dây, hoạt động độc lập với hệ thống của tòa nhà, lắp nhanh và rẻ hơn hệ có dây.",
    ),
    (
        "oDo058",
        "vi",
        "nexthome_alarm",
        "Hệ thống báo cháy thông minh tích hợp nhà thông minh",
        "Trung tâm báo cháy, đầu báo khói, nhiệt, gas và thiết bị ngoại vi tích hợp với hệ SmartHome, cảnh báo tức thời khi có cháy; tư "
        "vấn cấu tạo, nguyên lý, ưu nhược điểm và chọn hệ thống cho nhà ở.",
    ),
    (
        "oDo059",
        "vi",
        "resident_alarm",
        "Lắp đặt hệ thống báo cháy cho nhà trọ, phòng cho thuê",
        "Hướng dẫn lắp đặt và bảo trì hệ thống báo cháy cho khu phòng cho thuê diện tích nhỏ, đông người, lối thoát hạn chế: đầu báo khói, "
        "nhiệt, chuông, còi, đèn báo, vị trí lắp và các lưu ý để hệ thống chạy ổn định với chi phí tiết kiệm.",
    ),
    (
        "oDo060",
        "en",
        "safetyclarity_fire",
        "Fire safety compliance for hotels, B&Bs and guest houses",
        "A written fire risk assessment reviewed regularly, L2 detection for sleeping accommodation, self-closing fire doors on "
        "bedrooms, emergency lighting and signs for guests who do not know the building, fire training for all staff including night "
        "porters, and fire information for every guest; scaled for small B&Bs as well as hotels.",
    ),
    (
        "oDo061",
        "vi",
        "scot_bb_fire",
        "Hướng dẫn thực hành an toàn cháy cho B&B và nhà tự phục vụ nhỏ",
        "Bộ hướng dẫn cho cơ sở nhỏ: nhà tự phục vụ tối đa 10 người, B&B trong nhà chủ tối đa 8 khách, lối thoát từ phòng ngủ qua sảnh "
        "ra ngoài, không bố trí khách dưới tầng trệt hay trên tầng một, mỗi tầng dưới 200 m2; giúp chủ nhà hiểu trách nhiệm và các "
        "bước cần làm để khách an toàn khi có cháy.",
    ),
    (
        "oDo062",
        "en",
        "iloveinns_fire",
        "Fire prevention advice and safety products for inns",
        "Lessons from real inn fires (lightning at 2 a.m., old wiring, a roof lost in 20 minutes): install fire alarms and emergency "
        "lights, keep every safety feature working, and provide escape ladders for upper floors. Written by innkeepers for owners of "
        "small lodgings.",
    ),
    (
        "oDo063",
        "en",
        "inncaring_fire",
        "Emergency lighting and extinguisher set-up for small inns",
        "Plug-in emergency lights that come on in a power failure for rooms, halls and stairs (models with a spare outlet so housekeepers "
        "do not unplug them), bedside flashlights with regular battery checks, and at least one 5-pound fire extinguisher on each floor "
        "plus the kitchen and any room with a fireplace.",
    ),
    (
        "oDo064",
        "en",
        "sec_hotel_alarm",
        "Fire alarm and smoke annunciation for hotels and motels",
        "Fire alarm installation for hotels and motels: smoke alarms in every guest room, visual alarm appliances in sleeping rooms, and "
        "annunciation at the front desk when a room smoke sensor activates; existing 120 V AC smoke alarms can be retrofitted with "
        "listed relays that report to reception.",
    ),
    (
        "oDo065",
        "en",
        "maple_central",
        "Centralised fire alarm panel for hotels",
        "Interconnected smoke detectors in every guest room report to a central monitoring panel at the front desk or security office, "
        "which shows in real time which room or area raised the alarm so staff respond quickly; can be linked to building management "
        "systems for notifications.",
    ),
    (
        "oDo066",
        "en",
        "hstn_smoke",
        "Smoke detector supply and placement for hotels",
        "Detectors in every guest room near the centre of the ceiling, in corridors and emergency stairs; low-sensitivity smoke or heat "
        "detectors in kitchens; coverage of meeting rooms, public areas and storage; none in bathrooms or near vents to avoid false "
        "alarms; periodic inspection and maintenance.",
    ),
    (
        "oDo067",
        "en",
        "fireandsecurity_alarm",
        "Choosing and maintaining a hotel fire alarm system",
        "Help selecting the right fire alarm system for a hotel: types of detection, early warning for a swift evacuation, installation "
        "and maintenance best practice and new trends, to protect guests, staff and property.",
    ),
    # guest registration
    (
        "oDo068",
        "en",
        "vnplus_foreigner",
        "Online registration of foreign guests' stays",
        "Hosts create an account on the provincial police immigration website and enter each foreign guest's name, gender, nationality, "
        "date of birth and passport number on arrival. Hotels report that it saves time, labour and trips to the ward police station; "
        "about two million foreigners were registered this way in Hanoi within a year.",
    ),
    (
        "oDo069",
        "en",
        "vninsider_residence",
        "Legal guidance on temporary residence declarations for foreign guests",
        "Under Article 33 of the 2014 Law on Entry, Exit, Transit and Residence of Foreigners, the person managing the accommodation "
        "declares foreign guests to the local police within 12 hours (24 in remote areas). Hotels transmit through an internet "
        "connection to the provincial immigration agency; other establishments with internet may send declarations directly.",
    ),
    (
        "oDo070",
        "en",
        "nhigia_residence",
        "Temporary residence registration service for foreigners",
        "We handle temporary residence declarations for hotels, serviced apartments, rented houses and private residences: full name, "
        "gender, date of birth, nationality, passport number, expected stay and address, updated when guests move or renew passports. "
        "The records support visa extensions, temporary residence cards and work permits.",
    ),
    (
        "oDo071",
        "vi",
        "phaply_tamtru",
        "Hướng dẫn khai báo tạm trú người nước ngoài qua trang thông tin điện tử",
        "Theo Thông tư 53/2016 của Bộ Công an: khách sạn khai báo qua trang thông tin điện tử; cơ sở lưu trú khác chọn trang điện tử "
        "hoặc phiếu khai báo, khuyến khích dùng trang điện tử. Người khai báo vào trang của Phòng Quản lý xuất nhập cảnh công an tỉnh, "
        "cung cấp tên, loại hình, địa chỉ, điện thoại, email cơ sở và giấy tờ cá nhân để nhận tài khoản.",
    ),
    (
        "oDo072",
        "vi",
        "thongtinduan_register",
        "Hướng dẫn thủ tục thông báo lưu trú",
        "Giải thích lưu trú là ở lại một nơi ngoài nơi cư trú trong thời gian ngắn, cơ sở pháp lý quản lý khách vãng lai (đi du lịch, "
        "thăm thân, chữa bệnh), nơi và cách khai báo lưu trú, việc công an kiểm tra định kỳ, đột xuất và xử phạt khi không thông báo.",
    ),
    (
        "oDo073",
        "vi",
        "propertyplus_residence",
        "Dịch vụ khai báo tạm trú cho khách nước ngoài tại nhà cho thuê",
        "Khai báo trong 12 đến 24 giờ kể từ khi người nước ngoài đến cơ sở lưu trú (khách sạn, nhà khách, nhà riêng...); trách nhiệm thuộc "
        "chủ cơ sở hoặc người đứng tên hợp đồng thuê. Thiếu xác nhận tạm trú sẽ vướng thủ tục cấp thị thực, thẻ tạm trú, lý lịch tư pháp "
        "và giấy phép lao động.",
    ),
    (
        "oDo074",
        "en",
        "iguide_residence",
        "Plain-language explainer on foreigners' temporary residence declaration",
        "Summary of Article 33: declarations go through the accommodation manager to commune or ward police; the manager completes the "
        "form and forwards it within 12 hours, or 24 hours in remote areas; tourist accommodation with internet access transmits "
        "electronically.",
    ),
    # food hygiene for breakfasts
    (
        "oDo075",
        "vi",
        "vndoc_hotel_food",
        "Giải pháp bảo đảm vệ sinh an toàn thực phẩm tại khách sạn",
        "Từ khảo sát các khách sạn ở Hà Nội: thách thức là nguồn thực phẩm không rõ ràng, chế biến sai quy trình, thiếu người có chuyên "
        "môn; đề xuất kiểm soát nguồn gốc, quy trình chế biến và bảo quản, đào tạo nhân viên để bảo vệ sức khỏe khách và uy tín cơ sở.",
    ),
    (
        "oDo076",
        "vi",
        "pvl_food",
        "Tư vấn pháp lý vệ sinh an toàn thực phẩm cho khách sạn",
        "Giải thích nghĩa vụ bắt buộc với khách sạn có dịch vụ ăn uống: kiểm tra nguồn gốc nguyên liệu, kiểm soát bảo quản, chế biến, "
        "phục vụ, vệ sinh dụng cụ và khu bếp; trách nhiệm của quản lý, ví dụ thực tế, vướng mắc thường gặp và căn cứ pháp lý.",
    ),
    (
        "oDo077",
        "en",
        "nhp_bb_food",
        "Essential food safety e-learning for B&B operators",
        "Online course covering hygiene under EU Regulation 852/2004, registering the food business, temperature control and monitoring "
        "suited to the scope of preparation, tracing food back to suppliers under Regulation 178/2002, food safety training, food waste "
        "rules and certification.",
    ),
    (
        "oDo078",
        "vi",
        "rw_buffet",
        "Tư vấn tuân thủ an toàn thực phẩm cho quầy buffet sáng",
        "Danh mục kiểm tra cho buffet sáng: giữ món nóng từ 135°F (57°C) trở lên, món lạnh từ 41°F (5°C) trở xuống, đo bằng nhiệt kế "
        "hiệu chuẩn trước giờ phục vụ; ghi nhãn chất gây dị ứng cạnh từng món; huấn luyện nhân viên thao tác buffet và kiểm tra định kỳ.",
    ),
    (
        "oDo079",
        "en",
        "startbb_food",
        "Food hygiene set-up for a B&B kitchen",
        "A B&B is a food business: register with the local authority before opening, then prepare for the environmental health visit "
        "with a kitchen that separates raw meat from ready-to-eat food, smooth cleanable surfaces, good light and ventilation, constant "
        "hot water and drinkable cold water, antibacterial hand soap, clean clothing and correct fridge storage.",
    ),
    (
        "oDo080",
        "en",
        "bbfoodcourse",
        "Food safety plan course for bed and breakfasts",
        "A course on potentially hazardous foods at B&Bs, with attention to rural houses where food is bought infrequently and stored "
        "long, and to produce bought directly from farms or other unapproved sources; teaches safe serving practice to prevent illness "
        "and a bad reputation.",
    ),
    (
        "oDo081",
        "en",
        "lancs_food",
        "Level 2 food hygiene course and food safety management pack",
        "A six-hour Level 2 food hygiene course with test and certificate, plus help setting up the required food safety management "
        "system with the Safer Food Better Business pack (folder and DVD), a basic fridge thermometer and a simple daily tick sheet for "
        "small guest houses.",
    ),
    (
        "oDo082",
        "en",
        "docsbay_stirling",
        "Simplified HACCP guide for small B&Bs serving breakfast",
        "A tailored HACCP-based food safety system for B&Bs with 3 or fewer guest rooms serving only a cooked-to-order breakfast: "
        "getting started, the law explained, facilities (fridges, sinks), hygiene guide, house rules and record sheets, lighter than "
        "full catering systems.",
    ),
    # water supply and wastewater
    (
        "oDo083",
        "vi",
        "mlnv_phen",
        "Lọc nước giếng khoan nhiễm phèn",
        "Xử lý nước giếng có phèn sắt, nhôm vượt mức, màu vàng đục, mùi tanh do đất phèn, ô nhiễm hoặc ống kim loại bị ăn mòn, tránh rối "
        "loạn tiêu hóa và bệnh ngoài da; cung cấp phương pháp và thiết bị lọc phèn cho hộ gia đình nông thôn.",
    ),
    (
        "oDo084",
        "vi",
        "myco_gieng",
        "Bể lọc nước giếng khoan nhiều lớp vật liệu",
        "Bộ lọc gồm sỏi, than hoạt tính khử mùi, cát thạch anh làm trong, cát mangan khử sắt và mangan, Filox loại asen, có dàn phun mưa "
        "oxy hóa trước khi lọc; chi phí thấp, dễ làm, loại bỏ sắt, asen, mangan và giảm vi khuẩn gây bệnh đường ruột.",
    ),
    (
        "oDo085",
        "vi",
        "huthamcau_filter",
        "Hệ thống lọc và khử trùng nước sinh hoạt (RO, than hoạt tính, UV)",
        "Kết hợp lọc thô, lọc tinh, màng RO, than hoạt tính và đèn UV để xử lý vi khuẩn, kim loại nặng, tạp chất hữu cơ cho nước giếng "
        "khoan, nước mưa, nước mặt; phân tích chất lượng theo QCVN và WHO để chọn cấu hình cho từng nguồn nước.",
    ),
    (
        "oDo086",
        "vi",
        "thietbimt_filter",
        "Dịch vụ thay lõi lọc nước định kỳ",
        "Giải thích vì sao phải thay lõi hệ thống lọc nước theo định kỳ và nhận thay thế, bảo dưỡng lõi lọc để hệ thống giữ hiệu quả xử lý.",
    ),
    (
        "oDo087",
        "en",
        "memart_analysis",
        "Well-water composition analysis and treatment advice",
        "Analysis of borehole water: dissolved minerals, heavy metals such as iron, manganese and arsenic, and gases such as hydrogen "
        "sulphide and methane; quality indicators, health effects, analysis methods and matching treatment options for household use.",
    ),
    (
        "oDo088",
        "en",
        "lachong_pac",
        "Research on supply-water treatment with powdered activated carbon and membranes",
        "A university study (Lac Hong University, 2013) on treating supply water with powdered activated carbon combined with membrane "
        "filtration; laboratory results available to partners.",
    ),
    (
        "oDo089",
        "en",
        "rwtanks_hotels",
        "Rainwater tanks for hotels and restaurants",
        "Hotels use 84 to 2,000 litres per person per day and up to 3,500 litres per bedroom per day; collected rainwater is a backup "
        "during droughts or supply cuts. Poly, stainless-steel and concrete tanks in many sizes, low-maintenance components and a good "
        "return on investment.",
    ),
    (
        "oDo090",
        "vi",
        "gwp_rwh",
        "Thu gom nước mưa để tái sử dụng tại chỗ",
        "Thu nước mưa từ mái và bề mặt, dẫn qua máng, ống vào bể chứa bằng vật liệu trơ, tốt nhất đặt ngầm tránh ánh sáng để hạn chế tảo; "
        "phù hợp nơi mưa trên 400 mm/năm; dùng xả bồn cầu, tưới, rửa, giảm nhu cầu nước cấp và cải thiện nước ngầm.",
    ),
    (
        "oDo091",
        "vi",
        "mtx_household_ww",
        "4 cách xử lý nước thải sinh hoạt tại nhà",
        "Tư vấn của Môi Trường Xanh ARES: xử lý nước thải nhà bếp (dầu mỡ, vụn thức ăn), nhà tắm, giặt (xà phòng) và bồn cầu bằng phương "
        "pháp đơn giản, tiết kiệm, thân thiện môi trường, tránh ô nhiễm nước ngầm và mùi hôi quanh nhà.",
    ),
    (
        "oDo092",
        "vi",
        "mtx_decentral",
        "Giải pháp xử lý nước thải phi tập trung cho hộ gia đình và cơ sở",
        "Xử lý tại chỗ hoặc theo cụm nhỏ cho nơi chưa có hệ thống thoát nước tập trung, theo Nghị định 80/2014/NĐ-CP và Thông tư "
        "04/2015/TT-BXD; tư vấn khu vực áp dụng và giải pháp kỹ thuật cho hộ gia đình, cơ sở riêng lẻ ở nông thôn.",
    ),
    (
        "oDo093",
        "en",
        "tailieuxanh_septic",
        "Study of septic tank use and faecal sludge management",
        "Research on how households use and manage their septic tanks, with analysis of sludge composition and properties, proposing "
        "measures to restore treatment capacity and to manage septic sludge.",
    ),
    (
        "oDo094",
        "en",
        "tailieu_lowcost",
        "Low-cost decentralised sanitation engineering",
        "Lecture material from the Institute of Environmental Science and Engineering (Hanoi University of Civil Engineering) on water "
        "supply and sanitation in Vietnamese towns and villages and a decentralised, low-cost, sustainable approach instead of copying "
        "large centralised systems.",
    ),
    (
        "oDo095",
        "en",
        "iwa_thai_cw",
        "Subsurface-flow constructed wetlands for homestays and resorts",
        "Wetlands planted mainly with canna treated wastewater at three resorts in Amphawa, Thailand, to building effluent standard Type C "
        "(BOD and TKN below 40 mg/L, suspended solids below 50 mg/L). Design constants: 0.24 per day for raw organic wastewater and 0.40 "
        "to 0.45 per day for other domestic wastewater.",
    ),
    (
        "oDo096",
        "en",
        "mdpi_cw_hotel",
        "Review of constructed wetlands for wastewater in the hospitality industry",
        "A 2023 review (Hydrology 10(7):153) of constructed wetlands as nature-based, on-site domestic wastewater treatment for hotels "
        "and tourism facilities, bringing together scattered technical and scientific evidence for operators.",
    ),
    (
        "oDo097",
        "vi",
        "unl_cw",
        "Đất ngập nước kiến tạo xử lý nước sau bể tự hoại",
        "Hướng dẫn thiết kế, lắp đặt, bảo dưỡng bãi lọc trồng cây xử lý nước ra khỏi bể tự hoại cho nhà không nối cống chung, phù hợp nơi "
        "đất thấm chậm; nước sau bể còn vi khuẩn, virus, chất hữu cơ, dinh dưỡng nên cần xử lý tiếp; do kỹ sư chuyên nghiệp thiết kế.",
    ),
    (
        "oDo098",
        "en",
        "permaculture_cw",
        "Constructed wetland design for blackwater and greywater",
        "Low-cost ecological wetlands that mimic natural ones: plants slow the flow, trap solids and host microorganisms that transform "
        "pollutants. Suitable for blackwater and for greywater from laundry, dishwashing and bathing; built by excavating, backfilling, "
        "grading and installing flow controls, then planting.",
    ),
    (
        "oDo099",
        "en",
        "actahydro_lodges",
        "Performance analysis of small wastewater plants for remote lodges",
        "An engineering study of how small wastewater treatment plants perform at mountain lodges, offered as an assessment of small "
        "on-site plants for remote accommodation.",
    ),
    (
        "oDo100",
        "vi",
        "ctu_hdpe_biogas",
        "Túi ủ biogas HDPE cho hộ chăn nuôi heo",
        "Đại học Cần Thơ lắp 3 túi ủ HDPE và 1 túi PE tại 4 hộ ở huyện Bình Tân, Vĩnh Long để xử lý chất thải chăn nuôi heo: hiệu suất "
        "70 đến 85%; túi HDPE làm từ vải địa kỹ thuật bền hơn, lắp nhanh, dễ khắc phục sự cố, chi phí hợp với nông hộ.",
    ),
    (
        "oDo101",
        "en",
        "tiengiang_biogas",
        "Survey of biogas use in Mekong Delta households",
        "Can Tho University and Aarhus University interviewed 100 households in Tien Giang: of 65 biogas users, 41 reported less disease "
        "after building a digester, 22 connected their toilet to it and 26 saved time through quicker cooking; evidence for wider use of "
        "household digesters.",
    ),
    (
        "oDo102",
        "en",
        "hyacinth_biogas",
        "Water hyacinth and rice straw as extra feed for biogas digesters",
        "Lab-scale 35-day co-digestion of pig manure with water hyacinth or rice straw shows that Mekong Delta farmers can keep digesters "
        "running when pig manure is short, or even without it.",
    ),
    (
        "oDo103",
        "vi",
        "tailieuebook_biogas",
        "Khảo sát xây dựng hầm ủ biogas cho hộ chăn nuôi",
        "Khảo sát hầm ủ biogas ở hộ chăn nuôi: hơn 80% hộ dùng biogas xử lý chất thải, hiệu suất khoảng 75 đến 80%; giảm mùi hôi, hạn chế "
        "dịch bệnh, tạo khí đốt cho sinh hoạt và phân bón cho nông nghiệp sạch.",
    ),
    # staff training in service and languages
    (
        "oDo104",
        "vi",
        "titc_training",
        "Tập huấn kỹ năng đón tiếp và ngoại ngữ cho người dân làm du lịch cộng đồng",
        "Chương trình tập huấn cho người dân bản địa làm homestay và dịch vụ: kỹ năng giao tiếp, giải quyết tình huống, xử lý phàn nàn, "
        "an toàn cơ bản (sơ cứu, vệ sinh thực phẩm) và ngoại ngữ, như đã triển khai ở làng cổ Phước Tích, Pù Luông, Y Tý, giúp du lịch "
        "cộng đồng chuyên nghiệp và lợi ích quay về cộng đồng.",
    ),
    (
        "oDo105",
        "en",
        "hoabinh_english",
        "English and communication skills class for rural tourism workers",
        "A week-long class run by the provincial Department of Culture, Sports and Tourism for staff, households and cooperatives at "
        "community tourism sites: basic English plus communication and conduct skills for serving tourists, within a programme aiming "
        "to train 80% of rural tourism workers and to have at least one fluent foreign-language speaker at each destination.",
    ),
    (
        "oDo106",
        "vi",
        "camha_english",
        "Lớp tiếng Anh miễn phí cho phụ nữ làm du lịch, bán hàng",
        "Hội Phụ nữ xã phối hợp trung tâm ngoại ngữ dạy miễn phí: học viên chưa theo kịp được kèm riêng tại lớp, học từ cơ bản rồi chia "
        "nhóm đóng vai người bán và khách để luyện giao tiếp, chỉ đường, giới thiệu nông sản, dịch vụ của gia đình bằng tiếng Anh.",
    ),
    (
        "oDo107",
        "en",
        "everywhere_english",
        "Tailored hospitality English training for hotel teams",
        "Practical English for hotel and restaurant teams: guest check-ins, complaint handling, safety instructions and menu "
        "explanations, starting from a custom needs analysis, delivered online inside or outside working hours; training also helps "
        "keep staff in a sector with about 73 to 80% annual turnover.",
    ),
    (
        "oDo108",
        "en",
        "masha_english",
        "English lessons built for hospitality workers",
        "Lesson paths for arrival language (greetings, check-in, confirming details), service language (explaining options, "
        "recommending, checking satisfaction), problem-solving language (complaints, apologising, next steps) and team language for "
        "handovers, with attention to tone, clarity and speed on every shift.",
    ),
    (
        "oDo109",
        "vi",
        "jamesmorris_3a",
        "Chương trình 3A tiếng Anh nghiệp vụ khách sạn",
        "Chương trình đào tạo người mới vào nghề phục vụ khách quốc tế: dịch vụ khách sạn, ngôn ngữ phục vụ bằng tiếng Anh, giao tiếp liên "
        "văn hóa; gồm giáo trình, hướng dẫn giảng viên, 24 video, 108 bài tập trực tuyến, 12 bài kiểm tra, hệ thống quản lý học tập và "
        "chứng nhận qua thi viết, thi nói do người bản ngữ chấm.",
    ),
    (
        "oDo110",
        "vi",
        "etp_tesol",
        "Tư vấn chọn và sử dụng giáo trình tiếng Anh du lịch",
        "Tiêu chí chọn giáo trình tiếng Anh du lịch, khách sạn: ngôn ngữ chức năng, ngữ cảnh thực tế như đặt phòng, xử lý phàn nàn, giới "
        "thiệu tour; đánh giá các bộ giáo trình quốc tế phổ biến và cách dùng để đào tạo nhân viên dịch vụ.",
    ),
    (
        "oDo111",
        "vi",
        "tailieu_letan",
        "Giáo trình tổ chức giám sát và đào tạo tại bộ phận lễ tân",
        "Giáo trình của Trường Cao đẳng nghề Du lịch Vũng Tàu: kỹ năng của người giám sát; giám sát nhân viên, tài sản, nghiệp vụ, doanh "
        "thu và hoạt động bán buồng tại lễ tân; đánh giá hiệu quả làm việc; xác định nhu cầu, lập kế hoạch, thực hiện và đánh giá đào tạo.",
    ),
    (
        "oDo112",
        "vi",
        "tieuchuan_letan",
        "Tiêu chuẩn kỹ năng nghề du lịch quốc gia nghề Lễ tân",
        "Bộ tiêu chuẩn do Bộ Văn hóa, Thể thao và Du lịch xây dựng năm 2015, tham chiếu VTOS (dự án do EU tài trợ) và tiêu chuẩn năng lực "
        "chung ASEAN theo thỏa thuận MRA-TP: chuẩn mực thực hành tối thiểu cho công việc lễ tân, dùng để đào tạo, đánh giá và cấp chứng "
        "chỉ kỹ năng nghề.",
    ),
    (
        "oDo113",
        "en",
        "nhatrang_english",
        "Assessing the English competence of hotel staff",
        "Master's research (VNU University of Social Sciences and Humanities, 2019) that assessed the English ability of staff at two "
        "4-star hotels in Nha Trang, offered as a method for evaluating staff language competence.",
    ),
    # accessibility and homestay standards
    (
        "oDo114",
        "en",
        "smartorder_accessible",
        "Guide and checklist for accessible hotel rooms",
        "Rooms designed by need: mobility-accessible rooms with wide doorways, a clear turning radius and fixtures reachable from a seat; "
        "hearing-accessible rooms where alarm clock, phone and fire alarm flash as well as ring; legal requirements, universal design and "
        "operating practice so listings prove accessibility before guests pay.",
    ),
    (
        "oDo115",
        "en",
        "allclass_access",
        "Making a B&B more accessible on a small budget",
        "Low-cost changes: a simple ramp at the most convenient entrance, furniture arranged for clear paths, hard floors and anchored "
        "low-pile rugs, ground-floor rooms adapted instead of installing a lift, and bedrooms with enough space for wheelchairs and walkers.",
    ),
    (
        "oDo116",
        "vi",
        "accessibletravel_10",
        "10 việc nhỏ giúp khách sạn tiếp cận tốt hơn cho người khuyết tật",
        "Lỗ nhìn cửa và móc treo ở độ cao cho người ngồi xe lăn; giữ bàn gần quầy buffet cho khách xe lăn, khiếm thị; đón chó hỗ trợ; "
        "phục vụ trực tiếp khách xe lăn; thư mục điểm tham quan tiếp cận được; hỏi ý kiến người khuyết tật và chuyên gia; tránh thảm dày.",
    ),
    (
        "oDo117",
        "en",
        "wheelchairtraveling",
        "Room design for manual and power wheelchair users",
        "Zero-step entry, doors at least 36 inches with offset hinges, peephole and keycard reader at 42 to 48 inches, rocker switches at "
        "48 inches or lower; beds 20 to 23 inches high with 5 to 7 inches clearance for a hoist and 36 inches around; roll-in curbless "
        "showers with fold-down benches and handheld showerheads.",
    ),
    (
        "oDo118",
        "en",
        "kepotimes_access",
        "Accessible hotel features and staff training",
        "A guide to wheelchair-accessible hotels: room and amenity features, convenient parking, how accessibility standards differ by "
        "country, booking platforms for travellers with disabilities, and staff training and communication protocols.",
    ),
    (
        "oDo119",
        "vi",
        "ats_criteria",
        "Bộ tiêu chí Tiêu chuẩn Homestay ASEAN",
        "Tiêu chí chủ nhà: làng có tối thiểu 5 người đăng ký, chủ nhà không tiền án, sức khỏe tốt, hoàn thành khóa học cơ bản về homestay; "
        "làng gần điểm du lịch tự nhiên hoặc văn hóa, có khu vực cộng đồng để đón khách, biểu diễn. Nhà kết cấu tốt, kiến trúc đặc trưng "
        "địa phương, buồng ngủ cho khách tách biệt.",
    ),
    (
        "oDo120",
        "vi",
        "homestay_manual",
        "Tài liệu hướng dẫn vận hành du lịch lưu trú tại nhà dân",
        "Sổ tay cho hộ làm homestay: đón khách sạch sẽ, thoải mái, an toàn, giới thiệu ẩm thực và văn hóa; tổ chức hoạt động như ngắm "
        "chim, đi thuyền, thăm làng kèm mức độ khó; tờ giới thiệu, danh thiếp, biển đón khách; sổ thu chi và báo cáo lãi lỗ để vay vốn "
        "mở rộng.",
    ),
    (
        "oDo121",
        "en",
        "vdocuments_tcvn",
        "Draft national standard for homestays (revision of TCVN 7800:2009)",
        "Explanatory note for the draft national standard on houses with rooms let to tourists, revising TCVN 7800:2009: background on "
        "homestays in Vietnam since the 1980s and 1990s and the requirements proposed for this type of accommodation.",
    ),
    # online reviews
    (
        "oDo122",
        "vi",
        "booking_vi_reply",
        "Hướng dẫn phản hồi đánh giá của khách trên Booking.com",
        "Trả lời mọi đánh giá có bình luận đã duyệt, câu trả lời hiện ngay dưới đánh giá trên trang chỗ nghỉ: vào mục Đánh giá của khách "
        "trong extranet, nhấn Trả lời rồi Gửi; phải trả lời bằng ngôn ngữ của đánh giá hoặc tiếng Anh; coi đánh giá tiêu cực là cơ hội "
        "cải thiện.",
    ),
    (
        "oDo123",
        "vi",
        "booking_vi_reviews",
        "Xem đánh giá và điểm của khách trong extranet Booking.com",
        "Mục Đánh giá của khách hiển thị mọi đánh giá trong 24 tháng (mới nhất ở trên), điểm trung bình, điểm từng hạng mục như vị trí, "
        "sạch sẽ và điểm bổ sung cho bữa sáng, Wi-Fi; kèm tên khách, mã đặt phòng, bình luận và nút Phản hồi.",
    ),
    (
        "oDo124",
        "vi",
        "booking_vi_delete",
        "Yêu cầu xóa đánh giá của khách trên Booking.com",
        "Các trường hợp được xóa: khách hủy và xác nhận không đến; chỗ nghỉ hủy trước ít nhất 24 giờ; đơn vắng mặt và đánh giá không nêu "
        "trải nghiệm; hủy vì thẻ tín dụng không hợp lệ; khách đánh giá nhầm chỗ nghỉ; khách dùng đánh giá để tống tiền (cần bằng chứng "
        "văn bản). Khách đến nhưng không ở lại vẫn được đánh giá.",
    ),
    (
        "oDo125",
        "vi",
        "kenhota_reviews",
        "Tuyệt chiêu trả lời 3 kiểu review của khách",
        "Trả lời 100% review 1 đến 2 sao, 50% review 3 sao, 25% review 4 đến 5 sao, trong vòng 24 giờ tính từ lúc khách viết; cách trả "
        "lời review xấu, trung tính và tốt theo tài liệu của Revinate, công ty chuyên quản lý review.",
    ),
    (
        "oDo126",
        "vi",
        "oxu_reviews",
        "Xử lý đánh giá xấu trên OTA mà vẫn chuyên nghiệp",
        "Phân tích nguyên nhân review xấu (kỳ vọng quá cao, check-in chậm, vệ sinh chưa đạt, nhân viên mới, sai giá, phụ thu), các bước "
        "khi bị đánh giá tiêu cực trên Booking.com, Agoda, Traveloka, cách phản hồi để khách hài lòng, điều tuyệt đối không làm và quy "
        "trình quản lý đánh giá để tăng điểm lâu dài.",
    ),
    (
        "oDo127",
        "en",
        "mckibbon_reviews",
        "Review response best practices for hotels",
        "97% of consumers read review responses: reply within 24 hours to 1 to 3-star reviews and within 48 hours to the rest, address "
        "reviewers by their display name, thank them first, read every review in full, write unique replies rather than copy-paste, and "
        "address the specific positive and negative points.",
    ),
    (
        "oDo128",
        "en",
        "stmem_tripadvisor",
        "TripAdvisor's tips for responding to reviews",
        "From TripAdvisor's head of industry relations: respond quickly, keep a professional tone whatever the concern, avoid jargon, "
        "capitals and symbols, and highlight the changes you have made; each reply is read by hundreds of potential customers.",
    ),
    (
        "oDo129",
        "en",
        "inciteresponse",
        "Hotel review response service",
        "We write unscripted replies to reviews for hotels, addressing both the reviewer and future guests: friendly and factual even "
        "when a review is unfair, removal requests only for slanderous or profane content, replies to every review including the "
        "positive ones, each ending with an invitation to return.",
    ),
    (
        "oDo130",
        "vi",
        "hotelexec_primer",
        "Quản lý danh tiếng trực tuyến cho khách sạn",
        "Trả lời 13 câu hỏi thường gặp về quản lý danh tiếng: vì sao đánh giá tiêu cực quan trọng, cải thiện danh tiếng bằng sửa lỗi vận "
        "hành chứ không bằng quảng cáo, theo dõi đánh giá trên TripAdvisor và các mạng khác, chuyển thông tin cho ban quản lý để hành động.",
    ),
    # distractors: neighbouring fields that share words with the needs
    (
        "oDo131",
        "vi",
        "floatingmarket",
        "Nghiên cứu khai thác chợ nổi phục vụ du lịch",
        "Kết quả nghiên cứu sự hình thành, phát triển chợ nổi Đồng bằng sông Cửu Long, hiện trạng khai thác du lịch, điểm mạnh, điểm yếu; "
        "kiến nghị của 129 trên 400 du khách ở chợ nổi Cái Bè, Cái Răng và 27 trên 80 thương hồ, kế hoạch của 8 cơ quan quản lý; giải pháp "
        "bảo tồn chợ nổi.",
    ),
    (
        "oDo132",
        "vi",
        "kinhtedothi_cleaning",
        "Dịch vụ dọn nhà đón Tết cho hộ gia đình",
        "Dọn dẹp, kê lại nội thất căn hộ 60 đến 70 m2 giá 200.000 đến 250.000 đồng ngày thường, 400.000 đến 500.000 đồng cận Tết; tổng vệ "
        "sinh nhà 80 đến 100 m2 1,2 đến 1,5 triệu đồng; đánh bóng sàn 10.000 đến 12.000 đồng/m2, lau kính đu dây 8.000 đến 15.000 đồng/m2.",
    ),
    (
        "oDo133",
        "en",
        "megasun_industrial",
        "Economic case for industrial heat pump systems",
        "Economic analysis of industrial-scale heat pump systems for factories and processing lines, comparing running costs with "
        "boilers and other heating methods.",
    ),
    (
        "oDo134",
        "en",
        "setech_dryer",
        "Solar-powered dryer for farm produce",
        "A modular solar drying system for paddy, straw and seafood: a small module with a 2.5 by 4 by 2 m chamber dries 100 to 150 kg of "
        "fresh produce per batch at 30 to 65°C, and modules can be linked for more capacity; no more drying on roads or losses to rain.",
    ),
    (
        "oDo135",
        "vi",
        "wecare_dryer",
        "Nhà sấy nông sản dùng năng lượng mặt trời",
        "Nhà sấy lợp tấm polycarbonate trong suốt chống tia UV tạo hiệu ứng nhà kính, chỉ dùng một tấm pin nhỏ chạy quạt, gần như không tốn "
        "chi phí vận hành; giảm thất thoát sau thu hoạch vốn 20 đến 25%, công nghệ của ĐH Silpakorn (Thái Lan) do dự án WeCare giới thiệu.",
    ),
    (
        "oDo136",
        "en",
        "pigfarm_solar",
        "Rooftop solar for livestock farms",
        "Case of a 10,000-sow pig farm that covered half its barn roofs with 1.4 MW of panels for nearly 16 billion VND, halved a monthly "
        "bill of 150 million VND and sells 180 to 200 million VND of surplus power a month without battery storage, with payback expected "
        "in about 8 years.",
    ),
    (
        "oDo137",
        "vi",
        "lge_parking_solar",
        "Mái nhà để xe lắp tấm pin năng lượng mặt trời",
        "Tận dụng mái nhà để xe của siêu thị, bệnh viện, trường học để lắp tấm pin (giá 9.000 đến 17.000 đồng/W từ tháng 10/2017) cấp điện "
        "chiếu sáng và camera an ninh, hệ hòa lưới có dự trữ.",
    ),
    (
        "oDo138",
        "vi",
        "vietnamnet_dryer",
        "Máy sấy nông sản tự động dùng năng lượng mặt trời",
        "Máy do một giáo viên vật lý chế tạo: bộ thu nhiệt khung sắt, ống lấy nhiệt, tấm kính trong và buồng sấy hai tủ có khay lưới, bộ "
        "thu nước, đồng hồ nhiệt; sấy khô cá, chuối không bị ruồi, bụi bám, không phụ thuộc những ngày nắng yếu.",
    ),
    (
        "oDo139",
        "en",
        "copeland_heatrecovery",
        "Heat recovery from air-conditioning plant in large hotels",
        "In large US hotels electricity averages $1.05 and gas $0.25 per square foot a year, and lighting, space heating and water heating "
        "make up nearly 60% of use; contractor resources on recovering heat from the cooling system instead of rejecting it.",
    ),
    (
        "oDo140",
        "en",
        "hgsi_company_alarm",
        "Fire alarm systems for companies and factories",
        "Design and installation of legally compliant fire alarm systems for company offices, workshops and warehouses; more than 1,800 "
        "fires in 2023, over 65% in factories and offices, started by electrical leaks, overloaded sockets and heavy machinery.",
    ),
    (
        "oDo141",
        "vi",
        "hoatieu_evisa",
        "Văn bản Nghị quyết 30/2016/QH14 thí điểm thị thực điện tử",
        "Tải văn bản pháp luật về thí điểm cấp thị thực điện tử cho người nước ngoài nhập cảnh Việt Nam.",
    ),
    (
        "oDo142",
        "vi",
        "luatsu_thuongtru",
        "Tư vấn thủ tục đăng ký thường trú",
        "Công ty luật hướng dẫn trình tự, hồ sơ đăng ký thường trú cho công dân theo quy định.",
    ),
    (
        "oDo143",
        "en",
        "leftover_app",
        "App for handling leftover ingredients in restaurants",
        "A student project (HUTECH, 2021) designing an app that helps restaurants in Ho Chi Minh City deal with surplus raw ingredients.",
    ),
    (
        "oDo144",
        "en",
        "machinehiring_food",
        "Recruiting food safety staff for bed and breakfast operations",
        "A recruiter's glossary entry on food safety in bed and breakfast operations, with example CV lines and interview questions for "
        "hiring food safety managers, coordinators and kitchen safety supervisors.",
    ),
    (
        "oDo145",
        "vi",
        "somat_salt",
        "Muối rửa bát làm mềm nước cho máy rửa bát",
        "Muối chuyên dụng làm mềm nước trong máy rửa bát, giảm cặn trên chén đĩa và bảo vệ máy.",
    ),
    (
        "oDo146",
        "en",
        "vft_shrimp",
        "Wastewater treatment process for shrimp ponds",
        "A procedure for treating shrimp-pond effluent before it reaches rivers, so pathogens do not spread through the farming area and "
        "pond sludge does not release NH3 and H2S; for sustainable shrimp farming.",
    ),
    (
        "oDo147",
        "en",
        "aquatic_after_biogas",
        "Aquatic plants to polish livestock wastewater after a biogas digester",
        "A thesis (Thai Nguyen University of Agriculture and Forestry, 2015) evaluating aquatic plants for treating livestock wastewater "
        "that leaves a biogas digester.",
    ),
    (
        "oDo148",
        "vi",
        "shrimp_solids",
        "Thiết bị xử lý chất thải đặc ao nuôi tôm thâm canh",
        "Đề tài KC.07.27 (Trường Đại học Thủy sản, 2006) thiết kế và quy trình chế tạo thiết bị xử lý chất thải đặc (thức ăn thừa, phân "
        "tôm) của ao nuôi tôm thương phẩm thâm canh quy mô trang trại.",
    ),
    (
        "oDo149",
        "en",
        "luanvan_aquaculture",
        "Biological treatment methods for aquaculture wastewater",
        "A review of fishing and aquaculture in Vietnam and their environmental impacts, with biological treatment systems (aerobic, "
        "anaerobic, natural) and biofilters such as trickling filters and rotating biological contactors.",
    ),
    (
        "oDo150",
        "en",
        "hocday_latrine",
        "Pour-flush infiltration latrine design",
        "Structure and operation of a pour-flush latrine with one or two soak pits of brick or precast concrete rings; alternate pits, at "
        "least one year of decomposition before emptying, and sand packing where clay soils drain slowly.",
    ),
    (
        "oDo151",
        "en",
        "tefl_hotel",
        "Training English teachers to teach in hotels and resorts",
        "Tips for TEFL teachers hired by hotels: classes are usually organised by department, from front office and food and beverage to "
        "housekeeping, maintenance and groundskeepers, with very focused lessons for each group.",
    ),
    (
        "oDo152",
        "en",
        "englishuk_placement",
        "English hospitality programme with UK hotel placements",
        "12 or 24 weeks of language study at a London college followed by work placements in 3 to 5-star hotels in Liverpool, London and "
        "Scotland, with silver-service lessons, Fidelio reservations training and a Cambridge work-experience qualification.",
    ),
    (
        "oDo153",
        "en",
        "canada_homestay",
        "Guide to running an international student homestay programme",
        "How to set up a network placing international students with host families: legal considerations, safety protocols, choosing "
        "locations, matching students with hosts and supporting them through cultural differences.",
    ),
    (
        "oDo154",
        "en",
        "thuonghai_services",
        "Evaluation of supplementary hotel services",
        "A university thesis evaluating the supplementary services of a hotel in Nghe An and comparing them with other Vietnamese hotels "
        "of the same grade.",
    ),
    (
        "oDo155",
        "vi",
        "huongdanvien",
        "Tổ chức và quản lý hướng dẫn viên cho tour ra nước ngoài",
        "Chuyên đề (Đại học Kinh tế Quốc dân, 2007) hoàn thiện tuyển chọn, tạo động lực và quản lý hướng dẫn viên để nâng chất lượng "
        "chương trình du lịch ra nước ngoài của một công ty lữ hành.",
    ),
    (
        "oDo156",
        "en",
        "vnhomestay_sapa",
        "Homestay market analysis for Sa Pa",
        "A market analysis of the homestay business in Sa Pa (Lao Cai) for investors considering mountain homestays.",
    ),
    (
        "oDo157",
        "vi",
        "booking_commission",
        "Giải thích mô hình hoa hồng của Booking.com",
        "Đối tác của Booking.com trả hoa hồng cho các đặt phòng thực hiện qua trang; giá chỗ nghỉ đặt ra là giá khách trả, Booking không "
        "cộng phụ phí để chỗ nghỉ đặt giá cạnh tranh và thu hút thêm khách.",
    ),
    (
        "oDo158",
        "vi",
        "thanhlap_luhanh",
        "Tư vấn giấy phép kinh doanh lữ hành quốc tế",
        "Hướng dẫn điều kiện và hồ sơ cấp phép kinh doanh dịch vụ lữ hành quốc tế cho doanh nghiệp.",
    ),
    (
        "oDo159",
        "vi",
        "mix166_interior",
        "Thiết kế nội thất homestay",
        "Công ty nội thất giải thích homestay là gì, phân biệt với khách sạn, resort, nhà nghỉ, và nhận thiết kế không gian homestay mang "
        "nét văn hóa bản địa.",
    ),
    (
        "oDo160",
        "vi",
        "decuong_buong",
        "Ngân hàng câu hỏi ôn thi học phần Quản trị buồng khách sạn",
        "Đề cương ôn thi: phân ca, định mức lao động, bố trí và phân công lao động bộ phận buồng, phối hợp với lễ tân, nhà hàng, bảo dưỡng, "
        "an ninh; đào tạo và đánh giá lao động bộ phận buồng.",
    ),
]
