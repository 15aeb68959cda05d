"""AV Služba: the university's helpdesk app on the tester's own phone.

Service tickets for halls and the on-call roster are ordinary; the app
registers her phone for push (Firebase installation id, the app's ANDROID_ID),
which are identifiers of her own device even though the app is her employer's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from .phone import FB, iso, rid, ua

API = "https://avsluzba.univerzita.example"
UA = ua("AVSluzba", "2.7.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "avdesk", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def register_push(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/zarizeni/registrace")
    b.json(
        {
            "uzivatel": b.acct("staff_login"),
            "fcmToken": b.acct("push_token"),
            "installationId": b.id("avdesk_fid", where="json installationId"),
            "androidId": b.id("aid_avdesk", where="json androidId"),
            "model": "SM-A546B",
        }
    )
    b.ok_json({"registrovano": True})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/avsluzba-uk/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("avdesk_fid", where="json fid"),
            "appId": "1:48213377012:android:" + new_hex(c.rng, 16),
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json({"name": "projects/48213377012/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def session_hash(c: Context) -> Flow:
    """The app's diagnostics ping: an MD5 of its ANDROID_ID under 'd' (opaque)."""
    b = _b(c, "GET", f"{API}/p")
    b.param("d", b.id("aid_avdesk", "md5", "query d (md5 of ANDROID_ID)", detectable=False))
    b.param("v", "271")
    b.no_content()
    return b.build()


def tickets(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/pozadavky?stav=otevreno")
    b.decoy("helpdesk tickets with hall equipment serials (the university's kit)")
    b.ok_json(
        {
            "pozadavky": [
                {
                    "id": c.rng.randint(10000, 99999),
                    "mistnost": c.rng.choice(["S1", "S3", "M1", "K1"]),
                    "popis": c.rng.choice(
                        ["nejde zvuk z mikrofonu", "projektor bliká", "záznam se nespustil"]
                    ),
                    "zarizeni_sn": "X4" + new_hex(c.rng, 8).upper(),
                    "zalozeno": iso(c),
                }
                for _ in range(c.rng.randint(1, 4))
            ]
        }
    )
    return b.build()


def close_ticket(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/pozadavky/{c.rng.randint(10000, 99999)}")
    b.json({"stav": "vyreseno", "poznamka": "vyměněna baterie", "requestId": rid(c.rng)})
    b.no_content()
    return b.build()


def roster(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/pohotovost?tyden={c.rng.randint(40, 52)}")
    b.ok_json({"sluzby": [{"den": d, "od": "07:00", "do": "19:00"} for d in range(1, 6)]})
    return b.build()
