// A wire drawn along the route ELK gave it (see flow-canvas-layout.ts), as long as both of its ends
// are still where that route starts and ends; once a box moves, a smooth-step path as before.
import { BaseEdge, getSmoothStepPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { Wire } from './flow-canvas-graph';
import { routePath, type Point } from './flow-canvas-layout';

// How far a handle may sit from the route's end: ELK's port lies on the box's border, the handle's
// connection point just outside it.
const SLACK_X = 1.5;
const SLACK_Y = 8;

function fits(route: Point[], sx: number, sy: number, tx: number, ty: number) {
  const first = route[0];
  const last = route[route.length - 1];
  return (
    Math.abs(first.x - sx) <= SLACK_X &&
    Math.abs(first.y - sy) <= SLACK_Y &&
    Math.abs(last.x - tx) <= SLACK_X &&
    Math.abs(last.y - ty) <= SLACK_Y
  );
}

export const RoutedEdge = memo((props: EdgeProps<Wire>) => {
  const { sourceX, sourceY, targetX, targetY, data, markerEnd, style, interactionWidth, label } = props;
  const route = data?.points;
  let path: string;
  let labelX: number;
  let labelY: number;
  if (route && route.length >= 2 && fits(route, sourceX, sourceY, targetX, targetY)) {
    // Start and end exactly on the handles; the lanes in between are ELK's.
    const inner = route.slice(1, -1);
    const points = [{ x: sourceX, y: sourceY }, ...inner, { x: targetX, y: targetY }];
    path = routePath(points);
    // A comparison's sign sits on the middle bend (or the middle of a straight wire).
    const middle = Math.floor((points.length - 1) / 2);
    labelX = (points[middle].x + points[middle + 1].x) / 2;
    labelY = (points[middle].y + points[middle + 1].y) / 2;
  } else {
    [path, labelX, labelY] = getSmoothStepPath(props);
  }
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={markerEnd}
      style={style}
      interactionWidth={interactionWidth}
      label={label}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={props.labelBgPadding}
      labelBgBorderRadius={props.labelBgBorderRadius}
    />
  );
});
