"""The small-number rules, one by one."""

from __future__ import annotations

import pytest

from wijkteam_desk.errors import ValidationError
from wijkteam_desk.reports.figures import Period, Stat, describe
from wijkteam_desk.reports.suppression import Suppressor

S = Suppressor(5)


@pytest.mark.parametrize(("n", "shown"), [(0, 0), (1, "<5"), (4, "<5"), (5, 5), (12, 12)])
def test_counts(n: int, shown: object) -> None:
    assert S.count(n) == shown


def test_shares() -> None:
    assert S.share(0, 0) is None
    assert S.share(3, 4) == "<5"  # small denominator
    assert S.share(3, 40) == "<5"  # small numerator: 3 could be recomputed
    assert S.share(0, 40) == 0
    assert S.share(10, 40) == 0.25


def test_figures_over_groups() -> None:
    assert S.over_group(4, 12.5) == "<5"
    assert S.over_group(5, 12.5) == 12.5
    assert S.over_group(0, None) is None


def test_secondary_suppression_protects_a_single_small_cell() -> None:
    cells, total = S.breakdown([61, 40, 3, 12])
    assert cells == [61, 40, "<5", "x"] and total == 116
    cells, total = S.breakdown([61, 2, 3])  # two small cells: they protect each other
    assert cells == [61, "<5", "<5"] and total == 66
    cells, total = S.breakdown([3, 0])
    assert cells == ["<5", 0] and total == "<5"


def test_other_threshold() -> None:
    s = Suppressor(10)
    assert s.count(9) == "<10" and s.count(10) == 10 and s.mark == "<10"


def test_median_and_p90_by_hand() -> None:
    assert describe([]) == Stat(0)
    assert describe([7]) == Stat(1, 7.0, 7.0)
    # sorted 1..10: median 5.5; p90 = the ceil(0.9 * 10) = 9th smallest value
    assert describe(range(10, 0, -1)) == Stat(10, 5.5, 9.0)
    assert describe([4, 1, 30]) == Stat(3, 4.0, 30.0)  # ceil(2.7) = 3rd


def test_quarters_and_bad_periods() -> None:
    q = Period.quarter(2026, 1)
    assert (q.start.isoformat(), q.end.isoformat(), q.months) == ("2026-01-01", "2026-03-31", 3.0)
    assert Period.quarter(2024, 4).end.isoformat() == "2024-12-31"
    with pytest.raises(ValidationError, match="kwartaal moet 1, 2, 3 of 4"):
        Period.quarter(2026, 5)
    with pytest.raises(ValidationError, match="jaar tussen 2000 en 2100"):
        Period.quarter(1999, 1)
    with pytest.raises(ValidationError, match="einddatum ligt vóór"):
        Period.custom(q.end, q.start)
