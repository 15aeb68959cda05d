"""DekoTV: a GOtv/StarTimes-like pay-TV decoder in the sitting room and its
companion app "MyDeko" on the Tecno.

The decoder's IUC number (printed under it, typed as the account at paybill)
and its chip id identify the household's decoder. The app shows the bouquet,
clears "E16" errors by IUC and shows `nilichotazama` (what I watched, built
from the decoder's logs). The decoder itself uploads channel tuning logs in
Swahili keys (`kumbukumbu_za_chaneli`: channel, start, seconds); its older
firmware packs "channel,start,seconds;..." as hex under `d` with the chip id
base64 under `c`. The EPG and bouquet prices are ordinary.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ksh, ms, rid, ua_tecno

API = "https://api.dekotv.example"
LOGS = "https://logs.dekotv.example"
UA = ua_tecno("MyDeko", "2.3.0")
BOX_UA = "DekoBox/STB-H3 fw 4.1.7"
CHANNELS = [
    "Citizen TV",
    "KTN",
    "NTV",
    "K24",
    "Maisha Magic East",
    "Zee World",
    "Inooro TV",
    "DekoSport",
]


def _app(c: Context, method: str, url: str) -> FB:
    b = FB(c, "mydeko", method, url)
    b.header("user-agent", UA)
    b.header("x-android-id", b.id("aid_deko", where="header x-android-id"))
    return b


def decoder_status(c: Context) -> Flow:
    b = FB(c, "mydeko", "GET", "")
    b.header("user-agent", UA)
    iuc = b.id("decoder_iuc", where="path /dekoda/{iuc}")
    b.base = f"{API}/v1/dekoda/{iuc}/hali"
    b.ok_json(
        {
            "kifurushi": c.rng.choice(["Deko Lite", "Deko Plus", "Deko Max"]),
            "inaisha": iso(c),
            "hali": c.rng.choice(["HAI", "IMESIMAMISHWA"]),
            "mteja": b.acct("deko_user"),
        }
    )
    return b.build()


def clear_error(c: Context) -> Flow:
    b = _app(c, "POST", f"{API}/v1/dekoda/futa-kosa")
    b.json(
        {
            "iuc": b.id("decoder_iuc", where="json iuc"),
            "kosa": c.rng.choice(["E16", "E48-32", "E32"]),
            "saa": iso(c),
        }
    )
    b.ok_json({"ujumbe": "Weka dekoda ikiwa imewashwa kwa dakika 15"})
    return b.build()


def tuning_log(c: Context) -> Flow:
    b = FB(c, "dekobox", "POST", f"{LOGS}/v1/kumbukumbu_za_chaneli")
    b.header("user-agent", BOX_UA)
    b.view("json kumbukumbu[] (chaneli, ilianza, sekunde): live-channel tuning log")
    b.json(
        {
            "chip_id": b.id("decoder_chip", where="json chip_id"),
            "iuc": b.id("decoder_iuc", where="json iuc"),
            "kumbukumbu": [
                {
                    "chaneli": c.rng.choice(CHANNELS),
                    "ilianza": ms(c) // 1000 - c.rng.randint(60, 20000),
                    "sekunde": c.rng.randint(20, 5400),
                }
                for _ in range(c.rng.randint(2, 8))
            ],
        }
    )
    b.no_content()
    return b.build()


def legacy_log(c: Context) -> Flow:
    now = ms(c) // 1000
    rows = ";".join(
        f"{c.rng.randint(1, 60)},{now - c.rng.randint(60, 9000)},{c.rng.randint(20, 3600)}"
        for _ in range(c.rng.randint(2, 6))
    )
    b = FB(c, "dekobox", "GET", f"{LOGS}/l")
    b.header("user-agent", BOX_UA)
    b.view("query d (hex of channel,start,seconds rows)", detectable=False)
    b.param("d", rows.encode().hex())
    b.param("c", b.id("decoder_chip", "b64", "query c (base64 chip id)", detectable=False))
    b.respond(200, "text/plain", b"OK")
    return b.build()


def watched_list(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/mimi/nilichotazama?siku=7")
    b.view("response json nilichotazama[] (chaneli, kipindi, dakika)", direction="response")
    b.ok_json(
        {
            "nilichotazama": [
                {
                    "chaneli": c.rng.choice(CHANNELS),
                    "kipindi": c.rng.choice(["Maria", "Vioja Mahakamani", "Nipashe", "Zora"]),
                    "dakika": c.rng.randint(5, 180),
                    "siku": iso(c)[:10],
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/ratiba?chaneli={c.rng.randint(1, 60)}&siku=leo")
    b.decoy("programme guide with start times (a catalogue)")
    b.ok_json(
        {
            "ratiba": [
                {"kipindi": p, "anza": iso(c), "dakika": c.rng.choice([30, 60, 90])}
                for p in ("Nipashe", "Maria", "Zora", "Dira ya Dunia")
            ]
        }
    )
    return b.build()


def bouquets(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/vifurushi")
    b.decoy("bouquet prices")
    b.ok_json(
        {
            "vifurushi": [
                {"jina": n, "bei_kes": p, "chaneli": k}
                for n, p, k in (
                    ("Deko Lite", 350, 40),
                    ("Deko Plus", 940, 65),
                    ("Deko Max", 1299, 80),
                )
            ],
            "ombi": rid(c.rng),
        }
    )
    return b.build()


def box_firmware(c: Context) -> Flow:
    b = FB(c, "dekobox", "GET", f"{LOGS}/fw/check")
    b.header("user-agent", BOX_UA)
    b.param("chip", b.id("decoder_chip", where="query chip"))
    b.param("fw", "4.1.7")
    b.ok_json({"update": False, "checksum": base64.b64encode(bytes(16)).decode()})
    return b.build()


def renew_reminder(c: Context) -> Flow:
    b = _app(c, "GET", f"{API}/v1/vikumbusho")
    b.ok_json({"ujumbe": "Kifurushi chako kinaisha kesho", "bei": ksh(c.rng, 350, 1300)})
    return b.build()
