"""DooLakorn, a Thai drama streaming app (in-house backend, fictional).

Its history API uses Thai-script keys ("ประวัติการดู" watch history,
"ตำแหน่ง" position, "เวลาที่ดู" time watched); the heartbeat uses romanised
Thai ("wela_doo" = time watched, "tamnaeng" = position, "doo_tor" = continue
watching), as Thai teams often write transliterations. The handset id rides
in a header named in Thai ("รหัสเครื่อง" is not allowed in header names, so
the app uses "X-Rahat-Khrueang", romanised "device code"), and once in an
opaque "sig" field (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.doolakorn.co.th"
UA = ua("DooLakorn", "3.8.0")
SHOWS = [
    ("LK1021", "บุพเพสันนิวาส", 15),
    ("LK1188", "พรหมลิขิต", 26),
    ("LK0975", "เลือดข้นคนจาง", 16),
    ("LK1302", "มาตาลดา", 22),
    ("LK1250", "ดวงใจเทวพรหม", 12),
]


def _b(c: Context, method: str, path: str, **kw: object) -> FB:
    b = FB(c, "lakorn", method, API + path, **kw)  # type: ignore[arg-type]
    b.header("user-agent", UA)
    b.header("accept-language", "th-TH")
    return b


def _ep(c: Context) -> tuple[str, str, int]:
    sid, name, eps = c.rng.choice(SHOWS)
    return sid, name, c.rng.randint(1, eps)


def history_thai(c: Context) -> Flow:
    """Watch history written back with Thai-script keys."""
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        sid, name, ep = _ep(c)
        rows.append(
            {
                "รหัสเรื่อง": sid,
                "ชื่อเรื่อง": name,
                "ตอนที่": ep,
                "ตำแหน่ง": c.rng.randint(30, 2900),
                "เวลาที่ดู": c.rng.randint(60, 3000),
                "ดูเมื่อ": iso(c),
            }
        )
    b = _b(c, "POST", "/api/v2/history")
    b.header("authorization", "Bearer " + b.acct("lakorn_user"))
    b.json({"ประวัติการดู": rows})
    b.view("body.ประวัติการดู[]")
    b.ok_json({"status": "success"})
    return b.build()


def heartbeat_roman(c: Context) -> Flow:
    """Player heartbeat every 30 s, romanised Thai keys, gzip."""
    sid, _name, ep = _ep(c)
    b = _b(c, "POST", "/api/v2/player/hb")
    body = {
        "rueang": sid,
        "ton": ep,
        "tamnaeng": c.rng.randint(30, 2900),
        "wela_doo": 30,
        "sathana": "len",
        "ts": ms(c),
    }
    b.set_body(jsb(body), "application/json", "gzip")
    b.view("body.tamnaeng/wela_doo")
    b.no_content()
    return b.build()


def continue_roman(c: Context) -> Flow:
    sid, _name, ep = _ep(c)
    b = _b(
        c,
        "GET",
        "/api/v2/doo_tor",
        params=[("rueang", sid), ("ton", str(ep)), ("tamnaeng", str(c.rng.randint(30, 2900)))],
    )
    b.view("query.doo_tor/tamnaeng")
    b.ok_json({"ok": 1})
    return b.build()


def device_header(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/entitlement")
    b.header("x-rahat-khrueang", b.id("aid_lakorn", where="header.x-rahat-khrueang"))
    b.header("x-app-device", b.id("lakorn_device", where="header.x-app-device"))
    b.header("cookie", f"dl_did={b.id('lakorn_device', where='cookie.dl_did')}; dl_lang=th")
    b.ok_json({"package": "VIP", "devices": 2, "trace": rid(c.rng)})
    return b.build()


def sig_opaque(c: Context) -> Flow:
    """Anti-piracy token: the ANDROID_ID glued into a base64 'sig' with a nonce.

    The key says nothing (not detectable), but base64-decoded the raw id sits
    between "|" separators, so `--known` is expected to find it."""
    b = _b(c, "POST", "/api/v2/license/token")
    where = "body.sig (base64 of nonce|id|ts)"
    raw = b.id("aid_lakorn", how="plain", where=where, detectable=False)
    b.json({"sig": b64(f"{new_hex(c.rng, 8)}|{raw}|{ms(c)}"), "drm": "wv", "lv": 3})
    b.ok_json({"license_url": "https://drm.doolakorn.co.th/wv", "ttl": 600})
    return b.build()


def home(c: Context) -> Flow:
    b = _b(c, "GET", "/api/v2/home")
    b.ok_json(
        {
            "sections": [{"title": "มาแรง", "items": [{"id": s[0], "name": s[1]} for s in SHOWS]}],
            "req": rid(c.rng),
        }
    )
    b.decoy("home catalogue")
    return b.build()


def poster(c: Context) -> Flow:
    sid = c.rng.choice(SHOWS)[0]
    b = FB(c, "lakorn", "GET", f"https://cdn.doolakorn.co.th/poster/{sid}_w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 500))
    b.decoy("poster image")
    return b.build()


def episode_list(c: Context) -> Flow:
    sid, name, eps = c.rng.choice(SHOWS)
    b = _b(c, "GET", f"/api/v2/show/{sid}/episodes")
    b.ok_json(
        {
            "show": name,
            "episodes": [{"ton": i, "duration": 2700 + i * 7} for i in range(1, eps + 1)],
        }
    )
    b.decoy("episode list with durations")
    return b.build()


def comments(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        "/api/v2/comments",
        params=[("show", c.rng.choice(SHOWS)[0]), ("cursor", new_hex(c.rng, 12))],
    )
    b.ok_json({"items": [{"user": "แฟนละคร", "text": "สนุกมากค่ะ", "likes": c.rng.randint(0, 900)}]})
    b.decoy("comments")
    return b.build()
