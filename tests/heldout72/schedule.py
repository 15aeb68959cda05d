"""What the school apps send in one block each: (probability, generator) pairs.

Every generator here builds a negative flow, most of them hard decoys (see
each module's docstring); the session script draws blocks by weight.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.heldout.flowmodel import Context, Flow

from . import (
    attendance,
    bus,
    classroom,
    equipment,
    fluency,
    gradebook,
    lessons,
    parents,
    pe,
    photos,
)

Table = list[tuple[float, Callable[[Context], Flow]]]

SCHOOL: dict[str, Table] = {
    "classroom": [
        (0.6, classroom.class_devices),
        (0.4, classroom.lock_apps),
        (0.4, classroom.chromebooks),
        (0.7, classroom.screen_peek),
        (0.5, classroom.open_tabs),
        (0.3, classroom.sel_checkin),
        (0.2, classroom.seating_groups),
    ],
    "equipment": [
        (0.5, equipment.panel_status),
        (0.4, equipment.cast_pair),
        (0.7, equipment.ink_strokes),
        (0.3, equipment.camera_register),
        (0.6, equipment.camera_frame),
        (0.3, equipment.annotate_ocr),
        (0.3, equipment.board_log),
    ],
    "lessons": [
        (0.7, lessons.catalogue),
        (0.5, lessons.most_watched),
        (0.5, lessons.completion),
        (0.3, lessons.assign_video),
        (0.8, lessons.thumbnail),
        (0.7, lessons.hls_segment),
        (0.3, lessons.captions),
        (0.4, lessons.player_qos),
    ],
    "fluency": [
        (0.7, fluency.recognize),
        (0.6, fluency.upload_reading),
        (0.4, fluency.scores),
        (0.5, fluency.miscues),
        (0.3, fluency.passages),
    ],
    "gradebook": [
        (0.6, gradebook.update_grades),
        (0.4, gradebook.history_feed),
        (0.4, gradebook.page_views),
        (0.3, gradebook.mastery),
        (0.4, gradebook.roster),
        (0.3, gradebook.trend),
        (0.08, gradebook.self_profile),
    ],
    "attendance": [
        (0.4, attendance.seat_map),
        (0.8, attendance.take_roll),
        (0.3, attendance.campus_landmarks),
        (0.4, attendance.tardy_scan),
        (0.3, attendance.hall_pass_trail),
    ],
    "parents": [
        (0.7, parents.translate),
        (0.5, parents.send_message),
        (0.6, parents.read_receipts),
        (0.5, parents.inbox),
        (0.3, parents.photo_attach),
    ],
    "photos": [
        (0.7, photos.remove_bg),
        (0.6, photos.cloud_upload),
        (0.5, photos.crop),
        (0.3, photos.layout),
        (0.3, photos.stock_search),
    ],
    "pe": [(0.4, pe.kit_pairing), (0.9, pe.live_hr), (0.5, pe.session_report), (0.15, pe.firmware)],
    "bus": [(0.8, bus.vehicles), (0.5, bus.route_shape), (0.6, bus.eta), (0.15, bus.field_trip)],
}
