// What flow-canvas.tsx draws and reports, and how a graph from Java becomes React Flow's nodes
// and edges: plain functions over plain data.
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { CSSProperties } from 'react';

// ---- What Java sends --------------------------------------------------------------------------

export type CanvasNode = {
  id: string;
  type: string;
  /** The type's accent colour from the compiler's catalogue (CSS hex). */
  colour: string;
  summary: string;
  x: number;
  y: number;
  hasInput: boolean;
  ports: string[];
  problems: string[];
  /** False when the document has no position for the node (an imported flow): the canvas lays it out. */
  placed: boolean;
};
export type CanvasEdge = { id: string; source: string; port: string; target: string };
export type CanvasGraph = { nodes: CanvasNode[]; edges: CanvasEdge[] };
export type PaletteItem = { type: string; description: string; colour: string; icon: string; onePerFlow: boolean };
export type RunView = { active: string | null; path: string[]; durationsMs: Record<string, number> };
export type FocusRequest = { id: string; nonce: number };
/** A comparison of two versions (DiffMarks.java): what is added, removed or changed. */
export type DiffMark = 'added' | 'removed' | 'changed';
export type DiffView = { nodes: Record<string, DiffMark>; wires: { from: string; port: string; to: string; mark: DiffMark }[] };

// ---- What this element reports ----------------------------------------------------------------

export type EdgeRef = { from: string; port: string; to: string };
export type NodePosition = { nodeId: string; x: number; y: number };
export type EditDetail =
  | { kind: 'add'; type: string; x: number; y: number }
  | { kind: 'move'; positions: NodePosition[] }
  // Positions for nodes the document had none for, found by auto layout on opening: not an edit.
  | { kind: 'arrange'; positions: NodePosition[] }
  | { kind: 'connect'; from: string; port: string; to: string }
  | { kind: 'delete'; nodeIds: string[]; edges: EdgeRef[] }
  | { kind: 'copy'; nodeIds: string[] }
  | { kind: 'paste' }
  | { kind: 'undo' }
  | { kind: 'redo' };
export type SelectionDetail = { nodeIds: string[]; edges: EdgeRef[] };

// ---- What React Flow draws --------------------------------------------------------------------

export type RunMark = 'active' | 'visited' | undefined;
export type BoxData = CanvasNode & { run: RunMark; duration: string | undefined; diff: DiffMark | undefined };
export type BoxNode = Node<BoxData, 'box'>;
export type RoutePoint = { x: number; y: number };
export type Wire = Edge<{ port: string; points?: RoutePoint[]; diff?: DiffMark }>;
/** The route ELK gave a wire, while both its ends stay where ELK put them. */
export type RouteOf = (edge: CanvasEdge) => RoutePoint[] | undefined;

export const EMPTY: CanvasGraph = { nodes: [], edges: [] };
export const NO_RUN: RunView = { active: null, path: [], durationsMs: {} };
export const NO_DIFF: DiffView = { nodes: {}, wires: [] };
// Beside the colour, each mark has a sign (not by colour alone).
export const DIFF_SIGNS: Record<DiffMark, string> = { added: '+', removed: '\u2212', changed: '~' };

// The catalogue's colour as the CSS variable boxes and palette tiles take their accent from.
export const accentStyle = (colour: string | undefined) => (colour ? ({ '--dt-accent': colour } as CSSProperties) : {});

export function formatDuration(ms: number): string {
  if (ms < 1000) {
    return `${Math.round(ms)} ms`;
  }
  if (ms < 60_000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

// ---- Reconciling what Java sends with what React Flow holds -----------------------------------

export const wireKey = (from: string, port: string | null | undefined, to: string) => `${from}\u0001${port ?? ''}\u0001${to}`;

export function runMarks(run: RunView) {
  const visited = new Set(run.path);
  const taken = new Set<string>();
  for (let i = 0; i + 1 < run.path.length; i++) {
    taken.add(`${run.path[i]}\u0001${run.path[i + 1]}`);
  }
  return { visited, taken, active: run.active, durations: run.durationsMs ?? {} };
}

/** A call's path and a comparison's marks: what the boxes and wires show beside the graph. */
export function canvasMarks(run: RunView, diff: DiffView) {
  const wires = new Map<string, DiffMark>();
  for (const w of diff.wires ?? []) {
    wires.set(wireKey(w.from, w.port, w.to), w.mark);
  }
  return { ...runMarks(run), diffNodes: diff.nodes ?? {}, diffWires: wires };
}
export type RunMarks = ReturnType<typeof canvasMarks>;

function sameStrings(a: string[], b: string[]) {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameData(a: BoxData, b: BoxData) {
  return (
    a.id === b.id &&
    a.type === b.type &&
    a.summary === b.summary &&
    a.hasInput === b.hasInput &&
    a.run === b.run &&
    a.duration === b.duration &&
    a.diff === b.diff &&
    sameStrings(a.ports, b.ports) &&
    sameStrings(a.problems, b.problems)
  );
}

function boxData(node: CanvasNode, marks: RunMarks): BoxData {
  const ms = marks.durations[node.id];
  return {
    ...node,
    run: node.id === marks.active ? 'active' : marks.visited.has(node.id) ? 'visited' : undefined,
    duration: typeof ms === 'number' ? formatDuration(ms) : undefined,
    diff: marks.diffNodes[node.id],
  };
}

/**
 * The boxes for `graph`, reusing the previous node objects where nothing changed (so memoised
 * boxes do not re-render and React Flow keeps their measurements). `select` decides each box's
 * selection from its previous state (undefined for a new box).
 */
export function reconcileNodes(
  prev: BoxNode[],
  graph: CanvasGraph,
  marks: RunMarks,
  select: (id: string, before: BoxNode | undefined) => boolean,
): BoxNode[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  return graph.nodes.map((n) => {
    const before = byId.get(n.id);
    const data = boxData(n, marks);
    const selected = select(n.id, before);
    // A box the person is dragging right now stays under the pointer.
    const position = before?.dragging ? before.position : { x: n.x, y: n.y };
    if (
      before &&
      before.position.x === position.x &&
      before.position.y === position.y &&
      !!before.selected === selected &&
      sameData(before.data, data)
    ) {
      return before;
    }
    return {
      id: n.id,
      type: 'box',
      position,
      data: before && sameData(before.data, data) ? before.data : data,
      selected,
      measured: before?.measured,
      dragging: before?.dragging,
      domAttributes: markAttributes(data),
      className: [data.run ? `dt-run-${data.run}` : '', data.diff ? `dt-diff-${data.diff}` : ''].join(' ').trim() || undefined,
      ariaLabel: `${n.type} ${n.id}`,
    } as BoxNode;
  });
}

function markAttributes(data: BoxData) {
  return { ...(data.run ? { 'data-run': data.run } : {}), ...(data.diff ? { 'data-diff': data.diff } : {}) } as BoxNode['domAttributes'];
}

export function reconcileEdges(
  prev: Wire[],
  graph: CanvasGraph,
  marks: RunMarks,
  readOnly: boolean,
  select: (key: string, before: Wire | undefined) => boolean,
  routeOf: RouteOf = () => undefined,
): Wire[] {
  // Wire ids carry an index, so a wire is recognised by what it connects.
  const byKey = new Map(prev.map((e) => [wireKey(e.source, e.sourceHandle, e.target), e]));
  const running = !!marks.active;
  return graph.edges.map((e) => {
    const key = wireKey(e.source, e.port, e.target);
    const before = byKey.get(key);
    const taken = marks.taken.has(`${e.source}\u0001${e.target}`);
    const selected = select(key, before);
    const diff = marks.diffWires.get(key);
    const className = [taken ? 'dt-taken' : '', diff ? `dt-diff-${diff}` : ''].join(' ').trim() || undefined;
    const points = routeOf(e);
    if (
      before &&
      before.data?.points === points &&
      before.data?.diff === diff &&
      before.id === e.id &&
      !!before.selected === selected &&
      before.className === className &&
      !!before.animated === (taken && running) &&
      before.reconnectable === (readOnly ? false : 'target')
    ) {
      return before;
    }
    return {
      id: e.id,
      source: e.source,
      sourceHandle: e.port,
      target: e.target,
      type: points ? 'routed' : 'smoothstep',
      markerEnd: { type: MarkerType.ArrowClosed },
      data: { port: e.port, points, diff },
      label: diff ? DIFF_SIGNS[diff] : undefined,
      labelBgPadding: [4, 1],
      labelBgBorderRadius: 8,
      selected,
      className,
      animated: taken && running,
      zIndex: taken || diff ? 1 : 0,
      reconnectable: readOnly ? false : 'target',
      domAttributes: { ...(taken ? { 'data-taken': 'true' } : {}), ...(diff ? { 'data-diff': diff } : {}) } as Wire['domAttributes'],
    } as Wire;
  });
}

/** A new graph is a different flow (fit it to the view) when it shares almost no node with the last. */
export function isDifferentFlow(before: CanvasGraph | null, after: CanvasGraph): boolean {
  if (!before || before.nodes.length === 0) {
    return true;
  }
  const old = new Set(before.nodes.map((n) => n.id));
  const kept = after.nodes.filter((n) => old.has(n.id)).length;
  return kept === 0 || (kept * 2 < old.size && kept * 2 < after.nodes.length);
}

export function isTyping(event: { target: EventTarget | null; nativeEvent?: Event }) {
  const origin = (event.nativeEvent?.composedPath?.()[0] ?? event.target) as HTMLElement | null;
  if (!origin || !(origin instanceof HTMLElement)) {
    return false;
  }
  return (
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(origin.tagName) ||
    origin.isContentEditable ||
    !!origin.closest('input, textarea, select, [contenteditable="true"], vaadin-text-field, vaadin-text-area')
  );
}

// ---- Graph updates: the whole graph once, then only what changed (GraphUpdate.java) ------------

export type GraphUpdate = {
  revision: number;
  base: number;
  full: CanvasGraph | null;
  nodes: CanvasNode[];
  removedNodes: string[];
  edges: CanvasEdge[];
  removedEdges: string[];
};
export type ShownGraph = { revision: number; graph: CanvasGraph };

/**
 * The graph after `update`, or null when it is a patch for a revision other than the one shown
 * (the canvas then asks Java for the whole graph). Unchanged nodes and wires keep their objects,
 * so React Flow redraws only what changed.
 */
export function applyUpdate(shown: ShownGraph, update: GraphUpdate): ShownGraph | null {
  if (update.full) {
    return { revision: update.revision, graph: update.full };
  }
  if (update.base !== shown.revision) {
    return null;
  }
  const gone = new Set(update.removedNodes);
  const changed = new Map(update.nodes.map((n) => [n.id, n]));
  const nodes: CanvasNode[] = [];
  for (const n of shown.graph.nodes) {
    if (!gone.has(n.id)) {
      nodes.push(changed.get(n.id) ?? n);
      changed.delete(n.id);
    }
  }
  nodes.push(...changed.values());
  const goneEdges = new Set(update.removedEdges);
  const edges = shown.graph.edges.filter((e) => !goneEdges.has(e.id)).concat(update.edges);
  return { revision: update.revision, graph: { nodes, edges } };
}
