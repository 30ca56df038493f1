"""Platform settings of the matching engine, with defaults (override in settings as MATCHING_<NAME>)."""

from django.conf import settings

DEFAULTS = {
    "TOP_K": 20,  # matches kept per post
    "MIN_SCORE": 0.25,  # below this a pair is not worth showing
    "STRONG_SCORE": 0.7,  # at or above this both owners are notified, once per pair
    "SHOWN": 10,  # matches shown on a post page
    # Embed posts (multilingual-e5-small, about 60 ms a post on one core) for the reranker's meaning feature;
    # off, the reranker keeps the fused order (lex-1.13). The test settings turn it off but where tested.
    "MEANING": True,
    # Place names kept out of matching besides those of the province's areas file (settings.PLATFORM["AREAS_FILE"]:
    # the province, the province it is part of, its communes and wards) and PLATFORM["PROVINCE_NAME"]: e.g. a
    # former district's name that no commune kept. Where a post is says nothing about its technology.
    "PLACE_NAMES": (),
}


def get(name: str):
    return getattr(settings, f"MATCHING_{name}", DEFAULTS[name])
