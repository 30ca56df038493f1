"""Sources for holdout133 (land surveying, mapping and land records): key -> URL of the public page
that each need or offer paraphrases. Found with the search tool (corpus "pages", two offers from corpus "docs"),
Vietnamese and English queries."""

S = {
    # --- CORS / GNSS RTK ---
    "hoangphat_cors": "https://tracdiahoangphat.com/tram-cors-la-gi",
    "docz_cors_rtk": "https://123docz.net/trich-doan/4576348-tinh-hinh-ung-dung-cong-nghe-cors-trong-do-dac-ban-do.htm",
    "dathop_cors_vn": "https://dathop.com/he-thong-tram-cors-o-viet-nam/",
    "dathop_cors": "https://dathop.com/tram-cors-la-gi/",
    "thaiduong_cors": "https://tracdiathaiduong.vn/cac-loi-khi-ket-noi-tram-cors-quoc-gia-va-thiet-bi-rtk-khuyen-dung.html",
    "spedia_cors": "https://www.surveyingpedia.com/glossary/cors-network",
    "bookmark_dgps": "https://www.bookmarkspot.com/bookmark/dgps-survey-companies-in-bangalore-3/",
    "fenner_cors": "https://fenner-esler.com/blog/the-role-of-cors-networks-in-survey-accuracy-and-real-time-kinematic-applications/",
    "soi_cors": "https://cors.surveyofindia.gov.in/introduction.php",
    # --- drone photogrammetry ---
    "vietflycam_gcp": "https://vietflycam.vn/?p=20063",
    "docz_ux5": "https://123docz.net/document/8157950-ung-dung-may-bay-khong-nguoi-lai-trimble-ux5-trong-cong-tac-thanh-lap-ban-do-dia-chinh.htm",
    "geoviet_uav": "https://geoviet.com.vn/bay-chup-anh-bang-uav-phuc-vu-thanh-lap-binh-do-anh-truc-giao-mo-hinh-so-be-mat-dsm-va-dam-may-diem-point-cloud/",
    "btnmt_uav_rule": "https://text.123docz.net/document/6584899-nghien-cuu-co-so-khoa-hoc-va-thuc-tien-xay-dung-quy-dinh-ky-thuat-bay-chup-va-xu-ly-anh-tu-thiet-bi-bay-khong-nguoi-lai-phuc-vu-thanh-lap-ban-do-dia-h.htm",
    "vietflycam_system": "https://vietflycam.vn/he-thong-uav-flycam-thanh-lap-ban-do-3d-2d-gom-nhung-gi",
    "tailieu_uav_topo": "https://tailieu.vn/doc/nghien-cuu-su-dung-du-lieu-anh-may-bay-khong-nguoi-lai-uav-trong-thanh-lap-ban-do-dia-hinh-ty-le-l-2538411.html",
    "coord_namibia": "https://mycoordinates.org/innovations-in-boundary-mapping/",
    "ghana_uav": "https://www.scribd.com/document/703722977/sara-707-720-31860-88667-1-CE",
    "stocker_uav": "https://5dok.net/document/rz3xrm9z-quality-orthophotos-cadastral-mapping-guidance-optimal-flight-configurations.html",
    "kemerovo_uav": "https://jfrm.ru/issues/20341/20324",
    # --- total stations, boundary markers ---
    "docz_quanglac": "https://123docz.com/document/8899301-khoa-luan-tot-nghiep-dai-hoc-ung-dung-cong-nghe-tin-hoc-va-phuong-phap-toan-dac-dien-tu-thanh-lap-ban-do-dia-chinh-to-20-ty-le-1-1000-xa-quang-lac-tha.htm",
    "engniche_boundary": "https://engineeringniche.com/article/the-process-of-conducting-a-boundary-survey-with-a-total-station/",
    "qld_boundary": "https://qldsurveying.com.au/property-surveys-draft/boundary-surveys/",
    "wwh_lotcorners": "http://what-when-how.com/Tutorial/topic-12435k5/Practical-Boundary-Surveying-234.html",
    "wwh_gps_corners": "http://what-when-how.com/Tutorial/topic-12435k5/Practical-Boundary-Surveying-242.html",
    "build_construct": "https://build-construct.com/surveying/land-surveying-and-construction-layout-modern-techniques-boundary-surveys-construction-staking-and-topographic-mapping/",
    # --- cadastral digitising, land databases ---
    "docz_vbdlis": "https://123docz.net/document/15411279-xay-dung-co-so-du-lieu-dia-chinh-tren-co-so-ung-dung-phan-mem-he-thong-thong-tin-dat-dai-vbdlis-nghien-cuu-diem-tai-thi-tran-nhon-hoa-huyen-chu-puh-ti.htm",
    "docz_vilis": "https://123docz.net/document/3462367-nghien-cuu-danh-gia-hieu-qua-xay-dung-co-so-du-lieu-dia-chinh-huyen-hiep-hoa-tinh-bac-giang.htm",
    "docz_concuong": "https://text.123docz.net/document/8879893-ung-dung-he-thong-thong-tin-dia-ly-xay-dung-co-so-du-lieu-dat-dai-huyen-con-cuong-tinh-nghe-an.htm",
    "fig_korea_vector": "http://www.fig.net/pub/proceedings/korea/full-papers/session3/seo-jeong-lee-kim.htm",
    "mapmyindia_dlr": "http://mapmyindia.com/government-smart-city-solutions/digital_land_record.php",
    "magnasoft_backlog": "https://www.magnasoft.com/blog/automating-the-historical-backlog-from-scans-to-usable-parcel-datasets/",
    "r2v_parcel": "http://ablesoftware.com/r2v/parcel.html",
    "umass_parcel": "http://www.umass.edu/tei/ogia/parcelguide/Sect2.html",
    # --- GIS for land-use planning ---
    "docz_duytien": "https://123docz.com/document/8937691-ung-dung-gis-xay-dung-co-so-du-lieu-quy-hoach-su-dung-dat-huyen-duy-tien-tinh-ha-nam.htm",
    "docz_bacbinh_webgis": "https://123docz.net/document/15771960-luan-van-thac-si-quan-ly-dat-dai-xay-dung-webgis-cung-cap-thong-tin-quy-hoach-su-dung-dat-huyen-bac-binh-tinh-binh-thuan.htm",
    "docz_vinhbao": "https://123docz.net/trich-doan/4620600-ket-qua-thu-nghiem.htm",
    "docz_hopthanh": "https://text.123doc.org/document/4792414-ung-dung-cong-nghe-tin-hoc-thanh-lap-ban-do-hien-trang-su-dung-dat-2015-tren-dia-ban-xa-hop-thanh-huyen-phu-luong-tinh-thai-nguyen-khoa-luan-tot-nghiep.htm",
    "hellolandmark_gis": "https://hellolandmark.com/introduction-to-gis-in-zoning-and-land-use",
    "mapog_zoning": "https://mapogstory.blogspot.com/2025/04/how-gis-helps-in-land-use-and-zoning.html",
    "deshsansaar_gis": "https://deshsansaar.in/?p=3218",
    # --- riverbank erosion, subsidence ---
    "tvu_satlo": "https://123dok.com/vn/docs/nghi%C3%AAn-c%E1%BB%A9u-nguy%C3%AAn-nh%C3%A2n-s%E1%BA%A1t-l%E1%BB%9F-b%E1%BB%9D-s%C3%B4ng.10293445",
    "thvl_congiong": "https://thvl.vn/thoi-su-thvl/tin-dia-phuong/s%e1%ba%a1t-l%e1%bb%9f-b%e1%bb%9d-song-de-d%e1%bb%8da-cu%e1%bb%99c-s%e1%bb%91ng-h%c6%a1n-100-h%e1%bb%99-dan-ven-song-ti%e1%bb%81n",
    "vast_hau_erosion": "https://123docz.net/document/11667269-nghien-cuu-danh-gia-hien-trang-va-nguyen-nhan-xoi-lo-bo-song-hau-doan-chay-qua-tinh-an-giang-giai-doan-2009-2019.htm",
    "vamnao_rsgis": "https://tailieu.tv/tai-lieu/danh-gia-bien-dong-bo-song-khu-vuc-vam-nao-41180",
    "siwrr_baclieu": "https://tailieu.vn/doc/phan-tich-nguyen-nhan-gay-sat-lo-bo-song-tren-dia-ban-tinh-bac-lieu-va-ca-mau-2164509.html",
    "kenhtat_duyenhai": "https://www.tintuchangngayonlines.com/2021/04/cua-song-hau-nhan-tao-kenh-tatac-thu.html",
    "mdpi_morph_vmd": "https://www.mdpi.com/2072-4292/16/4/707",
    "mdpi_srbed": "https://www.mdpi.com/2072-4292/12/20/3298",
    "mdpi_subs_urban": "https://www.mdpi.com/2072-4292/13/2/189",
    "piahs_psinsar": "https://www.proc-iahs.net/382/327/2020/piahs-382-327-2020.html",
    "erl_minderhoud": "http://stacks.iop.org/1748-9326/12/i=6/a=064006?key=crossref.687693ccba9bba2f8d848aa7018a5625",
    "researcher_s1psi": "https://discovery.researcher.life/article/recent-land-subsidence-in-the-vietnamese-mekong-delta-derived-from-advanced-sentinel1-sar-interferometry/c59fee64c0be32dab4591576830e0d8f",
    "docz_sutlun": "https://123docz.net/document/9120433-sut-lun-do-khai-thac-nuoc-ngam-o-dbscl.htm",
    # --- rural roads, canals, bathymetry ---
    "vietthanh_echo": "https://viet-thanh.vn/su-dung-may-do-sau-hoi-am-dung-cach",
    "dathop_shallow": "https://dathop.com/khao-sat-vung-nuoc-nong-dung-may-do-sau-nao",
    "vietthanh_accuracy": "https://viet-thanh.vn/do-chinh-xac-cua-may-do-sau-hoi-am",
    "maydinhvi_echo": "https://maydinhvigps.com.vn/may-do-sau-tu-ghi-cho-khao-sat-dia-hinh/",
    "scopus_route": "https://scopusengineering.com/route-long-and-cross-section-surveys/",
    "gems_route": "http://gemsgroup.in/road_railway_route_survey.php",
    "gpi_basic": "https://gpiharipur.edu.pk/basic-surveying/",
}

S.update(
    {
        # --- second batch: RTK services, boundary marks, drones, canals, distractors ---
        "midwest_ntrip": "http://midwestautosteer.com/index.php/2020/04/19/149/",
        "sparkpnt_corr": "http://docs.sparkpnt.com/FPL/general/operation/corrections",
        "xyht_diy_rtk": "https://www.xyht.com/professional-surveyor-archives/gnss-next-do-it-yourself-internet-rtk/",
        "surveyschool_ntrip": "https://thesurveyschool.com/free/ntrip-guide",
        "mwrtk_vrs": "http://www.mwrtk.net/howitworks.asp",
        "hungphat_rtk": "https://tracdiahungphat.com/collections/may-dinh-vi-gps",
        "vietthanh_mocgioi": "https://viet-thanh.vn/?p=14346",
        "vietthanh_quycachmoc": "https://viet-thanh.vn/quy-cach-moc-ranh-gioi-quy-hoach",
        "vietthanh_cammoc": "https://viet-thanh.vn/cam-moc-gioi-quy-hoach-khai-niem-va-dac-diem",
        "samdict_mocbt": "http://samdict.com.vn/dictionary/word/3501",
        "soctrang_gis": "https://tailieu.vn/doc/xay-dung-he-thong-thong-tin-dia-ly-quan-ly-quy-hoach-do-thi-va-dinh-gia-dat-tai-thanh-pho-soc-trang-2036367.html",
        "geogiza_gcp": "https://geogiza.com/en/blog/drone-photogrammetry-gcp",
        "droneservicestx": "https://droneservicestx.com/what-survey-grade-drone-mapping-really-means/",
        "sph_dronemap": "http://sphengineering.com/news/drone-mapping-guide",
        "aerotas_accuracy": "https://www.aerotas.com/planning-for-accuracy",
        "trishunya_canal": "https://www.trishunya.com/blog/how-canal-irrigation-projects-use-survey-data",
        "trishunya_dgps": "https://www.trishunya.com/blog/dgps-canal-network-survey-gujarat",
        "strayer_hydro": "http://www.strayersurveying.com/bathymetric-surveys/",
        "engniche_xsection": "https://engineeringniche.com/techniques-for-accurate-river-and-stream-cross-section-surveys",
        "danviet_drone_spray": "https://danviet.vn/print-20220816235840408.htm",
        "nld_drone_agri": "https://nld.com.vn/drone-dua-nong-nghiep-cat-canh-196250517204910442.htm",
        "vnn_agridrone": "https://vietnamnet.vn./ung-dung-chuyen-doi-so-di-vao-thuc-te-giup-nong-dan-2029906.html",
        "humg_kemem": "https://123docz.net/document/9598599-giai-phap-chong-sat-lo-bo-song-bien-bang-ke-mem-su-dung-bao-sinh-thai.htm",
        "siwrr_kemohan": "https://tailieu.vn/doc/co-so-khoa-hoc-cua-giai-phap-ke-mo-han-coc-ung-dung-de-chinh-tri-song-tien-va-song-hau-2158793.html",
        "kait_rtk_rice": "http://www.kait8.com/story/12313080/gps-to-rtk-for-agriculture-uses/",
        "fwi_rtk_guidance": "http://www.fwi.co.uk/machinery/a-guide-to-guidance-part-3-rtk.htm",
        "htdg_dinhgia": "https://hoithamdinhgia.vn/nhung-bat-cap-trong-cong-tac-dinh-gia-dat-dai-o-nuoc-ta",
    }
)

S.update(
    {
        # --- third batch: land databases, subsidence, local news, drones, mobile GIS ---
        "gfd_vilg": "https://gfd.com.vn/en/independent-project-evaluation-under-the-improved-land-governance-and-database-vilg-project-for-vietnam/",
        "vietnamvn_vilg": "https://www.vietnam.vn/en/co-so-du-lieu-dat-dai-phai-dam-bao-dung-du-sach-song",
        "vinhlong_sdi": "http://estatedocbox.com/Buying_and_Selling_Homes/84371781-A-policy-framework-for-a-provincial-user-centric-sdi-to-support-land-administration-in-vietnam-case-study-of-vinh-long-province.html",
        "bacgiang_vilg": "http://en.baobacgiang.com.vn/bg/business/400744/bac-giang-develops-land-database.html",
        "vidagis_vilg": "https://www.vidagis.com/2020/07/20/vilg-project-227-districts-completed-land-database-by-the-end-of-2021/",
        "sedas_insar": "https://sedas.satapps.org/ground-deformation/",
        "spedia_insar": "https://surveyingpedia.com/article/insar-subsidence-monitoring",
        "kepler_stability": "https://kepler-space.com/solutions/stability-measurements/",
        "btnmt_cors_lun": "https://baotainguyenmoitruong.vn/quan-trac-lun-o-vung-dong-bang-chau-tho-bang-he-thong-tram-cors-242107.html",
        "ibst_thuychuan": "https://ibst.vn/tin-tuc/quan-trac-khao-sat-moi-truong/do-noi-thuy-chuan-hang-ii-nha-nuoc-va-xac-dinh-toa-do-moc-chuan-mc-bang-cong-nghe-gps709005.html",
        "nuce_uav_tuyen": "https://123docz.net/document/9850251-nghien-cuu-che-do-bay-uav-trong-khao-sat-dia-hinh-cong-trinh-dang-tuyen-ung-dung-cho-doan-duong-de-xuan-quan-ha-noi.htm",
        "metro_uav": "https://vn-document.net/document/ung-dung-uav-trong-giam-sat-tien-do-thi-cong-tuyen-metro-ben-thanh-suoi-tien/9557433739",
        "dathop_pix4d_nz": "https://dathop.com/khao-sat-lo-dat-o-new-zealand-bang-pix4dmapper/",
        "vtei_qfield": "https://www.vtei.cz/en/2024/04/qfield-mobilni-aplikace-pro-sber-dat-zalozena-na-principech-open-source-software-2/",
        "smartlandmaps": "https://econpapers.repec.org/article/gamjlands/v_3a12_3ay_3a2023_3ai_3a11_3ap_3a2043-_3ad_3a1277602.htm",
        "gim_colombia": "https://www.gim-international.com/content/article/light-mobile-collection-tools-for-land-administration",
        "gim_esri_mobile": "https://www.gim-international.com/content/article/mobile-gis-proven-to-transform-land-administration",
        "vietbis_sohoa": "https://vietbis.vn/tin-san-pham/scan-so-hoa-ho-so-dat-dai-3483.html",
        "tailieu_leica_tc": "http://tailieu.vn/doc/huong-dan-su-dung-may-toan-dac-dien-tu-leica-tc-r-403-405-407-382430.html",
        "hcmut_coast_rsgis": "https://tailieu.vn/doc/ung-dung-vien-tham-gis-danh-gia-pham-vi-va-muc-do-xoi-lo-bo-bien-dong-bang-song-cuu-long-doan-tu-t-2711006.html",
        "hcmunre_dsas": "https://1libvn.com/vn/docs/ph%C3%A2n-t%C3%ADch-bi%E1%BA%BFn-%C4%91%E1%BB%99ng-%C4%91%C6%B0%E1%BB%9Dng-s%C3%B4ng-%E1%BA%A3nh-sentinel.11072396",
        "duyenhai_forest_gis": "https://text.123docz.net/document/4847654-ung-dung-gis-va-cong-nghe-vien-tham-danh-gia-bien-dong-rung-huyen-duyen-hai-tinh-tra-vinh.htm",
        "baotravinh_kenh": "https://baotravinh.vn/kinh-te/tra-cu-thuy-loi-noi-dong-de-tru-ngot-gap-kho-tu-cac-kenh-truc-28957.html",
        "dnth_travinh_thuyloi": "https://doanhnghiepthuonghieu.vn/tra-vinh-dau-tu-hon-70-ty-dong-cai-tao-thuy-loi-noi-dong1-p64538.html",
        "thvl_kenhchet": "https://m.thvl.vn/?p=1048886",
        "vnplus_travinh_roads": "https://en.vietnamplus.vn/tra-vinh-allocates-nearly-362-trillion-vnd-to-improve-rural-roads/156237.vnp",
        "thvl_longho_hiendat": "https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/hien-dat-xay-dung-duong-giao-thong-nong-thon/",
        "znews_quoithien": "https://znews.vn/vinh-long-sat-lo-doan-de-bao-con-thanh-long-giua-dem-khuya-post1608620.html",
        "thvl_133diem": "https://thvl.vn/th%E1%BB%9Di-s%E1%BB%B1-thvl/tin-dia-phuong/nguy-c%C6%A1-s%E1%BA%A1t-l%E1%BB%9F-cao-trong-mua-lu-2/",
        "baomoi_trahon": "https://baomoi.net.vn/tag/nh%C3%A0-m%C3%A1y-Vinh-Quang.epi",
        "liforest_mangrove": "http://www.liforest.com/?p=14105",
        "rgo_mangrove_lidar": "https://ges.rgo.ru/jour/article/view/4291",
    }
)

S.update(
    {
        # --- fourth batch: neighbouring fields (distractors), training, geotechnics ---
        "falconzoom_fleet": "https://falconzoom.com/gps-vehicle-tracking-and-fleet-management/",
        "element_soil": "https://nkkjrh.com/more-sectors/environmental-testing/soil-testing-services/inorganic-testing-and-analysis-in-soil/soil-salinity-and-acidity",
        "vnn_watec_iot": "https://vietnamnet.vn/mot-so-giai-phap-ung-dung-cong-nghe-iot-de-canh-bao-mua-lu-ngap-lut-2240744.html",
        "shtp_ngap": "https://phapluatmoitruong.vn/canh-bao-ngap-lut-tu-dong-bang-cong-nghe-cam-bien-vi-co-dien-tu-do-nguoi-viet-che-tao/",
        "vnsc_lua": "http://spaceprogram.vast.vn/de-tai-khcn/c%C3%A1c-%C4%91%E1%BB%81-t%C3%A0i/2016-2020/254-vt01-nghien-cuu-anh-huong-dong-hoc-phong-ten-lua-day-ve-tinh-den-cac-thiet-bi-dat-tren-boong-24.html",
        "soha_geohub": "https://soha.vn/giam-sat-vung-trong-lua-bang-du-lieu-ve-tinh-huong-di-moi-cho-nong-nghiep-chinh-xac-tai-viet-nam-198250811141204074.htm",
        "cogeco_soil": "https://cogeco.com.vn/service/survey/soil-investigation/?lang=en",
        "diachat146": "http://diachat146.com/dich-vu/khao-sat-dia-chat/",
        "thbvn_dientich": "https://thbvn.com/tin-tuc/cach-do-dien-tich-nha-o-don-gian-chuan-xac-tung-met-vuong-2980.html",
        "quangtri_csdl_dialy": "https://sokhcn.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1666599933042/1708483241523",
        "gpstech_fleet": "https://gpstechnologies.com/gps-fleet-tracking-guide",
    }
)

S.update(
    {
        # --- fifth batch: more neighbouring fields and map-accuracy pages ---
        "backpacker_etrex": "https://www.backpacker.com/gear/gps-review-garmin-etrex-legend-c",
        "cloud9_realestate": "http://www.cloud9drones.com/shot-guide",
        "viettop_vaidia": "https://viettopreview.vn/trai-vai-dia-ky-thuat-duoi-nuoc.html",
        "tailieutk_tyle": "https://tailieuthamkhao.vn/ti-le-va-do-chinh-xac-cua-ban-do-so-phuc-vu-quy-hoach-va-thiet-ke-cong-trinh-243",
        "tt62_hanghai": "https://123docz.net/document/4696248-thong-tu-62-2013-tt-bgtvt-ban-hanh-dinh-muc-kinh-te-ky-thuat-khao-sat-bao-dam-an-toan-hang-hai.htm",
        "theconstructor_irrig": "https://theconstructor.org/surveying/surveying-irrigation-project-construction/20007/?amp=1",
        "tender_wb_canal": "https://tendersniper.com/search/tenders/100-13-112938867-wbiweebidenit092024251",
    }
)

S.update(
    {
        # --- sixth batch: road inventories, bank monitoring, cadastral software, imagery, levelling ---
        "totalpave_inventory": "https://totalpave.com/2021/01/07/is-your-organization-ready-for-road-condition-data/",
        "ifactory_roadgis": "https://ifactoryapp.com/industries/infrastructure-management/road-asset-inventory-gis-mapping-ai-condition-visualization",
        "polimi_tls_bank": "https://docslib.org/doc/2718490/monitoring-riverbank-erosion-in-mountain-catchments-using-terrestrial-laser-scanning",
        "esurf_uav_bank": "https://www.earth-surf-dynam.net/6/933/2018/",
        "vietmapxm_guide": "https://text.123docz.net/document/11058552-huong-dan-su-dung-chi-tiet-phan-mem-thanh-lap-ban-do-dia-chinh-vietmap-xm.htm",
        "docz_microstation": "https://123docz.net/trich-doan/4601068-ung-dung-mot-so-phan-mem-tin-hoc-trong-bien-tap-ban-do-dia-chinh.htm",
        "samcom_vientham": "https://samcom.com.vn/blog/vien-tham",
        "rtkvn_thuybinh": "https://rtk.com.vn/kien-thuc/may-thuy-binh.html?srsltid=AfmBOopcEykSUa6i0MCVZg04MrjOEH6zjK9EiMszFDAXn9cFKrQP5BHf",
        "ilovetrans_k0": "https://vi10.ilovetranslation.com/ge8L3Yk_pov=d",
    }
)

S.update(
    {
        # --- seventh batch: more neighbouring fields ---
        "tincay_ec170": "https://tincay.com/kiem-tra-do-man-nuoc-tuoi-cay-bang-but-do-ec170/",
        "penhall_gpr": "https://www.penhall.com/utility-locating/",
        "geodeticglobal_util": "https://geodeticglobalst.com/services/underground-utilities-survey/",
        "tayninh_iot": "https://vn-document.net/document/he-thong-thu-thap-thong-tin-moi-truong-cho-nong-nghiep/9554438339",
    }
)

S.update(
    {
        # --- eighth batch: USV bathymetry, GNSS monitoring, land consolidation, DEMs, erosion WebGIS, subdivision ---
        "spedia_usv": "https://surveyingpedia.com/vi/glossary/usv",
        "hydro_geoswath": "https://www.hydro-international.com/content/article/shallow-inland-water-bathymetry-meeting-iho-s-44-special-order",
        "arxiv_usv_volume": "https://arxiv.org/html/2309.10269v1",
        "mdpi_gnss_landslide": "https://www.mdpi.com/2072-4292/12/20/3375",
        "aztcon_gnss": "https://www.aztcon.com/en/gnss-solution.html",
        "mapog_landredis": "https://mapog.com/efficient-agricultural-land-redistribution-using-gis-mapping-tools",
        "fig_morocco_lc": "http://cia.fig.net/resources/proceedings/fig_proceedings/korea/abstracts/session24/semlali-abs.htm",
        "uvic_sdss_lc": "https://dspace.library.uvic.ca/items/0a8ce495-aa8c-4b29-a0d8-f62477d5eb0e",
        "mdpi_lidar_flood": "https://www.mdpi.com/2072-4292/12/14/2308",
        "sggp_webgis_satlo": "https://sggp.org.vn/som-hoan-thien-ban-do-sat-lo-vung-dbscl-post550101.html",
        "goong_canhbao": "https://goong.io/ban-do-canh-bao-nguy-co-sat-lo-giai-phap-cap-thiet-mua-mua-bao",
        "pls_subdivision": "https://pls.us/subdivision-survey/",
        "mjs_subdivision": "https://mjslandsurvey.com/services/subdivision-survey/",
        "reference_parcelmaps": "https://www.reference.com/history-geography/using-online-parcel-boundary-maps-preliminary-property-research",
        # neighbouring fields
        "thongtincongnghe_geoeye": "https://thongtincongnghe.com/article/7433",
        "haiminh_domantom": "https://sieuthihaiminh.vn/do-man-nuoc-bao-nhieu-la-thich-hop-cho-nuoi-tom.html",
        "vlute_iot_tuoi": "https://text.123docz.com/document/15368953-bao-cao-internet-van-vat-de-tai-xay-dung-he-thong-tuoi-cay-tu-dong.htm",
        "lodging_photodrone": "https://lodgingmagazine.com/photo-drones-capture-aerial-shots-of-hotels",
    }
)

S.update(
    {
        # --- ninth batch: pages the needs are written from (problem statements, local news, other provinces) ---
        "vnn_thieudat": "https://vietnamnet.vn/nha-hang-xom-thua-500m-dat-trung-dien-tich-nha-toi-bi-thieu-xu-ly-the-nao-2481358.html",
        "luat24h_tranhchap": "https://luat24h.com.vn/tranh-chap-ranh-gioi-dat-dai-lien-ke",
        "vietthanh_sodosai": "https://viet-thanh.vn/so-do-sai-dien-tich",
        "ict_bentre_map": "https://ictvietnam.vn/print/21594.html",
        "asiaviews_subs": "https://asiaviews.net/vietnam-hcm-city-mekong-delta-face-serious-land-subsidence",
        "vnn_en_subs": "https://vietnamnet.vn//en/sci-tech-environmennt/vietnam-s-mekong-delta-subsides-up-to-5cm-each-year-565691.html",
        "thanhnien_canalwall": "http://m.thanhniennews.com/society/canal-wall-collapses-swallowing-7-houses-in-southern-vietnam-27270.html",
        "vnexpress_namcan": "https://e.vnexpress.net/news/news/riverside-erosion-sinks-eight-mekong-delta-houses-3936516.html",
        "tuoitre_vamnao": "https://tuoitrenews.vn/news/audio/20170606/riverbank-subsidence-scares-mekong-delta-residents/39956.html",
        "vnexpress_12homes": "https://e.vnexpress.net/news/news/erosion-devours-12-mekong-delta-homes-4126249.html",
        "vnplus_tv_embank": "https://en.vietnamplus.vn/tra-vinh-to-build-embankments-to-protect-local-coast/141463.vnp",
        "vnplus_connhan": "https://en.vietnamplus.vn/tra-vinh-builds-embankment-to-prevent-coastal-erosion/178107.vnp",
        "mtdl_travinh": "https://moitruongdulich.vn/en/index.php/item/9231",
        "thcl_cammoc_song": "https://thuonghieucongluan.com.vn/tp-ho-chi-minh-cam-moc-de-dep-lan-chiem-hanh-lang-song-kenh-rach-a188800.html",
        "cybertracker_polygon": "https://www.cybertrackerwiki.org/smart/polygon/",
        "taroworks_area": "https://taroworks.org/calculating-land-area/",
        "ctu_tv_gw": "https://ctujsvn.ctu.edu.vn/index.php/ctujsvn/article/view/2969",
        "hiep_thesis_tv": "https://text.123docz.net/document/5665742-anh-huong-cua-khai-thac-nuoc-duoi-dat-den-xam-nhap-man-va-lun-mat-dat-ap-dung-cho-tinh-tra-vinh.htm",
        "samdict_cors": "http://samdict.com.vn/dictionary/word/4990",
        "docz_cors_diagioi": "https://123docz.net/trich-doan/3358441-hien-trang-cac-tram-gnss-cors-tai-viet-nam.htm",
        "dbnd_congkhai_qh": "http://dbndnghean.vn/ha-noi-cong-khai-minh-bach-quy-hoach-su-dung-dat-6350.htm",
        "vietbuild_qh": "http://vietbuild.info/diemtin/loan-thong-tin-quy-hoach-dat-dai/",
        "baomoi_nuocngam": "https://baomoi.net.vn/he-luy-do-khai-thac-nuoc-ngam-o-at-o-dong-bang-song-cuu-long-c34319875.epi",
        "docz_kiemke": "https://text.123docz.net/document/8258318-kiem-ke-dat-dai-va-thanh-lap-ban-do-hien-trang-su-dung-dat-nam-2019-tai-xa-can-kiem-huyen-thach-that-t-p-ha-noi.htm",
        "globalcheck_cors": "https://globalcheck.com.vn/tram-cors-thanh-phan-cau-tao-221123",
        "ctu_rtk_lowcost": "https://ctujsvn.ctu.edu.vn/index.php/ctujsvn/article/view/2100",
        "agweek_free_rtk": "https://www.agweek.com/news/free-gps-rtk",
        "striptill_rtk": "https://striptillfarmer.com/articles/5213-analyzing-the-nuances-of-rtk-technologies",
        "brokerless_subdivision": "https://brokerless.com/what-is-a-subdivision-survey",
        "tracuuqh_haiduong": "https://tracuuquyhoach.com/tin-tuc/cuoc-dua-so-hoa-toan-dien-du-lieu-dat-dai-52264169",
        "docz_phuvang": "https://123docz.net/document/5186599-danh-gia-thuc-trang-ho-so-dia-chinh-va-de-xuat-giai-phap-xay-dung-co-so-du-lieu-dia-chinh-huyen-phu-vang-tinh-thua-thien-hue-nghien-cuu-diem-tai-hai-x.htm",
        "vnbiz_landdb": "http://vietnambusiness.asia/land-database-proves-headache",
        "laodong_quangtri": "https://news.laodong.vn/bat-dong-san/quang-tri-tang-toc-30-ngay-dem-lam-sach-du-lieu-dat-dai-so-1720899.ldo",
        "vnvn_laichau": "https://www.vietnam.vn/en/dan-chuan-hoa-co-so-du-lieu-dat-dai",
        "van_cleandata": "https://van.nongnghiepmoitruong.vn/clean-data--bright-trust-part-6-overcoming-data-gaps-d784364.html",
        "docz_thietbi": "https://123docz.net/trich-doan/4506818-trang-thiet-bi-ky-thuat-va-nguon-von-dau-tu.htm",
    }
)

S.update(
    {
        "luanvan_dondien": "https://luanvan.net.vn/luan-van/khoa-luan-danh-gia-tac-dong-cua-don-dien-doi-thua-den-phat-trien-kinh-te-ho-nong-dan-tai-xa-quang-phuoc-huyen-quang-dien-76807",
        "fao_shrimp_pond": "https://fao.org/3/AC210E/AC210E05.htm",
    }
)

S.update(
    {
        # --- found with the docs corpus ---
        "rtkbase_patch": "https://skills.sh/nevaberry/nevaberry-plugins/rtkbase-knowledge-patch",
        "mapdex_qgis": "https://github.com/MapdexAI/mapdex-qgis",
    }
)
