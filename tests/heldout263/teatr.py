"""Tinçurin Sähnäse (fictional): a Kazan theatre's ticketing app and its foyer
screens.

The ticket app lists performances (`тамаша`, `спектакль`), the seat map
(`урыннар`), orders and e-tickets. The foyer's signage screens are the
theatre's own equipment: the signage back office lists them with their serial
numbers and MACs, pushes playlists of trailers to them, and the screens send
heartbeats; none of that is a person's device. One screen in the foyer has a
camera whose audience-analytics module estimates age, gender, mood and head
pose from the faces of the patrons passing by and posts them per face: that is
biometric data (of other people), whoever holds it.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js

from .phone import FB, equipment_mac, iso, ms, rf, rid, ua, url

API = "https://bilet.tinchurin-teatr.example"
SIGN = "https://signage.tinchurin-teatr.example"
UA = ua("TinchurinBilet", "2.8.0", "ulim")
TAMASHALAR = [
    ("s11", "Зәңгәр шәл", "19:00"),
    ("s12", "Кияүләр", "18:30"),
    ("s14", "Мәхәббәт FM", "19:00"),
    ("s17", "Ак калфак", "15:00"),
    ("s19", "Tuqay. Yäşlek", "18:00"),
]
# the theatre's own foyer screens: inventory numbers, serials, MACs (not personal devices)
SCREENS = [
    ("foyer-1", "Фойе, 1 кат", "LH55QMB-0K7R2201"),
    ("foyer-2", "Фойе, 2 кат", "LH55QMB-0K7R2207"),
    ("kassa", "Касса залы", "LH43QMB-0J5T1193"),
    ("garderob", "Гардероб", "LH43QMB-0J5T1194"),
]


def _b(c: Context, method: str, target: str) -> FB:
    b = FB(c, "tinchurin", method, url(target))
    b.header("user-agent", UA)
    return b


def _sign(c: Context, method: str, target: str, screen: str) -> FB:
    b = FB(c, "tinchurin-signage", method, url(target), http_version="HTTP/1.1")
    b.header("user-agent", f"SignagePlayer/5.1 ({screen})")
    return b


def afisha(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/афиша?ай={c.rng.randint(1, 12)}")
    b.ok_json(
        {
            "тамашалар": [
                {
                    "id": t[0],
                    "исем": t[1],
                    "башлана": t[2],
                    "бәя_от": c.rng.choice([500, 800, 1200]),
                }
                for t in TAMASHALAR
            ]
        }
    )
    return b.build()


def urynnar(c: Context) -> Flow:
    sid = c.rng.choice(TAMASHALAR)[0]
    b = _b(c, "GET", f"{API}/api/тамаша/{sid}/урыннар")
    b.ok_json(
        {
            "зал": "Зур зал",
            "урыннар": [
                {"рәт": r, "урын": u, "буш": c.rng.random() < 0.4}
                for r in range(1, 4)
                for u in range(1, 6)
            ],
        }
    )
    return b.build()


def zakaz(c: Context) -> Flow:
    sid, isem, _ = c.rng.choice(TAMASHALAR)
    b = _b(c, "POST", f"{API}/api/заказ")
    b.decoy("ticket order: order number, seats, e-ticket QR payload")
    b.json(
        {
            "тамаша": sid,
            "урыннар": [{"рәт": c.rng.randint(1, 20), "урын": c.rng.randint(1, 30)}],
            "түләү": "SBP",
            "email": "ilnur.g@examplemail.ru",
            "idempotency": rid(c.rng),
        }
    )
    b.ok_json(
        {
            "заказ_номеры": order_no(c.rng),
            "билет_qr": new_hex(c.rng, 48),
            "тамаша": isem,
        }
    )
    return b.build()


def screens_inventory(c: Context) -> Flow:
    b = _sign(c, "GET", f"{SIGN}/api/v1/ekrannar", "admin")
    b.header("authorization", "Basic " + new_hex(c.rng, 24))
    b.decoy("the theatre's own foyer screens: inventory, serials, MACs (not personal devices)")
    b.ok_json(
        {
            "ekrannar": [
                {
                    "id": sid,
                    "urın": where,
                    "serial_nomer": serial,
                    "mac": equipment_mac(c.rng),
                    "inventar_nomer": "ТТ-" + new_digits(c.rng, 6),
                    "caylanma": "Samsung QMB",
                    "status": "online",
                }
                for sid, where, serial in SCREENS
            ]
        }
    )
    return b.build()


def screen_heartbeat(c: Context) -> Flow:
    sid, _where, serial = c.rng.choice(SCREENS)
    b = _sign(c, "POST", f"{SIGN}/api/v1/ekran/{sid}/heartbeat", sid)
    b.decoy("signage screen heartbeat with its serial and MAC (institution's equipment)")
    b.json(
        {
            "serial": serial,
            "mac": equipment_mac(c.rng),
            "uptime_s": c.rng.randint(1000, 900000),
            "temperatura": rf(c.rng, 35, 55, 1),
            "playlist_versiyası": c.rng.randint(10, 99),
            "ekran_yaqtılığı": c.rng.randint(40, 100),
        }
    )
    b.ok_json({"buyrıq": None})
    return b.build()


def screen_playlist(c: Context) -> Flow:
    sid = c.rng.choice(SCREENS)[0]
    b = _sign(c, "GET", f"{SIGN}/api/v1/ekran/{sid}/playlist", sid)
    b.decoy("playlist of trailers for a foyer screen (what the screen shows, not a viewer)")
    b.ok_json(
        {
            "items": [
                {"video": f"{SIGN}/media/{t[0]}_trailer.mp4", "sek": 30, "tamaşa": t[1]}
                for t in TAMASHALAR
            ],
            "karau_tärtibe": "cycle",
        }
    )
    return b.build()


def trailer_fetch(c: Context) -> Flow:
    t = c.rng.choice(TAMASHALAR)
    b = _sign(c, "GET", f"{SIGN}/media/{t[0]}_trailer.mp4", c.rng.choice(SCREENS)[0])
    b.header("range", "bytes=0-")
    b.respond(206, "video/mp4", fake_mp4(c.rng.randint(0, 10**9), 900))
    return b.build()


def poster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/img/{c.rng.choice(TAMASHALAR)[0]}/poster_w480.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def door_counter(c: Context) -> Flow:
    b = _sign(c, "POST", f"{SIGN}/api/v1/sanau/ishek", "door-ir")
    b.decoy("infrared door counter: people in/out counts (no faces)")
    b.json(
        {
            "ishek": "төп керү",
            "kerde": c.rng.randint(0, 40),
            "çıqtı": c.rng.randint(0, 40),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def audience_faces(c: Context) -> Flow:
    b = _sign(c, "POST", f"{SIGN}/api/v1/analitika/tamaşaçılar", "foyer-1")
    b.bio("face_attributes", "json yözlär[] yäş/cenes/käef/baş_poziciyase estimated from faces")
    b.json(
        {
            "ekran": "foyer-1",
            "vaqıt": iso(c),
            "yözlär": [
                {
                    "yöz_id": f"f{c.rng.randint(1000, 9999)}",
                    "yäş_bäyäse": c.rng.randint(8, 75),
                    "cenes": c.rng.choice(["ir", "xatın"]),
                    "käef": c.rng.choice(["şat", "tınıç", "ğäcäplängän"]),
                    "baş_poziciyase": {
                        "yaw": rf(c.rng, -40, 40, 1),
                        "pitch": rf(c.rng, -20, 20, 1),
                    },
                    "karaldı_ms": c.rng.randint(300, 9000),
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        }
    )
    b.no_content()
    return b.build()


def audience_opaque(c: Context) -> Flow:
    b = _sign(c, "POST", f"{SIGN}/api/v1/a2", "foyer-2")
    b.bio("face_attributes", "json d: base64 rows [age, g, mood, yaw, pitch]", detectable=False)
    rows = [
        [
            c.rng.randint(8, 75),
            c.rng.randint(0, 1),
            c.rng.randint(0, 6),
            rf(c.rng, -40, 40, 1),
            rf(c.rng, -20, 20, 1),
        ]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"s": "foyer-2", "d": b64(js(rows)), "t": ms(c)})
    b.no_content()
    return b.build()
