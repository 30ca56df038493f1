"""Blind labelled set holdout236: rural electricity networks in Tra Vinh / Vinh Long.

Theme and sub-topics. Needs of enterprises, cooperatives, communes and farmers in Tra Vinh and Vinh Long
(now one province) and offers of institutes, universities, firms and utilities about rural electricity
networks: (1) extending the grid to remote hamlets, river islets (con, cu lao) and sea islands, including
submarine cables and HDD river crossings; (2) distribution transformers and low-voltage lines: overload,
phase unbalance, conductor sizing, losses, reactive compensation, shrimp-farm load; (3) power quality and
outages: SAIDI/SAIFI/MAIFI, fault indicators, FLISR, voltage sags and regulators, thermal inspection,
vegetation, ATS and storm/flood readiness; (4) smart meters and billing: RF/PLC/AMI reading, prepaid
meters, IVR payment, theft and non-technical-loss detection; (5) lightning and electrical safety: line and
station arresters, earthing, RCDs on farms, aquaculture electrical codes, electric rat traps, storm-season
campaigns; (6) solar mini-grids and batteries for islets, islands and fish/shrimp farms: off-grid and
hybrid PV, BESS, HOMER design, solar aeration, pay-as-you-go solar.

Distractors. 31 of the 164 offers are neighbouring-field distractors sharing words with the needs without
solving them: submarine fibre-optic ducts, 500 kV / 230 kV transmission works, offshore-wind HDD landfalls,
wind-farm EPC and investment calls, wind-turbine power control, urban load-curve models, generic lecture
notes, UPS for 110 kV substations, IDVR and EMTP dip studies, generator rewinding, C&I peak-shaving and
grid-scale BESS, home/building surge and lightning protection, aquarium ELCBs, aquaponics safety, solar
lamps and street lights, solar irrigation pumps and sprinklers, rooftop-PV grid-code work, agrivoltaics,
telecom hybrid power, zero-export rooftop PV. 9 of them are judged, all grade 1 where they are an adjacent
step (rDo015, rDo032, rDo033, rDo052, rDo053, rDo073, rDo095, rDo135, rDo136); the other 22 are unjudged.

Sources. Pages were found with the search tool (corpus pages) in Vietnamese and English, at least one query
per sub-topic, over about 12 minutes. Every need and offer paraphrases one page (figures kept, no sentence
copied) and its URL is in holdout236_sources.py: 196 distinct pages. No need shares its page with any of
its grade-2 offers (checked by a throwaway script).

Counts. Offers: 164 (78 vi, 86 en). Needs: 75 (38 vi, 37 en); 6 Vietnamese needs are typed without
accents (rDn18, rDn21, rDn26, rDn36, rDn49, rDn60), labelled "vi". Judged pairs: 374 (219 grade 2, 155
grade 1); judged offers per need 3 to 8, mean 5.0; every need has at least one grade-2 offer. 23 offers
are judged for no need (mostly distractors).

Language situations (grades were never changed to reach a share). Needs whose grade-2 offers are all in
their own language: 19 (8 vi, 11 en). Needs answered at grade 2 only in the other language: 11 (5 vi
needs answered only in English: rDn30, rDn35, rDn51, rDn61, rDn72; 6 en needs answered only in Vietnamese:
rDn11, rDn13, rDn17, rDn29, rDn45, rDn63). Needs answered in both languages: 45. The repository floors (at least 14
own-language-only and at least 15 not) are met: 19 and 56.

Places. Only 12 needs come from pages about Tra Vinh or Vinh Long themselves (rDn02, rDn03, rDn06,
rDn10, rDn11, rDn14, rDn16, rDn28, rDn48, rDn58, rDn62, rDn72). All other needs were written from pages
about other places (Ly Son, Con Dao, Binh Thuan, Truong Sa, northern provinces, or abroad: US, Canada,
India, Egypt, Kenya, Nigeria and others) or about no place, and were set in the province with its
district and commune names (Cau Ngang, Tra Cu, Duyen Hai, Cau Ke, Tieu Can, Cang Long, Chau Thanh, Long
Ho, Vung Liem, Tra On, Mang Thit, Tam Binh, Binh Tan, Binh Minh).

Written blind: only tests/data/build/labelled_set.py was read in the repository; no matching code, docs,
benchmarks, tests, other labelled sets or make scripts were opened, and git was not run.

Caveats. One judge, no second opinion. Several pages are thin (a headline, a tag list or a short news
item: e.g. tv_ocdao, shrimp_vtvgo, tinkinhte, cand_tag_ha_ap), so the items built on them lean on the
theme more than on the page. Many needs are set in the province from pages about other places, and some
reference figures in them come from those places. Many offers restate research papers, theses, utility
programmes or news reports as services (e.g. rDo017, rDo019, rDo024, rDo065, rDo104, rDo105, rDo106,
rDo157), so whether a provider really sells them is assumed. Grade boundaries between 1 and 2 are judgement
calls where an offer covers the technical part but not the financing or scale asked for.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout236_needs import NEEDS
from holdout236_offers import OFFERS
from holdout236_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout236", NEEDS, OFFERS, S)
