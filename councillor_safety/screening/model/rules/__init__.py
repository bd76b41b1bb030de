"""Explicit rules beside the learned heads, each a named pattern a person can read.

- ``threats``: the implicit and explicit threats councillors receive, which raise the threat
  score by a noisy-OR with the model's probability.
- ``insults``: an insult said to the reader or about a person by name or title.
- ``hateful_lines``: sexual violence, sexist and sexual remarks, worn racist lines and tropes,
  and calls to shut a group out.
- ``counter_speech``: abuse quoted to denounce it, a claim about a group rejected, a group
  defended; these cut the scores instead of raising them. A harm to a group told and then
  welcomed is an attack, and raises them.
- ``peaceful``: violent words that threaten no one, and complaints about things.
- ``mentions``: a group named with nothing said of it; this cuts the scores too.
- ``speech`` and ``patterns``: whether a match is the writer's own words, and the pieces of
  pattern the rules share.
"""

from .counter_speech import (
    defends_a_group,
    denounced_quote,
    names_the_hatred,
    others_words,
    others_words_in,
    rejects_a_claim,
    welcomes_harm_to_a_group,
)
from .hateful_lines import (
    call_to_shun,
    group_trope,
    sexist_line,
    sexual_violence,
    xenophobic_line,
)
from .insults import direct_insult
from .mentions import a_groups_need, bare_mention
from .peaceful import campaign_call, complains_about_a_thing, lawful_recourse, peaceful_intent
from .threats import THREAT_RULES, RuleHit, ThreatRule, rule_threat_probability, threat_rule_hits

__all__ = [
    "THREAT_RULES",
    "RuleHit",
    "ThreatRule",
    "a_groups_need",
    "bare_mention",
    "call_to_shun",
    "campaign_call",
    "complains_about_a_thing",
    "defends_a_group",
    "denounced_quote",
    "direct_insult",
    "group_trope",
    "lawful_recourse",
    "names_the_hatred",
    "others_words",
    "others_words_in",
    "peaceful_intent",
    "rejects_a_claim",
    "rule_threat_probability",
    "sexist_line",
    "sexual_violence",
    "threat_rule_hits",
    "welcomes_harm_to_a_group",
    "xenophobic_line",
]
