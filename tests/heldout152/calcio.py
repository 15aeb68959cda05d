"""CalcioPass: a Serie A streaming app (an international team: English keys, Italian UI).

The player heartbeats every 60 s with `matchId`, `playheadMs` and the app's own
`deviceId` (a UUID it makes at install). The Android TV build sends the same
heartbeat as protobuf with numbered fields (not readable). Live scores with the
match minute, the league table, betting odds and highlight thumbnails are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_varint

from .phone import FB, bearer, iso, ms, rf, rid, ua

API = "https://playback.calciopass.example"
UA = ua("CalcioPass", "3.48.0")
SQUADRE = ["Napoli", "Inter", "Milan", "Juventus", "Roma", "Lazio", "Atalanta", "Fiorentina"]


def _b(c: Context, method: str, url: str, dev: bool = True) -> FB:
    b = FB(c, "calciopass", method, url)
    b.header("user-agent", UA)
    b.header("authorization", bearer(c.rng))
    if dev:
        b.header("x-device-id", b.id("calcio_device", where="header x-device-id"))
    return b


def _partita(c: Context) -> str:
    casa, ospite = c.rng.sample(SQUADRE, 2)
    return f"{casa.lower()}-{ospite.lower()}-{c.rng.randint(1, 38)}"


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/playback/heartbeat")
    b.view("json matchId / playheadMs / event=heartbeat")
    b.json(
        {
            "event": "heartbeat",
            "matchId": _partita(c),
            "assetType": c.rng.choice(["LIVE", "REPLAY", "CONDENSED"]),
            "playheadMs": c.rng.randint(0, 6_000_000),
            "watchedSinceLastMs": 60000,
            "bitrateKbps": c.rng.choice([2400, 4500, 8000]),
            "androidId": b.id("aid_calcio", where="json androidId"),
            "ts": iso(c),
        }
    )
    b.ok_json({"allowed": True, "concurrentStreams": 1})
    return b.build()


def heartbeat_protobuf(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/hb.pb", dev=False)
    b.view("protobuf fields 1-4 (match, offset, ts)", detectable=False)
    b.id("calcio_device", "protobuf", "protobuf field 1", detectable=False)
    body = (
        pb_bytes(1, b.ctx.phone.calcio_device)
        + pb_bytes(2, _partita(c))
        + pb_varint(3, c.rng.randint(0, 6_000_000))
        + pb_varint(4, ms(c))
    )
    b.set_body(body, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def risultati_live(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.calciopass.example/v1/scores/live?competition=serie-a", dev=False)
    b.decoy("live scores with match minute (not the user's viewing)")
    b.ok_json(
        {
            "matches": [
                {
                    "matchId": _partita(c),
                    "minute": c.rng.randint(1, 90),
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                    "kickoff": iso(c),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def classifica(c: Context) -> Flow:
    b = _b(c, "GET", "https://api.calciopass.example/v1/standings/serie-a", dev=False)
    b.ok_json(
        {
            "classifica": [
                {"squadra": s, "punti": c.rng.randint(10, 80), "giocate": 30} for s in SQUADRE
            ]
        }
    )
    return b.build()


def quote_scommesse(c: Context) -> Flow:
    b = _b(c, "GET", "https://odds.calciopass.example/v1/odds?market=1X2", dev=False)
    b.decoy("betting odds time series (price series)")
    b.ok_json(
        {
            "matchId": _partita(c),
            "series": [[ms(c) - i * 60000, rf(c.rng, 1.2, 6.0, 2)] for i in range(20)],
        }
    )
    return b.build()


def miniatura(c: Context) -> Flow:
    b = FB(
        c,
        "calciopass",
        "GET",
        f"https://img.calciopass.example/highlights/{rid(c.rng)[:8]}/640.jpg",
    )
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
