// The web UI: sign in with a key, start tasks, follow a run live, answer it, steer it, take over its browser.
import { Api, ApiError } from "./api.js";
import { el, renderEvent } from "./render.js";

const $ = (id) => document.getElementById(id);
const TERMINAL = new Set(["RunFinished", "RunFailed", "RunCancelled"]);
const ASKING = new Set(["ConfirmationRequested", "QuestionAsked"]);
const TERMINAL_TOOLS = /^(shell|python|run_|exec|terminal)/;

const state = { api: null, run: null, stop: null, last: -1, usage: { in: 0, out: 0, cost: 0 }, taking: false,
  heartbeat: null };

async function signIn(key) {
  const api = new Api(key);
  const me = await api.get("/v1/me");
  state.api = api;
  localStorage.setItem("gofer.key", key);
  $("who").textContent = me.user.name;
  $("signin").hidden = true;
  $("app").hidden = false;
  if ("Notification" in window && Notification.permission === "default") Notification.requestPermission();
  const models = await api.get("/v1/models");
  $("model-input").placeholder = models.default ? `model (default ${models.default})` : "model spec";
  await refreshRuns();
  const wanted = new URLSearchParams(location.hash.slice(1)).get("run");
  if (wanted) openRun(wanted);
}

async function refreshRuns() {
  const { runs } = await state.api.get("/v1/runs?limit=100");
  $("run-list").replaceChildren(...runs.map((r) =>
    el("li", { class: state.run && state.run.id === r.id ? "active" : "", dataset: { run: r.id },
      onclick: () => openRun(r.id) },
      el("span", { class: "task" }, r.task), el("span", { class: `status ${r.status}` }, r.status.replace(/_/g, " ")))));
}

function setStatus(status) {
  const node = $("run-status");
  if (node.dataset.status && node.dataset.status !== status) refreshRuns().catch(() => {});
  node.dataset.status = status;
  node.textContent = status.replace(/_/g, " ");
  node.className = `status ${status}`;
  const ended = ["finished", "failed", "cancelled"].includes(status);
  $("cancel").disabled = ended;
  $("takeover").disabled = ended;
  document.querySelector(".run-head .actions").hidden = ended;
  $("message-form").hidden = ended;
}

function showUsage() {
  const u = state.usage;
  const cost = u.cost ? ` · $${u.cost.toFixed(4)}` : "";
  $("run-usage").textContent = `${u.in.toLocaleString()} in · ${u.out.toLocaleString()} out tokens${cost}`;
}

async function openRun(runId) {
  if (state.stop) state.stop();
  stopHeartbeat();
  const run = await state.api.get(`/v1/runs/${encodeURIComponent(runId)}`);  // a link names a run, not a route
  state.run = run;
  state.last = -1;
  state.usage = { in: 0, out: 0, cost: 0 };
  state.taking = false;
  location.hash = `run=${runId}`;
  $("empty").hidden = true;
  $("run").hidden = false;
  $("run-task").textContent = run.task;
  $("timeline").replaceChildren();
  $("plan").hidden = true;
  $("terminal").hidden = true;
  $("terminal").textContent = "";
  $("screen").hidden = true;
  $("screen-empty").hidden = false;
  setTakeover(false);
  setStatus(run.status);
  showUsage();
  refreshFiles();
  refreshRuns();
  state.stop = state.api.stream(runId, -1, onEvent, () => { refreshRuns(); refreshFiles(); });
  startHeartbeat();
}

function onEvent(event) {
  state.last = event.seq;
  const node = renderEvent(event, ui);
  if (node) { $("timeline").append(node); node.scrollIntoView({ block: "nearest" }); }
  switch (event.type) {
    case "PlanUpdated":
      $("plan").hidden = false;
      $("plan-steps").replaceChildren(...event.steps.map((s) => el("li", { class: s.status }, s.title)));
      break;
    case "ModelResponded":
      state.usage.in += event.usage.input_tokens;
      state.usage.out += event.usage.output_tokens;
      state.usage.cost += event.cost || 0;
      showUsage();
      break;
    case "ConfirmationResolved":
      document.querySelectorAll(`#confirm-${CSS.escape(event.action_id)} button`).forEach((b) => { b.disabled = true; });
      break;
    case "QuestionAnswered":
      document.querySelectorAll(`#question-${CSS.escape(event.question_id)} button`).forEach((b) => { b.disabled = true; });
      break;
    case "Observation":
      if ((event.images || []).length) ui.loadImage($("screen"), event.images[event.images.length - 1], true);
      if (TERMINAL_TOOLS.test(event.tool)) {
        $("terminal").hidden = false;
        $("terminal").textContent += `$ ${event.tool}\n${event.error || event.text}\n`;
        $("terminal").scrollTop = $("terminal").scrollHeight;
      }
      if ((event.artifacts || []).length) refreshFiles();
      break;
    case "TakeoverStarted": setTakeover(true); break;
    case "TakeoverEnded": setTakeover(false); break;
    default: break;
  }
  setStatus(statusAfter(event, $("run-status").dataset.status));
  if (ASKING.has(event.type) || TERMINAL.has(event.type)) notify(event);
  if (TERMINAL.has(event.type)) { stopHeartbeat(); refreshRuns(); refreshFiles(); }
}

function statusAfter(event, status) {
  const next = { RunStarted: "running", RunResumed: "running", ConfirmationRequested: "waiting_for_user",
    QuestionAsked: "waiting_for_user", ConfirmationResolved: "running", QuestionAnswered: "running",
    RunPaused: "paused", TakeoverStarted: "paused", TakeoverEnded: "running", RunFinished: "finished",
    RunFailed: "failed", RunCancelled: "cancelled" }[event.type];
  if (["finished", "failed", "cancelled"].includes(status)) return status;
  return next || status;
}

function notify(event) {
  if (!("Notification" in window) || Notification.permission !== "granted" || document.visibilityState === "visible") return;
  const text = { ConfirmationRequested: `Approve ${event.tool}?`, QuestionAsked: event.question,
    RunFinished: "Finished", RunFailed: "Failed", RunCancelled: "Cancelled" }[event.type];
  new Notification(`gofer: ${state.run ? state.run.task.slice(0, 60) : ""}`, { body: text });
}

// Watch mode: a heartbeat while this tab is visible; "not watching" when it is hidden.
function startHeartbeat() {
  const beat = () => {
    if (!state.run || !state.api) return;
    const watched = document.visibilityState === "visible";
    state.api.post(`/v1/runs/${state.run.id}/heartbeat`, { watched }).catch(() => {});
  };
  beat();
  state.heartbeat = setInterval(beat, 10000);
}
function stopHeartbeat() { if (state.heartbeat) clearInterval(state.heartbeat); state.heartbeat = null; }
document.addEventListener("visibilitychange", () => {
  if (state.heartbeat && state.run) {
    state.api.post(`/v1/runs/${state.run.id}/heartbeat`, { watched: document.visibilityState === "visible" })
      .catch(() => {});
  }
});

async function refreshFiles() {
  if (!state.run) return;
  const { files } = await state.api.get(`/v1/sessions/${state.run.session_id}/files`);
  $("files").replaceChildren(...files.filter((f) => !f.is_dir).map((f) =>
    el("li", { dataset: { path: f.path } }, el("span", {}, f.path),
      el("button", { class: "link", type: "button", onclick: () => ui.download(f.path) },
        `${(f.size / 1024).toFixed(1)} kB ⬇`))));
}

function setTakeover(on) {
  state.taking = on;
  $("takeover").hidden = on;
  $("handback").hidden = !on;
  $("takeover-hint").hidden = !on;
  $("screen-wrap").classList.toggle("live", on);
  if (on) refreshScreen();
}

async function refreshScreen() {
  try {
    const url = await state.api.blobUrl(`/v1/runs/${state.run.id}/screen`);
    ui.showScreen(url);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

// Inputs go one after another, so fast typing reaches the page in order.
let inputs = Promise.resolve();
function forward(input) {
  const runId = state.run.id;
  inputs = inputs.then(async () => {
    const response = await state.api.request("POST", `/v1/runs/${runId}/takeover/input`, input, { raw: true });
    ui.showScreen(URL.createObjectURL(await response.blob()));
  }).catch(() => {});
  return inputs;
}

const ui = {
  async loadImage(img, sha, main = false) {
    try {
      const url = await state.api.blobUrl(`/v1/runs/${state.run.id}/blobs/${sha}`);
      img.src = url;
      if (main) ui.showScreen(url);
    } catch { img.alt = "screenshot unavailable"; }
  },
  showScreen(url) {
    $("screen").src = url;
    $("screen").hidden = false;
    $("screen-empty").hidden = true;
  },
  async confirm(event, approved, note, remember = false) {
    await state.api.post(`/v1/runs/${state.run.id}/confirmations/${event.action_id}`, { approved, note, remember });
  },
  async answer(event, text) {
    await state.api.post(`/v1/runs/${state.run.id}/answers/${event.question_id}`, { answer: text });
  },
  async download(path) {
    const url = await state.api.blobUrl(`/v1/sessions/${state.run.session_id}/files/${path.split("/").map(encodeURIComponent).join("/")}`);
    const link = el("a", { href: url, download: path.split("/").pop() });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);  // a file (HTML, SVG) never stays a URL of this origin
  },
};

$("signin-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("signin-error").textContent = "";
  try { await signIn($("key-input").value.trim()); } catch (error) {
    $("signin-error").textContent = error instanceof ApiError ? error.message : String(error);
  }
});
$("signout").addEventListener("click", () => { localStorage.removeItem("gofer.key"); location.hash = ""; location.reload(); });
$("new-run").addEventListener("submit", async (e) => {
  e.preventDefault();
  $("new-run-error").textContent = "";
  const body = { task: $("task-input").value.trim() };
  if ($("model-input").value.trim()) body.model = $("model-input").value.trim();
  if ($("confirm-all").checked) body.options = { confirmation: "always" };
  try {
    const run = await state.api.post("/v1/runs", body);
    $("task-input").value = "";
    await openRun(run.id);
  } catch (error) { $("new-run-error").textContent = error.message; }
});
$("message-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const text = $("message-input").value.trim();
  if (!text) return;
  await state.api.post(`/v1/runs/${state.run.id}/messages`, { text });
  $("message-input").value = "";
});
$("cancel").addEventListener("click", async () => {
  await state.api.post(`/v1/runs/${state.run.id}/cancel`, { reason: "cancelled in the web UI" });
});
$("takeover").addEventListener("click", async () => {
  await state.api.post(`/v1/runs/${state.run.id}/takeover`, { reason: "taken over in the web UI" });
});
$("handback").addEventListener("click", async () => {
  await state.api.post(`/v1/runs/${state.run.id}/takeover/end`, {});
});
$("refresh-files").addEventListener("click", refreshFiles);
$("upload").addEventListener("change", async (e) => {
  const file = e.target.files[0];
  if (!file || !state.run) return;
  await state.api.request("PUT", `/v1/sessions/${state.run.session_id}/files/${encodeURIComponent(file.name)}`, file);
  e.target.value = "";
  refreshFiles();
});
$("screen").addEventListener("click", (e) => {
  if (!state.taking) return;
  const img = e.currentTarget;
  const rect = img.getBoundingClientRect();
  const x = ((e.clientX - rect.left) / rect.width) * img.naturalWidth;
  const y = ((e.clientY - rect.top) / rect.height) * img.naturalHeight;
  img.focus();
  forward({ kind: "click", x, y }).catch(() => {});
});
$("screen").addEventListener("keydown", (e) => {
  if (!state.taking) return;
  e.preventDefault();
  const input = e.key.length === 1 && !e.ctrlKey && !e.metaKey ? { kind: "type", text: e.key } : { kind: "key", key: e.key };
  forward(input).catch(() => {});
});

const saved = localStorage.getItem("gofer.key");
if (saved) signIn(saved).catch(() => { $("signin").hidden = false; });
else $("signin").hidden = false;
