// The canvas's viewport: fits a newly shown flow (or on request) and centres a node asked for (a
// problem clicked, a find match).
import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { BoxNode, FocusRequest, Wire } from './flow-canvas-graph';

// Fit view never zooms out so far that a box's text drops below ~10 px (11 px at zoom 1), and
// leaves the bottom-right corner to the minimap.
const FIT_OPTIONS = {
  padding: { top: '24px', left: '24px', right: '24px', bottom: '136px' },
  maxZoom: 1.25,
  minZoom: 0.92,
} as const;

export function ViewportController({ nodes, fitGen, focus }: { nodes: BoxNode[]; fitGen: number; focus: FocusRequest | null }) {
  const flow = useReactFlow<BoxNode, Wire>();
  const storeNodes = useStore((s) => s.nodes);
  const initialized = useStore((s) => s.nodesInitialized);
  const paneWidth = useStore((s) => s.width);
  const fitted = useRef(-1);
  const focused = useRef(-1);
  useEffect(() => {
    // Only once React Flow holds (and has measured) the nodes this fit is for.
    if (storeNodes !== nodes) {
      return;
    }
    if (fitted.current !== fitGen) {
      if (nodes.length > 0 && !initialized) {
        return;
      }
      fitted.current = fitGen;
      if (nodes.length > 0) {
        void flow.fitView(FIT_OPTIONS).then(() => {
          // Too big to fit at a readable zoom: show its top (where the call starts), not its middle;
          // and when it is wider than the view too, the topmost box in the middle across: the
          // middle of a wide flow's top may be empty.
          const zoom = flow.getZoom();
          if (zoom <= FIT_OPTIONS.minZoom + 0.001) {
            const all = flow.getNodes();
            const bounds = flow.getNodesBounds(all);
            let x = flow.getViewport().x;
            if (bounds.width * zoom > paneWidth) {
              const top = all.reduce((a, b) => (b.position.y < a.position.y || (b.position.y === a.position.y && b.position.x < a.position.x) ? b : a));
              x = paneWidth / 2 - (top.position.x + (top.measured?.width ?? 0) / 2) * zoom;
            }
            void flow.setViewport({ x, y: 24 - bounds.y * zoom, zoom });
          }
        });
      }
    }
    if (focus && focused.current !== focus.nonce) {
      const node = flow.getInternalNode(focus.id);
      if (!node) {
        focused.current = focus.nonce; // not in this graph: nothing to centre
        return;
      }
      if (!node.measured.width) {
        return;
      }
      focused.current = focus.nonce;
      const { x, y } = node.internals.positionAbsolute;
      const zoom = Math.max(flow.getZoom(), 0.9);
      void flow.setCenter(x + (node.measured.width ?? 0) / 2, y + (node.measured.height ?? 0) / 2, { zoom, duration: 250 });
    }
  }, [storeNodes, nodes, initialized, fitGen, focus, flow, paneWidth]);
  return null;
}
