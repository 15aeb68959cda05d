"""The smart TV in the Athens living room: a Greek-branded Android-based set
("Hellas Vision") with automatic content recognition. Every few seconds the
ACR client fingerprints the picture and sound and uploads the hashes
(`/acr/v2/fp`); the server's match comes back and the TV then reports the
matched programme with the seconds seen (`/acr/v2/theamatikotita`,
viewership). The TV registers with its Wi-Fi MAC and serial; its home rails,
remote keys and app store are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rid

ACR = "https://acr.hellasvision.example"
TVAPI = "https://tv.hellasvision.example"
UA = "HellasVisionTV/3.2 (Linux; Android 11; HV-55U9G) ACR/2.4"
KANALIA = ["ΕΡΤ1", "ANT1", "ALPHA", "STAR", "SKAI", "MEGA", "OPEN", "ΕΡΤ3", "ΒΟΥΛΗ TV"]
EKPOMPES = [
    "Δελτίο Ειδήσεων",
    "Survivor",
    "MasterChef",
    "Ποιος θέλει να γίνει εκατομμυριούχος",
    "Καλημέρα Ελλάδα",
    "Ποδόσφαιρο Super League",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tv-acr", method, url)
    b.header("user-agent", UA)
    return b


def fingerprints(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v2/fp")
    b.view("json fp[] (video/audio fingerprint hashes of what is on screen)", detectable=False)
    b.json(
        {
            "acr_id": b.id("tv_acr_id", where="json acr_id"),
            "t": ms(c),
            "fp": [new_hex(c.rng, 16) for _ in range(12)],
            "a": [new_hex(c.rng, 8) for _ in range(8)],
        }
    )
    b.ok_json({"m": c.rng.random() < 0.7})
    return b.build()


def theamatikotita(c: Context) -> Flow:
    b = _b(c, "POST", f"{ACR}/acr/v2/theamatikotita")
    b.view("json kanali/ekpompi/deuterolepta (matched programme and seconds seen)")
    b.json(
        {
            "acr_id": b.id("tv_acr_id", where="json acr_id"),
            "mac": b.id("tv_mac", where="json mac"),
            "kanali": c.rng.choice(KANALIA),
            "ekpompi": c.rng.choice(EKPOMPES),
            "enarxi": iso(c),
            "deuterolepta": c.rng.randint(30, 3600),
            "pigi": c.rng.choice(["HDMI1", "tuner", "HDMI2"]),
        }
    )
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = FB(c, "tv-platform", "POST", f"{TVAPI}/api/syskevi/eggrafi")
    b.header("user-agent", UA)
    b.json(
        {
            "serial": b.id("tv_serial", where="json serial"),
            "wifi_mac": b.id("tv_mac", where="json wifi_mac"),
            "acr_id": b.id("tv_acr_id", where="json acr_id"),
            "model": "HV-55U9G",
            "firmware": "V3.2.114",
            "logariasmos": c.phone.tv_account,
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def status_mac(c: Context) -> Flow:
    b = FB(c, "tv-platform", "GET", f"{TVAPI}/api/firmware/check")
    b.header("user-agent", UA)
    b.params.extend(
        [
            ("model", "HV-55U9G"),
            ("sn", b.id("tv_serial", where="query sn (serial)")),
            ("fw", "V3.2.114"),
        ]
    )
    b.ok_json({"update": False})
    return b.build()


def home_rails(c: Context) -> Flow:
    b = FB(c, "tv-platform", "GET", f"{TVAPI}/api/home/rails?lang=el")
    b.header("user-agent", UA)
    b.decoy("home-screen rails of suggested programmes")
    b.ok_json(
        {
            "rails": [
                {"titlos": e, "kanali": c.rng.choice(KANALIA)} for e in c.rng.sample(EKPOMPES, 4)
            ]
        }
    )
    return b.build()


def remote_key(c: Context) -> Flow:
    b = FB(c, "tv-platform", "POST", f"{TVAPI}/api/voice/intent")
    b.header("user-agent", UA)
    b.decoy("remote control voice search text (transcript, not a voiceprint)")
    b.json(
        {
            "keimeno": c.rng.choice(["άνοιξε το youtube", "κανάλι ΕΡΤ1", "ένταση πάνω"]),
            "req": rid(c.rng),
        }
    )
    b.ok_json({"energeia": "ok"})
    return b.build()


def app_store(c: Context) -> Flow:
    b = FB(c, "tv-platform", "GET", f"{TVAPI}/api/apps?kat=video")
    b.header("user-agent", UA)
    b.ok_json({"apps": [{"pkg": "gr.ert.ertflix", "sha256": new_hex(c.rng, 64)}]})
    b.decoy("app package hash")
    return b.build()
