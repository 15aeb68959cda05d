"""The family's Samsung smart TV (Tizen 7): the maker's viewing-information
service (automatic content recognition) and ordinary TV housekeeping.

ACR works by sending short audio/video fingerprints of whatever is on screen
and getting back the matched programme; the maker then logs the match per
TV (the Samsung privacy notice for "Viewing Information Services" describes
this). Hosts and keys are fictional but follow that description; TV ids are
the Tizen DUID and TIFA (Tizen TV Web API: productinfo / adinfo).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, TIZEN_UA, iso, ms, rid

ACR = "https://acr-ap.tvview.example.com"
CHANNELS = [("KBS1", 9), ("MBC", 11), ("SBS", 5), ("tvN", 17), ("JTBC", 15)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv-acr", method, url, http_version="HTTP/1.1")
    b.header("user-agent", TIZEN_UA)
    return b


def acr_report(c: Context) -> Flow:
    ch, num = c.rng.choice(CHANNELS)
    b = _b(c, "POST", f"{ACR}/v2/viewing")
    b.json(
        {
            "duid": b.id("tv_duid", "plain", "body duid"),
            "input": "TV",
            "channel": ch,
            "channelNo": num,
            "matchedContent": {
                "programId": f"EP{c.rng.randint(10**6, 10**7)}",
                "title": c.rng.choice(["9시 뉴스", "놀면 뭐하니", "우리들의 블루스"]),
                "offsetSec": c.rng.randint(0, 3600),
            },
            "viewStart": iso(c),
        }
    )
    b.view("body matchedContent (ACR: what is on screen now)")
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/fp")
    b.json(
        {
            "tifa": b.id("tv_tifa", "plain", "body tifa"),
            "fps": [new_hex(c.rng, 16) for _ in range(8)],
            "t0": ms(c),
        }
    )
    b.view("body fps (content fingerprints sampled from the screen)", detectable=False)
    b.ok_json({"match": {"programId": f"EP{c.rng.randint(10**6, 10**7)}", "confidence": 0.93}})
    return b.build()


def tv_firmware(c: Context) -> Flow:
    b = _b(
        c, "GET", "https://fota.tvview.example.com/check?model=KQ65QNC90AFXKR&ver=T-PTMAKUC-1402.5"
    )
    b.ok_json({"update": False, "nextCheck": 86400})
    b.decoy("TV firmware check")
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"https://epg.tvview.example.com/v1/grid?region=KR-11&date={iso(c)[:10]}")
    b.ok_json(
        {
            "channels": [
                {"name": ch, "no": n, "programs": [{"title": "뉴스", "start": "21:00"}]}
                for ch, n in CHANNELS
            ],
            "etag": rid(c.rng),
        }
    )
    b.decoy("programme guide (not what was watched)")
    return b.build()
