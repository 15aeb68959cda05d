"""The smart TV in ammamma and tatayya's house in Visakhapatnam (a fictional Kanthi
brand, KT-55QX9) with automatic content recognition (ACR).

The TV fingerprints what is on screen and sends the fingerprints (hashes of
frames and audio, nothing readable) to its ACR service; the lookup answer names
the channel and programme, and a viewing report lists sessions per programme
with seconds watched and the input (the viewing information the FTC described
for smart-TV ACR, FTC v. VIZIO, 2017). Field names are the vendor's own, in
English. The TV is identified by its serial, its Wi-Fi MAC and an ACR id; an
older firmware posts positional rows keyed by a SHA-1 of the serial. The home
launcher rails, the programme guide, the sleep timer and the app store are
ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import TB, iso, ms, rf

API = "https://api.kanthitv.example"
ACR = "https://acr.kanthitv.example"
UA = "KanthiTV/5.1 (Linux; Android TV 12; KT-55QX9)"
CHANNELS = ["Star Maa", "ETV Telugu", "Zee Telugu", "Gemini TV", "TV9 Telugu", "SVBC", "HDMI2"]
PROGRAMMES = [
    ("Star Maa", "Karthika Deepam"),
    ("Star Maa", "Bigg Boss Telugu"),
    ("ETV Telugu", "Jabardasth"),
    ("ETV Telugu", "Sridevi Drama Company"),
    ("Zee Telugu", "Trinayani"),
    ("Gemini TV", "Pushpa (film)"),
    ("TV9 Telugu", "Big News Big Debate"),
    ("SVBC", "Suprabhatam from Tirumala"),
]


def _b(c: Context, method: str, url: str, acr_header: bool = False) -> TB:
    b = TB(c, "kanthi-tv", method, url)
    b.header("user-agent", UA)
    if acr_header:
        b.header("x-acr-id", b.id("tv_acr_id", where="header x-acr-id"))
    return b


def activate(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/device/activate")
    b.json(
        {
            "serialNo": b.id("tv_serial", where="json serialNo"),
            "wifiMac": b.id("tv_mac", where="json wifiMac"),
            "acrId": b.id("tv_acr_id", where="json acrId"),
            "model": "KT-55QX9",
            "region": "IN-AP",
            "acrOptIn": True,
        }
    )
    b.ok_json({"account": b.acct("tv_account"), "acr": ACR})
    return b.build()


def heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/device/heartbeat")
    b.param("mac", b.id("tv_mac", "nosep", "query mac"))
    b.param("fw", "5.1.204")
    b.param("uptime", str(c.rng.randint(60, 900000)))
    b.ok_json({"next": 900, "ota": False})
    return b.build()


def fingerprints(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/fp/v2", acr_header=True)
    b.view("octet-stream frame / audio fingerprints (no names)", detectable=False)
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(512)), "application/octet-stream")
    b.respond(202, None)
    return b.build()


def lookup(c: Context) -> Flow:
    ch, prog = c.rng.choice(PROGRAMMES)
    b = _b(c, "POST", f"{ACR}/v2/lookup", acr_header=True)
    b.view("octet-stream fingerprints of the screen (no names)", detectable=False)
    b.view("response json match.channel / programme / offsetSec", direction="response")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(256)), "application/octet-stream")
    b.ok_json(
        {
            "match": {
                "channel": ch,
                "programme": prog,
                "contentId": f"ktc{c.rng.randint(10**6, 10**7)}",
                "offsetSec": c.rng.randint(10, 3000),
                "confidence": rf(c.rng, 0.8, 0.99, 2),
            },
            "next": 15,
        }
    )
    return b.build()


def viewing_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/v3/viewing", acr_header=True)
    b.view("json sessions[] (channel, programme, durationSec)")
    sessions = []
    for _ in range(c.rng.randint(1, 4)):
        ch, prog = c.rng.choice(PROGRAMMES)
        sessions.append(
            {
                "channel": ch,
                "programme": prog,
                "start": iso(c),
                "durationSec": c.rng.randint(60, 5400),
                "input": c.rng.choice(["TUNER", "HDMI2", "APP"]),
            }
        )
    b.json({"sessions": sessions, "tz": "Asia/Kolkata"}, "gzip")
    b.no_content()
    return b.build()


def rows_opaque(c: Context) -> Flow:
    b = TB(c, "kanthi-tv", "POST", f"{ACR}/r1")
    b.header("user-agent", "kacr/1.7")
    key = b.id("tv_serial", "sha1", "json s", detectable=False)
    b.view("json d[] positional rows", detectable=False)
    rows = [
        [c.rng.randrange(len(PROGRAMMES)), ms(c), c.rng.randint(60, 5400)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"s": key, "d": rows})
    b.no_content()
    return b.build()


def launcher_rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/launcher/rails?lang=te")
    b.ok_json(
        {
            "rails": [
                {"title": "Apps", "items": ["youtube", "chitram", "dishaplay", "jiohotstar"]},
                {
                    "title": "Suggested",
                    "items": [f"mv_{c.rng.randint(100, 999)}" for _ in range(5)],
                },
            ]
        }
    )
    return b.build()


def guide(c: Context) -> Flow:
    ch = c.rng.choice(CHANNELS[:6])
    b = _b(c, "GET", f"{API}/v1/guide")
    b.param("channel", ch)
    b.decoy("programme guide start times and durations (a schedule)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "programmes": [
                {"title": p, "start": t0 + i * 1800, "durationMin": 30}
                for i, (_, p) in enumerate(PROGRAMMES[:4])
            ]
        }
    )
    return b.build()


def sleep_timer(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/settings/sleep-timer")
    b.decoy("sleep timer duration (a setting)")
    b.json({"durationMin": c.rng.choice([30, 60, 90]), "set": iso(c)})
    b.no_content()
    return b.build()


def app_store(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/store/apps?page=1&region=IN")
    b.ok_json(
        {
            "apps": [
                {"id": a, "rating": rf(c.rng, 3, 5, 1), "sizeMb": c.rng.randint(10, 90)}
                for a in ("youtube", "chitram", "sunnxt", "etvwin", "dishaplay")
            ],
            "etag": new_hex(c.rng, 16),
        }
    )
    return b.build()
