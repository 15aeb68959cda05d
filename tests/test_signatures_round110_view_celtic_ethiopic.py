"""Round 110 (sets 103 and 110), viewing history in Welsh, Irish, Scottish Gaelic,
Amharic, Tigrinya and Afaan Oromo, a player event named in the app's language, and the
one piece last watched or listened to:

- the six languages join the viewing lexicon for every class the detectors read, the
  Celtic words with their initial mutations (`gwylio` / `wylio`, `feachaint` /
  `fheachaint`, `coimhead` / `choimhead`), the Ethiopic ones romanised and as the key
  reader transliterates Ge'ez script (anyascii drops the sixth-order vowel: `ክፍል` ->
  `kfl`, `ርዝመት` -> `rzmet`; a word whose transliteration is an English word, `ሰዓት` ->
  `seat`, is listed in Ge'ez and read before folding);
- an event's VALUE is read by class too (`ክስተት: ማጫወት`, Amharic "event: play";
  `ዘፈን_ተጀመረ`, "song started"; Gaelic `stad`, "stop"), with `started`, `stopped`,
  `paused` and `type` classes;
- `last_listened: {surah, reciter, at}` (Oromo `dhuma_dhaggeeffatame`): the last piece
  heard or watched, kept as one object (last_heard.py).

A Welsh playlist (`rhestr chwarae` is a list to play: Welsh `chwarae` is "play", which
English does not read as playback either), shops' recently seen products, a weather
station, a school's events, a bus operator's trips (Tigrinya `medeb` is any plan, not
read as a programme), a school grade (`kutaa`), a game's level and a map's last place
stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent
    / "fixtures"
    / "negatives"
    / "negatives_round110_view_celtic_ethiopic.jsonl"
)

POSITIVES = [
    {
        "note": "a Welsh TV app's watched programmes (rhaglen, pennod, safle in seconds)",
        "url": "https://api.example-teledu.cymru/v3/proffil/hanes",
        "method": "GET",
        "response": {
            "json": {
                "rhaglenni_a_wyliwyd": [
                    {
                        "rhaglen": "Pobol y Cwm",
                        "pennod": 12,
                        "safle_eiliadau": 845,
                        "gwyliwyd_am": "2026-02-10T20:31:00Z",
                    },
                    {
                        "rhaglen": "Y Sioe Fwyd",
                        "pennod": 3,
                        "safle_eiliadau": 1210,
                        "gwyliwyd_am": "2026-02-09T19:02:00Z",
                    },
                ]
            }
        },
    },
    {
        "note": "a Welsh radio app's listen report (trac id, munudau gwrando)",
        "url": "https://api.example-radio.cymru/v2/ystadegau",
        "method": "POST",
        "json": {
            "trac_id": "t-22817",
            "munudau_gwrando": 4,
            "gorsaf": "Radio Cymru 2",
            "dyddiad": "2026-02-10",
        },
    },
    {
        "note": "a Welsh video app's watch time (fideo id, amser gwylio)",
        "url": "https://api.example-fideo.cymru/v1/sync",
        "method": "POST",
        "json": {"fideo_id": "f-1182", "amser_gwylio": 340},
    },
    {
        "note": "an Irish player's heartbeat (imeacht = seinm, eipeasoid id, suiomh in soicind)",
        "url": "https://api.example-seinnteoir.ie/v1/imeachtai",
        "method": "POST",
        "json": {
            "imeacht": "seinm",
            "eipeasoid_id": "e-9912",
            "suiomh_soicind": 312,
            "trath": 1770805320,
        },
    },
    {
        "note": "an Irish radio app's listening history (eiste_ag: listened at)",
        "url": "https://api.example-raidio.ie/v1/mise/stair",
        "method": "GET",
        "response": {
            "json": {
                "eisteachtai": [
                    {"clar": "Adhmhaidin", "eiste_ag": "2026-02-10T07:15:00Z", "noimeid": 22},
                    {"clar": "Barrscealta", "eiste_ag": "2026-02-10T18:00:00Z", "noimeid": 9},
                ]
            }
        },
    },
    {
        "note": "a Scottish Gaelic player event (tachartas stad, programme id, aite in diogan)",
        "url": "https://api.example-rèidio.scot/api/tachartasan",
        "method": "POST",
        "json": {"tachartas": "stad", "prògram_id": "p-55102", "àite_diogan": 948},
    },
    {
        "note": "a romanised Amharic film app's minutes watched (yetaye dekika)",
        "url": "https://api.example-film.et/api/v1/sync",
        "method": "POST",
        "json": {"film_id": "f-2291", "yetaye_dekika": 42, "qen": "2026-02-10T20:00:00Z"},
    },
    {
        "note": "an Amharic series app in Ge'ez (ተከታታይ, ክፍል, የታየ ሰከንድ)",
        "url": "https://api.example-tv.et/api/v2/me",
        "method": "POST",
        "json": {"ተከታታይ": "Betoch", "ክፍል": 4, "የታየ_ሰከንድ": 1250},
    },
    {
        "note": "an Amharic player event in Ge'ez (ክስተት = ማጫወት, ፊልም, ቦታ)",
        "url": "https://api.example-tv.et/api/v2/events",
        "method": "POST",
        "json": {"ክስተት": "ማጫወት", "ፊልም": "f-77", "ቦታ": 301, "ሰዓት": 1770805320000},
    },
    {
        "note": "an Amharic music app's song event in Ge'ez (ዓይነት = ዘፈን_ተጀመረ)",
        "url": "https://api.example-zefen.et/api/events",
        "method": "POST",
        "json": {
            "ክንውኖች": [
                {"ዓይነት": "ዘፈን_ተጀመረ", "ዘፈን": "Tizita", "መለያ": "z-1", "ሰከንድ": 80},
                {"ዓይነት": "ዘፈን_ቆመ", "ዘፈን": "Ambassel", "መለያ": "z-4", "ሰከንድ": 41},
            ]
        },
    },
    {
        "note": "a Tigrinya music app's song listened, romanised (derfi, ztesem kalit)",
        "url": "https://api.example-derfi.er/v1/sync",
        "method": "POST",
        "json": {"derfi_id": "d-12", "ztesem_kalit": 185},
    },
    {
        "note": "a Tigrinya music app in Ge'ez (ደርፊ, ዝተሰምዐ ደቒቕ)",
        "url": "https://api.example-derfi.er/v1/sync",
        "method": "POST",
        "json": {"ደርፊ": "Abeba", "ዝተሰምዐ_ደቒቕ": 3, "ግዜ": 1770805320},
    },
    {
        "note": "an Oromo Quran app's seconds listened (suuraa, sekondii dhaggeeffatame)",
        "url": "https://api.example-quran.et/v1/galmee",
        "method": "POST",
        "json": {"suuraa_id": 18, "sekondii_dhaggeeffatame": 200},
    },
    {
        "note": "an Oromo video app's minutes watched (viidiyoo id, daqiiqaa daawwatame)",
        "url": "https://api.example-viidiyoo.et/v1/galmee",
        "method": "POST",
        "json": {"viidiyoo_id": "v-831", "daqiiqaa_daawwatame": 12},
    },
    {
        "note": "a Quran app's summary: the last surah listened to (reciter, at)",
        "url": "https://api.example-quran.app/v1/home",
        "method": "GET",
        "response": {
            "json": {
                "last_listened": {
                    "surah": 18,
                    "ayah": 10,
                    "reciter": "husary",
                    "at": "2026-03-02T21:14:09Z",
                },
                "bookmark": {"page": 301},
            }
        },
    },
    {
        "note": "an Oromo radio app's last programme listened to (dhuma dhaggeeffatame)",
        "url": "https://api.example-raadiyoo.et/v1/ani",
        "method": "GET",
        "response": {
            "json": {"dhuma_dhaggeeffatame": {"sagantaa": "Oduu Galgalaa", "yeroo": 1772486049}}
        },
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round110_celtic_and_ethiopic_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round110_playlists_shops_schedules_and_games_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("gwylio", "watching"),
        ("wylio", "watching"),
        ("gwyliwyd", "watched"),
        ("gwrandawyd", "listened"),
        ("eiliadau", "seconds"),
        ("fheachaint", "watching"),
        ("eisteacht", "listen"),
        ("soicindi", "seconds"),
        ("choimhead", "watching"),
        ("eisteachd", "listen"),
        ("diogan", "seconds"),
        ("yetayu", "watched"),
        ("kfl", "episode"),
        ("rzmet", "duration"),
        ("ztesem", "listened"),
        ("kalit", "seconds"),
        ("dhaggeeffatame", "listened"),
        ("daawwatame", "watched"),
        ("sagantaa", "programme"),
    ],
)
def test_round110_lexicon_reads_celtic_and_ethiopic_words(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize(
    ("word", "cls"), [("ሰዓት", "time"), ("ርዕስ", "title"), ("cân", "song"), ("àm", "time")]
)
def test_round110_words_listed_with_their_script_or_marks(word: str, cls: str) -> None:
    # their folded spellings are English words (`seat`, `can`, `am`): read only as written
    assert load("viewing").words[word] == cls
    assert load("viewing").word({"ሰዓት": "seat", "ርዕስ": "rs", "cân": "can", "àm": "am"}[word]) != cls
