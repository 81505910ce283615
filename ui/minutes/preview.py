"""A preview of a PDF with QtPdf, with page navigation, and fallbacks when QtPdf is missing.

QtPdf comes with PySide6-Addons here (a separate ``PySide6_Pdf`` wheel in later versions), so
it is imported lazily, when the first preview opens, and a missing module never stops the app:

1. ``view``: ``QPdfView`` over a ``QPdfDocument`` (scrolls, zooms to the width);
2. ``render``: only ``QtPdf`` loads: each page is rendered with ``QPdfDocument.render`` onto white (pdfium
   returns ARGB with a transparent background) and shown as a picture;
3. ``none``: a message says how to read the minutes without the preview.

Neither pdfium path draws the signature stamps (pdfium skips their appearance streams); the minutes dialog
says so next to the preview.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedLayout, QWidget

MODES = ("view", "render", "none")
# Pages rendered for the fallback picture: wide enough to read on a laptop, light enough to render at once.
_RENDER_WIDTH = 900


def available_mode() -> str:
    """The best preview this installation can show: ``view``, ``render`` or ``none``."""
    try:
        from PySide6 import QtPdf  # noqa: F401 - probing only
    except ImportError:
        return "none"
    try:
        from PySide6 import QtPdfWidgets  # noqa: F401 - probing only
    except ImportError:
        return "render"
    return "view"


def render_on_white(document: Any, page: int, width: int) -> QImage:
    """Render one page at ``width`` pixels onto an opaque white image (pdfium leaves it transparent)."""
    points = document.pagePointSize(page)
    height = round(width * points.height() / points.width()) if points.width() > 0 else round(width * 1.414)
    rendered = document.render(page, QSize(width, height))
    image = QImage(rendered.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class PdfPreview(QWidget):
    """Shows a PDF held in memory, one document at a time.

    Signals:
        page_changed(int, int): the page shown (0-based) and the page count.

    Args:
        parent: the owning widget.
        mode: force ``view``, ``render`` or ``none`` (tests); default: the best available.
    """

    page_changed = Signal(int, int)

    def __init__(self, parent: QWidget, *, mode: str | None = None):
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.mode = mode if mode in MODES else available_mode()
        self._document: Any = None
        self._buffer: QBuffer | None = None
        self._view: Any = None
        self._picture: QLabel | None = None
        self._page = 0
        self._layout = QStackedLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self._layout.addWidget(self.message)
        if self.mode != "none":
            from PySide6.QtPdf import QPdfDocument

            self._document = QPdfDocument(self)
        if self.mode == "view":
            from PySide6.QtPdfWidgets import QPdfView

            self._view = QPdfView(self)
            self._view.setObjectName("pdfView")
            self._view.setAccessibleName(self.tr("Preview of the minutes"))
            self._view.setPageMode(QPdfView.PageMode.MultiPage)
            self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._view.setDocument(self._document)
            self._view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll it
            self._view.pageNavigator().currentPageChanged.connect(self._on_navigator_current_page_changed)
            self._layout.addWidget(self._view)
        elif self.mode == "render":
            scroll = QScrollArea(self)
            scroll.setObjectName("pdfPicture")
            scroll.setAccessibleName(self.tr("Preview of the minutes"))
            scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            scroll.setBackgroundRole(self.backgroundRole())
            self._picture = QLabel(scroll)
            self._picture.setAccessibleName(self.tr("Page of the minutes"))
            scroll.setWidget(self._picture)
            self._layout.addWidget(scroll)
        self._missing = self.tr("No preview: the QtPdf module of PySide6-Addons is not installed. Save the "
                                "minutes with Save as… and open the file in a PDF reader.")  # fmt: skip
        self.show_message(self._missing if self.mode == "none" else "")

    # ------------------------------------------------------------------------------------------ content

    def show_message(self, text: str) -> None:
        """Show a message instead of the pages (building, failed, no QtPdf)."""
        self.message.setText(text)
        self._layout.setCurrentWidget(self.message)

    def set_pdf(self, data: bytes) -> bool:
        """Show a PDF from its bytes, keeping the page shown when it still exists.

        Returns:
            Whether the document loaded (False without QtPdf, or for a file pdfium cannot read).
        """
        if self._document is None:
            self.show_message(self._missing)
            return False
        from PySide6.QtPdf import QPdfDocument

        keep = self._page
        self._document.close()
        old, self._buffer = self._buffer, QBuffer(self)
        # The buffer must outlive the document's use of it; the old one goes only after the new load.
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(self._buffer)
        if old is not None:
            old.deleteLater()
        if self._document.status() != QPdfDocument.Status.Ready or self.page_count() == 0:
            self.show_message(self.tr("This file cannot be shown (it is not a readable PDF)."))
            return False
        self._layout.setCurrentIndex(1)
        self.go_to(min(keep, self.page_count() - 1))
        return True

    def page_count(self) -> int:
        """The number of pages of the document shown (0 when none)."""
        return int(self._document.pageCount()) if self._document is not None else 0

    def current_page(self) -> int:
        """The page shown, 0-based."""
        return self._page

    # ------------------------------------------------------------------------------------------ navigation

    def go_to(self, page: int) -> None:
        """Show a page (0-based); out-of-range pages are clamped."""
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(page, count - 1))
        if self._view is not None:
            navigator = self._view.pageNavigator()
            navigator.jump(page, QPointF(), navigator.currentZoom())
        elif self._picture is not None:
            self._picture.setPixmap(QPixmap.fromImage(render_on_white(self._document, page, _RENDER_WIDTH)))
            self._picture.adjustSize()
        self._set_page(page)

    def next_page(self) -> None:
        """Show the next page."""
        self.go_to(self._page + 1)

    def previous_page(self) -> None:
        """Show the previous page."""
        self.go_to(self._page - 1)

    def _on_navigator_current_page_changed(self, page: int) -> None:
        self._set_page(page)  # the reader scrolled to another page

    def _set_page(self, page: int) -> None:
        self._page = page
        self.page_changed.emit(page, self.page_count())
