"""Kuas TV: a football streaming app (Ethiopian Premier League, EPL with Amharic
commentary). Its player SDK heartbeats are English camelCase (`matchId`,
`positionSec`, `event: heartbeat|play|pause`), a highlights history list comes
back in Amharic (`yetayu_highlights`), and a lightweight analytics pixel sends
`a`/`b`/`c` query letters (match, position, event) with an MD5 of the ANDROID_ID
in `x-k`. Live scores, standings, stream manifests and ad calls are not
viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow

from .phone import FB, iso, ms, rid, ua

API = "https://api.kuastv.example"
UA = ua("KuasTV", "5.3.0")
CLUBS = ["ቅዱስ ጊዮርጊስ", "ፋሲል ከነማ", "ኢትዮጵያ ቡና", "መቻል", "Arsenal", "Man United", "Liverpool"]


def _b(c: Context, method: str, url: str, readable_id: bool = True) -> FB:
    b = FB(c, "kuastv", method, url)
    b.header("user-agent", UA)
    if readable_id:
        b.header("x-device-id", b.id("aid_kuas", where="header x-device-id"))
    return b


def _match(c: Context) -> str:
    return f"mt_{c.rng.randint(1000, 9999)}"


def heartbeat(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/player/v1/heartbeat")
    b.view("json matchId + positionSec + event (player heartbeat)")
    home, away = c.rng.sample(CLUBS, 2)
    b.json(
        {
            "matchId": _match(c),
            "title": f"{home} vs {away}",
            "event": c.rng.choice(["heartbeat", "heartbeat", "play", "pause", "seek"]),
            "positionSec": c.rng.randint(0, 6000),
            "isLive": c.rng.random() < 0.7,
            "bitrateKbps": c.rng.choice([400, 800, 1500]),
            "sessionId": rid(c.rng),
            "ts": ms(c),
        }
    )
    b.ok_json({"next": 30})
    return b.build()


def highlights_history(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/me/yetayu-highlights")
    b.view("response yetayu_highlights[] (watched highlights with time)", direction="response")
    b.ok_json(
        {
            "yetayu_highlights": [
                {
                    "clip": f"hl_{c.rng.randint(100, 999)}",
                    "yetaye_sec": c.rng.randint(10, 400),
                    "qen": iso(c),
                }
                for _ in range(c.rng.randint(2, 6))
            ]
        }
    )
    return b.build()


def pixel(c: Context) -> Flow:
    b = _b(c, "GET", "https://px.kuastv.example/p.gif", readable_id=False)
    b.view("query a/b/c (match, position, event letter)", detectable=False)
    b.header("x-k", b.id("aid_kuas", "md5", "header x-k (md5 of ANDROID_ID)", detectable=False))
    b.param("a", _match(c))
    b.param("b", str(c.rng.randint(0, 6000)))
    b.param("c", c.rng.choice(["h", "p", "s"]))
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    return b.build()


def live_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/scores/live")
    b.decoy("live scores with match minute (not the viewer's position)")
    b.ok_json(
        {
            "matches": [
                {
                    "matchId": _match(c),
                    "home": h,
                    "away": a,
                    "score": [c.rng.randint(0, 3), c.rng.randint(0, 3)],
                    "minute": c.rng.randint(1, 90),
                    "viewers": c.rng.randint(100, 80000),
                }
                for h, a in [c.rng.sample(CLUBS, 2) for _ in range(3)]
            ]
        }
    )
    return b.build()


def standings(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/league/etpl/standings")
    b.ok_json(
        {"table": [{"club": club, "p": 20, "pts": c.rng.randint(10, 45)} for club in CLUBS[:4]]}
    )
    return b.build()


def manifest(c: Context) -> Flow:
    b = FB(c, "kuastv", "GET", f"https://live.kuastv.example/{_match(c)}/master.m3u8")
    b.header("user-agent", "ExoPlayerLib/2.18.7")
    b.respond(
        200,
        "application/vnd.apple.mpegurl",
        b"#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\n480p.m3u8\n",
    )
    return b.build()


def ad_request(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/ads/v1/preroll?slot=pre&w=1080&h=2400&lang=am")
    b.decoy("ad slot request with screen size and a request id")
    b.ok_json({"ad": {"id": rid(c.rng), "vast": "https://ads.kuastv.example/vast/1.xml"}})
    return b.build()
