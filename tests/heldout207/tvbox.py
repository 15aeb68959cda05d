"""UyduKutu: a Turkish TV box (Tivibu / D-Smart style) that a German reseller
sells to Turkish families in Germany; the uncle's box in Berlin.

The reseller's middleware is German-built, so paths and keys are German
(`Geraet` = device, `Sender` = channel, `Sendung` = programme, `Sehdauer` =
watch time, `Seriennummer`). The box logs in with its Ethernet MAC and
serial, reports what it played (channel, programme, start, seconds), and
sends a QoS probe whose compact rows carry channel and seconds too. The EPG
(`Sendezeit` = air time), the channel list and a watchdog ping are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms, rf

MW = "https://mw.uydukutu-de.example"
UA = "Mozilla/5.0 (QtEmbedded; U; Linux; C) AppleWebKit/533.3 UyduKutu/2.18 STB"
SENDER = ["TRT 1", "Show TV", "ATV", "Kanal D", "Star TV", "NOW", "TRT Spor", "beIN Sports 1"]
SENDUNGEN = [
    "Kızılcık Şerbeti",
    "Ana Haber",
    "Survivor",
    "Masterchef Türkiye",
    "Galatasaray - Fenerbahçe",
    "Kuruluş Osman",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "uydukutu", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def anmelden(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/v1/geraet/anmelden")
    b.json(
        {
            "macAdresse": b.id("box_mac", where="json macAdresse"),
            "seriennummer": b.id("box_serial", where="json seriennummer"),
            "stbKennung": b.id("box_stb_id", where="json stbKennung"),
            "firmware": "2.18.4",
            "sprache": "de",
        }
    )
    b.ok_json({"kunde": b.acct("box_abone"), "paket": "Türkei Komfort", "gueltigBis": "2025-12-31"})
    return b.build()


def wiedergabe(c: Context) -> Flow:
    b = _b(c, "POST", f"{MW}/api/v1/statistik/wiedergabe")
    b.header("x-geraet-mac", b.id("box_mac", "nosep_upper", "header x-geraet-mac"))
    b.view("json sender/sendung/sehdauerSek (playback log)")
    b.json(
        {
            "sender": c.rng.choice(SENDER),
            "sendung": c.rng.choice(SENDUNGEN),
            "beginn": iso(c),
            "sehdauerSek": c.rng.randint(60, 7200),
            "quelle": c.rng.choice(["live", "timeshift", "aufnahme"]),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def qos(c: Context) -> Flow:
    """QoS probe: positional rows [channel no., seconds, bitrate, ts]; the box id
    is the MD5 of its serial."""
    b = _b(c, "POST", f"{MW}/q")
    b.view("json r[] rows (channel, seconds)", detectable=False)
    g = b.id("box_serial", "md5", "json g", detectable=False)
    rows = [
        [c.rng.randint(1, 80), c.rng.randint(60, 3600), c.rng.randint(2000, 9000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"g": g, "r": rows})
    b.no_content()
    return b.build()


def zuletzt(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/profil/zuletzt-gesehen")
    b.header("x-geraet-mac", b.id("box_mac", "nosep_upper", "header x-geraet-mac"))
    b.view("response json zuletztGesehen[] (recently watched)", direction="response")
    b.ok_json(
        {
            "zuletztGesehen": [
                {"sendung": s, "sender": c.rng.choice(SENDER), "gesehenAm": iso(c)}
                for s in c.rng.sample(SENDUNGEN, 3)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/epg?sender={c.rng.randint(1, 80)}&tag=heute")
    b.decoy("EPG air times and durations (content fetch)")
    b.ok_json(
        {
            "sendungen": [
                {"titel": t, "sendezeit": iso(c), "dauerMin": c.rng.choice([30, 60, 120])}
                for t in SENDUNGEN[:4]
            ]
        }
    )
    return b.build()


def senderliste(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/senderliste?paket=komfort")
    b.ok_json({"sender": [{"nr": i + 1, "name": s, "hd": True} for i, s in enumerate(SENDER)]})
    return b.build()


def watchdog(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/ping?t={ms(c)}")
    b.ok_json({"pong": True, "server": "fra-" + new_hex(c.rng, 4)})
    return b.build()


def status(c: Context) -> Flow:
    b = _b(c, "GET", f"{MW}/api/v1/geraet/status")
    b.header("x-geraet-mac", b.id("box_mac", "nosep_upper", "header x-geraet-mac"))
    b.ok_json({"cpuTemp": rf(c.rng, 40, 70, 1), "speicherFrei": c.rng.randint(100, 900)})
    return b.build()
