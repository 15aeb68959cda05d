"""RadioLac: a Swiss French-language radio app (live streams and podcasts). The player
reports "écoute" sessions; podcast episode progress syncs; the now-playing feed and
the stream itself are decoys. eStat streaming hits follow the Médiamétrie tag.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, ua

API = "https://app.radiolac.ch"
STATIONS = ["lac1", "lac-musique", "lac-info"]
PODS = ["pod-sciences-ep212", "pod-histoire-ep88", "pod-sport-ep301"]


def ecoute_live(ctx: Context) -> Flow:
    b = FB(ctx, "radio", "POST", f"{API}/api/ecoute")
    b.view("body.station+duree_ecoute")
    b.header("user-agent", ua("RadioLac", "4.2.7"))
    b.json(
        {
            "station": ctx.rng.choice(STATIONS),
            "duree_ecoute": ctx.rng.randint(60, 5400),
            "debut": iso(ctx),
            "appareil": b.id("idfv_radio", where="body.appareil"),
        }
    )
    b.no_content()
    return b.build()


def podcast_avancement(ctx: Context) -> Flow:
    ep = ctx.rng.choice(PODS)
    b = FB(ctx, "radio", "POST", f"{API}/api/podcasts/{ep}/avancement")
    b.view("body.avancement")
    b.form(
        [
            ("avancement", str(ctx.rng.randint(0, 3600))),
            ("ecoute_terminee", "0"),
            ("ts", str(ms(ctx))),
        ]
    )
    b.no_content()
    return b.build()


def now_playing(ctx: Context) -> Flow:
    b = FB(ctx, "radio", "GET", f"{API}/api/antenne/{ctx.rng.choice(STATIONS)}/titre-en-cours")
    b.decoy("now-playing feed of the station (not what the user heard)")
    b.ok_json({"titre": "Ne me quitte pas", "artiste": "Jacques Brel", "debut": iso(ctx)})
    return b.build()


def stream(ctx: Context) -> Flow:
    b = FB(
        ctx, "radio", "GET", f"https://stream.radiolac.ch/{ctx.rng.choice(STATIONS)}/aac_96.m3u8"
    )
    b.decoy("live stream playlist fetch")
    b.respond(200, "application/vnd.apple.mpegurl", b"#EXTM3U\n#EXT-X-VERSION:3\nseg1.aac\n")
    return b.build()
