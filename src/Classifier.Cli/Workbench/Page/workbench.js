"use strict";
// The workbench page: renders /api/state, and turns keys into saves. All text goes in through
// textContent, never innerHTML, so article text cannot inject markup.
const token = document.querySelector('meta[name="workbench-token"]').content;
let state = null;
let current = null;          // id of the article shown
let focus = null;            // {article, index}
const skipped = new Set();   // "article/index" skipped in this tab
const undo = [];
let pending = Promise.resolve(); // keys act one after another: a key pressed during a save waits for it

const $ = id => document.getElementById(id);
const key = (a, i) => a + "/" + i;
const articleById = id => state.articles.find(a => a.id === id);
const colourOf = name => (state.labels.find(l => l.name === name) || {colour: "#fff"}).colour;

async function api(path, body) {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: {"X-Workbench-Token": token, "Content-Type": "application/json"},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({error: "HTTP " + response.status}));
  if (!response.ok) throw new Error(data.error || ("HTTP " + response.status));
  return data;
}

function say(text) { $("message").textContent = text; }

async function load() {
  state = await api("/api/state");
  if (!current || !articleById(current)) current = state.articles.length ? state.articles[0].id : null;
  renderKeys();
  advance(current);
}

function renderKeys() {
  const keys = $("keys");
  keys.textContent = "";
  for (const l of state.labels) {
    const k = document.createElement("kbd"); k.textContent = l.key; keys.append(k, " ");
    const s = document.createElement("span"); s.className = "label"; s.style.background = l.colour; s.textContent = l.name; keys.append(s);
  }
  const commands = [["Enter", "accept prediction"], ["x", "skip"], ["z", "undo"], ["A", "accept article as predicted"]]
    .concat(state.stances.map(s => [s.key, "quote stance " + s.name]));
  for (const [k, what] of commands) {
    const e = document.createElement("kbd"); e.textContent = k; keys.append(" ", e, " " + what + " ");
  }
}

// The next segment to decide: least confident first across every article; the shown article's first when one is asked for.
function nextInQueue(preferArticle) {
  const open = state.queue.filter(q => !skipped.has(key(q.article, q.index)) && !articleById(q.article).segments[q.index].saved);
  return (preferArticle && open.find(q => q.article === preferArticle)) || open[0] || null;
}

function advance(preferArticle) {
  focus = nextInQueue(preferArticle);
  if (focus) current = focus.article;
  render();
}

function render() {
  const decided = state.articles.reduce((n, a) => n + a.segments.filter(s => s.saved).length, 0);
  const total = state.articles.reduce((n, a) => n + a.segments.length, 0);
  $("progress").textContent = `${decided} of ${total} segments decided` + (focus ? "" : " · queue done");
  const list = $("articles");
  list.textContent = "";
  for (const a of state.articles) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = "#"; link.textContent = a.file; link.title = a.id; link.dataset.article = a.id;
    link.className = a.id === current ? "current" : "";
    link.onclick = e => { e.preventDefault(); current = a.id; focus = nextInQueue(a.id); if (!focus || focus.article !== a.id) focus = {article: a.id, index: 0}; render(); };
    li.append(link); list.append(li);
  }
  renderArticle();
}

function renderArticle() {
  const view = $("article");
  view.textContent = "";
  const a = current && articleById(current);
  if (!a) { view.textContent = "No articles."; return; }
  const h = document.createElement("h2"); h.textContent = a.file + " — " + a.id;
  const verdict = document.createElement("p"); verdict.className = "verdict"; verdict.textContent = a.verdict;
  view.append(h, verdict);
  for (const s of a.segments) {
    const row = document.createElement("div");
    const shown = s.saved || s.label;
    row.className = "seg" + (s.saved ? " saved" : "") + (focus && focus.article === a.id && focus.index === s.index ? " focus" : "");
    row.dataset.index = s.index; row.dataset.label = shown;
    row.style.background = colourOf(shown);
    const meta = document.createElement("span"); meta.className = "meta";
    meta.textContent = `${s.index} ${shown} ${s.saved ? "" : s.confidence.toFixed(2)}`;
    if (s.saved && s.saved !== s.label) { const was = document.createElement("span"); was.className = "was"; was.textContent = s.label; meta.append(was); }
    const text = document.createElement("span"); text.className = "text"; text.textContent = s.text;
    row.append(meta, text);
    row.onclick = () => { focus = {article: a.id, index: s.index}; render(); };
    view.append(row);
    const quotes = a.quotes.filter(q => q.segment === s.index);
    if (quotes.length) {
      const table = document.createElement("table"); table.className = "quotes";
      for (const q of quotes) {
        const tr = document.createElement("tr"); tr.className = "quote";
        const cells = [q.speaker || "(speaker not found)", q.channel, q.saved ? q.saved + " ✓" : (q.stance || "") + " " + q.confidence.toFixed(2), "“" + q.text + "”"];
        cells.forEach((c, i) => { const td = document.createElement("td"); td.textContent = c; if (i === 2 && q.saved) td.className = "saved-stance"; tr.append(td); });
        table.append(tr);
      }
      view.append(table);
    }
  }
  const focused = view.querySelector(".seg.focus");
  if (focused) focused.scrollIntoView({block: "nearest"});
}

function savedSnapshot(a) {
  const segments = {};
  for (const s of a.segments) if (s.saved) segments[s.index] = s.saved;
  const quotes = a.quotes.filter(q => q.saved).map(q => ({segment: q.segment, speaker: q.speaker, channel: q.channel, stance: q.saved, quote: q.text.trim()}));
  return {segments, quotes};
}

function apply(a, saved) {
  for (const s of a.segments) s.saved = saved.segments[s.index] || null;
  for (const q of a.quotes) {
    const hit = saved.quotes.find(l => l.segment === q.segment && l.quote === q.text.trim());
    q.saved = hit ? hit.stance : null;
  }
}

async function labelSegment(label) {
  if (!focus) return;
  const a = articleById(focus.article), s = a.segments[focus.index];
  const previous = s.saved || null;
  apply(a, await api("/api/segment", {article: a.id, index: s.index, label}));
  undo.push({article: a.id, index: s.index, run: () => api("/api/segment", {article: a.id, index: s.index, label: previous})});
  say(`saved ${a.id} segment ${s.index} as ${label}`);
  advance(a.id);
}

async function setStance(stance) {
  if (!focus) return;
  const a = articleById(focus.article);
  const quotes = a.quotes.filter(q => q.segment === focus.index && q.speaker);
  const q = quotes.find(x => !x.saved) || quotes[0];
  if (!q) { say("no quote with a speaker in this segment"); return; }
  const previous = q.saved || null;
  apply(a, await api("/api/quote", {article: a.id, segment: q.segment, quote: q.text, stance}));
  undo.push({article: a.id, index: q.segment, run: () => api("/api/quote", {article: a.id, segment: q.segment, quote: q.text, stance: previous})});
  say(`saved the stance of ${q.speaker}: ${stance}`);
  render();
}

async function acceptArticle() {
  const a = current && articleById(current);
  if (!a) return;
  const snapshot = savedSnapshot(a);
  apply(a, await api("/api/accept", {article: a.id}));
  undo.push({article: a.id, index: 0, run: () => api("/api/restore", {article: a.id, segments: snapshot.segments, quotes: snapshot.quotes})});
  say(`accepted ${a.id} as predicted`);
  advance(null);
}

async function undoLast() {
  const last = undo.pop();
  if (!last) { say("nothing to undo"); return; }
  apply(articleById(last.article), await last.run());
  skipped.delete(key(last.article, last.index));
  focus = {article: last.article, index: last.index};
  current = last.article;
  say("undone");
  render();
}

function skip() {
  if (!focus) return;
  skipped.add(key(focus.article, focus.index));
  advance(focus.article);
}

document.addEventListener("keydown", e => {
  if (!state || e.ctrlKey || e.metaKey || e.altKey || e.target.tagName === "INPUT") return;
  const label = state.labels.find(l => l.key === e.key);
  const stance = state.stances.find(s => s.key === e.key);
  let action = null;
  if (label) action = () => labelSegment(label.name);
  else if (stance) action = () => setStance(stance.name);
  else if (e.key === "Enter" && focus) action = () => labelSegment(articleById(focus.article).segments[focus.index].label);
  else if (e.key === "x") action = async () => skip();
  else if (e.key === "z") action = undoLast;
  else if (e.key === "A") action = acceptArticle;
  if (!action) return;
  e.preventDefault();
  pending = pending.then(action).catch(err => say("not saved: " + err.message));
});

$("open").onsubmit = async e => {
  e.preventDefault();
  try {
    const opened = await api("/api/open", {path: $("open-path").value});
    current = opened.article;
    await load();
  } catch (err) { say(err.message); }
};

$("retrain").onclick = async () => {
  try {
    await api("/api/retrain", {});
    $("training").hidden = false;
    $("retrain").disabled = true;
    poll();
  } catch (err) { say(err.message); }
};

async function poll() {
  const status = await api("/api/retrain");
  $("train-state").textContent = `${status.state} · ${status.seconds ?? 0} s` + (status.error ? " · " + status.error : "");
  $("train-log").textContent = status.log.slice(-12).join("\n");
  if (status.state === "running") { setTimeout(poll, 1000); return; }
  $("retrain").disabled = false;
  const scores = $("train-scores");
  scores.textContent = "";
  const f1 = v => v == null ? "not measured" : v.toFixed(3);
  for (const [name, value] of [["macro-F1 before (grouped CV)", f1(status.macroF1Before)], ["macro-F1 after (grouped CV)", f1(status.macroF1After)]]) {
    const tr = document.createElement("tr");
    const a = document.createElement("td"); a.textContent = name;
    const b = document.createElement("td"); b.textContent = value; b.className = "score";
    tr.append(a, b); scores.append(tr);
  }
  const changed = $("train-changed");
  changed.textContent = "";
  for (const c of status.changed) {
    const li = document.createElement("li"); li.className = "changed";
    li.textContent = `${c.article} #${c.index}: ${c.before} → ${c.after} (${c.confidence.toFixed(2)}) ${c.text.slice(0, 60)}`;
    changed.append(li);
  }
  if (!status.changed.length) changed.textContent = "none";
  if (status.state === "done") await load();
}

load().catch(err => say(err.message));
