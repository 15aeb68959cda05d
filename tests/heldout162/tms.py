"""Reelhouse TMS: the theatre management system the manager runs from her phone.

Everything here is the cinema's business: the week's schedule, box-office and
admissions figures per show (aggregates over all customers), occupancy, the
shows' playlists pushed to the screens and the booking journal. Play counts
and "most attended" tables look like viewing figures but describe no person.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .films import CPL_UUIDS, FILMS, TRAILERS, film, screen
from .phone import FB, iso, kiosk_ua, ms, rf, rid, ua

API = "https://tms.reelhouse.example/api/v3"
UA = ua("ReelhouseTMS", "3.22.1")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "reelhouse-tms", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-site", "GLA-01")
    return b


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/sites/GLA-01/schedule?week=2024-W24")
    b.decoy("show schedule: film, screen and start time per show (the cinema's programme)")
    shows = []
    for _ in range(6):
        title, cpl, mins = film(c.rng)
        shows.append(
            {
                "showId": f"SH{c.rng.randint(100000, 999999)}",
                "title": title,
                "screen": screen(c.rng),
                "startsAt": iso(c),
                "runtimeMin": mins,
                "cpl": cpl,
            }
        )
    b.ok_json({"site": "GLA-01", "shows": shows})
    return b.build()


def box_office(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reports/boxoffice?date=2024-06-14&groupBy=show")
    b.decoy("box-office takings and admissions per show: aggregates over all customers")
    rows = []
    for title, _, _ in c.rng.sample(FILMS, 5):
        adm = c.rng.randint(3, 180)
        rows.append(
            {
                "film": title,
                "admissions": adm,
                "grossGBP": round(adm * rf(c.rng, 7.5, 11.9, 2), 2),
                "occupancyPct": rf(c.rng, 4, 98, 1),
                "avgTicketGBP": rf(c.rng, 7.5, 11.9, 2),
            }
        )
    b.ok_json({"rows": rows, "currency": "GBP"})
    return b.build()


def top_films(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/reports/top-films?period=last_28_days")
    b.decoy("most-watched films at the site: counts over all admissions (aggregate)")
    b.ok_json(
        {
            "mostWatched": [
                {"title": t, "screenings": c.rng.randint(4, 40), "viewers": c.rng.randint(50, 2500)}
                for t, _, _ in c.rng.sample(FILMS, 4)
            ]
        }
    )
    return b.build()


def playlist_push(c: Context) -> Flow:
    """A show playlist (SPL) pushed to a screen's server: ads, trailers, the feature."""
    title, cpl, mins = film(c.rng)
    b = _b(c, "POST", f"{API}/screens/{screen(c.rng)}/spl")
    b.decoy("show playlist with positions and durations (the cinema's playout, nobody's viewing)")
    items = [
        {"cpl": t, "offsetSec": 30 + 150 * i, "durationSec": 150} for i, t in enumerate(TRAILERS)
    ]
    items.append({"cpl": cpl, "offsetSec": 30 + 150 * len(TRAILERS), "durationSec": mins * 60})
    b.json({"splId": rid(c.rng), "title": title, "items": items, "autoStart": True})
    b.ok_json({"accepted": True, "validatedAt": iso(c)})
    return b.build()


def occupancy_live(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/shows/SH{c.rng.randint(100000, 999999)}/seats")
    b.decoy("seat map: sold seats of a show (no person)")
    b.ok_json(
        {
            "capacity": 142,
            "sold": [f"{r}{n}" for r in "DEFG" for n in range(1, 12) if c.rng.random() < 0.3],
            "heldUntil": ms(c),
        }
    )
    return b.build()


def booking_journal(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/bookings?since={ms(c) - 3600000}&limit=20")
    b.decoy("booking references and ticket types (customers' orders, no device, no viewing log)")
    b.ok_json(
        {
            "bookings": [
                {
                    "ref": f"RH{c.rng.randint(1000000, 9999999)}",
                    "show": f"SH{c.rng.randint(100000, 999999)}",
                    "tickets": {"adult": c.rng.randint(0, 3), "concession": c.rng.randint(0, 2)},
                    "channel": c.rng.choice(["web", "boxoffice", "app"]),
                }
                for _ in range(5)
            ]
        }
    )
    return b.build()


def kdm_status(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/kdms?status=expiring")
    b.decoy("KDM windows per CPL and the DCP servers' certificate thumbprints (cinema equipment)")
    b.ok_json(
        {
            "kdms": [
                {
                    "cpl": c.rng.choice(CPL_UUIDS),
                    "serverSerial": f"IMS3000-{c.rng.randint(300000, 399999)}",
                    "validFrom": iso(c),
                    "validTo": iso(c),
                }
                for _ in range(3)
            ]
        }
    )
    return b.build()


def staff_login(c: Context) -> Flow:
    b = FB(c, "reelhouse-tms", "POST", "https://auth.reelhouse.example/oauth/token")
    b.header("user-agent", kiosk_ua("ReelhouseAuth", "1.4"))
    b.decoy("staff login to the cinema's system: account name, not a device id")
    b.form([("grant_type", "password"), ("username", b.acct("tms_user")), ("scope", "manager")])
    b.ok_json({"access_token": rid(c.rng).replace("-", ""), "expires_in": 3600})
    return b.build()
