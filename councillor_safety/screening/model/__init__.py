"""Abuse and threat screening model for councillors' mail (plain Python, no Django).

>>> from councillor_safety.screening.model import Screener
>>> result = Screener.load().score_batch(["I know where you live."])[0]
>>> result.flags
['threat']
"""

from .labels import LABELS
from .screener import Explanation, RuleExplanation, Screener, ScreeningResult

__all__ = ["LABELS", "Explanation", "RuleExplanation", "Screener", "ScreeningResult"]
