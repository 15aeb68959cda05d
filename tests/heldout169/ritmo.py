"""Ritmo: a music streamer (reggaeton, regional Mexicano, bachata) on the Motorola,
listened to with the AirPods.

The app reports each play (`reproducciones` with `ms_escuchados`), serves a
"Escuchado recientemente" list, and hands the same plays to Braze as a custom
event (`api/v3/data`, `device_id`, `device.google_ad_id`, per Braze's Android
SDK). The audio-route call names the Bluetooth headset (AirPods serial and
MAC, as iOS/Android report the connected accessory). The offline-play sync
is a protobuf with numeric fields only. Charts with play counts over all
listeners, lyrics and audio segment fetches are not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_digits, new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, moto_ua, ms, rid

API = "https://api.ritmo-musica.example"
AUDIO = "https://audio.ritmo-musica.example"
UA = moto_ua("Ritmo", "9.2.1")
TRACKS = [
    ("trk_4411", "Peso Pluma", "Ella Baila Sola"),
    ("trk_5720", "Bad Bunny", "Monaco"),
    ("trk_6001", "Karol G", "Si Antes Te Hubiera Conocido"),
    ("trk_6932", "Grupo Frontera", "un x100to"),
    ("trk_7015", "Fuerza Regida", "TQM"),
    ("trk_7233", "Romeo Santos", "Propuesta Indecente"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "ritmo", method, url)
    b.header("user-agent", UA)
    b.header("x-ritmo-usuario", b.acct("ritmo_user"))
    return b


def play_report(c: Context) -> Flow:
    tid, artist, song = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/reproducciones")
    b.view("json reproducciones[] (pistaId, ms_escuchados, terminada)")
    b.json(
        {
            "reproducciones": [
                {
                    "pistaId": tid,
                    "artista": artist,
                    "cancion": song,
                    "ms_escuchados": c.rng.randint(15000, 240000),
                    "terminada": c.rng.random() < 0.6,
                    "inicio": iso(c),
                    "fuente": c.rng.choice(["playlist:regional_mexicano", "radio", "busqueda"]),
                }
            ],
            "androidId": b.id("aid_ritmo", where="json androidId"),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/yo/escuchado-recientemente?limit=20")
    b.view("response json recientes[] (pista, escuchadoEl)", direction="response")
    b.ok_json(
        {
            "recientes": [
                {"pistaId": t, "artista": a, "cancion": s, "escuchadoEl": iso(c)}
                for t, a, s in c.rng.sample(TRACKS, 4)
            ]
        }
    )
    return b.build()


def braze_event(c: Context) -> Flow:
    _, artist, song = c.rng.choice(TRACKS)
    b = FB(c, "braze", "POST", "https://sdk.iad-05.braze.com/api/v3/data/")
    b.header("user-agent", UA)
    b.view("json events[].data cancion + segundos_escuchados (Braze custom event)")
    b.json(
        {
            "api_key": new_hex(c.rng, 8) + "-" + new_hex(c.rng, 4) + "-4" + new_hex(c.rng, 3),
            "device_id": b.id("braze_device", where="json device_id (Braze)"),
            "sdk_version": "30.4.0",
            "time": int(c.now),
            "device": {
                "model": "moto g 5G - 2024",
                "os_version": "34",
                "google_ad_id": b.id("gaid", where="json device.google_ad_id"),
                "ad_tracking_enabled": True,
            },
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": "cancion_escuchada",
                        "p": {"cancion": song, "artista": artist, "segundos_escuchados": 95},
                    },
                    "time": c.now,
                    "session_id": rid(c.rng),
                }
            ],
        }
    )
    b.ok_json({})
    return b.build()


def offline_sync_pb(c: Context) -> Flow:
    """Offline plays uploaded later: track number, ms and epoch in numbered fields."""
    b = _b(c, "POST", f"{API}/v1/s")
    b.view("protobuf field 1 rows (track, ms, epoch), no names", detectable=False)
    rows = b"".join(
        pb_msg(
            1,
            [
                pb_varint(1, int(c.rng.choice(TRACKS)[0][4:])),
                pb_varint(2, c.rng.randint(15000, 240000)),
                pb_varint(3, int(c.now) - c.rng.randint(0, 86400)),
            ],
        )
        for _ in range(c.rng.randint(2, 6))
    )
    b.set_body(rows + pb_bytes(9, "r9.2.1"), "application/x-protobuf")
    b.no_content()
    return b.build()


def audio_route(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/dispositivos/audio")
    b.json(
        {
            "salida": "bluetooth",
            "audifonos": {
                "nombre": "AirPods Pro de Guadalupe",
                "numeroSerie": b.id("airpods_serial", where="json audifonos.numeroSerie"),
                "macBluetooth": b.id("airpods_mac", where="json audifonos.macBluetooth"),
                "codec": "AAC",
            },
            "androidId": b.id("aid_ritmo", where="json androidId"),
        }
    )
    b.ok_json({"espacial": True})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/listas/top-regional-mexicano-usa")
    b.decoy("chart with play counts across all listeners (aggregate)")
    b.ok_json(
        {
            "lista": [
                {
                    "pos": i + 1,
                    "pistaId": t,
                    "cancion": s,
                    "reproducciones": c.rng.randint(10**5, 10**8),
                }
                for i, (t, _, s) in enumerate(TRACKS)
            ],
            "actualizado": iso(c),
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = _b(c, "GET", f"{API}/v1/letras/{tid}")
    b.decoy("synced lyrics with millisecond offsets (content, not a play report)")
    b.ok_json({"pistaId": tid, "lineas": [{"ms": i * 3500, "texto": "..."} for i in range(8)]})
    return b.build()


def audio_segment(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = _b(c, "GET", f"{AUDIO}/a/{tid}/{new_digits(c.rng, 2)}.m4s?sig={new_hex(c.rng, 24)}")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def playlist_edit(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/playlists/{new_hex(c.rng, 10)}/pistas")
    b.json({"agregar": [c.rng.choice(TRACKS)[0]], "pos": 0, "ts": ms(c)})
    b.ok_json({"ok": True, "snapshot": new_hex(c.rng, 20)})
    return b.build()
