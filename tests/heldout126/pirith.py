"""Bodhi Pirith: a Buddhist chanting (pirith) audio app on the grandmother's
iPhone in Kandy, with a watch app on her Apple Watch for the evening chant.

Listening sessions (`ශ්‍රවණ_සටහන`, which pirith was heard and for how long)
and the watch's "played on wrist" sync are viewing history (listening). The
iPhone's IDFV and the Apple Watch's serial (watch pairing) are the household's
device ids: the family set both up for her and they are tested here. A
temple's loudspeaker playout schedule (a public playout, proof-of-play) and the
poya-day calendar are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, IOS_UA, iso, ms

API = "https://api.bodhipirith.example"
PIRITH = [
    ("p01", "මහ පිරිත"),
    ("p02", "කරණීය මෙත්ත සූත්‍රය"),
    ("p03", "රතන සූත්‍රය"),
    ("p04", "ජය මංගල ගාථා"),
    ("p05", "සෙත් පිරිත"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "bodhi", method, url)
    b.header("user-agent", IOS_UA)
    b.header("x-vendor-id", b.id("idfv", where="header x-vendor-id (IDFV)"))
    return b


def sravana(c: Context) -> Flow:
    pid, name = c.rng.choice(PIRITH)
    b = _b(c, "POST", f"{API}/v2/sravana-satahan")
    b.view("json ශ්‍රවණ_සටහන[] pirith + asu_kala_tathpara (listened)")
    b.json(
        {
            "ශ්‍රවණ_සටහන": [
                {
                    "pirith_id": pid,
                    "නම": name,
                    "asu_kala_tathpara": c.rng.randint(60, 5400),
                    "avasan": c.rng.random() < 0.5,
                    "welawa": iso(c),
                }
            ]
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def watch_sync(c: Context) -> Flow:
    pid, _name = c.rng.choice(PIRITH)
    b = _b(c, "POST", f"{API}/v2/watch/sync")
    b.view("json playedOnWrist[] trackId + secondsPlayed (Apple Watch)")
    serial = b.id("watch_serial", where="json watch.serialNumber (Apple Watch)")
    b.json(
        {
            "watch": {"serialNumber": serial, "model": "Watch6,14", "os": "watchOS 10.5"},
            "playedOnWrist": [
                {"trackId": pid, "secondsPlayed": c.rng.randint(60, 1800), "endedAt": iso(c)}
            ],
        }
    )
    b.no_content()
    return b.build()


def resume_token(c: Context) -> Flow:
    """Resume state as a base64 token under `st`: pirith id and offset inside."""
    pid, _name = c.rng.choice(PIRITH)
    b = _b(c, "POST", f"{API}/v2/st")
    b.view("json st (base64 of [pirith, offset, ts])", detectable=False)
    b.json({"st": b64(jsb([pid, c.rng.randint(30, 5000), ms(c)])), "k": 2})
    b.no_content()
    return b.build()


def pansal_playout(c: Context) -> Flow:
    b = FB(c, "bodhi", "GET", f"{API}/v2/pansal/dalada-maligawa/playout?dinaya=today")
    b.header("user-agent", IOS_UA)
    b.decoy("a temple's loudspeaker playout log (public playout, not a person's listening)")
    b.ok_json(
        {
            "playout": [
                {"pirith_id": p, "wadan_welawa": iso(c), "minithu": 45} for p, _n in PIRITH[:3]
            ]
        }
    )
    return b.build()


def poya(c: Context) -> Flow:
    b = FB(c, "bodhi", "GET", f"{API}/v2/poya-dina?year=2024")
    b.header("user-agent", IOS_UA)
    b.ok_json({"poya": [{"name": "උඳුවප් පොහොය", "date": "2024-12-14"}]})
    return b.build()


def pirith_list(c: Context) -> Flow:
    b = FB(c, "bodhi", "GET", f"{API}/v2/pirith?bhasha=si")
    b.header("user-agent", IOS_UA)
    b.decoy("catalogue with track durations")
    b.ok_json(
        {
            "pirith": [
                {
                    "id": p,
                    "nama": n,
                    "dighaya_tathpara": c.rng.randint(600, 9000),
                    "audio": f"https://cdn.bodhipirith.example/{p}.m4a",
                }
                for p, n in PIRITH
            ]
        }
    )
    return b.build()
