"""Sjónvarp Norðurljós: an Icelandic public-service streaming app (fictional
backend with Icelandic key names) using Mux Data for playback analytics.

Mux Data: the player SDK posts batched beacons to https://<env_key>.litix.io
with the documented metadata fields (env_key, video_id, video_title,
video_series, player_playhead_time, view_id, mux_viewer_id...; see
docs.mux.com "Make your data actionable with metadata" and the
muxinc mux-stats-sdk-* repositories).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex, new_uuid
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, rid, ua

API = "https://thjonusta.nordurljos.is"
UA = ua("Nordurljos", "4.9.0")
THAETTIR = [
    ("ofaerd-3-4", "Ófærð", "Ófærð 3. þáttur 4", 3120),
    ("kastljos-2024-11-05", "Kastljós", "Kastljós 5. nóvember", 1500),
    ("verbudin-1-2", "Verbúðin", "Verbúðin 2. þáttur", 2880),
    ("krakkafrettir-288", "Krakkafréttir", "Krakkafréttir", 600),
]


def _thattur(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(THAETTIR)


def ahorf(c: Context) -> Flow:
    slug, seria, titill, lengd = _thattur(c)
    b = FB(c, "nordurljos", "POST", f"{API}/api/v1/ahorfssaga")
    b.header("user-agent", UA)
    b.json(
        {
            "notandi": b.acct("is_user"),
            "thattur": {"audkenni": slug, "titill": titill, "sería": seria},
            "horftSekundur": c.rng.randint(20, lengd),
            "lengd": lengd,
            "horftKl": iso(c),
            "tæki": {"auðkenni": b.id("aid_is", where="json:tæki.auðkenni")},
        }
    )
    b.view("json:ahorfssaga thattur+horftSekundur")
    b.no_content()
    return b.build()


def stada(c: Context) -> Flow:
    slug, _, _, lengd = _thattur(c)
    b = FB(c, "nordurljos", "PATCH", f"{API}/api/v1/notendur/{c.phone.is_user}/stada/{slug}")
    b.header("user-agent", UA)
    b.json({"staða": c.rng.randint(10, lengd), "lokið": False, "uppfært": ms(c)})
    b.view("url:stada/<episode> + json:staða")
    b.no_content()
    return b.build()


def mux_beacon(c: Context) -> Flow:
    slug, seria, titill, lengd = _thattur(c)
    b = FB(c, "mux", "POST", "https://k3f9v0q2c8hdn5b4l1aa.litix.io")
    b.header("user-agent", UA)
    ev = c.rng.choice(["viewstart", "playing", "pause", "timeupdate", "viewend"])
    b.json(
        {
            "metadata": {"env_key": "k3f9v0q2c8hdn5b4l1aa", "player_name": "ExoPlayer"},
            "events": [
                {
                    "e": ev,
                    "view_id": new_uuid(c.rng),
                    "mux_viewer_id": b.id("mux_viewer", where="json:events[].mux_viewer_id"),
                    "video_id": slug,
                    "video_title": titill,
                    "video_series": seria,
                    "video_duration": lengd * 1000,
                    "player_playhead_time": c.rng.randint(0, lengd * 1000),
                    "viewer_time": ms(c),
                }
            ],
        }
    )
    b.view("json:events[].video_title+player_playhead_time")
    b.ok_json({"status": "ok"})
    return b.build()


def opaque_heartbeat(c: Context) -> Flow:
    b = FB(c, "nordurljos", "POST", f"{API}/hb")
    b.header("user-agent", UA)
    blob = bytes.fromhex(new_hex(c.rng, 160))
    b.json({"v": 2, "d": b64(blob), "n": rid(c.rng)})
    b.view("json:d (AES blob, programme and position inside)", detectable=False)
    b.no_content()
    return b.build()


def install(c: Context) -> Flow:
    b = FB(c, "nordurljos", "POST", f"{API}/api/v1/uppsetning")
    b.header("user-agent", UA)
    b.json(
        {
            "uppsetningarauðkenni": b.id("is_install", where="json:uppsetningarauðkenni"),
            "tækjaauðkenni": b.id("aid_is", "md5", where="json:tækjaauðkenni"),
            "stýrikerfi": "Android 14",
        }
    )
    b.ok_json({"í_lagi": True})
    return b.build()


def dagskra(c: Context) -> Flow:
    b = FB(c, "nordurljos", "GET", f"{API}/api/v1/dagskra", [("dagur", iso(c)[:10])])
    b.header("user-agent", UA)
    b.ok_json({"rásir": [{"rás": "RÚV", "liðir": [t for _, _, t, _ in THAETTIR]}]})
    b.decoy("programme schedule (EPG), not history")
    return b.build()


def mynd(c: Context) -> Flow:
    slug, _, _, _ = _thattur(c)
    b = FB(c, "nordurljos-cdn", "GET", f"https://myndir.nordurljos.is/{slug}/16x9/640.jpg")
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.getrandbits(24), 500))
    b.decoy("thumbnail fetch")
    return b.build()
