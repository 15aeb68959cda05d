"""The smart TV in the Sofia living room (a fictional Зора / Zora brand) with
automatic content recognition (ACR).

The TV samples what is on screen, uploads compact video / audio fingerprints
with their capture times, and the ACR server answers with the match (channel,
programme, offset) when it has one; the TV also sends a viewing report of
sessions per input (channel, programme, start, seconds) - the viewing data the
FTC described for smart-TV ACR (FTC v. VIZIO, 2017). The TV is identified by
its ACR id, serial and Wi-Fi MAC; the ad-measurement beacon carries only an
MD5 of the serial. Home-screen rails, the app store, the firmware check and
the "top in Bulgaria" audience shares are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rf, rid

API = "https://api.zoratv.example"
ACR = "https://acr.zoratv.example"
UA = "ZoraTV/9.1 (Linux; ZoraOS 9; ZR-55Q7) Chromium/108"
KANALI = ["bTV", "Нова", "БНТ 1", "Diema Sport", "bTV Cinema", "Planeta HD", "Netflix", "YouTube"]
PREDAVANIYA = [
    "Тази сутрин",
    "Здравей, България",
    "Игри на волята",
    "Като две капки вода",
    "Левски - ЦСКА (на живо)",
    "По света и у нас",
    "Мастър Шеф",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "zoratv", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/tv/register")
    b.json(
        {
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "serialNumber": b.id("tv_serial", where="json serialNumber"),
            "wifiMac": b.id("tv_mac", "lower", "json wifiMac"),
            "model": "ZR-55Q7",
            "country": "BG",
            "acrConsent": True,
            "firmware": "9.1.220",
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acrHost": ACR, "fpIntervalSec": 10})
    return b.build()


def _fingerprints(c: Context) -> list[list[object]]:
    return [
        [ms(c) - i * 10000, b64(bytes(c.rng.getrandbits(8) for _ in range(24)))]
        for i in range(c.rng.randint(3, 6))
    ]


def fp_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/fp")
    b.header("x-acr-device", b.id("tv_acr_id", where="header x-acr-device"))
    b.view("request fp[] fingerprints with capture times", detectable=False)
    b.view("response json match channel / programme / offsetSec", direction="response")
    b.json({"fp": _fingerprints(c), "src": "TUNER", "v": 4})
    b.ok_json(
        {
            "match": {
                "channel": c.rng.choice(KANALI[:6]),
                "programme": c.rng.choice(PREDAVANIYA),
                "offsetSec": c.rng.randint(0, 5400),
                "confidence": rf(c.rng, 0.7, 0.99, 2),
            },
            "nextSec": 10,
        }
    )
    return b.build()


def fp_opaque(c: Context) -> Flow:
    """Fingerprints only, no answer body: what was on screen, but no name says so."""
    b = _b(c, "POST", f"{ACR}/v2/fp")
    b.header("x-acr-device", b.id("tv_acr_id", where="header x-acr-device"))
    b.view("request fp[] fingerprints with capture times", detectable=False)
    b.json({"fp": _fingerprints(c), "src": c.rng.choice(["HDMI1", "HDMI2"]), "v": 4})
    b.no_content()
    return b.build()


def viewing_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/viewing")
    b.view("json sessions[] channel / programme / durationSec (ACR viewing report)")
    b.json(
        {
            "tvId": b.id("tv_acr_id", where="json tvId"),
            "sessions": [
                {
                    "source": c.rng.choice(["TUNER", "HDMI1", "APP"]),
                    "channel": c.rng.choice(KANALI),
                    "programme": c.rng.choice(PREDAVANIYA),
                    "startUtc": iso(c),
                    "durationSec": c.rng.randint(60, 4800),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def network_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/network")
    mac = b.id("tv_mac", where="response json mac", direction="response")
    b.ok_json(
        {"type": "wifi", "mac": mac, "ssid": "Vivacom_5G_Petrovi", "rssi": -c.rng.randint(40, 80)}
    )
    return b.build()


def ad_beacon_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/adm/p.gif")
    b.param("d", b.id("tv_serial", "md5", "query d", detectable=False))
    b.param("c", str(c.rng.randint(1000, 9999)))
    b.param("t", str(ms(c)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def home_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/home/rails?lang=bg")
    b.ok_json(
        {
            "rails": [
                {"title": "Препоръчани", "items": [f"app_{i}" for i in range(6)]},
                {"title": "Филми", "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(6)]},
            ]
        }
    )
    return b.build()


def top_bg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=BG")
    b.decoy("aggregate audience shares per programme (not one viewer)")
    b.ok_json(
        {
            "trending": [
                {"programme": p, "channel": ch, "audienceShare": rf(c.rng, 1, 30, 1)}
                for p, ch in zip(PREDAVANIYA, KANALI, strict=False)
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1)}
                for a in ("youtube", "netflix", "voyo", "efirplay", "max", "hbo")
            ]
        }
    )
    return b.build()


def firmware(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/fw/check?model=ZR-55Q7&ver=9.1.220")
    b.decoy("firmware build commit hash and package checksum")
    b.ok_json(
        {
            "latest": "9.1.231",
            "commit": new_hex(c.rng, 40),
            "sha256": new_hex(c.rng, 64),
            "url": f"https://fw.zoratv.example/{rid(c.rng)}.bin",
        }
    )
    return b.build()
