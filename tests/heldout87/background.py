"""Ordinary background traffic of the iPhone: OS checks, weather, maps, feature flags,
crash reports, news, a casual game. Nothing sensitive; several hard look-alikes
(trace ids, coordinate lists, a recommender's item vector, a game camera's
yaw/pitch/roll, an article about facial recognition).
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, floats, iso, ms, rf, rid, ua


def captive(ctx: Context) -> Flow:
    b = FB(
        ctx, "ios", "GET", "http://captive.apple.com/hotspot-detect.html", http_version="HTTP/1.1"
    )
    b.header("user-agent", "CaptiveNetworkSupport-481.100.1 wispr")
    b.respond(
        200, "text/html", b"<HTML><HEAD><TITLE>Success</TITLE></HEAD><BODY>Success</BODY></HTML>"
    )
    return b.build()


def meteo(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "meteo",
        "GET",
        "https://app-prod-ws.meteoswiss-app.ch/v1/plzDetail",
        [("plz", "100100")],
    )
    b.decoy("temperature and rain series")
    b.ok_json(
        {
            "graph": {
                "start": ms(ctx),
                "temperature1h": [rf(ctx.rng, -2, 12, 1) for _ in range(24)],
                "precipitation10m": [rf(ctx.rng, 0, 2, 1) for _ in range(24)],
            }
        }
    )
    return b.build()


def map_tiles(ctx: Context) -> Flow:
    z, x, y = 14, ctx.rng.randint(8400, 8600), ctx.rng.randint(5700, 5800)
    b = FB(ctx, "maps", "GET", f"https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    b.respond(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    return b.build()


def directions(ctx: Context) -> Flow:
    b = FB(
        ctx, "maps", "GET", "https://router.project-osrm.org/route/v1/driving/6.63,46.52;6.14,46.20"
    )
    b.decoy("route geometry: coordinate list")
    b.ok_json(
        {
            "routes": [
                {
                    "geometry": {
                        "coordinates": [
                            [rf(ctx.rng, 6.1, 6.7), rf(ctx.rng, 46.2, 46.6)] for _ in range(30)
                        ]
                    },
                    "duration": 3412.5,
                }
            ]
        }
    )
    return b.build()


def flags(ctx: Context) -> Flow:
    b = FB(
        ctx,
        "flags",
        "GET",
        f"https://cdn-global.configcat.com/configuration-files/{rid(ctx.rng)}/config_v6.json",
    )
    b.decoy("feature flags with rollout hashes")
    b.ok_json({"f": {"newPlayer": {"v": {"b": True}, "i": rid(ctx.rng)[:8]}}})
    return b.build()


def crash(ctx: Context) -> Flow:
    b = FB(ctx, "sentry", "POST", "https://o1184.ingest.sentry.io/api/4504/envelope/")
    b.decoy("crash report: event id, trace id, stack addresses")
    tid = rid(ctx.rng).replace("-", "")
    b.set_body(
        (
            f'{{"event_id":"{tid}","sent_at":"{iso(ctx)}"}}\n{{"type":"event"}}\n'
            f'{{"exception":{{"values":[{{"type":"EXC_BAD_ACCESS","stacktrace":{{"frames":'
            f'[{{"instruction_addr":"0x1a2b3c4d5e"}}]}}}}]}},"contexts":{{"trace":{{"trace_id":"{tid}"}}}}}}'
        ).encode(),
        "application/x-sentry-envelope",
    )
    b.ok_json({"id": tid})
    return b.build()


def news(ctx: Context) -> Flow:
    b = FB(ctx, "news", "GET", "https://www.rts.ch/api/articles/14512789")
    b.decoy("news article about facial recognition at stadiums")
    b.ok_json(
        {
            "titre": "La reconnaissance faciale dans les stades fait débat",
            "chapeau": "Des caméras analysent les visages des supporters; la CNIL s'inquiète.",
            "mots": ["visage", "biométrie", "empreinte vocale"],
            "publie": iso(ctx),
        }
    )
    return b.build()


def recommender(ctx: Context) -> Flow:
    b = FB(ctx, "shop", "GET", "https://api.galaxus.ch/reco/v1/similar", [("product", "22945871")])
    b.decoy("item embedding vector with no face context")
    b.ok_json({"itemVector": floats(ctx.rng, 64), "similar": [22945872, 22945990]})
    return b.build()


def game_camera(ctx: Context) -> Flow:
    b = FB(ctx, "game", "POST", "https://sync.petanque-royale.game/v1/replay")
    b.decoy("game camera yaw/pitch/roll")
    b.header("user-agent", ua("PetanqueRoyale", "1.9"))
    b.json(
        {
            "frames": [
                {
                    "cam": {
                        "yaw": rf(ctx.rng, -180, 180, 2),
                        "pitch": rf(ctx.rng, -30, 30, 2),
                        "roll": 0.0,
                    },
                    "ball": [rf(ctx.rng, 0, 15), rf(ctx.rng, 0, 4)],
                }
                for _ in range(6)
            ]
        }
    )
    b.ok_json({"ok": True})
    return b.build()


def apple_time(ctx: Context) -> Flow:
    b = FB(ctx, "ios", "GET", "https://gs.apple.com/time", http_version="HTTP/1.1")
    b.respond(200, "text/plain", str(int(ctx.now)).encode())
    return b.build()


BENIGN: list[Callable[[Context], Flow]] = [
    captive,
    meteo,
    map_tiles,
    directions,
    flags,
    crash,
    news,
    recommender,
    game_camera,
    apple_time,
]
