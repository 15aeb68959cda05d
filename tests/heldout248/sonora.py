"""Sonora: the officer's own Spanish music app (a Madrid-built streamer).

Keys are Spanish (`reproducciones` = plays, `cancionId`, `segundosEscuchados`,
`escuchadoRecientemente`). Attribution runs through Adjust's Android SDK:
form-encoded POSTs to app.adjust.com/session and /event with `gps_adid` and
`android_uuid`; the answer names the Adjust `adid`; a play event carries
`callback_params` with the song (https://help.adjust.com/en/article/callback-parameters).
The app also registers the ANDROID_ID, fetches its config keyed by an MD5 of
it under `h` (opaque), and batches plays as nameless rows under `p`.
Charts with play counts, lyrics, the podcast catalogue and audio chunks are
content fetches.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import js

from .phone import OB, dalvik, iso, ms, rf, ua

API = "https://api.sonora-musica.example"
UA = ua("Sonora", "8.3.1")
PKG = "es.sonora.musica"
APP_TOKEN = "q2w9rkz7xh8g"
CANCIONES = [
    ("c40017", "Rosalía", "Despechá"),
    ("c40022", "Aitana", "Los Ángeles"),
    ("c40031", "Quevedo", "Columbia"),
    ("c40045", "Mahmood", "Tuta gold"),
    ("c40052", "Annalisa", "Sinceramente"),
    ("c40068", "C. Tangana", "Tú me dejaste de querer"),
    ("c40071", "Måneskin", "Zitti e buoni"),
]


def _b(c: Context, method: str, url: str) -> OB:
    b = OB(c, "sonora", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _adjust(c: Context, path: str) -> tuple[OB, list[tuple[str, str]]]:
    b = OB(c, "adjust", "POST", f"https://app.adjust.com/{path}")
    b.header("user-agent", dalvik())
    b.header("client-sdk", "android4.38.2")
    stamp = iso(c).replace("Z", "+0200")
    pairs = [
        ("app_token", APP_TOKEN),
        ("gps_adid", b.id("gaid", where="form gps_adid")),
        ("gps_adid_src", "service"),
        ("android_uuid", b.id("sonora_adjust_uuid", where="form android_uuid")),
        ("tracking_enabled", "1"),
        ("created_at", stamp),
        ("sent_at", stamp),
        ("device_type", "phone"),
        ("device_name", "SM-S911B"),
        ("device_manufacturer", "samsung"),
        ("os_name", "android"),
        ("os_version", "14"),
        ("api_level", "34"),
        ("package_name", PKG),
        ("app_version", "8.3.1"),
        ("environment", "production"),
        ("language", "es"),
        ("country", "ES"),
        ("needs_response_details", "1"),
    ]
    return b, pairs


def adjust_session(c: Context) -> Flow:
    b, pairs = _adjust(c, "session")
    pairs += [
        ("session_count", str(c.rng.randint(2, 400))),
        ("session_length", str(c.rng.randint(30, 4000))),
        ("time_spent", str(c.rng.randint(30, 4000))),
    ]
    b.form(pairs)
    b.ok_json(
        {
            "app_token": APP_TOKEN,
            "adid": b.id("sonora_adjust_adid", where="response json adid", direction="response"),
            "timestamp": iso(c),
            "message": "Session tracked",
        }
    )
    return b.build()


def adjust_play_event(c: Context) -> Flow:
    cid, artist, title = c.rng.choice(CANCIONES)
    b, pairs = _adjust(c, "event")
    b.view("form callback_params cancion_id / titulo / segundos")
    pairs += [
        ("event_token", "u7k2pa"),
        ("event_count", str(c.rng.randint(1, 900))),
        (
            "callback_params",
            js(
                {
                    "cancion_id": cid,
                    "titulo": title,
                    "artista": artist,
                    "segundos": str(c.rng.randint(30, 240)),
                }
            ),
        ),
    ]
    b.form(pairs)
    b.ok_json({"app_token": APP_TOKEN, "message": "Event tracked", "timestamp": iso(c)})
    return b.build()


def registro(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/dispositivo")
    b.json(
        {
            "idAndroid": b.id("aid_sonora", where="json idAndroid"),
            "modelo": "SM-S911B",
            "idioma": "es-ES",
            "calidad": "alta",
        }
    )
    b.ok_json({"usuario": b.acct("sonora_user"), "premium": True})
    return b.build()


def config_hashed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/cfg")
    b.param("h", b.id("aid_sonora", "md5", "query h", detectable=False))
    b.param("v", "8.3.1")
    b.ok_json({"flags": {"letras": True, "offline": True, "radio_ia": c.rng.random() < 0.5}})
    return b.build()


def reproduccion(c: Context) -> Flow:
    cid, artist, title = c.rng.choice(CANCIONES)
    b = _b(c, "POST", f"{API}/v2/reproducciones")
    b.view("json cancionId / titulo / segundosEscuchados (song played)")
    b.json(
        {
            "cancionId": cid,
            "titulo": title,
            "artista": artist,
            "segundosEscuchados": c.rng.randint(20, 240),
            "completa": c.rng.random() < 0.6,
            "origen": c.rng.choice(["lista", "album", "radio", "busqueda"]),
            "fecha": iso(c),
        }
    )
    b.no_content()
    return b.build()


def recientes(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/usuario/escuchado-recientemente?limite=20")
    b.view("response json escuchadoRecientemente[]", direction="response")
    b.ok_json(
        {
            "escuchadoRecientemente": [
                {"cancionId": k, "artista": a, "titulo": t, "escuchadaEl": iso(c)}
                for k, a, t in c.rng.sample(CANCIONES, 4)
            ]
        }
    )
    return b.build()


def lote_opaco(c: Context) -> Flow:
    """Batched play log: [song number, seconds, ts] rows under 'p', gzip."""
    b = _b(c, "POST", f"{API}/b")
    b.view("json p[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(CANCIONES)[0][1:]), c.rng.randint(20, 240), ms(c)]
        for _ in range(c.rng.randint(2, 5))
    ]
    b.json({"p": rows}, "gzip")
    b.no_content()
    return b.build()


def exitos(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/listas/exitos?pais={c.rng.choice(['ES', 'IT', 'FR'])}")
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "lista": [
                {
                    "puesto": i + 1,
                    "cancionId": k,
                    "titulo": t,
                    "reproducciones": c.rng.randint(10**5, 10**7),
                }
                for i, (k, _, t) in enumerate(CANCIONES)
            ]
        }
    )
    return b.build()


def letra(c: Context) -> Flow:
    cid, _, title = c.rng.choice(CANCIONES)
    b = _b(c, "GET", f"{API}/v2/canciones/{cid}/letra")
    b.ok_json({"titulo": title, "letra": "La la la...\n" * 4, "sincronizada": True})
    return b.build()


def podcasts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/podcasts?categoria=viajes")
    b.decoy("podcast catalogue with episode durations (content fetch)")
    b.ok_json(
        {
            "episodios": [
                {"id": new_hex(c.rng, 10), "titulo": t, "duracion": c.rng.randint(900, 4000)}
                for t in (
                    "Crucero por el Mediterráneo",
                    "Barcelona en 48 horas",
                    "Marsella secreta",
                )
            ]
        }
    )
    return b.build()


def audio_chunk(c: Context) -> Flow:
    b = OB(c, "sonora", "GET", f"https://cdn.sonora-musica.example/a/{new_hex(c.rng, 20)}/160.ogg")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 6) * 65536}-")
    b.respond(206, "audio/ogg", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def conciertos(c: Context) -> Flow:
    b = _b(
        c, "GET", f"{API}/v2/conciertos?ciudad={c.rng.choice(['Barcelona', 'Genova', 'Marseille'])}"
    )
    b.decoy("concert dates and prices (a schedule)")
    b.ok_json(
        {
            "conciertos": [
                {"artista": a, "fecha": iso(c)[:10], "precio": rf(c.rng, 25, 90, 2)}
                for _, a, _ in CANCIONES[:3]
            ]
        }
    )
    return b.build()


FLOWS = [exitos, letra, podcasts, audio_chunk, audio_chunk, conciertos]
