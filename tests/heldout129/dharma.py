"""Nomiin Egshig (Номын эгшиг): sutra recitations, mantras and khöömii (throat singing).

Listening progress goes to the app's API with romanised keys (`nom_id`,
`bairlal`, `sonssan_huvi`); the khöömii player's completion report uses
Cyrillic keys. The app also carries the sutra texts: the reader's page
position is reading, not listening. The temple screen schedule is what a
monastery's public screen plays, not anyone's listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64url

from .phone import FB, iso, ms, rid, ua

API = "https://api.nom-egshig.example"
UA = ua("NomiinEgshig", "1.9.4")
SUTRAS = [
    ("n101", "Очирт засагч судар"),
    ("n102", "Шэс сан буй"),
    ("n103", "Ганжуур — Балжинням"),
    ("n104", "Ногоон дарь эхийн магтаал"),
    ("n105", "Ум мани бадмэ хум (108)"),
]
KHOOMII = ["Хөөмийн аялгуу — Алтай", "Исгэрээ хөөмий", "Каргыраа — Хархираа", "Тууль: Жангар"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "nomiin-egshig", method, API + path)
    b.header("user-agent", UA)
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/api/tuhuurumj")
    b.json(
        {
            "suulgaltyn_id": b.id_raw(
                "dharma_install", "plain", "json suulgaltyn_id (install id)", True
            ),
            "android_id": b.id("aid_dharma", where="json android_id"),
            "hel": "mn",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def listen_progress(c: Context) -> Flow:
    nid, name = c.rng.choice(SUTRAS)
    b = _b(c, "POST", "/api/sonsoh/yavts")
    b.view("json nom_id + bairlal + sonssan_huvi (recitation listening progress)")
    total = c.rng.randint(600, 5400)
    pos = c.rng.randint(0, total)
    b.json(
        {
            "nom_id": nid,
            "ner": name,
            "bairlal": pos,
            "niit": total,
            "sonssan_huvi": round(100 * pos / total),
            "ognoo": iso(c),
        }
    )
    b.no_content()
    return b.build()


def khoomii_complete(c: Context) -> Flow:
    b = _b(c, "POST", "/api/hoomii/duussan")
    b.view("json хөөмий_бичлэг + сонссон_секунд + дууссан")
    b.json(
        {
            "хөөмий_бичлэг": c.rng.choice(KHOOMII),
            "сонссон_секунд": c.rng.randint(120, 900),
            "дууссан": True,
            "цаг": iso(c),
        }
    )
    b.no_content()
    return b.build()


def opaque_ping(c: Context) -> Flow:
    """The background-audio ping: `e` is base64url of 'n104|812|1' (id, seconds, state)."""
    nid, _ = c.rng.choice(SUTRAS)
    b = _b(c, "GET", "/p")
    b.view("query e: base64url of sutra id | seconds | state", detectable=False)
    b.param("e", b64url(f"{nid}|{c.rng.randint(0, 3000)}|{c.rng.randint(0, 2)}"))
    b.param("t", str(ms(c)))
    b.no_content()
    return b.build()


def reading_progress(c: Context) -> Flow:
    nid, name = c.rng.choice(SUTRAS)
    b = _b(c, "POST", "/api/unshih/yavts")
    b.decoy("sutra text reading position (huudas = page): reading, not watching or listening")
    b.json(
        {
            "nom_id": nid,
            "ner": name,
            "huudas": c.rng.randint(1, 140),
            "unshsan_huvi": c.rng.randint(1, 100),
        }
    )
    b.no_content()
    return b.build()


def temple_screen(c: Context) -> Flow:
    b = _b(c, "GET", "/api/hiid/delgets-huvaari?hiid=gandan")
    b.decoy("monastery hall screen playout schedule (a public screen, not a person's listening)")
    b.ok_json(
        {
            "hiid": "Гандантэгчэнлин",
            "huvaari": [
                {"ehleh": iso(c), "nom": n, "urt_min": c.rng.choice([20, 40, 60])}
                for _, n in SUTRAS[:3]
            ],
        }
    )
    return b.build()


def calendar(c: Context) -> Flow:
    b = _b(c, "GET", "/api/bilgiin-toolol?sar=11")
    b.ok_json(
        {
            "sar": 11,
            "udruud": [
                {"odor": d, "sain_udur": d % 3 == 0, "nom_unshih": d % 8 == 0} for d in range(1, 31)
            ],
        }
    )
    return b.build()


def donation(c: Context) -> Flow:
    b = _b(c, "POST", "/api/handiv")
    b.decoy("donation with an order reference")
    b.json({"dun": c.rng.choice([5000, 10000, 20000]), "valyut": "MNT", "zahialga": rid(c.rng)})
    b.ok_json({"tolov": "amjilttai"})
    return b.build()
