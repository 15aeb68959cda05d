"""A payment / bank app ("Jinyun Pay") with face liveness at login and transfers.

- Tencent Cloud FaceID `LivenessCompare` (API 3.0, `faceid.tencentcloudapi.com`,
  X-TC-Action / X-TC-Version: 2018-03-01, TC3-HMAC-SHA256): ImageBase64, VideoBase64,
  LivenessType (tencentcloud-sdk-go faceid/v20180301 models.go; tccli help).
- Baidu AI face v3 (`aip.baidubce.com/rest/2.0/face/v3/match|detect?access_token=`):
  JSON array of {image, image_type BASE64 | FACE_TOKEN, face_type, liveness_control};
  detect with face_field=landmark150 (ai.baidu.com face docs; public Python demos).
- Megvii FaceID (`api.megvii.com/faceid/v3/sdk/verify`): multipart sign, biz_token,
  meglive_data (the SDK's sealed liveness package).
- Alibaba Cloud real-person verification (cloudauth, RPC style, Version 2019-03-07):
  InitFaceVerify with MetaInfo ({zimVer, bioMetaInfo, deviceType...}: SDK capability,
  no face), ContrastFaceVerify with FaceContrastPicture (base64 JPEG).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context, Flow
from tests.heldout.wire import b64, fake_jpeg, fake_mp4, js, multipart

from .phone import FB, iso, ms, points, rid, ua

API = "https://mapi.jinyunpay.com.cn"
UA = ua("JinyunPay", "8.6.0")


def _jpeg(c: Context, n: int = 700) -> str:
    return b64(fake_jpeg(c.rng.randint(0, 10**7), n))


def _token(c: Context) -> str:
    """A Baidu AIP access_token (24.<hex>.<ttl>.<issued>.<n>-<appid>): an OAuth token."""
    rand = rid(c.rng).replace("-", "")
    return f"24.{rand}.2592000.{int(c.now)}.282335-{c.rng.randint(10**7, 10**8)}"


def tencent_liveness(c: Context) -> Flow:
    b = FB(c, "tencent-faceid", "POST", "https://faceid.tencentcloudapi.com/")
    for k, v in [
        ("x-tc-action", "LivenessCompare"),
        ("x-tc-version", "2018-03-01"),
        ("x-tc-region", "ap-guangzhou"),
        ("x-tc-timestamp", str(int(c.now))),
        (
            "authorization",
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/"
            f"{iso(c)[:10]}/faceid/tc3_request, SignedHeaders=content-type;host, Signature="
            + rid(c.rng).replace("-", "")
            * 2,
        ),
    ]:
        b.header(k, v)
    b.json(
        {
            "ImageBase64": _jpeg(c),
            "VideoBase64": b64(fake_mp4(c.rng.randint(0, 10**6), 900)),
            "LivenessType": "SILENT",
        }
    )
    b.bio("face_image", "body:ImageBase64/VideoBase64")
    b.ok_json(
        {
            "Response": {
                "Result": "Success",
                "Sim": 91.2,
                "Description": "成功",
                "RequestId": rid(c.rng),
            }
        }
    )
    return b.build()


def baidu_match(c: Context) -> Flow:
    b = FB(
        c,
        "baidu-face",
        "POST",
        "https://aip.baidubce.com/rest/2.0/face/v3/match",
        [
            (
                "access_token",
                _token(c),
            )
        ],
    )
    b.json(
        [
            {
                "image": _jpeg(c),
                "image_type": "BASE64",
                "face_type": "LIVE",
                "quality_control": "LOW",
                "liveness_control": "NORMAL",
            },
            {
                "image": rid(c.rng).replace("-", ""),
                "image_type": "FACE_TOKEN",
                "face_type": "IDCARD",
            },
        ]
    )
    b.bio("face_image", "body:[0].image")
    b.ok_json({"error_code": 0, "error_msg": "SUCCESS", "result": {"score": 88.4}})
    return b.build()


def baidu_detect(c: Context) -> Flow:
    b = FB(
        c,
        "baidu-face",
        "POST",
        "https://aip.baidubce.com/rest/2.0/face/v3/detect",
        [
            (
                "access_token",
                _token(c),
            )
        ],
    )
    b.json(
        {
            "image": _jpeg(c),
            "image_type": "BASE64",
            "face_field": "landmark150,quality,spoofing",
            "max_face_num": 1,
        }
    )
    b.bio("face_image", "body:image")
    lm = {f"contour_left{i}": {"x": x, "y": y} for i, (x, y) in enumerate(points(c.rng, 12), 1)}
    b.ok_json(
        {
            "error_code": 0,
            "result": {
                "face_num": 1,
                "face_list": [
                    {
                        "face_token": rid(c.rng).replace("-", ""),
                        "landmark150": lm,
                        "spoofing": 0.00013,
                    }
                ],
            },
        }
    )
    return b.build()


def megvii_verify(c: Context) -> Flow:
    b = FB(c, "megvii-faceid", "POST", "https://api.megvii.com/faceid/v3/sdk/verify")
    bnd = "----MegLiveBoundary" + str(c.rng.randint(10**9, 10**10))
    blob = bytes(c.rng.getrandbits(8) for _ in range(c.rng.randint(600, 1200)))
    body = multipart(
        bnd,
        [
            ("sign", None, None, b64(rid(c.rng)).encode()),
            ("sign_version", None, None, b"hmac_sha1"),
            ("biz_token", None, None, rid(c.rng).replace("-", "").encode()),
            ("meglive_data", "meglive_data", "application/octet-stream", blob),
        ],
    )
    b.set_body(body, f"multipart/form-data; boundary={bnd}")
    b.bio("face_liveness_package", "body:meglive_data")
    b.ok_json(
        {
            "request_id": f"{int(c.now)},{rid(c.rng)}",
            "result_code": 1000,
            "verification": {"idcard": {"confidence": 86.5}},
        }
    )
    return b.build()


def aliyun_init(c: Context) -> Flow:
    meta = {
        "zimVer": "3.0.0",
        "appVersion": "8.6.0",
        "bioMetaInfo": "4.1.0:11501568,0",
        "appName": "com.jinyun.pay",
        "deviceType": "android",
        "osVersion": "14",
        "apdidToken": "",
        "deviceModel": c.phone.model,
    }
    b = FB(c, "aliyun-cloudauth", "POST", "https://cloudauth.aliyuncs.com/")
    b.form(
        [
            ("Action", "InitFaceVerify"),
            ("Version", "2019-03-07"),
            ("Format", "JSON"),
            ("SceneId", "1000004512"),
            ("OuterOrderNo", f"JY{ms(c)}"),
            ("ProductCode", "ID_PRO"),
            ("MetaInfo", js(meta)),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", rid(c.rng)),
            ("Timestamp", iso(c)),
        ]
    )
    b.decoy("MetaInfo / bioMetaInfo (SDK capability string, no face)")
    b.ok_json(
        {
            "RequestId": rid(c.rng),
            "Code": "200",
            "ResultObject": {"CertifyId": rid(c.rng).replace("-", "")},
        }
    )
    return b.build()


def aliyun_contrast(c: Context) -> Flow:
    b = FB(c, "aliyun-cloudauth", "POST", "https://cloudauth.aliyuncs.com/")
    b.form(
        [
            ("Action", "ContrastFaceVerify"),
            ("Version", "2019-03-07"),
            ("Format", "JSON"),
            ("SceneId", "1000004512"),
            ("OuterOrderNo", f"JY{ms(c)}"),
            ("ProductCode", "ID_MIN"),
            ("Model", "NO_LIVENESS"),
            ("CertType", "IDENTITY_CARD"),
            ("FaceContrastPicture", _jpeg(c, 500)),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", rid(c.rng)),
            ("Timestamp", iso(c)),
        ]
    )
    b.bio("face_image", "body:FaceContrastPicture")
    b.ok_json(
        {"RequestId": rid(c.rng), "Code": "200", "ResultObject": {"Passed": "T", "SubCode": "200"}}
    )
    return b.build()
