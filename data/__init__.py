"""Shipped data: classifications, criteria catalogue, sample board and requests, and the PDF's fonts."""
