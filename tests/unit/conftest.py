"""Fixtures the unit test modules share: a record of the tool lists a scripted model is sent."""

from __future__ import annotations

from typing import Any

import pytest

from gofer.models.base import ToolSpec
from gofer.testing import ScriptedModel


@pytest.fixture
def tool_lists(monkeypatch: pytest.MonkeyPatch) -> list[list[ToolSpec]]:
    """The tool lists the scripted model was sent, one per call."""
    seen: list[list[ToolSpec]] = []
    complete = ScriptedModel.complete

    async def recording(self: ScriptedModel, messages: Any, tools: list[ToolSpec], *args: Any, **kwargs: Any) -> Any:
        seen.append(list(tools))
        return await complete(self, messages, tools, *args, **kwargs)

    monkeypatch.setattr(ScriptedModel, "complete", recording)
    return seen
