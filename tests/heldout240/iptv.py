"""The IPTV set-top box in the Tbilisi living room: an Android TV box of a
fictional home ISP (Kavshiri) on its own JSON middleware.

The box logs in with its Ethernet MAC and serial (`mac`, `serial` in the login
body, the ISP's middleware style), then sends `X-STB-MAC` on every call. When
a channel or catch-up programme starts and stops, the box reports a play
session (`arkhis_id`, `dasatskisi`, `tsamebi`). The channel list, the EPG, the
stream-URL fetch and the box's own picture settings are ordinary. The ISP's
QoS agent reports rows of [channel, seconds, bitrate] keyed by a SHA-1 of the
MAC without separators.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, ms

MW = "https://mw.kavshiri-tv.example/api/stb/v3"
QOS = "https://qos.kavshiri-tv.example/q"
UA = "KavshiriSTB/3.8.2 (Linux; Android TV 11; KS-4K2)"
ARKHEBI = [
    (101, "იმედი HD"),
    (102, "რუსთავი 2 HD"),
    (103, "მთავარი"),
    (104, "პირველი არხი"),
    (105, "ფორმულა"),
    (106, "Setanta Sports Georgia"),
    (107, "სილქ სპორტი 1"),
    (108, "POSTV"),
]


def _b(c: Context, method: str, path: str, mac: bool = True) -> FB:
    b = FB(c, "kavshiri-stb", method, f"{MW}/{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + c.phone.box_token)
    if mac:
        b.header("x-stb-mac", b.id("box_mac", where="header x-stb-mac"))
    return b


def login(c: Context) -> Flow:
    b = _b(c, "POST", "auth/login", mac=False)
    b.json(
        {
            "mac": b.id("box_mac", where="json mac"),
            "serial": b.id("box_serial", where="json serial"),
            "deviceId": b.id("box_device_id", where="json deviceId"),
            "model": "KS-4K2",
            "firmware": "3.8.2",
        }
    )
    b.ok_json({"token": c.phone.box_token, "abonenti": c.rng.randint(100000, 999999)})
    return b.build()


def play_session(c: Context) -> Flow:
    ch, name = c.rng.choice(ARKHEBI)
    b = _b(c, "POST", "stat/play")
    b.view("json arkhis_id + tsamebi (channel watched)")
    b.json(
        {
            "arkhis_id": ch,
            "arkhi": name,
            "tipi": c.rng.choice(["live", "catchup"]),
            "dasatskisi": iso(c),
            "tsamebi": c.rng.randint(30, 5400),
        }
    )
    b.no_content()
    return b.build()


def qos_probe(c: Context) -> Flow:
    b = FB(c, "kavshiri-qos", "POST", QOS)
    b.header("user-agent", "ksqos/2.2")
    key = b.id("box_mac", "sha1_of_nosep", "json i", detectable=False)
    b.view("json r[] rows", detectable=False)
    rows = [
        [c.rng.choice(ARKHEBI)[0], c.rng.randint(30, 3600), c.rng.randint(2000, 9000)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"i": key, "r": rows, "t": ms(c)})
    b.no_content()
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", "arkhebi?paketi=basic")
    b.decoy("channel list (catalogue)")
    b.ok_json(
        {"arkhebi": [{"id": ch, "saxeli": n, "nomeri": i + 1} for i, (ch, n) in enumerate(ARKHEBI)]}
    )
    return b.build()


def epg(c: Context) -> Flow:
    ch, _ = c.rng.choice(ARKHEBI)
    b = _b(c, "GET", f"epg?arkhi={ch}&dghe=0")
    b.decoy("EPG start times and durations (content fetch)")
    t0 = int(c.now) // 1800 * 1800
    b.ok_json(
        {
            "programa": [
                {"satauri": n, "dasatskisi": t0 + i * 3600, "khangrdzlivoba": 3600}
                for i, n in enumerate(["ქრონიკა", "სერიალი", "ფილმი", "სპორტი"])
            ]
        }
    )
    return b.build()


def stream_url(c: Context) -> Flow:
    ch, _ = c.rng.choice(ARKHEBI)
    b = _b(c, "GET", f"arkhebi/{ch}/stream")
    b.decoy("stream link fetch for a channel (content fetch)")
    b.ok_json({"url": f"https://live.kavshiri-tv.example/{ch}/index.m3u8?tk={new_hex(c.rng, 32)}"})
    return b.build()


def picture_settings(c: Context) -> Flow:
    b = _b(c, "PUT", "settings/picture")
    b.json(
        {
            "rezhimi": c.rng.choice(["kino", "sporti", "standarti"]),
            "sikashkashe": c.rng.randint(30, 70),
        }
    )
    b.no_content()
    return b.build()
