"""Round 44 (held-out set 126, Nepal and Sri Lanka): Nepali, Sinhala and Tamil viewing
and listening, faces read in those languages, and "most watched" as everyone's.

Keys in Devanagari, Sinhala and Tamil script are read as anyascii transliterates them,
which drops the inherent vowel (`තත්පර` tathpara -> `ttpr`, `ශ්‍රවණ` shravana -> `srvn`,
`பார்த்த` partha -> `partt`); the zero-width joiner Sinhala writes inside a conjunct
(`ශ්‍ර`) is dropped with the marks, so the word stays whole. The lexicon lists those
readings under ne / si / ta beside the romanised words for each viewing and face class.
A player's event may name its piece by a worded slug under a key that SAYS it is the piece
(`samagri=...`, Nepali "content"), with a playhead that is early or not yet known. A face
analyser's emotion may come as a per-class score map and its age estimate without the
face word. A rail's average (`ausat`, `sarasari`, `samanya`) or audience (`darshak`,
`prekshakayo`) is everyone's, never one viewer's time. The positives use other apps and
spellings than set 126, and each found nothing of its category before this round. Hard
negatives: tests/fixtures/negatives/negatives_round130_south_asia.jsonl.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import ascii_key, key_words
from exfilwatch.detect.structures.aggregates import aggregate_key
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round130_south_asia.jsonl"
_RNG = random.Random(13044)


def _vector(size: int) -> list[float]:
    """A length-normalised face embedding's scale (values near zero)."""
    return [round(_RNG.gauss(0, 0.08), 5) for _ in range(size)]


def _categories(engine: Engine, example: dict) -> set[str]:
    return {f.category for f in engine.analyse(example_exchange(example))}


_VIEWING = {
    "ne_romanised_watched_rows": {
        "url": "https://api.natakghar.example/v2/mero/herieko",
        "method": "POST",
        "json": {
            "herieko_bhag": [
                {"natak_id": "nt-2201", "herieko_sekend": 845, "samay": "2025-02-11T19:20:00Z"},
                {"natak_id": "nt-2202", "herieko_sekend": 1310, "samay": "2025-02-11T19:50:00Z"},
            ]
        },
    },
    "ne_devanagari_history_percent": {
        "url": "https://api.sinemaghar.example/v1/profile/recent",
        "method": "GET",
        "response": {
            "json": {
                "हेर्ने_इतिहास": [
                    {"सामग्री_id": "pm-310", "हेरिएको_प्रतिशत": 64, "मिति": "2025-03-02"},
                    {"सामग्री_id": "ga-120", "हेरिएको_प्रतिशत": 12, "मिति": "2025-03-02"},
                ]
            }
        },
    },
    "si_romanised_episode_seconds": {
        "url": "https://api.ranrasa.example/v3/teledrama/progress",
        "method": "PUT",
        "json": {
            "natya_id": "td-77",
            "kathangaya": 14,
            "narabu_tathpara": 1320,
            "mulu_tathpara": 1800,
            "welawa": "2025-04-01T20:10:00Z",
        },
    },
    "si_script_listening_log_with_zwj": {
        "url": "https://api.gee-sara.example/v1/logs",
        "method": "POST",
        "json": {
            "ශ්‍රවණ_ඉතිහාසය": [
                {"ගීතය": "මල් පිපෙන්නේ", "ඇසූ_තත්පර": 212, "වේලාව": "2025-04-02T07:00:00Z"},
                {"ගීතය": "සඳ එළිය", "ඇසූ_තත්පර": 185, "වේලාව": "2025-04-02T07:05:00Z"},
            ]
        },
    },
    "ta_script_recently_watched": {
        "url": "https://api.thirai.example/v1/me/recent",
        "method": "GET",
        "response": {
            "json": {
                "சமீபத்தில்_பார்த்தவை": [
                    {"படம்_எண்": "m-5510", "படம்": "விடியல்", "பார்த்த_நேரம்": "2025-05-01T21:00:00Z"},
                    {"படம்_எண்": "m-5511", "படம்": "கடல்", "பார்த்த_நேரம்": "2025-05-01T22:30:00Z"},
                ]
            }
        },
    },
    "ta_romanised_songs_heard": {
        "url": "https://api.paattu.example/v2/user/kettavai",
        "method": "POST",
        "json": {
            "kettavai": [
                {
                    "paadal_id": "t-9921",
                    "paadal": "Vaanam",
                    "ketta_nodigal": 211,
                    "neram": "2025-05-03T06:40:00Z",
                }
            ]
        },
    },
    "ne_player_event_worded_slug": {
        "url": "https://stats.tvnepal.example/p.gif?ghatana=roknu&video=dashain-special&sthiti=12&t=1738000000",
        "method": "GET",
    },
    "ta_player_event_position_unknown": {
        "url": "https://px.oli.example/e?nikazhvu=mudinthathu&padam=kadal-kaatru&nilai=&v=2",
        "method": "GET",
    },
    "si_channel_log": {
        "url": "https://api.rupa.example/v1/live/nalika-itihasaya",
        "method": "POST",
        "json": {
            "nalika_itihasaya": [
                {
                    "nalikawa": "Channel Eka",
                    "arambha": "2025-06-01T20:00:00Z",
                    "narabu_tathpara": 1200,
                },
                {
                    "nalikawa": "Channel Deka",
                    "arambha": "2025-06-01T20:20:00Z",
                    "narabu_tathpara": 340,
                },
            ]
        },
    },
}


@pytest.mark.parametrize("name", list(_VIEWING))
def test_south_asian_viewing_is_found(engine: Engine, name: str) -> None:
    assert "viewing_history" in _categories(engine, _VIEWING[name])


_BIOMETRIC = {
    "ne_devanagari_face_sample": {
        "url": "https://api.bachat.example/ekyc/v1/pramanikaran",
        "method": "POST",
        "json": {"ग्राहक": "C-88120", "अनुहार_नमुना": "vector"},
    },
    "si_romanised_face_sample": {
        "url": "https://api.lanka-pay.example/kyc/v2/verify",
        "method": "POST",
        "json": {"muhuna_namuna": "vector", "pariseelaka": "U-1002"},
    },
    "ta_script_emotion_map_and_age_estimate": {
        "url": "https://api.manam.example/v1/recommend",
        "method": "POST",
        "json": {
            "முகம்_உணர்வு": {"magizhchi": 0.71, "sogam": 0.08, "kobam": 0.04, "amaithi": 0.4},
            "வயது_கணிப்பு": 29,
        },
    },
    "si_emotion_map_and_head_pose": {
        "url": "https://api.sihina.example/v1/camera/frame",
        "method": "POST",
        "json": {
            "muhuna_hangim": {"satutu": 0.6, "dukha": 0.2, "kopa": 0.1},
            "muhuna_pihituma": {"yaw": 4.2, "pitch": -2.0, "roll": 1.1},
        },
    },
    "ne_emotion_map_and_age_estimate": {
        "url": "https://api.ramailo.example/v1/filter/suggest",
        "method": "POST",
        "json": {
            "anuhar_bhav": {"khusi": 0.8, "dukhi": 0.05, "risaune": 0.02},
            "umer_anuman": 31,
        },
    },
}


def _filled(example: dict) -> dict:
    body = {k: _vector(128) if v == "vector" else v for k, v in example["json"].items()}
    return {**example, "json": body}


@pytest.mark.parametrize("name", list(_BIOMETRIC))
def test_south_asian_faces_are_found(engine: Engine, name: str) -> None:
    assert "biometric" in _categories(engine, _filled(_BIOMETRIC[name]))


def test_zero_width_joiner_keeps_a_sinhala_word_whole() -> None:
    assert key_words("ශ්\u200dරවණ_සටහන") == ("srvn", "sthn")
    assert key_words("නාට්\u200dයය") == ("natyy",)
    assert ascii_key("හේරේකෝ") == ascii_key("හේරේකෝ\u200c")


@pytest.mark.parametrize(
    ("lexicon", "word", "cls"),
    [
        # script readings (anyascii drops the inherent vowel)
        ("viewing", ascii_key("තත්පර"), "seconds"),
        ("viewing", ascii_key("ශ්‍රවණ"), "listen"),
        ("viewing", ascii_key("නැරඹූ"), "watched"),
        ("viewing", ascii_key("කථාංගය"), "episode"),
        ("viewing", ascii_key("பார்த்த"), "watched"),
        ("viewing", ascii_key("கேட்டவை"), "listened"),
        ("viewing", ascii_key("சமீபத்தில்"), "recently"),
        ("viewing", ascii_key("பாடல்கள்"), "song"),
        ("viewing", ascii_key("प्रतिशत"), "percent"),
        ("viewing", ascii_key("शीर्षक"), "title"),
        ("viewing", ascii_key("भर्खर"), "recently"),
        ("biometric", ascii_key("अनुहार"), "face"),
        ("biometric", ascii_key("මුහුණ"), "face"),
        ("biometric", ascii_key("உணர்ச்சி"), "expression"),
        ("biometric", ascii_key("வயது"), "trait_age"),
        ("biometric", ascii_key("கணிப்பு"), "trait_estimated"),
        # romanised
        ("viewing", "narabu", "watched"),
        ("viewing", "nalikawa", "channel"),
        ("viewing", "sakiyo", "finished"),
        ("viewing", "suru", "started"),
        ("viewing", "dherai", "most"),
        ("viewing", "janapriya", "most"),
        ("viewing", "athigam", "most"),
        ("biometric", "anuhar", "face"),
        ("biometric", "namuna", "template"),
        ("biometric", "vayathu", "trait_age"),
    ],
)
def test_south_asian_words_are_read_as_their_class(lexicon: str, word: str, cls: str) -> None:
    assert load(lexicon).word(word) == cls


@pytest.mark.parametrize(
    "key",
    ["ausat_herne_min", "औसत_हेरेको_मिनेट", "sarasari_ketta_nodigal", "samanya_narabu_tathpara",
     "darshak", "kul_hernuhune", "prekshakayo", "பார்வையாளர்கள்"],
)  # fmt: skip
def test_everyones_averages_and_audiences_are_aggregates(key: str) -> None:
    assert aggregate_key(key)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"][:40])
def test_hard_negatives_are_silent(engine: Engine, example: dict) -> None:
    assert not _categories(engine, example)
