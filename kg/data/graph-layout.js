// newskg graph view, part 2 of 3: where nodes go, beyond what vis-network's physics does by itself.
// Events between the same two actors get curves of their own, so their labels do not sit on each other.
function spreadParallel(edgeList) {
  const groups = new Map();
  edgeList.filter(e => !String(e.to).startsWith("event:")).forEach(e => {
    const key = [e.from, e.to].sort().join("\u0000");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  });
  groups.forEach(group => group.forEach((e, i) => {
    const k = i - (group.length - 1) / 2, step = Math.min(0.25, 1.2 / group.length), flip = e.from > e.to ? -1 : 1;
    e.smooth = k === 0 ? false : { enabled: true, type: k * flip > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(k) * step };
  }));
  return edgeList;
}

// Actors without events are laid out in rows under the graph, by type and name, when asked for.
function placeInactive() {
  const todo = Object.values(KG.entities).filter(e => !active.has(e.id) && nodes.get(e.id).x == null)
    .sort((a, b) => typeKey(a).localeCompare(typeKey(b)) || a.label.localeCompare(b.label));
  if (!todo.length) return;
  const pos = Object.values(network.getPositions()), xs = pos.map(p => p.x), ys = pos.map(p => p.y);
  const left = xs.length ? Math.min(...xs) : 0, top = (ys.length ? Math.max(...ys) : 0) + 140;
  const cols = Math.max(4, Math.ceil(Math.sqrt(todo.length * 3)));
  nodes.update(todo.map((e, i) => ({ id: e.id, x: left + (i % cols) * 210, y: top + Math.floor(i / cols) * 90 })));
}

// Small separate groups (two actors and their events, say) go in columns beside the largest one,
// instead of floating across its edges.
function packComponents() {
  const pos = network.getPositions(), adj = new Map(Object.keys(pos).map(id => [id, []]));
  edgeView.get().forEach(e => { if (adj.has(e.from) && adj.has(e.to)) { adj.get(e.from).push(e.to); adj.get(e.to).push(e.from); } });
  const seen = new Set(), groups = [];
  adj.forEach((_, id) => {
    if (seen.has(id)) return;
    const group = [], todo = [id];
    seen.add(id);
    while (todo.length) { const x = todo.pop(); group.push(x); adj.get(x).forEach(y => { if (!seen.has(y)) { seen.add(y); todo.push(y); } }); }
    groups.push(group);
  });
  if (groups.length < 2) return;
  groups.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const box = g => ({ x0: Math.min(...g.map(i => pos[i].x)), x1: Math.max(...g.map(i => pos[i].x)),
    y0: Math.min(...g.map(i => pos[i].y)), y1: Math.max(...g.map(i => pos[i].y)) });
  const main = box(groups[0]);
  let x = main.x1 + 220, y = main.y0, width = 0;
  groups.slice(1).forEach(g => {
    const b = box(g);
    if (y > main.y0 && y + (b.y1 - b.y0) > main.y1) { x += width + 220; y = main.y0; width = 0; }
    g.forEach(id => network.moveNode(id, pos[id].x + x - b.x0, pos[id].y + y - b.y0));
    y += b.y1 - b.y0 + 110; width = Math.max(width, b.x1 - b.x0);
  });
}
// Fit the shown nodes (all, or those in `ids`) with their labels; vis's own fit cuts long labels off at the edges.
function fitAll(animate, ids, maxScale) {
  const boxes = (ids || nodeView.getIds()).filter(id => nodeView.get(id)).map(id => network.getBoundingBox(id)).filter(Boolean);
  if (!boxes.length) return;
  const x0 = Math.min(...boxes.map(b => b.left)), x1 = Math.max(...boxes.map(b => b.right));
  const y0 = Math.min(...boxes.map(b => b.top)), y1 = Math.max(...boxes.map(b => b.bottom)), frame = $("graph");
  const scale = Math.min(frame.clientWidth / (x1 - x0 + 60), frame.clientHeight / (y1 - y0 + 60), maxScale || 1.5);
  network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale, animation: animate ? { duration: 400 } : false });
}
// New nodes find their place while the others stay put.
function settle(ids) {
  const fresh = new Set(ids);
  if (!fresh.size) return;
  nodes.update(nodes.get().map(n => ({ id: n.id, fixed: !fresh.has(n.id) })));
  network.setOptions({ physics: { enabled: true } });
  network.once("stabilized", () => {
    network.setOptions({ physics: { enabled: false } });
    nodes.update(nodes.get().map(n => ({ id: n.id, fixed: false })));
    keepPositions();
  });
  network.stabilize(200);
}
// Positions go back into the data, so a node hidden by a filter comes back where it was.
// (vis's own storePositions fails on nodes a DataView hides.)
function keepPositions() {
  nodes.update(Object.entries(network.getPositions()).map(([id, p]) => ({ id, x: Math.round(p.x), y: Math.round(p.y) })));
}
// Points on a circle around p, for nodes that arrive later.
const ring = (p, i, n, r) => ({ x: p.x + r * Math.cos((2 * Math.PI * i) / Math.max(n, 1)), y: p.y + r * Math.sin((2 * Math.PI * i) / Math.max(n, 1)) });
