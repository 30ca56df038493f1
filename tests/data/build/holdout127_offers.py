"""Offers for holdout127 (rural internet and telecommunications): (id, language, source key, title, description)."""

OFFERS = [
    # --- fibre to villages ---
    (
        "mYo001",
        "vi",
        "vn_fpt_vungnui",
        "Kéo cáp quang FTTH và lắp WiFi cho hộ gia đình ở vùng xa trung tâm",
        "Doanh nghiệp viễn thông nhận khảo sát tuyến, kéo cáp quang đến từng hộ ở khu vực xa trung tâm, lắp modem "
        "WiFi và tư vấn gói cước phù hợp. Theo số liệu 2023, cả nước khoảng 19,7 triệu hộ (72,4%) đã dùng cáp quang và "
        "hạ tầng đã có mặt ở hơn 90% thôn, bản; đơn vị hỗ trợ phần còn lại với các chặng cuối khó thi công.",
    ),
    (
        "mYo002",
        "en",
        "en_comsof_farm",
        "FTTx planning and design software for fibre-to-the-farm networks",
        "Planning software that lays out gigabit fibre networks for rural areas, where cost per connected home is "
        "high. It handles low-density housing patterns (clusters, scattered dwellings, densities well under 1,000 "
        "inhabitants per square mile) and compares route and cabinet options to cut the cost of reaching farms.",
    ),
    (
        "mYo003",
        "en",
        "en_comsof_rural",
        "Automated rural fibre rollout planning under labour and material shortages",
        "Network-design automation and consulting for rural FTTH rollouts. Only about 22% of rural European households "
        "were passed by fibre; the service helps operators and public funders meet 100 Mbps / gigabit targets by "
        "producing designs and bills of materials quickly when skilled planners and materials are short.",
    ),
    (
        "mYo004",
        "en",
        "en_optcon_rural",
        "Advisory on shared ducts, poles and utility backbones for rural FTTH",
        "Consultancy on lowering rural fibre cost per home: partnering with power utilities to reuse their fibre "
        "backbones, mandated access to incumbent ducts and poles, co-investment between operators, reuse of road and "
        "rail corridors, and community co-funding and local help with deployment.",
    ),
    (
        "mYo005",
        "en",
        "en_b4rn",
        "Community-built gigabit fibre-to-the-premises for villages",
        "A community broadband model in which residents help build symmetrical 1 Gbps fibre to every premises. Village "
        "halls and community centres host the core nodes, and a leased dark-fibre backbone links the villages to an "
        "internet exchange; the first connected building serves as a public launch point.",
    ),
    (
        "mYo006",
        "en",
        "en_cartesian_iceland",
        "Technology-mix and subsidy design for hard-to-reach premises",
        "Consultancy that models the most cost-effective mix of fibre, fixed wireless and satellite for a universal "
        "broadband service. Reference case: a national programme subsidising fibre to about 5,500 remote rural "
        "premises with about EUR 4.5 million a year, public funds covering 20-50% of deployment cost.",
    ),
    (
        "mYo007",
        "en",
        "en_abc_trench",
        "Guidance for communities digging their own trenches and conduit to specification",
        "Practical approach used by farming communities: residents and councils dig trenches to the network's "
        "specification, often across private land, and lay conduit and duct with their own labour and machinery; the "
        "network contractor then pulls the fibre and installs equipment, lowering the cost of the last stretch.",
    ),
    (
        "mYo008",
        "vi",
        "vn_bacgiang_lom",
        "Hỗ trợ đường truyền Internet và thiết bị cho hộ nghèo, cận nghèo",
        "Nhà mạng phối hợp với chính quyền rà soát các hộ nghèo, cận nghèo chưa có thiết bị kết nối theo tiêu chí giảm "
        "nghèo đa chiều, lắp đặt đường truyền Internet miễn phí và kiểm tra chất lượng tại nhà. Đồng thời đầu tư xóa "
        "vùng lõm sóng ở thôn xa để bà con xem thời tiết, học kỹ thuật chăm sóc cây trồng, vật nuôi.",
    ),
    (
        "mYo009",
        "vi",
        "vn_thainguyen_lom",
        "Phủ cáp quang đến toàn bộ thôn xóm và băng rộng di động 4G",
        "Đơn vị viễn thông có kinh nghiệm đưa Internet cáp quang băng rộng đến 100% xóm của một tỉnh và phủ sóng di "
        "động 3G/4G cho 99,6% xóm (số liệu cuối 2024), kể cả các xóm chỉ vài chục hộ. Nhận khảo sát, đầu tư tuyến và "
        "kiểm tra chất lượng đường truyền tại các thôn chưa có dịch vụ.",
    ),
    (
        "mYo010",
        "vi",
        "vn_dungchung_csht",
        "Tư vấn mô hình dùng chung cơ sở hạ tầng viễn thông cấp tỉnh",
        "Tư vấn các phương án dùng chung hạ tầng: doanh nghiệp cùng đầu tư và chia sẻ theo tỷ lệ vốn, tỉnh xã hội hóa "
        "đầu tư rồi cho nhà mạng thuê lại, Sở làm trung gian thông báo nhu cầu. Kèm giải pháp ăng ten thế hệ mới, "
        "ngụy trang ăng ten để nhiều nhà mạng dùng chung một cột mà vẫn bảo đảm mỹ quan.",
    ),
    (
        "mYo011",
        "vi",
        "vn_ictvn_dongbo_hatang",
        "Tư vấn lồng ghép hạ tầng viễn thông vào công trình giao thông, xây dựng",
        "Tư vấn triển khai đồng bộ hạ tầng kỹ thuật viễn thông với hạ tầng liên ngành: tích hợp cống bể, cột treo cáp "
        "vào thiết kế đường, khu dân cư; áp dụng đơn giá thuê nhà trạm, cột anten BTS mà ba nhà mạng lớn đã ký từ "
        "2020; đề xuất khoảng cách tối thiểu giữa các vị trí BTS và xã hội hóa hạ tầng dùng chung.",
    ),
    # --- wireless broadband, satellite, boosters ---
    (
        "mYo012",
        "en",
        "en_ncta_fwa",
        "Fixed wireless broadband fed from fibre backhaul towers",
        "Operator service that carries data over its fibre network to a fibre-fed tower and then relays the signal "
        "tower to tower by radio to customers' rooftop antennas. It reaches rural homes up to 50 miles from the fibre "
        "network with download speeds up to 50 Mbps, without trenching cable to each house.",
    ),
    (
        "mYo013",
        "en",
        "en_iti_ptmp",
        "Design and build of point-to-multipoint wireless internet for rural areas",
        "A wireless ISP engineering service: site survey for high ground or tall structures (silos, water towers) for "
        "the point-to-multipoint antenna, point-to-point line-of-sight link to the network operations centre, relay "
        "repeaters where needed, solar and wind power with batteries at the tower, and a customer-density study to "
        "reach break-even.",
    ),
    (
        "mYo014",
        "en",
        "en_benton_fwa",
        "Engineering assessment of fixed wireless suitability for unserved addresses",
        "Broadband engineering study covering the real constraints of rural fixed wireless: line of sight to every "
        "address through terrain and foliage, use of mid- and low-band spectrum (6 GHz and below), shared unlicensed "
        "and CBRS bands, replacement of base-station and customer equipment, and adding sites to keep capacity.",
    ),
    (
        "mYo015",
        "en",
        "en_opn_fwa",
        "Fixed wireless access economics for regional internet providers",
        "Advisory for regional ISPs on fixed wireless access as the last-mile architecture: one tower can serve "
        "hundreds of subscribers at a fraction of the per-home cost of trenched fibre, and a network can be built in "
        "one construction season using CBRS, mid-band 5G or mmWave radios.",
    ),
    (
        "mYo016",
        "en",
        "en_wia_fwa",
        "5G fixed wireless home broadband partnerships with local governments",
        "Partnership model in which a county contracts a wireless carrier to bring fixed wireless home internet to "
        "residents where fibre would be slower and costlier to deploy; fixed wireless accounted for about 90% of net "
        "broadband additions in 2022, with over 800,000 net adds per quarter.",
    ),
    (
        "mYo017",
        "en",
        "en_gcn_tvws",
        "TV white space 'Super Wi-Fi' broadband pilots for rural communities",
        "Programme that uses unused UHF television channels to deliver low-cost wireless broadband, working with "
        "middle- and last-mile providers, with training and support for 12 pilot projects, royalty-free access to at "
        "least 39 patents and sample source code for TV white space equipment.",
    ),
    (
        "mYo018",
        "en",
        "en_hutch_tvws",
        "TV white space home internet pilot below 700 MHz",
        "Regional telephone and internet provider connecting about half a dozen rural homes using signals in vacant TV "
        "channels below 700 MHz broadcast from towers; the band carries data over long distances, through foliage, "
        "over hills and through walls, without the line-of-sight receivers 4G often needs.",
    ),
    (
        "mYo019",
        "en",
        "en_innovate_mesh",
        "Community mesh network design with low-cost, solar-powered nodes",
        "Design of decentralised community mesh networks from cheap routers or single-board computers with open-source "
        "firmware, some mounted as solar hotspots on poles or rooftops. Nodes reroute around failures, host local "
        "content caches and keep local communication working when a backhaul link goes down.",
    ),
    (
        "mYo020",
        "en",
        "en_villagenet",
        "VillageNet: low-cost 802.11 mesh network for rural regions",
        "Research design for a rural wireless mesh built from off-the-shelf IEEE 802.11 equipment, with long-distance "
        "point-to-point links using high-gain directional antennas and a topology optimised to minimise the cost of "
        "bringing broadband to villages.",
    ),
    (
        "mYo021",
        "en",
        "en_nextbillion_mesh_vn",
        "WiFi mesh pilot for a rural Vietnamese province",
        "Rural connectivity model based on advanced WiFi mesh: up to 10 hops without loss of capacity, coverage of a "
        "square mile or more, 15 Mbps or more, low-power nodes paired with solar panels; the pilot planned for a rural "
        "Vietnamese province projects access and in-network VoIP for under 1 USD per household per year.",
    ),
    (
        "mYo022",
        "en",
        "en_cong_mesh",
        "Village-wide Wi-Fi mesh with business-hosted nodes",
        "Plan for turning a whole village into a Wi-Fi hotspot with self-healing mesh nodes (about 75 USD each, 400-600 "
        "ft outdoor range) hosted by local businesses, plus a low-power PC running an open-source firewall for DHCP and "
        "filtering; faulty nodes can be taken offline with little impact on the rest.",
    ),
    (
        "mYo023",
        "en",
        "en_tesmanian_starlink",
        "Low-earth-orbit satellite kits for homes of students in unserved villages",
        "School district programme buying at least 1,000 satellite internet kits (about 500 USD each, dish plus Wi-Fi "
        "router) to connect schools and about 450 student families where no fibre runs; kits and the first year of "
        "service (about 100 USD a month) are free to families.",
    ),
    (
        "mYo024",
        "en",
        "en_circleid_starlink",
        "Installation and user support for satellite internet in remote communities",
        "Support package learned from a one-year regulator pilot in remote villages: site survey for a clear view of "
        "the sky, mounting and cabling the antenna at the school, matching the terminal to a diesel generator that "
        "runs only 8-12 hours a day, and helping users who already know mobile data.",
    ),
    (
        "mYo025",
        "en",
        "en_solveforce_mw",
        "Microwave backhaul links for cell sites where fibre is impractical",
        "Design and installation of point-to-point microwave backhaul between base stations and the core network: "
        "quick to deploy without trenching, gigabit-level capacity, repositionable, able to bridge gaps over water or "
        "difficult terrain; requires clear line of sight and planning for rain attenuation and interference.",
    ),
    (
        "mYo026",
        "en",
        "en_kinetic_mw_remote",
        "Multi-hop microwave backhaul for remote tower locations",
        "Licensed-band microwave links (6-86 GHz) with paired transceivers on towers, planned as multi-hop chains "
        "across water, marshland or hills; lower bands for longer hops, higher bands for capacity on short hops, with "
        "low latency compared with satellite.",
    ),
    (
        "mYo027",
        "en",
        "en_telecomasia_mw",
        "Microwave wireless backhaul as a cheaper alternative to leased or trenched fibre",
        "Backhaul vendor offering microwave systems to wireless operators in rural and urban markets; trenching fibre "
        "typically costs 100,000-200,000 USD per mile and three to nine months of permits, while a microwave link "
        "needs no rights of way and can be installed quickly.",
    ),
    (
        "mYo028",
        "en",
        "en_mit_repeater",
        "Outdoor antenna selection for cellular repeaters in weak-signal rural homes",
        "Technical guidance, tested in a site with no line of sight to any tower, on choosing a high-gain, narrow-beam "
        "outside antenna for a cellular repeater; a usable outcome needs a signal that does not keep fading below the "
        "noise (roughly -120 to -100 dBm), and signal-strength apps help aim the antenna.",
    ),
    (
        "mYo029",
        "en",
        "en_booster_survey",
        "Review of cellular signal booster designs and deployments",
        "University survey of cellular signal boosters that receive a weak signal, amplify it and retransmit it to "
        "indoor users or users at the fringe of a cell: designs, deployment methods, performance and cost, as input for "
        "choosing a booster for dead zones.",
    ),
    (
        "mYo030",
        "vi",
        "vn_sggp_vsat",
        "Dịch vụ Internet qua vệ tinh VSAT cho nơi chưa có cáp quang",
        "Nhà mạng sở hữu mạng vệ tinh cung cấp truy nhập Internet qua trạm VSAT và vệ tinh Vinasat: gói tốc độ tối "
        "đa 4.096/384 Kbps giá khoảng 2,1 triệu đồng/tháng, gói 4.096/640 Kbps khoảng 5,25 triệu đồng/tháng, và thuê "
        "kênh riêng IP 2 Mbps; phù hợp làm đường dự phòng khi cáp quang gặp sự cố.",
    ),
    (
        "mYo031",
        "vi",
        "vn_baohatinh_vsat",
        "Lắp trạm vệ tinh cỡ nhỏ VSAT cung cấp dịch vụ viễn thông trên nền IP",
        "Cung cấp và lắp đặt trạm VSAT có ăng ten đường kính 1,2-3 m kết nối hệ thống vệ tinh băng rộng Vinasat để "
        "cung cấp dịch vụ viễn thông trên nền IP cho điểm không có hạ tầng mặt đất hoặc cần đa dạng hóa kết nối khi "
        "cáp quang biển bị sự cố.",
    ),
    (
        "mYo032",
        "vi",
        "vn_baodautu_repeater",
        "Lắp thiết bị phát lặp (kích sóng) hợp pháp cho khu vực hạn chế vùng phủ",
        "Chỉ doanh nghiệp di động có giấy phép băng tần mới được lắp thiết bị phát lặp (repeater) tại các khu vực bị "
        "hạn chế vùng phủ để nâng chất lượng dịch vụ mà không gây can nhiễu; nhà mạng tiếp nhận phản ánh sóng yếu và "
        "lắp đặt đúng quy định, tránh cho người dân bị phạt đến 30 triệu đồng khi tự mua lắp.",
    ),
    (
        "mYo033",
        "vi",
        "vn_vqdung_wifi",
        "Tư vấn chọn thiết bị và phương án lắp đặt mạng Wi-Fi",
        "Tư vấn kỹ thuật Wi-Fi: chọn băng tần 2,4 GHz (phủ rộng, rẻ, dễ nhiễu) hay 5 GHz (băng thông cao, ít nhiễu, "
        "hỗ trợ MU-MIMO), chuẩn AX đến 10 Gbps và kênh 160 MHz, cùng phương án bố trí điểm phát cho nhà, văn phòng, "
        "quán và khu vực đông người.",
    ),
    (
        "mYo034",
        "vi",
        "vn_thanhnien_mesh",
        "Tư vấn hệ thống Wi-Fi Mesh cho nhà rộng, sân vườn, gara",
        "Tư vấn khi nào cần Wi-Fi Mesh: hiệu quả với nhà rộng, nhiều tầng, tường dày hoặc cần phủ ra sân, vườn; với "
        "nhà dưới khoảng 185 m² một router Wi-Fi 6 tầm trung (đến khoảng 230 m² trong điều kiện lý tưởng) là đủ. Hướng "
        "dẫn đặt router ở vị trí trung tâm, trên cao, tránh tủ kín và bề mặt kim loại.",
    ),
    (
        "mYo035",
        "vi",
        "vn_tinhoc_ap",
        "Thiết kế hệ thống nhiều Access Point cho quán, văn phòng, trường học",
        "Thiết kế mạng Wi-Fi nhiều điểm truy cập (Access Point) nối dây Cat5e/Cat6 về router chính, hỗ trợ Mesh, phân "
        "kênh để tránh nghẽn ở dải 2,4 GHz; cung cấp thiết bị TP-Link, DrayTek, Ubiquiti cho quán cà phê, văn phòng "
        "nhiều tầng, khách sạn, trường học.",
    ),
    (
        "mYo036",
        "en",
        "en_okra_cicada",
        "VSAT uplink with a village-wide 2.4 GHz network and open-source IoT modules",
        "Field-proven design that brought internet to a remote community of 100 households for the first time: a VSAT "
        "satellite uplink distributed through the site on a 2.4 GHz LAN, plus an open-source Wi-Fi IoT module for "
        "meters and sensors of a solar mini-grid, with boards available on demand.",
    ),
]

OFFERS += [
    # --- mobile towers and coverage ---
    (
        "mYo037",
        "vi",
        "vn_laocai_song",
        "Đầu tư trạm BTS mới xóa vùng lõm sóng cho cụm dân cư nhỏ",
        "Nhà mạng khảo sát vùng sóng yếu, chập chờn và đầu tư thêm điểm phát sóng BTS cho cụm dân cư; một trạm mới lắp "
        "cuối năm 2024 giúp gần 40 hộ dùng dịch vụ di động ổn định. Một huyện có hơn 70 trạm phục vụ cả thoại và "
        "Internet tốc độ cao; đội kỹ thuật duy trì trạm cả mùa mưa lũ.",
    ),
    (
        "mYo038",
        "vi",
        "vn_outdoor_opex",
        "Giải pháp chuyển trạm di động sang dạng outdoor để giảm chi phí vận hành",
        "Tư vấn chuyển trạm 4G/5G từ indoor sang outdoor: đưa khối vô tuyến RU lên cột anten để giảm suy hao feeder, "
        "dùng khối BBU outdoor, bỏ phòng máy và điều hòa, qua đó giảm chi phí điện lạnh và OPEX khi số trạm 4G, 5G phải "
        "tăng nhiều lần so với 2G.",
    ),
    (
        "mYo039",
        "vi",
        "vn_dungchung_bts_hn",
        "Đầu tư, sắp xếp trạm BTS dùng chung cho nhiều mạng di động",
        "Kinh nghiệm thí điểm trạm BTS dùng chung: 10 trạm cho 5 mạng di động (7 trạm sắp xếp lại, 3 trạm xây mới), "
        "sau đó nhân rộng gần 100 trạm dùng chung; tư vấn quy hoạch vị trí, tiêu chuẩn cột và thỏa thuận giữa các nhà "
        "mạng để giảm số cột mới mọc lên.",
    ),
    # --- backup power for towers and network equipment ---
    (
        "mYo040",
        "vi",
        "vn_sgu_xanh_bts",
        "Nghiên cứu giải pháp năng lượng xanh cấp nguồn một chiều cho trạm viễn thông",
        "Khoa Điện tử - Viễn thông của một trường đại học nghiên cứu các giải pháp dùng năng lượng tái tạo (điện mặt "
        "trời, gió) để cấp nguồn DC cho thiết bị trong trạm BTS, phân tích cấu trúc hệ nguồn và đề xuất cấu hình phù "
        "hợp cho trạm ở nơi điện lưới không ổn định.",
    ),
    (
        "mYo041",
        "vi",
        "vn_hoangson_bts_solar",
        "Hệ thống điện mặt trời độc lập DC-DC cho trạm thu phát sóng",
        "Thiết kế, lắp đặt hệ điện mặt trời không hòa lưới cấp trực tiếp điện một chiều cho trạm BTS ở đảo và nơi khó "
        "kéo điện lưới: tấm pin, bộ điều khiển sạc, ắc quy lưu trữ, cấu hình DC-DC khớp điện áp thiết bị viễn thông, "
        "giảm chi phí đầu tư so với kéo lưới điện quốc gia.",
    ),
    (
        "mYo042",
        "vi",
        "vn_bts_nguon_lapdat",
        "Lắp đặt hệ thống nguồn DC -48 V và ắc quy dự phòng cho trạm BTS",
        "Thi công tủ nguồn AC, máy nắn (rectifier) đổi 220 V AC sang +48 V DC và dàn ắc quy khô kín khí cho trạm BTS; "
        "khi có điện lưới máy nắn nạp bù cho ắc quy dòng khoảng 2 A, khi mất điện ắc quy cấp nguồn thay; quy trình "
        "nạp bảo đảm điện lượng nạp lại ít nhất 1,2 lần điện lượng đã phóng.",
    ),
    (
        "mYo043",
        "vi",
        "vn_condao_hybrid",
        "Nghiên cứu hệ lai ghép gió - mặt trời cho trạm BTS xa lưới điện",
        "Đề tài khảo sát hiện trạng cấp điện cho các trạm BTS xa lưới (trường hợp huyện đảo) và đánh giá khả năng dùng "
        "hệ lai ghép năng lượng gió và mặt trời thay máy phát diesel, theo định hướng chương trình năng lượng xanh cho "
        "mạng di động của Hiệp hội GSM từ 2008.",
    ),
    (
        "mYo044",
        "vi",
        "vn_adm_ams_bts",
        "Hệ thống giám sát, điều khiển tự động nhà trạm BTS từ xa",
        "Hệ AMS-BTS đo liên tục thông số tại trạm (nhiệt độ, điện áp, tần số, ắc quy, đứt cáp), giám sát hình ảnh qua "
        "camera, điều khiển thiết bị theo lưu đồ, phát cảnh báo hai mức và lưu thời điểm bắt đầu/kết thúc sự cố; phần "
        "mềm quản trị trên nền web, dễ thêm bớt trạm.",
    ),
    (
        "mYo045",
        "vi",
        "vn_bts_dieukhien_bk",
        "Thiết kế bộ điều khiển và giám sát môi trường nhà trạm BTS",
        "Luận văn kỹ thuật điện tử - viễn thông thiết kế hệ điều khiển trạm BTS (điều hòa, máy phát, cảnh báo), có so "
        "sánh các giải pháp giám sát trạm từ xa đang bán trên thị trường trong nước; có thể chuyển giao thiết kế cho "
        "đơn vị vận hành trạm.",
    ),
    (
        "mYo046",
        "vi",
        "vn_bts_iot_aircon",
        "Hệ thống IoT giám sát và điều khiển máy lạnh, máy phát tại trạm BTS",
        "Hệ thống do nhóm nghiên cứu đại học và viễn thông tỉnh phát triển: mỗi nút dùng STM32 đo dòng (sai số "
        "±0,002 A), điện áp, trạng thái máy lạnh và máy phát, nhiệt độ phòng máy (±0,0625 °C), truyền qua ESP32 về máy "
        "chủ để giám sát theo thời gian thực và điều khiển từ xa.",
    ),
    (
        "mYo047",
        "en",
        "en_tnut_battery_monitor",
        "Battery and generator operation monitor for base transceiver stations",
        "University of technology design (hardware and software) of a device that monitors the backup battery of the "
        "generator at a BTS and sends alarms to the station manager; made for sites where solar is less efficient and "
        "stations still rely mainly on batteries and generators, and easy to add to existing stations.",
    ),
    (
        "mYo048",
        "en",
        "en_leoch_hybrid",
        "Hybrid solar-battery-diesel power systems for telecom towers",
        "Integrated hybrid power for towers: solar PV, battery storage and a generator under an intelligent energy "
        "controller that balances sources and cuts fuel use. Targets sites where diesel delivery and generator upkeep "
        "make up to 70% of site operating cost and voltage swings cause outages.",
    ),
    (
        "mYo049",
        "en",
        "en_lzy_backup",
        "Hybrid backup power units for cell sites facing long outages",
        "Backup power systems for cell towers combining batteries, generators and renewable input; conventional "
        "batteries give about 4-8 hours and generators 24-72 hours, but many rural towers have no generator, so the "
        "hybrid unit extends autonomy and reduces refuelling risk and operating cost.",
    ),
    (
        "mYo050",
        "en",
        "en_elege_windsolar",
        "Hybrid wind-solar power kits for remote telecom sites",
        "Off-grid power kits pairing solar panels, vertical-axis wind turbines and lithium batteries with a smart "
        "hybrid controller; wind often produces at night when solar does not, keeping batteries charged and cutting "
        "generator servicing that is otherwise needed every 500-1,000 running hours.",
    ),
    (
        "mYo051",
        "en",
        "en_pknb_hybrid",
        "Independent engineering review of solar-diesel-battery sizing for telecom sites",
        "Consultancy that checks hybrid retrofit designs against real load profiles and shelter temperatures before "
        "money is spent: night-heavy loads make the battery do the work, and lithium cycle life at a sustained 40 °C is "
        "far below the 25 °C nameplate, so some sites are better served by a smaller hybrid.",
    ),
    (
        "mYo052",
        "en",
        "en_mnara_towerco",
        "Energy-as-a-service hybrid retrofits for tower companies",
        "Hybrid solar PV, battery and optimised-generator retrofits for towers financed as energy-as-a-service or "
        "green finance, with load analysis, climate-resilient components, smart controllers, remote monitoring and "
        "battery performance guarantees, so the tower owner pays no large upfront capital.",
    ),
    (
        "mYo053",
        "en",
        "en_tpc_iraq",
        "Standardised PV and LFP battery retrofit kit for off-grid telecom towers",
        "Factory-pre-assembled kit of about 10 kWp solar PV and 50 kWh lithium iron phosphate storage with a hybrid "
        "inverter, installed by a crew of four in one day per tower; on 120 towers with 2.0-2.8 kW loads it cut diesel "
        "runtime by about 92% and feeds identical telemetry to the operations centre.",
    ),
    (
        "mYo054",
        "en",
        "en_frontiers_lp",
        "Feasibility study of generator-battery-PV hybrid power for remote telecom towers",
        "University research evaluating a hybrid supply of a propane generator, battery storage and PV panels for "
        "telecom towers across load levels and regions: adding battery and PV cut annual fuel use by over 55%, gave up "
        "to 32% 20-year cost savings and avoided more than 65.8 t of CO2 a year.",
    ),
    (
        "mYo055",
        "en",
        "en_dsisolar_bts",
        "Solar PV power systems for base transceiver stations",
        "Supply of solar PV systems for BTS sites off the grid: modules (330-660 W, 72-cell, two in series for 43-56 V), "
        "mounting, junction boxes, charge controller, battery and inverter. RF equipment draws about 65% of site "
        "energy and air conditioning about 17.5%, which guides sizing.",
    ),
    (
        "mYo056",
        "en",
        "en_bic_lifepo4",
        "LiFePO4 battery modules for -48 V telecom backup",
        "Lithium iron phosphate backup modules (16 cells in series, 51.2 V nominal) with a battery management system "
        "that monitors voltage, current and temperature, balances cells and reports over CAN/RS-485 or SNMP; they "
        "replace VRLA strings with longer life, less weight and wider temperature tolerance.",
    ),
    (
        "mYo057",
        "en",
        "en_bic_rack_spec",
        "Specification service for rack-mounted lithium backup at telecom sites",
        "Engineering service that sizes rack-mounted LiFePO4 backup from the -48 V load profile and autonomy targets "
        "(for example 15 minutes ride-through plus 4-8 hours), checks rectifier settings (no equalise, no temperature "
        "compensation, current limit) and sets redundancy (N, N+1, 2N) from outage statistics.",
    ),
    (
        "mYo058",
        "en",
        "en_flywith_battery",
        "Design and maintenance of battery backup for telecom sites",
        "Battery backup engineering for cell towers and remote cabinets: sizing for 4-8 hours or more of runtime at "
        "constant telecom loads, choosing VRLA (AGM or gel) or lithium for hot outdoor cabinets, and monitoring that "
        "warns maintenance teams before unstaffed sites fail.",
    ),
    (
        "mYo059",
        "en",
        "en_rackbattery_towers",
        "Lithium batteries for 4G/5G tower backup",
        "Tower backup batteries in LiFePO4 or NMC chemistry: 2,000-5,000 cycles, operation from -20 to 60 °C, smart BMS; "
        "a 48 V 200 Ah pack stores 9.6 kWh and runs a mid-sized tower for 8-12 hours, taking 40-60% less space than "
        "lead-acid and cutting generator runtime.",
    ),
    (
        "mYo060",
        "en",
        "en_akcp_fuel",
        "Remote fuel-level monitoring for tower backup generators",
        "Sensors and monitoring for the fuel tanks of generators at remote towers: checks that fuel will last through "
        "off-grid periods and flags sudden drops that indicate theft. At one site a 430-litre tank was billed 1,000 "
        "litres a month until monitoring showed the site could run a year on far less.",
    ),
    (
        "mYo061",
        "en",
        "en_telemisis_fuel",
        "Tamper-protected remote monitoring against generator fuel theft",
        "Remote monitoring systems for tower sites with independent power, disconnection sensors and tamper protection "
        "on fuel probes and hatches; fuel alerts are cross-checked with supplier invoices (accuracy within 1 litre), "
        "and remote reprogramming reduces site visits.",
    ),
    (
        "mYo062",
        "en",
        "en_dps_powerfail",
        "Commercial power-fail and battery monitoring for unmanned sites",
        "Alarm monitoring that detects when a remote site loses mains power and reports it to a central system, so "
        "staff respond before the backup batteries run out; includes affordable battery-health checks across many "
        "sites and keeping visibility when the transport link itself is affected.",
    ),
    (
        "mYo063",
        "en",
        "en_dps_standalone",
        "Stand-alone alarm units for generators, HVAC and doors at radio sites",
        "Remote telemetry units for unmanned radio and microwave shelters that collect dry-contact and analogue alarms "
        "(generator running or failed, HVAC lockout, temperature, door open, power) and send SNMP traps or e-mail to the "
        "existing network management system.",
    ),
    (
        "mYo064",
        "en",
        "en_intellitower",
        "Remote site tower monitoring platform",
        "Online platform that monitors remote towers for downtime, energy waste, security breaches and fuel theft and "
        "alerts operators immediately; also reports tower-lighting alarms. Protects assets costing about 200,000-250,000 "
        "USD per BTS tower and cuts unplanned maintenance trips.",
    ),
    (
        "mYo065",
        "vi",
        "vn_hoatieu_modem_pin",
        "Hướng dẫn chế bộ nguồn dự phòng cho modem, router từ pin sạc dự phòng",
        "Hướng dẫn kỹ thuật giữ Internet gia đình khi cắt điện: đường cáp vẫn có tín hiệu, chỉ modem và router Wi-Fi "
        "mất nguồn; vì hai thiết bị này tiêu thụ ít điện, có thể cấp nguồn bằng pin sạc dự phòng điện thoại qua mạch "
        "nâng áp để dùng mạng thêm vài giờ.",
    ),
    (
        "mYo066",
        "en",
        "en_jiji_miniups",
        "Mini DC UPS for routers, modems and cameras",
        "Compact uninterruptible power supply with an 8,800 mAh lithium battery for small network devices; selectable "
        "5, 9 or 12 V DC outputs, USB charging port and a PoE port, switching automatically to battery when mains fails, "
        "with overcharge and short-circuit protection.",
    ),
    (
        "mYo067",
        "en",
        "en_hackaday_tinyups",
        "Small lithium battery backup that keeps a home Wi-Fi router online",
        "Build design for a router battery backup made of three lithium-ion cells in series (9-12 V) with a battery "
        "management system for charging, balancing and protection, feeding the router's barrel jack directly so no "
        "inverter losses occur during outages; easily scaled with more cells.",
    ),
    (
        "mYo068",
        "en",
        "en_belarus_powerbank",
        "Choosing between power banks and mini UPS units to stay online in outages",
        "Consumer guide: power banks charge phones over USB, while UPS and mini UPS units keep modems, routers and "
        "computers running; a mini UPS can keep a modem and router working up to about 4 hours and is cheaper and more "
        "independent than a full UPS.",
    ),
]

OFFERS += [
    # --- public Wi-Fi ---
    (
        "mYo069",
        "vi",
        "vn_hagiang_wifi",
        "Lắp điểm phát Wi-Fi miễn phí tại quảng trường, bến xe, điểm du lịch, chợ đêm",
        "Triển khai trên 20 bộ phát Wi-Fi miễn phí phục vụ lễ hội và du khách: 13 bộ tại 4 điểm trung tâm thành phố "
        "(quảng trường, khu ẩm thực, bến xe, sân lễ hội) và 8 bộ tại di tích, phố cổ, làng văn hóa, chợ đêm; giúp người "
        "dân và khách tra cứu thông tin văn hóa, du lịch địa phương.",
    ),
    (
        "mYo070",
        "vi",
        "vn_hcm_banguyet",
        "Hệ thống Wi-Fi công cộng miễn phí cho công viên, đường hoa, khu vui chơi",
        "Dự án Wi-Fi công cộng lắp 10 điểm phát dọc đường hoa đến công viên và 4 điểm phát cho mỗi công viên còn lại, "
        "không giới hạn băng thông và số lần truy cập, đủ tải cho người dân đến chơi Tết; hoàn thành lắp đặt trong "
        "khoảng 15 ngày.",
    ),
    (
        "mYo071",
        "vi",
        "vn_danang_wifi",
        "Thiết kế mạng Wi-Fi miễn phí toàn thành phố trên cột đèn chiếu sáng",
        "Kinh nghiệm dự án Wi-Fi đô thị: giai đoạn 1 lắp 170 bộ phát trên cột đèn ở đường trung tâm, khu công cộng, "
        "trường đại học, điểm du lịch và 29 sở ngành, giai đoạn 2 thêm 130 bộ; thiết bị chạy hai băng tần 2,4 GHz và "
        "5,8 GHz, mỗi bộ phục vụ 200 người, hệ thống 20.000 người dùng; tổng vốn khoảng 2 triệu USD.",
    ),
    (
        "mYo072",
        "en",
        "en_hanoi_wifi",
        "Free public Wi-Fi installation at tourist sites and craft villages",
        "Telecom group installing and operating free public wireless internet at tourist spots across several urban "
        "districts and an outlying town, building on earlier coverage of a lake area, a citadel heritage site, a pagoda "
        "and a ceramic craft village, in coordination with tourism and culture departments.",
    ),
    (
        "mYo073",
        "en",
        "en_swifi_tet",
        "Temporary free Wi-Fi hotspots for parks and flower markets during Tet",
        "Public Wi-Fi project that installs hotspots in parks, pedestrian streets and flower markets for the Lunar New "
        "Year in several cities, including a floating flower market in a Mekong Delta city; it has run free holiday "
        "coverage in public spaces for several years.",
    ),
    (
        "mYo074",
        "en",
        "en_yj_community_wifi",
        "Community Wi-Fi project models for underserved rural areas",
        "Guidance on setting up community Wi-Fi that covers a whole community for free or at low cost: mesh networks, "
        "public-private partnerships or community-owned infrastructure, relying on cooperation between residents, local "
        "businesses and other stakeholders.",
    ),
    (
        "mYo075",
        "en",
        "en_weirdtoo_free_wifi",
        "Free Wi-Fi zones in libraries, parks and community centres",
        "Programme for free Wi-Fi zones in public spaces for people without home broadband; quicker and cheaper to set "
        "up than wired broadband, supporting students, workers and small businesses through partnerships between "
        "governments, businesses and local organisations.",
    ),
    (
        "mYo076",
        "en",
        "en_jharkhand_wifi",
        "Wi-Fi-based affordable rural broadband business model",
        "Case study and model showing how unlicensed Wi-Fi combined with cellular backhaul gives affordable high-speed "
        "broadband in villages where low revenue per user, sparse population and intermittent electricity make "
        "cellular rollout unviable; implemented successfully in an Indian state.",
    ),
    (
        "mYo077",
        "en",
        "en_giga_rwanda",
        "School connectivity by fixed wireless, extended to surrounding communities",
        "Programme with the national government that aggregated demand and ran a common bid to connect 63 schools (50 "
        "rural, 13 in camps without electricity); the fixed wireless solution quadrupled capacity and cut cost by 55% "
        "compared with 4G, and explores extending school connections to nearby communities.",
    ),
    (
        "mYo078",
        "en",
        "en_giga_accelerate",
        "School connectivity mapping and pilot connections",
        "Initiative that maps the location and real-time connectivity of schools, identifies gaps and tests "
        "technologies and business models to connect the first 1,000 schools in partner countries (about 2 million "
        "learners), using each school as a hub to connect its surrounding community.",
    ),
    (
        "mYo079",
        "en",
        "en_green_wifi_solar",
        "Solar-powered Wi-Fi access node for places without reliable power",
        "Non-profit access node made of a small solar panel, a heavy-duty battery, a router and an intelligent charge "
        "controller that throttles access when solar input is low, so the node can stay online for up to a month in "
        "weak sunlight.",
    ),
    (
        "mYo080",
        "en",
        "en_benton_starlink_schools",
        "Satellite broadband for rural students' homes through school districts",
        "Satellite internet service offered to school districts to connect students' out-of-the-way homes, with "
        "equipment at about 599 USD and service about 110 USD a month, financed by federal, state and local funds and "
        "corporate donations; pilots run in several states.",
    ),
    # --- community internet and digital-skills centres ---
    (
        "mYo081",
        "vi",
        "vn_hue_tocns",
        "Mô hình Tổ công nghệ số cộng đồng ở thôn, tổ dân phố",
        "Hướng dẫn thành lập mỗi thôn một Tổ công nghệ số cộng đồng, được tập huấn để tuyên truyền và cầm tay chỉ "
        "việc cho từng hộ dùng nền tảng số; tổ nhận chỉ tiêu triển khai, lập nhóm Zalo gồm tất cả hộ trong thôn để hỗ "
        "trợ thường xuyên.",
    ),
    (
        "mYo082",
        "vi",
        "vn_vov_tocns",
        "Đoàn viên thanh niên hỗ trợ người dân cài ứng dụng số tận nhà",
        "Mô hình Tổ công nghệ số do đoàn thanh niên cơ sở tổ chức, cuối tuần đi từng ngõ, gõ từng nhà cài đặt ứng "
        "dụng, hướng dẫn chữ ký số, ưu tiên người cao tuổi và người khó tiếp cận CNTT; đến 9/2024 cả nước có 93.524 "
        "tổ như vậy.",
    ),
    (
        "mYo083",
        "vi",
        "vn_kinhtedothi_tocns",
        "Hướng dẫn nông dân mở gian hàng trên sàn thương mại điện tử",
        "Tổ công nghệ số cộng đồng phối hợp bưu điện hướng dẫn hộ dân đưa nông sản (na, xoài, măng, ớt, hành, tỏi) lên "
        "sàn thương mại điện tử; ở một xã hơn 70% hộ buôn bán đã có gian hàng, một hộ bán gần 8 tạ na qua hơn 100 đơn "
        "hàng trực tuyến.",
    ),
    (
        "mYo084",
        "vi",
        "vn_dinhhoa_tocns",
        "Tập huấn Tổ công nghệ số cộng đồng hướng dẫn dịch vụ công trực tuyến",
        "Kinh nghiệm một huyện với 228 tổ và hơn 1.500 thành viên (nòng cốt đoàn viên, hội viên phụ nữ): tập huấn "
        "nghiệp vụ, hướng dẫn tại nhà văn hóa xóm hoặc tận nhà cài ứng dụng công dân số, bảo hiểm xã hội, định danh "
        "điện tử, tạo tài khoản thanh toán trực tuyến.",
    ),
    (
        "mYo085",
        "vi",
        "vn_bdvhx_duyxuyen",
        "Đề án nâng cấp điểm Bưu điện văn hóa xã thành điểm truy cập Internet cộng đồng",
        "Đề án phát triển hệ thống điểm Bưu điện văn hóa xã khoảng 21 tỷ đồng (hơn 9 tỷ ngân sách): trang bị máy tính "
        "có truy cập Internet cho tất cả điểm, nâng bình quân lên 500 đầu sách, tăng lượt đọc lên 10-20 người/ngày, "
        "phục vụ tìm kiếm thông tin cho người dân nông thôn.",
    ),
    (
        "mYo086",
        "vi",
        "vn_bdvhx_quangdien",
        "Mô hình điểm Bưu điện văn hóa xã đa dịch vụ thu hút người dân",
        "Điểm Bưu điện văn hóa xã bổ sung dịch vụ Internet, chuyển phát nhanh, bán sim, thẻ bên cạnh đọc sách báo; "
        "trung bình hơn 20 lượt người mỗi ngày, đông học sinh vào mùa thi giải Toán, tiếng Anh trên mạng.",
    ),
    (
        "mYo087",
        "vi",
        "vn_khmer_cds",
        "Hỗ trợ chuyển đổi số cho đồng bào Khmer qua chức sắc, người có uy tín",
        "Cách làm đưa công nghệ số đến cộng đồng Khmer: chức sắc và người có uy tín làm cầu nối, chùa dùng YouTube, "
        "Facebook, Zalo, Telegram để truyền giảng, phổ biến văn hóa, tổ chức lễ hội; hướng dẫn bà con ứng dụng công "
        "nghệ trong sản xuất nông nghiệp.",
    ),
    (
        "mYo088",
        "en",
        "en_puducherry_dlc",
        "Farmers' digital literacy centre",
        "Industry body and veterinary institute running a digital literacy centre that trains up to 500 farmers a year, "
        "including landless women rearing livestock, with computers and printers sponsored as CSR; it also serves as a "
        "nodal centre for digital training by banks and the agriculture department.",
    ),
    (
        "mYo089",
        "en",
        "en_cabi_digital",
        "Free digital skills training pack for rural extension workers",
        "Free training materials (facilitator guide, presentations, participant materials) following the UNESCO "
        "digital literacy framework, for building digital skills among agro-extension workers and plant doctors who "
        "then train smallholder farmers.",
    ),
    (
        "mYo090",
        "en",
        "en_csc_sarsinwa",
        "Village service centre running 10-day digital literacy courses",
        "Village e-governance service centre operator who surveyed about 1,000 interested residents with a tablet and "
        "trains 500 of them in a 10-day basic digital course at his centre, extending time for those without a computer "
        "at home, alongside banking and insurance awareness.",
    ),
    (
        "mYo091",
        "en",
        "en_digifarmer",
        "'Digital Skills for Farmers' training module",
        "A tailored training module and curriculum for farmers, built from a needs analysis and state-of-the-art "
        "report, covering internet, computer and information literacy at a level farmers can follow willingly.",
    ),
    (
        "mYo092",
        "en",
        "en_telecentre_wiki",
        "Setting up a telecentre: shared computers, internet and skills training",
        "Model for public telecentres (community technology centres, village knowledge centres, citizen service "
        "centres) that give shared access to computers and the internet and teach digital skills, with local staff and "
        "a plan for economic, educational and social development.",
    ),
    (
        "mYo093",
        "vi",
        "vn_bdvhx_baomoi",
        "Mạng lưới điểm Bưu điện văn hóa xã cung cấp dịch vụ bưu chính viễn thông và đọc sách",
        "Hệ thống điểm Bưu điện văn hóa xã hơn 14 năm hoạt động: cung cấp điện thoại, Internet, chuyển phát và phục vụ "
        "đọc sách báo miễn phí để người dân nông thôn tiếp cận tri thức, áp dụng tiến bộ kỹ thuật vào sản xuất.",
    ),
    # --- network maintenance ---
    (
        "mYo094",
        "en",
        "en_hnhbck_om",
        "Operation and maintenance of optical cable lines",
        "Fibre cable O&M service: daily inspection for external damage, sag, splice-closure sealing and markers; "
        "periodic OTDR testing of attenuation curves to track degradation; emergency repair (OTDR fault location, "
        "splicing, recovery, verification); and clearing trees and structures along the route.",
    ),
    (
        "mYo095",
        "en",
        "en_kdp_fault",
        "Optical fibre fault finding after excavation and storm damage",
        "Fault-finding service for fibre cables damaged by digging, pole work, vermin or ground movement: OTDR testing "
        "from both ends for an approximate location, hydrovac excavation to the conduit, and freezing the cable to "
        "create a reference point that pins the exact break.",
    ),
    (
        "mYo096",
        "en",
        "en_fibernext_repair",
        "Fibre cable repair with fusion splicing and full OTDR verification",
        "Repair of damaged fibre sections: cutting out the damaged part, installing new cable, fusion splicing both "
        "ends and testing every fibre with an OTDR, which catches hidden faults such as a bad termination on a spare "
        "fibre that splicer estimates miss.",
    ),
    (
        "mYo097",
        "vi",
        "vn_danang_ungcuu",
        "Đội ứng cứu cơ động giữ thông tin liên lạc trong mưa lũ",
        "Đội kỹ thuật cơ động bám địa bàn khi mưa lũ, sạt lở: tiếp nhiên liệu cho máy phát để không trạm BTS nào "
        "ngừng phát sóng, mang vác thiết bị đi bộ có nơi gần 20 km qua điểm sạt lở để nối lại cáp quang bị đứt, khôi "
        "phục tuyến sớm nhất.",
    ),
    (
        "mYo098",
        "vi",
        "vn_yagi_ungcuu",
        "Khôi phục mạng viễn thông sau bão: xe phát sóng lưu động và nối tuyến truyền dẫn",
        "Kinh nghiệm ứng cứu sau bão lớn làm đứt 7 tuyến cáp liên tỉnh, 12 tuyến nội tỉnh và 6.285 trạm mất điện: khôi "
        "phục tuyến trục trong vài ngày, điều xe phát sóng di động đến vùng khó khăn, mở điểm hỗ trợ sạc điện, Wi-Fi "
        "miễn phí cho người dân.",
    ),
    (
        "mYo099",
        "vi",
        "vn_quangninh_lu",
        "Khắc phục hạ tầng viễn thông sau mưa lũ: cột, tủ cáp, trạm ngập",
        "Phương án khắc phục sự cố do mưa lũ: dựng lại cột treo cáp (72 cột gãy, 145 cột đổ, 257 cột nghiêng, 48 cột bị "
        "cuốn trôi), xử lý tủ cáp ngập bùn, khôi phục trạm BTS ở vùng trũng bị ngập nước và nối lại cáp quang đứt do "
        "sạt đất; ưu tiên khôi phục liên lạc tạm thời.",
    ),
    (
        "mYo100",
        "vi",
        "vn_fpt_kalmaegi",
        "Bảo trì đột xuất mạng cáp và điểm POP sau bão",
        "Quy trình sau bão của nhà cung cấp Internet: chạy máy phát cho các POP mất điện, rà soát hạ tầng ngoại vi, "
        "củng cố các điểm cáp trùng võng, xử lý thuê bao đứt cáp do cây đổ, mái tôn (266 thuê bao ở một chi nhánh), "
        "tăng ca bảo trì và điều nhân lực hỗ trợ.",
    ),
    (
        "mYo101",
        "vi",
        "vn_namdinh_baotri",
        "Hoàn thiện quy trình bảo trì kết cấu cột và công trình thu phát sóng",
        "Luận văn kỹ thuật xây dựng đề xuất hoàn thiện công tác bảo trì kết cấu công trình thu phát sóng viễn thông "
        "(cột anten, nhà trạm) trên địa bàn một thành phố: kiểm tra, đánh giá tình trạng, kế hoạch bảo trì định kỳ.",
    ),
    (
        "mYo102",
        "vi",
        "vn_vungtau_bogon",
        "Thu gọn, bó gọn cáp viễn thông chùng võng và thu hồi cáp thừa",
        "Phối hợp chính quyền phường và nhà mạng thu hồi triệt để cáp, dây thuê bao, cột không còn dùng trên tuyến đã "
        "hạ ngầm, bó gọn cáp chùng võng bằng xe gàu ở vị trí cột cao; làm thí điểm một tuyến rồi nhân rộng, thúc đẩy "
        "chia sẻ, dùng chung mạng cáp ngoại vi.",
    ),
    (
        "mYo103",
        "vi",
        "vn_thainguyen_chinhtrang",
        "Sắp xếp, chỉnh trang mạng cáp viễn thông bảo đảm an toàn",
        "Kế hoạch phối hợp giữa các sở, ngành, doanh nghiệp viễn thông và địa phương để sắp xếp, chỉnh trang cáp viễn "
        "thông bảo đảm chất lượng, tiến độ và an toàn; tuyên truyền chủ trương tới tổ chức, doanh nghiệp và nhân dân.",
    ),
    (
        "mYo104",
        "en",
        "en_berrade_coastal",
        "Telecom cabinets for coastal, salt-laden environments",
        "Outdoor telecom cabinets and racks for the coast: 316L stainless steel against salt corrosion, IP66 or higher "
        "ingress protection, controlled ventilation with dehumidification to stop condensation, and protection against "
        "impact and vibration.",
    ),
    (
        "mYo105",
        "en",
        "en_ntt_salt",
        "Salt-damage assessment and countermeasures for outdoor telecom boxes",
        "Technical assistance centre method: salt-damage maps to rate coastal sites, inspection methods to judge "
        "deterioration of remote-terminal boxes, and countermeasures such as salt-resistant filters for equipment near "
        "the sea, where wind-blown sea salt accelerates corrosion.",
    ),
]

OFFERS += [
    # --- lightning protection of telecom equipment ---
    (
        "mYo106",
        "vi",
        "vn_bocau_tiepdia",
        "Giải pháp tiếp địa, chống sét trực tiếp và chống sét lan truyền",
        "Thiết kế, thi công hệ chống sét cho tòa nhà, nhà xưởng và trạm BTS: cột thu sét, dây dẫn, nối đất chống sét "
        "đánh thẳng; chống sét gián tiếp bằng thiết bị cắt lọc sét cho nguồn điện lưới, đường điện thoại, đường mạng, "
        "dây ăng ten, dây camera với các chuẩn đầu nối RJ11, RJ45.",
    ),
    (
        "mYo107",
        "vi",
        "vn_tcn68_174",
        "Khảo sát, thiết kế chống sét và tiếp đất cho công trình viễn thông theo quy phạm ngành",
        "Dịch vụ theo quy phạm chống sét và tiếp đất cho công trình viễn thông: khảo sát và đo điện trở suất của đất, "
        "thiết kế chống sét cho nhà trạm, cột anten và đường dây thông tin, lắp thiết bị chống sét lan truyền (SPD), cấu "
        "hình đấu nối tiếp đất trong nhà trạm, kiểm tra và nghiệm thu hệ thống tiếp đất.",
    ),
    (
        "mYo108",
        "vi",
        "vn_tt16_2020",
        "Tư vấn đáp ứng quy chuẩn kỹ thuật về chống sét cho trạm viễn thông và mạng cáp ngoại vi",
        "Tư vấn áp dụng quy chuẩn chống sét trạm viễn thông (hiệu lực từ 01/4/2021) cho trạm và mạng cáp ngoại vi: hệ "
        "chống sét đánh trực tiếp gồm điện cực thu sét, dây dẫn sét, hệ tiếp đất, kết cấu đỡ; đánh giá việc dùng kết cấu "
        "kim loại của công trình làm điện cực thu sét tự nhiên.",
    ),
    (
        "mYo109",
        "vi",
        "vn_chongsettoancau",
        "Cung cấp và lắp đặt thiết bị chống sét cho hệ thống điện, viễn thông",
        "Cung cấp kim thu sét và thiết bị chống sét lan truyền (SPD) cho nhà ở, tòa nhà, trung tâm dữ liệu, nhà máy và "
        "hệ thống viễn thông; tư vấn chọn thiết bị theo tiêu chuẩn, quy trình lắp đặt và bảo trì để tránh hỏng thiết bị, "
        "gián đoạn hoạt động, cháy nổ.",
    ),
    (
        "mYo110",
        "vi",
        "vn_giaiphap_chongset_vt",
        "Giải pháp chống sét cho trạm thu phát sóng, tháp viễn thông theo đánh giá rủi ro",
        "Nghiên cứu giải pháp chống sét cho công trình viễn thông trong khí hậu nhiệt đới ẩm mật độ sét cao: đánh giá "
        "rủi ro theo IEC 62305-2 để xác định mức bảo vệ, kết hợp chống sét trực tiếp và gián tiếp, thiết bị bảo vệ quá "
        "áp (SPD), thiết kế riêng cho trạm thu phát, tháp, cột anten.",
    ),
    (
        "mYo111",
        "vi",
        "vn_dongset_dientro",
        "Bảo vệ hệ thống viễn thông ở vùng dông sét lớn và đất có điện trở suất cao",
        "Đề tài nghiên cứu khoa học của sinh viên ngành kỹ thuật viễn thông về bảo vệ thiết bị thông tin ở nơi mật độ "
        "dông sét lớn và điện trở suất đất cao: đặc điểm dông sét, cơ chế gây hỏng và các biện pháp tiếp đất, chống sét "
        "phù hợp.",
    ),
    (
        "mYo112",
        "vi",
        "vn_vattu_chongset",
        "Lắp đặt hệ thống chống sét trọn gói theo TCVN 9385:2012",
        "Khảo sát, thiết kế, thi công, nghiệm thu và bảo trì hệ chống sét gồm kim thu sét, dây dẫn sét, cột đỡ kim và "
        "hệ tiếp địa cho nhà ở, tòa nhà, khu công nghiệp và công trình đặc thù như trạm viễn thông, cột phát sóng, theo "
        "TCVN 9385:2012.",
    ),
    (
        "mYo113",
        "en",
        "en_cambium_ground",
        "Grounding and lightning protection for tower-mounted wireless radios",
        "Installation practice for wireless access equipment on towers: lightning rod on a different tower leg bonded to "
        "ground, radios mounted at least 2 ft (0.6 m) below the tower top, surge suppressors on every Ethernet cable "
        "where it enters a building, and a grounding professional for doubtful cases.",
    ),
    (
        "mYo114",
        "en",
        "en_everythingrf_cell",
        "Lightning and surge protection of cellular radio sites",
        "White paper and advice on protecting cell sites: strike receptor, down-conductor and low-impedance grounding "
        "per NFPA 780 and IEC 62305, whether protection is needed at low lightning levels or among taller structures, "
        "and protecting both the base station and the remote radio head from direct and indirect strikes.",
    ),
    (
        "mYo115",
        "en",
        "en_nolightning",
        "Engineered lightning protection systems for telecom towers",
        "Engineered protection for cellular, microwave and broadcast towers: streamer-preventing terminals at the top "
        "and at antenna level, a conductive core, a low-resistance ground charge collector and transient suppressors on "
        "power and communication lines, reducing costly downtime at remote sites.",
    ),
    (
        "mYo116",
        "vi",
        "en_telstar_ts1000",
        "Hướng dẫn chống sét khi lắp đặt trạm gốc vô tuyến",
        "Khuyến nghị lắp đặt trạm gốc: giữ dòng sét trong cột và hệ tiếp đất, không để đi vào cáp phi-đơ; điện trở "
        "tiếp đất cột càng thấp càng tốt; dùng cọc tiếp đất bọc đồng dài ít nhất 8 ft (khoảng 2,4 m), nhiều cọc ở đất "
        "cát khô; tiếp đất vỏ cáp tại cột và chỗ vào nhà; nối các tủ thiết bị về một điểm tiếp đất chung.",
    ),
    (
        "mYo117",
        "vi",
        "en_tako_towers",
        "Hệ chống sét nhiều lớp cho cột viễn thông",
        "Thiết kế hệ chống sét cho cột viễn thông gồm kim thu sét, dây dẫn sét chạy dọc cột, hệ tiếp địa điện trở thấp "
        "(thường dưới 10 Ω) và thiết bị chống sét lan truyền cho thiết bị bên trong; tia sét có thể mang tới 200.000 A "
        "và phá hỏng khối vô tuyến, khối băng gốc của trạm 5G.",
    ),
    (
        "mYo118",
        "en",
        "en_ruckus_outdoor_surge",
        "Surge protection for outdoor Wi-Fi access point installations",
        "Recommended practice for outdoor APs: surge protector at the building entrance to protect indoor switches and "
        "controllers, a common ground for all indoor and outdoor equipment checked by an electrician, an outdoor surge "
        "arrestor at the AP if none is built in, and drip loops at cable entries.",
    ),
    (
        "mYo119",
        "en",
        "en_rajant_ethernet_spd",
        "Selecting Ethernet surge protectors for PoE mesh nodes",
        "Guidance for protecting mesh radio nodes fed over long Ethernet runs: choose protectors by surge rating and "
        "strike count, passive-PoE support and acceptable voltage drop and signal degradation; recommended unit meets "
        "GR-1089, is weatherproof with a ground clamp, CAT5e/CAT6 and two-stage suppression.",
    ),
    (
        "mYo120",
        "vi",
        "en_ditek_poe",
        "Thiết bị chống sét lan truyền cho đường mạng PoE ngoài trời",
        "Cung cấp thiết bị chống sét lan truyền (SPD) cho cáp Ethernet cấp nguồn PoE tới camera IP, điểm phát Wi-Fi, "
        "switch và kiểm soát ra vào đặt ngoài trời; PoE hiện cấp tới 90 W/57 V nên xung sét từ cáp ngoài trời có thể "
        "phá mạch thiết bị ở cả hai đầu.",
    ),
    (
        "mYo121",
        "vi",
        "en_hp_port_arrester",
        "Bộ chống sét cổng mạng cho router có cáp Ethernet đi ngoài trời",
        "Lắp bộ chống sét một cổng cho cổng Ethernet của router khi nối cáp từ ngoài trời: dòng xả tối đa 5 kA (xung "
        "8/20 μs), điện áp dư lõi-lõi dưới 40 V, lõi-đất dưới 600 V; gắn sát vít tiếp đất, cắt ngắn dây đất và kiểm tra "
        "thông mạch bằng đồng hồ vạn năng.",
    ),
    (
        "mYo122",
        "en",
        "en_ipsd_switch_surge",
        "Surge protection at cable entry for outdoor PoE runs feeding network switches",
        "Protection plan for outdoor PoE cabling back to switches: built-in switch port protection only covers the "
        "indoor class, while exposed cable-entry runs need Class I-rated protectors; in regions with 8-14 strikes per km² "
        "a year unprotected outdoor PoE sites can lose 30-40% of end devices per season.",
    ),
]

OFFERS += [
    # --- neighbouring fields (distractors: share words with the needs without solving them) ---
    (
        "mYo123",
        "vi",
        "vn_evn_sms_matdien",
        "Thiết bị cảnh báo mất điện bằng SMS cho trạm biến áp phân phối",
        "Sáng kiến của công ty điện lực: thiết bị gắn tại trạm biến áp gửi tin nhắn SMS khi mất điện, phân biệt mất "
        "điện do công tác hay do sự cố và hỗ trợ chống trộm tài sản ngành điện; đã lắp thử 10 bộ, hướng tới toàn bộ "
        "2.478 trạm biến áp của đơn vị.",
    ),
    (
        "mYo124",
        "vi",
        "vn_spc_doxa",
        "Hệ thống đo xa chỉ số công tơ điện cho khách hàng nông thôn",
        "Giải pháp thu thập chỉ số công tơ từ xa thay cho ghi chỉ số bằng mắt, giảm tổn thất điện năng và chi phí của "
        "đội ngũ hơn 2.500 người ghi chỉ số, phục vụ hơn 5,4 triệu khách hàng (75% ở nông thôn) của 21 tỉnh phía Nam.",
    ),
    (
        "mYo125",
        "vi",
        "vn_ctu_ups_tba",
        "Tìm hiểu hệ thống điện dự phòng UPS trong trạm biến áp 110 kV",
        "Đồ án điện công nghiệp của một trường đại học vùng đồng bằng về bộ lưu điện UPS cho nguồn tự dùng của trạm "
        "biến áp 110 kV: các dòng UPS offline, line-interactive, online, chế độ vận hành, thời gian lưu điện, xả nạp và "
        "bảo vệ ắc quy.",
    ),
    (
        "mYo126",
        "vi",
        "vn_truyenthanh_tayninh",
        "Cụm loa truyền thanh thông minh dùng mạng 3G/4G cho xã biên giới",
        "Lắp đặt và vận hành 200 cụm loa truyền thanh thông minh tại 19 xã: phát thanh qua hạ tầng 3G/4G có trí tuệ "
        "nhân tạo đọc tin, không cần máy phát FM, cột ăng ten hay giấy phép tần số, giảm chi phí bảo trì.",
    ),
    (
        "mYo127",
        "vi",
        "vn_vnpt_ics",
        "Hệ thống truyền thông thông minh cho thông tin cơ sở cấp tỉnh, huyện, xã",
        "Nền tảng sản xuất, biên tập nội dung và truyền tải thông tin cơ sở tới người dân qua thiết bị truyền thanh, "
        "bảng tin điện tử công cộng; quản lý tập trung hệ thống phát thanh, nhận phản hồi của người dân theo quy định "
        "về hệ thống thông tin nguồn.",
    ),
    (
        "mYo128",
        "vi",
        "vn_camau_truyenthanh",
        "Thí điểm hệ thống truyền thanh ứng dụng công nghệ số cấp xã",
        "Đề án chuyển các đài truyền thanh xã dùng tần số 54-68 MHz sang truyền thanh ứng dụng công nghệ số ở một tỉnh "
        "có 90/101 xã, phường có đài; đưa thông tin chỉ đạo đến vùng sâu, vùng xa nhanh hơn.",
    ),
    (
        "mYo129",
        "vi",
        "vn_camera_danviet",
        "Lắp camera an ninh cho tuyến đường, khu dân cư",
        "Mô hình camera an ninh phủ các tuyến đường và khu dân cư, hỗ trợ chính quyền và công an giữ trật tự, an toàn "
        "xã hội và giúp người dân chấp hành pháp luật.",
    ),
    (
        "mYo130",
        "vi",
        "vn_camera_ip",
        "Tư vấn camera IP cho gia đình, cửa hàng, trang trại",
        "Tư vấn chọn camera IP: ưu nhược điểm so với camera analog, các loại camera IP có dây, không dây, cấp nguồn "
        "PoE, xem từ xa qua điện thoại.",
    ),
    (
        "mYo131",
        "vi",
        "vn_ctu_luatom_iot",
        "Mạng cảm biến IoT quản lý môi trường ruộng lúa - tôm",
        "Giải pháp của trường đại học vùng đồng bằng: mạng cảm biến đo độ mặn, pH, NH4, oxy hòa tan, nhiệt độ trên ruộng "
        "lúa - tôm ở 4 xã, giúp nông dân chủ động thời điểm cấp nước, ổn định chất lượng nước và tăng tỷ lệ tôm sống.",
    ),
    (
        "mYo132",
        "vi",
        "vn_nguoinuoitom_iot",
        "Hệ thống giám sát tự động chất lượng nước nuôi thủy sản",
        "Hệ thống IoT đo tự động 5 thông số nhiệt độ, độ mặn, pH, oxy hòa tan, ORP cho trại giống và khu nuôi công "
        "nghiệp, lưu trữ trên máy chủ và cảnh báo sớm biến động môi trường, thay cho đo nhanh và lấy mẫu thủ công.",
    ),
    (
        "mYo133",
        "vi",
        "vn_cagiong_tombung",
        "Cảm biến âm thanh theo dõi sức khỏe tôm qua tần suất búng",
        "Thiết bị nhúng thuật toán vào cảm biến: microphone trong ao đếm số lần tôm búng mỗi phút (tôm khỏe có thể "
        "trên 100 lần/phút, dải 2-200 kHz), cảm biến rung theo dõi máy bơm oxy và quạt nước, trạm trung tâm cảnh báo "
        "bất thường.",
    ),
    (
        "mYo134",
        "vi",
        "vn_ctu_iot_vinhlong",
        "Hệ thống IoT giám sát nước ao nuôi cá, tôm có tự làm sạch đầu dò",
        "Hệ thống giám sát chất lượng nước ao nuôi đã lắp tại một số trang trại ở Vĩnh Long và Bạc Liêu: nông dân xem "
        "số liệu thời gian thực trên máy chủ đám mây bằng điện thoại, nhận SMS cảnh báo khi vượt ngưỡng; đầu dò oxy "
        "được làm sạch tự động.",
    ),
    (
        "mYo135",
        "vi",
        "vn_tienphong_vetinh_bentre",
        "Lắp thiết bị kết nối vệ tinh giám sát tàu cá đánh bắt xa bờ",
        "Đơn vị thông tin điện tử hàng hải lắp miễn phí thiết bị kết nối vệ tinh cho tàu đánh bắt xa bờ thuộc tổ, đội "
        "sản xuất (đợt 1: 100 thiết bị trong kế hoạch 201 thiết bị của một tỉnh có hơn 1.700 tàu xa bờ), hoạt động như "
        "hộp đen ghi hành trình.",
    ),
    (
        "mYo136",
        "vi",
        "vn_vishipel_hoidap",
        "Thiết bị giám sát hành trình tàu cá có báo động cấp cứu và nhắn tin tàu - bờ",
        "Thiết bị đạt chuẩn được cơ quan thủy sản công nhận, ngoài giám sát hành trình còn có nút SOS báo động cấp cứu, "
        "nhận thông tin thời tiết vùng biển, gửi/nhận điện hai chiều tàu - bờ, tàu - tàu và nhắn SMS tới điện thoại "
        "trên bờ; bán tại các đài thông tin duyên hải.",
    ),
    (
        "mYo137",
        "vi",
        "vn_stracking",
        "Thiết bị giám sát hành trình tàu cá cảnh báo vượt ranh giới vùng biển",
        "Thiết bị giám sát hành trình do doanh nghiệp công nghệ quân đội phát triển, cảnh báo khi tàu chạm ranh giới "
        "vùng biển nước khác để ngư dân tránh vi phạm, kèm theo dõi vị trí tàu trên bờ.",
    ),
    (
        "mYo138",
        "vi",
        "vn_dvbt2_hongheo",
        "Cấp đầu thu truyền hình số DVB-T2 cho hộ nghèo",
        "Chương trình mua khoảng 530.000 đầu thu truyền hình số mặt đất DVB-T2 cấp cho hộ nghèo khi chuyển từ truyền "
        "hình tương tự sang truyền hình số.",
    ),
    (
        "mYo139",
        "vi",
        "vn_chongset_nhao",
        "Thi công chống sét trọn gói cho nhà ở dân dụng",
        "Khảo sát và lắp hệ thống chống sét cho nhà dân: kim thu sét trên mái, dây dẫn và cọc tiếp địa để dẫn dòng sét "
        "xuống đất an toàn, bảo vệ người và tài sản; báo giá trọn gói theo chiều cao, kết cấu nhà.",
    ),
    (
        "mYo140",
        "vi",
        "vn_chongset_maiton",
        "Lắp kim thu sét đúng kỹ thuật trên mái tôn nhà xưởng, nhà kho",
        "Khắc phục 5 lỗi thường gặp khi lắp kim thu sét trên mái tôn: đặt kim ở điểm cao gần tâm mái, tính vùng bảo vệ "
        "theo NFC 17-102 hoặc TCVN 9385, cọc tiếp địa mạ đồng dài từ 2,4 m, đo điện trở tiếp địa sau thi công đạt "
        "không quá 10 Ω, dây thoát sét đi thẳng.",
    ),
    (
        "mYo141",
        "vi",
        "vn_hcm_ngamhoa",
        "Ngầm hóa cáp viễn thông kết hợp lưới điện đô thị",
        "Kế hoạch ngầm hóa 90% cáp viễn thông kết hợp công trình kỹ thuật khác ở 24 quận huyện đến năm 2025; giai đoạn "
        "đầu thi công 65 công trình ngầm hóa cáp viễn thông và 73 công trình cáp điện lực, dài trên 225 km.",
    ),
    (
        "mYo142",
        "vi",
        "en_luleey_otdr",
        "Bán máy đo OTDR và máy hàn cáp quang",
        "Cung cấp thiết bị: máy đo phản xạ miền thời gian quang (OTDR) đo suy hao và phản xạ để định vị lỗi trên tuyến, "
        "máy hàn nhiệt sợi quang cho mối hàn suy hao thấp, độ bền cao dùng trong thi công và bảo dưỡng mạng.",
    ),
    (
        "mYo143",
        "en",
        "en_tvu_khmer",
        "Khmer language training courses for officials and civil servants",
        "University in the province with Khmer-language teaching capacity runs Khmer courses for officials of a "
        "neighbouring province (111 trainees) under the national programme for ethnic-minority areas, covering basic "
        "knowledge and skills for work with Khmer communities.",
    ),
    (
        "mYo144",
        "en",
        "en_solarkiosk",
        "Solar-powered kiosks for off-grid phone charging and small business",
        "Modular kiosks roofed with PV panels that charge about 220 phones a day, run laptops and a medicine fridge and "
        "carry a mobile router with Wi-Fi; several kiosks can be linked as a small community power supply, and a large "
        "one could power a cell tower.",
    ),
    (
        "mYo145",
        "vi",
        "en_amikind_shs",
        "Bộ điện mặt trời gia đình cho hộ không có điện lưới",
        "Bộ điện mặt trời độc lập cho một hộ gồm tấm pin, ắc quy, bộ điều khiển sạc, đèn LED và cổng sạc điện thoại, "
        "thường bán trả góp; cung cấp mức điện cơ bản cho chiếu sáng và liên lạc, không đủ cho máy móc sản xuất.",
    ),
    (
        "mYo146",
        "vi",
        "en_solarnovus_charging",
        "Trạm sạc năng lượng mặt trời cho đèn và điện thoại ở vùng không có điện",
        "Mô hình 74 trạm sạc năng lượng mặt trời: mỗi trạm là một phòng sạc 60 đèn LED 1 Wp có pin lithium và sạc trực "
        "tiếp điện thoại; người dân địa phương tự lắp các trạm sau khi học từ hai trạm đầu, tránh phải đi 2-3 km và chờ "
        "2-3 giờ để sạc.",
    ),
    (
        "mYo147",
        "en",
        "en_locallygrown",
        "Online farmers' market ordering platform",
        "Web ordering system for farmers' markets, CSAs and farm stands: farmers post what they have each week, "
        "customers order by a deadline and farmers harvest exactly what sold; free to join, the developer takes 3% of "
        "sales; about 100 sellers and 1,800 customers on the original market.",
    ),
    (
        "mYo148",
        "en",
        "en_crescent_app",
        "Mobile app for ordering and prepaying at farmers' markets",
        "Non-profit market network's phone app that lets shoppers browse, order and prepay from vendors and collect at "
        "weekly markets, with a separate wholesale function for restaurants; vendors keep their profit minus a 5% "
        "processing fee.",
    ),
    (
        "mYo149",
        "vi",
        "en_drsat_realign",
        "Dịch vụ chỉnh lại chảo thu truyền hình vệ tinh",
        "Thợ kỹ thuật chỉnh lại chảo vệ tinh bị lệch do lắp ban đầu kém, gió mạnh: căn góc ngẩng, góc phương vị và góc "
        "phân cực của đầu thu để lấy lại cường độ tín hiệu truyền hình tốt nhất.",
    ),
    (
        "mYo150",
        "en",
        "en_cband_tips",
        "C-band satellite TV dish installation and site survey",
        "Installation tips for C-band TV receive systems: site survey for a clear view of all satellite positions and "
        "seasonal foliage, checking 3.7-4.2 GHz terrestrial interference with an LNB and meter, a plumb pole in a "
        "concrete base (about one bag of concrete per foot of dish) and careful feedhorn mounting.",
    ),
    (
        "mYo151",
        "en",
        "en_headlight_pv",
        "Grounding methods for lightning protection of photovoltaic arrays",
        "Guidance for PV installations: a separate DC grounding electrode for arrays and frames to improve protection "
        "against lightning and transients, metal-clad buried cable for power lines entering a base station, and "
        "references to NFPA 780 and NEC 250.",
    ),
    (
        "mYo152",
        "en",
        "en_sen_marine",
        "Protecting electrical terminations of pole-mounted security equipment near the sea",
        "Advice for security-system boxes on coastal poles where salt mist crystallises and corrodes terminals: avoid "
        "mixing aluminium with stainless steel, conformal-coat boards at replacement time and coat exposed terminations "
        "with petroleum jelly or dielectric grease.",
    ),
    (
        "mYo153",
        "en",
        "en_caltrans_enclosure",
        "Enclosure requirements for electrical equipment in wet and corrosive environments",
        "Transport agency equipment specification: outdoor enclosures weatherproof to IP65 (IP67 if they may be "
        "submerged), corrosion-resistant or coated metals, painted finishes that last the service life, drainage for "
        "unavoidable moisture pockets and no desiccants in them.",
    ),
    (
        "mYo154",
        "en",
        "en_techterms_ups",
        "Uninterruptible power supplies for computers and home electronics",
        "Explainer for choosing a UPS: a surge protector plus rechargeable battery; a typical unit runs a desktop and "
        "monitor about 15 minutes, or a modem and Wi-Fi router for several hours; usable watts are about 60% of the VA "
        "rating (900 VA ≈ 540 W), and software can shut the computer down safely.",
    ),
    (
        "mYo155",
        "en",
        "en_illegal_boosters",
        "Regulator warning on illegal mobile boosters in rural areas",
        "Telecoms regulator report: a 66% rise in unlicensed rooftop aerials and mobile boosters in rural areas, which "
        "cause over 60% of interference to mobile networks and have disrupted emergency radio; locating them needs hours "
        "of direction finding.",
    ),
    (
        "mYo156",
        "vi",
        "vn_kth_kiemdinh",
        "Kiểm định hệ thống chống sét, đo điện trở tiếp địa nhà xưởng theo TCVN",
        "Dịch vụ kiểm định chống sét định kỳ cho nhà xưởng, tòa nhà, chung cư theo TCVN 9385:2012 và quy định phòng "
        "cháy chữa cháy: đo điện trở tiếp địa bằng máy chuyên dụng, kiểm tra kim thu, dây dẫn, lập biên bản để tránh bị "
        "xử phạt.",
    ),
]

OFFERS += [
    # --- further offers on the theme ---
    (
        "mYo157",
        "vi",
        "en_lorawan_aqua",
        "Xây dựng mạng LoRaWAN phủ sóng vùng nuôi thủy sản nông thôn",
        "Nhóm nghiên cứu kỹ thuật điện tử - viễn thông thiết kế kiến trúc gateway LoRaWAN cho vùng nuôi cá ở nông thôn "
        "thiếu mạng: các nút cảm biến gửi gói tin nhỏ đi xa tới gateway, gateway đẩy dữ liệu lên nền tảng IoT qua Wi-Fi, "
        "Ethernet hoặc di động; một gateway nhận được hàng trăm đến hàng nghìn nút.",
    ),
    (
        "mYo158",
        "en",
        "en_lpwan_sea",
        "LoRaWAN links from offshore aquaculture structures to shore gateways",
        "University research measuring a LoRaWAN channel from an offshore monitoring structure of an aquaculture plant "
        "to two shore gateways: range, SNR and RSSI for different spreading factors and antenna heights; data got "
        "through at 8.33 km even with worst-case settings.",
    ),
    (
        "mYo159",
        "en",
        "en_dailyyonder_tvws",
        "Rural broadband mixing TV white space, fixed wireless and satellite",
        "Internet provider taking part in an initiative that coordinates small ISPs, manufacturers and software "
        "vendors to roll out TV white space together with fixed wireless and satellite, aiming to connect at least "
        "100,000 unserved residents in one state; the wider goal was 2 million rural people by 2022.",
    ),
    (
        "mYo160",
        "vi",
        "en_rackbattery_towers",
        "Cung cấp pin lithium 48 V thay ắc quy chì cho trạm BTS",
        "Cung cấp pin LiFePO4 cho trạm 4G/5G: 2.000-5.000 chu kỳ, làm việc từ -20 đến 60 °C, BMS thông minh; bộ 48 V "
        "200 Ah (9,6 kWh) nuôi một trạm cỡ vừa 8-12 giờ khi mất điện, nhẹ hơn khoảng 50% và chiếm ít hơn 40-60% diện "
        "tích so với ắc quy chì, giảm giờ chạy máy phát.",
    ),
    (
        "mYo161",
        "vi",
        "en_akcp_fuel",
        "Cảm biến đo mức nhiên liệu bồn máy phát trạm viễn thông từ xa",
        "Lắp cảm biến mức dầu cho bồn máy phát tại trạm xa, gửi dữ liệu về trung tâm để biết dầu còn đủ chạy khi mất "
        "điện dài ngày và phát hiện mức dầu tụt đột ngột do trộm; đối chiếu lượng dầu giao với hóa đơn nhà cung cấp.",
    ),
    (
        "mYo162",
        "vi",
        "en_green_wifi_solar",
        "Điểm phát Wi-Fi chạy năng lượng mặt trời cho nơi điện không ổn định",
        "Nút phát Wi-Fi gồm tấm pin mặt trời nhỏ, ắc quy chịu tải nặng, router và bộ điều khiển sạc thông minh tự giới "
        "hạn truy cập khi nắng yếu, nhờ đó hoạt động liên tục đến một tháng khi trời ít nắng.",
    ),
    (
        "mYo163",
        "vi",
        "en_hnhbck_om",
        "Bảo dưỡng định kỳ tuyến cáp quang và xử lý sự cố đứt cáp",
        "Dịch vụ vận hành, bảo dưỡng tuyến cáp quang: tuần tra hằng ngày phát hiện hư hỏng, cáp võng, măng xông hở; đo "
        "OTDR định kỳ để theo dõi suy hao; khi đứt cáp thì định vị lỗi bằng OTDR, hàn nối, khôi phục và đo kiểm lại; phát "
        "quang cây, công trình lấn tuyến.",
    ),
    (
        "mYo164",
        "vi",
        "en_iti_ptmp",
        "Thiết kế mạng Internet không dây điểm - đa điểm cho vùng nông thôn",
        "Khảo sát điểm cao (gò đất, tháp nước, silo) để đặt ăng ten điểm - đa điểm, dựng tuyến điểm - điểm có tầm nhìn "
        "thẳng về trung tâm mạng, đặt trạm lặp khi bị che khuất; cấp điện cho cột bằng pin mặt trời, gió và ắc quy; "
        "phân tích mật độ khách hàng để bảo đảm hòa vốn.",
    ),
    (
        "mYo165",
        "vi",
        "en_everythingrf_cell",
        "Tư vấn bảo vệ chống sét và quá áp cho trạm di động và khối vô tuyến trên cột",
        "Tư vấn phạm vi bảo vệ cần cho từng trạm: hệ thu sét, dây dẫn xuống và tiếp đất trở kháng thấp theo NFPA 780, "
        "IEC 62305; có cần bảo vệ khi mật độ sét thấp hay khi xung quanh có công trình cao hơn; bảo vệ cả trạm gốc lẫn "
        "khối vô tuyến đầu xa (RRH) khỏi sét đánh trực tiếp và gián tiếp.",
    ),
]

OFFERS += [
    (
        "mYo166",
        "vi",
        "en_chirpstack_mesh",
        "Gateway LoRa chuyển tiếp (mesh) mở rộng vùng phủ LoRaWAN nơi thiếu Internet",
        "Phần mềm chạy trên gateway LoRa biến một số gateway thành trạm chuyển tiếp (thường chạy pin mặt trời, không cần "
        "đường Internet) và một gateway biên nối về máy chủ mạng; dữ liệu lên, xuống của thiết bị LoRaWAN được chuyển "
        "tiếp tối đa 8 chặng mà không phải sửa phần mềm thiết bị, phù hợp vùng xa ít Internet.",
    ),
]
