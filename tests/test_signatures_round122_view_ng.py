"""Round 122 (set 122, Nigeria), viewing history in Igbo, Yoruba, Hausa and Nigerian
Pidgin: the languages were filled class by class in rounds 40-42 and still missed,
because their keys say a concept in an inflected verb or a phrase, not a listed noun:

- Igbo verbs inflect: the gerund doubles the root and takes a nasal or vowel prefix
  (`le` "look" -> `ilele`, `nlele`; `ge` "listen" -> `ngere`), the past takes a suffix
  (`lere`, `gere`), and "what you watched" is the phrase `ihe i lere`;
- languages without inflection name a thing by a phrase of up to four words ("what is
  playing": Igbo `ihe a na egwu`, Pidgin `wetin dey play`, Yoruba `ohun to n dun`,
  Hausa `abin da ake saurara`), read as one word (the title of what is played);
- Pidgin says progress and completion in phrases (`how far you don watch`,
  `finish am`, `you don finish`).

A shop's products looked at (Igbo `ihe i lere` with `onu ahia`, a price), a radio
station's public now-playing card, a courier's `how far e remain`, an upload's
`e don finish`, a calendar and a chat stay quiet."""

import json
from pathlib import Path

import pytest
from conftest import signatures_found

from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round122_view_ng.jsonl"
VIEWING = {"viewing_history"}
WHEN = "2026-03-02T19:40:00Z"

POSITIVES: list[dict] = [
    {
        "note": "an Igbo church radio app's listening report (what is playing, listening time)",
        "url": "https://api.example-ozioma.ng/v2/ngere",
        "method": "POST",
        "json": {"ihe_a_na_akpo": "Ozi Ututu", "oge_ngere": 640, "mgbe": WHEN},
    },
    {
        "note": "an Igbo TV companion's watched list (owa, mmemme, oge ilele in minutes)",
        "url": "https://api.example-onyonyo.ng/v1/akaụntụ/ihe-a-lere",
        "method": "GET",
        "response": {
            "json": {
                "ihe_i_lere": [
                    {"ọwa": "NTA", "mmemme": "Akụkọ Abalị", "oge_ilele_nkeji": 35, "mgbe": WHEN},
                    {"ọwa": "Arise", "mmemme": "Egwuregwu", "oge_ilele_nkeji": 12, "mgbe": WHEN},
                ]
            }
        },
    },
    {
        "note": "an Igbo music app's songs listened to (egwu id, aha, mgbe i gere)",
        "url": "https://api.example-egwu.ng/v1/m/egwu",
        "method": "GET",
        "response": {
            "json": {
                "egwu": [
                    {"egwu_id": "e-2201", "aha": "Nwa Baby", "mgbe_i_gere": WHEN},
                    {"egwu_id": "e-1190", "aha": "Osondi Owendi", "mgbe_i_gere": WHEN},
                ]
            }
        },
    },
    {
        "note": "an Igbo video app's watching time and completion (vidiyo id, oge ilele)",
        "url": "https://api.example-vidiyo.ng/v1/vd-77/ogo",
        "method": "POST",
        "json": {"vidiyo_id": "vd-77", "oge_ilele": 125, "emechaala": False},
    },
    {
        "note": "a Pidgin highlights app's watch progress (how far you don watch, finish am)",
        "url": "https://api.example-naijaball.ng/v1/clips/progress",
        "method": "POST",
        "json": {"video_id": "v-9081", "how_far_you_don_watch": 340, "finish_am": False},
    },
    {
        "note": "a Pidgin radio app's listen session (wetin dey play, seconds listened)",
        "url": "https://api.example-wazobia.ng/v1/session",
        "method": "POST",
        "json": {"wetin_dey_play": "Morning Yarn", "seconds_listened": 900, "taim": WHEN},
    },
    {
        "note": "a Hausa radio app's listening report (abin da ake saurara, lokacin sauraro)",
        "url": "https://api.example-rediyo.ng/v1/rahoto",
        "method": "POST",
        "json": {"abin_da_ake_saurara": "Labaran Safe", "lokacin_sauraro": 420, "lokaci": WHEN},
    },
    {
        "note": "a Yoruba music app's listening report (ohun to n dun, akoko gbigbo)",
        "url": "https://api.example-orin.ng/v1/iroyin",
        "method": "POST",
        "json": {"ohun_to_n_dun": "Ewa Oju", "akoko_gbigbo": 300, "igba": WHEN},
    },
]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round122_nigerian_viewing_found(engine: Engine, example: dict) -> None:
    assert signatures_found(engine, example, VIEWING)


def _negatives() -> list[dict]:
    lines = NEGATIVES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round122_nigerian_non_viewing_quiet(engine: Engine, example: dict) -> None:
    assert not signatures_found(engine, example, VIEWING)
