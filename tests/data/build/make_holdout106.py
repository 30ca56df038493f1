"""Holdout set 106: veterinary services and animal health for smallholders (Trà Vinh / Vĩnh Long).

Blind labelled evaluation set for the matching engine of the technology supply–demand exchange of the Department
of Science and Technology of Trà Vinh (now part of Vĩnh Long). Written blind: the only repository file read was
tests/data/build/labelled_set.py (the writer and the row format); no matching code, docs, benchmarks, tests, other
labelled sets or other make_*.py were read, and the engine was never run.

Theme and sub-topics. Needs posted by farmers, cooperatives, slaughter and trading points, hatcheries and local
agricultural/veterinary services; offers posted by institutes, universities, firms, drug dealers and programmes:
- vaccines and vaccination services: African swine fever, avian influenza, Newcastle (thermostable), Gumboro,
  duck hepatitis, lumpy skin disease, foot-and-mouth, haemorrhagic septicaemia, blackleg, PRRS, rabies, goat pox,
  pangasius and tilapia vaccines, vaccine cold chain (solar fridges);
- rapid tests and diagnostic laboratories: pen-side ASF PCR and antigen strips, PCR labs, oral-fluid surveillance,
  poultry serology (HI/ELISA), bacterial isolation and antibiograms, shrimp PCR (EHP, WSSV, AHPND, TPD), mastitis
  cow-side tests, blood parasites;
- pig diseases (ASF, PRRS, PED, Streptococcus suis, piglet E. coli scours), poultry and duck diseases (HPAI, ND,
  IBD, coccidiosis, pullorum, Riemerella, botulism, salmonellosis, moving duck flocks), cattle diseases (LSD, FMD,
  HS, blackleg, flukes, blood parasites, mastitis), goats;
- shrimp and fish health: probiotics against Vibrio/AHPND, white faeces, white spot protocols, VietGAP, catfish
  bacillary necrosis and haemorrhagic disease, tilapia streptococcosis, snakehead diseases, fish antibiograms;
- farm biosecurity: smallholder and farm biosecurity plans, carcass disposal, cleaning and disinfection,
  footbaths, drones, disease-free establishment certification;
- veterinary clinics and drug stores: drug-shop training and antimicrobial stewardship, practice licences,
  community animal-health service providers, field-vet training, disease-reporting apps.

Distractors. 30 offers (18%) come from neighbouring fields and share words with the needs without solving them:
feed formulation, feed mixers, automated cage houses, calf rations, biogas digesters (4), pet clinics, pet
ambulance and mobile pet hospitals (4), drone spraying of city squares (2), beef cold-room monitoring, Murrah
buffalo and Chitralada tilapia breeding stock, cattle and goat husbandry manuals, a feed regulation, a human
rotavirus vaccine, human S. suis treatment and food-safety campaigns, vet-product marketing, an ASF antibody (not
antigen) strip, a visual post-larva check, a tilapia antiserum reagent, a feed-residue survey and a drone imaging
audit (mDo012, mDo077, mDo096, mDo116, mDo123, mDo129–mDo153). 8 of them are judged, all grade 1 where they are a
real adjacent step (12 judged pairs); the other 22 are unjudged.

Sources. Pages were found with the `search` tool: 61 queries in the `pages` corpus (about half in Vietnamese, half
in English, at least one per sub-topic) and 1 in `docs` (which returned little; the beef cold-room repository, the
WHO vaccine dataset page and the clostridial cattle vaccine label come from it). 238 distinct pages: 164 for offers
(one page per offer) and 75 for needs; one page (hs_cattle_nghean) serves both a need (mDn74) and an offer
(mDo064) that is only grade 1 for it. No need shares its page with any of its grade-2 offers. Every item paraphrases
its page, keeping its figures; no sentence is copied.

Counts. Offers: 164 (82 vi, 82 en). Needs: 75 (38 vi, 37 en); 6 Vietnamese needs are typed without accents
(mDn15, mDn51–mDn55) and marked "vi". Judged pairs: 306 (124 grade 2, 182 grade 1); judged offers per need 2–8
(mean 4.1, median 4); every need has at least one grade-2 offer; every non-distractor offer is judged at least once.

Language situations (languages of each need's grade-2 offers). Own language only: 22 needs (14 en, 8 vi).
Other language only: 14 needs (8 en needs answered only by vi offers, 6 vi needs answered only by en offers).
Both languages: 39 needs. Floors: 22 ≥ 14 needs answered in their own language only, 53 ≥ 15 needs that are not.
The shares differ from the guide (own-only 29% rather than about a quarter, other-only 19%, both 52%) because many
needs have a single grade-2 offer; offer languages were set before the texts were written and no grade was changed
to reach a share.

Caveats.
- One judge; grades rest on one reading of each page, often only the excerpt shown by the search tool.
- Thin pages: several sources are thesis or document-sharing pages known only by title and abstract (123docz,
  tailieu, vietbooks-type sites), very short TV news items (thvl, vtvgo, htv) or a regulation known by its title
  (mDo151); some offers state a service that such a page implies rather than describes in full.
- Places outside the province: 62 needs are written from pages about other places (Tiền Giang, An Giang, Đồng
  Tháp, Bình Định, Hòa Bình, Nghệ An, Thanh Hóa, Lào Cai, Quảng Ngãi, Quảng Nam, Đồng Nai, Laos, Cambodia, Japan,
  Australia …) or about no place, and are set in Trà Vinh / Vĩnh Long (mDn02–04, 07–10, 13–20, 22–24, 26, 28–29,
  32, 34–43, 45–71, 73–75); some keep the page's figures although they describe the other place. Only mDn01, 05,
  06, 11, 12, 21, 25, 27, 30, 31, 33, 44 and 72 come from pages about Trà Vinh or Vĩnh Long.
- Offers restating research as services: about 30 offers turn a study, thesis or review into an offered service
  or product (e.g. mDo010, 011, 026, 028, 032, 033, 036, 043, 051, 052, 054–056, 062, 065, 069, 070, 080, 081, 087,
  090, 092–094, 099, 101, 102, 107, 117, 154, 161, 162); several present foreign products or programmes (Lumpyvac,
  Bovilis Vision 8, a Laotian service-provider model, a Ugandan reporting app, Malaysian and Brazilian tilapia
  vaccines, SolarChill) as if available locally.
- Distractor boundaries are a judgement call; a few distractors could be read as more relevant than grade 1.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout106_needs import NEEDS
from holdout106_offers import OFFERS
from holdout106_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout106", NEEDS, OFFERS, S)
