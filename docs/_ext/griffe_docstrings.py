"""Griffe extension for the docs build: render corpuskit's docstrings as Markdown.

corpuskit's docstrings are Google style with two habits Markdown does not know
(see docs/architecture.md):

- doctests are headed ``Example:``; griffe's Google parser only knows the
  plural ``Examples:`` and would render the singular as an admonition, where
  ``>>>`` lines become nested block quotes;
- cross-references use Sphinx roles (``:func:`keyness```, ``:class:`~x.Y```,
  ``:math:`x^2```), which Markdown shows literally.

This extension rewrites each docstring before it is parsed: ``Example:`` becomes
``Examples:``, a role becomes an optional autorefs link (a link when the target
is documented in the reference, plain code otherwise, never a build warning)
and ``:math:`` becomes an inline formula for MathJax. The package is unchanged.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

_EXAMPLE_HEADER = re.compile(r"^Example:[ \t]*$", re.MULTILINE)
_ROLE = re.compile(r":(?:func|class|meth|attr|data|mod|obj|exc):`(?P<tilde>~?)(?P<target>[\w.]+)`")
_MATH = re.compile(r":math:`(?P<formula>[^`]+)`")


def _identifier(target: str, obj: griffe.Object) -> str:
    """The full dotted path of a role's target, read relative to ``obj``'s module."""
    module = obj.module
    if target.startswith("corpuskit"):
        return target
    if target.startswith("."):
        base = module.path if module.is_init_module else module.path.rpartition(".")[0]
        return f"{base}{target}"
    return f"{module.path}.{target}"


def to_markdown(docstring: str, obj: griffe.Object) -> str:
    """``docstring`` with its ``Example:`` header, roles and formulas made Markdown."""

    def link(match: re.Match[str]) -> str:
        target = match["target"]
        title = target.rpartition(".")[2] if match["tilde"] else target.lstrip(".")
        identifier = html.escape(_identifier(target, obj), quote=True)
        return f'<autoref identifier="{identifier}" optional><code>{title}</code></autoref>'

    docstring = _EXAMPLE_HEADER.sub("Examples:", docstring)
    docstring = _ROLE.sub(link, docstring)
    return _MATH.sub(lambda match: rf"\({match['formula']}\)", docstring)


class MarkdownDocstrings(griffe.Extension):
    """Rewrite every loaded docstring with :func:`to_markdown`."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite ``obj``'s docstring (``kwargs``: griffe's context, unused)."""
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value, obj)
