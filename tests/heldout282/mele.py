"""Ka Leo Mele: a hula and mele (song) music app on the father's Pixel 8.

First-party listening log keys are ʻōlelo Hawaiʻi without diacritics, as an
older backend writes them (`hoolohe` = listen, `mele_id`, `inoa_mele`,
`kekona_i_hoolohe`). Segment gets the batch API (`batch[]` with `anonymousId`,
`context.device.id` = ANDROID_ID and `advertisingId`, spec'd "Audio Content
Playing" events with `asset_id`, `title`, `position`; Basic auth of the write
key). AppsFlyer gets the launch event (`uid`, `advertiserId`). A newer player
build batches listens as protobuf (no names). Hula-competition scores, lyrics,
top charts, a self-declared gender in the profile, audio chunks and cover art
are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, iso, ms, rf, rid, ua

API = "https://api.kaleomele.example"
UA = ua("KaLeoMele", "2.8.1")
SEGMENT_AUTH = "Basic " + b64("q9W2mXkA0rLh7TzUo4Vb3sYe5NcP8dFg:")
MELE = [
    ("m0112", "Kaulana Nā Pua", "Ellen Keho'ohiwaokalani Prendergast", 212),
    ("m0140", "Hiʻilawe", "Gabby Pahinui", 245),
    ("m0171", "Ke Aloha o ka Haku", "Liliʻuokalani", 198),
    ("m0188", "Waikaloa", "Kuana Torres Kahele", 231),
    ("m0205", "E Ala E", "Israel Kamakawiwoʻole", 264),
    ("m0233", "Hilo March", "Joseph Aea", 176),
    ("m0260", "Kuʻu Home o Kahaluʻu", "Olomana", 252),
]
HALAU = [
    "Hālau Mōhala ʻIlima",
    "Hālau Nā Kamalei o Lililehua",
    "Ka Lā ʻŌnohi Mai o Haʻehaʻe",
    "Hālau Ke ʻOlu Makani o Maunaloa",
]


def _b(c: Context, method: str, url: str, device: bool = False) -> FB:
    b = FB(c, "kaleomele", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 48))
    if device:
        b.header("x-mea-hana", b.id("aid_mele", where="header x-mea-hana"))
    return b


def _song(c: Context) -> tuple[str, str, str, int]:
    return c.rng.choice(MELE)


def _context(b: FB) -> dict[str, object]:
    return {
        "app": {"name": "Ka Leo Mele", "version": "2.8.1", "namespace": "org.kaleomele"},
        "device": {
            "id": b.id("aid_mele", where="json batch[].context.device.id"),
            "advertisingId": b.id("gaid_papa", where="json batch[].context.device.advertisingId"),
            "adTrackingEnabled": True,
            "manufacturer": "Google",
            "model": "Pixel 8",
        },
        "library": {"name": "analytics-kotlin", "version": "1.16.3"},
        "locale": "haw-US",
        "timezone": "Pacific/Honolulu",
        "os": {"name": "Android", "version": "14"},
    }


def segment_play(c: Context) -> Flow:
    mid, title, artist, dur = _song(c)
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", "analytics-kotlin/1.16.3")
    b.header("authorization", SEGMENT_AUTH)
    b.view("json batch[].event=Audio Content Playing, properties.title/position")
    event = c.rng.choice(["Audio Content Playing", "Audio Content Completed"])
    b.json(
        {
            "batch": [
                {
                    "type": "track",
                    "event": event,
                    "anonymousId": b.id("mele_anon_id", where="json batch[].anonymousId"),
                    "userId": b.acct("mele_user"),
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                    "properties": {
                        "asset_id": mid,
                        "title": title,
                        "publisher": artist,
                        "position": c.rng.randint(5, dur),
                        "total_length": dur,
                        "livestream": False,
                    },
                    "context": _context(b),
                }
            ],
            "sentAt": iso(c),
            "writeKey": "q9W2mXkA0rLh7TzUo4Vb3sYe5NcP8dFg",
        },
        "gzip",
    )
    b.ok_json({"success": True})
    return b.build()


def segment_screen(c: Context) -> Flow:
    b = FB(c, "segment", "POST", "https://api.segment.io/v1/batch")
    b.header("user-agent", "analytics-kotlin/1.16.3")
    b.header("authorization", SEGMENT_AUTH)
    b.json(
        {
            "batch": [
                {
                    "type": "screen",
                    "name": c.rng.choice(["Hale", "Huli", "Hula Mele", "Kaʻu Waihona"]),
                    "anonymousId": b.id("mele_anon_id", where="json batch[].anonymousId"),
                    "messageId": rid(c.rng),
                    "timestamp": iso(c),
                    "context": _context(b),
                }
            ],
            "sentAt": iso(c),
        }
    )
    b.ok_json({"success": True})
    return b.build()


def appsflyer_launch(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://launches.appsflyersdk.com/api/v6.14/androidevent?app_id=org.kaleomele"
        "&buildnumber=6.14.2",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "uid": b.id("mele_af_uid", where="json uid"),
            "advertiserId": b.id("gaid_papa", where="json advertiserId"),
            "advertiserIdEnabled": "true",
            "appsflyerKey": "tQ9vX2ka8LmR3pW5nZ7eYc",
            "af_timestamp": str(ms(c)),
            "app_version_name": "2.8.1",
            "model": "Pixel 8",
            "brand": "google",
            "lang_code": "haw",
            "country": "US",
            "counter": str(c.rng.randint(2, 60)),
            "isFirstCall": "false",
            "platformextension": "android_native",
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def appsflyer_event(c: Context) -> Flow:
    b = FB(
        c,
        "appsflyer",
        "POST",
        "https://inapps.appsflyersdk.com/api/v6.14/androidevent?app_id=org.kaleomele"
        "&buildnumber=6.14.2",
    )
    b.header("user-agent", UA)
    b.json(
        {
            "uid": b.id("mele_af_uid", where="json uid"),
            "advertiserId": b.id("gaid_papa", where="json advertiserId"),
            "eventName": "af_subscribe",
            "eventValue": '{"af_revenue":"4.99","af_currency":"USD","plan":"ohana"}',
            "af_timestamp": str(ms(c)),
        }
    )
    b.ok_json({"status": "ok"})
    return b.build()


def hoolohe(c: Context) -> Flow:
    mid, title, _, dur = _song(c)
    b = _b(c, "POST", f"{API}/api/v1/hoolohe", device=True)
    b.view("json mele_id/inoa_mele/kekona_i_hoolohe (listen log)")
    b.json(
        {
            "mele_id": mid,
            "inoa_mele": title,
            "kekona_i_hoolohe": c.rng.randint(30, dur),
            "loihi": dur,
            "manawa_hoomaka": iso(c),
            "kumu": c.rng.choice(["papa_mele", "huli", "hula_mele"]),
        }
    )
    b.no_content()
    return b.build()


def mele_hou(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/mea-hoolohe/mele-hou-loa?palena=20")
    b.view("response json mele_hou_loa[] (recently played)", direction="response")
    b.ok_json(
        {
            "mele_hou_loa": [
                {"mele_id": m, "inoa_mele": t, "hoolohe_ia": iso(c), "kekona": c.rng.randint(30, d)}
                for m, t, _, d in c.rng.sample(MELE, 4)
            ]
        }
    )
    return b.build()


def opaque_listens(c: Context) -> Flow:
    """The newer player's batch: protobuf rows of (song number, seconds, ts)."""
    b = _b(c, "POST", f"{API}/api/v2/b")
    b.view("protobuf rows of song number + seconds", detectable=False)
    rows = [
        pb_msg(
            1,
            [
                pb_varint(1, int(c.rng.choice(MELE)[0][1:])),
                pb_varint(2, c.rng.randint(20, 260)),
                pb_varint(3, ms(c)),
            ],
        )
        for _ in range(c.rng.randint(2, 5))
    ]
    b.set_body(b"".join(rows) + pb_bytes(9, "2.8.1"), "application/octet-stream")
    b.respond(200, "application/octet-stream", pb_varint(1, 1))
    return b.build()


def hula_scores(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/hoike-hula/helu?makahiki=2024&mahele=kahiko")
    b.decoy("hula competition scores (helu) per hālau")
    b.ok_json(
        {
            "helu": [
                {
                    "hālau": h,
                    "kumu_hula": "Kumu " + h.split()[-1],
                    "helu_kahiko": rf(c.rng, 520, 580, 1),
                    "helu_ʻauana": rf(c.rng, 510, 575, 1),
                    "kūlana": i + 1,
                }
                for i, h in enumerate(HALAU)
            ],
            "manawa": iso(c),
        }
    )
    return b.build()


def lyrics(c: Context) -> Flow:
    mid, title, artist, _ = _song(c)
    b = _b(c, "GET", f"{API}/api/v1/mele/{mid}/mele-huaolelo")
    b.decoy("song lyrics with timings (content fetch)")
    b.ok_json(
        {
            "inoa_mele": title,
            "haku_mele": artist,
            "lalani": [
                {"t": i * 7.5, "huaʻōlelo": ln}
                for i, ln in enumerate(["Kaulana nā pua a'o Hawai'i", "Kūpa'a ma hope o ka 'āina"])
            ],
        }
    )
    return b.build()


def papa_mele(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/v1/papa-mele/kaulana?pule=1")
    b.decoy("top chart with play counts (aggregate)")
    b.ok_json(
        {
            "papa": [
                {"mele_id": m, "inoa_mele": t, "helu_hoolohe": c.rng.randint(500, 90000)}
                for m, t, _, _ in MELE
            ]
        }
    )
    return b.build()


def profile(c: Context) -> Flow:
    b = _b(c, "PATCH", f"{API}/api/v1/mea-hoolohe/moolelo-pilikino")
    b.decoy("self-declared gender (keka) and home island in the profile")
    b.json(
        {
            "inoa": "Kawika",
            "keka": c.rng.choice(["kāne", "wahine", "māhū", "ʻaʻole haʻi"]),
            "mokupuni": "Oʻahu",
            "makahiki_hanau": 1986,
        }
    )
    b.ok_json({"mālama ʻia": True})
    return b.build()


def audio_chunk(c: Context) -> Flow:
    mid = c.rng.choice(MELE)[0]
    b = FB(
        c,
        "kaleomele",
        "GET",
        f"https://cdn.kaleomele.example/a/{mid}/aac_256/{c.rng.randint(0, 30)}.m4s",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "audio/mp4", bytes(c.rng.getrandbits(8) for _ in range(300)))
    return b.build()


def cover_art(c: Context) -> Flow:
    mid = c.rng.choice(MELE)[0]
    b = FB(c, "kaleomele", "GET", f"https://cdn.kaleomele.example/kii/{mid}/300x300.jpg")
    b.header("user-agent", UA)
    b.decoy("cover-art thumbnail")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 300))
    return b.build()
