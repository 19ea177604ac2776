"""The python tool on a real Jupyter kernel in the bubblewrap sandbox, called through a ToolContext."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from gofer.computer.base import Computer
from gofer.computer.workspace import Workspace
from gofer.config import Settings
from gofer.tools.base import ToolContext, ToolError, ToolResult
from gofer.tools.python import python


@pytest.fixture
async def ctx(tmp_path: Path) -> AsyncIterator[ToolContext]:
    settings = Settings(sandbox="local", network="none")
    computer = Computer("s1", Workspace(tmp_path / "ws"), settings)
    yield ToolContext(run_id="r1", session_id="s1", workspace=computer.workspace.root, computer=computer,
                      settings=settings)
    await computer.aclose()


async def run(ctx: ToolContext, code: str, timeout: float = 60) -> ToolResult:
    return await python(ctx, {"code": code, "timeout": timeout})


async def test_state_persists_and_output_comes_back(ctx: ToolContext) -> None:
    first = await run(ctx, "x = sum(range(10**6))\nprint(x)")
    assert first.text.strip() == "499999500000"
    second = await run(ctx, "x * 2")
    assert "999999000000" in second.text
    stderr = await run(ctx, "import sys; print('to-stderr', file=sys.stderr)")
    assert "to-stderr" in stderr.text
    assert python.risk.value == "reversible"


async def test_each_cell_starts_in_the_workspace_so_the_judge_reads_the_right_files(ctx: ToolContext) -> None:
    """A folder one cell moved to must not carry over: the next cell's relative paths are judged from /workspace."""
    (ctx.workspace / "sub").mkdir()
    (ctx.workspace / "sub" / "data.csv").write_text("the user's data\n")
    moved = await run(ctx, "import os\nos.chdir('sub')\nprint(os.getcwd())")
    assert moved.text.strip().endswith("/workspace/sub")
    write = {"code": "open('data.csv', 'w').write('x')"}
    assert python.judge_risk(write, ctx).risk.value == "reversible"  # data.csv is not in /workspace itself
    await python(ctx, write)
    assert (ctx.workspace / "sub" / "data.csv").read_text() == "the user's data\n"
    assert (ctx.workspace / "data.csv").read_text() == "x"
    count = await run(ctx, "1 + 1")
    assert count.data is not None and count.data["execution_count"] == 3  # gofer's set-up is not a cell


async def test_an_image_a_model_cannot_take_is_saved_but_not_shown(ctx: ToolContext) -> None:
    """A vision API refuses an image it cannot read, and then every later model call fails: only images whose header
    says PNG/JPEG/GIF/WebP reach the model; the rest are saved and named in a note."""
    r = await run(ctx, "from IPython.display import display\n"
                       "display({'image/png': 'bm90IGFuIGltYWdl'}, raw=True)\n"  # "not an image", labelled PNG
                       "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()")
    assert len(r.images) == 1 and r.images[0].media_type == "image/png"
    assert "could not be decoded" in r.text and "cell" in r.text
    saved = sorted(p.name for p in (ctx.workspace / "figures").iterdir())
    assert len(saved) == 2


async def test_traceback_is_plain_text(ctx: ToolContext) -> None:
    r = await run(ctx, "def f():\n    raise ValueError('bad value')\nf()")
    assert r.data is not None and r.data["status"] == "error"
    assert "ValueError: bad value" in r.text
    assert "\x1b[" not in r.text


@pytest.mark.slow
async def test_libraries_importable_and_cwd_is_workspace(ctx: ToolContext) -> None:
    r = await run(
        ctx,
        "import pandas, numpy, matplotlib, openpyxl, docx, pptx, reportlab, os\n"
        "pandas.DataFrame({'a': [1, 2]}).to_csv('out.csv', index=False)\nprint(os.getcwd())",
    )
    assert "/workspace" in r.text, r.text
    assert ctx.workspace.joinpath("out.csv").read_text() == "a\n1\n2\n"


@pytest.mark.slow
async def test_figure_is_returned_and_saved(ctx: ToolContext) -> None:
    r = await run(ctx, "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [3, 1, 2])\nplt.show()")
    assert len(r.images) == 1
    png = r.images[0].data
    assert png.startswith(b"\x89PNG")
    assert len(r.artifacts) == 1
    art = r.artifacts[0]
    assert art.path.startswith("figures/") and art.mime == "image/png"
    assert art.sha256 == hashlib.sha256(png).hexdigest()
    assert (ctx.workspace / art.path).read_bytes() == png


async def test_displayed_image_saved_and_symlinked_folder_not_followed(ctx: ToolContext, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (ctx.workspace / "figures").symlink_to(outside)
    pixel = base64.b64encode(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e5270de60000000049454e44ae426082"
        )
    ).decode()
    r = await run(ctx, f"from IPython.display import Image, display\nimport base64\n"
                       f"display(Image(data=base64.b64decode('{pixel}')))")
    assert len(r.images) == 1
    assert list(outside.iterdir()) == []  # nothing written through the planted link
    assert r.artifacts == []


@pytest.mark.slow
async def test_timeout_interrupts_and_kernel_survives(ctx: ToolContext) -> None:
    await run(ctx, "kept = 41")
    r = await run(ctx, "import time\nwhile True:\n    time.sleep(0.05)", timeout=1)
    assert r.data is not None and r.data["status"] == "timeout"
    assert "Interrupted" in r.text
    after = await run(ctx, "kept + 1")
    assert "42" in after.text


async def test_crash_restarts_kernel_and_says_state_lost(ctx: ToolContext) -> None:
    await run(ctx, "lost = 1")
    r = await run(ctx, "import os\nos._exit(7)")
    assert r.data is not None and r.data["state_lost"] is True
    assert "restarted" in r.text and "gone" in r.text
    after = await run(ctx, "print('lost' in globals())")
    assert after.text.strip() == "False"


async def test_bad_timeout_is_a_model_error(ctx: ToolContext) -> None:
    with pytest.raises(ToolError):
        await run(ctx, "1", timeout=0)


def _tiny_wheel(folder: Path) -> Path:
    """A pure-python wheel built by hand (no network, no build tools)."""
    name, version = "gofer_tiny_pkg", "0.1"
    files = {
        f"{name}/__init__.py": b"ANSWER = 42\n",
        f"{name}-{version}.dist-info/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
        f"{name}-{version}.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n",
    }
    record = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    record.append(f"{name}-{version}.dist-info/RECORD,,")
    files[f"{name}-{version}.dist-info/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = folder / f"{name}-{version}-py3-none-any.whl"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    wheel.write_bytes(buf.getvalue())
    return wheel


@pytest.mark.slow
async def test_pip_install_goes_to_session_env_not_gofers(ctx: ToolContext) -> None:
    import sys

    from gofer.tools.shell import shell

    wheels = ctx.workspace / "wheels"
    wheels.mkdir()
    _tiny_wheel(wheels)
    r = await shell(ctx, {"command": "pip install --no-index --find-links wheels gofer_tiny_pkg", "timeout": 120})
    assert "Successfully installed gofer_tiny_pkg" in r.text, r.text
    imported = await run(ctx, "import gofer_tiny_pkg\nprint(gofer_tiny_pkg.ANSWER, gofer_tiny_pkg.__file__)")
    assert "42 /workspace/.gofer/python/" in imported.text, imported.text
    assert not list(Path(sys.prefix).glob("lib/python*/site-packages/gofer_tiny_pkg"))


async def test_flooding_output_and_images_are_capped_in_gofers_memory(ctx: ToolContext) -> None:
    from gofer.computer.kernel import MAX_IMAGES, MAX_OUTPUT, get_kernel

    assert ctx.computer is not None
    kernel = await get_kernel(ctx.computer)
    flood = await kernel.execute("import sys\nfor i in range(40):\n    print(str(i) * 1_000_000)\n"
                                 "    sys.stdout.flush()\nprint('the end')", timeout=60)
    assert flood.status == "ok"
    assert len(flood.output) < MAX_OUTPUT + 200  # not the 40 MB printed
    assert flood.output.startswith("0000") and flood.output.rstrip().endswith("the end")
    assert "bytes of output cut" in flood.output
    r = await run(ctx, "from PIL import Image as P\nfor i in range(30):\n    display(P.new('RGB', (2, 2)))")
    assert len(r.images) == MAX_IMAGES and len(r.artifacts) == MAX_IMAGES
    assert f"10 more images were displayed; only the first {MAX_IMAGES} kept" in r.text
    import zmq

    socket = kernel.client.iopub_channel.socket
    assert socket.getsockopt(zmq.RCVHWM) <= 16 and 0 < socket.getsockopt(zmq.MAXMSGSIZE) <= 64 << 20
