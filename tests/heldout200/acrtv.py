"""The cheap 43-inch Android TV in the mother's guesthouse lobby in Siem Reap
(a fictional AngkorVision white-label set) with an automatic content
recognition (ACR) SDK from a fictional vendor, TVSense.

The ACR SDK matches what is on screen and reports the matches (content id,
channel, programme, start, seconds watched), the viewing information the FTC
described for smart-TV ACR (FTC v. VIZIO, 2017,
https://www.ftc.gov/legal-library/browse/cases-proceedings/162-3024-vizio-inc-vizio-inscape-services-llc);
field names are the vendor's own. The TV registers with its serial, Wi-Fi MAC
and ANDROID_ID; the SDK makes up its own `acr_id`. A compact fingerprint
upload sends rows of [content hash, offset, ts] keyed by a truncated SHA-256
of the serial. Launcher rails, the app store, screensaver pictures and the
"trending in Cambodia" counts are content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, rid

API = "https://api.angkorvision.example"
ACR = "https://acr.tvsense.example"
UA = "AngkorVision/2.3 (Linux; Android TV 11; AV-43F1)"
CHANNELS = ["CTN", "Bayon TV", "TVK", "Hang Meas HDTV", "YouTube", "Thai Channel 3", "SEATV"]
PROGRAMMES = [
    "ព័ត៌មានពេលព្រឹក",
    "Kun Khmer Champion",
    "ល្ខោនថៃ: បុព្វេសន្និវាស",
    "ចម្រៀងខ្មែរ Karaoke",
    "Apsara Dance Live",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "angkorvision", method, url)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/device/register")
    b.json(
        {
            "acr_id": b.id("tv_acr_id", where="json acr_id"),
            "serial_number": b.id("tv_serial", where="json serial_number"),
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "android_id": b.id("aid_tv", where="json android_id"),
            "brand": "AngkorVision",
            "model": "AV-43F1",
            "country": "KH",
            "acr_optin": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "interval": 15})
    return b.build()


def acr_matches(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v2/matches")
    b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    b.view("json matches[] (ACR: channel, programme, seconds watched)")
    b.json(
        {
            "matches": [
                {
                    "content_id": f"ts{c.rng.randint(10**6, 10**7)}",
                    "channel": c.rng.choice(CHANNELS),
                    "programme": c.rng.choice(PROGRAMMES),
                    "matched_at": iso(c),
                    "watched_sec": c.rng.randint(60, 3600),
                    "input": c.rng.choice(["HDMI1", "ATV", "APP"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/f/1")
    b.view("json r[] rows [content hash, offset, ts]", detectable=False)
    rows = [[new_hex(c.rng, 16), c.rng.randint(0, 3600), ms(c)] for _ in range(c.rng.randint(2, 6))]
    b.json(
        {"k": b.id("tv_serial", "sha256_trunc16", "json k", detectable=False), "r": rows}, "gzip"
    )
    b.no_content()
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/tv/status")
    b.param("mac", b.id("tv_mac", "nosep", where="query mac"))
    b.param("fw", "AV43F1_20240911")
    b.ok_json({"ok": True})
    return b.build()


def launcher_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/launcher/rails?country=KH")
    b.decoy("launcher rails with titles and durations (content fetch)")
    b.ok_json(
        {
            "rails": [
                {"title": p, "duration": c.rng.choice([1800, 3600]), "rank": i}
                for i, p in enumerate(PROGRAMMES)
            ]
        }
    )
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/trending?country=KH")
    b.decoy("aggregate viewer counts per programme (not one household)")
    b.ok_json(
        {
            "trending": [
                {"programme": p, "viewers": c.rng.randint(1000, 300000)} for p in PROGRAMMES[:4]
            ]
        }
    )
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/apps?category=video")
    b.ok_json({"apps": [{"pkg": p, "v": "1.0"} for p in ("com.meulroeung.tv", "kh.chrieng.tv")]})
    return b.build()


def screensaver(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.angkorvision.example/ss/{new_hex(c.rng, 24)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    b.header("x-request-id", rid(c.rng))
    return b.build()
