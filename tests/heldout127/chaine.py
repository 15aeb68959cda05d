"""Huit+: a commercial channel's streaming app with server-side ad insertion.

The SSAI server stitches ads into the stream; the app fires the VAST tracking
beacons the stitcher lists. Two kinds of beacon are here: the programme
beacons (`/suivi/contenu`) carry the programme id, the position in it and the
advertising id: they say what the person is watching (viewing history, device
id). The ad-creative beacons (`/suivi/pub`) carry only the creative, the break
and the quartile: proof that an advertiser's spot ran, labelled ordinary. The
player's `lecture` events (French for playback) go to the app's own backend;
the live channel's heartbeat is a protobuf with numbered fields only.
"""

from __future__ import annotations

from typing import Any

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_varint

from . import mesure
from .phone import FB, iso, ms, rid, ua

API = "https://api.huitplus.example"
SSAI = "https://ssai.huitplus.example"
UA = ua("HuitPlus", "11.2.0")
EMISSIONS = [
    "Top Chef",
    "Koh-Lanta",
    "L'amour est dans le pré",
    "Capital",
    "66 minutes",
    "Recherche appartement ou maison",
]


def media(c: Context) -> dict[str, Any]:
    return {
        "id": f"{c.rng.randint(10**7, 10**8)}_c{c.rng.randint(10, 99)}",
        "titre": c.rng.choice(EMISSIONS),
        "duree": c.rng.randint(1800, 6000),
        "serial": "598001" + str(c.rng.randint(1000, 9999)),
    }


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "huitplus", method, url)
    b.header("user-agent", UA)
    return b


def lecture_evenement(c: Context) -> Flow:
    m = media(c)
    b = _b(c, "POST", f"{API}/player/v3/evenements")
    b.header("x-huit-device", b.id("aid_chaine", where="header x-huit-device"))
    b.view("json evenement/positionMs/idVideo")
    b.json(
        {
            "evenement": c.rng.choice(["lecture", "pause", "reprise_lecture", "fin_lecture"]),
            "idVideo": m["id"],
            "emission": m["titre"],
            "positionMs": c.rng.randint(0, m["duree"]) * 1000,
            "qualite": "HD",
            "horodatage": iso(c),
        }
    )
    b.no_content()
    return b.build()


def beacon_contenu(c: Context) -> Flow:
    m = media(c)
    b = _b(c, "GET", f"{SSAI}/suivi/contenu")
    b.view("query idProgramme/positionProgramme (SSAI content beacon)")
    b.param("idProgramme", m["id"])
    b.param("positionProgramme", str(c.rng.randint(0, m["duree"])))
    b.param("ecran", str(c.rng.randint(1, 5)))
    b.param("rdid", b.id("gaid", where="query rdid (advertising id)"))
    b.param("is_lat", "0")
    b.param("cb", str(c.rng.randint(10**8, 10**9)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def beacon_pub(c: Context) -> Flow:
    b = _b(c, "GET", f"{SSAI}/suivi/pub")
    b.decoy("ad-creative quartile beacon: proof that the spot ran, no programme")
    b.param("creatif", f"CRE-{c.rng.randint(10**5, 10**6)}")
    b.param("ecran", str(c.rng.randint(1, 5)))
    b.param("quartile", c.rng.choice(["debut", "premier", "milieu", "troisieme", "complet"]))
    b.param("cb", str(c.rng.randint(10**8, 10**9)))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def direct_heartbeat(c: Context) -> Flow:
    """Live channel heartbeat: channel index, seconds, epoch in numbered fields."""
    b = _b(c, "POST", f"{API}/live/hb")
    b.view("protobuf fields 1-4 (channel, seconds watched, epoch)", detectable=False)
    body = (
        pb_varint(1, c.rng.randint(1, 6))
        + pb_bytes(2, f"{c.rng.randint(10**7, 10**8)}")
        + pb_varint(3, c.rng.randint(10, 600))
        + pb_varint(4, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def piano(c: Context) -> Flow:
    m = media(c)
    event = c.rng.choice(["av.play", "av.heartbeat", "av.stop"])
    return mesure.piano_av(c, "huit", "aid_chaine", m, event, c.rng.randint(0, m["duree"]))


def vmap(c: Context) -> Flow:
    b = _b(c, "GET", f"{SSAI}/vmap?video={media(c)['id']}&plateforme=android")
    b.decoy("ad break plan (VMAP): break offsets in the programme, same for every viewer")
    xml = (
        '<vmap:VMAP version="1.0"><vmap:AdBreak timeOffset="00:12:00.000" breakType="linear">'
        "<vmap:AdSource><vmap:AdTagURI>https://ssai.huitplus.example/vast</vmap:AdTagURI>"
        "</vmap:AdSource></vmap:AdBreak></vmap:VMAP>"
    )
    b.respond(200, "application/xml", xml.encode())
    return b.build()


def grille(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/programmes/grille?jour=aujourdhui")
    b.decoy("TV schedule with start times (content guide)")
    b.ok_json(
        {
            "grille": [
                {"emission": e, "debut": iso(c), "dureeMin": c.rng.choice([30, 60, 90])}
                for e in EMISSIONS
            ]
        }
    )
    return b.build()


def inscription(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/compte/inscription")
    b.decoy("sign-up form: self-declared civility and birth year, e-mail as account")
    b.json(
        {
            "civilite": c.rng.choice(["Mme", "M."]),
            "anneeNaissance": c.rng.randint(1960, 2004),
            "codePostal": c.rng.choice(["69003", "13006", "69007"]),
            "courriel": b.id("email", where="json courriel (account e-mail)"),
            "optinNewsletter": False,
        }
    )
    b.ok_json({"idCompte": rid(c.rng)})
    return b.build()
