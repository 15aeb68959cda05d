"""A music app with listening history ("escuchado", "historial"), CleverTap
events (CleverTap's Android SDK posts a JSON array to
https://{region}.clevertap-prod.com/a1 with `g` = device GUID in the header
meta and event objects `{"evtName", "evtData", "type": "event"}`, per
github.com/CleverTap/clevertap-android-sdk), and charts / lyrics decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, ms, rf, rid, ua

API = "https://api.sonidomx.example"
SONGS = ["tusa", "ella-baila-sola", "la-bikina", "cielito-lindo", "un-x100to", "el-triste"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "sonido", method, url)
    b.header("user-agent", ua("SonidoMX", "2.9.1"))
    return b


def escuchado(c: Context) -> Flow:
    b = _b(c, "POST", API + "/v1/historial/escuchado")
    b.view("json escuchado list with seg")
    b.json(
        {
            "escuchado": [
                {
                    "cancion": c.rng.choice(SONGS),
                    "seg": c.rng.randint(20, 240),
                    "termino": c.rng.random() < 0.6,
                    "ts": ms(c) - i * 200000,
                }
                for i in range(3)
            ]
        }
    )
    b.no_content()
    return b.build()


def clevertap(c: Context) -> Flow:
    b = _b(c, "POST", "https://us1.clevertap-prod.com/a1?os=Android&t=62&z=W9R-ZZZ-876Z")
    meta = {"type": "meta", "g": c.phone.ct_guid, "af": {"Build": "23124RA7EO"}}
    b.other_id("ct_guid", "json meta g (CleverTap device guid)")
    b.view("evtName Song Played with song / duration")
    evt = {
        "type": "event",
        "evtName": "Song Played",
        "ep": int(c.now),
        "evtData": {"song": c.rng.choice(SONGS), "listened_sec": c.rng.randint(10, 240)},
    }
    b.json([meta, evt])
    b.ok_json({"g": c.phone.ct_guid})
    return b.build()


def listen_opaque(c: Context) -> Flow:
    b = _b(c, "POST", API + "/x")
    b.view("base64 blob under 'd'", detectable=False)
    b.json({"d": b64(f"{c.rng.choice(SONGS)};{c.rng.randint(1, 240)}".encode()[::-1])})
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v1/top?pais=MX")
    b.decoy("charts")
    b.ok_json(
        {"top": SONGS, "plays": [c.rng.randint(10**5, 10**7) for _ in SONGS], "rid": rid(c.rng)}
    )
    return b.build()


def letra(c: Context) -> Flow:
    b = _b(c, "GET", API + f"/v1/letra/{c.rng.choice(SONGS)}")
    b.decoy("lyrics lookup")
    b.ok_json({"lineas": ["..."] * 4, "bpm": rf(c.rng, 80, 130, 1)})
    return b.build()
