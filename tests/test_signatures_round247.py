"""Round 64 (set 247): the readings behind the misses and false positives, in spellings and
apps the set never used.

- Viewing: Serbian / Croatian / Bosnian `utakmica` (a match, any case: `idUtakmice`) and
  `puls` (a live player's keep-alive in the path) in exfilwatch/detect/lexicon/viewing.yaml;
  a watching segment followed by a start segment (`/sledovanie/begin`) is a watching-now
  path; a position word after a podcast's own segment and id (`/podcast/<id>/pozycja`) is a
  progress path; a Gemius hit naming the series or episode in its extra pairs, in any
  language, beside the player's event or position in the hit's query; a Meta or AppsFlyer
  content view typed as a media kind in the app's language (`utwor`, `epizoda`: structures/
  content_view_kinds.py).
- Device: a TV's ACR id in a request header (`x-acr-id`) to an ACR host.
- Biometric: a stored face's crop or image returned by a face service (`/faces/<id>/crop`).
- Precision: an NPAW join-time beacon's zero playhead says nothing watched; a pulse that is a
  heart rate, a match's scoreboard or betting slip, a product or article content view, a
  watch face's image (tests/fixtures/negatives/negatives_round247.jsonl).

Every example is written for this test; none is copied from held-out traffic."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import signatures_found

from exfilwatch.detect.structures.playback_words import play_words
from exfilwatch.engine import Engine

NEGATIVES = Path(__file__).parent / "fixtures" / "negatives" / "negatives_round247.jsonl"
BIO = {"biometric"}
DEV = {"device_id"}
VIEW = {"viewing_history"}
PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5E"
    "rkJggg=="
)


def _response(obj: Any) -> dict[str, Any]:
    return {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(obj)}


def _meta_events(event: dict[str, Any]) -> dict[str, Any]:
    return {"event": "CUSTOM_APP_EVENTS", "custom_events": json.dumps([event])}


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("idUtakmice", ("id", "fixture")),
        ("utakmicu", ("fixture",)),
        ("puls", ("heartbeat",)),
    ],
)
def test_words_read_as_their_class(key: str, words: tuple[str, ...]) -> None:
    assert play_words(key)[: len(words)] == words


# (example, the rule that must fire): one family per case
POSITIVES: list[tuple[dict[str, Any], str]] = [
    # hr: a basketball match watched, its id in the genitive and seconds watched
    (
        {
            "url": "https://api.example-kosarka.hr/v2/prijenos/statistika",
            "method": "POST",
            "json": {"idUtakmice": "k-3391", "odgledanoSekundi": 240, "kvaliteta": "HD"},
        },
        "viewing_history.match_watched_time",
    ),
    # bs: a live match's keep-alive at a live path whose last segment is `puls`
    (
        {
            "url": "https://api.example-sport.ba/v1/live/puls",
            "method": "POST",
            "json": {"utakmica": "Borac - Sarajevo", "sekundi": 60},
        },
        "viewing_history.live_match_heartbeat",
    ),
    # sk: a watching segment, then one that says it began
    (
        {
            "url": "https://mw.example-iptv.sk/api/v2/sledovanie/begin",
            "method": "POST",
            "json": {"kanalId": 7, "kanal": "Markiza", "cas": "2025-03-02T19:00:04Z"},
        },
        "viewing_history.channel_watching_now_event",
    ),
    # pl: a position word after the podcast's own segment and id
    (
        {
            "url": "https://api.example-podcasty.pl/v3/podcast/pk-208/pozycja",
            "method": "PUT",
            "json": {"podcastId": "pk-208", "odcinek": 57, "pozycja": 1322},
        },
        "viewing_history.progress_path_episode_bare_position",
    ),
    # cs: a Gemius hit naming the series in its extra pairs, the event and position in the query
    (
        {
            "url": (
                "https://cz.hit.gemius.pl/_1767340800000/redot.gif?id=QwEr.55&ev=playing&pos=812"
                "&extra=serial%3Dulice%7Cepizoda%3D4021"
            ),
            "method": "GET",
        },
        "viewing_history.gemius_extra_named_series_player_event",
    ),
    # pl: a Meta content view typed as a track (utwor)
    (
        {
            "url": "https://graph.facebook.com/v19.0/1122334455/activities",
            "method": "POST",
            "form": _meta_events(
                {
                    "_eventName": "fb_mobile_content_view",
                    "fb_content_type": "utwor",
                    "fb_content_id": "t-5511",
                    "fb_description": "Sanah - Szampan",
                }
            ),
        },
        "viewing_history.content_view_media_kind_any_language",
    ),
    # tr: an AppsFlyer content view typed as an episode (bolum)
    (
        {
            "url": "https://inapps.appsflyer.com/api/v6.15/androidevent?app_id=com.example.dizi",
            "method": "POST",
            "json": {
                "eventName": "af_content_view",
                "eventValue": json.dumps(
                    {
                        "af_content_type": "bolum",
                        "af_content_id": "yb-12",
                        "af_content": "Yalı Çapkını 12",
                    }
                ),
            },
        },
        "viewing_history.content_view_media_kind_any_language",
    ),
    # a TV's ACR id in a header of a segment upload to an ACR host
    (
        {
            "url": "https://acr.example-ecran.fr/v3/segments",
            "method": "POST",
            "headers": {"x-acr-id": "tv-acr-4e1f0a9c7b2d5e8f", "content-type": "application/json"},
            "json": {"segments": [{"chaine": "TF1", "debut": "2025-03-02T19:00:00Z"}]},
        },
        "device_id.acr_report_client_id",
    ),
    # a face service returning one stored face's crop
    (
        {
            "url": "https://id.example-verify.it/api/v3/faces/f-77a1c0/cropped",
            "method": "GET",
            "response": _response({"image": PNG}),
        },
        "biometric.face_crop_response",
    ),
    # es: a face resource with a photo word of the lexicon
    (
        {
            "url": "https://api.example-acceso.es/v2/rostros/empleado-14/imagen",
            "method": "GET",
            "response": _response({"contenido": PNG}),
        },
        "biometric.face_crop_response",
    ),
]


@pytest.mark.parametrize(("example", "rule"), POSITIVES, ids=lambda p: str(p)[:60])
def test_positive_fires_its_rule(engine: Engine, example: dict[str, Any], rule: str) -> None:
    assert rule in signatures_found(engine, example, VIEW | DEV | BIO), example["url"]


def test_npaw_ping_with_a_playhead_still_found(engine: Engine) -> None:
    """The zero-playhead veto leaves a ping that says how far the view got."""
    example = {
        "url": "https://infinity-c31.youboranqs01.com/ping?code=U_55aa11bb22cc&pingTime=5&playhead=2210",
        "method": "GET",
    }
    assert "viewing_history.npaw_youbora_beacon" in signatures_found(engine, example, VIEW)


def _negatives() -> list[dict[str, Any]]:
    return [json.loads(line) for line in NEGATIVES.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("example", _negatives(), ids=lambda e: e["note"])
def test_negative_is_silent(engine: Engine, example: dict[str, Any]) -> None:
    found = signatures_found(engine, example, VIEW | DEV | BIO)
    assert not found, (example["note"], found)
