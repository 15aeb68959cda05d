"""The sound engineer's clients' podcast on Transistor: download statistics (aggregates).

Transistor's analytics API (`/v1/analytics/{show}` and per-episode downloads,
https://developers.transistor.fm/) returns counts per day; nobody's listening.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, new_builder, rid

API = "https://api.transistor.fm/v1"
UA = "okhttp/4.12.0"


def _b(c: Context, path: str) -> FB:
    b = new_builder(c, "transistor", "GET", f"{API}{path}", UA)
    b.header("x-api-key", rid(c.rng).replace("-", ""))
    return b


def show_downloads(c: Context) -> Flow:
    b = _b(c, f"/analytics/{c.rng.randint(10000, 99999)}?start_date=01-10-2024&end_date=31-10-2024")
    b.decoy("podcast downloads per day: aggregate counts over all listeners")
    b.ok_json(
        {
            "data": {
                "type": "show_analytics",
                "attributes": {
                    "downloads": [
                        {"date": f"{d:02d}-10-2024", "downloads": c.rng.randint(20, 900)}
                        for d in range(1, 32)
                    ]
                },
            }
        }
    )
    return b.build()


def episode_downloads(c: Context) -> Flow:
    b = _b(c, f"/analytics/episodes/{c.rng.randint(100000, 999999)}")
    b.decoy("episode downloads and listening apps breakdown (aggregate)")
    b.ok_json(
        {
            "data": {
                "attributes": {
                    "downloads": c.rng.randint(100, 20000),
                    "apps": {"Apple Podcasts": 0.52, "Spotify": 0.31, "Overcast": 0.04},
                    "average_listen_percent": c.rng.randint(40, 80),
                }
            }
        }
    )
    return b.build()


def episodes(c: Context) -> Flow:
    b = _b(c, "/episodes?pagination[per]=10")
    b.ok_json({"data": [{"id": str(c.rng.randint(10**5, 10**6)), "title": "Épisode"}]})
    return b.build()


ALL = [show_downloads, episode_downloads, episodes]
