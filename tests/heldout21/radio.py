"""Radio app ("Denpa Radio", radiko-like): area authentication, live and
time-free streams, and its own listening log.

Sources: radiko's public player protocol as open-source clients implement it
(e.g. github.com/midry3125/cliRadio radiko/auth.go): `GET /v2/api/auth1` with
`X-Radiko-App`, `X-Radiko-App-Version`, `X-Radiko-Device`, `X-Radiko-User`,
then `auth2` with `X-Radiko-AuthToken` and `X-Radiko-PartialKey`; time-free
playlists `ts/playlist.m3u8?station_id&l=15&ft&to`. This app runs the same
protocol on its own hosts; the listening log is our own invention.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64

from .phone import FB, iso, ms, rid, ua

API = "https://api.denpa-radio.jp"
LOG = "https://log.denpa-radio.jp"
UA = ua("DenpaRadio", "8.1.3")
STATIONS = ["TBS", "QRR", "LFR", "INT", "FMT", "FMJ", "JORF"]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "denparadio", method, url)
    b.header("user-agent", UA)
    return b


def auth1(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v2/api/auth1")
    b.header("x-radiko-app", "aSmartPhone8")
    b.header("x-radiko-app-version", "8.1.3")
    b.header("x-radiko-device", "android.XQ-DQ44")
    b.header("x-radiko-user", b.id("radio_app_uid", where="header x-radiko-user", detectable=False))
    tok = b64(rid(c.rng) + rid(c.rng))[:43]
    b.respond(
        200,
        "text/plain",
        b"",
        headers=[
            ("x-radiko-authtoken", tok),
            ("x-radiko-keyoffset", "10"),
            ("x-radiko-keylength", "16"),
        ],
    )
    return b.build()


def auth2(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v2/api/auth2")
    b.header("x-radiko-authtoken", b64(rid(c.rng) + rid(c.rng))[:43])
    b.header("x-radiko-partialkey", b64(rid(c.rng)[:16]))
    b.header("x-radiko-device", "android.XQ-DQ44")
    b.header("x-radiko-user", b.id("radio_app_uid", where="header x-radiko-user", detectable=False))
    b.header(
        "x-radiko-location",
        f"35.{c.rng.randint(600000, 699999)},139.{c.rng.randint(600000, 799999)},gps",
    )
    b.header("x-radiko-connection", "wifi")
    b.respond(200, "text/plain", b"JP13,\xe6\x9d\xb1\xe4\xba\xac\xe9\x83\xbd,tokyo Japan")
    return b.build()


def timefree_playlist(c: Context) -> Flow:
    st = c.rng.choice(STATIONS)
    b = _b(c, "GET", API + "/v2/api/ts/playlist.m3u8")
    b.params = [("station_id", st), ("l", "15"), ("ft", "20241104220000"), ("to", "20241104230000")]
    b.decoy("stream playlist fetch (not a listening report)")
    b.respond(200, "application/x-mpegURL", b"#EXTM3U\n#EXT-X-VERSION:3\nchunklist.m3u8\n")
    return b.build()


def program_now(c: Context) -> Flow:
    b = _b(c, "GET", API + "/v3/program/now/JP13.xml")
    b.decoy("programme guide")
    xml = (
        "<radiko><stations>"
        + "".join(f'<station id="{s}"/>' for s in STATIONS)
        + "</stations></radiko>"
    )
    b.respond(200, "application/xml", xml.encode())
    return b.build()


def listen_log(c: Context) -> Flow:
    b = _b(c, "POST", LOG + "/v1/listen")
    st = c.rng.choice(STATIONS)
    body = {
        "station_id": st,
        "mode": c.rng.choice(["live", "timefree"]),
        "prog_title": c.rng.choice(
            ["オールナイトニッポン", "JUNK", "深夜の馬鹿力", "Tokyo Hot 100"]
        ),
        "ft": "20241104250000",
        "listen_start": iso(c),
        "listen_sec": c.rng.randint(60, 7200),
        "area_id": "JP13",
    }
    b.view("body: station_id + prog_title + listen_sec (listening log)")
    b.json(body)
    b.no_content()
    return b.build()


def share_log(c: Context) -> Flow:
    b = _b(c, "POST", LOG + "/v1/s")
    blob = bytes(c.rng.getrandbits(8) for _ in range(180))
    b.view("body.x: encoded listening beacon", detectable=False)
    b.form([("x", b64(blob)), ("t", str(ms(c)))])
    b.no_content()
    return b.build()
