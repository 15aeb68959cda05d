"""Meine Rheinkasse: a statutory health insurer's app with face login.

The login compares a live face against the enrolled template: the app sends
`gesichtsmerkmale` (a 512-d vector) and blendshape-like `mimik` scores for a
blink check. The bonus programme's steps and the e-prescription list are
health data but neither category here; the insurance number is an account.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import floats_b64

from .phone import FB, android_ua, floats, iso, rf, rid

API = "https://app.rheinkasse.example"
UA = android_ua("MeineRheinkasse", "4.3.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "rheinkasse", method, url)
    b.header("user-agent", UA)
    b.header("x-client-geraet", b.id("aid_kasse", where="header x-client-geraet"))
    return b


def gesichtslogin(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/auth/v1/gesichtslogin")
    b.bio("face_embedding", "json gesichtsmerkmale[512] + mimik blink scores")
    b.json(
        {
            "versichertennummer": b.acct("versichertennr"),
            "gesichtsmerkmale": floats(c.rng, 512, 4),
            "mimik": {
                "augeLinksZu": rf(c.rng, 0, 1, 3),
                "augeRechtsZu": rf(c.rng, 0, 1, 3),
                "laecheln": rf(c.rng, 0, 1, 3),
            },
            "zeit": iso(c),
        }
    )
    b.ok_json({"access_token": rid(c.rng), "gueltig_sek": 900})
    return b.build()


def gesicht_einrichten(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/auth/v1/gesichtsprofil")
    b.bio("face_template", "json referenzVorlage (base64 float32 face template)")
    b.json({"referenzVorlage": floats_b64(floats(c.rng, 256)), "modell": "fv-2.3"})
    b.no_content()
    return b.build()


def login_opaque(c: Context) -> Flow:
    """A later SDK version posts the login vector as base64 under `p` in a form."""
    b = _b(c, "POST", f"{API}/auth/v2/x")
    b.bio("face_embedding", "form p: base64 float32 vector", detectable=False)
    b.form([("p", floats_b64(floats(c.rng, 512))), ("n", rid(c.rng)[:8])])
    b.ok_json({"access_token": rid(c.rng)})
    return b.build()


def bonus_schritte(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/bonus/v1/aktivitaet")
    b.decoy("step counts per day (activity, not biometric identification)")
    b.json({"schritte": [c.rng.randint(2000, 15000) for _ in range(7)], "woche": 45})
    b.ok_json({"punkte": c.rng.randint(0, 500)})
    return b.build()


def erezepte(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/erezept/v1/liste")
    b.ok_json({"rezepte": [{"id": rid(c.rng), "status": "einloesbar", "ausgestellt": iso(c)[:10]}]})
    return b.build()


def krankmeldung(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/dokumente/v1/upload")
    b.decoy("scanned sick note upload with OCR text (document)")
    b.json({"typ": "AU", "seiten": 1, "ocrText": "Arbeitsunfähigkeitsbescheinigung ..."})
    b.ok_json({"dokumentId": rid(c.rng)})
    return b.build()
