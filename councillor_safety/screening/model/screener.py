"""The screener: a two-stage cascade with explicit threat rules and calibrated scores.

Stage one (``LexicalModel``) scores every text. It is blind to words that name protected groups
(lexical models otherwise learn that "gay" or "Muslim" predicts abuse). A text goes on to stage
two, the MiniLM encoder with trained heads, when any stage-one probability reaches its gate
(set on validation data to keep 98% of what stage two would flag), or when its words send it
there whatever stage one says (``routed_by_words``).
Every stage, the encoder included, reads the same normalised text (``prepare``).
Stage two's logits are blended with stage one's and calibrated on held-out data (Platt
scaling). Threat rules raise the threat score by a noisy-OR; the menace head, a linear head on
the same encoder vectors that reads threats said in words no rule names, puts it at least at the
threat threshold where it is over its cut (set on public posts and neutral sentences about
groups), unless the text quotes or reports someone's words; in a longer message it also reads
each sentence with words of menace apart (``menacing_sentences``), whether or not the whole went
to stage two, since one sinister sentence among ordinary ones is diluted in the whole message's
vector and in stage one's reading of it; the profanity lexicon sets a floor
under the profanity score, and without a profane word the score stays under its threshold.

Scores are advice to a person, never an automatic decision.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .encoder import SentenceEncoder
from .labels import LABELS
from .lexical import LexicalModel
from .lexicon import (
    addresses_by_group,
    hints_at_menace,
    identity_mentions,
    menacing_sentences,
    names_a_slur,
    names_group_nearly,
    names_harm_or_sex,
    names_hatred,
    names_strong_group,
    needs_a_closer_read,
    profanity_hits,
    typical_group,
)
from .rules import (
    THREAT_RULES,
    RuleHit,
    a_groups_need,
    bare_mention,
    call_to_shun,
    campaign_call,
    complains_about_a_thing,
    defends_a_group,
    denounced_quote,
    direct_insult,
    group_trope,
    lawful_recourse,
    names_the_hatred,
    others_words,
    others_words_in,
    peaceful_intent,
    rejects_a_claim,
    rule_threat_probability,
    sexist_line,
    sexual_violence,
    threat_rule_hits,
    welcomes_harm_to_a_group,
    xenophobic_line,
)
from .text import drop_address, drop_emoji, normalise, plain_cigarettes, plain_removal

ASSETS = Path(__file__).resolve().parent / "assets"
# The lexical stage and the rules read at most this much of a text: its start and its end,
# where greetings, sign-offs and the point of a long message usually are.
HEAD_CHARS = 15_000
TAIL_CHARS = 5_000
EmbedFn = Callable[[Sequence[str]], npt.NDArray[np.float32]]

PROFANITY_FLOOR = {1.0: 0.95, 0.6: 0.75, 0.3: 0.25}
# With no profane word to show, the profanity score goes no higher than the mildest word's
# floor: stage one's character n-grams find "cunt" in "Scunthorpe" and "shit" in "mishit".
NO_PROFANE_WORD_CAP = PROFANITY_FLOOR[0.3]
# The profanity label is the lexicon's own (weak labels: a word of weight 0.6 or more), so its
# threshold is not learnt but lies between the floors: every such word flags, a mild word
# ("bloody") only when the model is sure, and no word never.
PROFANITY_THRESHOLD = (NO_PROFANE_WORD_CAP + PROFANITY_FLOOR[0.6]) / 2
_ABUSIVE_LABELS = [LABELS.index(k) for k in ("abuse", "identity_attack", "sexual_harassment")]
# Quoting abuse to report or condemn it cuts the abuse-type scores (not threat, profanity) to 0.4:
# its reading is the looser one, and public posts that quote abuse to agree with it are cut too.
_QUOTED_ABUSE_FACTOR = 0.4
# Naming a sexist line to reject it, denying a hateful claim or defending a group from blame,
# with no insult beside it, cuts them to 0.3: even a score of 1 ends under thresholds of 0.31
# and more. (At 0.4, "Muslims are not evil.", which the model scored 0.95, stayed over them.)
_COUNTER_SPEECH_FACTOR = 0.3
# A group defended in words that name the hatred itself ("End anti-Muslim hate.", "Trans people
# face a lot of hate.") cuts them to 0.3: the model reads the name of the hatred as the hatred,
# up to 0.99, and at 0.3 even a score of 1 ends under thresholds of 0.31 and more.
_HATRED_NAMED_FACTOR = 0.3
# A complaint about a place or service in strong words (``rules.complains_about_a_thing``) cuts
# them to 0.3: the model scored "The state of the road is filthy." 0.88 for abuse, still over a
# threshold of 0.44 at half.
_ABOUT_A_THING_FACTOR = 0.3
# A group named with nothing said of it ("Blind people", ``rules.bare_mention``) cuts them to 0.3
# as well: the model scored "blind people" 0.51 for identity attack and "paralyzed people" 0.50,
# from the group word alone.
_BARE_MENTION_FACTOR = 0.3
# A group's need or hardship said plainly in a short note ("The women's football team needs a
# changing room with a lock.", ``rules.a_groups_need``) cuts them to 0.4: the model read the
# group word as sexism (0.25 for `sexual_harassment`, over its threshold).
_GROUP_NEED_FACTOR = 0.4
# Disavowed harm or a lawful action ("I'd never hurt anyone", "vote you out") cuts the threat
# score to 0.3 of the model's, unless a threat rule fired: a real threat rarely comes with
# either. Without an insult or swearing beside it, the abuse score too. Halving was not enough:
# the model reads "I'm going to ... you" as menace and scored "I'm going to vote you out at the
# next election" 0.58, still a threat at half; a threat the model is sure of (0.9) still is.
_PEACEFUL_FACTOR = 0.3
# A demand to resign or a lawful recourse in this many words or fewer is the whole message,
# and with no insult, swearing or group named it is not abuse; in a longer text it may stand
# beside abuse the cut would hide (public posts such as "... should resign and go back to
# where ...").
_RECOURSE_WORDS = 12
# An insult to the reader's face or about a named person ("you fucking idiot", "Cllr Smith is
# a liar") puts the abuse score at least here.
_DIRECT_INSULT_FLOOR = 0.8
# A well-worn sexist line ("women belong in the kitchen") puts the sexual-harassment score at
# least here; a threat of sexual violence puts it at least at the threat score.
_SEXIST_REMARK_FLOOR = 0.6
# A worn racist line ("go back to where you came from"), a slur said to someone ("you spastic"),
# an insult to the reader as one of a group ("Pensioners like you are a waste of space") or a
# stereotype pinned on a group by name ("Typical Jew, always after the money"), or a harm to a
# group welcomed ("Muslims face a lot of hate. Not enough.") puts the identity-attack score at
# least here; a racist line has race as its target group.
_IDENTITY_ATTACK_FLOOR = 0.6
_RACIST_LINE_GROUP = "race/ethnicity"
# The menace head, over its cut, puts the threat score at least at the threat threshold, rising
# to this at a head score of 1; the rules' combined evidence stops at the same value.
_MENACE_CEILING = 0.9


@dataclass(frozen=True)
class RuleExplanation:
    name: str
    matched: str
    reported: bool
    description: str  # what the rule looks for, in plain words, for the officer


# What each threat rule looks for, in the words the explanation gives the officer
_RULE_DESCRIPTIONS = {r.name: r.description for r in THREAT_RULES}

# How an explanation's summary says a text was read, by its stage
_READ_BY = {
    "lexical": "read by the word model only",
    "encoder": "read in full by the language model",
}


@dataclass(frozen=True)
class Explanation:
    """Why a text got its scores."""

    stage: str  # "lexical" (stage one only) or "encoder" (went through the cascade)
    rules: list[RuleExplanation] = field(default_factory=list)
    # the menace head's score where it is over its cut (0.0 otherwise), and whether it was set
    # aside because the text quotes or reports someone's words
    menace: float = 0.0
    menace_reported: bool = False
    # the sentence of a longer message that the head read the threat in, if not the whole text
    menace_sentence: str = ""
    # quotes abuse to report or condemn it, rejects a sexist line or defends a group
    counter_speech: bool = False
    abuse_quoted: bool = False  # of which: quotes abuse to report or condemn it
    # the words of a defence of a group that name the hatred itself ("anti-Muslim hate"), if any
    hatred_named: str = ""
    peaceful: str = ""  # words that disavow harm, name a lawful action or a danger, if any
    recourse: str = ""  # words that ask the person to resign or name a lawful recourse
    campaign: str = ""  # a campaign's call on a measure or a protest slogan ("kill the bill")
    about_a_thing: str = ""  # a complaint about a place or service in strong words, if any
    bare_mention: str = ""  # a group named with nothing said of it, if that is the whole text
    group_need: str = ""  # a group's need or hardship said plainly in a short note, if any
    insult: str = ""  # words that insult the reader or a named person, if any
    sexism: str = ""  # a sexist line or a threat of sexual violence, if any
    # a worn racist line ("go back to where you came from"), a trope about a group by name
    # ("Jews control the banks", "Muslim men are all groomers"), a harm to a group welcomed
    # ("Muslims are being targeted. Good.") or a stereotype pinned on one ("typical Jew"), if any
    racism: str = ""
    top_words: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    target_groups: list[str] = field(default_factory=list)
    profane_words: list[str] = field(default_factory=list)

    def reasons(self) -> list[str]:
        """Each reason for the scores in plain words, for the officer reading the message: how
        far it was read, what each threat rule looks for and the words it matched, and so on,
        not the stages' or rules' internal names."""
        parts = [_READ_BY[self.stage]]
        for r in self.rules:
            how = " (reported or quoted speech, weakened)" if r.reported else ""
            parts.append(f'a threat rule matched "{r.matched}": {r.description}{how}')
        if self.menace:
            how = " (reported or quoted speech, set aside)" if self.menace_reported else ""
            where = f' in the sentence "{self.menace_sentence}"' if self.menace_sentence else ""
            parts.append(f"its meaning reads as a threat ({self.menace:.2f}){where}{how}")
        if self.hatred_named:
            parts.append(
                f'counter-speech: opposes or tells of hatred of a group "{self.hatred_named}" '
                f"(abuse scores cut to {_HATRED_NAMED_FACTOR})"
            )
        elif self.abuse_quoted:
            parts.append(
                "counter-speech: quotes abuse to report or condemn it "
                f"(abuse scores cut to {_QUOTED_ABUSE_FACTOR})"
            )
        elif self.counter_speech:
            parts.append(
                "counter-speech: rejects a sexist line or a claim about a group, or defends a "
                f"group (abuse scores cut to {_COUNTER_SPEECH_FACTOR})"
            )
        if self.peaceful:
            parts.append(
                f"disavows harm, names a lawful action or a danger, or speaks figuratively "
                f'"{self.peaceful}" '
                f"(scores cut to {_PEACEFUL_FACTOR})"
            )
        if self.recourse:
            parts.append(
                f"asks the person to resign or names a lawful recourse "
                f'"{self.recourse}" (threat score cut to {_PEACEFUL_FACTOR}; abuse too where '
                f"it is said in a few words with no insult)"
            )
        if self.campaign:
            parts.append(
                "a campaign's call on a measure or a protest slogan, not on a person "
                f'"{self.campaign}" '
                f"(threat score cut to {_PEACEFUL_FACTOR}; abuse too where it is said in a few "
                f"words with no insult or group)"
            )
        if self.about_a_thing:
            parts.append(
                f'complains about a place or service, not a person "{self.about_a_thing}" '
                f"(abuse scores cut to {_ABOUT_A_THING_FACTOR})"
            )
        if self.bare_mention:
            parts.append(
                f'names a group and says nothing of it "{self.bare_mention}" '
                f"(abuse scores cut to {_BARE_MENTION_FACTOR})"
            )
        if self.group_need:
            parts.append(
                f'speaks of a group\'s need or hardship "{self.group_need}" '
                f"(abuse scores cut to {_GROUP_NEED_FACTOR})"
            )
        if self.insult:
            parts.append(f'insults someone "{self.insult}" (abuse at least {_DIRECT_INSULT_FLOOR})')
        if self.sexism:
            parts.append(f'sexist remark or sexual violence "{self.sexism}"')
        if self.racism:
            parts.append(
                f'hateful line, trope or stereotype about a group "{self.racism}" (identity attack '
                f"at least "
                f"{_IDENTITY_ATTACK_FLOOR})"
            )
        for label, ws in self.top_words.items():
            if ws:
                what = label.replace("_", " ")
                parts.append(f"words that weighed most for {what}: " + ", ".join(w for w, _ in ws))
        if self.target_groups:
            parts.append("target group: " + ", ".join(self.target_groups))
        if self.profane_words:
            parts.append("profanity: " + ", ".join(self.profane_words))
        return parts

    def summary(self) -> str:
        return "; ".join(self.reasons())

    def to_dict(self) -> dict[str, Any]:
        return {
            # for people, one line and one reason each; the fields below are for machines
            "summary": self.summary(),
            "reasons": self.reasons(),
            "stage": self.stage,
            "rules": [
                {
                    "name": r.name,
                    "description": r.description,
                    "matched": r.matched,
                    "reported": r.reported,
                }
                for r in self.rules
            ],
            "menace": self.menace,
            "menace_reported": self.menace_reported,
            "menace_sentence": self.menace_sentence,
            "counter_speech": self.counter_speech,
            "abuse_quoted": self.abuse_quoted,
            "hatred_named": self.hatred_named,
            "peaceful": self.peaceful,
            "recourse": self.recourse,
            "campaign": self.campaign,
            "about_a_thing": self.about_a_thing,
            "bare_mention": self.bare_mention,
            "group_need": self.group_need,
            "insult": self.insult,
            "sexism": self.sexism,
            "racism": self.racism,
            "top_words": {k: [[w, s] for w, s in v] for k, v in self.top_words.items()},
            "target_groups": self.target_groups,
            "profane_words": self.profane_words,
        }


@dataclass(frozen=True)
class ScreeningResult:
    scores: dict[str, float]
    flags: list[str]
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": self.scores,
            "flags": self.flags,
            "explanation": self.explanation.to_dict(),
        }


def _clip(text: str) -> str:
    """Keep the head and tail of very long texts; replace lone surrogates (invalid Unicode)."""
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        text = text[:HEAD_CHARS] + " \u2026 " + text[-TAIL_CHARS:]
    if not text.isascii():
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def prepare(text: object) -> str:
    """The form of a text that every stage reads, the encoder included: clipped, normalised.

    The encoder is uncased, so lower-casing changes nothing for it, but undoing obfuscation
    does: "h4te", "k i l l" and look-alike letters reach it as the words they stand for.
    """
    if not isinstance(text, str):
        return ""
    normalised = drop_address(plain_cigarettes(normalise(_clip(text))))
    removal = plain_removal(normalised)
    # "kick them out" of a group is not about an office (see ``plain_removal``)
    return normalised if removal != normalised and identity_mentions(normalised) else removal


# A line break ends a sentence where a blank line follows it or the next line opens with a
# capital: mail written on a phone often ends a sentence with a line break and no stop, while
# hard-wrapped mail goes on with its sentence in lower case on the next line.
_SENTENCE_LINE_BREAK_RE = re.compile(r"\r?\n(?:[ \t]*\r?\n)+|\r?\n(?=[ \t]*[A-Z])")


def sentence_source(text: object, normalised: str) -> str:
    """``normalised`` with a line break ("\\n") wherever a line break in ``text`` ends a
    sentence, for ``menacing_sentences``: normalising joins the lines into one, and a sinister
    line with no stop at its end would be read only within its neighbours. Lines are prepared
    apart only where the whole has words of menace, which any line with them has too."""
    if not isinstance(text, str) or "\n" not in text or not hints_at_menace(normalised):
        return normalised
    lines = [line for line in map(prepare, _SENTENCE_LINE_BREAK_RE.split(_clip(text))) if line]
    return "\n".join(lines) if len(lines) > 1 else normalised


# A line break that ends a sentence (as above) after a line with no stop of its own: a mail's
# subject, a greeting, a name and time over a post in a screenshot. A line that ends with a
# colon or comma runs on into the next ("He wrote:" / "I will ..."), so it is left alone.
_UNSTOPPED_LINE_END_RE = re.compile(rf"(?<=[^\s.!?:;,])[ \t]*(?:{_SENTENCE_LINE_BREAK_RE.pattern})")


def threat_hits(text: object, normalised: str) -> list[RuleHit]:
    """The threat rules' hits on a text; if none, on it with a stop at each line that ends a
    sentence without one; if none, on it with its emoji taken out.

    Normalising joins a text's lines, so a line with no stop runs into the next: "Planning
    application" over "Kill all councillors." reads "planning application kill all
    councillors", where no rule sees a sentence start. Such a line before the functional
    suite's threats took the share flagged `threat` from all of them to about half.

    Emoji are read as words (``text.spell_emoji``), which is what "I'll 🔪 you" needs; but a
    picture put between the words of a threat breaks the rule's phrase: "we know 🏠 where u
    live" reads "we know house where you live".
    """
    hits = threat_rule_hits(normalised)
    if hits or not isinstance(text, str):
        return hits
    if "\n" in text:
        stopped = _UNSTOPPED_LINE_END_RE.sub(". ", text)
        if stopped != text and (hits := threat_rule_hits(prepare(stopped))):
            return hits
    if text.isascii():  # no emoji in ASCII: most mail
        return hits
    bare = drop_emoji(text)
    return threat_rule_hits(prepare(bare)) if bare != text else hits


def routed_by_words(
    normalised: str, hits: Sequence[RuleHit], closer: bool, *, menace: bool = False
) -> bool:
    """True when the words alone send a text to the encoder, whatever stage one scores.

    A threat rule fired (``hits``), the text insults someone or swears more than mildly
    (``closer``, from ``needs_a_closer_read``), it has a word of violence or sexual content, or
    it speaks to the reader as one of a group ("Muslims like you ..."): stage one, trained mostly
    on public posts, underrates all four in short texts. With
    ``menace`` (heads trained on veiled threats, ``--veiled-threats``), words of a veiled threat
    or of a person's private life (``hints_at_menace``) send it too: stage one cannot see menace
    said in ordinary words, and heads that never learnt it gain nothing from reading it.
    """
    return (
        bool(hits)
        or closer
        or names_harm_or_sex(normalised)
        or addresses_by_group(normalised)
        or (menace and hints_at_menace(normalised))
    )


def _sigmoid(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    out: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))
    return out


def menace_probability(
    w: npt.NDArray[np.float32], b: float, emb: npt.NDArray[np.float32]
) -> npt.NDArray[np.float64]:
    """The menace head's score for each vector; training sets the head's cut with this too."""
    return _sigmoid((emb.astype(np.float32) @ w).astype(np.float64) + b)


def highest_menace(
    sources: Sequence[str],
    whole: npt.NDArray[np.float64],
    score: Callable[[list[str]], npt.NDArray[np.float64]],
) -> tuple[npt.NDArray[np.float64], list[str]]:
    """Each text's menace score, the highest of its whole's (``whole``; 0 where the encoder did
    not read the whole) and its sentences' with words of menace (``menacing_sentences`` of its
    ``sentence_source``, all scored in one call of ``score``), and the sentence that gave it
    ("" where the whole did).
    One sinister sentence is diluted in a longer message's vector; training sets the head's cut
    on posts read so too, every post's whole and sentences."""
    scores, read_in = whole.astype(np.float64), [""] * len(sources)
    apart = [(i, t) for i, source in enumerate(sources) for t in menacing_sentences(source)]
    if apart:
        for (i, sentence), value in zip(apart, score([t for _, t in apart]), strict=True):
            if value > scores[i]:
                scores[i], read_in[i] = value, sentence
    return scores, read_in


class Heads:
    """Stage-two heads: a small MLP on sentence embeddings, then per-label calibration."""

    def __init__(self, path: Path) -> None:
        with np.load(path, allow_pickle=False) as d:
            self.w1 = d["w1"].astype(np.float32)
            self.b1 = d["b1"].astype(np.float32)
            self.w2 = d["w2"].astype(np.float32)
            self.b2 = d["b2"].astype(np.float32)
            # calibration: final logit = a * stage2 + b * stage1 + c, per label
            self.cal2 = d["cal_stage2"].astype(np.float64)
            self.cal1 = d["cal_stage1"].astype(np.float64)
            self.cal0 = d["cal_bias"].astype(np.float64)
            # stage-one-only calibration: p = sigmoid(a * stage1 + c)
            self.lex_a = d["lex_a"].astype(np.float64)
            self.lex_c = d["lex_c"].astype(np.float64)
            # the menace head (absent from assets trained before it): p = sigmoid(emb . w + b)
            self.menace_w = d["menace_w"].astype(np.float32) if "menace_w" in d else None
            self.menace_b = float(d["menace_b"]) if "menace_b" in d else 0.0

    def logits(self, emb: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        h = np.maximum(emb @ self.w1 + self.b1, 0.0)
        out: npt.NDArray[np.float64] = (h @ self.w2 + self.b2).astype(np.float64)
        return out

    def menace(self, emb: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """The menace head's probability for each vector (zeros without a head)."""
        if self.menace_w is None:
            return np.zeros(len(emb))
        return menace_probability(self.menace_w, self.menace_b, emb)


class Screener:
    """Scores texts on the five labels. Thread-compatible for reading; load once, reuse."""

    def __init__(self, assets: Path = ASSETS, *, threads: int = 2) -> None:
        config = json.loads((assets / "config.json").read_text(encoding="utf-8"))
        if tuple(config["labels"]) != LABELS:
            raise ValueError("model assets were trained for different labels")
        self.thresholds: dict[str, float] = {k: float(v) for k, v in config["thresholds"].items()}
        self.gates = np.array([config["gates"][k] for k in LABELS], dtype=np.float64)
        # texts naming a protected group go to the encoder at a lower stage-one level, because
        # stage one cannot see group words and so cannot see attacks that hinge on them
        self.identity_gate = float(config.get("identity_gate", 0.0))
        # an identity attack needs a group: with none named (not even misspelt), the score is
        # scaled down, so that "cyclists are vermin" reads as abuse rather than hate
        self.identity_without_group = float(config.get("identity_attack_without_group", 1.0))
        # words of menace route a text only to heads that learnt veiled threats
        self.routes_menace = bool(config.get("routes_menace", False))
        # the menace head's cut: over it, a text the encoder reads is flagged `threat` unless it
        # quotes or reports someone's words; assets without the head have none
        self.menace_cut = float(config.get("menace_cut", math.inf))
        self.version: str = str(config.get("version", "unknown"))
        self.lexical = LexicalModel.load(assets / "lexical.npz")
        self.heads = Heads(assets / "heads.npz")
        self._assets = assets
        self._threads = threads
        self._encoder: SentenceEncoder | None = None

    @classmethod
    def load(cls) -> Screener:
        """The shared default screener, built from the packaged assets on first use."""
        return _default_screener()

    @property
    def encoder(self) -> SentenceEncoder:
        if self._encoder is None:
            self._encoder = SentenceEncoder(
                self._assets / "encoder-int8.onnx",
                self._assets / "tokenizer.json.gz",
                threads=self._threads,
            )
        return self._encoder

    def score(self, text: str) -> ScreeningResult:
        return self.score_batch([text])[0]

    def score_batch(
        self, texts: Sequence[str], *, embed: EmbedFn | None = None
    ) -> list[ScreeningResult]:
        """Score texts; ``embed`` replaces the encoder (used in evaluation with cached vectors)."""
        n = len(texts)
        if n == 0:
            return []
        norms = [prepare(t) for t in texts]
        s1_raw = self.lexical.logits(norms)
        s1 = s1_raw.astype(np.float64)
        p1 = _sigmoid(self.heads.lex_a * s1 + self.heads.lex_c)
        hits = [threat_hits(t, nm) for t, nm in zip(texts, norms, strict=True)]
        mentions = [identity_mentions(nm) for nm in norms]
        identity = np.array([names_strong_group(m) for m in mentions])
        profane = [profanity_hits(nm) for nm in norms]
        closer = np.array(
            [needs_a_closer_read(nm, pr) for nm, pr in zip(norms, profane, strict=True)]
        )
        escalate = (p1 >= self.gates).any(axis=1)
        escalate |= np.array(
            [
                routed_by_words(nm, h, c, menace=self.routes_menace)
                for nm, h, c in zip(norms, hits, closer, strict=True)
            ]
        )
        escalate |= identity & (p1[:, _ABUSIVE_LABELS].max(axis=1) >= self.identity_gate)
        escalate |= np.array(
            [bool(named) and names_hatred(nm) for named, nm in zip(identity, norms, strict=True)]
        )
        escalate &= np.array([bool(nm.strip()) for nm in norms])

        thresholds = np.array([self.thresholds[k] for k in LABELS])
        probs = np.minimum(p1, 0.9 * thresholds)  # stage one never flags on its own
        menace = np.zeros(n)
        menace_sentence = [""] * n
        idx = np.flatnonzero(escalate)
        encode = embed if embed is not None else self.encoder.encode
        if len(idx):
            selected = [norms[int(i)] for i in idx]
            emb = encode(selected)
            s2 = self.heads.logits(emb)
            z = self.heads.cal2 * s2 + self.heads.cal1 * s1[idx] + self.heads.cal0
            probs[idx] = _sigmoid(z)
            menace[idx] = self.heads.menace(emb)
        if self.heads.menace_w is not None:
            # a longer message's sentences of menace are read whether or not the whole went to
            # the encoder: stage one reads the whole, in which one such sentence is diluted too
            menace, menace_sentence = highest_menace(
                [sentence_source(t, nm) for t, nm in zip(texts, norms, strict=True)],
                menace,
                lambda ts: self.heads.menace(encode(ts)),
            )

        results = []
        ti, pi = LABELS.index("threat"), LABELS.index("profanity")
        ii, ai = LABELS.index("identity_attack"), LABELS.index("abuse")
        si = LABELS.index("sexual_harassment")
        for i in range(n):
            p = probs[i].copy()
            no_group = not mentions[i] and not names_group_nearly(norms[i])
            if self.identity_without_group < 1.0 and no_group:
                p[ii] *= self.identity_without_group
            rule_p = rule_threat_probability(hits[i])
            p[ti] = 1.0 - (1.0 - p[ti]) * (1.0 - rule_p)
            # before the cuts below: a disavowal or a lawful action answers the head's reading too
            menace_read, menace_reported, read_in = 0.0, False, ""
            if menace[i] >= self.menace_cut:
                menace_read, read_in = round(float(menace[i]), 4), menace_sentence[i]
                # reported or quoted where the head read it: the sentence, if it read one apart
                menace_reported = bool(
                    others_words_in(norms[i], read_in) if read_in else others_words(norms[i])
                )
                if not menace_reported:
                    p[ti] = max(p[ti], self._menace_score(float(menace[i])))
            # a lawful action answers a vague "you'll pay", not a rule that names harm
            lawful = all(h.may_be_lawful for h in hits[i])
            peaceful = peaceful_intent(norms[i]) if lawful else ""
            # a demand to resign, or to see the reader in court, is no threat, though it may be
            # abuse; it answers the heads' and the menace head's reading of it, not a rule's, nor
            # menace read in another sentence
            recourse = "" if peaceful or hits[i] else lawful_recourse(norms[i])
            if recourse and menace_read and read_in and recourse not in read_in:
                recourse = ""
            # said in a few words, with no insult, swearing or group, it is the whole message
            plain_and_short = (
                not closer[i] and no_group and len(norms[i].split()) <= _RECOURSE_WORDS
            )
            if recourse:
                p[ti] *= _PEACEFUL_FACTOR
                if plain_and_short:  # not abuse either
                    p[ai] *= _PEACEFUL_FACTOR
            # a campaign's call on a measure ("Kill the bill."), on the same terms; said in a few
            # words, its short slogan's words are no attack on a group or sexism either
            campaign = "" if peaceful or recourse or hits[i] else campaign_call(norms[i])
            if campaign and menace_read and read_in and campaign not in read_in:
                campaign = ""
            if campaign:
                p[ti] *= _PEACEFUL_FACTOR
                if plain_and_short:
                    p[[ai, ii, si]] *= _PEACEFUL_FACTOR
            if peaceful:
                p[ti] *= _PEACEFUL_FACTOR
                if not closer[i]:  # no insult or swearing either: not abuse on its own
                    p[ai] *= _PEACEFUL_FACTOR
                    if no_group:  # nor an attack on a group, when none is named
                        p[ii] *= _PEACEFUL_FACTOR
                    if not names_harm_or_sex(norms[i]):  # nor harassment, with no sexual word
                        p[si] *= _PEACEFUL_FACTOR
            # read on every text: a slur or an insult such as "failure" does not route a text
            insult = direct_insult(norms[i])
            if insult:
                p[ai] = max(p[ai], _DIRECT_INSULT_FLOOR)
                # a slur, or the reader insulted as one of a group ("Dwarfs like you should be in
                # a circus"): an attack on the group as well as the person
                if names_a_slur(insult) or addresses_by_group(norms[i]):
                    p[ii] = max(p[ii], _IDENTITY_ATTACK_FLOOR)
            sexism, rejected_sexism = sexist_line(norms[i])
            if sexism:
                p[si] = max(p[si], _SEXIST_REMARK_FLOOR)
            if p[ti] > p[si] and (violent := sexual_violence(norms[i])):
                sexism = sexism or violent
                p[si] = p[ti]
            racist_line, rejected_racism = xenophobic_line(norms[i])
            trope, rejected_trope = group_trope(norms[i])
            shunning, rejected_shunning = call_to_shun(norms[i])
            rejected_racism = rejected_racism or rejected_trope or rejected_shunning
            racism = (
                racist_line
                or trope
                or shunning
                or welcomes_harm_to_a_group(norms[i])
                or ("" if rejected_racism else typical_group(norms[i])[0])
            )
            if racism:
                p[ii] = max(p[ii], _IDENTITY_ATTACK_FLOOR)
            # abuse quoted to condemn it, a sexist line named to reject it, or a group defended
            # without insult, swearing or menace; a hateful claim denied, whose own words are the
            # insult ("Immigrants aren't criminals"), with no insult said to anyone
            defence = (
                ""
                if hits[i] or sexism or racism or closer[i] or rejected_sexism or rejected_racism
                else defends_a_group(norms[i])
            )
            quoted = denounced_quote(norms[i])
            countered = quoted or (
                not hits[i]
                and not sexism
                and not racism
                and (
                    (not closer[i] and bool(rejected_sexism or rejected_racism or defence))
                    or (not insult and bool(rejects_a_claim(norms[i])))
                )
            )
            # or strong words about a place or service, with no insult, swearing, threat or group
            about_a_thing = (
                ""
                if countered or insult or profane[i] or hits[i] or mentions[i] or sexism or racism
                else complains_about_a_thing(norms[i])
            )
            # or a group named and nothing said of it (a complaint about a thing names none, and a
            # slur is not a group word here): only read where the lexicon found a group
            bare_group = (
                bare_mention(norms[i])
                if mentions[i]
                and not (countered or insult or profane[i] or hits[i] or sexism or racism)
                else ""
            )
            # or a group's need or hardship said plainly: "Pregnant women need somewhere to sit."
            group_need = (
                a_groups_need(norms[i])
                if mentions[i]
                and not (
                    bare_group or countered or insult or closer[i] or hits[i] or sexism or racism
                )
                else ""
            )
            hatred_named = defence if countered and names_the_hatred(defence) else ""
            if hatred_named:
                p[_ABUSIVE_LABELS] *= _HATRED_NAMED_FACTOR
            elif quoted:
                p[_ABUSIVE_LABELS] *= _QUOTED_ABUSE_FACTOR
            elif countered:
                p[_ABUSIVE_LABELS] *= _COUNTER_SPEECH_FACTOR
            elif about_a_thing:
                p[_ABUSIVE_LABELS] *= _ABOUT_A_THING_FACTOR
            elif bare_group:
                p[_ABUSIVE_LABELS] *= _BARE_MENTION_FACTOR
            elif group_need:
                p[_ABUSIVE_LABELS] *= _GROUP_NEED_FACTOR
            prof = profane[i]
            if prof:
                p[pi] = max(p[pi], max(PROFANITY_FLOOR.get(w, 0.75) for _, w in prof))
            else:
                p[pi] = min(p[pi], NO_PROFANE_WORD_CAP)
            scores = {k: round(float(min(max(p[j], 0.0), 1.0)), 4) for j, k in enumerate(LABELS)}
            flags = [k for k in LABELS if scores[k] >= self.thresholds[k]]
            results.append(
                ScreeningResult(
                    scores=scores,
                    flags=flags,
                    explanation=self._explain(
                        norms[i],
                        scores,
                        flags,
                        hits[i],
                        (menace_read, menace_reported, read_in),
                        prof,
                        bool(escalate[i]),
                        (countered, hatred_named, quoted),
                        peaceful,
                        (recourse, campaign),
                        about_a_thing,
                        (bare_group, group_need),
                        insult,
                        sexism,
                        racism,
                        bool(racist_line),
                        mentions[i],
                    ),
                )
            )
        return results

    def _menace_score(self, head: float) -> float:
        """The threat score the menace head's reading sets: the threshold at the cut, rising
        linearly to ``_MENACE_CEILING`` at 1."""
        threshold = self.thresholds["threat"]
        rise = (head - self.menace_cut) / max(1.0 - self.menace_cut, 1e-9)
        return threshold + (_MENACE_CEILING - threshold) * min(max(rise, 0.0), 1.0)

    def _explain(
        self,
        norm: str,
        scores: dict[str, float],
        flags: list[str],
        hits: list[RuleHit],
        menace: tuple[float, bool, str],
        prof: list[tuple[str, float]],
        escalated: bool,
        countered: tuple[bool, str, bool],
        peaceful: str,
        recourse_or_campaign: tuple[str, str],
        about_a_thing: str,
        bare_group_or_need: tuple[str, str],
        insult: str,
        sexism: str,
        racism: str,
        racist_line: bool,
        mentions: list[tuple[str, str]],
    ) -> Explanation:
        # words that weighed most, for each flagged label (or the highest one when it comes
        # within half of its threshold); clearly harmless texts get none, which keeps it fast
        labels = list(flags)
        if not labels:
            top = max(LABELS, key=lambda k: scores[k] / self.thresholds[k])
            if scores[top] >= 0.5 * self.thresholds[top]:
                labels = [top]
        labels = [k for k in labels if k != "profanity" or not prof]
        top_words: dict[str, list[tuple[str, float]]] = {}
        if labels:
            found = self.lexical.word_contributions(norm, [LABELS.index(k) for k in labels])
            top_words = dict(zip(labels, found, strict=True))
        groups: list[str] = []
        if (
            "identity_attack" in flags
            or scores["identity_attack"] >= 0.5 * self.thresholds["identity_attack"]
        ):
            for _, group in mentions:
                if group not in groups:
                    groups.append(group)
            # a stereotype names its group ("typical Jew"); a racist line may name none
            if racist_line and _RACIST_LINE_GROUP not in groups:
                groups.append(_RACIST_LINE_GROUP)
        return Explanation(
            stage="encoder" if escalated else "lexical",
            rules=[
                RuleExplanation(h.name, h.matched, h.reported, _RULE_DESCRIPTIONS[h.name])
                for h in hits
            ],
            menace=menace[0],
            menace_reported=menace[1],
            menace_sentence=menace[2],
            counter_speech=countered[0],
            hatred_named=countered[1],
            abuse_quoted=countered[2] and not countered[1],
            peaceful=peaceful,
            recourse=recourse_or_campaign[0],
            campaign=recourse_or_campaign[1],
            about_a_thing=about_a_thing,
            bare_mention=bare_group_or_need[0],
            group_need=bare_group_or_need[1],
            insult=insult,
            sexism=sexism,
            racism=racism,
            top_words=top_words,
            target_groups=groups,
            profane_words=sorted({w for w, _ in prof}),
        )


@cache
def _default_screener() -> Screener:
    return Screener()
