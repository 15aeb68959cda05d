"""The films, screens and trailers the cinema's systems talk about (shared names)."""

from __future__ import annotations

import random

FILMS = [
    ("Aftersun", "aftersun_ftr_s_en-xx_gb-15_51_2k_20220912_smpte_ov", 102),
    ("The Zone of Interest", "zoneofinter_ftr_f_de-en_gb-12a_51_2k_20231020_smpte_ov", 105),
    ("Poor Things", "poorthings_ftr_f_en-xx_gb-18_51_4k_20231221_smpte_ov", 141),
    ("Perfect Days", "perfectdays_ftr_f_ja-en_gb-pg_51_2k_20231101_smpte_ov", 124),
    ("Tàr", "tar_ftr_f_en-xx_gb-15_51_2k_20221130_smpte_ov", 158),
    ("Scrapper", "scrapper_ftr_f_en-xx_gb-12a_51_2k_20230721_smpte_ov", 84),
    ("Past Lives", "pastlives_ftr_f_en-ko_gb-12a_51_2k_20230830_smpte_ov", 106),
    ("How to Have Sex", "howtohavesex_ftr_f_en-xx_gb-15_51_2k_20231004_smpte_ov", 91),
]
TRAILERS = [
    "civilwar_tlr-2_f_en-xx_gb-15_51_2k_20240301_smpte_ov",
    "kinds_of_kindness_tlr-1_f_en-xx_gb-18_51_2k_20240415_smpte_ov",
    "insideout2_tlr-3_f_en-xx_gb-u_51_2k_20240320_smpte_ov",
    "the_outrun_tlr-1_f_en-xx_gb-15_51_2k_20240612_smpte_ov",
]
ADS = ["IRNBRU_SUMMER_30S", "CALMAC_FERRIES_20S", "SCOTRAIL_OFFPEAK_30S", "LOCAL_CURRYHOUSE_10S"]
SCREENS = ["screen-1", "screen-2", "studio-3"]
CPL_UUIDS = [
    "urn:uuid:5d2f1c8e-9b0a-4e61-8f3c-2a7b6d1e4c90",
    "urn:uuid:a81c44f0-3e5d-4b9a-9d12-77c0e5f2a6b1",
    "urn:uuid:0f6e2d91-c4b7-4a38-b5e0-19d8a3c7f254",
    "urn:uuid:c3b9a7e2-1f40-4d6c-8a5b-e2f07d9c1b38",
]


def film(rng: random.Random) -> tuple[str, str, int]:
    return rng.choice(FILMS)


def screen(rng: random.Random) -> str:
    return rng.choice(SCREENS)
