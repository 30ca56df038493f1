"""Sources for the holdout136 labelled set (pet shops, pet clinics, grooming, ornamental fish): key -> public URL.

Every need and offer in holdout136_needs.py / holdout136_offers.py paraphrases the page under its key.
"""

S = {}

# small-animal clinics: imaging, diagnostics, vaccines, rabies
S["xray_funpet"] = "https://funpet.vn/chup-x-quang-thu-cung"
S["xray_hanoipetcare"] = "https://hanoipetcare.vn/chup-x-quang-cho-meo/"
S["vet4you_xray_us"] = "https://vet4you.ca/x-ray-ultrasound"
S["headon_us_xray"] = "https://www.headonforestvets.com/en-ca/pet-care/dog-cat-services/ultrasound-and-x-ray-for-pets"
S["familyfriends_imaging"] = "https://www.familyfriendsvh.com/site/blog/2023/07/23/diagnostic-imaging-dog-cat"
S["gloucester_us"] = "https://gloucestervet.ca/services/ultrasonography/"
S["cvet_radiography"] = "https://www.cvetmediterranea.com/radiography"
S["thvl_dai_vinhlong"] = (
    "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/vinh-long-tiem-ngua-benh-dai-cho-dat-gan-85-ke-hoach/"
)
S["cantho_vacxin_dai"] = (
    "http://tapchi.hoithuyvietnam.org.vn/tin-tuc/khao-sat-hieu-qua-mien-dich-sau-tiem-phong-vacxin-dai-tren-dan-cho-nuoi-tai-thanh-pho-can-tho.htm"
)
S["mission_rabies_app"] = "https://pubcompare.ai/protocol/RROCqYsBwGXEOgesFlvz"
S["wap_mdv_guide"] = (
    "https://www.globalanimalnetwork.org/guidance-implementing-mass-dog-vaccination-programme-rabies-control"
)
S["negombo_mdv"] = "https://pmc.ncbi.nlm.nih.gov/articles/PMC6868729"
S["rabies_blueprint_plan"] = "https://caninerabiesblueprint.org/5-4-6-How-do-we-plan-the"
S["parvo_vinhlong"] = (
    "https://1libvn.com/document/qvl84wjg-kh%E1%BA%A3o-b%E1%BB%87nh-vi%C3%AAm-ru%E1%BB%99t-parvovirus-ph%C3%B2ng-m%E1%BA%A1ch-th%C3%A0nh.html"
)
S["parvo_test_lifepet"] = "https://lifepet.vn/chan-doan-chinh-xac-nho-xet-nghiem-parvo-o-cho.html/"
S["ksd_mau_thunuoi"] = "https://thunuoi.org/?p=2509"

# grooming salons, water and drying
S["petbiz_tubs_2012"] = "http://www.petbusiness.com/November-2012/Water-Works/"
S["petbiz_tubs_2016"] = "http://www.petbusiness.com/March-2016/Talking-Tubs/"
S["petage_bath"] = "https://www.petage.com/time-for-a-bath/"
S["petbiz_dryers"] = "http://www.petbusiness.com/articles/2011-07-01/Blowing-Hot-Air"
S["selfserve_dryer"] = "http://www.selfservedogwash.com/dryer_info.htm"
S["brighton_hairtrap"] = "https://co-brighton.civicplus.com/430/Hair-Trap-Program"
S["hook_salon_ro"] = "http://www.readthehook.com/92621/news-drought-gets-hairy-salons-reflect-water-saving"
S["spa_angiang"] = "https://baoangiang.com.vn/dich-vu-lam-dep-cho-thu-cung-a297547.html"
S["spa_vnexpress_tet"] = "https://vnexpress.net/tiem-spa-thu-cung-qua-tai-dip-can-tet-5009303.html"
S["spa_nhipcau"] = "http://nhipcaudautu.vn/song/nguoi-thanh-pho/du-la-cho-cung-phai-co-spa-3115191/"
S["pet_hotel_plo"] = "https://plo.vn/xa-hoi/chay-phong-khach-san-cho-thu-cung-dip-tet-1039366.html"

# pet food
S["kibble_small_line"] = "https://visualfoodie.com/a-guide-to-small-pet-food-production-lines"
S["kibble_extrusion_pfs"] = (
    "https://www.petfactorysystem.com/insights/extrusion-process-explained-for-pet-food-factories/"
)
S["kibble_dryer_line"] = "https://visualfoodie.com/a-guide-to-pet-food-production-line-machines"
S["pollock_skin_treats"] = (
    "http://www.topix.com/city/kodiak-ak/2017/07/pollock-skins-to-dog-treats-coming-soon?fromrss=1"
)
S["cod_skin_treats"] = "https://tickledpet.com/collections/cod-skins/products/icelandic-cod-skins-dog-treats-5-oz"
S["pate_forpet"] = "https://forpet.vn/pate-cho-meo/"
S["pate_storage_mochi"] = "https://mochicat.vn/bao-quan-pate-cho-cho"
S["fish_feed_materials"] = "http://stkbiogroup.com/2022/02/14/nguyen-lieu-chan-nuoi-thuy-san/"
S["fish_hydrolysate_dogs"] = "https://frontiersin.org/articles/10.3389/fvets.2024.1372023/full"
S["fish_meal_petfood_jas"] = "http://47.251.13.51:8081/16971577"
S["tuna_head_hydrolysis"] = (
    "https://studylib.net/doc/18369403/protein-and-lipid-recovery-from-tuna-head-using-industrial"
)
S["sdap_fish_chunks"] = "https://p.gyb.elementfx.com/2076-2615/13/22/3460"
S["retort_pouch_pet"] = (
    "https://www.mfirstpack.com/news/pet-wet-food-retort-pouch-high-performance-packaging-for-the-pet-food-industry"
)
S["canned_sterilization"] = "https://eatsip365.com/the-canned-cat-food-sterilization-process"
S["canned_process_frl"] = "https://foodresearchlab.com/?p=48411"

# ornamental fish
S["guppy_longan"] = (
    "https://danviet.vn/ca-bay-mau-be-ti-xua-nuoi-va-vat-trong-chum-vai-ai-ngo-nay-co-nguoi-long-an-mang-di-dau-quoc-te-20241129225601031.htm"
)
S["guppy_mientay_eva"] = (
    "https://eva.vn/tin-tuc/nuoi-loai-ca-trieu-con-so-huu-ve-ngoai-sac-so-nhieu-mau-sac-nong-dan-mien-tay-bo-tui-tram-trieu-moi-nam-c73a625226.html"
)
S["guppy_farm_shopone"] = "https://shopone.com.vn/?p=37204"
S["guppy_params"] = "https://chongthamvietnam.vn/cach-nuoi-ca-bay-mau/"
S["betta_cantho"] = (
    "https://www.vietnam.vn/fr/thu-30-trieu-moi-thang-tu-loai-ca-hieu-chien-dep-nhu-trang-suc-phuong-dong"
)
S["betta_biology"] = "https://cacanhdep.vn/thong-tin-chung-ve-ca-betta"
S["cuchi_export_farm"] = (
    "https://thegioitiepthi.danviet.vn/anh-nong-dan-dat-thep-cu-chi-nuoi-ca-trieu-do-xuat-khau-2023100515103364.htm"
)
S["koi_quarantine_simi"] = "https://www.simikoi.com/Simi-Koi-Quarantine-Procedures-a-10.html"
S["koi_khv_select"] = "https://www.selectkoi.com/post/khv-issue-quarantine-process"
S["koi_khv_lincs"] = "http://www.lincsfishhealth.co.uk/html/khv.html"
S["koi_qt_tank_simi"] = "https://www.simikoi.com/Quarantine-and-KHV-a-3.html"
S["arowana_cites_farms"] = "http://www.liveexoticimports.com/exotics/breeder-farms/"
S["arowana_import_steps"] = "https://arowanaparadise.com/import-procedures/"
S["arowana_tagging_my"] = "https://indiadivine.org/content/topic/2109323-my-arowana-tagging"
S["fish_packing_lim"] = "https://studylib.net/doc/12912178/preparation-for-transport--fish--packaging--technology"
S["fish_shipping_ufl"] = "https://edis.ifas.ufl.edu/publication/fa120"
S["fish_shipping_ctsa"] = "http://www.scribd.com/doc/15234525/shipping-practices-in-the-ornamental-fish-industry"
S["aquarium_ammonia_gnasd"] = "https://sites.google.com/gnasd.com/tic/water-quality-parameters/ammonia"
S["aquarium_testkits"] = "http://howtocleanafishtank.net/aquarium-maintenance/aquarium-water-testing-kits"
S["aquarium_biofilter_cycle"] = (
    "https://tz.dukesteamchallenge.org/137-your-aquariums-water-quality-biological-filtration-an.html"
)
S["nitrogen_cycle_tff"] = "http://www.tropicalfishfinder.co.uk/news-article?id=3355"
S["koi_filter_tgcc"] = (
    "https://thegioicacanh.com.vn/kien-thuc-tim-hieu-tu-a-den-z-ve-he-thong-loc-ho-ca-koi-don-gian-n90594.html"
)
S["koi_filter_media"] = "https://thepongducnhapkhau.com/?p=24045"
S["koi_filter_cayplus"] = "https://cayplus.vn/blog/thiet-ke-he-thong-loc-ho-ca-koi/"
S["koi_filter_baba"] = "https://baba.com.vn/ca-koi/page/93"
S["filter_media_cancauca"] = "https://cancauca.com.vn/vat-lieu-loc-ho-ca/"

# birds
S["chaomao_danang"] = "https://text.123docz.net/document/2581737-chuyen-de-kinh-nghiem-ve-nuoi-chim-canh-tap-1.htm"
S["chaomao_care"] = "https://chimcanhviet.vn/?p=41528"
S["chaomao_wikifarm"] = "https://wikifarm.vn/cach-nuoi-chim-chao-mao.html"
S["khuyen_cam"] = "https://raffles.edu.vn/topic/nuoi-chim-khuyen-moc"
S["end_cage_birds"] = "http://www.okbirds.com/?paged=13"
S["aviary_screening"] = "http://www.oldworldaviaries.com/text/styles/screening.html"
S["pet_birds_diseases"] = "https://pashudhanpraharee.com/pet-birds-management-and-common-diseases"
S["canary_light_cycle"] = "https://veteriankey.com/birds-5/"

# shelters, strays
S["tnr_delta"] = "https://deltaanimal.org/tnr/"
S["tnr_coastcat"] = "https://www.coastcatproject.org/trap-nueter-return-2/"
S["tnr_wormsgerms"] = "https://www.wormsandgermsblog.com/tags/trap-neuter-release-tnr/"
S["tnr_grateful"] = "https://www.gratefulrescue.org/trap-neuter-return"
S["cho_tharong_hcm"] = "https://plo.vn/ban-doc/lap-doi-phan-ung-nhanh-xu-cho-chay-rong-828024.html"
S["cho_dangky_chip"] = (
    "https://dothi.reatimes.vn/de-xuat-nuoi-cho-meo-phai-dang-ky-ke-khai-y-thuc-cua-nguoi-nuoi-van-la-quan-trong-nhat-2092.html"
)
S["cho_tharong_nuocngoai"] = (
    "https://kienthuc.net.vn/ban-doc-dieu-tra/o-nuoc-ngoai-cho-tha-rong-bi-xu-ly-the-nao-1152927.html"
)

# hygiene products
S["catlitter_consen"] = "https://helloconsen.com/nen-chon-cat-ve-sinh-meo-nhu-the-nao"
S["catlitter_upet"] = "https://phukienchomeo.com/cat-meo-nen-su-dung-dat-set-hay-dau-phu"
S["catlitter_tofu"] = (
    "https://helloconsen.com/cat-dau-nanh-so-voi-cac-loai-cat-khac-va-bi-quyet-khong-bet-day-khay-cat-ve-sinh-cho-meo"
)
S["catlitter_mrkim"] = "https://www.mrkimsaigon.com/cat-meo-va-khay-ve-sinh-nhung-dieu-ban-can-biet"
S["enzyme_cleaner_xion"] = "https://xionlab.com/enzyme-based-cleaning-product/"
S["enzyme_kennel_wordcat"] = "http://word-cat.com/page_id=150"
S["enzyme_cleaner_ewash"] = "https://www.ewash.org/what-product-removes-pet-urine-smell/"
S["tofu_litter_line"] = "https://catlitterproductionline.com/tofu-cat-litter-production-from-soybean-residue"
S["tofu_litter_china"] = "https://www.china-catlitter.com/plant-based-cat-litter/"
S["tofu_litter_xinghong"] = "https://xinghongpets.com/news/701.html"
S["clay_vs_tofu_litter"] = (
    "https://catlitterproductionline.com/clay-cat-litter-production-process-steps-vs-tofu-cat-litter-manufacturing-workflow"
)
S["dog_shampoo_clipit"] = "https://clipit-grooming.com/post/how-does-dog-shampoo-work"
S["organic_pet_shampoo_b2b"] = "https://www.accio.com/plp/naturalorganic-pet-shampoos"

# online selling and shipping of live animals
S["live_animal_ship_legal"] = "https://legalclarity.org/can-you-mail-live-animals-shipping-laws-explained"
S["live_animal_ship_assured"] = (
    "https://assuredfreight.com/2020/12/09/what-are-the-regulations-for-shipping-live-animals/"
)
S["live_animal_ship_ground_air"] = "https://enviroliteracy.org/animals/how-do-live-animals-get-shipped"
S["pet_ship_rules_dot"] = "https://www.reference.com/government-politics/laws-shipping-live-animals-d47f0023e42cfd37"
S["champets_shipping"] = "https://champetsfamily.com/chinh-sach-van-chuyen"
S["ptn_pet_export"] = "https://ptnlogistics.com/?p=12011"

# clinic management, identification, cold chain, lab
S["vet_pims_reminders"] = "https://kairossoftware.ai/blog/custom-software-for-veterinary-practices"
S["vet_recall_compliance"] = "https://pmc.ncbi.nlm.nih.gov/articles/PMC1371051"
S["vet_booking_whatsapp"] = "https://www.rezerve.online/en/veteriner"
S["chip_vn_congnghe"] = "https://congnghevadoisong.vn/gan-chip-cho-cho-va-meo-d60781.html"
S["chip_lookup_tagback"] = "https://tagback.org/blog/pet-microchip-lookup"
S["chip_registry_avma"] = "https://www.avma.org/News/JAVMANews/Pages/091101d.aspx?PF=1"
S["vaccine_fridge_farms"] = "https://pmc.ncbi.nlm.nih.gov/articles/PMC5907741"
S["vaccine_fridge_msd"] = "https://www.msd-animal-health-hub.co.uk/dairy-fridge-temp"
S["vaccine_storage_mb"] = "https://www.gov.mb.ca/health/publichealth/cdc/coldchain/protocol5.html"
S["inhouse_lab_vpn"] = (
    "https://www.veterinarypracticenews.com/what-to-consider-when-investing-in-in-clinic-blood-analyzers/"
)
S["inhouse_lab_battersea"] = "https://www.batterseasquarevets.co.uk/laboratory"

# live feed, bird rearing, treats
S["moina_ufl"] = (
    "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F27260582%2FCircular-1054"
)
S["daphnia_moina_hydralife"] = (
    "https://www.hydralife.org/post/tiny-guardians-of-growth-daphnia-and-moina-as-vital-live-food-for-fish-fry-and-fingerlings"
)
S["parrot_incubation_superb"] = "https://yumpu.com/en/document/view/46525874/superb-parrot-nswfmpaorg/67"
S["parrot_incubator_silva"] = "http://www.parrotsdailynews.com/q-a-how-to-choose-the-best-incubator-for-parrot-rearing/"
S["treat_dehydrator_safety"] = "https://www.dehydratorsamerica.com/post/food-safety-for-dehydrated-pet-treats-u-s"
S["treat_drying_risks"] = (
    "https://petloverguy.com/dehydrators-never-tell-you-this-the-7-risks-of-dehydrating-dog-treats-incorrectly/"
)

# distractor pages (neighbouring fields)
S["yen_travinh"] = (
    "https://text.123docz.net/document/6921921-ung-dung-va-chuyen-giao-tien-bo-khoa-hoc-cong-nghe-xay-dung-mo-hinh-nuoi-chim-yen-tai-tra-vinh.htm"
)
S["yen_gocong"] = "https://yengocongnguyenchat.wordpress.com/gioi-thieu/"
S["chitosan_cantho"] = "https://sokhcn.cantho.gov.vn/default.aspx?cid=9&p=116&pid=9"
S["chitosan_lowmw"] = "https://www.scribd.com/document/663654772/20-Trang-Si-Trung"
S["aquafeed_extruder"] = "https://www.cnfeedextruder.com/news/production-of-fish-and-shrimp-feed-with-the-extruder"
S["aquafeed_pellet"] = "http://www.pellet-machine.net/news/aquafeed-pellets.html"
S["rabies_human_vaccine"] = "https://vienyhocungdung.vn/vac-xin-phong-dai.html"
S["lahan_sex_reversal"] = (
    "http://luanvan.net.vn/luan-van/luan-van-anh-huong-cua-horomon-17-methyltestosteron-den-su-chuyen-doi-gioi-tinh-ca-la-han-49672/"
)
S["chotsoc_seed"] = (
    "https://123docz.net/document/1128987-ket-qua-buoc-dau-trong-nghien-cuu-san-xuat-giong-ca-chot-soc-mystus-mysticetus-roberts-1992-doc.htm"
)
S["tra_nursery_angiang"] = (
    "https://tailieu.tv/tai-lieu/hien-trang-ky-thuat-uong-giong-ca-tra-pangasianodon-hypophthalmus-sauvage-1878-tai-an-giang-47958/"
)
S["prawn_larvae_probiotic"] = (
    "https://luanvan.net.vn/luan-van/nghien-cuu-su-dung-che-pham-sinh-hoc-trong-uong-nuoi-au-trung-tom-cang-xanh-macrobrachium-rosenbergii-qui-trinh-nuoc-49653"
)
S["coconut_prebiotic"] = (
    "https://123doc.org/document/1310288-san-xuat-thu-nghiem-che-pham-chat-tien-sinh-prebiotic-tu-phu-pham-ba-com-dua-de-dung-trong-chan-nuoi.htm"
)
S["cattle_us_edis"] = "http://edis.ifas.ufl.edu/an113"
S["cattle_us_als"] = "http://www.alsultrasound.com.au/pregnancy_testing_cows.stw"
S["newcastle_ga_memart"] = "https://memart.vn/tin-tuc/blog3/lich-tiem-ga-vi-cb.html"
S["guinea_fowl_nd"] = (
    "https://123docz.net/document/1129347-xay-dung-quy-trinh-phong-benh-newcastle-va-gumboro-bang-vacin-cho-ga-sao-pptx.htm"
)
S["carwash_reclaim"] = "https://visualfoodie.com/the-process-of-a-car-wash-reclaim-water-system-explained"
S["fruit_cold_dryer"] = (
    "https://khocongnghiep.com/bai-viet/nguyen-ly-hoat-dong-cua-cong-nghe-say-lanh-hoa-qua-giu-tron-mau-huong-va-duong-chat-tu-nhien"
)
S["fph_review"] = "https://ouci.dntb.gov.ua/works/7WjjVaDZ"
S["shrimp_pond_monitor"] = (
    "https://nguoinuoitom.vn/giam-sat-va-canh-bao-tu-dong-mot-so-thong-so-moi-truong-trong-cac-ao-nuoi-tom-2"
)
S["shrimp_pond_ctu"] = "https://sdmd2045.ctu.edu.vn/upload/cnktcntt/files/basic-html/page162.html"
S["spay_mobile_usa"] = "http://www.spayusa.org/mobile-clinics.php"
S["spay_mobile_united"] = (
    "https://www.unitedspayalliance.org/tackling-the-backlog-delivery-systems-to-support-spay-neuter-part-three-mobile-clinics/"
)
S["spay_mobile_qcsun"] = "https://qcsunonline.com/story/2017/06/28/news/spay-neuter-clinic-sees-over-100/18359.html"
S["redhill_betta_facility"] = "http://redhillbetta.50webs.com/Facility/index.html"
S["betta_auction_nation"] = "https://www.nationthailand.com/life/40001396"
S["fish_ship_aquariacentral"] = "https://aquariacentral.com/forums/threads/how-to-ship-fish.53833/post-408494"
S["petplace_chip"] = "http://www.petplace.com/dogs/microchipping-for-your-dog-s-safety/page1.aspx"
S["koi_khv_nishikigoi"] = "http://nishikigoi.life/2018/08/23/khv-protect-yourself/"
S["koi_khv_pnkca"] = "http://pnkca.com/id69.html"
S["inhouse_lab_bergen"] = "http://www.bergenvet.com/services/laboratory/"
S["vaccine_fridge_bovine"] = (
    "https://www.bovinevetonline.com/news/education/dont-assume-old-refrigerator-good-enough-store-vaccines"
)
S["shelter_flagler"] = "https://davidflagler.com/shelter-construction"
S["shelter_hsus"] = "https://scribd.com/document/702989988/The-Humane-Society-of-USA-Shelter-Design-Manual"
S["kennel_design"] = "https://dogtraining.world/knowledge-base/kennel-design-considerations"
S["rescue_sannha"] = (
    "https://dantri.com.vn/xa-hoi/tim-chu-cho-thu-cung-bi-bo-roi-o-ha-noi-toi-chi-so-ho-mang-ve-lam-thit-20230111015717684.htm"
)
S["salon_septic"] = (
    "https://howseptik.com/en/septic-tank/septic-tank-solutions-for-hair-salons-what-you-need-to-know.html"
)
S["avian_flu_vaccine_vn"] = "https://123docz.net/document/1194120-bao-cao-potx.htm"
S["do_sensor_lasi"] = "https://lasi.vn/toi-uu-he-thong-nuoi-trong-voi-do-oxy-hoa-tan-thoi-gian-thuc"
S["nongsan_say"] = "https://123doc.top/document/5785524-say-nong-san-phuong-phap-va-thiet-bi-say.htm"
S["cattle_us_tableland"] = "https://www.tablelandvet.com.au/services/cattle-reproduction/"

# pages used only by needs
S["parvo_hanoi"] = (
    "https://text.123docz.net/document/2254573-khao-sat-tinh-hinh-benh-parvovirus-tren-cho-tai-ha-noi-va-nghien-cuu-mot-so-dac-diem-benh-ly-cua-benh.htm"
)
S["parvo_haidang"] = (
    "https://123docz.net/document/5506274-khao-sat-tinh-hinh-dich-benh-tren-dan-cho-mang-den-kham-va-dieu-tri-tai-phong-kham-thu-y-hai-dang-so-304-le-duan-ha-noi-va-thu-nghiem-dieu-tri-benh-vi.htm"
)
S["ksd_mau_thunuoi_blog"] = "https://thunuoi.org/ky-sinh-trung-trong-mau-o-cho"
S["dai_hatinh"] = (
    "https://tailieu.vn/doc/tinh-trang-dap-ung-mien-dich-dich-the-va-cam-nhiem-virus-dai-o-cho-nuoi-nua-dau-nam-2014-tai-vung-no-2022811.html"
)
S["dai_daklak"] = "https://daklak24h.com.vn/Articles/Tag?Keyword=+ti%C3%AAm+ph%C3%B2ng+b%E1%BB%87nh+d%E1%BA%A1i+cho+c"
S["dai_vtv"] = "https://labweb.vtvgo.vn/kho-video/nguy-co-bung-phat-benh-dai-viet-nam-hom-nay-921280.html"
S["chip_vn_kienthuc"] = "https://kienthuckhoahoc.org/dong-vat/gan-chip-vao-cho-meo-co-tac-dung-gi-hoat-dong-ra-sao-bn2u"
S["vet_ops_deelo"] = "https://www.deelo.ai/blog/how-to-manage-vet-practice-efficiently-2026"
S["vet_pms_forum"] = (
    "https://motoshare.in/forum/d/554-what-is-veterinary-practice-management-software-and-how-do-top-tools-compare"
)
S["cho_tharong_longkhanh"] = "https://www.longkhanhpets.com/2024/04/oi-san-bat-cho-tha-rong-va-nhung-ieu.html"
S["spay_mobile_bwar"] = "https://www.bwar.org/mobile-clinic-frequently-asked-questions/"
S["salon_trade_effluent"] = "https://www.castlewater.co.uk/blog/trade-effluent-advice-for-hairdressing-salons"
S["salon_drain_tips"] = "https://masstamilan.in/tips-for-keeping-drain-systems-clean-in-your-beauty-salon/"
S["selfwash_caninecreek"] = "http://www.caninecreek.com/FAQRetrieve.aspx?ID=57884"
S["spa_tet_soha"] = (
    "https://soha.vn/can-tet-cho-meo-cung-di-spa-lam-dep-don-nam-moi-chi-phi-len-den-tien-trieu-2023011907210968.htm"
)
S["spa_poodle_mochi"] = (
    "https://mochicat.vn/gia-spa-cho-cho-poodle-bang-gia-chi-tiet-va-yeu-to-anh-huong/?doing_wp_cron=1758135286.8919389247894287109375"
)
S["shampoo_ecodog"] = "https://www.ecodogcare.com/blogs/news/is-my-shampoo-safe-for-my-dog"
S["shampoo_organic_devdir"] = "https://devdir.biz/en/tag/shampoo/"
S["enzyme_petsedu"] = "https://pets.edu.vn/pet-urine-enzyme-cleaner"
S["kibble_eathealthy"] = "https://eathealthy365.com/essential-pet-food-production-line-machinery"
S["kibble_eatsip"] = "https://eatsip365.com/an-overview-of-pet-food-kibble-equipment"
S["fishskin_dogology"] = "https://dogologycentral.com/dog-treats/107667.html"
S["treat_dry_dogspalace"] = "https://dogs-palace.com/qa/view/how-to-dry-treats-for-dogs-in-a-dehydrator"
S["canned_heat_papertube"] = (
    "https://www.papertubemanufacturer.com/news/why-heat-treatment-of-pet-canned-packaging.html"
)
S["livefood_killi"] = "http://a.killi.es/ref/feeding/live/cultured/home.html"
S["betta_zoipet"] = "https://zoipet.com/ca-betta"
S["betta_farmed"] = "https://fishingandfish.com/are-betta-fish-farmed"
S["betta_siamesecyber"] = "http://siamesecyber.tripod.com/frompond.html"
S["fish_export_korallen"] = "http://www.korallenriffe.ch/en/?page_id=21"
S["fish_ship_ilovetr"] = "https://th4.ilovetranslation.com/siPnp0w9z3D=d"
S["aquarium_cycle_enviro"] = "https://enviroliteracy.org/animals/?p=332355"
S["aquarium_test_tankfacts"] = (
    "https://tankfacts.com/article/test-aquarium-water-daily-advance-nitrogen-cycle-testing-tips_975"
)
S["arowana_seized"] = "https://www.practicalfishkeeping.co.uk/fishkeeping-news/arowana-without-microchips-seized/"
S["chichchoe_raffles"] = "https://raffles.edu.vn/topic/chich-choe-lua-co-an-trai-cay-khong"
S["chaomao_chimcanh"] = "https://chimcanh.vn/chao-mao/chao-mao-de-nhat-chim-canh-de-nuoi-va-de-thuan.html?amp=1"
S["chaomao_ccmc"] = "http://ccmc.vn/tin-tuc/455-nuoi-chim-chao-mao-nhu-the-nao-de-chim-chao-mao-hot-hay.html"
S["bird_travel_forum"] = "https://parrotforums.com/threads/do-you-keep-up-on-avian-diseases.33915"
S["talking_birds_thucanh"] = "https://thucanh.vn/?p=133936"
S["pet_mail_petsedu"] = "https://pets.edu.vn/can-you-send-pets-through-mail"
S["ship_containers_live"] = "https://www.shippingcontainersnearmeusa.com/how-do-you-ship-live-animals"
S["ship_tips_lifetips"] = (
    "https://shipping.lifetips.com/tip/111289/shipping-animals-agriculture/shipping-animals-agriculture/some-animals-cannot-be-shipped.html"
)
S["us_pregnancy_bestfriends"] = "https://bestfriendsgroup.com/what-we-offer/ultrasonography/"
S["inhouse_lab_2ndchance"] = "https://www.2ndchance.info/dxme-outVSin.htm"
S["carwash_filtration_vs_reclaim"] = "https://visualfoodie.com/water-filtration-vs-reclamation-in-a-car-wash"
S["chitin_effluent"] = (
    "https://thuvientailieu.vn/tai-lieu/nghien-cuu-dac-tinh-cac-dong-thai-cua-qua-trinh-san-xuat-chitin-theo-phong-phap-truyen-thong-va-phong-phap-cai-tien-65277"
)
S["duck_feed_mix"] = (
    "https://khomaybinhminh.com/cach-chon-lua-va-thiet-ke-cong-thuc-phoi-tron-thuc-an-cho-vit-khoa-hoc-va-hieu-qua"
)
S["imaging_elmpoint"] = "https://elmpointvet.com/diagnostic-imaging.html"
