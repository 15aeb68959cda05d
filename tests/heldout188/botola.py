"""Botola Live: Moroccan league football, live and replays (Android, Oppo phone).

Live-stream heartbeats name the match and the seconds watched (`watch` events
in French: `match_id`, `duree_visionnee`, `minute_live`); replays report
`position_replay`; a compact tuning row goes as a numeric-keyed array. Analytics
go to Firebase's GA4 Measurement Protocol with the app instance id. Scores,
minute-by-minute match events, lineups and the "most watched" rail are not
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.botolalive.example"
UA = ua("BotolaLive", "3.2.0")
CLUBS = ["WAC", "RCA", "FAR", "RSB", "MAS", "HUSA", "IRT", "FUS", "MCO", "USMA"]
MP = (
    "https://www.google-analytics.com/mp/collect?firebase_app_id="
    "1:447102938810:android:5cd7e1f30a9b2e44&api_secret=bT4kQw9LzP0sXy2mRv7dNA"
)


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "botola", method, url)
    b.header("user-agent", UA)
    b.header("x-client", "android/3.2.0")
    return b


def _match(c: Context) -> tuple[int, str]:
    home, away = c.rng.sample(CLUBS, 2)
    return c.rng.randint(40000, 49999), f"{home} - {away}"


def live_heartbeat(c: Context) -> Flow:
    mid, label = _match(c)
    b = _b(c, "POST", f"{API}/v2/live/heartbeat")
    b.header("x-device-android", b.id("aid_botola", where="header x-device-android"))
    b.view("json evenement=watch, match_id, duree_visionnee (live stream heartbeat)")
    b.json(
        {
            "evenement": "watch",
            "match_id": mid,
            "affiche": label,
            "duree_visionnee": c.rng.choice([60, 120, 180, 240]),
            "minute_live": c.rng.randint(1, 95),
            "chaine": c.rng.choice(["Arryadia", "Arryadia HD"]),
            "ts": ms(c),
        }
    )
    b.ok_json({"next": 60})
    return b.build()


def replay_progress(c: Context) -> Flow:
    mid, label = _match(c)
    b = _b(c, "PUT", f"{API}/v2/replays/{mid}/position")
    b.view("json position_replay (replay watch position)")
    b.json({"position_replay": c.rng.randint(30, 5700), "affiche": label, "maj": iso(c)})
    b.no_content()
    return b.build()


def ga4_video(c: Context) -> Flow:
    _, label = _match(c)
    b = FB(c, "ga4-mp", "POST", MP)
    b.view("json events[].name=video_progress with video_title / video_percent")
    pct = c.rng.choice([10, 25, 50, 75, 90])
    b.json(
        {
            "app_instance_id": b.id("botola_instance", where="json app_instance_id"),
            "events": [
                {
                    "name": "video_progress",
                    "params": {
                        "video_title": f"Résumé {label}",
                        "video_percent": pct,
                        "video_current_time": 540 * pct // 100,
                        "video_duration": 540,
                    },
                }
            ],
        }
    )
    b.no_content()
    return b.build()


def ga4_screen(c: Context) -> Flow:
    b = FB(c, "ga4-mp", "POST", MP)
    b.json(
        {
            "app_instance_id": b.id("botola_instance", where="json app_instance_id"),
            "events": [{"name": "screen_view", "params": {"screen_name": "classement"}}],
        }
    )
    b.no_content()
    return b.build()


def tuning_row(c: Context) -> Flow:
    """Compact QoS row: {"1": match, "2": seconds, "3": bitrate, "4": ts} (no names)."""
    b = _b(c, "POST", f"{API}/q")
    b.view("json keys 1..4 (match id and seconds under numeric keys)", detectable=False)
    b.json(
        {
            "1": _match(c)[0],
            "2": c.rng.randint(30, 600),
            "3": c.rng.choice([800, 1600, 3000]),
            "4": ms(c),
        }
    )
    b.no_content()
    return b.build()


def match_events(c: Context) -> Flow:
    mid, label = _match(c)
    b = _b(c, "GET", f"{API}/v2/matchs/{mid}/evenements")
    b.decoy("minute-by-minute match events with minutes and timestamps (public data)")
    b.ok_json(
        {
            "affiche": label,
            "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
            "evenements": [
                {
                    "minute": c.rng.randint(1, 90),
                    "type": c.rng.choice(["but", "carton_jaune", "remplacement"]),
                    "joueur": c.rng.choice(["El Kaabi", "Rahimi", "Jabrane", "Bounou"]),
                }
                for _ in range(4)
            ],
        }
    )
    return b.build()


def most_watched(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/videos/les-plus-vues")
    b.decoy("most-watched clips with view counts (aggregate over all viewers)")
    b.ok_json(
        {
            "items": [
                {
                    "video_id": c.rng.randint(10**5, 10**6),
                    "titre": f"Buts {_match(c)[1]}",
                    "vues": c.rng.randint(10**3, 10**6),
                    "duree": c.rng.randint(60, 600),
                }
                for _ in range(6)
            ]
        }
    )
    return b.build()


def standings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/classement?saison=2024-2025")
    b.ok_json(
        {
            "classement": [
                {"club": club, "pts": c.rng.randint(10, 60), "j": c.rng.randint(10, 30)}
                for club in CLUBS[:8]
            ]
        }
    )
    return b.build()


def live_segment(c: Context) -> Flow:
    b = FB(
        c,
        "botola",
        "GET",
        f"https://live.botolalive.example/arryadia/720/seg{c.rng.randint(10**5, 10**6)}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def player_stats(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/joueurs/{c.rng.randint(100, 999)}/stats")
    b.decoy("player's heat-map coordinates and speed series (not the viewer)")
    b.ok_json(
        {
            "heatmap": [[rf(c.rng, 0, 105, 1), rf(c.rng, 0, 68, 1)] for _ in range(12)],
            "vitesse_kmh": [rf(c.rng, 5, 33, 1) for _ in range(10)],
            "req": rid(c.rng),
        }
    )
    return b.build()
