"""Two more public broadcasters' kids apps on the tablet, fictional backends:
an Austrian one (`kids.rundfunk-example.at`, Austrian German: "Sehverlauf",
"Jänner") and a Swiss one (`api.kinder-srg-example.ch`, Swiss spelling without
"ß": "Wiedergabestand", "Fortschritt"), plus the Swiss app's Piano Analytics
`av.pause` events (same Collection API as broadcaster.py, visitor-id mode UUID).

Key names are our own; the Austrian app also sends a batched, base64-wrapped
beacon whose keys say nothing (labelled not signature-detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, js

from .phone import FB, ms, rid, tab_ua

AT = "https://kids.rundfunk-example.at/api/v4"
CH = "https://api.kinder-srg-example.ch/play/v2"
AT_SHOWS = ["Okidoki", "Servus Kasperl", "Confetti TiVi", "Forscherexpress"]
CH_SHOWS = ["Zambo", "Zoo-Zoo", "Mini Beat Power Rockers", "Chlini Chefs"]
MONATE = ["Jänner", "Feber", "März", "April"]


def _cookie(b: FB) -> None:
    did = b.id("aid_alpen", where="cookie.deviceId")
    b.header("cookie", f"deviceId={did}; consent=ess; lang=de-AT")


def sehverlauf(c: Context) -> Flow:
    b = FB(c, "rundfunk-kids-at", "POST", f"{AT}/sehverlauf")
    b.header("user-agent", tab_ua("RundfunkKids", "2.7.3"))
    _cookie(b)
    show = c.rng.choice(AT_SHOWS)
    dur = c.rng.randint(600, 1500)
    pos = c.rng.randint(10, dur)
    b.json(
        {
            "sendung": show,
            "beitragId": f"at-{c.rng.randint(10000, 99999)}",
            "angeschautSek": pos,
            "laengeSek": dur,
            "abgeschlossen": pos > dur - 30,
            "datum": f"{c.rng.randint(1, 28)}. {c.rng.choice(MONATE)} 2025",
        }
    )
    b.view("body.beitragId+angeschautSek (watch log)")
    b.no_content()
    return b.build()


def at_beacon_opaque(c: Context) -> Flow:
    b = FB(c, "rundfunk-kids-at", "POST", f"{AT}/b")
    blob = bytes(
        x ^ 0x5A
        for x in js(
            {
                "e": c.rng.randint(1, 9),
                "c": c.rng.randint(10000, 99999),
                "p": c.rng.randint(0, 1500),
            }
        ).encode()
    )
    b.json({"v": 3, "d": b64(blob), "t": ms(c)})
    b.view("body.d (xor-obfuscated playback beacon)", detectable=False)
    b.no_content()
    return b.build()


def at_katalog(c: Context) -> Flow:
    b = FB(
        c,
        "rundfunk-kids-at",
        "GET",
        f"{AT}/sendungen/{c.rng.choice(AT_SHOWS).replace(' ', '-').lower()}",
    )
    b.ok_json(
        {
            "folgen": [
                {
                    "beitragId": f"at-{c.rng.randint(10000, 99999)}",
                    "laengeSek": c.rng.randint(600, 1500),
                }
                for _ in range(8)
            ]
        }
    )
    b.decoy("catalogue with episode lengths")
    return b.build()


def ch_wiedergabestand(c: Context) -> Flow:
    b = FB(c, "kinder-srg-ch", "POST", f"{CH}/nutzer/wiedergabestand")
    b.header("user-agent", tab_ua("KinderSRG", "5.0.2"))
    b.header("x-app-instance", b.id("aid_alpen", how="sha256", where="header.x-app-instance"))
    dur = c.rng.randint(300, 1300)
    pos = c.rng.randint(0, dur)
    b.json(
        {
            "medienId": f"urn:srg:video:{c.rng.randint(10**7, 10**8)}",
            "sendung": c.rng.choice(CH_SHOWS),
            "stand": pos,
            "fortschritt": f"{round(100 * pos / dur)}%",
            "zuletztAbgespielt": ms(c),
        }
    )
    b.view("body.medienId+stand+zuletztAbgespielt (progress sync)")
    b.no_content()
    return b.build()


def ch_piano(c: Context) -> Flow:
    b = FB(c, "piano-analytics", "POST", "https://logs1409.xiti.com/event")
    b.params += [("s", "611244"), ("idclient", b.id("piano_visitor", where="query.idclient"))]
    dur = c.rng.randint(300, 1300)
    ev = {
        "name": c.rng.choice(["av.pause", "av.stop"]),
        "data": {
            "av_content_id": f"urn:srg:video:{c.rng.randint(10**7, 10**8)}",
            "av_show": c.rng.choice(CH_SHOWS),
            "av_position": c.rng.randint(0, dur) * 1000,
            "av_content_duration": dur * 1000,
            "av_session_id": rid(c.rng),
        },
    }
    b.set_body(js({"events": [ev]}).encode(), "text/plain")
    b.view("body.events[].data.av_content_id+av_position")
    b.no_content()
    return b.build()


def ch_empfehlungen(c: Context) -> Flow:
    b = FB(c, "kinder-srg-ch", "GET", f"{CH}/empfehlungen")
    b.param("alter", "6")
    vec = [round(c.rng.gauss(0, 0.3), 4) for _ in range(32)]
    b.ok_json(
        {
            "modell": "two-tower-v7",
            "nutzerVektor": vec,
            "medien": [f"urn:srg:video:{c.rng.randint(10**7, 10**8)}" for _ in range(6)],
        }
    )
    b.decoy("recommendation feature vector (no face context), result list")
    return b.build()
