"""Small-number suppression for the gemeente report: the one place where it happens.

Rules (also written out in the Toelichting, see :func:`Suppressor.explanation`):

1. A count of 1 up to the threshold minus one (default 1–4) is shown as ``<5``.
   Zero is shown as 0.
2. A percentage is shown only when its denominator is at least the threshold and its
   numerator is not itself suppressed; otherwise ``<5``.
3. A figure computed over a group — a mean, a median, a p90, a total of hours or euros —
   is shown only when the group holds at least the threshold number of households,
   signals or visits; otherwise ``<5``.
4. Secondary suppression: in a breakdown with a total, when exactly one category is
   suppressed, the smallest other non-zero category is shown as ``x`` so that the
   suppressed one cannot be found by subtracting from the total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from wijkteam_desk.reports.figures import DEFAULT_THRESHOLD
from wijkteam_desk.reports.tables import Value

SECONDARY = "x"


@dataclass(frozen=True)
class Suppressor:
    threshold: int = DEFAULT_THRESHOLD

    @property
    def mark(self) -> str:
        return f"<{self.threshold}"

    def _small(self, n: int) -> bool:
        return 0 < n < self.threshold

    def count(self, n: int) -> Value:
        return self.mark if self._small(n) else n

    def share(self, numerator: int, denominator: int) -> Value:
        if denominator <= 0:
            return None
        if denominator < self.threshold or self._small(numerator):
            return self.mark
        return numerator / denominator

    def over_group(self, n: int, value: float | Decimal | None) -> Value:
        """A mean, median, p90 or total computed over a group of ``n``."""
        if n <= 0 or value is None:
            return None
        if n < self.threshold:
            return self.mark
        return value

    def breakdown(self, counts: Sequence[int]) -> tuple[list[Value], Value]:
        """Cells for the categories of a breakdown, and the cell for its total."""
        cells: list[Value] = [self.count(n) for n in counts]
        suppressed = [i for i, n in enumerate(counts) if self._small(n)]
        if len(suppressed) == 1:
            others = [i for i, n in enumerate(counts) if n >= self.threshold]
            if others:
                smallest = min(others, key=lambda i: (counts[i], i))
                cells[smallest] = SECONDARY
        return cells, self.count(sum(counts))

    def explanation(self) -> tuple[str, ...]:
        t, m = self.threshold, self.mark
        return (
            f"Aantallen van 1 tot en met {t - 1} worden getoond als '{m}'; 0 wordt als 0 "
            "getoond. Zo is niemand in de cijfers te herkennen.",
            f"Een percentage wordt alleen getoond als de noemer minstens {t} is en de teller "
            f"niet als '{m}' getoond wordt; anders staat er '{m}'.",
            "Een gemiddelde, mediaan, p90 of een totaal aan uren of euro's wordt alleen "
            f"getoond als het over minstens {t} huishoudens, signalen of bezoeken gaat; "
            f"anders staat er '{m}'.",
            f"'{SECONDARY}': als in een uitsplitsing met een totaal precies één categorie "
            f"'{m}' is, wordt ook de kleinste andere categorie verborgen, zodat de verborgen "
            "waarde niet uit het totaal terug te rekenen is. Dit gebeurt per tabel.",
            f"'{'–'}': niet van toepassing (er is niets om over te rekenen).",
        )
