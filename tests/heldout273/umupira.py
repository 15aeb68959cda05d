"""Umupira Live: a Rwanda Premier League highlights and scores app on the son's
Infinix (he follows APR and Rayon Sports from Bujumbura). Kinyarwanda / Kirundi
and Swahili keys (`umukino` match, `incamake` highlight, `yarebye` watched,
`igitego` goal); installs and highlight views go to AppsFlyer. Scores, tables,
match events and clip fetches are content."""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.umupira-live.example"
UA = ua("UmupiraLive", "1.9.0", "umuhungu")
MATCHES = [
    ("RPL-1101", "APR FC vs Rayon Sports"),
    ("RPL-1102", "Police FC vs Kiyovu Sports"),
    ("RPL-1103", "AS Kigali vs Mukura VS"),
    ("RPL-1104", "Musanze FC vs Etincelles"),
]
AF = "https://launches.appsflyer.com/api/v6.13/androidevent?app_id=rw.umupira.live&buildnumber=6.13.1"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "umupira", method, url)
    b.header("user-agent", UA)
    return b


def af_launch(c: Context) -> Flow:
    b = FB(c, "appsflyer", "POST", AF)
    b.header("user-agent", UA)
    b.json(
        {
            "advertiserId": b.id("gaid_umuhungu", where="json advertiserId"),
            "uid": b.id("af_uid_umupira", where="json uid"),
            "android_id": b.id("aid_umupira", where="json android_id"),
            "af_timestamp": str(ms(c)),
            "eventName": "af_launch",
            "lang": "rn",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def af_highlight(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = FB(c, "appsflyer", "POST", AF.replace("androidevent", "androidevent"))
    b.header("user-agent", UA)
    b.view("json eventValue (highlight watched, seconds)")
    b.json(
        {
            "advertiserId": b.id("gaid_umuhungu", where="json advertiserId"),
            "uid": b.id("af_uid_umupira", where="json uid"),
            "af_timestamp": str(ms(c)),
            "eventName": "incamake_yarebye",
            "eventValue": json.dumps(
                {"umukino": name, "umukino_id": mid, "yarebye_sec": c.rng.randint(10, 240)}
            ),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def watched(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "POST", f"{API}/v1/incamake/{mid}/yarebye")
    b.header("x-kifaa", b.id("aid_umupira", where="header x-kifaa"))
    b.view("path incamake/{id}/yarebye + json umwanya/igihe")
    b.json({"umwanya": c.rng.randint(5, 240), "igihe": iso(c), "umukino": name})
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/s.gif?e={b64(f'{mid}:{c.rng.randint(5, 240)}:{ms(c)}')}")
    b.view("query e = base64(match:secs:ts)", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/amanota?league=rpl")
    b.ok_json(
        {
            "imikino": [
                {"id": m, "izina": n, "amanota": f"{c.rng.randint(0, 3)}-{c.rng.randint(0, 3)}"}
                for m, n in MATCHES
            ]
        }
    )
    return b.build()


def table(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/urutonde?season=2024-25")
    b.ok_json(
        {
            "urutonde": [
                {"ikipe": t, "amanota": c.rng.randint(10, 50)}
                for t in ("APR FC", "Rayon Sports", "Police FC")
            ]
        }
    )
    return b.build()


def clip(c: Context) -> Flow:
    mid, _ = c.rng.choice(MATCHES)
    b = FB(
        c,
        "umupira-cdn",
        "GET",
        f"https://clips.umupira-live.example/{mid}/igitego_{c.rng.randint(1, 5)}.mp4",
    )
    b.decoy("highlight clip fetch")
    b.respond(206, "video/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def match_events(c: Context) -> Flow:
    mid, name = c.rng.choice(MATCHES)
    b = _b(c, "GET", f"{API}/v1/umukino/{mid}/ibyabaye")
    b.decoy("match minute timeline (igihe of goals), not viewing")
    b.ok_json(
        {
            "umukino": name,
            "ibyabaye": [{"umunota": c.rng.randint(1, 90), "ubwoko": "igitego"}],
            "trace": rid(c.rng),
        }
    )
    return b.build()


def push_token(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/push")
    b.json(
        {
            "fcm": new_hex(c.rng, 40) + ":APA91b" + new_hex(c.rng, 60),
            "topics": ["apr", "rayon"],
            "user": b.acct("umupira_user"),
        }
    )
    b.no_content()
    return b.build()
