"""An in-car music streaming app (in-house, fictional "Lyra"), AAOS media app.

Viewing (listening) history: a play log (`msPlayed`, `reasonEnd`, track and
context, as streaming services log a play), a Swedish-named listening batch
(`lyssnat`, `låt`, `sekunder`) gzip-compressed, and a protobuf play-history
batch with numbered fields only. Decoys: search, charts with play counts, lyrics,
cover art.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, ua

API = "https://api.lyra-music.net"
TRACKS = [
    ("Dancing Queen", "ABBA"), ("Lose Control", "Teddy Swims"), ("Mr. Saxobeat", "Alexandra Stan"),
    ("Tusen bitar", "Anna Book"), ("Euphoria", "Loreen"), ("Kygo Mix", "Kygo"),
]  # fmt: skip


def _h(b: FB) -> None:
    b.header("user-agent", ua("Lyra", "9.3.14"))
    b.header("x-client-device", b.id("music_device", where="header x-client-device"))


def _uri(ctx: Context) -> str:
    return "lyra:track:" + new_hex(ctx.rng, 22)


def play_log(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "lyra", "POST", f"{API}/v3/events/plays")
    _h(b)
    b.view("body plays[].trackUri / msPlayed / reasonEnd")
    plays = []
    for _ in range(rng.randint(1, 4)):
        title, artist = rng.choice(TRACKS)
        plays.append(
            {
                "trackUri": _uri(ctx),
                "title": title,
                "artist": artist,
                "msPlayed": rng.randint(4000, 240000),
                "reasonEnd": rng.choice(["trackdone", "fwdbtn", "endplay"]),
                "context": "playlist:road-trip",
                "startedAt": iso(ctx),
            }
        )
    b.json({"plays": plays, "output": "car_speakers"})
    b.no_content()
    return b.build()


def lyssnat(ctx: Context) -> Flow:
    rng = ctx.rng
    b = FB(ctx, "lyra", "POST", f"{API}/v1/historik")
    _h(b)
    b.view("body lyssnat[].låt / sekunder (gzip)")
    rows = [
        {"låt": t, "artist": a, "sekunder": rng.randint(20, 240), "tid": ms(ctx)}
        for t, a in rng.sample(TRACKS, rng.randint(2, 4))
    ]
    b.json({"lyssnat": rows, "källa": "bil"}, "gzip")
    b.ok_json({"sparade": len(rows)})
    return b.build()


def history_pb(ctx: Context) -> Flow:
    b = FB(ctx, "lyra", "POST", f"{API}/gabo/v1/batch")
    _h(b)
    b.view("protobuf repeated field 2 (track uri, ms played)", detectable=False)
    recs = [
        pb_msg(2, [pb_bytes(1, _uri(ctx)), pb_varint(2, ctx.rng.randint(5000, 200000))])
        for _ in range(ctx.rng.randint(2, 5))
    ]
    b.set_body(pb_varint(1, ms(ctx)) + b"".join(recs), "application/x-protobuf")
    b.no_content()
    return b.build()


def charts(ctx: Context) -> Flow:
    b = FB(ctx, "lyra", "GET", f"{API}/v1/topplistor/SE")
    b.header("user-agent", ua("Lyra", "9.3.14"))
    b.decoy("chart with play counts (not this listener's)")
    rows = [{"title": t, "artist": a, "plays": ctx.rng.randint(10**5, 10**7)} for t, a in TRACKS]
    b.ok_json({"week": 7, "tracks": rows})
    return b.build()


def search(ctx: Context) -> Flow:
    q = ctx.rng.choice(["abba", "lugn musik", "roadtrip", "barnlåtar"])
    b = FB(ctx, "lyra", "GET", f"{API}/v1/search", [("q", q), ("type", "track,album")])
    b.header("user-agent", ua("Lyra", "9.3.14"))
    b.decoy("search results")
    b.ok_json({"tracks": [{"title": t, "uri": _uri(ctx)} for t, _ in TRACKS[:3]]})
    return b.build()


def cover(ctx: Context) -> Flow:
    b = FB(ctx, "lyra", "GET", f"https://i.lyra-music.net/cover/{new_hex(ctx.rng, 32)}")
    b.decoy("cover art fetch")
    b.respond(200, "image/jpeg", fake_jpeg(ctx.rng.getrandbits(32), 300))
    return b.build()
