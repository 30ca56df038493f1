"""Offers of the holdout123 labelled set (laundry and dry-cleaning services).

Rows: (id, language, source key, title, description). Each paraphrases one public page (see holdout123_sources.py).
"""

OFFERS = [
    # --- industrial washers, workshop design, hotel on-premise laundries ---
    (
        "mUo001",
        "vi",
        "vi_becung_bemem",
        "Tư vấn chọn máy giặt công nghiệp bệ cứng hay bệ mềm cho khách sạn, tiệm giặt",
        "Doanh nghiệp thiết bị giặt là tư vấn chọn kiểu máy giặt vắt cho hệ thống giặt công nghiệp phục vụ khu dân cư, nhà hàng, "
        "khách sạn và resort. Máy bệ cứng rẻ hơn nhưng phải bắt chặt vào bệ bê tông cốt thép, hợp đặt ở tầng trệt; máy bệ mềm tự "
        "triệt rung nên đặt được trên tầng cao. Kèm tư vấn công suất máy sấy, nguồn điện và tổng vốn đầu tư.",
    ),
    (
        "mUo002",
        "en",
        "en_hotel_equipment",
        "Sizing washers and dryers for hotel on-premise laundries",
        "A laundry equipment supplier assesses a hotel's occupancy, room mix and amenities to size high-capacity washers and "
        "dryers in kilograms per cycle, avoiding both bottlenecks and oversized machines that waste water and energy. Machines "
        "are programmable for water and energy use and come with a maintenance plan to limit downtime.",
    ),
    (
        "mUo003",
        "en",
        "en_cij_3000kg",
        "High-G soft-mount washer-extractors chosen on lifecycle cost",
        "Advisory and supply of washer-extractors for hotels and linen processors washing up to about 3,000 kg of white linen a "
        "day. Since utilities and labour make up roughly 70% of laundry running cost, machines are compared on total lifecycle "
        "cost; high G-force soft-mount models spin out more water, shorten drying and need no 6-8 inch anchored concrete floor, "
        "with payback quoted at 12 to 18 months.",
    ),
    (
        "mUo004",
        "en",
        "en_types_washers",
        "Choosing between washer-extractors, tunnel washers and cabinet washers",
        "Consulting on industrial washing machine types for kitchens, hotels and processing plants: batch washer-extractors for "
        "flexible mixed loads, continuous tunnel washers for very large uniform volumes, and cabinet washers for special items. "
        "The service compares footprint, processing style and best use before the client buys.",
    ),
    (
        "mUo005",
        "en",
        "en_gdlaundry_hosp",
        "Industrial washing machines for hotel and resort linens and towels",
        "A washing machine manufacturer supplies large-capacity industrial washers for hotels, resorts, bed-and-breakfasts and "
        "hospitals, able to take hundreds of pounds of linen per cycle so that fewer loads are needed, with programmes that cut "
        "time, water and energy per kilogram of towels and sheets.",
    ),
    (
        "mUo006",
        "vi",
        "vi_giatla_xuong_tuvan",
        "Thiết kế, lắp đặt trọn gói xưởng giặt là dịch vụ",
        "Đơn vị giặt là tư vấn mở xưởng: phòng giặt tối thiểu 85-90 m², trần cao từ 3,6 m, sáng 300 lux, máy giặt đặt trên sàn bê "
        "tông dày 10 cm, thông gió cho máy sấy và máy là gấp 5 lần diện tích thoát hơi. Danh mục tham khảo: máy giặt 35-50 kg "
        "(200-350 triệu), máy sấy 30-50 kg (150-200 triệu), máy giặt khô 15 kg (220-250 triệu), là lô điện từ 200 triệu; cần 4-5 "
        "công nhân.",
    ),
    (
        "mUo007",
        "vi",
        "vi_smc_botri",
        "Bố trí mặt bằng máy giặt, sấy, là, ép cho cửa hàng và xưởng giặt",
        "Công ty tư vấn bố trí thiết bị giặt là: chia khu tiếp nhận và phân loại đồ bẩn, khu giặt nước gần cấp thoát nước, khu "
        "giặt khô, khu sấy và khu là ủi ép, sắp theo luồng một chiều để giảm quãng đường đi lại của nhân viên, tăng năng suất và an "
        "toàn trong xưởng.",
    ),
    (
        "mUo008",
        "vi",
        "vi_faq_giatui",
        "Tư vấn nên thuê ngoài dịch vụ giặt ủi công nghiệp hay tự đầu tư hệ thống",
        "Nhà cung cấp thiết bị và giải pháp giặt là công nghiệp giải đáp cho khách sạn, nhà hàng, bệnh viện, xí nghiệp may, spa và "
        "resort: quy trình giặt ủi công nghiệp, chi phí, tiêu chí chọn đối tác giặt thuê, và khi nào nên tự đầu tư phòng giặt riêng.",
    ),
    (
        "mUo009",
        "vi",
        "en_hotels_list",
        "Máy giặt vắt tốc độ cao và máy sấy nhanh cho khách sạn đông khách",
        "Nhà phân phối thiết bị giặt cho khách sạn thường xuyên kín phòng 2-3 lần mỗi tuần: máy giặt vắt lớn hơn máy gia đình, quay "
        "vắt nhanh để đồ ít nước, máy sấy nhanh, bảng điều khiển giống nhau cho máy giặt và máy sấy để giảm công đào tạo. Khuyến "
        "nghị thay máy cũ bằng máy mới tiết kiệm năng lượng thay vì sửa chữa.",
    ),
    (
        "mUo010",
        "en",
        "en_lanza_commercial",
        "Commercial laundry service for B&Bs, restaurants and hotels",
        "A commercial laundry washes, dries, folds and irons staff uniforms and guest linen daily for bed-and-breakfasts, "
        "restaurants and hotels. It runs fast gas-heated washers and tumble dryers that sense dryness, hydro-extractors that "
        "spin out water before drying, and large roller irons for flatwork.",
    ),
    (
        "mUo011",
        "en",
        "en_grdodge_hotel",
        "On-premise laundry washers for hotels, motels and resorts",
        "Supply and service of industrial-grade washers for hotel on-premise laundries processing thousands of pounds of linen a "
        "day: capacity selection, maintenance schedules, automation of wash programmes and sustainable practices that give the "
        "hotel control over quality and turnaround instead of depending on an outside laundry.",
    ),
    # --- tunnel washers / central laundries ---
    (
        "mUo012",
        "en",
        "en_stalwart_tunnel",
        "Counter-current tunnel washer lines using 3-6 litres per kg",
        "An Indian laundry machinery maker supplies continuous batch washers in which fresh water enters only at the final rinse "
        "and flows back against the linen towards the pre-wash, so that fresh water use falls to three to six litres per "
        "kilogram of linen, against twelve to twenty litres per kilogram in conventional washer-extractors.",
    ),
    (
        "mUo013",
        "en",
        "en_lcn_tunnel_cut",
        "Modular tunnel washers of 6-10 modules for hotel and hospital laundries",
        "Medium-size modular tunnel washers (six to ten modules) sized for hotels, hospitals and growing industrial laundries, "
        "with a double outer drum that keeps temperature under control through the process and during disinfection and "
        "descaling; aimed at cutting labour, energy and water costs for laundries taking on sub-contracted work.",
    ),
    (
        "mUo014",
        "vi",
        "en_lcn_tunnel_eff",
        "Hầm giặt liên tục gia nhiệt trực tiếp bằng gas, không cần lò hơi",
        "Gói công nghệ chuyển hầm giặt và các thiết bị trong xưởng giặt từ hơi nước sang gia nhiệt gas trực tiếp: bộ gia nhiệt "
        "gas làm nóng nước trong từng khoang, tích hợp bộ trao đổi nhiệt ống lồng ống giảm khoảng 30% năng lượng; nhà cung cấp "
        "nêu mức tiết kiệm năng lượng toàn xưởng tới 60%.",
    ),
    (
        "mUo015",
        "vi",
        "en_lcn_tunnel_vision",
        "Hầm giặt xử lý từng mẻ riêng cho xưởng giặt tập trung",
        "Hệ thống hầm giặt cho phép giặt và xả từng mẻ trong bể nước đứng, không trộn nước giữa các mẻ liền kề; lượng nước, hoá "
        "chất và nhiệt độ chỉnh riêng cho từng mẻ và lặp lại được, nên xưởng giặt tập trung vừa có năng suất của hầm giặt vừa linh "
        "hoạt như máy giặt vắt.",
    ),
    (
        "mUo016",
        "en",
        "en_epa_tunnel",
        "Water-efficiency guidance for tunnel washers in institutional laundries",
        "A water-efficiency programme explains how tunnel washers for hospitals, prisons, hotels and restaurants handle up to "
        "2,000 pounds of laundry an hour while using two gallons of water or less per pound, thanks to counter-flow reuse, and "
        "gives operating tips such as washing only full loads and weighing loads.",
    ),
    # --- hospital and care-home linen hygiene ---
    (
        "mUo017",
        "vi",
        "vi_xuong_bv10t",
        "Thiết kế xưởng giặt đồ vải bệnh viện công suất 10 tấn/ngày",
        "Doanh nghiệp thiết bị giặt tư vấn xưởng giặt phục vụ bệnh viện 300 tấn đồ vải/tháng (10 tấn/ngày): dùng máy giặt phòng "
        "sạch (barrier) 110 kg/mẻ hoặc 60 kg/mẻ, có chức năng khử khuẩn và cấp nước nóng, tính số máy theo 14 mẻ/ngày và khoảng 1 "
        "giờ/mẻ kể cả tiền xử lý và hậu xử lý.",
    ),
    (
        "mUo018",
        "vi",
        "vi_maygiat_yte",
        "Máy giặt y tế tích hợp khử trùng nhiệt, hơi nước và hoá chất",
        "Công ty thiết bị y tế cung cấp máy giặt chuyên dụng cho bệnh viện, phòng khám: giặt quần áo bệnh nhân, ga trải giường và "
        "đồ vải y tế với nhiệt độ cao, hoá chất chuyên dụng và khử trùng bằng hơi nước, công suất lớn, đáp ứng tiêu chuẩn vệ sinh "
        "để giảm lây nhiễm chéo.",
    ),
    (
        "mUo019",
        "vi",
        "vi_motchieu_bv",
        "Hệ thống giặt sấy công nghiệp vận hành một chiều cho bệnh viện",
        "Đơn vị máy giặt là công nghiệp thiết kế hệ thống giặt sấy khép kín theo mô hình một chiều cho bệnh viện: chăn, ga, quần áo "
        "bệnh nhân, đồng phục, khăn phẫu thuật đi từ khu bẩn sang khu sạch không quay ngược, coi đây là một phần của chiến lược "
        "kiểm soát nhiễm khuẩn.",
    ),
    (
        "mUo020",
        "vi",
        "vi_dovai_yte_pan",
        "Quy trình quản lý, giặt ủi đồ vải y tế theo mức độ nhiễm khuẩn",
        "Doanh nghiệp thiết bị giặt là hướng dẫn và triển khai quy trình đồ vải bệnh viện: phân loại drap, chăn, áo blouse, quần áo "
        "bệnh nhân thành đồ vải thông thường và đồ vải bẩn nhiễm khuẩn (dính máu, dịch, từ phòng mổ, phòng bệnh truyền nhiễm), thu "
        "gom, vận chuyển và giặt riêng để ngăn nhiễm khuẩn chéo.",
    ),
    (
        "mUo021",
        "vi",
        "vi_ctump_visinh",
        "Đánh giá vi sinh đồ vải y tế trước giặt, sau giặt và sau sấy",
        "Nhóm nghiên cứu của một trường đại học y dược ở Cần Thơ nuôi cấy, định danh vi khuẩn trên 50 mẫu đồ vải thường và đồ vải "
        "phẫu thuật ở ba thời điểm. 100% mẫu đã dùng có vi sinh vật, Staphylococcus chiếm 17,9% và 23,3%; giặt bằng nhiệt và hoá "
        "chất chưa loại hết, kết hợp giặt với sấy thì loại bỏ hoàn toàn. Có thể áp dụng để kiểm tra quy trình của bệnh viện khác.",
    ),
    (
        "mUo022",
        "vi",
        "vi_hutech_umc",
        "Khảo sát ô nhiễm vi khuẩn và hiệu quả quy trình giặt đồ vải y tế",
        "Nghiên cứu tại một bệnh viện đại học y dược ở TP.HCM khảo sát mức độ và phổ vi khuẩn ô nhiễm trên đồ vải bình thường và đồ "
        "vải phẫu thuật, rồi đánh giá các quy trình giặt làm giảm ô nhiễm ra sao; phương pháp dùng được để giám sát chất lượng giặt "
        "đồ vải tại cơ sở y tế.",
    ),
    (
        "mUo023",
        "en",
        "en_sealion_barrier",
        "Pass-through barrier washer-extractors for hospital laundries",
        "A laundry machine maker supplies barrier washer-extractors mounted through a sealed partition wall: soiled linen is "
        "loaded on the dirty side and unloaded on the clean side, the two doors are interlocked so both can never be open, and no "
        "air or contact passes around the machine, giving a one-way workflow against cross-contamination.",
    ),
    (
        "mUo024",
        "en",
        "en_aqualogic_barrier",
        "Hygienic barrier washer-extractors from 18 to 180 kg",
        "Distributor of two-door barrier washers installed in a wall for healthcare and correctional facilities, in capacities "
        "from 18 kg to 180 kg, helping laundries meet AS/NZS 4146 laundry standards by keeping loading and unloading staff and "
        "areas apart instead of relying on wiping down door and buttons after each load.",
    ),
    (
        "mUo025",
        "en",
        "en_mastrada_barrier",
        "Thermal-disinfection wash programmes for hospital barrier washers",
        "Set-up of wash programmes that treat all hospital linen as worst-case contaminated: pre-wash 5-10 min, main wash 10-15 "
        "min at 60-90°C, a disinfection hold of at least 71°C for 3 minutes or more, rinses and extraction, about 40-60 minutes "
        "in total; a shorter chemical-disinfection cycle with peracetic acid is also offered.",
    ),
    (
        "mUo026",
        "en",
        "en_laundryconsulting_wall",
        "Barrier walls and pass-through dryers for healthcare laundries",
        "A laundry consultancy designs the sealed wall that splits a healthcare laundry into a soiled receiving side and a clean "
        "finishing side, usually with pass-through dryers along the wall, together with the other safeguards and procedures "
        "needed so airborne pathogens from soiled linen cannot reach clean goods.",
    ),
    (
        "mUo027",
        "vi",
        "en_hse_laundry",
        "Tư vấn chế độ giặt khử khuẩn cho đồ vải bẩn, nhiễm khuẩn và đồ không chịu nhiệt",
        "Dịch vụ tư vấn theo hướng dẫn an toàn sinh học: đồ vải đã dùng giữ 65°C ít nhất 10 phút hoặc 71°C không dưới 3 phút, cộng "
        "thời gian trộn để nhiệt thấm đều, thêm chu trình xả sluice cho đồ dính chất thải; đồ vải của bệnh nhân nhiễm khuẩn không "
        "phân loại mà cho thẳng vào máy; đồ không chịu nhiệt xử lý bằng phương án riêng.",
    ),
    (
        "mUo028",
        "en",
        "en_htm0104",
        "Linen decontamination engineering and validation to HTM 01-04",
        "Engineering support for health and social care laundries following the HTM 01-04 memorandum: specifying equipment, "
        "validating that the decontamination of linen is achieved, and managing linen use and processing at controlled cost "
        "with a risk-control approach focused on patient safety.",
    ),
    (
        "mUo029",
        "en",
        "en_jla_redbags",
        "Red water-soluble bags and infectious linen procedures for care homes",
        "A laundry supplier provides red soluble-strip bags and procedures: infectious linen goes straight from the room into a "
        "red bag that is placed unopened in the commercial washer and released during the cold sluice step, and guidance lists "
        "what belongs in red bags, such as uniforms soiled with body fluids, isolation-room textiles and mop heads.",
    ),
    (
        "mUo030",
        "vi",
        "en_washco_carehome",
        "Giải pháp giặt là kiểm soát nhiễm khuẩn cho viện dưỡng lão",
        "Nhà cung cấp thiết bị giặt cho cơ sở chăm sóc người cao tuổi: quy trình xử lý đồ vải để ngăn cúm, norovirus, salmonella, "
        "COVID-19 lây lan giữa cư dân và nhân viên, máy giặt công nghiệp có chu trình khử khuẩn, khả năng giặt qua đêm, khoanh vùng "
        "đồ của người nghi nhiễm.",
    ),
    (
        "mUo031",
        "en",
        "en_carehome_mag",
        "Thermal and chemo-thermal disinfection programmes for care-home laundries",
        "A professional appliance maker advises care homes on laundry hygiene: single-use aprons and gloves when handling soiled "
        "items, dirty and clean laundry kept in separate rooms, self-opening bags loaded without emptying them, and only "
        "programmes with thermal or chemo-thermal disinfection as required by HTM 01-04.",
    ),
    (
        "mUo032",
        "en",
        "en_electrolux_barrier",
        "Barrier washers for hospitals, care homes and clean-room garments",
        "An equipment maker supplies barrier washers with separate loading and unloading doors in isolated rooms, for three "
        "needs: avoiding contact between soiled and clean laundry (hospitals, elderly care), decontamination, and particle "
        "removal from garments used in clean rooms.",
    ),
    (
        "mUo033",
        "en",
        "en_acipc_soluble",
        "Fluid-resistant linen bags in place of alginate soluble bags",
        "Infection-control practitioners share hospital practice on used-linen bags: alginate-stitched soluble bags start to "
        "dissolve with warm body fluids and leave plastic strips in the load, so many laundries now use fluid-resistant linen "
        "bags, clear plastic bags decanted into washers, and strong purple bags for cytotoxic linen.",
    ),
    (
        "mUo034",
        "en",
        "en_meshguides_uniform",
        "Evidence summary on washing healthcare uniforms at home",
        "A guidance resource summarises the UK health department position that domestically washed healthcare uniforms should "
        "be washed for 10 minutes at 60°C, which removes almost all micro-organisms, and that detergent washes down to 30°C "
        "still eliminate MRSA and most other micro-organisms.",
    ),
    # --- ironing and finishing ---
    (
        "mUo035",
        "en",
        "en_aln_flatwork_specs",
        "Specifying a flatwork ironing line: feeder, ironer, folder and stacker",
        "A laundry consultant helps write tenders for flatwork ironing systems in healthcare and hospitality laundries: space "
        "for feeder, ironer, folder/cross-folder and stacker, steam pressure at the ironer (120 psi is the usual minimum) or a "
        "thermal-oil alternative, the real sizes and fabric mixes of sheets and pillowcases, and production and energy controls.",
    ),
    (
        "mUo036",
        "en",
        "en_lcn_ironer_job",
        "Ironer audits and sizing for hotels, guest houses and care homes",
        "A laundry services company audits a site before recommending an ironer: models are classed by roll diameter and "
        "length (a 35-140 suits small hotels and care homes, a 50-320 suits large hotels and commercial laundries), and the "
        "ironer must match the water retention left by the washer and tumble dryer; large 3 m ironers can dry while ironing.",
    ),
    (
        "mUo037",
        "en",
        "en_aln_iron_fold_stack",
        "Heated-roll flatwork ironers with automatic folding and stacking",
        "A laundry equipment maker explains when to move from hand folding to a heated-roll flatwork ironer and then to an "
        "all-in-one ironer/folder/stacker with optional feeder: pressed sheets fetch higher prices, linen goes straight from "
        "washer to ironer without dryer time, and two operators can feed and catch while the machine makes primary folds.",
    ),
    (
        "mUo038",
        "vi",
        "en_coinop_flatwork",
        "Máy là phẳng cỡ nhỏ cho tiệm giặt muốn nhận đồ của spa, khách sạn",
        "Nhà cung cấp máy là phẳng (là lô) cho tiệm giặt tự phục vụ muốn mở thêm dịch vụ cho khách thương mại: một máy là trục 13 "
        "inch là được khoảng 200 tấm ga mỗi giờ, giúp tiệm nhận ga, áo gối, khăn bàn của spa, cơ sở massage, nhà hàng; ví dụ thực "
        "tế cho thấy máy hoàn vốn ngay năm đầu. Lưu ý chừa mặt bằng cho máy từ khi thiết kế tiệm.",
    ),
    (
        "mUo039",
        "vi",
        "en_lcn_smooth",
        "Máy là cho phòng giặt khách sạn: gia nhiệt điện, gas hoặc lòng máng dầu tải nhiệt",
        "Tư vấn chọn máy là cho phòng giặt tại chỗ của khách sạn theo ba nhóm: máy nhỏ gia nhiệt điện cho lượng ít, máy cỡ trung "
        "gia nhiệt gas cho chất lượng tốt với khối lượng lớn hơn, và máy lòng máng gia nhiệt bằng dầu tải nhiệt cho năng suất cao, "
        "nhiệt đều trên cả mặt là. Lưu ý an toàn khi dùng gas gần khu giặt khô.",
    ),
    (
        "mUo040",
        "en",
        "en_lcn_angles",
        "Return-feed ironers for compact hotel laundries",
        "Advice and supply of return-feed ironers for small and medium hotel laundries: labour-saving and compact, sized from "
        "data on peak and trough workloads and planned expansion, checked against large-piece dimensions and weights and any "
        "switch from polycotton to 100% cotton linen, with space left for operators and maintenance behind the machine.",
    ),
    (
        "mUo041",
        "vi",
        "vi_thegioigiatsay",
        "Máy hấp và dịch vụ hấp áo vest, đầm dạ hội cho tiệm giặt",
        "Giải pháp giúp tiệm giặt sấy cạnh tranh bằng dịch vụ chuyên biệt: máy hấp giá gần 100 triệu đồng, quy trình tẩy sạch "
        "nhiều công đoạn rồi hấp thơm áo vest, đầm dạ hội với giá từ 80.000 đồng mỗi bộ; kinh nghiệm từ một chủ tiệm gần 10 năm "
        "giữ được khách quen nhờ dịch vụ này.",
    ),
    # --- dry cleaning and wet cleaning ---
    (
        "mUo042",
        "vi",
        "vi_nano_giatkho",
        "Hoá chất và quy trình giặt khô cho tiệm giặt",
        "Công ty hoá chất cung cấp dung môi, chất tẩy điểm và hướng dẫn quy trình giặt khô: nhận diện đồ qua nhãn, kiểm tra khuy "
        "và vết rách, tẩy trước vết dầu mỡ, thực phẩm, giặt trong dung dịch hoá chất thay cho nước, kiểm tra lại vết bẩn rồi là, "
        "treo móc và bọc túi trả khách; phù hợp đồ lụa, len, dạ không giặt nước được.",
    ),
    (
        "mUo043",
        "vi",
        "vi_thuhuong_giatkho",
        "Dịch vụ giặt khô bằng dung môi cho vải visco, lyocell, modal, cupro",
        "Cơ sở giặt là nhận giặt khô quần áo, chăn ga bằng dung môi tetrachloroethylene (PERC, PCE) thay vì nước, dành cho các "
        "loại vải nhạy cảm với nước như visco, lyocell, modal, cupro, giữ phom dáng và màu sắc.",
    ),
    (
        "mUo044",
        "en",
        "en_toronto_wetclean",
        "Professional wet cleaning as a perc-free alternative for cleaners",
        "An environmental group promotes and helps cleaners switch to professional wet cleaning, identified by California and "
        "the Massachusetts Toxics Use Reduction Institute as non-air-polluting for 'dry clean only' garments: small amounts of "
        "water and special detergents in computer-controlled machines, with wastewater safe for the drain; both states have "
        "offered grants for the switch.",
    ),
    (
        "mUo045",
        "en",
        "en_mag_wetclean",
        "Wet-cleaning machines, dryers and non-toxic spotting agents",
        "A UK laundry equipment supplier sells wet-cleaning systems that replace perc: computer-controlled washers that handle "
        "delicate garments in water, special dryers, safe detergents and non-toxic spot removers, with training so that "
        "equipment, chemistry and operator skill together avoid shrinkage and damage.",
    ),
    (
        "mUo046",
        "vi",
        "en_aqua_wetclean",
        "Giặt ướt chuyên nghiệp cho đồ 'chỉ giặt khô': len, lụa, cashmere, váy cưới",
        "Dịch vụ giặt ướt chuyên nghiệp bằng máy chuyên dụng và xà phòng dịu, làm sạch sâu hơn dung môi PERC, dùng cho len, gabardine, "
        "lụa, cashmere, lông thú giả, da lộn, nhung, rayon, vest, váy cưới, chăn và rèm; đồ trắng không ố vàng, không mùi hoá chất, "
        "giá tương đương giặt khô truyền thống.",
    ),
    (
        "mUo047",
        "en",
        "en_organic_dry",
        "Solvent-free wet cleaning with pH-neutral biodegradable detergent",
        "A cleaner offers perc-free 'wet dry cleaning' of hard-to-wash clothes in modern machines with biodegradable detergent "
        "of pH 7-8, and explains why perc, a volatile organic compound linked to dizziness, liver and kidney damage and listed as "
        "a probable carcinogen, is being phased out.",
    ),
    (
        "mUo048",
        "vi",
        "en_greendry",
        "Giặt khô kết hợp giặt ướt: tẩy điểm trước, chống co rút và phai màu",
        "Cửa hàng giặt là giới thiệu hai phương pháp: giặt khô bằng dung môi gần như không chứa nước, hoà tan dầu mỡ mà nước không "
        "làm được; và giặt ướt có tiền xử lý vết bẩn bằng chất chuyên dụng, dùng nước với phụ gia và các biện pháp chống co, phai "
        "màu, biến dạng.",
    ),
    # --- detergents, dosing and water softening ---
    (
        "mUo049",
        "vi",
        "vi_meraki_hoachat",
        "Bộ hoá chất giặt là công nghiệp: bột giặt chính, tẩy, xả, tạo mùi",
        "Cung cấp và tư vấn hoá chất giặt là công nghiệp theo từng loại vải: bột giặt chính, thuốc tẩy, nước xả vải và chất tạo "
        "mùi, giúp làm sạch cổ áo, nách, viền, làm mềm vải; nhấn mạnh dùng đúng loại và đúng liều để không hại sợi vải và sức khoẻ.",
    ),
    (
        "mUo050",
        "en",
        "en_wiki_enzymes",
        "Enzyme blends for low-temperature laundry detergents",
        "Supply of detergent enzymes, the largest use of industrial enzymes: proteases, amylases, lipases, cellulases, pectate "
        "lyases and mannanases that break down blood and egg, starch, fats, vegetable and gum stains, working from 0 to 60°C "
        "with surfactants and oxidisers; mostly produced by bacteria such as Bacillus subtilis, they let laundries wash at lower "
        "temperatures and save heating energy.",
    ),
    (
        "mUo051",
        "en",
        "en_enzyme_washing",
        "Enzyme washing for cold-water laundry",
        "A cleaning-products firm offers enzyme detergents that attack specific stains (lipases for fats, proteases for "
        "proteins), are biodegradable, work in cold water so water heating can be cut, and allow less detergent per load.",
    ),
    (
        "mUo052",
        "vi",
        "en_binatec_enzyme",
        "Bột giặt sinh học chứa enzyme và quy trình giặt hai giai đoạn",
        "Nhà sản xuất bột giặt sinh học hướng dẫn dùng enzyme đúng cách: vết bẩn gốc protein bị nhiệt cao làm đông lại và bám chặt "
        "hơn, nên trước tiên ngâm đồ ở khoảng 40°C để enzyme phân giải, sau đó mới giặt nóng hoặc nấu để các thành phần khác xử lý "
        "vết dầu mỡ.",
    ),
    (
        "mUo053",
        "en",
        "en_stalwart_dosing",
        "Automated peristaltic chemical dosing for industrial laundries",
        "Supply and integration of signal-triggered dosing pumps that inject detergent, bleach, alkali, sour and softener at a "
        "fixed point of each wash programme; a plant washing 2,000 kg of linen a day with manual dosing typically shows 20-40% "
        "variation between shifts, causing either waste and extra rinsing or rewashes.",
    ),
    (
        "mUo054",
        "en",
        "en_schiff_dosing",
        "Four-pump on-premise chemical dispenser storing eight wash formulas",
        "A consultant describes and sets up a compact dispenser for on-premise laundries: four independently controlled "
        "peristaltic pumps (expandable to six) for builder, break, bleach and softener, a controller storing eight wash "
        "formulas, and no manual handling of hazardous chemicals by staff.",
    ),
    (
        "mUo055",
        "vi",
        "en_softrol_dosing",
        "Hệ thống định lượng hoá chất giặt có lưu lượng kế, độ chính xác trên 95%",
        "Giải pháp điều khiển định lượng hoá chất cho xưởng giặt: hoá chất chiếm 17-48% chi phí vận hành hằng năm; hệ tự động dùng "
        "lưu lượng kế đạt sai số ±3-6% so với 10-30% khi định lượng thủ công, hiệu chuẩn hằng tháng, theo dõi chất lượng nước và "
        "ghi dữ liệu tiêu thụ để tìm chỗ giảm chi phí.",
    ),
    (
        "mUo056",
        "en",
        "en_fabricare_pumps",
        "Detergent injection pumps for cleaners' washers",
        "A dry-cleaning trade adviser explains detergent pumps that inject liquid detergent, degreaser, bleach, softener, "
        "neutraliser or water repellent at programmed points, allowing several injections per cycle, custom cycles for "
        "different work and, with newer washers, doses adjusted to the weighed load.",
    ),
    (
        "mUo057",
        "vi",
        "en_aln_dispensing",
        "Bộ phân phối hoá chất giặt giảm giặt lại và hao mòn đồ vải",
        "Nhà cung cấp hoá chất giặt công nghiệp lắp bộ phân phối chính xác cho xưởng giặt và phòng giặt khách sạn: thiếu hoá chất "
        "thì phải giặt lại, tốn thêm nhân công, nước, năng lượng; thừa hoá chất thì đồ vải mau hỏng; phần lớn máy giặt chạy nước "
        "khoảng 160°F (71°C).",
    ),
    (
        "mUo058",
        "vi",
        "vi_saponin_bohon",
        "Chế phẩm tẩy rửa từ quả bồ hòn giàu saponin",
        "Cơ sở sản xuất chất tẩy rửa tự nhiên từ quả bồ hòn: hoạt tính làm sạch đến từ saponin, một chất hoạt động bề mặt tự nhiên "
        "làm giảm sức căng bề mặt của nước để cuốn trôi vết bẩn mà không hại da và môi trường; giải thích tên gọi 'enzyme bồ hòn' "
        "thực ra không chính xác.",
    ),
    (
        "mUo059",
        "vi",
        "vi_congthuc_nuocgiat",
        "Chuyển giao công thức và quy trình sản xuất nước giặt đậm đặc",
        "Trang chuyên về công thức nước giặt cung cấp 12 công thức, các bước quy trình, danh mục nguyên liệu và hoá chất để sản "
        "xuất nước giặt đậm đặc, hướng tới cơ sở nhỏ muốn tự pha chế sản phẩm giặt.",
    ),
    (
        "mUo060",
        "vi",
        "vi_sgtiepthi_bohon",
        "Nước bồ hòn đóng chai để giặt quần áo, rửa chén, lau nhà",
        "Cơ sở bán trái bồ hòn khô và nước bồ hòn đóng chai: 1 kg khoảng 200 trái giá 180.000 đồng, mỗi lần nấu khoảng 15 trái đủ "
        "dùng hai tuần; quần áo giặt xong sạch, có mùi trái cây, vải không khô nên không cần nước xả.",
    ),
    (
        "mUo061",
        "en",
        "en_kinetico_soft",
        "Water softeners that cut laundry detergent use by up to 50%",
        "A water-treatment dealer installs softeners; citing the Water Quality Association, softened water can halve detergent "
        "use in washing machines and dishwashers, and tests found half-dose detergent in soft cold water removed stains as well "
        "as a full dose in hard hot water.",
    ),
    (
        "mUo062",
        "en",
        "en_maher_soft",
        "Water softening for cleaner laundry at lower temperature",
        "A water-treatment company cites independent laboratory studies in which clothes were washed in waters of varied "
        "hardness with 50%, 75% and 100% of the recommended detergent at 60, 80 and 100°F: softening had more effect on stain "
        "removal than detergent dose or temperature.",
    ),
    (
        "mUo063",
        "vi",
        "en_excalibur_soft",
        "Thiết bị làm mềm nước giếng: giảm một nửa bột giặt, giặt được nước lạnh",
        "Nhà cung cấp thiết bị xử lý nước giếng khoan: nước cứng kết hợp với xà phòng tạo cặn bám làm quần áo xỉn, cứng, mau mục; "
        "làm mềm nước giúp giảm 50% bột giặt và giặt bằng nước lạnh, máy rửa chén giảm tới 70% chất tẩy, bình nước nóng tiết kiệm "
        "tới 22% năng lượng.",
    ),
    # --- ozone laundry ---
    (
        "mUo064",
        "en",
        "en_lodging_ozone",
        "Ozone laundry systems for hotels: washing linen in cold water",
        "Ozone injection systems for hotel laundries that remove the need for hot and most warm water, cut wastewater volume, "
        "wash cycles and chemicals, extend linen and towel life and shorten drying; suppliers stress reliable equipment with "
        "local support, and claim ozone disinfects far faster than chlorine and leaves no residue.",
    ),
    (
        "mUo065",
        "en",
        "en_ozone_95room",
        "Ozone retrofit payback analysis for a 95-room hotel",
        "An ozone supplier evaluates a hotel's on-premise laundry before retrofit, as in its study of a 95-room upscale hotel "
        "running two 60-pound washers for 9-10 loads a day: hot-water use is metered and water, sewer, fuel, linen replacement, "
        "electricity and softener costs are used to estimate savings and payback.",
    ),
    (
        "mUo066",
        "vi",
        "en_hotelbiz_ecotex",
        "Hệ thống giặt ozone cho phòng giặt khách sạn, hoàn vốn khoảng 8 tháng",
        "Nhà sản xuất thiết bị ozone cung cấp hệ thống giặt ozone được một báo cáo của Bộ Năng lượng Mỹ đánh giá: máy tạo ozone từ "
        "không khí (nồng độ oxy 90%), khí ozone bơm thẳng vào lồng giặt, tan trong nước lạnh, mở sợi vải, nhả vết bẩn, giảm thời "
        "gian sấy, khí dư hấp thụ qua tháp than; nhà cung cấp nêu thời gian hoàn vốn điển hình 8 tháng.",
    ),
    (
        "mUo067",
        "vi",
        "en_lodging_ozone2",
        "Lắp ozone cho máy giặt vắt khách sạn: giảm 20-40% nước, tới 30% hoá chất",
        "Giải pháp bơm khí ozone vào đường cấp nước của máy giặt vắt trong phòng giặt khách sạn, thay cho nước nóng tối thiểu 140°F "
        "(60°C) thường phải dùng: khử khuẩn nước giặt, phân giải dầu mỡ, giảm 20-40% nước, giảm tới 30% hoá chất, đồ vải bền hơn; "
        "vốn đầu tư ban đầu cao hơn.",
    ),
    (
        "mUo068",
        "en",
        "en_greenlodging_cost",
        "Rental and lease programmes for ozone laundry systems",
        "Ozone laundry suppliers offer rental, lease and lease-to-own programmes so that hotels see positive cash flow from the "
        "first month, and help find utility rebates for water and energy savings, some covering up to half of the system cost.",
    ),
    # --- water reuse and recycling in laundries ---
    (
        "mUo069",
        "en",
        "en_awpi_membrane",
        "Membrane-filtration water recycling for commercial laundries",
        "A water-purification developer is field-testing membrane filtration for laundry water recycling with a large "
        "commercial laundry: water and wastewater exceed 50% of a typical laundry's operating costs, and water use per pound "
        "cannot drop below about 2 gallons without hurting quality, so reuse is the main remaining saving.",
    ),
    (
        "mUo070",
        "en",
        "en_awpi_hotwater",
        "Hot-water recycling with 0.01-micron ceramic filters",
        "A patented 0.01-micron ceramic filter system captures used laundry water, sanitises it and returns it to the front of "
        "the wash with very little temperature loss, leaving useful hot-water additives in place so they need not be dosed "
        "again; the developer expects installation costs to be recovered in a few years from water and energy savings.",
    ),
    (
        "mUo071",
        "vi",
        "en_epa_watersense",
        "Cải tạo máy giặt: tái sử dụng nước xả đơn giản hoặc tái chế toàn phần",
        "Hướng dẫn cải tạo máy giặt thương mại và máy giặt vắt: hệ thống đơn giản thu nước xả cuối để làm nước xả đầu mẻ sau, tiết "
        "kiệm 10-35% nước, thường không cần xử lý; hệ thống phức tạp xử lý nước giặt và xả để dùng cho mọi bước của mẻ sau, tiết kiệm "
        "trên 85%. Cần tính chỗ đặt bồn và điều chỉnh hoá chất với nhà cung cấp.",
    ),
    (
        "mUo072",
        "en",
        "en_aln_reuse",
        "Ceramic filtration for chemical-free laundry wastewater treatment and heat recovery",
        "Suppliers of laundry water reuse and recycling systems explain the difference: reuse takes water from one wash step to "
        "another with at most lint removal, while recycling collects all wash-floor discharge and treats it for limited reuse; "
        "one offers a proprietary ceramic filtration system for chemical-free treatment with heat and water recovery.",
    ),
    (
        "mUo073",
        "vi",
        "en_nsw_laundries",
        "Đánh giá và định mức sử dụng nước cho xưởng giặt (lít/kg đồ)",
        "Dịch vụ kiểm toán nước cho xưởng giặt: 92% nước dùng cho khâu giặt, 5-8% cho sinh hơi, 2-3% cho việc phụ; sau các biện pháp "
        "tiết kiệm, máy giặt vắt nên giảm từ 17-22 xuống 12-15 L/kg, hầm giặt từ 7,5-12 xuống 4,5-5 L/kg khi có tái chế; định mức "
        "tốt: phòng giặt tại chỗ 9 L/kg, giặt công cộng 14 L/kg.",
    ),
    (
        "mUo074",
        "en",
        "en_softrol_water",
        "Water audits and smart controls for industrial laundries",
        "A laundry automation firm starts with a baseline water audit, then combines equipment upgrades, smarter wash "
        "programming and real-time monitoring; it reports 30-50% water waste in typical plants, 40-85% reductions with recycling "
        "and controls, sewer charges of 15.57 versus water at 7.42 dollars per thousand gallons in one case, and ROI in 1-3 years.",
    ),
    (
        "mUo075",
        "en",
        "en_colorado_laundry",
        "Laundry wastewater reclamation with media filters, carbon and ultrafiltration",
        "A water-conservation toolkit for commercial facilities describes reclamation systems for commercial laundries built "
        "from mixed-media filters, activated carbon, ion exchange and ultrafiltration that reach about 75% reuse, reuse of final "
        "rinse water in the next pre-wash, and tunnel washers needing 60-70% less water than washer-extractors.",
    ),
    (
        "mUo076",
        "vi",
        "en_dimoglo_ec",
        "Keo tụ điện - tuyển nổi điện làm sạch nước thải giặt công nghiệp để quay vòng",
        "Nhóm nghiên cứu môi trường thử nghiệm trong phòng và quy mô pilot việc làm sạch nước thải xưởng giặt công nghiệp bằng keo "
        "tụ điện và tuyển nổi điện với điện cực nhôm để đưa nước trở lại quá trình giặt: ở mật độ dòng 5,26 mA/cm², pH 5,5 và 5 phút "
        "xử lý, loại bỏ 90% màu, độ đục và chất hoạt động bề mặt, tiêu tốn 1,25 kWh/m³.",
    ),
    # --- laundry wastewater treatment ---
    (
        "mUo077",
        "vi",
        "vi_smc_nuocthai",
        "Quy trình xử lý nước thải giặt là đạt chuẩn",
        "Công ty môi trường thiết kế hệ thống xử lý nước thải cho cơ sở giặt là, bệnh viện, khách sạn: nước thải chứa xà phòng, bột "
        "giặt, chất tẩy trắng có phosphate, dung môi, phẩm màu, chất chống nhăn, chất rắn lơ lửng, sợi vải, dầu mỡ và vi sinh vật, "
        "cần xử lý đúng quy trình trước khi xả ra môi trường.",
    ),
    (
        "mUo078",
        "vi",
        "vi_eteco_nuocthai",
        "Công nghệ xử lý nước thải giặt là cho tiệm giặt và công ty giặt công nghiệp",
        "Đơn vị môi trường cung cấp công nghệ xử lý nước thải giặt là cho cả tiệm giặt ủi nhỏ lẻ và công ty giặt công nghiệp phục vụ "
        "nhà hàng, bệnh viện, khách sạn; xử lý chất tẩy rửa, clo, chất tạo bọt, cặn lơ lửng cao và kim loại trong nước thải.",
    ),
    (
        "mUo079",
        "vi",
        "vi_dci_giattay",
        "Xử lý nước thải giặt tẩy: chất hoạt động bề mặt, chất tẩy trắng, sợi vải",
        "Công ty môi trường giới thiệu các phương pháp và công nghệ xử lý nước thải ngành giặt tẩy: loại bỏ chất hoạt động bề mặt, "
        "chất tẩy trắng, chất tăng bọt, khử mùi, cặn lơ lửng và sợi vải nhỏ, vi sinh vật và dầu mỡ trước khi xả, tuân thủ quy định "
        "môi trường.",
    ),
    (
        "mUo080",
        "en",
        "en_bhagat_review",
        "Low-cost treatment options for laundry wastewater",
        "University researchers review and cost treatment options for laundry wastewater containing surfactants (LAS up to 1,024 "
        "mg/L), COD up to 4,474 mg/L and phosphate up to 279 mg/L: sedimentation and filtration, adsorption on activated carbon or "
        "bio-char (about 60% cheaper and removing E. coli), coagulation combined with activated carbon removing 80-95% of COD, "
        "BOD, phosphorus and surfactant, and slower biological and plant-based treatment.",
    ),
    (
        "mUo081",
        "en",
        "en_intech_ec",
        "Electrocoagulation and aerobic bio-treatment of laundry wastewater",
        "A university chemistry group offers a treatment approach for laundry run-off: electrocoagulation with aluminium "
        "electrodes forms hydroxy species that adsorb fine particles and pollutants, and a biological step uses aerobic bacteria "
        "selected to degrade fats, proteins, detergents and hydrocarbons, with surfactant (LAS) measured before and after.",
    ),
    (
        "mUo082",
        "en",
        "en_oae_ec",
        "Electrocoagulation that removes microfibres and surfactants from laundry wastewater",
        "Researchers show electrocoagulation removing 97.9% of synthetic microfibres, 91.2% of surfactants and 86.3% of COD after "
        "25 minutes at 300 A/m² and neutral pH, at an operating cost of about 0.53 US dollars per cubic metre; a 2 kg load of "
        "synthetic clothing released 92,700-114,300 microfibres.",
    ),
    (
        "mUo083",
        "vi",
        "en_oktiawan_ec",
        "Keo tụ điện điện cực nhôm giảm chất hoạt động bề mặt trong nước thải tiệm giặt",
        "Nghiên cứu ứng dụng keo tụ điện cho nước thải dịch vụ giặt ủi ở đô thị: so sánh cặp điện cực Al-Al, Fe-Fe, Al-Fe, Fe-Al ở "
        "20-60 V; tối ưu ở 30 V, điện cực Al-Al trong 30 phút, chất hoạt động bề mặt còn 5,77 mg/L, hiệu suất loại bỏ 72,89%.",
    ),
    # --- greywater from washing machines ---
    (
        "mUo084",
        "en",
        "en_greywateraction",
        "Laundry-to-landscape greywater kits and installation",
        "A greywater group installs laundry-to-landscape systems: a 3-way valve on the washer hose sends water either to the "
        "sewer or to 1-inch pipe and tubing with barbed tees, using the washer's own pump to irrigate up to about 20 plants with a "
        "top-loader or 8 with a front-loader, with little digging or maintenance.",
    ),
    (
        "mUo085",
        "en",
        "en_oasis_l2l",
        "Laundry-to-Landscape design guides, videos and installer training",
        "The originators of the Laundry to Landscape greywater system, published unpatented in 2008, provide up-to-date "
        "design updates, parts sources, a 90-minute instructional video and books, and information for people who want to "
        "run a small business installing these systems.",
    ),
    (
        "mUo086",
        "vi",
        "en_wastefreesd",
        "Hướng dẫn lắp hệ thống dùng nước xám từ máy giặt để tưới cây",
        "Tổ chức môi trường hướng dẫn hộ gia đình đưa nước xám từ máy giặt ra vườn: nước xám không gồm nước bồn cầu; chỉ tưới cây "
        "cảnh, cây ăn trái, không tưới lên rau ăn củ hay phần ăn được; điểm xả phủ ít nhất 2 inch (5 cm) lớp phủ; dùng xà phòng, "
        "bột giặt an toàn cho cây; hệ thống chỉ lấy nước máy giặt không cần sửa đường ống.",
    ),
    (
        "mUo087",
        "vi",
        "vi_sheen_greywater",
        "Tái sử dụng nước xám từ máy giặt, vòi sen, bồn rửa trong nhà và vườn",
        "Hướng dẫn bốn cách tái sử dụng nước thải sinh hoạt: xác định nguồn nước xám (vòi sen, bồn tắm, máy giặt, bồn rửa), phân "
        "biệt với nước trong chưa pha xà phòng, hứng bằng xô, thùng để tưới vườn, hoặc lắp hệ thống lọc để tái sử dụng phức tạp hơn.",
    ),
    # --- RFID linen tracking ---
    (
        "mUo088",
        "en",
        "en_rfid_hotel",
        "UHF RFID linen management system for hotels and commercial laundries",
        "An RFID tag maker supplies washable UHF tags, readers and software tracking sheets, duvet covers, towels, bathrobes and "
        "uniforms through collection, handover, washing, drying, ironing, sorting and storage, replacing paper handover notes, "
        "ending count disputes between hotel and laundry and recording wash cycles per item.",
    ),
    (
        "mUo089",
        "en",
        "en_rfid_dragonguard",
        "RFID asset tracking to cut hospital linen loss",
        "An RFID solutions firm targets hospital linen losses of 20-30% of inventory a year (up to 40% in some central laundries), "
        "worth over 500,000 dollars annually for a mid-sized hospital; serialised tags replace manual counts that vary 15-20% "
        "from reality and expose losses from disposal, theft, hoarding and laundry discrepancies.",
    ),
    (
        "mUo090",
        "vi",
        "en_rfid_hospitals",
        "Gắn thẻ RFID chịu giặt cho đồ vải bệnh viện, đầu đọc cố định và cầm tay",
        "Đơn vị RFID triển khai quản lý đồ vải bệnh viện: thẻ may vào viền hoặc ép nhiệt, chịu được nhiệt độ và hoá chất giặt công "
        "nghiệp, mỗi thẻ mang mã riêng; đầu đọc cố định đặt ở phòng giặt, kho, điểm phát đồ, đầu đọc cầm tay để kiểm kê; dữ liệu tích "
        "hợp phần mềm quản lý bệnh viện.",
    ),
    (
        "mUo091",
        "en",
        "en_rfid_miami",
        "Washable RFID chips sewn into hotel towels, robes and sheets",
        "A linen tracking company has patented a washable RFID chip sewn into hotel robes, towels and linens to count stock and "
        "deter theft; a Honolulu hotel cut pool towel losses from 4,000 to 750 a month after installing it in 2010, saving over "
        "16,000 dollars a month.",
    ),
    (
        "mUo092",
        "vi",
        "en_rfid_esp",
        "Chip UHF chịu giặt và cổng đọc RFID cho khách sạn: thất thoát còn khoảng 3%",
        "Giải pháp may chip UHF chịu giặt vào ga, áo gối, khăn tắm, khăn bàn; phần mềm báo khi đồ gửi giặt ngoài không về đúng hạn; "
        "cổng đọc đặt ở máng thả đồ bẩn, trạm buồng phòng nhận đồ sạch và lối ra để báo động khi đồ bị mang đi. Dự án thí điểm giảm "
        "thất thoát còn 3%, hoàn vốn 12-16 tháng.",
    ),
    (
        "mUo093",
        "vi",
        "en_rfid_hysmart",
        "Theo dõi khăn, ga, áo choàng khách sạn theo thời gian thực bằng thẻ RFID",
        "Thẻ RFID giặt được theo dõi khăn tắm, ga, áo choàng khi vào ra phòng giặt, tủ đồ, điểm nhận trả, máng đồ giặt và quầy khăn "
        "ở hồ bơi, bãi biển; báo cáo giúp kéo dài tuổi thọ đồ vải, giảm công kiểm kê, mua sắm hợp lý và kiểm soát đơn vị giặt thuê.",
    ),
    (
        "mUo094",
        "en",
        "en_rfid_digidame",
        "Linen tracking dashboard for loss, age and wash counts",
        "A linen tracking supplier puts waterproof RFID chips that survive more than 300 wash cycles into towels, sheets and "
        "robes, and gives hotels reports on current loss (5-20% a month is common), age of stock and wash counts through a web "
        "dashboard.",
    ),
    # --- laundry software, pickup and delivery ---
    (
        "mUo095",
        "en",
        "en_brightnok_lms",
        "Laundry management system for laundromats and dry cleaners",
        "A software company provides a laundry management system covering order tracking from drop-off to pick-up or delivery, "
        "detergent and consumables stock alerts, billing with payment gateways, a customer database with SMS or e-mail "
        "notifications and loyalty, and staff scheduling.",
    ),
    (
        "mUo096",
        "en",
        "en_darkpos",
        "Pickup-and-delivery module with route planning for dry cleaners",
        "A point-of-sale software vendor for garment care offers pickup and delivery booking from customers' phones, recurring "
        "schedules and driver route optimisation; it cites that about 52% of dry cleaners now offer pickup and delivery, "
        "averaging 24% of their sales.",
    ),
    (
        "mUo097",
        "vi",
        "en_swash",
        "Phần mềm chuyên cho tiệm giặt: giá theo loại đồ, theo dõi trạng thái đơn, gắn thẻ",
        "Phần mềm quản lý tiệm giặt thay cho phần mềm hoá đơn chung: bảng giá theo loại đồ, cân nặng và cách xử lý (giặt gấp, giặt "
        "khô, là), theo dõi từng đơn từ nhận, giặt, sấy, là đến giao, gắn thẻ quần áo, quản lý giao nhận.",
    ),
    (
        "mUo098",
        "en",
        "en_dashlocker",
        "Locker drop-off with barcoded bags and garment tracking",
        "A laundry and dry-cleaning operator runs locker drop-off: customers leave clothes in a barcoded bag in a locker, "
        "drivers scan locker and bag with smartphones, customers get an automatic e-mail, and at the plant each garment is "
        "tagged, photographed and listed so every item can be traced until pick-up.",
    ),
    (
        "mUo099",
        "vi",
        "en_modernmarks",
        "Nâng cấp hệ thống vận hành tiệm giặt khô: POS, phiếu mã vạch, ảnh đồ hỏng, SMS",
        "Tư vấn chuyển tiệm giặt khô từ ghi nhớ, giấy dán sang hệ thống: máy bán hàng POS, phiếu mã vạch, ghi chú vết bẩn, ảnh chụp "
        "khi nhận đồ để giải quyết khiếu nại hư hỏng, tin nhắn nhắc lấy đồ, lịch giao nhận theo tuyến và báo cáo sản xuất hằng ngày.",
    ),
    # --- laundromats and household laundry services ---
    (
        "mUo100",
        "vi",
        "vi_2saigon_tudong",
        "Mô hình cửa hàng giặt sấy tự động cho khu dân cư, nhà trọ",
        "Kinh nghiệm vận hành cửa hàng giặt sấy tự động phục vụ dân cư đông đúc, người ở trọ: khó nhất là giai đoạn đầu chưa có khách "
        "quen, nên cần máy giặt, máy sấy mới, sạch, gấp đồ sau khi giặt và dịch vụ vượt trội; ở Việt Nam phần lớn tiệm có người "
        "trông, không để khách tự phục vụ hoàn toàn.",
    ),
    (
        "mUo101",
        "vi",
        "vi_tothethao_tugiat",
        "Dịch vụ tự giặt: máy riêng từng khách, 30.000-40.000 đồng mỗi lượt",
        "Mô hình cửa hàng tự giặt cho nhân viên văn phòng, sinh viên, người ở trọ: khách tự phân loại, dùng máy riêng và loại bột "
        "giặt mình thích, giá 30.000-40.000 đồng mỗi lượt kể cả bột giặt, thêm 5.000 đồng nước xả, sấy 30.000-35.000 đồng; một mẻ "
        "mất 55-90 phút, nhân viên sấy, gấp giùm nếu khách bận.",
    ),
    (
        "mUo102",
        "vi",
        "vi_123_vonmotiem",
        "Tư vấn vốn và thiết bị mở tiệm giặt là từ 100 đến 500 triệu đồng",
        "Nhà cung cấp máy giặt công nghiệp tư vấn mở tiệm: tiệm giặt ủi dân sinh phục vụ khách lẻ, sinh viên cần từ 100 triệu đồng "
        "với 5-7 máy giặt 7-12 kg và 1-2 máy sấy; xưởng giặt công nghiệp phục vụ doanh nghiệp, bệnh viện, khách sạn cần từ 500 "
        "triệu đồng; kèm phân tích mặt bằng, nhân sự, chi phí vận hành và lợi nhuận.",
    ),
    (
        "mUo103",
        "vi",
        "vi_chiphi_tiemgiat",
        "Lập kế hoạch chi phí đầu tư mở tiệm giặt là",
        "Đơn vị thiết bị giặt là hỗ trợ lập kế hoạch tài chính mở tiệm: chọn địa điểm (mặt bằng trung tâm 15-40 triệu/tháng, ngoại "
        "thành hoặc khu dân cư trung bình 8-15 triệu/tháng), thiết kế không gian, mua thiết bị, nhân sự và chi phí vận hành để dự "
        "tính lợi nhuận và kiểm soát rủi ro.",
    ),
    # --- dryers and lint safety ---
    (
        "mUo104",
        "vi",
        "vi_kienthuc_bomnhiet",
        "Máy sấy quần áo bơm nhiệt: tuần hoàn không khí, tiết kiệm điện",
        "Nhà phân phối điện máy giới thiệu máy sấy bơm nhiệt dùng máy nén gas tạo khí nóng, không hút không khí ngoài vào và không "
        "thải khí ra ngoài mà tuần hoàn không khí sấy trong máy, hợp mùa mưa ẩm, tiết kiệm điện và giữ chất liệu quần áo.",
    ),
    (
        "mUo105",
        "vi",
        "vi_ictnews_heatpump",
        "So sánh máy sấy thông hơi, ngưng tụ và bơm nhiệt",
        "Tư vấn chọn máy sấy quần áo: máy thông hơi dùng điện trở, cấu tạo đơn giản, linh kiện rẻ nhưng cồng kềnh vì ống xả và cần "
        "chỗ thoáng; máy ngưng tụ; máy bơm nhiệt đắt nhất nhưng tiết kiệm điện tới 50% và ít làm hại quần áo.",
    ),
    (
        "mUo106",
        "en",
        "en_domex_heatpump",
        "Heat-pump tumble dryers using about half the energy",
        "An appliance retailer explains heat-pump tumble dryers: hot dry air picks up moisture in the drum, moisture is removed "
        "at the evaporator and the remaining heat is recycled through a compressor and condenser, so the dryer can use around "
        "50% less energy than standard models, at a higher purchase price.",
    ),
    (
        "mUo107",
        "en",
        "en_stalwart_lint",
        "Lint control and fire prevention programme for industrial dryers",
        "A laundry machinery maker sets up lint management for industrial dryers: a 50 kg gas-heated dryer on cotton produces "
        "200-400 g of lint per day, the primary screen catches 85-95%, and the rest builds a combustible lining in exhaust "
        "ducts, housings and burner compartments; the programme covers cleaning intervals and correct dryer operation.",
    ),
    (
        "mUo108",
        "en",
        "en_tristate_dryer",
        "Commercial dryer cleaning and maintenance service",
        "A laundry equipment dealer services hotel and dry-cleaner dryers after finding dangerous lint build-up: clean the lint "
        "compartment after every load, check and vacuum the duct monthly, and have the whole dryer and filter system cleaned "
        "professionally once or twice a year; dryers cause about 15,600 fires a year in the US.",
    ),
    (
        "mUo109",
        "vi",
        "en_airduct_dryer",
        "Vệ sinh ống thoát khí máy sấy cho tiệm giặt, khách sạn, ký túc xá",
        "Dịch vụ vệ sinh hệ thống ống thải máy sấy thương mại cho tiệm giặt, chung cư có phòng giặt chung, ký túc xá và khách sạn: "
        "xơ vải tích tụ làm máy chạy nặng, sinh nấm mốc, dễ bắt lửa trong đường ống, và bụi xơ mang theo hoá chất có thể hít phải.",
    ),
    (
        "mUo110",
        "en",
        "en_aim_heatpump",
        "Heat-pump dryer technology for homes and laundries",
        "A heat-pump manufacturer describes closed-loop condensation drying in which a refrigerant circuit heats the drum air "
        "and condenses moisture into a tank or drain, reducing energy use and greenhouse emissions for households and "
        "commercial laundry facilities.",
    ),
    (
        "mUo111",
        "vi",
        "vi_24h_maysay",
        "Máy sấy quần áo thông hơi và bơm nhiệt cho gia đình, giá từ 4 đến 30 triệu",
        "Siêu thị điện máy bán máy sấy quần áo mùa nồm ẩm: máy sấy thông hơi giá trung bình 5-10 triệu đồng, sấy nhanh, rẻ nhưng tốn "
        "điện và cần lối thoát khí; máy sấy bơm nhiệt cao cấp tái sử dụng nhiệt, tiết kiệm điện, sấy nhiệt độ thấp, giá tới gần 30 "
        "triệu đồng.",
    ),
    # --- energy for laundries: solar and biomass ---
    (
        "mUo112",
        "en",
        "en_greenclean_solar",
        "Solar thermal preheating for laundromats",
        "A solar installer fitted a laundromat with 50 washing machines, some holding 75 lb, needing almost 10,000 gallons of "
        "hot water a day, with solar water heating at no installation cost to the owner and permanently lower hot-water bills; "
        "rooftop panels heat a fluid that transfers heat to storage tanks feeding the normal hot-water system.",
    ),
    (
        "mUo113",
        "en",
        "en_coinop_solar",
        "Solar hot-water design and installation for self-service laundries",
        "A solar company reviews a laundry's water heater, tank and boiler, then combines copper solar hot-water panels that "
        "preheat the water with high-efficiency heating equipment; a well-known large laundromat runs a 36-panel solar "
        "hot-water system.",
    ),
    (
        "mUo114",
        "vi",
        "en_soletk_hotel",
        "Hệ thống nước nóng năng lượng mặt trời cho khách sạn: thiết kế, công suất, hoàn vốn",
        "Nhà sản xuất thiết bị nhiệt mặt trời thiết kế hệ nước nóng cho khách sạn: tách bộ thu trên mái và bồn chứa trong nhà nối "
        "bằng vòng kín có bơm, thêm bộ gia nhiệt phụ cho giờ cao điểm sáng và tối (tắm, giặt); phù hợp khi nhu cầu nước nóng quanh "
        "năm, mái không bị che và đang dùng điện, LPG hoặc dầu đắt.",
    ),
    (
        "mUo115",
        "vi",
        "vi_greenboiler_trau",
        "Lò hơi đốt trấu công nghệ tầng sôi",
        "Công ty cơ nhiệt chế tạo lò hơi đốt trấu, tận dụng phụ phẩm xay xát lúa dồi dào ở đồng bằng sông Cửu Long: vỏ trấu chứa khoảng "
        "75% chất hữu cơ dễ bay hơi nên cháy tốt; đốt trong lớp sôi để cháy kiệt, giảm phát thải; đốt được cả mùn cưa, vỏ cây, vỏ cà "
        "phê; trấu được đưa lên silo rồi cấp tự động vào buồng đốt.",
    ),
    (
        "mUo116",
        "vi",
        "vi_kimtruongphuc_biomass",
        "Lò hơi biomass đốt trấu, bã mía, mùn cưa cho nhà máy",
        "Doanh nghiệp cung cấp lò hơi biomass dùng nhiên liệu tái tạo từ phụ phẩm nông lâm nghiệp như trấu, bã mía, mùn cưa, dăm gỗ, "
        "vỏ hạt để sinh nhiệt, hơi cho sản xuất với chi phí nhiên liệu thấp, kèm lưu ý vận hành để tiết kiệm chi phí.",
    ),
    (
        "mUo117",
        "en",
        "vi_greenboiler_tangsoi",
        "Fluidised-bed biomass boilers for industrial steam",
        "A Vietnamese boiler maker builds fluidised-bed boilers burning biomass to supply steady steam or superheated steam for "
        "drying, heating, sterilising and process heat in textiles, food, paper and other industries, as a lower-cost, lower-"
        "carbon alternative to fossil-fuel boilers.",
    ),
    (
        "mUo118",
        "en",
        "en_evolution_solar",
        "Solar thermal systems for hotels, condos and nursing homes",
        "A solar energy firm installs solar thermal systems for hotels, condominiums and nursing homes, where showers, pools and "
        "laundries drive hot-water demand and water heating can reach a third of a hotel's energy use; pools can serve as heat "
        "storage.",
    ),
    # --- microfibres from washing machines ---
    (
        "mUo119",
        "en",
        "en_terralinen",
        "Washing-machine filters that capture microplastic fibres",
        "An outlet for textile care explains the filter options for catching microplastics from laundry: external filters on the "
        "discharge hose, built-in filters in newer machines and laundry balls inside the drum; none captures 100% but studies show "
        "they greatly reduce fibres reaching wastewater.",
    ),
    (
        "mUo120",
        "en",
        "en_englandnaturally",
        "Microfibre filter with take-back of captured fibres",
        "A shop supplies a microfibre filter fitted to the washing machine outlet that works like a sieve to trap synthetic "
        "fibres under 5 mm from polyester, nylon and acrylic clothes; captured fibres can be sent back for recycling rather "
        "than reaching rivers and the sea.",
    ),
    (
        "mUo121",
        "vi",
        "en_slowrooted",
        "Bộ lọc vi nhựa gắn ống xả máy giặt gia đình",
        "Giới thiệu và tư vấn chọn bộ lọc vi nhựa cho máy giặt: sợi tổng hợp từ polyester, nylon bong ra khi giặt, một mẻ có thể thải "
        "hàng trăm nghìn sợi, đi qua trạm xử lý nước thải ra sông biển; bộ lọc giữ lại các hạt nhỏ hơn 5 mm trước khi nước chảy đi.",
    ),
    # --- hotel housekeeping and linen process ---
    (
        "mUo122",
        "vi",
        "vi_horeca_thugom",
        "Đào tạo quy trình thu gom đồ giặt khách sạn",
        "Trường đào tạo nghiệp vụ khách sạn hướng dẫn chuẩn hoá khâu thu gom đồ giặt: đồ nội bộ (khăn, ga, áo gối, đồng phục) thu theo "
        "lịch 2-3 lần/ngày, đồ khách có phiếu yêu cầu và túi giặt, ký nhận hai bên, không gom chung đồ khách với đồ nội bộ; kèm xe "
        "đẩy, máng thả đồ và biểu mẫu bàn giao ca.",
    ),
    (
        "mUo123",
        "vi",
        "vi_horeca_thuengoai",
        "Kiểm soát dịch vụ giặt thuê ngoài cho khách sạn dưới 100 phòng",
        "Hướng dẫn khách sạn nhỏ và vừa thuê ngoài dịch vụ giặt mà không bị động: khi nào nên thuê ngoài (dưới 100 phòng, chưa có mặt "
        "bằng), cấu trúc hợp đồng với cam kết chất lượng, lịch giao nhận, trách nhiệm đồ mất hỏng, cơ chế điều chỉnh giá và cách giám "
        "sát từng mẻ.",
    ),
    (
        "mUo124",
        "vi",
        "vi_dulichsaigon_laundry",
        "Đào tạo nhân sự bộ phận Laundry khách sạn",
        "Trường cao đẳng du lịch đào tạo nhân viên bộ phận giặt là khách sạn: giặt, là ủi, bảo quản chăn ga, khăn, rèm, đồng phục và "
        "đồ của khách; phân loại, giặt ướt, giặt khô, khử trùng; kiểm soát số lượng và sử dụng thiết bị, hoá chất chuyên dụng.",
    ),
    (
        "mUo125",
        "vi",
        "vi_thanhthuy_quytrinh",
        "Cung cấp chăn ga khách sạn kèm hướng dẫn quy trình giặt",
        "Xưởng sản xuất chăn ga gối cho khách sạn hướng dẫn quy trình giặt: thu gom sau khi khách trả phòng vào giờ cố định, mang đến "
        "khu giặt không kéo lê, nệm bẩn xử lý tại phòng, phân loại theo chất liệu vải trước khi giặt.",
    ),
    (
        "mUo126",
        "en",
        "vi_bloggiamgia_changa",
        "Five-step routine to keep hotel bed linen white and colour-fast",
        "A hotel linen guide gives rules for using and washing hotel bedding: change and wash on schedule, sort by fabric, use "
        "industrial washers with suitable detergents and temperatures, so that sheets stay white and keep colour and "
        "housekeeping staff time is used well.",
    ),
    # --- schools and boarding facilities ---
    (
        "mUo127",
        "en",
        "en_chotadhobi_school",
        "Specialised laundry service for schools and colleges",
        "A laundry company serves educational institutions, including residential schools and colleges, washing uniforms, "
        "bedding and towels in large volumes with disinfecting detergents and machines sized for high loads, to keep hygiene "
        "standards and cut the spread of colds, flu and skin infections.",
    ),
    (
        "mUo128",
        "en",
        "en_tuckers_student",
        "Dorm laundry pickup with colour-coded bags and tickets",
        "A campus laundry service delivers colour-coded, labelled laundry bags and schedules to student rooms, collects bags "
        "from a pickup point in each dorm on set days, returns clean laundry, and handles dry cleaning by ticket with an item "
        "count.",
    ),
    (
        "mUo129",
        "vi",
        "en_getitpal_uniform",
        "Giặt, bảo quản đồng phục cho trường học",
        "Dịch vụ giặt đồng phục cho trường học, cao đẳng theo cách tiếp cận trọn vòng đời: nhà sản xuất cung cấp vải và phụ liệu "
        "chịu được giặt chuyên nghiệp và hướng dẫn bảo quản; nhà trường chọn đơn vị giặt uy tín làm đúng quy trình để đồng phục bền, "
        "đẹp.",
    ),
    (
        "mUo130",
        "vi",
        "en_rgshw_boarders",
        "Tổ chức giặt là nội bộ cho ký túc xá học sinh",
        "Mô hình giặt là trong trường nội trú: đồ bẩn bỏ vào xe đẩy ở phòng giặt, tất và đồ lót cho vào túi lưới, tách đồ sáng tối; "
        "ga giường giặt luân phiên hai tuần một lần vào ngày quy định; giày bẩn để ở phòng giày; học sinh nhận đồ sạch trên kệ sau giờ "
        "học.",
    ),
    # --- distractors: neighbouring fields sharing words with the needs ---
    (
        "mUo131",
        "en",
        "en_epa_dishwasher",
        "Water-efficient commercial dishwashers that reuse wash water",
        "A water-efficiency programme guides commercial kitchens on dishwashers, which can use over a third of a kitchen's "
        "water: undercounter units for under 60 people a day, door-type for about 150, conveyor for up to 300 and flight-type "
        "for more; the most efficient reuse water between loads via holding tanks instead of fill-and-dump.",
    ),
    (
        "mUo132",
        "en",
        "en_cornhusker_dishes",
        "Pre-rinse spray valves and ENERGY STAR dishwashers for restaurants",
        "A utility energy programme helps restaurants cut hot water in dishrooms: replacing an old pre-rinse spray valve saves "
        "over 7,000 gallons a year, and ENERGY STAR commercial dishwashers are on average 40% more energy- and water-efficient.",
    ),
    (
        "mUo133",
        "vi",
        "en_carwash_reclaim",
        "Hệ thống tái chế nước cho tiệm rửa xe",
        "Giải pháp thu hồi nước rửa xe trong vòng kín: thu nước đã rửa, lọc bỏ đất cát, xà phòng, dầu mỡ rồi trữ lại để rửa xe tiếp "
        "theo, giảm mạnh lượng nước máy mua vào và tiền nước cho cơ sở rửa xe.",
    ),
    (
        "mUo134",
        "en",
        "en_carwash_process",
        "Multi-stage water reclaim process for car washes",
        "A car-wash consultant explains reclaim systems step by step: settling tanks for grit, filtration, and sanitising of "
        "reclaimed water so it can be reused in the early stages of the next vehicle wash, with many sites reclaiming most of "
        "their wash water.",
    ),
    (
        "mUo135",
        "en",
        "en_pisrt_dyeing",
        "Treatment of textile dyeing effluent: oxidation, physical and biological methods",
        "A textile engineering review compiles the characteristics of dyeing-plant effluent (azo, vat, reactive and disperse "
        "dyes, heavy metals, chlorine) and its harm to aquatic life, and compares oxidation, physical and biological methods "
        "for treating dye-house wastewater before discharge.",
    ),
    (
        "mUo136",
        "vi",
        "vi_detnhuom_123",
        "Thiết kế hệ thống xử lý nước thải dệt nhuộm công suất 1000 m³/ngày đêm",
        "Đồ án thiết kế hệ thống xử lý nước thải cho nhà máy dệt nhuộm công suất 1000 m³/ngày đêm: đặc tính nước thải có màu thuốc "
        "nhuộm, hoá chất trợ nhuộm, công nghệ xử lý hoá lý và sinh học, tính toán các bể.",
    ),
    (
        "mUo137",
        "en",
        "en_intech_textile",
        "State-of-the-art treatment technologies for dye-containing textile wastewater",
        "A book chapter reviews membrane separation, ultrasonic, photochemical and electrochemical methods such as "
        "electrocoagulation-electrooxidation and sono-oxidation for treating textile dye-house wastewater, as alternatives to "
        "conventional coagulation, adsorption and biological decolourisation.",
    ),
    (
        "mUo138",
        "vi",
        "vi_giatmem",
        "Giặt mềm vải và hàng may mặc mới sản xuất: enzyme, đá bọt, silicon",
        "Dịch vụ giặt mềm cho xưởng may: loại bỏ bụi, keo, hồ vải còn sót từ sản xuất, làm vải mềm, giảm co rút, tạo độ rũ; các "
        "phương pháp giặt nước, giặt enzyme cho denim và cotton, giặt đá bọt làm bạc màu jeans, giặt silicon.",
    ),
    (
        "mUo139",
        "en",
        "en_denim_tunnel",
        "Tunnel washers for denim garment wet processing",
        "A denim wet-processing course explains continuous tunnel washers used in garment laundries for jeans: continuous "
        "feeding, sequential chambers for each treatment step, and where these machines fit and do not fit in denim washing.",
    ),
    (
        "mUo140",
        "vi",
        "vi_phongphu_wash",
        "Nâng cấp hệ thống xử lý nước thải nhà máy wash hàng may mặc lên 2000 m³/ngày",
        "Khoá luận đánh giá hệ thống xử lý nước thải 1000 m³/ngày của một nhà máy thời trang có công đoạn wash (giặt hoàn tất) quần "
        "áo may sẵn và đề xuất nâng cấp lên 2000 m³/ngày để đáp ứng sản lượng gấp đôi, nâng hiệu quả xử lý trước khi xả.",
    ),
    (
        "mUo141",
        "vi",
        "vi_visitech_hap",
        "Máy hấp tiệt trùng dụng cụ y tế và phòng thí nghiệm",
        "Công ty thiết bị khoa học cung cấp máy hấp tiệt trùng nhiệt độ cao cho bệnh viện và phòng thí nghiệm: tiệt trùng dao, kéo, "
        "kẹp, ống nội soi phẫu thuật, quần áo phẫu thuật, môi trường nuôi cấy và mẫu thải sinh học, chai lọ trong ngành thực phẩm.",
    ),
    (
        "mUo142",
        "vi",
        "vi_baominh_hap",
        "Nồi hấp tiệt trùng hơi nước chân không cho cơ sở y tế",
        "Nhà phân phối thiết bị y tế cung cấp nồi hấp tiệt trùng hơi nước (autoclave) xếp loại C theo Thông tư 05/2022/TT-BYT: nồi "
        "đun tạo hơi nén vào buồng, hơi nóng áp suất cao phá cấu trúc protein vi khuẩn và bào tử; so sánh kiểu xả hơi trọng lực và "
        "kiểu hút chân không.",
    ),
    (
        "mUo143",
        "vi",
        "vi_daudua",
        "Dầu dừa nguyên chất làm thủ công",
        "Cơ sở chiết xuất tinh dầu dừa thủ công đóng chai 100-200 ml, giá 80.000-220.000 đồng, bán lẻ và cung cấp cho spa, thẩm mỹ "
        "viện, dùng chăm sóc da và tóc.",
    ),
    (
        "mUo144",
        "vi",
        "vi_lg_nhietdo",
        "Hướng dẫn chọn nhiệt độ nước cho máy giặt gia đình",
        "Hãng điện tử hướng dẫn người dùng chọn nhiệt độ giặt cân bằng giữa hiệu quả làm sạch, bảo vệ vải và tiết kiệm điện: nước "
        "nóng hoà tan dầu mỡ, khử trùng nhưng có thể làm phai, co vải; 80-90% điện năng máy giặt dùng để làm nóng nước.",
    ),
    (
        "mUo145",
        "vi",
        "vi_sua247_longgiat",
        "Dịch vụ vệ sinh lồng máy giặt gia đình",
        "Dịch vụ sửa chữa điện máy hướng dẫn và vệ sinh lồng giặt: chế độ Tub Clean, Eco Drum Clean dùng nước 60-70°C và quay tốc độ "
        "cao để loại cặn bẩn, vi khuẩn, nấm mốc tích tụ trong lồng máy giặt, giữ hiệu suất và tuổi thọ máy.",
    ),
    (
        "mUo146",
        "vi",
        "vi_somat_muoi",
        "Muối làm mềm nước cho máy rửa bát",
        "Sản phẩm muối chuyên dụng để làm mềm nước trong máy rửa bát, giúp bộ làm mềm của máy hoạt động, chén bát không bị đóng cặn "
        "vôi và vệt trắng.",
    ),
    (
        "mUo147",
        "vi",
        "vi_ruatay_sonla",
        "Tập huấn rửa tay thường quy cho nhân viên y tế",
        "Nghiên cứu ở một bệnh viện đa khoa tỉnh khảo sát 285 nhân viên y tế: 79,6% biết rửa tay thường quy 6 bước, 61,0% biết thời "
        "gian tối thiểu, kiến thức đạt yêu cầu 72,6%; đề xuất tuyên truyền, tập huấn nâng cao thực hành rửa tay.",
    ),
    (
        "mUo148",
        "vi",
        "vi_baoho_khangkhuan",
        "Quần áo bảo hộ bằng vải kháng khuẩn cho ngành y tế",
        "Đề tài của một trường đại học công nghiệp nghiên cứu và thiết kế quần áo bảo hộ dùng vật liệu may có tính năng đặc biệt: "
        "vải xử lý hoàn tất kháng khuẩn chống tụ cầu, E. coli, trực khuẩn mủ xanh, khảo sát nhu cầu ở bệnh viện và nhà máy thực phẩm.",
    ),
    (
        "mUo149",
        "vi",
        "vi_thamluong",
        "Xử lý sinh học nước thải công nghiệp trên kênh",
        "Luận văn xử lý nước thải công nghiệp của một kênh đô thị bằng biện pháp sinh học: sau xử lý nước đạt loại bẩn vừa, BOD5 "
        "0,9-6,3 mg/L, COD 4,4-16,6 mg/L, đạt tiêu chuẩn TCVN 5945-1995 để xả ra môi trường.",
    ),
    (
        "mUo150",
        "vi",
        "vi_nuocthai_sinhhoat",
        "Trạm xử lý nước thải sinh hoạt cho khu dân cư",
        "Công ty bơm và môi trường cung cấp công nghệ xử lý nước thải sinh hoạt khu dân cư (tắm giặt, vệ sinh, lau nhà): song chắn "
        "rác, bể tách dầu mỡ, bể điều hoà, bể vi sinh hiếu khí, bể lắng, khử trùng rồi xả ra nguồn tiếp nhận.",
    ),
    (
        "mUo151",
        "en",
        "en_gist_uhf",
        "UHF RFID tags for retail inventory and checkout",
        "A developer draft explains UHF (Gen 2, RAIN) passive RFID tags with read ranges up to 10 m, used by large retailers for "
        "inventory control, barcode-less checkout and theft prevention, and proposes a free identifier scheme because GS1 "
        "and ISO prefixes carry annual fees.",
    ),
    (
        "mUo152",
        "en",
        "en_washtag",
        "Bluetooth tag that counts how often a garment is worn and washed",
        "An open-source project offers a small Bluetooth Low Energy tag and app that records garment wear and washing, so "
        "households wash jeans or sweaters less often, saving water, energy and detergent and extending clothing life.",
    ),
    (
        "mUo153",
        "vi",
        "vi_nemgiuong_vesinh",
        "Vệ sinh nệm, chăn, ra, gối cho resort và khách sạn",
        "Đơn vị cung cấp chăn ga gối nệm hướng dẫn vệ sinh đồ ngủ cho khu nghỉ dưỡng và khách sạn 3-5 sao: loại bụi, vi khuẩn, nấm "
        "mốc, chất gây dị ứng, xử lý vết bẩn trên nệm, giữ độ bền sản phẩm và hình ảnh thương hiệu.",
    ),
    (
        "mUo154",
        "en",
        "en_forums_restaurant_solar",
        "Solar hot water for restaurant dishwashing",
        "A solar installer sizes commercial solar hot water for restaurants and bars that constantly rinse and sanitise dishes, "
        "using the dishwasher model's water per load, weekly load counts and the gas bill to estimate the water-heating share.",
    ),
    (
        "mUo155",
        "vi",
        "vi_megasun_bomnhiet",
        "Máy bơm nhiệt nước nóng thay bình nóng lạnh",
        "Công ty năng lượng giới thiệu máy bơm nhiệt (heat pump) đun nước nóng: đặc điểm, so sánh với bình nóng lạnh điện trở về điện "
        "năng tiêu thụ và ứng dụng cho gia đình, khách sạn cần nhiều nước nóng sinh hoạt.",
    ),
    (
        "mUo156",
        "vi",
        "vi_say_nongsan",
        "Phương pháp và thiết bị sấy nông sản",
        "Tài liệu về sấy nông sản: phơi tự nhiên, sấy năng lượng mặt trời trực tiếp và gián tiếp, sấy đối lưu, bức xạ, tiếp xúc, "
        "thăng hoa; thiết bị sấy đơn giản, chi phí thấp cho hộ nông dân.",
    ),
    (
        "mUo157",
        "vi",
        "vi_vesinh_nhaxuong",
        "Dịch vụ vệ sinh công nghiệp nhà xưởng",
        "Công ty môi trường nhận vệ sinh công nghiệp nhà xưởng sau thời gian hoạt động: làm sạch sàn, máy móc, trần tôn bám bẩn, mạng "
        "nhện.",
    ),
    (
        "mUo158",
        "en",
        "vi_vnexpress_aophao",
        "Home care guide for washing down jackets without clumping",
        "Cleaning-service experts give households steps to wash puffer jackets at home instead of taking them to a dry cleaner: "
        "pre-treat collar and cuff stains with mild detergent or oxygen bleach paste for 15 minutes, soak dull jackets in cold "
        "water with oxygen bleach for 30 minutes, then hand-wash gently.",
    ),
    (
        "mUo159",
        "vi",
        "vi_kenh14_giatkho",
        "Giải đáp: có tự giặt khô tại nhà được không",
        "Bài tư vấn tiêu dùng giải thích giặt khô dùng dung môi PERC, hydrocarbon hay siloxane D5 thay nước để hạn chế co rút cho đồ "
        "vest, dạ, lụa, cashmere, và vì sao hầu như không thể tự giặt khô tại nhà: dung môi không an toàn, cần máy chuyên dụng có "
        "khoang kín.",
    ),
    (
        "mUo160",
        "en",
        "en_cotton_processing",
        "Cotton textile processing: waste generation and effluent treatment",
        "A review of cotton textile processing (desizing, mercerising, bleaching, dyeing, printing, finishing) and its water, "
        "energy and waste burden, with advanced effluent treatments such as electro-oxidation, bio-treatment, photochemical and "
        "membrane processes for textile mills.",
    ),
]
