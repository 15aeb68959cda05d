"""Legliz Live: a Haitian church's app (Sunday services live, sermons on demand).

The developers wrote the API in French with Kreyòl content: `progression`
(resume point of a sermon, `position_secondes`), `historique` (what was
watched), `presence` (a live-service heartbeat: which stream, seconds watched).
A compact resume beacon sends bare rows. The sermon catalogue (`predikasyon`),
live viewer counts, prayer requests, offerings and a profile photo (an
ordinary avatar, not sent for analysis) are not sensitive.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, multipart

from .phone import FB, iso, ms, rid, ua

API = "https://api.leglizlive.example"
UA = ua("LeglizLive", "4.0.7")
SERMONS = [
    "Bondye pa janm lage nou",
    "La foi qui déplace les montagnes",
    "Sòm 23: Senyè a se gadò mwen",
    "Culte d'action de grâce",
    "Lespwa nan tan difisil",
    "Veillée de prière du vendredi",
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "leglizlive", method, url)
    b.header("user-agent", UA)
    b.header("x-legliz-appareil", b.id("legliz_install", where="header x-legliz-appareil"))
    return b


def _sermon(c: Context) -> tuple[str, str, int]:
    return f"pred-{c.rng.randint(100, 999)}", c.rng.choice(SERMONS), c.rng.randint(1800, 7200)


def progression(c: Context) -> Flow:
    pid, titre, duree = _sermon(c)
    b = _b(c, "PUT", f"{API}/api/v3/moi/progression/{pid}")
    b.view("json position_secondes (sermon resume)")
    b.json(
        {
            "predication_id": pid,
            "titre": titre,
            "position_secondes": c.rng.randint(30, duree),
            "duree_secondes": duree,
            "mis_a_jour": iso(c),
        }
    )
    b.no_content()
    return b.build()


def historique(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/moi/historique")
    b.view("response json historique[]", direction="response")
    b.ok_json(
        {
            "historique": [
                {
                    "predication_id": p,
                    "titre": t,
                    "regarde_le": iso(c),
                    "pourcentage": c.rng.randint(5, 100),
                }
                for p, t, _d in (_sermon(c) for _ in range(c.rng.randint(2, 6)))
            ]
        }
    )
    return b.build()


def presence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/direct/presence")
    b.view("json flux_id / secondes_regardees (live heartbeat)")
    b.json(
        {
            "flux_id": f"culte-{c.rng.choice(['dimanche', 'mercredi', 'vendredi'])}",
            "secondes_regardees": c.rng.randint(30, 5400),
            "qualite": "480p",
            "horodatage": iso(c),
        }
    )
    b.no_content()
    return b.build()


def beacon(c: Context) -> Flow:
    """Rows [sermon, seconds, ts] under 'l': nothing says they are watch events."""
    b = _b(c, "POST", f"{API}/l")
    b.view("json l[] rows", detectable=False)
    b.json(
        {"l": [[_sermon(c)[0], c.rng.randint(10, 7000), ms(c)] for _ in range(c.rng.randint(1, 3))]}
    )
    b.no_content()
    return b.build()


def enregistrer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/appareils")
    b.json(
        {
            "identifiant_appareil": b.id("aid_legliz", where="json identifiant_appareil"),
            "installation": b.id("legliz_install", where="json installation"),
            "plateforme": "android",
            "version": "4.0.7",
        }
    )
    b.ok_json({"membre": b.acct("legliz_user")})
    return b.build()


def annonces(c: Context) -> Flow:
    """Announcements fetch with the install id base64'd in an unnamed cookie."""
    b = FB(c, "leglizlive", "GET", f"{API}/api/v3/annonces")
    b.header("user-agent", UA)
    b.header("cookie", "lz=" + b.id("legliz_install", "b64", "cookie lz", detectable=False))
    b.ok_json({"annonces": [{"titre": "Repetisyon koral samdi 4h", "date": iso(c)}]})
    return b.build()


def predikasyon(c: Context) -> Flow:
    b = FB(c, "leglizlive", "GET", f"{API}/api/v3/predications?page={c.rng.randint(1, 4)}")
    b.header("user-agent", UA)
    b.decoy("sermon catalogue with durations (content fetch)")
    b.ok_json(
        {
            "predications": [
                {
                    "id": p,
                    "titre": t,
                    "duree_secondes": d,
                    "miniature": f"https://cdn.leglizlive.example/{p}.jpg",
                }
                for p, t, d in (_sermon(c) for _ in range(6))
            ]
        }
    )
    return b.build()


def spectateurs(c: Context) -> Flow:
    b = FB(c, "leglizlive", "GET", f"{API}/api/v3/direct/statut")
    b.header("user-agent", UA)
    b.decoy("live viewer count (aggregate)")
    b.ok_json(
        {
            "en_direct": c.rng.random() < 0.4,
            "nombre_de_spectateurs": c.rng.randint(40, 3000),
            "debut": iso(c),
        }
    )
    return b.build()


def hls(c: Context) -> Flow:
    b = FB(
        c,
        "leglizlive",
        "GET",
        f"https://live.leglizlive.example/culte/480p/seg{c.rng.randint(1, 9999):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def priere(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/demandes-de-priere")
    b.json({"texte": "Priye pou sante manman m nan Okap.", "anonyme": True, "cree_le": iso(c)})
    b.ok_json({"id": rid(c.rng)})
    return b.build()


def offrande(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/offrandes")
    b.decoy("payment intent id")
    b.json({"montant_cents": c.rng.choice([1000, 2000, 5000]), "devise": "USD", "fonds": "dime"})
    b.ok_json({"paymentIntent": "pi_" + new_hex(c.rng, 24), "statut": "requires_confirmation"})
    return b.build()


def avatar(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/moi/photo")
    b.decoy("profile photo upload (not sent for face analysis)")
    boundary = new_hex(c.rng, 30)
    b.set_body(
        multipart(
            boundary,
            [("photo", "profil.jpg", "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 500))],
        ),
        f"multipart/form-data; boundary={boundary}",
    )
    b.ok_json({"url": f"https://cdn.leglizlive.example/avatars/{b64(rid(c.rng))[:16]}.jpg"})
    return b.build()
