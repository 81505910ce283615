"""A criteria catalogue in the app's language: the default catalogue's names and descriptions translated.

The core's catalogue is language-free data (its words are the board's, in ``default.toml`` or the board's
own file). The app shows it through :func:`localized`: a name or description of the default catalogue is
translated (``ui/catalogue_words.py`` marks them for lupdate), any other shows as the board wrote it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from tripartite.criteria import Catalogue

_CONTEXT = "Catalogue"


def _word(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text) if text else text


def localized(catalogue: Catalogue) -> Catalogue:
    """The same catalogue (rules, weights and version unchanged) with its words in the app's language."""
    return replace(
        catalogue,
        name=_word(catalogue.name),
        gates=tuple(replace(g, label=_word(g.label), description=_word(g.description)) for g in catalogue.gates),
        criteria=tuple(
            replace(c, label=_word(c.label), description=_word(c.description)) for c in catalogue.criteria
        ),
    )
