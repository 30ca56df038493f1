"""Sources of the holdout97 set: source key -> URL of the public page each need or offer paraphrases."""

S = {
    # --- offers: sewing lines, productivity, production software
    "sewline_ai": (
        "https://everlighten.com/blogs/blog/"
        "boost-productivity-with-ai-smart-line-balancing-for-small-garment-factories-9"
    ),
    "abay_lb": "https://scribd.com/document/725737525/Art-2-Sem3",
    "iris_mb": (
        "https://irispublishers.com/jtsft/fulltext/"
        "improvement-of-efficiency-and-productivity-through-machine-balancing-in-a-sewing-line.ID.000541.php"
    ),
    "lean_sg2": (
        "https://tailieu.vn/doc/"
        "de-xuat-ap-dung-san-xuat-tinh-gon-lean-doi-voi-truong-hop-cong-ty-co-phan-may-sai-gon-2-2070795.html"
    ),
    "ftu_kaizen": (
        "https://text.123docz.net/document/"
        "7531848-ap-dung-kaizen-cho-doanh-nghiep-lang-nghe-de-nang-cao-nang-suat-va-chat-luong.htm"
    ),
    "vns_dan": (
        "https://123docz.net/document/5972456-nang-cao-nang-suat-cua-doanh-nghiep-thong-qua-"
        "ap-dung-cac-mo-hinh-he-thong-quan-ly-va-cong-cu-cai-tien.htm"
    ),
    "gp_nangsuat_may": "https://123docz.net/document/301662-giai-phap-nang-cao-nang-suat-nha-may.htm",
    "vas_sw": "https://datlamphanmem.com/bai-viet/case-study-doanh-nghiep-san-xuat-gia-cong-phan-mem",
    "ocd_kpi": "https://ocd.vn/chi-so-kpi-danh-gia-hieu-suat-san-xuat",
    # --- offers: cutting room, CAD, markers
    "viettien_cad": "https://viettiencad.com/bai-viet/giau-nho-vai-hien-dai-nho-cadcam_84.html",
    "designs_cat": "https://designs.vn/cong-nghe-cat-rap-nganh-may-mac-va-noi-that-2/",
    "trai_cat_na": (
        "https://text.123docz.net/document/3007408-bai-giang-dao-tao-cong-nghe-trai-vai-va-cat-ban-thanh-pham.htm"
    ),
    "luanvan_tonthat": (
        "http://luanvan.net.vn/luan-van/"
        "de-tai-nghien-cuu-cac-yeu-to-ton-that-vai-trong-qua-trinh-trai-cat-anh-huong-den-hieu-suat-su-dung-vai-36209/"
    ),
    "cat_vai": "https://dienmaytonghopmiennam.com/ky-thuat-cat-vai",
    "coatsdig_marker": "https://www.coatsdigital.com/using-small-markers-to-boost-fabric-utilisation/",
    "garmenta_marker": "https://garmentaapparel.com/blog/what-are-markers",
    "tuka_marker": "https://tukaweb.com/services/marker_making_info",
    "oshima_cut": "https://www.oshima.com.tw/blog/when-to-use-automatic-cutting-machine",
    "fush_cut": "https://www.fush.rs/fabric-cutting/",
    # --- offers: sewing machine maintenance
    "ukbc_downtime": (
        "https://ukbusinessconnect.com/blog/how-downtime-impacts-sewing-production-and-how-to-reduce-it/"
    ),
    "castle_pm": ("https://castlesewing.co.uk/blogs/news/the-importance-of-looking-after-industrial-sewing-machines"),
    "needleseye": "https://needleseye.net/technologies/mechanics",
    "oga_pm": (
        "https://onlinegarmentsacademy.blogspot.com/2019/05/"
        "breakdown-preventive-maintenance-Garments-sewing-machine.html"
    ),
    "nsx_baotri": "https://nangsuatxanhgroup.com/elementor-5602/",
    # --- offers: quality control and testing
    "sansan_aql": "https://sansansports.com/ru/aql-standards-quality-control-apparel-importers",
    "gocubic_qc": "https://gocubic.io/guides/vertical-expertise/fashion-quality-inspection",
    "osi_vn": "https://osivietnam.net/goods-quality-inspection",
    "vninsider_qc": "http://www.vietnaminsider.net/en/garment-quality-control.html",
    "ocd_qc": "https://ocd.vn/kiem-tra-chat-luong-san-pham-khai-niem-vai-tro-phuong-phap",
    "garco10_lab": "http://boa.gov.vn/en/textile-garment-testing-center",
    "fiti_lab": "http://boa.gov.vn/en/fiti-testing-research-institute-vietnam-limited-liability-company",
    "pv_detmay_lab": "http://phanviendetmay.org.vn/vi/trung-tam-thi-nghiem/thu-nghiem-vai",
    "kythuatdo": "https://kythuatdo.com/may-kiem-tra-vai/",
    # --- offers: training of sewing workers
    "kc_quangnam": "https://congnghieptieudung.vn/kc-quang-nam-dao-tao-nghe-may-cho-145-lao-dong-nu-dt1912",
    "hoanghoa": (
        "http://baothanhhoa.vn/doi-song-xa-hoi/"
        "hoang-hoa-khai-giang-3-lop-day-nghe-may-cong-nghiep-cho-lao-dong-nong-thon/124584.htm"
    ),
    "doluong": (
        "https://doluong.gov.vn/trung-tam-cong-tac-xa-hoi-nghe-an-khai-giang-lop-dao-tao-nghe-ngan-han-may-cong-nghiep/"
    ),
    "cdn_cantho": (
        "https://123docz.net/document/2617255-xay-dung-chuong-trinh-dao-tao-so-cap-nghe-may-"
        "thiet-ke-thoi-trang-theo-huong-dap-ung-nhu-cau-thi-truong-tai-truong-cao-dang-nghe-can-tho-tt.htm"
    ),
    "rezaselim": (
        "https://rezaselimgarmentseducations.blogspot.com/2024/07/garments-sewing-operator-training-and.html"
    ),
    "collyer": "https://www.onlineclothingstudy.com/2012/01/implementation-of-systematic-training.html",
    "navttc_sup": (
        "https://pdfslide.us/documents/curriculum-for-certificate-in-apparel-supervisor-certificate-2014-04-16for.html"
    ),
    "sunent": "https://www.sunenterprises.ca/training-programs/",
}

S.update(
    {
        # --- offers: embroidery
        "av_emb": "http://www.avcommercials.com/imagingapparel.htm",
        "payless_dig": "http://paylessdigitizing.com/digitizing.php",
        "ly_dig": "http://www.lydigitizing.com/6.html",
        "engravers_emb": "https://www.engraversjournal.com/legacyarticles/3048/",
        "kimthanh_coop": "https://stories.coop/a-place-to-share-happiness-and-sadness/",
        "phuongthao_theu": "https://tuoitrethudo.vn/nghe-nhan-giu-lua-nghe-theu-tay-truyen-thong-148094.html",
        "hue_theu": "https://phuongnam.vanhoavaphattrien.vn/print-1475.html",
        "nghiaphat_theu": (
            "https://360dongphuc.com.vn/blogs/news/theu-vi-tinh-la-gi-va-lich-su-theu-da-phat-trien-nhu-the-nao"
        ),
        "soul_theu": "https://soulofanation.vn/vi-sao-theu-mat-rat-nhieu-thoi-gian",
        # --- offers: knitting and crochet
        "gt_detkim": "https://vbook.pub/documents/giao-trinh-cong-nghe-san-xuat-san-pham-det-kim-1w9d3q8p4p2p",
        "hangvongxien": (
            "https://text.123docz.com/document/4324149-nghien-cuu-anh-huong-hien-tuong-hang-vong-xien-"
            "den-chat-luong-san-pham-va-hao-phi-nguyen-lieu-khi-cat-may-san-pham-det-kim.htm"
        ),
        "thun_tron": "https://vaithunminhngon.com/kieu-det-vai-thun-tron",
        "elegant_knit": (
            "https://www.elegantknitting.com.au/single-post/2016/10/12/flatbed-vs-circular-knitting-whats-difference"
        ),
        "elite_knit": "http://eliteimpexx.com/knitting.html",
        "mylen_camlam": "http://www.baomoi.com/khoi-nghiep-voi-nghe-dan-moc-len-c48385174.epi",
        "craftlink_crochet": "https://craftlink.com.vn/the-crochet-group-2/",
        # --- offers: natural dyes
        "linh_bk": "https://thiennhien.net/2007/01/04/nhuom-vai-bang-chat-mau-chiet-xuat-tu-thao-moc",
        "linh_ncdt": "https://nhipcaudautu.vn/nguoi-tien-phong/nhuom-vai-bang-la-cay-tai-sao-khong-3249659/",
        "ttk_trungthu": "https://ttkco.vn/Thay-the-thuoc-nhuom-hoa-hoc-bang-thuoc-nhuom-tu-nhien-156.html",
        "duanuoc_wiki": "https://vi.wikipedia.org/wiki/Th%C3%A0nh_vi%C3%AAn:Sonquan1421988/nh%C3%A1p",
        "lacam_qn": (
            "https://123docz.net/document/"
            "15750454-nghien-cuu-chiet-tach-chat-mau-tu-la-cam-va-ung-dung-trong-nhuom-vai-to-tam-o-quang-nam.htm"
        ),
        "mm_myanmar": "https://ptop.only.wip.la:443/https/www.scribd.com/document/481780178/e-224652",
        "paramparik": "http://paramparikkarigar.com/getDetails.php?type=printing&subtype=NaturalDyePrinting",
        "mango_silk": "http://textclothsustain.springeropen.com/articles/10.1186/s40689-015-0007-9",
        # --- offers: dyehouse water and energy, cleaner production
        "sxsh_detnhuom": "https://vi.scribd.com/doc/54993435/Tai-Lieu-Huong-Dan-SXSH-Nganh-Det-Nhuom",
        "vncpc": "https://vncpc.org/category/tin-tu-cac-du-an/page/8",
        "khoaluan_ltmay": "https://www.slideshare.net/slideshow/khoaluan-final/78224371",
        "coats_lr": (
            "https://www.coats.com/en/sustainability/case-studies/reducing-water-use-in-traditional-dyeing-machines"
        ),
        "ecoinn_lt": (
            "http://www.eco-innovation.eu/index.php?option=com_content&view=article"
            "&id=611:separation-of-wastewater-discharges-in-dyeing-department&catid=65:lithuania"
        ),
        "jeetah_paint": "https://scribd.com/document/451276766/134698-361769-1-SM",
        "ann_energy": "https://scribd.com/document/489141487/BEST-PRACTICES-FOR-ENERGY-Efficiency-pdf",
        "ordnur_energy": "https://ordnur.com/?p=15880",
        # --- offers: printing on fabric
        "saodo_in": (
            "http://maythoitrang.saodo.edu.vn/nghien-cuu-khoa-hoc-89/"
            "cong-nghe-ky-thuat-in-trong-nganh-may-cong-nghiep-166.html"
        ),
        "hoachatinvai": "https://hoachatinvai.com/?p=1740",
        "hict_dtg": "http://hict.edu.vn/thoi-trang/in-ki-thuat-so-tren-vai-cotton-va-pe-co.htm",
        "skprint": (
            "https://www.skprint4u.com/blogs/all-blog/lich-su-nganh-in-ao-thun-tu-in-thu-cong-den-cong-nghe-hien-dai"
        ),
        "vephiminlua": "https://vephiminlua.com/lich-su-cua-nganh-in-lua",
        "pigment_dtg": (
            "https://www.boxpackagingfactory.com/blog-why-pigment-inks-drive-the-digital-direct-to-garment.html"
        ),
        "sankalp": "https://www.sankalpcreation.com/introduction-to-digital-fabric-printing/",
        "digout_fashion": "https://digitaloutput.net/evolving-fashion",
        "sdg_fabric": "https://sdgmag.com/features/fashion-statements",
        "katoutten": "https://katoutten.blog/2020/10/10/t-shirt-printing-workshop-2/",
        # --- offers: dye-house wastewater
        "phen_alfe": (
            "https://thuvientailieu.vn/tai-lieu/"
            "nghien-cuu-xu-ly-nuoc-thai-det-nhuom-bang-hon-hop-phen-nhom-va-phen-satiii-bui-duc-trung-49961"
        ),
        "safechem": "https://safechem.vn/xu-ly-nuoc-thai-det-nhuom-nhu-the-nao-de-hieu-qua",
        "vinabase": (
            "http://vinabase.com/S%E1%BA%A3n-ph%E1%BA%A9m/"
            "H%E1%BB%87-th%E1%BB%91ng-x%E1%BB%AD-l%C3%BD-n%C6%B0%E1%BB%9Bc-th%E1%BA%A3i-d%E1%BB%87t-may"
        ),
        "dainam": "https://dainam-enviro.com/he-thong-xu-ly-nuoc-thai-det-nhuom-hieu-qua-hien-dai-t575.html",
        "ec_tehran": "https://jpoll.ut.ac.ir/article_53929.html%0Ahttp:/jpoll.ut.ac.ir/article_61815.html",
        "condor": "https://blog-en.condorchem.com/textile-wastewater-treatment-colour-elimination/",
        "f2f_water": (
            "http://www.fibre2fashion.com/industry-article/4117/"
            "process-for-reducing-water-consumption-during-wet-processing-of-textiles"
        ),
        # --- offers: denim washing
        "id_ozone": "https://www.indian-designs.com/wash-less-ozone-laser-are-changing-the-way-we-use-water/",
        "denimstudent": "https://denimstudent.com/modern-sustainable-techniques-for-industrial-washing-of-denim-jeans",
        "presitex_ozone": "https://presitex.co.za/pages.php?slug=ozone-washing-a-modern-approach-to-denim-finishing",
        "thanhnien_jeans": (
            "https://video.thanhnien.vn/thoi-trang-tre/phuong-thuc-xanh-hon-de-san-xuat-quan-jeans-1851541054.htm"
        ),
        "asmara_wash": (
            "https://123docz.net/document/"
            "15300795-tim-hieu-quy-trinh-wash-denim-ben-vung-tai-van-phong-dai-dien-asmara.htm"
        ),
    }
)

S.update(
    {
        # --- offers: textile waste
        "hp_vaivun": (
            "https://tapchicongthuong.vn/giai-phap-xu-ly-va-tai-che-vai-vun-thanh-cac-bo-trang-phuc-va-phu-kien-"
            "di-kem-nham-nang-cao-hieu-qua-kinh-te-cho-cac-xuong-may-tai-thanh-pho-hai-phong-122404.htm"
        ),
        "jusst_vaivun": (
            "https://jusst.org/solutions-for-processing-and-recycling-fabric-scraps-into-clothes-and-accessories-"
            "to-improve-economic-efficiency-for-garment-factories-in-hai-phong-city/"
        ),
        "markettimes_ac": (
            "https://markettimes.vn/mo-vang-rac-thai-det-may-qua-tay-cac-nha-tai-che-tu-ao-quan-thoi-trang-"
            "nguyen-lieu-cho-lo-nung-xi-mang-den-kem-duong-da-41234.html"
        ),
        "swam_recl": (
            "https://digilib.universitaspertamina.ac.id/ebook/"
            "Solid%20Waste%20Analysis%20and%20Minimization%20:%20a%20Systems%20Approach/files/basic-html/page388.html"
        ),
        "fiberrec": "https://fiberrecycling.com/why-is-fabric-waste-a-problem/",
        "galloway": "https://elizabethgalloway.co.za/recycling-fabric/",
        # --- offers: fish leather, footwear
        "agcenture_fish": "https://www.agcenture.com/2021/02/08/agribyte-making-exotic-fish-leather-from-waste-skins/",
        "discardless_fish": (
            "http://sirs.agrocampus-ouest.fr/discardless_wp6/index.php"
            "?action=fiche&code=16&type_code=FI&atl_version=0&idlang=uk"
        ),
        "caitlin_fish": "https://caitlin-thissen.squarespace.com/material-studies",
        "minardi_fish": "https://minardistore.it/blogs/news/fisk-skin-and-fashion",
        "hesperian_lap": (
            "https://vi.hesperian.org/hhg/"
            "Workers%27_Guide_to_Health_and_Safety:Quy_tr%C3%ACnh_l%E1%BA%AFp_r%C3%A1p_gi%C3%A0y"
        ),
        "hesperian_de": (
            "https://vi.hesperian.org/hhg/Workers%27_Guide_to_Health_and_Safety:L%C3%A0m_%C4%91%E1%BA%BF_gi%C3%A0y"
        ),
        "satra_wba": "https://satra.com/bulletin/article.php?id=2798",
        "ec_voc_shoe": (
            "https://ja.scribd.com/document/332617527/Guidance-on-VOC-Substitution-and-Reduction-"
            "for-Activities-Covered-by-the-VOC-Solvents-Emissions-Directive"
        ),
        "paiva_adh": "https://it.scribd.com/document/395484919/Pegamentos-EVA",
        "lidecovn_training": "http://giayviet.blogspot.com/2007/06/kho-o-to-v-thit-k-mu-v-pht-trin-sn-phm.html",
        "sonadezi": "https://afamily.vn/nganh-hoc-binh-dan-nhung-tiem-nang-20220927223317659.chn",
        "vnniosh_giay": (
            "https://vnniosh.vn/nghien-cuu-che-tao-va-dua-vao-su-dung-thiet-bi-thu-do-ben-va-dap-cua-giay-an-toan/"
        ),
        "steel_mugiay": (
            "https://123docz.com/document/"
            "9863312-nghien-cuu-su-dung-vat-lieu-san-xuat-trong-nuoc-lam-mu-giay-bao-ve-cho-cong-nhan-nganh-thep.htm"
        ),
        "shoedesign_za": "https://shoedesign.co.za/?page_id=13757",
        "arsutoria_school": "https://www.arsutoriaschool.com/shoe-pattern-making-prototyping-course/",
        # --- offers: tannery effluent and waste
        "jep_chrome": "https://file.scirp.org/Html/1507.html",
        "tannery_case": (
            "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F55529382"
            "%2FCase-Study-Wastewater-Treatment-Leather-Manufacture"
        ),
        "tsw_clean": "https://studylib.net/doc/25271322/advanced-clean-technology-0",
        "cnmtx_thuocda": (
            "https://www.congnghemoitruongxanh.com/t%C3%A0i-li%E1%BB%87u-m%C3%B4i-tr%C6%B0%E1%BB%9Dng/"
            "i-c%C3%B4ng-ngh%E1%BB%87-thu%E1%BB%99c-da-v%C3%A0-c%C3%A1c-d%C3%B2ng-th%E1%BA%A3i"
        ),
        # --- offers: workwear and uniforms
        "zeta_bh": "https://dongphuczeta.vn/quan-ao-bao-ho-can-dat-nhung-tieu-chuan-gi-huong-dan-chi-tiet-tu-a-den-z",
        "tueman_bh": "http://www.dongphuctueman.com/2022/06/ong-phuc-bao-ho-lao-ong-uy-tin-tai-binh.html",
        "kct_phanquang": "https://kctvn.com/3-cap-do-bao-ve-cua-ao-bao-ho-phan-quang/",
        "silverline": "https://www.xmsilverline.com/hi-viz-norms/",
        "nbchao_hv": "https://en.nbchao.com/k/8990",
        "dubai_uni": "https://dubaiuaeuniforms.com/industrial-uniforms-suppliers-in-dubai/",
        "phs_fr": "https://phsbesafe.co.uk/news/how-is-flame-retardant-workwear-made",
        "intech_uniform": "https://www.intechopen.com/chapters/55317",
        "silvershell": "https://cricutcom-setup.com/2310-2861/10/6/398/html",
        "khanh_bk": "https://thiennhien.net/2009/09/22/nghien-cuu-san-xuat-vai-khang-khuan-chong-tham",
        "bk_aggo": "https://m.sggp.org.vn/khau-trang-khang-khuan-tu-graphene-oxit-va-nano-bac-741119.html",
        "bk_dongphuc_th": (
            "https://text.123docz.net/document/7034161-nghien-cuu-mot-so-tinh-chat-co-ly-cua-vai-"
            "cho-ao-so-mi-mua-he-dung-lam-dong-phuc-cho-hoc-sinh-tieu-hoc.htm"
        ),
        "hict_dongphuc": (
            "http://hict.edu.vn/thuc-hanh-may/cac-tieu-chi-lua-chon-vai-dong-phuc-mua-he-cho-hoc-sinh-tieu-hoc.htm"
        ),
        # --- offers: cooperative support
        "unwomen_hoatien": "https://www.unwomen.org/mdgf/B/VietNam_B.html",
    }
)

S.update(
    {
        # --- distractor offers (neighbouring fields)
        "d_thuysan_pac": (
            "https://123docz.net/document/10144249-nghien-cuu-ung-dung-tinh-bot-bien-tinh-cationic-ho-tro-"
            "polyaluminium-chloride-trong-qua-trinh-keo-tu-tao-bong-nuoc-thai-thuy-san.htm"
        ),
        "d_mucin": "https://123doc.top/document/9843201-xu-ly-nuoc-thai-in-pp-fenton.htm",
        "d_catra_gelatin": (
            "https://text.123docz.net/document/10867594-nghien-cuu-nang-cao-hieu-suat-trich-ly-gelatin-"
            "tu-da-ca-tra-pangasius-hypophthalmus-bang-ky-thuat-sieu-am.htm"
        ),
        "d_collagen_bk": (
            "https://m.doisongphapluat.com/doi-song/suc-khoe-lam-dep/"
            "nguoi-viet-so-huu-nguon-collagen-doi-dao-gia-tri-cao-tu-mot-loai-phe-pham-it-ai-ngo-a336327.html"
        ),
        "d_collagen_vh": "https://m.2lua.vn/article/dung-cong-nghe-de-chiet-xuat-collagen-tu-da-ca-tra-4425.html?hl=en-",
        "d_coir_anthanh": (
            "https://hxcoexp.com/tin-tuc-chi-tiet/"
            "993-ben-tre-an-thanh-tat-coconut-fiber-craft-village-turns-into-a-new-crop.html"
        ),
        "d_coir_songthom": (
            "https://bentreriverside.com/en/trai-nghiem-ve-lang-nghe-chi-xo-dua-ben-dong-song-thom-o-ben-tre/"
        ),
        "d_coir_pith": (
            "https://text.123docz.net/document/4818802-so-sanh-hieu-qua-kinh-te-cua-cac-phuong-thuc-"
            "su-dung-cac-san-pham-lam-tu-mun-xo-dua-tai-tinh-ben-tre.htm"
        ),
        "d_chieu_duyxuyen": "http://duyxuyenrt.vn/tin-tc/kinh-te/dua-may-moc-vao-nghe-truyen-thong.html",
        "d_chieu_quangxuong": (
            "http://chieucoitiendat.com/"
            "ghe-tham-lang-nghe-det-chieu-coi-truyen-thong-tai-huyen-quang-xuong-thanh-hoa-49.htm"
        ),
        "d_danluoi": "https://bktt.vn/Ngh%E1%BB%81_%C4%91an_l%C6%B0%E1%BB%9Bi",
        "d_luoikeo": (
            "https://123docz.net/document/"
            "2926812-ebook-mot-so-nghe-khai-thac-thuy-san-o-viet-nam-phan-2-trung-tam-khyen-ngu-quoc-gia.htm"
        ),
        "d_hyacinth": "https://we-fi.org/adb-craft-village-cooperative",
        "d_bamboo_khmer": (
            "https://news.laodong.vn/kinh-doanh/"
            "hoi-sinh-lang-nghe-tram-tuoi-tu-doi-tay-kheo-va-khat-vong-cua-nhung-nguoi-phu-nu-khmer-1623716.ldo"
        ),
        "d_giayvai": "http://wvn.vn/raovat.php?id=1703901-Tai-sao-nen-chon-giay-vai-bao-ho-lao-dong.html",
        "d_cam_food": "https://daibieunhandan.vn/chiet-tach-pham-nhuom-mau-thuc-pham-tu-cay-cam-10087217.html",
        "d_color_food": (
            "https://tai-lieu.com/tai-lieu/de-tai-nghien-cuu-chiet-tach-chat-nhuom-mau-thuc-pham-"
            "tu-kinh-nghiem-su-dung-thuc-vat-cua-dong-bao-dan-toc-thieu-so-13879"
        ),
        "d_label": "http://intemnhanmac.net/2053-tim-hieu-ve-in-nhan-bao-bi-san-pham.html",
        "d_tam_ac": (
            "https://infonet.vietnamnet.vn/"
            "nuoi-loai-nhay-cam-kho-chieu-trong-phong-dieu-hoa-nong-dan-o-nghe-an-doi-doi-5023420.html"
        ),
        "d_tam_kt": "https://mayepcamnoi.com/?p=21248",
        "d_crownlinen": "https://crownlinen.net/3-reasons-your-linen-partner-should-offer-tunnel-washer-technology/",
        "d_brightwater": (
            "https://brightwatergroup.com/news-media/5-reasons-to-use-a-better-hotel-laundry-and-linen-service/"
        ),
        "d_leatherhero": "https://leatherhero.com.au/pages/can-this-leather-be-restored",
        "d_ida_seat": "https://the-ida.com/news/570561/Restoring-Automotive-Seats-the-Professional-Way.htm",
        "d_engineerfix": "https://engineerfix.com/who-fixes-leather-car-seats-and-what-can-be-repaired",
        "d_coircraft": "http://www.coircraft.com/geo-textiles.php",
        "d_altoprani": "http://altoprani.com/coir.html",
        "d_coirgreen": "https://coirgreen.com/coirgreen-geotextiles-effective-soil-erosion-prevention-method/",
        "d_chieu_phutan": "http://arit.gov.vn/tin-tuc/san-pham-moi-cua-lang-nghe-chieu-coi-phu-tan-phu-yen-b65b0eed_3553",
    }
)

S.update(
    {
        # --- needs (pages describing a problem; most are about places outside the province)
        "n_truongthinhphat": "https://baocantho.com.vn/vo-chong-tre-khoi-nghiep-voi-nghe-may-gia-cong-a120732.html",
        "n_lb_blog": "https://apparelandgarmentsbusiness.blogspot.com/2026/06/line-balancing-techniques-for-sewing.html",
        "n_anxuyen": "https://www.vietnam.vn/pt/may-gia-cong-cai-thien-doi-song-phu-nu",
        "n_erp_may": (
            "https://tailieu.vn/doc/luan-van-cao-hoc-giai-phap-erp-cho-doanh-nghiep-nganh-may-viet-nam-1377736.html"
        ),
        "n_maycatvai": "https://123docz.net/document/4559186-dat-van-de-may-cat-vai-tu-dong.htm",
        "n_cutroom": "https://customwritings.co/cutting-room-management-system-economics-essay",
        "n_apex_marker": "https://www.apexfashionlab.com/glossary/marker-making",
        "n_tl_pm": "http://textilelearner.blogspot.com/2014/08/machine-maintenance-in-textile-plays.html",
        "n_ordnur_pm": "https://ordnur.com/apparel/sewing-machine-maintenance-in-garments/",
        "n_selvyna": "https://selvyna-atelier.pages.dev/blogs/quality-control-when-manufacturing-abroad.html",
        "n_dothethao": "https://dothethaovin.com/cac-tieu-chuan-danh-gia-chat-luong-vai",
        "n_vsattp": "https://vsattp.vn/quy-dinh-ve-cac-tieu-chuan-danh-gia-chat-luong-vai/",
        "n_vinatex_vt": "http://en.canthotv.vn/800-employees-for-vinatex-vinh-thanh/",
        "n_greenmaple": "https://thanhnien.vn/gioi-tre/nguoi-lao-dong-dang-o-dau-1309036.html",
        "n_tv_daotao": (
            "https://123docz.net/document/"
            "4613972-mot-so-giai-phap-dao-tao-nghe-cho-lao-dong-nong-thon-tren-dia-ban-thanh-pho-tra-vinh.htm"
        ),
        "n_delight_smo": "https://delight.ac.ke/tag/sewing-machine-operator",
        "n_laodong_dagiay": (
            "https://laodong.vn/kinh-te/"
            "xu-huong-dich-chuyen-doanh-nghiep-da-giay-ve-mien-tay-co-the-gay-xao-tron-luc-luong-lao-dong-630071.bld"
        ),
        "n_thanhphuc": "https://baohatinh.vn/thuong-mai-dich-vu/co-so-in-may-dong-phuc-o-ha-tinh-duoc-mua/234465.htm",
        "n_aplus_emb": "http://www.aplusamerica.org/you-must-know-more-about-the-computerized-embroidery-machine/",
        "n_dungtien": "https://langngheviet.com.vn/nghe-theu-truyen-thong-giu-chat-de-vuon-xa-20179.html",
        "n_danviet_theu": (
            "https://danviet.vn/"
            "13-tuoi-da-thanh-thao-9-ngon-theu-tay-gio-nu-nghe-nhan-thuy-dao-thu-ve-4-ty-dong-nam-20200618170443557.htm"
        ),
        "n_hoa_knit": "https://vietnamnet.vn/en/wheelchair-bound-woman-creates-jobs-E135970.html",
        "n_changvang": (
            "https://changvang.net/"
            "chu-dong-ve-nguyen-phu-lieu-trong-nuoc-giup-nganh-det-may-tan-dung-uu-dai-tu-cac-hiep-dinh-thuong-mai-tu-do/"
        ),
        "n_merch_knit": (
            "http://merchandising-apparel.blogspot.com/2016/07/machines-that-used-for-knit-fabric-production.html"
        ),
        "n_hoian_len": "https://hoianrt.vn/tin-tuc/kinh-te/phu-nu-hoi-an-khoi-nghiep-tu-moc-len-2.html",
        "n_knt_romana": "https://siteproxy.ruqli.workers.dev/https/www.scribd.com/document/721257827/KNT-Final-Romana",
        "n_bktt_detkim": "https://bktt.vn/V%E1%BA%A3i_d%E1%BB%87t_kim",
        "n_hoatien": "https://lite.baomoi.com/hop-tac-xa-mang-tho-cam-viet-ra-the-gioi-c47380245.epi",
        "n_diveja": "https://diveja.com/natural-dye-101",
        "n_xanhluc": "https://vn-document.net/document/nhuom-mau-xanh-luc-vai-to-tam-ky-thuat-tu-nhien/5988853549",
        "n_khmer_lua": (
            "https://123docz.net/document/"
            "7643701-nghe-det-lua-truyen-thong-cua-dan-toc-khmer-hien-trang-va-kho-khan-cho-phat-trien.htm"
        ),
        "n_vangiao": (
            "https://lmhtx.angiang.gov.vn/ho%CC%A3p-tac-xa%CC%83-det-van-giao-phat-trien-va-luu-giu-nghe-truyen-thong"
        ),
        "n_surnam": "https://abcdocz.com/doc/1311103/energy-management-opportunities-in-dyehouses",
        "n_tht_bv": "https://thttextile.com.vn/doanh-nghiep-det-nhuom-phat-trien-ben-vung/",
        "n_sxsh_hungyen": (
            "https://123docz.net/document/"
            "7555305-xay-dung-he-thong-cac-giai-phap-san-xuat-sach-hon-cho-tong-cong-ty-may-hung-yen.htm"
        ),
        "n_fastnews": "https://fastnewsinc.com/printing-methods-on-t-shirt/",
        "n_instapawar": "https://instapawar.com/top-6-best-and-most-popular-t-shirt-printing-technologies-today/",
        "n_tshirt_univ": "https://t-shirt-printing-university.blogspot.com/p/screen-printing.html",
        "n_digout_old": "http://www.digitaloutput.net/content/ContentCT.asp?P=1962",
    }
)

S.update(
    {
        "n_sggp_nhuom": "https://www.sggp.org.vn/co-so-san-xuat-gay-o-nhiem-khu-dan-cu-post757644.html",
        "n_pangrim": (
            "https://truyenhinhcapsongthu.net/top/det-nhuom-tiem-an-noi-lo-moi-truong-he-luy-da-ro/PM8GsEfmI4y1z5K"
        ),
        "n_cotton_babu": (
            "https://abcdocz.com/doc/103998/textile-technology-cotton-textile-processing--waste-gener..."
        ),
        "n_scem": (
            "https://scem.org.vn/vi/tin-tuc-trung-tam/savefile/van-de-moi-truong/"
            "danh-gia-hien-trang-tai-su-dung-nuoc-thai-trong-nganh-det-may-1726.html"
        ),
        "n_tf_denim": "https://www.taylorfrancis.com/books/9781351076029/chapters/10.1201/9781351076029-38",
        "n_suzette": "https://www.simplysuzette.com/step-4-wash",
        "n_fen": "https://fen.vn/tai-che-phe-lieu-vai-bang-cach-nao/",
        "n_owiki": "http://w.owiki.org/wiki/Textile_recycling",
        "n_tuantu": "http://maymoitruong.com/index.php?route=blog/post/view&blog_post_id=88",
        "n_eco_sust": "https://eco.sustainability-directory.com/question/why-is-textile-recycling-so-challenging",
        "n_phusang": "https://vaithunphusang.com/vai-vun-trong-nganh-may-la-gi/",
        "n_khpt_collagen": (
            "https://khoahocphattrien.vn/khoa-hoc/"
            "tách-chiét-collagen-tù-da-cá-tra-loc-triẹu-do-tu-‘phé-phảm’/20200716100916274p1c160.htm"
        ),
        "n_uv_collagen": "https://uv-vietnam.com.vn/tach-chiet-collagen-tu-da-ca-tra-loc-trieu-do-tu-phe-pham?p=15",
        "n_trucl_am": "https://thoitrangredep.vn/lang-nghe-giay-dep-hai-duong-1649236997",
        "n_hesperian_ch6": (
            "https://vi.hesperian.org/hhg/Workers%27_Guide_to_Health_and_Safety:"
            "Ch%C6%B0%C6%A1ng_6:_C%C3%A1c_nh%C3%A0_m%C3%A1y_s%E1%BA%A3n_xu%E1%BA%A5t_gi%C3%A0y"
        ),
        "n_hoangdieu": "http://www.lefaso.org.vn/chi-tiet-tin-tuc/2152/lang-nghe-pho-nghe-giay-da-thu-cong-xua-va-nay",
        "n_vtv_dagiay": "http://vtv.vn/da-giay.html",
        "n_choco": "https://www.choco.vn/giay-vai-bao-ho-1-so-tai-sao-nen-chon-khi-lam-viec",
        "n_tannery_eff": "https://c.coek.info/download/tannery-effluent_5c37e4f1d64ab240aa450e44.html",
        "n_soichivang": "https://www.soichivang.com/top-5-dong-phuc-bao-ho-lao-dong-ben-nam-2025",
        "n_graphicspro": (
            "https://graphics-pro.com/education/"
            "i-have-a-potential-customer-asking-about-safety-gear-what-does-this-category-of-apparel-include"
        ),
        "n_laundry_hv": "https://laundryandcleaningnews.com/?p=9391",
        "n_hoatieu_tt45": (
            "https://hoatieu.vn/download/phap-luat/thong-tu-45-2015-tt-byt-quy-dinh-ve-trang-phuc-y-te-103107"
        ),
        "n_tumblr_fr": "https://tumblrblog.com/?p=188446",
        "n_dkte": "https://newclothmarketonline.com/?p=1767",
        "n_worldon": (
            "https://cafef.vn/ong-lon-det-may-trung-quoc-sap-tuyen-them-8000-cong-nhan-tai-cu-chi-dau-tu-"
            "700-trieu-usd-doanh-thu-hon-chuc-nghin-ty-loi-nhuan-hang-nghin-ty-18823121507265414.chn"
        ),
        "n_odclick": (
            "https://odclick.com/thu-vien/insight/phat-trien-lanh-dao/"
            "do%cc%a3ng-lu%cc%a3c-va-su%cc%a3-cam-ket-cu%cc%89a-nguon-nhan-lu%cc%a3c-nganh-may-ma%cc%a3c/"
        ),
        "n_lanhtrang": "http://member.tour-time.com/html/361f699442.html",
        "n_chiengchau": (
            "https://vietnam.vn/danang/htx-det-tho-cam-chieng-chau-giup-chi-em-co-viec-lam-va-thu-nhap-on-dinh"
        ),
        "n_pisrt": (
            "https://pisrt.org/psr-press/journals/easl-vol-5-issue-1-2022/"
            "effects-of-textile-dyeing-effluent-on-the-environment-and-its-treatment-a-review/"
        ),
        "n_somi_btl": "https://123doc.net/document/1598311-bai-tap-lon-thiet-ke-so-mi-nu.htm",
        "n_handprint": "http://www.handprintingguiderajasthan.in/appendix-4-about-natural-dyes/",
        "n_omics": (
            "https://omicsonline.org/open-access/"
            "a-review-of-pollution-prevention-technology-in-leather-industry-117811.html?view=mobile"
        ),
        "n_tantho": (
            "https://nongnghiepmoitruong.vn/hop-tac-xa-tao-thu-nhap-cho-hon-500-nguoi-so-huu-3-san-pham-ocop-d761162.html"
        ),
    }
)

S.update(
    {
        # --- offer found through the docs corpus
        "aql_calc": "https://pypi.org/project/garment-aql-calculator/",
    }
)
