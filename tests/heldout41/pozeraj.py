"""Pozeraj+: a Slovak commercial streaming app (fictional backend, Slovak key
names) with Gemius stream measurement and Firebase Installations.

Gemius: the Prism / gemiusStream hits go to <country>.hit.gemius.pl with the
player state packed into short opaque parameters. Firebase Installations:
POST firebaseinstallations.googleapis.com/v1/projects/<p>/installations with
{"fid", "appId", "authVersion": "FIS_v2", "sdkVersion"} (firebase-android-sdk,
firebase-installations FirebaseInstallationServiceClient).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.pozeraj.sk"
UA = ua("PozerajPlus", "5.2.1")
RELACIE = [
    ("panelak-s18e4", "Panelák", 2700),
    ("inkognito-1203", "Inkognito", 3600),
    ("susedia-s3e10", "Susedia", 1500),
    ("noviny-tv-jn", "Televízne noviny", 1800),
]


def _r(c: Context) -> tuple[str, str, int]:
    return c.rng.choice(RELACIE)


def historia(c: Context) -> Flow:
    rid_, nazov, dlzka = _r(c)
    b = FB(c, "pozeraj", "POST", f"{API}/v3/historia-pozerania")
    b.header("user-agent", UA)
    b.header("x-zariadenie-id", b.id("aid_sk", "sha256", where="header:x-zariadenie-id"))
    b.json(
        {
            "pouzivatel": b.acct("sk_user"),
            "epizoda": {"id": rid_, "nazov": nazov},
            "pozicia_s": c.rng.randint(5, dlzka),
            "dlzka_s": dlzka,
            "cas": iso(c),
        }
    )
    b.view("json:historia-pozerania epizoda+pozicia_s")
    b.no_content()
    return b.build()


def pokracovat(c: Context) -> Flow:
    b = FB(c, "pozeraj", "POST", f"{API}/v3/pokracovat-v-pozerani/sync")
    b.header("user-agent", UA)
    items = [
        {"id": r, "pozicia_s": c.rng.randint(1, d), "naposledy": iso(c)} for r, _, d in RELACIE
    ]
    b.json({"polozky": c.rng.sample(items, 2)})
    b.view("json:polozky[] continue-watching id+pozicia_s")
    b.ok_json({"ok": 1})
    return b.build()


def progress_pb(c: Context) -> Flow:
    rid_, _, dlzka = _r(c)
    b = FB(c, "pozeraj", "POST", f"{API}/sync.v1.Progress/Push")
    b.header("user-agent", UA)
    b.header("content-type", "application/grpc-web+proto")
    body = pb_msg(1, [pb_bytes(1, rid_), pb_varint(2, c.rng.randint(1, dlzka) * 1000)])
    body += pb_varint(3, ms(c))
    b.body = b"\x00" + len(body).to_bytes(4, "big") + body
    b.view("grpc-web protobuf field 1 (no names)", detectable=False)
    b.respond(200, "application/grpc-web+proto", b"\x00\x00\x00\x00\x00")
    return b.build()


def gemius(c: Context) -> Flow:
    params = [
        ("l", "91"),
        ("id", "nGtLtHxTQ4YXkFxXnq_Wl9U5.PrKuMOa4FhcBm4g2D.k7"),
        ("et", "view"),
        ("hsrc", "1"),
        ("extra", "a%3D" + new_hex(c.rng, 24)),
        ("fr", "1"),
        ("tz", "-60"),
    ]
    b = FB(c, "gemius", "GET", f"https://sk.hit.gemius.pl/_{ms(c)}/redot.gif", params)
    b.header("user-agent", UA)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    b.view("query:extra packed player state", detectable=False)
    return b.build()


def fis(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/pozeraj-plus/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "sk.pozeraj.plus")
    b.json(
        {
            "fid": b.id("sk_fid", where="json:fid"),
            "appId": "1:48120077:android:2ab94f1c",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/48120077/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def katalog(c: Context) -> Flow:
    b = FB(c, "pozeraj", "GET", f"{API}/v3/katalog/serialy", [("strana", str(c.rng.randint(1, 5)))])
    b.header("user-agent", UA)
    b.ok_json({"serialy": [{"id": r, "nazov": n} for r, n, _ in RELACIE]})
    b.decoy("catalogue page")
    return b.build()


def drm(c: Context) -> Flow:
    b = FB(c, "pozeraj", "POST", "https://drm.pozeraj.sk/widevine/license")
    b.header("user-agent", UA)
    b.set_body(bytes.fromhex("0801" + new_hex(c.rng, 200)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes.fromhex(new_hex(c.rng, 120)))
    b.decoy("DRM licence challenge (opaque, no history)")
    return b.build()
