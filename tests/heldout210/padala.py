"""PadalaNa: a remittance app the daughter uses from Dubai to send money home.

Keys are Taglish (`padala` = remittance, `tatanggap` = recipient, `halaga` =
amount, `larawan` = picture). Registration binds the phone (ANDROID_ID and the
app's own device fingerprint); every later call carries an MD5 of the
ANDROID_ID in a header named `x-k`. Adding a new recipient above the limit
asks for a selfie that the server matches against the Emirates ID photo.
Exchange rates (AED to PHP), the recipient's GCash number, transfer tracking
and the branch locator (a map position) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.padalana.example"
UA = ua("PadalaNa", "2.19.0", "ate")


def _b(c: Context, method: str, url: str, key: bool = True) -> FB:
    b = FB(c, "padalana", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    if key:
        b.header("x-k", b.id("aid_padala", "md5", "header x-k", detectable=False))
    return b


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/device/register", key=False)
    b.json(
        {
            "android_id": b.id("aid_padala", where="json android_id"),
            "device_fingerprint": b.id("padala_fingerprint", where="json device_fingerprint"),
            "bansa": "AE",
            "wika": "fil",
        }
    )
    b.ok_json({"user": b.acct("padala_user"), "ok": True})
    return b.build()


def rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/rates?from=AED&to=PHP")
    b.ok_json({"rate": rf(c.rng, 15.2, 16.1, 4), "fee": 16.0, "oras": iso(c)})
    return b.build()


def send(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/padala")
    b.decoy("recipient GCash number, amount, reference")
    b.json(
        {
            "tatanggap": {
                "pangalan": "Lorna Dela Cruz",
                "gcash": "0917" + str(c.rng.randint(10**6, 10**7)),
            },
            "halaga": rf(c.rng, 200, 3000, 2),
            "currency": "AED",
            "layunin": "Family support",
        }
    )
    b.ok_json({"ref": "PN" + new_hex(c.rng, 10).upper(), "status": "PROCESSING"})
    return b.build()


def track(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/padala/PN{new_hex(c.rng, 10).upper()}/status")
    b.ok_json({"status": c.rng.choice(["PROCESSING", "CREDITED"]), "updated": iso(c)})
    return b.build()


def branch_locator(c: Context) -> Flow:
    lat, lon = rf(c.rng, 25.2, 25.3, 5), rf(c.rng, 55.28, 55.4, 5)
    b = _b(c, "GET", f"{API}/api/v1/branches?lat={lat}&lng={lon}&radius=3km")
    b.decoy("user's map position for the branch locator")
    b.ok_json({"branches": [{"name": "Al Karama", "position": [lat + 0.01, lon]}]})
    return b.build()


def selfie_match(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v1/tatanggap/verify-selfie")
    b.bio("face_image", "json selfie_larawan (base64 JPEG, matched to Emirates ID)")
    b.json(
        {
            "selfie_larawan": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "uri": "selfie",
            "emiratesIdRef": "EID-" + new_hex(c.rng, 8),
        }
    )
    b.ok_json({"tugma": True, "score": rf(c.rng, 0.8, 0.99, 3)})
    return b.build()


def promo_banner(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/promos?placement=home", key=False)
    b.ok_json(
        {
            "promos": [
                {"title": "Zero fee tuwing Linggo", "img": "https://cdn.padalana.example/p1.jpg"}
            ]
        }
    )
    return b.build()
