"""Leefgebieden of the one plan, with the 13 domains of the ZRM 2017 as the default set.

Revision ID: 0020
Revises: 0001
Create Date: 2026-11-22 18:20:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0001'
branch_labels = None
depends_on = None

# code, name, explanation in plain Dutch (B1) for the resident's plan
DEFAULTS = [
    ("financien", "Financiën", "Geld, inkomen, rekeningen en schulden."),
    ("werk_opleiding", "Werk & opleiding", "Werk, school of een opleiding."),
    ("tijdsbesteding", "Tijdsbesteding",
     "Wat u overdag doet. Bijvoorbeeld hobby's, vrijwilligerswerk of sport."),
    ("huisvesting", "Huisvesting", "Uw woning. Is die veilig, betaalbaar en goed genoeg?"),
    ("huiselijke_relaties", "Huiselijke relaties",
     "Hoe het gaat met de mensen met wie u samenwoont."),
    ("geestelijke_gezondheid", "Geestelijke gezondheid",
     "Hoe u zich voelt. Bijvoorbeeld zorgen, stress of somberheid."),
    ("lichamelijke_gezondheid", "Lichamelijke gezondheid",
     "Uw lichaam. Bijvoorbeeld ziekte, pijn of een beperking."),
    ("middelengebruik", "Middelengebruik",
     "Alcohol, drugs, gokken of medicijnen. En of dat problemen geeft."),
    ("basale_adl", "Basale ADL", "Dagelijkse zorg voor uzelf. Zoals wassen, aankleden en eten."),
    ("instrumentele_adl", "Instrumentele ADL",
     "Het huishouden. Zoals boodschappen, koken, schoonmaken en post."),
    ("sociaal_netwerk", "Sociaal netwerk", "Familie, vrienden en buren. Mensen die u helpen."),
    ("maatschappelijke_participatie", "Maatschappelijke participatie",
     "Meedoen in de buurt en in de samenleving."),
    ("justitie", "Justitie", "Contact met politie of justitie. Bijvoorbeeld boetes of een straf."),
]


def upgrade() -> None:
    table = op.create_table('leefgebied',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leefgebied')),
    sa.UniqueConstraint('code', name=op.f('uq_leefgebied_code')),
    sa.UniqueConstraint('name', name=op.f('uq_leefgebied_name'))
    )
    op.bulk_insert(table, [
        {"id": i + 1, "code": code, "name": name, "explanation": explanation,
         "position": i + 1, "retired": False, "version": 1}
        for i, (code, name, explanation) in enumerate(DEFAULTS)
    ])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("SELECT setval(pg_get_serial_sequence('leefgebied', 'id'), 13)")


def downgrade() -> None:
    op.drop_table('leefgebied')
