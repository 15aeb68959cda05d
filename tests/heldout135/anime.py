"""Anibako: an anime streaming app (fictional backend). Its keys are kanji and
romaji: `再生位置`, `視聴完了`, a `tanmatsu` header with its own install id.

Sensitive: progress reports, the continue-watching (`続きから`) answer, and an
msgpack batch under numeric keys (opaque). Not sensitive: the season's
`今期の人気` trending rail, search results, the key art and the manifest.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, mpack

from .phone import FB, iso, ms, rid, ua

API = "https://api.anibako.example"
UA = ua("Anibako", "3.8.2")
SAKUHIN = ["葬送の旅人", "鋼の約束", "ほしぞら部!", "Tokyo Drift Girls", "海辺のカフェ"]


def _b(c: Context, method: str, url: str, tanmatsu: bool = True) -> FB:
    b = FB(c, "anibako", method, url)
    b.header("user-agent", UA)
    if tanmatsu:
        b.header("x-tanmatsu-id", b.id("anime_tanmatsu", where="header x-tanmatsu-id"))
    return b


def shinchoku(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/api/v2/shinchoku")
    b.view("json 作品ID + 再生位置 / 視聴完了")
    total = 1440
    pos = c.rng.randint(5, total)
    b.json(
        {
            "作品ID": c.rng.randint(1000, 9999),
            "話数": c.rng.randint(1, 24),
            "作品名": c.rng.choice(SAKUHIN),
            "再生位置": pos,
            "視聴完了": pos > 1300,
            "更新日時": iso(c),
        }
    )
    b.ok_json({"result": "ok"})
    return b.build()


def tsuzuki(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/me/tsuzukikara")
    b.view("response json 続きから[] (作品, 話数, 再生位置)", direction="response")
    b.ok_json(
        {
            "続きから": [
                {
                    "作品名": c.rng.choice(SAKUHIN),
                    "話数": c.rng.randint(1, 24),
                    "再生位置": c.rng.randint(30, 1400),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def msgpack_batch(c: Context) -> Flow:
    """Player stats as msgpack under numeric keys: {1: work, 2: ep, 3: pos, 4: ts}."""
    b = _b(c, "POST", f"{API}/s", tanmatsu=False)
    b.view("msgpack body {1,2,3,4} rows", detectable=False)
    rows = [
        {1: c.rng.randint(1000, 9999), 2: c.rng.randint(1, 24), 3: c.rng.randint(5, 1440), 4: ms(c)}
        for _ in range(2)
    ]
    b.set_body(mpack(rows), "application/x-msgpack")
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v2/device")
    b.json({"android_id": b.id("aid_anime", where="json android_id"), "push": "fcm:" + rid(c.rng)})
    b.ok_json({"user_no": b.acct("anime_user")})
    return b.build()


def trending(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/ninki/konki", tanmatsu=False)
    b.decoy("今期の人気: trending by total plays (aggregate)")
    b.ok_json({"items": [{"作品名": t, "総再生数": c.rng.randint(10**5, 10**7)} for t in SAKUHIN]})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/kensaku?q=%E3%81%BB%E3%81%97", tanmatsu=False)
    b.decoy("search results with episode durations")
    b.ok_json({"hits": [{"作品名": t, "尺": 1440} for t in SAKUHIN[:3]]})
    return b.build()


def key_art(c: Context) -> Flow:
    b = FB(c, "anibako", "GET", f"https://img.anibako.example/kv/{c.rng.randint(1000, 9999)}.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
