"""A public radio / podcast app (Radio France-like): live, replay and podcasts.

Sources: Piano Analytics (AT Internet) collects events by POST to
`<collect domain>/event?s=<site>&idclient=<visitor id>` with a body
`{"events":[{"name":..,"data":{..}}]}`; AV Insights events are `av.play`,
`av.heartbeat`, `av.pause`, `av.stop` with `av_content_id`, `av_content`,
`av_content_type`, `av_position`, `av_previous_position`, `av_session_id`,
`av_content_duration`, `av_broadcasting_type` (developers.atinternet-solutions.com,
piano-analytics/data-collection/how-to-send-events/av-insights). `idclient` is the
SDK's visitor id, made per install. The listening history and the GraphQL
progress mutation are the app's own (Radio France's public API is GraphQL).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg

from .phone import FB, iso, ms, okua, rid
from .util import EMISSIONS, content_id, sealed_b64

API = "https://api.radiopublique.fr"
UA = okua("RadioPublique", "6.3.0")
PIANO = "https://logs1412.xiti.com/event"


def _episode(c: Context) -> tuple[str, str, int, str]:
    name, station, dur = c.rng.choice(EMISSIONS)
    return name, station, dur, content_id(c.rng, "ep-")


def piano_av(c: Context) -> Flow:
    name, station, dur, eid = _episode(c)
    ev = c.rng.choice(["av.heartbeat", "av.heartbeat", "av.play", "av.pause", "av.stop"])
    b = FB(c, "piano", "POST", PIANO, [("s", "612345")])
    b.param("idclient", b.id("piano_idclient", where="query idclient (Piano visitor id)"))
    b.header("user-agent", UA)
    pos = c.rng.randint(20, dur)
    b.view("json events[].data av_content + av_position (AV Insights)")
    data = {
        "av_content_id": eid,
        "av_content": name,
        "av_show": name,
        "av_content_type": "audio",
        "av_broadcasting_type": c.rng.choice(["OnDemand", "Live"]),
        "av_position": pos * 1000,
        "av_previous_position": max(0, pos - 30) * 1000,
        "av_content_duration": dur * 1000,
        "av_session_id": rid(c.rng),
        "av_publication_date": 1741000000 + c.rng.randint(0, 900000),
        "site_level2": station,
    }
    b.json({"events": [{"name": ev, "data": data}]}, ctype="text/plain;charset=UTF-8")
    b.no_content()
    return b.build()


def piano_page(c: Context) -> Flow:
    b = FB(c, "piano", "POST", PIANO, [("s", "612345")])
    b.param("idclient", b.id("piano_idclient", where="query idclient (Piano visitor id)"))
    page = c.rng.choice(["accueil", "grille", "recherche", "parametres"])
    b.json({"events": [{"name": "page.display", "data": {"page": page, "page_chapter1": "app"}}]})
    b.no_content()
    return b.build()


def ecoutes(c: Context) -> Flow:
    b = FB(c, "radiopublique", "POST", f"{API}/v2/moi/ecoutes")
    b.header("user-agent", UA)
    b.header("x-rp-user", b.acct("radio_user"))
    b.header("cookie", "rp_did=" + b.id("aid_radio", where="cookie rp_did") + "; consent=1")
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        name, station, dur, eid = _episode(c)
        prog = round(c.rng.uniform(0.02, 1.0), 3)
        rows.append(
            {
                "episodeId": eid,
                "emission": name,
                "station": station,
                "progression": prog,
                "positionSec": int(dur * prog),
                "termine": prog > 0.97,
                "ecouteLe": iso(c),
            }
        )
    b.view("json ecoutes[] with emission, progression, positionSec")
    b.json({"ecoutes": rows})
    b.ok_json({"synchro": ms(c)})
    return b.build()


def progress_gql(c: Context) -> Flow:
    name, _, dur, eid = _episode(c)
    b = FB(c, "radiopublique", "POST", f"{API}/graphql")
    b.header("user-agent", UA)
    q = (
        "mutation SaveListening($input: ListeningInput!) "
        "{ saveListening(input: $input) { id progress } }"
    )
    pos = c.rng.randint(5, dur)
    b.view("graphql variables.input diffusionId + progress / listenedAt")
    b.json(
        {
            "operationName": "SaveListening",
            "query": q,
            "variables": {
                "input": {
                    "diffusionId": eid,
                    "title": name,
                    "progress": pos,
                    "duration": dur,
                    "listenedAt": iso(c),
                    "deviceId": b.id("aid_radio", "md5", where="graphql variables.input.deviceId"),
                }
            },
        }
    )
    b.ok_json({"data": {"saveListening": {"id": eid, "progress": pos}}})
    return b.build()


def sync_opaque(c: Context) -> Flow:
    b = FB(c, "radiopublique", "POST", f"{API}/v2/s")
    b.header("user-agent", UA)
    b.view("json p: sealed offline-listening queue", detectable=False)
    b.json({"p": sealed_b64(c.rng, 320), "k": 2})
    b.no_content()
    return b.build()


def podcast_mp3(c: Context) -> Flow:
    _, station, _, eid = _episode(c)
    url = f"https://media.radiopublique-cdn.fr/{station}/podcasts/{eid}.mp3"
    b = FB(c, "cdn", "GET", url)
    b.header("range", f"bytes={c.rng.randint(0, 9) * 1048576}-")
    b.decoy("podcast audio download")
    b.respond(206, "audio/mpeg", b"ID3\x04" + bytes(600))
    return b.build()


def now_playing(c: Context) -> Flow:
    station = c.rng.choice(["franceinter", "franceculture", "francemusique", "fip"])
    b = FB(c, "radiopublique", "GET", f"{API}/v2/direct/{station}/maintenant")
    b.header("user-agent", UA)
    b.decoy("live now-playing metadata for a station")
    b.ok_json(
        {"station": station, "titre": c.rng.choice(EMISSIONS)[0], "debut": ms(c), "fin": ms(c)}
    )
    return b.build()


def grille(c: Context) -> Flow:
    b = FB(c, "radiopublique", "GET", f"{API}/v2/grille/franceinter", [("jour", "2025-03-14")])
    b.decoy("programme grid")
    b.ok_json({"grille": [{"heure": h, "emission": EMISSIONS[h % 6][0]} for h in range(6, 12)]})
    return b.build()


def pochette(c: Context) -> Flow:
    b = FB(c, "cdn", "GET", f"https://img.radiopublique-cdn.fr/visuels/{rid(c.rng)}/400x400.jpg")
    b.decoy("podcast cover art")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()
