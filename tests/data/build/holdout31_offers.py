"""Offers for holdout31: technologies, services and equipment as institutes, universities, firms and exchanges post them."""

OFFERS = [
    # --- shrimp by-products: chitin, chitosan, astaxanthin, hydrolysate ---
    (
        "jGo001",
        "vi",
        "chitin_scribd",
        "Chuyển giao quy trình sản xuất chitin – chitosan từ vỏ và đầu tôm",
        "Nhóm nghiên cứu chuyển giao quy trình khép kín: xử lý sơ bộ phế liệu tôm, khử protein bằng NaOH loãng, khử khoáng bằng HCl, "
        "tẩy màu và deacetyl hóa để thu chitosan có độ deacetyl trên 80%. Phù hợp xưởng 300–500 kg phế liệu ướt mỗi mẻ, kèm hướng dẫn "
        "kiểm tra độ nhớt, độ tro và hàm lượng protein sót.",
    ),
    (
        "jGo002",
        "en",
        "shrimp_zero",
        "Zero-waste recovery of astaxanthin-rich hydrolysate and chitosan from shrimp heads",
        "Combined physical, biological and chemical route developed with Ministry of Science and Technology funding: shrimp heads are "
        "pressed to split a liquid and a solid fraction; the liquid is hydrolysed and vacuum-concentrated into a protein hydrolysate "
        "(about 26% protein, 190 ppm astaxanthin), the solid becomes chitin and chitosan with 85% deacetylation and under 0.3% ash.",
    ),
    (
        "jGo003",
        "vi",
        "chitin_glucosamine",
        "Quy trình chitin đạt tiêu chuẩn thị trường Nhật Bản làm nguyên liệu glucosamine",
        "Trường Đại học Nha Trang công bố quy trình sản xuất chitin từ vỏ tôm với các chỉ tiêu tro, protein, độ trắng đạt yêu cầu "
        "khách hàng Nhật, dùng làm đầu vào cho sản xuất glucosamine. Nhận tư vấn nâng cấp dây chuyền chitin hiện có để bán được giá cao hơn.",
    ),
    (
        "jGo004",
        "en",
        "shrimp_waste_review",
        "Enzymatic and fermentation deproteinisation of shrimp shell instead of HCl/NaOH",
        "Biotechnology group offers protease and lactic-acid fermentation routes to remove protein and minerals from shrimp shell, "
        "replacing most of the hydrochloric acid and caustic soda of the classical chitin process. Cuts corrosive effluent and lets "
        "pigments, amino acids and lipids be recovered as co-products.",
    ),
    (
        "jGo005",
        "vi",
        "oligochitosan",
        "Oligochitosan chiếu xạ bảo quản tôm nguyên liệu sau thu hoạch",
        "Chế phẩm oligochitosan phân tử lượng thấp, tan trong nước, sản xuất bằng bức xạ Co-60, có tính kháng khuẩn cao. Nhúng hoặc phun "
        "lên tôm nguyên liệu giúp làm chậm biến đen và ươn hỏng trong khâu thu mua, vận chuyển về nhà máy, thay cho hóa chất bảo quản.",
    ),
    (
        "jGo006",
        "en",
        "astax_nutra",
        "Natural astaxanthin from shrimp processing waste for feed and colourant",
        "Process for extracting astaxanthin from shrimp heads and shells with edible oils, giving a pigment concentrate for aquafeed "
        "(salmon, shrimp broodstock) and oil-based food colouring. Shell and head fractions are 40–50% of raw shrimp, so a plant "
        "peeling 20 t/day can feed a small extraction line.",
    ),
    (
        "jGo007",
        "en",
        "astax_cookwater",
        "Ultrafiltration of shrimp cooking water to recover protein and astaxanthin",
        "300 kDa ultrafiltration retains a protein–astaxanthin fraction from the cooking water of cooked-shrimp lines; pigment is then "
        "extracted into sunflower oil below 40 °C. Turns a high-COD stream into a saleable concentrate and reduces the load on the "
        "wastewater plant.",
    ),
    (
        "jGo008",
        "vi",
        "trang_bioactive",
        "Carotenoprotein giàu lipid và khoáng từ đầu tôm làm phụ gia thức ăn thủy sản",
        "Khoa Công nghệ Thực phẩm, ĐH Nha Trang: kết hợp xử lý hóa học và sinh học đầu tôm sú, tôm thẻ để thu đồng thời chitosan và "
        "carotenoprotein giàu lipid, khoáng, có thể bổ sung vào thức ăn tôm cá hoặc thực phẩm. Ước tính Việt Nam có trên 200.000 tấn phế liệu tôm mỗi năm.",
    ),
    (
        "jGo009",
        "vi",
        "chitin_quality",
        "Bảo quản phế liệu tôm trước khi sản xuất chitin – giữ chất lượng nguyên liệu",
        "Hướng dẫn kỹ thuật thu gom, phân loại và bảo quản vỏ đầu tôm (ướp muối, axit hóa, giữ lạnh) để không bị thối trong 2–5 ngày "
        "chờ chế biến; đánh giá ảnh hưởng của độ tươi phế liệu tới hiệu suất và màu của chitin, chitosan.",
    ),
    (
        "jGo010",
        "vi",
        "chitin_naoh",
        "Tối ưu công đoạn khử protein bằng NaOH trong sản xuất chitin",
        "Đồ án nghiên cứu ảnh hưởng tính chất nguyên liệu đầu vào (vỏ, đầu, tỷ lệ thịt sót) tới nồng độ, nhiệt độ và thời gian khử "
        "protein bằng NaOH; đề xuất chế độ tối ưu giúp giảm lượng kiềm tiêu thụ và lượng nước rửa.",
    ),
    (
        "jGo011",
        "en",
        "shrimp_biotech_review",
        "Comprehensive biotech utilisation of shrimp heads, shells and tails",
        "Ocean University of China review-based consulting package: biocatalysis and microbial fermentation to recover chitin, protein, "
        "lipids, astaxanthin, flavour compounds and calcium carbonate from the same shrimp waste stream, sized for plants that currently "
        "sell shells cheaply or dump them.",
    ),
    (
        "jGo012",
        "en",
        "carotenoprotein_alkp",
        "Alkaline-protease extraction of carotenoprotein from shrimp waste",
        "Eco-friendly enzymatic extraction of carotenoprotein from shrimp head and shell biomass with a novel alkaline protease; optimised "
        "pH, enzyme dose and time. Product is a pink protein powder for aquafeed and pet food.",
    ),
    (
        "jGo013",
        "vi",
        "chitin_crab",
        "Chiết xuất chitosan từ vỏ cua, ghẹ",
        "Quy trình khảo sát chiết chitosan từ vỏ cua: rửa, nghiền, khử khoáng, khử protein, deacetyl; áp dụng cho cơ sở chế biến cua ghẹ, "
        "thịt ghẹ đóng hộp có nhiều vỏ thải. Ứng dụng chitosan trong thực phẩm, nông nghiệp và xử lý nước.",
    ),
    # --- fish skin, collagen, gelatin, other fish by-products ---
    (
        "jGo014",
        "vi",
        "collagen_potech",
        "Công nghệ tách chiết collagen từ da cá tra phế phẩm",
        "Nhóm PGS.TS Phan Đình Tuấn (ĐH Bách khoa TP.HCM) chuyển giao quy trình ngâm da cá tra trong hệ dung môi NaOH – chất hoạt động "
        "bề mặt – ethanol để khử béo xuống dưới 0,5% rồi tách collagen. Mỗi nhà máy fillet thải 5–8 tấn da/ngày, collagen chiếm khoảng "
        "một nửa chất khô của da.",
    ),
    (
        "jGo015",
        "en",
        "collagen_unair",
        "Water-soluble collagen from Pangasius skin by acetic-acid hydro-extraction",
        "University laboratory offers a hydro-extraction protocol for catfish (Pangasius) skin that yields water-soluble collagen at "
        "different acetic acid strengths, free of harmful residues; suitable for beverages, supplements and cosmetic serums where "
        "ordinary fish collagen dissolves poorly.",
    ),
    (
        "jGo016",
        "en",
        "collagen_md",
        "Pepsin, ultrasound and supercritical options for collagen from fish by-products",
        "Technical advisory on acid-soluble, enzyme-soluble, ultrasound-assisted and deep-eutectic-solvent extraction of collagen from "
        "skins, scales and frames, with the key parameters (solid:liquid ratio, pepsin dose, temperature, time) to maximise yield.",
    ),
    (
        "jGo017",
        "en",
        "collagen_hydrolysed",
        "Enzymatic hydrolysed collagen peptides for functional food",
        "Contract development of low-molecular-weight collagen peptides by enzymatic hydrolysis, with antioxidant and antihypertensive "
        "activity testing; enzyme route preferred over acid/alkali for less waste and shorter processing time.",
    ),
    (
        "jGo018",
        "vi",
        "gelatin_catra",
        "Trích ly gelatin từ da cá tra có hỗ trợ siêu âm",
        "Trường ĐH Công nghiệp Thực phẩm TP.HCM: trích ly gelatin từ da cá tra ở 45 °C, siêu âm 150 W trong 2 giờ cho hiệu suất thu hồi "
        "cao hơn khoảng 33% so với trích ly thường cùng nhiệt độ và thời gian. Nhận thử nghiệm trên nguyên liệu của doanh nghiệp.",
    ),
    (
        "jGo019",
        "vi",
        "gelatin_vay",
        "Thu nhận gelatin từ vảy cá bằng enzyme alcalase",
        "Quy trình dùng alcalase thương mại để thu gelatin từ vảy cá biển, giảm hóa chất so với phương pháp axit truyền thống; "
        "phù hợp cơ sở phi lê cá có vảy (cá lóc, cá điêu hồng, cá biển) đang bỏ vảy.",
    ),
    (
        "jGo020",
        "vi",
        "cafef_collagen",
        "Tư vấn chuỗi giá trị collagen, gelatin từ phụ phẩm cá tra",
        "Dịch vụ đánh giá thị trường và mô hình đầu tư: 60–70% khối lượng cá tra là đầu, xương, da, mỡ, nội tạng; collagen, gelatin "
        "bột bán 7–9 USD/kg trên thị trường quốc tế. Lập phương án chuyển từ bán phụ phẩm làm thức ăn chăn nuôi sang nguyên liệu dược, mỹ phẩm.",
    ),
    (
        "jGo021",
        "vi",
        "baotu_basa",
        "Sản phẩm giá trị gia tăng từ bao tử cá basa",
        "Quy trình chế biến bao tử cá basa dồn thịt, hấp và cấp đông, tận dụng nội tạng ăn được thường bán rẻ; gồm công thức phối trộn, "
        "chế độ xử lý nhiệt và kiểm soát vi sinh cho sản phẩm bán siêu thị.",
    ),
    # --- fish fat, oil, fishmeal, silage, fertiliser ---
    (
        "jGo022",
        "vi",
        "biodiesel_khoahoc",
        "Công nghệ biodiesel từ mỡ cá tra, cá basa",
        "Phân viện Khoa học Vật liệu tại TP.HCM: chuyển vị ester mỡ cá bằng xúc tác zeolit với methanol trong 4–6 giờ; 1 tấn mỡ cho "
        "khoảng 800 kg biodiesel và 100 kg glycerin. Nhiên liệu đạt chỉ tiêu điểm chớp cháy, độ nhớt, giá thấp hơn dầu diesel khoáng khoảng 20%.",
    ),
    (
        "jGo023",
        "vi",
        "moca_plant",
        "Thiết kế phân xưởng nấu và tinh luyện mỡ cá tra",
        "Hồ sơ thiết kế phân xưởng sản xuất mỡ cá từ phụ phẩm cá tra công suất 200 tấn nguyên liệu/ngày: nấu, ép, ly tâm, trung hòa, "
        "tẩy màu, khử mùi; kèm cân bằng vật chất và lựa chọn thiết bị cho nhà máy fillet muốn tự chế biến phụ phẩm.",
    ),
    (
        "jGo024",
        "vi",
        "biolube",
        "Dầu nhờn gốc sinh học từ mỡ cá",
        "Nghiên cứu biến tính mỡ cá tra (thủy hóa, tách sáp, epoxy hóa và mở vòng epoxy) để làm dầu gốc bôi trơn sinh học có độ nhớt "
        "và độ bền nhiệt cao, cải thiện điểm rót chảy. Hướng đầu ra mới cho mỡ cá ngoài thức ăn chăn nuôi.",
    ),
    (
        "jGo025",
        "vi",
        "biodiesel_tct",
        "Đánh giá nguyên liệu mỡ cá cho sản xuất biodiesel công nghiệp",
        "Tạp chí Công Thương: phân tích khác biệt mỡ cá tra và cá basa, ảnh hưởng của môi trường nuôi tới chất lượng mỡ; tư vấn tiêu chí "
        "thu mua, tiền xử lý (khử axit béo tự do, nước, tạp) trước khi đưa mỡ vào dây chuyền biodiesel.",
    ),
    (
        "jGo026",
        "en",
        "silage_fao",
        "FAO manual: turning fish processing waste into fish silage",
        "Step-by-step acid and fermented silage production from heads, frames and viscera with simple tanks, grinders and formic acid or "
        "molasses plus lactic bacteria; the liquid product stores without refrigeration and is sold as feed ingredient or fertiliser. "
        "Suited to small processors without a fishmeal plant.",
    ),
    (
        "jGo027",
        "en",
        "silage_gsa",
        "Fermented fish silage as aquaculture and livestock feed ingredient",
        "Technical note on bioconverted fish waste: lactic fermentation with carbohydrate and inoculum, control of pH, temperature and "
        "storage time; warm-water fish leave more undigested protein, with guidance on oil limits (about 1% of diet dry matter).",
    ),
    (
        "jGo028",
        "en",
        "fishfert_attra",
        "Fish emulsion and hydrolysate fertiliser from fisheries waste",
        "Extension service guidance on making fish emulsion, fish hydrolysate and fish solubles for organic farming, and on composting "
        "fish offal with carbon-rich bulking agents while avoiding putrefaction, ammonia and pathogen problems.",
    ),
    (
        "jGo029",
        "en",
        "fao_odour",
        "Odour reduction in fish meal factories",
        "FAO advisory note: keep raw fish and offal fresh and chilled, limit storage time, seal cookers and dryers, condense and scrub "
        "vapours, and design buildings so that odorous air is captured; basis for discussions between factories and local authorities.",
    ),
    (
        "jGo030",
        "en",
        "sare_hydrolysate",
        "Fish hydrolysate formulated into pelleted feed for farmed fish",
        "Farmer-led project comparing hydrolysates from five fish species and formulating a slow-sinking 2 mm extruded pellet for perch and "
        "bluegill; shows how liquid hydrolysate (15–17% dry matter) can be blended into feed.",
    ),
    (
        "jGo031",
        "en",
        "silage_aquahoy",
        "Fish silage types and preparation for aquaculture feeds",
        "Overview service: acid silage, enzymatic and microbial silage from heads, viscera and bones; processing generates 30–70% waste, "
        "and silage gives a low-cost, storable protein source for fish and livestock farms.",
    ),
    # --- fish sauce, dried fish, clams ---
    (
        "jGo032",
        "vi",
        "fishsauce_vnua",
        "Enzyme Protex 51FP khởi động rút ngắn thời gian lên men nước mắm cá cơm",
        "Học viện Nông nghiệp Việt Nam: bổ sung protease Protex 51FP vào chượp cá cơm giúp thủy phân nhanh, rút ngắn thời gian ủ so với "
        "5–24 tháng truyền thống mà vẫn giữ độ đạm; phù hợp cơ sở nước mắm muốn quay vòng thùng ủ nhanh hơn.",
    ),
    (
        "jGo033",
        "vi",
        "fishsauce_protease",
        "Sản xuất nước mắm cá đù bằng enzyme protease thương mại",
        "Quy trình dùng protease thương mại thủy phân cá đù và cá tạp giá rẻ, xác định tỷ lệ enzyme, muối, nhiệt độ; sản phẩm đạt "
        "nitơ tổng số và nitơ axit amin theo tiêu chuẩn, thời gian sản xuất ngắn.",
    ),
    (
        "jGo034",
        "vi",
        "fishsauce_canuc",
        "Nước mắm cao đạm ngắn ngày từ cá nục",
        "Đề tài hướng dẫn chế biến nước mắm cao đạm từ cá nục trong thời gian ngắn nhờ kiểm soát nhiệt độ, vi sinh vật và enzyme; kèm "
        "tiêu chuẩn nguyên liệu cá nục và muối.",
    ),
    (
        "jGo035",
        "en",
        "fishsauce_trad",
        "Scientific control of traditional fish sauce fermentation",
        "Consultancy for artisanal fish sauce makers: choice of anchovy and salt, fish:salt ratio, endogenous trypsin activity, "
        "temperature and aeration during months of fermentation, and how to obtain the amber first-draw sauce with stable aroma.",
    ),
    (
        "jGo036",
        "vi",
        "fishsauce_cacom",
        "Kiểm soát chất lượng nước mắm cá cơm",
        "Phân tích các yếu tố ảnh hưởng tới chất lượng nước mắm cá cơm: độ tươi cá, loại muối, thời gian ủ, độ đạm, màu, mùi; bộ chỉ "
        "tiêu kiểm tra nội bộ cho cơ sở sản xuất muốn ổn định chất lượng giữa các mẻ.",
    ),
    (
        "jGo037",
        "vi",
        "dry_cadua",
        "Máy sấy cá dứa kết hợp năng lượng mặt trời và điện trở",
        "TS Vương Thành Tiên và cộng sự chế tạo máy sấy 50–100 kg/mẻ, có bộ thu nhiệt mặt trời, điện trở dự phòng khi mưa và bộ đảo gió, "
        "sấy ổn định 40–50 °C, sản phẩm trắng hơn, đạt vi sinh, không cần sân phơi lớn. Đã ứng dụng ở cơ sở cá khô Cần Giờ.",
    ),
    (
        "jGo038",
        "vi",
        "dry_casac",
        "Hệ thống dàn sấy cá sặc rằn tự động bằng năng lượng mặt trời",
        "Trường ĐH Văn Hiến: buồng sấy hiệu ứng nhà kính với dàn phơi quay, tự điều chỉnh tốc độ gió theo nhiệt độ, chạy lưới điện ban đêm, "
        "cuối mẻ nâng 70 °C và phun sương để diệt E. coli, Salmonella. Năng suất tăng 3 lần, một công nhân vận hành, điều khiển qua IoT.",
    ),
    (
        "jGo039",
        "en",
        "dry_solar_tailieu",
        "Solar fish dryer designs for household to commercial scale",
        "Guidance on natural-convection tent and cabinet dryers for households, forced-convection greenhouse and tunnel dryers for small "
        "commercial producers, and hybrid chamber dryers for larger plants; improves hygiene compared with open-air drying of anchovy, "
        "scad and pangasius.",
    ),
    (
        "jGo040",
        "en",
        "dry_cambodia",
        "Solar dome dryers for small fish processors",
        "Solar dome drying adopted by Cambodian fish processors replaces sun drying and firewood smoking: faster, cleaner, protected from "
        "flies and rain, and without smoke-related health problems. Package covers dome construction and operation.",
    ),
    (
        "jGo041",
        "vi",
        "clam_freeze_dry",
        "Chế biến nghêu sấy thăng hoa",
        "Nghiên cứu quy trình sấy thăng hoa thịt nghêu Meretrix lyrata: xử lý sơ bộ, cấp đông, sấy chân không, bao gói; sản phẩm nhẹ, "
        "giữ màu, mùi và giá trị dinh dưỡng, bảo quản ở nhiệt độ thường.",
    ),
    (
        "jGo042",
        "vi",
        "clam_sauce",
        "Nước sốt từ nghêu – sản phẩm gia vị giá trị gia tăng",
        "Khóa luận ĐH Công nghiệp Thực phẩm TP.HCM: công thức và quy trình sản xuất nước sốt từ thịt và nước luộc nghêu, tận dụng nghêu "
        "cỡ nhỏ, vỡ vỏ không đạt xuất khẩu.",
    ),
    (
        "jGo043",
        "vi",
        "clam_bentre",
        "Tư vấn xây dựng chỉ dẫn địa lý và chứng nhận MSC cho nghêu",
        "Kinh nghiệm nghêu Bến Tre – sản phẩm thủy sản đầu tiên Đông Nam Á đạt MSC (2009) và được cấp chỉ dẫn địa lý 2024: hồ sơ, "
        "quy chế quản lý, tiêu chí cảm quan nghêu tươi, nghêu hấp đông lạnh và thịt nghêu cho vùng nuôi ven biển lân cận.",
    ),
    # --- surimi ---
    (
        "jGo044",
        "en",
        "surimi_mwp",
        "Modified surimi washing with intermediate dewatering",
        "Two-cycle washing with intermediate pressing (compression ratio 1:1.2–1:1.5) gives surimi gel equal to conventional three-cycle "
        "washing while cutting cold-water use by 33% and wastewater discharge by 38%. Process audit and trials offered to surimi plants.",
    ),
    (
        "jGo045",
        "en",
        "surimi_uf",
        "Membrane recovery of fish protein from surimi wash water",
        "Pilot ultrafiltration unit concentrates the soluble proteins lost in surimi wash water; the recovered solids are nutritionally "
        "similar to surimi and can be returned to the product or sold as a protein ingredient, lowering effluent BOD.",
    ),
    (
        "jGo046",
        "en",
        "surimi_tf",
        "Water recycling for scrap transport in surimi and fillet lines",
        "Engineering review of surimi plant water use: heading, gutting and deboning machines use streams of water and much of it only "
        "carries skins, viscera and backbones to the scrap system; recycled water can replace fresh water there.",
    ),
    (
        "jGo047",
        "en",
        "surimi_lin",
        "Optimised water-to-meat ratio and washing cycles for surimi",
        "Study-based protocol showing that lower water:meat ratios (2:1 or 1:1) with more washing cycles keep myofibrillar protein and "
        "reduce water use; guidance on trade-offs in whiteness and moisture.",
    ),
    (
        "jGo048",
        "vi",
        "ww_surimi_taccau",
        "Hệ thống xử lý nước thải surimi 300 m3/ngày đêm",
        "Đơn vị môi trường đã thi công hệ thống 10 công đoạn cho nhà máy surimi ở Tắc Cậu, Kiên Giang: lọc rác tinh, tuyển nổi tách mỡ, "
        "điều hòa, xử lý sinh học chịu sốc tải, khử mùi; nước thải đầu vào COD tới 36.000 mg/l, đầu ra đạt QCVN 11:2008 cột B.",
    ),
    # --- freezing, IQF, cold storage, ice ---
    (
        "jGo049",
        "en",
        "iqf_gea",
        "IQF tunnel and spiral freezers for shrimp",
        "Equipment supplier: factory-assembled IQF tunnel freezers for raw or cooked, peeled or shell-on shrimp at 1–2 t/h with tight-mesh "
        "belts for small sizes, and spiral freezers for head-on shrimp where antennae must be preserved.",
    ),
    (
        "jGo050",
        "en",
        "iqf_nitrogen",
        "Liquid-nitrogen crust freezer added to an existing tunnel",
        "Immersion crust-freezer extension (3 m long) in front of a tunnel: adds 900–1,400 kg/h of IQF shrimp capacity without enlarging "
        "the building; used by a Gulf shrimp processor that outgrew its CO2 system.",
    ),
    (
        "jGo051",
        "en",
        "iqf_fst",
        "Selecting cryogenic versus mechanical tunnel freezers for seafood",
        "Cold-chain engineering advice: mechanical air-blast tunnels for high volumes at lower running cost, cryogenic N2/CO2 tunnels for "
        "delicate products and fast start-up; sizing, pre-cooling and belt loading to avoid large ice crystals and drip loss.",
    ),
    (
        "jGo052",
        "en",
        "freezing_alaska",
        "Planning manual and training for seafood freezing operations",
        "Sea Grant manual (128 pages) and short course for plant managers, refrigeration contractors and investors: physics of freezing, "
        "choice of plate, blast and IQF equipment, refrigeration load, and quality effects on fish and shellfish.",
    ),
    (
        "jGo053",
        "en",
        "blast_rebound",
        "Thermal storage to speed up blast freezing cycles",
        "Technology company offers thermal energy storage that supplies extra refrigeration during the first 30% of a blast-freezing "
        "cycle, when compressors cannot hold suction, so rooms freeze faster without buying compressors that sit idle most of the year.",
    ),
    (
        "jGo054",
        "vi",
        "caseamex_coldwall",
        "Đánh giá tổn thất nhiệt qua vách kho lạnh và hiệu suất fillet cá tra",
        "Bộ phương pháp của ĐH Cần Thơ đo độ mất nhiệt qua tường, vách cách nhiệt kho lạnh và tính hiệu suất thu hồi fillet cá tra theo "
        "từng công đoạn; chỉ ra điểm hở cách nhiệt và công đoạn hao hụt để doanh nghiệp khắc phục.",
    ),
    (
        "jGo055",
        "vi",
        "coldplant_design",
        "Thiết kế nhà máy chế biến đông lạnh thủy sản 35 tấn nguyên liệu/ngày",
        "Hồ sơ thiết kế mặt bằng, dây chuyền, hệ thống lạnh (tủ đông tiếp xúc, băng chuyền IQF, kho trữ đông), cấp thoát nước và tính "
        "toán kinh tế cho nhà máy tôm, cá đông lạnh cỡ vừa.",
    ),
    (
        "jGo056",
        "vi",
        "tom_pto",
        "Quy trình chế biến tôm PTO đông lạnh và vận chuyển tôm nguyên liệu",
        "Chuyển giao quy trình tôm PTO: tiếp nhận, ướp đá 5–15 °C trong thùng cách nhiệt lót trấu hoặc rong, sơ chế, lột vỏ chừa đuôi, "
        "phân cỡ, cấp đông; áp dụng cho tôm sú, tôm thẻ, tôm chì.",
    ),
    (
        "jGo057",
        "en",
        "ice_fao",
        "Choosing and sizing an ice plant for fish landing sites",
        "FAO guidance for processors and fishermen: block, flake, tube and plate ice makers, dry subcooled vs wet ice, space, power and "
        "refrigeration needs, storage and handling, and the case for and against making ice at sea.",
    ),
    (
        "jGo058",
        "en",
        "ice_blockice",
        "Containerised relocatable block ice plant 10 t/24 h",
        "Block ice plant with brine tank in a 40 ft open-top container and refrigeration plus ice store in an insulated container; 25 or "
        "50 kg cans, ammonia or halocarbon refrigerant, air- or water-cooled condensers. Can be moved between fishing ports.",
    ),
    (
        "jGo059",
        "en",
        "ice_fao2",
        "Rapid block ice and slurry ice makers",
        "Ice manufacturing equipment note: rapid block makers freeze around refrigerated tubes and harvest automatically in a fraction of "
        "the floor space of brine-can plants; slush/slurry ice machines produce wet ice that wraps fish closely.",
    ),
    (
        "jGo060",
        "en",
        "iot_cvcs",
        "Wireless IoT temperature monitoring for cold rooms",
        "LoRaWAN or cellular sensors every 5–15 minutes at doors, evaporators and corners; cloud platform with SMS and e-mail alarms, "
        "tamper-evident logs for audits and insurance; catches failing fans, open doors and refrigerant loss within minutes.",
    ),
    (
        "jGo061",
        "en",
        "iot_mdpi",
        "Low-cost open-source temperature logger for refrigerated cabinets",
        "University design using ESP8266 Wi-Fi boards and DS18B20 probes with the ThingSpeak cloud: robust, very cheap monitoring of "
        "chillers and display cabinets that small shops can build and extend.",
    ),
    (
        "jGo062",
        "en",
        "iot_cky",
        "HACCP-compliant cold chain temperature monitoring system design",
        "Engineering firm designs automated temperature monitoring for cold and frozen stores: sensor selection and mapping, alarm "
        "escalation, data retention for HACCP critical control points and traceability audits.",
    ),
    (
        "jGo063",
        "en",
        "heat_tamu",
        "Heat recovery from ammonia refrigeration to preheat plant hot water",
        "Case study offer: shell-and-tube exchanger on the compressor hot-gas line of a 1,350-ton ammonia system preheats water for "
        "cleaning; recovered 0.5–1 million BTU/h, cut boiler fuel by about USD 30,000 a year with a simple payback.",
    ),
    (
        "jGo064",
        "en",
        "heat_tiesa",
        "Refrigeration heat-recovery integration for food plants",
        "Integrated refrigeration and process engineers size desuperheaters, storage tanks and controls so that rejected condenser heat "
        "supplies sanitation hot water without compromising cooling reliability.",
    ),
    # --- fishing boats ---
    (
        "jGo065",
        "vi",
        "boat_cpf",
        "Hầm bảo quản sản phẩm trên tàu cá bằng vật liệu CPF",
        "Trung tâm Khuyến nông Quốc gia chuyển giao quy trình 5 bước: khảo sát tàu, thiết kế, thi công lớp polyurethane foam 150–200 mm "
        "bọc composite 5 mm phủ gelcoat. Hầm kín nước, giữ nhiệt tốt hơn, giảm chi phí nước đá và tổn thất chất lượng cá.",
    ),
    (
        "jGo066",
        "vi",
        "boat_pu",
        "Cải hoán hầm tàu cá bằng foam PU lót inox 304",
        "Dịch vụ bơm foam PU vào khoang hầm rồi lót inox 304 dày 0,45–0,5 mm. Hầm gỗ – xốp truyền thống chỉ giữ đá 10–15 ngày và phải "
        "làm lại sau 5–6 năm; hầm PU giữ đá lâu hơn cho chuyến biển xa bờ dài ngày.",
    ),
    (
        "jGo067",
        "vi",
        "boat_quangthang",
        "Phun PU bảo ôn kho lạnh, hầm tàu cá",
        "Đội thi công phun polyurethane cách nhiệt cho hầm cá, kho lạnh, xe lạnh. Hầm truyền thống hiệu suất dùng đá chỉ 50–60%, tổn thất "
        "sau thu hoạch 20–30%; lớp PU liền khối giảm tan đá và hao hụt.",
    ),
    (
        "jGo068",
        "vi",
        "vms_sggp",
        "Thiết bị giám sát hành trình tàu cá đạt chuẩn Nghị định 41/2026",
        "Cung cấp, lắp đặt thiết bị VMS vệ tinh cho tàu cá, truyền dữ liệu liên tục về hệ thống của Bộ Nông nghiệp và Môi trường, lưu "
        "trữ tối thiểu 36 tháng, phần mềm tiếng Việt trên Windows, Android, iOS, cảnh báo ra vào vùng.",
    ),
    (
        "jGo069",
        "en",
        "vms_seacom",
        "Iridium-based vessel monitoring with continuous track history",
        "Satellite VMS service that keeps uninterrupted track data over long periods, which EU IUU inspections now check more than "
        "declared catch; helps fleet owners prove legal fishing areas and times for export documentation.",
    ),
    (
        "jGo070",
        "vi",
        "vms_quangbinh",
        "Đánh giá hiệu quả và quy trình vận hành hệ thống VMS cho tàu khai thác xa bờ",
        "Nghiên cứu của ĐH Nha Trang tại Quảng Bình: 86,7% tàu ≥15 m đã lắp VMS, nhiều thiết bị chưa đạt tần suất báo vị trí 2 giờ/lần; "
        "đề xuất giải pháp kỹ thuật, nghiệp vụ cho chi cục thủy sản và chủ tàu.",
    ),
    (
        "jGo071",
        "vi",
        "vms_vtv",
        "Giải pháp truy xuất nguồn gốc thủy sản khai thác gắn với dữ liệu hành trình",
        "Kết nối dữ liệu giám sát hành trình 24/24 giờ của tàu từ 15 m với nhật ký khai thác, xác nhận sản lượng bốc dỡ tại cảng để cấp "
        "giấy xác nhận nguồn gốc cho lô hàng xuất khẩu.",
    ),
    # --- wastewater ---
    (
        "jGo072",
        "vi",
        "ww_salinity",
        "Bùn hoạt tính chịu mặn xử lý nước thải thủy sản độ mặn cao",
        "Nghiên cứu thích nghi bùn hoạt tính với nước thải chế biến thủy sản có muối (nước mắm, cá muối, tôm ngâm), giữ hiệu quả khử "
        "COD, nitơ khi độ mặn tăng; hướng dẫn khởi động và vận hành bể sinh học.",
    ),
    (
        "jGo073",
        "vi",
        "ww_tiengiang",
        "Đánh giá và cải tạo hệ thống xử lý nước thải nhà máy chế biến thủy sản",
        "Khảo sát quy trình xử lý nước thải tại các nhà máy chế biến thủy sản Tiền Giang, so sánh công nghệ, chỉ ra công đoạn quá tải và "
        "đề xuất cải tạo để đạt quy chuẩn; dịch vụ tương tự cho doanh nghiệp vùng ĐBSCL.",
    ),
    (
        "jGo074",
        "vi",
        "ww_memart",
        "Dây chuyền xử lý nước thải chế biến thủy sản trọn gói",
        "Thiết kế, lắp đặt hệ thống: lược rác, bể tách mỡ, điều hòa, keo tụ – tuyển nổi, sinh học thiếu khí – hiếu khí, lắng, khử trùng, "
        "xử lý bùn; kèm dự toán chi phí đầu tư, vận hành.",
    ),
    (
        "jGo075",
        "en",
        "uasb_fish",
        "UASB anaerobic pretreatment for fish processing wastewater",
        "One- or two-step UASB reactors treating fish canning-type wastewater at 5–8 g COD/L/day and 11–12 h retention: about 78% COD "
        "removal with methane recovery; a first-step reactor captures suspended solids when lipids are high.",
    ),
    (
        "jGo076",
        "en",
        "uasb_catfish",
        "Anaerobic digestion of catfish processing wastewater with nutrient amendment",
        "University of Louisiana results: nitrogen and sulphur amendment raises methane yield of catfish plant wastewater to "
        "121–236 m3 per ton COD at 67–80% methane, offering an energy co-product instead of costly aerobic treatment.",
    ),
    (
        "jGo077",
        "en",
        "uasb_review",
        "High-rate UASB reactors for tropical decentralised treatment",
        "Review-based design support for UASB plants with biogas use for heat and power, co-digestion of local substrates, and "
        "post-treatment to meet discharge limits; tropical climates need little reactor heating.",
    ),
    (
        "jGo078",
        "en",
        "daf_cpw",
        "Dissolved air flotation for oil and grease in seafood effluent",
        "DAF units with pH control (4.5–6) to break protein emulsions: in tuna processing wastewater about 80% of oil and grease is "
        "removed before biological treatment. Sizing, recycle pressurisation and operator training.",
    ),
    (
        "jGo079",
        "en",
        "daf_pretreat",
        "DAF pretreatment packages for meat, fish and poultry plants",
        "Package DAF pretreatment that strips suspended organic solids, oil and grease so that municipal or on-site biological systems "
        "are not overwhelmed; chemical dosing for dissolved protein capture.",
    ),
    (
        "jGo080",
        "en",
        "daf_arsistek",
        "Selecting FOG removal: grease trap, DAF or MBR",
        "Engineering guide: grease traps below 50 mg/L FOG, DAF for 50–500 mg/L, DAF followed by MBR above 1,000 mg/L; solutions for "
        "slaughterhouses, dairies and food factories.",
    ),
    (
        "jGo081",
        "en",
        "daf_chitosan",
        "Natural flocculants including chitosan for food wastewater flotation",
        "Coagulation–flocculation consulting using inorganic salts or natural polymers such as chitosan, carrageenan and lignosulfonate "
        "ahead of flotation; recovered float is protein-rich and can go to feed.",
    ),
    (
        "jGo082",
        "vi",
        "ww_rbc",
        "Đĩa quay sinh học RBC và lọc sinh học cho nước thải thủy sản",
        "Tổng hợp phương pháp sinh học xử lý ô nhiễm ngành thủy sản: hiếu khí, kỵ khí, hồ sinh học và lọc sinh học (lọc nhỏ giọt, đĩa "
        "quay RBC); tư vấn chọn công nghệ gọn, ít tốn điện cho cơ sở vừa và nhỏ.",
    ),
    (
        "jGo083",
        "vi",
        "ww_tdm",
        "Hệ thống xử lý nước thải công suất nhỏ cho cơ sở chế biến thủy sản",
        "Sơ đồ công nghệ cho cơ sở chế biến quy mô hộ, làng nghề: song chắn rác, bể điều hòa, keo tụ, bể hiếu khí, lắng, khử trùng; "
        "thuyết minh và đề xuất cải tiến.",
    ),
    # --- sludge, solid waste, biogas ---
    (
        "jGo084",
        "vi",
        "sludge_microbelift",
        "Xử lý bùn thải nhà máy chế biến thủy sản thành phân hữu cơ",
        "Giải pháp ủ bùn thải từ hệ thống xử lý nước thải thủy sản (khoảng 2 tấn/nhà máy/ngày) bằng chế phẩm vi sinh thành phân hữu cơ "
        "hoặc giá thể; kèm chế phẩm xử lý nitơ trong nước thải chế biến thủy sản.",
    ),
    (
        "jGo085",
        "vi",
        "sludge_hathanh",
        "Phân compost hiếu khí từ bùn thải nhà máy xử lý nước",
        "Quy trình ủ hở thổi khí cưỡng bức bùn nhà máy nước với phân bò, vỏ trấu và EM, tỷ lệ tối ưu 7 bùn : 3 phân bò, 30 ngày; "
        "cần bổ sung N, P, K để đạt tiêu chuẩn phân bón.",
    ),
    (
        "jGo086",
        "en",
        "sludge_shrimppond",
        "Compost from intensive shrimp pond bottom sludge",
        "Aerobic composting of saline shrimp pond sludge with rice straw for 52 days gives compost with 15.6% organic matter, 2.2% N and "
        "1.8% P and low heavy metals; tested on ponds in Ben Tre.",
    ),
    (
        "jGo087",
        "en",
        "ras_sludge_biogas",
        "Biogas from fish sludge co-digested with crop residues",
        "Batch, CSTR and UASB tests on African catfish farm sludge: 229–329 L CH4/kg VS alone, up to 381 L with 25% cucumber residues; "
        "design advice for integrating sludge digestion with a biogas plant.",
    ),
    # --- monitoring ---
    (
        "jGo088",
        "vi",
        "qt_tayninh",
        "Trạm quan trắc nước thải tự động, liên tục truyền dữ liệu về Sở",
        "Lắp đặt trạm đo pH, nhiệt độ, COD, TSS, amoni, lưu lượng đầu vào – đầu ra, truyền dữ liệu 5 phút/lần về trung tâm giám sát của "
        "Sở Nông nghiệp và Môi trường; đã triển khai cho hệ thống 2.000 m3/ngày đêm ở KCN Chà Là.",
    ),
    (
        "jGo089",
        "vi",
        "qt_bkcems",
        "Hệ thống quan trắc nước thải theo Nghị định 08/2022/NĐ-CP",
        "Tư vấn, cung cấp thiết bị, camera và datalogger cho hệ thống quan trắc nước thải tự động đáp ứng Nghị định 08/2022; hiệu chuẩn, "
        "kiểm định và bảo trì định kỳ cảm biến.",
    ),
    (
        "jGo090",
        "vi",
        "qt_ngo",
        "Tư vấn nghĩa vụ quan trắc tự động, liên tục theo Luật BVMT 2020",
        "Xác định cơ sở thuộc diện phải quan trắc nước thải tự động (loại hình có nguy cơ ô nhiễm, lưu lượng xả trung bình trở lên), "
        "thông số và vị trí quan trắc; hỗ trợ hồ sơ với cơ quan quản lý.",
    ),
    (
        "jGo091",
        "vi",
        "qt_kontum",
        "Kết nối dữ liệu quan trắc nước thải khu công nghiệp về Sở",
        "Mô hình triển khai tại KCN Hòa Bình: nhà máy xử lý nước thải tập trung lắp quan trắc lưu lượng, chất lượng liên tục, kết nối hệ "
        "thống trung tâm của Sở để giám sát mọi thời điểm và ứng cứu sự cố.",
    ),
    (
        "jGo092",
        "vi",
        "qt_river",
        "Trạm quan trắc tự động chất lượng nước sông tiếp nhận",
        "Bốn trạm quan trắc nguồn nước trên sông Đồng Nai vận hành tự động, truyền dữ liệu 5 phút/lần về trung tâm; mô hình cho tỉnh "
        "muốn giám sát nguồn tiếp nhận nước thải công nghiệp.",
    ),
    # --- water reuse ---
    (
        "jGo093",
        "vi",
        "reuse_vietwater",
        "Màng RO tái sử dụng nước thải công nghiệp",
        "Công ty xử lý nước cung cấp cụm thẩm thấu ngược sau hệ thống xử lý nước thải: loại TDS, kim loại, vi khuẩn, hữu cơ khó phân hủy, "
        "cho nước chất lượng cao dùng lại trong sản xuất và sinh hoạt nội bộ nhà máy.",
    ),
    (
        "jGo094",
        "vi",
        "reuse_ats",
        "Quy trình UF + RO tái sử dụng nước thải cho làm mát, vệ sinh",
        "Thiết kế chuỗi siêu lọc UF và RO để dùng lại nước thải đã xử lý cho tháp giải nhiệt, rửa sàn, tưới cây trong nhà máy, khu công "
        "nghiệp, tuân thủ quy chuẩn nước dùng lại.",
    ),
    (
        "jGo095",
        "vi",
        "reuse_washi",
        "MBR và RO cấp nước cho lò hơi, tháp giải nhiệt từ nước thải",
        "Giải pháp màng vi lọc, màng sinh học MBR và RO để biến nước thải thành nước cấp cho cooling, boiler; thiết kế theo chất lượng "
        "nước khách hàng yêu cầu.",
    ),
    # --- odour ---
    (
        "jGo096",
        "en",
        "biofilter_watt",
        "Inorganic-media biofilters for high-strength process odours",
        "Advanced inorganic biofilter media for the smelliest feed and rendering duties (cookers, dryers, raw material reception), "
        "reducing nuisance complaints from plants near residential areas.",
    ),
    (
        "jGo097",
        "en",
        "soilbed",
        "Soil-bed biofilter for cooker non-condensable gases",
        "Low-cost soil bed treating 1,100 m3/h of cooker non-condensables over 420 m2 with 5 cm water pressure drop; olfactometry showed "
        "99.9% odour removal, equal to incineration or scrubbing.",
    ),
    (
        "jGo098",
        "en",
        "petfood_odor",
        "Plasma/ozone odour reactors and chimney options",
        "Comparison of odour controls for dryers and extruders: chimney dispersion, ozone/plasma injection at 70–85% efficiency, "
        "scrubbers and biofilters, with olfactometric measurement to prove results.",
    ),
    # --- food safety lab ---
    (
        "jGo099",
        "en",
        "hist_prognosis",
        "Histamine and antibiotic residue ELISA and lateral-flow kits",
        "Diagnostics company supplies histamine kits validated by ILVO plus chloramphenicol and tetracycline kits in ELISA and lateral-flow "
        "formats for seafood, meat and honey laboratories.",
    ),
    (
        "jGo100",
        "en",
        "hist_kits",
        "Validated histamine test kits for fish sauce and traditional fish products",
        "Independent evaluation of seven commercial kits against HPLC: Histamine Food EIA correlated best (R2 0.91, recovery 89–117%); "
        "Histasure and semi-quantitative Transia kits suit HACCP monitoring at 50 ppm cut-offs in processing plants.",
    ),
    (
        "jGo101",
        "en",
        "hist_tecna",
        "Histamine kits for EU-compliant fish testing",
        "Histamine analysis kits aligned with Commission Regulation (EC) 2073/2005 sampling and criteria for fishery products; supports "
        "exporters to the EU.",
    ),
    (
        "jGo102",
        "en",
        "hist_biofront",
        "Histamine kits covering fish sauce limits",
        "Distributor of rapid histamine kits; FDA guidance level 50 ppm, Health Canada 100 ppm for most fish and 200 ppm for anchovies and "
        "fermented fish sauces and pastes.",
    ),
    (
        "jGo103",
        "en",
        "residue_glenwood",
        "Seafood residue testing: sulfites, histamine, biotoxins",
        "Laboratory systems and technical support for sulfite residues in shrimp (labelling above 10 ppm), histamine and marine "
        "biotoxins such as PSP in shellfish.",
    ),
    (
        "jGo104",
        "en",
        "biotoxin_fqs",
        "Lateral-flow shellfish biotoxin strips with electronic reader",
        "Ten-minute strip tests for PSP and other marine biotoxins in clams and oysters, usable on boats or at depuration sites; "
        "networked readers store results and remove reading bias; 96-well ELISA for high throughput.",
    ),
    # --- energy ---
    (
        "jGo105",
        "vi",
        "energy_vinacontrol",
        "Dịch vụ kiểm toán năng lượng bắt buộc",
        "Kiểm toán năng lượng 10 bước cho cơ sở sản xuất tiêu thụ từ 1.000 TOE/năm theo Thông tư 25/2020/TT-BCT: đo kiểm hệ thống lạnh, "
        "máy nén, bơm, chiếu sáng, lập báo cáo và giải pháp tiết kiệm.",
    ),
    (
        "jGo106",
        "vi",
        "energy_vncpc",
        "Sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP) cho doanh nghiệp khu công nghiệp",
        "Chuyên gia VNCPC khảo sát điện, nước, hóa chất, tìm 'điểm nóng' tổn hao (thiết bị thiếu bảo dưỡng, bảo ôn kém, đèn công suất "
        "lớn…) và đề xuất giải pháp ít chi phí; thuộc dự án khu công nghiệp sinh thái.",
    ),
    (
        "jGo107",
        "vi",
        "energy_kiemtoan",
        "Tư vấn tiết kiệm năng lượng và tối ưu vận hành nhà xưởng",
        "Đo lường, phân tích tiêu thụ năng lượng, xác định cơ hội tiết kiệm, đề xuất biến tần, thu hồi nhiệt, điện mặt trời áp mái; hỗ "
        "trợ tuân thủ Luật sử dụng năng lượng tiết kiệm và hiệu quả.",
    ),
    # --- processing automation ---
    (
        "jGo108",
        "en",
        "peel_gsa",
        "Automatic shrimp peeling and deveining machines",
        "Roller-type machine peelers and deveiners for warm-water shrimp; skilled hand peelers manage 6–12 shrimp a minute with variable "
        "quality, machines give consistent yield and less handling contamination for value-added PD and PUD products.",
    ),
    (
        "jGo109",
        "en",
        "peel_km",
        "Vacuum peeler for small hard-shelled shrimp",
        "Danish machinery maker develops a vacuum peeler that pops the shell in 2–3 seconds, 300–400 kg/h, for small tough-shelled shrimp "
        "that were hand-peeled; also onboard grading equipment.",
    ),
    (
        "jGo110",
        "en",
        "peel_grading",
        "Roller graders and peelers for prawns",
        "Angled-roller graders sort prawns into size classes onto separate belts; peelers split the shell and pull it between counter-"
        "rotating rollers; one machine peels about 400 kg/h against 25 kg/h by hand.",
    ),
    # --- more on-topic variants ---
    (
        "jGo111",
        "vi",
        "boat_quangthang",
        "Thi công kho lạnh lắp ghép panel PU cho cơ sở thu mua, sơ chế",
        "Lắp kho lạnh, kho mát panel PU cho vựa thu mua tôm cá, cơ sở sơ chế nhỏ: 10–50 m3, cụm máy nén, dàn lạnh, cửa kho, bảo hành; "
        "giảm tan đá và hao hụt khi chờ xe lạnh.",
    ),
    (
        "jGo112",
        "vi",
        "fishsauce_trad",
        "Quản lý muối và nước chượp cho cơ sở nước mắm",
        "Tư vấn chất lượng muối, tái sử dụng nước muối, lịch kéo rút thùng chượp; tách riêng nước rửa có độ mặn cao để không làm sốc bể "
        "xử lý sinh học của cơ sở.",
    ),
    (
        "jGo113",
        "vi",
        "fishsauce_trad",
        "Quy trình ủ chượp nước mắm truyền thống theo cơ sở khoa học",
        "Tài liệu và tập huấn: chọn cá cơm, muối, tỷ lệ cá – muối, kiểm soát nhiệt, đảo chượp, kéo rút để có nước mắm cốt màu hổ phách; "
        "giải thích vai trò enzyme nội tại và vi sinh trong các tháng ủ.",
    ),
    (
        "jGo114",
        "vi",
        "cafef_collagen",
        "Dây chuyền bột cá, dầu cá từ đầu xương cá tra",
        "Cung cấp trọn gói dây chuyền nhỏ: nồi nấu, máy ép, ly tâm decanter, máy sấy để chế biến đầu, xương, nội tạng cá tra thành bột cá "
        "và dầu cá thô; tích hợp xử lý mùi và cô đặc dịch ép.",
    ),
    (
        "jGo115",
        "vi",
        "ww_memart",
        "Bể tách mỡ và tuyển nổi DAF cho nước thải fillet cá tra",
        "Thiết kế, cung cấp cụm bể tách mỡ và bể tuyển nổi khí hòa tan có gạt váng, hóa chất keo tụ, thu mỡ cá nổi để bán lại; giảm tải "
        "cho bể sinh học phía sau.",
    ),
    (
        "jGo116",
        "en",
        "biotoxin_fqs",
        "Shellfish depuration and biotoxin screening advice",
        "Food safety consultancy on clam and oyster sanitation: harvest-area monitoring, depuration tanks, and on-site rapid biotoxin "
        "screening before sale to processors.",
    ),
    (
        "jGo117",
        "vi",
        "oligochitosan",
        "Màng bao chitosan kéo dài hạn dùng cá fillet ướp lạnh",
        "Dung dịch phủ chitosan, oligochitosan cho cá fillet và tôm bảo quản lạnh 0–4 °C, ức chế vi khuẩn, giảm mất nước; hướng dẫn "
        "nồng độ và cách nhúng cho cơ sở bán hàng tươi.",
    ),
    (
        "jGo118",
        "vi",
        "uasb_catfish",
        "Đốt biogas từ bể kỵ khí nước thải thay dầu cho lò hơi nhà máy",
        "Gói kỹ thuật thu khí sinh học từ bể kỵ khí xử lý nước thải, làm sạch H2S và đốt trong lò hơi hoặc máy phát nhỏ, thay một phần "
        "dầu FO dùng cho hấp, luộc, vệ sinh ở nhà máy cá tra, tôm.",
    ),
    (
        "jGo119",
        "vi",
        "dry_solar_tailieu",
        "Lò sấy bơm nhiệt – năng lượng mặt trời cho khô cá, tôm khô",
        "Thiết bị sấy lai kiểu buồng đối lưu cưỡng bức, có thể dùng thêm bơm nhiệt, cho cơ sở làm khô cá lóc, cá sặc, tôm khô quy mô "
        "thương mại nhỏ; hạn chế ruồi, bụi, không phải dùng hóa chất chống mốc.",
    ),
    (
        "jGo120",
        "vi",
        "ice_fao",
        "Tư vấn lắp máy làm đá vảy trên tàu hay mua đá bờ",
        "Đánh giá cho chủ tàu nên lắp máy đá vảy nhỏ trên tàu hay chở đá cây từ bờ, dựa trên độ dài chuyến biển, thể tích hầm, công suất "
        "lấy từ máy chính và chi phí bảo trì.",
    ),
    (
        "jGo121",
        "vi",
        "qt_bkcems",
        "Cảm biến và camera giám sát cửa xả nước thải cho doanh nghiệp chế biến",
        "Gói thiết bị đo lưu lượng, COD, TSS, pH tại cửa xả kèm camera, truyền dữ liệu qua 4G; cảnh báo vượt ngưỡng qua tin nhắn cho "
        "cán bộ môi trường của nhà máy.",
    ),
    (
        "jGo122",
        "vi",
        "heat_tiesa",
        "Tận dụng nhiệt ngưng tụ máy lạnh để làm ấm nước rã đông, luộc tôm",
        "Thiết kế bộ thu hồi nhiệt từ hệ thống lạnh để gia nhiệt sơ bộ nước rã đông, nước luộc và nước vệ sinh trong nhà máy thủy sản, có "
        "đồng hồ đo năng lượng để kiểm chứng tiết kiệm.",
    ),
    # --- distractors: crops, livestock, aquaculture farming, generic IT and machinery ---
    (
        "jGo123",
        "vi",
        "mushroom_house",
        "Mô hình trồng nấm rơm trên kệ trong nhà kín",
        "Nhà kín 18 m2 với kệ tre, dùng 600 bánh rơm (1 công rơm) và 70 bịch meo, thu 170–180 kg nấm; hướng dẫn ủ rơm, ép bánh, cấy meo, "
        "chăm sóc và hạch toán chi phí.",
    ),
    (
        "jGo124",
        "vi",
        "tricho_sfarm",
        "Xử lý rơm rạ bằng nấm Trichoderma làm phân hữu cơ",
        "Quy trình phun Trichoderma lên rơm rạ sau thu hoạch lúa để phân hủy cellulose, lignin, hạn chế nấm bệnh Fusarium, Pythium trong "
        "đất, thay cho đốt rơm.",
    ),
    (
        "jGo125",
        "vi",
        "mushroom_nn",
        "Máy cuốn rơm cuộn phục vụ trồng nấm rơm",
        "Thiết bị cuộn rơm sau máy gặt đập liên hợp giúp gom rơm nhanh cho hộ trồng nấm ở Sóc Trăng; rơm sau trồng nấm dùng làm phân "
        "hữu cơ cho rau màu.",
    ),
    (
        "jGo126",
        "vi",
        "ricedryer_vusta",
        "Lò sấy lúa di động 2–4 tấn/mẻ cho vùng lũ",
        "Lò sấy lúa cơ động không cần đảo trộn, không cần bể chứa, sấy lúa giống và lúa hàng hóa ngày mưa; chủ lò chở đi sấy thuê theo "
        "mùa vụ ở Đồng Tháp.",
    ),
    (
        "jGo127",
        "vi",
        "ricedryer_fluid",
        "Máy sấy tầng sôi cho lúa và cơm dừa",
        "Công nghệ sấy tầng sôi dòng đẩy cho lúa (nhà máy 500 tấn/ngày ở An Giang) và máy sấy rung tầng sôi cho cơm dừa, muối; rút ngắn "
        "thời gian sấy, tự động hóa cao.",
    ),
    (
        "jGo128",
        "en",
        "pig_biomass",
        "Covered-lagoon biogas for piggery effluent",
        "Bioenergy advisory for pig farms: capture methane from effluent lagoons under floating covers, burn it for electricity and heat, "
        "spread digested solids as fertiliser.",
    ),
    (
        "jGo129",
        "en",
        "pig_rerc",
        "Methane recovery digesters for livestock farms",
        "Rural electric co-operative programme: anaerobic digesters for confinement farms with at least 300 dairy or beef animals or "
        "2,000 pigs, turning manure into biogas and soil amendments.",
    ),
    (
        "jGo130",
        "en",
        "farm_digester",
        "Monitoring programme for on-farm anaerobic digesters",
        "Field monitoring of pig and dairy slurry digesters: 0.5–0.8 m3 biogas per m3 digester per day, 0.28–0.37 m3 biogas per kg total "
        "solids for pig slurry; digester management advice.",
    ),
    (
        "jGo131",
        "vi",
        "vietgap_soctrang",
        "Áp dụng VietGAP trong nuôi tôm thẻ chân trắng thâm canh",
        "Trường ĐH Trà Vinh: hướng dẫn ao lắng, kiểm dịch giống, mật độ 40 con/m2, quản lý nước, không dùng chất cấm; năng suất 2,7–5,6 "
        "tấn/ha/vụ, tôm được nhà máy mua thêm 2–5 nghìn đồng/kg.",
    ),
    (
        "jGo132",
        "vi",
        "catra_nh3",
        "Ngưỡng NH3 an toàn trong ao nuôi cá tra",
        "Kết quả thí nghiệm tại ĐH Trà Vinh: nồng độ NH3 an toàn 0,2 mg/L, LC50 96 giờ khoảng 4 mg/L; NH3 làm giảm tăng trưởng, tỷ lệ sống "
        "và chất lượng thịt cá tra. Khuyến cáo quản lý nước ao nuôi.",
    ),
    (
        "jGo133",
        "vi",
        "energy_mine",
        "Biến tần tiết kiệm điện cho máy nén khí và tời trục mỏ hầm lò",
        "Viện Khoa học Công nghệ Mỏ: giải pháp điều khiển truyền động điện, biến tần cho máy nén khí và tời trục trong môi trường có khí "
        "nổ, bụi, ẩm ở mỏ than Quảng Ninh.",
    ),
    (
        "jGo134",
        "vi",
        "energy_foundry",
        "Tiết kiệm năng lượng lò trung tần ngành đúc gang",
        "Giải pháp sản xuất sạch hơn cho xưởng đúc: chạy lò nấu vào giờ thấp điểm, lắp đồng hồ đo điện từng hộ tiêu thụ, quản lý khí nén "
        "và chiếu sáng.",
    ),
    (
        "jGo135",
        "vi",
        "textile_reuse",
        "Tái sử dụng nước thải ngành dệt nhuộm",
        "Đánh giá hiện trạng và công nghệ tái sử dụng nước thải dệt may: khử màu, lọc màng, dùng lại cho công đoạn giặt, nhuộm; do Trung "
        "tâm Quan trắc môi trường miền Nam tổng hợp.",
    ),
    (
        "jGo136",
        "vi",
        "pac_water",
        "Xử lý nước cấp bằng than hoạt tính dạng bột kết hợp lọc màng",
        "Nghiên cứu của ĐH Lạc Hồng: PAC kết hợp màng lọc để khử chất hữu cơ, màu, mùi trong nước cấp sinh hoạt; phù hợp trạm cấp nước "
        "nông thôn.",
    ),
    (
        "jGo137",
        "en",
        "iot_pharma",
        "Predictive analytics for vaccine cold storage",
        "LSTM forecasting and edge anomaly detection on cold-room sensor data to predict compressor failure 8–12 hours ahead for "
        "pharmaceutical and vaccine stores.",
    ),
    (
        "jGo138",
        "en",
        "petfood_odor",
        "Energy recovery on pet food extruders and dryers",
        "Heat-recovery and odour reduction package for pet food and aquafeed extrusion lines, capturing dryer exhaust heat; based on "
        "GrainTec experience.",
    ),
    (
        "jGo139",
        "en",
        "meat_render",
        "Odour control for abattoirs and meat rendering plants",
        "Odour consultants for kill floors, rendering cookers and covered anaerobic lagoons treating sulphide- and ammonia-rich meat "
        "plant wastewater; biofilters for building ventilation air.",
    ),
    (
        "jGo140",
        "en",
        "med_codigest",
        "Co-digestion of olive mill, winery and slaughterhouse wastes",
        "Methane potential tests for Mediterranean agro-industrial by-products: 108–297 L CH4/kg COD, with 50:50 co-digestion mixtures "
        "improving yields under thermophilic conditions.",
    ),
    (
        "jGo141",
        "vi",
        "compost_rac",
        "Ủ phân compost từ rác thải sinh hoạt",
        "Quy trình 9 bước: phân loại rác, phối trộn phụ gia, ủ, đảo trộn, kiểm soát nhiệt độ, độ ẩm, ủ chín, sàng và đóng bao, cho hợp tác "
        "xã vệ sinh môi trường.",
    ),
    (
        "jGo142",
        "vi",
        "ecotech_crop",
        "Công nghệ sinh thái xử lý chất thải hữu cơ trồng trọt",
        "Tiểu luận ĐH Nông Lâm TP.HCM: ứng dụng công nghệ sinh thái cho phụ phẩm cây trồng (thân lá, vỏ trái) làm phân, năng lượng.",
    ),
    (
        "jGo143",
        "en",
        "refinery_daf",
        "Coagulation and DAF for refinery oil-water emulsions",
        "Optimised alum, ferrous sulphate and ferric chloride dosing ahead of dissolved air flotation to break crude-oil emulsions in "
        "petroleum refinery wastewater.",
    ),
    (
        "jGo144",
        "vi",
        "trace_travinh",
        "Ứng dụng quản lý chuỗi cung ứng và truy xuất nguồn gốc sản phẩm OCOP",
        "Công ty công nghệ triển khai tem truy xuất, sàn giao dịch nông sản sạch cho sản phẩm chủ lực, OCOP tỉnh Trà Vinh; minh bạch "
        "nguyên liệu – chế biến – vận chuyển – phân phối.",
    ),
    (
        "jGo145",
        "vi",
        "trace_longan",
        "Phần mềm truy xuất nguồn gốc thực phẩm dùng blockchain",
        "Đề tài Sở KH&CN Long An do ĐH Công nghiệp TP.HCM chủ trì: nền tảng công nghệ thông tin truy xuất nguồn gốc thực phẩm, ứng dụng "
        "blockchain, tích hợp cơ quan quản lý.",
    ),
    (
        "jGo146",
        "vi",
        "trace_angiang",
        "Tem QR truy xuất nguồn gốc rau củ quả cho hợp tác xã",
        "Trung tâm Tin học ĐH An Giang tập huấn phần mềm, dán tem QR cho dưa lưới, cà chua bi, xoài của tổ hợp tác, HTX; người mua quét "
        "mã để xem nhật ký canh tác.",
    ),
    (
        "jGo147",
        "vi",
        "feed_pellet",
        "Công nghệ ép viên và đùn ép thức ăn chăn nuôi",
        "So sánh máy ép viên (nén cơ học) và máy đùn ép (nhiệt – áp suất) cho trại chăn nuôi; đùn ép hồ hóa tinh bột hoàn toàn, viên bền "
        "trong nước, phù hợp thức ăn thủy sản.",
    ),
    (
        "jGo148",
        "vi",
        "coconut_prebiotic",
        "Chế phẩm prebiotic từ bã cơm dừa cho chăn nuôi",
        "Viện Nghiên cứu Dầu và Cây có dầu: sản xuất chất tiền sinh từ bã cơm dừa (Bến Tre khoảng 1.000 tấn/năm từ một nhà máy sữa dừa) "
        "bổ sung thức ăn gia súc, gia cầm.",
    ),
    (
        "jGo149",
        "en",
        "erp_pax",
        "Cloud manufacturing ERP for small factories",
        "ERP for shops with 5–50 staff: inventory with lot tracking, purchasing with three-way matching, sales orders, production "
        "scheduling and accounting, from a few hundred dollars a month.",
    ),
    (
        "jGo150",
        "vi",
        "fruit_dragon",
        "Sơ chế và bảo quản thanh long xuất khẩu",
        "Phân loại quả theo trọng lượng (trên 500 g, 380–500 g…), xử lý nấm, đóng thùng carton có lỗ thông gió, bọc lưới xốp, bảo quản "
        "lạnh và chuyên chở.",
    ),
    (
        "jGo151",
        "vi",
        "fruit_coldroom",
        "Kho lạnh bảo quản trái cây",
        "Thi công kho lạnh trái cây: thanh long 5 °C độ ẩm 90% giữ 40 ngày, xoài 10–12 °C giữ 30 ngày, nhãn 3–5 °C; giúp nhà vườn trữ hàng "
        "chờ giá.",
    ),
    (
        "jGo152",
        "vi",
        "fruit_mango",
        "Công nghệ sau thu hoạch xoài",
        "ĐH Cần Thơ: xử lý nước nóng, làm lạnh nhanh, bao màng, kiểm soát khí quyển CA/MA cho xoài; giảm tổn thất sau thu hoạch và kéo dài "
        "thời gian vận chuyển.",
    ),
    (
        "jGo153",
        "en",
        "vietgap_soctrang",
        "Farm-level shrimp certification support",
        "Extension support for white-leg shrimp farmers to reach VietGAP/ASC: settling ponds, seed quarantine, water management, banned "
        "chemical controls and record keeping.",
    ),
    (
        "jGo154",
        "en",
        "clam_vjst",
        "Sustainable clam farming and seed management",
        "Guidance for clam co-operatives on tidal flat zoning, seed stocking, harvest rotation and co-management, based on Ben Tre "
        "experience with 19,200 ha of clam areas nationally.",
    ),
    (
        "jGo155",
        "en",
        "iot_codesense",
        "Custom IoT monitoring platform for refrigerators and freezers",
        "Software house builds ESP8266 sensors, ASP.NET ingestion API, SQL history, dashboards and WhatsApp/SMS alerts for businesses with "
        "many fridges and freezers across sites, including offline-sensor alarms.",
    ),
    (
        "jGo156",
        "en",
        "energy_garment",
        "Energy audit for garment factories",
        "University energy management team audits sewing, pressing, compressed air and lighting in apparel plants and proposes savings.",
    ),
    (
        "jGo157",
        "vi",
        "energy_cpc",
        "Lập bảng kiểm soát năng lượng cho nhà máy thuốc bảo vệ thực vật",
        "Luận văn ĐH Cần Thơ: thống kê điện năng 3 năm, phân tích hao phí tại trạm sản xuất thuốc sát trùng ở Ô Môn, đề xuất giải pháp "
        "kinh tế – kỹ thuật.",
    ),
    (
        "jGo158",
        "vi",
        "fishsauce_soy",
        "Công nghệ lên men nước chấm từ đậu nành",
        "Quy trình sản xuất 'nước mắm' chay lên men từ đậu nành và bột mì với vi sinh vật chọn lọc; kiểm soát nhiệt độ, pH, thời gian lên "
        "men; sản phẩm cho người ăn chay.",
    ),
    (
        "jGo159",
        "en",
        "sludge_hathanh",
        "Water-works sludge composting service",
        "Aerobic forced-air composting of drinking-water treatment sludge with manure and rice husk; product needs N, P, K top-up.",
    ),
    (
        "jGo160",
        "en",
        "ras_sludge_biogas",
        "Recirculating aquaculture system design with integrated biogas",
        "Design of warm-water RAS farms for African catfish coupled with greenhouse crops and a biogas plant for farm energy.",
    ),
]
