"""Offers for the holdout190 set (dragon fruit, mango, longan orchards): (id, language, source key, title, description)."""

OFFERS = [
    (
        "pJo001",
        "vi",
        "tl_giong",
        "Chuyển giao giống thanh long ruột trắng và ruột đỏ Đài Loan",
        "Đơn vị giống cây trồng giới thiệu và chuyển giao các giống thanh long phổ biến: ruột trắng Bình Thuận, ruột trắng Chợ Gạo "
        "(tự thụ phấn, năng suất cao) và ruột đỏ Đài Loan có độ đường 16–18%. Tư vấn chọn giống theo khả năng ra hoa, vì giống ruột "
        "trắng chịu ảnh hưởng mạnh của quang kỳ và thường chỉ ra hoa từ tháng 4 đến tháng 9.",
    ),
    (
        "pJo002",
        "vi",
        "tl_lai",
        "Hom giống thanh long lai TLL2-1 ruột đỏ năng suất cao",
        "Cơ sở cây giống cung cấp hom thanh long lai TLL2-1, tổ hợp từ cây bố ruột đỏ Colombia và thanh long ruột trắng Bình Thuận "
        "trái to, năng suất. Kèm hướng dẫn trồng nơi nhiều nắng, nhiệt độ thích hợp 15–35°C, đất bằng phẳng, thoát nước.",
    ),
    (
        "pJo003",
        "vi",
        "tl_cuong",
        "Nhánh giống thanh long ruột đỏ H14 dài 30–40 cm",
        "Nhà vườn nhân giống cung cấp nhánh thanh long ruột đỏ (Hylocereus polyrhizus) dòng H14 do Viện Nghiên cứu Cây ăn quả "
        "miền Nam tuyển chọn; nhánh dài 30–40 cm, giá tham khảo 3.000–4.000 đồng/nhánh, vỏ trái đỏ đậm, ruột đỏ giàu lycopene.",
    ),
    (
        "pJo004",
        "en",
        "poll_sky",
        "Self-fertile and pollinizer dragon fruit cultivars from a specialist nursery",
        "A nursery growing more than 50 named pitaya varieties sells cuttings classed by pollination need (self-fertile types such as "
        "Vietnamese White, Sugar Dragon S8 and American Beauty versus cross-pollinating ones) and advises planting two or three "
        "genetic types and hand-pollinating at night for heavier, better-shaped fruit.",
    ),
    (
        "pJo005",
        "en",
        "poll_prociv",
        "Breeder advice on self-fertile pitaya hybrids for new plantings",
        "The developer of a named hybrid line advises first-time growers that most wild pitaya species reject their own pollen and "
        "need cross-pollination by night-active bats and moths or by hand; offers selected self-fertile material and warns against "
        "cheap cuttings of unknown genetics.",
    ),
    (
        "pJo006",
        "vi",
        "xoai_hl",
        "Cây giống xoài cát Hòa Lộc ghép từ cây đầu dòng",
        "Cơ sở cung cấp cây xoài cát Hòa Lộc ghép đúng giống: trái trung bình 450–600 g, thuôn dài, vỏ chín vàng tươi có phấn trắng, "
        "thịt dày, mịn, ít xơ; cây ghép có thể cho trái sau khoảng 24 tháng trồng.",
    ),
    (
        "pJo007",
        "vi",
        "xoai_kt",
        "Tập huấn quy trình canh tác xoài và chọn giống Cát Chu, Cát Hòa Lộc",
        "Tài liệu và tập huấn kỹ thuật canh tác xoài cho ĐBSCL (41.800 ha năm 2013, Cát Chu chiếm 59,1%, Cát Hòa Lộc 23,2%): phân "
        "biệt xoài đơn phôi và đa phôi (2–12 phôi vô tính, dùng làm gốc ghép), chọn giống, trồng và chăm sóc.",
    ),
    (
        "pJo008",
        "en",
        "graft_mpc",
        "Training in stone grafting and veneer grafting for mango nurseries",
        "Hands-on training in multiplying mango quickly: stone grafting of germinated seedlings beheaded about 5 cm above the stone "
        "and wedge scions inserted under shade, and veneer grafting with defoliated scions tied in 200-gauge clear polythene, "
        "suited to in-situ orchard establishment.",
    ),
    (
        "pJo009",
        "en",
        "graft_naads",
        "Mango rootstock raising and cleft grafting extension service",
        "An agricultural advisory service shows farmers how to raise mango rootstocks to grafting size in 5–6 months and join scions "
        "of the chosen variety by cleft or wedge grafting, with aftercare of the graft union.",
    ),
    (
        "pJo010",
        "en",
        "graft_ped",
        "Veneer grafting protocol for mango propagation",
        "Course module on veneer grafting: a 10–15 cm pencil-thick terminal scion defoliated about 10 days beforehand, matching "
        "slanting cuts on stock and scion, best done in May and September; the union forms in 3–4 weeks, after which the stock top "
        "is removed.",
    ),
    (
        "pJo011",
        "vi",
        "graft_ieafc",
        "Kỹ thuật ghép áp, ghép nêm và ghép mắt cho xoài",
        "Hướng dẫn ghép khi gốc ghép cao khoảng 45 cm, vụ ghép tháng 2–5 và tháng 8–10: ghép áp với cành ghép 5–8 cm có mầm ngọn, "
        "quấn băng nilon rộng 1,5 cm; ghép cắt đỉnh cho gốc to hơn cành ghép; ghép mắt cho gốc già, thân to.",
    ),
    (
        "pJo012",
        "vi",
        "graft_mpc",
        "Tập huấn ghép xoài trên hạt nảy mầm và ghép áp cành",
        "Lớp tập huấn nhân nhanh cây giống xoài: ghép trên cây mầm (cắt ngọn cách hột khoảng 5 cm, cắm cành ghép vát nêm, để trong "
        "bóng râm) và ghép áp cành đã tuốt lá, buộc màng nilon trong; phù hợp lập vườn tại chỗ.",
    ),
]

OFFERS += [
    (
        "pJo013",
        "en",
        "wb_pestnet",
        "Top-working witches'-broom-susceptible longan onto tolerant varieties",
        "Plant-health network guidance for growers: Tiêu Da Bò longan is very sensitive to witches' broom, so orchards are grafted "
        "over to Ido, Thanh Kiet or Xuong Com Vang, which are seldom infected; explains how the eriophyid mite cause was shown by "
        "infesting healthy seedlings.",
    ),
    (
        "pJo014",
        "en",
        "wb_vt",
        "Diagnosis and IPM of longan witches' broom caused by an eriophyid mite",
        "A USAID-funded university IPM lab working with the Southern Horticultural Research Institute transfers mite-based "
        "diagnosis and control of witches' broom, a syndrome causing about 50% annual economic loss on roughly 99,000 acres of "
        "longan in southern Vietnam.",
    ),
    (
        "pJo015",
        "vi",
        "wb_vt",
        "Gói kỹ thuật quản lý bệnh chổi rồng trên nhãn do nhện lông nhung",
        "Chuyển giao cách chẩn đoán và biện pháp quản lý tổng hợp bệnh chổi rồng (lá xoăn như móng vuốt, bông dị dạng không đậu trái) "
        "trên cơ sở xác định nhện lông nhung là tác nhân; bệnh gây thiệt hại khoảng 50% mỗi năm ở các vùng nhãn phía Nam.",
    ),
    (
        "pJo016",
        "vi",
        "nhan_kclo3",
        "Kỹ thuật xử lý ra hoa nhãn nghịch vụ bằng KClO3",
        "Bài giảng đại học về biện pháp kích thích ra hoa nhãn: tưới gốc KClO3 4–8 g/m² tùy giống, phun lá 1.000 ppm hoặc tiêm thân "
        "0,25 g/cm đường kính cành; xử lý khi lá 40–45 ngày tuổi; nhãn Da Bò phun 2.000–4.000 ppm ra hoa 100% sau 30 ngày. Có "
        "hướng dẫn pha với MgCl2 hoặc urê và bảo quản an toàn vì dễ cháy nổ.",
    ),
    (
        "pJo017",
        "en",
        "longan_ishs",
        "Off-season longan production package from Maejo University research",
        "Thai protocol for year-round longan: KClO3 (or NaClO3) by soil drench or foliar spray on leaves mature for more than about "
        "four weeks, rate set by canopy size and season; paclobutrazol applied beforehand to stop leaf flushing under heavy rain. "
        "Off-season fruit now makes up about half of Thai output.",
    ),
    (
        "pJo018",
        "en",
        "longan_philstar",
        "Foliar chlorate flower induction for longan",
        "Extension protocol from the Thai longan handbook: spray 0.2% chlorate (40 g in 20 L water) over and under mature leaves in "
        "the dry months; flowers appear about 15 days later. Needs reliable water, healthy non-chlorotic trees and avoiding "
        "treatment that would flower into the hottest months.",
    ),
    (
        "pJo019",
        "en",
        "longan_bleach",
        "Safer flower inducers for longan: sodium chlorite and hypochlorite",
        "Research result showing that sodium chlorite and household bleach (hypochlorite) induce off-season longan flowering about "
        "as well as potassium chlorate, which is explosive and hard to buy, transport and store; reference KClO3 rates are "
        "200–400 g per tree broadcast or 1–2 g/L foliar.",
    ),
    (
        "pJo020",
        "en",
        "longan_tropentag",
        "Chlorate dosing by season to restore longan flowering response",
        "Mae Jo University study on potted longan: 200 ppm chlorate suited rainy and cool seasons and 400 ppm the hot season; excess "
        "nitrate caused leaf flush, 7 days of shade after treatment cut flowering, and repeated exposure weakened the response, so "
        "split low doses are advised instead of raising rates to 2 kg per tree.",
    ),
    (
        "pJo021",
        "en",
        "longan_samut",
        "Timing longan chlorate induction around the rainy season",
        "Field study on 'Phuang Thong' longan: inducing with potassium chlorate in May gave longer inflorescences, more female "
        "flowers and a better sex ratio than June–August treatments; canopy temperature, humidity and light logged to time "
        "induction.",
    ),
    (
        "pJo022",
        "vi",
        "longan_ishs",
        "Chuyển giao quy trình sản xuất nhãn nghịch vụ theo mô hình Thái Lan",
        "Quy trình rải vụ nhãn quanh năm: xử lý KClO3 hoặc NaClO3 bằng tưới gốc hay phun lá khi lá đã già trên khoảng 4 tuần, liều "
        "theo kích thước tán và mùa vụ; xử lý paclobutrazol trước để hạn chế ra đọt khi gặp mưa nhiều.",
    ),
    (
        "pJo023",
        "vi",
        "longan_philstar",
        "Phun chlorate 0,2% kích thích nhãn ra hoa",
        "Hướng dẫn phun dung dịch chlorate 0,2% (40 g trong 20 lít nước) lên hai mặt lá già vào các tháng khô; hoa xuất hiện sau "
        "khoảng 15 ngày. Điều kiện: đủ nước tưới, cây khỏe, lá không vàng.",
    ),
    (
        "pJo024",
        "en",
        "light_au",
        "Light stimulation trials for extending the pitaya season",
        "A dragon fruit nursery follows grower trials where lights run 1–2 hours in the morning or at night to mimic spring and "
        "autumn day length, with plants also under plastic; it tracks whether light-stimulated fruit loses sweetness.",
    ),
]

OFFERS += [
    (
        "pJo025",
        "en",
        "light_stfc",
        "Photoperiod lighting protocol for off-season pitaya",
        "Grower-research notes treating pitaya as a long-day plant (phytochrome red 660 nm / far-red 730 nm) and using supplementary "
        "lighting after the autumn equinox to keep buds forming; buds appear about 2 weeks after the inductive days and open about "
        "2 weeks later.",
    ),
    (
        "pJo026",
        "en",
        "light_id",
        "Lighting installation for off-season dragon fruit (400–800 lamps per hectare)",
        "Package based on East Java practice: electrical installation to utility standards on plants at least 2 years old, 400–800 "
        "lamps of 12–15 W per hectare, lit from 17:00 to 05:00 during April–September to keep fruiting outside the natural season.",
    ),
    (
        "pJo027",
        "vi",
        "light_id",
        "Thiết kế, lắp đặt hệ thống đèn chong ra hoa thanh long trái vụ",
        "Gói thiết kế điện chiếu sáng cho vườn thanh long từ 2 năm tuổi trở lên: 400–800 bóng 12–15 W mỗi ha, bật từ 17 giờ đến 5 giờ "
        "sáng trong các tháng ngày ngắn, lắp đặt theo tiêu chuẩn an toàn của ngành điện.",
    ),
    (
        "pJo028",
        "vi",
        "tl_f2",
        "Phân bón lá F2 Sagiko cho thanh long ruột đỏ LD1 vụ nghịch",
        "Khóa luận của Trường ĐH Nông Lâm TP.HCM xác định nồng độ phân bón lá F2 Sagiko cho năng suất và phẩm chất cao trên thanh "
        "long ruột đỏ LD1 vụ nghịch tại huyện Châu Thành, Long An (2024).",
    ),
    (
        "pJo029",
        "en",
        "pbz_au",
        "Paclobutrazol programme for earlier mango flowering",
        "Research-based programme: a small post-harvest soil dose of paclobutrazol promotes flowering the following season; treated "
        "trees flowered 3–4 weeks earlier, reached maturity at least 2 weeks earlier and developed better skin colour.",
    ),
    (
        "pJo030",
        "en",
        "pbz_th",
        "Off-season mango flower induction with paclobutrazol and thiourea",
        "Kasetsart University method in use since 1986: soil drench of paclobutrazol at canopy diameter (m) × 1.0–1.5 g a.i., then "
        "0.5% thiourea about 120 days later to break buds; inflorescences appear 2.5–4 months after application depending on "
        "cultivar.",
    ),
    (
        "pJo031",
        "en",
        "pbz_low",
        "Low-dose paclobutrazol collar drench for ultra-high-density mango",
        "Three-year study of PBZ 23% SC: collar, 20 cm and 1 m placements gave similar results, and the lowest dose, 0.37 g a.i. per "
        "metre canopy diameter, already gave significantly higher yield, cutting chemical cost and residue risk.",
    ),
    (
        "pJo032",
        "en",
        "pbz_cish",
        "Regular-bearing technology for alternate-bearing mango",
        "Institute recommendation: paclobutrazol at 3.2 ml per metre canopy diameter by soil drench in September; on-year yield "
        "rose about 25% and off-year trees gave about 60% of normal yield; full dose first year, half dose second year for some "
        "cultivars.",
    ),
    (
        "pJo033",
        "vi",
        "pbz_th",
        "Quy trình xử lý xoài ra hoa nghịch vụ bằng paclobutrazol và thiourea",
        "Chuyển giao quy trình kiểu Thái Lan: tưới paclobutrazol quanh gốc với liều 1,0–1,5 g hoạt chất nhân với đường kính tán (m), "
        "sau khoảng 120 ngày phun thiourea 0,5% để phá miên trạng; chùm hoa xuất hiện sau 2,5–4 tháng tùy giống.",
    ),
    (
        "pJo034",
        "vi",
        "xoai_tia",
        "Hướng dẫn tỉa cành tạo tán xoài sau thu hoạch theo 3 bước",
        "Chuyên gia hướng dẫn: (1) cắt các cành lớn mọc thẳng ở ngọn tạo 'giếng trời' rộng bằng 1/5 đường kính tán; (2) cắt cành "
        "giao tán và cành là sát đất; (3) cắt cành khô, sâu bệnh, cành mọc lòn trong tán; chọn mức tỉa nhẹ, vừa hoặc mạnh.",
    ),
    (
        "pJo035",
        "vi",
        "xoai_tia2",
        "Cắt tỉa sau thu hoạch kết hợp phân bón lá cho xoài mật độ cao",
        "Kết quả nghiên cứu trên giống GL1, GL6: cắt tỉa mạnh và vừa sau thu hoạch giúp lộc khỏe, lùi ra hoa 3–4 tuần, giảm thán thư "
        "và tăng năng suất rõ; phun phân bón lá chelate Pomior 0,4% cách 10 ngày một lần.",
    ),
    (
        "pJo036",
        "vi",
        "xoai_tan",
        "Tạo hình khung tán thấp cho vườn xoài",
        "Hướng dẫn cắt tỉa tạo bộ khung tán khỏe và thấp cho xoài (cành giòn, dễ gãy) để mang nhiều trái, thuận tiện chăm sóc, phun "
        "thuốc và thu hái.",
    ),
]

OFFERS += [
    (
        "pJo037",
        "en",
        "mango_mx",
        "Pruning and deficit micro-sprinkler irrigation for high-density mango",
        "University research on a commercial orchard with 25-year-old trees and a 10-year-old high-density block, both under micro "
        "sprinklers at 100% crop evapotranspiration versus reduced deficit irrigation, combined with pruning to manage canopy size "
        "and save water.",
    ),
    (
        "pJo038",
        "en",
        "longan_fao",
        "Longan husbandry: formative pruning and flush management",
        "FAO guidance: formative pruning in the first 3–4 years for an open canopy, then limiting trees to one or two vegetative "
        "flushes between harvest and flowering; a Chinese example with two autumn flushes, panicle thinning and pest control gave "
        "three successive years of high, stable yield.",
    ),
    (
        "pJo039",
        "en",
        "longan_prune",
        "Post-harvest pruning intensity trial for longan",
        "University trial on 15-year-old 'Daw' longan: removing 25–75% of branches after harvest increased shoot length and fruit "
        "size, the heaviest cut (75%) lowered yield and unpruned trees gave the lowest yield; flowering after KClO3 was unaffected.",
    ),
    (
        "pJo040",
        "vi",
        "longan_prune",
        "Cắt tỉa nhãn sau thu hoạch: chọn mức tỉa 25–50%",
        "Kết quả thử nghiệm trên nhãn 15 năm tuổi: tỉa bỏ 25–75% cành sau thu hoạch giúp chồi dài, trái to hơn; tỉa 75% làm giảm năng "
        "suất, không tỉa cho năng suất thấp nhất; việc tỉa không ảnh hưởng tỷ lệ ra hoa khi xử lý KClO3.",
    ),
    (
        "pJo041",
        "vi",
        "longan_prune_bi",
        "Hướng dẫn tỉa thưa, tỉa chọn lọc cho cây nhãn",
        "Hướng dẫn tỉa sau thu hoạch: cắt cành chết, bệnh, cành chéo cọ xát; tỉa thưa để ánh sáng và gió lọt vào tán; dùng kéo, cưa "
        "sắc đã khử trùng; tránh tỉa khi cây đang ra hoa, nuôi trái.",
    ),
    (
        "pJo042",
        "en",
        "bag_ph",
        "Low-cost mango bagging materials tested by a national mango centre",
        "Evaluation of bagging materials: thick waxy magazine paper kept fruit-fly infestation below 1%; imported newspaper and "
        "waxy magazine paper were the most economical in all seasons, while brown paper bags and local newspaper suit only the dry "
        "season because rain destroys them.",
    ),
    (
        "pJo043",
        "en",
        "bag_bd",
        "Pre-harvest bagging of mango at marble stage",
        "Bagging mango about 40 days after fruit set with brown or white paper bags improved fruit retention, weight, TSS, vitamin "
        "C and beta-carotene, gave cleaner pest-free fruit, reduced spongy tissue and mealybugs and extended shelf life.",
    ),
    (
        "pJo044",
        "en",
        "bag_es",
        "Bagging to protect mango fruit from white mango scale",
        "Research institute results: yellow satin paper bags and white muslin cloth bags reduced white mango scale damage when "
        "fruit were bagged before crawlers migrated onto them, without harming fruit development or quality.",
    ),
    (
        "pJo045",
        "vi",
        "bag_jml",
        "Túi bao trái xoài và thời điểm bao trái",
        "Nhà cung cấp túi bao trái (giấy, nhựa, vải) hướng dẫn bao xoài khoảng 4–6 tuần sau khi hoa nở: giảm ruồi đục trái, bệnh nấm "
        "khi trời ẩm, chống cháy nắng, giữ màu vỏ và giảm lượng thuốc phun.",
    ),
    (
        "pJo046",
        "vi",
        "bag_bd",
        "Kỹ thuật bao trái xoài bằng túi giấy giai đoạn trái bằng viên bi",
        "Bao trái khoảng 40 ngày sau đậu trái bằng túi giấy nâu hoặc trắng giúp giữ trái, tăng trọng lượng, độ Brix, vitamin C, "
        "trái sạch sâu bệnh, giảm rệp sáp và kéo dài thời gian bảo quản.",
    ),
    (
        "pJo047",
        "vi",
        "bag_ph",
        "Vật liệu bao trái xoài giá rẻ hạn chế ruồi đục trái",
        "Kết quả so sánh vật liệu bao: giấy tạp chí dày có phủ sáp giữ tỷ lệ ruồi đục dưới 1%; giấy báo và giấy tạp chí là lựa chọn "
        "kinh tế quanh năm; túi giấy nâu chỉ dùng mùa khô vì dễ rách khi mưa.",
    ),
    (
        "pJo048",
        "vi",
        "thanthu",
        "Phòng trừ thán thư và khô đọt xoài trong mùa mưa",
        "Khuyến cáo tổng hợp cho bệnh thán thư (Colletotrichum gloeosporioides) và khô đọt: thu gom tiêu hủy bộ phận bệnh, bón phân "
        "cân đối tránh thừa đạm, tỉa tán thông thoáng, phun ngừa một lần rồi bao trái, phun khi sương mù, ẩm độ cao lúc ra hoa.",
    ),
]

OFFERS += [
    (
        "pJo049",
        "vi",
        "sataka",
        "Giải pháp thuốc bảo vệ thực vật phòng trừ thán thư trên xoài",
        "Doanh nghiệp vật tư nông nghiệp tư vấn nhận diện thán thư trên lá, cành non, bông và trái (đốm liên kết thành mảng sau 3–5 "
        "ngày) và cung cấp chương trình thuốc phòng trừ theo giai đoạn sinh trưởng.",
    ),
    (
        "pJo050",
        "vi",
        "santari",
        "Chương trình phòng trị thán thư xoài do nấm Colletotrichum",
        "Công ty phân bón, thuốc sinh học đưa ra quy trình phòng trị thán thư xoài bùng phát mùa mưa: vệ sinh vườn, tỉa tán, dinh "
        "dưỡng tăng sức đề kháng và lịch phun thuốc, hạn chế thất thoát năng suất và chất lượng trái xuất khẩu.",
    ),
    (
        "pJo051",
        "vi",
        "xoai_benh",
        "Danh mục hoạt chất trị thán thư và xì mủ xoài",
        "Tài liệu nhận diện bệnh hại xoài và hoạt chất khuyến cáo cho thán thư: azoxystrobin, cyprodinil, mancozeb, thiophanate-methyl; "
        "kèm hướng dẫn thăm vườn phát hiện sớm và xử lý bệnh xì mủ.",
    ),
    (
        "pJo052",
        "en",
        "hwt_fung",
        "Hot water plus fungicide dip against postharvest mango anthracnose",
        "Published treatment: dipping mango at 52°C for 30 min alone controlled anthracnose well; 15 min at 52°C with carbendazim let "
        "fruit keep 26 days (21 days at 12°C plus 5 days ripening) free of anthracnose, with no adverse effect on ripening.",
    ),
    (
        "pJo053",
        "vi",
        "ruoi_ht",
        "Mô hình bẫy bả protein phòng trừ ruồi đục quả",
        "Dự án ứng dụng tiến bộ kỹ thuật của Sở KH&CN: mô hình trình diễn 2–3 ha mỗi vùng dùng bẫy bả protein và chất dẫn dụ Flykil "
        "95EC (methyl eugenol 90%); Việt Nam có khoảng 32 loài ruồi đục quả, phổ biến là Bactrocera dorsalis, B. correcta.",
    ),
    (
        "pJo054",
        "vi",
        "ruoi_vidan",
        "Quản lý ruồi đục trái Bactrocera dorsalis trên cây ăn trái",
        "Tài liệu kỹ thuật của doanh nghiệp BVTV: đặc điểm ruồi (vòng đời 30–40 ngày, trứng 5–10 quả mỗi ổ dưới vỏ trái), triệu "
        "chứng vết chích chảy mủ và biện pháp vệ sinh vườn, bẫy dẫn dụ, thuốc phòng trừ.",
    ),
    (
        "pJo055",
        "vi",
        "ruoi_fao",
        "Hướng dẫn phòng trừ ruồi đục quả trên cây ăn trái",
        "Hướng dẫn biện pháp tổng hợp: thu gom trái rụng, xới đất diệt nhộng (nhộng nằm sâu 3–7 cm), bẫy dẫn dụ ruồi đực, phun bả "
        "mồi; dòi dài 6–8 mm, ruồi trưởng thành sống 1–3 tháng và bay xa.",
    ),
    (
        "pJo056",
        "en",
        "ff_vargas",
        "Area-wide IPM for Bactrocera fruit flies with reduced-risk baits",
        "Federal research programme approach: protein bait sprays with reduced-risk insecticides, male annihilation with lures, "
        "sterile-fly and parasitoid releases and field sanitation, replacing organophosphate cover sprays across a whole growing "
        "area.",
    ),
    (
        "pJo057",
        "en",
        "ff_mat",
        "Male annihilation technique bait stations for fruit flies",
        "Male annihilation with a high density of lure-plus-insecticide stations: methyl eugenol for oriental fruit fly, cue-lure "
        "for melon fly; cotton strings or fibreboard blocks of 50 × 50 × 12.7 mm are impregnated and spread through the area.",
    ),
    (
        "pJo058",
        "en",
        "ff_pk",
        "IPM package for mango fruit flies: methyl eugenol traps plus protein bait",
        "Field-tested package: 4 methyl eugenol traps per acre, protein hydrolysate bait applied twice, hoeing twice under trees "
        "and weed removal; infestation fell by 86–94% in dropped and harvested fruit; 3–5% neem oil also effective.",
    ),
    (
        "pJo059",
        "en",
        "ff_eth",
        "Methyl eugenol bait stations and protein baits at farm and area scale",
        "Field study: ME bait stations with toxic protein bait suppressed oriental fruit fly within 8 months on large guava farms, "
        "but SPLAT-ME with spinosad failed on smallholder plots because flies disperse over many farm widths; SPLAT dollops stayed "
        "attractive for over two weeks.",
    ),
    (
        "pJo060",
        "vi",
        "ff_mat",
        "Trạm bả diệt ruồi đực (MAT) cho vùng trồng cây ăn trái",
        "Kỹ thuật diệt ruồi đực mật độ cao: đặt dày các trạm bả gồm chất dẫn dụ methyl eugenol (ruồi phương đông) hoặc cue-lure "
        "(ruồi dưa) trộn thuốc, tẩm vào dây bông hoặc tấm ép 50 × 50 × 12,7 mm, làm giảm ruồi đực đến mức ruồi cái không giao phối.",
    ),
]

OFFERS += [
    (
        "pJo061",
        "vi",
        "domnau",
        "Phòng trừ bệnh đốm nâu (Neoscytalidium dimidiatum) trên thanh long",
        "Đơn vị vật tư nông nghiệp hướng dẫn nhận biết vết tròn nâu, xám, lõm trên cành, tai và trái; nấm lây qua gió, nước mưa, "
        "nước tưới bắn và dụng cụ cắt tỉa không sát trùng; quy trình vệ sinh vườn, buộc dây đúng cách và phun thuốc phòng trị.",
    ),
    (
        "pJo062",
        "en",
        "canker_uf",
        "Stem and fruit canker management for dragon fruit",
        "University extension publication: symptoms of Neoscytalidium canker (whitish-yellow spots turning orange-brown, black "
        "pycnidia, shot-holes on cladodes, cracked fruit peel), sanitation by removing infected stems and fungicide use.",
    ),
    (
        "pJo063",
        "en",
        "canker_th",
        "Dragon fruit disease survey and diagnostic service",
        "Plant protection research office: 2012–2014 survey found stem canker incidence up to 58.2%, anthracnose 23.4% on stems and "
        "22.5% on fruit, Bipolaris fruit rot 13.5%; causal fungi identified by morphology, molecular methods and pathogenicity "
        "tests, with management strategies.",
    ),
    (
        "pJo064",
        "en",
        "canker_br",
        "Fungicide screening and eradicant treatments for pitaya canker",
        "Laboratory work: many fungicides fully inhibited Neoscytalidium dimidiatum growth in vitro, and 5% Bordeaux mixture, "
        "lime-sulphur, quaternary ammonium or a biostimulant applied to pruned infected cladodes sped their decomposition and cut "
        "spore formation and germination.",
    ),
    (
        "pJo065",
        "vi",
        "canker_th",
        "Dịch vụ giám định bệnh hại thanh long (đốm nâu, thán thư, thối trái)",
        "Phòng thí nghiệm bảo vệ thực vật nhận mẫu cành, trái thanh long để xác định tác nhân bằng hình thái và sinh học phân tử; "
        "điều tra cho thấy đốm nâu (ung thư thân) có tỷ lệ bệnh đến 58,2%, thán thư trên 22%, thối trái Bipolaris 13,5%.",
    ),
    (
        "pJo066",
        "vi",
        "canker_uf",
        "Quy trình quản lý bệnh đốm nâu trên cành và trái thanh long",
        "Tài liệu khuyến nông: triệu chứng đốm vàng trắng chuyển nâu cam, có chấm đen (ổ bào tử), thủng lỗ trên cành, nứt vỏ trái; "
        "cắt bỏ, tiêu hủy cành bệnh, vệ sinh dụng cụ và luân phiên thuốc trừ nấm.",
    ),
    (
        "pJo067",
        "en",
        "stemrot",
        "Dragon fruit stem rot control with pruning and copper sprays",
        "Crop-disease advisory for stem rot caused by bacteria (Xanthomonas, Erwinia) or Colletotrichum: prune and destroy infected "
        "parts, space plants for airflow, avoid wetting irrigation, weekly sprays of copper, mancozeb and metalaxyl.",
    ),
    (
        "pJo068",
        "vi",
        "bohong",
        "Nhận diện và phòng bệnh bồ hóng trên thanh long",
        "Trang chẩn đoán bệnh cây trồng mô tả bệnh bồ hóng do nấm Capnodium: lớp muội đen trên cành và vỏ trái, phát triển khi ẩm độ "
        "80–90%, nhiệt độ 20–30°C, thường gặp ở vườn ít chăm sóc.",
    ),
    (
        "pJo069",
        "vi",
        "tuoi_cam",
        "Hệ thống tưới nhỏ giọt tiết kiệm nước cho vườn cây ăn trái",
        "Viện Khoa học Thủy lợi chuyển giao hệ thống tưới nhỏ giọt cho cây ăn trái: chi phí lắp đặt khoảng 50 triệu đồng/ha, tuổi thọ "
        "10–12 năm, tiết kiệm khoảng 50% nước so với tưới tràn, bón phân hòa tan qua hệ thống, giảm công và tiền điện bơm.",
    ),
    (
        "pJo070",
        "vi",
        "tuoi_oxi",
        "Bộ tưới nhỏ giọt tự động có hẹn giờ",
        "Nhà cung cấp thiết bị tưới: bộ nhỏ giọt gồm bể hoặc giếng, bộ lọc, ống PE/PVC, van điều áp và bộ hẹn giờ; tiết kiệm 30–60% "
        "nước so với tưới vòi hoặc phun mưa nhờ giảm bốc hơi và thấm sâu.",
    ),
    (
        "pJo071",
        "vi",
        "micro_co",
        "Thiết kế hệ thống tưới phun mưa cục bộ cho vườn cây ăn trái",
        "Tư vấn thiết kế tưới phun cục bộ áp lực thấp cho vườn cây lâu năm: độ đồng đều cao, ít lãng phí, có thể châm phân hòa tan "
        "qua hệ thống, thích hợp lô vườn dốc hoặc hình dạng không đều.",
    ),
    (
        "pJo072",
        "en",
        "micro_co",
        "Micro-sprinkler irrigation design for orchards with fertigation",
        "Extension fact sheet and design support: low-pressure, low-to-medium volume micro sprinklers for tree fruit raise yield "
        "while cutting water, fertilizer and labour versus furrow irrigation; fertilizer injection adds efficiency.",
    ),
]

OFFERS += [
    (
        "pJo073",
        "en",
        "tavlit",
        "Mini-sprinklers and sprayers for plantation irrigation",
        "Irrigation manufacturer supplying mini-sprinklers and sprayers for fruit trees that wet the whole root zone, building a "
        "wide root system and canopy while saving water, energy, fertilizer and labour.",
    ),
    (
        "pJo074",
        "en",
        "aquadrip",
        "Drip lines and low-volume mini-sprinklers for orchards",
        "Irrigation supplier: drip lines on the surface or subsurface for young trees, adding drippers as the root zone grows, and "
        "low-volume mini-sprinklers for mature trees with a larger root zone.",
    ),
    (
        "pJo075",
        "vi",
        "micro_abs",
        "Thiết kế hệ thống tưới phun cục bộ: chọn béc và lịch tưới",
        "Hướng dẫn thiết kế tưới phun cục bộ cho cây lâu năm: mỗi cây một béc 40–75 lít/giờ, chọn kiểu béc phun tia hay béc xoay theo "
        "độ đồng đều, gió, loại đất, chi phí bảo trì; điều chỉnh đường kính phun và thời gian tưới để tránh thấm sâu, rửa trôi phân.",
    ),
    (
        "pJo076",
        "en",
        "jain",
        "Crop water requirement advisory for mango orchards",
        "Irrigation company agronomists estimate mango water need by tree age, canopy size, spacing and pruning, including the "
        "short dry period needed before flowering, to size and schedule drip systems.",
    ),
    (
        "pJo077",
        "en",
        "irr_eg",
        "Subsurface, drip and furrow irrigation compared for mango",
        "Engineering research on mango 2002–2006: crop coefficients 0.69, 0.74 and 0.85 under subsurface, drip and furrow "
        "irrigation; subsurface raised yield 13.88% over drip and 26.25% over furrow and gave the fewest split-fruit problems.",
    ),
    (
        "pJo078",
        "vi",
        "tuoi_tv",
        "Đánh giá hiệu quả tưới thấm và tưới nhỏ giọt cho dưa hấu tại Trà Vinh",
        "Nghiên cứu của Trường Đại học Trà Vinh so sánh hiệu quả kỹ thuật hai mô hình tưới thấm và tưới nhỏ giọt trên dưa hấu, số "
        "liệu 160 hộ ở Cầu Ngang và Duyên Hải.",
    ),
    (
        "pJo079",
        "vi",
        "tuoi_hanh",
        "Quy trình tưới phun mưa cho cây hành vùng cát",
        "Viện Nước, Tưới tiêu và Môi trường ban hành quy trình tưới phun mưa cho hành trên đất cát ven biển từ mô hình 2 ha theo dõi "
        "năm 2016–2017.",
    ),
    (
        "pJo080",
        "vi",
        "tuoi_bc",
        "Tưới nhỏ giọt cho cây trồng ban công, sân thượng",
        "Giải pháp tưới nhỏ giọt tự động cho gia đình trồng cây trong chậu trên ban công, sân thượng: tiết kiệm nước, công sức, giảm "
        "cỏ dại.",
    ),
    (
        "pJo081",
        "en",
        "poll_dfo",
        "Hand-pollination and pollen storage guide for dragon fruit",
        "Grower guide distinguishing self-fertile, self-pollinating and self-sterile varieties, with step-by-step night or early "
        "morning hand-pollination, collecting pollen from a compatible cultivar and storing it for flowers that open on other "
        "nights.",
    ),
    (
        "pJo082",
        "vi",
        "poll_dfo",
        "Hướng dẫn thụ phấn bổ sung bằng tay và bảo quản hạt phấn thanh long",
        "Tài liệu hướng dẫn phân biệt giống tự thụ, tự thụ phấn dễ và tự bất thụ; thụ phấn bằng tay ban đêm hoặc sáng sớm, thu hạt "
        "phấn từ giống tương hợp và bảo quản hạt phấn cho các đợt hoa nở khác đêm.",
    ),
    (
        "pJo083",
        "vi",
        "tl_thuhoach",
        "Kỹ thuật thu hoạch thanh long đúng độ chín",
        "Hướng dẫn thu hoạch khi trái đổi màu hoàn toàn, khoảng 28–32 ngày sau nở hoa; ngưng tưới nhiều, bón đạm và phun thuốc 10–15 "
        "ngày trước thu; hái sáng sớm hoặc chiều mát, dùng kéo bén, tránh giập cuống, gãy tai, loại trái kém ngay tại vườn.",
    ),
    (
        "pJo084",
        "vi",
        "tl_chiso",
        "Xác định chỉ số thu hoạch và chất lượng thanh long",
        "Doanh nghiệp kho lạnh tư vấn chỉ số trưởng thành: thanh long chỉ chín trên cây, cần 27–33 ngày từ nở hoa; đánh giá màu vỏ, "
        "độ chắc thịt và tỷ lệ chất rắn hòa tan/độ chua tối thiểu 40 để thu hoạch đạt chất lượng bảo quản.",
    ),
]

OFFERS += [
    (
        "pJo085",
        "en",
        "mat_nt",
        "Mango maturity tools: heat-sum calculator, dry-matter test and NIR",
        "Government primary-industry service: online heat-sum calculator predicting maturity from flowering date and temperature, "
        "a dry-matter test against the 15% industry harvest standard, NIR spectroscopy guns and flesh-colour cards for growers.",
    ),
    (
        "pJo086",
        "en",
        "mat_felix",
        "Handheld NIR meter for mango dry-matter maturity",
        "Instrument maker offering non-destructive NIR meters: mango dry matter rises about 0.72% per week, from about 11% at stone "
        "hardening to 22% at full maturity, so DM sets harvest date better than green skin colour or firmness.",
    ),
    (
        "pJo087",
        "en",
        "mat_agri",
        "Field maturity signs for mango harvest",
        "Extension note: mango needs 95–115 days from flowering; shoulders fill out, colour turns from dark to pale green, a few "
        "ripe fruit drop naturally, and fruit with specific gravity 1.00–1.02 are mature; pick by hand with a short stalk.",
    ),
    (
        "pJo088",
        "en",
        "mat_gh",
        "Non-destructive maturity standards for export mango",
        "Research defining harvest standards for Haden, Kent, Palmer and Keitt from heat units, rainfall and fruit weight, length, "
        "volume, density (1.08–1.19 g/cm³) and latex index, for export and local markets.",
    ),
    (
        "pJo089",
        "vi",
        "mat_nt",
        "Xác định độ chín thu hoạch xoài bằng chất khô, tổng nhiệt và máy NIR",
        "Dịch vụ hỗ trợ nhà vườn: tính tổng nhiệt từ ngày ra hoa để dự báo ngày thu, đo hàm lượng chất khô (chuẩn 15%), dùng súng "
        "NIR cầm tay và bảng so màu thịt quả để thu hoạch xoài đồng loạt đúng độ chín.",
    ),
    (
        "pJo090",
        "vi",
        "susaco",
        "Nước rửa khử khuẩn HOCl và viên 1-MCP cho trái cây xuất khẩu",
        "Nhà cung cấp giải pháp sau thu hoạch: dung dịch rửa gốc axit hypochlorous diệt vi khuẩn trong khoảng 10 giây và giảm tồn dư "
        "thuốc BVTV trên trái; viên sủi hoặc tấm phát 1-MCP khóa ethylene để làm chậm chín trong kho lạnh, container.",
    ),
    (
        "pJo091",
        "en",
        "wash_echo",
        "Chlorine wash-water disinfection best practice",
        "University fact sheet: washing produce in potable water with a sanitizer reduces rot organisms and foodborne pathogens; "
        "covers chlorine dosing and monitoring and which produce may or may not be washed.",
    ),
    (
        "pJo092",
        "en",
        "wash_rev",
        "Chlorine, chlorine dioxide and ozone sanitation for postharvest disease control",
        "Review for packers: chlorine is cheap and broad-spectrum but forms trihalomethanes and haloacetic acids; chlorine dioxide "
        "and ozone are alternatives, with guidance on safe use, spectrum and legislation.",
    ),
    (
        "pJo093",
        "en",
        "desap",
        "Desapping, cleaning, sorting and grading protocol for export mango",
        "Training material: harvest mature fruit in cool hours with a 1 cm stalk, desap export fruit upside down for 2–3 hours after "
        "trimming the pedicel to 0.5–1 cm, keep latex off the skin, then clean, sort and grade to standards before pre-cooling.",
    ),
    (
        "pJo094",
        "vi",
        "mangoproc",
        "Dây chuyền rửa, phân loại và phân hạng xoài tự động",
        "Nhà sản xuất thiết bị cung cấp dây chuyền rửa xoài bằng vòi nước áp lực cao hoặc băng tải ngâm nước, máy phân loại tự động "
        "theo kích cỡ, màu sắc và khuyết tật bề mặt, kèm khâu kiểm tra chất lượng.",
    ),
    (
        "pJo095",
        "en",
        "wash_hh",
        "Household decontamination methods for fruits and vegetables",
        "Company R&D review of home washing techniques (water, chemical aids, heat, newer methods) to reduce microbes and pesticide "
        "residues in kitchens before eating.",
    ),
    (
        "pJo096",
        "vi",
        "wash_rev",
        "Tư vấn thay thế chlorine bằng ozone, ClO2 trong rửa trái cây",
        "Tư vấn chọn chất khử trùng cho khâu rửa sau thu hoạch: chlorine rẻ nhưng sinh phụ phẩm THM, HAA; chlorine dioxide và ozone "
        "là lựa chọn thay thế, kèm lưu ý an toàn và quy định.",
    ),
]

OFFERS += [
    (
        "pJo097",
        "en",
        "coat_pec",
        "Pectin–beeswax edible coating for mango",
        "Coating formulation of pectin, beeswax, sorbitol and monoglyceride: coated mangoes kept over 2 weeks at room temperature "
        "versus under a week uncoated, with slower colour change, softening, weight loss and CO2 output.",
    ),
    (
        "pJo098",
        "en",
        "coat_bee",
        "Beeswax coating with modified-atmosphere packaging for mango",
        "University study: 1% beeswax in rice bran oil plus unperforated LDPE bags kept mangoes 20 days in cold storage at 13°C and "
        "95% RH with acceptable quality, against 7 days at ambient temperature.",
    ),
    (
        "pJo099",
        "en",
        "coat_rev",
        "Edible coatings and application equipment for mango",
        "Review of chitosan, waxes, starch, gums and cellulose coatings for fresh and minimally processed mango, including "
        "commercial formulations, coating equipment, safety aspects and newer options such as aloe vera gel.",
    ),
    (
        "pJo100",
        "en",
        "coat_st",
        "Starch, olive oil and beeswax coatings compared on mango",
        "Research comparing coatings on hard-green mango: beeswax gave the lowest weight loss and waste and longest shelf life, "
        "starch-based coating the best eating quality, across several storage temperatures.",
    ),
    (
        "pJo101",
        "en",
        "coat_lav",
        "Beeswax–essential oil coating to delay mango ripening",
        "Study of beeswax blended with cinnamon, lavender or clove oil: beeswax with lavender oil gave the least weight loss (2.94%) "
        "and delayed ripening of unripe mangoes by about 6 extra days.",
    ),
    (
        "pJo102",
        "vi",
        "coat_fp",
        "Màng sáp ong ăn được bảo quản xoài tươi",
        "Giải pháp phủ màng sáp ong lên trái xoài để giảm mất nước, chậm chín, giảm tổn thất sau thu hoạch khi vận chuyển đến thị "
        "trường xa; phù hợp vùng trồng xoài hướng xuất khẩu.",
    ),
    (
        "pJo103",
        "vi",
        "coat_bee",
        "Phủ sáp ong kết hợp bao gói khí quyển biến đổi cho xoài",
        "Quy trình phủ sáp ong 1% trong dầu cám gạo rồi đóng túi LDPE không đục lỗ: xoài giữ được 20 ngày ở 13°C, ẩm độ 95%, trong khi "
        "để nhiệt độ thường chỉ được 7 ngày.",
    ),
    (
        "pJo104",
        "vi",
        "tl_bq",
        "Bảo quản lạnh và màng bao FC214 cho thanh long xuất khẩu",
        "Quy trình bảo quản: xử lý chlorine 200 ppm trong 3 phút, bao màng ăn được FC214 giữ độ bóng sau 28 ngày, bảo quản 6–7°C, ẩm "
        "độ 95–100% (5–10°C cho 22–40 ngày, dưới 5°C dễ tổn thương lạnh); thùng carton 46 × 31 × 13 cm; container lạnh 5°C.",
    ),
    (
        "pJo105",
        "vi",
        "tl_lowt",
        "Nghiên cứu nhiệt độ bảo quản thấp cho thanh long ruột đỏ",
        "Công trình đăng Tạp chí KHCN Nông nghiệp Việt Nam về ảnh hưởng của nhiệt độ thấp đến biến đổi sinh lý, sinh hóa của thanh "
        "long ruột đỏ trong bảo quản, nhằm kéo dài thời hạn bảo quản và giữ chất lượng trái xuất khẩu.",
    ),
    (
        "pJo106",
        "vi",
        "tl_pl",
        "Quy trình sơ chế, phân loại và đóng thùng thanh long xuất khẩu",
        "Hướng dẫn phân 4 hạng trái: trên 500 g, 380–500 g, 300–380 g, dưới 300 g; nhúng thuốc trừ nấm, quạt khô tối thiểu 15 phút; "
        "thùng carton 3 lớp có 10 lỗ thông gió 2,5 × 4 cm, vách ngăn từng trái, khối lượng tịnh 5–5,2 kg.",
    ),
    (
        "pJo107",
        "vi",
        "cnsth",
        "Thiết bị sau thu hoạch trái cây: rửa, kho lạnh CA, buồng ủ chín",
        "Công ty cơ khí cung cấp thiết bị và giải pháp sau thu hoạch cho trái cây: máy rửa, xử lý, kho lạnh chuyên dùng khí quyển "
        "điều chỉnh (CA), buồng ủ chín, bao bì đóng gói, phục vụ nhà sơ chế đạt chuẩn xuất khẩu.",
    ),
    (
        "pJo108",
        "en",
        "ph_fk",
        "Packhouse practices and forced-air cooling for mango",
        "Knowledge-base guidance for mango packhouses: recording and quality checks at receipt, washing, hot-water treatment where "
        "required, sizing and grading on roller conveyors, immediate forced-air cooling without going below the chilling limit, "
        "and sanitation of building and equipment.",
    ),
]

OFFERS += [
    (
        "pJo109",
        "en",
        "ph_ss",
        "Turnkey mango pack house: washing, desapping, grading, waxing and cold rooms",
        "Engineering firm designs and builds mango pack houses: reception and sorting, washing and desapping station, automatic "
        "grading by size, colour and maturity, drying and optional waxing, packing area, cold storage and quality monitoring.",
    ),
    (
        "pJo110",
        "vi",
        "ph_fk",
        "Thiết kế và vận hành nhà đóng gói xoài có làm mát cưỡng bức",
        "Tư vấn quy trình nhà đóng gói: ghi nhận, kiểm tra lô hàng khi nhập, rửa, xử lý nước nóng nếu thị trường yêu cầu, phân cỡ trên "
        "băng lăn, làm mát nhanh bằng gió cưỡng bức, tránh nhiệt độ gây tổn thương lạnh, vệ sinh nhà xưởng.",
    ),
    (
        "pJo111",
        "vi",
        "saurieng",
        "Bảo quản sau thu hoạch sầu riêng ở 12–15°C",
        "Sách kỹ thuật sầu riêng công nghệ cao: kho lạnh 12–15°C, ẩm độ 65–75%, gói hấp thụ ethylene, CO2 khoảng 5% để giữ trái 7–14 "
        "ngày, tránh dưới 10°C gây sốc lạnh.",
    ),
    (
        "pJo112",
        "vi",
        "iqf",
        "Dây chuyền chế biến nhãn, vải lạnh đông IQF",
        "Tài liệu công nghệ sản xuất rau quả đông lạnh: quy trình nhãn và vải lạnh đông, máy rửa, máy phân loại trục lăn, hệ thống cấp "
        "đông nhanh IQF.",
    ),
    (
        "pJo113",
        "vi",
        "mit",
        "Bảo quản mít chế biến tối thiểu bằng nhiệt độ và khí quyển",
        "Khóa luận nghiên cứu ảnh hưởng của nhiệt độ và khí quyển bảo quản đến chất lượng múi mít đã tách (chế biến tối thiểu).",
    ),
    (
        "pJo114",
        "vi",
        "vht_xoai",
        "Quy trình xử lý nhiệt bằng hơi nước nóng (VHT) cho xoài xuất khẩu",
        "Tư vấn quy trình VHT và nhúng nước nóng theo hướng dẫn của Bộ NN&PTNT: khu VHT đặt trong nhà đóng gói được công nhận, có khu "
        "cách ly, phân loại, xử lý nhiệt, bảo quản lạnh, đóng gói được chắn côn trùng; kiểm soát để tránh tổn thương nhiệt vỏ và thịt.",
    ),
    (
        "pJo115",
        "en",
        "hwt_carib",
        "Short high-temperature hot water schedules for mango fruit fly and anthracnose",
        "Research showing that the standard 46.1°C for 65 min dip did not control anthracnose in a Caribbean cultivar, while higher "
        "temperatures for shorter times within 45–55°C and 5–65 min controlled both fruit fly and anthracnose without quality loss.",
    ),
    (
        "pJo116",
        "en",
        "hwt_cool",
        "Hot water quarantine dip schedules by fruit weight, with post-dip cooling",
        "Quarantine research: mangoes immersed at 46.1°C for 65, 75 or 90 min according to fruit weight; recommends 30 min of air "
        "cooling after the dip, a 25 g weight allowance per class and fruit-weight monitoring in the packhouse.",
    ),
    (
        "pJo117",
        "en",
        "hwt_alt",
        "Alternatives to hot water immersion: forced hot air, HTCA and irradiation",
        "University report for the mango industry comparing forced hot air, high-temperature controlled atmosphere and irradiation "
        "with the hot-water protocol, and recommending packhouse temperature management improvements before and after treatment.",
    ),
    (
        "pJo118",
        "en",
        "vht_tw",
        "Vapour heat treatment at 46.5°C for 30 min for red dragon fruit to Japan",
        "Agriculture ministry programme that upgraded fruit steaming facilities and cold chain so red, purple and hybrid-flesh "
        "dragon fruit meet Japan's condition of vapour heat at 46.5°C for 30 min against fruit flies.",
    ),
    (
        "pJo119",
        "en",
        "vht_ph",
        "Developing VHT protocols for dragon fruit for Japan and Korea",
        "Plant industry bureau programme (about PHP 1.5 million) to develop vapour heat treatment procedures for dragon fruit, "
        "mangosteen and avocado, since Japan and Korea require VHT for these fruits.",
    ),
    (
        "pJo120",
        "en",
        "vht_jp",
        "Meeting Japan's steam-treatment and packaging rules for dragon fruit",
        "Exporter guidance on Japan's rules: steam equipment with automatic temperature-humidity recorders in the upper, middle and "
        "lower fruit layers and the chamber, and packaging covered with mesh or vents under 1.6 mm to keep insects out.",
    ),
]

OFFERS += [
    (
        "pJo121",
        "vi",
        "vht_jp",
        "Tư vấn đáp ứng yêu cầu xử lý hơi nước nóng của Nhật Bản cho thanh long",
        "Tư vấn doanh nghiệp xuất khẩu: thiết bị xử lý hơi nước nóng phải có đầu đo nhiệt–ẩm tự ghi ở lớp trái trên, giữa, dưới và "
        "trong buồng; bao bì phủ lưới hoặc lỗ thông khí dưới 1,6 mm để ngăn côn trùng.",
    ),
    (
        "pJo122",
        "en",
        "hwt_rev",
        "Review of heat disinfestation treatments for mango",
        "Scientific review of hot water, vapour heat and hot air disinfestation of mango against fruit flies, pre-treatment "
        "conditioning, heat tolerance, damage symptoms and effects on ripening and eating quality.",
    ),
    (
        "pJo123",
        "vi",
        "hwt_cool",
        "Quy trình nhúng nước nóng kiểm dịch xoài theo khối lượng trái",
        "Hướng dẫn nhúng xoài ở 46,1°C trong 65, 75 hoặc 90 phút tùy hạng khối lượng, sau đó làm nguội bằng không khí 30 phút; kiểm "
        "soát khối lượng trái trong nhà đóng gói để bảo đảm hiệu lực diệt ấu trùng ruồi.",
    ),
    (
        "pJo124",
        "vi",
        "gg_bt",
        "Tư vấn chứng nhận GlobalG.A.P. cho hợp tác xã thanh long",
        "Đơn vị tư vấn hướng dẫn quy trình sản xuất, quản lý theo GlobalG.A.P. cho 5 ha thanh long làm mô hình của liên hiệp hợp tác "
        "xã: đào tạo từ tháng 5, điều chỉnh theo thực tế và mời chuyên gia đánh giá chứng nhận sau khoảng 6 tháng.",
    ),
    (
        "pJo125",
        "vi",
        "vinacert",
        "Đánh giá, chứng nhận VietGAP cho hợp tác xã rau quả",
        "Tổ chức chứng nhận thực hiện đánh giá VietGAP cho hợp tác xã sản xuất rau quả an toàn (ví dụ 24 thành viên, 5 ha), gắn với "
        "liên kết chuỗi giữa cơ quan quản lý, doanh nghiệp và nông dân.",
    ),
    (
        "pJo126",
        "en",
        "vinacert",
        "VietGAP certification audits for cooperatives",
        "Certification body auditing cooperatives against VietGAP for safe fruit and vegetables, supporting members on inputs, "
        "cultivation records, pesticide use, harvest and product handling.",
    ),
    (
        "pJo127",
        "en",
        "gap_uf",
        "GlobalG.A.P. orientation for growers exporting to Europe",
        "University extension guide to the GlobalG.A.P. standard required by many European buyers: what it covers, third-party "
        "audits by licensed bodies, and how over 100,000 growers in 100 countries are certified.",
    ),
    (
        "pJo128",
        "en",
        "gap_certima",
        "GlobalG.A.P. Option 1 and Option 2 group certification",
        "Accredited certification body for crops (fruit and vegetables): Option 1 for single producers, Option 2 for smallholder "
        "groups and cooperatives with a shared quality management system.",
    ),
    (
        "pJo129",
        "en",
        "gap_kiwa",
        "GlobalG.A.P. IFA Fruit and Vegetables certification",
        "Certification under the IFA modules All Farm Base, Crops Base and Fruit and Vegetables, with options for individual "
        "producers, groups with a quality management system and benchmarked schemes.",
    ),
    (
        "pJo130",
        "en",
        "gap_ro",
        "GlobalG.A.P. checklist and group certification support",
        "Consulting and certification for GlobalG.A.P.: major musts 100%, minor musts at least 95%; traceability, records and "
        "internal inspection, varieties and rootstocks, soil, fertilizer, irrigation, crop protection, handling, worker welfare.",
    ),
    (
        "pJo131",
        "en",
        "gap_sofri",
        "EUREPGAP and BRC pilot for dragon fruit growers and packers",
        "Research–industry project that trained a farmer group and an exporter-packer: 80 ha of dragon fruit certified to "
        "EUREPGAP, packhouse audited for BRC, and quality manuals written for farmers and packers.",
    ),
    (
        "pJo132",
        "vi",
        "gap_sofri",
        "Xây dựng hệ thống GAP cho nông dân và nhà đóng gói thanh long",
        "Dự án hợp tác nghiên cứu hướng dẫn nhóm nông dân đạt EUREPGAP (80 ha thanh long) và nhà đóng gói tiến tới chứng nhận BRC; "
        "biên soạn sổ tay chất lượng cho nông dân và nhà đóng gói.",
    ),
]

OFFERS += [
    (
        "pJo133",
        "en",
        "gap_pgs",
        "Participatory guarantee systems to lower GlobalG.A.P. group costs",
        "Study proposing how participatory guarantee system principles from India and Brazil could be built into GlobalG.A.P. "
        "producer-group certification to cut costs for smallholders, evaluated through expert interviews.",
    ),
    (
        "pJo134",
        "en",
        "gap_water",
        "GlobalG.A.P. water management control points and localg.a.p. entry level",
        "Overview of GlobalG.A.P. requirements on water: risk assessment of sources, irrigation and crop washing, a farm water "
        "management plan and permits, plus localg.a.p. as a stepping stone for producers not yet ready for full certification.",
    ),
    (
        "pJo135",
        "vi",
        "gap_kiwa",
        "Chứng nhận GlobalG.A.P. IFA cho rau quả",
        "Tổ chức chứng nhận đánh giá theo tiêu chuẩn GlobalG.A.P. IFA gồm các mô-đun cơ sở trang trại, cơ sở trồng trọt, rau quả; "
        "có phương án cho nông hộ riêng lẻ và nhóm, hợp tác xã có hệ thống quản lý chất lượng chung.",
    ),
    (
        "pJo136",
        "vi",
        "attp",
        "Tư vấn cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Dịch vụ pháp lý tư vấn hồ sơ, thủ tục xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho cơ sở sản xuất, "
        "kinh doanh thực phẩm.",
    ),
    (
        "pJo137",
        "vi",
        "msvt",
        "Hướng dẫn quy trình cấp mã số vùng trồng trái cây xuất khẩu",
        "Hướng dẫn thủ tục cấp mã số vùng trồng cho trái cây xuất khẩu vào các thị trường như Mỹ, Úc, New Zealand, Nhật Bản, Hàn "
        "Quốc, Đài Loan, Anh và EU; mã vùng trồng phải ghi trên thùng hàng khi xuất.",
    ),
    (
        "pJo138",
        "vi",
        "msvt_wto",
        "Tài liệu quy định chung về mã số vùng trồng và cơ sở đóng gói",
        "Trung tâm WTO và Hội nhập cung cấp tài liệu: căn cứ pháp lý, nguyên tắc chung với vùng trồng và cơ sở đóng gói, văn bản liên "
        "quan và quy trình cấp mã số xuất khẩu.",
    ),
    (
        "pJo139",
        "vi",
        "msvt_ucc",
        "Dịch vụ đăng ký mã số vùng trồng và liên kết mã GACC",
        "Công ty tư vấn hướng dẫn cấu trúc, điều kiện và hồ sơ đăng ký mã số vùng trồng (nhật ký canh tác, người phụ trách kỹ thuật, "
        "quản lý thuốc BVTV, truy xuất nguồn gốc), duy trì mã và liên kết với mã doanh nghiệp GACC để xuất sang Trung Quốc.",
    ),
    (
        "pJo140",
        "en",
        "msvt_ucc",
        "Growing-area code registration and GACC linkage service",
        "Consultancy guiding agribusinesses through growing-area code requirements (farm diaries, technical manager, approved "
        "pesticides, traceability), keeping codes valid and linking them to the GACC registration needed for China.",
    ),
    (
        "pJo141",
        "en",
        "puc_durian",
        "Preparing production-unit and pack-house codes for China's review",
        "Support for orchards and pack houses applying for production unit codes and pack house codes under a China protocol, "
        "including the online video reviews the Chinese customs authority used to assess 126 production units and 44 pack houses.",
    ),
    (
        "pJo142",
        "en",
        "spinaca",
        "Inside a mango packing house: sorting, hot water bath and packing",
        "Mango importer's specialist explains packing-house operations seen across countries: receiving, washing, hot water bath "
        "for quarantine, grading and packing, and why modernization and cleanliness raise grower returns.",
    ),
    (
        "pJo143",
        "vi",
        "karger",
        "Đóng gói xoài xuất khẩu sang Hoa Kỳ",
        "Hướng dẫn bao bì và quy trình đóng gói xoài xuất khẩu Mỹ: chọn vật liệu, chống dập, kiểm soát nhiệt độ, đáp ứng yêu cầu an "
        "toàn thực phẩm và quy định nhập khẩu của USDA.",
    ),
    (
        "pJo144",
        "vi",
        "baobi",
        "Thiết kế, in ấn bao bì đóng gói sản phẩm",
        "Công ty bao bì giới thiệu vai trò và chức năng của bao bì đóng gói (bảo vệ, nhận diện thương hiệu, thông tin sản phẩm) và "
        "nhận thiết kế, in ấn bao bì.",
    ),
]

OFFERS += [
    (
        "pJo145",
        "en",
        "light_home",
        "Grow-light guidance for dragon fruit grown at home",
        "Gardening guide on light needs of potted dragon fruit: 6–8 hours of direct sun, acclimation to avoid sunburn, shade cloth "
        "above 35°C and choosing grow lights for indoor plants.",
    ),
    (
        "pJo146",
        "vi",
        "led",
        "Đèn LED chiếu sáng dân dụng và công nghiệp",
        "Doanh nghiệp chiếu sáng cung cấp đèn LED cho nhà ở, nhà xưởng, đường phố: hiệu suất cao, tiết kiệm điện, tuổi thọ dài, không "
        "chứa chất độc hại.",
    ),
    (
        "pJo147",
        "vi",
        "thanuong",
        "Sản xuất nước giải khát từ thân thanh long",
        "Nghiên cứu thử nghiệm quy trình sản xuất nước giải khát từ thân (cành) thanh long: chần, xử lý nhớt bằng enzyme, trích ly, "
        "phối chế và thanh trùng.",
    ),
    (
        "pJo148",
        "en",
        "wine_sg",
        "Red dragon fruit wine made with non-Saccharomyces yeasts",
        "Patent-backed technology offer: method for a low-alcohol red-purple alcoholic beverage from dragon fruit using selected "
        "non-Saccharomyces yeasts, for wineries and beverage makers in tropical countries.",
    ),
    (
        "pJo149",
        "en",
        "wine_ph",
        "Dragon fruit wine from surplus and peel-damaged fruit",
        "University protocol turning unmarketable dragon fruit into semi-sweet wine: 250 g sugar and yeast per kg fruit, with "
        "physico-chemical and consumer-panel evaluation.",
    ),
    (
        "pJo150",
        "en",
        "wine_vn",
        "Optimised fermentation conditions for red dragon fruit wine",
        "Research on yeast strain, fermentation temperature and juice composition to control the chemical profile of red-flesh "
        "dragon fruit wine.",
    ),
    (
        "pJo151",
        "vi",
        "dry_za",
        "Sấy xoài lát bằng hầm sấy khí nóng",
        "Quy trình sấy xoài: xoài chín gọt vỏ, cắt lát 1,5 cm, nhúng chất bảo quản, sấy trong hầm khoảng 14 giờ ở 57°C đến ẩm độ "
        "khoảng 22%; cần khoảng 13 kg trái tươi cho 1 kg xoài sấy.",
    ),
    (
        "pJo152",
        "en",
        "dry_gg",
        "Dried mango production machinery",
        "Equipment maker describes and supplies a dried-mango factory line: washing, peeling, slicing, pre-treatment with citric "
        "acid, hot-air drying trays and packing.",
    ),
    (
        "pJo153",
        "vi",
        "dry_mw",
        "Sấy nhãn nguyên trái bằng vi sóng",
        "Nghiên cứu sấy vi sóng gián đoạn cho nhãn nguyên vỏ: làm khô đến ẩm độ dưới 20% trong 2,7–5 giờ thay vì 6–9 ngày sấy lò "
        "truyền thống.",
    ),
    (
        "pJo154",
        "en",
        "dry_trad",
        "Traditional baked dried longan processing",
        "Processing guide for dried longan: sizing, soaking, sand-rubbing the shells, first and second baking on a kiln and grading, "
        "with sun-drying for small batches.",
    ),
    (
        "pJo155",
        "en",
        "dry_ike",
        "Laboratory dryer for lychee drying research",
        "Dryer manufacturer's laboratory unit used by a provincial academy to control temperature and time when drying lychee, "
        "replacing kiln drying.",
    ),
    (
        "pJo156",
        "vi",
        "che",
        "Giáo trình thu hái và bảo quản chè búp tươi",
        "Giáo trình sơ cấp nghề trồng chè: cơ sở khoa học và quy trình hái chè, bảo quản chè búp tươi sau thu hái theo VietGAP.",
    ),
]

OFFERS += [
    (
        "pJo157",
        "en",
        "jp_market",
        "Dragon fruit market development study for Japan",
        "Consultancy study of Japan's tropical-fruit import channels and consumer preferences; names quality, Brix, shelf life, "
        "distribution channel and price as key success factors for dragon fruit.",
    ),
    (
        "pJo158",
        "vi",
        "mangcut",
        "Phòng trừ thán thư trên măng cụt",
        "Hướng dẫn nhận diện vết thán thư cứng, nâu sáng có chấm đen trên trái măng cụt và phun carbendazim vào trái 2 tuần trước thu "
        "hoạch, tránh gây vết thương khi hái.",
    ),
    (
        "pJo159",
        "vi",
        "ximu_oi",
        "Chuyên đề quản lý bệnh xì mủ vi khuẩn trên xoài và ổi",
        "Báo cáo chuyên đề về bệnh xì mủ (đốm đen vi khuẩn Xanthomonas) trên xoài: bùng phát tháng 9–11 khi mưa nhiều, vi khuẩn xâm "
        "nhập qua khí khổng và vết thương; biện pháp quản lý trên xoài và ổi.",
    ),
    (
        "pJo160",
        "vi",
        "ximu",
        "Trị bệnh xì mủ thân trên cây xoài",
        "Hướng dẫn nhận biết và xử lý bệnh xì mủ thân xoài do nấm Lasiodiplodia: thân nứt, chảy dịch, thối gốc; điều chỉnh độ ẩm, cắt "
        "bỏ phần bệnh, tiêu hủy cây bệnh nặng.",
    ),
    (
        "pJo161",
        "en",
        "kenya",
        "Organic pest management for mango seed weevil",
        "Guide for organic mango farms: monitoring, sanitation and quarantine against mango seed weevil, which tunnels into the "
        "stone and causes fruit drop.",
    ),
    (
        "pJo162",
        "en",
        "eatsip",
        "Indoor lighting guide for potted dragon fruit cactus",
        "Home-grower blog on natural light versus grow lights for a dragon fruit cactus kept indoors over winter.",
    ),
    (
        "pJo163",
        "vi",
        "visinh",
        "Hướng dẫn xử lý thực phẩm bị nhiễm vi sinh",
        "Trang chia sẻ công nghệ thực phẩm hướng dẫn khắc phục sản phẩm thực phẩm chế biến bị hỏng do nhiễm vi sinh vật.",
    ),
    (
        "pJo164",
        "vi",
        "mat_ctu",
        "Xác định tuổi thu hoạch xoài cát Hòa Lộc theo từng vụ",
        "Kết quả nghiên cứu của Trường Đại học Cần Thơ: xoài cát Hòa Lộc nên thu ở 85–90 ngày sau đậu trái vụ thuận và 80–85 ngày vụ "
        "nghịch, vụ muộn; khi đó độ Brix 20–21%, chất khô 22–28%, tỷ lệ thịt 80–82%, tỷ trọng trái 1,02.",
    ),
    (
        "pJo165",
        "vi",
        "coat_carn",
        "Chế phẩm phủ sáp carnauba ăn được cho trái cây sau thu hoạch",
        "Công thức phủ màng sáp carnauba dày 8–12 µm kèm pectin, chất nhũ hóa, kali sorbat, axit ascorbic: kéo dài thời hạn bán xoài, "
        "cam quýt, táo từ 14 ngày trở lên ở 4–8°C, ẩm độ 85–90%; 100 kg dung dịch xử lý 10–12 tấn trái.",
    ),
    (
        "pJo166",
        "vi",
        "map_bag",
        "Túi bảo quản sinh học kéo dài độ tươi trái cây xuất khẩu",
        "Doanh nghiệp bao bì giao nhận cung cấp túi bảo quản hạn chế hô hấp, thoát ẩm và nấm mốc cho trái cây đi đường dài sang châu "
        "Âu, Mỹ, kèm tư vấn quy trình đóng gói, xử lý nấm và ethylene.",
    ),
]
