"""Proof of play of the pre-show: ad spots and trailers reported per screen.

The screen-advertising agency and the distributors pay by spot and want proof
that each one ran, with a time stamp, a screen and the house's admissions. These
are a business's playout logs and audience counts (aggregates), not viewing
history, even when they carry `played`, `completed` or `durationWatched`.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .films import ADS, TRAILERS, screen
from .phone import FB, iso, kiosk_ua, ms, rid

AGENCY = "https://pop.reelspot-media.example/v2"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "reelspot-pop", method, url)
    b.header("user-agent", kiosk_ua("ReelspotPoP", "5.0.8"))
    b.header("x-api-key", "rs_live_GLA01_7f3c9a")
    return b


def ad_proof_of_play(c: Context) -> Flow:
    b = _b(c, "POST", f"{AGENCY}/proof-of-play")
    b.decoy("ad spots' proof of play per screen with admissions: a business's playout (aggregate)")
    spots = [
        {
            "spotCode": ad,
            "screen": screen(c.rng),
            "playedAt": iso(c),
            "durationWatched": int(ad.split("_")[-1][:-1]),
            "completed": True,
            "admissions": c.rng.randint(2, 140),
        }
        for ad in c.rng.sample(ADS, c.rng.randint(1, 4))
    ]
    b.json({"siteCode": "GLA01", "reel": f"R{c.rng.randint(2400, 2499)}", "spots": spots})
    b.ok_json({"received": len(spots), "batch": rid(c.rng)})
    return b.build()


def trailer_plays(c: Context) -> Flow:
    b = FB(c, "reelhouse-tms", "POST", "https://tms.reelhouse.example/api/v3/playout/trailers")
    b.header("user-agent", kiosk_ua("ReelhouseTMS-agent", "3.22.1"))
    b.decoy("trailer playout log for distributors' attachment reports: the cinema's screens")
    b.json(
        {
            "screen": screen(c.rng),
            "plays": [
                {"cpl": t, "startedAt": ms(c), "progress": 1.0, "event": "complete"}
                for t in c.rng.sample(TRAILERS, 2)
            ],
        }
    )
    b.no_content()
    return b.build()


def campaign_fetch(c: Context) -> Flow:
    b = _b(c, "GET", f"{AGENCY}/reels/current?site=GLA01")
    b.decoy("ad reel running order for next week (catalogue of spots)")
    b.ok_json(
        {
            "reel": [{"spotCode": a, "position": i + 1} for i, a in enumerate(ADS)],
            "validFrom": iso(c),
        }
    )
    return b.build()


def audience_estimate(c: Context) -> Flow:
    b = _b(c, "POST", f"{AGENCY}/audience")
    b.decoy("admissions by age band per show from ticket types: aggregate counts, no faces")
    b.json(
        {
            "show": f"SH{c.rng.randint(100000, 999999)}",
            "ageBands": {
                "15-24": c.rng.randint(0, 40),
                "25-34": c.rng.randint(0, 50),
                "35+": c.rng.randint(0, 60),
            },
            "genderSplit": {"f": c.rng.randint(0, 60), "m": c.rng.randint(0, 60)},
        }
    )
    b.no_content()
    return b.build()
