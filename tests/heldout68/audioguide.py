"""Musei d'Italia audio guide (fictional app, Italian keys): a catalogue, not a listen log.

Hard viewing-history decoys: tour catalogues list exhibit ids with the
durations of the guide TRACKS offered ("durata" in seconds), the offline tour
pack is a download, and the exhibit detail is a page. Beacon ranging reports
the museum's iBeacons (proximity UUID, major, minor; Apple's iBeacon format)
near which the visitor stands: the museum's hardware, not the tourist's.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex, new_uuid

from .phone import FB, iso, rf, rid, ua

API = "https://api.museiditalia-guide.it/api/v1"
MUSEI = [
    ("uffizi", "Galleria degli Uffizi"),
    ("borghese", "Galleria Borghese"),
    ("vaticani", "Musei Vaticani"),
    ("accademia", "Galleria dell'Accademia"),
]
OPERE = [
    "La nascita di Venere",
    "Primavera",
    "David",
    "Apollo e Dafne",
    "Tondo Doni",
    "Annunciazione",
    "Ratto di Proserpina",
    "Scuola di Atene",
]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "audioguida", method, API + path)
    b.header("user-agent", ua("MuseiGuide", "2.7.3"))
    b.header("x-richiesta-id", rid(c.rng))
    b.header("accept-language", "it-IT,it;q=0.9,en;q=0.7")
    return b


def percorsi(c: Context) -> Flow:
    mid, nome = c.rng.choice(MUSEI)
    b = _b(c, "GET", f"/musei/{mid}/percorsi")
    b.param("lingua", c.rng.choice(["it", "en", "es"]))
    tracce = [
        {
            "idOpera": f"{mid}-{c.rng.randint(1, 400):04d}",
            "titolo": t,
            "traccia": {
                "id": "trk" + new_digits(c.rng, 6),
                "durata": c.rng.randint(45, 320),
                "formato": "aac",
                "narratore": c.rng.choice(["voce femminile", "voce maschile"]),
            },
        }
        for t in c.rng.sample(OPERE, 5)
    ]
    b.decoy("audio-guide catalogue: exhibit ids with durations of the guide tracks offered")
    b.ok_json(
        {
            "museo": nome,
            "percorsi": [{"nome": "Capolavori", "durataTotaleMin": 75, "tappe": tracce}],
        }
    )
    return b.build()


def tour_pack(c: Context) -> Flow:
    mid = c.rng.choice(MUSEI)[0]
    b = _b(c, "GET", f"/musei/{mid}/pacchetto-offline.zip")
    b.param("versione", str(c.rng.randint(30, 60)))
    b.decoy("offline tour pack download (all track audio of a museum)")
    b.respond(200, "application/zip", b"PK\x03\x04" + c.rng.randbytes(1400))
    return b.build()


def beacon_ranging(c: Context) -> Flow:
    b = _b(c, "POST", "/prossimita")
    b.json(
        {
            "beacons": [
                {
                    "uuid": new_uuid(c.rng).upper(),
                    "major": c.rng.randint(1, 20),
                    "minor": c.rng.randint(1, 600),
                    "rssi": -c.rng.randint(55, 95),
                    "distanzaM": rf(c.rng, 0.5, 9, 1),
                }
                for _ in range(c.rng.randint(1, 3))
            ],
            "ts": iso(c),
        }
    )
    b.decoy(
        "iBeacon ranging: the museum's beacons (proximity UUID / major / minor), not her device"
    )
    b.ok_json({"operaVicina": f"uffizi-{c.rng.randint(1, 400):04d}"})
    return b.build()


def opera(c: Context) -> Flow:
    mid = c.rng.choice(MUSEI)[0]
    oid = f"{mid}-{c.rng.randint(1, 400):04d}"
    b = _b(c, "GET", f"/opere/{oid}")
    b.decoy("exhibit detail page (artist, year, room, track runtime): catalogue, not listening")
    b.ok_json(
        {
            "id": oid,
            "titolo": c.rng.choice(OPERE),
            "autore": "Botticelli",
            "anno": 1485,
            "sala": str(c.rng.randint(1, 45)),
            "traccia": {
                "durata": c.rng.randint(60, 300),
                "url": f"https://cdn.museiditalia-guide.it/a/{new_hex(c.rng, 12)}.m4a",
            },
        }
    )
    return b.build()


def track_audio(c: Context) -> Flow:
    b = FB(c, "audioguida", "GET", f"https://cdn.museiditalia-guide.it/a/{new_hex(c.rng, 12)}.m4a")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", "bytes=0-")
    b.decoy("guide track audio fetched from the CDN (a media download, no log)")
    b.respond(206, "audio/mp4", b"\x00\x00\x00\x1cftypM4A " + c.rng.randbytes(900))
    return b.build()


def valutazione(c: Context) -> Flow:
    b = _b(c, "POST", "/valutazioni")
    b.json(
        {"museo": c.rng.choice(MUSEI)[0], "stelle": c.rng.randint(3, 5), "commento": "Bellissimo!"}
    )
    b.decoy("museum rating")
    b.ok_json({"grazie": True})
    return b.build()
