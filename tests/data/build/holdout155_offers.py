"""Offers for holdout155 (rice wine, distilled spirits, small breweries and wineries).

Rows: (id, language, source key, title, description). Each offer paraphrases the public page named by its source key.
"""

OFFERS = [
    # --- yeast cakes and starters ---
    (
        "oAo001",
        "vi",
        "menla_isolate",
        "Chủng nấm men hoạt lực cao phân lập từ bánh men lá",
        "Nhóm nghiên cứu vi sinh chuyển giao các chủng nấm men được phân lập và tuyển chọn từ bánh men lá của một số vùng "
        "miền núi phía Bắc, có hoạt lực lên men cao, dùng để sản xuất rượu đặc sản ổn định hơn men lá tự làm. Kèm theo là "
        "đặc điểm hình thái, sinh lý và điều kiện nhân giống từng chủng.",
    ),
    (
        "oAo002",
        "en",
        "wur_starter",
        "Defined fungal starter granules for purple glutinous rice wine",
        "A university group offers a laboratory-scale process for granulated starter made from a defined mix of the mould "
        "Amylomyces rouxii and the yeast Saccharomyces cerevisiae, both selected from Vietnamese rice wine starters. Fennel "
        "and clove are added to stimulate growth; mould activity stays stable over a 3-month storage test and the dry "
        "matter content is controlled to extend shelf life. Developed for Mekong Delta purple glutinous rice wine.",
    ),
    (
        "oAo003",
        "en",
        "ctu_ricemalt",
        "Defined yeast and mould starter on rice malt for white rice spirit",
        "Can Tho University transfers a two-part starter: S. cerevisiae grown on rice malt plus an A. rouxii mould starter "
        "grown on maize powder and rice husk. With 1% mould starter, 2 days of solid-state and 4 days of alcoholic "
        "fermentation reached 13.67% v/v ethanol; a pilot run on 8 kg of rice gave 1.23 L of 30% spirit per kg of rice, "
        "with 33.8 mg/L aldehyde in the distillate and a sensory score of 14.2/20.",
    ),
    (
        "oAo004",
        "vi",
        "granule_ifset",
        "Quy trình sản xuất bánh men dạng hạt hỗn hợp chủng xác định",
        "Chuyển giao quy trình làm men rượu dạng hạt từ hỗn hợp chủng mốc Amylomyces rouxii và nấm men Saccharomyces "
        "cerevisiae tương hợp, có bổ sung tiểu hồi và đinh hương để kích thích vi sinh phát triển. Men hạt giữ hoạt tính "
        "trên 3 tháng, giúp các cơ sở nấu rượu khắc phục tình trạng bánh men truyền thống chất lượng thất thường.",
    ),
    (
        "oAo005",
        "vi",
        "menla_bacme",
        "Tập huấn làm men lá truyền thống từ cây thuốc nam",
        "Lớp hướng dẫn làm men lá theo cách của đồng bào Tày: giã rễ cọc đen, riềng, lá trầu không, rau dăm, cỏ ngọt (có "
        "thể dùng từ 3 đến hơn 30 loại lá), ngâm lấy nước trộn bột gạo với men cái, nặn viên, ủ 2–3 ngày rồi phơi râm và "
        "hong gác bếp đến khô. Giúp cơ sở tự chủ nguồn men thay cho men không rõ nguồn gốc.",
    ),
    (
        "oAo006",
        "vi",
        "menla_dactrung",
        "Tư vấn phối chế bánh men thảo dược tạo hương riêng cho rượu",
        "Đơn vị tư vấn giúp cơ sở rượu thiết kế bánh men vừa cung cấp vi sinh vật cho quá trình tạo rượu, vừa tạo hương vị "
        "đặc trưng nhờ tỷ lệ cây lá, dược liệu riêng. Hướng dẫn nhận biết bánh men đạt chuẩn qua cảm quan (xốp, ít nhăn, "
        "màu trắng đục, chắc tay) và cách bảo quản.",
    ),
    (
        "oAo007",
        "en",
        "assam_starter",
        "Culture-independent profiling of rice wine starter microbiota",
        "A molecular biology laboratory profiles the moulds, yeasts and bacteria in traditional starter cakes with "
        "PCR-based, culture-independent methods that also detect species that cannot be grown on plates. Producers can "
        "compare good and failed batches of starter, choose mother cakes and document the microbial identity of their "
        "local starter.",
    ),
    (
        "oAo008",
        "en",
        "ifrj_review",
        "Process review and upgrading for small rice wine producers",
        "The Biotechnology Research and Development Institute of Can Tho University offers a review of small-scale rice "
        "wine and starter manufacture: ingredients, the saccharification and alcoholic fermentation stages, the roles of "
        "moulds, yeasts and bacteria, and recent innovations, turned into an improvement plan for a given workshop.",
    ),
    (
        "oAo009",
        "vi",
        "ctu_thermoyeast",
        "Chủng nấm men chịu nhiệt cho lên men ở nhiệt độ cao",
        "Viện Nghiên cứu và Phát triển Công nghệ Sinh học, Trường Đại học Cần Thơ cung cấp các chủng nấm men chịu nhiệt "
        "được phân lập và tuyển chọn từ men bia và rỉ đường, phù hợp lên men cồn khi nhiệt độ môi trường cao như ở Đồng "
        "bằng sông Cửu Long, giảm nguy cơ men yếu và dừng lên men vào mùa nóng.",
    ),
    (
        "oAo010",
        "vi",
        "menla_vung",
        "Cung ứng men lá đặc sản của các vùng nổi tiếng",
        "Doanh nghiệp rượu truyền thống cung cấp bánh men lá từ các vùng men nổi tiếng (Lạng Sơn, Bắc Kạn, Tây Nguyên…) "
        "cùng thông tin về dân tộc, cây thuốc dùng trong men và gu rượu tương ứng, cho cơ sở muốn phát triển dòng rượu men "
        "lá nhẹ độ, hương thảo mộc.",
    ),
    (
        "oAo011",
        "en",
        "tf_ricewine",
        "Upgrading household rice spirit made with tablet starters",
        "A food science team offers training for farm families who make rice ferments and distillates at home with "
        "solid-state starter tablets under non-sterile, loosely controlled conditions. The course covers hygiene, "
        "starter dosing and fermentation control so that this important source of rural income gives steadier yields.",
    ),
    (
        "oAo012",
        "vi",
        "men_banhmi_bakez",
        "Men nở khô dùng cho làm bánh mì",
        "Cửa hàng nguyên liệu làm bánh cung cấp men nở instant và active dry cho bánh mì; men hoạt động tốt ở 27–35°C, "
        "tạo khí CO2 giữ trong mạng gluten để bánh nở xốp. Có hướng dẫn bảo quản và liều dùng theo loại bột.",
    ),
    (
        "oAo013",
        "en",
        "kombucha_brewery",
        "Adding a kombucha line to an existing brewery",
        "A brewing consultancy helps breweries diversify into kombucha: sweet tea is made in the beer kettle and fermented "
        "with a SCOBY (acetic bacteria plus Brettanomyces and Saccharomyces yeasts) and backslop from a previous batch. "
        "Advice covers fermentation, packaging and the differences from beer production.",
    ),
    (
        "oAo014",
        "vi",
        "giam_traicay",
        "Tuyển chọn vi khuẩn acetic làm giấm trái cây",
        "Đề tài chọn giống vi khuẩn sinh acid acetic và khảo sát điều kiện lên men acetic để làm giấm từ trái cây, tìm "
        "biện pháp tăng hiệu suất trong thời gian ngắn. Sẵn sàng chuyển giao chủng và quy trình cho cơ sở sản xuất giấm.",
    ),
    # --- fermentation control ---
    (
        "oAo015",
        "vi",
        "lenmen_yeuto",
        "Tư vấn chế độ nhiệt độ và pH khi lên men rượu từ tinh bột",
        "Chuyên gia công nghệ lên men hướng dẫn giữ nhiệt độ tối ưu cho Saccharomyces 28–32°C, hạ dịch xuống 20–22°C lúc "
        "đầu để hạn chế tạp khuẩn, sau đó làm lạnh ổn định; ở 30°C men dại phát triển nhanh gấp 2–3 lần và ở 35–38°C gấp "
        "6–8 lần men thuần. pH dịch đường từ tinh bột nên khống chế 4,8–5,2; lên men nóng làm tăng ester, aldehyde và hao "
        "rượu.",
    ),
    (
        "oAo016",
        "en",
        "glycol_home",
        "Compact glycol chillers for jacketed fermenters",
        "A supplier offers small glycol cooling systems originally built for homebrewers moving up to one-barrel (117 L) "
        "batches: a chiller circulates propylene glycol through jacketed tanks, each with its own digital temperature "
        "controller. Suited to small wineries and nanobreweries that now rely on frozen jugs or cellar air to cool "
        "fermentations.",
    ),
    (
        "oAo017",
        "en",
        "winery_refrig",
        "Refrigeration design for small wineries",
        "A winemaking consultant sizes refrigeration for the vintage peak: chilling must to 2–10°C, holding white ferments "
        "at 7–20°C and reds at 20–27°C, malolactic fermentation at 20–24°C and barrel rooms at 13–16°C. Refrigeration can "
        "take over 30% of a winery's electricity, so the design also targets running cost.",
    ),
    (
        "oAo018",
        "en",
        "matevi_temp",
        "Modular temperature control installations for fermentation vats",
        "A French equipment maker installs modular systems that produce a hot or cold transfer fluid centrally and "
        "distribute it to heat exchangers on each vat, each with manual or automatic regulation by controller, PLC or "
        "computer. Temperature control supports aroma development, clarification and the activity of yeasts and bacteria.",
    ),
    (
        "oAo019",
        "vi",
        "ruou_thoc_tq",
        "Chuyển giao kinh nghiệm bản địa chế biến rượu thóc quy mô hộ",
        "Khoa Công nghệ Sinh học – Công nghệ Thực phẩm, Trường Đại học Nông Lâm Thái Nguyên tổng hợp và chuẩn hóa kiến "
        "thức bản địa của người dân huyện Chiêm Hóa (Tuyên Quang) về chế biến rượu thóc ở quy mô hộ gia đình, kèm phân tích "
        "chất lượng, để các hộ áp dụng ổn định hơn.",
    ),
    (
        "oAo020",
        "vi",
        "ruou_truyenthong_cn",
        "Khóa học công nghệ sản xuất rượu truyền thống",
        "Khóa học giới thiệu công nghệ rượu truyền thống Việt Nam từ nguyên liệu tinh bột (gạo, ngô, sắn) và hoa quả, men "
        "thuốc bắc nhiều vị, lên men và chưng cất, lấy ví dụ rượu Mẫu Sơn, rượu làng Vân; phù hợp cơ sở mới vào nghề.",
    ),
    (
        "oAo021",
        "en",
        "temp_sensor_ambasense",
        "Wireless temperature sensors for fermenters",
        "A sensor company supplies wireless probes that log fermentation temperature continuously and alert the brewer "
        "when it drifts. Yeast slows down when too cold and, more than about 10°F above its range, produces fusel alcohols "
        "with harsh solvent flavours.",
    ),
    (
        "oAo022",
        "vi",
        "ethanol_ctu_thesis",
        "Chuyên đề cơ chế lên men ethanol và ứng dụng trong sản xuất vang",
        "Nhóm giảng viên công nghệ thực phẩm cung cấp tài liệu tập huấn về cơ chế lên men ethanol, vai trò nấm men và chất "
        "dinh dưỡng cho nấm men, và ứng dụng trong sản xuất rượu vang.",
    ),
    # --- distillation equipment ---
    (
        "oAo023",
        "vi",
        "noi_ducphat",
        "Nồi nấu rượu đa năng đốt củi, than, trấu và nồi đồng",
        "Công ty thiết bị cung cấp nồi nấu rượu đa năng vừa nấu cơm vừa chưng cất, đốt củi, than, trấu hoặc mùn cưa nén, "
        "không cần xây lò, dễ di chuyển và tiếp nhiên liệu qua cửa buồng đốt; ngoài ra có nồi đồng truyền thống và nồi điện "
        "inox cho hộ nấu rượu muốn chuẩn hóa quy trình.",
    ),
    (
        "oAo024",
        "vi",
        "thuy_thuong",
        "Lắp đặt bộ chưng cất rượu kiểu thủy thượng",
        "Hướng dẫn và lắp đặt bộ chưng cất thủy thượng: nồi cơm rượu đặt dưới cùng, chõ ở giữa có ba ba hứng rượu ngưng "
        "tụ, chậu nước lạnh trên cùng và ống dẫn rượu ra ngoài; kèm ưu nhược điểm so với kiểu thủy hạ.",
    ),
    (
        "oAo025",
        "vi",
        "noi_tuche",
        "Hướng dẫn tự chế nồi nấu rượu thủ công an toàn",
        "Tài liệu kỹ thuật từng bước chế tạo nồi chưng cất rượu tại chỗ: nguyên lý, cấu tạo, chọn vật liệu, lắp ráp và "
        "kiểm tra kín hơi trước khi vận hành, để cơ sở nhỏ có thiết bị an toàn và kiểm soát được chất lượng rượu.",
    ),
    (
        "oAo026",
        "en",
        "hd_still_types",
        "Reflux and fractionating column design for small distillers",
        "A distilling knowledge base explains and specifies stills: a pot still gives 40–60% alcohol in one pass and "
        "70–85% on a second; a reflux still packs the column so vapour is cleaned in one run; a fractionating column of "
        "600–1200 mm packing returns about 9/10 of the condensate and reaches 95%+, with precise cuts between heads, "
        "hearts and tails.",
    ),
    (
        "oAo027",
        "en",
        "pot_vs_reflux",
        "Convertible reflux and pot stills",
        "A homebrew and distilling shop sells column stills that work as reflux stills (about 92% in a single run, for "
        "neutral spirits) or, with the packed column removed, as pot stills for flavourful spirits such as whiskey, brandy "
        "and rum.",
    ),
    (
        "oAo028",
        "en",
        "hybrid_still",
        "Hybrid pot-and-column stills for craft distilleries",
        "Consultants help craft distillers choose hybrid stills in which vapour from a pot is rectified in one or more "
        "plated columns before the condenser. Each plate acts as a distillation, so the number of plates, not columns, "
        "sets purity.",
    ),
    (
        "oAo029",
        "en",
        "ibrew_hardware",
        "Distillation hardware: column stills, condensers and packing",
        "An Australian supplier sells column and reflux stills with fractionating columns, condensers and packing, "
        "explaining that alcohol vaporises at 78°C (172.4°F) against 100°C for water, so the column yields a purer "
        "distillate in one continuous operation.",
    ),
    (
        "oAo030",
        "en",
        "pot_column_hotel",
        "Training on pot still versus column still distillation",
        "A hospitality training provider teaches the difference between batch copper pot stills (first run under about "
        "20% alcohol, twice distilled, more flavour, cleaning after each batch) and continuous steel column (Coffey) stills "
        "that reach over 95% ABV with higher output.",
    ),
    (
        "oAo031",
        "vi",
        "con_baigiang",
        "Tập huấn chưng luyện cồn gián đoạn, bán liên tục và liên tục",
        "Giảng viên công nghệ đồ uống tập huấn về chưng luyện: gián đoạn, bán liên tục (chưng gián đoạn – luyện liên tục) "
        "và liên tục, cùng các bước trước đó như nuôi cấy nấm men giống, tiến hành lên men, vi khuẩn có hại và vệ sinh "
        "thiết bị; nguyên liệu gồm tinh bột và mật rỉ (hàm lượng chất khô 80–85%).",
    ),
    (
        "oAo032",
        "vi",
        "con_tuyetdoi_tdu",
        "Sản xuất cồn tuyệt đối bằng hồi lưu nhiều bậc với CaO",
        "Nhóm nghiên cứu Trường Đại học Tây Đô và Đại học Cần Thơ chuyển giao phương pháp hóa–lý dùng CaO làm cấu tử phân "
        "ly kết hợp hồi lưu nhiều bậc, nâng cồn lên 99,9% với hiệu suất 80% ở quy mô phòng thí nghiệm, thay cho chưng "
        "luyện đẳng phí hay hấp phụ tốn năng lượng.",
    ),
    (
        "oAo033",
        "en",
        "ethanol_molsieve",
        "Molecular sieve dehydration units for anhydrous ethanol",
        "An engineering firm sizes pressure-swing adsorption units with 3A zeolite beds that take 95–96% hydrous ethanol "
        "to 99.5% or more for fuel blending, with two or more beds cycling between adsorption and regeneration to balance "
        "steam use and uptime.",
    ),
    (
        "oAo034",
        "en",
        "ethanol_dehyd_methods",
        "Choosing an ethanol dehydration method for fuel-grade alcohol",
        "Process consultants compare adsorption, azeotropic and extractive distillation, and membrane pervaporation for "
        "drying about 90% hydrous ethanol to 99.5% fuel-grade ethanol, recommending adsorption for energy efficiency in "
        "corn and sugarcane plants.",
    ),
    (
        "oAo035",
        "vi",
        "tinhdau_kag100",
        "Nồi chưng cất tinh dầu sả 100 lít inox",
        "Nồi chưng cất tinh dầu dung tích 50–100 lít, inox SUS304 ba lớp, điện trở 4–7 kW, điện 220/380 V, bảo hành 1 năm. "
        "Quy trình: làm héo lá sả còn 50% độ ẩm, nạp 180–200 kg cho 1.000 lít nồi, chưng 3–4 giờ qua ba giai đoạn nhiệt.",
    ),
    (
        "oAo036",
        "vi",
        "tinhdau_tuanminh",
        "Nồi chưng cất tinh dầu chùa dù",
        "Thiết bị chưng cất tinh dầu chuyên cho cây chùa dù (kinh giới rừng) vùng núi phía Bắc, thiết kế để thu hồi triệt "
        "để tinh dầu từ nguyên liệu thân thảo quý.",
    ),
    (
        "oAo037",
        "vi",
        "nau_ruou_gao",
        "Cẩm nang nấu rượu gạo truyền thống",
        "Tài liệu hướng dẫn nấu rượu gạo: chọn gạo tẻ hay gạo nếp, chọn men, nấu cơm, ủ men và chưng cất cho rượu thơm, "
        "êm và an toàn; dành cho người mới bắt đầu.",
    ),
    # --- methanol and aldehyde: removal and testing ---
    (
        "oAo038",
        "vi",
        "methanol_ruouviet",
        "Tư vấn chưng cất tách rượu đầu để loại methanol",
        "Cơ sở rượu truyền thống hướng dẫn chưng cất loại methanol triệt để: hiểu tính chất methanol (sôi thấp hơn "
        "ethanol), tách bỏ phần rượu đầu đúng lượng, điều chỉnh lửa, để rượu đạt giới hạn an toàn thực phẩm; kèm cảnh báo "
        "về ngộ độc chậm do methanol chuyển thành acid formic.",
    ),
    (
        "oAo039",
        "vi",
        "methanol_tuanminh",
        "Máy lọc khử độc tố methanol và andehit trong rượu",
        "Công ty thiết bị Tuấn Minh cung cấp máy lọc khử độc tố cho rượu truyền thống sau nấu, giảm methanol và andehit "
        "tồn dư trước khi bán, giúp cơ sở đáp ứng yêu cầu kiểm soát chất lượng rượu ngày càng chặt.",
    ),
    (
        "oAo040",
        "vi",
        "methanol_kag",
        "Tư vấn hạn chế methanol từ khâu nguyên liệu và ủ men",
        "Chuyên gia thiết bị KAG tư vấn nguyên nhân sinh methanol: nguyên liệu nhiều cellulose (mật mía lẫn bã) và tăng "
        "nhiệt độ để lên men nhanh. Tham khảo: bia có khoảng 6–27 mg/L methanol, rượu mạnh 10–220 mg/L, còn rượu thủ công "
        "không kiểm soát thì không xác định được.",
    ),
    (
        "oAo041",
        "en",
        "aldehyde_gipwin",
        "Aldehyde-reduction purifier for distilled spirits",
        "A Vietnamese equipment maker sells an alcohol purifier that lowers aldehydes in freshly distilled spirit before "
        "sale. It notes that aldehydes form more readily where copper pots catalyse oxidation and cause headache and "
        "dizziness in drinkers.",
    ),
    (
        "oAo042",
        "vi",
        "methanol_memart",
        "Hướng dẫn các phương pháp khử methanol cho rượu nấu thủ công",
        "Bài hướng dẫn tổng hợp các bước khử methanol cho rượu nấu tại nhà và cơ sở nhỏ: vì sao phải khử, các phương pháp "
        "cơ bản và lưu ý an toàn, nhằm tránh ngộ độc, mù lòa do methanol.",
    ),
    (
        "oAo043",
        "en",
        "hs_gcfid",
        "Headspace GC-FID testing of methanol and fusel oils in spirits",
        "An analytical laboratory offers a validated headspace GC-FID method for methanol, ethyl acetate and fusel oils "
        "(n-propanol, isobutanol, n-butanol, active amyl and isoamyl alcohols). Sample preparation is just 1 mL of spirit "
        "in 4 mL of salted water and runs finish in under 7 minutes; results agree with the US TTB direct-injection method.",
    ),
    (
        "oAo044",
        "en",
        "methanol_colorimetric",
        "Low-cost colorimetric methanol test for beverages",
        "A brewing and wine specialist sets up the chromotropic acid method in small labs: the diluted sample reacts with "
        "chromotropic acid on heating and the colour is read on a spectrophotometer against a calibration curve. Gas "
        "chromatography is recommended for confirmation.",
    ),
    (
        "oAo045",
        "en",
        "methanol_portable",
        "Portable methanol meter for on-site checks in distilleries",
        "A fruit-growing research institute evaluated a portable methanol instrument launched by a Swiss company in 2022: "
        "readings stayed within ±7.8% of gas chromatography and ran slightly high, so limit exceedances are reliably "
        "flagged. Useful as a HACCP control point at the still.",
    ),
    (
        "oAo046",
        "en",
        "methanol_uvftir",
        "Rapid methanol quantification by UV-visible and FTIR spectroscopy",
        "Analytical chemists offer a fast, non-destructive screening of methanol in spirits with UV-Vis and FTIR "
        "spectroscopy, cheaper and quicker than GC-MS, for routine batch checks.",
    ),
    (
        "oAo047",
        "vi",
        "vilas_viettin",
        "Phòng thử nghiệm thực phẩm được công nhận VILAS",
        "Công ty TNHH Phân tích kiểm nghiệm Việt Tín (mã VILAS 1074, TP.HCM) nhận mẫu thực phẩm cho các phép thử hóa và "
        "vi sinh được công nhận, ký kết quả bởi người có thẩm quyền; phù hợp để lập hồ sơ chất lượng sản phẩm.",
    ),
    (
        "oAo048",
        "en",
        "gc_forum",
        "GC method transfer for methanol in wine and spirits",
        "A chromatographer shares a ready method: GC-FID on a 30 m wax column, acetonitrile as internal standard, 20 µL "
        "of diluted sample in a 20 mL headspace vial heated to 120°C, calibration at 50, 125, 500 and 1000 ppm, with a "
        "limit of quantification near 50 ppm. Results can be expressed per hectolitre of pure alcohol as EU rules require.",
    ),
    (
        "oAo049",
        "en",
        "gcms_express",
        "Express GC-MS determination of methanol in alcoholic drinks",
        "A Russian university team offers an express GC-MS method on distillates of the beverage that separates the "
        "methanol peak from ethyl acetate, aimed at accredited labs screening counterfeit and surrogate alcohol.",
    ),
    (
        "oAo050",
        "en",
        "carbon_distillerstore",
        "Activated carbon polishing systems for neutral spirits",
        "A distilling supplier sells carbon filtering kits that remove light oils causing harsh taste and smell in neutral "
        "spirits. Blends of stone, coconut and peat carbons are offered; stone carbon (about 450 m²/g, pores 0.4–0.85 nm) "
        "suits fusel oils.",
    ),
    (
        "oAo051",
        "en",
        "carbon_distilcalc",
        "Guide and supply: food-grade activated carbon for spirits",
        "Coconut-shell activated carbon rated for beverages, in granules for columns or powder for contact treatment, with "
        "guidance on adsorption: ethanol and water stay in the spirit while less polar congeners bind to the carbon, and "
        "contact time is the main lever.",
    ),
    (
        "oAo052",
        "en",
        "carbon_brewerschoice",
        "Carbon column filters for polishing distillate",
        "A homebrew retailer stocks EZ and column carbon filters. Spirit should be diluted below 50% before polishing; the "
        "carbon traps aldehydes and fusel oils but does not remove methanol.",
    ),
    (
        "oAo053",
        "vi",
        "brandy_banchua",
        "Quy trình brandy bần chua có xử lý giảm aldehyde và methanol",
        "Khoa Sinh học, Trường Đại học Sư phạm Hà Nội chuyển giao quy trình brandy từ quả bần chua ở quy mô 350 lít/mẻ: "
        "lên men 14 ngày đạt 16,5% cồn; xử lý NaOH và KMnO4 rồi chưng cất lại làm aldehyde giảm từ 124,7 xuống 43 mg/L và "
        "methanol còn 23,5 mg/L; ngâm 3–3,25 g gỗ sồi cho 1 lít rượu 60% tạo màu và hương tốt nhất, đạt quy chuẩn rượu mạnh.",
    ),
    (
        "oAo054",
        "en",
        "methanol_fruit_lachenmeier",
        "Methanol mitigation plan for fruit spirit producers",
        "A food control laboratory reviews a producer's fruit-spirit process against the main levers on methanol, which "
        "forms when fruit pectins are hydrolysed: lowering mash pH, cultured yeasts, choice of enzyme preparations, "
        "fermentation temperature, short mash storage and above all sound, clean raw fruit.",
    ),
    (
        "oAo055",
        "en",
        "methanol_plum",
        "Demethanolization column for fruit brandy",
        "Agricultural faculty researchers offer a demethanolization column for plum and other fruit brandies that cut "
        "methanol by 43–77% compared with the starting distillate, alongside fermentation practices that limit pectin "
        "breakdown.",
    ),
    (
        "oAo056",
        "en",
        "carbon_hd_polish",
        "Two-stage carbon polishing method for distillers",
        "A distilling community guide describes polishing spirit by soaking it with carbon for a couple of weeks, then "
        "dripping it through a column of finer carbon at about one drop per second, and flushing the carbon with "
        "250–500 mL of water to recover spirit.",
    ),
    # --- ageing ---
    (
        "oAo057",
        "vi",
        "chum_ongduong",
        "Ủ và hạ thổ rượu trong chum sành không tráng men",
        "Cơ sở rượu gia truyền nhận ủ rượu nếp trong chum sành không tráng men, có độ xốp để tạp chất như aldehit thoát "
        "dần, làm rượu êm và an toàn hơn; gói hạ thổ 12 tháng và 18 tháng. Hướng dẫn cách ngâm, đậy và bảo quản chum.",
    ),
    (
        "oAo058",
        "vi",
        "chum_vs_oak_kag",
        "Tư vấn chọn ủ rượu bằng chum sành hay thùng gỗ sồi",
        "Chuyên gia thiết bị rượu so sánh ủ chum sành (chi phí thấp, vài trăm đến hàng nghìn chum, rượu nhanh ngấu) với "
        "thùng gỗ sồi (đắt hơn, tạo hương màu), và giải thích vì sao chai nút lá chuối khô giúp andehit thoát ra làm rượu "
        "êm.",
    ),
    (
        "oAo059",
        "vi",
        "hatho_duoclieu",
        "Dịch vụ hạ thổ rượu trong chum đất nung",
        "Cơ sở dược liệu và rượu ngâm nhận hạ thổ rượu: chum đất nung chôn dưới đất giữ nhiệt độ ổn định quanh năm, làm "
        "giảm aldehit và cho rượu dịu hơn; càng chôn lâu càng khử được nhiều chất độc.",
    ),
    (
        "oAo060",
        "vi",
        "oak_thunggoviet",
        "Cung cấp thùng gỗ sồi Mỹ, Pháp, Hungary để ủ rượu",
        "Đơn vị có gần 9 năm làm thùng gỗ cung cấp thùng sồi trắng Mỹ (vân chặt, hương vani, caramel, hợp ủ lâu) và sồi "
        "Pháp, Hungary (sắc thái tinh tế) cho rượu mạnh và đồ uống thủ công, tư vấn chọn loại gỗ theo hương mong muốn.",
    ),
    (
        "oAo061",
        "vi",
        "oak_macalino",
        "Tư vấn chọn thùng sồi mới hay thùng tái sử dụng",
        "Tư vấn cho nhà chưng cất: thùng sồi mới (virgin oak, thường được nướng hoặc đốt cháy mặt trong) cho màu và hương "
        "gỗ mạnh, hợp ủ 3–8 năm; thùng đã qua sử dụng (refill) cho hương nhẹ, hợp ủ 10–25 năm.",
    ),
    (
        "oAo062",
        "vi",
        "oak_bom_50l",
        "Bom gỗ sồi 50 lít ủ rượu",
        "Cửa hàng cung cấp bom gỗ sồi dung tích 50 lít dùng ủ rượu vang và rượu mạnh, làm từ gỗ sồi có nguồn gốc rõ ràng, "
        "kèm thông tin về cách chọn gỗ sồi Pháp.",
    ),
    (
        "oAo063",
        "en",
        "ultra_drinkhon",
        "Ultrasound-assisted continuous ageing with oak chips",
        "A drinkware design house reports a lab-scale method in which young wine spirit flows through oak chips while "
        "ultrasound is applied, so that oak compounds blend into the spirit in days; it partners with producers to pilot "
        "rapid-aged spirits.",
    ),
    (
        "oAo064",
        "en",
        "ultra_inverse",
        "Three-day ultrasonic ageing of wine spirit (University of Cádiz)",
        "The University of Cádiz group pumps young wine distillate through American oak chips under ultrasound at about "
        "40 W per litre; after three days the spirit approaches two-year-aged brandy, as judged by eight trained tasters.",
    ),
    (
        "oAo065",
        "en",
        "ultra_bevnews",
        "Oak-chip and pulsed ultrasound ageing system",
        "A beverage trade source describes applying pulsed ultrasound to high-strength spirit with plenty of American oak "
        "chips to reach in hours or days what casks do in years, saving warehouse space and evaporation losses; regulatory "
        "age statements remain an obstacle.",
    ),
    (
        "oAo066",
        "vi",
        "chum_momreview",
        "Chum sành Bắc Giang để ngâm và ủ rượu",
        "Xưởng gốm cung cấp chum sành chuẩn để ủ và hạ thổ rượu, kèm hướng dẫn vì sao hạ thổ giúp hạn chế vi khuẩn, tránh "
        "nhiệt độ cao và làm rượu ngấu hơn.",
    ),
    (
        "oAo067",
        "en",
        "ultra_pbs",
        "Optimised settings for ultrasonic spirit ageing",
        "Results from Spanish chemists on rapid ageing: the best spirit came from 65% ABV distillate run past a large "
        "amount of oak chips at room temperature with some aeration, exposed to ultrasound for three days.",
    ),
    # --- fruit wines ---
    (
        "oAo068",
        "vi",
        "vang_thanhlong_vnua",
        "Quy trình sản xuất vang thanh long ruột đỏ bổ sung táo mèo",
        "Học viện Nông nghiệp Việt Nam chuyển giao quy trình đã được công nhận năm 2025: chọn thanh long ruột đỏ chín đều, "
        "phối 85–90% thanh long với 10–15% táo mèo, xay và xử lý enzyme pectinase, lên men bằng Saccharomyces cerevisiae, "
        "điều chỉnh acid và đường, lọc, đóng chai và bảo quản.",
    ),
    (
        "oAo069",
        "vi",
        "vang_thanhlong_lv",
        "Kết quả nghiên cứu chế biến vang đỏ từ thanh long ruột đỏ",
        "Luận văn thạc sĩ khảo sát các yếu tố ảnh hưởng đến chế biến rượu vang đỏ từ thanh long ruột đỏ (tỷ lệ pha loãng, "
        "độ Brix, pH, nấm men, nhiệt độ và thời gian lên men), sẵn sàng hỗ trợ cơ sở sản xuất thử.",
    ),
    (
        "oAo070",
        "en",
        "dragon_mdpi",
        "Optimised fermentation of red dragon fruit wine",
        "Ho Chi Minh City University of Industry and Trade and partners offer fermentation parameters for red dragon fruit "
        "(Hylocereus polyrhizus) wine, including yeast strain selection, and the resulting chemical composition of the wine.",
    ),
    (
        "oAo071",
        "en",
        "dragon_cavite",
        "Dragon fruit wine from unmarketable and surplus fruit",
        "Cavite State University offers a protocol that turns peel-damaged and surplus dragon fruit into an acceptable "
        "semi-sweet wine, fermenting must with 250 g sugar and 2 teaspoons of Saccharomyces cerevisiae per kg of fruit, "
        "with physico-chemical and sensory evaluation.",
    ),
    (
        "oAo072",
        "en",
        "dragon_kupang",
        "Spontaneously fermented dragon fruit wine",
        "Kupang State Agricultural Polytechnic offers a dragon fruit wine made by spontaneous fermentation for 21 days and "
        "aged 3 months: pH 3.51, 13% alcohol, 3 °Brix residual solids and 75.79% DPPH antioxidant activity, rated close to "
        "a reference wine by tasters.",
    ),
    (
        "oAo073",
        "en",
        "pineapple_kasetsart",
        "Pineapple wine: juice dilution and fermentation conditions",
        "Kasetsart University's product improvement institute offers pineapple wine conditions: fresh juice mixed with "
        "water at 2:1, 1:1 or 1:2, adjusted to 25 °Brix and pH 4, fermented with S. cerevisiae var. burgundy, with alcohol, "
        "pH, soluble solids, titratable and volatile acidity tracked.",
    ),
    (
        "oAo074",
        "en",
        "pineapple_scialert",
        "Dry white pineapple wine by anaerobic fermentation only",
        "A Nigerian biochemistry team offers a method that skips the aerobic stage: pineapple must clarifies during 90 "
        "days of anaerobic fermentation and gives a preferred dry table wine, against 12.72% alcohol for the two-stage "
        "control.",
    ),
    (
        "oAo075",
        "en",
        "fruitwine_review",
        "Quality analysis package for fruit wines",
        "Microbiology departments offer fermentation guidance and quality analysis for wines from fruits such as banana, "
        "peach or plum, typically 8–11% alcohol and 2–3% sugar, covering yeast, ageing and physico-chemical tests.",
    ),
    (
        "oAo076",
        "vi",
        "vang_dua_ctu",
        "Quy trình chế biến rượu vang dừa từ nước dừa",
        "Bộ môn Công nghệ thực phẩm, Trường Đại học Cần Thơ chuyển giao quy trình lên men nước dừa thành rượu vang dừa: khảo "
        "sát hàm lượng chất khô hòa tan, tỷ lệ nấm men và pH dịch lên men. Giúp tận dụng lượng nước dừa lớn thải ra từ các "
        "nhà máy cơm dừa nạo sấy, vốn gây ô nhiễm khi đổ ra đất và kênh rạch.",
    ),
    (
        "oAo077",
        "vi",
        "vang_traicay_memart",
        "Hướng dẫn quy trình làm rượu trái cây",
        "Tài liệu hướng dẫn trọn quy trình rượu trái cây: chọn và chuẩn bị trái cây, lên men, chưng cất (nếu làm rượu "
        "mạnh), lọc, bảo quản, cùng những lưu ý pháp lý khi làm và bán rượu trái cây.",
    ),
    (
        "oAo078",
        "vi",
        "vang_traicay_coco",
        "Kỹ thuật làm rượu vang trái cây chất lượng",
        "Hướng dẫn làm vang từ nho, dứa, xoài: chọn trái cây cân bằng đường và acid, độ đường lý tưởng 20–25 °Brix, lên men "
        "tự nhiên an toàn và các bước chuẩn bị nguyên liệu.",
    ),
    (
        "oAo079",
        "vi",
        "vang_traicay_nhietdoi",
        "Công nghệ lên men dịch trái cây nhiệt đới thành rượu vang",
        "Luận văn tại Trường Đại học Sư phạm TP.HCM (thực nghiệm ở Đại học Văn Lang) khảo sát công nghệ lên men từ một số "
        "dịch trái cây nhiệt đới, phân loại vang và các bệnh thường gặp như vang dính, chua lactic; sẵn sàng tư vấn cho "
        "cơ sở làm vang.",
    ),
    (
        "oAo080",
        "vi",
        "ruou_dua_bentre",
        "Rượu dừa Bến Tre đặc sản",
        "Nhà phân phối rượu đặc sản bán rượu dừa Bến Tre đựng trong trái dừa, hương thơm dừa, làm quà du lịch; nhận đại lý "
        "và đơn hàng sỉ.",
    ),
    (
        "oAo081",
        "vi",
        "vang_sui_bot",
        "Công nghệ vang sủi bọt lên men trong thùng kín",
        "Tài liệu kỹ thuật vang sủi bọt: ép, sunfit hóa, làm trong dịch, hoạt hóa nấm men, lên men lần 1, ly tâm tách cặn, "
        "ủ, phối cuvée, lên men lần 2 trong thùng kín, ổn định, lọc kín và rót chai, đóng nắp.",
    ),
    (
        "oAo082",
        "vi",
        "giam_dieu",
        "Lên men giấm từ dịch quả điều",
        "Đề tài tận dụng quả điều phế phẩm để lên men hai giai đoạn, rượu rồi giấm, tạo acid acetic làm giấm ăn; chuyển "
        "giao quy trình cho vùng trồng điều.",
    ),
    # --- craft beer ---
    (
        "oAo083",
        "en",
        "nano_byo_business",
        "Business model advice for nanobreweries",
        "A brewing consultant helps founders plan a nanobrewery that works more like a boutique than a small "
        "microbrewery: a 2-barrel system, a small tasting room, short opening hours and most beer sold on site, where "
        "revenue per barrel is far higher than through distribution.",
    ),
    (
        "oAo084",
        "en",
        "nano_byo_infra",
        "Infrastructure planning for nanobreweries",
        "Planning support for utilities before signing a lease: electrical load of brewhouse heaters (single-phase 240 V "
        "versus three-phase 208 V or 480 V), water, drainage and building code, with early involvement of building "
        "inspectors and an architect.",
    ),
    (
        "oAo085",
        "en",
        "nano_minequip",
        "Minimum equipment list to brew commercially",
        "An Australian brewery builder lists the barebones kit to start selling beer: grain mill (optional, since "
        "pre-crushed malt keeps about 6 months), hot liquor tank, mash tun, kettle and fermenters, plus extras that make "
        "brews more consistent when the budget allows.",
    ),
    (
        "oAo086",
        "en",
        "micro_enjoyfood",
        "Turnkey microbrewery equipment package",
        "A supplier equips microbreweries with the production system (mill, hot water tank, mash tun, kettle, fermenters), "
        "bottling line, kegging and keg-washing system, cold room and raw-material store, noting that roughly 1000 "
        "hectolitres a year are needed to be viable.",
    ),
    (
        "oAo087",
        "en",
        "nano_micet",
        "Nano and micro brewery systems",
        "A manufacturer that has helped set up over 200 breweries supplies nano systems of 1–3 BBL per batch (under 500 "
        "barrels a year) and 7-barrel microbrewery systems costing about 100,000–200,000 USD, with help on planning, "
        "licensing and location.",
    ),
    (
        "oAo088",
        "vi",
        "bia_khucvi",
        "Đào tạo quy trình sản xuất bia thủ công từ A đến Z",
        "Nhà máy bia thủ công đào tạo toàn bộ quy trình: chọn và kiểm tra malt, hoa bia, nước, nấu và lọc dịch, đun sôi, "
        "lên men, ủ và đóng chai, kèm bí quyết kiểm soát nhiệt độ, thời gian và tỷ lệ nguyên liệu cho từng mẻ nhỏ.",
    ),
    (
        "oAo089",
        "vi",
        "bia_vido",
        "Phát triển công thức bia thủ công từ nguyên liệu bản địa",
        "Nhà máy bia thủ công ở Mê Linh nhận phát triển công thức bia dùng nguyên liệu Việt như sả, gừng, ớt, chanh leo, "
        "hoa cau, tía tô, nhân trần cam thảo, hạt tiêu bên cạnh malt và hoa bia nhập khẩu.",
    ),
    (
        "oAo090",
        "vi",
        "bia_memart",
        "Hướng dẫn quy trình làm bia thủ công quy mô nhỏ",
        "Tài liệu hướng dẫn nấu bia thủ công từng bước với bốn nguyên liệu chính (malt, hoa bia, nấm men, nước) và phụ liệu "
        "trái cây, gia vị, thảo mộc, cho quán hoặc xưởng nhỏ muốn tự nấu.",
    ),
    (
        "oAo091",
        "en",
        "yeast_bierhaus",
        "Brewing yeast selection and fermentation temperatures",
        "A brewing supplier advises on ale (top-fermenting) and lager (bottom-fermenting) yeasts, liquid or dry: ales at "
        "20–22°C, lagers at 7–13°C, allowing for active fermentation to warm a batch by 5.5–8.3°C; too hot gives fusel "
        "alcohols, banana esters and diacetyl.",
    ),
    (
        "oAo092",
        "en",
        "yeast_kettleheads",
        "Yeast pitch-rate and starter guidance",
        "A homebrew club offers guidance on pitching enough healthy yeast, using yeast starters and calculators, and "
        "controlling fermentation temperature and time, to avoid sweet, buttery or band-aid flavours and let the yeast "
        "outcompete wild microbes.",
    ),
    (
        "oAo093",
        "en",
        "yeast_byo_offflavor",
        "Troubleshooting yeast off-flavours in beer",
        "Professional brewers explain how to prevent yeast off-flavours: sanitise to stop phenolic wild yeast, aerate the "
        "wort, pitch enough yeast so lag time stays under 6 hours, and avoid leaving beer on yeast for a month above 27°C, "
        "which causes autolysis.",
    ),
    (
        "oAo094",
        "en",
        "past_prowm",
        "Tunnel and batch pasteurizers for beer and beverages",
        "An equipment manufacturer supplies batch and tunnel pasteurizers that heat packaged beer to at least 63°C "
        "(145°F) to kill spoilage microbes and residual yeast, extending shelf life for breweries whose bottles sit on "
        "shelves.",
    ),
    (
        "oAo095",
        "en",
        "past_shelflife",
        "Pasteurization control for small breweries",
        "A quality-control company helps smaller breweries decide on and control pasteurization of canned and bottled "
        "beer, explaining the history and science and how monitoring protects shelf life and reputation.",
    ),
    (
        "oAo096",
        "en",
        "past_kjnews",
        "Engineering of tunnel pasteurizers and pasteurization units",
        "Tunnel pasteurizer engineers size systems so the cold spot of each can or bottle reaches at least 60°C (140°F) "
        "for the specified pasteurization units (PU, minutes at 60°C); under 3 PU already removed 10^6 yeast cells/mL "
        "in juice trials at UC Davis.",
    ),
    (
        "oAo097",
        "vi",
        "haccp_bia_chai",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Nhóm chuyên gia chất lượng thực phẩm xây dựng HACCP theo 12 bước cho nhà máy bia chai, kèm GMP và SSOP, phân tích "
        "mối nguy ở các công đoạn nấu, lên men, rửa chai, chiết rót và thanh trùng.",
    ),
    (
        "oAo098",
        "en",
        "sanitizer_brewery",
        "Producing ethanol hand sanitizer in a brewery",
        "A brewing technical group shares how breweries and distilleries pivoted to WHO-formula ethanol hand sanitizer "
        "during COVID-19, covering licences to warehouse and blend spirits, building-code exceptions and insurance.",
    ),
    (
        "oAo099",
        "en",
        "sanitizer_sunbird",
        "Ethanol supply and recipe for hand sanitizer",
        "An ethanol producer supplies 96% ethanol for hand sanitizer and shares the WHO recipe for 10 litres: 8333 mL "
        "ethanol, 417 mL 3% hydrogen peroxide and 145 mL 98% glycerol, with labelling rules.",
    ),
    # --- bottling ---
    (
        "oAo100",
        "en",
        "bottling_wineskills",
        "Specifying a small bottling line",
        "A winemaking skills centre advises on the bottling chain: bottle rinser (water then acidified SO2), in-line "
        "0.45 µm membrane filter, steam sterilisation, filler (siphon, gravity or pressure), corker or screw-capper, "
        "capsuler and labeller (wet glue or self-adhesive), on-line or monobloc; many small wineries hire contract "
        "bottlers instead.",
    ),
    (
        "oAo101",
        "en",
        "bottling_symphony",
        "Small-winery bottling set-up: 4-head filler, capper, labeller",
        "A family winery shares its bottling kit: nitrogen sparging of bottles, a 4-head filler, a two-button screw-cap "
        "machine costing about 9,000 USD and a hand-crank labeller using rolls of 1000 labels; five people per shift "
        "bottled the year's wine in 4 days.",
    ),
    (
        "oAo102",
        "en",
        "bottling_mobile",
        "Mobile bottling line service",
        "A mobile bottling contractor brings a full line on a trailer: 375 mL to 1.5 L bottles, nitrogen filling, screw "
        "caps and pressure-sensitive labels, 45-minute steam sanitation and 0.45-micron cartridge filters, up to 3,000 "
        "cases a day, so a winery avoids building its own line.",
    ),
    (
        "oAo103",
        "en",
        "bottling_meister",
        "Mobile bottling and labelling: site requirements",
        "A bottling service lists what the winery must provide: bottle-ready filtered wine, 8 workers, water at 6 gallons "
        "per minute and 50 psi, a 480 V or 240 V three-phase supply, 6 nitrogen tanks per day and a forklift.",
    ),
    (
        "oAo104",
        "en",
        "bottling_michigan",
        "Own bottling line or mobile bottler: advice",
        "Michigan winery managers compare buying a bottling line, which gives control over timing and can last 20 years, "
        "with hiring a mobile bottler on a semitrailer; lines come from Europe or Asia and need mechanical care and "
        "cleaning before and after use.",
    ),
    (
        "oAo105",
        "en",
        "bottling_noceto",
        "Bottling-day sequence: rinse, fill, vacuum corking, capsule, label",
        "A California winery shows its bottling sequence: rinse bottles, fill from the holding tank with a small inert-gas "
        "injection, vacuum corking to remove oxygen from the headspace, tin capsule, labeller and hand boxing.",
    ),
    (
        "oAo106",
        "vi",
        "daychuyen_douong",
        "Dây chuyền sản xuất đồ uống tự động",
        "Nhà cung cấp thiết bị thiết kế dây chuyền đồ uống tự động hóa: các công đoạn xử lý, chiết rót, đóng nắp, dán nhãn "
        "nối liền, nâng năng suất và đồng đều chất lượng cho doanh nghiệp sản xuất số lượng lớn.",
    ),
    (
        "oAo107",
        "vi",
        "do_uong_baigiang",
        "Tập huấn công nghệ chiết rót và hoàn thiện đồ uống",
        "Bài giảng công nghệ sản xuất đồ uống (137 trang) trình bày trình tự tháo két, rửa chai, kiểm tra chai sạch, rót, "
        "đóng nắp, kiểm tra, in hoặc dán nhãn và xếp két, cùng các chỉ tiêu chất lượng thành phẩm.",
    ),
    (
        "oAo108",
        "vi",
        "baobi_thuytinh",
        "Tìm hiểu bao bì thủy tinh cho thực phẩm",
        "Tiểu luận của Trường Đại học Công Thương TP.HCM về bao bì thủy tinh: tính chất, ưu nhược điểm và ứng dụng trong "
        "đóng gói thực phẩm.",
    ),
    (
        "oAo109",
        "vi",
        "tem_phu_innhanh",
        "In tem nhãn phụ decal cho hàng nhập khẩu",
        "Xưởng in nhận in tem phụ decal giấy, decal nhựa PP/PVC và xi bạc cho hàng nhập khẩu; giá tham khảo từ 150 đến "
        "780 đồng/tem tùy kích thước và số lượng 500–5.000 tem.",
    ),
    (
        "oAo110",
        "vi",
        "nhan_nhapkhau_hiepphuoc",
        "Nhãn và tem rượu nhập khẩu",
        "Công ty nhãn mác tư vấn các loại nhãn trên rượu nhập khẩu: tem nhập khẩu do Bộ Công Thương phát hành, nhãn phụ "
        "tiếng Việt theo Thông tư 05/2019/TT-BKHCN, nhãn gốc và tem chống giả có mã QR.",
    ),
    # --- labelling and licensing ---
    (
        "oAo111",
        "vi",
        "nd105_admc",
        "Tư vấn giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
        "Văn phòng tư vấn hướng dẫn thủ tục theo Nghị định 105/2017: giấy phép sản xuất rượu thủ công có thời hạn 5 năm do "
        "Phòng Kinh tế (hoặc Kinh tế và Hạ tầng) cấp huyện cấp, xin cấp lại trước 30 ngày khi hết hạn; hộ nấu rượu bán cho "
        "doanh nghiệp có giấy phép công nghiệp để chế biến lại chỉ cần đăng ký với UBND xã.",
    ),
    (
        "oAo112",
        "vi",
        "gp_vanluat",
        "Dịch vụ làm hồ sơ xin giấy phép sản xuất rượu thủ công",
        "Công ty luật soạn và nộp hồ sơ: đơn đề nghị theo mẫu, bản sao đăng ký kinh doanh, giấy chứng nhận cơ sở đủ điều "
        "kiện an toàn thực phẩm, bảng kê tên rượu kèm bản sao nhãn; cơ quan xét trong 20 ngày, giấy phép hiệu lực 5 năm "
        "(Nghị định 105/2017 sửa đổi bởi Nghị định 17/2020).",
    ),
    (
        "oAo113",
        "vi",
        "nd105_text",
        "Tập huấn Nghị định 105/2017 về kinh doanh rượu",
        "Lớp phổ biến pháp luật cho hộ và doanh nghiệp rượu: phạm vi, giải thích từ ngữ (bia và nước trái cây lên men dưới "
        "5% không tính là rượu), nguyên tắc quản lý kinh doanh có điều kiện, chất lượng và an toàn thực phẩm, dán tem và ghi "
        "nhãn, các hành vi bị cấm.",
    ),
    (
        "oAo114",
        "vi",
        "nhan_ruoutot",
        "Thiết kế nhãn rượu, bia đúng quy định",
        "Dịch vụ thiết kế và rà soát nhãn: tám nội dung bắt buộc (tên hàng, nồng độ cồn và dung tích, tổ chức chịu trách "
        "nhiệm, xuất xứ, ngày sản xuất và hạn dùng, thành phần, một trong ba câu cảnh báo theo Nghị định 24/2020, tem rượu), "
        "viết bằng tiếng Việt theo Nghị định 43/2017, tránh lỗi bị xử phạt.",
    ),
    (
        "oAo115",
        "vi",
        "nhan_tvpl",
        "Tư vấn pháp lý ghi nhãn hàng hóa là rượu",
        "Luật sư giải đáp nội dung bắt buộc trên nhãn rượu theo Phụ lục I Nghị định 43/2017: định lượng, hàm lượng etanol, "
        "hạn sử dụng (nếu có), hướng dẫn bảo quản với rượu vang, cảnh báo và mã nhận diện lô (nếu có).",
    ),
    (
        "oAo116",
        "en",
        "lawnet_105",
        "Legal advisory on alcohol production and distribution licences",
        "A legal information service explains Decree 105/2017 conditions: industrial producers need suitable lines, "
        "technicians, food safety, environmental safety and labels; distributors need at least 150 m² of warehouse and a "
        "network in two or more provinces with a wholesaler in each.",
    ),
    (
        "oAo117",
        "en",
        "bizlawyer_alcohol",
        "Briefing on the Law on Prevention and Control of Alcohol Harm",
        "A business law firm briefs producers on the law in force since 1 January 2020: conditions for industrial liquor "
        "production at 5.5 degrees or more and for licensing handmade liquor for business, with exemptions when selling "
        "to licensed industrial producers.",
    ),
    (
        "oAo118",
        "en",
        "beer_invest_note",
        "Legal review for foreign investment in beer manufacturing",
        "A law firm reviews beer manufacturing projects by foreign investors against the Beer–Alcohol–Beverage "
        "development plan to 2025 (Decision 3690/QD-BCT), investment, construction and environmental impact assessment "
        "rules.",
    ),
    (
        "oAo119",
        "en",
        "draft_industrial",
        "Industrial liquor production licence conditions",
        "A legal magazine summarises licensing for industrial liquor: the Ministry of Industry and Trade licenses plants "
        "of 3 million litres a year or more, provincial departments the smaller ones, with 15-year validity and "
        "conditions on machinery, labels, technicians, food safety and fire prevention.",
    ),
    (
        "oAo120",
        "en",
        "ttb_cola_haris",
        "US label approval (TTB COLA) design service for exporters",
        "A packaging design studio prepares labels for the US market: every spirit, malt beverage and wine over 7% ABV "
        "needs a Certificate of Label Approval from TTB, with brand name, class and type, ABV, net contents, bottler or "
        "importer and the government warning boxed in letters at least 2 mm high.",
    ),
    (
        "oAo121",
        "en",
        "ttb_cola_parkstreet",
        "Avoiding common COLA label mistakes",
        "An import and compliance service reviews labels before TTB submission: missing mandatory items, brand names that "
        "clash with the class and type (a coloured gin becomes a specialty spirit) and terms such as 'pure'.",
    ),
    (
        "oAo122",
        "vi",
        "ocop_godenn",
        "Tư vấn đưa sản phẩm rượu tham gia OCOP",
        "Hỗ trợ cơ sở rượu chuẩn bị hồ sơ đánh giá, phân hạng OCOP (mỗi xã một sản phẩm) từ 1 đến 5 sao, lấy kinh nghiệm "
        "rượu đế Gò Đen đạt 4 sao: hoàn thiện chất lượng, bao bì, câu chuyện sản phẩm để nâng hạng.",
    ),
    (
        "oAo123",
        "en",
        "ttb_cola_wcbn",
        "Label claims that get rejected by TTB",
        "A craft beverage newsletter walks producers through label content that TTB rejects, such as military or flag "
        "imagery, designs implying intoxication, and curative or health claims like the word 'cure'.",
    ),
    # --- stillage and spent grain by-products ---
    (
        "oAo124",
        "vi",
        "barruou_memart",
        "Kỹ thuật dùng bã rượu nuôi lợn",
        "Hướng dẫn dùng bã rượu (bỗng rượu) trong khẩu phần lợn: protein 28,18%, NDF 29,93%, năng lượng 4.866,67 kcal/kg; "
        "lợi ích giảm chi phí thức ăn, rủi ro khi dùng sai cách và lưu ý kỹ thuật phối trộn theo giai đoạn.",
    ),
    (
        "oAo125",
        "vi",
        "barruou_vnua",
        "Đánh giá và khuyến cáo tỷ lệ bã rượu trong khẩu phần lợn",
        "Học viện Nông nghiệp Việt Nam khuyến cáo từ điều tra nông hộ: bã rượu chiếm 11–40% vật chất khô khẩu phần lợn "
        "nái và 11–50% với lợn thịt; bã giàu protein, NDF nhưng vật chất khô thấp, pH thấp và axit lactic cao có lợi cho "
        "đường ruột, hạn chế bệnh tiêu hóa.",
    ),
    (
        "oAo126",
        "vi",
        "barruou_kag_model",
        "Tư vấn mô hình VAC nấu rượu kết hợp nuôi lợn",
        "Tư vấn nhân rộng mô hình nấu rượu – nuôi lợn như ở Cao Bằng: trại 300 lợn thương phẩm cho 25.500 kg lợn hơi/năm, "
        "thu 1,224 tỷ đồng, lãi 624 triệu nhờ dùng bã rượu làm thức ăn, đồng thời xây thương hiệu rượu sạch.",
    ),
    (
        "oAo127",
        "vi",
        "barruou_babe",
        "Mô hình nấu rượu kết hợp chăn nuôi lợn quy mô hộ",
        "Kinh nghiệm hộ chăn nuôi ở Ba Bể (Bắc Kạn): mỗi ngày 3 mẻ, 50 kg gạo cho hơn 70 lít rượu; bã rượu trộn bột ngô, "
        "sắn, cám gạo và thức ăn xanh rồi ép đùn thành viên cám nuôi 30–50 lợn thịt, thu nhập trên 100 triệu đồng/năm.",
    ),
    (
        "oAo128",
        "vi",
        "biohr_ntsccc",
        "Chế phẩm sinh học BIO-HR từ nước thải sau chưng cất cồn",
        "Viện Sinh học nhiệt đới chuyển giao quy trình dùng nước thải sau chưng cất cồn làm môi trường nuôi hỗn hợp vi sinh "
        "có ích: Bacillus và Lactobacillus từ 10^7 CFU/ml, Saccharomyces từ 10^6 CFU/ml, pH 4–5, không có Coliforms, bảo "
        "quản trên một tháng, dùng bổ sung trong chăn nuôi.",
    ),
    (
        "oAo129",
        "vi",
        "babia_blog",
        "Bã hèm bia khô và tươi làm thức ăn gia súc",
        "Đơn vị thu gom và bán bã hèm bia toàn quốc cho trại bò sữa: bã tươi nhiều nước, giàu đạm và vitamin nhóm B, cần "
        "dùng trong 48 giờ hoặc thêm 1% muối; bã khô (khoảng 10% nước) bảo quản lâu hơn.",
    ),
    (
        "oAo130",
        "en",
        "stillage_gdansk",
        "Anaerobic UASB treatment of distillery stillage",
        "Gdańsk University of Technology offers anaerobic treatment of stillage, the high-BOD, high-COD residue from the "
        "bottom of distillation columns, of which 8–15 litres arise per litre of ethanol, using UASB reactors that also "
        "yield biogas.",
    ),
    (
        "oAo131",
        "en",
        "stillage_wilkie",
        "Stillage characterisation and anaerobic digestion design",
        "University of Florida soil and water scientists characterise stillage and design anaerobic digestion followed by "
        "land application for nutrient recovery; thermophilic digestion handles almost twice the loading of mesophilic "
        "for similar methane yield, allowing smaller digesters.",
    ),
    (
        "oAo132",
        "en",
        "stillage_aerobic",
        "Aerobic biodegradation of distillery stillage",
        "A Polish research group offers aerobic treatment of stillage in stirred reactors: at 27–36°C it removed about "
        "79% of soluble COD, 98.4–99% of BOD5 and 76–77% of TOC, and at 36°C 56.4% of nitrogen and 58% of phosphorus.",
    ),
    (
        "oAo133",
        "en",
        "stillage_encyclo",
        "Choosing an anaerobic reactor for distillery stillage",
        "Environmental engineers compare ASBR, UASB, CSTR, ABR and fixed-film reactors for stillage, which needs shorter "
        "retention than the usual 30–40 days, and manage inhibition from ammonium above 3 g/L and from sulfates added "
        "for pH control.",
    ),
    (
        "oAo134",
        "en",
        "bsg_firstkey",
        "Brewery spent grain to farm partnerships",
        "A brewing consultancy sets up arrangements in which farmers collect spent grain, about 85% of a brewery's solid "
        "waste, for cattle feed; the brewery saves disposal costs and can tell a farm-to-table story, with notes on other "
        "uses such as biogas and drying for fuel.",
    ),
    (
        "oAo135",
        "en",
        "bsg_harvest",
        "Preserving wet brewery spent grain as livestock feed",
        "An agribusiness adviser shows how to keep wet spent grain (80–85% moisture, 25–34% protein) from spoiling within "
        "7–10 days by ensiling in pits, tubes or tanks, or by drying, and how to balance minerals in cattle rations.",
    ),
    (
        "oAo136",
        "en",
        "bsg_vitalgrain",
        "Dried spent grain feed ingredient",
        "A feed company sells dried spent grain from breweries: about 28% protein, 8.2% fat, 17.5% fibre and 5.3% "
        "minerals, valued in ruminant diets for rumen-protected protein and good for silage without additives.",
    ),
    (
        "oAo137",
        "en",
        "bsg_bonnot",
        "Screw-press dewatering of spent grains",
        "An extrusion equipment maker supplies screw presses that dewater spent grains from brewing, distilling and "
        "ethanol plants so they can be handled as feed, fertiliser or whole-grain bread ingredients.",
    ),
    (
        "oAo138",
        "vi",
        "biogas_ctu_hyacinth",
        "Bổ sung lục bình và rơm làm nguyên liệu nạp hầm biogas",
        "Trường Đại học Cần Thơ hướng dẫn ủ yếm khí kết hợp phân heo với lục bình hoặc rơm đã trồng nấm để nạp hầm biogas "
        "khi thiếu phân heo do dịch bệnh, giá cả; thí nghiệm mẻ 35 ngày ở nhiều tỷ lệ phối trộn.",
    ),
    (
        "oAo139",
        "vi",
        "biogas_thuduc",
        "Khảo sát và tư vấn xây hầm biogas cho hộ chăn nuôi",
        "Đánh giá hiện trạng hầm ủ biogas của hộ chăn nuôi ở Thủ Đức: trên 80% hộ đã dùng biogas xử lý chất thải, hiệu suất "
        "thu khí 75–80%, giảm mùi và tạo khí đốt, phân bón.",
    ),
    (
        "oAo140",
        "vi",
        "biogas_thuysinh",
        "Xử lý nước thải chăn nuôi sau biogas bằng thực vật thủy sinh",
        "Khóa luận Đại học Nông Lâm Thái Nguyên đánh giá hiệu quả dùng thực vật thủy sinh xử lý nước thải chăn nuôi sau hầm "
        "biogas trước khi xả ra môi trường.",
    ),
    (
        "oAo141",
        "vi",
        "tinhbotsan_metan",
        "Lên men mêtan nước thải chế biến tinh bột sắn làng nghề",
        "Luận văn Đại học Quốc gia Hà Nội khảo sát ô nhiễm và thử nghiệm công nghệ lên men mêtan xử lý nước thải chế biến "
        "tinh bột sắn ở các làng nghề Minh Khai, Dương Liễu, Cát Quế (Hoài Đức).",
    ),
    (
        "oAo142",
        "vi",
        "tinhdau_sa_memart",
        "Quy trình chưng cất tinh dầu sả bằng hơi nước",
        "Hướng dẫn chưng cất lá sả: phơi héo còn khoảng 50% độ ẩm, chưng bằng hơi nước, ngưng tụ ở 35–40°C, phân ly tinh "
        "dầu và làm khô bằng Na2SO4 khan trước khi đóng chai.",
    ),
    # --- additional offers ---
    (
        "oAo143",
        "en",
        "nano_levee",
        "Building a 1.5-barrel nano brewery",
        "A brewpub shares its nano brewery build: a 1.5 BBL (about 45 gallon) brewhouse feeding 1.5 and 3 BBL fermenters, "
        "with two brews back to back to fill the larger tanks, kegging, refrigeration and carbonation.",
    ),
    (
        "oAo144",
        "en",
        "bottling_selene",
        "Nitrogen sparging, piston fillers and capsule spinners",
        "A winery documents a trailer bottling line: bottles sparged with nitrogen to limit oxygen pick-up, piston-driven "
        "filler heads, corker fed from a hopper and capsule spinners, with staff checking corks and capsules before the "
        "labeller.",
    ),
    (
        "oAo145",
        "en",
        "stuck_genco",
        "Preventing and diagnosing stuck fermentations",
        "A winemaking educator diagnoses stuck or sluggish ferments: red ferments overheating above about 34°C (94°F) for "
        "a few hours, lack of yeast-available nitrogen or micronutrients, damaged dry yeast and excess acetic acid, with "
        "daily temperature checks and nutrient plans.",
    ),
    (
        "oAo146",
        "en",
        "stuck_winemaker",
        "Protocol to restart a stuck fermentation",
        "A winemaking magazine expert gives a restart protocol once gravity stays above 0 °Brix and the airlock stops: "
        "aerate and agitate sluggish musts, then build a fresh acclimatised yeast starter and add it stepwise.",
    ),
    (
        "oAo147",
        "en",
        "alcoholmeter_distillique",
        "Alcoholmeters and parrot spouts for distillers",
        "A distilling shop supplies alcoholmeters calibrated at 20°C and copper parrot spouts that hold the meter on the "
        "condenser outlet, with instructions for reading strength in a cylinder and correcting for temperature.",
    ),
    (
        "oAo148",
        "vi",
        "alcoholmeter_oiml",
        "Bảng hiệu chỉnh nhiệt độ khi đo độ cồn",
        "Nhà chưng cất hữu cơ cung cấp công cụ tính độ cồn thực từ số đọc tỷ trọng kế và nhiệt độ, dựa trên bảng của OIML, "
        "cho kết quả đến 0,1% thể tích; cần cho ghi nhãn, kiểm soát chất lượng và thuế.",
    ),
    (
        "oAo149",
        "en",
        "banana_wjpps",
        "Wine from over-ripened bananas",
        "Indian microbiologists offer a simple process for over-ripe bananas: juice with 5% added sugar fermented by yeast "
        "at 28°C, with daily checks of pH, acidity, alcohol and specific gravity; a 4-day fermentation gave the best "
        "results.",
    ),
    (
        "oAo150",
        "vi",
        "banana_nigeria",
        "Thử nghiệm công thức lên men rượu chuối",
        "Nhóm vi sinh Đại học Delta State (Nigeria) so sánh bốn công thức lên men dịch chuối 144 giờ: men tự nhiên, thêm "
        "đường, thêm đường và men bánh mì, đối chứng nước đường; rượu có pH 3,38–3,54 và thấy lên men malolactic sau 48 giờ.",
    ),
    (
        "oAo151",
        "en",
        "keg_probrewer",
        "Build-your-own manual keg washing system",
        "A brewing engineer shows small brewpubs how to build a manual keg washer for under 500 USD instead of a 10,000 USD "
        "automatic machine, for around 50 kegs a week: purge, rinse, acid clean, reclaim cleaner, rinse, sanitise and "
        "pressurise with CO2.",
    ),
    (
        "oAo152",
        "en",
        "keg_capemay",
        "Automated four-keg washer built in-house",
        "A craft brewery describes its home-built washer that takes four kegs at once through air purges, hot rinses, "
        "alkaline cleaner, sanitiser, CO2 purge and pressurisation in a seven-minute automatic cycle.",
    ),
    (
        "oAo153",
        "vi",
        "qr_gpsco",
        "Giải pháp tem QR truy xuất nguồn gốc sản phẩm",
        "Công ty công nghệ cung cấp mã QR duy nhất cho từng sản phẩm hoặc lô hàng, in trên nhãn hay bao bì; người mua quét "
        "bằng điện thoại để xem nhà sản xuất, quy trình, nguyên liệu, hạn dùng và chứng nhận, giúp chống hàng giả.",
    ),
    (
        "oAo154",
        "vi",
        "xuongbia_500l",
        "Thiết kế xưởng bia nhà hàng năng suất 500 lít/ngày",
        "Nhóm kỹ sư công nghệ lên men thiết kế trọn gói xưởng bia tươi tại nhà hàng công suất 500 lít/ngày: dây chuyền "
        "nghiền malt, nấu, lọc, đun hoa, làm lạnh nhanh, tank lên men chính và phụ, cân bằng vật chất và bố trí mặt bằng.",
    ),
    (
        "oAo155",
        "vi",
        "thanhtrung_banmong",
        "Thiết kế hệ thống thanh trùng bia kiểu bản mỏng",
        "Trường Đại học Nông nghiệp Hà Nội tính toán, thiết kế các bộ phận chính của thiết bị thanh trùng bia kiểu bản "
        "mỏng (trao đổi nhiệt tấm) cho bia chứa khoảng 3,5–5,5% cồn, giúp kéo dài thời gian bảo quản bia trước khi chiết.",
    ),
    (
        "oAo156",
        "vi",
        "namen_thuhoi_bia",
        "Tối ưu mật độ gieo cấy nấm men để tăng hiệu suất thu hồi bia",
        "Báo cáo thực nghiệm tại một công ty bia rượu: đếm tế bào, thử các mật độ gieo cấy nấm men Saccharomyces "
        "carlsbergensis lên men chìm và tính hiệu suất thu hồi bia từng mẻ, kèm quy trình bia tươi từ nghiền malt đến lên "
        "men phụ và tàng trữ.",
    ),
    (
        "oAo157",
        "vi",
        "tcvn378_thu",
        "Phân tích rượu trắng theo phương pháp thử tiêu chuẩn",
        "Phòng thí nghiệm nhận phân tích rượu trắng theo phương pháp thử tiêu chuẩn quốc gia: cảm quan, hàm lượng etanol, "
        "axit, anđehit, este, rượu tạp và metanol; lấy 2 lít mẫu trung bình mỗi lô, chia đôi để phân tích và lưu trọng tài.",
    ),
    (
        "oAo158",
        "vi",
        "nuocthai_phule",
        "Thiết kế hệ thống xử lý nước thải cơ sở sản xuất rượu 50 m³/ngày",
        "Khoa Môi trường và Tài nguyên, Trường Đại học Nông Lâm TP.HCM thiết kế hệ thống xử lý nước thải cho nhà máy rượu "
        "gạo công suất 50 m³/ngày đêm (trường hợp Công ty Cổ phần Rượu Phú Lễ), gồm khảo sát thành phần nước thải, chọn "
        "công nghệ và tính toán công trình.",
    ),
    (
        "oAo159",
        "vi",
        "nuocthai_ridong_msm",
        "Xử lý nước thải nhà máy rượu bằng bùn hoạt tính",
        "Công ty môi trường xử lý nước thải nhà máy rượu từ rỉ đường, giàu glixerin, betain, axit hữu cơ, xác men, "
        "protein, bằng công nghệ bùn hoạt tính; gợi ý tận dụng dịch bã sau tách men để nuôi nấm men làm sinh khối bổ sung "
        "thức ăn chăn nuôi.",
    ),
    (
        "oAo160",
        "vi",
        "sxsh_bia",
        "Tư vấn sản xuất sạch hơn cho nhà máy bia",
        "Tài liệu và chuyên gia sản xuất sạch hơn ngành bia (Trung tâm Sản xuất sạch Việt Nam, Đại học Bách khoa Hà Nội, "
        "hợp tác Việt Nam – Đan Mạch): giảm ô nhiễm tại nguồn, dùng nước, năng lượng, nguyên liệu hiệu quả, giảm chi phí "
        "xử lý môi trường.",
    ),
    (
        "oAo161",
        "vi",
        "methanol_gipwin",
        "Máy lọc rượu giảm methanol Gipwin",
        "Nhà sản xuất thiết bị Gipwin cung cấp máy lọc rượu và hướng dẫn cách hạn chế methanol: methanol là hợp chất lỏng "
        "dễ bay hơi, độc, dễ lẫn trong rượu; máy lọc giúp giảm độc tố trước khi uống và bán.",
    ),
    # --- further neighbouring-field offers ---
    (
        "oAo162",
        "vi",
        "giam_spiderum",
        "Chuỗi bài và lớp thực hành làm giấm cho bếp ăn",
        "Người làm lên men ẩm thực chia sẻ kỹ thuật làm giấm: lịch sử, quy trình, giấm cồn (spirit vinegar) và giấm ủ lâu, "
        "cách dùng giấm cân bằng vị cho mứt, kem và món rau củ.",
    ),
    (
        "oAo163",
        "vi",
        "vicoba_sinhhoat",
        "Giải pháp giảm ô nhiễm nước thải sinh hoạt tại công ty chế biến thực phẩm",
        "Khóa luận Đại học Nông Lâm Thái Nguyên đánh giá thực trạng và đề xuất giải pháp xử lý nước thải sinh hoạt của cán "
        "bộ, công nhân tại một công ty chế biến thực phẩm và bia ở Thái Nguyên.",
    ),
    (
        "oAo164",
        "en",
        "ethanol_fuel_contam",
        "Quality control of fuel ethanol against contamination",
        "Chemical engineers review contaminants in fuel ethanol from sugar, starch and lignocellulosic feedstocks: "
        "pretreatment inhibitors, residual chemicals, and changes in water content, acidity and conductivity during "
        "storage, to meet anhydrous fuel specifications.",
    ),
    (
        "oAo165",
        "en",
        "ddg_barnard",
        "Distillers dried grains from fuel-ethanol plants for cattle",
        "A feed nutrition adviser explains using corn distillers dried grains (DDG) from ethanol plants in beef and dairy "
        "rations, and how barley-based brewers grains differ: unfermented, higher in less digestible fibre, so fed mainly "
        "in forage-based cattle diets.",
    ),
]
