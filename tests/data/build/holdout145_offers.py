"""Offers for holdout145 (fish sauce, vinegar, soy sauce and fermented condiments).

Rows: (id, language, source key, title, description). About a fifth are distractors from neighbouring fields
(wastewater, by-products, drinks, tourism, fishing logistics...). Written blind (only labelled_set.py read).
"""

OFFERS = [
    # ---- (A) traditional fish sauce ----
    (
        "nQo001",
        "vi",
        "a_bahai",
        "Chuyển giao quy trình ủ chượp nước mắm cá cơm truyền thống trong thùng gỗ",
        "Cơ sở nước mắm truyền thống nhận chuyển giao quy trình: cá cơm tươi rửa sạch, trộn muối biển theo tỷ lệ 3 cá : 1 muối "
        "(3 tấn cá với 1 tấn muối), cho vào thùng chượp gỗ đai mây, phủ lớp muối dày và gài nén, ủ 12–15 tháng; mỗi thùng "
        "đánh số để theo dõi, sau đó kéo rút, đảo trộn và lọc cho ra nước mắm màu cánh gián. Hướng dẫn cả khâu phơi bể và "
        "người trông coi trong thời gian ủ.",
    ),
    (
        "nQo002",
        "en",
        "a_hoahiep",
        "Traditional anchovy fish sauce know-how: 3:1 barrel fermentation, 40N first press and 60N concentration",
        "A fish sauce producer shares its production know-how: fresh anchovies and pure sea salt mixed at 3:1 and fermented "
        "in large wooden barrels for 18 to 24 months; too much fish spoils the batch, too much salt slows it and makes the "
        "sauce harsh. The first-press sauce is drawn and filtered to 40N protein grade, and a vacuum concentration step "
        "removes salt and water to reach premium 60N (two litres of 40N give one litre of 60N). Quality control covers "
        "protein, colour, aroma and food-safety compliance before bottling.",
    ),
    (
        "nQo003",
        "en",
        "a_phuquoc",
        "Building traditional wooden fish sauce fermentation barrels",
        "Craftsmen from a heritage fish sauce island offer to build and restore the wide-mouthed wooden fermentation barrels "
        "used for anchovy sauce: 55 planks of equal size (2.2 m long, 20 cm wide, 6 cm thick), mouth about 3.2 m and base "
        "about 2.6 m across, bound with green rattan. Older, well-kept barrels last longer and give better sauce; the "
        "barrels suit a three-anchovy-to-one-salt recipe fermented for 10 to 15 months.",
    ),
    (
        "nQo004",
        "vi",
        "a_tin",
        "Tư vấn thiết kế nhà thùng gỗ bời lời ủ chượp nước mắm",
        "Doanh nghiệp nước mắm Phan Thiết tư vấn xây dựng nhà thùng ủ chượp theo kiểu truyền thống: thùng lều bằng gỗ bời "
        "lời, bố trí nhà thùng, cách nạp cá và muối, gài nén và chăm sóc chượp để ra nước mắm nhĩ chỉ từ cá và muối, độ đạm "
        "tự nhiên, hậu vị ngọt. Kinh nghiệm gần 300 năm nghề nước mắm của vùng.",
    ),
    (
        "nQo005",
        "en",
        "a_forum",
        "Small-batch earthenware jar method for genuine fish sauce",
        "Practical guide for household producers: rinse and drain the fish, mix two to three parts fish with one part sea "
        "salt by weight, pack into large earthenware jars with salt on the bottom and top, lay a woven bamboo mat and heavy "
        "stones on top, cover and keep in the sun for nine months to a year, airing the jars from time to time. Draw the "
        "liquid through a bottom spigot or by siphon, strain through clean cloth and sun the filtered sauce for a couple of "
        "weeks before bottling.",
    ),
    (
        "nQo006",
        "vi",
        "a_cacom",
        "Đánh giá các yếu tố ảnh hưởng đến chất lượng nước mắm cá cơm",
        "Nhóm nghiên cứu công nghệ thực phẩm nhận khảo sát và đánh giá các yếu tố ảnh hưởng đến chất lượng nước mắm cá cơm: "
        "loài cá (cá cơm ruồi, cá cơm trắng, cá cơm săng...), mùa vụ và độ tươi, muối, điều kiện ủ. Từ kết quả phân tích "
        "mẫu, đề xuất cho cơ sở cách khắc phục nước mắm kém đạm, có mùi lạ.",
    ),
    (
        "nQo007",
        "vi",
        "a_bamam",
        "Máy lọc nước mắm khép kín, công suất 150–300 lít/giờ",
        "Cung cấp hệ thống lọc nước mắm gồm bình chứa túi lọc polyester chịu mặn và lõi lọc PP đạt chuẩn thực phẩm, hoạt động "
        "có áp lực, công suất 150–300 lít/giờ, khép kín để giảm tiếp xúc môi trường. Loại bỏ cặn mịn, xác cá chưa phân hủy và "
        "tinh thể muối, giữ màu và hương vị truyền thống; kèm hướng dẫn xử lý nước mắm đục, lắng cặn.",
    ),
    (
        "nQo008",
        "vi",
        "a_tcvn",
        "Tư vấn áp dụng TCVN 5107:2018 về nước mắm và nước mắm nguyên chất",
        "Đơn vị tư vấn tiêu chuẩn hướng dẫn áp dụng TCVN 5107:2018 (thay thế TCVN 5107:2003): định nghĩa nước mắm nguyên chất "
        "là dịch lỏng trong thu từ chượp chín của cá và muối lên men tự nhiên ít nhất 6 tháng; các tài liệu viện dẫn về muối "
        "thực phẩm, chượp chín (TCVN 8336:2010), phương pháp xác định nitơ tổng số, nitơ amoniac, natri clorua và pH. Hỗ trợ "
        "ghi nhãn và công bố sản phẩm.",
    ),
    (
        "nQo009",
        "en",
        "a_sggp",
        "Apprenticeship in a 200-year-old fish sauce village",
        "A traditional fish sauce village cooperative in Phan Thiết offers on-site apprenticeships during the peak season "
        "(7th to 9th lunar month): selecting fresh black and striped anchovies, washing and mixing them with sea salt at the "
        "'three fish, one salt' ratio, loading pots and wooden barrels, sun exposure, and drawing the sauce after 12 months "
        "of brewing, followed by modern, clean bottling.",
    ),
    (
        "nQo010",
        "vi",
        "a_daicat",
        "Cung cấp nước mắm cốt truyền thống cho đơn vị đóng chai",
        "Nhà thùng cung cấp nước mắm cốt ủ chượp thủ công chỉ từ cá và muối, không chất bảo quản hay phụ gia; thủy phân nhờ "
        "enzyme trong ruột cá và vi khuẩn kỵ khí chịu mặn, vị mặn ngọt hậu tự nhiên. Nhận bán số lượng lớn cho cơ sở pha "
        "đấu, đóng chai mang nhãn riêng.",
    ),
    (
        "nQo011",
        "en",
        "a_tau",
        "On-board chilling and holding of catch for offshore fishing vessels",
        "A marine fisheries research institute advises on keeping catch fresh on board: surveys of 4,201 vessels show that "
        "most use crushed-ice chilling or chilled-seawater immersion in holds insulated with styrofoam or PU, and that "
        "immersion chilling keeps quality for under 10 days. The institute proposes pre-cooling on deck, better hold "
        "insulation and refrigeration-assisted chilling, with designs adapted to each gear type.",
    ),
    (
        "nQo012",
        "en",
        "a_eatsip",
        "Small-scale fish sauce recipe and method guide",
        "A food writer's tested guide to making fish sauce at small scale: 15 lb of fresh anchovies or other small oily fish "
        "with 5 lb of non-iodised sea salt, the 3:1 fish-to-salt weight ratio that keeps harmful bacteria out while the "
        "fish's own enzymes break down the protein, and the long, patient fermentation of about a year.",
    ),
    (
        "nQo013",
        "vi",
        "a_dacsan",
        "Tư vấn chọn cá cơm và muối cho nước mắm ngon",
        "Chuyên gia nước mắm tư vấn chọn nguyên liệu theo kinh nghiệm các vùng nổi tiếng: cá cơm sọc tiêu, cá cơm than, cá "
        "cơm phấn chì đánh bắt tươi, muối hạt không phèn, không tạp chất (như muối Bà Rịa – Vũng Tàu); ảnh hưởng của "
        "nguyên liệu đến màu cánh gián, độ trong và vị mặn ngọt có hậu của nước mắm.",
    ),
    # ---- (B) faster fermentation, koji, histamine ----
    (
        "nQo014",
        "vi",
        "b_protex",
        "Chất khởi động Protex 51FP thúc nhanh lên men nước mắm cá cơm",
        "Khoa Công nghệ thực phẩm (Học viện Nông nghiệp Việt Nam) giới thiệu kết quả dùng enzyme Protex 51FP làm chất khởi "
        "động cho chượp cá cơm: trong quy trình thông thường cá trộn muối 2:1 đến 3:1 và lên men 5–24 tháng, còn bổ sung "
        "protease ngoại sinh (hoặc vi sinh vật khởi động, vốn có thể rút 40% thời gian) giúp thủy phân nhanh hơn dù nồng độ "
        "muối cao. Sẵn sàng hướng dẫn liều dùng và theo dõi chượp.",
    ),
    (
        "nQo015",
        "vi",
        "b_caduc",
        "Dùng enzyme protease thương mại sản xuất nước mắm cá đù",
        "Nhóm nghiên cứu Khoa Chế biến, Trường Đại học Nha Trang chuyển giao kết quả sử dụng enzyme protease thương mại để "
        "sản xuất nước mắm từ cá đù, loại cá giá thấp: theo dõi nitơ tổng số, nitơ axit amin, nitơ amoniac trong dịch "
        "thủy phân, chọn liều enzyme và thời gian thủy phân phù hợp.",
    ),
    (
        "nQo016",
        "vi",
        "b_protease_micro",
        "Protease từ vi sinh vật cho nước mắm ngắn ngày",
        "Trường Đại học Khoa học Tự nhiên TP.HCM (bộ môn Hóa sinh) có quy trình thu nhận enzyme protease từ vi sinh vật và "
        "ứng dụng vào lên men nước mắm ngắn ngày; so sánh phương pháp hóa học và sinh học thủy phân protein cá, đánh giá "
        "các yếu tố ảnh hưởng quá trình chế biến.",
    ),
    (
        "nQo017",
        "vi",
        "b_nontrad",
        "Tư vấn sản xuất nước mắm ngắn ngày bằng protease, không dùng axit",
        "Tư vấn công nghệ nước mắm không truyền thống: phương pháp hóa học dùng HCl nhanh nhưng kém mùi và có nguy cơ tồn dư "
        "3-MCPD; phương pháp bổ sung protease cho thời gian chế biến ngắn, thu nhiều mắm cốt, ít độc hại. Để có hương vị "
        "như nước mắm truyền thống, dịch thủy phân được cho chạy qua chượp tốt hoặc pha đấu với nước mắm cốt.",
    ),
    (
        "nQo018",
        "en",
        "b_canuc",
        "High-protein, short-term fish sauce from scad",
        "A university food technology team (Assoc. Prof. Lê Văn Việt Mẫn's group) documents a process for high-protein fish "
        "sauce made in a short time from scad (cá nục): raw material properties, salt, the microorganisms and enzymes "
        "involved, and the steps that speed up hydrolysis compared with the traditional long fermentation.",
    ),
    (
        "nQo019",
        "en",
        "b_koji_fish",
        "Koji with high protease activity for fish sauce fermentation",
        "Researchers at a fisheries university screened Aspergillus oryzae strains to make koji for fish sauce. The best "
        "strain (As1) gave the highest protease activity with culture at 28 °C, 52% water content and a bran-to-bean-cake "
        "medium of 3:1; temperature mattered most. Koji made with A. oryzae plus Bacillus subtilis showed higher protease "
        "activity than single-strain koji, promising for faster fish sauce fermentation.",
    ),
    (
        "nQo020",
        "en",
        "b_soykoji",
        "Soybean koji as an enzyme source to accelerate fish sauce",
        "Study offer on producing soybean koji (60% soybean) with Aspergillus oryzae for adding to fish sauce fermentation. "
        "Peak enzyme activities were neutral protease 84.38, alkaline protease 41.35 and amylase 200 units per gram dry "
        "weight, reached when spores formed after 48 hours of culture; enzyme activity tracked mould growth.",
    ),
    (
        "nQo021",
        "en",
        "b_tetra",
        "Tetragenococcus halophilus starter culture for better-flavoured, lower-histamine fish sauce",
        "A food technology school offers strains of Tetragenococcus halophilus isolated from fish sauce mashes as starter "
        "cultures: added at about 10^6 CFU/mL to anchovy with 25% NaCl, they raised amino acid content (mainly glutamic "
        "acid) of six-month sauce, two strains reduced histamine, and inoculated sauces had less dimethyl disulfide, the "
        "compound behind a faecal off-note.",
    ),
    (
        "nQo022",
        "en",
        "b_smelt",
        "Starter cultures without the histidine decarboxylase gene for low-histamine fish sauce",
        "Research results on fish sauces brewed with three Tetragenococcus halophilus starters, including strains that lack "
        "the histidine decarboxylase gene: the starters brought mash pH below 5.0 within 21 days and kept it there, "
        "histamine-producing bacteria stayed below 9.3 × 10 MPN/g and histamine below 113 mg/L throughout fermentation.",
    ),
    (
        "nQo023",
        "en",
        "b_halobact",
        "Halobacterium starter culture to accelerate fish sauce fermentation",
        "A microbiology department offers the extremely halophilic Halobacterium sp. SP1(1) as a starter that accelerates "
        "fish sauce fermentation through its extracellular protease: protease activity, peptide release and alpha-amino "
        "content peaked at day 10 in inoculated tanks against day 20 in controls, with a good amino acid profile and no "
        "non-halophilic organisms in the final sauce.",
    ),
    (
        "nQo024",
        "en",
        "b_debuckii",
        "Histamine-degrading bacterium for removing histamine from fish sauce",
        "Researchers isolated Staphylococcus debuckii from salted fish; it degrades histamine in media with very high salt "
        "(25% NaCl, pH 7, 25 °C). They optimised temperature and salt conditions and built a regression model tested on "
        "local fish sauce spiked with histamine, aiming to bring sauces within legal histamine limits.",
    ),
    (
        "nQo025",
        "en",
        "b_tannin",
        "Tannin treatment to remove histamine from finished fish sauce",
        "A food science group reports a simple, low-cost treatment: adding tannins (mimosa, chestnut, persimmon, quebracho "
        "and others) removed about 30–60% of histamine from 13 high-histamine fish sauces out of 36 Japanese, Thai and "
        "Vietnamese samples (15–437 ppm), with little change in amino acids, helping meet the Codex limit of 400 ppm.",
    ),
    (
        "nQo026",
        "vi",
        "b_camtu",
        "Ảnh hưởng độ tươi và cách bảo quản cá cơm đến histamine trong nước mắm",
        "Nhóm nghiên cứu Trường Đại học Nha Trang (đề tài sản xuất nước mắm histamine thấp) chuyển giao kết quả về ảnh hưởng "
        "của độ tươi và phương pháp bảo quản cá cơm nguyên liệu đến hàm lượng histamine trong nước mắm làm theo phương pháp "
        "gài nén truyền thống; hướng dẫn cách bảo quản cá trước khi ướp để hạ histamine.",
    ),
    (
        "nQo027",
        "vi",
        "b_binhthuan",
        "Cơ giới hóa nhà thùng và giải pháp hạ histamine theo mô hình Phan Thiết",
        "Chia sẻ mô hình các cơ sở nước mắm Phan Thiết đã cải tiến: vít tải chuyển cá đã trộn muối lên thùng của cầu trục, "
        "cơ giới hóa khâu nạp chượp, cùng các biện pháp hạ histamine để đáp ứng mức 400 ppm của Codex. Cả nước có hơn 4.200 cơ "
        "sở, sản lượng gần 380 triệu lít/năm nhưng xuất khẩu mới khoảng 12,6%, một phần vì histamine cao.",
    ),
    (
        "nQo028",
        "vi",
        "b_vtt",
        "Chuyên gia an toàn thực phẩm tư vấn kiểm soát histamine từ nguyên liệu",
        "Chuyên gia an toàn thực phẩm tư vấn cho cơ sở chế biến: histamine sinh ra khi cá bảo quản kém, nhất là cá bơi nhanh, "
        "thịt đỏ; ngộ độc scombrotoxin xuất hiện 10 phút đến 2 giờ sau khi ăn. Hướng dẫn kiểm soát nhiệt độ và thời gian từ "
        "khi đánh bắt, tiêu chí nhận cá và cách đánh giá nguy cơ histamine trong nước mắm truyền thống.",
    ),
    (
        "nQo029",
        "en",
        "b_knowpantry",
        "Guidance on salting and chilling anchovy at sea to retard histamine",
        "Food-safety guidance for fish sauce raw material: Indian anchovy (Stolephorus) is the main species, caught and "
        "mixed with salt on board to hold back histamine formation; histamine-forming bacteria grow when warm-water fish "
        "wait between death and chilling, so prompt icing or salting and refrigerated holding are essential.",
    ),
    (
        "nQo030",
        "vi",
        "b_enzyme_phuong",
        "Ứng dụng phương pháp enzyme cải tiến quy trình sản xuất nước mắm",
        "Báo cáo tổng kết đề tài (ThS. Phạm Khánh Phương, 2013) về ứng dụng enzyme để cải tiến quy trình nước mắm nhằm hạ "
        "giá thành, tăng sản lượng mà vẫn giữ chất lượng để đáp ứng cả thị trường trong nước và xuất khẩu; sẵn sàng chuyển "
        "giao quy trình bổ sung enzyme vào chượp.",
    ),
    (
        "nQo031",
        "en",
        "b_ntro",
        "Batch-by-batch histamine testing of fish sauce",
        "A food testing service notes that histamine in fish sauce varies widely from batch to batch with raw fish freshness, "
        "bacterial strains and fermentation length and temperature, so only laboratory testing reveals the level of a given "
        "lot. It offers histamine analysis of each production batch for producers and traders.",
    ),
    (
        "nQo032",
        "en",
        "b_papain",
        "Papain to cut fish sauce and fish paste fermentation from months to days",
        "A national fisheries research institute offers its method using papain, the dried latex of papaya, as a "
        "proteolytic agent for fish paste (bagoong) and fish sauce (patis): 0.3–0.5% purified papain reduced a fermentation "
        "of six months or more to 4–7 days without destroying the characteristic flavour; crude papaya latex worked too.",
    ),
    (
        "nQo033",
        "en",
        "b_kits_peeref",
        "Comparison and validation of rapid histamine test kits",
        "A food-control laboratory offers validation of rapid histamine kits: an enzymatic histamine dehydrogenase kit and a "
        "lateral-flow dipstick compared with the Veratox ELISA on spiked and naturally contaminated fish. The enzymatic kit "
        "gave a linear response up to 70 mg/kg, recoveries above 90% with a 30-minute reaction, and no false results at "
        "0 and 50 mg/kg.",
    ),
    (
        "nQo034",
        "en",
        "b_kits_tfp",
        "Choosing histamine test kits for traditional fermented fish products",
        "Researchers evaluated three quantitative and four qualitative commercial histamine kits against an EU-accepted HPLC "
        "method on traditional fish products: the Food EIA kit correlated best (R² = 0.9132, recoveries 89–117%), and "
        "Histasure and Transia semi-quantitative kits, with 50 ppm cut-offs, suit HACCP monitoring. Advice on validating "
        "kits for each product type.",
    ),
    (
        "nQo035",
        "vi",
        "b_biofront",
        "Bộ kit xét nghiệm histamine cho thủy sản, nước mắm",
        "Nhà phân phối cung cấp bộ kit histamine Prognosis Biotech cho phòng kiểm nghiệm và nhà máy: FDA khuyến nghị tối đa "
        "50 ppm trong phần ăn được của cá, Health Canada giới hạn 100 ppm cho phần lớn sản phẩm cá và 200 ppm cho cá cơm, nước "
        "mắm và mắm lên men. Histamine bền nhiệt nên là chỉ dấu của cá đã bị phân hủy trước đó.",
    ),
    (
        "nQo036",
        "en",
        "b_checker",
        "Histamine Checker for visual, on-site histamine screening",
        "A Japanese company offers the Histamine Checker: histamine extracted from fish flesh (fresh or frozen, from any "
        "tissue) is separated by electrophoresis and stained, and the colour intensity shows the amount, so staff can "
        "inspect histamine levels by eye.",
    ),
    # ---- (C) vinegars ----
    (
        "nQo037",
        "vi",
        "c_rice_memart",
        "Quy trình sản xuất giấm gạo cho nhà máy và cơ sở nhỏ",
        "Tài liệu và tư vấn quy trình giấm gạo hai giai đoạn: tinh bột gạo lên men rượu thành ethanol, rồi lên men acetic "
        "thành giấm có 3–5% axit axetic; giấm gạo trắng, giấm gạo đỏ, đen từ nếp than; các bước sơ chế gạo, lên men, lọc, "
        "đóng chai, từ quy mô nhà máy đến hộ gia đình.",
    ),
    (
        "nQo038",
        "vi",
        "c_golden",
        "Cung cấp con giấm mồi và hướng dẫn nuôi giấm gạo truyền thống",
        "Cơ sở giấm hoa quả cung cấp giấm mồi (con giấm) và hướng dẫn nuôi giấm gạo: cơm nguội với rượu trắng 30–35 độ và "
        "đường, ủ 7–10 ngày ở 25–30 °C, thêm con giấm rồi ủ tiếp 2–4 tuần đến khi có lớp con giấm nổi và mùi chua dịu; lọc "
        "bỏ bã, đóng chai thủy tinh sạch.",
    ),
    (
        "nQo039",
        "vi",
        "c_xetai",
        "Tư vấn tối ưu quá trình lên men giấm (acetic)",
        "Tư vấn kỹ thuật lên men giấm: vi khuẩn Acetobacter oxy hóa ethanol thành acetaldehyde rồi axit axetic nhờ alcohol "
        "dehydrogenase và aldehyde dehydrogenase; nồng độ ethanol ban đầu tối ưu 5–10%, nhiệt độ 25–30 °C, cung cấp oxy đầy "
        "đủ; nhận diện nguyên nhân hiệu suất thấp.",
    ),
    (
        "nQo040",
        "vi",
        "c_giaman",
        "Phân biệt giấm lên men tự nhiên với giấm pha axit",
        "Dịch vụ đánh giá giấm ăn: giấm lên men tự nhiên có 2–7% axit axetic sinh học, có axit amin, vitamin, khoáng, mùi "
        "thơm dịu, màu hơi vàng; giấm pha axit công nghiệp chua gắt, trong suốt, không có dưỡng chất. Phân tích mẫu và tư "
        "vấn nhận diện sản phẩm pha trộn.",
    ),
    (
        "nQo041",
        "en",
        "c_itdi",
        "Coconut water vinegar process with pure vinegar starter (ITDI)",
        "The Industrial Technology Development Institute (DOST, Philippines) offers its coconut water vinegar process: "
        "strain 3 litres of coconut water, dissolve 2¼ cups of sugar, pasteurise 20 minutes at 65 °C, cool, add ¼ tsp "
        "yeast and ferment closed for 4–7 days, decant and re-heat 20 minutes at 65 °C, then add 1 litre of mother vinegar "
        "and leave about a month until full acidity. Pure starter cultures are available from the institute.",
    ),
    (
        "nQo042",
        "en",
        "c_ccc",
        "Coconut vinegar technology package from an intergovernmental coconut body",
        "Technology profile for coconut vinegar from coconut water or sap: filter the water, sweeten to 15 °Brix, boil, "
        "cool, inoculate with active dry yeast at 1.5 g per litre, ferment 5–7 days, then acetify with Acetobacter for up "
        "to 7 days and siphon off. Vinegar should contain at least 4% acetic acid with a pH of 2.0–3.5.",
    ),
    (
        "nQo043",
        "en",
        "c_foodrecap",
        "Coconut water vinegar: sugar adjustment, acetification and clarification",
        "Food processing advisers on coconut water vinegar: coconut water has only about 1% sugar and must be raised to "
        "15%; after about seven days of alcoholic fermentation, strong vinegar (10%) is added to start the acetic bacteria "
        "and stop the yeast; acetification takes about a month and yields about 6% acetic acid, faster with a generator. "
        "Clarify with beaten egg white, heat and filter, and store without air to prevent spoilage.",
    ),
    (
        "nQo044",
        "en",
        "c_mardi",
        "Improved coconut water vinegar with back-slopping (MARDI)",
        "MARDI's biotechnology centre offers an improved method for mature coconut water vinegar: adjust to 14 °Brix, "
        "ferment with Saccharomyces cerevisiae to 7–8% alcohol in 7–10 days, then acetify with Acetobacter aceti to at least "
        "4% acetic acid in about two months. A 10% inoculum and back-slopping shortened the acetic stage; coconut sap and "
        "pineapple juice can be used directly.",
    ),
    (
        "nQo045",
        "en",
        "c_mango",
        "Mango drinking vinegar with Komagataeibacter intermedius (Can Tho University)",
        "The Institute of Food and Biotechnology, Can Tho University, offers an optimised process for mango drinking "
        "vinegar: mango juice-to-water 1:10, 4% ethanol, 10 °Brix, initial pH 6 and 1% inoculum of Komagataeibacter "
        "intermedius, with inoculum density, time and temperature optimised by a Box-Behnken design; mango juice is added "
        "after fermentation for flavour, and the product was checked for quality and consumer preference.",
    ),
    (
        "nQo046",
        "en",
        "c_pineapple",
        "Pineapple peel vinegar with a thermotolerant acetic acid bacterium",
        "Researchers offer a thermotolerant Acetobacter pasteurianus strain (FPB2-3) that makes vinegar from whole "
        "pineapple peel by simultaneous fermentation with diammonium phosphate and MgSO4 at pH 5.5: up to 7.2% (w/v) "
        "acetic acid within 16 days, and 6.5% after 25 days when scaled up to 6-litre vessels, with good antioxidant "
        "capacity.",
    ),
    (
        "nQo047",
        "en",
        "c_fruitreview",
        "Consulting on fruit vinegar from surplus or second-grade fruit",
        "An analytical chemistry group advises on fruit vinegar made from fruit by-products: juice preparation by crushing "
        "or pressing, spontaneous versus inoculated alcoholic fermentation, surface versus submerged acetification and "
        "their effect on the final vinegar, commercial starters and thermotolerant bacteria.",
    ),
    (
        "nQo048",
        "en",
        "c_ndpub",
        "Design of generator and submerged acetification systems for vinegar",
        "Engineering consultancy on vinegar fermenters: classic generator tanks of 50,000–60,000 litres packed with beech "
        "shavings, sprayed with recirculated liquid and aerated from below at 27–30 °C with cooling coils; and submerged "
        "culture fermenters (Frings acetator, cavitator, bubble column) that avoid clogging, vinegar eels and alcohol "
        "losses of the generator process.",
    ),
    (
        "nQo049",
        "en",
        "c_acv",
        "Isolation of acetic acid bacteria and a defined vinegar starter culture",
        "A biotechnology college isolates acetic acid bacteria (Acetobacter and Gluconobacter) from vinegar on selective "
        "media and prepares starter consortia, replacing undefined cultures carried over from the previous batch; in a "
        "bench bioreactor the traditional process reached 3.8% acetic acid after three weeks.",
    ),
    (
        "nQo050",
        "vi",
        "c_titration",
        "Xác định hàm lượng axit axetic trong giấm bằng chuẩn độ",
        "Phòng thí nghiệm hóa phân tích nhận xác định hàm lượng axit axetic trong giấm bằng chuẩn độ với dung dịch NaOH và chỉ "
        "thị, đối chiếu mức tối thiểu 4% (40 g axit axetic/lít); hướng dẫn cơ sở tự làm phép chuẩn độ tại xưởng.",
    ),
    (
        "nQo051",
        "vi",
        "c_spiderum",
        "Workshop kỹ thuật làm giấm cồn và giấm ủ",
        "Chuỗi chia sẻ chuyên sâu về lên men tổ chức workshop làm giấm: lịch sử, quy trình và kỹ thuật, giấm cồn (spirit "
        "vinegar) và giấm ủ (aging vinegar), cách dùng giấm trái cây tạo điểm nhấn cho món ăn, kem và tráng miệng; phù hợp "
        "cho bếp nhà hàng và cơ sở nhỏ.",
    ),
    (
        "nQo052",
        "en",
        "c_angelfire",
        "Upgrading vinegar production from surface methods to submerged acetification",
        "Advisory service on modernising vinegar making: the generator method (from 1823) trickles alcoholic feed over "
        "beech shavings with air from below and cuts time from months to weeks; submerged acetification (reported in 1955) "
        "stirs and aerates the mash in fermenters with heat exchangers and achieves acetification within days.",
    ),
    (
        "nQo053",
        "en",
        "c_biodisc",
        "Vinegar process control: mash analysis, titration and yield calculation",
        "Industrial microbiology training on vinegar fermentation: the mash's alcohol (vol. %) and acidity, titrated with "
        "1 N NaOH and expressed as g acetic acid per 100 ml, give its 'total concentration'; from this the concentration "
        "yield and acid yield of each batch are calculated. Covers raw materials, the trickling process and treatment of "
        "raw vinegar.",
    ),
    (
        "nQo054",
        "en",
        "c_slideshare",
        "Training on vinegar fermentation methods and key process factors",
        "Course material on vinegar production: two-step fermentation (sugars to ethanol, ethanol to acetic acid), surface "
        "methods such as the French (Orleans) and trickling generator methods, submerged fermentation in an acetator, and "
        "the effects of temperature, pH, oxygen supply and time.",
    ),
]
OFFERS += [
    # ---- (D) soy sauce, tương and chilli sauces ----
    (
        "nQo055",
        "en",
        "d_kikkoman",
        "Natural brewing of soy sauce: koji-making, brine fermentation and refining",
        "A soy sauce brewer explains and licenses its three-step natural brewing: soybeans and wheat blended under "
        "controlled conditions and inoculated with seed mould, matured three days in large perforated vats with "
        "circulating air; the koji mixed with salt water into moromi and fermented for several months by osmophilic lactic "
        "acid bacteria and yeasts; then pressed through filter cloth, refined, pasteurised and packed.",
    ),
    (
        "nQo056",
        "en",
        "d_yamasa",
        "Shoyu manufacturing know-how: koji room, moromi tanks and slow pressing",
        "A shoyu maker describes its process for partners: wheat roasted and ground, soybeans steamed, koji starter added "
        "and cultured three days in a warm, humid koji room; brine added to make moromi, fermented in controlled tanks "
        "with air agitation so enzymes, yeasts and lactic bacteria work; moromi wrapped in cloth and pressed slowly for up "
        "to three days to give raw soy sauce, which is then sterilised and packed.",
    ),
    (
        "nQo057",
        "en",
        "d_yuasa",
        "Traditional cedar-barrel soy sauce brewing",
        "A historic brewery shows its old-fashioned method: koji from equal amounts of steamed soybeans and toasted wheat "
        "with seed malt, placed with brine in cedar barrels and rested one to two years with repeated stirring by long "
        "sticks; soybeans slowly cooked rather than steamed, raw soy sauce transferred to wooden vats to settle before "
        "the clear top layer is taken as soy sauce.",
    ),
    (
        "nQo058",
        "en",
        "d_reliable",
        "Soy sauce cake (moromi press residue) as an animal feed ingredient",
        "A brewery supplies the residue left after pressing moromi (soy sauce cake) for use in animal feed. Its soy sauce "
        "is naturally brewed from soybean, wheat, salt and water: koji cultured two days, moromi fermented six months in "
        "tanks, filtered and pasteurised.",
    ),
    (
        "nQo059",
        "en",
        "d_clemkuek",
        "Moromi brine preparation and salt level guidance",
        "A home-brewing microbiologist's guide to the moromi stage: a brine of at least 15% but not more than 20% salt "
        "(w/v), e.g. 18%, to immerse koji (1.5 kg of koji in about 1.2 litres of water with 216 g salt); salt favours "
        "halophilic organisms that form glutamic acid and flavour, too little lets off-flavour or pathogenic microbes take "
        "over, too much slows fermentation.",
    ),
    (
        "nQo060",
        "en",
        "d_shiso",
        "Premium soy sauce from whole soybeans with long moromi ageing",
        "An artisan soy sauce brand advises on premium brewing: whole soybeans instead of the defatted soy meal used since "
        "WWII, Aspergillus sojae koji with wheat, moromi fermented up to three years with yeast and lactic bacteria, then "
        "pressed, filtered and heated; whole beans and longer fermentation raise glutamic acid and give a smoother taste.",
    ),
    (
        "nQo061",
        "vi",
        "d_mcpd",
        "Tư vấn độc tố 3-MCPD trong nước tương",
        "Chuyên gia an toàn thực phẩm tư vấn về 3-MCPD: chất thuộc nhóm chloropropanol phát sinh trong chế biến (không phải "
        "phụ gia), nước tương thủy phân có hàm lượng dao động lớn; thử nghiệm trên chuột cho thấy liều 1 mg/kg thể trọng đã "
        "ảnh hưởng hệ sinh dục. Hướng dẫn cơ sở hạn chế 3-MCPD và lựa chọn công nghệ lên men.",
    ),
    (
        "nQo062",
        "vi",
        "d_ykhoa",
        "Biện pháp giảm 3-MCPD trong nước tương sản xuất bằng thủy phân",
        "Tư vấn các biện pháp trước mắt để giảm nồng độ 3-MCPD và 1,3-DCP trong nước tương chế biến bằng thủy phân HCl, "
        "xác định ngưỡng an toàn theo mức tiêu thụ của người dân, đồng thời so sánh với phương pháp lên men truyền thống.",
    ),
    (
        "nQo063",
        "vi",
        "d_soyu",
        "Chuyển giao quy trình nước tương Shoyu theo công nghệ vi sinh, enzyme",
        "Tài liệu và chuyển giao quy trình sản xuất nước tương Shoyu: so sánh công nghệ hóa học (axit, kiềm), công nghệ vi "
        "sinh và công nghệ enzyme; điều kiện hình thành 3-MCPD và cách tránh; thành phần dinh dưỡng và công dụng của nước "
        "tương lên men.",
    ),
    (
        "nQo064",
        "vi",
        "d_bachkhoa",
        "Nước tương lên men từ khô dầu lạc của nhà máy ép dầu",
        "Bộ môn Công nghệ thực phẩm, Trường Đại học Bách khoa TP.HCM có kết quả bước đầu sản xuất nước tương lên men: khảo "
        "sát thông số công nghệ để thủy phân triệt để protein thô còn nhiều trong khô lạc của nhà máy ép dầu, nâng nitơ amin "
        "tự do, đưa người sản xuất trở lại với sản phẩm lên men thân thiện.",
    ),
    (
        "nQo065",
        "vi",
        "d_tuonghat",
        "Quy trình sản xuất tương hạt từ đậu nành",
        "Tài liệu quy trình sản xuất tương hạt, sản phẩm lên men truyền thống giàu protein thực vật từ đậu nành: chuẩn bị "
        "nguyên liệu, làm mốc, lên men, phối trộn và hoàn thiện sản phẩm; phù hợp cơ sở nhỏ và hợp tác xã.",
    ),
    (
        "nQo066",
        "vi",
        "d_visinh",
        "Cung cấp mốc gốc và tương mồi, tư vấn vi sinh trong sản xuất tương",
        "Tư vấn vi sinh và sinh hóa sản xuất tương: giai đoạn 1 trộn mốc gốc (bào tử mốc khô) với cơm, xôi nếp, đậu nành hấp "
        "hoặc ngô để có mốc (koji); giai đoạn 2 trộn mốc với đậu nành chín, muối, nước và tương mồi trong chum vại, ủ vài "
        "tuần đến 1–2 năm. Hỗ trợ chọn giống mốc và tiêu chuẩn hóa sản phẩm.",
    ),
    (
        "nQo067",
        "vi",
        "d_bluestone",
        "Hướng dẫn làm tương hột đậu nành với gạo nếp",
        "Hướng dẫn làm tương hột quy mô gia đình: đậu nành hạt chắc, rang thơm; gạo nếp cái hoa vàng làm mốc cho vị ngọt; "
        "muối hạt không i-ốt; nước đun sôi để nguội; hũ sành hoặc chum sứ thay vì nhựa; có thể tự làm mốc từ gạo nếp hoặc mua "
        "mốc tương sẵn.",
    ),
    (
        "nQo068",
        "en",
        "d_doenjang",
        "Doenjang and meju making with Bacillus subtilis from rice straw",
        "Korean cooking school teaches doenjang: dried soybeans boiled and stone-ground, formed into meju blocks, warmed "
        "with rice straw that carries Bacillus subtilis for one to three months, then placed in brine in opaque jars; the "
        "liquid becomes Korean soy sauce (ganjang) and the solid is doenjang.",
    ),
    (
        "nQo069",
        "en",
        "d_doenjang2",
        "Training on meju, doenjang and ganjang production timeline",
        "Workshop on Korean soybean ferments: meju blocks (about 20 × 15 × 10 cm) from steamed soybeans ferment naturally "
        "for about two weeks in late autumn, dry over winter, then ferment in brine for 6–8 weeks in spring; the solid "
        "(doenjang) is separated from the liquid (ganjang) and matured 30–50 days or longer.",
    ),
    (
        "nQo070",
        "en",
        "d_koji_starter",
        "Koji starter (Aspergillus oryzae spores) for soy sauce, miso and other ferments",
        "A Japanese koji starter maker supplies spores of Aspergillus oryzae, the 'national fungus', for soy sauce, miso and "
        "sake. Koji is made by inoculating heat-treated ingredients such as steamed rice or barley and culturing about three "
        "days under controlled temperature and humidity; its enzymes break starch and protein into sugars and amino acids.",
    ),
    (
        "nQo071",
        "vi",
        "d_abm",
        "Dây chuyền máy sản xuất tương ớt",
        "Công ty thiết bị cung cấp dây chuyền tương ớt: máy rửa, máy xay nghiền ớt tỏi, nồi nấu phối trộn, máy chiết rót và "
        "đóng nắp; tư vấn quy trình từ chọn ớt chín đỏ, tỏi, giấm, đường đến đóng chai đảm bảo màu và vị.",
    ),
    (
        "nQo072",
        "vi",
        "d_ccb",
        "Chuyển giao quy trình sản xuất tương ớt đạt chuẩn",
        "Doanh nghiệp chia sẻ quy trình tương ớt đạt chuẩn: chọn ớt tươi, tỏi, giấm, đường, muối; sơ chế, xay, nấu, phối "
        "trộn, đóng chai và bảo quản, tuân thủ vệ sinh an toàn thực phẩm để có độ sánh mịn, màu đẹp và thời gian bảo quản "
        "dài.",
    ),
    (
        "nQo073",
        "vi",
        "d_memart_ot",
        "Công thức tương ớt có cà chua, tỏi và giấm",
        "Tư vấn phối liệu tương ớt: ớt chín đỏ dáng dài không dập, cà chua tươi cho độ sánh và màu, tỏi tươi, muối, đường, "
        "giấm và phụ gia; các công đoạn lựa chọn, sơ chế, nghiền, phối trộn, đóng gói và bảo quản.",
    ),
    (
        "nQo074",
        "en",
        "d_ifsqn",
        "Hot-fill process validation for acid sauces",
        "Food safety consultants validate hot-fill processes for sauces with pH below 4.5 (ketchup, hot sauce, dressings): "
        "heating to 90 °C, filling hot into glass jars, cans or pouches, sealing immediately and cooling in a tunnel below "
        "25 °C for a shelf life of 6–12 months; advice on lowering pH with lemon juice, citric or acetic acid.",
    ),
    (
        "nQo075",
        "en",
        "d_globalgarden",
        "Acidified foods training for hot sauce makers",
        "A hot sauce manufacturer who completed the USDA-certified acidified foods course coaches small producers: shelf "
        "stability depends on acidity, pH below 4.6 (better lower), vinegar or citrus as acidulants, bottling hot at no less "
        "than 165 °F and inverting the bottle to form a hermetic seal, and checking acidity with a pH meter.",
    ),
    (
        "nQo076",
        "en",
        "d_sriracha",
        "Fermented sriracha-style chilli sauce recipe and process",
        "Recipe development for fermented chilli sauce: 1 kg chillies with 8 garlic cloves fermented at least a week in a "
        "3.5% brine, strained and blended with some brine, passed through a food mill, boiled with ½ cup rice vinegar, "
        "5 tbsp brown sugar and 3 tsp salt, simmered 15 minutes; optional fish sauce or xanthan gum. Final pH just under "
        "3.4, shelf stable.",
    ),
    (
        "nQo077",
        "en",
        "d_cankey",
        "Chilli sauce production machinery and packing",
        "A packing machinery company supplies chilli sauce equipment: washing and sorting of chillies, industrial grinding "
        "to a paste, blending with vinegar, salt, sugar and seasonings, heating to kill bacteria, and filling into sterilised "
        "bottles with sealing.",
    ),
    (
        "nQo078",
        "en",
        "d_hotpepper_ph",
        "pH control advice for safe hot sauce",
        "Experienced hot sauce makers advise on pH: a sauce that is not acidic enough can grow bacteria or mould (too much "
        "sugar, too little acid) and risks botulism; aim for pH between 2.5 and 3 using a pH test kit before bottling.",
    ),
    (
        "nQo079",
        "vi",
        "d_nuoctuong",
        "Kiểm nghiệm thành phần hóa học nước tương",
        "Phòng thí nghiệm phân tích chất lượng nước tương theo các chỉ tiêu: đạm toàn phần 15–21,6 g/l, nitơ (8,5–13 g/l), "
        "amoniac, đường, chất béo, muối và vi lượng; so sánh với giá trị trung bình của nước chấm lên men để đánh giá sản "
        "phẩm.",
    ),
    (
        "nQo080",
        "en",
        "d_i3l",
        "Research on two-step soy sauce fermentation (koji and moromi)",
        "A life sciences institute studies soy sauce made from soybean, wheat and salt by two-step fermentation: solid-state "
        "koji with Aspergillus spores on the soybean-wheat mix, then brine fermentation (moromi); offers research "
        "collaboration on starter selection and process conditions.",
    ),
    (
        "nQo081",
        "vi",
        "d_xidau",
        "Tài liệu công nghệ sản xuất nước tương (xì dầu)",
        "Tài liệu công nghệ sản xuất nước tương từ đậu tương, ngũ cốc rang, nước và muối: từ lên men tự nhiên trong chum ngoài "
        "trời đến lên men công nghiệp kiểm soát bằng máy; vị umami từ glutamat; dùng cho đào tạo và chuyển giao cơ sở nhỏ.",
    ),
    (
        "nQo082",
        "vi",
        "d_komekoji",
        "Hội thảo thực hành làm koji gạo theo phương pháp Nhật",
        "Tổ chức hội thảo 3 ngày làm koji do chuyên gia thương hiệu Hishiroku hướng dẫn: 8 bước từ để ráo gạo, hấp, cấy hạt "
        "giống koji, ủ lần 1, trộn đảo, chia khay, điều chỉnh nhiệt độ đến kết thúc lên men trong khoảng 50 giờ; nhiệt độ "
        "lý tưởng 36–38 °C, độ ẩm khoảng 80%. Koji dùng cho miso, nước tương, amazake.",
    ),
    (
        "nQo083",
        "vi",
        "d_moctuong",
        "Kỹ thuật làm mốc tương thủ công từ gạo nếp",
        "Hướng dẫn sản xuất mốc giống cho tương: 30–33 kg gạo nếp cho 100 lít tương, ngâm 8–12 giờ (ẩm 34–36%), đồ xôi chín "
        "ẩm 45–52%, để nguội rồi rải lớp 2–2,5 cm trên nong để ủ mốc; mốc tốt nhiều đường, màu vàng đẹp, giúp tương ngọt, "
        "không chua.",
    ),
    # ---- (E) shrimp paste, mắm and pickles ----
    (
        "nQo084",
        "vi",
        "e_giaotrinh",
        "Đào tạo nghề sơ cấp chế biến mắm nêm, mắm ruốc, mắm tôm chua",
        "Cơ sở đào tạo nghề tổ chức khóa sơ cấp 'Chế biến mắm nêm, mắm ruốc, mắm tôm chua' theo bộ giáo trình biên soạn từ "
        "kinh nghiệm sản xuất và kết quả nghiên cứu thực nghiệm tại các cơ sở uy tín; học viên được thực hành toàn bộ kỹ năng "
        "của nghề.",
    ),
    (
        "nQo085",
        "vi",
        "e_tomchua",
        "Mô đun đào tạo chế biến mắm tôm chua (132 giờ)",
        "Khóa học mô đun 'Chế biến mắm tôm chua' 132 giờ gồm 7 bài: giới thiệu sản phẩm; chuẩn bị nhà xưởng, thiết bị, dụng "
        "cụ, bao bì; chuẩn bị nguyên liệu; chế biến mắm tôm chua nguyên chất; chế biến mắm tôm chua pha chế; bảo quản, ngăn "
        "ngừa và xử lý hư hỏng; an toàn thực phẩm.",
    ),
    (
        "nQo086",
        "vi",
        "e_pms",
        "Quy trình sản xuất mắm tôm chuẩn vị",
        "Doanh nghiệp chia sẻ quy trình mắm tôm: chọn tôm, moi, ruốc tươi đánh bắt ban đêm, rửa sạch và loại tạp chất, xay "
        "hoặc giã nhuyễn, chọn muối sạch, trộn và ủ lên men; tương tự cho mắm ruốc, mắm nêm với vài thay đổi nguyên liệu.",
    ),
    (
        "nQo087",
        "vi",
        "e_quangbinh",
        "Công thức và chỉ tiêu mắm tôm lỏng, sệt, đặc và mắm ruốc",
        "Tư vấn kỹ thuật: mắm tôm lỏng 100 kg moi với 15–20 kg muối, sệt 10–15 kg, đặc 5–10 kg, ướp 8–24 giờ, phơi nắng cô "
        "đặc hoặc sấy; mắm ruốc trộn 10–22% muối, để qua đêm 10–12 giờ, ép bớt nước, phơi héo, xay nhuyễn, lên men 25–30 ngày. "
        "Chỉ tiêu: nitơ toàn phần 1,6–2,6%, muối 25–37%, nước không quá 50–70%; hạn dùng 6 tháng đến 1 năm.",
    ),
    (
        "nQo088",
        "vi",
        "e_kag",
        "Máy chế biến mắm tôm: xay, trộn, chiết rót",
        "Công ty máy thực phẩm cung cấp máy cho xưởng mắm tôm: máy xay nhuyễn moi, máy trộn muối, thiết bị chiết rót hũ; tư "
        "vấn yếu tố quyết định chất lượng mắm tôm (nguyên liệu Acetes, thời gian lên men, tỷ lệ muối) và quy trình đạt chuẩn.",
    ),
    (
        "nQo089",
        "en",
        "e_medicine",
        "Modern shrimp paste production and low-salt shrimp paste",
        "A seafood processor shares its modern shrimp paste process: washing the raw small shrimp, salting into a paste, "
        "temperature-controlled fermentation, separating oil and sauce, then packaging and sterilisation. Conventional paste "
        "has about 30% salt; low-salt versions widen its uses in products such as spicy shrimp paste and canned paste.",
    ),
    (
        "nQo090",
        "en",
        "e_chengkou",
        "Traditional jar-fermented shrimp paste method",
        "A shrimp paste producer describes its jar method: sieve out trash fish, rinse prawns in seawater, mix with salt in "
        "ceramic jars under a thick salt layer, then stir up and down twice a day once cracks appear, with ventilated bamboo "
        "covers; sun fermentation takes about 20 days in summer and six months in winter.",
    ),
    (
        "nQo091",
        "en",
        "e_patsnap",
        "Patented staged-salting shrimp sauce fermentation",
        "Licence offer for a patented shrimp sauce process: raw material weathered outdoors two days with morning and "
        "evening stirring, salt added in stages with each addition reduced by 5%, fermentation for about a month, oil "
        "skimmed and boiled cooled brine added, sauce filtered through a basket and boiled to remove foam; simple, low cost "
        "and suited to batch production.",
    ),
    (
        "nQo092",
        "en",
        "e_dconnect",
        "Microbiology of Acetes shrimp paste (mắm ruốc) fermentation",
        "A food microbiology writer and consultant explains mắm ruốc production in Vietnam and Southeast Asia with emphasis "
        "on the microbial side of fermenting Acetes paste: regional styles (such as Huế), drying and transport of krill, and "
        "which microbes act during fermentation.",
    ),
    (
        "nQo093",
        "vi",
        "e_tancau",
        "Chuyển giao cách làm mắm cá linh truyền thống Tân Châu",
        "Hộ làm mắm lâu đời ở Tân Châu nhận hướng dẫn làm mắm cá linh: cá tươi làm sạch, trộn muối đúng tỷ lệ, ủ khạp khoảng "
        "nửa tháng rồi trộn thính gạo rang, ủ tiếp nửa tháng mới chao đường thốt nốt cho mắm đỏ đẹp, ngọt thanh; tổng thời "
        "gian ủ hơn 6 tháng, thường xuyên mở khạp phơi nắng.",
    ),
    (
        "nQo094",
        "vi",
        "e_chaudoc",
        "Công thức mắm thái và mắm cá lóc kiểu Châu Đốc",
        "Cơ sở mắm Châu Đốc chia sẻ công thức mắm thái: cá lóc lọc bỏ xương và da, xé nhỏ trộn đu đủ xắt sợi, thịt ba rọi, "
        "thính, đường thốt nốt và ớt; các loại mắm cá lóc, cá trèn, cá sặc, cá linh. Giá bán 40.000 đến vài trăm nghìn "
        "đồng/kg, mắm lóc 70.000–180.000 đồng/kg.",
    ),
    (
        "nQo095",
        "en",
        "e_danviet",
        "Freshwater fish mắm processing from An Giang craftsmen",
        "Experienced mắm makers from An Giang offer know-how on fermented freshwater fish: every November fish such as "
        "linh, sặc, snakehead, mè vinh and chốt move from the fields to the river and are bought by processing units, "
        "cleaned by local workers and salted for mắm, with each unit's own curing secrets.",
    ),
    (
        "nQo096",
        "vi",
        "e_duacai",
        "Quy trình sản xuất dưa cải muối chua",
        "Tài liệu và tư vấn quy trình muối chua cải bẹ: thành phần hóa học của cải, chọn cải, sự lên men lactic và các giai "
        "đoạn, ảnh hưởng nồng độ muối đến vi sinh vật, các yếu tố ảnh hưởng, cách cho vào dụng cụ, biện pháp tăng hiệu quả "
        "và các trường hợp dưa hư hỏng.",
    ),
    (
        "nQo097",
        "vi",
        "e_lenmen_gt",
        "Giáo trình kỹ thuật lên men thực phẩm cổ truyền: dưa muối",
        "Giáo trình lên men cổ truyền Việt Nam và khu vực, phần dưa muối: cải rửa sạch, để héo hoặc cắt nhỏ, trộn muối, lên "
        "men 5–7 ngày ở 10–15 °C, pH giảm từ 6 xuống 3,9; thành phẩm pH 3,6–4, độ axit 0,1–0,5%; vi sinh vật Leuconostoc, "
        "Lactobacillus plantarum, L. brevis; hạn dùng 6–12 tháng.",
    ),
    (
        "nQo098",
        "vi",
        "e_duamuoi_cho",
        "Khảo sát và kiểm tra nitrit trong dưa muối",
        "Nhóm nghiên cứu khảo sát dưa muối bán tại chợ: vai trò của axit lactic hạ pH và ức chế vi sinh vật gây hỏng, giữ dưa "
        "vài tuần đến vài tháng; theo dõi hàm lượng nitrit trong rau nguyên liệu và trong quá trình muối chua để xác định thời "
        "điểm ăn an toàn.",
    ),
    (
        "nQo099",
        "en",
        "e_linyi",
        "Defined lactic acid bacteria starters for pickles",
        "A university research team offers Lactobacillus plantarum R5 and L. pentosus R8 as pickle starters: compared with "
        "natural fermentation they lowered pH faster, raised total acid, degraded nitrite and produced more lactic and "
        "malic acid and esters; 80 flavour compounds were found after 14 days.",
    ),
    (
        "nQo100",
        "en",
        "e_smorgas",
        "Basic lacto-fermentation of vegetables at 2% salt",
        "Fermentation workshop: weigh crunchy vegetables or fruit, add 2% salt and wait while the naturally present lactic "
        "bacteria turn sugars into lactic acid; salt inhibits other, possibly harmful microbes.",
    ),
    (
        "nQo101",
        "vi",
        "e_kieu",
        "Kinh nghiệm làm và gia công dưa kiệu đường",
        "Thương hiệu dưa kiệu đường Cô Mới (đạt chuẩn 3 sao tại Sóc Trăng) chia sẻ kinh nghiệm làm dưa kiệu cho mùa Tết, đảm "
        "bảo vệ sinh an toàn thực phẩm, và nhận hợp tác gia công dưa kiệu đóng hũ bán từ khoảng tháng 11.",
    ),
    (
        "nQo102",
        "en",
        "e_gelt3",
        "Safe home-style pickled mustard greens (cải chua)",
        "Guidance for making pickled mustard greens safely: fresh, undamaged greens washed and drained, brine from boiled "
        "and cooled water at about 10–12% salt, clean rust-free containers, minimal lid opening, and fermentation at "
        "20–25 °C so beneficial bacteria develop evenly for crisp, tasty pickles.",
    ),
    (
        "nQo103",
        "vi",
        "e_kimchi",
        "Quy trình sản xuất kim chi",
        "Tài liệu và hướng dẫn quy trình sản xuất kim chi: nguồn gốc từ muối chua, củ cải và cải thảo làm nguyên liệu chính, ớt "
        "trở thành gia vị chính từ thế kỷ 18; các công đoạn muối cải, phối gia vị, lên men và bảo quản.",
    ),
    (
        "nQo104",
        "en",
        "e_jeotgal",
        "Bacterial community analysis of salted fermented shrimp",
        "Korean university labs analysed salted shrimp (saeu-jeotgal) over 135 days of ripening with six media: 467 isolates "
        "from 42 genera; species fell from 39 on day 1 to 13 on day 135, with Staphylococcus equorum and Salimicrobium "
        "salexigens dominant and able to grow at 21% NaCl. Offers similar profiling for salted seafood makers.",
    ),
    (
        "nQo105",
        "en",
        "e_juanroca",
        "Sun-dried shrimp paste blocks from krill",
        "A food writer and consultant describes how small prawns or krill are mixed with salt and dried in the sun so the "
        "proteins break down into umami compounds, then pressed into blocks; notes on regional styles across Southeast Asia "
        "and on local, small-scale production.",
    ),
    (
        "nQo106",
        "vi",
        "e_raqua",
        "Bảo quản rau quả bằng phương pháp lên men",
        "Tài liệu chuyên đề bảo quản rau quả qua lên men: dưa bắp cải, dưa chuột và ôliu muối chua là mặt hàng thương mại chính; "
        "lịch sử nghiên cứu vi sinh vật trong lên men rau quả từ đầu những năm 1900; kim chi Hàn Quốc được thương mại hóa.",
    ),
    (
        "nQo107",
        "vi",
        "e_lamkho",
        "Cung cấp mắm cá linh Châu Đốc",
        "Cửa hàng đặc sản cung cấp mắm cá linh Châu Đốc – An Giang, hũ 500 g giá 50.000 đồng, dùng kho mắm hoặc nấu lẩu mắm; "
        "mắm làm theo cách truyền thống vùng ngã ba sông Hậu.",
    ),
]
OFFERS += [
    # ---- (F) bottling, labelling, shelf life, export testing ----
    (
        "nQo108",
        "en",
        "f_noaa_hk",
        "Market-specific limits for fish products exported to Hong Kong",
        "Export compliance service summarising Hong Kong rules for fish products: preservatives are not allowed unless "
        "listed, with sulphur dioxide and sulphites (sodium metabisulphite and others) permitted in fish sauce up to 350 ppm; "
        "heavy-metal limits such as lead 1 ppm and arsenic 0.14 ppm for fish products in liquid form, and mercury 0.5 ppm.",
    ),
    (
        "nQo109",
        "en",
        "f_mpeda",
        "US import requirements for seafood products",
        "An export promotion authority advises exporters on the United States: importers must ensure products are safe and "
        "labelled to US rules, facilities must be registered with FDA and prior notice given for each shipment, imports can "
        "be inspected and detained at the port, and processors must follow FDA seafood HACCP (21 CFR 123) and the Food "
        "Safety Modernization Act.",
    ),
    (
        "nQo110",
        "en",
        "f_nfi",
        "FDA labelling requirements for seafood products",
        "An industry guide and consultancy on FDA seafood labels: every package needs the name of the food, net quantity, "
        "name and location of the business, ingredient list for multi-ingredient foods, a Nutrition Facts panel for retail "
        "packages and allergen disclosure (fish is a major allergen); Customs and USDA rules and state 'sell by' laws may "
        "add requirements.",
    ),
    (
        "nQo111",
        "vi",
        "f_plo",
        "Doanh nghiệp nước mắm chia sẻ kinh nghiệm xuất khẩu sang Nhật, Hàn, Úc",
        "Giám đốc một doanh nghiệp nước mắm sản xuất khoảng 800.000 lít mỗi năm, trong đó hơn 250.000 lít xuất sang Nhật Bản, "
        "Hàn Quốc, Úc, chia sẻ kinh nghiệm: quy trình đạt HACCP, hệ thống an toàn thực phẩm theo tiêu chuẩn quốc tế, cải tiến "
        "kỹ thuật liên tục và vai trò của hội nghề nghiệp.",
    ),
    (
        "nQo112",
        "vi",
        "f_tcvn2003",
        "Tư vấn phân hạng nước mắm theo độ đạm và yêu cầu kỹ thuật",
        "Đơn vị tư vấn công bố sản phẩm hướng dẫn yêu cầu kỹ thuật nước mắm: nguyên liệu cá tươi, muối đạt chuẩn, nước ăn "
        "uống; phân 4 hạng Đặc biệt, Thượng hạng, Hạng 1, Hạng 2 theo độ đạm; yêu cầu cảm quan màu nâu cánh gián đến nâu "
        "vàng, độ trong, mùi, vị; các phương pháp thử viện dẫn.",
    ),
    (
        "nQo113",
        "vi",
        "f_chitieu",
        "Kiểm nghiệm chỉ tiêu hóa học và kim loại nặng của nước mắm",
        "Phòng kiểm nghiệm nhận phân tích nước mắm theo tiêu chuẩn: nitơ tổng số không nhỏ hơn 10 g/l, nitơ axit amin không "
        "nhỏ hơn 35% nitơ tổng số, nitơ amoniac không lớn hơn 30%, pH 5,0–6,5 (nước mắm nguyên chất 4,5–6,5), muối không nhỏ "
        "hơn 245 hoặc 200 g/l; kim loại nặng (asen, cadimi, chì, thủy ngân) và chỉ tiêu cảm quan.",
    ),
    (
        "nQo114",
        "vi",
        "f_hiephoi",
        "Hiệp hội nước mắm hướng dẫn áp dụng tiêu chuẩn quốc gia về nước mắm",
        "Hiệp hội Nước mắm Việt Nam hỗ trợ hội viên hiểu và áp dụng TCVN về nước mắm: kết hợp phương pháp cổ truyền với khoa "
        "học công nghệ để nâng chất lượng, bảo đảm an toàn thực phẩm theo quy định Việt Nam và các nước, phân biệt nước mắm "
        "truyền thống.",
    ),
    (
        "nQo115",
        "vi",
        "f_lekha",
        "Tư vấn đọc và ghi nhãn thành phần, phụ gia của nước mắm",
        "Tư vấn ghi nhãn minh bạch: ví dụ nhãn ghi 95% nước mắm cá cơm (950 ml mỗi lít mua từ nhà thùng) và 5% thành phần phụ "
        "gồm đường, chất điều vị 627, 631 và chất tạo ngọt 960a; ý nghĩa các mã phụ gia và đối tượng nên hạn chế.",
    ),
    (
        "nQo116",
        "en",
        "f_camargo",
        "Vacuum-assisted filling machines for glass bottles",
        "A machinery dealer supplies filling machines for liquids in glass: rotary fillers for high-speed lines and linear "
        "fillers for flexible, smaller production (sauces, oils); gravity filling for low-to-medium viscosity liquids and "
        "gravity with vacuum assist, which reduces bubbles and oxidation and suits glass bottles.",
    ),
    (
        "nQo117",
        "en",
        "f_sohoin",
        "Automatic glass bottle filling, capping and labelling machines",
        "A food machinery maker offers glass bottle lines for water, oils, sauces and other liquids: bottle infeed conveyor, "
        "rinser spraying clean water, multi-head fillers, capping and labelling, all automated for precision, speed and "
        "hygiene.",
    ),
    (
        "nQo118",
        "vi",
        "f_aboutmech",
        "Thiết kế dây chuyền chiết rót – đóng nắp – dán nhãn",
        "Tư vấn thiết kế dây chuyền đóng chai theo sản phẩm: nạp chai, làm sạch, hút chân không, chiết rót quay hoặc thẳng "
        "hàng, đóng nắp hoặc nút, dán nhãn, đóng thùng và pallet; cảm biến và cân phát hiện chai thiếu, thừa, dị vật; có thể "
        "bán tự động hoặc tự động hoàn toàn.",
    ),
    (
        "nQo119",
        "en",
        "f_dksh",
        "Accelerated shelf-life testing (ASLT) service",
        "A lab solutions provider offers shelf-life testing: real-time storage under typical conditions with chemical, "
        "microbiological and physical checks, and accelerated shelf-life testing under conditions that speed up "
        "degradation, useful for predicting stability and colour, abuse conditions, early product development and "
        "packaging performance.",
    ),
    (
        "nQo120",
        "vi",
        "f_italy",
        "Dự đoán hạn sử dụng bằng thử nghiệm gia tốc (Q10, năng lượng hoạt hóa)",
        "Viện thú y – thực phẩm nhận thử nghiệm hạn sử dụng gia tốc: bảo quản mẫu ở điều kiện nhiệt độ lạm dụng, lấy mẫu định "
        "kỳ đo TVB-N, pH và cảm quan, tính Q10 và năng lượng hoạt hóa để dự đoán hạn dùng ở nhiệt độ khuyến cáo; ví dụ một "
        "món ăn sẵn thanh trùng được xác định 26 ngày so với 30 ngày nhà sản xuất dự kiến.",
    ),
    (
        "nQo121",
        "en",
        "f_fda_import",
        "FDA import labelling compliance guide for food newcomers",
        "A labelling service helps first-time exporters to the US: FDA label rules on ingredients, net weight, nutrition "
        "facts and allergen warnings, plus the import steps: researching standards, FDA registration, FSMA, FSVP and HACCP "
        "compliance, prior notice, shipment declaration and FDA import evaluation.",
    ),
    (
        "nQo122",
        "en",
        "f_lowsodium",
        "Electrodialysis unit for low-sodium fish sauce",
        "A research team has built an industrial electrodialysis unit treating 100 litres of fish sauce per batch: it removes "
        "more than 40% of sodium chloride and potassium chloride (sodium from about 1,500 mg to under 900 mg) while keeping "
        "the natural colour, aroma and taste and more than 9 g/L total nitrogen (about 62 g protein per litre).",
    ),
    (
        "nQo123",
        "vi",
        "f_ethanol",
        "Giảm muối trong nước mắm bằng xử lý ethanol",
        "Kết quả nghiên cứu khử muối nước mắm bằng ethanol (thêm ethanol, trộn, để lắng, cô quay): ở 21% ethanol, muối giảm "
        "từ 29,72 xuống 19,72 g/100 ml, nước mắm vẫn đạt hạng 1, giảm vị mặn và mùi amoniac; trên 12% ethanol bắt đầu làm "
        "giảm đạm tổng số và đạm axit amin.",
    ),
    (
        "nQo124",
        "en",
        "f_soy_ed",
        "Soy sauce desalting by electrodialysis",
        "Food engineers offer electrodialysis desalting of soy sauce: a microfiltered traditional soy sauce with 15.1% NaCl "
        "treated in a laboratory stack of nine cation and eight anion exchange membranes kept about 80% of total acids and "
        "70% of amino nitrogen, cut chloride to about 14% of the initial level, and kept good aroma without a salty "
        "aftertaste.",
    ),
    (
        "nQo125",
        "en",
        "f_bottling_lex",
        "Bottling line know-how: hot fill, aseptic filling and closures",
        "Consultancy on bottling lines: washing, filling, capping and labelling; gravity, volumetric, piston, pressure and "
        "vacuum fillers; hot-fill to lower microbial load and aseptic filling; crowns, corks, screw caps; CIP/SIP sanitation "
        "with chlorine or peracetic acid; coding for traceability.",
    ),
    (
        "nQo126",
        "en",
        "f_zdwords",
        "Labelling rules for fish products",
        "Guidance on fish product labels: species name, country of origin, net weight in metric or imperial units, "
        "ingredients including additives, preservatives and allergens, production method such as wild-caught or farmed, "
        "and health warnings; penalties and recalls for non-compliance.",
    ),
    (
        "nQo127",
        "vi",
        "f_attp",
        "Tư vấn xin giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        "Công ty tư vấn pháp luật nhận làm hồ sơ xin giấy chứng nhận cơ sở đủ điều kiện vệ sinh an toàn thực phẩm cho cơ sở sản "
        "xuất, chế biến thực phẩm.",
    ),
    (
        "nQo128",
        "vi",
        "f_congbo",
        "Xây dựng tiêu chuẩn cơ sở nước mắm và nhận diện mối nguy",
        "Đơn vị tư vấn công bố tiêu chuẩn sản phẩm hỗ trợ xây dựng tiêu chuẩn nước mắm của cơ sở, nhận diện các nguy cơ (vi "
        "sinh, histamine, kim loại nặng) và hoàn thiện hồ sơ tự công bố.",
    ),
    (
        "nQo129",
        "en",
        "f_slcalc",
        "Shelf-life testing: real-time, accelerated and challenge tests",
        "A shelf-life service explains and runs three methods: real-time testing under expected storage (most accurate but "
        "slow), accelerated ageing at raised heat and humidity using the Q10 rule to simulate a year in weeks, and challenge "
        "tests that inoculate pathogens such as Listeria or E. coli to check the preservation system.",
    ),
    # ---- distractors (neighbouring fields) ----
    (
        "nQo130",
        "en",
        "x_labmanager",
        "Recipe research: fish sauce as a partial salt substitute in dishes",
        "A university nutrition team shows that Vietnamese fish sauce added to chicken broth, tomato sauce and coconut curry "
        "can replace 10–25% of the sodium chloride while keeping perceived deliciousness and saltiness; offers "
        "reformulation advice to chefs and ready-meal makers.",
    ),
    (
        "nQo131",
        "en",
        "x_casadesante",
        "Low-histamine diet coaching for people with histamine intolerance",
        "A gut-health clinic advises consumers sensitive to histamine: which foods are high in histamine (aged cheese, "
        "cured meat, wine, fermented sauces such as fish sauce), symptoms, and alternatives for a low-histamine diet.",
    ),
    (
        "nQo132",
        "en",
        "x_lowhistfish",
        "Cooking techniques to keep histamine low in fish dishes",
        "A seafood cookery service teaches home cooks to choose fresh fish, store it cold and poach or steam it briefly "
        "rather than frying or grilling for long, to keep histamine low on the plate.",
    ),
    (
        "nQo133",
        "en",
        "x_market",
        "Fish sauce market research report",
        "A market research firm sells a report on fish sauce market growth and opportunities in emerging markets: product "
        "definition, regional names (nam pla, patis, teuk trei), fermentation of 12 to 18 months, and demand in East and "
        "Southeast Asian cuisine.",
    ),
    (
        "nQo134",
        "vi",
        "x_xacmam",
        "Xác mắm làm phân bón và thức ăn chăn nuôi",
        "Đơn vị thu gom và cung cấp xác mắm, phụ phẩm làm nước mắm (đạm khoảng 24%, muối 32%, ẩm 13%), đóng bao 50 kg hoặc "
        "bán theo tấn, dùng làm thức ăn gia súc giá rẻ hoặc ủ với tro, phân bò, rơm rạ làm phân bón cho dừa, bưởi.",
    ),
    (
        "nQo135",
        "vi",
        "x_wastewater",
        "Hệ thống xử lý nước thải sản xuất nước mắm",
        "Công ty môi trường thiết kế hệ thống xử lý nước thải cơ sở nước mắm: nước rửa cá, vệ sinh bồn chứa, nước mắm thừa có "
        "BOD, COD cao, độ màu lớn, nhiều muối; quy trình xử lý đạt quy chuẩn xả thải.",
    ),
    (
        "nQo136",
        "vi",
        "x_odor",
        "Xử lý mùi hôi từ nước thải chế biến thủy sản",
        "Giải pháp khử mùi H2S, NH3, CH4 từ nước thải chế biến thủy sản: song chắn rác, bể tách mỡ, sục khí bể điều hòa và "
        "hiếu khí (giảm 50–70% khí), hóa chất NaOH, ozone, than hoạt tính (giảm 70–90% mùi), tháp hấp thụ và biofilter.",
    ),
    (
        "nQo137",
        "vi",
        "x_surimi",
        "Hệ thống xử lý nước thải chế biến surimi công suất 300 m3/ngày",
        "Đơn vị môi trường giới thiệu hệ thống xử lý nước thải surimi ở Tắc Cậu công suất 300 m3/ngày đêm: COD tới 36.000 mg/l, "
        "BOD5 4.000–15.000 mg/l, dầu mỡ 100–500 mg/l; quy trình 10 công đoạn đạt QCVN 11:2008/BTNMT cột B.",
    ),
    (
        "nQo138",
        "vi",
        "x_ganhdo",
        "Đánh giá hiện trạng môi trường làng nghề nước mắm",
        "Nhóm kỹ thuật môi trường nhận khảo sát nước thải, khí thải, rác thải tại làng nghề chế biến nước mắm (như Gành Đỏ, Phú "
        "Yên) và đề xuất biện pháp kỹ thuật, quản lý giảm ô nhiễm.",
    ),
    (
        "nQo139",
        "vi",
        "x_ice",
        "Cung cấp và vận chuyển đá lạnh cho tàu cá",
        "Dịch vụ cung cấp đá cây xay nhỏ đưa bằng băng tải xuống tàu trước mỗi chuyến biển; tàu trên 800 CV dùng khoảng 1.000 "
        "cây đá (30 tấn) mỗi chuyến, chi phí khoảng 16 triệu đồng.",
    ),
    (
        "nQo140",
        "vi",
        "x_tuna",
        "Mô hình tàu mẹ – tàu con đánh bắt và bảo quản cá ngừ đại dương",
        "Viện tàu thủy đề xuất mô hình cụm 1 tàu mẹ – 5 tàu con có hầm lạnh đạt tiêu chuẩn Nhật Bản để đánh bắt và bảo quản cá "
        "ngừ đại dương ở Hoàng Sa, Trường Sa, giảm chi phí nhiên liệu và nâng giá cá.",
    ),
    (
        "nQo141",
        "vi",
        "x_cakho",
        "Kỹ thuật làm cá khô xứ biển",
        "Cơ sở ở làng nghề cá khô Cái Đôi Vàm (Cà Mau, hơn 130 hộ) chia sẻ kỹ thuật phơi và làm cá khô phục vụ mùa Tết.",
    ),
    (
        "nQo142",
        "vi",
        "x_daudua",
        "Chiết xuất dầu dừa thủ công đóng chai",
        "Hướng dẫn làm và kinh doanh dầu dừa handmade: chai 100 ml giá 80.000–120.000 đồng, 150 ml 130.000–170.000 đồng; bán "
        "cho spa, thẩm mỹ viện, lãi mỗi tháng 5–8 triệu đồng.",
    ),
    (
        "nQo143",
        "vi",
        "x_duasap",
        "Thiết bị xác định trái dừa sáp",
        "Nhóm nghiên cứu Đại học Trà Vinh chế tạo thiết bị xác định trái dừa sáp với độ chính xác 85%, thay cho cách lắc, búng "
        "bằng tay; phục vụ vùng dừa sáp Cầu Kè.",
    ),
    (
        "nQo144",
        "en",
        "x_sake",
        "Yellow koji for sake and shochu",
        "A spirits specialist supplies yellow koji (Aspergillus oryzae) for sake, amazake and shochu: aerobic mould with "
        "amylases, glucoamylases, proteases and lipases, grown 40–48 hours on rice under controlled temperature and "
        "humidity, giving a clean, elegant profile to rice spirits.",
    ),
    (
        "nQo145",
        "vi",
        "x_ruouvang",
        "Công nghệ lên men rượu vang từ dịch trái cây nhiệt đới",
        "Luận văn khảo sát công nghệ lên men rượu vang từ một số dịch trái cây vùng nhiệt đới: phân loại rượu vang, các bệnh "
        "thường gặp của rượu vang (vang dính, chua lactic...), chọn nấm men và điều kiện lên men rượu.",
    ),
    (
        "nQo146",
        "vi",
        "x_bia",
        "Xây dựng hệ thống HACCP cho nhà máy bia chai",
        "Tài liệu xây dựng HACCP cho nhà máy sản xuất bia chai: 12 bước áp dụng HACCP, chương trình tiên quyết GMP, SSOP, phân "
        "tích mối nguy và điểm kiểm soát tới hạn trong sản xuất bia.",
    ),
    (
        "nQo147",
        "vi",
        "x_atiso",
        "Quy trình sản xuất nước atiso đóng chai",
        "Nghiên cứu sinh viên về nước atiso: trích ly cynarin tỷ lệ nguyên liệu/dung môi 1:30, 25 phút, 95 °C; syrup 17 °Bx, "
        "bổ sung 0,05% axit citric, tỷ lệ dịch và syrup 1:1.",
    ),
    (
        "nQo148",
        "vi",
        "x_suongsao",
        "Nước giải khát sương sáo đóng lon",
        "Khóa luận của Trường Đại học Công nghiệp Thực phẩm TP.HCM về quy trình sản xuất nước giải khát sương sáo đóng lon.",
    ),
    (
        "nQo149",
        "en",
        "x_glassbottle",
        "Glass bottle manufacturing",
        "A glass container maker produces bottles in bulk with uniform height, weight and volume, more than a million bottles "
        "a day on automatic glass-blowing machines, with caps, plugs or induction seals.",
    ),
    (
        "nQo150",
        "en",
        "x_frozenshrimp",
        "Frozen shrimp processing and shrimp-head by-products",
        "A shrimp processor offers its process for frozen peeled shrimp and shrimp balls frozen at −25 °C and stored at "
        "−18 °C, and uses shrimp heads for a boiled shrimp-head sauce with 15% salt, shrimp powder and shrimp oil.",
    ),
    (
        "nQo151",
        "vi",
        "x_catra",
        "Phân hữu cơ từ bùn thải ao nuôi cá tra",
        "Nghiên cứu tái sử dụng bùn đáy ao cá tra phối trộn vỏ trấu ủ thành phân hữu cơ; bón 20 tấn/ha kết hợp phân vô cơ giúp "
        "bắp sinh trưởng và năng suất cao nhất.",
    ),
    (
        "nQo152",
        "en",
        "x_tin_history",
        "Fish sauce heritage and history tours",
        "A cultural tourism operator runs tours on the history of Vietnamese fish sauce: Roman garum carried along the "
        "maritime silk road to Champa, the Cham origin of 'ủ chượp' in Phan Thiết over 300 years ago, and the clay tĩn jars.",
    ),
    (
        "nQo153",
        "en",
        "x_noaa_us",
        "US seafood export health certification",
        "The NOAA Seafood Inspection Program certifies seafood produced in the United States for export to countries that "
        "require health certificates, with country-specific instructions and contacts for US exporters.",
    ),
    (
        "nQo154",
        "en",
        "x_fishsausage",
        "Lactic acid bacteria starters for fermented fish sausage",
        "Food scientists identified two lactic acid bacteria strains isolated from dry-cured fish and tested their behaviour "
        "in fermented fish sausage; strains offered for sausage makers.",
    ),
    (
        "nQo155",
        "vi",
        "x_soy_fishsauce",
        "Công nghệ lên men 'nước mắm' chay từ đậu nành",
        "Tài liệu đồ án công nghệ lên men nước chấm kiểu nước mắm từ đậu nành và bột mì: nguyên liệu đậu nành, vi sinh vật sử "
        "dụng, muối, nước, phụ gia và các yếu tố ảnh hưởng (lượng nước, nhiệt độ, thời gian, pH).",
    ),
    (
        "nQo156",
        "en",
        "x_cookvio",
        "Consumer guide: is fish sauce high in histamine?",
        "A food blog explains to consumers why fermented fish sauce contains histamine, how to choose low-histamine "
        "brands, eat in moderation and watch for reactions such as headaches and rashes.",
    ),
    (
        "nQo157",
        "vi",
        "x_sonla",
        "Đánh giá điều kiện an toàn thực phẩm cơ sở thịt khô",
        "Luận án đánh giá thực trạng điều kiện an toàn thực phẩm các cơ sở sản xuất, kinh doanh thịt khô và công tác quản lý "
        "tại thành phố Sơn La năm 2014.",
    ),
    (
        "nQo158",
        "vi",
        "x_ginger",
        "Tuyển chọn vi khuẩn lactic lên men gừng",
        "Phòng thí nghiệm vi sinh Đại học Bách khoa Hà Nội phân lập và tuyển chọn vi khuẩn lactic sử dụng đường glucose để lên "
        "men gừng.",
    ),
    (
        "nQo159",
        "en",
        "x_ricewine_koji",
        "Koji preparation for rice wine",
        "Microbiology of koji for rice wine: solid-substrate cultivation of moulds on steamed glutinous rice or cereals to "
        "produce hydrolytic enzymes that feed yeasts in the second, alcoholic stage of oriental rice wines.",
    ),
    (
        "nQo160",
        "vi",
        "x_hutieu",
        "Giới thiệu làng nghề ẩm thực Tây Nam Bộ: hủ tiếu, bánh tét",
        "Tài liệu giới thiệu các làng nghề ẩm thực vùng Tây Nam Bộ như làng hủ tiếu, chọn giống gạo nở, thơm để làm sợi hủ "
        "tiếu; phục vụ du lịch và văn hóa ẩm thực.",
    ),
    (
        "nQo161",
        "en",
        "x_titrator",
        "Seawater alkalinity titration protocol",
        "A marine lab shares its standard protocol for an automatic titrator measuring seawater total alkalinity with "
        "0.1 M hydrochloric acid, certified reference materials and pH calibration.",
    ),
    (
        "nQo162",
        "vi",
        "x_travinh_tourism",
        "Du lịch biển và văn hóa dân gian Trà Vinh",
        "Nghiên cứu văn hóa dân gian bản địa và du lịch biển Trà Vinh: bờ biển hơn 56 km qua 9 xã, thị trấn của 3 huyện, hơn "
        "120.000 dân Kinh, Khmer, Hoa; đề xuất phát triển du lịch biển.",
    ),
    # ---- late additions ----
    (
        "nQo163",
        "vi",
        "c_supreme",
        "Tư vấn chuyển đổi sang lên men giấm chìm (submerged)",
        "Chuyên gia ngành giấm tư vấn chuyển từ phương pháp máy phát (generator) dùng phoi gỗ – vốn cần 1–2 tuần và đã có "
        "bơm, quạt thổi khí – sang lên men chìm, nay là phương pháp chủ đạo toàn cầu: vi khuẩn phát triển trong lòng chất "
        "lỏng, được cấp oxy trực tiếp bằng sục khí và cánh khuấy.",
    ),
    (
        "nQo164",
        "en",
        "a_tcvn",
        "Testing fish sauce to the methods of TCVN 5107:2018",
        "A food testing laboratory analyses fish sauce by the methods the national standard TCVN 5107:2018 refers to: "
        "sampling (TCVN 5276), sodium chloride (TCVN 3701), total nitrogen and crude protein (TCVN 3705), ammonia nitrogen "
        "(TCVN 3706), amino-ammonia nitrogen (TCVN 3707) and pH (AOAC 981.12), and reports whether the sauce meets the "
        "'genuine fish sauce' definition.",
    ),
]
