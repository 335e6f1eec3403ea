// When the canvas lays its flow out (flow-canvas-layout.ts does the laying out): on Tidy up, on
// opening a flow with boxes that have no place yet, and on opening a flow of up to
// ROUTE_ON_OPEN_LIMIT boxes to find its wire routes. The three share one ELK run when the boxes,
// ports and wires are the same, so Tidy up right after opening costs no second run.
import { useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoxNode, CanvasGraph, EditDetail, Wire } from './flow-canvas-graph';
import { type Layout, layout, type MeasuredBox, warmUpLayout } from './flow-canvas-layout';

// Above this many nodes a freshly opened flow is not laid out again just to find its wire routes.
const ROUTE_ON_OPEN_LIMIT = 400;

type AutoLayoutProps = {
  graph: CanvasGraph;
  readOnly: boolean;
  layoutRequest: number;
  edit: (detail: EditDetail) => void;
};

export type AutoLayout = {
  /** The wire routes of the last layout; each wire follows its route while its ends stay put. */
  routes: Layout['routes'];
  /** A different flow is shown: lay it out (or find its routes) once its boxes are measured. */
  opened: () => void;
  /** True once after a layout's positions were sent: the next graph is the laid-out one, to fit. */
  takePlaced: () => boolean;
};

export function useAutoLayout({ graph, readOnly, layoutRequest, edit }: AutoLayoutProps): AutoLayout {
  const flow = useReactFlow<BoxNode, Wire>();
  const initialized = useStore((s) => s.nodesInitialized);
  const [routes, setRoutes] = useState<Layout['routes']>(() => new Map());
  // Opening is a state, not only a ref, so the effect below runs after it whichever effect set it.
  const [openRequest, setOpenRequest] = useState(0);
  const handledOpen = useRef(0);
  const placed = useRef(false);
  const lastRequest = useRef(layoutRequest);

  // null until React Flow has measured every box of this graph
  const measuredBoxes = useCallback((): MeasuredBox[] | null => {
    const boxes: MeasuredBox[] = [];
    for (const n of graph.nodes) {
      const internal = flow.getInternalNode(n.id);
      const width = internal?.measured.width;
      const height = internal?.measured.height;
      if (!internal || !width || !height) {
        return null;
      }
      const bounds = internal.internals.handleBounds;
      const centre = (h: { x: number; width: number }) => ({ x: h.x + h.width / 2, y: height });
      const input = bounds?.target?.[0];
      boxes.push({
        id: n.id,
        width,
        height,
        input: input ? { x: centre(input).x, y: 0 } : null,
        outputs: (bounds?.source ?? []).map((h) => ({ port: h.id ?? 'next', at: centre(h) })),
      });
    }
    return boxes;
  }, [graph, flow]);

  const runLayout = useCallback(
    async (boxes: MeasuredBox[], apply: 'move' | 'arrange' | 'routes-if-unchanged') => {
      const laid = await layout(boxes, graph.edges.map((e) => ({ source: e.source, port: e.port, target: e.target })));
      if (apply === 'routes-if-unchanged') {
        // A flow laid out before (and saved so): draw ELK's routes again.
        const at = new Map(graph.nodes.map((n) => [n.id, n]));
        const same = laid.positions.every((p) => at.get(p.nodeId)?.x === p.x && at.get(p.nodeId)?.y === p.y);
        if (same) {
          setRoutes(laid.routes);
        }
        return;
      }
      setRoutes(laid.routes);
      placed.current = true; // once Java sends the graph at the new places
      edit({ kind: apply, positions: laid.positions });
    },
    [graph, edit],
  );

  // Tidy up
  useEffect(() => {
    if (layoutRequest === lastRequest.current || !initialized) {
      return;
    }
    const boxes = measuredBoxes();
    if (boxes) {
      lastRequest.current = layoutRequest;
      if (!readOnly && boxes.length > 0) {
        void runLayout(boxes, 'move');
      }
    }
  }, [layoutRequest, initialized, readOnly, measuredBoxes, runLayout]);

  // Opening
  useEffect(() => {
    if (handledOpen.current === openRequest || !initialized || graph.nodes.length === 0) {
      return;
    }
    const boxes = measuredBoxes();
    if (!boxes) {
      return;
    }
    handledOpen.current = openRequest;
    if (graph.nodes.some((n) => !n.placed)) {
      void runLayout(boxes, readOnly ? 'routes-if-unchanged' : 'arrange');
    } else if (graph.nodes.length <= ROUTE_ON_OPEN_LIMIT) {
      void runLayout(boxes, 'routes-if-unchanged');
    }
  }, [openRequest, graph, initialized, readOnly, measuredBoxes, runLayout]);

  // An editable canvas may be asked to Tidy up: warm the layout engine up once the flow is drawn
  // and the page is idle, so that the warm-up never competes with opening the flow. (A layout on
  // opening warms it as well; the warm-up then does nothing.)
  useEffect(() => {
    if (readOnly || !initialized) {
      return undefined;
    }
    if ('requestIdleCallback' in window) {
      const idle = window.requestIdleCallback(() => void warmUpLayout(), { timeout: 5000 });
      return () => window.cancelIdleCallback(idle);
    }
    const timer = setTimeout(() => void warmUpLayout(), 1000);
    return () => clearTimeout(timer);
  }, [readOnly, initialized]);

  const opened = useCallback(() => setOpenRequest((n) => n + 1), []);
  const takePlaced = useCallback(() => {
    const was = placed.current;
    placed.current = false;
    return was;
  }, []);
  return { routes, opened, takePlaced };
}
