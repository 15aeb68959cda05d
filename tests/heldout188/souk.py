"""Souk Lbarra: a classifieds app (cars, phones, flats), Android.

The app registers with Firebase Installations (its FID) and sends its
ANDROID_ID as `id_appareil`. Listings of second-hand phones, receivers and TVs
carry the IMEI or serial of the item for sale: a stranger's device or one being
sold off, not one of the household's devices. Listing photos, price
histories and search results are ordinary data.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import luhn_complete, new_digits
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, rf, rid, ua

API = "https://api.soukbarra.example"
UA = ua("SoukLbarra", "9.0.6")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "souk", method, url)
    b.header("user-agent", UA)
    return b


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/souk-lbarra-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIzaSyB7mJ3rVq0dK9pXs2LnW4cE8tH1uY6oZaQ")
    fid = b.id("souk_fid", where="json fid")
    b.json(
        {
            "fid": fid,
            "appId": "1:662039188224:android:a1f07e3b",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json(
        {
            "name": f"projects/662039188224/installations/{fid}",
            "fid": b.id("souk_fid", where="response json fid", direction="response"),
            "refreshToken": rid(c.rng),
        }
    )
    return b.build()


def session_open(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/session")
    b.json(
        {
            "id_appareil": b.id("aid_souk", where="json id_appareil"),
            "pub_id": b.id("gaid", where="json pub_id"),
            "ville": c.rng.choice(["Casablanca", "Fès", "Oran"]),
        }
    )
    b.ok_json({"user": b.acct("souk_user")})
    return b.build()


def md5_beacon(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/px.gif")
    b.param("u", b.id("aid_souk", "md5", "query u", detectable=False))
    b.param("p", "annonce")
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def phone_listing(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/annonces")
    b.decoy("IMEI of a second-hand phone put up for sale (the item sold, not a household device)")
    b.json(
        {
            "categorie": "telephones",
            "titre": c.rng.choice(["Samsung A54 nqi", "iPhone 12 bhal jdid", "Redmi Note 12"]),
            "prix": c.rng.randint(900, 6000),
            "imei": luhn_complete(new_digits(c.rng, 14, "35")),
            "etat": "occasion",
            "ville": "Casablanca",
        }
    )
    b.ok_json({"annonce_id": c.rng.randint(10**7, 10**8), "publiee": iso(c)})
    return b.build()


def receiver_listing(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/annonces/{c.rng.randint(10**7, 10**8)}")
    b.decoy("a seller's satellite receiver serial and MAC in a listing (a stranger's device)")
    b.ok_json(
        {
            "titre": "Démo IPTV 4K + abonnement",
            "prix": c.rng.randint(300, 1500),
            "details": {
                "numero_serie": "ST" + new_digits(c.rng, 12),
                "mac": "00:1A:79:" + ":".join(f"{c.rng.randint(0, 255):02X}" for _ in range(3)),
            },
            "vendeur": {"pseudo": "hicham_oujda", "tel": "+2126" + new_digits(c.rng, 8)},
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/recherche?q=dacia+logan&ville=fes")
    b.decoy("search results with price series")
    b.ok_json(
        {
            "resultats": [
                {
                    "id": c.rng.randint(10**7, 10**8),
                    "prix": c.rng.randint(40000, 120000),
                    "historique_prix": [c.rng.randint(40000, 120000) for _ in range(4)],
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def listing_photo(c: Context) -> Flow:
    b = FB(c, "souk", "GET", f"https://img.soukbarra.example/a/{c.rng.randint(10**7, 10**8)}_1.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def message_seller(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/messages")
    b.json(
        {
            "annonce": c.rng.randint(10**7, 10**8),
            "texte": "salam, mazal kayna?",
            "client_msg": rid(c.rng),
        }
    )
    b.ok_json({"ok": True, "lat": rf(c.rng, 33, 35, 3)})
    return b.build()
