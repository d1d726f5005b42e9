"""Declaration of the ``GenericError`` model."""
from __future__ import annotations

from typing import Any, List, Optional, Union

from onesignal.model_utils import Model, declare


class GenericError(Model):
    """Error answer of most operations (HTTP 400, and 404 or 409 where they apply): a list of errors.

    The server gives each error as an object with a code and a title or, in newer answers, as a plain message;
    either is kept as it came.
    """

    errors: Optional[List[Union[GenericErrorErrorsInner, str]]] = declare(
        doc="The errors found: objects with a code and a title, or plain messages.")
    success: Optional[bool] = declare(doc="False: the operation did not succeed (newer answers say so).")
    reference: Optional[Any] = declare(doc="Extra detail the server attaches to some errors, in any JSON form.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.generic_error_errors_inner import GenericErrorErrorsInner  # noqa: E402
