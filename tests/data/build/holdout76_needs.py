"""Needs for labelled set holdout76 (industrial wastewater, sludge and air-emission treatment), set in Trà Vinh / Vĩnh Long.

Rows: (id, language, source key, title, description, {offer id: grade}); 2 = would solve, 1 = partly relevant.
Several needs paraphrase pages about other places and are set in the province; make_holdout76.py lists the caveats.
"""

NEEDS = [
    # --- seafood and food-factory wastewater ---
    (
        "kZn01",
        "vi",
        "studylib_sf",
        "Cần hệ thống xử lý nước thải cho nhà máy cá tra phi lê ở KCN Long Đức",
        "Nhà máy phi lê cá tra của chúng tôi tại KCN Long Đức (TP. Trà Vinh) xả nước rửa nguyên liệu và vệ sinh xưởng lẫn vụn cá, máu, mỡ, "
        "nhiều nitơ, photpho. Muốn tách chất thải rắn trước khi vào dòng thải, đầu tư hệ thống xử lý đạt QCVN 11 và lập chương trình "
        "quan trắc phù hợp lưu lượng, tải lượng.",
        {"kZo001": 2, "kZo004": 2, "kZo018": 2, "kZo002": 2, "kZo007": 1, "kZo019": 1, "kZo158": 1},
    ),
    (
        "kZn02",
        "en",
        "luanvan_ts",
        "Effluent treatment for a frozen-shrimp plant in Duyên Hải",
        "We export frozen shrimp from Duyên Hải town and our washing, thawing and peeling water goes to the canal with high BOD, "
        "protein and shell fragments. Looking for a contractor to design and build a plant meeting QCVN 11 before the provincial "
        "inspection next year.",
        {"kZo005": 2, "kZo002": 2, "kZo004": 2, "kZo001": 2, "kZo018": 2, "kZo007": 1, "kZo016": 1},
    ),
    (
        "kZn03",
        "vi",
        "amanda_ts",
        "Can thiet ke he thong xu ly nuoc thai xuong ca ngu hap o Cau Ngang",
        "Xuong hap va dong hop ca ngu cua cong ty o Cau Ngang co nuoc luoc ca rat man, COD cao, nhieu sulfat, vi sinh thuong bi soc muoi. "
        "Can don vi thiet ke he thong xu ly phu hop nuoc thai man, uu tien ky khi de giam chi phi dien.",
        {"kZo008": 2, "kZo004": 1, "kZo006": 1, "kZo001": 1, "kZo018": 1},
    ),
    (
        "kZn04",
        "en",
        "uasb_multi",
        "Anaerobic reactor with biogas for fish-processing wastewater in Trà Cú",
        "Our fish-processing plant in Trà Cú discharges strong organic wastewater and buys a lot of electricity for aeration. We want "
        "a high-rate anaerobic stage (UASB or similar) that recovers biogas, followed by polishing, sized for our flow.",
        {"kZo011": 2, "kZo003": 2, "kZo008": 2, "kZo012": 1, "kZo020": 1},
    ),
    (
        "kZn05",
        "vi",
        "thachdua_bt",
        "Cơ sở thạch dừa, cơm dừa ở Càng Long cần xử lý nước thải chua, nhiều đường",
        "Cơ sở sản xuất thạch dừa và cơm dừa ở Càng Long thải nước dừa lên men chua, nhiều đường, COD cao, bốc mùi ra kênh. Muốn đầu tư hệ "
        "thống xử lý kỵ khí – hiếu khí ổn định, tận dụng khí sinh học nếu được, và hướng tận dụng phụ phẩm cho cả nhóm hộ làm thạch quanh vùng.",
        {"kZo009": 2, "kZo011": 2, "kZo012": 1, "kZo010": 1, "kZo020": 1, "kZo017": 1},
    ),
    (
        "kZn06",
        "en",
        "uasb_review",
        "Anaerobic pretreatment for a rice-noodle factory in Cầu Kè",
        "A rice-noodle and rice-paper factory in Cầu Kè wants a compact anaerobic reactor for starchy wastewater that works without "
        "heating in our tropical climate and gives biogas for the steamers, with aerobic post-treatment to meet the discharge limit.",
        {"kZo011": 2, "kZo012": 2, "kZo020": 1, "kZo017": 1},
    ),
    (
        "kZn07",
        "en",
        "epa_poultry",
        "Pretreatment for a poultry slaughter and processing plant in Long Hồ",
        "Our chicken slaughter line in Long Hồ (Vĩnh Long) screens offal and feathers but the effluent sent to the industrial-cluster "
        "sewer still carries too much fat, blood and suspended solids. We need pretreatment (flotation or similar) so the cluster plant "
        "accepts our water, ideally recovering the float.",
        {"kZo015": 2, "kZo013": 2, "kZo016": 2, "kZo014": 2, "kZo029": 2, "kZo039": 1},
    ),
    (
        "kZn08",
        "vi",
        "ec_ultranode",
        "Thiết bị xử lý nước thải gọn, ít hóa chất cho xưởng thực phẩm ở Bình Minh",
        "Xưởng chế biến thực phẩm nhỏ ở Bình Minh có mặt bằng hẹp, ngại pha phèn, polymer hằng ngày. Cần thiết bị gọn xử lý dầu mỡ, chất "
        "rắn lơ lửng và giảm COD trước khi xả, ít phải quản lý hóa chất.",
        {"kZo017": 2, "kZo016": 1, "kZo020": 1},
    ),
    (
        "kZn09",
        "vi",
        "luanvan_ts",
        "Co so lam mam, kho ca o Duyen Hai can xu ly nuoc thai",
        "Co so che bien nuoc mam va kho ca o Duyen Hai co nuoc rua ca, nuoc muoi rat man, mui tanh nang. Muon tim don vi tu van va lam he "
        "thong xu ly nuoc thai phu hop quy mo ho gia dinh san xuat, chi phi van hanh thap.",
        {"kZo004": 2, "kZo008": 2, "kZo006": 1, "kZo018": 1, "kZo021": 1},
    ),
    # --- slaughterhouse and livestock effluent ---
    (
        "kZn10",
        "vi",
        "phuclam_gm",
        "Lò mổ trâu bò tập trung ở Vũng Liêm cần giải pháp xử lý nước thải",
        "Lò giết mổ trâu bò của xã ở Vũng Liêm đang xả nước thải máu, phân, mỡ thẳng ra kênh, bà con phản ánh mùi hôi. Cần khảo sát hiện "
        "trạng và đề xuất, thi công hệ thống xử lý phù hợp công suất và kinh phí của hợp tác xã.",
        {"kZo028": 2, "kZo029": 2, "kZo030": 2, "kZo032": 2, "kZo031": 1, "kZo036": 1},
    ),
    (
        "kZn11",
        "en",
        "scirp_sww",
        "Municipal abattoir in Trà Vinh city: high BOD, TSS and E. coli",
        "The city abattoir uses large volumes of water for washing carcasses, floors and machines; the warm effluent (20–30 °C) is "
        "high in BOD5, suspended solids and E. coli and is leaching toward groundwater. We need a treatment system that meets the "
        "discharge standard and protects wells nearby.",
        {"kZo032": 2, "kZo033": 2, "kZo036": 2, "kZo028": 2, "kZo034": 1, "kZo037": 1, "kZo029": 2},
    ),
    (
        "kZn12",
        "en",
        "cw_hssf",
        "Low-cost wetland upgrade for a small slaughter slab in Cầu Kè",
        "Our small slaughter slab in Cầu Kè has a septic tank followed by a gravel bed, but the outlet BOD is still around 74 mg/l "
        "against a 50 mg/l limit (inlet about 400 mg/l). We want a cheap constructed-wetland design or upgrade that reliably meets the "
        "limit.",
        {"kZo037": 2, "kZo038": 2, "kZo042": 1, "kZo031": 1},
    ),
    (
        "kZn13",
        "vi",
        "cw_pig",
        "Trai heo o Tam Binh can xu ly nuoc thai sau biogas cho dat chuan",
        "Trai heo 500 con o Tam Binh da co ham biogas nhung nuoc sau biogas van den, amoni rat cao, hang xom kien. Can mo hinh xu ly tiep "
        "theo (ao, dat ngap nuoc, be sinh hoc) de dat chuan truoc khi xa ra muong.",
        {"kZo041": 2, "kZo042": 2, "kZo043": 2, "kZo046": 1, "kZo044": 1, "kZo045": 1},
    ),
    (
        "kZn14",
        "en",
        "cw_dairy",
        "Cheap wetland treatment for a dairy-cow cooperative in Long Hồ",
        "Our dairy cooperative in Long Hồ washes barns daily and the wastewater has high fecal coliform and nutrients. Members cannot "
        "afford a mechanical plant and want a constructed wetland planted with local grass or reeds, designed for livestock effluent.",
        {"kZo042": 2, "kZo043": 1, "kZo037": 1, "kZo038": 1, "kZo046": 1},
    ),
    (
        "kZn15",
        "vi",
        "uasb_multi",
        "Cơ sở giết mổ heo ở Châu Thành muốn thu biogas từ nước thải",
        "Cơ sở giết mổ heo ở huyện Châu Thành (Trà Vinh) có nước thải COD rất cao. Muốn lắp bể kỵ khí thu biogas dùng đun nước làm lông, "
        "sau đó xử lý hiếu khí khử nitơ cho đạt quy chuẩn.",
        {"kZo034": 2, "kZo029": 2, "kZo033": 2, "kZo035": 1, "kZo041": 1, "kZo044": 1},
    ),
    (
        "kZn16",
        "en",
        "musa_review",
        "Choosing anaerobic versus aerobic treatment for an abattoir in Bình Minh",
        "We are rebuilding the wastewater system of our abattoir in Bình Minh and want advice and a supplier: anaerobic digestion for "
        "biogas income or an aerobic plant, and how to reach discharge or reuse quality at reasonable cost.",
        {"kZo034": 2, "kZo033": 2, "kZo032": 2, "kZo029": 2, "kZo035": 1},
    ),
    (
        "kZn17",
        "vi",
        "heo_tinh",
        "Trại heo ở Trà Ôn cần tính lưu lượng và thiết kế hệ thống xử lý",
        "Trang trại heo thịt và heo nái ở Trà Ôn đang mở rộng chuồng, chưa biết lượng nước thải mỗi ngày là bao nhiêu. Cần đơn vị tính "
        "toán lưu lượng theo đàn và thiết kế hệ thống xử lý hoàn chỉnh có hầm biogas.",
        {"kZo041": 2, "kZo042": 1, "kZo044": 1, "kZo046": 1},
    ),
    # --- hospital and clinic wastewater ---
    (
        "kZn18",
        "vi",
        "hungyen_yt",
        "Bệnh viện đa khoa huyện Trà Cú cần cải tạo hệ thống xử lý nước thải",
        "Hệ thống xử lý nước thải của bệnh viện đa khoa huyện Trà Cú xuống cấp, đầu ra thường vượt BOD và coliform. Cần đơn vị đánh giá, "
        "chọn công nghệ phù hợp (chi phí đầu tư và vận hành tiết kiệm) và cải tạo để đạt quy chuẩn nước thải y tế.",
        {"kZo048": 2, "kZo051": 2, "kZo052": 2, "kZo050": 2, "kZo053": 2, "kZo057": 1, "kZo049": 2},
    ),
    (
        "kZn19",
        "en",
        "baocao_bv",
        "Upgrade of the wastewater plant at a provincial hospital in Trà Vinh city",
        "Our provincial hospital's plant was built for fewer beds; effluent now exceeds organic and microbiological limits. We seek a "
        "firm to upgrade screening, biology and disinfection and keep pathogens out of the receiving canal.",
        {"kZo053": 2, "kZo058": 2, "kZo059": 2, "kZo048": 2, "kZo057": 1, "kZo060": 1},
    ),
    (
        "kZn20",
        "vi",
        "nhakhoa_gp",
        "Phong kham nha khoa o TP Vinh Long can he thong xu ly nuoc thai de xin giay phep",
        "Phong kham nha khoa 6 ghe o TP Vinh Long dang lam ho so giay phep, duoc yeu cau co he thong xu ly nuoc thai. Nuoc thai co kim loai "
        "tu vat lieu tram, hoa chat khu trung, mau. Can bo xu ly nho gon, lap trong nha.",
        {"kZo061": 2, "kZo062": 2, "kZo063": 2, "kZo054": 1},
    ),
    (
        "kZn21",
        "en",
        "nhakhoa_dkt",
        "Wastewater units for a dental clinic chain in Trà Vinh city",
        "We run three dental clinics in Trà Vinh city. Wastewater contains mercury from amalgam, formaldehyde and glutaraldehyde from "
        "instrument disinfection, blood and antibiotics. We need compact treatment units per clinic and help with the permit file.",
        {"kZo061": 2, "kZo062": 2, "kZo063": 2, "kZo054": 1},
    ),
    (
        "kZn22",
        "vi",
        "nhakhoa_dn",
        "Phòng khám đa khoa tư nhân ở Cầu Kè cần module xử lý nước thải hợp khối",
        "Phòng khám đa khoa tư nhân ở Cầu Kè (khoảng 20 giường lưu) chưa có hệ thống xử lý, nước thải có máu, hóa chất sát khuẩn, vi khuẩn. "
        "Muốn mua module hợp khối lắp sẵn, vận hành đơn giản.",
        {"kZo062": 2, "kZo054": 2, "kZo051": 2, "kZo050": 1, "kZo061": 1},
    ),
    (
        "kZn23",
        "en",
        "hungyen_yt",
        "Compact plant for a district health centre in Càng Long without sewer",
        "The district health centre in Càng Long is not connected to any sewer and discharges to a ditch after a septic tank. We need a "
        "compact package plant sized for patients and staff that copes with disinfectant and antibiotic residues.",
        {"kZo054": 2, "kZo055": 2, "kZo050": 2, "kZo051": 1, "kZo053": 1},
    ),
    (
        "kZn24",
        "en",
        "mbr_pathogen",
        "MBR for the infectious-disease ward expansion at a Vĩnh Long hospital",
        "Our hospital in Vĩnh Long city is adding an infectious-disease block. We want a membrane bioreactor that removes bacteria and "
        "viruses so we can cut chlorine dosing and disinfection by-products, with a supplier that has hospital references.",
        {"kZo058": 2, "kZo059": 2, "kZo048": 2, "kZo053": 1},
    ),
    (
        "kZn25",
        "vi",
        "baocao_bv",
        "Trung tâm y tế Duyên Hải cần nâng cấp khâu khử trùng nước thải",
        "Nước thải sau xử lý của trung tâm y tế thị xã Duyên Hải nhiều lần vượt coliform khi quan trắc. Cần đánh giá lại dây chuyền và "
        "nâng cấp xử lý sinh học, khử trùng cho ổn định.",
        {"kZo048": 2, "kZo051": 2, "kZo052": 2, "kZo058": 2, "kZo053": 1},
    ),
    (
        "kZn26",
        "vi",
        "baocao_bv",
        "Benh vien tu nhan 100 giuong o Binh Minh can tu van cong nghe xu ly nuoc thai",
        "Benh vien tu nhan dang xay o Binh Minh (100 giuong) can chon cong nghe xu ly nuoc thai y te (AO, AAO, MBR...) va thiet ke tram "
        "phu hop dien tich nho, chi phi van hanh vua phai.",
        {"kZo048": 2, "kZo050": 2, "kZo051": 2, "kZo049": 1},
    ),
    # --- industrial-park central treatment and online monitoring ---
    (
        "kZn27",
        "vi",
        "dongnai_qt",
        "KCN Cổ Chiên cần lắp trạm quan trắc nước thải tự động kết nối Sở",
        "Ban quản lý KCN Cổ Chiên (Trà Vinh) phải lắp trạm quan trắc nước thải tự động tại cửa xả nhà máy xử lý tập trung, truyền dữ liệu "
        "liên tục về Sở Nông nghiệp và Môi trường. Cần nhà cung cấp thiết bị đo, lấy mẫu tự động và datalogger.",
        {"kZo067": 2, "kZo068": 2, "kZo069": 2, "kZo070": 2, "kZo071": 2, "kZo074": 1, "kZo075": 1},
    ),
    (
        "kZn28",
        "en",
        "kontum_qt",
        "Continuous effluent monitoring linked to the provincial data centre",
        "As developer of an industrial zone in Trà Vinh we must stream flow and quality data of our central plant outlet to the "
        "provincial environment department around the clock and react to incidents quickly. Seeking a supplier to install and "
        "maintain the analysers and data link.",
        {"kZo067": 2, "kZo069": 2, "kZo070": 2, "kZo071": 2, "kZo074": 1, "kZo075": 1, "kZo076": 1},
    ),
    (
        "kZn29",
        "en",
        "jobint_rt",
        "Real-time monitoring with alarms for the Hòa Phú IZ central plant",
        "The central WWTP of Hòa Phú industrial park (Vĩnh Long) wants online pH, DO, TSS and COD sensors at key process points, "
        "PLC/SCADA data acquisition, and SMS/email alarms when discharge limits are approached.",
        {"kZo072": 2, "kZo076": 2, "kZo077": 2, "kZo067": 2, "kZo074": 1, "kZo070": 1},
    ),
    (
        "kZn30",
        "vi",
        "thvl_kcn",
        "KCN ở Vĩnh Long cần nâng cấp nhà máy xử lý nước thải tập trung",
        "Theo định hướng phát triển sản xuất gắn với bảo vệ môi trường của tỉnh, chủ đầu tư hạ tầng KCN Bình Minh cần nâng công suất và "
        "hiệu quả nhà máy xử lý nước thải tập trung do nhiều doanh nghiệp mới vào.",
        {"kZo079": 2, "kZo080": 2, "kZo073": 2, "kZo078": 1, "kZo081": 1},
    ),
    (
        "kZn31",
        "en",
        "tayninh_kcn",
        "Master plan and EPC for a central plant at Cầu Quan industrial zone",
        "Cầu Quan industrial zone already has tenants but no complete central plant; wastewater is held in pits and overflows to the "
        "river. We need tenant surveys, a master plan and an EPC contractor for a central effluent treatment plant.",
        {"kZo073": 2, "kZo079": 2, "kZo080": 2, "kZo078": 1},
    ),
    (
        "kZn32",
        "vi",
        "caudram_la",
        "Cụm công nghiệp ở Trà Ôn muốn xây nhà máy xử lý nước thải trước khi doanh nghiệp vào",
        "Chủ đầu tư cụm công nghiệp ở Trà Ôn muốn hoàn thành nhà máy xử lý nước thải tập trung trước khi các nhà máy chế biến đi vào hoạt "
        "động. Cần đơn vị thiết kế – xây dựng có kinh nghiệm KCN.",
        {"kZo079": 2, "kZo080": 2, "kZo073": 2, "kZo078": 1},
    ),
    (
        "kZn33",
        "vi",
        "nd80_tn",
        "KCN cần đơn vị vận hành trạm xử lý nước thải tập trung chuyên nghiệp",
        "Công ty hạ tầng KCN Long Đức thiếu nhân lực, thiết bị để vận hành trạm xử lý nước thải tập trung. Muốn thuê đơn vị chuyên nghiệp "
        "vận hành, bảo trì, xử lý bùn và báo cáo số liệu.",
        {"kZo073": 2, "kZo081": 1, "kZo084": 1, "kZo077": 1, "kZo078": 1},
    ),
    (
        "kZn34",
        "en",
        "weftec_sensors",
        "Detecting toxic shock loads at the inlet of a food-park WWTP",
        "The shared plant of a food-processing park in Vĩnh Long loses its biology after unannounced discharges. We want online inlet "
        "sensors and a sensor-selection plan that warns operators of toxic or high-strength loads.",
        {"kZo072": 2, "kZo067": 2, "kZo076": 1, "kZo070": 1, "kZo068": 1},
    ),
    (
        "kZn35",
        "vi",
        "thietbido_qt",
        "Nhà máy thủy sản xả 600 m3/ngày hỏi việc lắp quan trắc tự động",
        "Nhà máy chế biến thủy sản ở Trà Vinh xả khoảng 600 m3/ngày, được nhắc phải lắp quan trắc nước thải tự động, liên tục. Cần tư vấn "
        "thông số bắt buộc và báo giá thiết bị, lắp đặt, kết nối về Sở.",
        {"kZo067": 2, "kZo069": 2, "kZo070": 2, "kZo071": 2, "kZo068": 2, "kZo075": 1},
    ),
    # --- boiler and dryer flue gas, dust and odour ---
    (
        "kZn36",
        "vi",
        "bentre_than",
        "Lò than gáo dừa ở Càng Long cần xử lý khói bụi",
        "Các lò đốt than gáo dừa của tổ hợp tác ở Càng Long có ống khói cao khoảng 10 m nhưng khói lẫn dầu không bay xa mà sà xuống nhà dân, "
        "vườn cây. Nâng ống khói không giải quyết được. Cần thiết bị xử lý bụi và khí thải phù hợp lò thủ công, chi phí vừa phải.",
        {"kZo090": 2, "kZo091": 2, "kZo092": 1, "kZo089": 1, "kZo093": 1},
    ),
    (
        "kZn37",
        "en",
        "guyana_rice",
        "Dust from a husk-fired paddy dryer in Tam Bình",
        "Our rice mill in Tam Bình dries paddy with a husk furnace; neighbours complain about fine dust from drying, husk burning and "
        "ash dumping. We need a dust collection system for the dryer and furnace exhaust and advice on ash handling.",
        {"kZo099": 2, "kZo090": 2, "kZo096": 2, "kZo093": 1, "kZo100": 1, "kZo098": 1},
    ),
    (
        "kZn38",
        "en",
        "ricemill_units",
        "Smoke and ash from the husk boiler of a parboiling mill in Trà Ôn",
        "A parboiling rice mill in Trà Ôn raises steam in a husk-fired boiler; the stack emits visible smoke and fly ash, and the old "
        "cyclone cannot meet the emission limit. Looking for a final-stage dust filter that survives sparks and humid flue gas.",
        {"kZo096": 2, "kZo094": 2, "kZo095": 2, "kZo090": 2, "kZo097": 1, "kZo098": 1},
    ),
    (
        "kZn39",
        "vi",
        "husk_steam_apeis",
        "Lo hoi dot trau cua nha may thuc pham o Vung Liem bi vuot QCVN 19",
        "Lo hoi dot trau 4 tan hoi/gio cua nha may thuc pham o Vung Liem chi co cyclone, do kiem bui tong vuot QCVN 19. Can don vi thiet "
        "ke lap them thiet bi loc bui tinh va thap rua khi cho dat chuan.",
        {"kZo089": 2, "kZo090": 2, "kZo091": 2, "kZo096": 2, "kZo095": 1, "kZo094": 1},
    ),
    (
        "kZn40",
        "en",
        "cpcb_cems",
        "CEMS for the biomass boiler of a seafood plant in Long Đức",
        "Our seafood plant in Long Đức industrial zone operates a biomass boiler and has been told to install continuous stack "
        "monitoring for dust, SO2, NOx, O2, temperature and flow, with calibration and data acquisition that the authority accepts.",
        {"kZo109": 2, "kZo110": 2, "kZo111": 2, "kZo088": 1},
    ),
    (
        "kZn41",
        "vi",
        "furnilab_cems",
        "Nhà máy có lò hơi công nghiệp ở KCN Hòa Phú cần trạm quan trắc khí thải tự động",
        "Nhà máy chế biến nông sản ở KCN Hòa Phú (Vĩnh Long) thuộc danh mục cơ sở có lò hơi phải quan trắc khí thải tự động: lưu lượng, "
        "bụi tổng, nhiệt độ, SO2, NOx, O2. Cần nhà thầu cung cấp, lắp đặt và truyền dữ liệu.",
        {"kZo110": 2, "kZo111": 2, "kZo109": 2, "kZo088": 1},
    ),
    (
        "kZn42",
        "en",
        "ecocenter_cem",
        "Recalibration and QA of a drifting stack analyser in Bình Minh",
        "The stack analyser on our feed-mill boiler in Bình Minh drifts and fails relative-accuracy checks against manual stack "
        "sampling. We need calibration, quality assurance, audits and reliable data recording at 15-minute cycles.",
        {"kZo109": 2, "kZo110": 1, "kZo111": 1, "kZo088": 1},
    ),
    (
        "kZn43",
        "en",
        "agh_render",
        "Odour from a fishmeal and by-product plant in Duyên Hải",
        "Our fishmeal and fish-oil plant in Duyên Hải uses a three-stage water scrubber that removes less than 55 % of the odour; "
        "villagers complain. We need a better odour abatement system for cooker vapours and process air.",
        {"kZo105": 2, "kZo103": 2, "kZo104": 2, "kZo101": 2, "kZo106": 1, "kZo107": 1, "kZo040": 2},
    ),
    (
        "kZn44",
        "vi",
        "globalwe_odor",
        "Trạm xử lý nước thải nhà máy thủy sản ở Cầu Ngang bốc mùi H2S",
        "Khu bể gom, bể điều hòa và khu chứa bùn của trạm xử lý nước thải nhà máy thủy sản ở Cầu Ngang bốc mùi trứng thối, khu dân cư kế bên "
        "phản ánh. Cần giải pháp thu gom và xử lý khí mùi.",
        {"kZo021": 2, "kZo101": 2, "kZo106": 2, "kZo108": 2, "kZo107": 1, "kZo102": 1},
    ),
    (
        "kZn45",
        "en",
        "h2s_bio_intro",
        "Biological treatment of H2S and ammonia at a pig-slaughterhouse plant in Vĩnh Long",
        "The wastewater plant of our pig slaughterhouse in Vĩnh Long releases hydrogen sulphide and ammonia. Chemical scrubbing looks "
        "expensive, so we prefer a biological system (biofilter or bioscrubber) with low running cost.",
        {"kZo107": 2, "kZo101": 2, "kZo106": 1, "kZo040": 1, "kZo103": 1},
    ),
    (
        "kZn46",
        "vi",
        "guyana_rice",
        "Lò sấy lúa ở Tam Bình phát tán bụi trấu, tro",
        "Cơ sở sấy lúa thuê ở Tam Bình đốt trấu cấp nhiệt, bụi trấu và tro bay sang nhà dân mỗi mùa thu hoạch. Muốn lắp hệ thống thu bụi cho "
        "lò sấy và bố trí lại bãi tro.",
        {"kZo090": 2, "kZo099": 2, "kZo100": 1, "kZo091": 1},
    ),
    (
        "kZn47",
        "en",
        "bentre_than",
        "Smoke treatment for coconut-shell charcoal kilns in Càng Long",
        "A group of coconut-shell charcoal kilns in Càng Long releases oily black smoke that settles on houses and orchards. We want a "
        "practical gas-cleaning unit (wet scrubbing or similar) that small kiln owners can afford.",
        {"kZo091": 2, "kZo090": 2, "kZo093": 1, "kZo089": 1, "kZo092": 1},
    ),
    # --- sludge dewatering, drying and reuse ---
    (
        "kZn48",
        "vi",
        "kcn_bun300",
        "Nhà máy XLNT KCN Long Đức cần máy ép bùn giảm khối lượng bùn",
        "Nhà máy xử lý nước thải tập trung KCN Long Đức công suất vài nghìn m3/ngày thải ra khoảng 300 tấn bùn mỗi tháng, bùn còn lỏng nên chi "
        "phí chở đi xử lý rất cao. Cần máy ép bùn phù hợp và tư vấn chọn loại.",
        {"kZo116": 2, "kZo117": 2, "kZo118": 2, "kZo119": 2, "kZo120": 1, "kZo121": 1},
    ),
    (
        "kZn49",
        "en",
        "lenntech_dew",
        "Dewatering for a seafood plant in Trà Cú that trucks liquid sludge",
        "Our seafood plant in Trà Cú thickens sludge and trucks it away as liquid. Drying beds are too slow in the rainy season. We want "
        "a mechanical dewatering machine with the right flocculant programme to cut haulage.",
        {"kZo119": 2, "kZo120": 2, "kZo121": 2, "kZo116": 2, "kZo117": 1},
    ),
    (
        "kZn50",
        "en",
        "azo_solar",
        "Low-energy solar sludge drying for a treatment plant in Vĩnh Long",
        "A medium-size treatment plant in Vĩnh Long city wants to dry dewatered sludge with sunshine instead of fuel, in a greenhouse "
        "that copes with the rainy season and limits odour and ammonia.",
        {"kZo122": 2, "kZo123": 2, "kZo124": 1, "kZo125": 1},
    ),
    (
        "kZn51",
        "vi",
        "ecocenter_dry",
        "Nhà máy thủy sản ở Duyên Hải cần sấy bùn sau ép để đốt lò hơi",
        "Bánh bùn sau máy ép của nhà máy thủy sản ở Duyên Hải còn ẩm khoảng 80 %. Muốn sấy nhiệt xuống độ ẩm thấp để trộn đốt trong lò hơi "
        "biomass, giảm chi phí chôn lấp.",
        {"kZo124": 2, "kZo125": 2, "kZo126": 2, "kZo122": 1},
    ),
    (
        "kZn52",
        "en",
        "scilit_dry",
        "Dried food-industry sludge as fuel or fertiliser",
        "A food-processing group in Vĩnh Long produces biological sludge at several plants and wants a drying route that turns it into "
        "a stable product usable as boiler fuel or fertiliser instead of landfill.",
        {"kZo126": 2, "kZo125": 2, "kZo123": 2, "kZo124": 2, "kZo127": 1},
    ),
    (
        "kZn53",
        "vi",
        "kcn_bun300",
        "Tái sử dụng bùn sinh học của nhà máy thủy sản làm phân bón",
        "Doanh nghiệp chế biến thủy sản ở Trà Vinh có bùn sinh học từ hệ thống xử lý nước thải, muốn ủ thành phân hữu cơ bán cho nông dân "
        "thay vì thuê chở đi chôn lấp. Cần quy trình ủ và phối trộn phù hợp.",
        {"kZo127": 2, "kZo128": 1, "kZo129": 1, "kZo131": 1},
    ),
    (
        "kZn54",
        "en",
        "bsf_cameroon",
        "Black soldier fly to convert processing sludge and float into larvae",
        "A seafood processor in Trà Vinh wants to feed black soldier fly larvae with DAF float and biological sludge to produce "
        "protein for fish feed and frass fertiliser. Looking for a partner with rearing and treatment know-how.",
        {"kZo131": 2, "kZo132": 2, "kZo133": 1, "kZo127": 1},
    ),
    (
        "kZn55",
        "en",
        "za_dew",
        "Dewatering unit for a slaughterhouse WWTP in Mang Thít",
        "The small treatment plant of our slaughterhouse in Mang Thít produces wet sludge that costs too much to dispose of. We want a "
        "simple, low-maintenance dewatering machine that squeezes out most of the water.",
        {"kZo119": 2, "kZo120": 2, "kZo121": 2, "kZo116": 2, "kZo118": 1},
    ),
    # --- water reuse, zero discharge and service sites ---
    (
        "kZn56",
        "vi",
        "dci_reuse",
        "Nhà máy nước giải khát ở Bình Minh muốn tái sử dụng nước thải",
        "Nhà máy nước giải khát ở Bình Minh muốn xử lý nâng cao nước thải sau hệ thống hiện có để dùng cho tháp giải nhiệt, rửa sàn, tưới cây "
        "và dự trữ chữa cháy, giảm khai thác nước ngầm.",
        {"kZo135": 2, "kZo136": 2, "kZo137": 2, "kZo138": 2, "kZo142": 2},
    ),
    (
        "kZn57",
        "en",
        "thinhvuong_reuse",
        "Reusing treated effluent at a seafood plant facing groundwater limits",
        "Our seafood plant in Trà Vinh is limited in groundwater abstraction and the river water is salty in the dry season. We want "
        "to treat our effluent further and reuse it for non-product uses such as cooling, floor washing and toilets.",
        {"kZo142": 2, "kZo136": 2, "kZo137": 2, "kZo140": 2, "kZo144": 1},
    ),
    (
        "kZn58",
        "en",
        "namviet_reuse",
        "Reuse of treated sewage at a coastal resort in Duyên Hải",
        "A coastal resort in Duyên Hải wants to treat its sewage from rooms and kitchens and reuse it for garden irrigation and toilet "
        "flushing, because fresh water is scarce in the dry season.",
        {"kZo135": 2, "kZo137": 2, "kZo150": 1, "kZo138": 1, "kZo142": 1},
    ),
    (
        "kZn59",
        "en",
        "hopnhat_ro",
        "Handling RO reject at a plant in Long Đức industrial zone",
        "Our factory polishes treated effluent with RO for reuse, but roughly 40 % of the feed comes out as salty reject that the zone "
        "plant will not accept. We want evaporation or another route to zero liquid discharge.",
        {"kZo145": 2, "kZo146": 2, "kZo147": 2, "kZo141": 1, "kZo143": 1},
    ),
    (
        "kZn60",
        "vi",
        "eatsip_cw",
        "Trạm rửa xe ở TP Trà Vinh muốn tuần hoàn nước rửa",
        "Trạm rửa xe ô tô ở TP. Trà Vinh xả nước lẫn đất cát, dầu nhớt, xà phòng ra cống, bị nhắc nhở. Muốn hệ thống tách cặn, tách dầu và "
        "lọc để tái sử dụng phần lớn nước rửa.",
        {"kZo148": 2, "kZo149": 2, "kZo152": 1, "kZo137": 1},
    ),
    (
        "kZn61",
        "en",
        "winenfood_cw2",
        "Water reclaim for a truck and bus wash bay near Duyên Hải port",
        "A logistics company near Duyên Hải port washes trucks and buses daily and pays high water and discharge fees. We need a wash "
        "water reclaim system matched to our volumes and contaminants.",
        {"kZo148": 2, "kZo149": 2, "kZo136": 1},
    ),
    (
        "kZn62",
        "vi",
        "namviet_reuse",
        "Khách sạn 80 phòng ở TP Trà Vinh cần xử lý nước thải và tưới cây",
        "Khách sạn 80 phòng có nhà hàng ở TP. Trà Vinh cần hệ thống xử lý nước thải sinh hoạt, dầu mỡ nhà bếp đạt chuẩn và dùng lại nước sau "
        "xử lý để tưới sân vườn.",
        {"kZo150": 2, "kZo135": 2, "kZo137": 1, "kZo151": 1, "kZo153": 1},
    ),
    (
        "kZn63",
        "vi",
        "thinhvuong_reuse",
        "Nhà máy thủy sản muốn giảm tiêu thụ nước bằng tái sử dụng",
        "Doanh nghiệp chế biến thủy sản ở Trà Vinh muốn giảm lượng nước cấp và chi phí xử lý nước thải bằng cách tái sử dụng nước sau xử lý "
        "cho vệ sinh nhà xưởng và làm mát, theo hướng kinh tế tuần hoàn.",
        {"kZo136": 2, "kZo137": 2, "kZo135": 2, "kZo142": 2, "kZo144": 1},
    ),
    # --- environmental impact and monitoring services ---
    (
        "kZn64",
        "vi",
        "cnmt_dtm",
        "Dự án nhà máy chế biến thủy sản mới ở KCN Long Đức cần lập ĐTM",
        "Công ty chuẩn bị xây nhà máy chế biến thủy sản tại KCN Long Đức, cần đơn vị tư vấn lập báo cáo đánh giá tác động môi trường, dự báo "
        "tác động nước thải, khí thải, chất thải rắn và đề xuất biện pháp giảm thiểu để trình phê duyệt.",
        {"kZo154": 2, "kZo155": 2, "kZo156": 2, "kZo157": 2, "kZo161": 2, "kZo159": 2},
    ),
    (
        "kZn65",
        "en",
        "counsel_eia",
        "EIA partner for a foreign-invested plant in Định An economic zone",
        "We are a foreign investor planning a shrimp-feed and seafood plant in Định An economic zone (Trà Vinh). We need a qualified "
        "local consultant to prepare the EIA under the 2020 Environmental Protection Law and guide us through approval.",
        {"kZo161": 2, "kZo159": 2, "kZo162": 1, "kZo154": 2, "kZo163": 1, "kZo155": 2, "kZo156": 2, "kZo157": 2},
    ),
    (
        "kZn66",
        "en",
        "kdnc_eia",
        "Does our new factory in Hòa Phú IZ need an EIA, and who can prepare it?",
        "We are building a food factory in Hòa Phú industrial zone (Vĩnh Long) and are unsure whether our project falls into the EIA "
        "list. Looking for a consultant who can confirm the obligation and prepare the report.",
        {"kZo161": 2, "kZo162": 1, "kZo155": 2, "kZo163": 1, "kZo154": 2, "kZo156": 2, "kZo157": 2, "kZo159": 2},
    ),
    (
        "kZn67",
        "vi",
        "ejc_eia",
        "Công ty ở Càng Long cần dịch vụ quan trắc môi trường định kỳ",
        "Nhà máy chế biến nông sản ở Càng Long phải quan trắc định kỳ nước thải, khí thải lò hơi và không khí khu vực theo giấy phép môi "
        "trường. Cần đơn vị có phòng thí nghiệm đủ điều kiện lấy mẫu, phân tích và lập báo cáo.",
        {"kZo158": 2, "kZo159": 2, "kZo165": 1},
    ),
    (
        "kZn68",
        "en",
        "tt10_qaqc",
        "Accredited sampling of wastewater and boiler stack for a hospital in Vĩnh Long",
        "Our hospital in Vĩnh Long must report quarterly wastewater results and annual stack results for the boiler. We need a "
        "monitoring organisation with a certified laboratory and proper QA/QC to sample and analyse.",
        {"kZo158": 2, "kZo159": 2, "kZo161": 1},
    ),
    (
        "kZn69",
        "vi",
        "danchu_dtm",
        "Lò mổ ở Tiểu Cần cần làm hồ sơ môi trường, giấy phép môi trường",
        "Cơ sở giết mổ gia súc ở Tiểu Cần đang hoạt động nhưng chưa đủ hồ sơ môi trường. Cần tư vấn xác định loại hồ sơ phải làm (ĐTM hay giấy "
        "phép môi trường) và thực hiện trọn gói.",
        {"kZo156": 2, "kZo155": 2, "kZo154": 1, "kZo157": 1, "kZo161": 1},
    ),
    (
        "kZn70",
        "en",
        "ejc_eia",
        "Updated EIA for expanding a rice-bran oil plant in Trà Ôn",
        "Our rice-milling and rice-bran oil company in Trà Ôn will raise capacity and add a boiler. We need an updated EIA covering "
        "the expansion, with baseline sampling of air, water and soil.",
        {"kZo161": 2, "kZo159": 2, "kZo156": 2, "kZo155": 2, "kZo154": 2, "kZo157": 2},
    ),
    (
        "kZn71",
        "vi",
        "cnmt_dtm",
        "Nhà máy dừa ở Châu Thành mở rộng cần ĐTM và giấy phép môi trường",
        "Nhà máy chế biến dừa ở huyện Châu Thành (Trà Vinh) nâng công suất, cần lập lại báo cáo ĐTM và xin giấy phép môi trường cho phần mở "
        "rộng, kèm thiết kế công trình xử lý nước thải đúng quy chuẩn.",
        {"kZo156": 2, "kZo154": 2, "kZo155": 2, "kZo157": 2, "kZo161": 2, "kZo159": 2},
    ),
    (
        "kZn72",
        "en",
        "counsel_eia",
        "Independent EHS audit after odour complaints at a seafood factory",
        "Our seafood factory in Trà Vinh city has received smoke and odour complaints from residents. We want an independent "
        "environmental, health and safety audit with practical recommendations before the authorities inspect.",
        {"kZo160": 2, "kZo159": 1, "kZo101": 1},
    ),
    # --- further needs ---
    (
        "kZn73",
        "en",
        "amanda_ts",
        "Pretreatment of seafood effluent to the Long Đức IZ connection standard",
        "Our seafood plant in Long Đức industrial zone must pretreat wastewater to the zone's connection limits before it goes to the "
        "central plant. We need a contractor that designs and builds the pretreatment line for processing and canteen water.",
        {"kZo002": 2, "kZo004": 2, "kZo001": 2, "kZo016": 1, "kZo080": 1, "kZo005": 2, "kZo018": 2},
    ),
    (
        "kZn74",
        "vi",
        "ricemill_units",
        "Nhà máy xay xát, lau bóng gạo ở Bình Tân cần thu bụi cám",
        "Nhà máy xay xát, lau bóng gạo xuất khẩu ở Bình Tân (Vĩnh Long) phát tán bụi cám, bụi trấu trong xưởng và ra khu dân cư; công nhân "
        "than phiền khó thở. Cần hệ thống cyclone, lọc túi thu bụi cho dây chuyền.",
        {"kZo099": 2, "kZo090": 1, "kZo098": 1},
    ),
    (
        "kZn75",
        "en",
        "phuclam_gm",
        "Contractor for a buffalo and cattle slaughter point in Vũng Liêm",
        "A buffalo and cattle slaughter point serving several communes in Vũng Liêm needs a contractor to build its first wastewater "
        "system, including grease and blood separation and odour control, on a small budget.",
        {"kZo028": 2, "kZo029": 2, "kZo030": 1, "kZo032": 1, "kZo040": 1, "kZo031": 1},
    ),
]
