"""Shipped data: classifications, criteria catalogue, sample board and requests."""
