"""Declaration of the ``UpdateTemplateRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Limits, Model, declare


class UpdateTemplateRequest(Model):
    """Body of update_template: the parts of a template to change; what is left out stays as it is."""

    name: Optional[str] = declare(doc="New name of the template.")
    contents: Optional[LanguageStringMap] = declare(doc="New message text keyed by language code.")
    headings: Optional[LanguageStringMap] = declare(doc="Push: new title keyed by language code.")
    subtitle: Optional[LanguageStringMap] = declare(doc="Push: new subtitle keyed by language code.")
    is_email: Optional[bool] = declare('isEmail', doc="True makes it an email template.")
    email_subject: Optional[str] = declare(nullable=True, doc="Email: new subject line.")
    email_body: Optional[str] = declare(nullable=True, doc="Email: new body of the message, HTML allowed.")
    email_bcc: Optional[List[str]] = declare(
        limits=Limits(max_items=5),
        nullable=True,
        doc="Email: addresses that get a blind copy, 5 at most; only when OneSignal itself delivers the email.")
    is_sms: Optional[bool] = declare('isSMS', doc="True makes it an SMS template.")
    dynamic_content: Optional[str] = declare(
        nullable=True, doc="Personalization data for the content, as a JSON document in a string.")


# The models this one refers to, imported after its class so that one referring back to it finds it
# defined; the names resolve its annotations (typing.get_type_hints).
from onesignal.model.language_string_map import LanguageStringMap  # noqa: E402
