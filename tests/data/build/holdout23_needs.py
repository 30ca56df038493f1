"""Needs of the holdout23 set: (id, language, source key, title, description, {offer id: grade}).

Grade 2: the offer would solve the need; 1: partly relevant or related; unlisted: not relevant.
"""

NEEDS = [
    (
        "iYn01",
        "vi",
        "tv_om_salt",
        "Cần giống lúa chịu mặn cho ruộng ở Trà Cú",
        (
            "Mùa khô nước kênh ở Ngãi Xuyên lên tới 4 phần ngàn, năm rồi lúa Đông Xuân cháy lá chết gần hết 3 "
            "công. Ai có giống lúa nào chịu nổi mặn mà năng suất khá thì chỉ giùm, cần khoảng 300 kg giống."
        ),
        {"iYo001": 2, "iYo002": 2, "iYo003": 2, "iYo004": 2, "iYo005": 1, "iYo006": 1, "iYo007": 1, "iYo008": 1},
    ),
    (
        "iYn02",
        "en",
        "clrri_irri_salt",
        "Participatory variety trials for saline coastal paddies",
        (
            "Our cooperative in Cầu Ngang (180 members, 260 ha) wants to compare new salinity-tolerant rice lines "
            "on members' fields over the next two dry seasons before deciding what to multiply. We can offer ten "
            "plots of 1,000 m² and record data; we need the lines, a trial protocol and help analysing results."
        ),
        {"iYo005": 2, "iYo001": 1, "iYo002": 1, "iYo003": 1, "iYo004": 1, "iYo006": 1},
    ),
    (
        "iYn03",
        "vi",
        "st25_nn",
        "Tìm giống lúa thơm cho ruộng nuôi tôm xong trồng lúa ở Duyên Hải",
        (
            "Nhà có 2 ha, mùa khô nuôi tôm sú, mưa xuống thì rửa ruộng cấy lúa. Lúa đang trồng hay đổ ngã, gạo "
            "bán không được giá. Muốn kiếm giống lúa thơm, cứng cây, chịu được đất còn hơi mặn sau vụ tôm."
        ),
        {"iYo007": 2, "iYo001": 1, "iYo002": 1, "iYo003": 1, "iYo008": 1, "iYo151": 1},
    ),
    (
        "iYn04",
        "en",
        "hatri_coast",
        "Rice variety for a highly saline coastal field (about 10 dS/m)",
        (
            "Measurements on our 40 ha in Long Khánh, Duyên Hải show soil-water EC of 9–11 dS/m at the end of the "
            "dry season and our current varieties fail. We need a line that still gives at least 4 t/ha at that "
            "level, with advice on where it fits."
        ),
        {"iYo004": 2, "iYo001": 1, "iYo003": 1, "iYo005": 1, "iYo082": 1, "iYo083": 1},
    ),
    (
        "iYn05",
        "vi",
        "ag_seed_coop",
        "HTX muốn tự sản xuất lúa giống xác nhận",
        (
            "HTX ở xã Huyền Hội, Càng Long có 35 ha ruộng, bà con muốn nhân lúa giống xác nhận bán cho xã viên và "
            "các xã lân cận thay vì mua giống trôi nổi. Cần hướng dẫn khử lẫn, máy làm sạch hạt, thủ tục kiểm "
            "định và in bao bì."
        ),
        {"iYo009": 2, "iYo010": 1, "iYo014": 1, "iYo026": 1, "iYo027": 1, "iYo046": 1},
    ),
    (
        "iYn06",
        "en",
        "ag_seed_coop",
        "Germination and purity testing for our seed lots",
        (
            "We sell about 40 lots of rice seed each season from Tam Bình, Vĩnh Long, and buyers now ask for "
            "germination and purity results. Looking for a laboratory that can sample and certify lots within a "
            "week at a fair price."
        ),
        {"iYo010": 2, "iYo009": 1},
    ),
    (
        "iYn07",
        "vi",
        "upi_scuba",
        "giong lua chiu ngap cho ruong tra on",
        (
            "ruong tui o Tra On dau mua mua hay bi ngap 1-2 tuan, lua chet ung gan het phai sa lai. co giong lua "
            "nao chiu duoc ngap nuoc khong, xin chi dum"
        ),
        {"iYo011": 2},
    ),
    (
        "iYn08",
        "en",
        "st25_nn",
        "Fragrant long-grain rice variety for an export contract",
        (
            "A rice exporter has offered us a contract for premium fragrant rice: long grain, soft texture, two "
            "crops a year on 150 ha in Tiểu Cần. We need a suitable variety and certified seed."
        ),
        {"iYo007": 2, "iYo002": 1, "iYo009": 1},
    ),
    (
        "iYn09",
        "vi",
        "nlu_flatbed_study",
        "Lúa Hè Thu gặt trúng mưa, HTX cần máy sấy",
        (
            "HTX ở Tiểu Cần gặt lúa Hè Thu ẩm độ 28–30%, sân phơi không kịp, lúa nảy mầm, vàng hạt. Cần đầu tư "
            "máy sấy 10–15 tấn/mẻ đốt bằng trấu, có đổi chiều gió để hạt khô đều."
        ),
        {"iYo014": 2, "iYo015": 2, "iYo016": 1, "iYo017": 1, "iYo018": 1, "iYo019": 1, "iYo023": 1, "iYo024": 1},
    ),
    (
        "iYn10",
        "en",
        "aciar_2stage",
        "Central drying capacity for a 300 t/day rice mill",
        (
            "Our mill in Vĩnh Long buys wet paddy at harvest peaks and cannot dry it quickly enough, so grain "
            "yellows and breakage rises. We want to add central drying for about 300 t/day while keeping head "
            "rice high."
        ),
        {"iYo017": 2, "iYo018": 2, "iYo014": 1, "iYo015": 1, "iYo019": 1, "iYo023": 1, "iYo025": 1, "iYo029": 1},
    ),
    (
        "iYn11",
        "vi",
        "husk_gasifier",
        "lo say dot trau khoi qua, bi hang xom phan nan",
        (
            "may say lua 8 tan nha em o Cau Ke dot trau truc tiep, khoi bui bay qua nha hang xom, bi phan anh "
            "hoai. muon doi qua loai lo dot sach hon ma van xai trau"
        ),
        {"iYo019": 2, "iYo014": 1, "iYo016": 1, "iYo161": 1},
    ),
    (
        "iYn12",
        "en",
        "card_crack",
        "Too many broken grains after drying",
        (
            "Millers pay us less because head rice recovery from our paddy is only about 50%. We suspect harvest "
            "timing and drying. We need practical advice and training for our combine operators and dryer staff "
            "(cooperative in Châu Thành, Trà Vinh)."
        ),
        {"iYo023": 2, "iYo014": 1, "iYo015": 1, "iYo017": 1, "iYo024": 1, "iYo025": 1},
    ),
    (
        "iYn13",
        "en",
        "nlu_flatbed_study",
        "Cutting husk use in our flatbed dryers with solar heat",
        (
            "We run two 4-tonne flatbed dryers in Càng Long and husk prices have doubled. Is there a proven way "
            "to add solar heating and burn less fuel without hurting grain quality?"
        ),
        {"iYo016": 2, "iYo014": 1, "iYo015": 1, "iYo019": 1},
    ),
    (
        "iYn14",
        "en",
        "cold_dry",
        "Dryer for mango and longan slices, 100–200 kg per batch",
        (
            "Our women's cooperative in Vĩnh Long makes dried mango and longan for the OCOP programme. Sun drying "
            "darkens the fruit. We want a dryer taking 100–200 kg of fresh fruit per batch that keeps the natural "
            "colour."
        ),
        {"iYo022": 2, "iYo020": 1, "iYo021": 1},
    ),
    (
        "iYn15",
        "vi",
        "irri_superbag",
        "Lúa giống để dành bị mọt, nảy mầm kém",
        (
            "Năm nào cũng để dành vài trăm ký lúa giống cho vụ sau, cất trong bao cát, tới lúc gieo thì mọt đục, "
            "nảy mầm chỉ còn 60–70%. Có cách cất nào kín mà khỏi xịt thuốc không?"
        ),
        {"iYo026": 2, "iYo028": 2, "iYo027": 1},
    ),
    (
        "iYn16",
        "vi",
        "irri_hermetic",
        "Cơ sở trữ 200 tấn lúa 4 tháng, muốn kho kín không xông thuốc",
        (
            "Cơ sở ở Cầu Kè mua lúa trữ chờ giá, khoảng 200 tấn trong 4 tháng. Xông thuốc tốn kém, khách nước "
            "ngoài lại ngại dư lượng. Tìm cách bảo quản kín, giữ ẩm độ hạt ổn định."
        ),
        {"iYo027": 2, "iYo026": 1, "iYo029": 1, "iYo030": 1},
    ),
    (
        "iYn17",
        "en",
        "irri_local",
        "Household paddy storage safe from rats and weevils",
        (
            "Small farm families around Trà Cú keep 1–2 tonnes of paddy for home use through the year, and rats "
            "and weevils destroy a lot of it. They need cheap airtight containers or bags."
        ),
        {"iYo026": 2, "iYo028": 2, "iYo027": 1},
    ),
    (
        "iYn18",
        "vi",
        "nn_strawroll",
        "Cần thuê máy cuốn rơm cho 30 ha",
        (
            "Tổ hợp tác ở Châu Thành gặt máy xong rơm nằm rải trên ruộng ướt, đốt thì bị nhắc nhở, bỏ thì khó làm "
            "đất. Cần thuê hoặc mua máy cuộn rơm cho khoảng 30 ha mỗi vụ, có chỗ bao tiêu rơm càng tốt."
        ),
        {"iYo031": 2, "iYo032": 2, "iYo033": 1, "iYo040": 1},
    ),
    (
        "iYn19",
        "en",
        "irri_straw_turner",
        "Composting straw and cow manure at scale",
        (
            "A livestock company near Trà Vinh city collects about 50 t of rice straw and manure a month and "
            "wants to turn it into compost quickly with machinery instead of manual turning."
        ),
        {"iYo033": 2, "iYo040": 1, "iYo078": 1, "iYo079": 1, "iYo085": 1},
    ),
    (
        "iYn20",
        "vi",
        "ag_indoor_mush",
        "Trồng nấm rơm trong nhà trên miếng đất trống nhỏ",
        (
            "Nhà có khoảng 40 m² đất trống cạnh nhà ở Trà Ôn, muốn làm nấm rơm trong nhà kiểu trụ cho khỏi phụ "
            "thuộc mưa nắng. Cần người chỉ cách ủ rơm, cấy meo, giữ ẩm."
        ),
        {"iYo034": 2, "iYo035": 1, "iYo036": 1, "iYo037": 1},
    ),
    (
        "iYn21",
        "vi",
        "ctu_straw_mush",
        "Tổ phụ nữ muốn làm nấm rơm, cần meo giống và người dạy",
        (
            "Tổ phụ nữ ấp ở Cầu Ngang có 15 chị muốn làm nấm rơm ngoài đồng sau vụ lúa để có thêm thu nhập, chưa "
            "ai biết làm. Cần nơi bán meo giống ổn định và mở lớp hướng dẫn từ đầu."
        ),
        {"iYo035": 2, "iYo034": 1, "iYo036": 1, "iYo037": 1, "iYo038": 1},
    ),
    (
        "iYn22",
        "vi",
        "rikolto_mush",
        "Bã rơm sau trồng nấm bỏ đống, muốn ủ làm phân",
        (
            "Mỗi vụ nấm xong còn cả chục tấn rơm bã, để lâu hôi, ruồi nhiều. Muốn ủ thành phân bón lại cho ruộng "
            "lúa, làm sao cho mau hoai?"
        ),
        {"iYo036": 2, "iYo078": 2, "iYo079": 2, "iYo033": 1, "iYo040": 1},
    ),
    (
        "iYn23",
        "vi",
        "tvu_cattle",
        "Nuôi bò mùa khô thiếu cỏ",
        (
            "Nhà nuôi 6 con bò ở Cầu Ngang, mùa khô cỏ cháy hết, mua cỏ thì mắc. Nghe nói ủ rơm cho bò ăn được, "
            "ai chỉ cách ủ cho đúng."
        ),
        {"iYo039": 2, "iYo031": 1, "iYo032": 1},
    ),
    (
        "iYn24",
        "vi",
        "bvtv_blog",
        "Chế phẩm làm rơm mục nhanh để kịp xuống giống",
        (
            "Vụ Đông Xuân ở Càng Long xuống giống sát nhau, rơm chưa kịp mục, lúa non bị ngộ độc vàng lá. Có chế "
            "phẩm nào xịt cho rơm rã nhanh ngay trên ruộng không, khỏi phải đốt?"
        ),
        {"iYo040": 2, "iYo031": 1, "iYo032": 1, "iYo079": 1},
    ),
    (
        "iYn25",
        "vi",
        "clrri_laser",
        "ruong go tru khong deu, nuoc vo cho sau cho can",
        (
            "ruong nha toi 2 ha o Tieu Can cho cao cho thap, bom nuoc vo thi cho ngap cho kho, lua moc khong deu, "
            "oc buou vang an cho trung. co may nao lam bang mat ruong khong"
        ),
        {"iYo042": 2, "iYo043": 2, "iYo044": 1},
    ),
    (
        "iYn26",
        "en",
        "irri_laser",
        "Setting up a laser levelling service business",
        (
            "I own a 90 hp tractor in Tiểu Cần and want to offer laser levelling to farmers as a business. I need "
            "advice on equipment, operator training and a realistic pricing model."
        ),
        {"iYo044": 2, "iYo042": 1, "iYo043": 1},
    ),
    (
        "iYn27",
        "vi",
        "ctu_transplanter",
        "Chuyển từ sạ lan sang cấy máy để bớt giống",
        (
            "HTX ở Trà Cú sạ 180–200 kg giống/ha, tốn giống, lúa dày nên bệnh nhiều. Muốn thử cấy bằng máy cho 20 "
            "ha vụ tới, cần máy cấy và người chỉ cách làm mạ khay."
        ),
        {"iYo045": 2, "iYo046": 2, "iYo047": 1},
    ),
    (
        "iYn28",
        "vi",
        "mdt_transpl",
        "Tổ dịch vụ cấy máy cần máy gieo mạ khay",
        (
            "Tổ dịch vụ cấy máy ở Châu Thành nhận cấy hơn 100 ha mỗi vụ, gieo mạ khay bằng tay không kịp. Tìm máy "
            "gieo mạ khay tự động khoảng 500 khay/giờ trở lên."
        ),
        {"iYo047": 2, "iYo045": 1, "iYo046": 1},
    ),
    (
        "iYn29",
        "vi",
        "drone_ttct",
        "Thuê máy bay xịt thuốc 20 ha lúa ở Cầu Kè",
        (
            "Ruộng 20 ha ở Cầu Kè tới kỳ xịt ngừa đạo ôn mà người xịt bình thuê khan hiếm quá. Ai có dịch vụ máy "
            "bay xịt thuốc cho thuê thì báo giá theo công."
        ),
        {"iYo048": 2, "iYo049": 2, "iYo050": 1},
    ),
    (
        "iYn30",
        "en",
        "drone_ttct",
        "Training young people as agricultural drone pilots",
        (
            "The district youth union in Càng Long wants a course that trains 20 young people to fly spraying "
            "drones safely and to repair batteries and motors, so they can join spraying service teams."
        ),
        {"iYo050": 2, "iYo048": 1, "iYo049": 1},
    ),
    (
        "iYn31",
        "vi",
        "drone_mango_kh",
        "Vườn xoài 5 ha phun thuốc bằng tay mất cả tuần",
        (
            "Vườn xoài cát Hòa Lộc 5 ha ở Cầu Kè, mỗi lần trị bọ trĩ thuê người phun mất 5–6 ngày, thuốc bay vào "
            "người. Muốn tìm thiết bị phun nhanh hơn, chạy được trên bờ liếp."
        ),
        {"iYo051": 2, "iYo052": 2, "iYo048": 1, "iYo049": 1},
    ),
    (
        "iYn32",
        "en",
        "hien_mech",
        "Small combine harvester for boggy fields",
        (
            "Fields in Trà Ôn stay soft at harvest and large combines get stuck. We need a lightweight tracked "
            "combine that can cut 2–3 ha a day."
        ),
        {"iYo054": 2},
    ),
    (
        "iYn33",
        "vi",
        "int_salinity",
        "Trạm đo mặn tự động cho xã ven biển",
        (
            "UBND xã Long Hữu (Duyên Hải) muốn lắp trạm đo độ mặn tự động trên kênh chính, báo cho bà con qua "
            "điện thoại khi nào lấy nước được. Hiện cán bộ phải đi đo tay mỗi ngày."
        ),
        {"iYo055": 2, "iYo056": 2, "iYo057": 2, "iYo058": 1, "iYo159": 1},
    ),
    (
        "iYn34",
        "en",
        "iu_salinity_durian",
        "Phone alert when canal salinity rises near my durian orchard",
        (
            "My 3 ha durian orchard in Vũng Liêm takes water from a canal, and salt above 0.5 ppt kills durian. I "
            "want an alarm on my phone before I open the sluice gate."
        ),
        {"iYo055": 2, "iYo057": 2, "iYo058": 2, "iYo056": 1, "iYo123": 1, "iYo124": 1, "iYo159": 1},
    ),
    (
        "iYn35",
        "vi",
        "mimosatek",
        "Thiết bị đo ẩm đất để biết lúc nào tưới vườn bưởi",
        (
            "Vườn bưởi 3 ha ở Châu Thành tưới theo cảm tính, mùa khô sợ thiếu nước ngọt. Muốn có thiết bị đo ẩm "
            "đất báo lên điện thoại lúc nào cần tưới, tưới bao nhiêu."
        ),
        {"iYo059": 2, "iYo060": 2, "iYo118": 1},
    ),
    (
        "iYn36",
        "en",
        "sentinel_rice",
        "Seasonal maps of rice sowing and salinity-hit areas",
        (
            "The provincial agriculture department wants commune-level maps every season showing when rice was "
            "sown and which areas were lost to drought or salt intrusion, to plan support and water schedules."
        ),
        {"iYo061": 2, "iYo062": 2},
    ),
    (
        "iYn37",
        "vi",
        "coop_ds_nhandan",
        "Cần phần mềm quản lý HTX thay cho sổ tay",
        (
            "HTX nông nghiệp ở Tiểu Cần có 300 thành viên, vốn góp, diện tích, tiền phân thuốc ứng trước đều ghi "
            "sổ tay, cuối vụ đối chiếu rất cực. Cần phần mềm dễ dùng cho cán bộ lớn tuổi."
        ),
        {"iYo063": 2, "iYo064": 2, "iYo065": 1, "iYo066": 1, "iYo070": 1},
    ),
    (
        "iYn38",
        "en",
        "coop_ds_thuonghieu",
        "Software for harvest intake, member payments and e-invoices",
        (
            "Our pomelo cooperative weighs fruit from 120 members at the collection point, grades it and pays "
            "weekly; paper slips get lost. We need software for intake with scales, payment calculation and "
            "electronic invoices."
        ),
        {"iYo064": 2, "iYo063": 1, "iYo066": 1},
    ),
    (
        "iYn39",
        "vi",
        "coop_ds_vneconomy",
        "HTX không biết bắt đầu chuyển đổi số từ đâu",
        (
            "Ban quản trị HTX ở Cầu Ngang đều lớn tuổi, nghe nói phải chuyển đổi số mà không biết làm gì trước. "
            "Cần đơn vị đánh giá hiện trạng và tập huấn từng bước."
        ),
        {"iYo065": 2, "iYo063": 1, "iYo064": 1, "iYo066": 1},
    ),
    (
        "iYn40",
        "vi",
        "coop_ds_vneconomy",
        "Thuê kế toán làm sổ sách cho HTX nhỏ",
        (
            "HTX dịch vụ nông nghiệp 40 thành viên ở Trà Ôn không có kế toán có chứng chỉ, báo cáo thuế hay bị "
            "trễ hạn. Muốn thuê ngoài làm sổ sách và khai thuế."
        ),
        {"iYo066": 2, "iYo063": 1},
    ),
    (
        "iYn41",
        "vi",
        "traceability_hcm",
        "Siêu thị đòi tem truy xuất cho rau VietGAP",
        (
            "HTX rau ở Long Hồ (Vĩnh Long) đã có VietGAP, siêu thị yêu cầu mỗi túi rau có mã quét ra ngày phun "
            "thuốc, ngày thu hoạch. Cần cách ghi nhật ký trên điện thoại và in tem."
        ),
        {"iYo067": 2, "iYo069": 2, "iYo068": 1, "iYo139": 1},
    ),
    (
        "iYn42",
        "en",
        "mimosatek",
        "Early warning for rice blast",
        (
            "Blast hit our 150 ha of rice in Càng Long two seasons in a row. We want a system that warns when the "
            "weather favours blast so we spray at the right time rather than by calendar."
        ),
        {"iYo071": 2, "iYo059": 1},
    ),
    (
        "iYn43",
        "vi",
        "techmart_cantho",
        "Đại lý phân thuốc cần phần mềm bán hàng, quản lý kho",
        (
            "Đại lý vật tư nông nghiệp ở Càng Long bán chịu cho vài trăm hộ, sổ sách lộn xộn, hàng hết hạn không "
            "hay. Cần phần mềm quản lý kho và công nợ theo vụ."
        ),
        {"iYo070": 2, "iYo063": 1},
    ),
    (
        "iYn44",
        "en",
        "rynan_aqua",
        "Continuous water-quality monitoring for shrimp ponds",
        (
            "An intensive whiteleg shrimp farm with 8 ponds in Duyên Hải needs continuous dissolved-oxygen and "
            "salinity monitoring with automatic aerator control."
        ),
        {"iYo072": 2, "iYo159": 1},
    ),
    (
        "iYn45",
        "vi",
        "rynan",
        "Phân bón một lần cho cả vụ lúa",
        (
            "Ruộng 3 ha ở Châu Thành mỗi vụ bón 4 lần, mướn người bón tốn kém. Nghe có loại phân bón một lần là "
            "đủ tới thu hoạch, muốn mua thử."
        ),
        {"iYo075": 2, "iYo076": 2, "iYo048": 1, "iYo077": 1},
    ),
    (
        "iYn46",
        "en",
        "ctu_biofert",
        "Biofertiliser to cut urea by 30% on 200 ha",
        (
            "A rice cooperative in Tam Bình wants to reduce chemical nitrogen by at least 30% on 200 ha without "
            "losing yield, preferably with a locally produced microbial fertiliser."
        ),
        {"iYo077": 2, "iYo075": 1, "iYo076": 1},
    ),
    (
        "iYn47",
        "vi",
        "saline_soil_restore",
        "Ruộng nhiễm mặn mấy năm, lúa còi",
        (
            "Sau đợt hạn mặn, ruộng 5 ha ở Cầu Ngang lúa lên còi, đất bí, năng suất còn 3 tấn. Muốn cải tạo lại "
            "đất cho lúa khỏe."
        ),
        {"iYo082": 2, "iYo001": 1, "iYo079": 1, "iYo080": 1, "iYo081": 1, "iYo083": 1, "iYo084": 1},
    ),
    (
        "iYn48",
        "en",
        "acid_soil",
        "Acid sulphate soil: analysis and amendment plan",
        (
            "Newly reclaimed paddy in Trà Cú has a pH around 4, the rice turns yellow and ditch water is "
            "rust-coloured. We need soil analysis and a written plan for leaching, liming and drainage."
        ),
        {"iYo083": 2, "iYo080": 1, "iYo082": 1, "iYo084": 1},
    ),
    (
        "iYn49",
        "vi",
        "tvu_compost",
        "Đất vườn dừa chai cứng, muốn tự ủ phân hữu cơ",
        (
            "Vườn dừa xen bưởi ở Thành Thới trồng lâu năm đất chai, bạc màu. Nhà sẵn phân bò, mụn dừa, rơm, muốn "
            "tự ủ phân hữu cơ tại chỗ, cần người chỉ cách."
        ),
        {"iYo078": 2, "iYo079": 2, "iYo033": 1, "iYo085": 1, "iYo096": 1},
    ),
    (
        "iYn50",
        "en",
        "vermi",
        "Turning pig manure into a saleable fertiliser",
        (
            "A 300-pig farm in Châu Thành produces about 10 t of manure a month and neighbours complain about the "
            "smell. The owner wants to convert it into a product that can be bagged and sold."
        ),
        {"iYo085": 2, "iYo033": 1, "iYo078": 1, "iYo079": 1, "iYo153": 1, "iYo158": 1},
    ),
    (
        "iYn51",
        "vi",
        "awd_biosilico",
        "Giảm phát thải ruộng lúa để làm tín chỉ các-bon",
        (
            "Công ty thu mua lúa ở Trà Vinh muốn cùng HTX làm 500 ha lúa giảm phát thải để bán tín chỉ các-bon. "
            "Cần kỹ thuật canh tác giảm khí mê-tan và cách đo đếm."
        ),
        {"iYo012": 2, "iYo013": 2, "iYo081": 2, "iYo031": 1, "iYo042": 1, "iYo043": 1, "iYo075": 1, "iYo076": 1},
    ),
    (
        "iYn52",
        "en",
        "si_fert",
        "Rice lodging after storms",
        (
            "Our rice in Vĩnh Long lodges every summer–autumn season after heavy rain and we lose up to a fifth "
            "of the yield. Looking for a fertiliser or practice that strengthens stems."
        ),
        {"iYo086": 2, "iYo007": 1},
    ),
    (
        "iYn53",
        "en",
        "awd_angiang",
        "Water-saving irrigation for rice in the dry season",
        (
            "Fresh water is short in our commune in Càng Long from February to April. We want an irrigation "
            "method that uses less pumped water without cutting rice yield, plus training for members."
        ),
        {"iYo012": 2, "iYo013": 2, "iYo042": 1, "iYo043": 1},
    ),
    (
        "iYn54",
        "vi",
        "greening_bd",
        "Cần cây giống bưởi sạch bệnh để trồng lại",
        (
            "Vườn bưởi da xanh 2 ha ở Mỏ Cày bị vàng lá gân xanh phải đốn gần hết. Giờ muốn trồng lại, cần chỗ "
            "bán cây giống có giấy xét nghiệm sạch bệnh."
        ),
        {"iYo088": 2, "iYo089": 1, "iYo090": 1, "iYo091": 1, "iYo092": 1, "iYo100": 1},
    ),
    (
        "iYn55",
        "en",
        "greening_bd",
        "Confirming greening infection before removing trees",
        (
            "Some of our 600 mandarin trees in Tam Bình show blotchy yellow leaves. Before cutting them down we "
            "want a laboratory to confirm whether it is huanglongbing."
        ),
        {"iYo089": 2, "iYo091": 1},
    ),
    (
        "iYn56",
        "vi",
        "greening_guava",
        "cam sanh bi ray chong canh nhieu, so lay vang la",
        (
            "vuon cam sanh 1 ha o Tra On ray chong canh nhieu qua, so bi vang la gan xanh nhu vuon ben canh. xit "
            "thuoc hoai ton tien, co cach nao khac de han che ray khong"
        ),
        {"iYo090": 2, "iYo091": 2, "iYo100": 2, "iYo088": 1, "iYo092": 1},
    ),
    (
        "iYn57",
        "en",
        "citrus_ffs",
        "Season-long citrus IPM training for farmers",
        (
            "The district extension station in Cầu Kè wants to run a season-long, field-based IPM course for 25 "
            "orange and pomelo growers and needs a curriculum and trained facilitators."
        ),
        {"iYo092": 2, "iYo091": 1},
    ),
    (
        "iYn58",
        "vi",
        "flower_induction",
        "Muốn bưởi cho trái đúng dịp Tết",
        (
            "Vườn bưởi da xanh ở Càng Long, muốn thu hoạch đúng Tết cho được giá. Phải xử lý cho ra bông lúc nào, "
            "làm ra sao?"
        ),
        {"iYo093": 2},
    ),
    (
        "iYn59",
        "en",
        "pomelo_us",
        "Exporting pomelo to the United States",
        (
            "A pomelo cooperative in Bình Minh (Vĩnh Long) has a buyer in the US and needs to know how to "
            "register the orchard and packing house and arrange the required treatment."
        ),
        {"iYo095": 2, "iYo094": 1, "iYo105": 1, "iYo106": 1, "iYo107": 1, "iYo131": 1},
    ),
    (
        "iYn60",
        "vi",
        "pomelo_nam_roi",
        "HTX bưởi Năm Roi cần làm GlobalGAP",
        (
            "HTX bưởi Năm Roi 45 ha ở Bình Minh, khách mua châu Âu đòi chứng nhận GlobalGAP. Cần đơn vị tư vấn hồ "
            "sơ, đào tạo và đi cùng tới khi được cấp."
        ),
        {"iYo094": 2, "iYo068": 1, "iYo069": 1, "iYo107": 1, "iYo139": 1},
    ),
    (
        "iYn61",
        "vi",
        "gummosis",
        "Bưởi xì mủ ở gốc, cây chết dần",
        "Mấy chục cây bưởi ở Cầu Kè gốc bị xì mủ, vỏ nứt, lá vàng rồi khô chết. Cần người tới xem và chỉ cách trị.",
        {"iYo099": 2, "iYo078": 1},
    ),
    (
        "iYn62",
        "vi",
        "coir_mats",
        "Tấm phủ gốc giữ ẩm cho vườn bưởi",
        (
            "Mùa khô gốc bưởi khô nứt, cỏ mọc nhiều, phủ rơm thì mau mục. Tìm loại tấm phủ gốc tự nhiên giữ ẩm, "
            "hạn chế cỏ, dùng được cả năm."
        ),
        {"iYo096": 2},
    ),
    (
        "iYn63",
        "vi",
        "fruitfly_xuannong",
        "Xoài bị ruồi vàng chích trái",
        (
            "Vườn xoài cát 3 ha ở Cầu Kè năm nay ruồi vàng chích trái, rụng cả đống, trái còn lại bị thối đốm. "
            "Xin cách trị cho hiệu quả."
        ),
        {"iYo101": 2, "iYo103": 2, "iYo102": 1, "iYo104": 1, "iYo116": 1},
    ),
    (
        "iYn64",
        "en",
        "fruitfly_sit",
        "Area-wide fruit fly suppression over 500 ha",
        (
            "The provincial plant protection sub-department plans to suppress oriental fruit fly across a 500 ha "
            "mango and guava zone to meet export quarantine requirements, and is seeking partners with area-wide "
            "methods."
        ),
        {"iYo101": 2, "iYo102": 2, "iYo104": 1},
    ),
    (
        "iYn65",
        "vi",
        "mango_vht",
        "Xuất xoài đi Nhật cần xử lý hơi nước nóng",
        (
            "Công ty ở Vĩnh Long có đơn xoài đi Nhật, Hàn; bên mua yêu cầu xử lý nhiệt bằng hơi nước nóng. Tìm cơ "
            "sở nhận xử lý thuê hoặc chuyển giao thiết bị."
        ),
        {"iYo105": 2, "iYo030": 1, "iYo131": 1},
    ),
    (
        "iYn66",
        "en",
        "mango_area_code",
        "Growing-area code for mango export to China, 15 ha",
        (
            "A 15 ha mango cooperative in Cầu Kè wants a growing-area code so it can sell to exporters shipping "
            "to China. We need help with the dossier, farm diaries and inspections."
        ),
        {"iYo106": 2, "iYo107": 2, "iYo069": 1, "iYo094": 1, "iYo104": 1},
    ),
    (
        "iYn67",
        "vi",
        "mango_label",
        "In logo HTX lên trái xoài để chống hàng giả",
        (
            "Xoài của HTX bị thương lái trộn hàng nơi khác bán chung dưới tên mình. Muốn in logo và mã vùng trồng "
            "lên từng trái."
        ),
        {"iYo108": 2, "iYo067": 1, "iYo068": 1, "iYo163": 1},
    ),
    (
        "iYn68",
        "en",
        "mango_tech",
        "Off-season mango to sell at higher prices",
        (
            "Growers in Tiểu Cần want Cát Chu mango to flower outside the main season so they can sell when "
            "prices are higher. They need a reliable protocol."
        ),
        {"iYo114": 2, "iYo093": 1, "iYo109": 1, "iYo116": 1},
    ),
    (
        "iYn69",
        "vi",
        "longan_flower",
        "nhan Ido ra hoa lai rai, muon lam nghich vu",
        (
            "vuon nhan Ido 1,5 ha o Vung Liem ra hoa lai rai, nhieu bong duc. muon xu ly cho ra hoa dong loat, "
            "lam nghich vu ban duoc gia"
        ),
        {"iYo109": 2, "iYo114": 1},
    ),
    (
        "iYn70",
        "en",
        "longan_choirong",
        "Longan orchard with witches' broom",
        (
            "Half of my 2 ha longan orchard in Vũng Liêm shows witches' broom: flowers are deformed and there is "
            "no fruit. I want a recovery programme."
        ),
        {"iYo110": 2, "iYo111": 1, "iYo115": 1},
    ),
    (
        "iYn71",
        "vi",
        "rambutan_choirong_tv",
        "Chôm chôm cù lao Tân Quy bị chổi rồng",
        (
            "Vườn chôm chôm ở cù lao Tân Quy (Cầu Kè) bị chổi rồng, đọt chùn lại, không ra bông. Cần quy trình "
            "trị, làm cùng lúc với các vườn xung quanh."
        ),
        {"iYo111": 2, "iYo110": 1},
    ),
    (
        "iYn72",
        "vi",
        "ipm_longan",
        "Nhãn bị rầy hút đọt non, lá nổi mụn",
        (
            "Đọt non nhãn nhà tôi lá nổi mụn như ghẻ, chồi chùn không ra bông, thấy có con rầy nhỏ bu đầy. Phòng "
            "trị cách nào?"
        ),
        {"iYo112": 2, "iYo110": 1},
    ),
    (
        "iYn73",
        "vi",
        "durian_salt_nn",
        "Sầu riêng ở Chợ Lách cháy lá, rụng trái sau mặn",
        (
            "Vườn sầu riêng 1,2 ha ở Chợ Lách lỡ tưới nước nhiễm mặn, lá cháy chóp, rụng trái non, rễ thâm đen. "
            "Cần cách cứu vườn gấp."
        ),
        {"iYo119": 2, "iYo120": 2, "iYo058": 1, "iYo123": 1, "iYo124": 1},
    ),
    (
        "iYn74",
        "vi",
        "durian_drip_tg",
        "Tưới tiết kiệm nước cho sầu riêng mùa mặn",
        (
            "Mùa khô nước ngọt trong mương chỉ đủ tưới vài lần, phun mưa dưới gốc tốn quá. Cần cách tưới sầu "
            "riêng tiết kiệm nước mà cây vẫn đủ ẩm."
        ),
        {"iYo118": 2, "iYo059": 1, "iYo121": 1, "iYo122": 1, "iYo124": 1},
    ),
    (
        "iYn75",
        "vi",
        "recerd",
        "Vườn xa điện, muốn bơm tưới chạy điện mặt trời",
        (
            "Vườn thanh long và bưởi 2 ha ở Tiểu Cần nằm xa đường điện, chạy máy dầu tốn kém. Muốn lắp máy bơm "
            "tưới dùng pin mặt trời."
        ),
        {"iYo121": 2, "iYo122": 2, "iYo118": 1},
    ),
    (
        "iYn76",
        "vi",
        "wepar",
        "Lọc nước mặn thành nước ngọt để tưới sầu riêng",
        (
            "Nước sông ở Cái Nhum mùa khô lên 2‰, vườn sầu riêng 2 ha không dám tưới. Muốn lắp máy lọc bỏ mặn để "
            "tưới, khoảng 5 khối/giờ."
        ),
        {"iYo123": 2, "iYo124": 1, "iYo160": 1},
    ),
    (
        "iYn77",
        "vi",
        "giz_mcrp",
        "Trữ nước ngọt cho vườn trước mùa mặn",
        (
            "Vườn bưởi 3 ha ở Châu Thành muốn trữ nước ngọt từ tháng 12 để tưới tới tháng 4. Cần người thiết kế "
            "ao trữ lót bạt, tính xem phải chứa bao nhiêu khối."
        ),
        {"iYo124": 2, "iYo123": 1},
    ),
    (
        "iYn78",
        "en",
        "durian_frozen",
        "Frozen durian for the Chinese market",
        (
            "We want to export frozen durian segments to China from a plant in Vĩnh Long and need a freezing "
            "solution and procedure that meets the core-temperature rule."
        ),
        {"iYo125": 2, "iYo126": 2, "iYo128": 1, "iYo134": 1},
    ),
    (
        "iYn79",
        "vi",
        "durian_storage",
        "Sầu riêng tươi đi container bị thối trái",
        (
            "Lô sầu riêng tươi xuất đi tới nơi bị nấm thối cuống, thối trái. Cần quy trình xử lý sau thu hoạch: "
            "nhúng thuốc, làm mát, đóng thùng."
        ),
        {"iYo127": 2, "iYo128": 1, "iYo131": 1, "iYo133": 1},
    ),
    (
        "iYn80",
        "en",
        "durian_logger",
        "Real-time temperature monitoring in fruit containers",
        (
            "We ship fresh fruit in reefer containers and buyers claim temperature abuse. We want loggers that "
            "report in real time during transit."
        ),
        {"iYo128": 2},
    ),
    (
        "iYn81",
        "vi",
        "coolbot_csiro",
        "HTX rau cần kho mát nhỏ, rẻ",
        (
            "HTX rau an toàn ở Châu Thành thu 2–3 tấn rau mỗi ngày, không có kho mát nên rau héo, bị trả hàng. "
            "Cần kho mát nhỏ giá rẻ, ở đây chỉ có điện 1 pha."
        ),
        {"iYo129": 2, "iYo130": 2, "iYo131": 1, "iYo132": 1},
    ),
    (
        "iYn82",
        "en",
        "postharvest_fruit",
        "Small packing house for 5 t/day of fruit",
        (
            "A fruit cooperative in Cầu Kè wants a small packing house with washing, grading, a cool room and "
            "packing for about 5 t/day of mango and pomelo."
        ),
        {"iYo131": 2, "iYo105": 1, "iYo129": 1, "iYo135": 1},
    ),
    (
        "iYn83",
        "en",
        "postharvest_fruit",
        "Automatic fruit grader",
        (
            "We grade mango by hand by weight, which is slow and inconsistent. We need an automatic grader of "
            "about 3 t/h."
        ),
        {"iYo135": 2, "iYo131": 1},
    ),
    (
        "iYn84",
        "en",
        "fruit_coating",
        "Longer shelf life for fresh fruit without synthetic chemicals",
        (
            "Domestic buyers want our mango and pomelo to last longer on the shelf without synthetic chemicals. "
            "We are looking for a coating or washing treatment."
        ),
        {"iYo133": 2, "iYo127": 1, "iYo129": 1},
    ),
    (
        "iYn85",
        "vi",
        "iqf",
        "Cấp đông nhãn, chôm chôm bóc vỏ",
        (
            "Cơ sở ở Vĩnh Long muốn làm nhãn, chôm chôm bóc vỏ cấp đông bán siêu thị nước ngoài. Tìm dây chuyền "
            "cấp đông nhanh khoảng 1 tấn/giờ."
        ),
        {"iYo134": 2, "iYo125": 1, "iYo126": 1},
    ),
    (
        "iYn86",
        "vi",
        "hydro_ag",
        "Làm rau thủy canh nhà màng 1.000 m²",
        (
            "Muốn đầu tư 1.000 m² rau thủy canh trong nhà màng ở Long Hồ để bán cho siêu thị Vĩnh Long. Cần đơn "
            "vị thi công và hướng dẫn pha dinh dưỡng."
        ),
        {"iYo136": 2, "iYo137": 2, "iYo060": 1, "iYo138": 1, "iYo142": 1},
    ),
    (
        "iYn87",
        "vi",
        "hydro_tour",
        "Khởi nghiệp trồng dưa lưới nhà màng",
        "Thanh niên ở Càng Long muốn khởi nghiệp trồng dưa lưới trong nhà màng, tưới nhỏ giọt, khoảng 1.000 m².",
        {"iYo138": 2, "iYo136": 1, "iYo142": 1},
    ),
    (
        "iYn88",
        "vi",
        "nethouse",
        "Rau bị sâu nhiều, muốn làm nhà lưới",
        (
            "Trồng cải, ớt ở Tiểu Cần sâu nhiều quá, xịt thuốc liên tục. Muốn dựng nhà lưới chắn côn trùng khoảng "
            "800 m²."
        ),
        {"iYo142": 2, "iYo136": 1, "iYo138": 1},
    ),
    (
        "iYn89",
        "vi",
        "tv_dost_models",
        "Giống đậu phộng cho đất giồng cát",
        (
            "Đất giồng cát ở Cầu Ngang trồng đậu phộng giống cũ năng suất thấp. Cần giống mới năng suất cao và "
            "cách chăm sóc."
        ),
        {"iYo140": 2},
    ),
    (
        "iYn90",
        "vi",
        "traceability_hcm",
        "Rau muốn vào siêu thị, cần làm VietGAP",
        (
            "Tổ hợp tác rau 12 hộ ở Trà Vinh muốn bán vào siêu thị nhưng chưa có chứng nhận. Cần người hướng dẫn "
            "làm VietGAP từ đầu và giới thiệu đầu ra."
        ),
        {"iYo139": 2, "iYo067": 1, "iYo069": 1, "iYo094": 1},
    ),
    (
        "iYn91",
        "vi",
        "bvtv_blog",
        "Rầy nâu kháng thuốc, muốn chuyển qua thuốc sinh học",
        "Ruộng lúa ở Trà Cú rầy nâu xịt 2 lần không chết, muốn chuyển qua thuốc sinh học cho đỡ tốn và an toàn hơn.",
        {"iYo143": 2, "iYo144": 1},
    ),
    (
        "iYn92",
        "en",
        "rice_ipm_survey",
        "Fewer insecticide sprays in rice",
        (
            "Our cooperative sprays insecticide 6–7 times a season. We want a proven approach to cut sprays by "
            "strengthening natural enemies."
        ),
        {"iYo144": 2, "iYo071": 1, "iYo143": 1},
    ),
    (
        "iYn93",
        "vi",
        "coconut_blackhead_vl",
        "Dừa bị sâu đầu đen, cây cao phun không tới",
        (
            "Vườn dừa 2 ha ở Mỏ Cày Bắc bị sâu đầu đen ăn lá khô cháy. Cây cao quá không phun được, nghe nói có "
            "ong ký sinh thả để diệt sâu."
        ),
        {"iYo053": 2, "iYo148": 2},
    ),
    (
        "iYn94",
        "en",
        "trabaco",
        "Using coconut shells from our plant",
        (
            "Our desiccated coconut plant in Châu Thành produces 15 t of shells a day. We want to process them "
            "into activated carbon."
        ),
        {"iYo145": 2},
    ),
    (
        "iYn95",
        "vi",
        "biogas_ctu",
        "Hầm biogas thiếu phân heo, ít gas",
        (
            "Nhà bán bớt heo nên hầm biogas thiếu phân, gas yếu. Nghe nói cho lục bình, rơm vô được, phối trộn tỷ "
            "lệ sao?"
        ),
        {"iYo041": 2, "iYo153": 1},
    ),
    (
        "iYn96",
        "en",
        "tvu_green_startup",
        "Processing nipa palm sap",
        ("Households along the river in Cầu Ngang have many nipa palms. We want to turn the sap into a bottled syrup."),
        {"iYo155": 2},
    ),
    (
        "iYn97",
        "vi",
        "coir_mats",
        "Cần máy tách xơ dừa",
        "Cơ sở ở Mỏ Cày cần máy nghiền vỏ dừa tách xơ và mụn, khoảng 5 tấn vỏ mỗi ngày.",
        {"iYo146": 2, "iYo149": 1, "iYo150": 1},
    ),
    (
        "iYn98",
        "en",
        "mangrove_shrimp_tv",
        "Organic certification for mangrove shrimp",
        (
            "A group of 30 mangrove–shrimp households in Duyên Hải wants organic certification so they can sell "
            "at a premium."
        ),
        {"iYo152": 2},
    ),
    (
        "iYn99",
        "vi",
        "techmart_cesti",
        "Muốn đăng bán sáng chế máy gieo hạt",
        ("Tôi chế được máy gieo hạt rau, muốn tìm nơi đăng bán công nghệ, tham gia chợ công nghệ để gặp doanh nghiệp."),
        {"iYo156": 2},
    ),
    (
        "iYn100",
        "vi",
        "rice_shrimp",
        "Chuyển ruộng sang làm lúa – tôm",
        "Muốn chuyển 3 ha ruộng ở Duyên Hải sang làm lúa – tôm, cần quy trình rửa mặn, thời điểm thả tôm, cấy lúa.",
        {"iYo151": 2, "iYo007": 1, "iYo008": 1},
    ),
]
