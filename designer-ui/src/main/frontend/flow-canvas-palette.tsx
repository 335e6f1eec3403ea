// The palette: one tile per node type with its icon, name and a one-line description. Drag a tile
// onto the canvas, or click it to add the node near the middle of the view. A type a flow may have
// only once (start) is not offered when the flow has it.
import { createElement, type DragEvent as ReactDragEvent } from 'react';
import { accentStyle, type PaletteItem } from './flow-canvas-graph';

export const DRAG_TYPE = 'application/x-dialtone-node-type';

export function Palette({ items, present, onAdd }: { items: PaletteItem[]; present: Set<string>; onAdd: (type: string) => void }) {
  const onDragStart = (event: ReactDragEvent<HTMLButtonElement>, type: string) => {
    event.dataTransfer.setData(DRAG_TYPE, type);
    event.dataTransfer.setData('text/plain', type);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const offered = items.filter((item) => !(item.onePerFlow && present.has(item.type)));
  return (
    <div className="dt-palette" role="toolbar" aria-label="Add a node" aria-orientation="vertical">
      {offered.map((item) => (
        <button
          type="button"
          key={item.type}
          className={`dt-palette-tile dt-type-${item.type}`}
          style={accentStyle(item.colour)}
          data-palette-type={item.type}
          title={item.description}
          aria-label={`Add ${item.type}: ${item.description}`}
          draggable
          onDragStart={(event) => onDragStart(event, item.type)}
          onClick={() => onAdd(item.type)}
        >
          {/* vaadin-icon is a web component in the bundle already (the Java views use it). */}
          {item.icon && createElement('vaadin-icon', { icon: item.icon, class: 'dt-palette-icon', 'aria-hidden': 'true' })}
          <span className="dt-palette-text">
            <span className="dt-palette-name">{item.type}</span>
            <span className="dt-palette-description">{item.description}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
