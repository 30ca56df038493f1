"""The seeded sector tree: (code, Vietnamese, English, related terms in both languages, children).
Another province edits these rows (admin) or this list; nothing else depends on the codes' wording."""

SECTORS = [
    (
        "agriculture",
        "Nông nghiệp",
        "Agriculture",
        "nông nghiệp trồng trọt canh tác farming crop",
        [
            ("rice", "Lúa gạo", "Rice", "lúa gạo thóc rơm trấu paddy rice straw husk"),
            (
                "fruit",
                "Cây ăn trái",
                "Fruit",
                "trái cây cây ăn quả bưởi sầu riêng chôm chôm xoài fruit orchard pomelo durian mango",
            ),
            ("coconut", "Dừa", "Coconut", "dừa cơm dừa xơ dừa mụn dừa gáo dừa thạch dừa coconut copra coir husk shell"),
            (
                "vegetables",
                "Rau màu, hoa kiểng",
                "Vegetables and ornamental plants",
                "rau màu hoa kiểng giống cây vegetables seedlings ornamental",
            ),
            ("livestock", "Chăn nuôi", "Livestock", "chăn nuôi heo bò gà dê livestock poultry cattle pig"),
        ],
    ),
    (
        "aquaculture",
        "Thủy sản",
        "Aquaculture and fisheries",
        "thủy sản nuôi trồng aquaculture fisheries",
        [
            ("shrimp", "Tôm", "Shrimp", "tôm thẻ tôm sú tôm càng xanh shrimp prawn"),
            ("fish", "Cá", "Fish", "cá tra cá basa nghêu sò fish catfish clam"),
        ],
    ),
    (
        "food_processing",
        "Chế biến thực phẩm",
        "Food processing",
        "chế biến thực phẩm sấy bảo quản đóng gói food processing drying preservation packaging",
        [
            (
                "post_harvest",
                "Bảo quản sau thu hoạch",
                "Post-harvest preservation",
                "bảo quản sau thu hoạch kho lạnh post-harvest cold storage",
            ),
            ("beverages", "Đồ uống", "Beverages", "nước giải khát nước dừa đồ uống beverage drink juice"),
        ],
    ),
    (
        "machinery",
        "Cơ khí nông nghiệp",
        "Agricultural machinery",
        "cơ khí máy móc thiết bị tự động hóa machinery equipment automation",
        [],
    ),
    (
        "environment",
        "Môi trường và nước",
        "Environment and water",
        "môi trường nước xử lý environment water treatment",
        [
            ("wastewater", "Xử lý nước thải", "Wastewater treatment", "nước thải xử lý nước thải wastewater effluent"),
            (
                "clean_water",
                "Nước sạch, xâm nhập mặn",
                "Clean water and salinity",
                "nước sạch xâm nhập mặn hạn mặn lọc nước clean water salinity desalination",
            ),
            (
                "waste",
                "Chất thải rắn, phụ phẩm",
                "Solid waste and by-products",
                "chất thải rắn phụ phẩm tái chế compost phân hữu cơ solid waste by-product recycling",
            ),
        ],
    ),
    (
        "energy",
        "Năng lượng tái tạo",
        "Renewable energy",
        "năng lượng tái tạo điện mặt trời sinh khối biogas renewable energy solar biomass",
        [],
    ),
    (
        "biotech",
        "Công nghệ sinh học",
        "Biotechnology",
        "công nghệ sinh học vi sinh enzyme chế phẩm biotechnology microbial",
        [],
    ),
    ("materials", "Vật liệu", "Materials", "vật liệu vật liệu mới composite materials", []),
    (
        "digital",
        "CNTT và chuyển đổi số",
        "IT and digital transformation",
        "công nghệ thông tin chuyển đổi số phần mềm IoT truy xuất nguồn gốc software digital traceability",
        [],
    ),
    (
        "health",
        "Y tế và dược liệu",
        "Health and medicinal herbs",
        "y tế dược liệu sức khỏe health medicinal herbs pharmaceutical",
        [],
    ),
]


def seed_sectors(Sector) -> int:
    """Create or update the tree; safe to run again. Takes the model so migrations can pass theirs."""
    count = 0
    for position, (code, vi, en, terms, children) in enumerate(SECTORS):
        parent, _ = Sector.objects.update_or_create(
            code=code, defaults={"name_vi": vi, "name_en": en, "terms": terms, "position": position, "parent": None}
        )
        count += 1
        for child_position, (child_code, child_vi, child_en, child_terms) in enumerate(children):
            Sector.objects.update_or_create(
                code=child_code,
                defaults={
                    "name_vi": child_vi,
                    "name_en": child_en,
                    "terms": child_terms,
                    "position": child_position,
                    "parent": parent,
                },
            )
            count += 1
    return count
