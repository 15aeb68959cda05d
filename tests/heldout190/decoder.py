"""Siaran+: the companion app of the family's satellite decoder (an Astro-like pay-TV
box the family owns), on the Huawei phone.

The box uploads its channel-tuning log through the app's relay (`log_saluran`:
channel, tuned at, seconds: live-channel tuning is viewing history), and the
app shows "Tontonan Terkini" (recently watched) from the box. The box's
older firmware sends tuning as packed hex under `x` (opaque). Pairing names
the box serial and its smartcard number. The EPG, the channel package list
and the ratings of programmes across all viewers are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua_huawei

API = "https://api.siaranplus.example"
UA = ua_huawei("SiaranPlus", "2.11.0")
CHANNELS = [
    (104, "TV3"),
    (105, "Ria"),
    (123, "Prima"),
    (311, "Wah Lai Toi"),
    (213, "Vaanavil"),
    (811, "Sukan Plus"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "siaranplus", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def tuning_log(c: Context) -> Flow:
    b = FB(c, "siaranplus-stb", "POST", f"{API}/stb/v1/log_saluran")
    b.header("user-agent", "ULTRA-BOX/5.2 (Linux; STB)")
    b.view("json log_saluran[] {saluran, ditala_pada, tempoh_s}")
    b.json(
        {
            "no_siri_kotak": b.id("stb_serial", where="json no_siri_kotak"),
            "log_saluran": [
                {
                    "saluran": ch,
                    "nama": name,
                    "ditala_pada": iso(c),
                    "tempoh_s": c.rng.randint(30, 7200),
                }
                for ch, name in c.rng.sample(CHANNELS, 3)
            ],
        }
    )
    b.no_content()
    return b.build()


def recently_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/tontonan-terkini")
    b.view(
        "response json tontonan_terkini[] {rancangan, ditonton_pada, minit}", direction="response"
    )
    b.ok_json(
        {
            "tontonan_terkini": [
                {
                    "rancangan": p,
                    "saluran": c.rng.choice(CHANNELS)[1],
                    "ditonton_pada": iso(c),
                    "minit": c.rng.randint(5, 120),
                }
                for p in (
                    "Buletin Utama",
                    "Lelaki Itu Suamiku",
                    "Wah Lai Toi Drama",
                    "Badminton Malaysia Open",
                )
            ]
        }
    )
    return b.build()


def tuning_hex_opaque(c: Context) -> Flow:
    b = FB(c, "siaranplus-stb", "POST", f"{API}/stb/v0/u")
    b.header("user-agent", "ULTRA-BOX/4.9 (Linux; STB)")
    b.view("form x (packed hex rows: channel, ts, seconds)", detectable=False)
    x = "".join(
        f"{ch:04x}{ms(c) // 1000:08x}{c.rng.randint(30, 7200):04x}"
        for ch, _ in c.rng.sample(CHANNELS, 2)
    )
    b.form([("x", x), ("f", "49")])
    b.no_content()
    return b.build()


def pair_box(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/v1/kotak/pasang")
    b.json(
        {
            "no_siri": b.id("stb_serial", where="json no_siri"),
            "no_kad_pintar": b.id("smartcard", where="json no_kad_pintar"),
            "android_id": b.id("aid_astro", where="json android_id"),
            "akaun": b.acct("astro_acct"),
        }
    )
    b.ok_json({"dipasang": True})
    return b.build()


def box_status_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/s")
    b.param(
        "c", b.id("smartcard", "sha256", "query c (sha256 of smartcard number)", detectable=False)
    )
    b.ok_json({"a": 1, "b": 0})
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/epg?saluran={c.rng.choice(CHANNELS)[0]}")
    b.decoy("programme guide with start times and durations (content fetch)")
    b.ok_json(
        {
            "rancangan": [
                {"tajuk": t, "mula": iso(c), "tempoh_min": 60}
                for t in ("Buletin Utama", "Drama Sangat", "Berita Tamil")
            ]
        }
    )
    return b.build()


def ratings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/rancangan-popular")
    b.decoy("most-watched programmes with audience ratings across all viewers (aggregate)")
    b.ok_json(
        {
            "popular": [
                {
                    "rancangan": n,
                    "penarafan_tv": c.rng.randint(1, 30),
                    "purata_minit": c.rng.randint(10, 50),
                }
                for _, n in CHANNELS
            ]
        }
    )
    return b.build()


def packages(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/v1/pakej")
    b.ok_json({"pakej": ["Asas", "Drama", "Sukan", "Cina", "India"], "bil_bulanan": 109.99})
    return b.build()
