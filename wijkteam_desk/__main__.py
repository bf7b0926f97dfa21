import sys

from wijkteam_desk.cli import main

sys.exit(main())
