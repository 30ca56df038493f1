"""Technology offers of the holdout21 set: (id, language, source key, title, description)."""

OFFERS = [
    # ---- drinking water for households and schools in saline areas ----
    (
        "iWo001",
        "vi",
        "greenid",
        "Hệ thống lọc nước lợ RO chạy bằng pin mặt trời cho điểm trường và cụm dân cư",
        "Doanh nghiệp năng lượng mặt trời chào bán bộ lọc thẩm thấu ngược lấy điện trực tiếp từ tấm pin, không cần "
        "điện lưới. Nguồn vào là nước giếng hoặc nước kênh có độ mặn đến khoảng 4-5‰; đầu ra đạt nước ăn uống, năng "
        "suất khoảng 300 lít mỗi giờ, vận hành tới 20 giờ/ngày. Có tùy chọn bộ ozone để học sinh uống tại vòi. Đã lắp "
        "cho trường tiểu học và điểm cấp nước cộng đồng ở các xã ven biển.",
    ),
    (
        "iWo002",
        "vi",
        "nl300",
        "Máy lọc nước mặn thành nước ngọt NL-300 giá rẻ",
        "Thiết bị gồm ba cấp: lọc thô, lọc tinh 5 micron và màng RO, có thêm lớp màng bảo vệ giúp màng RO không bị "
        "nghẹt sớm. Công suất 300 lít/giờ, dùng điện 220V, chi phí vận hành chỉ khoảng vài chục đồng mỗi lít. Nước sau "
        "lọc đạt quy chuẩn nước ăn uống của Bộ Y tế. Phù hợp hộ gia đình, tổ hợp tác, trạm y tế xã ở vùng bị mặn xâm nhập.",
    ),
    (
        "iWo003",
        "vi",
        "vkist1",
        "Công nghệ lọc nước nhiễm phèn và nhiễm mặn: keo tụ, lắng, vi lọc, RO và đèn UV",
        "Viện khoa học chuyển giao dây chuyền xử lý nước giếng, nước mặt vừa nhiễm phèn sắt, phèn nhôm dạng hữu cơ "
        "(humic, fulvic) khó xử lý vừa bị nhiễm mặn. Nước được keo tụ và lắng trước để bảo vệ màng, sau đó qua vi lọc, "
        "RO và khử khuẩn UV. Chi phí thay màng thấp, lắp đặt trong khoảng 3 ngày; đã lắp cho trường phổ thông dân tộc "
        "nội trú vùng sâu.",
    ),
    (
        "iWo004",
        "en",
        "desal",
        "Containerised brackish-water reverse osmosis plant, 2-5 m³/h",
        "A skid- or container-mounted RO plant with cartridge pre-filtration, antiscalant dosing, energy-recovery "
        "device and brine handling. Accepts feed water up to about 10 g/L total dissolved salts and delivers "
        "drinking-quality water. Can be trucked to site and connected to an existing intake within days; a solar-diesel "
        "hybrid power pack is available. Intended for commune water stations and islet communities whose river intake "
        "turns brackish in the dry season.",
    ),
    (
        "iWo005",
        "en",
        "vneec",
        "Solar rooftop RO drinking-water station for primary schools",
        "Turnkey package: photovoltaic panels on the school roof drive a reverse-osmosis unit with UV sterilisation and "
        "a stainless storage tank. Sized for about 250 pupils and 50 staff, with spare output that neighbouring families "
        "can collect free of charge. Works on brackish well or canal water. Includes operator training for a teacher and "
        "a filter replacement schedule.",
    ),
    (
        "iWo006",
        "vi",
        "demve",
        "Hướng dẫn và thi công bể lọc phèn sắt tự xây cho giếng khoan hộ gia đình",
        "Mẫu bể lọc xây gạch hoặc dùng bồn nhựa: giàn phun mưa làm thoáng để kết tủa sắt, ngăn lắng, các lớp sỏi, cát "
        "thạch anh, cát mangan và than hoạt tính. Lưu lượng 1-2 m³/giờ, xử lý nước màu vàng, mùi tanh, đóng cặn đỏ. "
        "Chi phí vật tư vài triệu đồng; có tài liệu để thợ địa phương tự làm. Không có tác dụng khử mặn.",
    ),
    (
        "iWo007",
        "en",
        "ace",
        "Pressure filter column for iron and manganese removal from tube wells",
        "FRP pressure vessel with air-injection venturi, manganese greensand and activated-carbon layers, and a manual or "
        "automatic backwash valve. Treats turbid, rust-coloured well water for households, small eateries and shops at "
        "0.5-3 m³/h. Fits between the well pump and the roof tank. Not intended for salty or brackish water.",
    ),
    (
        "iWo008",
        "vi",
        "twater",
        "Khảo sát, thiết kế và thi công mở rộng tuyến ống cấp nước nông thôn, đấu nối đồng hồ hộ dân",
        "Đơn vị tư vấn - xây lắp nhận khảo sát địa hình, tính toán thủy lực, thiết kế tuyến ống HDPE/uPVC, lắp đồng hồ "
        "và đấu nối cho hộ dân; đồng thời cải tạo, nâng công suất trạm cấp nước hiện hữu (bể lắng, bể lọc, bơm). Kinh "
        "nghiệm với các trạm 20-100 m³/giờ và mạng ống hàng chục km ở vùng nông thôn Đồng bằng sông Cửu Long.",
    ),
    (
        "iWo009",
        "en",
        "longson",
        "Package surface-water treatment plant for rural water stations, 10-50 m³/h",
        "Prefabricated steel plant combining coagulant dosing, lamella settling, rapid sand filtration and chlorination, "
        "with a small SCADA panel for remote reading of flow and residual chlorine. Designed for upgrading or expanding "
        "commune water stations that draw from rivers and canals, delivered and commissioned in about eight weeks.",
    ),
    (
        "iWo010",
        "vi",
        "rwcamau",
        "Bộ khử trùng bằng đèn UV chạy điện mặt trời cho bồn, lu chứa nước sinh hoạt",
        "Đèn UV 12V lắp trên đường ống ra của bồn hoặc lu chứa, kèm tấm pin 50W, ắc quy và bộ lọc cặn 5 micron. Diệt "
        "vi khuẩn coliform, rong tảo trong nước mưa và nước trữ lâu ngày mà không cần đun sôi hay dùng hóa chất. Thích "
        "hợp cho hộ gia đình, trạm y tế, nhà văn hóa ấp đang trữ nước mưa 2-20 m³.",
    ),
    (
        "iWo011",
        "vi",
        "skytech",
        "Hệ thống lọc nước uống trực tiếp RO cho trường học dùng nguồn nước máy",
        "Máy lọc RO công suất 50-200 lít/giờ kèm vòi uống inox đặt ở hành lang, dành cho trường học đã có nước máy đô "
        "thị. Lõi lọc thô, than hoạt tính, RO và đèn UV; bảo trì định kỳ mỗi quý. Yêu cầu nguồn vào là nước máy có độ "
        "mặn thấp.",
    ),
    (
        "iWo012",
        "vi",
        "fao1",
        "Xe bồn lọc nước lưu động cấp nước ngọt khẩn cấp mùa hạn mặn",
        "Xe tải gắn sẵn hệ RO 3 m³/giờ, máy phát điện và bồn chứa 6 m³; đến tận ấp, lấy nước sông hoặc kênh bị mặn, "
        "lọc và phát nước cho dân theo lịch. Cho thuê theo tháng hoặc theo đợt cho UBND xã, tổ chức cứu trợ khi trạm "
        "cấp nước phải ngưng vì mặn.",
    ),
    (
        "iWo013",
        "en",
        "desal",
        "Low-pressure nanofiltration module for slightly brackish groundwater",
        "Nanofiltration unit operating at lower pressure than RO, suitable for well water of about 1-3 g/L. Removes "
        "hardness and a large share of salt with roughly half the electricity of a standard RO system and less reject "
        "water. Flow 100-500 L/h for households, cafés and small food shops. Not recommended for water above 3 g/L.",
    ),
    (
        "iWo014",
        "en",
        "tv17000",
        "Tide-timed intake scheduling and raw-water storage ponds for water stations",
        "Engineering service for water stations that take river water: we install a conductivity probe at the intake, "
        "set pumping windows to low-salinity hours of the tidal cycle, and design a lined raw-water pond holding 5-15 "
        "days of demand so the station can keep running through salty spells. Includes operating rules for staff.",
    ),
    (
        "iWo015",
        "vi",
        "vkist2",
        "Trạm sản xuất nước uống đóng bình RO công nghiệp 1-2 m³/giờ cho hợp tác xã",
        "Cung cấp dây chuyền lọc RO công nghiệp, máy súc rửa và chiết rót bình 20 lít, phòng đóng bình đạt chuẩn, hướng "
        "dẫn công bố chất lượng. Giúp hợp tác xã hoặc hộ kinh doanh mở dịch vụ bán nước uống đóng bình tại địa phương.",
    ),
    (
        "iWo016",
        "en",
        "vneec",
        "Solar-powered water ATM with prepaid cards",
        "A dispensing kiosk that sells already-treated water by the litre using prepaid RFID cards, powered by a small PV "
        "panel and battery. Connects to an existing treated-water tank; keeps records of volume sold for the operator. "
        "The kiosk itself does not treat raw water.",
    ),
    (
        "iWo017",
        "vi",
        "twater",
        "Dịch vụ lấy mẫu và xét nghiệm chất lượng nước sinh hoạt theo QCVN",
        "Phòng thí nghiệm đạt chuẩn nhận lấy mẫu tại chỗ, phân tích độ mặn, sắt, mangan, asen, amoni, coliform... và "
        "trả kết quả trong 5 ngày, kèm khuyến nghị phương án xử lý cho hộ gia đình, trường học, trạm cấp nước.",
    ),
    # ---- rainwater harvesting ----
    (
        "iWo018",
        "vi",
        "rwcamau",
        "Bồn composite trữ nước mưa 2-10 m³ có bộ tách nước mưa đầu mùa",
        "Bồn composite kín, chống rêu, chịu nắng; kèm bộ tách nước đầu trận mưa tự động lắp ở máng xối, lưới chắn lá và "
        "vòi lấy nước. Dung tích 2, 5 và 10 m³; bồn 10 m³ đủ cho hộ 5 người dùng ăn uống suốt mùa khô. Giao và lắp tận "
        "nhà ở các huyện ven biển.",
    ),
    (
        "iWo019",
        "en",
        "rwiwa",
        "Rooftop rainwater harvesting package for schools and health stations",
        "Gutters and downpipes, first-flush diverter, 20-40 m³ ferrocement or steel tank, sediment and carbon filters and "
        "a UV unit at the tap. Sized from local rainfall (about 1,700 mm/year on the coast) and roof area. Comes with an "
        "operation and cleaning guide and one year of follow-up visits.",
    ),
    (
        "iWo020",
        "en",
        "rwvinhchau",
        "Feasibility study and design of household rainwater harvesting for coastal communes",
        "University team surveys household water use, roof areas and current tanks, tests the quality of stored rainwater, "
        "and calculates tank sizes for normal and dry years. Delivers standard designs and a cost comparison with tap "
        "water and groundwater for commune authorities and NGOs.",
    ),
    (
        "iWo021",
        "vi",
        "rwcsiro",
        "Bể chứa nước mưa ferrocement xây tại chỗ 10-20 m³, đào tạo thợ địa phương",
        "Bể hình trụ bằng lưới thép và vữa xi măng, thành mỏng, nắp kín, có vòi và ống xả cặn. Giá thành thấp hơn bồn "
        "inox cùng dung tích; đơn vị cử kỹ thuật viên hướng dẫn tổ thợ trong ấp tự thi công hàng loạt cho hộ nghèo.",
    ),
    (
        "iWo022",
        "vi",
        "rwbt",
        "Tư vấn cải tạo mái, máng xối và đường ống thu nước mưa cho trường học, công sở",
        "Khảo sát diện tích mái, thiết kế máng xối inox, ống đứng, ngăn tách nước bẩn đầu mùa và đường dẫn về bể chứa "
        "sẵn có hoặc bể mới; lập dự toán cho trường học, UBND xã, nhà văn hóa.",
    ),
    # ---- salinity monitoring and warning ----
    (
        "iWo023",
        "vi",
        "int",
        "Hệ thống quan trắc và cảnh báo xâm nhập mặn tự động",
        "Trạm đo gồm đầu dò độ mặn chuyên dụng, bộ ghi dữ liệu và modem không dây, đặt trên kênh rạch hoặc cửa biển, đo "
        "liên tục 24/24 và gửi số liệu về máy chủ. Khi độ mặn vượt ngưỡng, hệ thống phát cảnh báo để chủ động lấy nước "
        "tưới, nuôi thủy sản và cấp nước sinh hoạt. Thay thế việc lấy mẫu thủ công từng giờ.",
    ),
    (
        "iWo024",
        "vi",
        "kesach",
        "Mạng cảm biến đo mặn đặt tại cửa sông, cửa cống, tra cứu qua điện thoại",
        "Lắp nhiều điểm cảm biến dọc sông và tại cửa cống, số liệu cập nhật vài phút một lần lên ứng dụng điện thoại. "
        "Nhà vườn, hợp tác xã và cán bộ nông nghiệp xem độ mặn tức thời, nhận thông báo khi nước vượt ngưỡng để đóng "
        "cống, chọn giờ bơm nước vào vườn.",
    ),
    (
        "iWo025",
        "en",
        "hcmiu",
        "IoT salinity early-warning node for fruit orchards",
        "Solar-powered sensor buoy placed at a single orchard's water intake, measuring conductivity and water level and "
        "uploading data to a cloud server. Growers follow readings on a phone app or website and get alerts when salinity "
        "passes a crop threshold, e.g. 0.5‰ for durian. Piloted with durian growers.",
    ),
    (
        "iWo026",
        "en",
        "iuh",
        "Contactless radio-wave salinity sensor that resists fouling",
        "The electrodes are sealed in plastic and salinity is derived from the dielectric constant measured with radio "
        "waves, so there is no corrosion or biofilm error. Runs for months without cleaning or recalibration; suitable "
        "for aquaculture ponds and fixed canal stations.",
    ),
    (
        "iWo027",
        "vi",
        "ultra",
        "Cảm biến độ mặn dùng phao và sóng siêu âm, không tiếp xúc điện cực",
        "Đo độ nổi của phao bằng cảm biến siêu âm rồi suy ra khối lượng riêng và độ mặn của nước; không có điện cực ngâm "
        "trong nước nên không bị bám bẩn, ăn mòn. Dùng đo liên tục tại ao nuôi tôm, cá và bể chứa nước.",
    ),
    (
        "iWo028",
        "vi",
        "vtvtds",
        "Cung cấp máy đo độ mặn cầm tay chính hãng và tập huấn sử dụng",
        "Bán máy đo độ mặn loại điện cực EC có bù nhiệt và khúc xạ kế, kèm dung dịch chuẩn. Tập huấn cho nông dân, hợp "
        "tác xã cách đo, hiệu chuẩn và phân biệt với máy đo TDS (máy đo độ tinh khiết) vốn không đo được mặn.",
    ),
    (
        "iWo029",
        "en",
        "nhess",
        "Seasonal salinity intrusion outlook up to nine months ahead",
        "Statistical forecasting service based on logistic regression with the ENSO index or upstream streamflow as "
        "predictor. Issues probabilities of severe intrusion for each estuary branch several months before the dry season "
        "so that provincial agencies can set crop calendars and water-storage plans.",
    ),
    (
        "iWo030",
        "en",
        "sedes",
        "Research campaign for high-frequency discharge and salinity measurement in estuaries",
        "Research consortium deploys temporary ADCP and conductivity instruments recording every 10 minutes for one "
        "season, then analyses salt-water dynamics and delivers a scientific report. Equipment is removed after the "
        "campaign; intended for water-resource research rather than operational warning.",
    ),
    (
        "iWo031",
        "vi",
        "ctu208",
        "Tự động hóa vận hành cống ngăn mặn, điều khiển đóng mở từ xa",
        "Giải pháp gồm trạm đo mặn và mực nước tại cống, máy chủ thu thập dữ liệu, phần mềm kết hợp mô hình thủy lực đề "
        "xuất lịch đóng mở, và cơ cấu truyền động để đóng mở cửa van từ trung tâm sau khi được phê duyệt. Áp dụng cho "
        "công ty khai thác thủy lợi và hệ thống cống nội đồng.",
    ),
    (
        "iWo032",
        "en",
        "rsmap",
        "Remote-sensing maps of salinity intrusion in coastal rice areas",
        "Satellite images are calibrated against station data with multiple regression to map how far saline water "
        "reached along each river branch month by month. Delivered as GIS layers and district maps for several past dry "
        "seasons.",
    ),
    (
        "iWo033",
        "vi",
        "vtvtds",
        "Máy đo pH và độ ẩm đất 3 trong 1 dạng que cắm",
        "Dụng cụ cắm trực tiếp xuống đất, đọc pH, độ ẩm và ánh sáng, không cần pin. Dùng kiểm tra nhanh đất trồng rau, "
        "cây kiểng, cây ăn trái.",
    ),
    (
        "iWo034",
        "en",
        "kesach",
        "Weekly salinity bulletin and tide calendar for cooperatives",
        "Every Monday we send cooperatives a bulletin by SMS and Zalo with last week's salinity at main river stations, "
        "the coming spring tides and recommended days for taking water. Based on public monitoring data; no sensors are "
        "installed.",
    ),
    (
        "iWo035",
        "vi",
        "sggpsalt",
        "Dự báo xâm nhập mặn hạn ngắn và hạn mùa bằng mô hình thủy lực",
        "Nhóm chuyên gia chạy mô hình thủy lực một chiều cho toàn mạng sông, ra bản tin 7 ngày và bản tin mùa về khoảng "
        "cách xâm nhập của ranh mặn 4‰ trên từng nhánh sông, phục vụ địa phương xây dựng lịch thời vụ và kế hoạch trữ nước.",
    ),
    # ---- drought: water storage, irrigation, tolerant varieties ----
    (
        "iWo036",
        "vi",
        "nhandanao",
        "Thi công ao trữ nước ngọt lót bạt HDPE cho vườn cây ăn trái, cây giống",
        "Nhận khảo sát, đào ao, lót bạt HDPE dày 0,5-1 mm hàn nhiệt, làm cống lấy nước và lắp bơm. Dung tích từ 500 "
        "đến 6.000 m³, đủ tưới vườn sầu riêng, bưởi, cây giống trong suốt đợt mặn. Bảo hành bạt 5 năm.",
    ),
    (
        "iWo037",
        "vi",
        "nhanongxanh",
        "Bạt lót mương vườn để trữ nước tưới mùa khô",
        "Cung cấp bạt HDPE cuộn khổ lớn và dịch vụ hàn bạt tại chỗ, lót lòng mương liếp để giữ nước ngọt không thấm mất "
        "và không bị nước mặn thấm ngang. Tận dụng mương sẵn có, không cần đào ao mới.",
    ),
    (
        "iWo038",
        "en",
        "rw3w",
        "Collapsible PVC water bladders, 5-50 m³, for temporary fresh-water storage",
        "UV-resistant PVC tanks that are laid on flat ground, filled when canal water is fresh, and rolled up after the "
        "dry season. No excavation needed; delivered with fittings and a ground sheet. Used by households, nurseries and "
        "relief agencies.",
    ),
    (
        "iWo039",
        "en",
        "btpond",
        "Geomembrane-lined farm reservoir design with floating evaporation cover",
        "Design and installation of dug farm reservoirs lined with 0.75 mm HDPE, including inlet gate, pump and a floating "
        "cover that cuts evaporation by up to 80%. Suitable for orchards and nurseries that must store fresh water for "
        "2-4 months.",
    ),
    (
        "iWo040",
        "vi",
        "nntuoi",
        "Hệ thống tưới nhỏ giọt quanh gốc kèm bồn châm phân cho vườn cây lâu năm",
        "Ống PE 16 mm chạy theo hàng, đầu nhỏ giọt bù áp cắm quanh tán mỗi gốc, bộ lọc đĩa và bồn hòa phân. Thiết kế "
        "cho vườn sầu riêng, bưởi, mít, xoài; giảm lượng nước tưới và công tưới, bón phân qua nước.",
    ),
    (
        "iWo041",
        "en",
        "duahau",
        "Drip irrigation kit with fertigation for watermelon and vegetables on sandy soils",
        "Drip tape with 20 cm emitter spacing, screen filter, venturi fertiliser injector and mainline fittings for "
        "1,000-5,000 m² plots. Compared in farm trials with furrow and seepage irrigation on sandy coastal fields; saves "
        "water and labour.",
    ),
    (
        "iWo042",
        "vi",
        "knthanhlong",
        "Hệ thống tưới phun gốc tiết kiệm nước cho vườn thanh long",
        "Ống PVC, mô-tơ bơm, dây dẫn và béc phun gốc cho từng trụ thanh long; khoảng 45 triệu đồng cho 1,1 ha. Giảm công "
        "kéo ống tưới tay, giảm nước và điện, năng suất ổn định.",
    ),
    (
        "iWo043",
        "vi",
        "daknong",
        "Hệ thống bơm tưới dùng điện mặt trời thay máy bơm chạy dầu",
        "Dàn pin mặt trời 5-20 kW, biến tần bơm chuyên dụng chạy trực tiếp theo nắng, không cần điện 3 pha. Ví dụ hệ 16 "
        "kW giá khoảng 110 triệu đồng, tuổi thọ trên 15 năm; thay thế máy dầu tốn vài trăm nghìn đồng mỗi ngày.",
    ),
    (
        "iWo044",
        "en",
        "khoahoctv",
        "Solar-powered sprinkler irrigation for dry sandy fields",
        "PV panels, charge controller, battery bank and DC pump supplying sprinklers, developed by a university team for "
        "areas without grid power. Saves 30-50% of water compared with hose watering; fertiliser can be added through "
        "the system.",
    ),
    (
        "iWo045",
        "en",
        "awdirri",
        "Alternate wetting and drying (AWD) package for irrigated rice",
        "Perforated field water tubes, training for farmer groups and extension leaflets on the safe AWD rule (re-flood "
        "when water falls 15 cm below the soil surface). Reduces irrigation water by about a quarter and cuts methane "
        "emissions without lowering yield.",
    ),
    (
        "iWo046",
        "vi",
        "hatri200",
        "Giống lúa chịu mặn HATRI 200",
        "Giống lúa chất lượng cao chịu mặn khoảng 5‰, chịu hạn khá, năng suất ổn định 6,5-7 tấn/ha; đã khảo nghiệm tại "
        "Bến Tre và Trà Vinh. Viện nghiên cứu cung cấp giống xác nhận và quy trình canh tác cho vùng ven biển.",
    ),
    (
        "iWo047",
        "en",
        "cgiar",
        "Salinity-tolerant rice lines for the coastal winter-spring crop",
        "Twelve lines selected jointly with an international rice institute for tolerance at the reproductive stage, "
        "tested in coastal provinces in the dry season. Offered for on-farm trials and seed multiplication with "
        "cooperatives.",
    ),
    (
        "iWo048",
        "en",
        "hatri",
        "HATRI salinity-tolerant lines for rice-shrimp fields",
        "HATRI 170, 190 and 192 yield 4-5 t/ha under soil salinity of 10-12 dS/m, suited to the rice crop that follows "
        "the shrimp season in rotation fields. Seed and cultivation guidance supplied.",
    ),
    (
        "iWo049",
        "en",
        "tknl",
        "Soil-moisture sensors with automatic irrigation controller for orchards",
        "Wireless tensiometers at two depths feed a controller that opens valves only when the root zone dries below a "
        "set point. Works with existing drip or sprinkler lines; phone app for schedules and history.",
    ),
    (
        "iWo050",
        "vi",
        "tknl",
        "Hạt polymer giữ ẩm đất cho cây trồng mùa khô",
        "Hạt hút nước trộn vào đất quanh gốc, giữ ẩm và nhả dần cho rễ, giảm số lần tưới. Dùng cho cây giống, rau màu, "
        "cây ăn trái mới trồng.",
    ),
    (
        "iWo051",
        "vi",
        "tv17000",
        "Dịch vụ khoan giếng nước ngầm sâu 100-300 m",
        "Khoan giếng công nghiệp và dân dụng, lắp bơm hỏa tiễn, làm thủ tục xin phép khai thác. Có máy khoan xoay tuần "
        "hoàn, thi công nhanh.",
    ),
    (
        "iWo052",
        "en",
        "nntuoi",
        "Micro-sprinkler under-canopy irrigation for durian and pomelo",
        "Rotating micro-sprinklers on stakes wet a 3-4 m circle under each tree canopy; PE laterals, disc filter and a "
        "timer. Keeps humidity under the canopy during hot dry months and allows fertigation.",
    ),
    (
        "iWo053",
        "vi",
        "fao2",
        "Dịch vụ nạo vét kênh mương nội đồng và gia cố bờ bao",
        "Máy đào gầu dài nạo vét kênh, đắp và gia cố bờ bao chống tràn, làm cống bọng nhỏ cho ruộng và vườn.",
    ),
    (
        "iWo054",
        "vi",
        "xoai",
        "Sổ tay canh tác xoài thích ứng với biến đổi khí hậu",
        "Tài liệu và tập huấn về chọn giống, tỉa cành, xử lý ra hoa, quản lý dịch hại và nước cho vườn xoài trong điều "
        "kiện thời tiết bất thường.",
    ),
    # ---- wastewater ----
    (
        "iWo055",
        "vi",
        "surimi",
        "Hệ thống xử lý nước thải chế biến thủy sản 100-500 m³/ngày",
        "Thiết kế, thi công trọn gói: lọc rác tinh, bể điều hòa, tuyển nổi tách dầu mỡ và đạm, bể kỵ khí, bể hiếu khí, "
        "lắng, khử trùng; xử lý nước thải COD rất cao đạt cột B QCVN 11. Đã làm cho nhà máy surimi công suất 300 "
        "m³/ngày ở Kiên Giang.",
    ),
    (
        "iWo056",
        "en",
        "bht",
        "Salt-tolerant activated sludge for high-salinity seafood wastewater",
        "Halotolerant biomass is acclimated step by step and seeded into existing aeration tanks so that COD and ammonia "
        "removal keeps working at 1-3% salinity, e.g. from fish-sauce, salted fish or brine-thawing lines. Includes "
        "start-up supervision.",
    ),
    (
        "iWo057",
        "vi",
        "mocay",
        "Xử lý nước thải nhà máy chế biến cơm dừa, dầu dừa công suất 200 m³/ngày",
        "Công nghệ cho nước thải giàu dầu béo và chất hữu cơ từ công đoạn rửa, ép cơm dừa: bể tách mỡ, keo tụ tuyển nổi, "
        "bể kỵ khí, bể hiếu khí bùn hoạt tính, lắng và khử trùng. Có bản tính toán thiết kế chi tiết.",
    ),
    (
        "iWo058",
        "en",
        "wetland",
        "Constructed wetland for polishing piggery effluent after biogas",
        "Subsurface-flow beds of gravel planted with reeds or vetiver receive biogas digester effluent and remove much of "
        "the remaining nitrogen, phosphorus and odour with almost no energy use. Sized per number of pigs.",
    ),
    (
        "iWo059",
        "vi",
        "carbonthap",
        "Máy tách phân ép trục vít cho trại heo, trại bò",
        "Máy hút phân từ hố gom, ép tách nước còn phân khô ẩm 15-20%, không mùi, đóng bao bán làm phân bón. Phần nước sau "
        "tách đưa vào hầm biogas. Công suất 5-20 m³/giờ.",
    ),
    (
        "iWo060",
        "en",
        "cesti",
        "Slaughterhouse waste and wastewater treatment technology",
        "Transferred process for abattoirs: blood and paunch contents are digested anaerobically with biogas recovery, "
        "solids are composted and wastewater goes through aerobic treatment. Suited to municipal and private slaughterhouses.",
    ),
    (
        "iWo061",
        "vi",
        "toana",
        "Xử lý nước thải làng nghề bún, bánh tráng quy mô cụm hộ",
        "Bể kỵ khí có vách ngăn kết hợp lọc sinh học hiếu khí cho nước thải giàu tinh bột, công suất 10-30 m³/ngày, xây "
        "bê tông hoặc lắp bồn composite, chi phí vận hành thấp. Thiết kế cho 5-20 hộ dùng chung.",
    ),
    (
        "iWo062",
        "en",
        "toana",
        "Compact MBBR package plant for domestic wastewater, 5-50 m³/day",
        "Moving-bed biofilm reactor in a composite tank with settling and disinfection; low footprint, quiet blowers, "
        "effluent to national domestic wastewater standards. For schools, boarding houses, clinics and resorts.",
    ),
    (
        "iWo063",
        "vi",
        "carbonthap",
        "Chế phẩm vi sinh khử mùi chuồng trại",
        "Chế phẩm dạng lỏng phun lên nền chuồng và hố phân, giảm mùi amoniac và ruồi muỗi trong trại heo, gà.",
    ),
    (
        "iWo064",
        "en",
        "surimi",
        "Dissolved air flotation unit for fat and protein removal",
        "Stand-alone DAF with chemical dosing, 5-50 m³/h, removes oil, grease and suspended protein before biological "
        "treatment. Skid-mounted for seafood, coconut and meat processors.",
    ),
    (
        "iWo065",
        "vi",
        "wetland",
        "Xử lý nước thải trại heo sau biogas bằng ao sinh học và đất ngập nước",
        "Chuỗi ao lắng - ao sinh học - bãi lọc trồng cây (sậy, cỏ vetiver) nhận nước sau hầm biogas, giảm mùi, đạm, lân "
        "trước khi thải ra kênh. Thiết kế theo quy mô đàn.",
    ),
    (
        "iWo066",
        "vi",
        "surimi",
        "Dây chuyền sản xuất chả cá surimi",
        "Máy rửa, ép tách nước, nghiền thịt cá, phối trộn và định hình; công suất 1-3 tấn sản phẩm/ngày cho cơ sở chế "
        "biến thủy sản.",
    ),
    (
        "iWo067",
        "en",
        "dostdn",
        "HACCP and ISO 22000 consultancy for seafood processors",
        "Gap assessment, documentation, staff training and pre-audit support for food safety certification required by "
        "export buyers.",
    ),
    (
        "iWo068",
        "vi",
        "surimi",
        "Trạm quan trắc nước thải tự động, truyền số liệu về Sở",
        "Lắp thiết bị đo online lưu lượng, pH, COD, TSS, amoni tại cửa xả, truyền dữ liệu liên tục theo quy định cho cơ "
        "quan quản lý môi trường.",
    ),
    # ---- solid waste, compost, biochar ----
    (
        "iWo069",
        "vi",
        "conglycm",
        "Thùng ủ rác hữu cơ tại hộ gia đình thành phân compost",
        "Thùng nhựa 120 lít có lỗ thông khí và van xả nước rỉ, kèm chế phẩm vi sinh; người dân bỏ rác bếp, lá cây vào "
        "hằng ngày, sau khoảng 60-90 ngày thu được phân tơi xốp dùng bón cây. Có tài liệu tập huấn phân loại rác.",
    ),
    (
        "iWo070",
        "vi",
        "hgl",
        "Chế phẩm vi sinh ủ rác hữu cơ, rơm rạ thành phân bón",
        "Chế phẩm chứa vi sinh vật phân giải xenlulo; 1 tấn phân ủ cần khoảng 2-2,5 tấn rác hữu cơ hoặc rơm rạ và 5 kg "
        "chế phẩm. Hướng dẫn ủ đống có đảo trộn tại ruộng hoặc tại điểm tập kết.",
    ),
    (
        "iWo071",
        "en",
        "bsfbd",
        "Black soldier fly larvae unit for market and household organic waste",
        "Rearing trays and a breeding cage where larvae consume food waste, spoiled vegetables and fruit within days; "
        "mature larvae are harvested as feed for fish and poultry and the residue (frass) is used as fertiliser. "
        "Starter colony and training included.",
    ),
    (
        "iWo072",
        "vi",
        "bsfnttu",
        "Mô hình nuôi ruồi lính đen xử lý phụ phẩm chế biến",
        "Nhóm nghiên cứu đại học chuyển giao quy trình nuôi ấu trùng ruồi lính đen trên bã đậu nành, vỏ thơm, rau quả "
        "hư; kiểm soát nhiệt độ 25-35°C, ẩm 60-80%. Ấu trùng làm thức ăn gia cầm, cá; phần bã làm phân bón.",
    ),
    (
        "iWo073",
        "vi",
        "bdctr",
        "Mô hình thu gom, phân loại rác tại nguồn và ủ phân tập trung cấp xã",
        "Tư vấn quy hoạch điểm tập kết, xe thu gom, lịch thu rác hữu cơ riêng, và bãi ủ compost tập trung 5-20 tấn/ngày; "
        "kèm truyền thông phân loại rác cho hộ dân.",
    ),
    (
        "iWo074",
        "en",
        "lrrd",
        "Rice-husk biochar from top-lit updraft gasifier stoves",
        "Household gasifier stoves burn rice husk cleanly for cooking and leave biochar as a by-product. Trials on acid "
        "sulphate soils showed higher pH and water-holding capacity when 2-4% biochar was mixed in.",
    ),
    (
        "iWo075",
        "vi",
        "gocong",
        "Lò yếm khí sản xuất than sinh học từ rơm rạ quy mô hộ",
        "Lò đốt thiếu oxy nhiệt phân rơm rạ thành than sinh học, 100 kg rơm cho gần 50 kg than; thay cho đốt rơm ngoài "
        "đồng, than dùng bón cải tạo đất hoặc làm chất đốt.",
    ),
    (
        "iWo076",
        "en",
        "conglycm",
        "Household bokashi compost bins with effective microorganisms",
        "Airtight 20-litre bins and EM bran for fermenting kitchen waste indoors without odour, then finishing in soil. "
        "Supplied with training materials for community programmes of hundreds of households.",
    ),
    (
        "iWo077",
        "vi",
        "bdctr",
        "Lò đốt rác sinh hoạt công suất nhỏ 300-500 kg/giờ",
        "Lò đốt hai buồng, có buồng đốt khí thứ cấp và tháp xử lý khói, dành cho xã, cụm dân cư xa bãi chôn lấp.",
    ),
    (
        "iWo078",
        "vi",
        "lrrd",
        "Bếp đun cải tiến đốt trấu tiết kiệm củi",
        "Bếp thép có buồng cấp trấu liên tục, cháy sạch, ít khói, tiết kiệm củi cho hộ gia đình và quán ăn nông thôn.",
    ),
    (
        "iWo079",
        "vi",
        "vodua",
        "Sản xuất phân hữu cơ vi sinh từ phân bò và mụn dừa",
        "Quy trình phối trộn phân bò, mụn dừa đã xử lý, chế phẩm vi sinh; ủ 30-45 ngày, đóng bao bán cho nhà vườn.",
    ),
    # ---- biogas ----
    (
        "iWo080",
        "vi",
        "biogasctu",
        "Hầm biogas composite lắp ghép 10-25 m³",
        "Hầm chế tạo sẵn từ composite, lắp ghép trong 1 ngày, kín khí, không nứt như hầm gạch; dành cho hộ nuôi 10-50 "
        "heo. Kèm bếp gas biogas, đường ống và đồng hồ áp.",
    ),
    (
        "iWo081",
        "en",
        "sgtimes",
        "Biogas-to-power generators under an energy-service (ESCO) model",
        "For commercial farms above about 1,000 pigs: the technology partner invests in and maintains the biogas "
        "generator, the farm pays for the electricity it uses. Surplus gas that was flared becomes power, odour and "
        "emissions drop. Nearly 100 farms already enrolled.",
    ),
    (
        "iWo082",
        "en",
        "hanoitimes",
        "Covered-lagoon HDPE digester for medium and large pig farms",
        "Excavated lagoon lined and covered with HDPE geomembrane, 500-5,000 m³, collecting gas for cooking, heating or a "
        "generator. Needs far less construction time than brick digesters.",
    ),
    (
        "iWo083",
        "vi",
        "mekarn",
        "Túi ủ biogas bằng ống nhựa polyethylene giá rẻ",
        "Túi ủ làm từ ống PE hai lớp, đặt trong rãnh đất, chi phí thấp, lắp trong nửa ngày; phù hợp hộ nuôi 2-10 heo cần "
        "khí đốt nấu ăn.",
    ),
    (
        "iWo084",
        "vi",
        "vinong",
        "Biogas đa năng hoàn lưu xử lý chung chất thải chăn nuôi, nhà vệ sinh và rác hữu cơ hộ gia đình",
        "Thiết bị đã được cấp bằng độc quyền sáng chế, hoạt động theo nguyên lý hoàn lưu, kết hợp bể tự hoại của nhà vệ "
        "sinh với hầm ủ phân gia súc và rác bếp, rơm rạ trong một khối; hiệu suất sinh khí cao, ít bùn cặn.",
    ),
    (
        "iWo085",
        "en",
        "rural21",
        "Household biogas stove, pressure gauge and gas piping kit",
        "Stainless burner, water-column pressure gauge, pressure relief valve and piping fittings to connect an existing "
        "digester to the kitchen.",
    ),
    (
        "iWo086",
        "vi",
        "hanoitimes",
        "Máy phát điện chạy khí biogas 10-50 kVA kèm bộ lọc H2S",
        "Động cơ chuyển đổi chạy 100% biogas, tủ điện hòa với điện lưới trang trại, tháp lọc H2S và bẫy nước. Lắp đặt, "
        "bảo trì tại trại.",
    ),
    # ---- solar energy ----
    (
        "iWo087",
        "vi",
        "pctv",
        "Điện mặt trời mái nhà hòa lưới cho nhà xưởng, trụ sở cơ quan",
        "Khảo sát kết cấu mái, thiết kế hệ 30-1.000 kWp, cung cấp tấm pin, biến tần, thi công, làm thủ tục đấu nối với "
        "điện lực và giám sát sản lượng trực tuyến. Doanh nghiệp tự đầu tư, hoàn vốn 5-7 năm.",
    ),
    (
        "iWo088",
        "en",
        "pctv",
        "Zero-capex rooftop solar PPA for factories",
        "The investor finances, installs and operates a rooftop PV system; the factory buys the electricity at a "
        "discount to the grid tariff for 15-20 years and takes over the system at the end. No upfront payment.",
    ),
    (
        "iWo089",
        "en",
        "infostreet",
        "Aqua-PV: solar modules integrated into shrimp pond greenhouses",
        "Roofs of covered shrimp ponds are fitted with PV modules; the shade stabilises and lowers water temperature, "
        "reduces water exchange and bird predation, and the farm produces its own power on the same land. Pilot "
        "designs developed with a German solar research institute.",
    ),
    (
        "iWo090",
        "vi",
        "fraunhofer",
        "Pin mặt trời trên khung cao phía trên ao nuôi cá",
        "Kết cấu thép đặt tấm pin phía trên mặt ao nuôi cá nước ngọt (cá tra, cá lóc), giảm bốc hơi và chim bắt cá, "
        "phát điện cho trại. Quy mô tham khảo 400 kWp.",
    ),
    (
        "iWo091",
        "en",
        "mercom",
        "Floating solar on irrigation reservoirs and water-station ponds",
        "HDPE floats carry PV modules on still water bodies, cutting evaporation and algae growth while powering pumps "
        "or feeding the grid. Anchoring designed for water-level changes.",
    ),
    (
        "iWo092",
        "vi",
        "setech",
        "Máy sấy nông sản, thủy sản bằng năng lượng mặt trời dạng mô-đun",
        "Buồng sấy khoảng 2,5 x 4 x 2 m, nhiệt 30-65°C, mỗi mẻ 100-150 kg nguyên liệu tươi; ghép nhiều mô-đun để tăng "
        "công suất. Sấy cá, tôm, trái cây, rau củ sạch bụi, không phụ thuộc trời mưa.",
    ),
    (
        "iWo093",
        "vi",
        "santavi",
        "Máy sấy bơm nhiệt cho trái cây, rau củ, thủy sản",
        "Sấy ở nhiệt độ thấp, giữ màu và hương vị tự nhiên; chế tạo trong nước nên giá thấp hơn máy nhập khoảng 60%, "
        "tiết kiệm điện so với sấy điện trở. Mẻ 50-500 kg.",
    ),
    (
        "iWo094",
        "en",
        "kynhu",
        "Greenhouse-type solar dryer for fish and shrimp, 500 kg per batch",
        "Covered drying house with fans and sensors that regulate temperature, humidity and airflow; replaces drying on "
        "roadsides and yards, protects from dust, flies and rain. Used by fish-drying cooperatives.",
    ),
    (
        "iWo095",
        "en",
        "chalmers",
        "Solar PV-powered walk-in cold room for fish landing sites",
        "A 5-10 tonne cold room supplied by a PV mini-grid with battery and thermal storage, run on a pay-per-use basis by "
        "fishers. Keeps catch cool where the grid is weak or absent.",
    ),
    (
        "iWo096",
        "vi",
        "megasun",
        "Máy bơm nhiệt nước nóng công nghiệp cho khách sạn, bếp ăn, nhà máy",
        "Bơm nhiệt lấy nhiệt từ không khí để đun nước 55-60°C, tiêu thụ điện bằng khoảng một phần tư so với bình điện "
        "trở.",
    ),
    (
        "iWo097",
        "vi",
        "daknong",
        "Hệ thống lưu trữ điện pin lithium kết hợp điện mặt trời cho trang trại",
        "Pin lithium 10-100 kWh, biến tần hybrid, chuyển nguồn tự động khi mất điện lưới; dùng cho trại tôm, trại gà.",
    ),
    (
        "iWo098",
        "en",
        "infostreet",
        "Solar-powered aeration for shrimp ponds",
        "Hybrid PV-grid controller supplies paddle-wheel aerators and gives priority to solar power during the day, "
        "cutting the electricity bill of intensive shrimp ponds.",
    ),
    (
        "iWo099",
        "vi",
        "agripv",
        "Nhà màng trồng rau kết hợp tấm pin mặt trời",
        "Mái nhà màng lắp xen tấm pin bán trong suốt, vừa che nắng cho rau ăn lá vừa phát điện cho hệ thống tưới.",
    ),
    (
        "iWo100",
        "vi",
        "pctv",
        "Đèn LED năng lượng mặt trời chiếu sáng đường giao thông nông thôn",
        "Đèn liền thể 60-200W có cảm biến chuyển động, tự sáng khi trời tối, không cần kéo dây điện.",
    ),
    # ---- wind ----
    (
        "iWo101",
        "en",
        "talkvn",
        "Small wind turbines, 5-20 kW, for coastal farms",
        "Horizontal-axis turbines rated for the 6-7 m/s average winds along the coast, on tilt-up towers; can be combined "
        "with PV and batteries to power aerators, pumps and farm buildings.",
    ),
    (
        "iWo102",
        "vi",
        "baodauthau",
        "Tư vấn đo gió và lập dự án điện gió ven biển, gần bờ",
        "Lắp cột đo gió hoặc LiDAR, đánh giá tài nguyên gió ít nhất 12 tháng, lập báo cáo tiền khả thi, hồ sơ xin chủ "
        "trương đầu tư cho nhà máy điện gió trên đất bãi bồi và vùng biển gần bờ.",
    ),
    (
        "iWo103",
        "en",
        "lecourrier",
        "Wind-solar-battery hybrid microgrid for off-grid coastal sites",
        "Containerised controller and batteries integrating small wind turbines, PV and a backup generator, 10-100 kW, "
        "for shrimp farms, fish processing points and hamlets beyond the grid.",
    ),
    (
        "iWo104",
        "vi",
        "lecourrier",
        "Tuabin gió trục đứng mini 1-3 kW cho hộ gia đình ven biển",
        "Tuabin trục đứng quay êm, khởi động ở gió nhẹ, lắp trên mái hoặc cột thấp, kèm bộ sạc và ắc quy cho chiếu sáng, "
        "quạt, tủ lạnh.",
    ),
    # ---- biomass and energy efficiency ----
    (
        "iWo105",
        "en",
        "cambodia",
        "Rice-husk gasifier power plant for rice mills",
        "Gasifier converts husk into producer gas that runs a gas engine generator of 100-300 kW, replacing most of the "
        "diesel used by the mill; payback around two years on mills running year-round.",
    ),
    (
        "iWo106",
        "vi",
        "bioenergy",
        "Lò hơi đốt trấu, củi băm công suất 1-10 tấn hơi/giờ",
        "Lò hơi ghi xích hoặc tầng sôi đốt trấu, củi băm, vỏ hạt điều; thay lò đốt dầu FO, DO cho nhà máy chế biến thủy "
        "sản, thực phẩm. Có bộ hâm nước và xử lý bụi.",
    ),
    (
        "iWo107",
        "vi",
        "vinacontrol",
        "Kiểm toán năng lượng bắt buộc và tư vấn giải pháp tiết kiệm",
        "Đo kiểm điện, nhiệt, khí nén; lập báo cáo kiểm toán năng lượng theo Luật sử dụng năng lượng tiết kiệm và hiệu "
        "quả và Thông tư 25/2020/TT-BCT cho cơ sở tiêu thụ từ 1.000 TOE/năm; đề xuất và tính hiệu quả giải pháp.",
    ),
    (
        "iWo108",
        "en",
        "hpe",
        "Variable-speed drives and high-efficiency motor retrofit for pumps, fans and compressors",
        "We measure load profiles, then fit VFDs and IE3 motors so that pumps, cooling-tower fans and compressors run "
        "at the speed the process needs. Typical savings 20-40% on these loads.",
    ),
    (
        "iWo109",
        "vi",
        "hpe",
        "Hệ thống giám sát điện năng theo từng dây chuyền bằng công tơ thông minh",
        "Lắp công tơ điện tử, cảm biến dòng cho từng tủ điện, dây chuyền, máy lớn; phần mềm hiển thị suất tiêu hao và "
        "cảnh báo lãng phí theo ca.",
    ),
    (
        "iWo110",
        "en",
        "vinacontrol",
        "ISO 50001 energy management system implementation",
        "Consultancy to set energy policy, baseline and indicators, train an energy team and prepare for ISO 50001 "
        "certification.",
    ),
    (
        "iWo111",
        "vi",
        "bioenergy",
        "Dây chuyền ép viên nhiên liệu sinh khối từ trấu, mùn cưa, rơm",
        "Máy nghiền, sấy và ép viên 0,5-2 tấn/giờ, viên nén dùng cho lò hơi, lò sấy thay than đá.",
    ),
    (
        "iWo112",
        "en",
        "megasun",
        "Heat recovery from refrigeration compressors for process hot water",
        "Plate heat exchangers on the discharge line of ammonia or freon compressors pre-heat water for cleaning and "
        "processing, reducing boiler fuel in cold stores and seafood plants.",
    ),
    (
        "iWo113",
        "vi",
        "hpe",
        "Bảo ôn đường ống hơi và thu hồi nước ngưng",
        "Bọc cách nhiệt ống hơi, van, mặt bích; lắp bẫy hơi và bồn thu hồi nước ngưng đưa về lò hơi, giảm tiêu hao "
        "nhiên liệu.",
    ),
    (
        "iWo114",
        "vi",
        "hpe",
        "Thay đèn LED nhà xưởng cho đèn cao áp",
        "Đèn LED highbay 100-200W thay đèn metal halide, giảm điện chiếu sáng, tuổi thọ cao.",
    ),
    (
        "iWo115",
        "vi",
        "bioenergy",
        "Máy sấy lúa tầng sôi đốt trấu 10-30 tấn/mẻ",
        "Lò đốt trấu gián tiếp, quạt hướng trục, sàn sấy; giảm thất thoát sau thu hoạch trong mùa mưa.",
    ),
    # ---- coconut ----
    (
        "iWo116",
        "vi",
        "danvietsdd",
        "Nhân nuôi và phóng thích ong ký sinh phòng trừ sâu đầu đen hại dừa",
        "Quy trình nhân nuôi ong ký sinh trên ký chủ phụ trong phòng thí nghiệm, phóng thích định kỳ vào vườn dừa, theo "
        "dõi mật số sâu; kết hợp cắt tỉa và tiêu hủy tàu lá bị hại. Phù hợp vườn dừa hữu cơ không dùng thuốc hóa học.",
    ),
    (
        "iWo117",
        "en",
        "2lua",
        "Biological control programme for coconut black-headed caterpillar",
        "Integrated package against Opisina arenosella: release of parasitoid wasps and predatory bugs, removal and "
        "destruction of infested lower fronds, and monitoring of larval density. Compatible with organic certification.",
    ),
    (
        "iWo118",
        "vi",
        "nnbtsdd",
        "Dịch vụ phun thuốc sinh học bằng thiết bị bay không người lái cho cây dừa cao",
        "Drone phun chính xác lên tán và mặt dưới tàu lá ở độ cao 10-20 m, nơi bình xịt tay không tới; dùng chế phẩm "
        "sinh học được phép trong sản xuất hữu cơ. Nhận phun theo ha.",
    ),
    (
        "iWo119",
        "en",
        "baotintucsdd",
        "Light and pheromone traps for monitoring coconut moths",
        "Solar light traps and lures that catch adult moths, used to detect outbreaks early and time control actions.",
    ),
    (
        "iWo120",
        "en",
        "2lua",
        "Asecodes wasp release against coconut hispine beetle (Brontispa)",
        "Mass-reared Asecodes parasitoids released in coconut plantations to control Brontispa longissima, the beetle "
        "that damages the young unopened fronds at the crown.",
    ),
    (
        "iWo121",
        "vi",
        "baotintucsdd",
        "Chế phẩm sinh học Bt trừ sâu ăn lá dừa",
        "Chế phẩm vi khuẩn Bacillus thuringiensis dạng bột hòa nước, tác động lên sâu non ăn lá như sâu đầu đen, an toàn "
        "với ong ký sinh và được dùng trong vườn hữu cơ. Kèm hướng dẫn pha, phun mặt dưới lá.",
    ),
    (
        "iWo122",
        "vi",
        "vodua",
        "Máy tách chỉ xơ dừa và mụn dừa công suất 5-7 tấn/ngày",
        "Máy đập, tách vỏ dừa khô thành chỉ xơ và mụn dừa, kèm sàng phân loại và máy ép kiện chỉ xơ. Giúp tận dụng vỏ "
        "dừa tồn đọng ở cơ sở chế biến.",
    ),
    (
        "iWo123",
        "en",
        "vodua",
        "Cocopeat washing, buffering and block-pressing line",
        "Washes coir pith to lower electrical conductivity, buffers it with calcium, dries and presses 5 kg blocks or "
        "grow bags for export growing-media markets.",
    ),
    (
        "iWo124",
        "vi",
        "baotvdua",
        "Công nghệ sản xuất than hoạt tính từ gáo dừa",
        "Chuyển giao quy trình than hóa gáo dừa và hoạt hóa bằng hơi nước, sàng phân cỡ hạt; sản phẩm dùng lọc nước, "
        "lọc khí, xuất khẩu.",
    ),
    (
        "iWo125",
        "en",
        "ngocan",
        "Cold-press virgin coconut oil line for cooperatives",
        "Low-temperature drying and screw pressing of fresh coconut meat, then filtering; no cooking of milk, so vitamins "
        "and aroma are kept. Capacity about 1,500 nuts a day.",
    ),
    (
        "iWo126",
        "vi",
        "vtctvu",
        "Nhân giống dừa sáp bằng nuôi cấy phôi",
        "Trường đại học cung cấp cây giống dừa sáp từ nuôi cấy phôi in vitro, tỷ lệ cho trái sáp cao, và chuyển giao "
        "quy trình cho cơ sở giống.",
    ),
    (
        "iWo127",
        "en",
        "vinanet",
        "Nata de coco fermentation from coconut water",
        "Process and starter culture for turning coconut water from processing plants into nata de coco for desserts "
        "and drinks.",
    ),
    (
        "iWo128",
        "vi",
        "dhx",
        "Quy trình sản xuất mật hoa dừa nước cô đặc",
        "Thu dịch cuống hoa dừa nước, lọc và cô đặc ở nhiệt độ thấp thành mật, đóng chai làm sản phẩm đặc sản.",
    ),
    (
        "iWo129",
        "vi",
        "vinanet",
        "Máy gọt và tạo hình dừa tươi xuất khẩu",
        "Máy gọt vỏ xanh, tạo hình kim cương hoặc trọc đầu cho dừa uống nước, công suất 600-800 trái/giờ.",
    ),
    (
        "iWo130",
        "vi",
        "hiephoidua",
        "Máy bóc vỏ gáo và tách cơm dừa bán tự động",
        "Tách cơm dừa khỏi gáo nguyên miếng, giảm công lao động cho cơ sở sản xuất cơm dừa nạo sấy, dầu dừa.",
    ),
    # ---- livestock feed, straw, mushrooms ----
    (
        "iWo131",
        "vi",
        "lhhbo",
        "Ủ rơm với urê làm thức ăn dự trữ cho bò",
        "Hướng dẫn ủ rơm khô với urê và nước trong bao hoặc hố lót bạt 2-3 tuần, rơm mềm, bò ăn nhiều hơn và tiêu hóa "
        "tốt hơn; dự trữ thức ăn cho mùa khô.",
    ),
    (
        "iWo132",
        "en",
        "khmerbo",
        "Peanut haulm as protein-rich cattle feed",
        "Guidance on collecting, drying and storing groundnut stems and leaves after harvest to feed beef cattle; gains "
        "of about 140 kg in eight months reported by smallholders.",
    ),
    (
        "iWo133",
        "vi",
        "namromst",
        "Máy cuốn rơm tự hành cho cánh đồng sau thu hoạch",
        "Máy gom và cuốn rơm thành cuộn 12-15 kg, mỗi giờ vài trăm cuộn; phục vụ bán rơm cho trại bò, trồng nấm.",
    ),
    (
        "iWo134",
        "vi",
        "namromhg",
        "Mô hình trồng nấm rơm trong nhà kín trên kệ",
        "Nhà kín có kệ nhiều tầng, điều chỉnh nhiệt độ, độ ẩm; chu kỳ khoảng 40 ngày, trồng được 7-8 đợt mỗi năm, nấm "
        "đẹp, ít bệnh. Chuyển giao kỹ thuật ủ rơm, rải meo và thu hái.",
    ),
    # ---- aquaculture and fisheries ----
    (
        "iWo135",
        "vi",
        "ctu147",
        "Hệ thống IoT giám sát nước ao nuôi tôm, cá có cảnh báo SMS",
        "Đầu dò pH, oxy hòa tan, nhiệt độ và độ mặn đặt trong ao, có cơ cấu tự làm sạch đầu dò; dữ liệu lên máy chủ đám "
        "mây, theo dõi bằng điện thoại và gửi tin nhắn khi chỉ tiêu vượt ngưỡng. Đã thử ở trang trại Vĩnh Long, Bạc Liêu.",
    ),
    (
        "iWo136",
        "en",
        "lorawan",
        "Automatic dissolved-oxygen control for pond aerators (LoRaWAN)",
        "DO probes transmit over LoRaWAN to a controller that switches aerators on when oxygen drops below 5 mg/L and "
        "off when it recovers, saving electricity at night. Android app shows DO readings.",
    ),
    (
        "iWo137",
        "en",
        "iieta",
        "Mobile paddle-wheel aerator with onboard water-quality sensors",
        "Remote-controlled aerator that moves to low-oxygen zones of a marine shrimp pond, measuring eight water "
        "parameters and reporting them to a web application.",
    ),
    (
        "iWo138",
        "vi",
        "vnua",
        "Bộ đo pH, oxy hòa tan, nhiệt độ ao nuôi giá rẻ gửi cảnh báo về điện thoại",
        "Thiết bị dùng vi điều khiển và máy chủ nhỏ, đo liên tục pH, DO, nhiệt độ, gửi cảnh báo khi DO thấp; sai số "
        "dưới 5% so với máy đo chuẩn. Phù hợp hộ nuôi nhỏ.",
    ),
    (
        "iWo139",
        "en",
        "apn",
        "Certification support for sustainable mangrove-shrimp farming (ASIC / organic)",
        "Needs assessment, farmer training and group internal control systems so that small mangrove-shrimp farms can "
        "meet international sustainability or organic standards and sell to certified processors.",
    ),
    (
        "iWo140",
        "vi",
        "ikinews",
        "Mô hình tôm - rừng sinh thái đạt chứng nhận hữu cơ",
        "Hỗ trợ nhóm hộ duy trì trên 50% diện tích rừng ngập mặn trong vuông tôm, ghi chép, truy xuất và kết nối doanh "
        "nghiệp chế biến để được cấp chứng nhận hữu cơ, bán tôm giá cao.",
    ),
    (
        "iWo141",
        "vi",
        "fishsite",
        "Quy trình luân canh lúa - tôm thích ứng mặn",
        "Hướng dẫn rửa mặn đầu mùa mưa, chọn giống lúa chịu mặn, lịch thả tôm và quản lý nước để vụ lúa sau tôm không bị "
        "ngộ độc mặn; liên kết bao tiêu tôm với doanh nghiệp.",
    ),
    (
        "iWo142",
        "en",
        "tepbaccua",
        "Mud crab culture in extensive shrimp ponds",
        "Stocking guidelines, feeding with trash fish and pond management for raising mud crab together with tiger "
        "shrimp in extensive ponds; harvest after 3.5-4 months.",
    ),
    (
        "iWo143",
        "vi",
        "tsvncua",
        "Sản xuất cua biển giống nhân tạo",
        "Trại giống chuyển giao quy trình nuôi vỗ cua mẹ, ương ấu trùng bằng thức ăn sống đến cua bột, cua hạt tiêu; "
        "nhận cung cấp giống theo đơn đặt hàng.",
    ),
    (
        "iWo144",
        "en",
        "infostreet",
        "Biofloc technology for intensive whiteleg shrimp",
        "Design and training for lined, covered ponds run with minimal water exchange and microbial floc as extra feed.",
    ),
    (
        "iWo145",
        "vi",
        "tepbacda",
        "Máy làm đá tuyết từ nước biển lắp trên tàu cá",
        "Máy sản xuất đá tuyết trực tiếp từ nước biển, khoảng 1.250 kg/ngày, làm lạnh hải sản nhanh và đều, không làm "
        "trầy xước; giảm lượng đá cây mang từ bờ.",
    ),
    (
        "iWo146",
        "en",
        "daset",
        "Slurry ice system for on-board fish preservation",
        "Machine makes slurry ice from seawater at about -2°C, chilling fish core temperature much faster than crushed "
        "ice and keeping quality over trips of several weeks.",
    ),
    (
        "iWo147",
        "en",
        "vnua",
        "Water-quality test kits for shrimp farmers",
        "Colour test kits for ammonia, nitrite, alkalinity and pH with farmer training.",
    ),
    (
        "iWo148",
        "vi",
        "tcx",
        "Chế phẩm vi sinh xử lý đáy ao nuôi tôm",
        "Chế phẩm vi khuẩn có lợi phân hủy bùn đáy, giảm khí độc, ổn định môi trường ao.",
    ),
    (
        "iWo149",
        "vi",
        "2luacua",
        "Kỹ thuật nuôi cua biển xen trong ao tôm quảng canh và dưới tán rừng",
        "Tập huấn mật độ thả, bổ sung thức ăn, làm đăng cống giữ cua, năng suất 1,5-2 tấn/ha.",
    ),
    # ---- coastal protection and climate adaptation ----
    (
        "iWo150",
        "vi",
        "ergo",
        "Hàng rào tre giảm sóng gây bồi, tạo bãi để trồng lại rừng ngập mặn",
        "Thiết kế và thi công hàng rào cọc tre hai hàng, giữa chèn cành cây, đặt song song bờ biển theo mô hình số về "
        "sóng và bùn cát; giảm xói lở, giữ phù sa để bãi bồi cao dần rồi trồng đước, mắm.",
    ),
    (
        "iWo151",
        "en",
        "giz",
        "Community co-management and replanting of protective mangrove belts",
        "Supports local groups to replant and manage coastal mangroves under benefit-sharing agreements, with planting "
        "techniques adapted to exposed sites.",
    ),
    (
        "iWo152",
        "en",
        "dandc",
        "Commune-level climate risk mapping: erosion, flooding and salinity (GIS)",
        "Combines shoreline change, flood and salinity data with household surveys to produce risk maps and priority "
        "adaptation measures for each commune.",
    ),
    (
        "iWo153",
        "vi",
        "rwelnino",
        "Đánh giá nhanh thiệt hại do hạn mặn và lập kế hoạch ứng phó cấp xã",
        "Đội chuyên gia khảo sát hộ dân, thống kê diện tích lúa, màu, thủy sản bị ảnh hưởng, nhu cầu nước sinh hoạt, "
        "và soạn kế hoạch hỗ trợ khẩn cấp, khôi phục sinh kế trong 2-3 tuần.",
    ),
    # ---- other sectors ----
    (
        "iWo154",
        "vi",
        "tvunckh",
        "Quy trình phòng trị bệnh vàng lá thối rễ trên cây có múi",
        "Nhóm nghiên cứu trường đại học chuyển giao quy trình xử lý đất, dùng nấm đối kháng, bón phân cân đối để phục "
        "hồi vườn cam, bưởi bị vàng lá thối rễ.",
    ),
    (
        "iWo155",
        "vi",
        "snntxng",
        "Phần mềm quản lý chuỗi cung ứng và truy xuất nguồn gốc bằng tem QR",
        "Nền tảng ghi nhật ký sản xuất, quản lý lô hàng và in tem QR cho sản phẩm chủ lực, sản phẩm OCOP; người mua quét "
        "mã xem vùng trồng, quy trình và chứng nhận.",
    ),
    (
        "iWo156",
        "en",
        "tvuconf",
        "Online sales and e-commerce training for small producers",
        "Short courses on product photos, marketplace listings, livestreaming and order handling for cooperatives and "
        "household businesses.",
    ),
    (
        "iWo157",
        "en",
        "vtctvu",
        "Plant tissue culture laboratory services",
        "Contract micropropagation of banana, orchid and ornamental plants; virus-free mother stock and hardening nursery.",
    ),
    (
        "iWo158",
        "vi",
        "sofri",
        "Máy rửa và phân loại trái cây theo kích cỡ",
        "Dây chuyền rửa, sấy ráo, phân loại bưởi, cam, xoài theo trọng lượng, 2-5 tấn/giờ cho nhà đóng gói.",
    ),
]
