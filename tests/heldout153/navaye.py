"""Navaye: a Persian music app (Iranian pop, traditional, maddahi).

It logs each play (`ahang_id`, `modat_shenidan`, `kamel_shod`) and fetches the
user's "recently played" list. Its offline-play sync uploads an encrypted blob
(random-looking bytes under `d`) that holds the plays made without a connection.
Charts, lyrics and artist pages are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, ua

API = "https://api.navaye.example"
UA = ua("Navaye", "2.17.1")
SONGS = [
    "Shajarian - Morghe Sahar",
    "Homayoun Shajarian - Chera Rafti",
    "Mohsen Chavoshi - Amiri",
    "Hayedeh - Soghati",
    "Sirvan Khosravi - Ye Roozi",
]


def _b(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "navaye", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-install-id", b.id("music_install", where="header x-install-id"))
    return b


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/pakhsh/log")
    b.view("json ahang_id + modat_shenidan + kamel_shod")
    length = c.rng.randint(150, 420)
    heard = c.rng.randint(10, length)
    b.json(
        {
            "ahang_id": c.rng.randint(10**5, 10**6),
            "onvan": c.rng.choice(SONGS),
            "modat_shenidan": heard,
            "tool_ahang": length,
            "kamel_shod": heard > length - 5,
            "manba": c.rng.choice(["playlist", "search", "radio"]),
            "zaman": ms(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/user/akharin_ahangha")
    b.view("response json akharin[].shenide_shode_dar", direction="response")
    b.ok_json(
        {
            "akharin": [
                {
                    "ahang_id": c.rng.randint(10**5, 10**6),
                    "onvan": c.rng.choice(SONGS),
                    "shenide_shode_dar": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def offline_sync(c: Context) -> Flow:
    """Offline plays, encrypted on the phone: nothing readable says what is inside."""
    b = _b(c, "POST", f"{API}/api/v1/sync", device=False)
    b.view("json d = encrypted offline plays", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(120, 400)))
    b.json({"v": 2, "d": b64(blob), "k": c.rng.randint(1, 9)})
    b.ok_json({"ok": 1})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/charts/haftegi", device=False)
    b.decoy("weekly chart with total stream counts (aggregate)")
    b.ok_json(
        {"charts": [{"onvan": s, "tedad_pakhsh": c.rng.randint(10**4, 10**6)} for s in SONGS]}
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/ahang/{c.rng.randint(10**5, 10**6)}/matn", device=False)
    b.decoy("lyrics with line timestamps (song structure, not listening)")
    b.ok_json({"satrha": [{"t": t * 4.5, "matn": "..."} for t in range(6)]})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/device/register")
    b.json(
        {
            "android_id": b.id("aid_music", where="json android_id"),
            "gaid": b.id("gaid", where="json gaid"),
            "brand": "samsung",
            "sdk_int": 33,
        }
    )
    b.ok_json({"user": b.acct("music_user")})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(
        c,
        "navaye",
        "GET",
        f"https://cdn.navaye.example/cover/{c.rng.randint(10**5, 10**6)}_300.jpg",
    )
    b.header("user-agent", UA)
    b.respond(
        200, "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(c.rng.getrandbits(8) for _ in range(300))
    )
    return b.build()
