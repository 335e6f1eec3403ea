// The flow canvas: React Flow inside a web component that FlowCanvas.java drives.
//
// Java owns the document. It sets the states `graphUpdate` (the whole graph once, then what changed),
// `readOnly`, `palette`, `run`, `diff` (a comparison's marks), `focus`,
// `fitRequest` and `dirty`; this element draws them and reports back, without changing the
// document itself:
// - `selectedNode` (state): the one selected node's id, or null;
// - `canvas-selection` (event): every selected node and wire;
// - `canvas-rename` (event): "Rename…" from the right-click menu on that node;
// - `canvas-edit` (event): what the person did (add, move, connect, delete, copy, paste, undo,
//   redo). Java applies it and sends the resulting `graph`.
import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter.js';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  useReactFlow,
  type Connection,
  type FinalConnectionState,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent as ReactDragEvent,
  type KeyboardEvent as ReactKeyboardEvent,
  type MouseEvent as ReactMouseEvent,
} from 'react';
import {
  type BoxNode,
  type CanvasEdge,
  type CanvasGraph,
  EMPTY,
  type GraphUpdate,
  type ShownGraph,
  applyUpdate,
  type EditDetail,
  type FocusRequest,
  NO_RUN,
  NO_DIFF,
  type DiffView,
  canvasMarks,
  type PaletteItem,
  type RunView,
  type SelectionDetail,
  type Wire,
  isDifferentFlow,
  isTyping,
  reconcileEdges,
  reconcileNodes,
  wireKey,
} from './flow-canvas-graph';
import { Box } from './flow-canvas-box';
import { RoutedEdge } from './flow-canvas-edge';
import { FindBar } from './flow-canvas-find';
import { ContextMenu, type MenuTarget } from './flow-canvas-menu';
import { useAutoLayout } from './flow-canvas-autolayout';
import { ViewportController } from './flow-canvas-viewport';
import { DRAG_TYPE, Palette } from './flow-canvas-palette';
import '@xyflow/react/dist/style.css';
import './flow-canvas.css';

// A new box's size before it is measured: where click-to-add centres it.
const NEW_NODE_HALF = { x: 75, y: 25 };
// Ctrl/Cmd-click toggles through React Flow; shift-click is handled here (see onShiftClick), as
// React Flow's own Shift handling sticks when Shift also draws the selection box.
const MULTI_SELECTION_KEYS = ['Meta', 'Control'];
// Above this many nodes only the boxes and wires in view are in the page (React Flow still draws
// each box once to measure it): a drag then redraws a few dozen elements, not thousands.
const DRAW_VISIBLE_ONLY_ABOVE = 400;

const nodeTypes = { box: Box };
const edgeTypes = { routed: RoutedEdge };
// Props of React Flow and its minimap are module constants: a new object or function per render
// would redraw every one of the minimap's boxes on every frame of a drag.
const MINIMAP_STYLE = { width: 160, height: 110 } as const;
const PRO_OPTIONS = { hideAttribution: true } as const;
const miniMapColour = (n: BoxNode) => n.data.colour ?? '#64748b';

// ---- The canvas -------------------------------------------------------------------------------

type CanvasProps = {
  graph: CanvasGraph;
  readOnly: boolean;
  palette: PaletteItem[];
  run: RunView;
  diff: DiffView;
  focus: FocusRequest | null;
  fitRequest: number;
  layoutRequest: number;
  edit: (detail: EditDetail) => void;
  rename: (nodeId: string) => void;
  reportSelection: (detail: SelectionDetail) => void;
  setSelectedNode: (id: string | null) => void;
};

function Canvas({ graph, readOnly, palette, run, diff, focus, fitRequest, layoutRequest, edit, rename, reportSelection, setSelectedNode }: CanvasProps) {
  const flow = useReactFlow<BoxNode, Wire>();
  const [nodes, setNodes, onNodesChange] = useNodesState<BoxNode>([]);
  const [edges, setEdges, onEdgesChange] = useEdgesState<Wire>([]);
  const [fitGen, setFitGen] = useState(0);
  const shownGraph = useRef<CanvasGraph | null>(null);
  const shownReadOnly = useRef(readOnly);
  const lastFitRequest = useRef(fitRequest);
  const handledFocus = useRef(-1);
  const paneRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const addCount = useRef(0);
  const { routes, opened, takePlaced } = useAutoLayout({ graph, readOnly, layoutRequest, edit });
  const [finding, setFinding] = useState(false);
  const [localFocus, setLocalFocus] = useState<FocusRequest | null>(null);
  const [menu, setMenu] = useState<MenuTarget | null>(null);

  // Java's graph, the run marks and focus requests → React Flow's nodes and edges.
  useEffect(() => {
    const marks = canvasMarks(run, diff);
    const before = shownGraph.current;
    const graphChanged = before !== graph;
    const fresh = graphChanged && isDifferentFlow(before, graph);
    const focusNow = focus && focus.nonce !== handledFocus.current ? focus : null;
    const known = new Set(before?.nodes.map((n) => n.id));
    // Boxes an edit added (pasted, dropped) become the selection; not those that appear because
    // a version or a comparison is shown, or the draft again.
    const switched = shownReadOnly.current !== readOnly;
    shownReadOnly.current = readOnly;
    const editable = graphChanged && !fresh && !readOnly && !switched;
    const added = editable ? graph.nodes.filter((n) => !known.has(n.id)).map((n) => n.id) : [];
    shownGraph.current = graph;
    if (focusNow) {
      handledFocus.current = focusNow.nonce;
    }
    // Selection: a focused node alone; else new boxes after an edit (pasted, added) alone; else as it was.
    const only = focusNow ? new Set([focusNow.id]) : added.length > 0 ? new Set(added) : null;
    setNodes((prev) =>
      reconcileNodes(prev, graph, marks, (id, prevNode) => (only ? only.has(id) : !fresh && !!prevNode?.selected)),
    );
    const routeOf = (e: CanvasEdge) => routes.get(wireKey(e.source, e.port, e.target));
    setEdges((prev) => reconcileEdges(prev, graph, marks, readOnly, (_, prevEdge) => !only && !fresh && !!prevEdge?.selected, routeOf));
    if (fresh || fitRequest !== lastFitRequest.current) {
      lastFitRequest.current = fitRequest;
      setFitGen((g) => g + 1);
    }
    if (fresh) {
      opened();
    } else if (graphChanged && takePlaced()) {
      setFitGen((g) => g + 1);
    }
  }, [graph, run, diff, focus, fitRequest, readOnly, routes, setNodes, setEdges, opened, takePlaced]);

  // ---- Find (Ctrl+F) ----
  // Java's focus requests (a problem clicked) and the find bar's share one numbering, so the
  // viewport centres whichever came last.
  const focusNonce = useRef(0);
  const onFound = useCallback((id: string) => setLocalFocus({ id, nonce: ++focusNonce.current }), []);
  useEffect(() => {
    if (focus) {
      setLocalFocus({ id: focus.id, nonce: ++focusNonce.current });
    }
  }, [focus]);
  useEffect(() => {
    if (!localFocus) {
      return;
    }
    setNodes((prev) =>
      prev.map((n) => {
        const selected = n.id === localFocus.id;
        return !!n.selected === selected ? n : { ...n, selected };
      }),
    );
  }, [localFocus, setNodes]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setFinding(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const closeFind = useCallback(() => {
    setFinding(false);
    rootRef.current?.focus({ preventScroll: true });
  }, []);
  const present = useMemo(() => new Set(graph.nodes.map((n) => n.type)), [graph]);

  // Selection → Java, once per actual change.
  const lastSelection = useRef(JSON.stringify({ nodeIds: [], edges: [] }));
  const lastSingle = useRef<string | null>(null);
  const onSelectionChange = useCallback(
    ({ nodes: pickedNodes, edges: pickedEdges }: OnSelectionChangeParams) => {
      const detail: SelectionDetail = {
        nodeIds: pickedNodes.map((n) => n.id).sort(),
        edges: pickedEdges.map((e) => ({ from: e.source, port: e.sourceHandle ?? '', to: e.target })),
      };
      const json = JSON.stringify(detail);
      if (json !== lastSelection.current) {
        lastSelection.current = json;
        reportSelection(detail);
      }
      const single = pickedNodes.length === 1 ? pickedNodes[0].id : null;
      if (single !== lastSingle.current) {
        lastSingle.current = single;
        setSelectedNode(single);
      }
    },
    [reportSelection, setSelectedNode],
  );

  // Shift-click adds a box or wire to the selection, or takes it out. React Flow has by now
  // selected just the clicked one; its store still holds the selection from before the click.
  const onShiftClick = useCallback(
    (event: ReactMouseEvent, clicked: { nodeId?: string; edgeId?: string }) => {
      if (!event.shiftKey) {
        return;
      }
      const nodesBefore = new Set(flow.getNodes().filter((n) => n.selected).map((n) => n.id));
      const edgesBefore = new Set(flow.getEdges().filter((e) => e.selected).map((e) => e.id));
      const want = (before: Set<string>, id: string, target?: string) => (id === target ? !before.has(id) : before.has(id));
      setNodes((prev) =>
        prev.map((n) => {
          const selected = want(nodesBefore, n.id, clicked.nodeId);
          return !!n.selected === selected ? n : { ...n, selected };
        }),
      );
      setEdges((prev) =>
        prev.map((e) => {
          const selected = want(edgesBefore, e.id, clicked.edgeId);
          return !!e.selected === selected ? e : { ...e, selected };
        }),
      );
    },
    [flow, setNodes, setEdges],
  );
  const onNodeClick = useCallback((event: ReactMouseEvent, node: BoxNode) => onShiftClick(event, { nodeId: node.id }), [onShiftClick]);
  const onEdgeClick = useCallback((event: ReactMouseEvent, edge: Wire) => onShiftClick(event, { edgeId: edge.id }), [onShiftClick]);

  // Moves: reported once, when a drag (or arrow-key nudge) ends, for the boxes that moved.
  const reportMoves = useCallback(
    (moved: BoxNode[]) => {
      const atJava = new Map(graph.nodes.map((n) => [n.id, n]));
      const positions = moved
        .map((n) => ({ nodeId: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) }))
        .filter((p) => {
          const known = atJava.get(p.nodeId);
          return known && (known.x !== p.x || known.y !== p.y);
        });
      if (positions.length > 0) {
        edit({ kind: 'move', positions });
      }
    },
    [graph, edit],
  );
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: BoxNode[]) => reportMoves(dragged), [reportMoves]);

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.sourceHandle && c.target) {
        edit({ kind: 'connect', from: c.source, port: c.sourceHandle, to: c.target });
      }
    },
    [edit],
  );
  // A wire dropped on a box's body (not exactly on its input) connects to that box too.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromHandle || state.fromHandle.type !== 'source' || !state.fromHandle.id) {
        return;
      }
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      const hit = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
      const to = hit?.getAttribute('data-id');
      const target = to ? graph.nodes.find((n) => n.id === to) : undefined;
      if (target && target.hasInput) {
        edit({ kind: 'connect', from: state.fromHandle.nodeId, port: state.fromHandle.id, to: target.id });
      }
    },
    [graph, edit],
  );
  const onReconnect = useCallback(
    (old: Wire, c: Connection) => {
      if (c.source === old.source && c.sourceHandle === old.sourceHandle && c.target && c.target !== old.target) {
        edit({ kind: 'connect', from: c.source, port: c.sourceHandle ?? '', to: c.target });
      }
    },
    [edit],
  );

  // Right click: the menu for the box or wire under the pointer, which also becomes the selection
  // (so "Rename" shows its properties and the menu acts on what is highlighted).
  const menuAt = (event: ReactMouseEvent) => {
    const rect = paneRef.current?.getBoundingClientRect();
    return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
  };
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: BoxNode) => {
      event.preventDefault();
      setNodes((prev) => prev.map((n) => (!!n.selected === (n.id === node.id) ? n : { ...n, selected: n.id === node.id })));
      setEdges((prev) => prev.map((e) => (e.selected ? { ...e, selected: false } : e)));
      setMenu({ kind: 'node', nodeId: node.id, ...menuAt(event) });
    },
    [setNodes, setEdges],
  );
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, wire: Wire) => {
      event.preventDefault();
      setEdges((prev) => prev.map((e) => (!!e.selected === (e.id === wire.id) ? e : { ...e, selected: e.id === wire.id })));
      setNodes((prev) => prev.map((n) => (n.selected ? { ...n, selected: false } : n)));
      setMenu({ kind: 'wire', from: wire.source, port: wire.sourceHandle ?? '', to: wire.target, ...menuAt(event) });
    },
    [setNodes, setEdges],
  );
  const closeMenu = useCallback(() => {
    setMenu(null);
    rootRef.current?.focus({ preventScroll: true });
  }, []);
  const onPaneContextMenu = useCallback((event: ReactMouseEvent | MouseEvent) => {
    event.preventDefault();
    setMenu(null);
  }, []);
  const onMoveStart = useCallback(() => setMenu(null), []);

  const addAt = useCallback(
    (type: string, x: number, y: number) => edit({ kind: 'add', type, x: Math.round(x), y: Math.round(y) }),
    [edit],
  );
  const onDragOver = useCallback((event: ReactDragEvent) => {
    if (event.dataTransfer.types.includes(DRAG_TYPE)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  }, []);
  const onDrop = useCallback(
    (event: ReactDragEvent) => {
      const type = event.dataTransfer.getData(DRAG_TYPE);
      if (!type || readOnly) {
        return;
      }
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addAt(type, at.x, at.y);
    },
    [flow, addAt, readOnly],
  );
  // Click (or Enter) on a tile: near the middle of what is in view, a little apart from the last one.
  const onPaletteAdd = useCallback(
    (type: string) => {
      const rect = paneRef.current?.getBoundingClientRect();
      if (!rect) {
        return;
      }
      const centre = flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      const step = (addCount.current++ % 6) * 24;
      addAt(type, centre.x - NEW_NODE_HALF.x + step, centre.y - NEW_NODE_HALF.y + step);
    },
    [flow, addAt],
  );

  const selectedNodeIds = () => flow.getNodes().filter((n) => n.selected).map((n) => n.id);
  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (isTyping(event)) {
      return;
    }
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    let handled = true;
    if (mod && !event.altKey && key === 'c') {
      const ids = selectedNodeIds();
      if (ids.length === 0) {
        return;
      }
      edit({ kind: 'copy', nodeIds: ids });
    } else if (mod && !event.altKey && key === 'a') {
      setNodes((prev) => prev.map((n) => (n.selected ? n : { ...n, selected: true })));
    } else if (event.key === 'Escape') {
      setNodes((prev) => prev.map((n) => (n.selected ? { ...n, selected: false } : n)));
      setEdges((prev) => prev.map((e) => (e.selected ? { ...e, selected: false } : e)));
      handled = false;
    } else if (readOnly) {
      handled = false;
    } else if (mod && !event.altKey && key === 'v') {
      edit({ kind: 'paste' });
    } else if (mod && !event.altKey && key === 'z' && !event.shiftKey) {
      edit({ kind: 'undo' });
    } else if (mod && !event.altKey && (key === 'y' || (key === 'z' && event.shiftKey))) {
      edit({ kind: 'redo' });
    } else if (!mod && (event.key === 'Delete' || event.key === 'Backspace')) {
      const nodeIds = selectedNodeIds();
      const wires = flow
        .getEdges()
        .filter((e) => e.selected)
        .map((e) => ({ from: e.source, port: e.sourceHandle ?? '', to: e.target }));
      if (nodeIds.length === 0 && wires.length === 0) {
        return;
      }
      edit({ kind: 'delete', nodeIds, edges: wires });
    } else {
      handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };
  const onKeyUp = (event: ReactKeyboardEvent) => {
    if (!readOnly && event.key.startsWith('Arrow') && !isTyping(event)) {
      reportMoves(flow.getNodes().filter((n) => n.selected));
    }
  };
  // Clicking anywhere in the canvas gives it the keyboard, so Delete and Ctrl+Z work next.
  const onPointerDownCapture = () => {
    const root = rootRef.current;
    if (root && !root.contains(document.activeElement)) {
      root.focus({ preventScroll: true });
    }
  };

  return (
    <div
      className={`dt-canvas${readOnly ? ' dt-read-only' : ''}`}
      ref={rootRef}
      tabIndex={0}
      aria-label="Flow canvas"
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
      onPointerDownCapture={onPointerDownCapture}
    >
      {!readOnly && palette.length > 0 && <Palette items={palette} present={present} onAdd={onPaletteAdd} />}
      <div className="dt-pane" ref={paneRef}>
        {finding && <FindBar nodes={graph.nodes} onFound={onFound} onClose={closeFind} />}
        {menu && <ContextMenu target={menu} readOnly={readOnly} edit={edit} rename={rename} onClose={closeMenu} />}
        <ReactFlow<BoxNode, Wire>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onSelectionChange={onSelectionChange}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          onPaneContextMenu={onPaneContextMenu}
          onMoveStart={onMoveStart}
          onNodeDragStop={onNodeDragStop}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onReconnect={onReconnect}
          onDragOver={onDragOver}
          onDrop={onDrop}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          edgesReconnectable={!readOnly}
          reconnectRadius={14}
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={MULTI_SELECTION_KEYS}
          minZoom={0.1}
          onlyRenderVisibleElements={nodes.length > DRAW_VISIBLE_ONLY_ABOVE}
          proOptions={PRO_OPTIONS}
        >
          <Background gap={20} />
          {/* top right: toasts appear bottom left, the minimap sits bottom right */}
          <Controls showInteractive={false} position="top-right" />
          <MiniMap<BoxNode> pannable zoomable style={MINIMAP_STYLE} nodeColor={miniMapColour} />
          <ViewportController nodes={nodes} fitGen={fitGen} focus={localFocus} />
        </ReactFlow>
      </div>
    </div>
  );
}

// ---- The web component ------------------------------------------------------------------------

class FlowCanvasElement extends ReactAdapterElement {
  protected override render(hooks: RenderHooks) {
    const [update] = hooks.useState<GraphUpdate | null>('graphUpdate');
    const resync = hooks.useCustomEvent<undefined>('canvas-resync');
    const shown = useRef<ShownGraph>({ revision: 0, graph: EMPTY });
    const lost = useRef(false);
    // Patches build on the graph shown; one that does not fit asks for the whole graph.
    const graph = useMemo(() => {
      if (update) {
        const next = applyUpdate(shown.current, update);
        lost.current = next === null;
        if (next) {
          shown.current = next;
        }
      }
      return shown.current.graph;
    }, [update]);
    useEffect(() => {
      if (lost.current) {
        lost.current = false;
        resync();
      }
    }, [update, resync]);
    const [readOnly] = hooks.useState<boolean>('readOnly');
    const [palette] = hooks.useState<PaletteItem[]>('palette');
    const [run] = hooks.useState<RunView | null>('run');
    const [diff] = hooks.useState<DiffView | null>('diff');
    const [focus] = hooks.useState<FocusRequest | null>('focus');
    const [fitRequest] = hooks.useState<number>('fitRequest');
    const [layoutRequest] = hooks.useState<number>('layoutRequest');
    const [dirty] = hooks.useState<boolean>('dirty');
    const [, setSelectedNode] = hooks.useState<string | null>('selectedNode');
    // (DispatchEvent<T> distributes over a union; one function takes every kind.)
    const edit = hooks.useCustomEvent<EditDetail>('canvas-edit') as unknown as (detail: EditDetail) => boolean;
    const reportSelection = hooks.useCustomEvent<SelectionDetail>('canvas-selection');
    const renameEvent = hooks.useCustomEvent<{ nodeId: string }>('canvas-rename');
    const rename = useCallback((nodeId: string) => void renameEvent({ nodeId }), [renameEvent]);
    useEffect(() => {
      if (!dirty) {
        return undefined;
      }
      const ask = (event: BeforeUnloadEvent) => {
        event.preventDefault();
        event.returnValue = '';
      };
      window.addEventListener('beforeunload', ask);
      return () => window.removeEventListener('beforeunload', ask);
    }, [dirty]);
    return (
      <ReactFlowProvider>
        <Canvas
          graph={graph}
          readOnly={readOnly ?? true}
          palette={palette ?? []}
          run={run ?? NO_RUN}
          diff={diff ?? NO_DIFF}
          focus={focus ?? null}
          fitRequest={fitRequest ?? 0}
          layoutRequest={layoutRequest ?? 0}
          edit={edit}
          rename={rename}
          reportSelection={reportSelection}
          setSelectedNode={setSelectedNode}
        />
      </ReactFlowProvider>
    );
  }
}

customElements.define('dialtone-flow-canvas', FlowCanvasElement);
