// Auto layout with ELK's layered algorithm (elkjs): flows read top to bottom, inputs on top of a
// box and its ports along the bottom. ELK also routes every wire orthogonally around the boxes,
// one lane per port; the canvas draws those routes for as long as the boxes stay where ELK put them.
//
// ELK runs in a web worker, so the page stays responsive while a big flow is laid out, and it is
// warmed up once per page while the person looks at the flow: ELK is Java compiled to JavaScript,
// and its first layout on a cold engine takes about three times as long as the next ones.
import ELK, { type ElkNode, type ElkExtendedEdge } from 'elkjs/lib/elk-api.js';
import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';
import { type NodePosition, wireKey } from './flow-canvas-graph';

export type Point = { x: number; y: number };

/** A box as measured in the browser: its size and where its handles sit (relative to the box). */
export type MeasuredBox = {
  id: string;
  width: number;
  height: number;
  input: Point | null;
  outputs: { port: string; at: Point }[];
};
export type LayoutWire = { source: string; port: string; target: string };

export type Layout = {
  positions: NodePosition[];
  /** Each wire's route, keyed by wireKey(source, port, target), from its port to the target's input. */
  routes: Map<string, Point[]>;
};

const elk = new ELK({ workerFactory: () => new ElkWorker() });

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeNode': '18',
  'elk.spacing.edgeEdge': '12',
  // Boxes come measured and their ports have fixed places: nothing for ELK to size or place inside
  // a box. (The same layout, one step less.)
  'elk.omitNodeMicroLayout': 'true',
  // Keep the document's order where ELK has a free choice: the branch's cases stay 1, 2, 3.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.padding': '[top=20,left=20,bottom=20,right=20]',
};

// Network simplex placement centres a box over the boxes it leads to and keeps wires straight, but
// it is ELK's costliest step on a big flow; above this many boxes Brandes–Köpf places them (no
// overlaps either, wires still routed around the boxes) in about half the time.
const NETWORK_SIMPLEX_UP_TO = 150;

const inPort = (id: string) => `${id}\u0002in`;
const outPort = (id: string, port: string) => `${id}\u0002out\u0002${port}`;

// A port is a point on the box's edge: ELK routes the wire to exactly there.
const PORT_SIZE = 1;

// Set once the engine has laid out anything (see warmUpLayout).
let warmedUp: Promise<unknown> | null = null;

// The last layout asked for, by its input. ELK never sees where the boxes stand, so the same boxes,
// ports and wires give the same layout: Tidy up right after opening (which lays the flow out to
// find its wire routes) takes that run's result, or waits for it if it is still running, instead
// of queueing a second run behind it in the worker.
let last: { input: string; result: Promise<Layout> } | null = null;

/**
 * Lays the boxes out. Records the performance measure `dialtone:layout` from the call to the
 * result (detail: boxes, and whether an earlier run's result was reused), and
 * `dialtone:elk-layout` for each run of ELK itself; the canvas benchmark prints both.
 */
export async function layout(boxes: MeasuredBox[], wires: LayoutWire[]): Promise<Layout> {
  const start = performance.now();
  const graph = elkGraph(boxes, wires);
  const input = JSON.stringify(graph);
  const reused = last?.input === input;
  if (!last || !reused) {
    const result = runElk(graph, boxes.length);
    const entry = { input, result };
    last = entry;
    warmedUp ??= result; // a real run warms the engine as well as the made-up flow would
    result.catch(() => {
      if (last === entry) {
        last = null; // a failed run is not remembered
      }
    });
  }
  const laid = await last.result;
  performance.measure('dialtone:layout', { start, detail: { boxes: boxes.length, reused } });
  return laid;
}

async function runElk(graph: ElkNode, boxes: number): Promise<Layout> {
  const start = performance.now();
  const laid = await elk.layout(graph);
  performance.measure('dialtone:elk-layout', { start, detail: { boxes } });
  const positions = (laid.children ?? []).map((n) => ({ nodeId: n.id, x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) }));
  const routes = new Map<string, Point[]>();
  for (const edge of laid.edges ?? []) {
    const section = edge.sections?.[0];
    if (section) {
      routes.set(edge.id, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
    }
  }
  return { positions, routes: snapRoutes(routes, positions, laid.children ?? []) };
}

/**
 * Lays out a small made-up flow once, in the worker, so that the first real layout of this page
 * runs on a warm engine. Called when the canvas is idle; does nothing the second time.
 */
export function warmUpLayout(): Promise<unknown> {
  if (!warmedUp) {
    const boxes: MeasuredBox[] = [];
    const wires: LayoutWire[] = [];
    for (let i = 0; i < 40; i++) {
      const ports = i % 3 === 2 ? ['1', 'default'] : ['next'];
      boxes.push({
        id: `w${i}`,
        width: 180,
        height: 60,
        input: i > 0 ? { x: 90, y: 0 } : null,
        outputs: ports.map((port, k) => ({ port, at: { x: ((k + 0.5) * 180) / ports.length, y: 60 } })),
      });
      if (i > 0) {
        for (const out of boxes[i - 1].outputs) {
          wires.push({ source: `w${i - 1}`, port: out.port, target: `w${i}` });
        }
      }
    }
    warmedUp = elk.layout(elkGraph(boxes, wires)).catch((error: unknown) => console.warn('ELK warm-up failed', error));
  }
  return warmedUp;
}

function elkGraph(boxes: MeasuredBox[], wires: LayoutWire[]): ElkNode {
  const known = new Map(boxes.map((b) => [b.id, b]));
  const children: ElkNode[] = boxes.map((box) => ({
    id: box.id,
    width: box.width,
    height: box.height,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    ports: [
      ...(box.input
        ? [{ id: inPort(box.id), x: box.input.x, y: 0, width: PORT_SIZE, height: PORT_SIZE, layoutOptions: { 'elk.port.side': 'NORTH' } }]
        : []),
      ...box.outputs.map((out) => ({
        id: outPort(box.id, out.port),
        x: out.at.x,
        y: box.height - PORT_SIZE,
        width: PORT_SIZE,
        height: PORT_SIZE,
        layoutOptions: { 'elk.port.side': 'SOUTH' },
      })),
    ],
  }));
  const edges: ElkExtendedEdge[] = wires
    .filter((w) => known.get(w.target)?.input && known.get(w.source)?.outputs.some((o) => o.port === w.port))
    .map((w) => ({ id: wireKey(w.source, w.port, w.target), sources: [outPort(w.source, w.port)], targets: [inPort(w.target)] }));
  const placement = boxes.length <= NETWORK_SIMPLEX_UP_TO ? 'NETWORK_SIMPLEX' : 'BRANDES_KOEPF';
  return { id: 'root', layoutOptions: { ...OPTIONS, 'elk.layered.nodePlacement.strategy': placement }, children, edges };
}

// ELK's coordinates are fractional while the document stores whole pixels: move each route by the
// same rounding its boxes got, so the route still starts and ends on their handles.
function snapRoutes(routes: Map<string, Point[]>, rounded: NodePosition[], raw: ElkNode[]) {
  const shift = new Map(raw.map((n, i) => [n.id, { dx: rounded[i].x - (n.x ?? 0), dy: rounded[i].y - (n.y ?? 0) }]));
  const snapped = new Map<string, Point[]>();
  for (const [key, points] of routes) {
    const [source, , target] = key.split('\u0001');
    const from = shift.get(source) ?? { dx: 0, dy: 0 };
    const to = shift.get(target) ?? { dx: 0, dy: 0 };
    snapped.set(
      key,
      points.map((p, i) => {
        const s = i === points.length - 1 ? to : from;
        return { x: p.x + s.dx, y: p.y + s.dy };
      }),
    );
  }
  return snapped;
}

/** An SVG path through the route's points, corners rounded (never more than half a segment). */
export function routePath(points: Point[], radius = 6): string {
  if (points.length === 0) {
    return '';
  }
  let d = `M ${points[0].x} ${points[0].y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(radius, dist(a, b) / 2, dist(b, c) / 2);
    const p1 = towards(b, a, r);
    const p2 = towards(b, c, r);
    d += ` L ${p1.x} ${p1.y} Q ${b.x} ${b.y} ${p2.x} ${p2.y}`;
  }
  const last = points[points.length - 1];
  return `${d} L ${last.x} ${last.y}`;
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
function towards(from: Point, to: Point, by: number): Point {
  const len = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) * by) / len, y: from.y + ((to.y - from.y) * by) / len };
}
