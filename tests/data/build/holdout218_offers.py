"""Offers of the holdout218 labelled set: (id, language, source key, title, description)."""

OFFERS = [
    # --- drying and moisture ---
    (
        "qLo001",
        "vi",
        "canglo",
        "Xây dựng chế độ sấy cho gỗ rừng trồng dễ nứt",
        "Viện Nghiên cứu Công nghiệp rừng nhận thử nghiệm và lập chế độ sấy riêng cho loài gỗ mọc nhanh, nội ứng suất lớn. "
        "Với gỗ Cáng lò, chế độ 60–80 °C làm nứt vỡ 3,44% thanh gỗ, còn chế độ 40–60 °C chỉ 1,24%; cong vênh thấp. "
        "Doanh nghiệp gửi mẫu gỗ, viện giao quy trình sấy kèm thông số nhiệt độ, độ ẩm từng giai đoạn.",
    ),
    (
        "qLo002",
        "vi",
        "visong_tech",
        "Tư vấn chọn công nghệ sấy gỗ phù hợp quy mô xưởng",
        "Đơn vị tư vấn so sánh các công nghệ sấy gỗ hiện có: sấy hơi nước truyền thống, sấy chân không, sấy cao tần, sấy hút ẩm. "
        "Phân tích nguyên lý, chi phí đầu tư và vận hành theo loài gỗ, chiều dày và sản lượng để khách hàng chọn lò hợp lý, "
        "hạn chế cong vênh và tối ưu giá thành.",
    ),
    (
        "qLo003",
        "vi",
        "phuvinhphi",
        "Lò sấy gỗ bằng hơi nước trọn gói",
        "Cung cấp lò sấy dùng hơi nước áp suất 1–5 kg/cm², nhiệt độ từ khoảng 70 °C, quạt đảo gió làm nước trong gỗ bốc hơi từ từ tới độ khô yêu cầu. "
        "Kèm bảng so sánh với sấy cao tần và phơi tự nhiên về sản lượng mỗi mẻ, thời gian sấy và chi phí trên mỗi m³.",
    ),
    (
        "qLo004",
        "vi",
        "visong_lo",
        "Lò sấy gỗ mini cho xưởng nhỏ, đốt củi hoặc dùng điện",
        "Thiết kế, lắp đặt lò sấy gỗ mini (bán thủ công) cho cơ sở vừa và nhỏ, bên cạnh dòng lò công nghiệp. "
        "Nguồn nhiệt linh hoạt: hơi nước, nước nóng, gas, điện hoặc lò đốt củi; gỗ xếp trên xe goòng chạy ray đẩy vào buồng, cửa bản lề. "
        "Sấy giúp diệt trứng mối mọt và tăng tuổi thọ đồ gỗ.",
    ),
    (
        "qLo005",
        "vi",
        "visong_dua",
        "Quy trình sấy khô gỗ dừa chống nứt, chống mốc",
        "Hướng dẫn các phương pháp sấy gỗ dừa (Cocos nucifera) trước khi đưa vào làm sàn, bàn ghế, tủ, giường và đồ trang trí. "
        "Tư vấn chọn cách sấy theo mục đích sử dụng để gỗ dừa giữ màu ấm, vân đẹp và bền khi dùng.",
    ),
    (
        "qLo006",
        "en",
        "samsel",
        "Solar lumber kilns with a wood-waste boiler as backup heat",
        "A sawmill shares the design of its home-built solar kilns, heated both directly by solar panels and indirectly by a boiler burning sawmill waste; "
        "total capacity about 50,000 board feet. Lumber is air-dried to 20–25% and then kiln-dried to 6–8%: one-inch pine in 7–10 days, "
        "hardwoods up to 20 days, using a slow schedule to limit degrade and internal stress.",
    ),
    (
        "qLo007",
        "en",
        "woodweb_solar",
        "Simple solar lumber kiln: plans and drying advice",
        "Extension plans for a low-cost solar kiln already built more than 300 times, scalable to any size. "
        "It dries 450 board feet of one-inch hardwood in six weeks of good weather; maximum load is about ten times the roof area in square feet, "
        "and the roof angle should match the site latitude. Includes advice on log sawing, stacking and safe drying rates.",
    ),
    (
        "qLo008",
        "en",
        "fpl_dh",
        "Small dehumidification kiln: operating and cost data",
        "Forest Products Laboratory research note on building and running a small dehumidification kiln for 600–700 board-foot charges. "
        "Air-dried mixed lumber went from 18.4% to 7.3% moisture in 15 days without casehardening; green oak needed about 45 days plus conditioning. "
        "Shows that a woodworker with no kiln experience can operate it.",
    ),
    (
        "qLo009",
        "en",
        "wwj_dh",
        "Shed-style dehumidification kiln design",
        "Design guide for a small dehumidification kiln built as an insulated shed, giving control of temperature, airflow and humidity that solar kilns lack. "
        "Best used on pre-air-dried lumber, bringing it to 6–8% with only enough energy to hold temperature, at a few cents per board foot. "
        "Covers sizing by load and door placement.",
    ),
    (
        "qLo010",
        "en",
        "rockler_dh",
        "Kiln-operation coaching: avoiding casehardening and end checks",
        "Practical coaching for small-kiln operators: baffles to force air through stickered stacks, air-drying hardwoods to 20–25% or less before kilning, "
        "and sealing board ends with wax sealer or oil paint while green. Explains how drying too fast causes end checking, warp, casehardening and honeycomb.",
    ),
    (
        "qLo011",
        "en",
        "wayout",
        "Solar-powered kiln drying service for hardwood lumber",
        "Custom kiln drying in a solar-powered kiln where the sun drives both the fan and the heat sink. Stock is first air-dried 4+ months in a shed "
        "to 12–16%, then brought to 6–8%; a recording thermometer logs each cycle. The gentle daily cycle preserves wood colour.",
    ),
    (
        "qLo012",
        "vi",
        "mother",
        "Chuyển giao mẫu lò sấy gỗ năng lượng mặt trời giá rẻ",
        "Nhóm kỹ thuật chuyển giao thiết kế lò sấy gỗ dùng năng lượng mặt trời theo mẫu của tạp chí Mother Earth News, chi phí chỉ bằng một phần nhỏ lò thương mại. "
        "Gỗ được bịt đầu, xếp trên trụ đỡ có thanh kê, bọc áo polyetylen để gió phân bố đều, cấp khí nóng qua ống đục lỗ đặt giữa các trụ.",
    ),
    (
        "qLo013",
        "en",
        "wwn_meter",
        "Pin and pinless wood moisture meters with usage training",
        "Supply of both meter types with guidance: pinless meters scan many boards quickly without marks but need a flat surface and read only to their depth; "
        "pin meters measure resistance between two pins, show the wettest zone, and need temperature correction. Helps prevent shrinkage, warp and cupping.",
    ),
    (
        "qLo014",
        "en",
        "catalyst",
        "Insulated-pin moisture meters for kiln and shop quality control",
        "Pin-type meters with insulated pins that read only at the tip depth, so the shell-to-core moisture gradient of a board can be checked. "
        "Used from sawmill and dry kiln through to the finished piece to catch uneven drying before cracks and splits appear.",
    ),
    (
        "qLo015",
        "en",
        "sonin",
        "Wood moisture meters for furniture and cabinet makers",
        "Range of pin and pinless wood moisture meters for furniture wood, flooring and firewood. Pin models work on rough or smooth stock but leave two small holes; "
        "pinless models leave no mark but need smooth surfaces. Reasonably priced models for small shops.",
    ),
    (
        "qLo016",
        "vi",
        "santavi",
        "Máy sấy nông sản công nghệ bơm nhiệt giá nội địa",
        "Công ty máy nông nghiệp chế tạo trong nước máy sấy bơm nhiệt cho rau củ quả, thủy hải sản, trái cây, giá thấp hơn khoảng 60% so với máy ngoại cùng loại. "
        "Sản phẩm sau sấy giữ màu và hương vị; có thêm dòng sấy khí nóng tới 150 °C cho các loại hạt.",
    ),
    (
        "qLo017",
        "vi",
        "saynongsan",
        "Tài liệu và thiết bị sấy nông sản",
        "Tổng hợp phương pháp và thiết bị sấy nông sản: phơi tự nhiên, sấy đối lưu, bức xạ, tiếp xúc, thăng hoa, cao tần; "
        "các kiểu thiết bị sấy năng lượng mặt trời trực tiếp, gián tiếp, có bộ thu riêng; ưu điểm công nghệ đơn giản, chi phí thấp.",
    ),
    (
        "qLo018",
        "vi",
        "sayhoi",
        "Hệ thống sấy bơm nhiệt cho quả hồi xuất khẩu",
        "Nghiên cứu tính toán các bộ phận của hệ thống sấy bơm nhiệt tiết kiệm năng lượng thay cho cách làm khô hồi truyền thống; "
        "mô hình có năng suất 2.000 kg mỗi mẻ, phục vụ bảo quản, chế biến và xuất khẩu hồi khô.",
    ),
    (
        "qLo019",
        "vi",
        "carot",
        "Mô hình sấy nhà kính năng lượng mặt trời cho cà rốt sợi",
        "Khoa Công nghệ Nhiệt lạnh thử nghiệm sấy cà rốt sợi quy mô 10 kg/mẻ trong buồng sấy hiệu ứng nhà kính đối lưu cưỡng bức, "
        "có cấp nhiệt bổ sung từ nguồn tích trữ năng lượng mặt trời; buồng giữ khoảng 55 °C, ẩm từ 85% xuống 5,6%, tiêu hao 655,5 Wh/kg ẩm.",
    ),
    (
        "qLo020",
        "vi",
        "ccf",
        "Chế biến gỗ dừa thành ván sàn và đồ gỗ (dự án CCF)",
        "Nhóm khởi nghiệp của Trường Đại học Lâm nghiệp dùng phần thứ liệu, phế liệu của cây dừa để sản xuất ván sàn và các sản phẩm đồ gỗ khác. "
        "Dự án dựa trên lợi thế diện tích dừa lớn của Việt Nam (hạng 7 thế giới) và khả năng chịu mặn 5–6‰ của cây dừa.",
    ),
    (
        "qLo021",
        "vi",
        "gokinhbac",
        "Ứng dụng gỗ dừa trong nội thất và đồ trang trí",
        "Giới thiệu đặc tính gỗ dừa: thớ vàng nâu đan xoắn, chịu lực tốt, ít biến màu, giá trị ngang gỗ bạch đàn, gỗ tràm. "
        "Tư vấn ứng dụng gỗ dừa trong kiến trúc nội thất, đồ decor và hàng thủ công mỹ nghệ.",
    ),
    (
        "qLo022",
        "vi",
        "duavn",
        "Các loại gỗ dừa và sản phẩm từ gỗ dừa Bến Tre",
        "Phân biệt các giống dừa thường được lấy gỗ ở Đồng bằng sông Cửu Long và các sản phẩm chế tác từ gỗ dừa như đồ trang trí, đồ dùng, tác phẩm thủ công.",
    ),
    # --- sawing and CNC ---
    (
        "qLo023",
        "en",
        "wwn_nesting",
        "Consulting on nested-based CNC manufacturing for cabinet shops",
        "Advice drawn from Thermwood's founder on moving from panel saw plus point-to-point boring to nested-based machining, "
        "where full sheets are cut and drilled on one CNC router. Nesting needs less capital and less floor space, and cabinet design software "
        "generates the machine programs directly.",
    ),
    (
        "qLo024",
        "en",
        "reacdif_opt",
        "CNC nesting optimisation to raise sheet yield",
        "Service that arranges parts on plywood and MDF sheets before machining to cut waste, machine time and cost. "
        "Offers manual and automatic nesting, grain-aware placement for wood panels, and shorter toolpaths; small layout gains add up over large runs.",
    ),
    (
        "qLo025",
        "en",
        "reacdif_how",
        "Setting up a CNC nesting workflow from CAD to toolpaths",
        "Step-by-step setup of nesting for furniture and cabinetry: importing clean part geometry from CAD, defining sheet size, thickness, grain and usable area, "
        "spacing for tool diameter, kerf and hold-down, optimising the layout and generating toolpaths ready for the router.",
    ),
    (
        "qLo026",
        "en",
        "inlaid_small",
        "Compact CNC router and CAM package for one- and two-person shops",
        "A starter package for small furniture shops: a compact CNC that fits a 6 by 10 ft space plus simple CAM with nesting and a feeds-and-speeds library, "
        "for about $12,000. Owners learn basic toolpaths in two weekend courses and can launch a cabinet line in 8–10 weeks.",
    ),
    (
        "qLo027",
        "vi",
        "rockler_mill",
        "Tư vấn máy cưa xẻ gỗ di động để xẻ gỗ vườn tại chỗ",
        "Giới thiệu các loại máy xẻ gỗ di động: máy Mobile Dimension dùng ba lưỡi cưa đĩa và máy cưa vòng nằm ngang chạy trên ray, đầu cưa di chuyển trên khúc gỗ đứng yên. "
        "Giúp chủ vườn, thợ mộc tự xẻ cây tại chỗ thành ván, có giá rẻ hơn mua gỗ xẻ ở bãi.",
    ),
    (
        "qLo028",
        "en",
        "portalix",
        "Choosing and setting up a portable band sawmill",
        "Guidance on matching a portable mill to log size, power and budget, levelling it on cribbing, planning log handling and stacking for drying. "
        "A narrow-kerf band mill removes about 1.5–2.5 mm per cut against 4–6 mm for circular mills; manual mills average 100–300 board feet per hour, "
        "hydraulic ones 300–700.",
    ),
    (
        "qLo029",
        "en",
        "northern",
        "Travelling sawyer: on-site milling of your logs",
        "A portable band-mill operator travels to landings and yards and saws customers' logs into boards on site; one sawyer has cut over a million board feet in ten years. "
        "Band blades are easy to maintain and cheap to replace, and a water dripper cools and lubricates the blade.",
    ),
    (
        "qLo030",
        "en",
        "reasonthread",
        "Portable sawmill options and local milling services",
        "Overview for small projects: how band and circular portable mills work, how to pick straight, sound logs, buck them to length and orient them for yield, "
        "how milling and drying affect lumber quality, and where to find local mobile sawing services or equipment.",
    ),
    (
        "qLo031",
        "en",
        "shopnotes",
        "Mobile band-sawmill custom sawing at your door",
        "A trailer-mounted band sawmill is brought to the customer's logs, set up and levelled in about fifteen minutes, with hydraulic log loading and turning. "
        "Logs are inspected for nails first, squared, then sawn to the thickness the owner wants, for example 2-inch boards.",
    ),
    (
        "qLo032",
        "en",
        "bladesking",
        "Resharpening band saw blades instead of discarding them",
        "Band blade supplier explains how dulled carbon-steel band blades can be resharpened: inspect the weld and body for cracks, tension the blade, "
        "and touch up each tooth with a small diamond disc on a rotary tool, wearing eye, dust and hand protection.",
    ),
    (
        "qLo033",
        "en",
        "finehome",
        "Touch-up sharpening of carbide saw blades with diamond stones",
        "Tip from a remodeller: carbide teeth are simple flat planes that can be honed between professional sharpenings with a small diamond whetstone. "
        "He sends blades to a professional every third time, which saved the cost of the stone many times over.",
    ),
    (
        "qLo034",
        "en",
        "wwarchive",
        "Quality carbide saw-blade sharpening service",
        "Professional sharpening that keeps carbide blades cutting like new over decades of small-shop use. "
        "Tells shops when to resharpen (noise, slower feed, a bright line on the tooth top) and what to check in a properly sharpened blade; "
        "waiting too long overheats the carbide.",
    ),
    (
        "qLo035",
        "en",
        "tmcnet",
        "Saw and tool sharpening with pick-up for cabinet makers",
        "A factory-certified saw and tool technician with 20 years' experience runs a full-service sharpening shop with pick-up for contractors and cabinet makers. "
        "Special tooling grinds the whole face of shaper cutters and router bits, which many sharpeners cannot do; work is guaranteed.",
    ),
    (
        "qLo036",
        "en",
        "toolsradar",
        "Band sawmill blade sharpener for precise cuts",
        "Sharpening equipment and know-how for band sawmill blades that restore tooth geometry and narrow kerfs. "
        "Tests cited show sharp blades cut about 25% faster with 40% less power draw, avoiding wavy, burnt cuts and strain on mills such as the Wood-Mizer LT15.",
    ),
    (
        "qLo037",
        "vi",
        "ta_carbide",
        "Dịch vụ mài lưỡi cưa đĩa hợp kim carbide",
        "Xưởng mài nhận mài lại lưỡi cưa đĩa gắn răng hợp kim bằng thiết bị và đá kim cương chuyên dụng, thay vì vứt bỏ lưỡi cùn. "
        "Răng carbide rất cứng, không mài được bằng dụng cụ cho lưỡi thép; mài đúng cách kéo dài tuổi thọ lưỡi và tiết kiệm chi phí đáng kể.",
    ),
    (
        "qLo038",
        "vi",
        "topcargo_dia",
        "Cung cấp máy cưa đĩa cho xưởng mộc",
        "Phân phối máy cưa đĩa cầm tay và máy cưa bàn với lưỡi tròn răng sắc quay tốc độ cao, dùng cắt ván, tấm ép, kim loại mỏng. "
        "Tư vấn phân loại theo thiết kế, nguồn điện và ứng dụng trong xưởng mộc và công trình.",
    ),
    (
        "qLo039",
        "vi",
        "topcargo_cua",
        "Các loại máy cưa và hướng dẫn sử dụng an toàn",
        "Cửa hàng dụng cụ điện giới thiệu máy cưa theo nguồn động lực và công năng, từ cưa tay tới máy cưa điều khiển máy tính; "
        "hướng dẫn chọn đúng máy cho từng việc và vận hành an toàn, hiệu quả trên gỗ, kim loại, nhựa.",
    ),
    (
        "qLo040",
        "vi",
        "daophay",
        "Dao phay ngón CNC cho gia công kim loại",
        "Cung cấp dao phay ngón dùng trên máy CNC: thành phần vật liệu, tính chất, ứng dụng và hướng dẫn chọn dao cho gia công cơ khí chính xác.",
    ),
    (
        "qLo041",
        "vi",
        "asiabolt",
        "Gia công tiện CNC chi tiết kim loại",
        "Nhận gia công tiện các chi tiết, bulông có hình dạng khó, yêu cầu độ chính xác cao theo bản vẽ khách hàng.",
    ),
    (
        "qLo042",
        "en",
        "signcraft",
        "Laser cutting of acrylic letters for sign shops",
        "A sign shop uses a laser to cut letters and graphics from 3/16- and 1/4-inch acrylic instead of routing PVC, so edges need no sanding or painting "
        "and parts come off double-sided foam tape ready to mount.",
    ),
    (
        "qLo043",
        "en",
        "graphicspro",
        "120-watt laser engraver and cutter for a sign business",
        "A sign company with 40 years in the trade shares its experience buying a 120 W Trotec laser engraver-cutter and learning which materials and jobs pay it off.",
    ),
    (
        "qLo044",
        "en",
        "engravers",
        "Laser and rotary engraving settings for acrylic awards",
        "Tips for personalising cast and extruded acrylic awards, gifts and signs: suggested CO2 laser power and speed, pulse rate for smooth cuts, and full-colour enhancements.",
    ),
    (
        "qLo045",
        "vi",
        "tcvn_gotron",
        "Tiêu chuẩn TCVN 1073-1971 về kích thước gỗ tròn",
        "Chia sẻ nội dung tiêu chuẩn Việt Nam 1073-1971 quy định kích thước cơ bản của gỗ tròn.",
    ),
    # --- finishes, lacquers, preservation ---
    (
        "qLo046",
        "vi",
        "toantam",
        "Hệ sơn PU cho đồ gỗ: lót, màu, bóng",
        "Nhà sơn cung cấp trọn hệ sơn PU (polyurethane) cho gỗ tự nhiên và gỗ công nghiệp gồm sơn lót, sơn màu, sơn bóng, "
        "thành phần chất kết dính, chất đóng rắn, dung môi. Màng PU chịu mài mòn cao hơn cao su, nhựa, thay cho sơn dầu, vecni dễ bay màu.",
    ),
    (
        "qLo047",
        "vi",
        "apovina",
        "Đào tạo quy trình sơn PU 4 bước cho đồ gỗ",
        "Hướng dẫn quy trình sơn PU: xử lý, chà nhám bề mặt; sơn lót tạo bám và đều màu; sơn màu; sơn bóng hoặc mờ hoàn thiện. "
        "Sơn PU hai thành phần (sơn và chất đóng rắn) cho lớp phủ chống trầy, chống ẩm, tôn vân gỗ.",
    ),
    (
        "qLo048",
        "vi",
        "hoanggia",
        "Dòng sơn 1K PU, 2K PU và PU epoxy cho gỗ nội ngoại thất",
        "Nhà sản xuất giới thiệu sơn 1K PU (alkyd kết hợp nhựa PU) cho gỗ, tre, gốm trong nhà và ngoài trời, sơn 2K PU hai thành phần màu đa dạng, độ cứng cao, "
        "và sơn PU epoxy; tư vấn chọn dòng sơn theo bề mặt và điều kiện thời tiết.",
    ),
    (
        "qLo049",
        "vi",
        "phanphoi",
        "Hướng dẫn pha sơn PU, kỹ thuật thi công và giá sỉ",
        "Nhà phân phối sơn giá sỉ hướng dẫn cách pha sơn PU (tỷ lệ sơn, chất đóng rắn, dung môi), kỹ thuật thi công từng lớp lót, màu, bóng "
        "và cung cấp bảng giá sơn PU cho xưởng gỗ.",
    ),
    (
        "qLo050",
        "vi",
        "haphat",
        "Sơn PU hoàn thiện đồ gỗ nội thất",
        "Xưởng đồ gỗ chia sẻ quy trình sơn PU chuẩn cho bàn, giường, tủ: chống trầy, chịu nước, chịu nhiệt, giữ màu gỗ tươi lâu, "
        "cùng các loại sơn PU phổ biến (1K, 2K) cho từng mục đích.",
    ),
    (
        "qLo051",
        "vi",
        "etek_nuoc",
        "Dây chuyền sơn nước cho xưởng gỗ",
        "Thiết kế dây chuyền sơn gốc nước thủ công, bán tự động hoặc tự động: buồng phun ướt hút đáy hoặc hút sau có màng nước hoặc tấm lọc giữ hạt sơn "
        "hiệu suất 85–95%, súng phun airless hoặc HVLP/LVLP áp 1,5–3 bar. Phát thải VOC thấp, đáp ứng yêu cầu hàng gỗ xuất khẩu.",
    ),
    (
        "qLo052",
        "vi",
        "etek_auto",
        "Dây chuyền sơn nước tự động tích hợp xử lý khí thải",
        "Hệ thống phun – sấy – hồi lưu điều khiển PLC kiểm soát màng sơn 20–60 µm sai số dưới ±3 µm, giảm thất thoát sơn 25–35%. "
        "Khí thải xử lý bằng tháp rửa Venturi hoặc buồng than hoạt tính, đạt QCVN 19:2009/BTNMT cột A.",
    ),
    (
        "qLo053",
        "vi",
        "cokhimt",
        "Thi công hệ thống xử lý khí thải phòng sơn",
        "Khí thải phòng sơn (bụi sơn mịn, dung môi bay hơi) được xử lý sơ bộ bằng màng nước, thu bằng chụp hút và quạt đưa vào tháp hai cấp: "
        "vật liệu hấp phụ rồi lớp than hoạt tính, loại bỏ khoảng 80% ô nhiễm, khí ra đạt quy chuẩn.",
    ),
    (
        "qLo054",
        "vi",
        "greenstar",
        "Xử lý nước thải cho công ty đồ gỗ",
        "Thiết kế hệ thống xử lý nước thải ngành chế biến gỗ và nội thất chứa bụi gỗ mịn, keo dán, hóa chất từ khâu sơn và dung môi, "
        "đạt QCVN 40:2025/BTNMT, giúp doanh nghiệp đáp ứng thị trường khó tính.",
    ),
    (
        "qLo055",
        "en",
        "woodguide",
        "Water-based lacquers for low-VOC furniture finishing",
        "Supplier notes on water-based lacquers made of alkyd, acrylic or vinyl-acrylic polymers dispersed in water: far fewer organic fumes than solvent lacquers, "
        "though additives such as anti-mildew, quick-dry or preservative agents can still emit some VOCs.",
    ),
    (
        "qLo056",
        "en",
        "hickory",
        "Choosing between oil, water-based and lacquer finishes",
        "Finishing advice from a furniture maker that recommends water-based finishes where possible, explains durability and ambering of oil-based finishes, "
        "their fumes, flammability and long dry times, and the protective equipment and ventilation each needs.",
    ),
    (
        "qLo057",
        "vi",
        "aiinterior",
        "Hướng dẫn thi công sơn phủ gốc nước cho đồ gỗ",
        "Quy trình phủ gốc nước: chà nhám sạch bụi, làm ẩm nhẹ để dựng thớ rồi chà lại, khuấy chứ không lắc sơn, quét lớp mỏng theo thớ, "
        "chờ khô 1–2 giờ, chà nhẹ giữa các lớp và phủ 2–3 lớp. Ít mùi, ít VOC, không ố vàng, hợp cho tủ bếp, bàn làm việc, đồ chơi và nội thất trẻ em.",
    ),
    (
        "qLo058",
        "en",
        "woodbin",
        "Water-based polyurethane and acrylic finishes: properties and brands",
        "Reference on water-based finishes: cured droplets of polyurethane or acrylic dispersed in water that coalesce into a film. "
        "Safer, quick-drying, non-yellowing and scratch-resistant, but less resistant to heat and solvents, grain-raising on the first coat and washed-out on dark woods; lists brands.",
    ),
    (
        "qLo059",
        "en",
        "ehow_lacq",
        "Applying water-based paint and lacquer to furniture with HVLP",
        "Step-by-step finishing: clean, sand with 80 then 220 grit, tack off, prime and topcoat with water-based products, spray water-based lacquer "
        "with a gravity-feed HVLP gun, then rub out with #0000 steel wool and paste wax.",
    ),
    (
        "qLo060",
        "en",
        "trellis",
        "Report on greener wood finishes and stains",
        "A buyer's report on environmentally preferable wood finishes (varnish, shellac, lacquer, natural oils, water-based finishes, stains) "
        "as VOC rules push reformulation with higher solids, reactive diluents and new solvents.",
    ),
    (
        "qLo061",
        "vi",
        "borag",
        "Quy trình bảo quản gỗ làm đồ mộc bằng chế phẩm BORAG1, BORAG2",
        "Quy trình được Tổng cục Lâm nghiệp công nhận năm 2020: BORAG1 chứa 18% và BORAG2 chứa 15% disodium octaborate tetrahydrate cùng 2% phụ gia. "
        "Gỗ chưa nhiễm nấm, côn trùng được phân nhóm theo độ ẩm trên/dưới 30%, làm sạch rồi tẩm nhúng trong bể inox hoặc composite, hoặc phun, quét.",
    ),
    (
        "qLo062",
        "vi",
        "ln5",
        "Bảo quản gỗ xẻ, ván bóc phòng chống mối bằng LN5 và BORAG2",
        "Viện Khoa học Lâm nghiệp khảo nghiệm: ngâm gỗ Dẻ đỏ, Bời lời vàng trong LN5 nồng độ 5–7% từ 30 phút tới 72 giờ đều chống mối tốt; "
        "nhúng BORAG2 từ 20 giây tới 10 phút cho ván bóc và 5–15 phút cho gỗ xẻ cũng đạt hiệu lực.",
    ),
    (
        "qLo063",
        "vi",
        "silicat",
        "Xử lý gỗ bằng natri silicat kết hợp axit boric chống mối",
        "Nghiên cứu của Trường Đại học Lâm nghiệp trên gỗ Bồ đề: lắng đọng silica đơn thuần không chống được mối nhà, "
        "còn công thức natri silicat 0,3M với axit boric 2,5% cho hiệu quả tốt nhất, kể cả sau thử rửa trôi.",
    ),
    (
        "qLo064",
        "vi",
        "minhtiep",
        "Dịch vụ xử lý gỗ chống mối mọt trước khi gia công",
        "Xưởng gỗ nhận xử lý chống mối mọt cho gỗ tự nhiên và gỗ công nghiệp ngay từ đầu: ngâm nước vôi theo cách làng nghề, tẩm hóa chất, sấy, "
        "giúp đồ gỗ không bị đục rỗng, giữ thẩm mỹ và tránh chi phí sửa chữa.",
    ),
    (
        "qLo065",
        "vi",
        "gonguyenlieu",
        "Chống mối mọt cho gỗ bằng Permethrin, Borate và cách khác",
        "Nhà cung cấp gỗ nguyên liệu hướng dẫn 4 cách chống mối mọt cho gỗ sồi, trong đó dùng hóa chất Permethrin, Borate: chuẩn bị gỗ sạch khô, "
        "bóc lớp phủ cũ, pha và tẩm đúng liều, mặc đồ bảo hộ và làm nơi thông thoáng.",
    ),
    (
        "qLo066",
        "vi",
        "etek_tinhdien",
        "Tối ưu dây chuyền sơn tĩnh điện giảm lỗi bề mặt",
        "Tư vấn vận hành dây chuyền sơn bột tĩnh điện cho sản phẩm kim loại: giữ độ ẩm 40–55% RH, kiểm soát điện áp phun, lưu lượng bột, nhiệt độ sấy "
        "để tránh chấm kim, rỗ bề mặt, lệch màu.",
    ),
    (
        "qLo067",
        "vi",
        "sonlot",
        "Sơn lót và sơn phủ cho tường nhà",
        "Tư vấn phân biệt sơn lót kháng kiềm, chống nấm mốc và sơn phủ cho tường bê tông, thạch cao nội ngoại thất; quy trình sơn nhà và lưu ý chọn mua.",
    ),
    (
        "qLo068",
        "vi",
        "ctnh_son",
        "Quản lý chất thải nguy hại trong nhà máy sản xuất sơn",
        "Tài liệu về quy trình sản xuất sơn dung môi, sơn bột, sơn nhũ tương gốc nước và các loại chất thải nguy hại phát sinh, "
        "kèm mô hình quản lý và lò đốt xử lý tại một công ty sản xuất sơn.",
    ),
    (
        "qLo069",
        "en",
        "bestcab",
        "Lacquered kitchen cabinets sold online",
        "Online cabinet retailer explains its lacquer-finished cabinets, from matte to ultra-gloss, in acrylic or water-based lacquer, water-resistant and hard-wearing.",
    ),
    (
        "qLo070",
        "vi",
        "thoson",
        "Thợ sơn nhận sơn PU cửa gỗ, đồ gỗ tại nhà",
        "Đội thợ sơn nhà nhận sơn phủ PU cho cửa gỗ, bàn ghế gỗ tự nhiên và gỗ công nghiệp tại công trình, thay cho đánh vecni truyền thống.",
    ),
    # --- dust and fire ---
    (
        "qLo071",
        "en",
        "hse_fire",
        "Fire- and explosion-safe design review of wood dust extraction",
        "Review based on HSE woodworking guidance: many fires start in the extraction system, so ducts, fan and filter unit are laid out to remove ignition sources "
        "and the fan and air cleaner are sited with fire and explosion in mind. Wood flour becomes explosible at about 60 g/m³, a very dense fog.",
    ),
    (
        "qLo072",
        "en",
        "haztek",
        "Wood dust explosibility assessment",
        "Consultants assess whether a shop's dust is explosive: assume all wood dust is, especially where mean particle size is under 200 microns and 10% is below 80 microns. "
        "Sanding, hardwood machining and MDF or chipboard cutting produce the riskiest fines; advice on keeping dust inside collectors to avoid secondary explosions.",
    ),
    (
        "qLo073",
        "en",
        "ssi",
        "Dust hazard analysis, spark detection and explosion protection",
        "Combustible-dust specialists run a Dust Hazard Analysis per NFPA 652, ground equipment, install spark detection and hot-work procedures, "
        "and fit explosion protection on collectors to stop primary and secondary wood-dust explosions.",
    ),
    (
        "qLo074",
        "en",
        "inlaid_dust",
        "Housekeeping and extraction audit to cut dust fire risk in small shops",
        "Audit for small woodshops: fine dust under 100 µm forms ignitable clouds, settled films in ducts and ledges smoulder and feed secondary blasts, "
        "and stock below 5% moisture ignites more easily. Delivers cleaning routines, extraction tweaks, grounding and monitoring steps.",
    ),
    (
        "qLo075",
        "en",
        "cardinal",
        "Dust collection system design for wood processing",
        "An air-system design firm plans dust collection for wood processors, drawing on research into what makes wood dust explosive, "
        "so that fine dust is captured at source and does not build up in the shop.",
    ),
    (
        "qLo076",
        "en",
        "podcast",
        "Expert briefing on combustible wood dust and regulations",
        "A wood dust fire-prevention expert explains combustible dust hazards, new regulations and what woodworking businesses can do to prevent fires and explosions.",
    ),
    (
        "qLo077",
        "vi",
        "bmc",
        "Tư vấn hồ sơ và giải pháp PCCC cho cơ sở chế biến gỗ",
        "Đơn vị PCCC phân tích thực trạng tại Bình Dương: 946 cơ sở chế biến gỗ thuộc diện quản lý PCCC theo Phụ lục I Nghị định 136/2020/NĐ-CP, "
        "539 cơ sở (56,98%) thuộc diện nguy hiểm cháy nổ Phụ lục II. Nhận kiểm tra, đề xuất giải pháp và hoàn thiện điều kiện an toàn PCCC.",
    ),
    (
        "qLo078",
        "vi",
        "baomoi",
        "Huấn luyện PCCC và cứu nạn cứu hộ cho công nhân ngành gỗ",
        "Tổ chức huấn luyện, hội thi PCCC tại doanh nghiệp gỗ, nâng cao nhận thức người lao động về nguy cơ cháy ở khu cắt xẻ, chế tác, phòng sơn, "
        "kho dăm bào, mùn cưa, bụi gỗ; dầu mỡ máy lẫn mùn cưa có thể tự bốc cháy.",
    ),
    (
        "qLo079",
        "vi",
        "bd_beta",
        "Giải pháp phòng ngừa cháy và an toàn khi vệ sinh lò hút bụi",
        "Khuyến cáo của lực lượng PCCC cho chủ cơ sở chế biến gỗ: áp dụng giải pháp, công nghệ phù hợp để phòng cháy; rút kinh nghiệm vụ cháy khu lò hút bụi "
        "khiến 3 đội viên PCCC cơ sở tử vong do mảng bụi gỗ rơi khi khắc phục, hướng dẫn vệ sinh, kiểm tra lò hút bụi an toàn.",
    ),
    (
        "qLo080",
        "vi",
        "sondogo",
        "Tư vấn tác hại bụi gỗ và trang bị bảo hộ cho thợ",
        "Giải thích bụi gỗ cứng và bụi gỗ mềm, hóa chất kèm theo (nhựa gỗ, sơn, keo, thuốc chống mối) và tác hại: ho, khó thở, hen, viêm mũi dị ứng, "
        "bệnh phổi tắc nghẽn, bệnh da và mắt; đề xuất biện pháp bảo vệ người lao động.",
    ),
    (
        "qLo081",
        "vi",
        "quatcn",
        "Quạt công nghiệp và hệ thống hút bụi cho xưởng đồ gỗ",
        "Cung cấp quạt hút công nghiệp và giải pháp thu gom bụi gỗ từ máy bào, mài, khoan, đục, khắc, hạn chế bụi phát tán ra khu dân cư "
        "và bảo vệ sức khỏe công nhân xưởng nội thất.",
    ),
    (
        "qLo082",
        "vi",
        "cyclon",
        "Thiết kế cyclon xử lý bụi thô sấy phun gạch men",
        "Đồ án thiết kế hệ thống cyclon xử lý bụi thô của quá trình sấy phun tạo xương gạch men ốp lát.",
    ),
    (
        "qLo083",
        "vi",
        "homestay",
        "Mẫu phương án chữa cháy PC17 cho homestay",
        "Cung cấp mẫu phương án chữa cháy cơ sở loại hình homestay theo Nghị định 136: đặc điểm cơ sở, giao thông, nguồn nước, lực lượng chữa cháy.",
    ),
    (
        "qLo084",
        "vi",
        "thuocla",
        "Đánh giá nguy cơ bệnh nghề nghiệp ở nhà máy thuốc lá",
        "Nghiên cứu đo môi trường lao động và phỏng vấn công nhân nhà máy thuốc lá: tiếng ồn trên 80 dBA ở xưởng sợi, khoảng 50% người bị nhức đầu, 40% rát họng.",
    ),
    (
        "qLo085",
        "vi",
        "buibenh",
        "Bài giảng bụi và bệnh bụi phổi silic",
        "Tài liệu đào tạo về đặc tính, phân loại bụi sản xuất, cơ chế bệnh sinh và phòng chống bệnh bụi phổi silic.",
    ),
    (
        "qLo086",
        "vi",
        "dientu",
        "Nghiên cứu phân loại nghề nặng nhọc, độc hại",
        "Nghiên cứu của Đại học Công đoàn về các mối nguy nghề nghiệp và hệ thống quản lý an toàn – sức khỏe – môi trường theo chu trình PDCA, ISO.",
    ),
    (
        "qLo087",
        "vi",
        "tt36",
        "Danh mục thiết bị có yêu cầu nghiêm ngặt về an toàn lao động",
        "Tra cứu Thông tư 36/2019/TT-BLĐTBXH về máy, thiết bị có yêu cầu nghiêm ngặt về an toàn, vệ sinh lao động phải kiểm định trước khi dùng.",
    ),
    # --- design software ---
    (
        "qLo088",
        "en",
        "ivanb",
        "Online cabinet configurator with panel cut lists in millimetres",
        "Web tool where each cabinet is set by width, height and depth in mm, construction type (sides full height or top and bottom full width), "
        "front type (open, single or double door, drawers) and materials; a 2 mm standard tolerance is built in and handle-less Gola routing is in the PRO plan.",
    ),
    (
        "qLo089",
        "en",
        "vf_cab",
        "Moving from hand drafting to cabinet design software",
        "Guide and coaching comparing cabinetware software with manual design: sketch freely by hand, then lock the final design in software "
        "to remove compounding measurement errors before any panel is cut.",
    ),
    (
        "qLo090",
        "vi",
        "eatsip",
        "Phần mềm lập danh sách cắt tối ưu từ mô hình 3D",
        "Giới thiệu cách phần mềm thiết kế đồ gỗ sinh danh sách chi tiết cắt từ mô hình 3D làm nguồn dữ liệu duy nhất, "
        "tránh lỗi chép tay và tối ưu xếp chi tiết trên tấm ván; một lỗi đảo số từng làm hỏng cả tấm ván sồi giá 80 USD.",
    ),
    (
        "qLo091",
        "en",
        "winenfood_plan",
        "Accuracy-first woodworking planning in SketchUp or Fusion 360",
        "Workflow training that models the saw kerf as part of the plan, builds a virtual prototype in SketchUp or Fusion 360 and produces exact cut lists, "
        "so shelves and dados fit without 1/8-inch surprises.",
    ),
    (
        "qLo092",
        "en",
        "popular",
        "SketchUp cut-list training with the CutList Bridge extension",
        "Course on planning cut lists before modelling: component naming conventions, sub-assemblies, and assigning attributes in bulk "
        "with the CutList Bridge 3 extension for furniture, custom cabinets and structures.",
    ),
    (
        "qLo093",
        "vi",
        "ocl",
        "OpenCutList: tiện ích SketchUp lập bảng chi tiết, sơ đồ cắt ván",
        "Tiện ích mở rộng miễn phí cho SketchUp tự động lập danh sách chi tiết, tính sơ đồ cắt, in nhãn, báo cáo chi phí và khối lượng cho dự án đồ gỗ. "
        "Có giao diện tiếng Việt, làm việc với gỗ tự nhiên, ván tấm và gỗ quy cách theo hệ mét hoặc inch.",
    ),
    (
        "qLo094",
        "en",
        "woodsketch",
        "WoodSketch: free 3D modeller for woodworkers with cut lists",
        "Open-source modeller that works like SketchUp but knows wood: species, grain, real stock sizes, joinery, cut lists, cutting diagrams, shopping lists and build sheets. "
        "Installers for Windows, macOS and Linux; cabinet, drawer and face-frame templates.",
    ),
    (
        "qLo095",
        "en",
        "cabstudio",
        "Cabinet Studio plugin: cutting layouts as drawings",
        "Cabinet design plugin whose cut list can produce cutting layouts as a drawing, one sheet per board with parts to scale, named and sized.",
    ),
    (
        "qLo096",
        "en",
        "cutlistmcp",
        "Open-source panel cutting optimiser with format import",
        "Board-cutting optimiser: parts with width, height, quantity, grain and edge banding plus stock sheets with kerf give an optimised guillotine or free layout, "
        "yield percentage, cut list, labels and PDF/SVG; imports and exports CSV, SketchUp/OpenCutList, Polyboard, Pro100 and DXF.",
    ),
    (
        "qLo097",
        "en",
        "openscad",
        "Parametric furniture cut lists from OpenSCAD",
        "Library and guide for generating panel dimensions and edge-banding specifications automatically from OpenSCAD furniture designs, "
        "for example a cabinet defined as width, depth and height.",
    ),
    (
        "qLo098",
        "vi",
        "vnuf_bep",
        "Thiết kế và tổ chức sản xuất tủ bếp theo phong cách hiện đại",
        "Viện Công nghiệp gỗ, Trường Đại học Lâm nghiệp nhận thiết kế, lập phương án tổ chức sản xuất và thi công nội thất phòng bếp căn hộ chung cư, "
        "từ bản vẽ tới bóc tách chi tiết, dựa trên đề tài tốt nghiệp ngành chế biến lâm sản.",
    ),
    (
        "qLo099",
        "vi",
        "thuanh",
        "Tư vấn chia khu vực chức năng tủ bếp cho gia đình",
        "Công ty nội thất tư vấn gia chủ cách bố trí khu lưu trữ, sơ chế, nấu nướng trong tủ bếp sao cho khoa học, tiện dùng.",
    ),
    (
        "qLo100",
        "vi",
        "spa",
        "Thiết kế thi công nội thất spa diện tích nhỏ",
        "Nhận thiết kế và thi công nội thất spa theo tiêu chuẩn, tối ưu diện tích nhỏ và tiện ích cho khách.",
    ),
    # --- certified timber and export rules ---
    (
        "qLo101",
        "vi",
        "odm_vntlas",
        "Thông tin về VNTLAS và giấy phép FLEGT cho xuất khẩu sang EU",
        "Cổng thông tin tổng hợp nỗ lực xây dựng Hệ thống đảm bảo gỗ hợp pháp Việt Nam (VNTLAS) và việc cấp giấy phép FLEGT cho sản phẩm gỗ xuất sang châu Âu, "
        "giúp doanh nghiệp theo dõi lộ trình và yêu cầu.",
    ),
    (
        "qLo102",
        "vi",
        "flegtvpa",
        "Hướng dẫn doanh nghiệp áp dụng VNTLAS trong chuỗi cung",
        "Tài liệu và video giải thích VNTLAS, cốt lõi của Hiệp định VPA: xác minh tính hợp pháp của gỗ suốt chuỗi cung từ rừng hoặc cửa khẩu nhập tới khi xuất khẩu hay bán ra; "
        "áp dụng cho mọi nguồn gỗ, mọi sản phẩm gỗ trong Phụ lục I và mọi nhà khai thác, cả tổ chức lẫn hộ gia đình.",
    ),
    (
        "qLo103",
        "vi",
        "wwf_train",
        "Tập huấn tính hợp pháp của gỗ và sản phẩm gỗ (WWF)",
        "Bộ tài liệu đào tạo 130 trang của WWF Việt Nam: FLEGT và Kế hoạch hành động của EU, thế nào là gỗ hợp pháp, hệ thống đảm bảo tính hợp pháp, "
        "truy xuất nguồn gốc và chuỗi hành trình, yêu cầu xác minh, VPA; có lưu ý về Luật Lacey.",
    ),
    (
        "qLo104",
        "vi",
        "flegt_faq",
        "Hỏi đáp FLEGT và VPA dành cho doanh nghiệp gỗ",
        "Trung tâm Giáo dục và Phát triển phát hành sổ tay hỏi đáp về FLEGT, VPA cho doanh nghiệp: VPA là thỏa thuận ràng buộc giữa EU và nước sản xuất gỗ, "
        "nhằm bảo đảm gỗ xuất sang EU có nguồn gốc hợp pháp; giải đáp câu hỏi thường gặp và đầu mối liên hệ.",
    ),
    (
        "qLo105",
        "en",
        "vir",
        "Briefing on the EU Deforestation Regulation for Vietnamese wood firms",
        "EU Delegation programme staff explain EUDR due diligence for wood, rubber and coffee exporters: in force since June 2023, applying to large firms "
        "from December 2024 and SMEs from June 2025, with a 31 December 2020 cut-off for deforestation; advice on early preparation.",
    ),
    (
        "qLo106",
        "en",
        "mondaq",
        "Legal advice on EUDR due diligence statements and geolocation",
        "Law firm analysis of the EUDR for Vietnam: products such as furniture must be deforestation-free, legally produced and covered by a due diligence statement; "
        "operators must collect geographic coordinates of production plots and file them in the EU Information System.",
    ),
    (
        "qLo107",
        "vi",
        "vfcs",
        "Hệ thống chứng chỉ rừng Việt Nam (VFCS) hỗ trợ đáp ứng EUDR",
        "VFCS giải thích ba yêu cầu của EUDR với gỗ và sản phẩm gỗ: không gây mất rừng sau 31/12/2020 chứng minh bằng thông tin địa lý vùng khai thác, "
        "sản xuất hợp pháp theo luật nước sở tại (đất đai, môi trường, lâm nghiệp, lao động, quyền bên thứ ba, FPIC) và có tuyên bố thẩm định.",
    ),
    (
        "qLo108",
        "en",
        "aquila",
        "EUDR compliance consulting for exporters",
        "Consultancy explaining EUDR obligations for companies exporting to the EU: due diligence statements, verifiable deforestation-free assurances after 31 December 2020, "
        "and the sanctions for non-compliance, from withdrawal and recall to fines, confiscation and temporary market bans.",
    ),
    (
        "qLo109",
        "en",
        "cblueprint",
        "EUDR implementation timeline explained",
        "Flow chart and commentary on EUDR key dates, including the Commission's reviews on extending scope to other wooded land and other ecosystems.",
    ),
    (
        "qLo110",
        "en",
        "esgpeers",
        "EUDR for wood: due diligence toolkit",
        "Guide for producers, importers and traders of wood and wooden furniture: collect GPS data on the production area, pass information to business partners, "
        "respect land and labour rights, then assess and mitigate the risk of non-compliance.",
    ),
    (
        "qLo111",
        "en",
        "swampdancer",
        "FSC chain-of-custody procedures for wood processors",
        "Explains FSC CoC: every company handling certified wood after the forest keeps records and procedures to segregate and track it, "
        "buys only from holders of an FSC FM/CoC or CoC licence number checked on info.fsc.org, and commits to ILO and UN rights.",
    ),
    (
        "qLo112",
        "en",
        "baldlitas",
        "FSC-certified timber supply with chain of custody",
        "Timber supplier with FSC certification: products come from responsibly managed forests and FSC material is identified or kept separate from non-certified material "
        "through every processing and distribution stage.",
    ),
    (
        "qLo113",
        "en",
        "exaros",
        "Certified-wood sourcing and chain-of-custody documentation for craft furniture makers",
        "Guidance for small furniture makers: buy from suppliers showing FSC or PEFC logos and CoC documents, check certificate validity, "
        "keep a folder of certificates, supplier letters and batch numbers, document reclaimed wood provenance, and set up a supplier approval process.",
    ),
    (
        "qLo114",
        "vi",
        "gcdri",
        "Tư vấn chứng nhận FSC CoC cho doanh nghiệp xuất khẩu gỗ",
        "Viện Nghiên cứu Phát triển Chứng nhận Toàn cầu (GCDRI) giải thích FSC, chứng nhận chuỗi hành trình sản phẩm rừng CoC, đối tượng áp dụng, lợi ích "
        "và các phiên bản tiêu chuẩn hiện hành; hỗ trợ doanh nghiệp chế biến, kinh doanh lâm sản đạt chứng nhận để tiếp cận thị trường quốc tế.",
    ),
    (
        "qLo115",
        "vi",
        "luong_coc",
        "Đào tạo và chứng nhận FSC-CoC, FSC-CW",
        "Đơn vị đào tạo giới thiệu ba loại chứng chỉ FSC: CoC cho tổ chức chứng minh được nguồn gốc sản phẩm, FM cho khu rừng, CoC/CW cho gỗ có kiểm soát; "
        "nhận đăng ký khóa học và hỗ trợ doanh nghiệp làm chứng nhận.",
    ),
    (
        "qLo116",
        "vi",
        "luong_cw",
        "Tư vấn gỗ có kiểm soát FSC (Controlled Wood) để trộn nguyên liệu",
        "Giải thích gỗ có kiểm soát FSC-CW: yêu cầu cao hơn gỗ hợp pháp quốc gia nhưng chưa đạt gỗ chứng nhận, được trộn với gỗ FSC để làm sản phẩm FSC Mix. "
        "Tại Việt Nam có 513 doanh nghiệp với 672 địa điểm đạt FSC-CoC, trong đó 136 doanh nghiệp có FSC-CW; chứng nhận đầu tiên từ 1999 cho hàng ngoài trời ở Quy Nhơn.",
    ),
    (
        "qLo117",
        "vi",
        "luong_fm",
        "Chứng nhận quản lý rừng FSC-FM cho chủ rừng",
        "Giải đáp đơn vị nào cần chứng nhận FSC-FM: các đơn vị quản lý rừng và chủ rừng muốn cung cấp gỗ chứng nhận cho chuỗi cung.",
    ),
    (
        "qLo118",
        "vi",
        "khangthanh",
        "In bao bì giấy đạt chuẩn FSC",
        "Công ty bao bì giới thiệu tiêu chuẩn FSC và ứng dụng chuỗi hành trình cho sản phẩm bao bì giấy đạt FSC.",
    ),
    (
        "qLo119",
        "vi",
        "wings",
        "Giấy in mang nhãn FSC",
        "Nhà cung cấp giấy giải thích ý nghĩa các loại nhãn FSC trên sản phẩm giấy, giúp khách chọn giấy có nguồn gốc rừng trách nhiệm.",
    ),
    (
        "qLo120",
        "en",
        "wipes",
        "FSC-certified biodegradable wipes",
        "Consumer product brand explains that its biodegradable wipes carry the FSC tick-tree logo, tracing fibre to responsibly managed forests.",
    ),
    (
        "qLo121",
        "en",
        "furnco",
        "FSC-certified contract furniture supply",
        "Contract furniture company holding full FSC chain-of-custody status supplies finished furniture with FSC labelling for responsible purchasers.",
    ),
    (
        "qLo122",
        "en",
        "greenhome",
        "Green home improvement guide to FSC products",
        "Consumer guide to choosing FSC-labelled wood products for home improvement, with the history of FSC since the 1992 Rio Earth Summit.",
    ),
    # --- waste wood and sawdust ---
    (
        "qLo123",
        "vi",
        "giathe",
        "Giá thể mùn cưa và kỹ thuật trồng nấm hương",
        "Cung cấp giá thể và hướng dẫn trồng nấm hương trên mùn cưa: độ ẩm cơ chất 70–75%, độ ẩm không khí trên 80%, pH trung tính, "
        "nhiệt độ khoảng 15–24 °C; bổ sung dinh dưỡng khi nấm ra quả thể.",
    ),
    (
        "qLo124",
        "vi",
        "fao_dongco",
        "Công thức phối trộn mạt cưa trồng nấm đông cô",
        "Hướng dẫn kỹ thuật: 80% mạt cưa, 10% cám lúa mì, 10% hạt kê; với mạt cưa cao su bổ sung cám gạo 2–3%, DAP 2‰, MgSO4 3‰; mạt cưa tạp không tinh dầu "
        "bổ sung cám gạo 5–6%. Làm ẩm 40–55% bằng nước hoặc nước vôi 0,5%, ủ 2–5 ngày trước khi đóng túi.",
    ),
    (
        "qLo125",
        "vi",
        "maynn",
        "Kỹ thuật xử lý mùn cưa trồng nấm và máy móc đi kèm",
        "Hướng dẫn ủ mùn cưa: tưới nước vôi 3% giữ ẩm 50–60% trong 15 ngày, đống cao 1,2 m rộng 1,5–2 m, 5 ngày đảo một lần, "
        "bổ sung phân hữu cơ không quá 20%; cung cấp máy nông nghiệp phục vụ trồng nấm.",
    ),
    (
        "qLo126",
        "vi",
        "mocnhi",
        "Chuyển giao kỹ thuật trồng mộc nhĩ (nấm mèo)",
        "Trại nấm hướng dẫn đặc điểm sinh học và kỹ thuật trồng, chăm sóc mộc nhĩ cánh mỏng, cánh dày, loài nấm mọc trên thân gỗ, ưa nóng ẩm.",
    ),
    (
        "qLo127",
        "vi",
        "pellet_vi",
        "Công nghệ sản xuất viên nén mùn cưa đạt chuẩn",
        "Chuyển giao quy trình 11 bước: thu mua gỗ vụn từ xưởng (tối thiểu 1 tấn mỗi đơn), băm thành mảnh 2,5 cm, nghiền còn 5 mm, sàng tạp chất, "
        "sấy (quy mô nhỏ có thể phơi nắng khoảng 24 giờ), nén ép, làm nguội và đóng gói; hỗ trợ đạt kiểm định như SGS.",
    ),
    (
        "qLo128",
        "vi",
        "namrom",
        "Mô hình trồng nấm rơm trên kệ trong nhà",
        "Hướng dẫn trồng nấm rơm trong nhà kín 18 m² với 600 bánh rơm và 70 bọc meo, thu 170–180 kg nấm; ủ rơm, ép bánh, cấy meo.",
    ),
    (
        "qLo129",
        "vi",
        "compost_nam",
        "Hệ thống thiết bị lên men compost trồng nấm",
        "Mô hình thiết bị compost cơ chất trồng nấm từ bông thải, rơm rạ, bã mía, thân bắp phối cám gạo, bột đậu nành theo tỷ lệ C/N.",
    ),
    (
        "qLo130",
        "vi",
        "duan_nam",
        "Lập dự án phát triển nghề trồng nấm",
        "Mẫu dự án trồng nấm rơm, nấm hương, linh chi: nghiên cứu thị trường, công nghệ, công suất và khu đất xây dựng.",
    ),
    (
        "qLo131",
        "vi",
        "agrion",
        "Máy ép than hoạt tính dạng viên",
        "Hướng dẫn làm than hoạt tính bằng máy ép than viên; 1 gam than hoạt tính có diện tích bề mặt 800–1.000 m², dùng khử độc, lọc.",
    ),
    (
        "qLo132",
        "en",
        "woodshopnews",
        "On-site briquetting of shop sawdust and scraps",
        "For cabinet, millwork and furniture shops: instead of paying haulers (about 80% of collected wood waste ends in landfill), shred hardwood, softwood, "
        "particleboard, plywood and MDF waste and briquette it on site; briquettes burn longer than firewood, near brown coal, to heat the shop or sell.",
    ),
    (
        "qLo133",
        "en",
        "charcoalmach",
        "Briquette charcoal machines for woodworking waste",
        "Machinery maker turns woodworking residues into briquette charcoal, citing that about 84% of a tree is lost as slash, sawdust, chips and shavings between stump and finished craft.",
    ),
    (
        "qLo134",
        "en",
        "thors",
        "Recycled hardwood sawdust fire briquettes: press and know-how",
        "A furniture and joinery workshop compresses extraction sawdust from all its machines in a German RUF briquetting press with no glue or additives. "
        "Briquettes are 12% moisture or below (firewood 20–30%), burn hotter with less ash, and ship on 0.5 or 1 tonne pallets or in sample boxes.",
    ),
    (
        "qLo135",
        "en",
        "ehow_briq",
        "Plans for a manual sawdust briquette press",
        "Build instructions for a small press: an 8-inch length of 6-inch pipe drilled with 1/4-inch holes on a 1-inch grid, plywood discs and a hand-cranked press; "
        "soaked sawdust is pressed until water stops running, then dried.",
    ),
    (
        "qLo136",
        "en",
        "moda_briq",
        "DIY sawdust briquettes for heating and cooking",
        "How-to for making fuel briquettes from sawdust, plant waste and paper: soak to a slurry for at least an hour, compress in a briquette press, "
        "sun-dry for several days under cover from rain, and use in wood or multifuel stoves.",
    ),
    (
        "qLo137",
        "en",
        "chainsawnerds",
        "Expert tips for pelletising sawdust",
        "A forestry and wood-processing veteran shares five tips for turning sawmill and workshop sawdust into uniform fuel pellets with consistent size, moisture and density.",
    ),
    (
        "qLo138",
        "vi",
        "pelheat",
        "Tư vấn kiểm soát độ ẩm nguyên liệu khi ép viên nén quy mô nhỏ",
        "Chuyên gia máy ép viên khuyên độ ẩm mùn cưa khoảng 12%, tùy loài gỗ có thể tới 15%; viên tốt có bề mặt bóng, gãy gọn khi ra khỏi khuôn do lignin được làm nóng đủ. "
        "Hướng dẫn cách đo và chỉnh ẩm khi không có máy đo hồng ngoại, bồn trộn như nhà máy lớn.",
    ),
    (
        "qLo139",
        "en",
        "ce1h",
        "Small-scale pellet mills for small businesses",
        "Supplier of small pellet mills that let homeowners and small businesses make pellets from sawdust and low-grade wood for their own heating or to sell locally.",
    ),
    (
        "qLo140",
        "en",
        "winenfood_pellet",
        "Five-step wood fuel pellet process with a flat-die mill",
        "Process guide from 20 years' experience: size-reduce the biomass, condition it to 10–15% moisture so lignin binds, pelletise on a flat-die mill, "
        "then cool and screen; moisture control prevents crumbly pellets and clogged dies.",
    ),
    (
        "qLo141",
        "en",
        "experts123",
        "Bagged wood pellets from a commercial pellet plant",
        "A pellet manufacturer describes how its pellets are made, dried, screened, bagged in 40 lb bags and palletised by robot for sale through stores.",
    ),
    (
        "qLo142",
        "en",
        "mccormick",
        "Sawdust for livestock bedding",
        "A sawmill sells most of its sawdust as animal bedding: it absorbs urine fast, slows ammonia formation and smell, coats manure, "
        "and means only a small amount must be removed daily compared with straw.",
    ),
    (
        "qLo143",
        "vi",
        "lyle_compost",
        "Hướng dẫn ủ mùn cưa lót chuồng thành phân compost",
        "Quy trình ủ mùn cưa đã lót chuồng trộn phân: tỷ lệ C/N khoảng 30:1, lớp thô dưới đáy, giữ ẩm như miếng bọt biển vắt ráo, đảo vài tuần một lần, "
        "nhiệt đống ủ 54–66 °C để diệt mầm bệnh, rồi ủ chín vài tháng.",
    ),
    (
        "qLo144",
        "vi",
        "biochardaily",
        "Than sinh học bổ sung vào đệm lót chuồng",
        "Giới thiệu biochar làm phụ gia đệm lót: hút ẩm, giữ khô chuồng, hấp phụ amoniac và mùi; bổ sung khoảng 2,5% biochar đã giảm vi khuẩn gây bệnh; "
        "đệm lót sau dùng thành phân bón giàu dinh dưỡng.",
    ),
    (
        "qLo145",
        "en",
        "blackbull",
        "Biochar for livestock bedding on straw or sawdust",
        "Biochar producer supplies bedding-grade biochar to mix with straw or sawdust: it dries bedding, adsorbs urea and amino acids, cuts ammonia, "
        "lets farms use less lime, and improves the fertiliser value of the spent bedding.",
    ),
    (
        "qLo146",
        "en",
        "einplus",
        "Wood shavings and sawdust products for bedding, compost and energy",
        "Company processing wood shavings and sawdust from cutting, shaving and planing into soft, absorbent bedding for horses, poultry and small animals, "
        "compost and soil amendment, and energy uses.",
    ),
    (
        "qLo147",
        "en",
        "bodens",
        "Animal bedding products and recycling advice",
        "Producer of animal bedding for small animals, poultry and farm animals advises customers on composting used shavings, which can take two to four years.",
    ),
    (
        "qLo148",
        "en",
        "ep_briq",
        "Pellet and briquette machines for biomass fuel",
        "Machine supplier explains pelleting: biomass reduced to sawdust size is forced through a tapering die hole that compresses it into dense fuel pellets.",
    ),
    (
        "qLo149",
        "vi",
        "megasun",
        "Bơm nhiệt đun nước nóng cho gia đình",
        "Nhà cung cấp thiết bị năng lượng giới thiệu ưu nhược điểm của bơm nhiệt heat pump đun nước nóng, so sánh với bình nóng lạnh.",
    ),
    (
        "qLo150",
        "vi",
        "saylanh",
        "Nghiên cứu hệ thống sấy lạnh dùng bơm nhiệt cho nông sản",
        "Luận án xây dựng mô hình thực nghiệm hệ thống sấy lạnh bơm nhiệt hai nhiệt độ sôi, dàn bay hơi mắc nối tiếp hoặc song song, tiết kiệm năng lượng khi sấy nông sản.",
    ),
    (
        "qLo151",
        "en",
        "woodshopnews",
        "Industrial shredders for bulky cabinet-shop scrap",
        "Shredder maker supplies horizontal shredders such as the Tiger 400 for cabinet, millwork and furniture shops, able to take solid wood, particleboard, "
        "plywood and MDF offcuts and even rejected drawers or doors, so waste is compact for recycling or briquetting.",
    ),
    (
        "qLo152",
        "vi",
        "wwf_train",
        "Xây dựng hệ thống truy xuất nguồn gốc gỗ và chuỗi hành trình",
        "Theo tài liệu đào tạo của WWF Việt Nam, hỗ trợ doanh nghiệp và nhóm hộ thiết lập hồ sơ truy xuất nguồn gốc gỗ, "
        "theo dõi chuỗi hành trình sản phẩm và chuẩn bị các yêu cầu xác minh gỗ hợp pháp.",
    ),
    (
        "qLo153",
        "vi",
        "etek_nuoc",
        "Súng phun sơn nước HVLP/LVLP và hệ cấp sơn",
        "Cung cấp súng phun sơn gốc nước theo nguyên lý airless kết hợp khí nén hoặc phun sương HVLP, LVLP, áp suất phun 1,5–3 bar, "
        "cho xưởng gỗ chuyển từ sơn dung môi sang sơn nước.",
    ),
    (
        "qLo154",
        "en",
        "inlaid_small",
        "Low-cost edge bander and benchtop router for two-person shops",
        "Equipment bundle for tiny furniture shops: a benchtop router plus an entry-level edge bander for about $7,000, sized so saved labour pays it off in 12–18 months.",
    ),
]
