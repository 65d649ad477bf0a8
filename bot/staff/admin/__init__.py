"""The content admin (内容管理): stage a catalog, see its report and its difference from
what is served, publish it, roll back to any earlier publication, and read what citizens
rated low or asked in vain.

    staging.py     an uploaded zip or a server directory, copied safely into staging
    diff.py        a validated catalog against the served index version
    questions.py   the questions a new catalog is replayed with (files, FAQ, journal)
    impact.py      those questions against the served version and the new one
    dryrun.py      a catalog built but not served, and its impact (also the CLI's)
    publishing.py  snapshots, publish and rollback jobs (one at a time), the audit log
    insights.py    lowest-rated guides and the most frequent unanswered questions
    routes.py      the page and its JSON API (role ``content``)
"""
from bot.staff.admin.routes import admin_router

__all__ = ["admin_router"]
