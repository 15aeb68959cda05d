"""Arada Play: an Ethiopian drama and film streaming app (Amharic in-house API).

The backend team writes its keys in romanised Amharic: ክፍል `kifil` (episode),
ምዕራፍ `mi_iraf` (season), የታየ ሰከንድ `yetaye_sekond` (seconds watched), ካቆሙበት
ይቀጥሉ `kakomubet_yiqitelu` (continue from where you stopped). Player events go
out with Ge'ez keys (ክስተት event, ማጫወት play, ቆም pause, ቦታ position). A batched
resume beacon is gzip+base64 under `d`. Catalogue rails ("በብዛት የታዩ", most
watched: counts over all viewers), thumbnails, HLS segments and search are not
viewing history.
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, gz

from .phone import FB, iso, ms, rid, ua

API = "https://api.aradaplay.example"
UA = ua("AradaPlay", "4.7.1")
DRAMAS = ["ዘመን", "ሰንሰለት", "እረኛዬ", "ደራ", "የቀን ቅኝት", "Welafen", "Min Litazez"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "aradaplay", method, url)
    b.header("user-agent", UA)
    b.header("x-arada-device", b.id("aid_arada", where="header x-arada-device"))
    b.header("accept-language", "am-ET,am;q=0.9,en;q=0.6")
    return b


def _drama(c: Context) -> tuple[str, str, int, int]:
    return (
        f"drm_{c.rng.randint(100, 999)}",
        c.rng.choice(DRAMAS),
        c.rng.randint(1, 4),
        c.rng.randint(1, 60),
    )


def watch_progress(c: Context) -> Flow:
    did, title, season, ep = _drama(c)
    b = _b(c, "POST", f"{API}/api/v2/temelkach/yetayu")
    b.view("json yetaye_sekond + kifil (Amharic: seconds watched of an episode)")
    b.json(
        {
            "drama_id": did,
            "ris": title,
            "mi_iraf": season,
            "kifil": ep,
            "yetaye_sekond": c.rng.randint(30, 2700),
            "ye_kifil_rezmet": 2700,
            "yetayebet_gize": iso(c),
        }
    )
    b.ok_json({"tekemtwal": True})
    return b.build()


def player_event(c: Context) -> Flow:
    did, title, _, ep = _drama(c)
    b = _b(c, "POST", f"{API}/api/v2/" + quote("ክስተት"))
    b.view("json ክስተት=ማጫወት/ቆም + ቦታ (Ge'ez: player event and position)")
    b.json(
        {
            "ክስተት": c.rng.choice(["ማጫወት", "ቆም", "ቀጥል", "ተጠናቀቀ"]),
            "ድራማ": did,
            "ርዕስ": title,
            "ክፍል": ep,
            "ቦታ": c.rng.randint(0, 2700),
            "ሰዓት": ms(c),
        }
    )
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/me/kakomubet-yiqitelu")
    b.view("response kakomubet_yiqitelu[] (continue-watching list)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        did, title, _, ep = _drama(c)
        rows.append(
            {
                "drama_id": did,
                "ris": title,
                "kifil": ep,
                "kakomubet_sekond": c.rng.randint(60, 2600),
                "meche": iso(c),
            }
        )
    b.ok_json({"kakomubet_yiqitelu": rows})
    return b.build()


def resume_blob(c: Context) -> Flow:
    """Batched resume positions, gzip+base64 under `d`: nothing readable outside."""
    b = _b(c, "POST", f"{API}/c/v1")
    b.view("json d (gzip+base64 rows of drama, episode, position)", detectable=False)
    rows = [[_drama(c)[0], c.rng.randint(1, 60), c.rng.randint(10, 2700)] for _ in range(3)]
    b.json({"d": b64(gz(json.dumps(rows).encode())), "z": 1})
    b.no_content()
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/home?lang=am")
    b.decoy("catalogue rails incl. በብዛት የታዩ (most watched: view counts over all viewers)")
    rails = []
    for name in ("አዲስ", "በብዛት የታዩ", "ተከታታይ ድራማ"):
        items = []
        for _ in range(6):
            did, title, _, _ = _drama(c)
            items.append(
                {
                    "drama_id": did,
                    "ris": title,
                    "yetayu_bizat": c.rng.randint(1000, 900000),
                    "poster": f"https://img.aradaplay.example/p/{did}.jpg",
                }
            )
        rails.append({"rail": name, "items": items})
    b.ok_json({"rails": rails})
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(
        c, "aradaplay", "GET", f"https://img.aradaplay.example/p/drm_{c.rng.randint(100, 999)}.jpg"
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    did = _drama(c)[0]
    b = FB(
        c,
        "aradaplay",
        "GET",
        f"https://vod.aradaplay.example/{did}/ep{c.rng.randint(1, 60)}"
        f"/480p/s{c.rng.randint(1, 900)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["ፍቅር", "ኮሜዲ", "Ethiopian movie 2024", "ቤተሰብ"])
    b = _b(c, "GET", f"{API}/api/v2/filega?" + urlencode({"q": q}))
    b.decoy("search results with durations (catalogue)")
    b.ok_json(
        {
            "wutet": [
                {"drama_id": _drama(c)[0], "ris": t, "rezmet_dekika": c.rng.randint(20, 110)}
                for t in c.rng.sample(DRAMAS, 3)
            ],
            "request_id": rid(c.rng),
        }
    )
    return b.build()


def subscribe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/kifiya")
    b.decoy("subscription payment with order and msisdn (account)")
    b.json(
        {
            "plan": c.rng.choice(["wer", "samint"]),
            "birr": c.rng.choice([99, 249]),
            "msisdn": b.acct("msisdn"),
            "user": b.acct("arada_user"),
            "order": rid(c.rng),
        }
    )
    b.ok_json({"status": "PENDING", "txn": "TB" + str(ms(c))})
    return b.build()
