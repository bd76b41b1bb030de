"""The standard advice library a council starts with (LGA and police guidance for councillors).

Administrators edit, retire and add articles; these are only the first version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from councillor_safety.cases.taxonomy import AdviceTopic

if TYPE_CHECKING:
    from councillor_safety.accounts.models import Council

STANDARD_ADVICE: list[tuple[AdviceTopic, str, str]] = [
    (
        AdviceTopic.BLOCK,
        "Block or mute an account on social media",
        "Blocking stops the account seeing or replying to your posts; muting hides their posts "
        "from you without them knowing. Before you block, take screenshots that show the account "
        "name, the date and the message, and send them to the member-support team: once blocked, "
        "you may no longer be able to see what they wrote.",
    ),
    (
        AdviceTopic.BLOCK,
        "Block a phone number",
        "On most phones you can block a number from the call log or the message. Keep any "
        "voicemail or text first: save it or take a screenshot with the number and the time, and "
        "send it to the member-support team.",
    ),
    (
        AdviceTopic.FILTERS,
        "Filter abusive words and replies",
        "Social media sites let you hide replies containing words you choose, and limit who can "
        "reply to your posts (for example people you follow). Your council mailbox is screened "
        "for abuse: messages held back are still read by the member-support team, because they "
        "may contain a threat.",
    ),
    (
        AdviceTopic.FILTERS,
        "Send e-mail from one sender to a folder",
        "A mail rule can move messages from one sender into a folder so you do not see them "
        "arrive. Do not delete them: the member-support team may need them as evidence.",
    ),
    (
        AdviceTopic.PRIVACY,
        "Keep your home address private",
        "You can ask the monitoring officer to withhold your home address from the published "
        "register of interests if showing it could lead to violence or intimidation (Localism Act "
        "2011, section 32). Check that your address is not on your campaign material, website or "
        "social media profiles.",
    ),
    (
        AdviceTopic.PRIVACY,
        "Review your social media privacy settings",
        "Separate your personal and councillor accounts, hide your friends and family lists, "
        "turn off location tagging, and check what someone who does not follow you can see.",
    ),
    (
        AdviceTopic.PERSONAL_SAFETY,
        "Surgeries and home visits",
        "Hold surgeries in council or community buildings with staff nearby, never alone. Check "
        "the register with the member-support team before visiting someone at home, tell someone "
        "where you are going and when you expect to be back, and carry a charged phone.",
    ),
    (
        AdviceTopic.PERSONAL_SAFETY,
        "If you feel in danger",
        "If you are in immediate danger, call 999. If you cannot speak, call 999 and press 55 "
        "when prompted. Then tell the member-support team, day or night, using the out-of-hours "
        "number.",
    ),
]


def seed_advice_library(council: Council) -> None:
    from councillor_safety.cases.models import AdviceArticle

    AdviceArticle.objects.bulk_create(
        [
            AdviceArticle(council=council, topic=topic, title=title, body=body)
            for topic, title, body in STANDARD_ADVICE
        ],
        ignore_conflicts=True,
    )
