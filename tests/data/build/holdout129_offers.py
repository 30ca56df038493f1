"""Offers of holdout129 (bottled drinking water and ice plants): (id, language, source key, title, description)."""

OFFERS = [
    # --- water treatment: pretreatment, RO, brackish and iron-rich source water ---
    (
        "nAo001",
        "vi",
        "vnnews_quytrinh",
        "Dây chuyền xử lý nước tinh khiết trọn bộ cho cơ sở đóng chai, đóng bình",
        "Doanh nghiệp thiết bị nhận thiết kế và lắp đặt chuỗi xử lý từ bể chứa nước nguồn: lọc thô và khử sắt bằng "
        "vật liệu oxy hóa kết tủa kim loại, cột than hoạt tính khử mùi và màu, làm mềm, lọc tinh rồi qua màng thẩm thấu "
        "ngược (RO), sau cùng diệt khuẩn bằng đèn UV và ozone trước khi chiết. Thành phẩm là nước tinh khiết dùng cho "
        "chai 330–500 ml và bình lớn.",
    ),
    (
        "nAo002",
        "en",
        "alps_process",
        "Raw-water analysis and treatment route design for bottled water plants",
        "A machinery supplier starts every bottled-water project with a laboratory analysis of the incoming water and "
        "then selects the route: chlorine removal and final sterilisation for municipal water, hardness control, iron "
        "removal, reverse osmosis and stronger microbial treatment for well water. The design targets turbidity, "
        "colour, odour, hardness, dissolved salts and microorganisms, and is sized to limit membrane fouling, scaling "
        "and downtime.",
    ),
    (
        "nAo003",
        "en",
        "puresira",
        "Seven-step purification package: carbon, RO, remineralisation and UV before bottling",
        "A bottled-water producer licenses its process: source water testing, pre-filtration of debris, activated "
        "carbon to strip chlorine and organic compounds, reverse osmosis (or distillation) to remove dissolved salts, "
        "re-addition of calcium and magnesium for taste, UV sterilisation, and filling into sterilised bottles that "
        "are sealed and labelled.",
    ),
    (
        "nAo004",
        "vi",
        "namviet_ro_man",
        "Hệ thống RO xử lý nước nhiễm mặn cho vùng ven biển Đồng bằng sông Cửu Long",
        "Công ty môi trường cung cấp hệ lọc thẩm thấu ngược dùng màng có lỗ khoảng 0,0001 micromet, loại bỏ muối, "
        "kim loại nặng, vi khuẩn và virus khỏi nước sông, nước giếng bị xâm nhập mặn. Giải pháp được thiết kế cho các "
        "tỉnh ĐBSCL và ven biển miền Trung, nơi hạn hán và nước biển dâng làm nguồn nước ngọt thiếu hụt vào mùa khô.",
    ),
    (
        "nAo005",
        "vi",
        "locphen_mientay",
        "Giải pháp xử lý nước nhiễm mặn, nhiễm lợ cho các tỉnh miền Tây Nam Bộ",
        "Đơn vị xử lý nước nhận khảo sát nguồn nước bị nhiễm mặn, nhiễm lợ do mưa đầu mùa ít, dòng chảy kiệt từ thượng "
        "nguồn Mekong và hồ thủy điện; đề xuất hệ lọc phù hợp cho hộ dân, cơ sở sản xuất và nuôi trồng ở miền Tây, "
        "kèm lắp đặt và bảo trì.",
    ),
    (
        "nAo006",
        "vi",
        "ace_nuocmat_man",
        "Tư vấn công nghệ cho nước mặt nhiễm mặn: RO kèm tiền xử lý, hoặc lọc nano khi mặn nhẹ",
        "Công ty tư vấn môi trường đề xuất RO để tách ion Na⁺, Cl⁻ khỏi nước mặt nhiễm mặn, với lọc sơ bộ bỏ cát, cặn "
        "và điều chỉnh pH bằng hóa chất để bảo vệ màng; khi độ mặn không cao có thể dùng lọc nano (NF) giữ lại một phần "
        "khoáng. Nước sau xử lý đạt tiêu chuẩn sử dụng.",
    ),
    (
        "nAo007",
        "vi",
        "vietthaisinh_lo",
        "Xử lý nước lợ 1–10 g/l thành nước ngọt sinh hoạt",
        "Công ty Việt Thái Sinh cung cấp thiết bị biến nước lợ (1–10 gam muối hòa tan mỗi lít, theo thang ppt) thành "
        "nước ngọt cho các vùng cửa sông miền Tây, nơi nước ngọt và nước mặn giao thoa. Nước lợ uống lâu ngày gây mất "
        "nước tế bào và bệnh tiêu hóa nên cần khử mặn trước khi dùng.",
    ),
    (
        "nAo008",
        "vi",
        "vts_hoithao",
        "Tách phù sa, lọc nước biển thành nước ngọt cho ruộng lúa, ao tôm và tưới tiêu",
        "Giải pháp giới thiệu tại hội thảo của Sở KH&CN TP.HCM và CESTI (24/3/2017): tách phù sa, khử mặn nước biển và "
        "nước lợ ở quy mô lớn để cấp nước tưới cho ruộng lúa, ao tôm, ao cá, hoa màu trong mùa hạn mặn ở ĐBSCL, nơi "
        "thiệt hại 2016 không dưới 100 tỷ đồng mỗi tỉnh.",
    ),
    (
        "nAo009",
        "vi",
        "aposun_phen",
        "Bể lọc khử phèn sắt ba ngăn làm thoáng – lắng – lọc cho nước giếng",
        "Đơn vị xử lý nước hướng dẫn và thi công bể lọc gạch xi măng ba ngăn (lắng, lọc, chứa; mỗi ngăn 0,35–0,49 m³), "
        "giàn phun mưa oxy hóa Fe²⁺ thành Fe³⁺, lớp sỏi đỡ, cát lọc, cát mịn và thêm than khi cần khử mùi. Phù hợp nước "
        "giếng nhiễm phèn trước khi đưa vào hệ lọc tinh.",
    ),
    (
        "nAo010",
        "vi",
        "vntec_phen",
        "Thiết kế, lắp đặt hệ thống lọc nước giếng khoan nhiễm phèn gia đình và công nghiệp",
        "VNTEC khảo sát nước giếng khoan vùng ĐBSCL, Long An, Bình Dương: nước bơm lên trong, mùi tanh, sau khoảng 30 "
        "phút có cặn vàng nâu do sắt Fe(II) dạng muối tan. Công ty tư vấn miễn phí, thiết kế và thi công hệ lọc khử sắt, "
        "khử phèn cho hộ dân và nhà xưởng.",
    ),
    (
        "nAo011",
        "vi",
        "thesixei_15m3",
        "Hệ thống xử lý nước cấp 15 m³/giờ: tháp oxy hóa, bể lắng, lọc áp lực, trao đổi ion",
        "Gói thiết bị cho nước giếng: tháp oxy hóa có quạt thổi ngược khử CO₂, nâng pH và oxy hóa sắt, bể lắng giữ nước "
        "cho phản ứng thủy phân hoàn tất, hai bồn lọc áp lực than – cát thạch anh – sỏi, sau cùng là cột nhựa trao đổi "
        "ion. Công suất 15 m³/giờ, dùng làm nước cấp đầu vào cho sản xuất.",
    ),
    (
        "nAo012",
        "en",
        "askvity_filter",
        "Multi-barrier filtration train for bottlers: carbon, micron, RO and UV",
        "Water-treatment integrator combining granular or block activated carbon for chlorine and VOCs, micron "
        "cartridges for fine sediment, reverse osmosis for dissolved solids, UV for bacteria and viruses, and optional "
        "ozonation, assembled in the order used by commercial bottled-water lines.",
    ),
    (
        "nAo013",
        "en",
        "yctd_process",
        "Automated bottled-water process with computerised quality monitoring",
        "Packaging-line maker supplying mechanical and carbon filters, an RO unit, UV sterilisation and a storage tank "
        "where pH, mineral content and microbiology are checked before automated cleaning, filling and sealing; the "
        "control system logs water quality parameters and line efficiency for regulatory compliance.",
    ),
    (
        "nAo014",
        "en",
        "kintls_pure",
        "RO pure-water treatment plant for purified drinking water bottlers",
        "Equipment firm building reverse-osmosis pure-water plants with flowcharts for purified drinking water, which "
        "must have chlorine and most dissolved solids removed; it advises on source choice (about a quarter of bottled "
        "water comes from municipal supply) and on combining RO, UV, micron filtration and ozonation.",
    ),
    (
        "nAo015",
        "en",
        "20q_bottling",
        "Ten-stage bottling plant layout with 0.2-micron filtration and triple disinfection",
        "Consultancy describing a ten-stage plant: stainless transfer lines, carbon filtration and softening, "
        "demineralisation by RO, daily-monitored storage tanks, mineral dosing, 0.2-micron pharmaceutical-grade "
        "microfiltration, UV followed by ozone, a hygienic filling room, packaging inspection and automated line "
        "sanitation.",
    ),
    (
        "nAo016",
        "vi",
        "xmfiller_vi",
        "Lọc sơ bộ và lọc tinh bảo vệ màng RO, đèn UV trong dây chuyền nước đóng chai",
        "Nhà sản xuất máy chiết rót cung cấp cụm lọc nhiều cấp: lõi lọc sâu polypropylen hoặc polyester gấp nếp giữ hạt "
        "trên 5 micron (cát, gỉ sắt), lọc tuyệt đối 1 micron ở cuối, ngăn tắc màng thẩm thấu ngược và thiết bị UV. Theo "
        "số liệu ngành năm 2025, tiền lọc đúng cách giảm khoảng 35% chi phí bảo trì.",
    ),
    (
        "nAo017",
        "en",
        "aquakem_cip",
        "RO membrane cleaning chemicals and cleaning-in-place service",
        "Chemical supplier restoring reverse-osmosis performance when output drops: formulations against scaling "
        "(inorganic), biofouling and suspended-matter fouling, applied as clean-in-place to cut the energy and "
        "production losses caused by higher feed-channel resistance.",
    ),
    (
        "nAo018",
        "en",
        "genesys_clay",
        "Membrane autopsy and clay-fouling removal for RO systems",
        "A membrane laboratory that autopsies fouled RO elements found aluminosilicate clay to be the main foulant on "
        "lead elements over six years; it offers diagnosis and specialty cleaners that penetrate compacted clay "
        "deposits, so operators stop raising feed pressure to hold output.",
    ),
    (
        "nAo019",
        "vi",
        "tithaco_baotri",
        "Dịch vụ bảo trì hệ thống lọc RO định kỳ",
        "Công ty xử lý nước nhận bảo trì hệ RO: thay lõi PP, than hoạt tính, CTO sau 3–6 tháng, màng RO sau 18–24 tháng "
        "hoặc khi TDS tăng, kiểm tra bơm tăng áp, van điện từ mỗi 6 tháng, bình áp và đường ống 6–12 tháng, thay bóng "
        "UV 12 tháng một lần dù vẫn sáng.",
    ),
    (
        "nAo020",
        "vi",
        "cesti_lamngot",
        "Hệ thống lọc nước tinh khiết đóng bình có bộ làm ngọt nước",
        "Mô hình công nghệ giới thiệu trên sàn CESTI: hệ lọc nước tinh khiết đóng bình vận hành ổn định, có bộ làm ngọt "
        "riêng giúp nước có vị dễ uống hơn sản phẩm cùng loại. Giá tham khảo thị trường: bình 20 lít của cơ sở nhỏ "
        "12.000–15.000 đồng, nhãn hiệu lớn 38.000–45.000 đồng.",
    ),
    (
        "nAo021",
        "vi",
        "toankhang_bentre",
        "Gia công bồn inox, đường ống và lắp đặt thiết bị cho cơ sở nước uống đóng chai (Bến Tre)",
        "Cơ khí inox Toàn Khang (TP. Bến Tre) nhận chế tạo bồn chứa nước nguồn, bồn thành phẩm, cột lọc và đường ống "
        "inox cho cơ sở nước uống đóng chai, bình lớn dùng cho văn phòng và gia đình ở các tỉnh lân cận, kèm tư vấn quy "
        "trình từ chọn nguồn nước đến đóng gói.",
    ),
    (
        "nAo022",
        "vi",
        "vnu_asen",
        "Khử asen trong nước ngầm bằng sắt hydroxit tại chỗ (kết quả nghiên cứu ĐHQGHN)",
        "Nhóm nghiên cứu Khoa Môi trường, Trường ĐH Khoa học Tự nhiên chuyển giao đánh giá và cải tiến bể lọc khử sắt "
        "quy mô hộ để đồng thời giảm asen: nước giếng khoan khảo sát vượt giới hạn 10 µg/l từ 2–4 lần; hiệu quả được "
        "đánh giá qua phân tích Fe, As, pH trước và sau lọc.",
    ),
    (
        "nAo023",
        "en",
        "loopeng_softener",
        "Ion-exchange softeners to protect RO membranes from hardness",
        "Water-equipment firm supplying resin or zeolite softeners that swap calcium and magnesium for sodium or "
        "potassium ahead of membrane units, with automatic brine regeneration and fresh-water rinse, to stop scale "
        "damaging downstream RO elements.",
    ),
]

OFFERS += [
    # --- disinfection: UV and ozone ---
    (
        "nAo024",
        "vi",
        "locnuoc360_uv",
        "Đèn UV diệt khuẩn bước sóng 254 nm cho hệ thống lọc nước uống",
        "Nhà cung cấp thiết bị lọc nước bán đèn UV buồng inox kín, bóng hơi thủy ngân, bất hoạt 99,9% vi khuẩn, virus, "
        "ký sinh trùng như Coliform, E. coli, Salmonella, Giardia mà không dùng clo hay ozone; lắp sau máy lọc gia đình, "
        "hệ xử lý nước uống hoặc hồ cá.",
    ),
    (
        "nAo025",
        "vi",
        "namviet_uv",
        "Khử trùng nước bằng đèn UV: thiết kế, lắp đặt và thay bóng định kỳ",
        "Công ty môi trường lắp buồng UV inox với ống thạch anh cách ly bóng, tia 254 nm phá DNA/RNA vi sinh trong vài "
        "giây, không đổi mùi vị hay pH. Khuyến cáo lắp lọc tinh trước UV vì nước đục làm giảm hiệu quả; thay bóng sau "
        "9–12 tháng.",
    ),
    (
        "nAo026",
        "vi",
        "saoviet_uv",
        "Đèn UV áp suất thấp và áp suất trung bình cho ngành đồ uống, dược phẩm",
        "Công ty Sao Việt (Hà Nội) cung cấp đèn UV áp suất thấp phát gần đơn sắc 254 nm (hơi thủy ngân khoảng 2 mbar) "
        "và đèn áp suất trung bình phổ 200–320 nm công suất lớn, dùng khử trùng nước trong ngành dược, mỹ phẩm, đồ uống, "
        "điện tử.",
    ),
    (
        "nAo027",
        "en",
        "triotirta_uvdose",
        "UV dose sizing: 30 mJ/cm² for disinfection, 90 mJ/cm² for ozone destruction",
        "Authorised UV distributor sizing reactors by dose rather than lamp wattage: about 30 mJ/cm² after a year of "
        "lamp ageing for 99.9% microbial kill, about 90 mJ/cm² to destroy 1.0 ppm ozone residual; a unit rated "
        "30 mJ/cm² at 24 m³/h under-doses if the flow runs faster.",
    ),
    (
        "nAo028",
        "en",
        "jyjsf_uv",
        "UV water sterilisers with quartz sleeve for 4-log inactivation",
        "Manufacturer of stainless UV chambers with lamps in quartz sleeves delivering 254 nm at controlled flow, "
        "achieving 99.99% inactivation of bacteria, viruses and Cryptosporidium and Giardia cysts, for residential, "
        "commercial and industrial water; requires turbidity pre-treatment and lamp maintenance.",
    ),
    (
        "nAo029",
        "en",
        "wtt_uvsizing",
        "UV system sizing service based on peak flow and UV transmittance",
        "Water-treatment specialists test UV transmittance (iron, manganese, hardness and tannins lower it) and "
        "determine peak simultaneous flow before choosing a UV unit, so that the germicidal dose in mJ/cm² is reached "
        "even in high-demand periods.",
    ),
    (
        "nAo030",
        "en",
        "bidnet_uvspec",
        "High-flow UV reactor, 300 gpm with end-of-lamp-life dose guarantee",
        "Supplier of UV reactors meeting a public specification: 410 mJ/cm² at 300 gpm at end of lamp life with 97% "
        "UVT, pressure drop under 5 psi, 16,000-hour lamps, single-end lamp access, over-temperature cut-off at 120°F "
        "and a dose-versus-flow calculation by accepted modelling.",
    ),
    (
        "nAo031",
        "en",
        "waterworld_ozone",
        "Ozone process control for bottlers to keep bromate under the limit",
        "Consultants on bottled-water ozonation who install proven ozone controls and monitoring, because bromide in "
        "spring or well water forms bromate under ozone; precise dosing keeps the disinfection barrier while meeting "
        "the bromate maximum contaminant level.",
    ),
    (
        "nAo032",
        "en",
        "62_ozone_faq",
        "Ozone dosing at 0.2–0.4 ppm before capping",
        "A bottling company shares its practice: after purification, ozone is dissolved at 0.2–0.4 ppm so any bacteria "
        "entering from bottle, cap, equipment or air are killed; with a half-life of about 30 minutes in water, bottles "
        "are held at least one day before dispatch.",
    ),
    (
        "nAo033",
        "en",
        "wcp_ozone",
        "Precise ozone injection systems for bottled water production",
        "Ozone system vendor sizing injection to product-water ozone demand and contact time, for disinfection of "
        "water, bottles and caps and better taste and shelf life; it warns that bromate can be a concern at 10 ppb and "
        "that RO-purified water behaves differently under ozonation.",
    ),
    (
        "nAo034",
        "en",
        "ozonesolutions_bw",
        "Integrated ozone injection skid: generator, venturi, recirculation and destruct",
        "Ozone equipment maker supplying a side-loop on the storage tank with generator, venturi injector, "
        "recirculation pump and off-gas destruct, plus ozone sensors at injection, tank outlet, destruct and point of "
        "use; ozone has been recognised as safe for bottled-water disinfection by the FDA since 1982.",
    ),
    (
        "nAo035",
        "vi",
        "bollyky_ozone",
        "Tư vấn ứng dụng ozone khử trùng nước, thiết bị, vỏ chai và nắp",
        "Chuyên gia xử lý nước (Bollyky Associates) tư vấn một bước ozone duy nhất để khử trùng đồng thời nước, thiết bị "
        "chiết, chai, khoảng khí trên mặt nước và nắp; nước ozone hóa đúng cách có vị tốt, không mùi và ổn định khi lưu "
        "kho tới 2 năm.",
    ),
    # --- 19–20 litre jug lines ---
    (
        "nAo036",
        "en",
        "xmfiller_5gal",
        "5-gallon jug washer with four-phase cleaning",
        "Filling-machine maker's barrel washer: pre-rinse jets at 80–100 psi and 50–60°C, alkaline detergent at 200 ppm "
        "and 60°C, peracetic-acid or ozone sanitising with 90–120 s dwell, final RO-water rinse; rotary nozzles give "
        "360° coverage of threads and handle crevices, and automated control keeps microbes at or below 5 CFU/ml.",
    ),
    (
        "nAo037",
        "en",
        "hengyu_capacity",
        "Capacity planning for 5-gallon water bottling lines (300–1,200 BPH)",
        "Machinery maker helping new or expanding barrel-water plants size their filler: rated capacities run "
        "300–1,200 bottles per hour, a well-run line reaches 80–90% of rating; the study covers demand, growth, shifts, "
        "downtime and upstream and downstream balance.",
    ),
    (
        "nAo038",
        "en",
        "gfm_rinse_refill",
        "Returned-jug inspection: automatic de-capping, electronic sniffer and vision check",
        "Jug-line supplier whose front end removes old caps with pneumatic extractors, samples the air in each "
        "returned jug with an electronic sniffer for chemical residues, yeast or mould, and visually inspects it, "
        "rejecting unsafe 3–5 gallon bottles before washing and refilling.",
    ),
    (
        "nAo039",
        "en",
        "eqs_5gal",
        "Complete 5-gallon water production line",
        "Equipment supplier delivering empty-bucket handling (automatic cap removal, inside and outside brushing, leak "
        "detection), filling, capping, leak check of sealed jugs, labelling or shrink sleeving and conveyors, as one "
        "hygienic line for recycled and new buckets.",
    ),
    (
        "nAo040",
        "en",
        "hengyu_automation",
        "Automated 3-in-1 barrel washing, filling and capping machine",
        "Machinery firm's gallon filler that integrates washing, filling and cap sealing in one continuous mechanism "
        "with sensors and PLC control, so operators no longer carry barrels between stations, cutting contamination "
        "risk and labour for hundreds of barrels per hour.",
    ),
    (
        "nAo041",
        "en",
        "gfm_match_demand",
        "Sizing a 5-gallon filling line from daily bottle demand",
        "Supplier's sizing method: required BPH = daily bottles ÷ working hours ÷ efficiency; 2,400 bottles a day over "
        "an 8-hour shift at 85% gives about 353 BPH, so a 350–450 BPH line; add a 15–25% buffer for seasonal peaks and "
        "balance washer, filler and capper.",
    ),
    (
        "nAo042",
        "vi",
        "zjg_5gal",
        "Dây chuyền tự động cho can 5 lít và bình 20 lít: tháo nắp, chải rửa, chiết, đóng nắp",
        "Nhà sản xuất thiết bị cung cấp dây chuyền 6–7 công đoạn cho bình PET dùng lại: máy tháo nắp cũ, chổi chải mặt "
        "trong và ngoài, vòi súc rửa bằng nước vô trùng, chiết có áp (khoảng 150–200 bình mỗi giờ), đóng nắp và hàn kín, "
        "gần như không cần người can thiệp.",
    ),
    (
        "nAo043",
        "vi",
        "wqp_fillitup",
        "Máy chiết bình 3–5 gallon thủ công, bán tự động và tự động cho cơ sở mới khởi nghiệp",
        "Nhà sản xuất máy chiết (Norland) khuyên chọn máy theo nhu cầu: máy chiết một vòi vận hành tay cho cơ sở vốn ít, "
        "tối đa khoảng 60 bình mỗi giờ với một công nhân, sau đó nâng lên bán tự động hoặc tự động khi thị trường tăng, "
        "tránh mua máy quá nhỏ hoặc quá lớn.",
    ),
    (
        "nAo044",
        "vi",
        "pakwatercare_plant",
        "Trạm nước đóng bình quy mô tối thiểu: lọc 1.000 lít/giờ, chiết 100–200 bình 19 lít/giờ",
        "Nhà thầu xử lý nước đề xuất cấu hình vốn thấp: hệ lọc 1.000 lít/giờ (8.000 lít mỗi ca 8 giờ), bồn chứa, máy "
        "súc – chiết – vặn nắp tự động (có thể làm tay), nhãn co nhiệt và màng co cổ bình qua hầm co, in ngày sản xuất "
        "và hạn dùng lên nắp; thổi chai PET là tùy chọn.",
    ),
    (
        "nAo045",
        "en",
        "gfm_fits_plant",
        "Gallon water plant layout from purification to dispatch",
        "Filling-machine supplier planning the whole floor around its gallon filler: RO, UV and ozone purification, "
        "bottle blowing or receiving, washing–filling–capping, labelling, shrink sleeve, quality inspection, stacking "
        "and palletising, storage and dispatch, so no stage bottlenecks the filler.",
    ),
    # --- PET bottle lines ---
    (
        "nAo046",
        "en",
        "sountec_monoblock",
        "3-in-1 monoblock rinsing, filling and capping for PET water bottles",
        "Machine builder's rotary monoblock: bottles arrive by air conveyor, are held by the neck ring, inverted 180° "
        "and rinsed with sterilised or ozonated water, then filled and capped in one enclosed machine that saves floor "
        "space and keeps dust out before sealing.",
    ),
    (
        "nAo047",
        "vi",
        "thienphu_khoang",
        "Dây chuyền chiết rót nước khoáng, nước tinh khiết đóng chai 1.000–12.000 chai/giờ",
        "Công ty máy Thiên Phú cung cấp dây chuyền tự động hoặc bán tự động: xử lý – lọc, chiết rót, đóng nắp, dán nhãn, "
        "đóng gói; công suất 1.000–12.000 chai/giờ, chạy nhiều cỡ chai 330 ml, 500 ml, 1,5 lít trên cùng dây chuyền, "
        "phù hợp nhà máy chạy 2–3 ca và cơ sở chuyển từ nước tinh khiết sang nước khoáng.",
    ),
    (
        "nAo048",
        "vi",
        "nghitin_line",
        "Tự động hóa dây chuyền sản xuất đồ uống cho nhà máy thực phẩm",
        "Doanh nghiệp cơ khí thực phẩm thiết kế dây chuyền đồ uống gồm chuỗi máy xử lý nguyên liệu, chiết, đóng gói nối "
        "liền, giúp sản xuất hàng loạt đồng đều, giảm chi phí nhân công và tăng năng lực cạnh tranh cho nhà máy nước "
        "giải khát.",
    ),
    (
        "nAo049",
        "en",
        "kyfilling_mech",
        "Gravity, piston, vacuum and servo-pump filling machines for water",
        "Filling-machine maker explaining its range: gravity fillers (simplest, most used for water), piston fillers "
        "for exact volumes, vacuum fillers for thicker liquids and servo-pump fillers for high accuracy, each with "
        "automated bottle cleaning, alignment on conveyors and sealing.",
    ),
    (
        "nAo050",
        "en",
        "packinsights_earth20",
        "Air rinser with gripper conveyors for PET bottles before filling",
        "Conveying-system supplier (Bevco) fitting an enclosed rinse room: gripper conveyors gap and invert bottles over "
        "air jets and a vacuum header, sensors stop the rinser on backup or jams and shut off air when no bottles come, "
        "saving compressed air on PET water lines.",
    ),
    (
        "nAo051",
        "en",
        "faygo_blowing",
        "PET bottle blow moulding machines for water bottlers",
        "Blow-moulding machine maker explaining how preforms are injection moulded from PET resin and then stretch-blown "
        "into water bottles; it offers machines and layouts for starting an in-house bottle-making and bottling "
        "factory, and compares PET, HDPE, PP and glass.",
    ),
    (
        "nAo052",
        "vi",
        "fillingm_machines",
        "Máy ép phôi PET và máy thổi chai cho nhà máy sản xuất vỏ chai",
        "Nhà cung cấp máy giới thiệu các công đoạn làm vỏ chai nước: máy ép phun phôi PET dạng ống nghiệm có ren cổ, "
        "máy thổi định hình, rồi mới đến chiết, đóng nắp, dán nhãn và đóng gói; chuyên về thiết bị làm vỏ chai cho các "
        "nhà máy bao bì.",
    ),
]

OFFERS += [
    # --- ice making: cube, tube, block, flake, solar, energy, storage and bagging ---
    (
        "nAo053",
        "vi",
        "techmart_davien",
        "Máy đá viên tinh khiết ICE COOL kèm hệ lọc nước đầu vào",
        "Nhà cung cấp máy đá viên ICE COOL lắp trọn gói: nước giếng hoặc nước máy qua 3 cột lọc thô và 2 cấp lõi lọc tinh, "
        "khử trùng, rồi vào máy làm lạnh tạo viên đá tinh khiết cho quán ăn, y tế và cơ sở kinh doanh nước đá.",
    ),
    (
        "nAo054",
        "en",
        "experts_tube",
        "Ammonia tube-ice plant with automatic harvest, cutter and crusher",
        "Refrigeration engineers supplying tube-ice plants built like a shell-and-tube condenser: water freezes inside "
        "vertical tubes with ammonia around them, hot-gas defrost releases hollow cylinders about 50 × 50 mm with 10–12 "
        "mm walls, a cutter sets length and an adjustable crusher sizes the ice; runs at -8 to -10°C with automatic "
        "transport to storage.",
    ),
    (
        "nAo055",
        "en",
        "yutong_tube",
        "Tube ice machines from 350 kg to 80 tonnes a day",
        "Ice-machine manufacturer offering small single-unit tube ice machines of 350 kg to 8 t/day and large composite "
        "machines of 10–80 t/day with cooling towers; outer diameters 22, 29, 32 or 35 mm, height 25–60 mm, inner hole "
        "5–15 mm; slow-melting edible ice for drinks, vegetable and fishery preservation.",
    ),
    (
        "nAo056",
        "vi",
        "fao_icemakers",
        "Tư vấn chọn công nghệ làm đá: đá cây bể muối, đá vảy, đá ống, đá tấm",
        "Tài liệu kỹ thuật FAO được dùng làm cơ sở tư vấn: đá cây làm trong khuôn ngâm bể nước muối NaCl hoặc CaCl₂ "
        "tuần hoàn, thời gian đông 8–24 giờ, khối 12–150 kg (dày 150–170 mm để không đổ); cầu trục nhấc hàng khuôn sang "
        "bể tan; so sánh với máy đá vảy, đá ống, đá tấm theo kiểu đá khô hay ướt.",
    ),
    (
        "nAo057",
        "en",
        "efsepedia_icemaker",
        "Selecting cube and flake ice makers for hot climates",
        "Engineering guide used for equipment selection: production rates in catalogues are nominal, real output falls "
        "with warmer inlet water and hotter ambient air for air-cooled condensers; choose stainless or stainless-contact "
        "parts, fibreglass-reinforced bins, de-rating tables and models proven in hot regions.",
    ),
    (
        "nAo058",
        "vi",
        "memart_dacay",
        "Cung cấp nước đá cây 12,5 kg, 25 kg, 50 kg",
        "Đơn vị kinh doanh nước đá cây giao đá khối 12,5 kg cho gia đình, nhà hàng nhỏ, 25 kg cho chợ và quán ăn, 50 kg "
        "cho kho lạnh, vựa thủy sản và nhà máy chế biến; tư vấn chọn cỡ đá để tiết kiệm chi phí ướp lạnh.",
    ),
    (
        "nAo059",
        "vi",
        "hcmut_dacay",
        "Thiết kế hệ thống sản xuất nước đá cây 100 tấn/ngày dùng môi chất NH₃",
        "Bộ môn Quá trình và Thiết bị, Khoa Kỹ thuật Hóa học (ĐH Bách khoa TP.HCM) nhận tính toán quy trình, cân bằng "
        "vật chất – năng lượng, thiết bị chính (bể nước muối) và phụ (dàn ngưng kiểu xối tưới) cho xưởng nước đá cây 100 "
        "tấn/ngày chạy NH₃, kèm bản vẽ sơ đồ công nghệ.",
    ),
    (
        "nAo060",
        "en",
        "hannover_solarice",
        "Solar-powered block ice machine, up to 1.2 t/day without batteries",
        "German–Indonesian cooperation (GIZ) technology: a dynamic solar ice-block machine producing up to 1.2 tonnes "
        "a day depending on sunshine, needing neither grid power nor large battery storage, for small-scale fishers far "
        "from the grid; pilot since 2018, first commercial plant planned for 2020.",
    ),
    (
        "nAo061",
        "en",
        "komodo_bari",
        "Solar block-ice and desalination unit for fishing villages: 1 t per 24 h",
        "NGO-operated plant in a fishing village powered by 58 solar panels: one machine makes 100 blocks of 10 kg per "
        "24 hours in cycles, and the same PV supply turns seawater and brackish water into drinking water used for ice "
        "and for people.",
    ),
    (
        "nAo062",
        "en",
        "renewable_kiwa",
        "Community-owned solar micro-grid ice business with cold room",
        "Charity programme installing a solar micro-grid to power an ice-making business plus a cold room on an "
        "off-grid island, owned and run by women and unemployed youth (income for 10–15 people), so fishers and fish "
        "traders can keep catch fresh to market.",
    ),
    (
        "nAo063",
        "en",
        "saveur_amazon",
        "Small solar ice machines for remote river fishing communities",
        "University and technician team installing three ice machines run by 60 rooftop solar panels, producing more "
        "than 60 pounds of ice a day in an off-grid Amazon village, replacing long trips to town for ice and salting of "
        "fish.",
    ),
    (
        "nAo064",
        "vi",
        "vasep_datuyet",
        "Máy làm đá tuyết từ nước biển trên tàu cá đánh bắt xa bờ (VAST)",
        "Viện Hàn lâm KH&CN Việt Nam công bố máy làm đá tuyết từ nước biển lắp trên tàu cá, chỉnh nồng độ đá 25–95% "
        "hoặc theo nhiệt độ, hiển thị giờ chạy, sản lượng đá, nhiên liệu mỗi chuyến; làm chủ buồng tạo đá, cơ cấu gạt, "
        "phun nước và máy nén một cấp.",
    ),
    (
        "nAo065",
        "en",
        "howe_sea",
        "Flake ice machines for chilling catch at sea",
        "Ice-machine maker supplying flake ice equipment for fishing vessels: flake ice has a large heat-exchange "
        "surface for fast cooling, no sharp edges to bruise fish, and washes surface bacteria away as it melts, keeping "
        "catch quality up over longer trips.",
    ),
    (
        "nAo066",
        "en",
        "pecold_seawater",
        "Seawater ice machines for distant-water fishing vessels",
        "Supplier of seawater ice machines that cover fish with ice within minutes of landing (Southeast Asian tuna "
        "boats cool catch in ice slurry within five minutes); dynamic ice production matched to catch lets the same "
        "hold carry 40% more fish and cuts compressor and diesel load compared with freezers.",
    ),
    (
        "nAo067",
        "en",
        "semco_flake",
        "Onboard flake-ice storage: insulation, fibreglass lining and drainage",
        "Ice-system firm advising on storage chambers aboard fishing ships: polyurethane foam insulation, fibreglass "
        "lining that can be sanitised, and drainage for melt-water; flake ice stays workable about 48 hours and clumps "
        "beyond 96 hours if not kept below freezing.",
    ),
    (
        "nAo068",
        "en",
        "nf_fishice",
        "Onboard ice makers of 2–3 t/day with RO fresh-water supply",
        "Marine refrigeration suppliers (North Star, Howe, Buus) fitting commercial vessels with drum ice machines that "
        "freeze a thin layer on a roller at -20 to -40°C and scrape it off; fresh-water ice from onboard RO units is "
        "used because seawater ice can reach -6°C and freeze the fish.",
    ),
    (
        "nAo069",
        "en",
        "iiar_ammonia",
        "Energy-efficiency upgrades for ammonia refrigeration plants with utility incentives",
        "Energy consultancy (Cascade Energy) helping ammonia refrigeration owners design or retrofit for lower energy "
        "use and claim utility incentive programmes (offered by about two-thirds of utilities), including energy "
        "management information systems and custom analysis.",
    ),
    (
        "nAo070",
        "en",
        "greenq_ammonia",
        "Energy audit and optimisation of industrial ammonia refrigeration",
        "Energy services firm that audited a 360 hp ammonia plant (200 hp and 100 hp fixed-speed compressors), changed "
        "set points, compressor sequencing and fitted VFDs on condenser fans; measured savings of about 374,000 kWh a "
        "year, roughly double the forecast.",
    ),
    (
        "nAo071",
        "vi",
        "aus_mepsice",
        "Đánh giá hiệu suất năng lượng máy làm đá và thùng trữ đá",
        "Báo cáo chương trình hiệu suất thiết bị của Úc (2004) làm căn cứ tư vấn: máy đá thương mại tiêu thụ khoảng 250 "
        "GWh/năm, máy công suất lớn và máy giải nhiệt nước hiệu quả hơn; chọn đúng cặp máy đá – thùng trữ và máy hiệu "
        "suất cao có thể giảm 15–20% điện, hoàn vốn 2–3 năm.",
    ),
    (
        "nAo072",
        "en",
        "airplus_iceenergy",
        "ENERGY STAR commercial ice makers: about 15% less energy",
        "Refrigeration contractor replacing automatic cube ice makers (50–2,500 lb per 24 h) with ENERGY STAR "
        "air-cooled models that use about 15% less energy, saving around 1,200 kWh and 2,500 gallons of water a year; "
        "standards are stated in kWh per 100 lb of ice.",
    ),
    (
        "nAo073",
        "en",
        "service_packaged",
        "Packaged ice line: sizing, de-snowing, volumetric bagging and palletising",
        "Packaged-ice producer's process offered as a model: purified water to ice makers, ice bin, a sizer cutting "
        "nugget-size pieces, a tumbler removing snow and fines, volumetric baggers with automatic tying and removal, "
        "then stacking, stretch-wrapping and freezer storage before distribution.",
    ),
    (
        "nAo074",
        "en",
        "semco_rakes",
        "Bulk ice storage bins with automatic rakes",
        "Ice-system manufacturer supplying room-sized storage bins with motorised rakes that travel the full length and "
        "width to level ice and keep it loose and sanitary, for packaged-ice plants, large food service, poultry and "
        "seafood operations handling tens to hundreds of tonnes.",
    ),
    (
        "nAo075",
        "vi",
        "justia_bagger",
        "Máy làm đá tự động đóng bao, định lượng và trữ đông",
        "Sáng chế US 6,474,048 mô tả máy có cụm làm đá, vít tải gom đá, trống định lượng theo thể tích, cơ cấu hàn miệng "
        "bao và ngăn trữ đông, kèm hệ giám sát gửi tình trạng vận hành về nhà sản xuất; phù hợp điểm bán đá đóng bao tại "
        "chỗ.",
    ),
    (
        "nAo076",
        "vi",
        "vasep_capdong",
        "Nâng cấp công nghệ cấp đông hai cấp cho cơ sở đông lạnh hải sản",
        "Kinh nghiệm cơ sở đông lạnh ở cảng cá Thuận An (Thừa Thiên Huế): đầu tư 1,2 tỷ đồng chuyển từ cấp đông một cấp "
        "(10–12 giờ mỗi mẻ) sang thiết bị cấp đông hiện đại, nhanh hơn, để thu mua hàng chục tấn hải sản mỗi ngày cao "
        "điểm.",
    ),
    # --- ice hygiene and sanitation ---
    (
        "nAo077",
        "en",
        "foodsafety_icesan",
        "HACCP-based review of ice-making sanitation",
        "Food-safety specialists applying hazard analysis to ice manufacture, storage, distribution and handling: "
        "coliform contamination comes from floor dust in freezing rooms, trucks, reused dirty containers and hand "
        "contact during dispensing; outbreaks including norovirus have been traced to contaminated ice.",
    ),
    (
        "nAo078",
        "en",
        "army_icemachine",
        "Procedures for cleaning and disinfecting contaminated ice machines",
        "Preventive-medicine procedure for ice machines whose water tests positive: lock out power and water, discard "
        "ice, drain, remove ice-contact parts and wash, sanitise and rinse them, with separate steps for machines with "
        "removable and non-removable surfaces and for refrigerator ice makers.",
    ),
    (
        "nAo079",
        "en",
        "fqs_icesafe",
        "Ice safety practices and antimicrobial ice equipment",
        "Guidance following NSF precautions: nothing but ice in the bin (not even the scoop), wash hands, use scoop "
        "handles only, never return unused ice, sanitise scoops daily, dedicated labelled ice containers; newer "
        "machines add antimicrobial surfaces, easy-clean designs and UV lights inside the bin.",
    ),
    (
        "nAo080",
        "en",
        "cleanyourice",
        "Professional ice machine cleaning and sanitation service",
        "Cleaning contractor servicing ice machines with a daily, weekly and monthly checklist: scoop stored outside the "
        "bin, weekly inspection for mould and slime, monthly deep sanitisation and filter change, and a cleaning log, "
        "to avoid health-department citations.",
    ),
    (
        "nAo081",
        "vi",
        "quangbinh_nuocda",
        "Khảo sát, đánh giá ô nhiễm vi sinh nước đá dùng liền tại cơ sở sản xuất",
        "Nhóm nghiên cứu y học cộng đồng nhận lấy mẫu và đánh giá vi sinh nước đá theo quy chuẩn: ở 20 mẫu tại Quảng Bình "
        "(2016), 30% không đạt; 95% đạt bào tử kỵ khí khử sulfit, 85% đạt Pseudomonas, 80% đạt E. coli, 70% đạt "
        "Streptococci faecal và Coliform; 65% cơ sở sục ozone, 10% dùng clo.",
    ),
    (
        "nAo082",
        "vi",
        "hanoi_nuocda2015",
        "Đánh giá chất lượng nước đá và yếu tố ảnh hưởng (ĐH Y tế công cộng)",
        "Nghiên cứu tại 70 cơ sở sản xuất nước đá ở Hà Nội (2015) theo QCVN 10-1:2011/BYT: không mẫu nào vượt clo dư "
        "nhưng 75,71% nhiễm vi sinh, Streptococci faecal cao nhất 54,29%, E. coli thấp nhất 4,29%; nhóm nghiên cứu tư vấn "
        "các yếu tố cần kiểm soát tại cơ sở.",
    ),
]

OFFERS += [
    # --- water quality testing against the national standard ---
    (
        "nAo083",
        "vi",
        "xetnghiemnuoc_chitieu",
        "Xét nghiệm nước uống đóng chai, nước đá dùng liền: 5 chỉ tiêu vi sinh và 18 chỉ tiêu hóa lý",
        "Phòng xét nghiệm nhận mẫu: Coliform tổng số và E. coli theo TCVN 6187-1:2009, bào tử kỵ khí khử sulfit, "
        "Streptococcus faecalis, Pseudomonas aeruginosa (TCVN 8881:2011); đủ 5 chỉ tiêu cần tối thiểu 1.500 ml, trả kết "
        "quả 5–11 ngày làm việc. Hóa lý gồm pH, độ đục, độ cứng, amoni, nitrat, nitrit, sắt, mangan, TDS…, cần 2.000 ml.",
    ),
    (
        "nAo084",
        "vi",
        "qcvn_visinh",
        "Kiểm tra vi sinh nước uống đóng chai theo kế hoạch lấy mẫu của QCVN 6-1:2010/BYT",
        "Đơn vị tư vấn quy chuẩn hướng dẫn kiểm tra lần đầu mỗi chỉ tiêu 250 ml (E. coli, Coliform, Streptococci "
        "faecal, Pseudomonas aeruginosa; bào tử kỵ khí 50 ml); nếu đếm được >1 và <2 thì kiểm tra lần hai với n=4, "
        "c=1, m=0, M=2; >2 thì loại lô. Tất cả là chỉ tiêu loại A bắt buộc để đánh giá hợp quy.",
    ),
    (
        "nAo085",
        "vi",
        "nhanhieu_kiemdinh",
        "Dịch vụ kiểm định chất lượng nước uống đóng chai trước khi lưu hành",
        "Công ty dịch vụ nhận kiểm nghiệm nhóm chỉ tiêu lý hóa (antimon, asen, bari, borat, cadmi, crom, đồng, chì, "
        "mangan, thủy ngân, niken, nitrit, dầu khoáng, selen…) và vi sinh (E. coli, Coliform, Streptococci faecal, bào tử "
        "kỵ khí khử sulfit, Pseudomonas aeruginosa) cho cơ sở nước đóng chai, giữa thị trường có hơn 130 nhãn hàng.",
    ),
    (
        "nAo086",
        "vi",
        "boa_saigon",
        "Trung tâm Phân tích kỹ thuật cao Sài Gòn – phòng thử nghiệm VILAS 943",
        "Phòng thí nghiệm được Văn phòng Công nhận Chất lượng công nhận (VILAS 943) lĩnh vực hóa và sinh, có phòng hóa "
        "ướt và phòng sắc ký, nhận phân tích mẫu nước và thực phẩm cho doanh nghiệp khu vực phía Nam.",
    ),
    (
        "nAo087",
        "vi",
        "healthywater_qcvn",
        "Tư vấn áp dụng QCVN 6-1:2010/BYT cho nước uống đóng chai",
        "Đơn vị xử lý nước giải thích quy chuẩn cho nước uống đóng chai và nước khoáng: nitrit 3 ppm với nước đóng chai "
        "(0,1 ppm với nước khoáng), TDS và độ cứng không bị giới hạn, thêm 3 chỉ tiêu vi sinh so với QCVN 01:2009/BYT là "
        "Streptococci faecal, Pseudomonas aeruginosa và bào tử kỵ khí khử sulfit; thiết kế hệ lọc để đạt quy chuẩn.",
    ),
    (
        "nAo088",
        "en",
        "scribd_qcvn_en",
        "English-language guidance on Vietnam's QCVN 6-1:2010/BYT for bottlers and importers",
        "Regulatory consultants working from the English text of the national technical regulation issued under "
        "Circular 34/2010/TT-BYT: scope covers producers, importers and traders of bottled natural mineral water and "
        "bottled drinking water in Vietnam, with definitions, safety criteria and management requirements.",
    ),
    (
        "nAo089",
        "en",
        "ntl_faq",
        "Bottled water analysis packages for source and finished product",
        "Independent laboratory testing each raw source and each finished product: annual chemical and physical panel "
        "priced about USD 1,160–2,550 per sample, weekly total coliform and plate count, 12–25 litres of sealed product "
        "per sample, with sampling containers and instructions shipped to the plant.",
    ),
    (
        "nAo090",
        "en",
        "hill_bottled",
        "Source-water suitability profile for a new bottling source",
        "Laboratory routine profile to screen a candidate bottling source before heavy investment: pH, conductivity, "
        "turbidity (<0.5 NTU), TDS, alkalinity, calcium, magnesium, sodium, nitrate (<10 mg/l), chloride and sulphate "
        "(<250 mg/l), arsenic (<0.05 mg/l), iron (<0.3 mg/l), manganese, copper, zinc and E. coli.",
    ),
    (
        "nAo091",
        "en",
        "vinlab_bottled",
        "Bottled water test package with chemical and microbiological parameters",
        "Water laboratory offering a bottled-water package to national standard: faecal and total coliforms, "
        "Pseudomonas aeruginosa, turbidity, colour, arsenic, nitrate, lead, sulphate and sodium; annual testing of each "
        "product and non-municipal source, with more frequent coliform and heterotrophic plate counts.",
    ),
    (
        "nAo092",
        "en",
        "soundml_dw",
        "Bacteriological drinking-water testing with next-day results",
        "Accredited microbiology laboratory counting total coliforms, E. coli and faecal coliforms in drinking and "
        "well water; samples of at least 100 ml delivered by noon get an emailed report by the end of the next "
        "business day. Chemical analyses (lead, arsenic, iron, nitrate) are not offered.",
    ),
    (
        "nAo093",
        "en",
        "wtl_blog_uae",
        "Certified testing support for bottled water: source, process and finished product",
        "Drinking-water testing laboratory serving bottlers with source-water checks for bacteria, heavy metals and "
        "chemical residues, in-process monitoring and finished-product release testing for E. coli, Salmonella, "
        "Legionella, lead, arsenic, mercury and packaging residues.",
    ),
    (
        "nAo094",
        "vi",
        "fosi_nuocanuong",
        "Kiểm nghiệm nước dùng sản xuất thực phẩm, nước đá theo QCVN 01:2009/BYT",
        "Trung tâm Fosi nhận kiểm nghiệm trọn gói nước ăn uống dùng để sản xuất nước đá, bún, phở…: tư vấn chỉ tiêu, lấy "
        "mẫu, trả kết quả có giá trị trong nước và quốc tế; đây là hồ sơ bắt buộc khi xin giấy chứng nhận cơ sở đủ điều "
        "kiện an toàn thực phẩm.",
    ),
    (
        "nAo095",
        "vi",
        "tcvn6187",
        "Phương pháp màng lọc đếm E. coli và Coliform trong nước (TCVN 6187-1:2009)",
        "Tài liệu tiêu chuẩn quốc gia tương đương ISO 9308-1:2000 được dùng để hướng dẫn phòng kiểm nghiệm nội bộ của "
        "cơ sở: lọc mẫu qua màng, nuôi cấy và đếm khuẩn lạc E. coli, coliform để giám sát ô nhiễm phân trong nước.",
    ),
    # --- hygiene licensing, HACCP, audits ---
    (
        "nAo096",
        "en",
        "qammunity_ccp",
        "Identifying critical control points in a bottled water process",
        "Food-safety tutor's checklist of five usual CCPs in water bottling: source water receiving and monitoring, "
        "filtration, disinfection by UV, ozone or chemicals, bottle sanitisation, and sealing and integrity checks, "
        "with storage and distribution controlled separately.",
    ),
    (
        "nAo097",
        "en",
        "globethesis_haccp",
        "HACCP system for bottled drinking water (study from Yueqing)",
        "Public-health researchers who built a HACCP system in a bottled-water factory: ozone sterilisation, "
        "clean-in-place, bottle and cap disinfection and production environment were set as CCPs, and sanitary indexes "
        "improved significantly (P<0.01) with all samples meeting the national standard afterwards.",
    ),
    (
        "nAo098",
        "en",
        "docstoc_ibwa",
        "Preparing bottlers for the IBWA/NSF plant audit and HACCP",
        "Article-based advisory service on the industry audit in use since 1984: deficiency points of three, four or "
        "five per item, critical control points scored pass or fail with immediate corrective action plans, and the "
        "seven steps to establish HACCP from source to store.",
    ),
    (
        "nAo099",
        "vi",
        "bepvesinh_haccp",
        "Tư vấn xây dựng và chứng nhận HACCP, GMP, SSOP cho cơ sở thực phẩm",
        "Đơn vị tư vấn an toàn thực phẩm giải thích HACCP (phân tích mối nguy và điểm kiểm soát tới hạn), GMP và SSOP, "
        "hỗ trợ doanh nghiệp kiểm soát rủi ro từ nguyên liệu, chế biến, đóng gói, bảo quản đến phân phối và được đánh "
        "giá cấp chứng chỉ HACCP.",
    ),
    (
        "nAo100",
        "en",
        "ifsqn_inhouse",
        "Forum-sourced advice on HACCP for a small in-house bottling unit",
        "Food-safety practitioners advising a hotel's small automatic bottling plant (mains water, CO₂ added for "
        "sparkling): whether incoming potable water is a CCP or a prerequisite programme depends on water quality and "
        "treatment; operators are pointed to control-measure classification guidance.",
    ),
    (
        "nAo101",
        "vi",
        "hopquy_ruoubia",
        "Hồ sơ và trình tự công bố hợp quy sản phẩm đồ uống",
        "Báo cáo môn đảm bảo chất lượng và luật thực phẩm trình bày căn cứ pháp lý, phương thức và chi phí chứng nhận "
        "hợp quy, trình tự đánh giá và đăng ký bản công bố hợp quy, lấy ví dụ công ty rượu bia; dùng làm hướng dẫn cho "
        "doanh nghiệp đồ uống chuẩn bị hồ sơ.",
    ),
    # --- delivery, jug deposits and tracking ---
    (
        "nAo102",
        "en",
        "nextbillion_route",
        "Route management software for bottled water delivery",
        "Routing platform for water delivery fleets: automatic stop sequencing, dispatch, GPS tracking and proof of "
        "delivery, with constraints generic tools miss (empty-bottle returns, subscription windows, truck weight "
        "limits); notes that 10 stops already give 3.6 million possible routes.",
    ),
    (
        "nAo103",
        "en",
        "rekart_route",
        "Water delivery management software cutting fuel use by up to 30%",
        "Delivery software for jar and jug distributors with intelligent route planning and real-time visibility, "
        "replacing drivers' own zig-zag routes and backtracking; the vendor reports fuel waste reduced by up to 30%.",
    ),
    (
        "nAo104",
        "en",
        "barcode_pod",
        "Proof of delivery for bottle-exchange water routes",
        "Barcode and POD solution for cooler and jug services: separate counts of full bottles delivered and empties "
        "collected, running balance of bottles at each customer, damaged or non-returnable flag, dispenser condition "
        "check, photo proof at unattended drop zones and periodic account reconciliation.",
    ),
    (
        "nAo105",
        "en",
        "tarsil_offline",
        "Offline-capable driver app for water delivery",
        "Water-delivery app that downloads the day's stops, customer bottle balances, notes and maps to the phone; "
        "drivers log full and empty bottles, photos, signatures and payments without signal, and the queue syncs to "
        "the office in time order when coverage returns.",
    ),
    (
        "nAo106",
        "vi",
        "waterdoctor_deposit",
        "Mô hình đặt cọc vỏ bình nước và hóa đơn theo kỳ",
        "Tư vấn từ một công ty nước đóng bình: thu tiền cọc cho mỗi vỏ bình khách chưa sở hữu, hoàn cọc vào tài khoản khi "
        "trả vỏ rỗng; nếu giao 5 bình mà chỉ nhận về 4 vỏ thì hóa đơn kỳ đó ghi thêm tiền cọc; thanh toán qua nhân viên "
        "giao hàng, tại cửa hàng hoặc trực tuyến, không cần hợp đồng dài hạn.",
    ),
    (
        "nAo107",
        "vi",
        "rightwater_faq",
        "Tổ chức giao nước bình theo tuyến – ngày và chương trình đổi vỏ",
        "Mô hình vận hành của một cơ sở đóng bình: chia khu vực giao theo ngày trong tuần, khách đặt trước ngày giao, tối "
        "thiểu 6 bình mỗi lượt, phí giao tính vào giá bình; đổi vỏ rỗng lấy bình đầy, khách chưa có vỏ trả 12,50 USD mỗi "
        "vỏ; không nhận vỏ bẩn, nứt hoặc có vật lạ.",
    ),
    (
        "nAo108",
        "en",
        "rfidj_vending",
        "RFID jug vending kiosk with automatic deposit refunds",
        "Kiosk developed by S2C Global and Northern Apex holding 345 five-gallon jugs, each with a 13.56 MHz passive "
        "ISO 15693 tag on the bottom that survives washing, heat and pressure; the reader links a returned empty to "
        "its purchase and refunds the deposit to the card or credits a refill.",
    ),
    (
        "nAo109",
        "vi",
        "epo_tag",
        "Thẻ mang dữ liệu RFID và mã vạch gắn vĩnh viễn lên bình nước lớn để theo dõi vòng đời",
        "Sáng chế châu Âu EP2988253 đề xuất thẻ chứa chip RFID và mã vạch gắn cố định vào bình nước tái sử dụng, theo dõi "
        "từ ngày sản xuất đến hạn thải bỏ; khắc phục nhãn dán bong tróc, mòn và sóng UHF bị nước trong bình làm yếu.",
    ),
    (
        "nAo110",
        "vi",
        "xinye_onecode",
        'Giải pháp "mỗi bình một mã" RFID cho nước uống đóng bình',
        "Nhà cung cấp thẻ RFID giới thiệu mô hình gắn mã riêng cho từng bình nước, số hóa từng khâu từ sản xuất đến phân "
        "phối, chống hàng giả và truy xuất khi có sự cố chất lượng; kèm phân tích các vấn đề khi triển khai trong ngành "
        "nước đóng bình.",
    ),
    (
        "nAo111",
        "en",
        "upstream_rfid",
        "Tracking technology for returnable container systems",
        "Reuse-systems nonprofit reviewing how QR codes, RFID tags, POS integration and apps turn returnable "
        "containers into data-rich assets, showing loss rates and circulation counts and easing deposit management, "
        "with the old milk-bottle round as the model.",
    ),
    (
        "nAo112",
        "vi",
        "coda_app",
        "Ứng dụng đặt nước giao tận nhà cho khách hàng",
        "Đặc tả ứng dụng di động: khách đăng ký bằng số điện thoại và email, báo khi khu vực chưa phục vụ và khuyến khích "
        "giới thiệu bạn bè để mở vùng giao; đặt hàng trả bằng ví, tiền mặt hoặc điểm thưởng, điểm được trừ dần vào đơn.",
    ),
    (
        "nAo113",
        "en",
        "glacier_howitworks",
        "Scheduled water delivery service with dispenser set-up",
        "Bottled-water company's service model: agree products and date, install the dispenser, issue a yearly "
        "delivery schedule with a visit every 13 business days, swap empties left out, fill any request within 24 hours, "
        "bills double as envelopes, card payment or monthly credit billing.",
    ),
    (
        "nAo114",
        "en",
        "timefold_pdr",
        "Pick-up and delivery routing model with vehicle capacity constraints",
        "Planning-optimisation vendor's pick-up and delivery routing model: drivers' vehicle capacities are respected "
        "when assigning jobs, together with time windows, shift hours, priorities and real-time re-planning, through "
        "an API.",
    ),
    (
        "nAo115",
        "en",
        "geoapify_capacity",
        "Route planner API with delivery and pickup capacities",
        "Route Planner API that assigns and orders jobs without exceeding each vehicle's load: delivery capacity for "
        "goods loaded before the route, pickup capacity for goods collected along it, in any unit the business "
        "chooses, such as bottles.",
    ),
]

OFFERS += [
    # --- more ice, hygiene and fishing-ice offers ---
    (
        "nAo116",
        "vi",
        "fao_smallvessels",
        "Hướng dẫn dùng đá và thùng cách nhiệt trên tàu cá cỡ nhỏ (FAO 436)",
        "Tài liệu kỹ thuật thủy sản FAO số 436 (2003) làm cơ sở tập huấn cho ngư dân: lượng đá cần mang, cách xếp lớp đá – "
        "cá, thùng cách nhiệt di động cho ghe nhỏ và bể nước biển làm lạnh cho tàu lớn hơn, nhằm giảm hao hụt sau khai "
        "thác khi chuyến biển kéo dài.",
    ),
    (
        "nAo117",
        "en",
        "hydrarinse_ice",
        "Ice-machine contamination control: automated cleaning cycles and UV",
        "Ice-equipment hygiene company noting that the FDA defines ice as food and that norovirus, Salmonella, E. coli, "
        "Legionella and Hepatitis A have been found in machines; it supplies automated cleaning cycles, scale-detection "
        "sensors, cleaning-due indicators and UV disinfection, in line with NSF guidance.",
    ),
    (
        "nAo118",
        "en",
        "easyice_schedule",
        "Ice machine subscription with professional cleanings",
        "Ice-machine provider whose subscription includes at least two professional cleanings a year plus maintenance, "
        "with a cleaning schedule and staff training to stop contamination from handling, airborne particles and "
        "dirty utensils in restaurants, bars and hotels.",
    ),
    (
        "nAo119",
        "en",
        "confectionery_rfid",
        "Outdoor jug vending with RFID-tagged reusable bottles",
        "Vending system designed to sell recyclable five-gallon bottles from parking lots with card or prepaid aqua "
        "card; RFID tags automate returns and deposit refunds, and the maker claims bottle reuse up about 30% and "
        "distribution costs down as much as 75%.",
    ),
    # --- distractors: neighbouring fields sharing words ---
    (
        "nAo120",
        "vi",
        "malonu_loiro",
        "Lõi lọc RO thay thế cho máy lọc nước gia đình",
        "Cửa hàng máy lọc nước bán lõi RO và lõi thô cho máy gia đình: màng thẩm thấu ngược loại bỏ trên 95% muối, kim "
        "loại nặng, vi khuẩn; lõi thô thay sau mỗi 6 tháng; hướng dẫn thay lõi đúng cách tại nhà.",
    ),
    (
        "nAo121",
        "vi",
        "sieuthi_thayloi",
        "Thay lõi máy lọc nước gia đình định kỳ",
        "Siêu thị máy lọc nước nhận thay lõi số 1–3 (sợi PP, than hoạt tính, lõi gốm) sau 6 tháng đến 1 năm và các lõi "
        "tinh khiết số 4–5 cho máy lọc trong hộ gia đình.",
    ),
    (
        "nAo122",
        "vi",
        "thaihuy_ro",
        "Máy lọc nước R.O gia đình có công bố chất lượng nước đầu ra",
        "Công ty gia dụng Thái Huy nhập khẩu, lắp ráp máy lọc RO gia đình và công bố giới hạn chất lượng nước uống trực "
        "tiếp viện dẫn QCVN 6-1:2010/BYT, QCVN 01:2009/BYT, với phương pháp thử độ màu, độ đục, TDS, amoni, pH.",
    ),
    (
        "nAo123",
        "en",
        "hengyu_csd",
        "Isobaric filling machines for carbonated soft drinks",
        "Machinery maker's counter-pressure fillers that pre-pressurise bottles with CO₂ to match the tank, filling "
        "carbonated drinks without foaming or CO₂ loss; covers pressure control, temperature and selection for soda "
        "plants.",
    ),
    (
        "nAo124",
        "en",
        "hzm_csd",
        "Carbonated soft drink line: syrup room, carbonation and bottling",
        "Beverage equipment firm supplying sand and carbon filtration, simple and finished syrup preparation with "
        "concentrates and preservatives, chilling and CO₂ mixing, filling into glass, cans or PET, and softened water "
        "for bottle washing and boilers.",
    ),
    (
        "nAo125",
        "en",
        "envirotec_juice",
        "Soft drink and fruit juice manufacturing project",
        "Project engineering company for soft drinks and juices: water treatment, syrup preparation and mixing in "
        "stainless tanks, chilling and carbonation with ammonia refrigeration, bottle filling and capping, labelling, "
        "batch coding and shrink wrapping.",
    ),
    (
        "nAo126",
        "en",
        "thewaterfilter_cooler",
        "Water coolers and dispensers: wall-mounted, bottom-load, tabletop and direct-piping",
        "Filter retailer selling water dispensers for homes and offices: bottled top-load and bottom-load coolers that "
        "take 11–22 litre bottles, tabletop units and direct-piping models connected to the building supply.",
    ),
    (
        "nAo127",
        "vi",
        "puritech_dispenser",
        "Cây nước nóng lạnh cho văn phòng, gia đình",
        "Nhà phân phối cây nước nóng lạnh dùng bình 11 hoặc 22 lít đặt trên hoặc đặt dưới, loại để bàn, loại đứng và "
        "loại nối thẳng đường nước; bình được úp ngược, kim chọc nắp để nước chảy xuống ngăn chứa.",
    ),
    (
        "nAo128",
        "en",
        "aquarello_dispenser",
        "Water dispensers with cooling, heating and carbonation",
        "Dispenser brand offering point-of-use units connected to the mains and bottled-water dispensers, with cold "
        "(5°C), ambient, hot (75–93°C) and extra-hot settings, top-fill and bottom-fill models.",
    ),
    (
        "nAo129",
        "en",
        "petallmfg_wash",
        "PET bottle washing and recycling plant to clean flakes",
        "Recycling-plant builder: bale opening, sorting, grinding, caustic hot wash removing labels and glue, float–sink "
        "separation of HDPE and PP caps, metal separation and drying; flakes below 50 ppm contaminants go to "
        "bottle-to-bottle use.",
    ),
    (
        "nAo130",
        "vi",
        "plasticwashing_pet",
        "Dây chuyền tái chế chai PET đã qua sử dụng thành mảnh rPET",
        "Nhà sản xuất máy rửa nhựa cung cấp dây chuyền tiếp nhận kiện chai PET từ trạm phân loại, nghiền, rửa nóng thành "
        "mảnh sạch để làm sợi polyester, tấm PET hoặc chai mới.",
    ),
    (
        "nAo131",
        "en",
        "changwoen_petwash",
        "PET bottle-to-bottle washing line with wet granulators",
        "Taiwanese recycling machinery firm supplying granulators with 12/14 mm screens, pre-wash that pulps paper "
        "labels, flake washing, friction washers and dryers for compressed PET bottle bales.",
    ),
    (
        "nAo132",
        "vi",
        "kholanhcn_iqf",
        "Dây chuyền cấp đông nhanh IQF cho thủy sản, nông sản",
        "Nhà thầu kho lạnh công nghiệp lắp băng tải tầng sôi, tủ cấp đông xoắn, quạt áp cao, vệ sinh CIP, cấp đông rời "
        "từng con tôm, mực, cá cắt miếng, giảm hao hụt dịch khi rã đông.",
    ),
    (
        "nAo133",
        "vi",
        "memart_khodong",
        "Kho đông lạnh bảo quản hải sản -18 đến -35°C",
        "Đơn vị thi công kho đông lạnh cho cá, tôm, mực, cua: vỏ cách nhiệt, hệ thống lạnh âm sâu, chi phí xây lắp, vận "
        "hành và bảo trì cho vựa thủy sản và nhà máy chế biến.",
    ),
    (
        "nAo134",
        "vi",
        "dienmaytanbinh_kho",
        "Lắp đặt kho lạnh bảo quản cá biển, cá ngừ",
        "Điện máy Tân Bình thi công kho mát 0–4°C, kho lạnh -18 đến -25°C và kho cấp đông nhanh -40 đến -60°C cho cá ngừ "
        "đỏ, cá thu, mực; vách panel PU/PIR dày 100–200 mm.",
    ),
    (
        "nAo135",
        "en",
        "thefish_uvshrimp",
        "UV disinfection of intake water for shrimp grow-out ponds",
        "Aquaculture technology providers in Indonesia treating pond intake water with UV after sand filtration to "
        "reduce Vibrio, replacing chlorine or hydrogen peroxide and a separate treatment pond; a Bali farmer reports "
        "two cycles of chlorine cost about equal the UV investment.",
    ),
    (
        "nAo136",
        "vi",
        "jala_uv",
        "Bộ lọc UV khử trùng nước nuôi tôm",
        "Nền tảng công nghệ nuôi tôm hướng dẫn dùng đèn UV-C trong bộ lọc để giảm vi sinh gây bệnh, hạn chế tảo, tăng tỷ "
        "lệ sống của tôm; lưu ý an toàn khi tiếp xúc tia UV.",
    ),
    (
        "nAo137",
        "en",
        "vgepro_uv",
        "UV-C systems for recirculating aquaculture",
        "UV manufacturer supplying UV-C for RAS intake and discharge water: common fish bacteria need under 15 mJ/cm², "
        "IPN virus about 250 mJ/cm²; no disinfection by-products or antibiotics.",
    ),
    (
        "nAo138",
        "vi",
        "moitruongxanh_surimi",
        "Hệ thống xử lý nước thải chế biến surimi 300 m³/ngày đêm",
        "Công ty môi trường thi công hệ xử lý nước thải surimi 10 công đoạn cho nhà máy ở Tắc Cậu: COD tới 36.000 mg/l, "
        "BOD5 4.000–15.000 mg/l, dầu mỡ 100–500 mg/l, đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "nAo139",
        "vi",
        "angiang_quyhoach",
        "Tư vấn quy hoạch cấp nước sạch nông thôn thích ứng biến đổi khí hậu",
        "Kinh nghiệm lập điều chỉnh quy hoạch cấp nước sạch nông thôn tỉnh An Giang đến 2020, định hướng 2030 (Quyết định "
        "3763/QĐ-UBND), nhằm nâng chất lượng dịch vụ cấp nước tập trung cho dân cư nông thôn và khai thác nguồn nước bền "
        "vững.",
    ),
    (
        "nAo140",
        "vi",
        "ifinance_hoadon",
        "Phần mềm quản lý khách hàng và in hóa đơn tiền nước máy",
        "Phần mềm cho đơn vị cấp nước: quản lý hợp đồng, đồng hồ nước, chỉ số nhập từ thiết bị di động, truy thu, phân bổ "
        "m³ nợ, khiếu nại, hóa đơn điện tử, tin nhắn tự động, phân quyền theo tuyến ghi thu.",
    ),
    (
        "nAo141",
        "en",
        "pmy_icemaker",
        "Onboard slush ice maker for sport-fishing yachts",
        "Marine ice maker (Eskimo Ice 600) making 25 lb of slush ice per hour from 3 gallons of the boat's fresh "
        "water, auger-fed through a one-inch hose to the fishbox; costs about USD 10,000 plus installation.",
    ),
    (
        "nAo142",
        "en",
        "beaufort_softener",
        "Home water softener installation",
        "Plumbing service installing household softeners whose resin bed swaps hardness ions and is regenerated with "
        "salt, to protect home appliances.",
    ),
    (
        "nAo143",
        "en",
        "innovativecold_solar",
        "Rooftop solar for cold storage warehouses",
        "Cold-storage operator's 1.1 MW system of 2,700 panels meeting about 72% of a 7.5 million cubic foot "
        "warehouse's energy needs, averaging 1,295 kWh/day in winter and 3,383 kWh/day in summer.",
    ),
    (
        "nAo144",
        "en",
        "wired_solarice",
        "Solar-thermal absorption ice maker for medicines and food (university prototype)",
        "San José State University team's concentrating-mirror ice maker: daytime heat separates an ammonia "
        "refrigerant from an absorbent and the night-time reaction produces cold, intended for refrigerating "
        "medicines or food in off-grid regions.",
    ),
    (
        "nAo145",
        "en",
        "solarice_blog",
        "Home solar panels and batteries to run a countertop ice maker in outages",
        "Homeowner's set-up of four 15 W panels, four deep-cycle batteries (280 Ah) and two 750 W inverters running a "
        "3.5 A ice maker to keep a cooler supplied during hurricane power cuts.",
    ),
    (
        "nAo146",
        "en",
        "boomgroup_aqua",
        "UV and ozone sterilisation for recirculating fish and shrimp culture",
        "Equipment maker supplying UV sterilisers and ozone units for aquaculture and aquariums, warning that residual "
        "ozone is toxic to fish and that bacteria only need to be kept within range.",
    ),
]

OFFERS += [
    # --- further offers: jug materials and labels, ice feed water, block and fish ice, sizing, labs ---
    (
        "nAo147",
        "vi",
        "labels_shrink",
        "Màng co nhãn và hầm co nhiệt cho chai, bình nước",
        "Tài liệu đào tạo ngành nhãn mác làm cơ sở tư vấn: chọn kích thước ống màng rộng hơn thân chai khoảng 2 mm (có thể "
        "tới 7 mm), chừa vùng trong không in để cảm biến cắt, chọn màng và hầm co hợp lý, hoặc nâng chai khỏi băng tải để "
        'tránh nhãn bị cong "cười", "mếu" sau khi co.',
    ),
    (
        "nAo148",
        "vi",
        "thewaterjug_pc",
        "Vỏ bình polycarbonate: mức thôi nhiễm BPA và cách bảo quản, luân chuyển vỏ",
        "Cơ sở giao nước bình chia sẻ số liệu: BPA thôi nhiễm từ polycarbonate thường dưới 5 ppb, lượng ăn vào ước tính "
        "thấp hơn 4.000 lần liều tham chiếu 0,05 mg/kg/ngày của EPA; khuyên để bình nơi mát, không nắng trực tiếp, xoay "
        "vòng vỏ, hạn dùng nước khoảng 40 tuần.",
    ),
    (
        "nAo149",
        "vi",
        "eatingmeals_pcpet",
        "Tư vấn chọn vật liệu bình 5 gallon: polycarbonate hay PET, và cách vệ sinh khi tái sử dụng",
        "Bài hướng dẫn so sánh bình polycarbonate (cứng, trong, chịu va đập nhưng chứa BPA, dễ thôi nhiễm khi nóng hoặc rửa "
        "bằng hóa chất mạnh) với bình PET số 1 (nhẹ, không BPA nhưng kém bền khi dùng lại nhiều lần), kèm cách làm sạch "
        "đúng và phương án thay thế bền vững.",
    ),
    (
        "nAo150",
        "vi",
        "simplesteps_bpa",
        "Bình 5 gallon PET không BPA thay cho bình polycarbonate",
        "Chuyên gia y tế môi trường (NRDC) khuyên nhà phân phối nước chuyển sang bình PET ký hiệu số 1 không chứa BPA, vì "
        "bình polycarbonate số 7 có thể thôi BPA khi để nóng hoặc lưu lâu; một số nơi còn dùng bình thủy tinh 5 gallon.",
    ),
    (
        "nAo151",
        "vi",
        "achr_icewater",
        "Xử lý nước cấp cho máy đá: chống đóng cặn, mùi vị, cặn bẩn và nhớt vi sinh",
        "Bài kỹ thuật ngành lạnh: nguyên nhân hỏng máy đá thường gặp nhất là nước; nước ngầm nhiều khoáng cứng tập trung "
        "trong phần nước chưa đông và bám lên bề mặt làm đá, nghẹt ống, vòi, van. Đơn vị lạnh tư vấn chọn lọc phù hợp để "
        "kiểm soát cặn, mùi vị, cặn lơ lửng và nhớt.",
    ),
    (
        "nAo152",
        "vi",
        "freshwater_iceclear",
        "Bộ lọc nước đầu vào cho máy đá để viên đá trong, không mùi",
        "Nhà cung cấp thiết bị lọc nước khuyên không cắm máy đá thẳng vào nước máy: khoáng từ đường ống và hóa chất từ nhà "
        "máy nước làm đá đục, có mùi và đẩy nhanh đóng cặn; lắp bộ lọc trước máy giúp đá trong hơn và máy chạy hiệu quả.",
    ),
    (
        "nAo153",
        "vi",
        "watertech_ice",
        "Ảnh hưởng của chất lượng nước tới đá viên, đá vảy và máy làm đá",
        "Chuyên gia nước cho ngành đồ uống giải thích cách máy đá viên (giải nhiệt nước, gió hoặc dàn ngưng đặt xa) và máy "
        "đá vảy vận hành, đá vảy mềm hơn đá viên 20–25%, và nước cứng, clo, cặn làm đá đục, có vị lạ và hại máy ra sao.",
    ),
    (
        "nAo154",
        "vi",
        "snowland_block",
        "Máy làm đá cây công nghiệp làm lạnh trực tiếp và gián tiếp",
        "Nhà sản xuất thiết bị lạnh cung cấp máy đá khối dùng cho thực phẩm, thủy sản, vận tải: loại làm lạnh trực tiếp "
        "đông nước ngay trong khuôn bằng môi chất lạnh, và loại gián tiếp dùng chất tải lạnh như glycol; đá khối tan chậm, "
        "dễ vận chuyển số lượng lớn.",
    ),
    (
        "nAo155",
        "vi",
        "semco_blockice",
        "Đá cây cho tàu cá: ưu nhược điểm và khâu xay đá",
        "Nhà sản xuất hệ thống đá phân tích: đá cây tiết kiệm thể tích chứa nhất, sẵn có, giá rẻ nên phổ biến trên tàu nhỏ, "
        "nhưng bắt buộc phải xay trước khi ướp cá, nếu để nguyên khối chỉ làm lạnh bề mặt cá tiếp xúc.",
    ),
    (
        "nAo156",
        "vi",
        "icesource_fish",
        "Chọn loại đá bảo quản cá tươi: đá cây xay hay đá vảy",
        "Nhà sản xuất máy đá so sánh: vựa cá thường mua đá cây rồi tự xay, trộn với cá trong thùng xốp, rẻ nhưng đá xay "
        "cứng, cạnh sắc dễ làm trầy mặt cá; đá vảy mềm, diện tích tiếp xúc lớn, làm lạnh nhanh nhưng giá cao và tan nhanh.",
    ),
    (
        "nAo157",
        "vi",
        "aquafrance_ice",
        "Máy làm đá cho nuôi trồng và chế biến thủy sản",
        "Nhà cung cấp thiết bị thủy sản bán máy đá vảy (làm lạnh nhanh khi vận chuyển), đá viên/khối (giữ lâu) và đá ống "
        "(quy mô công nghiệp), công suất từ vài trăm kg đến vài tấn mỗi ngày, thân inox, bảng điều khiển số, thùng trữ cách "
        "nhiệt và đưa đá trực tiếp vào bể, thùng vận chuyển.",
    ),
    (
        "nAo158",
        "vi",
        "newport_iceplant",
        "Trạm làm đá đặt trong container tại cảng cá, thổi đá xuống tàu qua ống mềm",
        "Mô hình đầu tư ở cảng Newport (Mỹ): máy móc lắp trong container, dựng trong vài tháng trên khoảng 0,3 ha đất sát "
        "cầu cảng, máy thổi đá và cầu phao cho tàu cập; khi chưa có phép làm cầu phao thì thổi đá qua ống mềm lớn băng qua "
        "cầu tàu; một tàu tôm mỗi chuyến lấy khoảng 10 tấn đá.",
    ),
    (
        "nAo159",
        "vi",
        "gfm_distributors",
        "Chọn công suất máy chiết bình 20 lít theo lịch xuất hàng của nhà phân phối",
        "Nhà sản xuất máy chiết hướng dẫn đại lý nước: tính BPH = số bình cần xuất mỗi ngày ÷ giờ làm việc thực ÷ hiệu suất "
        "dây chuyền, bảo đảm chiết xong trong khung giờ bốc xe, khớp tuyến giao và vòng quay vỏ bình, tránh máy quá nhỏ gây "
        "trễ giao hoặc quá lớn tốn vốn.",
    ),
    (
        "nAo160",
        "vi",
        "boa_haiduong",
        "Labo xét nghiệm an toàn vệ sinh thực phẩm – VILAS 492",
        "Phòng thí nghiệm của Trường ĐH Kỹ thuật Y tế Hải Dương được công nhận VILAS 492 lĩnh vực hóa và sinh, nhận kiểm "
        "nghiệm mẫu thực phẩm và nước theo danh mục phép thử được công nhận, hiệu lực 3 năm.",
    ),
]
