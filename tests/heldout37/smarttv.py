"""Motiv TV (fictional smart-TV maker sold in the Baltics): ACR, viewing reports, companion app.

In-house only (no public ACR wire format is documented). Shaped after what
ACR vendors describe in their privacy notices: the TV samples video/audio
fingerprints every few seconds, uploads them with the input and channel, and
the server answers with the matched programme; a daily viewing report lists
sessions. One ACR upload is a bare binary blob with no keys (opaque). The
companion app on the phone pairs with the TV and sends the TV's Wi-Fi MAC,
serial number and DUID.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

ACR = "https://acr.motivtv.example.com"
APP = "https://app.motivtv.example.com"
UA_TV = "MotivTV/LinuxTV 5.4 (MT9612; fw 2.18.7)"
PROGRAMMES = [
    ("LRT TV", "Panorama"),
    ("LTV1", "Panorāma"),
    ("ETV", "Aktuaalne kaamera"),
    ("1+1 Marathon", "Єдині новини"),
]


def acr_match(c: Context) -> Flow:
    b = FB(c, "motivtv", "POST", f"{ACR}/v1/acr/match")
    b.header("user-agent", UA_TV)
    fps = [
        {"ts": ms(c) - i * 4000, "vfp": b64(bytes(c.rng.randrange(256) for _ in range(32)))}
        for i in range(4)
    ]
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "input": c.rng.choice(["HDMI1", "TUNER"]),
            "fingerprints": fps,
            "acrVersion": "3.2",
        }
    )
    b.view("json acr fingerprints (content recognition)")
    ch, prog = c.rng.choice(PROGRAMMES)
    b.ok_json({"match": {"channel": ch, "programme": prog, "offsetSec": c.rng.randint(0, 3000)}})
    return b.build()


def viewing_report(c: Context) -> Flow:
    b = FB(c, "motivtv", "POST", f"{ACR}/v1/viewing/report")
    b.header("user-agent", UA_TV)
    sess = [
        {"channel": ch, "programme": p, "start": iso(c), "durationSec": c.rng.randint(60, 3600)}
        for ch, p in c.rng.sample(PROGRAMMES, 3)
    ]
    b.json(
        {"serialNumber": b.id("tv_serial", where="json serialNumber"), "viewingSessions": sess},
        encoding="gzip",
    )
    b.view("gzip json viewingSessions")
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = FB(c, "motivtv", "POST", f"{ACR}/x/{c.rng.randint(1, 9)}")
    b.header("user-agent", UA_TV)
    b.set_body(bytes(c.rng.randrange(256) for _ in range(512)), "application/octet-stream")
    b.view("binary fingerprint blob, no keys", detectable=False)
    b.no_content()
    return b.build()


def pair(c: Context) -> Flow:
    b = FB(c, "motivtv-app", "POST", f"{APP}/api/tv/pair")
    b.header("user-agent", ua("MotivRemote", "1.9.3"))
    b.json(
        {
            "tv": {
                "macAddress": b.id("tv_mac", where="json tv.macAddress"),
                "serialNumber": b.id("tv_serial", where="json tv.serialNumber"),
                "duid": b.id("tv_duid", where="json tv.duid"),
                "model": "55UQ7",
            },
            "account": b.acct("tv_account"),
        }
    )
    b.ok_json({"paired": True})
    return b.build()


def tv_status(c: Context) -> Flow:
    b = FB(c, "motivtv", "GET", f"{APP}/api/tv/status")
    b.header("user-agent", UA_TV)
    b.param("mac", b.id("tv_mac", how="nosep_upper", where="query mac (no separators)"))
    b.param("fw", "2.18.7")
    b.ok_json({"update": False})
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "motivtv-app", "POST", f"{APP}/api/tv/remote")
    b.json(
        {
            "key": c.rng.choice(["KEY_UP", "KEY_OK", "KEY_VOLUP", "KEY_BACK"]),
            "seq": c.rng.randint(1, 999),
        }
    )
    b.decoy("remote keypress")
    b.no_content()
    return b.build()


def tv_apps(c: Context) -> Flow:
    b = FB(c, "motivtv-app", "GET", f"{APP}/api/store/apps", [("region", "LT")])
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": round(c.rng.uniform(3, 5), 1)}
                for a in ("Go3", "YouTube", "Netflix", "Kinoteka UA", "Skats")
            ]
        }
    )
    b.decoy("app store list with streaming app names")
    return b.build()


def firmware(c: Context) -> Flow:
    b = FB(c, "motivtv", "GET", f"{APP}/api/fw/latest", [("board", "MT9612")])
    b.header("user-agent", UA_TV)
    b.ok_json({"version": "2.19.0", "sha256": rid(c.rng).replace("-", "") * 2, "req": rid(c.rng)})
    b.decoy("firmware hash and request id")
    return b.build()
