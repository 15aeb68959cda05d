"""Ahenk Müzik: a Turkish music streaming app.

Its backend came from a team that writes English paths and Turkish snake_case
keys with dotted and dotless i mixed (`dinlenme_suresi`, `dınlenen_sn` in an old
client). Listening reports and the recently played list are viewing history
(listening); charts (listen counts over all users), lyrics and playlists are not.
An install id of the app's own rides in `x-kurulum-id`; the offline-sync report
is a gzip+base64 blob.
"""

from __future__ import annotations

import json

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz

from .phone import FB, iso, ms, rid, ua

API = "https://api.ahenkmuzik.example"
UA = ua("Ahenk", "9.1.3")
SARKILAR = [
    ("Tarkan", "Kuzu Kuzu"),
    ("Sezen Aksu", "Gülümse"),
    ("Barış Manço", "Gülpembe"),
    ("Müslüm Gürses", "Affet"),
    ("Manuş Baba", "Eteği Belinde"),
    ("Sertab Erener", "Aşk"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ahenk", method, url)
    b.header("user-agent", UA)
    b.header("x-kurulum-id", b.id("muzik_install", where="header x-kurulum-id"))
    b.header("x-kullanici", b.acct("muzik_user"))
    return b


def _sarki(c: Context) -> dict[str, object]:
    sanatci, ad = c.rng.choice(SARKILAR)
    return {"sarki_id": c.rng.randint(10**6, 10**7), "sanatci": sanatci, "sarki_adi": ad}


def dinleme(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/plays")
    b.view("json dinlemeler[] sarki_id + dinlenme_suresi")
    b.json(
        {
            "dinlemeler": [
                {
                    **_sarki(c),
                    "dinlenme_suresi": c.rng.randint(15, 300),
                    "baslangic": iso(c),
                    "kaynak": "calma_listesi",
                }
                for _ in range(c.rng.randint(1, 3))
            ]
        }
    )
    b.ok_json({"kaydedildi": True})
    return b.build()


def eski_istemci_dinleme(c: Context) -> Flow:
    """The Android 9 era client spelled the key with a dotless ı."""
    b = _b(c, "POST", f"{API}/v1/dinle")
    b.view("form parca + dınlenen_sn (dotless i spelling)")
    b.form(
        [
            ("parca", str(c.rng.randint(10**6, 10**7))),
            ("dınlenen_sn", str(c.rng.randint(10, 280))),
            ("zaman", str(ms(c))),
        ]
    )
    b.no_content()
    return b.build()


def son_calinanlar(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/me/son-calinanlar")
    b.view("response json son_calinanlar[] (recently played)", direction="response")
    b.ok_json({"son_calinanlar": [{**_sarki(c), "calinma_zamani": iso(c)} for _ in range(8)]})
    return b.build()


def cevrimdisi_opaque(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/sync")
    rows = [
        [c.rng.randint(10**6, 10**7), c.rng.randint(15, 300), ms(c)]
        for _ in range(c.rng.randint(2, 9))
    ]
    b.view("json blob (gzip+base64 rows of track, seconds, time)", detectable=False)
    b.json({"blob": b64(gz(json.dumps(rows).encode())), "v": 2})
    b.no_content()
    return b.build()


def listeler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/charts/turkiye-top-50")
    b.decoy("chart: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "liste": [
                {**_sarki(c), "sira": i + 1, "dinlenme_sayisi": c.rng.randint(10**5, 10**7)}
                for i in range(10)
            ]
        }
    )
    return b.build()


def sarki_sozu(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/lyrics/{c.rng.randint(10**6, 10**7)}")
    b.decoy("lyrics with timestamps (content fetch)")
    b.ok_json(
        {"satirlar": [{"zaman_ms": i * 4200, "metin": "Gülümse kaderine..."} for i in range(6)]}
    )
    return b.build()


def akis(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/stream/{c.rng.randint(10**6, 10**7)}?kalite=320")
    b.respond(200, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def oneriler(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/recommendations?istek={rid(c.rng)}")
    b.decoy("recommendations (not a report of listening)")
    b.ok_json({"oneriler": [_sarki(c) for _ in range(6)]})
    return b.build()
