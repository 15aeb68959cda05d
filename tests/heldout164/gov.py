"""Shenbanban (申办办): a city government-services app (social insurance, housing fund).

Real-name checks (实人认证) use Alipay's ZOLOZ face verification: the app asks its
backend for a `certifyId`, the SDK talks to Alipay's mobile gateway with the
face data inside the encrypted `zimData` (biometric, not readable); on older
phones it falls back to the app's own `/shiren/renlian` upload of a selfie with
its landmarks (`renlian_guanjiandian`). Social-insurance records, the housing-
fund balance and office maps are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, opaque_blob, rf, rid, ua

API = "https://zwfw.shenbanban.example"
UA = ua("Shenbanban", "6.4.2")


def _b(c: Context, method: str, url: str, ids: bool = False) -> FB:
    b = FB(c, "shenbanban", method, url)
    b.header("user-agent", UA)
    b.header("x-ssb-uid", b.acct("gov_uid"))
    if ids:
        b.header("x-ssb-did", b.id("aid_gov", where="header x-ssb-did"))
    return b


def certify_init(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/shiren/chushihua", ids=True)
    b.decoy("certifyId / biz number for the face check (session ids)")
    b.json({"yewu": "shebao_lingqu", "qingqiu_id": rid(c.rng)})
    b.ok_json({"certifyId": new_hex(c.rng, 32), "bizNo": f"SSB{ms(c)}"})
    return b.build()


def zoloz_verify(c: Context) -> Flow:
    b = FB(c, "alipay-zoloz", "POST", "https://mobilegw.alipay.com/mgw.htm")
    b.header("user-agent", "AlipaySDK/15.8 ZolozIdentity/3.10")
    b.header("operation-type", "zoloz.zim.verify")
    b.header("ts", str(ms(c)))
    b.bio("face_image", "json zimData (encrypted ZOLOZ face package)", detectable=False)
    b.json(
        {
            "zimId": new_hex(c.rng, 32),
            "zimData": opaque_blob(c, 1100),
            "bizType": "2",
            "sign": new_hex(c.rng, 64),
        }
    )
    b.ok_json({"retCode": "OK_SUCCESS", "retCodeSub": "Z5120"})
    return b.build()


def own_face_upload(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/shiren/renlian", ids=True)
    b.bio("face_image", "json zipai (selfie) + renlian_guanjiandian (face landmarks)")
    cx, cy = c.rng.uniform(200, 300), c.rng.uniform(300, 420)
    b.json(
        {
            "zipai": b64(fake_jpeg(c.rng.randint(0, 10**9), 700)),
            "renlian_guanjiandian": [
                [round(cx + c.rng.gauss(0, 50), 1), round(cy + c.rng.gauss(0, 60), 1)]
                for _ in range(72)
            ],
            "huoti": {"zhayan": True, "yaotou": True},
            "shijian": iso(c),
        }
    )
    b.ok_json({"code": "0", "bidui_jieguo": "tongguo"})
    return b.build()


def shebao(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/shebao/jiaofei?year=2024")
    b.decoy("social-insurance payment months and amounts")
    b.ok_json(
        {"jilu": [{"yue": f"2024-{m:02d}", "jine": rf(c.rng, 800, 2400, 2)} for m in range(1, 13)]}
    )
    return b.build()


def gongjijin(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/api/gongjijin/yue")
    b.ok_json({"yue": rf(c.rng, 1000, 200000, 2), "dangqi": "2024-10"})
    return b.build()


def office_map(c: Context) -> Flow:
    lat, lon = rf(c.rng, 31.1, 31.3), rf(c.rng, 121.3, 121.6)
    b = FB(c, "amap", "GET", "https://restapi.amap.com/v3/place/around")
    b.param("key", new_hex(c.rng, 32))
    b.param("location", f"{lon},{lat}")
    b.param("keywords", "政务服务中心")
    b.decoy("coordinates of nearby service offices")
    b.ok_json({"status": "1", "pois": [{"name": "浦东新区市民中心", "location": f"{lon},{lat}"}]})
    return b.build()


def register(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/api/shebei/zhuce")
    b.json(
        {
            "androidId": b.id("aid_gov", where="json androidId"),
            "oaid": b.id("oaid", where="json oaid"),
            "pinpai": "Xiaomi",
            "xinghao": "23127PN0CC",
        }
    )
    b.ok_json({"code": "0"})
    return b.build()
