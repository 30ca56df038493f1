"""Writes tests/data/matching_holdout41.json, a frozen, blind, labelled evaluation set.

Theme: livestock, poultry, veterinary services and animal feed for a provincial Department of
Science and Technology in the Mekong Delta (Tra Vinh / Vinh Long): pig farming and African swine
fever biosecurity (farm audits, entry hygiene, restocking, test-and-remove); rapid and portable
diagnosis (lateral flow, RPA, pen-side PCR, confirmatory laboratory testing); beef cattle (Lai Sind
and Brahman crosses, fattening rations, frozen semen, embryo transfer, heat detection by
pedometers and collars) and lumpy skin disease; dairy cows (milking machines, heat stress, choice
of Holstein crosses, milk collection); goats and rabbits; poultry (incubators, mechanised and
closed layer houses, cage-free housing, free-range chicken groups, thermotolerant Newcastle
vaccine, avian influenza vaccine, sea ducks, rice-duck systems, quails and balut quail eggs, egg
cleaning and grading); swiftlet houses and bird's-nest cleaning and drying; black soldier fly,
crickets and earthworms; feed from local by-products (fermented rice bran and cassava waste,
brewers' grain and tofu residue, rice distillers' residue, fish silage, maize-stover and grass
silage, peanut haulm); probiotics and herbal alternatives to antibiotics and antimicrobial
stewardship; cold chain for vaccines (solar fridges) and commune vaccination networks;
slaughterhouses and meat hygiene; manure, odour and biogas (deep litter, litter composting, tube
digesters, co-digestion, bio-slurry, biofilters and scrubbers); traceability of meat and eggs,
phone-based veterinary advice and sow records. A fifth of the offers (32, jQo129-jQo160) come
from neighbouring fields (shrimp farming and shrimp probiotics, crop fertilisers and rice-straw
composting with Trichoderma, household waste composting, agricultural and fruit dryers, bird's
nest as a consumer health product, human COVID-19 rapid tests and human vaccine cold chain,
black soldier fly biomaterials and market reports, generic QR traceability and e-invoice
software) and share words with the needs without solving them.

Sources: every item paraphrases a real public page found with a search over stored web pages
(Vietnamese and English news, provincial and government pages, university and institute reports,
theses and journal articles, FAO / ILRI / ACIAR / WOAH material, vendor and extension pages);
figures were kept, wording is our own. The page of each item is recorded in holdout41_sources.py
(231 distinct pages). Apart from two needs (jQn29, jQn69), no need paraphrases the same page as
one of its judged offers.

Offers (160: 85 Vietnamese, 75 English) are written the way institutes, universities, firms and
technology exchanges post them. Needs (90: 47 Vietnamese, 43 English; 5 Vietnamese ones typed
without accents) are written the way households, cooperatives, small firms and commune services
post them, with local place names (Tam Binh, Cang Long, Chau Thanh, Tra Cu, Tieu Can, Cau Ngang,
Duyen Hai, Cau Ke, Tra On, Vung Liem, Binh Minh, Mang Thit, Long Ho...), figures and everyday
words that describe the problem rather than name the technology.

Grading: for each need every offer on the topic and on neighbouring topics was scanned; 2 = the
offer would solve the need, 1 = partly relevant (partial answer or adjacent step), unlisted = not
relevant. Every need has at least one grade-2 offer; 285 pairs are judged, 145 of them grade 2.
Language situations (by the languages of each need's grade-2 offers): 37 needs are answered only
by offers in their own language, 53 only (38) or partly (15) by offers in the other language.
25 of the 32 neighbouring offers are not judged for any need; the other 7 are judged 1 where they
are a partial answer (e.g. a dryer for a bird's-nest need, BSF pupae for fish feed).

The set was written blind: without reading the matching engine, its documentation, benchmarks,
tests or any other labelled set, and without running the engine or any evaluation.

Caveats: many offers paraphrase pages from outside the delta (Dak Lak, Ba Vi, Lam Dong, Thanh Hoa,
Binh Duong, Lao Cai, An Giang, Dong Thap, Kenya, India, Uganda, Minnesota, the Netherlands,
Singapore, Malaysia) or research papers, and are written as if an institute or firm offered the
result as a transferable technology or service; several pages are thin (short news items, tag
pages, product stubs, journal landing pages, document-sharing previews such as 123docz, scribd,
studylib) so some offers add ordinary context around the page's figures. Needs are localised,
loose paraphrases of the problem their page describes (a few pages describe the problem only in
general terms). One judge graded all pairs.
"""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from holdout41_needs import NEEDS
from holdout41_offers import OFFERS
from holdout41_sources import S
from labelled_set import write

if __name__ == "__main__":
    write("holdout41", NEEDS, OFFERS, S)
