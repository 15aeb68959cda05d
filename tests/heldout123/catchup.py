"""Heather Player: a public broadcaster's catch-up player (phone and iPad).

The in-house team writes British English (`programme`, `favourite`) and snake_case
on the older "uas" activity service, camelCase on the newer GraphQL gateway. The
player's heartbeats say which episode (a `pid`-style version id) is at which
position; the "continue watching" rail in the response is the household's own
history. Schedules, the "most popular" rail (an aggregate over all viewers) and
the stream manifest are no viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, gz, pb_bytes, pb_varint

from .phone import FB, ipad_ua, iso, ms, rid, ua

UAS = "https://uas.heatherplayer.example"
GQL = "https://gw.heatherplayer.example/graphql"
MEDIA = "https://media-selector.heatherplayer.example"
PIANO = "https://logs1412.xiti.com"
UA = ua("HeatherPlayer", "4.170.0.26101")
IPAD = ipad_ua("HeatherPlayer", "4.168.1")
EPISODES = [
    ("m001x9kq", "Shetland", "Series 9: Episode 3"),
    ("m001z2rb", "Gardeners' World", "2024: Episode 21"),
    ("p0h7fk2c", "Match of the Day", "22/11/2024"),
    ("m0024wqd", "Strictly Come Dancing", "Series 22: Week 10"),
    ("b08kx1cd", "River City", "Episode 1204"),
    ("m001vrg8", "Question Time", "Leeds"),
]


def _b(c: Context, method: str, url: str, ipad: bool = False) -> FB:
    b = FB(c, "heatherplayer", method, url)
    b.header("user-agent", IPAD if ipad else UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def heartbeat(c: Context, ipad: bool = False) -> Flow:
    """uas activity: a play / pause / heartbeat of the player with the programme's id."""
    b = _b(c, "POST", f"{UAS}/my/activities", ipad)
    vpid, brand, title = c.rng.choice(EPISODES)
    action = c.rng.choice(["heartbeat", "heartbeat", "paused", "started", "ended"])
    b.view(f"json activity_type={action} resource_id + progress_secs")
    client = {"platform": "ipados" if ipad else "android", "app_ver": "4.170.0"}
    if ipad:
        client["device_idfv"] = b.id("ipad_idfv", where="json client.device_idfv")
    else:
        client["install_id"] = b.id("catchup_install", where="json client.install_id")
    b.json(
        {
            "activity_type": action,
            "resource_type": "episode",
            "resource_id": vpid,
            "resource_domain": "tv",
            "programme_title": f"{brand} - {title}",
            "progress_secs": c.rng.randint(0, 3500),
            "duration_secs": 3540,
            "action_ts": iso(c),
            "client": client,
        }
    )
    b.respond(202, None)
    return b.build()


def continue_watching(c: Context, ipad: bool = False) -> Flow:
    b = _b(c, "POST", GQL, ipad)
    b.view("response json data.continueWatching.elements[]", direction="response")
    b.json(
        {
            "operationName": "ContinueWatchingRail",
            "variables": {"first": 12, "sort": "recent"},
            "query": "query ContinueWatchingRail($first:Int){continueWatching(first:$first)"
            "{elements{programmeId episodeTitle percentWatched lastWatched}}}",
        }
    )
    b.ok_json(
        {
            "data": {
                "continueWatching": {
                    "elements": [
                        {
                            "programmeId": pid,
                            "episodeTitle": f"{brand}: {title}",
                            "percentWatched": c.rng.randint(3, 97),
                            "lastWatched": iso(c),
                            "remainingTimeLabel": f"{c.rng.randint(2, 55)} mins left",
                        }
                        for pid, brand, title in c.rng.sample(EPISODES, 4)
                    ]
                }
            }
        }
    )
    return b.build()


def favourites_added(c: Context) -> Flow:
    """Adding a programme to 'My Programmes' is a bookmark, not a watch report."""
    b = _b(c, "POST", f"{UAS}/my/favourites")
    b.decoy("a favourited programme brand: a bookmark of a title, nothing watched")
    b.json({"resource_type": "brand", "resource_id": c.rng.choice(EPISODES)[0][:6] + "bb"})
    b.respond(202, None)
    return b.build()


def activity_batch_opaque(c: Context) -> Flow:
    """Offline downloads replay their play log later: protobuf, gzipped, base64 under `d`."""
    b = _b(c, "POST", f"{UAS}/v2/sync")
    b.view("form d: gzip+base64 protobuf rows (episode id, seconds, ts)", detectable=False)
    rows = b"".join(
        pb_bytes(
            1,
            pb_bytes(1, c.rng.choice(EPISODES)[0])
            + pb_varint(2, c.rng.randint(10, 3400))
            + pb_varint(3, ms(c) // 1000),
        )
        for _ in range(c.rng.randint(2, 6))
    )
    b.form([("v", "3"), ("d", b64(gz(rows)))])
    b.respond(202, None)
    return b.build()


def most_popular(c: Context) -> Flow:
    b = _b(c, "POST", GQL)
    b.decoy("most-popular rail: an aggregate ranking over all viewers, with view counts")
    b.json({"operationName": "MostPopular", "variables": {"region": "yorkshire"}})
    b.ok_json(
        {
            "data": {
                "mostPopular": [
                    {
                        "programmeId": p,
                        "title": t,
                        "rank": i + 1,
                        "views7d": c.rng.randint(10**5, 10**6),
                    }
                    for i, (p, t, _) in enumerate(EPISODES)
                ]
            }
        }
    )
    return b.build()


def schedule(c: Context) -> Flow:
    b = _b(c, "GET", f"{GQL}?operationName=Schedule&channel=bbc_one_yorks&date=2024-11-23")
    b.decoy("channel schedule with start times and durations (a guide, nothing watched)")
    b.ok_json(
        {
            "data": {
                "schedule": [
                    {"programmeId": p, "title": t, "start": iso(c), "durationMins": 30}
                    for p, t, _ in EPISODES
                ]
            }
        }
    )
    return b.build()


def media_selection(c: Context) -> Flow:
    vpid = c.rng.choice(EPISODES)[0]
    b = _b(c, "GET", f"{MEDIA}/ms/6.0/mediaset/mobile-phone-main/vpid/{vpid}/format/json/")
    b.ok_json(
        {
            "media": [
                {
                    "kind": "video",
                    "bitrate": "5070",
                    "connection": [
                        {"href": f"https://vod-dash-uk.heatherplayer.example/{vpid}.mpd"}
                    ],
                }
            ]
        }
    )
    return b.build()


def register_install(c: Context, ipad: bool = False) -> Flow:
    b = _b(c, "POST", f"{UAS}/device/register", ipad)
    if ipad:
        body = {"idfv": b.id("ipad_idfv", where="json idfv"), "os": "iPadOS 17.5.1"}
    else:
        body = {
            "installId": b.id("catchup_install", where="json installId"),
            "androidId": b.id("aid_catchup", where="json androidId"),
            "os": "Android 14",
        }
    b.json({**body, "model": "iPad13,18" if ipad else "SM-S921B", "tz": "Europe/London"})
    b.ok_json({"registered": True, "ttl": 86400})
    return b.build()


def ipad_heartbeat(c: Context) -> Flow:
    return heartbeat(c, ipad=True)


def ipad_register(c: Context) -> Flow:
    return register_install(c, ipad=True)


def piano_av(c: Context) -> Flow:
    """Piano Analytics AV events (`av.heartbeat`, `av_content_id`, `av_position`)."""
    vpid, brand, title = c.rng.choice(EPISODES)
    name = c.rng.choice(["av.heartbeat", "av.heartbeat", "av.play", "av.pause"])
    b = FB(c, "piano-analytics", "POST", f"{PIANO}/event")
    b.params += [
        ("s", "598250"),
        ("idclient", b.id("catchup_piano_vid", where="query idclient (Piano visitor id)")),
    ]
    b.header("user-agent", UA)
    b.view(f"json events[] name={name} av_content_id + av_position")
    event = {
        "name": name,
        "data": {
            "av_content_id": vpid,
            "av_content": f"{brand}: {title}",
            "av_position": c.rng.randint(0, 3500) * 1000,
            "av_duration": 3540000,
            "av_session_id": rid(c.rng),
            "av_broadcasting_type": "On Demand",
        },
    }
    b.json({"events": [event]}, ctype="text/plain;charset=UTF-8")
    b.no_content()
    return b.build()
