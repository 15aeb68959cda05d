"""An Afrobeats music and podcast app ("Vibez"): play logs, podcast progress,
a Yoruba-named recently-played sync, lyrics, playlists and audio fetches, with
Unity Ads, Pangle and AdMob for free-tier ads.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex

from . import ads
from .phone import FB, iso, ms, rid, ua

API = "https://api.vibez.africa"
ARTISTS = ["Burna Boy", "Tems", "Asake", "Tyla", "Rema", "Ayra Starr"]


def _b(c: Context, method: str, path: str) -> FB:
    b = FB(c, "vibez", method, API + path)
    b.header("user-agent", ua("Vibez", "5.1.0"))
    return b


def _track(c: Context) -> str:
    return "trk" + new_hex(c.rng, 10)


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/plays")
    plays = [
        {
            "trackId": _track(c),
            "artist": c.rng.choice(ARTISTS),
            "msPlayed": c.rng.randint(9000, 240000),
            "endedAt": ms(c),
            "reason": c.rng.choice(["trackdone", "fwdbtn"]),
        }
        for _ in range(3)
    ]
    b.json({"userId": c.phone.vibe_user, "plays": plays}, encoding="gzip")
    b.view("body.plays[].msPlayed")
    b.no_content()
    return b.build()


def podcast_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"/v3/podcasts/episodes/{new_hex(c.rng, 16)}/progress")
    b.json({"positionSeconds": c.rng.randint(0, 3600), "played": False, "updatedAt": iso(c)})
    b.view("url.episode+positionSeconds")
    b.no_content()
    return b.build()


def orin_sync(c: Context) -> Flow:
    """Recently played, Yoruba keys ("orin ti mo gbo" = songs I heard)."""
    b = _b(c, "POST", "/v3/sync/orin")
    b.json(
        {
            "orin_ti_mo_gbo": [
                {"akole": c.rng.choice(ARTISTS), "igba": c.rng.randint(30, 240)} for _ in range(4)
            ]
        }
    )
    b.view("body.orin_ti_mo_gbo[]", detectable=False)
    b.no_content()
    return b.build()


def lyrics(c: Context) -> Flow:
    b = _b(c, "GET", f"/v3/lyrics/{_track(c)}")
    b.ok_json({"lines": [{"t": i * 3100, "text": "..."} for i in range(8)]})
    b.decoy("lyrics timings")
    return b.build()


def playlist(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/browse/playlists/afrobeats-hot-50")
    b.ok_json(
        {
            "tracks": [
                {"id": _track(c), "artist": a, "durationMs": c.rng.randint(120000, 260000)}
                for a in ARTISTS
            ]
        }
    )
    b.decoy("catalogue with durations")
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(c, "vibez", "GET", f"https://cdn.vibez.africa/a/{new_hex(c.rng, 32)}.m4a")
    b.header("range", "bytes=0-65535")
    b.respond(206, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    b.decoy("audio fetch")
    return b.build()


def unity(c: Context) -> Flow:
    return ads.unity_auction(c, "5480213")


def pangle(c: Context) -> Flow:
    return ads.pangle_ads(c, c.rng.random() < 0.35)


def admob(c: Context) -> Flow:
    return ads.admob(c, "africa.vibez.app")


def register(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/client/register")
    b.header("x-vz-did", b.id("aid_vibe", where="header.x-vz-did"))
    b.json({"locale": "en_NG", "trace": rid(c.rng)})
    b.ok_json({"ok": True})
    return b.build()
