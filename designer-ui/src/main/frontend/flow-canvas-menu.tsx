// The right-click menu on a box or a wire: what the toolbar and the keys do, for the thing under
// the pointer. Each item sends the same canvas-edit the keys send, so Java needs nothing new —
// except "Rename", which only asks Java to put the cursor in the node's id field.
import { useEffect, useRef } from 'react';
import type { EditDetail } from './flow-canvas-graph';

export type MenuTarget =
  | { kind: 'node'; nodeId: string; x: number; y: number }
  | { kind: 'wire'; from: string; port: string; to: string; x: number; y: number };

type Item = { id: string; label: string; keys?: string; run: () => void };

type MenuProps = {
  target: MenuTarget;
  readOnly: boolean;
  edit: (detail: EditDetail) => void;
  rename: (nodeId: string) => void;
  onClose: () => void;
};

export function itemsFor(target: MenuTarget, readOnly: boolean, edit: (d: EditDetail) => void, rename: (id: string) => void): Item[] {
  if (target.kind === 'wire') {
    const wire = { from: target.from, port: target.port, to: target.to };
    return readOnly ? [] : [{ id: 'delete', label: 'Delete wire', keys: 'Del', run: () => edit({ kind: 'delete', nodeIds: [], edges: [wire] }) }];
  }
  const nodeIds = [target.nodeId];
  const copy: Item = { id: 'copy', label: 'Copy', keys: 'Ctrl+C', run: () => edit({ kind: 'copy', nodeIds }) };
  if (readOnly) {
    return [copy];
  }
  return [
    { id: 'rename', label: 'Rename…', run: () => rename(target.nodeId) },
    copy,
    {
      id: 'duplicate',
      label: 'Duplicate',
      keys: 'Ctrl+C, Ctrl+V',
      run: () => {
        edit({ kind: 'copy', nodeIds });
        edit({ kind: 'paste' });
      },
    },
    { id: 'delete', label: 'Delete', keys: 'Del', run: () => edit({ kind: 'delete', nodeIds, edges: [] }) },
  ];
}

export function ContextMenu({ target, readOnly, edit, rename, onClose }: MenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const items = itemsFor(target, readOnly, edit, rename);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const away = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) {
        onClose();
      }
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [onClose]);
  if (items.length === 0) {
    return null;
  }
  return (
    <div
      className="dt-menu"
      role="menu"
      ref={menu}
      style={{ left: target.x, top: target.y }}
      data-target={target.kind === 'node' ? target.nodeId : `${target.from}:${target.port}->${target.to}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          data-item={item.id}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.keys && <kbd>{item.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}
