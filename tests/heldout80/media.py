"""Her OWN media: a streaming app (in-house backend "Cinemar") with heartbeats,
watch log and resume points, and Pocket Casts for podcasts. These are the set's
truly sensitive viewing_history flows (plus the install / ANDROID_ID each sends).

Pocket Casts sync: POST /sync/update_episode with `uuid`, `podcast`, `position`,
`duration`, `status` (Automattic/pocket-casts-android, SyncServerService /
EpisodeSyncRequest). Cinemar is fictional; its keys follow common OTT
heartbeat designs (contentId, positionSec, event=heartbeat).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64

from .phone import FB, b_, iso, ms, rid

CIN = "https://api.cinemar-play.pt/v2"
TITLES = ["serie_A_Herdeira_s02e0", "filme_Balada_", "serie_Vale_s01e0"]


def _cin(c: Context, method: str, path: str, dev: bool = False) -> FB:
    b = b_(c, "cinemar", method, CIN + path, "Cinemar", "7.4.2")
    if dev:
        b.other_id("stream_install", "header x-device-id")
        b.header("x-device-id", c.phone.stream_install)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    return b


def _title(c: Context) -> str:
    return c.rng.choice(TITLES) + str(c.rng.randint(1, 9))


def heartbeat(c: Context) -> Flow:
    b = _cin(c, "POST", "/playback/heartbeat", dev=True)
    b.view("json heartbeat contentId/positionSec")
    b.json(
        {
            "event": "heartbeat",
            "contentId": _title(c),
            "positionSec": c.rng.randint(30, 3000),
            "durationSec": 3120,
            "bitrateKbps": c.rng.choice([1800, 3500]),
            "playSessionId": rid(c.rng),
            "androidId": b.id("aid_stream", where="json androidId"),
            "ts": ms(c),
        }
    )
    b.no_content()
    return b.build()


def resume_point(c: Context) -> Flow:
    b = _cin(c, "PUT", f"/me/continuar-a-ver/{_title(c)}")
    b.view("json resume position (continuar a ver)")
    b.json({"posicaoSeg": c.rng.randint(60, 3000), "terminado": False, "atualizadoEm": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def watch_log(c: Context) -> Flow:
    b = _cin(c, "POST", "/me/historico/lote", dev=True)
    b.view("json watch history batch")
    b.json(
        {
            "historico": [
                {"conteudoId": _title(c), "vistoEm": iso(c), "minutosVistos": c.rng.randint(3, 52)}
                for _ in range(c.rng.randint(2, 5))
            ]
        }
    )
    b.ok_json({"aceites": 3})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    b = _cin(c, "GET", "/px.gif")
    b.view("encrypted qoe beacon 'e' (progress inside, nothing readable)", detectable=False)
    b.param("e", b64(bytes(c.rng.getrandbits(8) for _ in range(96))))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _cin(c, "GET", "/catalogo/destaques?perfil=adulto")
    b.decoy("catalogue rails with durations and 'most watched' rankings (public, not hers)")
    b.ok_json(
        {
            "rails": [
                {
                    "titulo": "Mais vistos em Portugal",
                    "itens": [
                        {
                            "id": _title(c),
                            "duracaoSeg": 3120,
                            "vizualizacoes": c.rng.randint(10**4, 10**6),
                        }
                        for _ in range(4)
                    ],
                }
            ]
        }
    )
    return b.build()


def pocketcasts_sync(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "POST", "https://api.pocketcasts.com/sync/update_episode")
    b.header("user-agent", "Pocket Casts/7.60 (Android 14)")
    b.view("json uuid/podcast/position/duration")
    b.json(
        {
            "uuid": rid(c.rng),
            "podcast": rid(c.rng),
            "position": str(c.rng.randint(30, 4000)),
            "duration": str(c.rng.randint(1800, 5400)),
            "status": c.rng.choice([2, 3]),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def pocketcasts_history(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "POST", "https://api.pocketcasts.com/history/sync")
    b.header("user-agent", "Pocket Casts/7.60 (Android 14)")
    b.view("json listening history changes")
    b.json(
        {
            "version": 2,
            "deviceTime": ms(c),
            "changes": [
                {
                    "action": 1,
                    "episode": rid(c.rng),
                    "podcast": rid(c.rng),
                    "modifiedAt": str(ms(c)),
                    "title": "Ep.",
                }
            ],
        }
    )
    b.ok_json({"serverModified": str(ms(c)), "changes": []})
    return b.build()


def podcast_search(c: Context) -> Flow:
    b = FB(c, "pocketcasts", "POST", "https://podcast-api.pocketcasts.com/discover/search")
    b.decoy("podcast search with episode durations (catalogue)")
    b.json({"term": c.rng.choice(["hotelaria", "vinhos", "true crime"])})
    b.ok_json(
        {"podcasts": [{"uuid": rid(c.rng), "title": "Vinho & Conversa", "avgDuration": 2700}]}
    )
    return b.build()


VIEW = [
    heartbeat,
    resume_point,
    pocketcasts_sync,
    heartbeat,
    watch_log,
    pocketcasts_history,
    beacon_opaque,
]
BLOCK = [(0.6, catalogue), (0.3, podcast_search)]
