// One node on the canvas: its type and id on top, a line of what it does, and its output ports
// along the bottom edge (one handle each, in the catalogue's order). The input sits on the top
// edge: flows read top to bottom.
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { accentStyle, type BoxNode, DIFF_SIGNS } from './flow-canvas-graph';

export const Box = memo(({ data, selected, isConnectable }: NodeProps<BoxNode>) => {
  const single = data.ports.length === 1 && data.ports[0] === 'next';
  const classes = [
    'dt-node',
    `dt-type-${data.type}`,
    // Where a call enters or ends (no input, or no way on) the box is small, as BPMN draws events.
    !data.hasInput || data.ports.length === 0 ? 'dt-event' : '',
    selected ? 'selected' : '',
    data.problems.length ? 'has-problems' : '',
    data.run ? `dt-${data.run}` : '',
    data.diff ? `dt-diff-${data.diff}` : '',
  ];
  return (
    <div className={classes.join(' ')} style={{ ...accentStyle(data.colour), '--dt-ports': data.ports.length } as CSSProperties} title={data.problems.join('\n') || undefined} data-run={data.run}>
      {data.hasInput && <Handle type="target" position={Position.Top} className="dt-in" isConnectable={isConnectable} />}
      {data.duration && <span className="dt-duration">{data.duration}</span>}
      {data.diff && (
        <span className={`dt-diff-badge dt-diff-${data.diff}`} title={data.diff} aria-label={data.diff}>
          {DIFF_SIGNS[data.diff]}
        </span>
      )}
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
        <Handle type="source" position={Position.Bottom} id="next" className="dt-out" isConnectable={isConnectable} />
      ) : (
        data.ports.length > 0 && (
          <div className="dt-ports">
            {data.ports.map((port) => (
              <div className="dt-port" key={port}>
                <span className="dt-port-name">{port}</span>
                <Handle type="source" position={Position.Bottom} id={port} className="dt-out" isConnectable={isConnectable} />
              </div>
            ))}
          </div>
        )
      )}
    </div>
  );
});
