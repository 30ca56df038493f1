"""Source pages of the holdout102 set (beauty salons, nail/spa services, small cosmetics makers): key -> URL."""

S = {
    # herbal shampoo, saponin, pomelo, henna, head spa
    "caythuoc_goi": "https://caythuoc.org/dau-goi-thao-duoc-tren-thi-truong-co-tu-nhien-100-khong.html",
    "kag_goi": "https://maythucphamkag.com/xu-huong-va-thach-thuc-cua-nganh-san-xuat-dau-goi-duoc-lieu-o-viet-nam",
    "lavia_goi": "https://lavia.vn/?p=3128",
    "albadi": "https://fr.scribd.com/document/391314375/1-s2-0-S2314853514000663-main-1-pdf",
    "ijps_shampoo": "https://www.ijpsjournal.com/article/Formulation+and+Evaluation+of+Herbal+Shampoo+",
    "ijps_shampoo2": "https://www.ijpsjournal.com/article/Formulation-And-Evaluation-Of-Herbal-Shampoo",
    "rjtcs_shampoo": "http://rjtcsonline.com/HTML_Papers/Research%20Journal%20of%20Topical%20and%20Cosmetic%20Sciences"
    "__PID__2018-9-2-2.html",
    "joanmorais": "https://www.joanmorais.com/blog/",
    "mobsea": "https://mobsea.com/Precautions-while-using-Shampoo/India",
    "saponin_thoibao": "https://thoibao.online/paper/cac-nha-khoa-hoc-viet-chiet-xuat-qua-bo-hon-tang-han-dung-cho-my"
    "-pham"
    "-huu-co-113768",
    "saponin_khpt": "https://khoahocphattrien.vn/khoa-hoc/tinh-che-hoat-chat-saponin-tu-bo-ket-va-bo-hon/"
    "20221215091850966p1c160.htm",
    "saponin_scp": "https://scp.gov.vn/News/Print/12622",
    "kkn_bohon": "https://kienkhongngu.vn/qua-bo-hon-cham-soc-toc/",
    "docz_saponin": "https://text.123docz.net/document/10020409-saponin-va-ung-dung-saponin-trong-my-pham-duoc"
    "-pham.htm",
    "docz_saponin2": "https://text.123docz.net/document/10020410-saponin-va-ung-dung-trong-linh-vuc-hoa-my-pham-va-chat"
    "-tay-rua.htm",
    "docz_ramanano": "https://text.123docz.net/document/5869173-nghien-cuu-tach-va-tao-he-nano-chua-saponin-tu-rau-ma"
    "-va-dinh-huong-ung-dung-trong-san-pham-cham-soc-ca-nhan.htm",
    "docz_huongnhu": "https://text.123docz.com/document/2401477-nghien-cuu-thanh-phan-hoa-hoc-tinh-dau-cay-huong-nhu"
    "-tia"
    "-ocimum-tenuiflorum-l-o-tinh-thua-thien-hue.htm",
    "bnice_duongsinh": "https://bnice.com.vn/tin-tuc/dau-goi-duong-sinh-bi-quyet-cham-soc-toc-tu-thien-nhien",
    "pnvn_goidau": "https://phunuvietnam.vn/goi-dau-duong-sinh-trong-dan-cong-so-nhieu-nguoi-tim-den-de-ngu-trua"
    "-820226915037998.htm",
    "gialai_goidau": "https://baogialai.com.vn/goi-dau-duong-sinh-xu-huong-cham-soc-suc-khoe-cua-phai-dep"
    "-post280152.html",
    "phunuthudo_goidau": "https://baophunuthudo.vn/phu-san-doi-song-gia-dinh/trao-luu-goi-dau-duong-sinh-de-cham-soc"
    "-suc-khoe-117981.html",
    "kenh14_goidau": "https://kenh14.vn/goi-dau-o-viet-nam-dinh-nhu-bo-mon-nghe-thuat-ky-cong-bai-ban-ca-the-gioi-khong"
    "-sao-chep-noi-215260214124414381.chn",
    "afamily_buoi": "https://afamily.vn/bao-nam-me-toi-dung-vo-buoi-duong-toc-toi-da-tim-duoc-cach-nhanh-gon-va-tien"
    "-loi"
    "-hon-rat-nhieu-236251223160600511.chn",
    "kkn_buoi": "https://kienkhongngu.vn/tinh-dau-buoi/",
    "hoanen_buoi": "https://tinhdauhoanen.com/cau-hoi-thuong-gap/tinh-dau-buoi/",
    "clair_buoi": "https://clair.com.vn/kien-thuc-lam-dep/cach-lam-tinh-dau-buoi-xit-toc-tai-nha",
    "cholaithieu_buoi": "https://cholaithieu.com/cach-nau-tinh-dau-buoi-tai-nha-dat-hieu-qua-cao-nhat",
    "tintuc_henna": "https://tintuconline.com.vn/thi-truong/bot-nhuom-toc-tu-la-cay-henna-loan-gia-xuat-xu-n"
    "-240637.html",
    "gony_henna": "https://mayepcamnoi.com/Cay-henna-la-gi-Cay-la-mong-Cong-dung-cua-cay-Henna--Gony-1658614613",
    # coconut oil, coconut cosmetics
    "vtld_dua": "http://www.vtld.com.vn/threads/107584-Gioi-thieu-cong-nghe-san-xuat-dau-dua-tai-cong-ty-Me-Kong.html"
    "?s=10e13d4f6d234addc2fef2aefb5db5b7&p=108282",
    "nongtrai_dua": "https://nongtraithanhthoi.com/blogs/thien-nhien/quy-trinh-san-xuat-dau-dua-lanh",
    "wiki_dua": "https://vi.m.wikipedia.org/wiki/Th%E1%BA%A3o_lu%E1%BA%ADn_Th%C3%A0nh_vi%C3%AAn:Danquynhngoc/Nh%C3%A1p",
    "danviet_dua": "https://danviet.com/a9355/khong-phai-cu-dau-dua-la-nhu-nhau-ban-co-biet-co-den-11-loai-dau-dua-khac"
    "-nhau-khong-",
    "daudua_handmade": "http://daudua.phattrien.net/search?updated-max=2013-06-26T07:08:00-07:00&max-results=11",
    "scribd_daudua": "https://www.scribd.com/document/481773790/Nguyen-liu-du-da-docx-docx",
    "parachute_vco": "https://parachutekalpavriksha.org/blogs/blog-post/virgin-coconut-oil",
    "fao_vco": "https://tr.scribd.com/document/43808045/CoconutOil-2",
    "ust_vco": "https://scribd.com/document/713873930/52e2e0ba0b0caa0ee4305138c0d0f88c71d3",
    "coconutoil_online": "http://www.coconutoil-online.com/Coconut_Oil_Hype_2.html",
    "virgicoconut": "https://virgicoconut.blogspot.com/2011_08_25_archive.html",
    "theyora": "https://www.theyora.com/blogs/all-blogs/different-ways-to-extract-coconut-oil"
    "?srsltid=AfmBOoqaejHdIeDB4SC4essLz7iztwQlYkUqRJfuNYVSE1lU-UPfJPNg",
    "bighead_vco": "https://bigheadmagicmad.blogspot.com/2013/05/",
    "warung_vco": "https://warungpondokmadu.com/virgin-coconut-oil/",
    "metisukanto_vco": "https://metisukanto.com/virgin-coconut-oil-dibuat-tradisional-atau-modern/",
    "kompas_vco": "https://agri.kompas.com/read/2023/01/30/163700084/mengenal-minyak-kelapa-murni-atau-vco-dan"
    "-manfaatnya"
    "-untuk-kesehatan?page=2",
    "hiephoidua": "http://hiephoiduabentre.com.vn/index.php?Module=Content&Action=view&id=4374&Itemid=2",
    "sgtt_duaphulong": "https://sgtiepthi.vn/co-dua-dua-nong-san-viet-vao-my-pham",
    "dost_mask": "http://dost-bentre.gov.vn/tin-tuc/1676/chiec-mat-na-dua-ben-tre",
    "hvnclc_dua": "https://hvnclc.vn/nganh-dua-nhu-ca-hoa-rong/",
    "namcantho_dua": "https://thuvientailieu.vn/tai-lieu/giai-phap-phat-trien-cac-san-pham-tu-dua-tai-ben-tre-58624",
    # soap, surfactants
    "winenfood_coconut": "https://winenfood.com/cold-process-method-for-a-coconut-soap",
    "winenfood_sapon": "https://winenfood.com/understanding-saponification-in-coconut-oil-soap",
    "annas_soap": "http://www.annashomemadesoap.com/soap_making_process.shtml",
    "eatsip_soap": "https://eatsip365.com/a-safe-coconut-soap-recipe-for-beginners",
    "tiwetal_soap": "http://tiwetal.no.comunidades.net/how-to-make-coconut-oil-soap-cold-process",
    "harryd_soap": "https://www.harry-d-fotografie.nl/00-01/25151.html",
    "youthsoap": "https://youthsoap.wixsite.com/youthsoap/post/5-cach-lam-xa-phong-handmade",
    "znews_khoahoc": "https://znews.vn/ba-noi-tro-chi-tien-trieu-hoc-lam-my-pham-handmade-post548006.html",
    "znews_khoahoc2": "https://znews.vn/di-may-bay-chi-tien-trieu-hoc-lam-phan-ma-son-moi-post476751.html",
    "caythuoc_xaphong": "https://caythuoc.org/cach-lam-xa-phong-tu-phoi-xa-phong-cuc-ky-don-gian.html",
    "vnanet_xaphong": "https://vietnam.vnanet.vn/vietnamese/tin-tuc/bien-tau-cua-xa-phong-thu-cong-239120.html",
    "tienphong_xaphong": "https://tienphong.vn/chang-trai-lam-xa-phong-tu-cay-duoc-lieu-post1448288.tpo",
    "congbomp_xaphong": "https://congbomypham.info/Tin-tuc/nhon-nhip-thi-truong-xa-phong-handmade.html",
    "artisansoapery": "https://artisansoapery956284266.wordpress.com/blog/",
    "chagrin_sci": "https://www.chagrinvalleysoapandsalve.com/blog/posts/sodium-coco-sulfate-is-it-natural/",
    "incibeauty_sci": "https://incibeauty.com/en/ingredients/5754-sodium-cocoyl-isethionate-sci-",
    "hairlust_glucoside": "https://hairlust.com/blogs/ingredients/coco-glucoside",
    "ew_sci": "https://library.essentialwholesale.com/sodium-cocoyl-isethionate-foaming-face-wash/",
    "puracy_sci": "https://puracy.com/blogs/ingredients/sodium-cocoyl-isethionate",
    "congthuc_nuocgiat": "https://congthucnuocgiat.com/?p=194",
    # regulation, GMP, labelling, testing
    "wikiluat": "https://wikiluat.com/2024/02/13/cac-quy-dinh-can-biet-khi-kinh-doanh-my-pham",
    "dongthap_syt": "https://dongthap.gov.vn/en/web/syt/m%E1%BB%B9-ph%E1%BA%A9m",
    "thanhlapdn_congbo": "http://www.thanhlapdoanhnghiepvn.net/tag/cong-bo-luu-hanh-san-pham",
    "tuvan_nhapkhau": "https://tuvanphaplymienphi.com/tag/thu-tuc-cong-bo-my-pham/",
    "tuvan_vsattp": "http://tuvanphapluatvn.net/tag/giay-chung-nhan-co-so-du-dieu-kien-ve-sinh-an-toan-thuc-pham",
    "medgate_cgmp": "https://medgate.vn/en/cgmp-asean-certification-for-cosmetic-manufacturing-facilities-process-and"
    "-key-requirements",
    "cgmpconsulting": "https://cgmpconsulting.gmp.com.vn",
    "gmpgroups": "https://gmpgroups.com.vn/en/solution/cosmetic-cleanroom",
    "tuvnord_gmp": "https://tuv-nord.com/th/en/our-services/other-certification-services/gmp-asean-guideline",
    "chemlinked_vn": "https://cosmetic.chemlinked.com/news/cosmetic-news/vietnam-implements-detailed-requirements"
    "-manufacturers",
    "vnlaw_cgmp": "https://vietnamlawmagazine.vn/cosmetic-producers-must-meet-cgmp-asean-standards-5253.html",
    "scribd_aseangmp": "https://rt.http3.lol"
    "/index.php?q=aHR0cHM6Ly93d3cuc2NyaWJkLmNvbS9kb2N1bWVudC80MjA2Njk3MzEvY29zbWV0aWM",
    "ages_label": "https://www.ages.at/en/topics/cosmetics/labelling/",
    "cosmeticslabels": "https://cosmeticslabels.co.uk/cosmetic-regulations/consumers-need-for-understanding-cosmetic"
    "-labels",
    "stickythings": "https://www.stickythings.co.uk/product/cosmetic-labels/",
    "cheshire_label": "http://www.cheshireeast.gov.uk/business/trading_standards/business/product_safety/"
    "cosmetic_products_safety/cosmetic_labelling_conditions.aspx",
    "twuniyu_label": "https://www.twuniyu.com/en/product-labeling",
    "whitelabel": "https://www.whitelabelbeautylab.com/ukeu-labelling-requirements-24-w.asp",
    "obelis": "http://obeliscosmetics.net/introduction-2/",
    "microchemlab": "https://microchemlab.com/test-category/preservative-challenge-testing",
    "mecoslab": "https://mecoslab.com/services-2/project-two-ky966-ryybc",
    "qalitex": "https://qalitex-website.pages.dev/es/blog/preservative-efficacy-testing-cosmetics-challenge-test/",
    "bav_pet": "https://www.bav-institut.de/en/faqs/are-preservation-stress-tests-required-for-cosmetics",
    "bestperfumes_pet": "https://bestperfumesind.com/blog/challenge-testing-preservative-efficacy/",
    "intertek_pet": "https://www.intertek.com/cosmetics/preservative-efficacy-challenge-testing/",
    "advena": "http://www.advenamedical.com/cosmetics/testing/",
    "hoclammypham": "https://hoclammypham.com.vn/tag/chat-bao-quan-tu-nhien",
    "docz_kiemnghiem": "https://text.123docz.net/document/15252684-bai-giang-kiem-nghiem-my-pham.htm",
    "skds_kimloai": "https://suckhoedoisong.vn/asen.html",
    "plo_thuyngan": "http://plo.vn/suc-khoe/thu-hoi-3-loai-my-pham-co-ham-luong-thuy-ngan-qua-cao-772709.html",
    "afamily_recall": "https://afamily.vn/tu-vu-dinh-chi-kem-duong-da-chong-nang-con-ac-mong-mang-ten-my-pham-chua-thuy"
    "-ngan-hoa-chat-cam-20210424164127213.chn",
    "myphamnp_meo": "https://myphamlamdepnp.blogspot.com/2018/03/khong-nen-tin-cac-meo-test-chi-va-thuy.html",
    "skinaz": "https://skinaz.com.vn/?p=16365",
    "cuchoachat": "http://cuchoachat.gov.vn/tin-tuc-su-kien/nang-cao-nhan-thuc-va-chu-dong-ung-pho-voi-nguy-co-su-co"
    "-hoa"
    "-chat-1.html",
    # hygiene, sterilisation, towels
    "ngoaingu_nail": "https://ngoaingucongnghe.vn/cach-ve-sinh-khu-trung-dung-cu-nail-dung-chuan",
    "scribd_nail_vi": "https://www.scribd.com/doc/58594027/GuidelinesClnngMncrngEqpmnt-VI",
    "soakoff": "http://soak-off-gel-design.blogspot.com/2016/02/sterilization-of-manicure-tools.html",
    "vory_autoclave": "https://www.voryautoclave.com/news/industry-news/are-autoclaves-used-in-beauty-salons.html",
    "kakprosto": "https://eng.kakprosto.ru/how-862230-how-to-disinfect-manicure-tool",
    "cuteticles": "http://cuteticles.com/news/2016/11/24/why-you-shouldnt-go-to-nail-salons-that-dont-autoclave-for"
    "-sterilization",
    "mmoww_guide": "https://mmoww.net/shampoo/library/salon-equipment-sterilization-guide/fr/",
    "mmoww_card": "https://mmoww.net/shampoo/library/ref-shampoo-tool-sterilization-quick-card/jp/",
    "mmoww_barber": "https://mmoww.net/shampoo/library/barbershop-tool-sterilization-protocol/en/",
    "mmoww_global": "https://mmoww.net/shampoo/library/shampoo-tool-sterilization-global/en/",
    "ysu_safety": "https://aakhan03.people.ysu.edu/safety.html",
    "solessence": "https://www.solessence.com/2011/04/keepin-it-real-clean-sanitizing-disinfecting-or-sterilizing/",
    "hoanphi_uv": "https://hoanphi.com/en/news/2605-medical-grade-uv-sterilizer-for-spa-tools.html",
    "ask_uv": "http://www.ask.com/question/how-do-uv-cabinets-in-salons-work",
    "puntomarinero_uv": "https://puntomarinero.com/uv-sterilizer-for-manicure-instruments",
    "fartice_autoclave": "https://it.fartice.com/autoclave-per-strumenti-per-manicure/",
    "excel_ultra1": "https://excelhealthcare.co.uk/2026/04/24/ultrasonic-cleaner-vs-autoclave/",
    "excel_ultra2": "https://excelhealthcare.co.uk/2026/04/24/what-can-and-cant-be-cleaned-in-an-ultrasonic-cleaner/",
    "altrasonic": "https://www.altrasonic.com/why-do-sterilization-processes-require-an-ultrasonic-cleaner_n632",
    "healthyrunning": "https://healthyrunning.org/more-than-just-sterile-instruments",
    "biologyinsights": "https://biologyinsights.com/what-instruments-should-be-sanitized-in-an-ultrasonic-cleaner",
    "mmoww_towel": "https://mmoww.net/shampoo/library/salon-towel-laundry-faq/en/",
    "mmoww_laundry": "https://mmoww.net/shampoo/library/shampoo-laundry-hygiene-hair-salon/jp/",
    "hdsecotowels": "https://www.hdsecotowels.com/pages/hygiene",
    "easydry": "https://www.easydry.com/uk/index.php/news/towel-hygiene/",
    "verylovebeauty": "https://www.verylovebeauty.com/Article/beauty/hair/haircare/88338.html",
    "moxdeals": "http://www.moxdeals.sg/2018/04/",
    "tasalon": "https://tasalon.com/blogs/salon-industry/how-beauty-salons-can-save-water-and-reduce-operating-costs",
    # nail air quality, dust, lamps
    "turi_vent": "https://studylib.net/doc/7873582/ventilation-in-nail-salons---turi",
    "nailsmag_fresh": "https://www.nailsmag.com/article/111540/Fresh-Air",
    "nailsmag_local": "https://www.nailsmag.com/391138/local-exhaust-a-salon-clean-air-act",
    "eltafans": "https://www.eltafans.com/markets/building-services/commercial-retail/nail-salons",
    "tomesphere_voc": "https://tomesphere.com/paper/PMC12847775.md",
    "readkong_nyc": "https://readkong.com/page/hhs-public-access-author-manuscript-j-occup-environ-hyg-5605949",
    "irsst_table": "http://blogues.irsst.qc.ca/blogs/veille/archive/2009/03/11/nail-salon-table-evaluation.aspx",
    "hitpages_vent": "https://www.hitpages.com/doc/4514747751858176/19/",
    "azureglam": "https://azureglam.com/the-importance-of-nail-dust-collectors-in-manicures",
    "inform_hoods": "https://inform.com.de/en/what-are-manicure-hoods-and-why-are-they-needed/",
    "nailknowledge": "https://nailknowledge.org/glossary/nail-dust",
    "naillamp": "https://www.naillampwholesales.com/news-show-1037241.html",
    "samuelnovarro": "http://samuelnovarrohouse.com/one-drawback-of-led-nail-lamp/",
    "c2uor8_uv": "https://c2uor8fk7a.pages.dev/36",
    "voh_nail": "https://voh.com.vn/huong-nghiep/nghe-nail-395734.html",
    "vietcetera_nail": "https://vietcetera.com/onboardy/nhung-bi-mat-tiem-nail-khong-bao-gio-tiet-lo-voi-ban",
    # wastewater, chemicals, dyes, hair waste
    "greatlakes": "http://www.great-lakes.net/lists/p2tech/2001-02/msg00048.html",
    "umn_salon": "https://vdocuments.mx/beauty-salons-and-onsite-treatment-r-beauty-salons-and-onsite-wastewater"
    "-treatment.html",
    "nj_salon": "https://readkong.com/page/characterizing-beauty-salon-wastewater-for-the-purpose-of-2925017",
    "necole_dye": "https://necolebitchie.com/how-to-dispose-of-hair-dye-in-a-salon",
    "envirotech": "https://www.envirotechygieneservices.co.uk/how-to-dispose-of-chemical-waste-in-a-salon/",
    "yourbestselves": "https://yourbestselves.com/can-you-put-leftover-hair-dye-down-the-sink",
    "bistrolafolie": "https://bistrolafolie.com/can-hair-developer-go-down-the-drain",
    "castlewater": "https://www.castlewater.co.uk/blog/trade-effluent-advice-for-hairdressing-salons",
    "nion_dye": "https://nion.vn/tac-hai-cua-mui-thuoc-nhuom-toc",
    "hacheco_dye": "https://hacheco.vn/hoa-chat-trong-thuoc-nhuom-toc-nguy-hai-toi-suc-khoe-nhu-the-nao",
    "moitruonganhduong": "https://moitruonganhduong.vn/chat-thai-nguy-hai-khong-chi-den-tu-nha-may-lon?p=4",
    "ctnh_vanban": "https://123doc.org/document/15346625-he-thong-van-ban-phap-ly-ve-quan-ly-ctnh-tai-viet-nam.htm",
    "ctnh_hientrang": "https://text.123docz.net/document/337583-hien-trang-quan-ly-chat-thai-nguy-hai-o-viet-nam.htm",
    "hitechdn": "https://hitechdn.com/xu-ly-nuoc-thai-sinh-hoat",
    "tanphu_nuocthai": "https://congnghetanphu.com/xu-ly-nuoc-thai-sinh-hoat/",
    "chuyende_nuocthai": "https://123docz.net/document/3857855-chuyen-de-3-thanh-phan-tinh-chat-va-cac-chi-tieu-cua"
    "-nuoc"
    "-thai.htm",
    "greenstar_uasb": "https://greenstarvn.com/hoat-dong-be-uasb-trong-xu-ly-nuoc-thai-sinh-hoat",
    "thuanphu_loc": "https://truyenhinhcapsongthu.net/top/cong-nghe-loc-sinh-hoc-nho-giot-phan-1-thuan-phu-group/"
    "Gkzzi3t1IDwdOga",
    "docz_kcn": "https://text.123docz.net/document/2451780-thiet-ke-cong-nghe-he-thong-xu-ly-nuoc-thai-khu-cong-nghiep"
    "-tap-trung-cong-suat-5000-m3-ngay-dem.htm",
    "docz_dulich": "https://123docz.net/document/15771632-khoa-luan-tot-nghiep-ky-thuat-moi-truong-thiet-ke-he-thong-xu"
    "-ly-nuoc-thai-cho-khu-du-lich-sinh-thai-bai-lu-cong-suat-1500-m3.htm",
    "sieuthipdf_asen": "https://sieuthipdf.com/tai-lieu/danh-gia-rui-ro-ve-moi-truong-va-suc-khoe-do-o-nhiem-asen-trong"
    "-nuoc-tren-dia-ban-huyen-krong-no-tinh-dak-nong-luan-van-thac-si-chuyen-nganh-quan-ly-tai-nguyen-moi-truong"
    "-6482d69880bcf3a0dce4f8df",
    "mmoww_color": "https://mmoww.net/shampoo/library/salon-color-allergy-testing-procedures/pt/",
    "lww_aat": "https://journals.lww.com/dermatitis/Fulltext/2018/09000/Allergy_Alert_Test_for_p_Phenylenediamine"
    "_Allergic.4.aspx",
    "miyu_patch": "https://www.miyu-salon.com/blog/hair-colour-patch-test-%25E2%2580%2593-why-is-it-so-important/",
    "hatstand_patch": "https://www.hatstandnelly.co.uk/allergy-alert-test",
    "oureveryday_patch": "https://oureverydaylife.com/how-to-test-for-hair-dye-allergies-12251577.html",
    "greengrommers": "https://greengrommerscollective.com/blogs/education/what-green-salon-collective-does-with-hair"
    "-salon-waste",
    "cumeu_ssa": "https://cumeu.com/post/how-do-you-properly-dispose-of-hair",
    "gardenbotany": "https://gardenbotany.com/how-do-i-compost-hair-and-nail-waste-from-salons",
    "thecooldown": "https://www.thecooldown.com/green-business/hair-recycling-oil-spills-trimmings/",
    "anthroevolve": "https://anthroevolve.com/blogs/the-darker-side-of-chocolate/your-haircut-is-not-trash-how-salon"
    "-hair-could-be-compost-climate-tool-oil-spill-sponge",
    "planetrescue": "https://planetrescue101.design.blog/2023/05/15/can-waste-from-beauty-salons-be-recycled/",
    "cfissbd": "https://cfissbd.com/news/hair-waste-from-salons-recycled-to-mop-up-oil-spills-on-sea-shores",
    # booking and management software
    "easyappointments": "https://raw.githubusercontent.com/alextselegidis/easyappointments/main/README.md",
    "openreserve": "https://github.com/krish9219/openreserve",
    "gh_topics_appt": "https://github.com/topics/appointments",
    "stylera": "https://www.stylera.io/blog/scheduling-reminder-software-cut-no-shows-for-real",
    "salon360": "https://salon360app.com/blog/reducing-no-shows-smart-reminders-and-policies-using-your-salon-software",
    "ailivefeed": "https://www.ailivefeed.com/guides/no-shows-salons",
    "vocaly": "https://vocalyai.com/blog/salon-spa-appointment-booking-reduce-no-shows",
    "samstilla": "https://samstilla.com/untitled-page-14",
    "webchewy": "https://webchewy.com/which-reminder-systems-work-best-for-pet-appointment-scheduling",
    "groomer_io": "https://get.groomer.io/how-groomer-io-helps-with-no-shows/",
    "koder_chinhanh": "https://koder.ai/vi/blog/ung-dung-web-quan-ly-salon-nhieu-chi-nhanh-luan-phien-phan-tich",
    "koder_nail": "https://koder.ai/vi/blog/ung-dung-web-salon-mong-tay",
    "ezs": "https://ezs.vn/huong-dan-su-dung-ezs/thiet-lap-diem-kinh-doanh/thiet-lap-diem-kinh-doanh-thiet-lap-diem"
    "-kinh-doanh",
    "oneoffice_hrm": "https://1office.vn/phan-mem-hrm-cho-nganh-spa",
    "misa_spa": "https://phanmemhokinhdoanh.net/?p=842",
    "myspa_doc": "https://doc.myspa.io.vn/docs/1-2-quy-trinh-van-hanh-truyen-thong-kem-hieu-qua",
    "milicos": "https://milicos.vn/phan-mem-quan-ly-spa-tot-nhat-can-dam-bao-dieu-gi/",
    # training
    "baohanam_salon": "https://baohanam.com.vn/amp.aspx?itemid=102941",
    "thanhhoa_lamdep": "https://vietnam.vn/bung-nghe-o-tuoi-40-hoi-chi-em-co-muc-thu-nhap-cao",
    "giaoducthoidai_nail": "https://giaoducthoidai.vn/rong-mo-canh-cua-viec-lam-voi-nghe-nail-post686275.html",
    "danviet_nail": "https://danviet.vn/choang-voi-thu-nhap-tu-nghe-lam-nail-20220510151647391.htm",
    "jstore_nail": "http://jstore.top/lam-nail-san-choi-moi-tu-nghe-cu-d316608",
    "vnexpress_nghe": "https://vnexpress.net/tag/tong-cuc-day-nghe-523055-p3",
    "sggp_sacdep": "https://www.sggp.org.vn/nganh-cham-soc-sac-dep-len-ngoi-818722.html",
    "giaoduc_massage": "https://giaoduc.edu.vn/dua-massage-vao-dao-tao-chinh-quy",
    "nld_sacdep": "https://nld.com.vn/dao-tao-cham-soc-sac-dep-viet-nam-tien-vao-thi-truong-chau-a"
    "-196251018014153029.htm",
    "hoanmy": "https://hoanmyacademy.vn/ky-thuat-vien-cham-soc-da-la-gi-nghe-hot-2025",
    "danviet_sacdep": "https://danviet.vn/print-20220529222818625.htm",
    "matphot": "http://matphot.com/su-soi-suc-cua-thi-truong-cham-soc-sac-dep-hien-nay.html",
    "trolysuckhoe": "https://trolysuckhoe.com/chung-chi-cham-soc-da-va-nhung-thong-tin-can-biet/",
    "job3s_spa": "https://job3s.ai/tim-viec-lam-ky-thuat-vien-spa-c3886",
    # equipment, water, hot water, production lines, essential oils
    "minhthi_ghe": "https://noithatminhthi.com/huong-dan-chi-tiet-bao-quan-ghe-cat-toc-de-keo-dai-tuoi-tho-s180.html",
    "greenheat": "https://thegioibomnhiet.com.vn/he-thong-heat-pump-co-thuc-su-tiet-kiem-dien-bai-toan-chi-phi-dau-tu"
    "-va-loi-ich-dai-han",
    "megasun_dacdiem": "https://megasunsolar.vn/bom-nhiet-co-dac-diem-gi.html",
    "megasun_may": "https://megasunsolar.vn/may-heat-pump-la-gi.html",
    "megasun_uudiem": "https://megasunsolar.vn/uu-diem-cua-bom-nhiet-heat-pump-la-gi.html",
    "nailsmag_water": "https://www.nailsmag.com/392951/be-water-wise-not-faucet-foolish",
    "hji_water": "https://hji.co.uk/reducing-water-consumption",
    "econologic": "http://en.econologicsystems.com/site/detail/detail"
    "/detailDetail.asp?detail_id=1597914&printDesignBOO=1",
    "lowelights": "https://www.lowelights.com/2015_09_13_archive.html",
    "greenanswers": "http://greenanswers.com/question/how-much-could-i-save-only-washing-my-hair/",
    "spfinance": "https://sustainablepersonalfinance.com/green-tip42-hold-the-water-while-you-lather/",
    "yuxiang": "https://yuxiangmachinery.com/article/detail/from-concept-to-consumer-the-journey-of-liquid-soap-mixing"
    ".html",
    "genemco": "https://genemco.com/blogs/news/how-manufacturers-produce-shampoo-on-an-industrial-scale",
    "jinzong": "https://www.jinzongmachinery.com/industrial-mixing-for-cosmetic-creams-syrup-prep",
    "acemixing": "https://ace-mixing-tank.com/blog/mixing-lotion-how-lotion-mixing-equipment-improves-cosmetic"
    "-production.html",
    "wahal": "https://wahalengineers.com/blog/shampoos-and-body-washes-are-formulations/",
    "ntcsm": "https://nt-csm.ru/en/oborudovanie-dlya-proizvodstva-shampunei-stadii-tehnologicheskogo-processa.html",
    "skarsenal": "https://sk-arsenal.ru/en/kak-proizvoditsya-shampun-otkryt-zavod-po-proizvodstvu-shampunei-vybor"
    "-celevoi.html",
    "miyoda": "https://miyodamachine.com/pt/wp-json/wp/v2/posts/4779",
    "kag_noi100": "https://maythucphamkag.com/may-chung-cat-tinh-dau-100l-noi-chung-cat-tinh-dau-sa-100l",
    "kag_sa": "https://maythucphamkag.com/khoi-nghiep-trong-sa-san-xuat-tinh-dau-san-chanh-don-gian-hieu-qua",
    "xuyena_sa": "https://xuyena.vn/bi-quyet-chung-cat-tinh-dau-hieu-qua-cao-voi-quy-trinh-cong-nghe",
    "hutech_sa": "https://lib.hutech.edu.vn/chi-tiet?id=446185",
    "docz_sachanh": "https://text.123docz.net/document/1892759-nghien-cuu-chiet-tach-va-xac-dinh-thanh-phan-hoa-hoc"
    "-tinh"
    "-dau-cay-sa-chanh-o-quan-cam-le-da-nang.htm",
    "noinauruou_sa": "https://noinauruoukag.wordpress.com/tag/may-chung-cat-tinh-dau/",
    "ladyfirst_sa": "https://ladyfirst.vn/ep-tinh-dau-sa-1639608489",
}
