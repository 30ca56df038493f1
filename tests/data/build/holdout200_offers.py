"""Offers of the holdout200 labelled set (seafood by-products); each paraphrases the page of its source key."""

OFFERS = [
    # --- chitin / chitosan from shells ---
    (
        "pTo001",
        "vi",
        "chito_sieuthi",
        "Chuyển giao quy trình sản xuất chitosan từ vỏ tôm, vỏ cua",
        "Hướng dẫn tận dụng vỏ giáp xác thải ra từ chế biến thủy sản để làm chitin rồi chitosan. Vỏ được làm sạch qua hai "
        "bước: khử khoáng (canxi) bằng acid và khử protein bằng kiềm hoặc bằng enzyme protease; sau đó đun chitin trong xút "
        "đặc nóng để tách nhóm acetyl, thu chitosan dùng cho công nghiệp, y tế, nông nghiệp.",
    ),
    (
        "pTo002",
        "en",
        "chito_bangla",
        "Chitosan from shrimp head and shell waste: chemical process with a characterised product",
        "University food-technology team offering a tested route: demineralise shrimp waste in 3% HCl and deproteinise in 4% "
        "NaOH at room temperature, then deacetylate in 60% NaOH at 60 °C for 24 h. The chitosan reached 81.24% degree of "
        "deacetylation, 97.65% solubility and a 15.4% yield; viscosity, molecular weight and binding capacities are reported.",
    ),
    (
        "pTo003",
        "vi",
        "chito_tccongthuong",
        "Dây chuyền chitin – chitosan từ vỏ tôm của nhà máy đông lạnh",
        "Mô hình thu gom vỏ tôm tại các cơ sở chế biến đông lạnh, rửa sạch, sấy khô rồi đưa vào nồi phản ứng để loại muối "
        "khoáng và protein, thu chitin; chitin ngâm tiếp trong dung dịch kiềm khoảng 2 giờ để ra chitosan. Vỏ tôm chứa "
        "khoảng 27% chitin; sản phẩm hướng tới dược phẩm, mỹ phẩm và hóa dược.",
    ),
    (
        "pTo004",
        "en",
        "chito_vannamei",
        "Quality testing of chitosan made from whiteleg shrimp shells",
        "Laboratory service comparing chitosan extracted from L. vannamei shells (rough and smooth shell types) with a "
        "commercial grade: yield, moisture, ash, solubility, water- and fat-binding capacity, degree of deacetylation by FTIR, "
        "and structure by XRD and SEM-EDS. Helps a producer show its chitosan matches commercial material.",
    ),
    (
        "pTo005",
        "vi",
        "chito_naoh",
        "Tư vấn tối ưu công đoạn khử protein bằng NaOH trong sản xuất chitin",
        "Kết quả đồ án (2012) đánh giá ảnh hưởng của tính chất phế liệu đầu, vỏ tôm đầu vào đến hiệu quả khử protein bằng "
        "NaOH và tối ưu điều kiện xử lý. Nhóm có thể hỗ trợ cơ sở chọn nồng độ kiềm, thời gian, nhiệt độ phù hợp với nguồn "
        "phế liệu của mình để giảm hóa chất mà chitin vẫn đạt yêu cầu.",
    ),
    (
        "pTo006",
        "vi",
        "chito_orgacid",
        "Khử khoáng phế liệu tôm bằng acid hữu cơ thay cho HCl",
        "Nghiên cứu của Trường Đại học Nha Trang về tính chất chitin, chitosan thu được khi khử khoáng phế liệu tôm bằng acid "
        "hữu cơ thay vì acid vô cơ mạnh. Hướng đi giảm ăn mòn thiết bị và giảm nước thải acid cho xưởng chitin nhỏ.",
    ),
    (
        "pTo007",
        "en",
        "chito_seasia",
        "Biological versus chemical chitin extraction and its economics for Southeast Asia",
        "Review-based advisory on shellfish waste management: chitin can be extracted chemically (acids, alkali, an "
        "environmental burden) or biologically (enzymes, fermentation), then converted to chitosan. Covers the economic value "
        "of chitin derivatives from seafood waste in Southeast Asia and their applications.",
    ),
    (
        "pTo008",
        "vi",
        "chito_glucosamine",
        "Quy trình sản xuất chitin đạt tiêu chuẩn thị trường Nhật Bản để làm glucosamine",
        "Luận văn thạc sĩ Trường Đại học Nha Trang (2012) xây dựng quy trình chitin từ phế liệu tôm đáp ứng yêu cầu chất "
        "lượng của khách hàng Nhật, làm nguyên liệu sản xuất glucosamine. Phù hợp cơ sở muốn bán chitin cho thị trường khó tính.",
    ),
    (
        "pTo009",
        "vi",
        "chito_crab",
        "Khảo sát quy trình chiết xuất chitosan từ vỏ cua",
        "Đề tài của sinh viên công nghệ thực phẩm (TP.HCM, 2024) khảo sát các bước chiết chitosan từ vỏ cua, tính chất vật "
        "lý, hóa học và ứng dụng của chitosan trong thực phẩm, nông nghiệp. Có thể dùng làm quy trình tham khảo cho cơ sở có "
        "nguồn vỏ cua.",
    ),
    (
        "pTo010",
        "en",
        "chito_monodon",
        "Chitin and chitosan from tiger shrimp shells, used to decolourise effluent",
        "Chitin and chitosan extracted from Penaeus monodon exoskeleton by demineralisation, deproteinisation and "
        "deacetylation and analysed (67.6% DD, 99% solubility). Treating textile effluent with 2 g of the chitosan removed "
        "55.56–95.75% of colour over 30 days, so the product can double as a low-cost adsorbent.",
    ),
    (
        "pTo011",
        "en",
        "chito_crayfish",
        "Chitosan with a chosen degree of deacetylation",
        "Fisheries faculty offering to produce and characterise chitosan at low and high deacetylation degree from crustacean "
        "shells (crayfish): 17.5% yield, molecular weight 424–335 kDa, viscosity, water- and fat-binding, FT-IR, SEM and XRD. "
        "Useful to tune chitosan grade to a buyer's specification.",
    ),
    (
        "pTo012",
        "vi",
        "chito_food",
        "Tài liệu chitin và ứng dụng trong công nghiệp thực phẩm",
        "Tiểu luận hóa học thực phẩm tổng hợp nguồn gốc, cấu trúc, tính chất lý hóa và các dẫn xuất của chitin, chitosan cùng "
        "những ứng dụng trong chế biến thực phẩm. Tài liệu nhập môn cho doanh nghiệp tìm hiểu đầu ra của chitin.",
    ),
    # --- chitosan applications ---
    (
        "pTo013",
        "vi",
        "chito_mango",
        "Chitosan phòng trừ bệnh thán thư trên xoài sau thu hoạch",
        "Khóa luận của Trường Đại học Nông Lâm Huế phân lập nấm Colletotrichum gloeosporioides gây thán thư trên xoài, xác "
        "định ngưỡng gây bệnh và thử chitosan ức chế sinh khối sợi nấm, phòng bệnh cho quả sau thu hoạch. Mở ra đầu ra nông "
        "nghiệp cho chitosan làm từ vỏ tôm.",
    ),
    (
        "pTo014",
        "vi",
        "chito_oligo",
        "Oligochitosan chiếu xạ kháng nấm thán thư trên cây ớt",
        "Chitosan 5% được cắt mạch bằng chiếu xạ (kết hợp H2O2) thành oligochitosan khoảng 14,84 kDa rồi tách 5 phân đoạn. "
        "Các phân đoạn làm tăng sinh khối tươi 9,9–56,3% và diệp lục 20–92,4% ở cây ớt; phân đoạn từ 3 kDa trở lên ức chế "
        "nấm Colletotrichum capsici ở nồng độ 0,5%.",
    ),
    (
        "pTo015",
        "en",
        "chito_lime",
        "Chitosan coating to extend storage of lime fruit",
        "Agricultural university study: limes dipped in chitosan at 1.0, 1.5 and 2.0% and stored at 10 °C. After 30 days the "
        "1.5% coating kept the best colour, the lowest natural weight loss and the least change in firmness. A ready use for "
        "shell-derived chitosan in post-harvest fruit handling.",
    ),
    (
        "pTo016",
        "vi",
        "chito_hydrogel",
        "Hydrogel chitosan – cellulose giữ ẩm cho cây trồng chậu",
        "Thử nghiệm tại Trung tâm Nghiên cứu và Phát triển Nông nghiệp Công nghệ cao (2021): hydrogel giữ ẩm tỉ lệ chitosan "
        "85%, cellulose 15% giúp cây hương thảo trồng chậu tăng chiều cao, đường kính tán, số cành cấp 1 và hàm lượng tinh dầu.",
    ),
    (
        "pTo017",
        "en",
        "chito_shallot",
        "Alginate plus nano-chitosan coating for storing shallots",
        "Agricultural university trial coating shallot bulbs with 2% alginate combined with nano-chitosan at 0.05–0.4%, sampled "
        "every 15 days for respiration, weight loss, spoilage, soluble solids, vitamin C, sugar and essential oil. Offers a "
        "coating recipe for vegetable storage based on chitosan.",
    ),
    # --- astaxanthin and shrimp oil ---
    (
        "pTo018",
        "vi",
        "asta_hust",
        "Lựa chọn phương pháp tách chiết astaxanthin từ phế liệu tôm",
        "Luận văn tại Viện Công nghệ Sinh học và Công nghệ Thực phẩm, Trường Đại học Bách khoa Hà Nội (2015) so sánh các "
        "phương pháp tách chiết astaxanthin từ đầu, vỏ tôm để chọn cách cho hiệu suất và chất lượng sắc tố tốt. Có thể hỗ "
        "trợ doanh nghiệp thiết lập quy trình chiết ở quy mô thử nghiệm.",
    ),
    (
        "pTo019",
        "en",
        "asta_microbe",
        "Yeast- or lactobacillus-assisted astaxanthin extraction from shrimp shells",
        "Shrimp exoskeleton is first treated with baker's yeast (S. cerevisiae) or L. acidophilus from yoghurt, then extracted "
        "with hexane:acetone 1:1. Yields reached 8.5 and 8.1 mg astaxanthin per g of waste for P. japonicus, equal to the "
        "chemical method (8.4 mg/g); identity confirmed by C-NMR.",
    ),
    (
        "pTo020",
        "en",
        "asta_limonene",
        "Omega-3 shrimp oil rich in natural astaxanthin, extracted with limonene",
        "Green process that applies the fish-oil-from-by-products method to pink shrimp heads and carapace using bio-based "
        "D-limonene. It gives a deep red oil rich in omega-3 lipids and astaxanthin at high yield, and limonene protects the "
        "lipids from oxidation during extraction and solvent recovery at 85 °C.",
    ),
    (
        "pTo021",
        "en",
        "asta_vegoil",
        "Ultrasound-assisted extraction of shrimp astaxanthin into vegetable oils",
        "Food-chemistry laboratory replacing organic solvents with olive, sunflower or flaxseed oil under ultrasound to recover "
        "astaxanthin from shrimp by-products, with ABTS antioxidant testing and encapsulation in gum arabic and soy lecithin. "
        "Suited to food- and feed-grade astaxanthin oils.",
    ),
    (
        "pTo022",
        "vi",
        "asta_scco2",
        "Chiết astaxanthin từ vỏ tôm bằng CO2 siêu tới hạn",
        "Giới thiệu các cách sản xuất astaxanthin tự nhiên từ phụ phẩm giáp xác (kiềm, hòa tan trong dầu, dung môi, siêu tới "
        "hạn, enzyme, vi sóng) và quy trình CO2 siêu tới hạn điển hình: nghiền vỏ tôm, xử lý acid, rửa trung tính, sấy, chiết "
        "tĩnh rồi tuần hoàn, thu dịch, xà phòng hóa, kiểm tra bằng sắc ký lỏng.",
    ),
    (
        "pTo023",
        "vi",
        "asta_vnf",
        "Doanh nghiệp phát triển astaxanthin, peptide và chitosan từ tôm",
        "Công ty thực phẩm Việt (VNF) giới thiệu chuỗi bài về astaxanthin chiết từ tôm, nhất là từ vỏ tôm bị bỏ đi, bên cạnh "
        "các sản phẩm peptide và chitosan từ tôm. Là đầu mối tìm hiểu, hợp tác hoặc tiêu thụ nguyên liệu đầu vỏ tôm cho các "
        "sản phẩm giá trị cao.",
    ),
    (
        "pTo024",
        "en",
        "asta_biorefinery",
        "Biorefinery design for astaxanthin from seafood processing waste",
        "Review-based consulting on environment-friendly extraction and biorefinery schemes that recover astaxanthin from "
        "marine wastes, mainly shrimp waste, for feed and nutraceuticals, including case scenarios that integrate several "
        "product streams and the advantages and challenges of each source.",
    ),
    (
        "pTo025",
        "en",
        "asta_therapeutic",
        "Astaxanthin from crustacean by-products for nutraceutical and cosmetic use",
        "University review team (Split, Dapoli, Trondheim) offering guidance on astaxanthin recovered from crustaceans and their "
        "by-products: antioxidant and therapeutic potential, comparison with microalgal sources, and routes into food, pharma "
        "and cosmetic products.",
    ),
    (
        "pTo026",
        "en",
        "asta_leftover",
        "Overview of astaxanthin recovery from shrimp shell waste",
        "Book chapter (Global Perspectives on Astaxanthin, 2021) on turning shrimp shell leftovers into astaxanthin: sources, "
        "biological extraction such as lactic fermentation, and uses in feed for pigmentation and shrimp survival. Background "
        "for planning an astaxanthin line.",
    ),
    (
        "pTo027",
        "vi",
        "asta_foodchain",
        "Astaxanthin tự nhiên và tổng hợp trong thức ăn thủy sản",
        "Bài tổng quan về nguồn astaxanthin (tảo, nấm, nấm men, vi khuẩn và tổng hợp hóa học) và tác dụng khi bổ sung vào thức "
        "ăn: tăng màu, miễn dịch, sức chịu stress, tỉ lệ sống và chất lượng trứng ở cá, giáp xác nuôi. Hữu ích để định vị đầu "
        "ra cho astaxanthin làm phụ gia thức ăn.",
    ),
    (
        "pTo028",
        "vi",
        "asta_algae",
        "Astaxanthin từ vi tảo Haematococcus cho tôm nuôi công nghiệp",
        "Nhà cung cấp vi tảo giới thiệu astaxanthin sản xuất bằng nuôi sinh khối Haematococcus pluvialis (1–3,8% khối lượng "
        "khô) để bổ sung thức ăn tôm giống: tăng sắc tố, tỉ lệ sống zoea II từ 25% lên 85%, tránh hội chứng xanh lam ở tôm sú.",
    ),
    (
        "pTo029",
        "en",
        "asta_agu",
        "Review and training on astaxanthin supplementation in aquaculture",
        "Overview from the Institute of Oceanography (published by An Giang University, 2017) of how dietary astaxanthin "
        "affects pigmentation, health and survival of farmed fish and crustaceans, with gaps for live-feed enrichment and "
        "ornamental fish.",
    ),
    (
        "pTo030",
        "vi",
        "asta_fermented",
        "Chiết astaxanthin từ phế liệu tôm lên men bằng CO2 siêu tới hạn",
        "Nghiên cứu tối ưu chiết CO2 siêu tới hạn trên phế liệu tôm đã lên men: mô hình dự đoán hiệu suất chiết, hoạt tính "
        "chống oxy hóa (ABTS, ORAC), nồng độ astaxanthin và khả năng hấp thu sau tiêu hóa mô phỏng. Cho dịch chiết không dung "
        "môi độc dùng cho thực phẩm chức năng.",
    ),
    (
        "pTo031",
        "en",
        "asta_carotenoid",
        "Commercial astaxanthin from yeast, algae or synthesis",
        "Short profile of astaxanthin as a red fat-soluble carotenoid; commercial supply comes mainly from Phaffia yeast, "
        "Haematococcus algae and chemical synthesis, and it is sold encapsulated as a nutraceutical antioxidant.",
    ),
    # --- collagen from fish skin and scales ---
    (
        "pTo032",
        "vi",
        "col_tra_ntu",
        "Tách chiết collagen từ da cá tra và xác định tính chất",
        "Luận văn thạc sĩ Trường Đại học Nha Trang (2013) xây dựng cách tách chiết collagen từ da cá tra (Pangasius "
        "hypophthalmus) và phân tích các tính chất đặc trưng của sản phẩm. Nhóm hướng dẫn có thể chuyển giao quy trình và kiểm "
        "tra chất lượng collagen cho cơ sở có da cá tra.",
    ),
    (
        "pTo033",
        "en",
        "col_tra_hcmut",
        "Method for recovering collagen from pangasius skin",
        "Doctoral research at Ho Chi Minh City University of Technology (2018) on how to recover collagen from tra catfish "
        "skin. Collagen makes up about 30% of body protein and is the key material of skin, tendons and bones; the method "
        "targets food, cosmetic and biomedical grades from a cheap processing by-product.",
    ),
    (
        "pTo034",
        "vi",
        "col_acids",
        "Khử khoáng bằng acid citric, acetic, lactic trong thu nhận collagen",
        "Đồ án Trường Đại học Nha Trang (2011) so sánh ảnh hưởng của ba acid hữu cơ đến hiệu quả khử khoáng và tính chất cơ "
        "bản của collagen thu bằng phương pháp hóa học, kèm thành phần hóa học của da cá tra nguyên liệu.",
    ),
    (
        "pTo035",
        "vi",
        "col_naoh",
        "Làm sạch tạp chất phi collagen bằng NaOH và nước ấm",
        "Nghiên cứu (Đại học Nha Trang, 2010) công đoạn loại protein tạp, sắc tố và mỡ khỏi da cá tra bằng kiềm NaOH kết hợp "
        "nước ấm trước khi chiết collagen. Giúp collagen trắng, ít mùi tanh hơn.",
    ),
    (
        "pTo036",
        "en",
        "col_precip",
        "Optimising the extraction and precipitation step for tra-skin collagen",
        "Graduation project (Nha Trang University, 2010) that optimises the extraction and salting-out/precipitation stage of "
        "collagen from tra catfish skin to raise recovery. Can support scale-up of a collagen line.",
    ),
    (
        "pTo037",
        "vi",
        "col_vinhhoan_2lua",
        "Mô hình xưởng chiết xuất collagen từ da cá tra 7,2 tấn/năm",
        "Dự án của một doanh nghiệp cá tra ở Đồng Tháp: xưởng collagen tại cụm công nghiệp, vốn hơn 9 tỷ đồng, công suất 7,2 "
        "tấn bột/năm, dùng công nghệ tiên tiến chiết collagen từ da cá. Giá trị collagen cao gấp khoảng 10 lần sản phẩm thường; "
        "là mô hình tham khảo về đầu tư.",
    ),
    (
        "pTo038",
        "en",
        "col_china",
        "Fish-skin collagen and small-peptide production",
        "Chinese collagen maker describing extraction routes for fish-skin collagen (hot water, acid-base, enzymatic, salt and "
        "mixed): salt wash to remove non-collagen protein, centrifuge, acid swelling, homogenise, vacuum filter. Extraction "
        "rates run 10–20%; enzymatic hydrolysis yields small peptides.",
    ),
    (
        "pTo039",
        "en",
        "col_catla",
        "Collagen from skin, scales and fins of carp processing waste",
        "Study isolating and characterising collagen from the skin, scales and fins of Catla catla and Cirrhinus mrigala "
        "(Journal of Food Science and Technology, 2015). Shows that all three freshwater-fish wastes can supply collagen.",
    ),
    (
        "pTo040",
        "vi",
        "col_tuna_skin",
        "Collagen từ da cá ngừ vây vàng",
        "Tài liệu tổng quan và thí nghiệm về phế liệu cá ngừ vây vàng và việc tận dụng da cá làm collagen: thành phần hóa học "
        "của da, cấu trúc, phân loại và tính chất collagen, các yếu tố ảnh hưởng khi chiết.",
    ),
    (
        "pTo041",
        "en",
        "col_tuna_hydro",
        "Hydrolysed collagen from yellowfin tuna skin for foods",
        "Research on extracting and purifying hydrolysed collagen from yellowfin tuna skin and applying it in food. Skin is "
        "about 14% of the 50–60% waste from frozen tuna fillets and is mostly sold cheaply for feed, so the process adds value.",
    ),
    (
        "pTo042",
        "en",
        "col_yield",
        "Yield and purity benchmarks for collagen from seafood by-products",
        "Summary of published collagen contents of seafood processing by-products (up to 70% of dry weight, e.g. 78.6% in "
        "catfish skin) and collagen or gelatin yields from fish skins of 10.9–33.2% on average; useful to benchmark a plant.",
    ),
    (
        "pTo043",
        "vi",
        "col_marigen",
        "Collagen thủy phân thương phẩm nguồn gốc cá",
        "Thương hiệu thực phẩm chức năng giới thiệu collagen thủy phân từ cá so với collagen từ da, xương heo, bò: phân tử nhỏ, "
        "ít mỡ, kiểm soát nguyên liệu đầu vào, yêu cầu kiểm nghiệm và sinh khả dụng.",
    ),
    (
        "pTo044",
        "en",
        "col_ha",
        "Hyaluronic acid from basa skin and fish cartilage",
        "Institute of Biotechnology (VAST) measured hyaluronic acid in fresh shark cartilage 1.5%, ray cartilage 1.2% and basa "
        "skin 0.34%, and set enzymatic extraction with Neutrase; for basa skin 65 °C, pH 6, 30 h. Another high-value product "
        "from pangasius skin.",
    ),
    # --- gelatin ---
    (
        "pTo045",
        "en",
        "gel_cift",
        "Fish-skin gelatin process from a fisheries technology institute",
        "Step list for gelatin from fish skins: wash in cold water and cut, dilute alkali treatment, wash and neutralise, "
        "citric acid treatment, warm-water extraction, filtration through cellulose/diatomaceous earth, ion-exchange "
        "de-ionising, then concentrate, dry, grind and pack.",
    ),
    (
        "pTo046",
        "vi",
        "gel_patent",
        "Quy trình sản xuất gelatin từ da cá (sáng chế)",
        "Các phần cá được rửa bằng dung dịch canxi hydroxide có đá để loại máu, da sau đó xử lý acid rồi chiết gelatin ở "
        "khoảng 100–170 °F (38–77 °C) và pH acid 1,5–5,5. Phù hợp chuyển đổi da cá tra thành gelatin thực phẩm.",
    ),
    (
        "pTo047",
        "en",
        "gel_hcl",
        "Acid-swelling gelatin extraction protocol",
        "Fish skin swollen in 1% HCl (1:10) for 20 h, washed to neutral, then extracted with water 1:3 at 60 °C for 6 h; the "
        "extract is filtered, centrifuged at 12,800 g for 20 min and vacuum-dried at 50 °C to below 15% moisture.",
    ),
    (
        "pTo048",
        "vi",
        "gel_decalc",
        "Khử khoáng xương và vảy cá trước khi chiết gelatin",
        "Tổng hợp kỹ thuật: da cá thường xử lý kiềm để loại chất phi collagen và sắc tố, còn xương và vảy cá phải khử khoáng "
        "bằng acid (HCl, acid citric) hoặc EDTA trước khi chiết gelatin. Giúp cơ sở có nhiều vảy, xương cá làm gelatin.",
    ),
    (
        "pTo049",
        "en",
        "gel_halal_skin",
        "Halal collagen and gelatin from fish skin",
        "Review from Bogor Agricultural University: about 40% of fish catch weight is by-products; fish skin screened as a "
        "good halal source of collagen and gelatin, with quality comparable to bovine material and no BSE risk. Advice for "
        "targeting Muslim markets.",
    ),
    (
        "pTo050",
        "vi",
        "gel_halal_review",
        "Gelatin cá đạt halal thay thế gelatin heo",
        "Tổng quan 20 nghiên cứu chiết gelatin cá (cá rô phi, cá thu, cá da trơn): 75% dùng tiền xử lý kiềm NaOH, chiết bằng "
        "nước nóng 45–70 °C, hiệu suất 5,33–68,75%. Theo tiêu chuẩn SNI, độ bền gel 50–300, ẩm không quá 16%, béo không quá 5%.",
    ),
    (
        "pTo051",
        "en",
        "gel_halal_utm",
        "Gelatin from halal and alternative sources",
        "Engineering faculty review (Universiti Teknologi Malaysia, 2021) on replacing porcine gelatin with halal sources such "
        "as fish, its uses in food, pharmaceutical and biomedical products and the current halal issues.",
    ),
    (
        "pTo052",
        "en",
        "gel_halal_medcrave",
        "Halal gelatin requirements and detection of porcine gelatin",
        "Mini review on halal gelatin: alternatives from fish, chicken and properly slaughtered bovine, and the analytical "
        "methods used to detect pork-derived gelatin in food and medicinal products. Supports testing before export.",
    ),
    (
        "pTo053",
        "en",
        "gel_teagasc",
        "Marine gelatine from fish rest raw materials",
        "Irish food research authority review: fish gelatine is a viable alternative to mammalian gelatine but has limits in "
        "odour, colour, functional properties and consistency; pretreatment chemicals, temperature and time set chain length "
        "and gel properties, so the process must be optimised.",
    ),
    # --- fish meal and fish oil ---
    (
        "pTo054",
        "en",
        "fm_iffo_proc",
        "Fishmeal and fish oil processing: cook, press, separate, dry",
        "Industry body explaining the standard processing of raw material into fishmeal and fish oil: a cooking, pressing, "
        "extraction and drying cycle that splits meal and oil with steam as the only by-product, under quality management that "
        "keeps nutrients and contaminants within recognised ranges.",
    ),
    (
        "pTo055",
        "vi",
        "fm_pmg",
        "Thiết kế nhà máy bột cá và dầu cá",
        "Đơn vị kỹ thuật cung cấp nhà máy chế biến cá tạp, nội tạng, đầu xương thành bột cá đạm cao và dầu cá: thu nhận, nấu, "
        "ép, sấy, nghiền; dầu tách ra ở công đoạn nấu và ép. Bột cá dùng cho thức ăn thủy sản, gia cầm, gia súc.",
    ),
    (
        "pTo056",
        "en",
        "fm_stickwater",
        "Fish meal and oil from processing waste, including stickwater recovery",
        "Process note: fish processing leaves 20–80% waste (heads, frames, guts, skin); about 25% of fish meal is made from "
        "such by-products. Waste is heated, pressed, oil separated, stickwater evaporated to a syrup of 30–40% solids and added "
        "back, then the cake is dried and ground to size.",
    ),
    (
        "pTo057",
        "vi",
        "fm_botcanhat",
        "Bột cá nhạt từ đầu, xương, nội tạng cá",
        "Hướng dẫn sản xuất bột cá nhạt từ cá tạp và phụ phẩm (đầu, xương, nội tạng): sơ chế, nấu, ép, sấy, nghiền. Sản phẩm "
        "đạt đạm trên 50%, muối không quá 5%, ẩm không quá 10%; kèm cách phân loại theo độ đạm và bảo quản.",
    ),
    (
        "pTo058",
        "en",
        "fm_mapaqua",
        "Energy-efficient by-product rendering plants for aquaculture processors",
        "Consultancy designing by-product plants for fish farms and processors: by-products are sold directly or rendered into "
        "fishmeal and fish oil, and because rendering needs high-temperature cooking, plant design and efficiency measures are "
        "used to keep energy cost acceptable.",
    ),
    (
        "pTo059",
        "vi",
        "fo_motra",
        "Tận dụng mỡ cá tra thành dầu cá giàu omega-3",
        "Mỡ cá tra, phế phẩm khi phi lê, chứa nhiều acid béo không no, omega-3 (EPA, DHA) và vitamin A, D, E. Đề xuất thu hồi, "
        "tinh chế thành dầu ăn, dầu cá bổ sung và nguyên liệu thức ăn, vừa giảm ô nhiễm vừa tăng giá trị.",
    ),
    (
        "pTo060",
        "en",
        "fo_viscera",
        "Salt blanching of fish viscera before oil extraction",
        "Study on rainbow trout viscera: delaying processing 0–9 h raises free fatty acids and oxidation through digestive "
        "enzymes. Blanching with salt before extraction gave the lowest TBA, acid value and Totox and the best oil; pH-shift and "
        "hot blanching were worse. A fix for oil from waiting viscera.",
    ),
    (
        "pTo061",
        "vi",
        "fm_fks",
        "Cung cấp bột cá 60–72% đạm và dầu cá cho thức ăn",
        "Công ty nông sản chào bán bột cá (làm từ cá không dùng cho người và một phần từ phụ phẩm đóng hộp; cá béo được ép lấy "
        "dầu trước) với đạm thô 60–72%, khoảng 60% lượng bột cá dùng cho thức ăn thủy sản; dầu cá làm nguồn năng lượng.",
    ),
    (
        "pTo062",
        "en",
        "fm_iffo_byp",
        "By-product as fishmeal raw material: collection and processing",
        "Industry guidance: processing for food leaves heads, viscera, frames and skin, up to 70% of the fish; this is valuable "
        "fishmeal and fish-oil raw material and is still under-used. Coastal plants run prompt collection so processors have "
        "a reliable outlet, and some vessels process by-products on board.",
    ),
    (
        "pTo063",
        "en",
        "fm_fao_raw",
        "Preserving raw material for fishmeal: chilling, ice, RSW and chemicals",
        "FAO technical manual chapter on raw material for meal and oil: sources including offal from food processing, "
        "composition, sampling, how autolysis, oxidation and microbes spoil it, and preservation by draining, chilling, "
        "refrigerated sea water, ice and chemical preservatives.",
    ),
    (
        "pTo064",
        "en",
        "fm_piglix",
        "Fishmeal from small wild-caught industrial fish",
        "Encyclopaedia-style profile: most fishmeal comes from managed stocks of small oily marine fish caught for reduction "
        "(4–5 t of fish per tonne of meal, about 6 Mt a year), with a smaller share from bones and offal; made by cooking, "
        "pressing, drying and grinding.",
    ),
    (
        "pTo065",
        "en",
        "fm_longdom",
        "Fishmeal for farm animal feeding",
        "Journal page describing fishmeal as a cheap, calorie-dense feed made mostly from by-catch fish not used for people, "
        "which drove the growth of factory farming of animals.",
    ),
    (
        "pTo066",
        "en",
        "fm_sportdog",
        "Fish meal as a pet-food ingredient",
        "Pet-food maker's note: fish meal is dried, ground fish and fish waste used only in animal feed; buyers should look for "
        "named species such as salmon or whitefish meal rather than generic low-grade meal.",
    ),
    # --- protein hydrolysates ---
    (
        "pTo067",
        "vi",
        "hyd_tsvn",
        "Dịch đạm thủy phân từ phụ phẩm cá phi lê cho thức ăn thủy sản",
        "Giới thiệu thủy phân đạm phụ phẩm cá bằng hóa chất hoặc enzyme; cách enzyme được ưa chuộng vì an toàn và giữ dinh "
        "dưỡng, chạy ở 40–50 °C, phối hợp protease, cellulase, amylase, hiệu suất tối đa khoảng 70%. Dịch giàu peptide ngắn và "
        "acid amin thiết yếu làm nguyên liệu thức ăn chăn nuôi, thủy sản.",
    ),
    (
        "pTo068",
        "en",
        "hyd_catfish",
        "Optimised enzymatic hydrolysis of pangasius by-products for feed",
        "Vietnamese team optimised hydrolysis of industrial tra catfish by-products by Box-Behnken design: 10% water, 0.48% "
        "SEB-Neutral PL enzyme, 57 °C, 6 h. The hydrolysate is rich in amino-acid nitrogen and meets national standards and "
        "microbial limits for a feed supplement. In 2019 tra output was 1.42 Mt, 60–70% of it by-products.",
    ),
    (
        "pTo069",
        "en",
        "hyd_papain",
        "Pilot-scale papain hydrolysis of fish frames",
        "Pilot-plant process: whole frames (with heads) hydrolysed with papain at 0.5% of protein, 40 °C, 1 h, without pH "
        "control, even without added water after mincing; 71–86% of protein solubilised. Four product lines: spray-dried "
        "soluble powder, liquid hydrolysate, partly soluble powder and a drum-dried feed protein.",
    ),
    (
        "pTo070",
        "vi",
        "hyd_sph",
        "Protein thủy phân từ phụ phẩm tôm thay một phần bột cá",
        "Đánh giá (Tạp chí KH-CN Thủy sản, 2025) của một công ty thực phẩm và Đại học Nông Lâm TP.HCM về protein thủy phân từ "
        "đầu, vỏ tôm (SPH) thay một phần bột cá trong thức ăn thủy sản Việt Nam: cải thiện tăng trưởng, hiệu quả dùng thức ăn.",
    ),
    (
        "pTo071",
        "vi",
        "hyd_tuna_head",
        "Thủy phân protein từ đầu cá ngừ bằng enzyme Flavourzyme",
        "Đồ án Trường Đại học Nha Trang nghiên cứu sản xuất sản phẩm thủy phân protein từ đầu cá ngừ bằng Flavourzyme, khảo "
        "sát điều kiện thủy phân và ứng dụng làm nguyên liệu thực phẩm giàu đạm, tạo vị.",
    ),
    (
        "pTo072",
        "en",
        "hyd_steps",
        "Training module: producing fish protein hydrolysate",
        "Course notes on FPH from fish and shellfish: raw material (filleting by-products, by-catch, krill) minced and mixed 1:1 "
        "with water; autolysis and/or added proteolytic enzymes at their optimum temperature with stirring; enzymes then "
        "inactivated by heating to 80–90 °C to give a water-soluble product.",
    ),
    (
        "pTo073",
        "en",
        "hyd_human",
        "Fish protein hydrolysates as a food ingredient",
        "Review (Foods, 2024) on enzymatic hydrolysates from fish by-products for human nutrition: nutritional value, food "
        "safety, bioactive and technological properties, and how raw material, enzyme, degree of hydrolysis and peptide size "
        "govern them.",
    ),
    (
        "pTo074",
        "vi",
        "hyd_classes",
        "Tư vấn chọn sản phẩm thủy phân protein theo từng loại phụ phẩm cá",
        "Phân loại dịch thủy phân protein từ da (nguồn collagen, gelatin), đầu, cơ vụn, nội tạng, gan và xương cá, cùng hướng "
        "ứng dụng của từng loại để nâng cấp tính chất chức năng và dinh dưỡng.",
    ),
    (
        "pTo075",
        "en",
        "hyd_powder",
        "Spray- or freeze-dried protein hydrolysate powder",
        "University food-science study on low-value yellowstripe scad hydrolysed with 0.5–2.0% Alcalase for 1–2 h, then "
        "spray-dried or freeze-dried: yield, degree of hydrolysis (80–95%), 20–29% protein, microstructure and water-holding "
        "capacity compared. Guides the drying step for hydrolysate powder.",
    ),
    (
        "pTo076",
        "vi",
        "hyd_botnem",
        "Bột nêm từ thịt vụn cá thu",
        "Đồ án Trường Đại học Nha Trang (2012) xây dựng quy trình sản xuất bột nêm từ thịt vụn cá thu, một phụ phẩm của chế "
        "biến, tạo sản phẩm gia vị có giá trị cao hơn.",
    ),
    (
        "pTo077",
        "en",
        "hyd_circular",
        "Circular-economy use of fish by-products for food and health",
        "Review (2025) on sustainable use of fish by-products in seafood production and human health: products such as "
        "protein hydrolysates, oils, collagen and minerals, and how they fit circular-economy models.",
    ),
    (
        "pTo078",
        "vi",
        "hyd_food",
        "Sản xuất dịch thủy phân protein từ phụ phẩm cá bằng enzyme cho thực phẩm",
        "Phụ phẩm cá chứa protein giá trị như thịt cá nhưng đang bị bỏ hoặc làm sản phẩm rẻ; công nghệ enzyme cho phép thu hồi "
        "và biến đổi protein này thành nhiều loại nguyên liệu thực phẩm cho người.",
    ),
    (
        "pTo079",
        "en",
        "hyd_review",
        "Analysis of fish protein hydrolysates: composition and antioxidant activity",
        "Review-based service (National Institute of Nutrition, CFTRI, India) on proximate and amino-acid composition, "
        "antioxidant activity and applications of fish protein hydrolysates; basis for testing a new hydrolysate product.",
    ),
    # --- liquid fertiliser and fish silage ---
    (
        "pTo080",
        "vi",
        "fert_damcaviet",
        "Đạm cá hữu cơ dạng lỏng cho cây trồng",
        "Cơ sở sản xuất phân đạm cá chiết từ cá tươi, xử lý bằng lên men sinh học hoặc thủy phân enzyme để giữ đạm, acid amin, "
        "vitamin, khoáng. Cung cấp sản phẩm và hướng dẫn tự làm dịch đạm cá, giúp giảm phân hóa học, không gây chai đất.",
    ),
    (
        "pTo081",
        "vi",
        "fert_viejoy",
        "Quy trình ủ đạm cá nhanh, không mùi hôi",
        "Hướng dẫn: 20–25 kg phế phẩm cá (đầu, xương, vây), 500 ml rỉ đường, 200 g Trichoderma hoặc chế phẩm vi sinh, 2 quả dứa "
        "hoặc đu đủ xanh làm enzyme; ủ trong thùng 20–100 lít có nắp, sau 7–10 ngày đổ nước ngập, kiểm tra khí định kỳ, lọc lấy "
        "dịch. Vi sinh vừa đẩy nhanh phân hủy vừa khử mùi.",
    ),
    (
        "pTo082",
        "en",
        "fert_attra",
        "Technical information on fish-based fertiliser manufacturing",
        "Advisory service answer on turning fisheries waste into fertiliser: fish waste is highly putrescible and gives "
        "ammonia, hydrogen sulfide, mercaptans and pathogens if handled anaerobically; options are composting and making fish "
        "emulsion, fish hydrolysate or fish solubles, with resource lists.",
    ),
    (
        "pTo083",
        "en",
        "fert_wikimili",
        "Fish emulsion fertiliser from meal and oil plant residues",
        "Fish emulsion is made from the fluid left after fish meal and oil production: fish and carcass parts are ground to a "
        "slurry, oil and meal removed, solids strained, and sulfuric acid added against microbes. Typical analysis N-P-K 5-2-2 "
        "plus micronutrients; accepted as an organic fertiliser.",
    ),
    (
        "pTo084",
        "vi",
        "fert_lawncare",
        "Sản xuất phân cá dạng lỏng ổn định bằng acid phosphoric",
        "Phụ phẩm cá được nấu để tách dầu và dịch; phần rắn làm bột cá, dịch lọc xử lý tiếp thành phân lỏng. Bổ sung acid "
        "phosphoric để acid hóa, giữ dịch không thối; sản phẩm khoảng 4-2-2 N-P-K, hấp thu nhanh, có thể phun qua lá. Phù hợp "
        "cơ sở gần cảng cá, khu chế biến.",
    ),
    (
        "pTo085",
        "en",
        "fert_grokipedia",
        "Pathogen-safe fish emulsion: heating, acidification, uses",
        "Fish remains are heated above 80 °C to recover oil and kill pathogens, strained and acidified with sulfuric or "
        "phosphoric acid; N-P-K from 2-4-1 to 5-1-1 with Ca, Mg, S. Used as soil drench, foliar spray or in hydroponics, it "
        "feeds beneficial microbes and can suppress damping-off and Fusarium.",
    ),
    (
        "pTo086",
        "en",
        "fert_safimex",
        "Small-batch fish emulsion from wet-market fish scraps",
        "Illustrated home method: fish scraps collected free from market traders (guts, gills, fins, scales, bones) are "
        "decomposed in a lidded container; about 2 kg of scraps give roughly 2 litres of concentrated emulsion after one month. "
        "Warns that the process is messy and very smelly.",
    ),
    (
        "pTo087",
        "en",
        "fert_faa",
        "Fish amino acid (FAA) recipe for natural farming",
        "Natural-farming recipe: cut fish pieces, mix with an equal weight of brown sugar or jaggery, fill a jar to 2/3, cover "
        "with mesh and ferment 7–10 days, adding indigenous microorganisms if fat floats. Dilute 1:1000 to feed crops, activate "
        "compost and help against mites and whitefly.",
    ),
    (
        "pTo088",
        "en",
        "fert_animagro",
        "DIY fish fertiliser by blending and fermenting fish",
        "Blog method for homemade fish fertiliser: blend whole fish or discards, add non-chlorinated water at 3 parts water to "
        "1 part fish, ferment; emulsion runs about N-P-K 5-3-3 and suits leafy vegetables and lawns.",
    ),
    (
        "pTo089",
        "en",
        "sil_fao_shrimpfeed",
        "Acid or biological fish silage as a feed ingredient",
        "FAO feed manual: trash fish, heads, viscera and prawn waste are ground and mixed with sulphuric, hydrochloric, "
        "propionic or formic acid (acid silage), or fermented with lactic bacteria and carbohydrate (biological silage). The "
        "liquid keeps and can be fed or mixed into compound feed.",
    ),
    (
        "pTo090",
        "vi",
        "sil_fao_manual",
        "Sổ tay FAO: sản xuất và sử dụng cá ủ chua (fish silage)",
        "Sổ tay FAO (2018) hướng dẫn biến phế phẩm cá thành lợi nhuận: ủ chua bằng acid hoặc lên men, bảo quản không cần lạnh, "
        "dùng làm nguyên liệu thức ăn chăn nuôi hoặc phân bón. Kèm minh họa từng bước, phù hợp cơ sở nhỏ.",
    ),
    (
        "pTo091",
        "en",
        "sil_gsa",
        "Fermented silage from tilapia processing waste",
        "Seafood alliance article: silage is made by acid addition or anaerobic lactic fermentation, the latter cheap and "
        "artisanal; in warm-water fish up to 50% of nitrogen may stay undigested in the sediment, and long storage lowers "
        "quality. Tilapia-waste silage suits aquaculture and livestock feed.",
    ),
    (
        "pTo092",
        "vi",
        "sil_aquahoy",
        "Cá ủ chua làm thức ăn thủy sản giá rẻ thay bột cá",
        "Cá ủ chua là sản phẩm lỏng từ đầu, nội tạng, xương cá được phân giải bằng acid, enzyme hoặc vi khuẩn lactic; giữ được "
        "lâu không cần lạnh, giàu acid amin, peptide. Chế biến cá tạo 30–70% phế phẩm, nên ủ chua là cách thay bột cá rẻ và "
        "cũng dùng làm phân bón.",
    ),
    (
        "pTo093",
        "en",
        "sil_landia",
        "Silage equipment for fish by-products on board and on shore",
        "Equipment maker's case study: fish and fish parts unfit for food are chopped and dosed with acid preservative so "
        "bacteria cannot develop, turning by-products into silage on a factory trawler in the Faroe Islands.",
    ),
    (
        "pTo094",
        "en",
        "sil_disney",
        "Low-cost acid fish silage for pig and poultry feeding",
        "Tropical Products Institute paper for the Indo-Pacific: methods for liquid and dried acid fish silage at low cost and "
        "low technology, and how to feed it to pigs and poultry where fishmeal plants are not viable.",
    ),
    (
        "pTo095",
        "vi",
        "sil_cuba",
        "Ủ cá với rỉ mật làm thức ăn gia súc",
        "Kinh nghiệm Cuba: cá tạp và phụ phẩm cá được bảo quản bằng acid hoặc trộn rỉ mật đường để lên men, hạ pH, dùng nuôi "
        "bò thịt, heo. Khoảng 60% khối lượng cá không phải phần thịt ăn được, có thể thành nguồn đạm thức ăn.",
    ),
    (
        "pTo096",
        "vi",
        "d_sludge",
        "Phân hữu cơ từ bùn đáy ao nuôi cá tra",
        "Nghiên cứu phối trộn bùn đáy ao nuôi cá tra với vỏ trấu, ủ luống hở có đảo trộn, bón 10–20 tấn/ha cho cây bắp; phân đạt "
        "tiêu chuẩn kim loại nặng và vi sinh, kết hợp phân vô cơ cho năng suất bắp cao nhất.",
    ),
    (
        "pTo097",
        "vi",
        "d_trunque",
        "Mô hình nuôi trùn quế từ chất thải chăn nuôi",
        "Nuôi trùn quế trên phân gia súc, rác nông nghiệp; 500 m² xử lý khoảng 12 tấn chất thải mỗi tháng, cho phân trùn và "
        "trùn giàu đạm (khoảng 70%) làm thức ăn gia súc, thủy sản.",
    ),
    # --- bone calcium and hydroxyapatite ---
    (
        "pTo098",
        "vi",
        "ca_nano_khanhhoa",
        "Bột nano canxi hydroxyapatite từ phế phẩm xương cá",
        "Đề tài của Viện Hải dương học (nghiệm thu tại Khánh Hòa) sản xuất thử bột nano canxi hydroxyapatite từ xương cá chẽm, "
        "cá ngừ ở quy mô phòng thí nghiệm. HAp có tỉ lệ canxi/phốt pho như xương người nên dễ hấp thu; khẩu phần canxi của "
        "người Việt chỉ 500–540 mg/ngày, nguyên liệu canxi hiện phải nhập.",
    ),
    (
        "pTo099",
        "vi",
        "ca_tuna_powder",
        "Quy trình sản xuất bột khoáng từ xương cá ngừ",
        "Đồ án Trường Đại học Nha Trang (2012) xây dựng quy trình làm bột khoáng (canxi) từ xương cá ngừ – phụ phẩm của chế "
        "biến – dùng bổ sung vào thực phẩm.",
    ),
    (
        "pTo100",
        "en",
        "ca_cift",
        "Fish calcium powder from fish bone",
        "Fisheries technology institute process: collect and clean fish bones, remove lipid with solvents, remove protein with "
        "a proteolytic enzyme, autoclave to soften, dry and powder. The powder is rich in dicalcium phosphate (ideal 2:1 ratio) "
        "and can be encapsulated with vitamins as a supplement; RDA 1000–1300 mg.",
    ),
    (
        "pTo101",
        "en",
        "ca_tuna_hap",
        "Hydroxyapatite from tuna bone by calcination",
        "Bigeye tuna bone calcined at 200–1200 °C and characterised (TGA, FTIR, XRD, FE-SEM, EDX): 600–900 °C gives "
        "nanostructured hydroxyapatite of 80–300 nm that matched the reference pattern and was not cytotoxic to MG-63 bone "
        "cells. Route to biomedical-grade HAp.",
    ),
    (
        "pTo102",
        "en",
        "ca_tilapia",
        "Magnesium-rich calcium phosphate bioceramic from tilapia bone",
        "Gradient heat treatment of tilapia bone: 600–800 °C gives hydroxyapatite, 900–1200 °C gives biphasic calcium "
        "phosphate with more beta-TCP. Both contain magnesium, release Mg2+, degrade faster than commercial HAp and show better "
        "bone-like apatite formation and osteoconduction; non-toxic.",
    ),
    (
        "pTo103",
        "vi",
        "ca_usp",
        "Đánh giá xương cá làm nguồn canxi theo dược điển",
        "Nghiên cứu Thái Lan so sánh xương cá hoki, cá chẽm và xương gà theo chuyên luận calcium carbonate USP 24, BP 1998: hao "
        "hụt khi sấy 12,4%, 11,3% và 5,9%; canxi tổng (chuẩn độ complexon) 31,8%, 28,1% và 32,2%. Làm căn cứ kiểm nghiệm bột "
        "xương cá làm thực phẩm bổ sung.",
    ),
    (
        "pTo104",
        "en",
        "ca_marine_review",
        "Product development with calcium from marine organisms",
        "Review (Scientific Reports) of marine biological calcium: sources such as fish bone and shells, calcium supplements, "
        "bioavailability, and new applications in biomedical, pharmaceutical, health-care and food products.",
    ),
    (
        "pTo105",
        "vi",
        "ca_salmon",
        "Quy trình lý – hóa – sinh tách hydroxyapatite từ xương cá hồi",
        "Nhóm nghiên cứu Tây Ban Nha – Chile cải tiến quy trình phòng thí nghiệm kết hợp xử lý vật lý, hóa học và sinh học để "
        "tách hydroxyapatite hiệu quả từ xương cá hồi thải bỏ, dùng cho nha khoa và y sinh.",
    ),
    (
        "pTo106",
        "en",
        "ca_hap_review",
        "Natural hydroxyapatite from marine and shell waste for bone tissue engineering",
        "Review of hydroxyapatite prepared from natural bio-waste (fish bones and scales, mammalian bones, shells) instead of "
        "chemical precursors, for bone regeneration, implants and dental materials.",
    ),
    (
        "pTo107",
        "en",
        "ca_scales",
        "Hydroxyapatite from waste fish scales",
        "Summary of studies producing fish-scale hydroxyapatite from bio-waste: around 50% of fish mass ends as waste and about "
        "4% of that is scales, so scale-derived HAp is economically and environmentally attractive.",
    ),
    (
        "pTo108",
        "vi",
        "d_calcium_drug",
        "Thuốc bổ sung calci cho người",
        "Giới thiệu một sản phẩm thuốc bổ sung calci: vai trò của calci với xương, răng, cơ và thần kinh; mật độ xương giảm "
        "khoảng 1% mỗi năm sau tuổi 30; người thiếu calci cần bổ sung đều đặn.",
    ),
    # --- cold handling of by-products ---
    (
        "pTo109",
        "vi",
        "cold_chitin_storage",
        "Chế độ bảo quản đầu vỏ tôm nguyên liệu để giữ chất lượng chitin",
        "Đồ án Trường Đại học Nha Trang (2012) đánh giá ảnh hưởng của cách bảo quản phế liệu tôm trước khi chế biến đến chất "
        "lượng chitin, kèm tổng quan về xử lý, bảo quản phế liệu tôm. Giúp cơ sở chọn nhiệt độ và thời gian giữ nguyên liệu.",
    ),
    (
        "pTo110",
        "en",
        "cold_nordic",
        "Handling rest raw materials in fish processing",
        "Nordic innovation report on rest raw materials (heads, backbones, trimmings, skin, guts) of round-fish filleting: "
        "how raising their yield and value through better handling gives economic, nutritional and environmental gains for "
        "processing companies.",
    ),
    (
        "pTo111",
        "vi",
        "fm_fao_raw",
        "Bảo quản nguyên liệu phụ phẩm cá trước khi làm bột cá",
        "Chương sổ tay FAO về nguyên liệu bột cá và dầu cá: phụ phẩm hư hỏng do tự phân, oxy hóa và vi sinh vật; các cách bảo "
        "quản gồm tháo nước, làm lạnh, nước biển lạnh tuần hoàn, ướp đá và dùng chất bảo quản hóa học.",
    ),
    (
        "pTo112",
        "en",
        "d_iced_shrimp",
        "Physicochemical changes of farmed whiteleg shrimp during iced storage",
        "Study of freshly harvested L. vannamei held up to 12 days on ice: pH rose, fat fell between days 3 and 9, protein fell "
        "after day 8, colour and texture changed. Baseline for shrimp freshness and preservative trials.",
    ),
    (
        "pTo113",
        "en",
        "d_blackspot",
        "Preventing black spot on harvested shrimp",
        "Extension specialists compare sulfite dips (100 ppm residue limit, allergen labelling, worker hazard) with "
        "4-hexylresorcinol products for stopping melanosis on shrimp after harvest.",
    ),
    (
        "pTo114",
        "vi",
        "d_caseamex",
        "Đánh giá kho lạnh và hiệu suất thu hồi fillet cá tra",
        "Luận văn Đại học Cần Thơ (2013) khảo sát quy trình fillet cá tra đông lạnh tại một công ty, tính hiệu suất thu hồi "
        "fillet và độ mất nhiệt qua tường vách cách nhiệt của kho lạnh.",
    ),
    (
        "pTo115",
        "vi",
        "d_plant35t",
        "Thiết kế nhà máy chế biến thủy sản đông lạnh 35 tấn/ngày",
        "Đồ án thiết kế nhà máy đông lạnh thủy sản năng suất 35 tấn nguyên liệu mỗi ngày: dây chuyền, kho lạnh, thiết bị cấp "
        "đông cho tôm, cá, mực xuất khẩu.",
    ),
    (
        "pTo116",
        "vi",
        "d_pto_iqf",
        "Quy trình sản xuất tôm PTO đông lạnh IQF",
        "Đồ án công nghệ chế biến (TP.HCM, 2013) mô tả quy trình tôm bóc vỏ chừa đuôi (PTO) cấp đông rời IQF: tiếp nhận, "
        "rửa, bóc vỏ, phân cỡ, cấp đông, mạ băng, bao gói.",
    ),
    (
        "pTo117",
        "en",
        "d_wikisum",
        "Chilling and freezing in fish processing",
        "Overview of fish processing: primary and secondary processing, careful handling, slurry ice and chilling to slow "
        "microbial and autolytic spoilage, cold-store design and energy use, HACCP compliance.",
    ),
    (
        "pTo118",
        "en",
        "d_spoilage",
        "Training on the parameters that control fish spoilage",
        "Lecture by a fisheries scientist on extrinsic (storage temperature, humidity, oxygen, salinity, handling) and "
        "intrinsic (pH, moisture, species, size) factors of fish spoilage and how controlling them slows spoilage.",
    ),
    (
        "pTo119",
        "vi",
        "d_frozen_proc",
        "Quy trình chế biến tôm đông lạnh và vận chuyển nguyên liệu",
        "Tài liệu quy trình chế biến sản phẩm tôm đông lạnh: đặc điểm tôm sú, tôm thẻ, tôm chì; tôm sau thu hoạch ướp đá ở "
        "5–15 °C trong thùng cách nhiệt lót trấu hoặc rong để chở về nhà máy.",
    ),
    (
        "pTo120",
        "en",
        "d_eatortoss",
        "Consumer guide: black spots on shrimp",
        "Food-safety site explaining melanosis on shrimp shells as a harmless enzymatic reaction with air that may hint at "
        "older product, and how to judge shrimp freshness by smell.",
    ),
    (
        "pTo121",
        "en",
        "d_grading",
        "Fish grading, chilling and freezing module",
        "Teaching module on seafood products, grading of fish, chilling and freezing, the rate of chilling and the pros and "
        "cons of each method.",
    ),
    # --- odour control ---
    (
        "pTo122",
        "vi",
        "odour_ace",
        "Giải pháp xử lý mùi hôi từ nước thải chế biến thủy sản",
        "Công ty môi trường đề xuất: song chắn rác và bể tách mỡ để loại vụn cá, vỏ tôm (giảm 30–50% chất hữu cơ sinh mùi); sục "
        "khí bể điều hòa, bể hiếu khí để giảm 50–70% H2S, NH3; hóa chất NaOH, FeCl3, ozone, H2O2 giảm 70–90% mùi; tháp hấp thụ "
        "và lọc sinh học cho khí.",
    ),
    (
        "pTo123",
        "vi",
        "odour_entec",
        "Các phương pháp khống chế ô nhiễm mùi cho cơ sở chế biến thực phẩm",
        "Tổng hợp của Trung tâm Công nghệ Môi trường: sản xuất sạch hơn, pha loãng bằng nâng ống thải, chất kháng/che mùi, "
        "thiêu đốt, hấp phụ bằng than hoạt tính hoặc phân rác, đất xốp, hấp thụ bằng dung dịch, oxy hóa bằng ozone, H2O2, ngưng "
        "tụ; kèm so sánh chỉ tiêu kỹ thuật và ví dụ áp dụng ở Việt Nam.",
    ),
    (
        "pTo124",
        "en",
        "odour_wattagnet",
        "Inorganic-media biofilters for rendering and feed plant odours",
        "Biofiltration with advanced inorganic media now handles the smelliest feed-industry jobs, including rendering plants. "
        "Main odour sources in order: cooking, drying and cooling, grinding, raw-material reception and storage, handling and "
        "fugitive building air.",
    ),
    (
        "pTo125",
        "en",
        "odour_petfood",
        "Odour reduction and energy recovery for feed and pet-food dryers",
        "Engineering firm's comparison of six odour-reduction routes for extrusion and drying plants (chimney, ozone/plasma at "
        "70–85% efficiency and others) with energy recovery; aquafeed dryers produce the most intense odour, measured by "
        "olfactometry.",
    ),
    (
        "pTo126",
        "en",
        "odour_nem",
        "Biofiltration for food processing odours",
        "Consultancy paper on odour control of food plants: volatile compounds from heating and drying, odour panels per ASTM "
        "E-679, and technologies including biofilters, bioscrubbers, activated-sludge scrubbers and trickling filters.",
    ),
    (
        "pTo127",
        "vi",
        "odour_ecology",
        "Lọc sinh học khử mùi bằng đất, phân compost, than bùn, dăm gỗ",
        "Kỹ thuật lọc sinh học: cho khí có mùi đi qua lớp vật liệu (đất, compost lá, than bùn, dăm gỗ) có vi sinh phân hủy "
        "H2S, NH3 và chất hữu cơ. Yêu cầu vật liệu hấp phụ tốt, tổn thất áp thấp, độ rỗng cao, pH trung tính đến hơi kiềm, đủ ẩm.",
    ),
    (
        "pTo128",
        "en",
        "odour_springer",
        "Choosing a deodorisation technology for malodorous gases",
        "Review (Environmental Science and Pollution Research, 2019) of gas deodorisation: emission prevention and removal "
        "methods, their limits and selection criteria, to help an operator choose a suitable odour control system.",
    ),
    (
        "pTo129",
        "vi",
        "odour_microbial",
        "Công nghệ lọc sinh học vi sinh xử lý khí có mùi",
        "Tổng quan về biofilter dùng vi sinh vật phân hủy chất gây mùi trong khí thải: ưu điểm chi phí vận hành thấp, lưu lượng "
        "lớn; loại biofilter hở, kín, vật liệu đệm và điều kiện vận hành, chọn chủng vi sinh theo chất gây mùi.",
    ),
    (
        "pTo130",
        "en",
        "odour_elixir",
        "Biological odour control systems",
        "Indian environmental firm offering biological odour control for industrial sites, citing community complaints about "
        "factory smells, and treating odour at source through physical, chemical and biological means.",
    ),
    # --- wastewater of small by-product plants ---
    (
        "pTo131",
        "vi",
        "ww_surimi",
        "Hệ thống xử lý nước thải chế biến surimi 300 m³/ngày đêm",
        "Công trình cho một nhà máy surimi: nước thải COD tới 36.000 mg/l, BOD 4.000–15.000 mg/l, SS 500–1.500 mg/l, dầu mỡ "
        "100–500 mg/l, dùng 20–25 m³ nước/tấn sản phẩm. Quy trình 10 công đoạn từ bể gom, lọc rác tinh để đạt QCVN 11:2008 cột B.",
    ),
    (
        "pTo132",
        "vi",
        "ww_salty_sludge",
        "Bùn hoạt tính xử lý nước thải thủy sản có độ mặn cao",
        "Luận văn nghiên cứu ứng dụng bùn hoạt tính thích nghi mặn để xử lý nước thải chế biến thủy sản độ mặn cao, xác định "
        "điều kiện vận hành để vi sinh không bị ức chế.",
    ),
    (
        "pTo133",
        "vi",
        "ww_tiengiang",
        "Đánh giá quy trình xử lý nước thải các nhà máy chế biến thủy sản",
        "Luận văn khảo sát đặc điểm nước thải và đánh giá các quy trình xử lý đang áp dụng tại một số nhà máy chế biến thủy "
        "sản ở Tiền Giang, đề xuất công nghệ phù hợp cho ngành.",
    ),
    (
        "pTo134",
        "vi",
        "ww_memart",
        "Dây chuyền công nghệ xử lý nước thải thủy sản",
        "Giới thiệu đặc điểm nước thải thủy sản và dây chuyền xử lý: tách rác, tách mỡ, điều hòa, xử lý sinh học, lắng, khử "
        "trùng; thiết kế, lắp đặt, chi phí và ưu nhược điểm từng công nghệ.",
    ),
    (
        "pTo135",
        "en",
        "ww_iasri",
        "Treating seafood plant wastewater and recovering value from it",
        "Course material: ponds and aerated lagoons can turn red and smell; activated sludge is spreading, with dissolved air "
        "flotation ahead of it to remove oil, grease and protein. An anaerobic digester followed by shallow ponds can grow "
        "Chlorella and photosynthetic bacteria for fish feed, and proteases can be recovered.",
    ),
    (
        "pTo136",
        "en",
        "ww_tay",
        "Seafood processing wastewater treatment handbook chapter",
        "Nanyang and Cleveland State authors cover seafood wastewater: BOD of 1–72.5 kg per tonne of product (12.5–37.5 kg for "
        "white-fish filleting), high fat, oil, grease and nitrogen, characterisation, pretreatment, primary and biological "
        "treatment for small and large plants.",
    ),
    (
        "pTo137",
        "en",
        "ww_alginate",
        "Food-grade flocculation and flotation to recover protein from shrimp process water",
        "Swedish-Danish team used seaweed alginate and carrageenan as food-grade flocculants before dissolved air flotation. "
        "Protein in shrimp boiling water (12.4 g/l) and peeling water (1.4 g/l) fell by up to 76% and 85%; the spray-dried "
        "biomass held up to 61% protein, 47% of amino acids essential.",
    ),
    (
        "pTo138",
        "en",
        "ww_guerrero",
        "Protein recovery from fishmeal factory wastewater",
        "Study on fishmeal effluents with 5–40 g/l volatile suspended solids, mostly protein: centrifuging at 10,000 rpm for "
        "12.5 min removed 45–82% of suspended solids; coagulation with sodium polyacrylate (pH 4) or chitosan (pH 7.2–7.8) "
        "removed up to 97% and 75%. The solids had an amino-acid profile close to fish meal.",
    ),
    (
        "pTo139",
        "en",
        "ww_ncstate",
        "Water and waste management programme for seafood plants",
        "Extension education series (North Carolina State, Cornell, Purdue) for food plants: controlling water use and product "
        "loss, pretreatment and treatment of wastewater and use or disposal of residuals, with a seafood-specific manual.",
    ),
    (
        "pTo140",
        "vi",
        "ww_ideas",
        "Thu hồi dinh dưỡng từ nước thải luộc tôm và phi lê cá",
        "Hệ thống thử nghiệm xử lý nước thải phi lê cá, luộc tôm, luộc nhuyễn thể để protein và chất béo kết cụm, nổi lên nhờ "
        "bọt khí và được vớt ra; thu được dịch giàu dinh dưỡng và sinh khối bán rắn thay vì xả bỏ.",
    ),
    (
        "pTo141",
        "vi",
        "d_pond_ww",
        "Lọc sinh học xử lý nước thải nuôi trồng thủy sản",
        "Tiểu luận về hiện trạng khai thác, nuôi trồng thủy sản và phương pháp sinh học xử lý ô nhiễm ao nuôi: hệ hiếu khí, kỵ "
        "khí, lọc nhỏ giọt, đĩa quay sinh học.",
    ),
    (
        "pTo142",
        "vi",
        "d_vicoba",
        "Giải pháp giảm ô nhiễm nước thải sinh hoạt tại nhà máy bia",
        "Khóa luận Đại học Nông Lâm Thái Nguyên (2018) đánh giá thực trạng và đề xuất giải pháp xử lý nước thải sinh hoạt của "
        "một công ty chế biến thực phẩm, bia.",
    ),
    # --- markets and certification ---
    (
        "pTo143",
        "en",
        "cert_iffo_rs",
        "Responsible-supply certification for fishmeal and fish oil plants",
        "The IFFO RS standard, founded in 2009, certifies more than half of world fishmeal and fish oil and over 150 plants in "
        "20+ countries. The unit is the factory: full audit in year 1, surveillance in years 2 and 3, certificate for 3 years, "
        "by ISO 17065-accredited certification bodies.",
    ),
    (
        "pTo144",
        "vi",
        "cert_v3",
        "Tiêu chuẩn MarinTrust phiên bản 3 khuyến khích dùng phụ phẩm",
        "Bản sửa đổi tiêu chuẩn nhà máy MarinTrust (lấy ý kiến 60 ngày năm 2023) nhằm mở rộng nguồn nguyên liệu biển có trách "
        "nhiệm và khuyến khích dùng phụ phẩm, tăng kiểm soát rủi ro cho cả cá nguyên con lẫn phụ phẩm. Mỗi năm có khoảng 6 "
        "triệu tấn nguyên liệu biển, một nửa đã được chứng nhận.",
    ),
    (
        "pTo145",
        "en",
        "cert_v2",
        "What the MarinTrust factory standard requires",
        "Standard owner explains version 2.0 (2017): no illegal, unreported or unregulated fish in approved raw material, "
        "sourcing from responsibly managed fisheries within quotas, factory audits and fishery assessments by ISO-compliant "
        "bodies, annual surveillance and use of the 'MarinTrust certified' mark.",
    ),
    (
        "pTo146",
        "vi",
        "cert_mou",
        "Chương trình cải thiện để đạt chứng nhận nguyên liệu biển",
        "Liên minh Thủy sản Toàn cầu và MarinTrust ký thỏa thuận xây dựng hệ thống đảm bảo xuyên suốt chuỗi, hướng tới 75% "
        "nguồn bột cá, dầu cá thế giới được chứng nhận, đang đánh giá, đang đăng ký hoặc tham gia Chương trình Cải thiện vào 2025.",
    ),
    (
        "pTo147",
        "en",
        "cert_rebrand",
        "MarinTrust: the independent standard formerly IFFO RS",
        "Trade news: the responsible-supply standard for fishmeal and fish oil was renamed MarinTrust to stress independence "
        "and recognition outside English-speaking markets, with ambitions in Asia; it is a business-to-business third-party "
        "audited programme.",
    ),
    (
        "pTo148",
        "vi",
        "mkt_cafef",
        "Thông tin thị trường collagen, gelatin từ phụ phẩm cá",
        "Sàn giao dịch tổng hợp số liệu: cá tra có 60–70% khối lượng là đầu, xương, da, mỡ, nội tạng; thị trường collagen toàn "
        "cầu khoảng 4,9 tỷ USD năm 2024, dự báo 8,7 tỷ USD năm 2034; Mỹ, Đức, Nhật, Canada nhập nhiều; giá bột collagen, gelatin "
        "7–9 USD/kg.",
    ),
    (
        "pTo149",
        "vi",
        "mkt_rimf",
        "Viện Nghiên cứu Hải sản: kết quả công nghệ sinh học chế biến phụ phẩm thủy sản",
        "Báo cáo của Viện Nghiên cứu Hải sản (Hải Phòng) về thực trạng chế biến thủy hải sản (kim ngạch khoảng 8,6 tỷ USD năm "
        "2019) và các kết quả ứng dụng công nghệ sinh học cho phụ phẩm; Viện sẵn sàng hợp tác chuyển giao cho doanh nghiệp.",
    ),
    (
        "pTo150",
        "en",
        "cert_history",
        "MarinTrust standard: history and certification route",
        "Timeline of the marine-ingredients standard: need identified in 2005, technical advisory committee of independent "
        "stakeholders, first version in September 2009, first certified plant in Peru in February 2010, about 30 companies "
        "certified within a year.",
    ),
    (
        "pTo151",
        "en",
        "cert_foodmate",
        "Fishery approvals under the responsible-supply standard",
        "News (2012): factories certified under IFFO RS must show sourcing from well-managed fisheries plus safe, traceable "
        "production; fisheries such as Peruvian anchovy and Alaskan pollock were approved as raw material.",
    ),
    (
        "pTo152",
        "vi",
        "d_vietgap",
        "Chứng nhận VietGAP trong nuôi tôm thẻ chân trắng",
        "Nghiên cứu phỏng vấn 105 hộ nuôi tôm VietGAP ở Sóc Trăng (2019): 94% có ao lắng, kiểm dịch giống 100%, năng suất "
        "2,7–5,6 tấn/ha/vụ, lợi nhuận 179–324 triệu đồng/ha/vụ, tôm VietGAP bán thêm 2.000–5.000 đồng/kg.",
    ),
    (
        "pTo153",
        "en",
        "d_mcs",
        "Seafood sourcing policy guidance for small businesses",
        "Marine conservation charity's guidance for restaurants, fish-and-chip shops and other SMEs on writing a public "
        "sourcing policy for wild and farmed seafood, including avoiding illegal, unreported and unregulated fish.",
    ),
    # --- other neighbouring fields ---
    (
        "pTo154",
        "vi",
        "d_nh3_tra",
        "Ảnh hưởng của NH3 lên tăng trưởng và chất lượng thịt cá tra",
        "Nghiên cứu tại Trường Đại học Trà Vinh: nồng độ an toàn NH3 với cá tra 0,2 mg/L, LC50 96 giờ 3,975 mg/L; ở LC10, LC20 "
        "tốc độ tăng trưởng và tỉ lệ sống giảm rõ so với đối chứng.",
    ),
    (
        "pTo155",
        "vi",
        "d_fishsauce",
        "Nước mắm cao đạm ngắn ngày từ cá nục",
        "Đề tài công nghệ làm nước mắm cao đạm từ cá nục nguyên con với muối, dùng vi sinh vật và enzyme để rút ngắn thời gian "
        "chượp.",
    ),
    (
        "pTo156",
        "vi",
        "d_canned",
        "Quy trình công nghệ sản xuất cá hộp",
        "Tài liệu quy trình sản xuất cá đóng hộp: nguyên liệu cá, tỉ lệ khối lượng các phần cơ thể, thành phần protein cơ "
        "thịt, các công đoạn xử lý, vào hộp, thanh trùng.",
    ),
    (
        "pTo157",
        "vi",
        "d_tomsu",
        "Công nghệ chế biến tôm sú lạnh đông",
        "Tiểu luận công nghệ lạnh đông: tôm sú nguyên liệu, thị trường xuất khẩu Mỹ, Nhật, EU và quy trình chế biến, cấp đông, "
        "bảo quản tôm sú.",
    ),
    (
        "pTo158",
        "en",
        "d_onshore",
        "Onshore fish storage and processing guidelines",
        "Short guide: chill raw fish in ice right after harvest, keep it cool in transport, processing and distribution, "
        "freeze for longer shelf life and keep hygiene throughout.",
    ),
    (
        "pTo159",
        "en",
        "fm_fao_raw",
        "Fishmeal raw-material sourcing and quality evaluation",
        "FAO chapter on planning a fishmeal factory's raw-material supply: three categories (fish caught for meal, by-catch, "
        "offcuts and offal from food processing), composition of the fish, sampling, economic evaluation and methods of "
        "analysis.",
    ),
    (
        "pTo160",
        "vi",
        "gel_teagasc",
        "Tối ưu quy trình gelatin cá để giảm mùi, màu",
        "Tổng quan của cơ quan phát triển nông nghiệp, thực phẩm Ireland: gelatin cá thay được gelatin động vật có vú nhưng hạn "
        "chế về mùi, màu, tính năng và độ đồng đều; hóa chất tiền xử lý, nhiệt độ, thời gian chiết quyết định chiều dài mạch và "
        "tính chất gel.",
    ),
]
