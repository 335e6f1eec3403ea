package dev.dialtone.flow.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Orthogonal waypoints for a sequence flow: forward flows go right, from the source's right side to
 * the target's left side; flows to a shape straight above or below go vertically; flows that go
 * back (loops) run under both shapes.
 */
final class Route {

  static final double CLEARANCE = 30;

  private Route() {}

  static List<double[]> between(Box source, Box target) {
    if (source == target) {
      double below = source.bottom() + CLEARANCE;
      double aside = source.right() + CLEARANCE;
      return path(
          source.centerX(),
          source.bottom(),
          source.centerX(),
          below,
          aside,
          below,
          aside,
          source.centerY(),
          source.right(),
          source.centerY());
    }
    if (target.x() >= source.right() + CLEARANCE) {
      double middle = (source.right() + target.x()) / 2;
      return path(
          source.right(),
          source.centerY(),
          middle,
          source.centerY(),
          middle,
          target.centerY(),
          target.x(),
          target.centerY());
    }
    if (target.y() >= source.bottom() + CLEARANCE) {
      double middle = (source.bottom() + target.y()) / 2;
      return path(
          source.centerX(),
          source.bottom(),
          source.centerX(),
          middle,
          target.centerX(),
          middle,
          target.centerX(),
          target.y());
    }
    double below = Math.max(source.bottom(), target.bottom()) + CLEARANCE;
    return path(
        source.centerX(),
        source.bottom(),
        source.centerX(),
        below,
        target.centerX(),
        below,
        target.centerX(),
        target.bottom());
  }

  /** Points from x,y pairs, dropping repeats so straight flows stay two-point lines. */
  private static List<double[]> path(double... coordinates) {
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < coordinates.length; i += 2) {
      double[] point = {coordinates[i], coordinates[i + 1]};
      if (points.isEmpty() || !same(points.get(points.size() - 1), point)) {
        points.add(point);
      }
    }
    return dropCollinear(points);
  }

  private static List<double[]> dropCollinear(List<double[]> points) {
    List<double[]> kept = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      boolean inner = i > 0 && i < points.size() - 1;
      double[] before = inner ? points.get(i - 1) : null;
      double[] after = inner ? points.get(i + 1) : null;
      boolean collinear =
          inner
              && ((before[0] == points.get(i)[0] && after[0] == points.get(i)[0])
                  || (before[1] == points.get(i)[1] && after[1] == points.get(i)[1]));
      if (!collinear) {
        kept.add(points.get(i));
      }
    }
    return kept;
  }

  private static boolean same(double[] a, double[] b) {
    return a[0] == b[0] && a[1] == b[1];
  }
}
