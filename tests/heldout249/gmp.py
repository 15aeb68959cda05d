"""Firebase on the family's phones: Installations registration and the Analytics
upload that both the OTT app and the music app make.

Firebase Installations: `POST firebaseinstallations.googleapis.com/v1/projects/
{project}/installations` with `fid`, `appId`, `authVersion` FIS_v2 and the API
key in `x-goog-api-key`; the answer repeats the `fid` and adds tokens
(https://firebase.google.com/docs/projects/manage-installations).

Firebase Analytics on Android does not speak the Measurement Protocol: the SDK
batches events into a protobuf "measurement bundle" and posts it gzipped to
`app-measurement.com/a` under a form content type. Field numbers here follow
the public reconstructions of that message (1 protocol version, 2 events,
3 user properties, 4-6 timestamps, 8 platform, 9 OS version, 10 model,
11 locale, 12 UTC offset, 14 package, 16 app version, 19 the resettable device
id (the advertising id), 20 limited ad tracking, 21 app instance id, 25 GMP app
id). Nothing on the wire names fields 19 and 21; event and parameter names, on
the other hand, travel as strings (`video_title`, `_et`...).
"""

from __future__ import annotations

from tests.heldout.flowmodel import Context
from tests.heldout.identity import new_hex
from tests.heldout.wire import pb_bytes, pb_msg, pb_varint

from .phone import FB, PHONES, ms

Param = tuple[str, str | int]


def installation(
    c: Context, sdk: str, project: str, app_id: str, package: str, fid_attr: str
) -> FB:
    """A Firebase Installations registration (fid out, fid and tokens back)."""
    b = FB(
        c,
        sdk,
        "POST",
        f"https://firebaseinstallations.googleapis.com/v1/projects/{project}/installations",
    )
    b.header("x-goog-api-key", "AIzaSy" + new_hex(c.rng, 33))
    b.header("x-android-package", package)
    b.header("x-android-cert", new_hex(c.rng, 40).upper())
    b.header("x-firebase-client", "fire-installations/17.2.0 fire-android/34 kotlin/1.9.22")
    fid = b.id(fid_attr, where="json fid")
    b.json({"fid": fid, "appId": app_id, "authVersion": "FIS_v2", "sdkVersion": "a:17.2.0"})
    b.id(fid_attr, where="response json fid", direction="response")
    b.ok_json(
        {
            "name": f"projects/{app_id.split(':')[1]}/installations/{fid}",
            "fid": fid,
            "refreshToken": "3_" + new_hex(c.rng, 60),
            "authToken": {"token": "eyJ" + new_hex(c.rng, 90), "expiresIn": "604800s"},
        }
    )
    return b


def _param(name: str, value: str | int) -> bytes:
    if isinstance(value, int):
        return pb_msg(1, [pb_bytes(1, name), pb_varint(4, value)])
    return pb_msg(1, [pb_bytes(1, name), pb_bytes(2, value)])


def _event(name: str, params: list[Param], t: int) -> bytes:
    return pb_msg(2, [*(_param(k, v) for k, v in params), pb_bytes(2, name), pb_varint(3, t)])


def bundle(
    b: FB,
    who: str,
    package: str,
    app_version: str,
    gmp_app_id: str,
    locale: str,
    utc_offset_min: int,
    gaid_attr: str,
    instance_attr: str,
    events: list[tuple[str, list[Param]]],
) -> None:
    """Set the request body of `b` to one gzipped measurement bundle."""
    c = b.ctx
    osv, model, _, _ = PHONES[who]
    t = ms(c)
    gaid = b.id(gaid_attr, "protobuf", "protobuf bundle field 19 (unnamed)", detectable=False)
    instance = b.id(
        instance_attr, "protobuf", "protobuf bundle field 21 (unnamed)", detectable=False
    )
    parts = [pb_varint(1, 1)]
    parts += [_event(name, params, t - 900 * i) for i, (name, params) in enumerate(events)]
    parts += [
        pb_msg(
            3, [pb_varint(1, t - 86_400_000), pb_bytes(2, "_fot"), pb_varint(4, t // 3_600_000)]
        ),
        pb_varint(4, t),
        pb_varint(5, t - 900 * len(events)),
        pb_varint(6, t),
        pb_bytes(8, "android"),
        pb_bytes(9, osv),
        pb_bytes(10, model),
        pb_bytes(11, locale),
        pb_varint(12, utc_offset_min),
        pb_bytes(13, "com.android.vending"),
        pb_bytes(14, package),
        pb_bytes(16, app_version),
        pb_varint(17, 84002),
        pb_bytes(19, gaid),
        pb_varint(20, 0),
        pb_bytes(21, instance),
        pb_bytes(25, gmp_app_id),
    ]
    body = pb_msg(1, parts)
    b.set_body(body, "application/x-www-form-urlencoded", "gzip")
    b.respond(204, None)


def measurement(c: Context, sdk: str, who: str) -> FB:
    b = FB(c, sdk, "POST", "https://app-measurement.com/a")
    osv, model, build, _ = PHONES[who]
    b.header("user-agent", f"Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/{build})")
    return b
