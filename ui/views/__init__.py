"""Views: widgets that show data (dossier, charts)."""
