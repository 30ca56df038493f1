"""Offers of the holdout99 set (vehicle and farm-machine repair): (id, language, source key, title, description)."""

OFFERS = [
    # farm machines
    (
        "lWo001",
        "vi",
        "ag_camau",
        "Đội thợ lưu động bảo dưỡng máy gặt đập liên hợp trước vụ",
        "Đại lý máy nông nghiệp có đội sửa chữa 4 người đi tận các ấp vệ sinh, tra dầu mỡ và thay chi tiết hư cho "
        "máy gặt đập liên hợp sau mỗi vụ; bình quân khoảng 10 máy mỗi tháng, chi phí khoảng 400.000 đồng mỗi lần.",
    ),
    (
        "lWo002",
        "vi",
        "ag_camau",
        "Bảo trì động cơ máy cày, máy kéo lúa và động cơ ghe sau mùa vụ",
        "Thợ cơ khí học qua trường nghề nhận sửa động cơ máy cày, máy kéo lúa, máy gặt tại chỗ; hết vụ chuyển sang "
        "bảo trì máy ghe chở lúa, ghe hàng, làm từ sáng tới chiều cho xong việc.",
    ),
    (
        "lWo003",
        "vi",
        "ag_giaotrinh",
        "Đào tạo sơ cấp nghề vận hành máy gặt đập liên hợp – bảo dưỡng bộ phận thu cắt",
        "Khóa học theo giáo trình mô đun MĐ03: điều chỉnh guồng gạt, góc răng cào, thanh dao và vít tải lúa, xử lý "
        "lỗi lúa quấn vào răng hoặc bị hất ra ruộng; dành cho người vận hành và thợ sửa máy gặt.",
    ),
    (
        "lWo004",
        "vi",
        "ag_kubota",
        "Bảo hành, bảo dưỡng định kỳ máy kéo, máy cấy chính hãng",
        "Nhà phân phối bảo hành khi máy được bảo dưỡng đúng sổ tay, dùng phụ tùng chính hiệu và nhớt đúng chuẩn; "
        "lọc nhớt, lọc gió, lọc nhiên liệu, dây curoa, bugi, phớt là vật tư hao mòn được thay theo định kỳ.",
    ),
    (
        "lWo005",
        "vi",
        "ag_luanvan",
        "Máy gặt đập liên hợp cỡ nhỏ chế tạo trong nước",
        "Đề tài cải tiến và chế tạo thử máy gặt đập liên hợp công suất 2–3 ha/ngày cho đồng bằng sông Cửu Long, giúp "
        "chi phí thu hoạch còn khoảng 1,4 triệu đồng/ha so với 1,8–2 triệu đồng/ha khi gặt tay.",
    ),
    (
        "lWo006",
        "vi",
        "ag_luanvan",
        "Dịch vụ gặt lúa thuê bằng máy gặt đập liên hợp",
        "Tổ dịch vụ nhận thu hoạch lúa cho nông hộ vụ đông xuân và hè thu, giá khoảng 1,4 triệu đồng/ha, giải quyết "
        "thiếu nhân công khi cả vùng xuống giống đồng loạt.",
    ),
    (
        "lWo007",
        "vi",
        "ag_songhao",
        "Bán máy cấy lúa kèm bảo hành của hãng",
        "Đại lý ở An Giang cung cấp máy cấy lúa mới với chính sách bảo hành; không bảo hành hư hỏng do thiên tai, dùng "
        "sai nhiên liệu, nông cụ không phù hợp hoặc tự ý cải tiến.",
    ),
    (
        "lWo008",
        "en",
        "ag_farmprog",
        "Pre-season combine inspection by an implement dealer",
        "The dealer's service department runs winter checkups of combines to find worn parts before harvest; "
        "customers who invest most in the inspection are the first to book again because it cuts field downtime.",
    ),
    (
        "lWo009",
        "en",
        "ag_dtn",
        "29-point pre-harvest checklist and crew training for harvest machinery",
        "A farm operations team shares the 29-point combine and tractor inspection list its operators check and sign "
        "before wheat harvest and again before corn and soybeans, cutting breakdowns in the harvest motor pool.",
    ),
    (
        "lWo010",
        "en",
        "ag_agupdate",
        "End-of-season combine wear survey and clean-out",
        "After harvest, heads, stripper plates, gathering chains, elevators, sieves and sprockets are inspected and "
        "worn parts listed for winter replacement; the machine is blown clean so rodents do not chew the wiring.",
    ),
    (
        "lWo011",
        "en",
        "ag_fwr",
        "Maintenance records and shop scheduling for a farm machinery fleet",
        "Record system that cycles each machine through the shop about 60 days before it is needed, logging oil, "
        "filters, grease points and worn parts for roughly 100 items from chainsaws to 500 hp tractors.",
    ),
    (
        "lWo012",
        "en",
        "ag_roc",
        "Tractor rehabilitation, overhaul and certification scheme",
        "Idle tractors are rebuilt with current-specification engine, clutch, gearbox and hydraulics, re-sprayed, "
        "re-registered and warranted, for about 75% of the price of an equivalent new tractor.",
    ),
    (
        "lWo013",
        "en",
        "ag_colostate",
        "Reconditioned 65 hp tractors for village contract ploughing",
        "Supply of reconditioned four-wheel 65 hp tractors to owner-operators who sell ploughing and haulage services "
        "to smallholder farmers.",
    ),
    (
        "lWo014",
        "en",
        "ag_ghana",
        "Tractor operator maintenance training designed from a field survey",
        "Course built on a survey of 101 operators: 62% had no formal operating training, 78% had broken hour meters "
        "and 97% parked in the open; covers lubrication intervals, hour-meter use and sheltered storage.",
    ),
    (
        "lWo015",
        "en",
        "ag_enginebuilder",
        "Rebuilding diesel engines of farm equipment",
        "An engine machine shop extends its car and truck rebuilding to agricultural engines, such as self-propelled "
        "swathers with 110 hp diesels, sprayers and tractors.",
    ),
    (
        "lWo016",
        "en",
        "ag_africa",
        "Advisory on tractor hire-service business models",
        "Policy study of bottlenecks met by small tractor-hire firms, comparing government and private schemes and "
        "recommending how donors and dealers should support mechanisation programmes.",
    ),
    # used oil and filters
    (
        "lWo017",
        "vi",
        "oil_skzic",
        "Thu gom, xử lý dầu nhớt đã qua sử dụng cho gara và doanh nghiệp",
        "Doanh nghiệp nhận dầu thải đã chứa trong thùng tại gara; phần tái chế được đem tái sinh, phần cặn không dùng "
        "lại được tiêu hủy đúng quy định thay cho cách đun sôi hở hay lọc đất sét gây khí độc.",
    ),
    (
        "lWo018",
        "vi",
        "oil_moitruong",
        "Hợp đồng thu gom chất thải nguy hại cho cơ sở sửa xe ô tô, xe máy",
        "Đơn vị có chức năng nhận dầu mỡ thải, giẻ lau dính dầu từ xưởng và lập chứng từ theo Luật Bảo vệ môi trường "
        "2020, thay cho việc bán dầu thải trôi nổi khoảng 2 triệu đồng mỗi thùng 200 lít.",
    ),
    (
        "lWo019",
        "vi",
        "oil_123doc",
        "Khảo sát và đề xuất quản lý dầu nhớt thải từ tiệm rửa xe, thay nhớt",
        "Nhóm nghiên cứu môi trường lập sơ đồ đường đi của dầu nhớt từ xưởng bảo dưỡng, tiệm rửa xe thay nhớt, cây "
        "xăng và đề xuất giải pháp quản lý cho chính quyền địa phương.",
    ),
    (
        "lWo020",
        "vi",
        "oil_tieuluan",
        "Công nghệ tái sinh dầu bôi trơn từ dầu động cơ thải",
        "Quy trình tái chế dầu động cơ thải thành dầu gốc; dầu động cơ chiếm khoảng 70% lượng dầu bôi trơn tiêu thụ ở "
        "Việt Nam nên nguồn nguyên liệu cho nhà máy tái sinh rất lớn.",
    ),
    (
        "lWo021",
        "vi",
        "oil_kienthuc",
        "Kiểm nghiệm dầu nhớt để phát hiện nhớt tái chế kém chất lượng",
        "Phòng thí nghiệm phân tích mẫu nhớt bán trên thị trường, nhận diện nhớt nấu lại từ dầu thải pha phụ gia vốn "
        "bán 12.000–13.000 đồng/lít và gây hại động cơ.",
    ),
    (
        "lWo022",
        "vi",
        "oil_sanjose",
        "Điểm nhận vỏ can nhớt rỗng và giẻ lau dính dầu",
        "Chương trình thu nhận can dầu động cơ rỗng và giẻ dính dầu như chất thải nguy hại, kèm hướng dẫn không dùng "
        "lại can cũ để đựng hóa chất khác.",
    ),
    (
        "lWo023",
        "en",
        "oil_earth911",
        "Used motor oil and filter drop-off locator",
        "Online directory that finds collection points for used motor oil and oil filters, including auto shops and "
        "household hazardous waste sites.",
    ),
    (
        "lWo024",
        "en",
        "oil_hsw",
        "Re-refining collected used engine oil",
        "Collected used oil from businesses and home mechanics is re-refined into lubricant again and again instead "
        "of being poured into ditches that reach rivers and water supplies.",
    ),
    (
        "lWo025",
        "en",
        "oil_charleston",
        "Community used-oil collection programme",
        "Collection points feed re-refining: one gallon of used oil gives the 2.5 quarts of lubricant that otherwise "
        "take 42 gallons of crude, and one quart dumped can foul 250,000 gallons of water.",
    ),
    (
        "lWo026",
        "en",
        "oil_engfix",
        "Bulk used-oil pickup for repair shops and quick-lube centres",
        "Licensed collectors buy or collect used motor oil in bulk from garages; consumer drop-off points usually "
        "accept up to five gallons per visit.",
    ),
    (
        "lWo027",
        "en",
        "filt_mass",
        "Oil filter crusher for repair shops",
        "A press squeezes a used filter into a puck of scrap steel in 10–15 seconds and collects the oil; crushed "
        "filters are recycled as scrap metal rather than handled as hazardous waste after 12 hours of draining.",
    ),
    (
        "lWo028",
        "en",
        "filt_p2",
        "Hot-draining and crushing procedure for used oil filters",
        "Procedure: gravity hot-drain non-terne-plated filters for at least 12 hours, keep them unmixed with listed "
        "wastes, then crush them for steel recycling, as done at a naval station.",
    ),
    (
        "lWo029",
        "en",
        "filt_epa",
        "Guidance on puncturing and hot-draining oil filters",
        "Fact sheet for shops: puncture the filter dome, hot-drain near engine temperature by one of four methods, "
        "and watch for old tin-lead plated filters on vehicles not serviced for years.",
    ),
    (
        "lWo030",
        "en",
        "filt_mass",
        "Waste-oil fired space heater for workshops",
        "Heater that burns the used oil a shop collects from oil changes to heat the work bays through winter.",
    ),
    (
        "lWo031",
        "vi",
        "oil_tieuluan",
        "Sản xuất dầu nhớt động cơ đa cấp mới",
        "Dầu bôi trơn giảm ma sát, chống mài mòn, làm mát và làm kín động cơ, đủ chủng loại từ thấp đến cao cấp cho "
        "xe máy, ô tô và máy móc.",
    ),
    (
        "lWo032",
        "en",
        "oil_charleston",
        "Stormwater drain marking and public outreach",
        "City stormwater programme that marks drains and runs outreach so residents know storm drains flow untreated "
        "to creeks.",
    ),
    # wash water
    (
        "lWo033",
        "vi",
        "ww_camle",
        "Mô hình xử lý nước thải rửa xe quy mô nhỏ",
        "Kết quả nghiên cứu đặc tính nước thải rửa xe (đất cát, chất lơ lửng, dầu mỡ) và mô hình thử nghiệm xử lý phù "
        "hợp cho các tiệm rửa xe ở quận Cẩm Lệ, Đà Nẵng.",
    ),
    (
        "lWo034",
        "vi",
        "ww_bachhoa",
        "Bể tách dầu cho xưởng sửa chữa ô tô xin giấy phép xả thải",
        "Cung cấp, lắp đặt bể tách dầu để nước thải xưởng đạt QCVN 40:2011/BTNMT trước khi xả và hỗ trợ hồ sơ giấy "
        "phép xả thải cho cơ sở thuộc diện quan trắc.",
    ),
    (
        "lWo035",
        "vi",
        "ww_vinacee",
        "Thiết kế hệ thống xử lý nước thải gara sửa, rửa xe",
        "Đơn vị môi trường thiết kế và lắp hệ thống xử lý nước thải chứa dầu nhớt, xăng, bùn đất cho gara, tránh nước "
        "thải làm tắc cống và tràn lên mặt đường.",
    ),
    (
        "lWo036",
        "en",
        "ww_ufl",
        "Wash-down station with oil-water separator and sludge testing",
        "Vehicles are washed only at a bay with a maintained separator; sludge is tested for metals and solvents "
        "before disposal, testing is annual, and servicing is by a licensed used-oil contractor.",
    ),
    (
        "lWo037",
        "en",
        "ww_ows",
        "Best-practice audit for oil/water separators in fleet workshops",
        "Audit based on a state fact sheet: remove floor drains, clean spills dry, wash without emulsifying "
        "detergents and keep storm water out so the separator really separates.",
    ),
    (
        "lWo038",
        "en",
        "ww_winenfood",
        "Car-wash oil water separator supply and installation",
        "Stainless separators sized to the wash bays skim oil and settle grit before water reaches the sewer, "
        "protecting owners from inspection fines.",
    ),
]
OFFERS += [
    # paint booths and body repair
    (
        "lWo039",
        "en",
        "booth_def",
        "Spray booths for small auto repair shops",
        "Enclosed booth with filtered, temperature-controlled air (about 20–25 °C, 40–60% humidity); electric-heated "
        "models suit small shops, and dry-filter or water-curtain versions capture paint mist and VOCs.",
    ),
    (
        "lWo040",
        "en",
        "booth_pw",
        "Downdraft spray booth with floor exhaust and heated drying",
        "Sealed booth with supply and exhaust purification, valves that keep out dust, no stagnant zones and a "
        "drying mode that holds temperature; single- or two-motor, walk-through or dead-end layouts.",
    ),
    (
        "lWo041",
        "en",
        "booth_gfs",
        "Spray booth permitting and exhaust treatment advice",
        "Help obtaining the permit to operate an air contaminant source before a booth is installed; booth filters "
        "catch particulate only, so exhaust treatment or different coatings may be needed for solvent vapours.",
    ),
    (
        "lWo042",
        "en",
        "booth_albany",
        "Low-VOC coatings and paint-waste handling for body shops",
        "Guidance for refinishers on switching to low-VOC paints and on booth filters, paint dust, floor sweepings, "
        "waste thinners and worker exposure, which may all be hazardous.",
    ),
    (
        "lWo043",
        "en",
        "booth_karres",
        "HVLP spray-gun conversion for vehicle refinishing",
        "Conventional pneumatic spraying reaches about 30% transfer efficiency; HVLP guns raise it by 10–20%. Booths "
        "run at 20–25 °C for spraying and 60 °C for drying, with 50–75 mg/Nm3 solvent in the exhaust.",
    ),
    (
        "lWo044",
        "en",
        "booth_vermont",
        "Emission check to see whether a paint booth needs an air permit",
        "Calculation from safety data sheets against the 5 tons per year threshold: for example 1,250 gallons a year "
        "of a 10 lb/gal coating that is 80% volatile stays just under the limit.",
    ),
    (
        "lWo045",
        "vi",
        "booth_carhanoi",
        "Sơn xịt dạng bình cho chủ xe tự sơn",
        "Bộ sơn xịt cầm tay khoảng 15 bình (màu và bóng) giá chừng 350.000 đồng để chủ xe tự sơn quây, rẻ hơn sơn ở "
        "gara khoảng 8 triệu đồng.",
    ),
    (
        "lWo046",
        "vi",
        "booth_etek",
        "Dây chuyền sơn tĩnh điện cho nhà máy sản xuất",
        "Thiết kế, tối ưu dây chuyền sơn bột tĩnh điện: giữ độ ẩm 40–55% RH, kiểm soát điện áp phun, lưu lượng bột và "
        "nhiệt độ sấy để giảm lỗi chấm kim, rỗ bề mặt.",
    ),
    (
        "lWo047",
        "vi",
        "booth_def",
        "Buồng sơn sấy ô tô gia nhiệt điện cho gara nhỏ",
        "Cung cấp buồng sơn kín có lọc bụi, giữ 20–25 °C và độ ẩm 40–60%, thu bụi sơn bằng bông lọc hoặc màng nước, "
        "giúp lớp sơn không dính bụi và thợ không hít hơi dung môi.",
    ),
    (
        "lWo048",
        "vi",
        "booth_karres",
        "Tư vấn quy trình sơn sửa chữa ô tô nhiều lớp và súng phun HVLP",
        "Hướng dẫn quy trình sơn lót, sơn trung gian, sơn màu, sơn bóng và chuyển sang súng HVLP để tăng hiệu suất bám "
        "sơn thêm 10–20%, giảm sương sơn và dung môi thải.",
    ),
    (
        "lWo049",
        "en",
        "body_dented",
        "Paintless dent repair",
        "Technicians confirm the dent suits PDR, reach behind the panel (removing trim if needed), massage the metal "
        "back with special tools, refit the panels and polish the area.",
    ),
    (
        "lWo050",
        "en",
        "body_miracle",
        "Full-service collision repair: frame, paint and glass",
        "Body shop handling dents, repainting, window replacement and frame straightening; about half of vehicles "
        "in an accident have frame damage that is not visible.",
    ),
    (
        "lWo051",
        "en",
        "body_whisper",
        "Mobile paintless dent repair with photo quotes",
        "Technician reads light reflections to find high and low spots and reshapes metal with many small pushes and "
        "tap-downs; customers text photos of a dent for a price.",
    ),
    (
        "lWo052",
        "vi",
        "body_miracle",
        "Sửa khung sườn, gò hàn và sơn lại xe sau va chạm",
        "Xưởng đồng sơn nhận nắn khung, gò móp, sơn lại và thay kính; khoảng một nửa số xe va chạm bị hư khung mà "
        "mắt thường không thấy.",
    ),
    (
        "lWo053",
        "vi",
        "body_whisper",
        "Nắn móp ô tô không cần sơn lại, báo giá qua ảnh",
        "Thợ dùng phản chiếu ánh sáng để tìm chỗ lồi lõm rồi đẩy nắn từ mặt sau tấm tôn, giữ nguyên sơn zin; khách "
        "gửi ảnh vết móp để được báo giá.",
    ),
    # diagnostics, emissions, air conditioning
    (
        "lWo054",
        "vi",
        "diag_cartek",
        "Đào tạo thợ gara sử dụng chức năng OBD2 để sửa xe",
        "Khóa ngắn cho thợ còn lạ với OBD2: đọc lỗi từ các hộp điều khiển động cơ, ABS, túi khí, táp lô qua giắc "
        "chẩn đoán để tìm đúng cảm biến, mô tơ hư.",
    ),
    (
        "lWo055",
        "vi",
        "diag_cartek",
        "Cung cấp máy chẩn đoán ô tô đa hãng cho gara",
        "Doanh nghiệp bán và hỗ trợ máy chẩn đoán kết nối giắc chẩn đoán của xe, đọc dữ liệu các hộp điều khiển, kèm "
        "dịch vụ bảo dưỡng và tư vấn kỹ thuật.",
    ),
    (
        "lWo056",
        "vi",
        "diag_matcu",
        "Đầu đọc mã lỗi OBDII giá rẻ",
        "Đầu đọc mã cơ bản giá vài trăm nghìn đồng đọc và xóa lỗi phổ thông; máy quét chuyên sâu giá đến hàng chục "
        "triệu đồng cập nhật được mã riêng của từng hãng.",
    ),
    (
        "lWo057",
        "vi",
        "diag_otohui",
        "Hướng dẫn chủ xe đọc mã lỗi OBD bằng ELM327 trên điện thoại",
        "Tài liệu hướng dẫn tìm giắc 16 chân dưới táp lô, kết nối đầu đọc Bluetooth và hiểu mã lỗi khi đèn Check "
        "Engine sáng, áp dụng cho xe đời 1996 trở về sau.",
    ),
    (
        "lWo058",
        "vi",
        "diag_fpga",
        "Thiết bị chẩn đoán OBD-II thiết kế trên FPGA",
        "Đề tài đại học thiết kế thử nghiệm thiết bị đọc mã DTC và dữ liệu động cơ qua chuẩn OBD-II bằng công nghệ "
        "FPGA, hướng tới máy chẩn đoán giá thấp sản xuất trong nước.",
    ),
    (
        "lWo059",
        "en",
        "diag_train",
        "Scan-tool diagnostics course for technicians",
        "Course on retrieving and interpreting trouble codes, live data and readiness monitors, the 16-pin connector "
        "and protocols (CAN on pins 6 and 14), for vehicles with 30 to over 100 control modules.",
    ),
    (
        "lWo060",
        "en",
        "diag_vsp",
        "Professional scan tools for OBD-I and OBD-II vehicles",
        "Shop-grade scan tools and know-how for older OBD-I cars without live data as well as OBD-II vehicles, "
        "using the data stream as the standard's designers intended.",
    ),
    (
        "lWo061",
        "en",
        "diag_obdcodes",
        "Consumer Bluetooth OBD-II scanner",
        "Plug-in scanner costing 30–60 dollars that translates engine fault codes into plain language on a phone so "
        "owners can check a warning light before visiting a shop.",
    ),
    (
        "lWo062",
        "vi",
        "emis_plo",
        "Bảo dưỡng ô tô để không trượt đăng kiểm khí thải",
        "Gara kiểm tra, vệ sinh buồng đốt, thay lọc gió, chỉnh nhiên liệu để xe xăng đạt CO tối đa 3,5% thể tích và "
        "xe diesel bốn kỳ đạt HC dưới 800 ppm.",
    ),
    (
        "lWo063",
        "vi",
        "emis_kenh14",
        "Thiết bị phân tích khí thải CO, HC, CO2, O2 và lambda",
        "Cung cấp máy phân tích khí thải đáp ứng quy trình kiểm định mới từ 1/3, áp mức 1–4 theo năm sản xuất; dùng "
        "cho trạm đăng kiểm và gara tự kiểm tra trước khi đưa xe đi.",
    ),
    (
        "lWo064",
        "vi",
        "emis_soha",
        "Kiểm tra bộ điều tốc, vòi phun, bơm cao áp xe diesel trước đo khói",
        "Dịch vụ cân chỉnh hệ thống nhiên liệu diesel để xe chịu được chu trình gia tốc tự do khi đo khí thải, tránh "
        "vượt tốc gây gãy tay biên, vỡ nắp xi lanh.",
    ),
    (
        "lWo065",
        "en",
        "ac_topmech",
        "A/C recovery, recycling and recharge station",
        "Automated shop station that recovers refrigerant, separates oil, filters moisture, pulls vacuum and "
        "recharges by weight from a vehicle database; a full service takes 45–60 minutes, R1234yf models available.",
    ),
    (
        "lWo066",
        "en",
        "ac_redhill",
        "Automotive AC machines for repair workshops",
        "Supply of recovery and recycling machines so workshops can offer AC servicing without venting "
        "refrigerant, processing recovered gas that is contaminated with water and oil.",
    ),
    (
        "lWo067",
        "en",
        "ac_tomorrow",
        "Refrigerant recovery training for technicians",
        "Training on why and how to recover R-12, R-134a and unknown refrigerants before any AC repair, choosing "
        "fast and accurate recovery units and meeting the no-venting rule.",
    ),
    (
        "lWo068",
        "vi",
        "ac_topmech",
        "Máy thu hồi, tái chế và nạp gas điều hòa ô tô tự động",
        "Trạm nạp gas tự động hút gas cũ, tách dầu, lọc ẩm, hút chân không rồi nạp đúng khối lượng theo dữ liệu xe; "
        "mỗi lần làm khoảng 45–60 phút, có dòng cho gas R1234yf.",
    ),
]
OFFERS += [
    # batteries
    (
        "lWo069",
        "vi",
        "bat_mq",
        "Thu hồi ắc quy chì cũ theo trách nhiệm mở rộng của nhà sản xuất",
        "Mạng lưới điểm nhận ắc quy đã qua sử dụng giúp nhà sản xuất đạt tỷ lệ tái chế tối thiểu 12% theo EPR từ 2024; "
        "mô hình tham khảo Mỹ với 300.000 điểm thu gom và tỷ lệ tái chế 99%.",
    ),
    (
        "lWo070",
        "vi",
        "bat_vinfast",
        "Dây chuyền tái chế ắc quy chì – axit",
        "Quy trình phân loại bình, phục hồi bình còn dùng được, chiết và làm sạch axit, tách nắp, bản cực chì và vỏ "
        "nhựa để thu hồi riêng từng loại vật liệu.",
    ),
    (
        "lWo071",
        "vi",
        "bat_giaphat",
        "Kiểm tra bình ắc quy ô tô bằng đồng hồ điện tử và vôn kế",
        "Dịch vụ đo điện áp, đọc mắt thần, kiểm tra cọc bình sùi bột trắng, vỏ phồng nứt, dây cáp lỏng để kết luận "
        "ắc quy còn tốt, yếu hay hỏng.",
    ),
    (
        "lWo072",
        "vi",
        "bat_nhot",
        "Bảo dưỡng ắc quy định kỳ cho ô tô và xe máy",
        "Vệ sinh cọc bình 2–3 tháng một lần, đo điện áp nghỉ (12,5–12,8 V là tốt, dưới 12,2 V cần sạc, dưới 11,8 V nên "
        "thay), giúp tuổi thọ bình tăng 30–50%.",
    ),
    (
        "lWo073",
        "vi",
        "bat_dongkhanh",
        "Phục hồi ắc quy xe máy yếu",
        "Cửa hàng ắc quy nhận kiểm tra và phục hồi bình xe máy yếu, không giữ điện (tuổi thọ thường 1–3 năm) để đỡ "
        "chi phí thay mới.",
    ),
    (
        "lWo074",
        "vi",
        "bat_vietbao",
        "Chẩn đoán dòng rò điện làm sập bình ô tô",
        "Gara đo dòng tiêu thụ khi tắt máy để tìm thiết bị lắp thêm như định vị GPS gây cạn bình chỉ sau 1–2 ngày dù "
        "vừa thay ắc quy mới.",
    ),
    (
        "lWo075",
        "en",
        "bat_who",
        "Blood-lead and environmental sampling around battery recycling",
        "Method package following WHO guidance: blood lead measurement and soil and dust sampling to assess exposure "
        "in communities near used lead-acid battery recycling.",
    ),
    (
        "lWo076",
        "en",
        "bat_afsea",
        "Environmentally sound recycling programme for used lead-acid batteries",
        "Programme to move battery breaking and smelting out of dense neighbourhoods with no controls; informal "
        "recycling is estimated to affect over 12 million people in developing countries.",
    ),
    (
        "lWo077",
        "en",
        "bat_arbr",
        "Lead exposure assessment for battery breaking workshops",
        "Survey of emission pathways at each recycling step: lead fumes and dust, dumped acid, contaminated soil, "
        "crops, livestock and fish, with recommendations for controls.",
    ),
    (
        "lWo078",
        "en",
        "bat_mq",
        "Take-back network for used lead-acid batteries",
        "Collection points at dealers and repair shops that pass used batteries to licensed recyclers, helping "
        "producers meet Vietnam's 12% minimum recycling rate under extended producer responsibility.",
    ),
    (
        "lWo079",
        "en",
        "bat_giaphat",
        "Battery health testing for car fleets",
        "Technicians test fleet batteries with electronic testers and voltmeters, check terminals, casings and "
        "electrolyte leaks, and report which units are good, weak or failed.",
    ),
    (
        "lWo080",
        "vi",
        "bat_mq",
        "Ắc quy chì mới cho ô tô, xe máy, xe tải",
        "Phân phối ắc quy axit-chì mới cho mọi loại xe cơ giới; ắc quy ô tô thường phải thay khoảng 3 năm một lần.",
    ),
    (
        "lWo081",
        "en",
        "bat_afsea",
        "Secondary lead ingots for battery makers",
        "Trading of recovered secondary lead from used batteries in bulk to battery manufacturers.",
    ),
    (
        "lWo082",
        "en",
        "bat_arbr",
        "Battery separators and lead grids for battery manufacturers",
        "Supply of PVC, polyethylene and glass-microfibre separators and lead-alloy grids used to assemble new "
        "lead-acid battery elements.",
    ),
    # tyres
    (
        "lWo083",
        "vi",
        "tyre_bs",
        "Công nghệ tái chế lốp xe cũ: nghiền thường, nghiền đông lạnh, khử lưu huỳnh",
        "Lốp bỏ được tách tanh thép, nghiền và làm sạch để làm nguyên liệu trải đường, bê tông nhẹ, hạt cao su sân cỏ, "
        "gạch lát hoặc dầu cao su.",
    ),
    (
        "lWo084",
        "vi",
        "tyre_lopcu",
        "Thu gom lốp ô tô cũ từ gara để băm nghiền tái chế",
        "Doanh nghiệp thu lốp hết hạn từ gara, trung tâm bảo dưỡng, phân loại theo cỡ, loại bỏ đinh, đá rồi băm thành "
        "mảnh đồng đều làm nguyên liệu cao su tái chế.",
    ),
    (
        "lWo085",
        "vi",
        "tyre_qb",
        "Đắp lại mặt lốp xe tải, xe buýt",
        "Lốp mòn mặt nhưng thành lốp còn tốt được kiểm tra, vá, mài phẳng, dán dải cao su có rãnh rồi ép và cân chỉnh, "
        "tiết kiệm chi phí so với lốp mới.",
    ),
    (
        "lWo086",
        "vi",
        "tyre_lca",
        "Nhiệt phân lốp xe phế thải và đánh giá vòng đời",
        "Nghiên cứu của Đại học Bách Khoa TP.HCM dùng LCA và phần mềm SimaPro đánh giá tác động môi trường của công "
        "nghệ nhiệt phân lốp cao su phế thải.",
    ),
    (
        "lWo087",
        "vi",
        "tyre_scp",
        "Thảm cao su tái chế từ vỏ lốp",
        "Sản xuất thảm cao su ép nhiệt từ lốp cũ: mỗi lốp xe tải cho khoảng 3 m² thảm, lốp xe con 1,5 m²; Việt Nam thải "
        "khoảng 180.000 tấn lốp mỗi năm, chỉ 15% được xử lý đúng.",
    ),
    (
        "lWo088",
        "en",
        "tyre_vkrt",
        "Truck tyre retreading with reclaim and fine rubber powder",
        "Research on retreading worn truck casings: the old tread is buffed off and a new tread compound containing "
        "rubber reclaim and fine powder is vulcanised on.",
    ),
    (
        "lWo089",
        "en",
        "tyre_crumb",
        "Mechanical processing of end-of-life tyres into crumb rubber",
        "Review of chemical, mechanochemical and mechanical methods that separate scrap tyres into fractions and "
        "produce crumb rubber for new rubber goods and composites.",
    ),
    (
        "lWo090",
        "vi",
        "tyre_lopviet",
        "Dịch vụ cân bằng động bánh xe",
        "Cân lại trọng lượng mâm và lốp khi thay, vá hoặc đảo lốp, khi vô lăng rung ở 60–80 km/h hoặc bánh va ổ gà, "
        "tránh mòn lốp lệch và hỏng bạc đạn, rô-tuyn.",
    ),
    (
        "lWo091",
        "vi",
        "tyre_procar",
        "Cân chỉnh góc lái và cân bằng động bánh xe",
        "Xưởng chỉnh lại các góc đặt bánh xe để xe chạy thẳng, lốp mòn đều, đồng thời cân bằng động để hết rung lắc "
        "khi chạy tốc độ cao.",
    ),
    (
        "lWo092",
        "vi",
        "tyre_vnn",
        "Gói thay lốp kèm chỉnh độ chụm và cân bằng động",
        "Cửa hàng lốp thay lốp mới, đảo lốp và làm thêm gói cân chỉnh độ chụm, cân bằng động giá gần 1 triệu đồng, "
        "khuyến mại còn khoảng 500 nghìn.",
    ),
    (
        "lWo093",
        "en",
        "tyre_lopviet",
        "Wheel balancing service for cars and light trucks",
        "Tyre centre balances wheel and tyre assemblies after fitting, puncture repair or rotation, curing steering "
        "vibration at 60–80 km/h and uneven tread wear.",
    ),
    (
        "lWo094",
        "en",
        "tyre_qb",
        "Retreading line for truck and bus tyres",
        "Inspection, buffing, tread application and pressing equipment to give worn truck and bus casings a new "
        "tread, as allowed under European and US retread standards.",
    ),
    (
        "lWo095",
        "en",
        "tyre_bs",
        "New passenger-car tyre range",
        "Manufacturer's range of new car tyres, with advice on tread life and replacing tyres that crack or bulge.",
    ),
    (
        "lWo096",
        "en",
        "tyre_scp",
        "Recycled rubber mats for playgrounds and gyms",
        "Heat-pressed safety mats made from shredded tyres, with slip-resistant surface and 2–3 mm wear after five "
        "years in a water park.",
    ),
    (
        "lWo097",
        "vi",
        "tyre_lca",
        "Dầu nhiên liệu từ nhiệt phân lốp cho lò đốt công nghiệp",
        "Bán dầu thu được khi nhiệt phân cao su lốp phế thải để làm nhiên liệu đốt lò.",
    ),
]
OFFERS += [
    # training of mechanics
    (
        "lWo098",
        "vi",
        "tr_vinhlong",
        "Lớp sửa xe máy buổi tối cho lao động nông thôn",
        "Trường trung cấp nghề mở lớp gần 3 tháng, 7 buổi mỗi tuần (tối thứ hai–sáu, cả ngày thứ bảy), gồm sửa xe số, "
        "xe tay ga và xe phun xăng điện tử; lớp gần 30 học viên thực hành trên xe thật.",
    ),
    (
        "lWo099",
        "vi",
        "tr_znews",
        "Đào tạo kỹ thuật viên bảo dưỡng, sửa chữa ô tô gắn với gara",
        'Chương trình đào tạo thợ ô tô cho các tỉnh đang "khát thợ": năm 2017 cả nước có 3,2 triệu ô tô, doanh số '
        "hơn 270.000 xe/năm nhưng thiếu người làm dịch vụ hậu mãi.",
    ),
    (
        "lWo100",
        "vi",
        "tr_nghean",
        "Đào tạo thợ sửa ô tô để mở xưởng tại quê",
        "Khoa cơ khí động lực của trường cao đẳng kinh tế kỹ thuật, có xưởng dịch vụ thực hành, đào tạo thợ từ năm "
        "2006 để học viên về mở xưởng chăm sóc ô tô ở nông thôn.",
    ),
    (
        "lWo101",
        "vi",
        "tr_danang",
        "Đào tạo cao đẳng nghề công nghệ ô tô, chuyên sâu điện ô tô",
        "Chương trình 3 năm tại trường cao đẳng nghề, thực hành sửa động cơ và hệ thống điện ô tô; học viên ra trường "
        "dễ tìm việc với thu nhập khá.",
    ),
    (
        "lWo102",
        "vi",
        "tr_huongnghiep",
        "Thông tin hướng nghiệp về nghề sửa xe gắn máy",
        "Bài giới thiệu nghề cho học sinh: xe máy chiếm khoảng 90% phương tiện, nghề dễ học, dễ kiếm việc, phù hợp "
        "người chăm chỉ.",
    ),
    (
        "lWo103",
        "en",
        "tr_cal",
        "Two-year paid apprenticeship for automotive technicians",
        "Dealer apprenticeship with wages, no tuition, tools and a laptop for e-learning, ending in national "
        "certification; created because California dealers lack about 5,000 technicians.",
    ),
    (
        "lWo104",
        "en",
        "tr_cciu",
        "Small engine repair pre-vocational programme",
        "Shop course on maintaining, diagnosing and repairing two- and four-stroke engines: fuel, ignition, "
        "lubrication, cooling, starting, governor and exhaust systems, with spark-plug and valve adjustment.",
    ),
    (
        "lWo105",
        "en",
        "tr_ita",
        "Motorcycle and power equipment technician programme outline",
        "Provincial trade programme outline with occupational analysis, training topics and time allocations for "
        "motorcycle and power equipment technicians.",
    ),
    (
        "lWo106",
        "en",
        "tr_tafe",
        "Motorcycle mechanic training including diagnostic equipment",
        "Training covering wheel bearings, tyres, oil changes, top-end overhauls, engine rebuilds and the "
        "computerised diagnostic tools now used on motorcycles.",
    ),
    (
        "lWo107",
        "en",
        "tr_vinhlong",
        "Evening motorcycle repair course for rural workers",
        "A vocational school runs a course of nearly three months, seven sessions a week, covering manual-gear "
        "motorbikes, scooters and fuel-injected models, so farm and factory workers can earn from repairs.",
    ),
    (
        "lWo108",
        "en",
        "ag_giaotrinh",
        "Combine harvester operator course: cutting and conveying units",
        "Short vocational module on adjusting the reel, tine angle, cutter bar and auger of combine harvesters and "
        "fixing crop wrapping or loss at the header.",
    ),
    (
        "lWo109",
        "en",
        "diag_cartek",
        "OBD2 training for garage mechanics",
        "Hands-on course teaching mechanics to read self-diagnosis data from engine, ABS, airbag and dashboard "
        "control units through the diagnostic connector.",
    ),
    (
        "lWo110",
        "vi",
        "tr_cciu",
        "Đào tạo sửa chữa động cơ xăng nhỏ hai kỳ, bốn kỳ",
        "Khóa thực hành bảo dưỡng, chẩn đoán, sửa động cơ nhỏ của máy cắt cỏ, máy phát, máy nén: hệ nhiên liệu, đánh "
        "lửa, bôi trơn, làm mát, khởi động, chỉnh khe hở bugi, xu páp.",
    ),
    (
        "lWo111",
        "en",
        "tr_danang",
        "College automotive technology programme with electrical focus",
        "Three-year vocational college course in automotive technology, strong on vehicle electrical systems and "
        "engine repair.",
    ),
    (
        "lWo112",
        "vi",
        "tr_cal",
        "Học nghề kỹ thuật viên ô tô có lương tại đại lý",
        "Chương trình học việc 2 năm tại đại lý, có lương, không học phí, được cấp dụng cụ và máy tính học trực tuyến, "
        "cuối khóa nhận chứng chỉ quốc gia.",
    ),
    # spare parts
    (
        "lWo113",
        "en",
        "parts_fleet",
        "Remanufactured alternators and starters for fleets",
        "Units are stripped and rebuilt with new bushings, wicks, brushes, field coils and solenoid parts; other "
        "components are reused only if they meet original specifications.",
    ),
    (
        "lWo114",
        "en",
        "parts_elreg",
        "Remanufactured rather than repaired starters",
        "Starters are fully remanufactured instead of having only the failed solenoid replaced, so worn parts do not "
        "fail soon after.",
    ),
    (
        "lWo115",
        "en",
        "parts_engfix",
        "Remanufactured alternators tested to OEM specification",
        "Complete disassembly and cleaning, new brushes, bearings, voltage regulator and rectifier, then end-of-line "
        "tests of voltage output and load.",
    ),
    (
        "lWo116",
        "vi",
        "parts_haiquan",
        "Phụ tùng xe máy chính hãng có tem, cách nhận biết hàng giả",
        "Hiệp hội các nhà sản xuất xe máy hướng dẫn nhận biết phụ tùng Honda, Yamaha, Piaggio, SYM, Suzuki thật qua "
        "tem và kênh đại lý, tránh hàng nhái bán ở chợ và sàn thương mại điện tử.",
    ),
    (
        "lWo117",
        "vi",
        "parts_mng",
        "Phụ tùng ô tô chính hãng và cách phân biệt thật giả",
        "Cửa hàng phụ tùng hướng dẫn kiểm tra bao bì, nhãn mác, mã phụ tùng và chất liệu để phân biệt phụ tùng ô tô "
        "thật với hàng giả kém bền.",
    ),
    (
        "lWo118",
        "vi",
        "parts_fleet",
        "Phục hồi máy phát điện, củ đề cho ô tô và máy nông nghiệp",
        "Xưởng điện tháo rời máy phát, củ đề, thay bạc, chổi than, cuộn kích từ, rơ-le đề rồi thử tải; chi tiết khác "
        "chỉ dùng lại khi còn đạt thông số gốc.",
    ),
    (
        "lWo119",
        "vi",
        "parts_engfix",
        "Máy phát điện ô tô tái sản xuất đạt chuẩn nhà sản xuất",
        "Cung cấp máy phát tái sản xuất được thay chổi than, bạc đạn, tiết chế và bộ chỉnh lưu, thử điện áp và tải "
        "cuối dây chuyền, rẻ hơn hàng mới.",
    ),
    (
        "lWo120",
        "en",
        "parts_haiquan",
        "Genuine motorcycle spare parts with anti-counterfeit labels",
        "Authorised dealer network supplying genuine motorcycle parts bearing the maker's label, with guidance on "
        "spotting fakes sold in markets and online.",
    ),
    (
        "lWo121",
        "en",
        "ag_kubota",
        "Genuine spare parts and consumables for tractors and transplanters",
        "Distributor supply of genuine filters, belts, fuses, seals, spark plugs and specified oils, which keep "
        "farm-machine warranties valid.",
    ),
    # electric motorbikes
    (
        "lWo122",
        "vi",
        "ev_vietbao",
        "Sửa xe máy điện, xe đạp điện bằng thiết bị đo",
        "Thợ có kiến thức điện tử dùng máy đo để tìm lỗi tay ga, dây hall, mạch pin BMS, bo điều tốc; nhiều lỗi chỉ "
        "cần thay một tụ hoặc điện trở thay vì thay cả IC.",
    ),
    (
        "lWo123",
        "vi",
        "ev_tgxcd",
        "Đội kỹ thuật lưu động sửa xe đạp điện, xe máy điện",
        "Kỹ thuật viên mang máy đo dòng, test IC, mô tơ và bình đến tận nơi, thay linh kiện đồng bộ để xe không hư lại "
        "sau vài ngày.",
    ),
    (
        "lWo124",
        "vi",
        "ev_znews",
        "Độ pin phụ tăng quãng đường xe máy điện",
        "Lắp pin phụ 30 Ah trong cốp giá 6,4 triệu đồng hoặc thay gói pin chính khoảng 25 triệu đồng, quảng cáo tăng "
        "quãng đường 1,6 lần.",
    ),
    (
        "lWo125",
        "vi",
        "ev_nghean",
        "Chính sách bảo hành pin xe máy điện của hãng",
        "Hãng xe bảo hành gói pin LFP 8 năm không giới hạn km; phổ biến trên thị trường là 1–2 năm, pin thay lẻ bảo "
        "hành 1 năm.",
    ),
    (
        "lWo126",
        "en",
        "ev_vietbao",
        "Electric scooter controller and wiring repair",
        "Electronics-trained technicians diagnose throttle, hall-sensor wiring, battery management and speed "
        "controller faults with meters, often fixing a single capacitor instead of replacing the controller.",
    ),
    (
        "lWo127",
        "en",
        "ev_tgxcd",
        "Mobile repair team for e-bikes and electric scooters",
        "Technicians visit with current meters and IC and motor testers, and replace matched parts together so the "
        "vehicle does not fail again days later.",
    ),
    (
        "lWo128",
        "en",
        "ev_nghean",
        "New electric scooters with long battery warranty",
        "Electric scooters sold with an eight-year unlimited-distance warranty on the LFP battery pack.",
    ),
]
OFFERS += [
    # further offers, several of them distractors
    (
        "lWo129",
        "vi",
        "ww_hongthai",
        "Xử lý dầu mỡ trong nước thải nhà hàng, bếp ăn",
        "Giải pháp bẫy mỡ, hóa chất và vi sinh xử lý dầu mỡ động thực vật từ nhà hàng, khách sạn, nhà máy chế biến "
        "thủy sản, tránh tắc cống.",
    ),
    (
        "lWo130",
        "vi",
        "ag_luanvan",
        "Máy cắt lúa xếp dãy",
        "Máy cắt xếp dãy năng suất 1–1,5 ha/ngày cho nông hộ đồng bằng sông Cửu Long, giá rẻ hơn máy gặt đập liên hợp.",
    ),
    (
        "lWo131",
        "en",
        "ag_dtn",
        "Harvest trucking and grain-cart hire",
        "Semi trucks, grain trailers and grain carts hired with drivers for the harvest season.",
    ),
    (
        "lWo132",
        "en",
        "diag_obdcodes",
        "Remote vehicle diagnostics and over-the-air update platform",
        "Production platform built on the OBD-II standard that lets fleet operators monitor emissions and push "
        "software updates to vehicles remotely.",
    ),
    (
        "lWo133",
        "en",
        "tyre_crumb",
        "Crumb rubber infill for artificial turf",
        "Graded rubber granules from shredded tyres for sports pitches and landscaping.",
    ),
    (
        "lWo134",
        "vi",
        "tr_znews",
        "Phân phối ô tô mới tại các tỉnh",
        "Đại lý bán xe du lịch và xe thương mại mới, hưởng tăng trưởng doanh số 20–25% mỗi năm của thị trường.",
    ),
    (
        "lWo135",
        "en",
        "ac_topmech",
        "Online directory listing for mechanic businesses",
        "Paid listing that helps repair shops get found by customers searching for mechanic services.",
    ),
    (
        "lWo136",
        "vi",
        "emis_kenh14",
        "Trung tâm đăng kiểm xe cơ giới",
        "Kiểm định an toàn kỹ thuật và khí thải ô tô theo quy trình mới, niêm yết lộ trình và mức khí thải tại phòng "
        "chờ.",
    ),
    (
        "lWo137",
        "vi",
        "ag_fwr",
        "Sổ theo dõi bảo dưỡng máy nông nghiệp cho hợp tác xã",
        "Phần mềm ghi lịch thay nhớt, lọc, bơm mỡ và chi tiết mòn cho từng máy, nhắc đưa máy vào xưởng khoảng 60 ngày "
        "trước khi ra đồng.",
    ),
    (
        "lWo138",
        "vi",
        "ag_roc",
        "Đại tu, phục hồi máy kéo cũ đạt chuẩn như mới",
        "Thay động cơ, ly hợp, hộp số, thủy lực theo thông số hiện hành, sơn lại và bảo hành, giá khoảng 75% máy kéo "
        "mới tương đương.",
    ),
    (
        "lWo139",
        "vi",
        "ag_farmprog",
        "Gói kiểm tra máy gặt đập liên hợp trước vụ của đại lý",
        "Bộ phận dịch vụ của đại lý kiểm tra toàn máy vào mùa nông nhàn, báo chi tiết mòn cần thay để máy không nằm "
        "đồng giữa vụ.",
    ),
    (
        "lWo140",
        "en",
        "ag_camau",
        "Mobile combine harvester servicing for rice farmers",
        "A farm-machinery dealer's four-person team travels between hamlets after each crop to clean, grease and "
        "repair combines, about 10 machines a month at around 400,000 dong per visit.",
    ),
    (
        "lWo141",
        "en",
        "oil_moitruong",
        "Hazardous waste collection contracts for vehicle repair shops",
        "Licensed handler collects waste oil, grease and oily rags from car and motorbike workshops with the "
        "paperwork required by Vietnam's 2020 environmental protection law.",
    ),
    (
        "lWo142",
        "en",
        "ww_camle",
        "Small-scale treatment model for car-wash wastewater",
        "University study characterising car-wash wastewater (sand, suspended solids, oil) and testing a compact "
        "treatment model suited to small wash shops.",
    ),
    (
        "lWo143",
        "vi",
        "filt_mass",
        "Máy ép lọc nhớt cũ cho gara",
        "Máy ép dẹp lọc nhớt trong 10–15 giây, thu hết nhớt còn lại; lọc đã ép được bán như sắt vụn thay vì xử lý "
        "như chất thải nguy hại.",
    ),
    (
        "lWo144",
        "en",
        "bat_nhot",
        "Battery maintenance plans for motorbikes and cars",
        "Scheduled terminal cleaning every 2–3 months and resting-voltage checks (12.5–12.8 V good, below 11.8 V "
        "replace), extending battery life by 30–50%.",
    ),
    (
        "lWo145",
        "en",
        "tyre_lopcu",
        "Collection of scrap car tyres from garages for shredding",
        "Recycler collects end-of-life tyres from garages and service centres, sorts them by size, removes nails "
        "and stones and shreds them into uniform chips.",
    ),
    (
        "lWo146",
        "vi",
        "diag_train",
        "Khóa học chẩn đoán bằng máy quét cho kỹ thuật viên",
        "Hướng dẫn đọc mã lỗi, dữ liệu trực tiếp, các bài tự kiểm tra sẵn sàng và giao thức CAN trên xe có từ 30 đến "
        "hơn 100 hộp điều khiển.",
    ),
    (
        "lWo147",
        "en",
        "emis_plo",
        "Pre-inspection emission tune-up",
        "Workshop service to clean combustion chambers, replace air filters and adjust fuelling so petrol cars stay "
        "under 3.5% CO and four-stroke diesels under 800 ppm HC.",
    ),
    (
        "lWo148",
        "vi",
        "ww_ufl",
        "Bãi rửa xe có bể tách dầu và xét nghiệm bùn cặn",
        "Thiết kế khu rửa xe có bể tách dầu bảo trì định kỳ, xét nghiệm kim loại và dung môi trong bùn trước khi thải, "
        "không dùng chất tẩy gốc dung môi.",
    ),
    (
        "lWo149",
        "en",
        "tr_nghean",
        "Vocational college training mechanics to open rural garages",
        "Automotive department with an on-campus service workshop, training mechanics since 2006 so graduates can "
        "open car-care shops in their home districts.",
    ),
    (
        "lWo150",
        "vi",
        "bat_who",
        "Hướng dẫn đánh giá phơi nhiễm chì quanh cơ sở tái chế ắc quy",
        "Tài liệu của WHO về các công đoạn tái chế ắc quy chì, đo chì trong máu và lấy mẫu đất, bụi để đánh giá tác "
        "động sức khỏe cộng đồng.",
    ),
    (
        "lWo151",
        "en",
        "booth_albany",
        "Auto body shop worker safety programme",
        "Occupational health plan for body shops covering solvent and particulate exposure, noise and physical "
        "hazards.",
    ),
    (
        "lWo152",
        "vi",
        "oil_skzic",
        "Dầu cắt gọt kim loại và dầu truyền nhiệt công nghiệp",
        "Cung cấp dầu cắt gọt, dầu truyền nhiệt, dầu biến thế cho nhà máy cơ khí và điện.",
    ),
    (
        "lWo153",
        "en",
        "ww_ows",
        "Dry floor clean-up kits for workshops",
        "Absorbents and dry mops to clean fuel, coolant, solvent and oil spills where they occur instead of hosing "
        "them into floor drains.",
    ),
    (
        "lWo154",
        "en",
        "ag_scottish",
        "Annual clean-out and winter storage of small combines",
        "Contract service that cleans a small combine after its short season and stores it in a shed for the ten "
        "idle months.",
    ),
    (
        "lWo155",
        "vi",
        "parts_mng",
        "Ốp trang trí và phụ kiện nội thất ô tô",
        "Cửa hàng bán phụ kiện làm đẹp xe: ốp trang trí, thảm sàn, bọc vô lăng cho nhiều dòng xe.",
    ),
    (
        "lWo156",
        "en",
        "parts_elreg",
        "Starter repair by replacing the failed part only",
        "Low-cost repair that replaces only the defective solenoid or component of a starter, leaving other worn "
        "parts in place.",
    ),
]
