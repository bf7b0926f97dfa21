"""Subdomains (jeugd, Wmo, participatie, schulden) on signals and leefgebieden, standard
afsluitredenen on households and their closings, and indexes on contact.at (reports) and
inloop_visit.household_id (household prints). Merges the
heads of the households, referrals, inloop and plans branches.

Revision ID: 0030
Revises: 0004, 0010, 0021
Create Date: 2026-11-22 20:50:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0030'
down_revision = ('0004', '0010', '0021')
branch_labels = None
depends_on = None

SUBDOMAINS = ('jeugd', 'wmo', 'participatie', 'schulden')
CATEGORIES = ('doelen_behaald', 'verhuisd', 'maatwerk', 'voorliggend', 'wil_niet',
              'geen_contact', 'overleden', 'anders')

# The default subdomain of the ZRM leefgebieden; the beheerder can change it.
LEEFGEBIED_SUBDOMAINS = {
    'financien': 'schulden',
    'werk_opleiding': 'participatie',
    'tijdsbesteding': 'participatie',
    'maatschappelijke_participatie': 'participatie',
    'huisvesting': 'wmo',
    'geestelijke_gezondheid': 'wmo',
    'lichamelijke_gezondheid': 'wmo',
    'basale_adl': 'wmo',
    'instrumentele_adl': 'wmo',
    'sociaal_netwerk': 'wmo',
    # ZRM has no opvoeding domain; questions about parenting land under huiselijke relaties
    'huiselijke_relaties': 'jeugd',
}

# Typed afsluitredenen that match a standard reason get its category; the rest "anders".
REASON_CATEGORIES = {
    'doelen behaald': 'doelen_behaald',
    'verhuisd buiten de wijk': 'verhuisd',
    'overgedragen aan maatwerk': 'maatwerk',
    'overgedragen aan voorliggend veld': 'voorliggend',
    'bewoner wil geen ondersteuning meer': 'wil_niet',
    'geen contact mogelijk': 'geen_contact',
    'overleden': 'overleden',
}

# Signals from debt early-warning are about schulden.
SOURCE_SUBDOMAINS = {'vroegsignalering_schulden': 'schulden'}


def _enum(values, name):
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def upgrade() -> None:
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subdomain', _enum(SUBDOMAINS, 'subdomain'), nullable=True))
    with op.batch_alter_table('leefgebied', schema=None) as batch_op:
        batch_op.add_column(sa.Column('subdomain', _enum(SUBDOMAINS, 'subdomain'), nullable=True))
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closing_category', _enum(CATEGORIES, 'closing_category'),
                                      nullable=True))
    with op.batch_alter_table('household_status_change', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closing_category', _enum(CATEGORIES, 'closing_category'),
                                      nullable=True))
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_at', ['at'], unique=False)
    with op.batch_alter_table('inloop_visit', schema=None) as batch_op:
        batch_op.create_index('ix_inloop_visit_household', ['household_id'], unique=False)

    bind = op.get_bind()
    for code, subdomain in LEEFGEBIED_SUBDOMAINS.items():
        bind.execute(sa.text("UPDATE leefgebied SET subdomain = :s WHERE code = :c"),
                     {"s": subdomain, "c": code})
    for source, subdomain in SOURCE_SUBDOMAINS.items():
        bind.execute(sa.text("UPDATE signal SET subdomain = :s WHERE source = :src"),
                     {"s": subdomain, "src": source})
    for table, column in (('household', 'closing_reason'),
                          ('household_status_change', 'reason')):
        rows = bind.execute(sa.text(
            f"SELECT id, {column} FROM {table} WHERE status = 'afgesloten'")).all()
        for row_id, reason in rows:
            cleaned = (reason or '').strip().rstrip('.').lower()
            bind.execute(sa.text(f"UPDATE {table} SET closing_category = :c WHERE id = :i"),
                         {"c": REASON_CATEGORIES.get(cleaned, 'anders'), "i": row_id})


def downgrade() -> None:
    with op.batch_alter_table('inloop_visit', schema=None) as batch_op:
        batch_op.drop_index('ix_inloop_visit_household')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_at')
    with op.batch_alter_table('household_status_change', schema=None) as batch_op:
        batch_op.drop_column('closing_category')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_column('closing_category')
    with op.batch_alter_table('leefgebied', schema=None) as batch_op:
        batch_op.drop_column('subdomain')
    with op.batch_alter_table('signal', schema=None) as batch_op:
        batch_op.drop_column('subdomain')
