// Ctrl+F on the editor: a small search box over the canvas. It matches nodes by id and by the text
// they show (the summary), case-insensitively; Enter (or ↓) goes to the next match, Shift+Enter (↑)
// to the one before, Escape closes. The canvas centres and selects the match.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { CanvasNode } from './flow-canvas-graph';

export function findMatches(nodes: CanvasNode[], query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) {
    return [];
  }
  const byId = nodes.filter((n) => n.id.toLowerCase().includes(q));
  const byText = nodes.filter((n) => !byId.includes(n) && (n.summary ?? '').toLowerCase().includes(q));
  return [...byId, ...byText].map((n) => n.id);
}

type FindBarProps = { nodes: CanvasNode[]; onFound: (id: string) => void; onClose: () => void };

export function FindBar({ nodes, onFound, onClose }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => findMatches(nodes, query), [nodes, query]);
  useEffect(() => input.current?.focus(), []);
  const go = (to: number) => {
    if (matches.length === 0) {
      return;
    }
    const next = (to + matches.length) % matches.length;
    setIndex(next);
    onFound(matches[next]);
  };
  const onChange = (text: string) => {
    setQuery(text);
    setIndex(0);
    const found = findMatches(nodes, text);
    if (found.length > 0) {
      onFound(found[0]);
    }
  };
  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation(); // the canvas's own keys (Delete, Ctrl+A) must not act on the text
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' || event.key === 'ArrowDown') {
      event.preventDefault();
      go(event.shiftKey ? index - 1 : index + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      go(index - 1);
    }
  };
  const status = !query.trim() ? '' : matches.length === 0 ? 'No match' : `${index + 1} of ${matches.length}`;
  return (
    <div className="dt-find" role="search">
      <input
        ref={input}
        type="search"
        className="dt-find-input"
        placeholder="Find a node by id or text"
        aria-label="Find a node by id or text"
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="dt-find-status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="dt-find-close" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
