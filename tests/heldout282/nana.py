"""Nānā ʻŌiwi: a Hawaiian-language TV / streaming app (ʻŌiwi TV-style), on the
father's Pixel 8 in Honolulu and on the Google TV stick in the Hilo living room.

Keys are ʻōlelo Hawaiʻi, with ʻokina and kahakō as the backend writes them
(`papahana` = programme, `māhele` = episode, `kekona` = seconds, `wahi_hoʻomau`
= resume point, `moʻolelo_nānā` = watch history, `hāmeʻa` = device), mixed with
English. Braze gets the SDK's data batch (`api_key`, `device_id`, `device`
with `google_ad_id`, custom events `ce` with `n`/`p`). The phone also runs
Firebase (Installations, and Analytics batches to app-measurement.com as
protobuf: field 19 resettable device id, 21 app instance id). Catalogue,
search (`huli`), thumbnails, HLS segments and the "most watched" counts are
content fetches, not viewing history.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import fake_jpeg, pb_bytes, pb_msg, pb_varint

from .phone import FB, TV_UA, iso, ms, rid, ua

API = "https://api.nanaoiwi.example"
IMG = "https://img.nanaoiwi.example"
UA = ua("NanaOiwi", "3.4.0")
BRAZE = "https://sdk.iad-05.braze.com/api/v3/data/"
BRAZE_KEY = "7f3c2b1e-90d4-4e2a-9a61-5c0e8d2f4b77"
PAPAHANA = [
    ("p201", "Ka Leo Hawaiʻi", 1680),
    ("p214", "Nā Moʻolelo o Hilo", 2520),
    ("p220", "Hoʻokani Pila", 1500),
    ("p233", "ʻĀina Aloha", 2700),
    ("p240", "Keiki Kaiapuni", 900),
    ("p251", "Ke Ala o ka Waʻa", 3000),
    ("p262", "Mele o ka Pō", 1800),
]
KAHAWAI = ["ʻŌiwi Live", "Nā Mele", "Hula 24/7", "Keiki Kanaka"]


def _who(c: Context, tv: bool | None) -> bool:
    return c.rng.random() < 0.4 if tv is None else tv


def _b(c: Context, method: str, url: str, tv: bool, device: bool = True) -> FB:
    b = FB(c, "nanaoiwi", method, url)
    b.header("user-agent", TV_UA if tv else UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "haw-US,haw;q=0.9,en-US;q=0.7")
    if device:
        attr = "aid_tv" if tv else "aid_nana"
        b.header("x-hamea-id", b.id(attr, where="header x-hamea-id"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    pid, title, dur = c.rng.choice(PAPAHANA)
    return pid, title, c.rng.randint(1, 40), dur


def register(c: Context, tv: bool | None = None) -> Flow:
    tv = _who(c, tv)
    b = _b(c, "POST", f"{API}/v2/hamea/kakau-inoa", tv, False)
    body: dict[str, object] = {
        "hāmeʻa": {
            "android_id": b.id("aid_tv" if tv else "aid_nana", where="json hāmeʻa.android_id"),
            "ad_id": b.id("gaid_tv" if tv else "gaid_papa", where="json hāmeʻa.ad_id"),
            "ʻano": "tv" if tv else "kelepona",
        },
        "ʻōlelo": "haw",
        "kūlanakauhale": "Hilo" if tv else "Honolulu",
    }
    if tv:
        body["hāmeʻa"]["mac"] = b.id("tv_mac", where="json hāmeʻa.mac")  # type: ignore[index]
        body["hāmeʻa"]["serial"] = b.id("tv_serial", where="json hāmeʻa.serial")  # type: ignore[index]
    else:
        body["firebase_fid"] = b.id("nana_fid", where="json firebase_fid")
    b.json(body)
    b.ok_json({"ua_kākau ʻia": True, "mea_hoʻohana": b.acct("nana_user"), "max_hāmeʻa": 5})
    return b.build()


def firebase_installation(c: Context) -> Flow:
    b = FB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/nana-oiwi/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", "org.nanaoiwi.app")
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.json(
        {
            "fid": b.id("nana_fid", where="json fid"),
            "appId": "1:803114562270:android:4be1c9f07a2d55e3",
            "authVersion": "FIS_v2",
            "sdkVersion": "a:18.0.0",
        }
    )
    b.ok_json(
        {
            "name": "projects/803114562270/installations/" + c.phone.nana_fid,
            "fid": c.phone.nana_fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    b.other_id("nana_fid", "response json fid / name", direction="response")
    return b.build()


def resume_point(c: Context, tv: bool | None = None) -> Flow:
    tv = _who(c, tv)
    pid, title, ep, dur = _ep(c)
    b = _b(c, "PUT", f"{API}/v2/wahi-hoomau/{pid}", tv)
    b.view("json papahana/māhele/kekona (resume point)")
    b.json(
        {
            "papahana": pid,
            "poʻo_inoa": title,
            "māhele": ep,
            "kekona": c.rng.randint(20, dur - 10),
            "lōʻihi": dur,
            "pau": False,
            "manawa": iso(c),
        }
    )
    b.no_content()
    return b.build()


def hoomau_list(c: Context, tv: bool | None = None) -> Flow:
    """The "continue watching" rail: the person's own resume points (response)."""
    tv = _who(c, tv)
    b = _b(c, "GET", f"{API}/v2/mea-hoohana/hoomau?palena=12", tv)
    b.view("response json hoʻomau[] (resume points)", direction="response")
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        pid, title, ep, dur = _ep(c)
        rows.append(
            {
                "papahana": pid,
                "poʻo_inoa": title,
                "māhele": ep,
                "wahi_hoʻomau": c.rng.randint(60, dur - 60),
                "lōʻihi": dur,
                "nānā_ʻia": iso(c),
            }
        )
    b.ok_json({"hoʻomau": rows})
    return b.build()


def moolelo_nana(c: Context, tv: bool | None = None) -> Flow:
    tv = _who(c, tv)
    b = _b(c, "GET", f"{API}/v2/mea-hoohana/moolelo-nana?aoao=1", tv)
    b.view("response json moʻolelo_nānā[] (watch history)", direction="response")
    items = []
    for _ in range(8):
        pid, title, ep, _dur = _ep(c)
        items.append(
            {"papahana": pid, "poʻo_inoa": title, "māhele": ep, "lā": iso(c)[:10], "pau": True}
        )
    b.ok_json({"moʻolelo_nānā": items, "ʻaoʻao": 1})
    return b.build()


def live_heartbeat(c: Context) -> Flow:
    """The TV stick's live-channel heartbeat, ids in the query string."""
    b = FB(c, "nanaoiwi", "GET", f"{API}/v1/ola")
    b.header("user-agent", TV_UA)
    b.param("mac", b.id("tv_mac", "nosep", "query mac"))
    b.param("kahawai", c.rng.choice(KAHAWAI))
    b.param("kekona", str(c.rng.choice([30, 60, 60, 120])))
    b.param("hoomaka", str(ms(c)))
    b.view("query kahawai + kekona (live channel watch time)")
    b.ok_json({"ok": True, "next": 60})
    return b.build()


def braze_event(c: Context, tv: bool | None = None) -> Flow:
    tv = _who(c, tv)
    _pid, title, ep, dur = _ep(c)
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", TV_UA if tv else UA)
    b.header("x-braze-api-key", BRAZE_KEY)
    b.header("x-braze-datarequest", "true")
    b.view("json events[].data.n=nānā_māhele_pau, p.papahana/kekona")
    name = c.rng.choice(["nana_mahele_pau", "nana_hoomaka", "nana_mahele_pau"])
    b.json(
        {
            "api_key": BRAZE_KEY,
            "app_version": "3.4.0",
            "device_id": b.id("tv_braze_id" if tv else "nana_braze_id", where="json device_id"),
            "sdk_version": "30.3.0",
            "time": int(c.now),
            "device": {
                "android_version": "12" if tv else "34",
                "model": "Chromecast" if tv else "Pixel 8",
                "locale": "haw_US",
                "time_zone": "Pacific/Honolulu",
                "ad_tracking_enabled": True,
                "google_ad_id": b.id(
                    "gaid_tv" if tv else "gaid_papa", where="json device.google_ad_id"
                ),
            },
            "events": [
                {
                    "name": "ce",
                    "data": {
                        "n": name,
                        "p": {
                            "papahana": title,
                            "māhele": ep,
                            "kekona_nānā": c.rng.randint(60, dur),
                            "pākēneka": c.rng.choice([25, 50, 90, 100]),
                        },
                    },
                    "time": round(c.now, 3),
                    "session_id": rid(c.rng),
                    "user_id": b.acct("nana_user"),
                }
            ],
            "respond_with": {"config": {"config_time": int(c.now) - 3600}, "triggers": True},
        }
    )
    b.ok_json({"config": {"time": int(c.now)}, "triggers": []})
    return b.build()


def braze_session(c: Context, tv: bool | None = None) -> Flow:
    tv = _who(c, tv)
    b = FB(c, "braze", "POST", BRAZE)
    b.header("user-agent", TV_UA if tv else UA)
    b.header("x-braze-api-key", BRAZE_KEY)
    b.json(
        {
            "api_key": BRAZE_KEY,
            "device_id": b.id("tv_braze_id" if tv else "nana_braze_id", where="json device_id"),
            "sdk_version": "30.3.0",
            "time": int(c.now),
            "events": [
                {"name": "ss", "data": {}, "time": round(c.now, 3), "session_id": rid(c.rng)}
            ],
            "attributes": [{"user_id": b.acct("nana_user"), "language": "haw"}],
        }
    )
    b.ok_json({"config": {"time": int(c.now)}})
    return b.build()


def firebase_measurement(c: Context) -> Flow:
    """Firebase Analytics batch (protobuf) with a video_progress event."""
    _, title, ep, dur = _ep(c)
    b = FB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", UA)
    b.view("protobuf event video_progress with video_title / video_current_time")
    pct = c.rng.choice([10, 25, 50, 75, 90])

    def param(name: str, s: str | None = None, n: int | None = None) -> bytes:
        parts = [pb_bytes(1, name)]
        parts.append(pb_bytes(2, s) if s is not None else pb_varint(3, n or 0))
        return pb_msg(1, parts)

    event = pb_msg(
        2,
        [
            param("video_title", s=f"{title} – Māhele {ep}"),
            param("video_percent", n=pct),
            param("video_current_time", n=dur * pct // 100),
            param("video_duration", n=dur),
            pb_bytes(2, "video_progress"),
            pb_varint(3, ms(c)),
        ],
    )
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            event,
            pb_varint(4, ms(c)),
            pb_bytes(8, "android"),
            pb_bytes(9, "14"),
            pb_bytes(10, "Pixel 8"),
            pb_bytes(11, "haw-us"),
            pb_bytes(14, "1:803114562270:android:4be1c9f07a2d55e3"),
            pb_bytes(16, "org.nanaoiwi.app"),
            pb_bytes(19, b.id("gaid_papa", "protobuf", "protobuf field 19", detectable=False)),
            pb_varint(20, 0),
            pb_bytes(
                21, b.id("nana_app_instance", "protobuf", "protobuf field 21", detectable=False)
            ),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded")
    b.respond(204, None)
    return b.build()


def opaque_beacon(c: Context, tv: bool | None = None) -> Flow:
    """The player's compact beacon: [programme, episode, second, ts] rows under 'k'."""
    tv = _who(c, tv)
    b = _b(c, "POST", f"{API}/k/2", tv, device=False)
    b.view("gzip json k[] rows", detectable=False)
    rows = [
        [int(c.rng.choice(PAPAHANA)[0][1:]), c.rng.randint(1, 40), c.rng.randint(10, 3000), ms(c)]
        for _ in range(c.rng.randint(1, 4))
    ]
    b.json({"k": rows, "v": 2}, "gzip")
    b.no_content()
    return b.build()


def tv_ping_opaque(c: Context) -> Flow:
    """The stick's keep-alive: `h` is the MD5 of its MAC without colons."""
    b = FB(c, "nanaoiwi", "GET", f"{API}/v1/p")
    b.header("user-agent", TV_UA)
    b.param("h", b.id("tv_mac", "md5_of_nosep", "query h", detectable=False))
    b.param("t", str(ms(c)))
    b.ok_json({"s": 1})
    return b.build()


def catalogue(c: Context) -> Flow:
    tv = c.rng.random() < 0.4
    b = _b(c, "GET", f"{API}/v2/papa-kuhikuhi?ano=moolelo&aoao=1", tv, device=False)
    b.decoy("catalogue with episode counts and durations (content fetch)")
    b.ok_json(
        {
            "papahana": [
                {
                    "id": pid,
                    "poʻo_inoa": title,
                    "nā_māhele": 40,
                    "lōʻihi": dur,
                    "kiʻi": f"{IMG}/p/{pid}/w480.jpg",
                }
                for pid, title, dur in PAPAHANA
            ]
        }
    )
    return b.build()


def huli(c: Context) -> Flow:
    q = c.rng.choice(["hula", "waa", "hilo", "mele", "moolelo"])
    b = _b(c, "GET", f"{API}/v2/huli?q={q}", False, device=False)
    b.decoy("search query and results (content fetch)")
    b.ok_json(
        {
            "hopena": [
                {"id": pid, "poʻo_inoa": title, "lōʻihi": dur} for pid, title, dur in PAPAHANA[:4]
            ]
        }
    )
    return b.build()


def kaulana(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v2/kaulana?manawa=7d", False, device=False)
    b.decoy("aggregate view counts per programme (not one person's viewing)")
    b.ok_json(
        {
            "kaulana": [
                {"id": pid, "poʻo_inoa": title, "helu_nānā": c.rng.randint(10**3, 10**5)}
                for pid, title, _ in PAPAHANA
            ]
        }
    )
    return b.build()


def thumbnail(c: Context) -> Flow:
    pid = c.rng.choice(PAPAHANA)[0]
    b = FB(c, "nanaoiwi", "GET", f"{IMG}/p/{pid}/e{c.rng.randint(1, 40):02d}/w480.jpg")
    b.header("user-agent", UA)
    b.decoy("episode thumbnail (content fetch)")
    b.respond(200, "image/jpeg", fake_jpeg(c.rng.randint(0, 10**9), 400))
    return b.build()


def hls_segment(c: Context) -> Flow:
    pid = c.rng.choice(PAPAHANA)[0]
    b = FB(
        c,
        "nanaoiwi",
        "GET",
        f"https://vod.nanaoiwi.example/{pid}/m{c.rng.randint(1, 40):02d}/720p/"
        f"seg_{c.rng.randint(1, 400):05d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(400)))
    return b.build()


def config(c: Context) -> Flow:
    b = FB(c, "nanaoiwi", "GET", f"{API}/v1/hoonohonoho?platform=android&v=3.4.0")
    b.header("user-agent", UA)
    b.decoy("remote config with feature flags and a build id")
    b.ok_json(
        {
            "build": new_hex(c.rng, 12),
            "hiʻohiʻona": {"hoʻomau_rail": True, "kahawai_ola": True, "keiki_mode": True},
            "ʻōlelo_paʻamau": "haw",
        }
    )
    return b.build()
