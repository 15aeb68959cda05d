"""An anime streaming app ("Animora"), its own API, shaped like Crunchyroll's.

Paths and key names follow the public Crunchyroll client libraries
(github.com/ediaz23/crunchyroll-js-api `src/services/content.js`:
`/content/v2/{account}/playheads` with `content_id` / `playhead`, the
`upload_offline_playheads` header; github.com/crunchy-labs/crunchyroll-rs:
watch-history entries with `date_played`, `playhead`, `fully_watched`) and the
token request with `device_id` / `device_type`. Catalogue, search, stream
manifests and thumbnails are fetches, not history (decoys).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, rid, ua

API = "https://beta-api.animora-example.tv"
UA = ua("Animora", "3.61.0")
SHOWS = [
    ("GY8VEQ95Y", "Frieren: Beyond Journey's End"),
    ("G4PH0WXVJ", "Spy x Family"),
    ("GRDV0019R", "Jujutsu Kaisen"),
    ("G0XHWM1JP", "Dandadan"),
    ("GYQ4MW246", "Solo Leveling"),
]


def episode(ctx: Context) -> tuple[str, str, str, int]:
    """(episode id, series id, title, episode number) of a random episode."""
    r = ctx.rng
    sid, title = r.choice(SHOWS)
    n = r.randint(1, 24)
    eid = "G" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRVWXYZ") for _ in range(8))
    return eid, sid, title, n


def _b(ctx: Context, method: str, path: str) -> FB:
    b = FB(ctx, "animora", method, API + path)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + b64(ctx.rng.randbytes(36)))
    return b


def _acct(b: FB) -> str:
    return b.acct("anime_account")


def playhead_save(ctx: Context) -> Flow:
    b = FB(ctx, "animora", "POST", "")
    b.base = f"{API}/content/v2/{_acct(b)}/playheads"
    b.header("user-agent", UA)
    b.params = [("locale", "en-US")]
    eid, _, _, _ = episode(ctx)
    b.json({"content_id": eid, "playhead": ctx.rng.randint(30, 1420)})
    b.view("body.content_id + body.playhead")
    b.no_content()
    return b.build()


def offline_playheads(ctx: Context) -> Flow:
    b = FB(ctx, "animora", "POST", "")
    b.base = f"{API}/content/v2/{_acct(b)}/playheads/batch"
    b.header("user-agent", UA)
    b.header("upload_offline_playheads", "true")
    r = ctx.rng
    items = []
    for _ in range(r.randint(2, 5)):
        eid, sid, _, _ = episode(ctx)
        items.append(
            {
                "id": eid,
                "parent_id": sid,
                "playhead": r.randint(0, 1420),
                "date_played": iso(ctx),
                "fully_watched": r.random() < 0.5,
            }
        )
    b.json({"data": items})
    b.view("body.data[] (offline watch history with playheads)")
    b.ok_json({"total": len(items)})
    return b.build()


def token(ctx: Context) -> Flow:
    b = FB(ctx, "animora", "POST", API + "/auth/v1/token")
    b.header("user-agent", UA)
    b.header("authorization", "Basic " + b64("anm_android_client:" + rid(ctx.rng)[:12]))
    b.form(
        [
            ("grant_type", "refresh_token"),
            ("refresh_token", rid(ctx.rng)),
            ("scope", "offline_access"),
            ("device_id", b.id("anime_device", where="form.device_id")),
            ("device_type", "Google Pixel 7a"),
        ]
    )
    b.ok_json({"access_token": b64(ctx.rng.randbytes(40)), "expires_in": 300, "country": "GB"})
    return b.build()


def series_page(ctx: Context) -> Flow:
    sid, title = ctx.rng.choice(SHOWS)
    b = _b(ctx, "GET", f"/content/v2/cms/series/{sid}/seasons")
    b.param("locale", "en-US")
    b.ok_json({"data": [{"id": sid + "S1", "title": title, "season_number": 1}]})
    b.decoy("catalogue page of a series")
    return b.build()


def search(ctx: Context) -> Flow:
    b = _b(ctx, "GET", "/content/v2/discover/search")
    b.param("q", ctx.rng.choice(["frieren", "jjk", "solo lev", "spy"]))
    b.param("n", "6")
    b.param("type", "series,episode")
    b.ok_json(
        {"data": [{"type": "series", "items": [{"id": s, "title": t} for s, t in SHOWS[:3]]}]}
    )
    b.decoy("search query and results")
    return b.build()


def streams(ctx: Context) -> Flow:
    eid, _, _, _ = episode(ctx)
    b = _b(ctx, "GET", f"/content/v2/cms/videos/{eid}/streams")
    b.ok_json(
        {
            "meta": {"audio_locale": "ja-JP"},
            "data": [{"adaptive_hls": {"en-US": {"url": "https://v.animora-example.tv/m.m3u8"}}}],
        }
    )
    b.decoy("stream manifest fetch for an episode")
    return b.build()


def thumbnail(ctx: Context) -> Flow:
    r = ctx.rng
    url = f"https://imgsrv.animora-example.tv/cdn-cgi/image/fit=contain,width=480/catalog/{r.choice(SHOWS)[0]}/{rid(r)[:12]}.jpg"
    b = FB(ctx, "animora", "GET", url)
    b.header("user-agent", UA)
    b.respond(200, "image/jpeg", fake_jpeg(r.getrandbits(32), 600))
    b.decoy("thumbnail fetch")
    return b.build()


def hls_segment(ctx: Context) -> Flow:
    r = ctx.rng
    url = f"https://v.animora-example.tv/evs3/{rid(r)[:16]}/assets/p/{r.randint(1, 400)}.ts"
    b = FB(ctx, "animora", "GET", url)
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", r.randbytes(700))
    b.decoy("video segment fetch")
    return b.build()
