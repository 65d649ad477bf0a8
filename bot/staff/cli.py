"""``guidebot user …``: staff accounts from the command line.

There is no default password anywhere: the first administrator is created here::

    guidebot user add admin --role admin            # asks for the password twice
    printf '%s\\n' "$PASSWORD" | guidebot user add li.na --role agent --password-stdin
    guidebot user list | disable NAME | enable NAME | passwd NAME

Accounts live in the app's database (GUIDEBOT_DATABASE_URL, or the SQLite file).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from bot.store.models import ROLES

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store.accounts import Accounts


def accounts_for(settings: Settings) -> Accounts:
    """The accounts in the database ``settings`` name (migrated to the newest schema)."""
    from bot.store.accounts import Accounts
    from bot.store.journal import Journal, database_url

    return Accounts(Journal(database_url(settings.database_url, settings.database_sqlite)),
                    settings)


def _accounts() -> Accounts:
    from bot.settings import get_settings

    return accounts_for(get_settings())


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("密码 (password): ")
    if getpass.getpass("再输一次 (again): ") != first:
        raise ValueError("两次输入的密码不一致 (the passwords differ)")
    return first


def cmd_user(args: argparse.Namespace) -> int:
    from bot.security.passwords import WeakPassword
    from bot.store.accounts import AccountError

    accounts = _accounts()
    try:
        if args.action == "add":
            if not args.name or not args.role:
                print("用法: guidebot user add NAME --role {admin,agent,content}", file=sys.stderr)
                return 2
            accounts.create(args.name, _password(args), role=args.role,
                            display_name=args.display_name or "")
            print(f"已创建 {args.role} 账号 {args.name}")
        elif args.action == "list":
            for u in accounts.list():
                state = "" if u["active"] else "  (已停用 disabled)"
                print(f"{u['username']:<20} {u['role']:<8} {u['display_name']}{state}")
        elif args.action in ("disable", "enable"):
            if not args.name:
                print(f"用法: guidebot user {args.action} NAME", file=sys.stderr)
                return 2
            accounts.set_active(args.name, args.action == "enable")
            done = "已启用" if args.action == "enable" else "已停用, 已退出所有会话"
            print(f"{args.name}: {done}")
        elif args.action == "passwd":
            if not args.name:
                print("用法: guidebot user passwd NAME", file=sys.stderr)
                return 2
            accounts.set_password(args.name, _password(args))
            print(f"{args.name}: 密码已更新, 已退出所有会话")
    except (AccountError, WeakPassword, ValueError) as e:
        print(f"错误: {e}", file=sys.stderr)
        return 1
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    """The ``user`` subcommand (wired into ``bot.cli``)."""
    p = sub.add_parser("user", help="staff accounts: add (the first admin too), list, "
                                    "disable, enable, passwd")
    p.add_argument("action", choices=["add", "list", "disable", "enable", "passwd"])
    p.add_argument("name", nargs="?")
    p.add_argument("--role", choices=ROLES)
    p.add_argument("--display-name", default="", help="the name shown on the staff pages")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of stdin (scripts)")
    p.set_defaults(func=cmd_user)
