"""Offers of the holdout238 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    (
        "rFo001",
        "vi",
        "g_tailieu_ghep",
        "Tập huấn kỹ thuật ghép cây ăn quả cho nông hộ và tổ hợp tác",
        "Trung tâm khuyến nông nhận mở lớp chuyển giao các kiểu ghép mắt, ghép cành cho cam, quýt, bưởi, nhãn, xoài, "
        "dựa trên tài liệu Kỹ thuật ghép cây ăn quả của Cục Khuyến nông. Cây ghép giữ đặc tính di truyền của cây mẹ, "
        "hệ số nhân giống cao, sớm ra hoa; học viên thực hành chọn gốc ghép, lấy mắt ghép và chăm sóc sau ghép.",
    ),
    (
        "rFo002",
        "vi",
        "g_matnho",
        "Hướng dẫn ghép mắt nhỏ có gỗ (chip budding) cho cam, chanh, bưởi",
        "Chuyển giao kỹ thuật ghép mắt nhỏ có gỗ: lấy một mảng vỏ hình chữ nhật mang mắt ghép đặt vào gốc ghép, "
        "diện tích tiếp xúc lớn hơn ghép chữ T nên liền sẹo nhanh, tỷ lệ sống cao. Áp dụng cho các loài có múi, "
        "có thể ghép nhiều giống trên một gốc để bảo tồn giống quý.",
    ),
    (
        "rFo003",
        "vi",
        "g_ghepdoan",
        "Quy trình ghép đoạn cành bưởi và chăm sóc cây sau ghép",
        "Tư vấn trọn gói ghép đoạn cành cho bưởi: chọn gốc ghép khỏe, chọn cành ghép từ cây mẹ tốt, thời vụ ghép, "
        "thao tác cắt vát và buộc dây, chăm sóc sau ghép. Phương pháp tiết kiệm chi phí, cây giữ đặc tính cây mẹ và "
        "rút ngắn thời gian ra quả; có cán bộ khuyến nông hướng dẫn tại vườn.",
    ),
    (
        "rFo004",
        "vi",
        "g_niengiam",
        "Tư vấn ghép nêm và ghép cửa sổ cho bưởi, xoài",
        "Giải đáp và hướng dẫn hai cách ghép dùng chung cho bưởi, xoài và mai: ghép nêm (cắt ngọn gốc ghép, chẻ gốc, "
        "cắm cành ghép và bó tròn) và ghép cửa sổ (mở một ô vỏ trên gốc, đặt mảnh vỏ mang mắt ghép vừa khít rồi bó lại). "
        "Khi mắt ghép bật chồi và đạt độ cao thì xuất vườn làm cây giống.",
    ),
    (
        "rFo005",
        "en",
        "g_ifas",
        "Citrus budding course: inverted T-bud and chip bud",
        "Extension short course on propagating citrus nursery trees. Covers the scion and rootstock roles, why budding "
        "is preferred for citrus (works well and needs less skill than other grafts), and hands-on practice of the "
        "inverted T-bud and the chip (hanging) bud, plus rootstock choice for soil stresses and tree size.",
    ),
    (
        "rFo006",
        "en",
        "g_askvity",
        "Top-working service: T-budding mature citrus trees to a new variety",
        "Crews prune existing citrus trees back to a few scaffold limbs and T-bud the chosen variety onto them during "
        "active growth, when the bark slips. Budwood is taken from healthy, disease-free trees, kept cool and moist, and "
        "tools are sterilised between trees; budding tape is supplied.",
    ),
    (
        "rFo007",
        "en",
        "g_ehinga",
        "Budded citrus nursery trees on rough lemon rootstock",
        "Nursery supplying citrus trees grafted by budding: rough lemon seedlings are raised as rootstock and budded at "
        "25-30 cm once they are about one year old, during active sap flow, with budwood taken only from virus-free "
        "indexed mother plants. Planting advice included (holes 0.8 m, organic manure, bud union above soil).",
    ),
    (
        "rFo008",
        "en",
        "g_duroi",
        "Contract production of budded citrus trees from certified scion",
        "Commercial citrus nursery producing trees in an eight-step process: rootstock seedlings are budded with "
        "certified "
        "scion material from a citrus foundation block, cut back above the bud once it takes, then grown on with "
        "watering, fertilising, staking and pest control until delivery to the client.",
    ),
    (
        "rFo009",
        "en",
        "g_fruitmentor_tape",
        "Grafting films: self-adhering budding tape and parafilm",
        "Supplier of grafting wraps for nurseries: a self-adhering budding tape that citrus buds can grow through in a "
        "single layer (saves labour in budding crews), half-inch and one-inch grafting parafilm, laboratory parafilm for "
        "delicate grafts, and vinyl nursery tape.",
    ),
    (
        "rFo010",
        "vi",
        "g_fruitmentor_tape",
        "Cung cấp băng quấn ghép tự dính và màng parafilm",
        "Phân phối vật tư ghép cho vườn ươm: băng ghép tự dính một lớp mà mắt ghép cây có múi có thể đâm chồi xuyên qua, "
        "giúp thợ ghép làm nhanh; màng parafilm khổ 1,25 cm và 2,5 cm dùng ghép vỏ, ghép nêm, ghép mắt nhỏ có gỗ; "
        "băng nhựa vinyl buộc gốc.",
    ),
    (
        "rFo011",
        "en",
        "g_fao_tape",
        "Low-cost grafting tape and waxed string for smallholder nurseries",
        "Guidance and supply of tying materials: stretch tape that avoids girdling, adhesive tape that needs no knot, "
        "waxed string that sticks to itself, and home-cut polyethylene or PVC strips about 30 cm long and 10-15 mm wide, "
        "with advice on when non-stretch wraps must be removed.",
    ),
    (
        "rFo012",
        "en",
        "g_angelfire",
        "Grafting tool kit: budding knife, cleft tool, budding strips, wound sealant",
        "Kit for new propagators: quality budding and grafting knife with sharpening stone, cleft-grafting tool with "
        "splitting blade and wedge, elastic budding strips, rubber and cloth-backed grafting tapes, and asphalt-water "
        "emulsion for sealing graft unions.",
    ),
    (
        "rFo013",
        "en",
        "g_jumia",
        "Stretchable self-adhesive grafting tape, 80 m rolls",
        "Transparent polyethylene grafting tape, 2 cm wide on 80 m rolls: thin, high-tensile, stretchable, waterproof yet "
        "breathable and biodegradable. Wrap the union 3-4 overlaps to keep it airtight; suitable for fruit tree and "
        "nursery seedling grafting.",
    ),
]

OFFERS += [
    (
        "rFo014",
        "vi",
        "g_durian_n2",
        "Dịch vụ ghép mắt cửa sổ sầu riêng tại vườn ươm",
        "Đội thợ nhận ghép sầu riêng trên gốc ghép 6-8 tháng tuổi: tỉa còn 1-2 cành khỏe, khoét cửa sổ cách mặt đất "
        "25-30 cm, dài 2-3 cm, rộng 1-1,5 cm; mắt ghép lấy từ cành khỏe giữa tán cây mẹ chất lượng, đường kính 1-2 cm. "
        "Có dao, băng keo, túi nilon chuyên dụng.",
    ),
    (
        "rFo015",
        "vi",
        "g_durian_thap",
        "Quy trình nhân giống sầu riêng bằng tháp cành, tháp mắt",
        "Chuyển giao quy trình: hạt sầu riêng mau mất sức nảy mầm nên gieo ngay, xử lý thuốc trừ nấm trước khi gieo; "
        "tháp đọt khi gốc 2-3 tháng, ghép mắt khi gốc 18-24 tháng và đường kính tối thiểu 1,2 cm. Thời vụ tốt nhất "
        "là mùa mưa tháng 6-9.",
    ),
    (
        "rFo016",
        "vi",
        "g_durian_bscx",
        "Tập huấn ghép mắt cửa sổ sầu riêng cho tổ hợp tác",
        "Lớp thực hành ghép mắt cửa sổ: xử lý gốc ghép còn một nhánh khỏe, khoét ô chữ nhật 2-2,5 x 1-1,5 cm cách đất "
        "25-30 cm, đặt mắt ghép đúng chiều, đậy nắp và quấn dây 5-7 vòng. Nhấn mạnh dụng cụ sắc, sạch để tránh lây "
        "vi khuẩn qua vết cắt.",
    ),
    (
        "rFo017",
        "vi",
        "g_durian_giacaphe",
        "Hướng dẫn ghép sầu riêng từ chuẩn bị dụng cụ đến chọn mắt",
        "Tài liệu và hướng dẫn tại vườn: chuẩn bị dao nhọn, kéo, dao gọt, băng keo; chọn mắt ghép là mầm ngủ đã hóa "
        "nâu ở chỗ lá đã rụng; chọn cây mẹ năng suất tốt, không bệnh; phân tích ưu nhược điểm của ghép so với trồng hạt.",
    ),
    (
        "rFo018",
        "vi",
        "g_durian_nuoitrong123",
        "Tháp cành sầu riêng hình chữ U trên gốc tháp hai năm tuổi",
        "Hướng dẫn tạo gốc tháp từ hạt gieo trên liếp hoặc bịch nylon, khoảng hai năm sau gốc cao chừng 60 cm thì tháp; "
        "mở miệng tháp hình chữ U cách đất độ 30 cm, tách lớp vỏ mà không chạm lõi gỗ. Có so sánh cây hạt và cây tháp, "
        "chiết.",
    ),
    (
        "rFo019",
        "vi",
        "g_durian_vnfarm",
        "Tư vấn ghép mắt sầu riêng Ri6, Cái Mơn, Monthong",
        "Tư vấn chọn giống và gốc ghép cho vườn ươm sầu riêng: chọn gốc khỏe, nhựa chảy tốt, không bệnh; thử nghiệm độ "
        "tương thích giữa gốc và cành ghép; thao tác ghép mắt là khâu quyết định, kèm danh mục dao ghép và băng keo "
        "chuyên dụng.",
    ),
    (
        "rFo020",
        "en",
        "g_durian_macro",
        "Durian grafting services: hypocotyl grafting and field top-grafting",
        "Propagation team offering hypocotyl grafting of young durian seedlings, which places the union low so it is "
        "less likely to break, and field grafting onto mature trees. The trade-offs are explained: a failed hypocotyl "
        "graft loses the seedling, while other methods let the rootstock be re-grafted.",
    ),
    (
        "rFo021",
        "en",
        "r_durian_phyto",
        "Phytophthora-tolerant durian planting package",
        "Technology package documented in Thailand and Malaysia: large planting material of resistant clones (plants "
        "1.5 m tall or more establish faster), raised beds and drainage, liming where soil pH is below 5.3, organic "
        "matter where it is under 2%, and irrigation set up before planting.",
    ),
    (
        "rFo022",
        "en",
        "r_durian_zappala",
        "Durian clone introduction and multi-rootstock propagation",
        "Introduction of elite Asian durian clones from guaranteed budwood sources and propagation of single- and "
        "multi-rootstocked plants, with evaluation of the clones on the best rootstocks for the local site.",
    ),
    (
        "rFo023",
        "en",
        "r_durian_sophia",
        "Durian rootstocks with Phytophthora resistance",
        "Breeding and selection programme using Durio graveolens, which is relatively resistant to Phytophthora root rot, "
        "and other tolerant material as rootstocks; combined with advice on fungicides that still work where Phytophthora "
        "has become resistant to metalaxyl.",
    ),
    (
        "rFo024",
        "vi",
        "r_durian_seed",
        "Xây dựng vườn cây cung cấp hạt gốc ghép sầu riêng",
        "Tư vấn cho vùng trồng sầu riêng ghép chủ động lập vườn cây lấy hạt làm gốc ghép, thay vì thu mua hạt trôi nổi "
        "hay hạt từ quả chín non, quả rụng do gió; giúp vườn ươm có nguồn gốc ghép khỏe, tránh thiếu hụt gốc ghép.",
    ),
]

OFFERS += [
    (
        "rFo025",
        "vi",
        "g_xoai_nn",
        "Quy trình làm vườn ươm gốc ghép xoài và đóng bầu",
        "Chuyển giao: làm luống rộng 1 m, cao 20 cm trên đất cát pha; bóc vỏ hạt xoài địa phương, gieo cách nhau 2-3 cm, "
        "che lưới; ra ngôi khi cây cao khoảng 20 cm vào túi bầu đen 12 x 14 cm có lỗ đáy, giá thể 1 m3 đất ải trộn "
        "120-150 kg phân hữu cơ vi sinh. Xoài đa phôi, mỗi hạt cho 3-5 cây con.",
    ),
    (
        "rFo026",
        "en",
        "g_xoai_nn",
        "Mango rootstock nursery protocol: seedbeds, bags and substrate",
        "Protocol transfer for mango propagators: 1 m wide, 20 cm high seedbeds on sandy loam, shelled local seed sown "
        "2-3 cm apart under shade net, pricking out at about 20 cm into 12 x 14 cm black bags filled with 1 m3 of soil "
        "plus 120-150 kg bio-organic fertiliser, then grafting onto the established rootstock.",
    ),
    (
        "rFo027",
        "vi",
        "g_xoai_toyenxin",
        "Cây giống xoài Cát Hòa Lộc ghép trên gốc xoài Bưởi",
        "Vườn ươm cung cấp xoài Cát Hòa Lộc ghép trên gốc xoài Bưởi, loại gốc sinh trưởng mạnh và chịu được ngập úng "
        "vài ngày; ghép vụ xuân tháng 2-3 hoặc vụ thu tháng 8-10 bằng ghép cành và ghép mắt.",
    ),
    (
        "rFo028",
        "vi",
        "g_xoai_thuonline",
        "Nhân giống xoài bằng ghép áp, ghép mắt và hạt đa phôi",
        "Hướng dẫn các phương pháp nhân giống xoài: gieo hạt đa phôi giữ đặc tính cây mẹ, ghép áp và ghép mắt (chữ T, "
        "cửa sổ) là phổ biến nhất; chọn hạt từ cây mẹ năng suất cao, gieo ngay sau thu hoạch ở độ sâu 3-5 cm.",
    ),
    (
        "rFo029",
        "vi",
        "g_xoai_memart",
        "Cây giống xoài ghép cho vườn mới",
        "Cung cấp cây xoài ghép: cành ghép từ cây giống tốt trên gốc ghép khỏe, cho quả sau 2-3 năm thay vì 5-7 năm "
        "như cây hạt, quả đồng đều; kèm hướng dẫn chăm sóc sau khi trồng.",
    ),
    (
        "rFo030",
        "vi",
        "g_xoai_bscx",
        "Tư vấn chọn cành ghép, mắt ghép và gốc ghép xoài",
        "Kỹ sư tư vấn chọn giống xoài theo thị trường (Cát Hòa Lộc, Cát Chu, xoài Tượng) và chọn vật liệu ghép: cành "
        "ghép, mắt ghép, gốc ghép sinh trưởng nhanh, ít sâu bệnh để nhân giống bằng ghép mắt, ghép cành.",
    ),
    (
        "rFo031",
        "vi",
        "g_mit",
        "Cây giống mít ghép trên gốc mít mật, mít rừng",
        "Sản xuất cây mít ghép: gieo hạt mít mật, mít rừng làm gốc; ghép khi gốc 5-6 tháng, cao 30-40 cm; ghép cửa sổ "
        "hoặc "
        "ghép áp (tỷ lệ sống cao hơn); thời vụ tháng 3-4 và 8-9. Mít không hạt cho trái 9-10 kg, phần ăn được trên 90%.",
    ),
    (
        "rFo032",
        "en",
        "g_mit",
        "Grafted jackfruit seedlings on local seedling rootstock",
        "Nursery producing grafted jackfruit: seedlings of local honey and wild jackfruit are used as rootstock and "
        "grafted at 5-6 months (30-40 cm tall) by patch or approach grafting, the latter with higher take; best seasons "
        "March-April and August-September.",
    ),
    (
        "rFo033",
        "vi",
        "g_mit_memart",
        "Cây giống mít Thái không hạt ghép mắt",
        "Cung cấp cây mít Thái không hạt nhân bằng ghép mắt, ra quả sau khoảng 2-3 năm; quả có thể nặng tới 20 kg, "
        "tỷ lệ ăn được trên 90%; hướng dẫn trồng nơi thoáng, đủ nắng.",
    ),
    (
        "rFo034",
        "vi",
        "g_mit_kienthuc",
        "Cây giống mít sầu riêng ghép",
        "Nhà vườn ở Cần Thơ bán cây giống mít sầu riêng ghép trên gốc mít trong nước, giá khoảng 200.000 đồng/cây; "
        "cây cho trái sau khoảng 18 tháng, 20 trái/cây, mỗi trái 2,5-3 kg.",
    ),
    (
        "rFo035",
        "en",
        "g_airlayer",
        "Air-layering (marcotting) training for fruit growers",
        "Training on rooting a branch while still on the mother tree: girdling a ring of bark to trap sugars and auxin, "
        "scraping the cambium, applying moist rooting medium, then severing and potting. The clone keeps the mother "
        "tree's fruit traits and is larger than a seedling.",
    ),
    (
        "rFo036",
        "en",
        "g_airlayer2",
        "Air-layering kit: sphagnum, rooting hormone and wrap",
        "Kit and instructions for air layers: pre-moistened sphagnum peat moss, rooting hormone, polyethylene wrap and "
        "ties; girdle a pencil-thick branch about 12 inches from the tip with two cuts 1 inch apart, check moisture "
        "every few weeks and sever once roots fill the moss.",
    ),
    (
        "rFo037",
        "vi",
        "g_quyt_chiet",
        "Tư vấn chọn nhánh chiết cây có múi",
        "Hướng dẫn chọn cây mẹ không có triệu chứng vàng lá và chọn nhánh chiết mọc xiên lên, tránh nhánh gốc đâm ngang "
        "mang nhiều nhánh phụ; phân tích ưu khuyết điểm của cây chiết (mau có trái) so với cây hạt (tuổi thọ cao).",
    ),
]

OFFERS += [
    (
        "rFo038",
        "en",
        "c_cdfa",
        "Design of a mandatory citrus nursery stock cleanliness scheme",
        "Advisory based on the California programme: all source trees for citrus propagative material must meet "
        "testing and maintenance requirements, and nursery production outside the scheme faces enforcement. Help with "
        "drafting rules, inspection and enforcement for a province.",
    ),
    (
        "rFo039",
        "vi",
        "c_belize",
        "Tư vấn xây dựng quy chế chứng nhận vườn ươm cây có múi sạch bệnh",
        "Tư vấn soạn quy chế chứng nhận bắt buộc theo mô hình Belize: vườn ươm phải đăng ký, đáp ứng yêu cầu về địa điểm "
        "và cơ sở vật chất để tránh nấm bệnh rễ như Phytophthora, giống và gốc ghép phải có nguồn sạch, có cơ quan "
        "nghiên cứu vận hành hằng ngày.",
    ),
    (
        "rFo040",
        "en",
        "c_belize",
        "Nursery registration and certification guidelines for citrus",
        "Guidelines package for a mandatory citrus certification programme: who must register, site and facility "
        "requirements for nurseries producing certified trees, measures against root pathogens such as Phytophthora, "
        "and day-to-day administration by a research institute.",
    ),
    (
        "rFo041",
        "en",
        "c_texas",
        "Virus-free citrus budwood from a foundation programme",
        "Budwood programme supplying nurseries with buds free of graft- and insect-transmitted diseases: over 100 "
        "varieties and more than 250,000 buds supplied a year, with sources of the main commercial varieties.",
    ),
    (
        "rFo042",
        "en",
        "c_citrustreesonline",
        "Certified virus-free citrus trees with numbered labels",
        "Nursery selling citrus trees budded only with certified virus-free budwood onto sour orange rootstock; every "
        "certified tree carries a label and number. Budwood is grown on about 4 acres and sold at 10 cents a bud.",
    ),
    (
        "rFo043",
        "en",
        "c_tamuk",
        "Foundation collection cleaned by shoot-tip grafting and thermotherapy",
        "Citrus centre maintaining a foundation collection of varieties freed of known graft- and insect-transmitted "
        "pathogens by shoot-tip grafting and thermotherapy, used to produce increase trees from which budwood is cut "
        "for nurseries.",
    ),
    (
        "rFo044",
        "en",
        "c_florida_bbr",
        "Budwood registration services: pathogen testing and source-tree records",
        "Registration bureau services for citrus nurseries: pathogen testing and shoot-tip grafting clean-up, "
        "foundation and source trees, budwood availability, and annual reports of nursery propagations by variety and "
        "rootstock.",
    ),
    (
        "rFo045",
        "en",
        "c_citrusrdf",
        "Budwood programme database for foundation and increase trees",
        "Database system holding every budwood order and sale, every foundation and increase tree, test results and "
        "chemical applications, with unlimited reporting for compliance; the programme also renews insect screen, "
        "poly roofs and shade cloth on its screenhouses.",
    ),
    (
        "rFo046",
        "en",
        "c_safj",
        "HLB Safe System for nursery citrus tree production",
        "Nursery production system against Asian citrus greening (spread by the Asian citrus psyllid): closed, "
        "insect-proof production of citrus trees following strict best-practice control measures.",
    ),
    (
        "rFo047",
        "en",
        "c_su_taiwan",
        "Production system for virus-free citrus saplings (Taiwan model)",
        "Package from Taiwan's citrus rehabilitation: shoot-tip grafting to recover pathogen-free plants, indexing, "
        "screenhouse foundation and mother stock, and distribution of virus-free saplings against greening, tristeza, "
        "tatter leaf and exocortis.",
    ),
    (
        "rFo048",
        "en",
        "c_crec",
        "Grove HLB management programme",
        "Advisory for bearing citrus groves: manage as if greening is present, scout four times a year, remove "
        "symptomatic "
        "trees instead of pruning, suppress the psyllid and buy trees only from certified nurseries.",
    ),
    (
        "rFo049",
        "vi",
        "c_phugiao",
        "Lấy mẫu lá và phân tích vi khuẩn Liberibacter gây vàng lá gân xanh",
        "Trung tâm dịch vụ nông nghiệp phối hợp lấy mẫu lá bưởi, cam có triệu chứng nghi vàng lá greening và gửi phân "
        "tích tại trường đại học; khuyến cáo nhận biết bệnh, lưu ý mầm bệnh trong mắt ghép, cành chiết có thể biểu hiện "
        "8-15 tháng sau khi trồng.",
    ),
    (
        "rFo050",
        "vi",
        "c_pcr_osman",
        "Xét nghiệm qPCR đa mồi phát hiện vi khuẩn gây vàng lá gân xanh",
        "Phòng thí nghiệm nhận xét nghiệm mẫu lá cây có múi bằng qPCR đa mồi phát hiện đồng thời ba loài Candidatus "
        "Liberibacter (asiaticus, africanus, americanus), quy trình cập nhật theo hướng dẫn MIQE.",
    ),
    (
        "rFo051",
        "en",
        "c_pcr_osman",
        "Multiplex qPCR testing for three Liberibacter species",
        "Diagnostic lab offering an updated, validated multiplex real-time qPCR assay that detects Ca. Liberibacter "
        "asiaticus, africanus and americanus in one reaction, designed to MIQE guidelines.",
    ),
]

OFFERS += [
    (
        "rFo052",
        "en",
        "c_lamp_kit",
        "Colorimetric rapid kit for HLB detection",
        "Simple, sensitive and fast diagnostic kit with a colour read-out for the putative causal agent of "
        "huanglongbing, meant for screening many plants without a full real-time PCR laboratory.",
    ),
    (
        "rFo053",
        "en",
        "c_pcr_cdfa",
        "HLB diagnostic sampling advisory",
        "Advice on how to sample trees for huanglongbing testing: symptoms alone are unreliable and bacterial titre can "
        "be too low to detect, so collect symptomatic foliage and cut veins and petioles for the molecular assay.",
    ),
    (
        "rFo054",
        "en",
        "c_ndp",
        "Training on the national diagnostic protocol for Candidatus Liberibacter asiaticus",
        "Course based on an endorsed national diagnostic protocol for the HLB agent: sample handling, symptom "
        "recognition, molecular identification and reporting, reviewed every five years.",
    ),
    (
        "rFo055",
        "en",
        "c_zenodo",
        "Validation of real-time PCR and LAMP methods for HLB",
        "Inter-laboratory comparison of multiple real-time PCR and real-time LAMP detection methods for the Liberibacter "
        "species causing huanglongbing, to choose and validate a test for a diagnostic lab.",
    ),
    (
        "rFo056",
        "en",
        "c_seqco",
        "Root sampling for earlier detection of the HLB bacterium",
        "Research service showing that root samples give earlier and better detection of Ca. Liberibacter asiaticus "
        "than leaves, for use in surveys where symptoms are slow to develop.",
    ),
    (
        "rFo057",
        "vi",
        "c_n2agro_hlb",
        "Tư vấn phòng trừ bệnh vàng lá gân xanh trên vườn cam kinh doanh",
        "Kỹ sư tư vấn cho vườn cam đang cho trái: nhận biết lá vàng gân xanh, quả méo; cắt nguồn bệnh, khử trùng kéo "
        "cắt tỉa, tránh trồng quá dày để rễ không lây nhau, quản lý rầy chổng cánh.",
    ),
    (
        "rFo058",
        "vi",
        "c_nguyenlieu_vlgx",
        "Giải pháp phòng trị vàng lá gân xanh cho cam, quýt, bưởi",
        "Cung cấp sản phẩm và hướng dẫn phòng trị bệnh vàng lá gân xanh trên vườn cây đang kinh doanh: triệu chứng trên "
        "lá, quả, rễ; bệnh phát mạnh ở 28-30 độ C; biện pháp xử lý kịp thời để giữ năng suất.",
    ),
    (
        "rFo059",
        "vi",
        "c_caobang",
        "Quy trình chống tái nhiễm bệnh greening cho vườn trồng mới",
        "Chuyển giao kết quả nghiên cứu của Viện Bảo vệ thực vật: trồng mới bằng cây giống sạch bệnh kết hợp biện pháp "
        "chống tái nhiễm greening (quản lý rầy, cách ly nguồn bệnh) cho cam, quýt.",
    ),
    (
        "rFo060",
        "vi",
        "c_vighep_vn",
        "Chuyển giao kỹ thuật vi ghép đỉnh sinh trưởng làm sạch virus",
        "Nhóm nghiên cứu chuyển giao kỹ thuật vi ghép: tách đỉnh sinh trưởng 0,2-0,5 mm (chưa nối với mạch dẫn nên "
        "thường không nhiễm virus) ghép lên gốc ghép in vitro, tạo cây mẹ sạch bệnh cho cây ăn quả thân gỗ.",
    ),
    (
        "rFo061",
        "en",
        "c_stg_fruitmentor",
        "Shoot-tip grafting clean-up of a new citrus variety",
        "Service modelled on the California clonal protection programme: cuttings are washed, bleach-sterilised and "
        "forced in test tubes, the tiny shoot tip is grafted under a microscope onto a seedling, and the variety is "
        "certified healthy before release.",
    ),
    (
        "rFo062",
        "en",
        "c_stg_cyprus",
        "Micrografting and indexing of elite citrus clones",
        "Programme that frees valuable citrus clones of viruses and viroids by in vitro micrografting onto Carrizo, "
        "citrumelo or Troyer seedlings, with mother trees tested by biological indexing, ELISA for tristeza and RT-PCR "
        "for viroids, and re-testing 6-9 months after micrografting.",
    ),
    (
        "rFo063",
        "en",
        "c_stg_nappo",
        "Shoot-tip micrografting treatment protocol (training)",
        "Training on the regional treatment protocol for shoot-tip micrografting of citrus against graft-transmissible "
        "viruses, viroids and spiroplasmas: day-by-day schedule from rootstock medium to checking the micrografts, used "
        "with thermotherapy inside a certification programme.",
    ),
    (
        "rFo064",
        "en",
        "c_stg_amelica",
        "In vitro micrografting for mass propagation of orange and lime",
        "Research collaboration on micrografting Valencia orange and Tahiti lime onto Cleopatra mandarin in vitro; "
        "success so far 28% and 14%, enough for disease-free recovery but needing work (sucrose, auxin) before mass "
        "propagation.",
    ),
    (
        "rFo065",
        "en",
        "c_stg_kinnow",
        "Micrografting protocol for virus-free mandarin plants",
        "Protocol to recover virus-free mandarin by micrografting shoot apices onto rough lemon: larger apices (0.7 mm) "
        "raised take from 30.55% to 51.88%, but only 0.2 mm apices gave plants negative by both ELISA and RT-PCR.",
    ),
    (
        "rFo066",
        "en",
        "c_lee_virus",
        "Advisory on citrus virus control: quarantine, clean stock and certification",
        "Expert advice on controlling graft-transmissible citrus diseases (tristeza, psorosis, viroids, HLB and others) "
        "through quarantine programmes, clean stock programmes and certification programmes.",
    ),
    (
        "rFo067",
        "en",
        "c_exocortis",
        "Viroid indexing and exocortis-free budlines",
        "Indexing of citrus mother trees for exocortis and other viroids, which many cultivars carry without symptoms "
        "and which spread on tools, and supply of viroid-free nucellar or shoot-tip grafted budlines.",
    ),
    (
        "rFo068",
        "en",
        "c_screen_edis",
        "Screen testing for Asian citrus psyllid exclusion",
        "Lab that measures screen openings and fibre against the size of the psyllid (about 639 by 602 micrometres on "
        "average) to select screens for whole enclosures or individual tree covers.",
    ),
    (
        "rFo069",
        "en",
        "c_screen_jee",
        "Anti-psyllid screen specification (40 mesh)",
        "Specification service for screenhouses: rectangular openings must keep the short side at or below about 384 "
        "micrometres (40 mesh) to stop psyllids; the long side can be up to about 833 micrometres, wider screens need "
        "testing.",
    ),
]

OFFERS += [
    (
        "rFo070",
        "vi",
        "c_screen_jee",
        "Tư vấn lưới chắn côn trùng 40 mesh cho nhà lưới ươm cây có múi",
        "Tư vấn chọn lưới cho nhà lưới: cạnh ngắn của ô lưới không quá khoảng 384 micromet (40 mesh) mới ngăn được rầy "
        "chổng cánh; cạnh dài có thể tới khoảng 833 micromet, lưới thưa hơn phải thử trước khi dùng.",
    ),
    (
        "rFo071",
        "en",
        "c_screen_griffin",
        "Supply of psyllid-exclusion screens for enclosures",
        "Distributor of screens for citrus enclosures, including products that kept psyllids from food and water in lab "
        "tests and 40-mesh screen that worked best in the field; screens also exclude sharpshooters, stink bugs and "
        "weevils.",
    ),
    (
        "rFo072",
        "en",
        "c_ipc",
        "Individual protective covers for young citrus trees",
        "Fine mesh bags placed over individual young trees in the grove during vegetative growth to keep psyllids off, "
        "reducing insecticide use.",
    ),
    (
        "rFo073",
        "en",
        "c_cups_horttech",
        "Citrus under protective screen for in-ground grapefruit orchards",
        "Screen-house orchards for fruit production: trees grown inside large screen houses developed more canopy and "
        "water-use efficiency than open-air trees while being protected from HLB.",
    ),
    (
        "rFo074",
        "vi",
        "d_raychongcanh",
        "Biện pháp phòng trừ rầy chổng cánh trên cây có múi",
        "Hướng dẫn nhận biết rầy chổng cánh (chích hút làm chồi khô, rụng lá, truyền vi khuẩn gây vàng lá greening) và "
        "phòng trị: loại bỏ nguồn bệnh, phun thuốc đúng lúc cây ra đọt non.",
    ),
    (
        "rFo075",
        "vi",
        "d_ghe_loet",
        "Phòng trị bệnh ghẻ loét cây có múi và cây con vườn ươm",
        "Giới thiệu bệnh ghẻ loét do vi khuẩn Xanthomonas trên cây có múi (ở vườn ươm bệnh nặng làm chết cây con, quả "
        "mất giá trị xuất khẩu) và thuốc đặc trị, cách phòng lây lan.",
    ),
    (
        "rFo076",
        "vi",
        "t_chuoingu",
        "Quy trình vi nhân giống chuối in vitro",
        "Học viện Nông nghiệp chuyển giao quy trình: nhân chồi trên môi trường MS bổ sung 3 mg/l BA (hệ số nhân 3,03 "
        "lần), "
        "ra rễ trên 1/2 MS bổ sung 0,1 mg/l NAA, cây con trồng trên giá thể cát sống 100% sau 28 ngày, tưới nano bạc 4 "
        "ppm.",
    ),
    (
        "rFo077",
        "vi",
        "t_chuoingu_thesis",
        "Nâng hệ số nhân chồi chuối in vitro",
        "Kết quả nghiên cứu hoàn thiện quy trình nhân nhanh in vitro chuối ngự Đại Hoàng: tăng hệ số nhân chồi, "
        "sẵn sàng hợp tác tối ưu môi trường cho giống chuối địa phương.",
    ),
    (
        "rFo078",
        "vi",
        "t_laba",
        "Nhân nhanh chuối bằng nuôi cấy mô và chăm sóc cây con ngoài vườn ươm",
        "Nhóm giảng viên Khoa Nông nghiệp, Trường ĐH An Giang nhận chuyển giao kỹ thuật nhân nhanh giống chuối bằng nuôi "
        "cấy mô và chăm sóc cây con ngoài vườn ươm: cây sạch bệnh, đồng đều, ra buồng và thu hoạch đồng loạt.",
    ),
    (
        "rFo079",
        "vi",
        "t_namdong",
        "Nhân giống chuối già lùn bằng cấy mô",
        "Trạm khuyến nông chia sẻ mô hình nhân giống chuối già lùn bằng nuôi cấy mô, khắc phục thoái hóa giống, nâng "
        "năng suất trên cùng diện tích; nhận cung ứng cây giống cho hộ dân.",
    ),
    (
        "rFo080",
        "vi",
        "t_camautech",
        "Cung cấp cây chuối cấy mô sạch bệnh",
        "Doanh nghiệp cung cấp cây chuối nuôi cấy mô: sạch bệnh, sinh trưởng khỏe, chịu úng chịu hạn khá, thu hoạch "
        "khoảng "
        "1 năm sau trồng, buồng chín đồng đều, phù hợp vùng thâm canh.",
    ),
    (
        "rFo081",
        "en",
        "t_camautech",
        "Supply of disease-free tissue-culture banana plantlets",
        "Company selling tissue-culture banana plants that are disease-free, vigorous and uniform: harvest about one year "
        "after planting, even bunch ripening, suited to intensive growing areas.",
    ),
    (
        "rFo082",
        "en",
        "t_prakasha",
        "Banana micropropagation protocol from sterilisation to primary hardening",
        "Protocol tested on Grand Naine, Yelakki and Kamalapur Red: detergent, fungicide and antibiotic steps for clean "
        "cultures (up to 85-88%), multiplication ratios of 1.9-2.7, in vitro rooting and primary hardening.",
    ),
    (
        "rFo083",
        "en",
        "t_agbadje",
        "Troubleshooting browning and contamination in banana micropropagation",
        "Consultancy drawing on a review of in vitro banana and plantain production: explant type and size, BAP versus "
        "thidiazuron for shoot proliferation, and control measures against lethal tissue browning and microbial "
        "contamination.",
    ),
    (
        "rFo084",
        "en",
        "t_g9",
        "Optimised micropropagation of banana G9 with acclimatisation",
        "Shoot-tip culture protocol on modified MS medium with measured growth regulators for initiation, multiplication "
        "and rooting of G9 and Malbhog bananas, followed by acclimatisation and hardening in a soil potting mix.",
    ),
    (
        "rFo085",
        "en",
        "t_wingreen",
        "Micropropagation lab services: meristem, callus and suspension culture",
        "Contract laboratory taking a crop through stages 0-4: mother plant selection, culture initiation, shoot "
        "multiplication, rooting and hardening in the greenhouse; meristem culture for disease-free plants.",
    ),
]

OFFERS += [
    (
        "rFo086",
        "vi",
        "t_duasap_khcn",
        "Cây giống dừa sáp cấy phôi",
        "Trung tâm Sinh học ứng dụng, Trường ĐH Trà Vinh cung ứng cây dừa sáp cấy phôi: quy trình đã đăng ký sở hữu trí "
        "tuệ, 100 phôi cho 63 cây, tỷ lệ trái sáp trên quày từ 85% trở lên (cây trồng từ trái thường chỉ tối đa 25%); "
        "khoảng 5.000 cây mỗi năm.",
    ),
    (
        "rFo087",
        "en",
        "t_duasap_khcn",
        "Embryo-cultured makapuno (dua sap) seedlings from Tra Vinh University",
        "Applied biology centre selling embryo-cultured makapuno coconut seedlings: patented protocol with 63 plants per "
        "100 embryos and 85% or more makapuno nuts per bunch, versus at most 25% from normal nuts; about 5,000 seedlings "
        "released a year.",
    ),
    (
        "rFo088",
        "vi",
        "t_duasap_cantho",
        "Chuyển giao quy trình cấy phôi dừa sáp",
        "Khoa Nông nghiệp - Thủy sản chuyển giao quy trình lấy phôi (mộng) từ trái dừa sáp nuôi trong môi trường dinh "
        "dưỡng thành cây giống, sau 7 năm nghiên cứu; cây cho 70-90% trái có sáp so với khoảng 20% ngoài tự nhiên.",
    ),
    (
        "rFo089",
        "vi",
        "t_duasap_nhandan",
        "Cây dừa sáp cấy mô",
        "Nhà trường thử nghiệm và giới thiệu cây dừa sáp nhân bằng cấy mô: sau 3 năm trồng cây sinh trưởng tốt, thích "
        "nghi khí hậu thổ nhưỡng địa phương, cho trái sáp cơm dày.",
    ),
    (
        "rFo090",
        "vi",
        "t_duasap_danviet",
        "Cơ sở ươm và cung ứng cây dừa sáp cấy phôi",
        "Hộ sản xuất ở xã Song Lộc (Cầu Kè cũ) khởi nghiệp từ năm 2010 với dừa sáp cấy phôi, nay cung ứng cây giống "
        "dừa sáp đặc ruột cho nông dân trong và ngoài tỉnh.",
    ),
    (
        "rFo091",
        "vi",
        "t_duasap_truyenhinh",
        "Mô hình hợp tác xã trồng dừa sáp cấy phôi",
        "Hợp tác xã ở Hòa Tân, Cầu Kè chia sẻ mô hình trồng dừa sáp từ cây cấy phôi với tỷ lệ trái sáp đạt tới 95%, liên "
        "kết tiêu thụ trái tươi.",
    ),
    (
        "rFo092",
        "vi",
        "t_duasap_luanan",
        "Nghiên cứu cải thiện nhân giống dừa sáp từ phôi",
        "Kết quả luận án tiến sĩ: cải thiện kỹ thuật nhân giống dừa sáp từ phôi và biện pháp nâng cao tỷ lệ sáp; sẵn "
        "sàng tư vấn cho đơn vị muốn ứng dụng.",
    ),
    (
        "rFo093",
        "en",
        "t_makapuno_thai",
        "Makapuno embryo rescue on Y3 medium",
        "Lab service rescuing makapuno embryos that cannot germinate in the nut: remove endosperm plug through the soft "
        "eye, surface-sterilise, excise the embryo and culture it on Y3 medium until shoot and roots form. Note: plants "
        "are not clones, each embryo is a new genotype.",
    ),
    (
        "rFo094",
        "en",
        "t_makapuno_scribd",
        "Embryo-cultured makapuno (ECM) technology",
        "Technology licence for embryo-cultured makapuno, developed at the University of the Philippines Los Banos from "
        "the 1960s work of Dr Emerita de Guzman; ordinary palms give only 10-15% makapuno nuts.",
    ),
    (
        "rFo095",
        "en",
        "t_makapuno_china",
        "Advisory on in vitro coconut seedling acclimatisation and germplasm",
        "Consultancy on the main bottlenecks of elite coconut propagation: embryo culture, acclimatisation of in vitro "
        "seedlings, limited germplasm, technical skills and regulation.",
    ),
    (
        "rFo096",
        "en",
        "t_acclim_legit",
        "Hardening SOP for tissue-culture plantlets",
        "Standard procedure for hardening: rinse agar off roots, pot in sterile peat or cocopeat, keep 90-95% humidity, "
        "25-28 C and diffused light of 1,000-2,000 lux for the first days, feed 25% strength nutrients in week one, "
        "then lower humidity over 2-4 weeks.",
    ),
    (
        "rFo097",
        "en",
        "t_acclim_creepy",
        "Acclimatisation course and mist-chamber set-up",
        "Course on moving plantlets from vessel to soil: humidity domes or mist chambers at about 90% RH, gradual "
        "reduction of humidity and increase of light over 7-14 days, sterile peat-coir-vermiculite substrate, then "
        "transfer to the greenhouse.",
    ),
    (
        "rFo098",
        "en",
        "t_acclim_conner",
        "Guidelines for re-establishing plantlets from tissue culture",
        "Advisory based on a review of transplanting tissue-cultured plants: control of water loss, the switch to "
        "photoautotrophy, stage III preconditioning, propagule size, substrate, humidity, temperature and disease "
        "prevention.",
    ),
    (
        "rFo099",
        "vi",
        "t_camchuong_led",
        "Hệ thống đèn LED cho phòng nuôi cấy mô",
        "Tư vấn lắp đèn LED cho phòng nuôi cấy: bước sóng xác định, sinh nhiệt thấp, tiết kiệm điện; thử nghiệm trên "
        "cây cấy mô cho thấy chọn đèn và bình nuôi cấy phù hợp giúp cây sinh trưởng tốt.",
    ),
]

OFFERS += [
    (
        "rFo100",
        "en",
        "r_mahmoud",
        "Salt-tolerant citrus rootstock selections (HS1, HS17, HC15)",
        "University breeding programme releasing putatively salt-tolerant rootstocks HS1, HS17 and HC15, tested as "
        "four-month-old seedlings irrigated with 0-100 mM NaCl against Cleopatra mandarin, Volkamer lemon and Carrizo.",
    ),
    (
        "rFo101",
        "en",
        "r_tahiti13",
        "Salt-tolerance evaluation of 13 rootstocks for acid lime",
        "Research group offering data and seed sources from trials of 'Tahiti' acid lime grafted on 13 rootstocks under "
        "saline irrigation, with indicators to choose rootstocks for salty water.",
    ),
    (
        "rFo102",
        "en",
        "r_singh",
        "Salinity screening of citrus rootstocks in vivo and in vitro",
        "Screening service using Na+, Cl- and the Na:K ratio as markers and callus browning in vitro; tolerant "
        "rootstocks include Cleopatra mandarin, Rangpur lime, Citrus macrophylla, Sunki and Shekwasha, while rough "
        "lemon and trifoliate orange are sensitive.",
    ),
    (
        "rFo103",
        "vi",
        "r_singh",
        "Chuyển giao gốc ghép cây có múi chịu mặn",
        "Tư vấn chọn và sàng lọc gốc ghép chịu mặn cho cây có múi: quýt Cleopatra, chanh Rangpur, Citrus macrophylla "
        "chịu mặn tốt; chanh sần và cam ba lá mẫn cảm; đánh giá bằng hàm lượng Na, Cl và tỷ lệ Na/K.",
    ),
    (
        "rFo104",
        "en",
        "r_tetraploid",
        "Tetraploid citrus rootstocks for saline conditions",
        "Tetraploid forms of Poncirus trifoliata, Carrizo citrange and Cleopatra mandarin that accumulated less chloride "
        "in leaves and tolerated salt stress better than their diploid parents.",
    ),
    (
        "rFo105",
        "en",
        "r_pakistan",
        "Seedling salinity trial of six citrus rootstocks",
        "Results and seed of a trial of six rootstocks at 0-210 mM NaCl: Yuma citrange and bitter sweet orange performed "
        "best, Yuma citrange accumulated least chloride.",
    ),
    (
        "rFo106",
        "en",
        "r_levy",
        "Managing irrigation water salinity in citrus orchards",
        "Advisory on irrigation water quality for bearing citrus: leaching, leaf and juice analysis, rootstock and scion "
        "effects, and interactions of salinity with Phytophthora and nematodes.",
    ),
    (
        "rFo107",
        "vi",
        "r_vnexpress",
        "Ghép cải tạo cam trên gốc bưởi già",
        "Nhà vườn có kinh nghiệm ghép cam Canh lên gốc bưởi già nhận ghép cải tạo vườn bưởi cũ thay vì phá bỏ; mô hình "
        "làm từ tháng 10/2023 đã thành công ngay lần đầu, cây cho quả dày.",
    ),
    (
        "rFo108",
        "vi",
        "s_xodua",
        "Giá thể xơ dừa đã xử lý cho bầu ươm",
        "Cơ sở sản xuất giá thể từ sợi và mụn xơ dừa đã ngâm xử lý: giữ ẩm tốt mà vẫn thoát nước, thoáng khí, pH khoảng "
        "5,5-6,8, thay thế than bùn; đóng bao theo yêu cầu.",
    ),
    (
        "rFo109",
        "vi",
        "s_mundua_bentre",
        "Tư vấn đầu tư chế biến mụn xơ dừa",
        "Nhóm kinh tế nông nghiệp phân tích hiệu quả các phương thức sử dụng sản phẩm từ mụn xơ dừa ở Bến Tre để tư vấn "
        "lựa chọn đầu tư chế biến.",
    ),
    (
        "rFo110",
        "en",
        "s_bio_citrus",
        "Bark-based container mix for citrus",
        "Custom blend for container citrus built on aged pine or fir bark fines for drainage and aeration, avoiding "
        "peat-heavy mixes that compact; target pH 5.8-6.5 to keep iron, zinc and manganese available.",
    ),
    (
        "rFo111",
        "en",
        "s_growscripts",
        "5-1-1 container substrate with dolomitic lime",
        "Pre-mixed 5-1-1 substrate for container citrus: 5 parts pine or fir bark fines, 1 part coarse perlite, 1 part "
        "potting soil, with 1 tablespoon of dolomitic lime per gallon to buffer bark acidity; target pH 6.0-7.0.",
    ),
    (
        "rFo112",
        "en",
        "s_ora",
        "Lightweight citrus potting mix",
        "Light, fast-draining potting mix for citrus with perlite, vermiculite and compost or bark fines, holding enough "
        "moisture, pH about 6.0-7.0.",
    ),
    (
        "rFo113",
        "en",
        "s_mortons",
        "Nursery mix for container trees and shrubs",
        "Bulk nursery mix for potting nursery stock, shrubs and trees: drains well, holds moisture and gives the weight "
        "needed to keep larger trees upright.",
    ),
    (
        "rFo114",
        "en",
        "s_airpot_ufl",
        "Air root-pruning containers against circling roots",
        "Extension advice and sourcing of plastic, metal or fabric containers with side holes: air dries the outer root "
        "ball so roots stop there instead of circling.",
    ),
    (
        "rFo115",
        "en",
        "s_airpot_connon",
        "Air-prune pots for container tree production",
        "Grower using air-prune pots: cut-outs on the sides stop roots at the wall, so they branch into dense fibrous "
        "roots instead of spiralling; better uptake and establishment after planting.",
    ),
    (
        "rFo116",
        "vi",
        "s_airpot_connon",
        "Chậu ươm cắt rễ bằng không khí chống xoắn rễ",
        "Cung cấp chậu ươm có khe hở quanh thành: rễ chạm không khí thì ngừng dài ra và đâm nhiều rễ tơ, không xoắn "
        "quanh chậu; cây trồng ra đất bén rễ nhanh.",
    ),
    (
        "rFo117",
        "en",
        "s_knecht",
        "Air-pruning nursery pots for trees",
        "Nursery producing trees in moulded air-pruning pots with dozens of openings; over 2,000 potted trees grown this "
        "way with balanced fibrous roots and no root-bound stock.",
    ),
    (
        "rFo118",
        "en",
        "s_rootprune_ufl",
        "Root pruning in container and field nurseries",
        "Extension guidance on root pruning of nursery trees, in containers as well as in the field, to keep a "
        "good-quality root system.",
    ),
]

OFFERS += [
    (
        "rFo119",
        "vi",
        "s_maytaobau",
        "Máy tạo bầu ươm cây không cần túi",
        "Viện Phát triển công nghệ Cơ điện (Học viện Nông nghiệp Việt Nam) chuyển giao máy tạo bầu ươm nén chặt giá thể, "
        "không cần túi, khay: tiết kiệm chi phí túi và nhân công gỡ vỏ, cây ít sốc khi ra ruộng.",
    ),
    (
        "rFo120",
        "vi",
        "s_maytaobau2",
        "Máy tạo bầu đất dùng túi, khoảng 2.000 bầu/giờ",
        "Hệ thống máy nghiền, trộn nguyên liệu và máy tạo bầu dùng túi: dán đáy, đục lỗ, cắt túi, định lượng và nạp "
        "giá thể, cắm hom; 500 chu kỳ/phút, năng suất lý thuyết khoảng 2.000 bầu/giờ, chạy điện.",
    ),
    (
        "rFo121",
        "vi",
        "s_thuydien",
        "Dây chuyền sản xuất cây giống trong khay",
        "Giới thiệu dây chuyền kiểu Thụy Điển: nạp hỗn hợp ruột bầu vào khay, trục lăn nén tạo hốc, gieo hạt bằng sàng, "
        "phủ cát; năng suất khoảng 2 triệu cây/công nhân/năm, cao gấp 7-10 lần cách làm thủ công.",
    ),
    (
        "rFo122",
        "vi",
        "s_tricho_nnshop",
        "Chế phẩm Trichoderma phối trộn giá thể ươm",
        "Cung cấp nấm đối kháng Trichoderma (T. harzianum, T. viride) để trộn giá thể, ủ phân: ức chế nấm gây thối rễ, "
        "chết yểu, phát triển tốt ở 25-30 độ C, pH 5,5-7,5.",
    ),
    (
        "rFo123",
        "vi",
        "s_tricho_trunggiang",
        "Sản xuất chế phẩm nấm đối kháng Trichoderma",
        "Doanh nghiệp sản xuất chế phẩm Trichoderma ký sinh, cạnh tranh với Rhizoctonia, Fusarium, Phytophthora, "
        "Sclerotium; dùng phòng xì mủ sầu riêng, thối rễ, lở cổ rễ; chủng tốt tồn tại trên rễ tới 18 tháng.",
    ),
    (
        "rFo124",
        "en",
        "s_tricho_trunggiang",
        "Trichoderma biofungicide for nursery media",
        "Manufacturer of Trichoderma biocontrol products that attack and outcompete Rhizoctonia, Fusarium, Phytophthora "
        "and Sclerotium; recommended against durian Phytophthora and root rots; good strains stay active on roots up to "
        "18 months.",
    ),
    (
        "rFo125",
        "vi",
        "s_tricho_sfarm",
        "Trichoderma tưới gốc cho vườn cây",
        "Sản phẩm Trichoderma kết hợp humic để tưới gốc vườn cây kinh doanh: bảo vệ bộ rễ, cải tạo đất; sống tới 18 tháng "
        "ở pH 5-7, 25-30 độ C.",
    ),
    (
        "rFo126",
        "vi",
        "s_tricho_ecomco",
        "Hướng dẫn dùng Trichoderma ủ phân và xử lý đất",
        "Chuyên gia hướng dẫn cách dùng Trichoderma đúng: ủ phân chuồng, trộn đất, liều lượng; giải thích vì sao 90% thất "
        "bại là do dùng sai cách.",
    ),
    (
        "rFo127",
        "en",
        "m_amsretail",
        "Barcode and QR nursery management system",
        "System linking durable plant tags, handheld scanners, inventory software and point of sale; QR codes hold more "
        "data and survive outdoors better than 1D barcodes; phased roll-out with audit, labelling and training.",
    ),
    (
        "rFo128",
        "en",
        "m_starbiz",
        "Nursery inventory and compliance traceability",
        "Inventory management that keeps a digital trail for each plant: origin, phytosanitary certificates, pesticide "
        "and treatment records and labelling, so the nursery can prove compliance and recall stock.",
    ),
    (
        "rFo129",
        "en",
        "m_plantx",
        "Nursery label and tracking-number printing software",
        "Software that prints material, catalogue and retail labels and tracking labels with a unique number for each "
        "plant supply, plus location labels scanned to record stock movements.",
    ),
    (
        "rFo130",
        "vi",
        "m_plantx",
        "Phần mềm quản lý vườn ươm: mã số lô, in nhãn và vị trí",
        "Phần mềm in nhãn cho vườn ươm: mỗi lô cây có mã theo dõi riêng in thành mã vạch, nhãn vị trí dán tại luống để "
        "quét khi di chuyển, nhãn bán lẻ theo khách hàng.",
    ),
    (
        "rFo131",
        "vi",
        "m_sggp",
        "Tư vấn bình tuyển cây đầu dòng cây ăn quả",
        "Nhóm chuyên gia từng phối hợp với hội đồng bình tuyển và Trường ĐH Cần Thơ xét cây đầu dòng sầu riêng, chôm "
        "chôm, "
        "bưởi da xanh cho 13 cơ sở ở Chợ Lách; tiêu chí tuổi cây, năng suất ổn định, chất lượng trái, ít sâu bệnh.",
    ),
    (
        "rFo132",
        "en",
        "m_sggp",
        "Mother-tree selection and certification support for fruit nurseries",
        "Experts who assessed mother trees of durian, rambutan and green-skin pomelo for 13 nurseries in Cho Lach, a "
        "district of about 6,000 nursery households producing 17-18 million seedlings a year; criteria cover age, stable "
        "yield, fruit quality and pest load.",
    ),
    (
        "rFo133",
        "vi",
        "m_qr_gpsco",
        "Giải pháp tem QR truy xuất nguồn gốc",
        "Công ty cung cấp tem QR độc nhất cho từng sản phẩm hoặc đơn vị hàng, liên kết tới trang thông tin nhà sản xuất, "
        "quy trình, nguồn gốc nguyên liệu; quét bằng điện thoại.",
    ),
    (
        "rFo134",
        "vi",
        "m_qr_vnanet",
        "Kết nối nền tảng truy xuất nguồn gốc quốc gia",
        "Hỗ trợ doanh nghiệp tham gia hệ thống truy xuất nguồn gốc theo Đề án 100 của Chính phủ, Cổng truy xuất quốc gia "
        "và các nền tảng như verigoods.vn, NDATrace.",
    ),
    (
        "rFo135",
        "vi",
        "m_qr_hethong",
        "Tư vấn xây dựng mã truy vết sản phẩm",
        "Tư vấn pháp lý và kỹ thuật về mã truy vết: dãy số hoặc chữ số định danh sản phẩm ở từng công đoạn sản xuất, "
        "kinh doanh trong quá trình truy xuất nguồn gốc.",
    ),
    (
        "rFo136",
        "vi",
        "m_vuonuom123",
        "Thiết kế, quy hoạch vườn ươm cây ăn quả",
        "Tư vấn lập vườn ươm: chọn nơi khí hậu phù hợp, tránh sương muối; đất bằng, dốc dưới 5 độ, tiêu nước tốt; nguồn "
        "nước tưới quanh năm; gần đường giao thông; phân khu vườn ươm cố định, tạm thời và các khu nhân giống.",
    ),
]

# Distractors: neighbouring fields that share words with the needs.
OFFERS += [
    (
        "rFo137",
        "en",
        "d_veg_ncsu",
        "Splice grafting of tomato and eggplant seedlings",
        "Fact sheet and training on vegetable grafting: preparing scion and rootstock seedlings, healing chambers, and "
        "splice grafting, which reaches about 95% success and suits large numbers of plants.",
    ),
    (
        "rFo138",
        "en",
        "d_veg_fiji",
        "Grafting tomatoes onto eggplant rootstock for the wet season",
        "Programme promoting tomato grafted on eggplant rootstock so tomatoes keep producing in hot, wet, waterlogged "
        "off-season months.",
    ),
    (
        "rFo139",
        "en",
        "d_veg_ucdavis",
        "Vegetable grafting nursery enterprise training",
        "Training for nursery farmers who want to sell grafted vegetable transplants resistant to soilborne diseases.",
    ),
    (
        "rFo140",
        "vi",
        "d_rice_machine",
        "Máy gieo và máy cấy lúa",
        "Viện Cơ điện nông nghiệp giới thiệu các mẫu máy gieo thẳng và máy cấy phù hợp kỹ thuật canh tác lúa ở Việt Nam.",
    ),
    (
        "rFo141",
        "vi",
        "d_thapxanh",
        "Máy gieo hạt cầm tay nhấn thả kèm bón phân",
        "Máy gieo hạt rau màu cầm tay cơ chế nhấn thả, loại một đầu hoặc hai đầu (hạt và phân cách nhau 5 cm), gieo đều "
        "khoảng cách và độ sâu.",
    ),
    (
        "rFo142",
        "vi",
        "d_mango_canhtac",
        "Kỹ thuật canh tác xoài kinh doanh",
        "Tài liệu và tập huấn canh tác xoài cho vườn đang cho trái ở ĐBSCL (Cát Chu, Cát Hòa Lộc): bón phân, xử lý ra "
        "hoa, "
        "quản lý sâu bệnh, thu hoạch.",
    ),
    (
        "rFo143",
        "vi",
        "d_khoanhvo",
        "Kỹ thuật khoanh vỏ cho bưởi sai quả",
        "Hướng dẫn khoanh vỏ, chặt rễ, cắt tỉa để kích thích cây bưởi kinh doanh ra hoa, đậu quả.",
    ),
    (
        "rFo144",
        "vi",
        "d_tiacanh",
        "Tỉa cành tạo tán cho vườn bưởi da xanh",
        "Dịch vụ tỉa cành tạo tán vườn bưởi kinh doanh để cây thông thoáng, ít sâu bệnh, ra quả đều hằng năm.",
    ),
    (
        "rFo145",
        "vi",
        "d_cassava",
        "Hỗ trợ giống sắn sạch bệnh khảm lá",
        "Hỗ trợ nông dân mua hom giống sắn sạch bệnh khảm lá, liên kết với nhà máy; không dùng thân sắn đã nhiễm bệnh làm "
        "giống.",
    ),
    (
        "rFo146",
        "vi",
        "d_ocop",
        "Bưởi da xanh đạt chuẩn OCOP",
        "Hợp tác xã cung cấp trái bưởi da xanh đạt chứng nhận OCOP, vỏ xanh ruột hồng, giao sỉ và lẻ.",
    ),
    (
        "rFo147",
        "vi",
        "d_nguonviet",
        "Thu mua, phân phối trái bưởi da xanh",
        "Doanh nghiệp thu mua bưởi da xanh 1,2-2,5 kg/trái từ nhà vườn để phân phối siêu thị và xuất khẩu.",
    ),
    (
        "rFo148",
        "vi",
        "d_phanbonla",
        "Phân bón lá cho cây có múi thời kỳ kinh doanh",
        "Kết quả thử nghiệm một số loại phân bón lá lên sinh trưởng, phát triển cây có múi; cung cấp sản phẩm và quy "
        "trình phun.",
    ),
    (
        "rFo149",
        "vi",
        "t_duasap_truyenhinh",
        "Chế biến mứt, kẹo và mỹ phẩm từ dừa sáp",
        "Cơ sở chế biến cơm dừa sáp thành mứt, kẹo và nguyên liệu mỹ phẩm dưỡng da nhờ hợp chất galactomanan.",
    ),
    (
        "rFo150",
        "vi",
        "d_quatcanthang",
        "Quất ghép gốc cần thăng làm cây cảnh Tết",
        "Nhà vườn bán cây quất cảnh ghép trên gốc cần thăng dáng đẹp, bộ rễ to, cho thị trường Tết.",
    ),
    (
        "rFo151",
        "vi",
        "d_nguqua",
        "Cây cảnh ngũ quả ghép trên gốc bưởi",
        "Nhà vườn nhận đặt cây cảnh ghép 5-10 loại quả (bưởi, cam, quýt, phật thủ, chanh đào) trên một gốc bưởi Diễn, "
        "giá 1,5-10 triệu đồng/cây, chơi Tết.",
    ),
    (
        "rFo152",
        "vi",
        "d_camnang",
        "Hướng dẫn ghép cành cây cảnh",
        "Cẩm nang ghép cành cho người chơi cây cảnh, bonsai: lấy cành từ cây tốt nối lên gốc mọc dại hay gốc gieo hạt.",
    ),
    (
        "rFo153",
        "vi",
        "t_cuc",
        "Nuôi cấy in vitro hoa cúc",
        "Tài liệu thực hành nuôi cấy mô tế bào trên hoa cúc phục vụ sản xuất hoa thương phẩm.",
    ),
    (
        "rFo154",
        "vi",
        "t_lan",
        "Nhân chồi lan Cattleya bằng chất điều hòa sinh trưởng và chitosan",
        "Đề tài nghiên cứu ảnh hưởng của chất điều hòa sinh trưởng và chitosan lên tạo chồi lan Cattleya in vitro.",
    ),
    (
        "rFo155",
        "vi",
        "s_nguonsinhthai",
        "Giá thể vỏ dừa cắt cho lan và bonsai",
        "Vỏ dừa cắt đã xử lý tanin, trộn với than củi, trấu hun dùng trồng lan, bonsai, kiểng lá, sen đá.",
    ),
    (
        "rFo156",
        "vi",
        "s_raumam",
        "Giá thể xơ dừa trồng rau mầm",
        "Hướng dẫn và cung cấp giá thể xơ dừa đã xử lý để trồng rau mầm an toàn tại nhà.",
    ),
    (
        "rFo157",
        "en",
        "s_plugseeder",
        "Automatic plug-tray seeding machine for vegetables",
        "Seeder that fills plug trays with substrate, presses holes, sows one seed per cell with over 95% accuracy, "
        "covers and waters.",
    ),
    (
        "rFo158",
        "en",
        "m_sku",
        "SKU tracking for retail garden centres",
        "Point-of-sale SKU set-up for garden centres: one SKU per variety and container size, labels printed at "
        "receiving, weekly variety sales reports to cut shrink.",
    ),
    (
        "rFo159",
        "en",
        "d_completehome",
        "Fruit-salad tree: budding several citrus on one home tree",
        "Garden-centre workshop for home gardeners on budding oranges, mandarins, cumquats and lemons onto one backyard "
        "tree.",
    ),
    (
        "rFo160",
        "vi",
        "m_qr_vtc",
        "Tem QR cho thực phẩm sạch bán lẻ",
        "Dịch vụ in tem QR cho cửa hàng thực phẩm sạch giúp người mua tra thông tin sản phẩm, tránh hàng giả.",
    ),
    (
        "rFo161",
        "vi",
        "m_vnforest",
        "Tư vấn nguồn gốc, xuất xứ vật liệu giống cây lâm nghiệp",
        "Giải đáp khác biệt giữa nguồn gốc và xuất xứ của lâm phần thu hái vật liệu giống cây rừng.",
    ),
    (
        "rFo162",
        "en",
        "r_durian_aciar",
        "Durian Phytophthora research partnership for orchards",
        "Research partnership with Kasetsart University and the Southern Fruit Research Institute on managing "
        "Phytophthora diseases in durian orchards.",
    ),
    (
        "rFo163",
        "vi",
        "d_lop11",
        "Bài giảng nhân giống bằng giâm cành",
        "Bài giảng hướng nghiệp về giâm cành cho cây dễ ra rễ như sắn, rau muống, rau ngót và dùng chất điều hòa sinh "
        "trưởng.",
    ),
]
