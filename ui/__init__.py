"""The desktop app (installed as ``tripartite.ui``; DESIGN §7). It calls the core and never writes SQL.

- the shell: ``app`` (start-up, translators, exception hook), ``mainwindow`` (sidebar, pages, menus),
  ``file_actions`` (import, export, sample), ``record_check`` (the record's check on opening), ``settings``.
- shared parts: ``jobs`` (work off the GUI thread, with progress, cancel and the one failure handler),
  ``boxes`` (every message box), ``authorize`` (asking for PINs), ``style``, ``a11y``; the app's words:
  ``labels`` (every enum of the core), ``refusal_words`` (every refusal code) and ``audit_words`` (audit events).
- pages and panels: ``views`` (register, dossier, board, audit log, banners), ``meeting_room`` (the Meetings page
  and the shared-laptop voting room), ``minutes`` (build, sign and verify the minutes).
- ``models`` (table models over the core's query functions) and ``dialogs``.
"""
