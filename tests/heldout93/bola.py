"""'Liga Direto', a Primeira Liga app with live match streams.

Live-stream heartbeats every 30 s to its own backend (jogo, minuto, segundos
assistidos), and the Adjust SDK: POST app.adjust.com/session and /event as
form bodies with app_token, gps_adid, android_uuid (the SDK's install uuid),
created_at, environment, session_count, event_token (adjust/android_sdk
PackageBuilder and "server-to-server sessions" help article).
"""

from __future__ import annotations

from urllib.parse import urlencode

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

HOST = "https://live.ligadireto.pt"
UA = ua("LigaDireto", "7.2.1")
CLUBS = ["Benfica", "Porto", "Sporting", "Braga", "Vitória SC", "Santa Clara", "Nacional"]


def _match(c: Context) -> str:
    a, h = c.rng.sample(CLUBS, 2)
    return f"{a}-{h}".lower().replace(" ", "")


def live_heartbeat(c: Context) -> Flow:
    b = FB(c, "bola", "POST", f"{HOST}/stream/heartbeat")
    b.header("user-agent", UA)
    b.json(
        {
            "jogo": _match(c),
            "jornada": c.rng.randint(1, 34),
            "streamId": f"lp-{c.rng.randint(1000, 9999)}",
            "segundosAssistidos": c.rng.randint(30, 5400),
            "minutoJogo": c.rng.randint(1, 95),
            "qualidade": c.rng.choice(["720p", "1080p", "480p"]),
            "deviceId": b.id("aid_bola", where="body.deviceId"),
            "t": ms(c),
        }
    )
    b.view("body segundosAssistidos of streamId")
    b.ok_json({"next": 30})
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    b.header("client-sdk", "android4.38.3")
    pairs = [
        ("app_token", "x7k2p9q4m1sw"), ("app_version", "7.2.1"),
        ("gps_adid", b.id("gaid", where="body.gps_adid")), ("gps_adid_src", "service"),
        ("android_uuid", c.phone.adjust_uuid), ("tracking_enabled", "1"),
        ("created_at", iso(c).replace("Z", "+0000")), ("sent_at", iso(c).replace("Z", "+0000")),
        ("environment", "production"), ("os_name", "android"), ("os_version", "14"),
        ("device_name", "Pixel 8a"), ("device_manufacturer", "Google"),
        ("session_count", str(c.rng.randint(2, 200))), ("needs_response_details", "1"),
        ("country", "PT"), ("language", "pt"),
    ]  # fmt: skip
    b.other_id("adjust_uuid", "body.android_uuid")
    b.form(pairs)
    b.ok_json({"app_token": "x7k2p9q4m1sw", "adid": rid(c.rng).replace("-", "")})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event", http_version="HTTP/1.1")
    b.header("user-agent", UA)
    pairs = [
        ("app_token", "x7k2p9q4m1sw"), ("event_token", c.rng.choice(["k3f9aa", "q1b8zz"])),
        ("gps_adid", b.id("gaid", where="body.gps_adid")),
        ("android_uuid", c.phone.adjust_uuid), ("event_count", str(c.rng.randint(1, 90))),
        ("callback_params", '{"ecra":"jogo_direto"}'), ("created_at", iso(c)),
    ]  # fmt: skip
    b.other_id("adjust_uuid", "body.android_uuid")
    b.form(pairs)
    b.ok_json({"message": "Event tracked"})
    return b.build()


def shot_map(c: Context) -> Flow:
    b = FB(c, "bola", "GET", f"{HOST}/jogos/{_match(c)}/remates")
    b.header("user-agent", UA)
    shots = [
        {"x": rf(c.rng, 60, 105, 1), "y": rf(c.rng, 10, 58, 1), "xg": rf(c.rng, 0, 0.6, 3)}
        for _ in range(c.rng.randint(8, 22))
    ]
    b.ok_json({"remates": shots, "pedido": rid(c.rng)})
    b.decoy("shot map coordinates and xG series")
    return b.build()


def odds(c: Context) -> Flow:
    b = FB(c, "bola", "GET", "https://odds.ligadireto.pt/v1/mercados", [("jogo", _match(c))])
    b.header("user-agent", UA)
    series = [[ms(c) - i * 60000, round(c.rng.uniform(1.2, 6.0), 2)] for i in range(20)]
    b.ok_json({"1x2": series, "traceparent": f"00-{rid(c.rng).replace('-', '')}-01"})
    b.decoy("odds price series, trace id")
    return b.build()


def lineups(c: Context) -> Flow:
    b = FB(c, "bola", "GET", f"{HOST}/jogos/{_match(c)}/onze")
    b.header("user-agent", UA)
    b.respond(200, "application/json", urlencode({"v": "1"}).encode())
    b.decoy("line-ups fetch")
    return b.build()
