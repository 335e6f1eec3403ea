// The flow canvas: React Flow inside a web component that FlowCanvas.java drives.
// Java sets the `graph` and `readOnly` states; this element reports `selectedNode` back.
import { ReactAdapterElement, type RenderHooks } from 'Frontend/generated/flow/ReactAdapter.js';
import {
  Background,
  Controls,
  Handle,
  MarkerType,
  MiniMap,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
  useReactFlow,
  type Edge,
  type Node,
  type NodeProps,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo } from 'react';
import '@xyflow/react/dist/style.css';
import './flow-canvas.css';

type CanvasNode = {
  id: string;
  type: string;
  summary: string;
  x: number;
  y: number;
  hasInput: boolean;
  ports: string[];
  problems: string[];
};
type CanvasEdge = { id: string; source: string; port: string; target: string };
type CanvasGraph = { nodes: CanvasNode[]; edges: CanvasEdge[] };
type BoxNode = Node<CanvasNode, 'box'>;

const EMPTY: CanvasGraph = { nodes: [], edges: [] };

// Same hues as flow-canvas.css, for the minimap (which takes colours, not classes).
const TYPE_COLORS: Record<string, string> = {
  talk: '#2563eb',
  play: '#0891b2',
  digits: '#7c3aed',
  branch: '#d97706',
  goto: '#db2777',
  start: '#16a34a',
  hangup: '#dc2626',
};

const Box = memo(({ data, selected }: NodeProps<BoxNode>) => {
  const single = data.ports.length === 1 && data.ports[0] === 'next';
  const classes = ['dt-node', `dt-type-${data.type}`, selected ? 'selected' : '', data.problems.length ? 'has-problems' : ''];
  return (
    <div className={classes.join(' ')} title={data.problems.join('\n') || undefined}>
      {data.hasInput && <Handle type="target" position={Position.Left} className="dt-in" />}
      <div className="dt-head">
        <span className="dt-type">{data.type}</span>
        <span className="dt-id">{data.id}</span>
        {data.problems.length > 0 && (
          <span className="dt-problem-mark" aria-label={`${data.problems.length} problem(s)`}>
            !
          </span>
        )}
      </div>
      {data.summary && <div className="dt-summary">{data.summary}</div>}
      {single ? (
        <Handle type="source" position={Position.Right} id="next" className="dt-out" />
      ) : (
        <div className="dt-ports">
          {data.ports.map((port) => (
            <div className="dt-port" key={port}>
              <span className="dt-port-name">{port}</span>
              <Handle type="source" position={Position.Right} id={port} className="dt-out" />
            </div>
          ))}
        </div>
      )}
    </div>
  );
});

const nodeTypes = { box: Box };

function toFlow(graph: CanvasGraph): { nodes: BoxNode[]; edges: Edge[] } {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, type: 'box', position: { x: n.x, y: n.y }, data: n })),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      sourceHandle: e.port,
      target: e.target,
      type: 'smoothstep',
      markerEnd: { type: MarkerType.ArrowClosed },
    })),
  };
}

// Fits the whole flow into view once its nodes have been measured, and again for a new graph.
function FitOnLoad({ graph }: { graph: CanvasGraph }) {
  const initialized = useNodesInitialized();
  const flow = useReactFlow();
  useEffect(() => {
    if (initialized) {
      flow.fitView({ padding: 0.15, maxZoom: 1.25 });
    }
  }, [initialized, graph, flow]);
  return null;
}

class FlowCanvasElement extends ReactAdapterElement {
  protected override render(hooks: RenderHooks) {
    const [graph] = hooks.useState<CanvasGraph>('graph');
    const [readOnly] = hooks.useState<boolean>('readOnly');
    const [, setSelectedNode] = hooks.useState<string | null>('selectedNode');
    const initial = useMemo(() => toFlow(graph ?? EMPTY), [graph]);
    // React Flow keeps what it measures (sizes) in the node state, so it owns a copy of the graph,
    // replaced whenever Java sends a new one.
    const [nodes, setNodes, onNodesChange] = useNodesState<BoxNode>(initial.nodes);
    const [edges, setEdges, onEdgesChange] = useEdgesState<Edge>(initial.edges);
    useEffect(() => {
      setNodes(initial.nodes);
      setEdges(initial.edges);
    }, [initial, setNodes, setEdges]);
    const onSelectionChange = useCallback(
      ({ nodes: picked }: OnSelectionChangeParams) => setSelectedNode(picked.length === 1 ? picked[0].id : null),
      [setSelectedNode],
    );
    return (
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
          onSelectionChange={onSelectionChange}
          minZoom={0.1}
          proOptions={{ hideAttribution: true }}
          fitView
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
          <MiniMap pannable zoomable style={{ width: 160, height: 110 }} nodeColor={(n) => TYPE_COLORS[(n.data as CanvasNode).type] ?? '#64748b'} />
          <FitOnLoad graph={graph ?? EMPTY} />
        </ReactFlow>
      </ReactFlowProvider>
    );
  }
}

customElements.define('dialtone-flow-canvas', FlowCanvasElement);
