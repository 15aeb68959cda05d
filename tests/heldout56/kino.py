"""Kinosaal VR: a German-language VR cinema on the Quest (in-house backend).

Its backend speaks German: the playback log ("Wiedergabeprotokoll") carries
film id, position and when it was watched; "weiterschauen" is the
continue-watching list; the device registration sends the headset serial
("seriennummer") and the app's ANDROID_ID. A quality beacon packs the same
playback state into an XOR'd blob (opaque). All key names are this set's own.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js

from .phone import FB, hmd_ua, iso, ms, rid

API = "https://api.kinosaal-vr.de"
FILME = [
    "Die Alpenfestung",
    "Wiener Blut 2",
    "Sturm über Graz",
    "Der letzte Walzer",
    "Nordlicht",
    "Zürcher Nächte",
    "Das Haus am See",
]


def _film(c: Context) -> tuple[str, str]:
    return "flm-" + str(c.rng.randint(10000, 99999)), c.rng.choice(FILME)


def _b(c: Context, method: str, path: str, params: list[tuple[str, str]] | None = None) -> FB:
    b = FB(c, "kinosaal", method, API + path, params)
    b.header("user-agent", hmd_ua("KinosaalVR", "3.8.1"))
    b.header("x-ks-sitzung", rid(c.rng))
    return b


def wiedergabe_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/wiedergabe/protokoll")
    if c.rng.random() < 0.5:  # older builds: a hashed device cookie ("Gerät" = device)
        b.header("cookie", "ks_geraet=" + b.id("aid_kino", "sha1", "cookie:ks_geraet (sha1)"))
    eintraege = []
    for _ in range(c.rng.randint(1, 3)):
        fid, titel = _film(c)
        dauer = c.rng.randint(5400, 9000)
        eintraege.append(
            {
                "filmId": fid,
                "titel": titel,
                "positionSek": c.rng.randint(60, dauer),
                "laufzeitSek": dauer,
                "gesehenAm": iso(c),
                "saal": "IMAX-Virtuell",
            }
        )
    b.json(
        {
            "nutzer": b.acct("kino_user"),
            "geraet": {
                "androidId": b.id("aid_kino", where="json:geraet.androidId"),
                "modell": "Quest 3",
            },
            "eintraege": eintraege,
        }
    )
    b.view("json:eintraege[].filmId+positionSek+gesehenAm")
    b.no_content()
    return b.build()


def weiterschauen(c: Context) -> Flow:
    b = _b(c, "PUT", "/v2/profil/weiterschauen")
    liste = []
    for _ in range(c.rng.randint(2, 5)):
        fid, titel = _film(c)
        liste.append(
            {
                "inhaltId": fid,
                "titel": titel,
                "fortschritt": round(c.rng.random(), 3),
                "zuletztAngesehen": ms(c) - c.rng.randint(0, 9_000_000),
            }
        )
    b.json({"profilId": b.acct("kino_user"), "weiterschauen": liste})
    b.view("json:weiterschauen[].inhaltId+fortschritt")
    b.ok_json({"gespeichert": len(liste)})
    return b.build()


def verlauf_antwort(c: Context) -> Flow:
    """The server's answer: the watch history shown under 'Zuletzt gesehen'."""
    b = _b(c, "GET", "/v2/profil/verlauf", [("seite", "1")])
    items = [
        {"filmId": _film(c)[0], "gesehenAm": iso(c), "positionSek": c.rng.randint(60, 7000)}
        for _ in range(4)
    ]
    b.ok_json({"verlauf": items})
    b.view("response json:verlauf[]", direction="response")
    return b.build()


def qualitaets_beacon(c: Context) -> Flow:
    """Playback state (film, position) XOR'd and base64'd under 'p': opaque."""
    b = _b(c, "POST", "/q/b")
    state = js({"f": _film(c)[0], "s": c.rng.randint(60, 7000), "r": "2160p"}).encode()
    b.form([("v", "3"), ("p", b64(bytes(x ^ 0x33 for x in state)))])
    b.view("form:p (xor + base64)", detectable=False)
    b.no_content()
    return b.build()


def geraet_registrieren(c: Context) -> Flow:
    b = _b(c, "POST", "/v2/geraete")
    b.json(
        {
            "seriennummer": b.id("hmd_serial", where="json:seriennummer"),
            "androidId": b.id("aid_kino", where="json:androidId"),
            "geraetetyp": "Quest 3",
            "horizonOs": "69.0.0.565",
            "sprache": "de-AT",
        }
    )
    b.ok_json({"geraetNr": c.rng.randint(100000, 999999), "status": "aktiv"})
    return b.build()


def katalog(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/katalog", [("kategorie", "neu"), ("seite", str(c.rng.randint(1, 6)))])
    b.ok_json(
        {
            "filme": [
                {
                    "filmId": _film(c)[0],
                    "titel": t,
                    "laufzeitSek": c.rng.randint(5000, 9000),
                    "bewertung": round(c.rng.uniform(2.5, 5), 1),
                }
                for t in FILME[:5]
            ]
        }
    )
    b.decoy("catalogue page (film ids and runtimes)")
    return b.build()


def suche(c: Context) -> Flow:
    b = _b(c, "GET", "/v2/suche", [("q", c.rng.choice(["walzer", "alpen", "krimi"]))])
    b.ok_json(
        {"treffer": [{"filmId": _film(c)[0], "titel": c.rng.choice(FILME)} for _ in range(3)]}
    )
    b.decoy("search results")
    return b.build()


def poster(c: Context) -> Flow:
    b = FB(c, "kinosaal", "GET", f"https://cdn.kinosaal-vr.de/poster/{_film(c)[0]}_w480.jpg")
    b.header("user-agent", hmd_ua("KinosaalVR", "3.8.1"))
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 500))
    b.decoy("thumbnail fetch")
    return b.build()


def segment(c: Context) -> Flow:
    fid = _film(c)[0]
    b = FB(
        c,
        "kinosaal",
        "GET",
        f"https://cdn.kinosaal-vr.de/hls/{fid}/2160p/seg_{c.rng.randint(1, 900):05d}.m4s",
    )
    b.header("user-agent", hmd_ua("KinosaalVR", "3.8.1"))
    b.respond(200, "video/iso.segment", fake_mp4(c.rng.randint(0, 1 << 30), 800))
    b.decoy("video segment fetch")
    return b.build()
