"""Jinsha Bank (金沙银行, Chengdu): mobile banking with face liveness (人脸识别).

Large transfers need a liveness check: the app's own endpoint takes a best frame
(`renlian_zhaopian`) and the action sequence (眨眼 blink, 张嘴 open mouth); the
bank's account at Tencent Cloud FaceID compares it with the ID-card photo
(`X-TC-Action: LivenessCompare`, `ImageBase64`). The SDK's own upload is one
AES-encrypted `encData` package: biometric, not readable. The risk-control call
carries a device fingerprint and the ANDROID_ID; a newer build encrypts it. ID-
card OCR returns text boxes (not biometric); balances and transfers are ordinary.
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.identity import new_hex
from tests.heldout.wire import b64, fake_jpeg

from .phone import FB, iso, ms, opaque_blob, rf, rid, ua

API = "https://mbank.jinshabank.example"
UA = ua("JinshaBank", "7.1.0")


def _b(c: Context, method: str, url: str) -> FB:
    b = FB(c, "jinsha", method, url)
    b.header("user-agent", UA)
    b.header("x-jsb-session", new_hex(c.rng, 32))
    return b


def _frame(c: Context) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**9), 600))


def liveness(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/renlian/huoti/jiance")
    b.bio("face_image", "json renlian_zhaopian (liveness best frame) + dongzuo actions")
    b.json(
        {
            "yewu_liushui": rid(c.rng),
            "renlian_zhaopian": _frame(c),
            "dongzuo": ["zhayan", "zhangzui"],
            "huoti_fenshu": rf(c.rng, 0.8, 0.99, 3),
            "shebei_zhiwen": b.id("bank_devfp", where="json shebei_zhiwen"),
        }
    )
    b.ok_json({"retCode": "0000", "tongguo": True})
    return b.build()


def faceid_compare(c: Context) -> Flow:
    b = FB(c, "tencentcloud-faceid", "POST", "https://faceid.tencentcloudapi.com/")
    b.header("x-tc-action", "LivenessCompare")
    b.header("x-tc-version", "2018-03-01")
    b.header("x-tc-region", "ap-chengdu")
    b.header("x-tc-timestamp", str(int(c.now)))
    b.header("authorization", "TC3-HMAC-SHA256 Credential=AKID" + new_hex(c.rng, 32))
    b.bio("face_image", "json ImageBase64 to LivenessCompare")
    b.json({"ImageBase64": _frame(c), "LivenessType": "SILENT", "VideoBase64": _frame(c)})
    b.ok_json(
        {
            "Response": {
                "Result": "Success",
                "Sim": rf(c.rng, 70, 99, 2),
                "RequestId": rid(c.rng),
            }
        }
    )
    return b.build()


def sdk_package(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/renlian/sdk/shangchuan")
    b.bio("face_image", "json encData (AES package of liveness frames)", detectable=False)
    b.json({"encData": opaque_blob(c, 900), "encKey": opaque_blob(c, 128), "v": "3.6.1"})
    b.ok_json({"retCode": "0000"})
    return b.build()


def risk_device(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/fengkong/shebei")
    b.json(
        {
            "shebei_zhiwen": b.id("bank_devfp", where="json shebei_zhiwen"),
            "androidId": b.id("aid_bank", where="json androidId"),
            "oaid": b.id("oaid", where="json oaid"),
            "root": False,
            "moni_qi": False,
            "shijian": iso(c),
        }
    )
    b.ok_json({"fengxian_dengji": "di"})
    return b.build()


def risk_encrypted(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/fk/v2")
    b.id_raw("aid_bank", "aes_sm4", "json d (SM4-encrypted device report)")
    b.id_raw("bank_devfp", "aes_sm4", "json d (SM4-encrypted device report)")
    b.json({"d": opaque_blob(c, 240), "k": "2"})
    b.ok_json({"r": 0})
    return b.build()


def balance(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/zhanghu/yue")
    b.decoy("account balance with account number (account, not device)")
    b.ok_json({"kahao": b.acct("bank_cust") + "0017", "yue": rf(c.rng, 100, 90000, 2)})
    return b.build()


def transfer(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/zhuanzhang")
    b.decoy("transfer with order and request ids")
    b.json(
        {
            "shoukuanren": "张伟",
            "jine": rf(c.rng, 50, 8000, 2),
            "qingqiu_id": rid(c.rng),
            "beizhu": "房租",
        }
    )
    b.ok_json({"liushui_hao": f"JS{ms(c)}", "zhuangtai": "chenggong"})
    return b.build()


def idcard_ocr(c: Context) -> Flow:
    b = _b(c, "POST", f"{API}/app/ocr/shenfenzheng")
    b.decoy("ID-card OCR: text fields and their boxes (not a face template)")
    b.json({"tupian": _frame(c), "mian": "guohui"})
    b.ok_json(
        {
            "qianfa_jiguan": "上海市公安局浦东分局",
            "youxiao_qixian": "2019.05.01-2039.05.01",
            "kuang": [[12, 40, 300, 62], [12, 80, 300, 102]],
        }
    )
    return b.build()


def fx_rates(c: Context) -> Flow:
    b = _b(c, "GET", f"{API}/app/waihui/paijia")
    b.decoy("exchange-rate series")
    b.ok_json({"USD": [rf(c.rng, 7.1, 7.3) for _ in range(24)], "JPY": rf(c.rng, 0.04, 0.05)})
    return b.build()
