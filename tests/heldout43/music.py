"""Music / podcast app "Ritmo" and TV-novela streaming app "NovelaPlay" (Brazil).

Sensitive (viewing history): Ritmo's batched listen log (track, ms listened,
when), podcast position sync, NovelaPlay's playback heartbeat ("assistindo":
title, episode, position, duration) and its continue-watching list, and a
Ritmo stats beacon sealed with the app's own cipher (opaque). Ritmo also
registers with Firebase Installations (firebase.google.com REST:
POST firebaseinstallations.googleapis.com/v1/projects/{p}/installations with
fid, appId, authVersion FIS_v2, sdkVersion).
Look-alikes: charts with global play counts, "mais assistidos" rankings,
catalogue pages, search, cover art, lyrics with timestamps, HLS segments,
trailer manifests, playlist edits.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4

from .phone import FB, iso, ms, rf, rid, ua

RITMO = "https://api.ritmo.fm"
NOVELA = "https://api.novelaplay.com.br"
VOD = "https://vod.novelaplay.com.br/hls"
UA = ua("Ritmo", "4.77.0")
UA_N = ua("NovelaPlay", "3.210.0")


def _b(c: Context, method: str, url: str, app: str = "ritmo") -> FB:
    b = FB(c, app, method, url)
    b.header("user-agent", UA if app == "ritmo" else UA_N)
    b.header("x-trace", rid(c.rng))
    return b


def _track(c: Context) -> str:
    return str(c.rng.randint(10**8, 10**9))


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{RITMO}/v1/log/escuchas")
    b.json(
        {
            "usuario": b.acct("music_user"),
            "escuchas": [
                {
                    "track_id": _track(c),
                    "ms_escuchados": c.rng.randint(20000, 240000),
                    "ts_inicio": ms(c) - c.rng.randint(10**5, 10**7),
                    "origen": c.rng.choice(["playlist", "radio", "album"]),
                    "completa": c.rng.random() < 0.6,
                }
                for _ in range(c.rng.randint(2, 6))
            ],
        }
    )
    b.view("body escuchas[]: tracks with ms listened and start time")
    b.ok_json({"aceptadas": True})
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{RITMO}/v1/podcasts/episodios/{_track(c)}/progreso")
    dur = c.rng.randint(1200, 5400)
    b.json(
        {
            "posicion_s": c.rng.randint(0, dur),
            "duracion_s": dur,
            "reproducido_en": iso(c),
            "velocidad": 1.25,
        }
    )
    b.view("body posicion_s/duracion_s of an episode")
    b.no_content()
    return b.build()


def novela_heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{NOVELA}/v2/playback/heartbeat", "novelaplay")
    dur = c.rng.randint(1800, 3000)
    b.json(
        {
            "evento": "assistindo",
            "titulo_id": f"N{c.rng.randint(1000, 9999)}",
            "episodio": c.rng.randint(1, 160),
            "posicao_s": c.rng.randint(0, dur),
            "duracao_s": dur,
            "perfil": "principal",
            "ts": ms(c),
        }
    )
    b.view("body evento=assistindo with title, episode, position")
    b.ok_json({"ok": True})
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", f"{NOVELA}/v2/perfil/continuar-assistindo", "novelaplay")
    b.json(
        {
            "itens": [
                {
                    "titulo_id": f"N{c.rng.randint(1000, 9999)}",
                    "episodio": c.rng.randint(1, 160),
                    "progresso": rf(c.rng, 0.05, 0.95, 2),
                    "assistido_em": iso(c),
                }
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    b.view("body itens[]: continue-watching list with progress and time")
    b.ok_json({"ok": True})
    return b.build()


def stats_sealed(c: Context) -> Flow:
    b = _b(c, "POST", f"{RITMO}/v1/s")
    b.json({"k": 7, "d": b64(bytes(c.rng.getrandbits(8) for _ in range(320)))})
    b.view("body d: encrypted play-stats batch", detectable=False)
    b.no_content()
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = _b(
        c,
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/ritmo-fm-prod/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + rid(c.rng).replace("-", "")[:33])
    b.json(
        {
            "fid": b.id("music_fid", where="body fid"),
            "appId": "1:804112375526:android:3f7c1a9e0b2d4c61",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/804112375526/installations/x", "refreshToken": rid(c.rng)})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{RITMO}/v1/charts/{c.rng.choice(['mx', 'br', 'tr'])}")
    b.ok_json(
        {
            "tracks": [
                {
                    "track_id": _track(c),
                    "title": f"Canción {i}",
                    "plays_7d": c.rng.randint(10**5, 10**7),
                    "duration_ms": c.rng.randint(120000, 260000),
                }
                for i in range(10)
            ]
        }
    )
    b.decoy("global chart with play counts and durations")
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{NOVELA}/v2/home/trilhos/mais-assistidos", "novelaplay")
    b.ok_json(
        {
            "itens": [
                {
                    "titulo_id": f"N{c.rng.randint(1000, 9999)}",
                    "nome": n,
                    "assistido_por": c.rng.randint(10**4, 10**6),
                    "duracao_media_min": c.rng.randint(30, 50),
                }
                for n in ("Amor Paulista", "Terra Brava", "Mar de Gelo")
            ]
        }
    )
    b.decoy("catalogue rail 'most watched' (global counts, not the user's history)")
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"{RITMO}/v1/tracks/{_track(c)}/letra")
    b.ok_json({"sync": [{"t_ms": i * 4200, "line": f"la la la {i}"} for i in range(8)]})
    b.decoy("time-synced lyrics")
    return b.build()


def cover(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.ritmo.fm/cover/{_track(c)}/500x500.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    b.decoy("cover art fetch")
    return b.build()


def hls_segment(c: Context) -> Flow:
    b = _b(
        c,
        "GET",
        f"{VOD}/N{c.rng.randint(1000, 9999)}/720p/seg_{c.rng.randint(1, 700)}.ts",
        "novelaplay",
    )
    b.respond(200, "video/mp2t", fake_mp4(c.rng.randint(0, 10**9), 600))
    b.decoy("video segment fetch")
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{NOVELA}/v2/busca", "novelaplay")
    b.param("q", c.rng.choice(["novela turca", "amor", "futebol"]))
    b.ok_json(
        {
            "resultados": [
                {
                    "titulo_id": f"N{c.rng.randint(1000, 9999)}",
                    "thumb": f"https://img.novelaplay.com.br/{i}.jpg",
                }
                for i in range(5)
            ]
        }
    )
    b.decoy("search results")
    return b.build()
