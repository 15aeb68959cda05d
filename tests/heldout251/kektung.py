"""劇通 KekTung: a Hong Kong Cantonese / Mandarin drama streamer (the manager's own app).

The backend is Hong Kong-built: paths and keys are Cantonese in Jyutping without
tones (`tai` 睇 watch, `zap` 集 episode, `pin_meng` 片名 title, `zeondou` 進度
progress, `waizi` 位置 position, `coengdou` 長度 length, `pandou` 頻道 channel,
`citbei_hou` 設備號 device number, `tai_gwo` 睇過 watched) and, in the newer
history sync, traditional Chinese (觀看記錄, 劇名, 集數, 播放進度). The player's
compact beacon and its QoE pixel carry the same facts as bare numbers under
one-letter keys.

Firebase: the app registers with Firebase Installations (`fid`, `appId`,
`authVersion` FIS_v2) and Firebase Analytics uploads gzipped protobuf batches to
app-measurement.com/a (app_instance_id and the advertising id in numbered
fields, only session / screen events). AppsFlyer: launches and in-app events to
launches. / inapps.appsflyer.com/api/v6.13/androidevent with `advertiserId` and
the SDK's `uid`; the custom `tai_zap_jyun` (睇集完, episode finished) event names
the episode in `af_content`.

Catalogue, search, the 熱播榜 ranking (everyone's view counts), the EPG and HLS
segments are content fetches, not her viewing history.
"""

from __future__ import annotations

import base64
import gzip

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64url, js, pb_bytes, pb_msg, pb_varint

from .phone import SB, dalvik, iso, ms, rid, ua

API = "https://api.kektung.example"
UA = ua("KekTung", "5.8.1")
PKG = "hk.kektung.app"
FB_APP = "1:830415527716:android:2c9d1e4be07fa351"
AF_KEY = "Qm7rJ2vXcKpW9aT4nB6yZe"
DRAMAS = [
    ("k1123", "歲月如歌", 2640),
    ("k1130", "廉政追兇", 2700),
    ("k1141", "澳門風雲再起", 2580),
    ("k1152", "大宅門後", 2820),
    ("k1167", "法網柔情", 2700),
    ("k1178", "星光下的約定", 2520),
]
PANDOU = ["劇集台", "新聞台", "綜藝台", "澳門綜合台", "普通話劇場"]


def _b(c: Context, method: str, url: str, device: bool = False) -> SB:
    b = SB(c, "kektung", method, url)
    b.header("user-agent", UA)
    b.header("authorization", "Bearer " + new_hex(c.rng, 40))
    b.header("accept-language", "zh-HK")
    if device:
        b.header("x-citbei-hou", b.id("aid_kektung", where="header x-citbei-hou"))
    return b


def _ep(c: Context) -> tuple[str, str, int, int]:
    kid, title, length = c.rng.choice(DRAMAS)
    return kid, title, c.rng.randint(1, 30), length


def firebase_installation(c: Context) -> Flow:
    b = SB(
        c,
        "firebase",
        "POST",
        "https://firebaseinstallations.googleapis.com/v1/projects/kektung-prod/installations",
    )
    b.header("user-agent", dalvik())
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", PKG)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    fid = b.id("kektung_fid", where="json fid")
    b.json({"fid": fid, "appId": FB_APP, "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})
    b.ok_json(
        {
            "name": f"projects/830415527716/installations/{fid}",
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 80), "expiresIn": "604800s"},
        }
    )
    return b.build()


def app_measurement(c: Context) -> Flow:
    """A Firebase Analytics batch: ids in numbered protobuf fields, no names on the wire."""
    b = SB(c, "firebase", "POST", "https://app-measurement.com/a")
    b.header("user-agent", dalvik())
    events = [
        pb_msg(2, [pb_bytes(2, name), pb_varint(3, ms(c) - c.rng.randint(0, 60000))])
        for name in ("_s", "_e", "_vs")
    ]
    bundle = pb_msg(
        1,
        [
            pb_varint(1, 1),
            *events,
            pb_varint(8, ms(c)),
            pb_bytes(11, "android"),
            pb_bytes(12, "14"),
            pb_bytes(13, "SM-S9110"),
            pb_bytes(14, "zh-hk"),
            pb_bytes(16, PKG),
            pb_bytes(17, "5.8.1"),
            pb_bytes(
                19, b.id("gaid", "protobuf", "protobuf field 19 (no key names)", detectable=False)
            ),
            pb_bytes(
                21,
                b.id(
                    "kektung_app_instance",
                    "protobuf",
                    "protobuf field 21 (no key names)",
                    detectable=False,
                ),
            ),
            pb_bytes(25, FB_APP),
        ],
    )
    b.set_body(bundle, "application/x-www-form-urlencoded", "gzip")
    b.respond(204, None)
    return b.build()


def _af_body(b: SB, c: Context) -> dict[str, object]:
    return {
        "af_timestamp": str(ms(c)),
        "advertiserId": b.id("gaid", where="json advertiserId"),
        "advertiserIdEnabled": "true",
        "uid": b.id("kektung_af_uid", where="json uid"),
        "appsflyerKey": AF_KEY,
        "app_version_name": "5.8.1",
        "app_version_code": "5081",
        "counter": str(c.rng.randint(3, 60)),
        "iaecounter": str(c.rng.randint(0, 20)),
        "lang": "中文",
        "lang_code": "zh",
        "country": "MO",
        "operator": "CTM",
        "network": "WIFI",
        "model": "SM-S9110",
        "brand": "samsung",
        "device": "dm1q",
        "sdk": "34",
        "platformextension": "android_native",
        "installDate": "2024-11-02_081522+0800",
        "deviceData": {
            "cpu_abi": "arm64-v8a",
            "build_display_id": "UP1A.231005.007.S9110ZHS4CXK1",
            "dim": {"size": "2", "x_px": "1080", "y_px": "2340", "d_dpi": "480"},
        },
        "cksm_v1": new_hex(c.rng, 34),
    }


def appsflyer_launch(c: Context) -> Flow:
    b = SB(
        c,
        "appsflyer",
        "POST",
        f"https://launches.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.json({**_af_body(b, c), "isFirstCall": "false", "registeredUninstall": True})
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_episode_done(c: Context) -> Flow:
    kid, title, ep, length = _ep(c)
    b = SB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.view("json eventName tai_zap_jyun + eventValue af_content (episode finished)")
    value = {
        "af_content_id": f"{kid}-e{ep:02d}",
        "af_content_type": "episode",
        "af_content": f"{title} 第{ep}集",
        "tai_miu": length - c.rng.randint(0, 90),
    }
    b.json({**_af_body(b, c), "eventName": "tai_zap_jyun", "eventValue": js(value)})
    b.respond(200, "text/plain", b"ok")
    return b.build()


def appsflyer_subscribe(c: Context) -> Flow:
    b = SB(
        c,
        "appsflyer",
        "POST",
        f"https://inapps.appsflyer.com/api/v6.13/androidevent?app_id={PKG}&buildnumber=6.13.0",
        http_version="HTTP/1.1",
    )
    b.header("user-agent", dalvik())
    b.decoy("af_revenue / af_currency of a VIP plan")
    value = {"af_revenue": 38.0, "af_currency": "HKD", "af_content_id": "vip_month"}
    b.json({**_af_body(b, c), "eventName": "af_subscribe", "eventValue": js(value)})
    b.respond(200, "text/plain", b"ok")
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/citbei/dang_gei")
    b.json(
        {
            "citbei_hou": b.id("aid_kektung", where="json citbei_hou"),
            "fid": b.id("kektung_fid", where="json fid"),
            "jingsik": "SM-S9110",
            "jyuman": "zh-HK",
            "deiku": "MO",
        }
    )
    b.ok_json({"ok": True, "zeoidoCitbei": 3})
    return b.build()


def zeondou(c: Context) -> Flow:
    kid, title, ep, length = _ep(c)
    b = _b(c, "POST", f"{API}/v3/tai/zeondou")
    b.view("json kek_id/pin_meng/zap/waizi (watch progress)")
    b.json(
        {
            "kek_id": kid,
            "pin_meng": title,
            "zap": ep,
            "waizi": c.rng.randint(30, length - 30),
            "coengdou": length,
            "tai_jyun": False,
            "sigaan": iso(c),
        }
    )
    b.no_content()
    return b.build()


def tai_gwo(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/jungwu/tai_gwo?jip=1")
    b.view("response json tai_gwo[] (watched list)", direction="response")
    rows = []
    for _ in range(c.rng.randint(3, 6)):
        kid, title, ep, length = _ep(c)
        rows.append(
            {
                "kek_id": kid,
                "pin_meng": title,
                "zap": ep,
                "waizi": c.rng.randint(60, length),
                "tai_si": iso(c),
            }
        )
    b.ok_json({"tai_gwo": rows, "jip": 1})
    return b.build()


def history_sync(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v4/history/sync", device=True)
    b.view("json 觀看記錄[] 劇名/集數/播放進度")
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        _, title, ep, length = _ep(c)
        rows.append(
            {"劇名": title, "集數": ep, "播放進度": c.rng.randint(60, length), "時長": length}
        )
    b.json({"觀看記錄": rows, "同步時間": iso(c)})
    b.ok_json({"ok": True})
    return b.build()


def live_pandou(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/zikbo/sam_tiu")
    b.view("json pandou + tai_miu (live channel watch time)")
    b.json(
        {
            "pandou": c.rng.choice(PANDOU),
            "tai_miu": c.rng.choice([30, 60, 60, 120]),
            "hoici": iso(c),
            "wazat": c.rng.choice(["720p", "1080p", "zidung"]),
        }
    )
    b.ok_json({"gai_zuk": True})
    return b.build()


def beacon_opaque(c: Context) -> Flow:
    """The player's compact beacon: gzip'd [drama, episode, second, ts] rows, base64 under 'd'."""
    b = _b(c, "POST", f"{API}/q/b")
    b.view("json d = base64(gzip rows of numbers)", detectable=False)
    rows = [
        [int(c.rng.choice(DRAMAS)[0][1:]), c.rng.randint(1, 30), c.rng.randint(10, 2800), ms(c)]
        for _ in range(c.rng.randint(1, 3))
    ]
    blob = base64.b64encode(gzip.compress(js(rows).encode(), mtime=0)).decode()
    b.json({"d": blob, "v": 2})
    b.no_content()
    return b.build()


def qoe_pixel_opaque(c: Context) -> Flow:
    """The QoE pixel: base64url JSON of one-letter keys (k drama, z episode, w second)."""
    kid, _, ep, length = _ep(c)
    payload = b64url(js({"k": int(kid[1:]), "z": ep, "w": c.rng.randint(10, length), "b": 4200}))
    b = SB(c, "kektung", "GET", f"https://qoe.kektung.example/p.gif?e={payload}&r={ms(c)}")
    b.header("user-agent", UA)
    b.view("query e = base64url json of numbers", detectable=False)
    b.respond(200, "image/gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,")
    return b.build()


def catalogue(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/kek/lau_laam?leoibit=gwongbo&jip=1")
    b.decoy("catalogue with episode counts and lengths (content fetch)")
    b.ok_json(
        {
            "kek": [
                {
                    "kek_id": k,
                    "pin_meng": t,
                    "zung_zap": 30,
                    "coengdou": n,
                    "fungmin": f"/p/{k}.jpg",
                }
                for k, t, n in DRAMAS
            ]
        }
    )
    return b.build()


def search(c: Context) -> Flow:
    q = c.rng.choice(["廉政", "澳門", "法網", "大宅"])
    b = _b(c, "GET", f"{API}/v3/wan?q={q}")
    b.decoy("search results (content fetch)")
    b.ok_json({"git_gwo": [{"kek_id": k, "pin_meng": t} for k, t, _ in DRAMAS[:3]]})
    return b.build()


def ranking(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/jit_bo_bong?kei=7d")
    b.decoy("熱播榜 aggregate view counts (not one person's viewing)")
    b.ok_json(
        {
            "熱播榜": [
                {"kek_id": k, "pin_meng": t, "tai_ci": c.rng.randint(10**4, 10**6)}
                for k, t, _ in DRAMAS
            ]
        }
    )
    return b.build()


def epg(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/v3/zikbo/zitmuk_biu?pandou={c.rng.randint(1, 5)}")
    b.decoy("EPG programme start times and durations (content fetch)")
    b.ok_json(
        {
            "zitmuk": [
                {"pin_meng": t, "hoici": iso(c), "coengdou": c.rng.choice([30, 60, 90])}
                for t in ("晚間新聞", "歲月如歌", "澳門人澳門事", "週末劇場")
            ]
        }
    )
    return b.build()


def hls_segment(c: Context) -> Flow:
    kid = c.rng.choice(DRAMAS)[0]
    b = SB(
        c,
        "kektung",
        "GET",
        f"https://vod.kektung.example/{kid}/e{c.rng.randint(1, 30):02d}/720p/"
        f"seg_{c.rng.randint(1, 450):04d}.ts",
    )
    b.header("user-agent", "ExoPlayerLib/2.19.1")
    b.respond(200, "video/mp2t", bytes(c.rng.getrandbits(8) for _ in range(380)))
    return b.build()


def drm_licence(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/v3/drm/widevine")
    b.decoy("licence request id")
    b.set_body(bytes(c.rng.getrandbits(8) for _ in range(300)), "application/octet-stream")
    b.respond(200, "application/octet-stream", bytes(c.rng.getrandbits(8) for _ in range(200)))
    b.header("x-request-id", rid(c.rng))
    return b.build()
