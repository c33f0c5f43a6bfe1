import sys

from sla.cli import main

sys.exit(main())
