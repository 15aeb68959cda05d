"""Identity-verification jobs that label each image by a numeric type code.

Smile ID (identity verification across Africa) takes a job as `partner_params`
(`job_id`, `user_id`, `job_type`) beside `images`, a list of `{image_type_id,
image}` or `{image_type_id, file_name}`: its server libraries' `IMAGE_TYPE` says
0 / 2 are the selfie (as a file / as base64), 4 / 6 liveness frames, and 1 / 3 /
5 / 7 the ID card's front and back. The key names say nothing of a face (an
`image_type_id` is a product photo's type in many shops), so the codes are read
only inside that job schema; and only a selfie or liveness code holding an image
is a face: a job with ID card images alone is a document check.
"""

from __future__ import annotations

from ..validators import is_base64_image
from ._common import _key_text, _norm_text, structure

_FACE_TYPES = {0: "selfie", 2: "selfie", 4: "liveness frame", 6: "liveness frame"}
_JOB_KEYS = frozenset(["jobid", "jobtype"])
_IMAGE_FILE_ENDS = (".jpg", ".jpeg", ".png", ".webp", ".heic")


def _is_partner_params(key: str) -> bool:
    return _norm_text(key) == "partnerparams"


def _is_images(key: str) -> bool:
    return _norm_text(key) == "images"


def _fields(value: dict) -> dict[str, object]:
    return {_norm_text(_key_text(k)): v for k, v in value.items()}


def _type_code(value: object) -> int | None:
    """The image type as an int (SDKs send it as a number or a digit string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _holds_image(item: dict[str, object]) -> bool:
    """An image sent inline (base64) or named as a file of the job's archive."""
    if is_base64_image(item.get("image")):
        return True
    name = item.get("filename") or item.get("image")
    return isinstance(name, str) and name.lower().endswith(_IMAGE_FILE_ENDS)


def _face_images(images: list) -> list[str]:
    found = []
    for item in images:
        if not isinstance(item, dict):
            continue
        fields = _fields(item)
        code = _type_code(fields.get("imagetypeid"))
        if code in _FACE_TYPES and _holds_image(fields):
            found.append(_FACE_TYPES[code])
    return found


@structure("typed_kyc_images", kind=dict, needs=(_is_partner_params, _is_images))
def typed_kyc_images(value: object) -> str | None:
    """A Smile ID job: partner parameters naming a job, and an images list with a
    selfie or liveness code on an image. Shops' image lists carry no job."""
    if not isinstance(value, dict):
        return None
    fields = _fields(value)
    params, images = fields.get("partnerparams"), fields.get("images")
    if not isinstance(params, dict) or not isinstance(images, list):
        return None
    if not _JOB_KEYS & _fields(params).keys():
        return None
    found = _face_images(images)
    if not found:
        return None
    kinds = sorted(set(found), key=found.index)
    return f"identity job images typed {' and '.join(kinds)} ({len(found)} face images)"
