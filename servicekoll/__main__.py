import sys

from servicekoll.cli import main

sys.exit(main())
