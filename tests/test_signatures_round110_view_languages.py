"""Round 110 (sets 105, 106, 107, 109), viewing history in the languages of Nigeria,
Ghana, Kazakhstan, Kyrgyzstan and the Philippines, and three shapes any language uses:

- Igbo (`ig`), Nigerian Pidgin (`pcm`), Twi (`tw`), Kyrgyz (`ky`), Cebuano (`ceb`) and
  Ilocano (`ilo`) join the viewing lexicon, and Hausa, Yoruba, Kazakh and Tagalog gain
  words for every class the detectors read: inflections (Tagalog `nanonood` /
  `pinapanood`, Cebuano `gitan-aw` / `natan-aw`, Ilocano `naidengngeg`), phrases (Hausa
  `inda aka tsaya`, "where it stopped"; Pidgin `wia you stop`) and Cyrillic as the key
  reader transliterates it (Kyrgyz `көрүү` -> `koruu`, `токтогон жери` -> position);
- a tuning log: channels, each with when it came on and how long or until when, in ISO
  or Unix times (`channel_tuning_rows`), and a history screen's channels or programmes
  each with when (`channel_history_rows`);
- an item's playback state under its own path (`item_playback_state`), a position in the
  query of a watched / progress write, a content URN beside a progress and a finished
  flag, and a Firebase custom event named for a piece played in the app's language.

A chat's channel history, a programme guide, a broadcaster's schedule, a shop's
recently viewed products, deliveries' and buses' "where is it now", an upload's and an
e-reader's state and a game's result stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = (
    Path(__file__).parent / "fixtures" / "negatives" / "negatives_round110_view_languages.jsonl"
)

POSITIVES = [
    {
        "note": "an Igbo film app's watching time in minutes (ihe_nkiri_id, oge_ikiri_nkeji)",
        "url": "https://api.example-nkiri.ng/v1/ikiri",
        "json": {"ihe_nkiri_id": "m-881", "aha": "Ije Awele", "oge_ikiri_nkeji": 42},
    },
    {
        "note": "a Hausa series app's 'where it stopped' (inda aka tsaya) in seconds",
        "url": "https://api.example-kallo.ng/v2/ci-gaba",
        "json": {"shiri_id": "s-9", "kashi": 4, "inda_aka_tsaya_sakan": 1300, "an_kammala": False},
    },
    {
        "note": "a Twi music app's listened songs (nnwom a woatie, tie bere)",
        "url": "https://api.example-dwom.gh/v1/tie",
        "json": {
            "nnwom_a_woatie": [{"dwom_id": "d-12", "din": "Yaa Amponsah", "tie_bere_sek": 180}]
        },
    },
    {
        "note": "a Nigerian Pidgin film app's 'where you stop' seconds",
        "url": "https://api.example-naija.ng/v1/film/f-19/progress",
        "method": "PUT",
        "json": {"film_id": "f-19", "wia_you_stop_sec": 2210},
    },
    {
        "note": "a Kyrgyz-script watching time in minutes (тасма, көрүү убактысы)",
        "url": "https://api.example-kino.kg/v1/koruu",
        "json": {"тасма_id": "k-14", "аталышы": "Курманжан датка", "көрүү_убактысы_мүнөт": 35},
    },
    {
        "note": "a Cebuano highlights app's watched seconds (gitan-aw, nahuman)",
        "url": "https://api.example-sports.ph/v1/clips/natan-aw",
        "json": {"clip_id": "c-7", "gitan-aw_seg": 94, "nahuman": True},
    },
    {
        "note": "an Ilocano sermon app's listened seconds (naidengngeg, nalpas)",
        "url": "https://api.example-simbaan.ph/v1/kasaba/dengngeg",
        "json": {"kasaba_id": "k-3", "naidengngeg_seg": 1200, "nalpas": False},
    },
    {
        "note": "a Hausa TV box's tuning rows (tasha, ISO start, duration seconds)",
        "url": "https://box.example-tv.ng/v1/log",
        "json": {"rows": [
            {"tasha": "Arewa24", "fara": "2025-02-03T19:00:00Z", "tsawon_sakan": 1500},
            {"tasha": "AIT", "fara": "2025-02-03T19:25:00Z", "tsawon_sakan": 600},
        ]},
    },
    {
        "note": "a TV box's recently watched channels, each with when (English keys)",
        "url": "https://api.example-tv.ng/box/v2/home",
        "method": "GET",
        "response": {"json": {"recentlyWatched": [
            {"channel": "Arise News", "lastWatched": "2025-02-03T07:10:00Z"},
            {"channel": "NTA", "lastWatched": "2025-02-03T06:40:00Z"},
        ]}},
    },
    {
        "note": "a Kyrgyz TV app's bare history of programmes and channels (tarykh)",
        "url": "https://api.example-tv.kg/v1/tarykh",
        "method": "GET",
        "response": {"json": {"tarykh": [
            {"beruu": "Kechki kabarlar", "kanal": "KTRK", "kachan": "2025-02-03T19:00:00Z"},
            {"beruu": "Manas", "kanal": "ElTR", "kachan": "2025-02-02T20:00:00Z"},
        ]}},
    },
    {
        "note": "a Kazakh catch-up item's state (toqtagan zheri, uzaqtygy, bitti)",
        "url": "https://api.example-tv.kz/v1/muragat/551/kui",
        "method": "PUT",
        "json": {"toqtagan_zheri": 610, "uzaqtygy": 2400, "bitti": False},
    },
    {
        "note": "an Emby-style progress check-in with the position in the query",
        "url": "https://media.example-home.net/emby/Users/77/PlayingItems/5120/Progress?PositionTicks=9000000000",
        "method": "POST",
    },
    {
        "note": "a radio app's episode progress named by URN (urn, progressSeconds, finished)",
        "url": "https://api.example-radio.eu/v2/users/me/progress",
        "json": {
            "urn": "urn:example:radio:episode:88a1", "progressSeconds": 640, "finished": False
        },
    },
    {
        "note": "a Tagalog music app's Firebase event (pinakinggan_kanta, kanta_id, segundo)",
        "url": "https://app-measurement.com/a",
        "headers": {"content-type": "application/x-protobuf"},
        "body_base64": (
            "CnIIARJTChMKCGthbnRhX2lkEgdrbV81NTIxChQKB3BhbWFnYXQSCURhbmRhbnNveQoMCgdz"
            "ZWd1bmRvGLgBEhFwaW5ha2luZ2dhbl9rYW50YRiAzePWzDJCB2FuZHJvaWRyEHBoLmV4YW1w"
            "bGUubXVzaWM="
        ),
    },
    {
        "note": "a Swahili music app's Firebase event (wimbo_uliosikilizwa, sekunde)",
        "url": "https://app-measurement.com/a",
        "headers": {"content-type": "application/x-protobuf"},
        "body_base64": (
            "CmQIARJEChgKDWppbmFfbGFfd2ltYm8SB01hbGFpa2EKDAoHc2VrdW5kZRjJARITd2ltYm9f"
            "dWxpb3Npa2lsaXp3YRiAzePWzDJCB2FuZHJvaWRyEXR6LmV4YW1wbGUubXV6aWtp"
        ),
    },
]  # fmt: skip


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round110_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round110_chats_guides_deliveries_and_uploads_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("ikiri", "watching"),
        ("kiriri", "watched"),
        ("nkeji", "minutes"),
        ("ozizi", "lecture"),
        ("woatie", "listened"),
        ("nnwom", "song"),
        ("abakosem", "history"),
        ("koruu", "watching"),
        ("korgon", "watched"),
        ("ubaktysy", "time"),
        ("munot", "minutes"),
        ("tarykhy", "history"),
        ("ulantuu", "continue"),
        ("nanonood", "watching"),
        ("pinapanood", "watching"),
        ("napanuod", "watched"),
        ("ipagpatuloy", "continue"),
        ("gitanaw", "watched"),
        ("naminaw", "listened"),
        ("padayon", "continue"),
        ("nahuman", "finished"),
        ("dengngeg", "listen"),
        ("naidengngeg", "listened"),
        ("nabuya", "watched"),
        ("nalpas", "finished"),
        ("tarihin", "history"),
        ("tafsiri", "lecture"),
        ("saurara", "listened"),
        ("tyngdau", "listen"),
        ("qaray", "watching"),
        ("minyt", "minutes"),
        ("uguldu", "listened"),
        ("zaversheno", "finished"),
        ("radiostantsiya", "radio_station"),
    ],
)
def test_round110_lexicon_reads_the_new_languages(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls


@pytest.mark.parametrize(
    ("key", "classes"),
    [
        ("inda_aka_tsaya_sakan", ("position", "seconds")),
        ("wia_you_stop_sec", ("position", "sec")),
        ("gitan-aw_seg", ("watched", "seconds")),
        ("токтогон_жери", ("position",)),
        ("көрүү_убактысы", ("watching", "time")),
        ("ci_gaba_da_kallo", ("continue", "watching")),
        ("kórý_tarıhy", ("watching", "history")),
        ("досмотрено", ("finished",)),
    ],
)
def test_round110_phrases_read_as_one_class(key: str, classes: tuple[str, ...]) -> None:
    assert play_words(key)[: len(classes)] == classes
