"""Showroom: the dealership's screens, configurator videos and visitor counter.

The signage player reports proof-of-play (which clip ran how long on which
screen) and the configurator app, run on the showroom tablet for customers,
reports video positions: both are a business's playout, not a person's
viewing. The door counter sends hourly visitor counts (aggregates, no faces).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid

SIGNAGE = "https://signage.autohaus-berger.example"
CONFIG = "https://konfigurator.autohaus-berger.example"
CLIPS = ["iX_Launch_30s", "M_Performance_Teaser", "Service_Winterreifen", "Leasing_Aktion_Q4"]


def proof_of_play(c: Context) -> Flow:
    b = FB(c, "berger-signage", "POST", f"{SIGNAGE}/api/v1/abspielprotokoll")
    b.header("user-agent", "SignagePlayer/8.2 (Tizen 6.5)")
    b.decoy("proof-of-play of a showroom screen (a business's playout)")
    b.json(
        {
            "bildschirmId": f"SR-FRM-{c.rng.randint(1, 12):02d}",
            "eintraege": [
                {"clipId": c.rng.choice(CLIPS), "start": ms(c) - i * 30000,
                 "gespieltSek": c.rng.choice([15, 30, 30, 45]), "vollstaendig": True}
                for i in range(c.rng.randint(4, 10))
            ],
        }
    )  # fmt: skip
    b.no_content()
    return b.build()


def playlist(c: Context) -> Flow:
    b = FB(c, "berger-signage", "GET", f"{SIGNAGE}/api/v1/playlists/showroom-eg")
    b.header("user-agent", "SignagePlayer/8.2 (Tizen 6.5)")
    b.ok_json({"version": c.rng.randint(100, 999), "clips": CLIPS, "gueltigAb": iso(c)})
    return b.build()


def configurator_video(c: Context) -> Flow:
    b = FB(c, "berger-konfigurator", "POST", f"{CONFIG}/api/events")
    b.header("user-agent", "Konfigurator/12.0 (iPadOS 17.5; Showroom-Tablet)")
    b.decoy("configurator video position on the showroom tablet shown to customers (playout)")
    b.json(
        {
            "tablet": f"SR-IPAD-{c.rng.randint(1, 5):02d}",
            "ereignis": c.rng.choice(["video_start", "video_fortschritt", "video_ende"]),
            "videoId": c.rng.choice(["innenraum_360", "fahrassistenz", "laden_zuhause"]),
            "positionSek": c.rng.randint(0, 180),
            "ts": iso(c),
        }
    )
    b.no_content()
    return b.build()


def configuration(c: Context) -> Flow:
    b = FB(c, "berger-konfigurator", "POST", f"{CONFIG}/api/konfigurationen")
    b.header("user-agent", "Konfigurator/12.0 (iPadOS 17.5; Showroom-Tablet)")
    b.json(
        {
            "modell": c.rng.choice(["iX1", "X3", "i4"]),
            "optionen": c.rng.sample(["337", "4NB", "6C4", "5AS", "2VB", "688"], 3),
            "preis": rf(c.rng, 45000, 90000, 2),
        }
    )
    b.ok_json({"code": rid(c.rng)[:8].upper()})
    return b.build()


def visitor_count(c: Context) -> Flow:
    b = FB(c, "berger-signage", "POST", f"{SIGNAGE}/api/v1/frequenz")
    b.header("user-agent", "DoorCounter/3.0")
    b.decoy("hourly visitor counts at the door (aggregates, no per-face data)")
    b.json(
        {
            "sensor": "eingang-sued",
            "stunden": [{"h": h, "rein": c.rng.randint(0, 40), "raus": c.rng.randint(0, 40)}
                        for h in range(9, 19)],
            "verweildauerMittelMin": rf(c.rng, 8, 40, 1),
        }
    )  # fmt: skip
    b.no_content()
    return b.build()
