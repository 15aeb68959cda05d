"""Luistervink: the dispatcher's Flemish podcast app (in-house API, Firebase).

Listening is viewing history by the issue's definition. The app reports listening
sessions with `aflevering_id`, `positie_sec` and `beluisterd_sec`, syncs its
"verder luisteren" list (a response), and its offline queue flushes as protobuf
with numeric fields only (not readable). Every request carries the app's
ANDROID_ID in `x-toestel-id` and its own install id; Firebase Installations gets
its FID. Charts (most listened, over all listeners), search and episode audio are
look-alikes.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.luistervink.example"
UA = ua("Luistervink", "4.8.0")
SHOWS = ["De Kiosk", "Vlaamse Vlaggen", "Nooit meer slapen", "The Rest Is History", "Weerman"]


def _b(c: Context, method: str, path: str, ids: bool = True) -> FB:
    b = FB(c, "luistervink", method, f"{API}{path}")
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    if ids:
        b.header("x-toestel-id", b.id("aid_pod", where="header x-toestel-id"))
        b.header("x-installatie-id", b.id("pod_install", where="header x-installatie-id"))
    return b


def _episode(c: Context) -> str:
    return "afl_" + new_hex(c.rng, 10)


def listen_session(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/luistersessies")
    b.view("json aflevering_id + positie_sec + beluisterd_sec")
    b.json(
        {
            "aflevering_id": _episode(c),
            "programma": c.rng.choice(SHOWS),
            "positie_sec": c.rng.randint(30, 3500),
            "beluisterd_sec": c.rng.randint(30, 900),
            "snelheid": c.rng.choice([1.0, 1.25, 1.5]),
            "gestart_op": iso(c),
            "gebeurtenis": c.rng.choice(["pauze", "stop", "einde"]),
        }
    )
    b.no_content()
    return b.build()


def continue_list(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/ik/verder-luisteren")
    b.view("json response verder_luisteren[].positie_sec", direction="response")
    b.ok_json(
        {
            "verder_luisteren": [
                {
                    "aflevering_id": _episode(c),
                    "programma": s,
                    "positie_sec": c.rng.randint(60, 3000),
                    "duur_sec": 3600,
                    "laatst_beluisterd": iso(c),
                }
                for s in c.rng.sample(SHOWS, 3)
            ]
        }
    )
    return b.build()


def offline_flush(c: Context) -> Flow:
    b = _b(c, "POST", "/v3/q")
    b.view("protobuf field 2 repeated {1: episode, 2: offset, 3: time}", detectable=False)
    rows = b"".join(
        pb_bytes(
            2,
            pb_bytes(1, new_hex(c.rng, 10))
            + pb_varint(2, c.rng.randint(60, 3000))
            + pb_varint(3, ms(c) // 1000),
        )
        for _ in range(c.rng.randint(2, 5))
    )
    b.set_body(pb_varint(1, 1) + rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def firebase_install(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/luistervink-prod/installations",
    )
    b.header("user-agent", UA)
    b.header("x-goog-api-key", "AIza" + new_hex(c.rng, 35))
    b.json(
        {
            "fid": b.id("pod_fid", where="json fid"),
            "appId": "1:48211:android:9f1c",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:17.2.0",
        }
    )
    b.ok_json({"name": "projects/48211/installations/x", "refreshToken": new_hex(c.rng, 40)})
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", "/v3/hitlijst?land=BE", ids=False)
    b.decoy("most-listened chart over all listeners (aggregate)")
    b.ok_json(
        {
            "hitlijst": [
                {
                    "programma": s,
                    "luisteraars": c.rng.randint(1000, 90000),
                    "gem_luistertijd_min": c.rng.randint(10, 60),
                }
                for s in SHOWS
            ]
        }
    )
    return b.build()


def audio(c: Context) -> Flow:
    b = FB(c, "luistervink", "GET", f"https://audio.luistervink.example/{new_hex(c.rng, 20)}.mp3")
    b.header("user-agent", UA)
    b.header("range", f"bytes={c.rng.randint(0, 9) * 524288}-")
    b.respond(206, "audio/mpeg", b"ID3\x04\x00" + c.rng.randbytes(600))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(
        c, "GET", f"/v3/zoek?q={c.rng.choice(['haven', 'true crime', 'geschiedenis'])}", ids=False
    )
    b.decoy("search results with episode ids and durations")
    b.ok_json(
        {
            "resultaten": [
                {"aflevering_id": _episode(c), "duur_sec": 2400, "id": rid(c.rng)} for _ in range(5)
            ]
        }
    )
    return b.build()
