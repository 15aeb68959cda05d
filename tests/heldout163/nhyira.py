"""Nhyira Gospel: a church app (sermon videos, gospel songs, Bible plans, tithes).

Sermon progress and gospel listening are viewing / listening history; the Accra
developers write the listening keys in Twi (`nnwom` = songs, `tie` = listen).
The Bible reading plan's progress (reading is not watching or listening), the
live service's viewer count, tithes by mobile money and the church's own
livestream encoder (church equipment, not the family's) are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import jsb

from .phone import FB, iso, ms, rid, ua

API = "https://api.nhyiragospel.example"
UA = ua("NhyiraGospel", "2.6.1")
SERMONS = [
    ("srm_2207", "Pastor Mensah", "Onyame Ye (God is Good)"),
    ("srm_2231", "Rev. Owusu-Bempah", "Walking in Dominion"),
    ("srm_2240", "Pasteur Koné", "La foi qui déplace les montagnes"),
    ("srm_2256", "Bishop Agyin", "Sunday Service: Thanksgiving"),
]
SONGS = [
    "Ohemaa Mercy - Wayε Me Yiye",
    "Joe Mettle - Bo Noo Ni",
    "Diana Hamilton - Adom",
    "Sonnie Badu - Baba",
]


def _b(c: Context, method: str, url: str, aid: bool = True) -> FB:
    b = FB(c, "nhyira", method, url)
    b.header("user-agent", UA)
    if aid:
        b.header("x-device-id", b.id("aid_church", where="header x-device-id"))
    return b


def sermon_progress(c: Context) -> Flow:
    sid, preacher, title = c.rng.choice(SERMONS)
    b = _b(c, "POST", f"{API}/v1/sermons/{sid}/progress")
    b.view("json watchedSecs / totalSecs (sermon video)")
    total = c.rng.randint(2400, 7200)
    b.json(
        {
            "sermonId": sid,
            "preacher": preacher,
            "title": title,
            "watchedSecs": c.rng.randint(30, total),
            "totalSecs": total,
            "memberId": b.acct("church_member"),
            "at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def nnwom_tie(c: Context) -> Flow:
    """Twi keys: `nnwom_id` (song id), `tie_bere_sec` (listening time), `wiee` (ended)."""
    b = _b(c, "POST", f"{API}/v1/nnwom/tie")
    b.view("json nnwom_id / tie_bere_sec under /nnwom/tie (Twi: song listen time)")
    b.json(
        {
            "nnwom_id": c.rng.randint(100, 999),
            "din": c.rng.choice(SONGS),
            "tie_bere_sec": c.rng.randint(20, 360),
            "wiee": c.rng.random() < 0.5,
            "bere": ms(c),
        }
    )
    b.no_content()
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/me/history?type=sermon")
    b.view("response json history[] (sermons watched, lastPositionSecs)", direction="response")
    b.ok_json(
        {
            "history": [
                {
                    "sermonId": s[0],
                    "title": s[2],
                    "lastPositionSecs": c.rng.randint(60, 5000),
                    "watchedAt": iso(c),
                }
                for s in SERMONS[:3]
            ]
        }
    )
    return b.build()


def plan_progress(c: Context) -> Flow:
    b = _b(c, "PUT", f"{API}/v1/bible/plans/21-days-prayer/progress")
    b.decoy("Bible reading plan progress (reading is not watching)")
    b.json(
        {
            "day": c.rng.randint(1, 21),
            "chapter": "Psalm 23",
            "percentRead": c.rng.randint(10, 100),
            "readAt": iso(c),
        }
    )
    b.no_content()
    return b.build()


def live_info(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/live/now", aid=False)
    b.decoy("live service viewer count and the church's encoder serial (church equipment)")
    b.ok_json(
        {
            "live": True,
            "title": "Sunday Second Service",
            "viewersNow": c.rng.randint(200, 5000),
            "encoder": {
                "model": "Teradek VidiU Go",
                "serialNumber": "TDK" + str(c.rng.randint(10**6, 10**7)),
            },
            "hls": "https://live.nhyiragospel.example/main/index.m3u8",
        }
    )
    return b.build()


def tithe(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/giving/momo")
    b.decoy("tithe by mobile money: phone number and reference (accounts)")
    b.json(
        {
            "fund": c.rng.choice(["tithe", "offering", "building"]),
            "amountGHS": c.rng.choice([20, 50, 100, 200]),
            "network": "MTN",
            "payerMsisdn": b.acct("msisdn_gh"),
            "clientRef": rid(c.rng),
        }
    )
    b.ok_json({"status": "PENDING_APPROVAL", "momoRef": str(c.rng.randint(10**10, 10**11))})
    return b.build()


def prayer_request(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/prayer-requests", aid=False)
    b.set_body(
        jsb({"name": "Auntie Efua", "request": "Journey mercies to Kumasi", "anonymous": False}),
        "application/json",
    )
    b.ok_json({"id": rid(c.rng)})
    return b.build()
