"""An Uzbek streaming app (films, Uzbek TV channels live) on its own backend.

Key names in Uzbek Latin (`tomosha` = watching, `qurilma` = device, `joriy_vaqt`
= current time, `davomiylik` = duration, `ko'rish tarixi` = watch history,
`kanal` = channel), mixed with English. Progress is also synced as protobuf
(field numbers only: the structure is content id + position + duration), and a
live-TV ping carries only a channel number and a minute counter.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.uzplay.example"
NOMLAR = ["O'tkan kunlar", "Shum bola", "Toshkent oqshomlari", "Mehr", "Yulduzlar"]


def _common(b: FB) -> None:
    b.header("user-agent", ua("UzPlay", "2.31.0"))
    b.header("x-qurilma-id", b.id("aid_uz", where="header x-qurilma-id"))


def tomosha_progress(c: Context) -> Flow:
    b = FB(c, "uzplay", "PUT", API + "/api/v2/tomosha/progress")
    _common(b)
    dur = c.rng.randint(1200, 7000)
    b.json(
        {
            "kontent_id": c.rng.randint(1000, 99999),
            "joriy_vaqt": c.rng.randint(0, dur),
            "davomiylik": dur,
            "foydalanuvchi": b.acct("uz_user"),
            "vaqt": ms(c),
        }
    )
    b.view("json kontent_id + joriy_vaqt (current position)")
    b.ok_json({"ok": True})
    return b.build()


def korish_tarixi(c: Context) -> Flow:
    b = FB(c, "uzplay", "GET", API + "/api/v2/korish-tarixi")
    _common(b)
    b.param("limit", "20")
    rows = [
        {
            "id": c.rng.randint(1000, 99999),
            "nomi": c.rng.choice(NOMLAR),
            "korilgan_vaqt": iso(c),
            "qolgan_daqiqa": c.rng.randint(1, 90),
        }
        for _ in range(5)
    ]
    b.view("response korish-tarixi (watch history) rows", direction="response")
    b.ok_json({"tarix": rows})
    return b.build()


def progress_pb(c: Context) -> Flow:
    b = FB(c, "uzplay", "POST", API + "/grpc/uzplay.sync.v1.Progress/Push")
    _common(b)
    b.header("content-type", "application/grpc+proto")
    dur = c.rng.randint(1200, 7000)
    msg = (
        pb_bytes(1, f"movie:{c.rng.randint(1000, 99999)}")
        + pb_varint(2, c.rng.randint(0, dur))
        + pb_varint(3, dur)
        + pb_varint(4, ms(c))
    )
    b.view("protobuf rpc Progress/Push: movie id + position + duration (fields unnamed)")
    b.body = b"\x00" + len(msg).to_bytes(4, "big") + msg
    b.respond(200, "application/grpc", b"")
    return b.build()


def live_ping(c: Context) -> Flow:
    b = FB(c, "uzplay", "GET", API + "/api/v2/live/ping")
    _common(b)
    b.param("kanal", str(c.rng.choice([1, 2, 4, 7, 12])))
    b.param("daqiqa", str(c.rng.randint(1, 120)))
    b.param("t", new_hex(c.rng, 12))
    b.view("live channel number + minutes watched (kanal, daqiqa)")
    b.no_content()
    return b.build()


def opaque_stat(c: Context) -> Flow:
    b = FB(c, "uzplay", "POST", API + "/s")
    b.header("user-agent", ua("UzPlay", "2.31.0"))
    b.view("XOR-encrypted stat blob (content + position)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(120))
    b.set_body(blob, "application/octet-stream")
    b.no_content()
    return b.build()


def banners(c: Context) -> Flow:
    b = FB(c, "uzplay", "GET", API + "/api/v2/bosh-sahifa")
    rows = [
        {"id": c.rng.randint(1000, 99999), "nomi": n, "rasm": f"/img/{new_hex(c.rng, 32)}.webp"}
        for n in c.rng.sample(NOMLAR, 3)
    ]
    b.ok_json({"bannerlar": rows, "yangi": rows[:1]})
    b.decoy("home page banners: ids and titles")
    return b.build()


def epg(c: Context) -> Flow:
    b = FB(c, "uzplay", "GET", API + "/api/v2/teledastur")
    b.param("kanal", "4")
    rows = [{"boshlanish": iso(c), "nomi": c.rng.choice(NOMLAR)} for _ in range(6)]
    b.ok_json({"dastur": rows})
    b.decoy("TV programme guide (what airs, not what was watched)")
    return b.build()


def login(c: Context) -> Flow:
    b = FB(c, "uzplay", "POST", API + "/api/v2/auth/otp")
    _common(b)
    b.json(
        {
            "telefon": "+99890" + str(c.rng.randint(1000000, 9999999)),
            "qurilma": {
                "reklama_id": b.id("gaid", where="json qurilma.reklama_id"),
                "model": "Redmi Note 12",
            },
        }
    )
    b.ok_json({"sessiya": new_hex(c.rng, 32)})
    return b.build()
