"""Offers for the holdout202 set: (id, language, source key, title, description)."""

OFFERS = [
    # durian varieties and grafted seedlings
    (
        "pVo001",
        "vi",
        "ri6_vngreen",
        "Cung ứng cây giống sầu riêng Ri6 ghép từ cây đầu dòng S2VL",
        "Vườn ươm nhận đặt hàng cây Ri6 ghép lấy mắt từ cây đầu dòng S2VL ở Bình Hòa Phước (Long Hồ), giống được Bộ NN&PTNT công nhận tạm thời năm 2002. "
        "Trái 2-2,5 kg, cơm vàng đậm, độ brix khoảng 27%, tỷ lệ cơm 33%; cây ghép cho trái sau 4 năm, từ hoa đến thu 105-120 ngày. Kèm hướng dẫn hạn chế hiện tượng cháy múi ở trái quá to.",
    ),
    (
        "pVo002",
        "vi",
        "mon_sites",
        "Cây giống sầu riêng Monthong ghép gốc gỗ hai năm",
        "Cơ sở giống cung cấp cây Monthong (Dona) ghép trên gốc gỗ 2 năm, mầm ghép cao 30-40 cm, cho trái bói sau 3-4 năm. "
        "Cây trưởng thành có thể mang 200-300 trái, trái 3-4 kg, hạt lép, dễ xử lý ra hoa nghịch vụ; tư vấn nhu cầu thoát nước và tưới mùa khô.",
    ),
    (
        "pVo003",
        "en",
        "mon_cadulo",
        "Monthong grafting service with choice of rootstock",
        "A nursery propagates Monthong durian by grafting and reports about 90% survival of grafted plants. "
        "Buyers can choose young soft rootstock (faster growth) or 2-3-year woody rootstock (higher survival, slower start); the variety is valued for thick flesh and good shelf life after harvest.",
    ),
    (
        "pVo004",
        "en",
        "durianfarm_sap",
        "Clone verification and certified sourcing of durian saplings",
        "Advisory service that helps growers avoid buying the wrong clone, a mistake usually discovered only 4-5 years later at first fruiting. "
        "It checks leaf and branch traits (e.g. wavy young leaf edges of D197) and sources scions only from nurseries certified under a planting-material verification scheme that records mother trees.",
    ),
    (
        "pVo005",
        "en",
        "thestar",
        "Training in bud-grafting premium durian onto seedling rootstock",
        "A nursery operator teaches the full bud-grafting routine: seeds soaked overnight and sown in polybags of mixed soil, rootstock ready at about half a metre after a month, "
        "bud from a true mother tree fixed with grafting tape that is removed after 21 days; grafted trees bear in four to five years.",
    ),
    (
        "pVo006",
        "en",
        "malaymail",
        "Top-working old durian trees onto a premium clone",
        "Agriculture department programme that converts healthy but low-value seedling durian trees into a premium clone by grafting on the existing trunk, "
        "bringing fruit of the new variety in about three years instead of replanting; includes checks of variety authenticity because durian does not grow true from seed.",
    ),
    (
        "pVo007",
        "vi",
        "vietplant",
        "Tư vấn chọn giống sầu riêng Dona (Monthong) đã được công nhận",
        "Chuyên gia giống giới thiệu sầu riêng Dona gốc Thái Lan, công nhận giống mới theo quyết định năm 2005 và được phép sản xuất kinh doanh từ 2006. "
        "Trái 2,5-4,5 kg, cơm vàng ráo, tỷ lệ cơm khoảng 31%, từ nở hoa đến thu 3,5-4 tháng, thích nghi Đông Nam Bộ, Tây Nguyên và ĐBSCL; so sánh thêm với Ri6.",
    ),
    (
        "pVo008",
        "en",
        "sunstar",
        "Durian rootstock seed handling and recommended selections",
        "Extension note for nurseries: durian seed loses viability within about a week and is harmed by sun, so large seeds are sown flat side down in 8-litre bags; "
        "seedlings are graftable after about two months. Recommended high-yield selections include Chanee, Monthong and Kanyao; grafted trees flower from the fourth year.",
    ),
    # jackfruit varieties and seedlings
    (
        "pVo009",
        "vi",
        "enbac_mitdo",
        "Cây giống mít ruột đỏ ghép, cho trái sau 18 tháng",
        "Vườn giống bán cây mít ruột đỏ ghép trên gốc mít mật; ghép khi gốc 5-6 tháng tuổi, cao 30-40 cm, ghép áp cho tỷ lệ sống cao hơn ghép cửa sổ. "
        "Cây cho trái khoảng 18 tháng sau trồng, trái trung bình 10 kg, thịt màu cà rốt, dùng ăn tươi hoặc làm mít sấy, mít chiên.",
    ),
    (
        "pVo010",
        "vi",
        "greenbio_mit",
        "Tiêu chuẩn cây giống mít Thái siêu sớm",
        "Doanh nghiệp giống cung cấp mít Thái siêu sớm đạt chuẩn: gốc ghép 1,2-1,5 cm thân thẳng, mắt ghép chắc, đọt dài 20-30 cm với 6-7 lá, không bọ trĩ, nhện đỏ. "
        "Cây cho trái sau 14-18 tháng, trái 7-20 kg, ra quanh năm; có hướng dẫn trồng ban đầu.",
    ),
    (
        "pVo011",
        "vi",
        "nhanong_mit",
        "Giống mít Thái Changai năng suất cao",
        "Trại giống cung ứng mít Thái Changai (mít siêu sớm) ghép trên gốc mít mật, thu lứa đầu 12-15 tháng sau trồng. "
        "Trái chín 10-15 kg, múi vàng đậm ít xơ, năng suất khoảng 40 tấn/ha; hướng dẫn chọn cây ghép thẳng, mắt ghép mập, không sâu bệnh.",
    ),
    (
        "pVo012",
        "en",
        "stfc_jack",
        "Green grafting method for jackfruit seedlings",
        "A fruit club shares a proven jackfruit grafting method: graft seedlings younger than two months with fully green, highly active scions carrying 5-7 halved leaves, "
        "keep the grafted plant in a plastic bag under indirect light until a new leaf expands; best at 16-21 °C. Also covers wedge grafting, cuttings and air-layers.",
    ),
    (
        "pVo013",
        "en",
        "scuc_jack",
        "Jackfruit field manual and grafting training for extension workers",
        "Training package built on a jackfruit field manual for extension workers and farmers (2006): why grow jackfruit, orchard layout, "
        "and step-by-step veneer grafting (slanting cut on rootstock, matching scion cut, tight polyfilm tie, shade and cover until union).",
    ),
    (
        "pVo014",
        "vi",
        "mitkhonghat",
        "Giống mít không hạt cho vùng nguyên liệu chế biến",
        "Cung cấp giống mít Thái không hạt: múi vàng đều, không hạt, ít xơ, phần ăn được trên 90%, trái 9-10 kg (lớn 13-15 kg). "
        "Phù hợp làm nguyên liệu mít sấy, chiên chân không, đóng hộp; khuyến nghị ký hợp đồng liên kết với doanh nghiệp chế biến khi trồng quy mô lớn.",
    ),
    # raised beds, flooding and salinity
    (
        "pVo015",
        "vi",
        "lienliep",
        "Thiết kế lên liếp cho vườn cây ăn trái vùng trũng",
        "Tư vấn kỹ thuật lên liếp đúng chuẩn cho vườn cây ăn trái ở vùng đất thấp dễ ngập: tạo luống cao hơn mặt ruộng để nước dư thoát nhanh, "
        "giữ vùng rễ khô ráo hạn chế thối rễ, bố trí lối đi chăm sóc và mật độ trồng hợp lý.",
    ),
    (
        "pVo016",
        "vi",
        "mitthai_dienmay",
        "Kỹ thuật trồng mít Thái trên mô chống ngập",
        "Hướng dẫn trồng mít Thái ở vùng thấp: xẻ mương sâu ít nhất 30-40 cm, đắp mô cao khoảng 70 cm, hố sâu 40 cm, "
        "ủ lót phân hoai, trấu, xơ dừa và 0,5 kg vôi trước 15 ngày; không dùng tro rạ vì làm mặn đất, mùa mưa phải thoát nước vì mít dễ thối rễ khi ngập.",
    ),
    (
        "pVo017",
        "en",
        "agribest",
        "Pre-planting package against Phytophthora: raised beds, liming, large planting material",
        "University technology package compiled from Thai and Malaysian practice: plant durian on raised beds with drainage so the trunk base dries after rain, "
        "lime the top 30 cm over a 1 m radius to lift soil pH above 5.3, add organic matter where it is below 2%, install irrigation before planting, and use tolerant clones of large planting material (1.5 m and taller).",
    ),
    (
        "pVo018",
        "en",
        "pacasia",
        "Salinity tolerance thresholds for Mekong fruit crops",
        "A university centre for sustainable development offers salinity risk assessment for orchards: durian is the least tolerant fruit tree (about 0.64 g salt per litre), "
        "rambutan about 1.28 g/l, while river mouths reach 4 g/l in recent dry seasons; used to rank which crops a farm can keep.",
    ),
    (
        "pVo019",
        "en",
        "vnex_bentre",
        "Field salinity monitoring and freshwater rationing for durian farms",
        "Extension practice from Mekong durian areas: measure river salinity daily with a handheld meter and pump only when water is under about 0.2 ppt, "
        "store freshwater a month ahead, and remove small fruits to save water for marketable ones during drought.",
    ),
    (
        "pVo020",
        "en",
        "xetoday",
        "Dry-season saltwater preparedness for durian orchards",
        "Provincial programme that prepares durian areas before the salt season: dredge in-field canals and ponds to store freshwater, reinforce culverts for water regulation, "
        "keep grass cover for soil moisture; durian is damaged above about 0.5 per mille, and salt of 1-2 per mille can reach 20 km inland.",
    ),
    (
        "pVo021",
        "vi",
        "vungliem",
        "Đánh giá ảnh hưởng xâm nhập mặn và đề xuất sử dụng đất nông nghiệp",
        "Nhóm nghiên cứu Trường Cao đẳng Cộng đồng Vĩnh Long và Đại học Cần Thơ đánh giá mức độ ảnh hưởng của xâm nhập mặn và yếu tố kinh tế - xã hội đến sử dụng đất nông nghiệp huyện Vũng Liêm, "
        "từ đó đề xuất cơ cấu cây trồng và giải pháp sử dụng đất phù hợp với vùng nhiễm mặn.",
    ),
    (
        "pVo022",
        "vi",
        "liepdua",
        "Hướng dẫn lên liếp trồng dừa vùng đất trũng",
        "Tài liệu kỹ thuật lên liếp dành riêng cho vườn dừa ở miền Tây: lợi ích thoát nước, chuẩn bị đất, các bước đắp liếp cho dừa ở nơi mực nước ngầm cao hoặc hay bị lũ.",
    ),
    (
        "pVo023",
        "vi",
        "nongnghiep_dongnai",
        "Vận hành hồ chứa thủy lợi cắt lũ và cấp nước",
        "Kinh nghiệm vận hành hồ chứa Cầu Mới: điều tiết mực nước thấp đầu mùa mưa để cắt lũ, báo động khi gần tràn, cấp khoảng 20 triệu m³ nước cho công nghiệp, sinh hoạt và tưới 15.000 ha.",
    ),
    (
        "pVo024",
        "vi",
        "hatrung",
        "Mô hình lúa - cá - vịt trên chân ruộng trũng",
        "Kết quả nghiên cứu mô hình canh tác sinh thái lúa - cá - vịt trên đất trũng: giảm sâu hại và ốc bưu vàng, tăng các yếu tố cấu thành năng suất lúa và hiệu quả kinh tế so với độc canh.",
    ),
    (
        "pVo025",
        "vi",
        "nhabe",
        "Trồng cây bản địa chống sạt lở ven sông rạch",
        "Đề tài của Viện Khoa học Lâm nghiệp Nam Bộ về gây trồng một số loài cây bản địa để phòng chống sạt lở bờ sông, rạch, có quy trình chọn loài và kỹ thuật trồng.",
    ),
    # off-season flowering of durian
    (
        "pVo026",
        "vi",
        "n2_nghich",
        "Quy trình xử lý sầu riêng ra hoa nghịch vụ",
        "Doanh nghiệp nông nghiệp chuyển giao quy trình nghịch vụ: xử lý tháng 4-5 ở miền Tây để hoa tháng 6-7, thu hoạch tháng 10 đến tháng 1 khi giá cao gấp 1,5-2 lần chính vụ. "
        "Áp dụng cho cây 5-7 năm tuổi, lá già đều, sạch bệnh; cây có thể đạt 50-70 trái/vụ, 10-15 tấn/ha; tránh xử lý khi mưa cao điểm tháng 8-10.",
    ),
    (
        "pVo027",
        "vi",
        "nhatnong",
        "Chuẩn bị cây và dằn lân trước khi làm bông nghịch vụ",
        "Kỹ sư nông học hướng dẫn điều kiện trước khi xử lý: cây sạch xì mủ, thán thư, có 2-3 cơi lá khỏe đủ già, chọn đúng 'tiết làm bông' theo nhiệt độ, ẩm độ và con nước ở vườn có mương. "
        "Quy trình bắt đầu bằng giai đoạn dằn lân để cây ngừng ra đọt và tích lũy dinh dưỡng.",
    ),
    (
        "pVo028",
        "vi",
        "sitto",
        "Xử lý ra hoa sầu riêng 3 giai đoạn",
        "Công ty dinh dưỡng cây trồng giải thích cơ chế ra hoa (stress nhẹ, siết nước, chênh lệch nhiệt ngày đêm, cân bằng hormone) và chuyển giao quy trình 3 giai đoạn "
        "giúp cây phân hóa mầm hoa đồng loạt, hạn chế rụng nụ, bổ sung P, K, Bo, Ca, Mg, Zn đúng lúc.",
    ),
    (
        "pVo029",
        "vi",
        "dost_bentre",
        "Hướng dẫn liều paclobutrazol an toàn khi làm sầu riêng nghịch vụ",
        "Khuyến cáo của ngành khoa học công nghệ: paclobutrazol dùng 1.000-1.500 ppm, tức paclo 15% pha 1 lít với 100-150 lít nước, paclo 20% với 150-200 lít. "
        "Nhiều nông dân pha quá đặc và phun 2 lần dẫn đến cháy lá, suy kiệt cây; hướng dẫn kết hợp phân bón và tạo khô hạn hợp lý.",
    ),
    (
        "pVo030",
        "en",
        "pinoy",
        "Flower induction technology for year-round durian",
        "A regional agricultural research centre offers its flower-induction technology: spraying paclobutrazol or a potassium product on bearing trees once the new flush is mature "
        "triggers off-season flowering in 10-21 days; treated trees averaged over 80 off-season fruits (paclobutrazol) and 64 (potassium product).",
    ),
    (
        "pVo031",
        "en",
        "ishs321",
        "Research results on paclobutrazol rates for early durian flowering",
        "Trial data on 12-year-old trees: after pruning and a managed flush, paclobutrazol at 750, 1000 and 1500 ppm sprayed on fully expanded leaves brought flowering 14-45 days earlier "
        "and raised flower numbers by 29-64%; treated trees needed only a 3-7 day dry spell instead of 10-14 days. Fruit set was not affected.",
    ),
    (
        "pVo032",
        "en",
        "ctu_qldiem",
        "Mekong Delta durian flower-induction package by cultivar",
        "University study and protocol for the delta: plastic mulch over the raised beds, draining the ditches for 30-40 days, and paclobutrazol at 1000-1500 ppm when leaves turn dark green (2-3 months old). "
        "'Kho qua xanh' flowers 20-25 days after induction, Ri6, Monthong and 'Sua hat lep' after 30-35 days or more; incomplete drainage in rain gives two or three flowering waves.",
    ),
    (
        "pVo033",
        "en",
        "rfc",
        "Early durian flowering through fertiliser and orchard management",
        "An orchard owner with 1,500 durian trees shares a method without relying on weather: switch from 15-15-15 to a low-nitrogen 8-24-24 fertiliser at 2.5 kg per 10-year-old tree "
        "or 4.5 kg per 20-year-old tree once a year, wide 10 x 10 m spacing for light and air, plus correct use of flowering regulators.",
    ),
    (
        "pVo034",
        "en",
        "ctu_rambutan",
        "Paclobutrazol and thiourea for off-season rambutan",
        "Study on Java rambutan in Can Tho: foliar paclobutrazol at 500-750 ppm in early June induced off-season flowering during short droughts; flowering rose 30-240% and yield 20-75% without changing fruit quality.",
    ),
    (
        "pVo035",
        "vi",
        "hscagro",
        "Xử lý ra hoa cho cây có múi và chôm chôm",
        "Hướng dẫn của công ty thuốc bảo vệ thực vật: cây có múi thì rút cạn mương 20 ngày tạo khô hạn rồi tưới lại, phun NAA hoặc GA, không tưới paclobutrazol vì rễ yếu; "
        "chôm chôm dùng paclobutrazol tưới gốc hoặc ethrel phun lá để ra hoa sớm 15-30 ngày.",
    ),
    # Phytophthora root rot and stem canker
    (
        "pVo036",
        "vi",
        "achau",
        "Gói phòng bệnh Phytophthora tổng hợp cho vườn sầu riêng",
        "Công ty phân bón chuyển giao gói giải pháp: dùng gốc ghép sầu riêng lá quéo chống chịu nấm, trồng 8x8 đến 10x10 m, tỉa cành sát đất 70-100 cm, "
        "quét vôi gốc cao 70-90 cm hoặc Bordeaux 5% trước mùa mưa, thiết kế tưới tiêu tránh úng, bón phân hữu cơ chứa vi sinh đối kháng (Trichoderma, Bacillus).",
    ),
    (
        "pVo037",
        "vi",
        "mard_qa",
        "Chẩn đoán bệnh thối gốc chảy mủ sầu riêng",
        "Dịch vụ hỏi đáp kỹ thuật nhận diện bệnh: gốc thối chảy nhựa nâu đỏ, gỗ dưới vỏ hồng nhạt có vân tím, rễ hư, lá rụng, cành chết. "
        "Nấm Phytophthora palmivora tồn tại trong đất, nước, hại hơn trăm loại cây, phát mạnh mùa mưa quanh 30 °C khi vườn đọng nước; kèm biện pháp phòng trị.",
    ),
    (
        "pVo038",
        "vi",
        "funo",
        "Phác đồ phòng trị xì mủ sầu riêng",
        "Chuyên gia nông học hướng dẫn nguyên nhân, triệu chứng và cách trị xì mủ: bào tử nấm sống trong đất đến 6 năm, lây theo gió và nước, vườn úng lâu áp lực bệnh càng cao. "
        "Khuyến cáo không lạm dụng phân hóa học làm chết nấm đối kháng, cải tạo đất tơi xốp, nâng pH, khắc phục mô thấp liếp rộng thoát nước kém.",
    ),
    (
        "pVo039",
        "en",
        "murdoch",
        "Phosphonate trunk injection against Phytophthora in durian",
        "Research team (Australia and Vietnam) offers trunk-injection protocols: phosphonate reached all organs within two days, peaked after 4-8 days and persisted at least 128 days. "
        "In Vietnamese trials one injection of 16 g a.i. per tree per year beat metalaxyl or fosetyl sprays under moderate pressure; under heavy pressure 48 g a.i. in three injections three months apart worked best.",
    ),
    (
        "pVo040",
        "en",
        "agrobridge",
        "Phosphite-based product to prevent Phytophthora in durian",
        "Agri-input firm supplies a phosphite product as a prevention-first alternative to repeated strong fungicides, which risk resistance. "
        "Phytophthora palmivora causes patch canker, fruit rot, root rot and leaf blight with up to 30% yield loss; its swimming zoospores and long-lived chlamydospores spread by water, tools and animals.",
    ),
    (
        "pVo041",
        "en",
        "animhosnan",
        "Diagnosis and treatment of durian patch canker",
        "Agronomist service for trunk and branch diseases: patch (stem) canker shows wet lesions near the crotch, reddish-brown gum and a hollow sound when knocked; "
        "lesions are scraped out and treated before the canopy wilts and dies back. Based on Malaysian, Thai and Indonesian durian research.",
    ),
    (
        "pVo042",
        "en",
        "thepwatana_rr",
        "Soil pH correction and fungicide programme for durian root rot",
        "Thai agrochemical company programme: drain orchards in the rainy season, bring soil pH to 5.5-6.5 with 1-2 kg of a soil conditioner per tree, "
        "drench under the canopy with a soil fungicide before leaf symptoms, and scrape and paint trunk lesions with a copper plus fungicide mix.",
    ),
    (
        "pVo043",
        "vi",
        "trich_nnshop",
        "Chế phẩm nấm đối kháng Trichoderma cho vườn cây",
        "Cửa hàng vật tư nông nghiệp cung cấp chế phẩm Trichoderma (T. harzianum, T. viride...) ức chế nấm hại rễ, phân hủy chất hữu cơ, cải tạo đất; "
        "phát triển tốt ở 25-30 °C, pH 5,5-7,5, đất giàu hữu cơ ẩm thoáng; hướng dẫn cách dùng đúng cho hiệu quả lâu dài.",
    ),
    (
        "pVo044",
        "vi",
        "citrus_xm",
        "Trị bệnh xì mủ trên bưởi da xanh",
        "Hướng dẫn trị bệnh xì mủ thân (thối gốc chảy nhựa) trên cây bưởi da xanh do Phytophthora: vết bệnh cách mặt đất khoảng 1 m, đốm sậm ướt rồi nâu đỏ, nứt vỏ, chảy giọt nhựa vàng.",
    ),
    (
        "pVo045",
        "vi",
        "trich_thanhlong",
        "Chế phẩm Trichoderma lỏng kiểm soát đốm nâu thanh long",
        "Nghiên cứu của Đại học Thủ Dầu Một: chế phẩm dịch bào tử Trichoderma giữ 4,3-4,7 triệu bào tử/ml sau 3 tháng, giảm bệnh đốm nâu do nấm Scytalidium trên cành thanh long 20% so với đối chứng.",
    ),
    (
        "pVo046",
        "vi",
        "trich_khom",
        "Phân hữu cơ vi sinh chứa Trichoderma cho khóm trên đất phèn",
        "Kết quả thí nghiệm tại Vị Thanh (Hậu Giang): phối hợp lượng N, P phù hợp với phân hữu cơ vi sinh chứa Trichoderma phân hủy cellulose và phun Trichoderma đối kháng Fusarium cải thiện sinh trưởng, năng suất khóm.",
    ),
    (
        "pVo047",
        "en",
        "cropsreview",
        "Durian disease and pest identification guide",
        "Reference service describing how Phytophthora palmivora appears as root rot, patch canker, fruit rot and nursery leaf blight, with canker often starting from wounds or shot-hole borer holes; "
        "also lists fruit borers (Tonica lagaropis, Conogethes punctiferalis), shot-hole borer and psyllids and how pests raise Phytophthora incidence.",
    ),
    (
        "pVo048",
        "en",
        "shothole",
        "Control of durian shot-hole borer",
        "Thai crop-protection firm recommends spraying infested trunks and boughs and painting borer marks with an insecticide, because shot-hole borer holes around the bole spread root rot and let it reach other parts of the tree.",
    ),
    # fruit borers
    (
        "pVo049",
        "vi",
        "binhduong_sdt",
        "Quy trình phòng trừ sâu đục trái sầu riêng",
        "Trung tâm dịch vụ nông nghiệp hướng dẫn: sâu đẻ trứng gần cuống trái non, hại nặng từ khi trái vô cơm (khoảng 1 tháng tuổi với Ri6) đến chín; lỗ đục tạo đường cho Phytophthora gây thối trái. "
        "Biện pháp: thăm vườn thường xuyên, tỉa thưa trái, chèn bìa cứng giữa hai trái chạm nhau, tiêu hủy trái rụng, phun hoạt chất abamectin, emamectin benzoate hoặc chế phẩm Bt theo nguyên tắc 4 đúng.",
    ),
    (
        "pVo050",
        "vi",
        "n2_bong",
        "Phòng trừ sâu đục bông, đục trái sầu riêng theo vòng đời",
        "Tài liệu kỹ thuật về Conogethes punctiferalis: trứng 3-5 ngày đẻ trên cuống hoa và giữa gai trái non, sâu non 15-20 ngày, nhộng 7-10 ngày, bướm sống 10-15 ngày; "
        "phát mạnh mùa mưa nóng ẩm. Hướng dẫn thời điểm phun theo giai đoạn để cắt vòng đời từ khi ra hoa đến trái sắp chín.",
    ),
    (
        "pVo051",
        "vi",
        "tqcc",
        "Bao trái và biện pháp sinh học phòng sâu đục trái",
        "Giải pháp tổng hợp cho sâu đục thân, đục trái sầu riêng: vệ sinh vườn, bón cân đối, bắt sâu thủ công, bao trái bằng túi chuyên dụng, "
        "dùng chế phẩm Bacillus thuringiensis và thả thiên địch (ong ký sinh, kiến vàng) trước khi dùng thuốc hóa học.",
    ),
    (
        "pVo052",
        "vi",
        "damhuuco_sau",
        "Tổng hợp sâu hại sầu riêng và cách xử lý",
        "Tài liệu từ điều tra canh tác ở Cai Lậy: ba nhóm côn trùng quan trọng là rầy nhảy, sâu đục trái, xén tóc đục thân; rầy nhảy chích hút lá non làm rụng lá hàng loạt, mức hại có thể 50%. "
        "Khuyến cáo clothianidin 0,035 g a.i./lít và bẫy màu vàng khi cây ra đọt non; kèm cách xử lý rệp sáp, bọ trĩ, mọt đục cành.",
    ),
    (
        "pVo053",
        "en",
        "udm_mudaria",
        "Seasonal monitoring of the durian fruit borer",
        "University study on the seasonal occurrence of the durian fruit borer Mudaria magniplaga in orchards, with species identification and collection of larva-infested fruit; "
        "offered as a basis for timing monitoring and control in the fruiting season.",
    ),
    (
        "pVo054",
        "en",
        "bari_jack",
        "Integrated management of jackfruit fruit borer",
        "National research institute results on the jackfruit borer (Diaphania caesalis): infestation surveyed at 30, 60, 90 and 120 days after fruit set; "
        "five treatments compared, including three neem-oil sprays (10 ml/l plus 5 g/l soap) at 30, 45 and 60 days after fruit setting and an organophosphate spray.",
    ),
    (
        "pVo055",
        "en",
        "jackchips_pests",
        "Jackfruit pest and disease list with fruit bagging",
        "Grower information on jackfruit pests (shoot and fruit borers, mealybugs, bark borers, bud weevil) and diseases (Rhizopus fruit rot, pink disease, leaf spots); "
        "recommends covering very young fruits with paper sacks to protect them from pests.",
    ),
    (
        "pVo056",
        "vi",
        "mango_borer",
        "Sâu đục trái xoài và cách phòng trừ",
        "Giải đáp kỹ thuật về sâu đục trái xoài (Deanolis albizonalis): bướm đẻ trứng trên trái non cỡ trứng gà, sâu đục về chóp trái, có vườn bị hại 100% số cây ở Tiền Giang, Đồng Tháp.",
    ),
    (
        "pVo057",
        "en",
        "ishs787",
        "Biology of the durian longhorn stem borer",
        "Thai study (2002-2005) of the stem-boring beetle Batocera rufomaculata in durian: egg laid under bark, larvae feed in phloem then heartwood, larval stage about 280 days, full-grown larva 8-10 cm; heavy infestation kills trees.",
    ),
    (
        "pVo058",
        "en",
        "thaifarmer_stem",
        "Control of durian stem borer beetles",
        "University farm advisory: in hot days and cool nights stem borer beetles bore 2-3 cm into trunks and large branches near the base, often with root and stem rot; "
        "prune and burn infested dry branches, treat holes with fipronil at 30 ml per 20 litres, or mix with a fungicide for rot wounds.",
    ),
    (
        "pVo059",
        "en",
        "mealybug",
        "Managing mealybugs and ants in durian orchards",
        "Advice on coffee and Pacific mealybugs, whose females lay 600-800 eggs and give three generations a year; they suck flower branches and fruit, produce honeydew that attracts ants and sooty mould, and leave small unmarketable fruit.",
    ),
    # hand pollination
    (
        "pVo060",
        "vi",
        "vinasa",
        "Kỹ thuật thụ phấn bổ sung cho hoa sầu riêng",
        "Tập đoàn nông nghiệp hướng dẫn sinh lý hoa: hoa nở chiều tối, thụ phấn chủ yếu 18-24 giờ, nhị tung phấn sớm hơn nhụy nhận phấn 1-2 giờ nên tự thụ kém; "
        "côn trùng và dơi đêm thụ phấn tự nhiên không đủ. Chuyển giao kinh nghiệm thụ phấn bổ sung để tăng đậu trái.",
    ),
    (
        "pVo061",
        "vi",
        "khang",
        "Thụ phấn nhân tạo để trái sầu riêng tròn đều",
        "Công ty nông dược giải thích thụ phấn quyết định số múi và hình dạng trái: thiếu phấn làm múi lệch, trái méo, nứt; thời tiết thất thường và thiếu ong có thể làm tỷ lệ méo trái lên 30-40%. "
        "Hướng dẫn thụ phấn buổi tối 1-2 ngày sau khi hoa nở rộ, chọn phấn cây khỏe; Ri6, Monthong nên thụ bổ sung, Musang King, Black Thorn cần thụ chéo.",
    ),
    (
        "pVo062",
        "vi",
        "thafaco",
        "Năm kỹ thuật tăng tỷ lệ đậu trái sầu riêng",
        "Bộ kỹ thuật do giám đốc trung tâm nghiên cứu cây ăn quả khuyến nghị: phục hồi cây sau thu (tỉa cành, 10-15 kg phân chuồng hoai/cây, NPK cân đối, tăng lân kali trước ra hoa, vi lượng kẽm, bo, magie), "
        "tưới đều giai đoạn hoa và trái non, và tăng cường thụ phấn bổ sung.",
    ),
    (
        "pVo063",
        "vi",
        "vifa",
        "Chăm sóc sầu riêng giai đoạn xổ nhụy",
        "Công ty phân bón hướng dẫn giai đoạn xổ nhụy kéo dài 7-10 ngày: tưới giữ ẩm nhẹ khoảng 30% lượng thường, tưới sáng sớm hoặc chiều mát, "
        "tỉa bông 2 đợt (lần đầu khi bông khoảng 20 ngày tuổi, cỡ 2-3 cm), phòng sâu bệnh và cung cấp dinh dưỡng để tăng thụ phấn, đậu trái.",
    ),
    (
        "pVo064",
        "en",
        "durianinfo_poll",
        "Assisted hand cross-pollination protocol for durian",
        "Step-by-step protocol: start when about 25% of the tree's flowers are open, collect dehisced anthers into a glass tube, pick up the sticky pollen with a fine brush "
        "and brush it onto receptive stigmas; the effective window is about 6:30-9:30 pm; use pollen from another variety or another tree of the same variety.",
    ),
    (
        "pVo065",
        "en",
        "scilit",
        "Pollination ecology evidence for durian orchards",
        "Field study in southern Thailand: hand-crossed flowers reached 76.6% initial fruit set versus 54.4% open pollination, and 12.2% versus 5.1% fruit after two months; "
        "self-pollination barely works; fruit bats are the main pollinators, so protecting bats and roosts supports yield.",
    ),
    (
        "pVo066",
        "en",
        "researcherlife",
        "Durian floral biology and pollinizer planning",
        "Review of durian flowering: blooms open at 16:00, pollen sheds from 19:00, stigma receptive 24 h around full bloom; pollen keeps over 70% viability for 24 h at room temperature. "
        "Selfing sets under 10% fruit in Monthong, Chanee and others, so pollinizer cultivars should be planned in the orchard or hand pollination used.",
    ),
    (
        "pVo067",
        "vi",
        "mangcau",
        "Thụ phấn bổ sung bằng tay cho mãng cầu xiêm",
        "Hướng dẫn thụ phấn cho mãng cầu xiêm: thu nhị đực lúc 8 giờ tối vào hộp kín, sáng hôm sau dùng que bông chấm phấn quét lên nhụy, chọn hoa trên thân và cành to để trái không méo.",
    ),
    # irrigation and fertigation
    (
        "pVo068",
        "vi",
        "2lua",
        "Hệ thống tưới, bón phân và phun thuốc tự động cho vườn sầu riêng",
        "Mô hình của nông dân ở huyện Châu Thành: vườn 5.000 m² lắp bồn pha, đường ống dẫn lên ngọn cây và béc phun, đầu tư trên 14 triệu đồng; "
        "chỉ cần bấm nút là nước, phân, thuốc được phun đều trên tán, tiết kiệm công kéo ống và hạn chế bọ xít.",
    ),
    (
        "pVo069",
        "vi",
        "gardennurt",
        "Tư vấn phương pháp tưới nước cho sầu riêng",
        "Đơn vị tư vấn so sánh các phương pháp tưới cho sầu riêng, từ kinh nghiệm truyền thống đến kỹ thuật hiện đại: tưới đủ, đúng lúc để tránh héo, rụng hoa và trái non, "
        "chọn cách tưới phù hợp từng vườn.",
    ),
    (
        "pVo070",
        "vi",
        "loiloidan",
        "Lắp đặt hệ thống tưới nhỏ giọt",
        "Công ty cung cấp và lắp đặt hệ thống tưới nhỏ giọt đưa nước trực tiếp vào gốc qua béc, tiết kiệm nước, giảm rửa trôi phân, hạn chế cỏ dại; "
        "nêu rõ chi phí đầu tư ban đầu cao và cần vệ sinh bảo trì định kỳ.",
    ),
    (
        "pVo071",
        "en",
        "mardi_irr",
        "Supplementary micro-irrigation trial data for durian",
        "Research institute results (1992-1995) on 5-year-old D24 and D99 trees under three micro-irrigation regimes: irrigation in the January-March drought gave clearly more growth and less leaf drop; "
        "water is taken first near the trunk, then out to the canopy edge and down to at least 1.2 m; D24 is more drought-sensitive.",
    ),
    (
        "pVo072",
        "en",
        "utm_etc",
        "Precise durian irrigation based on crop water requirement (ETc)",
        "University study in a Johor durian plantation compared usual farmer irrigation with irrigation computed from crop water requirement (ETc) in a randomised block design (four blocks, four trees each, April-November 2020); "
        "growth was similar, showing ETc scheduling can save water and cost.",
    ),
    (
        "pVo073",
        "en",
        "durianfarmer_irr",
        "Design of long-life irrigation systems for durian farms",
        "Durian farm operator shares design principles for a one-time irrigation investment meant to last about 25 years, with regular tree health inspection to catch water stress before visible symptoms.",
    ),
    (
        "pVo074",
        "en",
        "durianrasa_cycle",
        "Crop-cycle fertiliser programme for durian",
        "Orchard management programme organised around the crop production cycle: trees have about five months after harvest to rebuild food reserves, "
        "so fertiliser rates rise with tree age, previous yield and weak vigour, and the N-P-K ratio shifts with each development stage; covers pruning and irrigation timing too.",
    ),
    (
        "pVo075",
        "en",
        "agroharta",
        "Flowering and fruit-set fertilisers for durian",
        "Input supplier explains flower drop (overwatering, excess nitrogen, low phosphorus and boron) and fruit cracking (irregular water, too much N or K), "
        "with foliar 10-50-10 plus trace elements at 2-4 g/l before flowering and 0.5-1 kg per tree of a calcium-boron nitrate fertiliser.",
    ),
    (
        "pVo076",
        "vi",
        "mia_drip",
        "Mô hình tưới nhỏ giọt cho cây mía",
        "Trạm khuyến nông hỗ trợ 67 triệu đồng lắp máy bơm, ống nhỏ giọt chôn giữa hàng đôi mía, van 'lưỡi gà' chống đất lọt, hòa thuốc và phân vào nước tưới.",
    ),
    (
        "pVo077",
        "vi",
        "mangphun",
        "Kiểm soát chất lượng nước tưới trong nhà kính",
        "Tư vấn cho nhà kính trồng cây trong chậu, túi bầu: theo dõi EC, pH, dinh dưỡng của nguồn nước; sắt, bicacbonat và trầm tích cao làm tắc béc phun thể tích thấp.",
    ),
    (
        "pVo078",
        "en",
        "scribd_citrus",
        "Gravity-fed perforated-tube drip for dry-season citrus",
        "Engineering design of a small gravity-fed drip system for sweet orange: tank size, orifice discharge and number of pipes computed from root-zone water; pilot plots reached about 95% application efficiency.",
    ),
    # ripeness testing, harvest and postharvest
    (
        "pVo079",
        "en",
        "phtnet",
        "Dry-matter test as an objective durian maturity index",
        "Postharvest research network study: durian pulp gains up to 2% dry matter per day in the last 3-4 weeks; about 28% dry matter was needed for minimum eating quality in 'Kradum', "
        "close to the 27% official standard; exporters adopted the criterion within three seasons, though values vary by orchard and season.",
    ),
    (
        "pVo080",
        "en",
        "itfnet_harv",
        "Training on durian maturity indices and harvest timing",
        "Tropical fruit network training: picked-at-maturity fruit travels further than naturally dropped fruit (3-4 days of storage life); indices include days from anthesis, stalk and surface appearance, tapping sound and smell. "
        "Early cultivars mature 90-100 days after anthesis, medium 100-120, late 120-130, very late 140 days or more.",
    ),
    (
        "pVo081",
        "en",
        "fftc",
        "Durian harvesting technology and maturity signs",
        "Regional agricultural technology centre describes harvesting: a pronounced abscission layer on the stalk, dull hollow sound when tapped, faint aroma, pliable spines and widening grooves; "
        "maturity 90-130 days after flower opening; hand-picked fruit keeps 5-7 days versus 2-3 days for fallen fruit.",
    ),
    (
        "pVo082",
        "en",
        "itfnet_1452",
        "Thai durian harvesting indices and short-term storage",
        "Guide to Thai-style harvesting of nearly ripe fruit with a long stem wrapped in leaf or paper: indices combine days from full bloom, colour, spine elasticity, odour, the sound of fingertips in the furrows, stalk changes and a water flotation test. "
        "Storage at 15 °C gives about 3 weeks; quick-frozen fruit keeps flavour over 3 months.",
    ),
    (
        "pVo083",
        "en",
        "waterfoods",
        "Postharvest storage and controlled-atmosphere service for durian",
        "Postharvest service data: store mature unripe durian at 13-15 °C and 90-95% RH for 3-5 weeks (ripe fruit 7-14 days); "
        "3-5% O2 with 5-15% CO2 at 14 °C extends life to 8 weeks versus 5 in air; 100 ppm ethylene speeds ripening and ethylene scrubbing delays it.",
    ),
    (
        "pVo084",
        "en",
        "tridge",
        "Grading, carton packing and cold handling of durian",
        "Market guide for traders: grade by weight, shape, size and defects, pack 4-6 fruits per carton and keep diseased or insect-damaged fruit out; "
        "whole fruit below 15 °C suffers chilling injury (peel darkens), while half- to near-ripe pulp can be held 4 weeks at 5 °C.",
    ),
    (
        "pVo085",
        "vi",
        "kttc_chuanbi",
        "Xác định thời điểm và chuẩn bị thu hoạch sầu riêng",
        "Chuyên trang kỹ thuật hướng dẫn: Ri6 khoảng 95-105 ngày sau đậu trái, Monthong 105-115, Musang King 110-120, Dona 100-110 (sai lệch 5-7 ngày); dấu hiệu cuống chuyển xanh vàng, gai tách đều, vạch múi rõ, gõ tiếng trầm. "
        "Bắt đầu chuẩn bị 10-14 ngày trước thu: ngưng thuốc, bổ sung kali canxi, siết nước nhẹ; có thể dùng dụng cụ đo độ khô cơm khi làm hàng xuất khẩu.",
    ),
    (
        "pVo086",
        "vi",
        "kttc_thu",
        "Ghi nhật ký đậu trái và nhận biết trái sầu riêng đã già",
        "Hướng dẫn nhà vườn tính ngày thu theo từng giống từ ngày đậu trái (thay đổi 5-10 ngày theo khí hậu, sức cây, kali canxi), gắn thẻ màu hoặc dây đánh dấu lứa trái, "
        "ghi ngày, giống, vị trí cây; kèm các dấu hiệu bên ngoài của trái già để tránh thu non hay để nứt.",
    ),
    (
        "pVo087",
        "vi",
        "caytrongvatnuoi",
        "Dấu hiệu chín của trái sầu riêng trên cây",
        "Tài liệu kỹ thuật: khoảng 3,5 tháng sau đậu trái, trái căng tròn, khoảng cách gai rộng ra, vỏ chuyển xanh đồng, đường thẳng giữa mỗi múi hiện rõ, "
        "tầng rời giữa cuống và cành phình to; trái chín sinh lý tự rụng, ngon nhưng dễ dập và khó vận chuyển xa.",
    ),
    (
        "pVo088",
        "vi",
        "giaotrinh_md07",
        "Giáo trình mô đun thu hoạch và tiêu thụ sầu riêng, măng cụt",
        "Giáo trình sơ cấp nghề của Bộ NN&PTNT (mô đun MĐ07, 80 trang) dùng để tập huấn: xác định thời điểm thu hoạch theo mục đích sử dụng, kỹ thuật thu hái, phân loại, bảo quản và tiêu thụ sầu riêng, măng cụt.",
    ),
    (
        "pVo089",
        "vi",
        "kttc_chincay",
        "Rủi ro khi để sầu riêng chín cây quá lâu",
        "Phân tích cho nhà vườn: để trái tự rụng tuy được thương lái nội địa chuộng nhưng dễ nứt vỏ, rụng không kiểm soát, chất lượng cơm không đều và khó bảo quản, vận chuyển xuất khẩu; "
        "khuyên theo dõi lịch đậu trái để thu chủ động.",
    ),
    (
        "pVo090",
        "vi",
        "kienthuc",
        "Mẹo chọn mua sầu riêng cơm vàng hạt lép",
        "Bài tư vấn người tiêu dùng: chọn trái có múi rõ, gõ nghe bộp bộp chắc, vỏ xanh rêu ngả vàng, gai cứng thưa, cuống còn xanh; múi tự tách khi khui là trái chín tới.",
    ),
    (
        "pVo091",
        "vi",
        "canhdieu_mua",
        "Lịch mùa vụ sầu riêng các vùng trong năm",
        "Tổng hợp thời gian thu hoạch theo vùng: miền Tây tháng 3-5, miền Đông tháng 4-7, Tây Ninh và Bình Phước tháng 5-7, Đắk Nông tháng 7-8, Đắk Lắk tháng 8-9, Gia Lai tháng 9-10.",
    ),
    # banana tissue culture and Panama disease
    (
        "pVo092",
        "vi",
        "camautech",
        "Cung cấp cây chuối nuôi cấy mô",
        "Trung tâm ứng dụng tiến bộ khoa học công nghệ bán cây chuối cấy mô sạch bệnh, sinh trưởng khỏe, chịu úng và hạn khá; "
        "trồng khoảng 1 năm cho thu hoạch, ra buồng và chín đồng loạt nên phù hợp vùng thâm canh, năng suất và chất lượng cao hơn trồng bằng chồi.",
    ),
    (
        "pVo093",
        "vi",
        "ngudaihoang",
        "Quy trình vi nhân giống chuối bản địa",
        "Nhóm nghiên cứu Học viện Nông nghiệp Việt Nam chuyển giao quy trình in vitro cho chuối ngự: nhân chồi trên MS + 3 mg/l BA (hệ số nhân 3,03 lần), "
        "ra rễ trên 1/2 MS + 0,1 mg/l NAA (khoảng 3 rễ/chồi), cây con trồng trên cát tưới nano bạc 4 ppm đạt tỷ lệ sống 100% sau 28 ngày.",
    ),
    (
        "pVo094",
        "vi",
        "vnua_nammy",
        "Nhân giống in vitro chuối tiêu Nam Mỹ",
        "Bộ môn Công nghệ sinh học thực vật (Học viện Nông nghiệp Việt Nam) có kết quả nghiên cứu nhân giống in vitro chuối tiêu Nam Mỹ (nhóm Cavendish), sẵn sàng hợp tác nhân cây giống sạch bệnh.",
    ),
    (
        "pVo095",
        "vi",
        "laba",
        "Nhân nhanh chuối Laba bằng nuôi cấy mô và chăm sóc vườn ươm",
        "Khoa Nông nghiệp Trường Đại học An Giang nghiên cứu nhân nhanh giống chuối bằng nuôi cấy mô và kỹ thuật chăm sóc cây con ngoài vườn ươm, "
        "khắc phục nhược điểm trồng bằng chồi (cây không đều, lâu thu); cây con sạch bệnh, ra hoa và buồng đồng đều.",
    ),
    (
        "pVo096",
        "en",
        "agbiotek",
        "Hardened tissue-culture banana plantlets",
        "Biotech company multiplies selected disease-free banana mother plants from meristems and releases rooted plantlets to a climate-controlled greenhouse for 8-12 weeks of hardening; "
        "plants are delivered with 4-5 leaves and a well-developed root system, in the cultivars and numbers ordered.",
    ),
    (
        "pVo097",
        "en",
        "ajol",
        "Micropropagation protocol for Dwarf Cavendish banana",
        "Published protocol: after establishment, shoot cultures are habituated for three 21-day passages on the same medium, then multiply about threefold every subculture; "
        "shoots are rooted on the same medium and passed through primary and secondary hardening in a greenhouse before field planting.",
    ),
    (
        "pVo098",
        "en",
        "buah",
        "Optimised culture vessels and light for in vitro banana",
        "University research on a local Cavendish banana cultured 16 weeks: conical flasks outperformed glass and plastic bottles, and 5000 lux gave the best shoot weight, shoot number and chlorophyll; above 5000 lux growth declined.",
    ),
    (
        "pVo099",
        "en",
        "agriinfo_g9",
        "G9 tissue-culture banana planting material",
        "Agriculture network promotes tissue-culture plants of the G9 (Grand Naine) variety, the most preferred for tissue-culture banana cultivation, produced in lab and greenhouse conditions to raise farmers' yields.",
    ),
    (
        "pVo100",
        "en",
        "kahia",
        "In vitro propagation of cooking banana cultivars",
        "Research group (agroforestry centre and national universities) developed sterilisation and multiplication steps for two elite cooking bananas, FHIA 17 and INJAGI, starting from healthy field stock plants; sterilisation tested with 20-60% commercial bleach.",
    ),
    (
        "pVo101",
        "en",
        "omics_cons",
        "Slow-growth in vitro conservation of banana germplasm",
        "Review of slow-growth storage: shoot-tip explants on MS medium with growth retardants such as mannitol, sorbitol or sucrose keep banana germplasm alive in vitro at low cost instead of field gene banks.",
    ),
    (
        "pVo102",
        "vi",
        "micrograft",
        "Vi ghép và nuôi cấy lớp mỏng nhân giống chanh dây",
        "Nghiên cứu nhân giống chanh dây bằng nuôi cấy lớp mỏng tế bào và kỹ thuật vi ghép đỉnh sinh trưởng (mắt ghép 0,2-0,5 mm) để loại virus, đã ứng dụng trên nhiều cây thân gỗ, cây ăn quả.",
    ),
    (
        "pVo103",
        "vi",
        "phanvang",
        "Mô tả đặc trưng giống chuối tây bản địa",
        "Đại học Nông Lâm Thái Nguyên mô tả nguồn gốc, phân bố và đặc trưng giống chuối tây Phấn Vàng (Phú Thọ) theo bộ tiêu chuẩn IPGRI: cây cao khoảng 4 m, gần 8 lá khi trổ buồng; phục vụ bảo tồn và phát triển giống.",
    ),
    (
        "pVo104",
        "vi",
        "khuyennong_laocai",
        "Phòng chống bệnh héo rũ Panama (Foc TR4) hại chuối",
        "Hướng dẫn của hệ thống khuyến nông: bệnh do Fusarium oxysporum f.sp. cubense chủng nhiệt đới 4, bào tử sống trong đất tới 30 năm, chưa có thuốc đặc trị, lây qua giống, tàn dư, nước, đất, côn trùng. "
        "Nhận diện lá già vàng từ mép, cuống gãy, bẹ nứt dọc, mạch thân giả nâu, củ đỏ nâu có mùi hôi; hướng dẫn khoanh vùng, tiêu hủy và không lấy giống từ vùng bệnh.",
    ),
    (
        "pVo105",
        "vi",
        "bacsicaytrong",
        "Chẩn đoán bệnh héo rũ Panama trên chuối",
        "Trang bác sĩ cây trồng mô tả nguồn bệnh (nấm sống lâu trong củ, lây theo chồi con và đất), đường xâm nhập qua chóp rễ và vết thương, "
        "triệu chứng vàng lá từ lá già, lá treo trên thân giả, cây chết đứng, bó mạch nâu vàng, củ đỏ nâu; giúp nhà vườn phân biệt bệnh.",
    ),
    (
        "pVo106",
        "vi",
        "nongnghiep_tieuhong",
        "Xử lý vườn chuối nhiễm héo vàng Fusarium",
        "Khuyến cáo của Chi cục Bảo vệ thực vật khi vườn chuối tiêu hồng nhiễm 70-80%: tuyệt đối không lấy giống từ vườn bệnh, đào bỏ cả củ cây bệnh và tiêu hủy, "
        "phun phòng bằng thuốc gốc carbendazim kết hợp tưới nấm đối kháng Trichoderma hoặc bón phân hữu cơ có Trichoderma.",
    ),
    (
        "pVo107",
        "vi",
        "vietplants_panama",
        "Tư vấn các chủng nấm Foc và đường lây bệnh Panama",
        "Tài liệu kỹ thuật phân biệt Foc chủng 1, 2, 4 (TR4, STR4), trong đó TR4 hủy diệt chuối già Nam Mỹ; nấm phát triển mạnh ở 25-30 °C, pH 6-7; "
        "lây qua đất, cây giống, máy móc, cuốc xẻng, nước tưới; kèm biểu hiện ở rễ, lá, thân và cách khắc phục.",
    ),
    (
        "pVo108",
        "vi",
        "canhdieu",
        "Dịch vụ tư vấn và công nghệ kiểm soát bệnh Panama",
        "Doanh nghiệp nông nghiệp đồng hành với vườn chuối xuất khẩu: nhận biết sớm bệnh do Fusarium TR4 (có thể giảm năng suất tới 80%), tư vấn chuyên môn và công nghệ ngăn lây lan, kiểm soát bệnh trên giống Cavendish.",
    ),
    (
        "pVo109",
        "en",
        "promusa",
        "Knowledge platform on Panama disease and TR4",
        "Banana research platform explaining Fusarium wilt (Foc), first reported from Panama in the 1890s, and the tropical race 4 strain that hit Cavendish plantations in Asia and has appeared in Australia, the Middle East and Africa.",
    ),
    (
        "pVo110",
        "en",
        "ploetz",
        "Review of Fusarium wilt management for bananas",
        "Scientific review: despite many reports on biological, chemical and cultural measures, control of Fusarium wilt is in practice limited to keeping Foc out of clean areas and planting resistant cultivars where it is established; "
        "Cavendish accounts for about 45% of production and TR4 has spread widely in the Eastern Hemisphere.",
    ),
    (
        "pVo111",
        "en",
        "cgiar_bacillus",
        "Bacillus biocontrol strain against banana Fusarium wilt TR4",
        "Research result on an effective biocontrol of banana Fusarium wilt tropical race 4 with a Bacillus rhizobacteria strain that produces an antagonistic secondary metabolite.",
    ),
    # frozen durian and by-products
    (
        "pVo112",
        "vi",
        "baoloc",
        "Cấp đông sầu riêng nguyên trái cho thị trường Mỹ",
        "Nhà máy đóng gói ở Bảo Lộc đang trữ khoảng 30 tấn sầu riêng nguyên trái cấp đông chuẩn bị xuất sang Mỹ; chia sẻ mô hình: Trung Quốc chủ yếu nhập trái tươi, "
        "Đài Loan, Hàn Quốc chuộng múi cấp đông, Mỹ và châu Âu cần trái nguyên được cấp đông sâu và bảo quản đúng quy định.",
    ),
    (
        "pVo113",
        "vi",
        "danviet_frozen",
        "Chế biến múi sầu riêng đông lạnh xuất khẩu",
        "Doanh nghiệp ở Đồng Nai có 10 năm làm múi sầu riêng đông lạnh: kho lạnh 300 tấn, cấp đông khoảng 30 tấn/ngày bằng công nghệ thường và khí nitơ, dùng trái dạt đủ tuổi chín; "
        "năm trước tiêu thụ 100 container (2.700 tấn), bán giá gấp 3 lần trái tươi cho khách làm kem, bánh, nước uống.",
    ),
    (
        "pVo114",
        "vi",
        "baodanviet_vinatt",
        "Nhà máy và kho lạnh cho sầu riêng cấp đông nhiều dạng",
        "Tập đoàn xuất khẩu trái cây có 10 cơ sở đóng gói ở ĐBSCL, Tây Nguyên và 2 nhà máy chế biến với kho lạnh đầu tư 50-60 tỷ đồng mỗi kho ở Bến Tre, đạt ISO 9001:2015, HACCP; "
        "làm sầu riêng nguyên trái, múi còn hạt, múi bỏ hạt, dạng kem, vỡ vụn theo yêu cầu khách.",
    ),
    (
        "pVo115",
        "vi",
        "kimnong",
        "Tư vấn xuất khẩu chính ngạch sầu riêng đông lạnh sang Trung Quốc",
        "Đơn vị tư vấn hướng dẫn doanh nghiệp theo Nghị định thư ký tháng 8/2024: lô đầu tiên 22,24 tấn đi qua cửa khẩu Bắc Luân II cuối tháng 5/2025; "
        "yêu cầu kiểm soát chất lượng, truy xuất nguồn gốc, kiểm dịch; sầu riêng đông lạnh giúp giải tỏa áp lực mùa vụ khi diện tích cả nước gần 180.000 ha.",
    ),
    (
        "pVo116",
        "en",
        "phg",
        "Blast and nitrogen freezing of durian pulp, paste and whole fruit",
        "Malaysian processor explains two lines: blast freezing at -30 °C for shelled pulp and seedless paste (pulp hand-extracted, sorted, paste deseeded by machine, vacuum packed on trays), "
        "and liquid-nitrogen freezing down to -120 °C for whole fruit in steel cages, two cages per hour, then vacuum-bagged and boxed for export.",
    ),
    (
        "pVo117",
        "en",
        "vjs",
        "Deep freezing of whole durian with liquid nitrogen",
        "Packing company freezes fully ripe whole durian after air-blasting off mealybugs and pests: conventional freezing takes about 6 hours to reach -50 °C, liquid nitrogen about 2 hours; "
        "correct nitrogen freezing keeps colour, flavour and sweetness after thawing, wrong technique causes 'cold burn'; shipped in refrigerated containers.",
    ),
    (
        "pVo118",
        "en",
        "fama",
        "Standard operating procedure for exporting frozen whole durian",
        "Marketing authority SOP developed after export trials to China: sodium hypochlorite sanitation against quarantine pests, cryogenic freezing at -80 to -110 °C, "
        "cold chain kept at -18 °C to the retailer, and tested thawing methods for best eating quality.",
    ),
    (
        "pVo119",
        "en",
        "mbiz",
        "Frozen Monthong durian processing in Thailand",
        "Thai trading firm describes frozen durian for export: Monthong pitted and pulp frozen, Chanee frozen whole or as unpitted pulp; fruit harvested at 80-90% maturity; "
        "edible pulp is only about 30% of the fruit, and processing also covers chips, cakes and sweets.",
    ),
    (
        "pVo120",
        "en",
        "speedcryo",
        "Liquid nitrogen blast freezers for premium durian",
        "Equipment maker supplies liquid nitrogen blast freezers and explains why very fast cooling and deep supercooling form small, uniform ice crystals, "
        "keeping high-water fruit such as durian at 'fresh-frozen' quality compared with slower mechanical blast freezers.",
    ),
    (
        "pVo121",
        "vi",
        "durian_husk",
        "Biến vỏ sầu riêng thành than sinh học và giấm gỗ",
        "Chuyên gia Thái Lan giới thiệu công nghệ xử lý vỏ sầu riêng (cùng hạt chiếm 65-70% khối lượng trái) thành than sinh học và giấm gỗ bán giá cao, "
        "giảm phát thải mê-tan, CO2 và mùi hôi khi vỏ bị chôn lấp; phù hợp nơi có hàng triệu tấn vỏ thải.",
    ),
    (
        "pVo122",
        "vi",
        "daklak_biomass",
        "Đánh giá tiềm năng năng lượng từ phế thải nông nghiệp",
        "Nghiên cứu khảo sát 337 hộ ở 10 huyện Đắk Lắk: phế thải cà phê, lúa, ngô, sắn, mía khoảng 818 nghìn tấn năm 2015, có thể cho khoảng 278 triệu lít ethanol.",
    ),
    # jackfruit processing
    (
        "pVo123",
        "en",
        "mit_intl",
        "Frozen jackfruit pulp processing model",
        "Large jackfruit processor near Ho Chi Minh City (claiming about 70% of national supply) shares its model: over 30 workers extract pulp, which is frozen and exported in grades A to C at about US$1,700 per tonne; "
        "around 20 containers a week, buying everything farmers of one latex-free Thai variety deliver.",
    ),
    (
        "pVo124",
        "en",
        "foodmate_jack",
        "IQF freezing for jackfruit and other fruit",
        "Report on jackfruit pulp export and instant quick freezing: IQF freezes fruit pieces in 3-4 minutes against more than an hour of blast freezing, so the product stays fresh and firm after thawing.",
    ),
    (
        "pVo125",
        "en",
        "binhphuoc_jack",
        "Cooperative model for deep-processed dried jackfruit",
        "Provincial agriculture report: with about 700 ha of Thai jackfruit and gluts when harvests coincide, cooperatives and workshops turned to deep processing such as dried jackfruit sold under their own brand at fruit fairs, "
        "reducing reliance on informal exports to China.",
    ),
    (
        "pVo126",
        "en",
        "lemit",
        "Plant-based meat products from young jackfruit",
        "Start-up in Hau Giang makes pâté, fish-cake style slices, rice-paper rolls and snacks from young jackfruit; the hardest step is latex removal, followed by soaking, pasteurisation and sterilisation; sales grew nearly 30% in three months.",
    ),
    (
        "pVo127",
        "en",
        "ausjack",
        "Trade promotion of jackfruit in Australia",
        "Trade office works with Australian importers and supermarkets, social networks and online fairs to promote Vietnamese jackfruit; exports to Australia rose 20% in 2021 and about 40 tonnes were planned before Tet.",
    ),
    # vacuum frying
    (
        "pVo128",
        "en",
        "hindawi_vf",
        "Optimised vacuum frying of jackfruit chips",
        "Food science research: jackfruit chips vacuum-fried at 80, 90 and 100 °C need 30, 25 and 20 minutes; 90 °C for 25 minutes gave the best sensory score, "
        "low-temperature frying retained phenolics, flavonoids and carotenoids, while 30 minutes at 100 °C lost about 90% of carotenoids and higher temperatures shrank chips up to 48%.",
    ),
    (
        "pVo129",
        "en",
        "kau_vf",
        "Batch vacuum frying system with de-oiling for jackfruit chips",
        "Agricultural university tested a batch vacuum fryer of 2 kg per batch with a 30-litre oil tank and a centrifugal de-oiler (1000 rpm for 5 minutes), using rice-bran:palm oil 80:20; "
        "compares pre-treatments of jackfruit bulbs for colour, crispness and oil content.",
    ),
    (
        "pVo130",
        "en",
        "frenchfries_vf",
        "Vacuum fryers for fruit and vegetable crisps",
        "Machine supplier summarises research on vacuum frying: less oil absorbed thanks to the pressure difference, natural colour and vitamins kept because water boils at 35-40 °C under vacuum "
        "so frying runs at 90-100 °C instead of 160-190 °C; offers fryers for banana, jackfruit, pineapple and pumpkin chips.",
    ),
    (
        "pVo131",
        "en",
        "jtp_vf",
        "Process parameters for vacuum frying jackfruit",
        "University study on jackfruit fried at 90 and 100 °C for 15-16 minutes under 10 and 15 kPa absolute pressure, showing how temperature and vacuum drive water loss, shrinkage, puffing and porosity of the chips.",
    ),
    (
        "pVo132",
        "vi",
        "vnua_chien",
        "Thiết kế máy chiên dùng điện cho khoai tây 6 kg/mẻ",
        "Đồ án của Khoa Cơ - Điện Học viện Nông nghiệp Việt Nam tính toán, thiết kế máy chiên dùng điện (chiên ở áp suất thường) cho khoai tây, năng suất 6 kg/mẻ.",
    ),
    # freeze drying, cold drying, soft drying
    (
        "pVo133",
        "vi",
        "tusayyen",
        "Tư vấn chọn công nghệ sấy thăng hoa hay sấy lạnh",
        "Kỹ sư thiết kế máy sấy công nghiệp tư vấn đầu tư: sấy lạnh làm khô bằng không khí đã tách ẩm ở 10-50 °C, giữ màu, mùi, vitamin; "
        "sấy thăng hoa cho sản phẩm giá trị cao như sầu riêng, trái cây xuất khẩu; so sánh ưu nhược điểm để chọn thiết bị theo sản phẩm.",
    ),
    (
        "pVo134",
        "vi",
        "maysaythanghoa",
        "Máy sấy thăng hoa giữ nguyên hình dạng, màu sắc",
        "Nhà cung cấp máy sấy thăng hoa đánh giá chất lượng sản phẩm sấy theo 5 yếu tố (hình dạng, màu, độ khô, hương vị, dinh dưỡng); "
        "sấy nóng, sấy lạnh làm co ngót, còn sấy thăng hoa giữ được hình dạng cả với nguyên liệu mềm như sầu riêng, cà chua.",
    ),
    (
        "pVo135",
        "vi",
        "codien_fd",
        "Cung cấp máy sấy thăng hoa (sấy đông khô)",
        "Công ty cơ điện lạnh cung cấp máy sấy thăng hoa: làm đông sản phẩm rồi hút chân không sâu, buồng xuống khoảng -60 °C, nước thăng hoa từ đá sang hơi, "
        "không oxi hóa nên giữ mùi, màu, dinh dưỡng; giới thiệu cấu tạo, nguyên lý và quy trình sấy.",
    ),
    (
        "pVo136",
        "vi",
        "khocn_saylanh",
        "Công nghệ sấy lạnh trái cây giữ màu và hương",
        "Đơn vị kho lạnh công nghiệp chuyển giao sấy lạnh: không khí khô 10-50 °C thổi đều qua nguyên liệu, tự điều chỉnh đến khi độ ẩm còn 5-10%; "
        "hệ thống gồm máy nén, dàn bay hơi, dàn ngưng kiểm soát nhiệt độ, ẩm độ; lát trái cây không sậm màu, cháy cạnh.",
    ),
    (
        "pVo137",
        "vi",
        "odf",
        "Quy trình 7 bước sản xuất trái cây sấy khô",
        "Doanh nghiệp thực phẩm chia sẻ quy trình từ chọn nguyên liệu đến đóng gói cho trái cây sấy, so sánh sấy nhiệt, sấy lạnh, sấy thăng hoa và ảnh hưởng đến màu, vị, hạn dùng.",
    ),
    (
        "pVo138",
        "vi",
        "vitafruit",
        "Trái cây sấy dẻo và sấy giòn",
        "Cơ sở chế biến giới thiệu các dạng sản phẩm: sấy khô truyền thống (mít, chuối, dừa), sấy dẻo giữ ẩm 20-30% cho trái mềm dẻo màu gần tự nhiên, sấy thăng hoa giòn giữ vitamin; kèm quy trình chế biến.",
    ),
    (
        "pVo139",
        "vi",
        "congnghesay_chuoi",
        "Quy trình sấy chuối dẻo nguyên quả",
        "Đơn vị công nghệ sấy hướng dẫn sấy chuối dẻo bằng máy sấy nhiệt đối lưu đa năng: sấy 40-60 °C giữ màu trắng vàng tự nhiên, "
        "sấy 70-80 °C làm chuối chảy mật, sậm màu; áp dụng cho chuối dẻo nguyên quả, ép dẻo, nửa quả.",
    ),
    (
        "pVo140",
        "en",
        "diana_fd",
        "Lyophilised banana pieces",
        "Food company supplies freeze-dried (lyophilised) banana: fruit is frozen rapidly and its water removed under vacuum, keeping volume, colour, texture and most vitamins and minerals without additives; the product is very crisp.",
    ),
    (
        "pVo141",
        "en",
        "foodsfd_jack",
        "Freeze-dried jackfruit production",
        "Freeze-drying manufacturer explains why jackfruit suits lyophilisation: freezing at very low temperature, then sublimation under reduced pressure gives a light, shelf-stable snack keeping flavour, colour and nutrients; covers process, uses and comparison with other methods.",
    ),
    (
        "pVo142",
        "en",
        "buchi_banana",
        "Laboratory freeze drying of banana slices",
        "Laboratory equipment maker shows freeze drying of fresh banana slices: samples are frozen, a fine vacuum is applied and ice sublimes, preserving appearance and taste; suitable for trials before scale-up.",
    ),
    (
        "pVo143",
        "en",
        "nokki",
        "Freeze-dried jackfruit chips that keep nutrients",
        "Snack brand explains its freeze-dried jackfruit chips: vitamin C, fibre, vitamin A, potassium and antioxidants of jackfruit are preserved because water is removed by sublimation rather than heat.",
    ),
    (
        "pVo144",
        "en",
        "dragonfruit_proc",
        "Dragon fruit drying plants in Binh Thuan",
        "Investment news: a Chinese-invested project of over US$1.85 million with capacity of 8,000 tonnes of fresh and 1,500 tonnes of dried dragon fruit, plus a US$1 million dragon fruit drying plant in Ham Kiem I industrial park.",
    ),
    (
        "pVo145",
        "vi",
        "saynongsan",
        "Phương pháp và thiết bị sấy nông sản, sấy năng lượng mặt trời",
        "Tài liệu phân loại phương pháp sấy (tự nhiên, đối lưu, bức xạ, tiếp xúc, thăng hoa...) và các kiểu thiết bị sấy năng lượng mặt trời trực tiếp, gián tiếp; chi phí đầu tư thấp.",
    ),
    # banana chips
    (
        "pVo146",
        "en",
        "threesisters",
        "Banana chips process flow for a small enterprise",
        "Small snack enterprise shares its flow chart: receive unripe bananas, wash, peel and soak, slice and fry, store, dip in sugar syrup 3-5 minutes and re-fry, drain in a colander, cool on trays, weigh and seal in moisture-proof bags.",
    ),
    (
        "pVo147",
        "en",
        "bananasolution",
        "Banana chips production line equipment",
        "Machinery supplier for banana chips: blanching and peeling green bananas, commercial slicer with selectable thickness and shape, fryer, de-oiling to reduce greasiness, seasoning drum and weighing-packing; advice on starting a chips business.",
    ),
    (
        "pVo148",
        "en",
        "craarts",
        "Banana chips preparation and marketing training",
        "Training for home-scale producers: raw unripe bananas sliced 1-2 mm evenly, anti-browning dip in dilute lemon juice or citric acid for 3-5 minutes, draining, frying, salting; "
        "lists equipment (hand slicer, fryer, bag sealer, labels) and how to market the chips.",
    ),
    # export packing and growing-area codes
    (
        "pVo149",
        "vi",
        "nnmt_230",
        "Hỗ trợ hồ sơ mã số vùng trồng và cơ sở đóng gói sầu riêng",
        "Thông tin từ cơ quan bảo vệ thực vật: Hải quan Trung Quốc phê duyệt thêm 163 mã vùng trồng và 67 mã cơ sở đóng gói (2/2023), nâng tổng số lên 246 vùng trồng và 97 cơ sở; "
        "Tiền Giang có nhiều mã cơ sở đóng gói nhất (27). Hướng dẫn địa phương chuẩn bị hồ sơ theo yêu cầu kiểm tra trực tuyến.",
    ),
    (
        "pVo150",
        "vi",
        "th389",
        "Hướng dẫn đáp ứng kiểm dịch để được công nhận mã số sầu riêng",
        "Cục Trồng trọt và BVTV đã gửi 1.604 hồ sơ vùng trồng và 314 cơ sở đóng gói; ngày 21/5/2025 Trung Quốc công nhận thêm 829 vùng trồng và 131 cơ sở đóng gói. "
        "Hướng dẫn địa phương, doanh nghiệp xây dựng vùng trồng, cơ sở đóng gói đạt chuẩn, tuân thủ kiểm dịch thực vật và an toàn thực phẩm.",
    ),
    (
        "pVo151",
        "vi",
        "chamkh",
        "Quy trình cấp mã số vùng trồng trái cây xuất khẩu",
        "Đơn vị tư vấn quy trình cấp mã số vùng trồng cho các thị trường khó tính (Mỹ, Úc, New Zealand, Nhật, Hàn, Đài Loan, Anh, EU); thùng hàng xuất khẩu phải ghi mã vùng trồng.",
    ),
    (
        "pVo152",
        "vi",
        "cuocsong_xen",
        "Lưu ý vườn trồng xen khi đăng ký mã số xuất khẩu",
        "Hiệp hội rau quả lưu ý: phía Trung Quốc thông báo sầu riêng trồng xen trong vườn cà phê không được cấp mã số vùng trồng do lo lây nhiễm chéo sinh vật gây hại; tư vấn bố trí lại vườn.",
    ),
    (
        "pVo153",
        "en",
        "vnplus_51",
        "First list of durian production unit and pack-house codes for China",
        "Notification authority summary: 51 production unit codes and 25 pack-house codes were recognised after GACC live-video reviews from 15 July to 4 September 2022 (126 units and 44 pack houses reviewed); "
        "most pack houses are in Tien Giang (10), Dak Lak (4), Ben Tre and Dong Nai (3).",
    ),
    (
        "pVo154",
        "en",
        "vnplus_protocol",
        "Protocol requirements for durian growing areas exporting to China",
        "Ministry briefing on the durian protocol: every registered growing area needs a quality management and traceability system, Good Agricultural Practices, a clean orchard away from pollution, "
        "prompt removal of fallen and rotten fruit, and integrated pest management with surveillance and chemical, biological and cultural control.",
    ),
    (
        "pVo155",
        "en",
        "vnplus_246",
        "Growing-area and packing-facility code status for Vietnamese durian",
        "SPS enquiry point update: China approved 246 growing-area codes and was considering 36 more plus 18 packing-facility codes; exported durian must weigh at least 3 kg, meet safety standards and carry traceability stamps in English or Chinese naming the packing facility.",
    ),
    (
        "pVo156",
        "en",
        "vnplus_first",
        "Packing and shipping the first official durian consignments to China",
        "Account of the first official shipment (six containers, 100 tonnes from five producers) after the protocol: fruit from approved growing areas sorted and packed at a code-holding facility, "
        "cartons with air holes for ventilation, fruit of 3 kg or more with traceability stamps in English or Chinese.",
    ),
    (
        "pVo157",
        "en",
        "vns_47",
        "Additional farming-area and packaging codes for durian",
        "Ministry news: China approved another 47 farming-area codes and 18 packaging-facility codes, bringing the total to 293 and 115; durian for China must be 3 kg or more with traceability stamps; first-quarter exports reached US$153 million, 83% to China.",
    ),
    (
        "pVo158",
        "en",
        "mard_246",
        "Fixing orchards that fail growing-area code inspection",
        "Plant protection office advises orchards not yet approved after online inspections: obtain GAP certification or keep GAP-style records, manage weeds (the most common reason for rejection), "
        "isolate from mixed and neighbouring plantings, and keep logs of pest monitoring.",
    ),
    (
        "pVo159",
        "vi",
        "thanhnien_tl",
        "Mã vùng trồng, mã đóng gói thanh long xuất Trung Quốc",
        "Phản ánh từ cơ sở thu mua thanh long ở Bình Thuận: thương lái Trung Quốc yêu cầu in mã vùng trồng và mã đóng gói do họ cung cấp lên bao bì, nếu không hàng bị trả lại.",
    ),
    (
        "pVo160",
        "vi",
        "mundua",
        "Sản phẩm từ mụn xơ dừa",
        "Khóa luận Đại học Nông Lâm TP.HCM so sánh hiệu quả kinh tế của các phương thức sử dụng sản phẩm làm từ mụn xơ dừa tại tỉnh Bến Tre.",
    ),
    (
        "pVo161",
        "en",
        "explained",
        "Phytosanitary measures against Panama disease spread",
        "Overview for banana producers: Foc resists fungicides and control relies on phytosanitary measures; infected rhizomes and suckers often look healthy yet carry the pathogen, "
        "which also moves in soil, running water, farm tools and machinery; the 1950s outbreak wiped out Gros Michel and TR4 now threatens Cavendish.",
    ),
]
