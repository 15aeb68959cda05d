"""The living-room TV (HbbTV, ACR) and the streaming stick.

The TV's HbbTV red-button app reports each channel switch to the
broadcaster (`senderwechsel`: a live tuning log); the TV maker's ACR matches
audio/video fingerprints and reports `erkannter_inhalt` (recognised programme,
with the TV's MAC); the raw fingerprint upload is opaque. The stick registers
with its serial and syncs its "Zuletzt angesehen" row; its launcher's app list
and screensaver are look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz

from .phone import FB, iso, ms, rid

HBBTV_UA = (
    "Mozilla/5.0 (Linux; Tizen 6.5) AppleWebKit/537.36 HbbTV/1.5.1 "
    "(+DRM; Samsung; SmartTV2022; T-KSU2EDEUC-1301.5; ; ) SmartTV"
)
ACR = "https://acr-eu.tvmaker-cloud.example"
STICK = "https://device.streamstick.example"
STICK_UA = "StreamStickOS/7.6.6.9 (AFTKA; Linux; Android 9)"
SENDER = ["Das Erste HD", "ZDF HD", "WDR HD Köln", "RTL", "ORF 2 Europe", "TRT Türk"]
SENDUNGEN = ["Tagesschau", "heute journal", "Lokalzeit", "Wer wird Millionär?", "ZIB 2"]


def senderwechsel(c: Context) -> Flow:
    b = FB(c, "hbbtv", "POST", "https://hbbtv.rheinfunk-mediathek.example/stats/senderwechsel")
    b.header("user-agent", HBBTV_UA)
    b.view("json sender + eingeschaltet_um + verweildauer_sek (live tuning log)")
    b.json(
        {
            "sender": c.rng.choice(SENDER),
            "vorherigerSender": c.rng.choice(SENDER),
            "eingeschaltet_um": iso(c),
            "verweildauer_sek": c.rng.randint(5, 3600),
            "tvSeriennummer": b.id("tv_serial", where="json tvSeriennummer"),
        }
    )
    b.no_content()
    return b.build()


def acr_treffer(c: Context) -> Flow:
    b = FB(c, "tv-acr", "POST", f"{ACR}/v2/acr/treffer")
    b.header("user-agent", "TVMakerACR/4.1")
    b.view("json erkannter_inhalt + sender + offset_ms (ACR match report)")
    b.json(
        {
            "geraet": {"mac": b.id("tv_mac", where="json geraet.mac"), "modell": "GQ55Q80B"},
            "erkannter_inhalt": {
                "sendung": c.rng.choice(SENDUNGEN),
                "sender": c.rng.choice(SENDER),
                "offset_ms": c.rng.randint(0, 3_600_000),
            },
            "quelle": c.rng.choice(["HDMI1", "TUNER", "HDMI2"]),
            "zeit": ms(c),
        }
    )
    b.no_content()
    return b.build()


def acr_fingerabdruck(c: Context) -> Flow:
    """Raw fingerprints: gzip of packed hashes; the TV MAC rides as md5 in a header."""
    b = FB(c, "tv-acr", "POST", f"{ACR}/v2/fp")
    b.header("user-agent", "TVMakerACR/4.1")
    b.header("x-d", b.id("tv_mac", "md5", "header x-d (md5 of TV MAC)", detectable=False))
    b.view("gzip body of packed fingerprint hashes + timestamps", detectable=False)
    body = gz(bytes(c.rng.getrandbits(8) for _ in range(256)))
    b.set_body(body, "application/octet-stream")
    b.no_content()
    return b.build()


def hbbtv_app(c: Context) -> Flow:
    b = FB(c, "hbbtv", "GET", "https://hbbtv.rheinfunk-mediathek.example/redbutton/index.html")
    b.header("user-agent", HBBTV_UA)
    b.respond(200, "application/vnd.hbbtv.xhtml+xml", b"<html><body>Startleiste</body></html>")
    return b.build()


def stick_register(c: Context) -> Flow:
    b = FB(c, "streamstick", "POST", f"{STICK}/v1/geraet/anmelden")
    b.header("user-agent", STICK_UA)
    b.json(
        {
            "dsn": b.id("stick_serial", where="json dsn (stick serial)"),
            "duid": b.id("stick_duid", where="json duid (stick device id)"),
            "firmware": "7.6.6.9",
        }
    )
    b.ok_json({"token": rid(c.rng)})
    return b.build()


def stick_zuletzt(c: Context) -> Flow:
    b = FB(c, "streamstick", "GET", f"{STICK}/v1/reihen/zuletzt-angesehen")
    b.header("user-agent", STICK_UA)
    b.header("x-dsn", b.id("stick_serial", where="header x-dsn"))
    b.view("response json zuletztAngesehen[] with fortschritt", direction="response")
    b.ok_json(
        {
            "zuletztAngesehen": [
                {"titel": t, "app": "Joynix", "fortschritt": round(c.rng.random(), 2)}
                for t in c.rng.sample(SENDUNGEN, 3)
            ]
        }
    )
    return b.build()


def stick_apps(c: Context) -> Flow:
    b = FB(c, "streamstick", "GET", f"{STICK}/v1/launcher/apps")
    b.header("user-agent", STICK_UA)
    b.decoy("installed apps with last-launch time (apps, not content watched)")
    b.ok_json(
        {
            "apps": [
                {"paket": p, "zuletztGestartet": iso(c)}
                for p in ("com.joynix.tv", "de.rheinfunk.mediathek", "com.dizibahce.tv")
            ]
        }
    )
    return b.build()


def bildschirmschoner(c: Context) -> Flow:
    b = FB(c, "streamstick", "GET", f"https://img.streamstick.example/ss/{new_hex(c.rng, 16)}.jpg")
    b.header("user-agent", STICK_UA)
    b.respond(200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(100))
    return b.build()
