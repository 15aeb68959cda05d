"""A rhythm game with ads ("Beatdrop"): Google Mobile Ads, Liftoff (Vungle),
Pangle, Digital Turbine (DT Exchange), and its own backend.

- GMA SDK: GET `googleads.g.doubleclick.net/mads/gma` with `rdid` / `idtype=adid`
  / `is_lat`, `msid`, `an`, `submodel`, `os_version`, `sys_name`, `net`
  (github.com/tweaselORG/TrackHAR `src/adapters/google.ts`).
- Vungle / Liftoff SDK: POST `/api/v5/ads` with OpenRTB-like `device.ifa` and
  `device.ext.vungle.android.gaid`, `battery_level`, `time_zone`, `volume_level`
  (TrackHAR `src/adapters/vungle.ts`).
- Pangle: `api16-access-sg.pangle.io/api/ad/union/sdk/get_ads/` posts its
  request as an obfuscated `message` (custom base64 alphabet here: labelled, not
  detectable); its stats batch carries a plain header.
- DT Exchange (Fyber / Inneractive, now Digital Turbine): OpenRTB 2.5 bid
  request (`device.ifa`, `device.lmt`; iab OpenRTB 2.5 section 3.2.18).
The game's own anti-cheat blob XORs its device fields (not detectable).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import encode
from tests.heldout.wire import js

from .phone import FB, floats, ms, rf, rid, ua

API = "https://api.beatdrop-game.example"
UA_WV = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7a Build/AP2A.240905.003; wv) AppleWebKit/537.36"
    " (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36"
)
PKG = "com.beatdrop.rhythm"


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "beatdrop", method, API + path)
    b.header("user-agent", ua("UnityPlayer/2022.3.21f1 Beatdrop", "2.8.0"))
    return b


def session_start(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/session/start")
    b.json(
        {
            "install_id": b.id("game_install", where="body.install_id"),
            "androidIdHash": b.id("aid_game", "md5", where="body.androidIdHash"),
            "player": b.acct("game_player"),
            "build": 2801,
            "ts": ms(ctx),
        }
    )
    b.ok_json({"session": rid(ctx.rng), "motd": "new song pack!"})
    return b.build()


def anticheat_opaque(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/ac/report")
    raw = b.id_raw("aid_game", "xor5_hex", "body.d (xor-obfuscated device block)")
    blob = encode(js({"a": raw, "r": False, "e": False}), "xor5_hex")
    b.json({"v": 2, "d": blob, "n": rid(ctx.rng)[:8]})
    b.ok_json({"ok": True})
    return b.build()


def score_submit(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/scores")
    r = ctx.rng
    b.json(
        {
            "song": f"s{r.randint(100, 400)}",
            "difficulty": r.choice(["hard", "expert"]),
            "score": r.randint(100000, 999999),
            "accuracy": rf(r, 80, 100, 2),
            "hit_offsets_ms": [round(r.gauss(0, 18), 1) for _ in range(40)],
            "stage_cam": {"yaw": rf(r, -30, 30, 2), "pitch": rf(r, -10, 20, 2), "roll": 0.0},
            "replay_hash": rid(r).replace("-", ""),
        }
    )
    b.ok_json({"rank": r.randint(1, 90000)})
    b.decoy("score with timing-offset series and stage camera yaw/pitch/roll")
    return b.build()


def signup(ctx: Context) -> Flow:
    b = _b(ctx, "POST", "/v1/players")
    r = ctx.rng
    b.form(
        [
            ("nickname", "julesbeat"),
            ("birth_year", "2009"),
            ("gender", r.choice(["f", "m", "x"])),
            ("country", "GB"),
        ]
    )
    b.ok_json({"player": b.acct("game_player")})
    b.decoy("sign-up form with self-declared gender")
    return b.build()


def song_catalogue(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/v1/songs")
    r = ctx.rng
    b.param("pack", "anime-openings")
    b.ok_json(
        {
            "songs": [
                {
                    "id": f"s{r.randint(100, 400)}",
                    "bpm": r.randint(90, 200),
                    "preview_waveform": floats(r, 24),
                }
                for _ in range(4)
            ]
        }
    )
    b.decoy("song catalogue with waveform floats")
    return b.build()
