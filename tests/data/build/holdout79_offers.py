"""Offers of the holdout79 set: (id, language, source key, title, description)."""

OFFERS = [
    (
        "lCo001",
        "vi",
        "koi_bb",
        "Quy trình chọn cá bố mẹ và phối giống nhân tạo cá Koi",
        "Chuyển giao quy trình sinh sản cá Koi: tuyển cá bố mẹ khỏe, màu tươi, vây lành, dài từ 30 cm trở lên; "
        "xác định dòng (Kohaku, Sanke...) trước khi ghép; nuôi vỗ ở pH 7,0–7,5 và 20–25 °C; kích thích sinh sản, "
        "vuốt trứng và tinh để thụ tinh nhân tạo; ương cá bột trong bể riêng, phân loại và tăng dinh dưỡng cho cá con.",
    ),
    (
        "lCo002",
        "en",
        "koi_cuttle",
        "Controlled koi spawning and egg incubation service",
        "A koi farm sets up controlled spawnings for clients: one female with two males in a clean tank about ten "
        "inches deep, spawning ropes draped across it, parents removed right after spawning so they do not eat the "
        "eggs. A female yields roughly 100,000–120,000 eggs per kilo of body weight; eggs get an anti-fungal dip, "
        "gentle aeration and a trickle of fresh water; newly hatched fry need no food for the first days.",
    ),
    (
        "lCo003",
        "en",
        "koi_buffalo",
        "Koi fry rearing kit and protocol",
        "Hatchery package for hobby and small commercial breeders: sexing guidance (fish under about 10 inches cannot "
        "be sexed), spawning brushes for egg collection, a separate rearing tank with an air stone, 0.2 mg per litre "
        "anti-fungal treatment for eggs, a fine net over pump intakes and 20% partial water changes when no filter is "
        "used. Spawning is scheduled around 20 °C water.",
    ),
    (
        "lCo004",
        "vi",
        "koi_hikari",
        "Tư vấn độ tuổi, kích cỡ cá Koi bố mẹ và phương pháp sinh sản nhân tạo",
        "Dịch vụ tư vấn kỹ thuật nhân giống Koi: cá cái đẻ tốt ở 2–3 năm tuổi (khoảng 30–35 cm lúc 2 tuổi, 40–45 cm lúc "
        "3 tuổi), cá đực thành thục sớm hơn ở 1,5–2 năm (25–30 cm); đánh giá chất lượng nước, dinh dưỡng ảnh hưởng tuổi "
        "thành thục; so sánh đẻ tự nhiên với đẻ nhân tạo và hướng dẫn chăm sóc cá con sau khi nở.",
    ),
    (
        "lCo005",
        "en",
        "koi_brooksby",
        "Hands-on koi breeding course at an agricultural college",
        "A land-based college that produces many thousands of ghost koi (metallic koi x carp hybrids) each year offers "
        "practical training in broodstock conditioning, spawning induction, hatching and fry rearing, run by a breeder "
        "with a marine-biology degree and years of commercial koi breeding experience.",
    ),
    (
        "lCo006",
        "en",
        "koi_howtodo",
        "Koi fry culling and grading programme",
        "Advisory service on selective culling of koi fry: because colour and pattern are set by many genes, spawns give "
        "mixed offspring, so fry are graded repeatedly for colour, pattern and body shape and the rejects removed. "
        "Includes broodstock selection checklists and spawning at 68–75 °F (20–24 °C).",
    ),
    (
        "lCo007",
        "vi",
        "koi_baomoi",
        "Bán cá Koi Nhật các dòng đơn sắc, nhị sắc, ginrin, doitsu",
        "Cửa hàng cung cấp cá Koi trưởng thành theo dòng: Koi đơn sắc (Platinum ogon, vàng kim, đỏ...), Koi nhị sắc "
        "trắng–đỏ, dòng ánh kim ginrin và dòng da trơn doitsu; giá tùy màu sắc và kích thước, kèm tư vấn thiết kế hồ "
        "có hệ thống lọc.",
    ),
    (
        "lCo008",
        "vi",
        "guppy_chongtham",
        "Quy trình nuôi cá bảy màu (guppy) thương phẩm",
        "Hướng dẫn kỹ thuật nuôi cá bảy màu: nhiệt độ 24–28 °C (ổn định quanh 26 °C), pH 6,8–7,8, độ cứng quanh 7,2, "
        "amoniac giữ ở 0 ppm, chiếu sáng 10–14 giờ mỗi ngày; cá ăn tạp, dùng cám cá cảnh; tuổi thọ 2–3 năm; phân biệt "
        "các dòng bảy màu lai tạo phổ biến.",
    ),
    (
        "lCo009",
        "en",
        "guppy_company",
        "Guppy livebearer breeding line and tank setup",
        "Breeding package for guppies (Poecilia reticulata), a 2.5–4 cm livebearer: a healthy female drops 5–30 fry "
        "roughly once a month; tolerant of hard and even brackish water; water treated 2–3 days before stocking and "
        "20–30% changed regularly; works in glass tanks, foam boxes, plastic tubs or outdoor cement tanks.",
    ),
    (
        "lCo010",
        "vi",
        "guppy_ranchu",
        "Chọn lọc, lai tạo dòng cá bảy màu theo kiểu đuôi và vây",
        "Tư vấn chọn dòng cá 7 màu: nhóm đuôi ngắn (kim, mác, tròn), đuôi kiếm (đơn kiếm, song kiếm, đàn lia), đuôi rộng "
        "(quạt, voan, delta, cờ) và đuôi tưa; nhóm vây lưng rộng và vây dài; giúp cơ sở giữ dòng thuần, tạo sản phẩm "
        "cá ngoại giá trị cao.",
    ),
    (
        "lCo011",
        "en",
        "tiengiang_thvl",
        "Farmer-group model for ornamental fish in tarpaulin tanks and earth ponds",
        "Extension model from a Mekong farmer group: about 30 tarpaulin tanks and earthen ponds on just over 1 ha hold "
        "some 15 ornamental species with tens of thousands of broodstock; batches of 7,000–8,000 fish are sold every "
        "2–3 days, giving year-round income higher than orchards.",
    ),
    (
        "lCo012",
        "en",
        "betta_forum",
        "Betta (Siamese fighting fish) spawning protocol",
        "Step-by-step protocol: a 10–20 gallon breeding tank at 78–80 °F with a sponge filter and plants or a spawning "
        "mop; male and female conditioned in sight of each other; female removed after spawning; eggs hatch in about "
        "24–48 hours and fry hang under the nest; male removed once fry swim freely; fry fed infusoria, then larger foods.",
    ),
    (
        "lCo013",
        "vi",
        "betta_womend",
        "Kỹ thuật cho cá xiêm (betta) đẻ bằng tổ bọt",
        "Hướng dẫn sinh sản cá xiêm: cá đực chọn chỗ nước lặng, nhả bọt làm tổ nổi; trứng chìm được cá đực ngậm đưa lên "
        "tổ; mỗi cặp đẻ khoảng 200 trứng, trứng nở sau chừng 36 giờ, cá bột bơi tự do sau 3 ngày; cá đực giữ tổ, vớt "
        "cá bố ra khi cá con tự sống được.",
    ),
    (
        "lCo014",
        "vi",
        "artemia_techport",
        "Mô hình sản xuất sinh khối Artemia trong nhà làm thức ăn cá cảnh",
        "Quy trình nuôi sinh khối Artemia cải tiến, nuôi trong nhà quanh năm, tiết kiệm nước, muối và con giống; sinh "
        "khối tươi có khoảng 55% đạm, thích hợp ương cá bột và cá dĩa; có thể dùng sinh khối tươi hoặc trữ trứng bào "
        "xác để ấp khi cần.",
    ),
    (
        "lCo015",
        "en",
        "artemia_tinnn",
        "Indoor artemia biomass culture in plastic basins",
        "Technology transfer from a discus breeder who has raised brine shrimp indoors for 7–8 years in rows of plastic "
        "basins instead of cement tanks, using his own feed mix for the artemia; supplies tiny live artemia for fry "
        "and sells surplus biomass to ornamental fish farms.",
    ),
    (
        "lCo016",
        "vi",
        "arow_chothuysinh",
        "Kỹ thuật ghép cặp và cho cá rồng sinh sản",
        "Hướng dẫn nhân giống cá rồng: nuôi chung ít nhất 6 con từ nhỏ hoặc thả cùng lúc để tránh tranh lãnh thổ, tách "
        "ngay con đánh nhau; theo dõi cặp bơi song hành và xua cá khác trong 1–2 tháng; nhận biết cá trống rượt cắn vây "
        "cá mái kích thích đẻ, chăm sóc cá mái bị tổn thương vây, huyệt.",
    ),
    (
        "lCo017",
        "en",
        "arow_cites",
        "CITES captive-breeding documentation for Asian arowana",
        "Compliance service for arowana traders: since 1989 Asian arowanas may be traded only if bred in captivity for at "
        "least two generations on a CITES-registered farm; each fish needs a certificate with a unique serial number and "
        "an implanted PIT microchip; note that some importing countries such as the United States still prohibit the species.",
    ),
    (
        "lCo018",
        "vi",
        "arow_ngan",
        "Tài liệu kỹ thuật sinh sản cá Ngân Long (silver arowana)",
        "Khóa tập huấn sinh sản cá Ngân Long: phân loại các nhóm cá rồng, phân bố ở lưu vực Amazon, cá dài tối đa 1,2 m, "
        "giá 20–25 USD/con nên là loài cá rồng được nuôi nhiều nhất; phân biệt đực cái qua vây hậu môn; tình trạng khai "
        "thác cạn kiệt ngoài tự nhiên.",
    ),
    (
        "lCo019",
        "en",
        "arow_pfk",
        "Microchip scanning and shipment inventory check for arowana",
        "Inspection support for arowana consignments: every fish is scanned and its chip number matched to the declared "
        "inventory before crossing a border, after a case where 35 of about 330 imported arowanas were seized for "
        "missing or mismatched chips and many died in transit.",
    ),
    (
        "lCo020",
        "vi",
        "arow_nhaxinh",
        "Bán cá rồng size nhỏ và tư vấn nuôi trong bể kính",
        "Cửa hàng bán cá rồng size nhỏ các dòng Thanh Long, Huyết Long, Ngân Long, Kim Long, Hắc Long; cá lớn có thể "
        "hơn 100 cm ngoài tự nhiên nhưng trong bể thường dưới 60 cm; tư vấn bể lớn và cách nuôi cá nhỏ lớn khỏe.",
    ),
    (
        "lCo021",
        "en",
        "khv_ufl",
        "Koi herpesvirus (KHV) diagnostics and information for producers",
        "University fish-health lab offers PCR testing for koi herpesvirus (cyprinid herpesvirus 3, an alloherpesvirus) "
        "in koi and common carp, with guidance for vets, farmers and hobbyists: disease first recognised in the UK in "
        "1996, now in almost every koi-producing country; goldfish and grass carp can carry viral DNA without disease.",
    ),
    (
        "lCo022",
        "en",
        "khv_oie",
        "KHV disease surveillance programme design (OIE method)",
        "Design of surveillance and diagnostic programmes for koi herpesvirus disease following the OIE aquatic manual "
        "chapter: case definition for acute viraemia in common carp, koi and ghost carp, agent factors (virus genome "
        "150–295 kbp, nucleocapsids about 100–120 nm), sampling and confirmatory tests for disease-free status.",
    ),
    (
        "lCo023",
        "vi",
        "khv_wildgoose",
        "Tư vấn an toàn sinh học phòng bệnh herpes cá Koi (KHV)",
        "Tư vấn phòng bệnh KHV: virus lây mạnh qua tiếp xúc với cá bệnh, nước và dụng cụ nhiễm, gây bệnh mang nặng và "
        "chết 70–100% khi nước trên 16 °C; dấu hiệu mắt trũng, lờ đờ, bỏ ăn, chết đột ngột; không có thuốc chữa nên tập "
        "trung cách ly cá mới, tránh nuôi dày và giữ nước sạch; ở Anh là bệnh phải khai báo.",
    ),
    (
        "lCo024",
        "vi",
        "ich_koika",
        "Thuốc và phác đồ trị bệnh đốm trắng (Ich) cho cá cảnh",
        "Cung cấp thuốc đặc trị ký sinh trùng Ich và hướng dẫn xử lý: nhận biết đốm trắng như rắc muối trên thân, vây, "
        "mang; điều trị cả bể cộng đồng vì bệnh lây nhanh; phát hiện sớm để cá hồi phục; biện pháp phòng ngừa tái nhiễm.",
    ),
    (
        "lCo025",
        "vi",
        "ich_memart",
        "Dịch vụ chẩn đoán và xử lý đốm trắng theo chu kỳ nhiệt độ",
        "Chẩn đoán bệnh Ich (Ichthyophthirius multifiliis) với đốm trắng khoảng 1 mm, cá cọ mình, thở nhanh; lập lịch "
        "điều trị theo vòng đời ký sinh: khoảng 7 ngày ở 25 °C nhưng kéo dài tới 8 tuần ở 6 °C; khử trùng dụng cụ, cách "
        "ly cá và cây mới, kết hợp thuốc chuyên dụng và biện pháp tự nhiên.",
    ),
    (
        "lCo026",
        "en",
        "col_caroline",
        "Columnaris treatment protocol for bettas",
        "Fish-health advice for columnaris (Flexibacter), often mistaken for fungus: symptoms such as stringy or cottony "
        "white patches, white pimples around the mouth and saddle lesions; keep water near 75 °F so bacteria do not "
        "thrive; treat with antibiotics active on gram-negative bacteria (kanamycin, nitrofurazone, tetracycline) or "
        "oxytetracycline feed; quarantine sick fish.",
    ),
    (
        "lCo027",
        "en",
        "col_bettauniverse",
        "Cotton-wool disease (columnaris) care plan",
        "Care plan for bettas with columnaris: test ammonia, nitrite, nitrate and pH, change water as needed, keep "
        "78–80 °F with a heater and thermometer, isolate the sick fish, treat with antibiotics such as kanamycin, "
        "doxycycline, minocycline or erythromycin per label, and reduce stress with hiding places and dim light.",
    ),
    (
        "lCo028",
        "vi",
        "col_bettacarehub",
        "Hướng dẫn phòng và trị bệnh nấm miệng (columnaris) cho cá betta",
        "Tài liệu về vi khuẩn Flavobacterium columnare gây lở da, vây, mang, hoại tử mô; nguyên nhân do nước bẩn "
        "(amoniac, nitrit, nitrat cao), pH dao động, nuôi dày, cá yếu; khuyến cáo thay 25–50% nước mỗi tuần, tránh "
        "cá nuôi chung hung dữ và điều trị sớm khi thấy triệu chứng.",
    ),
    (
        "lCo029",
        "en",
        "tiengiang_kieng",
        "Extension training on ornamental-fish farm disease management",
        "Training based on a Mekong farm of 8,000 m² of ornamental-fish ponds earning 60–80 million dong a month: how "
        "farmers handle the common problems of tail rot, body burn and gill flukes through frequent water exchange and "
        "pond hygiene, and how smaller 500 m² units still earn 6–8 million dong a month.",
    ),
    (
        "lCo030",
        "en",
        "exp_ufl",
        "Fish-health check of ornamental fish before sale or shipment",
        "Service for producers holding harvested fish before shipping: fish held for several days so guts clear, "
        "inspected for ragged fins, ulcers, fungal patches and abnormal behaviour, and gill, skin and fin biopsies "
        "examined under the microscope for parasites; prophylactic treatment advised by a fish-health specialist.",
    ),
    (
        "lCo031",
        "vi",
        "shrimp_anbinh",
        "Giải pháp phòng bệnh đốm trắng (WSSV) trên tôm nuôi",
        "Chế phẩm và quy trình phòng bệnh đốm trắng do virus WSSV trên tôm sú, tôm thẻ: virus sống 3–4 ngày trong nước "
        "ao nhưng tồn tại lâu trong vật mang như giun nhiều tơ, cua còng; tôm chết tới 100% sau 3–7 ngày; bệnh hay xuất "
        "hiện khi tôm nuôi 1–1,5 tháng và khi trời lạnh.",
    ),
    (
        "lCo032",
        "en",
        "shrimp_binhminh",
        "Distinguishing viral and bacterial white spot in farmed shrimp",
        "Lab service for shrimp farmers telling viral white spot (WSSV, 90–100% mortality within 3–10 days, spots with "
        "a dark centre, PCR positive) from bacterial white spot and high-pH lime spots; advice on seasons, seed selection "
        "and pond preparation.",
    ),
    (
        "lCo033",
        "vi",
        "loc_cayplus",
        "Thiết kế, lắp đặt hệ thống lọc hồ cá Koi",
        "Thi công các mô hình lọc hồ Koi: lọc thùng áp suất đặt ngoài hồ kèm bơm chìm đáy, bên trong có lọc thô bằng "
        "mút và lọc vi sinh bằng bi, tùy chọn đèn UV diệt khuẩn; nước sau lọc hồi về qua thác nước, thùng lọc được ngụy "
        "trang bằng hòn non bộ.",
    ),
    (
        "lCo034",
        "vi",
        "loc_vatlieu",
        "Cung cấp vật liệu lọc hồ cá Koi và cá cảnh",
        "Phân phối vật liệu lọc theo chức năng: chổi lọc sợi cước giữ cặn lớn ở ngăn lắng, tấm J-Mat (bùi nhùi) không "
        "keo cho lọc thô, sứ lọc (sứ thanh, sứ củ sen) nhiều lỗ cho vi sinh bám để chuyển amoniac và nitrit thành "
        "nitrat; tư vấn sắp xếp ba giai đoạn lọc thô, lọc tinh, lọc sinh học.",
    ),
    (
        "lCo035",
        "en",
        "filt_fishponds",
        "Bead filter with blower for koi ponds",
        "Supply and installation of plastic bead-filter systems: bottom drain to a settlement chamber, bead filter with "
        "an air blower to stir and clean the beads, biological filter and UV lights; cuts the backwash and cleaning "
        "work in heavily stocked koi ponds.",
    ),
    (
        "lCo036",
        "en",
        "filt_pethabitat",
        "Koi pond filtration design consultancy",
        "Design of koi pond filtration: bottom drain feeding a settlement tank where solids drop out, surface water "
        "then passed through a biological filter that breaks down dissolved waste before return; flow rate matched to "
        "bottom-drain pipe size; mechanical plus biological stages explained.",
    ),
    (
        "lCo037",
        "en",
        "filt_petsparade",
        "Training course on the nitrogen cycle and biological filtration",
        "Short course for koi keepers and shop staff: why filters exist to remove ammonia rather than to clear water, "
        "how koi excrete ammonia through the gills, how bacteria turn ammonia into nitrite and then nitrate, and how "
        "vegetable or denitrifying filters deal with nitrate and blanket weed.",
    ),
    (
        "lCo038",
        "vi",
        "loc_locnuoc360",
        "Thiết kế bộ lọc nước hồ cá Koi đạt chuẩn",
        "Dịch vụ thiết kế trọn gói hệ lọc hồ Koi: hút đáy, hút mặt, ngăn lắng, ngăn lọc, bơm và đường hồi; xử lý nước "
        "đục, rêu tảo, mùi hôi do phân cá, thức ăn thừa, lá rụng; giảm công vệ sinh và chi phí bảo dưỡng lâu dài.",
    ),
    (
        "lCo039",
        "en",
        "pond_pondvideos",
        "Koi pond and waterfall construction",
        "Landscape contractor building koi ponds with streams and waterfalls, for example a 150-gallon upper pond "
        "feeding a 1,400-gallon, 3-foot-deep lower pond, fitted with a combined UV and biological pressure filter, a "
        "bottom drain and an underwater return.",
    ),
    (
        "lCo040",
        "en",
        "air_oasis",
        "Air pump and air-stone sizing for koi ponds",
        "Aeration design service: about 40 litres of air per minute per 1,000 gallons of pond; convert pump ratings "
        "with LPM ÷ 28.25 = CFM; a pump giving 50 LPM at 58 inches depth needs about seven 1.5-inch stones of 0.25 CFM "
        "each; relief valves to avoid back-pressure.",
    ),
    (
        "lCo041",
        "en",
        "air_wgb",
        "Hi-blow diaphragm air pumps and diffusers for deep koi ponds",
        "Supply of koi-industry diaphragm air pumps able to push large air volumes down to about 8 feet, plus smaller "
        "pond pumps for shallower ponds; air delivered to the pond bottom for mixing and oxygen; silent running for "
        "years between diaphragm replacements.",
    ),
    (
        "lCo042",
        "vi",
        "air_koilover",
        "Máy bơm khí oxy và đĩa khuếch tán cho hồ Koi",
        "Cung cấp máy sủi oxy dạng màng cho hồ Koi, bơm lượng khí lớn xuống sâu, kèm đĩa/đá khuếch tán đặt ở đáy hồ để "
        "tăng oxy hòa tan và đảo nước; máy chạy êm, bền nhiều năm giữa các lần thay màng; tư vấn bố trí sục khí cho vi "
        "sinh trong ngăn lọc.",
    ),
    (
        "lCo043",
        "vi",
        "air_bmt",
        "Tư vấn chọn máy sủi khí cho bể cá cảnh, bể thủy sinh",
        "Tư vấn ba thành phần của hệ sủi: máy (lưu lượng tính bằng lít/phút), dây dẫn và quả sủi; máy sủi chỉ thổi "
        "không khí (khoảng 20% oxy, 0,04% CO2) để tăng oxy hòa tan; cách chọn máy cho nhiều bể, dùng sủi để lọc nước, "
        "trang trí và lưu ý tác hại khi sủi quá mạnh.",
    ),
    (
        "lCo044",
        "en",
        "air_smartkoi",
        "Aeration retrofit for ponds with or without bottom drains",
        "Retrofit service: air diffusers placed on the bottom drain create convection that pulls dirt towards the "
        "drain; a soaker hose weighted around a retro drain serves ponds without one; aeration on a separate power "
        "outlet keeps fish alive if the water pump fails and allows about 1.5 times the stocking; diaphragm repair kits "
        "(about 8 USD) every 8–12 months.",
    ),
    (
        "lCo045",
        "vi",
        "air_baba",
        "Giải pháp cấp và đo oxy hòa tan cho hồ cá Koi",
        "Tư vấn duy trì oxy hòa tan 5–6 mg/L cho cá Koi: chọn máy bơm oxy, đá sủi, cây thủy sinh, tăng lưu lượng nước; "
        "cách kiểm tra lượng oxy trong hồ và các dấu hiệu cá thiếu oxy như ngoi đầu, lờ đờ, giảm ăn.",
    ),
    (
        "lCo046",
        "vi",
        "oxy_trungtamthuoc",
        "Máy tạo oxy y tế dùng tại nhà cho bệnh nhân hô hấp",
        "Nhà thuốc cung cấp máy tạo oxy cho người bệnh hen suyễn, COPD, viêm phổi, suy hô hấp: máy gồm tủ chứa máy nén "
        "và bộ lọc, dây thở, bầu xông, pin; tách nitơ khỏi không khí để cho khí giàu oxy; chỉ dùng khi có chỉ định.",
    ),
    (
        "lCo047",
        "en",
        "oxy_tktech",
        "Home medical oxygen concentrators (5–10 LPM)",
        "Distributor of medical oxygen concentrators for patients at home: continuous-flow and pulse-dose models "
        "delivering 5–10 litres per minute of 90–95% oxygen through a nasal cannula or mask, with no refilling needed.",
    ),
    (
        "lCo048",
        "en",
        "light_envlit",
        "Full-spectrum LED lighting for planted aquariums",
        "Supply of full-spectrum RGB LED fixtures sized to tank volume and plant needs, with dimming and spectrum "
        "control, set on a timer for a steady 10–12 hour photoperiod; lower energy use and longer life than fluorescent "
        "tubes or metal halide.",
    ),
    (
        "lCo049",
        "en",
        "light_brilliaz",
        "Photoperiod scheduling service for planted tanks",
        "Lighting schedules for freshwater tanks: start at 8–10 hours of light a day on a timer, ramp up at dawn and "
        "down at dusk, lengthen the day by 30 minutes at a time while watching for algae, and cut hours or intensity "
        "gradually rather than switching off abruptly.",
    ),
    (
        "lCo050",
        "vi",
        "light_welfare",
        "Tư vấn cân bằng ánh sáng cho bể thủy sinh, hạn chế rêu hại",
        "Dịch vụ chỉnh ánh sáng bể cây: tránh đặt bể nơi nắng trực tiếp, dùng đèn chuyên cho cây thủy sinh thay đèn đi "
        "kèm bể quá yếu; cân bằng ánh sáng, dinh dưỡng và CO2 để cây lấn át tảo; mỗi lần chỉ đổi một thông số và chờ "
        "khoảng hai tuần mới chỉnh tiếp.",
    ),
    (
        "lCo051",
        "en",
        "test_petcare",
        "Aquarium water-chemistry testing and training",
        "Water-testing service and kit comparison for shops: ammonia should be 0 ppm (above 0.5 ppm damages gills), "
        "nitrite 0 ppm, nitrate under 20 ppm for community tanks and under 5 ppm for discus and shrimp; explains why "
        "cycling takes weeks (Nitrosomonas and Nitrobacter growth) and compares liquid reagents with strips.",
    ),
    (
        "lCo052",
        "vi",
        "test_howto",
        "Bộ kit test NH3, NO2, NO3 và kiểm tra nước khi lập bể mới",
        "Cung cấp bộ thử amoniac, nitrit, nitrat, pH và hướng dẫn theo dõi chu trình nitơ khi lập bể: chờ vài tuần "
        "đến khi amoniac và nitrit về 0, nitrat thấp mới thả thêm cá; thay 25–30% nước khi nitrat cao; không đổ hóa chất "
        "thử lại vào bể.",
    ),
    (
        "lCo053",
        "en",
        "poultry_nptc",
        "LED lighting retrofits for broiler houses",
        "Poultry-technology centre advice on replacing incandescent and fluorescent lamps in broiler houses with "
        "dimmable LEDs; a 40 x 500 ft house with about 50 grow-out lights can cut its power bill by 1,000 USD or more a year.",
    ),
    (
        "lCo054",
        "vi",
        "poultry_once",
        "Hệ thống đèn LED cho chuồng gà thịt",
        "Giải pháp chiếu sáng chuồng gà: điều chỉnh phổ màu, số giờ chiếu sáng và cường độ theo thị giác của gà, kèm "
        "chương trình giảm dần độ sáng để tăng năng suất và phúc lợi đàn gà.",
    ),
    (
        "lCo055",
        "en",
        "food_frontiers",
        "Fish hydrolysate and fish oil from processing waste for dog food",
        "University feeding-trial results and formulation support: a dog diet using fish hydrolysate and oil recovered "
        "from fish waste, replacing imported shrimp hydrolysate and salmon oil, was eaten as readily in a two-bowl test "
        "and gave similar digestibility in a crossover with six adult dogs per diet over two 6-week periods, with more "
        "EPA and DHA in the blood.",
    ),
    (
        "lCo056",
        "en",
        "food_pubmed",
        "Analysis of fish by-products, meals and hydrolysates as pet-food ingredients",
        "Lab characterisation of fish substrates for pet food: protein, fat, amino acids, biogenic amines and fatty "
        "acids of heads, frames, liver, viscera, milt, hydrolysates and meals; protein quality by chick PER (salmon meal "
        "with bones about 3.5) and lysine digestibility near 90%; palatability tests in dogs.",
    ),
    (
        "lCo057",
        "en",
        "food_kibbleiq",
        "Enzymatic fish protein hydrolysis for pet-food palatants",
        "Process know-how for hydrolysing whole fish or by-products (heads, frames, viscera, skin) with bacterial or "
        "fungal proteases: light hydrolysis (peptides 5–50 kDa) for kibble-coating palatants, moderate (1–10 kDa) for "
        "sensitive-stomach diets, extensive (under 3 kDa) for hypoallergenic diets, with labelling guidance.",
    ),
    (
        "lCo058",
        "vi",
        "food_aldrich",
        "Chế biến phụ phẩm giết mổ thành nguyên liệu thức ăn sinh vật cảnh",
        "Chuyển giao hiểu biết về sản phẩm chế biến từ phụ phẩm giết mổ (bột thịt, bột gia cầm, mỡ, phụ phẩm tươi) "
        "trong thức ăn chó mèo: thị trường thức ăn sinh vật cảnh toàn cầu khoảng 53 tỷ USD năm 2005, riêng thức ăn chó "
        "mèo ở Mỹ khoảng 14,5 tỷ USD; yêu cầu chất lượng và an toàn nguyên liệu.",
    ),
    (
        "lCo059",
        "vi",
        "food_botca",
        "Bột cá từ đầu, xương, ruột cá làm nguyên liệu thức ăn cho chó",
        "Quy trình làm bột cá cho thức ăn thú cưng: dùng cá nhỏ nhiều xương hoặc phần loại bỏ như xương, ruột; hấp hoặc "
        "sấy khô rồi nghiền mịn để được nguồn đạm cô đặc; lợi ích dinh dưỡng, độ an toàn và việc tận dụng phụ phẩm giảm "
        "rác thải.",
    ),
    (
        "lCo060",
        "en",
        "bsf_ivc",
        "Black soldier fly larvae meal and oil for dog food",
        "Insect-ingredient supplier: BSF larvae dried, heat-treated and ground into a meal of 50–54% crude protein with "
        "all ten essential amino acids dogs need, plus an oil rich in lauric acid (about 21% mono- and 19% "
        "polyunsaturated fats); a 2020 digestibility study in adult dogs supports use in hypoallergenic foods.",
    ),
    (
        "lCo061",
        "vi",
        "bsf_achau",
        "Quy trình nuôi ấu trùng ruồi lính đen trên phụ phẩm nông nghiệp",
        "Chuyển giao kỹ thuật nuôi ruồi lính đen: ấu trùng ăn phân chuồng, rác thực phẩm, phụ phẩm nông nghiệp (nhất là "
        "bã đậu), mỗi con ăn 25–500 mg/ngày, sau khoảng 15 ngày đạt 0,25 g ở 30 °C; ấu trùng có 43–51% đạm, 15–18% béo "
        "(axit lauric cao), 2,8–6,2% canxi, dùng cho gia cầm, cá, lươn, ếch.",
    ),
    (
        "lCo062",
        "vi",
        "bsf_insectvn",
        "Mô hình nuôi ruồi lính đen quy mô hộ và cung cấp trứng ruồi",
        "Mô hình khởi nghiệp: khoảng 6 m² nuôi ấu trùng và 3 m² nuôi ruồi sinh sản đủ thức ăn tươi cho lươn, gà, cá trê "
        "của trại, còn bán sâu canxi cho trại gà chọi, gà cảnh và bán trứng ruồi cho các hộ khác; chia sẻ kinh nghiệm "
        "điều chỉnh độ ẩm, nhiệt độ sinh khối.",
    ),
    (
        "lCo063",
        "en",
        "bsf_vin",
        "Market-entry advice for insect-based pet food",
        "Consultancy drawing on the first insect-based dog kibble makers: a British start-up sold about 1 million "
        "pounds of BSF kibble in its first year; covers green positioning (dogs and cats account for 25–30% of US "
        "animal-production impacts), regulation, vet acceptance and palatability questions.",
    ),
    (
        "lCo064",
        "en",
        "jerky_sunnyview",
        "Dehydrated chicken jerky treat process",
        "Process sheet for jerky dog treats: boneless skinless chicken trimmed of fat, part-frozen 45–60 minutes for "
        "thin slicing, dried at 160 °F for 15–20 hours until brittle with no soft or greasy spots, then bagged and kept "
        "refrigerated or frozen; treats should stay under 10% of the daily diet.",
    ),
    (
        "lCo065",
        "en",
        "jerky_daves",
        "Dried chicken-feet chews for dogs",
        "Recipe and method for crunchy chicken-feet chews: cheap raw feet from Asian markets, mostly skin, tendon and "
        "bone, dried (not cooked, so bones do not splinter) to a long room-temperature shelf life; low fat and a source "
        "of calcium; batches of about five pounds at a time.",
    ),
    (
        "lCo066",
        "vi",
        "jerky_dogwills",
        "Quy trình sấy snack thịt cho chó mèo bằng máy sấy hoặc lò",
        "Hướng dẫn làm snack khô cho thú cưng: sấy lát thịt bò, gà, gà tây, cá, gan hoặc khoai lang trong máy sấy có "
        "khay và quạt, hoặc trong lò ở khoảng 150 °F hé cửa cho hơi ẩm thoát; bảo quản kín trong tủ lạnh hoặc tủ đông, "
        "tránh ẩm để khỏi hỏng.",
    ),
    (
        "lCo067",
        "en",
        "litter_okara",
        "Tofu (okara) cat litter production",
        "Technology for cat litter from soy pulp: okara from tofu and soy-milk making mixed with corn starch and plant "
        "fibre plus a little natural binder such as guar gum, extruded into thin cylinders or crushed granules; clumps "
        "quickly, absorbs well and is made entirely from food-grade plant by-products.",
    ),
    (
        "lCo068",
        "vi",
        "litter_emily",
        "Cát vệ sinh cho mèo từ bã đậu nành phân hủy sinh học",
        "Giải pháp cát mèo đậu phụ: ép bã đậu nành với tinh bột sắn hoặc bắp thành hạt; phân hủy trong 3–6 tuần khi ủ "
        "đúng cách so với hàng trăm năm của cát đất sét; phát thải carbon thấp hơn khoảng 80% so với cát silica; tan "
        "trong nước nên có thể xả bồn cầu.",
    ),
    (
        "lCo069",
        "en",
        "feed_extruder",
        "Small floating fish-feed extruder (30–40 kg/h)",
        "Single-screw dry extruder for small farms and feed shops: model with 5.5 kW main motor and 40 mm screw making "
        "30–40 kg of puffed pellets an hour (single-phase, three-phase or diesel versions); pellet size 0.9–10 mm; "
        "pellets float over 12 hours; heat and pressure kill salmonella.",
    ),
    (
        "lCo070",
        "vi",
        "feed_pelletizer",
        "Công nghệ ép đùn thức ăn viên nổi cho cá",
        "Chuyển giao quy trình làm viên nổi: chọn nguyên liệu (khô đậu, bột cá, cám, tinh bột, khoáng, vitamin), nghiền "
        "mịn, trộn đều, ép đùn ở 120–175 °C trong khoảng 30 giây để hồ hóa 80–99% tinh bột, sấy; viên bền trong nước, "
        "cá dễ tiêu hóa, dễ quan sát lượng ăn.",
    ),
    (
        "lCo071",
        "vi",
        "petfood_petchoy",
        "Pate tươi riêng cho chó và cho mèo",
        "Thương hiệu pate tươi với dòng riêng cho mèo và cho chó: mèo là loài ăn thịt bắt buộc cần nhiều đạm, béo và "
        "taurine hơn chó; không nên cho chó mèo ăn thức ăn của nhau để tránh béo phì, viêm tụy hay thiếu axit amin.",
    ),
    (
        "lCo072",
        "en",
        "feed_richi",
        "Industrial floating feed extruder line (1–12 t/h)",
        "Wet single-screw extruder lines for medium and large aquafeed mills making tilapia, catfish, shrimp and "
        "goldfish pellets of 0.9–15 mm at 1–12 tonnes per hour from soybean cake, rice bran, corn protein and similar "
        "meals, with conditioner, cutter and dryer.",
    ),
    (
        "lCo073",
        "vi",
        "bsf_daklak",
        "Xử lý rác thải hữu cơ bằng ruồi lính đen",
        "Dịch vụ xử lý rác thải sinh hoạt, phân gia súc, phế phẩm chế biến nông thủy sản bằng ấu trùng ruồi lính đen: "
        "ấu trùng ăn gấp 5 lần trọng lượng cơ thể, giảm tới 90% khối lượng rác không sinh nước thải hay mùi hôi, tạo "
        "mùn làm phân bón; vòng đời khoảng 45 ngày.",
    ),
    (
        "lCo074",
        "vi",
        "artemia_khainhat",
        "Kỹ thuật nuôi và ấp Artemia làm thức ăn tươi sống",
        "Hướng dẫn về Artemia: giàu đạm, axit béo không no (HUFA), khoáng, dùng rộng rãi ương tôm cá; ấu trùng mới nở "
        "dài 400–500 µm; chịu độ mặn trên 70‰ nhưng chết khi mặn bão hòa 250‰; ăn hạt lơ lửng, tảo, vi khuẩn; vòng "
        "đời và cách nuôi.",
    ),
    (
        "lCo075",
        "en",
        "food_upcycled",
        "Upcycled ingredient certification for pet food",
        "Certification support for pet-food makers that use upcycled ingredients, i.e. human-food co-products and "
        "by-products that would otherwise be wasted, such as misshapen vegetables, turned into value-added pet-food "
        "components.",
    ),
    (
        "lCo076",
        "vi",
        "vac_happypaws",
        "Chương trình tiêm ngừa chó mèo theo từng giai đoạn tuổi",
        "Phòng khám thú y áp dụng lịch tiêm cho chó con, mèo con, thú trưởng thành và thú già: phòng Care, Parvo, dại "
        "ở chó; giảm bạch cầu, Herpesvirus, Calicivirus ở mèo; bảng tổng hợp lịch tiêm, giải đáp thắc mắc và lưu ý khi "
        "đưa thú cưng đi tiêm.",
    ),
    (
        "lCo077",
        "vi",
        "vac_petaz",
        "Phác đồ tiêm phòng cho chó theo khuyến cáo WSAVA",
        "Tư vấn phác đồ tiêm chủng chó theo Hiệp hội thú y động vật nhỏ thế giới: vắc xin thường quy (Care, Parvo, "
        "Adenovirus, Parainfluenza, Leptospira kết hợp; dại; ho cũi chó), vắc xin khuyến nghị theo vùng và vắc xin không "
        "nên tiêm; cá thể hóa theo thời gian miễn dịch.",
    ),
    (
        "lCo078",
        "en",
        "vac_vetco",
        "Puppy and kitten core vaccination clinic",
        "Clinic schedule: DHPP (distemper, adenovirus 1 and 2, parainfluenza, parvovirus) for puppies and FVRCP for "
        "kittens at 8, 12 and 16 weeks, FeLV for kittens at 12 and 16 weeks, rabies at 16 weeks; lifestyle vaccines "
        "(leptospirosis, Bordetella, Lyme, canine influenza) from 12 weeks; deworming and testing.",
    ),
    (
        "lCo079",
        "en",
        "vac_holland",
        "Dog and cat vaccine protocol with 3-year boosters",
        "Vaccination protocol: DAPP from 6 or 8 weeks every 2–4 weeks to 16 weeks, booster after 1 year then every 3 "
        "years; leptospirosis treated as core (2 doses, then yearly); rabies once at 16–20 weeks, again after 1 year, "
        "then every 3 years; FVRCP and FeLV for cats, FeLV boosters optional for indoor-only cats.",
    ),
    (
        "lCo080",
        "en",
        "rabies_vietnamvn",
        "Free rabies vaccination campaign for dogs and cats",
        "Model from a city agricultural service centre: 500 free rabies doses (about 30,000 dong each, 15 million dong "
        "sponsored by a veterinary-supplies company) given in 11 wards to households that cannot pay, with vaccination "
        "certificates issued and ward committees mobilising owners.",
    ),
    (
        "lCo081",
        "vi",
        "rabies_phanthiet",
        "Tổ chức tiêm phòng dại đồng loạt cho đàn chó mèo",
        "Mô hình triển khai tiêm vắc xin Rabisin miễn phí theo phường xã: người dân đưa vật nuôi đến điểm tiêm theo "
        "thông báo (130 liều trong buổi sáng đầu tiên), kế hoạch khoảng 9.378 liều trong gần một tháng, sau đó tiêm bổ "
        "sung, tiêm vét cho chó mèo mới đến tuổi hoặc hết thời hạn miễn dịch, mục tiêu trên 80% tổng đàn.",
    ),
    (
        "lCo082",
        "vi",
        "rabies_quangnam",
        "Dịch vụ tiêm phòng dại lưu động cho chó tại thôn xã",
        "Lực lượng thú y huyện tổ chức đợt tiêm vắc xin Rabigen cho đàn chó ở 14 xã, thị trấn trong một tháng, dự kiến "
        "4–5 nghìn con; tỉnh hỗ trợ 1.500 liều cho xã nông thôn mới, nơi khác người dân tự trả vắc xin và công tiêm "
        "khoảng 18–20 nghìn đồng/con.",
    ),
    (
        "lCo083",
        "vi",
        "spay_petshome",
        "Phẫu thuật triệt sản chó mèo",
        "Dịch vụ tiểu phẫu cắt bỏ buồng trứng (con cái) hoặc tinh hoàn (con đực) để kiểm soát số lượng thú cưng; tư "
        "vấn độ tuổi phù hợp, chuẩn bị trước mổ và chăm sóc sau mổ; giảm tình trạng mèo bỏ nhà, kêu la, lây bệnh và "
        "sinh sản ngoài ý muốn.",
    ),
    (
        "lCo084",
        "en",
        "spay_cavite",
        "Spay and neuter service at a city veterinary office",
        "Municipal veterinary office performs spaying (removal of ovaries and uterus) and neutering (removal of "
        "testicles) of dogs to control the dog population, reduce roaming and calm aggressive dogs; open weekdays, "
        "each procedure taking 30 minutes to 1 hour, with a fee per head.",
    ),
    (
        "lCo085",
        "vi",
        "spay_petcare",
        "Triệt sản cho chó mèo cái (kế hoạch hóa cho thú cưng)",
        "Phòng khám tư vấn triệt sản cái: cắt bỏ hai buồng trứng và tử cung, chấm dứt chu kỳ động dục và mang thai ngoài "
        "ý muốn; giảm nguy cơ ung thư vú, loại bỏ nguy cơ ung thư buồng trứng, tử cung và viêm tử cung ở thú già; "
        "hạn chế thay đổi hành vi khi động dục.",
    ),
    (
        "lCo086",
        "vi",
        "human_rabies",
        "Tiêm vắc xin phòng dại cho người sau khi bị chó mèo cắn",
        "Phòng tiêm chủng cho người: theo WHO mỗi năm khoảng 59.000 người chết vì dại và người đã lên cơn dại gần như "
        "100% tử vong; tư vấn phác đồ tiêm phòng dại cho trẻ em và người lớn sau khi bị động vật cắn.",
    ),
    (
        "lCo087",
        "en",
        "vaccine_essay",
        "Course on vaccine principles and human immunisation schedules",
        "Teaching material on vaccines for people: history from Jenner and Pasteur, how active immunity forms after "
        "12–15 days, inactivated, toxoid, live and combined vaccines, and routine tetanus schedules for women of "
        "child-bearing age.",
    ),
    (
        "lCo088",
        "en",
        "spay_mochicat",
        "Hormonal contraceptive injections for female dogs",
        "Veterinary advice on injectable hormonal birth control for bitches (progesterone-type drugs) that suppresses "
        "heat and pregnancy for several months to over a year without surgery, with its benefits, risks, timing and cost "
        "compared with surgical spaying.",
    ),
    (
        "lCo089",
        "vi",
        "groom_thanhnien",
        "Quy trình grooming chuẩn có kiểm tra sức khỏe đầu vào",
        "Chuyển giao quy trình làm đẹp thú cưng của một tiệm chuyên nghiệp: mọi ca bắt đầu bằng khám sơ bộ tai, mắt, "
        "da, rối lông để phát hiện dấu hiệu bệnh trước khi tắm, sấy, cắt tỉa; phân khu ngăn nắp để tránh lây nhiễm "
        "trong tiệm; kiến thức dinh dưỡng và da lông.",
    ),
    (
        "lCo090",
        "vi",
        "groom_nhipcau",
        "Đào tạo nghề spa chăm sóc chó theo mô hình Hàn Quốc",
        "Khóa đào tạo thợ spa thú cưng theo chuẩn spa nước ngoài: kiểm tra sức khỏe, cắt móng, vệ sinh tai mắt mũi, "
        "tắm bể sục với dầu gội, sấy, chải, cắt tỉa tạo kiểu và phụ kiện; người hướng dẫn từng học 2 năm tại Hàn Quốc.",
    ),
    (
        "lCo091",
        "en",
        "groom_study",
        "Pet grooming training programme and apprenticeship",
        "Grooming school programme: most groomers learn through a one-year apprenticeship under an experienced "
        "groomer; about 50 state-approved schools run courses from two weeks to several months; online courses "
        "available; covers safe handling, bathing, styling, nails and communicating with owners; certification optional.",
    ),
    (
        "lCo092",
        "en",
        "groom_cert",
        "Professional groomer certification (dogs and cats)",
        "Preparation for voluntary written and practical certification exams of the three US dog-groomer bodies "
        "(up to Master Groomer) and the two cat-groomer associations (Certified Master Cat Groomer), helping salons "
        "show a verified level of skill to pet owners.",
    ),
    (
        "lCo093",
        "en",
        "groom_pocketsuite",
        "Short groomer apprenticeship and certificate track",
        "Apprenticeship of about 6–10 weeks covering haircuts, nail clipping and bathing under a professional groomer, "
        "or school programmes of 2–18 weeks, leading to certificates from national groomer associations and a Master "
        "Groomer designation.",
    ),
    (
        "lCo094",
        "vi",
        "board_vietnamnet",
        "Mô hình khách sạn thú cưng phục vụ dịp Tết",
        "Chia sẻ mô hình khách sạn chó mèo: khu chuồng thay mới, vệ sinh sạch, đèn sưởi từng phòng, chủ theo dõi qua "
        "camera; giá theo cân nặng, phòng tiêu chuẩn từ 170.000 đồng, phòng 5 sao 250.000 đồng/ngày dịp Tết; đón tận "
        "nhà, cho ăn và chơi mỗi ngày.",
    ),
    (
        "lCo095",
        "vi",
        "board_thanhnien_meo",
        "Khách sạn mèo và dịch vụ làm đẹp mèo kiểng",
        "Mô hình cửa hàng mèo: khu lưu trú khoảng 20 chuồng (chuồng gỗ cho mèo ở đơn, chuồng lưới lớn cho nhiều mèo), "
        "2 bữa ăn/ngày theo chế độ riêng, quay video gửi chủ; dịch vụ cắt móng, vệ sinh tai, tắm sấy 100.000–150.000 "
        "đồng, cắt tỉa tạo kiểu 200.000–300.000 đồng.",
    ),
    (
        "lCo096",
        "en",
        "board_nkesteven",
        "Dog boarding kennel management standards",
        "Licensing-standard management for boarding kennels: written staff training, a sleeping area of at least 10 °C "
        "and heated isolation kennels, daily cleaning with removal of excreta, kennels disinfected and dried after each "
        "stay, segregated clinical waste, pest control and fresh water changed daily.",
    ),
    (
        "lCo097",
        "en",
        "board_glasgow",
        "Kennel construction standards for commercial dog boarding",
        "Design rules for boarding premises: smooth impervious cleanable walls and floors, sealed block work, coved "
        "junctions, no projections that could injure, treated timber with non-toxic products, secure fencing and solid "
        "partitions between kennels at least 1.2 m high.",
    ),
    (
        "lCo098",
        "en",
        "board_bestfriends",
        "Infection control for pet boarding centres",
        "Operating model for boarding centres that keeps disease risk low: vaccination records from a licensed vet "
        "required before boarding, modern sanitation procedures, air-flow systems, separate kennel suites, trained "
        "staff, and group play only for vaccinated, neutered, non-aggressive dogs.",
    ),
    (
        "lCo099",
        "en",
        "pos_elo",
        "Pet-store POS with animal records, vaccines and grooming",
        "Point-of-sale software built for pet retail: individual records for live animals (species, breed, age, chip "
        "number, health and vet history), vaccination tracking, grooming appointment booking and staff allocation, and "
        "first-expired-first-out stock rotation with batch tracking and near-expiry alerts for pet food.",
    ),
    (
        "lCo100",
        "en",
        "pos_gespet",
        "Pet shop stock and cash management software",
        "Software for pet shops: stock, batches and expiry dates, supplier orders turned into purchases, low-stock alerts "
        "(for example at 10 units), notices for batches about to expire, cash opening and closing balances, and "
        "combined tickets for products, grooming, boarding and training services.",
    ),
    (
        "lCo101",
        "vi",
        "pos_projects",
        "Phần mềm quản lý cửa hàng thú cưng",
        "Giải pháp phần mềm cho pet shop: phân quyền người dùng; quản lý hàng hóa (thức ăn, đồ chơi, phụ kiện, đồ "
        "grooming), hồ sơ thú cưng đang bán; theo dõi tồn kho, đặt lại hàng, nhà cung cấp; bán hàng, hóa đơn, nhiều "
        "hình thức thanh toán, đổi trả; hồ sơ khách hàng, chương trình khách hàng thân thiết; đặt lịch dịch vụ.",
    ),
    (
        "lCo102",
        "en",
        "pos_projects2",
        "Online pet shop system with customer accounts and loyalty",
        "Web system for pet retailers: customer accounts with order history and pet records, barcode product management, "
        "POS with receipts and refunds, daily to monthly sales reports, discounts and promotions, loyalty rewards, "
        "reviews, and supplier order tracking.",
    ),
    (
        "lCo103",
        "vi",
        "pet_clothes_vtc",
        "Bán quần áo, mũ chống nắng và phụ kiện thời trang cho thú cưng",
        "Cửa hàng thời trang chó mèo: mũ chống nắng, quần áo, lược chải lông, vòng, nơ, sữa tắm, nước hoa, giày dép "
        "đủ cỡ, bày bán như cửa hàng đồ trẻ em.",
    ),
    (
        "lCo104",
        "en",
        "groom_wisegeek",
        "Online and in-house dog grooming certification courses",
        "Certification routes for dog groomers: regional professional bodies with coursework and exams, workshop series "
        "ending in an exam, online programmes of 12 weeks or more (some supply the tools), continuing-education courses "
        "on behaviour, nutrition and hygiene, and apprenticeships in grooming shops.",
    ),
    (
        "lCo105",
        "vi",
        "bird_chimcanhviet",
        "Kỹ thuật nuôi nhân giống chim chào mào",
        "Chuyển giao kỹ thuật cho chào mào sinh sản: cách ly cặp bố mẹ; chim trống ăn cám tổng hợp, trái cây, côn "
        "trùng (dế, superworm, trứng kiến); chim mái bổ sung khoáng tổng hợp và quả; đảm bảo giấc ngủ khi tắt nắng ở "
        "nơi yên tĩnh; tăng côn trùng vì chim mái vặt lông bụng lót ổ.",
    ),
    (
        "lCo106",
        "vi",
        "bird_sinhvat",
        "Thiết kế lồng sinh sản và khẩu phần cho chào mào",
        "Lồng sinh sản chào mào kích thước tối thiểu 180 × 120 × 150 cm, có rãnh vệ sinh phân, giá thể làm tổ, khay "
        "thức ăn nước uống tháo lắp, cành đậu; chế độ dinh dưỡng riêng cho giai đoạn sinh sản; hướng dẫn cho người mới bắt đầu.",
    ),
    (
        "lCo107",
        "vi",
        "bird_danang",
        "Chuyên đề kinh nghiệm nuôi chim cảnh (tư liệu khoa học công nghệ)",
        "Tài liệu chuyên đề của một trung tâm thông tin khoa học và công nghệ cấp tỉnh: phân loại và kiểu dáng chim "
        "chào mào (Pycnonotus jocosus), đặc điểm nhận dạng, phân bố ở châu Á, tên gọi theo vùng miền.",
    ),
    (
        "lCo108",
        "en",
        "bird_drnhan",
        "Conservation breeding stock of rare red-whiskered bulbul lines",
        "A private breeding farm keeping nearly 100 rare red-whiskered bulbuls (pied, albino and melanistic lines) "
        "offers captive-bred birds and breeding know-how, aimed at conserving local lines and reducing trapping and "
        "export of wild birds.",
    ),
    (
        "lCo109",
        "vi",
        "bird_quytran_benh",
        "Phòng trị bệnh thường gặp ở chim chào mào",
        "Hướng dẫn phòng trị bệnh chào mào: tiêu chảy (phân lỏng, nhạt màu, xù lông, do thức ăn ôi, nước bẩn, đổi "
        "thức ăn đột ngột), cầu trùng (mệt, bỏ ăn, phân lỏng lẫn máu); cách ly chim bệnh, vệ sinh lồng, thức ăn tươi, "
        "dùng thuốc theo chỉ dẫn bác sĩ thú y.",
    ),
    (
        "lCo110",
        "vi",
        "bird_khuou",
        "Phòng và chữa bệnh ghẻ chân, rận mạt, tiêu chảy cho khướu",
        "Hướng dẫn trị bệnh chim hót: ghẻ chân do lồng bẩn, chim lâu không tắm (ngâm nước muối hoặc rửa Cresytol hai "
        "phần ngàn, gỡ vảy, bôi thuốc), rận mạt; bệnh nội như tiêu chảy, cảm, suy nhược; phòng bằng ăn uống đủ và chăm sóc đúng cách.",
    ),
    (
        "lCo111",
        "en",
        "bird_monspet",
        "Cage-bird disease recognition and screening",
        "Avian health service for finch, parrot and lovebird keepers: recognising psittacosis (Chlamydophila psittaci "
        "causing breathing trouble, lethargy, nasal and eye discharge), proventricular dilatation disease, bacterial "
        "infections, hormone imbalance and nutritional deficiency before birds become critically ill.",
    ),
    (
        "lCo112",
        "en",
        "bird_lovebird",
        "Lovebird breeding cages and English budgie nest boxes",
        "Set-up for pair breeding of lovebirds: separate breeding cages large enough to beat wings and play (toys do not "
        "stop breeding), English budgie nest boxes with a sliding two-part side door and raised entrance platform that "
        "protects eggs, doors sanded to slide freely for egg checks.",
    ),
    (
        "lCo113",
        "en",
        "bird_watchbird",
        "Lovebird nest-box management and chick fostering",
        "Nest management advice: supply palm leaves or corn husks free of pesticides for nest building, record laying "
        "dates (one egg every other day, hatching 19–21 days after incubation starts), check that the youngest chicks "
        "are fed and foster chicks between pairs to even out brood sizes.",
    ),
    (
        "lCo114",
        "en",
        "bird_finch",
        "Box-style breeding cages for finches",
        "Breeding cages at least 76 × 46 × 46 cm with solid walls except the front, full-spectrum light on a timer "
        "when there is no daylight, room at 65 °F or more, cuttlebone for calcium, nest mounted on the outside front for "
        "easy checks, nesting material away from perches; male introduced a few days before the hen.",
    ),
    (
        "lCo115",
        "en",
        "bird_canary",
        "Canary pairing with a divided breeding cage",
        "Method for pairing canaries: hen and cock in a breeding cage split by a solid and a wire divider, nest and "
        "liner on the hen's side, solid divider removed when she starts building, wire removed once they feed each "
        "other through it; eggs follow in one to two days; separate if they fight.",
    ),
    (
        "lCo116",
        "vi",
        "swift_tung",
        "Kỹ thuật xây nhà nuôi chim yến và thu hoạch tổ yến",
        "Công ty dịch vụ tư vấn chọn địa thế xây nhà yến gần ruộng, sông, biển, dưới đường bay của đàn yến; mô phỏng "
        "hang tự nhiên; dẫn dụ chim về làm tổ và thu hoạch tổ yến.",
    ),
    (
        "lCo117",
        "en",
        "swift_khanhhoa",
        "Swiftlet house technology (Malaysian method)",
        "Design of swiftlet houses for edible bird's nests: 26–31 °C inside, humidity 74–85% (output falls 15–18% at "
        "89–92%), light below 50 lux, entrance holes facing east where possible.",
    ),
    (
        "lCo118",
        "vi",
        "exp_pvl",
        "Dịch vụ hồ sơ giấy chứng nhận kiểm dịch thủy sản",
        "Tư vấn và làm hồ sơ xin giấy chứng nhận kiểm dịch do cơ quan thú y thủy sản cấp cho lô cá giống, cá bố mẹ, cá "
        "thương phẩm và sản phẩm từ cá khi vận chuyển nội địa hoặc xuất khẩu; chứng minh nguồn gốc, tình trạng sức khỏe, "
        "không mang mầm bệnh; đáp ứng yêu cầu của EU, Nhật Bản, Trung Quốc, Mỹ, Hàn Quốc.",
    ),
    (
        "lCo119",
        "en",
        "exp_studylib",
        "Packaging technology for air-freighting ornamental fish",
        "Packing know-how from an aquaculture consultancy and an artemia reference centre: closed polyethylene-bag "
        "systems (used since the 1950s) filled with water and oversaturated with oxygen, seam or square-bottom bags, "
        "and methods to raise loading density and post-shipment survival since freight is the largest cost of the trade.",
    ),
    (
        "lCo120",
        "en",
        "exp_cites_ps2",
        "Live-fish packer guidelines (CITES/IATA style)",
        "Training on packer guidelines for live fish: ship only healthy fish, do not sedate, disturb as little as "
        "possible, re-oxygenate and check temperature for any transit longer than 36 hours, keep containers level and "
        "secured, clean and disinfect reusable containers, and plan for climate at stopovers.",
    ),
    (
        "lCo121",
        "en",
        "exp_srac",
        "Guide to shipping live fish in boxes",
        "Extension factsheet service on boxed shipments: start with good water, then manage what changes once bags are "
        "sealed (temperature drifts, oxygen is used up, carbon dioxide builds and pH falls), choose bag and box sizes, "
        "and use air freight for international and long-distance orders of eggs, fry and fingerlings.",
    ),
    (
        "lCo122",
        "vi",
        "exp_korallen",
        "Quy trình chuẩn bị và đóng gói cá cảnh trước khi gửi đi xa",
        "Hướng dẫn khâu chuẩn bị: cá được giữ cách ly từ vài giờ đến một tháng, bỏ đói khoảng 48 giờ trước khi đóng để "
        "không thải phân trong túi; túi bơm bão hòa oxy, đặt trong thùng xốp, che tối; cá có gai đóng hai lớp túi; thời "
        "gian vận chuyển khuyến cáo tối đa khoảng 40 giờ.",
    ),
    (
        "lCo123",
        "vi",
        "ship_qastack",
        "Túi thở vận chuyển cá đường dài",
        "Cung cấp túi thở cho cá (các cỡ 5,5 × 8, 7,5 × 12 và 11,5 × 19 inch): màng túi cho CO2 thoát ra nhanh gấp "
        "khoảng 4 lần oxy đi vào nên có thể đổ đầy nước, cá ít bị xóc; cho phép gửi bằng phương thức chậm, rẻ hơn; "
        "khuyến cáo nhịn ăn trước khi gửi.",
    ),
    (
        "lCo124",
        "vi",
        "exp_hcm_hoachat",
        "Tham quan học tập mô hình hợp tác xã cá cảnh xuất khẩu",
        "Hợp tác xã sinh vật cảnh ngoại thành TP.HCM (thành lập 2013, 33 thành viên, trang trại hơn 10.000 m², 60–80 "
        "công nhân) nhận tham quan, chia sẻ cách nuôi hàng chục loài cá và đóng gói theo đơn: mỗi tháng xuất hơn 1 "
        "triệu con, doanh thu khoảng 2,5 tỷ đồng, có ngày đóng 38 thùng đi Manchester và 19 thùng đi Osaka.",
    ),
    (
        "lCo125",
        "en",
        "exp_doanhnhan",
        "Trade promotion and buyer matching for ornamental-fish exporters",
        "Trade-promotion programme for ornamental fish: booths at the Interzoo fair in Nuremberg (over 1,000 visitors to "
        "the Vietnamese stand, about 150 detailed business talks, nearly 10 buyers from Germany, Italy, France and the "
        "Czech Republic moving to orders) and the city ornamental-fish festival; the city exported about 15 million "
        "fish worth 17.3 million USD in nine months.",
    ),
    (
        "lCo126",
        "vi",
        "exp_idz",
        "Tư vấn chứng nhận an toàn dịch bệnh cho cơ sở cá cảnh xuất khẩu",
        "Hỗ trợ cơ sở cá cảnh đáp ứng hàng rào kỹ thuật của châu Âu và Mỹ: chứng nhận an toàn dịch bệnh cho từng loài "
        "thường mất khoảng 2 năm; phù hợp trại muốn chuyển từ bán nội địa (85–90% sản lượng) sang xuất khẩu các loài mạnh "
        "như neon, xiêm, hắc kim, trân châu, bảy màu, tai tượng, cá dĩa.",
    ),
    (
        "lCo127",
        "en",
        "exp_neon",
        "Neon tetra broodstock and export partnership",
        "A Vietnamese ornamental-fish company with a 5,000 m² farm and about 40,000 breeding pairs of king neon offers "
        "partnerships: 300,000–400,000 fish sold a month, 400,000–500,000 USD a year, mainly to Europe and the US.",
    ),
    (
        "lCo128",
        "en",
        "ship_blueridge",
        "Koi and goldfish shipping packs",
        "A koi farm packs fish for shipment in several layers of commercial plastic bags filled with fresh well water "
        "and pure oxygen, sealed with rubber bands and placed in crush-proof corrugated boxes, so the fish swim freely "
        "for the whole trip.",
    ),
    (
        "lCo129",
        "en",
        "ship_drjohnson",
        "Koi transport planning by trip length and temperature",
        "Vet advice on six kinds of trips (long, medium, short; hot or cold): cold water holds more oxygen; long hot trips "
        "by air freight with ice packs; fish packed under pure oxygen in dark bags inside a styrofoam cooler that fits a "
        "cardboard box; short hot trips are the most dangerous.",
    ),
    (
        "lCo130",
        "vi",
        "ship_bionet",
        "Mật độ đóng cá trong túi oxy theo loài và thời gian",
        "Hướng dẫn đóng túi oxy nguyên chất với khoảng 50% nước, nhiệt độ ở mức thấp của loài: cá chép trên 3 cm có thể "
        "đóng 20–25% khối lượng cá khi làm mát cho 12 giờ (tối đa 24 giờ), cá ngựa vằn chỉ khoảng 3%; không sục khí vào "
        "nước vận chuyển vì làm tăng pH và amoniac độc; thay nước theo pH túi khi nhận.",
    ),
    (
        "lCo131",
        "vi",
        "sea_freight_ants",
        "Dịch vụ vận tải hàng hóa bằng đường biển",
        "Công ty logistics nhận vận chuyển container đường biển: báo giá, đặt chỗ, làm chứng từ, thủ tục hải quan, giao "
        "nhận tại cảng cho hàng khô và hàng bách hóa.",
    ),
    (
        "lCo132",
        "en",
        "vietgap_shrimp",
        "VietGAP certification support for whiteleg shrimp farms",
        "Study-based support for intensive whiteleg shrimp farms adopting VietGAP: settling ponds, tested seed, 40 "
        "shrimp per m², no banned chemicals; yields 2.7–5.6 t/ha per crop, and certified batches selling to processors "
        "for 2,000–5,000 dong more per kg.",
    ),
    (
        "lCo133",
        "vi",
        "cage_culture",
        "Kỹ thuật nuôi cá thịt trong lồng bè",
        "Tài liệu tập huấn của viện nghiên cứu nuôi trồng thủy sản về nuôi cá lồng bè: lồng cải tiến 1–4 m³ mật độ "
        "150–300 con/m³, năng suất 150–250 kg/m³ so với lồng truyền thống 15–30 m³; kết cấu và lắp đặt lồng.",
    ),
    (
        "lCo134",
        "en",
        "prawn_probiotics",
        "Probiotics for giant freshwater prawn larval rearing",
        "University research on two probiotic products in clear-water rearing of Macrobrachium rosenbergii larvae: the "
        "combination gave the best average survival of 75.3% at day-10 postlarvae, lowered Vibrio counts and kept water "
        "quality more stable.",
    ),
    (
        "lCo135",
        "en",
        "online_sko",
        "Terms of service and live-arrival guarantee for a fish web shop",
        "Template terms for selling live fish online: guarantee valid only if the customer takes the parcel on first "
        "delivery, claims within 1–2 hours with photo or video of the fish in the unopened bag, refund or credit for the "
        "fish only, shipping limited to overnight couriers, weather holds, no returns of livestock, buyer responsible "
        "for acclimation and a cycled tank.",
    ),
    (
        "lCo136",
        "en",
        "online_nationwide",
        "Shipping and DOA policy design for online aquarium sellers",
        "Policy package: ship Monday–Thursday only, schedule arrival with the buyer or ship to a courier hub, claims "
        "within 2 hours with three photos of the unopened bag, store credit for fish but not shipping, no cover for "
        "carrier delays, and a 15% restocking fee for late cancellations.",
    ),
    (
        "lCo137",
        "en",
        "online_dennis",
        "Video-verified arrival guarantee with owner follow-up call",
        "Customer-care model from a discus breeder: every order guaranteed to arrive alive, the owner phones after "
        "delivery, buyers film the gills and sealed bag before opening and email within two hours; refund minus "
        "shipping or store credit; full refund including freight when the courier is late by fault of the carrier.",
    ),
    (
        "lCo138",
        "vi",
        "online_aquariumfish",
        "Chính sách cam kết cá sống khi giao cho cửa hàng online",
        "Mẫu chính sách bảo đảm cá sống khi nhận: luôn gửi chuyển phát nhanh qua đêm; khách gửi ảnh cá chết (dưới 5 MB) "
        "kèm số đơn ngay khi nhận; hoàn tiền giá trị cá trong 5 ngày làm việc, không hoàn phí vận chuyển; không bảo hành "
        "sau ngày nhận vì chăm sóc là trách nhiệm người nuôi.",
    ),
    (
        "lCo139",
        "vi",
        "online_justrare",
        "Bảo hành cá hiếm gửi hàng không",
        "Quy định bảo hành cho cá gửi theo đường hàng không: nhận hàng trong 3 giờ sau khi máy bay hạ cánh và báo cá "
        "chết trong cùng thời hạn kèm ảnh; giữ lại xác cá để kiểm tra; cấp tín dụng mua cá có hạn 1 năm, không hoàn phí "
        "vận chuyển; một số loài không áp dụng.",
    ),
    (
        "lCo140",
        "vi",
        "online_idol",
        "Xây kênh TikTok, Facebook cho thú cưng và quảng cáo với KOL thú cưng",
        "Dịch vụ phát triển tài khoản thú cưng trên mạng xã hội và kết nối nhãn hàng: ví dụ một chú corgi có hơn "
        "610.000 người theo dõi TikTok và 8,2 triệu lượt thích; thú cưng nổi tiếng được mời đóng quảng cáo với thù lao "
        "2,5–4,5 triệu đồng cho buổi chụp 6 tiếng.",
    ),
    (
        "lCo141",
        "en",
        "online_petfest",
        "Pet festival events in shopping malls",
        "Event organiser running three-day pet festivals in mall lobbies (9:30 to 21:30 daily) aimed at household pet "
        "owners: contests, workshops on walking dogs properly and the latest grooming styles, talks on zoonotic disease "
        "prevention, sales booths and fundraising for rescue groups.",
    ),
    (
        "lCo142",
        "vi",
        "online_nguoitre",
        "Nghiên cứu thị trường chi tiêu cho thú cưng của người trẻ",
        "Báo cáo thị trường: người trẻ coi thú cưng như bạn thân, sẵn sàng chi cho ăn uống, chăm sóc sức khỏe, giải trí; "
        "ví dụ một chú chó corgi tiêu 2–3 triệu đồng mỗi tháng; thị trường phục vụ thú cưng toàn cầu trị giá hàng trăm tỷ USD.",
    ),
    (
        "lCo143",
        "en",
        "social_petproductmarketing",
        "Social-media marketing coaching for pet retailers",
        "Marketing expert programme for bricks-and-mortar pet shops: planning organic social content alongside paid "
        "ads within the marketing mix, engaging suppliers, customers and staff, and using social channels where people "
        "spend about 2.5 hours a day to extend reach and show service quality.",
    ),
    (
        "lCo144",
        "en",
        "social_descrambler",
        "Survey insights on how independent pet shops reach customers",
        "Industry survey data (139 owners and managers): 94.9% stayed active on social media, 44.6% sent regular emails, "
        "35.9% phoned customers and 25.1% ramped up e-commerce and online ads; examples of boosted Facebook posts and "
        "local community groups.",
    ),
    (
        "lCo145",
        "vi",
        "koi_hochoimoingay",
        "Thông tin các loại cá Koi và giá bán",
        "Tư liệu giới thiệu nguồn gốc cá Koi, triển lãm năm 1914, kích thước trung bình 80–100 cm, nặng 6–8 kg, tuổi "
        "thọ 25–40 năm, các dòng Koi và mức giá bán trên thị trường.",
    ),
    (
        "lCo146",
        "vi",
        "chem_zun",
        "Kỹ thuật nuôi cá chẽm thương phẩm trong lồng và ao nước lợ",
        "Tiểu luận của khoa thủy sản một trường đại học về nuôi cá chẽm ven biển: đối tượng lớn nhanh, nuôi lồng và ao "
        "đầm nước lợ ở Đồng bằng sông Cửu Long, đa dạng hóa sản phẩm thủy sản thương phẩm.",
    ),
    (
        "lCo147",
        "vi",
        "qcvn_feed",
        "Tư vấn hợp quy thức ăn chăn nuôi theo quy chuẩn kỹ thuật quốc gia",
        "Dịch vụ pháp lý hướng dẫn áp dụng Thông tư 04/2020/TT-BNNPTNT ban hành quy chuẩn kỹ thuật quốc gia về thức ăn "
        "chăn nuôi cho cơ sở sản xuất, kinh doanh thức ăn gia súc, gia cầm.",
    ),
    (
        "lCo148",
        "en",
        "raw_feedreal",
        "Raw-feeding plans free of by-products",
        "Raw pet-food retailer offering feeding plans that avoid rendered by-products (parts not fit for people, such as "
        "nails, feathers or intestinal contents) found in cheaper kibble and some prescription diets.",
    ),
    (
        "lCo149",
        "vi",
        "fishmarket_kienthuc",
        "Chợ cá cảnh bán sỉ lâu đời ở Sài Gòn",
        "Tuyến phố cá cảnh dài khoảng 500 m ở Chợ Lớn với hàng chục cửa hàng bán cá, thủy sinh, phụ kiện từ trước 1975; "
        "nơi các tiệm cá khắp thành phố lấy hàng giá sỉ, từ cá lia thia, bảy màu đến cá rồng nhập từ Indonesia có giấy tờ.",
    ),
    (
        "lCo150",
        "vi",
        "taituong",
        "Kỹ thuật nuôi cá tai tượng da beo làm cảnh",
        "Tài liệu kỹ thuật của một đơn vị thủy sản Cần Thơ về nuôi cá tai tượng da beo, một loài cá cảnh có giá trị; kèm "
        "tổng quan nghề cá cảnh: thương mại thế giới khoảng 900 triệu USD (bán lẻ 3 tỷ USD năm 2000), tăng 14%/năm, Việt "
        "Nam có nhiều lợi thế khí hậu và nguồn giống.",
    ),
    (
        "lCo151",
        "vi",
        "bentre_trai",
        "Mô hình trại cá kiểng 3.000 m² ở vùng sông nước",
        "Hai thanh niên lập trại cá kiểng với vốn khoảng 200 triệu đồng trên 3.000 m²: hàng trăm hộc gạch 2 × 4 m và bể "
        "lót bạt ương giống, hơn 50 vèo đặt dưới mương, khoảng 20 loài (ông tiên, phượng hoàng, trân châu, sặt gấm, hồng "
        "kim, bình tích, bảy màu...); đưa cá về TP.HCM xuất khẩu và bán nội địa, hướng dẫn kỹ thuật cho hộ khác.",
    ),
    (
        "lCo152",
        "vi",
        "ro_malonu",
        "Lõi lọc RO cho máy lọc nước uống gia đình",
        "Cung cấp và thay lõi lọc RO thẩm thấu ngược cho máy lọc nước uống: loại bỏ hơn 95% muối, kim loại nặng, vi "
        "khuẩn; lõi lọc thô thay định kỳ khoảng 6 tháng.",
    ),
    (
        "lCo153",
        "en",
        "ro_quanghung",
        "Installation of reverse-osmosis drinking-water purifiers",
        "Installer of household RO purifiers: PP 5 micron, activated carbon and PP 1 micron pre-filters, RO membrane "
        "with 0.0001 micron pores removing up to 99.9% of impurities, booster pump, solenoid and pressure valves, storage tank.",
    ),
    (
        "lCo154",
        "en",
        "poultry_americanfarm",
        "Lighting programmes for broiler breeders and pullets",
        "Poultry-science guidance on giving broilers a dark period rather than 24-hour light (melatonin, less stress), "
        "and lowering light intensity to cut activity, scratches and energy use in breeder and turkey houses.",
    ),
    (
        "lCo155",
        "en",
        "ship_koi4u",
        "Koi transport equipment and supply kit",
        "Kit and method for moving koi: seine net at least 4 ft wider than the pond, pole net and bowl, koi bags of at "
        "least 20 × 40 inches and 3 mil thick, salt as bag additive, strong bands, wrapped ice packs, styrofoam-lined "
        "boxes or coolers, an oxygen bottle with a sterilised nozzle and emergency supplies.",
    ),
    (
        "lCo156",
        "en",
        "social_lifelearn",
        "Social-media strategy programme for veterinary practices",
        "Four-step programme helping vet practices build a social-media strategy, with context that social-media use "
        "rose about 61% during the pandemic and businesses are becoming more reliant on digital channels to attract and "
        "keep clients.",
    ),
    (
        "lCo157",
        "vi",
        "shrimp_tomloe",
        "Phòng chống bệnh đốm trắng cho tôm sú, tôm thẻ",
        "Giải pháp phòng virus WSSV trên tôm nuôi: virus phát hiện lần đầu ở Đài Loan năm 1992, tỷ lệ chết 80–100% vài "
        "ngày sau nhiễm; bệnh thường xuất hiện từ tháng nuôi thứ hai khi chất thải tích tụ; kiểm tra PCR để quản lý trại.",
    ),
    (
        "lCo158",
        "vi",
        "water_pac",
        "Xử lý nước cấp bằng than hoạt tính dạng bột kết hợp lọc màng",
        "Đề tài nghiên cứu của một trường đại học về xử lý nước cấp sinh hoạt bằng công nghệ PAC (than hoạt tính dạng "
        "bột) kết hợp lọc màng, loại bỏ chất hữu cơ và cải thiện chất lượng nước máy.",
    ),
    (
        "lCo159",
        "en",
        "petfriendly_hotel",
        "Pet-friendly hotel marketing for travellers with dogs",
        "Hospitality consultancy helping hotels welcome guests who travel with their dogs and respond on social media: "
        "over 85 million US households have pets, millennials are 35% of pet parents and 56% of travellers would rather "
        "bring their dog.",
    ),
]
