"""Parts every form dialog shares: labelled rows, the red problem line, the Save/Cancel and OK/Cancel buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QWidget

from tripartite.ui import a11y, style


def error_label(parent: QWidget, object_name: str) -> QLabel:
    """A hidden, wrapping, red label for a problem; the form shows it when there is one.

    Its line is kept while it is hidden (``retainSizeWhenHidden`` and a one-line minimum height), so a
    problem appearing moves no field and no button, and never resizes the dialog.
    """
    label = style.problem_label(parent, object_name)
    reserve_line(label)
    label.hide()
    return label


def reserve_line(label: QLabel) -> None:
    """Keep one line of ``label``'s height in the layout, whether it is shown, hidden or empty."""
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.setMinimumHeight(label.fontMetrics().height())


def labelled_form(parent: QWidget, *rows: tuple[str, QWidget]) -> QFormLayout:
    """A form of ``(label text, field)`` rows, each label (with its mnemonic) the buddy of its field."""
    form = QFormLayout()
    for text, field in rows:
        label = QLabel(text, parent)
        label.setBuddy(field)
        form.addRow(label, field)
    return form


def save_cancel(dialog: QDialog, save_text: str, object_name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and a default Save button, both named for screen readers; accept/reject are the dialog's to wire.

    Args:
        dialog: the owner.
        save_text: the translated text of the Save button (with its mnemonic).
        object_name: the Save button's object name (tests find it by it).

    Returns:
        The button box and its Save button.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.addButton(save_text, QDialogButtonBox.ButtonRole.AcceptRole)
    save.setObjectName(object_name)
    save.setDefault(True)
    a11y.name_button(save)
    a11y.name_button(buttons.button(QDialogButtonBox.StandardButton.Cancel))
    return buttons, save


def ok_cancel(
    dialog: QDialog, ok_text: str | None = None, *, ok_name: str | None = None, object_name: str = ""
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK and Cancel wired to the dialog's accept and reject, both named for screen readers.

    Args:
        dialog: the owner.
        ok_text: the translated text of the OK button (with its mnemonic); None keeps Qt's "OK".
        ok_name: what a screen reader calls the OK button, when its text alone says too little.
        object_name: the OK button's object name (tests find it by it).

    Returns:
        The button box and its OK button.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text is not None:
        ok.setText(ok_text)
    if object_name:
        ok.setObjectName(object_name)
    a11y.name_button(ok)
    if ok_name is not None:
        ok.setAccessibleName(ok_name)
    a11y.name_button(buttons.button(QDialogButtonBox.StandardButton.Cancel))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
