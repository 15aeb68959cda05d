"""Everyday apps: a currency converter on ExchangeRate-API's open endpoint
(`open.er-api.com/v6/latest/{base}`: result, base_code, rates,
time_last_update_unix, per exchangerate-api.com/docs/free), weather from
Open-Meteo (`/v1/forecast?latitude&longitude&hourly=`, per open-meteo.com/en/docs)
and a 3D puzzle game in the Pharaohs' tombs (fictional backend).

Hard negatives: the game sends the in-game camera's yaw / pitch / roll and the
avatar editor's face sliders (chosen by hand, not measured from a face); FX
rates and temperatures are numeric series.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, floats, ms, rf, rid

GAME = "https://api.tomb-escape-game.com"


def _b(c: Context, sdk: str, method: str, url: str) -> FB:
    b = FB(c, sdk, method, url)
    b.header("user-agent", "okhttp/4.12.0")
    return b


def fx_rates(c: Context) -> Flow:
    base = c.rng.choice(["EGP", "JOD", "EUR", "USD"])
    b = _b(c, "fx", "GET", f"https://open.er-api.com/v6/latest/{base}")
    b.decoy("exchange-rate series")
    b.ok_json(
        {
            "result": "success",
            "base_code": base,
            "time_last_update_unix": int(c.now) - 3600,
            "rates": {k: rf(c.rng, 0.01, 60, 5) for k in ("EGP", "JOD", "EUR", "USD", "JPY")},
        }
    )
    return b.build()


def weather(c: Context) -> Flow:
    lat, lon = c.rng.choice([(30.04, 31.24), (25.69, 32.64), (30.33, 35.44)])
    url = (
        f"https://api.open-meteo.com/v1/forecast?latitude={lat}&longitude={lon}"
        "&hourly=temperature_2m,uv_index&timezone=auto"
    )
    b = _b(c, "weather", "GET", url)
    b.ok_json(
        {
            "latitude": lat,
            "longitude": lon,
            "hourly": {
                "temperature_2m": [rf(c.rng, 14, 41, 1) for _ in range(24)],
                "uv_index": [rf(c.rng, 0, 11, 1) for _ in range(24)],
            },
        }
    )
    return b.build()


def game_camera(c: Context) -> Flow:
    b = _b(c, "tomb-game", "POST", f"{GAME}/v2/telemetry")
    b.decoy("in-game camera yaw/pitch/roll samples and level timing: not a head pose from a face")
    b.json(
        {
            "level": c.rng.randint(1, 60),
            "cam": [
                {"yaw": rf(c.rng, -180, 180, 2), "pitch": rf(c.rng, -60, 60, 2), "roll": 0.0}
                for _ in range(10)
            ],
            "tMs": ms(c),
            "run": rid(c.rng),
        }
    )
    b.no_content()
    return b.build()


def avatar_save(c: Context) -> Flow:
    b = _b(c, "tomb-game", "PUT", f"{GAME}/v2/avatar")
    b.decoy(
        "avatar editor face sliders (faceMorphs, eye/jaw values) chosen by hand and a "
        "style vector: not measured from a face"
    )
    b.json(
        {
            "gender": c.rng.choice(["m", "f"]),
            "faceMorphs": {
                k: rf(c.rng, 0, 1, 3) for k in ("jawWidth", "eyeSize", "noseLength", "browHeight")
            },
            "styleVec": floats(c.rng, 16, 4),
            "headgear": c.rng.choice(["nemes", "khepresh", "none"]),
        }
    )
    b.ok_json({"saved": True})
    return b.build()


def leaderboard(c: Context) -> Flow:
    b = _b(c, "tomb-game", "GET", f"{GAME}/v2/leaderboard?level={c.rng.randint(1, 60)}")
    b.ok_json(
        {
            "top": [
                {"name": f"player{c.rng.randint(1, 999)}", "ms": c.rng.randint(9000, 90000)}
                for _ in range(10)
            ]
        }
    )
    return b.build()
