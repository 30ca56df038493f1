"""Needs for holdout31: posts by seafood processors, cooperatives, fishers and industrial-zone operators, with graded offers."""

NEEDS = [
    # --- shrimp by-products ---
    (
        "jGn01",
        "vi",
        "chitin_quality",
        "Cần giải pháp xử lý đầu vỏ tôm tại nhà máy",
        "Công ty chế biến tôm thẻ ở KCN Long Đức (Trà Vinh) mỗi ngày ra 8–10 tấn đầu vỏ tôm. Hiện bán cho lò làm thức ăn với giá rất thấp, "
        "mùa nắng để qua đêm là bốc mùi, dân xung quanh phàn nàn. Chúng tôi muốn đầu tư xưởng nhỏ làm chitin hoặc chitosan ngay trong nhà "
        "máy, cần đơn vị chuyển giao quy trình và hướng dẫn vận hành.",
        {
            "jGo001": 2,
            "jGo003": 2,
            "jGo009": 1,
            "jGo010": 1,
            "jGo004": 1,
            "jGo002": 1,
            "jGo013": 1,
            "jGo008": 1,
            "jGo011": 1,
        },
    ),
    (
        "jGn02",
        "en",
        "shrimp_zero",
        "Partner wanted to valorise shrimp heads without leftovers",
        "We are a Vinh Long exporter peeling about 15 tonnes of white-leg shrimp a day; heads are roughly a third of the intake. Instead of "
        "selling them wet we want to get a protein product, the red pigment and chitin out of the same heads, ideally nothing left to dump. "
        "Looking for a proven process and a pilot.",
        {"jGo002": 2, "jGo011": 2, "jGo008": 2, "jGo004": 1, "jGo006": 1, "jGo012": 1, "jGo001": 1},
    ),
    (
        "jGn03",
        "vi",
        "chitin_naoh",
        "xuong lam chitin ton xut va axit qua",
        "Co so lam chitin o Duyen Hai, Tra Vinh, moi me dung rat nhieu xut va axit HCl, nuoc thai sau rua vua kiem vua chua, he thong xu "
        "ly khong kham noi. Muon giam luong hoa chat, neu duoc thi dung men hoac vi sinh thay bot hoa chat. Ai co cong nghe lien he giup.",
        {"jGo004": 2, "jGo010": 2, "jGo011": 1, "jGo001": 1, "jGo012": 1},
    ),
    (
        "jGn04",
        "en",
        "astax_nutra",
        "Local natural astaxanthin for broodstock feed",
        "Feed mill in Tra Vinh supplying shrimp hatcheries. We import synthetic astaxanthin at high cost and would like a local pigment "
        "made from the shells and heads thrown out by nearby shrimp factories. Need an extraction process we can run at a few hundred kg "
        "of shells a day.",
        {"jGo006": 2, "jGo002": 1, "jGo012": 1, "jGo008": 1, "jGo011": 1, "jGo007": 1},
    ),
    (
        "jGn05",
        "vi",
        "astax_cookwater",
        "Nước luộc tôm đỏ, COD cao làm quá tải hệ thống xử lý",
        "Xưởng tôm hấp xuất khẩu ở Cầu Ngang thải khoảng 40 m3/ngày nước luộc tôm màu đỏ, rất đặc, đổ vào bể điều hòa là hệ thống xử lý "
        "nước thải quá tải. Nghe nói trong nước luộc còn đạm và sắc tố. Có cách nào thu hồi lại trước khi xả không?",
        {"jGo007": 2, "jGo045": 1, "jGo074": 1, "jGo078": 1},
    ),
    (
        "jGn06",
        "en",
        "carotenoprotein_alkp",
        "Pink protein powder from shrimp shells for pet food",
        "Start-up making pet treats in Vinh Long wants a natural pink protein ingredient made from shrimp processing waste by an enzyme "
        "process, no harsh chemicals. We can buy 2 tonnes of heads and shells a day from a neighbouring plant.",
        {"jGo012": 2, "jGo008": 2, "jGo002": 1, "jGo011": 1, "jGo004": 1},
    ),
    (
        "jGn07",
        "vi",
        "chitin_crab",
        "Vỏ ghẹ sau bóc thịt thải mỗi ngày cả tấn",
        "Cơ sở bóc thịt ghẹ ở xã Long Toàn, Duyên Hải mỗi ngày ra khoảng 1 tấn vỏ ghẹ, đang chở đi đổ. Muốn biết có quy trình làm chitosan "
        "từ vỏ cua ghẹ không, đầu tư bao nhiêu.",
        {"jGo013": 2, "jGo001": 1, "jGo004": 1},
    ),
    (
        "jGn08",
        "vi",
        "oligochitosan",
        "Tôm nguyên liệu về tới nhà máy bị đen đầu",
        "Chúng tôi thu mua tôm ở Trà Cú, chở về nhà máy mất 4–6 tiếng, tôm hay bị đen đầu, bị trừ giá. Khách không cho dùng sulfite. Cần "
        "chế phẩm tự nhiên bảo quản tôm trong khâu thu mua, vận chuyển.",
        {"jGo005": 2, "jGo117": 1, "jGo056": 1, "jGo103": 1},
    ),
    # --- collagen, gelatin, fish by-products ---
    (
        "jGn09",
        "en",
        "collagen_potech",
        "Technology partner for collagen from pangasius skin",
        "Our fillet plant in Binh Minh town produces about 6 tonnes of pangasius skin a day, sold cheaply as feed. We want to produce "
        "collagen for food and cosmetic customers; the main problem we heard of is the fat left in the skin. Seeking a process licence.",
        {"jGo014": 2, "jGo015": 2, "jGo016": 2, "jGo018": 1, "jGo020": 1, "jGo017": 1},
    ),
    (
        "jGn10",
        "vi",
        "gelatin_catra",
        "Cần quy trình gelatin thực phẩm từ da cá tra hiệu suất cao",
        "Doanh nghiệp ở Vĩnh Long đang làm thử gelatin từ da cá tra nhưng hiệu suất thu hồi thấp, nấu lâu tốn điện. Cần quy trình hoặc thiết "
        "bị giúp tăng hiệu suất trích ly, rút ngắn thời gian.",
        {"jGo018": 2, "jGo014": 1, "jGo016": 1, "jGo019": 1},
    ),
    (
        "jGn11",
        "en",
        "collagen_unair",
        "Water-soluble fish collagen for a ready-to-drink product",
        "Beverage and cosmetics company wants to source collagen from Mekong catfish skin, but the samples we tried do not dissolve well "
        "in cold drinks. Need a process giving water-soluble collagen or low-molecular peptides.",
        {"jGo015": 2, "jGo017": 2, "jGo014": 1, "jGo016": 1},
    ),
    (
        "jGn12",
        "vi",
        "gelatin_vay",
        "Vảy cá lóc bỏ đi, có làm được gì không",
        "Cơ sở phi lê cá lóc ở Tam Bình, Vĩnh Long mỗi tuần ra nửa tấn vảy cá, đang bỏ. Nghe nói vảy cá làm gelatin, collagen được. Cần người "
        "chỉ quy trình đơn giản, ít hóa chất.",
        {"jGo019": 2, "jGo016": 2, "jGo015": 1, "jGo018": 1},
    ),
    (
        "jGn13",
        "vi",
        "cafef_collagen",
        "Lập dự án nâng giá trị phụ phẩm cá tra",
        "Công ty chế biến cá tra tại thị xã Bình Minh muốn lập dự án đầu tư xử lý đầu, xương, da, mỡ thay vì bán làm thức ăn chăn nuôi. Cần "
        "đơn vị tư vấn đánh giá thị trường, chọn sản phẩm (collagen, gelatin, dầu cá) và tính hiệu quả đầu tư.",
        {"jGo020": 2, "jGo014": 1, "jGo114": 1, "jGo022": 1, "jGo023": 1, "jGo018": 1},
    ),
    (
        "jGn14",
        "vi",
        "baotu_basa",
        "Bao tử và nội tạng cá basa bán quá rẻ",
        "Nhà máy chúng tôi tách ra nhiều bao tử cá basa, hiện bán xô cho thương lái. Muốn làm sản phẩm chế biến sẵn bán siêu thị, cần công "
        "thức và quy trình đảm bảo vệ sinh.",
        {"jGo021": 2, "jGo020": 1},
    ),
    (
        "jGn15",
        "vi",
        "biodiesel_khoahoc",
        "Mỡ cá tra dư, muốn làm dầu chạy máy",
        "Cơ sở nấu mỡ cá ở Long Hồ mỗi ngày có khoảng 3 tấn mỡ, giá bán lên xuống thất thường. Muốn tự làm dầu diesel sinh học để chạy máy "
        "phát điện và xe tải của cơ sở. Cần công nghệ và thiết bị.",
        {"jGo022": 2, "jGo025": 1, "jGo023": 1, "jGo024": 1},
    ),
    (
        "jGn16",
        "en",
        "biodiesel_tuoitre",
        "On-spec biodiesel from catfish fat for our trawler fleet",
        "Fleet owner in Tra Vinh: blended fuel from fish fat bought on the market damaged several engines. We would rather produce our own "
        "biodiesel from catfish fat under proper quality control. Need the process and guidance on feedstock pretreatment.",
        {"jGo022": 2, "jGo025": 2, "jGo023": 1},
    ),
    (
        "jGn17",
        "vi",
        "moca_plant",
        "Tự nấu và tinh luyện mỡ cá thay vì bán phụ phẩm",
        "Nhà máy fillet cá tra công suất 50 tấn nguyên liệu/ngày muốn xây xưởng chế biến phụ phẩm: nấu mỡ, tinh luyện, làm bột cá. Cần hồ sơ "
        "thiết kế và nhà cung cấp thiết bị.",
        {"jGo023": 2, "jGo114": 2, "jGo029": 1, "jGo022": 1, "jGo026": 1},
    ),
    (
        "jGn18",
        "en",
        "biolube",
        "Biodegradable lubricant base oil from fish fat",
        "Lubricant blender serving river boats in the Mekong wants a biodegradable base oil; catfish fat is cheap locally. Looking for a "
        "research partner with a modification process that fixes the pour point.",
        {"jGo024": 2, "jGo022": 1, "jGo025": 1},
    ),
    (
        "jGn19",
        "en",
        "silage_fao",
        "Small processors with heads and guts but no rendering plant",
        "Group of household fish processors near Ba Dong beach produces about 500 kg of heads, frames and guts a day. No fishmeal plant "
        "nearby and no cold storage for offal. Need a cheap way to stabilise it and sell it as feed or fertiliser.",
        {"jGo026": 2, "jGo031": 2, "jGo027": 2, "jGo028": 1, "jGo114": 1},
    ),
    (
        "jGn20",
        "vi",
        "fishfert_attra",
        "Làm phân đạm cá tưới rau từ ruột cá chợ",
        "HTX rau an toàn ở Cầu Kè muốn tự làm phân cá (đạm cá) từ ruột, đầu cá gom ở chợ để tưới rau hữu cơ, nhưng ủ thử thì thối, hôi, sợ "
        "nhiễm khuẩn. Cần hướng dẫn kỹ thuật.",
        {"jGo028": 2, "jGo026": 1, "jGo084": 1},
    ),
    (
        "jGn21",
        "en",
        "sare_hydrolysate",
        "Using fish hydrolysate in our pelleted fish feed",
        "Small aquafeed maker wants to replace part of imported fishmeal with liquid hydrolysate or silage from local processing waste, "
        "but does not know how to blend a liquid with 15% dry matter into pellets.",
        {"jGo030": 2, "jGo027": 2, "jGo031": 1, "jGo147": 1, "jGo026": 1},
    ),
    (
        "jGn22",
        "vi",
        "fao_odour",
        "Lò bột cá bị dân phản ánh mùi hôi",
        "Cơ sở làm bột cá ở xã Hiệp Thạnh, Duyên Hải bị người dân khiếu nại mùi hôi nhiều lần, xã yêu cầu khắc phục. Khí thoát ra chủ yếu ở "
        "nồi nấu và máy sấy. Cần giải pháp giảm mùi chi phí vừa phải.",
        {"jGo029": 2, "jGo097": 2, "jGo096": 1, "jGo098": 1, "jGo114": 1, "jGo139": 1},
    ),
    # --- fish sauce and safety tests ---
    (
        "jGn23",
        "vi",
        "fishsauce_vnua",
        "Muốn rút ngắn thời gian ủ nước mắm",
        "Cơ sở nước mắm ở Cầu Ngang có 200 thùng chượp, ủ 12 tháng mới rút, vốn quay vòng chậm. Muốn dùng men hoặc enzyme để rút ngắn thời "
        "gian mà độ đạm vẫn đạt.",
        {"jGo032": 2, "jGo033": 2, "jGo034": 1, "jGo113": 1},
    ),
    (
        "jGn24",
        "en",
        "fishsauce_trad",
        "Consistent fish sauce quality between batches",
        "Fish sauce exporter with vats in Tra Vinh: protein content, colour and aroma differ from batch to batch and buyers complain. We "
        "need someone to standardise our fermentation and set up internal quality checks.",
        {"jGo035": 2, "jGo036": 2, "jGo113": 2, "jGo100": 1, "jGo102": 1},
    ),
    (
        "jGn25",
        "en",
        "hist_kits",
        "In-house histamine test for fish sauce after importer rejection",
        "One container of our fish sauce was rejected for histamine. We need a rapid test that works on fish sauce in our own lab so we can "
        "screen every batch before shipping, and to know which limit applies.",
        {"jGo100": 2, "jGo102": 2, "jGo099": 1, "jGo101": 1, "jGo035": 1, "jGo103": 1},
    ),
    (
        "jGn26",
        "vi",
        "hist_prognosis",
        "can bo kit test nhanh histamine va khang sinh cho phong QC",
        "Phong QC nha may tom o Tra Vinh can bo kit test nhanh chloramphenicol, tetracycline va histamine de kiem tra nguyen lieu truoc khi "
        "nhap, khong phai gui mau len Can Tho cho ton thoi gian.",
        {"jGo099": 2, "jGo103": 1, "jGo100": 1, "jGo101": 1, "jGo102": 1},
    ),
    (
        "jGn27",
        "vi",
        "fishsauce_trad",
        "Nước rửa thùng mắm làm chết vi sinh bể xử lý",
        "Mỗi lần súc thùng chượp, nước mặn chảy vào bể xử lý là bùn vi sinh chết, nước ra đục. Cơ sở nước mắm cần cách xử lý nước thải có "
        "muối cao và cách quản lý nước muối cho hợp lý.",
        {"jGo072": 2, "jGo112": 2, "jGo073": 1},
    ),
    # --- dried fish, clams ---
    (
        "jGn28",
        "vi",
        "dry_cadua",
        "Phơi khô cá mùa mưa bị mốc",
        "Cơ sở làm khô cá sặc, cá lóc ở Trà Ôn, Vĩnh Long khoảng 200 kg cá tươi/ngày. Mùa mưa phơi không khô, cá bị mốc, ruồi bu. Cần máy "
        "sấy giá vừa phải, vẫn giữ màu và vị như phơi nắng.",
        {"jGo037": 2, "jGo038": 2, "jGo119": 2, "jGo039": 1, "jGo040": 1},
    ),
    (
        "jGn29",
        "en",
        "dry_solar_tailieu",
        "Hygienic dryer for an anchovy cooperative",
        "Women's cooperative near Ba Dong beach dries about 1 tonne of fresh anchovy a day on bamboo racks; dust, flies and sudden rain spoil "
        "part of it. We want a low-cost solar dryer design we can build and scale.",
        {"jGo039": 2, "jGo040": 2, "jGo037": 1, "jGo119": 1},
    ),
    (
        "jGn30",
        "en",
        "dry_casac",
        "Automated drying with microbial kill step for dried gourami",
        "Processor of dried snakeskin gourami selling to supermarkets keeps failing E. coli and Salmonella checks. Looking for an automatic "
        "drying system with a sanitising step and remote control so one worker can run it.",
        {"jGo038": 2, "jGo037": 1, "jGo039": 1, "jGo119": 1},
    ),
    (
        "jGn31",
        "vi",
        "dry_cambodia",
        "may say ca kho cho ho gia dinh gia re",
        "Nha toi lam kho ca rieng o Tieu Can, moi ngay vai chuc ky, khong du tien mua may say cong nghiep. Co mau lo say nang luong mat troi "
        "tu lam duoc khong, do ruoi bu va khoi dot cui.",
        {"jGo040": 2, "jGo039": 2, "jGo037": 1, "jGo119": 1},
    ),
    (
        "jGn32",
        "vi",
        "clam_freeze_dry",
        "Nghêu cỡ nhỏ muốn làm sản phẩm khô ăn liền",
        "HTX nghêu ở Duyên Hải có nhiều nghêu cỡ nhỏ không đạt cỡ xuất khẩu. Muốn làm sản phẩm thịt nghêu khô, nhẹ, bảo quản nhiệt độ thường "
        "để bán quà du lịch.",
        {"jGo041": 2, "jGo042": 1},
    ),
    (
        "jGn33",
        "en",
        "clam_sauce",
        "Value-added product from broken and undersized clams",
        "Clam processor in Tra Vinh rejects 10–15% of clams for broken shells or small size. We want a product line that uses them, such "
        "as a sauce, seasoning or dried meat.",
        {"jGo042": 2, "jGo041": 2},
    ),
    (
        "jGn34",
        "vi",
        "clam_bentre",
        "Xây dựng thương hiệu, chỉ dẫn địa lý cho nghêu Trà Vinh",
        "Hội nghề cá muốn làm hồ sơ chỉ dẫn địa lý và hướng tới chứng nhận bền vững cho nghêu vùng Cầu Ngang – Duyên Hải giống như nghêu Bến "
        "Tre. Cần đơn vị tư vấn có kinh nghiệm.",
        {"jGo043": 2, "jGo154": 1},
    ),
    (
        "jGn35",
        "en",
        "biotoxin_fqs",
        "Biotoxin screening for clams before sale to processors",
        "Clam co-operative: export buyers ask for evidence that harvests are free of paralytic shellfish toxins. We need quick tests we "
        "can run on site and advice on depuration.",
        {"jGo104": 2, "jGo116": 2, "jGo103": 1},
    ),
    # --- surimi ---
    (
        "jGn36",
        "en",
        "surimi_mwp",
        "Surimi plant using too much fresh water",
        "Our surimi line uses about 25 m3 of chilled fresh water per tonne of product and the groundwater permit is tight. We need proven "
        "ways to cut washing water without losing gel strength.",
        {"jGo044": 2, "jGo047": 2, "jGo046": 1, "jGo045": 1},
    ),
    (
        "jGn37",
        "vi",
        "surimi_uf",
        "Nước rửa surimi trôi mất đạm",
        "Nhà máy surimi nhận thấy nước rửa thịt cá mang theo nhiều đạm hòa tan, vừa mất hiệu suất vừa làm nước thải rất bẩn. Có thiết bị nào "
        "thu hồi đạm trong nước rửa để dùng lại không?",
        {"jGo045": 2, "jGo044": 1, "jGo048": 1},
    ),
    (
        "jGn38",
        "vi",
        "ww_surimi_taccau",
        "Hệ thống xử lý nước thải surimi quá tải, bị xử phạt",
        "Nhà máy surimi ở Trà Vinh có nước thải COD trên 20.000 mg/l, nhiều mỡ và vảy, hệ thống cũ thường xuyên vượt QCVN 11 cột B. Cần "
        "đơn vị thiết kế lại hệ thống khoảng 300 m3/ngày.",
        {"jGo048": 2, "jGo074": 1, "jGo075": 1, "jGo078": 1, "jGo115": 1, "jGo079": 1},
    ),
    (
        "jGn39",
        "en",
        "surimi_tf",
        "Water audit for a fillet and surimi line",
        "Plant manager wants an audit of where fresh water goes on the heading, gutting and deboning machines, and which uses could take "
        "recycled water instead.",
        {"jGo046": 2, "jGo044": 1, "jGo106": 1},
    ),
    # --- freezing, cold chain, ice ---
    (
        "jGn40",
        "vi",
        "iqf_gea",
        "Cần băng chuyền cấp đông IQF cho tôm",
        "Nhà máy tôm ở Trà Vinh muốn nâng công suất cấp đông rời tôm thẻ lột vỏ lên khoảng 2 tấn/giờ. Cần nhà cung cấp băng chuyền IQF và "
        "tư vấn chọn kiểu thiết bị.",
        {"jGo049": 2, "jGo051": 1, "jGo055": 1, "jGo050": 1},
    ),
    (
        "jGn41",
        "en",
        "iqf_nitrogen",
        "More freezing capacity but no floor space",
        "Shrimp processor with a full building: orders grew and the tunnel freezer is the bottleneck. We need to add IQF capacity without "
        "extending the factory.",
        {"jGo050": 2, "jGo053": 1, "jGo049": 1, "jGo051": 1},
    ),
    (
        "jGn42",
        "vi",
        "blast_rebound",
        "Tủ cấp đông gió chạy chậm, máy nén không kéo nổi",
        "Đầu mẻ cấp đông, máy nén không giữ được áp hút, mẻ kéo dài, phải chạy cả giờ cao điểm tốn tiền điện. Không muốn mua thêm máy nén "
        "vì chỉ cần lúc đầu mẻ.",
        {"jGo053": 2, "jGo105": 1, "jGo052": 1},
    ),
    (
        "jGn43",
        "en",
        "freezing_alaska",
        "Training for managers of a new freezing plant",
        "Investor building a seafood freezing plant needs a practical course for its managers and engineers on freezing equipment choice, "
        "refrigeration loads and product quality.",
        {"jGo052": 2, "jGo051": 1},
    ),
    (
        "jGn44",
        "vi",
        "caseamex_coldwall",
        "Kho trữ đông hao điện, vách cũ đọng sương",
        "Kho trữ đông 500 tấn ở KCN Hòa Phú, Vĩnh Long xây đã 12 năm, vách panel đọng sương, tiền điện tăng. Cần đơn vị đo kiểm tổn thất "
        "nhiệt và đề xuất sửa chữa, tiết kiệm điện.",
        {"jGo054": 2, "jGo105": 2, "jGo067": 1, "jGo107": 1, "jGo111": 1},
    ),
    (
        "jGn45",
        "vi",
        "coldplant_design",
        "Đầu tư nhà máy đông lạnh thủy sản mới",
        "Nhà đầu tư muốn xây nhà máy tôm, cá đông lạnh khoảng 30 tấn nguyên liệu/ngày ở KCN Cầu Quan. Cần đơn vị thiết kế dây chuyền, hệ "
        "thống lạnh và tính hiệu quả đầu tư.",
        {"jGo055": 2, "jGo052": 1, "jGo049": 1},
    ),
    (
        "jGn46",
        "en",
        "iot_cvcs",
        "Temperature alarms for three cold stores",
        "We run three cold stores for frozen shrimp in Tra Vinh and Vinh Long. Last month a compressor stopped overnight and nobody knew "
        "until morning. Need wireless sensors with phone alerts and records for audits.",
        {"jGo060": 2, "jGo062": 2, "jGo155": 2, "jGo061": 1, "jGo137": 1},
    ),
    (
        "jGn47",
        "vi",
        "iot_mdpi",
        "canh bao nhiet do tu lanh cho vua hai san nho",
        "Vua hai san o cho Tra Vinh co 4 tu dong va 1 kho mat nho, muon co thiet bi bao nhiet do qua dien thoai khi tu hu, gia re thoi.",
        {"jGo061": 2, "jGo060": 2, "jGo155": 1},
    ),
    (
        "jGn48",
        "vi",
        "heat_tamu",
        "Tốn dầu đun nước nóng trong khi máy lạnh thải nhiệt",
        "Nhà máy thủy sản dùng lò hơi đốt dầu để có nước nóng vệ sinh và luộc tôm, trong khi dàn ngưng hệ thống lạnh NH3 thì thải nhiệt ra "
        "trời. Có cách tận dụng nhiệt này không?",
        {"jGo063": 2, "jGo122": 2, "jGo064": 2, "jGo107": 1, "jGo105": 1},
    ),
    (
        "jGn49",
        "en",
        "ice_fao",
        "Ice plant for a fishing port",
        "Port operator at Dinh An estuary needs about 30 tonnes of ice a day for landing boats and traders. Need help choosing the type of "
        "ice plant, storage and handling.",
        {"jGo057": 2, "jGo058": 2, "jGo059": 1, "jGo120": 1},
    ),
    (
        "jGn50",
        "vi",
        "ice_blockice",
        "Thiếu nước đá cây vào mùa cá",
        "Ngư dân ở cửa Định An mùa cá phải chờ đá cả buổi, giá đá lên cao. Hợp tác xã muốn đặt một trạm làm đá cây cỡ 10 tấn/ngày, có thể di "
        "dời khi cần.",
        {"jGo058": 2, "jGo057": 2, "jGo059": 1},
    ),
    (
        "jGn51",
        "vi",
        "tom_pto",
        "Chuyển từ bán tôm tươi sang tôm PTO đông lạnh",
        "Cơ sở sơ chế tôm ở Châu Thành (Trà Vinh) muốn làm tôm PTO đông lạnh bán cho nhà máy, cần quy trình từ tiếp nhận, ướp đá tới cấp đông.",
        {"jGo056": 2, "jGo108": 1, "jGo055": 1},
    ),
    # --- fishing boats ---
    (
        "jGn52",
        "vi",
        "boat_quangthang",
        "Hầm cá trên tàu mau tan đá",
        "Tàu lưới kéo 400 CV ở Định An đi chuyến 20 ngày nhưng đá trong hầm tan gần hết sau 10 ngày, cá về bị ươn, bị ép giá. Hầm gỗ ốp xốp "
        "đã 6 năm. Cần làm lại hầm giữ lạnh tốt hơn.",
        {"jGo065": 2, "jGo066": 2, "jGo067": 2, "jGo120": 1, "jGo059": 1},
    ),
    (
        "jGn53",
        "en",
        "boat_pu",
        "Refitting fish holds on offshore vessels",
        "Owner of four offshore vessels wants to refit the wooden, foam-lined fish holds with modern insulation that keeps ice longer and "
        "is easy to clean.",
        {"jGo065": 2, "jGo066": 2, "jGo067": 1},
    ),
    (
        "jGn54",
        "vi",
        "vms_sggp",
        "lap thiet bi giam sat hanh trinh cho tau 15m",
        "Toi co 2 tau ca dai 15 va 17 met, can lap may giam sat hanh trinh dung chuan moi, du lieu gui lien tuc, khong bi mat song giua bien.",
        {"jGo068": 2, "jGo069": 2, "jGo070": 1},
    ),
    (
        "jGn55",
        "en",
        "vms_seacom",
        "Proving legal catch origin for an EU buyer",
        "Seafood exporter: our EU customer wants evidence that the fish came from legal areas, checked against vessel track data, not just "
        "landing declarations. Need a traceability solution linking boats to our lots.",
        {"jGo069": 2, "jGo071": 2, "jGo068": 1},
    ),
    (
        "jGn56",
        "vi",
        "vms_quangbinh",
        "Nâng hiệu quả giám sát tàu cá xa bờ",
        "Chi cục Thủy sản cần đánh giá tình trạng thiết bị VMS trên đội tàu, tỷ lệ tàu mất tín hiệu, và quy trình xử lý khi tàu không báo "
        "vị trí đúng tần suất.",
        {"jGo070": 2, "jGo068": 1, "jGo071": 1},
    ),
    (
        "jGn57",
        "en",
        "ice_fao",
        "Should we carry a flake ice machine on board?",
        "Skipper of a 24 m trawler asks whether installing a small ice maker on board pays off compared with loading shore ice for 15–20 "
        "day trips.",
        {"jGo120": 2, "jGo057": 1, "jGo059": 1},
    ),
    # --- wastewater ---
    (
        "jGn58",
        "vi",
        "ww_tiengiang",
        "Nước thải nhà máy cá tra vượt chuẩn, cần cải tạo hệ thống",
        "Nhà máy fillet cá tra ở KCN Bình Minh xả khoảng 1.500 m3/ngày, nhiều đợt COD, amoni vượt quy chuẩn. Cần đơn vị khảo sát, cải tạo "
        "hệ thống xử lý hiện có.",
        {"jGo073": 2, "jGo074": 2, "jGo078": 1, "jGo115": 1, "jGo075": 1, "jGo084": 1},
    ),
    (
        "jGn59",
        "en",
        "daf_cpw",
        "Too much fat in our effluent",
        "Catfish and shrimp plant: fat and grease reach the aeration tank, causing foam and poor oxygen transfer. We need a pretreatment "
        "unit to remove oil and grease and, if possible, sell the recovered fat.",
        {"jGo078": 2, "jGo079": 2, "jGo080": 2, "jGo115": 2, "jGo081": 1},
    ),
    (
        "jGn60",
        "vi",
        "uasb_catfish",
        "Muốn tận dụng nước thải làm khí biogas",
        "Nhà máy cá tra nghe nói nước thải đậm đặc có thể làm biogas để đốt lò hơi. Cần công nghệ xử lý kỵ khí phù hợp và phương án dùng khí.",
        {"jGo075": 2, "jGo076": 2, "jGo118": 2, "jGo077": 1, "jGo087": 1},
    ),
    (
        "jGn61",
        "en",
        "uasb_review",
        "Cut aeration electricity in our wastewater plant",
        "Aeration blowers are the biggest electricity user of our seafood plant's wastewater system. We want an anaerobic first stage that "
        "lowers the load and gives us biogas.",
        {"jGo075": 2, "jGo077": 2, "jGo076": 1, "jGo118": 1},
    ),
    (
        "jGn62",
        "vi",
        "ww_salinity",
        "Nước thải mặn từ cá muối, làm bể sinh học khó chạy",
        "Cơ sở làm cá khô muối và mắm thải nước có độ mặn cao, bể vi sinh hiếu khí chạy không ổn định. Cần giải pháp vi sinh chịu mặn.",
        {"jGo072": 2, "jGo112": 1},
    ),
    (
        "jGn63",
        "vi",
        "ww_tdm",
        "xu ly nuoc thai cho co so so che tom nho 10 khoi/ngay",
        "Co so so che tom o Cang Long moi ngay xa khoang 10 khoi nuoc, bi nhac nho. Can mo hinh xu ly nho gon, it ton dien, chi phi thap.",
        {"jGo083": 2, "jGo082": 2, "jGo074": 1},
    ),
    (
        "jGn64",
        "en",
        "ww_rbc",
        "Low-energy biological treatment for a small fish processing unit",
        "A small fish processor wants a compact biological system, such as a trickling filter or rotating discs, that uses less power than "
        "diffused aeration.",
        {"jGo082": 2, "jGo083": 1, "jGo077": 1},
    ),
    (
        "jGn65",
        "en",
        "daf_chitosan",
        "Natural coagulant to recover protein in flotation",
        "We run a DAF unit with synthetic polymer; the float cannot go to feed. Looking for a natural coagulant so the recovered protein "
        "sludge can be used.",
        {"jGo081": 2, "jGo045": 1, "jGo078": 1},
    ),
    # --- sludge and solid waste ---
    (
        "jGn66",
        "vi",
        "sludge_microbelift",
        "Bùn thải từ hệ thống xử lý nước thải 3 tấn/ngày",
        "Nhà máy chế biến thủy sản ở Trà Vinh mỗi ngày ép ra khoảng 3 tấn bùn, thuê chở đi xử lý rất tốn. Muốn ủ thành phân hữu cơ bán cho "
        "nông dân.",
        {"jGo084": 2, "jGo085": 1, "jGo028": 1, "jGo141": 1, "jGo086": 1},
    ),
    (
        "jGn67",
        "en",
        "sludge_microbelift",
        "Sludge disposal costs at a seafood plant",
        "Foreign-invested seafood plant: dewatered sludge from our wastewater plant costs a lot to send to landfill. We want to convert it "
        "into a product such as compost.",
        {"jGo084": 2, "jGo086": 1, "jGo087": 1, "jGo085": 1},
    ),
    (
        "jGn68",
        "vi",
        "sludge_shrimppond",
        "Bùn đáy ao tôm sau vụ nuôi",
        "Hộ nuôi tôm thâm canh ở Duyên Hải sên vét nhiều bùn đáy ao mặn mỗi vụ, đổ lên bờ làm mặn đất. Muốn ủ thành phân bón.",
        {"jGo086": 2, "jGo085": 1, "jGo124": 1},
    ),
    # --- monitoring, reuse ---
    (
        "jGn69",
        "vi",
        "qt_tayninh",
        "Lắp quan trắc nước thải tự động theo yêu cầu của Sở",
        "Nhà máy chế biến thủy sản xả 1.200 m3/ngày vừa nhận yêu cầu lắp trạm quan trắc tự động, truyền dữ liệu về Sở. Cần nhà thầu trọn gói.",
        {"jGo088": 2, "jGo089": 2, "jGo121": 2, "jGo090": 1, "jGo091": 1},
    ),
    (
        "jGn70",
        "en",
        "qt_ngo",
        "Are we obliged to install continuous effluent monitoring?",
        "Foreign-invested processor discharging 800 m3/day asks whether the Law on Environmental Protection requires automatic continuous "
        "monitoring for us and which parameters.",
        {"jGo090": 2, "jGo089": 1, "jGo088": 1},
    ),
    (
        "jGn71",
        "vi",
        "qt_kontum",
        "Kết nối dữ liệu quan trắc khu công nghiệp về Sở",
        "Ban quản lý khu kinh tế cần kết nối dữ liệu quan trắc của nhà máy xử lý nước thải tập trung về hệ thống giám sát của Sở để theo dõi "
        "liên tục.",
        {"jGo091": 2, "jGo088": 2, "jGo092": 1},
    ),
    (
        "jGn72",
        "en",
        "qt_river",
        "Monitoring the canal that receives industrial effluent",
        "Provincial agency wants automatic stations on the canal downstream of an industrial zone, with data every few minutes.",
        {"jGo092": 2, "jGo091": 1},
    ),
    (
        "jGn73",
        "vi",
        "reuse_vietwater",
        "Thiếu nước ngọt mùa mặn, muốn tái sử dụng nước thải",
        "Mùa khô xâm nhập mặn, nhà máy ở KCN Long Đức thiếu nước ngọt. Muốn xử lý tiếp nước thải sau hệ thống để dùng lại cho vệ sinh nhà "
        "xưởng và tháp giải nhiệt.",
        {"jGo093": 2, "jGo094": 2, "jGo095": 2},
    ),
    (
        "jGn74",
        "en",
        "reuse_ats",
        "Reuse treated effluent for cooling towers and floor washing",
        "Plant engineer wants membrane polishing of treated effluent so it can feed cooling towers and floor washing instead of buying "
        "tap water.",
        {"jGo094": 2, "jGo095": 2, "jGo093": 2},
    ),
    # --- odour ---
    (
        "jGn75",
        "en",
        "biofilter_watt",
        "Odour complaints from our by-product rendering",
        "Seafood plant with an on-site cooker for heads and frames receives odour complaints from a new residential area. Need an odour "
        "treatment system for cooker and dryer exhaust.",
        {"jGo096": 2, "jGo097": 2, "jGo029": 2, "jGo098": 1, "jGo139": 1},
    ),
    (
        "jGn76",
        "vi",
        "petfood_odor",
        "Khu nấu mỡ cá bốc mùi nặng",
        "Xưởng nấu mỡ cá tra cạnh khu dân cư, khí từ nồi nấu và sấy rất hôi. Cần thiết bị khử mùi như lọc sinh học hoặc ozone.",
        {"jGo098": 2, "jGo096": 2, "jGo097": 1, "jGo029": 1},
    ),
    # --- energy, automation, safety ---
    (
        "jGn77",
        "vi",
        "energy_vinacontrol",
        "Nhà máy bị yêu cầu kiểm toán năng lượng",
        "Nhà máy chế biến tôm đông lạnh tiêu thụ khoảng 1.200 TOE/năm, Sở Công Thương nhắc thực hiện kiểm toán năng lượng. Cần đơn vị làm "
        "kiểm toán và đề xuất giải pháp cho hệ thống lạnh.",
        {"jGo105": 2, "jGo107": 2, "jGo106": 1, "jGo156": 1},
    ),
    (
        "jGn78",
        "en",
        "energy_vncpc",
        "Reduce electricity and water per tonne of product",
        "Seafood processor in an industrial zone wants expert help to find where electricity, water and chemicals are wasted and low-cost "
        "fixes.",
        {"jGo106": 2, "jGo105": 1, "jGo107": 1, "jGo046": 1},
    ),
    (
        "jGn79",
        "vi",
        "peel_gsa",
        "Thiếu công nhân lột tôm",
        "Nhà máy ở Vĩnh Long thiếu công nhân lột tôm, mùa cao điểm phải từ chối đơn hàng tôm thịt. Cần máy lột, rút chỉ tôm tự động.",
        {"jGo108": 2, "jGo110": 2, "jGo109": 1},
    ),
    (
        "jGn80",
        "en",
        "peel_km",
        "Peeling small hard-shelled shrimp",
        "We process small wild shrimp with tough shells that peeling machines for farmed shrimp cannot handle. Looking for a machine.",
        {"jGo109": 2, "jGo108": 1, "jGo110": 1},
    ),
    (
        "jGn81",
        "en",
        "peel_grading",
        "Automatic size grading of shrimp",
        "Hand grading of head-on shrimp into sizes is slow and inaccurate. Need a grading machine feeding separate belts.",
        {"jGo110": 2, "jGo108": 1},
    ),
    (
        "jGn82",
        "vi",
        "residue_glenwood",
        "Kiểm tra dư lượng sulfite trong tôm xuất Mỹ",
        "Khách Mỹ yêu cầu ghi nhãn nếu sulfite trên 10 ppm. Nhà máy cần phương pháp kiểm sulfite tại chỗ và các chỉ tiêu độc tố khác.",
        {"jGo103": 2, "jGo099": 1},
    ),
    (
        "jGn83",
        "en",
        "iot_cky",
        "HACCP temperature records for cold stores",
        "Auditor found gaps in our handwritten cold room logs. We want an automatic monitoring design that satisfies HACCP critical control "
        "points.",
        {"jGo062": 2, "jGo060": 2, "jGo155": 1, "jGo061": 1},
    ),
    # --- neighbouring needs ---
    (
        "jGn84",
        "vi",
        "catra_nh3",
        "Ao nuôi cá tra bị khí độc, cá chậm lớn",
        "Hộ nuôi cá tra ở Long Hồ thấy cá nổi đầu, chậm lớn, nghi do khí độc NH3 trong ao. Cần biết ngưỡng an toàn và cách quản lý nước.",
        {"jGo132": 2},
    ),
    (
        "jGn85",
        "vi",
        "fruit_coldroom",
        "Kho lạnh trữ thanh long, xoài chờ giá",
        "Nhà vườn ở Trà Ôn muốn làm kho lạnh nhỏ để trữ xoài, thanh long chờ giá, không biết để bao nhiêu độ.",
        {"jGo151": 2, "jGo150": 1, "jGo152": 1, "jGo111": 1},
    ),
    (
        "jGn86",
        "en",
        "collagen_hydrolysed",
        "Contract production of collagen peptides",
        "Supplement brand seeks a partner to produce low-molecular-weight fish collagen peptides with bioactivity data.",
        {"jGo017": 2, "jGo016": 1, "jGo014": 1, "jGo015": 1},
    ),
    (
        "jGn87",
        "vi",
        "oligochitosan",
        "Cá fillet bán tươi mau hư",
        "Cửa hàng thủy sản sạch ở TP Vĩnh Long bán cá lóc, cá tra fillet ướp lạnh chỉ giữ được 2 ngày. Muốn chất phủ tự nhiên kéo dài hạn dùng.",
        {"jGo117": 2, "jGo005": 1},
    ),
    (
        "jGn88",
        "en",
        "daf_arsistek",
        "Choosing oil and grease removal for a new plant",
        "New seafood plant design: effluent FOG estimated at 300–600 mg/L. Which pretreatment should we choose?",
        {"jGo080": 2, "jGo078": 1, "jGo079": 1, "jGo115": 1},
    ),
    (
        "jGn89",
        "vi",
        "trace_travinh",
        "Tem truy xuất nguồn gốc cho khô cá OCOP",
        "HTX làm khô cá lóc đạt OCOP 3 sao muốn dán tem QR truy xuất nguồn gốc để vào siêu thị.",
        {"jGo144": 2, "jGo146": 2, "jGo145": 1, "jGo071": 1},
    ),
    (
        "jGn90",
        "en",
        "ras_sludge_biogas",
        "Biogas from fish farm sludge",
        "Catfish hatchery with recirculating tanks wants to digest its sludge, possibly with vegetable residues, for biogas.",
        {"jGo087": 2, "jGo077": 1, "jGo130": 1, "jGo160": 1},
    ),
    (
        "jGn91",
        "vi",
        "collagen_md",
        "Chiết collagen từ xương, vảy cá biển bằng enzyme",
        "Doanh nghiệp chế biến cá biển ở Trà Vinh muốn chiết collagen từ da, vảy, xương bằng pepsin hoặc siêu âm, cần thông số công nghệ.",
        {"jGo016": 2, "jGo019": 1, "jGo014": 1, "jGo018": 1},
    ),
    (
        "jGn92",
        "en",
        "oligochitosan",
        "Natural preservative for raw shrimp without sulfite",
        "Shrimp buyer needs a sulfite-free dip that slows blackspot and spoilage between the farm and the factory.",
        {"jGo005": 2, "jGo117": 1},
    ),
]
