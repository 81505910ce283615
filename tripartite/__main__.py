"""``python -m tripartite``: the same entry point as the ``tripartite`` console script."""

import sys

from tripartite.cli import main

sys.exit(main())
