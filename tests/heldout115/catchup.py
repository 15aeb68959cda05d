"""Minato TV Plus (Xperia): a broadcaster's catch-up app with romaji keys.

The player logs `shichou_byou` (seconds watched) per episode; a third-party
audience panel style beacon sends `c1..c12` with the episode code in `c4` and
the play position in `c9` (nothing readable says either: not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, rid, xperia_ua

API = "https://api.minatotv-plus.example"
UA = xperia_ua("MinatoTVPlus", "3.8.1")
SHOWS = ["kasouken_no_onna", "drama_koi_wa_tsuzuku", "news_every", "owarai_suiyoubi"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "minatotv", method, url)
    b.header("user-agent", UA)
    return b


def shichou_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/shichou/log")
    b.view("json bangumi_id + shichou_byou + saisei_ichi")
    body = {
        "bangumi_id": c.rng.choice(SHOWS),
        "wa": c.rng.randint(1, 11),
        "shichou_byou": c.rng.randint(10, 600),
        "saisei_ichi": c.rng.randint(0, 2700),
        "jikoku": iso(c),
        "tanmatsu_id": b.id("aid_catchup", where="json tanmatsu_id"),
    }
    b.json(body)
    b.no_content()
    return b.build()


def panel_beacon(c: Context) -> Flow:
    b = _b(c, "GET", "https://beacon.minatotv-plus.example/b.gif")
    b.view("query c4 (episode) + c9 (position): numbered keys only", detectable=False)
    for k, v in (
        ("c1", "minato"),
        ("c4", f"{c.rng.choice(SHOWS)}_{c.rng.randint(1, 11):02d}"),
        ("c9", str(c.rng.randint(0, 2700))),
        ("c12", b.id("gaid", where="query c12", detectable=False)),
    ):
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def bangumihyou(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/bangumihyou?date=20241105&area=kansai")
    b.decoy("broadcast schedule (番組表) with start times and durations: a catalogue")
    b.ok_json(
        {
            "bangumi": [
                {
                    "id": s,
                    "kaishi": "21:00",
                    "fun": 54,
                    "shichouritsu": round(c.rng.uniform(3, 14), 1),
                }
                for s in SHOWS
            ]
        }
    )
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/register")
    b.json(
        {
            "android_id": b.id("aid_catchup", where="json android_id"),
            "ad_id": b.id("gaid", where="json ad_id"),
            "os": "android",
            "request_id": rid(c.rng),
        }
    )
    b.ok_json({"ok": True})
    return b.build()
