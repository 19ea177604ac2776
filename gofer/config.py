"""Settings: one pydantic-settings object read from ``GOFER_*`` environment variables (and ``.env``)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from gofer.tools.mcp_config import McpServers

__all__ = ["Settings"]


class Settings(BaseSettings):
    """Everything gofer can be configured with. Each field is the env var ``GOFER_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="GOFER_", env_file=".env", extra="ignore")

    # Where things live
    home: Path = Field(default=Path("~/.gofer"), description="Folder for the database, blobs and workspaces.")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL of the store; default SQLite at HOME/gofer.db."
    )

    # Models
    model: str | None = Field(
        default=None, description="Default model spec: openai:MODEL, openai-compat:URL#MODEL, anthropic:MODEL, "
        "ollama:MODEL, local:PATH.gguf or scripted:FILE.",
    )
    openai_api_key: SecretStr | None = Field(default=None, description="Key for openai: models (or OPENAI_API_KEY).")
    anthropic_api_key: SecretStr | None = Field(
        default=None, description="Key for anthropic: models (or ANTHROPIC_API_KEY)."
    )
    ollama_url: str = Field(default="http://127.0.0.1:11434/v1", description="Ollama's OpenAI-compatible endpoint.")
    model_timeout: float = Field(default=120.0, description="Seconds before a model call times out.")
    model_retries: int = Field(default=4, description="Retries on 429, 5xx and timeouts, with backoff.")
    model_max_output: int | None = Field(
        default=None, ge=1, description="The most output tokens one call of an OpenAI-compatible model (openai, "
        "openai-compat, ollama) may produce, sent as each request's max_tokens (max_completion_tokens for openai:); "
        "unset, none is sent but under a token or cost quota, which sends and counts 4,096 a step.",
    )
    quota_hold_seconds: float = Field(
        default=60.0, gt=0, description="Seconds the room a run's model call holds under a token or cost quota "
        "lasts unless its runner renews it (it does, a third of this apart, while it lives): how long a process "
        "that died mid-call keeps that room from the user's other runs.",
    )
    allow_scripted_models: bool = Field(
        default=False, description="Let API clients use scripted:FILE models (tests and demos only)."
    )
    scripted_model_dirs: list[str] = Field(
        default_factory=list,
        description="Folders an API client's scripted:FILE must be in (empty: any .yaml/.yml/.json file the "
        "server can read; set it wherever scripted models are allowed on a shared machine).",
    )

    # Budgets
    max_steps: int = Field(default=50, description="Model turns before a run stops.")
    max_tokens: int | None = Field(default=None, description="Total tokens (in + out) before a run stops.")
    max_cost: float | None = Field(default=None, description="USD before a run stops (when prices are known).")
    max_wall_time: float | None = Field(default=None, description="Seconds of wall time before a run stops.")
    max_observation_chars: int = Field(default=12_000, description="Longer observations are cut for the model.")
    loop_repeat_limit: int = Field(
        default=3, description="The same action with the same observation this many times is a loop."
    )
    no_progress_steps: int = Field(default=8, description="Steps without a new observation before a loop is called.")

    # The computer
    sandbox: Literal["local", "unsafe-local", "docker"] = Field(
        default="local", description="Sandbox backend: local (bubblewrap), unsafe-local, docker."
    )
    network: Literal["none", "internet", "all"] = Field(
        default="internet", description="Network policy inside the sandbox."
    )
    sandbox_memory_mb: int = Field(default=4096, gt=0, description="Memory limit per sandboxed process, MB.")
    sandbox_total_memory_mb: int = Field(
        default=4096, gt=0, description="Memory of all of a sandbox's processes together, MB (a memory cgroup, "
        "where the host allows one); its /tmp and home hold a quarter each."
    )
    sandbox_cpu_seconds: int = Field(default=600, description="CPU time limit per sandboxed process, seconds.")
    sandbox_max_processes: int = Field(default=256, description="Process limit inside the sandbox.")
    sandbox_max_file_mb: int = Field(default=1024, description="Largest file sandboxed code may write, MB.")
    workspace_quota_mb: int = Field(
        default=10240, ge=0, description="Disk space one session's workspace may take, MB (0: no bound). Code that "
        "keeps writing past it is killed; no single file may be larger."
    )
    warm_pool_size: int = Field(default=0, description="Pre-started computers kept ready for new sessions.")
    idle_timeout: float = Field(default=900.0, description="Seconds before an idle computer is reclaimed.")
    document_read_timeout: float = Field(
        default=60.0, gt=0, description="Seconds a document or data file may take to parse (read_document, "
        "describe_data, loading query_data's files) before it is stopped; a crafted file can keep a parser busy.",
    )

    # The browser
    chromium_path: str = Field(default="/usr/bin/chromium", description="Chromium executable for Playwright.")
    browser_headless: bool = Field(default=True, description="Run the browser headless.")
    browser_memory_mb: int = Field(
        default=4096, ge=0, description="Memory the shared Chromium may take with all its tabs together, MB (a "
        "memory cgroup, where the host allows one; 0: no bound). Past it the kernel kills the largest tab's "
        "process; that tab is reloaded on its next use."
    )
    browser_no_sandbox: bool = Field(
        default=False, description="Start Chromium with --no-sandbox (announced; a fallback only)."
    )
    browser_screenshots: bool = Field(
        default=False, description="Attach a viewport screenshot with numbered refs to every browser observation."
    )
    browser_snapshot_chars: int = Field(default=7000, description="Page text a snapshot shows before summarising.")
    allow_private_network: bool = Field(
        default=True, description="Browser and http_request may reach loopback and private addresses "
        "(the local CLI: yes; gofer serve turns it off unless allow-listed).",
    )

    # Safety
    confirmation: Literal["always", "risky", "never"] = Field(
        default="risky", description="Which actions ask a person first."
    )
    confirmation_timeout: float | None = Field(
        default=None, description="Seconds before an unanswered confirmation is denied."
    )
    allow_domains: list[str] = Field(
        default_factory=list,
        description="Domains the agent may visit. `example.com` covers it and its subdomains; `*.example.com` its "
        "subdomains only; `corp.*` the name `corp` under any public suffix (`corp.com`, `www.corp.co.uk`; not "
        "`corp.attacker.com`); other wildcards stand for characters within one label and the pattern covers the "
        "hosts it matches and their subdomains (`shop-*.example.com`: `shop-eu.example.com`; `*corp*.*`: "
        "`mycorp.com`, `www.mycorp.com`, not `evilcorp.attacker.com`), and the label before a host's public suffix "
        "must be matched by a pattern label that writes part of it out (`corp.*.com` and `*.*` allow no site), and so "
        "must a top-level domain the public suffix list does not know (`corp.*` allows no `corp.localhost` or "
        "`corp.internal`; `*.corp.internal` does) and an IP address (`127.0.0.*`; `*.*` allows none); `*` alone "
        "allows every host. An entry naming a public suffix itself (`com`, `*.co.uk`, `*.github.io`) is refused: it "
        "would allow every site under it. Deny and watch lists read wildcards more widely (`*` runs over dots).",
    )
    deny_domains: list[str] = Field(
        default_factory=list,
        description="Domains the agent may never visit (wildcards: `*` runs over dots, so `*corp*` matches "
        "`evilcorp.attacker.com`; a leading name `hsbc.*` also the subdomains of `hsbc` under any suffix).",
    )
    watch_categories: list[str] = Field(
        default_factory=lambda: ["banking", "payments", "health", "government", "email"],
        description="Sensitive site categories where a run proceeds only while a person watches.",
    )
    watch_domains: list[str] = Field(default_factory=list, description="More domains (wildcards) needing a watcher.")
    guard_checks: list[str] = Field(
        default_factory=list, description="Custom guard checks, as module:Class, run after gofer's own in this order."
    )
    guard_checks_disabled: list[str] = Field(
        default_factory=list, description="Guard checks switched off for every run (names, e.g. input_scan)."
    )
    output_pii: Literal["redact", "allow"] = Field(
        default="redact", description="Personal data in answers the user did not give: redact, or allow (keep it). "
        "A run may set redact; over the API it may set allow only when this is allow.",
    )
    trusted_destinations: list[str] = Field(
        default_factory=list, description="Destinations the data-flow rule treats as named by the user (hosts, "
        "mcp:SERVER). A run may name fewer; over the API, none that are not here.",
    )
    watch_heartbeat_timeout: float = Field(
        default=30.0, gt=0, description="Seconds a watcher's heartbeat counts for (the UI beats every 10 s): on a "
        "sensitive site a run pauses when none came for this long.",
    )
    monitor_model: str | None = Field(
        default=None,
        description="Model spec of the optional LLM injection monitor: it reviews every untrusted observation "
        "(one extra model call each, logged as ModelResponded purpose=monitor).",
    )
    monitor_threshold: float = Field(
        default=0.6, description="Confidence at which the LLM monitor's 'injection' verdict flags an observation."
    )

    # Web search
    search_provider: Literal["auto", "none", "searxng", "brave", "duckduckgo"] = Field(
        default="auto", description="Web search backend; auto: SearXNG if searxng_url is set, else Brave if "
        "brave_api_key is set, else none.",
    )
    searxng_url: str | None = Field(default=None, description="Base URL of a SearXNG instance (JSON format enabled).")
    brave_api_key: SecretStr | None = Field(default=None, description="Key for the Brave Search API.")

    # Connectors
    mcp_servers: McpServers = Field(
        default_factory=list, description="MCP servers whose tools runs get, as a JSON list of {name, command, "
        "args, env} (stdio) or {name, url, headers} (streamable HTTP), with optional tools (allow-list) and risk; a "
        "name may not start with browser, python or shell (those are gofer's own tools).",
    )
    mcp_max_message_mb: int = Field(
        default=32, gt=0, description="Largest message gofer reads from an MCP server, MB; a larger answer is an "
        "error the model sees (the default leaves room for the largest image a model is shown).",
    )
    mcp_idle_timeout: float = Field(
        default=900.0, gt=0, description="Seconds before a user's idle MCP server process (or HTTP session) is "
        "stopped; the user's next call starts it again.",
    )

    # Server
    host: str = Field(default="127.0.0.1", description="Address gofer serve binds.")
    port: int = Field(default=8000, description="Port gofer serve listens on.")
    server_models: list[str] = Field(
        default_factory=list, description="Model specs API clients may name (empty: GOFER_MODEL and any non-scripted)."
    )
    rate_limit_per_minute: int = Field(
        default=600, description="Requests per minute allowed per user (all of their API keys together)."
    )
    max_keys_per_user: int = Field(
        default=50, ge=1, description="Live (unrevoked) API keys a user may hold; POST /v1/keys past it is a 409."
    )
    revoked_key_retention_days: float = Field(
        default=90, ge=0, description="Days a revoked API key is kept (listed as revoked by GET /v1/keys) before "
        "the server deletes it; the server purges at start and every hour (0 keeps revoked keys forever).",
    )
    max_request_bytes: int = Field(default=1_000_000, description="Largest JSON request body, bytes.")
    max_upload_bytes: int = Field(default=50_000_000, description="Largest file upload into a workspace, bytes.")
    webhook_full_events_over_http: bool = Field(
        default=False, description="Webhook deliveries to plain http:// URLs carry the whole event (a page's text, "
        "a confirmation's arguments); by default they carry only its kind, run id, seq, type and time, and the "
        "full event goes only to https:// receivers.",
    )

    # Scale-out
    runtime: Literal["local", "redis"] = Field(
        default="local", description="Where runs execute: local (in the server process) or redis (gofer worker)."
    )
    redis_url: str = Field(default="redis://127.0.0.1:6379/0", description="Redis for the run queue and events.")
    redis_prefix: str = Field(default="gofer", description="Prefix of gofer's Redis keys and channels.")
    worker_concurrency: int = Field(default=4, description="Runs one gofer worker drives at a time.")
    lease_seconds: float = Field(
        default=30.0, description="A dead worker's runs are taken over by another after this many seconds."
    )

    # Observability
    otlp_endpoint: str | None = Field(
        default=None, description="OTLP/HTTP endpoint receiving traces (e.g. http://127.0.0.1:4318); off when unset."
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        default="warning", description="Level of gofer's logs on stderr (info: one line per run event)."
    )
    log_format: Literal["json", "text"] = Field(default="json", description="Logs as JSON lines or plain text.")

    @field_validator("allow_domains")
    @classmethod
    def _no_public_suffix(cls, entries: list[str]) -> list[str]:
        from gofer.safety.urls import allow_entry_problem  # the safety package imports this module

        problems = [problem for entry in entries if (problem := allow_entry_problem(entry))]
        if problems:
            raise ValueError("; ".join(problems))
        return entries

    @cached_property
    def home_dir(self) -> Path:
        """The expanded home folder, created on first use."""
        home = self.home.expanduser()
        home.mkdir(parents=True, exist_ok=True)
        return home

    @property
    def db_url(self) -> str:
        """The store's URL (SQLite in the home folder unless configured)."""
        return self.database_url or f"sqlite:///{self.home_dir / 'gofer.db'}"

    @property
    def workspaces_dir(self) -> Path:
        """Where new sessions' workspaces are made."""
        return self.home_dir / "workspaces"
