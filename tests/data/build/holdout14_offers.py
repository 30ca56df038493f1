"""Technology offers of the fourteenth held-out set (paraphrased from the pages in holdout14_sources.py)."""

OFFERS = [
    # --- coconut pests and orchard mechanisation ---
    (
        "iPo001",
        "vi",
        "bo_canh_cung",
        "Ong ký sinh Tetrastichus nhân nuôi sẵn để trừ bọ cánh cứng hại đọt dừa",
        "Trung tâm nhân nuôi ong ký sinh nhộng Tetrastichus brontispae, thiên địch chuyên tấn công bọ cánh cứng (Brontispa longissima) sống trong lá non chưa mở. "
        "Chúng tôi cung cấp ổ ong ký sinh để treo trên ngọn dừa, hướng dẫn mật độ thả theo diện tích vườn và chuyển giao quy trình nhân nuôi ong cho hợp tác xã. "
        "Biện pháp thay thế việc leo cây phun thuốc hóa học, an toàn cho vườn dừa hữu cơ.",
    ),
    (
        "iPo002",
        "en",
        "rhino_beetle",
        "Metarhizium fungal biopesticide for rhinoceros beetle breeding sites in coconut areas",
        "We produce spore powder of the green muscardine fungus Metarhizium anisopliae selected against larvae of the coconut rhinoceros beetle (Oryctes rhinoceros). "
        "The product is mixed into compost heaps, manure piles and rotting coconut stumps where the C-shaped grubs develop, cutting the next generation of adults that bore into palm crowns. "
        "Supply of the biopesticide, an application calendar and farmer training are included.",
    ),
    (
        "iPo003",
        "en",
        "duong_dua",
        "Aggregation pheromone traps for rhinoceros beetle and red palm weevil",
        "Bucket traps baited with long-lasting aggregation pheromone lures catch adult rhinoceros beetles and red palm weevils before they attack the crown. "
        "Recommended at about one trap per two hectares, placed at the edge of the grove and serviced monthly. "
        "We supply lures, traps and a monitoring sheet so cooperatives can map hot spots and treat only infested palms.",
    ),
    (
        "iPo004",
        "vi",
        "duong_dua",
        "Quy trình phát hiện sớm và xử lý đuông dừa (Rhynchophorus) trong thân cây",
        "Quy trình gồm kiểm tra vết đục, dịch nâu chảy trên thân và cổ hũ, dùng dây kẽm móc bắt ấu trùng, bơm thuốc sinh học vào lỗ đục rồi trám lại bằng đất sét. "
        "Kèm hướng dẫn đốn hủy cây chết để cắt nguồn đuông và vệ sinh vườn định kỳ. "
        "Đơn vị tổ chức lớp tập huấn tại vườn cho tổ hợp tác trồng dừa.",
    ),
    (
        "iPo005",
        "en",
        "earwig",
        "Goniozus parasitoid wasps for biological control of coconut black-headed caterpillar",
        "Laboratory-reared Goniozus nephantidis wasps parasitise larvae of the black-headed caterpillar (Opisina arenosella), which scrapes the underside of coconut leaflets and turns whole groves brown. "
        "We supply wasps for release, teach cooperatives to rear them on rice moth larvae and provide a release schedule by infestation level. "
        "Suitable for tall palms where chemical spraying is impractical.",
    ),
    (
        "iPo006",
        "vi",
        "drone_blackhead",
        "Drone phun chế phẩm sinh học cho vườn dừa cao bị sâu đầu đen",
        "Đội drone phun chế phẩm Bt và nấm xanh lên tán dừa cao 15-20 m, xử lý ổ dịch sâu đầu đen nhanh mà không cần người leo cây. "
        "Mỗi drone phủ 15-20 ha/ngày, lượng nước ít, giảm thuốc so với phun máy mặt đất. "
        "Nhận hợp đồng theo ổ dịch hoặc theo mùa với hợp tác xã, có báo cáo bản đồ vùng đã phun.",
    ),
    (
        "iPo007",
        "en",
        "earwig",
        "Mass rearing of earwig predators for coconut leaf pests",
        "Earwigs (Chelisoches sp.) are generalist predators that feed on young larvae of the black-headed caterpillar and on coconut leaf beetle larvae hidden in folded fronds. "
        "We transfer a low-cost rearing method in bamboo tubes and plastic boxes fed with simple diets, plus release and conservation practices. "
        "A complement to parasitoid releases in integrated pest management of coconut.",
    ),
    (
        "iPo008",
        "en",
        "coco_biocontrol",
        "Lemongrass oil dispensers to protect young coconut bunches from fruit borer",
        "Small dispensers releasing citronella and lemongrass essential oil are hung near the inflorescence to repel the coconut fruit borer moth (Tirathaba), whose larvae bore into button nuts and cause them to drop. "
        "The kit includes dispensers, refills and a hanging schedule per month. "
        "A physical-biological method that avoids spraying insecticide on flowers visited by bees.",
    ),
    (
        "iPo009",
        "en",
        "weevil_nut",
        "Integrated management of the coconut nut weevil (Diocalandra) on young nuts",
        "The tiny Diocalandra weevil tunnels into young nuts near the stalk, causing gum to ooze, scars, cracks, deformed nuts and early nut fall. "
        "Our package covers identification of the pest hidden in scars, removal of infested bunches, sanitation and targeted biological treatments of the crown. "
        "Delivered as field training plus a monitoring checklist for growers.",
    ),
    (
        "iPo010",
        "vi",
        "coco_delta",
        "Thiết bị leo cây dừa cơ khí hỗ trợ thu hoạch và vệ sinh ngọn",
        "Bộ khung leo cây dừa bằng thép nhẹ có bàn đạp khóa an toàn, một người có thể leo cây cao 20 m để hái trái và cắt tàu khô. "
        "Giúp nhà vườn chủ động thu hoạch khi thiếu thợ leo, giảm tai nạn lao động. "
        "Cung cấp thiết bị, dây đai bảo hộ và hướng dẫn sử dụng.",
    ),
    (
        "iPo011",
        "en",
        "coco_biocontrol",
        "Trichoderma and copper treatment for coconut bud rot",
        "Bud rot caused by Phytophthora makes the spear leaf wilt and rot with a foul smell, usually after long rains, and kills the palm if untreated. "
        "We offer diagnosis, removal of rotten tissue, and a treatment protocol with Trichoderma bio-fungicide and copper paste applied to the crown. "
        "Includes prevention advice on drainage and crown hygiene.",
    ),
    # --- coconut food processing ---
    (
        "iPo012",
        "en",
        "nectar_tuoitre",
        "Hygienic coconut inflorescence tapping and low-temperature vacuum concentration into nectar syrup",
        "Technology for collecting sap from coconut flower spathes in clean containers and concentrating it under vacuum at about 55 degrees C into a liquid nectar syrup that keeps its natural aroma. "
        "Transfer covers tapping practice, the evaporator design, food-safety plan and bottling for export markets such as the US. "
        "The product is a syrup, not crystallised sugar.",
    ),
    (
        "iPo013",
        "vi",
        "coco_sugar_farm",
        "Dây chuyền nấu đường dừa dạng hạt từ nhựa hoa dừa",
        "Dây chuyền gồm chảo cô đặc gia nhiệt đều, máy khuấy làm nguội và máy đánh tơi, sàng tạo đường dừa dạng hạt khô, tơi, màu nâu vàng. "
        "Công suất 150-200 kg đường/ngày, lò đốt dùng vỏ dừa khô làm nhiên liệu. "
        "Chuyển giao thiết bị, công thức và hướng dẫn đóng gói chống ẩm.",
    ),
    (
        "iPo014",
        "vi",
        "sokfarm",
        "Giữ nhựa hoa dừa không bị chua trong thời gian hứng tại vườn",
        "Nhựa hoa dừa lên men rất nhanh trong nắng nóng nên hay bị chua, đục trước khi nấu. "
        "Giải pháp gồm ống hứng sạch có nắp, chất bảo quản tự nhiên được phép dùng, thu gom hai lần mỗi ngày và thùng lạnh trung chuyển đến nơi nấu. "
        "Giúp nhựa giữ độ ngọt, tăng tỷ lệ thu hồi đường và mật.",
    ),
    (
        "iPo015",
        "en",
        "coco_export",
        "High-pressure processing (HPP) of fresh coconut water without heat",
        "Cold high-pressure processing inactivates spoilage microbes in bottled coconut water while keeping the fresh taste that heat pasteurisation destroys. "
        "Shelf life of several weeks under refrigeration, suitable for premium retail and export. "
        "Offer includes toll processing, bottle specification and process validation.",
    ),
    (
        "iPo016",
        "vi",
        "vicosap",
        "Đóng gói hút chân không và bảo quản lạnh cơm dừa sáp",
        "Cơm dừa sáp rất dễ lên dầu, hôi nên chỉ bán được trái tươi gần. "
        "Quy trình tách cơm, xử lý nhẹ, đóng túi hút chân không và bảo quản 2-4 độ C giúp giữ hương vị khoảng 45 ngày, đủ để phân phối đi xa và vào siêu thị. "
        "Chuyển giao máy hút chân không, quy trình vệ sinh và hồ sơ công bố sản phẩm.",
    ),
    (
        "iPo017",
        "en",
        "vicosap",
        "Freeze-drying line for wax coconut (dua sap) snacks",
        "Freeze-drying turns the soft jelly-like flesh of wax coconut into crispy snacks that keep aroma and nutrients and store for months at room temperature. "
        "A 50 kg per batch line with recipes for plain and fruit-flavoured products. "
        "Process transfer, equipment sourcing and product registration support.",
    ),
    (
        "iPo018",
        "vi",
        "coco_products",
        "Sản xuất dầu dừa tinh khiết (VCO) bằng ép lạnh và ly tâm",
        "Công nghệ ép nước cốt từ cơm dừa tươi rồi tách dầu bằng ly tâm ở nhiệt độ thấp, không qua nấu, cho dầu trong, thơm, đạt chuẩn dầu dừa nguyên chất. "
        "Quy mô 1 tấn cơm dừa/ngày cho cơ sở nhỏ. "
        "Chuyển giao thiết bị, quy trình kiểm soát độ ẩm và chỉ số axit.",
    ),
    (
        "iPo019",
        "en",
        "coco_products",
        "Small-scale desiccated coconut line: paring, grating and fluid-bed drying",
        "A compact line for desiccated coconut: paring of the brown testa, washing, grating, blanching and drying in a fluid-bed dryer to below 3% moisture. "
        "Capacity around 2 tonnes of nuts per day. "
        "Includes layout design, equipment list and HACCP documentation.",
    ),
    (
        "iPo020",
        "vi",
        "coco_products",
        "Sản xuất thạch dừa từ nước dừa già bằng vi khuẩn Acetobacter",
        "Tận dụng nước dừa già bỏ ra từ các cơ sở làm cơm dừa, kẹo dừa để lên men thành thạch dừa (nata de coco). "
        "Cung cấp giống vi khuẩn, khay lên men, quy trình cắt, tẩy chua và đóng gói. "
        "Giảm ô nhiễm do đổ bỏ nước dừa ra kênh rạch và tạo thêm sản phẩm bán cho nhà máy nước giải khát.",
    ),
    (
        "iPo021",
        "en",
        "trabaco",
        "UHT coconut milk and cream in aseptic packs",
        "Process for extracting coconut milk, standardising fat content, homogenising and UHT treatment with aseptic filling in cartons or pouches. "
        "Shelf life of 12 months without refrigeration. "
        "Technology transfer with stabiliser formulation and quality control.",
    ),
    (
        "iPo022",
        "vi",
        "vicosap",
        "Công thức kẹo dừa sáp, bánh dừa sáp đạt chuẩn OCOP",
        "Bộ công thức và quy trình làm kẹo dừa sáp nhiều vị, bánh dinh dưỡng từ cơm dừa sáp, kèm hướng dẫn bao bì, nhãn mác và hồ sơ tham gia OCOP. "
        "Phù hợp hộ kinh doanh và hợp tác xã có vùng dừa sáp. "
        "Có hỗ trợ kiểm nghiệm sản phẩm.",
    ),
    (
        "iPo023",
        "en",
        "coco_products",
        "Coconut vinegar by fermentation of mature coconut water",
        "Mature coconut water discarded by copra, desiccated coconut and candy workshops is fermented in two stages (yeast, then acetic bacteria) into natural vinegar. "
        "We supply starter cultures, tank design and a fermentation protocol. "
        "Turns a polluting waste stream into a saleable condiment.",
    ),
    (
        "iPo024",
        "vi",
        "waxcoco_raw",
        "Máy gọt dừa tươi tạo hình kim cương cho dừa xuất khẩu",
        "Máy gọt vỏ xanh dừa xiêm thành hình kim cương, khoan sẵn lỗ mở, năng suất 500-600 trái/giờ, thay cho gọt bằng dao. "
        "Thiết kế inox, dễ vệ sinh, một công nhân vận hành. "
        "Bảo hành 12 tháng và hướng dẫn vận hành tại xưởng.",
    ),
    (
        "iPo025",
        "en",
        "waxcoco_raw",
        "Anti-browning dip and cold chain for trimmed young coconuts for export",
        "Trimmed young coconuts turn brown and mouldy within days; we offer a food-grade anti-browning dip, shrink wrapping and a 2-5 degrees C cold chain protocol. "
        "Tested for sea shipment to China and the EU with 30-45 days of shelf life. "
        "Training for packing houses and help with export documentation.",
    ),
    (
        "iPo026",
        "vi",
        "trabaco",
        "Dây chuyền nước cốt dừa đông lạnh dạng khối",
        "Dây chuyền nạo, ép, lọc nước cốt dừa và cấp đông nhanh thành khối hoặc túi 1 kg để cung cấp cho nhà hàng, bếp ăn và xuất khẩu. "
        "Công suất 1-3 tấn/ngày. "
        "Chuyển giao thiết bị, quy trình vệ sinh và kiểm soát vi sinh.",
    ),
    (
        "iPo027",
        "en",
        "coco_products",
        "Coconut flour from VCO press cake",
        "The press cake left after virgin coconut oil extraction is dried, defatted and milled into gluten-free high-fibre coconut flour. "
        "Adds value to a by-product usually sold cheaply as animal feed. "
        "Drying and milling equipment specification plus recipes for bakeries.",
    ),
    # --- coconut husk, shell, timber ---
    (
        "iPo028",
        "vi",
        "hunglong",
        "Máy tách xơ dừa và sàng mụn dừa công suất 3 tấn vỏ/giờ",
        "Máy đập tách xơ từ vỏ dừa khô và tươi, kèm sàng rung tách riêng xơ và mụn dừa. "
        "Công suất 2-3 tấn vỏ/giờ, động cơ 30-45 kW. "
        "Cung cấp, lắp đặt, bảo trì và đào tạo vận hành cho cơ sở sơ chế.",
    ),
    (
        "iPo029",
        "en",
        "hunglong",
        "Low-EC coco peat washing and buffering for export growing media",
        "Coco peat from the coastal Mekong Delta carries salt and tannin; we wash it with fresh water and buffer it with calcium nitrate until EC falls below 0.5 mS/cm. "
        "Includes dewatering, drying and compression into 5 kg blocks or grow bags. "
        "Buyers in Europe and Asia accept this grade for greenhouse growing.",
    ),
    (
        "iPo030",
        "vi",
        "hunglong",
        "Ép mụn dừa thành viên nén và bầu ươm cây giống",
        "Công nghệ ép mụn dừa đã xử lý thành viên nén nở khi tưới nước và bầu ươm tự hủy, dùng ươm rau, hoa, cây giống không cần đất. "
        "Máy ép bán tự động 3.000 viên/giờ. "
        "Chuyển giao máy, công thức phối trộn dinh dưỡng và quy trình đóng gói.",
    ),
    (
        "iPo031",
        "en",
        "trabaco",
        "Coconut shell activated carbon: carbonisation and steam activation plant",
        "Turnkey process for turning coconut shell charcoal into granular activated carbon by steam activation in a rotary kiln, followed by crushing, sieving and acid washing. "
        "Product used for water treatment, gold recovery and air filters. "
        "Licence, plant design and commissioning support.",
    ),
    (
        "iPo032",
        "vi",
        "trabaco",
        "Lò than gáo dừa không khói có thu hồi giấm gỗ",
        "Lò hầm cải tiến đốt gáo dừa thành than, khói được dẫn qua ống ngưng tụ để thu giấm gỗ và đốt lại khí thừa, giảm khói ô nhiễm khu dân cư. "
        "Mỗi mẻ 3-5 tấn gáo. "
        "Thiết kế, xây lò và hướng dẫn vận hành.",
    ),
    (
        "iPo033",
        "en",
        "coco_export",
        "Coir geotextile nets for riverbank and canal erosion control",
        "Woven coir nets of 400-900 g/m2 stabilise eroding riverbanks, canal banks and dykes while vegetation or mangroves establish, then biodegrade. "
        "We supply nets and the spinning and weaving equipment for local production. "
        "Installation guidance for communes and irrigation companies.",
    ),
    (
        "iPo034",
        "vi",
        "hunglong",
        "Máy se chỉ xơ dừa và khung dệt thảm cho hộ gia đình",
        "Máy se chỉ xơ dừa chạy điện nhỏ gọn và khung dệt thủ công giúp phụ nữ nông thôn làm dây, thảm xơ dừa tại nhà. "
        "Một máy se 80-100 kg chỉ/ngày. "
        "Cung cấp máy, dạy nghề và kết nối bao tiêu sản phẩm.",
    ),
    (
        "iPo035",
        "en",
        "coco_export",
        "Biodegradable coir pots and mulch mats bonded with natural latex",
        "Coir fibre is needle-punched and bonded with natural rubber latex into plant pots, hanging basket liners and mulch mats. "
        "Replaces plastic pots and suppresses weeds around seedlings. "
        "Moulding press and process transfer.",
    ),
    (
        "iPo036",
        "vi",
        "hunglong",
        "Ủ mụn dừa với Trichoderma làm phân hữu cơ",
        "Quy trình ủ mụn dừa với chế phẩm Trichoderma và phân chuồng trong 45-60 ngày để giảm chất chát, tạo phân hữu cơ tơi xốp. "
        "Dùng bón cho rau màu, cây ăn trái, cải tạo đất cát. "
        "Cung cấp chế phẩm và hướng dẫn ủ đống.",
    ),
    (
        "iPo037",
        "en",
        "coco_export",
        "Coconut trunk timber: sawing, kiln drying and preservation for furniture",
        "Old senile coconut palms are sawn into boards, graded by density, kiln dried and treated against borers for flooring and furniture. "
        "Gives value to palms felled during replanting. "
        "Sawmill layout, drying schedules and treatment process.",
    ),
    # --- coconut seedlings and orchard ---
    (
        "iPo038",
        "vi",
        "waxcoco_tissue",
        "Cây giống dừa sáp nuôi cấy phôi cho tỷ lệ trái sáp cao",
        "Cây dừa sáp được nuôi cấy phôi trong phòng thí nghiệm nên cho tỷ lệ trái sáp trên 80%, cao hơn hẳn trồng bằng trái thường. "
        "Cung cấp cây giống, quy trình chăm sóc và bón phân cho vườn dừa sáp. "
        "Đặt hàng theo hợp đồng với hợp tác xã.",
    ),
    (
        "iPo039",
        "en",
        "coco_salinity",
        "Salinity management package for coconut orchards in the dry season",
        "Saline intrusion makes coconuts shrink and lose water. "
        "The package combines mulching of the palm basin with husks, raised beds, closing ditches when river salinity is high, storing fresh water in on-farm ponds and potassium-rich fertiliser. "
        "Field demonstration and a salinity calendar for growers.",
    ),
    (
        "iPo040",
        "vi",
        "coco_plan",
        "Mô hình trồng ca cao xen dưới tán dừa",
        "Cây ca cao chịu bóng phù hợp trồng xen vườn dừa, tăng thu nhập trên cùng diện tích. "
        "Cung cấp cây ghép, quy trình tỉa cành, lên men hạt và kết nối thu mua. "
        "Mô hình đã áp dụng ở các tỉnh trồng dừa ven biển.",
    ),
    (
        "iPo041",
        "en",
        "waxcoco_raw",
        "Group organic certification (EU/USDA) for coconut growing areas",
        "We set up an internal control system, farm records and training so that coconut cooperatives can obtain EU, USDA organic certification as a group. "
        "Includes buffer zone planning and residue testing. "
        "Helps processors secure certified raw material areas.",
    ),
    (
        "iPo042",
        "vi",
        "coco_plan",
        "Nuôi ong mật dưới vườn dừa",
        "Hoa dừa nở quanh năm là nguồn phấn mật dồi dào cho ong. "
        "Chuyển giao kỹ thuật nuôi ong, cung cấp thùng ong, dụng cụ quay mật và hướng dẫn tránh phun thuốc khi ong hoạt động. "
        "Ong còn giúp thụ phấn, tăng đậu trái dừa.",
    ),
    # --- rice seed and salinity ---
    (
        "iPo043",
        "vi",
        "salt_rice",
        "Giống lúa chịu mặn cấp xác nhận cho vùng ven biển",
        "Bộ giống lúa ngắn ngày chịu mặn 4-6 phần nghìn, thời gian sinh trưởng 95-100 ngày, năng suất 5-6 tấn/ha. "
        "Cung cấp giống cấp xác nhận và quy trình canh tác cho vùng bị xâm nhập mặn. "
        "Hỗ trợ trình diễn đồng ruộng tại xã.",
    ),
    (
        "iPo044",
        "en",
        "salt_rice_isaaa",
        "Salt-tolerant fragrant rice seed for rice-shrimp rotation fields",
        "Fragrant rice lines selected to grow on fields that held brackish water for shrimp during the dry season. "
        "Seedlings tolerate residual salinity after the first rains and give premium-quality grain. "
        "We supply seed and a planting guide for the rice-shrimp system.",
    ),
    (
        "iPo045",
        "vi",
        "vungliem",
        "Máy đo độ mặn cầm tay và nhóm cảnh báo mặn qua Zalo",
        "Bộ máy đo độ mặn bỏ túi cho nông dân tự đo nước kênh trước khi lấy nước tưới. "
        "Kèm nhóm Zalo cập nhật số liệu độ mặn tại các trạm và khuyến cáo đóng mở cống hằng ngày. "
        "Tập huấn sử dụng máy cho tổ thủy lợi.",
    ),
    (
        "iPo046",
        "en",
        "vungliem",
        "Automatic salinity monitoring buoys with SMS alerts at sluice gates",
        "Solar-powered conductivity sensors on buoys at canal mouths and sluice gates report salinity every 15 minutes. "
        "When a threshold is crossed, farmers and gate operators receive SMS alerts and a web map. "
        "Installation, data platform and maintenance contract.",
    ),
    (
        "iPo047",
        "vi",
        "vungliem",
        "Cải tạo đất ruộng nhiễm mặn bằng thạch cao và phân hữu cơ",
        "Quy trình rửa mặn đầu mùa mưa, bón thạch cao và phân hữu cơ vi sinh để đẩy natri, cải thiện cấu trúc đất bị mặn, bí chặt. "
        "Áp dụng cho ruộng lúa và đất màu ven biển. "
        "Cung cấp vật tư và hướng dẫn liều lượng theo kết quả phân tích đất.",
    ),
    (
        "iPo048",
        "en",
        "salt_rice",
        "Training cooperatives to produce certified rice seed",
        "A programme that teaches cooperatives to multiply certified seed from registered pure lines: roguing off-types, seed cleaning, drying, germination testing and certification paperwork. "
        "Includes a small seed cleaner and grader. "
        "Lets a cooperative supply its members with good seed instead of saving grain.",
    ),
    (
        "iPo049",
        "vi",
        "rice_vl_flood",
        "Máy sạ lúa theo hàng (sạ cụm) giảm lượng giống",
        "Máy sạ kéo tay hoặc gắn máy xới, gieo lúa thành hàng và cụm, chỉ cần 60-100 kg giống/ha thay vì 180-200 kg sạ vãi. "
        "Lúa thông thoáng, ít sâu bệnh, ít đổ ngã. "
        "Bán máy, cho thuê và hướng dẫn kỹ thuật.",
    ),
    (
        "iPo050",
        "en",
        "irri_drying",
        "Alternate wetting and drying (AWD) for paddy fields",
        "A perforated field tube shows when the water level has dropped 15 cm below the soil surface, so farmers irrigate only then instead of keeping fields flooded. "
        "Saves 20-30% of pumping water and fuel and cuts methane emissions without lowering yield. "
        "Training, field tubes and monitoring for cooperatives.",
    ),
    (
        "iPo051",
        "vi",
        "rikolto",
        "Chế phẩm Trichoderma phân hủy nhanh rơm rạ trên ruộng",
        "Phun chế phẩm vi sinh lên rơm rạ sau thu hoạch giúp rơm phân hủy trong 2-3 tuần, trả lại dinh dưỡng cho đất, giảm ngộ độc hữu cơ cho lúa vụ sau. "
        "Thay thế việc đốt rơm ngoài đồng. "
        "Cung cấp chế phẩm và hướng dẫn phun.",
    ),
    (
        "iPo052",
        "en",
        "salt_rice",
        "Seasonal drought and salinity forecast for planting calendars",
        "A forecasting service that combines upstream flow and tidal data to predict when salinity will reach each district, so rice can be sown earlier and harvested before salt arrives. "
        "Bulletins every two weeks to agriculture offices and cooperatives. "
        "Subscription for provinces and large farms.",
    ),
    # --- rice cultivation ---
    (
        "iPo053",
        "vi",
        "drone_rice",
        "Dịch vụ drone phun thuốc, rải phân, gieo sạ cho ruộng lúa",
        "Drone phun một ha lúa trong 10-15 phút, mỗi ngày 20-30 ha, giảm 20-30% lượng thuốc so với bình xịt tay. "
        "Nhận phun thuê, rải phân hạt và sạ giống theo mùa vụ. "
        "Có kỹ thuật viên pha thuốc và lập bản đồ bay.",
    ),
    (
        "iPo054",
        "en",
        "mismart",
        "Agricultural drone pilot training and certification course",
        "A two-week course for young farmers to operate spraying drones: flight planning, safety, mixing, battery management and basic repairs. "
        "Graduates can start a spraying service business. "
        "Includes practice on rice fields and help with licensing.",
    ),
    (
        "iPo055",
        "vi",
        "rice_postharvest",
        "Bẫy đèn dự báo rầy nâu và sâu cuốn lá",
        "Mạng lưới bẫy đèn đặt tại cánh đồng đếm rầy nâu, sâu cuốn lá vào đèn mỗi đêm để dự báo đỉnh dịch, giúp nông dân xuống giống né rầy. "
        "Cung cấp bẫy đèn và phần mềm ghi số liệu. "
        "Phù hợp hợp tác xã và trạm bảo vệ thực vật.",
    ),
    (
        "iPo056",
        "en",
        "rice_postharvest",
        "Leaf colour chart and phone app for nitrogen fertiliser decisions in rice",
        "The app compares a photo of rice leaves with a colour scale and tells the farmer whether, when and how much urea to apply. "
        "Avoids over-fertilising that causes lodging and disease. "
        "Free app, printed charts and extension training.",
    ),
    (
        "iPo057",
        "vi",
        "rice_postharvest",
        "Chế phẩm nấm xanh Metarhizium trừ rầy nâu",
        "Chế phẩm nấm xanh ký sinh rầy nâu, phun khi mật độ rầy vượt ngưỡng thay cho thuốc hóa học, an toàn thiên địch trên ruộng. "
        "Dạng bột, 1-2 kg/ha. "
        "Cung cấp chế phẩm và hướng dẫn phun đúng thời điểm.",
    ),
    (
        "iPo058",
        "en",
        "rice_cracking",
        "Rice blast early warning from weather data and field scouting app",
        "The model uses humidity, night temperature and leaf wetness from local weather stations to flag days with high blast risk. "
        "Farmers receive warnings and scout with an app that records lesions. "
        "Reduces calendar spraying of fungicides.",
    ),
    (
        "iPo059",
        "vi",
        "rice_vl_flood",
        "Máy cấy lúa và dịch vụ làm mạ khay",
        "Dịch vụ gieo mạ khay và cấy máy, mỗi máy cấy 3-4 ha/ngày, tiết kiệm giống và cho lúa đều. "
        "Phù hợp cánh đồng lớn của hợp tác xã. "
        "Cho thuê máy và tập huấn.",
    ),
    (
        "iPo060",
        "en",
        "rice_vl_flood",
        "Laser land levelling service for paddy fields",
        "Laser-guided levelling makes the field surface even so water covers it uniformly, weeds are controlled and less water is pumped. "
        "Service with tractor and laser equipment, 1-2 ha per day. "
        "Usually done once every few seasons.",
    ),
    # --- rice post-harvest and by-products ---
    (
        "iPo061",
        "vi",
        "flatbed_dryer",
        "Máy sấy lúa tĩnh vỉ ngang đảo chiều gió 8-30 tấn/mẻ",
        "Máy sấy vỉ ngang đảo chiều gió sấy đều hạt, giảm gãy nứt, lò đốt dùng trấu. "
        "Công suất 8-30 tấn/mẻ, sấy xong trong 8-10 giờ, giúp không phải phơi sân khi gặp mưa. "
        "Thiết kế, lắp đặt và hướng dẫn vận hành.",
    ),
    (
        "iPo062",
        "en",
        "irri_drying",
        "Hermetic storage bags for paddy and seed",
        "Airtight multilayer bags placed inside ordinary sacks cut oxygen so insects die and seed keeps germination for months. "
        "No chemicals; 50 kg capacity, reusable for several seasons. "
        "Supply and storage training for farmers and seed producers.",
    ),
    (
        "iPo063",
        "vi",
        "flatbed_dryer",
        "Lò đốt trấu cấp nhiệt cho máy sấy có buồng lắng tro",
        "Lò đốt trấu tự động cấp liệu, có buồng lắng tro và cyclon, cấp khí nóng sạch cho máy sấy lúa, sấy nông sản. "
        "Tiết kiệm chi phí so với dầu, tận dụng trấu tại chỗ. "
        "Chế tạo và lắp đặt theo công suất máy sấy.",
    ),
    (
        "iPo064",
        "en",
        "rice_postharvest",
        "Rice husk gasifier power for small rice mills",
        "A husk gasifier converts rice husk into producer gas that runs an engine generator for the mill, replacing grid electricity or diesel. "
        "50-200 kW units with gas cleaning. "
        "Design, installation and operator training.",
    ),
    (
        "iPo065",
        "vi",
        "rice_postharvest",
        "Máy ép củi trấu làm chất đốt",
        "Máy ép trục vít nén trấu thành thanh củi trấu cháy lâu, ít khói, thay củi và than. "
        "Công suất 300-500 kg/giờ. "
        "Bán máy, hướng dẫn vận hành và kết nối đầu ra cho lò sấy, lò gạch.",
    ),
    (
        "iPo066",
        "en",
        "straw_income",
        "Rice straw baling and collection service",
        "Compact balers follow the combine harvester and pack straw into 20-25 kg bales, about 120-150 bales per hectare. "
        "Bales are sold to mushroom growers and cattle farmers instead of burning the straw in the field. "
        "Machine sales, leasing and buyer contacts.",
    ),
    (
        "iPo067",
        "vi",
        "mushroom_forum",
        "Trồng nấm rơm trong nhà kiểm soát nhiệt ẩm",
        "Quy trình trồng nấm rơm trong nhà màng có kiểm soát nhiệt độ và độ ẩm, năng suất ổn định, không phụ thuộc mưa nắng như trồng ngoài trời. "
        "Chuyển giao thiết kế nhà, quy trình xử lý rơm và lịch chăm sóc. "
        "Thu hoạch sau khoảng 10-12 ngày cấy meo.",
    ),
    (
        "iPo068",
        "en",
        "straw_mushroom",
        "Straw mushroom spawn production and substrate pasteurisation",
        "Production of pure Volvariella spawn on grain or cotton waste and steam pasteurisation of rice straw substrate to reduce contamination. "
        "Improves yield and reliability for straw mushroom growers. "
        "Lab setup and training.",
    ),
    (
        "iPo069",
        "vi",
        "straw_income",
        "Ủ rơm với urê và men vi sinh làm thức ăn cho bò",
        "Rơm được ủ với urê và chế phẩm vi sinh trong túi hoặc hầm 2-3 tuần để mềm và tăng đạm, bò ăn được nhiều hơn. "
        "Giải pháp thức ăn rẻ cho bò mùa khô thiếu cỏ. "
        "Hướng dẫn ủ và cung cấp chế phẩm.",
    ),
    (
        "iPo070",
        "en",
        "rikolto",
        "Composting spent mushroom straw into organic fertiliser",
        "Spent straw from mushroom beds is composted with microbial inoculants into organic fertiliser for vegetables and fruit trees. "
        "Closes the loop of the rice straw mushroom model. "
        "Composting protocol and inoculant supply.",
    ),
    (
        "iPo071",
        "vi",
        "rice_postharvest",
        "Ổn định cám gạo và ép dầu cám gạo",
        "Cám gạo tươi nhanh bị ôi nên thường bán rẻ làm thức ăn chăn nuôi. "
        "Công nghệ ổn định cám bằng nhiệt ngay tại nhà máy xay rồi ép, tinh luyện thành dầu cám gạo thực phẩm giá trị cao. "
        "Chuyển giao thiết bị và quy trình.",
    ),
    (
        "iPo072",
        "en",
        "rice_postharvest",
        "Silica from rice husk ash for construction and industry",
        "Controlled combustion of husk gives amorphous silica-rich ash used as cement additive, refractory and rubber filler. "
        "Turns husk ash from a disposal problem into a product. "
        "Combustor design and product testing.",
    ),
    (
        "iPo073",
        "vi",
        "rice_cracking",
        "Máy xay xát gạo quy mô nhỏ cho hợp tác xã",
        "Cụm máy bóc vỏ, xát trắng, đánh bóng và tách tấm công suất 1-2 tấn/giờ cho hợp tác xã tự xay gạo bán thương hiệu riêng. "
        "Thu hồi gạo nguyên cao. "
        "Lắp đặt và đào tạo vận hành.",
    ),
    (
        "iPo074",
        "en",
        "rice_cracking",
        "Grain moisture meter and quality testing kit for paddy buyers",
        "Handheld moisture meter, sample divider and small huller to check moisture, head rice and chalkiness at purchase. "
        "Helps cooperatives price paddy fairly. "
        "Kit supply and calibration.",
    ),
    (
        "iPo075",
        "vi",
        "rice_postharvest",
        "Sản xuất bún, bánh phở từ gạo tấm",
        "Dây chuyền ngâm, xay, tráng, hấp và sấy tạo bún khô, bánh phở từ gạo tấm giá rẻ của nhà máy xay. "
        "Công suất 500 kg/ngày. "
        "Chuyển giao thiết bị và công thức.",
    ),
    # --- shrimp ---
    (
        "iPo076",
        "vi",
        "shrimp_surveillance",
        "Kit xét nghiệm nhanh bệnh đốm trắng, hoại tử gan tụy tại ao",
        "Bộ kit LAMP cho kết quả trong 60 phút ngay tại trại, phát hiện virus đốm trắng và vi khuẩn gây hoại tử gan tụy cấp (AHPND/EMS) trên tôm giống và tôm nuôi. "
        "Giúp loại bỏ giống nhiễm bệnh trước khi thả và phát hiện sớm trong ao. "
        "Cung cấp kit và hướng dẫn lấy mẫu.",
    ),
    (
        "iPo077",
        "en",
        "shrimp_surveillance",
        "PCR testing service for shrimp postlarvae and pond samples",
        "Accredited laboratory testing postlarvae, water and sediment by real-time PCR for white spot, AHPND, EHP and IHHNV. "
        "Results in 24 hours with sampling kits delivered to farms in coastal districts. "
        "Annual contracts for hatcheries and farm clusters.",
    ),
    (
        "iPo078",
        "vi",
        "shrimp_loss2017",
        "Nuôi tôm thẻ 2 giai đoạn với ao ương lót bạt có mái che",
        "Tôm giống được ương 25-30 ngày trong ao nhỏ lót bạt có mái che, ổn định nhiệt độ ngày đêm, trước khi chuyển ra ao nuôi thịt. "
        "Giảm chết sớm giai đoạn 10-30 ngày do thời tiết thất thường. "
        "Thiết kế ao ương và quy trình chăm sóc.",
    ),
    (
        "iPo079",
        "en",
        "shrimp_vietgap",
        "Biofloc technology for intensive whiteleg shrimp ponds",
        "Carbon addition and strong aeration grow microbial flocs that recycle ammonia and serve as extra feed, with little water exchange. "
        "Improves biosecurity and lowers FCR. "
        "Training, carbon dosing calculator and floc monitoring.",
    ),
    (
        "iPo080",
        "vi",
        "shrimp_5000ha",
        "Chế phẩm vi sinh xử lý đáy ao và khí độc NH3, H2S",
        "Chế phẩm Bacillus và vi khuẩn quang hợp phân hủy bùn đáy, thức ăn dư, giảm khí độc NH3, NO2, H2S trong ao tôm. "
        "Dùng định kỳ 7-10 ngày/lần. "
        "Cung cấp chế phẩm và tư vấn kỹ thuật tại ao.",
    ),
    (
        "iPo081",
        "en",
        "solar_tv",
        "Solar-powered paddlewheel aerators for shrimp ponds",
        "Solar panels with a hybrid controller drive paddlewheel aerators during the day and switch to the grid at night. "
        "Cuts aeration electricity cost by 40-60% on intensive ponds. "
        "Design, installation and maintenance.",
    ),
    (
        "iPo082",
        "vi",
        "shrimp_vietgap",
        "Máy cho tôm ăn tự động hẹn giờ qua điện thoại",
        "Máy rải thức ăn tự động hẹn giờ, điều chỉnh lượng ăn qua ứng dụng điện thoại, rải đều trên mặt ao. "
        "Giảm công cho ăn, giảm thức ăn dư làm bẩn nước. "
        "Bán máy, lắp đặt và bảo hành.",
    ),
    (
        "iPo083",
        "en",
        "shrimp_vietgap",
        "Settling pond and wastewater treatment design for shrimp farms",
        "Design of reservoir, settling pond, sludge pit and treatment pond so intake water is clean and discharged water and sludge do not spread disease. "
        "Meets VietGAP requirements. "
        "Farm layout design and construction supervision.",
    ),
    (
        "iPo084",
        "vi",
        "shrimp_weather",
        "Thảo dược trộn thức ăn tăng sức đề kháng cho tôm",
        "Hỗn hợp chiết xuất tỏi, lá ổi và diệp hạ châu trộn vào thức ăn giúp tôm tăng đề kháng, bảo vệ gan tụy khi thời tiết thay đổi. "
        "Giảm dùng kháng sinh. "
        "Cung cấp sản phẩm và hướng dẫn liều dùng.",
    ),
    (
        "iPo085",
        "en",
        "salt_rice",
        "Technical package for shrimp-rice rotation on coastal fields",
        "Guidance on field layout with peripheral trenches, shrimp stocking during the brackish season, salt leaching before rice, and choice of tolerant rice. "
        "Reduces disease pressure and gives two products from one field. "
        "Training and demonstration.",
    ),
    (
        "iPo086",
        "vi",
        "gi_products",
        "Sản xuất tôm khô, tôm sấy lạnh đạt an toàn thực phẩm",
        "Quy trình luộc, sấy lạnh hoặc sấy bơm nhiệt thay cho phơi nắng, đóng gói hút chân không cho tôm khô đạt chuẩn an toàn thực phẩm, không dùng phẩm màu. "
        "Phù hợp cơ sở làm tôm khô truyền thống muốn vào siêu thị. "
        "Chuyển giao thiết bị và hồ sơ công bố.",
    ),
    (
        "iPo087",
        "en",
        "shrimp_early_harvest",
        "Chitin and chitosan extraction from shrimp heads and shells",
        "Shrimp heads and shells from peeling plants are demineralised and deproteinised to produce chitin, then chitosan for agriculture, water treatment and cosmetics. "
        "The protein fraction can be recovered for feed. "
        "Pilot plant design and licence.",
    ),
    (
        "iPo088",
        "vi",
        "shrimp_early_harvest",
        "Nuôi tôm sú quảng canh cải tiến kết hợp rừng ngập mặn",
        "Mô hình nuôi tôm sú mật độ thấp trong vuông tôm có rừng đước, ít đầu tư thức ăn, ít rủi ro dịch bệnh, có thể đạt chứng nhận sinh thái. "
        "Kết hợp thả thêm cua, cá. "
        "Hướng dẫn thiết kế vuông và quản lý nước.",
    ),
    (
        "iPo089",
        "en",
        "shrimp_weather",
        "Water quality test kits for shrimp ponds",
        "Simple colorimetric kits for pH, alkalinity, ammonia, nitrite and hardness, with a phone chart for daily records. "
        "Helps farmers react early to changes after heavy rain or hot days. "
        "Kit supply and refills.",
    ),
    (
        "iPo090",
        "vi",
        "shrimp_surveillance",
        "Tôm giống sạch bệnh từ tôm bố mẹ SPF",
        "Trại sản xuất tôm giống từ tôm bố mẹ sạch bệnh (SPF), giống được xét nghiệm PCR trước khi xuất trại. "
        "Giao giống tận ao cho vùng nuôi ven biển. "
        "Ký hợp đồng cung ứng theo vụ.",
    ),
    (
        "iPo091",
        "en",
        "shrimp_5000ha",
        "Beta-glucan immunostimulant premix for shrimp",
        "A feed premix of yeast beta-glucan and vitamin C that boosts shrimp immunity during stressful periods such as weather changes. "
        "Top-coated on feed on the farm. "
        "Product supply and dosing guide.",
    ),
    # --- crab ---
    (
        "iPo092",
        "vi",
        "crab_seed_wild",
        "Sản xuất cua biển giống nhân tạo",
        "Quy trình nuôi vỗ cua mẹ, ấp trứng, ương ấu trùng zoea đến cua bột trong bể, cho cua giống đồng cỡ, không phụ thuộc cua giống tự nhiên. "
        "Chuyển giao kỹ thuật trại giống và cung cấp cua giống. "
        "Hỗ trợ thiết kế bể và hệ thống nước.",
    ),
    (
        "iPo093",
        "en",
        "crab_profit",
        "Soft-shell mud crab farming in individual boxes",
        "Small crabs are kept in floating individual boxes and checked every few hours so they are harvested right after moulting as soft-shell crabs. "
        "High-value product for restaurants and export. "
        "Box system, moult management and freezing protocol.",
    ),
    (
        "iPo094",
        "vi",
        "crab_127m",
        "Nuôi cua biển xen canh trong ao tôm quảng canh",
        "Thả cua giống mật độ thấp cùng tôm sú trong ao quảng canh, tận dụng thức ăn tự nhiên, giảm rủi ro khi tôm bệnh. "
        "Hướng dẫn mật độ, làm bờ chống cua bò và thu tỉa. "
        "Tập huấn cho hộ nuôi ven biển.",
    ),
    (
        "iPo095",
        "en",
        "crab_profit",
        "Formulated pellet feed for mud crab instead of trash fish",
        "A sinking pellet feed for mud crabs that replaces costly trash fish and snails, with stable supply and less water pollution. "
        "Trials showed similar growth at lower cost per kilogram. "
        "Feed supply and feeding tables.",
    ),
    (
        "iPo096",
        "vi",
        "crab_brand",
        "Đóng gói vận chuyển cua sống đường dài",
        "Quy trình làm lạnh chậm cua, buộc dây, đóng thùng xốp có lớp giữ ẩm và đá gel giúp cua sống 3-5 ngày khi vận chuyển đi xa. "
        "Giảm tỷ lệ cua chết khi giao đến thành phố và xuất khẩu. "
        "Tập huấn cho vựa và hộ kinh doanh.",
    ),
    (
        "iPo097",
        "en",
        "crab_early",
        "Fattening pens for egg-bearing female crabs",
        "Thin or poor-quality crabs are held in pens and fed for 2-3 weeks until full and roe-rich, selling at a much higher price. "
        "Pen design and feeding protocol. "
        "Training for crab farmers.",
    ),
    (
        "iPo098",
        "vi",
        "crab_brand",
        "Tem truy xuất nguồn gốc và nhãn hiệu chứng nhận cho cua biển",
        "Xây dựng nhãn hiệu chứng nhận, tem QR gắn trên càng cua, cơ sở dữ liệu vùng nuôi để người mua kiểm tra nguồn gốc và chống hàng giả. "
        "Hỗ trợ hồ sơ đăng ký nhãn hiệu. "
        "Phù hợp hợp tác xã và doanh nghiệp thu mua cua.",
    ),
    (
        "iPo099",
        "en",
        "crab_profit",
        "Crab shell powder for calcium supplement and feed",
        "Crab shells from processing are cleaned, calcined and milled into calcium powder for animal feed and supplements. "
        "Reduces waste from crab meat processing. "
        "Process and equipment transfer.",
    ),
    # --- fish ---
    (
        "iPo100",
        "vi",
        "snakehead_chain",
        "Thức ăn công nghiệp cho cá lóc thay cá tạp",
        "Thức ăn viên nổi cho cá lóc từ cỡ giống đến thương phẩm, thay thế cá tạp ngày càng đắt và khan hiếm, giúp nước ao sạch hơn. "
        "Hướng dẫn tập cho cá ăn viên và lượng cho ăn theo cỡ cá. "
        "Cung cấp thức ăn trực tiếp cho hộ nuôi.",
    ),
    (
        "iPo101",
        "en",
        "snakehead_binhtan",
        "Snakehead fingerling production in lined ponds",
        "Breeding and nursing of snakehead fry in lined ponds, with weaning onto pellets, to supply uniform fingerlings. "
        "Hatchery protocol and fingerling supply. "
        "Suitable for farm clusters in Vinh Long.",
    ),
    (
        "iPo102",
        "vi",
        "snakehead_binhtan",
        "Nuôi cá lóc trong bể bạt có lọc tuần hoàn",
        "Nuôi cá lóc mật độ cao trong bể bạt tròn có hệ thống lọc và thay nước, phù hợp hộ ít đất. "
        "Chuyển giao thiết kế bể, lọc và quy trình cho ăn. "
        "Vốn đầu tư thấp, thu hoạch sau 4-5 tháng.",
    ),
    (
        "iPo103",
        "en",
        "pangasius_value",
        "Rendering pangasius by-products into fish oil and fish meal",
        "Heads, bones, viscera and trimmings from fillet plants are cooked, pressed and separated into crude fish oil and fish meal, with oil refining for food use. "
        "Plant design 50-200 tonnes/day. "
        "Licence and commissioning.",
    ),
    (
        "iPo104",
        "vi",
        "pangasius_byprod",
        "Chiết xuất collagen và gelatin từ da cá tra",
        "Da cá tra từ nhà máy phi lê được xử lý, thủy phân enzyme để thu collagen peptide và gelatin dùng cho thực phẩm chức năng, mỹ phẩm. "
        "Giá trị cao hơn nhiều so với bán da làm bột cá. "
        "Chuyển giao quy trình và thiết bị thí điểm.",
    ),
    (
        "iPo105",
        "en",
        "catfish_hydrolysate",
        "Fish protein hydrolysate from catfish trimmings for shrimp feed",
        "Enzymatic hydrolysis of catfish by-products gives a protein hydrolysate used as attractant and protein source in shrimp feed, while bones yield hydroxyapatite. "
        "Process and pilot equipment. "
        "Joint development with feed mills.",
    ),
    (
        "iPo106",
        "vi",
        "snakehead_chain",
        "Máy sấy năng lượng mặt trời làm khô cá lóc",
        "Nhà sấy mái kính năng lượng mặt trời có quạt hút, làm khô cá lóc, cá sặc sạch hơn phơi ngoài trời, tránh ruồi nhặng và mưa. "
        "Một nhà sấy 200-300 kg cá/mẻ. "
        "Thiết kế, thi công và hướng dẫn sử dụng.",
    ),
    (
        "iPo107",
        "en",
        "pangasius_vietgap",
        "Vaccine and health management for pangasius",
        "Injectable and immersion vaccines against Edwardsiella ictaluri (bacillary necrosis) with a health plan to reduce antibiotic use in pangasius farms. "
        "Vaccination service at fingerling stage. "
        "Veterinary follow-up.",
    ),
    (
        "iPo108",
        "vi",
        "snakehead_binhtan",
        "Nuôi cá rô đồng, cá thát lát trong mương vườn",
        "Tận dụng mương vườn cây ăn trái, mương dừa để nuôi cá rô đầu vuông, cá thát lát, tăng thu nhập mà ít đầu tư. "
        "Hướng dẫn cải tạo mương, mật độ thả và cho ăn. "
        "Cung cấp cá giống.",
    ),
    (
        "iPo109",
        "en",
        "pangasius_value",
        "Controlled fermentation of fish sauce for small producers",
        "Salting ratio, temperature and hygiene control for anchovy and freshwater fish sauce, reducing histamine and off-flavours. "
        "Lab tests for nitrogen and histamine. "
        "Training and process manual.",
    ),
    (
        "iPo110",
        "vi",
        "pangasius_byprod",
        "Xử lý nước thải chế biến thủy sản bằng công nghệ sinh học",
        "Hệ thống tuyển nổi tách mỡ, bể kỵ khí và hiếu khí xử lý nước thải nhà máy, cơ sở chế biến thủy sản đạt quy chuẩn xả thải, giảm mùi hôi. "
        "Công suất 50-500 m3/ngày. "
        "Thiết kế, thi công, vận hành chuyển giao.",
    ),
    (
        "iPo111",
        "en",
        "snakehead_chain",
        "Aquaponics: fish tanks with vegetable beds",
        "Fish tank water is pumped through gravel or raft beds growing vegetables, which clean the water before it returns to the fish. "
        "Small units for households and schools. "
        "Design, kits and training.",
    ),
    # --- clams ---
    (
        "iPo112",
        "vi",
        "clam_chain",
        "Sản xuất nghêu giống nhân tạo",
        "Quy trình cho nghêu bố mẹ sinh sản, ương ấu trùng và nghêu cám trong bể, cung cấp giống ổn định cho hợp tác xã nuôi nghêu. "
        "Chuyển giao kỹ thuật và thiết kế trại. "
        "Giảm phụ thuộc vào nghêu giống tự nhiên.",
    ),
    (
        "iPo113",
        "en",
        "clam_die",
        "Clam mortality early warning on tidal mudflats",
        "Sensors for salinity, temperature and dissolved oxygen on clam beds, combined with rainfall and river discharge forecasts, warn cooperatives before sudden fresh water or heat stress. "
        "Farmers can harvest early or move clams to safer grounds. "
        "Installation and alert service.",
    ),
    (
        "iPo114",
        "vi",
        "clam_chain",
        "Hệ thống tịnh hóa nghêu sò bằng nước biển tuần hoàn và đèn UV",
        "Bể tịnh hóa tuần hoàn nước biển đã lọc và khử trùng UV giúp nghêu, sò nhả cát và giảm vi khuẩn trước khi bán cho nhà hàng, siêu thị. "
        "Công suất 1-2 tấn/mẻ, 24-48 giờ. "
        "Thiết kế và lắp đặt.",
    ),
    (
        "iPo115",
        "en",
        "clam_asc",
        "ASC certification support for community clam cooperatives",
        "We guide clam cooperatives through the Aquaculture Stewardship Council standard: records, stock monitoring, environmental assessments and audits. "
        "Certification opens export markets in the EU and US. "
        "Consulting and training.",
    ),
    (
        "iPo116",
        "vi",
        "clam_tiengiang",
        "Bãi nuôi nghêu có lưới chắn và mật độ hợp lý",
        "Kỹ thuật làm lưới chắn giữ nghêu, san thưa mật độ, di dời nghêu khi bãi bị bồi lắng, giúp giảm nghêu chết. "
        "Tập huấn cho tổ cộng đồng quản lý bãi. "
        "Không ngăn được chết do nước ngọt đột ngột nếu không kết hợp theo dõi môi trường.",
    ),
    (
        "iPo117",
        "en",
        "clam_chain",
        "Clam steaming, shucking and IQF freezing line",
        "A processing line that steams clams, separates meat and shells, and freezes half-shell or meat products by IQF for export. "
        "Capacity 10-20 tonnes per day. "
        "Design and commissioning.",
    ),
    (
        "iPo118",
        "vi",
        "clam_tiengiang",
        "Nghiền vỏ nghêu sò làm bột khoáng cho gia cầm",
        "Vỏ nghêu, sò sau chế biến được rửa, nung và nghiền thành bột canxi bổ sung thức ăn gia cầm hoặc bón vôi cho ao. "
        "Máy nghiền 500 kg/giờ. "
        "Chuyển giao máy và quy trình.",
    ),
    # --- digital tools ---
    (
        "iPo119",
        "vi",
        "iot_pond",
        "Cảm biến đo oxy hòa tan, pH, nhiệt độ ao nuôi báo về điện thoại",
        "Trạm cảm biến đặt trong ao đo liên tục oxy hòa tan, pH, nhiệt độ, gửi dữ liệu lên ứng dụng và nhắn cảnh báo khi oxy xuống thấp ban đêm. "
        "Pin mặt trời, kết nối 4G. "
        "Bán thiết bị, lắp đặt và thuê bao phần mềm.",
    ),
    (
        "iPo120",
        "en",
        "do_lorawan",
        "Automatic aerator control from dissolved oxygen sensors",
        "A LoRaWAN dissolved oxygen sensor switches aerators on when oxygen drops below a set point and off when it is high enough. "
        "Saves electricity and prevents pre-dawn oxygen crashes. "
        "Controller, sensor and app.",
    ),
    (
        "iPo121",
        "vi",
        "ocop_trace",
        "Phần mềm truy xuất nguồn gốc tem QR cho nông sản và OCOP",
        "Nền tảng tạo tem QR cho từng lô sản phẩm, ghi nhật ký sản xuất, vùng trồng, ngày thu hoạch để người mua quét kiểm tra. "
        "Đã dùng cho gạo, bưởi, dưa lưới của hợp tác xã. "
        "Cung cấp tem, phần mềm và tập huấn.",
    ),
    (
        "iPo122",
        "en",
        "sweetpotato_first",
        "Farm diary and traceability app for VietGAP and export area codes",
        "A mobile farm diary that records inputs, spraying and harvests by plot and produces the records required for VietGAP and export growing area codes. "
        "Export to PDF for inspectors. "
        "Subscription and training.",
    ),
    (
        "iPo123",
        "vi",
        "ecommerce_tv",
        "Tập huấn bán hàng trên sàn thương mại điện tử cho hợp tác xã",
        "Khóa học thực hành mở gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm, livestream bán hàng, đóng gói và giao nhận. "
        "Hỗ trợ đưa sản phẩm lên các sàn của tỉnh và sàn quốc gia. "
        "Dành cho hợp tác xã, hộ sản xuất OCOP.",
    ),
    (
        "iPo124",
        "en",
        "ecommerce_khmer",
        "B2B marketplace onboarding with logistics and e-payment",
        "We list cooperative products on a business-to-business marketplace, connect them with logistics partners and set up e-payment accounts. "
        "Supports product sheets and price quotes. "
        "Onboarding fee plus commission.",
    ),
    (
        "iPo125",
        "vi",
        "ocop_tv",
        "Phần mềm quản lý hợp tác xã: thành viên, vật tư, công nợ",
        "Phần mềm trên web và điện thoại quản lý danh sách thành viên, vốn góp, vật tư ứng trước, công nợ và chia lãi của hợp tác xã. "
        "In báo cáo tài chính theo mẫu. "
        "Cài đặt và tập huấn kế toán.",
    ),
    (
        "iPo126",
        "en",
        "mismart",
        "Drone multispectral mapping of rice fields and orchards",
        "Drones with multispectral cameras map crop vigour so weak patches, pest outbreaks or nutrient shortages can be seen before they spread. "
        "Maps delivered within 48 hours with variable-rate fertiliser recommendations. "
        "Service per hectare.",
    ),
    (
        "iPo127",
        "vi",
        "shrimp_vietgap",
        "Ứng dụng nhật ký ao nuôi tôm và tính FCR, chi phí",
        "Ứng dụng ghi chép lượng thức ăn, thuốc, chỉ tiêu nước hằng ngày cho từng ao, tự tính FCR, chi phí và lợi nhuận dự kiến. "
        "Dùng offline, đồng bộ khi có mạng. "
        "Miễn phí bản cơ bản.",
    ),
    (
        "iPo128",
        "en",
        "rice_vl_flood",
        "Local weather stations with farm advisory messages",
        "Automatic weather stations at commune level feed short advisories on rain, heat and pest risk sent by SMS and Zalo to farmers. "
        "Installation and advisory subscription. "
        "Used by rice and fruit cooperatives.",
    ),
    (
        "iPo129",
        "vi",
        "ocop_tv",
        "Thiết kế bao bì, mã vạch và website cho cơ sở nhỏ",
        "Dịch vụ thiết kế nhãn, bao bì, đăng ký mã vạch và làm website giới thiệu sản phẩm cho hộ sản xuất, hợp tác xã. "
        "Gói trọn từ ý tưởng đến in ấn. "
        "Chi phí hợp lý cho sản phẩm OCOP.",
    ),
    (
        "iPo130",
        "en",
        "waxcoco_raw",
        "GIS mapping of coconut growing area codes for export",
        "Mapping of each plot with GPS, owner data and practices to register growing area codes demanded by importing countries. "
        "Database handed to the province and the packer. "
        "Survey and software.",
    ),
    (
        "iPo131",
        "vi",
        "ecommerce_tv",
        "Cân điện tử kết nối phần mềm thu mua cho vựa nông sản",
        "Cân bàn điện tử kết nối máy tính bảng, tự in phiếu cân, lưu lịch sử giao dịch và công nợ từng nhà vườn. "
        "Tránh ghi sổ tay nhầm lẫn. "
        "Bán thiết bị và phần mềm.",
    ),
    (
        "iPo132",
        "en",
        "sweetpotato_export",
        "Cold-chain temperature loggers with cloud tracking",
        "Disposable or reusable loggers record temperature and humidity inside containers and trucks and upload to the cloud, giving buyers proof of the cold chain. "
        "Alerts when temperature goes out of range. "
        "Device supply and dashboard.",
    ),
    (
        "iPo133",
        "vi",
        "shrimp_wsn",
        "Ứng dụng camera AI đếm tôm giống",
        "Ứng dụng dùng camera điện thoại đếm số tôm giống trong khay, giúp kiểm tra số lượng khi mua giống và ước tính tỷ lệ sống. "
        "Sai số dưới 5%. "
        "Thuê bao theo tháng.",
    ),
    # --- water ---
    (
        "iPo134",
        "vi",
        "water_drought",
        "Máy lọc nước lợ RO năng lượng mặt trời cho hộ gia đình",
        "Máy lọc thẩm thấu ngược xử lý nước giếng, nước sông nhiễm mặn thành nước uống, chạy bằng pin mặt trời. "
        "Công suất 30-50 lít/giờ. "
        "Lắp đặt và thay lõi lọc định kỳ.",
    ),
    (
        "iPo135",
        "en",
        "water_longson",
        "Community-scale brackish water reverse osmosis station",
        "A 5-10 m3 per hour RO station with pre-treatment and storage tanks supplies drinking water to a hamlet or school during the salinity season. "
        "Design, installation and operator training. "
        "Can be solar-assisted.",
    ),
    (
        "iPo136",
        "vi",
        "water_tv",
        "Bồn chứa nước mưa composite có bộ lọc đầu nguồn",
        "Bồn composite 2-5 m3 kèm máng xối và bộ lọc bỏ nước mưa đầu, giúp hộ dân trữ nước mưa sạch dùng trong mùa khô. "
        "Bền, không rỉ sét. "
        "Cung cấp và lắp đặt.",
    ),
    (
        "iPo137",
        "en",
        "water_tv",
        "Iron and arsenic removal filter for household wells",
        "Aeration and sand-oxide filter removes iron, manganese and arsenic from groundwater that turns yellow and smells metallic. "
        "Household unit with backwash valve. "
        "Water test, installation and filter media.",
    ),
    (
        "iPo138",
        "vi",
        "water_drought",
        "Túi trữ nước ngọt HDPE và ao trữ lót bạt cho mùa khô",
        "Túi HDPE 10-50 m3 và ao lót bạt giúp hộ dân, vườn cây trữ nước ngọt trước khi mặn xâm nhập để tưới và sinh hoạt. "
        "Thi công nhanh trong vài ngày. "
        "Cung cấp vật tư và thi công.",
    ),
    (
        "iPo139",
        "en",
        "sweetpotato_sustain",
        "Drip irrigation for sweet potato and vegetables on sandy soils",
        "Drip lines with fertigation deliver water and nutrients directly to the root zone of sweet potato and vegetables. "
        "Saves water and labour in the dry season. "
        "Design and installation.",
    ),
    (
        "iPo140",
        "vi",
        "livestock_waste",
        "Bể lọc sinh học xử lý nước thải sinh hoạt nông thôn",
        "Bể tự hoại cải tiến kết hợp bể lọc sinh học trồng cây xử lý nước thải sinh hoạt hộ gia đình, cụm dân cư trước khi xả ra kênh. "
        "Chi phí thấp, ít vận hành. "
        "Thiết kế mẫu và thi công.",
    ),
    # --- energy ---
    (
        "iPo141",
        "vi",
        "biogas_survey",
        "Hầm biogas composite cho trại heo kèm bếp và đèn biogas",
        "Hầm composite lắp ghép xử lý phân heo, giảm mùi hôi và ô nhiễm, sinh khí đốt cho nấu ăn. "
        "Dung tích 5-20 m3 cho trại 10-200 con. "
        "Lắp đặt trong một ngày và bảo hành.",
    ),
    (
        "iPo142",
        "en",
        "biogas_straw",
        "Biogas generator set for medium pig farms",
        "A gas-engine generator running on biogas from the farm digester supplies electricity for fans, pumps and lights. "
        "10-50 kVA sets with hydrogen sulphide filter. "
        "Supply and installation.",
    ),
    (
        "iPo143",
        "vi",
        "solar_tv",
        "Máy bơm nước năng lượng mặt trời tưới vườn",
        "Bộ bơm chạy trực tiếp bằng tấm pin mặt trời không cần ắc quy, thay máy bơm dầu tưới vườn cây ăn trái, rau màu. "
        "Lưu lượng 5-20 m3/giờ. "
        "Lắp đặt và bảo hành 5 năm.",
    ),
    (
        "iPo144",
        "en",
        "solar_tv",
        "Solar greenhouse dryer for fruit, fish and herbs",
        "A polycarbonate-covered dryer heated by the sun with solar fans dries produce faster and more hygienically than open sun drying, protected from rain, dust and flies. "
        "Capacity 200-1,000 kg per batch. "
        "Design and construction.",
    ),
    (
        "iPo145",
        "vi",
        "solar_tv",
        "Điện mặt trời áp mái cho cơ sở chế biến nông sản",
        "Hệ thống điện mặt trời trên mái nhà xưởng giảm tiền điện cho máy sấy, kho lạnh, máy xay. "
        "Công suất 20-200 kWp. "
        "Khảo sát, lắp đặt và hỗ trợ vay vốn.",
    ),
    (
        "iPo146",
        "en",
        "flatbed_dryer",
        "Heat-pump dryer for fruit and seafood",
        "Closed-loop heat-pump drying at 40-60 degrees C keeps colour and flavour of fruit slices and seafood and uses less energy than electric heaters. "
        "100-500 kg per batch. "
        "Equipment and recipes.",
    ),
    (
        "iPo147",
        "vi",
        "livestock_waste",
        "Ủ phân chuồng với trấu và men vi sinh khử mùi trại chăn nuôi",
        "Phân chuồng được trộn trấu và chế phẩm vi sinh ủ thành phân hữu cơ, giảm mùi hôi và ruồi trong trại. "
        "Lớp độn chuồng đệm lót sinh học cho gà, heo. "
        "Cung cấp chế phẩm và hướng dẫn.",
    ),
    (
        "iPo148",
        "en",
        "hunglong",
        "Biomass pellets from coconut husk and rice husk for boilers",
        "Pelletising line mixes coconut husk dust and rice husk into fuel pellets for industrial boilers and dryers. "
        "Capacity 1-2 tonnes per hour. "
        "Line design and buyer connections.",
    ),
    # --- fruit and vegetables ---
    (
        "iPo149",
        "vi",
        "sweetpotato_area",
        "Kho mát và quy trình bảo quản khoai lang xuất khẩu chống sùng",
        "Quy trình xử lý vết thương (curing), phân loại, bảo quản khoai lang trong kho mát 13-15 độ C, kiểm soát sùng khoai và thối củ để giữ được 2-3 tháng. "
        "Đáp ứng yêu cầu cơ sở đóng gói xuất khẩu. "
        "Thiết kế kho và tập huấn.",
    ),
    (
        "iPo150",
        "en",
        "sweetpotato_sustain",
        "Sex pheromone traps against sweet potato weevil in the field",
        "Pheromone traps catch male sweet potato weevils (Cylas formicarius) and, with crop rotation and hilling, reduce tuber damage before harvest. "
        "Traps and lures supplied with placement guide. "
        "Lower insecticide use.",
    ),
    (
        "iPo151",
        "vi",
        "sweetpotato_export",
        "Chế biến khoai lang sấy dẻo và bột khoai lang tím",
        "Quy trình hấp, tẩm, sấy khoai lang dẻo và nghiền bột khoai lang tím làm bánh, tận dụng củ nhỏ, củ xấu không xuất được. "
        "Dây chuyền 300-500 kg củ/ngày. "
        "Chuyển giao công thức và thiết bị.",
    ),
    (
        "iPo152",
        "en",
        "sweetpotato_sustain",
        "Virus-free sweet potato planting material by tissue culture",
        "Meristem culture removes viruses that build up when farmers replant their own vines year after year, restoring yield. "
        "We supply clean mother plants and train nurseries to multiply vines. "
        "Nursery setup and certification.",
    ),
    (
        "iPo153",
        "vi",
        "pomelo_vl",
        "Bao trái và phòng trừ sâu đục trái bưởi Năm Roi",
        "Kỹ thuật bao trái bưởi bằng túi chuyên dụng, kết hợp bẫy và vệ sinh vườn để giảm sâu đục trái, trái đẹp, ít thuốc. "
        "Phù hợp vườn hướng tới VietGAP, GlobalGAP. "
        "Cung cấp túi bao và tập huấn.",
    ),
    (
        "iPo154",
        "en",
        "pomelo_vl",
        "Pomelo postharvest washing, waxing and packing for export",
        "A packing line that washes, treats, waxes, grades and labels pomelo with traceability codes to meet export market requirements. "
        "Extends shelf life for sea freight. "
        "Line supply and training.",
    ),
    (
        "iPo155",
        "vi",
        "pomelo_vl",
        "Xử lý ra hoa nghịch vụ cho bưởi, chôm chôm",
        "Quy trình xiết nước, bón phân và dùng chất điều hòa sinh trưởng để cây ra hoa trái vụ, bán được giá cao. "
        "Áp dụng cho bưởi, chôm chôm, nhãn. "
        "Tập huấn tại vườn.",
    ),
    (
        "iPo156",
        "en",
        "pomelo_vl",
        "Pomelo peel essential oil and pectin extraction",
        "Peel from pomelo processing is steam-distilled for essential oil, and the residue is used to extract pectin. "
        "Small distillation units for cooperatives. "
        "Process transfer.",
    ),
    (
        "iPo157",
        "vi",
        "watercress",
        "Trồng xà lách xoong an toàn trong nhà lưới",
        "Quy trình trồng xà lách xoong trong nhà lưới, tưới phun sương, dùng phân hữu cơ, hạn chế thuốc, đạt VietGAP, bán siêu thị. "
        "Thu hoạch mỗi 2 tháng. "
        "Thiết kế nhà lưới và tập huấn.",
    ),
    (
        "iPo158",
        "en",
        "ocop_trace",
        "Net-house melon production with drip fertigation",
        "Melons grown in net houses on coco peat bags with drip fertigation give uniform, sweet fruit for supermarkets. "
        "Turnkey net house, irrigation controller and growing protocol. "
        "Yields of 3-4 tonnes per 1,000 m2 per crop.",
    ),
    (
        "iPo159",
        "vi",
        "ocop_tv",
        "Sản xuất nước ép trái cây đóng chai thanh trùng",
        "Dây chuyền ép, lọc, chiết rót và thanh trùng nước ép trái cây, nước ép bưởi, chanh dây quy mô nhỏ. "
        "Hạn dùng 6 tháng. "
        "Chuyển giao thiết bị và hồ sơ công bố.",
    ),
    (
        "iPo160",
        "en",
        "sweetpotato_first",
        "Support for packing house registration for export to China",
        "Consulting to register packing houses and growing areas with the importing authority: layout, hygiene, pest control records and inspection readiness. "
        "Applies to sweet potato, pomelo and other fruit. "
        "Document preparation and mock audits.",
    ),
    (
        "iPo161",
        "vi",
        "pomelo_vl",
        "Trichoderma phòng bệnh vàng lá thối rễ cây có múi",
        "Chế phẩm Trichoderma và quy trình xử lý đất, bón hữu cơ, thoát nước để phòng trị bệnh vàng lá thối rễ do nấm Fusarium, Phytophthora trên bưởi, cam. "
        "Cây phục hồi rễ sau 2-3 tháng. "
        "Tư vấn tại vườn.",
    ),
    (
        "iPo162",
        "en",
        "vicosap",
        "Vacuum frying line for fruit chips",
        "Vacuum frying at low temperature turns jackfruit, banana and taro into crisp chips with natural colour and low oil. "
        "50 kg per batch line with de-oiling centrifuge. "
        "Equipment and recipes.",
    ),
    (
        "iPo163",
        "en",
        "gi_products",
        "Peanut shelling and grading machine",
        "A machine that shells dried peanuts and grades kernels by size, replacing hand shelling. "
        "Capacity 300-800 kg per hour with low kernel breakage. "
        "Supply and after-sales service.",
    ),
    (
        "iPo164",
        "vi",
        "livestock_mekong",
        "Đệm lót sinh học cho chăn nuôi heo, gà",
        "Lớp đệm trấu, mùn cưa trộn men vi sinh trải nền chuồng giúp phân hủy phân tại chỗ, giảm mùi và không phải rửa chuồng. "
        "Phù hợp trại nhỏ gần khu dân cư. "
        "Cung cấp men và hướng dẫn.",
    ),
]
