"""Quick start with gofer's Python SDK.

Start a server and make a key first:

    gofer users create me && export GOFER_API_KEY=$(gofer keys create me | tail -1)
    gofer serve            # http://127.0.0.1:8000

Then: python examples/sdk_quickstart.py "Write a haiku about autumn into haiku.txt"
(GOFER_URL picks another server; --model names one the server offers.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from gofer.events import ConfirmationRequested, Event, QuestionAsked
from gofer.sdk import Client, RunEndedError


def show(event: Event) -> None:
    """Print a one-line trace of each event as it arrives."""
    detail = getattr(event, "text", "") or getattr(event, "tool", "") or getattr(event, "answer", "")
    print(f"{event.seq:>4} {event.type:<22} {str(detail)[:80]}")


def approve(request: ConfirmationRequested) -> bool:
    """Ask at the terminal before a consequential action."""
    return input(f"Allow {request.tool} {request.arguments}? [y/N] ").strip().lower() == "y"


def answer(question: QuestionAsked) -> str:
    """Answer the agent's questions at the terminal."""
    return input(f"{question.question} > ")


def main() -> None:
    """Run one task to its end and download the files it made."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task")
    parser.add_argument("--model", default=None, help="A model spec the server offers (default: the server's).")
    parser.add_argument("--out", default="gofer-output", help="Folder for the files the run made.")
    args = parser.parse_args()

    with Client() as client:  # GOFER_URL and GOFER_API_KEY
        try:
            result = client.run(args.task, model=args.model, on_event=show, on_confirmation=approve,
                                on_question=answer)
        except RunEndedError as exc:
            raise SystemExit(f"the run ended without an answer: {exc}") from None
        print("\nAnswer:", result.answer)
        out = Path(args.out)
        out.mkdir(exist_ok=True)
        for artifact in result.files:
            target = out / Path(artifact.path).name
            client.download(result.run.session_id, artifact.path, target)
            print("saved", target)


if __name__ == "__main__":
    main()
