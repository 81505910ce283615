"""The PDF face: the minutes as a PDF, their signing and verification, and the service that stores them.

- the document: ``minutes_pdf`` (the renderer) words the core's ``Minutes`` with ``words`` (every word
  table, keyed by enum values and codes), ``phrases``, ``layout`` (page parts), ``chart`` and ``fonts``
  (shipped under ``data/fonts``); ``annex`` adds the evidence annex and the signature fields.
- signatures (pyHanko): ``keys`` (identities, key files, certificates, trust), ``stamp`` (the visible stamp),
  ``signing`` (one role's signature), ``verify`` (what a file proves, with reason codes).
- the record: ``service`` builds, stores, signs and locks each revision in the board's database, writing
  through ``files`` (whole or not at all); ``trust`` is the board's store of trusted certificates;
  ``anchors`` turns signed minutes into anchors of the audit chain; ``demo`` runs the whole path.

Never imports Qt (DESIGN §1).
"""
