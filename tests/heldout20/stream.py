"""Tela+ : a Globoplay-like streaming app with its own backend (no public SDK).

Heartbeats every 30 s while playing, a continue-watching sync, device
registration (IDFV, IDFA where the family allowed tracking) and casting to a
Samsung Tizen TV: the app learns the TV's DUID from the TV's
`http://<tv>:8001/api/v2/` device info (format per the samsungtvws /
samsung-tv-api projects on GitHub: device.duid, device.wifiMac) and registers
the cast session with its backend. Decoys: catalogue rails, thumbnails, HLS
segments. Key names are the app's own (Portuguese / English mix).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, cfnet, iso, ms, rid

API = "https://api.telamais-play.com.br"
TITLES = ["novela-amor-de-mae", "jornal-da-noite", "serie-cidade-invisivel", "futebol-ao-vivo"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "telamais", method, url)
    b.header("user-agent", cfnet("TelaMais", "4.82.1"))
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    return b


def _video(c: Context) -> tuple[str, int]:
    return f"{c.rng.randint(10**6, 10**7)}", c.rng.randint(1200, 3600)


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/playback/heartbeat")
    vid, dur = _video(c)
    b.json(
        {
            "videoId": vid,
            "programa": c.rng.choice(TITLES),
            "posicaoSeg": c.rng.randint(0, dur),
            "duracaoSeg": dur,
            "evento": c.rng.choice(["playing", "playing", "pause", "seek"]),
            "sessaoPlayback": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.view("json:videoId/posicaoSeg")
    b.no_content()
    return b.build()


def continue_watching(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/me/continue-assistindo")
    items = []
    for _ in range(c.rng.randint(2, 5)):
        vid, _dur = _video(c)
        items.append({"id": vid, "progress": round(c.rng.random(), 3), "watchedAt": iso(c)})
    b.json({"perfil": "principal", "items": items})
    b.view("json:items[].progress/watchedAt")
    b.ok_json({"ok": True})
    return b.build()


def history_get(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/historico?perfil=kids&limit=20")
    rows = [{"videoId": _video(c)[0], "assistidoEm": iso(c), "pct": c.rng.randint(5, 100)}]
    b.ok_json({"historico": rows})
    b.view("response:historico[]", direction="response")
    return b.build()


def opaque_beat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v2/qos")
    b.json({"v": 3, "p": b64(bytes(c.rng.getrandbits(8) for _ in range(96)))})
    b.view("json:p (encrypted heartbeat)", detectable=False)
    b.no_content()
    return b.build()


def device_register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/devices")
    b.json(
        {
            "deviceId": b.id("idfv_tela", where="json:deviceId"),
            "advertisingId": b.id("idfa", where="json:advertisingId"),
            "installationId": b.id("tela_install", where="json:installationId"),
            "platform": "ios",
            "model": "iPhone14,6",
            "osVersion": "17.5.1",
            "atts": 3,
        }
    )
    b.ok_json({"registered": True, "maxDevices": 5})
    return b.build()


def cast_start(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/cast/sessions")
    vid, dur = _video(c)
    b.json(
        {
            "receiver": {
                "platform": "tizen",
                "duid": b.id("tv_duid", where="json:receiver.duid"),
                "macWifi": b.id("tv_mac", where="json:receiver.macWifi"),
                "modelName": "QN55Q60CAGXZD",
            },
            "sender": b.id("idfv_tela", where="json:sender"),
            "videoId": vid,
            "startPosition": c.rng.randint(0, dur),
        }
    )
    b.view("json:videoId/startPosition (cast)")
    b.ok_json({"castSessionId": rid(c.rng)})
    return b.build()


def tv_ping(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/cast/receivers/")
    b.base += b.id("tv_duid", "urlenc", "path:/v1/cast/receivers/{duid}", detectable=False)
    b.ok_json({"online": True, "app": "3201907018807"})
    return b.build()


def rails(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/home/rails?page=1&perfil=principal")
    b.decoy("catalogue rails with ids")
    rail = [
        {"id": _video(c)[0], "titulo": t, "thumb": f"/img/{new_hex(c.rng, 16)}.jpg"} for t in TITLES
    ]
    b.ok_json({"rails": [{"nome": "Em alta", "itens": rail}]})
    return b.build()


def thumb(c: Context) -> Flow:
    b = FB(c, "telamais", "GET", f"https://s.telamais-play.com.br/img/{new_hex(c.rng, 16)}.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def segment(c: Context) -> Flow:
    q = c.rng.choice(["720p", "1080p", "480p"])
    url = f"https://vod.telamais-play.com.br/{_video(c)[0]}/{q}/seg_{c.rng.randint(1, 900)}.ts"
    b = FB(c, "telamais", "GET", url)
    b.header("user-agent", "AppleCoreMedia/1.0.0.21F90 (iPhone; U; CPU OS 17_5_1 like Mac OS X)")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
