"""The kids' Lenovo tablet in Karasjok: Mánáid TV (cartoons) and Ámadadjo-spealu
(an AR face-filter game), both managed by the tablet maker's parental-control
system app, which reports the tablet serial and ANDROID_ID to the guardian's
account.

Mánáid TV posts what the child watched (`mánná`, `geahččan`, `sadji`) and the
parental app pulls the child's watch list. The AR game runs face tracking on
the tablet and uploads blendshapes of the child's face for its "grimace
contest"; a later build sends the face mesh as base64 floats under an opaque
key. The game's own 3D camera pose, the child's self-declared gender on the
profile and thumbnails are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, floats_b64, gz

from .phone import FB, floats, iso, ms, rf, ua

TV = "https://api.manaidtv.example"
GAME = "https://api.amadadjo-spealu.example"
GUARD = "https://guardian.lenovokids.example"
UA = ua("ManaidTV", "5.0.1", "tablet")
GAME_UA = ua("AmadadjoSpealu", "1.4.0", "tablet")
CARTOONS = [
    ("mtv-201", "Binnabánnaš", 420),
    ("mtv-233", "Gáranas ja Rieban", 600),
    ("mtv-250", "Unna Vuolle", 540),
    ("mtv-274", "Stállu ja Čáhcerávga", 780),
]
BLENDS = [
    "eyeBlinkLeft",
    "eyeBlinkRight",
    "jawOpen",
    "mouthSmileLeft",
    "mouthSmileRight",
    "browInnerUp",
    "cheekPuff",
    "tongueOut",
]


def _tv(c: Context, method: str, url: str, device: bool = True) -> FB:
    b = FB(c, "manaidtv", method, url)
    b.header("user-agent", UA)
    if device:
        b.header("x-install", b.id("manat_install", where="header x-install (app install id)"))
    return b


def guardian_register(c: Context) -> Flow:
    b = FB(c, "lenovokids", "POST", f"{GUARD}/v1/devices/bind")
    b.header("user-agent", "LenovoKidsSpace/3.2 (TB328FU)")
    b.json(
        {
            "account": b.acct("guardian_acct"),
            "serialNo": b.id("tablet_serial", where="json serialNo"),
            "androidId": b.id("aid_guardian", where="json androidId"),
            "model": "TB328FU",
            "childProfiles": 2,
        }
    )
    b.ok_json(
        {
            "bound": True,
            "serialNo": b.id("tablet_serial", where="response json serialNo", direction="response"),
        }
    )
    return b.build()


def guardian_heartbeat(c: Context) -> Flow:
    b = FB(c, "lenovokids", "POST", f"{GUARD}/v1/hb")
    b.header("user-agent", "LenovoKidsSpace/3.2 (TB328FU)")
    b.header("x-sig", b.id("tablet_serial", "sha1", "header x-sig", detectable=False))
    b.json({"battery": c.rng.randint(10, 100), "screenMin": c.rng.randint(0, 120), "t": ms(c)})
    b.no_content()
    return b.build()


def watched(c: Context) -> Flow:
    cid, title, dur = c.rng.choice(CARTOONS)
    b = _tv(c, "POST", f"{TV}/v1/geahccan")
    b.view("json geahččan{mánná, filbma, sadji, áigi}")
    b.json(
        {
            "mánná": b.acct("manat_profile"),
            "geahččan": {
                "filbma": cid,
                "namma": title,
                "sadji": c.rng.randint(10, dur),
                "bistin": dur,
                "áigi": iso(c),
            },
            "android_id": b.id("aid_manat", where="json android_id"),
        }
    )
    b.no_content()
    return b.build()


def watch_list(c: Context) -> Flow:
    b = FB(
        c, "lenovokids", "GET", f"{GUARD}/v1/children/{c.phone.manat_profile}/activity?app=manaidtv"
    )
    b.header("user-agent", "LenovoKidsSpace/3.2 (TB328FU)")
    b.view("response json watched[] (child's watch list for the guardian)", direction="response")
    b.ok_json(
        {
            "watched": [
                {"title": t, "seconds": c.rng.randint(60, d), "at": iso(c)}
                for _, t, d in CARTOONS[:3]
            ]
        }
    )
    return b.build()


def opaque_progress(c: Context) -> Flow:
    b = _tv(c, "POST", f"{TV}/s", device=False)
    b.view("gzip body 'cid|sec|ts' lines", detectable=False)
    lines = "\n".join(
        f"{c.rng.choice(CARTOONS)[0]}|{c.rng.randint(5, 700)}|{ms(c)}" for _ in range(3)
    )
    b.set_body(lines.encode(), "application/octet-stream", "gzip")
    b.no_content()
    return b.build()


def blendshapes(c: Context) -> Flow:
    b = FB(c, "amadadjo", "POST", f"{GAME}/v2/grimasa")
    b.header("user-agent", GAME_UA)
    b.bio("blendshapes", "json ámadadju.blendshapes (child's face)")
    b.json(
        {
            "mánná": b.acct("manat_profile"),
            "ámadadju": {
                "blendshapes": {k: rf(c.rng, 0, 1, 3) for k in BLENDS},
                "headPose": [rf(c.rng, -30, 30, 1) for _ in range(3)],
            },
            "čuoggát": c.rng.randint(10, 999),
        }
    )
    b.ok_json({"sadji_listtus": c.rng.randint(1, 500)})
    return b.build()


def mesh_opaque(c: Context) -> Flow:
    b = FB(c, "amadadjo", "POST", f"{GAME}/v2/u")
    b.header("user-agent", GAME_UA)
    b.bio("face_mesh", "json q = base64 gzip of base64 468x3 floats", detectable=False)
    b.json({"q": b64(gz(floats_b64(floats(c.rng, 468 * 3, 3)).encode())), "r": 2})
    b.no_content()
    return b.build()


def game_camera(c: Context) -> Flow:
    b = FB(c, "amadadjo", "POST", f"{GAME}/v2/dassi")
    b.header("user-agent", GAME_UA)
    b.decoy("game camera pose / scene rotation (not a face)")
    b.json(
        {
            "dássi": 4,
            "kamera": {
                "pos": [rf(c.rng, -5, 5, 2) for _ in range(3)],
                "yaw": rf(c.rng, -180, 180, 1),
                "pitch": rf(c.rng, -30, 30, 1),
            },
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def child_profile(c: Context) -> Flow:
    b = _tv(c, "PUT", f"{TV}/v1/manat/{c.phone.manat_profile}")
    b.decoy("self-declared gender and age band of the child profile")
    b.json(
        {
            "namma": "Máret",
            "sohkabealli": "nieida",
            "ahki": "5-7",
            "giella": "se",
            "avatar": "boazu",
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def cartoon_thumb(c: Context) -> Flow:
    cid = c.rng.choice(CARTOONS)[0]
    b = FB(c, "manaidtv", "GET", f"https://img.manaidtv.example/{cid}/poster-480.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def cartoon_rail(c: Context) -> Flow:
    b = _tv(c, "GET", f"{TV}/v1/ruoktu", device=False)
    b.decoy("home rail with durations (content fetch)")
    b.ok_json(
        {
            "ráiddut": [{"filbma": cid, "namma": t, "bistin": d} for cid, t, d in CARTOONS],
            "t": new_hex(c.rng, 8),
        }
    )
    return b.build()
