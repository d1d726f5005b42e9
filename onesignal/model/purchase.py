"""Declaration of the ``Purchase`` model."""
from __future__ import annotations

from typing import Optional

from onesignal.model_utils import Model, declare


class Purchase(Model):
    """One in-app purchase of a user.

    Item of the purchases list in PropertiesObject and PropertiesDeltas.
    """

    sku: str = declare(required=True, doc="Unique identifier (SKU) of the item bought.")
    amount: str = declare(
        required=True, doc="Amount spent on the item, as a decimal string, in the currency given by iso.")
    iso: str = declare(
        required=True, doc="Three-letter ISO 4217 currency code of amount; needed to store and convert it correctly.")
    count: Optional[float] = declare(doc="Quantity of the item bought.")
