"""Round 134 (held-out sets 131 and 134), viewing A: Indic scripts read with their vowels,
player events abbreviated on measurement and ad-insertion beacons, one channel switch at a
time.

Indic scripts. Letter by letter a Brahmic consonant came out bare (`समय` -> `smy`, `সময়` ->
`smy`), so a key written in Devanagari, Bengali, Gujarati, Gurmukhi, Kannada or Malayalam
spelled no word the lexicons list. Each consonant carries the inherent vowel unless a vowel
sign or a virama follows; Indo-Aryan speech drops it at a word's end and between a
vowel-consonant and a consonant-vowel (`देखना` dekhna). The key reader now tries those
readings (`a`, then Bengali's `o`) and takes the first a lexicon knows, keeping the
letter-by-letter reading when the lexicons know that one or none (`_common.ascii_key`).
Bengali, Marathi, Gujarati, Kannada, Malayalam, Punjabi and Odia words for watched,
listened, time, position, history, episode and last join the viewing lexicon.

Measurement and SSAI beacons. `ev` / `evt` are event keys; a seek and a progress mark
(`midpoint`, `thirdQuartile`) are phases; a piece named by a key (`content=`) or by a
media path value (`cp=mediathek/video/<slug>`, the content code INFOnline, Gemius and
Kantar SDKs send) makes `pos` / `streamPos` beside it a playhead (`player_event_params`).

Channel switches. A TV reporting each switch on its own (`{sender, eingeschaltet_um,
verweildauer_sek}` to `/senderwechsel`) is one row of a tuning log: rule
`channel_switch_report` (structure `channel_tuning_row`), only to a path that says tuning
or a channel switch in the lexicon's languages; a broadcaster's key (`Sender`) names the
channel there only, since English `sender` is also a message's.

What stays quiet: Indic-script orders, tickets, marks, weather, sales, appointments and
leaderboards; a point-of-sale start, an ad creative's quartile, a video section's page
view, a news article's path, a shop's list position; a mail client's senders, a favourites
sync, a guide reminder, a chat's channel switch, a station's playout, a dish's frequency."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.signatures import example_exchange
from exfilwatch.detect.structures._common import key_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round134_viewing_a.jsonl"

POSITIVES = [
    {
        "note": "a Bengali video app's player progress keyed in Bengali (দেখার সময়, অবস্থান)",
        "url": "https://api.example-chobi.com.bd/v1/player/state",
        "method": "POST",
        "json": {"বিষয়বস্তু_আইডি": "cb-2210", "অবস্থান": 1432, "দেখার_সময়": 610, "ঘটনা": "চালু"},
    },
    {
        "note": "a Marathi audiobook's time listened (ऐकलेला वेळ) and position",
        "url": "https://api.example-katha.in/v1/books/kb-17/progress",
        "method": "PUT",
        "json": {"पुस्तक": "kb-17", "अध्याय": 3, "ऐकलेला_वेळ": 845, "sthiti_sec": 1290},
    },
    {
        "note": "a Hindi series app's watched time keyed in Devanagari (देखा गया समय)",
        "url": "https://api.example-dhara.in/v2/watch",
        "method": "POST",
        "json": {"एपिसोड_आईडी": "ep-4410", "देखा_गया_समय": 1320, "स्थिति_सेकंड": 1800},
    },
    {
        "note": "a Kannada series app's watched time (ನೋಡಿದ ಸಮಯ) with the episode's id",
        "url": "https://api.example-chitra.in/v1/events",
        "method": "POST",
        "json": {"ಸಂಚಿಕೆ_id": "kf-881", "ನೋಡಿದ_ಸಮಯ": 2410, "ಸ್ಥಾನ": 2410},
    },
    {
        "note": "a Gujarati series app's watched time (જોયેલું સમય) and position",
        "url": "https://api.example-gujflix.in/v1/progress",
        "method": "POST",
        "json": {"એપિસોડ_id": "gx-19", "જોયેલું_સમય": 980, "સ્થિતિ": 1500},
    },
    {
        "note": "a Punjabi music app's seconds listened (ਸੁਣੇ ਸਕਿੰਟ) for a song",
        "url": "https://api.example-geet.in/v1/plays",
        "method": "POST",
        "json": {"ਗੀਤ_id": "pg-2201", "ਸੁਣੇ_ਸਕਿੰਟ": 184, "ਸਮਾਂ": "2025-03-04T08:10:00Z"},
    },
    {
        "note": "a Bengali watch history in romanised Bengali (dekhar_itihas, sesh_obosthan)",
        "url": "https://api.example-chobi.com.bd/v1/me/history",
        "method": "GET",
        "response": {
            "json": {
                "dekhar_itihas": [
                    {
                        "id": "cb-11",
                        "naam": "Drama S1 E2",
                        "sesh_obosthan": 2215,
                        "dekhechhen": "2025-03-04T08:10:00Z",
                    },
                    {
                        "id": "cb-12",
                        "naam": "Film",
                        "sesh_obosthan": 940,
                        "dekhechhen": "2025-03-04T08:10:00Z",
                    },
                ]
            }
        },
    },
    {
        "note": "a Marathi audiobook app's now-listening shelf (aikat_aahe, shevti_aikle)",
        "url": "https://api.example-katha.in/v1/me/shelf",
        "method": "GET",
        "response": {
            "json": {
                "aikat_aahe": [
                    {
                        "id": "kb-1",
                        "pustak": "Kadambari",
                        "sthiti_sec": 1095,
                        "shevti_aikle": "2025-03-04T08:10:00Z",
                    },
                    {
                        "id": "kb-2",
                        "pustak": "Charitra",
                        "sthiti_sec": 3337,
                        "shevti_aikle": "2025-03-04T08:10:00Z",
                    },
                ]
            }
        },
    },
    {
        "note": "a measurement beacon: a video's content path, a pause, the position",
        "url": "https://meter.example-measure.eu/t.gif?site=nordfunk&cp=ondemand%2Fvideo%2Fkuestenwache-folge-12&ev=pause&pos=1932",
        "method": "GET",
    },
    {
        "note": "a Polish measurement beacon with a podcast's path, a seek and the position",
        "url": "https://hit.example-pomiar.pl/_?id=site1&cp=audio%2Fpodcast%2Frozmowy-o-historii-44&evt=seek&pos=611",
        "method": "GET",
    },
    {
        "note": "an SSAI midpoint inside the programme: the content and the stream position",
        "url": "https://track.example-ssai.com/v1/b/91ac?evt=midpoint&content=ep_44k2x&streamPos=2710&brk=mid1",
        "method": "GET",
    },
    {
        "note": "a French SSAI beacon's complete with the programme and its stream position",
        "url": "https://pub.example-tele.fr/ssai/t/88?ev=complete&content=emi-2231b&streamPos=4810",
        "method": "GET",
    },
    {
        "note": "a German HbbTV channel switch (Sender, eingeschaltet um, Verweildauer)",
        "url": "https://hbbtv.example-sender.de/statistik/senderwechsel",
        "method": "POST",
        "json": {
            "sender": "Regionalfernsehen Nord",
            "vorherigerSender": "Kinderkanal",
            "eingeschaltet_um": "2025-03-04T08:10:00Z",
            "verweildauer_sek": 1840,
        },
    },
    {
        "note": "a Polish IPTV box's channel change (kanal, od, do)",
        "url": "https://stb.example-telewizja.pl/api/zmiana-kanalu",
        "method": "POST",
        "json": {
            "kanal": "Program Drugi",
            "od": "2025-03-04T08:10:00Z",
            "do": "2025-03-04T08:52:00Z",
        },
    },
    {
        "note": "a Ukrainian smart TV's channel switch (kanal, pochatok, tryvalist)",
        "url": "https://tv.example-merezha.ua/v1/peremykannia-kanalu",
        "method": "POST",
        "json": {
            "канал": "Перший Західний",
            "початок": "2025-03-04T08:10:00Z",
            "тривалість_сек": 1260,
        },
    },
    {
        "note": "an Arabic IPTV app's channel change (القناة, البداية, المدة)",
        "url": "https://iptv.example-qanat.eg/api/tghyyr-lqnh",
        "method": "POST",
        "json": {"القناة": "Nile Drama", "البداية": "2025-03-04T08:10:00Z", "المدة_بالثواني": 900},
    },
    {
        "note": "a Swedish box's channel switch (kanal, start, slut)",
        "url": "https://box.example-tv.se/api/kanalbyte",
        "method": "POST",
        "json": {
            "kanal": "Lokal-TV Syd",
            "start": "2025-03-04T08:10:00Z",
            "slut": "2025-03-04T08:52:00Z",
        },
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round134_viewing_a_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round134_viewing_a_lookalikes_stay_quiet(engine: Engine, example: dict) -> None:
    assert viewing(engine, example) == []


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("দেখার_সময়", ("dekhar", "samay")),
        # वेळ reads `vel` since round 61 listed that form (a known reading is kept)
        ("ऐकलेला_वेळ", ("aiklela", "vel")),
        ("देखा_गया_समय", ("dekha", "gaya", "samay")),
        ("ನೋಡಿದ_ಸಮಯ", ("nodida", "samaya")),
        ("বিষয়বস্তু", ("bishoybostu",)),
    ],
)
def test_round134_indic_keys_are_read_with_their_vowels(key: str, words: tuple[str, ...]) -> None:
    assert key_words(key) == words


@pytest.mark.parametrize(("key", "words"), [("நேரம்", ("nerm",)), ("সময়কাল", ("smykal",))])
def test_round134_a_known_letter_by_letter_reading_is_kept(
    key: str, words: tuple[str, ...]
) -> None:
    """Earlier rounds listed some script words as read letter by letter: they stay so."""
    assert key_words(key) == words


def test_round134_an_unknown_indic_word_keeps_its_letters() -> None:
    """`গন্তব্য` (destination) is a word no lexicon knows in any reading: as before."""
    assert key_words("গন্তব্য") == ("gntby",)
