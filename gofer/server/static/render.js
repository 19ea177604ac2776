// Each event as a timeline entry. Pure DOM building; actions are wired by app.js through callbacks.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const clip = (text, n = 2000) => (text.length > n ? text.slice(0, n) + ` … (${text.length - n} more)` : text);
// Arguments as "name: value" lines; strings as they are (code keeps its lines), the rest as compact JSON.
const args = (a) => clip(Object.entries(a || {}).map(([key, value]) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.includes("\n") ? `${key}:\n${text}` : `${key}: ${text}`;
}).join("\n"), 600);
// An approval's arguments whole: nothing cut from the end, where a long command's last part is (the card scrolls).
const approvalArgs = (a) => Object.entries(a || {}).map(([key, value]) => {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.includes("\n") ? `${key}:\n${text}` : `${key}: ${text}`;
}).join("\n");
// Host names written with letters outside ASCII, each with the form the network uses: "pаypal.com" with a
// Cyrillic "а" is xn--pypal-4ve.com, which the person can see is not the site they know.
const DOTTED = /(?:[\p{L}\p{N}][\p{L}\p{N}-]*[.\u3002\uff0e\uff61])+\p{L}{2,}/gu;
export function foreignHosts(a) {
  const strings = [];
  const walk = (v) => {
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(a);
  const notes = new Map();
  for (const text of strings) {
    for (const [host] of text.matchAll(DOTTED)) {
      if (/^[\x00-\x7f]*$/.test(host) || notes.has(host)) continue;
      let ascii = "not a valid host name";
      try { ascii = new URL(`http://${host}/`).hostname; } catch { /* shown as invalid */ }
      notes.set(host, `"${host}" is ${ascii} (letters outside ASCII: check it is the site you expect)`);
    }
  }
  return [...notes.values()];
}
// Tools whose call and result the timeline shows through their own cards (plan, question, answer).
const CONTROL = new Set(["update_plan", "ask_user", "finish"]);

function card(event, kind, cls, ...body) {
  return el("li", { class: `ev ${cls}`, dataset: { seq: event.seq, type: event.type } },
    el("div", { class: "kind" }, kind), ...body);
}

// Returns a node for the event, or null for events the timeline does not show.
export function renderEvent(event, ui) {
  switch (event.type) {
    case "RunStarted":
      return card(event, "task", "", el("div", {}, event.task), el("div", { class: "muted" }, event.model));
    case "ModelResponded":
      // A reply without tool calls is the final answer: its card shows it once it has passed the output filter.
      if (!event.text || !(event.tool_calls || []).length) return null;
      return card(event, "thought", "thought", el("div", {}, event.text));
    case "ActionProposed":
      if (CONTROL.has(event.tool)) return null;
      return card(event, `action · ${event.tool} · ${event.risk}`, "", el("pre", {}, args(event.arguments)));
    case "Observation": {
      if (CONTROL.has(event.tool) && !event.error) return null;
      const node = card(event, `result · ${event.tool}`, event.error ? "error" : "",
        el("pre", {}, clip(event.error || event.text || "(no output)")));
      for (const sha of event.images || []) {
        const img = el("img", { class: "thumb", alt: "screenshot", dataset: { sha } });
        ui.loadImage(img, sha);
        img.addEventListener("click", () => ui.showScreen(img.src));
        node.append(img);
      }
      if ((event.artifacts || []).length) {
        node.append(el("div", { class: "row" }, event.artifacts.map((a) =>
          el("button", { class: "link", type: "button", onclick: () => ui.download(a.path) }, `⬇ ${a.path}`))));
      }
      return node;
    }
    case "ConfirmationRequested": {
      const note = el("input", { placeholder: "note (optional)", "aria-label": "Note" });
      const node = card(event, "needs your approval", "ask",
        el("div", {}, `${event.tool}: ${event.reason || "this action needs a person's approval"}`),
        el("pre", { class: "approval-args" }, approvalArgs(event.arguments)),
        foreignHosts(event.arguments).map((text) => el("div", { class: "host-note", "data-testid": "host-note" }, text)),
        note,
        el("div", { class: "row" },
          el("button", { type: "button", "data-testid": "approve", onclick: () => ui.confirm(event, true, note.value) },
            "Approve"),
          el("button", { type: "button", "data-testid": "approve-remember",
            title: "Also approve later calls of this tool on this site, for the rest of this run only",
            onclick: () => ui.confirm(event, true, note.value, true) }, `Approve ${event.tool} here for this run`),
          el("button", { type: "button", class: "danger", "data-testid": "deny",
            onclick: () => ui.confirm(event, false, note.value) }, "Deny")));
      if (event.screenshot) {
        const img = el("img", { class: "thumb", alt: "the page awaiting approval", dataset: { sha: event.screenshot } });
        ui.loadImage(img, event.screenshot);
        img.addEventListener("click", () => ui.showScreen(img.src));
        node.append(img);
      }
      node.id = `confirm-${event.action_id}`;
      return node;
    }
    case "ConfirmationResolved":
      return card(event, event.approved ? "approved" : "denied", event.approved ? "" : "error",
        event.note ? el("div", {}, event.note) : null);
    case "QuestionAsked": {
      const input = el("input", { placeholder: "Your answer", "aria-label": "Answer" });
      const form = el("form", { class: "row", onsubmit: (e) => { e.preventDefault(); ui.answer(event, input.value); } },
        input, el("button", { type: "submit", "data-testid": "answer" }, "Answer"));
      const node = card(event, "question", "ask", el("div", {}, event.question), form);
      node.id = `question-${event.question_id}`;
      return node;
    }
    case "QuestionAnswered":
      return card(event, "answered", "", el("div", {}, event.answer));
    case "UserMessage":
      return card(event, "you", "", el("div", {}, event.text));
    case "GuardDecision":
      if (event.verdict === "allow" || event.verdict === "confirm") return null;  // a confirm has its own card
      return card(event, `guard · ${event.check} · ${event.verdict}`, "error", el("div", {}, event.reason));
    case "RunFinished":
      return card(event, "answer", "answer", el("div", {}, event.answer),
        el("div", { class: "row" }, (event.files || []).map((a) =>
          el("button", { class: "link", type: "button", onclick: () => ui.download(a.path) }, `⬇ ${a.path}`))));
    case "RunFailed":
      return card(event, "failed", "error", el("div", {}, event.reason || event.error));
    case "RunCancelled":
      return card(event, "cancelled", "error", el("div", {}, event.reason));
    case "RunPaused": case "RunResumed": case "TakeoverStarted": case "TakeoverEnded":
    case "ContextCondensed":
      return card(event, event.cut ? "context condensed · the summary was cut at its bound: incomplete"
        : "context condensed", "", el("div", { class: "muted" }, event.summary));
    case "BudgetExceeded": case "ComputerReset": case "WatchModeChanged":
      return card(event, event.type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase(), "",
        el("div", { class: "muted" }, event.reason || event.budget || event.domain || ""));
    default:
      return null;
  }
}
