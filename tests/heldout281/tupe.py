"""Tupe Samoa: a remittance app (Leota's Samsung in Apia) sending tālā between
Auckland, Apia and Nukuʻalofa.

The backend speaks Samoan (`faʻamaonia` = verify, `ata` = picture, `foliga` =
face, but also "look / appearance", `tupe` = money, `fesuiaʻiga` = exchange,
`lisiti` = receipt). Onboarding runs a selfie KYC on the app's own face service:
the selfie goes up as a multipart part, the result (face match, liveness, head
pose estimated from the face) comes back in the response; a later build sends
the liveness frames as base64 in a compact JSON. Adjust tracks sessions and
events (form bodies to app.adjust.com with `gps_adid`, `android_uuid`; the
response names the `adid`, https://github.com/adjust/android_sdk). Device
binding sends the ANDROID_ID (and, signed, its MD5).

Look-alikes: exchange rates, transfers with receipt numbers, the recipient
list, the ID card's back (no face on it), the app's `foliga` (theme / look)
setting, a profile avatar that no face service sees.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.labelled import order_no
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import AB, iso, rf, rid, ua

API = "https://api.tupesamoa.example"
UA = ua("TupeSamoa", "3.9.0", "leota")
ADJ_TOKEN = "q7t2x9wk3mbk"


def _b(c: Context, method: str, url: str) -> AB:
    b = AB(c, "tupesamoa", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(rid(c.rng)))
    b.header("x-gagana", "sm")
    return b


def _adjust(c: Context, path: str) -> AB:
    b = AB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("client-sdk", "android4.38.2")
    b.header("user-agent", "okhttp/4.12.0")
    b.header(
        "authorization",
        f'Signature secret_id="3",signature="{new_hex(c.rng, 64)}",algorithm="sha256",'
        'headers="app_secret created_at gps_adid"',
    )
    return b


def _adj_common(b: AB, c: Context) -> list[tuple[str, str]]:
    return [
        ("app_token", ADJ_TOKEN),
        ("app_version", "3.9.0"),
        ("created_at", iso(c).replace("Z", "+1300")),
        ("environment", "production"),
        ("gps_adid", b.id("gaid_leota", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("tupe_adjust_uuid", where="form android_uuid")),
        ("needs_response_details", "1"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("package_name", "ws.tupesamoa.app"),
        ("device_manufacturer", "samsung"),
        ("device_name", "SM-A155F"),
        ("language", "sm"),
        ("country", "WS"),
        ("tracking_enabled", "1"),
    ]


def adjust_session(c: Context) -> Flow:
    b = _adjust(c, "session")
    pairs = [*_adj_common(b, c), ("session_count", str(c.rng.randint(2, 80)))]
    b.form(pairs)
    b.other_id("tupe_adid", where="response json adid", direction="response")
    b.ok_json(
        {
            "app_token": ADJ_TOKEN,
            "adid": c.phone.tupe_adid,
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = _adjust(c, "event")
    pairs = [
        *_adj_common(b, c),
        ("event_token", c.rng.choice(["a1b2c3", "k9tt2m", "p0sa7e"])),
        ("event_count", str(c.rng.randint(1, 40))),
        (
            "callback_params",
            '{"tagata_id":"'
            + b.acct("tupe_user")
            + '","auala":"'
            + c.rng.choice(["ANZ", "BSP", "Digicel"])
            + '"}',
        ),
    ]
    b.form(pairs)
    b.ok_json({"app_token": ADJ_TOKEN, "timestamp": iso(c), "message": "Event tracked"})
    return b.build()


def device_bind(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/masini/faʻamau".replace("ʻ", "%CA%BB"))
    b.header("x-android-id", b.id("aid_tupe", where="header x-android-id"))
    b.json({"ituaiga": "SM-A155F", "faʻaaogā": "android", "ua": "3.9.0", "aʻa": False})
    b.ok_json({"ua_faʻamauina": True, "aso": iso(c)})
    return b.build()


def device_sig(c: Context) -> Flow:
    """The signed heartbeat: the ANDROID_ID's MD5 under a one-letter key."""
    b = _b(c, "POST", f"{API}/v2/s")
    b.json({"k": b.id("aid_tupe", "md5", "json k (md5)", detectable=False), "n": rid(c.rng)})
    b.ok_json({"ok": 1})
    return b.build()


def selfie_kyc(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/selfie")
    b.bio("face_image", "multipart part selfie (image/jpeg)")
    boundary = new_hex(c.rng, 32)
    body = multipart(
        boundary,
        [
            ("selfie", "ata_foliga.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 1200)),
            ("mafuaaga", None, None, "faʻamaonia_tagata".encode()),
            ("tagata_id", None, None, b.acct("tupe_user").encode()),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"talosaga": rid(c.rng), "tulaga": "faʻatali"})
    return b.build()


def kyc_result(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kyc/selfie/{rid(c.rng)}/iʻuga".replace("ʻ", "%CA%BB"))
    b.bio("face_analysis", "response json faceMatch/liveness/headPose")
    b.ok_json(
        {
            "tulaga": "pasi",
            "faceMatch": {"score": rf(c.rng, 0.86, 0.99), "threshold": 0.8},
            "liveness": {"isLive": True, "score": rf(c.rng, 0.9, 0.99)},
            "headPose": {
                "yaw": rf(c.rng, -8, 8, 2),
                "pitch": rf(c.rng, -6, 6, 2),
                "roll": rf(c.rng, -3, 3, 2),
            },
            "estimatedAge": c.rng.randint(30, 45),
        }
    )
    return b.build()


def liveness_frames(c: Context) -> Flow:
    """A newer build: three frames, base64, under one-letter keys."""
    b = _b(c, "POST", f"{API}/v3/kf")
    b.bio("face_image", "json f[] base64 frames", detectable=False)
    frames = [b64(fake_jpeg(c.rng.randint(0, 10**9), 500)) for _ in range(3)]
    b.json({"f": frames, "t": "s2", "q": rid(c.rng)})
    b.ok_json({"r": 1})
    return b.build()


# --- look-alikes --------------------------------------------------------------


def fesuiaiga(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/fesuiaʻiga?mai=NZD&i=WST,TOP".replace("ʻ", "%CA%BB"))
    b.ok_json(
        {
            "fua": {"WST": rf(c.rng, 1.6, 1.7), "TOP": rf(c.rng, 1.38, 1.45)},
            "totogi": 5.0,
            "aso": iso(c),
        }
    )
    return b.build()


def auina_tupe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/auina")
    b.decoy("transfer with receipt number and idempotency key")
    b.json(
        {
            "tagata_mauaina": c.rng.choice(["Tavita S.", "Losa F.", "ʻAna T."]),
            "aofai": c.rng.choice([100, 200, 350, 500]),
            "tupe": "NZD",
            "auala": c.rng.choice(["BSP Apia", "ANZ Samoa", "Digicel Mobile Money"]),
            "ki_faʻatuatuaina": rid(c.rng),
        }
    )
    b.ok_json({"numera_lisiti": order_no(c.rng), "tulaga": "ua_auina"})
    return b.build()


def tagata_mauaina(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/tagata-mauaina")
    b.ok_json(
        {
            "lisi": [
                {"igoa": n, "nuu": v, "telefoni": "+685 7" + str(c.rng.randint(100000, 999999))}
                for n, v in (
                    ("Tavita S.", "Lepea"),
                    ("Losa F.", "Faleula"),
                    ("Sefo L.", "Salelologa"),
                )
            ]
        }
    )
    return b.build()


def id_card_back(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/kyc/pepa")
    b.decoy("ID card back side (no face) upload")
    boundary = new_hex(c.rng, 32)
    body = multipart(
        boundary,
        [
            ("itu", None, None, b"tua"),
            ("pepa", "pepa_tua.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 800)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"tulaga": "maua"})
    return b.build()


def foliga_setting(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/tagata/foliga")
    b.decoy("'foliga' = app look / theme, not a face")
    b.json({"foliga": c.rng.choice(["pogisa", "malamalama"]), "lapoa_mataitusi": 16})
    b.ok_json({"ok": True})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v2/tagata/ata")
    b.decoy("profile avatar, not sent to face analysis")
    b.set_body(fake_jpeg(c.rng.randint(0, 10**9), 600), "image/jpeg")
    b.ok_json({"url": f"https://cdn.tupesamoa.example/ata/{new_hex(c.rng, 24)}.jpg"})
    return b.build()
