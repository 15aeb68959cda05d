"""The Nilesat HD receiver in the Cairo living room (a fictional "Nagma-Sat" brand
in the style of the local Star-Sat / Tiger boxes, Ethernet OUI 00:1E:B8).

The box has an online side: it checks for firmware and channel-list updates
with its MAC and serial in the query, and its "smart" build reports zapping
(the Nilesat transponder, service id and channel name, seconds on the channel)
to the vendor's cloud for "recommended channels". A newer firmware sends the
same rows positionally under a SHA-1 of the serial. The channel-list download
(frequencies, polarity, symbol rates), the firmware check and the weather
widget are not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

CLOUD = "http://cloud.nagmasat.example"
UA = "NagmaSat/HD-9900 fw/3.41 (Linux 4.9; mips)"
QANAWAT = [
    (11, "MBC Masr", 11372, "H"),
    (12, "ON", 11843, "V"),
    (13, "CBC", 11938, "H"),
    (14, "Nile Drama", 11137, "H"),
    (15, "Al Hayah", 11470, "V"),
    (16, "Iqra", 11823, "H"),
    (17, "Sada El Balad", 12226, "V"),
    (18, "Al Nahar", 11919, "V"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "nagmasat", method, url, http_version="HTTP/1.1")
    b.header("user-agent", UA)
    return b


def check_update(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/api/fw/check")
    b.param("mac", b.id("rcv_mac", where="query mac"))
    b.param("sn", b.id("rcv_serial", where="query sn"))
    b.param("model", "HD-9900")
    b.param("fw", "3.41")
    b.ok_json({"update": False, "latest": "3.41", "notes": "تحسينات"})
    return b.build()


def channel_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/api/channels/nilesat-7w.json?region=EG")
    b.decoy("satellite channel list: frequencies, polarity, service ids (catalogue)")
    b.ok_json(
        {
            "sat": "Nilesat 7W",
            "qanawat": [
                {"sid": sid, "esm": n, "freq": f, "pol": p, "sr": 27500} for sid, n, f, p in QANAWAT
            ],
            "version": iso(c)[:10],
        }
    )
    return b.build()


def zapping_log(c: Context) -> Flow:
    sid, name, freq, pol = c.rng.choice(QANAWAT)
    b = _b(c, "POST", f"{CLOUD}/api/smart/moshahda")
    b.header("x-rcv-mac", b.id("rcv_mac", where="header x-rcv-mac"))
    b.view("json 2anah/sid + sawany (channel watched)")
    b.json(
        {
            "2anah": name,
            "sid": sid,
            "freq": freq,
            "pol": pol,
            "bedaya": iso(c),
            "sawany": c.rng.randint(30, 5400),
        }
    )
    b.ok_json({"tamam": 1})
    return b.build()


def zapping_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{CLOUD}/r2")
    k = b.id("rcv_serial", "sha1", "json k", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.choice(QANAWAT)[0], c.rng.randint(30, 5400), ms(c) // 1000]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": k, "r": rows})
    b.no_content()
    return b.build()


def recommended(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/api/smart/mo2tara7?madina=cairo&lo8a=ar")
    b.decoy("recommended channels with audience counts (aggregate)")
    b.ok_json(
        {
            "mo2tara7": [
                {"sid": sid, "esm": n, "moshahdeen": c.rng.randint(10**4, 10**6)}
                for sid, n, _, _ in QANAWAT[:4]
            ]
        }
    )
    return b.build()


def weather_widget(c: Context) -> Flow:
    b = _b(c, "GET", f"{CLOUD}/api/ta2s?madina=cairo&t={ms(c)}")
    b.ok_json({"madina": "القاهرة", "7arara": c.rng.randint(14, 38), "id": new_hex(c.rng, 8)})
    return b.build()
