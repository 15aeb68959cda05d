"""Balaqai: a kids' cartoon app in Kazakh (Cyrillic keys, as a Kazakh team writes).

Cartoon plays go out as events with `мультфильм_id`, `көрілген_секунд` ("seconds
watched") and `соңғы_кадр` ("last frame position"); a parent dashboard fetches
the child's watch log. Fairy-tale e-books with a reading position are reading,
not watching: decoys.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, b, iso, ms, ua

API = "https://api.balaqai.example"
UA = ua("Balaqai", "1.9.4")
CARTOONS = ["Алдар Көсе", "Ер Төстік", "Қаңбақ шал", "Түлкі мен тырна", "Балапан әлемі"]


def _dev(fb: FB) -> None:
    fb.header("x-qurylğy", fb.id("aid_balapan", where="header x-qurylğy (device)"))


def play_event(c: Context) -> Flow:
    fb = b(c, "balaqai", "POST", f"{API}/v1/oqiğa", UA)
    _dev(fb)
    fb.view("json мультфильм_id + көрілген_секунд + соңғы_кадр")
    fb.json(
        {
            "оқиға": c.rng.choice(["ойнату", "кідірту", "аяқталды"]),
            "мультфильм_id": c.rng.randint(100, 999),
            "атауы": c.rng.choice(CARTOONS),
            "көрілген_секунд": c.rng.randint(10, 900),
            "соңғы_кадр": c.rng.randint(10, 900),
            "бала_профилі": c.rng.randint(1, 3),
        }
    )
    fb.no_content()
    return fb.build()


def parent_log(c: Context) -> Flow:
    fb = b(c, "balaqai", "GET", f"{API}/v1/ata-ana/kóru-jurnaly?bala=1", UA)
    _dev(fb)
    fb.view("response json көру_журналы[] (child's watch log)", direction="response")
    fb.ok_json(
        {
            "көру_журналы": [
                {"атауы": c.rng.choice(CARTOONS), "уақыты": iso(c), "минут": c.rng.randint(2, 25)}
                for _ in range(c.rng.randint(3, 8))
            ]
        }
    )
    return fb.build()


def play_protobuf(c: Context) -> Flow:
    """The TV build's binary beacon: numbered protobuf fields only."""
    fb = b(c, "balaqai", "POST", f"{API}/v1/b", UA)
    _dev(fb)
    fb.view("protobuf fields 1,2,3 (cartoon id, seconds, ts; no names)", detectable=False)
    body = pb_varint(1, c.rng.randint(100, 999)) + pb_varint(2, c.rng.randint(5, 900))
    body += pb_varint(3, ms(c)) + pb_bytes(4, "kk")
    fb.set_body(body, "application/x-protobuf")
    fb.no_content()
    return fb.build()


def ertegi_reading(c: Context) -> Flow:
    fb = b(c, "balaqai", "POST", f"{API}/v1/ertegi/oqu-orny", UA)
    fb.decoy("fairy-tale e-book reading position (reading, not watching)")
    fb.json({"кітап_id": c.rng.randint(10, 99), "бет": c.rng.randint(1, 40), "уақыт": ms(c)})
    fb.no_content()
    return fb.build()


def cartoon_list(c: Context) -> Flow:
    fb = b(c, "balaqai", "GET", f"{API}/v1/multfilmder?jas=3-6", UA)
    fb.decoy("cartoon catalogue with durations and age ratings")
    fb.ok_json({"тізім": [{"атауы": t, "ұзақтығы": c.rng.randint(300, 900)} for t in CARTOONS]})
    return fb.build()


def thumb(c: Context) -> Flow:
    fb = b(c, "balaqai", "GET", f"https://img.balaqai.example/t/{c.rng.randint(100, 999)}.jpg", UA)
    fb.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return fb.build()


def screen_time(c: Context) -> Flow:
    fb = b(c, "balaqai", "PUT", f"{API}/v1/ata-ana/shekteu", UA)
    fb.decoy("parental screen-time limit setting (minutes per day, no content)")
    fb.json({"күндік_лимит_минут": c.rng.choice([30, 45, 60]), "ұйқы_уақыты": "21:00"})
    fb.ok_json({"ok": True})
    return fb.build()
