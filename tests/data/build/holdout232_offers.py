"""Offers of the holdout232 set (bottled drinking water and ice plants, Tra Vinh / Vinh Long exchange).

Rows: (id, language, source key, title, description). Each paraphrases the page under its source key.
"""

OFFERS = [
    # --- reverse osmosis and filtration ---
    (
        "qZo001",
        "en",
        "masstech_wts",
        "Industrial water treatment skids for bottling plants, 0.5-50 m3/h",
        "We build complete treatment trains for purified and mineral water plants: pre-filtration, softening, activated "
        "carbon, reverse osmosis and final disinfection, sized from 0.5 to 50 tonnes per hour. Typical RO recovery is "
        "45-75% depending on pre-treatment and a healthy membrane rejects 90-99% of dissolved solids.",
    ),
    (
        "qZo002",
        "en",
        "alps_ro",
        "Single-pass RO units with multimedia, carbon and softener pre-treatment",
        "Single-pass reverse osmosis for bottled water and beverage lines: a high-pressure pump drives water through the "
        "membrane at about 1.0-1.4 MPa after multimedia, activated carbon, softener and precision cartridge filters. "
        "Suitable for filling water, rinsing and CIP water in small and mid-size plants.",
    ),
    (
        "qZo003",
        "en",
        "wto_usf",
        "Microfiltration pre-treatment and mobile RO rental for bottlers",
        "For raw water high in suspended solids we supply continuous microfiltration ahead of RO, giving turbidity below "
        "0.1 NTU so membranes do not plug. While a permanent plant is being built we can rent trailer-mounted RO units; "
        "one bottler ran six mobile units (600 gpm in total) around the clock for nine months.",
    ),
    (
        "qZo004",
        "en",
        "bottlingindia",
        "RO plant maintenance and membrane selection for mineral water plants",
        "Service team for RO water plants: periodic membrane cleaning, choice between thin-film composite, cellulose "
        "triacetate and cellulose acetate membranes, and investment planning. In a typical small plant the RO unit is "
        "about 25% of equipment cost and the automatic bottling machine about 40%.",
    ),
    (
        "qZo005",
        "en",
        "xtremetech",
        "Reverse osmosis systems for brackish and process water",
        "We design RO systems that turn brackish or process water into clean water and can remove many pesticides, "
        "solvents and other organic compounds. Clients are advised that RO does not remove dissolved gases such as "
        "oxygen and carbon dioxide, so downstream steps are planned accordingly.",
    ),
    (
        "qZo006",
        "en",
        "kintls",
        "Multi-barrier purification design for purified drinking water",
        "Engineering advice on combining barriers for each kind of bottled water (purified, spring, mineral): source "
        "protection and monitoring, micron filtration, reverse osmosis, ultraviolet light, distillation and ozonation. "
        "We help small bottlers choose the equipment set that fits their water source.",
    ),
    (
        "qZo007",
        "vi",
        "tithaco_ro",
        "Hệ thống RO công nghiệp cho nhà máy nước đóng chai",
        "Cung cấp hệ thống lọc thẩm thấu ngược công suất lớn cho nhà máy nước tinh khiết, nước khoáng, nước giải khát, "
        "kết hợp UV hoặc ozone để diệt khuẩn. Nước đầu ra đồng nhất từng lô, đáp ứng tiêu chuẩn Bộ Y tế và các yêu "
        "cầu HACCP, ISO 22000, GMP.",
    ),
    (
        "qZo008",
        "vi",
        "haiau_loc",
        "Thiết kế hệ thống lọc tổng cho cơ sở nước đá, nước tinh khiết",
        "Lắp trọn bộ xử lý nước đầu vào cho xưởng đá và cơ sở nước tinh khiết: bồn chứa nước thô, bơm tăng áp, cột "
        "composite lọc kim loại nặng, cột than hoạt tính, cột làm mềm và cụm lọc tinh. Thay cho bộ lọc nhỏ đi kèm máy "
        "làm đá vốn nhanh nghẹt khi nguồn nước nhiều tạp chất.",
    ),
    (
        "qZo009",
        "vi",
        "fdokumen_loc",
        "Cung cấp than hoạt tính dạng bột, hạt và khối cho dây chuyền lọc",
        "Bán than hoạt tính cho hệ lọc nước tinh khiết: dạng bột (PAC) dùng bổ trợ khử màu, mùi; dạng hạt (GAC) cho "
        "cột lọc; dạng khối (SBAC) cho lõi lọc bền, hiệu quả cao. Tư vấn tốc độ dòng chảy để than hấp phụ tốt.",
    ),
    (
        "qZo010",
        "vi",
        "lachong_pac",
        "Công nghệ xử lý nước cấp bằng than hoạt tính bột kết hợp lọc màng",
        "Nhóm nghiên cứu Khoa Công nghệ Sinh học - Môi trường, Trường Đại học Lạc Hồng (Biên Hòa) chuyển giao kết quả "
        "đề tài xử lý nước cấp bằng PAC kết hợp lọc màng: giảm chất hữu cơ, độ đục trước khâu lọc tinh.",
    ),
    (
        "qZo011",
        "vi",
        "tbmt_loi",
        "Dịch vụ thay lõi lọc và vật liệu lọc định kỳ",
        "Nhận thay lõi lọc thô, lõi lọc tinh và vật liệu trong cột lọc theo lịch định kỳ cho hệ thống lọc nước gia đình "
        "và cơ sở sản xuất, giải thích vì sao lõi quá hạn làm giảm chất lượng nước và hại màng RO.",
    ),
    (
        "qZo012",
        "vi",
        "masstech_wts",
        "Hệ RO trọn bộ cho cơ sở nước đóng bình nhỏ, từ 0,5 m³/giờ",
        "Lắp hệ xử lý nước uống đóng bình gồm lọc thô, làm mềm, than hoạt tính, RO và khử trùng, công suất từ "
        "0,5 m³/giờ. Hiệu suất thu hồi RO 45-75% tùy tiền xử lý, loại 90-99% chất rắn hòa tan.",
    ),
    # --- brackish water, iron and alum, RO reject ---
    (
        "qZo013",
        "vi",
        "vnexpress_ro",
        "Hệ lọc RO chạy năng lượng mặt trời cho vùng hạn mặn",
        "Cụm tấm pin mặt trời cấp điện cho bơm và cụm lọc màng RO, máy chạy độc lập ở nơi lưới điện không ổn định. "
        "Thiết kế cho xã ven biển bị xâm nhập mặn mùa khô như Bến Tre, Trà Vinh, Sóc Trăng; vận hành đơn giản, chi phí thấp.",
    ),
    (
        "qZo014",
        "en",
        "barefoot",
        "Solar-powered RO desalination plant for villages",
        "Village-scale desalination built from simple parts (booster pump, sand filter, cartridge and carbon filters, RO) "
        "powered by a 2.5 kW solar plant. It lowers TDS from 4,000-6,000 ppm to about 450 ppm and produces 600 litres "
        "per hour for six hours a day into a 5,000-litre tank.",
    ),
    (
        "qZo015",
        "en",
        "living_water",
        "Solar RO water kiosk run as a community business",
        "Two photovoltaic panels power pumps that push brackish well water and rainwater through RO membranes, giving "
        "about 1,000 litres a day. Villagers are trained to change UV lamps and filters and test water, and sell 20-litre "
        "bottles at a fraction of the price of trucked water.",
    ),
    (
        "qZo016",
        "vi",
        "vietthaisinh",
        "Giải pháp xử lý nước lợ thành nước ngọt",
        "Xử lý nước lợ (chứa 1-10 g muối/lít) và nước nhiễm mặn thành nước ngọt dùng sinh hoạt và sản xuất cho các "
        "tỉnh miền Tây, nơi nước sông, kênh bị mặn xâm nhập vào mùa khô.",
    ),
    (
        "qZo017",
        "vi",
        "locphen_man",
        "Xử lý nước nhiễm mặn, nhiễm lợ cho các tỉnh miền Tây Nam Bộ",
        "Thiết kế, lắp đặt hệ lọc khử mặn cho hộ dân, cơ sở sản xuất ở Đồng bằng sông Cửu Long khi dòng chảy kiệt và "
        "mưa ít làm nước ngọt thiếu hụt nghiêm trọng.",
    ),
    (
        "qZo018",
        "vi",
        "ace_gieng",
        "Bể lắng và bể lọc vật liệu cho nước giếng khoan đục",
        "Xây bể lắng 500-1.000 lít để nước đứng 4-8 giờ cho cặn, phù sa lắng, sau đó lọc qua các lớp sỏi, cát thạch anh, "
        "cát mangan và than hoạt tính, mỗi lớp dày 10-15 cm, để làm trong nước và giảm sắt, mangan.",
    ),
    (
        "qZo019",
        "vi",
        "naphoga",
        "Kỹ thuật khử sắt, mangan trong nước giếng khoan",
        "Tư vấn và lắp đặt thiết bị khử sắt, mangan cho nước giếng có mùi tanh, chuyển vàng nâu hoặc đen khi gặp không "
        "khí và để lại vết ố; chọn phương án oxy hóa, lọc phù hợp với mức nhiễm.",
    ),
    (
        "qZo020",
        "vi",
        "vntec_phen",
        "Lắp hệ lọc nước giếng khoan nhiễm phèn cho gia đình và công nghiệp",
        "Khảo sát, thiết kế, thi công hệ thống lọc nước giếng khoan nhiễm phèn sắt ở Đồng bằng sông Cửu Long và vùng "
        "lân cận, nước bơm lên trong nhưng sau khoảng 30 phút có cặn vàng nâu, váng trên mặt.",
    ),
    (
        "qZo021",
        "vi",
        "bacgiang_fe",
        "Đánh giá hiện trạng và giải pháp cho nước sinh hoạt nhiễm sắt",
        "Trường Đại học Nông Lâm Thái Nguyên giới thiệu kết quả khóa luận khảo sát nước sinh hoạt nhiễm sắt tại một xã "
        "ở Bắc Giang và đề xuất biện pháp cải thiện; có thể áp dụng để khảo sát nguồn nước cho cơ sở sản xuất.",
    ),
    (
        "qZo022",
        "en",
        "evaporator_ro",
        "Evaporators for RO reject and zero liquid discharge",
        "RO plants send 15-30% of feed water to a concentrated reject stream that is often harder to dispose of than the "
        "raw water. Our evaporators concentrate the reject and recover clean distillate, for sites that must minimise "
        "or eliminate liquid discharge.",
    ),
    (
        "qZo023",
        "en",
        "desalitech",
        "Consulting on RO brine disposal options",
        "We compare disposal routes for RO concentrate with their permits and costs: surface discharge, evaporation "
        "ponds, land application as irrigation water, deep-well injection, sewer discharge and dust control.",
    ),
    (
        "qZo024",
        "en",
        "yasa_zld",
        "Concentrators and crystallisers for RO brine",
        "Zero-liquid-discharge packages that further concentrate or crystallise RO reject (often 30,000-50,000 mg/L TDS) "
        "to raise the overall recovery of desalination and wastewater RO plants.",
    ),
    (
        "qZo025",
        "vi",
        "maylocnuocviet",
        "Xử lý nước giếng đào bị phèn",
        "Hướng dẫn và thi công xử lý nước giếng đào nhiễm phèn (sắt, mangan) ở vùng đất phèn, ven biển: nhận biết qua "
        "màu vàng nâu, mùi tanh, vị chát; khắc phục giếng nông, thành giếng hở.",
    ),
    # --- UV ---
    (
        "qZo026",
        "vi",
        "locnuoc360_uv",
        "Đèn UV diệt khuẩn buồng inox cho hệ thống lọc nước",
        "Cung cấp đèn UV bóng hơi thủy ngân trong buồng thép không gỉ, bước sóng 254 nm, bất hoạt 99,9% vi khuẩn, "
        "virus, Coliform, E. coli; lắp sau hệ lọc nước uống hoặc máy lọc. Không dùng hóa chất như clo, ozone.",
    ),
    (
        "qZo027",
        "vi",
        "namviet_uv",
        "Lắp đặt khử trùng UV cho nước uống, bảo trì thay bóng",
        "Lắp đèn UV 254 nm trong ống thạch anh cho hệ nước uống, nước sinh hoạt; khuyến cáo đặt lọc tinh trước UV vì "
        "nước đục làm giảm hiệu quả, thay bóng định kỳ 9-12 tháng.",
    ),
    (
        "qZo028",
        "vi",
        "sungroup_uv",
        "Tư vấn chọn hệ thống UV theo lưu lượng cho gia đình và doanh nghiệp",
        "Tư vấn chọn đèn UV-C theo lưu lượng, chất lượng nước đầu vào và mục đích (nước sinh hoạt, sản xuất), cung cấp "
        "và lắp đặt hệ UV công nghiệp.",
    ),
    (
        "qZo029",
        "vi",
        "nuocnongtong_uv",
        "Đèn UV xử lý nước không tạo sản phẩm phụ",
        "Cung cấp đèn UV khử trùng nước tiêu diệt đến 99,9% vi khuẩn, virus, nấm, không tạo sản phẩm phụ độc hại như "
        "khi dùng clo; phù hợp làm bước khử trùng cuối cho nước uống.",
    ),
    (
        "qZo030",
        "en",
        "aquauv612",
        "Ultraviolet water sterilisers with rated lamps",
        "Stainless UV water sterilisers with quartz sleeve and lamps rated for 7,500 hours of effective output. Lamp "
        "output falls as it ages, so lamps are replaced annually in continuous use; the unit cuts power when the service "
        "panel is opened.",
    ),
    (
        "qZo031",
        "en",
        "acg_ozone",
        "Ozone and UV disinfection systems for drinking water",
        "Ozone and UV systems that inactivate viruses, Giardia, Cryptosporidium and bacteria with short contact times. "
        "Ozone also removes taste, odour and colour and oxidises iron and manganese; water is considered disinfected when "
        "0.4 mg/l residual ozone is held for 4 minutes.",
    ),
    (
        "qZo032",
        "en",
        "guv_calcs",
        "Software for germicidal UV fluence calculations in rooms",
        "Open-source Python library that simulates UV lamps in a room, computes fluence and irradiance zones and checks "
        "safety limits for germicidal UV used on air and surfaces.",
    ),
    (
        "qZo033",
        "vi",
        "thienhaxanh_uv",
        "Hệ thống UV cho nước cấp gia đình",
        "Tư vấn lắp UV cho nước sinh hoạt hộ gia đình dùng giếng khoan, nước mưa hay nước sông ở nông thôn: ưu nhược "
        "điểm và khi nào gia đình thật sự cần UV.",
    ),
    # --- ozone ---
    (
        "qZo034",
        "en",
        "ozonesolutions",
        "Integrated ozone injection skids for bottled water",
        "Ozone generator, venturi injector and recirculation pump on a side loop of the product tank, with off-gas "
        "destruct on top and ozone sensors at injection, tank outlet and point of use. A low dose just before filling "
        "disinfects water, bottle and cap.",
    ),
    (
        "qZo035",
        "en",
        "waterworld_ozone",
        "Ozone process control to keep bromate below the limit",
        "Process control and monitoring for bottlers whose source water contains bromide, so that ozone dosing "
        "disinfects reliably without exceeding the bromate maximum contaminant level.",
    ),
    (
        "qZo036",
        "en",
        "ozair",
        "Ozone dosing for water bottling: 1-2 mg/l, 4-10 minutes",
        "Ozone systems dimensioned for 1.0-2.0 mg/l applied for 4-10 minutes, leaving 0.1-0.4 ppm residual at "
        "filling so bottles are sanitised as they fill. Too much ozone gives plastic bottles an aftertaste; too little "
        "lets bacteria recover. Ozonated bottle and cap rinsers also available.",
    ),
    (
        "qZo037",
        "en",
        "ozonewatersystems",
        "Corona-discharge ozone generators for beverage bottlers",
        "On-site ozone generation for bottling plants: disinfection of bacteria, fungi and viruses including "
        "Cryptosporidium, removal of taste, odour and colour, and oxidation of iron and manganese, without forming "
        "trihalomethanes.",
    ),
    (
        "qZo038",
        "en",
        "bollyky",
        "Technical training on ozone treatment of bottled water",
        "Course for bottlers on the chemistry and biology of ozonation: one ozone step disinfects the water, filling "
        "equipment, bottle, headspace air and sealed cap, improves taste and gives long storage stability.",
    ),
    (
        "qZo039",
        "en",
        "norland",
        "Ozonation of storage tanks and fill stream",
        "Ozone equipment for product water storage tanks and the final fill stream into bottles, protecting the water, "
        "the bottling equipment and the filled bottles and caps against waterborne bacteria.",
    ),
    (
        "qZo040",
        "vi",
        "ozair",
        "Máy ozone cho dây chuyền nước đóng chai, đóng bình",
        "Cung cấp máy ozone định liều 1-2 mg/l, thời gian tiếp xúc 4-10 phút để khi chiết còn dư 0,1-0,4 ppm, khử "
        "trùng luôn vỏ chai và nắp. Cảnh báo quá liều làm chai nhựa có mùi; kèm hệ súc rửa chai, nắp bằng nước ozone.",
    ),
    (
        "qZo041",
        "vi",
        "bkidt_ozone",
        "Máy phát ozone xử lý nước thải công nghiệp",
        "Máy phát ozone phóng điện cao áp dùng khử trùng nước thải, giảm COD, BOD, khử màu nước thải dệt nhuộm, khử mùi "
        "amoniac, H2S và kết tủa sắt, mangan trước khi xả ra môi trường.",
    ),
    (
        "qZo042",
        "vi",
        "tn_anolyte",
        "Khử trùng nước bằng dung dịch oxy hóa điện hóa (anolyte)",
        "Kết quả luận văn Đại học Nông Lâm Thái Nguyên thực hiện tại Viện Công nghệ môi trường: hiệu lực khử trùng nước "
        "của dung dịch oxy hóa và ảnh hưởng của hàm lượng amoni; sẵn sàng tư vấn áp dụng thay clo.",
    ),
    # --- PET bottling lines ---
    (
        "qZo043",
        "en",
        "kingfill",
        "Automatic water filling lines from rinsing to capping",
        "Integrated lines that move bottles by conveyor through air or water rinsing, gravity or flow-meter filling, "
        "airtight capping, labelling and secondary packing, replacing manual filling in growing plants.",
    ),
    (
        "qZo044",
        "en",
        "sountec",
        "3-in-1 rinse-fill-cap monoblocks for PET bottles",
        "Rotary monoblock that grips bottles by the neck ring, inverts them for a rinse with treated or ozonated "
        "water, fills and caps them in one enclosure, saving floor space and keeping dust out before sealing.",
    ),
    (
        "qZo045",
        "en",
        "jmhg",
        "500 ml bottled water line with blowing, date coding and packing",
        "Complete small-bottle line: water treatment, optional blow moulding of preforms into 500 ml bottles, rinsing, "
        "filling, capping with sterilised caps, labelling, date and batch coding, shrink or carton packing and a final "
        "leak and label check.",
    ),
    (
        "qZo046",
        "en",
        "sunswell",
        "Bottled water production lines including 3-15 L fillers",
        "Production lines for mineral, purified and spring water from RO and ozone treatment to filling and sealing; "
        "range includes a mechanical-valve filler for 3-15 litre bottles.",
    ),
    (
        "qZo047",
        "en",
        "completelines",
        "Turnkey planning of complete bottled water plants",
        "We plan a full plant: sediment, carbon and RO or ultrafiltration, UV or ozone, pH and mineral adjustment, "
        "filling and capping, labelling, packing and final quality control, and size it to the output you need.",
    ),
    (
        "qZo048",
        "vi",
        "nghitin",
        "Tư vấn, lắp đặt dây chuyền sản xuất đồ uống tự động",
        "Thiết kế dây chuyền sản xuất nước uống, đồ uống theo trình tự công đoạn, kết nối máy móc tự động để tăng năng "
        "suất, giảm chi phí và giữ chất lượng đồng đều giữa các lô.",
    ),
    (
        "qZo049",
        "vi",
        "sountec",
        "Máy rửa - chiết - đóng nắp 3 trong 1 cho chai PET",
        "Máy liền khối kẹp cổ chai, lật ngược súc bằng nước đã xử lý hoặc nước ozone, chiết rót và đóng nắp trong một "
        "buồng kín; tiết kiệm diện tích, hạn chế bụi bẩn trước khi đóng nắp.",
    ),
    (
        "qZo050",
        "vi",
        "kingfill",
        "Dây chuyền chiết rót chai nước nhỏ từ bán tự động đến tự động",
        "Cung cấp dây chuyền băng tải gồm súc rửa, chiết rót trọng lực hoặc định lượng, đóng nắp, dán nhãn cho cơ sở "
        "muốn chuyển từ chiết tay sang máy.",
    ),
    (
        "qZo051",
        "vi",
        "bentsai_date",
        "Máy in ngày sản xuất, hạn sử dụng lên chai, nắp",
        "Máy in phun date in NSX, HSD rõ nét đúng Nghị định 43/2017 và 111/2021 về nhãn hàng hóa, thứ tự "
        "ngày-tháng-năm, tránh in mờ, sai khiến hàng bị xử phạt hay thu hồi.",
    ),
    (
        "qZo052",
        "vi",
        "vinaenter_date",
        "Tư vấn cách ghi ngày sản xuất và hạn sử dụng trên bao bì",
        "Hướng dẫn ghi NSX, HSD theo Thông tư 34/2014/TTLT: ngày, tháng hai chữ số, năm hai hoặc bốn chữ số, các dấu "
        "phân cách được phép, trường hợp không dùng dấu chỉ dùng 6 chữ số.",
    ),
    (
        "qZo053",
        "vi",
        "maythucpham",
        "Mực in date, ruy băng in date, mực in công nghiệp",
        "Cung cấp mực in date, ruy băng mực nhiệt, mực in dung môi cho máy in phun công nghiệp trên bao bì màng, chai "
        "nhựa; tư vấn mực bám trên các kiểu hàn, dán bao bì.",
    ),
    (
        "qZo054",
        "en",
        "demark_blow",
        "PET bottle blowing machines, single- and two-stage",
        "Stretch blow moulding machines that heat preforms to about 90-120 C and blow them into bottles; single-stage "
        "units suit small and medium plants that change bottle sizes often.",
    ),
    (
        "qZo055",
        "en",
        "hspreform",
        "PET preforms for water and beverage bottles",
        "Injection-moulded PET preforms, cooled and ready to be reheated, stretched and blown into bottles for mineral "
        "water, beverages and other liquids.",
    ),
    (
        "qZo056",
        "en",
        "kulleborn",
        "Stretch blow moulding of PET bottles and jars",
        "In-house stretch blow moulding: PET pellets with optional colour are injection-moulded into a preform, which is "
        "stretched by a rod and blown against a chilled mould to give a finished bottle in seconds.",
    ),
    (
        "qZo057",
        "vi",
        "baobi_giay",
        "Bao bì giấy cho thực phẩm lỏng và hàng tươi",
        "Nhóm sinh viên Đại học Công nghiệp TP.HCM giới thiệu vật liệu bao bì giấy cho nước giải khát, sữa, rau củ "
        "quả: quy trình sản xuất, kiểm tra chất lượng và ưu nhược điểm.",
    ),
    # --- 20-litre jugs ---
    (
        "qZo058",
        "en",
        "masstech_5gal",
        "5-gallon / 20-litre returnable jug lines, 100-3,000 jugs per hour",
        "Lines for 18.9-20 L PC or PET barrels: decapping, inner and outer brushing, multi-stage washing, filling by "
        "mechanical valve, flow meter or laser positioning, capping, inspection and heat-shrink. SS304 contact parts; "
        "two operators instead of about 24 in a manual setup.",
    ),
    (
        "qZo059",
        "en",
        "xmfiller",
        "Four-stage washing for returnable water barrels",
        "Barrel washers with a 50-60 C high-pressure pre-rinse, alkaline detergent at 200 ppm, peracetic acid or ozone "
        "sanitising with 90-120 s dwell, and a final RO-water rinse; rotary nozzles reach threads and handles.",
    ),
    (
        "qZo060",
        "en",
        "gallon_rinse",
        "Decapping, sniffer and vision inspection for returned jugs",
        "Before refilling, returned 3-5 gallon jugs are decapped pneumatically, an electronic sniffer draws air from "
        "inside to detect fuel, chemical or microbial odours, and a camera station rejects cracked or dirty jugs.",
    ),
    (
        "qZo061",
        "en",
        "gallon_capacity",
        "Sizing a 5-gallon filling line from daily demand",
        "We convert your demand into bottles per hour: required BPH = daily bottles / working hours / line efficiency. "
        "For 2,400 jugs a day on one 8-hour shift at 85% efficiency that is about 353 BPH, so a 350-450 BPH line, "
        "with a 15-25% buffer for seasonal peaks.",
    ),
    (
        "qZo062",
        "en",
        "eqs",
        "5-gallon production lines with leak detection",
        "Empty-bucket handling (automatic decapper, internal and external brushing, empty-bucket leak tester), filler, "
        "capper, leak detector for faulty seals, labeller and conveyors.",
    ),
    (
        "qZo063",
        "en",
        "hengyu",
        "Automated 3-in-1 gallon washing, filling and capping machines",
        "Integrated barrel lines that wash, fill and cap in one continuous workflow with sensors and controls, removing "
        "manual transfers between stations and the contamination and labour they bring.",
    ),
    (
        "qZo064",
        "en",
        "alps_gallon",
        "Gallon water filling machines, manual to automatic",
        "Filling machines for gallon jugs with washing, sterilisation, filtration, filling and capping steps; we start "
        "from your product and daily production goal to choose the right model.",
    ),
    (
        "qZo065",
        "vi",
        "hengyu",
        "Máy súc rửa - chiết - đóng nắp bình 20 lít 3 trong 1",
        "Máy liền khối rửa bình, chiết nước và đóng nắp bình 20 lít liên tục, có cảm biến điều khiển, bỏ khâu chuyển "
        "bình bằng tay giữa các công đoạn, giảm nhân công và nguy cơ nhiễm bẩn.",
    ),
    (
        "qZo066",
        "vi",
        "eqs",
        "Máy tháo nắp, chải trong ngoài, kiểm tra rò rỉ bình 20 lít",
        "Cụm xử lý vỏ bình: máy tháo nắp tự động, máy chải trong và ngoài bình, máy kiểm tra rò rỉ bình rỗng; kèm máy "
        "kiểm tra rò rỉ sau đóng nắp và băng tải.",
    ),
    (
        "qZo067",
        "vi",
        "xmfiller",
        "Máy rửa bình 20 lít 4 bước có nước nóng và chất sát khuẩn",
        "Rửa bình theo 4 bước: xả áp lực nước 50-60 °C, rửa kiềm 200 ppm, sát khuẩn bằng peracetic hoặc ozone 90-120 "
        "giây, tráng cuối bằng nước RO; béc xoay 360° làm sạch ren cổ và quai.",
    ),
    (
        "qZo068",
        "en",
        "levesque",
        "Hygiene programme for water coolers and dispensers",
        "A university public-health team found 28-36% of office and home water coolers contaminated by coliforms or "
        "pathogens, more than tap water; cleaning the dispenser about every 2 months limited contamination. We offer "
        "the sampling and cleaning protocol.",
    ),
    (
        "qZo069",
        "vi",
        "somat",
        "Muối làm mềm nước cho máy rửa bát",
        "Muối chuyên dụng cho bộ làm mềm nước của máy rửa bát gia đình, giúp bát đĩa không đóng cặn, máy bền hơn.",
    ),
    (
        "qZo070",
        "en",
        "gallon_distrib",
        "Capacity planning for water delivery distributors",
        "For distributors the line must finish within the loading window and route plan: required BPH = daily jugs to "
        "dispatch / effective working hours / efficiency. We size 5-gallon lines to real dispatch volume, not nameplate.",
    ),
    # --- tube ice ---
    (
        "qZo071",
        "en",
        "experts_tube",
        "Automatic tube ice plants with ammonia refrigeration",
        "Tube ice forms inside vertical tubes cooled by ammonia in a shell-and-tube evaporator and is released by hot-gas "
        "defrost; a cutter chops hollow cylinders of about 50 x 50 mm with 10-12 mm walls. Harvest and storage are "
        "automatic and an adjustable crusher sizes ice for customers; operating temperature -8 to -10 C.",
    ),
    (
        "qZo072",
        "en",
        "genemco",
        "New and used industrial tube ice makers",
        "Industrial tube ice makers producing hollow ice of 22-41 mm outside diameter and 25-42 mm length, for food, "
        "seafood and concrete cooling; we supply reconditioned and new machines.",
    ),
    (
        "qZo073",
        "en",
        "yutong",
        "Tube ice machines from 350 kg to 80 tonnes per day",
        "Small single-structure tube ice machines make 350 kg to 8 t/day; large composite units make 10-80 t/day and "
        "need a cooling tower. Tubes of 22, 29, 32 or 35 mm outside diameter; edible, clear, slow-melting ice.",
    ),
    (
        "qZo074",
        "en",
        "specialtice",
        "Packaged ice producer sharing its tube ice process",
        "A packaged ice company shows its Vogt tube ice maker, which puts out about 1,000 pounds of ice every 15 minutes, "
        "and offers plant visits for new ice producers.",
    ),
    (
        "qZo075",
        "vi",
        "techmart_da",
        "Máy đá viên tinh khiết kèm hệ lọc nước 5 cấp",
        "Máy đá viên ICE COOL với quy trình lọc: nước giếng hoặc nước thủy cục qua 2 cấp lọc tinh và 3 cột lọc thô, "
        "khử trùng rồi mới vào máy làm lạnh, cho viên đá sạch, trong.",
    ),
    (
        "qZo076",
        "vi",
        "thienbinh_nl",
        "Máy làm đá viên cho nhà hàng, quán đồ uống",
        "Cung cấp, lắp đặt máy làm đá viên tự động cho bếp nhà hàng, quán cà phê: đá viên vuông, đầu đạn, bán nguyệt, "
        "đá vảy; chu trình khép kín, hợp vệ sinh.",
    ),
    (
        "qZo077",
        "vi",
        "thienbinh_lk",
        "Linh kiện và sửa chữa máy làm đá",
        "Kỹ thuật viên thay thế bơm nước, phao cấp nước cơ hoặc điện từ, bộ lọc thô và các linh kiện chính khác của máy "
        "làm đá, khắc phục máy ra đá kém, không ổn định.",
    ),
    (
        "qZo078",
        "vi",
        "yutong",
        "Máy đá ống công suất 1-8 tấn/ngày và lớn hơn",
        "Cung cấp máy đá ống loại nhỏ 350 kg-8 tấn/ngày và máy lớn 10-80 tấn/ngày có tháp giải nhiệt; ống đá đường kính "
        "22-35 mm, đá ăn được, trong, lâu tan.",
    ),
    (
        "qZo079",
        "en",
        "bnb_tube",
        "Compact tube ice machines for bars and restaurants",
        "Durable, energy-efficient tube ice appliances for bars and restaurants that need a lot of ice at short notice; "
        "bin thermostat stops production when full.",
    ),
    (
        "qZo080",
        "vi",
        "vinbarista",
        "Tư vấn phân loại và chọn máy làm đá",
        "Giới thiệu các tiêu chí phân loại máy làm đá (kiểu đá, công suất, giải nhiệt) để chủ quán và cơ sở nhỏ chọn "
        "máy phù hợp.",
    ),
    # --- block ice ---
    (
        "qZo081",
        "en",
        "blockice_pdf",
        "Block ice plants, stationary or containerised",
        "Block ice plants with 25 kg or 50 kg cans, for example 12 t/24 h of 25 kg blocks, and movable plants with the "
        "brine tank of a 10 t/24 h plant in a 40-foot open-top container. New or reconditioned refrigeration, ammonia "
        "or halocarbons, and drawings for local fabrication.",
    ),
    (
        "qZo082",
        "en",
        "ice_types",
        "Rapid block ice makers replacing can-and-brine plants",
        "Classic can plants take about 24 hours per batch, need constant labour and heavy floor space. Rapid block ice "
        "freezes thinner sections around refrigerant tubes and harvests blocks automatically, using far less space.",
    ),
    (
        "qZo083",
        "en",
        "ques10",
        "Clear block ice: air agitation retrofit for can plants",
        "Retrofit for brine-tank plants (brine at -10 to -11 C): low-pressure air tubes agitate water in each can so "
        "salts and colour collect in the unfrozen core, giving transparent blocks; galvanised, chromed cans and "
        "insulated lids.",
    ),
    (
        "qZo084",
        "en",
        "mbice",
        "Project profile for a 15 tonne per day ice block plant",
        "Feasibility package for a plant making 300 blocks of 50 kg a day (15 t/24 h): ammonia compressors, "
        "condensers, receiver, evaporator coils, chilling tank and electrical panels.",
    ),
    (
        "qZo085",
        "en",
        "indiastudy_ice",
        "Training on ice plant refrigeration circuits",
        "Short course for operators: the ammonia refrigeration circuit, the cooling-water circuit for the condenser "
        "and the brine circuit that carries cold to the ice cans; roles of compressor, condenser, throttle valve and "
        "evaporator.",
    ),
    (
        "qZo086",
        "vi",
        "memart_dacay",
        "Quy trình sản xuất nước đá cây 12,5 - 25 - 50 kg",
        "Chia sẻ quy trình làm đá cây truyền thống và lựa chọn khối lượng cây đá: 12,5 kg cho quán nhỏ, 25 kg cho "
        "chợ và cơ sở chế biến vừa, 50 kg cho kho lạnh, thủy sản.",
    ),
    (
        "qZo087",
        "vi",
        "ques10",
        "Cải tạo hầm đá cây để làm đá trong",
        "Lắp ống sục khí áp thấp vào từng khuôn để đẩy tạp chất, muối vào lõi chưa đông, cho cây đá trong; giữ nước muối "
        "-10 đến -11 °C, khuôn thép mạ kẽm, nắp cách nhiệt.",
    ),
    (
        "qZo088",
        "vi",
        "mbice",
        "Thiết kế xưởng nước đá cây 15 tấn/ngày",
        "Tư vấn dự án xưởng đá 300 cây 50 kg mỗi ngày: máy nén amoniac, dàn ngưng, bình chứa, dàn bay hơi, bể nước "
        "muối và tủ điện.",
    ),
    (
        "qZo089",
        "en",
        "msk_ice",
        "Advice on choosing the type of ice plant",
        "We explain block, flake, tube, slice and plate ice plants and the difference between dry sub-cooled ice and wet "
        "ice, so buyers choose the plant that fits their customers.",
    ),
    (
        "qZo090",
        "vi",
        "doan_kem",
        "Quy trình và thiết bị sản xuất kem",
        "Đồ án mô tả nguyên liệu, phối trộn, đồng hóa, thanh trùng, ủ chín, lạnh đông sơ bộ và thiết bị tạo hình, làm "
        "cứng, phủ chocolate trong sản xuất kem.",
    ),
    (
        "qZo091",
        "vi",
        "haiminh_bandong",
        "Bàn đông inox cho bếp công nghiệp",
        "Gia công bàn đông: khoang trữ đông đến -18 °C bên dưới, mặt bàn inox sơ chế bên trên, dùng cho bếp nhà hàng "
        "bảo quản thịt, cá, hải sản.",
    ),
    (
        "qZo092",
        "vi",
        "namphuthai_vay",
        "Máy làm đá vảy cho thủy sản và công nghiệp",
        "Máy đá vảy tạo mảnh đá dày 1,5-2,2 mm, diện tích bề mặt lớn, làm lạnh nhanh cá, hải sản, trưng bày siêu thị, "
        "làm mát bê tông và phòng thí nghiệm.",
    ),
    (
        "qZo093",
        "en",
        "recom_flake",
        "Flake ice machines for the seafood industry",
        "Flake ice that cools fish fast, does not bruise delicate products, packs tightly around irregular shapes and "
        "is easy to shovel for displays, transport and processing.",
    ),
    (
        "qZo094",
        "en",
        "icepecold",
        "Flake ice systems for fisheries and processors",
        "Flake ice 1.6-2.5 mm thick, cooling fish twice as fast as block ice; automatic ice blending for processing "
        "lines and portable units for trawlers.",
    ),
    (
        "qZo095",
        "en",
        "aquafrance",
        "Ice machines for aquaculture and fish processing",
        "Flake, cube and tube ice machines for chilling fish and shellfish after harvest, with insulated storage bins "
        "and capacities from a few hundred kilograms to several tonnes a day.",
    ),
    (
        "qZo096",
        "en",
        "bboit",
        "Ice factories and cold chains for fisheries",
        "Provincial investment board promoting ice factories and cold chains for seafood, where flake ice has replaced "
        "salting to keep fish fresh.",
    ),
    # --- ice hygiene ---
    (
        "qZo097",
        "en",
        "foodsafety_ice",
        "HACCP review of ice making, storage and handling",
        "Food-safety consultants apply HACCP to ice in food businesses: contamination from dust, soiled containers and "
        "hand contact, and control points in making, storing, distributing and dispensing ice.",
    ),
    (
        "qZo098",
        "en",
        "hydrarinse",
        "Cleaning and sanitising service for ice machines",
        "Ice can carry norovirus, Salmonella, E. coli, Legionella, hepatitis A and moulds while looking clean. We clean "
        "and sanitise ice makers and advise on automatic cleaning cycles, scale sensors and UV in the bin.",
    ),
    (
        "qZo099",
        "en",
        "fqs_ice",
        "Staff guidelines for handling ice safely",
        "Practical rules for ice handling: nothing but ice in the bin, not even the scoop; wash hands; use the scoop "
        "handle only; never return unused ice; wash scoops daily; dedicated containers labelled Ice only.",
    ),
    (
        "qZo100",
        "en",
        "ipia",
        "Packaged ice quality standard and annual audits",
        "The packaged ice industry standard (PIQCS) based on Good Manufacturing Practices, with HACCP mandatory since "
        "2011, finished-product testing and annual third-party plant inspections; support to prepare for audit.",
    ),
    (
        "qZo101",
        "en",
        "foodservice_ice",
        "Training on ice as a food",
        "Training for food businesses and ice makers: water for ice must come from a safe source, bagged ice must "
        "follow GMP, packaging and storage rules, and mishandling has caused outbreaks such as one affecting 5,000 "
        "people in 1987.",
    ),
    (
        "qZo102",
        "vi",
        "quangbinh_ice",
        "Đánh giá ô nhiễm vi sinh nước đá dùng liền tại cơ sở sản xuất",
        "Nhóm nghiên cứu y học cộng đồng khảo sát các cơ sở nước đá dùng liền (Quảng Bình, 2016): 20 mẫu, 70% đạt vi "
        "sinh; 65% cơ sở sục ozone, 10% dùng clo. Nhận đánh giá vi sinh (E. coli, Coliform, Pseudomonas, liên cầu, bào "
        "tử kỵ khí) và tư vấn khắc phục.",
    ),
    (
        "qZo103",
        "vi",
        "tt_nuocda",
        "Kiểm tra nước đá nhiễm vi sinh",
        "Trung tâm nghiên cứu thực phẩm nhận lấy mẫu, kiểm tra vi sinh nước đá và hỗ trợ cơ sở chuẩn bị cho các đợt "
        "kiểm tra, xử phạt sản xuất nước đá bẩn.",
    ),
    (
        "qZo104",
        "vi",
        "hydrarinse",
        "Vệ sinh, khử trùng máy làm đá định kỳ",
        "Dịch vụ tháo rửa, tẩy cặn, khử trùng máy làm đá và thùng chứa đá, phòng norovirus, Salmonella, E. coli, "
        "Legionella; tư vấn chế độ tự vệ sinh và đèn UV trong thùng đá.",
    ),
    (
        "qZo105",
        "vi",
        "eatsafe_ice",
        "Tập huấn an toàn thực phẩm cho nước đá",
        "Lớp tập huấn cho cơ sở sản xuất, kinh doanh đá: đá là thực phẩm, nước làm đá phải an toàn, máy phải được bảo "
        "trì vệ sinh, vận chuyển, bảo quản và xúc đá đúng cách để tránh nhiễm khuẩn.",
    ),
    # --- testing and microbiology ---
    (
        "qZo106",
        "en",
        "bcnlabs",
        "Microbiological testing of bottled water and containers",
        "Laboratory tests for bottled water: heterotrophic plate count, total coliforms, E. coli, and swabs of "
        "containers and closures for coliforms; yeasts and moulds when spoilage is suspected.",
    ),
    (
        "qZo107",
        "en",
        "coek_hpc",
        "Heterotrophic plate count advice for bottlers",
        "Advice on HPC bacteria that multiply during bottling and warm storage: guide values of under 100 cfu/ml at "
        "22 C and under 20 cfu/ml at 37 C (EC), or 500 cfu/ml (US EPA), and how to use HPC trends in GMP and HACCP.",
    ),
    (
        "qZo108",
        "en",
        "ethiopia",
        "Public-health microbiology laboratory for bottled water",
        "A national public health institute lab that has tested hundreds of bottled water samples (222 in one review) "
        "for heterotrophic counts, Staphylococcus aureus, coliforms, moulds and yeasts.",
    ),
    (
        "qZo109",
        "en",
        "nepal_pmc",
        "Microbiology surveys of 20-litre and 1-litre bottled water",
        "College microbiology lab that tested 100 bottled water samples: 48% had coliforms; E. coli, Enterobacter and "
        "multidrug-resistant Pseudomonas were isolated, linked to jar volume, scratched or dented jars and season.",
    ),
    (
        "qZo110",
        "en",
        "aperainst",
        "pH and TDS meters for purified drinking water",
        "Meters for low-ionic-strength water: a special pH electrode for purified water (target pH 6.5-8.5) and "
        "conductivity/TDS meters with a 0.5-1 conversion factor.",
    ),
    (
        "qZo111",
        "en",
        "erunwas",
        "Testers for TDS, conductivity, pH and temperature",
        "Handheld and online testers measuring TDS (ppm), EC (uS/cm), pH and temperature, with calibration guidance for "
        "drinking water, RO output and industrial water.",
    ),
    (
        "qZo112",
        "en",
        "simpure_tds",
        "TDS test pens for checking RO output",
        "Pocket TDS pens that read dissolved solids in mg/L; useful to check RO effluent daily, though microbiological "
        "and toxic parameters still need a laboratory.",
    ),
    (
        "qZo113",
        "en",
        "uk_storage",
        "Study of microflora in bottled water during storage",
        "Food research institute team that analysed eight brands within three hours of purchase and after 6 months at "
        "room temperature: counts up to 10^4 cfu/ml on diluted agar at 25 C, mostly Pseudomonas.",
    ),
    (
        "qZo114",
        "en",
        "cebu_thesis",
        "Survey of bacteriological quality and bottler sanitation programmes",
        "Environmental management research team that tested bottled and tap water for E. coli, coliforms and HPC in "
        "the rainy season and surveyed bottlers' sanitation programmes by questionnaire.",
    ),
    (
        "qZo115",
        "en",
        "ibl_hpc",
        "Extended-incubation HPC method for bottled water",
        "Method from a study of 204 samples of 22 brands: after 48 h at 35 C, 27% of domestic samples exceeded 500 "
        "cfu/ml, and seven more days at room temperature raised counts further; we apply this protocol.",
    ),
    (
        "qZo116",
        "vi",
        "congbo_kn",
        "Kiểm nghiệm nước uống đóng chai theo QCVN 6-1:2010/BYT",
        "Nhận xét nghiệm nước tinh khiết, nước đóng chai để công bố sản phẩm theo QCVN 6-1:2010/BYT và kiểm nghiệm "
        "định kỳ 6 tháng/lần cho cơ sở sản xuất, kinh doanh nước uống.",
    ),
    (
        "qZo117",
        "vi",
        "nhanhieu_kd",
        "Kiểm định chất lượng nước uống đóng chai",
        "Gói kiểm nghiệm chỉ tiêu lý hóa (antimon, arsen, bari, cadimi, chì, mangan, nitrit...) và vi sinh (E. coli, "
        "Coliform, Streptococci feacal, bào tử kỵ khí khử sulfit, Pseudomonas aeruginosa) cho cơ sở nước đóng chai.",
    ),
    (
        "qZo118",
        "vi",
        "boa_vilas",
        "Phòng thí nghiệm hóa, sinh được công nhận VILAS 943",
        "Trung tâm Phân tích kỹ thuật cao Sài Gòn có danh mục phép thử hóa và sinh được công nhận VILAS 943, nhận "
        "phân tích mẫu nước, thực phẩm.",
    ),
    (
        "qZo119",
        "vi",
        "luatlvn_kn",
        "Kiểm nghiệm mẫu nước tại phòng thử nghiệm đạt chuẩn",
        "Trung tâm kiểm nghiệm nhận phân tích mẫu nước phục vụ công bố chất lượng; kết quả do đơn vị đạt VILAS và "
        "ILAC-MRA thực hiện.",
    ),
    (
        "qZo120",
        "vi",
        "binhan_xn",
        "Xét nghiệm mẫu nước sinh hoạt cho hộ gia đình",
        "Hướng dẫn nơi xét nghiệm nước giếng, nước máy cho gia đình, trường học khi nước có màu, mùi lạ, nghi nhiễm "
        "kim loại nặng hay vi khuẩn.",
    ),
    (
        "qZo121",
        "vi",
        "memart_gieng",
        "Phân tích thành phần nước giếng khoan",
        "Phân tích khoáng chất hòa tan, sắt, mangan, asen, khí H2S, metan trong nước giếng khoan và đề xuất phương pháp "
        "xử lý phù hợp.",
    ),
    (
        "qZo122",
        "vi",
        "atica_qcvn",
        "Tư vấn chỉ tiêu QCVN 6-1:2010/BYT cho nước đóng chai, đóng bình",
        "Giải thích giới hạn tối đa: bromat 0,01 mg/l, arsen 0,01 mg/l, nitrat 50 mg/l, nitrit 3 mg/l..., chỉ tiêu vi "
        "sinh trên mẫu 250 ml và cách xử lý khi lần kiểm tra đầu có 1-2 vi khuẩn.",
    ),
    (
        "qZo123",
        "vi",
        "healthywater",
        "Máy lọc nước uống trực tiếp đạt QCVN 6-1",
        "Bán máy lọc nước uống trực tiếp cho gia đình, văn phòng, đạt quy chuẩn nước uống đóng chai QCVN 6-1:2010/BYT.",
    ),
    (
        "qZo124",
        "vi",
        "harawa",
        "Cung cấp văn bản quy chuẩn nước uống đóng chai",
        "Chia sẻ toàn văn Thông tư ban hành QCVN 6-1:2010/BYT, hiệu lực từ 01/01/2011, để cơ sở tra cứu.",
    ),
    (
        "qZo125",
        "vi",
        "tcvn6096",
        "Tiêu chuẩn TCVN 6096:2004 nước uống đóng chai",
        "Cung cấp TCVN 6096:2004 (nước uống đóng chai) và TCVN 6213:2004 (nước khoáng thiên nhiên đóng chai) cùng các "
        "phương pháp lấy mẫu, xác định mùi, vị, màu, độ đục viện dẫn.",
    ),
    # --- licences and food-safety rules ---
    (
        "qZo126",
        "vi",
        "gp_quytrinh",
        "Dịch vụ xin giấy phép sản xuất nước đóng chai",
        "Trọn gói thủ tục: đăng ký kinh doanh, giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm, hồ sơ môi trường, "
        "kiểm định chất lượng nước theo quy chuẩn Bộ Y tế.",
    ),
    (
        "qZo127",
        "vi",
        "gp_giayto",
        "Tư vấn hồ sơ kinh doanh nước uống đóng chai",
        "Giúp doanh nghiệp xác định giấy phép, hồ sơ tự công bố, kiểm nghiệm cần có trước khi đưa nước uống đóng chai "
        "ra thị trường, trong bối cảnh thị trường tăng 8-10%/năm.",
    ),
    (
        "qZo128",
        "vi",
        "nd15_congbo",
        "Thủ tục tự công bố sản phẩm theo Nghị định 15/2018/NĐ-CP",
        "Hướng dẫn và làm hộ hồ sơ tự công bố, đăng ký bản công bố sản phẩm thực phẩm theo Nghị định 15/2018/NĐ-CP.",
    ),
    (
        "qZo129",
        "vi",
        "tvpl_gcn",
        "Tư vấn giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Tư vấn pháp luật về điều kiện, hồ sơ xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm.",
    ),
    (
        "qZo130",
        "vi",
        "chungchiiso",
        "Làm giấy chứng nhận vệ sinh an toàn thực phẩm",
        "Giải thích giấy chứng nhận vệ sinh an toàn thực phẩm là gì, cơ sở nào phải có và thực hiện thủ tục xin cấp.",
    ),
    (
        "qZo131",
        "vi",
        "hopquy_bia",
        "Hồ sơ công bố hợp quy cho công ty rượu bia",
        "Báo cáo môn học về chứng nhận và công bố hợp quy sản phẩm rượu bia: căn cứ pháp lý, phương thức chứng nhận, "
        "trình tự và chi phí.",
    ),
    (
        "qZo132",
        "vi",
        "hoatieu_phi",
        "Biểu phí thẩm định an toàn thực phẩm",
        "Cung cấp Thông tư 75/2020/TT-BTC sửa đổi Thông tư 279/2016/TT-BTC về phí trong công tác an toàn thực phẩm.",
    ),
    (
        "qZo133",
        "vi",
        "vsattp_tuoisong",
        "Điều kiện vệ sinh cho cơ sở sản xuất thực phẩm tươi sống",
        "Tư vấn điều kiện bắt buộc về an toàn thực phẩm cho cơ sở giết mổ, sơ chế thực phẩm tươi sống.",
    ),
    (
        "qZo134",
        "vi",
        "lshp_hieuluc",
        "Tư vấn hiệu lực và cấp lại giấy chứng nhận ATTP",
        "Văn phòng luật sư giải đáp thời hạn hiệu lực giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm và trình tự "
        "cấp lại.",
    ),
    (
        "qZo135",
        "en",
        "siphidaho",
        "Licensing support for new water bottlers",
        "We walk bottlers through licensing: application, building and water-system plans, label samples, a HACCP plan, "
        "pre-licence source sampling (inorganics, VOC, SOC, radiological, bacteria, nitrate; about USD 1,500-2,000) and "
        "the pre-opening inspection.",
    ),
    (
        "qZo136",
        "en",
        "nevada",
        "Permit dossiers and label review for bottled water",
        "Preparation of bottled water permit files: source approval, compliance report, full chemical analysis of source "
        "and product, the three latest bacteriological tests per product and label review.",
    ),
    (
        "qZo137",
        "en",
        "cdph",
        "Guide to licence types for water businesses",
        "Explains separate licences for a water bottling plant, a retail water facility, a potable water hauler, a water "
        "vending machine, a private water source and a bottled water distributor.",
    ),
    (
        "qZo138",
        "en",
        "profitable",
        "Checklist of licences, permits and insurance for a bottled water company",
        "Step-by-step guide: application form, plant address, stating licensed water sources with recent chemical, "
        "microbiological and physical analyses, inspection scheduling and insurance.",
    ),
    (
        "qZo139",
        "en",
        "ifsqn_haccp",
        "HACCP plan writing for water bottling facilities",
        "Food-safety forum experts help bottlers (for example a 7,000 bottle-per-hour 500 ml plant with sand, carbon, "
        "softener, RO, UV and ozone) build a flowchart, hazard analysis and validated HACCP plan for ISO certification.",
    ),
    (
        "qZo140",
        "en",
        "globethesis",
        "HACCP study for bottled drinking water plants",
        "Public health research that set up HACCP in a bottled water factory: ozone sterilisation, clean-in-place, bottle "
        "and cap disinfection and the production environment were the critical control points, and sanitary indexes "
        "improved significantly.",
    ),
    (
        "qZo141",
        "en",
        "eu_guide",
        "Training on good hygienic practices for packaged water",
        "Course based on the European guide to good hygienic practice for packaged water: management system, "
        "prerequisite programmes, resource protection, water treatment and monitoring.",
    ),
    (
        "qZo142",
        "en",
        "ibwa_haccp",
        "Audit preparation for bottled water plants",
        "Preparation for bottled water association audits prepared by NSF: GMP scoring, critical control points assessed "
        "pass or fail, and the seven HACCP steps.",
    ),
    (
        "qZo143",
        "en",
        "toasttab",
        "Licences and permits for opening a restaurant",
        "Guide for restaurant owners to ten common licences and permits: business licence, food service, liquor, "
        "signage and a timeline for applying.",
    ),
    (
        "qZo144",
        "vi",
        "kienthucmoi",
        "Giải thích QCVN 6-1:2010/BYT và QCVN 01:2009/BYT",
        "Tài liệu giải thích phạm vi, đối tượng áp dụng của quy chuẩn nước uống trực tiếp và nước ăn uống, phân biệt "
        "nước uống đóng chai với nước khoáng thiên nhiên.",
    ),
    # --- vending, business planning, neighbouring fields ---
    (
        "qZo145",
        "en",
        "wwdmag_vending",
        "Water vending machines for shops and kiosks",
        "Three formats of water vending: free-standing units in or in front of shops, countertop units next to "
        "beverage dispensers, and remote treatment in a storeroom with a small dispenser in the sales area; one or more "
        "purification levels.",
    ),
    (
        "qZo146",
        "en",
        "metoree_vending",
        "RO water refill machines for supermarkets",
        "Self-service refill machines dispensing RO-purified water into customers' own bottles, paid in cash, card or "
        "loyalty card, used by supermarkets and hospitals to attract customers.",
    ),
    (
        "qZo147",
        "en",
        "ldh_vending",
        "Regulatory briefing on water-vending units and water stores",
        "Summary of rules for self-service water-vending units and water stores: only permitted bottled-water plants may "
        "transport bulk water, and redistributing vended water is treated as unpermitted bottling.",
    ),
    (
        "qZo148",
        "en",
        "watermill",
        "Drive-in water and ice vending kiosks",
        "Franchise of drive-in kiosks that dispense filtered water, optionally carbonated, into customers' containers, "
        "with ice at some sites, in lower- and middle-income neighbourhoods.",
    ),
    (
        "qZo149",
        "en",
        "za_vending",
        "Water machines for 5-gallon refills",
        "Water vending machines that remove impurities and minerals by membrane and fill 5-gallon bottles 24 hours a "
        "day at low cost; also convertible point-of-use dispensers.",
    ),
    (
        "qZo150",
        "vi",
        "vkist",
        "Mô hình cấp nước sạch nông thôn Đồng bằng sông Cửu Long",
        "Viện VKIST giới thiệu giải pháp nước sạch cho công trình cấp nước tập trung nông thôn ĐBSCL, nơi tỷ lệ dùng "
        "nước đạt quy chuẩn khoảng 57% và chỉ 62% trong 3.928 công trình hoạt động bền vững.",
    ),
    (
        "qZo151",
        "vi",
        "salan",
        "Vận chuyển nước ngọt bằng sà lan cho vùng hạn mặn",
        "Đơn vị cấp nước chở nước ngọt bằng sà lan từ thượng nguồn sông Tiền về nhà máy nước khi độ mặn lên 2-4 phần "
        "nghìn, cấp cho hàng chục nghìn hộ dân mùa khô.",
    ),
    (
        "qZo152",
        "vi",
        "dantri_hanman",
        "Túi nhựa trữ nước ngọt 7-30 m³",
        "Bán túi nhựa trữ nước ngọt dung tích 7-30 m³ cho hộ dân vùng hạn mặn, rẻ hơn xây bể xi măng, xếp gọn dùng "
        "nhiều năm để trữ nước tưới hoặc sinh hoạt.",
    ),
    (
        "qZo153",
        "vi",
        "hpvn_tau",
        "Cung cấp đồ uống, nước sinh hoạt cho tàu biển",
        "Dịch vụ cung ứng tàu biển: giao nước uống, đồ uống và nước sinh hoạt tận tàu tại cảng.",
    ),
    (
        "qZo154",
        "vi",
        "greenstar_kcn",
        "Xử lý nước thải khu công nghiệp",
        "Thiết kế, thi công trạm xử lý nước thải tập trung cho khu công nghiệp, bảo vệ nguồn nước tiếp nhận.",
    ),
    (
        "qZo155",
        "vi",
        "scem_detmay",
        "Đánh giá tái sử dụng nước thải ngành dệt may",
        "Trung tâm quan trắc môi trường đánh giá hiện trạng và khả năng tái sử dụng nước thải trong nhà máy dệt may.",
    ),
    (
        "qZo156",
        "en",
        "bizfluent",
        "Business planning for a small water bottling start-up",
        "Advisers help small bottlers plan: water costs little compared with bottling, storage and trucking; start with "
        "convenience stores and petrol stations before chains; hire an engineer to oversee production; check market data.",
    ),
    (
        "qZo157",
        "en",
        "geolnew",
        "Site and space planning for a water bottling project",
        "Site assessment covering an approved protected source, zoning, road access, power and space: for example about "
        "2,050 square feet for 2,363 litres a day including storage and staff areas.",
    ),
    (
        "qZo158",
        "en",
        "swro_brine",
        "Research on seawater RO brine characterisation",
        "Academic review of seawater reverse osmosis brine: composition, possible uses and energy requirements of "
        "brine valorisation for large desalination plants.",
    ),
    (
        "qZo159",
        "en",
        "draygon",
        "Wastewater evaporators for RO reject",
        "RO reject can equal up to half the feed volume; our evaporators distil it and leave only solids that can be "
        "disposed of easily and safely.",
    ),
    (
        "qZo160",
        "vi",
        "memart_attp",
        "Tài liệu phổ biến kiến thức an toàn vệ sinh thực phẩm",
        "Bài tổng hợp khái niệm, nguyên tắc an toàn vệ sinh thực phẩm cho bữa ăn gia đình và các môi trường đặc thù.",
    ),
    (
        "qZo161",
        "vi",
        "backhoa",
        "Máy rửa bát bán âm và độc lập",
        "Tư vấn chọn máy rửa bát bán âm hay độc lập cho căn bếp gia đình.",
    ),
    (
        "qZo162",
        "en",
        "xxcoldroom",
        "Flake ice machines for fish factories",
        "Flake ice machines for fish processing factories, freezing water in thin layers broken into flakes to chill "
        "fish fast during processing and transport.",
    ),
    (
        "qZo163",
        "vi",
        "tanthuan",
        "Trạm xử lý nước thải khu chế xuất",
        "Trạm thu gom, xử lý nước thải công nghiệp và sinh hoạt của các xí nghiệp trong khu chế xuất đạt chuẩn trước "
        "khi xả ra ngoài.",
    ),
    (
        "qZo164",
        "en",
        "ieee_quench",
        "Mobile solar water purifiers for entrepreneurs",
        "Solar panels, gel batteries and high-pressure pumps on units from golf-cart to food-truck size push water "
        "through filters; internet monitors report water quality and output, letting local entrepreneurs sell clean water.",
    ),
    (
        "qZo165",
        "vi",
        "experts_tube",
        "Nhà máy đá ống tự động dùng môi chất amoniac",
        "Lắp nhà máy đá ống: nước đông trong các ống đứng làm lạnh bằng amoniac, xả đá bằng gas nóng, dao cắt ống đá "
        "khoảng 50 x 50 mm, thành 10-12 mm; thu hoạch, đưa vào kho tự động, có máy nghiền chỉnh cỡ đá theo khách.",
    ),
    (
        "qZo166",
        "vi",
        "ozonesolutions",
        "Cụm hòa trộn ozone venturi cho bồn nước thành phẩm",
        "Cung cấp máy tạo ozone, bộ venturi và bơm tuần hoàn lắp nhánh bên bồn chứa, có bộ hủy ozone khí thải và cảm "
        "biến nồng độ tại điểm hòa trộn, đầu ra bồn và điểm chiết; liều thấp trước khi chiết để khử trùng nước, chai, nắp.",
    ),
]
