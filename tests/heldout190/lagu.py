"""IramaKu: a music app on the Huawei phone (Malay pop, Mandopop, Cantopop, Tamil film songs).

Plays are scrobbled in the team's Malay (`dengar`, `lagu_id`, `tempoh_dengar_ms`,
`habis_dengar`); the recently-played shelf comes back in responses. Offline
plays are flushed as protobuf with numbered fields only (opaque). HMS Analytics
(Huawei's SDK) carries the OAID and its AAID. Charts ("Carta Top 40"), lyrics,
the lyric-timestamp list and cover art are content, not listening history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua_huawei

API = "https://api.iramaku.example"
UA = ua_huawei("IramaKu", "4.18.2")
SONGS = [
    ("L10023", "Siti Nurhaliza", "Cindai"),
    ("L20411", "Jay Chou", "Qing Hua Ci"),
    ("L30777", "Eason Chan", "Fu Si Saan Haa"),
    ("L40102", "Anirudh Ravichander", "Arabic Kuthu"),
    ("L10988", "Dato' Sri Siti", "Bukan Cinta Biasa"),
]


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "iramaku", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + rid(c.rng).replace("-", ""))
    return b


def scrobble(c: Context) -> Flow:
    sid, artist, title = c.rng.choice(SONGS)
    b = _b(c, "POST", f"{API}/v3/dengar/rekod")
    b.view("json dengar{lagu_id, tempoh_dengar_ms, habis_dengar}")
    b.json(
        {
            "dengar": {
                "lagu_id": sid,
                "artis": artist,
                "tajuk": title,
                "tempoh_dengar_ms": c.rng.randint(20000, 280000),
                "habis_dengar": c.rng.random() < 0.6,
                "mula_pada": iso(c),
                "sumber": c.rng.choice(["senarai_main", "carian", "radio"]),
            }
        }
    )
    b.ok_json({"ok": 1})
    return b.build()


def recently_played(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/saya/baru-didengar?limit=30")
    b.view("response json baru_didengar[] {lagu_id, didengar_pada}", direction="response")
    b.ok_json(
        {
            "baru_didengar": [
                {"lagu_id": s[0], "tajuk": s[2], "didengar_pada": iso(c)} for s in SONGS
            ]
        }
    )
    return b.build()


def offline_flush_pb(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/x/f")
    b.view("protobuf repeated field 1 {1: song, 2: ms, 3: ts}", detectable=False)
    body = b"".join(
        pb_msg(
            1, [pb_bytes(1, s[0]), pb_varint(2, c.rng.randint(20000, 280000)), pb_varint(3, ms(c))]
        )
        for s in c.rng.sample(SONGS, 3)
    )
    b.set_body(body, "application/x-protobuf")
    b.no_content()
    return b.build()


def hms_analytics(c: Context) -> Flow:
    """HiAnalytics event upload: the OAID, the SDK's AAID, an app-open event."""
    b = FB(c, "hianalytics", "POST", "https://metrics-dra.dt.hicloud.com:6447/webv4")
    b.header("user-agent", UA)
    b.header("x-hasdk-clientid", b.id("hms_aaid", where="header x-hasdk-clientid"))
    b.json(
        {
            "header": {"appid": "104711233", "serviceTag": "HiAnalytics", "model": "ALN-AL80"},
            "event": {
                "oaid": b.id("oaid", where="json event.oaid"),
                "oaid_tracking_flag": "0",
                "events": [{"event": "$AppOnStart", "eventtime": str(ms(c))}],
            },
        }
    )
    b.ok_json({"resultCode": "200"})
    return b.build()


def chart(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/carta/top40?negara=MY")
    b.decoy("Carta Top 40: play counts over all listeners (aggregate)")
    b.ok_json(
        {
            "carta": [
                {"kedudukan": i + 1, "lagu_id": s[0], "jumlah_main": c.rng.randint(10**5, 10**7)}
                for i, s in enumerate(SONGS)
            ]
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "GET", f"{API}/v3/lirik/{sid}")
    b.decoy("synced lyrics with per-line timestamps (content, not a play position)")
    b.ok_json({"baris": [{"masa_ms": i * 4200, "teks": "..."} for i in range(10)]})
    return b.build()


def cover(c: Context) -> Flow:
    b = _b(c, "GET", f"https://img.iramaku.example/cover/{c.rng.choice(SONGS)[0]}/300.jpg")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def play_url(c: Context) -> Flow:
    sid = c.rng.choice(SONGS)[0]
    b = _b(c, "GET", f"{API}/v3/strim/{sid}?kualiti=320")
    b.decoy("stream URL fetch with duration (fetching a song, not a listening report)")
    b.ok_json(
        {
            "url": f"https://aud.iramaku.example/{sid}.m4a",
            "tempoh_s": c.rng.randint(180, 300),
            "gain": rf(c.rng, -3, 3),
        }
    )
    return b.build()


def device_profile(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/peranti")
    b.form(
        [
            ("aid", b.id("aid_lagu", where="form aid")),
            ("oaid", b.id("oaid", where="form oaid")),
            ("jenama", "HUAWEI"),
        ]
    )
    b.ok_json({"ok": 1})
    return b.build()
