"""Tumbao: a cumbia / trap / RKT streaming app (Buenos Aires team, English mixed in).

Every play is reported to the backend ("escuchas", with `segundosEscuchados`)
and to Amplitude's HTTP API v2 (`api_key`, `events[]` with `device_id`,
`event_type`, `event_properties`, `adid`), including plays from the car over
Android Auto. A newer client batches plays as protobuf with field numbers only.
The weekly chart (plays summed over all listeners), synced lyrics with their
timestamps and waveform peaks are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.tumbao.example"
UA = ua("Tumbao", "2.41.0")
TEMAS = [
    ("Ke Personajes", "Pienso en vos"),
    ("Los Palmeras", "La cumbia del pescador"),
    ("L-Gante", "Malianteo 420"),
    ("La Nueva Luna", "Y... ¿Qué Pasó?"),
    ("Damas Gratis", "Se te ve la tanga"),
    ("Marcianeke", "Dímelo"),
    ("Pablo Chill-E", "Facts"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "tumbao", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 36))
    return b


def _tema(c: Context) -> tuple[str, str, str, int]:
    artista, titulo = c.rng.choice(TEMAS)
    return f"tr_{new_hex(c.rng, 10)}", artista, titulo, c.rng.randint(150, 260)


def escucha(c: Context) -> Flow:
    tid, artista, titulo, dur = _tema(c)
    b = _b(c, "POST", f"{API}/api/v3/escuchas")
    b.view("json escuchas[].segundosEscuchados")
    b.header("x-device-id", b.id("aid_tumbao", where="header x-device-id"))
    oido = c.rng.randint(5, dur)
    b.json(
        {
            "escuchas": [
                {
                    "temaId": tid,
                    "artista": artista,
                    "titulo": titulo,
                    "segundosEscuchados": oido,
                    "completo": oido >= dur - 3,
                    "origen": c.rng.choice(
                        ["playlist:previa", "radio", "busqueda", "android_auto"]
                    ),
                    "escuchadoEn": iso(c),
                }
            ]
        }
    )
    b.ok_json({"guardadas": 1})
    return b.build()


def amplitude(c: Context) -> Flow:
    tid, artista, titulo, dur = _tema(c)
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", UA)
    b.view("json events[].event_type=Song Played + ms_played")
    b.json(
        {
            "api_key": new_hex(c.rng, 32),
            "events": [
                {
                    "device_id": b.id("tumbao_amp_device", where="json events[0].device_id"),
                    "user_id": b.acct("tumbao_user"),
                    "event_type": "Song Played",
                    "time": ms(c),
                    "event_properties": {
                        "track_id": tid,
                        "artist": artista,
                        "track_name": titulo,
                        "ms_played": c.rng.randint(5, dur) * 1000,
                        "surface": c.rng.choice(["app", "android_auto", "widget"]),
                    },
                    "platform": "Android",
                    "os_version": "14",
                    "device_model": "moto g84 5G",
                    "adid": b.id("gaid", where="json events[0].adid"),
                    "language": "es-AR",
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1, "server_upload_time": ms(c)})
    return b.build()


def amplitude_busqueda(c: Context) -> Flow:
    b = FB(c, "amplitude", "POST", "https://api2.amplitude.com/2/httpapi")
    b.header("user-agent", UA)
    b.json(
        {
            "api_key": new_hex(c.rng, 32),
            "events": [
                {
                    "device_id": b.id("tumbao_amp_device", where="json events[0].device_id"),
                    "event_type": "Search Performed",
                    "time": ms(c),
                    "event_properties": {
                        "query": c.rng.choice(["rkt", "cumbia villera", "previa"])
                    },
                    "platform": "Android",
                }
            ],
        }
    )
    b.ok_json({"code": 200, "events_ingested": 1})
    return b.build()


def lote_protobuf(c: Context) -> Flow:
    """Plays as protobuf: 1 = track, 2 = seconds, 3 = epoch ms, repeated under field 4."""
    b = _b(c, "POST", f"{API}/api/v4/e")
    b.view("protobuf field 4 rows (track, seconds, ts)", detectable=False)
    rows = b"".join(
        pb_msg(
            4, [pb_bytes(1, _tema(c)[0]), pb_varint(2, c.rng.randint(5, 260)), pb_varint(3, ms(c))]
        )
        for _ in range(c.rng.randint(2, 6))
    )
    b.set_body(pb_varint(1, 2) + rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/charts/top-50?pais=AR&semana=actual")
    b.decoy("weekly chart: reproducciones summed over all listeners (aggregate)")
    b.ok_json(
        {
            "chart": [
                {
                    "puesto": i + 1,
                    "temaId": _tema(c)[0],
                    "artista": a,
                    "titulo": t,
                    "reproducciones": c.rng.randint(10**5, 10**7),
                }
                for i, (a, t) in enumerate(TEMAS)
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    tid, _, titulo, _ = _tema(c)
    b = _b(c, "GET", f"{API}/api/v3/temas/{tid}/letra?sync=1")
    b.decoy("synced lyrics: line timestamps of a song (content, not a play)")
    b.ok_json(
        {
            "temaId": tid,
            "lineas": [
                {"tMs": i * c.rng.randint(2500, 4500), "texto": f"{titulo} ({i})"} for i in range(8)
            ],
        }
    )
    return b.build()


def forma_onda(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v3/temas/{_tema(c)[0]}/waveform")
    b.decoy("waveform peaks (float series of the audio, not a voice)")
    b.ok_json({"sampleRate": 50, "peaks": [rf(c.rng, 0, 1, 3) for _ in range(64)]})
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(c, "tumbao", "GET", f"https://cdn.tumbao.example/a/{new_hex(c.rng, 16)}/160.ogg")
    b.header("user-agent", UA)
    b.header("range", "bytes=0-")
    b.respond(206, "audio/ogg", b"OggS" + bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def playlist_nueva(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/v3/playlists")
    b.json(
        {"nombre": "previa del finde 🔥", "temas": [_tema(c)[0] for _ in range(5)], "publica": True}
    )
    b.ok_json({"playlistId": rid(c.rng)})
    return b.build()
