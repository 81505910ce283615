"""The minutes: PDF, fonts, signing, verification, and the service that stores, signs and locks them.

``minutes_pdf`` words the core's ``Minutes`` data as a PDF, ``signing`` signs and verifies it (pyHanko),
and ``service`` keeps each revision in the board's database. Never imports Qt (DESIGN §1).
"""
