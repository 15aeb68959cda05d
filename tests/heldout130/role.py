"""Rolê: a short-video app (Kwai / TikTok style). Each video view goes to
`/rest/n/feed/visualizacao` with `photo_id`, `tempo_assistido_ms` and `loops`,
device id `did` in the query, as the big Asian short-video SDKs do. Face filters
upload the 106-point face mesh (`pontos_rosto`) and blendshape weights. The
client log is gzip'd and base64'd under `log` (opaque). The feed itself
(recommendations), trending hashtags and like counts are not viewing history.
"""

from __future__ import annotations

import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, jsb

from .phone import FB, ms, points, rf, ua

API = "https://api.roleapp.example"
UA = ua("Role", "11.4.30")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "role", method, url)
    b.header("user-agent", UA)
    b.param("did", b.id("role_did", where="query did"))
    b.param("app_ver", "11.4.30")
    b.param("os", "android")
    return b


def _photo(c: Context) -> str:
    return str(c.rng.randint(5 * 10**15, 6 * 10**15))


def visualizacao(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/n/feed/visualizacao")
    b.view("json photo_id / tempo_assistido_ms (short video watched)")
    dur = c.rng.randint(8000, 60000)
    b.json(
        {
            "photo_id": _photo(c),
            "autor_id": str(c.rng.randint(10**9, 10**10)),
            "tempo_assistido_ms": c.rng.randint(500, dur),
            "duracao_ms": dur,
            "loops": c.rng.randint(0, 3),
            "aba": "para_voce",
            "ts": ms(c),
        }
    )
    b.ok_json({"result": 1})
    return b.build()


def log_opaco(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/log/c")
    b.view("form log (gzip+base64 client log with plays)", detectable=False)
    rows = [[_photo(c), c.rng.randint(500, 40000), ms(c)] for _ in range(c.rng.randint(2, 6))]
    b.form([("log", b64(gzip.compress(jsb(rows), mtime=0))), ("cs", "1")])
    b.ok_json({"result": 1})
    return b.build()


def filtro_rosto(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/n/magic/efeito/face")
    b.bio("face_landmarks", "json pontos_rosto (106 points) and blendshapes")
    b.json(
        {
            "efeito": "glitter_carnaval_v3",
            "pontos_rosto": points(c.rng, 106),
            "blendshapes": {
                k: rf(c.rng, 0, 1, 3)
                for k in ("jawOpen", "eyeBlinkLeft", "mouthSmileRight", "browInnerUp")
            },
        }
    )
    b.ok_json({"result": 1})
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rest/n/feed/para-voce?count=10")
    b.decoy("recommended feed with durations and like counts (catalogue)")
    b.ok_json(
        {
            "feeds": [
                {
                    "photo_id": _photo(c),
                    "duracao_ms": c.rng.randint(8000, 60000),
                    "curtidas": c.rng.randint(0, 10**6),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def em_alta(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rest/n/hashtag/em-alta")
    b.decoy("trending hashtags with view counts over everyone")
    b.ok_json(
        {
            "tags": [
                {"tag": t, "views": c.rng.randint(10**5, 10**8)}
                for t in ("#forro", "#bbb", "#receita", "#frevo")
            ]
        }
    )
    return b.build()


def camera_jogo(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/n/minigame/estado")
    b.decoy("mini-game camera yaw / pitch / roll (a game camera, not a head)")
    b.json(
        {
            "cam": {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -45, 45, 2), "roll": 0.0},
            "pontos": c.rng.randint(0, 9999),
        }
    )
    b.ok_json({"result": 1})
    return b.build()
