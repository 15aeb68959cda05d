"""Bernsjoch: the children's video app on the shared Lenovo kids' tablet (Snits).

Frisian keys: `berneprofyl` (child profile), `filmke` (clip), `sjoen_sekonden`
(seconds watched), `skermtiid` (screen time). The app keeps a child's watch
list; the parental report summarises what the child watched and for how long.
The newer build syncs the watch history as protobuf (titles and seconds in
numbered fields). The tablet's kid-safe management check-in sends its serial
and Wi-Fi MAC; the app's own calls carry the ANDROID_ID, once inside a base64
JSON form field. Clip fetches, thumbnails and the catalogue are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, js, pb_bytes, pb_msg, pb_varint

from .phone import B, dalvik, iso, ms, ua

API = "https://api.bernsjoch.example"
UA = ua("Bernsjoch", "1.12.0", "bern")
FILMKES = [
    ("k101", "Piter de Pier"),
    ("k114", "Boartsje mei Bartsje"),
    ("k122", "Rymkes foar bern"),
    ("k130", "Tsjûke en de Tsjerne"),
    ("k141", "Kabouter Fokke"),
]


def _b(c: Context, method: str, url: str, device: bool = False) -> B:
    b = B(c, "bernsjoch", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-tablet", b.id("aid_bern", where="header x-tablet"))
    return b


def mdm_checkin(c: Context) -> Flow:
    b = B(c, "kidsafe-mdm", "POST", "https://mdm.bernfeilich.example/v1/checkin")
    b.header("user-agent", dalvik("bern"))
    b.json(
        {
            "serienûmer": b.id("tablet_serial", where="json serienûmer (serial)"),
            "wifi_mac": b.id("tablet_mac", where="json wifi_mac"),
            "model": "TB-X606F",
            "batterij": c.rng.randint(10, 100),
            "beliedsferzje": 7,
        }
    )
    b.ok_json({"belied": {"skermtiid_max_min": 90, "apps": ["nl.bernsjoch"]}})
    return b.build()


def start(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/start")
    payload = js(
        {
            "i": b.id("bern_install", where="form d: base64 json i (install id)"),
            "a": b.id("aid_bern", where="form d: base64 json a (ANDROID_ID)"),
            "p": b.acct("bern_profile"),
            "v": "1.12.0",
        }
    )
    b.form([("d", b64(payload)), ("t", str(ms(c)))])
    b.ok_json({"ok": True, "profylen": 2})
    return b.build()


def sjoen(c: Context) -> Flow:
    kid, title = c.rng.choice(FILMKES)
    b = _b(c, "POST", f"{API}/v1/berneprofyl/sjoen", device=True)
    b.view("json filmke/sjoen_sekonden (clip watched by a child)")
    b.json(
        {
            "berneprofyl": b.acct("bern_profile"),
            "filmke": title,
            "filmke_id": kid,
            "sjoen_sekonden": c.rng.randint(20, 600),
            "ein": iso(c),
        }
    )
    b.no_content()
    return b.build()


def skermtiid_rapport(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/alden/rapport?wike=lêste".replace("ê", "e"))
    b.view("response json sjoen[] per child (parental report)", direction="response")
    b.ok_json(
        {
            "berneprofyl": b.acct("bern_profile"),
            "skermtiid_min": c.rng.randint(60, 600),
            "sjoen": [
                {"filmke": t, "kear": c.rng.randint(1, 9), "minuten": c.rng.randint(3, 80)}
                for _, t in c.rng.sample(FILMKES, 3)
            ],
        }
    )
    return b.build()


def history_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("protobuf rows: field 1 title, field 2 seconds, field 3 ts", detectable=False)
    body = b"".join(
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(FILMKES)[1]),
                pb_varint(2, c.rng.randint(20, 600)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 4))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def katalogus(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/filmkes?leeftyd=4-6")
    b.decoy("catalogue of clips")
    b.ok_json(
        {
            "filmkes": [
                {"id": k, "titel": t, "sekonden": c.rng.randint(120, 900)} for k, t in FILMKES
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    kid = c.rng.choice(FILMKES)[0]
    b = B(c, "bernsjoch", "GET", f"https://img.bernsjoch.example/{kid}/{new_hex(c.rng, 8)}.jpg")
    b.header("user-agent", UA)
    b.decoy("clip thumbnail")
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(200))
    )
    return b.build()


def clip(c: Context) -> Flow:
    kid = c.rng.choice(FILMKES)[0]
    b = B(
        c, "bernsjoch", "GET", f"https://cdn.bernsjoch.example/{kid}/480p/{c.rng.randint(1, 90)}.ts"
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
