"""Body and hand poses: point sets named after joints, which are not faces.

Fitness, yoga, dance and AR body-effect apps send the keypoints of a body-pose
or hand-tracking model (COCO-17 / MoveNet, MediaPipe Pose and Hands, OpenPose,
Apple Vision body and hand pose) for rep counting or form scoring. Those sets
name a few face points too (COCO-17's nose, eyes and ears; BlazePose's mouth
corners), so a face-landmark detector that counts named points would read a
squat as a face. A set is a POSE when its joint names (words of
`exfilwatch/detect/lexicon/body_pose.yaml`, any language) are at least three
and at least as many as its face-part names: face points do not dominate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load
from ._common import key_words

_JOINT_CLASSES = frozenset(["body_joint", "hand_joint"])
_NAME_FIELDS = ("name", "Name", "type", "Type", "part", "label", "joint", "id")
_MIN_JOINTS = 3
_FACE_PART_RE = re.compile(
    r"eye|pupil|nose|mouth|lip|brow|jaw|chin|cheek|ear|forehead|temple|iris|philtrum|contour"
)


@lru_cache(maxsize=4096)
def is_joint_name(name: str) -> bool:
    """Whether a point's name names a body or hand joint (`left_shoulder`,
    `rightKnee`, `ginocchio_sx`, `index_finger_tip`), in any listed language."""
    lexicon = load("body_pose")
    return any(lexicon.word(w) in _JOINT_CLASSES for w in key_words(name))


def point_names(value: object) -> list[str]:
    """The names of a point set's points: a map's keys, or the name field of
    each point object in a list (`{name: left_ankle, x, y}`)."""
    if isinstance(value, dict):
        return [str(k) for k in value]
    names: list[str] = []
    if isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                name = next((item[f] for f in _NAME_FIELDS if isinstance(item.get(f), str)), None)
                if name is not None:
                    names.append(name)
    return names


def is_pose(names: list[str]) -> bool:
    """Three or more joint names, and no more face-part names than joints."""
    joints = [n for n in names if is_joint_name(n)]
    if len(joints) < _MIN_JOINTS:
        return False
    faces = sum(1 for n in names if not is_joint_name(n) and _FACE_PART_RE.search(n.lower()))
    return faces <= len(joints)


def body_pose_points(value: object) -> bool:
    """Whether a point set (map of named points, or list of named point objects)
    is a body or hand pose rather than a face."""
    return is_pose(point_names(value))
