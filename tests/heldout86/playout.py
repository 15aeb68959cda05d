"""The station's playout and logging system (in-house, "OndaLog" on the station's
domain): what the STATION put on air, with start times and durations, the
as-run reconciliation and the RDS text. Every flow is a hard decoy for viewing
history: an aired log is a programme log, not anyone's listening. Key names mix
English and Italian as Italian broadcast software does (cf. RCS Zetta / ENCO
DAD as-run log exports: cart number, title, artist, air time, length).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.labelled import iso, ms, req_id

from .phone import FB, ua

HOST = "https://ondalog.radioscirocco.it"
SONGS = [
    ("Mahmood", "Tuta gold", "ITUM72400012", 198),
    ("Angelina Mango", "La noia", "ITB002400023", 172),
    ("Emma Muscat", "Sempre sempre", "MTA012200045", 186),
    ("The Busker", "Dance (Our Own Party)", "MTA012300011", 181),
    ("Annalisa", "Sinceramente", "ITWN12400077", 184),
    ("Elodie", "Ascolta", "ITUM72400101", 175),
    ("Marco Mengoni", "Due vite", "ITB002300009", 232),
]


def _song(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(SONGS)


def aired_log(c: Context) -> Flow:
    b = FB(c, "ondalog", "POST", f"{HOST}/api/v3/log/aired")
    b.header("user-agent", ua("OndaLog", "3.8.2"))
    entries = []
    for i in range(c.rng.randint(4, 9)):
        artist, title, isrc, dur = _song(c)
        entries.append(
            {
                "cartNo": f"M{c.rng.randint(1000, 9999)}",
                "titolo": title,
                "artista": artist,
                "isrc": isrc,
                "onAirAt": iso(c),
                "durataSec": dur,
                "playedSec": dur - c.rng.randint(0, 9),
                "fadeOut": c.rng.random() < 0.5,
                "categoria": c.rng.choice(["MUS", "JIN", "SPOT", "NEWS"]),
                "seq": i,
            }
        )
    b.json({"stationId": "RSC-FM-PA", "logDate": iso(c)[:10], "entries": entries}, "gzip")
    b.decoy("station as-run log: what the station aired with durations, not a listener's history")
    b.ok_json({"accepted": len(entries)})
    return b.build()


def now_playing(c: Context) -> Flow:
    b = FB(c, "ondalog", "GET", f"{HOST}/api/v3/onair/now", [("studio", "A")])
    artist, title, _isrc, dur = _song(c)
    el = c.rng.randint(5, dur - 5)
    b.ok_json(
        {
            "current": {
                "title": title,
                "artist": artist,
                "startedAt": iso(c),
                "elapsed": el,
                "remaining": dur - el,
                "progress": round(el / dur, 3),
            },
            "next": [{"title": s[1], "artist": s[0], "len": s[3]} for s in SONGS[:3]],
        }
    )
    b.decoy("on-air now-playing with elapsed/progress: the station's programme, not her viewing")
    return b.build()


def asrun_reconcile(c: Context) -> Flow:
    b = FB(c, "ondalog", "POST", f"{HOST}/api/v3/reconcile")
    spots = [
        {
            "spotId": f"SP-{c.rng.randint(10000, 99999)}",
            "cliente": c.rng.choice(["Caffè Moka Sud", "Ottica Vella", "Gozo Ferries"]),
            "programmato": iso(c),
            "trasmesso": iso(c),
            "durata": c.rng.choice([15, 20, 30]),
            "esito": "OK",
        }
        for _ in range(c.rng.randint(2, 6))
    ]
    b.json({"ora": c.rng.randint(6, 11), "spots": spots, "traceId": req_id(c.rng)})
    b.decoy("ad spot as-run reconciliation (scheduled vs aired times), no person's history")
    b.ok_json({"discrepanze": 0})
    return b.build()


def rds_push(c: Context) -> Flow:
    artist, title, _i, _d = _song(c)
    b = FB(c, "ondalog", "POST", f"{HOST}/api/v3/rds", http_version="HTTP/1.1")
    b.form([("ps", "SCIROCCO"), ("rt", f"Ora in onda: {artist} - {title}"), ("pty", "10")])
    b.decoy("RDS radiotext of the song on air")
    b.no_content()
    return b.build()


def hour_clock(c: Context) -> Flow:
    b = FB(c, "ondalog", "GET", f"{HOST}/api/v3/clocks/{c.rng.randint(6, 20):02d}")
    items = [
        {"slot": k, "tipo": t, "durataPrevista": d}
        for k, (t, d) in enumerate([("NEWS", 180), ("MUS", 900), ("SPOT", 120), ("VT", 45)])
    ]
    b.ok_json({"clock": items, "generatedAt": ms(c)})
    b.decoy("hour clock template with planned durations")
    return b.build()
