"""Declaration of the ``DeleteSegmentSuccessResponse`` model."""
from __future__ import annotations

from onesignal.model.generic_success_bool_response import GenericSuccessBoolResponse


class DeleteSegmentSuccessResponse(GenericSuccessBoolResponse):
    """Answer of delete_segments (HTTP 200) once the segment was removed.

    A 2.x name of GenericSuccessBoolResponse: success is true when the segment was deleted.
    """
