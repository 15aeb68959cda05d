"""La Cava dels Vinhairons: a wine cooperative's shop (Occitan keys), with Adjust.

Adjust session and event calls (form bodies to app.adjust.com with
`gps_adid`, `android_uuid`, `app_token`, `event_token`, `callback_params`;
https://help.adjust.com/en/article/server-to-server-sessions) carry the phone's
advertising id and Adjust's install ids: device identifiers. The catalogue
(`aparelh` here is a corkscrew set), the cart, orders, delivery slots and the
cellar's position are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import order_no
from tests.heldout.wire import js

from .phone import FB, iso, rf, rid, ua

API = "https://botiga.cavavinhairons.example"
UA = ua("CavaVinhairons", "1.12.4")
ADJ_TOKEN = "q4ze8wrk1a0w"
VINS = [
    ("PIC-ROG-22", "Pic Sant Lop roge 2022", 12.5),
    ("FAU-BL-23", "Faugèras blanc 2023", 9.8),
    ("MIN-ROS-23", "Menerbés rosat 2023", 8.2),
    ("CLA-ROG-21", "Clareta de Lengadòc 2021", 14.0),
    ("APA-TIRA", "Aparelh tira-tap de somelhièr", 24.0),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "cava", method, url)
    b.header("user-agent", UA)
    return b


def cataleg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/cataleg?categoria={c.rng.choice(['roges', 'blancs', 'aparelhs'])}")
    b.decoy("catalogue: 'aparelh' (a corkscrew), product codes")
    b.ok_json({"produches": [{"sku": s, "nom": n, "prètz": p} for s, n, p in VINS]})
    return b.build()


def panier(c: Context) -> Flow:
    s = c.rng.choice(VINS)[0]
    b = _b(c, "POST", f"{API}/api/panièr/apondre")
    b.json({"sku": s, "quantitat": c.rng.randint(1, 6), "client": b.acct("vin_client")})
    b.ok_json({"panièr": rid(c.rng), "total": rf(c.rng, 10, 200, 2)})
    return b.build()


def comanda(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/comanda")
    b.decoy("order number, delivery position")
    b.json(
        {
            "client": b.acct("vin_client"),
            "liurason": {
                "adreça": "12 carrièra del Taur, Tolosa",
                "posicion": {"lat": rf(c.rng, 43.59, 43.61), "lon": rf(c.rng, 1.43, 1.45)},
            },
            "creneu": c.rng.choice(["matin", "vèspre"]),
        }
    )
    b.ok_json({"numèro_comanda": order_no(c.rng), "estat": "confirmada", "ora": iso(c)})
    return b.build()


def cava_horaris(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/cava/oraris")
    b.ok_json({"dobèrt": "9h-12h / 15h-19h", "posicion": {"lat": 43.6081, "lon": 3.3042}})
    return b.build()


def _adj_common(b: FB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJ_TOKEN),
        ("environment", "production"),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("vin_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("device_type", "phone"),
        ("device_name", "Pixel 8"),
        ("package_name", "oc.cavavinhairons.botiga"),
        ("created_at", iso(c).replace("Z", "Z+0000")),
        ("sent_at", iso(c).replace("Z", "Z+0000")),
    ]


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", dalvik_ua())
    b.header("client-sdk", "android4.38.3")
    pairs = [*_adj_common(b, c), ("session_count", str(c.rng.randint(2, 40)))]
    b.form(pairs)
    b.ok_json(
        {
            "adid": b.id("vin_adjust_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", dalvik_ua())
    b.header("client-sdk", "android4.38.3")
    pairs = [
        *_adj_common(b, c),
        ("event_token", c.rng.choice(["k2m9pa", "x8hq1z"])),
        ("revenue", f"{rf(c.rng, 8, 90, 2):.2f}"),
        ("currency", "EUR"),
        ("callback_params", js({"categoria": c.rng.choice(["roges", "blancs"])})),
    ]
    b.form(pairs)
    b.ok_json({"adid": b.id("vin_adjust_adid", where="response json adid", direction="response")})
    return b.build()


def aid_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/aparelh/enregistrar")
    b.json(
        {
            "client": b.acct("vin_client"),
            "androidId": b.id("aid_vin", where="json androidId"),
            "modèl": "Pixel 8",
            "lenga": "oc",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def dalvik_ua() -> str:
    return "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240905.003)"
