"""Parlam! A language school's app for Occitan and Friulian (mixed keys).

Pronunciation exercises upload a short recording and get back a score per
phoneme (`escotar`, `scoltâ` exercises): a scoring of speech, not a voiceprint,
no speaker enrolment. Analytics go to AT Internet (xiti) with `idclient` set
to `OPT-OUT`, the value the SDK sends when the user refused consent in the
Didomi notice; the Didomi notice config is a fetch. All ordinary traffic.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_wav, multipart

from .phone import FB, iso, rf, rid, ua

API = "https://api.parlam-escola.example"
UA = ua("Parlam", "2.8.0")
LICONS = ["lo-mercat", "la-familha", "cjase-e-famee", "al-marcjât", "la-montanha"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "parlam", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def licon(c: Context) -> Flow:
    lid = c.rng.choice(LICONS)
    b = _b(c, "GET", f"{API}/v1/licons/{lid}")
    b.ok_json(
        {
            "licon": lid,
            "exercicis": [
                {
                    "tipe": c.rng.choice(["escotar", "scoltâ", "repetir", "legir"]),
                    "frasa": c.rng.choice(["Bon jorn a totes", "Mandi a ducj", "Cossí vas?"]),
                    "audio": f"https://cdn.parlam-escola.example/a/{rid(c.rng)[:8]}.mp3",
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def prononciacion(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prononciacion/nòta")
    b.decoy("pronunciation scoring of a recording (not a voiceprint)")
    bnd = "parlam" + rid(c.rng).replace("-", "")[:16]
    frasa = c.rng.choice(["Mandi a ducj", "Bon jorn a totes", "Cossí vas?"])
    b.set_body(
        multipart(
            bnd,
            [
                ("frasa", None, None, frasa.encode()),
                ("lenga", None, None, c.rng.choice(["oc-lengadoc", "fur"]).encode()),
                ("enregistrament", "votz.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 800)),
            ],
        ),
        f"multipart/form-data; boundary={bnd}",
    )
    b.ok_json(
        {
            "nòta_globala": rf(c.rng, 40, 100, 1),
            "fonèmas": [{"f": p, "nòta": rf(c.rng, 0, 1, 2)} for p in ("ʎ", "ɲ", "tʃ", "u")],
            "conselh": "Prononciatz mai dubèrt lo « o »",
        }
    )
    return b.build()


def xiti_optout(c: Context) -> Flow:
    b = FB(c, "atinternet", "GET", "https://logs1412.xiti.com/hit.xiti")
    b.header("user-agent", UA)
    b.decoy("AT Internet hit with idclient=OPT-OUT (consent refused)")
    for k, v in [
        ("s", "612088"),
        ("idclient", "OPT-OUT"),
        ("p", c.rng.choice(["licons::lista", "exercici::escotar", "profil"])),
        ("ts", str(int(c.now * 1000))),
        ("ref", ""),
        ("r", "1080x2400x24x24"),
        ("lng", "oc"),
    ]:
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00;")
    return b.build()


def progres_licons(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/progrès")
    b.decoy("lesson progress and position in a course (not viewing)")
    b.json(
        {
            "licon": c.rng.choice(LICONS),
            "exercici": c.rng.randint(1, 12),
            "posicion": c.rng.randint(1, 12),
            "durada_s": c.rng.randint(30, 600),
            "acabat": c.rng.random() < 0.5,
            "ora": iso(c),
        }
    )
    b.no_content()
    return b.build()


def didomi_events_config(c: Context) -> Flow:
    b = FB(
        c,
        "didomi",
        "GET",
        "https://sdk.privacy-center.org/v1/config?apiKey=2b9c77e0-11aa-4c3e-b0f5-parlam&platform=android",
    )
    b.header("user-agent", UA)
    b.ok_json({"notice": {"type": "optin", "denyAsPrimary": True}, "languages": {"default": "oc"}})
    return b.build()


def didomi_consent(c: Context) -> Flow:
    b = FB(c, "didomi", "POST", "https://api.privacy-center.org/v1/events")
    b.header("user-agent", UA)
    b.json(
        {
            "type": "consent.given",
            "source": {"type": "sdk-mobile", "domain": "org.parlam.app", "key": "2b9c77e0"},
            "user": {
                "id": b.id(
                    "escola_didomi", where="json user.id (Didomi user id)", detectable=False
                ),
                "country": "FR",
                "agent": UA,
            },
            "parameters": {
                "purposes": {"disabled": ["cookies", "measure_audience"]},
                "action": "click",
            },
            "timestamp": iso(c),
        }
    )
    b.respond(204, None)
    return b.build()
