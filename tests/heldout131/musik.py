"""Klangwerk: a music-streaming app on the phone and in the car.

Plays are reported as `gespielt` events (track, seconds played, whether
skipped) in batches; the car's head unit sends the same through the phone,
with the car's VIN in the body since the app knows which car it plays in.
Charts, new releases and lyrics are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, android_ua, iso, ms, rid

API = "https://api.klangwerk.example"
UA = android_ua("Klangwerk", "9.2.0")
TITEL = [
    ("trk_40a1", "AnnenMayKantereit", "Pocahontas", 187),
    ("trk_9c12", "Cro", "Easy", 214),
    ("trk_77f0", "Tarkan", "Şımarık", 236),
    ("trk_1b3e", "Wanda", "Bologna", 213),
    ("trk_5d20", "Bilderbuch", "Maschin", 204),
    ("trk_8e81", "Helene Fischer", "Atemlos durch die Nacht", 220),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "klangwerk", method, url)
    b.header("user-agent", UA)
    b.header("x-kw-geraet", b.id("aid_musik", where="header x-kw-geraet"))
    return b


def gespielt(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/hoerverlauf/gespielt")
    b.view("json gespielt[] (track, gehoert_sek, uebersprungen)")
    rows = []
    for _ in range(c.rng.randint(1, 4)):
        tid, kuenstler, titel, dauer = c.rng.choice(TITEL)
        rows.append(
            {
                "titelId": tid,
                "kuenstler": kuenstler,
                "titel": titel,
                "gehoert_sek": c.rng.randint(5, dauer),
                "uebersprungen": c.rng.random() < 0.3,
                "gespieltUm": iso(c),
            }
        )
    b.json({"gespielt": rows, "quelle": c.rng.choice(["playlist", "radio", "album"])})
    b.ok_json({"angenommen": len(rows)})
    return b.build()


def auto_wiedergabe(c: Context) -> Flow:
    tid, _, _, dauer = c.rng.choice(TITEL)
    b = _b(c, "POST", f"{API}/v1/auto/wiedergabe")
    b.view("json nowPlaying titelId + positionSek (in the car)")
    b.json(
        {
            "fahrzeug": {"vin": b.id("car_vin", where="json fahrzeug.vin"), "hu": "MIB3"},
            "nowPlaying": {"titelId": tid, "positionSek": c.rng.randint(0, dauer)},
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def playback_pb(c: Context) -> Flow:
    """The offline-play log as protobuf with numbered fields only."""
    b = _b(c, "POST", f"{API}/v1/ol")
    b.view("protobuf f1=track f2=seconds f3=ts (offline plays)", detectable=False)
    body = b"".join(
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(TITEL)[0]),
                pb_varint(2, c.rng.randint(5, 240)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(1, 3))
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def charts(c: Context) -> Flow:
    b = FB(c, "klangwerk", "GET", f"{API}/v1/charts/de?woche=45")
    b.header("user-agent", UA)
    b.decoy("top-50 chart with stream counts over all listeners (aggregate)")
    b.ok_json(
        {
            "platzierungen": [
                {"platz": i + 1, "titelId": t[0], "streams": c.rng.randint(10**5, 10**7)}
                for i, t in enumerate(TITEL)
            ]
        }
    )
    return b.build()


def songtext(c: Context) -> Flow:
    tid, _, titel, dauer = c.rng.choice(TITEL)
    b = FB(c, "klangwerk", "GET", f"{API}/v1/lyrics/{tid}")
    b.header("user-agent", UA)
    b.decoy("synced lyrics with time offsets (content, not a listener's position)")
    b.ok_json(
        {
            "titel": titel,
            "zeilen": [{"startMs": i * 4000, "text": "…"} for i in range(dauer // 40)],
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = FB(c, "klangwerk", "GET", f"https://audio.klangwerk-cdn.example/{rid(c.rng)}/seg3.mp4")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()
