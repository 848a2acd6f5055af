"""The result of :func:`corpuskit.keyness`: a table that knows its sides and design."""

from __future__ import annotations

from typing import Any, ClassVar

import pandas as pd

__all__ = ["DESIGN", "KeynessResult"]

#: the design numbers a :class:`KeynessResult` carries as attributes
DESIGN = (
    "measure",
    "min_docs",
    "n_tokens_target",
    "n_tokens_reference",
    "n_docs_target",
    "n_docs_reference",
    "n_features_min_docs",
)


class KeynessResult(pd.DataFrame):
    """A :func:`keyness` table that knows its two sides and its design, and draws itself.

    A pandas DataFrame (every DataFrame operation works) whose attributes
    survive filtering, sorting, ``head``, ``copy`` (and ``pd.concat`` of
    results that agree on them), unlike ``DataFrame.attrs``, which pandas
    drops in many operations:

    * ``target_label`` and ``reference_label``: the names of the compared
      sides (``"target"`` / ``"reference"`` when unknown);
    * ``measure`` (the sort measure) and ``min_docs`` (the dispersion
      threshold);
    * ``n_tokens_target``, ``n_tokens_reference``, ``n_docs_target``,
      ``n_docs_reference`` (the sizes of the sides) and
      ``n_features_min_docs`` (features left out by ``min_docs``): ``None``
      for a result stacked over ``strata``, whose strata differ.

    :attr:`design` gathers the design numbers in a dict. ``attrs`` still
    mirrors them for one release (deprecated: read the attributes).
    :meth:`plot` draws the keyness chart (:func:`corpuskit.plot.keyness`), not
    pandas' line chart.

    Example:
        >>> k = KeynessResult({"feature": ["aleppo"], "direction": ["target"]})
        >>> k.target_label = "Aleppo"
        >>> k[k["direction"] == "target"].head(1).copy().target_label
        'Aleppo'
    """

    _metadata: ClassVar[list[str]] = ["target_label", "reference_label", *DESIGN]
    target_label: str = "target"
    reference_label: str = "reference"
    measure: str | None = None
    min_docs: int | None = None
    n_tokens_target: int | None = None
    n_tokens_reference: int | None = None
    n_docs_target: int | None = None
    n_docs_reference: int | None = None
    n_features_min_docs: int | None = None

    @property
    def _constructor(self) -> type[KeynessResult]:
        return KeynessResult

    def __finalize__(self, other: Any, method: str | None = None, **kwargs: Any) -> KeynessResult:
        """Keep the attributes through pandas operations, and ``pd.concat`` where all agree."""
        result = super().__finalize__(other, method=method, **kwargs)
        if method == "concat":
            sides = {
                (getattr(part, "target_label", None), getattr(part, "reference_label", None))
                for part in other.objs
            }
            if len(sides) == 1:
                result.target_label, result.reference_label = sides.pop()
                for name in DESIGN:
                    values = {getattr(part, name, None) for part in other.objs}
                    if len(values) == 1:
                        object.__setattr__(result, name, values.pop())
        return result

    @property
    def design(self) -> dict[str, Any]:
        """The design numbers: ``measure``, ``min_docs``, the sides' sizes, features left out."""
        return {name: getattr(self, name) for name in DESIGN}

    def plot(self, **kwargs: Any) -> Any:  # type: ignore[override]
        """Draw the key terms as diverging bars: :func:`corpuskit.plot.keyness`.

        Args:
            **kwargs: options of :func:`corpuskit.plot.keyness` (``n``,
                ``measure``, ``labels``, ``title``, ``ax``, ...).

        Returns:
            The matplotlib Axes.
        """
        from corpuskit.plot.keyness import keyness as plot_keyness

        return plot_keyness(self, **kwargs)
