"""The app's language (DESIGN §14): which one, its translators, and the layout's direction.

The user chooses the language in Settings › Language; until they do, it follows the system's locale
(else English). It is applied once, at start-up, like Picard, Calibre and Anki do: every widget is then
built in that language, and nothing has to retranslate itself live. The app's catalogues are
``ui/i18n/tripartite_<lang>.qm``, compiled by the set-up from the ``.ts`` files beside them; Qt's own
``qtbase_<lang>.qm`` (in the wheel) translates the standard dialogs and buttons.

The documents' language is not this one: minutes print in the board's language (``board.toml``), so a
French-speaking secretary can sign Spanish minutes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tripartite import languages

I18N_DIR = Path(__file__).resolve().parent / "i18n"
_current = languages.DEFAULT
# Qt's "ar" is Egypt's, with Arabic-Indic digits; the documents (Babel's "ar") and the request data use
# Western digits, and a screen must not mix both: ar_AE formats 1,234.5 as Babel does.
_QT_LOCALES = {"ar": "ar_AE"}
# Written out: QLocale's nativeLanguageName says "American English" for "en", and lower-cases "español".
_NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}


def system_language() -> str:
    """The language the system's locale asks for, when Tripartite speaks it; else English."""
    return languages.from_locale_name(QLocale.system().name())


def native_name(code: str) -> str:
    """A language's name in that language ("Español", "العربية"), as a language menu lists it."""
    return _NATIVE_NAMES.get(code, code)


def current() -> str:
    """The language the app's words are in now (the one installed at start-up)."""
    return _current


def install_translators(app: QCoreApplication, code: str, folder: Path = I18N_DIR) -> list[QTranslator]:
    """Install Qt's translations (qtbase) and the app's for a language, and set the layout's direction.

    The default ``QLocale`` becomes the language's, so numbers and dates that Qt formats follow it too.
    A missing catalogue is not an error (English is the source language): that language's texts then
    show in English, which the translations test prevents from shipping.

    Args:
        app: the application.
        code: a language code; one Tripartite does not speak counts as English, except that a test may
            install its own catalogue (a pseudo-locale) from ``folder`` under any code.
        folder: where ``tripartite_<code>.qm`` is.

    Returns:
        The translators installed (parented to ``app``, which keeps them alive).
    """
    global _current
    _current = code
    locale = QLocale(_QT_LOCALES.get(code, code)) if code in languages.LANGUAGES else QLocale(QLocale.Language.English)
    QLocale.setDefault(locale)
    installed = []
    for path in (
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm",
        folder / f"tripartite_{code}.qm",
    ):
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    if isinstance(app, QApplication):
        # Set from the language, not left to qtbase's QT_LAYOUT_DIRECTION entry: the direction must not
        # hang on a file being present.
        rtl = languages.is_rtl(code)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests and a second ``main`` in one process)."""
    global _current
    _current = languages.DEFAULT
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
