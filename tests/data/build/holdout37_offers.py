"""Offers of the holdout37 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- wax coconut (dừa sáp) propagation ---
    (
        "jMo001",
        "vi",
        "dsap_khpt",
        "Cây giống dừa sáp nuôi cấy phôi – Trường Đại học Trà Vinh",
        "Phôi được tách từ trái dừa có sáp và nuôi trong môi trường dinh dưỡng vô trùng đến khi thành cây con đủ tiêu chuẩn ra vườn. "
        "Cây giống cho tỷ lệ trái sáp trên buồng cao hơn nhiều so với trồng bằng trái dừa không sáp (chỉ khoảng 25%). "
        "Nhận đặt hàng cây giống và hướng dẫn kỹ thuật trồng, chăm sóc cho hộ và hợp tác xã.",
    ),
    (
        "jMo002",
        "vi",
        "dsap_nhandan",
        "Quy trình nhân giống dừa sáp bằng cấy mô và cấy phôi đã đăng ký sở hữu trí tuệ",
        "Trung tâm Sinh học ứng dụng (Khoa Nông nghiệp – Thủy sản) hoàn thiện quy trình cấy phôi với tỷ lệ thành công 63% (100 phôi cho 63 cây) và tỷ lệ trái sáp/quày từ 85% trở lên. "
        "Dừa sáp cấy mô trồng thử sau 3 năm đã cho trái cơm dày, thích nghi thổ nhưỡng địa phương. "
        "Mỗi năm cung ứng khoảng 5.000 cây giống; sẵn sàng chuyển giao quy trình cho doanh nghiệp giống.",
    ),
    (
        "jMo003",
        "en",
        "dsap_bct",
        "Embryo-rescued makapuno coconut seedlings with 70–90% wax-nut ratio",
        "After seven years of trials, the agriculture faculty of a Tra Vinh university propagates makapuno (wax) coconut by culturing the embryo of true wax nuts in nutrient medium. "
        "Orchards planted with these seedlings yield 70–90% wax nuts per bunch, against about 2 nuts in 10 from conventionally raised palms. "
        "Seedlings are sold with planting guidance for Cau Ke and neighbouring districts.",
    ),
    (
        "jMo004",
        "en",
        "dsap_thesis",
        "Doctoral research: improved embryo culture and practices that raise the wax-nut ratio of makapuno coconut",
        "A PhD study in Tra Vinh refines the in-vitro embryo propagation protocol for Cocos nucifera var. makapuno and tests field measures that increase the share of wax nuts. "
        "The work also documents the high galactomannan and amino-acid content of the wax endosperm. "
        "Results and protocols are available for nurseries and extension services.",
    ),
    (
        "jMo005",
        "vi",
        "dsap_danviet",
        "Vườn ươm tư nhân cung cấp dừa sáp đặc ruột cấy phôi (Song Lộc, Cầu Kè cũ)",
        "Hộ sản xuất giống tại xã Song Lộc liên kết với Trường Đại học Trà Vinh từ năm 2010, cung cấp cây dừa sáp cấy phôi cho nông dân các tỉnh. "
        "Vườn trồng bằng cây cấy phôi cho năng suất trái sáp gấp nhiều lần giống truyền thống (tối đa 25%/buồng). "
        "Nhận tư vấn lập vườn, mật độ trồng và chăm sóc dừa sáp.",
    ),
    (
        "jMo006",
        "vi",
        "dsap_hoatan",
        "Mô hình hợp tác xã trồng dừa sáp cấy phôi đạt tỷ lệ trái sáp 95%",
        "Hợp tác xã ở xã Hòa Tân (Cầu Kè) trồng dừa sáp bằng cây cấy phôi, tỷ lệ trái sáp đạt tới 95%. "
        "Giới thiệu kinh nghiệm chọn giống, chăm sóc và tiêu thụ dừa sáp tươi, kẹo, mứt dừa sáp cho các tổ hợp tác muốn nhân rộng.",
    ),
    # --- coconut varieties ---
    (
        "jMo007",
        "vi",
        "xiem_dost",
        "Giống dừa xiêm lục (xiêm lùn) – giống dừa uống nước triển vọng",
        "Giống dừa thấp cây, 10 năm tuổi chỉ cao khoảng 2 m, buồng phổ biến 20–30 trái, vỏ mỏng 1,2–1,4 cm, nước 220–280 ml, rất ngọt. "
        "Có thể thu hoạch sớm 5–7 ngày mà nước vẫn ngọt, thuận tiện cho thu hái không phải leo cây. "
        "Cung cấp thông tin nhận dạng giống và nguồn cây giống đúng giống.",
    ),
    (
        "jMo008",
        "en",
        "xiem_cgct",
        "Dwarf green coconut (xiem lun) seedlings for drinking-nut orchards",
        "Short palms of 3–5 m at maturity start bearing 2.5–3 years after planting, with 10–12 bunches a year and 10–20 nuts per bunch. "
        "Sweet, low-fibre water and tolerance of slightly saline land make the variety suitable for intensive drinking-coconut orchards. "
        "Nursery supplies certified seedlings and a planting and fertilising guide.",
    ),
    (
        "jMo009",
        "en",
        "xiem_bentre",
        "Export specification and GAP support for fresh drinking coconut",
        "Buyers of fresh drinking coconut for the US require uniform sweet water, under 30% meat by volume and standardised preservation. "
        "The provincial agriculture and science departments help growers set up specialised GAP growing areas and post-harvest treatment to meet these criteria.",
    ),
    # --- coconut black-headed caterpillar ---
    (
        "jMo010",
        "vi",
        "bhc_thesis",
        "Phóng thả ong ký sinh Bracon hebetor phòng trừ sâu đầu đen hại dừa",
        "Nghiên cứu xác định mật số và chu kỳ phóng thả ong ký sinh ấu trùng Bracon hebetor phù hợp tại Bến Tre. "
        "Vườn không thả ong bị sâu làm cháy khô tàu lá, thân teo tóp, mất trái sau 4 tháng, trong khi vườn được thả ong giữ được bộ lá. "
        "Chuyển giao quy trình nhân nuôi và thả ong cho hợp tác xã, trạm khuyến nông.",
    ),
    (
        "jMo011",
        "en",
        "bhc_frontiers",
        "Biodiversity-based management package for coconut black-headed caterpillar (Opisina arenosella)",
        "A review-based IPM package combining scheduled releases of laboratory-reared parasitoids, which cut infestation pressure by up to 95%, with conservation of resident ants that kill 75–98% of egg masses. "
        "Sanitation, proper fertilisation and irrigation, and pheromone-based monitoring and mass trapping complete the package. "
        "Includes farmer-training materials developed with Nong Lam University.",
    ),
    (
        "jMo012",
        "en",
        "bhc_huaf",
        "Pupal parasitoid Brachymeria kamijoi identified for biological control of black-headed caterpillar",
        "Researchers recorded Brachymeria kamijoi parasitising pupae of the invasive Opisina arenosella on coconut in Vietnam and described its morphology and biology. "
        "The findings support rearing and field surveys of this natural enemy as part of biological control programmes.",
    ),
    (
        "jMo013",
        "en",
        "bhc_laodong",
        "Provincial mass-rearing and release of parasitic wasps against black-headed caterpillar",
        "In 2024 Ben Tre bred and released over 215 million parasitic wasps and parasitised larvae over infested coconut groves, where caterpillars hide in cocoons under the leaflets and resist spraying on tall palms. "
        "The agriculture department offers wasp supply and release scheduling to districts and cooperatives.",
    ),
    (
        "jMo014",
        "vi",
        "bhc_bf",
        "Phun chế phẩm sinh học bằng thiết bị bay và thả bọ đuôi kìm diệt sâu đầu đen",
        "Trên vườn dừa cao khó phun tay, tỉnh Bến Tre đã dùng máy bay không người lái phun chính xác thuốc sinh học trên hơn 30 ha, kết hợp thả ong Brachymeria sp. và bọ đuôi kìm (kế hoạch 28.000 con). "
        "Cây bị hại nặng được đốn bỏ để cắt nguồn sâu. Nhận hỗ trợ xây dựng phương án xử lý ổ dịch.",
    ),
    (
        "jMo015",
        "en",
        "bhc_thai",
        "Native parasitoid Bracon hebetor outperforms exotic Goniozus against coconut black-headed caterpillar",
        "Laboratory trials showed the endemic Bracon hebetor parasitised up to 96.85% of caterpillar larvae, more than the exotic Goniozus nephantidis. "
        "Rearing protocol and release ratios are offered to coconut-growing provinces.",
    ),
    # --- Brontispa and other coconut pests ---
    (
        "jMo016",
        "vi",
        "bro_profesfar",
        "Nhận diện và phòng trừ bọ dừa (Brontispa longissima) cho vườn dừa non",
        "Bọ dừa đẻ trứng trong kẽ lá đọt chưa bung, ấu trùng ăn biểu bì làm lá đọt khô nâu, nặng nhất ở vườn ươm và dừa dưới 4 năm tuổi. "
        "Tài liệu hướng dẫn nhận dạng các giai đoạn và biện pháp phòng trừ tổng hợp, kèm sản phẩm xử lý đọt.",
    ),
    (
        "jMo017",
        "vi",
        "bro_2lua",
        "Hướng dẫn xử lý bọ cánh cứng hại đọt dừa",
        "Ấu trùng và trưởng thành sống trong kẽ lá đọt non, thải phân như bột cám, tạo vết nâu đen chạy dọc gân lá. "
        "Khuyến cáo cắt bỏ, tiêu hủy đọt bị hại, kiểm tra định kỳ cây con và xử lý ngay khi mới phát hiện để tránh lây lan nhanh.",
    ),
    (
        "jMo018",
        "vi",
        "cocopests_vi",
        "Tài liệu sâu bệnh hại dừa vùng Đồng bằng sông Cửu Long",
        "Tổng hợp các loài côn trùng, động vật và bệnh gây hại quan trọng trên dừa (trong hơn 150 loài ghi nhận), gồm bọ dừa, kiến vương, đuông và bệnh thối đọt. "
        "Mô tả triệu chứng, vòng đời và biện pháp phòng trừ dùng cho tập huấn nông dân.",
    ),
    (
        "jMo019",
        "vi",
        "weevil_viettags",
        "Phòng trừ bọ vòi voi gây chảy nhựa, rụng trái dừa non",
        "Bọ non đục gốc lá, cuống trái làm chảy nhựa trong rồi hóa vàng nâu, trái dưới 3 tháng bị rụng, trái lớn bị méo nhỏ. "
        "Hướng dẫn nhận diện vết đục, vệ sinh vết thương và xử lý kịp thời.",
    ),
    # --- rhinoceros beetle and palm weevil ---
    (
        "jMo020",
        "vi",
        "kv_tst",
        "Biện pháp phòng trị kiến vương và đuông dừa hiệu quả",
        "Kiến vương đục kẽ bẹ tàu thứ 2–4, mùi dừa từ vết đục dẫn dụ đuông đến đẻ trứng vào củ hủ làm chết cây. "
        "Gói biện pháp: quét vôi kín gốc dừa 2–5 năm tuổi, xử lý vết thương khi cắt nhen, thu hoạch, dọn đống rác, phân là nơi kiến vương đẻ trứng.",
    ),
    (
        "jMo021",
        "vi",
        "kv_ancot",
        "Quản lý kiến vương hại dừa theo 3 đợt cao điểm trong năm",
        "Kiến vương hại mạnh vào tháng 4–5, tháng 7–9 và tháng 12–1 ở ĐBSCL; trứng được đẻ trong thân dừa mục, phân trâu bò, rơm mục, lá mía. "
        "Hướng dẫn lịch kiểm tra vườn, tiêu hủy nơi sinh sản và phòng trừ đúng thời điểm.",
    ),
    (
        "jMo022",
        "vi",
        "kv_bacsi",
        "Nhận biết triệu chứng kiến vương trên dừa non và dừa kinh doanh",
        "Dừa dưới 1 năm bị kiến vương khoét gốc; dừa lớn bị đục ngọn, lá bung ra có vết cắt hình tam giác. "
        "Con cái đẻ 70–140 trứng trong xác bã phân hủy. Tư vấn xử lý đống phân, rác và bảo vệ ngọn dừa.",
    ),
    (
        "jMo023",
        "en",
        "crb_cocopest",
        "Aggregation-pheromone bucket traps for coconut rhinoceros beetle",
        "The male aggregation pheromone ethyl 4-methyloctanoate, ten times more attractive than older lures, is released from a sealed sachet on vane traps above a bucket. "
        "At one trap per 2 ha it serves for monitoring and economical control, especially in young replantings. "
        "Traps, lures and a placement plan are supplied.",
    ),
    (
        "jMo024",
        "en",
        "crb_sedq",
        "Slow-release pheromone dispensers for mass trapping Oryctes rhinoceros",
        "Dispensers for early detection and continuous capture of adult rhinoceros beetles, which bore into palm crowns and leave V-shaped cut fronds. "
        "Used together with removal of breeding material such as dead palm parts, sawdust and manure heaps.",
    ),
    (
        "jMo025",
        "en",
        "crb_ijterm",
        "Log traps baited with manure or rice straw to intercept rhinoceros beetle breeding",
        "Field tests compared organic wastes as breeding media in log traps: animal manure and rice straw collected the most eggs (56 and 19) and larvae developing there suffered high mortality. "
        "Combining such traps with the green muscardine fungus Metarhizium gives a cheap farm-level control.",
    ),
    (
        "jMo026",
        "en",
        "crb_spc",
        "Coconut rhinoceros beetle control manual for extension workers",
        "A field manual covering surveillance, sanitation of breeding sites, pheromone trapping and biological control with Oryctes virus and Metarhizium fungus. "
        "Designed for training smallholder coconut growers.",
    ),
    (
        "jMo027",
        "en",
        "rpw_issuhub",
        "Pheromone mass trapping of red palm weevil in coconut",
        "Integrated programme: monitor palms of susceptible age, trap adult weevils with synthetic pheromone plus fermenting baits (sugar-yeast, pineapple, coconut petiole), treat cuts and infected palms early and dispose of infested palms. "
        "Monthly mass trapping sharply reduces weevil populations.",
    ),
    # --- intercropping under coconut ---
    (
        "jMo028",
        "vi",
        "cacao_2lua",
        "Mô hình trồng xen ca cao dưới tán dừa cho lợi nhuận ổn định",
        "Vườn dừa 1,2 ha trồng xen 1.000 gốc ca cao, giai đoạn đầu trồng thêm đu đủ che bóng và lấy ngắn nuôi dài. "
        "Năng suất khoảng 1,5 tấn hạt khô/ha, doanh thu trên 80 triệu đồng/ha/năm từ ca cao cộng 50–60 triệu từ dừa. "
        "Chuyển giao kỹ thuật tỉa cành, bón phân cho ca cao xen dừa.",
    ),
    (
        "jMo029",
        "vi",
        "cacao_tnn",
        "Chương trình phát triển ca cao xen vườn dừa (Đại học Nông Lâm TP.HCM)",
        "Từ 190 ha thử nghiệm ở An Khánh (Châu Thành, Bến Tre) năm 2000, mô hình mở rộng gấp 10 lần nhờ vườn dừa tạo bóng mát lý tưởng cho ca cao. "
        "Chương trình cung cấp dòng ca cao năng suất cao, vườn ươm, câu lạc bộ nông dân, điểm trình diễn và điểm lên men.",
    ),
    (
        "jMo030",
        "en",
        "cacao_ctu",
        "Economic assessment of cocoa–coconut intercropping in Ben Tre",
        "Can Tho University analysed household cocoa grown under coconut: about 1.421 million VND extra income per 1,000 m2 per year. "
        "Main risks are saltwater intrusion and pests; fresh pods fetched about 4,500 VND/kg and dry beans 55,000 VND/kg. "
        "Advice on when intercropping pays off is available.",
    ),
    (
        "jMo031",
        "en",
        "cacao_gcp",
        "Reviving cocoa under coconut after the 2016 salinity damage",
        "Growers who stored fresh water and blocked saline inflow re-established cocoa in coconut gardens; a 1.2 ha garden earns over 150 million VND a year from cocoa at 5,000–6,000 VND/kg of fresh pods. "
        "Companies sign buy-back contracts for the whole crop. Pruning and water-management guidance provided.",
    ),
    # --- coconut processing and by-products (neighbouring field) ---
    (
        "jMo032",
        "en",
        "coco_agroviet",
        "Processing lines for coconut meat, coconut milk and coconut water",
        "Ben Tre hosts about 180 coconut processing firms and 2,400 workshops producing grated meat, coconut milk, jelly, canned water, fibre, peat and activated carbon. "
        "Technology partners offer equipment and process design for new coconut-product lines.",
    ),
    (
        "jMo033",
        "en",
        "coco_ide",
        "Small-scale desiccated coconut drying factory model",
        "An adapted technology for grating and drying coconut kernel, run as a local enterprise buying 1.65 million nuts a year from 600 families and producing 25 tonnes of desiccated coconut a month. "
        "Process know-how is public and can be replicated.",
    ),
    (
        "jMo034",
        "en",
        "coco_betrimex",
        "Aseptic bottling of coconut water for export",
        "A 22 million USD factory in Giong Trom produces bottled coconut water with Tetra Pak technology, raising the value of coconut water 300-fold compared with roadside sales. "
        "Capacity up to 42 million litres a year; open to supply contracts with growers.",
    ),
    (
        "jMo035",
        "vi",
        "coco_prebiotic",
        "Chế phẩm prebiotic từ bã cơm dừa dùng trong chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu sản xuất thử chất tiền sinh từ bã cơm dừa còn lại sau khi ép sữa dừa; một nhà máy bột sữa dừa thải khoảng 1.000 tấn bã/năm. "
        "Chế phẩm bổ sung thức ăn gia súc, gia cầm, nâng giá trị phụ phẩm chế biến dừa.",
    ),
    (
        "jMo036",
        "en",
        "coco_hunglong",
        "Virgin coconut oil and coconut cream production technology",
        "Modern lines for coconut milk, coconut cream, virgin coconut oil and derived cosmetics replace manual processing; Ben Tre coconut industrial output reached 5,880 billion VND in 2020. "
        "Equipment suppliers offer turnkey lines to cooperatives.",
    ),
    (
        "jMo037",
        "en",
        "coco_aidan",
        "Organic coconut sourcing programme with smallholder farmers",
        "A processor trains smallholders in organic coconut farming and buys nuts harvested at 11–12 months for coconut water and milk products. "
        "Farmers receive technical visits and a stable contract price.",
    ),
    (
        "jMo038",
        "en",
        "dsap_thesis",
        "Galactomannan extraction from makapuno endosperm for food and cosmetic uses",
        "Wax coconut endosperm contains 2–8 times more soluble galactomannan than normal coconut. "
        "A process to extract this polysaccharide for edible films, capsule coatings, gels and skin-care creams is offered to processors.",
    ),
    (
        "jMo039",
        "vi",
        "coco_agroviet",
        "Than hoạt tính từ gáo dừa và sản phẩm từ vỏ dừa",
        "Dây chuyền sản xuất than gáo dừa, than hoạt tính, xơ dừa và mụn dừa từ phụ phẩm vỏ, gáo của các cơ sở chế biến dừa. "
        "Tư vấn đầu tư cho doanh nghiệp nhỏ tận dụng phụ phẩm.",
    ),
    # --- coir substrates ---
    (
        "jMo040",
        "en",
        "coir_kla",
        "Treated coco peat and coir fibre growing media for seedlings and hydroponics",
        "Coco peat washed free of salts and tannins holds water very well; coir fibre and chips improve drainage and aeration. "
        "Blends are supplied for vegetable sprouts, potted chrysanthemums and fruit-tree seedlings, and for soilless growing when mixed with other substrates.",
    ),
    (
        "jMo041",
        "en",
        "coir_cocovina",
        "Bulk cocopeat blocks and long coir fibre from a Ben Tre factory",
        "A 6 million USD plant processes up to 8,000 tonnes of cocopeat a month into 5 kg blocks, with 90% of its energy from agricultural by-products. "
        "Supplies greenhouses, nurseries and export buyers.",
    ),
    (
        "jMo042",
        "en",
        "coir_plantbest",
        "Coir growing medium sourced from Mekong Delta smallholders",
        "Coir absorbs about seven times its dry weight in water, around 30% more than peat, is pH-neutral and lasts up to four years. "
        "Sold compressed for nurseries, potted plants and edible crops.",
    ),
    # --- citrus greening ---
    (
        "jMo043",
        "en",
        "hlb_pestnet",
        "Guava interplanting to protect citrus and pomelo from greening (HLB)",
        "Observations at an ACIAR–SOFRI site in Cai Be show citrus interplanted with guava survived greening for over 15 years; guava also lowered aphids, scales and leafminer. "
        "Interplanted orchards may need slightly more copper sprays for canker and scab. Planting layouts and monitoring advice provided.",
    ),
    (
        "jMo044",
        "en",
        "hlb_ars",
        "Citrus–guava intercropping trial results against Asian citrus psyllid",
        "In Vietnamese trials young citrus interplanted with guava stayed free of huanglongbing for a year, while citrus alone showed disease within four months and exceeded 30% infected trees within a year. "
        "Joint SOFRI, JIRCAS and USDA findings are packaged as a planting recommendation.",
    ),
    (
        "jMo045",
        "en",
        "hlb_hmo",
        "Horticultural mineral oil sprays to slow greening spread",
        "Regular horticultural mineral oil sprays timed to new flush reduced HLB incidence to 11.43% of trees versus 42.20% in untreated plots of a commercial orchard. "
        "Spray calendars tied to flushing cycles are provided.",
    ),
    (
        "jMo046",
        "en",
        "hlb_mdpi",
        "Area-wide IPM programme for Asian citrus psyllid and huanglongbing",
        "Strategy combining disease-free planting material, removal of infected trees, flush monitoring, targeted insecticide and mineral-oil sprays and coordinated area-wide action. "
        "Suitable for smallholder citrus and pomelo districts.",
    ),
    (
        "jMo047",
        "en",
        "hlb_fruitnet",
        "Citrus–guava farming system that keeps income from both crops",
        "ACIAR research in Indonesia and Vietnam shows interspersing guava among mandarins dramatically lowers psyllid numbers, and growers earn income from both citrus and guava. "
        "Technical partners support establishment.",
    ),
    (
        "jMo048",
        "en",
        "hlb_encyc",
        "Technical brief on the Asian form of huanglongbing",
        "Explains transmission of Candidatus Liberibacter asiaticus by Diaphorina citri, why fortnightly insecticide alone fails, and how healthy nursery stock and psyllid suppression delay the disease. "
        "For extension staff and citrus cooperatives.",
    ),
    (
        "jMo049",
        "vi",
        "hlb_bd",
        "Xét nghiệm mẫu lá và khuyến cáo phòng chống vàng lá greening trên bưởi",
        "Trung tâm dịch vụ nông nghiệp lấy mẫu lá bưởi da xanh nghi nhiễm gửi phân tích, phát hiện vi khuẩn Liberibacter. "
        "Bệnh lây qua cây giống chiết, ghép từ cây mẹ nhiễm (biểu hiện sau 8–15 tháng) và qua rầy chổng cánh; khuyến cáo dùng giống sạch bệnh, diệt rầy, nhổ bỏ cây bệnh.",
    ),
    (
        "jMo050",
        "vi",
        "hlb_nongduoc",
        "Quản lý tổng hợp bệnh vàng lá greening trên cây có múi",
        "Bệnh gây lá vàng loang lổ, lá nhỏ lệch tâm, trái nhỏ méo, hạt lép trên cam, quýt, chanh, bưởi. "
        "Quy trình: trồng cây giống sạch bệnh, chặt bỏ cây bệnh nặng, phòng trừ rầy chổng cánh theo đợt đọt non, bón phân cân đối.",
    ),
    (
        "jMo051",
        "vi",
        "hlb_psyllid",
        "Phòng trị rầy chổng cánh truyền bệnh greening",
        "Rầy chích hút làm chồi khô, rụng lá và truyền vi khuẩn Liberobacter asiaticum. "
        "Hướng dẫn loại bỏ nguồn bệnh khỏi vườn, trồng cây chắn, phun thuốc khi cây ra đọt non.",
    ),
    (
        "jMo052",
        "vi",
        "canker_vi",
        "Phòng trị bệnh ghẻ loét trên cây có múi",
        "Bệnh do vi khuẩn Xanthomonas gây vết loét trên lá, cành, trái; cây con trong vườn ươm dễ chết, trái bệnh không xuất khẩu được. "
        "Hướng dẫn vệ sinh vườn, tỉa cành, phun gốc đồng và quản lý sâu vẽ bùa.",
    ),
    # --- rootstocks ---
    (
        "jMo053",
        "en",
        "rs_vjs",
        "Bael (quách) as a salt-tolerant rootstock for pomelo and oranges",
        "Bael, common in Khmer villages of Tra Vinh and Soc Trang, tolerated up to 2 g/l NaCl in nutrient solution and grafted compatibly with pomelo, king orange, sweet orange and mandarin. "
        "Fruit quality of Nam Roi pomelo on bael was unchanged. Rootstock seedlings and grafting protocol available for pilot orchards.",
    ),
    (
        "jMo054",
        "en",
        "rs_sci",
        "Drought-, alum- and salt-tolerant citrus rootstocks from Can Tho University",
        "After four years of work, Can Tho University selected wild citrus from Chau Doc hills and salt-tolerant native species as rootstocks for oranges, mandarins and pomelo. "
        "Grafted trees now fruit well on heavy acid-sulphate land in Hau Giang and coastal saline areas of Tra Vinh and Soc Trang.",
    ),
    (
        "jMo055",
        "en",
        "rs_ijaseit",
        "Rootstock choice for mandarin on acid sulphate soil",
        "Duong mandarin grafted on Tau lemon grew and yielded best on acid sulphate fields with pH below 4, reaching 9.21 kg fruit per tree in year three, ahead of Mat orange and Carrizo citrange rootstocks.",
    ),
    # --- pomelo ---
    (
        "jMo056",
        "en",
        "pom_insider",
        "Planting-area codes and VietGAP support for green-skin pomelo exports to the US",
        "The provincial plant protection sub-department and an exporter help cooperatives obtain planting-area codes, meet VietGAP and prepare for US and EU shipments. "
        "Five cooperatives with 11–60 ha each already supply the exporter.",
    ),
    (
        "jMo057",
        "en",
        "pom_qdnd",
        "Pomelo packing house with Taiwanese technology",
        "A 7 billion VND packing facility handles 16 tonnes of pomelo a day to VietGAP standards, aiming at GlobalGAP for Europe and North America. "
        "Offers grading, waxing and packing services to growers.",
    ),
    (
        "jMo058",
        "vi",
        "pom_he",
        "Khắc phục bưởi bị he đắng bằng bón phân cân đối",
        "Bưởi đắng có thể do giống thoái hóa, bệnh greening hoặc thiếu N, P, K, trung vi lượng. "
        "Quy trình bón theo tuổi cây (0,5–2,5 kg NPK/cây/năm chia 5–7 lần) và theo giai đoạn sau thu hoạch, trước ra hoa, sau đậu trái, trước thu hoạch.",
    ),
    (
        "jMo059",
        "vi",
        "pom_borer",
        "Phòng trừ sâu đục trái trên bưởi da xanh",
        "Sâu đục trái gây hại khi cây bắt đầu cho trái, khó phát hiện, làm giảm năng suất và giá trị thương phẩm. "
        "Hướng dẫn theo dõi bướm, bao trái, thu gom trái bị hại và phun thuốc đúng thời điểm.",
    ),
    (
        "jMo060",
        "vi",
        "pom_thin",
        "Kỹ thuật tỉa trái và bón hữu cơ nâng chất lượng bưởi da xanh",
        "Tỉa bớt trái khi còn nhỏ, giữ 30–40 trái trên cây lớn và 15–20 trái trên cây nhỏ theo bộ lá. "
        "Bổ sung đậu tương, bột cá ngâm ủ và vi lượng để tăng vị ngọt; giá bán đạt khoảng 45.000 đồng/kg.",
    ),
    # --- durian ---
    (
        "jMo061",
        "vi",
        "dur_n2",
        "Quy trình xử lý ra hoa sầu riêng nghịch vụ",
        "Xử lý từ tháng 4–5 ở miền Tây để ra hoa tháng 6–7, thu hoạch tháng 10–1 khi giá cao gấp 1,5–2 lần chính vụ. "
        "Cây 5–7 năm tuổi có thể cho 50–70 trái/vụ nghịch, 10–15 tấn/ha. Hướng dẫn phục hồi cây, siết nước, dinh dưỡng kích hoa.",
    ),
    (
        "jMo062",
        "vi",
        "dur_nhatnong",
        "Kỹ thuật dằn lân, siết nước kích thích sầu riêng ra hoa",
        "Cây cần 2–3 cơi lá khỏe, không xì mủ, thán thư trước khi xử lý; giai đoạn dằn lân giúp ngừng ra đọt, chuyển sang tích lũy. "
        "Theo dõi 'tiết làm bông' và con nước ở vườn có mương để chọn thời điểm.",
    ),
    (
        "jMo063",
        "vi",
        "dur_sitto",
        "Quy trình 3 giai đoạn xử lý ra hoa sầu riêng đồng loạt",
        "Giải thích cơ chế stress nhẹ, hormone và dinh dưỡng dự trữ (P, K, Bo, Ca, Mg, Zn) quyết định phân hóa mầm hoa. "
        "Áp dụng khi cây khỏe mà không ra hoa đồng loạt, dễ rụng nụ.",
    ),
    (
        "jMo064",
        "vi",
        "dur_htx",
        "Chăm sóc sầu riêng giai đoạn ra hoa, tỉa hoa và tỉa trái",
        "Tạo khô hạn, phun NPK 10-60-10 hai lần cách 7 ngày, tỉa chùm hoa giữ không quá 10 bông/chùm. "
        "Tỉa trái 3 lần (còn 2–3 trái/chùm), bón K2SO4 và vi lượng chống sượng, cắt nước 15–20 ngày trước thu hoạch.",
    ),
    (
        "jMo065",
        "en",
        "dur_phos",
        "Phosphonate trunk injection against Phytophthora canker of durian",
        "Trials with SOFRI on local durian varieties: one annual injection of 16 g a.i. per tree controlled canker better than metalaxyl or Aliette sprays under moderate pressure; 48 g a.i. in three three-monthly doses worked best under high pressure. "
        "Phosphonate persists in leaves, roots and flowers for at least 128 days.",
    ),
    (
        "jMo066",
        "en",
        "dur_phunong",
        "Integrated control of durian stem cracking and gummosis",
        "Phytophthora palmivora spreads from soil through irrigation and surface water, insects and rain; dense planting, low soil pH and waterlogging favour it. "
        "The programme combines drainage, liming, canker scraping and painting, and systemic fungicide treatment.",
    ),
    (
        "jMo067",
        "en",
        "dur_agribest",
        "Pre-planting measures for Phytophthora-safe durian orchards",
        "Raised beds and drainage, liming the top 30 cm within a 1 m radius because soil pH below 5.3 favours Phytophthora, organic matter for soils under 2%, irrigation before planting and large tolerant planting material. "
        "Compiled from Thai and Malaysian practice.",
    ),
    (
        "jMo068",
        "en",
        "dur_aciar",
        "ACIAR–SOFRI research partnership on durian Phytophthora management",
        "A collaborative project of the University of Melbourne, Kasetsart University and the Southern Fruit Research Institute developed diagnosis, injection and orchard management methods for durian Phytophthora. "
        "Open to provincial partners for demonstration plots.",
    ),
    (
        "jMo069",
        "en",
        "dur_agrobridge",
        "Phosphite-based preventive programme for durian Phytophthora",
        "Phytophthora can cause up to 30% yield loss through patch canker, fruit rot, root rot and leaf blight. "
        "A phosphite product strengthens tree defences and limits fungicide-resistance build-up.",
    ),
    (
        "jMo070",
        "en",
        "dur_drone",
        "Drone spraying service for durian, jackfruit and coconut orchards",
        "A Tien Giang grower with 300 durian trees cut spraying from two days to three hours and water use from 3,000 to 800 litres per round with an agricultural drone, with better coverage of the upper canopy. "
        "Service teams plan routes for mixed orchards.",
    ),
    # --- spraying drones (also rice / lotus) ---
    (
        "jMo071",
        "en",
        "drone_xag",
        "Agricultural drones with RTK navigation for banana and durian plantations",
        "A drone sprays 20–30 ha of banana a day, equal to 20 workers, with adjustable droplet size; reported savings of 80% water, 70% pesticide and 60% fertiliser. "
        "Helps growers meet export residue standards.",
    ),
    (
        "jMo072",
        "vi",
        "drone_dt",
        "Dịch vụ phun thuốc bằng máy bay không người lái cho lúa và sen",
        "Nông dân Tháp Mười đầu tư 2 máy bay (1,4 tỷ đồng) phun gần 1.000 ha lúa, sen trong 2 tháng, giá 140.000–160.000 đồng/ha, 7–10 ha/ngày. "
        "Giảm một nửa lượng thuốc, tránh phơi nhiễm cho người phun.",
    ),
    (
        "jMo073",
        "en",
        "drone_la",
        "Pesticide-spraying drones for field crops in Long An",
        "Drones raised spraying labour productivity 15–30 times and reduced water, cost and operator exposure to pesticides on Long An farms.",
    ),
    (
        "jMo074",
        "en",
        "drone_qn",
        "Drone pesticide application for paddy rice",
        "A drone covers 5 ha of rice in 1.5 hours versus 50 hours by hand and uses about half the pesticide. Offered to rice cooperatives.",
    ),
    # --- longan, rambutan, flowering ---
    (
        "jMo075",
        "vi",
        "lon_choi",
        "Phòng trị bệnh chổi rồng trên nhãn",
        "Bệnh làm đọt non và chùm hoa mọc thành chùm xoắn như chổi, mất khả năng ra hoa đậu trái. "
        "Quy trình: chọn giống kháng, cắt tỉa tiêu hủy chồi bệnh, vệ sinh vườn, bón phân và tưới hợp lý, phòng trừ nhện lông nhung.",
    ),
    (
        "jMo076",
        "vi",
        "lon_bnn",
        "Kinh nghiệm xử lý bệnh đọt chổi trên nhãn tiêu da bò",
        "Nhiều vườn bị hại 70–80% chồi non và chùm hoa. "
        "Khuyến cáo không lấy giống từ vùng bệnh, cắt và đốt bỏ bộ phận bệnh, tỉa cành sau thu hoạch để ra đọt tập trung.",
    ),
    (
        "jMo077",
        "vi",
        "lon_indo",
        "Xử lý ra hoa nhãn Indo trái vụ",
        "Nhãn ra hoa trên cành lộc đã già 5–6 tháng; cây có thể cho 1–2 vụ/năm. "
        "Hướng dẫn cắt tỉa tạo tán, khô hạn nhẹ giai đoạn phân hóa mầm hoa, hạn chế hoa đực.",
    ),
    (
        "jMo078",
        "vi",
        "ram_vinasa",
        "Xử lý chôm chôm ra hoa nghịch mùa theo hướng hữu cơ (Long Hồ, Vĩnh Long)",
        "Huyện Long Hồ có hơn 1.500 ha chôm chôm, trên 300 ha cho trái nghịch vụ. "
        "Bón hữu cơ 5–7 kg/gốc/lần, rút cạn nước mương và đậy bạt cao su kín liếp để cắt sinh trưởng, chuyển cây sang ra hoa.",
    ),
    (
        "jMo079",
        "vi",
        "ram_tlc",
        "Mô hình phủ nilon gốc xử lý chôm chôm ra hoa nghịch vụ",
        "Khi 90% cây ra 2–3 cơi đọt già màu lụa, vét mương sâu để mặt nước cách liếp 1–1,2 m rồi phủ nilon hình mái quanh gốc cho nước mưa chảy xuống mương. "
        "Tránh cảnh được mùa rớt giá khi trùng vụ với Long Khánh và vải Bắc Giang.",
    ),
    (
        "jMo080",
        "vi",
        "flower_hsc",
        "Hướng dẫn xử lý ra hoa cho cây có múi và chôm chôm",
        "Cây có múi: tỉa cành, bón phân, rút cạn mương khoảng 20 ngày tạo khô hạn rồi tưới lại, kết hợp NAA hoặc GA; mùa mưa dùng màng nilon phủ liếp. "
        "Chôm chôm: paclobutrazol tưới gốc hoặc ethrel phun lá để ra hoa sớm 15–30 ngày.",
    ),
    (
        "jMo081",
        "en",
        "ram_tlc",
        "Plastic-mulch technique for off-season rambutan",
        "Once most trees carry two or three mature flushes, ditches are deepened and the raised beds covered with plastic so rain drains off and the root zone dries, triggering off-season flowering. "
        "Growers escape the main-season price slump.",
    ),
    # --- dragon fruit ---
    (
        "jMo082",
        "en",
        "df_cart",
        "Red/far-red compact fluorescent lamps for off-season dragon fruit flowering",
        "Improved 20 W CFL bulbs with emission concentrated in red and far-red performed as well as 60 W incandescent lamps in six of seven field trials in three provinces, on flower stems, buds and fruit yield. "
        "The lamp is commercialised and cuts night-lighting electricity bills.",
    ),
    (
        "jMo083",
        "vi",
        "df_van",
        "Chuyển giao bóng đèn LED chiếu sáng cho thanh long ra hoa trái vụ",
        "Đèn LED có phổ phù hợp cây trồng thay bóng sợi đốt, compact, giúp thanh long ra hoa nghịch vụ mà tiết kiệm điện và giảm chi phí đầu vào. "
        "Cán bộ kỹ thuật hướng dẫn lắp đặt, thời gian chiếu sáng ban đêm và an toàn điện trong vườn.",
    ),
    (
        "jMo084",
        "en",
        "df_van",
        "LED lighting packages for dragon fruit orchards",
        "LED light sources with spectra suited to plants raise productivity without chemicals and lower input costs compared with incandescent and compact fluorescent bulbs. "
        "Installers and extension officers train farmers on the system.",
    ),
    (
        "jMo085",
        "vi",
        "df_brown",
        "Quy trình phòng trừ bệnh đốm nâu (đốm trắng, tắc kè) trên thanh long",
        "Bệnh do nấm Neoscytalidium gây vết lõm trắng chuyển thành đốm nâu mắt cua trên cành và trái, phát mạnh tháng 6–12 khi ẩm ướt. "
        "Biện pháp: mật độ thông thoáng, cắt tiêu hủy cành trái bệnh, bón cân đối hữu cơ, trung vi lượng và phun thuốc giai đoạn cành non, trái non.",
    ),
    (
        "jMo086",
        "vi",
        "df_bt",
        "Khuyến cáo quản lý bệnh thối rễ, teo tóp cành thanh long",
        "Xử lý nguồn bệnh bằng thuốc trừ nấm và tuyến trùng, phục hồi rễ bằng chất kích thích ra rễ và phân hữu cơ vi sinh, lân. "
        "Tránh bón NPK và vôi liều cao khi rễ mới hồi phục.",
    ),
    (
        "jMo087",
        "en",
        "df_gap",
        "GlobalGAP implementation package for fruit producer groups and packers",
        "A SOFRI–HortResearch project certified 80 ha of dragon fruit under EurepGAP in 2007 and expanded to 230 ha under GlobalGAP, with BRC auditing of the packer. "
        "Provides quality manuals for farmers and packers, benchmarking surveys and group training.",
    ),
    # --- mango ---
    (
        "jMo088",
        "vi",
        "man_vnp",
        "Hỗ trợ đăng ký mã vùng trồng và sản xuất xoài VietGAP, GlobalGAP",
        "Đồng Tháp có 62 mã vùng trồng xoài đi Trung Quốc (3.927 ha) và 45 mã đi thị trường khác; xoài rải vụ quanh năm và được bao trái. "
        "Tư vấn quy trình đạt VietGAP (353 ha) và GlobalGAP (55 ha) cho hợp tác xã.",
    ),
    (
        "jMo089",
        "en",
        "man_bag",
        "Fruit bagging for export-grade mango",
        "Covering mangoes on the tree with small bags gives smooth, blemish-free skin and protects against disease; bagged fruit sold for 20,000 VND/kg, 5,000–6,000 VND more than unbagged. "
        "A 3,500 m2 orchard earns 60–70 million VND a year. Bags and training supplied through the cooperative.",
    ),
    (
        "jMo090",
        "en",
        "man_cmu",
        "Non-woven polypropylene fruit bags that extend mango shelf life",
        "Mango bagged at 55 days after flower induction with non-woven spun-bound polypropylene kept better quality, slower colour change and delayed stem-end rot compared with newspaper bags, adding about a day of shelf life.",
    ),
    (
        "jMo091",
        "en",
        "man_post",
        "Mango postharvest handling manual and training",
        "Covers harvest maturity, sapburn prevention, temperature control, ripening and main causes of quality loss after harvest. "
        "Developed for Vietnamese growers and packers with Queensland experts.",
    ),
    (
        "jMo092",
        "vi",
        "man_cc",
        "Sổ tay canh tác xoài thích ứng biến đổi khí hậu",
        "Do Viện Cây ăn quả miền Nam và Viện Nghiên cứu Rau quả biên soạn: kỹ thuật tưới, bón phân, quản lý dịch hại và ứng phó khô hạn, xâm nhập mặn cho vườn xoài. "
        "Dùng cho tập huấn nông dân theo hướng nông nghiệp thông minh thích ứng khí hậu.",
    ),
    (
        "jMo093",
        "vi",
        "man_bamboo",
        "Tài liệu kỹ thuật canh tác xoài Cát Chu, Cát Hòa Lộc",
        "Giới thiệu giống, nhân giống từ hạt đa phôi, trồng, tỉa cành, xử lý ra hoa và chăm sóc trái cho vùng chuyên canh ĐBSCL (41.800 ha năm 2013).",
    ),
    (
        "jMo094",
        "vi",
        "man_nld",
        "Quy trình sản xuất xoài rải vụ an toàn đạt chuẩn xuất khẩu Mỹ",
        "Hợp tác xã áp dụng tiến bộ kỹ thuật từ xử lý ra hoa đến bao trái và truy xuất nguồn gốc; lô xoài đi Mỹ bán giá cao hơn 10–15%. "
        "Tập huấn điểm thực hành sản xuất xoài rải vụ cho nông dân.",
    ),
    # --- fruit flies ---
    (
        "jMo095",
        "en",
        "ff_griffith",
        "Protein bait spray made from brewery yeast waste for fruit fly control",
        "Heat- and enzyme-treated brewery yeast mixed with a small dose of insecticide is spot-sprayed weekly on foliage. "
        "In the Mekong Delta it cut fruit-fly damage in Barbados cherry from over 70% to under 4% over 50 ha, doubling farm income.",
    ),
    (
        "jMo096",
        "en",
        "ff_sofri",
        "Fruit fly IPM for smallholder fruit and vegetable growers (SOFRI)",
        "Species surveys with methyl eugenol and cue-lure in 26 southern provinces, laboratory colonies and field testing showed protein bait is the best method for large-scale use. "
        "SOFRI offers training and area-wide demonstrations.",
    ),
    (
        "jMo097",
        "en",
        "ff_spc",
        "Spot-spraying technique with protein bait for fruit flies",
        "Because the bait attracts protein-hungry females, only a spot on each tree is needed instead of full canopy cover. "
        "Most effective when neighbouring orchards treat together in an area-wide programme.",
    ),
    (
        "jMo098",
        "vi",
        "ff_sci",
        "Bả protein sinh học diệt ruồi đục trái",
        "Viện Bảo vệ thực vật và ACIAR sản xuất bả protein thủy phân từ nấm men trộn lượng nhỏ thuốc. "
        "Bẫy đực treo 20–30 bẫy/ha, thay bả 6 tuần/lần; phun điểm 5–7 ngày/lần giảm trái bị hại còn 4% so với 100% ở đối chứng.",
    ),
    (
        "jMo099",
        "vi",
        "ff_minhlong",
        "Hướng dẫn phòng ruồi đục trái xoài",
        "Ruồi Bactrocera dorsalis gây hại trên 30 loại cây. "
        "Biện pháp: tỉa cành thông thoáng, không trồng xen ổi, đu đủ, cam quýt trong vườn xoài, bao trái, thu hoạch sớm, phun thuốc 2 lần giai đoạn mang trái.",
    ),
    (
        "jMo100",
        "en",
        "ff_me",
        "Methyl eugenol and food-bait traps for oriental fruit fly",
        "Methyl eugenol traps captured 78–82% of flies but only males; brewery waste and fruit-juice baits caught both sexes. "
        "A combined trapping scheme for monitoring and mass trapping in mango is offered.",
    ),
    # --- salinity and water ---
    (
        "jMo101",
        "vi",
        "sal_baoag",
        "Khuyến cáo ngưỡng mặn và tưới cứu vườn cây ăn trái mùa hạn",
        "Chôm chôm chịu mặn khoảng 0,5‰, sầu riêng 0,3‰; vườn ở Tân Phú (Châu Thành) mất 70–80% khi mương cạn. "
        "Hướng dẫn đo mặn trước khi tưới, trữ nước ngọt, tủ gốc và tưới tiết kiệm để giữ cây.",
    ),
    (
        "jMo102",
        "vi",
        "sal_baotintuc",
        "Giải pháp giữ ẩm cho vườn sầu riêng khi thiếu nước ngọt",
        "Khi sông có độ mặn trên 10‰, hộ trồng mua nước ngọt (khoảng 55.000 đồng/m3) trữ dưới mương, tưới phun sương lá và nhỏ giọt gốc vào ban đêm, cắt bớt trái non và cành để giảm tải cho cây. "
        "Tư vấn lập kế hoạch nước cho vườn 4.000 m2 (khoảng 150 m3/tháng).",
    ),
    (
        "jMo103",
        "en",
        "sal_pah",
        "Salinity thresholds of Mekong Delta fruit trees",
        "Research centre data: durian tolerates about 0.64 g/l salt and rambutan 1.28 g/l, followed by oranges and pomelo, while river mouths reach 4 g/l in dry seasons. "
        "Advises on crop choice, integrated aquaculture and freshwater retention for saline-exposed orchards.",
    ),
    (
        "jMo104",
        "en",
        "sal_vne2",
        "Portable salinity metering and freshwater storage for durian farms",
        "Growers measure river water at each tide and pump only when salinity is below 0.2 ppt, filling farm ditches a month before the peak. "
        "Fruit thinning keeps stressed trees alive when stored water lasts only weeks.",
    ),
    (
        "jMo105",
        "en",
        "sal_vne1",
        "Orchard salinity risk outlook for the Mekong Delta",
        "The ministry warned that 80,550 ha (23.2%) of delta orchards could be affected in 2020–2021 after salinity damaged 25,120 ha of durian, coconut, pomelo, lime and rambutan. "
        "Provincial risk maps support planning of orchard protection.",
    ),
    (
        "jMo106",
        "en",
        "sal_vwp",
        "Post-salinity orchard recovery programme",
        "After the 2019–2020 drought and salinity affected about 80,000 ha of fruit trees, provinces guided farmers to restore orchards with pruning, soil flushing, organic fertiliser and replanting. "
        "Chau Thanh (Ben Tre) lost around half of its rambutan, pomelo and durian area.",
    ),
    (
        "jMo107",
        "en",
        "sal_vne2016",
        "Ring dykes and sluices to protect inland orchards from saline water",
        "Chau Thanh district lost 550 ha of fruit trees in 2016; local officials say orchards need a dyke system surrounding the whole planting area to keep saline water out of irrigation canals. "
        "Engineering design services for dyke and sluice rings are available.",
    ),
    (
        "jMo108",
        "en",
        "sal_odm",
        "Canal water storage layout for durian islands",
        "Durian farms on Ngu Hiep islet keep canals 2 m wide filled 1 m deep between rows as fresh-water reserves before the dry season. "
        "Layout and embankment guidance for orchards preparing for salt intrusion.",
    ),
    (
        "jMo109",
        "vi",
        "sal_vnmha",
        "Bản tin dự báo xâm nhập mặn theo kỳ triều phục vụ sản xuất",
        "Cơ quan khí tượng thủy văn cập nhật phạm vi xâm nhập mặn trên các sông Cổ Chiên, Hàm Luông, Hậu (khoảng 70 km) và dự báo mặn duy trì cao đến tháng 4. "
        "Nhà vườn dùng bản tin để chọn thời điểm lấy nước ngọt.",
    ),
    (
        "jMo110",
        "vi",
        "sal_5text",
        "Đánh giá quản lý tài nguyên nước mặt phục vụ nông nghiệp và thủy sản vùng mặn",
        "Nghiên cứu áp dụng nguyên tắc quản trị nước của OECD để đánh giá công tác ứng phó xâm nhập mặn mùa khô ở Bến Tre. "
        "Hữu ích cho địa phương xây dựng phương án điều tiết nước.",
    ),
    # --- irrigation ---
    (
        "jMo111",
        "vi",
        "irr_sggp",
        "Hệ thống tưới tiết kiệm cho vườn cây ăn trái (15–20 triệu đồng/ha)",
        "Vườn 6 ha quýt, chôm chôm, sầu riêng, xoài chuyển từ tưới bồn sang tưới qua đường ống: sản lượng quýt tăng từ 5 lên 10 tấn/400 gốc, sầu riêng không còn sượng, ổn định 10–15 tấn/ha. "
        "Thiết kế, lắp đặt và hướng dẫn vận hành.",
    ),
    (
        "jMo112",
        "vi",
        "irr_tvu",
        "So sánh tưới thấm và tưới nhỏ giọt trên dưa hấu tại Cầu Ngang, Duyên Hải",
        "Khảo sát 160 hộ trồng dưa hấu ở Trà Vinh để so sánh hiệu quả kỹ thuật hai mô hình tưới, từ đó khuyến cáo mô hình hiệu quả hơn cho đất giồng cát.",
    ),
    (
        "jMo113",
        "vi",
        "irr_gofarms",
        "Hệ thống tưới nhỏ giọt kết hợp bón phân",
        "Cấp nước và dinh dưỡng trực tiếp vào vùng rễ đúng lượng, đúng lúc; tiết kiệm nước, phân, năng lượng và thuốc BVTV. "
        "Áp dụng cho đu đủ, cây ăn trái và rau màu trên nhiều loại đất.",
    ),
    (
        "jMo114",
        "en",
        "irr_bcx",
        "Drip irrigation kits with filters and pressure regulation",
        "Slow, controlled water delivery to the root zone through emitters, with filters and pressure regulators; nutrients can be injected with the water, reducing leaching and weeds. "
        "Kits sized from home gardens to farms.",
    ),
    (
        "jMo115",
        "en",
        "irr_gofarms",
        "Fertigation design service for fruit orchards",
        "Engineers design drip fertigation for orchards: emitter layout per tree, fertiliser injection and scheduling by growth stage so nutrients reach roots with minimal loss. "
        "Reported gains in yield and savings in water, fertiliser and energy.",
    ),
    # --- vegetables, net houses, hydroponics ---
    (
        "jMo116",
        "vi",
        "hyd_hcm",
        "Cẩm nang trồng rau ăn lá thủy canh (Trung tâm Khuyến nông TP.HCM)",
        "Với khoảng 1.000 m2, mỗi năm trồng 14–16 vụ xà lách, cải, rau muống, sản lượng 50–58 tấn. "
        "Hướng dẫn thiết kế hệ thống, pha dinh dưỡng, gieo ươm và thu hoạch.",
    ),
    (
        "jMo117",
        "vi",
        "hyd_ag",
        "Nhà lưới trồng rau ôn đới thủy canh hồi lưu điều khiển qua điện thoại",
        "Mô hình 1.000 m2 đầu tư khoảng 800 triệu đồng trồng 7 loại xà lách, cải bó xôi bằng hệ thống nước tuần hoàn, phun sương tự động làm mát. "
        "Sản phẩm vào siêu thị; nhận tư vấn lắp đặt cho vùng nắng nóng ĐBSCL.",
    ),
    (
        "jMo118",
        "en",
        "hyd_blog",
        "NFT hydroponic systems inside UV-film net houses",
        "Galvanised-steel net houses with UV-stabilised PE film and NFT channels; seedlings started in coco peat are transferred at 5–7 cm. "
        "Nutrient solution kept at pH 5.8–6.5 and EC 1.2–1.8 mS/cm; leafy greens harvested in 25–35 days with 20–30% faster growth.",
    ),
    (
        "jMo119",
        "en",
        "hyd_memart",
        "IoT-controlled hydroponic greenhouse models",
        "Reference farms range from a 10 m2 start-up grown to 320 m2 with EC/pH monitoring (20 kg vegetables a day) to a cooperative net house with automation producing 1 tonne a day for supermarket chains. "
        "Design and automation packages offered.",
    ),
    (
        "jMo120",
        "en",
        "hyd_kn",
        "Vocational training course in hydroponic vegetable farming",
        "Extension course of 30 hours theory and 70 hours practice with study visits to hydroponic and melon farms in Dong Thap and Can Tho. "
        "Open to young farmers and cooperatives.",
    ),
    (
        "jMo121",
        "vi",
        "hyd_ueh",
        "Dự án mẫu sản xuất rau sạch trong nhà màng",
        "Phương án kinh doanh gồm lựa chọn địa điểm, công nghệ nhà màng, quy trình trồng, sơ chế đóng gói, dán nhãn và chứng nhận GAP. "
        "Tham khảo cho nhóm khởi nghiệp lập dự án vay vốn.",
    ),
    # --- mushrooms ---
    (
        "jMo122",
        "vi",
        "mus_nn",
        "Trồng nấm rơm trong nhà kín 7–8 đợt/năm",
        "Chu kỳ từ rải meo đến dọn bãi khoảng 40 ngày; 100 m2 chất 120–150 cuộn rơm, mỗi cuộn cho khoảng 3 kg nấm, lãi khoảng 110.000 đồng/cuộn, gần gấp đôi trồng ngoài trời. "
        "Nấm loại 1 trên 95% nhờ kiểm soát nhiệt, ẩm.",
    ),
    (
        "jMo123",
        "vi",
        "mus_ctu",
        "Chuyên đề phát triển nghề trồng nấm rơm ở ĐBSCL (Đại học Cần Thơ)",
        "Phân tích thực trạng và giải pháp nghề nấm rơm: nguồn rơm, meo giống, kỹ thuật ủ, chất mô và tiêu thụ. "
        "Chuyên gia tư vấn trực tiếp cho nông dân và hợp tác xã.",
    ),
    (
        "jMo124",
        "vi",
        "mus_viv",
        "Kỹ thuật trồng nấm rơm trên kệ trong trại",
        "Trại lợp lá, che bạt, giàn tre 3 kệ cách nhau 50 cm, rộng 80 cm; nhiệt độ thích hợp 30–35°C, ẩm 80–90%, ban đêm sưởi bằng bóng đèn 70 W. "
        "Trạm khuyến nông hỗ trợ 30% kinh phí mô hình thí điểm.",
    ),
    (
        "jMo125",
        "en",
        "mus_gl",
        "Straw mushroom grown on waste cotton in closed houses",
        "Using textile cotton waste instead of rice straw removes dependence on straw prices and seasons; shelves stacked in converted livestock sheds allow tight temperature and humidity control and higher yields.",
    ),
    (
        "jMo126",
        "en",
        "mus_nonghoc",
        "Oyster, straw and lingzhi mushroom technologies for rural households",
        "Mekong Delta temperature varies less than 5°C over the year and air humidity averages 80%, so mushrooms can be grown year-round on abundant rice straw. "
        "Training on oyster, lingzhi and straw mushroom processes for landless and part-time labour.",
    ),
    # --- pollination and bees ---
    (
        "jMo127",
        "vi",
        "bee_sggp",
        "Đặt thùng ong mật trong vườn nhãn, chôm chôm để lấy mật và thụ phấn",
        "Chủ nuôi 300 thùng ong ở cù lao Cầu Kè lãi khoảng 200 triệu đồng sau 4 tháng; ong bay hút mật bán kính hơn 2 km. "
        "Hợp đồng với nhà vườn không phun thuốc trong thời gian ong làm việc, giúp cây ăn trái đậu trái tốt hơn.",
    ),
    (
        "jMo128",
        "vi",
        "bee_nn",
        "Mô hình nuôi ong mật kết hợp vườn cây ăn trái ở cù lao Long Hồ",
        "Hộ nuôi trên 400 thùng ong, khai thác mùa hoa nhãn, chôm chôm; ong giúp thụ phấn, cải thiện sinh thái vườn. "
        "Nhận truyền nghề và cho thuê đàn ong theo mùa hoa.",
    ),
    (
        "jMo129",
        "en",
        "bee_ld",
        "Honeybee pollination for net-house melons",
        "Keeping honeybee colonies inside net houses as pollinators raised melon yields 15–20% per crop and saved several million dong on hand-pollination labour.",
    ),
    (
        "jMo130",
        "vi",
        "bee_hy",
        "Đưa ong vào vườn nhãn mùa hoa tăng tỷ lệ đậu quả",
        "Vùng nhãn hơn 4.800 ha thu hút hàng nghìn đàn ong mỗi mùa hoa; vườn 1 ha đặt trên 200 thùng ong. "
        "Nhà vườn có thêm tỷ lệ đậu quả cao hơn, chủ ong thu mật hoa nhãn.",
    ),
    (
        "jMo131",
        "vi",
        "bee_dak",
        "Tài liệu phân loại các loài ong mật nuôi ở Việt Nam",
        "Giới thiệu đặc điểm ong nội Apis cerana, ong ngoại Apis mellifera, ong khoái và ong ruồi, kích thước, tập tính làm tổ và giá trị kinh tế trong nghề lấy mật.",
    ),
    # --- nurseries and grafting ---
    (
        "jMo132",
        "vi",
        "nur_sggp",
        "Cung ứng cây giống sầu riêng Ri6, mít ruột đỏ từ vùng giống Cái Mơn – Chợ Lách",
        "Cơ sở ươm hơn 20 năm xuất 7.000–10.000 cây giống/tháng đi các tỉnh; có cây ăn trái mini và giống ghép mới. "
        "Nhận hợp đồng cây giống số lượng lớn, giao tận nơi.",
    ),
    (
        "jMo133",
        "vi",
        "nur_graft",
        "Hướng dẫn kỹ thuật ghép đoạn cành cây có múi",
        "Chọn gốc ghép khỏe, cành ghép từ cây mẹ tốt, thời vụ và chăm sóc sau ghép để tăng tỷ lệ sống. "
        "Cây ghép giữ đặc tính cây mẹ, sớm cho trái, năng suất ổn định.",
    ),
    (
        "jMo134",
        "en",
        "nur_cleft",
        "Cleft and splice grafting training for fruit-tree nurseries",
        "Hands-on training: taking scions from selected mother trees, joining them to seedling rootstocks, wrapping and aftercare. "
        "Rootstocks grown from seed or wild trees give vigorous roots.",
    ),
    # --- ornamentals ---
    (
        "jMo135",
        "vi",
        "orn_dantri",
        "Tổ hợp tác hoa kiểng kết hợp du lịch tham quan (Sa Đéc)",
        "Vườn hoa 3 ha, trong đó 2 ha phục vụ tham quan có bán vé, tiểu cảnh dùng hơn 500 chậu cúc và dừa cạn. "
        "Chia sẻ cách chuyển từ sản xuất hoa kiểng đơn thuần sang kết hợp du lịch để tăng lợi nhuận.",
    ),
    (
        "jMo136",
        "vi",
        "orn_tp",
        "Kỹ thuật trồng cúc mâm xôi màu và giống hoa Tết mới",
        "Cúc mâm xôi trồng 5–6 tháng mới trổ hoa, xuống giống tháng 3–4 âm lịch rồi bấm ngọn, canh cơi đọt cho nở đúng Tết. "
        "Cung cấp giống mới: cúc Song Hỷ, nghệ tây, hồng siêu nụ; làng hoa cung ứng 1,3–1,4 triệu giỏ.",
    ),
    (
        "jMo137",
        "en",
        "orn_qsti",
        "Foliage and landscape plants from Sa Dec nurseries",
        "Growers produce coloured-leaf plants such as calathea, dracaena, snake plant and aglaonema, plus landscape flowers like ixora, periwinkle and hibiscus for public works. "
        "Wholesale supply and growing advice.",
    ),
    (
        "jMo138",
        "vi",
        "orn_gl",
        "Chăm sóc hoa giỏ cho nở đúng dịp Tết",
        "Kinh nghiệm của làng hoa Cái Mơn và Sa Đéc trong giai đoạn cao điểm trước Tết: điều chỉnh tưới, bón và che nắng để hoa nở đúng ngày bán.",
    ),
    # --- GAP ---
    (
        "jMo139",
        "en",
        "gap_tv",
        "VietGAP certification service of the Tra Vinh science and technology department",
        "The department certified mangosteen of a Tan Thanh cooperative and mandarin of a Thuan Phu cooperative under VietGAP. "
        "It offers assessment and certification to orchard cooperatives wishing to widen markets.",
    ),
    # --- rice (neighbouring field) ---
    (
        "jMo140",
        "en",
        "rice_afd",
        "Alternate wetting and drying for triple-crop rice",
        "AWD irrigation saves water in paddy and lowers methane emissions without yield loss in Mekong Delta trials; rice needs 3,000–5,000 litres per kg grain under flooding. "
        "Recommended as an adaptation to drought and salinity.",
    ),
    (
        "jMo141",
        "en",
        "rice_omics",
        "Greenhouse-gas reduction package for Mekong Delta rice",
        "Can Tho University field results on AWD and straw management for lowering methane from paddy, with yield data for triple cropping.",
    ),
    (
        "jMo142",
        "en",
        "rice_awd",
        "Conditions for farmer adoption of water-saving AWD in An Giang",
        "Community statistics over four dry seasons show AWD adoption depends on paddy elevation, canal density and triple-cropping; farmers revert to continuous flooding in dry years.",
    ),
    (
        "jMo143",
        "en",
        "rice_straw",
        "Rice-straw management to cut methane in triple rice cropping",
        "Five-year measurements show straw incorporated between crops drives high methane emissions; removing or composting straw reduces them.",
    ),
    # --- aquaculture (neighbouring field) ---
    (
        "jMo144",
        "vi",
        "shr_tv",
        "Nuôi tôm càng xanh trong ruộng lúa vùng ngập mặn (Duyên Hải)",
        "Hộ ở Long Vĩnh thả 20.000–30.000 tôm càng xanh trong 10 công lúa mùa mưa sau vụ tôm sú, thu hơn 30 triệu đồng, tôm loại I 280.000 đồng/kg. "
        "Tôm ăn lúa rụng sau thu hoạch.",
    ),
    (
        "jMo145",
        "vi",
        "shr_cm",
        "Giải pháp kỹ thuật nuôi tôm luân canh tôm – lúa",
        "Mương bao chiếm 20–30% diện tích, nước trên trảng 0,5–0,6 m, mương 1,2–1,4 m; thả giống 2–3 lần/vụ, tổng mật độ 3–3,5 con/m2. "
        "Áp dụng cho vùng bán đảo Cà Mau.",
    ),
    (
        "jMo146",
        "vi",
        "shr_gap",
        "Chứng nhận VietGAP cho nuôi tôm thẻ chân trắng thâm canh",
        "Khảo sát 105 hộ ở Sóc Trăng: ao lắng, kiểm dịch giống, mật độ 40 con/m2, năng suất 2,7–5,6 tấn/ha/vụ; 98% lô hàng đạt chuẩn xuất khẩu và được cộng 2.000–5.000 đồng/kg.",
    ),
    (
        "jMo147",
        "vi",
        "shr_st",
        "Luân canh một vụ tôm càng xanh, một vụ lúa",
        "Ương 50.000 tôm giống trong ao từ tháng 9, chuyển lên ruộng sau thu hoạch lúa; tôm chịu mặn 4–10‰, giá 130.000–160.000 đồng/kg.",
    ),
    (
        "jMo148",
        "vi",
        "shr_ktn",
        "Mô hình lúa đông xuân – tôm càng xanh vùng lũ",
        "Ruộng 0,5–4 ha có mương bao 20–25% diện tích, bờ cao hơn đỉnh lũ; bón vôi 150–200 kg/ha, thả tôm bột PL15 mật độ 3–5 con/m2, nuôi 7–8 tháng.",
    ),
    (
        "jMo149",
        "vi",
        "shr_book",
        "Tài liệu kỹ thuật nuôi tôm sú – lúa vùng ven biển",
        "Nuôi tôm sú mùa khô khi nước mặn vào nội đồng, trồng lúa mùa mưa; 7 tỉnh áp dụng với khoảng 140.000 ha, có Trà Vinh.",
    ),
    # --- livestock and energy (neighbouring field) ---
    (
        "jMo150",
        "vi",
        "liv_worm",
        "Dự án chăn nuôi bò kết hợp nuôi trùn quế",
        "Phân bò làm thức ăn nuôi trùn quế, trùn và phân trùn dùng làm thức ăn gia cầm, phân bón hữu cơ cho cây trồng. "
        "Hồ sơ dự án mẫu cho doanh nghiệp và trang trại.",
    ),
    (
        "jMo151",
        "vi",
        "liv_silage",
        "Ủ chua thân lá lạc làm thức ăn nuôi bò thịt",
        "Khẩu phần thân lá lạc ủ chua với 0,5% muối và 6% bột ngô cho bò tăng trọng 0,55 kg/con/ngày, lãi khoảng 103.000 đồng/con/tháng.",
    ),
    (
        "jMo152",
        "vi",
        "liv_waste",
        "Giải pháp quản lý, xử lý chất thải chăn nuôi",
        "Đánh giá ô nhiễm từ chất thải rắn, lỏng và khí của trang trại; đề xuất công nghệ xử lý và sản xuất phân hữu cơ từ phân chuồng.",
    ),
    (
        "jMo153",
        "vi",
        "bio_ctu",
        "Bổ sung lục bình và rơm làm nguyên liệu nạp cho hầm ủ biogas",
        "Khi thiếu phân heo, có thể nạp lục bình hoặc rơm đã trồng nấm phối trộn phân heo cho hầm biogas; thí nghiệm 35 ngày của Đại học Cần Thơ xác định tỷ lệ phối trộn phù hợp.",
    ),
    (
        "jMo154",
        "en",
        "bio_ctu",
        "Co-digestion of water hyacinth and spent mushroom straw in household biogas",
        "Lab digesters show farmers can run biogas plants on water hyacinth or rice straw left after mushroom growing, mixed with pig manure, when manure supply is short.",
    ),
    # --- extra orchard items ---
    (
        "jMo155",
        "en",
        "df_pcaarrd",
        "Night-break lighting schedule for year-round dragon fruit",
        "6 W LED or 26 W CFL bulbs hung 5 ft above the centre of four posts and lit from 10 pm to 2 am induce flowering in the short-day months; a 1,000 m2 plot of 160 posts yielded 730 kg under CFL. "
        "Costing of lamps, power and labour included.",
    ),
    (
        "jMo156",
        "vi",
        "man_bnews",
        "Nâng cao chất lượng xoài đạt chuẩn xuất khẩu Mỹ",
        "Giải pháp cho vùng xoài Đồng Tháp (khoảng 9.300 ha): sản xuất theo GAP, quản lý dịch hại, xử lý sau thu hoạch và truy xuất để đáp ứng thị trường khó tính.",
    ),
    (
        "jMo157",
        "vi",
        "cacao_tnn",
        "Điểm sơ chế, lên men hạt ca cao đạt chất lượng xuất khẩu",
        "Hướng dẫn kỹ thuật lên men, phơi sấy hạt ca cao theo yêu cầu thị trường trong và ngoài nước, do các điểm chế biến của chương trình ca cao Bến Tre thực hiện.",
    ),
    (
        "jMo158",
        "en",
        "hlb_nongduoc",
        "Clean-stock citrus nursery certification",
        "Because greening bacteria travel in budwood and marcots, nurseries multiply pomelo and orange only from indexed, disease-free mother trees kept under insect-proof screens. "
        "Certification and lab testing services for nurseries.",
    ),
    (
        "jMo159",
        "en",
        "kv_tst",
        "Whitewashing and wound care to keep palm weevil out of young coconut",
        "Palm weevils lay eggs in trunk cracks of 2–5-year-old palms and in wounds from frond cutting or harvesting. "
        "Painting the lower trunk with lime and sealing wounds prevents most infestations.",
    ),
    (
        "jMo160",
        "en",
        "sal_baoag",
        "Drip and mulch rescue kit for salt-stressed durian and rambutan",
        "Kits of drip lines, ditch liners and mulch let growers irrigate with small amounts of stored fresh water at night when ditches run dry; includes a pocket salinity meter to check water before use.",
    ),
]
