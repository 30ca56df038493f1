"""Sources of the holdout91 labelled set (bricks, tiles, pottery and ceramics): source key -> public page URL.

Every need and every offer of holdout91_needs.py and holdout91_offers.py paraphrases one of these pages.
"""

S = {
    "baovinhlong_lienhoan": (
        "https://baovinhlong.com.vn/kinh-te/201308/doi-moi-cong-nghe-san-xuat-gach-gom-chuyen-song-con-ky-cuo"
        "i-mo-duong-di-toi-2565808"
    ),
    "scp_lienhoan": (
        "https://scp.gov.vn/tin-tuc/t281/ung-dung-cong-nghe-lo-nung-lien-hoan-vinh-long-vao-san-xuat-gach-gom"
    ),
    "scienceinfo_hoffman": "https://scienceinfo.net/using-hoffman-kiln-technology-to-overcome-pollution.html",
    "thiennhien_hopman": "https://thiennhien.net/2010/11/24/san-xuat-gach-bang-lo-nung-lien-hoan",
    "thiennhien_trau": "https://thiennhien.net/2009/01/15/ung-dung-rong-rai-lo-nung-gach-bang-nguon-trau-phe-thai",
    "vusta_vsbk": "https://vusta.vn/lo-gach-khong-khoi-giai-phap-thay-the-hieu-qua-p87080.html",
    "vsbk_ch1": "http://vsbk.ch/technical-info/factsheet01.htm",
    "langkloof_benefits": "http://langkloofbricks.co.za/benefits.htm",
    "brickguru_convert": (
        "https://www.brickguru.in/en/knowledge-brief/what-are-the-advantages-of-converting-a-fixed-chimney-bu"
        "lls-trench-kiln-fcbtk-to-a-zigzag-kiln/"
    ),
    "zigzagbhatta": "http://zigzagbhatta.com/privacy-policy/",
    "rx_tuynel_vi": "https://rx-vietnamshows.com/vi/cong-nghe-san-xuat-gach-tuynel",
    "vdoc_tunnel": "https://vdocuments.us/case-study-from-vietnam-experience-with-tunnel-kiln.html",
    "chinadaily_enerteam": "https://global.chinadaily.com.cn/video/2010-06/08/content_9949645.htm",
    "kientruc_lovong": "http://kientruc.vn/lo-vong-kieu-da-chien-buoc-thut-lui-trong-san-xuat-gach-nung.html",
    "devalt_ecokiln": "https://devalt.org/newsletter/sep06/of_4.htm",
    "undp_vsbk": (
        "https://sgp.undp.org/spacial-itemid-projects-landing-page/spacial-itemid-project-search-results/spac"
        "ial-itemid-project-detailpage.html?id=7824&view=projectdetail"
    ),
    "vneec_kimlan": (
        "http://vneec.gov.vn/tin-tuc/activities/t20210/transformation-from-traditional-firing-kiln-into-gas-f"
        "ueled-kiln-at-kim-lan-pottery-village"
    ),
    "khonggiangom_gas": (
        "https://khonggiangom.com/blogs/news/nung-gom-bat-trang-bang-lo-nung-gas-giai-phap-hien-dai-than-thien-m"
    ),
    "tapchict_vualo": "https://tapchicongthuong.vn/vua-lo---dat-bat-trang-12842.htm",
    "cross_draft_thai": "http://196.43.162.77/Record/doaj-art-e631c9644ddf40e0b2b71a2ac2bc1ea2/Details",
    "rishikesh_mfr": "https://rishikeshexports.in/gasifier-manufacturers/",
    "ait_binhduong": "http://203.159.5.9/ait-thesis/detail.php?q=B12789",
    "ci_insulation": "http://www.ceramicindustry.com/articles/cutting-energy-use-with-insulation",
    "nutec_jointless": "https://www.nutecbickley.com/blog/kiln-insulating-fiber-to-cover-or-not-to-cover",
    "ci_lowmass": "http://www.ceramicindustry.com/articles/low-mass-kiln-furniture",
    "ci_kilncar": "http://www.ceramicindustry.com/articles/no-hassle-low-mass-kiln-cars",
    "allrefractory": (
        "https://allrefractory.com/solution/refractories-recommendation-for-shuttle-kiln-and-tunnel-kiln-linings"
    ),
    "brickguru_temp": (
        "https://www.brickguru.in/en/knowledge-brief/how-is-temperature-measurement-performed-in-a-brick-kiln/"
    ),
    "ceramicstoday_control": "https://ceramicstoday.glazy.org/articles/060401.html",
    "sio2_curve": "https://www.sio-2.com/gb/blog/information/the-firing-curve-in-ceramics",
    "adq_kiln": "https://github.com/adq/kiln-controller",
    "ci_telemetry": "http://www.ceramicindustry.com/articles/print/bcr-profiling-kiln-temperature-with-telemetry",
    "ci_hmi": "http://www.ceramicindustry.com/articles/print/bcr-communicating-with-your-kiln",
    "firedbrick_skill": "http://www.firedbrickmachine.com/skilful-operation-of-hoffman-kiln-2/",
    "scribd_merschmeyer": (
        "https://zh.scribd.com/document/321317007/Preparation-of-Clay-for-Brickmaking-1999-Merschmeyer"
    ),
    "digitalfire_deair": "https://digitalfire.com/glossary/de-airing+pugmill",
    "claybrickmachine": "https://claybrickmachine.blogspot.com/2013/12/description-of-ouble-stage-vacuum.html",
    "bricknbolt_hollow": (
        "https://wordpress.bricknbolt.com/blogs-and-articles/index.php/construction-guide/clay-hollow-bricks"
    ),
    "creaton": "http://www.creaton.de/en/company/production/production-process/forming/",
    "chest_screw": "http://chestofbooks.com/architecture/Pottery/A-Screw-Presses-1-Worked-By-Hand.html",
    "chest_flat": (
        "http://chestofbooks.com/architecture/Pottery/3-Transformation-Of-The-Slabs-Into-Tiles-Flat-Tiles.html"
    ),
    "terrecuite_dtp": "http://terrecuite.blogspot.com/2006/03/presses-1-dtp.html",
    "devalt_brickmek": "https://devalt.org/newsletter/jul10/lead.htm",
    "dsttara_hollow": (
        "https://dsttara.in/InnerPages/TechnologyDetails.aspx?tc_Id=1&tech_Id=40&tech_Title=Hollow+Brick+Prod"
        "uction+Technology+using+Soft+Extrusion%282014-15%29Phase+II"
    ),
    "wienerberger": "https://www.wienerberger.co.uk/tips-and-advice/brickwork/different-types-of-bricks.html",
    "zhclg_wirecut": "http://zhclg.com/brickwork-bricklaying/wire-cut-extruded-bricks.htm",
    "dsource": "https://dsource.in/resource/pottery-making-kanyakumari-tamil-nadu/making-process",
    "digitalfire_3dmold": "https://digitalfire.com/picture/2469",
    "est_3dlab": (
        "https://est.edu.pl/3dlab/courses/3d-lab-online-course/lessons/14-new-artisan-working-methods-ceramics"
    ),
    "floors_tableware": "https://floors-portfolio.webflow.io/work/tableware",
    "instructables_slab": "https://www.instructables.com/3D-Printed-Moulds-for-Slab-Built-Ceramic-Art/",
    "digitalfire_3dcutter": "https://digitalfire.com/picture/2077",
    "moc_laysay": (
        "http://moc.gov.vn/vn/tin-tuc/1173/7140/nghiem-thu-de-tai-nghien-cuu-thiet-ke-va-xay-dung-lo-say-so-c"
        "ap-gach-ngoi-tan-dung-nhiet-khi-thai-lo-nung.aspx"
    ),
    "zi_exhaust": (
        "https://www.zi-online.info/en/artikel/zi_2009-11_Concepts_for_reducing_exhaust_air_loss_from_dryers_"
        "in_the_brick_and_tile-339085.html"
    ),
    "zi_lowenergy": (
        "https://www.zi-online.info/en/artikel/zi_2010-5-6_Recent_experience_with_low-energy_drying_of_backin"
        "g_bricks-902398.html"
    ),
    "rijswaard": "https://www.rijswaard.com/drying",
    "zhclg_drying": "http://zhclg.com/brickwork-bricklaying/drying-bricks.htm",
    "chiltern": "https://chilternphoto.org.uk/picture/5738/category/133",
    "elegantwallp": "https://apps.elegantwallp.com/drying-of-bricks",
    "terrakottabali": "http://terrakottabali.blogspot.com/2008/11/proses-penjemuran.html",
    "bayofclay": "https://bayofclay.com/low-temp-gaze/",
    "digitalfire_lead": "https://digitalfire.com/picture/CByGy9Nyjq",
    "seniorcare_terracolor": "https://www.seniorcare2share.com/are-terracolor-glazes-food-safe/",
    "glazecalc": "https://glama.ai/mcp/connectors/com.glazecalcapp/glazecalc/tools/analyze_recipe",
    "vnexpress_minhlong": "https://vnexpress.net/gan-60-nam-che-tac-men-luu-ly-tren-tuong-su-minh-long-5001202.html",
    "ambitprint": "https://ambitprint.com/knowledge-base/answer/85/how-is-printing-on-ceramics-done",
    "refsan_underglaze": "https://www.refsan.com.tr/en/e262-9-underglaze-decal",
    "promogifts_decol": "http://promogifts.md/logo-laying-on/decol/",
    "docz_khuyettat": (
        "https://123docz.net/document/3197108-nghien-cuu-cac-khuyet-tat-thuong-gap-khi-trang-men-nung-gom-va-"
        "cach-khac-phuc.htm"
    ),
    "deesev_ca65": "https://www.deesev.com/en/common/3135.html",
    "experts123_prop65": (
        "https://experts123.com/q/i-am-an-importer-of-tableware-ceramicware-porcelain-what-do-i-need-to-do-to"
        "-comply-with-proposition-65.html"
    ),
    "mammfactsheet_fda": "http://mammfactsheet.blogspot.com/2012/12/fda-tableware-standards.html",
    "ecode360": "https://ecode360.com/11943816",
    "docz_dongmai": (
        "https://text.123docz.net/document/5575552-nghien-cuu-thuc-trang-nhiem-doc-chi-o-nguoi-lao-dong-va-tr"
        "e-em-tai-lang-nghe-dong-mai-hung-yen-va-danh-gia-hieu-qua-can-thiep-tt.htm"
    ),
    "tailieu_qcvn12": "https://tailieu.vn/doc/qcvn-12-3-2011-byt-1286451.html",
    "ceramicindustry_scrubber": "http://www.ceramicindustry.com/articles/bcr-a-wet-solution-to-emissions-control",
    "nuce_scrubber": (
        "https://text.123docz.net/document/7191477-nghien-cuu-kha-nang-ket-hop-thiet-bi-hap-thu-khi-doc-hai-t"
        "hiet-bi-loc-bui-uot-de-xu-ly-khi-thai.htm"
    ),
    "longdom_review": (
        "https://longdom.org/open-access/chemical-and-thermodynamic-processes-in-clay-brick-firing-technologi"
        "es-and-associated-atmospheric-emissions-metricsa-rev-41270.html"
    ),
    "scribd_clamp": "https://scribd.com/document/595878149/1-s2-0-S0269749117331366-main",
    "smokeopacity": "https://www.github.com/oscardpedrayes/SmokeOpacity-Alternatives",
    "gastech_nox": "http://gta.gastechnology.org/environmental/en_eq_e",
    "docz_dbscl": (
        "https://text.123docz.net/document/2994864-nghien-cuu-de-xuat-cac-giai-phap-tong-hop-de-ngan-ngua-va-"
        "giam-thieu-o-nhiem-cho-cac-lang-nghe-san-xuat-gach-ngoi-tai-dong-bang-song-cuu-long.htm"
    ),
    "medifind_nepal": "https://stage.medifind.com/articles/publication/560595718",
    "koreamed_nepal": "https://synapse.koreamed.org/articles/1125020",
    "pmc_heavyclay": "https://pmc.ncbi.nlm.nih.gov/articles/PMC1757705",
    "wemos_silic": (
        "https://wemos.vn/nghien-cuu-khoa-hoc/thong-tin-khcn-moi-truong/tinh-trang-o-nhiem-bui-silic-tai-mot-"
        "so-co-so-khai-thac-va-che-bien-da-xay-dung-o-khu-vuc-mien-trung.html"
    ),
    "thuvieny_thainguyen": (
        "https://thuvieny.com/thuc-trang-mac-benh-bui-phoi-silic-va-mot-so-yeu-to-lien-quan-cua-nguoi-lao-don"
        "g-o-mot-so-co-so-san-xuat-tinh-thai-nguyen-nam-2018-2"
    ),
    "tailieu_vixuyen": (
        "http://tailieu.tv/tai-lieu/khao-sat-anh-huong-cua-o-nhiem-moi-truong-den-suc-khoe-nguoi-lao-dong-tai"
        "-cac-co-so-san-xuat-gach-thu-cong-tren-dia-ban-41870/"
    ),
    "kailash_safety": (
        "https://www.kailashbricks.in/blog/brick-kiln-safety-tips-for-workers-and-operators-ensuring-a-safe-a"
        "nd-productive-environment/"
    ),
    "slideorbit_heat": (
        "https://slideorbit.com/slide/occupational-heat-exposure-control-and-prevention-practices/124674"
    ),
    "safetyinfo_heat": "http://www.safetyinfo.com/guests/Occupational%20Health%20-%20Heat%20Stress%20Management.htm",
    "docz_ximang": (
        "https://123docz.net/document/11001552-moi-truo-ng-la-m-vie-c-va-be-nh-bui-pho-i-silic-o-ca-c-nha-ma-"
        "y-sa-n-xuat-xi-mang.htm"
    ),
    "xemtailieu_vanmon": (
        "http://xemtailieu.com/tai-lieu/thuc-trang-o-nhiem-moi-truong-suc-khoe-nguoi-lao-dong-va-hieu-qua-bie"
        "n-phap-can-thiep-tai-lang-nghe-tai-che-kim-loai-van-mon-yen-phong-bac-ninh-1285881.html"
    ),
    "ijoem_bakers": "https://www.theijoem.com/ijoem/index.php/ijoem/article/view/1582/1143",
    "scribd_gkn_modun1": "https://www.scribd.com/document/574269250/Mo-%C4%91un-1",
    "tapchicongthuong_khanhhoa": (
        "https://tapchicongthuong.vn/thuc-trang-va-giai-phap-thuc-day-san-xuat-kinh-doanh-vat-lieu-xay-khong-"
        "nung-tai-tinh-khanh-hoa-77947.htm"
    ),
    "forestspemba": "http://forestspemba.org/sw/adaptation/alternative-construction",
    "auroville_ceb": (
        "http://www.green.aurovilleportal.org/allcontent/22-presentations/157-compressed-stabilised-earth-blocks"
    ),
    "tpestate": "https://tpestate.com/services",
    "kku_unfired_rha": "https://ph01.tci-thaijo.org/index.php/KKUSciJ/article/view/262323",
    "scribd_rha_sylhet": (
        "https://www.scribd.com/document/719472093/MultiScienceJ-e2023004-Ani-and-Nahid-2023-Development-of-b"
        "rick-by-utilizing-rice-husk-ash-as-the-partial-replacement-for-clay"
    ),
    "ijircst": (
        "https://ijircst.org/view_abstract.php?title=Effect-of-Fly-Ash-and-Rice-Husk-Ash-on-the-Properties-of"
        "-Burnt-Clay-Bricks&year=2015&vol=3&primary=QVJULTIxOQ=="
    ),
    "scribd_coalash": "https://www.scribd.com/document/715268002/15-Qazi",
    "ijisrt_coco": (
        "https://demostore.ijisrt.com/enhancing-the-compressive-strength-of-the-fly-ash-brick-by-fibre-reinforcement"
    ),
    "jomc_bun_full": "https://ojs.jomc.vn/index.php/vn/article/view/638",
    "aac_small": "https://aacblockmanufacturingplant.com/small-aac-block-plant-cost/",
    "happho_clc": "https://happho.com/cellular-lightweight-concrete-clc-blocks/",
    "docz_catgiong": (
        "https://123docz.net/document/6919543-nghien-cuu-su-dung-cat-giong-dia-phuong-lam-cot-lieu-min-de-che"
        "-tao-be-tong-tren-dia-ban-tinh-soc-trang.htm"
    ),
    "abece": "https://www.abece.se/concrete-roof-tiles/the-process/",
    "gtsm": (
        "https://www.gtsmtestinglabs.in/post/how-brick-testing-helps-you-choose-the-right-material-not-just-t"
        "he-cheapest-one"
    ),
    "constructorsknowledge": (
        "https://www.constructorsknowledge.com/2019/10/types-of-tests-performing-on-bricks-to.html"
    ),
    "yjsershisan": "https://www.yjsershisan.com/showinfo-4-33005-0.html",
    "torreense": (
        "http://www.ceramicatorreense.pt/technical-support/technical-requirements/normative-demands/physical-"
        "and-mechanical-characteristics/"
    ),
    "lifestiles": "https://www.lifestiles.co.uk/check-quality-clay-roof-tiles/",
    "cam_testing": (
        "https://ceramicartsnetwork.org/ceramics-monthly/ceramics-monthly-article/techno-file-testing-clay-bodies"
    ),
    "ci_ppp_testing": "http://www.ceramicindustry.com/articles/print/ppp-testing-for-success",
    "digitalfire_testbars": (
        "https://digitalfire.com/4sight/library/make_test_bars_to_measure_pottery_clay_physical_properties_112.html"
    ),
    "sitawong": "http://sitawong.com/ceramics-claynotes/beginning-ceramics-clay/tests-clay-bodies",
    "biokeram": "https://blog.biokeram.com/how-to-deal-with-efflorescence-in-structural-bricks",
    "insightlive_barium": "https://insight-live.com/show_post.php?pz=xuphugecez",
    "brighter_image": "https://www.brighter-image.com/services/efflorescence-cleaning/",
    "kinhtedothi_mauma": "https://kinhtedothi.vn/ho-tro-lang-nghe-thiet-ke-mau-ma-san-pham.html",
    "langngheviet_giangcao": (
        "https://langngheviet.com.vn/le-cong-bo-quyet-dinh-va-giay-chung-nhan-trung-tam-thiet-ke-sang-tao-gio"
        "i-thieu-quang-ba-va-ban-san-pham-ocop-lang-nghe-gom-su-giang-cao-xa-bat-trang-31931.html"
    ),
    "langngheviet_hue": "https://langngheviet.com.vn/co-hoi-cho-hang-luu-niem-qua-tang-hue-20204.html",
    "hamiltons": "https://hamiltonsofpelham.com/vietnamese-pots",
    "casualliving": (
        "http://www.casualliving.com/article/387467-vietnam-serves-a-growing-demand-for-handicrafts-and-pots"
    ),
    "engineerfix_seal": "https://engineerfix.com/how-to-properly-seal-terracotta-for-lasting-protection",
    "spinningpots": "https://spinningpots.com/best-sealant-for-clay-pottery",
    "fornacemasini": "https://fornacemasini.it/en/how-to-age-your-terracotta-pots-adding-antique-texture/",
    "terrachi": "https://terrachi.com.pk/pottery/5-simple-ways-to-age-terracotta-pots",
    "amazon_fragile": (
        "https://sellercentral.amazon.eg/gp/help/external/200280160?language=en_AE&ref=efph_200280160_cont_200893760"
    ),
    "havilandcollectors": "https://havilandcollectors.com/hcif/packing-for-shipment/",
    "howtomakepottery_pack": "http://www.howtomakepottery.com/packing_pottery_to_ship.html",
    "chinese_antique_ship": "https://www.chinese-antique-porcelain.com/shipping-porcelain.html",
    "moitruongdulich": "https://moitruongdulich.vn/index.php/item/26723",
    "ekpottery_olla": "http://www.ekpottery.com/search",
    "talkvietnam_thanhha": "https://www.talkvietnam.org/2021/01/tour-the-500-year-old-pottery-village-in-hoi-an/",
    "arizonapottery": "https://www.arizonapottery.com/item.asp?iid=6655",
    "xnkhongphuc_tro": "https://xnkhongphuc.com/tro-trau-dung-trong-nong-nghiep",
    "ricecy": "https://ricecy.com/article/what-is-rice-husk-gasifier",
    "scirp_biochar": "https://www.scirp.org/journal/paperinformation?paperid=52197",
    "scribd_bee_varanasi": "https://ar.scribd.com/document/338202159/Brick-Industry",
    "scribd_romania": "https://www.scribd.com/document/560083917/Energy-efficiency-in-the-build",
    "opexworks_audit": (
        "https://opexworks.com/KBase/Energy_Management/Energy_and_Environment/Energy_Management_and_Audit.htm"
    ),
    "scribd_lca_bricks": "https://www.scribd.com/document/597636428/LCA-of-bricks-L6",
    "dokumen_gret": "https://dokumen.tips/documents/charcoal-production-trial-mpdf-gret-report-1-120607-2.html",
    "arlcd": "https://github.com/jasonpfowler/arLCD_Kiln_Controller",
    "tailieu_thuocla": (
        "https://tailieu.vn/doc/nguy-co-benh-nghe-nghiep-cho-cong-nhan-nha-may-thuoc-la-binh-duong-2109025.html"
    ),
    "refractorymat": (
        "https://refractorymat.com/hollow-clay-bricks-superior-thermal-insulation-for-modern-construction"
    ),
    "giadinh_vnexpress": (
        "https://giadinh.vnexpress.net/tin-tuc/noi-tro/bi-quyet-chon-chen-dia-an-toan-cho-suc-khoe-2877665.html"
    ),
    "scribd_solardryer": "https://ru.scribd.com/document/170251207/DryerWorkshop5-2011",
    "doc_vicem": "https://123doc.top/document/14401082-thuc-tap-ky-thuat-cong-ty-cp-xi-mang-vicem-but-son.htm",
    "docz_gachmen": (
        "https://123docz.net/document/3085612-bao-cao-tham-quan-va-quy-trinh-san-xuat-gach-men-cua-nha-may.htm"
    ),
    "docz_lohoi": (
        "https://text.123docz.net/document/1409568-do-an-mon-hoc-thiet-ke-he-thong-xu-ly-khi-thai-lo-hoi-dung"
        "-dau-fo-cong-suat-hoi-5t-h.htm"
    ),
    "concreteproducts": "https://concreteproducts.com/index.php/tag/brick-kiln-emissions/",
    "docz_chudau": (
        "https://123docz.net/document/1038121-phan-tich-hoat-dong-cua-lang-nghe-gom-chu-dau-bang-mo-hinh-chuo"
        "i-gia-tri.htm"
    ),
    "vietnamplus_cham": "https://en.vietnamplus.vn/cham-ethnic-peoples-signature-pottery-products/178690.vnp",
    "arabstoday_kampong": "https://arabstoday.net/en/amp/248/making-clay-pots-not-only-culture-in-cambodia-s-kampong",
    "vneec_vl": (
        "http://vneec.gov.vn/tin-tuc/activities/t20209/continuous-furnace-technology-revived-tiles-ceramic-pr"
        "oduction-in-vinh-long-province.html"
    ),
    "peeref_kilns": "https://peeref.com/works/7299285",
    "phudien_mientay": "https://phudien.vn/tin-tuc/xay-dung/gach-mien-dong-“giet”-gach-vinh-long.html",
    "mayepcamnoi": "https://mayepcamnoi.com/?p=7240",
    "firedbrick_rules2": "http://www.firedbrickmachine.com/rules-for-the-better-operation-of-brick-factory-part-two/",
    "battrang_lo": "https://battrangvietnam.vn/kien-thuc/lo-nung-gom-bat-trang",
    "energyglobe_enerteam": "http://www.energyglobe.info/awards/details/awdid/7011/",
    "hieploi_gomvl": "https://hieploipottery.com/?p=5208",
    "ci_firing": "http://www.ceramicindustry.com/articles/96451-firing-foundations-whats-next?v=preview",
    "ceramicdictionary_temp": "http://ceramicdictionary.com/en/t/611/temperature-checking-kilns",
    "smalted_tc": "https://www.smalted.com/en/glossary/Thermocouple",
    "dulichgiaitri": "https://dulichgiaitri.vn/print-19338.html",
    "tneutron": "https://www.tneutron.net/blogs/tag/clay-testing-methods/",
    "thiennhien_travinh_dat": (
        "https://thiennhien.net/2012/12/24/hoat-dong-khai-thac-cai-tao-dat-san-xuat-nong-nghiep-tai-tra-vinh-"
        "con-nhieu-bat-cap"
    ),
    "socebd": "https://socebd.com/?p=217",
    "prodyogi": "https://www.prodyogi.com/2019/11/manufacture-of-bricks-for-masonry.html",
    "processflow_tiles": "http://processflowsheets.blogspot.com/2011/07/clay-tiles-production-process.html",
    "openquake_hollow": "https://taxonomy.openquake.org/terms/fired-clay-hollow-blocks-or-tiles-clblh",
    "arttown_jigger": "https://www.arttowngifts.com/Jiggering-Definition-s/1198.htm",
    "digitalfire_backup551": "https://backup.digitalfire.com/typecode/551",
    "lceted_wirecut": "https://www.lceted.com/2021/01/What-is-a-Wirecut-Bricks.html?showComment=1615386937383",
    "firedbrick_step3": (
        "http://www.firedbrickmachine.com/the-steps-of-clay-bricks-manufacturing-by-brick-machinery-step-3/"
    ),
    "gluedideas_drying": (
        "http://gluedideas.com/content-collection/practical-treatise-brick-tile-terra-cotta/Drying_2.html"
    ),
    "gomsuxaydung_thuatngu": "https://gomsuxaydung.vn/tin-tuc-thanh-hai/cac-thuat-ngu-ve-gom-su.html",
    "health222_prop65": "https://222health.com/public-health-safety/food-safety/73836.html",
    "detectlead": "https://detectlead.com/ndms-homegoods",
    "vanhoamientay_triton": "https://vanhoamientay.com/en?p=2557",
    "otofun_underglaze": (
        "https://otofun.net/threads/tat-tan-tat-ve-tra-nhat-nuoc-nhi-tra-tam-pha-tu-am.1872954/page-77"
    ),
    "laodong_chomoi": (
        "https://bk.laodongcongdoan.vn/lang-gach-cho-moi-an-giang-no-luc-han-che-o-nhiem-moi-truong-70314.html"
    ),
    "thiennhien_cailo": "https://www.thiennhien.net/2008/08/24/cai-lo-gach/",
    "indiaenv_guidelines": (
        "http://www.indiaenvironmentportal.org.in/content/346595/guidelines-for-abatement-of-pollution-in-bri"
        "ck-kiln-industry/"
    ),
    "tailieu_phoyen": (
        "https://tailieu.tv/tai-lieu/phat-trien-nghe-san-xuat-gach-nung-o-huyen-pho-yen-tinh-thai-nguyen-theo"
        "-huong-than-thien-moi-truong-52290"
    ),
    "droracle": "https://www.droracle.ai/articles/494331/what-health-risks-are-associated-with-working-in-a",
    "baobinhdinh_bui": "https://baobinhdinh.vn/603/2004/7/12818",
    "thesafetymag_heat": (
        "https://www.thesafetymag.com/ca/topics/safety-and-ppe/how-to-keep-workers-safe-from-heat-stress/226503"
    ),
    "meridian_kasur": (
        "https://meridian.allenpress.com/jhp/article-split/11/31/210906/469474/Impact-of-Air-Pollution-Genera"
        "ted-by-Brick-Kilns"
    ),
    "docz_travinh_gach": (
        "https://text.123docz.net/document/8681993-danh-gia-tinh-hinh-va-hieu-qua-su-dung-gach-xay-doi-voi-ca"
        "c-cong-trinh-xay-dung-tren-dia-ban-thanh-pho-tra-vinh.htm"
    ),
    "historicrammed": "https://historicrammedearth.wordpress.com/earth-building/stabilised-earth-block/",
    "scirp_rha": "https://file.scirp.org/Html/2-1260109_59538.htm",
    "qunfeng_aac": "http://en.qunfeng.com/pro_info16.html",
    "dnext_societas": "https://dnext.societas.online/posts/53be22d079b8013b3734002590c0bfb8",
    "claymineadobe": "http://claymineadobe.com/how-to-test-brick-quality.html",
    "rta_uk": "https://rooftileassociation.co.uk/testing-and-standards-for-concrete-and-clay-roof-tiles-in-the-uk/",
    "cad_testing": (
        "http://ceramicartsdaily.org/ceramic-supplies/pottery-clay/testing-123-how-to-test-clay-bodies-to-fin"
        "d-the-right-sculpture-or-pottery-clay-for-your-work/"
    ),
    "etbricks_eff": "https://etbricks.co.uk/brick-articles/efflorescence-on-bricks-the-causes-prevention-and-cure/",
    "gardenbanter": "https://www.gardenbanter.co.uk/553333-post7.html",
    "vinhlongtourist_quatang": (
        "https://vinhlongtourist.vn/vi/detailnews/?t=gom-do-va-cau-chuyen-qua-tang-du-lich&id=news_948"
    ),
    "kinhtedothi_caitien": "https://kinhtedothi.vn/hang-thu-cong-my-nghe-cai-tien-mau-ma-de-tang-suc-canh-tranh.html",
    "sandiegosongbird": "https://sandiegosongbird.com/blog//2011/04/crafty-diy-aging-pots.html",
    "potteryix": "https://potteryix.com/how-to-waterproof-clay-pottery",
    "lapella_pack": "http://lapellaart.blogspot.com/2007/11/packaging-tutorial.html",
    "sggp_valuechain": (
        "https://www.sggpnews.org.vn/business/vinh-long-launches-project-to-improve-value-chain-of-red-clay-c"
        "eramic-industry-97740.html"
    ),
    "ouci_india": "https://ouci.dntb.gov.ua/en/?backlinks_to=10.3390%2Fijgi9090544&p=2",
    "ekpottery": "http://www.ekpottery.com/2015/02",
    "funtrivia": "https://ask.funtrivia.com/askft/Question118889.html",
    "xamou": "https://www.xamou-art.com/word/kiln/",
    "abyssinia_foodsafe": "https://abyssiniarestaurant.ca/?p=39523",
    "potters_org": "http://potters.org/subject88397.htm",
    "firedbrick_hoff": "http://www.firedbrickmachine.com/continuous-production-of-hoffman-kiln-2/",
    "mugsgalore": "http://mugsgalore.com/index.php/services/printing-methods/transfer-printing",
    "docz_phuoctich": (
        "https://123docz.net/document/2994917-nghien-cuu-xay-dung-quy-trinh-nung-toi-uu-cho-tung-nhom-san-pha"
        "m-gom-phuoc-tich.htm"
    ),
    "thealternative_tara": "http://www.thealternative.in/business/tara-machines-just-another-eco-brick-wall/",
    "langkloof_energy": "http://langkloofbricks.co.za/energy.htm",
    "vietnam24h": "https://vietnam24h.vn/du-lich/item/142448-lang-gach-gom-mang-thit-vuong-quoc-do-cua-vinh-long.html",
    "askvity": "https://askvity.info/brick-manufacturing/what-is-a-wirecut-brick",
    "allbrick_eff": "https://www.allbrickandstone.com/brick-and-stone-advice/efflorescence/",
    "scientific_grog": "https://www.scientific.net/MSF.530-531.438",
    "tf_grog": "https://taylorandfrancis.com/knowledge/Engineering_and_technology/Materials_science/Grog",
    "ceramicfix_seal": "https://ceramicfix.com/how-to-seal-clay-pottery",
}
