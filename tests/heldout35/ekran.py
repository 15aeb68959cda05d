"""Ekran+: a streaming app sold in Slovenia and Bulgaria (in-house backend; the
Slovenian build uses Slovenian keys, the Bulgarian one transliterated
Bulgarian). Its events go through JSON batches and a Firebase
Installations registration (firebaseinstallations.googleapis.com/v1/projects/
*/installations: `fid`, `appId`, `authVersion` "FIS_v2", `sdkVersion`; see
firebase-android-sdk, FirebaseInstallationServiceClient.java).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.ekranplus.si"
BG = "https://api.ekranplus.bg"
UA = ua("EkranPlus", "3.14.0")
SHOWS = [
    ("vs-1201", "Reka ljubezni"),
    ("vs-1388", "Ena žlahtna štorija"),
    ("bg-2210", "Pod prikritie"),
    ("bg-2377", "Stakleni dom"),
    ("vs-1544", "Jezero"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ekran", method, url)
    b.header("user-agent", UA)
    b.header("x-ekran-profil", c.phone.ekran_user)
    return b


def ogled(c: Context) -> Flow:
    """Slovenian build: one playback event (vsebina = content, polozaj = position)."""
    sid, name = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{API}/api/v2/dogodki/predvajanje")
    b.json(
        {
            "dogodek": c.rng.choice(["zacetek", "premor", "nadaljevanje", "konec"]),
            "vsebina": {"id": sid, "naslov": name, "epizoda": c.rng.randint(1, 40)},
            "polozaj": c.rng.randint(5, 2500),
            "dolzina": 2580,
            "cas": iso(c),
        }
    )
    b.view("json:vsebina+polozaj+dolzina")
    b.no_content()
    return b.build()


def gledane(c: Context) -> Flow:
    """Bulgarian build: transliterated keys (gledane = viewing, poziciya = position)."""
    sid, name = c.rng.choice(SHOWS)
    b = _b(c, "POST", f"{BG}/v1/gledane/progres")
    b.json(
        {
            "epizod_id": sid + "-e" + str(c.rng.randint(1, 60)),
            "zaglavie": name,
            "poziciya_sek": c.rng.randint(5, 2500),
            "prodalzhitelnost_sek": 2580,
            "ustroystvo_id": b.id("aid_ekran", where="json:ustroystvo_id"),
            "vreme": ms(c),
        }
    )
    b.view("json:epizod_id+poziciya_sek+prodalzhitelnost_sek")
    b.ok_json({"status": "ok"})
    return b.build()


def zgodovina(c: Context) -> Flow:
    """Gzipped batch of the 'continue watching' shelf, pushed when the app closes."""
    b = _b(c, "POST", f"{API}/api/v2/nadaljuj-z-ogledom/sinhronizacija")
    rows = [
        {"id": s[0], "napredek": rf(c.rng, 0.02, 0.97, 3), "zadnjic": ms(c) - 86400000 * i}
        for i, s in enumerate(c.rng.sample(SHOWS, 3))
    ]
    b.set_body(jsb({"seznam": rows}), "application/json", "gzip")
    b.view("json:seznam[].id+napredek (gzip)")
    b.no_content()
    return b.build()


def batch_opaque(c: Context) -> Flow:
    """Event ids only: numeric codes under one-letter keys; no reader can tell."""
    b = _b(c, "POST", f"{API}/e")
    b.json({"a": c.rng.randint(100, 999), "b": [c.rng.randint(1, 5000) for _ in range(4)]})
    b.view("json:a,b (coded event ids)", detectable=False)
    b.no_content()
    return b.build()


def fis(c: Context) -> Flow:
    url = "https://firebaseinstallations.googleapis.com/v1/projects/ekranplus-prod/installations"
    b = FB(c, "firebase", "POST", url)
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("fid_ekran", where="json:fid"),
            "appId": "1:402873310982:android:6b1d0c2e8f7a4c51",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {"name": "projects/402873310982/installations/x", "refreshToken": "3_AS" + rid(c.rng)}
    )
    return b.build()


def spored(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v2/spored")
    b.param("dan", str(c.rng.randint(0, 6)))
    b.ok_json(
        {
            "oddaje": [
                {"ura": f"{h:02d}:00", "naslov": s[1]}
                for h, s in zip(range(18, 23), SHOWS, strict=True)
            ]
        }
    )
    b.decoy("TV schedule (EPG)")
    return b.build()


def priporocila(c: Context) -> Flow:
    b = _b(c, "GET", f"{BG}/v1/preporaki")
    b.ok_json({"spisak": [{"id": s[0], "reyting": rf(c.rng, 3, 5, 1)} for s in SHOWS]})
    b.decoy("recommendations catalogue")
    return b.build()
