"""Opening the database must not import the heavy report libraries (start-up time, §5)."""

from __future__ import annotations

import subprocess
import sys


def test_wiring_and_login_window_do_not_load_report_libraries() -> None:
    code = ("import sys; import wijkteam_desk.wiring, wijkteam_desk.store.migrations; "
            "heavy = [m for m in ('reportlab', 'openpyxl', 'alembic') if m in sys.modules]; "
            "print(','.join(heavy))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
