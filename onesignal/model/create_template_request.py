"""Declaration of the ``CreateTemplateRequest`` model."""
from __future__ import annotations

from typing import List, Optional

from onesignal.model_utils import Limits, Model, declare


class CreateTemplateRequest(Model):
    """Body of create_template: a reusable push, email or SMS message that notifications can name by template_id.

    A push template unless is_email or is_sms is set.
    """

    app_id: str = declare(required=True, doc="Required: ID (UUID) of the app the template belongs to.")
    name: str = declare(required=True, doc="Required: name of the template, as listed in the dashboard.")
    contents: LanguageStringMap = declare(
        required=True, doc="Required: message text keyed by language code, e.g. {'en': 'Hello'}.")
    headings: Optional[LanguageStringMap] = declare(doc="Push: title of the message keyed by language code.")
    subtitle: Optional[LanguageStringMap] = declare(doc="Push: subtitle of the message keyed by language code.")
    is_email: Optional[bool] = declare('isEmail', doc="True makes it an email template.")
    email_subject: Optional[str] = declare(nullable=True, doc="Email: subject line.")
    email_body: Optional[str] = declare(nullable=True, doc="Email: body of the message, HTML allowed.")
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
