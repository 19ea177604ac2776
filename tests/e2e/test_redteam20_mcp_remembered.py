"""Red team of remembered approvals on connectors (session 17): an MCP call that names a link as well as a
recipient is remembered for its recipient too. A real stdio MCP server (written here), scripted model."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from agent_helpers import call, gofer_env, script

from gofer.events import ConfirmationRequested, Observation, RunStatus

pytestmark = pytest.mark.slow

SERVER = '''
from mcp.server.mcpserver import MCPServer
from mcp_types import ToolAnnotations

server = MCPServer("mail", log_level="WARNING")


@server.tool(annotations=ToolAnnotations(destructive_hint=True))
def send(to: str, link: str, text: str) -> str:
    """Send an e-mail with a link."""
    with open(__file__ + ".sent", "a") as sent:
        sent.write(to + "\\n")
    return "sent"


server.run()
'''


async def test_a_remembered_mail_with_a_link_does_not_cover_the_same_link_to_someone_else(tmp_path: Path) -> None:
    (tmp_path / "mail.py").write_text(SERVER)
    server = {"name": "mail", "command": sys.executable, "args": [str(tmp_path / "mail.py")]}
    link = "https://docs.example.com/q3-report"
    spec = script(tmp_path, [
        {"tool_calls": [call("mail_send", to="boss@example.com", link=link, text="Here it is.")]},
        {"tool_calls": [call("mail_send", to="boss@example.com", link=link, text="Sorry, once more.")]},
        {"tool_calls": [call("mail_send", to="eve@evil.test", link=link, text="Hi")]},
        {"tool_calls": [call("finish", answer="done")]},
    ])
    async with gofer_env(mcp_servers=[server]) as env:
        task = "send boss@example.com a link to our Q3 report"
        run = await env.service.create_run(task, spec, workspace=tmp_path / "ws", start=False)
        status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        answers = iter([True, False])
        while status == RunStatus.WAITING_FOR_USER:
            asked = [e for e in await env.store.read(run.id) if isinstance(e, ConfirmationRequested)][-1]
            await env.store.send_command(run.id, "confirm", {"action_id": asked.action_id,
                                                             "approved": next(answers), "remember": True})
            status = await asyncio.wait_for(env.runtime.drive(run.id, until_wait=True), 120)
        events = await env.store.read(run.id)
    assert status == RunStatus.FINISHED, [e.type for e in events]
    asked = [e.arguments["to"] for e in events if isinstance(e, ConfirmationRequested)]
    assert asked == ["boss@example.com", "eve@evil.test"], asked
    assert (tmp_path / "mail.py.sent").read_text().split() == ["boss@example.com", "boss@example.com"]
    assert sum(1 for e in events if isinstance(e, Observation) and e.tool == "mail_send" and not e.error) == 2
