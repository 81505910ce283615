"""The PDF face: the minutes as a PDF, their signing and verification, and the service that stores them.

- the document: ``minutes_pdf`` (the renderer) words the core's ``Minutes`` with ``words`` (every word
  table, keyed by enum values and codes), ``phrases``, ``layout`` (page parts), ``chart`` and ``fonts``
  (shipped under ``data/fonts``); ``annex`` adds the evidence annex and the signature fields.
- signatures (pyHanko): ``keys`` (identities, key files, certificates, trust), ``stamp`` (the visible stamp),
  ``signing`` (one role's signature), ``verify`` (what a file proves, with reason codes).
- ``service`` keeps each revision in the board's database; ``anchors`` turns signed minutes into anchors
  of the audit chain.

Never imports Qt (DESIGN §1).
"""
