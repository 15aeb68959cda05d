"""Theama: a Greek / Cypriot streaming app (series, ANT1 / Sigma-style live
channels) whose in-house backend mixes Greek script keys and Greeklish
("parakolouthisi" viewing, "thesi" position, "diarkeia" duration, "synexeia"
continue). Formats are our own; the Greek words are ordinary vocabulary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import gz, jsb

from . import ads
from .phone import FB, iso, ms, rid, ua

APP = ads.App("cy.theama.tv", "Theama", "3.4.0", "aid_theama", "el", "CY")
API = "https://api.theama.com.cy"
TITLES = [
    ("ep-5521", "Το Νησί"),
    ("ep-6630", "Άγιος Έρωτας"),
    ("ep-1207", "Η Γη της Ελιάς"),
    ("ep-9934", "Σασμός"),
    ("mv-2210", "Ο Θίασος"),
    ("ep-4409", "Ευτυχισμένοι Μαζί"),
]


def _hdr(b: FB) -> None:
    b.header("user-agent", ua(APP.name, APP.ver))
    b.header("x-request-id", rid(b.ctx.rng))
    b.header("accept-language", "el-CY,el;q=0.9,en;q=0.6")


def _pos(c: Context) -> tuple[str, str, int, int]:
    tid, title = c.rng.choice(TITLES)
    dur = c.rng.randint(2400, 3600)
    return tid, title, c.rng.randint(10, dur), dur


def greek_progress(c: Context) -> Flow:
    b = FB(c, "theama", "POST", f"{API}/api/v1/parakolouthisi")
    _hdr(b)
    tid, title, pos, dur = _pos(c)
    b.view("json:παρακολούθηση")
    b.json(
        {
            "παρακολούθηση": {
                "επεισόδιο": tid,
                "τίτλος": title,
                "θέση": pos,
                "διάρκεια": dur,
                "ολοκληρώθηκε": pos > dur * 0.95,
            },
            "χρήστης": c.phone.theama_user,
            "ώρα": iso(c),
        }
    )
    b.no_content()
    return b.build()


def greeklish_log(c: Context) -> Flow:
    b = FB(c, "theama", "POST", f"{API}/api/v1/istoriko/prosthiki")
    _hdr(b)
    tid, title, pos, dur = _pos(c)
    b.view("json:istoriko_provolis")
    b.json(
        {
            "istoriko_provolis": [
                {
                    "epeisodio_id": tid,
                    "titlos": title,
                    "thesi_sec": pos,
                    "diarkeia_sec": dur,
                    "imerominia": iso(c),
                }
            ],
            "syskevi": "android",
        }
    )
    b.no_content()
    return b.build()


def synexeia(c: Context) -> Flow:
    b = FB(c, "theama", "GET", f"{API}/api/v1/synexeia-parakolouthisis", [("limit", "12")])
    _hdr(b)
    items = []
    for _ in range(c.rng.randint(2, 5)):
        tid, title, pos, dur = _pos(c)
        items.append({"id": tid, "titlos": title, "thesi": pos, "diarkeia": dur})
    b.view("response json:synexeia[] (continue-watching list)", direction="response")
    b.ok_json({"synexeia": items})
    return b.build()


def gz_batch(c: Context) -> Flow:
    b = FB(c, "theama", "POST", f"{API}/collect/v2/batch")
    _hdr(b)
    evs = []
    for i in range(c.rng.randint(3, 6)):
        tid, _title, pos, dur = _pos(c)
        evs.append(
            {
                "ev": "player_heartbeat",
                "content_id": tid,
                "playhead": pos,
                "duration": dur,
                "seq": i,
                "t": ms(c),
            }
        )
    b.view("gzip json:events[].playhead")
    b.json({"events": evs, "app": APP.pkg}, encoding="gzip")
    b.no_content()
    return b.build()


def opaque_stats(c: Context) -> Flow:
    b = FB(c, "theama", "POST", f"{API}/s/k")
    _hdr(b)
    b.view("octet-stream: gzip of an XOR-scrambled watch log", detectable=False)
    blob = gz(bytes(x ^ 0x5A for x in jsb({"e": new_hex(c.rng, 6), "p": c.rng.randint(1, 3000)})))
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()


def device_bind(c: Context) -> Flow:
    b = FB(c, "theama", "POST", f"{API}/api/v1/syskevi/syndesi")
    _hdr(b)
    b.json(
        {
            "tautotita_syskevis": b.id(APP.aid, where="json:tautotita_syskevis"),
            "montelo": "Pixel 8a",
            "email": b.id("email", where="json:email"),
            "push": c.phone.fcm_token,
        }
    )
    b.ok_json({"syndethike": True})
    return b.build()


def header_device(c: Context) -> Flow:
    b = FB(c, "theama", "GET", f"{API}/api/v1/profile/entitlements")
    _hdr(b)
    b.header("x-device-id", b.id(APP.aid, where="header:x-device-id"))
    b.ok_json({"paketo": "premium", "lixi": "2025-01-31"})
    return b.build()


def tv_pairing(c: Context) -> Flow:
    """The phone confirms the code the Theama TV app shows on the Chromecast."""
    b = FB(c, "theama", "POST", f"{API}/api/v1/tv/syzefxi")
    _hdr(b)
    b.json(
        {
            "kodikos": str(c.rng.randint(1000, 9999)),
            "tv": {
                "android_id": b.id("aid_cast_theama", where="json:tv.android_id"),
                "montelo": "Chromecast HD",
                "onoma": "Σαλόνι",
            },
        }
    )
    b.ok_json({"syzefxthike": True, "tv_token": new_hex(c.rng, 32)})
    return b.build()


def most_watched(c: Context) -> Flow:
    b = FB(c, "theama", "GET", f"{API}/api/v1/dimofili", [("period", "week")])
    _hdr(b)
    b.decoy("'most watched this week' chart: everyone's totals, not the user's history")
    b.ok_json(
        {
            "dimofili": [
                {"id": t, "titlos": n, "provoles": c.rng.randint(10**4, 10**6)} for t, n in TITLES
            ]
        }
    )
    return b.build()


def poster(c: Context) -> Flow:
    tid = c.rng.choice(TITLES)[0]
    b = FB(c, "theama", "GET", f"https://img.theama.com.cy/posters/{tid}_w342.webp")
    b.header("user-agent", ua(APP.name, APP.ver))
    b.decoy("poster thumbnail")
    b.respond(200, "image/webp", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(200))
    return b.build()


def af(c: Context) -> Flow:
    return ads.appsflyer_launch(c, APP, "af_subscribe" if c.rng.random() < 0.3 else None)
