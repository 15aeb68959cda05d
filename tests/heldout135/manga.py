"""Yomukoma: a manga app on the daughter's iPhone (fictional backend). Reading is
not viewing history: its `既読` / `yomi_rireki` lists are decoys. The app's
install id and the IDFV travel in headers; its fluct ads carry the IDFA.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, ios_ua, iso

API = "https://api.yomukoma.example"
UA = ios_ua("Yomukoma", "6.2.0", "6201")
TITLES = ["ワンダーピース", "呪いの廻戦", "スパイ家族", "薬屋のつぶやき"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "yomukoma", method, url)
    b.header("user-agent", UA)
    b.header("x-install-id", b.id("manga_install", where="header x-install-id"))
    return b


def yomi_rireki(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/yomi_rireki")
    b.decoy("読書履歴 (chapter and page read): reading is not viewing history")
    b.json(
        {
            "title": c.rng.choice(TITLES),
            "wa": c.rng.randint(1, 180),
            "peeji": c.rng.randint(1, 20),
            "kidoku_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def kidoku_list(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/kidoku")
    b.decoy("既読 list of chapters read (reading, response)")
    b.ok_json(
        {
            "既読": [
                {"title": t, "wa": c.rng.randint(1, 180), "読了日時": iso(c)} for t in TITLES[:3]
            ]
        }
    )
    return b.build()


def page_image(c: Context) -> Flow:
    b = FB(
        c,
        "yomukoma",
        "GET",
        f"https://cdn.yomukoma.example/p/{c.rng.randint(10**5, 10**6)}/{c.rng.randint(1, 20)}.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def login(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/auth")
    b.json({"idfv": b.id("idfv", where="json idfv"), "platform": "ios", "os": "17.4.1"})
    b.ok_json({"user_id": b.acct("manga_user"), "token": "ey" + "x" * 20})
    return b.build()
