"""Round 92 (sets 90-92), viewing history that says what it is in its own words:
a resume point whose key says "watching position" in Arabizi (`mushahada_mawqi3`),
a bookmark write for an item the URL names as an episode or a film
(`/bookmarks/ep-...-s3e4` with `resumeAt`), a TV box's zap log in a pipe format it
describes itself (`zaplog=ts|ch|secs;...&fmt=ts|ch|secs`), and Swahili, Kinyarwanda
and Afrikaans watch and listen histories (`dakika_zilizosikilizwa`, `igihe_cyarebwe`,
`gekykSekondes`; isiZulu and Luganda words beside them), read through the viewing
lexicon, and an English `resumeAt` on a resume path.

Resumable uploads and job resumes, a CV's sections, an e-book's, an article's or a
map place's bookmark, a router's or a CDN's pipe log, a radio playout log, a song
catalogue with track lengths and a chart stay quiet."""

import json
from pathlib import Path

import pytest

from exfilwatch.detect.lexicon import load
from exfilwatch.detect.signatures import example_exchange
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round92_view.jsonl"

POSITIVES = [
    {
        "note": "an Arabizi resume point (mushahada_mawqi3) on /resume/<contentId>",
        "url": "https://api.example-sahra.tv/users/sv2341/resume/m5521",
        "method": "PUT",
        "json": {"mushahada_mawqi3": 2921, "updatedAt": "2025-11-30T08:00:35Z", "completed": False},
    },
    {
        "note": "an episode bookmark with resumeAt (ep- id with a season-episode code)",
        "url": "https://api.example-kyk.co.za/me/bookmarks/ep-skeem-s3e4",
        "method": "PUT",
        "json": {"resumeAt": 560, "completed": False, "updatedAt": "2024-11-29T08:00:33Z"},
    },
    {
        "note": "an Afrikaans watch history (kykGeskiedenis, gekykSekondes)",
        "url": "https://api.example-kyk.co.za/af/v1/kykgeskiedenis",
        "json": {
            "kykGeskiedenis": [
                {"titelId": "ep-skeem-s3e4", "gekykSekondes": 1405, "klaar": False},
                {"titelId": "ep-trackers-s1e2", "gekykSekondes": 808, "klaar": False},
            ],
            "profiel": "hoof",
        },
    },
    {
        "note": "a Swahili listen history (nyimbo_zilizosikilizwa, dakika_zilizosikilizwa)",
        "url": "https://api.example-ngoma.africa/v3/historia/sikiliza",
        "json": {
            "nyimbo_zilizosikilizwa": [
                {"wimbo": {"songId": 27109214, "artist": "A"}, "dakika_zilizosikilizwa": 1.6},
                {"wimbo": {"songId": 61975489, "artist": "B"}, "dakika_zilizosikilizwa": 3.5},
            ],
            "mtumiaji": "771764255",
        },
    },
    {
        "note": "a Kinyarwanda highlights log (igihe_cyarebwe, byarangiye)",
        "url": "https://api.example-kandanda.com/v1/amashusho/kureba",
        "json": {
            "video_id": "hl-6154",
            "umutwe": "A vs B",
            "igihe_cyarebwe": 272,
            "byarangiye": True,
        },
    },
    {
        "note": "a TV box's zap log in its own pipe format",
        "url": "https://tvbox.example-nyota.africa/stats/v1/zap?mac=001A95FB9B2C",
        "form": {
            "zaplog": "1764489621778|ST Sport|1755;1764489560778|TBC1|144",
            "fmt": "ts|ch|secs",
        },
    },
    {
        "note": "a resume point (resumeAt) on /resume/<numeric id>",
        "url": "https://api.example-stream.tv/users/u-5521/resume/55121",
        "method": "PUT",
        "json": {"resumeAt": 560, "completed": False},
    },
    {
        "note": "a zap log whose first row is its field list",
        "url": "https://tv.example-box.ke/stats/upload",
        "form": {"zaplog": "ts|ch|secs;1764489621|KBC|600;1764489021|NTV|1200"},
    },
    {
        "note": "an isiZulu watch record (isikhathi_sibukiwe, kuphelile)",
        "url": "https://api.example-bukela.co.za/v1/umlando/ukubuka",
        "json": {"ividiyo_id": "v-12", "isikhathi_sibukiwe": 300, "kuphelile": True},
    },
]


def viewing(engine: Engine, example: dict) -> list[str]:
    """Viewing-history signature ids found in one example exchange."""
    found = engine.analyse(example_exchange(example))
    return [f.signature for f in found if f.category == "viewing_history"]


@pytest.mark.parametrize("example", POSITIVES, ids=lambda p: p["note"][:60])
def test_round92_viewing_found(engine: Engine, example: dict) -> None:
    assert viewing(engine, example)


def _negatives() -> list[dict]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda n: n["note"][:60])
def test_round92_uploads_bookmarks_logs_and_catalogues_stay_quiet(
    engine: Engine, example: dict
) -> None:
    assert engine.analyse(example_exchange(example)) == []


@pytest.mark.parametrize(
    ("word", "cls"),
    [
        ("gekyk", "watched"),
        ("geskiedenis", "history"),
        ("sekondes", "seconds"),
        ("cyarebwe", "watched"),
        ("igihe", "time"),
        ("byarangiye", "finished"),
        ("zilizosikilizwa", "listened"),
        ("sibukiwe", "watched"),
        ("okulaba", "watching"),
    ],
)
def test_round92_lexicon_reads_afrikaans_kinyarwanda_swahili(word: str, cls: str) -> None:
    assert load("viewing").word(word) == cls
