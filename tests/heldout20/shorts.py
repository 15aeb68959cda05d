"""Vibo : a Kwai-like short-video app with its own log and device services.

Play logs (photo id, play duration, watch ratio) batched as JSON and as a
gzip'd protobuf client log (field layout our own, in the style of Kuaishou's
`ClientLog` reports), device registration with IDFA / IDFV and the app's own
device id and risk id (egid), a signed opaque report. Decoys: the feed,
cover images, music search, like counts.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, gz, pb_bytes, pb_msg, pb_varint

from .phone import FB, ms, rf, rid, ua

API = "https://api.vibo-short.com.br"
LOG = "https://log.vibo-short.com.br"


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "vibo", method, url)
    b.header("user-agent", ua("Vibo", "11.2.30.5112"))
    return b


def _photo(c: Context) -> str:
    return str(c.rng.randint(5 * 10**15, 6 * 10**15))


def play_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/rest/n/log/realshow")
    did = b.id("kwai_did", where="query:did")
    b.param("did", did)
    b.param("appver", "11.2.30")
    events = []
    for _ in range(c.rng.randint(2, 6)):
        dur = c.rng.randint(6000, 60000)
        events.append(
            {
                "photo_id": _photo(c),
                "author_id": str(c.rng.randint(10**9, 10**10)),
                "play_duration": c.rng.randint(500, dur),
                "video_duration": dur,
                "play_ratio": rf(c.rng, 0, 1.5, 3),
                "client_ts": ms(c),
            }
        )
    b.json({"realshow": events, "page": "HOT"})
    b.view("json:realshow[].play_duration")
    b.ok_json({"result": 1})
    return b.build()


def pb_log(c: Context) -> Flow:
    b = _b(c, "POST", f"{LOG}/rest/n/clientlog/collect")
    parts = []
    for _ in range(c.rng.randint(2, 4)):
        parts.append(
            pb_msg(
                3,
                [
                    pb_bytes(1, "VIDEO_PLAY"),
                    pb_varint(2, int(_photo(c))),
                    pb_varint(4, c.rng.randint(500, 60000)),
                    pb_varint(5, ms(c)),
                ],
            )
        )
    did = b.id("kwai_did", "protobuf", "protobuf:1", detectable=False)
    body = pb_bytes(1, did) + b"".join(parts)
    b.set_body(body, "application/x-protobuf", "gzip")
    b.view("protobuf:3 (play events, unnamed fields)", detectable=False)
    b.no_content()
    return b.build()


def device_reg(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/n/system/device/register")
    b.form(
        [
            ("did", b.id("kwai_did", where="form:did")),
            ("egid", b.id("kwai_egid", where="form:egid")),
            ("idfa", b.id("idfa", where="form:idfa")),
            ("idfv", b.id("idfv_kwai", where="form:idfv")),
            ("mod", "iPhone14,6"),
            ("sys", "iOS_17.5.1"),
            ("c", "a"),
        ]
    )
    b.ok_json({"result": 1, "egid": b.id("kwai_egid", where="response:egid", direction="response")})
    return b.build()


def sig_report(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/n/system/stat")
    blob = b64(
        gz(
            b.id_raw("idfv_kwai", "aes_gcm", "form:__NStokensig").encode()
            + new_hex(c.rng, 40).encode()
        )
    )
    b.form([("__NStokensig", blob), ("sig", new_hex(c.rng, 32))])
    b.ok_json({"result": 1})
    return b.build()


def feed(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/rest/n/feed/hot?count=10")
    b.decoy("feed with photo ids and counts")
    b.form([("pcursor", str(c.rng.randint(0, 99))), ("llsid", str(c.rng.randint(10**17, 10**18)))])
    items = [{"photo_id": _photo(c), "like_count": c.rng.randint(0, 10**6)} for _ in range(5)]
    b.ok_json({"feeds": items, "llsid": rid(c.rng)})
    return b.build()


def cover(c: Context) -> Flow:
    b = _b(c, "GET", f"https://cdn.vibo-short.com.br/upic/{new_hex(c.rng, 24)}.webp")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()


def music_search(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/rest/n/music/search?keyword=sertanejo&page={c.rng.randint(1, 5)}")
    b.decoy("search results")
    b.ok_json({"musics": [{"id": new_hex(c.rng, 12), "name": "Sertanejo mix"}]})
    return b.build()
