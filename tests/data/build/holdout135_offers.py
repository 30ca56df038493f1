"""Offers of holdout135 (coffee shops, tea rooms and bubble-tea shops): (id, language, source key, title, description).

Each offer paraphrases the public page behind its source key in holdout135_sources.py.
"""

OFFERS = [
    # --- espresso and drip machines, servicing ---
    (
        "nGo001",
        "en",
        "esp4",
        "Maintenance plans for professional espresso machines in cafés",
        "Our technicians set up a three-tier care plan for commercial espresso machines: an end-of-day routine (drip tray, "
        "filter holders and baskets rinsed by hand, never in the dishwasher; gaskets and panel brushed; steam wands purged "
        "before and after each use), a deeper clean every two weeks with a baking-soda soak, or more often on busy "
        "machines, and a yearly workshop overhaul.",
    ),
    (
        "nGo002",
        "vi",
        "vesp1",
        "Hướng dẫn và dịch vụ vệ sinh máy pha cà phê hằng ngày cho quán",
        "Đơn vị chúng tôi hướng dẫn barista và chủ quán quy trình vệ sinh cuối ngày cho máy pha espresso: group head, vòi "
        "đánh sữa, khay nước thải, tay cầm và giỏ lọc, mặt ngoài máy. Bã và dầu cà phê bám lại sẽ mốc, sinh vi khuẩn, làm "
        "nghẹt nước ở lưới lọc; vệ sinh đều giúp máy bền hơn và giảm chi phí bảo dưỡng.",
    ),
    (
        "nGo003",
        "en",
        "esp6",
        "Scheduled professional servicing of coffee machines",
        "Service contracts for café coffee machines: a technician visit every 3 to 6 months for light use and every quarter "
        "for medium or heavy use, covering deep cleaning and descaling of boilers, replacement of worn gaskets, checks of "
        "water flow, heating elements and pump pressure, and grinder adjustment. Staff are shown the daily tasks (grounds "
        "bin, drip tray, backflushing, steam wand).",
    ),
    (
        "nGo004",
        "vi",
        "vesp3",
        "Lịch vệ sinh máy pha espresso theo ngày, tuần, tháng, năm",
        "Nhà phân phối máy pha cà phê chuyên nghiệp tại Việt Nam cung cấp lịch vệ sinh định kỳ cho máy của quán: dầu cà "
        "phê dễ ôi làm hỏng vị, dầu khô lại gây tắc lưới lọc ở họng pha, cặn bám gioăng làm gioăng hở, nứt. Kỹ thuật viên "
        "hướng dẫn các việc hằng ngày, hằng tuần, hằng tháng và bảo dưỡng hằng năm.",
    ),
    (
        "nGo005",
        "en",
        "esp7",
        "Descaling schedule and service matched to local water hardness",
        "We descale espresso machines and set the interval by water hardness and use: roughly every 3 to 4 months on soft "
        "water, every 2 to 3 months on medium water and every 1 to 2 months on hard water. Scale causes weak flow and "
        "pressure, unstable brew temperature, longer heat-up, noise and poor taste; the service covers tank, tray and "
        "solution flushing.",
    ),
    (
        "nGo006",
        "vi",
        "vesp4",
        "Sửa chữa máy pha cà phê và phòng tránh cháy nổ điện trở",
        "Xưởng sửa máy pha cà phê nhận kiểm tra, thay điện trở, sensor nhiệt và cảnh báo các lỗi gây chập cháy: để máy bật "
        "qua đêm làm cạn nước nồi hơi, điện trở chạy khô; dùng nước cứng nhiều canxi làm cặn vôi bám điện trở gây quá "
        "nhiệt. Khuyến nghị dùng nước tinh khiết hoặc nước qua lọc RO, tắt máy hoặc cài hẹn giờ tự ngắt.",
    ),
    (
        "nGo007",
        "en",
        "esp2",
        "Espresso machine repair and owner troubleshooting workshops",
        "A repair workshop that also teaches owners the basics of their espresso machine, since most breakdowns trace back "
        "to scale in the boiler and group head. Softened water and cleaning after every shot prevent much of it; for the "
        "rest, owners learn to diagnose faults so that a machine does not have to be shipped far away for costly repair.",
    ),
    (
        "nGo008",
        "vi",
        "vesp5",
        "Khử cặn đường ống máy pha espresso bằng giấm hoặc dung dịch chuyên dụng",
        "Đơn vị rang xay hướng dẫn quán tẩy cặn đường ống kim loại bên trong máy pha espresso. Nước cứng chứa ion Ca2+ và "
        "Mg2+ đóng cặn trong ống theo thời gian, làm giảm chất lượng espresso và tuổi thọ máy; nước đã xử lý khử cứng đóng "
        "cặn chậm hơn. Quy trình dùng giấm hoặc dung dịch axit phù hợp, xả sạch sau khi tẩy.",
    ),
    (
        "nGo009",
        "en",
        "esp5",
        "Thirty-minute cleaning and descaling routine for single- and dual-boiler machines",
        "Equipment dealer offering a step-by-step 30-minute cleaning and descaling routine for home and commercial "
        "machines. Scale insulates the heating element, so the machine draws more power, heats unevenly and loses steam "
        "pressure; the efficiency loss is estimated for water of 150 to 200 ppm hardness. Includes a 5-minute daily "
        "routine.",
    ),
    (
        "nGo010",
        "vi",
        "vesp2",
        "Khắc phục máy pha cà phê bị kẹt bã",
        "Cửa hàng thiết bị pha chế tư vấn nguyên nhân máy pha bị kẹt bã và cách phòng: bột xay quá mịn bị nén chặt trong "
        "tay cầm, không vệ sinh tay cầm, lưới lọc, group head sau mỗi lần pha, dùng quá nhiều cà phê, nước không đủ nóng "
        "hoặc bơm yếu. Kèm hướng dẫn vệ sinh và kiểm tra áp suất.",
    ),
    (
        "nGo011",
        "vi",
        "vesp7",
        "Hướng dẫn vệ sinh nâng cao máy pha và máy xay cho barista",
        "Tài liệu đào tạo vệ sinh từ cơ bản đến nâng cao: dụng cụ (filter không lỗ, cọ, khăn mềm, bột vệ sinh group head, "
        "dung dịch cho vòi hơi, chổi hoặc máy hút bụi cho máy xay), vệ sinh lưỡi dao, màn xả nước (shower), thay ron cao "
        "su, dùng lọc nước và descale. Dầu cà phê ứ đọng gây vị chua gắt, mùi hôi trong ly espresso.",
    ),
    (
        "nGo012",
        "vi",
        "grd2",
        "Tư vấn chọn máy xay cà phê espresso thương mại cho quán",
        "Tư vấn chọn máy xay espresso phù hợp giờ cao điểm của quán: tốc độ động cơ, kích thước và dạng lưỡi xay, năng "
        "suất. Máy xay thương mại phần lớn sản xuất tại châu Âu, giá từ hơn 10 triệu đến gần 80 triệu đồng, loại cỡ "
        "truyền thống thường khoảng 20 đến hơn 30 triệu đồng.",
    ),
    (
        "nGo013",
        "en",
        "esp3",
        "Preventive maintenance service for espresso coffee makers",
        "Supplier of espresso coffee makers offering preventive maintenance: washing portafilter, group head and drip tray "
        "after use, descaling the boiler and water lines with commercial descalers, inspecting and replacing filters and "
        "gaskets before they leak, and purging the steam wand so milk does not harden inside.",
    ),
    (
        "nGo014",
        "en",
        "esp1",
        "Daily and weekly espresso machine care checklist for small cafés",
        "A care checklist and short course covering the parts that need attention (pump, heating element, portafilter, "
        "drip tray, reservoir, steam wand): wiping the body after use, rinsing and brushing the portafilter, purging and "
        "wiping the steam wand, and the weekly tasks that prevent clogged pipes, mineral build-up and poor extraction.",
    ),
    (
        "nGo015",
        "vi",
        "vesp6",
        "Khóa học sử dụng và bảo trì thiết bị quầy pha chế",
        "Trường đào tạo nghiệp vụ nhà hàng khách sạn mở học phần về phân loại, sử dụng đúng chức năng và bảo trì định kỳ "
        "thiết bị quầy đồ uống không cồn: máy xay sinh tố, máy pha espresso, máy xay cà phê, máy đánh milkshake, máy ép. "
        "Dùng sai thiết bị làm hỏng nhanh, tốn năng lượng và tăng chi phí bảo trì.",
    ),
    (
        "nGo016",
        "vi",
        "grd1",
        "Tư vấn đầu tư máy xay trước máy pha cho quán mới mở",
        "Đơn vị tư vấn thiết bị cà phê khuyên chủ quán mới không dồn hết ngân sách vào máy pha mà bỏ qua máy xay: máy xay "
        "tốt cắt bột đều, nước đi qua đều, chiết xuất trọn vị; máy xay kém cho bột to nhỏ lẫn lộn dù máy pha đắt. Hỗ trợ "
        "chọn máy xay theo menu và lượng khách.",
    ),
    # --- water filtration and softening ---
    (
        "nGo017",
        "en",
        "wat4",
        "Resin and carbon filtration for espresso machines, with cartridge exchange",
        "Water treatment firm supplying dealkaliser units for coffee machines: a resin bed takes out temporary hardness "
        "(calcium and magnesium carbonate) and heavy metals, carbon removes chlorine, tastes and organic matter. Units are "
        "sized to hardness and volume and exchanged when spent; sediment prefilters and reverse osmosis are offered where "
        "water is soft but tainted.",
    ),
    (
        "nGo018",
        "en",
        "wat2",
        "Commercial water filtration sized for coffee brewing",
        "Filtration systems for coffee service that protect machines from scale while keeping enough minerals for "
        "extraction: we aim for water without colour, smell or chlorine, a little hardness, pH around 7 and roughly 150 "
        "mg/L of dissolved solids, in line with the Specialty Coffee Association water standards.",
    ),
    (
        "nGo019",
        "en",
        "wat3",
        "Reverse osmosis with remineralisation instead of salt softeners",
        "Advisory and installation of reverse osmosis plus remineralisation for espresso. Salt-based ion-exchange "
        "softeners swap calcium and magnesium for sodium, which corrodes boilers and group heads; one café that softened "
        "to 17 ppm replaced group heads and boilers within 4 months. Target: 75 to 250 ppm dissolved solids (ideal about "
        "150) and calcium hardness 17 to 80 ppm.",
    ),
    (
        "nGo020",
        "en",
        "wat5",
        "Dual treatment and reverse-osmosis softening for restaurants and cafés",
        "Service technicians install combined carbon treatment and reverse-osmosis softening for espresso machines and tea "
        "brewers, with a final carbon polishing filter. Target water: at most 150 ppm dissolved solids, 100 ppm total "
        "hardness, 0.02 ppm iron and 0.05 ppm free chlorine.",
    ),
    (
        "nGo021",
        "en",
        "wat6",
        "Water filtration programme for coffee shops with several sites",
        "A programme for coffee chains to keep taste the same and machines healthy at every store: test each site's "
        "water, pick filtration by hardness and alkalinity, and track cartridge changes. An eighth of an inch of scale on "
        "boiler surfaces raises energy use by about 20 to 25 per cent; some utilities switch from chlorine to chloramine "
        "without notice.",
    ),
    (
        "nGo022",
        "vi",
        "wat9",
        "Đánh giá nước pha cà phê theo tiêu chuẩn SCA",
        "Dịch vụ kiểm tra nguồn nước pha của quán theo bảng tiêu chuẩn nước pha cà phê đặc sản của SCA: mùi sạch, không "
        "màu, tổng clo bằng 0, tổng chất rắn hòa tan, độ cứng canxi, độ kiềm, natri và pH trong phạm vi chấp nhận. Nước "
        "chiếm 94 đến 98 phần trăm ly cà phê tùy cách chiết xuất.",
    ),
    (
        "nGo023",
        "vi",
        "wat10",
        "Tư vấn chọn nguồn nước và bộ lọc giữ khoáng cho quán cà phê",
        "Tư vấn cân bằng khoáng nước pha: canxi làm nổi vị chua trái cây, magie tăng ngọt và hương, bicarbonate cao gây "
        "đắng và nhạt. Khuyến nghị TDS 75 đến 250 ppm, tốt nhất khoảng 75 đến 100 ppm, pH trung tính; nước RO tinh khiết "
        "cần bổ sung khoáng; tránh nước khoáng TDS quá cao.",
    ),
    (
        "nGo024",
        "vi",
        "wat8",
        "Dịch vụ thay lõi lọc nước định kỳ",
        "Công ty thiết bị môi trường nhận thay lõi lọc định kỳ cho hệ thống lọc nước: lõi quá hạn bị bão hòa, giảm khả "
        "năng giữ cặn và có thể thành nơi vi sinh phát triển. Lập lịch thay theo lưu lượng nước và chất lượng nước đầu vào.",
    ),
    (
        "nGo025",
        "vi",
        "wat13",
        "Mô hình xử lý nước giếng khoan quy mô hộ gia đình",
        "Nhóm nghiên cứu môi trường đánh giá chất lượng nước ngầm khai thác tại hộ gia đình và hiệu quả các mô hình tự xử "
        "lý đang dùng (bể lọc cát, máy lọc nước): nước giếng có thể nhiễm sắt, mangan, amoni và asen; đề xuất cải tiến "
        "mô hình để nước cấp cho ăn uống an toàn hơn.",
    ),
    (
        "nGo026",
        "en",
        "wat1",
        "Water testing and filtration advice for cafés, including soft-water areas",
        "Supplier of café water filtration explaining that water makes up about 98 per cent of a coffee and 99 per cent "
        "of a tea, and that even soft-water areas need filtration for taste, chlorine and equipment protection. Service "
        "starts with a test and analysis of the site's water before choosing the filter.",
    ),
    (
        "nGo027",
        "vi",
        "wat11",
        "Đào tạo về chất lượng nước pha pour over theo chuẩn SCA",
        "Học phần đào tạo về nước pha thủ công: tổng độ cứng (GH), độ kiềm (KH) và TDS quyết định vị ngọt, sáng hay "
        "phẳng của ly pour over; ví dụ công thức 92°C, tỷ lệ 1:15. Hướng dẫn cách đo và chỉnh nước cho quán.",
    ),
    (
        "nGo028",
        "vi",
        "wat14",
        "Thiết bị đo độ tinh khiết nước: TDS, pH, độ dẫn điện",
        "Cung cấp và hướng dẫn sử dụng bút đo TDS, máy đo pH và độ dẫn điện để kiểm tra nước: nước TDS dưới 50 mg/l được "
        "coi là tinh khiết, pH nước uống 6,5 đến 8,5. Giúp chủ cơ sở theo dõi nguồn nước và biết khi nào cần thay lõi "
        "hoặc xử lý thêm.",
    ),
    (
        "nGo029",
        "vi",
        "wat12",
        "Giải pháp cấp nước sạch nông thôn vùng xâm nhập mặn ĐBSCL",
        "Viện nghiên cứu công nghệ giới thiệu hướng cấp nước sạch cho nông thôn Đồng bằng sông Cửu Long: tỷ lệ dùng nước "
        "đạt quy chuẩn khoảng 57 phần trăm, 3.928 công trình cấp nước tập trung nhưng chỉ khoảng 62 phần trăm hoạt động "
        "bền vững, mùa khô 2019-2020 có khoảng 96.000 hộ thiếu nước.",
    ),
    (
        "nGo030",
        "vi",
        "dis1",
        "Sản xuất than hoạt tính từ gáo dừa quy mô công nghiệp",
        "Doanh nghiệp chế biến phụ phẩm dừa với 5 nhà máy, sản lượng khoảng 7.000 tấn than hoạt tính mỗi năm, 1.800 tấn "
        "than BBQ và 16.000 tấn xơ dừa; than hoạt tính gáo dừa xuất khẩu hơn 30 quốc gia cho lọc nước, lọc khí, thu hồi "
        "kim loại. Năm 2023 xuất khẩu than dừa của Việt Nam đạt 88,5 triệu USD.",
    ),
    # --- ice machines and ice hygiene ---
    (
        "nGo031",
        "en",
        "ice1",
        "Professional ice machine cleaning and ice-handling training",
        "Ice-machine service company: ice is treated as food by the FDA, and the main cause of contaminated ice in "
        "restaurants, bars and hotels is improper handling by staff. We carry out at least two professional cleanings and "
        "sanitisations a year on every machine we look after, plus regular maintenance and staff training in safe ice "
        "handling.",
    ),
    (
        "nGo032",
        "en",
        "ice2",
        "Ice machine sanitation and safe ice-handling procedures",
        "Facility hygiene consultancy: if ice bins are not emptied and cleaned regularly, biofilm builds up, and outbreaks "
        "of norovirus and Legionnaires' disease have been traced to ice. We train staff never to put bare hands in the bin, "
        "to keep the scoop outside the bin in its own holder, touch only its handle, and to discard a whole batch once it "
        "is contaminated. Antimicrobial coatings do not replace cleaning.",
    ),
    (
        "nGo033",
        "en",
        "ice3",
        "Ice machine cleaning and twice-yearly servicing",
        "Specialists in cleaning and maintaining all kinds of ice machines. One survey found that 6 restaurants in 10 served "
        "ice with a higher bacteria count than their toilet water; poor upkeep can let Legionella and Pseudomonas grow. We "
        "clean and disinfect ice storage regularly and service each machine at least twice a year against limescale.",
    ),
    (
        "nGo034",
        "vi",
        "ice10",
        "Dịch vụ vệ sinh máy làm đá viên định kỳ 2 đến 3 tháng",
        "Đơn vị phân phối máy làm đá (như dòng Hoshizaki SRM-200AB) nhận vệ sinh máy ít nhất 2 đến 3 tháng một lần, dày "
        "hơn nếu máy chạy liên tục, đặt nơi ẩm, bụi hoặc lưới lọc nước bị tắc: tháo rời khay đá, vệ sinh từng bộ phận, "
        "kiểm tra lọc nước, giữ đá sạch và máy bền.",
    ),
    (
        "nGo035",
        "vi",
        "ice11",
        "Hướng dẫn vệ sinh máy làm đá mini bằng giấm hoặc nước cốt chanh",
        "Hướng dẫn từng bước cho máy làm đá loại nhỏ: rút điện, xả hết nước khay chứa, rửa thìa và rổ bằng nước rửa bát, "
        "cọ phần còn lại bằng giấm hoặc nước cốt chanh pha nước tỷ lệ 1:1, làm sạch ít nhất 2 tháng một lần để tránh nấm "
        "mốc và cặn bẩn.",
    ),
    (
        "nGo036",
        "vi",
        "ice4",
        "Cung cấp, lắp đặt máy làm đá viên cho quán đồ uống",
        "Công ty thiết bị bếp cung cấp và lắp đặt máy làm đá tự động cho quán cà phê, nhà hàng: chu trình làm đá khép "
        "kín, nhiều mức năng suất, nhiều loại đá (đá viên vuông, đầu đạn, bán nguyệt, đá vảy, đá hạt). Hướng dẫn cấu tạo, "
        "nguyên lý vận hành để máy chạy ổn định lâu dài.",
    ),
    (
        "nGo037",
        "vi",
        "ice7",
        "Kiểm nghiệm vi sinh nước đá dùng liền và tư vấn khử khuẩn",
        "Nhóm nghiên cứu y tế cộng đồng đánh giá ô nhiễm vi sinh vật trong nước đá dùng liền: trong 20 mẫu chỉ 14 mẫu đạt "
        "(70 phần trăm); 80 phần trăm đạt về E. coli, 85 phần trăm về Pseudomonas aeruginosa, 70 phần trăm về coliform và "
        "liên cầu phân. Cơ sở đều lọc nước, 65 phần trăm sục ozon, 10 phần trăm dùng clo. Nhận lấy mẫu và tư vấn khử khuẩn.",
    ),
    (
        "nGo038",
        "vi",
        "ice8",
        "Cảnh báo và xét nghiệm trực khuẩn mủ xanh trong nước đá",
        "Thông tin từ cơ quan an toàn thực phẩm: Pseudomonas aeruginosa (trực khuẩn mủ xanh) trong nước đá bẩn có thể gây "
        "bệnh nặng ở phổi, thận, đường tiết niệu; nước đá dùng liền không qua xử lý trước khi dùng nên phải sạch từ khâu "
        "sản xuất. Hỗ trợ cơ sở kiểm tra chỉ tiêu này.",
    ),
    (
        "nGo039",
        "en",
        "ice12",
        "Step-by-step ice machine disinfection protocol with dilute bleach",
        "A written sanitising procedure for ice machines: run three freeze cycles and discard the ice to flush the "
        "reservoir, wash removable parts in warm detergent, disinfect them 30 seconds in 30 ml of bleach per 10 litres of "
        "water, spray fixed parts, air-dry without towels, wash hands, reassemble and discard the first batch of ice.",
    ),
    (
        "nGo040",
        "en",
        "dis2",
        "Seawater slurry-ice machine for offshore fishing boats",
        "The Vietnam Academy of Science and Technology presents a machine that makes slurry ice from seawater on board "
        "fishing vessels to preserve the catch on long offshore trips; ice concentration can be set from 25 to 95 per "
        "cent, and the unit displays running time, ice output and fuel use per trip.",
    ),
    # --- roasting coffee in small batches in the shop ---
    (
        "nGo041",
        "en",
        "ros3",
        "One-pound micro-roasters for cafés that want to roast their own",
        "Maker of small drum roasters used by coffee carts and cafés: roasting a pound at a time, three cycles an hour, "
        "four hours a day, five days a week yields about 224 pounds a month. One Portland café that added a 1-pound roaster "
        "found whole-bean sales at about 45 per cent of revenue against 10 per cent expected, and better margins.",
    ),
    (
        "nGo042",
        "en",
        "ros2",
        "Compact in-store roaster for roastery cafés",
        "A small, convenient roaster designed to sit in the café itself, so customers see fresh small batches roasted on "
        "site. We help owners plan space for it like they plan for the espresso machine, oven and till, as a cost-efficient "
        "alternative to buying from a distant central roastery.",
    ),
    (
        "nGo043",
        "en",
        "ros5",
        "Small-batch roasting training and profile control",
        "Roasting school and roastery: small-batch roasting means machines of 20 kg capacity or less, where gas and air "
        "changes act on the profile quickly and convective heat plays a larger part. Courses teach how to steer the roast "
        "and avoid the momentum problems of large batches.",
    ),
    (
        "nGo044",
        "en",
        "roa1",
        "Afterburner sizing and installation for coffee roaster exhaust",
        "We size and install thermal oxidisers for roasters: roaster exhaust carries smoke and chaff dust, volatile organic "
        "compounds and odour, which draw complaints from neighbours and regulators. The afterburner reburns the exhaust at "
        "about 600 to 800 °C, with enough dwell time and turbulence, leaving mostly carbon dioxide and water vapour.",
    ),
    (
        "nGo045",
        "vi",
        "ros6",
        "Khóa học tự rang cà phê với máy rang nhỏ 1 đến 5 kg",
        "Lộ trình học rang: thiết bị, quy trình rang, chọn phương pháp, xử lý sự cố. Máy rang trống (tiếp xúc) hoặc khí "
        "nóng (đối lưu); máy 1 đến 5 kg giúp người rang thử nghiệm theo mật độ và độ ẩm hạt. Tự rang giúp kiểm soát hương "
        "vị và tiết kiệm khoảng 30 đến 50 phần trăm so với mua cà phê rang sẵn.",
    ),
    (
        "nGo046",
        "vi",
        "ros7",
        "Tư vấn chọn loại máy rang cà phê theo cách truyền nhiệt",
        "Tư vấn phân biệt các loại máy rang theo phương pháp truyền nhiệt và thông số rang: hạt rang ở 185 đến 280°C, mất "
        "18 đến 22 phần trăm khối lượng, nở 50 đến 100 phần trăm; sau rang hạt thoát khí CO2 và bắt đầu mất hương sau "
        "khoảng một tuần.",
    ),
    (
        "nGo047",
        "en",
        "ros1",
        "Retail roasting outfit with roaster, cooler and stoner",
        "Description of a compact gas roasting plant for retail stores combining roaster, rotary cooler and stoning device. "
        "A grocer roasting in store obtained 88 pounds of roasted coffee from 100 pounds of green against 84 pounds at the "
        "wholesaler, and paid less for labour and fuel; the roaster checks colour with a trier during the half-hour roast.",
    ),
    (
        "nGo048",
        "en",
        "roa3",
        "Advice on whether a small roaster needs an afterburner",
        "Case-based consulting for green-minded roasters: one roaster bought an afterburner for about 52,000 dollars "
        "early on, running two 58-pound drum roasters that send chaff to a collector and exhaust through the afterburner; "
        "others oppose afterburning because of the gas it burns. We weigh neighbours, permits and fuel use for your site.",
    ),
    (
        "nGo049",
        "en",
        "roa4",
        "Air-quality permits for coffee roasting equipment",
        "Regulatory support for roasters: roasting is the largest air-quality source in coffee processing (particulates, "
        "VOCs, organic acids, combustion by-products). We contact the local air district, prepare permit applications to "
        "construct and operate, check exemptions, and keep the records the permit conditions require.",
    ),
    (
        "nGo050",
        "en",
        "ros4",
        "Small-batch roast profiling for specialty coffee",
        "Artisan roastery offering profile development on batches of 1 to 20 pounds: close temperature monitoring, "
        "freshness from roasting small amounts, and experiments with profiles per origin. Specialty coffee sales grew by "
        "20 per cent between 2015 and 2020, according to the Specialty Coffee Association.",
    ),
    (
        "nGo051",
        "vi",
        "dis11",
        "Máy sấy cà phê nhân tươi giá rẻ cho nông hộ",
        "Trung tâm Năng lượng và Máy nông nghiệp (Đại học Nông Lâm TP.HCM) chế tạo máy sấy SRA cho cà phê nhân tươi sau "
        "thu hoạch, giảm tổn thất chất lượng đến 20 phần trăm do phơi nắng 8 đến 10 ngày mỗi đợt trong mùa mưa ở Lâm Đồng.",
    ),
    (
        "nGo052",
        "vi",
        "dis9",
        "Quy trình công nghệ sản xuất cà phê hòa tan",
        "Tiểu luận công nghệ thực phẩm mô tả dây chuyền cà phê hòa tan: làm sạch, rang, xay, trích ly, lọc, cô đặc, sấy, "
        "tạo hạt, bao gói, cùng lựa chọn bao bì giấy, thủy tinh và cách bảo quản nguyên liệu, sản phẩm.",
    ),
    (
        "nGo053",
        "vi",
        "dis10",
        "Chế biến cà phê nhân sau thu hoạch và các điểm chưa hợp lý",
        "Thảo luận kỹ thuật về quy trình làm cà phê nhân: phơi quả, xát vỏ lấy nhân, làm khô dưới 15 phần trăm ẩm, rang và "
        "nghiền; mùa thu hoạch ở Tây Nguyên trùng mùa mưa nên cà phê khó phơi, vi sinh vật phát triển làm giảm chất lượng.",
    ),
    (
        "nGo054",
        "en",
        "roa2",
        "Guidance on odour complaints for roaster-retailers in residential areas",
        "Industry review of roaster-retailers facing neighbours' complaints and legal action over roasting aroma, such as a "
        "Texas coffee and tea shop since 1989: expect closer scrutiny, higher emission standards and higher start-up cost "
        "for control equipment; plan roasting schedules and equipment with the local air authorities.",
    ),
    # --- milk tea, tapioca pearls and syrups made in house ---
    (
        "nGo055",
        "vi",
        "tea2",
        "Quy trình luộc và giữ trân châu dai cho quán",
        "Hướng dẫn xử lý trân châu sau khi luộc: ngon nhất trong 2 đến 4 giờ đầu; ở nhiệt độ phòng giữ được khoảng 3 đến "
        "4 giờ nếu ngâm trong nước đường; để trần ngoài không khí chỉ 20 đến 30 phút là se mặt; trong tủ lạnh dùng được 12 "
        "đến 24 giờ nhưng phải hâm lại; không nên giữ quá 24 giờ.",
    ),
    (
        "nGo056",
        "vi",
        "tea3",
        "Công thức ủ cốt trà và nấu trân châu đường đen",
        "Hướng dẫn chuẩn định lượng cho trà sữa trân châu đường đen: 1 g trà cho 50 đến 60 ml nước, ủ hồng trà hoặc trà "
        "đen ở 90 đến 95°C trong 5 đến 7 phút, không quá 10 phút; lọc bỏ bã, để nguội, cốt trà giữ ngăn mát và dùng trong "
        "24 giờ; kỹ thuật nấu và khuấy trân châu.",
    ),
    (
        "nGo057",
        "vi",
        "tea10",
        "Chuẩn hóa công thức trà sữa sữa tươi cho quán",
        "Tư vấn xây dựng công thức trà sữa dùng sữa tươi thay bột béo: tỷ lệ tham khảo 100 ml trà, 60 ml sữa, 10 đến 15 "
        "ml syrup; ủ trà 90 đến 95°C trong 7 đến 12 phút tùy loại; tránh cho sữa vào trà quá nóng gây tách béo. Dùng ca "
        "đong, cân điện tử, bình giữ nhiệt để mỗi ly đồng nhất.",
    ),
    (
        "nGo058",
        "vi",
        "tea1",
        "Khóa đào tạo pha chế và bảo quản trà sữa",
        "Trung tâm đào tạo pha chế mở khóa học pha và bảo quản trà sữa tự làm: nguyên liệu tươi không chất bảo quản nên dễ "
        "hỏng; để qua đêm sai cách thì chua, tách lớp, trân châu cứng, nhiễm khuẩn. Học viên học cách giữ trà, sữa, "
        "topping đúng để kéo dài thời gian dùng và giữ an toàn.",
    ),
    (
        "nGo059",
        "en",
        "tea6",
        "Storage guide for raw and cooked tapioca pearls",
        "Food storage guide: uncooked pearls keep six to twelve months in a dry, humid-free pantry; cooked pearls last "
        "about four hours on the counter, three to five days in the fridge or two to three months in the freezer. Heat, "
        "damp and air exposure spoil them; mould, discolouration or off odour mean discard.",
    ),
    (
        "nGo060",
        "en",
        "tea5",
        "Keeping tapioca pearls fresh in syrup",
        "Guide to boba shelf life: unopened uncooked pearls last for months, opened packs about 3 to 5 days; cooked pearls "
        "are best within hours but keep up to 7 days in an airtight container in the fridge; many bubble tea shops hold "
        "cooked pearls in simple syrup to keep them for several days.",
    ),
    (
        "nGo061",
        "en",
        "tea8",
        "Brown sugar syrup development without crystallisation",
        "Recipe development for a thick brown sugar syrup for milk tea, tested with boba makers of a Houston shop known for "
        "its syrup: choice of dark brown sugar, cooking to the right texture and steps that prevent crystallisation. A cup "
        "of brown sugar milk tea sells for 6 to 8 dollars.",
    ),
    (
        "nGo062",
        "en",
        "tea9",
        "Two-stage caramelised brown sugar syrup method",
        "A tested method for rich boba syrup: brief controlled caramelisation of dark muscovado or Taiwanese black sugar "
        "before adding the rest of the water. Batch of 220 g sugar and 240 ml water gives about 1.5 cups, around 12 "
        "servings, in 15 minutes, and clings to the cup for 'tiger stripes'.",
    ),
    (
        "nGo063",
        "en",
        "tea7",
        "Same-day use rules for cooked boba",
        "Handling notes for tapioca pearls: keep unopened bags cool and dry below 25 °C, reseal opened packs and use in "
        "one to two days, use cooked pearls the same day within 8 to 10 hours at room temperature; leftovers in syrup keep "
        "about 36 hours. Milk tea kept in the fridge should be drunk within 24 hours.",
    ),
    (
        "nGo064",
        "vi",
        "tea4",
        "Công thức trà sữa truyền thống kiểm soát nhiệt độ hãm",
        "Công thức nền cho kinh doanh: hãm trà đen ở 85 đến 90°C trong 15 đến 20 phút, lọc kỹ; pha bột kem béo và đường "
        "khi trà còn khoảng 60°C, khuấy một chiều cho tan hết; trân châu nấu chín rồi ủ trong nước đường hoặc mật ong để "
        "giữ độ dai và ngọt.",
    ),
    (
        "nGo065",
        "vi",
        "tea11",
        "Tư vấn nhượng quyền thương hiệu trà sữa",
        "Đơn vị thiết kế, thi công quán trà sữa và cà phê tư vấn mua nhượng quyền: khoảng 70 phần trăm quán trà sữa đóng "
        "cửa ngay năm đầu, thị trường có hơn 10.000 quán; checklist chọn thương hiệu, mặt bằng và tránh lỗ vốn.",
    ),
    (
        "nGo066",
        "vi",
        "dis23",
        "Mô hình kinh doanh trà sữa đất nung",
        "Câu chuyện khởi nghiệp: quán trà sữa đun trong ấm đất nung nhập từ Vân Nam, thêm đường phèn và thảo mộc, mỗi bình "
        "đun 8 phút, bán khoảng 200 bình mỗi ngày giá 35.000 đồng, doanh thu đến 7 triệu đồng/ngày.",
    ),
    (
        "nGo067",
        "vi",
        "dis24",
        "Nghiên cứu dự án nhượng quyền thương hiệu hồng trà",
        "Tiểu luận đại học về nhượng quyền kinh doanh một thương hiệu hồng trà: khái niệm, ưu nhược điểm nhượng quyền, tình "
        "hình nhượng quyền ở Việt Nam và xu hướng ngành trà sữa trong nước và thế giới.",
    ),
    (
        "nGo068",
        "vi",
        "dis17",
        "Danh mục sản phẩm chế biến từ dừa",
        "Viện nghiên cứu dầu và cây có dầu tổng hợp các sản phẩm dừa tại Việt Nam: từ cây dừa chế biến được hơn 1.000 sản "
        "phẩm, Việt Nam có hơn 20 sản phẩm dừa xuất khẩu, ngành chế biến dừa phát triển nhanh.",
    ),
    # --- cold storage of milk and fruit ---
    (
        "nGo069",
        "en",
        "cold4",
        "Milk storage checks for cafés and shops",
        "Dairy supplier's service: dairy milk should be held between 0 and 5 °C, ideally 2 to 3 °C; a fridge at 8 °C "
        "instead of 4 °C can cut several days from milk life even within date. Open-front display fridges lose cold air "
        "with every passer-by; we check actual temperatures, fit data loggers and advise on curtains or doors.",
    ),
    (
        "nGo070",
        "en",
        "cold5",
        "Keeping milk cold from delivery to service",
        "Dairy council guidance for milk coolers: serve milk between 35 and 40 °F; shelf life drops by half for every 5 "
        "degrees above 40 °F; record temperature at delivery, close reach-in coolers between services, do not overload, "
        "check door gaskets, use in-cooler thermometers and keep coils and vents clean.",
    ),
    (
        "nGo071",
        "en",
        "cold7",
        "Dedicated milk coolers that hold 1 to 4 °C through the day",
        "Supplier of commercial milk coolers: fans push cold air evenly around containers, sensors react quickly, doors "
        "seal tight and recover temperature fast after each opening, and digital displays let staff check at a glance. "
        "Target range 1 to 4 °C, cooling without freezing.",
    ),
    (
        "nGo072",
        "en",
        "cold9",
        "Fruit storage procedures for drink shops",
        "Standard procedures for fresh fruit in tea and juice shops: cold-hold at or below 5 °C (41 °F) and verify with a "
        "thermometer or logger, date-mark cut fruit held over 24 hours with a 7-day limit, separate ethylene producers "
        "from sensitive fruit, ripen mangoes and bananas at room temperature first, FIFO with colour labels, and discard cut "
        "fruit above 5 °C for 2 hours or more.",
    ),
    (
        "nGo073",
        "en",
        "cold6",
        "Commercial refrigeration temperature settings by product",
        "Refrigeration dealer's guide to the temperatures units must reach: dairy 0 to 5 °C, chilled food 3 to 5 °C, "
        "frozen food -18 to -22 °C, pre-chilled drinks 1 to 10 °C, cake and patisserie display 2 to 8 °C, ice cream "
        "display -12 to -18 °C; choose a unit that is not forced to run at the top of its range.",
    ),
    (
        "nGo074",
        "vi",
        "cold11",
        "Tủ mát bảo quản nguyên liệu cho kinh doanh đồ uống",
        "Nhà cung cấp tủ mát phân tích khác biệt giữa tủ mát và tủ thường: tủ mát giữ ổn định 2 đến 8°C suốt 24/7 nhờ hệ "
        "lạnh, đối lưu khí, cách nhiệt và gioăng cửa kín, ít dao động khi mở cửa nhiều lần; giúp giữ nguyên liệu tươi, "
        "an toàn và giảm hao hụt trong kinh doanh F&B.",
    ),
    (
        "nGo075",
        "vi",
        "cold12",
        "Tủ lạnh âm bàn và tủ đứng cho quán cà phê diện tích nhỏ",
        "Tư vấn chọn tủ lạnh thương mại: tủ âm dưới quầy cao 24 đến 34 inch vừa cho quán cà phê, xe đồ ăn; loại hai nhiệt "
        "độ (ngăn mát 35°F, ngăn đông 0°F); tủ đứng cao 60 đến 72 inch cho bếp cần lấy nguyên liệu nhanh giờ cao điểm.",
    ),
    (
        "nGo076",
        "vi",
        "cold13",
        "Tủ nửa đông nửa mát inox cho bếp và quầy",
        "Phân phối tủ hai ngăn: ngăn đông khoảng 0 đến -18°C và ngăn mát 0 đến 10°C trong một thiết bị, vỏ inox cách nhiệt, "
        "gas R600A hoặc R134a tiết kiệm điện, quạt gió tuần hoàn, tự xả đá, dung tích 200 đến trên 500 lít; kèm lắp đặt, "
        "bảo hành.",
    ),
    (
        "nGo077",
        "en",
        "mon1",
        "Online temperature monitoring for fridges and freezers",
        "Connected sensors placed in refrigerators, freezers and warmers take readings about every 10 minutes and send them "
        "to a dashboard; managers get instant alerts when a unit drifts out of range, and the stored log serves as proof "
        "for health inspections, replacing sporadic manual checks.",
    ),
    (
        "nGo078",
        "en",
        "mon3",
        "Long-range wireless temperature sensors for small food businesses",
        "Wireless sensors that reach over 1,000 feet through 12 to 14 walls, run more than 10 years on two AA batteries and "
        "store up to 512 readings on board (3.5 days at 10-minute intervals), with encrypted radio and over-the-air "
        "updates; no extra subscription required.",
    ),
    (
        "nGo079",
        "en",
        "mon2",
        "Automated HACCP temperature log instead of paper",
        "We replace the notebook by the fridge with sensors that record round the clock, alert on deviations and build a "
        "digital log for inspectors. Two or three manual readings a day leave night and weekend failures unseen, and "
        "entries get filled in from memory at busy times.",
    ),
    (
        "nGo080",
        "en",
        "mon4",
        "Temperature and door alarms for walk-in coolers",
        "Kitchen monitoring equipment: alarms on walk-ins watch temperatures around the clock and call staff when a "
        "compressor fails or power drops, so stock is not thrown away; door alarms stop coolers being left open, saving "
        "energy and compressor wear; records support a HACCP plan.",
    ),
    (
        "nGo081",
        "vi",
        "cold2",
        "Hướng dẫn thời gian giữ trà sữa và sữa tươi an toàn",
        "Khuyến cáo cho quán: trà sữa nấu xong để nhiệt độ phòng chỉ nên dùng trong 2 đến 4 giờ vì vi khuẩn phát triển "
        "mạnh ở 25 đến 37°C; bảo quản ngăn mát 2 đến 6°C giữ được 12 đến 24 giờ; công thức dùng sữa tươi và topping tinh "
        "bột hỏng nhanh hơn bột kem sữa; dấu hiệu hỏng: mùi lạ, chua, tách lớp, bọt khí.",
    ),
    (
        "nGo082",
        "en",
        "cold10",
        "Storage life of fresh fruit for juice and tea menus",
        "Fruit supplier's storage table: berries in the fridge 3 to 7 days, grapes 1 to 2 weeks, cut pineapple 3 to 4 "
        "days, citrus about a week at room temperature and 2 to 3 weeks chilled, apples 4 to 6 weeks in the fridge once "
        "ripe; bananas stay at room temperature.",
    ),
    (
        "nGo083",
        "en",
        "dis3",
        "Feasibility study for a cold store and farm-produce processing line",
        "Consultancy preparing investment dossiers: an explanatory report (October 2023) for a cold storage warehouse "
        "combined with a farm-produce processing line in Tra Vinh province, covering site conditions, the fruit and "
        "vegetable market, demand for cold storage and project scale; also loan and investment-approval applications.",
    ),
    (
        "nGo084",
        "en",
        "dis4",
        "Milking parlour and on-farm milk chilling for dairy herds",
        "A high-tech dairy complex in Thanh Hoa with 16,000 cows: a US-style parlour milks 300 cows per round, milk flows "
        "straight into the chilled storage system, is quality-checked and reaches the factory within 24 hours; output "
        "about 60 tonnes of milk a day.",
    ),
    (
        "nGo085",
        "vi",
        "dis5",
        "Quy trình sản xuất sữa công nghiệp",
        "Tổng quan dây chuyền nhà máy sữa: thu gom bằng xe chuyên dụng giữ dưới 6°C, kiểm tra chất lượng đầu vào, lọc, "
        "phối trộn, đồng hóa, tiệt trùng, đóng gói; quy trình sữa bột, sữa chua và tiêu chuẩn chứng nhận.",
    ),
    (
        "nGo086",
        "vi",
        "dis15",
        "Kho lạnh và cấp đông trong chế biến cá tra fillet",
        "Báo cáo thực tập tại công ty xuất khẩu thủy sản Cần Thơ: quy trình chế biến fillet cá tra đông lạnh, đánh giá hiệu "
        "suất thu hồi và độ mất nhiệt qua tường vách cách nhiệt của kho lạnh.",
    ),
    (
        "nGo087",
        "vi",
        "dis14",
        "Mô hình tàu mẹ - tàu con bảo quản lạnh cá ngừ",
        "Đề xuất cụm 1 tàu mẹ và 5 tàu con có hệ thống bảo quản lạnh đạt chuẩn Nhật Bản cho nghề câu cá ngừ đại dương, "
        "giảm tổn thất chất lượng do tàu nhỏ, hải trình dài.",
    ),
    (
        "nGo088",
        "vi",
        "dis8",
        "Đầu tư công nghệ cấp đông hải sản hai cấp",
        "Cơ sở đông lạnh hải sản ở cảng cá đầu tư 1,2 tỷ đồng cho thiết bị cấp đông và máy nước đá mới, thay công nghệ cấp "
        "đông một cấp phải chạy 10 đến 12 giờ; thu mua hàng tấn hải sản mỗi ngày.",
    ),
    # --- point of sale, QR payment and online ordering ---
    (
        "nGo089",
        "vi",
        "pos1",
        "Tư vấn chọn phần mềm bán hàng POS cho quán nhỏ",
        "Tư vấn chọn POS cho quán cà phê, trà sữa nhỏ: màn hình chạm hoặc tablet, máy in hóa đơn, máy in tem, két tiền, QR "
        "thanh toán, màn hình bếp; menu có size, đường, đá, topping; mục tiêu gọi món đến thanh toán dưới 60 giây; tự trừ "
        "kho theo định lượng; chi phí tham khảo 500 nghìn đến 2 triệu đồng/tháng/điểm, triển khai 1 đến 3 ngày.",
    ),
    (
        "nGo090",
        "vi",
        "pos2",
        "Phần mềm quản lý nhà hàng quán cà phê: thiết lập bán hàng",
        "Phần mềm bán hàng cho quán cho phép chọn hình thức phục vụ tại bàn (ghi order trước, thu tiền sau) hoặc phục vụ "
        "nhanh (thu tiền ngay), ghi món mang về, khuyến mại trên món hoặc hóa đơn, tính VAT 10 phần trăm, ghi nhận tiền "
        "khách đưa và tiền thừa, sao lưu dữ liệu tự động.",
    ),
    (
        "nGo091",
        "vi",
        "pos8",
        "Nhận đơn giao hàng từ ứng dụng đặt món ngay trên tablet thu ngân",
        "Ứng dụng bán hàng trên tablet hiện thông báo khi khách đặt món qua ứng dụng giao hàng; thu ngân xác nhận hoặc từ "
        "chối, thêm, sửa, xóa món, tính tiền sau khi giao và gửi hóa đơn về cho khách qua ứng dụng.",
    ),
    (
        "nGo092",
        "vi",
        "pos3",
        "Giải pháp QR thanh toán gắn mã đơn hàng cho hộ kinh doanh",
        "Phân biệt QR chuyển tiền tĩnh (chỉ chứa số tài khoản, người bán phải đối chiếu thông báo chuyển khoản thủ công, "
        "dễ nhầm) với QR thanh toán gắn hóa đơn hoặc mã đơn hàng qua nhà cung cấp dịch vụ. Tư vấn hộ kinh doanh chuyển sang "
        "QR thanh toán để đối soát tự động và bảo vệ quyền lợi hai bên.",
    ),
    (
        "nGo093",
        "vi",
        "pos9",
        "Các loại máy POS tính tiền cho cửa hàng",
        "Nhà cung cấp thiết bị bán hàng: máy POS cầm tay cho quán nhỏ, cà phê mang đi, hội chợ; máy để bàn cho siêu thị; "
        "máy tính bảng POS có camera quét mã; màn hình tương tác cho quầy, bếp; kiosk tự phục vụ. Máy vừa thu tiền vừa quản "
        "lý tồn kho, doanh thu.",
    ),
    (
        "nGo094",
        "en",
        "pos4",
        "Order-ahead website tied to the café's point-of-sale catalogue",
        "Web studio that built order-ahead for a real coffee shop: customers browse, customise, tip, pay and pick up "
        "without queuing. The site reads names, prices, variations and availability from the Square catalogue the staff "
        "already use, so renaming a latte at the register updates the website; order status does not depend on baristas "
        "tapping every step.",
    ),
    (
        "nGo095",
        "en",
        "pos5",
        "Direct online ordering versus delivery marketplaces",
        "Guide and setup service for ordering systems: a customer storefront, a staff device (tablet, POS or printer) and a "
        "back end that syncs menu and payment. Marketplace orders bring reach but take 15 to 30 per cent commission per "
        "order; direct orders keep more of the ticket and the customer data.",
    ),
    (
        "nGo096",
        "en",
        "pos6",
        "Custom direct ordering system with proper menu modifiers",
        "Software firm building direct ordering for venues: aggregators' commissions run 15 to 30 per cent and the venue "
        "rarely owns the customer's contact details. We model categories, items and reusable modifier groups (milk, size) "
        "rather than hard-coded columns, and handle payments, tax, kitchen routing and uptime.",
    ),
    (
        "nGo097",
        "en",
        "pos7",
        "Real cost assessment of running direct online ordering",
        "Advisory on the ongoing costs of a restaurant's own ordering channel: software subscription, card processing, "
        "delivery logistics if you deliver, printer or tablet and internet, website and domain, local marketing, and staff "
        "time for refunds, menu accuracy and troubleshooting; someone must own it day to day.",
    ),
    (
        "nGo098",
        "en",
        "pos10",
        "QR table ordering on Android with no monthly fee",
        "Point-of-sale software where guests scan a QR code at the table, browse the digital menu with prices and photos, "
        "add special requests, order, and pay in the app or later; orders go straight to the kitchen and service staff. "
        "Sold as a one-off licence without monthly fees.",
    ),
    (
        "nGo099",
        "en",
        "pos11",
        "Order and pay by QR code with tipping",
        "Merchant point-of-sale feature: customers scan a QR code or open a link, choose dine-in with a table number or "
        "pick-up, review the cart, add a tip and pay in one click; the shop accepts or refuses each order, and accepted "
        "orders go to the preparation area with a confirmation to the customer.",
    ),
    (
        "nGo100",
        "vi",
        "pos12",
        "Tư vấn vận hành gian hàng trên ứng dụng giao đồ ăn",
        "Công ty tư vấn F&B giúp quán tính đúng chi phí trên ứng dụng giao đồ ăn: chiết khấu phổ biến từ 25 phần trăm (đơn "
        "vị lớn không dưới 15 đến 18), thuế 4,5 phần trăm, quảng cáo nội sàn 10 đến 15 phần trăm, tổng có thể 40 đến 45 "
        "phần trăm doanh thu; chiết khấu trung bình 20 đến 25 phần trăm đang lên 25 đến 30.",
    ),
    (
        "nGo101",
        "vi",
        "pos13",
        "Đăng ký đối tác bán hàng trên ứng dụng giao đồ ăn",
        "Hướng dẫn hợp tác với ứng dụng giao đồ ăn: phí chiết khấu 25 đến 30 phần trăm giá trị đơn tùy gói dịch vụ, có thể "
        "thương lượng khi lượng đơn lớn; tiền đơn hàng chuyển về tài khoản quán trong 1 đến 3 ngày làm việc.",
    ),
    (
        "nGo102",
        "vi",
        "pos15",
        "Phần mềm POS F&B đồng bộ bếp, phục vụ, thu ngân",
        "Phần mềm quản lý nhà hàng, quán ăn trên máy POS: đồng bộ đơn hàng giữa bếp, phục vụ và thu ngân, quản lý nhân "
        "viên, sản phẩm, báo cáo, thanh toán; đồng bộ dữ liệu từ cloud, hỗ trợ cửa hàng một hoặc nhiều điểm.",
    ),
    (
        "nGo103",
        "vi",
        "pos14",
        "Mã nguồn đồ án quản lý quán billiards",
        "Mã nguồn web đồ án fullstack (HTML, CSS, JS, Node.js, Express, SQLite) quản lý quán billiards, quán bia: tính giờ "
        "bàn chơi, thêm đồ uống vào hóa đơn, thanh toán tiền mặt hoặc QR ngân hàng, kho, khách hàng, chấm công, báo cáo.",
    ),
    (
        "nGo104",
        "vi",
        "dis19",
        "Tiểu luận về thanh toán bằng mã QR ở Trung Quốc",
        "Bài tiểu luận tìm hiểu vì sao thanh toán quét mã QR phổ biến ở Trung Quốc: chi phí hạ tầng thấp, dễ triển khai đại "
        "trà, dùng tại quầy, trên hóa đơn, website, mạng xã hội, tờ rơi.",
    ),
    (
        "nGo105",
        "vi",
        "dis20",
        "Bài tập lớn về hoạt động của dịch vụ đặt món và giao hàng",
        "Bài tập lớn học viện ngân hàng phân tích doanh nghiệp dịch vụ đặt món giao tận nơi: lịch sử từ trang đánh giá địa "
        "điểm ăn uống thành lập 2012, ra mắt dịch vụ giao nhận và đặt bàn năm 2015, đổi tên năm 2016.",
    ),
    # --- grounds, cups and waste ---
    (
        "nGo106",
        "en",
        "was2",
        "Setting up a composting programme at a café",
        "Packaging and sustainability firm guiding café operators step by step: organic streams (grounds, espresso pucks, "
        "prep scraps, milk waste, paper filters, napkins, unlined cups) are often 50 to 80 per cent of café waste. The "
        "guide covers a baseline waste audit, choice of commercial hauler, municipal programme or on-site composting, bins "
        "front and back of house, staff training, signage and certified compostable foodware.",
    ),
    (
        "nGo107",
        "en",
        "was1",
        "Volunteer network collecting coffee grounds from small cafés",
        "Grassroots compost coalition running a grounds-to-gardens programme that diverts more than eight tons of coffee "
        "grounds a month from landfill to urban gardens; built for small businesses on tight margins that cannot afford "
        "contracted compost removal.",
    ),
    (
        "nGo108",
        "en",
        "was4",
        "Extension service programme giving spent grounds to gardeners",
        "A county agricultural extension office and a compost coalition recruit coffee houses and shops to fill 4-gallon "
        "repurposed containers with spent grounds that customers take home as compost; more than 20 locations take part. "
        "Grounds add nitrogen, potassium and phosphorus plus calcium and copper and speed composting of other material.",
    ),
    (
        "nGo109",
        "en",
        "was3",
        "Commercial compost pickup for cafés and roasters",
        "Regional composting company making 350 to 400 pickups a week; spent grounds and chaff from cafés and roasters are "
        "mixed with other food scraps and turned into compost sold to organic farms and garden centres. Owners without "
        "space or budget are advised to have a consistent disposal plan (gardeners, worm composters, pig farmers).",
    ),
    (
        "nGo110",
        "vi",
        "was6",
        "Quy trình ủ bã cà phê làm phân bón bằng chế phẩm sinh học",
        "Hướng dẫn ủ bã cà phê bón cây với chế phẩm sinh học chuyên dụng: bã chứa đạm, kali, magie, cải tạo và giữ ẩm đất, "
        "hợp cây ưa đất hơi chua như cà rốt, hành tây, khoai tây, khoai lang; rắc quanh gốc rồi tưới cho ngấm.",
    ),
    (
        "nGo111",
        "vi",
        "was8",
        "Ủ bã cà phê thành phân hữu cơ bón rau sạch",
        "Nền tảng nông nghiệp số hướng dẫn ủ bã cà phê với chế phẩm sinh học để bón rau sạch: bã có khoảng 80 phần trăm "
        "chất hữu cơ và khoáng, tăng độ phì và mùn, hợp cây ưa đất axit nhẹ như cà rốt, khoai, hoa hồng, bắp cải.",
    ),
    (
        "nGo112",
        "vi",
        "was7",
        "Cách ủ bã cà phê bón cây an toàn, tiết kiệm",
        "Hướng dẫn xử lý bã cà phê thành phân bón đảm bảo chất lượng, an toàn và tiết kiệm: bã giàu đạm, lân, magie, kali, "
        "chất xơ làm xốp đất; phải ủ đúng cách trước khi bón.",
    ),
    (
        "nGo113",
        "vi",
        "dis6",
        "Ủ vỏ cà phê làm phân hữu cơ với nấm Trichoderma",
        "Doanh nghiệp nông nghiệp hướng dẫn ủ vỏ quả cà phê sau thu hoạch ở vườn thành phân hữu cơ với nấm Trichoderma: hạn "
        "chế mầm bệnh, hạt cỏ dại, cải tạo đất, giảm phân hóa học.",
    ),
    (
        "nGo114",
        "vi",
        "str1",
        "Ống hút gạo thay ống hút nhựa",
        "Cơ sở sản xuất ống hút gạo làm từ 80 phần trăm bột gạo, phần còn lại là bột mì, bột năng, nhuộm màu từ rau củ; giá "
        "lẻ khoảng 50.000 đồng bịch 80 ống; phân hủy trong khoảng 3 tháng, bảo quản thường được 18 tháng, giữ dạng trong "
        "nước lạnh 30 đến 120 phút; có loại cỡ lớn cho sinh tố, trà sữa.",
    ),
    (
        "nGo115",
        "vi",
        "str2",
        "Ống hút cỏ bàng từ vùng Đồng bằng sông Cửu Long",
        "Ống hút làm từ cỏ bàng, cây thân rỗng họ cói phổ biến ở ĐBSCL, dài khoảng 20 cm, đường kính 4,5 đến 6,5 mm, một "
        "đầu vát; lành tính, không mùi, dễ phân hủy nhưng mỏng, khó bảo quản; bên cạnh là ống hút inox dùng lâu dài.",
    ),
    (
        "nGo116",
        "vi",
        "str3",
        "Ống hút tre dùng nhiều lần cho quán",
        "Ống hút tre có thể dùng lại khoảng 5 đến 6 tháng, có khi 1 năm nếu giữ màu và tình trạng; tre phát triển nhanh, "
        "rẻ, tốn ít năng lượng sản xuất hơn ống giấy hay inox; ngoài ra có ống hút cỏ, sậy, rau muống.",
    ),
    (
        "nGo117",
        "vi",
        "str5",
        "Ống hút trà sữa cỡ lớn thân thiện môi trường",
        "Cửa hàng cung cấp ống hút trà sữa đường kính lớn, đầu nhọn để chọc nắp niêm phong, cho trân châu, thạch, pudding đi "
        "qua; giới thiệu các lựa chọn thân thiện môi trường thay ống nhựa.",
    ),
    (
        "nGo118",
        "en",
        "cup1",
        "Choosing PE- or PLA-lined paper cups",
        "Paper cup manufacturer explaining that recyclability depends on the lining: PE plastic lining is recyclable only in "
        "rare specialised facilities, while PLA plant-based lining is commercially compostable. We supply both and advise "
        "which fits your local waste system.",
    ),
    (
        "nGo119",
        "en",
        "cup2",
        "Disposal reality of PLA-lined cups",
        "Packaging sourcing advice: PLA-lined cups break down only in industrial composting at sustained 55 to 60 °C with "
        "controlled moisture; they do not compost at home and are not accepted in kerbside paper recycling, so without "
        "access to an industrial composter they end up in landfill or incineration.",
    ),
    (
        "nGo120",
        "en",
        "cup3",
        "Compostable PLA-coated paper cups and their lids",
        "Cup maker supplying paperboard cups with PLA film coating that can decompose in about 90 days in a home compost "
        "pile, whereas PE-coated cups clog pulping screens at recycling plants and the coating can persist for centuries; "
        "lids remain plastic and must be separated.",
    ),
    (
        "nGo121",
        "en",
        "dis13",
        "Recycled plastic pellets for export",
        "A plastics recycler sorts material at source, cleans it repeatedly at its plant in Long An, turns it into pellets "
        "and preforms and blows bottles to export standard, including food-grade bottles; Vietnam has exported 4,000 "
        "tonnes of recycled pellets.",
    ),
    (
        "nGo122",
        "vi",
        "dis7",
        "Hệ thống xử lý nước thải chế biến surimi",
        "Công ty môi trường thiết kế hệ thống xử lý nước thải surimi công suất 300 m3/ngày đêm: COD đến 36.000 mg/l, BOD5 "
        "4.000 đến 15.000 mg/l, dầu mỡ, mùi tanh; quy trình 10 công đoạn đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "nGo123",
        "vi",
        "dis18",
        "Hiệu quả kinh tế sản phẩm từ mụn xơ dừa",
        "Luận văn so sánh hiệu quả kinh tế các cách sử dụng sản phẩm làm từ mụn xơ dừa tại Bến Tre (giá thể, phân bón).",
    ),
    (
        "nGo124",
        "vi",
        "dis28",
        "Máy tạo hạt nhựa nguyên sinh",
        "Nhà sản xuất máy ngành nhựa giới thiệu quy trình và máy tạo hạt nhựa nguyên sinh, nguyên liệu cho bao bì y tế, chai "
        "đựng thực phẩm và nước uống.",
    ),
    (
        "nGo125",
        "en",
        "cup4",
        "Life-cycle comparison of paper and plastic cups",
        "Summary of life-cycle inventories: paper versus plastic cups shows no clear winner; PE coatings slow paper "
        "breakdown, PLA coatings are compostable but can contaminate recycling streams and make other recycled plastics "
        "unsaleable; all paper cups need a specialised facility to be recycled.",
    ),
    # --- energy use and ventilation of small shops ---
    (
        "nGo126",
        "en",
        "ene2",
        "Insulated brewers and standby-energy advice for cafés",
        "Coffee equipment developer: heating brew water takes about the same energy on any brewer; the waste is when it is "
        "not brewing. Roughly 75 per cent of what a typical coffee machine consumes is spent holding temperature or idling on "
        "standby, and most machines have no insulation; hot plates use more energy than brewing and spoil flavour. We design insulated "
        "equipment and help owners compare consumption before buying.",
    ),
    (
        "nGo127",
        "en",
        "ene1",
        "Energy bill review for cafés and roasteries",
        "Coffee training company's guidance on cutting energy use: per square foot, cafés and restaurants draw five to "
        "seven times the energy of typical commercial buildings; one small Newcastle café saw its bill rise from about 400 "
        "pounds a month in 2016 to 1,200 and was then offered 4,600. Review equipment, hours and tariffs.",
    ),
    (
        "nGo128",
        "en",
        "ene3",
        "Research on energy-efficient coffee shop design",
        "University coffee excellence centre studying how coffee shops can cut energy use: per square foot, restaurants and "
        "cafés consume five to seven times what other commercial buildings do, mostly for refrigeration, lighting "
        "and air-conditioning; efficiency measures pay back faster and cost less than adding renewables.",
    ),
    (
        "nGo129",
        "vi",
        "ene5",
        "Lắp đặt điện mặt trời áp mái hòa lưới cho nhà và cửa hàng",
        "Nhà thầu năng lượng mặt trời lắp hệ áp mái: tấm pin Mono PERC, inverter, giám sát qua điện thoại; tiết kiệm 50 đến "
        "90 phần trăm hóa đơn điện, tuổi thọ 25 đến 30 năm; hệ hòa lưới khoảng 15 đến 20 triệu đồng cho 3 kWp, hệ hybrid "
        "thêm 30 đến 50 triệu cho pin lưu trữ 5 kWh.",
    ),
    (
        "nGo130",
        "vi",
        "ene7",
        "Quạt hút thông gió công nghiệp thay một phần điều hòa",
        "Nhà phân phối quạt thông gió: lắp âm tường, cửa chớp tự đóng mở, động cơ có cảm biến nhiệt tự ngắt, loại hai chiều "
        "hút và thổi; khả năng tiết kiệm điện tới 60 phần trăm so với làm mát bằng điều hòa, hút mùi, hơi ẩm cho không gian "
        "kín.",
    ),
    (
        "nGo131",
        "vi",
        "ene4",
        "Tư vấn dùng máy lạnh inverter tiết kiệm điện",
        "Hướng dẫn tính điện năng máy lạnh theo kWh, các yếu tố ảnh hưởng mức tiêu thụ, khác biệt máy nén inverter điều "
        "chỉnh tốc độ để giữ nhiệt độ so với máy thường bật tắt, và mẹo sử dụng để giảm hóa đơn tiền điện.",
    ),
    (
        "nGo132",
        "vi",
        "ene9",
        "Thiết kế, thi công hệ thống thông gió",
        "Công ty sản xuất thương mại dịch vụ thông gió tư vấn khái niệm, cấu tạo và các loại hệ thống thông gió: thay không "
        "khí nóng ẩm, tù đọng bằng khí tươi, loại bỏ tác nhân gây hại, cho văn phòng, nhà ở, công trình công cộng và nhà máy.",
    ),
    (
        "nGo133",
        "vi",
        "ene8",
        "Quạt hơi nước làm mát giá rẻ cho phòng đông người",
        "Giải pháp làm mát tự chế: bơm nước tuần hoàn qua ống đồng đặt sau quạt treo tường để hạ nhiệt không khí rồi thổi "
        "vào phòng, tiền đầu tư và tiền điện thấp hơn nhiều lần máy lạnh; vốn dùng trong trại gà, heo.",
    ),
    (
        "nGo134",
        "vi",
        "ene6",
        "Tập huấn năng lượng sạch và điện mặt trời áp mái",
        "Khóa tập huấn về điện mặt trời áp mái cho hộ gia đình và doanh nghiệp: bức xạ trung bình 4 đến 5 kWh/m2/ngày, Quy "
        "hoạch điện VIII hướng tới khoảng 34 phần trăm công suất điện mặt trời vào 2050; giảm hóa đơn điện hằng tháng.",
    ),
    (
        "nGo135",
        "vi",
        "dis21",
        "Bơm nhiệt heat pump đun nước nóng",
        "Nhà cung cấp giới thiệu ưu, nhược điểm của bơm nhiệt đun nước nóng so với bình nóng lạnh, lưu ý khi dùng cho gia "
        "đình và công trình.",
    ),
    (
        "nGo136",
        "en",
        "dis26",
        "Fuel-fired coffee dryers for farm households",
        "A sustainable agriculture project co-funds 50 per cent of coffee dryers for farmers in Lam Dong: each dryer takes "
        "about 15 tonnes of fresh cherries and yields 3 tonnes of green coffee per batch, since the harvest coincides with "
        "the rainy season and sun-drying losses reach 30 to 40 per cent.",
    ),
    (
        "nGo137",
        "vi",
        "dis27",
        "Thang máy gia đình tiêu thụ bao nhiêu điện",
        "Đơn vị thang máy giải thích công suất động cơ thang máy gia đình, thời gian chạy thực tế ngắn và cách chọn công "
        "nghệ để hóa đơn tiền điện thấp.",
    ),
    # --- barista training and food-safety certification ---
    (
        "nGo138",
        "en",
        "trn3",
        "SCA Barista Skills Intermediate course and exam",
        "Authorised training campus running the Specialty Coffee Association Barista Skills Intermediate module (10 "
        "credits toward the 100-credit Coffee Diploma): grinder setting to find the best espresso recipe for a coffee, a "
        "wide range of drinks and basic latte art. Recommended for baristas with at least 6 months of café work and the "
        "Foundation level.",
    ),
    (
        "nGo139",
        "en",
        "trn4",
        "Barista certification at Foundation, Intermediate and Professional levels",
        "Coffee school offering the three SCA barista levels: Foundation is a one-day course on extraction basics, milk "
        "texturing and drink preparation; Intermediate and Professional are multi-day and cover brewing, equipment upkeep, "
        "green coffee, roasting, cupping and sensory evaluation; each level ends in an exam.",
    ),
    (
        "nGo140",
        "en",
        "trn10",
        "Introductory barista course and refresher for café staff",
        "Local roaster's training course for new baristas and as a refresher: dosing, pulling and tasting a shot, steaming "
        "milk to the right temperature and texture, grind adjustments, daily cleaning habits and troubleshooting when "
        "something goes wrong.",
    ),
    (
        "nGo141",
        "en",
        "trn8",
        "Designing café staff training for consistent service",
        "Coffee supplier's training programme for café operators: start with the site layout, service flow and opening "
        "checks, where stock is stored and rotated, and how to keep the machine area clean and safe; teach in the order of "
        "the actual shift, separate essential skills from advanced ones, and stage training around staff turnover.",
    ),
    (
        "nGo142",
        "en",
        "trn6",
        "Hands-on barista onboarding method",
        "A café's training approach offered to other shops: hospitality first (greeting, menu, allergens), then milk "
        "steaming practised with water before milk, then espresso with one rule, taste everything, adjusting one variable "
        "at a time; a trainee is ready when they keep the station clean and pull consistent shots in a rush.",
    ),
    (
        "nGo143",
        "en",
        "trn9",
        "Two-hour in-house barista session for new staff",
        "Café-run training session: a short introduction to coffee origins and the house blend, then grinder setting, "
        "tamping at about 40 pounds of pressure, steaming milk for latte and frothing for cappuccino, and making combined "
        "orders, so coffee is consistent whoever is on shift.",
    ),
    (
        "nGo144",
        "vi",
        "trn2",
        "Trường đào tạo chuyên ngành barista theo chuẩn SCA",
        "Trường chuyên đào tạo barista và các nghề trong ngành cà phê do một thành viên Hiệp hội Cà phê Đặc sản (SCA) sáng "
        "lập, đã dự giải vô địch barista thế giới; truyền đạt kiến thức, kỹ năng barista theo chuẩn châu Âu.",
    ),
    (
        "nGo145",
        "vi",
        "trn1",
        "Khóa đào tạo barista 3 tháng để đi làm",
        "Khóa đào tạo pha chế cà phê khoảng 3 tháng, học viên có thể đi làm với mức lương khởi điểm khoảng 5 triệu đồng, lên "
        "quản lý hoặc đào tạo pha chế trên 10 triệu; học ở trung tâm hoặc vừa học vừa làm tại cửa hàng để đủ kinh nghiệm mở "
        "quán.",
    ),
    (
        "nGo146",
        "vi",
        "trn5",
        "Khóa học barista: vận hành máy, rang xay, phối trộn, điều vị",
        "Khóa học barista chuyên nghiệp không chỉ dạy thao tác máy pha mà cả kỹ thuật rang xay, phối trộn, điều vị, sáng tạo "
        "đồ uống mới và trình bày đẹp mắt.",
    ),
    (
        "nGo147",
        "en",
        "fs3",
        "Level 2 and Level 3 food hygiene certificates",
        "Council guidance and course list: food business operators must ensure food handlers are supervised and trained "
        "in food hygiene; Foundation certificate (Level 2) for staff preparing food, Intermediate certificate (Level 3) for "
        "supervisors and managers, online or face to face, plus free online training from the national agency.",
    ),
    (
        "nGo148",
        "en",
        "fs5",
        "Food handler certification course in four modules",
        "College classroom course for food handler certification, 4 modules and 13 lessons: contamination sources, "
        "food-related illness and allergy, clean premises and equipment, time and temperature control, cleaning and "
        "sanitising procedures, safe receiving, storing, preparing and serving, and a food safety plan.",
    ),
    (
        "nGo149",
        "en",
        "fs4",
        "Food hygiene and safety award for bar and beverage staff",
        "Training provider's hygiene award for everyone who handles or serves food and drink, including bar staff and "
        "beverage assistants; industry guidance counts anyone handling drink and ice as a food handler, and the legal duty "
        "is about competence through supervision and training rather than a certificate.",
    ),
    (
        "nGo150",
        "en",
        "fs2",
        "Food safety handling courses with renewal every five years",
        "Listing of food hygiene handling courses for food-service workers: legislation requires at least one person per "
        "shift to hold a food safety training certificate, everyone on the job is strongly advised to take it, and the "
        "certificate must be renewed every five years.",
    ),
    (
        "nGo151",
        "vi",
        "fs1",
        "Tư vấn thủ tục xin giấy chứng nhận vệ sinh an toàn thực phẩm",
        "Đơn vị tư vấn chứng nhận giải thích giấy chứng nhận vệ sinh an toàn thực phẩm là gì và hỗ trợ trọn gói thủ tục xin "
        "cấp cho cơ sở kinh doanh thực phẩm, đồ uống.",
    ),
    (
        "nGo152",
        "vi",
        "fs6",
        "Đào tạo điều kiện an toàn thực phẩm cho cơ sở dịch vụ ăn uống",
        "Học viện đào tạo an toàn thực phẩm hướng dẫn các nhóm điều kiện cơ sở kinh doanh dịch vụ ăn uống phải đáp ứng: cơ sở "
        "vật chất, trang thiết bị dụng cụ và con người, chuẩn bị hồ sơ kiểm tra.",
    ),
    (
        "nGo153",
        "vi",
        "dis22",
        "Hướng dẫn pha cà phê bằng máy pha tự động tại nhà",
        "Bài hướng dẫn dùng máy pha tự động (bean-to-cup) cho gia đình và văn phòng: cơ chế xay và pha tự động, chọn hạt, "
        "nước và chỉnh máy để ly cà phê không nhạt hay đắng.",
    ),
    (
        "nGo154",
        "vi",
        "dis25",
        "Chuỗi cung ứng sữa tươi từ trang trại bò tập trung",
        "Doanh nghiệp sữa với đàn bò 45.000 con xây dựng chuỗi từ vùng trồng ngô, cỏ, ủ chua thức ăn, nước uống qua lọc tự "
        "động, đến xử lý chất thải và bệnh viện cho bò.",
    ),
    (
        "nGo155",
        "vi",
        "dis12",
        "Máy sấy cà phê quả tĩnh vỉ ngang đảo chiều gió",
        "Kết quả nghiên cứu máy sấy cà phê nguyên quả SRA 7 tấn/mẻ và 14 tấn/mẻ, đảo chiều không khí sấy, lò đốt ghi nghiêng "
        "dùng vỏ cà phê làm chất đốt, triển khai ở Lâm Đồng, Đắk Lắk, Đắk Nông.",
    ),
    # --- further English offers ---
    (
        "nGo156",
        "en",
        "ice13",
        "Water filtration for ice machines to cut service calls",
        "Food-service equipment dealer: since ice is made of nothing but water, water quality lies behind as many as 70 "
        "per cent of ice-machine service calls (lime scale, chlorine, sediment). Scale on the evaporator slows freezing and makes compressors run "
        "longer, ice bridges in the bin, deposits clog distributor tubes and float valves, chlorine corrodes bins and "
        "augers. Proper filters raise ice output, cut energy and service costs and extend machine life.",
    ),
    (
        "nGo157",
        "en",
        "ice14",
        "Water treatment and scale prevention packages for ice machines",
        "Buying guide and supply of filtration for ice machines: untreated water, not the machine, causes most premature "
        "failures; scale, biofilm and corrosion can halve machine life. Cloudy, fast-melting or off-tasting ice and white "
        "residue trace back to minerals, chlorine, sediment, high dissolved solids or iron; filtration gives clear, "
        "neutral ice and protects warranty.",
    ),
    (
        "nGo158",
        "en",
        "cup6",
        "Returnable cup scheme run with a reuse start-up",
        "An environmental charity and a reuse start-up run a borrow-and-return cup system in 49 cafés and restaurants: "
        "customers pay a 1-pound deposit, swap a used cup for a clean one, or return it at the till or at a drop-off point "
        "scanning a QR code for an e-voucher; the partner collects, washes and redistributes the cups.",
    ),
    (
        "nGo159",
        "en",
        "cup5",
        "Support for reusable cup take-back trials",
        "A national zero-waste agency supports trials of reusable cup take-back schemes with businesses: customers pay a "
        "small deposit refunded when the cup is returned for washing and reuse; about 200 million single-use cups are used "
        "a year in the country and 77 per cent of people are concerned about single-use packaging.",
    ),
    (
        "nGo160",
        "en",
        "ene10",
        "Condenser coil cleaning for fridges and freezers",
        "Coil-cleaning contractor: refrigeration is over half of energy use in small food retail, and compressors working "
        "against fouled condenser coils use roughly 30 per cent more power. A one-hour cleaning costing about 50 dollars pays back "
        "in around two months; measured savings are 51 to 1,781 kWh a year per fridge or freezer.",
    ),
    (
        "nGo161",
        "en",
        "ene11",
        "Energy-efficient refrigeration upgrades for small food businesses",
        "Government small-business guidance: refrigeration takes 25 to 60 per cent of electricity in grocery stores, "
        "convenience stores and restaurants. Ask contractors about certified efficient solid-door fridges, better walk-in "
        "insulation, efficient fan motors, demand defrost, glass doors instead of open cases, LED or efficient lighting and "
        "automatic door closers.",
    ),
    (
        "nGo162",
        "vi",
        "pos16",
        "API tạo mã VietQR động gắn mã đơn hàng cho phần mềm bán hàng",
        "Cổng dịch vụ VietQR cho đối tác tích hợp: gọi API để sinh mã QR thanh toán loại tĩnh, bán động hoặc động; mã động "
        "mang số tiền và mã đơn hàng (orderId), khi hệ thống nhận giao dịch khớp với mã QR sẽ trả lại orderId để phần mềm "
        "tự xác nhận đơn đã thanh toán; có mã điểm bán, mã chi nhánh và chữ ký số.",
    ),
]
