"""Letter templates: Django template syntax with a small, documented set of safe fields.

A template may only print the fields in :data:`SAFE_FIELDS`, through the filters in
:data:`SAFE_FILTERS`, and use ``{% if %}`` on those fields. Anything else — another field, an
attribute of a field, ``{% include %}``, ``{% load %}``, ``{% url %}`` — is refused when the
template is saved, with the line it is on, so a template can never reach data it was not meant
to (a councillor's home address, another case) however it is edited.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.template import Context, Engine, Template, TemplateSyntaxError
from django.template.base import FilterExpression, Node, TextNode, Variable, VariableNode
from django.template.defaulttags import CommentNode, IfNode
from django.utils import timezone

SAFE_FIELDS: dict[str, str] = {
    "today": "The date the letter is drafted (use with |date, e.g. {{ today|date:'j F Y' }})",
    "recipient.name": "The name of the person the letter is to",
    "recipient.address": "Their postal address, as entered on the letter",
    "council.name": "The council's name",
    "council.spoc_team_email": "The member-support team's e-mail address",
    "councillor.name": "The councillor's name",
    "councillor.ward": "The councillor's ward",
    "case.reference": "The case reference, for example NH-C-2026-0003",
    "incidents.count": "How many incidents the case holds",
    "incidents.first_date": "The date of the first incident",
    "incidents.last_date": "The date of the latest incident",
    "incidents.dates": "The incident dates as a list in words, e.g. 3, 9 and 14 March 2026",
    "contact_officer.name": "The one officer the recipient must contact (the case owner)",
    "contact_officer.email": "That officer's e-mail address",
    "contact_officer.phone": "That officer's phone number",
    "signatory.name": "The name of the person who approves and signs the letter",
    "signatory.title": "Their title, from the template",
}
SAFE_FILTERS = frozenset({"date", "upper", "lower", "title", "capfirst", "default", "linebreaksbr"})
_DATE_FIELDS = frozenset({"today", "incidents.first_date", "incidents.last_date"})

# Autoescape is off because the output is plain text: it is escaped when drawn into the PDF.
_ENGINE = Engine(autoescape=False, debug=True, string_if_invalid="")


class UnsafeTemplate(ValueError):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def _line(node: Node) -> str:
    token = getattr(node, "token", None)
    lineno = getattr(token, "lineno", None)
    return f"Line {lineno}: " if lineno else ""


def _check_variable(var: object, node: Node, problems: list[str]) -> None:
    if isinstance(var, Variable) and var.literal is None and var.var not in SAFE_FIELDS:
        problems.append(
            f"{_line(node)}‘{var.var}’ is not a field letters can use. "
            "Use one of the fields listed on this page"
        )


def _check_expression(expression: FilterExpression, node: Node, problems: list[str]) -> None:
    _check_variable(expression.var, node, problems)
    for func, args in expression.filters:
        name = getattr(func, "_filter_name", func.__name__)
        if name not in SAFE_FILTERS:
            problems.append(f"{_line(node)}the filter ‘{name}’ is not allowed in letters")
        for _lookup, arg in args:
            _check_variable(arg, node, problems)


def _check_condition(condition: Any, node: Node, problems: list[str]) -> None:
    if condition is None:
        return
    value = getattr(condition, "value", None)
    if isinstance(value, FilterExpression):
        _check_expression(value, node, problems)
        return
    _check_condition(getattr(condition, "first", None), node, problems)
    _check_condition(getattr(condition, "second", None), node, problems)


def _check_nodes(nodes: Any, problems: list[str]) -> None:
    for node in nodes:
        if isinstance(node, CommentNode):
            continue
        if isinstance(node, TextNode):
            if "{{" in node.s or "{%" in node.s:
                problems.append(f"{_line(node)}a field or tag is not closed with }}}} or %}}")
            continue
        if isinstance(node, VariableNode):
            _check_expression(node.filter_expression, node, problems)
        elif isinstance(node, IfNode):
            for condition, nodelist in node.conditions_nodelists:
                _check_condition(condition, node, problems)
                _check_nodes(nodelist, problems)
        else:
            tag = getattr(getattr(node, "token", None), "contents", "").split(" ")[0]
            problems.append(
                f"{_line(node)}the tag ‘{{% {tag} %}}’ is not allowed in letters: "
                "only fields and {% if %} are"
            )


def compile_letter_template(source: str) -> Template:
    """The compiled template, or :class:`UnsafeTemplate` listing every problem with its line."""
    try:
        template = _ENGINE.from_string(source)
    except TemplateSyntaxError as exc:
        lineno = ""
        info = getattr(exc, "template_debug", None)
        if info:
            lineno = f"Line {info['line']}: "
        first_line = str(exc).splitlines()[0]
        if "registered tag library" in first_line or "Invalid block tag" in first_line:
            first_line = "only fields and {% if %} … {% endif %} may be used in letters"
        raise UnsafeTemplate([f"{lineno}{first_line}"]) from exc
    problems: list[str] = []
    _check_nodes(template.nodelist, problems)
    if problems:
        raise UnsafeTemplate(problems)
    return template


@dataclass(frozen=True)
class LetterFacts:
    """The values behind the safe fields, gathered by the service that drafts a letter."""

    recipient_name: str
    recipient_address: str
    council_name: str
    spoc_team_email: str
    councillor_name: str
    councillor_ward: str
    case_reference: str
    incident_dates: list[datetime.date]
    contact_name: str
    contact_email: str
    contact_phone: str
    signatory_name: str
    signatory_title: str
    today: datetime.date


def _dates_in_words(dates: list[datetime.date]) -> str:
    days = sorted(set(dates))
    if not days:
        return ""
    words = [f"{d.day} {d:%B %Y}" for d in days]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def render_letter(source: str, facts: LetterFacts) -> str:
    template = compile_letter_template(source)
    dates = sorted(facts.incident_dates)
    context = {
        "today": facts.today,
        "recipient": {"name": facts.recipient_name, "address": facts.recipient_address},
        "council": {"name": facts.council_name, "spoc_team_email": facts.spoc_team_email},
        "councillor": {"name": facts.councillor_name, "ward": facts.councillor_ward},
        "case": {"reference": facts.case_reference},
        "incidents": {
            "count": len(dates),
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
            "dates": _dates_in_words(dates),
        },
        "contact_officer": {
            "name": facts.contact_name,
            "email": facts.contact_email,
            "phone": facts.contact_phone,
        },
        "signatory": {"name": facts.signatory_name, "title": facts.signatory_title},
    }
    return template.render(Context(context, autoescape=False)).strip()


def example_facts() -> LetterFacts:
    """Stand-in values for previewing a template while it is edited."""
    today = timezone.localdate()
    return LetterFacts(
        recipient_name="A. Sender",
        recipient_address="1 Example Street\nNorth Harbour\nNH1 1AA",
        council_name="Example Council",
        spoc_team_email="member.support@example.gov.uk",
        councillor_name="Cllr Example",
        councillor_ward="Harbour ward",
        case_reference="XX-C-2026-0001",
        incident_dates=[today - datetime.timedelta(days=9), today - datetime.timedelta(days=2)],
        contact_name="Sam Officer",
        contact_email="sam.officer@example.gov.uk",
        contact_phone="01234 567890",
        signatory_name="Alex Signatory",
        signatory_title="Monitoring Officer",
        today=today,
    )
