"""Technology offers of holdout15: (id, language, source key, title, description)."""

OFFERS = [
    # --- salinity intrusion: monitoring, fresh-water storage, saline soils ---
    (
        "iQo001",
        "vi",
        "vnnet_tv43m",
        "Trạm quan trắc độ mặn tự động truyền dữ liệu 4G tại cống, đầu kênh",
        "Trạm gồm cảm biến độ dẫn điện (EC) và nhiệt độ, tự quy đổi ra độ mặn phần nghìn, đo 15 phút một lần và gửi tin nhắn SMS, Zalo khi vượt ngưỡng cài đặt (ví dụ 1‰ cho lúa, 0,5‰ cho cây ăn trái). "
        "Dữ liệu hiển thị trên bản đồ web cho tổ thủy lợi và HTX. Đơn vị chuyển giao thiết bị, lắp đặt, hiệu chuẩn và đào tạo vận hành; pin mặt trời kèm theo nên không cần điện lưới.",
    ),
    (
        "iQo002",
        "en",
        "ccafs_drought",
        "Handheld refractometer and EC pen kit with farmer salinity-testing training",
        "A low-cost kit (optical refractometer 0-100 ppt plus a pocket EC meter) for checking canal water before it is pumped into fields, orchards or ponds. "
        "Comes with a laminated chart giving safe thresholds for rice, vegetables, fruit trees and livestock drinking water. "
        "We run one-day trainings for cooperative and commune staff; kits cost under USD 60 each.",
    ),
    (
        "iQo003",
        "vi",
        "moitruong_tv",
        "Ao trữ nước ngọt lót màng HDPE cho vườn cây ăn trái mùa khô",
        "Tính toán dung tích ao (500-3.000 m³) theo diện tích vườn và số ngày đóng cống, thiết kế mái ao chống sạt và lót màng chống thấm HDPE dày 0,5-0,75 mm để nước không bị thấm mất hay nhiễm mặn từ mạch ngầm. "
        "Chuyển giao bản vẽ, thi công hàn màng và hướng dẫn lấy nước ngọt vào ao lúc đầu mùa khô.",
    ),
    (
        "iQo004",
        "en",
        "ccafs_drought",
        "Seven-day salinity forecast bulletin for the Co Chien and Hau estuaries",
        "A hydrodynamic model (1D river network coupled with tide and upstream discharge forecasts) predicts the 1, 2 and 4 ppt salinity front along the main rivers and large canals. "
        "Irrigation companies, communes and cooperatives receive a weekly bulletin and map showing which intake sluices can safely be opened on which days. "
        "Offered as a subscription service, with training for provincial irrigation staff.",
    ),
    (
        "iQo005",
        "vi",
        "vnnet_tv43m",
        "Cống ngăn mặn mini cửa phao tự động cho kênh nội đồng",
        "Cửa van composite đóng mở theo chênh lệch mực nước và phao, tự đóng khi triều cường đưa nước mặn vào và mở lại khi nước rút để tiêu nước. "
        "Phù hợp kênh rộng 2-6 m, thi công trong 2-3 tuần, không cần người trực. Đơn vị thiết kế, chế tạo và lắp đặt trọn gói.",
    ),
    (
        "iQo006",
        "en",
        "ccafs_drought",
        "Dry-season water-saving package for orchards: drip lines, mulching and scheduling",
        "Drip or mini-sprinkler lines, coconut-husk and straw mulch, and a simple soil-moisture based watering schedule cut orchard water use by 40-50 %. "
        "Lets durian, pomelo and coconut growers stretch stored fresh water through the weeks when canal water is too salty. "
        "Design, material supply and field training are included.",
    ),
    (
        "iQo007",
        "vi",
        "vnnet_tv43m",
        "Rửa mặn, cải tạo đất vườn nhiễm mặn bằng thạch cao và hữu cơ",
        "Sau mùa hạn mặn, đất vườn bị tích muối natri làm cây cháy lá, rụng trái, rễ thối. Quy trình gồm phân tích EC và natri trao đổi của đất, bón thạch cao (CaSO₄) và vôi, tưới rửa bằng nước ngọt, bổ sung phân hữu cơ vi sinh để phục hồi bộ rễ. "
        "Áp dụng cho sầu riêng, bưởi, chôm chôm; cán bộ kỹ thuật hướng dẫn tại vườn.",
    ),
    (
        "iQo008",
        "en",
        "vkist_phen",
        "Solar LoRaWAN salinity sensor buoys for canal and sluice networks",
        "Floating sensor buoys measure conductivity, temperature and water level every 10 minutes and send data over LoRaWAN to a gateway with 5-10 km range. "
        "An open dashboard and API push alarms to operators when salt water approaches an intake. "
        "We supply buoys and gateway, install them and train irrigation staff; typical pilot is 10 buoys per district.",
    ),
    # --- drinking water for rural households and schools ---
    (
        "iQo009",
        "vi",
        "daiviet_ro",
        "Hệ lọc RO khử mặn 1.000 lít/giờ cho trạm cấp nước xã, trường học",
        "Xử lý nước lợ, nước giếng nhiễm mặn có TDS đến 3.000 mg/l thành nước uống đạt QCVN 6-1:2010/BYT. "
        "Gồm 5 cấp: cột lọc phèn, than hoạt tính, làm mềm, màng RO áp cao và đèn UV; công suất khoảng 24 m³/ngày. "
        "Đơn vị lắp đặt, hướng dẫn vận hành và bảo trì định kỳ 12 tháng.",
    ),
    (
        "iQo010",
        "en",
        "hanoitimes_desal",
        "Solar-powered containerised brackish-water desalination unit (BWRO), 5 m³ per day",
        "A 20-foot container with pre-filtration, brackish-water reverse osmosis and UV, driven by a 6 kWp solar array with battery buffer. "
        "Designed for off-grid hamlets, clinics and schools on the coast where wells and canals turn salty in the dry season. "
        "Remote monitoring of flow and product-water conductivity; available for purchase or lease with maintenance.",
    ),
    (
        "iQo011",
        "vi",
        "timtailieu_capnuoc",
        "Bồn chứa nước mưa inox và bộ tách nước đầu mưa cho hộ gia đình",
        "Bồn inox hoặc composite 2-4 m³ có nắp kín, lưới chắn muỗi và bộ tách nước đầu mưa (first-flush) tự động loại bỏ 20-50 lít nước rửa mái đầu tiên. "
        "Giữ nước mưa sạch, không có lăng quăng, dùng được cả mùa khô. Kèm hướng dẫn vệ sinh máng xối, bồn chứa và cách khử trùng.",
    ),
    (
        "iQo012",
        "en",
        "timtailieu_capnuoc",
        "Iron and manganese removal filter for household and clinic wells",
        "An aeration nozzle and contact tank followed by a manganese greensand or Birm pressure filter removes dissolved iron, manganese and the rusty smell and yellow staining from groundwater. "
        "Capacity 1-3 m³ per hour, backwash by hand valve or automatic head. Supplied with installation, a water test before and after, and spare media.",
    ),
    (
        "iQo013",
        "vi",
        "vkist_phen",
        "Keo tụ, lắng, vi lọc, RO và UV lọc nước phèn mặn cho trường học",
        "Công nghệ được tối ưu cho nước mặt và nước ngầm vùng đồng bằng có phèn sắt, phèn nhôm dạng humic khó xử lý và độ mặn thay đổi theo mùa. "
        "Tiền xử lý keo tụ, lắng giúp kéo dài tuổi thọ màng RO, sau cùng khử khuẩn bằng đèn UV; nước uống trực tiếp tại vòi. "
        "Giá thành thấp hơn hệ RO thông thường, chuyển giao lắp đặt cho trường học và trạm y tế.",
    ),
    (
        "iQo014",
        "en",
        "timtailieu_capnuoc",
        "Ceramic pot water filter with colloidal silver, licence for local production",
        "A fired-clay pot filter coated with colloidal silver removes over 99 % of bacteria and turbidity from rain, pond or river water for household drinking. "
        "It does not remove salt or dissolved iron. We license the press moulds and firing recipe and train local potters to produce about 50 filters per day.",
    ),
    (
        "iQo015",
        "vi",
        "timtailieu_capnuoc",
        "Châm clo tự động và giám sát clo dư cho trạm cấp nước nông thôn",
        "Bơm định lượng châm clo tỷ lệ theo lưu lượng nước ra, cảm biến clo dư cuối mạng và cảnh báo qua điện thoại khi clo dư dưới 0,3 mg/l hoặc quá cao. "
        "Thay cho việc pha clo thủ công không đều, bảo đảm nước máy không nhiễm vi sinh. Lắp đặt cho trạm 100-2.000 m³/ngày, có đào tạo công nhân vận hành.",
    ),
    (
        "iQo016",
        "en",
        "vnexpress_school",
        "Rainwater harvesting design package for schools: gutters, ferrocement tanks, UV",
        "Roof gutters, first-flush diverters and 20-50 m³ ferrocement or composite tanks sized to a school's roof area and number of pupils, with a small UV unit at the drinking taps. "
        "Provides a fresh-water reserve for the dry season when wells turn salty. Includes drawings, bill of quantities and a maintenance guide for school staff.",
    ),
    (
        "iQo017",
        "vi",
        "dtmn_man",
        "Máy lọc nước nhiễm mặn gia đình 20-50 lít/giờ dùng màng RO chịu mặn",
        "Máy dùng bơm áp cao và màng RO nước lợ, lọc nước kênh, nước giếng nhiễm mặn đến khoảng 2.000-3.000 ppm thành nước uống cho gia đình 4-8 người. "
        "Có lõi lọc phèn đầu vào, vỏ chống gỉ chịu khí hậu ven biển. Bán và bảo hành tại huyện, thay lõi định kỳ tận nhà.",
    ),
    (
        "iQo018",
        "en",
        "timtailieu_capnuoc",
        "Smart prepaid water meters and leak detection for rural piped water schemes",
        "Ultrasonic smart meters with remote reading, district metering and night-flow analysis locate pipe leaks and illegal connections in rural networks. "
        "Typical schemes cut non-revenue water from 30-40 % to under 20 %. We provide meters, software, acoustic leak survey and operator training.",
    ),
    (
        "iQo019",
        "en",
        "vkist_phen",
        "On-site electrochemical disinfectant (anolyte) generator using table salt",
        "An electrolysis cell turns a brine of ordinary salt into a dilute hypochlorous disinfectant on site, so small water stations, schools and clinics no longer buy and store chlorine powder. "
        "Dosed into the clear-water tank it keeps treated water free of coliforms. Units from 50 to 1,000 litres of anolyte per day, with training.",
    ),
    # --- seafood processing wastewater ---
    (
        "iQo020",
        "vi",
        "surimi_ww",
        "Xử lý nước thải chế biến thủy sản: tuyển nổi, UASB, AO, MBBR",
        "Công nghệ gồm lược rác tinh, bể điều hòa, tuyển nổi khí hòa tan, kỵ khí UASB, thiếu khí - hiếu khí (AO) giá thể MBBR, lắng và khử trùng, đạt QCVN 11-MT:2015/BTNMT cột A hoặc B. "
        "Xử lý tốt COD, amoni, tổng nitơ của nước thải tôm, cá tra, surimi; công suất 100-1.500 m³/ngày. "
        "Thiết kế, thi công, chạy thử và chuyển giao vận hành.",
    ),
    (
        "iQo021",
        "en",
        "surimi_ww",
        "Dissolved air flotation (DAF) unit for fat, protein and scale removal",
        "Skid-mounted DAF units (20-50 m³/h) with coagulant and polymer dosing remove fats, oil, suspended solids and fish scales from fish, shrimp and surimi effluent before biological treatment. "
        "Cuts COD load to the downstream plant by 40-60 %, and the protein-rich float can be sent to fishmeal production.",
    ),
    (
        "iQo022",
        "vi",
        "tiengiang_seafoodww",
        "Chế phẩm vi sinh chịu mặn cho nước thải chế biến thủy sản",
        "Tổ hợp vi khuẩn hiếu khí và nitrat hóa được tuyển chọn, thích nghi độ mặn đến 3 %, dùng cho nước thải chế biến tôm, mực, surimi có nước muối rửa nguyên liệu. "
        "Giúp bể bùn hoạt tính không bị chết vi sinh khi độ mặn tăng đột ngột, khởi động lại hệ thống nhanh. Cung cấp chế phẩm và hướng dẫn nuôi cấy tại nhà máy.",
    ),
    (
        "iQo023",
        "en",
        "tiengiang_seafoodww",
        "Nitrogen removal retrofit for existing seafood processing wastewater plants",
        "Audit of an existing plant, then conversion of part of the aeration tank to anoxic with internal recycle and carbon dosing control, bringing ammonia under 10 mg/l and total nitrogen under 40 mg/l. "
        "Avoids building a new plant when a factory fails its discharge permit for nitrogen. Design, commissioning and operator training.",
    ),
    (
        "iQo024",
        "vi",
        "ifc_seafoodenergy",
        "Tái sử dụng nước rửa nguyên liệu trong nhà máy chế biến thủy sản",
        "Thu gom nước rửa công đoạn cuối, lọc cát, siêu lọc UF và khử trùng UV để dùng lại cho công đoạn rửa sơ bộ, vệ sinh sàn và xe đẩy. "
        "Giảm 20-30 % lượng nước cấp và nước thải phải xử lý, hoàn vốn 2-3 năm. Khảo sát cân bằng nước và thiết kế theo yêu cầu HACCP.",
    ),
    (
        "iQo025",
        "en",
        "surimi_ww",
        "Biofilter and scrubber for odour control at seafood wastewater and by-product areas",
        "Covers on equalisation tanks and sludge areas are ducted to a wet scrubber and an organic-media biofilter that removes ammonia, hydrogen sulphide and amines. "
        "Cuts the fishy smell complained of by neighbours by over 90 %. Sized from 2,000 to 30,000 m³/h of air.",
    ),
    (
        "iQo026",
        "vi",
        "tiengiang_seafoodww",
        "Trạm quan trắc nước thải tự động, liên tục truyền dữ liệu về Sở",
        "Đo liên tục lưu lượng, pH, nhiệt độ, COD, TSS, amoni tại cửa xả và truyền dữ liệu về Sở Nông nghiệp và Môi trường theo đúng định dạng quy định. "
        "Có camera giám sát và thiết bị lấy mẫu tự động. Áp dụng cho nhà máy chế biến thủy sản, dừa, giết mổ và khu công nghiệp; lắp đặt, kiểm định và bảo trì.",
    ),
    (
        "iQo027",
        "en",
        "surimi_ww",
        "Volute screw press for dewatering food-industry wastewater sludge",
        "A multi-disc screw press thickens and dewaters biological and DAF sludge to 18-25 % dry solids without clogging, using little wash water and power. "
        "Cuts the volume of wet sludge a factory must haul away by about four times. Units from 5 to 50 kg dry solids per hour.",
    ),
    # --- coconut processing wastewater ---
    (
        "iQo028",
        "vi",
        "vietcoco",
        "Xử lý nước thải nhà máy dừa: bẫy mỡ, tuyển nổi, UASB thu biogas",
        "Nước thải từ cơm dừa, sữa dừa và nước dừa bỏ ra có nhiều dầu béo, đường và COD rất cao, dễ lên men chua, bốc mùi. "
        "Dây chuyền gồm bẫy mỡ, trung hòa, tuyển nổi, bể kỵ khí UASB thu khí biogas dùng cho lò hơi, rồi hiếu khí và lắng. "
        "Thiết kế cho nhà máy 10-300 m³/ngày, đạt QCVN 40 về nước thải công nghiệp.",
    ),
    (
        "iQo029",
        "en",
        "tridge_dc",
        "Two-stage anaerobic treatment of coconut water effluent with biogas recovery",
        "Desiccated coconut and coconut milk plants discard mature coconut water that is sugary, acidic and above 20,000 mg/l COD. "
        "An acid-phase tank followed by a methane reactor treats it stably and yields biogas that replaces part of the boiler fuel. "
        "We deliver process design, reactor start-up with seed sludge and operator training.",
    ),
    (
        "iQo030",
        "vi",
        "hiephoidua",
        "Xử lý nước ngâm vỏ dừa giàu tanin bằng keo tụ và Fenton",
        "Nước ngâm, ủ vỏ dừa để lấy xơ có màu đen, mùi hôi, chứa nhiều tanin và phenol làm cá chết khi xả ra kênh. "
        "Quy trình keo tụ bằng phèn và polymer, sau đó oxy hóa Fenton khử màu, giảm COD trước khi xả hoặc tái sử dụng ngâm vỏ. "
        "Phù hợp cơ sở tách xơ, se chỉ xơ dừa quy mô 5-50 m³/ngày.",
    ),
    (
        "iQo031",
        "en",
        "hiephoidua",
        "Lime-alum settling and constructed wetland for household coir retting water",
        "A low-cost system for coir fibre villages: lime and alum settling pits remove tannin colour, then a planted gravel wetland polishes the water before it reaches the canal. "
        "Built by local masons from brick and gravel, serving groups of 10-30 households. Design manual and on-site training provided.",
    ),
    (
        "iQo032",
        "vi",
        "vietcoco",
        "Tận dụng nước dừa già thải làm thạch dừa (nata de coco) và giấm dừa",
        "Nước dừa già từ nhà máy cơm dừa, kẹo dừa được lọc, bổ sung đường và lên men bằng vi khuẩn Acetobacter để tạo thạch dừa hoặc giấm dừa bán ra thị trường. "
        "Biến phụ phẩm thành sản phẩm, đồng thời giảm mạnh tải ô nhiễm đổ vào hệ thống xử lý nước thải. Chuyển giao quy trình, giống vi sinh và khay lên men.",
    ),
    (
        "iQo033",
        "en",
        "vnhn_dua",
        "Compact packaged SBR wastewater plant, 10-100 m³/day, for small food processors",
        "A containerised sequencing batch reactor with automatic cycle control treats wastewater from small coconut candy, rice paper, noodle and fruit processing workshops. "
        "Delivered ready to connect, needs about 30 m² of space and a few hours of operator time a week. Meets QCVN 40 column B.",
    ),
    # --- slaughterhouse and livestock waste ---
    (
        "iQo034",
        "vi",
        "greenstar_slaughter",
        "Công nghệ xử lý nước thải lò giết mổ gia súc tập trung",
        "Thu hồi máu riêng, lược rác và lông, tách mỡ, bể biogas kỵ khí, thiếu khí - hiếu khí và khử trùng, đạt quy chuẩn nước thải trước khi xả ra kênh. "
        "Thiết kế cho cơ sở giết mổ 30-300 con heo hoặc 10-50 con bò mỗi đêm, kèm xử lý mùi và bùn. Đơn vị tư vấn hồ sơ môi trường và thi công.",
    ),
    (
        "iQo035",
        "en",
        "hnd_slaughter",
        "Blood collection and drying into blood meal for small abattoirs",
        "Stainless blood troughs at the sticking point and a small steam or drum dryer turn pig and cattle blood into blood meal sold as feed ingredient. "
        "Keeping blood out of the drain cuts the abattoir's wastewater BOD load by about 40 % and removes much of the smell. Equipment and training supplied.",
    ),
    (
        "iQo036",
        "vi",
        "biogas_hcm",
        "Hầm biogas composite và túi biogas HDPE cho trại heo 50-500 con",
        "Hầm composite lắp ghép hoặc túi HDPE phủ bạt xử lý phân và nước rửa chuồng, giảm mùi hôi và cung cấp khí đốt nấu ăn, chạy máy bơm, đèn sưởi heo con. "
        "Thi công 3-5 ngày, tuổi thọ trên 15 năm. Có hướng dẫn nạp, xả bùn và an toàn khí.",
    ),
    (
        "iQo037",
        "en",
        "dtmn_khmer",
        "Vermicomposting cattle manure with African nightcrawler worms",
        "Beds of cow manure are converted by earthworms into worm castings, a premium organic fertiliser sold to orchards and flower growers, while the worms are sold as fish and poultry feed. "
        "We supply starter worms, bed design and training; a 100 m² unit handles the manure of about 20-30 cattle.",
    ),
    (
        "iQo038",
        "vi",
        "biogas_hcm",
        "Đệm lót sinh học bằng men vi sinh cho chuồng heo, gà",
        "Lớp trấu, mùn cưa trộn men vi sinh dày 40-60 cm phân hủy phân ngay trong chuồng, không phải rửa chuồng nên không có nước thải, giảm mùi và ruồi. "
        "Sau 1-2 năm đệm lót thành phân hữu cơ. Cung cấp chế phẩm và hướng dẫn làm đệm, đảo đệm.",
    ),
    (
        "iQo039",
        "en",
        "ctu_biogas",
        "Constructed wetland for polishing piggery effluent after the biogas digester",
        "Biogas outflow still carries high ammonia and phosphorus. A vertical-flow gravel bed planted with vetiver or reed removes most of the remaining nitrogen, phosphorus and colour before discharge or reuse for irrigation. "
        "Design sized per number of pigs, built with local materials.",
    ),
    (
        "iQo040",
        "vi",
        "biogas_hcm",
        "Máy ép tách phân trục vít cho trại heo, trại bò",
        "Máy ép tách phân chất thải chăn nuôi thành phân khô độ ẩm 60-65 % để đóng bao bán làm phân bón hoặc ủ hữu cơ, phần nước đưa vào hầm biogas. "
        "Công suất 5-15 m³/giờ, lưới lọc inox, dễ vận hành. Giảm tải cho hầm biogas và ao chứa.",
    ),
    # --- solid waste and plastic ---
    (
        "iQo041",
        "vi",
        "thvl_rac",
        "Phân loại rác tại nguồn và ủ phân hữu cơ tại hộ gia đình",
        "Hướng dẫn hộ dân tách rác hữu cơ, rác tái chế và rác còn lại; rác hữu cơ ủ trong thùng hoặc hố ủ với chế phẩm Trichoderma thành phân bón cho vườn. "
        "Giảm 40-60 % lượng rác phải chở đi bãi, phù hợp tiêu chí nông thôn mới. Tập huấn tổ tự quản, cung cấp thùng ủ và chế phẩm.",
    ),
    (
        "iQo042",
        "en",
        "tvplastic",
        "Shredder and extruder making plastic lumber and fence posts from mixed plastic waste",
        "Mixed PE and PP waste such as bags, sacks and containers is shredded, melted and extruded into posts, planks and garden edging without sorting by colour. "
        "A 100 kg/h line fits a small workshop and gives collectors an outlet for plastic nobody buys. Equipment supply, moulds and operator training.",
    ),
    (
        "iQo043",
        "vi",
        "thvl_rac",
        "Lò đốt rác sinh hoạt quy mô xã 2-5 tấn/ngày có xử lý khí thải",
        "Lò đốt hai buồng nhiệt độ cao, tháp hấp thụ và lọc bụi, dành cho xã ở xa bãi chôn lấp. "
        "Tro xỉ được hóa rắn làm gạch lót. Đơn vị cung cấp lò, lập hồ sơ môi trường và đào tạo công nhân.",
    ),
    (
        "iQo044",
        "en",
        "nnmt_plastic",
        "Field collection scheme for empty pesticide packaging in rice and fruit areas",
        "Concrete collection bins placed along field roads, a commune collection schedule and a contract with a licensed hazardous-waste incinerator keep empty pesticide bottles and sachets out of canals. "
        "We design bin locations, run farmer awareness sessions and set up record keeping for the commune.",
    ),
    (
        "iQo045",
        "vi",
        "nnmt_plastic",
        "Túi, hộp và ống hút phân hủy sinh học từ tinh bột và bã mía",
        "Sản phẩm thay thế túi ni lông và hộp xốp dùng cho chợ, quán ăn, cửa hàng trái cây; phân hủy trong điều kiện ủ compost trong vài tháng. "
        "Nhận in logo, giá cạnh tranh khi đặt số lượng lớn và hỗ trợ chợ triển khai chương trình giảm túi ni lông.",
    ),
    (
        "iQo046",
        "en",
        "tvplastic",
        "Black soldier fly larvae unit treating market and kitchen organic waste",
        "Black soldier fly larvae eat vegetable, fruit and food scraps, reducing the waste by about 70 % in two weeks and producing protein-rich larvae for fish, duck and chicken feed plus frass fertiliser. "
        "A 1 tonne/day unit fits a market or a cooperative; we supply breeding stock, trays and training.",
    ),
    (
        "iQo047",
        "vi",
        "thvl_rac",
        "Phần mềm quản lý thu gom rác, thu phí vệ sinh cho HTX môi trường",
        "Ứng dụng điện thoại ghi nhận hộ đăng ký, lịch thu gom theo tuyến, định vị xe, thu phí vệ sinh qua mã QR và báo cáo khối lượng rác. "
        "Giúp HTX và UBND xã quản lý minh bạch. Triển khai trong 1 tháng, có tập huấn.",
    ),
    (
        "iQo048",
        "en",
        "nnmt_plastic",
        "Floating trash booms and litter traps for canals near markets",
        "Anchored floating booms guide bottles, bags and foam boxes drifting on canals into a collection cage that a boat or worker empties weekly. "
        "Stops plastic from reaching the main river and the sea. We design, supply and install booms for channels up to 40 m wide.",
    ),
    (
        "iQo049",
        "vi",
        "thiennhien_bun",
        "Sản xuất gạch không nung từ tro trấu, bùn nạo vét và xỉ lò",
        "Phối trộn tro trấu, bùn nạo vét kênh đã tách nước và xỉ lò hơi với xi măng, ép thủy lực thành gạch block, gạch lát đạt tiêu chuẩn xây dựng. "
        "Tận dụng chất thải tại chỗ, giảm chi phí vật liệu. Chuyển giao công thức phối trộn và máy ép.",
    ),
    # --- canal dredging and bank erosion ---
    (
        "iQo050",
        "vi",
        "baotintuc_satlo",
        "Kè mềm bờ kênh bằng rọ đá, thảm xơ dừa và cây bần, dừa nước",
        "Giải pháp kè mềm chi phí thấp: rọ đá chân kè, thảm xơ dừa phủ mái và trồng bần, dừa nước, cỏ để rễ giữ đất. "
        "Phù hợp bờ kênh rạch, đê bao nông thôn nơi không đủ kinh phí làm kè bê tông. Thiết kế theo từng đoạn và hướng dẫn người dân cùng thi công.",
    ),
    (
        "iQo051",
        "en",
        "trabaco",
        "Coir geotextile nets for riverbank and canal slope protection",
        "Woven coconut-fibre nets (400-900 g/m²) made from local coir hold soil on eroding banks and slopes while grasses and mangroves establish, then biodegrade after 3-5 years. "
        "Supplied in rolls with pegs and installation guidance; widely used on dykes and canal banks in the delta.",
    ),
    (
        "iQo052",
        "vi",
        "baotintuc_satlo",
        "Kè bờ sông bằng cừ bản bê tông ứng suất trước và cọc ly tâm",
        "Tường cừ bản bê tông cốt thép dự ứng lực đóng sâu kết hợp dầm mũ và neo, bảo vệ lâu dài bờ sông, khu dân cư, chợ ven sông có nguy cơ sạt lở nặng. "
        "Thi công nhanh bằng búa rung, ít chiếm đất. Khảo sát địa chất, thiết kế và thi công.",
    ),
    (
        "iQo053",
        "en",
        "vnnet_tv43m",
        "Amphibious excavator and small cutter-suction dredger rental for field canals",
        "An amphibious excavator and a small cutter-suction dredger clear silted canals 3-10 m wide that long-reach excavators cannot reach. "
        "Dredged mud is pumped into geotextile dewatering bags on the bank instead of being piled on the edge. Rental with operator, or sale with training.",
    ),
    (
        "iQo054",
        "vi",
        "thiennhien_bun",
        "Ống địa kỹ thuật geotube chứa bùn nạo vét, làm bờ bao",
        "Bùn nạo vét được bơm vào ống vải địa kỹ thuật dệt, nước thoát ra qua vải còn bùn ở lại, ống sau khi đầy trở thành bờ bao hoặc đê tạm. "
        "Giải quyết chỗ đổ bùn khi nạo vét kênh và tiết kiệm đất đắp. Cung cấp ống, tư vấn thi công.",
    ),
    (
        "iQo055",
        "en",
        "tienphong_satlo",
        "Drone photogrammetry and GNSS monitoring for riverbank erosion early warning",
        "Repeated drone surveys, bathymetry and fixed GNSS markers measure bank retreat and cracks, producing risk maps of river and canal segments likely to collapse. "
        "Communes receive warnings before the rainy season so households can be moved and loads kept off bank edges.",
    ),
    (
        "iQo056",
        "vi",
        "thiennhien_bun",
        "Tái sử dụng bùn nạo vét kênh làm đất san lấp, đất trồng",
        "Phân tích kim loại nặng, phèn và độ mặn của bùn nạo vét; bùn đạt chuẩn được phơi, phối trộn vôi và hữu cơ để làm đất trồng cây, san lấp nền hoặc đắp bờ bao. "
        "Biến bùn thải thành tài nguyên thay vì tìm bãi đổ. Tư vấn quy trình và kiểm định chất lượng.",
    ),
    (
        "iQo057",
        "en",
        "baoag_satlo",
        "Vetiver grass system for stabilising canal banks and dyke slopes",
        "Vetiver hedges planted along banks and slopes develop roots 2-3 m deep that bind soil and reduce surface erosion, tolerating flooding and moderate salinity. "
        "We supply planting material, spacing design and training for commune work teams.",
    ),
    (
        "iQo058",
        "vi",
        "tienphong_satlo",
        "Hàng rào tre giảm sóng gây bồi, phục hồi rừng ngập mặn ven biển",
        "Hàng rào cọc tre, bó cành cây đóng song song bờ biển làm giảm năng lượng sóng, giữ phù sa bồi lại bãi để trồng mắm, đước bảo vệ chân đê. "
        "Chi phí thấp hơn kè cứng, đã áp dụng ở nhiều đoạn đê biển đồng bằng. Thiết kế, giám sát thi công và trồng rừng.",
    ),
    # --- rooftop solar, solar pumps ---
    (
        "iQo059",
        "vi",
        "sggp_solar",
        "Điện mặt trời mái nhà hybrid có pin lưu trữ lithium cho hộ gia đình",
        "Hệ thống tấm pin, biến tần hybrid và pin lưu trữ LiFePO4 giúp hộ gia đình tự dùng điện ban ngày, trữ điện dùng buổi tối và vẫn có điện khi lưới bị cắt. "
        "Giảm 50-80 % tiền điện, trả góp 12-36 tháng, bảo hành tấm pin 12 năm. Khảo sát mái và lắp đặt trọn gói.",
    ),
    (
        "iQo060",
        "en",
        "vir_solar",
        "Rooftop solar leasing and PPA for factories and cold stores, zero upfront cost",
        "We finance, install and operate 100 kWp to 2 MWp rooftop systems on factory, warehouse and cold-store roofs, and the owner pays only for the kWh produced at a discount to the EVN tariff. "
        "15-20 year contract, full maintenance, ownership transfer at the end.",
    ),
    (
        "iQo061",
        "vi",
        "vnnet_solarpump",
        "Bơm năng lượng mặt trời dùng biến tần solar tưới vườn, cấp ao nuôi",
        "Biến tần solar chuyên dụng chạy trực tiếp máy bơm 1-7,5 kW từ tấm pin, không cần điện lưới hay dầu, tự điều chỉnh theo nắng. "
        "Dùng bơm nước tưới vườn cây ăn trái, rau màu, cấp nước ao nuôi ở nơi điện lưới chưa tới. Tính toán công suất, lắp đặt và bảo hành.",
    ),
    (
        "iQo062",
        "en",
        "recerd_solar",
        "Solar-powered drip irrigation kit for orchards and vegetable plots",
        "A complete kit with PV panel, DC pump, sand and disc filters, tank and drip lines irrigates 0.5-2 ha without grid power or diesel. "
        "Farmers in the delta have cut irrigation costs by tens of millions of dong per year while keeping soil moisture even. Design, installation and training.",
    ),
    (
        "iQo063",
        "vi",
        "vnplus_solaragri",
        "Điện mặt trời trên mái chuồng trại và khung che ao tôm",
        "Lắp tấm pin trên mái chuồng bò, chuồng heo hoặc khung che ao tôm, vừa làm mát, che nắng vừa cấp điện cho quạt, máy sục khí, máy bơm của trại. "
        "Giảm tiền điện sản xuất và tận dụng diện tích. Khảo sát tải, thiết kế kết cấu và lắp đặt.",
    ),
    (
        "iQo064",
        "en",
        "vnplus_solaragri",
        "Hybrid solar controller for paddlewheel aerators in shrimp ponds",
        "A hybrid inverter feeds paddlewheel and diffuser aerators from solar panels during the day and from the grid at night, with a DO sensor that runs aerators only as needed. "
        "Cuts shrimp farm aeration electricity by around 30 %. Supply, installation and monitoring app.",
    ),
    (
        "iQo065",
        "vi",
        "vir_solar",
        "Vệ sinh, bảo trì, kiểm tra hiệu suất hệ điện mặt trời mái nhà",
        "Vệ sinh tấm pin bằng robot và nước khử khoáng, đo đường cong I-V, chụp ảnh nhiệt phát hiện điểm nóng, tấm pin nứt và đầu nối lỏng. "
        "Khôi phục 10-20 % sản lượng bị mất do bụi bẩn và lỗi. Gói bảo trì hằng năm cho hộ gia đình và nhà xưởng.",
    ),
    (
        "iQo066",
        "en",
        "vir_solar",
        "Solar street lights for rural roads, hamlet lanes and school yards",
        "All-in-one LED street lights with integrated panel and lithium battery light rural roads and lanes for 12 hours a night without trenching cables or paying power bills. "
        "Supplied with poles and installation for communes and schools.",
    ),
    (
        "iQo067",
        "en",
        "recerd_solar",
        "Greenhouse-type solar dryer for fish, shrimp, fruit and herbs",
        "A polycarbonate tunnel with black absorber floor and solar-powered fans dries produce 30-50 % faster than open-air drying and protects it from rain, dust and flies. "
        "Batches of 200-1,000 kg; plans, materials and training for cooperatives and household processors.",
    ),
    # --- biomass boilers, biogas ---
    (
        "iQo068",
        "vi",
        "greenboiler",
        "Lò hơi tầng sôi đốt trấu và viên nén sinh khối 1-10 tấn hơi/giờ",
        "Lò hơi tầng sôi đốt trấu, viên nén trấu, mùn cưa và phụ phẩm nông nghiệp, thay dầu FO, DO, giảm 30-50 % chi phí nhiên liệu cho nhà máy chế biến, xay xát, đồ hấp. "
        "Có hệ thống cấp liệu tự động, silo, cyclone lọc bụi. Thiết kế, chế tạo, lắp đặt và đào tạo vận hành.",
    ),
    (
        "iQo069",
        "en",
        "niptech_rice",
        "Rice husk gasifier for paddy dryers and small power generation",
        "A downdraft husk gasifier produces clean producer gas for the burners of paddy dryers and parboiling units, or for a 100-300 kW gas engine at a rice mill. "
        "Turns waste husk piles into heat and power and replaces diesel. Supply, installation, and char handling guidance.",
    ),
    (
        "iQo070",
        "vi",
        "greenboiler",
        "Máy ép củi trấu, viên nén trấu công suất 1 tấn/giờ",
        "Máy ép trục vít tạo củi trấu dạng thanh hoặc viên nén từ trấu rời, tăng tỷ trọng gấp 5-6 lần, dễ vận chuyển và bán làm chất đốt cho lò hơi, lò sấy, bếp công nghiệp. "
        "Phù hợp nhà máy xay xát có nhiều trấu tồn. Cung cấp máy và hướng dẫn vận hành.",
    ),
    (
        "iQo071",
        "en",
        "trabaco",
        "Low-smoke coconut shell charcoal kiln with gas recovery",
        "Replaces open pit and drum burning of coconut shells with a retort kiln that burns the smoke gases, cutting visible smoke by over 90 % and raising charcoal yield. "
        "The recovered heat can dry shells or copra. Designed for village charcoal makers supplying activated carbon plants; construction drawings and training.",
    ),
    (
        "iQo072",
        "vi",
        "vietcoco",
        "Chuyển lò hơi đốt dầu sang đốt vỏ, gáo dừa cho nhà máy dừa",
        "Cải tạo lò hơi hiện có hoặc thay lò ghi xích đốt sinh khối, tận dụng vỏ dừa, gáo dừa, xơ vụn của chính nhà máy làm nhiên liệu. "
        "Bổ sung băng tải cấp liệu, cyclone và lọc bụi ướt. Hoàn vốn 1-2 năm nhờ bỏ được dầu DO.",
    ),
    (
        "iQo073",
        "en",
        "biogas_hcm",
        "Biogas generator sets (10-100 kW) with H₂S scrubbing for pig farms",
        "Gas engines converted for biogas, with iron-oxide H₂S filters and moisture traps, turn digester gas into electricity for pumps, fans, lighting and heat lamps. "
        "A 500-pig farm can save several million dong a month. Supply, installation and maintenance contracts.",
    ),
    (
        "iQo074",
        "vi",
        "ctu_biogas",
        "Nạp bổ sung lục bình và rơm cho hầm biogas khi thiếu phân heo",
        "Quy trình đồng phân hủy phân heo với lục bình băm nhỏ và rơm đã qua trồng nấm, giúp hầm biogas vẫn sinh khí ổn định khi đàn heo giảm hoặc ngừng nuôi. "
        "Hướng dẫn tỷ lệ phối trộn, cách ủ sơ bộ và lượng nạp hằng ngày cho hầm gia đình.",
    ),
    (
        "iQo075",
        "en",
        "greenboiler",
        "Cyclone and wet scrubber retrofit for biomass boiler flue gas",
        "Multi-cyclones and a venturi wet scrubber bring dust from husk, shell and wood-fired boilers under the limits of the national industrial emission standard. "
        "Retrofit on existing boilers of 1-20 tonnes of steam per hour, with stack measurement before and after.",
    ),
    # --- energy efficiency: cold stores, rice mills ---
    (
        "iQo076",
        "vi",
        "ifc_seafoodenergy",
        "Kiểm toán năng lượng cho nhà máy chế biến thủy sản và kho lạnh",
        "Đo đạc tiêu thụ điện của máy nén, tủ đông, băng chuyền IQF, máy đá vảy, chiếu sáng; phân tích và đề xuất giải pháp tiết kiệm 10-25 % kèm thời gian hoàn vốn. "
        "Lập báo cáo kiểm toán năng lượng bắt buộc theo Luật Sử dụng năng lượng tiết kiệm và hiệu quả cho cơ sở sử dụng năng lượng trọng điểm.",
    ),
    (
        "iQo077",
        "en",
        "ifc_seafoodenergy",
        "Variable-speed drives and screw compressor retrofit for ammonia refrigeration",
        "Replacing throttled reciprocating compressors with VSD screw compressors, adding floating head pressure control and evaporative condensers cuts cold store and freezer electricity by 20-35 %. "
        "Engineering, supply and commissioning for seafood plants and cold stores.",
    ),
    (
        "iQo078",
        "vi",
        "eria_coldchain",
        "Panel PIR, cửa kho lạnh tốc độ cao và màn gió chống thất thoát lạnh",
        "Thay panel PU cũ bị ẩm bằng panel PIR, lắp cửa cuốn nhanh và màn gió tại cửa xuất nhập hàng giảm thất thoát lạnh và đóng băng nền. "
        "Giảm 10-15 % điện năng kho lạnh. Khảo sát bằng camera nhiệt và thi công.",
    ),
    (
        "iQo079",
        "en",
        "niptech_rice",
        "Energy-efficient retrofit of rice milling lines",
        "Rubber-roll huskers, a paddy separator and whitening machines with automatic load control replace old equipment, reducing kWh per tonne of rice and broken grains at the same time. "
        "Includes an energy baseline of the mill and a payback study.",
    ),
    (
        "iQo080",
        "vi",
        "ifc_seafoodenergy",
        "Hệ thống giám sát điện năng thời gian thực (EMS) cho nhà máy",
        "Công tơ thông minh gắn từng máy nén, động cơ, dây chuyền, truyền dữ liệu về phần mềm hiển thị tiêu thụ theo ca, cảnh báo thiết bị chạy không tải và vượt công suất. "
        "Phù hợp nhà máy xay xát, kho lạnh, chế biến thực phẩm. Lắp đặt trong 2 tuần, thuê bao phần mềm hằng năm.",
    ),
    (
        "iQo081",
        "en",
        "ifc_seafoodenergy",
        "Heat recovery from refrigeration condensers for process hot water",
        "A desuperheater on the ammonia discharge line heats water to 50-60 °C for sanitation and thawing, replacing electric or oil water heaters in seafood plants. "
        "Payback is usually under two years.",
    ),
    (
        "iQo082",
        "vi",
        "eria_coldchain",
        "Kho lạnh năng lượng mặt trời 5-20 tấn cho HTX trái cây, thủy sản",
        "Kho lạnh lắp ghép dùng tấm pin mặt trời và bồn trữ lạnh (thermal storage), giữ nhiệt độ ổn định cả khi điện lưới yếu hoặc mất điện. "
        "Giúp HTX trữ trái cây, rau, cá vài ngày đến vài tuần chờ giá tốt. Lắp đặt, bảo trì và đào tạo.",
    ),
    (
        "iQo083",
        "en",
        "niptech_rice",
        "IE3/IE4 motor replacement and power factor correction for rice mills",
        "Old rewound motors on huskers, polishers and elevators are replaced with premium-efficiency motors and a capacitor bank corrects power factor, avoiding reactive power penalties. "
        "Typical savings 8-15 % of the mill's electricity bill.",
    ),
    # --- climate adaptation of agriculture ---
    (
        "iQo084",
        "vi",
        "plos_saltrice",
        "Giống lúa chịu mặn ngắn ngày và mô hình trình diễn cho vùng ven biển",
        "Giống lúa thời gian sinh trưởng 90-95 ngày chịu mặn 4-6 ‰ ở giai đoạn mạ và đẻ nhánh, năng suất 5-6 tấn/ha, gạo đạt chuẩn xuất khẩu. "
        "Cung cấp giống xác nhận, lịch thời vụ né mặn và tổ chức ruộng trình diễn cho HTX.",
    ),
    (
        "iQo085",
        "en",
        "plos_saltrice",
        "Alternate wetting and drying (AWD) irrigation for rice with field water tubes",
        "Perforated field tubes show farmers when to irrigate, letting fields dry to 15 cm below the surface before re-flooding. "
        "Saves 20-30 % of irrigation water and pumping cost and cuts methane emissions by about a third without yield loss. Training of cooperatives and pumping groups.",
    ),
    (
        "iQo086",
        "vi",
        "vnplus_adapt",
        "Chuyển ruộng lúa kém hiệu quả sang bắp, đậu phộng, ớt tưới phun",
        "Quy trình lên liếp, chọn giống, tưới phun mưa tiết kiệm nước và bón phân cho cây màu trên nền đất lúa vùng thiếu nước ngọt, nhiễm mặn nhẹ. "
        "Lợi nhuận gấp 1,5-3 lần lúa. Kèm liên kết bao tiêu và tập huấn tại ruộng.",
    ),
    (
        "iQo087",
        "en",
        "plos_saltrice",
        "Rice-shrimp rotation package for brackish coastal zones",
        "One season of tiger shrimp in the salty dry season followed by a salt-tolerant rice crop in the rainy season, with field dyke design, salt flushing before transplanting and stocking density guidance. "
        "Training and technical follow-up for farmer groups.",
    ),
    (
        "iQo088",
        "vi",
        "ccafs_drought",
        "Chế phẩm sinh học giúp cây chịu hạn mặn: silic, humate, vi khuẩn vùng rễ",
        "Hỗn hợp silic hòa tan, kali humate và vi khuẩn vùng rễ kích thích ra rễ, giảm hấp thu natri, giúp lúa, rau màu và cây ăn trái vượt qua đợt hạn mặn. "
        "Phun hoặc tưới gốc trước và trong mùa khô. Có hướng dẫn liều lượng.",
    ),
    (
        "iQo089",
        "en",
        "vnplus_adapt",
        "Raised beds, plastic mulch and drip fertigation for vegetables on saline-prone soils",
        "High raised beds with plastic mulch keep salts from rising to the root zone, while drip fertigation uses little fresh water. "
        "Lets farmers grow chilli, watermelon and leafy vegetables on former rice land during the dry season.",
    ),
    (
        "iQo090",
        "vi",
        "moitruong_tv",
        "Ghép cây ăn trái trên gốc ghép chịu mặn cho bưởi, sầu riêng",
        "Tuyển chọn gốc ghép có khả năng chịu mặn tốt hơn và nhân giống cây ghép cho vườn bưởi, sầu riêng vùng thường bị hạn mặn. "
        "Giúp vườn ít bị cháy lá, chết cây khi nước tưới nhiễm mặn nhẹ. Cung cấp cây giống và hướng dẫn chăm sóc.",
    ),
    (
        "iQo091",
        "en",
        "ccafs_drought",
        "Weather and salinity advisory app for farmers via Zalo and SMS",
        "Combines local weather forecasts, salinity readings and the crop calendar to send farmers personalised advice: when to sow, pump, spray or harvest. "
        "Messages in Vietnamese and Khmer; subscription for cooperatives and extension centres.",
    ),
    (
        "iQo092",
        "vi",
        "vnplus_adapt",
        "Nuôi sò huyết trên bãi bồi ven biển, sinh kế thích ứng",
        "Kỹ thuật khoanh bãi, thả giống, quản lý mật độ và thu hoạch sò huyết trên bãi bồi, phù hợp tổ hợp tác hộ nghèo ven biển. "
        "Hỗ trợ con giống, lưới, cọc và tập huấn.",
    ),
    # --- coconut processing ---
    (
        "iQo093",
        "vi",
        "sokfarm",
        "Quy trình nước dừa đóng chai giữ hương tự nhiên, hạn dùng 9-12 tháng",
        "Nước dừa tươi được lọc, vi lọc và tiệt trùng UHT nhiệt độ cao thời gian ngắn rồi chiết rót vô trùng vào chai PET hoặc hộp giấy, giữ mùi vị gần với nước dừa tươi. "
        "Chuyển giao quy trình, thông số thiết bị và hướng dẫn kiểm soát chất lượng cho doanh nghiệp.",
    ),
    (
        "iQo094",
        "en",
        "sokfarm",
        "High-pressure processing (HPP) toll service for cold-pressed coconut water and juices",
        "Bottled coconut water and juices are treated at 6,000 bar without heat, keeping fresh taste and extending chilled shelf life from 2-3 days to 45-60 days. "
        "Toll processing per batch at our HPP centre, with shelf-life validation for export buyers.",
    ),
    (
        "iQo095",
        "vi",
        "vnhn_dua",
        "Dây chuyền ép dầu dừa tinh khiết (VCO) bằng ly tâm lạnh",
        "Cơm dừa tươi được ép lấy nước cốt, tách dầu bằng ly tâm tốc độ cao ở nhiệt độ thấp, không qua nấu nên dầu trong, thơm, đạt chuẩn dầu dừa nguyên chất. "
        "Quy mô 300-1.000 kg cơm dừa/ngày, phù hợp HTX và cơ sở nhỏ. Cung cấp thiết bị và chuyển giao quy trình.",
    ),
    (
        "iQo096",
        "en",
        "vnhn_dua",
        "HACCP, ISO 22000 and FSSC 22000 certification support for coconut processors",
        "Gap assessment, hazard analysis, prerequisite programmes, documentation, staff training and a pre-audit so coconut milk, desiccated coconut and coconut water plants pass certification audits. "
        "Typical project 4-6 months, with follow-up until the certificate is issued.",
    ),
    (
        "iQo097",
        "vi",
        "van_waxcoco",
        "Máy gọt dừa kim cương, xử lý chống nâu, chống mốc dừa xuất khẩu",
        "Máy gọt tạo hình dừa kim cương, dừa gọt trọc đều đẹp, kèm quy trình nhúng dung dịch chống hóa nâu an toàn, bọc màng và bảo quản lạnh 2-5 °C. "
        "Giữ dừa trắng, không mốc trong 30-45 ngày vận chuyển đường biển. Chuyển giao máy và quy trình.",
    ),
    (
        "iQo098",
        "en",
        "hiephoidua",
        "Coconut sap sugar processing line: evaporators, crystalliser and moisture control",
        "Fresh coconut sap is filtered, evaporated in stainless steel pans or a vacuum evaporator and crystallised into granulated coconut sugar or kept as coconut syrup and nectar. "
        "Includes sap collection hygiene to prevent fermentation and a training programme for cooperatives.",
    ),
    (
        "iQo099",
        "vi",
        "tridge_dc",
        "Dây chuyền cơm dừa nạo sấy (desiccated coconut) 5 tấn/ngày",
        "Gồm máy tách vỏ nâu, rửa, chần, nghiền, sấy băng tải và sàng phân cỡ, kiểm soát độ ẩm dưới 3 % và nguy cơ aflatoxin, vi sinh. "
        "Thiết kế mặt bằng theo yêu cầu HACCP, lắp đặt và đào tạo vận hành.",
    ),
    (
        "iQo100",
        "en",
        "trabaco",
        "Shelf-stable coconut milk in retort pouches and cans",
        "Formulation with natural stabilisers and homogenisation prevents fat separation, and retort sterilisation gives 18-24 months of room-temperature shelf life without preservatives. "
        "Technology transfer with thermal process validation and equipment sizing.",
    ),
    (
        "iQo101",
        "vi",
        "trabaco",
        "Sản xuất than hoạt tính từ than gáo dừa bằng hoạt hóa hơi nước",
        "Than gáo dừa được nghiền, hoạt hóa bằng hơi nước ở 900-1.000 °C trong lò quay, tạo than hoạt tính chỉ số iốt trên 1.000 mg/g dùng lọc nước, lọc khí, tinh luyện vàng. "
        "Chuyển giao công nghệ lò hoạt hóa và phòng kiểm nghiệm.",
    ),
    (
        "iQo102",
        "en",
        "trabaco",
        "Coir fibre decorticator and coco peat washing line",
        "Husks are crushed to separate fibre and pith; the pith is washed to lower EC and pressed into coco peat blocks for horticulture export. "
        "Line capacity 10,000-20,000 husks per day, with dust control.",
    ),
    (
        "iQo103",
        "vi",
        "vnhn_dua",
        "Bao bì màng ghép và chai PET chắn oxy cho nước dừa, sữa dừa",
        "Chai PET có lớp chắn oxy, túi và hộp màng ghép nhôm giúp nước dừa, sữa dừa không bị ôi, đổi màu, kéo dài hạn dùng. "
        "Thiết kế bao bì đạt yêu cầu xuất khẩu, in ấn và chạy thử trên máy chiết rót của khách hàng.",
    ),
    (
        "iQo104",
        "en",
        "van_waxcoco",
        "Wax coconut seedlings by embryo rescue and tissue culture",
        "Embryos of the wax (makapuno) coconut are cultured in vitro to produce seedlings that reliably bear wax nuts, instead of the 20-25 % obtained from ordinary seed nuts. "
        "Seedling supply and orchard establishment advice.",
    ),
    # --- rice processing ---
    (
        "iQo105",
        "vi",
        "niptech_rice",
        "Máy sấy lúa tháp tuần hoàn 10-30 tấn/mẻ dùng nhiệt từ trấu",
        "Máy sấy tháp tuần hoàn sấy lúa đều ẩm, giảm tỷ lệ gạo gãy và lúa nảy mầm, ẩm mốc khi thu hoạch mùa mưa. "
        "Lò đốt trấu cấp nhiệt nên chi phí sấy thấp. Lắp đặt cho HTX, lò sấy tư nhân, kèm đào tạo vận hành.",
    ),
    (
        "iQo106",
        "en",
        "niptech_rice",
        "Hermetic storage bags and cocoons for paddy, seed rice and milled rice",
        "Multi-layer hermetic bags and 5-50 tonne cocoons cut off oxygen so insects die without fumigants and moisture stays constant. "
        "Seed rice keeps its germination rate for 6-12 months. Supplied with storage guidelines for farmers and traders.",
    ),
    (
        "iQo107",
        "vi",
        "niptech_rice",
        "Máy tách màu gạo CCD và máy đánh bóng gạo cho nhà máy xay xát",
        "Máy tách màu camera CCD loại bỏ hạt vàng, hạt bạc bụng, sạn và hạt lạ; máy đánh bóng tạo hạt gạo trong bóng đạt chuẩn xuất khẩu. "
        "Nâng giá bán gạo, đáp ứng đơn hàng khó tính. Lắp đặt, bảo hành và đào tạo.",
    ),
    (
        "iQo108",
        "en",
        "niptech_rice",
        "Rice bran stabilisation and rice bran oil extraction",
        "An extrusion stabiliser inactivates lipase within hours of milling so bran does not turn rancid, then the stabilised bran is pressed or solvent-extracted into rice bran oil and defatted bran for feed. "
        "Technology transfer for mills of 100-300 tonnes of paddy per day.",
    ),
    (
        "iQo109",
        "vi",
        "niptech_rice",
        "Đóng gói gạo hút chân không, nạp CO₂ chống mọt cho gạo đặc sản",
        "Máy đóng gói hút chân không hoặc nạp khí CO₂ cho túi gạo 1-5 kg giữ gạo thơm, không mọt, không ẩm trong 12 tháng trên kệ siêu thị. "
        "Phù hợp thương hiệu gạo đặc sản, gạo hữu cơ. Cung cấp máy, bao bì và hướng dẫn.",
    ),
    (
        "iQo110",
        "en",
        "niptech_rice",
        "Laser land levelling and mechanised drum seeding for rice fields",
        "Laser-guided levelling lets water spread evenly and lowers seed and herbicide use; combined with drum seeders for uniform stands. "
        "Service provision by hectare and training of local operators.",
    ),
    (
        "iQo111",
        "vi",
        "niptech_rice",
        "Dây chuyền sản xuất bún khô, bánh phở từ gạo tấm",
        "Dây chuyền ngâm, xay, hấp, ép đùn và sấy tạo bún khô, hủ tiếu, bánh phở từ gạo tấm giá rẻ, nâng giá trị phụ phẩm xay xát. "
        "Công suất 500-2.000 kg/ngày, chuyển giao công thức và thiết bị.",
    ),
    (
        "iQo112",
        "en",
        "niptech_rice",
        "Grain moisture meters and rice quality lab kit for traders and millers",
        "Calibrated moisture meters, a sample husker, whiteness meter and grain length gauge let buyers grade paddy and rice objectively at purchase. "
        "Kit with training on sampling and grading standards.",
    ),
    # --- fish and seafood processing ---
    (
        "iQo113",
        "vi",
        "tiengiang_seafoodww",
        "Tư vấn HACCP, BRCGS, ISO 22000 cho cơ sở chế biến thủy sản, khô cá",
        "Đánh giá hiện trạng nhà xưởng, xây dựng chương trình tiên quyết GMP, SSOP, kế hoạch HACCP, đào tạo công nhân và đánh giá nội bộ đến khi được cấp chứng nhận. "
        "Phù hợp cơ sở chế biến tôm, cá, khô cá, mắm muốn vào siêu thị hoặc xuất khẩu.",
    ),
    (
        "iQo114",
        "en",
        "ifc_seafoodenergy",
        "IQF tunnel freezer for shrimp and fish fillets, 500 kg per hour",
        "A straight-belt IQF tunnel freezes shrimp and fillets individually in 10-20 minutes, improving quality and yield compared with block freezing. "
        "Supply, installation and integration with existing ammonia or Freon plants.",
    ),
    (
        "iQo115",
        "vi",
        "tiengiang_seafoodww",
        "Chế biến đầu, xương, nội tạng cá thành bột cá, dầu cá, dịch đạm",
        "Dây chuyền nấu, ép, tách dầu và sấy tạo bột cá, dầu cá; hoặc thủy phân bằng enzyme tạo dịch đạm làm phân bón lá, thức ăn chăn nuôi. "
        "Giải quyết phụ phẩm của nhà máy và cơ sở làm cá, công suất 2-20 tấn nguyên liệu/ngày.",
    ),
    (
        "iQo116",
        "en",
        "tiengiang_seafoodww",
        "Chitin and chitosan extraction from shrimp heads and shells",
        "Demineralisation, deproteinisation and deacetylation steps turn shrimp shell waste into chitin and chitosan for agriculture, water treatment and food coatings, while protein hydrolysate and astaxanthin are recovered. "
        "Process transfer for 1-5 tonnes of shell per day.",
    ),
    (
        "iQo117",
        "vi",
        "ifc_seafoodenergy",
        "Máy sấy bơm nhiệt sấy khô cá, tôm khô ở nhiệt độ thấp",
        "Máy sấy bơm nhiệt sấy ở 40-55 °C trong buồng kín, không phụ thuộc nắng mưa, không ruồi bụi, giữ màu và mùi vị khô cá lóc, khô cá sặc, tôm khô. "
        "Tiết kiệm 40-60 % điện so với sấy điện trở. Buồng sấy 100-1.000 kg/mẻ.",
    ),
    (
        "iQo118",
        "en",
        "eria_coldchain",
        "Modified atmosphere and vacuum skin packaging for chilled fish",
        "Tray sealing with CO₂/N₂ gas mixtures or vacuum skin film extends the chilled shelf life of fish fillets and portions three to four times for supermarkets. "
        "Packaging machines, film selection and shelf-life trials.",
    ),
    (
        "iQo119",
        "vi",
        "tiengiang_seafoodww",
        "Chế biến chả cá, cá viên từ cá tạp đạt an toàn thực phẩm",
        "Tách thịt, rửa, quết, định hình, hấp và cấp đông tạo chả cá, cá viên từ cá tạp giá rẻ, không dùng hàn the. "
        "Chuyển giao công thức và thiết bị cho hộ, HTX chế biến 100-500 kg/ngày.",
    ),
    (
        "iQo120",
        "en",
        "tiengiang_seafoodww",
        "Rapid test kits for antibiotic residues in shrimp and fish at receiving",
        "Lateral-flow strips and ELISA kits detect chloramphenicol, nitrofurans, enrofloxacin and other banned antibiotics in 10-60 minutes at the raw material intake. "
        "Helps exporters reject contaminated lots before processing. Training and proficiency testing included.",
    ),
    # --- fruit processing ---
    (
        "iQo121",
        "vi",
        "lavite_fruit",
        "Sấy dẻo xoài, chuối, khóm bằng máy sấy bơm nhiệt",
        "Quy trình chọn trái, cắt lát, ngâm đường nhẹ và sấy bơm nhiệt ở 50-60 °C cho sản phẩm sấy dẻo giữ màu tự nhiên, không chất bảo quản. "
        "Cung cấp máy sấy 100-500 kg/mẻ, chuyển giao quy trình và thiết kế bao bì.",
    ),
    (
        "iQo122",
        "en",
        "lavite_fruit",
        "Freeze-drying of tropical fruit for premium snacks and powders",
        "Vacuum freeze dryers remove water from frozen fruit slices at low temperature, keeping colour, aroma and nutrients for crunchy premium snacks and fruit powders. "
        "Batch units of 50-500 kg, toll drying service and product development.",
    ),
    (
        "iQo123",
        "vi",
        "lavite_fruit",
        "Màng bao ăn được từ chitosan, sáp kéo dài thời gian bảo quản bưởi, cam",
        "Nhúng hoặc phun lớp màng chitosan và sáp thực phẩm lên bưởi da xanh, cam sành sau thu hoạch, giảm mất nước, héo vỏ và nấm bệnh. "
        "Kéo dài thời gian bảo quản thêm 3-4 tuần, phù hợp vận chuyển xuất khẩu bằng đường biển. Chuyển giao quy trình.",
    ),
    (
        "iQo124",
        "en",
        "vnplus_longan",
        "SO₂-free postharvest treatment and cold-chain protocol for longan and rambutan",
        "A protocol of careful harvest, organic acid dip, pre-cooling and controlled temperature during transport keeps longan and rambutan bright and free of rot without sulphur residues. "
        "Designed for export to markets with strict residue limits.",
    ),
    (
        "iQo125",
        "vi",
        "lavite_fruit",
        "Dây chuyền nước ép trái cây thanh trùng và cô đặc chân không",
        "Ép, lọc, thanh trùng và cô đặc chân không nước ép khóm, chanh dây, xoài thành nước ép đóng chai hoặc puree cô đặc bán cho nhà máy đồ uống. "
        "Công suất 1-5 tấn trái/ngày, chuyển giao thiết bị và quy trình.",
    ),
    (
        "iQo126",
        "en",
        "lavite_fruit",
        "Packhouse design and GlobalG.A.P. packing-house compliance for fruit exporters",
        "Layout of washing, sorting, grading and packing lines, hygiene zoning, pre-cooling and documentation so a packhouse passes buyer and GlobalG.A.P. audits. "
        "Consulting and staff training.",
    ),
    (
        "iQo127",
        "vi",
        "lavite_fruit",
        "Chưng cất tinh dầu vỏ bưởi bằng hơi nước",
        "Nồi chưng cất hơi nước inox 50-200 kg vỏ/mẻ tách tinh dầu vỏ bưởi dùng làm dầu gội, mỹ phẩm, tinh dầu xông phòng. "
        "Tận dụng vỏ bưởi bỏ đi, tăng thu nhập cho nhà vườn. Chuyển giao thiết bị và quy trình.",
    ),
    (
        "iQo128",
        "en",
        "lavite_fruit",
        "Small retort and canning line with thermal process validation",
        "A small retort, seamer and heat-penetration testing let processors of fruit in syrup, ready meals and sauces produce shelf-stable cans and pouches safely. "
        "We validate the sterilisation schedule for each product.",
    ),
    (
        "iQo129",
        "vi",
        "vnplus_longan",
        "Xử lý hơi nước nóng (VHT) diệt ruồi đục trái cho trái cây xuất khẩu",
        "Buồng xử lý hơi nước nóng nâng nhiệt độ thịt trái lên mức diệt trứng và ấu trùng ruồi đục trái, đáp ứng yêu cầu kiểm dịch thực vật của Nhật Bản, Hàn Quốc, Úc. "
        "Thiết kế, lắp đặt và hỗ trợ hồ sơ công nhận cơ sở xử lý.",
    ),
    # --- digital: IoT, traceability, e-commerce, management software ---
    (
        "iQo130",
        "vi",
        "ctu_iot_shrimp",
        "IoT giám sát ao tôm (DO, pH, độ mặn), cảnh báo qua điện thoại",
        "Cảm biến đặt trong ao đo liên tục oxy hòa tan (DO), pH, nhiệt độ, độ mặn, gửi cảnh báo về điện thoại khi DO xuống thấp ban đêm và tự bật quạt nước. "
        "Dữ liệu lưu trên điện toán đám mây, xem lịch sử từng ao. Lắp đặt, bảo hành và hướng dẫn hiệu chuẩn.",
    ),
    (
        "iQo131",
        "en",
        "laodong_qr",
        "Farm-to-fork traceability platform with GS1 QR codes for cooperatives",
        "A farm diary app records inputs and harvests, each packed batch gets a GS1-compliant QR code, and consumers or supermarkets scan it to see the grower, farming practices and packing date. "
        "Onboarding, label printing and training for cooperatives selling to modern retail.",
    ),
    (
        "iQo132",
        "vi",
        "baoag_qr",
        "Tem truy xuất nguồn gốc QR chống giả và cổng thông tin truy xuất",
        "Tem QR mã hóa riêng từng sản phẩm kèm lớp chống giả, kết nối cổng thông tin truy xuất hiển thị cơ sở sản xuất, vùng trồng, chứng nhận. "
        "Hỗ trợ HTX đăng nhập thông tin, in tem và tập huấn sử dụng.",
    ),
    (
        "iQo133",
        "en",
        "sggp_livestream",
        "E-commerce onboarding and livestream selling training for cooperatives",
        "Hands-on coaching to open and run shops on Shopee, Lazada and TikTok Shop: product photos, listings, pricing, packaging for delivery and livestream selling scripts. "
        "Includes linking with logistics partners for farm produce.",
    ),
    (
        "iQo134",
        "vi",
        "dtmn_khmer",
        "Phần mềm quản lý HTX trên điện thoại: thành viên, vật tư, công nợ",
        "Quản lý danh sách thành viên, vốn góp, cung ứng vật tư phân bón trả chậm, công nợ, thu mua sản phẩm và sổ sách kế toán HTX trên điện thoại và máy tính. "
        "Xuất báo cáo tài chính theo quy định. Thuê bao hằng năm, có tập huấn.",
    ),
    (
        "iQo135",
        "en",
        "vnhn_dua",
        "Tablet-based production and HACCP records system for food factories",
        "Replaces paper batch records, CCP monitoring sheets and cleaning logs with tablets on the line, with alerts when limits are exceeded and audit-ready reports. "
        "Also tracks raw material lots and finished goods inventory.",
    ),
    (
        "iQo136",
        "vi",
        "laodong_qr",
        "Nhật ký canh tác điện tử cho vùng trồng có mã số xuất khẩu",
        "Ứng dụng ghi nhật ký phun thuốc, bón phân, thu hoạch theo từng lô, cảnh báo thời gian cách ly thuốc, xuất hồ sơ phục vụ kiểm tra mã số vùng trồng. "
        "Phù hợp HTX trồng bưởi, xoài, dừa xuất khẩu.",
    ),
    (
        "iQo137",
        "en",
        "eria_coldchain",
        "Cold-chain temperature loggers with cloud alerts for reefer trucks and cold rooms",
        "Wireless loggers record temperature every few minutes in cold rooms and refrigerated trucks and send SMS or app alerts when temperature rises or a door stays open. "
        "Provides records for buyers and food safety audits.",
    ),
    (
        "iQo138",
        "vi",
        "nld_online",
        "Gian hàng trực tuyến cho sản phẩm OCOP, hỗ trợ lên sàn Postmart, Voso",
        "Chụp ảnh, viết mô tả, đăng ký gian hàng trên Postmart, Voso, Shopee và website riêng cho sản phẩm OCOP; hướng dẫn đóng gói, giao hàng và bán hàng livestream. "
        "Hỗ trợ 3 tháng đầu vận hành gian hàng.",
    ),
    (
        "iQo139",
        "en",
        "niptech_rice",
        "Drone multispectral crop monitoring and variable-rate spraying for rice",
        "Multispectral drone flights map crop vigour and pest hotspots, and spraying drones apply pesticide or fertiliser only where needed. "
        "Service by hectare for cooperatives.",
    ),
    (
        "iQo140",
        "vi",
        "ctu_iot_shrimp",
        "Ứng dụng AI đếm tôm giống qua ảnh chụp điện thoại",
        "Chụp ảnh khay tôm giống bằng điện thoại, ứng dụng tự đếm số con và ước kích cỡ trong vài giây, giúp mua bán tôm giống minh bạch và tính mật độ thả chính xác. Dùng thuê bao theo tháng, chạy trên điện thoại Android phổ thông.",
    ),
    (
        "iQo141",
        "en",
        "vnplus_coco",
        "Traceability and certificate management for organic coconut supply chains",
        "Registers each organic farm and growing area code, links harvest lots to farmers and organic certificates (USDA, EU, JAS), and records everything on a tamper-evident ledger. "
        "Buyers receive a verifiable proof of origin with each shipment.",
    ),
    (
        "iQo142",
        "vi",
        "vnnet_tv43m",
        "Hệ thống SCADA giám sát, điều khiển từ xa trạm bơm và cống thủy lợi",
        "Tủ điều khiển PLC, cảm biến mực nước, độ mặn và camera cho trạm bơm, cống; vận hành đóng mở từ xa qua máy tính và điện thoại. "
        "Giúp công ty thủy lợi vận hành kịp thời khi triều cường, mặn lên.",
    ),
    (
        "iQo143",
        "en",
        "sggp_bo",
        "Cattle herd management app with RFID ear tags",
        "RFID tags and a phone app track each animal's breeding, calving, weighing, vaccinations and sales, with reminders for heat and vaccination dates. "
        "For cattle cooperatives and breeding programmes.",
    ),
    # --- shrimp farming ---
    (
        "iQo144",
        "vi",
        "ctu_iot_shrimp",
        "Quy trình nuôi tôm thẻ siêu thâm canh 2-3 giai đoạn trong ao lót bạt",
        "Ương tôm giống trong ao nhỏ có mái che, chuyển sang ao nuôi lót bạt, siphon đáy hằng ngày và ao lắng xử lý nước, mật độ 200-300 con/m². "
        "Giảm rủi ro dịch bệnh, tăng số vụ trong năm. Chuyển giao quy trình và giám sát kỹ thuật.",
    ),
    (
        "iQo145",
        "en",
        "vjas_iot",
        "Biofloc technology package for whiteleg shrimp",
        "Carbon dosing (molasses) and strong aeration grow microbial flocs that recycle ammonia into protein, allowing high stocking with almost no water exchange. "
        "Protocol, training and technical follow-up through the first crops.",
    ),
    (
        "iQo146",
        "vi",
        "ctu_iot_shrimp",
        "Bộ kit PCR, LAMP phát hiện nhanh bệnh tôm tại trại (EHP, AHPND, đốm trắng)",
        "Bộ kit và máy nhỏ gọn cho phép xét nghiệm tôm giống, tôm nuôi ngay tại trại trong 1 giờ, phát hiện vi bào tử trùng EHP, hoại tử gan tụy cấp AHPND, đốm trắng WSSV. "
        "Giúp chủ trại xử lý kịp thời khi tôm chết sớm. Đào tạo kỹ thuật viên.",
    ),
    (
        "iQo147",
        "en",
        "vjas_iot",
        "Probiotic Bacillus blends and pond bottom treatment for shrimp ponds",
        "Selected Bacillus strains and nitrifiers break down sludge, uneaten feed and reduce H₂S and ammonia at the pond bottom, combined with a bottom-cleaning schedule. "
        "Improves survival in ponds with black, smelly bottoms.",
    ),
    (
        "iQo148",
        "vi",
        "ctu_iot_shrimp",
        "Máy cho tôm ăn tự động hẹn giờ và theo âm thanh bắt mồi",
        "Máy rải thức ăn tự động theo lịch hoặc dùng cảm biến âm thanh nhận biết tôm đang ăn để điều chỉnh lượng cho ăn, giảm hệ số FCR và ô nhiễm đáy ao. Một máy phục vụ ao 1.000-3.000 m², có bảo hành và hướng dẫn lắp đặt.",
    ),
    (
        "iQo149",
        "en",
        "vjas_iot",
        "Nano-bubble oxygen generator for intensive shrimp ponds",
        "Nano-bubble diffusers keep dissolved oxygen high with less energy than paddlewheels and help oxidise sludge at the bottom. "
        "Sized per pond area; installation and monitoring.",
    ),
    (
        "iQo150",
        "vi",
        "ctu_iot_shrimp",
        "Ao lắng sinh học nuôi cá rô phi, sò xử lý nước thải ao tôm",
        "Nước thải và bùn siphon từ ao tôm được đưa vào ao lắng có cá rô phi, sò, rong câu hấp thu chất hữu cơ, rồi tuần hoàn lại ao nuôi. "
        "Giảm xả thải ra kênh và nguy cơ lây bệnh giữa các trại.",
    ),
    # --- livestock ---
    (
        "iQo151",
        "vi",
        "sggp_bo",
        "Thụ tinh nhân tạo bò bằng tinh đông lạnh bò thịt cao sản",
        "Phối giống bò cái lai Sind bằng tinh đông lạnh Brahman, Red Angus, Charolais cho bê lai tầm vóc lớn, tăng trọng nhanh, bán được giá cao hơn. "
        "Cung cấp tinh, dẫn tinh viên và tập huấn phát hiện động dục.",
    ),
    (
        "iQo152",
        "en",
        "dtmn_khmer",
        "Silage and urea-treated straw for cattle feed in the dry season",
        "Maize stover, grass and rice straw are chopped and ensiled in plastic bags or pits, or treated with urea, so cattle have feed through the dry months when fresh grass is scarce. "
        "Training and bag supply for cattle farmers.",
    ),
    (
        "iQo153",
        "vi",
        "dtmn_khmer",
        "Trồng cỏ VA06, cỏ voi và máy băm cỏ cho bò vỗ béo",
        "Cung cấp hom giống cỏ năng suất cao, hướng dẫn trồng, bón phân, thu cắt và máy băm cỏ, giúp hộ nuôi bò nhốt chuồng có đủ thức ăn xanh. "
        "Kết hợp ủ chua phần cỏ dư cho mùa khô.",
    ),
    (
        "iQo154",
        "en",
        "sggp_bo",
        "Least-cost fattening rations for beef cattle from local by-products",
        "Ration formulation using rice bran, broken rice, coconut meal, brewer's grain and cassava residue to fatten cattle faster at lower cost. "
        "Farm visits and feeding trials for groups of farmers.",
    ),
    (
        "iQo155",
        "vi",
        "sggp_bo",
        "Vắc xin, quy trình phòng viêm da nổi cục, lở mồm long móng cho bò",
        "Lịch tiêm phòng, cung cấp vắc xin và hướng dẫn vệ sinh chuồng trại, diệt côn trùng truyền bệnh cho đàn bò. "
        "Tập huấn thú y viên cơ sở.",
    ),
    (
        "iQo156",
        "en",
        "dtmn_khmer",
        "Biosecurity package for smallholder pig farms against African swine fever",
        "Fencing, footbaths, separate clothing, disinfection of vehicles and feed, and all-in/all-out management adapted to small pig farms, with a checklist and farmer training. "
        "Reduces the risk of ASF introduction into household herds.",
    ),
    (
        "iQo157",
        "vi",
        "dtmn_khmer",
        "Nuôi gà thả vườn an toàn sinh học có đệm lót vi sinh",
        "Chuồng gà có đệm lót vi sinh, vườn thả có rào, lịch vắc xin và quy trình sát trùng, giúp hộ nuôi gà thả vườn giảm bệnh, giảm mùi, bán được giá gà sạch. Hỗ trợ con giống, thiết kế chuồng và tập huấn cho tổ hợp tác.",
    ),
    (
        "iQo158",
        "en",
        "vnplus_adapt",
        "Goat raising on raised slatted floors with forage banks in coastal communes",
        "Raised slatted pens keep goats dry during floods and high tides, while salt-tolerant forage and tree leaves planted around the farm provide feed. "
        "Breeding stock, pen design and training for poor households.",
    ),
]
