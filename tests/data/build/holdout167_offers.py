"""Offers for the holdout167 labelled set (beekeeping and honey): (id, language, source key, title, description)."""

OFFERS = [
    # queen rearing, colony management, species
    (
        "oMo001",
        "en",
        "apiarist",
        "Queen-rearing course: grafting, cell raisers and mating nucs",
        "Hands-on training for beekeepers who want to raise their own queens. Participants learn to pick larvae "
        "no more than 12-18 hours out of the egg, transfer them into cups on a cell-bar frame, prepare and "
        "maintain the cell-raising colony and run mini mating nucs, with record keeping on breeder colonies.",
    ),
    (
        "oMo002",
        "en",
        "brookfield",
        "Supply of mated, laying queens from a grafting programme",
        "Our apiary raises queens by grafting just-hatched larvae into cups placed in a cloake-board cell "
        "builder. Built cells go to an incubator colony, then to mini mating nuclei, and queens are checked for "
        "laying two to three weeks later before being caged and delivered to beekeepers in the region.",
    ),
    (
        "oMo003",
        "en",
        "hb_graft2",
        "Grafting tool and queen cup starter kit",
        "Kit for queen rearing: German-style grafting tool, plastic queen cups, cell bars and a priming "
        "liquid that holds the larva by surface tension. Comes with a step-by-step guide: strong donor "
        "colony, confined queen, sliding the tool under the larva with its jelly, and moving the bars into a "
        "cell-building unit.",
    ),
    (
        "oMo004",
        "vi",
        "giaotrinh",
        "Tập huấn kỹ thuật nuôi ong mật theo giáo trình đại học",
        "Bộ môn Ong của một trường đại học nông lâm chuyển giao giáo trình và tổ chức tập huấn kỹ thuật nuôi "
        "ong mật cho cán bộ khuyến nông, hợp tác xã và nông dân: sinh học đàn ong, nhân giống và tạo chúa, "
        "quản lý đàn theo mùa, phòng trị bệnh và khai thác sản phẩm ong.",
    ),
    (
        "oMo005",
        "vi",
        "qcvn",
        "Dịch vụ kiểm định ong mật giống theo QCVN 01-101:2012/BNNPTNT",
        "Tổ chức được chỉ định thực hiện kiểm định ong chúa và đàn ong giống theo quy chuẩn kỹ thuật quốc gia "
        "QCVN 01-101:2012/BNNPTNT, cấp kết quả giúp cơ sở nhân giống chứng minh chất lượng con giống khi bán "
        "cho người nuôi.",
    ),
    (
        "oMo006",
        "vi",
        "tanhuuqui",
        "Chế phẩm dinh dưỡng cho ong nội kèm hướng dẫn nuôi ong lấy mật",
        "Doanh nghiệp cung cấp chế phẩm bổ sung dinh dưỡng Bee Pro cho đàn ong nội và tài liệu kỹ thuật: đặc "
        "điểm ong chúa (đẻ 400–600 trứng mỗi ngày), ong đực, ong thợ, chăm sóc đàn và thu hoạch mật. Chế phẩm "
        "giúp đàn duy trì sức khỏe khi nguồn hoa thiếu.",
    ),
    (
        "oMo007",
        "vi",
        "dcno_bocbay",
        "Hướng dẫn phòng chống ong bốc bay và kỹ thuật chia đàn",
        "Tài liệu và tư vấn cho người nuôi ong mật về hiện tượng bốc bay: dấu hiệu báo trước như ong đi làm "
        "giảm hẳn, ong thợ no mật, bánh tổ hết trứng và ấu trùng, cầu nhẹ do thiếu phấn; cách xử lý giữ đàn "
        "và cách chia đàn đúng thời điểm để tăng số đàn.",
    ),
    (
        "oMo008",
        "vi",
        "memart_feed",
        "Quy trình cho ong ăn nước đường theo mùa",
        "Hướng dẫn pha và cho ong ăn nước đường: tỷ lệ 1:1 để kích thích chúa đẻ, xây tổ (0,2–0,3 kg mỗi đàn "
        "mỗi tối, 2–3 tối liền); tỷ lệ 1,5:1 hoặc 2:1 để dự trữ mùa khan hoa (1–1,5 kg cho đàn 3 cầu, 3–4 "
        "tối). Nước đường đun 50–60 °C, để nguội, đặt khay có que đậu.",
    ),
    (
        "oMo009",
        "en",
        "beebrill",
        "Queen cells from selected breeder lines",
        "We produce queen cells by grafting larvae under 24 hours old from breeder colonies selected for "
        "disease resistance and honey production. Cells are reared in dedicated frames fed by nurse bees; "
        "queens emerge about 16 days after the egg, ready to head new or requeened colonies.",
    ),
    (
        "oMo010",
        "en",
        "dcno_bocbay",
        "Absconding prevention advisory for Asian honey bee colonies",
        "Field advice for keepers of Apis cerana: reading the warning signs of absconding (foragers slowing, "
        "workers full of honey, no eggs or young brood, light combs tunnelled by moth larvae), restoring food "
        "and brood, and timing colony division so that splits stay put.",
    ),
    (
        "oMo011",
        "vi",
        "nhaxinh",
        "Thùng ong Tùng Hóa cải tiến cho ong nội",
        "Cung cấp thùng nuôi ong nội kiểu Tùng Hóa với khung cầu 420 x 220 mm, thùng kín và tối phù hợp tập "
        "tính ong nội, gọn nhẹ cho phụ nữ và người lớn tuổi. Ngoài ra có thùng cỡ 485 x 230 mm dùng cho ong Ý.",
    ),
    (
        "oMo012",
        "vi",
        "saigonmetro",
        "Xưởng đóng thùng nuôi ong nội theo tiêu chuẩn",
        "Xưởng gỗ nhận đóng thùng ong nội gồm thân thùng, nắp, khung cầu và ván ngăn. Gỗ không cong vênh, chịu "
        "mưa nắng, nhẹ (thông, dổi, mít, gỗ dừa, gỗ gạo), dày tối thiểu 1,5–2 cm để giữ nhiệt độ và độ ẩm trong "
        "thùng.",
    ),
    (
        "oMo013",
        "vi",
        "hocnuoiongdu",
        "Khung cầu ong Ý và cầu ong nội tiêu chuẩn",
        "Cung cấp và hướng dẫn tự làm khung cầu ong đúng kích thước cho hai giống ong Ý và ong nội. Cầu chuẩn "
        "giúp ong xây bánh tổ thẳng, dễ kiểm tra, chia đàn, nhập đàn và quay mật, ít vỡ bánh tổ.",
    ),
    (
        "oMo014",
        "en",
        "hb_lang",
        "Complete Langstroth hive sets",
        "Modular Langstroth hives with interchangeable parts: hive stand, solid or screened bottom board with "
        "landing area, deep brood boxes, medium honey supers to keep lifting weight down, frames with "
        "foundation, inner cover and telescoping outer cover.",
    ),
    (
        "oMo015",
        "en",
        "bi_kit",
        "Flat-pack hive kits and assembly workshop",
        "Unassembled wooden hive kits shipped flat, with a half-day workshop on assembly: dry fitting, "
        "exterior wood glue and nails, squaring the boxes, building frames from top, bottom and side bars and "
        "fitting wax or plastic foundation in grooved or wedge top bars.",
    ),
    (
        "oMo016",
        "en",
        "smallfarm",
        "Screened bottom boards and hive stands",
        "Screened bottom boards with entrance and hive stands that lift colonies 5-6 inches off the ground, "
        "keeping boxes dry and making entrances harder for ground pests to reach. Fits standard Langstroth "
        "deep bodies.",
    ),
    (
        "oMo017",
        "vi",
        "dakhoney",
        "Tư vấn chọn loài ong mật để nuôi",
        "Bộ phận khuyến nông của công ty ong mật tư vấn đặc điểm bốn loài ong mật có ở Việt Nam: ong nội Apis "
        "cerana và ong ngoại Apis mellifera có giá trị kinh tế, được nuôi rộng rãi; ong khoái A. dorsata và ong "
        "ruồi A. florea sống hoang dại, chưa thuần hóa. Tư vấn thế đàn, tính hiền dữ, năng suất và kiểu thùng "
        "cho từng loài.",
    ),
    # extraction and harvest
    (
        "oMo018",
        "en",
        "heathmont",
        "Motorised 10-frame honey extractor",
        "Electric extractor taking 10 frames at a time and spinning about 40 frames per hour. Frames are "
        "loaded with top bars facing the drum wall, so they do not need to be turned; the lid stays closed "
        "during spinning to keep honey mist in.",
    ),
    (
        "oMo019",
        "en",
        "cushman",
        "Tangential and radial honey extractors, hand or electric",
        "Range of extractors from 2-frame hand-cranked tangential models for small apiaries to large radial "
        "machines for commercial honey houses. Uncapped combs are spun in a rotating cage, so the wax combs "
        "survive and go back to the bees.",
    ),
    (
        "oMo020",
        "en",
        "beyondbee",
        "Advice on choosing an extractor and frame size",
        "Consultancy for new honey producers: tangential extractors are cheap, portable, gentle and accept any "
        "frame but extract one side at a time; radial extractors spin more frames faster without turning but "
        "need wired or plastic frames and a fixed mount. Frame choice is matched to the local honey flow.",
    ),
    (
        "oMo021",
        "vi",
        "hpstic",
        "Quy trình lấy và bảo quản mật ong bằng thùng quay ly tâm",
        "Hướng dẫn kỹ thuật: chỉ quay mật khi cầu đã vít nắp trên 70% số lỗ; mật non chưa vít nắp chứa 35–50% "
        "nước, dễ nhiễm khuẩn, lên men. Quy trình rũ ong, cắt nắp, quay bằng thùng quay ly tâm, lọc và bảo quản "
        "mật thay cho cách vắt bánh tổ cổ điển.",
    ),
    (
        "oMo022",
        "vi",
        "md06",
        "Đào tạo mô đun thu hoạch, sơ chế, bảo quản và tiêu thụ sản phẩm ong",
        "Chương trình sơ cấp nghề nuôi ong mật của Bộ Nông nghiệp, mô đun 06: thu hoạch mật, phấn, sữa chúa, "
        "sáp; sơ chế và bảo quản; tiêu thụ sản phẩm. Nhận tổ chức lớp cho lao động nông thôn theo phương pháp "
        "đào tạo dựa trên năng lực.",
    ),
    (
        "oMo023",
        "vi",
        "memart_harvest",
        "Bộ dụng cụ thu hoạch mật ong và hướng dẫn thời điểm lấy mật",
        "Cung cấp thùng quay mật, dao gọt nắp, lưới chắn ong và hướng dẫn thời điểm lấy mật khi lỗ tổ vít nắp "
        "trên 70%, cách lấy cầu, gọt nắp không hỏng lỗ tổ và điều chỉnh tốc độ quay.",
    ),
    # moisture, storage
    (
        "oMo024",
        "en",
        "askvity",
        "Honey drying room set-up",
        "We design small honey drying rooms: a dehumidifier brings room humidity from about 63% down to around "
        "30% while fans move air over open honey surfaces, so the honey gives up water until it meets the "
        "moisture target and no longer risks fermenting.",
    ),
    (
        "oMo025",
        "vi",
        "hb_moist2",
        "Tủ sấy nhẹ hạ thủy phần mật ong",
        "Cung cấp tủ hạ thủy phần kết hợp quạt đối lưu, nguồn nhiệt nhẹ và bộ gia nhiệt thùng mật, đưa mật về "
        "18,5% nước trở xuống mà không phá hủy enzyme; kèm quy trình khuấy và kiểm soát nhiệt độ cho cơ sở thu "
        "mật trong thời tiết ẩm.",
    ),
    (
        "oMo026",
        "en",
        "beesource",
        "Drying honey supers before extraction",
        "Protocol for drying partly capped supers: stack them with spacers in a small room with a dehumidifier, "
        "check one reference frame daily with a refractometer and extract when it reaches target. In a logged "
        "trial, samples taken at extraction read 16.3-17.3% moisture.",
    ),
    (
        "oMo027",
        "en",
        "hb_moist",
        "Honey refractometer testing and moisture control advice",
        "Supply of honey refractometers and training on reading them: honey above 19-20% moisture is at risk of "
        "fermentation, 17-18% is the target for long storage. Also covers causes of wet honey (early harvest, "
        "humid flows, water added during extraction).",
    ),
    (
        "oMo028",
        "vi",
        "mttn",
        "Dịch vụ hạ thủy phần mật ong hoa nhãn trước khi đóng chai",
        "Mật ong hoa nhãn thơm, màu vàng tươi nhưng lỏng, nhiều bọt khí và hàm lượng nước cao nên dễ chua, "
        "xuống màu nếu bảo quản sai. Cơ sở nhận hạ thủy phần cho mật nhãn và các loại mật loãng, giữ hương, giúp "
        "mật đạt chuẩn trước khi đóng chai.",
    ),
    (
        "oMo029",
        "vi",
        "beehivehero",
        "Tư vấn đáp ứng giới hạn thủy phần mật ong xuất khẩu",
        "Tư vấn cho cơ sở đóng gói: Codex cho phép tối đa 20% nước, EU 21%; thủy phần thấp giúp giảm hoạt độ "
        "nước, kéo dài hạn dùng. Thiết kế khâu hạ ẩm bằng máy hút ẩm và kế hoạch lấy mẫu để lô hàng đạt yêu "
        "cầu người mua.",
    ),
    (
        "oMo030",
        "en",
        "hbsuite",
        "Preventing fermentation of crystallised honey",
        "Technical note and training: when glucose crystallises, the remaining liquid gains water; above about "
        "18.6% moisture dormant yeasts grow and the honey ferments. Covers moisture targets at extraction and "
        "pasteurising at 145 °F for 30 minutes to stop fermentation.",
    ),
    (
        "oMo031",
        "vi",
        "experts_proc",
        "Dây chuyền thanh trùng mật ong cho cơ sở đóng chai",
        "Cung cấp thiết bị xử lý nhiệt cho cơ sở đóng chai mật ong: thanh trùng nhanh ở 170 °F trong vài giây "
        "hoặc 145 °F trong 30 phút để hòa tan mầm tinh thể, làm chậm kết tinh và diệt nấm men, giúp mật đóng "
        "chai không lên men.",
    ),
    (
        "oMo032",
        "en",
        "experts_temp",
        "Storage temperature guidance for honey warehouses",
        "Advice for honey stores: below 10 °C crystallisation is held back; 10-21 °C encourages it; 21-27 °C "
        "discourages it but slowly degrades quality; above 27 °C it prevents granulation but invites "
        "fermentation and quality loss.",
    ),
    (
        "oMo033",
        "en",
        "scilit",
        "Honey storage and hot-fill protocol",
        "Research-based protocol: honey for small containers is heated to 160 °F, filled and sealed hot, then "
        "cooled quickly to avoid darkening; unheated bulk honey is kept below 52 °F to stop fermentation and "
        "colour change.",
    ),
    # quality testing
    (
        "oMo034",
        "vi",
        "eurofins",
        "Kiểm nghiệm mật ong theo TCVN 5267-2:2008",
        "Phòng thử nghiệm nhận kiểm nghiệm mật ong phục vụ công bố sản phẩm và xuất khẩu theo TCVN 5267-2:2008: "
        "yêu cầu không pha trộn, không phụ gia, không dấu hiệu lên men hay sủi bọt, không bị đun nóng làm thay "
        "đổi thành phần, cùng các chỉ tiêu lý hóa.",
    ),
    (
        "oMo035",
        "vi",
        "tuvancb",
        "Tư vấn chọn chỉ tiêu kiểm nghiệm mật ong",
        "Đơn vị tư vấn giúp cơ sở sản xuất chọn nhóm chỉ tiêu gửi mẫu: cảm quan (trạng thái, màu, mùi vị), chất "
        "lượng (protein, carbohydrate, đường khử), vi sinh (tổng vi sinh vật hiếu khí, Coliform, E. coli, "
        "Clostridium perfringens, nấm men mốc), kim loại nặng, độc tố vi nấm và dư lượng thuốc BVTV.",
    ),
    (
        "oMo036",
        "vi",
        "khoduoclieu",
        "Phân tích hàm lượng đường C4 trong mật ong",
        "Dịch vụ phân tích đường C4 để phát hiện mật do ong ăn đường mía hoặc đường bổ sung. Theo TCVN "
        "12605:2019, hàm lượng đường C4 dưới 7% mới được coi là mật ong; kết quả gần 0% cho thấy ong lấy mật "
        "hoàn toàn từ hoa.",
    ),
    (
        "oMo037",
        "vi",
        "tvpl",
        "Đánh giá sự phù hợp của mật ong với TCVN 12605:2019",
        "Tư vấn và thử nghiệm đối chiếu yêu cầu kỹ thuật của TCVN 12605:2019: không pha trộn, không đun nóng "
        "làm thay đổi chất lượng; hàm lượng nước không quá 23% (một số mật lá không quá 21%); tổng fructose và "
        "glucose tối thiểu 60 g/100 g với mật hoa.",
    ),
    (
        "oMo038",
        "en",
        "lifeasible",
        "Stable carbon isotope testing for sugar-syrup adulteration",
        "Laboratory service using stable carbon isotope ratio analysis (SCIRA) of 13C/12C to detect cane, corn "
        "and other C4 syrups in honey, plus complementary methods for C3 syrups such as rice or beet, whether "
        "added directly or fed to the bees.",
    ),
    (
        "oMo039",
        "en",
        "pmc_saudi",
        "Honey sugar, HMF and pesticide residue panel",
        "Analytical package for honey lots: HPLC for fructose, glucose and sucrose, hydroxymethylfurfural (HMF) "
        "as a freshness and heating indicator, and GC-MS screening for 63 organochlorine pesticides, reported "
        "against Codex and regional limits.",
    ),
    (
        "oMo040",
        "vi",
        "hfcs",
        "Sàng lọc chi phí thấp mật ong pha si-rô ngô",
        "Phòng thí nghiệm trường đại học nhận phân tích nhận diện mật ong pha si-rô ngô giàu fructose ở mức "
        "10–50%: thành phần đường bằng HPLC kết hợp độ nhớt, proline, nitơ, natri, kali, tro, HMF và độ ẩm, "
        "các chỉ tiêu thay đổi tương quan chặt khi pha thêm si-rô.",
    ),
    (
        "oMo041",
        "en",
        "gavin",
        "IRMS testing of C-4 sugars in commercial honey",
        "Isotope ratio mass spectrometry service for honey traders: C3 nectar plants give delta 13C values of "
        "about -28 to -23 per mil, C4 plants about -15 to -9, so cane and corn syrups that mimic honey's sugar "
        "profile can be detected where chromatography fails.",
    ),
    (
        "oMo042",
        "vi",
        "docz_thuy",
        "Giám sát tồn dư thuốc thú y trong mật ong",
        "Viện nghiên cứu thú y điều tra tình hình sử dụng thuốc thú y trong chăn nuôi ong và hỗ trợ cơ sở xây "
        "dựng kế hoạch kiểm soát tồn dư, bởi khoảng 90% sản lượng mật ong cả nước xuất khẩu và chương trình "
        "giám sát chất tồn dư trong mật đã triển khai từ năm 2001.",
    ),
    (
        "oMo043",
        "vi",
        "accgroup",
        "Trọn gói kiểm nghiệm và công bố sản phẩm mật ong",
        "Công ty luật nhận làm hồ sơ kiểm nghiệm và tự công bố sản phẩm mật ong cùng các sản phẩm từ mật ong "
        "(sữa ong chúa, nghệ mật ong...) theo TCVN 5267-1:2008 và TCVN 12605:2019 trước khi đưa ra thị trường "
        "hoặc xuất khẩu.",
    ),
    # labelling
    (
        "oMo044",
        "en",
        "lbka",
        "Honey label compliance check",
        "A beekeepers' association reviews jar labels: the word honey or a reserved description, name and "
        "address of the producer, country of origin, weight; a flower name such as clover may be used only "
        "when more than 75% of the honey comes from that plant, and baker's honey must say intended for "
        "cooking only.",
    ),
    (
        "oMo045",
        "en",
        "ulting",
        "Prepacked honey label checklist",
        "Checklist and training for honey packers: product name, packer address, country or countries of "
        "origin, storage conditions, best-before date, lot mark and weight. Honey finely filtered so that much "
        "pollen is removed must be sold as filtered honey, not simply honey.",
    ),
    (
        "oMo046",
        "en",
        "ages",
        "Food agency guidance on labelling honey",
        "Guidance from a national food safety agency on what must appear on a honey label (category, name and "
        "address of packer, net quantity, batch number, best-before date, storage conditions, origin) and what "
        "must not (health claims, misleading advertising, nutrition claims).",
    ),
    (
        "oMo047",
        "en",
        "legality",
        "Honey grading and marking compliance",
        "Support for packers under grading and marking rules covering blossom honey and honeydew honey: labels "
        "must carry grade, variety, date of manufacture, nutrition information and the authorised packer's "
        "contact; extra rules apply to pressed honey and honey named after a floral source.",
    ),
    (
        "oMo048",
        "vi",
        "qn_tcvn",
        "Cảnh báo quy định ghi nhãn mật ong khi xuất khẩu",
        "Điểm hỏi đáp về hàng rào kỹ thuật thông tin dự thảo quy định ghi nhãn mật ong đóng gói sẵn của thị "
        "trường nhập khẩu: sản phẩm từ 60% mật ong trở lên có thêm đường phải ghi 'mật ong bổ sung đường'; dưới "
        "60% chỉ được ghi 'hương mật ong'; phải ghi nước xuất xứ nguyên liệu; chỉ mật nguyên chất mới được ghi "
        "'mật ong 100%'.",
    ),
    (
        "oMo049",
        "en",
        "ukleg",
        "Origin labelling rules for honey blends",
        "Regulatory note for exporters: honey sold to consumers must show the country where it was harvested; "
        "blends may say blend of EC honeys, non-EC honeys or both; filtered and baker's honey may not carry "
        "floral, regional or quality claims.",
    ),
    # royal jelly
    (
        "oMo050",
        "vi",
        "tangquatet",
        "Chuyển giao quy trình khai thác sữa ong chúa tươi",
        "Hướng dẫn quy trình lấy sữa ong chúa: gắn 70–90 nụ chúa giả bằng nhựa lên thanh tế bào, di ấu trùng "
        "bằng dụng cụ chuyên dụng dưới đèn, đưa vào đàn nuôi để ong thợ 6–14 ngày tuổi tiết sữa, sau đó thu "
        "sữa, lọc và bảo quản lạnh.",
    ),
    (
        "oMo051",
        "vi",
        "vinabee",
        "Giống ong cao sản sữa chúa và mũ chúa nhựa",
        "Doanh nghiệp ong cung cấp đàn ong chuyên sản xuất sữa chúa được chọn tạo bằng thụ tinh nhân tạo, mũ "
        "chúa bằng nhựa và hướng dẫn cấy ấu trùng mới nở; thu hoạch sau khoảng 3 ngày khi lượng sữa trong mũ "
        "đạt tối đa.",
    ),
    (
        "oMo052",
        "vi",
        "memart_rj2",
        "Sơ chế và bảo quản sữa ong chúa tươi",
        "Tư vấn sơ chế, đóng gói và bảo quản lạnh sữa ong chúa: sản phẩm chứa 60–70% nước, protein MRJP và "
        "axit béo 10-HDA nên rất dễ biến chất; hướng dẫn chuỗi lạnh từ trại đến cửa hàng.",
    ),
    (
        "oMo053",
        "en",
        "irishbee",
        "Royal jelly harvesting pens and cold-chain advice",
        "Harvesting pens and guidance for producing royal jelly in movable-frame hives: jelly is taken from "
        "queen cells when larvae are about four days old; a well-managed hive gives about 500 g over a 5-6 "
        "month season; producers need immediate refrigerator or freezer storage until sale.",
    ),
    (
        "oMo054",
        "en",
        "ctaex",
        "Patented process for high-grade royal jelly",
        "Licensed process: graft 2-day-old larvae, harvest within 48 hours, refine at once in a centrifugal "
        "filter, and keep the jelly at about 2 °C for up to 4 weeks; tools are non-metallic or coated and "
        "colonies are kept free of chemical and disease stress.",
    ),
    (
        "oMo055",
        "vi",
        "thebees",
        "Thiết bị hút sữa ong chúa bằng bơm chân không",
        "Cung cấp bơm chân không và hướng dẫn lấy sữa ong chúa từ mũ chúa 4–5 ngày tuổi: gắp bỏ ấu trùng trước, "
        "hút sữa trong phòng sạch, không có ánh sáng ban ngày, thao tác nhanh; khai thác liên tục một đàn sẽ "
        "giảm sản lượng và chất lượng sữa.",
    ),
    (
        "oMo056",
        "en",
        "saveourbees",
        "Royal jelly production training for beekeepers",
        "Course for apiaries moving into royal jelly: how nurse bees secrete it, why only queen cells hold "
        "harvestable amounts, stimulating colonies to build queen cells, collecting at about day four and "
        "keeping the product cold.",
    ),
    # pollen
    (
        "oMo057",
        "en",
        "bi_pollen",
        "Pollen traps: entrance and bottom-board models",
        "Pollen traps with a grid that brushes pellets off returning foragers into a drawer, taking about "
        "40-50% of incoming pollen so the colony keeps enough. Front-mounted models fit existing entrances; "
        "bottom-board models give cleaner, drier pollen.",
    ),
    (
        "oMo058",
        "en",
        "wwh",
        "Drying bee pollen for sale",
        "Guidance and oven drying for bee pollen: freeze fresh pollen overnight to kill wax moth eggs and "
        "larvae instead of fumigating, then dry it from its harvest moisture of 7-21% in racks so it does not "
        "ferment or spoil.",
    ),
    (
        "oMo059",
        "en",
        "hb_pollen",
        "Pollen harvest schedule to avoid mould",
        "Protocol for pollen producers: empty traps every day or at most every 48 hours, because fresh pellets "
        "are wet; pellets left packed in the drawer mould quickly, cake together and attract pests.",
    ),
    (
        "oMo060",
        "vi",
        "beekeepinfo",
        "Đánh giá hiệu suất máng lấy phấn hoa",
        "Thử nghiệm các mẫu máng lấy phấn trên đàn ong của cơ sở: hiệu suất dao động khoảng 10–50% tùy độ đều "
        "của lỗ, kích thước ong thợ, cỡ viên phấn và độ chen chúc, nên phải đo riêng cho từng tổ hợp đàn và "
        "máng.",
    ),
    (
        "oMo061",
        "vi",
        "danhy",
        "Sơ chế phấn ong: sàng sạch và sấy 40 °C",
        "Hướng dẫn thu phấn ong bằng cách thu hẹp cửa tổ cho ong rớt lại thỏi phấn, sàng sảy sạch tạp chất rồi "
        "sấy ở 40 °C để diệt men. Phấn ong chứa 7–35% protein, nhiều đường khử, vitamin và khoáng.",
    ),
    (
        "oMo062",
        "vi",
        "tinhhoa",
        "Tấm lấy phấn hoa gắn cửa tổ",
        "Cung cấp tấm nhựa hoặc tấm nhôm khoan lỗ vừa thân con ong để gắn ở cửa tổ: ong chui qua, thỏi phấn ở "
        "hai chân sau bị giữ lại và rơi vào khay. Phù hợp trại ong nuôi muốn khai thác phấn hoa dạng hạt.",
    ),
    (
        "oMo063",
        "vi",
        "nta_phanhoa",
        "Làm khô và bảo quản phấn hoa bằng máy sấy",
        "Cơ sở dược liệu nhận làm khô phấn hoa ong bằng máy sấy hoặc phơi tự nhiên, bảo quản kín, và chiết xuất "
        "phấn hoa. Viên phấn 1–3 mm, ong thợ mang được khối phấn khoảng 30% trọng lượng cơ thể.",
    ),
    # beeswax
    (
        "oMo064",
        "en",
        "mainebee",
        "Solar beeswax melter",
        "Solar wax extractor built from common materials: a black-painted, bee-tight box with a glass lid "
        "facing the sun, a sloping metal tray where comb scraps melt, and a pan with slanted sides to collect "
        "clean wax. Gives light, clean wax from cappings without fuel.",
    ),
    (
        "oMo065",
        "vi",
        "happyhb",
        "Tinh chế sáp ong hai giai đoạn đạt chuẩn làm nến",
        "Chuyển giao quy trình làm sạch sáp nắp: giai đoạn một nấu cách thủy khoảng 170 °F (77 °C) và lọc qua "
        "rây kim loại bỏ cặn thô; giai đoạn hai loại hết mật và bụi mịn vốn làm tắc bấc nến, cho sáp đạt chuẩn "
        "làm nến.",
    ),
    (
        "oMo066",
        "en",
        "brueggens",
        "Water-bath rendering of old comb and cutouts",
        "Step-by-step rendering of mixed comb: melt in a pot one-third full of water on an outdoor burner, "
        "push combs under, never let the mix boil (fire and discolouring risk), then strain and let the wax "
        "cake set over the water and scrape off the slumgum.",
    ),
    (
        "oMo067",
        "en",
        "brinkworth",
        "Filtering and moulding rendered beeswax",
        "Service for beekeepers: cappings melted with a little water, cooled and remelted until clean, then "
        "melted in a double boiler at or below 70 °C, poured through a filter into moulds and sold as blocks "
        "for candles and wraps.",
    ),
    (
        "oMo068",
        "vi",
        "cxtn_sap",
        "Tinh chế sáp ong thô bằng hơi nước qua xơ mướp",
        "Quy trình sơ chế sáp ong vàng: trải xơ mướp trên vỉ tre trong nồi nước, rải sáp thô đã ráo mật, đậy "
        "kín và đun để hơi nước làm sáp chảy qua xơ mướp giữ lại cặn; vớt lớp sáp nổi, đun cách thủy lần nữa "
        "rồi đổ khuôn, bảo quản nơi khô mát.",
    ),
    (
        "oMo069",
        "vi",
        "daklak47",
        "Thu mua và sơ chế sáp ong thô từ hộ nuôi",
        "Doanh nghiệp mật ong thu mua sáp ong thô, mảnh bánh tổ cũ từ người nuôi và sơ chế thành sáp nguyên "
        "chất. Ong cần hơn 3 kg mật để tiết 1 kg sáp nên sáp là sản phẩm có giá trị cần thu hồi.",
    ),
    (
        "oMo070",
        "vi",
        "auroma",
        "Hướng dẫn nấu sáp ong làm nến thơm tại nhà",
        "Cửa hàng nến hướng dẫn 3 bước nấu sáp ong: đun sáp vụn với nước hoặc cách thủy, khuấy cho tan, để "
        "nguội cho lớp sáp tách khỏi nước, sau đó pha hương và đổ nến; lưu ý không đun trực tiếp trên lửa.",
    ),
    # pollination
    (
        "oMo071",
        "en",
        "dutchmans",
        "Pollination hive rental",
        "Beekeeping firm rents honey bee colonies for crop pollination at roughly one hive per acre for most "
        "crops. Colonies arrive as the first flowers open and leave once petals fall, ahead of any spray "
        "programme.",
    ),
    (
        "oMo072",
        "en",
        "pcela",
        "Hive density planning for orchard pollination",
        "Agronomy advice on how many colonies to place per hectare: 3-4 hives for triploid apples and plums, "
        "2-3 for diploid apples, 6-8 for pears whose flowers bees dislike, 4-6 for self-sterile cherries and "
        "5-10 for berries; bee pollination can multiply yields of many fruit crops.",
    ),
    (
        "oMo073",
        "en",
        "wsu",
        "Extension guide: weather and colony factors in fruit pollination",
        "University extension material: about a third of a colony forages at a time; bees fly little below "
        "55 °F and forage fully above 65 °F with wind under 10 mph; larger colonies with much brood send out "
        "more pollen collectors, which pollinate better than nectar collectors.",
    ),
    (
        "oMo074",
        "en",
        "goodfruit",
        "Grower panel on hive stocking rates",
        "Orchard advisers share stocking rates: up to ten hives per acre in hard-to-set cherry varieties, one "
        "per acre for self-fertile ones, about five and a half per acre in apples, more at cool windy sites; "
        "multiple bee visits per flower improve set.",
    ),
    (
        "oMo075",
        "en",
        "fgn",
        "Best practices for renting honey bees in orchards",
        "Updated guidelines for orchardists who rent commercial colonies: healthy hives with nearby pollen, "
        "nectar and water forage more efficiently; covers colony strength checks, placement timing and keeping "
        "a pollinator-friendly environment around the crop.",
    ),
    (
        "oMo076",
        "en",
        "davebee",
        "Evidence package: bees and fruit set",
        "Summary of trials for growers: three colonies per hectare (33 foragers per 1,000 flowers) gave 32% "
        "fruit set and 57 kg per tree, against 15% and 30 kg with one colony per hectare; good pollination "
        "also reduces misshapen fruit.",
    ),
    (
        "oMo077",
        "vi",
        "laodong_dua",
        "Mô hình thả ong mật thụ phấn dưa lưới",
        "Chuyển giao mô hình nuôi ong mật trong nhà màng dưa lưới để ong làm 'bà mối' thụ phấn: năng suất mỗi "
        "vụ tăng 15–20% so với trước, chủ vườn tiết kiệm vài triệu đồng tiền thuê nhân công thụ phấn bằng tay.",
    ),
    (
        "oMo078",
        "vi",
        "nmntq",
        "Tư vấn nuôi ong trong vườn cây ăn quả",
        "Tư vấn kết hợp nuôi ong với vườn cây ăn quả: đánh giá chất lượng đàn theo tỷ lệ 1 phần trứng, 2 phần "
        "ấu trùng, 4 phần nhộng; ong chúa sống khoảng 1 năm, khai thác kinh tế khoảng 6 tháng; bố trí đàn để "
        "vừa thu mật vừa tăng đậu trái.",
    ),
    (
        "oMo079",
        "vi",
        "nn_nhan",
        "Mô hình đặt trại ong trong vườn nhãn",
        "Mô hình liên kết chủ vườn nhãn và người nuôi ong: đặt trại ong trong vườn mùa hoa nở để thu mật hoa "
        "nhãn và giúp cây đậu quả cao hơn; vùng nhãn gần 5.000 ha thu hút hàng nghìn đàn ong mỗi vụ.",
    ),
    (
        "oMo080",
        "vi",
        "cholach",
        "Mô hình nuôi ong kết hợp vườn cây ăn trái và du lịch",
        "Hộ nuôi ong 17 năm chia sẻ mô hình nuôi ong nội và ong ngoại trong vùng cây ăn trái, hoa kiểng: ong "
        "giúp thụ phấn cho vườn, người nuôi có nguồn mật, đồng thời đón khách du lịch sinh thái thưởng thức "
        "sản phẩm ong.",
    ),
    (
        "oMo081",
        "en",
        "goodfruit2",
        "Hive placement in high-density orchards",
        "Advice on placing colonies: dense trellised plantings need more bees and different siting; hives "
        "placed along a central road let bees use it as a flyway into each row; cross-pollinator varieties "
        "with matching bloom must be close by.",
    ),
    # pesticide risk
    (
        "oMo082",
        "vi",
        "khcnn_ngodoc",
        "Biện pháp xử lý đàn ong bị ngộ độc thuốc hóa học",
        "Tư vấn kỹ thuật cho người nuôi ong: nhận biết ngộ độc (ong chết đột ngột nhiều trước cửa tổ, ong bò "
        "lết, xoay tròn, vòi duỗi dài, đàn càng mạnh chết càng nhiều), nguyên nhân do phun thuốc ban ngày lúc "
        "cây nở hoa mà không báo cho người nuôi ong, và cách cứu đàn, di chuyển đàn, phòng ngừa.",
    ),
    (
        "oMo083",
        "vi",
        "tinmt",
        "Giải đáp về tồn dư thuốc trừ sâu trong mật ong",
        "Phòng khuyến nông của một công ty ong giải thích: ong hút hoa mới phun thuốc độc thường chết trước khi "
        "về tổ nên không tạo ra mật; ấu trùng ăn phấn nhiễm độc suy yếu dần; hoa còn tồn dư thấp có thể làm mật "
        "nhiễm ở mức thấp. Hỗ trợ người nuôi đánh giá rủi ro theo vùng đặt trại.",
    ),
    (
        "oMo084",
        "vi",
        "docz_bvtv_mat",
        "Nghiên cứu nguồn gốc hóa chất BVTV trong mật ong",
        "Nhóm nghiên cứu phân tích con đường hóa chất BVTV đi vào mật ong: phun thuốc trên cây nguồn mật như "
        "nhãn, vải, xoài, cam, lúa khi đang nở hoa, hoặc thuốc rơi xuống cỏ có hoa; ước tính không dưới 25% hộ "
        "vi phạm khi dùng thuốc. Nhận khảo sát vùng nguyên liệu cho doanh nghiệp mật ong.",
    ),
    (
        "oMo085",
        "en",
        "lsu",
        "Bee-safe spraying practices for growers",
        "Extension fact sheet and farmer training: spray late in the day when bees are not foraging, choose "
        "low-toxicity or short-lived products such as neem, pyrethrum or insecticidal soap over carbaryl, "
        "malathion or permethrin, never spray open flowers, and spray only in still air.",
    ),
    (
        "oMo086",
        "vi",
        "vtpp",
        "Tập huấn nguyên nhân và cách phòng ong ngộ độc thuốc",
        "Mô đun tập huấn an toàn thuốc BVTV: phần lớn ong chết do phun thuốc trừ sâu lên cây đang nở hoa, lên cỏ "
        "dại có hoa trong ruộng và thảm cỏ vườn cây, do thuốc bay dạt sang ruộng bên cạnh và do nguồn nước nhiễm "
        "thuốc; hướng dẫn người phun và người nuôi ong tránh từng con đường này.",
    ),
    (
        "oMo087",
        "en",
        "frontiers",
        "Decision criteria for spraying when bees may be present",
        "Research-based decision tool for farmers: shows that temperature, crop attractiveness or distance from "
        "field edges cannot guarantee that no bees are foraging, and sets out when and how to treat flowering "
        "crops, with night-time spraying as the safest option.",
    ),
    (
        "oMo088",
        "en",
        "growingproduce",
        "Pollinator protection course for pesticide applicators",
        "Continuing-education course for applicators: reading labels for bee hazard, using integrated pest "
        "management and best management practices where pollinators forage, and protecting bees' food, water "
        "and habitat.",
    ),
    (
        "oMo089",
        "en",
        "umass",
        "Fact sheet on neonicotinoids and bees",
        "University fact sheet explaining systemic neonicotinoid insecticides, which are highly toxic to bees "
        "and move into pollen and nectar, their suspected role in bee decline, and lower-risk alternatives for "
        "gardens and landscapes.",
    ),
    # varroa and tropilaelaps
    (
        "oMo090",
        "vi",
        "sphq",
        "Chẩn đoán và đánh giá mức nhiễm ve Varroa, Tropilaelaps",
        "Hướng dẫn nhận biết và đánh giá mức nhiễm ve: ve Varroa dài khoảng 0,2 cm đẻ 7–10 trứng vào lỗ ấu "
        "trùng sắp vít nắp; ong non cụt, xoăn cánh, nhộng thủng xẹp. Mức nhẹ dưới 2% lỗ tổ, trung bình 2–5%, "
        "nặng trên 5%; ve Tropilaelaps nhỏ hơn, sinh sản nhanh, giết nhiều ấu trùng.",
    ),
    (
        "oMo091",
        "vi",
        "zbook",
        "Nghiên cứu sinh học và biện pháp phòng trị hai loài ve ký sinh",
        "Luận văn thạc sĩ của trường đại học nông nghiệp về đặc điểm sinh vật học, mức xâm nhiễm của Varroa "
        "destructor và Tropilaelaps clareae trên ong Ý nhập nội và các biện pháp phòng trị; nhóm tác giả nhận "
        "tư vấn áp dụng tại trại ong.",
    ),
    (
        "oMo092",
        "vi",
        "goldenbee",
        "Tư vấn trị bệnh chí cho ong ngoại sau vụ mật",
        "Kinh nghiệm thực tế của trại ong phía Nam về bệnh chí trên ong Apis mellifera: sau vụ khai thác mật, "
        "nhiều trại có tới 80% số đàn suy giảm còn 30–50%; tư vấn quản lý đàn, kiểm tra và xử lý ve để giữ đàn "
        "tiếp tục khai thác sữa chúa và nhân giống.",
    ),
    (
        "oMo093",
        "en",
        "actbk",
        "Organic varroa control programme",
        "Advisory on mite control without hard synthetic chemicals: formic, oxalic and lactic acid, thymol, "
        "menthol and hop acids, extended-release oxalic and formic acid, brood breaks, drone trapping and shook "
        "swarms, designed to avoid resistance and residues in wax and honey.",
    ),
    (
        "oMo094",
        "en",
        "sbk15",
        "Varroa population modelling and treatment scheduling",
        "Model-based planning of mite treatments: where colonies rear brood for 6 months, mites must be cut by "
        "90% at least once a season; 8 months needs two reductions and more than 10 months likely three; "
        "includes timing of oxalic acid vaporisation.",
    ),
    (
        "oMo095",
        "en",
        "pmc_oa",
        "Field data on repeated oxalic acid vaporisation",
        "Trial results from 99 colonies over two years: seven oxalic acid vaporisations 5 days apart (35 days) "
        "caused no harm to adult bees or brood, but did not bring varroa below treatment thresholds because "
        "mites under cappings escape treatment.",
    ),
    (
        "oMo096",
        "vi",
        "sbk_nat",
        "Hướng dẫn dùng thuốc trị ve nguồn gốc tự nhiên để luân phiên",
        "Tài liệu thực hành về các thuốc trị ve Varroa 'tự nhiên' gồm axit hữu cơ và tinh dầu, dành cho người "
        "nuôi gặp ve kháng thuốc tổng hợp, lo tồn dư trong sáp hoặc hướng tới sản xuất hữu cơ; nêu rủi ro và "
        "cách dùng đúng.",
    ),
    # brood diseases
    (
        "oMo097",
        "vi",
        "mard_sac",
        "Phòng bệnh ấu trùng túi cho đàn ong nội",
        "Giải đáp kỹ thuật của thư viện ngành nông nghiệp: bệnh do virus Thai sacbrood, ấu trùng chết thành túi "
        "nước, đầu nhọn nhô lên, không mùi; một ấu trùng bệnh lây cho 3.000 ấu trùng khác; phía Nam hay phát "
        "tháng 7–8. Không có thuốc đặc trị, kháng sinh vô tác dụng, cần phòng là chính.",
    ),
    (
        "oMo098",
        "vi",
        "mard_efb",
        "Điều trị bệnh thối ấu trùng châu Âu",
        "Hướng dẫn nhận biết và điều trị bệnh thối ấu trùng tuổi nhỏ do liên cầu khuẩn: ấu trùng 3–5 ngày tuổi "
        "chết duỗi thẳng, chuyển từ trắng đục sang vàng, nâu, có mùi chua; đàn yếu dần. Điều trị bằng kháng "
        "sinh nhẹ pha xi-rô đường kết hợp vệ sinh.",
    ),
    (
        "oMo099",
        "vi",
        "matongrung",
        "Phác đồ phòng trị bệnh ong nội",
        "Phác đồ cho bệnh thối ấu trùng tuổi nhỏ: pha 1 g streptomycin (hoặc 1 triệu đơn vị erythromycin, "
        "kanamycin) trong 2 lít nước đường cho 20 cầu ong mỗi tối, 3 tối liền, hoặc phun hạt mịn 2 ngày một "
        "lần; kèm hướng dẫn nhận biết bệnh ấu trùng túi do hai chủng virus.",
    ),
    (
        "oMo100",
        "en",
        "kjapi_hue",
        "Molecular diagnosis of honey bee pathogens",
        "A university biotechnology institute offers PCR, LAMP and next-generation sequencing to identify "
        "bacteria and viruses in bee samples quickly and accurately, so outbreaks can be confirmed and "
        "contained before they spread between apiaries.",
    ),
    (
        "oMo101",
        "en",
        "kjapi_sbv",
        "Sacbrood-resistant Apis cerana breeding stock",
        "Breeding programme that selected Apis cerana lines resistant to sacbrood virus and multiplied them "
        "by grafting and artificial insemination, after the virus collapsed about 90% of colonies in one "
        "country; resistant queens and breeding know-how available.",
    ),
    (
        "oMo102",
        "en",
        "coloss",
        "Reference method for sacbrood and Thai sacbrood diagnosis",
        "Standard laboratory reference: symptoms appear after capping as pale yellow larvae on their backs with "
        "heads raised, inside a sac of clear yellow-brown fluid; Apis cerana suffers lethal epidemics of Thai "
        "sacbrood; adults carry the virus without symptoms.",
    ),
    (
        "oMo103",
        "en",
        "mdpi_sbv",
        "Sacbrood virus research collaboration",
        "Research group reviewing sacbrood virus in Apis mellifera, Apis cerana and wild pollinators offers "
        "collaboration on epidemiology, transmission between species and pathogenesis studies.",
    ),
    # wax moth
    (
        "oMo104",
        "vi",
        "khcnn_sau",
        "Biện pháp phòng trị sâu phá bánh tổ ong",
        "Hướng dẫn phòng trừ sâu ăn sáp loại lớn Galleria mellonella và loại nhỏ Achroia grisella: bướm chui "
        "vào thùng đẻ 50–100 trứng vào khe hở, sâu non đục rỗng bánh tổ cũ. Giữ đàn mạnh, bịt khe hở, loại "
        "bánh tổ cũ, cạo vệ sinh thùng và bảo quản kín cầu dự trữ.",
    ),
    (
        "oMo105",
        "vi",
        "bi_waxmoth",
        "Xử lý cầu bánh tổ nhiễm sâu sáp bằng nhiệt và lạnh",
        "Dịch vụ xử lý sâu ăn sáp không tồn dư: cấp đông cầu ở -7 °C ít nhất 4,5 giờ hoặc -15 °C trong 2 giờ "
        "(lâu hơn nếu xếp chồng), hoặc gia nhiệt 46 °C trong 80 phút, 49 °C trong 40 phút, không vượt ngưỡng "
        "sáp cong vênh; sau đó rã đông và cất nơi khô.",
    ),
    (
        "oMo106",
        "en",
        "hb_waxmoth",
        "Cold storage service for drawn comb",
        "Deep-freeze service for stored combs and cut comb honey: combs brought to -18 °C for at least 48 hours "
        "to kill eggs, larvae and pupae, then sealed in moth-proof storage to prevent re-infestation.",
    ),
    (
        "oMo107",
        "en",
        "gilroy",
        "Bacillus thuringiensis spray for stored combs",
        "Organic bacterial spray (Bt) that kills wax moth larvae only, safe for bees and people, applied to "
        "stored frames and to the tray of screened bottom boards; plus storage advice: upright boxes with air "
        "flow, or frozen frames kept in airtight bags.",
    ),
    (
        "oMo108",
        "en",
        "clemson",
        "Wax moth integrated pest management",
        "Extension publication on IPM for greater and lesser wax moth: non-chemical tools first (strong "
        "colonies, cold, light and ventilation for stored supers), chemicals only as a last resort; slight "
        "damage is tolerable because bees repair combs.",
    ),
    # stingless bees
    (
        "oMo109",
        "vi",
        "cattien",
        "Chuyển giao kỹ thuật nuôi ong dú trong hộp gỗ",
        "Hộ nuôi hơn 10 năm chuyển giao cách đưa đàn ong dú hoang về nuôi: hộp gỗ nhỏ nhiều ngăn, một mặt nhựa "
        "trong để quan sát, đặt trên kệ nơi thoáng; sau khoảng 2 năm đàn quen chỗ mới thì tách đàn, lấy mật "
        "hợp lý và bảo quản mật.",
    ),
    (
        "oMo110",
        "vi",
        "phuyen",
        "Cung cấp đàn ong dú giống",
        "Trang trại hơn 400 tổ ong dú bán đàn giống: ong không ngòi đốt, hiền, ít công chăm sóc, không phải cho "
        "ăn; mỗi tổ cho khoảng 200–500 ml mật mỗi năm, người nuôi hút một phần và chừa lại cho đàn phát triển.",
    ),
    (
        "oMo111",
        "vi",
        "ongdu_wiki",
        "Thông tin đặc tính mật ong dú cho cơ sở chế biến",
        "Tài liệu về ong dú (ong không ngòi đốt): tổ tự nhiên cỡ 20–25 x 30–40 cm cho 0,4–0,7 lít mật; mật vị "
        "ngọt thanh, hơi chua do độ axit cao, thủy phần trung bình khoảng 25% mà không hỏng khi bảo quản.",
    ),
    (
        "oMo112",
        "vi",
        "tracuu_du",
        "Nhận biết và xử lý bệnh ở đàn ong dú",
        "Hướng dẫn nhận biết đàn ong dú có vấn đề và các bệnh thường gặp: thối ấu trùng châu Âu (ấu trùng vàng, "
        "nâu, đen, mùi hôi), thối ấu trùng Mỹ, ve ký sinh; cách cách ly đàn bệnh, vệ sinh, thay tổ.",
    ),
    (
        "oMo113",
        "vi",
        "igi",
        "Nhân đàn ong dú bằng phương pháp tách đàn",
        "Chuyển giao phương pháp nhân đàn ong không ngòi đốt: chuyển một phần nhộng kèm mũ chúa từ khúc gỗ "
        "sang hộp trống; thử nghiệm cho 80% hộp mới thành đàn có chúa mới, không phải chặt cây lấy tổ hoang.",
    ),
    (
        "oMo114",
        "en",
        "lrrd",
        "Tetragonula meliponiculture and honey analysis",
        "Research team offering domestication and hive techniques for Tetragonula laeviceps and analysis of "
        "stingless bee honey: sugars, moisture, protein, ash, phenolics, flavonoids, vitamin C, antioxidant "
        "activity, minerals and amino acids.",
    ),
    (
        "oMo115",
        "en",
        "echo",
        "Stingless beekeeping guide for Southeast Asia",
        "Development organisation's introductory guide to meliponiculture in tropical Asia: species, hive "
        "boxes, transferring colonies, harvesting honey, pot pollen and propolis, and dealing with bees that "
        "bite instead of sting.",
    ),
    # floral honeys: coconut, melaleuca, mangrove
    (
        "oMo116",
        "vi",
        "thanhphu",
        "Chuyển giao mô hình nuôi ong mật trong vườn dừa",
        "Hội nông dân xã và hộ nuôi ong giỏi chuyển giao kinh nghiệm nuôi ong lấy mật trong vườn dừa xen cây ăn "
        "quả: sau Tết chuẩn bị cho ong xây tổ; kết thúc chia đàn khoảng giữa tháng 2 âm lịch, trước vụ mật 10 "
        "ngày; thu mật cao điểm từ cuối tháng 2 đến cuối tháng 4 âm lịch; buổi sáng kiểm tra cóc phá tổ.",
    ),
    (
        "oMo117",
        "vi",
        "uminh",
        "Kỹ thuật gác kèo ong dưới tán rừng tràm",
        "Chuyển giao nghề gác kèo ong truyền thống của cư dân rừng tràm: dựng kèo nghiêng để ong mật hoang đến "
        "làm tổ, khai thác từ tháng 11 đến cuối tháng 3 âm lịch; tận dụng sáp làm đèn cầy và ong non làm thực "
        "phẩm; kinh nghiệm xây dựng nhãn hiệu tập thể cho mật ong rừng tràm.",
    ),
    (
        "oMo118",
        "vi",
        "tcntm",
        "Tư vấn khai thác mật ong tràm theo mùa",
        "Tư vấn cho hộ gác kèo: ong về làm tổ khi hoa tràm nở rộ, từ lúc làm tổ đến lúc lấy mật khoảng 20–30 "
        "ngày; mật mùa khô đặc, ngọt thanh, thơm mùi bông tràm, mật mùa mưa loãng hơn; giữ uy tín bằng cách "
        "không cho ong ăn đường, không pha trộn.",
    ),
    (
        "oMo119",
        "vi",
        "suvet",
        "Khai thác mật ong hoa sú vẹt rừng ngập mặn",
        "Người nuôi ong di chuyển đàn ra rừng ngập mặn ven biển mùa hoa sú, vẹt nở (tháng 5 đến tháng 8) để lấy "
        "mật; chia sẻ kỹ thuật quay mật sớm từ 4 giờ sáng tránh nắng nóng và cách kết hợp bảo vệ hệ sinh thái "
        "rừng ngập mặn.",
    ),
    (
        "oMo120",
        "en",
        "albertsen",
        "Mangrove apiary programme for coastal communities",
        "Programme placing honey bee hives among mangroves on tropical coasts: mangrove honey gives coastal "
        "households a climate-resilient income, the bees pollinate the mangroves, and occupied hives deter "
        "illegal cutting.",
    ),
    (
        "oMo121",
        "en",
        "kenya_mida",
        "Community mangrove beekeeping model",
        "A fishing and conservation group shares its model of keeping beehives inside a mangrove creek "
        "reserve with eight mangrove species: members check hives between fishing and guiding work, earning "
        "extra income while strengthening community protection of the forest.",
    ),
    (
        "oMo122",
        "en",
        "campeche",
        "Study of beekeeping practices in mangrove areas",
        "Researchers surveyed 28 mangrove-area beekeepers (average 23.6 years' experience) and report 65.37 kg "
        "of honey per colony a year, peaking at the dry-to-rainy transition, with queen replacement, feeding, "
        "colony division, migratory and stationary apiaries and organic certification.",
    ),
    (
        "oMo123",
        "en",
        "umngazi",
        "Mangrove honey value chain: bottling plant and training",
        "Foundation-funded project that gave a mangrove village a food-safe honey bottling plant, training in "
        "food safety and financial management, and retail access; the project grew from 39 to 450 hives while "
        "reducing pressure on the mangroves.",
    ),
    (
        "oMo124",
        "en",
        "qld_mangrove",
        "Characterisation of mangrove honey",
        "Honey profiling service describing mangrove honey: grey and river mangroves give light, almost "
        "water-white honey, darker batches come from coastal hardwoods and melaleuca in the same window; "
        "reported markers include high proline and elevated sodium; bees on estuaries collect sea water.",
    ),
    (
        "oMo125",
        "en",
        "guyana",
        "Beekeeping alongside mangrove restoration",
        "Third-generation beekeeper runs close to 100 hives near restored black (honey) mangrove forest whose "
        "small white flowers give abundant nectar and high-quality honey; offers site visits and partnership "
        "to link mangrove protection with livelihoods.",
    ),
    # records and traceability
    (
        "oMo126",
        "en",
        "appiculture",
        "Free apiary management software",
        "Free, open-source program that helps beekeepers organise and keep track of routine apiary work; every "
        "feature is available to users without restriction.",
    ),
    (
        "oMo127",
        "en",
        "bie",
        "Beekeeping information exchange specification",
        "Open specification for exchanging beekeeping data between actors: defines apiary, hive, beekeeper, "
        "colony, pollination and swarm so records can move between software and support traceability of "
        "honey lots.",
    ),
    (
        "oMo128",
        "en",
        "lynbee",
        "Apiary record-keeping app",
        "Mobile app in which beekeepers log inspections, harvests and other work hive by hive and generate "
        "summary reports of income, costs and colony performance.",
    ),
    # distractors: neighbouring fields sharing words with the needs
    (
        "oMo129",
        "vi",
        "matdua",
        "Thu mua mật hoa dừa (nhựa bắp hoa dừa)",
        "Công ty mật dừa thu mua mật hoa dừa xiêm của nhà vườn: gõ bắp hoa trước 3 ngày, cắt vạt mỏng hai lần "
        "mỗi ngày cho nhựa chảy vào túi; một bắp cho khoảng 30 lít trong 30 ngày, giá 8.000–10.000 đồng/kg, "
        "thu nhập gấp 3–4 lần bán trái.",
    ),
    (
        "oMo130",
        "vi",
        "dantri_dua",
        "Mô hình trồng dừa lấy mật từ hoa",
        "Chuyển giao kỹ thuật khai thác nhựa hoa dừa thay cho bán trái: mỗi hoa cho mật khoảng 20 ngày, mỗi "
        "ngày 1 lít, bán 20.000 đồng/lít mật thô; hoa bán cho cơ sở 70.000 đồng mỗi hoa.",
    ),
    (
        "oMo131",
        "en",
        "winebiz",
        "Commercial mead production consulting",
        "Consulting for wineries adding mead (honey wine): honey-to-water ratios for strength and residual "
        "sugar, choice of honey for flavour, still or sparkling styles, and using winery equipment year-round.",
    ),
    (
        "oMo132",
        "en",
        "brilliaz",
        "Small-batch honey wine kits and recipes",
        "Home mead kits: sanitised fermenter, wine yeast, hydrometer and recipes layering fruit and spice; "
        "fermentation kept at 68-72 °F.",
    ),
    (
        "oMo133",
        "en",
        "ecofarm",
        "Wild mead making workshop",
        "Workshop on fermenting honey with water and wild yeasts into sweet or dry, still or sparkling mead of "
        "up to about 20% alcohol.",
    ),
    (
        "oMo134",
        "en",
        "beerco",
        "Mead brewing ingredients",
        "Brewing supplier selling yeasts and ingredients for mead, defined as a drink where at least 51% of "
        "fermentable sugar comes from honey, optionally flavoured with fruit, spice or hops.",
    ),
    (
        "oMo135",
        "vi",
        "baolaocai",
        "Nến thơm thủ công từ sáp ong",
        "Tổ sản xuất nến tự nhiên 10 thành viên làm nến từ sáp ong, bấc sợi lanh và tinh dầu: đun sáp chảy ở "
        "60–70 °C, hàn bấc vào khuôn, đổ sáp, để nguội rồi tháo khuôn; nhận đặt hàng quà tặng.",
    ),
    (
        "oMo136",
        "vi",
        "greengarden",
        "Mỹ phẩm và sản phẩm làm đẹp từ sáp ong",
        "Cửa hàng giới thiệu sáp ong và công dụng trong mỹ phẩm, dược phẩm, thực phẩm: son dưỡng, kem dưỡng "
        "da, sản phẩm chăm sóc sức khỏe từ sáp ong tự nhiên.",
    ),
    (
        "oMo137",
        "en",
        "permies",
        "Beeswax salve making",
        "Craft workshop making salves from infused oil and beeswax at four parts oil to one part wax, poured "
        "into small silicone moulds of 25 g.",
    ),
    (
        "oMo138",
        "vi",
        "xuatxuuc",
        "Sữa ong chúa dạng viên nang nhập khẩu",
        "Nhà phân phối bán sữa ong chúa dạng tươi trong lọ thủy tinh và dạng viên nang nhập khẩu, giải thích "
        "khác biệt hai dạng cho người tiêu dùng.",
    ),
    (
        "oMo139",
        "en",
        "infomory",
        "Royal jelly dietary supplements",
        "Retailer of royal jelly supplements marketed for B-vitamin, mineral and enzyme content, sometimes "
        "mixed with honey or wax for shelf life.",
    ),
    (
        "oMo140",
        "vi",
        "suckhoe",
        "Tư vấn sử dụng mật ong cho sức khỏe",
        "Chuyên mục tư vấn sức khỏe về tác dụng của mật ong: bồi bổ, giảm mệt mỏi, làm dịu ho, viêm họng, vết "
        "bỏng nhẹ; hướng dẫn dùng mật ong trong gia đình.",
    ),
    (
        "oMo141",
        "vi",
        "nld_camau",
        "Tour trải nghiệm bắt ong mật rừng tràm",
        "Khu du lịch sinh thái tổ chức cho du khách đội mũ lưới, xem thợ hun khói, cắt bắp mật ong và thưởng "
        "thức mật giữa rừng tràm dịp lễ Tết.",
    ),
    (
        "oMo142",
        "vi",
        "taucaotoc",
        "Mật ong rừng tràm làm quà đặc sản",
        "Cửa hàng bán mật ong rừng tràm làm quà biếu, giới thiệu thành phần đường, khoáng và công dụng bồi bổ "
        "sức khỏe của mật ong.",
    ),
    (
        "oMo143",
        "vi",
        "mango2lua",
        "Kỹ thuật điều khiển xoài ra hoa nghịch mùa",
        "Hướng dẫn xử lý ra hoa xoài trái vụ: tác động của nhiệt độ đêm dưới 20 °C, xiết nước, tuổi cành và "
        "giống xoài đến sự ra hoa.",
    ),
    (
        "oMo144",
        "vi",
        "docz_phucu",
        "Nghiên cứu hiện trạng quản lý thuốc BVTV cấp huyện",
        "Luận văn thạc sĩ khoa học môi trường đánh giá hiện trạng kinh doanh, sử dụng và quản lý thuốc bảo vệ "
        "thực vật trên địa bàn một huyện và đề xuất giải pháp quản lý.",
    ),
    (
        "oMo145",
        "vi",
        "danviet_bvtv",
        "Khuyến cáo sử dụng thuốc BVTV đúng cách",
        "Khuyến cáo của cơ quan bảo vệ thực vật về lỗi thường gặp của nông dân: dùng quá liều, dùng thuốc ngoài "
        "danh mục, không tuân thủ thời gian cách ly.",
    ),
    (
        "oMo146",
        "en",
        "hometest",
        "Home tests for honey purity",
        "Consumer tips for checking honey at home: water glass test, flame test with a cotton wick, thumb test "
        "and vinegar test.",
    ),
    (
        "oMo147",
        "vi",
        "trove",
        "Hỏi đáp kinh nghiệm chọn mua mật ong",
        "Bài tổng hợp giải đáp thắc mắc của người mua về mật ong rừng và mật ong nuôi, giá bán phổ biến và cách "
        "chọn mua mật ong cho gia đình.",
    ),
    (
        "oMo148",
        "vi",
        "kenh14",
        "Tin tiêu dùng: mật ong Manuka và mật ong rừng",
        "Bài viết so sánh mật ong Manuka giá 1.000–1.500 USD/kg với mật ong rừng trong nước cho người tiêu dùng.",
    ),
    (
        "oMo149",
        "en",
        "grokip",
        "Encyclopaedia entry on the honey extractor",
        "Reference article on the history and physics of the honey extractor, from movable-frame hives in the "
        "19th century to world honey output of over 1.9 million tonnes.",
    ),
    (
        "oMo150",
        "en",
        "sciencelib",
        "Taxonomic checklist of stingless bee genera",
        "Species-list page giving the classification of the tribe Meliponini and its genera, with literature "
        "references.",
    ),
    (
        "oMo151",
        "en",
        "boxchoices",
        "History of the Langstroth hive",
        "Article on the original 1852 Langstroth hive design and how modern 'Langstroth' frames differ by "
        "region and maker.",
    ),
    (
        "oMo152",
        "en",
        "questionai_wm",
        "Species profile: lesser wax moth",
        "Encyclopaedic profile of the lesser wax moth Achroia grisella: classification, distribution and biology.",
    ),
    (
        "oMo153",
        "vi",
        "nta_sap",
        "Sáp ong dược dụng Cera alba và Cera flava",
        "Nhà thuốc giới thiệu sáp ong trắng và sáp ong vàng làm tá dược: đặc điểm, tính chất vật lý, độ mềm ở "
        "30–35 °C, độ tan trong dung môi và ứng dụng bào chế.",
    ),
    (
        "oMo154",
        "vi",
        "vugarden",
        "Trồng táo đỏ trong chậu",
        "Vườn cây cảnh hướng dẫn trồng táo đỏ mini trong chậu: chọn giống, giá thể, ánh sáng 6–8 giờ, kỹ thuật "
        "hãm cây cho ra hoa đậu quả.",
    ),
    (
        "oMo155",
        "en",
        "askthecat",
        "Bee pollen nutritional supplement",
        "Direct-sales company describing its bee pollen supplement and how pollen traps knock about half of the "
        "pellets from bees' legs.",
    ),
    (
        "oMo156",
        "vi",
        "kyluc",
        "Đề cử đặc sản mật ong rừng tràm",
        "Chương trình bình chọn đặc sản giới thiệu mật ong rừng tràm: màu vàng trong, đặc, không pha trộn, để "
        "lâu không đổi màu, và lịch sử nghề gác kèo ong.",
    ),
    (
        "oMo157",
        "vi",
        "hungyen",
        "Du lịch thưởng thức mật ong hoa nhãn",
        "Điểm du lịch giới thiệu mật ong hoa nhãn mùa tháng 2–3 âm lịch: màu vàng óng, thơm hương nhãn, chứa "
        "nhiều vitamin, làm quà cho du khách.",
    ),
    (
        "oMo158",
        "vi",
        "matongdu",
        "Bán mật ong dú nguyên chất",
        "Cửa hàng bán mật ong dú (ong không ngòi đốt) với giới thiệu công dụng y học và làm đẹp, vị ngọt chua "
        "đặc trưng.",
    ),
]
