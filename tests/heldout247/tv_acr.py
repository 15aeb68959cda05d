"""The smart TV in the Belgrade living room (a fictional Vidik brand, 55" 4K)
with automatic content recognition (ACR).

The TV matches what is on screen, whatever the input (the cable box on HDMI 1,
the tuner, apps), and uploads the matched segments (programme title, channel,
start, seconds) with its ACR id: the kind of "viewing data" the FTC described
for smart-TV ACR (FTC v. VIZIO, 2017). The home screen's "continue watching"
rail comes back from the TV maker's server. Field names are the vendor's
(English). A low-power mode uploads raw fingerprint hashes instead, keyed by a
SHA-256 of the serial in a header named `x-k`. Home rails, the app store,
"trending in Serbia" audience shares and picture settings (whose `position`
is the picture's shift on the panel) are ordinary.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf, rid

API = "https://api.vidik-tv.example"
ACR = "https://acr-eu.vidik-tv.example"
UA = "VidikTV/9.1 (Linux; Android TV 12; VD55U9)"
CHANNELS = ["RTS 1", "Pink", "Prva", "N1", "Nova S", "Netflix", "YouTube", "HDMI1"]
PROGRAMMES = [
    "Дневник РТС",
    "Zadruga 8",
    "Slagalica",
    "Utisak nedelje",
    "Crvena zvezda - Partizan",
    "Bolji život",
    "Survivor Srbija",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vidik-tv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/device/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "model": "VD55U9",
            "country": "RS",
            "viewingDataConsent": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR})
    return b.build()


def acr_segments(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/segments")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json segments[] title / channel / durationSec (ACR)")
    b.json(
        {
            "segments": [
                {
                    "contentTitle": c.rng.choice(PROGRAMMES),
                    "channelName": c.rng.choice(CHANNELS),
                    "startTs": iso(c),
                    "durationSec": c.rng.randint(60, 3600),
                    "source": c.rng.choice(["HDMI1", "TUNER", "APP"]),
                    "confidence": rf(c.rng, 0.8, 1.0, 2),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_fingerprints(c: Context) -> Flow:
    b = FB(c, "vidik-tv", "POST", f"{ACR}/fp")
    b.header("user-agent", "vidik-acr/3.4")
    b.header("x-k", b.id("tv_serial", "sha256", "header x-k", detectable=False))
    b.view("octet-stream fingerprint hashes of the screen", detectable=False)
    n = c.rng.randint(8, 24)
    body = struct.pack("<HI", 3, ms(c) // 1000) + b"".join(
        struct.pack("<Q", c.rng.getrandbits(64)) for _ in range(n)
    )
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/continue-watching")
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.view("response json continueWatching[]", direction="response")
    b.ok_json(
        {
            "continueWatching": [
                {
                    "title": c.rng.choice(PROGRAMMES),
                    "channel": c.rng.choice(CHANNELS),
                    "lastWatched": iso(c),
                    "progressPct": c.rng.randint(5, 95),
                }
                for _ in range(4)
            ]
        }
    )
    return b.build()


def network_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/device/network")
    mac = b.id("tv_mac", "nosep", "response json macAddress", direction="response")
    b.ok_json(
        {"type": "wifi", "macAddress": mac, "ssid": "KabloNet-5G-" + new_hex(c.rng, 4).upper()}
    )
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/home/rails?lang=sr")
    b.ok_json(
        {
            "rails": [
                {
                    "title": "Preporučene aplikacije",
                    "items": ["youtube", "netflix", "ekranplus", "arena"],
                },
                {"title": "Filmovi", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/trending?country=RS")
    b.decoy("aggregate audience shares per programme (not one household)")
    b.ok_json(
        {
            "trending": [
                {"title": t, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for t, ch in zip(PROGRAMMES, CHANNELS, strict=False)
            ]
        }
    )
    return b.build()


def picture_settings(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/settings/picture")
    b.decoy("picture position / size on the panel (not a playback position)")
    b.json(
        {
            "mode": c.rng.choice(["cinema", "sport", "eco"]),
            "position": {"h": c.rng.randint(-5, 5), "v": c.rng.randint(-5, 5)},
            "size": "16:9",
            "backlight": c.rng.randint(20, 100),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "ekranplus", "mozzart")
            ]
        }
    )
    return b.build()
