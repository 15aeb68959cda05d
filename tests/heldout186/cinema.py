"""Thirai: a Tamil cinema streaming app, made in Chennai, used by the Jaffna side.

Keys are Tamil, romanised: `padam` (film), `paarththa_neram` (time watched),
`nirutha_idam` (where it stopped), `thodarndhu_paarkka` (continue watching).
A "star look-alike" feature sends a MediaPipe-style 468-point face mesh under
`mugam_pulligal` ("face points") to find the actor you resemble: biometric.
Actor galleries (public photos of film stars), trailers and the catalogue are
not. The Android TV app's resume sync is protobuf with numbered fields only.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_mp4, pb_bytes, pb_varint

from .phone import FB, iso, ms, rf, rid, ua_samsung

API = "https://api.thirai.example"
UA = ua_samsung("Thirai", "3.4.7")
PADAM = [
    ("tp_4410", "Vinnaithaandi Varuvaayaa"),
    ("tp_5120", "Kaaka Muttai"),
    ("tp_6031", "Visaaranai"),
    ("tp_7002", "Ponniyin Selvan II"),
    ("tp_7315", "Vaazhai"),
]
STARS = ["Vijay Sethupathi", "Nayanthara", "Suriya", "Trisha", "Dhanush"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "thirai", method, url)
    b.header("user-agent", UA)
    b.header("x-thirai-lang", "ta")
    return b


def paarvai(c: Context) -> Flow:
    pid, name = c.rng.choice(PADAM)
    dur = c.rng.randint(7200, 10000)
    b = _b(c, "POST", f"{API}/api/paarvai/update")
    b.header("x-thirai-did", b.id("cine_device", where="header x-thirai-did"))
    b.view("json paarththa_neram / nirutha_idam (film watch time)")
    b.json(
        {
            "padam_id": pid,
            "padam_peyar": name,
            "paarththa_neram": c.rng.randint(60, dur),
            "nirutha_idam": c.rng.randint(60, dur),
            "mottha_neram": dur,
            "naal": iso(c),
        }
    )
    b.ok_json({"status": "sari"})
    return b.build()


def thodarndhu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/thodarndhu_paarkka")
    b.view("response json thodarndhu_paarkka[] (continue watching)", direction="response")
    b.ok_json(
        {
            "thodarndhu_paarkka": [
                {
                    "padam_id": pid,
                    "peyar": name,
                    "nirutha_idam": c.rng.randint(300, 9000),
                    "kadaisi_paarththathu": iso(c),
                }
                for pid, name in c.rng.sample(PADAM, 3)
            ]
        }
    )
    return b.build()


def tv_resume_pb(c: Context) -> Flow:
    """Android TV client: field 1 film, 2 position seconds, 3 epoch ms; no names."""
    b = FB(c, "thirai", "POST", f"{API}/rpc/s1")
    b.header("user-agent", "Thirai-ATV/3.4.7 grpc-java-okhttp/1.58.0")
    b.view("protobuf fields 1-3 (film, position, time)", detectable=False)
    pid, _ = c.rng.choice(PADAM)
    body = pb_bytes(1, pid) + pb_varint(2, c.rng.randint(60, 9000)) + pb_varint(3, ms(c))
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def lookalike(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/nadigar_pol/match")
    b.header("x-thirai-did", b.id("cine_device", where="header x-thirai-did"))
    b.bio("face_mesh", "json mugam_pulligal (468 x [x,y,z] face mesh)")
    cx, cy = rf(c.rng, 0.4, 0.6), rf(c.rng, 0.4, 0.6)
    mesh = [
        [
            round(cx + c.rng.gauss(0, 0.09), 4),
            round(cy + c.rng.gauss(0, 0.12), 4),
            round(c.rng.gauss(0, 0.03), 4),
        ]
        for _ in range(468)
    ]
    b.json({"mugam_pulligal": mesh, "source": "front_camera", "ts": ms(c)})
    b.ok_json({"nadigar": c.rng.choice(STARS), "porutham": rf(c.rng, 0.55, 0.9, 2)})
    return b.build()


def star_gallery(c: Context) -> Flow:
    star = c.rng.choice(STARS)
    b = _b(c, "GET", f"{API}/api/nadigar/{star.replace(' ', '_').lower()}/photos")
    b.decoy("public photos of a film star with face crop boxes (not the user's face)")
    b.ok_json(
        {
            "nadigar": star,
            "photos": [
                {
                    "url": f"https://img.thirai.example/stars/{rid(c.rng)[:8]}.jpg",
                    "face_box": [c.rng.randint(0, 200), c.rng.randint(0, 200), 180, 180],
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/padangal?vagai=puthiyavai")
    b.decoy("film catalogue with runtimes (content fetch)")
    b.ok_json(
        {
            "padangal": [
                {"padam_id": p, "peyar": n, "neelam_nimidam": c.rng.randint(120, 175)}
                for p, n in PADAM
            ]
        }
    )
    return b.build()


def trailer(c: Context) -> Flow:
    pid, _ = c.rng.choice(PADAM)
    b = FB(c, "thirai", "GET", f"https://cdn.thirai.example/trailer/{pid}/720.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 300))
    return b.build()


def ticket(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/tickets/book")
    b.decoy("cinema seat booking: seat codes, show time, booking reference")
    b.json({"theatre": "Raja Cinema Jaffna", "show": iso(c), "seats": ["F7", "F8"], "qty": 2})
    b.ok_json({"booking_ref": f"TH{c.rng.randint(10**7, 10**8)}", "amount_lkr": 2400})
    return b.build()
