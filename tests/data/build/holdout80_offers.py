"""Offers of the holdout80 set: institutes, universities, firms and exchanges offering protected-cropping technology.

Rows: (id, language, source key, title, description).
"""

OFFERS = [
    # --- net houses and greenhouses for heat and rain ---
    (
        "lDo001",
        "vi",
        "nhamang_brvt",
        "Chuyển giao mô hình nhà màng trồng rau cho vùng khí hậu nóng",
        "Viện nghiên cứu nông nghiệp phía Nam hỗ trợ kỹ thuật dựng nhà màng khung sắt phủ màng và lưới che chắn, kèm quy trình canh tác rau sạch trong điều kiện nắng nóng. "
        "Mô hình mẫu rộng 500 m², vốn khoảng 60 triệu đồng; mỗi liếp rau trong nhà màng cho trung bình 50 kg so với khoảng 20 kg ngoài trời, lá không bị mưa gió làm rách, chi phí phân thuốc giảm mạnh.",
    ),
    (
        "lDo002",
        "vi",
        "nhaluoi_hcm_report",
        "Thiết kế và chuyển giao nhà lưới cải tiến cho sản xuất rau an toàn",
        "Đơn vị bảo vệ thực vật đã khảo sát các kiểu nhà lưới trồng rau ở ngoại thành và các tỉnh Nam Bộ, theo dõi sinh vật hại trên cải, rau muống, rau dền, mồng tơi, xà lách trong nhà lưới, rồi thiết kế mẫu nhà lưới cải tiến. "
        "Nhận tư vấn kiểu dáng, vật liệu và chuyển giao mẫu nhà lưới cải tiến cho hộ và hợp tác xã trồng rau ăn lá.",
    ),
    (
        "lDo003",
        "vi",
        "nl_hcm_survey",
        "Tư vấn chọn kiểu nhà lưới kín, nhà lưới hở hay mái che cho rau ăn lá",
        "Nhóm nghiên cứu khoa học cây trồng đánh giá sinh trưởng rau ăn lá trong ba dạng nhà lưới phổ biến: lưới kín, lưới hở và mái che. "
        "Phần lớn nhà lưới nông dân tự dựng rộng trên 1.000 m², cao 2,0–2,5 m bằng tre, gỗ, dây kẽm, rẻ nhưng mau xuống cấp; nhóm tư vấn chọn kiểu nhà, chiều cao và quy mô phù hợp vốn đầu tư.",
    ),
    (
        "lDo004",
        "en",
        "fftc_tropics",
        "Design of naturally ventilated greenhouses for tropical lowlands",
        "Greenhouse horticulture researchers offer design options for protected cultivation in hot, humid climates. "
        "The main criterion is enough natural ventilation to keep air temperature suitable for the crop; further criteria are light transmission with the option of shading, insect-proof screening, a large air volume and wind resistance, matched to the site's climate.",
    ),
    (
        "lDo005",
        "en",
        "edis_protective",
        "Choosing between greenhouse, screen house and shade house",
        "An extension service explains how protective structures are classified by roof: non-porous roofs (polyethylene film, glass) versus porous screen or shade nets. "
        "In tropical and subtropical regions flexible plastic or net covers limit heat build-up and favour passive ventilation; the service helps growers pick the structure type, net colour and mesh for their crop.",
    ),
    (
        "lDo006",
        "en",
        "attra_hightunnel",
        "High tunnels for vegetable production in warm climates",
        "A sustainable-agriculture information service supplies guidance on high tunnels used in hot regions, where their role is not season extension but protection of crops from pests, strong solar radiation and heavy weather. "
        "Materials cover tunnel design, shade cloth, ventilation and crop choice for warm-season production.",
    ),
    (
        "lDo007",
        "en",
        "iep_shade",
        "Galvanised-steel shade-net houses (mesh houses)",
        "A greenhouse manufacturer builds shade-net structures with hot-dip galvanised posts carrying a wire and cord network that holds the outer mesh. "
        "Chapel width is up to 8–10 m, height up to 6–7 m, roofs flat or sloped at 18–25%; side walls can carry insect netting with roll-up plastic. The nets cut solar radiation and keep out hail, wind, birds and insects.",
    ),
    (
        "lDo008",
        "vi",
        "nhamang_tieuluan",
        "Lập dự án đầu tư mô hình rau sạch trong nhà màng",
        "Nhóm chuyên gia kinh doanh nông nghiệp lập dự án trồng rau sạch trong nhà màng: chọn địa điểm, phân tích thị trường, phân loại và chọn công nghệ nhà màng, quy trình trồng, sơ chế, đóng gói và dán nhãn. "
        "Phù hợp hợp tác xã cần hồ sơ dự án để vay vốn hoặc xin hỗ trợ.",
    ),
    (
        "lDo009",
        "vi",
        "dalat_survey",
        "Khảo sát, thiết kế nhà kính mái vòm và nhà màng cho vùng cao",
        "Đề tài khảo sát nhà kính, nhà màng của nông hộ và doanh nghiệp ở Đà Lạt: kiểu mái vòm cung tròn, mái răng cưa, so sánh với mẫu Israel và phía Bắc, cùng yêu cầu khí hậu của bắp cải, cà chua, hoa cúc, hoa hồng. "
        "Nhận tư vấn kiểu nhà che phủ theo cây trồng, chủ yếu cho vùng khí hậu mát.",
    ),
    (
        "lDo010",
        "en",
        "tropical_gh_blog",
        "Rain-shelter greenhouses with open sides for the humid tropics",
        "In the tropics a greenhouse is not needed to trap heat but to keep excessive rain off crops that rot when waterlogged and to hold back pests. "
        "We supply plastic-roofed structures with openable sides so heat escapes, suited to vegetables during the rainy season.",
    ),
    (
        "lDo011",
        "en",
        "hamanol_design",
        "Greenhouse selection by local climate",
        "Consultants advise growers on picking a greenhouse design, glazing and ventilation for their climate, avoiding common mistakes such as kits built for cold winters that bake crops in summer and drip with condensation. "
        "The service compares plastic film, rigid panels and glass and sizes vents and shading for hot sites.",
    ),
    (
        "lDo012",
        "en",
        "hfgreenhouse",
        "Single-span and multi-span film and polycarbonate greenhouses",
        "A greenhouse maker supplies glass, polycarbonate and plastic film houses, single or multi-span, single or double roof, with or without heating. "
        "Structures are built sealed but easy to ventilate, and can be fitted with temperature, humidity and lighting control equipment run by a computer.",
    ),
    (
        "lDo013",
        "vi",
        "hieublogs",
        "Tính toán, chế tạo nhà trồng và hệ thống tưới tiết kiệm nước",
        "Nhóm kỹ sư nghiên cứu, tính toán thiết kế và chế tạo nhà trồng phù hợp khí hậu, giảm giá thành đầu tư, kèm hệ thống tưới phun và tưới nhỏ giọt. "
        "Giải pháp tiết kiệm nước, phân bón và công chăm sóc, hữu ích khi hạn hán và thiếu nước ngọt do biến đổi khí hậu.",
    ),
    (
        "lDo014",
        "vi",
        "danviet_haiduong_nhamang",
        "Chuyển đổi sang trồng dưa lưới trong nhà màng theo mô hình hợp tác xã",
        "Hợp tác xã nông nghiệp ở Hải Dương chia sẻ kinh nghiệm chuyển từ trồng dưa truyền thống sang trồng dưa lưới trong nhà màng, thu nhập tăng hàng chục lần, mỗi nông hộ thu trăm triệu đồng. "
        "Nhận tiếp khách tham quan và hướng dẫn kỹ thuật cho hợp tác xã muốn nhân rộng.",
    ),
    # --- hydroponics and NFT ---
    (
        "lDo015",
        "vi",
        "nhanongxanh_hoiluu",
        "Chuyển giao hệ thống thủy canh hồi lưu trong nhà kính",
        "Nông hộ ở Hà Nội trồng rau thủy canh hồi lưu trong nhà kính, không dùng đất, không thuốc bảo vệ thực vật, không phụ thuộc mùa vụ, thu khoảng 100 triệu đồng mỗi năm. "
        "Nhận lắp đặt hệ thống và hướng dẫn vận hành cho người mới làm.",
    ),
    (
        "lDo016",
        "vi",
        "farmgh_nft_vi",
        "Hệ thống thủy canh màng dinh dưỡng (NFT) cho rau ăn lá",
        "Nhà cung cấp thiết bị nhà kính bán hệ thống NFT: dung dịch dinh dưỡng chảy thành màng mỏng liên tục qua rễ cây đặt trong máng nhựa cấp thực phẩm. "
        "Phù hợp xà lách, cải bó xôi, rau thơm lớn nhanh, dùng được cho cả hộ gia đình và trang trại thương mại.",
    ),
    (
        "lDo017",
        "vi",
        "hoclamnong_thuycanh",
        "Hướng dẫn và bộ dụng cụ trồng rau thủy canh tại nhà",
        "Trang hướng dẫn nông nghiệp giới thiệu các dạng thủy canh tĩnh và hồi lưu, cách tự làm tại ban công, sân thượng hay trong nhà; rễ được cố định bằng mút xốp, xơ dừa hoặc rọ nhựa. "
        "Kèm lưu ý về dung dịch, ánh sáng và vệ sinh để rau ít sâu bệnh, tiết kiệm nước.",
    ),
    (
        "lDo018",
        "vi",
        "mard_thuycanh_hcm",
        "Doanh nghiệp thủy canh đô thị: lắp vườn và cung cấp khay rau con",
        "Công ty thủy canh ở TP.HCM do người học công nghệ sinh học sáng lập từ năm 2008 lắp vườn rau thủy canh trên sân thượng cho gia đình, giao khay rau con từ vườn ươm khoảng 200 m². "
        "Đang phát triển chậu trồng rau trong bếp cho hộ nội trợ.",
    ),
    (
        "lDo019",
        "vi",
        "memart_thuycanh",
        "Mô hình thủy canh công nghệ cao trong nhà màng để tham quan, học hỏi",
        "Tổng hợp các mô hình thủy canh nhà màng đang chuyển giao: một thanh niên mở rộng từ 10 m² lên 320 m², thu hơn 20 kg rau mỗi ngày nhờ theo dõi EC, pH; hợp tác xã dùng IoT đạt 1 tấn rau/ngày; nhà màng khoảng 1.000 m² cho khoảng 70 kg rau/ngày. "
        "Các chủ mô hình nhận chia sẻ kỹ thuật.",
    ),
    (
        "lDo020",
        "vi",
        "ngotriduong_controller",
        "Bộ điều khiển cho sản xuất rau an toàn theo công nghệ thủy canh",
        "Nhà nghiên cứu cơ điện thiết kế bộ điều khiển dùng vi mạch PSoC vận hành ba hệ: cấp nước và dung dịch từ ba bình A, B, C; điều hòa khí hậu; tưới nhỏ giọt. "
        "Có chế độ tự động và bằng tay, màn hình LCD, bàn phím, được bảo vệ để chạy trong điều kiện không kiểm soát.",
    ),
    (
        "lDo021",
        "vi",
        "khicanh",
        "Kỹ thuật khí canh trồng rau xanh quy mô nhỏ",
        "Thử nghiệm khí canh: dung dịch được bơm phun sương trực tiếp vào rễ rau trong thùng xốp 53 x 38 cm, đầu phun 1–2 mm, hẹn giờ tự động cho máy bơm theo giai đoạn, ly nhựa giữ xơ dừa và thân cây. "
        "Nhận hướng dẫn lắp đặt mô hình khí canh cho người trồng rau.",
    ),
    (
        "lDo022",
        "en",
        "artisun_nft",
        "NFT system set-up for hydroponic lettuce and greens",
        "A small farm-tech company helps growers build nutrient film technique channels: slightly sloped gullies, a reservoir and pump delivering a thin recirculating film over the roots. "
        "Lettuce, herbs and leafy greens can be grown year round without soil, with low water use and stacked channels for small spaces.",
    ),
    (
        "lDo023",
        "en",
        "trinog_nft",
        "Commercial NFT gullies for leafy vegetables",
        "A hydroponics manufacturer supplies NFT installations: nutrient tank, supply and return lines, growing gullies and control equipment. "
        "For lettuce the seedling period is 15–20 days and planting to harvest about 35 days, for heads of 150–200 g; suited to short-cycle leafy vegetables and herbs.",
    ),
    (
        "lDo024",
        "en",
        "upvu_nft",
        "Automated nutrient mixing for NFT lettuce, basil and arugula",
        "A grower-installer offers turnkey NFT racks with a monitoring station that reads nutrient temperature, pH and EC and uses small pumps to dose nutrient and pH adjuster into the stream before it reaches the troughs. "
        "Water testing and a custom nutrient formula are part of the set-up.",
    ),
    (
        "lDo025",
        "en",
        "growlode_nft",
        "Build plans for PVC-pipe NFT systems",
        "A hydroponics guide provides plans for NFT built from PVC pipe or troughs fed by a header line with one feeder per row, draining back to the reservoir. "
        "Options include capillary matting, air pumps to aerate the solution, and heaters or chillers to hold the reservoir temperature.",
    ),
    (
        "lDo026",
        "en",
        "intech_nutrient",
        "Nutrient solution formulation and management for hydroponics",
        "Soilless-culture specialists formulate balanced nutrient solutions matched to crop uptake and advise on keeping pH, electrical conductivity, dissolved oxygen and solution temperature stable. "
        "Covers nutrient availability problems and routine solution management for commercial hydroponic farms.",
    ),
    (
        "lDo027",
        "en",
        "gardenweb_roottemp",
        "Root-zone cooling to grow NFT lettuce in tropical heat",
        "Hydroponic advisers report that chilling the nutrient solution lets cool-season lettuce grow where air is far warmer: with daytime air above 35 °C, solution cooled to about 18 °C reduced bolting and Pythium. "
        "Commercial NFT lettuce farms in Thailand run at 30–35 °C air; advice on chiller sizing and taste effects of heat.",
    ),
    (
        "lDo028",
        "en",
        "ugrow_chillers",
        "Water chillers and heaters for hydroponic reservoirs",
        "A hydroponics shop supplies reservoir chillers and heaters. Cold solution slows growth, while warm solution holds less dissolved oxygen and encourages root rots such as Pythium; "
        "the target range is roughly 18–20 °C, and chillers are recommended where reservoirs heat up in summer.",
    ),
    (
        "lDo029",
        "en",
        "progrow_meters",
        "pH and EC meters for hydroponic growers",
        "A grow-shop sells pH and EC meters and probes. Most crops take up nutrients best at slightly acidic pH 5.5–6.5, and EC shows nutrient strength: too low causes deficiency, too high toxicity. "
        "Meters let growers adjust the solution as plants grow.",
    ),
    (
        "lDo030",
        "en",
        "healthyhydro_blog",
        "Starter guidance on water, aeration and nutrients for hydroponic vegetables",
        "A grower's guide recommends starting from good water (rain water EC about 10, reverse-osmosis 15–60), dark UV-resistant reservoirs against algae, and dissolved oxygen kept above 6 ppm with air stones or falling water. "
        "Advises using hydroponic rather than soil fertilisers and holding solution temperature per crop.",
    ),
    (
        "lDo031",
        "en",
        "celebslight_lettuce",
        "Hydroponic lettuce growing basics: pH, water temperature, light",
        "A growing guide for hydroponic lettuce: water pH between 6 and 6.5, solution temperature 20–24 °C, fans to cut room temperature and humidity and avoid tip burn, and about 18 hours of light indoors with LED or fluorescent lamps.",
    ),
    (
        "lDo032",
        "en",
        "hippiehouse_nft",
        "NFT kits for lettuce and baby greens",
        "A hydroponics store sells nutrient film technique kits in which a shallow solution runs down tubs or PVC tubes by gravity into a reservoir and a submersible pump returns it to the top. "
        "Simple to set up; a recirculating nutrient is recommended.",
    ),
    (
        "lDo033",
        "en",
        "growersnetwork_nft",
        "NFT glossary note: the power-outage risk",
        "A growers' network explains nutrient film technique, where solution is fed to grow tubes or trays as a thin film so roots touch nutrient and air at once. "
        "It warns that NFT is particularly vulnerable to power cuts, since roots dry out when the pump stops.",
    ),
    (
        "lDo034",
        "vi",
        "qpvn_dongthap_thuycanh",
        "Mô hình rau thủy canh của nông dân Đồng Tháp",
        "Nông dân ở huyện Cao Lãnh, Đồng Tháp chuyển đổi cơ cấu cây trồng sang canh tác rau thủy canh, ứng dụng khoa học kỹ thuật hiện đại và mở hướng đi mới cho bà con. "
        "Nhận chia sẻ cách làm với nông dân các tỉnh lân cận.",
    ),
    (
        "lDo035",
        "vi",
        "questionai_thuycanh",
        "Tài liệu giới thiệu các phương pháp thủy canh",
        "Bài giới thiệu các phương pháp thủy canh: màng mỏng NFT tiết kiệm nước, dung dịch tuần hoàn sâu DWC, thủy canh chất nền dùng bấc hoặc ngập định kỳ, khí canh phun sương. "
        "Nêu thành phần dung dịch gồm N, P, K và vi lượng như sắt, kẽm, mangan cần cân đối.",
    ),
    # --- drip and misting irrigation with controllers ---
    (
        "lDo036",
        "vi",
        "thelifevista_drip",
        "Hệ thống tưới nhỏ giọt trọn bộ, có thể tự động hóa",
        "Đơn vị cung cấp giải pháp tưới nhỏ giọt: nguồn nước qua bộ lọc, ống dẫn, thiết bị điều chỉnh áp suất và lưu lượng, rồi các đầu nhỏ giọt đưa nước thẳng vào gốc. "
        "Có thể gắn bộ hẹn giờ, bộ điều khiển để tự động, giảm lãng phí nước và công lao động.",
    ),
    (
        "lDo037",
        "vi",
        "loiloidan_drip",
        "Thiết kế, lắp đặt tưới nhỏ giọt cho vườn và nhà màng",
        "Công ty thi công hệ thống tưới nhỏ giọt đưa nước qua béc thẳng vào gốc, hạn chế bay hơi, thấm sâu, chảy tràn; kèm so sánh với tưới ngập và tưới phun. "
        "Lưu ý chi phí đầu tư ban đầu cao hơn, cần vệ sinh, kiểm tra định kỳ.",
    ),
    (
        "lDo038",
        "vi",
        "phunsuong_bec",
        "Béc phun sương làm mát và hệ thống tưới phun tự động",
        "Đơn vị thiết bị tưới cung cấp béc phun sương: nước được bơm nén áp cao qua vòi thành hạt sương nhỏ, bốc hơi nhanh, hút nhiệt và hạ nhiệt độ quanh cây. "
        "Có béc xoay 360°, 180°, 90° và béc cố định, chọn theo cây trồng và cách bố trí; kết hợp tưới tự động tiết kiệm nhân công.",
    ),
    (
        "lDo039",
        "vi",
        "abkhang_drip_rau",
        "Tưới nhỏ giọt chính xác cho rau ăn lá",
        "Giải pháp tưới nhỏ giọt dành riêng cho rau ăn lá: nước và phân đến thẳng vùng rễ, phân bố đều hơn tưới tràn, và khác tưới phun mưa ở chỗ giữ mặt lá khô, giảm bệnh lá. "
        "Hệ thống gồm bơm từ ao, hồ hay giếng khoan, bộ lọc, ống chính, ống nhánh và đầu nhỏ giọt.",
    ),
    (
        "lDo040",
        "vi",
        "mangphu_water",
        "Kiểm tra chất lượng nước tưới cho nhà kính",
        "Nhà cung cấp vật tư nhà kính tư vấn theo dõi nước tưới: độ dẫn điện EC, pH, dinh dưỡng, bicacbonat, sắt và cặn có thể làm tắc vòi phun thể tích thấp. "
        "Đặc biệt cần cho cây trong chậu, túi bầu và cây con nhạy cảm với muối; khuyến cáo kiểm tra định kỳ theo nguồn nước sông, ao hay giếng.",
    ),
    (
        "lDo041",
        "en",
        "tamu_drip",
        "Automatic drip irrigation with soil-moisture sensing for greenhouse vegetables",
        "Extension irrigation and vegetable specialists describe fully automated drip systems that sense soil moisture at the 10–12 inch root depth and apply water without guesswork. "
        "Keeping leaves and soil surface dry cuts grey mould and leaf mould, and avoids the blossom-end rot that follows small water deficits in tomato.",
    ),
    (
        "lDo042",
        "en",
        "ghm_controllers",
        "Irrigation controllers and timers for greenhouses",
        "A greenhouse management resource covers open-loop controllers run on duration or volume and closed-loop controllers that take sensor feedback and decide when and how much to water. "
        "Compares electromechanical timers, which tolerate poor power quality, with electronic controllers.",
    ),
    (
        "lDo043",
        "en",
        "autogrow_fert",
        "Fertigation controllers with solar-integration triggering",
        "A controller maker supplies fertigation units that combine a multi-station irrigation controller with fertiliser injection. "
        "Irrigation is triggered by time of day or by accumulated sunlight corrected for humidity, temperature and wind, so watering is more frequent in hot dry weather; each station can have its own EC and recipe.",
    ),
    (
        "lDo044",
        "en",
        "postscapes_irr",
        "Sensor-driven greenhouse irrigation and drain-water recycling",
        "An IoT guide describes moving from a time clock to irrigation triggered by substrate water-content sensors linked to the climate computer, plus dosing with dilute tanks or in-line injectors. "
        "Recycling drain water in closed systems cuts fertiliser use and emissions.",
    ),
    (
        "lDo045",
        "en",
        "ghm_mistfog",
        "High-pressure fog and mist systems for cooling greenhouses",
        "Fog systems with high-pressure nozzles make droplets under 10 µm that evaporate in the air and cool it with little wetting of leaves; mist droplets of 50–100 µm fall out and suit propagation. "
        "Fog or mist must be combined with controlled air exchange to keep the humidity–temperature balance.",
    ),
    (
        "lDo046",
        "en",
        "ais_misting",
        "Low-pressure misting and high-pressure fogging for greenhouse cooling",
        "A greenhouse supplier installs low-pressure misting (droplets around 200 µm, some wetting of surfaces) and high-pressure fogging (around 10 µm) where wet foliage cannot be tolerated. "
        "Combining ventilation, shade screens and fogging above the screen lowered inside temperature without raising humidity at plant level.",
    ),
    (
        "lDo047",
        "en",
        "fanpad_vent",
        "Fan-and-pad evaporative cooling for greenhouses",
        "Evaporative cooling kits: fans pull air through wet cellulose pads along one wall; about one square foot of pad per 20 square feet of floor, pads lasting one to three years. "
        "Clean, low-mineral recirculated water and an algaecide keep pads working; fog nozzles in the intake air with a two-stage thermostat are an alternative.",
    ),
    (
        "lDo048",
        "vi",
        "vlute_iot_tuoi",
        "Hệ thống tưới cây tự động ứng dụng Internet vạn vật",
        "Nhóm sinh viên và giảng viên khoa công nghệ thông tin một trường đại học sư phạm kỹ thuật ở Vĩnh Long xây dựng hệ thống tưới cây tự động dùng cảm biến và kết nối Internet. "
        "Có thể phát triển thành bộ tưới tự động cho vườn rau hộ gia đình.",
    ),
    (
        "lDo049",
        "en",
        "chachahut_ctrl",
        "Hose-end garden irrigation controllers",
        "A home-garden retailer sells controllers that sit on a hose or sprinkler line, set flow and spray distance, and can be scheduled for early morning to limit evaporation. "
        "Intended for lawns and gardens that do not use drip lines.",
    ),
    # --- growing media from coir and rice husk ---
    (
        "lDo050",
        "vi",
        "vuonxanh_xodua",
        "Cung cấp giá thể xơ dừa cho rau, hoa",
        "Cơ sở cung cấp xơ dừa và mụn dừa làm giá thể trồng rau quả, hoa và phủ gốc. Thành phần chủ yếu cellulose khoảng 80%, lignin 18%; mùn 67,8%, N 0,294%, pH dao động 4,5–6,9, "
        "thoáng khí, tỷ trọng thấp, phân hủy chậm; có dạng chậu ép từ xơ dừa đã sấy.",
    ),
    (
        "lDo051",
        "vi",
        "duatiengiang_xodua",
        "Mụn dừa, xơ dừa, mảnh dừa đã xử lý chát mặn",
        "Nhà cung cấp giá thể ở vùng dừa phân loại sản phẩm vỏ dừa thành mụn dừa, xơ dừa và mảnh dừa vụn, dùng linh hoạt theo từng loại cây. "
        "Xơ dừa giữ ẩm tốt, thoát nước tốt, nhưng phải xử lý chát và mặn trước khi làm giá thể.",
    ),
    (
        "lDo052",
        "vi",
        "xuannong_trotrau",
        "Tư vấn phối trộn tro trấu và xơ dừa vào đất trồng",
        "Công ty nông nghiệp hướng dẫn vai trò, ưu nhược điểm và tỉ lệ trộn tro trấu, xơ dừa. Tro trấu chứa tới khoảng 90% silica cùng ít kali, magie, canxi; "
        "làm đất tơi xốp, thoát nước nhanh, hơi kiềm; tro chưa đốt kỹ có thể chứa vi khuẩn, dùng nhiều thì giá thể mau khô.",
    ),
    (
        "lDo053",
        "vi",
        "phonggarden_trauhun",
        "Trấu hun (than trấu) làm giá thể và cải tạo đất",
        "Cửa hàng làm vườn cung cấp trấu hun, tức vỏ trấu đốt yếm khí thành than đen, nhẹ, xốp. "
        "Giàu carbon, có kali, canxi, magie, phốt pho; giúp giá thể tơi xốp, thoát nước, giữ ẩm, hạn chế nấm bệnh và điều chỉnh pH.",
    ),
    (
        "lDo054",
        "vi",
        "kth_trauhun",
        "Trấu hun nguyên cánh, không lẫn trấu tươi",
        "Nhà vườn bán trấu hun nguyên cánh được đốt không hoàn toàn trong môi trường yếm khí, không lẫn trấu tươi, không mang mầm bệnh. "
        "Trộn với đất và phân hữu cơ làm giá thể tơi xốp, giữ nước, dùng cải tạo đất bạc màu.",
    ),
    (
        "lDo055",
        "vi",
        "maydanh_trotrau",
        "Hướng dẫn xử lý tro trấu trước khi trồng cây",
        "Bài kỹ thuật về tro trấu: silica chiếm 85–95% khối lượng, thêm kali và vi lượng; tro đen do đốt không hoàn toàn và tro trắng nung ở nhiệt độ cao có tính chất khác nhau. "
        "Tro tươi hoặc chưa xử lý có thể gây hại nên cần xử lý trước khi làm giá thể.",
    ),
    (
        "lDo056",
        "vi",
        "dalat_giathe",
        "Quy trình sản xuất xà lách, dưa leo, cà chua trên giá thể trong nhà che phủ",
        "Đề tài cấp Bộ của một trường đại học xây dựng quy trình trồng xà lách, dưa leo, cà chua sạch trên giá thể trong nhà che phủ: đặc tính vật lý các loại giá thể, "
        "nhu cầu dinh dưỡng từng cây và kiểm soát nitrat, kim loại nặng, dư lượng thuốc trong sản phẩm. Nhận chuyển giao quy trình.",
    ),
    (
        "lDo057",
        "vi",
        "vuonxanh_raumam",
        "Xử lý giá thể xơ dừa để trồng rau mầm",
        "Công ty cây cảnh hướng dẫn xử lý giá thể xơ dừa dùng trồng rau mầm an toàn tại nhà, tránh nhiễm khuẩn, vì rau mầm đòi hỏi môi trường trồng sạch.",
    ),
    (
        "lDo058",
        "en",
        "ishs_coir",
        "Graded and carbonised coir substrates",
        "Horticultural researchers grade coir by sieving particle sizes and re-blend the grades so the air and water properties of the mix match the crop. "
        "Coir, a coconut-husk waste, offers good aeration and water holding; a carbonised coir is being developed as a substitute for rockwool where quarantine rules bite.",
    ),
    (
        "lDo059",
        "en",
        "hortamericas_coir",
        "Coir grow bags and slabs from a Sri Lankan producer",
        "A substrate distributor supplies coir products made from mature coconut husks: sieved and blended grades pressed into grow bags, slabs and blocks. "
        "The maker runs eight plants with capacity for 4 million greenhouse grow bags a year; coir is light, uniform and decomposes slowly because of its lignin.",
    ),
    (
        "lDo060",
        "en",
        "vuonrauxanh_coco",
        "Coco coir slabs for greenhouse tomatoes, peppers and cucumbers",
        "Coco coir is replacing rockwool as a renewable substrate in large hydroponic greenhouses in North America, Mexico and Europe; one Polish grower moved 56 ha of tomatoes onto coir slabs. "
        "Guidance covers coir sourcing, washing and buffering, and drip fertigation on slabs.",
    ),
    (
        "lDo061",
        "en",
        "planetcoco",
        "Coir as a sustainable greenhouse growing medium",
        "A coir supplier, drawing on a horticulture professor's review, offers coir to replace peat and soil in greenhouse beds, where soil is either too wet and airless or too dry and builds up diseases such as Verticillium and nematodes. "
        "Coir beds or bags give a disease-free, well-aerated root zone.",
    ),
    (
        "lDo062",
        "en",
        "hydroworld_coco",
        "Coconut fibre bricks for hydroponics",
        "A hydroponics shop sells compressed coconut fibre bricks that must be rinsed and expanded before use. "
        "Coco holds water like vermiculite and air like perlite, and is said to reduce fungal growth and speed germination and rooting.",
    ),
    (
        "lDo063",
        "en",
        "echo_smokedhull",
        "Making smoked (carbonised) rice hull for seedling mixes",
        "A development network shares the vegetable research centre's method: burn charcoal at the base of a 10 cm metal pipe 1–1.5 m tall, pile dry hulls around it gradually, let them char without flaming, spread to cool for 2–3 hours and wash out the ash. "
        "Add 1 g calcium superphosphate per litre to hold pH; the product is free of bacteria and fungi and holds water well.",
    ),
    (
        "lDo064",
        "en",
        "uark_ricehull",
        "Ground rice hulls as a peat and vermiculite substitute for seedlings",
        "University trials grew tomato seedlings in substrates with 0, 30, 60 and 90% ground rice hulls, half with a surfactant. "
        "Germination matched the 90% peat and 100% vermiculite controls and growth in two of the hull mixes was similar, so ground hulls are a workable substitute.",
    ),
    (
        "lDo065",
        "en",
        "searca_ricehull",
        "Rice hull and soil mixes for tomato transplants",
        "A graduate study from a regional agricultural centre found rice hull holds 1.7 times its weight in water, about 80% plant-available, and contains about 15% silica. "
        "Best mix was 2 parts hull to 1 part clay loam with 1 g superphosphate per litre before sowing and 3 g complete 14-14-14 fertiliser in three splits; light, airy mixes reduced damping-off but need more frequent watering.",
    ),
    (
        "lDo066",
        "en",
        "superseeds_pbh",
        "Parboiled rice hulls as a perlite replacement",
        "A seed company sells parboiled, steamed and dried rice hulls free of kernels, weed seeds and disease, to be added to peat, coir or bark at 10–30% of the mix. "
        "pH 6.2–6.6, under 1% nitrogen; lightens the mix and improves drainage and rooting.",
    ),
    (
        "lDo067",
        "en",
        "rhp_ricehull",
        "Certified sterilised rice hulls for potting substrates",
        "A substrate certification body lists rice hulls, sterilised in the parboil process, as a raw material that raises air content and reduces shrinkage in peat mixes. "
        "Degradation briefly ties up nitrogen, which fertilisation should allow for; not for silicon-sensitive crops.",
    ),
    (
        "lDo068",
        "vi",
        "maydanh_xodua_hoa",
        "Hướng dẫn xử lý xơ dừa làm giá thể trồng hoa",
        "Trang kỹ thuật hướng dẫn từng bước xử lý xơ dừa gồm sợi dài và mụn dừa trước khi trồng hoa. "
        "Xơ dừa tái tạo được, thay than bùn, giữ ẩm mà vẫn thoát nước, pH khoảng 5,5–6,8; dùng sai cách khi chưa xử lý sẽ gây hại cho cây.",
    ),
    # --- seedlings and grafted vegetable seedlings ---
    (
        "lDo069",
        "vi",
        "agriviet_caghep",
        "Chuyển giao kỹ thuật ghép cà chua chống bệnh héo rũ vi khuẩn",
        "Chuyên gia nguyên là lãnh đạo viện khoa học kỹ thuật nông nghiệp phía Nam, người đưa kỹ thuật ghép cà chua chống héo rũ vi khuẩn vào Việt Nam, chuyển giao quy trình ghép dùng ống thun và hạt giống trong nước nên giá cây ghép rất rẻ. "
        "Cả nước trồng khoảng 8.000–9.000 ha cà chua ghép mỗi năm; ở Lâm Đồng năng suất 60–80 tấn/ha, gấp đôi cây không ghép, trong nhà kính 100–120 tấn/ha.",
    ),
    (
        "lDo070",
        "vi",
        "tailieuxanh_ghep",
        "Ghép cà chua lên gốc cà tím để trồng trái vụ",
        "Kỹ thuật do trung tâm rau quốc tế chuyển giao cho viện nghiên cứu rau quả từ năm 1998: ghép cà chua lên gốc cà tím để chịu úng và chống héo xanh vi khuẩn, tuyến trùng, héo do nấm. "
        "Trồng tháng 7–8, thu tháng 10–11, năng suất 25–30 tấn/ha; chi phí cao hơn cây không ghép nên dùng khi rủi ro ngập và bệnh rễ cao.",
    ),
    (
        "lDo071",
        "vi",
        "kienthucnhanong_ghep",
        "Quy trình sản xuất cây cà chua ghép gốc cà tím",
        "Hướng dẫn chi tiết: chọn giống cà chua kháng héo xanh, khử trùng hạt, gieo cà tím trước cà chua 4–5 ngày, ghép khi cây 15–20 ngày có 3–4 lá thật bằng dao lam và ống chun 2–3 mm dài 2 cm. "
        "Che mát 70% ánh sáng bằng lưới đen và che mưa 10 ngày; cây đạt chuẩn khi có 4–6 lá thật, cao 25–30 cm.",
    ),
    (
        "lDo072",
        "vi",
        "haiduong_ghep",
        "Tập huấn nông dân tự sản xuất cây cà chua ghép",
        "Cơ quan khoa học công nghệ địa phương tập huấn nông dân tự ghép cà chua lên gốc cà tím EG203 theo quy trình của viện nghiên cứu rau quả. "
        "Sau ghép 15 ngày tỷ lệ cây đạt chuẩn trung bình 66%, có hộ 82,5%, đợt hai tới 95%; cây tự ghép giá 800–900 đồng so với 1.500 đồng/cây ngoài thị trường.",
    ),
    (
        "lDo073",
        "vi",
        "ctu_caghep",
        "Khảo nghiệm giống cà chua ghép cho vụ thu đông ở đồng bằng",
        "Trường đại học ở Cần Thơ so sánh năng suất và chất lượng năm giống cà chua ghép vụ thu đông tại trại thực nghiệm, "
        "cung cấp khuyến cáo chọn giống cà chua ghép phù hợp điều kiện đồng bằng sông Cửu Long.",
    ),
    (
        "lDo074",
        "vi",
        "lua2_vuonuom",
        "Vườn ươm rau giống cung cấp cây con ươm bầu",
        "Hộ kinh doanh đầu tư 120 triệu đồng xây vườn ươm 350 m², mỗi tháng cung cấp 120.000–150.000 cây giống rau, củ, quả ươm sẵn trong vỉ. "
        "Dùng vỉ ươm, giàn ươm, giá thể đất than mùn và xơ dừa, hệ thống ống tưới; giao tận chợ và bán tại vườn.",
    ),
    (
        "lDo075",
        "vi",
        "kinhtenongthon_uom",
        "Làng ươm rau giống bán cho nông dân",
        "Khoảng 50 hộ ở một thị trấn miền Trung ươm cây giống bí đỏ, khổ qua, bầu, cà chua, ớt để bán, mỗi hộ từ 400 đến 1.000 vỉ, mỗi vỉ khoảng 150 cây, giá từ 3.000 đồng/cây. "
        "Vụ chính bắt đầu từ tháng 9 âm lịch.",
    ),
    (
        "lDo076",
        "en",
        "mdpi_rootstock",
        "Bacterial-wilt-resistant eggplant rootstocks for grafting tomato",
        "An international vegetable research centre offers five eggplant accessions resistant to bacterial wilt as tomato rootstocks. "
        "With tube grafting, graft compatibility was 93% or more; grafted plants showed 0–20% wilting after inoculation, with yield and fruit quality assessed in open-field trials.",
    ),
    (
        "lDo077",
        "en",
        "horttech_3rootstocks",
        "Commercial bacterial-wilt-resistant tomato rootstocks",
        "University trials compared three commercial rootstocks sold as bacterial-wilt resistant, grafted with a susceptible hybrid. "
        "On a farm with a wilt history no grafted plants showed symptoms while non-grafted controls had 30–80% disease, and marketable yield rose 88–125%; without the disease grafting gave no yield benefit.",
    ),
    (
        "lDo078",
        "en",
        "ashs_heirloom",
        "Grafting to manage bacterial and fusarium wilt in tomato",
        "Plant pathologists grafted susceptible heirloom tomatoes onto resistant rootstocks CRA 66 and Hawaii 7996: bacterial wilt fell from 75–79% in non-grafted plants to none. "
        "A second rootstock controlled fusarium wilt completely; results support integrated organic production.",
    ),
    (
        "lDo079",
        "en",
        "ashs_hybrid_rootstock",
        "Hybrid rootstocks against bacterial wilt in field tomatoes",
        "Researchers tested seven hybrid tomato rootstocks and a resistant cultivar against bacterial wilt under a susceptible scion over four seasons in two states. "
        "All resisted the disease in greenhouse tests, and grafted entries had the least wilt in the field trials.",
    ),
    (
        "lDo080",
        "en",
        "ncsu_grafting",
        "Tube (Japanese top) grafting service for tomato transplants",
        "An extension programme teaches the tube grafting method used in commercial greenhouses worldwide: both seedlings are cut just above the cotyledons and the scion is held on the rootstock with a clip or tube. "
        "The method is fast and large batches heal easily, uniting hybrid rootstock resistance with the fruit quality of the scion.",
    ),
    (
        "lDo081",
        "en",
        "intech_nematode",
        "Grafting tomato against root-knot nematodes",
        "A research chapter on selecting rootstocks resistant to root-knot nematodes, grafting techniques and graft-union formation, fruit quality of grafted plants, cost, and marker screening for the Mi resistance gene.",
    ),
    (
        "lDo082",
        "en",
        "meadowlands_plugs",
        "Contract production of vegetable plug transplants",
        "A young-plant nursery grows commercial vegetable plugs for farmers: tomato, lettuce, cabbage, broccoli and others raised uniformly in a controlled environment and hardened off before delivery. "
        "Customers can supply their own commercially packed seed; full trays are charged.",
    ),
    (
        "lDo083",
        "en",
        "florida_transplant",
        "Commercial vegetable transplant production handbook",
        "Extension agents cover commercial transplant production: reasons transplants are gaining ground (costly hybrid seed, earliness, fast stand establishment), "
        "greenhouse structures, trays, media, irrigation and hardening for vegetable seedlings.",
    ),
    (
        "lDo084",
        "en",
        "wilson_trays",
        "Plug trays matched to each vegetable for factory seedlings",
        "A tray manufacturer supplies plastic plug trays for factory seedling production with peat-vermiculite media: 50 or 72 cells for cucumber and watermelon, 72 for tomato and eggplant, 128 for pepper and cabbage, 288–392 for lettuce, rapeseed and celery.",
    ),
    (
        "lDo085",
        "en",
        "plugs_ilove",
        "Plug seedling production explained",
        "A plug is a seedling grown in its own cell; trays hold 72 to 800 cells and are made by specialists. "
        "Plugs cut labour, shorten growing time, reduce root shock and give uniform plants.",
    ),
    # --- pest exclusion and biological control under cover ---
    (
        "lDo086",
        "vi",
        "hoangdung_luoi",
        "Lưới chống côn trùng nông nghiệp cho nhà lưới, nhà màng",
        "Nhà sản xuất lưới cung cấp lưới chống côn trùng bằng PE hoặc HDPE, mắt lưới nhỏ đo theo mesh, phủ lớp chống tia cực tím, dùng cho nhà lưới, nhà kính, nhà màng. "
        "Lưới được đan bằng dệt kiếm, dệt kim, dệt móc xà hoặc dệt bao tròn; nhiều kích cỡ theo loại côn trùng cần chặn.",
    ),
    (
        "lDo087",
        "vi",
        "yj_insectnet_vi",
        "Lưới chống rệp, chống bướm cho vườn và nhà lưới",
        "Công ty lưới kim loại và nhựa giới thiệu các loại lưới côn trùng, trong đó lưới polyethylene chuyên chống rệp, lưới chống bướm, ngăn sâu hại bằng cách ly vật lý thay cho thuốc hóa học mà sâu đã kháng. "
        "Rệp chích hút nhựa và truyền virus nên lưới mắt nhỏ giúp cắt đường lây.",
    ),
    (
        "lDo088",
        "en",
        "forfarm_net",
        "Insect netting graded by mesh for greenhouses",
        "A farm-supply firm sells UV-stabilised PE or nylon insect netting and a mesh guide: 16 mesh stops large insects such as moths and fruit flies, 20 mesh thrips, ants and small insects, and 32 mesh whiteflies and aphids. "
        "Netting reduces insecticide use and production costs.",
    ),
    (
        "lDo089",
        "vi",
        "trichoderma_dientrang",
        "Chế phẩm vi nấm Trichoderma trong phân bón vi sinh",
        "Công ty phân bón giới thiệu lịch sử nghiên cứu và ứng dụng nấm Trichoderma, loài phân giải cellulose mạnh, đưa vào phân bón vi sinh để cải tạo đất và đối kháng nấm bệnh vùng rễ.",
    ),
    (
        "lDo090",
        "vi",
        "echo_trichoderma_vi",
        "Hướng dẫn tự sản xuất nấm đối kháng Trichoderma và nấm Beauveria",
        "Tài liệu của một mạng lưới phát triển nông nghiệp châu Á hướng dẫn nông hộ tự nhân nấm Trichoderma chống nấm gây bệnh như Fusarium gây héo vàng, và nấm Beauveria diệt côn trùng. "
        "Kèm biện pháp canh tác: giữ khoảng cách cây, lịch tưới, dọn tàn dư để hạn chế nấm bệnh.",
    ),
    (
        "lDo091",
        "vi",
        "ctu_beauveria",
        "Nấm Beauveria bassiana và Verticillium trị rệp sáp hại cà tím",
        "Bộ môn bảo vệ thực vật của một trường đại học ở Cần Thơ khảo sát hiệu lực nấm trắng Beauveria bassiana và Verticillium sp. trên rệp sáp Phenacoccus sp. hại cà tím, nuôi nấm trên môi trường SDAY và thử nghiệm trong phòng. "
        "Có nguồn nấm sẵn và chất bám dính để pha phun.",
    ),
    (
        "lDo092",
        "en",
        "umass_biocontrol",
        "Biological control programmes for greenhouse pests",
        "A university greenhouse programme designs IPM with natural enemies: predators, host-specific parasitoids such as Encarsia formosa released early against greenhouse whitefly, and beneficial pathogens. "
        "It notes Encarsia works less well on hairy tomato leaves and against sweet-potato whitefly Bemisia tabaci.",
    ),
    (
        "lDo093",
        "en",
        "bcgreenhouse_thrips",
        "Predatory mites against thrips in greenhouse crops",
        "A greenhouse company recommends releasing the predatory mite Amblyseius cucumeris, which finds immature thrips as they emerge from leaf tissue. "
        "Includes diagnosis: tapping leaves over paper to tell thrips from spider mites, and damage on strawberry and cucumber.",
    ),
    (
        "lDo094",
        "en",
        "nature_whitefly",
        "Amblydromalus limonicus with pollen feeding against greenhouse whitefly",
        "Research on the predatory mite Amblydromalus limonicus, supported with supplementary pollen, to control greenhouse whitefly on eggplant and other crops. "
        "Whitefly females lay about 320 eggs and breed all year in warm greenhouses, causing honeydew, sooty mould and yield loss.",
    ),
    (
        "lDo095",
        "en",
        "agrii_bio",
        "Supply of biological control agents for protected crops",
        "An agronomy supplier delivers natural enemies: Encarsia formosa and Eretmocerus for whitefly, Aphidius colemani, Aphidius ervi, Aphidoletes and lacewings for aphids, Phytoseiulus persimilis and Feltiella for two-spotted spider mite.",
    ),
    (
        "lDo096",
        "en",
        "hartley_bio",
        "Releasing Encarsia wasps and ladybirds in a home greenhouse",
        "A greenhouse maker's magazine shows biocontrol at hobby scale: a thousand Encarsia formosa wasps cleared whitefly, and 3,000 ladybirds, each eating 50 or more aphids a day, cleared aphids. "
        "Yellow sticky cards give a rough estimate of whitefly numbers.",
    ),
    (
        "lDo097",
        "en",
        "nurserymag_yst",
        "Yellow sticky trap monitoring protocol for greenhouse pests",
        "A trade magazine sets out a monitoring protocol: bright yellow traps of 3 x 5 inches or larger, one per 1,000 sq ft for whitefly, blue traps for western flower thrips, extra traps by vents and doors. "
        "Keep trap bottoms level with the canopy, number and map traps, check and replace once or twice a week, and count a 1-inch column.",
    ),
    (
        "lDo098",
        "en",
        "abcgrowshop_traps",
        "Adhesive traps for detection and mass trapping",
        "A grow shop sells yellow adhesive traps for whiteflies, leafminers, aphids and sciarid flies, hung above the crop tips and raised as plants grow. "
        "Use 5 traps per 100 m² for monitoring; for control 1 per 2 m² outdoors and 1 per m² indoors.",
    ),
    (
        "lDo099",
        "en",
        "jps_yst",
        "Using yellow traps for decisions on whitefly and Encarsia",
        "Crop-protection researchers found one yellow sticky trap gave reliable information on whitefly nymph density in protected tomato over at least 170 m². "
        "A catch of 6 or more parasitoids per trap signalled enough Encarsia activity, giving growers a threshold for decisions.",
    ),
    (
        "lDo100",
        "en",
        "groworganic_traps",
        "Yellow and blue sticky traps for organic growers",
        "An organic supply store sells double-sided yellow sticky cards and tape against leafhoppers, whiteflies, aphids, leafminers, fungus gnats and flea beetles, and blue traps for thrips. "
        "Beneficial insects are attracted too, so traps should be used with care.",
    ),
    (
        "lDo101",
        "vi",
        "hnua_nhannuoi",
        "Giáo trình nhân nuôi và sử dụng thiên địch",
        "Giáo trình biện pháp sinh học của một trường đại học nông nghiệp trình bày cách nhân nuôi hàng loạt côn trùng có ích trong phòng thí nghiệm và thả bổ sung thiên địch để kìm hãm sâu hại. "
        "Nhận đào tạo kỹ thuật viên nhân nuôi thiên địch.",
    ),
    (
        "lDo102",
        "vi",
        "dths_giaotrinh",
        "Tài liệu về đấu tranh sinh học trong bảo vệ cây trồng",
        "Tài liệu giảng dạy về đấu tranh sinh học: dùng sinh vật và sản phẩm của chúng khống chế dịch hại; ưu điểm an toàn, chậm phát sinh kháng; nhược điểm tác động chậm, khó dập dịch. "
        "Giới thiệu biện pháp cổ điển, thả tràn ngập, lây nhiễm sớm và bảo tồn thiên địch.",
    ),
    # --- rooftop and balcony gardens in towns ---
    (
        "lDo103",
        "vi",
        "vietnamnet_santhuong",
        "Cải tạo sân thượng thành vườn rau trái gia đình",
        "Mô hình vườn sân thượng 50 m² ở TP.HCM: sàn được chống thấm kỹ rồi lát gạch, rau ăn lá và củ trồng chậu bên dưới, giàn trên cao cho cây leo vừa che nắng; trồng theo mùa, cả dưa lưới, dưa hấu. "
        "Chủ vườn chia sẻ kinh nghiệm thiết kế và chăm sóc cho người muốn làm vườn trên mái.",
    ),
    (
        "lDo104",
        "vi",
        "khoevadep_200thung",
        "Vườn rau sân thượng bằng thùng xốp chi phí thấp",
        "Gia đình ở TP.HCM dựng vườn sân thượng với 200 thùng xốp, 50 m² giàn và một chuồng chim, tổng chi phí khoảng 6 triệu đồng, làm dần trong hai năm. "
        "Tận dụng phế phẩm nông nghiệp ủ phân bón rau; chia sẻ cách làm cho gia đình đô thị.",
    ),
    (
        "lDo105",
        "vi",
        "balcony_hoiluu",
        "Giàn ống nhựa trồng rau hồi lưu cho ban công nhỏ",
        "Mẫu giàn rau bán thủy canh hồi lưu trên ống nhựa cỡ 10 cm cho ban công chưa đầy 2 m², di chuyển được. "
        "Tự làm tốn khoảng 500.000–600.000 đồng dụng cụ và giống; đặt thợ làm cùng diện tích khoảng 2–2,5 triệu đồng; đủ rau ăn hằng ngày cho gia đình.",
    ),
    (
        "lDo106",
        "vi",
        "baomoi_nongtraimini",
        "Hướng dẫn trồng rau ban công chung cư",
        "Cư dân chung cư biến ban công, sân thượng, bệ cửa sổ thành nông trại mini: bắt đầu với rau muống, cải ngọt, cà chua bi, hành, rau mùi; chọn giống hợp ánh sáng và tưới đều. "
        "Chia sẻ kinh nghiệm cho gia đình trẻ muốn tự trồng rau sạch.",
    ),
    (
        "lDo107",
        "vi",
        "thitruong_nongdanpho",
        "Trồng dưa lưới, dưa lê trong thùng trên sân thượng",
        "Nông dân phố ở Hà Nội trồng dưa lê, dưa bở, dưa lưới trên sân thượng từ năm 2017: 30 m² đặt được 70 thùng, mỗi lần thu vài chục trái. "
        "Nhiều gia đình ở Cà Mau, Nha Trang làm vườn sân thượng 40 m² với hàng chục loại cây.",
    ),
    (
        "lDo108",
        "vi",
        "kenh14_rooftop",
        "Mô hình vườn rau cộng đồng cho thuê trên sân thượng chung cư",
        "Ở Thâm Quyến, sân thượng chung cư được cải tạo thành vườn cộng đồng chia thửa cho cư dân thuê: mỗi thửa gồm bốn chậu, khoảng 1 m², giá 300 nhân dân tệ một năm, trồng hành, ớt, cà chua bi, rau lá và thảo mộc gần như quanh năm. "
        "Có thể tham khảo để tổ chức vườn chung ở khu dân cư.",
    ),
    (
        "lDo109",
        "en",
        "gardeningpleasure",
        "Container vegetable gardening on rooftops and patios",
        "A gardening site gives tips for rooftop and patio container gardens: dwarf and bush varieties bred for containers, hanging baskets, trellises and stacking planters for vertical space, "
        "and placing containers where vegetables get at least 6–8 hours of direct sun.",
    ),
    (
        "lDo110",
        "en",
        "blackhill_rooftop",
        "Structural checks before starting a rooftop farm",
        "A roofing contractor advises on rooftop vegetable farming: roofs are not built for containers full of wet soil, so a structural engineer should check load first. "
        "Rooftop gardens also cool the building and reduce the urban heat island.",
    ),
    (
        "lDo111",
        "en",
        "scribd_rooftop",
        "Lightweight containers and vertical city gardens",
        "Guidance for balcony and rooftop vegetable gardens: choose lightweight containers where roof or balcony weight is a concern, grow vertically on shelves, hanging baskets and trellises, "
        "and use slatted shelving for drainage and air flow; rooftop gardens also absorb rainfall and cut runoff.",
    ),
    (
        "lDo112",
        "en",
        "huddersfield_balcony",
        "Balcony and rooftop food garden planning",
        "A guide to urban food gardens: assess daily sun hours (six or more for fruiting crops, part shade for leafy greens), protect crops on windy rooftops with mesh screens or trellises, "
        "and confirm the structure can carry soil, containers and water.",
    ),
    (
        "lDo113",
        "en",
        "lumbermens_rooftop",
        "Planning and maintaining a rooftop vegetable garden",
        "A comprehensive guide to rooftop vegetable gardens from foundational planning to maintenance: design, crop choice, watering, and ecological considerations for productive gardens above city streets.",
    ),
    (
        "lDo114",
        "en",
        "wealthy_urban",
        "Urban container systems from balcony to rooftop",
        "A long-form guide to container vegetable systems for balconies, fire escapes, rooftops and windowsills, starting from the urban microclimate: heat islands run 2–5 °F warmer than surroundings. "
        "Containers sidestep poor or contaminated ground and rental restrictions.",
    ),
    (
        "lDo115",
        "en",
        "chineselifespirit",
        "Rooftop and balcony gardens with drip watering and compost",
        "An overview of urban farming: raised beds, containers and vertical systems, hanging tomatoes, shallow lettuce boxes, some hydroponics, small greenhouses on roofs, "
        "watering from hand to automated drip, and composting kitchen scraps; community rooftop gardens shared by households.",
    ),
    # --- sensors and apps for greenhouse climate ---
    (
        "lDo116",
        "vi",
        "iot_vuoncay",
        "Mô hình vườn cây thông minh theo hướng IoT",
        "Đồ án điện tử xây dựng vườn cây thông minh: cảm biến nhiệt độ, độ ẩm DHT11, cảm biến ánh sáng BH1750, vi điều khiển PIC16F877A, module WiFi ESP8266, màn hình LCD và đồng hồ thời gian thực. "
        "Giải thuật tự điều chỉnh nhiệt độ không khí, dữ liệu lưu MySQL và xem trên website; có mã nguồn.",
    ),
    (
        "lDo117",
        "vi",
        "hutech_nhakinh",
        "Thiết kế và thi công mô hình nhà kính điều khiển qua máy tính",
        "Đồ án tốt nghiệp ngành điện tử viễn thông của một trường đại học công nghệ ở TP.HCM thiết kế mô hình nhà kính có cảm biến và cơ cấu chấp hành được giám sát, điều khiển từ máy tính.",
    ),
    (
        "lDo118",
        "vi",
        "hust_android_iot",
        "Ứng dụng Android và web điều khiển thiết bị, đọc cảm biến qua Internet",
        "Bài tập lớn hệ nhúng của một viện điện tử viễn thông: Arduino, ESP8266, module relay và cảm biến nhiệt độ, độ ẩm DHT11; máy chủ NodeJS với WebSocket, ứng dụng Android và web để bật tắt thiết bị và đọc số liệu từ xa.",
    ),
    (
        "lDo119",
        "vi",
        "ctut_thuycanh_monitor",
        "Hệ thống giám sát điều kiện tự nhiên và dinh dưỡng vườn rau thủy canh",
        "Luận văn cơ điện tử của một trường đại học kỹ thuật ở Cần Thơ thiết kế hệ thống giám sát nhiệt độ, độ ẩm, ánh sáng và nồng độ dinh dưỡng của vườn rau thủy canh. "
        "Phù hợp chuyển giao cho hộ trồng rau thủy canh ở đồng bằng.",
    ),
    (
        "lDo120",
        "vi",
        "hoc24_cambien",
        "Nguyên lý mạch điều khiển dùng mô đun cảm biến",
        "Bài giảng công nghệ phổ thông giải thích mạch điều khiển với mô đun cảm biến ánh sáng, nhiệt độ, độ ẩm: tự bật đèn khi trời tối, bật quạt khi vượt nhiệt độ đặt, bật máy bơm khi đất khô.",
    ),
    (
        "lDo121",
        "en",
        "nova_app",
        "Greenhouse monitoring mobile IoT app development",
        "A software firm builds greenhouse monitoring apps: ESP32 nodes with SHT40 or DHT22 air sensors, MH-Z19B or SenseAir S8 CO2, VEML7700 light, TEROS 12 soil moisture, and Atlas EZO EC and pH probes, publishing over MQTT. "
        "The phone app shows each section in real time and raises alarms, since a cooling failure can ruin a crop in hours.",
    ),
    (
        "lDo122",
        "en",
        "openag_env",
        "Low-cost climate sensors that text the grower",
        "An open agriculture-technology project recommends starting with a sensor of about 12 dollars that sends a text when heat, cold or humidity go wrong. "
        "Watch day and night temperature, humidity, vapour pressure deficit, dew point (to avoid leaf wetness and mould), CO2 in sealed rooms and still-air pockets.",
    ),
    (
        "lDo123",
        "en",
        "tomesphere_lora",
        "Smartphone supervision of greenhouse climate over LoRaWAN",
        "Researchers built an Android app linked to multi-layer wireless sensor nodes and control nodes through a LoRaWAN gateway and MQTT. "
        "It maps vertical and spatial temperature and humidity differences in 3D, flags threshold violations and faulty sensors in real time and switches actuators remotely; peak power 3.5 W.",
    ),
    (
        "lDo124",
        "en",
        "sumobrain_patent",
        "Remote wireless climate monitoring and control for greenhouses",
        "A patented system of sensor nodes inside greenhouses forms a wireless network and sends temperature, humidity and light readings over the cellular network to a central server. "
        "Growers see data on the web or a phone app and can command heating, ventilation and misting manually or automatically.",
    ),
    (
        "lDo125",
        "en",
        "springer_arduino",
        "Low-cost Arduino monitoring for small greenhouses",
        "An engineering study set up a simple, cheap Arduino-based network of temperature sensors to map microclimate non-uniformity in a small greenhouse, keeping power use, maintenance and complexity low.",
    ),
    (
        "lDo126",
        "en",
        "greenhouseguard",
        "Web platform with forecasts and early warnings for greenhouse variables",
        "A web application collects data from sensors placed across a working greenhouse, plots and analyses them and forecasts climate variables, raising warnings so managers act before abnormal conditions hurt yield.",
    ),
    (
        "lDo127",
        "en",
        "cloudlink_sms",
        "Greenhouse temperature, humidity and irrigation monitoring with SMS alarms",
        "A telemetry firm installed combined temperature-humidity sensors and irrigation meters in six commercial seedling greenhouses plus a weather station. "
        "Data upload every 15 minutes to web gauges and charts, and an SMS goes to two phones when irrigation has not reached its threshold by 8 a.m.",
    ),
    (
        "lDo128",
        "en",
        "dewpoint_patent",
        "Dew-point sensor to warn of condensation on crops",
        "A patented device places a temperature sensor on an adjustable arm right at the leaf or fruit surface and a humidity sensor in the body, to detect condensation that triggers fungal spores and mildew in humid greenhouses.",
    ),
    # --- neighbouring fields (distractors) ---
    (
        "lDo129",
        "vi",
        "tom_nhakinh_baclieu",
        "Mô hình nuôi tôm thẻ chân trắng siêu thâm canh trong nhà kính",
        "Hộ nuôi ở Bạc Liêu áp dụng thành công nuôi tôm thẻ chân trắng siêu thâm canh trong nhà kính, mật độ thả tới 290 con/m², năng suất 90 tấn/ha; chi phí đầu tư ban đầu khá cao. "
        "Nhận chia sẻ kinh nghiệm cho người nuôi tôm.",
    ),
    (
        "lDo130",
        "vi",
        "tsvn_tom_nhakinh",
        "Quy trình thiết lập trang trại nuôi tôm nhà kính",
        "Tạp chí thủy sản hướng dẫn các hạng mục trại tôm nhà kính: màng nhà kính cách biệt môi trường, bạt HDPE lót hồ, hệ thống lọc nước, cấp oxy, đèn chiếu sáng tự động, máy cho ăn tự động, "
        "thêm sục khí, làm mát và thiết bị giám sát môi trường nếu có điều kiện.",
    ),
    (
        "lDo131",
        "vi",
        "biogency_tom",
        "Giám sát môi trường ao nuôi tôm công nghệ cao trong nhà màng",
        "Công ty vi sinh thủy sản giới thiệu mô hình tôm nhà màng với lưới che nắng, bạt HDPE, lọc nước, máy đo quan trắc pH, oxy hòa tan, nhiệt độ, độ mặn có cảnh báo khi vượt ngưỡng, "
        "và phần mềm quản lý thức ăn, thuốc, kho, nhật ký.",
    ),
    (
        "lDo132",
        "vi",
        "tvu_vietgap_tom",
        "Chứng nhận VietGAP cho nuôi tôm thẻ chân trắng",
        "Nghiên cứu của một trường đại học ở Trà Vinh phỏng vấn 105 hộ nuôi tôm thẻ thâm canh theo VietGAP ở Sóc Trăng: 94% có ao lắng, kiểm dịch giống 100%, mật độ khoảng 40 con/m², năng suất 2,7–5,6 tấn/ha/vụ. "
        "Tư vấn thực hành và chứng nhận VietGAP cho hộ nuôi tôm.",
    ),
    (
        "lDo133",
        "vi",
        "vinanature_trau",
        "Kinh doanh nhiên liệu trấu cho lò hơi và sản xuất",
        "Doanh nghiệp năng lượng sạch cung cấp vỏ trấu làm chất đốt thay thế cấp nhiệt cho sản xuất với giá rẻ. "
        "Trấu có khoảng 75% chất hữu cơ dễ bay hơi cháy được, 25% còn lại thành tro chứa trên 80% silic oxit dùng trong nhiều ngành.",
    ),
    (
        "lDo134",
        "vi",
        "namrom_kenha",
        "Trồng nấm rơm trên kệ trong nhà kín",
        "Mô hình của nông dân An Giang: nhà kín 18 m² bằng tre lá, vách và trần lót nilon, kệ tre nhiều tầng cách nhau 30 cm, cửa sổ thoát nhiệt. "
        "Dùng 600 bánh rơm ép (rơm của 1.000 m² lúa) và 70 bọc meo, thu 170–180 kg nấm mỗi đợt.",
    ),
    (
        "lDo135",
        "vi",
        "nambonmua_namrom",
        "Quy trình trồng nấm rơm trên rơm năng suất cao",
        "Cơ sở nấm hướng dẫn 5 bước trồng nấm rơm từ chọn rơm khô sạch, màu vàng sáng, không nhiễm hóa chất (ưu tiên rơm nếp), xử lý, ủ, cấy meo đến thu hoạch; "
        "biến rơm rạ phế phẩm thành sản phẩm giá trị.",
    ),
    (
        "lDo136",
        "vi",
        "baodongnai_saymt",
        "Nhà sấy nông sản bằng năng lượng mặt trời cho nông hộ",
        "Nông dân Đồng Nai thử nghiệm nhà mặt trời rộng khoảng 10 m², khung sắt nhỏ, vách nhựa trong dẻo giữ nhiệt, chi phí khoảng 5 triệu đồng, để sấy rau củ quả sạch bụi và côn trùng.",
    ),
    (
        "lDo137",
        "vi",
        "khpt_nhasay",
        "Nhà sấy năng lượng mặt trời mái polycarbonate",
        "Dự án hợp tác giới thiệu nhà sấy nông hộ lợp tấm polycarbonate trong suốt chống tia UV, quạt chạy bằng pin mặt trời nhỏ, công nghệ của một trường đại học Thái Lan. "
        "Giảm thất thoát sau thu hoạch vốn khoảng 20–25%.",
    ),
    (
        "lDo138",
        "vi",
        "setech_say",
        "Hệ thống sấy nông sản năng lượng mặt trời dạng mô-đun",
        "Công ty công nghệ năng lượng bền vững cung cấp máy sấy theo nguyên lý hiệu ứng nhà kính, buồng sấy 2,5 x 4 x 2 m, 100–150 kg tươi mỗi mẻ ở 30–65 °C, "
        "ghép nối tiếp nhiều mô-đun để tăng công suất; sấy lúa, rơm rạ, hải sản.",
    ),
    (
        "lDo139",
        "vi",
        "kiengiang_say",
        "Máy sấy tự động dùng năng lượng mặt trời cho rau củ, cá",
        "Giáo viên vật lý ở Kiên Giang chế tạo máy sấy gồm bộ thu nhiệt khung sắt, ống lấy nhiệt, tấm kính trong và buồng sấy hai tủ có khay, bộ thu nước, đồng hồ nhiệt độ; "
        "dùng sấy khô cá, chuối, rau củ hợp vệ sinh.",
    ),
    (
        "lDo140",
        "vi",
        "khoahocnews_saykinh",
        "Nhà kính khí đối lưu phơi sấy nông sản cả ngày lẫn đêm",
        "Công ty máy nông nghiệp thiết kế nhà phơi sấy hiệu ứng nhà kính hình vòm khung thép uốn parabol: đối lưu tự nhiên ban ngày, đối lưu cưỡng bức ban đêm và ngày mưa. "
        "Dùng cho ngũ cốc, trái cây, rau, gia vị.",
    ),
    (
        "lDo141",
        "vi",
        "thongtinkhcn_namrom",
        "Kỹ thuật trồng nấm rơm tại nhà",
        "Trang thông tin khoa học công nghệ hướng dẫn trồng nấm rơm: ngâm rơm nước vôi 4 kg/m³ khoảng 1 giờ, chất đống ủ cao 1,5 m rộng 2 m, đảo hằng tuần, đặt ống thông hơi mỗi 2 m, phủ nilon hoặc lá chuối giữ nhiệt.",
    ),
    (
        "lDo142",
        "vi",
        "tailieuebook_saytieu",
        "Máy sấy tiêu năng lượng mặt trời kết hợp điện trở",
        "Nghiên cứu chế tạo máy sấy tiêu 5 kg/mẻ dùng năng lượng mặt trời có gia nhiệt điện trở: sấy từ ẩm độ 64% xuống 13% trong 7–9 giờ ở 60 °C, vận tốc gió 1,0–1,5 m/s, lớp tiêu dày 13–40 mm.",
    ),
    (
        "lDo143",
        "vi",
        "metarhizium_ray",
        "Nấm xanh Metarhizium anisopliae trừ rầy nâu hại lúa",
        "Chế phẩm nấm ký sinh côn trùng Metarhizium anisopliae diệt rầy nâu trên ruộng lúa và nhiều côn trùng cánh thẳng, cánh đều, cánh cứng như cào cào, bọ xít, kiến vương. "
        "Bào tử bám vào côn trùng, mọc sợi nấm vào bên trong làm chết và lan ra cả quần thể.",
    ),
    (
        "lDo144",
        "vi",
        "caphe_borua",
        "Bọ rùa thiên địch rệp sáp hại cà phê",
        "Hội nông dân cà phê giới thiệu các loài bọ rùa ăn rệp sáp trên cây cà phê và cách bảo vệ chúng bằng hạn chế phun thuốc hóa học ở vườn cà phê.",
    ),
    (
        "lDo145",
        "vi",
        "cualuoi_muoi",
        "Cửa lưới chống muỗi cho nhà ở",
        "Nhà sản xuất cửa lưới lắp cửa lưới cố định, tự cuốn, xếp, lùa cho cửa sổ và cửa ra vào, ngăn muỗi và côn trùng vào nhà mà vẫn thông gió, so sánh với thuốc xịt và kem chống muỗi.",
    ),
    (
        "lDo146",
        "vi",
        "nhathongminh",
        "Mô hình nhà thông minh dùng vi điều khiển",
        "Đồ án thiết kế nhà thông minh: điều khiển đèn, nhiệt độ, rèm, cửa tự động, phát hiện rò rỉ khí gas, chống trộm qua máy tính hoặc điện thoại, có cả tưới cây tự động cho sân vườn.",
    ),
    (
        "lDo147",
        "vi",
        "hpu_khidoc",
        "Hệ thống đo, giám sát nhiệt độ và khí độc môi trường làm việc",
        "Bài báo của một trường đại học ở Hải Phòng xây dựng hệ thống đo nhiệt độ, nồng độ khí độc hại và tự cải thiện không khí nơi làm việc, giám sát qua Arduino Ethernet Shield và Blynk trên điện thoại.",
    ),
    (
        "lDo148",
        "vi",
        "tcvn_kenh",
        "Tiêu chuẩn thiết kế hệ thống kênh tưới",
        "Tài liệu tiêu chuẩn Việt Nam TCVN 4118-1985 về thiết kế hệ thống kênh tưới thủy lợi cho đồng ruộng.",
    ),
    (
        "lDo149",
        "vi",
        "vuonuom_caphe",
        "Dự án vườn ươm giống cà phê chọn lọc",
        "Dự án đầu tư vườn ươm giống cà phê 1.500 m² ở Lâm Đồng, tổng vốn 1,6215 tỷ đồng, thời gian 5 năm, cung cấp cây giống tái canh cà phê già cỗi cho Tây Nguyên.",
    ),
    (
        "lDo150",
        "vi",
        "ducthanh_trunque",
        "Mô hình nuôi trùn quế từ chất thải chăn nuôi",
        "Công ty nông nghiệp chuyển giao mô hình nuôi trùn quế xử lý phân gia súc: 500 m² xử lý khoảng 12 tấn rác thải nông nghiệp mỗi tháng; trùn chứa khoảng 70% đạm làm thức ăn chăn nuôi, phân trùn cải tạo đất, giữ ẩm.",
    ),
    (
        "lDo151",
        "en",
        "seafoodtip_indoor",
        "Super-intensive indoor shrimp farming in greenhouses",
        "A seafood sourcing service profiles super-intensive indoor shrimp farming, trialled in Bac Lieu since 2011: ponds of 0.3–0.35 ha under greenhouse roofs, stocked at 200–500 postlarvae per m², yielding 40–80 tonnes per ha per crop with water recirculated through the cycle.",
    ),
    (
        "lDo152",
        "en",
        "cp_biofloc",
        "Greenhouse biofloc shrimp culture with lower water use",
        "An agro-industrial group moved shrimp nursery and grow-out from outdoor ponds into greenhouse structures with biofloc technology, controlling temperature and pH. "
        "Output rose to 15 tonnes per rai per year while water use fell 64%, from 74,250 to 26,850 cubic metres.",
    ),
    (
        "lDo153",
        "en",
        "kisvn_shrimp",
        "Two-stage industrial shrimp farming in lined, net-shaded round ponds",
        "A district model raises whiteleg shrimp in round ponds covered with anti-sun nets and lined with plastic: 25–30 days in a nursery, then grow-out at up to 450 shrimp per m². "
        "Survival is about 90%, yield 50 tonnes per ha per year, three to four 60–70-day crops a year.",
    ),
    (
        "lDo154",
        "en",
        "coirgreen_geo",
        "Coir geotextiles for soil erosion control",
        "A coir company supplies woven coir netting to stabilise slopes, embankments and shorelines until vegetation covers the mesh. "
        "Coir is strong, salt-water resistant, holds up to three times its weight in water and lasts two to five years before turning into humus.",
    ),
    (
        "lDo155",
        "en",
        "coircraft_geo",
        "Woven and non-woven coir geotextile products",
        "A coir manufacturer makes mesh mattings of two-shaft weave in ten grades, loop-woven fabrics for soil stabilisation, latex-backed coir bags against sea erosion, coco logs, fibre beds and needle felts for hill slopes and road and rail embankments.",
    ),
    (
        "lDo156",
        "en",
        "geiworks_coir",
        "Coir erosion control mats, logs and wattles",
        "An erosion-control supplier sells coir blankets, logs and wattles made from soaked coconut-husk fibre: long bristle fibre for strong mats and log netting, short mattress fibre as filling, to establish vegetation on slopes and banks.",
    ),
    (
        "lDo157",
        "en",
        "janjai_dryer",
        "Greenhouse-type solar dryer for small food processors",
        "A university solar energy laboratory developed a parabolic-roof polycarbonate dryer 8 m wide, 20 m long and 3.5 m high that loads about 1,000 kg of fruit or vegetables, with nine 15 W DC fans run by three 50 W PV modules and a 100 kW LPG burner for cloudy days. "
        "Drying takes 2–3 days less than sun drying.",
    ),
    (
        "lDo158",
        "en",
        "modelist_dryer",
        "Film-covered solar fruit dryer for households",
        "A do-it-yourself design for a fruit dryer built like a small film greenhouse: an arched transparent cover on a board frame and a blackened base reaches 20–25 °C above ambient and dries about 3 times faster than open air, "
        "yielding 0.3–0.5 kg of dried fruit per m² per day.",
    ),
    (
        "lDo159",
        "en",
        "srac_aquaponics",
        "Principles of small-scale aquaponics",
        "An aquaculture extension publication describes aquaponics as a hydroponic unit integrated with a recirculating fish system: fish-tank effluent passes solids removal and biofiltration, feeds the plant beds and returns to the fish. "
        "Covers home and hobby units and scaled-up versions.",
    ),
    (
        "lDo160",
        "en",
        "tatm_riceseedling",
        "New formula medium for machine-transplanted rice seedlings",
        "An agricultural technology agency licenses a seedling medium for rice nurseries that reduces seedling soil use, contains no rice hull or soil, meets organic standards and cuts pest and disease risk and pesticide use in the rice seedling stage.",
    ),
    (
        "lDo161",
        "en",
        "hep_shapes",
        "Review of greenhouse shapes for crop growing and drying",
        "Engineering researchers review greenhouse shapes: even-span and Quonset forms are most used for both cultivation and drying, and an east–west orientation captures most solar radiation. "
        "Much of the review covers hybrid greenhouse dryers for agricultural products.",
    ),
    (
        "lDo162",
        "vi",
        "mard_raugiao_trinh",
        "Giáo trình sơ cấp nghề: chuẩn bị điều kiện trồng rau an toàn",
        "Giáo trình mô đun sơ cấp nghề trồng rau an toàn của bộ nông nghiệp, xây dựng qua hội thảo với chủ trang trại và công ty: chuẩn bị đất, nước, giống, vật tư và điều kiện cần thiết trước khi trồng. "
        "Dùng đào tạo lao động nông thôn.",
    ),
    (
        "lDo163",
        "vi",
        "agriviet_ghep_forum",
        "Kinh nghiệm ghép cà chua trên gốc cà tím cho diện tích lớn",
        "Diễn đàn nông nghiệp chia sẻ cách ghép: cây ít thì ghép áp hai cây đứng cạnh nhau, diện tích lớn nên cắt ngọn cà chua ghép lên gốc cà tím; 1.000 m² trồng 0,8 x 0,6 m cần từ 2.000 cây giống trở lên. "
        "Cẩn thận với dây nilon quấn vì thân cây non mọng nước dễ tổn thương.",
    ),
    (
        "lDo164",
        "en",
        "nydaily_vertical",
        "Indoor vertical farms with LED lighting",
        "Vertical farms grow crops without soil in warehouses, greenhouses or shipping containers, with hydroponic or aeroponic nutrient delivery, red and blue LED lighting, regulated temperature and humidity and CO2 enrichment.",
    ),
]
