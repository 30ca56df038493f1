"""Offers of the holdout60 labelled set (see make_holdout60.py): (id, language, source key, title, description)."""

OFFERS = [
    # --- reverse osmosis, desalination, drinking water ---
    (
        "kJo001",
        "vi",
        "ro_daiviet",
        "Máy lọc nước nhiễm mặn 5 cấp công suất 1.000 lít/giờ cho xã vùng hạn mặn",
        "Hệ thống gồm cột lọc phèn, cột lọc hữu cơ, bồn làm mềm nước cứng, màng RO áp cao tách muối và màng RO áp thấp; "
        "xử lý nước có độ mặn tới 3.000 ppm thành nước đạt quy chuẩn nước uống đóng chai, khoảng 24 m3 mỗi ngày. "
        "Doanh nghiệp nhận lắp đặt cho UBND xã, điểm cấp nước cộng đồng vùng ven biển.",
    ),
    (
        "kJo002",
        "en",
        "ro_sggp_bentre",
        "Commune-scale brackish-water reverse osmosis plant, 8 m3 per hour",
        "Turnkey RO station that desalinates brackish river water for a whole commune and its neighbourhood, sized for "
        "around 10,000 households. Reference project cost about VND 1.25 billion (≈ USD 54,000) per unit; a twin unit "
        "of the same capacity runs in a second commune.",
    ),
    (
        "kJo003",
        "vi",
        "ro_baodongkhoi",
        "Trạm lọc RO đặt trong container, 3 m3/giờ, lọc nước mặn 8.000–10.000 ppm",
        "Toàn bộ thiết bị đặt trong container dài khoảng 6 m: màng RO 8040 nhập khẩu, đèn UV và ozone; nước đầu vào "
        "theo QCVN 02:2009/BYT, nước ra đạt QCVN 6-1:2010/BYT nước uống tinh khiết. Phù hợp bệnh viện, trạm y tế, "
        "trường học vùng hạn mặn; giá trị hệ thống tham khảo khoảng 759 triệu đồng.",
    ),
    (
        "kJo004",
        "en",
        "ro_barefoot",
        "Solar-powered village RO desalination plant, 600 litres per hour",
        "Desalination unit built from a booster pump, sand filter, cartridge and carbon filter, running six hours a day "
        "on a 2.5 kW solar plant so it does not depend on an erratic grid. Reduces total dissolved solids from "
        "4,000–6,000 ppm to about 450 ppm into a 5,000-litre tank; each family draws 40 litres a day for a small "
        "monthly fee.",
    ),
    (
        "kJo005",
        "en",
        "ro_lienaid_plants",
        "Desalination add-on for existing rural water treatment plants",
        "Retrofit of additional desalination units to piped-water treatment plants whose river intake turns saline "
        "from January to June, so the plant keeps selling safe water at an affordable tariff. Piloted with the "
        "National Centre for Rural Water Supply and Sanitation on three plants in coastal Mekong provinces, serving "
        "about 7,475 people.",
    ),
    (
        "kJo006",
        "en",
        "ro_lienaid_cwe",
        "Community water enterprise: small low-pressure RO bottling plant run as a social business",
        "Model in which a commune runs a small bottled-water plant using low-pressure reverse osmosis and sells "
        "20-litre water at a fraction of the price of commercial bottled water. Set up with the provincial rural water "
        "centre; suited to poor, saline and alkaline communes where families drink alum-treated well water or "
        "rainwater.",
    ),
    (
        "kJo007",
        "vi",
        "ro_kimhong",
        "Thiết bị chưng cất nước mặn thành nước ngọt bằng năng lượng mặt trời",
        "Dùng năng lượng mặt trời làm bốc hơi nước mặn rồi ngưng tụ thành nước ngọt, tia cực tím diệt vi sinh; hiệu "
        "suất sử dụng năng lượng tới 80%, chi phí thấp. Công suất nhỏ, dễ dùng, phù hợp hộ gia đình, tàu cá, cơ sở sản "
        "xuất nhỏ ở vùng biển, hải đảo, vùng sâu vùng xa.",
    ),
    (
        "kJo008",
        "en",
        "ro_maldives",
        "Off-grid solar RO purifier: 500 litres a day per 100 W panel",
        "Small reverse-osmosis units that draw brackish groundwater and remove pathogens, metals and dissolved solids "
        "using about a fifth of the power of a standard RO unit; one square-metre 100 W panel produces about 500 litres "
        "of drinking water per day. Designed for off-grid island and coastal settlements.",
    ),
    (
        "kJo009",
        "en",
        "ro_hindu",
        "Solar-powered RO water purification system for rural villages",
        "Two photovoltaic panels run pumps that push brackish well water and collected rainwater through semi-porous "
        "membranes, giving about 1,000 litres of clean water a day for a village of 450–500 people. Simple enough for "
        "villagers to operate and maintain themselves.",
    ),
    (
        "kJo010",
        "vi",
        "ro_vnexpress_solar",
        "Hệ thống lọc RO kết hợp pin mặt trời cho vùng hạn mặn, vận hành độc lập",
        "Cụm tấm pin mặt trời cấp điện cho bơm và cụm lọc màng RO, giúp máy chạy được ở nơi lưới điện yếu hoặc chưa có "
        "điện; vận hành đơn giản, chi phí thấp, dễ duy tu tại chỗ. Hướng tới các xã ven biển bị xâm nhập mặn mùa khô và "
        "khu vực nông thôn thiếu nước sạch.",
    ),
    (
        "kJo011",
        "vi",
        "ro_hagiang",
        "Cụm lọc nước uống trực tiếp RO 120 lít/giờ và xử lý nước đầu nguồn cho trường học",
        "Mỗi công trình gồm thiết bị lọc RO cho nước uống trực tiếp công suất 120 lít/giờ và thiết bị xử lý nước sinh "
        "hoạt 5–10 m3/ngày đêm; cấu tạo đơn giản, dễ lắp, bảo trì dễ, hợp mô hình tự quản của trường, cụm dân cư. Chi "
        "phí khoảng 50 triệu đồng mỗi công trình.",
    ),
    (
        "kJo012",
        "en",
        "wilbers",
        "Water-quality audit of rural piped-water supply stations",
        "Sampling and analysis of supply-station water for pH, turbidity, chloride, ammonium, iron, mercury and "
        "indicator bacteria against WHO and Vietnamese drinking-water standards, combined with household interviews on "
        "connection and use. Method applied to 41 stations and 542 households in the Mekong Delta, where chloride reached "
        "1,576 mg/L.",
    ),
    (
        "kJo013",
        "vi",
        "vietthaisinh",
        "Máy lọc nước gia đình xử lý nước lợ (1–10 g muối/lít)",
        "Tư vấn và cung cấp máy lọc cho hộ gia đình dùng nước lợ ở vùng cửa sông giáp biển, nơi nước có 1–10 gam muối "
        "hòa tan mỗi lít; tách muối để nước uống không gây hại tiêu hóa, gan thận.",
    ),
    (
        "kJo014",
        "en",
        "sinovoltaics",
        "Consulting on decentralised solar-powered desalination systems",
        "Design advice on small decentralised desalination units powered by solar energy for remote, sparsely populated "
        "areas where centralised water treatment is uneconomic; covers technology choice and sizing for brackish or "
        "sea water.",
    ),
    (
        "kJo015",
        "en",
        "akvopedia",
        "Solar still and water-pyramid evaporation units for small-scale desalination",
        "Low-tech evaporation desalination: terracotta solar distillers that local craftsmen can build and repair, and "
        "the water-pyramid that both desalinates saline water and harvests rainwater in sunny tropical areas with "
        "free ground space.",
    ),
    # --- rainwater ---
    (
        "kJo016",
        "vi",
        "rw_thuha",
        "Mô hình thu, xử lý và trữ nước mưa hộ gia đình có loại bỏ nước mưa đầu trận",
        "Thiết kế hệ thống thu hứng, xử lý và dự trữ nước mưa cho hộ nông thôn ĐBSCL, tự động loại bỏ nước mưa đầu trận, "
        "cách làm đơn giản, kinh phí thấp, giúp nước mưa đạt yêu cầu cho ăn uống và lâu hỏng.",
    ),
    (
        "kJo017",
        "vi",
        "rw_tapchinuoc",
        "Giải pháp thu giữ nước mưa trên mái nhà với van xả nước đầu trận",
        "Lắp thêm tê nhánh 32 mm trên ống đứng thoát nước mái, dẫn nước vào bồn hoặc bể; van xả cuối ống để bỏ nước mưa "
        "đợt đầu rửa mái. Ví dụ mái 20 m2 gặp trận mưa 50 mm thu được khoảng 1 m3 nước.",
    ),
    (
        "kJo018",
        "en",
        "rw_iwa_maint",
        "Operation and maintenance programme for household rainwater harvesting systems",
        "Survey, sampling and advice on cleaning frequency of tanks, roofs and gutters, strainers and first-flush "
        "removal, with water-quality testing (TDS, turbidity, dissolved oxygen, coliforms) for rural households that "
        "drink rainwater; gives a recommended maintenance schedule.",
    ),
    (
        "kJo019",
        "en",
        "rw_camau",
        "Rainwater tank sizing and treatment advice for coastal households",
        "Based on 15 years of rainwater-quality monitoring in a coastal Mekong province: a 5-person household needs "
        "about 10 m3 of storage for a normal year and 18–20 m3 in dry years; stored water should be treated with "
        "chlorine or UV before use.",
    ),
    (
        "kJo020",
        "en",
        "rw_community",
        "Design of community-scale rainwater drinking-water systems",
        "Water-balance model that computes reliability, annual drinking-water production and benefit–cost ratio of "
        "community rainwater systems for 150–1,000 users, 70–4,800 kL of storage and 20–50 litres per person per day, "
        "calibrated for rural Vietnam.",
    ),
    (
        "kJo021",
        "en",
        "rw_vinhchau",
        "Feasibility study of household rainwater harvesting in coastal towns",
        "Household interviews and cost comparison of rainwater against tap water and groundwater in a coastal Mekong "
        "town with about 1,776 mm of rain a year; shows a properly built rainwater system is more cost-efficient than "
        "the alternatives (Can Tho University).",
    ),
    (
        "kJo022",
        "vi",
        "rw_tanhung_bag",
        "Túi trữ nước ngọt 7–25 m3 cho mùa hạn mặn và mùa mưa",
        "Túi vỏ vải địa kỹ thuật dệt sợi PP, lòng nhựa PE ghép 3 lớp, theo tiêu chuẩn ASTM; dung tích 7–25 m3, túi 25 m3 "
        "giá khoảng 3,5 triệu đồng. Đặt được trên nền đất, trong ao, rãnh; thay bể xi măng để trữ nước mưa, nước ngọt.",
    ),
    (
        "kJo023",
        "vi",
        "rw_vietq",
        "Bồn nhựa trữ nước dung tích lớn cho hộ gia đình vùng hạn mặn",
        "Bồn nhựa dễ di chuyển để hứng nước mưa, trữ nước ngọt nhiều tháng vẫn giữ vệ sinh, giúp hộ dân giảm tiền mua "
        "nước ngọt trong mùa khô.",
    ),
    (
        "kJo024",
        "vi",
        "rw_wepar",
        "Thi công bể chứa nước mưa tại nhà đúng kỹ thuật, chống thấm",
        "Hướng dẫn và thi công bể chứa nước mưa cho hộ gia đình đúng quy cách, tránh lãng phí vật liệu, xử lý chống thấm "
        "để trữ nước mưa dùng khi nguồn nước sông, giếng bị nhiễm mặn, nhiễm phèn.",
    ),
    (
        "kJo025",
        "vi",
        "rw_lequang",
        "Tư vấn công nghệ trữ nước sinh hoạt nông thôn cho vùng khan hiếm nước",
        "Viện Nước, Tưới tiêu và Môi trường đánh giá các công nghệ trữ nước sinh hoạt truyền thống và khuyến nghị công "
        "nghệ trữ nước mới cho cấp nước mùa khô ở nông thôn.",
    ),
    (
        "kJo026",
        "en",
        "rw_iwa_barriers",
        "Programme review for rainwater-for-drinking projects in Vietnam",
        "Review of rainwater-for-drinking demonstration projects, identifying technical, economic and social barriers "
        "and the strategies that make household or school rainwater drinking schemes sustainable.",
    ),
    (
        "kJo027",
        "vi",
        "rw_ceramic",
        "Bình lọc nước bằng gốm cho hộ gia đình, trường học, trạm y tế",
        "Bình lọc gốm sản xuất trong nước theo mô hình hợp tác công – tư; hơn 31.000 bình đã bán ra, hơn 3.200 bình hỗ "
        "trợ cho trường học, hộ gia đình, trạm y tế; giảm nguy cơ tiêu chảy, lỵ từ nước chưa xử lý.",
    ),
    (
        "kJo028",
        "en",
        "rw_rainfall_ctu",
        "Rainfall regime analysis for rainwater planning in the Mekong Delta",
        "Analysis of rainfall distribution in the delta (coastal areas receive about 1,200–1,600 mm, some 90% in the "
        "May–November rainy season) to plan rainwater collection and storage (Can Tho University).",
    ),
    (
        "kJo029",
        "vi",
        "rw_gamebes",
        "Kinh nghiệm bố trí và thi công bể chứa nước mưa cho nhà nông thôn",
        "Chia sẻ cách bố trí, thiết kế và thi công bể chứa nước mưa ngay khi xây nhà ở vùng nông thôn chưa có nhà máy "
        "nước, hạn chế sai phạm khi làm bể.",
    ),
    # --- piped water, leaks, meters, treatment ---
    (
        "kJo030",
        "en",
        "nrw_itron",
        "AMI-based non-revenue water programme with acoustic leak sensors",
        "Advanced metering communication modules with integrated acoustic leak sensors, district metering, pressure "
        "management and tamper alerts; finds distribution leaks and customer-side leaks so they can be billed or "
        "repaired. Utilities typically lose 10–30% of pumped water.",
    ),
    (
        "kJo031",
        "en",
        "nrw_gutermann",
        "Permanent acoustic noise loggers with automatic daily correlation",
        "Small magnetic noise loggers fitted in valve chambers, battery life of at least five years, recording "
        "synchronised noise and correlating it automatically every day to pinpoint non-surfacing leaks and filter "
        "false alarms.",
    ),
    (
        "kJo032",
        "en",
        "nrw_acrios",
        "Pressure monitoring sensors for early leak detection in water networks",
        "Pressure loggers that learn the normal daily pressure envelope of a network and flag drops caused by new "
        "cracks or bursts; complements acoustic methods where leaks are small.",
    ),
    (
        "kJo033",
        "en",
        "nrw_busitema",
        "Smart yard water meter with prepaid tags and mobile-money billing",
        "Meter system for small utilities: prepaid customers fetch water with a credited tag, postpaid customers "
        "receive automatic bills payable by mobile money; tamper protection and water-quality sensors report changes, "
        "cutting non-revenue water from meter-reading errors and theft.",
    ),
    (
        "kJo034",
        "vi",
        "meter_techmart",
        "Module biến đồng hồ nước cơ thành đồng hồ thông minh truyền LoRa/NB-IoT",
        "Bo mạch ghi chỉ số theo xung, cảm biến LC phát hiện hành vi làm quay ngược để trộm nước, pin; truyền dữ liệu "
        "bằng LoRa (phạm vi 2–5 km, cần gateway) hoặc NB-IoT lên máy chủ. Ứng dụng cho phép theo dõi lượng nước theo thời "
        "gian thực, cảnh báo vượt ngưỡng và cảnh báo mở nắp.",
    ),
    (
        "kJo035",
        "vi",
        "meter_plm",
        "Thiết bị đọc chỉ số đồng hồ nước từ xa, gắn vào đồng hồ cơ có sẵn",
        "Giải pháp cải tiến đồng hồ cơ truyền thống thành đồng hồ đọc từ xa, tránh thay mới bằng đồng hồ điện tử giá từ "
        "2,5 triệu đồng (đồng hồ cơ chỉ 500–800 nghìn); tự động ghi chỉ số, nhập liệu và thanh toán (ĐH Bách khoa TPHCM).",
    ),
    (
        "kJo036",
        "vi",
        "nrw_westerntech",
        "Dịch vụ dò tìm rò rỉ ngầm trên tuyến ống cấp nước",
        "Tìm điểm rò rỉ trên đường ống chôn ngầm, nguyên nhân chính gây thất thoát nước; hỗ trợ đơn vị cấp nước thực "
        "hiện chương trình quốc gia chống thất thoát, thất thu nước sạch, mục tiêu giảm xuống dưới 15% vào năm 2025.",
    ),
    (
        "kJo037",
        "vi",
        "nrw_lctech",
        "Giải pháp chống thất thoát nước tổng thể cho đơn vị cấp nước",
        "Quản lý áp lực, phân vùng tách mạng, ứng dụng công nghệ giám sát, xử lý cả thất thoát hữu hình (rò rỉ, vỡ ống) "
        "và vô hình (sai số đồng hồ, câu trộm nước).",
    ),
    (
        "kJo038",
        "vi",
        "nrw_hcmc",
        "Nghiên cứu giải pháp kỹ thuật – công nghệ chống thất thoát cho mạng cấp nước đô thị lớn",
        "Đề tài cho hệ thống cấp nước 1,8 triệu m3/ngày đêm với tuyến ống truyền tải và phân phối xuống cấp, tỷ lệ thất "
        "thoát 40–50%; đề xuất giải pháp kỹ thuật, công nghệ cho từng vùng cấp nước.",
    ),
    (
        "kJo039",
        "en",
        "chl_who",
        "Training and SOPs on drinking-water chlorination for small water supplies",
        "Guide and tailored training for operators of small- to medium-sized piped supplies: chlorination principles, "
        "dose and residual calculations, safe handling and standard operating procedures, linked to water safety plans.",
    ),
    (
        "kJo040",
        "en",
        "chl_wedc",
        "Gravity- or water-powered chlorinators for small water supplies",
        "Chlorination devices that need no electricity, for small schemes where power is unreliable or absent; avoids "
        "chlorine gas and points to detailed design sources.",
    ),
    (
        "kJo041",
        "vi",
        "iron_aposun",
        "Bể lọc khử phèn, khử sắt 3 ngăn cho nước giếng hộ gia đình",
        "Làm thoáng bằng giàn phun mưa để oxy hóa sắt, rồi lắng – lọc – chứa trong bể gạch 3 ngăn, mỗi ngăn 0,35–0,49 m3; "
        "ngăn lọc gồm sỏi đỡ, cát lọc, cát mịn, có thể thêm lớp than để khử mùi.",
    ),
    (
        "kJo042",
        "vi",
        "iron_ace",
        "Hệ lọc nước giếng khoan nông thôn nhiều lớp vật liệu",
        "Bể lắng 500–1.000 lít rồi bể lọc với sỏi, cát thạch anh, cát mangan và than hoạt tính để giảm phù sa, sắt, "
        "mangan, mùi cho nước giếng khoan bị đục, vàng.",
    ),
    (
        "kJo043",
        "vi",
        "meter_nld",
        "Lắp đồng hồ nước riêng từng hộ và thanh toán tiền nước qua ứng dụng",
        "Đơn vị cấp nước lắp đồng hồ riêng cho từng hộ ở vùng cù lao, doi đất vốn dùng đồng hồ chung, cho phép hộ dân tự "
        "kiểm tra lượng nước dùng và trả tiền hằng tháng qua app.",
    ),
    (
        "kJo044",
        "en",
        "nrw_sw4eu",
        "Leak management software based on pressure and flow data",
        "Software that detects leaks from district-metered-area flow and pressure data, plus customer apps to report "
        "leaks; notes that these need many sensors and DMAs.",
    ),
    (
        "kJo045",
        "vi",
        "meter_viplaws",
        "Hệ thống đo lường tiêu thụ nước hộ gia đình, giám sát từ xa",
        "Thiết bị thu thập dữ liệu đồng hồ nước tự động, độ chính xác cao, không cần nhân viên đến ghi số hằng tháng; "
        "giám sát từ xa và tự động cảnh báo khi phát hiện trộm nước.",
    ),
    (
        "kJo046",
        "en",
        "nrw_taggle",
        "Fixed-network automatic meter reading to expose non-revenue water",
        "Radio meter-reading network that shows the gap between water put into distribution and water billed, so "
        "utilities can locate and reduce non-revenue water.",
    ),
    (
        "kJo047",
        "en",
        "nrw_americanleak",
        "System-scale leak detection surveys for water districts",
        "Acoustic correlation surveys on transmission and distribution mains, mapped service-line surveys and "
        "water-loss audits; scoping by district metered area, pipe material and break history, with quiet-hour "
        "logging.",
    ),
    (
        "kJo048",
        "en",
        "nrw_waterboard",
        "Non-revenue water reduction programme for a regional water authority",
        "Programme to cut water lost through leaks in the distribution system, tracking NRW as a percentage of water "
        "supplied as a key performance indicator.",
    ),
    (
        "kJo049",
        "en",
        "nrw_watercouncil",
        "Acoustic sensors for leak location in plastic and large-diameter pipes",
        "In-pipe and remote acoustic sensing that locates leaks in PVC/PE and large mains, where ordinary listening "
        "and correlation work poorly, without costly above-ground equipment.",
    ),
    (
        "kJo050",
        "vi",
        "iron_manual",
        "Hướng dẫn lọc nước giếng khoan thủ công tại nhà",
        "Các cách lọc thủ công nước giếng khoan bị vàng đục, tanh, nhiễm phèn, nhiễm mặn nhẹ cho hộ gia đình nông thôn "
        "ĐBSCL, dùng vật liệu sẵn có.",
    ),
    # --- salinity monitoring and warnings ---
    (
        "kJo051",
        "vi",
        "sal_int",
        "Hệ thống quan trắc và cảnh báo xâm nhập mặn tự động 24/24",
        "Viện Công nghệ Nano (ĐHQG TPHCM) sản xuất hệ thống có đầu dò cảm biến chuyên dụng theo dõi độ mặn trên kênh "
        "rạch, cửa biển, kết nối không dây, thay cho lấy mẫu thủ công mỗi giờ; phục vụ chủ động tưới tiêu, nuôi trồng, "
        "sinh hoạt.",
    ),
    (
        "kJo052",
        "en",
        "sal_vnnews_int",
        "Solar-powered salinity alarm that also switches pumps",
        "River salinity and temperature probe powered by solar panels; sends high-salinity warnings by mobile phone to "
        "agencies and farmers and can start a pump to fill ponds automatically once salinity drops below 2‰.",
    ),
    (
        "kJo053",
        "vi",
        "sal_citt",
        "Hệ thống cảnh báo xâm nhập mặn IoT cho vườn cây ăn trái",
        "Trạm đo đặt tại nguồn nước cấp cho vườn, gửi số liệu liên tục lên máy chủ; nhà vườn xem trên ứng dụng điện "
        "thoại hoặc website để chủ động lấy nước, điều chỉnh tưới (đã thử nghiệm ở vùng sầu riêng, ĐH Quốc tế).",
    ),
    (
        "kJo054",
        "vi",
        "sal_nongnghiep_kesach",
        "Trạm quan trắc độ mặn tự động trực tuyến đặt tại vàm sông",
        "Hai trạm đo đặt ở vàm sông và kênh cấp I truyền độ mặn theo thời gian thực lên máy tính, điện thoại; người dùng "
        "xem biểu đồ diễn biến để biết con nước nào mặn cao, lúc nào nên lấy nước (Khoa CNTT&TT, ĐH Cần Thơ).",
    ),
    (
        "kJo055",
        "en",
        "sal_cloudwith",
        "Smart salinity monitoring network with farmer app (Rynan Mekong)",
        "Stations sample the water every 15 minutes and send salinity, alkalinity, pH and tidal level to an operation "
        "centre and to the farmers' app; in a coastal province, salinity damage fell to a tenth of the earlier loss.",
    ),
    (
        "kJo056",
        "vi",
        "sal_rynan",
        "Phao quan trắc và hệ thống đo độ mặn kèm ứng dụng điện thoại",
        "Đã lắp 39 hệ thống tại các tỉnh ven biển ĐBSCL; ứng dụng hiển thị độ mặn, nhiệt độ, pH, mực nước tại chỗ để "
        "quản lý bơm và trữ nước ngọt; giá mỗi hệ thống 70 đến trên 200 triệu đồng tùy tính năng.",
    ),
    (
        "kJo057",
        "en",
        "sal_ifad",
        "Salinity early-warning smartphone app for rice farmers",
        "Salinity is measured remotely and sent to farmers' phones, warning when salt water is entering their fields "
        "and helping them decide when to flush paddies with fresh water (IFAD and Government of Viet Nam).",
    ),
    (
        "kJo058",
        "vi",
        "sal_qtm",
        "Ứng dụng Mekong: độ mặn, mực nước và lịch đóng/mở cống cho nông dân",
        "Số liệu độ mặn, mực nước cập nhật 3 giờ/lần tại các điểm quan trắc; ứng dụng còn có thông tin côn trùng, màu "
        "lúa, truy xuất nguồn gốc và lịch đóng/mở cống khu vực ruộng.",
    ),
    (
        "kJo059",
        "vi",
        "sal_mrss",
        "Phần mềm dự báo mặn Mekong MRSS trên điện thoại thông minh",
        "Chạm vào vị trí bất kỳ ở ĐBSCL để xem độ mặn, mực nước theo giờ; mô phỏng bằng Mike 11 HD+AD, hiệu chỉnh với số "
        "liệu thực đo 2016–2020 ở gần 20 trạm (Công ty DNP và ĐH Thủy lợi).",
    ),
    (
        "kJo060",
        "en",
        "sal_uit",
        "Low-cost LoRa salinity and water-level warning node",
        "Warning system built from a salinity sensor, a water-level sensor, LoRa transceivers and a Raspberry Pi "
        "gateway; analyses salinity and tide changes to warn residents of saline intrusion (UIT student design).",
    ),
    (
        "kJo061",
        "vi",
        "sal_haugiang",
        "Quan trắc mặn tại cống kèm camera và báo động qua điện thoại",
        "Máy đo mặn, camera theo dõi chỉ số và mực nước, bộ truyền dữ liệu lắp tại cống đầu nguồn; phần mềm nội suy độ mặn "
        "các đoạn sông nội địa và báo động về điện thoại khi vượt ngưỡng để cán bộ đóng cống.",
    ),
    (
        "kJo062",
        "vi",
        "sal_ultrasonic",
        "Cảm biến độ mặn không tiếp xúc dùng sóng siêu âm",
        "Đo độ nổi của phao bằng cảm biến siêu âm rồi nội suy độ mặn theo định luật Archimedes; điện cực không tiếp xúc "
        "nước nên không bị ăn mòn, không bám bẩn, bền và chính xác cho trạm đo đặt lâu (ĐH Công nghiệp TPHCM).",
    ),
    # --- fresh-water ponds and storage ---
    (
        "kJo063",
        "vi",
        "pond_dantoc_bentre",
        "Kỹ thuật ao trải bạt trữ nước ngọt tưới cây giống, hoa kiểng",
        "Hộ tự đào ao khoảng 20 m3, trải bạt, lấy nước vào khi độ mặn ngoài sông thấp trong giới hạn cho phép, tưới "
        "tiết kiệm cho khoảng 1.000 m2 đất sản xuất suốt đợt mặn.",
    ),
    (
        "kJo064",
        "vi",
        "pond_nhanongxanh",
        "Trải bạt dưới mương vườn trữ nước tưới chống hạn mặn",
        "Mô hình trải bạt đáy mương để giữ nước ngọt, hàng chục hộ áp dụng cho hơn 1.000 ha sầu riêng, được nhiều nơi "
        "ở miền Tây nhân rộng.",
    ),
    (
        "kJo065",
        "vi",
        "pond_vnexpress",
        "Nạo vét mương vườn trữ nước và giữ ẩm gốc cây mùa hạn mặn",
        "Vét mương rộng khoảng 2 m giữa các hàng cây để trữ nước sâu hơn 1 m, để cỏ, phủ rơm và bao bố quanh gốc giữ ẩm; "
        "đủ nước cho cây cầm cự khoảng một tháng khi hạn mặn gay gắt.",
    ),
    (
        "kJo066",
        "vi",
        "pond_thvl",
        "Hồ chứa nước ngọt tận dụng sông rạch tự nhiên",
        "Đầu tư hồ trữ nước ngọt bằng cách khép các đoạn sông, rạch sẵn có để phục vụ sinh hoạt và sản xuất mùa khô.",
    ),
    (
        "kJo067",
        "en",
        "gw_deltares_asr",
        "Aquifer storage and recovery pilot for domestic freshwater supply",
        "Infiltrates fresh canal water into the aquifer when it is available and pumps it back when surface water is too "
        "saline; includes a detailed MODFLOW geohydrological model nested in a delta-wide model and a production-scale "
        "infiltration–abstraction well at a water company (Deltares).",
    ),
    (
        "kJo068",
        "en",
        "gw_camau_conj",
        "Integrated rainwater and groundwater exploitation plan for water self-sufficiency",
        "Strategy combining household rainwater storage with controlled groundwater use and recharge so coastal "
        "households and farms become self-sufficient while easing aquifer depletion (Vietnam Academy of Science and "
        "Technology).",
    ),
    # --- drip, sprinkler, sensors ---
    (
        "kJo069",
        "en",
        "drip_acs",
        "Drip irrigation design for crops on sandy soils",
        "Flood irrigation on sand wastes water (often below 50% efficiency); drip wets only the root zone and reaches "
        "over 90% efficiency, cuts leaching and evaporation and can carry fertiliser. Combined with mulch, sensors and "
        "solar pumps.",
    ),
    (
        "kJo070",
        "en",
        "drip_taylor",
        "Fertigation through drip irrigation on sandy soils",
        "Choice of fertilisers injected in solution (potassium sulfate, nitric acid, polyphosphates, chelates), "
        "scheduling by crop demand and soil monitoring to overcome high permeability and low nutrient holding of sand.",
    ),
    (
        "kJo071",
        "en",
        "drip_greenhouse",
        "Modified surface drip with clay layer for greenhouse crops on sand",
        "A 7.5 cm clay layer inside sandy greenhouse ridges plus modified drip lines limits deep percolation and raises "
        "water productivity of tomatoes.",
    ),
    (
        "kJo072",
        "vi",
        "drip_orange",
        "Hệ thống tưới nhỏ giọt cho cây ăn quả kèm bón phân",
        "Viện Khoa học Thủy lợi Việt Nam triển khai: tiết kiệm tới 50% nước so với tưới tràn, giảm công và tiền điện bơm; "
        "tuổi thọ 10–12 năm, chi phí gần 50 triệu đồng/ha; bón phân hòa tan qua hệ thống.",
    ),
    (
        "kJo073",
        "vi",
        "drip_dongnai",
        "Lắp đặt hệ thống tưới tiết kiệm qua đường ống cho vườn cây ăn trái",
        "Chi phí 15–20 triệu đồng/ha; đã áp dụng gần 1.500 ha ở Đồng Nai, sản lượng quýt tăng gấp đôi, sầu riêng ổn định "
        "10–15 tấn/ha.",
    ),
    (
        "kJo074",
        "vi",
        "drip_dragon",
        "Tưới nhỏ giọt tận gốc cho thanh long và cây ăn trái",
        "Từ 100 lít xuống khoảng 20 lít nước mỗi gốc mỗi ngày, bơm 1 giờ thay vì 2 lần 3–4 giờ; giảm 40–60% nước và tiền "
        "điện, 30–40% phân khi có bộ châm phân, năng suất tăng 25–50%.",
    ),
    (
        "kJo075",
        "en",
        "drip_shallot_fresh",
        "Drip irrigation for shallots on sandy land to save groundwater",
        "Trials at six demonstration sites by Can Tho University found drip the best system for shallot yield, quality "
        "and water-use efficiency, cutting irrigation water by more than 40% where groundwater is declining.",
    ),
    (
        "kJo076",
        "vi",
        "spr_vinhchau",
        "Mô hình tưới phun mưa tự động cho hành tím trên đất cát",
        "Tiết kiệm 25–69% lượng nước và 80–90% thời gian tưới mà vẫn giữ năng suất; lượng nước tính theo CropWat, thời "
        "điểm tưới theo máy đo ẩm đất; đầu tư khoảng 8 triệu đồng/1.000 m2, dùng khoảng 4 năm cho nhiều loại cây.",
    ),
    (
        "kJo077",
        "vi",
        "spr_onion_central",
        "Quy trình tưới phun mưa cho cây hành vùng đất cát",
        "Quy trình của Viện Nước, Tưới tiêu và Môi trường, hoàn thiện trên mô hình 2 ha; thiết bị tưới tiên tiến chi phí "
        "thấp cho rau màu, cây trồng cạn ngắn ngày, giảm công chăm sóc và chi phí tưới.",
    ),
    (
        "kJo078",
        "vi",
        "spr_giacaphe",
        "Hệ thống tưới và châm phân tiết kiệm cho vườn cây ăn trái",
        "Hòa phân vào nước rồi bấm nút vận hành; vườn quýt tăng từ 5 lên 10 tấn/400 gốc, sầu riêng không sượng trái, "
        "không phải kéo vòi tưới tay.",
    ),
    (
        "kJo079",
        "vi",
        "spr_sms",
        "Hệ thống tưới rau điều khiển bằng tin nhắn điện thoại",
        "Nông dân nhắn tin từ xa để bật hệ thống tưới, tưới xong hơn 3.000 m2 rau trong vài phút, tiết kiệm nhân công.",
    ),
    (
        "kJo080",
        "en",
        "iot_lora_scirp",
        "LoRa-based smart farm monitoring and automatic irrigation",
        "Soil-moisture, humidity and temperature sensors send data over long-range LoRa radio to a cloud platform that "
        "switches the irrigation pump automatically; suited to large fields where Wi-Fi or Bluetooth do not reach.",
    ),
    (
        "kJo081",
        "en",
        "iot_makerfabs",
        "LoRa soil-moisture sensor kit for remote fields",
        "Capacitive soil-moisture sensor with air temperature/humidity, transmitting up to 15 km on LoRa; low-power mode "
        "runs about a year on an AAA battery.",
    ),
    (
        "kJo082",
        "vi",
        "iot_kthtx",
        "Bộ cảm biến IoT cho ruộng rau: độ ẩm, nhiệt độ, pH, EC đất",
        "Cảm biến độ ẩm đất xác định đúng lúc cần tưới và lượng nước, cảm biến EC báo lượng muối hòa tan trong đất, kèm "
        "nhiệt độ đất và pH để điều chỉnh tưới và bón.",
    ),
    (
        "kJo083",
        "en",
        "weidap",
        "Pressurised on-demand piped irrigation for high-value horticulture",
        "Technical assistance drawing on Australian pumped, pressurised piped irrigation schemes, applied under a "
        "USD 120 million ADB loan for drought-hit fruit and vegetable areas.",
    ),
    (
        "kJo084",
        "en",
        "onion_hindawi",
        "Subsurface drip irrigation for onions",
        "Field comparison showing subsurface drip more than doubling onion yield and size while using almost half the "
        "water of furrow irrigation.",
    ),
    (
        "kJo085",
        "en",
        "iot_pmc",
        "Low-cost autonomous sensor interface for IoT irrigation control",
        "Arduino-based prototype that senses soil water, controls a pump from a reservoir and allows remote monitoring, "
        "reducing the supervision needed to irrigate.",
    ),
    (
        "kJo086",
        "en",
        "iot_mdpi_lorawan",
        "LoRaWAN smart irrigation system with fog computing",
        "Sensor nodes and gateway for irrigation decisions at the edge; validated radio propagation across a farm.",
    ),
    # --- solar pumps ---
    (
        "kJo087",
        "vi",
        "sol_dairy",
        "Tưới phun mưa dùng năng lượng mặt trời sản xuất trong nước",
        "Pin mặt trời, bộ sạc, ắc quy, bộ chuyển đổi cấp điện cho mô tơ bơm tưới phun; tiết kiệm 30–50% nước so với tưới "
        "thông thường, dùng được cả ở nơi chưa có điện lưới, kết hợp bón phân.",
    ),
    (
        "kJo088",
        "vi",
        "sol_khoahoc",
        "Chuyển giao hệ thống tưới tự động chạy năng lượng mặt trời cho vùng nắng hạn",
        "ĐH Bách khoa TPHCM chuyển giao hệ thống tưới tự động dùng pin mặt trời cho vùng chưa có điện lưới, thiếu nước "
        "tưới; tiết kiệm năng lượng, công lao động và 30–50% nước.",
    ),
    (
        "kJo089",
        "vi",
        "sol_givasolar",
        "Hệ thống máy bơm nước năng lượng mặt trời cho giếng, ao, sông",
        "Tấm pin quang điện, bơm chìm hoặc bơm mặt đất một chiều, bộ điều khiển bơm; dùng cho nơi không có điện lưới hoặc "
        "điện chập chờn, chi phí vận hành và bảo dưỡng thấp.",
    ),
    (
        "kJo090",
        "vi",
        "sol_tietkiem",
        "Hệ thống tưới nhỏ giọt chạy bằng năng lượng mặt trời cho thanh long",
        "Nước chảy chậm 6 giờ mỗi ngày giữ ẩm gốc, năng suất tăng 25–30%, giảm tiền dầu bơm và nhân công (trước đây hơn "
        "20 triệu đồng/ha/năm); chi phí đầu tư hơn 200 triệu đồng mỗi máy.",
    ),
    (
        "kJo091",
        "en",
        "sol_undp",
        "Large solar water pumps for dry-season community irrigation",
        "Solar pump systems above 20 horsepower drawing from ground or surface water to irrigate 80–250 ha community "
        "fields in the dry season (UNDP and People in Need).",
    ),
    (
        "kJo092",
        "en",
        "sol_rural21",
        "Market linkage and financing for farmer-led solar irrigation",
        "Evidence-based targeting, supplier–demand linkages, marketing and financing solutions so smallholders can "
        "afford solar irrigation pumps (lessons from IRRI work).",
    ),
    (
        "kJo093",
        "en",
        "sol_irena",
        "Policy and design guidance on solar pumping for irrigation",
        "Brief on reliable, cost-effective solar pumping for farms, covering economics, sizing and support schemes "
        "(IRENA).",
    ),
    (
        "kJo094",
        "en",
        "sol_mdpi_repumps",
        "Adoption support for renewable-energy irrigation pumps",
        "Assessment of technology, adopter and context factors (cost, ease of use, subsidies) that decide whether "
        "smallholders take up solar and other renewable pumps.",
    ),
    (
        "kJo095",
        "en",
        "sol_wong",
        "Evidence review of off-grid solar pump irrigation",
        "Systematic review showing solar pumps raise yields and incomes and cut CO2, but can deepen groundwater "
        "depletion and e-waste; recommends safeguards.",
    ),
    # --- sluice gates ---
    (
        "kJo096",
        "vi",
        "sl_ctu208",
        "Hệ thống vận hành cống thông minh theo dữ liệu quan trắc",
        "Trạm đo mực nước, độ mặn, pH, độ đục gửi dữ liệu về máy chủ; mô hình thủy lực đề xuất lịch đóng/mở, sau khi "
        "được phê duyệt lệnh truyền xuống máy trạm kích hoạt cơ cấu đóng mở cống.",
    ),
    (
        "kJo097",
        "vi",
        "sl_haiphong",
        "Điện hóa vận hành cống: mô tơ và máy nâng thủy lực thay quay tay",
        "Thay quay tay (2 công nhân mất cả buổi sáng cho một cánh) bằng mô tơ điện, máy nâng thủy lực; mở 5 cánh cống "
        "trong khoảng 20 phút khi độ mặn dưới 1‰, ngăn mặn trữ ngọt kịp thời.",
    ),
    (
        "kJo098",
        "vi",
        "sl_vgu",
        "Giải pháp vận hành thông minh hệ thống thủy lợi liên tỉnh",
        "Nghiên cứu vận hành linh hoạt các công trình trong hệ thống thủy lợi phục vụ đa mục tiêu (nông nghiệp, thủy "
        "sản, chống mặn), nâng cao năng suất nước, giảm tranh chấp nước (Trung tâm PIM, ĐH Việt Đức).",
    ),
    (
        "kJo099",
        "en",
        "sl_rachmop",
        "Hydraulic steel sluice gates with automatic monitoring and control",
        "Sluice with two 35 m chambers and a 15 m boat lock; steel gates moved by hydraulic cylinders and equipped with "
        "an automatic monitoring and control system for saltwater prevention.",
    ),
    (
        "kJo100",
        "en",
        "sl_nguyentanthanh",
        "Salinity-control sluice with hydraulic gate and automated ship lock",
        "40 m reinforced gate driven hydraulically plus a 150 m by 12 m ship lock with automated controls; protects "
        "about 100,000 ha and replaces costly temporary dams.",
    ),
    (
        "kJo101",
        "en",
        "sl_iahr",
        "Caisson-type sluice structures to retain fresh water in Mekong estuaries",
        "Design research comparing caisson and pier structures for large discharge sluices that prevent salt intrusion "
        "and retain fresh water in larger rivers (TU Delft).",
    ),
    (
        "kJo102",
        "en",
        "sl_cailon",
        "Salinity-threshold operating rules for sluice clusters",
        "Operating practice of a large sluice cluster: close all gates when saline water advances, open fully or "
        "partially by salinity and tide, review with local authorities when salinity exceeds 3‰, and time openings to "
        "flush pollution.",
    ),
    (
        "kJo103",
        "vi",
        "sl_giaotrinh",
        "Đào tạo nghề quản lý khai thác kênh nội đồng và điều tiết mực nước",
        "Mô đun sơ cấp nghề MĐ03: bảo vệ kênh nội đồng, bảo dưỡng đoạn đầu kênh, điều tiết mực nước trên kênh, kiểm tra "
        "tu sửa; dùng cho học viên và cán bộ các công ty thủy nông.",
    ),
    # --- groundwater and wells ---
    (
        "kJo104",
        "vi",
        "gw_mitc_seal",
        "Quy trình và dịch vụ trám lấp giếng không sử dụng",
        "Trám lấp giếng khoan, giếng đào hỏng hoặc bỏ hoang để tránh nước mặt và tầng nước xấu thông qua ống giếng làm "
        "ô nhiễm tầng chứa nước tốt, theo Luật Tài nguyên nước.",
    ),
    (
        "kJo105",
        "vi",
        "gw_lamvien",
        "Thi công trám lấp giếng khoan đúng kỹ thuật",
        "Lấp đầy vữa xi măng, xi măng trộn sét hoặc bentonit, hoặc sét viên; bịt kín miệng giếng và đổ bê tông quanh "
        "miệng giếng tối thiểu 0,3 m; làm thủ tục trám lấp theo Thông tư 72/2017/TT-BTNMT.",
    ),
    (
        "kJo106",
        "vi",
        "gw_luatvietan",
        "Tư vấn áp dụng quy chuẩn quốc gia trám lấp giếng không sử dụng",
        "Hướng dẫn áp dụng Thông tư 22/2024/TT-BTNMT (hiệu lực 26/5/2025) cho hộ gia đình, tổ chức có giếng khoan, giếng "
        "đào khai thác nước dưới đất bị hỏng hoặc không còn dùng.",
    ),
    (
        "kJo107",
        "vi",
        "gw_binhduong",
        "Hướng dẫn phân loại và xử lý giếng không sử dụng",
        "Trung tâm Quan trắc – Kỹ thuật tài nguyên môi trường hướng dẫn xử lý, trám lấp giếng thuộc diện không phải xin "
        "phép và diện phải xin phép khai thác, cùng giếng quan trắc, giếng thăm dò.",
    ),
    (
        "kJo108",
        "en",
        "gw_nydec",
        "Water well decommissioning procedure and records",
        "Step-by-step decommissioning of inactive wells: check local rules, keep the well log, record grout type, volume "
        "and placement method, seal the casing so surface water cannot enter.",
    ),
    (
        "kJo109",
        "en",
        "gw_allegan",
        "Cost-share programme for sealing abandoned water wells",
        "Sealing and permanent closure of inactive or unusable wells to remove hazards, stop surface contamination and "
        "prevent mixing between separate aquifers.",
    ),
    (
        "kJo110",
        "en",
        "gw_envexpert",
        "Safe abandonment of groundwater monitoring wells",
        "Remove casing, seal and filter pack where possible, grout with cement, bentonite or a mix, and close the well "
        "the same day or fit a heavy secure cover.",
    ),
    (
        "kJo111",
        "en",
        "gw_astm",
        "Monitoring-well maintenance, rehabilitation and abandonment guidance",
        "Field procedures to keep monitoring wells reliable, rehabilitate them, and decommission them to a neutral "
        "condition that preserves the local hydrogeology (ASTM).",
    ),
    (
        "kJo112",
        "en",
        "gw_discovery_tv",
        "Groundwater, saltwater-transport and subsidence model for a coastal province",
        "Numerical model of a coastal Mekong province showing current abstraction depletes storage, draws in seawater "
        "4–5 km inland and could cause 1.5 m subsidence by 2100; halving abstraction and raising recharge 1.5 times in "
        "the sand dunes leads to sustainable use.",
    ),
    (
        "kJo113",
        "en",
        "gw_minderhoud",
        "Delta-wide 3D hydrogeological model with subsidence module",
        "Quantifies subsidence caused by groundwater extraction (about 18 cm over 25 years, 1.1 cm per year on average, "
        "locally above 2.5 cm) to support abstraction policy.",
    ),
    (
        "kJo114",
        "en",
        "gw_iwa_enso",
        "Analysis of observation-well groundwater levels against rainfall and ENSO",
        "Vector autoregression and wavelet analysis of shallow and deep observation wells linking groundwater levels "
        "to annual rainfall and El Niño–Southern Oscillation.",
    ),
    (
        "kJo115",
        "en",
        "gw_ha_reduce",
        "Policy advice on reducing groundwater abstraction against land subsidence",
        "Overview of subsidence status, current and planned measures, implementation bottlenecks in Mekong cities and "
        "provinces, and policy recommendations.",
    ),
    (
        "kJo116",
        "vi",
        "gw_ctujs",
        "Điều tra, đánh giá sử dụng và chất lượng nước ngầm cấp tỉnh",
        "ĐH Cần Thơ khảo sát lượng nước ngầm khai thác cho sinh hoạt (80.000 m3/tháng năm 2004 lên hơn 200.000 m3/tháng "
        "năm 2008), chất lượng hóa lý và nhiễm coliform; đề xuất chuyển đổi cây trồng ít dùng nước.",
    ),
    (
        "kJo117",
        "en",
        "gw_cwc",
        "Standards for destroying abandoned monitoring wells",
        "Defines when a monitoring well counts as abandoned (unused one year), cover, lock and marking requirements for "
        "inactive wells, and destruction methods to protect groundwater.",
    ),
    (
        "kJo118",
        "en",
        "gw_rrreport",
        "Filling and sealing of groundwater monitoring wells and boreholes",
        "Guidance for consultants: map and track wells, cut casing 30 inches below ground, seal while pulling casing, "
        "document wells that cannot be found.",
    ),
    # --- alternate wetting and drying ---
    (
        "kJo119",
        "en",
        "awd_tvu",
        "IoT water-level sensors and smartphone app for AWD rice",
        "Smart sensors measure field water level and warn when it passes the irrigation threshold; farmers check "
        "levels on a phone and control the pump remotely (Tra Vinh University, World Bank funded).",
    ),
    (
        "kJo120",
        "en",
        "awd_tvu2",
        "AWD with IoT: extra water saving over manual AWD",
        "AWD cuts water use by up to 28% and methane by up to 48%; adding IoT monitoring saves a further 13–20% of water "
        "compared with manual AWD, and over 80% of farmers report saved time and labour.",
    ),
    (
        "kJo121",
        "vi",
        "awd_qnam",
        "Kỹ thuật tưới ướt khô xen kẽ với ống nhựa theo dõi mực nước",
        "Đóng ống nhựa dài 20 cm đục lỗ xuống ruộng; khi nước rút xuống −15 cm thì cho nước vào 3–5 cm; áp dụng từ đẻ "
        "nhánh đến làm đòng; năng suất cao hơn tưới ngập 10–15%, ít đổ ngã, giảm khí nhà kính.",
    ),
    (
        "kJo122",
        "vi",
        "awd_binhdinh",
        "Quy trình tưới nước tiết kiệm cho lúa theo từng giai đoạn",
        "Hướng dẫn mực nước từ làm đất, sau sạ, đẻ nhánh, làm đòng – trỗ đến chín: giữ 1–3 cm, để khô nứt chân chim rồi "
        "tưới lại 3–5 cm, tháo cạn 10 ngày trước thu hoạch.",
    ),
    (
        "kJo123",
        "vi",
        "awd_haugiang",
        "Đánh giá hiệu quả mô hình sử dụng nước tiết kiệm trên đất lúa",
        "Điều tra, so sánh ruộng tưới khô – ngập xen kẽ với canh tác truyền thống: năng suất 7,22 tấn/ha, chỉ thấp hơn "
        "0,13 tấn/ha nhưng tiết kiệm nước và chi phí bơm.",
    ),
    (
        "kJo124",
        "en",
        "awd_ccac",
        "AWD training package with field water tube",
        "Perforated tube lets farmers see the water level below the surface; drain to about 15 cm then re-flood; "
        "reduces water use about 30% and greenhouse-gas emissions 30–70% without yield loss.",
    ),
    (
        "kJo125",
        "en",
        "awd_scirp",
        "Field-tested AWD thresholds for water saving and methane reduction",
        "Trials of AWD at 10, 15 and 20 cm: 10–15 cm kept yields high while cutting methane 36–40% and irrigation water "
        "12–24%; 20 cm saved most water but lost yield.",
    ),
    (
        "kJo126",
        "en",
        "awd_wiki",
        "Safe AWD extension (IRRI approach)",
        "Controlled intermittent irrigation with a 15 cm subsurface threshold, suitable where soils drain within about "
        "five days; promoted in Bangladesh, the Philippines and Vietnam.",
    ),
    (
        "kJo127",
        "vi",
        "awd_policy",
        "Giải pháp chính sách tăng cường tưới tiên tiến, tiết kiệm nước",
        "Phân tích theo Luật Thủy lợi: tưới tiết kiệm cây trồng cạn tăng gần 17 lần 2013–2017 nhưng lúa chỉ khoảng 5% diện "
        "tích; đề xuất công nghệ, cơ chế chính sách và quản lý vận hành công trình.",
    ),
    (
        "kJo128",
        "en",
        "awd_businessdoc",
        "Water-saving technologies for rice production in Asia",
        "Compendium of water-saving rice practices (AWD, aerobic rice, improved land preparation) and lessons for policy "
        "and practice.",
    ),
    # --- distractors ---
    (
        "kJo129",
        "vi",
        "dis_shrimp_ctu",
        "Hệ thống đo trung tâm nhiều điểm cho ao nuôi tôm",
        "Bơm nước từ nhiều điểm ao về một cụm cảm biến đo độ mặn, nhiệt độ, oxy hòa tan, pH, NO2, NH3, H2S, đưa dữ liệu "
        "lên đám mây cho người nuôi tôm.",
    ),
    (
        "kJo130",
        "vi",
        "dis_shrimp_tv",
        "Kiểm tra tự động chỉ số môi trường nuôi tôm bằng cảm biến quang phổ",
        "Đề tài cấp tỉnh thiết kế hệ thống dùng cảm biến quang phổ không tiếp xúc và mạng di động để theo dõi nước ao "
        "tôm; kinh phí khoảng 780 triệu đồng.",
    ),
    (
        "kJo131",
        "vi",
        "dis_do_lasi",
        "Đo oxy hòa tan thời gian thực cho ao nuôi thủy sản",
        "Cảm biến DO đặt trực tiếp trong ao, truyền dữ liệu và cảnh báo khi oxy xuống ngưỡng nguy hiểm ban đêm.",
    ),
    (
        "kJo132",
        "en",
        "dis_ctu147",
        "IoT fish and shrimp pond monitoring with SMS alerts",
        "Cloud system with SMS warnings when pond water parameters leave safe limits, and self-cleaning dissolved-oxygen "
        "probes that stay clean for weeks.",
    ),
    (
        "kJo133",
        "vi",
        "dis_hanoi_leak",
        "Hướng dẫn khách hàng tự kiểm tra rò rỉ sau đồng hồ nước",
        "Khóa hết vòi rồi xem đồng hồ: nếu còn chạy là hệ thống trong nhà bị rò; dò dọc ống từ đồng hồ tới thiết bị, bồn "
        "cầu để tìm điểm rò, tránh mất hàng chục m3 mỗi tháng.",
    ),
    (
        "kJo134",
        "vi",
        "dis_kenh_tcvn",
        "Tư vấn thiết kế hệ thống kênh tưới theo TCVN 4118-1985",
        "Thiết kế mặt cắt, tuyến kênh tưới theo tiêu chuẩn Việt Nam cho hệ thống thủy nông.",
    ),
    (
        "kJo135",
        "vi",
        "dis_dongnai_reservoir",
        "Vận hành hồ chứa lớn cấp nước công nghiệp và tưới",
        "Kinh nghiệm vận hành hồ chứa cấp khoảng 20 triệu m3 nước cho công nghiệp, sinh hoạt và tưới 15.000 ha, điều tiết "
        "cắt lũ đầu mùa mưa.",
    ),
    (
        "kJo136",
        "en",
        "dis_wastewater",
        "Wastewater operator certification course on disinfection",
        "Study guide for wastewater treatment plant operators on disinfection objectives and exam preparation.",
    ),
    (
        "kJo137",
        "vi",
        "dis_pac",
        "Xử lý nước cấp bằng than hoạt tính dạng bột kết hợp lọc màng",
        "Nghiên cứu dùng PAC và màng lọc để loại chất hữu cơ, màu, mùi khỏi nước mặt cấp cho sinh hoạt.",
    ),
    (
        "kJo138",
        "vi",
        "dis_ammonium",
        "Nghiên cứu ảnh hưởng của amoni đến hiệu lực khử trùng nước",
        "Đánh giá hàm lượng amoni trong nước làm giảm hiệu lực khử trùng của dung dịch oxy hóa điện hóa.",
    ),
    (
        "kJo139",
        "en",
        "dis_hcm_flood_sluice",
        "Tidal flood-control sluice for a city estuary",
        "Proposal for a 1 km sluice on an estuary with seasonal opening widths to curb tidal flooding of a large city.",
    ),
    (
        "kJo140",
        "vi",
        "dis_hpvn",
        "Cung cấp nước uống, nước sinh hoạt cho tàu biển",
        "Dịch vụ cung ứng nước ngọt sinh hoạt và nước uống đóng bình cho tàu cập cảng.",
    ),
    (
        "kJo141",
        "vi",
        "dis_drill_direction",
        "Khảo sát vị trí và hướng khoan giếng nước ngầm",
        "Xác định vị trí, hướng khoan giếng để khai thác nước ngầm ổn định, giảm rủi ro và chi phí khoan.",
    ),
    (
        "kJo142",
        "vi",
        "dis_permit_report",
        "Lập báo cáo hiện trạng và hồ sơ cấp phép khai thác nước dưới đất",
        "Soạn báo cáo hiện trạng khai thác, hồ sơ cấp, gia hạn, điều chỉnh giấy phép tài nguyên nước cho doanh nghiệp "
        "có giếng khoan.",
    ),
    (
        "kJo143",
        "en",
        "dis_river_morph",
        "River-bed morphology modelling for the Tien and Hau rivers",
        "Two-dimensional delta-wide model and survey data to study riverbed changes under climate change and human "
        "activity.",
    ),
    (
        "kJo144",
        "en",
        "dis_subsidence_seminar",
        "Research programme and seminars on delta subsidence",
        "Capacity building on links between groundwater extraction, land subsidence and salt intrusion; surveys show "
        "rural areas sinking 1–2 cm per year.",
    ),
    (
        "kJo145",
        "vi",
        "dis_urban_rain",
        "Thu gom nước mưa quy mô lớn cho công trình đô thị để giảm ngập",
        "Bồn chứa trên mái, trên hoặc dưới mặt đất cho tòa nhà công cộng mái lớn nhằm giảm dòng chảy tràn đỉnh trong "
        "thành phố.",
    ),
    (
        "kJo146",
        "vi",
        "dis_ninhthuan_gravity",
        "Hệ thống tưới tự chảy từ ao trên đồi cho vườn cây vùng cao",
        "Đào ao trên núi, dẫn nước tự chảy tưới sầu riêng trên đồi, không cần bơm.",
    ),
    (
        "kJo147",
        "vi",
        "sol_vietnamnet",
        "Mô hình nông nghiệp kết hợp điện mặt trời trên cùng diện tích đất",
        "Tấm pin tạo bóng râm giảm bốc hơi, tiết kiệm 14–29% nước tưới, tăng thu nhập nhờ bán điện (Học viện Nông "
        "nghiệp Việt Nam).",
    ),
    (
        "kJo148",
        "vi",
        "dis_pipe_corridor",
        "Bảo vệ hành lang an toàn tuyến ống truyền dẫn nước sạch",
        "Lắp cổng chắn xe tải, biển báo, cắm trụ hành lang tuyến ống, tuần tra và tuyên truyền để tránh bể ống.",
    ),
    (
        "kJo149",
        "en",
        "dis_recharge_lmb",
        "Regional groundwater recharge mapping for the Lower Mekong Basin",
        "Regression model of recharge from baseflow in 65 upland catchments to judge limits of groundwater irrigation.",
    ),
    (
        "kJo150",
        "en",
        "dis_watermelon_root",
        "Sensor-based irrigation effects on roots of grafted watermelon",
        "Dissertation research on root distribution and growth of grafted and non-grafted watermelons.",
    ),
    (
        "kJo151",
        "en",
        "dis_hanam_quality",
        "Construction quality assurance for rural water-supply works",
        "Study of solutions to raise construction quality of rural water-supply schemes.",
    ),
    (
        "kJo152",
        "vi",
        "dis_somat",
        "Muối làm mềm nước cho máy rửa bát",
        "Muối chuyên dụng làm mềm nước cứng trong máy rửa bát, chống đóng cặn.",
    ),
    (
        "kJo153",
        "vi",
        "dis_vungliem",
        "Đánh giá ảnh hưởng xâm nhập mặn đến sử dụng đất nông nghiệp",
        "Nghiên cứu mức độ ảnh hưởng của mặn và kinh tế – xã hội đến hiện trạng sử dụng đất, đề xuất cơ cấu sử dụng đất "
        "phù hợp.",
    ),
    (
        "kJo154",
        "vi",
        "dis_bentre_oecd",
        "Đánh giá quản trị tài nguyên nước mặt trong ứng phó xâm nhập mặn",
        "Đánh giá hiệu quả quản lý nước mặt cho nông nghiệp và thủy sản theo nguyên tắc quản trị nước của OECD.",
    ),
    (
        "kJo155",
        "en",
        "dis_prepaid_market",
        "Market report on smart prepaid water meters",
        "Regional market analysis and trends for smart prepaid water meters.",
    ),
    (
        "kJo156",
        "en",
        "dis_goldenpeaks",
        "Investment fund for water-treatment and non-revenue water projects",
        "Capital for water-treatment businesses, including projects addressing water lost before reaching customers.",
    ),
]
