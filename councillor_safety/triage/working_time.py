"""Response clocks on a council's working calendar.

A P1 clock runs round the clock; the others run only in working hours (09:00 to 17:00, Monday to
Friday by default), skipping bank holidays, which come from the ``holidays`` library for the
council's part of the UK. A working day is one working-day length of working time, so "2 working
days" from Monday 10:00 is Wednesday 10:00, and a report made at the weekend starts its clock on
Monday morning.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
# The parts of the UK with their own bank holidays, as the holidays library names them.
REGIONS = {
    "ENG": "England and Wales",
    "WLS": "England and Wales (Wales)",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
}


@lru_cache(maxsize=64)
def _bank_holidays(region: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv=region, years=year).keys())


@dataclass(frozen=True)
class WorkingCalendar:
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)
    weekdays: frozenset[int] = field(default_factory=lambda: frozenset({0, 1, 2, 3, 4}))
    region: str = "ENG"

    def __post_init__(self) -> None:
        if self.day_end <= self.day_start:
            raise ValueError("The working day must end after it starts")
        if not self.weekdays or not self.weekdays <= set(range(7)):
            raise ValueError("Choose at least one working day of the week")
        if self.region not in REGIONS:
            raise ValueError(f"Unknown bank-holiday region {self.region!r}")

    @property
    def minutes_per_day(self) -> int:
        start = datetime.combine(date.min, self.day_start)
        end = datetime.combine(date.min, self.day_end)
        return int((end - start).total_seconds() // 60)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and day not in _bank_holidays(self.region, day.year)

    def _opening(self, day: date) -> datetime:
        return datetime.combine(day, self.day_start, tzinfo=LONDON)

    def _closing(self, day: date) -> datetime:
        return datetime.combine(day, self.day_end, tzinfo=LONDON)

    def next_working_moment(self, moment: datetime) -> datetime:
        """The moment itself if it falls in working hours, else the next opening time."""
        local = moment.astimezone(LONDON)
        day = local.date()
        if self.is_working_day(day) and self._opening(day) <= local < self._closing(day):
            return local
        if self.is_working_day(day) and local < self._opening(day):
            return self._opening(day)
        day += timedelta(days=1)
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return self._opening(day)

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment `minutes` of working time after `start` (an aware datetime)."""
        if minutes < 0:
            raise ValueError("A clock cannot run backwards")
        if start.tzinfo is None:
            raise ValueError("Use an aware datetime")
        moment = self.next_working_moment(start)
        remaining = timedelta(minutes=minutes)
        while True:
            closing = self._closing(moment.date())
            if moment + remaining <= closing:
                return (moment + remaining).astimezone(start.tzinfo)
            remaining -= closing - moment
            moment = self.next_working_moment(closing)

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """Working time elapsed from `start` to `end` (0 if `end` is earlier)."""
        if end <= start:
            return 0
        total = timedelta()
        moment = self.next_working_moment(start)
        end_local = end.astimezone(LONDON)
        while moment < end_local:
            closing = self._closing(moment.date())
            total += min(closing, end_local) - moment
            moment = self.next_working_moment(closing)
        return int(total.total_seconds() // 60)


def add_clock(
    start: datetime, minutes: int, *, working: bool, calendar: WorkingCalendar
) -> datetime:
    """A due time: round-the-clock minutes, or working minutes on the calendar."""
    if minutes < 0:
        raise ValueError("A clock cannot run backwards")
    if not working:
        return start + timedelta(minutes=minutes)
    return calendar.add_working_minutes(start, minutes)
