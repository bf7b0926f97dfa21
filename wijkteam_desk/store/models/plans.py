"""Leefgebieden (life domains) of the one plan, configured by the beheerder."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from wijkteam_desk.store.base import Base


class Leefgebied(Base):
    """A life domain scored 1-5. Retired domains stay so that old plans remain readable."""

    __tablename__ = "leefgebied"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # One or two short sentences in plain Dutch (B1) for the resident's plan.
    explanation: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
