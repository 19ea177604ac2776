"""A run's guard options are checked without loading the guard's checks (``check_guard_options``), with the
errors ``build_guard`` gives, and the names of the default checks held to the checks themselves."""

from __future__ import annotations

from typing import Any

import pytest
from agent_helpers import loaded_modules

from gofer.config import Settings
from gofer.safety.checks import default_checks
from gofer.safety.guard_options import DEFAULT_CHECK_NAMES
from gofer.safety.pipeline import build_guard, check_guard_options

_BAD: list[tuple[dict[str, Any], dict[str, Any], str]] = [
    ({}, {"taint_steps": "soon"}, "taint_steps must be a whole number"),
    ({}, {"output_pii": "maybe"}, "output_pii must be redact or allow"),
    ({}, {"trusted_destinations": "shop.test"}, "trusted_destinations must be a list"),
    ({}, {"allow_domains": ["*.com"]}, "names the public suffix 'com'"),
    ({}, {"confirmation": "sometimes"}, "confirmation policy must be one of"),
    ({}, {"checks_disabled": ["nosuch"]}, "unknown checks in checks_disabled: nosuch; known: input_scan"),
    ({}, {"checks_disabled": "secrets"}, "checks_disabled must be a list of check names"),
    ({"guard_checks_disabled": ["nosuch"]}, {}, "unknown checks in GOFER_GUARD_CHECKS_DISABLED: nosuch"),
    ({"guard_checks": ["no_such_module_26:Check"]}, {}, "GOFER_GUARD_CHECKS: cannot load"),
]


def test_the_default_check_names_are_the_default_checks() -> None:
    assert list(DEFAULT_CHECK_NAMES) == [c.name for c in default_checks(Settings(), {})]


@pytest.mark.parametrize(("settings", "options", "said"), _BAD)
def test_a_bad_option_is_refused_as_the_guard_refuses_it(settings: dict[str, Any], options: dict[str, Any],
                                                         said: str) -> None:
    configured = Settings(**settings)
    with pytest.raises(ValueError) as built:
        build_guard(configured, options)
    with pytest.raises(ValueError) as checked:
        check_guard_options(configured, options)
    assert said in str(built.value)
    assert str(checked.value) == str(built.value)


def test_good_options_pass_and_reach_the_guard() -> None:
    options = {"confirmation": "never", "allow_domains": "shop.test", "taint_steps": "3",
               "checks_disabled": ["injection"], "trusted_destinations": ["api.shop.test"]}
    check_guard_options(Settings(), options)
    names = build_guard(Settings(), options).names
    assert names == [n for n in DEFAULT_CHECK_NAMES if n != "injection"]


def test_checking_options_loads_no_check() -> None:
    statement = ("from gofer.config import Settings\nfrom gofer.safety.pipeline import check_guard_options\n"
                 "check_guard_options(Settings(), {'allow_domains': ['shop.test'], 'checks_disabled': ['secrets']})")
    assert loaded_modules(statement, ["gofer.safety.checks", "gofer.safety.pii"]) == []
