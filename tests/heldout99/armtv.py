"""An Armenian OTT (Shant / Armenia TV-like) on the phone and the TV box. Its
watch log uses romanised Armenian ("ditvats" = watched, "sharunakel" =
continue, "dirq" = position, "seria" = episode), Armenian script in the
resume list, and Russian transliteration ("prosmotr", "seriya") in an older
endpoint the TV box app still calls.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, box_ua, ms, rid, ua

API = "https://api.armplay-tv.am"
SHOWS = ["Tnpesi Hayrik", "Khaghic Durs", "Hin Yerevan", "Kargin Serial", "Ser u Kirq"]


def _b(c: Context, method: str, path: str, box: bool = False) -> FB:
    b = FB(c, "armtv", method, API + path)
    b.header("user-agent", box_ua("ArmPlayTV", "3.8") if box else ua("ArmPlay", "4.1.2"))
    b.header("x-session", rid(c.rng))
    return b


def ditvats(c: Context) -> Flow:
    b = _b(c, "POST", "/api/ditvats")
    b.json(
        {
            "haghordum": c.rng.choice(SHOWS),
            "seria": c.rng.randint(1, 120),
            "dirq": c.rng.randint(0, 2600),
            "tevoxutyun": 2700,
            "avart": c.rng.random() < 0.2,
            "sarq_id": b.id("aid_arm", where="body.sarq_id"),
        }
    )
    b.view("body ditvats (haghordum/seria/dirq)")
    b.ok_json({"ok": 1})
    return b.build()


def sharunakel(c: Context) -> Flow:
    """Resume list in Armenian script (Շարունակել դիտել = continue watching)."""
    b = _b(c, "GET", "/api/sharunakel")
    rows = [
        {
            "Հաղորդում": c.rng.choice(SHOWS),
            "Սերիա": c.rng.randint(1, 120),
            "Դիրք": c.rng.randint(30, 2600),
        }
        for _ in range(c.rng.randint(2, 5))
    ]
    b.ok_json({"Շարունակել_դիտել": rows})
    b.view("response Շարունակել_դիտել[]", direction="response")
    return b.build()


def prosmotr(c: Context) -> Flow:
    """The TV box's legacy endpoint, Russian transliteration, gzip."""
    b = _b(c, "POST", "/legacy/istoriya_prosmotra", box=True)
    b.json(
        {
            "kanal": c.rng.choice(["shant", "armtv", "h1", "kentron"]),
            "peredacha": c.rng.choice(SHOWS),
            "seriya": c.rng.randint(1, 120),
            "sekund_prosmotreno": c.rng.randint(10, 2600),
            "ustroistvo": {
                "android_id": b.id("box_aid", where="body.ustroistvo.android_id"),
                "serial": b.id("box_serial", where="body.ustroistvo.serial"),
            },
        },
        encoding="gzip",
    )
    b.view("body peredacha/seriya/sekund_prosmotreno")
    b.no_content()
    return b.build()


def opaque_state(c: Context) -> Flow:
    """Player state packed as base64 of gzip under a meaningless key."""
    b = _b(c, "POST", "/api/s")
    blob = b64(
        gz(f"{c.rng.randint(1, 99)}|{c.rng.randint(1, 120)}|{c.rng.randint(0, 2600)}".encode())
    )
    b.json({"d": blob, "v": 3})
    b.view("body.d (gzip+base64 state)", detectable=False)
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", "/api/epg", box=True)
    b.param("or", str(ms(c) // 86400000))
    b.ok_json(
        {"haghordumner": [{"anun": s, "start": ms(c) + i * 1800000} for i, s in enumerate(SHOWS)]}
    )
    b.decoy("EPG schedule")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", "/api/voronum")
    b.param("q", c.rng.choice(["serial", "film", "multfilm", "hamerg"]))
    b.ok_json({"ardyunqner": [{"id": c.rng.randint(1, 999), "anun": s} for s in SHOWS[:3]]})
    b.decoy("search results")
    return b.build()
