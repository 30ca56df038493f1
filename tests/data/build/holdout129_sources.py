"""Sources of holdout129 (bottled drinking water and ice plants): source key -> public URL."""

S = {
    "nghitin_line": "https://nghitin.net/shop/day-chuyen-san-xuat-do-uong",
    "thienphu_khoang": "https://congnghemaythienphu.com/day-chuyen-san-xuat-nuoc-khoang",
    "vnnews_quytrinh": "https://vnnews360.net/day-chuyen-san-xuat-nuoc-uong-dong-chai.html",
    "cesti_lamngot": "http://www.cesti.gov.vn/chi-tiet/9875/mo-hinh-cong-nghe-ung-dung-vao-san-xuat/lam-ngot-nuoc-tinh-khiet-dong-binh",
    "toankhang_bentre": "http://inoxtoankhang.com/nuoc-uong-dong-chai-duoc-san-xuat-nhu-the-nao",
    "xmfiller_vi": "https://www.xmfiller.com/vi/blog/water-production-line-from-raw-water-filtration-to-bottling-in-one-flow",
    "kintls_pure": "http://www.kintls.com/pure-water-treatment.html",
    "puresira": "https://puresira.com/Default.aspx",
    "20q_bottling": "https://www.20questionsaboutwater.com/what-happens-in-a-bottling-plant",
    "askvity_filter": "https://askvity.info/water-treatment/how-are-water-bottles-filtered",
    "alps_process": "https://www.alps-machine.com/news/water-treatment-system-process-a-practical-guide-for-bottled-water-production.html",
    "yctd_process": "https://www.yctdpack.com/application/bottled-water-manufacturing-process",
    "healthywater_qcvn": "https://healthywater.com.vn/qcvn-6-12010-byt-tieu-chuan-nuoc-uong-dong-chai.html",
    "scribd_qcvn_en": "https://es.scribd.com/document/409403164/QCVN-6-1-2010-BYT-Eng",
    "techmart_davien": "https://techmartvietnam.com.vn/quy-trinh-hoat-dong-cua-may-da-vien.html",
    "experts_tube": "https://experts123.com/?p=3403508",
    "yutong_tube": "https://cn-yutong.com/news/industry-news/what-are-the-icemaking-principles-and-classifications-of-tube-ice-machines.html",
    "fao_icemakers": "http://www.fao.org/docrep/t0713e/T0713E05.htm",
    "efsepedia_icemaker": "http://efsepedia.com/index.php/beverage-coffee-ice-cream-equipments/ice-cube-maker-ice-flaker/",
    "atuna_iceplant": "https://atuna.com/archive/?article=8471",
    "newport_iceplant": "https://newportnewstimes.com/article/new-ice-plant-in-the-works",
    "vasep_datuyet": "https://vasep.com.vn/amp/lan-dau-tien-viet-nam-che-tao-thanh-cong-may-lam-da-tuyet-tu-nuoc-7270.html",
    "vasep_capdong": "https://vasep.com.vn/amp/hien-dai-hoa-cong-nghe-cap-dong-hai-san-4017.html",
    "trungtam_dabam": "https://trungtamnghiencuuthucpham.vn/tag/nuoc-da-nhiem-vi-sinh/",
}

S.update(
    {
        "xmfiller_5gal": "https://www.xmfiller.com/hy/blog/5-gallon-water-filling-machine-multi-stage-washing-for-clean-barrels",
        "hengyu_capacity": "https://www.hengyu-machinery.com/blog/gallon-filling-machine-production-capacity-planning",
        "gfm_rinse_refill": "https://arabic.gallonfillingmachine.com/news/from-rinse-to-refill-how-machines-handle-reusable-jugs-283553.html",
        "eqs_5gal": "https://eqsfilling.com/2883-2",
        "hengyu_automation": "https://www.hengyu-machinery.com/blog/automation-in-modern-gallon-filling-machines",
        "gfm_match_demand": "https://german.gallonfillingmachine.com/news/how-to-match-bottle-demand-with-5-gallon-filling-line-capacity-315470.html",
        "gfm_distributors": "https://turkish.gallonfillingmachine.com/news/5-gallon-bottle-filling-machine-capacity-guide-for-distributors-315471.html",
        "zjg_5gal": "https://www.zjgmodern.com/news/how-does-5litres-and-5-gallon-water-plant-work/",
        "quangbinh_nuocda": "https://timtailieu.vn/tai-lieu/thuc-trang-o-nhiem-mot-so-loai-vi-sinh-vat-trong-nuoc-da-dung-lien-tai-cac-co-so-san-xuat-nuoc-da-dung-lien-tai-tinh-66701",
        "nextbillion_route": "https://nextbillion.ai/feeds/blog/water-delivery-routing-software",
        "rekart_route": "https://rekart.io/insights/water-delivery-management-software-route-optimization",
        "barcode_pod": "https://barcode.ro/tutorials/logistics/pod/pod-water-beverage-cooler-delivery.html",
        "tarsil_offline": "https://tarsil.io/how-does-an-offline-delivery-app-work-for-water-delivery/",
        "waterdoctor_deposit": "https://waterdoctor.ng/faq/billing-questions",
        "rightwater_faq": "https://rightwaterbottling.com/faqs/",
        "ifinance_hoadon": "http://ifinance.com.vn/phan-mem-quan-ly-khach-hang-va-in-hoa-don-nuoc/",
        "rfidj_vending": "https://www.rfidjournal.com/rfid-enabled-vending-machine-dispenses-bottled-water",
        "epo_tag": "https://data.epo.org/publication-server/rest/v1.2/patents/EP2988253NWA1/document.html",
        "xinye_onecode": "https://www.xinyerfid.com/article/rfid-technology-barrels-of-water-to-achieve-one-barrel-one-code--to-make-drinking-water-more-safe.html",
        "upstream_rfid": "https://upstreamsolutions.org/blog/does-your-milkman-have-rfid-tracking",
        "vietthaisinh_lo": "https://vietthaisinh.com/?p=2375",
        "namviet_ro_man": "https://namvietetc.com/giai-phap-su-dung-cong-nghe-loc-ro-xu-ly-nuoc-nhiem-man",
        "locphen_mientay": "https://locphen.com.vn/tin-tuc/xu-ly-nuoc-nhiem-man-nhiem-lo-tai-cac-tinh-mien-tay-nam-bo",
        "ace_nuocmat_man": "https://acemoitruong.com/ACE-ung-dung-cong-nghe-nao-phu-hop-cho-nuoc-mat-nhiem-man-335",
        "vts_hoithao": "https://www.photomarathonasia.com/topic/bien-phap-chong-xam-nhap-man/",
    }
)

S.update(
    {
        "locnuoc360_uv": "https://locnuoc360.com/den-uv-diet-khuan-trong-he-thong-loc-nuoc-co-dac-diem-gi/",
        "namviet_uv": "https://namvietetc.com/khu-trung-nuoc-bang-den-uv-nguyen-ly-hieu-qua-va-ung-dung-trong-thuc-te",
        "saoviet_uv": "https://saovietlocnuoc.com/den-uv-diet-khuan/",
        "thietbiloc_uv": "https://www.thietbiloc.com/den-uv/29-diet-khuan-bang-den-cuc-tim",
        "bidnet_uvspec": "https://www.bidnetdirect.com/public/supplier/solicitations/statewide/443506621078/abstract?origin=1&purchasingGroupId=388537001",
        "triotirta_uvdose": "http://triotirta.co.id/how-important-uv-dose-for-your-disinfection-succeed/",
        "jyjsf_uv": "https://www.jyjsf.com/news/industry-news/does-uv-water-sterilization-work.html",
        "wtt_uvsizing": "https://water-treatment-technologies.org/the-blueprint-for-brilliant-water-how-to-size-a-uv-sterilization-unit-correctly",
        "waterworld_ozone": "https://www.waterworld.com/residential-commercial/article/14307511/the-role-of-ozone-in-water-bottling",
        "62_ozone_faq": "https://62.co.za/faq-2/",
        "wcp_ozone": "https://wcponline.com/2008/10/21/effective-use-ozone-bottled-water-production-2/",
        "ozonesolutions_bw": "https://ozonesolutions.com/bottled-water/",
        "bollyky_ozone": "https://www.scribd.com/document/238468882/Use-of-Ozone-in-Bottled-Water",
        "aposun_phen": "https://aposun.com.vn/tin-tuc/de-xu-ly-nuoc-nhiem-phen-can-co-nhung-phuong-phap-nao-390.html",
        "vntec_phen": "http://vntec.vn/luu-tru/9703",
        "thesixei_15m3": "https://www.thesixei.com/he-thong-xu-ly-nuoc-cap-sinh-hoat-cong-suat-15-m3gio/",
        "vnu_asen": "https://123doc.net/document/1206646-bao-cao-o-nhiem-asen-trong-nuoc-ngam-va-kha-nang-xu-ly-tai-cho-quy-mo-ho-gia-dinh-tai-xa-trung-chau-dan-phuong-ha-noi-pptx.htm",
    }
)

S.update(
    {
        "xetnghiemnuoc_chitieu": "http://xetnghiemnuoc.com/chi-tieu-xet-nghiem-nuoc/",
        "qcvn_visinh": "https://qcvn.com.vn/cac-chi-tieu-vi-sinh-vat-cua-nuoc-khoang-thien-nhien-va-nuoc-uong-dong-chai/",
        "nhanhieu_kiemdinh": "http://nhanhieulogo.com/kiem-dinh-tieu-chuan-chat-luong-nuoc-uong-dong-chai-nd,19920",
        "boa_saigon": "https://boa.gov.vn/vi/trung-tam-phan-tich-ky-thuat-cao-sai-gon",
        "ntl_faq": "http://www.ntllabs.com/tech_faq.html",
        "hill_bottled": "http://www.hill-laboratories.com/page/pageid/2145845828",
        "vinlab_bottled": "https://vinlab.com/water_ar_bottlewater/",
        "soundml_dw": "http://soundml.com/drinking-water-testing/",
        "wtl_blog_uae": "https://water-testing-lab.blogspot.com/2025/04/how-drinking-water-testing-labs-help_5.html",
        "ifsqn_7000": "https://www.ifsqn.com/forum/index.php/topic/23465-haccp-plan-for-a-water-bottling-facility/?ampmode=1",
        "qammunity_ccp": "https://qammunity.org/20040783",
        "globethesis_haccp": "https://globethesis.com/?t=2179360182987093",
        "docstoc_ibwa": "http://www.docstoc.com/docs/49091547/HACCP-and-The-Bottled-Water-Industry-Taking-the-Final",
        "hanoi_nuocda2015": "https://text.123docz.net/document/4394681-danh-gia-chat-luong-nuoc-da-va-mo-ta-cac-yeu-to-anh-huong-toi-chat-luong-nuoc-da-tai-thanh-pho-ha-noi-nam-2015.htm",
        "tinkinhte_nuocda": "http://www.tinkinhte.com/_t16/nuoc-da-nhiem-khuan/",
        "hannover_solarice": "https://www.hannovermesse.de/en/news/news-articles/ice-blocks-made-possible-by-solar-power",
        "renewable_kiwa": "https://renewable-world.org/news/ice-ice-baby-how-solar-powered-ice-making-could-transform-lives-in-kiwa-kenya/",
        "komodo_bari": "https://www.komodowater.org/bari-west-manggarai-ice-for-fishery/",
        "saveur_amazon": "https://saveur.com/amazon-solar-ice-machine",
    }
)

S.update(
    {
        "sountec_monoblock": "https://www.sountecplast.com/blogs/how-does-a-bottle-water-filling-machine-work-engineering-guide.html",
        "gfm_fits_plant": "https://arabic.gallonfillingmachine.com/news/how-a-gallon-water-filling-machine-fits-into-a-water-plant-305591.html",
        "kyfilling_mech": "https://kyfilling.com/The-Working-Mechanism-of-Water-Filling-Machines-id40019666.html",
        "pakwatercare_plant": "http://pakwatercare.com/introduction/",
        "packinsights_earth20": "https://www.packaginginsights.com/news/wrapping-up-bottled-water.html",
        "wqp_fillitup": "https://www.wqpmag.com/bottled-water/bottling-plants-equipment/article/10955204/fill-it-up",
        "faygo_blowing": "https://faygoblowing.com/?p=5187",
        "fillingm_machines": "https://fillingm.com/?p=393",
        "aquakem_cip": "https://aquakemdz.com/membrane-cleaning/",
        "genesys_clay": "https://vdocuments.site/cleaning-clay-from-fouled-membranes-ro-membrane-cleaning-2019-02-04-110-mw.html",
        "ngaymoi_thaibinh": "https://ngaymoionline.com.vn/noi-lo-ve-nuoc-uong-dong-chai-nuoc-da-dung-lien-55107.html",
        "memart_dacay": "https://memart.vn/tin-tuc/blog3/1-cay-nuoc-da-bao-nhieu-kg-vi-cb.html",
        "hcmut_dacay": "https://truyenhinhcapsongthu.net/top/do-an-da-cay-thiet-ke-he-thong-san-xuat-nuoc-da-cay-tai-li/x9nVhyHLIYa9JPD",
    }
)

S.update(
    {
        "iiar_ammonia": "https://iiarcondenser.org/designs-upgrades-cut-costs-for-ammonia-refrigeration-operators/",
        "aus_mepsice": "https://deploy.abcdocz.com/doc/116541/report-no--2004-10",
        "airplus_iceenergy": "https://airplusrefrigeration.com/ice-machine-energy-savings/",
        "greenq_ammonia": "https://www.greenq.ca/portfolio-items/energy-cost-reduction-at-industrial-refrigeration-plant/",
        "service_packaged": "http://serv-iceco.com/packaged-ice/",
        "semco_rakes": "https://semcoice.com/ice-systems/crucial-functions-benefits-ice-rakes/",
        "justia_bagger": "http://patents.justia.com/patent/6474048",
        "foodsafety_icesan": "https://food-safety.com/articles/4343-the-sanitation-of-ice-making-equipment",
        "army_icemachine": "https://www.scribd.com/document/1740433/US-Army-57-019-1205ProceduresforCleaningIceMachinesfs",
        "fqs_icesafe": "https://foodqualityandsafety.com/article/special-feature-14-ways-to-keep-your-ice-safe",
        "cleanyourice": "https://www.cleanyourice.com/ice-machine-cleaning-services-health-department-statement",
        "howe_sea": "https://www.howecorp.com/blog/making-ice-at-sea",
        "pecold_seawater": "https://www.pecold.com/2025/05/16/why-do-distant-water-fishing-vessels-choose-seawater-ice-machine-to-preserve-fish",
        "semco_flake": "https://semcoice.com/cooling/tips-best-handling-flake-ice-aboard-fishing-ships/",
        "nf_fishice": "https://issuu.com/nationalfisherman/docs/10_nf22_q4_full_issue/s/17278151",
    }
)

S.update(
    {
        "tithaco_baotri": "https://tithaco.com.vn/tin-tuc/bao-tri-he-thong-loc-nuoc-ro-tan-suat-quy-trinh-va-luu-y-quan-trong-402.html",
        "malonu_loiro": "https://malonu.vn/loi-loc-ro",
        "sieuthi_thayloi": "https://sieuthimaylocnuoc.com/p/bao-lau-thi-phai-thay-loi-may-loc-nuoc.html",
        "coda_app": "https://coda.io/@khushboo-bhatt/water-delivery-application/customer-app-2",
        "glacier_howitworks": "https://glacierpurewaters.com/how-it-works/",
        "loopeng_softener": "http://loopengwater.com/?p=71913",
        "bepvesinh_haccp": "https://bepvesinh.com/he-thong-quan-ly-an-toan-thuc-pham-haccp/",
        "thefish_uvshrimp": "https://thefishsite.com/articles/uv-disinfection-proves-its-worth-in-shrimp-grow-out-ponds-vibrio",
        "jala_uv": "https://jala.tech/blog/cultivation-tips/uv-filter-as-a-measure-to-sterilize-water-from-shrimp-diseases",
        "vgepro_uv": "https://www.vgepro.com/knowledge-center/blogs/uv-c-in-aquaculture/",
        "petallmfg_wash": "http://www.petallmfg.co.uk/pet-bottle-washing-and-recycling.html",
        "plasticwashing_pet": "https://plasticwashingmachine.com/pet-bottle-recycling/",
        "hengyu_csd": "https://www.hengyu-machinery.com/blog/soft-drink-filling-machine-technology-for-carbonated-beverages",
        "hzm_csd": "https://www.hzmmachinery.com/news/carbonated-soft-drink-packaging-process.html",
        "envirotec_juice": "https://www.envirotec.in/soft-drink-and-juice-manufacturing-project.php",
        "thewaterfilter_cooler": "https://thewaterfilter.com.my/2015/11/19/types-of-water-cooler-dispenser-and-options/",
        "puritech_dispenser": "https://puritech.co.za/water-despensers/",
        "kholanhcn_iqf": "https://kholanhcongnghiep.com.vn/iqf-la-gi-so-sanh-iqf-voi-block-batch",
        "memart_khodong": "https://memart.vn/tin-tuc/blog3/kho-dong-lanh-hai-san-vi-cb.html",
        "dienmaytanbinh_kho": "https://www.dienmaytanbinh.com.vn/2025/03/lap-at-kho-ong-bao-quan-ca-bien-ca-ngu.html",
        "moitruongxanh_surimi": "https://moitruongxanh.vn/?p=1072",
        "angiang_quyhoach": "https://hethongphapluat.com/quyet-dinh-3763-qd-ubnd-nam-2017-ve-phe-duyet-dieu-chinh-quy-hoach-cap-nuoc-sach-nong-thon-tinh-an-giang-den-nam-2020-dinh-huong-den-nam-2030-trong-dieu-kien-bien-doi-khi-hau.html",
        "pmy_icemaker": "https://www.powerandmotoryacht.com/maintenance/keep-your-cool",
        "timefold_pdr": "https://docs.timefold.ai/pickup-delivery-routing/latest/driver-resource-constraints/driver-capacity",
        "geoapify_capacity": "https://apidocs.geoapify.com/how-to/route-optimization/optimize-routes-capacity-limits/",
        "fao_smallvessels": "https://tr.scribd.com/document/51621056/ICE-MAKING-1",
        "ifsqn_inhouse": "http://www.ifsqn.com/forum/index.php/topic/23250-in-house-water-bottling-plant-haccp/",
    }
)

S.update(
    {
        "fosi_nuocanuong": "https://trungtamnghiencuuthucpham.vn/chi-tieu-kiem-nghiem-nuoc-an-uong",
        "thaihuy_ro": "https://giadungtonghopthaihuy.com/yeu-cau-chat-luong-nuoc-cua-may-loc-nuoc-r-o/",
        "hopquy_ruoubia": "https://123docz.net/document/4055751-tim-hieu-thu-tuc-ho-so-trinh-tu-cong-bo-hop-quy-cho-cong-ty-ruou-bia.htm",
        "tcvn6187": "https://123docz.net/document/5989293-tieu-chuan-quoc-gia-tcvn-6187-1-2009-iso-9308-1-2000.htm",
        "boa_haiduong": "https://boa.gov.vn/en/laboratory-food-control",
    }
)

S.update(
    {
        "beaufort_softener": "https://www.beaufortservices.com/water-softener/",
        "innovativecold_solar": "http://innovativecold.com/press_050610.htm",
        "wired_solarice": "https://www.wired.com/2008/11/solar-rig-bring/",
        "solarice_blog": "http://solar-ice.blogspot.com/",
        "aquarello_dispenser": "https://www.aquarello.club/en-de/blogs/news/welche-modell-von-wasserspender-von-aquarello-club-suchen-sie",
        "changwoen_petwash": "https://www.changwoen.com.tw/Pet-Bottles-Washing-Line.html",
        "confectionery_rfid": "https://confectionerynews.com/Article/2007/07/24/water-vending-machine-uses-rfid-to-track-bottles",
        "hydrarinse_ice": "http://www.hydrarinse.com/ice-contamination-blog/",
        "easyice_schedule": "https://easyice.com/easy-restaurant-cleaning-schedule",
        "boomgroup_aqua": "https://boomgroup.cn/news/551.html",
    }
)

S.update(
    {
        "labels_shrink": "https://www.labelsandlabeling.com/label-academy/article/shrink-sleeves-using-right-application-and-shrink-tunnel-technology",
        "eatingmeals_pcpet": "https://eatingmeals.com/can-you-reuse-5-gallon-water-bottles",
        "thewaterjug_pc": "http://www.thewaterjug.net/polycarbonate.html",
        "simplesteps_bpa": "http://www.simplesteps.org/questions/can-i-get-five-gallon-water-jugs-dont-leach-bpa",
        "achr_icewater": "http://www.achrnews.com/articles/the-water-factor-in-ice-machines?v=preview",
        "freshwater_iceclear": "http://blog.freshwatersystems.com/how-ice-quality-and-color-are-affected-1/",
        "watertech_ice": "https://www.watertechonline.com/waters-impact-on-fountain-beverages-and-beverage-systems-part-three/",
        "snowland_block": "https://www.snowlandgulf.com/block-ice-machine/",
        "semco_blockice": "https://semcoice.com/pros-cons-using-block-ice-chill-fish",
        "icesource_fish": "http://m.icemachinesource.com/news/fresh-fish-ice-cubes-5825898.html",
        "aquafrance_ice": "https://aquaculturefrance.com/en/249-ice-machines",
    }
)

# pages used for needs only
S.update(
    {
        "health222_ozone": "https://222health.com/public-health-safety/public-health/78137.html",
        "rfidj_innovation": "https://www.rfidjournal.com/rfid-enables-innovation-in-water-jug-distribution",
        "visualfoodie_bpa": "https://visualfoodie.com/understanding-5-gallon-water-bottle-safety-and-bpa",
        "packobserver_sleeve": "https://thepackagingobserver.com/the-label-application-guide-part-2-the-shelf-appeal-of-shrink-and-stretch-sleeve-labels",
        "cafethaomoc_ro": "https://cafethaomoc.blogspot.com/2017/08/ban-biet-gi-ve-may-loc-nuoc-ro.html",
        "pulse_icefilter": "https://pulse.lcm.org.uk/tag/filtration",
        "hpe_anhminh": "https://hpe.gov.vn/tin-tuc/giai-phap-su-dung-nang-luong-tiet-kiem-va-hieu-qua-ap-dung-san-xuat-sach-hon-doi-voi-cong-ty-tnhh-anh-minh/",
        "docstoc_bagging": "http://www.docstoc.com/docs/118760030/Method-And-Apparatus-For-Producing-Bagging-And-Dispensing-Ice---Patent-8122689",
        "memart_gieng": "https://memart.vn/tin-tuc/blog3/thanh-phan-nuoc-gieng-khoan-vi-cb.html",
        "foodsafetynews_ice": "https://www.foodsafetynews.com/tag/ice/",
        "eatsip_jug": "https://eatsip365.com/materials-used-in-a-5-gallon-water-bottle",
        "acorn_softening": "https://acornwater.ie/product-category/water-treatment/softening/",
        "bluebird_opt": "https://github.com/bluebird-id/delivery-optimization",
        "luatgiadang_congbo": "https://luatgiadang.vn/blog/page/8/",
        "jiskha_ro": "https://www.jiskha.com/display.cgi?id=1290125686",
        "spads_uv": "http://www.spadsinc.com/pages/ultravioletsterilization.html",
        "times_bromate": "https://www.thetimes.co.uk/article/cleansing-by-product-may-be-carcinogenic-sfnhdqjplcc",
        "kulleborn_sbm": "http://kulleborn.se/sida13.html",
        "reddy_stack": "https://patents.google.com/patent/US9688423",
        "wtlabs_certified": "https://watertestinglabs.net/2026/04/22/how-certified-water-testing-laboratories-analyze-drinking-water/",
        "pgrouting_vrp": "https://access.crunchydata.com/documentation/pgrouting/latest/VRP-category.html",
        "rfidj_evive": "http://www.rfidjournal.com/articles/view?10071",
        "bdb_membrane": "https://businessdocbox.com/amp/72325002-Green_Solutions/Utilization-of-chemical-treatments-to-maintain-and-restore-membrane-performance.html",
        "kitchencuisinart_jug": "https://kitchencuisinart.com/?p=11131",
        "esathi_sleeve": "https://www.e-sathi.com/blogs/94602/Shrink-Sleeve-Labels-Require-Hot-Melt-Adhesives",
        "yuanwei_fishice": "https://link.iceyuanwei.com/article.php?cate=tb0&id=15547&tag=0",
        "movatter_bin": "http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fpatents.google.com%2Fpatent%2FUS20190219319A1%2Fen",
        "cebuhouse_uv": "https://www.cebuhouse.us/uv-water-sterilizer.html",
        "redwood_iceplant": "https://redwoodvoice.org/ice-plant-saga-harbor-district-weighs-operating-plant-as-short-term-solution-enlists-help-from-city-county-leaders",
    }
)
