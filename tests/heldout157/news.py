"""Khabar Live: a news TV app (live Urdu news channels, talk-show clips, articles).

The live player sends a heartbeat per minute with the channel and the seconds
watched (`channel_slug`, `dekha_gaya_waqt`); the clip player reports pause and
resume in a Punjabi-flavoured Roman Urdu (`rokya`, `chalaya`). Articles are
reading, the "most watched" rail is an aggregate, and the channel list with
viewer counts is ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.khabarlive.example"
UA = ua("KhabarLive", "2.9.5")
CHANNELS = ["khabar-news", "khabar-punjab", "khabar-karachi", "khabar-business"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "khabarlive", method, url)
    b.header("user-agent", UA)
    return b


def live_heartbeat(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/hb")
    b.view("query channel_slug + dekha_gaya_waqt + ts (live heartbeat)")
    for k, v in (
        ("channel_slug", c.rng.choice(CHANNELS)),
        ("dekha_gaya_waqt", str(c.rng.randint(60, 3600))),
        ("ts", str(ms(c))),
        ("aid", b.id("aid_news", where="query aid")),
    ):
        b.param(k, v)
    b.no_content()
    return b.build()


def clip_event(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/clips/waqia")
    b.view("json clip_id + waqia rokya/chalaya + jagah_sec (clip player events)")
    b.json(
        {
            "clip_id": f"talkshow-{c.rng.randint(1000, 9999)}",
            "waqia": c.rng.choice(["chalaya", "rokya", "mukkya"]),
            "jagah_sec": c.rng.randint(0, 900),
            "waqt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_pixel(c: Context) -> Flow:
    """A tracking pixel whose parameters are single letters: c=channel index, s=seconds."""
    b = _b(c, "GET", f"{API}/p.gif")
    b.view("query c,s,t single-letter pixel (channel index, seconds)", detectable=False)
    for k, v in (
        ("c", str(c.rng.randint(0, 3))),
        ("s", str(c.rng.randint(60, 3600))),
        ("t", str(ms(c))),
    ):
        b.param(k, v)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!")
    return b.build()


def article(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/articles/{c.rng.randint(100000, 999999)}")
    b.decoy("news article read (reading, not watching), with read time")
    b.ok_json(
        {
            "sarkhi": "بجٹ 2024: تنخواہوں میں اضافہ",
            "parhne_ka_waqt_min": c.rng.randint(2, 8),
            "published": iso(c),
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rails/sab-se-zyada-dekha")
    b.decoy("most-watched clips across all viewers (aggregate)")
    b.ok_json(
        {
            "clips": [
                {
                    "clip_id": f"talkshow-{c.rng.randint(1000, 9999)}",
                    "views": c.rng.randint(10**4, 10**6),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def channels(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/live/channels")
    b.ok_json(
        {
            "channels": [
                {
                    "slug": ch,
                    "viewers_now": c.rng.randint(1000, 90000),
                    "hls": f"https://live.khabarlive.example/{ch}/index.m3u8",
                }
                for ch in CHANNELS
            ],
            "req": rid(c.rng),
        }
    )
    return b.build()
