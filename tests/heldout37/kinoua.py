"""Kinoteka UA (fictional streaming app for Ukrainians abroad), transliterated Ukrainian keys.

In-house only. Key names are Ukrainian in Latin transliteration as such teams
write them: perehliad = a view, istoriia_perehliadiv = viewing history,
pozytsiia = position, tryvalist = duration, prodovzhyty = continue,
prystrii = device, reklamnyi_id = advertising id. The TV app's history sync is
gRPC-web (application/grpc-web+proto, a 5-byte frame header then protobuf), the
service and method named in the URL path as gRPC does.
"""

from __future__ import annotations

import struct

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.kinoteka-ua.com"
UA = ua("KinotekaUA", "2.9.4")
FILMS = [
    ("f1187", "Захар Беркут", 0),
    ("s0412", "Спіймати Кайдаша", 5),
    ("f2230", "Мої думки тихі", 0),
    ("s0999", "Кращий за всіх", 2),
]


def _headers(b: FB) -> None:
    b.header("user-agent", UA)
    b.header("x-prystrii-id", b.id("kino_install", where="header x-prystrii-id"))
    b.header("authorization", "Bearer " + rid(b.ctx.rng).replace("-", ""))


def perehliad(c: Context) -> Flow:
    fid, name, ser = c.rng.choice(FILMS)
    b = FB(c, "kinoua", "POST", f"{API}/api/v1/perehliad")
    _headers(b)
    t = c.rng.randint(1800, 7200)
    b.json(
        {
            "korystuvach": b.acct("kino_user"),
            "film_id": fid,
            "nazva": name,
            "seriia": ser,
            "pozytsiia": c.rng.randint(5, t),
            "tryvalist": t,
            "podiia": "pauza",
            "chas": iso(c),
        }
    )
    b.view("json film_id + pozytsiia")
    b.no_content()
    return b.build()


def istoriia(c: Context) -> Flow:
    b = FB(c, "kinoua", "POST", f"{API}/api/v1/istoriia-perehliadiv/sync")
    _headers(b)
    rows = [
        {
            "film_id": f,
            "nazva": n,
            "perehlianuto_do": c.rng.randint(60, 5000),
            "data": ms(c) - c.rng.randint(0, 6 * 10**8),
        }
        for f, n, _ in c.rng.sample(FILMS, 3)
    ]
    b.json({"istoriia_perehliadiv": rows, "prodovzhyty": [rows[0]["film_id"]]})
    b.view("json istoriia_perehliadiv list")
    b.ok_json({"zberezheno": len(rows)})
    return b.build()


def grpc_history(c: Context) -> Flow:
    fid, name, ser = c.rng.choice(FILMS)
    b = FB(c, "kinoua", "POST", f"{API}/kinoteka.history.v1.WatchHistory/Append")
    b.header("x-grpc-web", "1")
    b.header("user-agent", "grpc-java-okhttp/1.62.2")
    msg = (
        pb_bytes(1, fid)
        + pb_bytes(2, name)
        + pb_varint(3, ser)
        + pb_varint(4, c.rng.randint(10, 4000))
        + pb_varint(5, ms(c))
    )
    b.set_body(b"\x00" + struct.pack(">I", len(msg)) + msg, "application/grpc-web+proto")
    b.view("grpc path WatchHistory/Append, protobuf content + position")
    b.respond(200, "application/grpc-web+proto", b"\x80\x00\x00\x00\x0fgrpc-status:0\r\n")
    return b.build()


def device_hello(c: Context) -> Flow:
    b = FB(c, "kinoua", "POST", f"{API}/api/v1/prystrii")
    b.header("user-agent", UA)
    b.json(
        {
            "prystrii_id": b.id("kino_install", where="json prystrii_id"),
            "android_id": b.id("aid_kino", where="json android_id"),
            "reklamnyi_id": b.id("gaid", where="json reklamnyi_id"),
            "model": "moto g 2024",
            "mova": "uk",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def katalog(c: Context) -> Flow:
    b = FB(c, "kinoua", "GET", f"{API}/api/v1/katalog", [("zhanr", "drama"), ("storinka", "2")])
    b.ok_json(
        {
            "filmy": [
                {"film_id": f, "nazva": n, "tryvalist": 5400, "reitynh": 8.1} for f, n, _ in FILMS
            ]
        }
    )
    b.decoy("catalogue with durations")
    return b.build()


def trailer(c: Context) -> Flow:
    fid = c.rng.choice(FILMS)[0]
    b = FB(c, "kinoua", "GET", f"https://cdn.kinoteka-ua.com/trailers/{fid}/720.mp4")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", bytes(c.rng.randrange(256) for _ in range(200)))
    b.decoy("trailer video fetch")
    return b.build()
