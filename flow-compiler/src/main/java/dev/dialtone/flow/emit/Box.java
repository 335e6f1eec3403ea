package dev.dialtone.flow.emit;

/** A shape's bounds on the diagram. */
record Box(double x, double y, double width, double height) {

  double right() {
    return x + width;
  }

  double bottom() {
    return y + height;
  }

  double centerX() {
    return x + width / 2;
  }

  double centerY() {
    return y + height / 2;
  }
}
