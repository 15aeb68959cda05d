"""Podimo: her own podcast app (GraphQL API), measured by Adjust.

Her listening (episode, position, played-at) is saved through a GraphQL
mutation and comes back in the "Fortsæt med at lytte" (continue listening)
query; offline plays are synced later as a gzip+base64 batch under `d`. Adjust
session and event calls carry her advertising id (`gps_adid`) and Adjust's own
install uuid (`android_uuid`, https://github.com/adjust/android_sdk), and the
answer holds the Adjust device id (`adid`). Search, show pages, the audio file
and the "Populært i Danmark" chart are not viewing history.
"""

from __future__ import annotations

import base64

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import gz, js

from .phone import FB, iso, ms, rid, ua

GQL = "https://podimo.com/graphql"
UA = ua("Podimo", "2.94.1")
ADJUST_TOKEN = "q1w8ce3lx2kg"
SHOWS = [
    ("Genstart", "DR"),
    ("Tabloid", "Podimo Original"),
    ("Kunstpodden", "Podimo Original"),
    ("Millionærklubben", "Euroinvestor"),
    ("Museumslyd", "Podimo Original"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "podimo", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    b.header("x-podimo-locale", "da-DK")
    return b


def _episode(c: Context) -> tuple[str, str, int]:
    show, _ = c.rng.choice(SHOWS)
    return rid(c.rng), show, c.rng.randint(900, 4200)


def save_progress(c: Context) -> Flow:
    ep, show, dur = _episode(c)
    b = _b(c, "POST", GQL)
    b.view("graphql variables.progressInSeconds (her podcast listening)")
    b.json(
        {
            "operationName": "SaveEpisodeProgress",
            "variables": {
                "podcastEpisodeId": ep,
                "podcastTitle": show,
                "progressInSeconds": c.rng.randint(30, dur),
                "durationInSeconds": dur,
                "listenedAt": iso(c),
            },
            "query": "mutation SaveEpisodeProgress($podcastEpisodeId: String!, "
            "$progressInSeconds: Int!) { saveEpisodeProgress(podcastEpisodeId: "
            "$podcastEpisodeId, progressInSeconds: $progressInSeconds) { ok } }",
        }
    )
    b.ok_json({"data": {"saveEpisodeProgress": {"ok": True}}})
    return b.build()


def continue_listening(c: Context) -> Flow:
    b = _b(c, "POST", GQL)
    b.view("response graphql continueListening[].progressInSeconds", direction="response")
    b.json(
        {
            "operationName": "ContinueListening",
            "variables": {"limit": 10},
            "query": "query ContinueListening($limit: Int) { continueListening(limit: $limit) "
            "{ episodeId title progressInSeconds lastPlayedAt } }",
        }
    )
    items = []
    for _ in range(c.rng.randint(2, 6)):
        ep, show, dur = _episode(c)
        items.append(
            {
                "episodeId": ep,
                "title": show,
                "progressInSeconds": c.rng.randint(30, dur),
                "lastPlayedAt": iso(c),
            }
        )
    b.ok_json({"data": {"continueListening": items}})
    return b.build()


def offline_batch(c: Context) -> Flow:
    """Plays made offline: [episode, seconds, ts] rows, gzip then base64 under 'd'."""
    b = _b(c, "POST", "https://podimo.com/api/o/s")
    b.view("json d (gzip+base64 rows of offline plays)", detectable=False)
    rows = [[rid(c.rng)[:8], c.rng.randint(30, 3000), ms(c)] for _ in range(c.rng.randint(2, 6))]
    b.json({"d": base64.b64encode(gz(js(rows).encode())).decode(), "v": 3})
    b.no_content()
    return b.build()


def adjust_session(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/session")
    b.header("user-agent", "Adjust/4.38.2 (android)")
    b.header("client-sdk", "android4.38.2")
    gaid = b.id("gaid", where="form gps_adid")
    uuid = b.id("podimo_adjust_uuid", where="form android_uuid")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("gps_adid", gaid),
            ("gps_adid_src", "service"),
            ("android_uuid", uuid),
            ("os_name", "android"),
            ("os_version", "14"),
            ("device_type", "phone"),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("environment", "production"),
            ("session_count", str(c.rng.randint(2, 400))),
        ]
    )
    adid = b.id("podimo_adid", where="response json adid", direction="response")
    b.ok_json({"adid": adid, "timestamp": iso(c), "message": "Session tracked"})
    return b.build()


def adjust_event(c: Context) -> Flow:
    b = FB(c, "adjust", "POST", "https://app.adjust.com/event")
    b.header("user-agent", "Adjust/4.38.2 (android)")
    gaid = b.id("gaid", where="form gps_adid")
    b.form(
        [
            ("app_token", ADJUST_TOKEN),
            ("event_token", c.rng.choice(["x7ab2c", "k3p9qd"])),
            ("gps_adid", gaid),
            ("android_uuid", b.id("podimo_adjust_uuid", where="form android_uuid")),
            ("created_at", iso(c).replace("Z", "+0100")),
            ("callback_params", js({"plan": "premium", "trial": "false"})),
        ]
    )
    b.ok_json({"message": "Event tracked"})
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "POST", GQL)
    b.decoy("search results with episode durations (catalogue)")
    term = c.rng.choice(["kunst", "museum", "historie", "portræt"])
    b.json({"operationName": "Search", "variables": {"q": term, "first": 10}})
    b.ok_json(
        {
            "data": {
                "search": [
                    {
                        "episodeId": rid(c.rng),
                        "title": s,
                        "durationInSeconds": c.rng.randint(600, 4000),
                    }
                    for s, _ in SHOWS
                ]
            }
        }
    )
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "POST", GQL)
    b.decoy("most-played podcasts in Denmark (aggregate chart)")
    b.json({"operationName": "TopChart", "variables": {"region": "DK", "first": 20}})
    b.ok_json(
        {
            "data": {
                "topChart": [
                    {"rank": i + 1, "title": s, "plays": c.rng.randint(10**4, 10**6)}
                    for i, (s, _) in enumerate(SHOWS)
                ]
            }
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(c, "podimo", "GET", f"https://cdn.podimo.com/audio/{rid(c.rng)}.mp3")
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.header("range", f"bytes={c.rng.randint(0, 40) * 1048576}-")
    b.respond(206, "audio/mpeg", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()
