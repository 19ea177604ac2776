// The API as the UI uses it: fetch with the key, typed errors, and a reconnecting WebSocket event stream.

export class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || "error";
    this.details = err.details;
  }
}

export class Api {
  constructor(key) { this.key = key; }

  async request(method, path, body, { raw = false, contentType } = {}) {
    const headers = { Authorization: `Bearer ${this.key}` };
    let payload;
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      payload = body;
      headers["Content-Type"] = contentType || "application/octet-stream";
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(path, { method, headers, body: payload });
    if (!response.ok) {
      let data = null;
      try { data = await response.json(); } catch { data = null; }
      throw new ApiError(response.status, data);
    }
    if (raw) return response;
    if (response.status === 204) return null;
    return response.json();
  }

  get(path) { return this.request("GET", path); }
  post(path, body) { return this.request("POST", path, body === undefined ? {} : body); }

  async blobUrl(path) {
    const response = await this.request("GET", path, undefined, { raw: true });
    return URL.createObjectURL(await response.blob());
  }

  // Follow a run's events over a WebSocket from after `after`; reconnect (from the last seq) until the run ends.
  stream(runId, after, onEvent, onEnd) {
    let last = after;
    let stopped = false;
    let socket = null;
    let retries = 0;
    const open = () => {
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      const url = `${scheme}://${location.host}/v1/runs/${encodeURIComponent(runId)}/events?after=${last}`;
      // The key goes in a subprotocol (a header), not in the URL that proxies log.
      socket = new WebSocket(url, ["gofer.v1", `gofer.key.${this.key}`]);
      socket.onmessage = (message) => {
        const event = JSON.parse(message.data);
        if (event.seq <= last) return;
        last = event.seq;
        retries = 0;
        onEvent(event);
      };
      socket.onclose = (close) => {
        if (stopped) return;
        if (close.code === 1000 || close.code >= 4000) { stopped = true; onEnd(close.code); return; }
        retries += 1;
        setTimeout(open, Math.min(250 * 2 ** retries, 5000));
      };
    };
    open();
    return () => { stopped = true; if (socket) socket.close(); };
  }
}
