"""The podcast HOSTING dashboard (Transistor) the creator checks (decoys).

Source: Transistor API (developers.transistor.fm: JSON:API, header
`x-api-key`, `GET /v1/analytics/{show}` and `/v1/analytics/episodes/{id}`
with `start_date` / `end_date`, downloads per day). Aggregate downloads and
listener countries: nobody's listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, rid, ua

API = "https://api.transistor.fm/v1"


def _b(c: Context, path: str) -> FB:
    b = FB(c, "transistor", "GET", API + path)
    b.header("x-api-key", rid(c.rng).replace("-", "")[:22])
    b.header("user-agent", ua("Castboard", "117"))
    return b


def show_downloads(c: Context) -> Flow:
    show = c.rng.choice(["sentiers-et-objectifs", "behind-the-cut"])
    b = _b(c, f"/analytics/{show}?start_date=01-02-2025&end_date=28-02-2025")
    b.decoy("podcast downloads per day (aggregate over all listeners)")
    days = [{"date": f"{d:02d}-02-2025", "downloads": c.rng.randint(40, 900)} for d in range(1, 29)]
    b.ok_json(
        {
            "data": {
                "id": show,
                "type": "podcast_analytics",
                "attributes": {
                    "downloads": days,
                    "start_date": "01-02-2025",
                    "end_date": "28-02-2025",
                },
            }
        }
    )
    return b.build()


def episode_downloads(c: Context) -> Flow:
    ep = c.rng.randint(10**5, 10**6)
    b = _b(c, f"/analytics/episodes/{ep}")
    b.decoy("downloads of one episode per day (aggregate)")
    b.ok_json(
        {
            "data": {
                "id": str(ep),
                "type": "episode_analytics",
                "attributes": {
                    "downloads": [
                        {"date": f"{d:02d}-02-2025", "downloads": c.rng.randint(5, 300)}
                        for d in range(1, 15)
                    ]
                },
            }
        }
    )
    return b.build()


def countries(c: Context) -> Flow:
    b = _b(c, "/analytics/behind-the-cut/countries")
    b.decoy("listener countries in aggregate")
    b.ok_json(
        {
            "data": {
                "type": "country_analytics",
                "attributes": {
                    "countries": [
                        {"country": k, "downloads": c.rng.randint(10, 4000)}
                        for k in ("CA", "US", "FR", "BE")
                    ]
                },
            }
        }
    )
    return b.build()


def episodes(c: Context) -> Flow:
    b = _b(c, "/episodes?show_id=behind-the-cut&pagination[per]=10")
    b.decoy("episode list: titles, durations, audio urls")
    b.ok_json(
        {
            "data": [
                {
                    "id": str(c.rng.randint(10**5, 10**6)),
                    "type": "episode",
                    "attributes": {
                        "title": f"Ep. {n}",
                        "duration": c.rng.randint(1200, 4200),
                        "media_url": f"https://media.transistor.fm/{rid(c.rng)[:8]}.mp3",
                    },
                }
                for n in range(40, 44)
            ]
        }
    )
    return b.build()
