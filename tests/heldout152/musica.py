"""Suonami: a music-streaming app with Italian backend keys.

Plays are reported as `ascolti[]` (`brano_id`, `secondi_ascoltati`,
`ascoltato_il`); the "Ascoltati di recente" list comes back in a response. GA4
Measurement Protocol (app stream: `app_instance_id`) receives `ascolto_brano`
events. An offline-sync build posts its play log as an AES-GCM blob (not
readable). Search, lyrics, the "Per te" recommendations and the voice search
(speech-to-text, no speaker model) are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_wav, multipart

from .phone import FB, bearer, iso, ms, rid, ua

API = "https://api.suonami.example"
UA = ua("Suonami", "9.2.0")
BRANI = [
    ("Geolier", "I p' me, tu p' te"),
    ("Pino Daniele", "Napule è"),
    ("Mahmood", "Tuta gold"),
    ("Liberato", "Nove maggio"),
    ("Annalisa", "Sinceramente"),
    ("Nino D'Angelo", "Senza giacca e cravatta"),
]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:558214790331:android:7c1e0aa8d4f2b961&api_secret=pV2sK8nQx0LrT4mW9aZc1g"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "suonami", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    return b


def ascolti(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/me/ascolti")
    b.view("json ascolti[].secondi_ascoltati")
    righe = []
    for _ in range(c.rng.randint(1, 4)):
        artista, titolo = c.rng.choice(BRANI)
        righe.append(
            {
                "brano_id": f"tr{c.rng.randint(10**7, 10**8)}",
                "artista": artista,
                "titolo": titolo,
                "secondi_ascoltati": c.rng.randint(10, 260),
                "ascoltato_il": iso(c),
                "sorgente": c.rng.choice(["playlist", "album", "radio_artista"]),
            }
        )
    b.json({"ascolti": righe, "dispositivo": b.id("aid_musica", where="json dispositivo")})
    b.ok_json({"salvati": len(righe)})
    return b.build()


def recenti(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/ascoltati-di-recente")
    b.view("response json recenti[].ascoltato_il", direction="response")
    b.ok_json(
        {
            "recenti": [
                {"artista": a, "titolo": t, "ascoltato_il": iso(c), "volte": c.rng.randint(1, 9)}
                for a, t in c.rng.sample(BRANI, 4)
            ]
        }
    )
    return b.build()


def ga4_ascolto(c: Context) -> Flow:
    artista, titolo = c.rng.choice(BRANI)
    b = FB(c, "ga4-mp", "POST", MP)
    b.view("json events[].name=ascolto_brano durata_ascolto")
    b.json(
        {
            "app_instance_id": b.id("musica_app_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "ascolto_brano",
                    "params": {
                        "artista": artista,
                        "brano": titolo,
                        "durata_ascolto": c.rng.randint(10, 260),
                        "engagement_time_msec": c.rng.randint(100, 5000),
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def log_cifrato(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/sync/offline")
    b.view("json blob (AES-GCM play log)", detectable=False)
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(180, 420)))
    b.json({"iv": b64(bytes(c.rng.getrandbits(8) for _ in range(12))), "blob": b64(blob), "v": 2})
    b.no_content()
    return b.build()


def cerca(c: Context) -> Flow:
    q = c.rng.choice(["geolier", "pino daniele", "canzoni napoletane", "sanremo 2024"])
    b = _b(c, "GET", f"{API}/v1/cerca?q={q.replace(' ', '+')}")
    b.decoy("search results with durations (not listening)")
    b.ok_json(
        {
            "risultati": [
                {"artista": a, "titolo": t, "durata_sec": c.rng.randint(150, 280)} for a, t in BRANI
            ]
        }
    )
    return b.build()


def per_te(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/raccomandazioni/per-te")
    b.decoy("recommendations rail")
    b.ok_json({"per_te": [{"artista": a, "titolo": t} for a, t in BRANI], "aggiornato": iso(c)})
    return b.build()


def ricerca_vocale(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cerca/voce")
    b.decoy("voice search: speech-to-text of a query, no speaker model (not biometric)")
    boundary = "Suonami" + rid(c.rng).replace("-", "")[:14]
    body = multipart(
        boundary,
        [
            ("lingua", None, None, b"it-IT"),
            ("audio", "query.wav", "audio/wav", fake_wav(c.rng.randint(0, 10**9), 600)),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={boundary}")
    b.ok_json({"trascrizione": "metti Napule è di Pino Daniele", "ms": ms(c) % 1000})
    return b.build()


def testo(c: Context) -> Flow:
    artista, titolo = c.rng.choice(BRANI)
    b = _b(c, "GET", f"{API}/v1/testi?brano={titolo.replace(' ', '+')}")
    b.ok_json({"artista": artista, "righe": ["Napule è mille culure", "Napule è mille paure"]})
    return b.build()
