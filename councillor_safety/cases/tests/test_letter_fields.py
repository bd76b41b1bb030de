"""Letter templates may use only the documented fields, filters and {% if %}."""

from __future__ import annotations

import datetime

import pytest

from councillor_safety.cases.letter_fields import (
    SAFE_FIELDS,
    LetterFacts,
    UnsafeTemplate,
    compile_letter_template,
    example_facts,
    render_letter,
)
from councillor_safety.cases.tests.factories import DESIST_BODY

REFUSED = [
    ("{{ case.councillor.password }}", "‘case.councillor.password’ is not a field"),
    ("{{ user.email }}", "‘user.email’ is not a field"),
    ("Hello\n\n{{ councillor.home_address }}", "Line 3: ‘councillor.home_address’"),
    ("{{ recipient.name|safe }}", "the filter ‘safe’ is not allowed"),
    ("{{ recipient.name|default:settings.SECRET_KEY }}", "‘settings.SECRET_KEY’ is not a field"),
    ("{% if request.user.is_staff %}x{% endif %}", "‘request.user.is_staff’ is not a field"),
    ("{% include 'base.html' %}", "the tag ‘{% include %}’ is not allowed"),
    ("{% load static %}", "only fields and {% if %}"),
    ("{% url 'cases:list' %}", "the tag ‘{% url %}’ is not allowed"),
    ("{% for x in incidents %}{{ x }}{% endfor %}", "the tag ‘{% for %}’ is not allowed"),
    ("{% with n=recipient.name %}{{ n }}{% endwith %}", "the tag ‘{% with %}’ is not allowed"),
    ("{% debug %}", "the tag ‘{% debug %}’ is not allowed"),
    ("{{ recipient.name.__class__ }}", "may not begin with underscores"),
    ("Dear {{ recipient.name", "not closed"),
    ("{% if recipient.name %}unclosed", "Unclosed tag"),
]


@pytest.mark.parametrize(("source", "message"), REFUSED)
def test_unknown_or_unsafe_templates_are_refused_with_a_reason(source, message):
    with pytest.raises(UnsafeTemplate) as caught:
        compile_letter_template(source)
    assert any(message in problem for problem in caught.value.problems), caught.value.problems


def test_every_problem_is_listed_with_its_line():
    with pytest.raises(UnsafeTemplate) as caught:
        compile_letter_template("{{ a.b }}\n{{ recipient.name }}\n{{ c.d|safe }}")
    assert caught.value.problems == [
        "Line 1: ‘a.b’ is not a field letters can use. Use one of the fields listed on this page",
        "Line 3: ‘c.d’ is not a field letters can use. Use one of the fields listed on this page",
        "Line 3: the filter ‘safe’ is not allowed in letters",
    ]


@pytest.mark.parametrize("field", sorted(SAFE_FIELDS))
def test_every_documented_field_is_accepted(field):
    compile_letter_template(f"{{{{ {field} }}}}{{% if {field} %}}yes{{% endif %}}")


def test_a_letter_renders_the_facts_as_plain_text():
    facts = LetterFacts(
        recipient_name="Pat <b>Sender</b>",
        recipient_address="1 High St",
        council_name="North Harbour District Council",
        spoc_team_email="support@example.gov.uk",
        councillor_name="Cllr Zinnia Quarterbridge",
        councillor_ward="Quayside",
        case_reference="NH-C-2026-0001",
        incident_dates=[
            datetime.date(2026, 3, 9),
            datetime.date(2026, 3, 3),
            datetime.date(2026, 3, 14),
        ],
        contact_name="Sam Officer",
        contact_email="sam@example.gov.uk",
        contact_phone="",
        signatory_name="Alex Monitoring",
        signatory_title="Monitoring Officer",
        today=datetime.date(2026, 3, 20),
    )
    text = render_letter(DESIST_BODY + "\n{{ today|date:'j F Y' }}", facts)
    # Plain text: escaping happens where the text is drawn, so nothing is double-escaped here.
    assert text.startswith("Dear Pat <b>Sender</b>,")
    assert "councillor for Quayside, on 3 March 2026, 9 March 2026 and 14 March 2026." in text
    assert "through Sam Officer (sam@example.gov.uk), quoting reference NH-C-2026-0001." in text
    assert text.endswith("20 March 2026")


def test_example_facts_preview_any_safe_template():
    assert "A. Sender" in render_letter(DESIST_BODY, example_facts())
