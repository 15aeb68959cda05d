"""AyoMusic: an afrobeats / highlife / coupé-décalé streaming app.

Play events and the French scrobble batch (Abidjan listeners) are listening
history; the offline-play sync goes as protobuf without field names. Charts
with play counts, lyrics and search results are not.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rid, ua

API = "https://api.ayomusic.example"
UA = ua("AyoMusic", "3.9.0")
TRACKS = [
    ("trk_10021", "Black Sherif", "Kwaku the Traveller"),
    ("trk_10388", "DJ Arafat", "Dosabado"),
    ("trk_10412", "Sarkodie", "Adonai"),
    ("trk_10977", "Daddy Lumba", "Aben Wo Ha"),
    ("trk_11020", "Serge Beynaud", "Okeninkpin"),
    ("trk_11311", "Burna Boy", "Last Last"),
    ("trk_11500", "Magic System", "1er Gaou"),
]


def _b(c: Context, method: str, url: str, did: bool = True) -> FB:
    b = FB(c, "ayomusic", method, url)
    b.header("user-agent", UA)
    if did:
        b.header("x-ayo-did", b.id("aid_music", where="header x-ayo-did"))
    return b


def play_event(c: Context) -> Flow:
    tid, artist, title = c.rng.choice(TRACKS)
    b = _b(c, "POST", f"{API}/v1/events/play")
    b.view("json track_id + ms_played (listen)")
    b.json(
        {
            "track_id": tid,
            "artist": artist,
            "title": title,
            "ms_played": c.rng.randint(5000, 240000),
            "reason_end": c.rng.choice(["trackdone", "fwdbtn", "backbtn"]),
            "ended_at": iso(c),
        }
    )
    b.no_content()
    return b.build()


def ecoutes_fr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v1/ecoutes/lot")
    b.view("json ecoutes[].duree_ecoute_ms (French scrobble batch)")
    b.json(
        {
            "ecoutes": [
                {
                    "morceau_id": t[0],
                    "artiste": t[1],
                    "duree_ecoute_ms": c.rng.randint(15000, 300000),
                    "date": iso(c),
                }
                for t in c.rng.sample(TRACKS, 3)
            ]
        }
    )
    b.ok_json({"recu": 3})
    return b.build()


def offline_sync_pb(c: Context) -> Flow:
    """Plays made offline on a trotro ride, uploaded as nameless protobuf rows."""
    b = _b(c, "POST", f"{API}/v2/s")
    b.view("protobuf field 1 rows (track, ms, ts)", detectable=False)
    rows = b"".join(
        pb_msg(
            1, [pb_bytes(1, t[0]), pb_varint(2, c.rng.randint(5000, 240000)), pb_varint(3, ms(c))]
        )
        for t in c.rng.sample(TRACKS, 2)
    )
    b.set_body(rows, "application/x-protobuf")
    b.respond(200, "application/x-protobuf", pb_varint(1, 1))
    return b.build()


def charts(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/charts?pays=CI&genre=coupe-decale", did=False)
    b.decoy("chart with play counts (aggregate)")
    b.ok_json(
        {
            "titres": [
                {"rang": i + 1, "id": t[0], "artiste": t[1], "ecoutes": c.rng.randint(10**4, 10**7)}
                for i, t in enumerate(TRACKS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = _b(c, "GET", f"{API}/v1/lyrics/{tid}", did=False)
    b.decoy("time-coded lyrics (offsets are of the song, not a listener)")
    b.ok_json({"id": tid, "lines": [{"startMs": i * 4200, "text": "..."} for i in range(6)]})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    tid = c.rng.choice(TRACKS)[0]
    b = FB(
        c,
        "ayomusic",
        "GET",
        f"https://cdn.ayomusic.example/a/{tid}/160k/{c.rng.randint(0, 40)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v1/search?q=shatta+wale", did=False)
    b.decoy("search results")
    b.ok_json(
        {
            "results": [{"id": t[0], "artist": t[1], "title": t[2]} for t in TRACKS[:3]],
            "rid": rid(c.rng),
        }
    )
    return b.build()
