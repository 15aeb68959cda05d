"""Haly Muzeýi 360: the carpet museum's virtual tour (the daughter's Redmi), with
Adjust.

Panorama tiles, hall maps (room coordinates), the virtual camera's yaw / pitch,
the carpet catalogue, the visitor counter and the museum's own kiosks (its
inventory, `kiosk_id`: not a person's device) are ordinary. The app's audio
guide reports which guide tracks the visitor listened to and for how long; the
"try on a telpek" AR corner uploads face landmarks; the photo booth sends the
visitor's selfie (and the friends in it) to the museum's face-grouping service.
Adjust sessions carry the GAID and Adjust's uuid; the app's stats beacon hides
the ANDROID_ID as an MD5 under `h`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rf, rid, ua

API = "https://tur.halymuzeyi.example"
UA = ua("HalyMuzeyi360", "1.6.0", "gyz")
CARPETS = ["Teke göli", "Ýomut haly", "Salyr gölli", "Saryk ensi", "Ärsary haly", "Gülli haly"]
TRACKS = [f"gollanma_{i:02d}" for i in range(1, 25)]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "halymuzeyi", method, url)
    b.header("user-agent", UA)
    return b


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Dalvik/2.1.0 (Linux; U; Android 14; 23124RA7EO Build/UKQ1.231003.002)")
    b.header("client-sdk", "android4.38.0")
    b.form(
        [
            ("app_token", "m3hz8d2vq0kc"),
            ("gps_adid", b.id("gaid_gyz", where="form gps_adid")),
            ("android_uuid", b.id("hali_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0500")),
            ("environment", "production"),
            ("package_name", "tm.halymuzeyi.tour"),
        ]
    )
    b.ok_json(
        {"adid": rid(c.rng).replace("-", ""), "message": "Session tracked", "timestamp": iso(c)}
    )
    return b.build()


def stats_opaque(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/s.gif")
    b.param("h", b.id("aid_hali", "md5", "query h (md5 of ANDROID_ID)", detectable=False))
    b.param("z", str(c.rng.randint(1, 12)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def audio_guide(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/gollanma/dinlenen")
    b.header("x-enjam-id", b.id("aid_hali", where="header x-enjam-id"))
    b.view("json dinlenenler[] (audio-guide tracks listened, seconds)")
    b.json(
        {
            "dinlenenler": [
                {
                    "ýazgy": c.rng.choice(TRACKS),
                    "haly": c.rng.choice(CARPETS),
                    "diňlenenSek": c.rng.randint(20, 240),
                    "wagt": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ],
            "bilet": b.acct("hali_ticket"),
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def telpek_ar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/ar/telpek")
    b.bio("face_landmarks", "json ýüzNokatlary (106 landmarks) + kelleBurç (head pose from face)")
    b.json(
        {
            "ýüzNokatlary": [[rf(c.rng, 0, 1, 4), rf(c.rng, 0, 1, 4)] for _ in range(106)],
            "kelleBurç": {
                "yaw": rf(c.rng, -20, 20, 2),
                "pitch": rf(c.rng, -15, 15, 2),
                "roll": rf(c.rng, -10, 10, 2),
            },
            "telpek": c.rng.choice(["ak", "gara", "goňur"]),
        }
    )
    b.ok_json({"model": "telpek_ak.glb"})
    return b.build()


def photo_booth(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/surat-burçy/ýüz-toparla")
    b.bio("face_image", "json surat (visitor group selfie for face grouping)")
    b.json(
        {
            "surat": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "ýüzleriToparla": True,
            "wagt": iso(c),
        }
    )
    b.ok_json({"ýüzler": c.rng.randint(1, 4), "albom": rid(c.rng)})
    return b.build()


def panorama(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"https://cdn.halymuzeyi.example/pano/zal{c.rng.randint(1, 8)}"
        f"/{c.rng.randint(0, 5)}_{c.rng.randint(0, 3)}.jpg",
    )
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))
    return b.build()


def view_pose(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/tur/nokat")
    b.decoy("virtual camera yaw / pitch and hall coordinates")
    b.json(
        {
            "zal": c.rng.randint(1, 8),
            "yaw": rf(c.rng, 0, 360, 1),
            "pitch": rf(c.rng, -40, 40, 1),
            "x": rf(c.rng, 0, 30, 2),
            "y": rf(c.rng, 0, 20, 2),
            "t": ms(c),
        }
    )
    b.no_content()
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/halylar?zal={c.rng.randint(1, 8)}")
    b.ok_json(
        {
            "halylar": [
                {"ady": n, "asyr": c.rng.choice(["XVIII", "XIX", "XX"]), "ölçeg": "2.1x3.4"}
                for n in CARPETS
            ]
        }
    )
    return b.build()


def kiosk_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/zal/{c.rng.randint(1, 8)}/kiosklar")
    b.decoy("the museum's own kiosks (institution inventory ids)")
    b.ok_json(
        {
            "kiosklar": [
                {
                    "kiosk_id": f"HM-K{c.rng.randint(100, 999)}",
                    "mac": "00:1B:" + ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(4)),
                    "işleýär": True,
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def visitors(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/gelijiler/sany")
    b.ok_json({"şu_gün": c.rng.randint(50, 900), "onlaýn": c.rng.randint(5, 200)})
    return b.build()
