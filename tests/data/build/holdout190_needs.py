"""Needs for the holdout190 set: (id, language, source key, title, description, {offer id: grade})."""

NEEDS = [
    (
        "pJn01",
        "vi",
        "ag_tl",
        "Cần giống thanh long ruột đỏ cho đất giồng cát Trà Cú",
        "Hợp tác xã chúng tôi ở huyện Trà Cú muốn chuyển khoảng 5 công đất giồng sang trồng thanh long ruột đỏ, dự kiến 500 trụ. "
        "Thương lái trả giá ruột đỏ cao (có lúc gần 49.000 đ/kg) nhưng trong vùng chưa có nguồn hom tốt. Cần đơn vị cung cấp hom "
        "giống ruột đỏ sạch bệnh, năng suất ổn định và tư vấn chọn giống hợp đất cát.",
        {"pJo001": 2, "pJo002": 2, "pJo003": 2, "pJo004": 1, "pJo005": 1},
    ),
    (
        "pJn02",
        "en",
        "tl_types",
        "Planting material to diversify from white-flesh dragon fruit in Càng Long",
        "Our company in Càng Long district grows white-flesh dragon fruit only and prices swing hard. We want to add red-flesh and "
        "other coloured types with better sweetness. We need certified cuttings of suitable varieties and advice on which ones "
        "flower well and set fruit under Trà Vinh conditions.",
        {"pJo001": 2, "pJo002": 2, "pJo003": 2, "pJo004": 2, "pJo005": 1},
    ),
    (
        "pJn03",
        "vi",
        "hl_top",
        "Cần cây giống xoài cát Hòa Lộc ghép chuẩn cho vườn Cầu Kè",
        "Tổ hợp tác xoài ở Cầu Kè muốn mở rộng thêm 10 ha xoài cát Hòa Lộc, trái 350–450 g, thơm, ít xơ để bán cho doanh nghiệp "
        "xuất khẩu. Cần nguồn cây ghép đúng giống, có nguồn gốc cây đầu dòng rõ ràng, số lượng vài nghìn cây.",
        {"pJo006": 2, "pJo007": 1, "pJo012": 1, "pJo008": 1},
    ),
    (
        "pJn04",
        "en",
        "graft_echo",
        "Grafting know-how to produce improved mango seedlings at a Tiểu Cần nursery",
        "We run a small nursery in Tiểu Cần and sell seedling mangoes that do not come true to type. We want to graft young "
        "shoots of preferred varieties onto our own seedling rootstocks at scale, and need training on the grafting methods, "
        "timing and aftercare.",
        {"pJo008": 2, "pJo009": 2, "pJo010": 2, "pJo011": 2, "pJo012": 2, "pJo006": 1},
    ),
    (
        "pJn05",
        "vi",
        "graft_bi",
        "Can hoc ky thuat ghep xoai cho to hop tac o Tra On",
        "To hop tac tui o Tra On muon tu ghep cay xoai giong de trong lai vuon, khoi phai mua cay. Goc ghep tu hot xoai "
        "khoang 6-12 thang tuoi. Can nguoi huong dan cach ghep, thoi diem ghep, cach quan bang va cham soc sau ghep cho ty le "
        "song cao.",
        {"pJo012": 2, "pJo011": 2, "pJo008": 2, "pJo010": 2, "pJo009": 1, "pJo007": 1},
    ),
    (
        "pJn06",
        "en",
        "wb_vnplus",
        "Replacing witches'-broom-ravaged longan orchards in Long Hồ",
        "Most of our cooperative's longan trees in Long Hồ district show witches' broom, with brush-like shoots and flowers that "
        "never set fruit. Cutting trees down is costly. We want to graft tolerant longan varieties onto the existing trunks and "
        "need a partner who knows which varieties resist the disease and how to top-work old trees.",
        {"pJo013": 2, "pJo014": 1, "pJo015": 1},
    ),
    (
        "pJn07",
        "vi",
        "nhan_ido",
        "Cần quy trình quản lý bệnh chổi rồng cho vườn nhãn Ido xuất khẩu",
        "Tổ hợp tác nhãn Ido ở huyện Long Hồ đang làm theo VietGAP để xuất khẩu sang Mỹ, Anh. Vài vườn thành viên bắt đầu có "
        "đọt xoăn, chùm bông dị dạng nghi bệnh chổi rồng. Cần quy trình nhận diện và quản lý nhện lông nhung, hạn chế lây lan "
        "mà vẫn bảo đảm dư lượng thuốc.",
        {"pJo015": 2, "pJo014": 2, "pJo013": 1, "pJo041": 1},
    ),
    (
        "pJn08",
        "en",
        "wb_blog",
        "Diagnosis of deformed longan shoots in a Trà Vinh orchard",
        "Our orchard in Châu Thành district, Trà Vinh, has longan shoots bunched into brooms and flower panicles drying out. "
        "Neighbours say it is a virus, others say mites or phytoplasma. We need an expert diagnosis of the cause and a practical "
        "control plan for the coming season.",
        {"pJo014": 2, "pJo015": 2, "pJo013": 1},
    ),
    (
        "pJn09",
        "vi",
        "longan_reg",
        "Cần kỹ thuật xử lý ra hoa nhãn nghịch vụ ở Vũng Liêm",
        "Gia đình tôi có 2 ha nhãn ở Vũng Liêm, năm nào cũng thu cùng lúc với cả vùng nên giá thấp. Muốn xử lý cho nhãn ra hoa "
        "trái vụ để bán giá cao. Cần hướng dẫn liều KClO3, cách tưới gốc hay phun lá, tuổi lá phù hợp và lưu ý an toàn khi dùng "
        "hóa chất.",
        {"pJo016": 2, "pJo022": 2, "pJo023": 2, "pJo017": 2, "pJo018": 2, "pJo019": 1, "pJo020": 1, "pJo021": 1},
    ),
    (
        "pJn10",
        "en",
        "longan_abs",
        "Off-season longan induction that holds up in the rainy season",
        "On our longan farm in Tam Bình, trees treated with chlorate during the rains often push new leaves instead of flowers. "
        "We need a protocol for timing the induction and preparing trees, for example with a growth retardant beforehand, so "
        "off-season flowering works in the wet months.",
        {"pJo017": 2, "pJo022": 2, "pJo020": 1, "pJo021": 1, "pJo016": 1},
    ),
]

NEEDS += [
    (
        "pJn11",
        "en",
        "nhan_gap",
        "A flower inducer for longan that is safer to store than potassium chlorate",
        "Our longan cooperative in Bình Minh stopped keeping potassium chlorate after a small fire scare in a member's shed, and "
        "buying it has become difficult. We are looking for an alternative product or method that induces off-season flowering "
        "about as well but is easier to transport and store.",
        {"pJo019": 2, "pJo018": 1, "pJo023": 1, "pJo016": 1, "pJo020": 1},
    ),
    (
        "pJn12",
        "vi",
        "tl_bear",
        "Can he thong den chong cho thanh long ra hoa nghich vu o Cau Ngang",
        "Nha toi co 1 ha thanh long ruot do o Cau Ngang, muon chong den tu thang 10 den thang 3 de co trai ban dip Tet. Can "
        "nguoi thiet ke so bong, cong suat bong, cach keo dien va so gio chong moi dem cho vuon dat hieu qua.",
        {"pJo027": 2, "pJo026": 2, "pJo025": 1, "pJo024": 1, "pJo028": 1},
    ),
    (
        "pJn13",
        "en",
        "tl_blog",
        "Year-round dragon fruit flowering with supplementary lighting",
        "Our farm company in Càng Long wants dragon fruit to flower outside the natural April–September season. We need to "
        "understand the photoperiod response and get a lighting regime (hours, timing, lamp density) we can apply on our "
        "existing trellises.",
        {"pJo025": 2, "pJo026": 2, "pJo027": 2, "pJo024": 1},
    ),
    (
        "pJn14",
        "vi",
        "pbz_np",
        "Cần xử lý ra hoa xoài cát Chu nghịch vụ ở Tiểu Cần",
        "Hợp tác xã xoài ở Tiểu Cần muốn xoài cát Chu ra hoa tháng 9–10 để có trái bán dịp Tết. Cần quy trình xử lý "
        "paclobutrazol: liều theo đường kính tán, thời điểm tưới sau khi cắt tỉa, khi nào phun thiourea phá miên trạng.",
        {"pJo033": 2, "pJo030": 2, "pJo029": 2, "pJo031": 1, "pJo032": 1, "pJo035": 1},
    ),
    (
        "pJn15",
        "en",
        "pbz_aciar",
        "Paclobutrazol dosing to stop alternate bearing in Vĩnh Long mango",
        "Our mango orchard near Vĩnh Long city bears heavily one year and almost nothing the next. We want a growth-regulator "
        "programme with the right dose per tree size and application month to get regular yields every year.",
        {"pJo032": 2, "pJo030": 2, "pJo029": 2, "pJo033": 2, "pJo031": 1},
    ),
    (
        "pJn16",
        "en",
        "pbz_et",
        "Cutting paclobutrazol use in a high-density mango block",
        "We planted a high-density mango block in Duyên Hải and currently drench paclobutrazol at high rates copied from "
        "neighbours. Costs and residue worries are rising. We need evidence for the lowest effective dose and the best "
        "placement around the trunk.",
        {"pJo031": 2, "pJo030": 1, "pJo033": 1, "pJo032": 1, "pJo037": 1},
    ),
    (
        "pJn17",
        "vi",
        "tia_nx",
        "Cần hướng dẫn cắt tỉa xoài sau thu hoạch đúng thời điểm",
        "Vườn xoài 8 năm tuổi của tôi ở Vũng Liêm tán rậm, cành đan nhau, mùa mưa thán thư nặng, năm rồi tỉa trễ nên ra hoa "
        "lệch. Cần người hướng dẫn tỉa cành tạo tán sau thu hoạch: cắt cành nào, mức tỉa bao nhiêu, thời điểm nào.",
        {"pJo034": 2, "pJo035": 2, "pJo036": 2, "pJo037": 1, "pJo048": 1},
    ),
    (
        "pJn18",
        "en",
        "prune_dizon",
        "Canopy management for an overgrown longan orchard in Trà Ôn",
        "Our 15-year-old longan trees in Trà Ôn are tall and dense, inner branches are bare and spraying is hard. We need a "
        "pruning programme after harvest that opens the canopy and lowers the trees without losing next season's yield.",
        {"pJo038": 2, "pJo039": 2, "pJo040": 2, "pJo041": 2, "pJo017": 1},
    ),
    (
        "pJn19",
        "vi",
        "prune_shuncy",
        "Tỉa cành nhãn Ido sau thu hoạch cho vườn ở Mang Thít",
        "Vườn nhãn Ido của tôi ở Mang Thít vừa thu xong, tán dày, nhiều cành khô và cành chéo. Muốn biết nên tỉa mạnh hay nhẹ, "
        "tỉa những cành nào để trái vụ sau to và vẫn giữ năng suất.",
        {"pJo040": 2, "pJo041": 2, "pJo039": 2, "pJo038": 2},
    ),
    (
        "pJn20",
        "en",
        "canh_xoai",
        "Low-canopy training for a new high-density mango planting",
        "Our company is planting a new high-density mango block in Duyên Hải. We want the trees trained to a low, strong frame from "
        "the start so spraying, bagging and picking are easy, and need a pruning plan that also fits limited irrigation water.",
        {"pJo037": 2, "pJo036": 2, "pJo034": 1, "pJo035": 1, "pJo072": 1},
    ),
]

NEEDS += [
    (
        "pJn21",
        "vi",
        "thanthu_av",
        "Cần túi bao trái xoài và kỹ thuật bao cho vườn Cầu Kè",
        "Chúng tôi trồng 3 ha xoài ở Cầu Kè, trái hay bị ruồi chích và đốm thán thư nên phải phun nhiều lần, doanh nghiệp thu mua "
        "chê dư lượng. Muốn chuyển sang bao trái: cần loại túi phù hợp mùa mưa, thời điểm bao và cách làm.",
        {"pJo046": 2, "pJo047": 2, "pJo045": 2, "pJo042": 2, "pJo043": 2, "pJo044": 1, "pJo048": 1},
    ),
    (
        "pJn22",
        "en",
        "ff_kerala",
        "Bagging to cut fruit-fly damage on mango without more sprays",
        "Farmer group in Trà Cú: many of our mangoes drop with maggots inside, and high-pressure spraying has not stopped it. "
        "We want to switch to covering the fruit, and need advice on bag materials, cost and the right fruit stage to bag.",
        {"pJo042": 2, "pJo047": 2, "pJo043": 2, "pJo045": 2, "pJo046": 2, "pJo058": 1, "pJo057": 1},
    ),
    (
        "pJn23",
        "en",
        "plantcare",
        "Protecting export mango skins from scale insects by bagging",
        "Export buyers reject our mangoes from Tiểu Cần for scale-insect spots on the skin. We want to know whether bagging can "
        "protect the fruit from scale and what bags and timing work.",
        {"pJo044": 2, "pJo043": 1, "pJo042": 1, "pJo046": 1, "pJo047": 1},
    ),
    (
        "pJn24",
        "vi",
        "thanthu_hb",
        "Xoài bị thán thư nặng mùa mưa ở Trà Ôn, cần phác đồ phòng trị",
        "Vườn xoài cát Chu ở Trà Ôn mùa mưa năm nay bị thán thư nặng: lá đốm nâu, đọt khô, trái non rụng, trái lớn có vết đen. "
        "Cần phác đồ phòng trị đầy đủ: vệ sinh vườn, hoạt chất thuốc, lịch phun theo giai đoạn.",
        {"pJo048": 2, "pJo049": 2, "pJo050": 2, "pJo051": 2, "pJo035": 1, "pJo052": 1},
    ),
    (
        "pJn25",
        "en",
        "hwt_carabao",
        "Postharvest anthracnose losses on mango shipped from Vĩnh Long",
        "Our mangoes leave the Vĩnh Long packing shed looking clean, but black anthracnose spots appear during ripening at the "
        "buyer's end. We need a postharvest treatment that controls the latent infection without damaging the fruit.",
        {"pJo052": 2, "pJo115": 2, "pJo043": 1, "pJo048": 1, "pJo122": 1},
    ),
    (
        "pJn26",
        "vi",
        "ruoi_dh",
        "Ruồi đục trái phá vườn xoài, thanh long ở Càng Long",
        "Xã tôi ở Càng Long trồng xoài, thanh long xen nhau, mùa mưa ruồi đục trái phá dữ, trái thối rụng hàng loạt. Cần mô hình "
        "bẫy bả, dẫn dụ ruồi làm đồng loạt cho cả ấp và hướng dẫn vệ sinh vườn.",
        {
            "pJo053": 2,
            "pJo054": 2,
            "pJo055": 2,
            "pJo060": 2,
            "pJo057": 2,
            "pJo058": 2,
            "pJo056": 2,
            "pJo059": 1,
            "pJo047": 1,
        },
    ),
    (
        "pJn27",
        "en",
        "ruoi_oi",
        "Area-wide fruit fly suppression for an export mango zone",
        "Our export company sources mango from about 30 ha of member orchards in Tiểu Cần. Fruit flies from neighbouring gardens "
        "keep re-infesting treated blocks and threaten quarantine rejections. We need an area-wide suppression programme covering "
        "growers and surrounding land.",
        {"pJo056": 2, "pJo059": 2, "pJo058": 2, "pJo057": 2, "pJo060": 2, "pJo053": 1},
    ),
    (
        "pJn28",
        "vi",
        "ruoi_oi",
        "Can bay ruoi duc trai cho vuon thanh long ruot do Chau Thanh",
        "Vuon thanh long ruot do cua tui o Chau Thanh (Tra Vinh) bi ruoi chich trai, trai mem thoi. Can mua bay, chat dan du va "
        "duoc chi cach dat bay, thay moi, ket hop phun ba cho hieu qua.",
        {"pJo053": 2, "pJo060": 2, "pJo057": 2, "pJo055": 2, "pJo058": 2, "pJo054": 1, "pJo056": 1},
    ),
    (
        "pJn29",
        "vi",
        "tl_qc",
        "Thanh long ruột đỏ bị đốm nâu lan nhanh ở Càng Long",
        "Vườn thanh long ruột đỏ 2 ha ở Càng Long xuất hiện nhiều đốm nâu lõm trên cành và tai trái, mưa xuống lan rất nhanh, trái "
        "xấu bán không được giá. Cần giải pháp kỹ thuật xử lý cành bệnh, thuốc và quy trình phòng bệnh cho cả vườn.",
        {"pJo061": 2, "pJo066": 2, "pJo062": 2, "pJo064": 2, "pJo065": 1, "pJo063": 1, "pJo067": 1},
    ),
    (
        "pJn30",
        "en",
        "tl_des",
        "Stem lesions spreading in a red-flesh dragon fruit block",
        "In our Trà Cú dragon fruit block, yellow spots on the stems turn brown and crack, leaving holes, and some fruit shows the "
        "same marks. We need a management programme, including what to do with pruned infected stems.",
        {"pJo062": 2, "pJo064": 2, "pJo066": 2, "pJo061": 2, "pJo063": 1, "pJo065": 1, "pJo067": 1},
    ),
]

NEEDS += [
    (
        "pJn31",
        "en",
        "canker_fig",
        "Laboratory identification of dragon fruit diseases before spraying",
        "Our cooperative in Càng Long sees several kinds of spots and rots on dragon fruit and keeps spraying the wrong products. "
        "We want a laboratory to identify which fungi are involved from stem and fruit samples so we can target treatments.",
        {"pJo063": 2, "pJo065": 2, "pJo062": 1, "pJo066": 1, "pJo064": 1},
    ),
    (
        "pJn32",
        "vi",
        "drip_vista",
        "Cần hệ thống tưới nhỏ giọt cho 3 ha thanh long trên giồng cát Cầu Ngang",
        "Chúng tôi có 3 ha thanh long trên đất giồng cát ở Cầu Ngang, mùa khô nước ngọt khan hiếm, tưới tay tốn công. Cần đơn vị "
        "thiết kế, lắp đặt hệ thống tưới nhỏ giọt có thể hòa phân bón theo nước, chi phí vừa phải.",
        {"pJo069": 2, "pJo070": 2, "pJo074": 2, "pJo078": 1, "pJo071": 1, "pJo072": 1},
    ),
    (
        "pJn33",
        "en",
        "mmi",
        "Mini-sprinkler irrigation for a mature mango orchard in Trà Ôn",
        "Our 12-year-old mango orchard in Trà Ôn is still irrigated by flooding the ditches. We want to switch to under-canopy "
        "mini-sprinklers and need system design, emitter choice and supply.",
        {"pJo072": 2, "pJo073": 2, "pJo074": 2, "pJo075": 2, "pJo071": 2, "pJo037": 1, "pJo076": 1},
    ),
    (
        "pJn34",
        "en",
        "tuoi_khan",
        "Irrigation scheduling for mango when dry-season fresh water is short",
        "In Duyên Hải the canals turn brackish in the dry season and our fresh-water pond is small. We need to know how much "
        "water our mango trees really need at each stage and whether deficit irrigation can keep yields.",
        {"pJo076": 2, "pJo037": 2, "pJo077": 1, "pJo072": 1, "pJo071": 1, "pJo075": 1},
    ),
    (
        "pJn35",
        "vi",
        "drip_vista",
        "Can bo tuoi phun mua cuc bo cho vuon xoai 2 ha o Vung Liem",
        "Vuon xoai 2 ha o Vung Liem dang tuoi bang voi, ton cong. Muon lap tuoi phun cuc bo moi goc mot bec, co loc nuoc va "
        "co the bon phan qua he thong. Can ben thiet ke va cung cap vat tu.",
        {"pJo071": 2, "pJo075": 2, "pJo072": 2, "pJo073": 2, "pJo074": 2, "pJo069": 1},
    ),
    (
        "pJn36",
        "vi",
        "tl_emi",
        "Thanh long ruột đỏ ra hoa nhiều nhưng đậu trái kém",
        "Vườn thanh long ruột đỏ của tôi ở Châu Thành (Trà Vinh) ra hoa nhiều mà đậu trái ít, trái nhỏ, méo. Nghe nói giống ruột "
        "đỏ cần thụ phấn bổ sung. Cần người hướng dẫn thụ phấn bằng tay và chọn giống cho phấn phù hợp.",
        {"pJo082": 2, "pJo081": 2, "pJo004": 2, "pJo005": 1},
    ),
    (
        "pJn37",
        "en",
        "poll_env",
        "Improving fruit set of self-incompatible red-flesh dragon fruit",
        "Our enterprise's red-flesh dragon fruit block in Tiểu Cần flowers well but many blooms yellow and drop. We suspect "
        "self-incompatibility. We need advice on compatible pollinizer varieties and a practical pollination routine.",
        {"pJo081": 2, "pJo082": 2, "pJo004": 2, "pJo005": 2},
    ),
    (
        "pJn38",
        "en",
        "poll_ygt",
        "Night pollination routine and pollen storage for a dragon fruit farm",
        "We hand-pollinate about 2 ha of dragon fruit in Càng Long and flowers of different varieties rarely open on the same "
        "night. We need a workable night routine for labourers and a way to collect and store pollen between flushes.",
        {"pJo081": 2, "pJo082": 2, "pJo004": 1},
    ),
    (
        "pJn39",
        "vi",
        "tl_nt123",
        "Xác định thời điểm thu hoạch thanh long để bảo quản được lâu",
        "Hợp tác xã ở Càng Long thu thanh long theo mắt thường nên lô thì non, lô thì quá chín, vào kho mau hỏng. Cần chỉ tiêu "
        "thu hoạch rõ ràng (số ngày sau nở hoa, màu vỏ, độ ngọt) và cách thu hái đúng kỹ thuật.",
        {"pJo083": 2, "pJo084": 2, "pJo104": 1, "pJo106": 1},
    ),
    (
        "pJn40",
        "en",
        "osteen",
        "Objective harvest-maturity test for export mango from Cầu Kè",
        "Our export buyer complains that mango lots from Cầu Kè ripen unevenly. We need an objective way to decide harvest date, "
        "such as days after flowering, dry matter or another measurable index, and the tools to do it.",
        {"pJo085": 2, "pJo086": 2, "pJo088": 2, "pJo087": 2, "pJo089": 2, "pJo164": 2},
    ),
]

NEEDS += [
    (
        "pJn41",
        "vi",
        "ecourse",
        "Cần thiết bị đo độ chín xoài không phá mẫu",
        "Doanh nghiệp thu mua xoài ở Trà Vinh muốn kiểm tra độ chín ngay tại vườn trước khi cắt, không phải bổ trái. Cần máy đo "
        "cầm tay (chất khô, độ ngọt) và hướng dẫn ngưỡng thu hoạch cho xoài cát.",
        {"pJo086": 2, "pJo089": 2, "pJo085": 2, "pJo087": 1, "pJo164": 1, "pJo088": 1},
    ),
    (
        "pJn42",
        "en",
        "wwh",
        "Harvest index for dragon fruit shipped by sea",
        "We plan to ship dragon fruit from Trà Vinh by sea, which needs fruit that holds up for weeks. We need clear harvest "
        "criteria for dragon fruit, such as days after flowering and skin colour, and correct picking practice.",
        {"pJo084": 2, "pJo083": 2, "pJo104": 1},
    ),
    (
        "pJn43",
        "vi",
        "sanit",
        "Cần giải pháp rửa, khử trùng thanh long trước khi nhập kho",
        "Cơ sở sơ chế thanh long ở Càng Long muốn thêm khâu rửa, khử trùng trái trước khi đóng thùng để giảm thối cuống, nấm vỏ "
        "khi bảo quản. Cần quy trình, hóa chất được phép và nồng độ, thời gian ngâm phù hợp.",
        {"pJo090": 2, "pJo096": 2, "pJo104": 2, "pJo091": 2, "pJo092": 2, "pJo107": 1},
    ),
    (
        "pJn44",
        "en",
        "ozone",
        "Replacing chlorine in a mango washing line",
        "Our packing shed in Bình Minh washes mangoes in chlorinated water, but an importer has asked about chlorine by-products. "
        "We want to switch to ozone or another sanitizer and need guidance on options, safety and rules.",
        {"pJo092": 2, "pJo096": 2, "pJo091": 1, "pJo090": 1},
    ),
    (
        "pJn45",
        "en",
        "spinaca",
        "Sap burn on export mangoes: desapping and washing practice",
        "Many of our export mangoes from Vĩnh Long show sap-burn streaks after packing. We need a desapping and washing step, and "
        "possibly equipment, that removes latex before grading and packing.",
        {"pJo093": 2, "pJo094": 2, "pJo109": 2, "pJo108": 1, "pJo142": 1},
    ),
    (
        "pJn46",
        "vi",
        "coat_nj4",
        "Cần chế phẩm phủ sáp kéo dài thời gian bán xoài cát",
        "Cơ sở thu mua xoài ở Tam Bình thấy trái nhăn vỏ, mất nước chỉ sau vài ngày bày bán. Cần chế phẩm phủ màng hoặc sáp an "
        "toàn thực phẩm và hướng dẫn cách phủ để kéo dài thời gian bán.",
        {"pJo102": 2, "pJo103": 2, "pJo097": 2, "pJo098": 2, "pJo099": 2, "pJo100": 2, "pJo101": 2, "pJo165": 2},
    ),
    (
        "pJn47",
        "en",
        "coat_tf",
        "Edible coating for red dragon fruit sent to distant markets",
        "Our red dragon fruit from Càng Long loses gloss and shrivels during long shipments. We are looking for an edible coating "
        "tested on dragon fruit, together with storage conditions that keep it attractive for about four weeks.",
        {"pJo104": 2, "pJo165": 1, "pJo099": 1, "pJo097": 1},
    ),
    (
        "pJn48",
        "vi",
        "hl_cafef",
        "Xoài chỉ giữ 7–10 ngày, cần phủ sáp và bảo quản lạnh để đi đường biển",
        "Doanh nghiệp xuất khẩu xoài ở Vĩnh Long phải gửi máy bay vì trái chỉ giữ 7–10 ngày, chi phí rất cao. Muốn chuyển sang đường "
        "biển, cần giải pháp phủ sáp hoặc màng kết hợp bảo quản lạnh để kéo dài được 3 tuần.",
        {"pJo103": 2, "pJo098": 2, "pJo165": 2, "pJo102": 1, "pJo097": 1, "pJo099": 1, "pJo108": 1, "pJo166": 1},
    ),
    (
        "pJn49",
        "vi",
        "tl_gt",
        "Cần kho lạnh và quy trình bảo quản thanh long 30 ngày",
        "Công ty thu mua thanh long ở Trà Vinh cần giữ trái khoảng 30 ngày để chờ giá và gom đủ container. Cần tư vấn kho lạnh "
        "(nhiệt độ, ẩm độ), xử lý trước khi vào kho và thiết bị phù hợp.",
        {"pJo104": 2, "pJo107": 2, "pJo105": 1, "pJo106": 1, "pJo108": 1, "pJo166": 1},
    ),
    (
        "pJn50",
        "en",
        "tl_dd",
        "Cold storage regime and chilling injury in dragon fruit",
        "Our Trà Vinh dragon fruit stored at very low temperature develops brown patches, while warmer storage shortens shelf "
        "life. We need the right storage temperature and humidity and an understanding of chilling injury.",
        {"pJo104": 2, "pJo105": 2, "pJo106": 1, "pJo166": 1},
    ),
]

NEEDS += [
    (
        "pJn51",
        "en",
        "karger",
        "Forced-air pre-cooling and a cold room for a mango packhouse in Bình Minh",
        "We are upgrading a mango packing shed in Bình Minh. Fruit sits warm for hours before going into trucks. We need a design "
        "for rapid pre-cooling and a cold room at safe temperatures, integrated with sorting and packing.",
        {"pJo108": 2, "pJo109": 2, "pJo110": 2, "pJo107": 1, "pJo143": 1},
    ),
    (
        "pJn52",
        "vi",
        "hl_cafef",
        "Cần dây chuyền xử lý nước nóng hoặc hơi nước nóng cho xoài xuất khẩu",
        "Doanh nghiệp ở Vĩnh Long muốn xuất xoài đi các thị trường yêu cầu kiểm dịch ruồi đục trái. Cần quy trình và thiết bị xử lý "
        "nước nóng hoặc hơi nước nóng đạt yêu cầu, đặt trong nhà đóng gói.",
        {"pJo114": 2, "pJo123": 2, "pJo116": 2, "pJo115": 1, "pJo117": 1, "pJo122": 1, "pJo110": 1},
    ),
    (
        "pJn53",
        "en",
        "tw_jp",
        "Vapour heat treatment facility to ship red-flesh dragon fruit to Japan",
        "Our company in Trà Vinh wants to export red-flesh dragon fruit to Japan, which requires vapour heat treatment against "
        "fruit flies. We need the treatment schedule, equipment specification and record-keeping Japan accepts.",
        {"pJo118": 2, "pJo120": 2, "pJo121": 2, "pJo119": 1, "pJo114": 1},
    ),
    (
        "pJn54",
        "en",
        "fftc_news",
        "Hot water quarantine treatment schedule for mango exports",
        "We pack mango in Vĩnh Long for markets that require hot water quarantine treatment. We need the accepted time and "
        "temperature schedule by fruit size and how to handle cooling afterwards without hurting quality.",
        {"pJo116": 2, "pJo123": 2, "pJo115": 2, "pJo117": 1, "pJo122": 1, "pJo052": 1},
    ),
    (
        "pJn55",
        "vi",
        "fftc_news",
        "Can tu van xu ly hoi nuoc nong thanh long xuat Nhat",
        "Cong ty em o Tra Vinh dang dam phan xuat thanh long ruot do sang Nhat. Ben mua yeu cau xu ly hoi nuoc nong va dong goi "
        "theo quy dinh Nhat. Can tu van nhiet do, thoi gian, thiet bi ghi nhiet va cach dong goi.",
        {"pJo121": 2, "pJo120": 2, "pJo118": 2, "pJo119": 1},
    ),
    (
        "pJn56",
        "en",
        "jp_market",
        "Alternatives to hot water dipping that keep mango quality",
        "Our buyers say hot-water-dipped mango from our Vĩnh Long packhouse ripens poorly. We want to evaluate other approved "
        "disinfestation treatments, such as hot air, that protect eating quality.",
        {"pJo117": 2, "pJo122": 1, "pJo115": 1},
    ),
    (
        "pJn57",
        "vi",
        "vietgap_tv",
        "Hợp tác xã thanh long Càng Long cần tái chứng nhận VietGAP",
        "Hợp tác xã thanh long ruột đỏ ở Càng Long có giấy VietGAP sắp hết hạn, cần tổ chức chứng nhận đánh giá lại và hướng dẫn "
        "bổ sung hồ sơ, nhật ký sản xuất cho các xã viên mới.",
        {"pJo125": 2, "pJo126": 2, "pJo124": 1, "pJo135": 1},
    ),
    (
        "pJn58",
        "vi",
        "gg_scribd",
        "Hợp tác xã thanh long cần đạt GlobalGAP để xuất khẩu châu Âu",
        "Một nhà nhập khẩu châu Âu yêu cầu hợp tác xã thanh long của chúng tôi ở Trà Vinh có chứng nhận GlobalGAP. Cần đơn vị tư "
        "vấn xây dựng hệ thống và tổ chức chứng nhận, ưu tiên hình thức chứng nhận theo nhóm.",
        {
            "pJo124": 2,
            "pJo135": 2,
            "pJo128": 2,
            "pJo129": 2,
            "pJo130": 2,
            "pJo131": 2,
            "pJo132": 2,
            "pJo127": 1,
            "pJo133": 1,
            "pJo134": 1,
        },
    ),
    (
        "pJn59",
        "en",
        "bizhub",
        "VietGAP certification for a mango cooperative in Trà Vinh",
        "Our mango cooperative in Cầu Kè wants VietGAP certification to sell to supermarkets and exporters. We need an accredited "
        "body to audit us and help set up records for members.",
        {"pJo126": 2, "pJo125": 2},
    ),
    (
        "pJn60",
        "en",
        "kiwa2",
        "Group GlobalG.A.P. certification for smallholder longan growers",
        "About 40 smallholder longan growers in Long Hồ want GlobalG.A.P. together, since individual audits are too costly. We "
        "need a certification body and guidance on running the group's internal quality system.",
        {"pJo128": 2, "pJo129": 2, "pJo130": 2, "pJo135": 2, "pJo133": 1, "pJo127": 1, "pJo124": 1},
    ),
]

NEEDS += [
    (
        "pJn61",
        "en",
        "gg_scribd",
        "GlobalG.A.P. water and irrigation requirements for an orchard",
        "Our mango and dragon fruit farm in Trà Cú is preparing for GlobalG.A.P. and the auditor flagged our irrigation and "
        "washing water. We need to understand the water control points and build a water management plan.",
        {"pJo134": 2, "pJo130": 1, "pJo129": 1, "pJo135": 1},
    ),
    (
        "pJn62",
        "vi",
        "vneco",
        "Cần đăng ký mã số vùng trồng xoài để xuất Trung Quốc",
        "Hợp tác xã xoài ở Tiểu Cần có khoảng 20 ha, doanh nghiệp muốn thu mua xuất chính ngạch sang Trung Quốc nhưng chưa có mã "
        "số vùng trồng. Cần hướng dẫn điều kiện, hồ sơ, nhật ký canh tác và thủ tục đăng ký mã.",
        {"pJo137": 2, "pJo138": 2, "pJo139": 2, "pJo140": 2, "pJo141": 2},
    ),
    (
        "pJn63",
        "en",
        "vnnews",
        "Pack house code for a new fruit packing facility in Vĩnh Long",
        "We are building a fruit packing facility in Vĩnh Long to ship mango and longan to China. We need to meet the pack house "
        "code requirements and prepare for the Chinese customs review.",
        {"pJo141": 2, "pJo138": 2, "pJo139": 1, "pJo140": 1, "pJo109": 1, "pJo110": 1},
    ),
    (
        "pJn64",
        "vi",
        "antidump",
        "Can lam ma so vung trong cho thanh long ruot do xuat khau",
        "To hop tac thanh long ruot do o Cang Long muon co ma so vung trong de ban cho cong ty xuat khau. Can nguoi huong dan "
        "lam ho so, ghi nhat ky, dieu kien ve thuoc BVTV va cach duy tri ma sau khi duoc cap.",
        {"pJo137": 2, "pJo138": 2, "pJo139": 2, "pJo140": 2, "pJo141": 1},
    ),
    (
        "pJn65",
        "en",
        "einpress",
        "Preparing a longan growing area for code audits",
        "Our company buys longan from growers in Long Hồ and wants their area coded for export to China. We need help with "
        "growing-area code requirements, traceability records and keeping the codes valid after audits.",
        {"pJo140": 2, "pJo141": 2, "pJo139": 2, "pJo137": 1, "pJo138": 1},
    ),
    (
        "pJn66",
        "vi",
        "passion",
        "Xây dựng nhà đóng gói trái cây đạt chuẩn xuất khẩu ở Bình Minh",
        "Doanh nghiệp ở Bình Minh muốn xây nhà sơ chế, đóng gói xoài và nhãn đạt chuẩn xuất khẩu. Cần tư vấn bố trí dây chuyền rửa, "
        "phân loại, làm mát, kho lạnh và thiết bị phù hợp.",
        {"pJo110": 2, "pJo109": 2, "pJo108": 2, "pJo107": 2, "pJo114": 1, "pJo131": 1, "pJo138": 1},
    ),
    (
        "pJn67",
        "en",
        "hl_apbac",
        "Export packaging of premium mango for the United States",
        "We want to send premium mango from Cầu Kè to the United States. We need guidance on export cartons and packaging that "
        "prevent bruising and meet US import and food safety requirements.",
        {"pJo143": 2, "pJo108": 1, "pJo116": 1, "pJo166": 1},
    ),
    (
        "pJn68",
        "vi",
        "hl_dl",
        "Cần cây giống và quy trình canh tác xoài Cát Chu cho Tam Bình",
        "Tôi có 1,5 ha đất vườn ở Tam Bình muốn trồng xoài Cát Chu. Cần nơi tư vấn chọn giống, gốc ghép và quy trình trồng, chăm sóc "
        "từ đầu cho phù hợp vùng đất phù sa ven sông.",
        {"pJo007": 2, "pJo006": 1, "pJo012": 1, "pJo011": 1},
    ),
    (
        "pJn69",
        "vi",
        "nhan_gap",
        "Nhãn xử lý KClO3 nhiều năm liền giờ ra hoa kém",
        "Vườn nhãn ở Bình Tân đã xử lý KClO3 mấy năm liền, năm nay tăng liều mà tỷ lệ ra hoa vẫn thấp, lá còn bị cháy. Cần chuyên "
        "gia giải thích nguyên nhân và hướng dẫn chia liều, chọn mùa xử lý cho phù hợp.",
        {"pJo020": 2, "pJo019": 1, "pJo016": 1, "pJo022": 1, "pJo017": 1},
    ),
    (
        "pJn70",
        "vi",
        "hl_dv",
        "Xoài cát Hòa Lộc rụng bông, rụng trái non do thán thư",
        "Vườn xoài cát Hòa Lộc ở Long Hồ gặp sương mù lúc trổ bông, bông đen khô và rụng, trái non cũng rụng nhiều. Cần hướng dẫn "
        "phòng trị thán thư giai đoạn ra hoa, đậu trái.",
        {"pJo048": 2, "pJo049": 2, "pJo050": 2, "pJo051": 2, "pJo034": 1, "pJo035": 1},
    ),
]

NEEDS += [
    (
        "pJn71",
        "vi",
        "la_tl",
        "Cần quy trình sơ chế và bảo quản thanh long cho doanh nghiệp thu mua ở Trà Vinh",
        "Doanh nghiệp thu mua thanh long ở Trà Vinh đang bán xô, chưa phân loại, trái hư nhiều khi vận chuyển xa. Cần quy trình "
        "phân hạng, xử lý, đóng thùng và bảo quản lạnh cho hàng đi siêu thị và xuất khẩu.",
        {"pJo106": 2, "pJo104": 2, "pJo107": 2, "pJo090": 1, "pJo108": 1, "pJo166": 1, "pJo083": 1},
    ),
    (
        "pJn72",
        "vi",
        "hl_apbac",
        "Cải tạo vườn xoài già bằng cách ghép giống mới lên gốc cũ",
        "Gia đình có vườn xoài ghép hơn 20 năm ở Mang Thít, giống cũ trái nhỏ, bán không được giá. Không muốn đốn bỏ mà muốn ghép "
        "giống mới lên gốc to sẵn có. Cần người hướng dẫn kỹ thuật ghép trên gốc già và chọn thời vụ.",
        {"pJo011": 2, "pJo012": 1, "pJo008": 1, "pJo009": 1},
    ),
    (
        "pJn73",
        "vi",
        "karger",
        "Cần máy rửa và phân loại xoài theo kích cỡ",
        "Cơ sở thu mua xoài ở Cầu Kè đang rửa, lựa trái bằng tay, mùa cao điểm không kịp. Cần dây chuyền rửa và máy phân loại theo "
        "kích cỡ, màu sắc công suất vừa, giá hợp lý.",
        {"pJo094": 2, "pJo109": 2, "pJo093": 1, "pJo107": 1, "pJo110": 1},
    ),
    (
        "pJn74",
        "vi",
        "xoai_ht",
        "Cần hướng dẫn chế độ tưới cho xoài giai đoạn trước ra hoa",
        "Vườn xoài ở Trà Ôn tưới theo thói quen, năm thì ra đọt non thay vì ra hoa. Cần biết nhu cầu nước của xoài theo tuổi cây, "
        "tán cây và khi nào nên ngưng tưới để cây phân hóa mầm hoa.",
        {"pJo076": 2, "pJo077": 1, "pJo069": 1, "pJo071": 1},
    ),
    (
        "pJn75",
        "vi",
        "tl_mku",
        "Cần quy trình trồng thanh long theo GlobalGAP cho vùng chuyên canh Càng Long",
        "Vùng chuyên canh thanh long ở Càng Long muốn làm mô hình GlobalGAP cho nhóm nông dân và một cơ sở đóng gói để hướng "
        "tới thị trường châu Âu. Cần đơn vị có kinh nghiệm xây dựng hệ thống GAP cho cả nông dân lẫn nhà đóng gói.",
        {"pJo124": 2, "pJo132": 2, "pJo131": 2, "pJo135": 1, "pJo128": 1, "pJo129": 1},
    ),
]
