"""Obrii: the Kyiv living-room smart TV's own services and its companion app.

The TV's automatic content recognition (ACR) matches what is on screen (air
channels, the HDMI box, apps) and reports matches per programme with a start
time and duration, as the FTC described smart-TV ACR data in FTC v. VIZIO
(2017); the keys are the TV maker's own transliterated Ukrainian. The newer
firmware ships match rows as protobuf with the TV serial in field 1. The
companion app shows the household's weekly viewing statistics (a watch history
by channel). The programme guide, remote key presses and the installed apps
are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

ACR = "https://acr.obrii-tv.example"
API = "https://cloud.obrii-tv.example"
TV_UA = "Mozilla/5.0 (Linux; Android 11; Obrii 55U750 Build/RP1A) ObriiOS/3.4"
APP_UA = ua("ObriiHome", "1.9.3")
CHANNELS = ["1+1 Україна", "ICTV2", "СТБ", "Суспільне", "Новий канал", "ТЕТ", "HDMI1", "YouTube"]
PROGRAMMES = ["Єдині новини", "Холостяк", "Маскарад", "Ліга сміху", "Кохана, ми вбиваємо дітей"]


def acr_report(c: Context) -> Flow:
    b = FB(c, "obrii-acr", "POST", f"{ACR}/v1/acr/zbihy")
    b.header("user-agent", TV_UA)
    b.view("json zbihy[] kanal / prohrama / pochatok / tryvalist_sek (ACR)")
    b.json(
        {
            "tv_id": b.id("tv_acr_id", where="json tv_id"),
            "model": "55U750",
            "zbihy": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "prohrama": c.rng.choice(PROGRAMMES),
                    "pochatok": iso(c),
                    "tryvalist_sek": c.rng.randint(30, 3600),
                    "dzherelo": c.rng.choice(["efir", "hdmi", "app"]),
                }
                for _ in range(c.rng.randint(1, 5))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_protobuf(c: Context) -> Flow:
    b = FB(c, "obrii-acr", "POST", f"{ACR}/v2/m")
    b.header("user-agent", "ObriiACR/2.0")
    b.view("protobuf rows (channel index, ts, seconds) without names", detectable=False)
    rows = [
        pb_msg(
            3,
            [
                pb_varint(1, c.rng.randint(0, len(CHANNELS) - 1)),
                pb_varint(2, ms(c) // 1000 - c.rng.randint(0, 3600)),
                pb_varint(3, c.rng.randint(30, 3600)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    ]
    serial = b.id("tv_serial", "protobuf", "protobuf field 1", detectable=False)
    b.set_body(pb_bytes(1, serial) + pb_varint(2, 7) + b"".join(rows), "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def weekly_stats(c: Context) -> Flow:
    b = FB(c, "obriihome", "GET", f"{API}/v1/statystyka/perehliad?tyzhden=potochnyi")
    b.header("user-agent", APP_UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.view("response json istoriia_perehliadu[] kanal / khvylyn", direction="response")
    b.ok_json(
        {
            "istoriia_perehliadu": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "prohrama": c.rng.choice(PROGRAMMES),
                    "den": iso(c)[:10],
                    "khvylyn": c.rng.randint(5, 240),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def pair(c: Context) -> Flow:
    b = FB(c, "obriihome", "POST", f"{API}/v1/tv/pidkliuchennia")
    b.header("user-agent", APP_UA)
    b.json(
        {
            "mac_tv": b.id("tv_mac", where="json mac_tv"),
            "seriinyi_nomer_tv": b.id("tv_serial", where="json seriinyi_nomer_tv"),
            "pin": str(c.rng.randint(1000, 9999)),
        }
    )
    b.decoy("pairing PIN")
    b.ok_json({"ok": True, "akaunt": b.acct("tv_account")})
    return b.build()


def tv_status(c: Context) -> Flow:
    b = FB(c, "obriihome", "GET", f"{API}/v1/tv/stan")
    b.header("user-agent", APP_UA)
    mac = b.id("tv_mac", "upper", "response json merezha.mac", direction="response")
    b.ok_json(
        {
            "zhyvlennia": "uvimkneno",
            "huchnist": c.rng.randint(0, 40),
            "merezha": {"typ": "wifi", "mac": mac, "rssi": -c.rng.randint(40, 75)},
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "obrii-tv", "GET", f"{API}/v1/epg?kanal={c.rng.randint(1, 60)}")
    b.header("user-agent", TV_UA)
    b.decoy("programme guide with times (content fetch)")
    b.ok_json(
        {
            "prohramy": [
                {"nazva": p, "pochatok": iso(c), "khv": c.rng.choice([30, 60, 90])}
                for p in PROGRAMMES
            ]
        }
    )
    return b.build()


def keypress(c: Context) -> Flow:
    b = FB(c, "obriihome", "POST", f"{API}/v1/pult/knopka")
    b.header("user-agent", APP_UA)
    b.json({"knopka": c.rng.choice(["VOL_UP", "CH_UP", "OK", "HOME", "BACK"]), "t": ms(c)})
    b.no_content()
    return b.build()


def apps(c: Context) -> Flow:
    b = FB(c, "obrii-tv", "GET", f"{API}/v1/tv/zastosunky")
    b.header("user-agent", TV_UA)
    b.ok_json(
        {"zastosunky": ["youtube", "netflix", "megogo", "ekran", "sweet.tv"], "req": rid(c.rng)}
    )
    b.decoy("request id")
    return b.build()
