"""Ulduz TV: the living-room smart TV (a rebadged Android TV sold in Baku) with ACR.

The firmware's automatic content recognition, written by a Russian-speaking
vendor team, reports the matched programmes with transliterated keys
(`sovpadeniya`, `kanal`, `peredacha`, `nachalo`, `dlitelnost_sek`); an older
path sends bare rows. The TV is identified by a DUID and its Wi-Fi MAC. The
programme guide and the remote's key presses are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid

API = "https://api.ulduztv.example"
ACR = "https://acr.ulduztv.example"
TV_UA = "UlduzTV/3.4 (Linux; Android 11; UTV-55U8 Build/RP1A)"
CHANNELS = ["AzTV", "İTV", "ARB", "Xəzər TV", "Space", "Rossiya 24", "TRT 1", "Show TV"]
PROGRAMMES = ["Xəbərlər", "Qaynana", "Şou Baku", "Vesti", "Kuruluş Osman", "Qarabağ – Neftçi"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ulduztv", method, url)
    b.header("user-agent", TV_UA)
    return b


def acr_report(c: Context) -> Flow:
    b = FB(c, "ulduztv-acr", "POST", f"{ACR}/v2/acr/otchet")
    b.header("user-agent", TV_UA)
    b.view("json sovpadeniya[] (ACR matches)")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "sovpadeniya": [
                {
                    "kanal": c.rng.choice(CHANNELS),
                    "peredacha": c.rng.choice(PROGRAMMES),
                    "nachalo": iso(c),
                    "dlitelnost_sek": c.rng.randint(60, 3600),
                    "istochnik": c.rng.choice(["HDMI1", "tuner", "app"]),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
        },
        "gzip",
    )
    b.no_content()
    return b.build()


def acr_rows(c: Context) -> Flow:
    """Older firmware: fingerprint match rows [content, channel index, ts, seconds] under 'm'."""
    b = FB(c, "ulduztv-acr", "POST", f"{ACR}/f1")
    b.header("user-agent", TV_UA)
    b.view("json m[] rows", detectable=False)
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(0, 7), ms(c), c.rng.randint(60, 3600)]
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json({"m": rows, "k": 7})
    b.no_content()
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ustroystvo/registratsiya")
    b.json(
        {
            "duid": b.id("tv_duid", where="json duid"),
            "mac_wifi": b.id("tv_mac", where="json mac_wifi"),
            "model": "UTV-55U8",
            "strana": "AZ",
        }
    )
    b.ok_json({"ok": True, "acr_soglasie": True})
    return b.build()


def mac_ping(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/hb")
    b.form(
        [
            (
                "a",
                b.id(
                    "tv_mac", "md5_of_nosep", "form a (md5 of MAC without colons)", detectable=False
                ),
            ),
            ("b", str(int(c.now))),
        ]
    )
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/epg?kanal={c.rng.randint(1, 40)}")
    b.decoy("programme guide with start times and durations (content fetch)")
    b.ok_json(
        {
            "programma": [
                {"nazvanie": p, "nachalo": iso(c), "dlitelnost_min": c.rng.choice([30, 60, 90])}
                for p in PROGRAMMES
            ]
        }
    )
    return b.build()


def keypress(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/pult/knopka")
    b.json(
        {
            "knopka": c.rng.choice(["VOL_UP", "CH_DOWN", "OK", "HOME"]),
            "ts": ms(c),
            "req": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()
