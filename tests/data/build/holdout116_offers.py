"""Offers of the holdout116 set: markets, wet-market hygiene, small slaughterhouses, meat inspection.

Rows: (id, language, source key, title, description). Each row paraphrases the page under its source key.
"""

OFFERS = [
    # --- market drainage and wastewater ---
    (
        "mNo001",
        "vi",
        "hue_cho_nuocthai",
        "Tư vấn thiết kế, nâng cấp hệ thống thu gom và xử lý nước thải chợ",
        "Đơn vị tư vấn môi trường nhận khảo sát và thiết kế hệ thống thu gom, thoát và xử lý nước thải cho chợ "
        "truyền thống, rút kinh nghiệm từ đợt rà soát ở Thừa Thiên Huế, nơi 82,6% chợ chưa có hệ thống thu gom, "
        "xử lý và 17,4% chỉ có mương thoát chưa đồng bộ. Gói dịch vụ gồm tách dòng nước mưa, nước rửa sàn, "
        "cống kín dẫn về công trình xử lý cuối trước khi xả ra nguồn tiếp nhận.",
    ),
    (
        "mNo002",
        "vi",
        "caugiay_nuocthai_cho",
        "Quan trắc, phân tích chất lượng nước thải chợ dân sinh",
        "Phòng thí nghiệm môi trường lấy mẫu nước thải tại chợ và phân tích pH, DO, độ dẫn điện, TSS, nitrit, "
        "nitrat, amoni, phốt phát, COD, Coliform và E. coli, đối chiếu QCVN 14:2008/BTNMT cột B. Khảo sát mẫu "
        "ở ba chợ dân sinh cho thấy COD tới 2.587 mg/l, TSS vượt 1,2–3,3 lần và Coliform vượt 3,4–35,4 lần, "
        "làm căn cứ đề xuất xử lý trước khi xả vào cống chung.",
    ),
    (
        "mNo003",
        "vi",
        "gadomo_market_drainage",
        "Giải pháp tổng thể quản lý rác và thoát nước cho chợ thực phẩm",
        "Gói tư vấn gắn việc thu gom rác với quy hoạch thoát nước của chợ: phân khu điểm tập kết, thùng rác "
        "phân loại theo màu có biển hướng dẫn, tập huấn tiểu thương đóng gói và bỏ phụ phẩm hữu cơ đúng giờ, "
        "kiểm tra định kỳ, ủ compost khi có điều kiện và vận chuyển rác nhanh để rác không trôi vào cống, "
        "giảm mùi, giảm côn trùng và nước chảy tràn ra đường.",
    ),
    (
        "mNo004",
        "vi",
        "be_thu_mo",
        "Thiết kế, lắp đặt bể thu mỡ cho khu bán thịt, cá và ăn uống",
        "Lắp bể thu dầu mỡ trên đường ống thoát cuối cùng trước khi nước thải xả ra hệ thống thoát nước chung, "
        "giữ lại dầu, mỡ và tạp chất nổi. Theo quy định xây dựng, công trình thu mỡ bắt buộc bố trí khi nồng độ "
        "dầu mỡ trong nước thải vượt 100 mg/l, trường hợp thường gặp ở dãy sạp thịt, cá và quầy ăn uống trong chợ.",
    ),
    (
        "mNo005",
        "en",
        "kitchen_water_flow",
        "Hygienic floor-drainage layout for wet food areas",
        "Design service for wet food-handling floors: drainage runs from cleaner zones toward dirtier ones, "
        "drain covers are stainless steel, the floor falls at 1.5 to 2.0 per cent (steeper falls strain workers), "
        "floor-wall and fixture joints are coved, and open drains and ditches pass through a grease trap before the "
        "cesspool to cut treatment cost and prevent pipe blockages.",
    ),
    (
        "mNo006",
        "en",
        "stainless_trench",
        "Stainless steel trench drains and grates",
        "Supplier of stainless trench (channel, linear) drains with grates for wet floors. Grate selection "
        "considers peak water flow, the debris the grate must strain out, load, wear and replacement interval, "
        "and openings no wider than half an inch across the direction of travel so wheels, canes and heels do "
        "not catch; stainless resists corrosion where floors are washed daily.",
    ),
    (
        "mNo007",
        "en",
        "floor_pooling",
        "Hygienic, slip-resistant floors that do not pool water",
        "Flooring contractor for food and beverage areas that designs the floor gradient together with the "
        "drains, so that washing water runs to drains instead of pooling in processing zones, storage rooms and "
        "walkways, where standing water is both a slip hazard and a breeding ground for bacteria.",
    ),
    (
        "mNo008",
        "vi",
        "tcvn9211",
        "Tư vấn thiết kế xây mới, cải tạo chợ theo TCVN 9211:2012",
        "Tư vấn lập thiết kế chợ đúng tiêu chuẩn TCVN 9211:2012 Chợ – Tiêu chuẩn thiết kế (chuyển đổi từ "
        "TCXDVN 361:2006), áp dụng cho chợ tổng hợp, chợ chuyên doanh, chợ đầu mối ở đô thị, nông thôn và miền "
        "núi, kèm các tiêu chuẩn viện dẫn như TCVN 4474 về thoát nước bên trong và TCVN 2622 về phòng cháy.",
    ),
    (
        "mNo009",
        "vi",
        "vesaco_aquatic",
        "Thiết kế – thi công hệ thống xử lý nước thải thủy sản",
        "Doanh nghiệp môi trường nhận thiết kế, thi công hệ thống xử lý nước thải cho cơ sở sơ chế, chế biến "
        "thủy sản, xử lý cả nước thải sản xuất (nước rửa nguyên liệu, rửa sàn, thiết bị chứa chất hữu cơ, chất "
        "rắn lơ lửng, vụn thịt, dầu mỡ, vi sinh vật) lẫn nước thải sinh hoạt; lưu lượng và thành phần được "
        "khảo sát riêng cho từng cơ sở.",
    ),
    (
        "mNo010",
        "en",
        "seafood_ww_course",
        "Low-cost treatment trains for fish-handling effluent",
        "Extension course and design support for fish-handling wastewater: pond or aerated-lagoon treatment, "
        "dissolved air flotation ahead of activated sludge to strip oil, grease and protein, and an anaerobic "
        "digester whose effluent feeds a shallow pond growing Chlorella and photosynthetic bacteria that can be "
        "sold as feed, turning part of the waste into income.",
    ),
    (
        "mNo011",
        "en",
        "seafood_waste_studylib",
        "Waste management programme for seafood handling sites",
        "Advisory on licensing, effluent monitoring and waste reduction for seafood handling: solid waste is "
        "removed before it enters the effluent and disposed of separately on land, effluent volume and load are "
        "measured, and nutrients (nitrogen, phosphorus) are reduced to avoid eutrophication of receiving canals.",
    ),
    (
        "mNo012",
        "en",
        "seafood_ww_tay",
        "Characterisation and pretreatment of fish wastewater",
        "University team (Nanyang, Cleveland State) that characterises seafood wastewater and designs "
        "pretreatment and primary treatment. Reported loads range from 1 to 72.5 kg BOD per tonne of product and "
        "12.5–37.5 kg for fish filleting; the heaviest stream is blood water drained from fish holding tanks, and "
        "FOG and nitrogen from blood must be handled first.",
    ),
    (
        "mNo013",
        "vi",
        "nga_sau_bvmt",
        "Lập đề án, hồ sơ bảo vệ môi trường cho chợ",
        "Nhận lập hồ sơ môi trường cho chợ đang hoạt động theo mẫu đề án bảo vệ môi trường của chợ Ngã Sáu "
        "(Hậu Giang): thông tin chung, vị trí, quy trình hoạt động, trang thiết bị, nhu cầu nguyên liệu, các "
        "nguồn phát sinh nước thải, rác thải, mùi và biện pháp giảm thiểu, chương trình giám sát môi trường.",
    ),
    (
        "mNo014",
        "vi",
        "vanthanh_vetiver",
        "Xử lý nước kênh ô nhiễm bằng cỏ vetiver trên giá thể sỏi – cát",
        "Mô hình của ĐH Bách khoa TP.HCM trồng cỏ vetiver trên nền sỏi – cát để làm sạch nước kênh Văn Thánh "
        "ở chế độ tĩnh (lưu 7 ngày) và tuần hoàn (15 ngày), thùng 12 lít lặp ba lần; hiệu suất khử COD, P-PO4, "
        "N-NH4 trên 80%, nước sau xử lý phần lớn đạt QCVN 08-MT:2015 về nước mặt.",
    ),
    (
        "mNo015",
        "vi",
        "dongha_wetland",
        "Đất ngập nước nhân tạo xử lý nước thải đô thị",
        "Kết quả luận án tiến sĩ (ĐH Khoa học Tự nhiên, ĐHQG Hà Nội) về ứng dụng hệ thống đất ngập nước nhân "
        "tạo để xử lý nước thải sinh hoạt đô thị của thành phố Đông Hà, Quảng Trị, chuyển giao cho các đô thị "
        "vừa và nhỏ cần giải pháp xử lý nước thải tập trung ít tốn năng lượng.",
    ),
    (
        "mNo016",
        "en",
        "aco_kitchen_drain",
        "Floor drainage systems for commercial kitchens",
        "Drainage manufacturer offering floor drainage for busy commercial kitchens, where floors are wet and "
        "greasy from cooking and cleaning; systems are sized for hotel kitchens, canteens, food courts or small "
        "restaurants and chosen for cleanability, durability and flow so that fat does not block the waste pipes.",
    ),
    # --- market solid waste, composting, pests, cleaning ---
    (
        "mNo017",
        "en",
        "africa_market_compost",
        "Municipal composting of market green waste",
        "Proposal and support for county-run composting of market waste: the major markets produce around "
        "30 tonnes of green waste a day, almost all organic and generated daily, which is better turned into "
        "fertiliser than trucked to dumpsites, cutting collection and disposal problems.",
    ),
    (
        "mNo018",
        "vi",
        "verona_green_compost",
        "Ủ compost dạng đống tĩnh thổi khí cho rác rau quả chợ đầu mối",
        "Quy trình do ĐH Verona (Ý) thử nghiệm: rác rau quả thu gom riêng tại chợ đầu mối được ổn định sinh "
        "học bằng đống ủ tĩnh có thổi khí, tạo compost xanh làm chất cải tạo đất; kèm số liệu đặc tính nguyên "
        "liệu, sản phẩm và độc tính thực vật, giúp giảm rác chôn lấp, nước rỉ và khí mê-tan.",
    ),
    (
        "mNo019",
        "en",
        "farmers_market_compost",
        "Composting organic waste from produce markets",
        "Guidance and set-up for composting market leftovers (fruit and vegetable scraps, herb stems, trimmings): "
        "because this waste is wet and nitrogen-rich it must be balanced with carbon-rich browns and turned for "
        "air, otherwise piles smell and attract pests; finished compost can go back to local growers.",
    ),
    (
        "mNo020",
        "en",
        "cet_farm_composting",
        "Hauler–farm network for diverting commercial food waste",
        "Programme model from the Center for Ecological Technology: waste generators, haulers and farms are "
        "organised so that more than 70 businesses sent 22,000 tonnes of organic material to seven farms using six "
        "haulers, cutting about 5,700 t carbon equivalent; includes pickup scheduling, routes and separation and "
        "storage systems at the source.",
    ),
    (
        "mNo021",
        "vi",
        "camnang_u_phan",
        "Hướng dẫn kỹ thuật ủ phân và sử dụng chế phẩm thúc đẩy",
        "Tài liệu và tập huấn kỹ thuật làm phân ủ: dùng chế phẩm kích hoạt (EM, vi sinh vật) hoặc nguyên liệu "
        "xanh giàu đạm để khởi động nhiệt đống ủ, kiểm soát thông khí, độ ẩm và các yếu tố ảnh hưởng tới quá "
        "trình hoai mục; có thể tự làm men từ cơm thừa lên men thay vì mua chế phẩm.",
    ),
    (
        "mNo022",
        "vi",
        "binhdinh_u_rac",
        "Mô hình xử lý rác hữu cơ quy mô nhỏ: thùng ủ ưa nhiệt, thùng sinh học",
        "Ban quản lý dự án Cấp nước và Vệ sinh Bình Định giới thiệu ba mô hình xử lý rác hữu cơ tại chỗ cho "
        "huyện, xã: thùng ủ vi sinh vật ưa nhiệt, thùng sinh học và ủ phân vi sinh, gắn với quy hoạch quản lý "
        "chất thải rắn cấp huyện; phù hợp điểm phát sinh rác hữu cơ tập trung như chợ.",
    ),
    (
        "mNo023",
        "vi",
        "sgplastic_compost",
        "Quy trình và thùng ủ compost hiếu khí",
        "Cung cấp thùng ủ và hướng dẫn ủ compost hiếu khí: phân hủy rác thực phẩm, lá cây, vỏ trấu, phân "
        "chuồng trong điều kiện có oxy, không gây mùi, giảm phát thải khí nhà kính, tạo phân hữu cơ cải tạo "
        "đất; phân biệt với ủ yếm khí và nêu các ứng dụng thực tế.",
    ),
    (
        "mNo024",
        "vi",
        "ecomco_men_vi_sinh",
        "Men vi sinh Eco-Tri ủ phân hữu cơ",
        "Công ty ECOMCO cung cấp men vi sinh Eco-Tri và quy trình ủ phân hữu cơ từng bước, rút ngắn thời gian "
        "hoai mục nguyên liệu hữu cơ sẵn có thành phân bón cho bà con nông dân, trang trại.",
    ),
    (
        "mNo025",
        "vi",
        "biorat_diet_chuot",
        "Diệt chuột sinh học bằng chế phẩm vi khuẩn Biorat",
        "Dịch vụ diệt chuột ở chợ, bến bãi, kho hàng bằng chế phẩm Biorat (Cuba) trộn vào mồi: vi khuẩn gây "
        "bệnh chỉ cho chuột, chuột chết sau hai ba ngày và lây cho cả đàn; ngành y tế TP.HCM từng dùng cho "
        "khoảng 130 điểm ưu tiên gồm chợ, kinh phí gần 2 tỷ đồng, không dùng phốt phua kẽm.",
    ),
    (
        "mNo026",
        "en",
        "thai_market_rodent",
        "Rodent-harbourage removal for fresh markets",
        "Public-health programme for fresh markets that starves rodents rather than poisoning them: remove food "
        "sources and scraps, and concentrate cleaning on floors, chopping boards and stall tables, the surfaces "
        "closest to food, so the market stops being a breeding site (Thai Department of Health).",
    ),
    (
        "mNo027",
        "vi",
        "cdc_markets",
        "Kế hoạch vệ sinh nhiều lớp cho chợ ở nơi thiếu nguồn lực",
        "Bộ hướng dẫn cho ban quản lý chợ: kết hợp biện pháp cá nhân, hành chính và kỹ thuật; bố trí điểm "
        "rửa tay, lịch làm sạch và khử trùng bề mặt, vệ sinh hô hấp, giãn cách; có bảng cân nhắc cho từng "
        "biện pháp và khuyến nghị mời tiểu thương, trưởng cộng đồng cùng lập kế hoạch.",
    ),
    (
        "mNo028",
        "en",
        "wet_market_workers",
        "Hygiene routine and PPE for wet-market workers",
        "Training for people working in wet markets: protective gowns, gloves and face protection when handling "
        "animals and animal products, work clothes left and washed at the site, frequent handwashing with soap, "
        "and disinfection of equipment and the working area at least once a day.",
    ),
    (
        "mNo029",
        "en",
        "oxfam_solid_waste",
        "Solid waste management to keep drains clear",
        "WASH support on solid waste: poor waste handling creates vector breeding sites, contaminates water and "
        "blocks drainage channels, leaving stagnant polluted water; collection points, containment and regular "
        "removal are organised so waste does not end up in drains or burnt in the open.",
    ),
    (
        "mNo030",
        "vi",
        "conglycm_thung_u",
        "Thùng ủ rác hữu cơ cho hộ gia đình",
        "Hướng dẫn hộ dân phân loại rác, bỏ rác hữu cơ vào thùng nhựa để tự phân hủy; khoảng 90 ngày rác "
        "thành compost mịn, tơi xốp, màu đen, không mùi dùng bón cây; túi ni lông, chai lọ bán phế liệu hoặc "
        "xử lý riêng.",
    ),
    (
        "mNo031",
        "vi",
        "phun_muoi_nha",
        "Dịch vụ phun thuốc diệt muỗi tại nhà",
        "Cửa hàng cung cấp thuốc và dịch vụ phun diệt muỗi cho nhà ở mùa sốt xuất huyết: nhà 60 m2 phun thuốc "
        "ngoại khoảng 600.000 đồng, thuốc nội 500.000 đồng, bảo hành ba tháng và chăm sóc khách hàng hằng tháng.",
    ),
    (
        "mNo032",
        "en",
        "lancet_wash_markets",
        "WASH monitoring of wet markets",
        "Research group proposing routine water, sanitation and hygiene monitoring in wet markets: whether toilets "
        "and handwashing stations exist, how meat and produce are cross-contaminated during butchering, and the "
        "enteric pathogens (E. coli, Salmonella) that vendors and shoppers are exposed to.",
    ),
    # --- fish and meat stalls, cold display, ice, stall hygiene ---
    (
        "mNo033",
        "vi",
        "fish_display_space",
        "Quy hoạch diện tích trưng bày và kho lạnh cho quầy cá",
        "Tư vấn bố trí mặt bằng quầy cá theo khối lượng bán: cơ sở nhỏ 500–600 kg/ngày, mật độ trưng bày trên "
        "đá 1,5–1,8 kg/m2, diện tích lạnh 0,6–1 m2 cho mỗi 100–150 kg cá, lối đi tối thiểu 3,5 m ở khu đông "
        "khách, có tính đến thay đổi theo mùa và yêu cầu vệ sinh.",
    ),
    (
        "mNo034",
        "en",
        "fish_case_temp",
        "Fish case temperature audit and pan-in-ice method",
        "Seafood department consultant who checks fish with a thermometer rather than trusting the ice: fish "
        "sitting on styrofoam trays on ice measured 52 °F against a 41 °F maximum. Fix: dig a trench in the ice, "
        "bury a stainless steel pan to the rim, and use cases that combine refrigeration, humidity and moving "
        "cold air.",
    ),
    (
        "mNo035",
        "vi",
        "fish_table_steemit",
        "Thiết kế bàn bày cá hợp vệ sinh cho chợ truyền thống",
        "Mẫu bàn bán cá ốp sứ hoặc gỗ bọc nhôm nghiêng khoảng 30 độ để nước chảy, dễ cọ rửa; thùng giữ lạnh "
        "composite hoặc xốp cho cá chưa bán; khu cá tách khỏi thịt bò, heo, gà và rau quả để tránh lây nhiễm "
        "chéo; chợ có điểm cấp đá, nước, nhà vệ sinh và chỗ rửa tay.",
    ),
    (
        "mNo036",
        "vi",
        "fao_retail_fish",
        "Thiết kế quầy bán lẻ cá trong chợ theo tài liệu FAO",
        "Tư vấn dựa trên chương 'Retail sale facilities' của tài liệu FAO/NRI về xử lý, bảo quản cá vùng nhiệt "
        "đới: cách tổ chức dãy quầy thuê của chính quyền trong chợ Đông Nam Á, giao hàng về một điểm, bố trí "
        "bàn, nước, đá và thoát nước cho khu cá tươi.",
    ),
    (
        "mNo037",
        "vi",
        "cife_solar_cooler",
        "Tủ làm lạnh dùng năng lượng mặt trời cho người bán cá",
        "Công nghệ của Viện Giáo dục Thủy sản Trung ương Ấn Độ (ICAR-CIFE): tấm pin mặt trời chạy tủ lạnh bảo "
        "quản cá tươi cho tiểu thương, thay cho rổ tre, thau nhựa để trần; đá ở chợ đắt và không luôn có sẵn "
        "nên tủ giúp giảm hư hỏng sau thu hoạch (khoảng 25% sản lượng cá ở Ấn Độ).",
    ),
    (
        "mNo038",
        "en",
        "cife_solar_icebox",
        "Solar-powered fish ice box for retail vendors",
        "ICAR-CIFE technology offered for transfer: a 50 kg solar fish cooler on a stainless steel mobile unit, "
        "12 V panels charging a battery that runs the compressor, able to reach −20 °C but run at 0–5 °C for "
        "retail to save power; panels rotate toward the sun; demonstrated with fisherwomen at Versova, Mumbai.",
    ),
    (
        "mNo039",
        "en",
        "solcooldry_kenya",
        "Off-grid solar ice making and cold room for fish landings",
        "SolCoolDry system (Fraunhofer ISE with Kenyan partners): a 15 kWp photovoltaic stand-alone grid with "
        "19.2 kWh of batteries runs an ice machine producing up to 1,500 kg of ice in 24 hours plus a cold room, "
        "with two solar tunnel dryers; operated by the local fishers' association and financed by ice and "
        "dryer fees.",
    ),
    (
        "mNo040",
        "en",
        "critfc_icing",
        "Slush-ice technique training for fish sellers",
        "Practical icing protocol: at least one pound of ice per pound of fish, flake or crushed ice rather than "
        "cubes, clean insulated totes, and slush ice made by dissolving 3–5 lb of salt in a quarter tote of water "
        "and adding flake ice until it holds about 28 °F; properly slush-iced fish stays fresh ten days or more.",
    ),
    (
        "mNo041",
        "vi",
        "ice_types_fish",
        "Cung cấp đá vảy bảo quản cá cho quầy bán lẻ",
        "Nhà cung cấp máy và đá vảy cho chợ cá: đá cây mua về tự đập rẻ nhưng cục cứng, cạnh sắc dễ làm trầy "
        "da cá; đá vảy mềm, không làm hỏng bề mặt cá, diện tích tiếp xúc lớn nên làm lạnh nhanh hơn, đổi lại "
        "giá cao và tan nhanh nên cần bổ sung đá thường xuyên.",
    ),
    (
        "mNo042",
        "vi",
        "chilling_slides",
        "Tập huấn kỹ thuật làm lạnh cá và dùng thùng cách nhiệt",
        "Khóa tập huấn giữ độ tươi cá bằng làm lạnh: ướp đá ướt, nước biển lạnh, không khí lạnh, đá khô và tấm "
        "đá gel; bảo đảm đủ đá, thoát nước đá tan, tránh dập nát khi vận chuyển; cách xếp cá theo đống, theo kệ, "
        "theo thùng và chọn thùng cách nhiệt bằng nhựa, gỗ hay kim loại.",
    ),
    (
        "mNo043",
        "en",
        "thorice_slurry",
        "Slurry ice systems for fish processing lines",
        "Icelandic manufacturer of slurry ice machines for land-based fish processing: slurry ice is pumped into "
        "bins or sprayed onto fish and fillets on conveyor belts between stations so the raw product stays cold "
        "from catch through trimming to packing.",
    ),
    (
        "mNo044",
        "vi",
        "butcher_hygiene_open",
        "Tập huấn vệ sinh cửa hàng, sạp bán thịt",
        "Học phần vệ sinh thịt cho người bán: sạp thịt là mắt xích giữa thịt đã kiểm dịch và người mua nên cần "
        "giấy phép; tường, sàn bền, nhẵn, không thấm, dễ rửa, màu sáng; thông gió và ánh sáng đủ; dụng cụ sạch "
        "để đúng chỗ; người bán mặc áo choàng trắng, tạp dề, mũ trùm tóc; có chỗ bỏ phụ phẩm thịt để không hút "
        "côn trùng, chuột.",
    ),
    (
        "mNo045",
        "vi",
        "meat_stall_rules_india",
        "Thiết kế sạp thịt theo chuẩn quầy bán thịt",
        "Tư vấn bố trí sạp thịt theo tiêu chuẩn quầy bán thịt của Ấn Độ: sạp đặt trong khu chợ thịt riêng, xa "
        "khu rau; mỗi sạp có phòng sơ chế (tối thiểu 3,75 × 3 × 3 m với gia súc nhỏ), quầy bán và hành lang có "
        "mái; phòng chống ruồi, có bẫy ruồi, cửa thông gió có lưới sát trần, không để nắng chiếu vào thân thịt; "
        "bể nước sạch có vòi, sàn rửa được bằng nước.",
    ),
    (
        "mNo046",
        "en",
        "chilled_pack_butchers",
        "Temperature-controlled packaging for butchers",
        "Chilled packaging for beef, lamb, pork, chicken and game: fresh cuts and most value-added products must "
        "stay below +5 °C, with some cured or smoked lines allowed below +8 °C, while they are carried to "
        "customers or between sites.",
    ),
    (
        "mNo047",
        "en",
        "maine_handwash",
        "Simple hand-washing station for outdoor markets",
        "How-to and kit for market vendors: an insulated cooler holding hot water (above 100 °F) for 8–12 hours, "
        "straps, soap, paper towels, sanitiser, a waste bin and a grey-water bucket; touch points sanitised at "
        "least hourly, signage posted, and grey water carried away for legal disposal rather than tipped on the "
        "ground. A ready-made station costs about $110.",
    ),
    (
        "mNo048",
        "en",
        "uvm_handwash",
        "Hands-free portable hand-washing station design",
        "University of Vermont Extension assembly guide for portable stations at farms and farmers' markets: "
        "clean supply water, foot-operated hands-free water, hands-free soap, touchless towel dispenser, lidded "
        "towel bin, grey-water collection for controlled disposal, sturdy, stable, portable and easy-to-clean "
        "construction.",
    ),
    (
        "mNo049",
        "vi",
        "vermont_diy_handwash",
        "Trạm rửa tay đạp chân tự lắp giá rẻ",
        "Mẫu trạm rửa tay lưu động không chạm tay của Khuyến nông ĐH Vermont: xe đẩy hoặc giá gỗ, bình 5 gallon "
        "có vòi mở bằng bàn đạp chân, khay hứng nước đã dùng, hộp xà phòng tự động và hộp giấy lau không chạm; "
        "tự lắp khoảng 180 USD so với khoảng 700 USD hàng thương mại, có tài liệu hướng dẫn lắp ráp.",
    ),
    (
        "mNo050",
        "en",
        "preschool_handwash",
        "Compact hand-wash stand for preschools",
        "Design of a small hand-washing stand for outdoor preschools (Anganwadis) in India: a bucket held above "
        "a basin so several 3–5 year-olds can wash at once, and the stand, basin and bucket nest together to be "
        "stored in a cupboard overnight.",
    ),
    (
        "mNo051",
        "vi",
        "vtv_phuoc_tho",
        "Tư vấn xây dựng mô hình chợ an toàn thực phẩm",
        "Gói tư vấn theo mô hình chợ an toàn thực phẩm Phước Thọ (phường 8, TP Vĩnh Long): thực phẩm kê cao "
        "khỏi nền, quầy sạp vệ sinh, hàng hóa có nguồn gốc, rau lấy từ hợp tác xã, tiểu thương niêm yết xuất "
        "xứ, hạn chế bán hàng qua đêm và hàn the; ban quản lý kiểm tra đầu vào tới nơi sản xuất, lò mổ và công "
        "khai cơ sở không đạt.",
    ),
    (
        "mNo052",
        "vi",
        "ga_axit_huu_co",
        "Kéo dài thời gian bảo quản thịt gà tươi ở nhiệt độ thường",
        "Kết quả nghiên cứu của ĐH Bách khoa Hà Nội (bộ môn Chế biến, bảo quản sản phẩm chăn nuôi và An toàn "
        "thực phẩm): xử lý thịt gà tươi bằng hỗn hợp axit hữu cơ và muối trisodium orthophosphate (TSP) để hạn "
        "chế vi sinh vật hiếu khí, kéo dài thời gian bán ở nhiệt độ thường, sẵn sàng chuyển giao cho cơ sở giết mổ, "
        "bán lẻ.",
    ),
    (
        "mNo053",
        "en",
        "china_live_poultry",
        "Central-slaughter package for live poultry markets",
        "Policy and operations package drawn from Chinese cities: live-poultry-restricted areas, slaughter only "
        "in licensed slaughterhouses, no live birds kept overnight, daily disinfection and weekly cleansing, a "
        "monthly market rest day, segregation of live fowl and physical barriers from shoppers, worker training, "
        "and government-subsidised refrigerators and containers for chilled products.",
    ),
    (
        "mNo054",
        "en",
        "fao_live_poultry_guide",
        "FAO biosecurity guide for live poultry markets",
        "Guide for live poultry market managers built from real-life observations: a menu of cost-effective "
        "options to improve hygiene and biosecurity, how to decontaminate market areas, equipment and vehicles, "
        "and how to manage slaughter and sale areas while the shift to centralised slaughter is under way.",
    ),
    (
        "mNo055",
        "en",
        "cooling_india_packhouse",
        "Packhouses and cold stores for fruit and vegetable supply chains",
        "Cold-chain development for farm produce: India had 8,186 cold stores with 37.4 million t capacity in "
        "2020, yet only 4% of fresh produce is covered; the proposal is modern packhouses near farms (70,080 "
        "needed, about one per ten villages) to cut US$13 billion of annual losses.",
    ),
    (
        "mNo056",
        "en",
        "reefer_vans",
        "Refrigerated vans and trucks for perishable cargo",
        "Refrigerated container vans for small delivery firms and heavy 'reefer' trucks for long hauls: a roof "
        "unit or diesel-powered cooling, polyurethane foam insulation and fans keep perishable goods cold from "
        "dispatch to arrival.",
    ),
    (
        "mNo057",
        "vi",
        "coolssmann_meat_case",
        "Tủ trưng bày thịt tươi giữ 0–4 °C",
        "Nhà sản xuất tủ trưng bày thịt cho siêu thị, cửa hàng thịt: tủ thịt tươi vận hành trong khoảng 0–4 °C "
        "theo FDA Food Code và EFSA, tối ưu 0–3 °C để vừa giữ tươi vừa đẹp mắt; tủ đông dưới −18 °C; hướng dẫn "
        "nhiệt độ cho từng loại thịt, lỗi thường gặp khi cài đặt và bảo dưỡng tủ.",
    ),
    (
        "mNo058",
        "en",
        "oucboll_display_chillers",
        "Refrigerated display chillers for meat and produce",
        "Display chillers that balance temperature, humidity, presentation and customer access: fresh red meat "
        "and poultry held at 0–2 °C and 80–90% relative humidity to stop surface drying, no draughts across the "
        "meat, digital temperature logging with alarms for excursions, and daily and weekly maintenance routines.",
    ),
    (
        "mNo059",
        "en",
        "valera_temp_guide",
        "Chilled display and storage cabinets with holding-temperature guide",
        "Catering refrigeration range with a core-temperature guide: fresh meat −2 to +2 °C, fresh fish −1 to "
        "+1 °C in specific humidity-controlled, corrosion-resistant cabinets, chilled foods 3–5 °C; display "
        "cabinets only hold pre-chilled food for short periods, after which it goes back to chilled storage.",
    ),
    # --- rapid food-safety tests ---
    (
        "mNo060",
        "vi",
        "vnexpress_kit_hanthe",
        "Bộ kit thử nhanh hàn the trong thực phẩm",
        "Bộ kit do Viện Công nghệ Hóa học TP.HCM chế tạo, được Sở KH&CN TP.HCM nghiệm thu: một lọ dung dịch "
        "hiện màu và 100 tờ giấy thử; nhỏ dung dịch lên mẫu đã nghiền, nhúng giấy, giấy chuyển từ vàng sang "
        "cam đỏ là có hàn the. Giá khoảng 35.000 đồng, trong khi bộ nhập ngoại 400.000–600.000 đồng.",
    ),
    (
        "mNo061",
        "vi",
        "bk_giay_thu_ure",
        "Giấy thử nhanh urê và bút cảm biến urê trong thực phẩm",
        "Hai dụng cụ của Khoa Kỹ thuật Hóa học, ĐH Bách khoa TP.HCM: giấy thử dài 7 cm, rộng 1 cm, đầu vàng "
        "chuyển hồng hoặc đỏ khi thực phẩm ướt có urê; bút cảm biến nặng khoảng 100 g gắn điện cực pH cho biết "
        "hàm lượng urê; kết quả trong tối đa 15 phút, dùng cho cá, tôm, mực và nước đá ướp cá.",
    ),
    (
        "mNo062",
        "en",
        "longan_ure_ca_nuc",
        "Urea screening of fish at markets with rapid tests",
        "Medical-laboratory faculty (Nguyen Tat Thanh University) offering on-site urea screening of fish at "
        "markets and fish stalls: in Tan An, Long An, 132 scad samples from 11 sites over three monthly rounds "
        "were tested on the spot and 37 (28%) were urea-positive, with positives depending on the selling site "
        "rather than the month.",
    ),
    (
        "mNo063",
        "vi",
        "khanhhoa_ure_hplc",
        "Phân tích định lượng urê trong hải sản bằng HPLC-FLD",
        "Phòng thí nghiệm ĐH Nha Trang định lượng urê trong hải sản bằng sắc ký lỏng hiệu năng cao đầu dò "
        "huỳnh quang: 271/390 mẫu ở cảng cá, cơ sở thu mua và chợ Khánh Hòa có urê, cao nhất 5,01 g/kg; tỷ lệ "
        "mẫu phát hiện ở chợ cá 32,6%, cao hơn cơ sở thu mua 24,6% và cảng 12,3%.",
    ),
    (
        "mNo064",
        "en",
        "bcsir_formalin_kit",
        "Formalin detection kit for fish",
        "Kit developed by the Bangladesh Council of Scientific and Industrial Research for detecting formalin in "
        "fish on site; used by university surveys in Dhaka markets, where about half of fish samples and 70% of "
        "rui fish tested positive.",
    ),
    (
        "mNo065",
        "en",
        "formalin_six_districts",
        "Market survey of formalin-treated fish",
        "Survey service combining kit testing with questionnaires for retailers and consumers: 939 fish samples "
        "from 18 markets in six districts, 22.68% formalin-contaminated, 36.78% in Dhaka against 13.33% in a small "
        "town and none in village markets; mostly imported fish.",
    ),
    (
        "mNo066",
        "vi",
        "formaldehyde_probe",
        "Phép thử nhanh formaldehyde bằng đầu dò huỳnh quang",
        "Phương pháp do nhóm nghiên cứu Hồng Kông phát triển: đầu dò huỳnh quang phát màu xanh dưới đèn UV cầm "
        "tay khi thực phẩm có formaldehyde, nhìn bằng mắt thường; thử đồng thời 10 mẫu tại hiện trường, trong "
        "khi phương pháp truyền thống mất 30 phút mỗi mẫu; chọn lọc tốt, ổn định, chi phí thấp.",
    ),
    (
        "mNo067",
        "en",
        "clenbuterol_lfa",
        "Lateral-flow strip for clenbuterol in pig urine",
        "Colloidal-gold immunochromatographic strip with anti-clenbuterol monoclonal antibody: result in 10 "
        "minutes, detection limit 3 ppb, no false negatives against GC-MS and 4.4% false positives on 210 swine "
        "urine samples; cheap, stable and easy to use for screening pigs.",
    ),
    (
        "mNo068",
        "vi",
        "clenbuterol_paper_sheep",
        "Giấy thử nhanh ba chất tạo nạc trong nước tiểu vật nuôi",
        "Que giấy thử nhanh phát hiện đồng thời clenbuterol, salbutamol và ractopamine trong nước tiểu; đoàn "
        "kiểm tra đã lấy 35 mẫu nước tiểu cừu và 3 mẫu gan tại cơ sở giết mổ, thử ngay tại chỗ và cho kết quả "
        "âm tính.",
    ),
    (
        "mNo069",
        "vi",
        "hue_salbutamol_kit",
        "Giám sát chất cấm salbutamol bằng KIT test nhanh",
        "Dịch vụ giám sát của cơ quan chăn nuôi – thú y: lấy mẫu nước tiểu heo tại trại sắp xuất chuồng và cơ "
        "sở giết mổ, test nhanh salbutamol bằng KIT (đợt tháng 8: 28 mẫu ở 3 trại và 1 lò mổ đều âm tính), đồng "
        "thời gửi mẫu thuốc thú y, thức ăn chăn nuôi đi xét nghiệm.",
    ),
    (
        "mNo070",
        "vi",
        "elisa_clenbuterol",
        "Phân tích clenbuterol trong thịt lợn và thức ăn chăn nuôi bằng ELISA",
        "Phòng thí nghiệm Học viện Nông nghiệp Việt Nam đánh giá và ứng dụng phương pháp ELISA định lượng "
        "clenbuterol trong thịt lợn và thức ăn chăn nuôi lợn, làm bước sàng lọc có định lượng giữa test nhanh "
        "và sắc ký khẳng định.",
    ),
    (
        "mNo071",
        "vi",
        "lcmsms_ractopamin",
        "Định lượng ractopamin tồn dư bằng LC-MS/MS",
        "Quy trình phân tích đã thẩm định (ĐH Hòa Bình, Học viện Quân y): chiết pha rắn, sắc ký UPLC cột C18, "
        "khối phổ ba tứ cực; LLOQ 48 ng/ml, tuyến tính 48–7.500 ng/ml, độ đúng 80,1–115,4%, 3 phút mỗi lần tiêm; "
        "dùng để khẳng định mẫu thịt nghi có ractopamin.",
    ),
    (
        "mNo072",
        "vi",
        "frenovo_rapid_methods",
        "Bộ thử nhanh an toàn thực phẩm dạng que giấy và ống nghiệm",
        "Nhà sản xuất kit chẩn đoán cung cấp bộ thử nhanh tại hiện trường cho cơ quan quản lý: que giấy cho kết "
        "quả định tính, bán định lượng qua độ đậm màu hoặc sắc ký vàng keo; phương pháp ống nghiệm; dùng sàng "
        "lọc tại chỗ rồi gửi mẫu nghi vấn về phòng thí nghiệm.",
    ),
    (
        "mNo073",
        "en",
        "alfa_test_kits",
        "Food safety test kits across hazard groups",
        "Catalogue of rapid test kits grouped by target: veterinary drugs, pesticides (organophosphorus, "
        "carbamate, organochlorine, pyrethroid), microorganisms, food additives and prohibited additives, and "
        "nutrients, for quick on-site screening that cuts time and cost against laboratory testing.",
    ),
    (
        "mNo074",
        "en",
        "mobile_lab_uae",
        "Mobile food testing laboratory vehicles",
        "Builder of laboratories on wheels equipped to detect contaminants, pathogens and chemical residues on "
        "site, from street-food markets to remote farms, used for inspections, quality control, surveillance, "
        "data collection, food-handler training and public awareness.",
    ),
    (
        "mNo075",
        "vi",
        "hanoi_xe_kiem_nghiem",
        "Xe kiểm nghiệm an toàn thực phẩm lưu động",
        "Dòng xe kiểm nghiệm chuyên dụng sản xuất tại Mỹ năm 2016, trang bị để kiểm tra nhanh, sàng lọc và lấy "
        "mẫu ngay tại chỗ, hỗ trợ lực lượng phản ứng nhanh trong thanh tra, kiểm tra an toàn thực phẩm; Hà Nội "
        "đã đưa 3 xe vào hoạt động cùng 3 đoàn kiểm tra liên ngành.",
    ),
    (
        "mNo076",
        "vi",
        "htvlab_thit_tuoi",
        "Kiểm nghiệm chất lượng thịt tươi",
        "Phòng thí nghiệm nhận kiểm nghiệm thịt tươi theo chỉ tiêu cảm quan (trạng thái, màu, mùi, nước luộc), "
        "lý hóa (pH, phản ứng định tính H2S, hàm lượng amoniac, phản ứng nước luộc với CuSO4), kim loại nặng "
        "(chì, cadimi, thủy ngân) và vi sinh, cho thịt bảo quản ở nhiệt độ thường hoặc 0–4 °C.",
    ),
    (
        "mNo077",
        "vi",
        "hust_thit_oi",
        "Phương pháp kiểm tra độ tươi thịt, phát hiện thịt ôi tẩm hóa chất",
        "Nhóm Viện Công nghệ sinh học và Công nghệ thực phẩm, ĐH Bách khoa Hà Nội tổng hợp các phép kiểm tra "
        "độ tươi của thịt và cách phân biệt thịt ôi đã ngâm hóa chất để làm tươi lại, phục vụ tập huấn người "
        "kiểm tra và người mua ở chợ.",
    ),
    (
        "mNo078",
        "vi",
        "tcvn8895_hanthe",
        "Kiểm tra hàn the trong giò chả theo TCVN 8895:2012",
        "Hướng dẫn và tập huấn phương pháp xác định hàn the (borat) trong giò, chả theo tiêu chuẩn quốc gia "
        "TCVN 8895:2012, giúp cơ sở chế biến tự kiểm soát sản phẩm trước khi bán ra; nhắc lại liều từ 5 g hàn "
        "the đã gây ngộ độc cấp.",
    ),
    (
        "mNo079",
        "en",
        "thai_borax_kit",
        "Borax test kit for foods",
        "Kit produced by Thailand's Government Pharmaceutical Organization under technology transfer from the "
        "Department of Medical Sciences, so that borax in foods can be tested outside the laboratory by users "
        "themselves, quickly and with high accuracy.",
    ),
    (
        "mNo080",
        "en",
        "smartphone_freshness",
        "Smartphone-read freshness sensor inside packaged pork",
        "University of Granada sensor: a 2 µL non-toxic colorimetric cocktail placed inside sealed pork packages "
        "changes colour as CO2 rises with bacterial growth; a smartphone photo and app read the grey level, "
        "validated against a Checkpoint analyser for packaged pork loin.",
    ),
    (
        "mNo081",
        "en",
        "nfc_spoilage_sensor",
        "Wireless NFC gas sensor for packaged meat spoilage",
        "Printable nanostructured conductive-polymer sensor (University of Texas at Austin, Nanjing University) "
        "that detects very low levels of ammonia, putrescine and cadaverine inside packaging and reports to a "
        "smartphone by near-field communication.",
    ),
    (
        "mNo082",
        "en",
        "intelligent_packaging",
        "Intelligent packaging indicators for meat",
        "Review-based consultancy on intelligent and active packaging for meat: freshness indicators, "
        "time-temperature indicators and sensors built into packs, modified atmosphere packaging, and their "
        "advantages and drawbacks along the supply chain.",
    ),
    (
        "mNo083",
        "vi",
        "hue_ure_nuoc_mam",
        "Khảo sát urê trong nước mắm và nhận thức người tiêu dùng",
        "Đề tài của Cao đẳng Công nghiệp Huế khảo sát tình hình sử dụng urê trong nước mắm bán trên địa bàn TP "
        "Huế bằng phương pháp phòng thí nghiệm và phương pháp thủ công đơn giản, kèm điều tra nhận thức người "
        "tiêu dùng về urê.",
    ),
    (
        "mNo084",
        "en",
        "milk_adulteration_kits",
        "Adulteration test kits for milk, honey and oil",
        "Consumer kits to check daily foods: milk kits that turn blue with added water, honey kits that turn red "
        "with sugar syrup, and edible-oil kits for cheaper oils, each used by adding a few drops of reagent.",
    ),
    (
        "mNo085",
        "en",
        "rivm_beta_agonist_hair",
        "Hair testing for beta-agonists in cattle",
        "Residue monitoring approach from the Dutch institute RIVM: beyond urine, liver, feed and drinking water, "
        "hair can reveal clenbuterol and similar substances up to 70 days after dosing; easy to sample but "
        "laborious and expensive to analyse; used with farm inspections.",
    ),
    (
        "mNo086",
        "en",
        "clenbuterol_lab_methods",
        "Laboratory testing of clenbuterol hydrochloride",
        "Testing laboratory using HPLC, GC-MS and ELISA with certified reference standards and quality-control "
        "samples to confirm clenbuterol in meat, following EU, Codex and WADA standards with limits often around "
        "0.5–1.0 µg/kg in meat.",
    ),
    (
        "mNo087",
        "vi",
        "iuh_ure_nh3_cho",
        "Điều tra urê và NH3 tồn dư trong cá, tôm tại chợ đầu mối",
        "Đề tài cấp trường của Viện Khoa học Công nghệ và Quản lý Môi trường, ĐH Công nghiệp TP.HCM: lấy mẫu cá, "
        "tôm tại các chợ đầu mối, xác định urê và lượng NH3 tồn dư trong quá trình bảo quản, đánh giá độc chất "
        "và đề xuất giám sát.",
    ),
    (
        "mNo088",
        "en",
        "fssai_mobile_labs",
        "Outlook for food testing equipment and laboratory upgrades",
        "Industry analysis of the food testing equipment market (US$17.0 billion in 2018 to US$24.6 billion by "
        "2023): regulators upgrading laboratories with NABL accreditation, automation, and national schemes that "
        "fund referral labs and mobile testing units.",
    ),
    # --- small slaughterhouses: design, hygiene, by-products ---
    (
        "mNo089",
        "vi",
        "fao_slaughterslabs",
        "Thiết kế sàn mổ và giá treo đơn giản cho điểm giết mổ nhỏ",
        "Tư vấn theo hướng dẫn của FAO cho vùng ít gia súc: bước đầu nâng cấp là dựng giá treo (gantry) bằng gỗ "
        "hoặc thép để treo con vật ngay sau khi gây choáng cho chảy hết máu và làm lòng khi treo; giá đơn cao "
        "tối thiểu 3,7 m, tốt nhất hai mức 4,5 m để chọc tiết trâu bò và 3,5 m để làm thịt; cần tham khảo luật "
        "kiểm soát thịt trước khi xây.",
    ),
    (
        "mNo090",
        "en",
        "fao_small_abattoir_plans",
        "Standard plans for a small abattoir and meat market",
        "FAO designs, specifications and bills of quantities for a small modular abattoir with meat market, "
        "based on WHO guidelines VPH 83.56: all species handled in turn, practical maximum about 5 large or 50 "
        "small stock a day; production modules (slaughter floor, lairage, chiller, tripe room, cutting room) and "
        "service modules (water supply, effluent disposal, solid waste and blood disposal, hides, power).",
    ),
    (
        "mNo091",
        "en",
        "fao_modular_intro",
        "Rationale for simple small-scale modular slaughterhouses",
        "FAO background to its modular designs: where animals are killed in places polluted with blood, gut "
        "contents and effluent and open to insects, rodents and dogs, meat spoils fast, inspection is absent and "
        "by-products become a nuisance; slaughter facilities of adequate standard but simple and inexpensive are "
        "proposed.",
    ),
    (
        "mNo092",
        "vi",
        "qd87_kiem_soat",
        "Tập huấn quy trình kiểm soát giết mổ động vật",
        "Khóa tập huấn cho cán bộ thú y và chủ cơ sở về Quy trình kiểm soát giết mổ động vật ban hành kèm Quyết "
        "định 87/2005/QĐ-BNN: điều kiện giết mổ tại cơ sở tập trung đủ tiêu chuẩn vệ sinh thú y, kiểm soát "
        "trước, trong và sau giết mổ của cơ quan thú y có thẩm quyền.",
    ),
    (
        "mNo093",
        "vi",
        "tamb_tuhung_vi_sinh",
        "Khảo sát chỉ tiêu vi sinh vật trên thịt heo tại lò mổ",
        "Khoa Nông nghiệp và Sinh học ứng dụng, ĐH Cần Thơ (bộ môn Thú y) nhận khảo sát các chỉ tiêu vi sinh "
        "vật trên thịt heo tại lò mổ, như nghiên cứu đã làm ở lò mổ Tư Hùng, huyện Tam Bình, Vĩnh Long, để đánh "
        "giá điều kiện vệ sinh giết mổ.",
    ),
    (
        "mNo094",
        "vi",
        "thainguyen_ga_salmonella",
        "Giám sát ô nhiễm Salmonella, E. coli trên thịt gà bán ở chợ",
        "Dịch vụ lấy mẫu và xét nghiệm vi khuẩn trên thịt gà tại điểm giết mổ và chợ: khảo sát 120 mẫu ở Thái "
        "Nguyên cho 30% nhiễm E. coli, 6,67% nhiễm Salmonella; chợ tạm nhiễm cao hơn chợ có quản lý (37,31% so "
        "với 25% E. coli) và mức nhiễm tăng theo số giờ sau giết mổ.",
    ),
    (
        "mNo095",
        "en",
        "npb_salmonella_small",
        "Salmonella intervention assistance for small pork plants",
        "Assistance programme of the National Pork Board with university meat scientists for small and very "
        "small packers having difficulty meeting USDA-FSIS Salmonella performance standards, which test whether "
        "SSOP and HACCP systems work: interventions that cut faecal contamination of raw carcasses.",
    ),
    (
        "mNo096",
        "vi",
        "safepork_slu",
        "Gói can thiệp nhẹ giảm nhiễm khuẩn cho lò mổ nhỏ và sạp thịt heo",
        "Nghiên cứu của ILRI, ĐH Y tế công cộng và các đối tác: phát dụng cụ vệ sinh và tập huấn an toàn thực "
        "phẩm thiết kế có sự tham gia cho 10 lò mổ nhỏ và 29 sạp thịt heo; lấy mẫu thân thịt, thịt bán lẻ, bề "
        "mặt tiếp xúc và bàn tay trước, sau 3 và 6 tuần để đo tổng vi khuẩn và Salmonella; hút thuốc, ăn uống "
        "khi giết mổ là yếu tố nguy cơ.",
    ),
    (
        "mNo097",
        "en",
        "safepork_results",
        "SafePORK interventions for pork retail and slaughter",
        "ILRI-led project results after six years: low-cost, scalable interventions at slaughterhouses and "
        "traditional pork retail reduced microbial contamination, with Salmonella prevalence in retailed pork "
        "falling from 52% to 24%; available for scaling out with local authorities.",
    ),
    (
        "mNo098",
        "en",
        "honduras_abattoirs",
        "Multiple-intervention food safety programme for small abattoirs",
        "Approach tested in two small Honduran beef abattoirs: food safety education and training, customised "
        "practices and programmes, environmental monitoring with swabs screened by real-time PCR, audits and "
        "corrective actions; Salmonella on contact surfaces fell to 0% by the fourth sampling month.",
    ),
    (
        "mNo099",
        "en",
        "wb_livestock_waste_2009",
        "Global guidance on livestock markets, slaughterhouses and their wastes",
        "World Bank global study (2009) with guidance for interventions in municipal livestock markets and "
        "slaughterhouses and their solid waste and wastewater systems, often old facilities running beyond design "
        "capacity while meat demand in developing countries keeps rising.",
    ),
    (
        "mNo100",
        "en",
        "masaka_abattoir",
        "Design proposal for a small pig abattoir",
        "CGIAR Livestock and Fish design study (2015) for the future Masaka pig abattoir in Uganda: layout, "
        "process flow, animal by-product handling and BOD of effluent, written as a way forward for pig "
        "slaughtering in a district served by small butchers.",
    ),
    (
        "mNo101",
        "vi",
        "blood_meal_small",
        "Chế biến bột huyết từ máu lò mổ quy mô nhỏ",
        "Hướng dẫn xử lý máu ở lò mổ nhỏ không đủ vốn đầu tư dây chuyền: đun máu, khuấy liên tục đến đông, "
        "thêm lượng nước sôi bằng nhau rồi nấu, có thể trộn cám; 4–5 pound máu tươi cho 1 pound bột huyết khô; "
        "thu gom nhanh, không pha nước, làm đông và ép để loại ẩm trước khi sấy; không dùng máu sống chưa tiệt "
        "trùng làm thức ăn.",
    ),
    (
        "mNo102",
        "vi",
        "byproducts_blood_bone",
        "Tận dụng phụ phẩm máu, xương của lò mổ",
        "Chuyên đề phụ phẩm lò mổ: máu chiếm 5–7% khối lượng sống và phân hủy nhanh nên phải chế biến sớm; máu "
        "làm thực phẩm (huyết tương làm chất kết dính), bột huyết, bột xương làm thức ăn chăn nuôi, phân bón; "
        "phụ phẩm có thể mang lại tới 30% thu nhập của lò mổ.",
    ),
    (
        "mNo103",
        "vi",
        "poultry_plants_vn",
        "Dây chuyền giết mổ gia cầm công nghiệp",
        "Các nhà máy giết mổ gia cầm hiện đại: nhà máy Đồng Bảo Hân (Tây Ninh) 5 ha, khoảng 50 tỷ đồng; Viet "
        "AVIS (Thanh Hóa) 4.500–9.000 con/giờ theo tiêu chuẩn châu Âu; Ogari (Hải Phòng) 5 triệu USD, 16.000 "
        "con/ngày, HACCP – ISO 22000, làm choáng nhân đạo và dây chuyền khép kín.",
    ),
    (
        "mNo104",
        "en",
        "hollow_knife_blood",
        "Hollow-knife edible blood collection equipment",
        "Equipment for collecting edible blood on slaughter lines: rotating stations of hollow knives with hoses "
        "drawing blood to intermediate tanks with sodium citrate, held until veterinary approval; manual "
        "collection suits 90–180 pigs or 20–75 cattle per hour, with about 2–3% of blood rejected per batch of ten "
        "pigs.",
    ),
    (
        "mNo105",
        "en",
        "pork_biomapping",
        "Microbial bio-mapping in commercial pork plants",
        "Texas Tech baseline method for large conventional pork establishments: swabs at the gambrel table, after "
        "the polisher, before and after final rinse, after snap chill and after peroxyacetic acid, plus trim and "
        "ground samples, quantifying aerobic counts, Enterobacteriaceae, E. coli and Salmonella at each step.",
    ),
    # --- slaughterhouse wastewater ---
    (
        "mNo106",
        "vi",
        "huong_dan_chat_thai_giet_mo",
        "Hướng dẫn quản lý chất thải lỏng tại cơ sở giết mổ gia súc",
        "Tài liệu tập huấn nêu các công nghệ thường dùng: hầm biogas phân hủy kỵ khí vừa thu khí đun nấu vừa "
        "giảm chất hữu cơ, cặn lớn và mùi, nhưng nhiều cơ sở lầm tưởng hầm biogas đủ xử lý nước thải giết mổ; "
        "nước sau biogas vẫn phải xử lý tiếp; bể tự hoại cho quy mô nhỏ, xa hệ thống công cộng.",
    ),
    (
        "mNo107",
        "vi",
        "greenstar_giet_mo",
        "Hệ thống xử lý nước thải giết mổ gia súc đa bậc",
        "Doanh nghiệp môi trường thiết kế, lắp đặt hệ thống xử lý nước thải giết mổ nhiều bậc cho nước có BOD, "
        "COD rất cao từ máu, mỡ, nội tạng, nhiều chất rắn lơ lửng, nitơ, phốt pho và vi sinh gây bệnh, bảo đảm "
        "đầu ra đạt QCVN 40:2025/BTNMT, giảm mùi hôi và rủi ro cho nguồn nước.",
    ),
    (
        "mNo108",
        "vi",
        "usbf_sau_biogas",
        "Bể USBF xử lý nước thải giết mổ sau hầm biogas",
        "Công nghệ sinh học kết hợp lọc dòng ngược qua lớp bùn (Upflow Sludge Blanket Filter) để xử lý nước thải "
        "giết mổ gia súc sau hầm biogas; đề tài đã lấy mẫu, vận hành mô hình thực tế đánh giá hiệu quả và đề "
        "xuất cách tăng hiệu quả xử lý.",
    ),
    (
        "mNo109",
        "vi",
        "gadomo_small_slaughter",
        "Kế hoạch quản lý chất thải cho lò mổ nhỏ",
        "Tư vấn cho cơ sở giết mổ, chế biến thịt quy mô nhỏ ít vốn: kiểm kê ban đầu mọi điểm xả và dòng chảy, "
        "tách chất thải rắn và lỏng ngay tại nguồn, gờ chắn chống tràn ra sàn và cống, bể lắng trọng lực và bể "
        "lắng có nắp, lọc sinh học, vật liệu chống ăn mòn dễ rửa, quy trình chuẩn và tập huấn công nhân để giảm "
        "mùi.",
    ),
    (
        "mNo110",
        "en",
        "gadomo_poultry_waste",
        "Waste handling for small-scale poultry and livestock slaughter",
        "Phased plan for small slaughter sites that lack treatment plants: log daily volumes of blood, carcass "
        "residue, wash water and feathers; covered concrete pits and sealed tanks with maintained lids; offal to "
        "secure containers, grease captured for reuse or energy, wastewater to a separate stream, barriers "
        "against runoff during cleaning or rain, and pretreatment before discharge.",
    ),
    (
        "mNo111",
        "en",
        "intechopen_sww",
        "Review and selection of slaughterhouse wastewater treatment",
        "Engineering review by Bustillo-Lecompte and Mehrvar of slaughterhouse wastewater regulation, impacts and "
        "physical, chemical and biological treatment, including anaerobic digestion, activated sludge and "
        "advanced oxidation; recommends combined on-site processes to treat and disinfect effluent; meat "
        "processing uses 29% of agricultural freshwater.",
    ),
    (
        "mNo112",
        "vi",
        "iwa_buffalo_water",
        "Kiểm toán nước và phân dòng nước thải lò mổ",
        "Dịch vụ đo nước theo từng công đoạn giết mổ (nghiên cứu 105 ngày ở lò mổ trâu Ấn Độ): trung bình "
        "1.114 lít nước cho mỗi con trâu, nước thải 916–1.089 lít; lượng nước mỗi con giảm khi số con mổ tăng; "
        "rửa xưởng, vệ sinh cá nhân, rửa dao không phụ thuộc số con; khuyến nghị tách dòng để xử lý và thu hồi.",
    ),
    (
        "mNo113",
        "vi",
        "nmpan_wastewater",
        "Lựa chọn phương án xử lý nước thải cho cơ sở chế biến thịt",
        "Mạng lưới hỗ trợ cơ sở chế biến thịt nhỏ (NMPAN) hướng dẫn trả lời trước các câu hỏi: giết mổ hay chỉ "
        "pha lóc, loài vật, có đấu nối được cống đô thị không; so sánh đấu nối, bể tự hoại, đất ngập nước nhân "
        "tạo, bể kỵ khí, hồ – ao ổn định và tiền xử lý, trước khi thuê kỹ sư môi trường.",
    ),
    (
        "mNo114",
        "en",
        "azu_sww_plant",
        "Slaughterhouse wastewater treatment plants sized by throughput",
        "Turnkey treatment plants sized on the meat processed: slaughter uses 6–36 m3 of water per tonne live "
        "cattle; typical bovine effluent BOD 900–2,200 mg/l, SS 650–930 mg/l, organic N 120–330 mg/l; a cow "
        "equals about 2.5 pigs in load; poultry 12–90 litres per bird; wastes are organic and biodegradable.",
    ),
    (
        "mNo115",
        "en",
        "septic_slaughter",
        "Septic and onsite systems for small slaughter facilities",
        "Recommendations for designing or maintaining a septic system for a small animal-processing facility "
        "where sewer connection is not feasible: list activities (slaughter, cut and wrap, sales room, showers), "
        "species, measured daily flow and pH, TSS, BOD and FOG, since domestic septic sizing rules do not fit.",
    ),
    (
        "mNo116",
        "en",
        "srilanka_cw",
        "Constructed wetland with coir fibre media for slaughterhouse effluent",
        "Eastern University, Sri Lanka design: a 1 m × 1 m × 0.3 m wetland of coir fibre, gravel and sand "
        "layers planted with cattail removed up to 93.3% BOD5, 77.5% COD, 88.7% TSS, 85.8% phosphate, 68% nitrate "
        "and 71.3% TDS from slaughterhouse wastewater.",
    ),
    (
        "mNo117",
        "vi",
        "binhduong_vfcw",
        "Đất ngập nước dòng đứng kết hợp lọc xơ dừa xử lý nước thải lò mổ heo",
        "Mô hình đất ngập nước kiến tạo dòng chảy đứng nền sỏi – cát trồng cỏ vetiver, kết hợp bộ lọc xơ dừa, "
        "thử trên nước thải lò mổ heo ở Bình Dương (vượt QCVN 40:2011 cột B): hiệu suất tối đa SS 96,21%, BOD5 "
        "83,21%, COD 89,53%, màu 95,70%, TN 81,99%, TP 97,72%, coliform 99,99%; kéo dài thời gian lưu tăng hiệu "
        "quả.",
    ),
    (
        "mNo118",
        "en",
        "lime_vfcw",
        "Lime precipitation followed by vertical-flow wetland with vetiver",
        "Two-step treatment: immediate one-step lime precipitation, then vertical-flow constructed wetlands "
        "planted with Vetiveria zizanioides in expanded clay at about 80 L/m2/day; at organic loads up to 9.5 "
        "g/m2/day COD removal reached 71.4% (0.35 m bed) and 85.2% (0.70 m bed), fit for irrigation reuse.",
    ),
    (
        "mNo119",
        "vi",
        "ctu_biodigester_vetiver",
        "Hầm biogas kết hợp cỏ vetiver xử lý nước thải lò mổ",
        "Mô hình của Khoa Nông nghiệp và Sinh học ứng dụng, ĐH Cần Thơ tại một lò mổ ở Hậu Giang: nước thải "
        "qua hầm ủ biogas rồi chảy qua khu trồng cỏ vetiver trước khi ra môi trường; theo dõi 4 tháng nhiệt độ, "
        "pH, BOD, COD, SS, N, P, coliform; đạt QCVN 24:2009/BTNMT trừ tổng P và coliform; rẻ hơn hồ kỵ khí hay "
        "bùn hoạt tính.",
    ),
    (
        "mNo120",
        "vi",
        "ctu_biogas_models",
        "Tư vấn chọn kiểu hầm ủ biogas phù hợp ĐBSCL",
        "Bộ môn Kỹ thuật Môi trường, ĐH Cần Thơ tổng quan các kiểu hầm ủ khí sinh học phổ biến ở đồng bằng sông "
        "Cửu Long qua 30 năm (ưu, nhược điểm từng mô hình trong hệ VACB) để tư vấn chọn kiểu hầm cho cơ sở chăn "
        "nuôi, giết mổ ở vùng ven đô và nông thôn.",
    ),
    (
        "mNo121",
        "en",
        "travinh_composite_biogas",
        "Composite biogas tanks for poultry-raising households",
        "Rural Community Development and Research Institute project installing spherical composite biogas tanks "
        "for households raising poultry: 100 tanks in Tra Vinh toward 600 households, following a 2013 Vinh Long "
        "project, giving cheap cooking energy and less pollution; at least 600 tanks per Mekong province by 2020.",
    ),
    (
        "mNo122",
        "en",
        "ngo_pigfarm_ww",
        "Pig farm wastewater treatment without a biogas tank",
        "Compact technology for pig farm effluent (COD around 6,000 mg/l, ammonia around 1,200 mg/l, 15–60 "
        "litres water per pig per day) that saves footprint and skips the biogas lagoon, for farms of more than "
        "100 pigs.",
    ),
    (
        "mNo123",
        "vi",
        "heo_sau_biogas_dnn",
        "Đất ngập nước kiến tạo xử lý nước thải chăn nuôi heo sau biogas",
        "Mô hình nghiên cứu cho trại heo: nước thải sau hầm biogas qua đất ngập nước kiến tạo; vi sinh vật xử "
        "lý chất hữu cơ là chính, cây trồng giúp khử nitơ, phốt pho; cân bằng nitơ cho thấy 75% bay hơi dạng NH3, "
        "18% cây tích lũy, 7% vật liệu giữ lại.",
    ),
    (
        "mNo124",
        "en",
        "tridung_electrochem",
        "Electrochemical flotation before biogas on pig farms",
        "Integrated waste system demonstrated on the Tri Dung pig farm: nets in collection ditches hold back "
        "solids, electrochemical flotation with inert and soluble electrodes removes solids and heavy metals "
        "before the biogas tunnel, then EM-dosed anoxic, aerobic and storage ponds before discharge or reuse.",
    ),
    (
        "mNo125",
        "vi",
        "ctu_ao_ca_dnn",
        "Đất ngập nước kiến tạo xử lý nước thải ao nuôi cá",
        "Khoa Công nghệ, ĐH Cần Thơ thiết kế khu đất ngập nước thường xuyên, có bờ bao và vật liệu lọc đá dăm, "
        "sỏi, cát, vải lọc, trồng sậy, năn, lác, vetiver, lục bình, bông súng để lọc nước thải ao nuôi cá nước "
        "ngọt trước khi xả ra kênh rạch.",
    ),
    (
        "mNo126",
        "en",
        "fao_fish_byproducts",
        "Turning fish heads, guts and frames into silage, meal and fertiliser",
        "FAO guidance on fish by-products, which make up 30–70% of the fish: conversion to fishmeal and oil, fish "
        "silage made by adding acids, enzymes or lactic bacteria, fertiliser, biogas, chitosan and leather, "
        "reducing loss and waste along fish value chains.",
    ),
    (
        "mNo127",
        "en",
        "bangladesh_fish_silage",
        "Seafood-processing waste survey and silage potential",
        "Survey-based assessment (University of Bremen, Sylhet Agricultural University, FAO) of waste from "
        "Bangladesh's frozen shrimp and fish export plants, about 43,321 tonnes a year concentrated in Khulna and "
        "Chittagong, mapping current uses and estimating potential for acid silage production.",
    ),
    # --- inspection stamps and traceability ---
    (
        "mNo128",
        "vi",
        "tt09_dau_kiem_soat",
        "Hướng dẫn kiểm soát giết mổ, dấu kiểm soát và tem vệ sinh thú y theo Thông tư 09/2016",
        "Tư vấn, tập huấn áp dụng Thông tư 09/2016/TT-BNNPTNT: với gia súc, kiểm tra hồ sơ, vệ sinh người giết "
        "mổ, khám lâm sàng, vệ sinh khử trùng nhà xưởng, dụng cụ, rồi khám thân thịt, phủ tạng và đóng dấu kiểm "
        "soát giết mổ hoặc dán tem vệ sinh thú y khi đạt; với gia cầm, khám lâm sàng ở nơi đủ ánh sáng và khi "
        "treo lên dây chuyền; quy định mẫu dấu và vị trí đóng dấu.",
    ),
    (
        "mNo129",
        "vi",
        "tt10_diem_moi",
        "Cập nhật điểm mới Thông tư 10/2022 về kiểm soát giết mổ",
        "Phổ biến các điểm mới của Thông tư 10/2022/TT-BNNPTNT (hiệu lực 30/10/2022): giải thích 'nguồn gốc rõ "
        "ràng' (giấy chứng nhận kiểm dịch khi ra khỏi tỉnh, hóa đơn, hợp đồng, giấy tiêm phòng); bổ sung kiểm "
        "tra vệ sinh khử trùng trước và sau giết mổ; thân thịt bán ra thị trường đóng một dấu vùng tai, một dấu "
        "vùng bụng, một dấu vùng mông.",
    ),
    (
        "mNo130",
        "en",
        "carcass_id_methods",
        "Carcass and offal identification methods",
        "Meat technology course content on identifying carcasses through the plant: live identity kept until "
        "dispatch, slaughter programmes shared with inspectors, clip-on or stick-on labels, plastic strands, "
        "injected fasteners, edible waterproof gelatine strips, and metal or hard-rubber stamps with vegetable-dye "
        "marking ink applied to a relatively dry surface so the mark stays legible.",
    ),
    (
        "mNo131",
        "vi",
        "marking_meat_offal",
        "Quy trình đóng dấu thú y lên thân thịt và phủ tạng",
        "Nhà sản xuất con dấu thú y giới thiệu quy trình đóng dấu: mỗi bả vai và mỗi đùi của thân thịt, nửa "
        "thân một dấu; mỗi phần tư, miếng mỡ lưng một dấu; tim, lưỡi, phổi, gan, thận, đầu một dấu; gia cầm "
        "dùng dấu điện trên mặt ngoài đùi; dấu hình chữ nhật 'kiểm tra sơ bộ' cho thịt chưa khám đủ.",
    ),
    (
        "mNo132",
        "en",
        "usda_inspection_mark",
        "Official inspection marks with establishment numbers",
        "Explainer from a meat safety association on the official mark of inspection applied to meat and poultry "
        "produced under federal inspection: the mark carries the plant's inspection number, differs for raw and "
        "processed red meat and for poultry, and shows the product met federal rules.",
    ),
    (
        "mNo133",
        "en",
        "inspection_stamp_meaning",
        "Food-grade ink inspection stamps",
        "Guide to carcass inspection stamps: the mark is applied with food-grade, non-toxic ink, usually purple, "
        "blue or green, on the carcass or packaging as proof that an authorised inspector examined the meat, "
        "found it fit to eat and that the facility is approved.",
    ),
    (
        "mNo134",
        "vi",
        "sgtt_duong_di_thit_heo",
        "Hệ thống truy xuất thịt heo bằng vòng chân, tem QR và niêm phong xe",
        "Giải pháp truy xuất từ trại tới quầy: gắn vòng niêm phong chống sao chép ở hai chân sau heo tại trại, "
        "vòng xuất trại niêm phong xe; kiểm dịch viên cấp giấy và thông tin tự cập nhật lên hệ thống; sau giết mổ "
        "mỗi mảnh thịt giữ vòng nhận diện, đóng mộc kiểm dịch, dữ liệu chuyển sang vòng niêm phong xe đi phân "
        "phối; người mua quét mã QR trên tem bằng điện thoại.",
    ),
    (
        "mNo135",
        "vi",
        "vietnamnet_tefood",
        "Tem truy xuất ColorGram và tem vệ sinh thú y điện tử cho thịt heo",
        "Nền tảng TE-FOOD kết hợp vòng khóa an toàn, điện toán đám mây, phân tích dữ liệu lớn, mã QR, tem vệ sinh "
        "thú y điện tử và tem ColorGram bản quyền châu Âu in màu theo thuật toán bảo mật; quét mã bằng ứng dụng "
        "để so dãy màu và mã số tem, vừa truy xuất vừa chống giả; TP.HCM triển khai tại 349 điểm bán.",
    ),
    (
        "mNo136",
        "en",
        "vietstock_pork_app",
        "Farm-to-market pork tracing through a mobile app",
        "Te-food programme with Ho Chi Minh City authorities: pigs tracked from farms through slaughterhouses and "
        "wholesale markets to retail; 15 breeding firms with nearly 1,000 farms, 11 slaughterhouses and the Binh "
        "Dien and Hoc Mon wholesale markets joined; shoppers scan the QR label to see where the pig was raised, "
        "slaughtered and sold.",
    ),
    (
        "mNo137",
        "en",
        "baonghean_pork_cost",
        "Pork traceability stamps at about 9,800 VND per pig",
        "Traceability chain run by the Ho Chi Minh City High Technology Association on the European Te-food "
        "platform: laser-engraved, heat-resistant leg rings that cannot be removed and refitted, electronic "
        "quarantine certificates, and a stamp showing farm, quarantine officers, slaughter time, wholesale and "
        "retail sellers; about 9,800 VND per pig, data kept 10 years.",
    ),
    (
        "mNo138",
        "en",
        "vietstock_poultry_eggs",
        "QR traceability for poultry and eggs at retail markets",
        "Management, identification and tracing programme for poultry and eggs: shoppers scan QR labels at Ben "
        "Thanh market and supermarkets to see origin, production, vaccination and packing; 1,749 outlets, 35 "
        "chicken farms, 431 poultry farms, 61 egg farms, 17 chicken slaughterhouses and 9 egg packers registered.",
    ),
    (
        "mNo139",
        "vi",
        "scienceinfo_tefood",
        "Vòng nhận diện QR và máy tra cứu tại chợ cho thịt heo",
        "Hệ thống TE-FOOD giai đoạn 1: heo xuất chuồng đeo vòng khắc mã QR chứa thông tin trại, các khâu sau "
        "(giết mổ, chợ đầu mối, chợ, siêu thị) lần lượt lưu lên hệ thống; người mua tra cứu bằng ứng dụng miễn "
        "phí hoặc bằng máy tra cứu chuyên dụng đặt tại chợ để đọc mã trên miếng thịt.",
    ),
    (
        "mNo140",
        "vi",
        "baomoi_may_soi_tem",
        "Máy soi tem truy xuất đặt trước quầy thịt",
        "Giải pháp cho người mua không mang điện thoại: máy soi tem gắn trước quầy thịt, chỉ cần đưa hộp thịt "
        "có tem điện tử tới máy là hiện thông tin heo nuôi ở đâu, giết ở lò nào, qua những trạm nào; ứng dụng "
        "Te-food cũng cho quét mã bằng camera điện thoại trong vài giây.",
    ),
    (
        "mNo141",
        "vi",
        "vietnammoi_qr_cho",
        "Mã vạch QR truy xuất nguồn gốc thịt ngay tại chợ",
        "Giải pháp của Sở Công Thương TP.HCM ứng dụng mã QR hai chiều để kiểm soát nguồn gốc thịt heo tại chợ và "
        "siêu thị, dự kiến nhân rộng cho thịt trâu, bò, gia cầm, rau quả, thủy hải sản nhằm chặn thịt bẩn ngay "
        "từ đầu thay vì bắt giữ, tiêu hủy sau khi đã ra thị trường.",
    ),
    (
        "mNo142",
        "en",
        "blockchain_livestock_asean",
        "Blockchain traceability for livestock products: adoption review",
        "Asian Institute of Technology review of blockchain for livestock-based supply chains in ASEAN and "
        "Thailand: potential to strengthen traceability, with limits from low stakeholder awareness, weak "
        "sector-wide coordination and limited capacity of primary suppliers.",
    ),
    (
        "mNo143",
        "en",
        "blockchain_dragon_fruit",
        "Blockchain proof-of-provenance for export dragon fruit",
        "Platform piloted by IPSARD with the Asia Foundation and Australian Embassy to trace a single dragon "
        "fruit back to a single farmer for export to Australia, run with two exporters; adoption depended on "
        "exporting companies rather than small farmers.",
    ),
    (
        "mNo144",
        "en",
        "usda_ecvi_pilot",
        "Electronic certificates of veterinary inspection",
        "Web-based interstate certificate of veterinary inspection piloted by USDA APHIS with six states: "
        "accredited veterinarians create the certificate online, a printout travels with the animals and the data "
        "reach the destination authority at once, cutting trace-back time from days to minutes.",
    ),
    (
        "mNo145",
        "en",
        "lits_cattle_registry",
        "Livestock registry with movement permits and QR-verified certificates",
        "National livestock identification and traceability service: each animal gets a permanent ID behind its "
        "tag, keepers lodge movements from a phone and receive a permit checked against veterinary zones, and "
        "every certificate carries a QR code that an abattoir, buyer or border officer scans to verify against "
        "the registry, free and without login.",
    ),
    (
        "mNo146",
        "en",
        "cyprus_fmd_permits",
        "Digital movement-permit platform with QR checks at control points",
        "System built with the KIOS research centre for veterinary services: electronic applications and "
        "permits for moving animals, products and professionals within disease-control zones, instant QR "
        "verification at checkpoints and on roads, vehicle movement tracking and a real-time zone map.",
    ),
    # --- cashless payment and digital market management ---
    (
        "mNo147",
        "vi",
        "danang_vietqr_viettel",
        "Triển khai chợ không tiền mặt bằng mã VietQR",
        "Tập đoàn Viettel phối hợp Sở Công Thương Đà Nẵng lắp đặt mã VietQR cho hơn 1.000 gian hàng ở chợ Cồn, "
        "chợ Hàn, chợ Đống Đa từ 8/4/2022; sau hơn một năm gần 800 tiểu thương chợ Hàn dùng VietQR, ví điện tử, "
        "có quầy tới 80% khách trả không dùng tiền mặt.",
    ),
    (
        "mNo148",
        "en",
        "cantho_an_thoi_vnpt",
        "Cashless payment package for traditional markets via VNPT Money",
        "VNPT with the Can Tho Department of Industry and Trade trialled non-cash payment at An Thoi market: about "
        "150 traders accept VNPT Money by phone number, QR code or bank account; the department plans to extend "
        "it to 107 traditional markets.",
    ),
    (
        "mNo149",
        "vi",
        "cantho_cho_40",
        "Mô hình Chợ 4.0 – thanh toán qua số điện thoại, không cần smartphone",
        "VNPT Cần Thơ cùng Sở Công Thương ra mắt 'Chợ 4.0 – Thanh toán không dùng tiền mặt' tại chợ An Thới "
        "(9/2022): người bán, người mua quét mã QR hoặc chuyển tiền qua số điện thoại, kể cả khi chưa có "
        "smartphone hay Internet; cuối ngày tiểu thương biết ngay khoản thu chi, không phải tính tay.",
    ),
    (
        "mNo150",
        "en",
        "napas_vietqr",
        "VietQR payment infrastructure for micro-merchants",
        "NAPAS national QR infrastructure (VIETQRPay for domestic transfers, VIETQRGlobal for cross-border) that "
        "lets market and street vendors take payments with one scan and no change; tax officials note it cuts "
        "manual bookkeeping and lets vendors track daily cash flow, with real-time transaction data.",
    ),
    (
        "mNo151",
        "en",
        "benthanh_vietqr",
        "VietQR codes for market stalls with NAPAS and the market board",
        "Cashless Day programme at Ben Thanh market: city authorities, Tuoi Tre newspaper, NAPAS and the market "
        "management board handed 90 VietQR codes to vendors, with the remaining 1,400 stalls to follow, to speed "
        "transactions and avoid fake or lost cash.",
    ),
    (
        "mNo152",
        "vi",
        "nghean_qr_cho",
        "Ngân hàng ra tận chợ làm mã QR, hướng dẫn tiểu thương",
        "Các ngân hàng cử nhân viên xuống chợ dân sinh từ thành thị tới nông thôn Nghệ An để mở tài khoản, làm "
        "mã QR và hướng dẫn tiểu thương sử dụng; nhiều người có 2–3 mã của các ngân hàng khác nhau, người bán "
        "rau nhỏ lẻ cũng nhận 3.000–10.000 đồng qua mã.",
    ),
    (
        "mNo153",
        "en",
        "thanhhoa_tieu_thuong_40",
        "Training market traders in cashless payment and digital sales",
        "Provincial Department of Industry and Trade programme with technology firms and banks: more than 2,500 "
        "traders trained since 2024 in QR payment (Momo, Viettel Money), taking orders by phone and Zalo, "
        "posting goods on Facebook and recording revenue on phone apps; 'civilised market – digital market' "
        "models at several markets, 85% of participants women.",
    ),
    (
        "mNo154",
        "vi",
        "jeemarket_phan_mem",
        "Phần mềm quản lý chợ cho ban quản lý và cơ quan quản lý",
        "Phần mềm có phân hệ cho cơ quan quản lý (báo cáo theo mẫu Thông tư 40/2016/TT-BCT), phân hệ ban quản "
        "lý chợ (thông tin sạp, hộ kinh doanh, khu vực, tình trạng kinh doanh; thu phí chợ, phí vệ sinh, bảo "
        "vệ, điện, nước; thống kê nguồn thu, tiền nợ) và phân hệ di động cho bảo vệ ghi chỉ số điện nước.",
    ),
    (
        "mNo155",
        "en",
        "amellar_pms",
        "Public market system with digital stall map and fee billing",
        "Public Market System for local governments: digitised market layout showing each stall, stallholder and "
        "common area; automated assessment and billing of stall rentals and fees; online payment; monitoring of "
        "cash tickets for ambulant vendors; payment status by product type or owner to reduce delinquency.",
    ),
    (
        "mNo156",
        "vi",
        "market_rental_system",
        "Hệ thống thu tiền thuê sạp chợ",
        "Phần mềm tự động hóa thu tiền thuê sạp cho văn phòng quản lý chợ và bộ phận thu ngân sách: cài đặt "
        "mức phạt, kỳ khóa sổ, thông tin người thuê và sạp; lịch sử thanh toán, lập hóa đơn; báo cáo thu, danh "
        "sách nợ đọng, danh sách sạp, sạp gia hạn và sạp có hộ kinh doanh nợ thuế, giấy phép.",
    ),
    (
        "mNo157",
        "en",
        "rootstall_help",
        "Free market-organiser dashboard with QR check-in and booth layout",
        "Phone app giving market organisers a free dashboard: create the market, review vendor applications, set "
        "an optional booth fee, check vendors in on market day by scanning their QR code, lay out booths and send "
        "notifications; buyers can browse vendors' listings.",
    ),
    (
        "mNo158",
        "en",
        "agshow_stalls",
        "Trade-stall module for agricultural show secretaries",
        "Show-management software module that defines trade stall sites with base fees and extras such as water "
        "or power, allocates sites to stallholders and prints confirmations, tax invoices, allocation lists and "
        "fee listings for agricultural shows.",
    ),
    (
        "mNo159",
        "vi",
        "utop_cho_truc_tuyen",
        "Chợ trực tuyến cho tiểu thương trên ứng dụng Utop",
        "Sở Công Thương TP.HCM và FPT hỗ trợ tiểu thương chợ truyền thống mở gian hàng trên ứng dụng Utop: người "
        "mua chọn chợ gần nhà, gặp lại sạp quen, đặt hàng; nhân viên vận hành tại chợ nhận đơn, kiểm tra chất "
        "lượng hàng từ tiểu thương và giao tận nhà.",
    ),
    (
        "mNo160",
        "vi",
        "grab_so_hoa_cho",
        "Số hóa chợ truyền thống, bán hàng qua ứng dụng giao hàng",
        "Grab Việt Nam đưa tiểu thương chợ truyền thống lên nền tảng: tiểu thương nộp giấy tờ, chứng nhận vệ "
        "sinh an toàn thực phẩm, qua thẩm định độ tin cậy rồi đưa thịt, cá, rau củ lên ứng dụng; tài xế nhận và "
        "giao hàng trong 30–60 phút.",
    ),
    (
        "mNo161",
        "en",
        "postmart_voso",
        "Postal e-commerce floors for farm households and OCOP products",
        "Ministry of Information and Communications plan with VNPost's Postmart.vn and ViettelPost's Voso.vn: "
        "10 million accounts for farm households, cooperatives and business households, digital addresses, "
        "warehousing and shipping, and OCOP 3-star products listed; 5.2 million households had accounts by "
        "February 2022.",
    ),
    (
        "mNo162",
        "vi",
        "ktkt2_can_doi_chung",
        "Lắp đặt và vận hành cân đối chứng tại chợ",
        "Chi cục Tiêu chuẩn Đo lường Chất lượng lắp cân đối chứng ở lối vào khu thực phẩm để người mua tự cân "
        "lại hàng; điểm cân phải có nhân viên ghi kết quả và nhắc người bán cân thiếu phải bù đủ; bài học từ "
        "các chợ Hà Nội là cân phải được bảo trì, có biển hướng dẫn rõ và được tuyên truyền.",
    ),
    (
        "mNo163",
        "vi",
        "dalat_cho_dem_camera",
        "Lắp camera giám sát tự động cho chợ đêm",
        "Đơn vị quản lý chợ đêm Đà Lạt lắp 16 camera tự động (khoảng 80 triệu đồng) truyền về màn hình trung tâm "
        "quản lý, phối hợp công an phường chống chèo kéo, ép giá, móc túi; chợ có hơn 120 gian hàng mở từ 17 giờ "
        "tới 2–3 giờ sáng.",
    ),
    (
        "mNo164",
        "vi",
        "ai_fire_camera",
        "Camera AI cảnh báo cháy cho nhà trọ, gara xe điện",
        "Giải pháp camera ứng dụng thị giác máy tính quan sát trực tiếp không gian để phát hiện sớm khói, lửa, "
        "tia lửa, ánh sáng bất thường thay vì chỉ đo khói hoặc nhiệt, dành cho nhà trọ, chung cư mini, gara xe "
        "điện đông người.",
    ),
    (
        "mNo165",
        "vi",
        "baohaugiang_cho_an_toan_40",
        "Ra mắt mô hình 'Chợ an toàn – Chợ 4.0' cùng hội phụ nữ",
        "Hội Liên hiệp Phụ nữ huyện phối hợp đoàn thanh niên, phòng Kinh tế – Hạ tầng, phòng Văn hóa – Thông tin "
        "ra mắt mô hình chợ an toàn, chợ 4.0 thanh toán không dùng tiền mặt ở thị trấn: vận động tiểu thương "
        "trang bị bảng mã QR, hỗ trợ bán hàng qua mạng và sàn thương mại điện tử.",
    ),
    (
        "mNo166",
        "en",
        "napas_qr_python",
        "Open-source VietQR payload generator for billing systems",
        "MIT-licensed Python library that encodes VietQR strings under the NAPAS specification (Vietnamese and "
        "English versions): bank BIN and account or card number, static or dynamic QR, amount in VND (currency "
        "704), purpose of transaction, bill number, store and terminal labels, rendered with the segno QR "
        "generator, so a fee or billing system can print a payable code per invoice.",
    ),
]
