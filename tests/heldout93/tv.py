"""The family's Samsung Tizen TV (2023 model, Tizen 7) with Viewing Information
Services (ACR) switched on.

ACR reports to Samsung's ACR hosts (samsungacr.com appears in public
tracker block lists for Samsung Smart TV ACR); the body format is not public,
so keys are modelled on what ACR vendors describe (fingerprint batches,
matched channel / programme, dwell seconds). Ad requests carry the TV's
Tizen Identifier For Advertising with ifa_type=tifa, as the IAB Tech Lab
"Guidelines for IFA on OTT platforms" list for Samsung. Device registration
to the Samsung cloud carries the TV's DUID, Wi-Fi MAC and serial.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid

UA = (
    "Mozilla/5.0 (SMART-TV; LINUX; Tizen 7.0) AppleWebKit/537.36 (KHTML, like Gecko) "
    "94.0.4606.31/7.0 TV Safari/537.36"
)
CHANNELS = ["RTP1", "RTP Açores", "RTP Madeira", "SIC", "TVI", "CMTV", "SIC Notícias", "Sport TV1"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "samsung-acr", "POST", "https://log-ingestion-eu.samsungacr.com/v2/acr/matches")
    b.header("user-agent", UA)
    matches = [
        {
            "canal": c.rng.choice(CHANNELS),
            "programa": c.rng.choice(
                ["Telejornal", "Jornal da Noite", "Liga Portugal", "Casados à Primeira Vista"]
            ),
            "inicio": ms(c) - c.rng.randint(60, 3600) * 1000,
            "dwellSec": c.rng.randint(30, 3600),
            "source": c.rng.choice(["HDMI1", "TUNER", "HDMI2"]),
        }
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"duid": c.phone.tv_duid, "country": "PT", "viewing": matches, "sentAt": iso(c)})
    b.other_id("tv_duid", "body.duid")
    b.view("body viewing[] channel/programme/dwellSec")
    b.ok_json({"ok": True})
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    """Fingerprint batch: opaque hashes of frames, matched server-side."""
    b = FB(c, "samsung-acr", "POST", "https://acr0-eu.samsungacr.com/fp/v1")
    b.header("user-agent", UA)
    fps = [b64(bytes(c.rng.getrandbits(8) for _ in range(24))) for _ in range(12)]
    b.json({"d": c.phone.tv_duid, "s": ms(c), "f": fps})
    b.other_id("tv_duid", "body.d", detectable=False)
    b.view("ACR frame fingerprints under one-letter keys", detectable=False)
    b.no_content()
    return b.build()


def tifa_ad(c: Context) -> Flow:
    b = FB(c, "samsung-ads", "GET", "https://ads.samsungads.com/v1/vast")
    b.header("user-agent", UA)
    pairs = [
        ("pid", "tvplus_pt"), ("w", "1920"), ("h", "1080"),
        ("ifa", b.id("tifa", where="query.ifa")), ("ifa_type", "tifa"), ("lmt", "0"),
        ("cb", str(c.rng.randint(10**9, 10**10))), ("country", "PT"),
    ]  # fmt: skip
    for k, v in pairs:
        b.param(k, v)
    b.respond(200, "application/xml", b'<VAST version="4.0"/>')
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "samsung-tv", "POST", "https://eu-auth2.samsungosp.com/v2/device/register")
    b.header("user-agent", UA)
    b.json(
        {
            "duid": c.phone.tv_duid,
            "macAddress": b.id("tv_mac", where="body.macAddress"),
            "serialNumber": b.id("tv_serial", where="body.serialNumber"),
            "modelCode": "QE55Q80CATXXC",
            "firmware": "T-PTMDEUC-1450.2",
        }
    )
    b.other_id("tv_duid", "body.duid")
    b.ok_json({"token": rid(c.rng)})
    return b.build()


def tv_plus_epg(c: Context) -> Flow:
    b = FB(
        c, "samsung-tv", "GET", "https://api.tvplus.samsung.com/epg/v3/pt", [("start", str(ms(c)))]
    )
    b.header("user-agent", UA)
    b.ok_json(
        {"channels": [{"n": ch, "events": [{"s": ms(c), "t": "Programa"}]} for ch in CHANNELS]}
    )
    b.decoy("channel guide, nothing watched")
    return b.build()
