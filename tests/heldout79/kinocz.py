"""A Czech streaming app (fictional "Kukátko", in the style of iVysílání / Voyo):
its own history with Czech key names, with and without diacritics (sledováno,
pozice, pozice_s), a protobuf progress sync, and decoys (EPG, posters)."""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.kukatko.cz"
POŘADY = ["Most!", "Ordinace v růžové zahradě", "Případy 1. oddělení", "Zprávy", "Kosmo"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "kukatko", method, API + path)
    b.header("user-agent", ua("Kukatko", "3.8.0"))
    return b


def sledovano(c: Context) -> Flow:
    b = _b(c, "POST", "/uzivatel/historie/sledovano")
    accents = c.rng.random() < 0.5
    key, pos = ("sledováno", "pozice") if accents else ("sledovano", "pozice_s")
    b.view(f"body:$.{key}[*].{pos}")
    b.json(
        {
            "zarizeni": b.id("aid_cz", where="body:$.zarizeni"),
            key: [
                {
                    "porad": c.rng.choice(POŘADY),
                    "dil": c.rng.randint(1, 40),
                    pos: c.rng.randint(5, 3100),
                    "cas": iso(c),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def pozice_pb(c: Context) -> Flow:
    """gRPC-web progress sync: field names are gone, the path names the service."""
    b = _b(c, "POST", "/grpc/kukatko.player.v1.PlaybackService/UlozitPozici")
    b.view("body:protobuf UlozitPozici (path names a playback position)")
    msg = (
        pb_bytes(1, str(c.rng.randint(10**5, 10**6)))
        + pb_varint(2, c.rng.randint(1, 5000))
        + pb_varint(3, ms(c))
    )
    frame = b"\x00" + len(msg).to_bytes(4, "big") + msg
    b.set_body(frame, "application/grpc-web+proto")
    b.respond(200, "application/grpc-web+proto", b"\x00\x00\x00\x00\x00")
    return b.build()


def pozice_query(c: Context) -> Flow:
    b = _b(c, "GET", "/player/ping")
    b.view("query:pozice")
    for k, v in [
        ("porad", str(c.rng.randint(1000, 9999))),
        ("pozice", str(c.rng.randint(0, 3000))),
        ("stav", "prehrava"),
    ]:
        b.param(k, v)
    b.no_content()
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"/epg/{c.rng.choice(['ct1', 'nova', 'prima'])}/dnes")
    b.decoy("programme guide (what is on, not what was watched)")
    b.ok_json(
        {
            "porady": [
                {"nazev": c.rng.choice(POŘADY), "zacatek": iso(c), "delka": 60} for _ in range(6)
            ]
        }
    )
    return b.build()


def plakat(c: Context) -> Flow:
    b = FB(c, "kukatko", "GET", f"https://img.kukatko.cz/plakaty/{rid(c.rng)}_w342.jpg")
    b.decoy("poster thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def pb_device(c: Context) -> Flow:
    """Device registration in protobuf: field 1 the ANDROID_ID, field 2 the model."""
    b = _b(c, "POST", "/grpc/kukatko.device.v1.DeviceService/Register")
    aid = b.id("aid_cz", "protobuf", where="body:protobuf DeviceService/Register field 1")
    msg = pb_msg(1, [pb_bytes(1, aid), pb_bytes(2, "moto g85 5G"), pb_varint(3, 34)])
    b.set_body(b"\x00" + len(msg).to_bytes(4, "big") + msg, "application/grpc-web+proto")
    b.respond(200, "application/grpc-web+proto", b"\x00\x00\x00\x00\x00")
    return b.build()
