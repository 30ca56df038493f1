"""Offers of the holdout134 labelled set (lifting equipment in small factories, warehouses, ports and buildings).

OFFERS rows: (id, language, source key, title, description). Each offer paraphrases the public page under its
source key in holdout134_sources.S; a few are written in the other language than their page (a firm posting in
English or in Vietnamese). Ids nFo138 onwards are mostly distractors from neighbouring fields.
"""

OFFERS = [
    # --- overhead cranes: supply, controls, runways, used cranes, load monitoring ---
    (
        "nFo001",
        "vi",
        "crane_vi_namtrung",
        "Thiết kế, chế tạo và lắp đặt cầu trục nhà xưởng",
        "Đơn vị xây dựng công nghiệp nhận thiết kế, chế tạo và lắp đặt cầu trục cho nhà xưởng theo kết cấu sẵn có: "
        "nâng hạ theo phương đứng và ngang trên cao, dẫn động bằng động cơ điện, sức nâng có thể lên tới 500 tấn. "
        "Tư vấn phân loại, cấu tạo và quy trình lắp đặt để cơ giới hóa xếp dỡ sắt thép, bê tông, hàng cồng kềnh, "
        "giảm nhân công bốc vác.",
    ),
    (
        "nFo002",
        "vi",
        "crane_vi_damdoi",
        "Cầu trục dầm đôi 2–100 tấn, khẩu độ 5–50 m",
        "Cung cấp cầu trục dầm đôi sức nâng phổ biến 2–100 tấn, khẩu độ 5–50 m, thiết kế theo kích thước từng nhà xưởng; "
        "đặc biệt phù hợp khi khẩu độ trên 15 m. Kết cấu vững, tháo lắp và bảo dưỡng đơn giản; có lưu ý về hiện tượng "
        "xô lệch dầm khi lực cản hai bên ray không đều.",
    ),
    (
        "nFo003",
        "en",
        "crane_en_northpenn",
        "Single girder overhead cranes, 1–32 t, four configurations",
        "Supply of single girder overhead cranes for light and medium industry, rated 1 to 32 tonnes, in four "
        "configurations (top-running LD type and others). Lighter than double girder designs, lower runway loads and "
        "lower installed cost; we help procurement and plant engineers confirm hook height, span and duty before "
        "ordering.",
    ),
    (
        "nFo004",
        "en",
        "crane_en_qzj",
        "Workshop survey and low-headroom solutions before buying a crane",
        "Pre-order site survey for single girder cranes: we measure span, runway height, roof-truss clearance and column "
        "capacity, because a few centimetres of error can cost lifting height. Where the building is too low we propose "
        "low-headroom hoist and trolley arrangements, for example for a 10 t single girder bridge crane.",
    ),
    (
        "nFo005",
        "vi",
        "crane_vi_2x63",
        "Thiết kế tủ điện điều khiển cầu trục công suất lớn",
        "Doanh nghiệp tự động hóa thiết kế hệ thống điều khiển cho cầu trục, đã thực hiện dự án cầu trục 2x63 tấn: "
        "tủ điện, biến tần, PLC cho các chuyển động nâng, di chuyển xe con và cầu trục; nhận cải tạo tủ điện cầu trục "
        "cũ sang điều khiển biến tần.",
    ),
    (
        "nFo006",
        "en",
        "ctrl_en_mazzella",
        "Variable frequency drive retrofit for older overhead cranes",
        "Crane service team retrofitting variable frequency drives on hoist, bridge, trolley and hook rotation. Soft "
        "acceleration and braking cut the gearbox, coupling and brake wear of single- and two-speed cranes; VFDs, once "
        "reserved for high-speed Class D and E cranes since the late 1980s, now extend the life of ageing cranes.",
    ),
    (
        "nFo007",
        "en",
        "ctrl_en_plant",
        "Radio remote controls for industrial cranes",
        "Radio remote control systems that let the operator stand clear of the load instead of riding a cab or walking "
        "with a pendant. Radio frequency units hold about 98 percent of the market because infrared links are short, "
        "and dust or obstacles block them; remote control has been offered since the 1960s and keeps improving.",
    ),
    (
        "nFo008",
        "en",
        "ctrl_en_srp",
        "Crane remote control supply, commissioning and operating protocol",
        "Crane controls company supplying handheld transmitters and panel receivers (frequency hopping over 79 channels, "
        "automatic stop if the signal drops for more than one second) and training crews on pre-shift checks, operator "
        "positioning and smooth joystick use; over 40 percent of remote-related incidents happen in the first 30 minutes "
        "of a shift.",
    ),
    (
        "nFo009",
        "vi",
        "ctrl_en_spanco",
        "Điều khiển không dây cho cầu trục và cần trục xoay",
        "Lắp bộ điều khiển vô tuyến thay cho cabin hoặc tay bấm có dây treo trên cầu trục, cần trục xoay: người vận hành "
        "vừa buộc tải vừa điều khiển, không phải đi theo cầu trục, tránh vướng dây và vấp ngã, giữ khoảng cách an toàn "
        "với tải nặng hoặc nguy hiểm, bớt người xi nhan.",
    ),
    (
        "nFo010",
        "en",
        "rail_en_cdwy6255",
        "Runway misalignment diagnosis and correction",
        "If your crane wheel sets need replacing every 3 to 4 years instead of every 8 to 15, the runway is probably out "
        "of line. We measure rail span, straightness and elevation against CMAA and ASME B30.2 tolerances, explain the "
        "skewing and flange-contact damage, and correct the common misalignment cases.",
    ),
    (
        "nFo011",
        "vi",
        "rail_en_sdc",
        "Khảo sát độ thẳng hàng ray cầu trục và bản vẽ hiệu chỉnh",
        "Kỹ sư khảo sát ray và dầm đường chạy cầu trục (kinh nghiệm hơn 20 năm ở nhà xưởng luyện thép): lập đường chuẩn, "
        "đo độ lệch ray tại từng cột, cao độ, độ vuông của cầu trục và khoảng cách bánh xe; so với dung sai CMAA "
        "(khẩu độ ±3/16 inch cho cầu trục dưới 50 ft) và xuất bản vẽ AutoCAD kèm phương án chỉnh ray.",
    ),
    (
        "nFo012",
        "en",
        "rail_en_4d",
        "4D runway alignment monitoring without stopping the crane",
        "Runway survey system that compares rail geometry with the bridge over a section and away from it, repeated over "
        "time, so drift from foundation settlement (often measurable within 3 to 5 years) or column deflection is caught "
        "early without the yearly shutdown a total-station survey needs.",
    ),
    (
        "nFo013",
        "en",
        "rail_en_mdpi",
        "Crane rail control measurement method from a university geodesy group",
        "Faculty of civil and geodetic engineering offering its published method for crane rail control: a single "
        "high-accuracy total station set-up and a platform carrying two precise prisms give homogeneous horizontal and "
        "vertical positions of the rail, from which Eurocode control parameters are derived.",
    ),
    (
        "nFo014",
        "en",
        "used_en_hoistuk1",
        "Independent assessment of second-hand and refurbished overhead cranes",
        "Before you buy a used or 'refurbished' crane, we check whether it is a patchwork of parts from several makers, "
        "whether bridge beams were shortened or lengthened with joints, and whether the geometry was reset after a span "
        "change, following the LEEA guidance on safe refurbishment.",
    ),
    (
        "nFo015",
        "en",
        "used_en_teich",
        "Used overhead travelling cranes, 3–50 t, at about half the new price",
        "Dealer selling some 200 to 250 second-hand electric overhead cranes a year, mostly 3 t to 50 t SWL, at on average "
        "half the price of new equipment; the price can include modification and installation, and third-party "
        "inspection, test runs or a maintenance contract can be added to offset the risk.",
    ),
    (
        "nFo016",
        "en",
        "used_en_sbo",
        "Repair-or-replace evaluation of old hoists",
        "When a building changes hands we evaluate the overhead hoists that come with it: some 20 to 30 year old units "
        "can be renovated, others are money pits. Hoists built before 1980 may hide asbestos brake linings and lead "
        "paint, and parts for units 45 years or older are hard to source.",
    ),
    (
        "nFo017",
        "en",
        "crane_en_devto",
        "Load monitoring and overload protection for overhead cranes",
        "Electronic load monitoring systems with strain-gauge sensors and real-time readout for overhead cranes, warning "
        "or blocking the operator before the rated capacity is exceeded; useful where loads are irregular, such as scrap "
        "or precast concrete, and to limit structural fatigue of hoist, trolley and bridge.",
    ),
    (
        "nFo018",
        "en",
        "crane_en_szlmi",
        "Load moment indicators and safe load indicators for mobile cranes",
        "LMI, SLI, RCI and RCL systems for mobile cranes: an LMI multiplies load by working radius and compares it with "
        "the load chart, warning at 90 percent and cutting off at 100 percent of rated capacity; an SLI only watches hoist "
        "line tension. Supply, calibration and retrofit feasibility under OSHA, ASME B30.5 and EN 13001.",
    ),
    (
        "nFo019",
        "en",
        "crane_en_navfac",
        "Load indicating devices, including portable hook-mounted units",
        "Load indicating devices that show the weight under the hook in the cab, measured at a dead end or by rope "
        "deflection between three sheaves; battery-powered portable units hang from the hook with a shackle below and "
        "can radio the weight to a receiver with visual and audible overload alarms.",
    ),
    (
        "nFo020",
        "vi",
        "sensor_vi_hoanganh",
        "Cảm biến tải trọng lắp cho cầu trục và palăng cáp điện",
        "Cung cấp và lắp cảm biến tải (loadcell dùng lá điện trở strain gauge) đo lực căng cáp hoặc lực trên móc, "
        "chuyển thành tín hiệu điện để giám sát tải trọng cầu trục, palăng điện cáp; kết hợp bộ chống va để bảo vệ "
        "thiết bị và tối ưu quy trình nâng hạ.",
    ),
    # --- gantry cranes, ports, mobile cranes ---
    (
        "nFo021",
        "en",
        "rtg_en_cranemfr",
        "Rubber-tyred gantry cranes for container yards",
        "RTG cranes for container terminals: typical lifting capacity 30 t, span of six container rows plus one truck "
        "lane, stacking height of 11 to 12 m (four over five). Low yard construction cost, and wheels that turn 90 degrees "
        "let the crane move from one block to another.",
    ),
    (
        "nFo022",
        "en",
        "rtg_en_mine",
        "25 t rubber tyre container gantry crane and e-RTG option",
        "Double girder rubber-tyred container gantry crane for port yards, with a comparison against rail-mounted gantries: "
        "more flexible between blocks and cheaper to lay out, but higher fuel and tyre costs; the electric e-RTG version "
        "removes local emissions and noise.",
    ),
    (
        "nFo023",
        "vi",
        "port_vi_equip",
        "Tư vấn lựa chọn thiết bị xếp dỡ cho cảng container",
        "Nhóm nghiên cứu khai thác cảng tư vấn chọn trang thiết bị chính: cẩu giàn QC xếp dỡ tàu-bờ (có loại nâng hai "
        "container song song), cẩu chân đế quay 180° dùng được cho cả container và hàng rời nhưng cần khoảng trống lớn, "
        "và cẩu sắp xếp container trên bãi.",
    ),
    (
        "nFo024",
        "vi",
        "port_vi_thaco",
        "Dịch vụ xếp dỡ bằng cẩu bờ Liebherr 45 tấn, tầm với 34 m",
        "Công ty giao nhận cảng cung cấp dịch vụ xếp dỡ bằng hệ thống cẩu Liebherr tầm với 34 m, sức nâng 45 tấn, cùng "
        "cẩu bánh lốp, xe nâng chụp và hơn 50 xe đầu kéo; đội lái cẩu tay nghề cao làm hàng theo kế hoạch tàu.",
    ),
    (
        "nFo025",
        "vi",
        "port_vi_rtgbarge",
        "Vận chuyển, di dời cần cẩu khung RTG bằng sà lan",
        "Đơn vị vận tải siêu trường siêu trọng nhận di dời cần cẩu khung container RTG (dài 26 m, rộng 13,5 m, cao 22 m) "
        "bằng sà lan 2.000 tấn và tàu kéo: chằng buộc, bơm dằn ballast để cẩu tự lên xuống sà lan; mỗi cẩu hoàn tất trong "
        "một ngày trên quãng đường sông 5 km.",
    ),
    (
        "nFo026",
        "vi",
        "port_vi_saigon",
        "Xây dựng quy trình công nghệ xếp dỡ hàng bao, thép, gạo cho cảng",
        "Tư vấn biên soạn quy trình công nghệ xếp dỡ theo mẫu của một cảng lớn: quy chế an toàn cho dây chuyền xếp dỡ, "
        "chuẩn bị nơi làm việc, thao tác cho từng loại hàng như lương thực bao 50 kg, gạo bao 1.000 kg, xi măng, thép cuộn, "
        "thép ống, kèm bảng công cụ xếp dỡ phù hợp.",
    ),
    (
        "nFo027",
        "en",
        "insp_en_eme",
        "Portable gantry cranes proof-tested at 125% with certificate",
        "Portable gantry cranes and davits, each unit proof-tested by the manufacturer at 125 percent of rated capacity "
        "with a calibrated load cell before shipment and delivered with a certificate of test; design factor of 2:1 to "
        "3:1 kept in reserve, in line with OSHA 1910.179 and ASME B30.17.",
    ),
    (
        "nFo028",
        "vi",
        "truck_vi_tienphat",
        "Cho thuê xe cẩu tự hành (xe tải gắn cẩu)",
        "Cho thuê xe cẩu tự hành: xe tải gắn cần trục thủy lực ống lồng hoặc cần gập, mâm quay 360°, vừa chở hàng trong "
        "thùng vừa tự nâng hạ ở điểm đi và điểm đến, không cần thuê thêm xe nâng hay nhân công; có báo giá thuê và tư vấn "
        "quy định an toàn khi vận hành.",
    ),
    (
        "nFo029",
        "vi",
        "truckcrane_vi_mkt",
        "Hướng dẫn vận hành xe tải cẩu an toàn",
        "Tài liệu và tư vấn vận hành xe tải gắn cẩu: người lái phải trong độ tuổi lao động, khám sức khỏe đạt, có bằng "
        "lái và chứng chỉ cẩu phù hợp, được huấn luyện bảo hộ lao động; lái cẩu và người móc cáp phối hợp bằng tín hiệu "
        "quy ước khi bốc dỡ.",
    ),
    # --- jib and workstation cranes ---
    (
        "nFo030",
        "en",
        "jib_en_cdwy6367",
        "Workstation jib cranes for repetitive loads under 500 kg",
        "Ergonomic workstation jib cranes for loads under 500 kg handled dozens of times per shift at a fixed station: "
        "low push force, the operator stays in place, one person can handle parts that otherwise need two, and the strain "
        "of some 200 manual lifts per shift is removed.",
    ),
    (
        "nFo031",
        "en",
        "jib_en_cdwy6102",
        "Jib crane workstation design service",
        "We design the jib crane around the workstation, not the catalogue: scaled floor plan, every hook coverage point, "
        "maximum reach plus margin, rotation arc and mounting position, then hoist selection and ergonomics, avoiding "
        "booms that stop 20 degrees short or sit 600 mm off the machine spindle.",
    ),
    (
        "nFo032",
        "en",
        "jib_en_hsi",
        "Foundationless jib cranes and aluminium workstation cranes",
        "Foundationless jib cranes that need no dug-up floor or new reinforced concrete footing, plus gantry, bridge and "
        "jib workstation cranes for loads from 50 kg to over 2,000 kg with manual or powered hoist and trolley; aluminium "
        "rails reduce structural demands at somewhat lower capacity.",
    ),
    (
        "nFo033",
        "vi",
        "jib_en_abus",
        "Cần trục xoay cột và cần trục xoay gắn tường kèm palăng xích điện",
        "Cung cấp, lắp đặt cần trục xoay loại đứng cột (góc quay 270°) và loại gắn tường (180°), sức nâng 100 kg, tay cần "
        "dài 3.500 mm, quay bằng tay nhẹ nhàng, lắp palăng xích điện để nâng vật liệu lên bàn làm việc và xếp chồng "
        "thành phẩm như pallet gỗ.",
    ),
    # --- hoists and winches ---
    (
        "nFo034",
        "vi",
        "hoist_vi_topcargo",
        "Pa lăng xích kéo tay và pa lăng xích điện các loại",
        "Cửa hàng thiết bị nâng đỡ có khoảng 155 mẫu pa lăng xích, giá phổ biến từ khoảng 1,4 đến 2,5 triệu đồng, dùng cho "
        "nhà máy, xưởng cơ khí, công trường và bảo trì; tư vấn phân biệt pa lăng xích, pa lăng cáp và pa lăng điện.",
    ),
    (
        "nFo035",
        "vi",
        "hoist_vi_keotay",
        "Pa lăng xích kéo tay không cần điện",
        "Pa lăng xích kéo tay (manual chain block) dùng bánh răng và đòn bẩy để nâng vật nặng bằng lực kéo nhỏ: không cần "
        "nguồn điện, chi phí đầu tư và bảo trì thấp, kết cấu bền, dễ mang đi; hợp với xưởng sản xuất, kho bãi, công trường "
        "và gara sửa chữa nhỏ.",
    ),
    (
        "nFo036",
        "vi",
        "hoist_vi_baoduong",
        "Đánh giá và bảo dưỡng palăng cáp điện",
        "Dịch vụ kiểm tra, bảo dưỡng palăng cáp điện: thay cáp đúng thông số, tra dầu mỡ và kiểm tra xếp cáp trên tang; "
        "loại bỏ móc mòn quá 10% kích thước ban đầu hoặc nứt; bánh xe mòn quá 5 mm phải xử lý; kiểm tra cụm puli.",
    ),
    (
        "nFo037",
        "vi",
        "crane_vi_kiemtra",
        "Hướng dẫn kiểm tra hệ thống cầu trục trước khi sử dụng",
        "Nhà phân phối palăng hướng dẫn quy trình kiểm tra trước ca: không dùng palăng khi rung, lắc, ồn bất thường; dán "
        "nhãn 'không được sử dụng' lên nút bấm khi có sự cố; kiểm tra chiều dài cáp và chiều cao nâng để tránh rơi cáp.",
    ),
    (
        "nFo038",
        "en",
        "hoist_en_dhiru",
        "Electric chain hoist maintenance plan",
        "Maintenance plan for electric chain hoists: visual and function checks, chain and gear lubrication, cleaning, "
        "chain wear and stretch checks with replacement, wiring, remote and limit switch tests, periodic load tests, an "
        "annual inspection by a qualified technician, and a maintenance log.",
    ),
    (
        "nFo039",
        "en",
        "hoist_en_qd7283",
        "Chain hoist inspection and maintenance programme",
        "Daily pre-use checks, a scheduled maintenance routine and documented inspections for chain hoists; industry data "
        "quoted by the maker show routine checks cut mechanical failures by 30 to 40 percent and extend equipment life by "
        "about 20 percent. Manufacturer lubricants and parts, and operator training.",
    ),
    (
        "nFo040",
        "en",
        "hoist_en_expl",
        "Explosion-proof electric chain hoists and monthly inspection",
        "Explosion-proof electric chain hoists for hazardous areas, with a monthly inspection that goes deeper than the "
        "weekly one: the cover is removed, motor and every chain link are checked by trained staff with electrical "
        "knowledge, and inspection records are kept for more than 3 years.",
    ),
    (
        "nFo041",
        "en",
        "hoist_en_duty",
        "Hoist selection by ASME duty class H1–H5",
        "We select electric chain hoists (ASME HST-1) and wire rope hoists (HST-4) by duty class: H1 standby use, H2 light "
        "shops up to 12.5 percent running time, H3 general shops and warehouses up to 25 percent, H4 high volume up to "
        "50 percent, H5 continuous bulk handling, with life expectancy from 1,250 to 5,000 hours and beyond.",
    ),
    (
        "nFo042",
        "vi",
        "winch_vi_truc",
        "Cáp thép chống xoắn cho tời trục đứng nhiều tầng",
        "Tư vấn và cung cấp cáp công trình cho tời trục đứng chiều cao nâng 10–60 m, cuốn nhiều lớp trên tang, qua nhiều "
        "puli dẫn hướng: cáp chống xoắn, mềm để cuốn nhiều lớp, lực kéo đứt cao, tránh xoắn rối, lệch tang và đứt tải.",
    ),
    (
        "nFo043",
        "en",
        "winch_vi_cap",
        "Wire rope for construction material hoists",
        "Wire rope for construction hoists and cage lifts working 10 to 120 m high with loads from 500 kg to over 2 t: "
        "non-rotating, high breaking strength ropes for multi-layer drums and long duty hours, chosen to the safety "
        "standards that prevent broken ropes and falling loads.",
    ),
    # --- forklifts and their batteries ---
    (
        "nFo044",
        "vi",
        "batt_vi_gs",
        "Ắc quy xe nâng điện chính hãng và tư vấn chọn loại",
        "Cung cấp ắc quy xe nâng chính hãng, tư vấn chọn loại phù hợp (axit-chì, lithium), hướng dẫn bảo trì để xe chạy "
        "đủ ca, giảm thời gian chết và phòng cháy nổ, rò rỉ axit; ắc quy axit-chì giá rẻ nhưng tuổi thọ 1–3 năm, phải "
        "châm nước cất và dễ sunfat hóa.",
    ),
    (
        "nFo045",
        "vi",
        "batt_vi_maxbuy",
        "Ắc quy chì-axit và pin lithium cho xe nâng điện",
        "Bán ắc quy xe nâng cho xe đứng lái, xe ngồi lái và xe nâng tay điện: loại chì-axit rẻ, dễ bảo trì nhưng nặng, sạc "
        "lâu; pin lithium nhẹ, tuổi thọ cao, không châm nước, sạc nhanh hơn nhiều; tư vấn chuyển đổi và bảo dưỡng theo từng "
        "loại.",
    ),
    (
        "nFo046",
        "vi",
        "batt_vi_phuchoi",
        "Phục hồi ắc quy xe nâng bị yếu, chai",
        "Dịch vụ phục hồi bình ắc quy xe nâng điện đã xuống cấp: kiểm tra cấu tạo ngăn, bản cực và dung dịch điện phân, "
        "xử lý quá trình nạp xả để bình giữ điện trở lại, tránh gián đoạn công việc và tiết kiệm chi phí thay bình mới.",
    ),
    (
        "nFo047",
        "vi",
        "batt_vi_sac",
        "Hướng dẫn sạc xe nâng điện dùng ắc quy và pin lithium",
        "Chuyên gia xe nâng hướng dẫn sạc đúng cách và an toàn cho xe nâng điện dùng ắc quy chì và pin lithium, giải thích "
        "đúng khái niệm chu kỳ sạc (không phải cứ cắm sạc là mất một trong 1.500 lần) để tránh làm hao mòn pin nhanh.",
    ),
    (
        "nFo048",
        "vi",
        "batt_vi_sumitomo",
        "Bảo dưỡng định kỳ bình ắc quy xe nâng điện đứng lái",
        "Quy trình bảo dưỡng bình ắc quy cho xe nâng điện đứng lái (dòng Sumitomo): tần suất bảo dưỡng, các bước kiểm tra, "
        "lưu ý an toàn và thời điểm nên thay bình; phòng tránh chai bình, sụt áp, quá nhiệt và tăng nội trở.",
    ),
    (
        "nFo049",
        "en",
        "batt_en_forktruck",
        "Lithium-ion and lead-acid forklift trucks",
        "Forklift supplier offering lithium-ion and lead-acid electric trucks and advice on the choice: lead-acid motive "
        "batteries weigh 400 to 2,000 kg and act as counterweight when lifting to 15 m, while lithium trucks, available for "
        "about 12 years, bring high energy density and little maintenance.",
    ),
    (
        "nFo050",
        "en",
        "batt_en_mitsu",
        "Li-ion forklifts with opportunity charging",
        "Maintenance-free Li-ion forklift batteries that need no topping up or battery changes: the truck can be charged "
        "during tea breaks, reaches almost full charge in about an hour and a half and stays between 50 and 100 percent, "
        "where lead-acid needs some 8 hours from 20 to 100 percent.",
    ),
    (
        "nFo051",
        "en",
        "batt_en_spaceflight",
        "Traction batteries for forklifts, 24–80 V, 100–1,550 Ah",
        "Replacement forklift batteries from 24 V to 80 V and 100 Ah to 1,550 Ah (5-hour rate), lead-acid or lithium-ion, "
        "matched to the truck handbook; we explain energy and power density, charging rules (lead-acid down to 20 percent "
        "then up to 8 hours plus cool-down) and maintenance.",
    ),
    (
        "nFo052",
        "en",
        "batt_en_cisio",
        "LiFePO4 forklift battery packs with BMS",
        "Lithium iron phosphate battery packs for electric forklifts with a battery management system that cuts the "
        "circuit on low charge, short circuit, overcharge or high temperature; service life 5 to 10 years, no memory "
        "effect, no acid or hydrogen evolution corroding terminals.",
    ),
    (
        "nFo053",
        "en",
        "batt_en_paves",
        "Forklift battery supply, sizing and watering service",
        "Industrial battery supplier for forklift fleets: we size the battery to the truck, since an undersized battery "
        "reduces counterweight and stability, and we look after lead-acid batteries that need regular topping up with "
        "distilled water, or quote lithium-ion as the alternative.",
    ),
    (
        "nFo054",
        "en",
        "fl_en_fairchild",
        "Forklift preventive maintenance programme",
        "Dealer service programme separating routine maintenance (fluids, lights, horn, filters by operating hours) from "
        "forward-looking preventive maintenance, in which a technician inspects and tests critical components to catch "
        "failures before they happen, for owned or rented lift trucks.",
    ),
    (
        "nFo055",
        "en",
        "fl_en_opseng",
        "Annual forklift service including mast and lifting chains",
        "Manufacturer service engineers carry out the scheduled forklift service: lubrication, filters and fluids, "
        "inspection of mast, lifting chains, steering, brakes, hydraulics and attachments, function and diagnostic tests, "
        "and advice on operator checks and on keeping shrink wrap off the floor.",
    ),
    (
        "nFo056",
        "en",
        "fl_en_robson",
        "Forklift incident investigation by forensic engineers",
        "Mechanical engineers who investigate forklift and industrial truck incidents: whether an earlier malfunction was "
        "properly diagnosed, whether repairs followed the applicable standards, and whether the truck should have been "
        "returned to service, using onboard diagnostic codes and service records.",
    ),
    (
        "nFo057",
        "vi",
        "fl_vi_interlift",
        "Tư vấn chọn xe nâng điện hay xe nâng đốt trong",
        "Nhà cung cấp xe nâng phân tích so sánh xe nâng điện và xe nâng động cơ đốt trong (IC): công nghệ, hiệu suất, chi "
        "phí vận hành và bảo trì, tác động môi trường, an toàn; giúp doanh nghiệp chọn loại hợp với kho bãi và chiến lược "
        "giảm phát thải.",
    ),
    (
        "nFo058",
        "vi",
        "fl_vi_ep",
        "Xe nâng điện pin lithium tiết kiệm năng lượng",
        "Xe nâng điện dùng pin lithium tiêu thụ khoảng 4–9 kWh mỗi giờ, hiệu suất 85–95%, trong khi xe nâng dầu 1,5–3,5 "
        "tấn tốn 2,5–4,5 lít dầu mỗi giờ với hiệu suất chỉ 25–35%; xe điện không hao năng lượng khi chờ, không khói thải.",
    ),
    (
        "nFo059",
        "en",
        "fl_vi_baoli",
        "Fuel-efficient forklift selection advice",
        "Forklift brand advising on fuel-efficient and zero-emission trucks: fuel can make up 30 to 40 percent of the total "
        "cost of owning a forklift, and low-emission trucks help meet ISO 14001 and customers' CO2 demands, especially in "
        "plants running two or three shifts a day.",
    ),
    (
        "nFo060",
        "vi",
        "fl_vi_phuy",
        "Xe nâng điện đứng lái và ngồi lái 1,5–3 tấn",
        "Cung cấp xe nâng điện dùng ắc quy, loại đứng lái và ngồi lái, tải trọng 1,5 tấn, 2,5 tấn, 3 tấn; vận hành êm, "
        "nâng hạ nhanh, hợp kho xưởng trong nhà; tư vấn cấu tạo, động cơ, hệ thống điều khiển và lưu ý trước khi mua.",
    ),
    (
        "nFo061",
        "vi",
        "fl_vi_ban",
        "Xe nâng mặt bàn, bàn nâng thủy lực cắt kéo",
        "Xe nâng mặt bàn (bàn nâng thủy lực) với khung cắt kéo chữ X, bơm và xy lanh thủy lực: nâng hàng không cần pallet "
        "hoặc làm mặt bàn thao tác chỉnh được chiều cao trong nhà xưởng, kho, khu sản xuất.",
    ),
    (
        "nFo062",
        "vi",
        "fl_vi_taythap",
        "Xe nâng tay thấp (pallet jack) các cỡ càng",
        "Xe nâng tay thấp thủy lực để di chuyển pallet quãng ngắn trên sàn phẳng ở kho, xưởng, siêu thị: giá rẻ, dễ dùng, "
        "nâng hạ bằng lực nhỏ; phân loại theo kích thước càng để khớp với pallet đang dùng.",
    ),
    (
        "nFo063",
        "vi",
        "fl_vi_minhanh",
        "Bảo trì, bảo dưỡng xe nâng theo giờ vận hành",
        "Dịch vụ bảo dưỡng định kỳ xe nâng dầu, xăng, gas và xe nâng điện theo mốc giờ (300, 600, 900 giờ… đến 2.400 giờ) "
        "hoặc theo tháng: vệ sinh lọc gió sau 70 giờ, thay nhớt sau 250–300 giờ (8 lít nhớt 40), thay lọc dầu sau 1.000 giờ.",
    ),
    (
        "nFo064",
        "en",
        "fl_vi_noblelift",
        "Forklift oil change done to specification",
        "Forklift dealer performing oil changes to the technical procedure, telling apart the four lubricants a forklift "
        "uses (engine oil, hydraulic oil, transmission oil and differential oil), since mixing them up can destroy the "
        "hydraulic pump, control valve or engine.",
    ),
    (
        "nFo065",
        "vi",
        "fl_vi_interlift_bt",
        "Bảo trì và chăm sóc xe nâng điện",
        "Hướng dẫn và dịch vụ bảo trì xe nâng điện: danh mục kiểm tra trước ca (rò rỉ, lốp, phanh, còi, đèn), kiểm tra định "
        "kỳ theo lịch để phát hiện sớm hư hỏng, kéo dài tuổi thọ và giữ an toàn vận hành.",
    ),
    (
        "nFo066",
        "en",
        "fl_en_pal",
        "Pedestrian awareness lighting and red zone lights for forklifts",
        "Pedestrian Awareness Lighting projects a bright coloured spot on the floor ahead of a moving forklift, and red "
        "danger-zone lighting draws a red or blue line around the truck at an adjustable distance; aimed at blind aisle "
        "ends in noisy areas with heavy foot traffic.",
    ),
    (
        "nFo067",
        "en",
        "fl_en_pozyx",
        "UWB proximity warning and real-time location for forklift safety",
        "Proximity warning system using ultra-wideband tags that alerts both forklift drivers and pedestrians in real time, "
        "with a real-time location layer for zone rules and safety analytics; OSHA counted 24 forklift-related deaths in "
        "2024, many from blind spots and missing warnings.",
    ),
    (
        "nFo068",
        "vi",
        "fl_en_bulwark",
        "Cảnh báo người đi bộ bằng thẻ RFID và đèn xanh cho xe nâng",
        "Giải pháp giảm va chạm giữa xe nâng và công nhân: hệ thống cảnh báo dùng thẻ RFID đeo trên người, báo cho tài xế khi "
        "có người trong phạm vi khoảng 1–6 m (3–20 feet), và phương án rẻ hơn là đèn an toàn màu xanh chiếu trước và sau "
        "xe; có thêm rào chắn phân làn.",
    ),
    (
        "nFo069",
        "vi",
        "fl_en_bestauto",
        "Lắp đèn xanh cảnh báo xe nâng theo quy trình chuẩn",
        "Tư vấn vị trí gắn, kiểu chùm sáng và quy trình triển khai đèn xanh chiếu sàn cho xe nâng; người đi bộ chiếm 36% số "
        "ca tử vong liên quan xe nâng, còn khu bến xếp dỡ chiếm 25% sự cố trong kho, nơi còi báo dễ bị tiếng ồn át đi.",
    ),
    (
        "nFo070",
        "vi",
        "sign_vi_hangcha",
        "Biển cảnh báo xe nâng cho kho xưởng",
        "Cung cấp và tư vấn các loại biển cảnh báo, biển chú ý xe nâng đặt tại khu vực xe hoạt động, giúp người vận hành và "
        "người làm việc xung quanh nhận biết nguy cơ, phòng ngừa va chạm và sự cố.",
    ),
    # --- passenger and goods lifts ---
    (
        "nFo071",
        "vi",
        "lift_vi_tainhaxuong",
        "Khảo sát, tư vấn và lắp thang máy tải hàng cho nhà xưởng, kho",
        "Đơn vị thang máy khảo sát và lắp thang tải hàng cho xưởng sản xuất, kho có từ 2 tầng trở lên: chọn đúng loại, tải "
        "trọng và tính trước điều kiện thi công để khỏi phát sinh chi phí; thay bốc vác thủ công, giảm hư hỏng hàng.",
    ),
    (
        "nFo072",
        "vi",
        "lift_vi_family",
        "Thang máy tải hàng nhập khẩu nguyên chiếc hoặc liên doanh",
        "Cung cấp thang máy chở hàng cho tòa nhà, nhà máy, khu công nghiệp, kho bãi với nhiều mức tải và kích thước; tư vấn "
        "chọn thiết bị nhập khẩu nguyên chiếc hay liên doanh; máy kéo có hoặc không hộp số, hệ thống phanh và cân bằng an toàn.",
    ),
    (
        "nFo073",
        "en",
        "lift_en_sugam",
        "Freight elevators, 2,300–4,500 kg",
        "Goods lifts built for cargo, usually larger and stronger than passenger lifts, rated from about 2,300 to 4,500 kg, "
        "with rugged car interiors, optional manual doors and a notice prohibiting passengers.",
    ),
    (
        "nFo074",
        "en",
        "lift_en_rc",
        "Goods and industrial lifts",
        "Goods and industrial lifts for heavy loads between floors: heavy-duty floors and thicker steel walls, wide cars "
        "and doors for pallets and equipment, vertical, bi-parting or roll-up doors, slower and steadier travel than "
        "passenger lifts.",
    ),
    (
        "nFo075",
        "en",
        "lift_en_penny",
        "Pit-free mezzanine goods lift up to 500 kg",
        "Simple goods lift for industrial use that needs no floor pit: thin platform, side-mounted hydraulic controls, "
        "up to 500 kg working load, can be installed outside the building, extended to several floors or relocated when "
        "you move out of leased premises.",
    ),
    (
        "nFo076",
        "vi",
        "lift_vi_tlmaint",
        "Hợp đồng bảo trì, sửa chữa thang máy trọn gói hoặc thông thường",
        "Ký hợp đồng bảo trì sau hết bảo hành, cho cả thang hãng khác: gói toàn diện thay linh kiện miễn phí, trực theo "
        "khung 7h30–17h, 7h30–22h hoặc 24/24; gói thông thường thay miễn phí vật tư dưới 100.000 đồng, vật tư đến 300.000 "
        "đồng thanh toán theo lệnh công tác, trên mức đó có báo giá.",
    ),
    (
        "nFo077",
        "vi",
        "lift_vi_thanhdat",
        "Bảo trì thang máy định kỳ theo TCVN 6395",
        "Bảo trì thang máy định kỳ không quá 2 tháng một lần sau thời gian bảo hành, theo TCVN 6395, 6396, 6397: vệ sinh "
        "buồng máy, kiểm tra giếng thang, hố thang, nóc và đáy cabin, cửa tầng, chạy thử lần cuối; nhân viên có lệnh công tác.",
    ),
    (
        "nFo078",
        "vi",
        "lift_vi_mitsu",
        "Gói bảo trì thang máy theo tần suất sử dụng",
        "Bảo trì thang máy mới lắp một tháng một lần; sau năm đầu, thang gia đình 2–4 lần mỗi năm, thang ngoài trời 3–5 lần; "
        "chọn gói tiêu chuẩn (không gồm thay thiết bị) hoặc gói trọn gói, chi phí theo tần suất và tải sử dụng.",
    ),
    (
        "nFo079",
        "vi",
        "lift_vi_ard",
        "Lắp thiết bị cứu hộ tự động ARD cho thang máy",
        "Lắp bộ cứu hộ tự động ARD dùng UPS hoặc ắc quy: khi mất điện lưới, đưa cabin về tầng gần nhất và mở cửa trong "
        "khoảng một phút; nguồn dự phòng đủ cho 4–5 lần cứu hộ, không thay thế điện lưới để chạy thang.",
    ),
    (
        "nFo080",
        "vi",
        "lift_vi_vietyard",
        "Phương án cứu hộ người kẹt trong thang máy",
        "Xây dựng và huấn luyện ba phương án cứu hộ: tự động bằng ARD (chỉ tác dụng khi mất điện), bán tự động dùng nguồn "
        "lưới hoặc ắc quy mở thắng từ và lợi dụng chênh lệch tải cabin với đối trọng, và cứu hộ bằng tay; áp dụng cho cả thang "
        "có ARD tích hợp hoặc lắp rời.",
    ),
    (
        "nFo081",
        "en",
        "lift_en_ard",
        "Automatic rescue devices for lifts",
        "Automatic rescue device with its own rechargeable battery: it detects a power failure, takes over the car, makes a "
        "controlled trip to the nearest floor and opens the doors so passengers can leave; a manual reset or service visit "
        "then restores normal operation.",
    ),
    (
        "nFo082",
        "en",
        "lift_en_fujitec",
        "Elevator modernisation for lifts past 15–20 years",
        "Modernisation replaces obsolete parts of an existing elevator with current technology while keeping sound "
        "components; recommended after 15 to 20 years in service, as the average replacement cycle is 20 to 25 years, "
        "with breakdown rates dropping markedly after the upgrade.",
    ),
    (
        "nFo083",
        "vi",
        "lift_en_tr",
        "Hiện đại hóa thang máy cũ: tủ điều khiển, biến tần VVVF, cáp và thiết bị an toàn",
        "Gói cải tạo thang máy: thay tủ điều khiển rơ le hoặc vi xử lý lỗi thời bằng biến tần VVVF và PLC an toàn (giảm "
        "30–50% điện năng), thay cáp thép hoặc đai dẹt, nâng cấp bộ hãm bảo hiểm và bộ khống chế vượt tốc theo EN 81-20, "
        "làm mới cabin, cửa, ray dẫn hướng; đánh giá rủi ro theo EN 81-80.",
    ),
    (
        "nFo084",
        "en",
        "lift_en_beliftsg",
        "Retrofitting passenger lifts in existing buildings",
        "Lift upgrade contractor: minor upgrades replace car operating panels, landing buttons and indicators (with audible "
        "signals and accessible designs); major upgrades replace controllers, motors and door operators to improve "
        "safety, reliability and compliance.",
    ),
    # --- inspection and load testing ---
    (
        "nFo085",
        "vi",
        "insp_vi_125",
        "Thử tải tĩnh thiết bị nâng kiểu cầu với tải 125%",
        "Tổ chức kiểm định thực hiện thử tải tĩnh cầu trục, cổng trục và thiết bị nâng kiểu cầu với tải thử bằng 125% tải "
        "trọng thiết kế, hoặc 125% tải trọng do đơn vị sử dụng yêu cầu khi tải này nhỏ hơn tải thiết kế.",
    ),
    (
        "nFo086",
        "vi",
        "insp_vi_baothuonggia",
        "Kiểm định cầu trục lần đầu, định kỳ và bất thường",
        "Kiểm định cầu trục tải 1–500 tấn theo ba chế độ: lần đầu để được phép đưa vào sử dụng, theo chu kỳ để đánh giá hao "
        "mòn và lên kế hoạch bảo dưỡng, bất thường khi có yêu cầu của cơ quan nhà nước, sau sự cố hoặc khi cầu trục ngừng "
        "dùng trên một năm; kết quả ghi trong biên bản.",
    ),
    (
        "nFo087",
        "en",
        "insp_vi_cscgantry",
        "Gantry crane statutory inspection in Vietnam",
        "Crane builder arranging the mandatory safety inspection of gantry cranes, which fall under Circular 36/2019 like "
        "overhead cranes, to QCVN 07:2012 on lifting equipment and TCVN 4244:2005 on design, manufacture and inspection; "
        "step-by-step procedure and indicative inspection fees.",
    ),
    (
        "nFo088",
        "vi",
        "lift_vi_kalea",
        "Kiểm định thang máy 5 bước theo Thông tư 12/2021",
        "Chuẩn bị và thực hiện kiểm định thang máy theo Thông tư 12/2021/TT-BLĐTBXH: kiểm tra hồ sơ, điều kiện thang, "
        "dụng cụ đo tốc độ, khoảng cách, nhiệt độ, ánh sáng, điện trở cách điện và tiếp địa, ampe kìm, máy thủy bình.",
    ),
    (
        "nFo089",
        "vi",
        "lift_vi_luat",
        "Kiểm định kỹ thuật an toàn thang máy lần đầu, định kỳ, bất thường",
        "Tư vấn pháp lý và thực hiện kiểm định thang máy theo Luật An toàn, vệ sinh lao động 2015, Nghị định 44/2016 và "
        "Thông tư 12/2021: lần đầu sau lắp đặt, định kỳ khi hết hạn, bất thường sau sửa chữa, nâng cấp, cải tạo; mẫu biên bản "
        "kiểm định.",
    ),
    (
        "nFo090",
        "en",
        "lift_vi_vnplus",
        "Lift and escalator safety inspection with inspection stamp",
        "Designated inspection body checking lifts and escalators to the procedures of Circular 07/2014 (27 procedures for "
        "strictly regulated equipment): records review, external check, no-load and load tests, then a certificate and an "
        "inspection stamp placed where users can see it, to TCVN 6395:2008 and related standards.",
    ),
    (
        "nFo091",
        "vi",
        "insp_vi_xenang_heli",
        "Kiểm định kỹ thuật an toàn xe nâng hàng lần đầu",
        "Kiểm định xe nâng hàng trước khi đưa vào sử dụng theo QCVN 25:2015/BLĐTBXH (xe nâng động cơ tải từ 1.000 kg), "
        "Thông tư 36/2019 và 54/2016, TCVN 4244:2005 và các tiêu chuẩn thủy lực liên quan.",
    ),
    (
        "nFo092",
        "vi",
        "insp_vi_xenang_ttat",
        "Kiểm định xe nâng theo QTKĐ 17-2016/BLĐTBXH",
        "Trung tâm an toàn kiểm định lần đầu, định kỳ và bất thường xe nâng hàng bánh lốp tải từ 1.000 kg theo quy trình "
        "17-2016 ban hành kèm Thông tư 54/2016; thống nhất kế hoạch, đơn vị sử dụng cung cấp lý lịch, biên bản lần trước và "
        "hồ sơ bảo dưỡng.",
    ),
    (
        "nFo093",
        "en",
        "insp_vi_xenang_jkv",
        "Forklift inspection: which trucks, when, cost and penalties",
        "Forklift dealer arranging statutory forklift inspection through licensed bodies: which trucks need it, the "
        "deadlines to watch, step-by-step procedure, realistic costs, and the consequences of running a truck whose "
        "inspection has expired, from accidents to administrative fines.",
    ),
    (
        "nFo094",
        "en",
        "insp_en_hseblog",
        "Crane load testing after installation, repair or re-rating",
        "Controlled load tests at 100 to 125 percent of rated capacity: mandatory under OSHA 1910.179(k)(2) before first "
        "use of new or altered overhead and gantry cranes, and periodic 100 percent tests every four years per CMAA 78; "
        "deflection baseline before loading, and a tester independent of the repairer.",
    ),
    (
        "nFo095",
        "en",
        "insp_en_ccs_tower",
        "Load testing of tower, derrick, portal and deck cranes",
        "Proof load tests and thorough examination for tower cranes, derricks, floating, deck and portal cranes: before "
        "service, every four years, after substantial repair, with a partial load test annually in between; checks that "
        "the design allows the proof load and where it may be applied.",
    ),
    (
        "nFo096",
        "en",
        "insp_en_yg",
        "Seven-step crane load testing: static 125%, dynamic 100%",
        "Written test plan and qualified team for overhead cranes, gantry cranes and electric hoists: visual inspection "
        "before and after, static test at up to 125 percent of rated capacity, dynamic test at 100 percent for brakes and "
        "controls, proof tests after modifications, then certificate and records.",
    ),
    (
        "nFo097",
        "en",
        "loler_en_bmm",
        "LOLER thorough examination by an independent competent person",
        "Thorough examinations of lifting equipment and safety-critical parts at set intervals by a competent person who "
        "is not the one maintaining it; written report with examination date, next due date and defects, and immediate "
        "notice of serious defects to the duty holder and the enforcing authority.",
    ),
    (
        "nFo098",
        "en",
        "loler_en_scotia",
        "Examination and record keeping for lifting gear",
        "Periodic thorough examination of lifting equipment and accessories with traceable records: at most every 6 months "
        "for equipment lifting people and for lifting accessories, every 12 months for other lifting equipment; re-test "
        "after repairs to load-bearing parts and a 'birth certificate' for each item.",
    ),
    (
        "nFo099",
        "en",
        "loler_en_kentra",
        "Lifting equipment inspector training course",
        "Course for those who inspect lifting equipment under PUWER and LOLER: what counts as lifting equipment and "
        "accessories, conditions that cause deterioration (wet, abrasive, corrosive), thorough examination reports and "
        "supplementary tests recommended by the competent person.",
    ),
    (
        "nFo100",
        "en",
        "hook_en_hb",
        "Crane hooks and hook scrapping criteria",
        "Manufacturer of crane hooks that also advises on retirement: scrap the hook if it is cracked, the critical section "
        "is worn 10 percent, the opening has grown 15 percent, it is twisted more than 10 degrees or deformed; replace "
        "bushings worn 50 percent and pins worn 5 percent.",
    ),
    (
        "nFo101",
        "en",
        "hook_en_scribd",
        "Hoist hook and load chain gauging",
        "Inspection of hooks and chains on cranes and hoists: replace a hook worn 10 percent at the bearing point or twisted "
        "10 degrees; replace load chain when a gauge length of links is 2.5 percent longer than unworn chain on manual "
        "hoists or 1.5 percent on powered hoists; check brakes, limit switches, reeving.",
    ),
    (
        "nFo102",
        "vi",
        "hook_en_oz",
        "Kiểm tra móc cẩu và chốt an toàn móc",
        "Kiểm tra móc palăng hằng ngày và đo độ mở họng móc ít nhất mỗi tháng; loại bỏ móc xoắn quá 10° so với mặt phẳng, "
        "biến dạng, nứt, mòn, thay chốt an toàn hỏng; tuyệt đối không hàn hay nắn móc vì nhiệt làm mất nhiệt luyện; móc biến "
        "dạng là dấu hiệu quá tải, phải kiểm tra các bộ phận chịu tải khác.",
    ),
    (
        "nFo103",
        "vi",
        "deck_vi_123",
        "Phương pháp kiểm tra, thử nghiệm cẩu hàng và tời trên boong tàu",
        "Công ty cơ khí - điện tàu thủy chuyển giao kết quả chuyên đề thuộc đề tài cấp nhà nước: yêu cầu kỹ thuật và phương "
        "pháp kiểm tra, thử không tải và thử tải cho máy lái, thiết bị neo, tời, cẩu xuồng cứu sinh và cẩu hàng trên tàu.",
    ),
    # --- slings, chains, wire rope ---
    (
        "nFo104",
        "vi",
        "sling_vi_jp",
        "Cáp vải cẩu hàng hệ số an toàn 6:1 và 7:1",
        "Cung cấp dây cáp vải bản dẹt và cáp vải tròn theo EN 1492-1: hệ số an toàn bằng tải phá hủy chia tải làm việc, ví "
        "dụ dây 5 tấn loại 6:1 có tải phá hủy 30 tấn, loại 7:1 là 35 tấn; tư vấn chọn loại và cách nhận biết nhanh.",
    ),
    (
        "nFo105",
        "vi",
        "sling_vi_xaphia",
        "Cáp vải cẩu hàng polyester và hướng dẫn móc cáp",
        "Bán cáp vải cẩu hàng sợi polyester mềm, không làm trầy hàng, kèm hướng dẫn móc cáp: lót đệm ở cạnh sắc, không xoắn "
        "cáp, tháo cáp bằng tay chứ không giật bằng cẩu khi cáp bị đè, lót cáp khi nhiệt độ trên 90 °C.",
    ),
    (
        "nFo106",
        "en",
        "sling_vi_baohotot",
        "Lifting slings: webbing, wire rope and alloy chain",
        "Supplier of lifting slings for construction, engineering and warehousing: synthetic polyester webbing slings, "
        "wire rope slings and alloy chain slings, light and easy to handle, chosen to the load and the site so lifts are "
        "faster and safer.",
    ),
    (
        "nFo107",
        "vi",
        "rope_vi_capct",
        "Tư vấn chọn cáp thép công trình: lõi bố, lõi thép, chống xoắn",
        "Giải đáp cho người mua cáp lần đầu: cáp lõi bố FC mềm cho tời tải nhẹ, cáp lõi thép IWRC chịu lực cao cho thang tời, "
        "cần cẩu, máy khoan, cáp chống xoắn 19×7 hoặc 35×7 khi cuốn nhiều lớp; chọn đường kính theo tải và tang tời.",
    ),
    (
        "nFo108",
        "en",
        "rope_vi_capdd",
        "Engineering-grade wire rope versus general-purpose rope",
        "Wire rope supplier explaining why construction and lifting duty needs engineering rope, not household-grade "
        "cable: safety factor of at least 5, non-rotating 19x7 and 35x7, IWRC cores, made to ISO 2408, EN 12385 and "
        "TCVN 7411 for winches, cranes, piling rigs and builders' hoists.",
    ),
    (
        "nFo109",
        "vi",
        "palang_vi_buoctai",
        "Nguyên tắc buộc tải khi nâng hạ hàng bằng cầu trục",
        "Hướng dẫn buộc tải an toàn: cáp buộc phải có hệ số an toàn ít nhất 6 lần, xích buộc ít nhất 5 lần tải định mức; "
        "dây buộc nằm giữa móc, không dùng cầu trục khi móc hỏng, tránh dây chạm cạnh sắt nhọn, không nâng vượt tải.",
    ),
    (
        "nFo110",
        "en",
        "sling_en_uwaterloo",
        "Web sling inspection training and removal criteria",
        "Safety office training on synthetic web sling inspection: missing tags mean destroy; remove from service when an "
        "edge cut exceeds the web thickness, abrasion exceeds 15 percent of thickness, warp damage passes set fractions of "
        "width, stitches are broken, or the sling is melted, charred or chemically damaged.",
    ),
    (
        "nFo111",
        "vi",
        "sling_en_monis",
        "Dịch vụ kiểm tra dây cáp vải, cáp cẩu ba cấp",
        "Kỹ thuật viên được đào tạo kiểm tra dây cẩu theo ba cấp tần suất, nhìn và sờ dọc toàn bộ chiều dài để phát hiện hư "
        "hỏng; dây hỏng phải loại khỏi sử dụng và hủy, trừ khi được nhà sản xuất sửa và thử tải lại; không sửa tạm tại chỗ.",
    ),
    (
        "nFo112",
        "en",
        "sling_en_enr",
        "Rigging gear inspection training",
        "Training organisation teaching crews to inspect shackles, slings, hooks and wire rope before every lift: edge "
        "protectors for synthetic slings, checking knots, burns, cuts, broken stitching, UV fading, discarding roundslings "
        "with exposed core yarn by cutting out the eyes, and wire rope kinks and broken strands.",
    ),
    (
        "nFo113",
        "en",
        "sling_en_naylor",
        "Wire rope and synthetic sling inspection to ANSI B30.9",
        "Qualified inspector service for wire rope and nylon or polyester slings: daily visual checks by the user plus "
        "periodic inspections, judged on the 'ABC' of wire rope abuse (abrasion, bending, crushing) and webbing damage "
        "from UV, heat, chemicals, sharp corners and overloading.",
    ),
    (
        "nFo114",
        "vi",
        "chain_en_phak",
        "Dây xích cẩu hợp kim cấp 80 và 100",
        "Cung cấp dây xích cẩu thép hợp kim cấp 80 và 100 sản xuất, thử nghiệm theo hướng dẫn ASTM: bền, chịu mài mòn, ôm "
        "theo hình dạng tải và nâng được vật nóng; bảng tải cho dây 1–4 nhánh, không dùng góc ngang dưới 30°.",
    ),
    (
        "nFo115",
        "en",
        "chain_en_liftall",
        "Alloy chain slings with heat derating and annual inspection",
        "Grade 80 and grade 100 alloy chain slings meeting OSHA, ASME B30.9 and NACM, with serialised steel tags and annual "
        "inspections by trained staff; working load is reduced at temperature, for example 10 percent at 400 °F for grade "
        "80, and slings above 1,000 °F are removed from service.",
    ),
    (
        "nFo116",
        "en",
        "chain_en_topone",
        "Lifting chains and fittings for coastal and washdown sites",
        "Grade 80 and 100 lifting chains and accessories chosen by environment: zinc-nickel coated alloy for coastal yards "
        "and splash zones, stainless 304/316 with matching hooks for washdown, self-locking hooks for vibration; reading "
        "grade stamps and tags to ASME B30.9, EN 818-4 and EN 13889.",
    ),
    # --- operator training and licensing ---
    (
        "nFo117",
        "en",
        "train_vi_tsgx",
        "Crane operator certificate courses in Vietnam",
        "Vocational centre guiding workers from A to Z to a valid crane operator certificate: entry conditions (18 years or "
        "older under Circular 02/2012), registration, training and examination by licensed units, for factories, "
        "construction sites and ports.",
    ),
    (
        "nFo118",
        "vi",
        "train_vi_cdcn",
        "Chương trình chứng chỉ vận hành cầu trục: lý thuyết và thực hành",
        "Trường cao đẳng đào tạo chứng chỉ vận hành cầu trục gồm phần lý thuyết (cấu tạo, nguyên lý, hệ thống an toàn, luật "
        "an toàn lao động) và phần thực hành (kỹ thuật buộc tải, tín hiệu cẩu, thao tác nâng hạ, xử lý sự cố).",
    ),
    (
        "nFo119",
        "vi",
        "train_vi_xncuongthinh",
        "Học và thi chứng chỉ sơ cấp nghề vận hành xe nâng",
        "Tư vấn học chứng chỉ xe nâng (chứng chỉ sơ cấp nghề do đơn vị được Bộ Lao động cấp phép): điều kiện học, chi phí, "
        "quy trình đăng ký, học và thi, nơi học uy tín.",
    ),
    (
        "nFo120",
        "vi",
        "train_vi_vinacontrol",
        "Huấn luyện an toàn lao động nhóm 3 và cấp thẻ an toàn",
        "Tổ chức huấn luyện an toàn, vệ sinh lao động nhóm 3 theo Nghị định 44/2016 và Luật An toàn, vệ sinh lao động 2015 "
        "cho người làm công việc có yêu cầu nghiêm ngặt, như vận hành thiết bị nâng: quy trình an toàn, yếu tố nguy hiểm, "
        "cấp thẻ an toàn trên toàn quốc.",
    ),
    (
        "nFo121",
        "vi",
        "train_vi_atld",
        "Tư vấn yêu cầu năng lực người vận hành xe nâng và thiết bị nâng",
        "Tổng hợp và tư vấn yêu cầu năng lực theo QCVN 25:2015: người vận hành xe nâng cần chứng chỉ giáo dục nghề nghiệp "
        "và huấn luyện an toàn nhóm 3; người quản lý kỹ thuật, vận hành cần đào tạo nghiệp vụ; đơn vị bảo trì cần đội thợ có "
        "chứng chỉ.",
    ),
    (
        "nFo122",
        "vi",
        "tower_vi_hocvalam",
        "Đào tạo vận hành cẩu tháp cho người mới",
        "Trung tâm đào tạo vận hành cẩu tháp an toàn: kiểm tra thiết bị trước ca, tín hiệu tay, kỹ thuật nâng hạ, quy tắc an "
        "toàn cho công trình cao tầng, cầu đường và dự án lớn, với cẩm nang chi tiết cho người mới bắt đầu.",
    ),
    (
        "nFo123",
        "vi",
        "ptsc_vi",
        "Khóa huấn luyện an toàn cẩu và móc cáp",
        "Đơn vị dịch vụ kỹ thuật dầu khí huấn luyện an toàn cẩu và móc cáp treo hàng: nhận diện nguyên nhân sự cố (quá tải, "
        "thao tác sai, không đánh giá rủi ro, bỏ kiểm tra bảo dưỡng), bài học từ vụ đổ cẩu 1.250 tấn và 150 tấn, yêu cầu an "
        "toàn khi cẩu và móc cáp.",
    ),
    (
        "nFo124",
        "en",
        "train_en_ace",
        "On-site overhead crane and forklift operator training",
        "Family-run training company teaching overhead crane, telehandler and forklift operation with five or six students "
        "per instructor, 90 percent on the employer's premises: one-day refresher for experienced operators, two-day "
        "course for novices with a classroom day on PUWER and LOLER duties.",
    ),
    (
        "nFo125",
        "en",
        "train_en_hoist_skill",
        "Overhead crane and hoist operator training",
        "Training providers in the US and UK running courses for operators of hoists, overhead and gantry cranes, from "
        "hand chain hoists to cab-operated container gantries 85 ft up; beyond up, down, sideways and stop, trainees learn "
        "how loads behave.",
    ),
    (
        "nFo126",
        "en",
        "train_en_signal",
        "Signalperson training and qualification for overhead cranes",
        "Classroom and hands-on training for crane signallers, then assessment by a competent assessor with oral and "
        "written questions and a demonstration of standard hand signals; records kept as OSHA requires, and rules for "
        "special signals and directions given from the operator's perspective.",
    ),
    (
        "nFo127",
        "en",
        "train_en_able",
        "Forklift certification with hands-on evaluation",
        "Forklift certification programme matched to the seven classes of trucks, with formal instruction and a hands-on "
        "evaluation at the worksite as OSHA requires (online-only training is not compliant), and re-evaluation every "
        "three years.",
    ),
    (
        "nFo128",
        "en",
        "train_en_fla2",
        "Forklift operator training with practice zones",
        "Forklift training run since 1988 for classes of about 30 with four or five instructors: five videos and a written "
        "test, four to seven trucks in separate practice zones with cones, pallets and crates, extra practice time for "
        "beginners, then individual evaluations.",
    ),
    (
        "nFo129",
        "en",
        "train_en_nccco",
        "Third-party crane operator certification",
        "Accredited certification of mobile crane operators through written tests in four domains (site, operations, "
        "technical knowledge and load charts) and practical exams, in line with the C-DAC proposal that operators and "
        "signal persons be certified or qualified.",
    ),
    (
        "nFo130",
        "en",
        "train_en_iti",
        "Crane and rigging training including simulators",
        "Large North American training organisation for crane and rigging competence, combining classroom, hands-on "
        "workshop and virtual-reality simulator training, with instructors coached to keep adult learners engaged.",
    ),
    # --- accidents and their prevention ---
    (
        "nFo131",
        "vi",
        "acc_vi_hyundai",
        "Phòng tránh lật xe nâng và quy trình xử lý",
        "Hãng xe nâng tư vấn phòng tránh lật xe: lật chiếm khoảng 42% tai nạn xe nâng, hơn 25% ca tử vong do người bị kẹt "
        "giữa xe và bề mặt khác; phân tích 9 nguyên nhân, nguyên lý cân bằng tải và đối trọng, cách xử lý khi xe lật.",
    ),
    (
        "nFo132",
        "vi",
        "acc_vi_cuongthinh",
        "Nhận diện 10 loại tai nạn xe nâng và giải pháp phòng ngừa",
        "Phân tích 10 tai nạn xe nâng thường gặp (lật xe, va chạm người đi bộ, rơi tải, mất lái, cán người, nổ lốp, cháy nổ, "
        "kẹt người, điện giật, ngã cao) và giải pháp phòng ngừa cho doanh nghiệp kho bãi, sản xuất.",
    ),
    (
        "nFo133",
        "vi",
        "acc_vi_lapduc",
        "Huấn luyện xử lý tình huống khẩn cấp khi xe nâng gặp sự cố",
        "Hướng dẫn người lái và quản lý kho xử lý 5 tình huống khẩn cấp (xe lật, hỏng phanh, va chạm…) với xe nâng dầu và "
        "xe nâng điện đứng lái; xử lý đúng giúp giảm khoảng 70% tai nạn, chi phí sửa chữa giảm 50%.",
    ),
    (
        "nFo134",
        "vi",
        "acc_vi_niosh146",
        "Bài học tình huống: xe nâng lật khi cán qua đống dây",
        "Tài liệu tình huống an toàn: xe nâng cán qua đống dây điện trên sàn, mất cân bằng và lật, người lái không thắt dây "
        "an toàn bị đè; biện pháp: giữ lối đi thông thoáng, làm việc với người tín hiệu, luôn thắt dây an toàn.",
    ),
    (
        "nFo135",
        "vi",
        "acc_vi_lapduc12",
        "Quy trình xếp dỡ hàng lên xe tải bằng xe nâng an toàn",
        "Tình huống do JICOSH giới thiệu: xe tải chạy đi khi càng xe nâng chưa rút khỏi pallet, xe nâng lật đè người lái. "
        "Khuyến nghị: tắt máy xe tải khi xếp dỡ, thống nhất tín hiệu, tài xế xe tải kiểm tra an toàn trước khi rời bến.",
    ),
    (
        "nFo136",
        "vi",
        "op_vi_vietmani",
        "Xây dựng quy trình vận hành thiết bị nâng hạ an toàn",
        "Chuẩn hóa quy trình vận hành cầu trục, xe nâng, palăng và thiết bị nâng trợ lực: cơ sở pháp lý, nguyên tắc an toàn "
        "cốt lõi, kiểm tra trước ca, không nâng lệch tải hay vượt tải, các bước vận hành rõ ràng và đào tạo thực hành.",
    ),
    (
        "nFo137",
        "vi",
        "tower_vi_luanvan",
        "Nghiên cứu đánh giá rủi ro an toàn cần trục tháp trên công trường",
        "Luận văn thạc sĩ ngành công nghệ và quản lý xây dựng (ĐH Bách khoa TP.HCM, 2011) xác định và đánh giá các yếu tố "
        "rủi ro ảnh hưởng đến an toàn cần trục tháp trên công trường; nhóm tác giả sẵn sàng tư vấn áp dụng.",
    ),
    # --- neighbouring fields: mostly distractors ---
    (
        "nFo138",
        "vi",
        "dis_vi_huongthuong",
        "Thử tải cầu đường bộ trước khi thông xe",
        "Đơn vị kiểm định công trình giao thông thử tải cầu gồm hai công đoạn: xếp tải tĩnh hơn 400 tấn trên mặt cầu và thử "
        "tải động bằng đoàn xe chạy ở tốc độ thiết kế; phân tích số liệu để đánh giá khả năng chịu lực trước khi khánh thành.",
    ),
    (
        "nFo139",
        "vi",
        "dis_vi_nhattan",
        "Kiểm định, thử tải cầu dây văng đang khai thác",
        "Kiểm định định kỳ cầu lớn sau thời gian sử dụng bằng đoàn xe tải thử tải, kiểm tra độ an toàn từng hạng mục để cơ "
        "quan quản lý kịp thời can thiệp những vấn đề thiếu an toàn.",
    ),
    (
        "nFo140",
        "en",
        "dis_en_thinking",
        "Hoists and slings for lifting people at home",
        "Information and assessment service on patient hoists and slings for people who need help moving: choosing suitable "
        "equipment after an occupational therapist's assessment, funding through medical card or long-term illness "
        "schemes, and training carers so that hoisting becomes quicker and safer.",
    ),
    (
        "nFo141",
        "en",
        "dis_en_hcs",
        "Mobile, ceiling and stand-aid hoists for care homes",
        "Care-home equipment supplier explaining mobile hoists on braked castors, tracking or ceiling hoists for "
        "single-handed care and stand aids, with advice to clear about 3.6 m of space beside the bed and to train carers "
        "in safe hoisting with the right sling.",
    ),
    (
        "nFo142",
        "vi",
        "dis_vi_recycle99",
        "Thu gom và tái chế ắc quy chì đã qua sử dụng",
        "Chương trình thu gom ắc quy chì thải theo trách nhiệm mở rộng của nhà sản xuất (EPR), áp dụng từ 2024 với tỷ lệ tái "
        "chế tối thiểu 12%; tham khảo mô hình Mỹ đạt 99% với khoảng 300.000 điểm thu gom.",
    ),
    (
        "nFo143",
        "vi",
        "dis_vi_recyclevf",
        "Công nghệ tái chế ắc quy chì - axit",
        "Giới thiệu hai phương pháp tái chế ắc quy chì: phân loại bình, phục hồi bình còn dùng được, tách dung dịch axit để "
        "làm sạch tái sử dụng, tách vỏ, nắp và bản cực chì để thu hồi kim loại.",
    ),
    (
        "nFo144",
        "en",
        "dis_en_solar_sales",
        "Choosing a lithium battery for a home solar system",
        "Battery seller explaining capacity in kWh, power in kW and depth of discharge for solar home storage (for example "
        "using 3.75 kWh of a 5 kWh battery is 75 percent DoD), and how battery life shortens with deep cycling.",
    ),
    (
        "nFo145",
        "en",
        "dis_en_solar_myuan",
        "Home solar energy storage systems",
        "Complete home solar storage kits: photovoltaic panels, string, micro or hybrid inverter, lithium-ion or lead-acid "
        "battery bank, PWM or MPPT charge controller and an energy management system with app monitoring.",
    ),
    (
        "nFo146",
        "vi",
        "dis_vi_stlift",
        "Cầu nâng ô tô 2 trụ cho gara sửa chữa",
        "Cung cấp cầu nâng ô tô 2 trụ giằng trên, giằng dưới và không giằng, hai trụ thép đặt cách nhau khoảng 2,8 m, thủy "
        "lực, khóa an toàn tự động, van chống tụt áp, cảm biến giới hạn chiều cao cho gara và trung tâm dịch vụ ô tô.",
    ),
    (
        "nFo147",
        "vi",
        "dis_vi_haanh",
        "Các loại cầu nâng ô tô: 1 trụ, 2 trụ, 4 trụ, cắt kéo",
        "Tư vấn chọn cầu nâng ô tô cho gara, tiệm rửa xe: cầu 1 trụ, 2 trụ, 4 trụ, cầu cắt kéo và cầu đỗ xe; thép chịu lực, ty "
        "nâng mạ crom, sơn tĩnh điện chống ăn mòn.",
    ),
    (
        "nFo148",
        "en",
        "dis_en_nbeasy",
        "Ratchet straps for securing truck cargo",
        "Maker of ratchet tie-downs in 1, 2 and 5 t working load limits, with instructions: strap WLL above cargo weight, "
        "hooks only on D-rings or track, edge guards on sharp corners, no twisting since a twisted strap loses about 30 "
        "percent of its strength.",
    ),
    (
        "nFo149",
        "en",
        "dis_en_engfix",
        "Cargo tie-down set-up guide",
        "Guide to tie-down equipment for transport: working load limit is usually one third of breaking strength, the "
        "combined WLL of all straps must reach at least half the cargo weight; cam buckles for fragile loads, ratchets for "
        "machinery, heaviest items to the front.",
    ),
    (
        "nFo150",
        "vi",
        "dis_vi_thepcuon",
        "Giải pháp kỹ thuật chằng buộc cuộn thép trên xe đầu kéo",
        "Chuyên gia an toàn giao thông đề xuất bổ sung quy định kỹ thuật và cách chằng buộc để phòng ngừa cuộn thép nặng "
        "hàng chục tấn đứt dây ràng, rơi khỏi xe đầu kéo khi đang lưu thông.",
    ),
    (
        "nFo151",
        "en",
        "dis_en_rack",
        "Pallet racking systems for warehouses",
        "Pallet rack supplier: selective racks for many product lines, drive-in and drive-through racks for dense storage "
        "(LIFO or FIFO), double deep racks and very narrow aisle racks that need special forklifts.",
    ),
    (
        "nFo152",
        "vi",
        "dis_vi_pallet",
        "Chọn pallet phù hợp với xe nâng đang dùng",
        "Tư vấn pallet gỗ, nhựa, kim loại, giấy: kích thước, tải trọng, khe càng, để pallet khớp với xe nâng tay, xe nâng "
        "điện, xe nâng máy hoặc băng tải, giữ hàng ổn định khi lưu kho và vận chuyển.",
    ),
    (
        "nFo153",
        "vi",
        "rope_vi_luoi",
        "Cáp thép cho lưới che nắng, neo giằng và cầu treo dân sinh",
        "Bán cáp thép các loại: cáp mạ kẽm neo giằng, cáp lụa căng lưới che nắng, lưới chắn côn trùng, cáp cho cầu treo dân "
        "sinh; phân loại theo số lần bện, chiều bện, loại lõi mềm hoặc lõi thép.",
    ),
    (
        "nFo154",
        "vi",
        "dis_vi_ev",
        "Pin ô tô điện: các loại phổ biến và cách dùng an toàn",
        "Đại lý ô tô giới thiệu công nghệ pin xe điện (tế bào, mô-đun, quãng đường mỗi lần sạc, thời gian sạc, tuổi thọ) và "
        "lưu ý bảo quản, sạc an toàn cho người dùng.",
    ),
    (
        "nFo155",
        "vi",
        "dis_vi_sany",
        "Bảo dưỡng định kỳ máy xây dựng, xe công trình",
        "Hãng máy xây dựng bảo dưỡng máy xúc, xe công trình: thay dầu động cơ sau 250–500 giờ, dầu thủy lực sau 1.000–2.000 "
        "giờ; thiết bị bảo dưỡng đúng quy trình có tuổi thọ cao hơn 30–40%.",
    ),
    (
        "nFo156",
        "vi",
        "dis_vi_thieny",
        "Loadcell cho cân xe tải, cân sàn, cân kho",
        "Cung cấp loadcell dạng nén (500 kg–500 tấn, OIML C3–C4, IP67–IP68) và loadcell dạng cầu (500 kg–100 tấn) cho cân xe "
        "tải, cân sàn công nghiệp; tư vấn lắp đặt trong hố cân và bộ hạn chế lực ngang.",
    ),
    (
        "nFo157",
        "vi",
        "loto_vi_prolockey",
        "Khóa và treo thẻ an toàn LOTO cho cảng biển và đóng tàu",
        "Cung cấp bộ khóa, thẻ treo an toàn (lockout-tagout) để cô lập nguồn năng lượng khi bảo trì, sửa chữa thiết bị công "
        "nghiệp ở cảng biển và nhà máy đóng tàu.",
    ),
    (
        "nFo158",
        "vi",
        "dis_vi_xenangnguoi",
        "Tài liệu huấn luyện an toàn vận hành xe nâng người",
        "Bộ tài liệu huấn luyện an toàn cho người vận hành xe nâng người làm việc trên cao: khái niệm, phân loại, thông số, "
        "cơ cấu an toàn, quy định quản lý, quy trình làm việc an toàn, biện pháp ứng cứu và sơ cấp cứu.",
    ),
    (
        "nFo159",
        "en",
        "lift_en_diy",
        "Small goods lifts and dumb waiters",
        "Low-cost goods lifts for small premises such as guest houses and shops: overhead rail lifts rated from about "
        "100 kg, stair platform lifts and dumb waiters with a cabinet in a shaft; prices from under 100 pounds to many "
        "thousands, with door interlocks needed on lifts serving three or more floors.",
    ),
    (
        "nFo160",
        "en",
        "dis_en_solar_build",
        "Residential solar-plus-battery systems",
        "Grid-tied residential solar-plus-battery installations: rooftop panels, inverter and a wall-mounted lithium-ion "
        "battery about the size of a small refrigerator, handling outages and peak-demand periods.",
    ),
    (
        "nFo161",
        "en",
        "dis_en_hse_mh",
        "Moving and handling equipment for health and social care",
        "Guidance and supply for care providers: hoists for raising fallen residents, standing and mobile hoists, bath "
        "hoists, slings of different sizes, slide sheets, transfer boards, turntables, profiling beds and bariatric "
        "equipment, provided after assessment.",
    ),
    (
        "nFo162",
        "en",
        "dis_en_tiewiki",
        "Tie-down straps for transport",
        "Webbing tie-down straps (ratchet straps, lashing straps) as loop straps or two-piece straps, in 1 to 4 inch widths "
        "and single or double ply, with J, D, E-track or S hooks for trucks, trailers and containers.",
    ),
    (
        "nFo163",
        "vi",
        "dis_vi_logisticstv",
        "Báo cáo khảo sát logistics tỉnh Trà Vinh",
        "Ban biên tập Báo cáo Logistics Việt Nam 2023 chia sẻ kết quả khảo sát thực địa tháng 6/2023 tại Trà Vinh: hiện trạng, "
        "tiềm năng logistics của tỉnh, liên kết vùng và giải pháp phát triển cùng cơ quan quản lý, doanh nghiệp, cơ sở đào tạo.",
    ),
    (
        "nFo164",
        "en",
        "dis_en_tsplegal",
        "Legal claims after hoisting errors in care homes",
        "Law firm handling claims when residents fall during hoisting: wrong sling size, wrong hoist for the task, wrong "
        "sling and hoist combination, poor maintenance, residents left unattended, hoist overturning or harness not used.",
    ),
    (
        "nFo165",
        "vi",
        "dis_vi_orderpick",
        "Tư vấn quy trình lấy hàng (order picking) trong kho",
        "Tư vấn xây dựng quy trình order picking: tìm, thu gom và lấy hàng theo đơn, chọn chiến lược lấy hàng để tăng tốc "
        "độ xử lý đơn và độ chính xác tồn kho.",
    ),
    (
        "nFo166",
        "en",
        "dis_en_scaffold",
        "Scaffold inspection and tagging",
        "Scaffold inspection by a competent person on completion, at least weekly, after bad weather and after any "
        "modification where a fall of 2 metres or more is possible, with a visible tag system; erection under NASC SG4 "
        "guidance.",
    ),
    (
        "nFo167",
        "vi",
        "dis_vi_saylua",
        "Mô hình hợp tác xã sấy lúa sau thu hoạch",
        "Đề án sau thu hoạch đề xuất hợp tác xã góp vốn mua máy gặt đập liên hợp và máy sấy lúa, giảm nứt hạt; số máy sấy ở "
        "đồng bằng sông Cửu Long từ 6.200 máy (2006) chỉ tăng lên 6.600 máy (2009).",
    ),
]
