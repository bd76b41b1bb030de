"""Response clocks across evenings, weekends, bank holidays and clock changes."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from councillor_safety.triage.working_time import LONDON, WorkingCalendar, add_clock

CAL = WorkingCalendar()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LONDON)


@pytest.mark.parametrize(
    ("start", "minutes", "due"),
    [
        # within one working day
        ("2026-11-18T10:00", 240, "2026-11-18T14:00"),  # Wednesday
        # runs over the evening into the next morning
        ("2026-11-18T15:00", 240, "2026-11-19T11:00"),
        # reported on Friday afternoon: due on Monday
        ("2026-11-20T16:00", 240, "2026-11-23T12:00"),
        # reported at 23:30 on Saturday: the clock starts at 09:00 on Monday
        ("2026-11-21T23:30", 240, "2026-11-23T13:00"),
        # 2 working days (P3) from Tuesday morning
        ("2026-11-17T10:00", 960, "2026-11-19T10:00"),
        # 5 working days (P4) from Monday 09:00 ends on Friday at close of business
        ("2026-11-16T09:00", 2400, "2026-11-20T17:00"),
        # Christmas: Thursday 24 Dec 2026, then Christmas Day, a weekend and Boxing Day (observed) on Monday 28th
        ("2026-12-24T15:00", 240, "2026-12-29T11:00"),
        # Easter 2026: Good Friday 3 April and Easter Monday 6 April are bank holidays
        ("2026-04-02T16:00", 120, "2026-04-07T10:00"),
        # the last Monday of August is a bank holiday in England…
        ("2026-08-28T16:00", 120, "2026-09-01T10:00"),
        # before opening: starts at 09:00
        ("2026-11-18T07:15", 30, "2026-11-18T09:30"),
        # exactly at closing
        ("2026-11-18T13:00", 240, "2026-11-18T17:00"),
        # zero minutes from out of hours: the next opening
        ("2026-11-21T12:00", 0, "2026-11-23T09:00"),
    ],
)
def test_working_clocks(start, minutes, due):
    assert CAL.add_working_minutes(at(start), minutes) == at(due)


def test_scotland_has_its_own_bank_holidays():
    # 2 January is a bank holiday in Scotland, not in England; 3-4 January 2027 fall… on a weekend.
    scotland = WorkingCalendar(region="SCT")
    start = at("2026-12-31T16:00")  # Thursday
    assert CAL.add_working_minutes(start, 120) == at(
        "2027-01-04T10:00"
    )  # 1 Jan Fri holiday, weekend
    assert scotland.add_working_minutes(start, 120) == at(
        "2027-01-05T10:00"
    )  # 4 Jan substitute day


def test_the_first_monday_of_august_is_a_holiday_only_in_scotland():
    scotland = WorkingCalendar(region="SCT")
    friday = at("2026-07-31T16:00")
    assert CAL.add_working_minutes(friday, 120) == at("2026-08-03T10:00")
    assert scotland.add_working_minutes(friday, 120) == at("2026-08-04T10:00")


def test_round_the_clock_p1_ignores_the_calendar():
    start = at("2026-11-21T23:30")  # Saturday night
    assert add_clock(start, 15, working=False, calendar=CAL) == at("2026-11-21T23:45")


def test_clocks_across_the_autumn_clock_change():
    # 25 October 2026: clocks go back an hour at 02:00 on Sunday; P1 minutes are real minutes.
    start = at("2026-10-25T00:50")
    due = add_clock(start, 90, working=False, calendar=CAL)
    assert (due - start).total_seconds() == 90 * 60
    # Working hours on Monday are still 09:00–17:00 local time.
    assert CAL.add_working_minutes(at("2026-10-23T16:00"), 120) == at("2026-10-26T10:00")


def test_custom_hours_and_days():
    late = WorkingCalendar(
        day_start=time(8, 0), day_end=time(20, 0), weekdays=frozenset({0, 1, 2, 3, 4, 5})
    )
    assert late.add_working_minutes(at("2026-11-21T19:00"), 120) == at(
        "2026-11-23T09:00"
    )  # Sat → Mon
    assert late.minutes_per_day == 720


def test_elapsed_working_time():
    assert CAL.working_minutes_between(at("2026-11-20T16:00"), at("2026-11-23T10:00")) == 120
    assert CAL.working_minutes_between(at("2026-11-23T10:00"), at("2026-11-20T16:00")) == 0


@pytest.mark.parametrize(
    "kwargs",
    [
        {"day_start": time(17), "day_end": time(9)},
        {"weekdays": frozenset()},
        {"weekdays": frozenset({7})},
        {"region": "XX"},
    ],
)
def test_impossible_calendars_are_refused(kwargs):
    with pytest.raises(ValueError):  # noqa: PT011 - each message is checked where forms show it
        WorkingCalendar(**kwargs)


def test_negative_and_naive_inputs_are_refused():
    with pytest.raises(ValueError, match="backwards"):
        CAL.add_working_minutes(at("2026-11-18T10:00"), -5)
    with pytest.raises(ValueError, match="aware"):
        CAL.add_working_minutes(datetime(2026, 11, 18, 10, 0), 5)  # noqa: DTZ001 - the point of the test
