"""Joynix: a commercial broadcaster's streaming app with server-side ad insertion.

The SSAI stitcher (`ssai.joynix-stream.example`) returns a session whose
tracking URLs the player fires at quartiles: they name the programme and the
stream position, so they report what the person is watching. The app's own
`/resume` keeps the `sehfortschritt` (German, without the umlaut). The ad-decision
call sends the advertising id and only asks for ads for a stream, like a
manifest fetch: not labelled as viewing history (a choice: it names the asset but
no time, position or event of the viewer).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, jsb

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.joynix.example"
SSAI = "https://ssai.joynix-stream.example"
UA = android_ua("Joynix", "5.61.0")
FORMATE = [
    ("a_7bzq1xk", "Germany's Next Topmodel", 7, 4, 6900),
    ("a_8kd02mv", "Schlag den Star", 3, 1, 10800),
    ("a_5op1rf9", "Die Höhle der Löwen", 11, 6, 7200),
    ("a_2hh7wn0", "Bauer sucht Frau", 20, 2, 5400),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "joynix", method, url)
    b.header("user-agent", UA)
    b.header("x-jx-device", b.id("aid_privat", where="header x-jx-device"))
    return b


def sehfortschritt(c: Context) -> Flow:
    asset, titel, staffel, folge, dauer = c.rng.choice(FORMATE)
    b = _b(c, "PUT", f"{API}/v3/user/resume/{asset}")
    b.view("json sehfortschritt / positionMs (resume point)")
    pos = c.rng.randint(30, dauer) * 1000
    b.json(
        {
            "assetId": asset,
            "formatTitel": titel,
            "staffel": staffel,
            "folge": folge,
            "positionMs": pos,
            "sehfortschritt": round(pos / (dauer * 1000), 2),
            "aktualisiert": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ssai_beacon(c: Context) -> Flow:
    asset, _, _, _, dauer = c.rng.choice(FORMATE)
    ev = c.rng.choice(["start", "firstQuartile", "midpoint", "thirdQuartile", "complete"])
    b = FB(c, "joynix-ssai", "GET", f"{SSAI}/v2/track/{new_hex(c.rng, 16)}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("query content=<asset> + streamPos + ev (SSAI quartile beacon)")
    b.param("ev", ev)
    b.param("content", asset)
    b.param("streamPos", str(c.rng.randint(0, dauer)))
    b.param("brk", c.rng.choice(["pre", "mid1", "mid2"]))
    b.respond(204, None)
    return b.build()


def ssai_beacon_opaque(c: Context) -> Flow:
    """The same quartile beacon in the stitcher's compact form: one base64url token."""
    asset, _, _, _, dauer = c.rng.choice(FORMATE)
    b = FB(c, "joynix-ssai", "GET", f"{SSAI}/b/{b64url(jsb([asset, c.rng.randint(0, dauer), 2]))}")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.view("path token: base64url([asset, pos, quartile])", detectable=False)
    b.respond(204, None)
    return b.build()


def ad_decision(c: Context) -> Flow:
    asset = c.rng.choice(FORMATE)[0]
    b = FB(c, "joynix-ssai", "POST", f"{SSAI}/v2/session")
    b.header("user-agent", UA)
    b.decoy("SSAI session for a stream (asset named, no viewer position or event)")
    b.json(
        {
            "assetId": asset,
            "adParams": {
                "rdid": b.id("gaid", where="json adParams.rdid (advertising id)"),
                "is_lat": 0,
                "consent": "CP" + new_hex(c.rng, 30).upper(),
            },
        }
    )
    b.ok_json(
        {
            "manifestUrl": f"{SSAI}/v2/hls/{new_hex(c.rng, 16)}/master.m3u8",
            "trackingUrl": f"{SSAI}/v2/track/{new_hex(c.rng, 16)}",
        }
    )
    return b.build()


def startseite(c: Context) -> Flow:
    b = FB(c, "joynix", "GET", f"{API}/v3/pages/home?region=de")
    b.header("user-agent", UA)
    b.decoy("catalogue rails with episode numbers and durations")
    b.ok_json(
        {
            "rails": [
                {
                    "titel": "Neu auf Joynix",
                    "items": [
                        {"assetId": a, "titel": t, "staffel": s, "folge": f, "laufzeit": d}
                        for a, t, s, f, d in FORMATE
                    ],
                }
            ]
        }
    )
    return b.build()


def live_epg(c: Context) -> Flow:
    b = FB(c, "joynix", "GET", f"{API}/v3/epg/live?channels=pro7,sat1,kabel1")
    b.header("user-agent", UA)
    b.ok_json(
        {
            "kanaele": [
                {"kanal": k, "jetzt": t, "beginn": iso(c), "ende": iso(c)}
                for k, (_, t, _, _, _) in zip(("pro7", "sat1", "kabel1"), FORMATE, strict=False)
            ]
        }
    )
    return b.build()


def abo_status(c: Context) -> Flow:
    b = FB(c, "joynix", "GET", f"{API}/v3/user/subscription")
    b.header("user-agent", UA)
    b.decoy("subscription with price and renewal date")
    b.ok_json({"plan": "PLUS+", "preis": 6.99, "verlaengerung": iso(c)[:10]})
    return b.build()


def player_qos(c: Context) -> Flow:
    b = FB(c, "joynix", "POST", f"{API}/v3/qos")
    b.header("user-agent", UA)
    b.decoy("player QoS: bitrate and buffering series, trace id, no content or viewer")
    b.json(
        {
            "traceId": rid(c.rng),
            "bitrates": [c.rng.choice([800, 1600, 3200]) for _ in range(8)],
            "rebufferMs": c.rng.randint(0, 900),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()
