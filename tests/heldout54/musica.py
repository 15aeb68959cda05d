"""Music and podcast app (free tier with ads) on the moto g.

- Its own listening log: a gzip JSON batch of `plays` (track id, ms played,
  source) to /v1/escuchas, in English keys with Spanish values.
- Podcast progress sync (episode guid, position seconds) to /v1/podcasts/progreso.
- A protobuf "PlaybackEvent" batch (field numbers only: track uri, ms played,
  timestamp) the app's native player writes: no key names, opaque short
  track ids, so labelled not signature-detectable.
- Decoys: lyrics, cover art, search, an equaliser preset with a numeric series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, floats, iso, ms, rf, ua

API = "https://api.ritmo-app.example.com"
UA = ua("Ritmo", "9.2.1")
TRACKS = ["trk:3kVh2M", "trk:9aQpL1", "trk:0Zx77c", "trk:5bNmW2", "trk:Ll82Qe"]
EPISODES = [
    "pod:la-cotorrisa/ep-412",
    "pod:leyendas-legendarias/ep-233",
    "pod:radio-ambulante/ep-1098",
]


def listen_log(c: Context) -> Flow:
    b = FB(c, "ritmo", "POST", f"{API}/v1/escuchas")
    b.header("user-agent", UA)
    plays = [
        {
            "track_id": c.rng.choice(TRACKS),
            "ms_played": c.rng.randint(15000, 240000),
            "source": c.rng.choice(["playlist", "album", "radio", "search"]),
            "ended_at": iso(c),
            "shuffle": c.rng.random() < 0.5,
        }
        for _ in range(c.rng.randint(1, 5))
    ]
    b.json(
        {"plays": plays, "install_id": b.id("musica_install", where="body.install_id")},
        encoding="gzip",
    )
    b.view("body.plays[].track_id+ms_played")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = FB(c, "ritmo", "PUT", f"{API}/v1/podcasts/progreso")
    b.header("user-agent", UA)
    b.json(
        {
            "episodio": c.rng.choice(EPISODES),
            "posicion_seg": c.rng.randint(10, 4200),
            "completado": c.rng.random() < 0.2,
            "velocidad": c.rng.choice([1.0, 1.25, 1.5]),
            "actualizado": ms(c),
        }
    )
    b.view("body.episodio+posicion_seg")
    b.ok_json({"ok": 1})
    return b.build()


def playback_pb(c: Context) -> Flow:
    """Native player's protobuf batch: field 1 = repeated event {1: uri, 2: ms, 3: ts}."""
    b = FB(c, "ritmo", "POST", f"{API}/gabo/v2/events")
    b.header("user-agent", UA)
    events = [
        pb_msg(
            1,
            [
                pb_bytes(1, c.rng.choice(TRACKS)),
                pb_varint(2, c.rng.randint(1000, 240000)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 6))
    ]
    body = b"".join(events) + pb_bytes(
        2, b.id("aid_musica", how="protobuf", where="protobuf.2", detectable=False)
    )
    b.set_body(body, "application/x-protobuf")
    b.view("protobuf.1[].1 track uri", detectable=False)
    b.respond(200, "application/x-protobuf", b"\x08\x01")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = FB(c, "ritmo", "GET", f"{API}/v1/letras/{c.rng.choice(TRACKS)}")
    b.header("user-agent", UA)
    b.decoy("lyrics lookup with synced timestamps")
    lines = [{"t": i * 4200 + c.rng.randint(0, 900), "l": "la la la"} for i in range(12)]
    b.ok_json({"sincronizada": lines})
    return b.build()


def cover(c: Context) -> Flow:
    b = FB(
        c, "ritmo", "GET", f"https://i.ritmo-cdn.example.com/ab67616d0000b273{new_hex(c.rng, 24)}"
    )
    b.header("user-agent", UA)
    b.decoy("cover art fetch")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 1 << 30), 500))
    return b.build()


def equaliser(c: Context) -> Flow:
    b = FB(c, "ritmo", "GET", f"{API}/v1/ecualizador/presets", [("nombre", "reggaeton")])
    b.header("user-agent", UA)
    b.decoy("equaliser gain series")
    b.ok_json(
        {
            "bandas_hz": [60, 230, 910, 3600, 14000],
            "ganancia_db": [rf(c.rng, -6, 6, 1) for _ in range(5)],
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    b = FB(
        c,
        "ritmo",
        "GET",
        f"{API}/v1/buscar",
        [("q", c.rng.choice(["peso pluma", "karol g", "bad bunny"]))],
    )
    b.header("user-agent", UA)
    b.decoy("search")
    b.ok_json({"tracks": TRACKS[:3]})
    return b.build()


def taste_vector(c: Context) -> Flow:
    """Recommendation request with a taste embedding: a feature vector, no face or voice."""
    b = FB(c, "ritmo", "POST", f"{API}/v1/recomendaciones")
    b.header("user-agent", UA)
    b.json({"embedding": floats(c.rng, 128, 4), "modelo": "two-tower-v3", "limite": 20})
    b.decoy("music-taste embedding vector")
    b.ok_json({"tracks": TRACKS})
    return b.build()
